"""The embedded SQLite store: documents, events, evidence, incidents, full-text search.

One writer and many readers at once (WAL); every batch of documents is written in one transaction, so a
process killed at any moment leaves whole documents or none.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from rasid.errors import InputError
from rasid.records import Document
from rasid.store import dedup
from rasid.store.catalogs import UNKNOWN_ISO3, country
from rasid.store import postgres
from rasid.store.schema import MIGRATIONS, migrate
from rasid.store.assoc import associated_actors
from rasid.store.tags import crowd_tag
from rasid.text.fold import fold_string

BUSY_TIMEOUT_S = 60
_EVENT_EXTRA = ("doc_id", "source", "source_scale", "url", "published", "incident_id", "event_id_cnty", "cursor")
_MIN_TRIGRAM = 3


@dataclass(slots=True)
class StoredInput:
    """One extracted document ready to be written: its original text, record, metadata and content hash."""

    original: str
    document: Document
    content_hash: str
    metadata: dict[str, Any] = field(default_factory=dict)
    source_scale: str = ""
    origin: str = ""
    extractor_version: str = ""


@dataclass(slots=True)
class EventFilter:
    """Filters shared by events, incidents and exports; None means "any"."""

    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    min_confidence: float | None = None
    min_fatalities: int | None = None
    query: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    # events carrying a review (storage rowids): they are selected whatever their extracted values (the caller
    # checks their reviewed values with :meth:`matches`); with ``reviewed_only`` no other event is
    reviewed: tuple[int, ...] | None = None
    reviewed_only: bool = False
    exclude: tuple[int, ...] | None = None  # events (storage rowids) left out

    def matches(self, r: dict) -> bool:
        """Whether the event or incident record ``r`` passes the field filters (all but ``query``)."""
        loc = r.get("location") or {}
        date = r.get("date") or ""
        actors = [a for a in (r.get("actor1"), r.get("actor2")) if a]
        return ((self.date_from is None or date >= self.date_from)
                and (self.date_to is None or bool(date) and date <= self.date_to)
                and all(v is None or r.get(k) == v for k, v in (
                    ("country", self.country), ("admin1", self.admin1), ("admin2", self.admin2),
                    ("event_type", self.event_type), ("sub_event_type", self.sub_event_type)))
                and (self.actor is None or any(self.actor == a.get("id") or self.actor.lower() ==
                                               (a.get("name") or "").lower() for a in actors))
                and (self.min_confidence is None or (r.get("confidence") or 0) >= self.min_confidence)
                and (not self.min_fatalities or (r.get("fatalities") or 0) >= self.min_fatalities)
                and (self.bbox is None or loc.get("lat") is not None and loc.get("lon") is not None
                     and self.bbox[0] <= loc["lon"] <= self.bbox[2] and self.bbox[1] <= loc["lat"] <= self.bbox[3]))


def search_terms(query: str) -> list[str]:
    """The folded, evasion-repaired terms of a full-text query (so «داعـ.ـش» and «الرقة» meet their variants)."""
    from rasid.text.normalize import repair

    return [t for t in fold_string(repair(query).text).replace('"', " ").split() if t]


def fts_body(original: str, repaired: str) -> str:
    """The text indexed for a document: its folded repaired text, and its folded original where different."""
    a, b = fold_string(repaired), fold_string(original)
    return a if a == b else f"{a}\n{b}"


def _fts_condition(query: str, pg: bool = False) -> tuple[str, list[Any]]:
    """SQL selecting ``doc_fts`` rowids that match every term of ``query`` (``pg``: in the PostgreSQL store's
    trigram-indexed table, every term a LIKE)."""
    terms = search_terms(query)
    if not terms:
        raise InputError(f"search query {query!r} has no searchable words")
    long_terms = [t for t in terms if len(t) >= _MIN_TRIGRAM]
    short_terms = [t for t in terms if len(t) < _MIN_TRIGRAM]
    sql = "SELECT rowid FROM doc_fts WHERE "
    clauses, params = [], []
    if pg:
        long_terms, short_terms = [], terms
    if long_terms:
        clauses.append("doc_fts MATCH ?")
        params.append(" ".join(f'"{t}"' for t in long_terms))
    for t in short_terms:
        clauses.append("body LIKE ?")
        params.append(f"%{t}%")
    return sql + " AND ".join(clauses), params


class Store:
    """A rasid event store in one SQLite file.

    ``Store(path)`` opens (creating and migrating) the database; ``Store(path, readonly=True)`` opens an existing
    one for reading while another process writes. Use it as a context manager or call :meth:`close`.
    """

    def __init__(self, path: str | os.PathLike, *, readonly: bool = False) -> None:
        self.path = os.fspath(path)
        self.readonly = readonly
        self.postgres = postgres.is_url(self.path)
        self._clusters: dict[int, dedup.Cluster] = {}  # incidents read or changed in the current transaction
        self._touched: set[int] = set()  # incidents whose merged record is rebuilt when the transaction ends
        if self.postgres:
            self.conn = postgres.Connection(self.path, readonly=readonly)
            if not readonly:
                self.conn.migrate(MIGRATIONS)
            return
        if readonly and not os.path.exists(self.path):
            raise InputError(f"{self.path}: no such database")
        try:
            if readonly:
                uri = "file:" + self.path.replace("?", "%3f").replace("#", "%23") + "?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                            check_same_thread=False)
            else:
                self.conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                            check_same_thread=False)
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
            if not readonly:
                migrate(self.conn)
            self.conn.execute("SELECT count(*) FROM documents").fetchone()
        except sqlite3.DatabaseError as exc:
            raise InputError(f"{self.path}: not a rasid database ({exc})") from exc
        self.conn.row_factory = sqlite3.Row

    # -- lifecycle ---------------------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------------------
    def has_content(self, content_hash: str) -> bool:
        """Whether a document with this content hash is stored."""
        return self.conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,)).fetchone() is not None

    def ingest(self, paths: Iterable[str], **options: Any):  # noqa: ANN201 - returns rasid.store.ingest.Summary
        """Read, extract and store every document under ``paths``; see :func:`rasid.store.ingest.ingest`."""
        from rasid.store.ingest import ingest

        summary = ingest(self, paths, **options)
        if summary.new:
            self.analyze()
        return summary

    def data_version(self) -> int | str:
        """A value that changes whenever another connection (or process) commits a change."""
        if self.postgres:
            return self.conn.execute("SELECT pg_current_wal_lsn()::text").fetchone()[0]
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def analyze(self) -> None:
        """Refresh the query planner's statistics (after an ingest: the list plans depend on them)."""
        if not self.postgres:
            self.conn.execute("PRAGMA analysis_limit = 1000")  # sampled: a fraction of a second at any size
        self.conn.execute("ANALYZE")

    def write(self, batch: list[StoredInput]) -> list[str | None]:
        """Store a batch of documents, their events and their incidents in one transaction; returns each
        document's stored id, or None for one whose content hash was already stored (it is left out)."""
        ids: list[str | None] = []
        with self._transaction():
            now = time.time()
            for item in batch:
                ids.append(None if self.has_content(item.content_hash) else self._insert_document(item, now))
        return ids

    def _transaction(self):  # noqa: ANN202
        store = self

        class _Tx:
            def __enter__(self):  # noqa: ANN204
                store.conn.execute("BEGIN IMMEDIATE")
                store._clusters.clear()  # another writer may have changed incidents since
                store._touched.clear()

            def __exit__(self, kind, value, tb):  # noqa: ANN001, ANN204
                try:
                    if kind is None:
                        for incident_id in sorted(store._touched):
                            store._refresh_incident(incident_id)
                finally:
                    store._clusters.clear()
                    store._touched.clear()
                    store.conn.execute("COMMIT" if kind is None else "ROLLBACK")
                return False

        return _Tx()

    def _insert_document(self, item: StoredInput, now: float) -> str:
        doc = item.document
        doc_id = doc.id
        if self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
            doc_id = f"{doc.id}~{item.content_hash[:8]}"  # the same caller id on different content
        if doc.source:
            self.conn.execute("INSERT OR IGNORE INTO sources(name, scale) VALUES (?, ?)", (doc.source, item.source_scale))
        cur = self.conn.execute(
            "INSERT INTO documents(id, content_hash, source, source_scale, url, title, published, language, original,"
            " text, metadata, warnings, origin, extractor_version, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, item.content_hash, doc.source, item.source_scale, doc.url, doc.title, doc.published,
             doc.language, item.original, doc.text, json.dumps(item.metadata, ensure_ascii=False),
             json.dumps(doc.warnings, ensure_ascii=False), item.origin, item.extractor_version, now))
        doc_rowid = cur.lastrowid
        self.conn.executemany(
            'INSERT INTO repairs(doc_rowid, start, "end", original, repaired, kind) VALUES (?, ?, ?, ?, ?, ?)',
            [(doc_rowid, r.start, r.end, r.original, r.repaired, r.kind) for r in doc.repairs])
        self.conn.execute("INSERT INTO doc_fts(rowid, body) VALUES (?, ?)", (doc_rowid, fts_body(item.original, doc.text)))
        context = {"doc_id": doc_id, "source": doc.source, "source_scale": item.source_scale, "ingested_at": now}
        self._insert_events(doc_rowid, [e.as_dict() for e in doc.events], context, original=item.original)
        return doc_id

    def _insert_events(self, doc_rowid: int, events: list[dict], context: dict, keep: dict | None = None,
                       original: str | None = None) -> None:
        """Insert a document's events and place each in an incident (``keep``: event id → incident to rejoin)."""
        for seq, record in enumerate(events):
            event_id = record.get("id") or f"{context['doc_id']}-{seq}"
            if self.conn.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone():
                event_id = f"{event_id}~{doc_rowid}"
            record["id"] = event_id
            if not record.get("tags") and (tag := crowd_tag(record)):
                record["tags"] = tag
            if "assoc_actor_1" not in record and original is not None:
                record["assoc_actor_1"], record["assoc_actor_2"] = associated_actors(record, original)
            loc = record.get("location") or {}
            a1, a2 = record.get("actor1") or {}, record.get("actor2") or {}
            cur = self.conn.execute(
                "INSERT INTO events(id, doc_rowid, seq, event_type, sub_event_type, date, time_precision, country,"
                " admin1, admin2, admin3, location, lat, lon, geo_precision, actor1, actor2, fatalities, wounded,"
                " confidence, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (event_id, doc_rowid, seq, record.get("event_type") or "", record.get("sub_event_type"),
                 record.get("date"), record.get("time_precision"), record.get("country"), record.get("admin1"),
                 record.get("admin2"), record.get("admin3"), loc.get("name"), loc.get("lat"), loc.get("lon"),
                 loc.get("geo_precision"), a1.get("id"), a2.get("id"), record.get("fatalities"),
                 record.get("wounded"), record.get("confidence") or 0, json.dumps(record, ensure_ascii=False)))
            event_rowid = cur.lastrowid
            self.conn.executemany(
                'INSERT INTO evidence(event_rowid, start, "end", text) VALUES (?, ?, ?, ?)',
                [(event_rowid, s.get("start"), s.get("end"), s.get("text") or "") for s in record.get("evidence") or []])
            for actor in (a1, a2):
                if actor.get("id"):
                    self.conn.execute("INSERT OR IGNORE INTO actors(id, name, name_ar, inter) VALUES (?, ?, ?, ?)",
                                      (actor["id"], actor.get("name") or actor["id"], actor.get("name_ar"),
                                       actor.get("inter")))
            if loc.get("name"):
                key = loc.get("pcode") or "|".join(str(x) for x in (record.get("country"), record.get("admin1"),
                                                                  loc["name"]))
                self.conn.execute(
                    "INSERT OR IGNORE INTO places(key, name, name_ar, country, admin1, admin2, admin3, lat, lon,"
                    " geo_precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (key, loc["name"], loc.get("name_ar"), record.get("country"), record.get("admin1"),
                     record.get("admin2"), record.get("admin3"), loc.get("lat"), loc.get("lon"),
                     loc.get("geo_precision")))
            self._place_in_incident(event_rowid, dict(record, **context), (keep or {}).get(event_id))

    # -- incidents ---------------------------------------------------------------------------------------
    def _cluster(self, incident_id: int) -> dedup.Cluster:
        """An incident's member events (each with its document's id, source and scale) and running summary."""
        if incident_id not in self._clusters:
            rows = self.conn.execute(
                "SELECT e.record, d.id AS doc_id, d.source, d.source_scale, d.ingested_at FROM events e"
                " JOIN documents d ON d.rowid = e.doc_rowid WHERE e.incident_id = ? ORDER BY e.rowid", (incident_id,))
            self._clusters[incident_id] = dedup.Cluster([
                dict(json.loads(r["record"]), doc_id=r["doc_id"], source=r["source"], source_scale=r["source_scale"],
                     ingested_at=r["ingested_at"]) for r in rows])
        return self._clusters[incident_id]

    def _candidates(self, event: dict) -> list[int]:
        date = event.get("date")
        if not date:
            return []
        try:
            day = dt.date.fromisoformat(date)
        except ValueError:
            return []
        span = dt.timedelta(days=dedup.MAX_DAYS_APART)
        rows = self.conn.execute(
            "SELECT id FROM incidents WHERE country IS ? AND event_type = ? AND date BETWEEN ? AND ? ORDER BY id",
            (event.get("country"), event.get("event_type"), (day - span).isoformat(), (day + span).isoformat()))
        return [r[0] for r in rows]

    def _place_in_incident(self, event_rowid: int, event: dict, preferred: int | None) -> None:
        chosen = None
        options = ([preferred] if preferred else []) + self._candidates(event)
        for incident_id in options:
            cluster = self._cluster(incident_id)
            if incident_id == preferred and not cluster.members:
                exists = self.conn.execute("SELECT 1 FROM incidents WHERE id = ?", (incident_id,)).fetchone()
                if exists:  # reprocessing: the event rejoins the incident it had alone
                    chosen = incident_id
                    break
            if cluster.accepts(event):
                chosen = incident_id
                break
        if chosen is None:
            chosen = self._new_incident(event)
        self._cluster(chosen).add(event)
        self.conn.execute("UPDATE events SET incident_id = ? WHERE rowid = ?", (chosen, event_rowid))
        self._touched.add(chosen)

    def _new_incident(self, event: dict) -> int:
        entry = country(event.get("country"))
        iso3 = entry.iso3 if entry else UNKNOWN_ISO3
        number = self.conn.execute(
            "INSERT INTO country_seq(iso3, last) VALUES (?, 1) ON CONFLICT(iso3) DO UPDATE SET last = last + 1"
            " RETURNING last", (iso3,)).fetchone()[0]
        cur = self.conn.execute(  # the merged record is written when the transaction ends
            "INSERT INTO incidents(event_id_cnty, country, date, event_type, first_ingested, record)"
            " VALUES (?, ?, ?, ?, ?, '{}')", (f"{iso3}{number}", event.get("country"), event.get("date"),
                                              event.get("event_type") or "", event.get("ingested_at") or time.time()))
        return cur.lastrowid

    def _refresh_incident(self, incident_id: int) -> None:
        """Recompute an incident's merged record from its member events (delete it when none are left)."""
        members = self._cluster(incident_id).members
        if not members:
            self.conn.execute("DELETE FROM incidents WHERE id = ?", (incident_id,))
            self._clusters.pop(incident_id, None)
            return
        record = dedup.merge(members)
        self.conn.execute(
            "UPDATE incidents SET country = ?, date = ?, event_type = ?, sub_event_type = ?, admin1 = ?, actors = ?,"
            " fatalities = ?, confidence = ?, n_sources = ?, first_ingested = ?, record = ? WHERE id = ?",
            (record.get("country"), record.get("date"), record["event_type"], record.get("sub_event_type"),
             record.get("admin1"), " ".join(sorted(dedup.actor_ids(record))), record.get("fatalities"),
             record["confidence"], len(record["doc_ids"]), min(m["ingested_at"] for m in members),
             json.dumps(record, ensure_ascii=False), incident_id))

    # -- reprocessing --------------------------------------------------------------------------------------
    def replace_events(self, doc_id: str, document: Document, extractor_version: str) -> None:
        """Replace a stored document's events (and repaired text) with a newer extraction, in one transaction."""
        with self._transaction():
            row = self.conn.execute("SELECT rowid, source, source_scale, ingested_at FROM documents WHERE id = ?",
                                    (doc_id,)).fetchone()
            if row is None:
                raise InputError(f"no stored document {doc_id!r}")
            old = {r["id"]: r["incident_id"] for r in
                   self.conn.execute("SELECT id, incident_id FROM events WHERE doc_rowid = ?", (row["rowid"],))}
            self.conn.execute("DELETE FROM events WHERE doc_rowid = ?", (row["rowid"],))
            self.conn.execute("DELETE FROM repairs WHERE doc_rowid = ?", (row["rowid"],))
            self.conn.execute("UPDATE documents SET text = ?, warnings = ?, extractor_version = ? WHERE rowid = ?",
                              (document.text, json.dumps(document.warnings, ensure_ascii=False), extractor_version,
                               row["rowid"]))
            self.conn.executemany(
                'INSERT INTO repairs(doc_rowid, start, "end", original, repaired, kind) VALUES (?, ?, ?, ?, ?, ?)',
                [(row["rowid"], r.start, r.end, r.original, r.repaired, r.kind) for r in document.repairs])
            original = self.conn.execute("SELECT original FROM documents WHERE rowid = ?", (row["rowid"],)).fetchone()[0]
            self.conn.execute("UPDATE doc_fts SET body = ? WHERE rowid = ?", (fts_body(original, document.text),
                                                                              row["rowid"]))
            context = {"doc_id": doc_id, "source": row["source"], "source_scale": row["source_scale"],
                       "ingested_at": row["ingested_at"]}
            self._insert_events(row["rowid"], [e.as_dict() for e in document.events], context, keep=old,
                                original=original)
            self._touched.update(set(old.values()) - {None})  # an incident left without events is dropped

    # -- reading -----------------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """How many documents, events and incidents are stored."""
        one = self.conn.execute
        return {"documents": one("SELECT count(*) FROM documents").fetchone()[0],
                "events": one("SELECT count(*) FROM events").fetchone()[0],
                "incidents": one("SELECT count(*) FROM incidents").fetchone()[0]}

    def stored_documents(self, *, stale_for: str | None = None) -> Iterator[dict]:
        """Every stored document's id, original text and metadata (only those of another extractor version when
        ``stale_for`` is given), in storage order."""
        sql = "SELECT rowid, id, original, source, url, title, published, extractor_version FROM documents"
        params: tuple = ()
        if stale_for is not None:
            sql += " WHERE extractor_version != ?"
            params = (stale_for,)
        last = 0
        while True:  # pages by rowid so that writes in between do not disturb the reading
            rows = self.conn.execute(sql + (" AND" if params else " WHERE") + " rowid > ? ORDER BY rowid LIMIT 500",
                                     (*params, last)).fetchall()
            if not rows:
                return
            last = rows[-1]["rowid"]
            yield from ({k: r[k] for k in r.keys() if k != "rowid"} for r in rows)

    def _actor_ids(self, actor: str) -> list[str]:
        """The catalog ids of the actors whose id or English name is ``actor`` (any case)."""
        return [r[0] for r in self.conn.execute("SELECT id FROM actors WHERE id = ? OR name = ? COLLATE NOCASE",
                                                (actor, actor))]

    def _where(self, f: EventFilter, table: str) -> tuple[str, list[Any]]:
        """WHERE clause for ``f`` over ``events`` (alias e) or ``incidents`` (alias i, merged records)."""
        col = {"events": "e.", "incidents": "i."}[table]
        rec, events = col + "record", table == "events"
        clauses, params = [], []

        def add(sql: str, *values: Any) -> None:
            clauses.append(sql)
            params.extend(values)

        if f.date_from:
            add(f"{col}date >= ?", f.date_from)
        if f.date_to:
            add(f"{col}date <= ?", f.date_to)
        if f.country:
            add(f"{col}country = ?", f.country)
        if f.admin1:
            add(f"{col}admin1 = ?", f.admin1)
        if f.admin2:
            add(f"{col}admin2 = ?" if events else f"json_extract({rec}, '$.admin2') = ?", f.admin2)
        if f.event_type:
            add(f"{col}event_type = ?", f.event_type)
        if f.sub_event_type:
            add(f"{col}sub_event_type = ?", f.sub_event_type)
        if f.actor:
            ids = self._actor_ids(f.actor)
            if events and ids:  # the catalog knows the actor: its ids, on the indexed columns
                marks = ", ".join("?" * len(ids))
                add(f"(e.actor1 IN ({marks}) OR e.actor2 IN ({marks}))", *ids, *ids)
            else:
                add(f"(json_extract({rec}, '$.actor1.id') = ? OR json_extract({rec}, '$.actor2.id') = ?"
                    f" OR lower(json_extract({rec}, '$.actor1.name')) = lower(?)"
                    f" OR lower(json_extract({rec}, '$.actor2.name')) = lower(?))", *[f.actor] * 4)
        if f.min_confidence is not None:
            add(f"{col}confidence >= ?", f.min_confidence)
        if f.min_fatalities:  # 0 matches every event: no condition
            add(f"{col}fatalities >= ?", f.min_fatalities)
        if f.bbox:
            west, south, east, north = f.bbox
            if events:
                add("e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?", west, east, south, north)
            else:
                add(f"json_extract({rec}, '$.location.lon') BETWEEN ? AND ? AND "
                    f"json_extract({rec}, '$.location.lat') BETWEEN ? AND ?", west, east, south, north)
        if events and f.exclude:
            add("e.rowid NOT IN (SELECT value FROM json_each(?))", json.dumps(list(f.exclude)))
        if events and f.reviewed is not None:  # reviewed events: selected whatever their extracted fields
            fields = "1 = 0" if f.reviewed_only else " AND ".join(clauses) or "1 = 1"
            clauses = [f"(({fields}) OR e.rowid IN (SELECT value FROM json_each(?)))"]
            params.append(json.dumps(list(f.reviewed)))
        if f.query:
            sql, values = _fts_condition(f.query, self.postgres)
            if table == "events":
                add(f"e.doc_rowid IN ({sql})", *values)
            else:
                add(f"i.id IN (SELECT incident_id FROM events WHERE doc_rowid IN ({sql}))", *values)
        where = " AND ".join(clauses)
        return (" WHERE " + where) if where else "", params

    def events(self, filters: EventFilter | None = None, *, after: int | None = None, limit: int | None = None,
               matching: int | None = None, raw: bool = False, **kwargs: Any) -> Iterator[dict]:
        """Matching events in storage order, each the SPEC event record plus ``doc_id``, ``source``,
        ``incident_id``, ``event_id_cnty`` and ``cursor`` (pass it as ``after`` to read the next page).
        Filters are an :class:`EventFilter` or its fields as keywords. ``matching``, how many events match (when
        the caller knows), chooses the plan of a page: walking the events in storage order when matches are
        dense enough to fill it soon, else gathering them through the filter indexes. ``raw``: the record is left
        as its stored JSON text under ``record``, beside the extra keys (for callers that serialise it again)."""
        f = filters or EventFilter(**kwargs)
        where, params = self._where(f, "events")
        if after is not None:
            where += (" AND" if where else " WHERE") + " e.rowid > ?"
            params.append(after)
        walk = False
        if matching is not None and limit is not None and where:
            if matching == 0 and not f.reviewed:
                return
            last = self.conn.execute("SELECT max(rowid) FROM events").fetchone()[0] or 0
            walk = matching * matching >= limit * last  # rows walked ≈ limit·n/matching, gathered ≈ matching
        if limit is None:
            yield from self._event_rows(where + " ORDER BY e.rowid", params, raw)
            return
        # the page's rowids first (from the indexes alone where they cover the filter), then its records
        page = ("SELECT e.rowid FROM events e" + (" NOT INDEXED" if walk else "") + where +
                f" ORDER BY e.rowid LIMIT {int(limit)}")
        yield from self._event_rows(f" WHERE e.rowid IN ({page}) ORDER BY e.rowid", params, raw)

    def _event_rows(self, where: str, params: list[Any], raw: bool = False) -> Iterator[dict]:
        sql = ("SELECT e.rowid AS cursor, e.record, d.id AS doc_id, d.source, d.source_scale, d.url, d.published,"
               " e.incident_id, i.event_id_cnty FROM events e JOIN documents d ON d.rowid = e.doc_rowid"
               " LEFT JOIN incidents i ON i.id = e.incident_id" + where)
        for row in self.conn.execute(sql, params):
            extra = {k: row[k] for k in _EVENT_EXTRA}
            if raw:
                yield dict(extra, record=row["record"])
            else:
                record = json.loads(row["record"])
                record.update(extra)
                yield record

    def document_events(self, doc_ids: Iterable[str]) -> Iterator[dict]:
        """The events of the documents ``doc_ids`` (records as :meth:`events` gives them), in storage order."""
        yield from self._event_rows(" WHERE d.id IN (SELECT value FROM json_each(?)) ORDER BY e.rowid",
                                    [json.dumps(list(doc_ids))])

    def incident_members(self, incident_id: int) -> list[dict]:
        """An incident's member events (records as :meth:`events` gives them, with ``ingested_at``)."""
        rows = self._event_rows(" WHERE e.incident_id = ? ORDER BY e.rowid", [incident_id])
        stamps = dict(self.conn.execute("SELECT e.rowid, d.ingested_at FROM events e JOIN documents d"
                                        " ON d.rowid = e.doc_rowid WHERE e.incident_id = ?", (incident_id,)).fetchall())
        return [dict(r, ingested_at=stamps[r["cursor"]]) for r in rows]

    def count_events(self, filters: EventFilter | None = None, **kwargs: Any) -> int:
        """How many events match."""
        where, params = self._where(filters or EventFilter(**kwargs), "events")
        return self.conn.execute("SELECT count(*) FROM events e" + where, params).fetchone()[0]

    def event_stats(self, filters: EventFilter | None = None) -> dict[str, Any]:
        """Aggregates of the matching events from the indexed columns, no record read: ``total``,
        ``fatalities``, and counts ``by_day_type`` ((date, type) → n), ``by_type``, ``by_admin1`` ("country/admin1")
        and ``by_actor`` (actor name, either side)."""
        where, params = self._where(filters or EventFilter(), "events")
        one = self.conn.execute
        total, killed = one(f"SELECT count(*), coalesce(sum(e.fatalities), 0) FROM events e{where}", params).fetchone()
        by_day_type = {(d, t): n for d, t, n in one(
            f"SELECT e.date, e.event_type, count(*) FROM events e{where} AND e.date IS NOT NULL GROUP BY 1, 2"
            if where else "SELECT date, event_type, count(*) FROM events e WHERE date IS NOT NULL GROUP BY 1, 2",
            params)}
        by_type = dict(one(f"SELECT e.event_type, count(*) FROM events e{where} GROUP BY 1", params).fetchall())
        by_admin1 = {f"{c}/{a}": n for c, a, n in one(
            f"SELECT e.country, e.admin1, count(*) FROM events e{where} GROUP BY 1, 2", params) if a}
        by_actor = dict(one(
            f"SELECT coalesce(a.name, x.id), count(*) FROM (SELECT e.actor1 AS id FROM events e{where} UNION ALL"
            f" SELECT e.actor2 FROM events e{where}) x JOIN actors a ON a.id = x.id GROUP BY 1", params + params))
        return {"total": total, "fatalities": killed, "by_day_type": by_day_type, "by_type": by_type,
                "by_admin1": by_admin1, "by_actor": by_actor}

    def event(self, event_id: str) -> dict | None:
        """One event by id (with the same extra keys as :meth:`events`), or None."""
        row = self.conn.execute("SELECT rowid FROM events WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            return None
        return next(self.events(after=row[0] - 1, limit=1), None)

    def incidents(self, filters: EventFilter | None = None, **kwargs: Any) -> Iterator[dict]:
        """Matching incidents (the deduplicated ACLED-style records) ordered by ``event_id_cnty`` number; each
        has ``event_id_cnty``, ``incident_id``, ``timestamp`` (Unix time of first ingest), ``sources``,
        ``event_ids`` and ``doc_ids``."""
        where, params = self._where(filters or EventFilter(**kwargs), "incidents")
        sql = "SELECT i.id, i.event_id_cnty, i.first_ingested, i.record FROM incidents i" + where + " ORDER BY i.id"
        for row in self.conn.execute(sql, params):
            record = json.loads(row["record"])
            record.update(incident_id=row["id"], event_id_cnty=row["event_id_cnty"],
                          timestamp=int(row["first_ingested"]))
            yield record

    def incident_ids(self, filters: EventFilter | None = None) -> list[int]:
        """The ids of the matching incidents, in order."""
        where, params = self._where(filters or EventFilter(), "incidents")
        return [r[0] for r in self.conn.execute("SELECT i.id FROM incidents i" + where + " ORDER BY i.id", params)]

    def document(self, doc_id: str) -> dict | None:
        """A stored document: ``original`` and repaired ``text``, metadata, ``repairs`` and ``events``; or None."""
        row = self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        doc = {k: row[k] for k in row.keys() if k != "rowid"}
        doc["metadata"] = json.loads(doc["metadata"])
        doc["warnings"] = json.loads(doc["warnings"])
        doc["repairs"] = [dict(r) for r in self.conn.execute(
            'SELECT start, "end", original, repaired, kind FROM repairs WHERE doc_rowid = ? ORDER BY start',
            (row["rowid"],))]
        doc["events"] = [json.loads(r[0]) for r in self.conn.execute(
            "SELECT record FROM events WHERE doc_rowid = ? ORDER BY seq", (row["rowid"],))]
        return doc

    def document_records(self, filters: EventFilter | None = None) -> Iterator[dict]:
        """SPEC document records (with ``original``), in storage order; with filters, only documents having a
        matching event."""
        sql = "SELECT id FROM documents ORDER BY rowid"
        params: list[Any] = []
        if filters and filters != EventFilter():
            where, params = self._where(filters, "events")
            sql = ("SELECT d.id FROM documents d WHERE d.rowid IN (SELECT e.doc_rowid FROM events e" + where +
                   ") ORDER BY d.rowid")
        for (doc_id,) in self.conn.execute(sql, params).fetchall():
            doc = self.document(doc_id)
            if doc:
                yield doc

    def search(self, query: str, *, limit: int = 20) -> list[dict]:
        """Documents whose original, repaired or folded text holds every word of ``query``, newest first; each
        with ``doc_id``, ``title``, ``source``, ``published``, ``url``, a ``snippet`` and its ``events``."""
        sql, params = _fts_condition(query, self.postgres)
        rows = self.conn.execute(
            "SELECT d.rowid, d.id, d.title, d.source, d.published, d.url, d.text FROM documents d"
            f" WHERE d.rowid IN ({sql}) ORDER BY d.published DESC, d.rowid DESC LIMIT ?", (*params, limit)).fetchall()
        terms = search_terms(query)
        hits = []
        for row in rows:
            hits.append({"doc_id": row["id"], "title": row["title"], "source": row["source"],
                         "published": row["published"], "url": row["url"], "snippet": _snippet(row["text"], terms),
                         "events": [json.loads(r[0]) for r in self.conn.execute(
                             "SELECT record FROM events WHERE doc_rowid = ? ORDER BY seq", (row["rowid"],))]})
        return hits


def _snippet(text: str, terms: list[str], width: int = 80) -> str:
    """About ``width`` characters of ``text`` around the first term found (folded match, original letters)."""
    from rasid.text.fold import fold

    folded = fold(text)
    at = next((i for t in terms if (i := folded.text.find(t)) >= 0), -1)
    if at < 0:
        return text[:width].replace("\n", " ")
    start, end = folded.span(at, at + len(terms[0]))
    lo, hi = max(0, start - width // 2), min(len(text), end + width // 2)
    return ("…" if lo else "") + text[lo:hi].replace("\n", " ") + ("…" if hi < len(text) else "")
