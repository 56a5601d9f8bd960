"""Analysts' review of events: field corrections, confirmation or rejection, every change kept as a revision.

Reviews live in their own tables beside the store's (same SQLite file, own connection). They are an overlay: the
extractor's record is never edited, so a re-extraction (``rasid reprocess``) cannot overwrite a reviewed field;
every read applies the overlay. A review is anchored to its event's document and first evidence span as well as
to its id, so it finds its event again when a re-extraction renumbers a document's events.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from datetime import datetime, timezone
from typing import Any

from rasid.errors import InputError

EVENT_TYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}
EDITABLE = ("event_type", "sub_event_type", "date", "actor1", "actor2", "country", "admin1", "admin2", "admin3",
            "location", "fatalities", "wounded")
STATUSES = ("confirmed", "rejected", "unreviewed")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS review_state (
    event_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    anchor_start INTEGER,
    anchor_end INTEGER,
    fields TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL DEFAULT 'unreviewed',
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS review_state_doc ON review_state(doc_id);
CREATE INDEX IF NOT EXISTS review_state_status ON review_state(status, updated_at);
CREATE TABLE IF NOT EXISTS review_revisions (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    before TEXT NOT NULL,
    after TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS review_revisions_event ON review_revisions(event_id, id);
"""


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _anchor(record: dict) -> tuple[int | None, int | None]:
    spans = record.get("evidence") or []
    return (spans[0].get("start"), spans[0].get("end")) if spans else (None, None)


def validate_change(record: dict, changes: dict[str, Any]) -> dict[str, Any]:
    """The field changes as they will be stored; raises InputError naming the first bad field."""
    out: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in EDITABLE:
            raise InputError(f"field {name!r} cannot be reviewed (editable: {', '.join(EDITABLE)})")
        if name in ("fatalities", "wounded"):
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
                raise InputError(f"field {name!r} must be a whole number ≥ 0 or null")
        elif name == "date":
            if value is not None:
                try:
                    datetime.strptime(str(value), "%Y-%m-%d")
                except ValueError:
                    raise InputError(f"field 'date' must be YYYY-MM-DD, not {value!r}") from None
        elif name in ("actor1", "actor2"):
            if isinstance(value, str):
                value = {"id": None, "name": value.strip(), "name_ar": None, "inter": None, "mention": None} \
                    if value.strip() else None
            elif value is not None and not (isinstance(value, dict) and isinstance(value.get("name"), str)):
                raise InputError(f"field {name!r} must be a name, an actor object with a name, or null")
        elif name == "location":
            if value is not None:
                if not isinstance(value, dict) or not isinstance(value.get("name"), str):
                    raise InputError("field 'location' must be an object with a name (and optionally lat, lon)")
                for axis, bound in (("lat", 90), ("lon", 180)):
                    v = value.get(axis)
                    if v is not None and (not isinstance(v, (int, float)) or not -bound <= v <= bound):
                        raise InputError(f"field 'location.{axis}' must be a number within ±{bound}")
                value = {**(record.get("location") or {}), **value}
        elif value is not None and not isinstance(value, str):
            raise InputError(f"field {name!r} must be text or null")
        out[name] = value
    event_type = out.get("event_type", record.get("event_type"))
    sub = out.get("sub_event_type", record.get("sub_event_type"))
    if "event_type" in out and event_type not in EVENT_TYPES:
        raise InputError(f"field 'event_type' must be one of: {', '.join(EVENT_TYPES)}")
    if ("event_type" in out or "sub_event_type" in out) and sub not in EVENT_TYPES.get(event_type, []):
        raise InputError(f"field 'sub_event_type' {sub!r} is not a sub-event type of {event_type!r}")
    return out


