"""The event filters shared by the list, stats and export endpoints: parsed from the query string, checked,
turned into the store's EventFilter (reviewed events are checked in Python on their reviewed values)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from fastapi import Query

from rasid.errors import InputError
from rasid.store.reviews import EVENT_TYPES

_DATE = r"^\d{4}-\d{2}-\d{2}$"


@dataclass(slots=True)
class Filters:
    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    min_fatalities: int | None = None
    min_confidence: float | None = None
    q: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    reviewed: bool | None = None
    status: str | None = None

    def store_filter(self):  # noqa: ANN201 - rasid.store.EventFilter
        from rasid.store import EventFilter

        return EventFilter(date_from=self.date_from, date_to=self.date_to, country=self.country, admin1=self.admin1,
                           admin2=self.admin2, event_type=self.event_type, sub_event_type=self.sub_event_type,
                           actor=self.actor, min_confidence=self.min_confidence, min_fatalities=self.min_fatalities,
                           query=self.q, bbox=self.bbox)

    def matches_review(self, review: dict) -> bool:
        """Whether an event of this review state (``record["review"]``) passes the review filters."""
        status = review.get("status", "unreviewed")
        if self.status is None and status == "rejected":
            return False
        if self.status is not None and status != self.status:
            return False
        return self.reviewed is None or (status != "unreviewed" or bool(review.get("fields"))) == self.reviewed


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        west, south, east, north = (float(v) for v in value.split(","))
    except ValueError:
        raise InputError("bbox: give four numbers west,south,east,north") from None
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise InputError("bbox: west ≤ east within ±180 and south ≤ north within ±90")
    return west, south, east, north


def _check_date(name: str, value: str | None) -> None:
    if value is not None:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise InputError(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def event_filters(
    date_from: str | None = Query(None, pattern=_DATE, description="earliest event date, YYYY-MM-DD"),
    date_to: str | None = Query(None, pattern=_DATE, description="latest event date, YYYY-MM-DD"),
    country: str | None = Query(None, max_length=80),
    admin1: str | None = Query(None, max_length=120),
    admin2: str | None = Query(None, max_length=120),
    event_type: str | None = Query(None, description="ACLED event type"),
    sub_event_type: str | None = Query(None, description="ACLED sub-event type"),
    actor: str | None = Query(None, max_length=120, description="actor id or English name, either side"),
    min_fatalities: int | None = Query(None, ge=0),
    min_confidence: float | None = Query(None, ge=0, le=1),
    q: str | None = Query(None, min_length=1, max_length=300,
                          description="full-text query over original and repaired text («داعش» finds «داعـ.ـش»)"),
    bbox: str | None = Query(None, description="west,south,east,north in degrees"),
    reviewed: bool | None = Query(None, description="only reviewed (true) or unreviewed (false) events"),
    status: str | None = Query(None, pattern="^(confirmed|rejected|unreviewed)$",
                               description="review status; rejected events are left out unless asked for"),
) -> Filters:
    """FastAPI dependency: the filters of a request, checked (InputError names the bad parameter)."""
    _check_date("date_from", date_from)
    _check_date("date_to", date_to)
    if date_from and date_to and date_from > date_to:
        raise InputError("date_from: later than date_to")
    if event_type is not None and event_type not in EVENT_TYPES:
        raise InputError(f"event_type: must be one of {', '.join(EVENT_TYPES)}")
    if sub_event_type is not None and not any(sub_event_type in subs for subs in EVENT_TYPES.values()):
        raise InputError(f"sub_event_type: {sub_event_type!r} is not an ACLED sub-event type")
    if q is not None and not re.search(r"\w", q):
        raise InputError("q: the query has no searchable words")
    return Filters(date_from, date_to, country, admin1, admin2, event_type, sub_event_type, actor, min_fatalities,
                   min_confidence, q, parse_bbox(bbox), reviewed, status)

