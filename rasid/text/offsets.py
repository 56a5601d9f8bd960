"""Offset maps: every character of a derived text points back to its span in the source text."""
from __future__ import annotations

import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(slots=True)
class MappedText:
    """A text derived from a source text, with per-character source spans.

    ``starts[i]``/``ends[i]`` give the half-open source span that character ``i`` came from.
    Deleted source characters simply have no derived character; a character expanded into two
    (a lam-alef ligature) gives two derived characters with the same span.
    """

    text: str
    starts: Sequence[int]
    ends: Sequence[int]
    source_len: int

    @classmethod
    def identity(cls, text: str) -> MappedText:
        """The map of an unchanged text (ranges: no per-character lists to build)."""
        n = len(text)
        return cls(text, range(n), range(1, n + 1), n)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open span ``[start, end)`` of this text to a span of the source."""
        n = len(self.text)
        if start >= end:
            pos = self.starts[start] if start < n else self.source_len
            return pos, pos
        return self.starts[start], self.ends[min(end, n) - 1]

    def compose(self, inner: MappedText) -> MappedText:
        """Given ``inner`` derived from this text, map ``inner`` straight to this text's source."""
        if isinstance(self.starts, range) and self.source_len == len(self.text):
            return MappedText(inner.text, inner.starts, inner.ends, self.source_len)
        if isinstance(inner.starts, range) and len(inner.text) == len(self.text):
            return MappedText(inner.text, self.starts, self.ends, self.source_len)
        starts = array("q", [self.starts[s] for s in inner.starts])
        ends = array("q", [self.ends[e - 1] if e > 0 else 0 for e in inner.ends])
        return MappedText(inner.text, starts, ends, self.source_len)


def _iota(n: int) -> memoryview:
    """The native 8-byte integers ``0 .. n-1`` as raw bytes, built without a Python int per value."""
    if n <= 4096 or sys.byteorder != "little" or array("q").itemsize != 8:
        return memoryview(array("q", range(n))).cast("B")
    buf = bytearray(8 * n)
    step, byte = 1, 0
    while step < n:   # byte ``byte`` of value k is (k // step) % 256, with step = 256 ** byte
        values = min(256, -(-n // step))
        period = b"".join(bytes((v,)) * step for v in range(values))
        buf[byte::8] = (period * -(-n // len(period)))[:n]
        step *= 256
        byte += 1
    return memoryview(buf)


def build(source: str, pieces: list[tuple[int, int, str]]) -> MappedText:
    """Build a MappedText from edits ``(start, end, replacement)`` over ``source``.

    Edits must be sorted and non-overlapping; text between edits is copied unchanged.
    Each replacement character maps to the whole edited source span (a deletion maps to nothing).
    """
    if not pieces:
        return MappedText.identity(source)
    n = len(source)
    iota = _iota(n + 1)
    out: list[str] = []
    starts = array("q")  # compact: 8 bytes a character, not a Python int object each
    ends = array("q")
    add, add_starts, add_ends = out.append, starts.frombytes, ends.frombytes
    pos = 0   # end of the last edit: source[pos:s] is copied
    run = 0   # start of the current run of characters that map 1:1 onto themselves
    for s, e, rep in pieces:
        if s > pos:
            add(source[pos:s])
        pos = e
        if rep:
            add(rep)
            if len(rep) == e - s:
                continue
        if s > run:
            add_starts(iota[8 * run:8 * s])
            add_ends(iota[8 * run + 8:8 * s + 8])
        if rep:
            starts.extend(array("q", (s,)) * len(rep))
            ends.extend(array("q", (e,)) * len(rep))
        run = e
    if pos < n:
        add(source[pos:])
    if n > run:
        add_starts(iota[8 * run:8 * n])
        add_ends(iota[8 * run + 8:8 * n + 8])
    return MappedText("".join(out), starts, ends, n)
