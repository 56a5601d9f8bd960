"""Byte decoding for Arabic web text: BOMs, UTF-8, declared charsets, then detection (cp1256 first)."""
from __future__ import annotations

import codecs
import re

import charset_normalizer

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ARABIC_CODECS = ("cp1256", "iso8859-6")
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:\-]+)|<\?xml[^>]*encoding\s*=\s*["']([\w.:\-]+)""", re.I
)
_MIN_GOOD_PER_BAD_UTF8 = 20   # valid non-ASCII characters per undecodable byte in damaged UTF-8
_MOSTLY_ARABIC = 0.8


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding named by a byte-order mark and the mark's length, or None."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML ``<meta>`` or XML declaration names in the first 4 KB, if Python knows it."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    return codec_name((m[1] or m[2]).decode("ascii", "ignore"))


def codec_name(label: str | None) -> str | None:
    """Python's canonical codec name for a charset label (``windows-1256`` → ``cp1256``), or None."""
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None


def arabic_share(text: str) -> float:
    """Share of Arabic letters among the non-ASCII letters of ``text`` (0 when there are none)."""
    letters = arabic = 0
    for ch in text:
        if ch > "\x7f" and ch.isalpha():
            letters += 1
            arabic += "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff"
    return arabic / letters if letters else 0.0


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` to text, never raising: BOM, strict UTF-8, ``declared``, then detection.

    A declared single-byte Latin charset is overridden by cp1256 when cp1256 reads as Arabic
    (a common mislabelling on older Arabic sites)."""
    if bom := bom_encoding(data):
        return data[bom[1]:].decode(bom[0], errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = codec_name(declared)
    if declared and declared not in ("utf-8",):
        text = data.decode(declared, errors="replace")
        if declared in _ARABIC_CODECS or arabic_share(text) >= _MOSTLY_ARABIC:
            return text
        return _cp1256_if_arabic(data) or text
    loose = data.decode("utf-8", errors="replace")
    return loose if _mostly_utf8(loose) else _detect(data)


def _mostly_utf8(text: str) -> bool:
    """True when ``text`` (decoded as UTF-8 with replacement) is UTF-8 with only a few damaged bytes."""
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ch > "\x7f") - bad
    return good >= _MIN_GOOD_PER_BAD_UTF8 * bad


def _cp1256_if_arabic(data: bytes) -> str | None:
    """``data`` read as cp1256 when that gives mostly Arabic letters, else None."""
    text = data.decode("cp1256", errors="replace")
    return text if arabic_share(text) >= _MOSTLY_ARABIC else None


def _detect(data: bytes) -> str:
    """Detect a single-byte encoding with charset-normalizer, preferring the Arabic code pages."""
    best = charset_normalizer.from_bytes(data).best()
    guess = codec_name(best.encoding) if best else None
    if guess in _ARABIC_CODECS:
        return data.decode(guess, errors="replace")
    if arabic := _cp1256_if_arabic(data):
        return arabic
    return data.decode(guess or "utf-8", errors="replace")
