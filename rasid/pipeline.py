"""The pipeline: one document through every stage, in order.

    ingest (Article) → boilerplate split → repair (offset map) → fold → mentions → frames → events
Each stage is a plain function of its input; lexicons and the gazetteer load once and are shared read-only.
"""
from __future__ import annotations

import datetime as dt
import gc
import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager

from rasid.errors import InputError, RasidError
from rasid.export import render_document
from rasid.extract.document import Context, build_events
from rasid.extract.frames import build_candidates
from rasid.extract.mentions import find_mentions, find_triggers
from rasid.ingest import Article, IngestProblem, split_boilerplate
from rasid.ingest.limits import oversized
from rasid.lexicon.time import dateline_date
from rasid.records import Document
from rasid.text.fold import fold
from rasid.text.normalize import repair

NO_DATE_WARNING = "publication date unknown: relative dates left unresolved"
FIRST_YEAR, LAST_YEAR = 1900, 2100  # publication dates outside these years are refused
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_SURROGATE = re.compile("[\ud800-\udfff]")
_GC_PAUSE_CHARS = 200_000
"""Texts longer than this are processed with the cyclic garbage collector paused: its full passes over the
millions of objects one huge document keeps alive made time grow faster than its length (10 MB: 19x the 1 MB
time with it, 12x without; ``bench/bench_hostile.py``). Reference counting still frees everything acyclic."""


@contextmanager
def _collector_paused(length: int) -> Iterator[None]:
    """Pause the cyclic garbage collector while a text of ``length`` characters is processed, if it is long."""
    if length <= _GC_PAUSE_CHARS or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def iso_date(value: str) -> dt.date:
    """``value`` as a date when it is exactly YYYY-MM-DD between 1900 and 2100; ValueError otherwise."""
    if not _ISO_DATE.fullmatch(value):
        raise ValueError("not YYYY-MM-DD")
    date = dt.date.fromisoformat(value)
    if not FIRST_YEAR <= date.year <= LAST_YEAR:
        raise ValueError(f"outside {FIRST_YEAR}-{LAST_YEAR}")
    return date


def check_iso_date(value: str, what: str = "date") -> dt.date:
    """Parse exactly YYYY-MM-DD (1900-2100) or raise an InputError that names the option or field."""
    try:
        return iso_date(value)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{what}: expected a date YYYY-MM-DD between {FIRST_YEAR} and {LAST_YEAR}, "
                         f"got {value!r}") from exc


def _published(value: str | dt.date | None, warnings: list[str]) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.date):
        value = value.isoformat()
    try:
        return iso_date(value)
    except ValueError:
        warnings.append(f"publication date {value!r} is not a date YYYY-MM-DD between {FIRST_YEAR} and "
                        f"{LAST_YEAR}: ignored")
        return None


def check_types(text: object, **optional: object) -> None:
    """TypeError naming the argument when ``text`` is not a str or an optional argument not a str or None."""
    if not isinstance(text, str):
        hint = " (decode bytes first, or use rasid.ingest.read_bytes)" if isinstance(text, (bytes, bytearray)) else ""
        raise TypeError(f"text must be a str, not {type(text).__name__}{hint}")
    for name, value in optional.items():
        allowed = (str, dt.date) if name == "published" else (str,)
        if value is not None and not isinstance(value, allowed):
            wanted = "a str YYYY-MM-DD, a datetime.date" if name == "published" else "a str"
            raise TypeError(f"{name} must be {wanted} or None, not {type(value).__name__}")


def without_surrogates(value: str | None, warnings: list[str] | None = None) -> str | None:
    """``value`` with each lone surrogate (not encodable as UTF-8) replaced by U+FFFD, keeping every offset."""
    if value is None or value.isascii() or not _SURROGATE.search(value):
        return value
    if warnings is not None:
        warnings.append(f"{len(_SURROGATE.findall(value))} lone surrogate(s) in the text replaced by U+FFFD")
    return _SURROGATE.sub("\ufffd", value)


WARM_UP_TEXT = "دمشق - قتل مدنيان وأصيب ثلاثة آخرون في غارة جوية على بلدة سرمين بريف إدلب يوم الاثنين، بحسب ناشطين."


