"""Mentions: every actor, place, date, number, trigger and cue found once over the folded text."""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from rasid.extract.segment import Sentence, Token, sentences, speech_spans, tokens, without_proclitic
from rasid.lexicon.actors import ActorMention, catalog
from rasid.lexicon.matcher import Match
from rasid.lexicon.numbers import NumberMention, find_numbers
from rasid.lexicon.places import PlaceMention, gazetteer
from rasid.lexicon.time import TimeMention, find_dates
from rasid.lexicon.triggers import Trigger, cue_matcher, trigger_matcher
from rasid.lexicon.words import alternation, word_list


R = TypeVar("R")
INCIDENT_RANK = 60  # triggers above this (attack, killing) can tell an incident of their own
ONGOING = re.compile(alternation("ongoing_words"))
_CLAUSE_BREAK = re.compile(rf"[،,] ?(?=(?:{alternation('clause_openers')}) )|(?P<bare> )(?=(?:{alternation('clause_openers')})"
                           rf" \S+ (?:{alternation('another_words')})(?:\s|$))")
# «… في اشتباكات حي الحدائق إضافة إلى اشتباكات أخرى قرب الميناء»: «أخرى» parts the clause with no comma
_AREA_WORDS = word_list("settlement_words")
_VILLAGE_WORDS = word_list("village_words")
_LONGEST_VILLAGE_WORD = max(map(len, _VILLAGE_WORDS))
_IN_ON = ("في", "علي", "داخل")  # folded «على»
_VERBAL_OPENER = re.compile(rf"\s*(?:{alternation('verbal_clause_openers')}) ")


@dataclass(slots=True)
class TriggerMention:
    start: int
    end: int
    key: str
    trigger: Trigger


@dataclass(slots=True)
class CueMention:
    start: int
    end: int
    key: str
    kinds: frozenset[str]


@dataclass(slots=True)
class Mentions:
    """All mentions of one document, each list sorted by start (folded-text indices).

    The lists are indexed by position when the record is built (``within``, ``in_speech`` and ``tokens`` are
    bisections, so that a long document costs no more per mention than a short one): they are not changed after.
    """

    folded: str
    sentences: list[Sentence]
    speech: list[tuple[int, int]]
    reported: list[tuple[int, int]] = field(default_factory=list)  # quotes after «أن»: a source's account
    actors: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    triggers: list[TriggerMention] = field(default_factory=list)
    cues: list[CueMention] = field(default_factory=list)
    _indexed: dict[str, tuple[list[int], list[Any]]] = field(init=False, repr=False)  # kind → (starts, mentions)
    _speech_starts: list[int] = field(init=False, repr=False)
    _reported_starts: list[int] = field(init=False, repr=False)
    _tokens: list[Token] = field(init=False, repr=False)
    _token_starts: list[int] = field(init=False, repr=False)
    _token_ends: list[int] = field(init=False, repr=False)
    _once: dict[Callable, Any] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._indexed = {kind: ([m.start for m in getattr(self, kind)], getattr(self, kind)) for kind in _KINDS}
        self._speech_starts = [s for s, _ in self.speech]
        self._reported_starts = [s for s, _ in self.reported]
        self._tokens = tokens(self.folded)
        self._token_starts = [t.start for t in self._tokens]
        self._token_ends = [t.end for t in self._tokens]
        self._once = {}

    def within(self, kind: str, start: int, end: int) -> list[Any]:
        """Mentions of ``kind`` ('actors', 'places', …) that start inside ``[start, end)``."""
        starts, found = self._indexed[kind]
        first = bisect_left(starts, start)
        return found[first:bisect_left(starts, end, first)]

    def in_speech(self, pos: int) -> bool:
        i = bisect_right(self._speech_starts, pos) - 1
        return i >= 0 and pos < self.speech[i][1]

    def reported_span(self, pos: int) -> tuple[int, int] | None:
        """The quote after «أن» that holds ``pos``, if any (quotes are in text order and never overlap)."""
        i = bisect_right(self._reported_starts, pos) - 1
        return self.reported[i] if i >= 0 and pos < self.reported[i][1] else None

    def tokens(self, start: int, end: int) -> list[Token]:
        """``segment.tokens(folded, start, end)`` from the document's tokens: a word cut by the window is cut too."""
        if end <= start:
            return []
        out = self._tokens[bisect_right(self._token_ends, start):bisect_left(self._token_starts, end)]
        if out and out[0].start < start:
            first = out[0]
            out[0] = Token(start, first.end, first.text[start - first.start:])
        if out and out[-1].end > end:
            last = out[-1]
            out[-1] = Token(last.start, end, last.text[:end - last.start])
        return out

    def once(self, fact: Callable[[Mentions], R]) -> R:
        """``fact(self)``, computed once per document (a document-level fact, such as the country it is about)."""
        if fact not in self._once:
            self._once[fact] = fact(self)
        return self._once[fact]

    def cue_kinds(self, start: int, end: int) -> set[str]:
        kinds: set[str] = set()
        for c in self.within("cues", start, end):
            kinds |= c.kinds
        return kinds


_KINDS = ("actors", "places", "times", "numbers", "triggers", "cues")


