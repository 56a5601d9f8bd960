"""Input format sniffing: content first, the file extension second."""
from __future__ import annotations

import re
import zlib
from pathlib import PurePath

from rasid.ingest.encoding import bom_encoding

GZIP_MAGIC = b"\x1f\x8b"
_HEAD = 8192
_FEED_ROOT = re.compile(
    r"^\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:[\w.\-]+:)?(?:rss|feed|RDF)[\s>/]", re.S | re.I
)
_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_HTML_TAG = re.compile(r"</?(?:p|div|br|span|a|h[1-6]|table|tr|td|li|ul|ol|article|section|img|meta)\b[^>]*>", re.I)
_MIN_TAGS = 3
_JSONL_EXT = {".jsonl", ".ndjson", ".json"}
_HTML_EXT = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
_FEED_EXT = {".rss", ".atom", ".xml"}
_WARC_EXT = {".warc", ".arc"}


def _suffixes(name: str) -> list[str]:
    """Lower-case extensions of ``name`` without a final ``.gz``."""
    suffixes = [s.lower() for s in PurePath(name).suffixes]
    return suffixes[:-1] if suffixes[-1:] == [".gz"] else suffixes


def _head_text(head: bytes) -> str:
    """The first bytes as text, good enough to see markup and braces in any ASCII-compatible encoding."""
    if bom := bom_encoding(head):
        return head[bom[1]:].decode(bom[0], errors="ignore")
    return head.decode("latin-1")


def gunzip_head(data: bytes) -> bytes:
    """The first decompressed bytes of gzip ``data`` (empty if they cannot be read)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:_HEAD * 4], _HEAD)
    except zlib.error:
        return b""


def sniff_format(head: bytes, name: str) -> str:
    """One of ``gzip``, ``warc``, ``jsonl``, ``feed``, ``html``, ``text`` for a file starting with ``head``."""
    ext = (_suffixes(name) or [""])[-1]
    if head.startswith(GZIP_MAGIC):
        return "warc" if gunzip_head(head).lstrip().startswith(b"WARC/") else "gzip"
    if head.lstrip().startswith(b"WARC/"):
        return "warc"
    text = _head_text(head[:_HEAD]).lstrip("\ufeff \t\r\n")
    first_line = text.split("\n", 1)[0].strip()
    if first_line.startswith("{") and (first_line.endswith("}") or ext in _JSONL_EXT):
        return "jsonl"
    if _FEED_ROOT.match(text):
        return "feed"
    if _HTML_START.search(text) or len(_HTML_TAG.findall(text)) >= _MIN_TAGS:
        return "html"
    if ext in _WARC_EXT:
        return "warc"
    if ext in _JSONL_EXT and text.startswith("{"):
        return "jsonl"
    if ext in _FEED_EXT and text.startswith("<"):
        return "feed"
    if ext in _HTML_EXT and "<" in text:
        return "html"
    return "text"