class ReviewLog:
    """The review overlay and revision history of one database."""

    UNREVIEWED = {"status": "unreviewed", "fields": [], "extracted": {}, "updated_at": None}  # an event's summary

    def __init__(self, path: str | None, *, conn: Any = None) -> None:  # noqa: ANN401 - a DB-API connection
        from rasid.store import postgres

        if conn is None and postgres.is_url(path or ""):
            conn = postgres.Connection(path)
            conn.executescript(_SCHEMA)
        elif conn is None:
            conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 30000")
            conn.executescript(_SCHEMA)
        self.conn = conn
        self.conn.row_factory = sqlite3.Row
        self._lock = threading.Lock()

    @classmethod
    def reading(cls, conn: Any) -> ReviewLog | None:  # noqa: ANN401 - the store's connection
        """The reviews of the database open on ``conn`` (read-only use), or None when none was ever made."""
        if isinstance(conn, sqlite3.Connection):
            found = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'review_state'").fetchone()
        else:
            found = conn.execute("SELECT to_regclass('review_state') IS NOT NULL").fetchone()[0]
        return cls(None, conn=conn) if found else None

    def close(self) -> None:
        self.conn.close()

    def _state_of(self, record: dict) -> sqlite3.Row | None:
        row = self.conn.execute("SELECT * FROM review_state WHERE event_id = ?", (record["id"],)).fetchone()
        start, end = _anchor(record)
        if row is not None and (row["anchor_start"], row["anchor_end"]) == (start, end):
            return row
        if start is None or "doc_id" not in record:
            return row
        # the id moved (re-extraction renumbered the document's events): find the review by its evidence anchor
        moved = self.conn.execute("SELECT * FROM review_state WHERE doc_id = ? AND anchor_start < ? AND anchor_end > ?"
                                  " ORDER BY abs(anchor_start - ?) LIMIT 1",
                                  (record["doc_id"], end, start, start)).fetchone()
        return moved or row

    def has_reviews(self) -> bool:
        return self.conn.execute("SELECT 1 FROM review_state LIMIT 1").fetchone() is not None

    def apply(self, record: dict, *, any_reviews: bool | None = None) -> dict:
        """``record`` with its reviewed values and a ``review`` summary (status, reviewed fields, extracted values).
        ``any_reviews=False`` (the caller checked :meth:`has_reviews`) skips the lookup."""
        if any_reviews is None:
            any_reviews = self.has_reviews()
        row = self._state_of(record) if any_reviews else None
        if row is None:
            record["review"] = dict(self.UNREVIEWED, fields=[], extracted={})
            return record
        fields = json.loads(row["fields"])
        extracted = {k: record.get(k) for k in fields}
        record.update(fields)
        if "fatalities" in fields:
            record["fatalities_acled"] = fields["fatalities"] or 0
        record["review"] = {"status": row["status"], "fields": sorted(fields), "extracted": extracted,
                            "updated_at": row["updated_at"]}
        return record

    def reviewed(self, store) -> dict[int, dict]:  # noqa: ANN001 - rasid.store.Store
        """The stored events carrying a review, by storage rowid (``cursor``), their reviewed values applied."""
        doc_ids = [r[0] for r in self.conn.execute("SELECT DISTINCT doc_id FROM review_state")]
        out = {}
        for record in store.document_events(doc_ids):
            record = self.apply(record, any_reviews=True)
            if record["review"]["updated_at"] is not None:
                out[record["cursor"]] = record
        return out

    def revise(self, record: dict, *, changes: dict[str, Any], status: str | None, reviewer: str,
               comment: str = "") -> dict:
        """Apply a review to ``record`` (already carrying the overlay) and keep the revision; returns it."""
        if not reviewer.strip():
            raise InputError("reviewer: a reviewer name is required")
        if status is not None and status not in STATUSES:
            raise InputError(f"status must be one of: {', '.join(STATUSES)}")
        changes = validate_change(record, changes)
        if not changes and status is None:
            raise InputError("nothing to change: give fields to change or a status")
        with self._lock:
            row = self._state_of(record)
            fields = json.loads(row["fields"]) if row else {}
            old_status = row["status"] if row else "unreviewed"
            before = {k: record.get(k) for k in changes}
            if status is not None:
                before["status"] = old_status
            fields.update(changes)
            new_status = status or old_status
            at = now_utc()
            start, end = _anchor(record)
            event_id = row["event_id"] if row else record["id"]
            after = dict(changes, **({"status": new_status} if status is not None else {}))
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.conn.execute(
                    "INSERT INTO review_state(event_id, doc_id, anchor_start, anchor_end, fields, status, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(event_id) DO UPDATE SET fields = excluded.fields,"
                    " status = excluded.status, updated_at = excluded.updated_at",
                    (event_id, record.get("doc_id") or "", start, end, json.dumps(fields, ensure_ascii=False),
                     new_status, at))
                cur = self.conn.execute(
                    "INSERT INTO review_revisions(event_id, reviewer, comment, at, before, after)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (event_id, reviewer.strip(), comment, at, json.dumps(before, ensure_ascii=False),
                     json.dumps(after, ensure_ascii=False)))
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        return {"id": cur.lastrowid, "event_id": event_id, "reviewer": reviewer.strip(), "comment": comment,
                "at": at, "before": before, "after": after}

    def history(self, record: dict) -> list[dict]:
        """Every revision of the event, oldest first."""
        row = self._state_of(record)
        event_id = row["event_id"] if row else record["id"]
        return [{"id": r["id"], "event_id": r["event_id"], "reviewer": r["reviewer"], "comment": r["comment"],
                 "at": r["at"], "before": json.loads(r["before"]), "after": json.loads(r["after"])}
                for r in self.conn.execute("SELECT * FROM review_revisions WHERE event_id = ? ORDER BY id",
                                           (event_id,))]

    def deletions(self, since: str | None) -> list[dict]:
        """Events rejected (and still rejected) since ``since`` (an ISO date or time), oldest first."""
        sql = "SELECT event_id, doc_id, updated_at FROM review_state WHERE status = 'rejected'"
        params: tuple = ()
        if since:
            sql += " AND updated_at >= ?"
            params = (since,)
        return [{"event_id": r[0], "doc_id": r[1], "rejected_at": r[2]}
                for r in self.conn.execute(sql + " ORDER BY updated_at, event_id", params)]
