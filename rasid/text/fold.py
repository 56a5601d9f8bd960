"""The folded view of a text, for matching only: one spelling per letter, no diacritics.

Folding is applied alike to text and to every lexicon key (actors, places, triggers, months),
so that «الأمن العام», «الامن العام» and «الأمنُ العامّ» all meet. The repaired text itself is never
folded; the folded view carries its own offset map back to it.
"""
from __future__ import annotations

import re
from array import array

from rasid.text.offsets import MappedText

# One-to-one letter folds: alef/hamza forms, alef maqsura, teh marbuta, hamza carriers,
# Persian/Urdu look-alikes, Arabic-Indic and Persian digits, Latin upper case.
_ONE_TO_ONE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ڪ": "ك", "ی": "ي", "ۍ": "ي", "ھ": "ه", "ہ": "ه", "ۃ": "ه",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
}
_TABLE = str.maketrans(_ONE_TO_ONE)  # for short strings (lexicon keys, single characters)
_FOLDS = tuple(_ONE_TO_ONE.items())  # for texts (``_fold_letters``)
assert not set(_ONE_TO_ONE) & set(_ONE_TO_ONE.values()), "a fold's result is never folded again"
# Characters removed from the folded view: harakat, superscript alef, Quranic marks, tatweel,
# invisible and bidi controls.
_DROP = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u00ad\ufeff\u061c]")


_DROP_RUN = re.compile(_DROP.pattern + "+")


def _fold_letters(text: str) -> str:
    """``text`` translated by ``_TABLE``: ``str.replace`` per letter the text holds, which on a document is many
    times faster than ``str.translate`` with a dict table (a Python lookup per character); on a short key,
    slower."""
    for letter, folded in _FOLDS:
        if letter in text:
            text = text.replace(letter, folded)
    return text


def fold_string(text: str) -> str:
    """Fold a string without keeping offsets (for lexicon keys)."""
    return _DROP.sub("", text).translate(_TABLE).lower()


def fold(text: str) -> MappedText:
    """Fold ``text`` and keep the map from each folded character back to ``text``."""
    if not _DROP.search(text):
        folded = _fold_letters(text).lower()
        if len(folded) == len(text):
            return MappedText.identity(folded) if folded == text else MappedText(
                folded, range(len(text)), range(1, len(text) + 1), len(text))
        return _fold_per_char(text)
    parts: list[str] = []
    starts, ends = array("q"), array("q")
    pos = 0
    for m in _DROP_RUN.finditer(text):
        if m.start() > pos:
            parts.append(text[pos:m.start()])
            starts.extend(range(pos, m.start()))
            ends.extend(range(pos + 1, m.start() + 1))
        pos = m.end()
    if pos < len(text):
        parts.append(text[pos:])
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    folded = _fold_letters("".join(parts)).lower()
    if len(folded) != len(starts):
        return _fold_per_char(text)  # a letter whose lower case is longer (rare Latin)
    return MappedText(folded, starts, ends, len(text))


def _fold_per_char(text: str) -> MappedText:
    kept = [i for i, ch in enumerate(text) if not _DROP.match(ch)]
    chars = [text[i].translate(_TABLE).lower() for i in kept]
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in zip(kept, chars):
        starts.extend([i] * len(ch))
        ends.extend([i + 1] * len(ch))
    return MappedText("".join(chars), starts, ends, len(text))
