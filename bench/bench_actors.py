"""Actor catalog: cold load time (fresh interpreter) and matching throughput on folded text."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from rasid.lexicon.actors import catalog
from rasid.text.fold import fold

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed_article.txt"
SAMPLE = ("أعلنت قوات سوريا الديمقراطية أن خلايا داعش هاجمت نقطة لقسد في ريف دير الزور، فيما قصفت المدفعية "
          "التركية قرى قرب تل تمر، وشنّ الطيران الحربي الإسرائيلي غارات، واشتبك الجيش السوداني مع الدعم السريع. ")
COLD = ("import time; t = time.perf_counter(); from rasid.lexicon.actors import catalog; c = catalog(); "
        "print(time.perf_counter() - t, len(c), len(list(c.alias_keys())))")


def cold_load() -> tuple[float, int, int]:
    """Seconds to import the module and build the catalog in a new interpreter (best of 3)."""
    runs = [subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True).stdout.split()
            for _ in range(3)]
    best = min(runs, key=lambda r: float(r[0]))
    return float(best[0]), int(best[1]), int(best[2])


def throughput(text: str, repeat: int = 5) -> tuple[float, int]:
    """MB/s of ``catalog().find`` over the folded text (UTF-8 bytes), and mentions per pass."""
    cat = catalog()
    folded = fold(text).text
    size = len(folded.encode("utf-8"))
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        mentions = cat.find(folded)
        best = min(best, time.perf_counter() - start)
    return size / best / 1e6, len(mentions)


def main() -> None:
    seconds, actors, keys = cold_load()
    print(f"cold load: {seconds * 1000:.0f} ms ({actors} entries, {keys} folded alias keys)")
    base = SEED.read_text(encoding="utf-8") if SEED.exists() else SAMPLE
    text = (base + "\n" + SAMPLE) * 400
    mbps, mentions = throughput(text)
    print(f"find: {mbps:.1f} MB/s on {len(text.encode('utf-8')) / 1e6:.1f} MB ({mentions} mentions)")


if __name__ == "__main__":
    main()
