"""Exports of the store: ACLED CSV, GeoJSON, JSONL, Parquet and XLSX, streamed row by row.

ACLED CSV, GeoJSON, Parquet and XLSX carry one row per incident (the deduplicated record, ACLED's unit) with the
analysts' reviews applied: an incident with a reviewed member is rebuilt from its members' reviewed values,
rejected members left out; JSONL carries the stored document records. A text cell that a spreadsheet would read as a formula
(``=``, ``+``, ``-``, ``@``, tab, carriage return first) is neutralised with a leading apostrophe.
"""
from __future__ import annotations

import csv
import dataclasses
import heapq
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from rasid.errors import RasidError
from rasid.export import ACLED_COLUMNS
from rasid.store.assoc import catalog_associated
from rasid.store import dedup
from rasid.store.catalogs import acled_actor_name, country, province_capital
from rasid.store.reviews import ReviewLog
from rasid.store.sqlite import EventFilter, Store

INTER_LABELS = {1: "State forces", 2: "Rebel groups", 3: "Political militias", 4: "Identity militias",
                5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces"}
_DISORDER = {"Protests": "Demonstrations", "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
RASID_COLUMNS = ["rasid_incident_id", "rasid_event_ids", "rasid_doc_ids", "actor1_id", "actor2_id", "rasid_actor1",
                 "rasid_actor2", "location_ar", "actor1_ar", "actor2_ar",
                 "date_text", "wounded", "fatalities_reported", "confidence", "n_sources", "evidence",
                 "rasid_review_status", "rasid_reviewed_fields"]
COLUMNS = ACLED_COLUMNS + RASID_COLUMNS
FORMATS = ("acled-csv", "geojson", "jsonl", "parquet", "xlsx")
# Parquet column types (the documented, stable schema: README "Exports").
_INT_COLUMNS = {"year", "time_precision", "inter1", "inter2", "iso", "geo_precision", "fatalities", "timestamp",
                "wounded", "fatalities_reported", "n_sources"}
_FLOAT_COLUMNS = {"latitude", "longitude", "confidence"}


@dataclass(slots=True)
class ExportStats:
    """Counts an export reports on standard error."""

    rows: int = 0
    undated: int = 0
    unplaced: int = 0


def safe_cell(value: Any) -> Any:
    """``value``, with a text that a spreadsheet would take for a formula prefixed by an apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _associated(actor: dict, value: Any, country_name: str | None) -> str:
    """ACLED's associated-actor cell: the catalog sub-type of the actor («Children (Syria)») and the actors
    the evidence puts on its side, joined with '; '."""
    names = []
    if sub_type := catalog_associated(actor):
        names.append(f"{sub_type} ({country_name})" if country_name else sub_type)
    for a in value if isinstance(value, list) else [value] if value else []:
        names.append(acled_actor_name(a, country_name) if isinstance(a, dict) else str(a))
    return "; ".join(dict.fromkeys(n for n in names if n))


def _point(incident: dict) -> tuple[Any, Any, str, str, Any]:
    """Latitude, longitude, location name, Arabic name and geo_precision; a place known only to its province (or
    a part of it) sits at the provincial capital with geo_precision 3, as ACLED codes it."""
    loc = incident.get("location") or {}
    if loc.get("geo_precision") == 3 or loc.get("feature") == "admin1":
        capital = province_capital(incident.get("country"), incident.get("admin1"))
        if capital:
            return capital.lat, capital.lon, capital.name, capital.name_ar, 3
    lat, lon, precision = loc.get("lat"), loc.get("lon"), loc.get("geo_precision")
    return ("" if lat is None else lat), ("" if lon is None else lon), loc.get("name", ""), loc.get("name_ar", ""), \
        ("" if precision is None else precision)


def _interaction(inter1: int | None, inter2: int | None, labels: bool) -> str | int:
    if not inter1:
        return ""
    a, b = sorted((inter1, inter2 or 0))
    if labels:
        return "-".join(INTER_LABELS.get(x, str(x)) for x in ((a, b) if a else (b,)))
    return int(f"{a}{b}" if a else f"{b}0")


def acled_row(incident: dict, *, inter_labels: bool = False) -> dict[str, Any]:
    """The ACLED-column row of one incident (values typed: ints, floats, strings; '' when unknown)."""
    a1, a2 = incident.get("actor1") or {}, incident.get("actor2") or {}
    inter1, inter2 = a1.get("inter"), a2.get("inter")
    entry = country(incident.get("country"))
    date = incident.get("date") or ""
    where = incident.get("country")
    lat, lon, place, place_ar, precision = _point(incident)

    def inter(code: int | None) -> str | int:
        return "" if not code else INTER_LABELS.get(code, str(code)) if inter_labels else code

    def blank(value: Any) -> Any:
        return "" if value is None else value

    return {
        "event_id_cnty": incident["event_id_cnty"], "event_date": date, "year": int(date[:4]) if date else "",
        "time_precision": blank(incident.get("time_precision")) if date else "",
        "disorder_type": _DISORDER.get(incident["event_type"], "Political violence"),
        "event_type": incident["event_type"], "sub_event_type": incident.get("sub_event_type") or "",
        "actor1": acled_actor_name(a1, where), "assoc_actor_1": _associated(a1, incident.get("assoc_actor_1"), where),
        "inter1": inter(inter1), "actor2": acled_actor_name(a2, where),
        "assoc_actor_2": _associated(a2, incident.get("assoc_actor_2"), where), "inter2": inter(inter2),
        "interaction": _interaction(inter1, inter2, inter_labels),
        "civilian_targeting": "Civilian targeting" if incident["event_type"] == "Violence against civilians"
        or inter2 == 7 else "",
        "iso": entry.iso if entry else "", "region": entry.region if entry else "",
        "country": incident.get("country") or "", "admin1": incident.get("admin1") or "",
        "admin2": incident.get("admin2") or "", "admin3": incident.get("admin3") or "",
        "location": place, "latitude": lat, "longitude": lon,
        "geo_precision": precision, "source": incident.get("source") or "",
        "source_scale": incident.get("source_scale") or "", "notes": incident.get("notes") or "",
        "fatalities": incident.get("fatalities_acled") or 0, "tags": incident.get("tags") or "",
        "timestamp": incident.get("timestamp", ""),
        "rasid_incident_id": incident.get("incident_id", ""),
        "rasid_event_ids": " ".join(incident.get("event_ids") or []),
        "rasid_doc_ids": " ".join(incident.get("doc_ids") or []), "actor1_id": a1.get("id", ""),
        "actor2_id": a2.get("id", ""), "rasid_actor1": a1.get("name", ""), "rasid_actor2": a2.get("name", ""),
        "location_ar": place_ar,
        "actor1_ar": a1.get("mention", ""), "actor2_ar": a2.get("mention", ""),
        "date_text": incident.get("date_text") or "", "wounded": blank(incident.get("wounded")),
        "fatalities_reported": blank(incident.get("fatalities")), "confidence": incident.get("confidence", 0),
        "n_sources": len(incident.get("doc_ids") or []) or 1,
        "evidence": " | ".join(span.get("text", "") for span in incident.get("evidence") or []),
        "rasid_review_status": incident.get("review_status") or "unreviewed",
        "rasid_reviewed_fields": " ".join(incident.get("reviewed_fields") or ()),
    }


Review = dict[str, Any]
UNREVIEWED: Review = {"status": "unreviewed", "fields": []}


def not_rejected(review: Review) -> bool:
    return review.get("status") != "rejected"


def confirmed(review: Review) -> bool:
    return review.get("status") == "confirmed"


def reviewed_events(store: Store, filters: EventFilter | None = None, *,
                    keep: Callable[[Review], bool] = not_rejected) -> Iterator[dict]:
    """The matching events in storage order with their reviewed values (each with its ``review``): a reviewed
    event is selected on its reviewed values, and left out when ``keep`` refuses its review."""
    f = filters or EventFilter()
    log = ReviewLog.reading(store.conn)
    reviewed = log.reviewed(store) if log is not None and log.has_reviews() else {}
    if not reviewed:
        if keep(UNREVIEWED):
            for record in store.events(f):
                record["review"] = dict(ReviewLog.UNREVIEWED, fields=[], extracted={})
                yield record
        return
    selected = dataclasses.replace(f, reviewed=tuple(reviewed), reviewed_only=not keep(UNREVIEWED))
    for record in store.events(selected):
        record = log.apply(record, any_reviews=record["cursor"] in reviewed)
        if record["cursor"] not in reviewed or keep(record["review"]) and f.matches(record):
            yield record


def reviewed_incidents(store: Store, filters: EventFilter | None = None, *,
                       keep: Callable[[Review], bool] = not_rejected) -> Iterator[dict]:
    """The incidents to export, in ``event_id_cnty`` order, analysts' reviews applied.

    An incident none of whose members was reviewed is the store's merged record (kept when ``keep`` accepts an
    unreviewed event); one with a reviewed member is merged again from the members whose review ``keep``
    accepts (none: left out), then checked against the filters on its reviewed values."""
    f = filters or EventFilter()
    log = ReviewLog.reading(store.conn)
    reviewed = log.reviewed(store) if log is not None and log.has_reviews() else {}
    touched = sorted({r["incident_id"] for r in reviewed.values() if r.get("incident_id") is not None})
    if not touched:
        if keep(UNREVIEWED):
            yield from store.incidents(f)
        return
    in_query = set(store.incident_ids(EventFilter(query=f.query))) if f.query else None
    rebuilt = []
    for incident_id in touched:
        record = _rebuilt(store, log, incident_id, reviewed, keep)
        if record is not None and f.matches(record) and (in_query is None or incident_id in in_query):
            rebuilt.append(record)
    skip = set(touched)
    plain = (r for r in store.incidents(f) if r["incident_id"] not in skip) if keep(UNREVIEWED) else iter(())
    yield from heapq.merge(plain, rebuilt, key=lambda r: r["incident_id"])


def _rebuilt(store: Store, log: ReviewLog, incident_id: int, reviewed: dict[int, dict],
             keep: Callable[[Review], bool]) -> dict | None:
    """An incident merged again from its kept members' reviewed values (None when none is kept)."""
    members = store.incident_members(incident_id)
    if not members:
        return None
    kept = []
    for member in members:
        member = log.apply(member, any_reviews=member["cursor"] in reviewed)
        if keep(member["review"]):
            kept.append(member)
    if not kept:
        return None
    record = dedup.merge(kept)
    for member in kept:  # an analyst's value is coded whatever the other reports say
        for name in member["review"]["fields"]:
            record[name] = member.get(name)
            if name == "fatalities":
                record["fatalities_acled"] = member.get(name) or 0
    statuses = {m["review"]["status"] for m in kept}
    record.update(incident_id=incident_id, event_id_cnty=members[0]["event_id_cnty"],
                  timestamp=int(min(m["ingested_at"] for m in members)),
                  review_status="confirmed" if "confirmed" in statuses else "unreviewed",
                  reviewed_fields=sorted({f for m in kept for f in m["review"]["fields"]}))
    return record


def incident_rows(incidents: Iterable[dict], stats: ExportStats | None = None,
                  inter_labels: bool = False) -> Iterator[dict[str, Any]]:
    """The ACLED-column rows of ``incidents``, counted in ``stats``."""
    stats = stats or ExportStats()
    for incident in incidents:
        stats.rows += 1
        if not incident.get("date"):
            stats.undated += 1
        yield acled_row(incident, inter_labels=inter_labels)


def csv_chunks(rows: Iterable[dict], size: int = 64_000) -> Iterator[str]:
    """The CSV text of ``rows`` (header first), in pieces of about ``size`` characters."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: safe_cell(v) for k, v in row.items()})
        if buf.tell() > size:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def geojson_chunks(rows: Iterable[dict], stats: ExportStats) -> Iterator[str]:
    """A GeoJSON FeatureCollection of points, one feature a line; rows without coordinates are left out."""
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for row in rows:
        if row["latitude"] == "" or row["longitude"] == "":
            stats.unplaced += 1
            continue
        feature = {"type": "Feature", "id": row["event_id_cnty"],
                   "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
                   "properties": row}
        yield ("\n" if first else ",\n") + json.dumps(feature, ensure_ascii=False)
        first = False
    yield "\n]}\n"


def _typed(row: dict) -> dict:
    """A row with '' turned into None, and text columns as text, for the Parquet schema."""
    typed = {k: (None if v == "" else v) for k, v in row.items()}
    for c, v in typed.items():
        if v is not None and c not in _INT_COLUMNS and c not in _FLOAT_COLUMNS:
            typed[c] = str(v)
    return typed


def parquet_schema():  # noqa: ANN201
    """The Parquet schema: every column a string except the integer and float columns named above."""
    import pyarrow as pa

    return pa.schema([(c, pa.int64() if c in _INT_COLUMNS else pa.float64() if c in _FLOAT_COLUMNS else pa.string())
                      for c in COLUMNS])


def parquet_chunks(rows: Iterable[dict], batch_rows: int = 5000) -> Iterator[bytes]:
    """The bytes of a Parquet file of ``rows``, a row group per ``batch_rows`` rows, as they are made."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise RasidError("the parquet format needs pyarrow: pip install 'rasid[parquet]'") from exc
    schema = parquet_schema()
    sink = io.BytesIO()

    def drained() -> bytes:
        data = sink.getvalue()
        sink.seek(0)
        sink.truncate()
        return data

    with pq.ParquetWriter(sink, schema) as writer:
        chunk: list[dict] = []
        for row in rows:
            chunk.append(_typed(row))
            if len(chunk) >= batch_rows:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                chunk = []
                yield drained()
        if chunk:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
    yield drained()


def write_xlsx(rows: Iterable[dict], path: str) -> None:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(path, {"constant_memory": True, "strings_to_formulas": False,
                                          "strings_to_urls": False, "strings_to_numbers": False})
    sheet = workbook.add_worksheet("events")
    sheet.write_row(0, 0, COLUMNS)
    for n, row in enumerate(rows, 1):
        sheet.write_row(n, 0, [safe_cell(row[c]) for c in COLUMNS])
    workbook.close()


def document_records(store: Store, filters: EventFilter | None = None, *,
                     keep: Callable[[Review], bool] = not_rejected) -> Iterator[dict]:
    """The stored document records, their events' reviewed values applied (events ``keep`` refuses left out)."""
    log = ReviewLog.reading(store.conn)
    any_reviews = log is not None and log.has_reviews()
    for doc in store.document_records(filters):
        if any_reviews:
            events = [log.apply(dict(e, doc_id=doc["id"]), any_reviews=True) for e in doc["events"]]
            doc["events"] = [e for e in events if keep(e["review"])]
        elif not keep(UNREVIEWED):
            doc["events"] = []
        yield doc


def export(store: Store, fmt: str, out: IO[str] | None, *, path: str | None = None,
           filters: EventFilter | None = None, inter_labels: bool = False,
           keep: Callable[[Review], bool] = not_rejected) -> ExportStats:
    """Write the store's incidents (documents for ``jsonl``) matching ``filters`` in ``fmt``, reviews applied
    (``keep``: which members' reviews an incident is made of, e.g. :func:`confirmed`).

    Text formats go to ``out``; ``parquet`` and ``xlsx`` need a file ``path``."""
    stats = ExportStats()
    if fmt == "jsonl":
        for doc in document_records(store, filters, keep=keep):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            stats.rows += 1
        return stats
    if fmt not in FORMATS:
        raise RasidError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if fmt in ("parquet", "xlsx") and not path:
        raise RasidError(f"the {fmt} format writes a file: give --output PATH")
    rows = incident_rows(reviewed_incidents(store, filters, keep=keep), stats, inter_labels)
    if fmt == "acled-csv":
        out.writelines(csv_chunks(rows))
    elif fmt == "geojson":
        out.writelines(geojson_chunks(rows, stats))
    elif fmt == "parquet":
        with open(path, "wb") as f:
            f.writelines(parquet_chunks(rows))
    else:
        write_xlsx(rows, path)
    return stats
