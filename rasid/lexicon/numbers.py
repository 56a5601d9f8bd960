"""Counts in folded Arabic text: digits, number words, duals, approximations and vague counts.

The text is already folded (``rasid.text.fold``): Arabic-Indic digits are ASCII, أ/إ/آ → ا, ى → ي, ة → ه.
Word lists live in ``rasid/data/numbers.yaml`` (folded on load); conventions in ``TIME_AND_NUMBERS.md``.
Digits that belong to dates, times, percentages, phone numbers, calibres, model and unit numbers
are not counts and are skipped; 4-digit years are reported with ``is_year`` set.
"""
from __future__ import annotations

import re
from dataclasses import astuple, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from rasid.lexicon.cache import cached_patterns
from rasid.text.clitics import proclitics
from rasid.text.fold import fold_string

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# Token classes of a number word.
UNIT, TEN, HUNDRED, SCALE, SCALE_DUAL, SCALE_PLURAL = "U", "T", "H", "S", "SD", "SP"


@dataclass(slots=True, frozen=True)
class NumberMention:
    """A count found in folded text; ``start:end`` covers the approximation words and the figure."""

    start: int
    end: int
    value: int | None
    approx: bool = False
    vague: str | None = None
    noun: str | None = None
    is_year: bool = False


def load_yaml(name: str) -> dict[str, Any]:
    """Load one of the package's data files."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(DATA_DIR / name, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)


def fold_key(phrase: str) -> str:
    """Fold a lexicon phrase the way the text is folded, with single spaces."""
    return " ".join(fold_string(str(phrase)).split())


def alternation(phrases: Any) -> str:
    """A regex alternation of folded phrases as a character trie (fast in ``re``); spaces match ``\\s+``."""
    trie: dict[str, Any] = {}
    for phrase in {fold_key(p) for p in phrases if str(p).strip()}:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    """Render a trie node; greedy optional tails make longer phrases win."""
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(child)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body


def normalize_spaces(text: str) -> str:
    """Collapse runs of white space (a matched phrase back to its lexicon key)."""
    return " ".join(text.split())


class _NumberLexicon:
    """The folded number vocabulary."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.words: dict[str, tuple[str, int]] = {}
        for cls, key in ((UNIT, "units"), (TEN, "tens"), (HUNDRED, "hundreds"), (SCALE, "scales"),
                         (SCALE_DUAL, "scale_duals"), (SCALE_PLURAL, "scale_plurals")):
            for value, forms in data[key].items():
                for form in forms:
                    self.words[fold_key(form)] = (cls, int(value))
        self.vague = {fold_key(f): label for label, forms in data["vague"].items() for f in forms}
        self.fallback = {str(k): int(v) for k, v in data["acled_fallback"].items()}
        self.duals = {fold_key(k): fold_key(v) for k, v in data["duals"].items()}
        self.ambiguous = {fold_key(k): fold_key(v) for k, v in data["dual_plural_ambiguous"].items()}
        self.construct_duals = [fold_key(w) for w in data["construct_duals"]]
        self.construct_corps = [fold_key(w) for w in data["construct_dual_corps"]]
        self.approx = [fold_key(a) for a in data["approx"]]
        self.model_prefixes = data["model_prefixes"]
        self.label_words = data["label_words"]
        self.measure_units = data["measure_units"]


@lru_cache(maxsize=1)
def lexicon() -> _NumberLexicon:
    """The number lexicon, loaded once."""
    return _NumberLexicon(load_yaml("numbers.yaml"))


DIGITS = r"\d{1,3}(?:[,\u066c]\d{3})+(?![\d,])|\d+(?:[.\u066b]\d+)?"
_CLITIC = r"(?:وب|فب|ول|فل|و|ف|ب|ل|ك)?"
_CONJ = r"(?:وب|فب|ول|فل|و|ف|ب|ل)?"
_ARTICLE_CLITIC = r"(?:وال|بال|فال|لل|ال|و|ف|ب|ل)?"


@dataclass(slots=True, frozen=True)
class _Patterns:
    mention: re.Pattern[str]
    after_skip: re.Pattern[str]
    before_skip: re.Pattern[str]
    year_before: re.Pattern[str]
    year_after: re.Pattern[str]
    noun: re.Pattern[str]
    phone: re.Pattern[str]


