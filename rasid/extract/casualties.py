"""Counting the killed and the wounded of an event from the numbers and casualty words around it."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from rasid.extract.segment import Token
from rasid.text.fold import fold_string

WINDOW = 3
# Nouns that are counted («32 قتيلاً»، «ثلاثة جرحى») as opposed to verbal nouns that open a new figure
# («بمقتل جنديين وإصابة ثالث»).
_COUNTED_NOUNS = frozenset({"قتلي", "قتيلا", "قتيل", "جرحي", "جريحا", "جريح", "شهداء", "شهيدا", "مصابين", "مصابا",
                            "ضحايا", "جروح", "اصابات", "جثث", "جثه", "شهيد"})
# A casualty noun alone counts one: «ما أدى إلى سقوط شهيد».
_ONE_VICTIM = {"شهيد": "killed", "قتيل": "killed", "جريح": "wounded", "مصاب": "wounded",
               # «أدى إلى إصابته»، «ما أسفر عن مقتله»: a pronoun names one victim
               "اصابته": "wounded", "اصابتها": "wounded", "لاصابته": "wounded", "لاصابتها": "wounded",
               "مقتله": "killed", "مقتلها": "killed", "لمقتله": "killed", "لمقتلها": "killed",
               "استشهاده": "killed", "استشهادها": "killed", "وفاته": "killed", "وفاتها": "killed"}
_CLITICS = ("و", "ف", "ب", "ل")
_VAGUE_ACLED = {"several": 3, "dozens": 12, "hundreds": 100, "thousands": 1000}


@dataclass(slots=True)
class Casualties:
    """Figures found for one event; ``*_figures`` keep every concrete figure, the lowest wins."""

    killed_figures: list[int] = field(default_factory=list)
    named_killed: list[int] = field(default_factory=list)  # «قُتل الطفلان»: victims named one by one
    wounded_figures: list[int] = field(default_factory=list)
    killed_vague: str | None = None
    wounded_vague: str | None = None
    none_reported: bool = False

    def merge(self, other: Casualties) -> None:
        self.killed_figures += other.killed_figures
        self.named_killed += other.named_killed
        self.wounded_figures += other.wounded_figures
        self.killed_vague = self.killed_vague or other.killed_vague
        self.wounded_vague = self.wounded_vague or other.wounded_vague
        self.none_reported = self.none_reported or other.none_reported

    @property
    def any_killed(self) -> bool:
        return bool(self.killed_figures or self.named_killed)

    @property
    def fatalities(self) -> int | None:
        figures = self.killed_figures or self.named_killed  # a total outweighs victims named among it
        if figures:
            return 0 if self.none_reported else min(figures)  # «لم يسفر عن قتلى» against a claim
        if self.killed_vague:
            return None
        if self.none_reported or self.wounded_figures:
            return 0  # nobody killed, or the reported outcome is injuries only
        return None

    @property
    def wounded(self) -> int | None:
        if self.wounded_figures:
            return min(self.wounded_figures)
        if self.wounded_vague:
            return None
        return 0 if self.none_reported else None

    @property
    def fatalities_acled(self) -> int:
        """ACLED's figure: the concrete one, else the fallback for a vague count, else 0."""
        if self.fatalities is not None:
            return self.fatalities
        return _VAGUE_ACLED.get(self.killed_vague or "", 0)


