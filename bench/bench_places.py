"""Benchmark the gazetteer: geocoding accuracy on phrases written for rasid (``places_accuracy.py``), cold-start
load time and RSS (in a fresh subprocess), and matching throughput."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed_article.txt"
SAMPLE = ("قصفت طائرة مسيرة بلدة الجزرات بريف دير الزور الغربي، وقتل مدنيان في ذيبان بريف دير الزور الشرقي، "
          "واندلعت اشتباكات في محيط مدينة منبج شرقي حلب وفي حي الشجاعية بمدينة غزة وفي أم درمان. ")

COLD_START = """
import json, resource, time
t0 = time.perf_counter()
from rasid.lexicon.places import gazetteer
g = gazetteer()
t1 = time.perf_counter()
print(json.dumps({"seconds": t1 - t0, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "rows": len(g), "keys": len(g.matcher)}))
"""


def cold_start() -> dict:
    """Import and load the whole gazetteer in a new interpreter."""
    out = subprocess.run([sys.executable, "-c", COLD_START], check=True, capture_output=True, text=True, cwd=REPO)
    return json.loads(out.stdout)


def throughput(target_mb: float = 2.0) -> tuple[float, int]:
    """MB/s of folded text through ``Gazetteer.find`` and the number of mentions found."""
    from rasid.lexicon.places import gazetteer
    from rasid.text.fold import fold

    base = SEED.read_text(encoding="utf-8") if SEED.exists() else SAMPLE * 20
    text = fold((base + "\n" + SAMPLE) * max(1, int(target_mb * 1e6 / len((base + SAMPLE).encode())))).text
    gaz = gazetteer()
    gaz.find(text[:1000])
    t0 = time.perf_counter()
    mentions = gaz.find(text)
    elapsed = time.perf_counter() - t0
    return len(text.encode("utf-8")) / 1e6 / elapsed, len(mentions)


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import places_accuracy

    places_accuracy.main()
    runs = [cold_start() for _ in range(3)]
    best = min(runs, key=lambda r: r["seconds"])
    print(f"cold start: {best['seconds']:.3f} s (best of 3), max RSS {max(r['rss_mb'] for r in runs):.0f} MB, "
          f"{best['rows']} places, {best['keys']} keys")
    mbps, found = throughput()
    print(f"matching: {mbps:.1f} MB/s of folded text ({found} mentions)")
    ok = best["seconds"] < 1.0 and max(r["rss_mb"] for r in runs) < 300
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