def find_triggers(folded: str) -> list[TriggerMention]:
    """The trigger words of the folded text, each with its highest-ranked family."""
    out: list[TriggerMention] = []
    for m in trigger_matcher().find(folded):
        if m.prefix in ("", "ال") and _after_village_word(folded, m.start - len(m.prefix)):
            continue  # «في قرية الخطف», «بلدة السحل»: a village's name, though the word tells an act elsewhere
        best = max(m.payloads, key=lambda t: t.rank)
        out.append(TriggerMention(m.start, m.end, m.key, best))
    return out


def _after_village_word(folded: str, start: int) -> bool:
    """Does a village word («قرية», «بلدة», frame_words.yaml: village_words) stand right before ``start``?"""
    before = folded[max(0, start - _LONGEST_VILLAGE_WORD - 4):start]
    if not before[-1:].isspace():
        return False
    words = before.split()
    return bool(words) and without_proclitic(words[-1], _VILLAGE_WORDS) in _VILLAGE_WORDS


SHORT_CUE = 2  # cues this short («لو») stand alone or behind a conjunction only
_CONJUNCTIONS = ("", "و", "ف")


def _cue_mentions(folded: str) -> list[CueMention]:
    hits: list[Match[str]] = cue_matcher().find_all(folded)
    merged: dict[tuple[int, int], CueMention] = {}
    for h in hits:
        if len(h.key) <= SHORT_CUE and h.prefix not in _CONJUNCTIONS:
            continue  # «كلو» (Sudanese «all of it») is no «لو»: a two-letter cue takes no preposition
        key = (h.start, h.end)
        kinds = frozenset(h.payloads)
        merged[key] = CueMention(h.start, h.end, h.key, kinds | merged[key].kinds if key in merged else kinds)
    return sorted(merged.values(), key=lambda c: (c.start, c.end))


def find_mentions(folded: str, published: dt.date | None, triggers: list[TriggerMention] | None = None) -> Mentions:
    """Run every matcher once over the folded document text (``triggers``: what ``find_triggers`` found in it)."""
    m = Mentions(
        folded=folded,
        sentences=sentences(folded),
        speech=speech_spans(folded),
        reported=speech_spans(folded, reported=True),
        actors=sorted(catalog().find(folded), key=lambda m: m.start),
        places=gazetteer().find(folded),  # already in text order; `parent` indexes this list
        times=sorted(find_dates(folded, published), key=lambda m: m.start),
        numbers=sorted(find_numbers(folded), key=lambda m: m.start),
        triggers=find_triggers(folded) if triggers is None else triggers,
        cues=_cue_mentions(folded),
    )
    m.sentences = _split_incidents(m)
    return m


def _split_incidents(m: Mentions) -> list[Sentence]:
    """«قُتل مدنيان بقصف على قرية X، فيما أصيب ثلاثة بانفجار لغم في قرية Y»: a clause that opens with
    «فيما/بينما/كما/رافقها…» (frame_words.yaml: clause_openers) and tells its own incident (a specific trigger and its own place) is a sentence."""
    out: list[Sentence] = []
    for sent in m.sentences:
        pieces = [sent]
        for match in _CLAUSE_BREAK.finditer(m.folded, sent.start, sent.end):
            head = pieces[-1]
            cut = match.start() + (0 if match.group("bare") else 1)
            verbal = _VERBAL_OPENER.match(m.folded, cut) is not None
            if match.group("bare"):  # «… إضافة إلى اشتباكات أخرى قرب Y»: the head told one, the tail another
                parted = any(t.trigger.rank > INCIDENT_RANK for t in m.within("triggers", head.start, cut)) \
                    and _tells_incident(m, cut, head.end, verbal, True)
            else:
                parted = _tells_incident(m, head.start, cut, verbal) \
                    and _tells_incident(m, cut, head.end, verbal, area_hit=verbal)
            if parted:
                pieces[-1] = replace(head, end=match.start())
                pieces.append(replace(head, start=cut + 1, headline=False, clause=True))
        out.extend(pieces)
    for i, s in enumerate(out):
        s.index = i
    return out


def _tells_incident(m: Mentions, start: int, end: int, verbal: bool, area_word: bool = False,
                   area_hit: bool = False) -> bool:
    """A specific trigger and a place of its own; behind «كما/فيما …» (a clause with its own verb) an attack
    with its attacker named will do («…، كما شهدت قرى A وB هجوماً نفذته قوات …»); with ``area_word`` a place
    the gazetteer lacks, named after «منطقة/قرية/حي …», is one too, and with ``area_hit`` one the clause puts
    the act in («فيما شنت طائراته غارة على أرض بمنطقة X»: the place word after «ب», «في» or «على»)."""
    if ONGOING.search(m.folded, start, end):
        return False  # «فيما تتواصل المعارك في محيط سد تشرين» is a state of affairs, not an incident
    ranks = [t.trigger.rank for t in m.within("triggers", start, end)]
    strong = any(r > INCIDENT_RANK for r in ranks) or (
        verbal and INCIDENT_RANK in ranks and bool(m.within("actors", start, end)))
    placed = any(p.place is not None and not p.is_context and p.place.feature not in ("admin1", "country")
                 for p in m.within("places", start, end))
    words = m.tokens(start, end)[:-1]
    placed = placed or area_word and any(without_proclitic(t.text, _AREA_WORDS) in _AREA_WORDS for t in words)
    placed = placed or area_hit and any(
        t.text[:1] == "ب" and t.text[1:] in _AREA_WORDS or t.text in _AREA_WORDS and i and words[i - 1].text in _IN_ON
        for i, t in enumerate(words))
    return strong and placed
