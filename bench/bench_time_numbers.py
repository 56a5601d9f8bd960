"""Throughput of find_dates + find_numbers on a generated Arabic corpus, and lexicon load time."""
from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys
import time

from rasid.lexicon.numbers import find_numbers
from rasid.lexicon.time import find_dates
from rasid.text.fold import fold_string

TEMPLATES = [
    "قُتل {n} مدنيين وأصيب {w} آخرون، {d}، بقصف مدفعي استهدف بلدة في ريف درعا الغربي.",
    "أفادت مصادر محلية بأن مسلحين مجهولين أطلقوا النار على شاب {d} قرب دوار البلدة، ما أدى إلى مقتله.",
    "وثّق المرصد منذ مطلع العام {y}، {n} عملية نفذتها خلايا التنظيم ضمن مناطق سيطرة قسد.",
    "وقال المصدر إن الهجوم أسفر عن مقتل {nw} عناصر وإصابة عدد من الجرحى، بحسب بيان صدر {d}.",
    "وتشهد المنطقة حالة من الفلتان الأمني منذ سيطرة النظام عليها في تموز 2018 برعاية روسية.",
    "وفي اليوم التالي، انفجرت عبوة ناسفة بسيارة عسكرية على الطريق الواصل بين نوى والشيخ سعد.",
    "استهدفت طائرة مسيّرة سيارة تقل قياديين، ما أسفر عن مقتل قتيلين وإصابة نحو {n} أشخاص.",
    "وطالب المحتجون بالإفراج عن المعتقلين، ورفعوا لافتات تندد بالحصار المفروض على المدينة منذ أشهر.",
]
DATES = ["أمس الأربعاء", "مساء الثلاثاء", "ليل السبت – الأحد", "صباح اليوم الاثنين", "الأسبوع الماضي",
         "في 15 آذار 2025", "أواخر نيسان الفائت", "خلال اليومين الماضيين", "يوم الجمعة 7 آذار", "منذ يومين"]
WORDS = ["ثلاثة", "خمسة", "سبعة", "أربعة", "عشرة", "خمسة وعشرين"]


def corpus(size_chars: int, seed: int = 7) -> list[str]:
    """Folded paragraphs of about ``size_chars`` characters in total."""
    rng = random.Random(seed)
    docs, total = [], 0
    while total < size_chars:
        text = " ".join(rng.choice(TEMPLATES).format(
            n=rng.randint(2, 300), w=rng.randint(1, 40), d=rng.choice(DATES), y=rng.choice([2024, 2025]),
            nw=rng.choice(WORDS)) for _ in range(6))
        docs.append(fold_string(text))
        total += len(text)
    return docs


def load_time() -> float:
    """Seconds to import both modules and build their patterns, in a fresh interpreter."""
    code = ("import time; t=time.perf_counter();"
            "from rasid.lexicon.time import find_dates; from rasid.lexicon.numbers import find_numbers;"
            "find_dates('امس', None); find_numbers('5');"
            "print(time.perf_counter()-t)")
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def main() -> None:
    published = dt.date(2025, 4, 24)
    docs = corpus(2_000_000)
    size_mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    find_dates(docs[0], published), find_numbers(docs[0])
    timings = {}
    for name, fn in (("find_dates", lambda d: find_dates(d, published)), ("find_numbers", find_numbers)):
        start = time.perf_counter()
        hits = sum(len(fn(d)) for d in docs)
        timings[name] = (time.perf_counter() - start, hits)
    both = sum(t for t, _ in timings.values())
    print(f"corpus: {len(docs)} docs, {size_mb:.1f} MB UTF-8 (~{size_mb * 1e6 / len(docs):.0f} B/doc)")
    for name, (secs, hits) in timings.items():
        print(f"{name:13s} {size_mb / secs:6.2f} MB/s  {len(docs) / secs:8.0f} docs/s  {hits} mentions")
    print(f"{'both':13s} {size_mb / both:6.2f} MB/s  {len(docs) / both:8.0f} docs/s")
    print(f"load (import + compile, fresh process): {load_time() * 1000:.0f} ms")


if __name__ == "__main__":
    main()