def load_lexicons() -> None:
    """Load every lexicon, matcher and the gazetteer now, by extracting one short made-up report."""
    process(WARM_UP_TEXT, published="2025-03-03")


def process(text: str, *, published: str | dt.date | None = None, source: str | None = None,
            doc_id: str | None = None, url: str | None = None, title: str | None = None) -> Document:
    """Extract the document record (SPEC.md) from one article's text.

    Raises TypeError naming the argument when one has the wrong type; never fails on the text's content."""
    check_types(text, published=published, source=source, doc_id=doc_id, url=url, title=title)
    with _collector_paused(len(text)):
        return _process(text, published=published, source=source, doc_id=doc_id, url=url, title=title)


def _process(text: str, *, published: str | dt.date | None, source: str | None, doc_id: str | None,
             url: str | None, title: str | None) -> Document:
    """``process`` once the arguments are checked."""
    warnings: list[str] = []
    text = without_surrogates(text, warnings)
    source, doc_id, url, title = (without_surrogates(v) for v in (source, doc_id, url, title))
    body, signoff = split_boilerplate(text)
    repaired = repair(body)
    folded = fold(repaired.text)
    to_original = repaired.map.compose(folded)
    given = _published(published, warnings)
    pub = given or dateline_date(folded.text)  # the day relative dates count from
    if given is None:
        warnings.append(NO_DATE_WARNING if pub is None else
                        f"publication date unknown: dates resolved against the dateline's {pub.isoformat()}")
    doc_id = doc_id or hashlib.sha256(repaired.text.encode("utf-8")).hexdigest()[:16]
    # every candidate event starts from a trigger: a text without one (sports, markets, weather) gives no event,
    # and its places, dates and counts need no finding
    triggers = find_triggers(folded.text)
    candidates = build_candidates(find_mentions(folded.text, pub, triggers), pub) if triggers else []
    ctx = Context(doc_id, body, repaired.text, to_original, folded, pub.isoformat() if pub else None)
    events, skipped = build_events(candidates, ctx)
    warnings.extend(skipped)
    if not events:
        warnings.append("no concrete conflict event found" if not candidates else
                        "candidate events lacked a place at governorate level or finer")
    return Document(id=doc_id, text=repaired.text, source=source or signoff, url=url, title=title,
                    published=given.isoformat() if given else None, repairs=list(repaired.repairs),
                    events=events, warnings=warnings)


def process_article(article: Article, *, published: str | None = None, source: str | None = None) -> Document:
    """Process an ingested article; the command-line ``--published``/``--source`` fill what it lacks.

    What reading the article noticed (its ``warnings``) comes first in the document's warnings."""
    doc = process(article.text, published=article.published or published, source=article.source or source,
                  doc_id=article.id, url=article.url, title=article.title)
    doc.warnings[:0] = article.warnings
    return doc


def extract_item(item: Article | IngestProblem, *, published: str | None = None,
                 source: str | None = None) -> Document | IngestProblem:
    """The document record of one ingested item, or the problem that skips it: an unreadable input, a text over
    the size limit, an internal error (one bad document must not stop the batch; a RasidError still does).

    The work of one ``rasid extract`` worker process."""
    if isinstance(item, Article) and (too_long := oversized(item)):
        item = too_long
    if isinstance(item, IngestProblem):
        return item
    try:
        return process_article(item, published=published, source=source)
    except RasidError:
        raise
    except Exception as exc:  # noqa: BLE001
        return IngestProblem(item.origin or item.id or "", f"internal error: {exc!r}")


def extract_rendered(item: Article | IngestProblem, *, fmt: str, published: str | None = None,
                     source: str | None = None) -> str | IngestProblem:
    """``extract_item`` with the record rendered for output in ``fmt`` (``rasid.export.render_document``), so
    that with ``--jobs N`` the workers, not the process writing the output, serialise the records."""
    result = extract_item(item, published=published, source=source)
    return result if isinstance(result, IngestProblem) else render_document(result, fmt)
