"""The HTTP API under load: p50/p95 latency of /api/events with filters, with a bounding box, with a full-text
query and for a next page, on a store of RASID_BENCH_WEB_EVENTS events (default 100,000), served by `rasid serve
--workers RASID_BENCH_WEB_WORKERS` (default 2) and loaded by locust on loopback (RASID_BENCH_WEB_USERS users, default 8, for
RASID_BENCH_WEB_SECONDS seconds, default 20). Target: p95 under 100 ms.

The store is built once from extracted template documents (the sample corpus and generated reports) copied with
other dates, places and tolls, and kept in the temp folder for the next run.
"""
from __future__ import annotations

import copy
import csv
import datetime as dt
import hashlib
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from rasid.records import Document
from rasid.store import SCHEMA_VERSION, Store, StoredInput

EVENTS = int(os.environ.get("RASID_BENCH_WEB_EVENTS", "100000"))
USERS = int(os.environ.get("RASID_BENCH_WEB_USERS", "8"))
SECONDS = int(os.environ.get("RASID_BENCH_WEB_SECONDS", "20"))
WORKERS = int(os.environ.get("RASID_BENCH_WEB_WORKERS", "2"))
TARGET_P95_MS = 100
REPORTS = [
    "قتل {n} مدنيين بقصف جوي استهدف بلدة الشحيل بريف دير الزور الشرقي، صباح اليوم، وفق مصادر محلية.",
    "اندلعت اشتباكات بين قوات سوريا الديمقراطية «قسد» وخلايا داعـ.ـش في بلدة ذيبان بريف دير الزور، أمس، أسفرت عن مقتل {n} عناصر.",
    "أصيب {n} أشخاص بانفجار عبوة ناسفة في مدينة الرقة، مساء أمس الاثنين.",
    "قُتل {n} مدنيين بقصف مدفعي لقوات الدعم السريع على أحياء في مدينة أم درمان، اليوم.",
    "اعتقلت القوات الأمنية العراقية {n} مشتبهين بالانتماء إلى تنظيم داعش في قضاء الحويجة جنوب غربي كركوك، أمس.",
]


def templates() -> list[tuple[str, Document]]:
    """Extracted documents to copy: the sample corpus and a few generated reports, those with events."""
    from rasid.demo import sample_articles
    from rasid.pipeline import process

    out = []
    for art in sample_articles():
        out.append((art["text"], process(art["text"], published=art["published"], source=art.get("source"))))
    for i, text in enumerate(REPORTS):
        body = text.format(n=3 + i)
        out.append((body, process(body, published="2025-06-12", source=f"Bench Wire {i}")))
    return [(text, doc) for text, doc in out if doc.events]


def shifted(doc: Document, n: int, rng: random.Random) -> Document:
    """A copy of ``doc`` as document ``n``: another id, date, point nearby and toll."""
    days = rng.randint(-200, 150)
    copy_ = copy.deepcopy(doc)
    copy_.id = f"w{n}"
    shift = dt.timedelta(days=days)
    if copy_.published:
        copy_.published = (dt.date.fromisoformat(copy_.published) + shift).isoformat()
    for event in copy_.events:
        if event.date:
            event.date = (dt.date.fromisoformat(event.date) + shift).isoformat()
        if event.location and event.location.get("lat") is not None:
            event.location = dict(event.location, lat=round(event.location["lat"] + rng.uniform(-.3, .3), 5),
                                  lon=round(event.location["lon"] + rng.uniform(-.3, .3), 5))
        if event.fatalities is not None:
            event.fatalities = rng.randint(0, 12)
        event.id = None
    return copy_


def build(db: Path, events: int) -> None:
    rng = random.Random(5)
    bases = templates()
    made, n, batch = 0, 0, []
    started = time.perf_counter()
    with Store(str(db)) as store:
        while made < events:
            text, doc = bases[n % len(bases)]
            clone = shifted(doc, n, rng)
            key = hashlib.sha256(f"{n}\n{text}".encode()).hexdigest()
            batch.append(StoredInput(text, clone, key, {}, "", "bench", "bench"))
            made += len(clone.events)
            n += 1
            if len(batch) == 2000:
                store.write(batch)
                batch = []
        if batch:
            store.write(batch)
        counts = store.counts()
    print(f"built {db.name}: {counts['events']} events, {counts['documents']} documents, "
          f"{counts['incidents']} incidents in {time.perf_counter() - started:.0f} s, "
          f"{db.stat().st_size / 1e6:.0f} MB")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    db = Path(tempfile.gettempdir()) / f"rasid-bench-web-{EVENTS}-v{SCHEMA_VERSION}.db"
    if not db.exists():
        build(db.with_suffix(".part"), EVENTS)
        db.with_suffix(".part").rename(db)
        for suffix in ("-wal", "-shm"):
            Path(str(db.with_suffix(".part")) + suffix).unlink(missing_ok=True)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "rasid", "serve", "--db", str(db), "--port", str(port),
                               "--workers", str(WORKERS)],
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/api/events?limit=1", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("bench_web: the server did not start") from None
                time.sleep(0.2)
        with tempfile.TemporaryDirectory() as folder:
            prefix = str(Path(folder) / "load")
            locustfile = Path(__file__).with_name("locust_web.py")
            subprocess.run([sys.executable, "-m", "locust", "-f", str(locustfile), "--headless", "-u", str(USERS),
                            "-r", str(USERS), "-t", f"{SECONDS}s", "--host", base, "--csv", prefix,
                            "--only-summary", "--loglevel", "ERROR"], check=False, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            with open(prefix + "_stats.csv", encoding="utf-8") as f:
                rows = list(csv.DictReader(f))
    finally:
        server.terminate()
        server.wait(10)
    print(f"/api/events on {EVENTS:,} events, {USERS} concurrent users, {SECONDS} s, {WORKERS} server process(es) "
          f"(target p95 < {TARGET_P95_MS} ms):")
    for row in rows:
        name = row["Name"] if row["Name"] != "Aggregated" else "all requests"
        print(f"  {name:<28} n={int(row['Request Count']):>6}  failures={int(row['Failure Count'])}  "
              f"p50 {float(row['50%']):>5.0f} ms  p95 {float(row['95%']):>5.0f} ms  "
              f"{float(row['Requests/s']):.0f} req/s")


if __name__ == "__main__":
    main()
