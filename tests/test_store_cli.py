"""The store's commands: ingest (bad input, kill -9 resume, concurrent readers, --jobs), events, search, export."""
from __future__ import annotations

import csv
import gzip
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from rasid.cli import main
from rasid.parallel import ordered_map
from rasid.store import Store
from test_store import OUTLET_A, OUTLET_B, OUTLET_C, PROTEST, STRIKE, TUESDAY, _outlets

RASID = [sys.executable, "-m", "rasid"]
TOWNS = ["الجزرات", "الميادين", "البوكمال", "هجين", "الشحيل", "ذيبان", "الصور", "البصيرة"]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def _corpus(path: Path, n: int) -> Path:
    """``n`` distinct short reports (the number in each makes each unique)."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            town = TOWNS[i % len(TOWNS)]
            text = (f"قتل {i % 9 + 2} مدنيين، يوم الثلاثاء، بقصف جوي استهدف بلدة {town} في ريف دير الزور، "
                    f"وفق ما ذكره المراسل رقم {i}.")
            out.write(json.dumps({"id": f"n{i}", "text": text, "published": TUESDAY}, ensure_ascii=False) + "\n")
    return path


# --- ingest --------------------------------------------------------------------------------------------

def test_bad_inputs_are_reported_and_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "truncated.txt.gz").write_bytes(gzip.compress(OUTLET_A.encode("utf-8"))[:30])
    (folder / "no_body.html").write_text("<html><head><title>t</title></head><body></body></html>")
    (folder / "program.txt").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 8)
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a.txt", OUTLET_A)
    (folder / "archive.txt").write_bytes(archive.getvalue())
    (folder / "invalid_utf8.txt").write_bytes(b"\xff\xfe\xfa \xd9\x82\xd8\xaa\xd9\x84 \xc3")
    with (folder / "huge.txt").open("wb") as big:  # a 200 MB "text" file
        block = ("كلمة " * 100_000).encode("utf-8")
        for _ in range(200 * 1024 * 1024 // len(block) + 1):
            big.write(block)
    (folder / "good.txt").write_text(OUTLET_A, encoding="utf-8")
    (folder / "lines.jsonl").write_text('{"id": "j1", "text": "%s"}\nnot json\n[1, 2]\n' % OUTLET_B, encoding="utf-8")
    db = str(tmp_path / "r.db")
    code, _, err = run("ingest", "--db", db, "--jobs", "1", "--published", TUESDAY, str(folder),
                       str(tmp_path / "missing.txt"), str(tmp_path / "*.nothing"))
    assert code == 1 and "Traceback" not in err
    expected = {"empty.txt": "empty", "truncated.txt.gz": "gzip", "no_body.html": "no article text",
                "program.txt": "binary", "archive.txt": "binary", "invalid_utf8.txt": "not a news text",
                "huge.txt": "limit", "lines.jsonl:line 2": "JSON", "lines.jsonl:line 3": "object"}
    for name, reason in expected.items():
        line = next((x for x in err.splitlines() if x.startswith(f"rasid: skipped {folder / name}:")), "")
        assert reason in line, (name, err)
    assert f"skipped {tmp_path / 'missing.txt'}: no such file" in err
    assert f"skipped {tmp_path / '*.nothing'}: no file matches" in err
    with Store(db, readonly=True) as store:
        assert store.counts()["documents"] == 2


@pytest.mark.parametrize("codec", ["cp1256", "latin-1", "cp1252"])
def test_mojibake_is_repaired(tmp_path: Path, codec: str) -> None:
    mangled = OUTLET_A.encode("utf-8").decode(codec, errors="ignore" if codec == "cp1252" else "strict")
    (tmp_path / "m.txt").write_text("سطر أول سليم.\n" + mangled, encoding="utf-8")
    db = tmp_path / "m.db"
    with Store(db) as store:
        summary = store.ingest([str(tmp_path / "m.txt")], jobs=1, published=TUESDAY)
        assert summary.new == 1, summary.skipped
        doc = store.document(next(iter(store.conn.execute("SELECT id FROM documents")))[0])
    if codec != "cp1252":  # cp1252 has no character for five of the bytes: those letters are lost, not invented
        assert doc["original"] == "سطر أول سليم.\n" + OUTLET_A
    assert "الجزرات" in doc["original"] and doc["metadata"]["mojibake_repaired"].endswith("1 line(s) repaired")
    assert any("mojibake repaired" in w for w in doc["warnings"]) and doc["events"]


def test_real_arabic_is_never_taken_for_mojibake() -> None:
    from rasid.store.mojibake import unmangle

    text = "ضغط، شرط؛ ربط؟ خط، فقط، وسط، نشاط، ظل، ظهر، طريق، طائرة، ظروف. " * 3 + OUTLET_A
    assert unmangle(text).text == text and not unmangle(text).garbled


def test_ingest_summary_and_quiet(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    path = str(_outlets(tmp_path))
    code, out, err = run("ingest", "--db", db, "-j", "1", path)
    assert code == 0 and out == ""
    assert "5 new document(s), 0 already stored" in err and "incidents" in err
    code, _, err = run("ingest", "--db", db, "-j", "1", "--quiet", path)
    assert code == 0 and err == ""


def test_jobs_2_stores_the_same_records_as_jobs_1(tmp_path: Path) -> None:
    corpus = str(_corpus(tmp_path / "c.jsonl", 60))
    records = []
    for jobs in ("1", "2"):
        db = str(tmp_path / f"j{jobs}.db")
        assert run("ingest", "--db", db, "--jobs", jobs, "--quiet", corpus)[0] == 0
        with Store(db, readonly=True) as store:
            records.append([(e["doc_id"], e["id"], e["event_id_cnty"], e["fatalities"]) for e in store.events()])
    assert records[0] == records[1] and len(records[0]) >= 60


@given(st.lists(st.integers(), max_size=40), st.integers(1, 3))
def test_ordered_map_keeps_input_order(items: list[int], jobs: int) -> None:
    assert list(ordered_map(abs, items, jobs=jobs, chunksize=3)) == [abs(x) for x in items]


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def test_kill_9_then_rerun_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", 400)
    db = tmp_path / "k.db"
    args = RASID + ["ingest", "--db", str(db), "--jobs", "1", "--batch", "5", "--quiet", str(corpus)]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(db) < 20 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = _count(db)
    assert 0 < stored < 400, "the ingest was not killed half-way: make the corpus larger"
    assert subprocess.run(args, capture_output=True).returncode == 0
    with Store(db, readonly=True) as store:
        rows = store.conn.execute("SELECT count(*), count(DISTINCT content_hash), count(DISTINCT id) FROM documents")
        assert tuple(rows.fetchone()) == (400, 400, 400)
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = store.conn.execute("SELECT count(*) FROM events WHERE incident_id IS NULL").fetchone()[0]
        assert orphans == 0
        assert store.count_events() >= 400


def test_readers_are_not_blocked_during_an_ingest(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", 300)
    db = tmp_path / "w.db"
    with Store(db):
        pass  # create the schema first so that readers can open it
    proc = subprocess.Popen(RASID + ["ingest", "--db", str(db), "--jobs", "1", "--batch", "5", "--quiet",
                                     str(corpus)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = []
    with Store(db, readonly=True) as reader:
        while proc.poll() is None:
            seen.append(reader.counts()["documents"])
            list(reader.events(limit=50))
            time.sleep(0.01)
        seen.append(reader.counts()["documents"])
    assert proc.wait() == 0, proc.stderr.read().decode()
    assert seen == sorted(seen) and seen[-1] == 300
    assert len({n for n in seen if 0 < n < 300}) >= 2  # read several times while the writer was writing


# --- events, search --------------------------------------------------------------------------------------

def test_events_and_search_print_jsonl_when_piped(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    run("ingest", "--db", db, "-j", "1", "--quiet", str(_outlets(tmp_path)))
    code, out, _ = run("events", "--db", db, "--event-type", "Protests")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["doc_id"] for r in rows] == ["d"]
    code, out, _ = run("events", "--db", db, "--incidents")
    assert code == 0 and len(out.splitlines()) == 3
    code, out, _ = run("events", "--db", db, "--format", "table", "--limit", "2")
    assert code == 0 and out.splitlines()[0].split()[:3] == ["id", "date", "type"] and len(out.splitlines()) == 3
    code, out, _ = run("search", "--db", db, "جزرات")
    assert code == 0 and {json.loads(line)["doc_id"] for line in out.splitlines()} == {"a", "b"}
    code, _, err = run("events", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "no such database" in err
    code, _, err = run("events", "--db", db, "--from", "22/04/2025")
    assert code == 2 and "--from" in err


# --- exports -----------------------------------------------------------------------------------------------

@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "e.db")
    records = [
        {"id": "a", "text": OUTLET_A, "source": "عنب بلدي", "published": TUESDAY},
        {"id": "b", "text": OUTLET_B, "source": "=HYPERLINK(\"http://x\")", "published": TUESDAY},
        {"id": "c", "text": OUTLET_C, "source": "فرات بوست", "published": TUESDAY},
        {"id": "d", "text": PROTEST, "source": "@outlet", "published": TUESDAY},
        {"id": "e", "text": STRIKE, "source": "الجزيرة", "published": TUESDAY},
        {"id": "u", "text": "قتل شخصان بانفجار عبوة ناسفة في مدينة الميادين بريف دير الزور الشرقي."},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    run("ingest", "--db", path, "-j", "1", "--quiet", str(src))
    return path


def test_acled_csv(db: str) -> None:
    code, out, err = run("export", "--db", db)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    from rasid.export import ACLED_COLUMNS

    assert list(rows[0])[:len(ACLED_COLUMNS)] == ACLED_COLUMNS
    ids = [r["event_id_cnty"] for r in rows]
    assert len(ids) == len(set(ids)) and all(i.startswith("SYR") and i[3:].isdigit() for i in ids)
    assert not any(r["source"].startswith(("=", "@")) for r in rows)
    assert any(r["source"].startswith("'=HYPERLINK") or "'=HYPERLINK" in r["source"] or r["source"] == "'@outlet"
               for r in rows)
    strike = next(r for r in rows if "عنب بلدي" in r["source"] and r["event_type"] == "Explosions/Remote violence")
    assert strike["fatalities"] == "3" and strike["iso"] == "760" and strike["region"] == "Middle East"
    assert strike["timestamp"].isdigit() and strike["year"] == "2025"
    undated = [r for r in rows if not r["event_date"]]
    assert undated and all(r["time_precision"] == "" for r in undated)  # document "u" has no date
    assert f"{len(undated)} undated event(s)" in err
    again = list(csv.DictReader(io.StringIO(run("export", "--db", db)[1])))
    assert [r["event_id_cnty"] for r in again] == ids  # stable across re-runs
    code, out, _ = run("export", "--db", db, "--inter-labels", "--event-type", "Protests")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 1 and rows[0]["inter1"] == "Protesters"


def test_geojson_jsonl_parquet_xlsx(db: str, tmp_path: Path) -> None:
    code, out, _ = run("export", "--db", db, "--format", "geojson")
    collection = json.loads(out)
    assert code == 0 and collection["type"] == "FeatureCollection" and collection["features"]
    lon, lat = collection["features"][0]["geometry"]["coordinates"]
    assert 35 < lon < 43 and 32 < lat < 38
    code, out, _ = run("export", "--db", db, "--format", "jsonl")
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in docs] == ["a", "b", "c", "d", "e", "u"] and "original" in docs[0]
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "x.parquet"
    assert run("export", "--db", db, "--format", "parquet", "-o", str(target))[0] == 0
    table = pq.read_table(target)
    assert table.schema.field("fatalities").type == "int64" and table.schema.field("latitude").type == "double"
    assert table.num_rows == len(list(csv.DictReader(io.StringIO(run("export", "--db", db)[1]))))
    book = tmp_path / "x.xlsx"
    assert run("export", "--db", db, "--format", "xlsx", "-o", str(book))[0] == 0
    with zipfile.ZipFile(book) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet  # no cell became a formula
    code, _, err = run("export", "--db", db, "--format", "xlsx")
    assert code == 2 and "--output" in err


def test_exports_apply_the_dashboard_reviews(db: str, tmp_path: Path) -> None:
    from rasid.store.reviews import ReviewLog

    with Store(db, readonly=True) as store:
        events = {e["doc_id"]: e for e in store.events()}
    before = list(csv.DictReader(io.StringIO(run("export", "--db", db)[1])))
    log = ReviewLog(db)
    log.revise(events["e"], changes={"fatalities": 7}, status=None, reviewer="Amal", comment="hospital list")
    log.revise(events["d"], changes={}, status="rejected", reviewer="Amal", comment="not a protest")
    log.revise(events["a"], changes={}, status="confirmed", reviewer="Omar")
    log.close()
    rows = list(csv.DictReader(io.StringIO(run("export", "--db", db)[1])))
    assert len(rows) == len(before) - 1 and events["d"]["id"] not in " ".join(r["rasid_event_ids"] for r in rows)
    strike = next(r for r in rows if r["rasid_event_ids"] == events["e"]["id"])
    assert strike["fatalities"] == "7" and strike["rasid_reviewed_fields"] == "fatalities"
    assert [r["event_id_cnty"] for r in rows] == [r["event_id_cnty"] for r in before if r["event_type"] != "Protests"]
    assert run("export", "--db", db, "--min-fatalities", "7")[1].count("\n") == 2  # the header and the strike
    confirmed = list(csv.DictReader(io.StringIO(run("export", "--db", db, "--confirmed-only")[1])))
    assert [r["rasid_event_ids"] for r in confirmed] == [events["a"]["id"]]
    assert confirmed[0]["rasid_review_status"] == "confirmed" and confirmed[0]["source"] == "عنب بلدي"
    docs = {json.loads(line)["id"]: json.loads(line) for line in run("export", "--db", db, "--format", "jsonl")[1]
            .splitlines()}
    assert docs["d"]["events"] == [] and docs["e"]["events"][0]["fatalities"] == 7
    listed = [json.loads(line) for line in run("events", "--db", db)[1].splitlines()]
    assert len(listed) == len(events) - 1 and events["d"]["id"] not in {e["id"] for e in listed}
    killed = [json.loads(line) for line in run("events", "--db", db, "--min-fatalities", "7")[1].splitlines()]
    assert [(e["id"], e["fatalities"], e["review"]["fields"]) for e in killed] == [(events["e"]["id"], 7, ["fatalities"])]
    incidents = [json.loads(line) for line in run("events", "--db", db, "--incidents")[1].splitlines()]
    assert len(incidents) == len(before) - 1


def test_acled_conventions_names_capital_tags_and_stable_ids(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    records = [{"id": "c", "text": OUTLET_C, "published": TUESDAY}, {"id": "d", "text": PROTEST, "published": TUESDAY}]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    exports = []
    for n in (1, 2):  # two databases built from the same input give the same ids
        db = str(tmp_path / f"{n}.db")
        run("ingest", "--db", db, "-j", "1", "--quiet", str(src))
        exports.append(list(csv.DictReader(io.StringIO(run("export", "--db", db)[1]))))
    assert [r["event_id_cnty"] for r in exports[0]] == [r["event_id_cnty"] for r in exports[1]] == ["SYR1", "SYR2"]
    province_only, protest = exports[0]
    assert province_only["location"] == "Deir ez-Zor" and province_only["geo_precision"] == "3"  # at its capital
    assert (float(province_only["latitude"]), float(province_only["longitude"])) == pytest.approx((35.33, 40.15),
                                                                                                  abs=0.02)
    assert province_only["actor2"] == "Civilians (Syria)" and province_only["actor2_id"] == "civilians"
    assert protest["tags"] == "crowd size=hundreds" and protest["actor1"] == "Protesters (Syria)"


def test_progress_bar_on_a_terminal_only(tmp_path: Path) -> None:
    import fcntl
    import pty
    import struct
    import termios

    corpus = str(_corpus(tmp_path / "c.jsonl", 300))
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    proc = subprocess.Popen(RASID + ["ingest", "--db", str(tmp_path / "p.db"), "-j", "1", "--batch", "10", corpus,
                                     corpus], stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    assert proc.wait() == 0
    text = shown.decode("utf-8", "replace")
    assert "file/s" in text or "s/file" in text
    assert "300 new document(s), 300 already stored" in text
    piped = subprocess.run(RASID + ["ingest", "--db", str(tmp_path / "q.db"), "-j", "1", corpus],
                           capture_output=True, text=True)
    assert "file/s" not in piped.stderr and "s/file" not in piped.stderr and "300 new document(s)" in piped.stderr


def test_associated_actors(tmp_path: Path) -> None:
    texts = ["قصفت قوات النظام بمساندة الطيران الروسي بلدة كفرنبل في ريف إدلب الجنوبي يوم الثلاثاء، ما أدى إلى مقتل "
             "ثلاثة أطفال.",
             "هاجمت قسد بدعم من التحالف الدولي مواقع لداعش في بلدة الشحيل بريف دير الزور يوم الثلاثاء.",
             "هاجم تنظيم داعش مواقع قسد في بلدة البصيرة بريف دير الزور يوم الثلاثاء."]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"t{n}", "text": t, "published": TUESDAY}, ensure_ascii=False) + "\n"
                           for n, t in enumerate(texts)), encoding="utf-8")
    db = str(tmp_path / "a.db")
    run("ingest", "--db", db, "-j", "1", "--quiet", str(src))
    rows = {r["rasid_doc_ids"]: r for r in csv.DictReader(io.StringIO(run("export", "--db", db)[1]))}
    assert rows["t0"]["assoc_actor_1"] == "Russian military" and rows["t0"]["assoc_actor_2"] == "Children (Syria)"
    assert rows["t1"]["actor1"] == "SDF: Syrian Democratic Forces"
    assert rows["t1"]["assoc_actor_1"].startswith("US military") and rows["t1"]["assoc_actor_2"] == ""
    assert rows["t2"]["assoc_actor_1"] == rows["t2"]["assoc_actor_2"] == ""  # «مواقع قسد» is the target, not an ally
    with Store(db, readonly=True) as store:
        doc = store.document("t0")
        ally = doc["events"][0]["assoc_actor_1"][0]
        assert doc["original"][ally["span"]["start"]:ally["span"]["end"]] == ally["mention"] == "الطيران الروسي"
