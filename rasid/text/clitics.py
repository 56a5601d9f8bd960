"""Arabic proclitics in folded text: the one table every stage strips or allows before a word.

A word may open with a conjunction (و, ف), then a preposition (ب, ل, ك), then the article (ال); the preposition
ل fuses with the article (ل + الحسكة → للحسكة). Each stage asks for the combinations it needs. Every tuple is
longest first, so the first prefix that fits a word is its longest.
"""
from __future__ import annotations

from functools import cache

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ARTICLE = "ال"
LAM_ARTICLE = "لل"  # ل + ال


@cache
def proclitics(*, conjunctions: tuple[str, ...] = CONJUNCTIONS, prepositions: tuple[str, ...] = PREPOSITIONS,
               article: bool = False, lam_article: bool = False, bare: bool = True,
               empty: bool = False) -> tuple[str, ...]:
    """The prefixes conjunction? + preposition? (+ the article when ``article``), longest first.

    ``lam_article`` adds ل + ال written «لل» (behind a conjunction too) even when ``article`` is off; ``bare``
    False leaves out the prefixes without the article; ``empty`` keeps the empty prefix."""
    found = set()
    for conj in ("", *conjunctions):
        for prep in ("", *prepositions):
            if bare:
                found.add(conj + prep)
            if article:
                found.add(conj + (LAM_ARTICLE if prep == "ل" else prep + ARTICLE))
        if lam_article:
            found.add(conj + LAM_ARTICLE)
    if not empty:
        found.discard("")
    return tuple(sorted(found, key=lambda p: (-len(p), p)))


def strip_proclitic(word: str, known: frozenset[str] | set[str] | dict,
                    prefixes: tuple[str, ...] | None = None) -> str:
    """``word`` without the longest proclitic that leaves a known word; the word itself when none does."""
    for length, group in _by_length(prefixes or proclitics()):
        if word[:length] in group and word[length:] in known:
            return word[length:]
    return word


@cache
def _by_length(prefixes: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    """The prefixes grouped by length, longest first: a word opens with at most one prefix of each length, so
    one slice and one set lookup per length replace a ``startswith`` per prefix."""
    lengths = sorted({len(p) for p in prefixes}, reverse=True)
    return tuple((n, frozenset(p for p in prefixes if len(p) == n)) for n in lengths)
