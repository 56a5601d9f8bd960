"""Evasion repair: undo spellings that writers use to dodge moderation filters, with an exact offset map.

The policy is ``/work/shared/evasion.md`` (summarised in ``rasid/data/EVASION_RULES.md``):

* tatweel is always deleted;
* E1 evidence (tatweel touching a separator, invisible or bidi characters between letters, presentation
  forms, impossible diacritics, rasm-only code points, LRO/RLO runs) repairs on its own;
* E2 repairs (bare separators, spaced letters, emoji, digits or Latin inside a word, reversal,
  substitution, repetition, Arabizi) are accepted when the result is in the evasion lexicon, or, for ordinary
  words and names, when the Arabic vocabulary (:mod:`rasid.text.vocab`) finds a frequent word whose pieces
  or original spelling are not words (the thresholds are in ``EVASION_RULES.md``);
* E3 (language context) gates Persian/Urdu look-alike folding, ZWNJ removal and ں.

Every change is an edit ``(orig_start, orig_end, replacement)`` on the original text; the offset map is
derived from the edits with :func:`rasid.text.offsets.build`.
"""
from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import ahocorasick

from rasid.lexicon.cache import cached
from rasid.records import Repair
from rasid.text.clitics import proclitics
from rasid.text.fold import fold_string
from rasid.text import vocab
from rasid.text.offsets import MappedText, build

__all__ = ["RepairedText", "repair", "load_lexicon", "Lexicon", "rasm_skeleton", "arabizi_skeleton"]

# --------------------------------------------------------------------------------------------------
# Character classes
# --------------------------------------------------------------------------------------------------

TATWEEL = "\u0640"
_BASIC_LETTERS = "\u0621-\u063a\u0641-\u064a"
_MARKS = "\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
_INVISIBLE = "\u200b\u200c\u200d\u2060\u00ad\ufeff\u034f\u2061-\u2064\u180e"
_BIDI = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
_EXOTIC_SPACES = "\u00a0\u2000-\u200a\u202f\u205f\u3000"
_SEPARATORS = ".\\-_/*·•|،'…؛+~=^,:\u2010-\u2015\u066d\u06d4¦"
_WHITESPACE = " \t\n\r\f\v\u2028\u2029\x85\x1c-\x1f"
_PERSIAN_HOMOGLYPHS = "\u06a9\u06aa\u06cc\u06be\u06c1\u06c3"
_RASM_ONLY = "\u066e\u066f\u06a1\u06ba"
_QURANIC_MARKS = frozenset(chr(c) for c in range(0x06D6, 0x06EE))
_SHORT_VOWELS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0652")
_TANWEEN = frozenset("\u064b\u064c\u064d")
_SHADDA_SUKUN = frozenset("\u0651\u0652")

_SEP_SET = frozenset(".-_/*·•|،'…؛+~=^,:\u2010\u2011\u2012\u2013\u2014\u2015\u066d\u06d4¦")
_INVISIBLE_SET = frozenset("\u200b\u200c\u200d\u2060\u00ad\ufeff\u034f\u2061\u2062\u2063\u2064\u180e")
_BIDI_SET = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_EXOTIC_SET = frozenset("\u00a0\u202f\u205f\u3000" + "".join(chr(c) for c in range(0x2000, 0x200B)))
_WS_SET = frozenset(" \t\n\r\f\v\u2028\u2029\x85" + "".join(chr(c) for c in range(0x1C, 0x20)))

# Class letters: L Arabic letter, M mark, T tatweel, S separator, Y symbol/emoji, I invisible, B bidi,
# X exotic space, W ordinary space (only inside glued tokens), D digit, A Latin letter, P/O anything else.


@lru_cache(maxsize=1 << 12)  # capped: a hostile text may hold a million distinct code points
def _char_class(ch: str) -> str:
    """The evasion class of one character (see the legend above)."""
    o = ord(ch)
    if ch == TATWEEL:
        return "T"
    if ch in _SEP_SET:
        return "S"
    if ch in _INVISIBLE_SET:
        return "I"
    if ch in _BIDI_SET:
        return "B"
    if ch in _EXOTIC_SET:
        return "X"
    if ch in _WS_SET:
        return "W"
    if ch.isdigit():
        return "D"
    if o < 0x250 and ch.isalpha():
        return "A"
    if 0xFDF0 <= o <= 0xFDFF or o in (0xFD3E, 0xFD3F):
        return "O"
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me") and 0x0610 <= o <= 0x06FF:
        return "M"
    if ch in ("\ufe0f", "\ufe0e") or cat in ("So", "Sk") or 0x1F3FB <= o <= 0x1F3FF:
        return "Y"
    if cat.startswith("L") and (0x0600 <= o <= 0x06FF or 0xFB50 <= o <= 0xFEFC):
        return "L"
    return "P" if cat.startswith("P") else "O"


def _presentation_table() -> dict[str, str]:
    """Single-letter presentation forms and ligatures → base letters (word ligatures excluded)."""
    table: dict[str, str] = {}
    for o in itertools.chain(range(0xFB50, 0xFDF0), range(0xFE70, 0xFEFD)):
        ch = chr(o)
        parts = unicodedata.decomposition(ch).split()
        if len(parts) < 2 or parts[0] not in ("<isolated>", "<initial>", "<medial>", "<final>"):
            continue
        base = "".join(chr(int(p, 16)) for p in parts[1:])
        if " " in base or not ("\u0621" <= base[0] <= "\u06ff"):
            continue
        table[ch] = base
    return table


_PRESENTATION = _presentation_table()
_HOMOGLYPH = {"\u06a9": "ك", "\u06aa": "ك", "\u06be": "ه", "\u06c1": "ه", "\u06c3": "ة", "\u06cc": "ي"}
_HOMOGLYPH_RE = re.compile("[" + "".join(_HOMOGLYPH) + "]")
_PRESENTATION_RE = re.compile("[" + "".join(sorted(_PRESENTATION)) + "]")
# Digits, visual look-alikes and Latin letters that stand for an Arabic letter inside an Arabic word.
_INWORD_MAP: dict[str, tuple[str, ...]] = {
    "2": ("ء", "أ", "ق"), "3": ("ع",), "3'": ("غ",), "5": ("خ",), "6": ("ط",), "7": ("ح",), "7'": ("خ",),
    "8": ("غ", "ق"), "9": ("ص", "ق"), "١": ("ا",), "1": ("ا",), "|": ("ا", ""), "l": ("ا", "ل"),
    "I": ("ا",), "٥": ("ه",), "h": ("ه", "ح"), "s": ("س", "ص"), "b": ("ب",), "t": ("ت", "ط"), "d": ("د",),
    "r": ("ر",), "z": ("ز",), "f": ("ف",), "q": ("ق",), "k": ("ك",), "m": ("م",), "n": ("ن",),
    "w": ("و",), "y": ("ي",), "j": ("ج",), "g": ("ج", "غ"), "a": ("ا",), "o": ("و",), "e": ("ي",),
    "i": ("ي",), "u": ("و",), "sh": ("ش",), "kh": ("خ",), "gh": ("غ",), "th": ("ث",), "dh": ("ذ",),
}

# Fast detectors. Each starts with a rare character class so that the regex engine can skip ahead;
# together they find every place that may need work (a superset: the techniques decide).
_E1_CHARS = f"{TATWEEL}{_INVISIBLE}{_BIDI}{_MARKS}{_PERSIAN_HOMOGLYPHS}{_RASM_ONLY}\ufb50-\ufdef\ufe70-\ufefc"
_DETECTORS = (
    # One character: an E1 character; or a digit, Latin letter or | next to an Arabic letter; or an
    # Arabizi digit next to a Latin letter (three single-character detectors in one scan).
    re.compile(f"[{_E1_CHARS}A-Za-z0-9\u0660-\u0669|](?:(?<=[{_E1_CHARS}])"
               f"|(?<=[{_BASIC_LETTERS}].)|(?=[{_BASIC_LETTERS}])"
               f"|(?<=[235-9])(?:(?<=[A-Za-z].)|(?=[A-Za-z'])))"),
    re.compile(f"[^{_WHITESPACE}{_BASIC_LETTERS}](?<=[{_BASIC_LETTERS}].)[^{_WHITESPACE}{_BASIC_LETTERS}]*"
               f"[{_BASIC_LETTERS}]"),
)
# Spaced single letters; scanned over "\n" + text so that a run at the very start is found too.
_SPACED_DETECTOR = re.compile(f"[{_WHITESPACE}][{_BASIC_LETTERS}][ \u00a0]{{1,4}}[{_BASIC_LETTERS}][ \u00a0]")
# A digit next to a Latin letter, or 3'/7' (only the token matters; written to start with a digit class so
# that the regex engine can skip ahead).
_ARABIZI_HIT = re.compile(r"[235-9](?:(?<=[A-Za-z].)|(?=[A-Za-z])|(?<=[37])(?='))")
_LRO_RUN = re.compile("[\u202d\u202e]+([^\u202c\u202d\u202e\n]*)\u202c*")  # stacked overrides act once
_GLUE = re.compile(
    f"(?<=[{_BASIC_LETTERS}{_MARKS}])\u0640+ ?[{_SEPARATORS}]{{1,3}} ?\u0640*(?=[{_BASIC_LETTERS}])"
    f"|(?<=[{_BASIC_LETTERS}{_MARKS}])\u0640* ?[{_SEPARATORS}]{{1,3}} ?\u0640+(?=[{_BASIC_LETTERS}])"
)
_SPACED_RUN = re.compile(
    f"(?<![{_BASIC_LETTERS}{_MARKS}{_INVISIBLE}{_BIDI}\u0640A-Za-z0-9])[{_BASIC_LETTERS}]"
    f"(?:(?:[ \u00a0]{{1,4}}| ?[{_SEPARATORS}] ?)[{_BASIC_LETTERS}]){{2,}}"
    f"(?![{_BASIC_LETTERS}{_MARKS}{_INVISIBLE}{_BIDI}\u0640A-Za-z0-9])"
)
# Necessary for a _SPACED_RUN match: its second letter stands alone between two gaps.
_SPACED_PRE = re.compile(f"[ \u00a0{_SEPARATORS}][{_BASIC_LETTERS}][ \u00a0{_SEPARATORS}]")
_OTHER_WS = re.compile(f"[{_WHITESPACE.replace(' ', '')}]")
# Any character that one of the line checks of _repair_line looks for.
_LINE_RARE = re.compile(f"[{_WHITESPACE.replace(' ', '')}\u06cc\u06a9\u06ba\u200c\u06c1{_RASM_ONLY}\u202d\u202e]")
_PREV_WORD = re.compile(f"([{_BASIC_LETTERS}]+)[^{_BASIC_LETTERS}]{{1,4}}$")
_NEXT_WORD = re.compile(f"[^{_BASIC_LETTERS}]{{1,4}}([{_BASIC_LETTERS}]+)")
_WS_RE = re.compile(f"[{_WHITESPACE}]")
_URLISH = re.compile(r"://|www\.|[\w.]@[\w]|^@")
_LATIN_TOKEN = re.compile(r"[A-Za-z0-9']+")
_FOREIGN_LETTERS = re.compile("[پچژێۆڕڵەےٹڈڑۇۋېۊ]|(?<![\u0621-\u064a])می\u200c|\u200cها(?![\u0621-\u064a])|\u200cی")
# (Persian «می‌» opens a word and «‌ها» ends one: a joiner inside an Arabic word, «الأ‌هالي», is a disguise)
_FOREIGN_WORDS = frozenset("است را می های برای که شد نے ہے ہیں میں کے سے کو اور نہیں کہا انہوں".split())
_QURAN_HINT = re.compile("[\ufd3e\ufd3f\u0671]")
_RASM_RE = re.compile(f"[{_RASM_ONLY}]")
_TRIPLE_RE = re.compile(r"(.)\1\1")
_MARK_RE = re.compile(f"[{_MARKS}]")
_LETTER_RE = re.compile(f"[{_BASIC_LETTERS}]")

