"""JSONL input: one ``{"id", "text" | "html", "published"?, "source"?, "url"?, "title"?}`` object a line."""
from __future__ import annotations

import json
from collections.abc import Iterator

from rasid.ingest.boilerplate import split_boilerplate
from rasid.ingest.dates import normalise_date
from rasid.ingest.encoding import decode_bytes
from rasid.ingest.html import html_article
from rasid.ingest.model import Article, IngestProblem


def _string(record: dict, key: str) -> str | None:
    """``record[key]`` stripped when it is a non-empty string, else None."""
    value = record.get(key)
    return (value.strip() or None) if isinstance(value, str) else None


def record_article(record: dict, where: str) -> Article | IngestProblem:
    """The article of one JSON record; the record's own fields win over what the HTML says."""
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        body, signoff = split_boilerplate(text)
        item: Article | IngestProblem = Article(text=body, source=signoff, origin=where)
    elif isinstance(html, str) and html.strip():
        item = html_article(html, where)
    else:
        return IngestProblem(where, 'record has no "text" or "html" string')
    if isinstance(item, Article):
        raw_id = record.get("id")
        item.id = str(raw_id) if isinstance(raw_id, (str, int)) and str(raw_id).strip() else None
        item.title = _string(record, "title") or item.title
        item.source = _string(record, "source") or item.source
        item.url = _string(record, "url") or item.url
        item.published = normalise_date(record.get("published")) or item.published
    return item


def read_jsonl(data: bytes, origin: str) -> Iterator[Article | IngestProblem]:
    """Articles of a JSONL file in line order; a bad line is reported (``origin:line N``) and skipped."""
    for lineno, line in enumerate(decode_bytes(data).split("\n"), 1):
        if not line.strip():
            continue
        where = f"{origin}:line {lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestProblem(where, f"not valid JSON ({exc.msg}, column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield IngestProblem(where, "not a JSON object")
            continue
        yield record_article(record, where)
