"""PostgreSQL for teams: ``Store("postgresql://user@host/db")`` keeps the store on a PostgreSQL server.

The store speaks SQLite's dialect; :class:`Connection` runs it on PostgreSQL (psycopg 3, the ``postgres``
extra): the same schema in PostgreSQL types, the full-text index a pg_trgm trigram index over the same folded
text (so «داعش» still finds «داعـ.ـش»), and each statement translated once (placeholders, ``INSERT OR IGNORE``,
``json_extract``, ``json_each``, generated rowids returned as ``lastrowid``). The dashboard's reviews live in
the same database.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rasid.errors import InputError

URL_PREFIXES = ("postgresql://", "postgres://")
_KEYS = {"documents": "rowid", "events": "rowid", "incidents": "id", "review_revisions": "id"}  # returned as lastrowid
_NUMERIC_PATHS = {"lat", "lon", "fatalities"}


def is_url(path: str) -> bool:
    return path.startswith(URL_PREFIXES)


def schema(sqlite_ddl: str) -> str:
    """The SQLite schema script in PostgreSQL types (FTS5 table → a trigram-indexed table)."""
    ddl = sqlite_ddl.replace("INTEGER PRIMARY KEY", "BIGSERIAL PRIMARY KEY").replace(" INTEGER", " BIGINT")
    ddl = ddl.replace(" REAL", " DOUBLE PRECISION").replace("name COLLATE NOCASE", "lower(name)")
    return re.sub(r"CREATE VIRTUAL TABLE doc_fts USING fts5\([^;]*\);",
                  "CREATE TABLE doc_fts (rowid BIGINT PRIMARY KEY, body TEXT NOT NULL);\n"
                  "CREATE INDEX doc_fts_body ON doc_fts USING gin (body gin_trgm_ops);", ddl)


def _json_path(match: re.Match) -> str:
    column, path = match.group(1), match.group(2).split(".")
    sql = f"({column}::jsonb #>> '{{{','.join(path)}}}')"
    return f"{sql}::float8" if path[-1] in _NUMERIC_PATHS else sql


@lru_cache(maxsize=512)
def translate(sql: str) -> str:
    """A statement of the store in PostgreSQL's dialect."""
    sql = sql.replace("BEGIN IMMEDIATE", "BEGIN").replace(" NOT INDEXED", "")
    sql = re.sub(r"json_extract\(([\w.]+), '\$\.([\w.]+)'\)", _json_path, sql)
    sql = re.sub(r"(rowid (?:NOT )?IN \(SELECT value) FROM json_each\(\?\)\)",
                 r"\1::bigint FROM jsonb_array_elements_text(?::jsonb) AS j(value))", sql)
    sql = sql.replace("SELECT value FROM json_each(?)", "SELECT value FROM jsonb_array_elements_text(?::jsonb) AS j(value)")
    sql = re.sub(r"(\w+) = \? COLLATE NOCASE", r"lower(\1) = lower(?)", sql)
    sql = re.sub(r"\bIS \?", "IS NOT DISTINCT FROM ?", sql)
    sql = sql.replace("published DESC", "published DESC NULLS LAST")  # SQLite sorts NULL lowest
    sql = sql.replace("DO UPDATE SET last = last + 1", "DO UPDATE SET last = country_seq.last + 1")
    if sql.startswith("INSERT OR IGNORE"):
        sql = sql.replace("INSERT OR IGNORE", "INSERT", 1) + " ON CONFLICT DO NOTHING"
    table = re.match(r"INSERT INTO (\w+)\(", sql)
    if table and table.group(1) in _KEYS and "RETURNING" not in sql:
        sql += f" RETURNING {_KEYS[table.group(1)]}"
    return sql.replace("%", "%%").replace("?", "%s")


class Row(tuple):
    """A result row read by position or by column name, like ``sqlite3.Row``."""

    _names: tuple[str, ...] = ()

    def __getitem__(self, key: Any) -> Any:  # noqa: ANN401
        return tuple.__getitem__(self, self._names.index(key) if isinstance(key, str) else key)

    def keys(self) -> list[str]:
        return list(self._names)


@lru_cache(maxsize=256)
def _row_class(names: tuple[str, ...]) -> type[Row]:
    return type("Row", (Row,), {"_names": names})


def _row_factory(cursor):  # noqa: ANN001, ANN202
    return _row_class(tuple(c.name for c in cursor.description or ()))


class Cursor:
    """The answer of one statement: rows, and the generated key of an INSERT as ``lastrowid``."""

    def __init__(self, cur, returning: bool) -> None:  # noqa: ANN001
        self._cur = cur
        self.lastrowid = None
        self._first = None
        if returning:
            self._first = cur.fetchone()
            self.lastrowid = self._first[0] if self._first else None

    def fetchone(self) -> Row | None:
        if self._first is not None:
            first, self._first = self._first, None
            return first
        return self._cur.fetchone() if self._cur.description else None

    def fetchall(self) -> list[Row]:
        rows = [self._first] if self._first is not None else []
        self._first = None
        return rows + (self._cur.fetchall() if self._cur.description else [])

    def __iter__(self):  # noqa: ANN204
        return iter(self.fetchall())


class Connection:
    """A psycopg connection answering the store's SQLite-dialect statements."""

    dialect = "postgresql"

    def __init__(self, url: str, *, readonly: bool = False) -> None:
        try:
            import psycopg
        except ImportError as exc:
            raise InputError("a PostgreSQL store needs psycopg: pip install 'rasid[postgres]'") from exc
        try:
            self._conn = psycopg.connect(url, autocommit=True, row_factory=_row_factory)
        except psycopg.Error as exc:
            raise InputError(f"cannot open the PostgreSQL store: {str(exc).strip()}") from exc
        if readonly:
            self._conn.execute("SET default_transaction_read_only = on")
        self.row_factory = None  # set by the store, not used: rows are always Row

    def execute(self, sql: str, params: Any = ()) -> Cursor:  # noqa: ANN401
        text = translate(sql)
        return Cursor(self._conn.execute(text, tuple(params)), returning=" RETURNING " in text)

    def executemany(self, sql: str, rows: Any) -> None:  # noqa: ANN401
        rows = [tuple(r) for r in rows]
        if rows:
            with self._conn.cursor() as cur:
                cur.executemany(translate(sql), rows)

    def executescript(self, script: str) -> None:
        """Run an SQLite schema script (``CREATE … IF NOT EXISTS`` statements) in PostgreSQL types."""
        for statement in schema(script).split(";"):
            if statement.strip():
                self._conn.execute(statement)

    def migrate(self, migrations: list[str]) -> None:
        """Bring the schema up to ``len(migrations)``, each the SQLite script of one version step."""
        self._conn.execute("CREATE TABLE IF NOT EXISTS rasid_schema (version INTEGER NOT NULL)")
        start = self._conn.execute("SELECT coalesce(max(version), 0) FROM rasid_schema").fetchone()[0]
        if start > len(migrations):
            raise InputError(f"database schema version {start} is newer than this rasid ({len(migrations)}): "
                             "upgrade rasid")
        for version in range(start, len(migrations)):
            with self._conn.transaction():
                self._conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                for statement in schema(migrations[version]).split(";"):
                    if statement.strip():
                        self._conn.execute(statement)
                self._conn.execute("INSERT INTO rasid_schema(version) VALUES (%s)", (version + 1,))

    def close(self) -> None:
        self._conn.close()
