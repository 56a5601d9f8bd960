"""Build ``rasid/data/vocabulary_ar.txt.gz``: a compact Arabic word list with frequencies for evasion repair.

Source: the ``large_ar`` list shipped inside the ``wordfreq`` package (``pip install wordfreq==3.1.1``; data
CC BY-SA 4.0, see rasid/data/SOURCES.md), plus the Arabic place-name words of rasid's own gazetteer (so that a
rare village name counts as a word). Words are folded with ``fold_string`` (hamza/alef, ى/ي, ة/ه), the
frequencies of words that fold alike are added, and only words of Arabic letters are kept, most frequent first.

Format: a line ``=Z`` opens a band of words whose Zipf frequency (log10 of occurrences per billion words) rounds
to Z/10; then one word per line, in the most frequent spelling of its folded form. Gazetteer words absent from wordfreq go in band ``=15``. The output is
deterministic (sorted, gzip mtime 0).

    .venv/bin/pip install wordfreq==3.1.1
    .venv/bin/python tools/build_vocabulary.py [--size 300000] [--out rasid/data/vocabulary_ar.txt.gz]
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import math
import re
from pathlib import Path

from rasid.text.fold import fold_string

ROOT = Path(__file__).resolve().parent.parent
ARABIC_WORD = re.compile("^[\u0621-\u063a\u0641-\u064a]{2,}$")
PLACE_BAND = 15


def wordfreq_counts() -> dict[str, tuple[float, str]]:
    """Folded Arabic word → (summed frequency as a share of all words, its most frequent spelling), from
    wordfreq's large Arabic list."""
    from wordfreq import get_frequency_dict

    counts: dict[str, tuple[float, str, float]] = {}
    for word, freq in get_frequency_dict("ar", "large").items():
        key = fold_string(word)
        if not ARABIC_WORD.match(key) or not ARABIC_WORD.match(word):
            continue
        total, best, best_freq = counts.get(key, (0.0, word, 0.0))
        if freq > best_freq or (freq == best_freq and word < best):
            best, best_freq = word, freq
        counts[key] = (total + freq, best, best_freq)
    return {k: (total, best) for k, (total, best, _) in counts.items()}


def place_words(gazetteer: Path) -> set[str]:
    """Folded words of the Arabic names and aliases in the gazetteer."""
    words: set[str] = set()
    with gzip.open(gazetteer, "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for name in [row["name_ar"], *row["alt_ar"].split("|")]:
                words.update(w for w in fold_string(name).split() if ARABIC_WORD.match(w))
    return words


def build(size: int, gazetteer: Path) -> bytes:
    """The gzip bytes of the vocabulary file."""
    counts = wordfreq_counts()
    top = sorted(counts.items(), key=lambda kv: (-kv[1][0], kv[0]))[:size]
    bands: dict[int, list[str]] = {}
    for _, (freq, spelling) in top:
        bands.setdefault(round(math.log10(freq * 1e9) * 10), []).append(spelling)
    known = {k for k, _ in top}
    bands.setdefault(PLACE_BAND, []).extend(sorted(place_words(gazetteer) - known))
    out = io.StringIO()
    for band in sorted(bands, reverse=True):
        out.write(f"={band}\n")
        out.write("".join(w + "\n" for w in sorted(bands[band])))
    return gzip.compress(out.getvalue().encode("utf-8"), 9, mtime=0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=300_000, help="number of wordfreq words kept (most frequent)")
    ap.add_argument("--gazetteer", type=Path, default=ROOT / "rasid/data/gazetteer.tsv.gz")
    ap.add_argument("--out", type=Path, default=ROOT / "rasid/data/vocabulary_ar.txt.gz")
    args = ap.parse_args()
    data = build(args.size, args.gazetteer)
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data) // 1024} KB)")


if __name__ == "__main__":
    main()
