"""Many-name matching over folded text with an Aho-Corasick automaton.

Raw automaton hits are substrings (``جنيد`` inside ``تجنيد``), so every hit is filtered: it must end at a
word boundary, and whatever precedes it inside the same word must be a proclitic string (و ف ب ل ك and
their combinations; لل for a key that starts with ال). Overlapping hits resolve leftmost-longest.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

from rasid.text.clitics import proclitics
from rasid.text.fold import fold_string

T = TypeVar("T")

PROCLITICS = frozenset(proclitics(empty=True))
ARTICLE_PROCLITICS = frozenset(proclitics(prepositions=("ب", "ك"), empty=True))
# Before a key that starts with ال, the preposition ل fuses with it: ل + الحسكة → للحسكة.
LAM_PROCLITICS = frozenset(proclitics(lam_article=True, bare=False))
# For a key without the article, these prefixes may also add it (قسد is never «القسد», but
# «الجزرات»/«جزرات» or «الباب»/«باب» are both written); used only when a matcher allows it.
ARTICLE_FORMS = frozenset(proclitics(article=True, bare=False))

MAX_PREFIX = max(map(len, PROCLITICS | ARTICLE_PROCLITICS | LAM_PROCLITICS | ARTICLE_FORMS))
_SPACES = re.compile(r"\s+")
_LENGTH_BITS = 12  # a word of the automaton is shorter than 4,096 characters (``_word_value``)
_LENGTH_MASK = (1 << _LENGTH_BITS) - 1
_NUMBER_SHIFT = _LENGTH_BITS + 1


def is_word_char(ch: str) -> bool:
    """Letters and digits (regex ``[^\\W_]``, the same set as ``str.isalnum``); Arabic punctuation is none."""
    return ch.isalnum()


def normalize_key(name: str) -> str:
    """The folded, single-spaced form under which a name is stored and looked up."""
    return _SPACES.sub(" ", fold_string(name)).strip()


@dataclass(slots=True)
class Match(Generic[T]):
    """A filtered hit: ``start:end`` is the name in the folded text, ``prefix`` the proclitics before it."""

    start: int
    end: int
    key: str
    prefix: str
    payloads: list[T]


class PhraseMatcher(Generic[T]):
    """Find lexicon names in folded text; each name carries one or more payloads.

    The automaton stores a number per word, no string: which name (its place in ``_payloads``), the length of
    the word and whether it is the stem of a fused لل (``_word_value``); a hit's name is read back from the text.
    """

    def __init__(self, entries: Iterable[tuple[str, T]], *, allow_article: bool = False) -> None:
        payloads: dict[str, list[T]] = {}
        for name, payload in entries:
            key = normalize_key(name)
            if key:
                payloads.setdefault(key, []).append(payload)
        self._payloads: list[list[T]] = list(payloads.values())
        self._bare_prefixes = PROCLITICS | ARTICLE_FORMS if allow_article else PROCLITICS  # before a key without ال
        self._keys: list[str] | None = None
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for number, key in enumerate(payloads):
            self._automaton.add_word(key, _word_value(number, len(key), False))
            if key.startswith("ال") and len(key) > 3:
                # «للحسكة»: the stem after a fused لل; accepted only behind a لل prefix.
                stem = key[2:]
                if stem not in payloads:
                    self._automaton.add_word(stem, _word_value(number, len(stem), True))
        if payloads:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._payloads)

    def __contains__(self, name: str) -> bool:
        return self._number(name) is not None

    def get(self, name: str) -> list[T]:
        number = self._number(name)
        return [] if number is None else self._payloads[number]

    def keys(self) -> Iterable[str]:
        """The names, in the order they were first given (read from the automaton once, on first use)."""
        if self._keys is None:
            named = sorted((value, key) for key, value in self._automaton.items() if not value & 1)
            self._keys = [key for _, key in named]
        return self._keys

    def _number(self, name: str) -> int | None:
        value = self._automaton.get(normalize_key(name), 1)
        return None if value & 1 else value >> _NUMBER_SHIFT

    def find_all(self, folded: str) -> list[Match[T]]:
        """Every boundary-valid hit, overlapping ones included."""
        if not self._payloads:
            return []
        hits: list[Match[T]] = []
        n = len(folded)
        for end_idx, value in self._automaton.iter(folded):
            end = end_idx + 1
            if end < n and folded[end].isalnum():
                continue  # most raw hits end inside a word
            start = end - (value >> 1 & _LENGTH_MASK)
            word_start = start
            if start and folded[start - 1].isalnum():
                if start > MAX_PREFIX and folded[start - MAX_PREFIX - 1:start].isalnum():
                    continue  # the letters before it are longer than any proclitic string
                word_start -= 1
                while word_start and folded[word_start - 1].isalnum():
                    word_start -= 1
            prefix = folded[word_start:start]
            fused_lam = value & 1
            key = "ال" + folded[start:end] if fused_lam else folded[start:end]
            if not fused_lam and prefix.endswith("لل"):
                with_article = self._automaton.get("ال" + key, 1)
                if not with_article & 1:  # «للحوثيين»: ل + «الحوثيين», though «حوثيين» is a name too
                    fused_lam, key, value = 1, "ال" + key, with_article
            if prefix not in (LAM_PROCLITICS if fused_lam else ARTICLE_PROCLITICS if key.startswith("ال")
                              else self._bare_prefixes):
                continue  # a bare word always stands; a stem only behind its fused لل
            hits.append(Match(start, end, key, prefix, self._payloads[value >> _NUMBER_SHIFT]))
        return hits

    def find(self, folded: str) -> list[Match[T]]:
        """Non-overlapping hits, leftmost-longest first; a name written with its article beats a longer one that
        needs the article added («في الباب شرقي حلب» is al-Bab, not «باب شرقي»)."""
        hits = self.find_all(folded)
        if any(map(_article_added, hits)):  # (only a matcher that allows the article has such hits)
            written = {m.start for m in hits if m.key.startswith("ال") and not m.prefix.endswith("ال")}
            hits = [m for m in hits if not (_article_added(m) and m.start - len("ال") in written)]
        hits.sort(key=lambda m: (m.start - len(m.prefix), -(m.end - m.start)))
        chosen: list[Match[T]] = []
        last_end = -1
        for m in hits:
            if m.start - len(m.prefix) >= last_end:
                chosen.append(m)
                last_end = m.end
        return chosen


def _article_added(m: Match) -> bool:
    """The hit takes the article from the text: «الجزرات» read as the name «جزرات»."""
    return m.prefix.endswith("ال") and not m.key.startswith("ال")


def _word_value(number: int, length: int, fused_lam: bool) -> int:
    """What the automaton stores for a word: the name's number, the word's length, and 1 for a fused لل stem."""
    if length > _LENGTH_MASK:
        raise ValueError(f"a lexicon name of {length} characters")
    return number << _NUMBER_SHIFT | length << 1 | fused_lam