def _mention_pattern(lex: _NumberLexicon) -> re.Pattern[str]:
    """One pattern for every count form; named groups tell which form matched."""
    first = alternation(w for w, (cls, _) in lex.words.items() if cls != SCALE_PLURAL)
    word = alternation(lex.words)
    scale = alternation(w for w, (cls, _) in lex.words.items() if cls in (SCALE, SCALE_PLURAL))
    number = (rf"{_CLITIC}(?P<digits>(?:{DIGITS})(?:\s+(?:{scale})(?!\w))?)"
              rf"|{_CLITIC}(?P<words>(?:{first})(?!\w)(?:(?:\s+|\s*و\s*)(?:{word})(?!\w))*)")
    approx = rf"{_CLITIC}(?P<approx>{alternation(lex.approx)})\s+(?:ال)?"
    dual = rf"{_ARTICLE_CLITIC}(?P<dual>{alternation(lex.duals)})(?!\w)"
    ambiguous = (rf"{_ARTICLE_CLITIC}(?P<amb>{alternation(lex.ambiguous)})\s+(?:ال)?"
                 rf"(?:اثنين|اثنان)(?!\w)")
    construct = (rf"{_CONJ}(?P<construct>{alternation(lex.construct_duals)})"
                 rf"(?=\s+(?:{alternation(lex.construct_corps)})(?!\w))")
    vague = rf"{_CONJ}(?P<vague>{alternation(lex.vague)})(?!\w)"
    firsts = [fold_key(p).split()[0] for words in (lex.approx, lex.words, lex.duals, lex.ambiguous, lex.vague,
                                                     lex.construct_duals) for p in words]
    trigger = rf"(?=(?:وب|فب|ول|فل|وال|بال|فال|لل|ال|و|ف|ب|ل|ك)?(?:\d|{alternation(firsts)}))"
    return re.compile(rf"(?<![\w.,\u066b\u066c]){trigger}(?:(?:{approx})?(?:{number})|{ambiguous}|{construct}|{dual}|{vague})")


def _build_patterns(lex: _NumberLexicon) -> _Patterns:
    """Compile the mention pattern and the context checks around a figure."""
    from rasid.lexicon.time import month_alternation  # time imports this module at load

    month = month_alternation()
    after_skip = re.compile(
        r"\s*(?:%|\u066a|بالميه|بالمايه|في\s+الميه|في\s+المايه|:\d|[/.\-]\d"
        rf"|(?:{alternation(lex.measure_units)})(?!\w)|(?:من\s+)?(?:شهر\s+)?(?:{month})(?!\w))")
    before_skip = re.compile(
        rf"(?:[a-z]-?|[a-z]\s|\d[/.:\-]|\+|(?<!\w)(?:{alternation(lex.model_prefixes)})\s*-?\s*"
        rf"|(?<!\w)(?:{alternation(lex.label_words)})(?:\s+[^\W\d_]+)?\s+(?:ال)?|(?<!\w)(?:{month})\s*[,،]?\s*"
        r"|(?<!\w)ال(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)ه?\s+)$")
    year_before = re.compile(
        r"(?<!\w)(?:عام|العام|لعام|سنه|السنه|لسنه|منذ|في|حتي|خلال|مطلع|نهايه|بدايه|اواخر|اوايل)\s+$")
    year_after = re.compile(
        r"\s*(?:م|ه|ميلادي|للميلاد|هجري|هجريه)(?!\w)|\s*(?:[^\w\s]|$)"
        r"|\s+(?:و|ف)?(?:في|الي|حتي|من|عندما|حين|حيث|قبل|بعد|و)(?!\w)")
    return _Patterns(
        mention=_mention_pattern(lex),
        after_skip=after_skip,
        before_skip=before_skip,
        year_before=year_before,
        year_after=year_after,
        noun=re.compile(r"\s*(?:من\s+)?([^\W\d_]{2,})"),
        phone=re.compile(r"(?<![\w.])(?:\+|00)?\d[\d \-]{6,}\d(?!\w)"),
    )


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    """The compiled patterns, built once (their compiled programs kept in the lexicon cache)."""
    return _Patterns(*cached_patterns("counts", lambda: list(astuple(_build_patterns(lexicon())))))


_TOKEN = re.compile(r"\d[\d,.\u066b\u066c]*|[^\W\d_]+")
_MAX_DIGIT_TOKEN = 40  # longer digit runs (a 6,000-digit «999,999,…») are no count and overflow int()
_CLITICS = proclitics()


def _digit_value(token: str) -> float | None:
    """Value of a digit token: «1,200» → 1200, «1.5» → 1.5; None for one too long to be a count."""
    if len(token) > _MAX_DIGIT_TOKEN:
        return None
    token = token.replace("\u066c", ",").replace("\u066b", ".")
    if "," in token:
        return int(token.replace(",", "")) if re.fullmatch(r"\d{1,3}(?:,\d{3})+", token) else None
    return float(token) if "." in token else int(token)


