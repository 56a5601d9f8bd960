"""The store: ingest throughput into SQLite with --jobs 1 and 2, database size per document, peak memory of an
ingest of a 200 MB JSONL file, and full-text query latency.

Sizes: RASID_BENCH_STORE_DOCS documents (default 10,000) and a RASID_BENCH_STORE_MB MB file (default 200).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rasid.store import Store

DOCS = int(os.environ.get("RASID_BENCH_STORE_DOCS", "10000"))
BIG_MB = int(os.environ.get("RASID_BENCH_STORE_MB", "200"))
TOWNS = ["الجزرات", "الميادين", "البوكمال", "هجين", "الشحيل", "ذيبان", "البصيرة", "سراقب", "معرة النعمان", "منبج"]
PHRASES = ["قتل {n} مدنيين بقصف جوي استهدف بلدة {town}", "اندلعت اشتباكات بين قوات الأمن ومسلحين في {town}",
           "أصيب {n} أشخاص بانفجار عبوة ناسفة في مدينة {town}", "تظاهر العشرات في {town} احتجاجاً على الغلاء"]
FILLER = ("وقال مصدر محلي إن الأوضاع في المنطقة ما تزال متوترة، وسط انتشار أمني كثيف على الطرقات الرئيسية "
          "وحركة نزوح محدودة نحو القرى المجاورة بحسب ما أفاد به السكان.")
DAYS = 180  # reports spread over half a year: a few outlets per incident, as in real news
QUERIES = ["داعش", "الجزرات", "عبوة ناسفة", "الميادين", "قوات الأمن", "احتجاجا"]


def report(n: int, rng: random.Random) -> str:
    """A generated ~90-word report: an event sentence, a date, filler."""
    event = rng.choice(PHRASES).format(n=rng.randint(2, 9), town=rng.choice(TOWNS))
    return f"{event} يوم الثلاثاء في ريف دير الزور، وفق المراسل {n}. " + " ".join([FILLER] * rng.randint(2, 4))


def write_corpus(path: Path, count: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            published = (dt.date(2025, 1, 1) + dt.timedelta(days=n % DAYS)).isoformat()
            out.write(json.dumps({"id": f"b{n}", "text": report(n, rng), "published": published},
                                 ensure_ascii=False) + "\n")
    return path.stat().st_size


def ingest(db: Path, corpus: Path, jobs: int) -> tuple[float, int]:
    """Seconds and peak RSS (KB) of ``rasid ingest`` in a child process."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "rasid", "ingest", "--db", str(db), "--jobs", str(jobs), "--quiet",
                    str(corpus)], check=True)
    elapsed = time.perf_counter() - start
    return elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def write_big(path: Path, megabytes: int, unique: int) -> None:
    """A JSONL file of ``megabytes`` MB: ``unique`` distinct reports, then one report repeated (skipped by hash)."""
    rng = random.Random(11)
    line = json.dumps({"text": report(0, rng) + " " + FILLER * 6, "published": "2025-04-22"}, ensure_ascii=False) + "\n"
    target = megabytes * 1024 * 1024
    with path.open("w", encoding="utf-8") as out:
        for n in range(unique):
            out.write(json.dumps({"id": f"u{n}", "text": report(n, rng)}, ensure_ascii=False) + "\n")
        size = out.tell()
        block = line * 1000
        while size < target:
            out.write(block)
            size += len(block.encode("utf-8"))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        corpus = tmp_path / "corpus.jsonl"
        size = write_corpus(corpus, DOCS)
        print(f"corpus: {DOCS} generated reports over {DAYS} days, {size / 1e6:.1f} MB")
        for jobs in (1, 2):
            db = tmp_path / f"j{jobs}.db"
            seconds, _ = ingest(db, corpus, jobs)
            print(f"ingest --jobs {jobs}: {DOCS / seconds:,.0f} documents/s ({seconds:.1f} s, with start-up)")
        seconds, _ = ingest(tmp_path / "j1.db", corpus, 1)
        print(f"re-ingest of the same file (all already stored): {DOCS / seconds:,.0f} documents/s")
        db = tmp_path / "j1.db"
        for suffix in ("-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        with Store(db) as store:
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            counts = store.counts()
            print(f"database: {db.stat().st_size / 1e6:.1f} MB, {db.stat().st_size / counts['documents'] / 1024:.1f} KB"
                  f" per document ({counts['events']} events, {counts['incidents']} incidents)")
            latencies = []
            for _ in range(20):
                for q in QUERIES:
                    t = time.perf_counter()
                    store.search(q, limit=20)
                    latencies.append((time.perf_counter() - t) * 1000)
            print(f"search (20 hits with snippets and events): median {statistics.median(latencies):.2f} ms, "
                  f"max {max(latencies):.2f} ms over {len(latencies)} queries")
            latencies = []
            for q in QUERIES * 10:
                t = time.perf_counter()
                store.count_events(query=q)
                latencies.append((time.perf_counter() - t) * 1000)
            print(f"count of events matching an FTS query: median {statistics.median(latencies):.2f} ms")
        big = tmp_path / "big.jsonl"
        write_big(big, BIG_MB, unique=2000)
        seconds, peak = ingest(tmp_path / "big.db", big, 2)
        print(f"ingest of a {big.stat().st_size / 1e6:.0f} MB JSONL file (2,000 distinct reports, the rest one "
              f"repeated record): {seconds:.1f} s, peak RSS of the largest process {peak / 1024:.0f} MB")


if __name__ == "__main__":
    main()
