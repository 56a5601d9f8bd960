"""The typed records that flow through rasid's pipeline (see SPEC.md for the JSON contract)."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(slots=True)
class Span:
    """A half-open span of the ORIGINAL input text: ``original[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Repair:
    """One evasion repair: ``original`` (at ``start:end`` of the input) became ``repaired``."""

    start: int
    end: int
    original: str
    repaired: str
    kind: str


@dataclass(slots=True)
class Actor:
    """An actor resolved to the catalog, with the words that named it."""

    id: str
    name: str
    name_ar: str
    inter: int
    mention: str
    country: str | None = None
    span: Span | None = None


@dataclass(slots=True)
class Place:
    """A gazetteer place (or region) with its administrative context and ACLED geo_precision."""

    name: str
    name_ar: str
    lat: float | None
    lon: float | None
    country: str
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    pcode: str | None = None
    geo_precision: int = 1
    feature: str = "populated"  # populated | neighbourhood | admin1 | admin2 | admin3 | region | country


@dataclass(slots=True)
class Event:
    """One concrete conflict event, ACLED-style, with evidence spans into the original text."""

    event_type: str
    sub_event_type: str
    date: str | None = None
    date_text: str | None = None
    time_precision: int | None = None
    actor1: dict[str, Any] | None = None
    actor2: dict[str, Any] | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: dict[str, Any] | None = None
    fatalities: int | None = None
    wounded: int | None = None
    fatalities_acled: int = 0
    evidence: list[dict[str, Any]] = field(default_factory=list)
    confidence: float = 0.0
    notes: str = ""
    plover: str | None = None
    id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The event as a new JSON-ready dict (nested dicts and lists copied, as ``dataclasses.asdict`` would)."""
        return {name: _copied(getattr(self, name)) for name in _EVENT_FIELDS}


_EVENT_FIELDS = tuple(f.name for f in fields(Event))


def _copied(value: Any) -> Any:
    """A JSON value with its dicts and lists copied (scalars are immutable and shared)."""
    if isinstance(value, dict):
        return {k: _copied(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copied(v) for v in value]
    return value


@dataclass(slots=True)
class Document:
    """The document record: one per input document, carrying its events."""

    id: str
    text: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    language: str = "ar"
    repairs: list[Repair] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "language": self.language,
            "text": self.text,
            "repairs": [{"start": r.start, "end": r.end, "original": r.original, "repaired": r.repaired,
                         "kind": r.kind} for r in self.repairs],
            "events": [e.as_dict() for e in self.events],
            "warnings": list(self.warnings),
        }
