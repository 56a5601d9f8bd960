"""The pipeline: one document through every stage, in order.

    ingest (Article) → boilerplate split → repair (offset map) → fold → mentions → frames → events
Each stage is a plain function of its input; lexicons and the gazetteer load once and are shared read-only.
"""
from __future__ import annotations

import datetime as dt
import hashlib

from rasid.errors import InputError
from rasid.extract.document import Context, build_events
from rasid.extract.frames import build_candidates
from rasid.extract.mentions import find_mentions
from rasid.ingest import Article, split_boilerplate
from rasid.records import Document
from rasid.text.fold import fold
from rasid.text.normalize import repair

NO_DATE_WARNING = "publication date unknown: relative dates left unresolved"


def check_iso_date(value: str, what: str = "date") -> dt.date:
    """Parse YYYY-MM-DD or raise an InputError that names the option or field."""
    try:
        return dt.date.fromisoformat(value[:10])
    except (TypeError, ValueError) as exc:
        raise InputError(f"{what}: expected YYYY-MM-DD, got {value!r}") from exc


def _published(value: str | None, warnings: list[str]) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        warnings.append(f"publication date {value!r} is not YYYY-MM-DD: ignored")
        return None


def process(text: str, *, published: str | None = None, source: str | None = None, doc_id: str | None = None,
            url: str | None = None, title: str | None = None) -> Document:
    """Extract the document record (SPEC.md) from one article's text."""
    warnings: list[str] = []
    body, signoff = split_boilerplate(text)
    repaired = repair(body)
    folded = fold(repaired.text)
    to_original = repaired.map.compose(folded)
    pub = _published(published, warnings)
    if pub is None:
        warnings.append(NO_DATE_WARNING)
    doc_id = doc_id or hashlib.sha256(repaired.text.encode("utf-8")).hexdigest()[:16]
    mentions = find_mentions(folded.text, pub)
    candidates = build_candidates(mentions, pub)
    ctx = Context(doc_id, body, repaired.text, to_original, folded, pub.isoformat() if pub else None)
    events, skipped = build_events(candidates, ctx)
    warnings.extend(skipped)
    if not events:
        warnings.append("no concrete conflict event found" if not candidates else
                        "candidate events lacked a place at governorate level or finer")
    return Document(id=doc_id, text=repaired.text, source=source or signoff, url=url, title=title,
                    published=pub.isoformat() if pub else None, repairs=list(repaired.repairs),
                    events=events, warnings=warnings)


def process_article(article: Article, *, published: str | None = None, source: str | None = None) -> Document:
    """Process an ingested article; the command-line ``--published``/``--source`` fill what it lacks."""
    return process(article.text, published=article.published or published, source=article.source or source,
                   doc_id=article.id, url=article.url, title=article.title)