@cache
def vocabulary() -> dict[str, frozenset[str]]:
    data = yaml.safe_load((resources.files("rasid") / "data" / "casualties.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(fold_string(w) for w in v) for k, v in data.items()}


def _word_class(word: str, vocab: dict[str, frozenset[str]]) -> str | None:
    candidates = [word]
    if word.startswith(_CLITICS):
        candidates.append(word[1:])
        if word[1:2] in ("ب", "ل"):
            candidates.append(word[2:])
    for w in candidates:
        for cls in ("killed", "wounded"):
            if w in vocab[cls]:
                return cls
        if w.startswith("ال") and w[2:] in vocab["killed"]:
            return "killed"
    return None


def _bare(word: str) -> str:
    return word[1:] if word.startswith(("و", "ب")) and len(word) > 3 else word


def count(toks: list[Token], numbers: list, no_casualty_cue: bool) -> Casualties:
    """Casualties stated by ``toks`` (one sentence or clause) given its number mentions.

    ``numbers`` are number mentions (``start``, ``end``, ``value``, ``vague``, ``is_year``) inside the tokens.
    """
    vocab = vocabulary()
    out = Casualties(none_reported=no_casualty_cue)
    classes = [_word_class(t.text, vocab) for t in toks]
    by_token = _numbers_by_token(toks, numbers)
    for i, num in by_token.items():
        if getattr(num, "is_year", False) or _is_subset(toks, i, vocab) or _counts_things(toks, num, vocab):
            continue
        cls = _nearest_class(toks, classes, i)
        if cls is None:
            continue
        if num.value is not None and cls == "killed" and toks[i].text.startswith(("ال", "وال")):
            out.named_killed.append(num.value)  # «قُتل الطفلان يامن وزيد» after «37 قتيلاً»
        elif num.value is not None:
            (out.killed_figures if cls == "killed" else out.wounded_figures).append(num.value)
        elif num.vague:
            if cls == "killed":
                out.killed_vague = out.killed_vague or num.vague
            else:
                out.wounded_vague = out.wounded_vague or num.vague
    _singular_victims(toks, classes, by_token, vocab, out)
    return out


def _numbers_by_token(toks: list[Token], numbers: list) -> dict[int, object]:
    out: dict[int, object] = {}
    for num in numbers:
        for i, t in enumerate(toks):
            if t.start <= num.start < t.end or (num.start <= t.start and t.end <= num.end):
                out.setdefault(i, num)
                break
    return out


def _is_subset(toks: list[Token], i: int, vocab: dict[str, frozenset[str]]) -> bool:
    return any(toks[j].text in vocab["subset"] for j in range(max(0, i - 2), i))


def _counts_things(toks: list[Token], num, vocab: dict[str, frozenset[str]]) -> bool:
    """«173 رأساً من الماشية»، «(21 عاماً)»، «30 كلم»: the figure counts things, ages or distances, not victims."""
    after = next((t.text for t in toks if t.start >= num.end), "")
    return after in vocab["not_people"] or _bare(after) in vocab["not_people"]


def _nearest_class(toks: list[Token], classes: list[str | None], i: int) -> str | None:
    """The casualty word closest to token ``i``: before it first («مقتل 5»), then after («5 قتلى»)."""
    if classes[i]:
        return classes[i]  # a dual word that is itself a casualty word: «قتيلان»
    if i + 1 < len(classes) and classes[i + 1] and _bare(toks[i + 1].text) in _COUNTED_NOUNS:
        return classes[i + 1]  # «قتيلان وثلاثة جرحى»: a counted noun right after the figure decides
    for j in range(i - 1, max(-1, i - WINDOW - 1), -1):
        if classes[j]:
            return classes[j]
    for j in range(i + 1, min(len(classes), i + WINDOW + 2)):
        if classes[j]:
            return classes[j]
    return None


def _coordinated_persons(toks: list[Token], i: int, vocab: dict[str, frozenset[str]]) -> int:
    """«مقتل رجل وطفل وامرأة»: single persons joined by و add up."""
    n = 1
    while i + 1 < len(toks) and toks[i + 1].text.startswith("و") and toks[i + 1].text[1:] in vocab["singular_person"]:
        n += 1
        i += 1
    return n


def _singular_victims(toks: list[Token], classes: list[str | None], by_token: dict[int, object],
                      vocab: dict[str, frozenset[str]], out: Casualties) -> None:
    """«مقتل مدني»، «وأصيب ثالث بجروح»، «وإصابة آخرين»: one, one more, or an unknown number."""
    for i, cls in enumerate(classes):
        word = _bare(toks[i].text)
        if word in _ONE_VICTIM and i not in by_token and i - 1 not in by_token:
            figures = out.killed_figures if _ONE_VICTIM[word] == "killed" else out.wounded_figures
            if not figures:
                figures.append(1)
            continue
        if cls == "killed" and i > 0 and toks[i - 1].text in ("قد", "وقد") and not out.killed_figures:
            subject = [t.text for t in toks[max(0, i - 7):i - 1]]
            if any(w in vocab["singular_person"] for w in subject):
                out.killed_figures.append(1)  # «وكان شاب من أبناء المحافظة قد قُتل»
                continue
        if cls is None or i + 1 >= len(toks):
            continue
        figures = out.killed_figures if cls == "killed" else out.wounded_figures
        nxt = toks[i + 1].text
        prev = toks[i - 1].text if i > 0 else ""
        if i + 1 in by_token or i in by_token or prev in ("بين", "ومن"):
            continue  # «ومن بين القتلى طفل»: a victim among the counted ones adds none
        if nxt in vocab["singular_person"] and not figures:
            count = _coordinated_persons(toks, i + 1, vocab)
            (out.named_killed if cls == "killed" and nxt.startswith("ال") else figures).append(count)
        elif prev in vocab["one_more"] or nxt in vocab["one_more"]:
            if not figures:
                figures.append(1)
        elif nxt in vocab["vague"] and not figures:
            if cls == "killed":
                out.killed_vague = out.killed_vague or "several"
            else:
                out.wounded_vague = out.wounded_vague or "several"
