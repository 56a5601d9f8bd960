"""JSONL input: one ``{"id", "text" | "html", "published"?, "source"?, "url"?, "title"?}`` object a line.

The file is streamed line by line; each line is decoded on its own (so one line in another encoding spoils
nothing else) and a line that cannot be read is reported with its number and skipped."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from rasid.ingest.boilerplate import split_boilerplate
from rasid.ingest.dates import normalise_date
from rasid.ingest.encoding import decode_text
from rasid.ingest.limits import MAX_READ_BYTES, megabytes
from rasid.ingest.model import Article, IngestProblem

_CHUNK = 1 << 20
_SHOWN = 40  # characters of a bad value quoted in a warning


def _string(record: dict, key: str, warnings: list[str]) -> str | None:
    """``record[key]`` stripped when it is a non-empty string, else None (with a warning for another type)."""
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        warnings.append(f'"{key}" {_shown(value)} is not a string: ignored')
    return (value.strip() or None) if isinstance(value, str) else None


def _shown(value: object) -> str:
    """A short JSON rendering of ``value`` for a message."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


def _record_id(raw: object, warnings: list[str]) -> str | None:
    """The record's id as a string: strings and integers as written, anything else ignored with a warning."""
    if raw is None:
        return None
    if isinstance(raw, str):
        if not raw.strip():
            warnings.append('"id" is blank: ignored, the text hash is used')
        return raw if raw.strip() else None
    if isinstance(raw, int) and not isinstance(raw, bool):
        return str(raw)
    warnings.append(f'"id" {_shown(raw)} is not a string or an integer: ignored, the text hash is used')
    return None


def _record_published(raw: object, warnings: list[str]) -> str | None:
    """The record's publication date (YYYY-MM-DD), or None with a warning when it is not a readable date."""
    if raw is None or raw == "":
        return None
    if found := normalise_date(raw):
        return found
    warnings.append(f'"published" {_shown(raw)} is not a date between 1900 and 2100: ignored')
    return None


def record_article(record: dict, where: str) -> Article | IngestProblem:
    """The article of one JSON record; the record's own fields win over what the HTML says."""
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        body, signoff = split_boilerplate(text)
        item: Article | IngestProblem = Article(text=body, source=signoff, origin=where)
    elif isinstance(html, str) and html.strip():
        from rasid.ingest.html import html_article  # trafilatura loads for the first HTML record only

        item = html_article(html, where)
    else:
        return IngestProblem(where, 'record has no "text" or "html" string')
    if isinstance(item, Article):
        item.id = _record_id(record.get("id"), item.warnings)
        item.title = _string(record, "title", item.warnings) or item.title
        item.source = _string(record, "source", item.warnings) or item.source
        item.url = _string(record, "url", item.warnings) or item.url
        item.published = _record_published(record.get("published"), item.warnings) or item.published
    return item


def _lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """The lines of ``stream``; None in place of a line longer than MAX_READ_BYTES (which is skipped)."""
    while line := stream.readline(MAX_READ_BYTES + 1):
        if len(line) > MAX_READ_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _parse(line: str) -> object:
    """``line`` as JSON; ValueError with a plain reason when it cannot be read."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg}, column {exc.colno})") from None
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    except ValueError:  # an integer with more digits than Python converts (4,300)
        raise ValueError("a JSON number with too many digits") from None


def read_jsonl(stream: BinaryIO, origin: str) -> Iterator[Article | IngestProblem]:
    """Articles of a JSONL stream in line order; a bad line is reported (``origin:line N``) and skipped."""
    for lineno, raw in enumerate(_lines(stream), 1):
        where = f"{origin}:line {lineno}"
        if raw is None:
            yield IngestProblem(where, f"line longer than {megabytes(MAX_READ_BYTES)}")
            continue
        decoded = decode_text(raw)
        line = decoded.text.lstrip("\ufeff") if lineno == 1 else decoded.text
        if not line.strip():
            continue
        try:
            record = _parse(line)
        except ValueError as exc:
            yield IngestProblem(where, str(exc))
            continue
        if not isinstance(record, dict):
            yield IngestProblem(where, f"not a JSON object (a {_json_kind(record)})")
            continue
        item = record_article(record, where)
        if isinstance(item, Article):
            item.warnings[:0] = decoded.warnings
        yield item


def _json_kind(value: object) -> str:
    """The JSON name of ``value``'s type."""
    return {list: "list", str: "string", bool: "boolean", int: "number", float: "number"}.get(type(value), "null")
