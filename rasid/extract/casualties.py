"""Counting the killed and the wounded of an event from the numbers and casualty words around it."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources

import yaml

from rasid.extract.segment import Token
from rasid.lexicon.numbers import parse_number
from rasid.lexicon.words import word_list
from rasid.text.clitics import proclitics
from rasid.text.fold import fold_string

WINDOW = 3
AGENT_WINDOW = 7  # how far after «قتلت»/«اغتال» its object figure may stand, past the killers' name and the day
JOIN_WINDOW = 8   # how far apart two figures of one toll («أربعة من المسلحين وعنصرين من الأمن») may stand
_CLITICS = proclitics(prepositions=("ب", "ل"), lam_article=True)  # «وبمقتل», «للقتلى»
_VAGUE_ACLED = {"several": 3, "dozens": 12, "hundreds": 100, "thousands": 1000}


@dataclass(slots=True)
class Casualties:
    """Figures found for one event; ``*_figures`` keep every concrete figure, the lowest wins."""

    killed_figures: list[int] = field(default_factory=list)
    named_killed: list[int] = field(default_factory=list)  # «قُتل الطفلان»: victims named one by one
    attackers_killed: list[int] = field(default_factory=list)  # «وقتلت قواته ثلاثة من المهاجمين»: added to the toll
    died_of_wounds: list[int] = field(default_factory=list)  # «بعد وفاة اثنين من الجرحى»: no longer wounded
    overall: bool = False  # a figure of all the dead («32 قتيلاً»), which may already hold the attackers
    more: bool = False  # «ما أدى أيضاً إلى مقتل عنصر»: victims besides those told before
    wounded_figures: list[int] = field(default_factory=list)
    killed_vague: str | None = None
    wounded_vague: str | None = None
    none_reported: bool = False
    parts: list[int] = field(default_factory=list)  # «بينهم سبع نساء»: figures of victims among a toll
    preliminary: bool = False  # «في حصيلة أولية»: a first count that a risen or settled toll supersedes
    risen: bool = False  # «ارتفعت الحصيلة إلى 11»: a toll told as the update of a first count

    def merge(self, other: Casualties) -> None:
        if other.preliminary and not other.more and self.risen:  # a live report: the risen toll before the first
            # one; a first count told after another source's figure is one more account (the lowest wins)
            other = replace(other, killed_figures=[] if self.killed_figures else other.killed_figures,
                            wounded_figures=[] if self.wounded_figures else other.wounded_figures)
        elif self.preliminary and not other.more:  # the first count gives way to a later, settled one
            for mine, theirs in ((self.killed_figures, other.killed_figures),
                                 (self.wounded_figures, other.wounded_figures)):
                if theirs:
                    mine.clear()
            self.preliminary = not (other.killed_figures or other.wounded_figures)
        if other.more:  # «وأسفر الانفجار أيضاً عن إصابة اثنين من المارة» adds to the figures before
            for mine, theirs in ((self.killed_figures, other.killed_figures), (self.wounded_figures, other.wounded_figures)):
                if mine and theirs:
                    mine[:] = [min(mine) + min(theirs)]
                    theirs = []
                mine += theirs
            other = replace(other, killed_figures=[], wounded_figures=[])
        self.killed_figures += other.killed_figures
        self.named_killed += other.named_killed
        self.attackers_killed += other.attackers_killed
        self.died_of_wounds += other.died_of_wounds
        self.parts += other.parts
        self.wounded_figures += other.wounded_figures
        self.killed_vague = self.killed_vague or other.killed_vague
        self.wounded_vague = self.wounded_vague or other.wounded_vague
        self.none_reported = self.none_reported or other.none_reported
        self.overall = self.overall or other.overall
        self.risen = self.risen or other.risen

    @property
    def any_killed(self) -> bool:
        return bool(self.killed_figures or self.named_killed or self.attackers_killed)

    @property
    def anyone_hurt(self) -> bool:
        """Anyone killed or wounded, counted or not («سقوط قتلى وجرحى»)."""
        return bool(self.any_killed or self.wounded_figures or self.killed_vague or self.wounded_vague)

    @property
    def fatalities(self) -> int | None:
        # a total outweighs victims named among it, and a later account of only those («مقتل سبع نساء» after
        # «20 قتيلاً بينهم سبع نساء») is a part of it
        figures = [f for f in self.killed_figures if f not in self.parts or f == max(self.killed_figures)] \
            or self.named_killed
        # the attackers a side says it killed add to one side's dead («قُتل جنديان»), not to an overall toll
        attackers = [] if self.overall and figures else self.attackers_killed
        if figures or attackers:
            victims = 0 if self.none_reported or not figures else min(figures)  # «لم يسفر عن قتلى» against a claim
            return victims + (min(attackers) if attackers else 0)
        if self.none_reported:
            return 0  # the text says nobody was killed («لم يسفر عن قتلى»); injuries only do not (SPEC: null)
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
    text = (resources.files("rasid") / "data" / "casualties.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 (a safe loader)
    return {k: frozenset(fold_string(w) for w in v) for k, v in data.items()}


def _one_victim(word: str) -> str | None:
    """«killed» or «wounded» for a casualty word that alone counts one victim («سقوط شهيد», «أسفر عن مقتله»)."""
    vocab = vocabulary()
    return "killed" if word in vocab["one_killed"] else "wounded" if word in vocab["one_wounded"] else None


@lru_cache(maxsize=1 << 15)
def _word_class(word: str) -> str | None:
    """«killed» or «wounded» for a casualty word, behind its proclitics too (kept per word: words repeat)."""
    vocab = vocabulary()
    candidates = [word] + [word[len(p):] for p in reversed(_CLITICS) if word.startswith(p)]
    for w in candidates:
        for cls in ("killed", "wounded"):
            if w in vocab[cls]:
                return cls
        if w.startswith("ال") and w[2:] in vocab["killed"]:
            return "killed"
    return None


def _bare(word: str) -> str:
    return word[1:] if word.startswith(("و", "ب")) and len(word) > 3 else word


@dataclass(slots=True)
class _Toll:
    """Figures of one toll phrase joined by «و» («ثلاثة من المقاتلين وعنصرين من قسد»): they add up."""

    cls: str | None
    first: int
    last: int
    total: int = 0
    subset: bool = False   # «بينهم ثلاثة أطفال وامرأتان»: victims among a figure already counted


def count(toks: list[Token], numbers: list, no_casualty_cue: bool, window: int = WINDOW) -> Casualties:
    """Casualties stated by ``toks`` (one sentence or clause) given its number mentions.

    ``numbers`` are number mentions (``start``, ``end``, ``value``, ``vague``, ``is_year``) inside the tokens;
    ``window`` is how many words before a figure its casualty word may stand.
    """
    vocab = vocabulary()
    out = Casualties(none_reported=no_casualty_cue)
    toks = _without_causes(toks, vocab)
    words = [t.text for t in toks]
    classes = list(map(_word_class, words))
    if "عدد" in words or "حصيله" in words:
        for j in range(1, len(toks)):
            if classes[j] is None and words[j - 1] in ("عدد", "حصيله") and _definite_wounded(words[j], vocab):
                classes[j] = "wounded"  # «وارتفع عدد المصابين إلى خمسة» (but «نقلت الجريحين» tells no figure)
    by_token = _numbers_by_token(toks, numbers)
    tolls: list[_Toll] = []
    for i in sorted(by_token):
        num = by_token[i]
        if getattr(num, "is_year", False) or _counts_things(toks, num, vocab) or _one_as_adjective(toks, classes, i):
            continue
        cls = _counted_after(toks, classes, num, i) or _nearest_class(toks, classes, i, window)
        last = tolls[-1] if tolls else None
        if last is not None and _joined(toks, classes, last, i) and (cls is None or cls == last.cls or last.subset):
            last.last, last.total = i, last.total + (num.value or 0)
            out.parts += [num.value] if last.subset and num.value and last.cls != "wounded" else []
            continue  # «أُصيب خمسة من الشرطة وثلاثة محتجين»
        if _is_subset(toks, i, classes, vocab):
            tolls.append(_Toll(cls, i, i, subset=True))
            out.parts += [num.value] if num.value and cls != "wounded" else []
            continue
        if cls is None:
            continue
        if _killed_and_wounded(toks, classes, i):
            out.killed_vague = out.killed_vague or "several"  # «مقتل وإصابة 15 شخصاً»: no count of the dead
            continue
        if num.value is not None and cls == "killed" and toks[i].text.startswith(("ال", "وال")):
            out.named_killed.append(num.value)  # «قُتل الطفلان يامن وزيد» after «37 قتيلاً»
        elif num.value is not None:
            tolls.append(_Toll(cls, i, i, 2 if _one_and_the_other(toks, classes, i, vocab) else num.value))
        elif num.vague:
            if cls == "killed":
                out.killed_vague = out.killed_vague or num.vague
            else:
                out.wounded_vague = out.wounded_vague or num.vague
    for toll in tolls:
        if toll.subset:
            continue
        total = toll.total + _single_victims_after(toks, classes, by_token, toll.last, vocab)
        one = _bare(toks[toll.first - 2].text) if toll.first >= 2 else ""
        if _one_victim(one) == toll.cls and toks[toll.first - 1].text.startswith("و") \
                and classes[toll.first - 1] == toll.cls:
            total += 1  # «ما أدى إلى مقتله ومقتل جنديين»
        total += _single_victims_before(toks, classes, toll, vocab)
        if toll.cls == "wounded":
            out.wounded_figures.append(total)
        elif toll.first == toll.last and _of_attackers(toks, toll.first, vocab):
            out.attackers_killed.append(total)
        else:
            out.killed_figures.append(total)
            after = toks[toll.first + 1].text if toll.first + 1 < len(toks) else ""
            out.overall = out.overall or _bare(after) in vocab["overall_nouns"]
            if _died_of_wounds(toks, toll.first, vocab):
                out.died_of_wounds.append(total)
    _singular_victims(toks, classes, by_token, vocab, out)
    first = next((j for j, c in enumerate(classes) if c), None) if any(classes) else None
    out.more = first is not None and (any(t.text in vocab["also"] for t in toks[max(0, first - 4):first])
                                      or _other_side(toks[:first], vocab))
    out.preliminary = not vocab["preliminary"].isdisjoint(words)
    return out


def _without_causes(toks: list[Token], vocab: dict[str, frozenset[str]]) -> list[Token]:
    """«أعلن المجلس الحرب على التنظيم بسبب اغتيال اثنين من قادته»: a killing told as the cause of the event is
    another incident; its victims are left out, up to the outcome of this one («… ما أسفر عن مقتل ثلاثة»)."""
    causes = vocab["cause_words"]
    for k in [k for k, t in enumerate(toks[:-1]) if t.text in causes]:
        if _word_class(toks[k + 1].text) != "killed":
            continue
        end = next((j for j in range(k + 2, len(toks)) if toks[j].text in vocab["outcome_words"]), len(toks))
        return toks[:k] + _without_causes(toks[end:], vocab)
    return toks


def _one_and_the_other(toks: list[Token], classes: list[str | None], i: int, vocab: dict[str, frozenset[str]]) -> bool:
    """«أن أحد الصيادين قُتل بنيران الزورق والآخر غرقاً»: «one of them» and, later, «and the other» with
    no casualty word of its own right after it (not «… والآخر بجروح») are two victims of one kind."""
    if toks[i].text not in vocab["one_of"]:
        return False
    other = next((j for j in range(i + 1, len(toks)) if toks[j].text in vocab["the_other"]), None)
    return other is not None and (other + 1 >= len(toks) or classes[other + 1] is None)


def _one_as_adjective(toks: list[Token], classes: list[str | None], i: int) -> bool:
    """«من عائلة واحدة», «مقتل شخص واحد»: «واحد» after a noun that is no casualty word describes the noun, it
    counts no victims of its own (but «قُتل واحد منهم» does)."""
    return toks[i].text in ("واحد", "واحده") and i > 0 and classes[i - 1] is None \
        and toks[i - 1].text not in ("من", "بينهم", "منهم", "الا", "سوي")


def _killed_and_wounded(toks: list[Token], classes: list[str | None], i: int) -> bool:
    """Figure ``i`` counts the killed and the wounded together: «مقتل وإصابة 15»، «12 قتيلاً وجريحاً»،
    «سبعة أشخاص بين قتيل وجريح»."""
    def pair(j: int) -> bool:
        return 0 <= j and j + 1 < len(toks) and bool(classes[j]) and bool(classes[j + 1]) \
            and classes[j] != classes[j + 1] and toks[j + 1].text.startswith("و")
    # «مقتل وإصابة 15», not «قد قُتلوا وأُصيب نحو 40 آخرين» (a verb of its own subject)
    return (pair(i - 2) and not toks[i - 2].text.endswith("وا")) or pair(i + 1) or any(
        toks[j].text == "بين" and pair(j + 1) for j in range(i + 1, min(len(toks), i + 3)))


def _other_side(toks: list[Token], vocab: dict[str, frozenset[str]]) -> bool:
    """«وفي الجهة الأخرى، أفادت مصادر بمقتل ثلاثة من المهاجمين»: the dead of the other side of the fight, added
    to the toll told before."""
    return any(a.text in vocab["side_nouns"] and b.text in vocab["other"] for a, b in zip(toks, toks[1:]))


def _joined(toks: list[Token], classes: list[str | None], toll: _Toll, i: int) -> bool:
    """Figure ``i`` continues the toll before it: «و» before it, close, no other casualty word between."""
    if not toks[i].text.startswith("و") or toks[i].text.startswith("واحد") or i - toll.last > JOIN_WINDOW:
        return False  # «من عائلة واحدة»: the و of «واحدة» is no conjunction
    return not any(classes[j] and classes[j] != toll.cls for j in range(toll.last + 1, i))


def _single_victims_after(toks: list[Token], classes: list[str | None], by_token: dict[int, object], last: int,
                          vocab: dict[str, frozenset[str]]) -> int:
    """«أربعة جنود ومنفذ الهجوم», «ثلاثة من الطاقم وضابط», «إضافة إلى مدني»: single victims joined to a figure
    (not those named inside «بينهم …»)."""
    added, among = 0, False
    persons = vocab["singular_person"] | vocab["attacker"]
    j = last + 1
    while j < len(toks) and j <= last + JOIN_WINDOW and (among or j not in by_token):
        word = toks[j].text
        if classes[j] and not (j == last + 1 and _bare(word) in vocabulary()["counted_nouns"]):
            break  # «وإصابة آخرين»: another figure's words
        if word in vocab["subset"]:
            among = True
        elif word in vocab["besides"]:
            among = False
            nxt = toks[j + 1].text if j + 1 < len(toks) else ""
            if nxt in ("الي", "عن") and j + 2 < len(toks):
                j, nxt = j + 1, toks[j + 2].text
            if nxt in persons:
                added, j = added + 1, j + 1
        elif word.startswith("و") and word[1:] in persons and not among:
            added += 1
        j += 1
    return added


def _single_victims_before(toks: list[Token], classes: list[str | None], toll: _Toll,
                           vocab: dict[str, frozenset[str]]) -> int:
    """«قُتل ضابط وجنديان», «مقتل مدني وثلاثة جنود»: single victims right after the casualty word, joined to
    the figure by «و»."""
    if not toks[toll.first].text.startswith("و"):
        return 0
    persons = vocab["singular_person"]
    j, added = toll.first - 1, 0
    while j > 0 and added < 4:
        word = toks[j].text
        if (word[1:] if word.startswith("و") else word) not in persons:
            return 0
        added, j = added + 1, j - 1
        if not word.startswith("و"):
            break
    return added if classes[j] == toll.cls and not toks[j + 1].text.startswith("و") else 0


def _of_attackers(toks: list[Token], i: int, vocab: dict[str, frozenset[str]]) -> bool:
    """«قتلت قواته ثلاثة من المهاجمين», «مقتل خمسة مسلحين»: the figure counts the attackers."""
    after = [t.text for t in toks[i + 1:i + 3]]
    return bool(after) and (after[0] in vocab["attacker_groups"]
                            or (after[:1] == ["من"] and after[1:2] and after[1] in vocab["attacker_groups"]))


def _definite_wounded(word: str, vocab: dict[str, frozenset[str]]) -> bool:
    return word.startswith("ال") and word[2:] in vocab["wounded"]


def _died_of_wounds(toks: list[Token], i: int, vocab: dict[str, frozenset[str]]) -> bool:
    """«بعد وفاة اثنين من الجرحى متأثرين بجراحهم»: wounded who died."""
    after = toks[i + 1:i + 3]
    return len(after) == 2 and after[0].text == "من" and _definite_wounded(after[1].text, vocab)


def _numbers_by_token(toks: list[Token], numbers: list) -> dict[int, object]:
    """Each number at the first token that holds its start or lies inside it (the first number per token wins).

    Tokens are in text order and do not overlap, so only the first token ending after the number's start can
    qualify: one bisection per number instead of a scan of the sentence.
    """
    ends = [t.end for t in toks]
    out: dict[int, object] = {}
    for num in numbers:
        i = bisect_right(ends, num.start)
        if i < len(toks) and (toks[i].start <= num.start or toks[i].end <= num.end):
            out.setdefault(i, num)
    return out


def _is_subset(toks: list[Token], i: int, classes: list[str | None], vocab: dict[str, frozenset[str]]) -> bool:
    """«بينهم 3 أطفال», «أن بين القتلى امرأتين»: victims among a figure already counted."""
    if i >= 2 and toks[i - 2].text in ("بين", "وبين") and classes[i - 1]:
        return True
    return any(toks[j].text in vocab["subset"] for j in range(max(0, i - 2), i))


def _counts_things(toks: list[Token], num, vocab: dict[str, frozenset[str]]) -> bool:
    """«173 رأساً من الماشية»، «(21 عاماً)»، «30 كلم»: the figure counts things, ages or distances, not victims;
    in «بمحلية 24 القرشي» it is part of a place's name."""
    after = next((t.text for t in toks if t.start >= num.end), "")
    before = next((t.text for t in reversed(toks) if t.end <= num.start), "")
    return after in vocab["not_people"] or _bare(after) in vocab["not_people"] \
        or before in vocab["numbered_places"] or _bare(before) in vocab["numbered_places"]


