"""Mojibake: Arabic UTF-8 that was once decoded as windows-1256 or Latin-1/cp1252 and saved again.

Such text looks like «ظ‚طھظ„» (cp1256) or «Ù‚ØªÙ„» (Latin-1). It is repaired line by line, word by word where a
whole line does not round-trip; a document that stays garbled is refused rather than stored as noise.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import ftfy

# What the continuation bytes 0x80–0xBF of Arabic UTF-8 look like when read as cp1256, after the lead bytes
# D8/D9 (read as «ط», «ظ»); Arabic punctuation and the no-break space are left out, since «ضغط،» is real Arabic.
_CP1256_TAIL = "".join(sorted({bytes([b]).decode("cp1256") for b in range(0x80, 0xC0)} - set("،؛؟\u00a0")))
_CP1256_PAIR = re.compile(f"[طظ][{re.escape(_CP1256_TAIL)}]")
_LATIN_PAIR = re.compile("[ØÙÚÛ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                         "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
_MIN_PAIRS = 3
_GARBLED_SHARE = 0.2  # share of a text's letters in mojibake pairs above which it is garbled


@dataclass(slots=True)
class Unmangled:
    text: str
    repaired_lines: int = 0
    garbled: bool = False
    kind: str = ""


def _pairs(text: str) -> tuple[int, str]:
    cp, latin = len(_CP1256_PAIR.findall(text)), len(_LATIN_PAIR.findall(text))
    return (cp, "cp1256") if cp >= latin else (latin, "latin-1")


def _is_garbled(text: str, min_pairs: int = _MIN_PAIRS) -> bool:
    pairs, _ = _pairs(text)
    letters = sum(ch.isalpha() for ch in text) or 1
    return pairs >= min_pairs and 2 * pairs / letters >= _GARBLED_SHARE


def _round_trip(text: str, kind: str) -> str | None:
    if kind == "latin-1":
        fixed = ftfy.fix_encoding(text)
        return fixed if fixed != text else None
    try:
        return text.encode("cp1256").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


def _repair_line(line: str, kind: str) -> str:
    whole = _round_trip(line, kind)
    if whole is not None:
        return whole
    words = re.split(r"(\s+)", line)
    return "".join((_round_trip(w, kind) or w) if _pairs(w)[0] else w for w in words)


def unmangle(text: str) -> Unmangled:
    """``text`` with mojibake lines repaired; ``garbled`` when too much stays unreadable."""
    pairs, kind = _pairs(text)
    if pairs < _MIN_PAIRS:
        return Unmangled(text)
    lines = text.split("\n")
    repaired = 0
    for i, line in enumerate(lines):
        if _is_garbled(line, min_pairs=1):
            fixed = _repair_line(line, kind)
            if fixed != line:
                lines[i] = fixed
                repaired += 1
    result = "\n".join(lines)
    return Unmangled(result, repaired, _is_garbled(result), kind)