_PROCLITICS = proclitics(lam_article=True)

_KIND_PRIORITY = (
    "arabizi", "dotless", "reversed", "substitution", "split-word", "spaced-letters",
    "separator", "symbol-in-word", "invisible", "bidi", "presentation-form", "homoglyph",
    "diacritic-stuffing", "repetition", "tatweel",
)


# --------------------------------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Lexicon:
    """The evasion lexicon compiled for lookups (all keys are ``fold_string`` keys)."""

    entries: frozenset[str]
    words: dict[str, str]          # folded word (single words and words of phrases) → written form
    stop: frozenset[str]
    variants: dict[str, tuple[str, str, bool]]   # folded variant → (written form, kind, phrase only)
    skeletons: dict[str, frozenset[str]]   # rasm skeleton → written forms
    arabizi: dict[str, frozenset[str]]     # consonant skeleton → written forms (article stripped)
    automaton: ahocorasick.Automaton

    def hit(self, key: str) -> bool:
        """Is the folded ``key`` an entry, possibly behind proclitics?"""
        if key in self.entries:
            return True
        for p in _PROCLITICS:
            if key.startswith(p) and len(key) - len(p) >= 2:
                rest = key[len(p):]
                if rest in self.entries or (p.endswith("لل") and "ال" + rest in self.entries):
                    return True
        return False

    def final_alef_maqsura(self, stem: str) -> bool:
        """Is ``stem`` + final yeh written with ى in the lexicon (possibly behind proclitics)?"""
        for p in ("",) + _PROCLITICS:
            if stem.startswith(p) and stem[len(p):] + "ي" in self.words:
                return self.words[stem[len(p):] + "ي"].endswith("ى")
        return False

    def hit_context(self, word: str, prev: str = "", nxt: str = "", *, phrase_only: bool = False) -> bool:
        """Is ``word`` an entry, or part of a multi-word entry together with a neighbour word?"""
        key = fold_string(word)
        if len(key) < 2:
            return False
        if not phrase_only and self.hit(key):
            return True
        if nxt and self.hit(f"{key} {nxt}"):
            return True
        return bool(prev) and (f"{prev} {key}" in self.entries or self.hit(f"{prev} {key}"))


_FOLD11 = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_SOUND_CLASSES = ("تط", "سص", "ذز", "ذد", "ضظ")


def _substitution_variants(word: str) -> set[str]:
    """One letter swapped within a sound class, or ي inserted before a final consonant (داعيش)."""
    out: set[str] = set()
    for i, ch in enumerate(word):
        for cls in _SOUND_CLASSES:
            if ch in cls:
                out.update(word[:i] + alt + word[i + 1:] for alt in cls if alt != ch)
    if word[-1] not in "اويهة" and word[-2] not in "اوي":
        out.add(word[:-1] + "ي" + word[-1])
    return out


def _doubled_variants(word: str) -> set[str]:
    """Each letter written twice."""
    return {word[:i + 1] + word[i:] for i in range(len(word))}


_RASM = {
    **dict.fromkeys("بتثٮنںئ", "B"), **dict.fromkeys("جحخ", "H"), **dict.fromkeys("دذ", "D"),
    **dict.fromkeys("رز", "R"), **dict.fromkeys("سش", "S"), **dict.fromkeys("صض", "C"),
    **dict.fromkeys("طظ", "T"), **dict.fromkeys("عغ", "E"), **dict.fromkeys("فقڡٯ", "F"),
    **dict.fromkeys("كکڪ", "K"), "ل": "L", "م": "M", **dict.fromkeys("هةھہۃ", "O"),
    **dict.fromkeys("وؤ", "W"), **dict.fromkeys("اأإآٱ", "A"), **dict.fromkeys("يىی", "B"),
}


def rasm_skeleton(word: str) -> str:
    """The dotless skeleton of a word; a final ي/ى/ی is its own class, hamza on the line is dropped."""
    letters = [c for c in word if c in _RASM]
    out = [_RASM[c] for c in letters]
    if letters and letters[-1] in "يىیئ":
        out[-1] = "Y"
    return "".join(out)


_ARABIZI_AR = {
    **dict.fromkeys("ءأإآؤئ", "2"), "ع": "3", "غ": "gh", "خ": "kh", "ح": "h", "ه": "h", "ط": "t", "ت": "t",
    "ص": "s", "س": "s", "ش": "sh", "ض": "d", "د": "d", "ذ": "z", "ز": "z", "ظ": "z", "ث": "th", "ق": "q",
    "ك": "k", "ج": "j", "ب": "b", "ر": "r", "ف": "f", "ل": "l", "م": "m", "ن": "n",
}
_ARABIZI_LATIN = (
    ("3'", ("gh",)), ("7'", ("kh",)), ("sh", ("sh",)), ("ch", ("sh",)), ("kh", ("kh",)), ("gh", ("gh",)),
    ("th", ("th", "t", "z")), ("dh", ("z",)), ("2", ("2", "q")), ("3", ("3",)), ("5", ("kh",)),
    ("6", ("t",)), ("7", ("h",)), ("8", ("gh", "q")), ("9", ("s", "q")), ("b", ("b",)), ("p", ("b",)),
    ("t", ("t",)), ("j", ("j",)), ("g", ("j", "gh", "q")), ("d", ("d",)), ("r", ("r",)), ("z", ("z",)),
    ("s", ("s",)), ("c", ("k", "s")), ("f", ("f",)), ("v", ("f",)), ("q", ("q",)), ("k", ("k", "q")),
    ("l", ("l",)), ("m", ("m",)), ("n", ("n",)), ("h", ("h",)), ("x", ("ks",)),
)


def arabizi_skeleton(word: str) -> str:
    """Consonant skeleton of an Arabic word for Arabizi lookup (long vowels and ة dropped)."""
    return "".join(_ARABIZI_AR.get(c, "") for c in word)


def arabizi_index_skeleton(word: str) -> str:
    """``arabizi_skeleton`` without a first hamza (alone or after the article): Arabizi writes it as a vowel."""
    skel = arabizi_skeleton(word)
    if word[:1] in "أإآ":
        return skel[1:]
    if word.startswith("ال") and word[2:3] in "أإآ":
        return "l" + skel[2:]
    return skel


def _arabizi_skeletons_latin(token: str) -> list[str]:
    """All consonant skeletons of a Latin Arabizi token (vowels, w and y dropped)."""
    options: list[tuple[str, ...]] = []
    i, low = 0, token.lower()
    while i < len(low):
        for src, dst in _ARABIZI_LATIN:
            if low.startswith(src, i):
                options.append(dst)
                i += len(src)
                break
        else:
            i += 1
    if len(options) > 10:
        return []
    return ["".join(combo) for combo in itertools.product(*options)][:64]


def _read_lexicon_file() -> tuple[list[str], list[str], set[str]]:
    """Entries, stop words and place names (no variants) from ``rasid/data/evasion_lexicon.txt``."""
    text = resources.files("rasid.data").joinpath("evasion_lexicon.txt").read_text(encoding="utf-8")
    entries, stop, places = [], [], set()
    in_places = False
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("##"):
            in_places = "place" in line.lower()
        if not line or line.startswith("#"):
            continue
        (stop if line.startswith("!") else entries).append(line.lstrip("!").strip())
        if in_places:
            places.update(fold_string(w) for w in line.split())
    return entries, stop, places


