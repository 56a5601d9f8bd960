"""Streamed exports of events as the API serves them (reviewed values applied, rejected events left out):
ACLED CSV (rasid.export's columns), GeoJSON points, JSONL event records, Parquet (with pyarrow installed)."""
from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterable, Iterator

from rasid.export import ACLED_COLUMNS, RASID_COLUMNS, acled_rows
from rasid.records import Document, Event

_EVENT_FIELDS = {f.name for f in dataclasses.fields(Event)}
_EXTRA_COLUMNS = ["rasid_review_status", "rasid_reviewed_fields"]


class Unavailable(Exception):
    """The format needs an optional package that is not installed."""


def acled_row(record: dict) -> dict:
    """One ACLED-column row for a served event record."""
    event = Event(**{k: v for k, v in record.items() if k in _EVENT_FIELDS})
    doc = Document(id=record.get("doc_id") or "", text="", source=record.get("source"), url=record.get("url"))
    doc.events = [event]
    row = next(iter(acled_rows(doc)))
    if record.get("event_id_cnty"):
        row["event_id_cnty"] = record["event_id_cnty"]
    review = record.get("review") or {}
    row["rasid_review_status"] = review.get("status", "unreviewed")
    row["rasid_reviewed_fields"] = " ".join(review.get("fields") or ())
    return row


def _csv(records: Iterable[dict]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS + RASID_COLUMNS + _EXTRA_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for record in records:
        writer.writerow({k: _safe_cell(v) for k, v in acled_row(record).items()})
        if buf.tell() > 64_000:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def _safe_cell(value: object) -> object:
    """A text cell a spreadsheet would read as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _jsonl(records: Iterable[dict]) -> Iterator[str]:
    for record in records:
        yield json.dumps(record, ensure_ascii=False) + "\n"


def _geojson(records: Iterable[dict]) -> Iterator[str]:
    yield '{"type":"FeatureCollection","features":['
    first = True
    for record in records:
        loc = record.get("location") or {}
        if loc.get("lat") is None or loc.get("lon") is None:
            continue
        props = {k: v for k, v in record.items() if k != "location"}
        props["location"] = loc.get("name")
        props["location_ar"] = loc.get("name_ar")
        feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
                   "properties": props}
        yield ("" if first else ",") + json.dumps(feature, ensure_ascii=False)
        first = False
    yield "]}\n"


def _parquet(records: Iterable[dict]) -> Iterator[bytes]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = ACLED_COLUMNS + RASID_COLUMNS + _EXTRA_COLUMNS
    sink = io.BytesIO()
    schema = pa.schema([(c, pa.string()) for c in columns])
    writer = pq.ParquetWriter(sink, schema)
    rows: list[dict] = []

    def flush() -> bytes:
        table = pa.table({c: [None if r.get(c) in ("", None) else str(r[c]) for r in rows] for c in columns}, schema=schema)
        writer.write_table(table)
        rows.clear()
        data = sink.getvalue()
        sink.seek(0)
        sink.truncate()
        return data

    for record in records:
        rows.append(acled_row(record))
        if len(rows) >= 5000:
            yield flush()
    if rows:
        yield flush()
    writer.close()
    yield sink.getvalue()


def stream(fmt: str, records: Iterable[dict]) -> tuple[Iterator, str, str]:
    """(body chunks, media type, file suffix) for ``fmt``; raises Unavailable when its package is missing."""
    if fmt == "acled-csv":
        return _csv(records), "text/csv; charset=utf-8", "csv"
    if fmt == "geojson":
        return _geojson(records), "application/geo+json", "geojson"
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise Unavailable("parquet needs pyarrow (pip install 'rasid[parquet]')") from None
        return _parquet(records), "application/vnd.apache.parquet", "parquet"
    return _jsonl(records), "application/x-ndjson; charset=utf-8", "jsonl"