def _classify(token: str, lex: _NumberLexicon) -> tuple[str, float, bool] | None:
    """(class, value, conjoined) of one token; a fused و before a word marks a conjunction."""
    if token[0].isdigit():
        value = _digit_value(token)
        return None if value is None else ("D", value, False)
    hit = lex.words.get(token)
    if hit:
        return hit[0], hit[1], False
    for clitic in _CLITICS:
        rest = token[len(clitic):]
        if token.startswith(clitic) and rest in lex.words:
            cls, value = lex.words[rest]
            return cls, value, clitic.startswith("و")
    return None


class _Group:
    """A compound number being read: ``total`` (finished scales) + ``cur`` (below the next scale)."""

    __slots__ = ("total", "cur", "last", "has_ten", "start", "end")

    def __init__(self, start: int) -> None:
        self.total: float = 0
        self.cur: float = 0
        self.last = ""
        self.has_ten = False
        self.start = start
        self.end = start

    def value(self) -> float:
        return self.total + self.cur

    def add(self, cls: str, value: float, joined: bool) -> bool:
        """Absorb one token; False when it starts a new number instead."""
        if not self.last:
            if cls == SCALE_PLURAL:
                return False
            self.total, self.cur = (value, 0) if cls in (SCALE, SCALE_DUAL) else (0, value)
            self.has_ten = cls == TEN
        elif not joined and self._fuses(cls, value):
            pass
        elif joined and cls in (UNIT, TEN, HUNDRED) and self._joinable(cls, value):
            self.cur += value                                   # خمسة وعشرون, مئة وخمسون
            self.has_ten = self.has_ten or cls == TEN
        else:
            return False
        self.last = cls
        return True

    def _fuses(self, cls: str, value: float) -> bool:
        """Juxtaposed words: teens, «ثلاث مئة», «ثلاثة آلاف», «1.5 ألف»."""
        last, cur = self.last, self.cur
        if cls == UNIT and value == 10 and last == UNIT and 1 <= cur % 100 <= 9 and not self.has_ten:
            self.cur += 10
        elif cls == HUNDRED and value == 100 and last == UNIT and 1 <= cur <= 9:
            self.cur *= 100
        elif cls == SCALE and last in (UNIT, TEN, HUNDRED, "D") and cur:
            self.total, self.cur = self.total + cur * value, 0
        elif cls == SCALE_PLURAL and last in (UNIT, "D") and 3 <= cur <= 10:
            self.total, self.cur = self.total + cur * value, 0
        else:
            return False
        return True

    def _joinable(self, cls: str, value: float) -> bool:
        last = self.last
        if last in (SCALE, SCALE_DUAL, SCALE_PLURAL):
            return True
        if last == HUNDRED:
            return cls in (UNIT, TEN)
        if last == UNIT:
            return cls == TEN and not self.has_ten and self.cur % 100 < 10
        return last == TEN and cls == UNIT and self.cur % 10 == 0 and value < 10


def _groups(text: str, offset: int, lex: _NumberLexicon) -> list[_Group]:
    """Split a matched run of number words into numbers: «خمسة وعشرون» is one, «خمسة وثلاثة» two."""
    groups: list[_Group] = []
    current: _Group | None = None
    prev_end = 0
    for tok in _TOKEN.finditer(text):
        word = tok.group()
        if word == "و":
            continue
        hit = _classify(word, lex)
        if hit is None:
            break
        cls, value, fused_and = hit
        joined = fused_and or "و" in text[prev_end:tok.start()]
        if current is not None and not joined and word[0] == "و" and word[1:] in lex.words:
            cls, value = lex.words[word[1:]]          # «مئة واحد» read as مئة + و + أحد
            joined = True
        if current is None or not current.add(cls, value, joined):
            current = _Group(offset + tok.start())
            if not current.add(cls, value, False):
                break
            groups.append(current)
        current.end = offset + tok.end()
        prev_end = tok.end()
    return groups


def _as_count(value: float) -> int | None:
    """A count is a non-negative whole number («1.5» alone is not)."""
    return int(value) if value >= 0 and value == int(value) else None


def _digits_skipped(folded: str, start: int, end: int, pats: _Patterns) -> bool:
    """Digits that are a date, time, percentage, calibre, model or unit number."""
    return bool(pats.after_skip.match(folded, end) or pats.before_skip.search(folded, max(0, start - 24), start))


