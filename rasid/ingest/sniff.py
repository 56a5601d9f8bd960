"""Input format sniffing: content first, the file extension second."""
from __future__ import annotations

import re
import zlib
from pathlib import PurePath

from rasid.ingest.encoding import bom_encoding, control_share, wide_encoding

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
_ALWAYS_JSONL_EXT = {".jsonl", ".ndjson"}
_JSONL_SAMPLE_LINES = 50
_BINARY_SHARE = 0.02  # control bytes beyond this share (no UTF-16/32 reading) mark a binary file
# Magic numbers of file types found in crawls and dumps; offset 0 unless given.
_MAGIC: tuple[tuple[bytes, str, int], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png", 0), (b"\xff\xd8\xff", "jpeg", 0), (b"GIF87a", "gif", 0), (b"GIF89a", "gif", 0),
    (b"PK\x03\x04", "zip", 0), (b"PK\x05\x06", "zip", 0), (b"PK\x07\x08", "zip", 0), (b"%PDF-", "pdf", 0),
    (b"\x7fELF", "elf", 0), (b"BZh", "bzip2", 0), (b"\xfd7zXZ\x00", "xz", 0), (b"7z\xbc\xaf\x27\x1c", "7z", 0),
    (b"\x28\xb5\x2f\xfd", "zstd", 0), (b"Rar!\x1a\x07", "rar", 0), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ms-office", 0),
    (b"SQLite format 3\x00", "sqlite", 0), (b"\x00asm", "wasm", 0), (b"\xca\xfe\xba\xbe", "java-class", 0),
    (b"\xcf\xfa\xed\xfe", "mach-o", 0), (b"\xce\xfa\xed\xfe", "mach-o", 0), (b"OggS", "ogg", 0),
    (b"ID3", "mp3", 0), (b"wOFF", "woff", 0), (b"wOF2", "woff2", 0), (b"ustar", "tar", 257), (b"ftyp", "mp4", 4),
    (b"WEBP", "webp", 8), (b"WAVE", "wav", 8), (b"AVI ", "avi", 8), (b"\x1a\x45\xdf\xa3", "matroska", 0),
    (b"II*\x00", "tiff", 0), (b"MM\x00*", "tiff", 0), (b"MZ", "windows-executable", 0),
)


def _suffixes(name: str) -> list[str]:
    """Lower-case extensions of ``name`` without a final ``.gz``."""
    suffixes = [s.lower() for s in PurePath(name).suffixes]
    return suffixes[:-1] if suffixes[-1:] == [".gz"] else suffixes


def _head_text(head: bytes) -> str:
    """The first bytes as text, good enough to see markup and braces in any ASCII-compatible encoding."""
    if bom := bom_encoding(head):
        return head[bom[1]:].decode(bom[0], errors="ignore")
    if wide := wide_encoding(head):
        return head[:len(head) - len(head) % 4].decode(wide, errors="ignore")
    return head.decode("latin-1")


def gunzip_head(data: bytes) -> bytes:
    """The first decompressed bytes of gzip ``data`` (empty if they cannot be read)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:_HEAD * 4], _HEAD)
    except zlib.error:
        return b""


def binary_kind(head: bytes) -> str | None:
    """The kind of binary file ``head`` starts (``png``, ``zip``, ``NUL bytes``…), or None for text."""
    if bom_encoding(head):
        return None
    sample = head[:_HEAD]
    for magic, kind, offset in _MAGIC:
        # a magic number that is plain ASCII text («ID3», «MZ») counts only with control bytes beside it
        weak = kind != "pdf" and all(32 <= b < 127 for b in magic)
        if sample[offset:offset + len(magic)] == magic and (not weak or control_share(sample) > 0):
            return kind
    if (b"\x00" in sample or control_share(sample) > _BINARY_SHARE) and not wide_encoding(sample):
        return "NUL bytes" if b"\x00" in sample else "control bytes"
    return None


def _looks_like_jsonl(text: str) -> bool:
    """True when most of the first complete non-blank lines are JSON objects (``{…}``)."""
    lines = [line.strip() for line in text.split("\n")[:-1] if line.strip()][:_JSONL_SAMPLE_LINES]
    if not lines:
        lines = [text.strip()] if text.strip() else []
    objects = sum(line.startswith("{") and line.endswith("}") for line in lines)
    return objects > 0 and objects * 2 > len(lines)


def sniff_format(head: bytes, name: str) -> str:
    """One of ``gzip``, ``warc``, ``jsonl``, ``feed``, ``html``, ``text``, or ``binary:KIND``, for a file
    starting with ``head``. A ``.jsonl``/``.ndjson`` file is JSONL whatever its first line says."""
    ext = (_suffixes(name) or [""])[-1]
    if head.startswith(GZIP_MAGIC):
        return "warc" if gunzip_head(head).lstrip().startswith(b"WARC/") else "gzip"
    if head.lstrip().startswith(b"WARC/"):
        return "warc"
    if kind := binary_kind(head):
        return f"binary:{kind}"
    if ext in _ALWAYS_JSONL_EXT:
        return "jsonl"
    text = _head_text(head[:_HEAD]).lstrip("\ufeff \t\r\n")
    first_line = text.split("\n", 1)[0].strip()
    if (first_line.startswith("{") and ext in _JSONL_EXT) or _looks_like_jsonl(_head_text(head)):
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
