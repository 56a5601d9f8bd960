"""Streamed exports as the API serves them, with the reviews applied: ACLED CSV, GeoJSON points and Parquet carry
one row per incident (as ``rasid export`` does), JSONL the event records with their reviewed values."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator

from rasid.store import EventFilter, Store


class Unavailable(Exception):
    """The format needs an optional package that is not installed."""


def _jsonl(records: Iterable[dict]) -> Iterator[str]:
    for record in records:
        yield json.dumps(record, ensure_ascii=False) + "\n"


def stream(fmt: str, store: Store, filters: EventFilter, keep: Callable[[dict], bool],
           events: Callable[[], Iterable[dict]]) -> tuple[Iterator, str, str]:
    """(body chunks, media type, file suffix) for ``fmt``: incidents of ``store`` matching ``filters`` made of
    the members whose review ``keep`` accepts, or for jsonl the records ``events()`` gives; raises Unavailable
    when the format's package is missing."""
    from rasid.store import exports

    if fmt == "jsonl":
        return _jsonl(events()), "application/x-ndjson; charset=utf-8", "jsonl"
    rows = exports.incident_rows(exports.reviewed_incidents(store, filters, keep=keep))
    if fmt == "acled-csv":
        return exports.csv_chunks(rows), "text/csv; charset=utf-8", "csv"
    if fmt == "geojson":
        return exports.geojson_chunks(rows, exports.ExportStats()), "application/geo+json", "geojson"
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise Unavailable("parquet needs pyarrow (pip install 'rasid[parquet]')") from None
    return exports.parquet_chunks(rows), "application/vnd.apache.parquet", "parquet"
