"""WARC archives (plain or gzip): one article per HTML or text ``response``/``resource`` record."""
from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from rasid.ingest.dates import normalise_date
from rasid.ingest.encoding import codec_name
from rasid.ingest.html import html_article
from rasid.ingest.model import Article, IngestProblem
from rasid.ingest.text import text_article

_DOCUMENT_TYPES = ("response", "resource")


def _content_type(record: ArcWarcRecord) -> str:
    """The payload's media type with parameters (HTTP header for responses, WARC header otherwise)."""
    headers = record.http_headers if record.http_headers is not None else record.rec_headers
    return (headers.get_header("Content-Type") or "").lower()


def _charset(content_type: str) -> str | None:
    """The ``charset=`` parameter of a Content-Type value, as a Python codec name."""
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip() == "charset":
            return codec_name(value.strip().strip("\"'"))
    return None


def _is_document(record: ArcWarcRecord) -> bool:
    """True for a successful response/resource whose payload is HTML or plain text."""
    if record.rec_type not in _DOCUMENT_TYPES:
        return False
    if record.http_headers is not None and not (record.http_headers.get_statuscode() or "").startswith("2"):
        return False
    media = _content_type(record).split(";")[0].strip()
    return media in ("text/html", "application/xhtml+xml", "text/plain")


def _record_article(record: ArcWarcRecord, where: str) -> Article | IngestProblem:
    """The article in one document record; url from WARC-Target-URI, WARC-Date as the fallback date."""
    content_type = _content_type(record)
    payload = record.content_stream().read()
    if content_type.startswith("text/plain"):
        item = text_article(payload, where, declared=_charset(content_type))
    else:
        item = html_article(payload, where, declared=_charset(content_type))
    if isinstance(item, Article):
        item.url = record.rec_headers.get_header("WARC-Target-URI") or item.url
        item.published = item.published or normalise_date(record.rec_headers.get_header("WARC-Date"))
    return item


def read_warc(stream: BinaryIO, origin: str) -> Iterator[Article | IngestProblem]:
    """Articles of a WARC stream in archive order (``origin#record N`` counts every record).

    A truncated or corrupt archive yields what was readable, then one problem."""
    n = 0
    try:
        for record in ArchiveIterator(stream):
            n += 1
            if _is_document(record):
                yield _record_article(record, f"{origin}#record {n}")
    except Exception as exc:  # noqa: BLE001 - warcio/zlib raise many types on damaged archives
        yield IngestProblem(origin, f"damaged WARC archive after record {n}: {type(exc).__name__}: {exc}")
        return
    if n == 0:
        yield IngestProblem(origin, "no WARC records found")
