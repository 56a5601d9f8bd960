"""Offset maps: every character of a derived text points back to its span in the source text."""
from __future__ import annotations

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


def build(source: str, pieces: list[tuple[int, int, str]]) -> MappedText:
    """Build a MappedText from edits ``(start, end, replacement)`` over ``source``.

    Edits must be sorted and non-overlapping; text between edits is copied unchanged.
    Each replacement character maps to the whole edited source span (a deletion maps to nothing).
    """
    if not pieces:
        return MappedText.identity(source)
    out: list[str] = []
    starts = array("q")  # compact: 8 bytes a character, not a Python int object each
    ends = array("q")
    pos = 0
    for s, e, rep in pieces:
        if s > pos:
            out.append(source[pos:s])
            starts.extend(range(pos, s))
            ends.extend(range(pos + 1, s + 1))
        if rep:
            out.append(rep)
            if len(rep) == e - s:
                starts.extend(range(s, e))
                ends.extend(range(s + 1, e + 1))
            else:
                starts.extend([s] * len(rep))
                ends.extend([e] * len(rep))
        pos = e
    if pos < len(source):
        out.append(source[pos:])
        starts.extend(range(pos, len(source)))
        ends.extend(range(pos + 1, len(source) + 1))
    return MappedText("".join(out), starts, ends, len(source))
