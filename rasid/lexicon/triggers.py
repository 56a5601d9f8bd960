"""Event triggers and cue words: loaded from rasid/data/triggers.yaml and cues.yaml, compiled once."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from rasid.errors import DataError
from rasid.lexicon.cache import cached
from rasid.lexicon.matcher import PhraseMatcher

_VERB_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن")
_VERB_PREFIXES = ("ي", "ت")


@dataclass(frozen=True, slots=True)
class Trigger:
    """A family of words that state an event, with the ACLED type it implies."""

    id: str
    event_type: str
    sub_event_type: str | None
    plover: str
    rank: int
    armed: tuple[str, str] | None = None
    civilian: tuple[str, str] | None = None

    @property
    def by_target(self) -> bool:
        return self.event_type == "by_target"


def _read_yaml(name: str) -> Any:
    path = resources.files("rasid") / "data" / name
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DataError(f"{name}: lexicon file missing from the package") from exc
    except yaml.YAMLError as exc:
        raise DataError(f"{name}: {exc}") from exc


def inflect_verb(stem: str) -> list[str]:
    """Past and present forms of a verb stem: قصف → قصف، قصفت، قصفوا، يقصف، تقصف…"""
    head, _, tail = stem.partition(" ")
    forms = [head + s for s in _VERB_SUFFIXES]
    forms += [p + head.lstrip("أا") for p in _VERB_PREFIXES] if head.startswith(("أ", "ا")) else []
    forms += [p + head for p in _VERB_PREFIXES]
    return [f"{f} {tail}".strip() for f in forms]


def _trigger_from(entry: dict[str, Any], index: int) -> tuple[Trigger, list[str]]:
    try:
        trig = Trigger(
            id=entry["id"], event_type=entry["event_type"], sub_event_type=entry.get("sub_event_type"),
            plover=entry["plover"], rank=int(entry["rank"]),
            armed=tuple(entry["armed"]) if entry.get("armed") else None,
            civilian=tuple(entry["civilian"]) if entry.get("civilian") else None,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DataError(f"triggers.yaml: entry {index} ({entry.get('id', '?')}): missing or bad field {exc}") from exc
    if trig.by_target and not (trig.armed and trig.civilian):
        raise DataError(f"triggers.yaml: entry {trig.id}: by_target needs `armed` and `civilian`")
    words = list(entry.get("words") or [])
    for verb in entry.get("verbs") or []:
        words.extend(inflect_verb(verb))
    return trig, words


@cache
def trigger_matcher() -> PhraseMatcher[Trigger]:
    """All trigger words; a word listed by two families keeps both, the frame builder picks by rank."""
    return cached("triggers", _build_trigger_matcher)


def _build_trigger_matcher() -> PhraseMatcher[Trigger]:
    entries: list[tuple[str, Trigger]] = []
    for i, entry in enumerate(_read_yaml("triggers.yaml")):
        trig, words = _trigger_from(entry, i)
        entries.extend((w, trig) for w in words)
    return PhraseMatcher(entries, allow_article=True)


@cache
def cue_matcher() -> PhraseMatcher[str]:
    """Cue words (statement, threat, negation, aggregate, …) tagged with their list name."""
    return cached("cues", _build_cue_matcher)


def _build_cue_matcher() -> PhraseMatcher[str]:
    data = _read_yaml("cues.yaml")
    if not isinstance(data, dict):
        raise DataError("cues.yaml: expected a mapping of cue lists")
    return PhraseMatcher(((w, kind) for kind, words in data.items() for w in words), allow_article=False)
