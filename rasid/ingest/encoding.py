"""Byte decoding for Arabic web text: BOMs, UTF-8, declared charsets, then detection (cp1256 first)."""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field


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
_WIDE_CODECS = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")
_WIDE_SAMPLE = 4096           # bytes looked at to recognise UTF-16/32 without a byte-order mark
_MOSTLY_TEXT = 0.9            # share of ordinary text characters a wide decoding must give
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.02     # more control bytes than this in a sample is not text in a single-byte encoding
_ORDINARY = re.compile(r"[\t\n\r\x20-\x7e\u00a0-\u00ff\u0600-\u06ff\u0750-\u077f\u2000-\u206f\ufb50-\ufeff]")


@dataclass(slots=True)
class Decoded:
    """Decoded text and the warnings that go with it (parts read in another encoding, bytes replaced)."""

    text: str
    warnings: list[str] = field(default_factory=list)


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


def control_share(data: bytes) -> float:
    """Share of C0 control bytes (other than tab, newlines, form feed, escape) in ``data``."""
    return len(_CONTROL_BYTES.findall(data)) / len(data) if data else 0.0


def wide_encoding(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` or ``utf-32-le``/``-be`` when ``data`` (without a BOM) reads as text in one of them.

    Only tried when the bytes hold NULs or other control bytes, as UTF-16/32 text always does
    (ASCII characters carry a NUL byte, Arabic letters a 0x06 byte)."""
    sample = data[:_WIDE_SAMPLE]
    if len(sample) < 4 or control_share(sample) <= _MAX_CONTROL_SHARE:
        return None
    for name in _WIDE_CODECS:
        unit = 4 if "32" in name else 2
        cut = len(sample) - len(sample) % unit
        try:
            text = sample[:cut].decode(name)
        except UnicodeDecodeError:
            if "16" not in name:
                continue
            text = sample[:cut - 2].decode(name, errors="replace")  # the sample may end inside a surrogate pair
            if text.count("\ufffd") > 1:
                continue
        if text and len(_ORDINARY.findall(text)) >= _MOSTLY_TEXT * len(text):
            return name
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` to text, never raising (see :func:`decode_text`; its warnings are dropped)."""
    return decode_text(data, declared).text


def decode_text(data: bytes, declared: str | None = None) -> Decoded:
    """Decode ``data``, never raising: BOM, UTF-16/32 without BOM, strict UTF-8, UTF-8 with some lines in
    another encoding (each line read in its own, with a warning), ``declared``, then detection.

    A declared single-byte Latin charset is overridden by cp1256 when cp1256 reads as Arabic
    (a common mislabelling on older Arabic sites)."""
    if bom := bom_encoding(data):
        return Decoded(data[bom[1]:].decode(bom[0], errors="replace"))
    if wide := wide_encoding(data):
        return Decoded(data.decode(wide, errors="replace"), [f"no byte-order mark: read as {wide.upper()}"])
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if mixed := _mixed_utf8(data):
        return mixed
    return Decoded(_decode_whole(data, declared))


def _decode_whole(data: bytes, declared: str | None) -> str:
    """Non-UTF-8 ``data`` in one encoding: ``declared`` (unless it is a mislabelled Latin one), else detected."""
    declared = codec_name(declared)
    if declared and declared not in ("utf-8",):
        text = data.decode(declared, errors="replace")
        if declared in _ARABIC_CODECS or arabic_share(text) >= _MOSTLY_ARABIC:
            return text
        return _cp1256_if_arabic(data) or text
    loose = data.decode("utf-8", errors="replace")
    return loose if _mostly_utf8(loose) else _detect(data)


def _mixed_utf8(data: bytes) -> Decoded | None:
    """UTF-8 ``data`` some of whose lines are not UTF-8: each such line decoded alone, with a warning.

    Only when other lines are valid UTF-8 Arabic, the proof that the file as a whole is UTF-8."""
    lines = data.splitlines(keepends=True)
    utf8_arabic = False
    parts: list[str] = []
    bad: dict[str, list[int]] = {}
    for lineno, line in enumerate(lines, 1):
        try:
            text = line.decode("utf-8")
            utf8_arabic = utf8_arabic or (not text.isascii() and arabic_share(text) >= _MOSTLY_ARABIC)
        except UnicodeDecodeError:
            text, how = decode_line(line)
            bad.setdefault(how, []).append(lineno)
        parts.append(text)
    if not utf8_arabic:
        return None
    warnings = [f"{_line_ranges(numbers)} not UTF-8: {how}" for how, numbers in bad.items()]
    return Decoded("".join(parts), warnings)


def decode_line(line: bytes) -> tuple[str, str]:
    """One line that is not UTF-8, decoded, and how (``read as windows-1256``, ``undecodable bytes replaced…``)."""
    loose = line.decode("utf-8", errors="replace")
    if _mostly_utf8(loose):
        return loose, "undecodable bytes replaced by U+FFFD"
    if arabic := _cp1256_if_arabic(line):
        return arabic, "read as windows-1256"
    import charset_normalizer  # loaded for the rare input that is neither UTF-8 nor Arabic windows-1256

    best = charset_normalizer.from_bytes(line).best()
    guess = codec_name(best.encoding) if best else None
    if guess and guess != "utf-8":
        return line.decode(guess, errors="replace"), f"read as {guess}"
    return loose, "undecodable bytes replaced by U+FFFD"


def _line_ranges(numbers: list[int]) -> str:
    """``line 4`` or ``lines 4-6, 9``."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and runs[-1][1] == n - 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    text = ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)
    return f"line {text}" if len(numbers) == 1 else f"lines {text}"


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
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    guess = codec_name(best.encoding) if best else None
    if guess in _ARABIC_CODECS:
        return data.decode(guess, errors="replace")
    if arabic := _cp1256_if_arabic(data):
        return arabic
    return data.decode(guess or "utf-8", errors="replace")