def _counted_after(toks: list[Token], classes: list[str | None], num, i: int) -> str | None:
    """«قتيلين ونحو 30 جريحاً», «وأكثر من 20 مصاباً»: a number told with a qualifier («نحو», «أكثر من») is
    counted by the noun right after its last word, however far its first word stands."""
    j = i
    while j + 1 < len(toks) and toks[j + 1].start < num.end:
        j += 1
    if j == i or j + 1 >= len(toks):
        return None
    return classes[j + 1] if classes[j + 1] and _bare(toks[j + 1].text) in vocabulary()["counted_nouns"] else None


def _nearest_class(toks: list[Token], classes: list[str | None], i: int, window: int = WINDOW) -> str | None:
    """The casualty word closest to token ``i``: before it first («مقتل 5»), then after («5 قتلى»)."""
    if classes[i]:
        return classes[i]  # a dual word that is itself a casualty word: «قتيلان»
    if i + 1 < len(classes) and classes[i + 1] and _bare(toks[i + 1].text) in vocabulary()["counted_nouns"]:
        return classes[i + 1]  # «قتيلان وثلاثة جرحى»: a counted noun right after the figure decides
    for j in range(i - 1, max(-1, i - window - 1), -1):
        if classes[j]:
            return classes[j]
        if _bare(toks[j].text) in vocabulary()["taken_verbs"]:
            return None  # «واختطفوا اثنين آخرين»: the figure counts people taken away
    for j in range(i - window - 1, max(-1, i - AGENT_WINDOW - 1), -1):
        if _bare(toks[j].text) in vocabulary()["object_killing_verbs"]:
            return "killed"  # «قتلت عناصر الدعم السريع أمس ستة أشخاص»: the killers named between verb and figure
    for j in range(i + 1, min(len(classes), i + WINDOW + 2)):
        if classes[j]:
            return classes[j]
    if i + 1 < len(toks) and toks[i + 1].text == "من" or i + 2 < len(toks) and toks[i + 2].text == "من":
        for j in range(i + 2, min(len(classes) - 1, i + 2 * WINDOW + 2)):
            if toks[j].text in ("قد", "وقد") and classes[j + 1]:
                return classes[j + 1]  # «وكان نحو ثلاثين من عناصر الجيش قد قُتلوا»
    return None


