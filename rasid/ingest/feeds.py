"""RSS 0.9x/1.0/2.0 and Atom feeds: one article per entry (feedparser, given bytes, never a URL)."""
from __future__ import annotations

import time
from collections.abc import Iterator

import feedparser

from rasid.ingest.boilerplate import split_boilerplate
from rasid.ingest.dates import normalise_date
from rasid.ingest.html import fragment_to_text
from rasid.ingest.model import Article, IngestProblem


def _entry_text(entry: feedparser.FeedParserDict) -> str:
    """The entry's full content when present, else its summary, as plain text."""
    for part in entry.get("content") or []:
        if part.get("value", "").strip():
            return _as_text(part.get("value", ""), part.get("type", ""))
    detail = entry.get("summary_detail") or {}
    return _as_text(entry.get("summary", ""), detail.get("type", ""))


def _as_text(value: str, mime: str) -> str:
    """``value`` as text: HTML converted, plain text kept (whitespace tidied)."""
    if mime == "text/plain":
        return "\n".join(" ".join(line.split()) for line in value.splitlines() if line.strip())
    return fragment_to_text(value)


def _entry_date(entry: feedparser.FeedParserDict) -> str | None:
    """Published (else updated) date as written in the feed, falling back to feedparser's UTC parse."""
    for key in ("published", "updated", "created"):
        if found := normalise_date(entry.get(key)):
            return found
    for key in ("published_parsed", "updated_parsed"):
        if parsed := entry.get(key):
            return time.strftime("%Y-%m-%d", parsed)
    return None


def read_feed(data: bytes, origin: str) -> Iterator[Article | IngestProblem]:
    """Articles of every entry of the feed in ``data``, in feed order (``origin#record N``)."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f"not a readable feed ({parsed.bozo_exception})" if parsed.bozo else "the feed has no entries"
        yield IngestProblem(origin, reason)
        return
    source = " ".join(parsed.feed.get("title", "").split()) or None
    for n, entry in enumerate(parsed.entries, 1):
        where = f"{origin}#record {n}"
        body, signoff = split_boilerplate(_entry_text(entry))
        if not body.strip():
            yield IngestProblem(where, "feed entry has no text")
            continue
        yield Article(text=body, title=" ".join(entry.get("title", "").split()) or None,
                      published=_entry_date(entry), source=source or signoff,
                      url=entry.get("link") or None, origin=where)
