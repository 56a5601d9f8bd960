"""Helpers of the real-news pattern tests: run the pipeline over one written sentence or paragraph."""
from __future__ import annotations

from rasid.pipeline import process

PUBLISHED = "2025-03-12"


def events(text: str, published: str | None = PUBLISHED) -> list:
    return process(text, published=published).events


def only(text: str, published: str | None = PUBLISHED):
    """The one event the text tells (the assertion message lists what was found instead)."""
    found = events(text, published)
    assert len(found) == 1, [(e.sub_event_type, (e.location or {}).get("name_ar"), actor(e, "actor1"),
                              actor(e, "actor2")) for e in found]
    return found[0]


def actor(event, slot: str) -> str | None:
    value = getattr(event, slot)
    return value["name"] if value else None