@cache
def load_lexicon() -> Lexicon:
    """Load and compile the evasion lexicon once (from the compiled cache when it is there)."""
    return cached("evasion", _build_lexicon)


def _build_lexicon() -> Lexicon:
    entries, stop_words, places = _read_lexicon_file()
    keys = frozenset(" ".join(fold_string(e).split()) for e in entries)
    stop = frozenset(fold_string(s) for s in stop_words)
    words: dict[str, str] = {}
    for entry in entries:
        for w in entry.split():
            words.setdefault(fold_string(w), w)
    blocked = keys | stop | frozenset(words)
    variants: dict[str, tuple[str, str, bool]] = {}
    for key, written in words.items():
        if key in places:
            continue
        plain = key.translate(_FOLD11)
        alone = key in keys
        if len(plain) >= 3 and plain[::-1] != plain:
            variants.setdefault(plain[::-1], (written, "reversed", not alone))
        if len(plain) >= 3:
            for v in _substitution_variants(plain):
                variants.setdefault(v, (written, "substitution", len(plain) < 4 or not alone))
            for v in _doubled_variants(plain):
                variants.setdefault(v, (written, "repetition", not alone))
    variants = {k: v for k, v in variants.items() if k not in blocked}
    skeletons: dict[str, set[str]] = {}
    arabizi: dict[str, set[str]] = {}
    for key, written in words.items():
        skeletons.setdefault(rasm_skeleton(written), set()).add(written)
        bare = written[2:] if written.startswith("ال") and len(written) > 4 else written
        arabizi.setdefault(arabizi_skeleton(bare), set()).add(bare)
    return Lexicon(keys, words, stop, variants, {k: frozenset(v) for k, v in skeletons.items()},
                   {k: frozenset(v) for k, v in arabizi.items() if len(k) >= 3},
                   _detector_automaton(variants, words))


def _detector_automaton(variants: dict[str, tuple[str, str, bool]], words: dict[str, str]) -> ahocorasick.Automaton:
    """Aho-Corasick over raw text: variant keys (folded and as written) and any letter written 3 times."""
    automaton = ahocorasick.Automaton()
    for key in variants:
        automaton.add_word(key, True)
    for written in words.values():
        for v in _substitution_variants(written) | {written[::-1]} | _doubled_variants(written):
            if fold_string(v).translate(_FOLD11) in variants:
                automaton.add_word(v, True)
    for o in range(0x0621, 0x064B):
        automaton.add_word(chr(o) * 3, False)
    automaton.make_automaton()
    return automaton


# --------------------------------------------------------------------------------------------------
# Result
# --------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class RepairedText:
    """The repaired text, its map back to the original, and the list of repairs."""

    original: str
    text: str
    map: MappedText
    repairs: list[Repair]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``[start, end)`` of the repaired text to a span of the original."""
        return self.map.span(start, end)


Edit = tuple[int, int, str]


@dataclass(slots=True)
class _Line:
    """Per-line context shared by the techniques."""

    text: str
    base: int
    foreign: bool
    dotless: bool
    _quranic: bool | None = None
    plain: bool = False   # the only whitespace is the plain space

    @property
    def quranic(self) -> bool:
        """Fully vocalized (Quranic or poetic) text keeps its marks; computed on first use."""
        if self._quranic is None:
            self._quranic = _is_quranic(self.text)
        return self._quranic


# --------------------------------------------------------------------------------------------------
# Line-level techniques (they may span several whitespace tokens)
# --------------------------------------------------------------------------------------------------


def _bidi_override_runs(line: _Line) -> list[tuple[int, int, list[Edit], str]]:
    """T7b: an LRO/RLO…PDF run around Arabic letters, reversed to reading order."""
    out: list[tuple[int, int, list[Edit], str]] = []
    if "\u202d" not in line.text and "\u202e" not in line.text:
        return out
    for m in _LRO_RUN.finditer(line.text):
        inner = m.group(1)
        if _LETTER_RE.search(inner):
            out.append((m.start(), m.end(), [(m.start(), m.end(), repair(inner[::-1]).text)], "bidi"))
    return out


def _spaced_letter_runs(line: _Line, lex: Lexicon) -> list[tuple[int, int, list[Edit], str]]:
    """T4/T5: single letters separated by spaces or one separator, joined on a lexicon hit."""
    out: list[tuple[int, int, list[Edit], str]] = []
    if not _SPACED_PRE.search(line.text):
        return out
    for m in _SPACED_RUN.finditer(line.text):
        run, at = m.group(0), m.start()
        if _quoted_abbreviation(line.text, m.start(), m.end()):
            continue
        found = _SPACED_CACHE.get(run)
        if found is None:
            letters = [at + i for i, c in enumerate(run) if _char_class(c) == "L"]
            read = [False]
            found = []
            for s, e in _sub_runs(line.text, letters, lex, read):
                span = line.text[s:e]
                edits = [(s - at + i, s - at + i + 1, "") for i, c in enumerate(span) if _char_class(c) != "L"]
                kind = "spaced-letters" if not any(c in _SEP_SET for c in span) else "separator"
                found.append((s - at, e - at, edits, kind))
            if not read[0]:   # no neighbour word was read: the result depends on the run alone
                _cache_budget(len(run))
                _SPACED_CACHE[run] = found
        out.extend((at + s, at + e, [(at + a, at + b, r) for a, b, r in edits], kind) for s, e, edits, kind in found)
    return out


_OPEN_QUOTES = "«\"“'(["
_CLOSE_QUOTES = "»\"”')]"


def _quoted_abbreviation(text: str, start: int, end: int) -> bool:
    """Two or three dotted letters in quotes or brackets (``«ق.س.د»``): an abbreviation quoted as written."""
    span = text[start:end]
    return (0 < start and end < len(text) and text[start - 1] in _OPEN_QUOTES and text[end] in _CLOSE_QUOTES
            and "." in span and sum(_char_class(c) == "L" for c in span) <= 3)


def _sub_runs(text: str, letters: list[int], lex: Lexicon, read: list[bool]) -> list[tuple[int, int]]:
    """Non-overlapping runs of these single letters that join into lexicon words, longest first.
    ``read[0]`` is set when a neighbour word was read."""
    found = _best_sub_run(text, letters, lex, read)
    if not found:
        return []
    i, j = found
    left, right = _sub_runs(text, letters[:i], lex, read), _sub_runs(text, letters[j:], lex, read)
    return [*left, (letters[i], letters[j - 1] + 1), *right]


def _best_sub_run(text: str, letters: list[int], lex: Lexicon, read: list[bool]) -> tuple[int, int] | None:
    """Indices ``(i, j)`` of the longest run of ≥3 letters whose join is in the lexicon."""
    n = len(letters)
    if n < 3:
        return None
    pairs = [(0, n)] if n > 16 else sorted(
        ((i, j) for i in range(n) for j in range(i + 3, n + 1)), key=lambda p: (p[0] - p[1], p[0]))
    whole = fold_string("".join(text[k] for k in letters))
    if n >= 4 and not _alphabet_run(whole) and vocab.score(whole) >= vocab.RUN_MIN:
        return 0, n   # the whole run spells one frequent word
    opening, closing = _phrase_edges(lex)
    for i, j in pairs:
        word = "".join(text[k] for k in letters[i:j])
        key = fold_string(word)
        if len(key) < 2:
            continue
        if lex.hit(key):
            return i, j
        if key in opening or key in closing:   # else no multi-word entry can take a neighbour word
            read[0] = True
            prev, nxt = _neighbour_words(text, letters[i], letters[j - 1] + 1)
            if lex.hit_context(word, prev, nxt):
                return i, j
    return None


def _arabizi_tokens(line: _Line, lex: Lexicon) -> list[tuple[int, int, list[Edit], str]]:
    """T12: a Latin token with Arabizi digits that transliterates to a lexicon word."""
    out = []
    seen: set[int] = set()
    for m in _ARABIZI_HIT.finditer(line.text):
        s, e = _token_bounds(line.text, m.start())
        if s in seen:
            continue
        seen.add(s)
        core = _LATIN_TOKEN.match(line.text, s)
        if not core or _URLISH.search(line.text[s:e]):
            continue
        cs, ce = core.start(), core.end()
        found = _arabizi_lookup(core.group(0), lex)
        article = re.search(r"(?i)(?:^|(?<=\s))(el|al|il) $", line.text[max(0, cs - 4):cs])
        token = ("al" if article else "") + core.group(0)
        general = _vocab_arabizi(token)
        if general and article and not general.startswith("ال"):
            general = None
        if general and (not found or _arabizi_distance(general, token) < _arabizi_distance(found, token)):
            start = cs - len(article.group(0)) if article else cs
            out.append((start, ce, [(start, ce, general)], "arabizi"))
            continue
        if not found:
            continue
        art = re.match(r"(?i)(el|al|il)[- ]?", core.group(0))
        prev = re.search(r"(?i)(?:^|(?<=\s))(el|al|il) $", line.text[max(0, cs - 4):cs])
        if prev:
            cs -= len(prev.group(0))
        elif art and not _arabizi_lookup(core.group(0), lex, article=False):
            prev = art
        word = ("ال" if prev and not found.startswith("ال") else "") + found
        out.append((cs, ce, [(cs, ce, word)], "arabizi"))
    return out


def _arabizi_lookup(token: str, lex: Lexicon, article: bool = True) -> str | None:
    """The unique lexicon word whose consonant skeleton matches the Latin token."""
    cands: set[str] = set()
    bodies = [token]
    m = re.match(r"(?i)(el|al|il)[- ]?", token)
    if article and m and len(token) > len(m.group(0)) + 2:
        bodies.append(token[m.end():])
    for body in bodies:
        for skel in _arabizi_skeletons_latin(body):
            cands |= lex.arabizi.get(skel, frozenset())
        if cands:
            break
    if not cands:
        return None
    target = _latin_shape(token)
    ranked = sorted(cands, key=lambda w: (_levenshtein(_romanize(w), target), len(w), w))
    if len(ranked) > 1 and _levenshtein(_romanize(ranked[0]), target) == _levenshtein(_romanize(ranked[1]), target):
        return None
    return ranked[0]


_ARABIZI_WORD = re.compile(r"(?i)(?=.*[aeiou])[a-z]*[235-9](?:'?[a-z]+[235-9]?)+|[235-9]'?[a-z]+")


def _vocab_arabizi(token: str) -> str | None:
    """A Latin token with Arabizi digits (``3askar``, ``7ezb``) read as the frequent vocabulary word whose
    romanization is nearest to it (uniquely). The token needs a vowel, four characters, no upper-case-only
    spelling and no run of digits (``MP3``, ``iphone13``, ``B52`` stay)."""
    if len(token) < 4 or token.isupper() or not _ARABIZI_WORD.fullmatch(token):
        return None
    token = re.sub(r"([a-z])\1", r"\1", token.lower())   # a doubled letter writes a shadda or a long vowel
    ranked = []
    skeletons = set(_arabizi_skeletons_latin(token))
    skeletons |= {k[1:] for k in skeletons if k[:1] == "2"} | {"l" + k[2:] for k in skeletons if k[:2] == "l2"}
    for skel in skeletons:
        if len(skel) < 3:
            continue
        for s, word in vocab.skeleton_words(skel, "arabizi"):
            if s >= vocab.VARIANT_MIN:
                ranked.append((_arabizi_distance(vocab.spelling(word), token), -s, word))
    if not ranked:
        return None
    ranked.sort()
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0] and ranked[1][2] != ranked[0][2] and -ranked[1][1] > -ranked[0][1] - 5:
        return None   # as near, and about as frequent
    return vocab.spelling(ranked[0][2])


_ROMAN = {**_ARABIZI_AR, "ع": "3", "ح": "7", "خ": "5", "ط": "6", "ا": "a", "ى": "a", "ة": "a", "و": "u", "ي": "i"}


def _romanize(word: str) -> str:
    """A rough Arabizi spelling of an Arabic word, for ranking candidates."""
    return "".join(_ROMAN.get(c, "") for c in word)


def _latin_shape(token: str) -> str:
    """A Latin token with its vowels reduced to a/i/u."""
    return token.lower().replace("e", "i").replace("o", "u").replace("'", "")


def _arabizi_target(token: str) -> str:
    """An Arabizi token in the letters of ``_romanize`` (article al-, short vowels a/i/u, w→u, y→i, no first 2)."""
    return re.sub("^(al|)2", r"\1", re.sub("^il", "al", _latin_shape(token).replace("w", "u").replace("y", "i")))


def _arabizi_distance(word: str, token: str) -> float:
    """How far an Arabic word's romanization is from an Arabizi token (a first hamza-alef reads as a vowel)."""
    roman = _romanize(word)
    if word[:1] in "أإآ":
        roman = ("i" if word[0] == "إ" else "a") + roman[1:]
    elif word.startswith("ال") and word[2:3] in "أإآ":
        roman = "al" + ("i" if word[2] == "إ" else "a") + roman[3:]
    return _vowel_distance(roman, _arabizi_target(token))


