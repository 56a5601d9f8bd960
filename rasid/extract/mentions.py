"""Mentions: every actor, place, date, number, trigger and cue found once over the folded text."""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left
import re
from dataclasses import dataclass, field, replace
from typing import Any

from rasid.extract.segment import Sentence, sentences, speech_spans
from rasid.lexicon.actors import ActorMention, catalog
from rasid.lexicon.matcher import Match
from rasid.lexicon.numbers import NumberMention, find_numbers
from rasid.lexicon.places import PlaceMention, gazetteer
from rasid.lexicon.time import TimeMention, find_dates
from rasid.lexicon.triggers import Trigger, cue_matcher, trigger_matcher
from rasid.lexicon.words import alternation


INCIDENT_RANK = 60  # triggers above this (attack, killing) can tell an incident of their own
ONGOING = re.compile(r"تتواصل|يتواصل|لا تزال|ما تزال|لا يزال|ما زال|متواصله|مستمره")
_CLAUSE_BREAK = re.compile(rf"[،,] ?(?=(?:{alternation('clause_openers')}) )")


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
    """All mentions of one document, each list sorted by start (folded-text indices)."""

    folded: str
    sentences: list[Sentence]
    speech: list[tuple[int, int]]
    actors: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    triggers: list[TriggerMention] = field(default_factory=list)
    cues: list[CueMention] = field(default_factory=list)

    def within(self, kind: str, start: int, end: int) -> list[Any]:
        """Mentions of ``kind`` ('actors', 'places', …) that start inside ``[start, end)``."""
        items = getattr(self, kind)
        lo = bisect_left([m.start for m in items], start)
        out = []
        for m in items[lo:]:
            if m.start >= end:
                break
            out.append(m)
        return out

    def in_speech(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.speech)

    def cue_kinds(self, start: int, end: int) -> set[str]:
        kinds: set[str] = set()
        for c in self.within("cues", start, end):
            kinds |= c.kinds
        return kinds


def _trigger_mentions(folded: str) -> list[TriggerMention]:
    out: list[TriggerMention] = []
    for m in trigger_matcher().find(folded):
        best = max(m.payloads, key=lambda t: t.rank)
        out.append(TriggerMention(m.start, m.end, m.key, best))
    return out


def _cue_mentions(folded: str) -> list[CueMention]:
    hits: list[Match[str]] = cue_matcher().find_all(folded)
    merged: dict[tuple[int, int], CueMention] = {}
    for h in hits:
        key = (h.start, h.end)
        kinds = frozenset(h.payloads)
        merged[key] = CueMention(h.start, h.end, h.key, kinds | merged[key].kinds if key in merged else kinds)
    return sorted(merged.values(), key=lambda c: (c.start, c.end))


def find_mentions(folded: str, published: dt.date | None) -> Mentions:
    """Run every matcher once over the folded document text."""
    m = Mentions(
        folded=folded,
        sentences=sentences(folded),
        speech=speech_spans(folded),
        actors=sorted(catalog().find(folded), key=lambda m: m.start),
        places=gazetteer().find(folded),  # already in text order; `parent` indexes this list
        times=sorted(find_dates(folded, published), key=lambda m: m.start),
        numbers=sorted(find_numbers(folded), key=lambda m: m.start),
        triggers=_trigger_mentions(folded),
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
            cut = match.start() + 1
            if _tells_incident(m, head.start, cut) and _tells_incident(m, cut, head.end):
                pieces[-1] = replace(head, end=match.start())
                pieces.append(replace(head, start=cut + 1, headline=False))
        out.extend(pieces)
    for i, s in enumerate(out):
        s.index = i
    return out


def _tells_incident(m: Mentions, start: int, end: int) -> bool:
    if ONGOING.search(m.folded, start, end):
        return False  # «فيما تتواصل المعارك في محيط سد تشرين» is a state of affairs, not an incident
    strong = any(t.trigger.rank > INCIDENT_RANK for t in m.within("triggers", start, end))
    placed = any(p.place is not None and not p.is_context and p.place.feature not in ("admin1", "country")
                 for p in m.within("places", start, end))
    return strong and placed
