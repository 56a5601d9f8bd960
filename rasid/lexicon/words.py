"""Named word lists for the extraction stages, loaded from rasid/data/frame_words.yaml (folded, cached)."""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

from rasid.errors import DataError
from rasid.lexicon.cache import cached
from rasid.text.fold import fold_string

WORDS_FILE = "frame_words.yaml"


@cache
def _lists() -> dict[str, frozenset[str]]:
    return cached("words", _read_lists)


def _read_lists() -> dict[str, frozenset[str]]:
    path = resources.files("rasid") / "data" / WORDS_FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DataError(f"{WORDS_FILE}: word-list file missing from the package") from exc
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise DataError(f"{WORDS_FILE}: expected a mapping of word lists")
    return {name: frozenset(fold_string(str(w)) for w in words) for name, words in data.items()}


def word_list(name: str) -> frozenset[str]:
    """The folded words of one list; a name the file lacks is a DataError naming it."""
    lists = _lists()
    if name not in lists:
        raise DataError(f"{WORDS_FILE}: no word list named {name!r}")
    return lists[name]


def alternation(name: str) -> str:
    """A regex alternation of one word list, longest first."""
    return "|".join(re.escape(w) for w in sorted(word_list(name), key=len, reverse=True))