def _vowel_distance(roman: str, target: str) -> float:
    """Edit distance from a romanized word to an Arabizi token where a short vowel the token writes and the
    Arabic spelling leaves out costs 0.3."""
    row = [0.0]
    for cb in target:
        row.append(row[-1] + (0.3 if cb in "aiu" else 1))
    for ca in roman:
        prev, row[0] = row[0], row[0] + 1
        for j, cb in enumerate(target, 1):
            sub = 0 if ca == cb else 0.2 if ca + cb in _ARABIZI_ALIKE else 1
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + (0.3 if cb in "aiu" else 1), prev + sub)
    return round(row[-1], 1)


# Romanized letter → Arabizi letter pairs that spell the same sound (ق as 2, ص as 9, ط as t, ح as h, ذ as th …).
_ARABIZI_ALIKE = frozenset({"q2", "s9", "6t", "7h", "zt", "dz"})


def _levenshtein(a: str, b: str) -> int:
    """Edit distance (short strings only)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


# --------------------------------------------------------------------------------------------------
# Token-level techniques
# --------------------------------------------------------------------------------------------------


class _Token:
    """A whitespace token being repaired: one output string per original character."""

    __slots__ = ("text", "start", "cls", "out", "spans", "kinds", "stuffed", "e1", "line", "context", "_letters",
                 "_attached", "classes")

    def __init__(self, line: _Line, start: int, end: int) -> None:
        self.line = line
        self.text = line.text[start:end]
        self.start = start
        self.cls = [_char_class(c) for c in self.text]
        self.classes = "".join(self.cls)   # for fast membership tests
        self._letters: list[int] | None = None
        self._attached: list[bool] | None = None
        self.out = list(self.text)
        self.spans: dict[int, int] = {}
        self.kinds: set[str] = set()
        self.stuffed = False
        self.e1 = False
        self.context: tuple[str, str] | None = None   # neighbour words, computed on first use

    def neighbours(self) -> tuple[str, str]:
        """The folded words before and after the token (for multi-word entries)."""
        if self.context is None:
            self.context = _neighbour_words(self.line.text, self.start, self.start + len(self.text))
        return self.context

    def set(self, k: int, value: str, kind: str) -> None:
        if self.out[k] != value:
            self.out[k] = value
            self.kinds.add(kind)

    def letters(self) -> list[int]:
        """Indices of the Arabic letters (the classes never change; callers must not modify the list)."""
        if self._letters is None:
            self._letters = [k for k, c in enumerate(self.cls) if c == "L"]
        return self._letters

    def edits(self) -> list[Edit]:
        """Per-character edits in line coordinates (span rewrites as one edit)."""
        out: list[Edit] = []
        k, n = 0, len(self.text)
        while k < n:
            if k in self.spans:
                e = self.spans[k]
                out.append((self.start + k, self.start + e, self.out[k]))
                k = e
                continue
            if self.out[k] != self.text[k]:
                out.append((self.start + k, self.start + k + 1, self.out[k]))
            k += 1
        return out


def _attached(tok: _Token) -> list[bool]:
    """Which marks sit on a letter (as opposed to on a tatweel or on nothing)."""
    if tok._attached is not None:
        return tok._attached
    flags = tok._attached = [False] * len(tok.cls)
    if "M" not in tok.classes:
        return flags
    carrier = False
    for k, c in enumerate(tok.cls):
        if c == "M":
            flags[k] = carrier
        else:
            carrier = c == "L"
    return flags


def _gaps(tok: _Token) -> list[tuple[int, int]]:
    """Runs of non-letter characters strictly between two letters (marks on letters excluded)."""
    attached = _attached(tok)
    gaps, last = [], None
    for k, c in enumerate(tok.cls):
        if c == "L":
            if last is not None and k > last + 1:
                s = last + 1
                while s < k and attached[s]:
                    s += 1
                if s < k:
                    gaps.append((s, k))
            last = k
    return gaps


def _map_presentation_forms(tok: _Token) -> None:
    """T9: presentation forms and lam-alef ligatures to base letters."""
    if not _PRESENTATION_RE.search(tok.text):
        return
    for k, ch in enumerate(tok.text):
        if ch in _PRESENTATION:
            tok.set(k, _PRESENTATION[ch], "presentation-form")


def _fold_homoglyphs(tok: _Token, lex: Lexicon) -> None:
    """T10: Persian/Urdu look-alike letters to Arabic ones (Arabic context only)."""
    if tok.line.foreign or not _HOMOGLYPH_RE.search(tok.text):
        return
    for k, ch in enumerate(tok.text):
        if ch in _HOMOGLYPH:
            tok.set(k, _HOMOGLYPH[ch], "homoglyph")
    for k, ch in enumerate(tok.text):
        if ch == "\u06cc" and (k + 1 == len(tok.cls) or tok.cls[k + 1] not in "LM"):
            word_start = k
            while word_start > 0 and tok.cls[word_start - 1] in "LMT":
                word_start -= 1
            word = fold_string("".join(tok.out[word_start:k]))
            if lex.final_alef_maqsura(word):
                tok.set(k, "ى", "homoglyph")


def _delete_tatweel(tok: _Token) -> None:
    """T2: every tatweel goes."""
    if "T" not in tok.classes:
        return
    for k, c in enumerate(tok.cls):
        if c == "T":
            tok.set(k, "", "tatweel")


def _delete_invisible(tok: _Token, k: int) -> None:
    """T6/T7a: drop an invisible or bidi character (ZWNJ/ZWJ stay in Persian/Kurdish/Urdu)."""
    c = tok.cls[k]
    if c == "I" and not (tok.line.foreign and tok.text[k] in "\u200c\u200d"):
        tok.set(k, "", "invisible")
    elif c == "B":
        tok.set(k, "", "bidi")


def _classify_gaps(tok: _Token) -> list[tuple[int, int]]:
    """E1 gaps are repaired here; E2 gaps (needing the lexicon) are returned."""
    pending = []
    for s, e in _gaps(tok):
        kinds = set(tok.cls[s:e])
        if "M" in kinds:
            tok.stuffed = True
        if kinds & {"P", "O"}:
            continue
        if kinds <= {"T", "M", "I", "B"}:
            for k in range(s, e):
                _delete_invisible(tok, k)
        elif "T" in kinds and kinds & {"S", "Y", "W", "X"} and not kinds & {"D", "A"}:
            tok.e1 = True
            for k in range(s, e):
                tok.set(k, "", "split-word")
        else:
            if "Y" not in kinds:
                for k in range(s, e):
                    _delete_invisible(tok, k)
            pending.append((s, e))
    return pending


def _propagate_e1(tok: _Token, pending: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """E1 propagation: once the token is split on purpose, its bare separators go too."""
    if not tok.e1:
        return pending
    hashtag = tok.text.startswith("#")
    rest = []
    for s, e in pending:
        core = [tok.text[k] for k in range(s, e) if tok.cls[k] in "SXW"]
        bare = set(tok.cls[s:e]) <= {"S", "T", "I", "B", "M"}
        if bare and core and not (hashtag and "_" in core):
            for k in range(s, e):
                tok.set(k, "", "split-word")
        else:
            rest.append((s, e))
    return rest


def _gap_options(tok: _Token, s: int, e: int) -> tuple[list[str], str]:
    """Replacement candidates for the junk of an E2 gap, and the repair kind."""
    core = "".join(tok.text[k] for k in range(s, e) if tok.cls[k] not in "TIBM")
    kinds = {tok.cls[k] for k in range(s, e) if tok.cls[k] not in "TIBM"}
    if not core:
        return [""], "separator"
    if kinds <= {"S", "Y", "X", "I"} and core != "|":
        kind = "symbol-in-word" if "Y" in kinds else "spaced-letters" if kinds == {"X"} else "separator"
        return [""], kind
    options = _INWORD_MAP.get(core) or _INWORD_MAP.get(core.lower())
    return (list(options), "arabizi") if options else ([], "")


def _edge_gaps(tok: _Token) -> list[tuple[int, int, str]]:
    """Digits or Latin letters glued to the first/last letter (``lلقذائف``, ``حزب اللh``)."""
    letters = tok.letters()
    if not letters:
        return []
    out = []
    first, last = letters[0], letters[-1]
    s = first
    while s > 0 and (tok.cls[s - 1] in "DA" or tok.text[s - 1] == "|"):
        s -= 1
    if 0 < first - s <= 2 and (s == 0 or tok.cls[s - 1] in "PW"):
        out.append((s, first, "lead"))
    e = last + 1
    while e < len(tok.cls) and tok.cls[e] in "MT":
        e += 1
    g = e
    while g < len(tok.cls) and tok.cls[g] in "DA":
        g += 1
    if 0 < g - e <= 2 and (g == len(tok.cls) or tok.cls[g] in "PSW"):
        out.append((e, g, "trail"))
    return out


_MAX_E2_GAPS = 64  # a spelt-out phrase has a dozen; a mile-long dotted run is no word (keeps repair linear)


def _current(tok: _Token, s: int, e: int) -> str:
    return "".join(tok.out[s:e])


def _resolve_e2_gaps(tok: _Token, pending: list[tuple[int, int]], lex: Lexicon) -> None:
    """T3/T5/T13/T15: join pieces across E2 gaps when the joined word is in the lexicon.

    A token with more than _MAX_E2_GAPS gaps is a flood («ق.ق.ق.…»), not a disguised phrase: left as it is."""
    edges = _edge_gaps(tok)
    if not pending and not edges or len(pending) > _MAX_E2_GAPS:
        return
    letters = tok.letters()
    if pending and not edges and _quoted_abbreviation(tok.text, letters[0], letters[-1] + 1):
        return
    bounds = [letters[0]] + [e for _, e in pending]
    ends = [s for s, _ in pending] + [letters[-1] + 1]
    pieces = list(zip(bounds, ends))
    gaps = list(pending)
    lead = next(((s, e) for s, e, w in edges if w == "lead"), None)
    trail = next(((s, e) for s, e, w in edges if w == "trail"), None)
    if lead:
        pieces.insert(0, (lead[0], lead[0]))
        gaps.insert(0, lead)
    if trail:
        pieces.append((trail[1], trail[1]))
        gaps.append(trail)
    options = [_gap_options(tok, s, e) for s, e in gaps]
    for g in (0, len(gaps) - 1):   # an edge glyph stands for a letter: it is no separator between two pieces
        if (g == 0 and lead) or (g == len(gaps) - 1 and trail):
            options[g] = ([o for o in options[g][0] if o], options[g][1])
    i, n = 0, len(pieces)
    while i < n - 1:
        i = _join_from(tok, pieces, gaps, options, i, lex)


def _join_from(tok: _Token, pieces, gaps, options, i: int, lex: Lexicon) -> int:
    """Try the longest join of pieces starting at ``i`` (a lexicon hit, else the most frequent vocabulary
    word); return the next piece index."""
    n = len(pieces)
    for j in range(min(n - 1, i + 12), i, -1):
        opts = [options[g][0] for g in range(i, j)]
        if any(not o for o in opts) or sum(len(o) > 1 for o in opts) > 4:
            continue
        best: tuple[int, tuple[str, ...]] | None = None
        for combo in itertools.product(*opts):
            word = _current(tok, *pieces[i]) + "".join(
                c + _current(tok, *pieces[g + 1]) for g, c in zip(range(i, j), combo))
            if _hit_in_context(lex, word, tok, i == 0, j == n - 1) and not _words_apart(tok, pieces, options, i, j):
                best = (1 << 30, combo)
                break
            found = _vocab_join(tok, pieces, gaps, options, i, j, combo, word)
            if found and (best is None or found > best[0]):
                best = (found, combo)
        if best is not None:
            for g, c in zip(range(i, j), best[1]):
                _apply_gap(tok, gaps[g], c, options[g][1])
            return j
    return i + 1


def _words_apart(tok: _Token, pieces, options, i: int, j: int) -> bool:
    """Very frequent words set apart by exotic spaces only (``إلى\u00a0من`` is no «اليمن»): a lexicon hit
    does not join them; the vocabulary, with its margin, decides."""
    return all(options[g][1] == "spaced-letters" for g in range(i, j)) and all(
        vocab.function_like(_current(tok, *pieces[g])) for g in range(i, j + 1))


_ABJAD_ORDERS = ("ابتثجحخدذرزسشصضطظعغفقكلمنهوي", "ابجدهوزحطيكلمنسعفصقرشتثخذضظغ")
_PLAIN_KEY = re.compile(f"[{_BASIC_LETTERS}]+")


def _alphabet_run(key: str) -> bool:
    """Letters in alphabetical or abjad order (``أ ب ج د``): a list, not a disguised word."""
    return any(key in order for order in _ABJAD_ORDERS)


# Junk that honest text does not put between two words without a space; with only such gaps a join needs no
# margin over its pieces. Other junk (``.``, ``-``, ``/``, ``…``, emoji, exotic spaces) does sit between words,
# and two words joined can make a word (``يا🌹رب``, ``و/أو``, ``عبد الله`` with a thin space): there the margin
# is asked when the first piece is a very frequent word, the start of such compounds; NBSP always asks it.
_STRONG_JUNK = frozenset("*•+~^=¦·")


def _vocab_join(tok: _Token, pieces, gaps, options, i: int, j: int, combo: tuple[str, ...], word: str) -> int:
    """The vocabulary score of joining pieces ``i..j`` (0: no join; higher for a word found as written): the
    result is a frequent word and, unless every gap is a mapped letter or strong junk and when the first piece is
    a very frequent word, much more frequent than its pieces.

    A join that maps a digit or Latin letter needs four letters (``ال5`` is no ``الخ``); single letters need four
    and must not be in alphabetical order (``أ.ب.ج.د``, ``ج.م.ع``)."""
    key = fold_string(word)
    if not _PLAIN_KEY.fullmatch(key):
        return 0
    parts = [_current(tok, *pieces[g]) for g in range(i, j + 1)]
    single = all(len(p) <= 1 for p in parts)
    if len(key) < 4 and (single or any(options[g][1] == "arabizi" for g in range(i, j))):
        return 0
    if single and _alphabet_run(key):
        return 0
    if combo[-1] and j == len(pieces) - 1 and parts[-1] == "" and key[:-1].endswith("ال"):
        return 0   # a digit after the article is a number: «ال5», «وال3»
    junk = [tok.text[k] for g, c in zip(range(i, j), combo) if not c for k in range(*gaps[g])
            if tok.cls[k] not in "TIBM"]
    nbsp = any(ch in "\u00a0\u202f" for ch in junk)
    if nbsp and ("D" in tok.classes or "A" in tok.classes):
        return 0   # a space before a code (``شو م2``) is no disguise
    margin = nbsp or (
        any(ch not in _STRONG_JUNK for ch in junk) and vocab.function_like(parts[0]))
    found = vocab.join_ok(key, parts, margin=margin)
    return 2 * found + (key in vocab.load_vocabulary()) if found else 0


def _apply_gap(tok: _Token, gap: tuple[int, int], replacement: str, kind: str) -> None:
    """Replace the junk of a gap (tatweel, invisibles and junk) with ``replacement``."""
    s, e = gap
    junk = [k for k in range(s, e) if tok.cls[k] not in "M"]
    for n, k in enumerate(junk):
        tok.set(k, replacement if n == 0 else "", kind)
    if len(replacement) and len(junk) > 1:
        tok.spans[junk[0]] = junk[-1] + 1
        for k in junk[1:]:
            tok.out[k] = ""


def _strip_stuffed_diacritics(tok: _Token) -> None:
    """T14: a token with an impossible mark loses all its marks."""
    if not (tok.stuffed and not tok.line.quranic) and not _impossible_marks(tok):
        return
    for k, c in enumerate(tok.cls):
        if c == "M":
            tok.set(k, "", "diacritic-stuffing")


def _impossible_marks(tok: _Token) -> bool:
    """Internal tanween, two vowels on one letter, shadda/sukun on alef, or stray Quranic marks."""
    letters = tok.letters()
    attached = _attached(tok)
    for n, k in enumerate(letters):
        marks = []
        j = k + 1
        while j < len(tok.cls) and tok.cls[j] == "M" and attached[j]:
            marks.append(tok.text[j])
            j += 1
        if not marks:
            continue
        if sum(m in _SHORT_VOWELS for m in marks) > 1:
            return True
        following = _following_letters(tok, letters, n)
        if any(m in _TANWEEN for m in marks) and following.strip("اى"):
            return True
        if not tok.line.quranic and (
            (tok.out[k] in "اىآ" and any(m in _SHADDA_SUKUN for m in marks))
            or any(m in _QURANIC_MARKS for m in marks)
        ):
            return True
    return False


def _following_letters(tok: _Token, letters: list[int], n: int) -> str:
    """The letters after letter ``n`` in the same (repaired) word."""
    out = []
    for a, b in zip(letters[n:], letters[n + 1:]):
        if any(tok.out[k] and tok.cls[k] != "M" for k in range(a + 1, b)):
            break
        out.append(tok.out[b])
    return "".join(out)


def _words(tok: _Token) -> list[list[int]]:
    """Letter indices of each repaired word in the token."""
    words: list[list[int]] = []
    current: list[int] = []
    last = None
    for k in tok.letters():
        if last is not None and any(tok.out[j] and tok.cls[j] != "M" for j in range(last + 1, k)):
            words.append(current)
            current = []
        current.append(k)
        last = k
    if current:
        words.append(current)
    return words


def _redot(tok: _Token, words: list[list[int]], lex: Lexicon) -> None:
    """T11: re-dot a word with rasm-only code points via the lexicon's skeleton index."""
    for idx in words:
        word = "".join(tok.out[k] for k in idx)
        rasm = any(c in "\u066e\u066f\u06a1" or (c == "\u06ba" and not tok.line.foreign) for c in word)
        dotless_only = tok.line.dotless and all(c in "اأإحدرسصطعكلمهوىءٮٯڡں" for c in word)
        if not (rasm or dotless_only) or lex.hit(fold_string(word)):
            continue
        found = _skeleton_lookup(word, lex) or _vocab_redot(word)
        if found and found != word:
            _rewrite_word(tok, idx, found, "dotless")