def _coordinated_persons(toks: list[Token], i: int, vocab: dict[str, frozenset[str]]) -> int:
    """«مقتل رجل وطفل وامرأة»: single persons joined by و add up, and a family told with its number
    («وزوجته وأطفاله الثلاثة»)."""
    n = 1
    while i + 1 < len(toks) and toks[i + 1].text.startswith("و") and toks[i + 1].text[1:] in vocab["singular_person"]:
        n += 1
        i += 1
    if i + 2 < len(toks) and toks[i + 1].text[1:] in vocab["family_plural"] and toks[i + 1].text.startswith("و") \
            and toks[i + 2].text.startswith("ال"):
        n += parse_number(toks[i + 2].text[2:]) or 0
    return n


def _killers_named_after(toks: list[Token], i: int) -> bool:
    """«قتل مسلحون مجهولون شاباً»: «قتل» with attackers right after it is the active verb (its victim follows)."""
    return _bare(toks[i].text) == "قتل" and i + 1 < len(toks) and toks[i + 1].text in word_list("killers_after_verb")


def _killed_object(toks: list[Token], classes: list[str | None], by_token: dict[int, object], i: int,
                   vocab: dict[str, frozenset[str]], out: Casualties) -> None:
    """«اغتال مسلحون مجهولون صباح اليوم مهندساً واثنين من مرافقيه», «اغتالوا أحد وجهاء البلدة»: the victims
    stand after the killers and the time, as the object of the verb."""
    for j in range(i + 1, min(len(toks), i + JOIN_WINDOW + 1)):
        if toks[j].text in vocab["one_of"]:
            victims, last = 1, j
        elif classes[j] or (j in by_token and j > i + 1):
            return  # a figure or a casualty word of its own tells the toll
        elif toks[j].text in vocab["singular_person"]:
            victims, last = _coordinated_persons(toks, j, vocab), j
        else:
            continue
        for k in range(last + 1, min(len(toks), last + JOIN_WINDOW)):
            num = by_token.get(k)
            if num is not None and toks[k].text.startswith("و") and num.value:
                victims += num.value  # «… ضابطاً في الشرطة واثنين من مرافقيه»
                break
            if classes[k]:
                break
        out.killed_figures.append(victims)
        return


