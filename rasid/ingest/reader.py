"""Reading paths, directories and standard input into articles, dispatching on the sniffed format.

Everything is read as a stream: WARC and JSONL inputs record by record, other formats up to
:data:`~rasid.ingest.limits.MAX_READ_BYTES`; a gzip file is decompressed as it is read."""
from __future__ import annotations

import gzip
import io
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from rasid.ingest.encoding import bom_encoding, decode_text, wide_encoding
from rasid.ingest.jsonl import read_jsonl
from rasid.ingest.limits import MAX_DECOMPRESSED_BYTES, MAX_READ_BYTES, megabytes
from rasid.ingest.model import Article, IngestProblem
from rasid.ingest.sniff import sniff_format
from rasid.ingest.text import text_article

STDIN_NAME = "<stdin>"
_SNIFF_BYTES = 65536
_MAX_GZIP_DEPTH = 3  # a .gz of a .gz is seen in dumps; hundreds of layers are an attack
_FILE_KINDS = ((stat.S_ISFIFO, "named pipe"), (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"),
               (stat.S_ISSOCK, "socket"))

Item = Article | IngestProblem


class TooLarge(Exception):
    """Raised by :class:`_Capped` when a stream gives more than its limit."""


class _Prefixed(io.RawIOBase):
    """A read-only stream: the bytes already read for sniffing, then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head, self._stream = head, stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # noqa: ANN001 - a writable buffer
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n], self._head = self._head[:n], self._head[n:]
            return n
        data = self._stream.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


class _Capped(io.RawIOBase):
    """A read-only stream that raises :class:`TooLarge` once more than ``limit`` bytes were read."""

    def __init__(self, stream: BinaryIO, limit: int) -> None:
        self._stream, self._left = stream, limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # noqa: ANN001 - a writable buffer
        data = self._stream.read(len(buffer))
        self._left -= len(data)
        if self._left < 0:
            raise TooLarge
        buffer[:len(data)] = data
        return len(data)


def _read_capped(stream: BinaryIO) -> bytes | None:
    """The rest of ``stream``, or None when it holds more than MAX_READ_BYTES."""
    data = stream.read(MAX_READ_BYTES + 1)
    return None if len(data) > MAX_READ_BYTES else data


def read_bytes(data: bytes, name: str) -> Iterator[Item]:
    """Articles in ``data`` (a whole file's bytes); ``name`` labels origins and hints at the format."""
    yield from read_stream(io.BytesIO(data), name)


def read_stream(stream: BinaryIO, name: str, gzip_depth: int = 0) -> Iterator[Item]:
    """Articles in a binary stream by its sniffed format; ``name`` labels origins and hints at the format.

    ``gzip_depth`` counts the gzip layers already opened around ``stream``."""
    head = stream.read(_SNIFF_BYTES)
    fmt = sniff_format(head, name)
    rest = io.BufferedReader(_Prefixed(head, stream))
    if fmt.startswith("binary:"):
        yield IngestProblem(name, f"binary file ({fmt.partition(':')[2]})")
    elif fmt == "gzip" and gzip_depth >= _MAX_GZIP_DEPTH:
        yield IngestProblem(name, f"gzip inside gzip more than {_MAX_GZIP_DEPTH} deep")
    elif fmt == "gzip":
        yield from _read_gzip(rest, name, gzip_depth + 1)
    elif fmt == "warc":
        from rasid.ingest.warc import read_warc  # the HTML and feed stacks load only for inputs that need them

        yield from read_warc(rest, name)
    elif fmt == "jsonl" and (bom_encoding(head) or wide_encoding(head)):
        yield from _read_wide_jsonl(rest, name)
    elif fmt == "jsonl":
        yield from read_jsonl(rest, name)
    elif (data := _read_capped(rest)) is None:
        yield IngestProblem(name, f"larger than the {megabytes(MAX_READ_BYTES)} limit for one document")
    elif b"\x00" in data and not (bom_encoding(head) or wide_encoding(head)):
        yield IngestProblem(name, f"binary file (NUL bytes at offset {data.index(0):,})")
    elif fmt == "feed":
        from rasid.ingest.feeds import read_feed

        yield from read_feed(data, name)
    elif fmt == "html":
        from rasid.ingest.html import html_article

        yield html_article(data, name)
    else:
        yield text_article(data, name)


def _read_wide_jsonl(stream: BinaryIO, name: str) -> Iterator[Item]:
    """JSONL in UTF-16/32 (or with a BOM): decoded whole, then read line by line as UTF-8."""
    data = _read_capped(stream)
    if data is None:
        yield IngestProblem(name, f"UTF-16/32 JSONL larger than {megabytes(MAX_READ_BYTES)}: convert it to UTF-8")
        return
    decoded = decode_text(data)
    for item in read_jsonl(io.BytesIO(decoded.text.encode("utf-8")), name):
        if isinstance(item, Article):
            item.warnings[:0] = decoded.warnings
        yield item


def _read_gzip(stream: BinaryIO, name: str, depth: int) -> Iterator[Item]:
    """Articles of a gzip-compressed file of any other format, decompressed as it is read."""
    inner = gzip.GzipFile(fileobj=stream, mode="rb")
    try:
        yield from read_stream(io.BufferedReader(_Capped(inner, MAX_DECOMPRESSED_BYTES)), name, depth)
    except TooLarge:
        yield IngestProblem(name, f"more than {megabytes(MAX_DECOMPRESSED_BYTES)} once decompressed: stopped there")
    except (OSError, EOFError, zlib.error) as exc:
        yield IngestProblem(name, f"damaged gzip file: {exc}")


def _file_kind(path: str) -> str | None:
    """What ``path`` is when it is not a regular file (``named pipe``, ``socket``…), else None."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _FILE_KINDS if test(mode)), "special file")


def _read_file(path: str) -> Iterator[Item]:
    """Articles of one regular file, streamed."""
    if kind := _file_kind(path):
        yield IngestProblem(path, f"not a regular file ({kind}); pipe it to standard input with -")
        return
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is drained
    except OSError as exc:
        yield IngestProblem(path, (exc.strerror or str(exc)).lower())
        return
    with handle:
        try:
            yield from read_stream(handle, path)
        except OSError as exc:
            yield IngestProblem(path, f"read error: {(exc.strerror or str(exc)).lower()}")


def _directory_items(path: str) -> Iterator[Item]:
    """Articles of the files under directory ``path`` (recursively, hidden entries skipped) in sorted order;
    a folder that cannot be listed is a problem."""
    found: list[str] = []
    unreadable: list[IngestProblem] = []

    def note(exc: OSError) -> None:
        unreadable.append(IngestProblem(exc.filename or path, f"folder not read: {(exc.strerror or '').lower()}"))

    for root, dirs, files in os.walk(path, onerror=note):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, f) for f in files if not f.startswith("."))
    yield from unreadable
    for file in sorted(found):
        yield from _read_file(file)


def _paths_items(paths: Iterable[str]) -> Iterator[Item]:
    """Articles of every path in order, before the batch-wide checks."""
    for path in paths:
        if path == "-" and sys.stdin is None:
            yield IngestProblem(STDIN_NAME, "standard input is closed")
        elif path == "-":
            yield from read_stream(sys.stdin.buffer, STDIN_NAME)
        elif os.path.isdir(path):
            yield from _directory_items(path)
        elif not os.path.lexists(path) or not os.path.exists(path):
            yield IngestProblem(path, "no such file" if not os.path.lexists(path) else "broken symbolic link")
        else:
            yield from _read_file(path)


def read_paths(paths: Iterable[str]) -> Iterator[Item]:
    """Articles of every path in order: ``-`` is standard input (bytes), a directory its files sorted.

    An article whose given id an earlier one in the batch already had carries a warning saying so."""
    first_seen: dict[str, str] = {}
    for item in _paths_items(paths):
        if isinstance(item, Article) and item.id is not None:
            if item.id in first_seen:
                item.warnings.append(f"duplicate id {item.id!r}: also used by {first_seen[item.id]}")
            else:
                first_seen[item.id] = item.origin
        yield item