def _skeleton_lookup(word: str, lex: Lexicon) -> str | None:
    """The unique lexicon word with this rasm skeleton, proclitics allowed."""
    skel = rasm_skeleton(word)
    for p in ("",) + _PROCLITICS:
        ps = rasm_skeleton(p) if p else ""
        if not skel.startswith(ps) or len(skel) - len(ps) < 2:
            continue
        rest = skel[len(ps):]
        if p and rest.startswith("Y"):
            continue
        found = lex.skeletons.get(rest)
        if found and len(found) == 1:
            return p + next(iter(found))
    return None


_KEEP_DOTTED = frozenset("أإآؤئة")


# What a letter of a dotless spelling can stand for (any other letter stands for itself, up to hamza and ة).
_DOTLESS_READINGS = {
    "ٮ": "بتثنيئ", "ں": "ن", "ٯ": "ق", "ڡ": "فق", "ى": "ىي", "ح": "حجخ", "د": "دذ", "ر": "رز", "س": "سش",
    "ص": "صض", "ط": "طظ", "ع": "عغ", "ه": "هة",
}


def _dotless_reading(word: str, spelt: str) -> bool:
    """Can ``spelt`` be what the dotless ``word`` stands for, letter for letter?"""
    return len(word) == len(spelt) and all(
        v in _DOTLESS_READINGS.get(w, "") or w.translate(vocab.FOLD) == v.translate(vocab.FOLD)
        for w, v in zip(word, spelt))