def _is_year(folded: str, start: int, end: int, value: int, pats: _Patterns) -> bool:
    """A 4-digit 1900–2100 figure after a year word, or not followed by a counted noun."""
    if end - start != 4 or not 1900 <= value <= 2100:
        return False
    return bool(pats.year_before.search(folded, max(0, start - 10), start) or pats.year_after.match(folded, end))


def _noun_after(folded: str, end: int, pats: _Patterns) -> str | None:
    """The word after a figure (skipping «من»): the counted noun."""
    m = pats.noun.match(folded, end)
    return m.group(1) if m else None


_PHONE_DIGITS = re.compile(r"\d[\d \-]{6,}\d")  # what ``phone`` needs inside: a quick test before the scan


def _phone_spans(folded: str, pats: _Patterns) -> list[tuple[int, int]]:
    """Spans of phone-number-like digit runs (8+ digits)."""
    if not _PHONE_DIGITS.search(folded):
        return []
    return [m.span() for m in pats.phone.finditer(folded) if sum(c.isdigit() for c in m.group()) >= 8]


def find_numbers(folded: str) -> list[NumberMention]:
    """Every count in ``folded``, in text order."""
    lex, pats = lexicon(), patterns()
    phones = _phone_spans(folded, pats)
    found: list[NumberMention] = []
    for m in pats.mention.finditer(folded):
        found.extend(_mentions_of(m, folded, lex, pats, phones))
    return found


def _mentions_of(m: re.Match[str], folded: str, lex: _NumberLexicon, pats: _Patterns,
                 phones: list[tuple[int, int]]) -> list[NumberMention]:
    """The mentions one pattern match yields (a run of words can hold several numbers)."""
    approx = m.group("approx") is not None
    if m.group("vague"):
        label = lex.vague[normalize_spaces(m.group("vague"))]
        return [NumberMention(m.start(), m.end(), None, False, label, _noun_after(folded, m.end(), pats))]
    if m.group("dual"):
        return [NumberMention(m.start(), m.end(), 2, False, None, m.group("dual"))]
    if m.group("amb"):
        return [NumberMention(m.start(), m.end(), 2, False, None, m.group("amb"))]
    if m.group("construct"):  # «عنصرا أمن»: a dual in construct before its corps
        return [NumberMention(m.start(), m.end(), 2, False, None, m.group("construct"))]
    if m.group("digits"):
        return _digit_mention(m, folded, pats, phones, approx)
    out = []
    for i, group in enumerate(_groups(m.group("words"), m.start("words"), lex)):
        value = _as_count(group.value())
        if value is not None and not _digits_skipped(folded, group.start, group.end, pats):
            start = m.start() if i == 0 else group.start
            out.append(NumberMention(start, group.end, value, approx and i == 0, None,
                                     _noun_after(folded, group.end, pats)))
    return out


def _digit_mention(m: re.Match[str], folded: str, pats: _Patterns, phones: list[tuple[int, int]],
                   approx: bool) -> list[NumberMention]:
    """A figure written in digits, unless it is part of something else."""
    start, end = m.span("digits")
    if any(s <= start < e for s, e in phones) or _digits_skipped(folded, start, end, pats):
        return []
    text = m.group("digits")
    if text.isdigit():
        value: int | None = int(text)
    else:
        groups = _groups(text, start, lexicon())
        value = _as_count(groups[0].value()) if len(groups) == 1 else None
    if value is None:
        return []
    year = _is_year(folded, start, end, value, pats)
    noun = None if year else _noun_after(folded, end, pats)
    return [NumberMention(m.start(), end, value, approx, None, noun, year)]


def parse_number(text: str) -> int | None:
    """The value of a folded number phrase («1,200», «خمسة وعشرون», «نحو 10», «قتيلان»), else None."""
    phrase = normalize_spaces(text)
    m = patterns().mention.fullmatch(phrase) if phrase else None
    if m is None or m.group("vague"):
        return None
    if m.group("dual") or m.group("amb") or m.group("construct"):
        return 2
    body = m.group("digits") or m.group("words")
    groups = _groups(body, 0, lexicon())
    if len(groups) != 1 or groups[0].end != len(body):
        return None
    return _as_count(groups[0].value())


def acled_fallback(vague: str | None) -> int:
    """ACLED's figure for a vague count: several → 3, dozens → 12, hundreds → 100; unstated → 0."""
    return lexicon().fallback.get(vague, 0) if vague else 0
