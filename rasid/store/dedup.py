"""Cross-outlet deduplication: which events tell the same incident, and the incident record they make.

Two events are the same incident when they come from different documents, share the event type and country,
fall within a day of each other, name the same place or one inside the other (a village and its district),
and name compatible actors (one side's known actors a subset of the other's). The merged record follows ACLED:
sources joined with "; ", the lowest concrete fatality figure, the most precise place and date, conflicting
tolls stated in the notes.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

MAX_DAYS_APART = 1
MAX_EVIDENCE_MEMBERS = 20  # the merged record quotes the first 20 reports; every report stays linked by event_ids
_LOCALITY_FEATURES = {"populated", "neighbourhood"}
_ADMIN_DEPTH = {"country": 0, "admin1": 1, "admin2": 2, "admin3": 3}
_WILDCARD_ACTOR_PREFIXES = ("unidentified", "ref_unknown")

Event = dict[str, Any]


def place_chain(event: Event) -> tuple[str | None, ...]:
    """(admin1, admin2, admin3, locality) of an event, cut at the level of an administrative-unit location."""
    loc = event.get("location") or {}
    chain = [event.get("admin1"), event.get("admin2"), event.get("admin3"), None]
    feature = loc.get("feature") or "populated"
    if feature in _LOCALITY_FEATURES:
        chain[3] = loc.get("pcode") or loc.get("name")
    elif feature in _ADMIN_DEPTH:
        for level in range(_ADMIN_DEPTH[feature], 3):
            chain[level] = None
    else:  # a region such as «ريف دير الزور الغربي»: only its governorate and district are known
        chain[2] = None
    return tuple(chain)


def _same_place(a: Event, b: Event) -> bool:
    """The same place, or one inside the other: no level at which both are known differs."""
    ca, cb = place_chain(a), place_chain(b)
    if not ca[0] or not cb[0]:
        return False
    return all(x is None or y is None or x == y for x, y in zip(ca, cb))


def actor_ids(event: Event) -> set[str]:
    """The catalog ids of the event's named actors, unidentified ones left out (they fit any actor)."""
    ids = set()
    for key in ("actor1", "actor2"):
        actor = event.get(key) or {}
        if actor.get("id") and not str(actor["id"]).startswith(_WILDCARD_ACTOR_PREFIXES):
            ids.add(actor["id"])
    return ids


def _days_apart(a: str | None, b: str | None) -> int | None:
    try:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def same_incident(a: Event, b: Event) -> bool:
    """Whether events ``a`` and ``b`` (each with its ``doc_id``) report the same incident."""
    if a.get("doc_id") == b.get("doc_id"):
        return False  # the extractor already merged what one document tells twice
    if a.get("event_type") != b.get("event_type") or a.get("country") != b.get("country"):
        return False
    days = _days_apart(a.get("date"), b.get("date"))
    if days is None or days > MAX_DAYS_APART:
        return False
    if not _same_place(a, b):
        return False
    ia, ib = actor_ids(a), actor_ids(b)
    return ia <= ib or ib <= ia


def _place_rank(e: Event) -> tuple:
    loc = e.get("location") or {}
    known = sum(1 for level in place_chain(e) if level)
    return (loc.get("geo_precision") or 9, -known, -(e.get("confidence") or 0))


def _date_rank(e: Event) -> tuple:
    return (e.get("time_precision") or 9, e.get("date") or "9999", -(e.get("confidence") or 0))


def _figures(members: list[Event], key: str) -> list[tuple[int, str]]:
    return [(m[key], m.get("source") or m.get("doc_id") or "") for m in members if m.get(key) is not None]


def merge(members: list[Event]) -> Event:
    """The incident record of ``members`` (events of one incident, each with doc_id, source, source_scale)."""
    from rasid.store.catalogs import combined_scale

    place = min(members, key=_place_rank)
    when = min(members, key=_date_rank)
    cast = max(members, key=lambda e: (len(actor_ids(e)), bool(e.get("actor2")), e.get("confidence") or 0))
    record: Event = {key: place.get(key) for key in ("country", "admin1", "admin2", "admin3", "location")}
    record.update({key: when.get(key) for key in ("date", "date_text", "time_precision")})
    record.update({key: cast.get(key) for key in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")})
    record["event_type"] = place["event_type"]
    record["sub_event_type"] = max(members, key=lambda e: e.get("confidence") or 0)["sub_event_type"]
    killed, hurt = _figures(members, "fatalities"), _figures(members, "wounded")
    record["fatalities"] = min(k for k, _ in killed) if killed else None
    record["wounded"] = min(w for w, _ in hurt) if hurt else None
    record["fatalities_acled"] = record["fatalities"] if killed else min(m.get("fatalities_acled") or 0
                                                                          for m in members)
    record["confidence"] = max(m.get("confidence") or 0 for m in members)
    sources = sorted({m.get("source") or "unknown source" for m in members})
    record["sources"] = sources
    record["source"] = "; ".join(sources)
    record["source_scale"] = combined_scale([m.get("source_scale") or "" for m in members])
    record["event_ids"] = [m["id"] for m in members]
    record["doc_ids"] = sorted({m["doc_id"] for m in members})
    record["evidence"] = [dict(span, doc_id=m["doc_id"]) for m in members[:MAX_EVIDENCE_MEMBERS]
                          for span in m.get("evidence") or []]
    tagged = [m.get("tags") or "" for m in sorted(members, key=lambda e: -(e.get("confidence") or 0))]
    record["tags"] = next((t for t in tagged if t and not t.endswith("no report")), next((t for t in tagged if t), ""))
    notes = place.get("notes") or ""
    if len({k for k, _ in killed}) > 1:
        tolls = "; ".join(f"{src}: {k}" for k, src in sorted(killed))
        notes = f"{notes} Sources differ on the toll ({tolls}); the lowest figure is coded.".strip()
    record["notes"] = notes
    return record


class Cluster:
    """An incident's member events and a running summary to match new events against (kept up to date on
    each addition at constant cost; the full merged record is built by :func:`merge` when needed)."""

    __slots__ = ("members", "summary")

    def __init__(self, members: list[Event]) -> None:
        self.members: list[Event] = []
        self.summary: Event = {"doc_ids": set()}
        for member in members:
            self.add(member)

    def add(self, event: Event) -> None:
        self.members.append(event)
        s = self.summary
        s["doc_ids"].add(event.get("doc_id"))
        if len(self.members) == 1:
            s.update({k: event.get(k) for k in ("event_type", "country", "admin1", "admin2", "admin3", "location",
                                                "date", "time_precision", "actor1", "actor2")})
            s["_place"], s["_date"], s["_cast"] = self.members[0], self.members[0], self.members[0]
            return
        if _place_rank(event) < _place_rank(s["_place"]):
            s["_place"] = event
            s.update({k: event.get(k) for k in ("admin1", "admin2", "admin3", "location")})
        if _date_rank(event) < _date_rank(s["_date"]):
            s["_date"] = event
            s.update({k: event.get(k) for k in ("date", "time_precision")})
        if len(actor_ids(event)) > len(actor_ids(s["_cast"])):
            s["_cast"] = event
            s.update({k: event.get(k) for k in ("actor1", "actor2")})

    def accepts(self, event: Event) -> bool:
        """Whether ``event`` reports this incident (and comes from a document not already in it)."""
        return bool(self.members) and event.get("doc_id") not in self.summary["doc_ids"] and \
            same_incident(event, self.summary)