def _vocab_redot(word: str) -> str | None:
    """The most frequent word of the vocabulary that the dotless ``word`` can stand for, unless another is as
    frequent; behind a one-letter proclitic only when the whole word has no reading. The writer's hamza and ة
    are kept."""
    for prefix in ("", "و", "ف", "ب", "ل", "ك"):
        if prefix and not _dotless_reading(word[:1], prefix):
            continue
        rest = word[len(prefix):]
        readings = [(s, vocab.spelling(w)) for s, w in vocab.skeleton_words(rasm_skeleton(rest), "rasm")]
        readings = [(s, w) for s, w in readings if _dotless_reading(rest, w)]
        if not readings:
            continue
        if len(readings) > 1 and readings[1][0] > readings[0][0] - vocab.SKELETON_MARGIN:
            return None
        spelt = prefix + readings[0][1]
        return "".join(w if w in _KEEP_DOTTED else v for w, v in zip(word, spelt))
    return None


def _rewrite_word(tok: _Token, idx: list[int], new: str, kind: str) -> None:
    """Write ``new`` over the letters ``idx`` (1:1 when lengths agree, else one span)."""
    if len(new) == len(idx):
        for k, ch in zip(idx, new):
            tok.set(k, ch, kind)
        return
    first, last = idx[0], idx[-1] + 1
    tok.out[first] = new
    tok.spans[first] = last
    for k in range(first + 1, last):
        tok.out[k] = ""
    tok.kinds.add(kind)


def _collapse_repetition(tok: _Token, words: list[list[int]], lex: Lexicon) -> None:
    """T17: runs of one letter collapsed to one (or two) when that gives a lexicon word."""
    for idx in words:
        word = "".join(tok.out[k] for k in idx)
        if lex.hit(fold_string(word)) or not re.search(r"(.)\1\1", word):
            continue
        for keep in (1, 2):
            drop = _run_excess(word, keep)
            cand = "".join(c for n, c in enumerate(word) if n not in drop)
            if lex.hit(fold_string(cand)):
                for n in drop:
                    tok.set(idx[n], "", "repetition")
                break


def _run_excess(word: str, keep: int) -> set[int]:
    """Positions beyond the first ``keep`` of every run of 3 or more equal letters."""
    drop: set[int] = set()
    for m in re.finditer(r"(.)\1{2,}", word):
        drop.update(range(m.start() + keep, m.end()))
    return drop


def _apply_variants(tok: _Token, words: list[list[int]], lex: Lexicon) -> None:
    """T8/T16/T17: a reversed, misspelt or doubled form of a lexicon word that is not itself a word."""
    for idx in words:
        word = "".join(tok.out[k] for k in idx)
        key = fold_string(word)
        if len(key) != len(idx) or len(key) < 3 or lex.hit(key) or key in lex.stop:
            continue
        if not any(key.translate(_FOLD11).endswith(v) for v in _variant_tails(key, lex)):
            continue
        found = _variant_lookup(key, lex, tok)
        if found:
            prefix, written, kind = found
            _rewrite_word(tok, idx, word[:len(prefix)] + written, kind)


def _variant_tails(key: str, lex: Lexicon) -> list[str]:
    """The suffixes of ``key`` (after 0–3 proclitic letters) that are variant keys."""
    plain = key.translate(_FOLD11)
    return [plain[i:] for i in range(min(4, len(plain) - 2)) if plain[i:] in lex.variants]


def _variant_lookup(key: str, lex: Lexicon, tok: _Token) -> tuple[str, str, str] | None:
    """(proclitic, lexicon word, kind) for a folded variant key, if any."""
    plain = key.translate(_FOLD11)
    for p in ("",) + _PROCLITICS:
        if not plain.startswith(p):
            continue
        rest = plain[len(p):]
        if rest in lex.stop or rest not in lex.variants:
            continue
        written, kind, phrase_only = lex.variants[rest]
        if p and kind == "reversed":
            continue
        if _hit_in_context(lex, p + written, tok, True, True, phrase_only=phrase_only):
            return p, written, kind
    return None


# Close-sound letter pairs a writer swaps on purpose (س/ص, ت/ط, ض/ظ, ذ/ز, ذ/د, ه/ح).
_SOUND_PAIRS = {"ت": "ط", "ط": "ت", "س": "ص", "ص": "س", "ذ": "زد", "ز": "ذ", "د": "ذ", "ض": "ظ", "ظ": "ض",
                "ه": "ح", "ح": "ه"}
_REPEATED = re.compile(f"([{_BASIC_LETTERS}])\\1+")
_VARIANT_CACHE: dict[str, tuple[str, tuple[tuple[int, str], ...], str] | None] = {}


