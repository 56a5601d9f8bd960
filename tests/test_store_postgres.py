"""The PostgreSQL store: a server of its own (initdb in a temporary folder, a Unix socket, no TCP port) holds
the same documents, events, incidents and exports as the SQLite store. Skipped, with a warning saying why, when
the PostgreSQL server binaries or psycopg are missing."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import tempfile
import warnings
from pathlib import Path

import pytest

from rasid.store import EventFilter, Store
from rasid.store.exports import export
from test_store import OUTLET_A, OUTLET_B, OUTLET_C, PROTEST, STRIKE, TUESDAY, _jsonl

EVASION = "قُتل عنصران من قسد بهجوم لخلايا داعـ.ـش على نقطة في بلدة الشحيل بريف دير الزور الشرقي، مساء أمس."


def _skip(why: str) -> None:
    warnings.warn(f"PostgreSQL store tests skipped: {why}", stacklevel=2)
    pytest.skip(f"PostgreSQL store tests skipped: {why}")


def _pg_bin() -> Path | None:
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    found = shutil.which("pg_ctl")
    return Path(found).parent if found and shutil.which("initdb") else None


@pytest.fixture(scope="module")
def pg_url():  # noqa: ANN201
    pytest.importorskip("psycopg", reason="PostgreSQL store tests skipped: psycopg is not installed")
    binaries = _pg_bin()
    if binaries is None:
        _skip("no PostgreSQL server binaries (initdb, pg_ctl): apt-get install postgresql")
    folder = Path(tempfile.mkdtemp(prefix="rasid-pg-"))  # short (the socket path) and reachable by the server user
    as_user: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root
        as_user = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
        os.chmod(folder, 0o777)
    data = folder / "data"
    init = subprocess.run(as_user + [str(binaries / "initdb"), "-D", str(data), "-U", "rasid", "--auth=trust",
                                     "-E", "UTF8", "--no-locale"], capture_output=True, text=True)
    if init.returncode:
        _skip(f"initdb failed: {init.stderr.strip()[-300:]}")
    options = f"-k {folder} -p 54329 -c listen_addresses='' -c fsync=off"
    start = subprocess.run(as_user + [str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                                      str(folder / "log"), "-w", "-t", "60", "start"], capture_output=True, text=True)
    if start.returncode:
        _skip(f"the server did not start: {(folder / 'log').read_text()[-300:] if (folder / 'log').exists() else ''}")
    try:
        yield f"postgresql://rasid@/postgres?host={folder}&port=54329"
    finally:
        subprocess.run(as_user + [str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg(pg_url):  # noqa: ANN201
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:  # a fresh database for each test
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")
    return pg_url


def _corpus(tmp_path: Path) -> Path:
    return _jsonl(tmp_path / "in.jsonl", [
        {"id": "a", "text": OUTLET_A, "source": "عنب بلدي", "published": TUESDAY},
        {"id": "b", "text": OUTLET_B, "source": "=HYPERLINK(\"http://x\")", "published": TUESDAY},
        {"id": "c", "text": OUTLET_C, "source": "فرات بوست", "published": TUESDAY},
        {"id": "d", "text": PROTEST, "source": "@outlet", "published": TUESDAY},
        {"id": "e", "text": STRIKE, "source": "الجزيرة", "published": TUESDAY},
        {"id": "f", "text": EVASION, "source": "Test Wire", "published": TUESDAY},
        {"id": "u", "text": "قتل شخصان بانفجار عبوة ناسفة في مدينة الميادين بريف دير الزور الشرقي."},
    ])


def _rows(store: Store) -> list[dict]:
    out = io.StringIO()
    export(store, "acled-csv", out)
    return [{k: v for k, v in r.items() if k != "timestamp"} for r in csv.DictReader(io.StringIO(out.getvalue()))]


def test_postgres_store_holds_what_the_sqlite_store_holds(pg: str, tmp_path: Path) -> None:
    corpus = str(_corpus(tmp_path))
    with Store(tmp_path / "r.db") as lite, Store(pg) as server:
        for store in (lite, server):
            summary = store.ingest([corpus], jobs=1)
            assert summary.new == 7 and not summary.skipped
        assert server.counts() == lite.counts() and server.counts()["incidents"] < server.counts()["events"]
        assert server.ingest([corpus], jobs=1).new == 0 and server.counts() == lite.counts()  # idempotent
        assert _rows(server) == _rows(lite)  # the same incidents, ids, merged records and formula guards
        strike = next(r for r in _rows(server) if "عنب بلدي" in r["source"])
        assert strike["source"].count("; ") == 2 and strike["event_id_cnty"].startswith("SYR"), strike
        assert any(r["source"].startswith("'@") for r in _rows(server))
        filters = [EventFilter(country="Syria"), EventFilter(event_type="Protests"), EventFilter(min_fatalities=3),
                   EventFilter(bbox=(39.0, 34.0, 41.5, 36.0)), EventFilter(actor="civilians"),
                   EventFilter(query="داعش"), EventFilter(query="الجزرات", date_from=TUESDAY),
                   EventFilter(admin1="Deir ez-Zor", min_confidence=0.5)]
        for f in filters:
            ids = [e["id"] for e in lite.events(f)]
            assert [e["id"] for e in server.events(f)] == ids and server.count_events(f) == len(ids), f
            assert [i["event_id_cnty"] for i in server.incidents(f)] == [i["event_id_cnty"] for i in lite.incidents(f)]
        assert server.count_events(query="داعش") == 1  # «داعـ.ـش» in the text
        page = list(server.events(limit=2))
        assert [e["id"] for e in page + list(server.events(after=page[-1]["cursor"]))] == \
            [e["id"] for e in lite.events()]
        assert [h["doc_id"] for h in server.search("الميادين")] == [h["doc_id"] for h in lite.search("الميادين")]
        hit = server.search("الجزرات")[0]
        assert hit["doc_id"] in {"a", "b"} and hit["events"] and "جزرات" in hit["snippet"]
        doc = server.document("f")
        assert doc["original"] == EVASION and doc["repairs"] and doc["events"] == lite.document("f")["events"]
        assert server.event_stats()["by_type"] == lite.event_stats()["by_type"]


def test_postgres_store_from_the_command_line(pg: str, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from rasid.cli import main

    corpus = str(_corpus(tmp_path))
    result = CliRunner().invoke(main, ["ingest", "--db", pg, "-j", "1", "--quiet", corpus])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["events", "--db", pg, "--event-type", "Protests"])
    assert result.exit_code == 0 and [json.loads(x)["doc_id"] for x in result.stdout.splitlines()] == ["d"]
    with Store(pg, readonly=True) as store:
        before = (store.counts(), [i["event_id_cnty"] for i in store.incidents()])
    result = CliRunner().invoke(main, ["reprocess", "--db", pg, "--all", "-j", "1"])
    assert result.exit_code == 0 and "7 document" in result.stderr, result.stderr
    with Store(pg, readonly=True) as store:
        assert (store.counts(), [i["event_id_cnty"] for i in store.incidents()]) == before
    result = CliRunner().invoke(main, ["export", "--db", pg, "--format", "geojson"])
    assert result.exit_code == 0 and json.loads(result.stdout)["features"]
    result = CliRunner().invoke(main, ["events", "--db", pg.replace("54329", "1"), "--limit", "1"])
    assert result.exit_code != 0 and "PostgreSQL" in result.stderr and "Traceback" not in result.stderr


def test_dashboard_api_and_reviews_on_postgres(pg: str, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from rasid.web.app import create_app

    with Store(pg) as store:
        store.ingest([str(_corpus(tmp_path))], jobs=1)
        n_incidents = store.counts()["incidents"]
    client = TestClient(create_app(pg))
    listed = client.get("/api/events", params={"limit": 3}).json()
    assert listed["total"] == 7 and len(listed["items"]) == 3 and listed["next"] is not None
    assert client.get("/api/events", params={"q": "داعش"}).json()["total"] == 1
    strike = client.get("/api/events", params={"q": "الميادين", "event_type": "Explosions/Remote violence"}).json()
    event = next(e for e in strike["items"] if e["doc_id"] == "e")
    body = {"reviewer": "Amal", "comment": "hospital list", "fields": {"fatalities": 9}}
    assert client.patch(f"/api/events/{event['id']}", json=body).status_code == 200
    rejected = next(e for e in listed["items"] if e["id"] != event["id"])
    assert client.patch(f"/api/events/{rejected['id']}", json={"reviewer": "Omar", "status": "rejected"}).status_code == 200
    detail = client.get(f"/api/events/{event['id']}").json()
    assert detail["event"]["fatalities"] == 9 and [r["comment"] for r in detail["revisions"]] == ["hospital list"]
    assert client.get("/api/events").json()["total"] == 6
    assert [e["id"] for e in client.get("/api/events", params={"min_fatalities": 9}).json()["items"]] == [event["id"]]
    assert client.get("/api/stats").json()["total"] == 6
    assert [d["event_id"] for d in client.get("/api/deletions").json()["items"]] == [rejected["id"]]
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export", params={"format": "acled-csv"}).text)))
    mine = next(r for r in rows if event["id"] in r["rasid_event_ids"].split())
    assert mine["fatalities"] == "9" and len(rows) <= n_incidents
    assert rejected["id"] not in " ".join(r["rasid_event_ids"] for r in rows)
