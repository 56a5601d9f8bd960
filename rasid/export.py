"""Output formats: pretty JSON, JSON lines, and ACLED-column CSV (one event a row)."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import IO

from rasid.records import Document

# ACLED's export columns, in ACLED's order; rasid's own columns follow.
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
RASID_COLUMNS = ["rasid_doc_id", "rasid_event_id", "location_ar", "actor1_ar", "actor2_ar", "date_text", "wounded",
                 "fatalities_reported", "confidence", "plover", "url", "evidence"]

_DISORDER = {"Protests": "Demonstrations", "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}
_ISO = {"Syria": 760, "Iraq": 368, "Yemen": 887, "Sudan": 729, "Libya": 434, "Lebanon": 422, "Palestine": 275,
        "Somalia": 706}
_REGION = {"Syria": "Middle East", "Iraq": "Middle East", "Yemen": "Middle East", "Lebanon": "Middle East",
           "Palestine": "Middle East", "Libya": "Northern Africa", "Sudan": "Northern Africa",
           "Somalia": "Eastern Africa"}


# OWASP's CSV-injection rule: a cell starting with one of these is run as a formula by spreadsheets.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """``value``, with a leading ``'`` when it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_documents(docs: Iterable[Document], out: IO[str], fmt: str) -> int:
    """Write documents in ``fmt`` (json, jsonl, csv) as they come; returns how many were written.

    The JSON array is closed even when producing a later document fails, so what was written stays valid."""
    return write_rendered((render_document(doc, fmt) for doc in docs), out, fmt)


def render_document(doc: Document, fmt: str) -> str:
    """The text one document adds to output in ``fmt``: its JSON line, its indented JSON object, or its CSV rows.

    Rendering needs nothing but the document, so ``rasid extract --jobs N`` runs it in the worker processes."""
    if fmt == "csv":
        rows = io.StringIO()
        writer = csv.DictWriter(rows, fieldnames=ACLED_COLUMNS + RASID_COLUMNS)
        for row in acled_rows(doc):
            writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})
        return rows.getvalue()
    if fmt == "jsonl":
        return json.dumps(doc.as_dict(), ensure_ascii=False) + "\n"
    return json.dumps(doc.as_dict(), ensure_ascii=False, indent=2)


def write_rendered(rendered: Iterable[str], out: IO[str], fmt: str) -> int:
    """Write rendered documents (``render_document``) with what ``fmt`` puts around them: the CSV header, the
    JSON array's brackets and commas. Returns how many were written; a JSON array is closed whatever fails."""
    n = 0
    if fmt == "csv":
        csv.DictWriter(out, fieldnames=ACLED_COLUMNS + RASID_COLUMNS).writeheader()
    elif fmt == "json":
        out.write("[")
    try:
        for text in rendered:
            out.write(("," if n else "") + "\n" + text if fmt == "json" else text)
            if fmt != "csv":
                out.flush()
            n += 1
    finally:
        if fmt == "json":
            out.write("\n]\n")
    return n


def _interaction(inter1: int | None, inter2: int | None) -> str:
    if not inter1:
        return ""
    a, b = sorted((inter1, inter2 or 0))
    return f"{a}{b}" if a else f"{b}0"


def acled_rows(doc: Document) -> Iterable[dict]:
    """One ACLED-column row per event of ``doc``."""
    for i, e in enumerate(doc.events, 1):
        a1, a2, loc = e.actor1 or {}, e.actor2 or {}, e.location or {}
        inter1, inter2 = a1.get("inter"), a2.get("inter")
        disorder = _DISORDER.get(e.event_type, "Political violence")
        yield {
            "event_id_cnty": f"RSD{doc.id[:8]}-{i}", "event_date": e.date or "",
            "year": (e.date or "")[:4], "time_precision": e.time_precision or "", "disorder_type": disorder,
            "event_type": e.event_type, "sub_event_type": e.sub_event_type, "actor1": a1.get("name", ""),
            "assoc_actor_1": "", "inter1": inter1 or "", "actor2": a2.get("name", ""), "assoc_actor_2": "",
            "inter2": inter2 or "", "interaction": _interaction(inter1, inter2),
            "civilian_targeting": "Civilian targeting" if inter2 == 7 else "",
            "iso": _ISO.get(e.country or "", ""), "region": _REGION.get(e.country or "", ""),
            "country": e.country or "", "admin1": e.admin1 or "", "admin2": e.admin2 or "",
            "admin3": e.admin3 or "", "location": loc.get("name", ""), "latitude": loc.get("lat", ""),
            "longitude": loc.get("lon", ""), "geo_precision": loc.get("geo_precision", ""),
            "source": doc.source or "", "source_scale": "", "notes": e.notes, "fatalities": e.fatalities_acled,
            "tags": "", "timestamp": "",
            "rasid_doc_id": doc.id, "rasid_event_id": e.id or "", "location_ar": loc.get("name_ar", ""),
            "actor1_ar": a1.get("mention", ""), "actor2_ar": a2.get("mention", ""), "date_text": e.date_text or "",
            "wounded": "" if e.wounded is None else e.wounded,
            "fatalities_reported": "" if e.fatalities is None else e.fatalities,
            "confidence": e.confidence, "plover": e.plover or "",
            "url": doc.url or "", "evidence": " | ".join(ev["text"] for ev in e.evidence),
        }
