"""The store's SQLite schema, versioned with ``PRAGMA user_version`` and migrated forward step by step.

Tables (see docs in README "The event store"):
  documents   one row per distinct document (keyed by ``content_hash``): original and repaired text, metadata,
              extractor version, ingest time
  events      one row per event of a document, the full SPEC event record in ``record`` (JSON), the filter
              columns beside it, and the incident it belongs to
  evidence    the evidence spans of each event (offsets into ``documents.original``)
  repairs     the evasion repairs of each document
  actors, places, sources   catalogs of what the events and documents named
  incidents   cross-outlet clusters of events: the merged ACLED-style record and a stable ``event_id_cnty``
  country_seq the last ``event_id_cnty`` number handed out per ISO3 code
  doc_fts     FTS5 (trigram) over the folded original and repaired text of each document
"""
from __future__ import annotations

import sqlite3

_V1 = """
CREATE TABLE sources (
    name TEXT PRIMARY KEY,
    scale TEXT NOT NULL DEFAULT ''
);
CREATE TABLE documents (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    source TEXT,
    source_scale TEXT NOT NULL DEFAULT '',
    url TEXT,
    title TEXT,
    published TEXT,
    language TEXT NOT NULL DEFAULT 'ar',
    original TEXT NOT NULL,
    text TEXT NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}',
    warnings TEXT NOT NULL DEFAULT '[]',
    origin TEXT NOT NULL DEFAULT '',
    extractor_version TEXT NOT NULL,
    ingested_at REAL NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_source ON documents(source);
CREATE INDEX documents_version ON documents(extractor_version);

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    event_id_cnty TEXT NOT NULL UNIQUE,
    country TEXT,
    date TEXT,
    event_type TEXT NOT NULL,
    sub_event_type TEXT,
    admin1 TEXT,
    actors TEXT NOT NULL DEFAULT '',
    fatalities INTEGER,
    confidence REAL NOT NULL DEFAULT 0,
    n_sources INTEGER NOT NULL DEFAULT 1,
    first_ingested REAL NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX incidents_match ON incidents(country, date, event_type);
CREATE INDEX incidents_admin1 ON incidents(admin1);

CREATE TABLE events (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    doc_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    incident_id INTEGER REFERENCES incidents(id),
    event_type TEXT NOT NULL,
    sub_event_type TEXT,
    date TEXT,
    time_precision INTEGER,
    country TEXT,
    admin1 TEXT,
    admin2 TEXT,
    admin3 TEXT,
    location TEXT,
    lat REAL,
    lon REAL,
    geo_precision INTEGER,
    actor1 TEXT,
    actor2 TEXT,
    fatalities INTEGER,
    wounded INTEGER,
    confidence REAL NOT NULL DEFAULT 0,
    record TEXT NOT NULL
);
CREATE INDEX events_doc ON events(doc_rowid);
CREATE INDEX events_incident ON events(incident_id);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_place ON events(country, admin1, admin2);
CREATE INDEX events_type ON events(event_type, sub_event_type);
CREATE INDEX events_actor1 ON events(actor1);
CREATE INDEX events_actor2 ON events(actor2);

CREATE TABLE evidence (
    event_rowid INTEGER NOT NULL REFERENCES events(rowid) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX evidence_event ON evidence(event_rowid);

CREATE TABLE repairs (
    doc_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    original TEXT NOT NULL,
    repaired TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX repairs_doc ON repairs(doc_rowid);

CREATE TABLE actors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_ar TEXT,
    inter INTEGER
);
CREATE TABLE places (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_ar TEXT,
    country TEXT,
    admin1 TEXT,
    admin2 TEXT,
    admin3 TEXT,
    lat REAL,
    lon REAL,
    geo_precision INTEGER
);
CREATE TABLE country_seq (
    iso3 TEXT PRIMARY KEY,
    last INTEGER NOT NULL
);
CREATE VIRTUAL TABLE doc_fts USING fts5(body, tokenize = 'trigram');
"""

# v2: indexes for the dashboard's lists and counts (filters on real columns, the counts answered from the index
# alone): country/type/date with fatalities and confidence, a point's longitude/latitude, fatalities, admin2.
_V2 = """
CREATE INDEX events_country_type_date ON events(country, event_type, date, fatalities, confidence);
CREATE INDEX events_lon_lat ON events(lon, lat, confidence);
CREATE INDEX events_fatalities ON events(fatalities);
CREATE INDEX events_admin2 ON events(admin2);
CREATE INDEX actors_name ON actors(name COLLATE NOCASE);
ANALYZE;
"""

# Each entry brings a database from version i to i + 1.
MIGRATIONS: list[str] = [_V1, _V2]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring ``conn``'s schema up to :data:`SCHEMA_VERSION`; returns the version it started at."""
    start = conn.execute("PRAGMA user_version").fetchone()[0]
    if start > SCHEMA_VERSION:
        from rasid.errors import InputError

        raise InputError(f"database schema version {start} is newer than this rasid ({SCHEMA_VERSION}): upgrade rasid")
    for version in range(start, SCHEMA_VERSION):
        conn.executescript("BEGIN;" + MIGRATIONS[version] + f"PRAGMA user_version = {version + 1};COMMIT;")
    return start
