"""Shape checks on the records ``rasid eval`` scores: a wrongly typed field is dropped with a warning.

Gold files are written by hand and prediction files by any tool, so a field may hold a list where a name
belongs, or an object nested a thousand deep. Scoring such a field would crash or mean nothing; it is
treated as absent instead, and each one is reported (``FILE: id X event N: …``)."""
from __future__ import annotations

from collections.abc import Callable

_TEXT_FIELDS = ("event_type", "sub_event_type", "date", "date_text", "country", "admin1", "admin2", "admin3",
                "actor1_ar", "actor2_ar", "location_ar", "notes")
_COUNT_FIELDS = ("fatalities", "wounded", "fatalities_acled", "time_precision")
_NAMED_FIELDS = ("actor1", "actor2", "location")  # an object, or (in gold) a plain name
_NAME_KEYS = ("id", "name", "name_ar", "mention", "pcode")
_COORDINATE_KEYS = ("lat", "lon", "geo_precision")


def _kind(value: object) -> str:
    """The JSON name of ``value``'s type."""
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "a number",
            float: "a number"}.get(type(value), "null")


def _is_text(value: object) -> bool:
    return value is None or isinstance(value, str)


def _is_number(value: object) -> bool:
    return value is None or (isinstance(value, (int, float, str)) and not isinstance(value, bool))


def _named(value: object, say: Callable[[str], None], field: str) -> object:
    """An actor or location: a name string, or an object whose name keys are strings and coordinates numbers."""
    if _is_text(value):
        return value
    if not isinstance(value, dict):
        say(f"{field} is {_kind(value)}, not an object or a name: ignored")
        return None
    clean = dict(value)
    for key in _NAME_KEYS:
        if not _is_text(clean.get(key)):
            say(f"{field}.{key} is not a string: ignored")
            clean[key] = None
    for key in _COORDINATE_KEYS:
        if not _is_number(clean.get(key)):
            say(f"{field}.{key} is not a number: ignored")
            clean[key] = None
    return clean


def _event(event: dict, say: Callable[[str], None]) -> dict:
    """``event`` with each wrongly typed field set to None."""
    clean = dict(event)
    for field in _TEXT_FIELDS:
        if not _is_text(clean.get(field)):
            say(f"{field} is {_kind(clean[field])}, not a string: ignored")
            clean[field] = None
    for field in _COUNT_FIELDS:
        if not _is_number(clean.get(field)) or (isinstance(clean.get(field), str) and len(clean[field]) > 40):
            say(f"{field} is not a number: ignored")
            clean[field] = None
    for field in _NAMED_FIELDS:
        clean[field] = _named(clean.get(field), say, field)
    return clean


def well_typed(records: dict[str, dict], path: str, warn: Callable[[str], None]) -> dict[str, dict]:
    """``records`` ({id: record}) with events that are not objects dropped and wrongly typed fields emptied;
    ``warn`` gets one line for each."""
    out: dict[str, dict] = {}
    for doc_id, record in records.items():
        events = []
        for n, event in enumerate(record.get("events") or [], 1):
            def say(message: str, n: int = n) -> None:
                warn(f"{path}: id {doc_id!r} event {n}: {message}")
            if isinstance(event, dict):
                events.append(_event(event, say))
            else:
                say(f"{_kind(event)}, not an object: ignored")
        out[doc_id] = {**record, "events": events}
    return out