def _past_time_words(toks: list[Token], i: int, vocab: dict[str, frozenset[str]]) -> int:
    """The first token from ``i`` on that is not a word of the time of day or a weekday (at most two skipped)."""
    j = i
    while j < len(toks) and j - i < 2 and toks[j].text in vocab["time_between"]:
        j += 1
    return j


@cache
def _singular_cues() -> frozenset[str]:
    """The words besides casualty words that ``_singular_victims`` acts on (one victim, two, a verb of killing),
    alone and behind the «و»/«ب» that ``_bare`` takes off."""
    vocab = vocabulary()
    words = vocab["one_killed"] | vocab["one_wounded"] | vocab["dual_killed"] | vocab["dual_wounded"] \
        | vocab["killing_verbs"] | {"قتل"}
    return words | {p + w for p in "وب" for w in words}


def _singular_victims(toks: list[Token], classes: list[str | None], by_token: dict[int, object],
                      vocab: dict[str, frozenset[str]], out: Casualties) -> None:
    """«مقتل مدني»، «وأصيب ثالث بجروح»، «وإصابة آخرين»: one, one more, or an unknown number."""
    cues = _singular_cues()
    for i, cls in enumerate(classes):
        if cls is None and toks[i].text not in cues:
            continue  # most words: no casualty word, nothing below reads them
        word = _bare(toks[i].text)
        prev = toks[i - 1].text if i > 0 else ""
        if prev in ("بين", "وبين") and cls and i + 1 < len(toks) and classes[i + 1] and classes[i + 1] != cls:
            out.killed_vague = out.killed_vague or "several"  # «أوقع أفرادها بين قتيل وجريح»: no count
            out.wounded_vague = out.wounded_vague or "several"
            return
        if _one_victim(word) and i not in by_token and i - 1 not in by_token:
            figures = out.killed_figures if _one_victim(word) == "killed" else out.wounded_figures
            if not figures and not any(t.text in vocab["unconfirmed"] for t in toks[max(0, i - 4):i]):
                figures.append(1)  # but «لم يؤكد الحزب مقتله» tells no death
            continue
        if (word in vocab["dual_killed"] or word in vocab["dual_wounded"]) and i not in by_token and i + 1 not in by_token:
            figures = out.killed_figures if word in vocab["dual_killed"] else out.wounded_figures
            among = any(t.text in vocab["subset"] or t.text in ("بين", "وبين") for t in toks[max(0, i - 6):i])
            if not figures and not among and not (i + 1 < len(toks) and toks[i + 1].text in vocab["singular_person"]):
                figures.append(2)  # «قالت مصادر إن رجلاً وابنته قُتلا» (not «ومن بين القتلى امرأة وطفلها قُتلا»)
            continue
        if (word in vocab["killing_verbs"] or _killers_named_after(toks, i)) and not out.killed_figures:
            _killed_object(toks, classes, by_token, i, vocab, out)
        if cls and i > 0 and prev in ("قد", "وقد"):
            figures = out.killed_figures if cls == "killed" else out.wounded_figures
            subject = [t.text for t in toks[max(0, i - 7):i - 1]]
            if not figures and any(w in vocab["singular_person"] for w in subject):
                figures.append(1)  # «وكان شاب من أبناء المحافظة قد قُتل»، «وكان راعٍ قد أصيب»
                continue
        if cls is None or i + 1 >= len(toks):
            continue
        figures = out.killed_figures if cls == "killed" else out.wounded_figures
        after = _past_time_words(toks, i + 1, vocab)  # «قُتل، الأحد، شاب»: the day told between verb and victim
        nxt = toks[after].text if after < len(toks) else ""
        if i + 1 in by_token or after in by_token or i in by_token or prev in ("بين", "ومن"):
            continue  # «ومن بين القتلى طفل»: a victim among the counted ones adds none
        if nxt in vocab["singular_person"] and not figures:
            count = _coordinated_persons(toks, after, vocab)
            (out.named_killed if cls == "killed" and nxt.startswith("ال") else figures).append(count)
        elif prev in vocab["one_more"] or nxt in vocab["one_more"]:
            if not figures:
                figures.append(1)
        elif nxt in vocab["vague"] and not figures:
            if cls == "killed":
                out.killed_vague = out.killed_vague or "several"
            else:
                out.wounded_vague = out.wounded_vague or "several"