def _vocab_variant(word: str) -> tuple[str, tuple[tuple[int, str], ...], str] | None:
    """(corrected word, its edits ``(index, replacement)``, kind) for a word of plain letters that is no word at
    all while one close-sound swap, or dropping a doubled consonant, gives a frequent one (longer runs are
    emphasis, ``مممتاز``; long vowels are stretched and doubled in names, ``جمييل``, ``مارييه``; a final هه is a
    stem and a pronoun, ``وجهه``)
    (a swap of ه/ح, common in names, needs a very frequent word or one of rasid's lexicons)."""
    if word in _VARIANT_CACHE:
        return _VARIANT_CACHE[word]
    found = None
    if len(word) >= 4 and not vocab.score(word.translate(vocab.FOLD)):
        cands: dict[str, tuple[str, tuple[tuple[int, str], ...], str]] = {}
        for i, ch in enumerate(word):
            for alt in _SOUND_PAIRS.get(ch, ""):
                cand = word[:i] + alt + word[i + 1:]
                cands[cand.translate(vocab.FOLD)] = (cand, ((i, alt),), "substitution")
        for m in _REPEATED.finditer(word):
            run = m.end() - m.start()
            if run == 2 and m.group(1) not in "اويى" and (m.group(1) != "ه" or m.end() < len(word)):
                cand = word[:m.start() + 1] + word[m.end():]
                cands[cand.translate(vocab.FOLD)] = (cand, ((m.start() + 1, ""),), "repetition")
        groups = ({k for k, v in cands.items() if v[2] == "substitution" and word[v[1][0][0]] not in "هح"},
                  {k for k, v in cands.items() if v[2] == "substitution" and word[v[1][0][0]] in "هح"},
                  {k for k, v in cands.items() if v[2] == "repetition"})
        ranked = [vocab.best_variant(groups[0], vocab.VARIANT_MIN, vocab.GENERAL_MIN),
                  vocab.best_variant(groups[1], vocab.VARIANT_MIN, 50),
                  vocab.best_variant(groups[2], vocab.REPEAT_MIN)]
        best = max((r for r in ranked if r), default=None)
        found = cands[best[1]] if best else None
    if len(_VARIANT_CACHE) > 1 << 16:
        _VARIANT_CACHE.clear()
    _VARIANT_CACHE[word] = found
    return found


def _vocab_variants(tok: _Token, words: list[list[int]], lex: Lexicon) -> None:
    """T16/T17 for ordinary words: an untouched word of plain letters corrected by the vocabulary."""
    for idx in words:
        if len(idx) < 4 or idx[-1] - idx[0] != len(idx) - 1 or any(tok.out[k] != tok.text[k] for k in idx):
            continue
        word = tok.text[idx[0]:idx[-1] + 1]
        key = fold_string(word)
        if lex.hit(key) or key in lex.stop:
            continue
        found = _vocab_variant(word)
        if found:
            for n, rep in found[1]:
                tok.set(idx[n], rep, found[2])


def _repair_token(tok: _Token, lex: Lexicon) -> None:
    """Run the token techniques in the order of evasion.md §1.3."""
    _map_presentation_forms(tok)
    _fold_homoglyphs(tok, lex)
    _delete_tatweel(tok)
    pending = _classify_gaps(tok)
    if tok.start == 0 and tok.line.base == 0 and tok.text[:1] == "\ufeff":
        tok.set(0, "", "invisible")
    pending = _propagate_e1(tok, pending)
    _resolve_e2_gaps(tok, pending, lex)
    _strip_stuffed_diacritics(tok)
    words = _words(tok)
    if tok.line.dotless or _RASM_RE.search(tok.text):
        _redot(tok, words, lex)
    if _TRIPLE_RE.search(tok.text):
        _collapse_repetition(tok, words, lex)
    _apply_variants(tok, words, lex)
    _vocab_variants(tok, words, lex)


# --------------------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------------------


def _token_bounds(text: str, pos: int) -> tuple[int, int]:
    """The whitespace-delimited token around ``pos``."""
    s = pos
    while s > 0 and text[s - 1] not in _WS_SET:
        s -= 1
    m = _WS_RE.search(text, pos)
    return s, (m.start() if m else len(text))


def _neighbour_words(text: str, start: int, end: int) -> tuple[str, str]:
    """Folded letter-only words before and after a span (for multi-word entries)."""
    before = _PREV_WORD.search(text, max(0, start - 40), start)
    after = _NEXT_WORD.match(text, end, end + 40)
    return (fold_string(before.group(1)) if before else "", fold_string(after.group(1)) if after else "")


def _phrase_edges(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """Keys that can open a multi-word entry (proclitics allowed) and keys that can close one."""
    cached = _PHRASE_EDGES.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1], cached[2]
    phrases = [k.split(" ") for k in lex.entries if " " in k]
    first = {w[0] for w in phrases}
    opening = set(first)
    for p in _PROCLITICS:
        opening.update(p + w for w in first)
        if p.endswith("لل"):
            opening.update(p + w[2:] for w in first if w.startswith("ال"))
    closing = frozenset(w[-1] for w in phrases)
    _PHRASE_EDGES[id(lex)] = (lex, frozenset(opening), closing)
    return frozenset(opening), closing


_PHRASE_EDGES: dict[int, tuple[Lexicon, frozenset[str], frozenset[str]]] = {}


def _hit_in_context(lex: Lexicon, word: str, tok: _Token, use_prev: bool, use_next: bool,
                    *, phrase_only: bool = False) -> bool:
    """``lex.hit_context(word, prev, nxt)`` with the token's neighbour words, read only when they can matter."""
    key = fold_string(word)
    if len(key) < 2:
        return False
    if not phrase_only and lex.hit(key):
        return True
    opening, closing = _phrase_edges(lex)
    use_next = use_next and key in opening
    use_prev = use_prev and key in closing
    if not (use_prev or use_next):
        return False
    prev, nxt = tok.neighbours()
    if use_next and nxt and lex.hit(f"{key} {nxt}"):
        return True
    return use_prev and bool(prev) and (f"{prev} {key}" in lex.entries or lex.hit(f"{prev} {key}"))


def _is_foreign(text: str) -> bool:
    """E3: does the line read as Persian, Kurdish or Urdu rather than Arabic?"""
    if _FOREIGN_LETTERS.search(text):
        return True
    return any(w in _FOREIGN_WORDS for w in text.split())


def _is_quranic(text: str) -> bool:
    """Fully vocalized (Quranic or poetic) text keeps its marks."""
    if _QURAN_HINT.search(text):
        return True
    marks = len(_MARK_RE.findall(text))
    return marks > 8 and marks * 2 >= len(_LETTER_RE.findall(text))


def _is_dotless_post(text: str) -> bool:
    """E3: several words with rasm-only code points make the whole line a dotless post."""
    return len(re.findall(f"\\S*[{_RASM_ONLY}]\\S*", text)) >= 2


def _candidate_tokens(line: _Line, hits: list[int]) -> list[tuple[int, int]]:
    """Token spans that need the token pipeline (glued across spaced T1 separators)."""
    text = line.text
    if not line.plain:
        spans = {_token_bounds(text, p) for p in hits}
    else:   # only plain spaces: the token around a (non-space) hit is found with rfind/find
        spans = set()
        end = -1
        for p in hits:
            if p < end:
                continue
            end = text.find(" ", p)
            if end < 0:
                end = len(text)
            spans.add((text.rfind(" ", 0, p) + 1, end))
    if line.dotless:
        spans.update((m.start(), m.end()) for m in re.finditer(f"[^{_WHITESPACE}]+", text))
    first = text.find(TATWEEL)
    if first >= 0:
        # A glue match holds a tatweel, starts at most 5 characters before one and ends at most 6 after
        # one; the scan is limited to that stretch (the look-behind still sees the text before it).
        last = text.rfind(TATWEEL)
        for m in _GLUE.finditer(text, max(0, first - 5), last + 8):
            if " " in m.group(0):
                spans.add((_token_bounds(text, m.start() - 1)[0], _token_bounds(text, m.end())[1]))
    if len(spans) < 2:
        return list(spans)
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged



def _stray_tatweel(text: str, s: int, e: int, claimed: list[tuple[int, int]]) -> list[tuple[int, int, list[Edit], str]]:
    """Tatweel runs of a token that a line-level repair only partly covers (tatweel always goes)."""
    return [(m.start(), m.end(), [(k, k + 1, "") for k in range(m.start(), m.end())], "tatweel")
            for m in re.finditer(TATWEEL + "+", text[:e]) if m.start() >= s
            and not _overlaps(claimed, m.start(), m.end())]


