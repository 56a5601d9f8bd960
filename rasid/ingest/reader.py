"""Reading paths, directories and standard input into articles, dispatching on the sniffed format."""
from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterable, Iterator

from rasid.ingest.feeds import read_feed
from rasid.ingest.html import html_article
from rasid.ingest.jsonl import read_jsonl
from rasid.ingest.model import Article, IngestProblem
from rasid.ingest.sniff import sniff_format
from rasid.ingest.text import text_article
from rasid.ingest.warc import read_warc

STDIN_NAME = "<stdin>"
_SNIFF_BYTES = 65536

Item = Article | IngestProblem


def read_bytes(data: bytes, name: str) -> Iterator[Item]:
    """Articles in ``data`` (a whole file's bytes); ``name`` labels origins and hints at the format."""
    fmt = sniff_format(data[:_SNIFF_BYTES], name)
    if fmt == "gzip":
        yield from _read_gzip(data, name)
    elif fmt == "warc":
        yield from read_warc(io.BytesIO(data), name)
    elif fmt == "jsonl":
        yield from read_jsonl(data, name)
    elif fmt == "feed":
        yield from read_feed(data, name)
    elif fmt == "html":
        yield html_article(data, name)
    else:
        yield text_article(data, name)


def _read_gzip(data: bytes, name: str) -> Iterator[Item]:
    """Articles of a gzip-compressed file of any other format."""
    try:
        inner = gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:
        yield IngestProblem(name, f"damaged gzip file: {exc}")
        return
    yield from read_bytes(inner, name.removesuffix(".gz"))


def _read_file(path: str) -> Iterator[Item]:
    """Articles of one file; a WARC archive is streamed, other formats are read whole."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
            if sniff_format(head, path) == "warc":
                handle.seek(0)
                yield from read_warc(handle, path)
                return
            data = head + handle.read()
    except OSError as exc:
        yield IngestProblem(path, (exc.strerror or str(exc)).lower())
        return
    yield from read_bytes(data, path)


def _directory_files(path: str) -> list[str]:
    """Files under directory ``path`` (recursively, hidden entries skipped) in sorted order."""
    found = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, f) for f in files if not f.startswith("."))
    return sorted(found)


def read_paths(paths: Iterable[str]) -> Iterator[Item]:
    """Articles of every path in order: ``-`` is standard input (bytes), a directory its files sorted."""
    for path in paths:
        if path == "-":
            yield from read_bytes(sys.stdin.buffer.read(), STDIN_NAME)
        elif os.path.isdir(path):
            for file in _directory_files(path):
                yield from _read_file(file)
        elif not os.path.exists(path):
            yield IngestProblem(path, "no such file")
        else:
            yield from _read_file(path)
