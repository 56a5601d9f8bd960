"""WARC archives (plain or gzip): one article per HTML or text ``response``/``resource`` record."""
from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from rasid.ingest.dates import normalise_date
from rasid.ingest.encoding import codec_name
from rasid.ingest.html import html_article
from rasid.ingest.limits import MAX_READ_BYTES, megabytes
from rasid.ingest.model import Article, IngestProblem
from rasid.ingest.sniff import binary_kind
from rasid.ingest.text import text_article

_DOCUMENT_TYPES = ("response", "resource")
_GZIP_MAGIC = b"\x1f\x8b"
_MAX_MESSAGE = 100
_BINARY_SAMPLE = 8192


class _GzipWatch:
    """A read-only stream proxy that follows gzip members, to tell whether the archive ends inside one.

    warcio stops quietly at a truncated final member; this is how the reader notices."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._member: zlib._Decompress | None = None
        self._gzip: bool | None = None

    def read(self, size: int = -1) -> bytes:
        """Read from the wrapped stream, following the gzip members seen."""
        data = self._stream.read(size)
        if self._gzip is None:
            self._gzip = data.startswith(_GZIP_MAGIC)
        if self._gzip:
            self._follow(data)
        return data

    def _follow(self, data: bytes) -> None:
        """Feed ``data`` through the current member's decompressor, starting new members as they end."""
        while data:
            self._member = self._member or zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                self._member.decompress(data)
            except zlib.error:
                self._gzip, self._member = False, None
                return
            data = self._member.unused_data if self._member.eof else b""
            if self._member.eof:
                self._member = None

    @property
    def truncated(self) -> bool:
        """True when the stream ended in the middle of a gzip member."""
        return bool(self._gzip) and self._member is not None


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
    payload = record.content_stream().read(MAX_READ_BYTES + 1)
    if len(payload) > MAX_READ_BYTES:
        return IngestProblem(where, f"payload larger than the {megabytes(MAX_READ_BYTES)} limit for one document")
    if kind := binary_kind(payload[:_BINARY_SAMPLE]):
        return IngestProblem(where, f"binary payload ({kind}) labelled {content_type.split(';')[0] or 'text'}")
    if content_type.startswith("text/plain"):
        item = text_article(payload, where, declared=_charset(content_type))
    else:
        item = html_article(payload, where, declared=_charset(content_type))
    if isinstance(item, Article):
        item.url = record.rec_headers.get_header("WARC-Target-URI") or item.url
        item.published = item.published or normalise_date(record.rec_headers.get_header("WARC-Date"))
    return item


def _one_line(exc: BaseException) -> str:
    """A short printable one-line description of ``exc``."""
    text = (str(exc).splitlines() or [""])[0].partition(", first line:")[0]
    text = "".join(c for c in text if c.isascii() and c.isprintable())[:_MAX_MESSAGE]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _truncated(record: ArcWarcRecord | None) -> bool:
    """True when the archive ended before ``record``'s declared length (or inside its headers)."""
    if record is None:
        return False
    return record.rec_type is None or getattr(record.raw_stream, "limit", 0) > 0


def read_warc(stream: BinaryIO, origin: str) -> Iterator[Article | IngestProblem]:
    """Articles of a WARC stream in archive order (``origin#record N`` counts every record).

    A truncated or corrupt archive yields what was readable, then one problem."""
    watch = _GzipWatch(stream)
    done, record = 0, None
    try:
        for record in ArchiveIterator(watch):
            if record.rec_type is None:
                break
            if _is_document(record):
                item = _record_article(record, f"{origin}#record {done + 1}")
                if _truncated(record):
                    break
                yield item
            done += 1
    except Exception as exc:  # noqa: BLE001 - warcio and zlib raise many types on damaged archives
        yield IngestProblem(origin, f"damaged WARC archive after record {done} ({_one_line(exc)})")
        return
    if _truncated(record) or watch.truncated:
        yield IngestProblem(origin, f"truncated WARC archive: stopped after record {done}")
    elif done == 0:
        yield IngestProblem(origin, "no WARC records found")
