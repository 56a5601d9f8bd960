"""Benchmark the evasion-repair stage: repaired share per technique on disguised sentences and honest texts
changed (bench/repair_cases.py), throughput on a realistic corpus, and linear time on adversarial input."""
from __future__ import annotations

import random
import resource
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from repair_cases import TECHNIQUES, disguised, honest  # noqa: E402

from rasid.text.fold import fold_string  # noqa: E402
from rasid.text.normalize import load_lexicon, repair  # noqa: E402

# A vocabulary of ordinary news words (written for this benchmark) and of words writers disguise.
PLAIN = (
    "قال أعلن مصدر محلي في بلدة ريف مدينة شمال شرق غرب جنوب يوم الأربعاء الخميس أمس صباح مساء "
    "القوات العسكرية الأمنية نقطة حاجز طريق سيارة المدنيين الأهالي السكان المنطقة الحكومة وزارة "
    "الدفاع بيان رسمي مقابلة تقرير مراسل مصادر خاصة أفادت أكدت بحسب وفق إلى على من عن مع بعد قبل "
    "خلال حيث التي الذي هذا هذه ذلك تلك كما أيضا لكن حتى منذ عدد بين فوق تحت حول الماضي الجاري"
).split()
SENSITIVE = (
    "داعش قسد حماس الحوثي الجولاني مقاتلين قتلى شهداء اغتيال هجوم غارة قصف انفجار تفجير مسيرة "
    "صواريخ اشتباكات الإرهاب الاحتلال مجزرة اختطاف جثث جرحى هاون قذائف الذخيرة عناصر غزة الفاشر"
).split()
PUNCT = ["،", ".", ":", "؛", "!", "؟"]


def disguise(word: str, rng: random.Random) -> str:
    """Apply one evasion technique to a word."""
    i = rng.randrange(1, len(word))
    pick = rng.randrange(10)
    if pick == 0:
        return word[:i] + "ـ.ـ" + word[i:]
    if pick == 1:
        return word[:i] + rng.choice(".*-/") + word[i:]
    if pick == 2:
        return " ".join(word)
    if pick == 3:
        return word[:i] + rng.choice("\u200b\u200c\u200d\u00ad") + word[i:]
    if pick == 4:
        return word[:i] + "🔥" + word[i:]
    if pick == 5:
        return word.replace("ي", "ی").replace("ك", "ک")
    if pick == 6:
        return word[:i] + word[i - 1] * 3 + word[i:]
    if pick == 7:
        return "".join(c + "\u064b" for c in word)
    if pick == 8:
        return word[:i] + "ــــ" + word[i:]
    return word[:i] + "\u200f" + word[i:]


def corpus(size_bytes: int, seed: int = 7, rate: float = 0.03) -> str:
    """A deterministic Arabic text with about ``rate`` of its words disguised."""
    rng = random.Random(seed)
    lines, total = [], 0
    while total < size_bytes:
        words = []
        for _ in range(rng.randrange(12, 40)):
            if rng.random() < 0.08:
                w = rng.choice(SENSITIVE)
                words.append(disguise(w, rng) if rng.random() < rate / 0.08 else w)
            else:
                words.append(rng.choice(PLAIN))
            if rng.random() < 0.06:
                words[-1] += rng.choice(PUNCT)
            if rng.random() < 0.02:
                words.append(str(rng.randrange(1, 2000)))
        line = " ".join(words)
        lines.append(line)
        total += len(line.encode("utf-8")) + 1
    return "\n".join(lines)


def adversarial(size_bytes: int) -> str:
    """Hostile input: long tatweel, dot and diacritic runs, mixed scripts, thousands of separators."""
    unit = (
        "د" + "ـ" * 200 + "." * 200 + "ع" + "\u064b\u064c" * 100 + "ش "
        + "ح.م.ا.س." * 50 + " " + "د ا " * 50 + "x3" * 40 + "ی ک ھ " + "\u200c" * 100 + "ٮ" * 50 + " "
        + "ا" * 300 + " " + "🔥" * 50 + "\n"
    )
    reps = size_bytes // len(unit.encode("utf-8")) + 1
    return (unit * reps)[: size_bytes // 2]


def timed(text: str) -> float:
    t0 = time.perf_counter()
    for line in text.split("\n"):
        repair(line)
    return time.perf_counter() - t0


def _is_word(form: str) -> bool:
    """Is a substituted or doubled form a real word (then it is no disguise)? Asked of the vocabulary when
    there is one (the code under test may predate it)."""
    try:
        from rasid.text.vocab import score
    except ImportError:
        return False
    return score(fold_string(form)) > 0


def quality() -> int:
    """Print the repaired share per technique and the honest texts changed; return that count."""
    cases = disguised(is_word=_is_word)
    done, total = Counter(), Counter()
    for technique, text, expected in cases:
        total[technique] += 1
        done[technique] += repair(text).text == expected
    print(f"disguised sentences: {len(cases)} (one word hidden each, written for rasid)")
    for technique in TECHNIQUES:
        if total[technique]:
            print(f"  {technique:24s} {done[technique]:4d}/{total[technique]:<4d} {done[technique] / total[technique]:6.1%}")
    print(f"  {'all':24s} {sum(done.values()):4d}/{len(cases):<4d} {sum(done.values()) / len(cases):6.1%}")
    texts = honest()
    changed = [t for t in texts if repair(t).text != t]
    print(f"honest texts: {len(texts)}, changed: {len(changed)}")
    for t in changed[:10]:
        print(f"  changed: {t!r} -> {repair(t).text!r}")
    return len(changed)


def main() -> None:
    load_lexicon()
    changed = quality()
    text = corpus(10 * 1024 * 1024)
    mb = len(text.encode("utf-8")) / 1e6
    t0 = time.perf_counter()
    result = repair(text)
    dt = time.perf_counter() - t0
    print(f"corpus: {mb:.1f} MB, ~3% of words disguised, {len(result.repairs)} repairs")
    print(f"throughput (whole text, one call): {mb / dt:.1f} MB/s ({dt:.2f} s)")
    dt_lines = timed(text)
    print(f"throughput (line by line, as `rasid repair`): {mb / dt_lines:.1f} MB/s ({dt_lines:.2f} s)")
    for rate, label in ((0.0, "clean"), (0.005, "0.5% disguised")):
        other = corpus(10 * 1024 * 1024, rate=rate)
        t0 = time.perf_counter()
        repair(other)
        dt = time.perf_counter() - t0
        print(f"throughput ({label}, whole text): {len(other.encode('utf-8')) / 1e6 / dt:.1f} MB/s")
    sample = text[: len(text) // 10]
    tracemalloc.start()
    repair(sample)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak traced memory for a 1 MB call: {peak / 1e6:.1f} MB; "
          f"process max RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    times = []
    for size in (256 * 1024, 512 * 1024, 1024 * 1024):
        adv = adversarial(size)
        t0 = time.perf_counter()
        repair(adv)
        times.append(time.perf_counter() - t0)
        print(f"adversarial {size // 1024:5d} KB: {times[-1]:.3f} s")
    print(f"adversarial time ratio 1 MB / 0.25 MB: {times[2] / times[0]:.2f} (linear ≈ 4)")
    if changed:
        sys.exit(f"{changed} honest texts changed (must be 0)")


if __name__ == "__main__":
    main()