def _overlaps(claimed: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(s < ce and cs < e for cs, ce in claimed)


def _repair_line(text: str, base: int, hits: list[int], lex: Lexicon) -> list[tuple]:
    """All (word start, word end, edits, kind, repaired word or None, offset) of one line, in line
    coordinates (the edits relative to the offset; the repaired word given for token repairs)."""
    line = _Line(text, base, False, False, None, True)
    rare = _LINE_RARE.search(text) is not None   # one scan instead of the checks below, mostly
    if rare:
        line.plain = not _OTHER_WS.search(text)
        if "\u06cc" in text or "\u06a9" in text or "\u06ba" in text or "\u200c" in text or "\u06c1" in text:
            line.foreign = _is_foreign(text)
        line.dotless = _RASM_RE.search(text) is not None and _is_dotless_post(text)
    words: list[tuple] = []
    claimed: list[tuple[int, int]] = []
    found: list[tuple[int, int, list[Edit], str]] = []   # line-level techniques, in this order
    if rare and ("\u202d" in text or "\u202e" in text):
        found += _bidi_override_runs(line)
    if _SPACED_PRE.search(text):
        found += _spaced_letter_runs(line, lex)
    if _ARABIZI_HIT.search(text):
        found += _arabizi_tokens(line, lex)
    for item in found:
        if not _overlaps(claimed, item[0], item[1]):
            words.append((*item, None, 0))
            claimed.append((item[0], item[1]))
    for s, e in _candidate_tokens(line, hits):
        if claimed and _overlaps(claimed, s, e):
            words.extend((*item, None, 0) for item in _stray_tatweel(text, s, e, claimed))
            continue
        item = _token_repair(line, s, e, lex)
        if item is not None:
            cs, ce, rel, kind, repaired = item
            words.append((s + cs, s + ce, rel, kind, repaired, s))
    return words


# Token results, keyed by the token and the line facts its repair reads. A token whose repair read its
# neighbour words keeps one result per pair of neighbours (the read depends only on the key: the same key
# always takes the same path up to that read).
_TOKEN_CACHE: dict[tuple, tuple | None | dict] = {}
_CACHE_BUDGET = [1 << 21]   # characters of keys the caches may still take before they are emptied
_TOKEN_CACHE_LEX: list[Lexicon] = []
_SPACED_CACHE: dict[str, list[tuple[int, int, list[Edit], str]]] = {}   # spaced run → its joins


def _cache_budget(chars: int) -> None:
    """Charge a new cache key of ``chars`` characters; empty both caches when the budget is spent."""
    _CACHE_BUDGET[0] -= chars + 16
    if _CACHE_BUDGET[0] < 0:
        _TOKEN_CACHE.clear()
        _SPACED_CACHE.clear()
        _CACHE_BUDGET[0] = 1 << 21


def _caches_for(lex: Lexicon) -> None:
    """Empty the result caches when the lexicon is not the one they were filled with."""
    if not _TOKEN_CACHE_LEX or _TOKEN_CACHE_LEX[0] is not lex:
        _TOKEN_CACHE.clear()
        _SPACED_CACHE.clear()
        _TOKEN_CACHE_LEX[:] = [lex]
_M_CLASS_RE = re.compile("[" + "".join(
    chr(o) for o in range(0x0610, 0x0700) if unicodedata.category(chr(o)) in ("Mn", "Me")) + "]")
_NO_CONTEXT = object()


def _token_repair(line: _Line, s: int, e: int, lex: Lexicon) -> tuple[int, int, list[Edit], str, str] | None:
    """(word start, word end, edits, kind, repaired word) of the token ``line.text[s:e]`` relative to
    ``s``, or None."""
    text = line.text[s:e]
    quranic = line.quranic if _M_CLASS_RE.search(text) else None
    bom = s == 0 and line.base == 0 and text[:1] == "\ufeff"
    key = (text, line.foreign, line.dotless, quranic, bom)
    cached = _TOKEN_CACHE.get(key, _NO_CONTEXT)
    if type(cached) is dict:
        tok = _Token(line, s, e)
        ctx = tok.neighbours()
        found = cached.get(ctx, _NO_CONTEXT)
        if found is not _NO_CONTEXT:
            return found
    elif cached is not _NO_CONTEXT:
        return cached
    else:
        tok = _Token(line, s, e)
    _repair_token(tok, lex)
    edits = tok.edits()
    result = None
    if edits:
        cs, ce = _word_core(tok, edits)
        result = (cs - s, ce - s, [(a - s, b - s, r) for a, b, r in edits], _main_kind(tok.kinds),
                  _apply(line.text, cs, ce, edits))
    _cache_budget(len(text))
    if tok.context is None:
        _TOKEN_CACHE[key] = result
    else:
        _TOKEN_CACHE.setdefault(key, {})[tok.context] = result
    return result


def _word_core(tok: _Token, edits: list[Edit]) -> tuple[int, int]:
    """The disguised word: the edited characters widened over the letters around them."""
    s, e = edits[0][0] - tok.start, edits[-1][1] - tok.start
    while s > 0 and (tok.cls[s - 1] in "LM" or tok.out[s - 1] != tok.text[s - 1]):
        s -= 1
    while e < len(tok.cls) and (tok.cls[e] in "LM" or tok.out[e] != tok.text[e]):
        e += 1
    return tok.start + s, tok.start + e


def _main_kind(kinds: set[str]) -> str:
    return next((k for k in _KIND_PRIORITY if k in kinds), "tatweel")


def _apply(text: str, start: int, end: int, edits: list[Edit]) -> str:
    """The repaired form of ``text[start:end]`` under ``edits`` (line coordinates)."""
    out, pos = [], start
    for s, e, rep in edits:
        out.append(text[pos:s])
        out.append(rep)
        pos = e
    out.append(text[pos:end])
    return "".join(out)


_PLAIN_WORD = re.compile(f"[{_BASIC_LETTERS}]{{4,}}")   # maximal runs (a run cut by a mark is a superset hit)
_UNKNOWN_CACHE: dict[str, bool] = {}


def _unknown_word_hits(text: str) -> list[int]:
    """Starts of plain words that are no word at all but have a frequent close variant (T16/T17).

    Only the distinct words are looked at (and remembered), and their places found with ``str.find``."""
    words = set(_PLAIN_WORD.findall(text))
    if not words:
        return []
    voc = vocab.load_vocabulary()
    flagged = []
    for w in words:
        hit = _UNKNOWN_CACHE.get(w)
        if hit is None:
            if len(_UNKNOWN_CACHE) > 1 << 16:
                _UNKNOWN_CACHE.clear()
            hit = _UNKNOWN_CACHE[w] = w.translate(vocab.FOLD) not in voc and _vocab_variant(w) is not None
        if hit:
            flagged.append(w)
    hits = []
    for w in flagged:
        i = text.find(w)
        while i >= 0:
            hits.append(i)
            i = text.find(w, i + len(w))
    return hits


def _hit_positions(text: str, lex: Lexicon) -> list[int]:
    """Positions in ``text`` that may need repair (sorted; a superset of the real ones)."""
    hits = [m.start() for rx in _DETECTORS for m in rx.finditer(text)]
    hits.extend(_unknown_word_hits(text))
    hits.extend(m.start() for m in _SPACED_DETECTOR.finditer("\n" + text))
    n = len(text)
    for end, needs_boundary in lex.automaton.iter(text):
        if not needs_boundary or end + 1 == n or _char_class(text[end + 1]) not in "LM":
            hits.append(end)
    hits.sort()
    return hits


def _repair_once(text: str, lex: Lexicon, lines: list[tuple[int, int]] | None = None
                 ) -> tuple[list[Edit], list[Repair], list[int]]:
    """One pass over ``text`` (or only over the given sorted line spans): edits, repairs, and where the
    edited lines start once the edits are applied (line breaks are never edited)."""
    all_edits: list[Edit] = []
    repairs: list[Repair] = []
    bases: list[int] = []
    shift = 0
    hits = _hit_positions(text, lex) if lines is None else _hits_on_lines(text, lines, lex)
    i = 0
    while i < len(hits):
        base = text.rfind("\n", 0, hits[i]) + 1
        end = text.find("\n", hits[i])
        end = len(text) if end < 0 else end
        j = bisect.bisect_left(hits, end, i)
        line = text[base:end]
        found = _repair_line(line, base, [h - base for h in hits[i:j]], lex)
        if found:
            bases.append(base + shift)
            if len(found) > 1:
                found.sort(key=_item_start)   # items are disjoint: their starts differ
            for s, e, edits, kind, repaired, offset in found:
                off = base + offset
                all_edits += [(off + a, off + b, r) for a, b, r in edits]
                if repaired is None:
                    repaired = _apply(line, s, e, edits)
                shift += len(repaired) - (e - s)   # the item's span holds all its edits
                repairs.append(Repair(base + s, base + e, line[s:e], repaired, kind))
        i = j
    return all_edits, repairs, bases


def _item_start(item: tuple) -> int:
    return item[0]


def _hits_on_lines(text: str, lines: list[tuple[int, int]], lex: Lexicon) -> list[int]:
    """The hits of these lines of ``text`` (detection never crosses a line break, so the lines are
    scanned on their own, joined)."""
    joined = "\n".join(text[b:e] for b, e in lines)
    found = _hit_positions(joined, lex)
    hits: list[int] = []
    k, offset, n = 0, 0, len(found)
    for b, e in lines:
        stop = offset + e - b
        while k < n and found[k] <= stop:
            hits.append(found[k] - offset + b)
            k += 1
        offset = stop + 1
    return hits


def _line_spans(text: str, bases: list[int]) -> list[tuple[int, int]]:
    """The spans of the lines of ``text`` that start at ``bases``."""
    out = []
    for b in bases:
        end = text.find("\n", b)
        out.append((b, len(text) if end < 0 else end))
    return out


def _merge_repairs(source: str, mapped: MappedText, spans: list[tuple[int, int, str]]) -> list[Repair]:
    """One Repair per group of overlapping source spans, quoting the final repaired text."""
    merged: list[list] = []
    for s, e, kind in sorted(spans):
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
            merged[-1][2] = min(merged[-1][2], kind, key=_KIND_PRIORITY.index)
        else:
            merged.append([s, e, kind])
    out = []
    for s, e, kind in merged:
        i0, i1 = bisect.bisect_left(mapped.starts, s), bisect.bisect_left(mapped.starts, e)
        out.append(Repair(s, e, source[s:e], mapped.text[i0:i1], kind))
    return out


def repair(text: str) -> RepairedText:
    """Repair evasion spellings in ``text``; the result maps every character back to ``text``.

    Passes repeat until nothing changes (at most three), so that repair is idempotent even when
    one repair uncovers another (a reversed run next to an invisible character).
    """
    lex = load_lexicon()
    _caches_for(lex)
    edits, repairs, bases = _repair_once(text, lex)
    if not edits:
        return RepairedText(text, text, MappedText.identity(text), [])
    edits.sort()
    mapped = build(text, edits)
    spans = [(r.start, r.end, r.kind) for r in repairs]
    changed = _line_spans(mapped.text, bases)
    for _ in range(2):
        more, again, bases = _repair_once(mapped.text, lex, changed)
        if not more:
            break
        spans.extend((*mapped.span(r.start, r.end), r.kind) for r in again)
        more.sort()
        inner = build(mapped.text, more)
        changed = _line_spans(inner.text, bases)
        mapped = mapped.compose(inner)
    if len(spans) == len(repairs):
        return RepairedText(text, mapped.text, mapped, repairs)
    return RepairedText(text, mapped.text, mapped, _merge_repairs(text, mapped, spans))
