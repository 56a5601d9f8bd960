"""Single huge documents (1 MB and 10 MB): time to decode and cut boilerplate, to repair, and to extract.

Shapes a hostile or careless input takes: a news dump (varied paragraphs of event reports), repeated event
sentences, 200,000-style one-word lines, a letter+dot flood. Each measurement runs in its own process with a time
budget (``RASID_BENCH_BUDGET`` seconds for 1 MB, 30 by default; 40 times the 1 MB figure for 10 MB) so that a
stage that is not linear shows as "over budget" instead of hanging the benchmark (10 MB is not tried when 1 MB was
already over it). ``rasid extract`` is timed on the news dump as a file: over the per-document limit it is cut
into parts at paragraph breaks (``rasid/ingest/limits.py``), so the 10 MB file is processed, not skipped.
The figures are CPU seconds (of the process, or of the ``rasid`` child), which other work on a shared machine
does not inflate as it does wall time. Linear means the 10 MB figure is within 12x the 1 MB one."""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time

SIZES = {"1 MB": 1 << 20, "10 MB": 10 << 20}
BUDGET = float(os.environ.get("RASID_BENCH_BUDGET", "30"))
PLACES = ("طفس", "داعل", "نوى", "جاسم", "إنخل", "الصنمين", "بصرى الشام", "الحراك")
NEWS = (
    "قُتل {n} مدنيين وأصيب {m} آخرون بقصف مدفعي استهدف منازل في بلدة {place} بريف درعا أمس الأحد.",
    "وقال مصدر محلي إن قذائف سقطت على سوق {place} صباح اليوم، ما أدى إلى احتراق عدد من المحال التجارية.",
    "اغتال مسلحون مجهولون عنصراً سابقاً في فصائل المعارضة برصاص مباشر قرب مدخل بلدة {place} مساء السبت.",
    "وشهدت مدينة {place} مظاهرة شارك فيها نحو {k} شخص للمطالبة بالإفراج عن {m} معتقلين.",
    "وأفاد ناشطون بأن طائرة مسيّرة استهدفت سيارة على الطريق بين {place} و{other}، ما أدى إلى مقتل {n} أشخاص.",
    "ولم تُعرف حتى الآن الجهة المسؤولة عن الهجوم، فيما انتشرت دوريات أمنية في محيط المنطقة.",
)


def document(shape: str, size: int) -> str:
    """About ``size`` bytes (UTF-8) of text of the given shape."""
    if shape == "news":
        unit = news_dump(len(PLACES) * len(NEWS))
    elif shape == "events":
        unit = "".join(f"قُتل {n + 2} مدنيين بقصف مدفعي على بلدة {place} بريف درعا أمس.\n"
                       for n, place in enumerate(PLACES))
    elif shape == "one-word lines":
        unit = "قصف\n"
    else:
        unit = "ق."
    return unit * (size // len(unit.encode()) + 1)


def news_dump(paragraphs: int) -> str:
    """Paragraphs of two or three report sentences, places, tolls and sentence order varying."""
    out = []
    for i in range(paragraphs):
        place, other = PLACES[i % len(PLACES)], PLACES[(i * 3 + 1) % len(PLACES)]
        picked = [NEWS[(i + j * (1 + i % 5)) % len(NEWS)] for j in range(2 + i % 2)]
        out.append(" ".join(t.format(n=2 + i % 7, m=1 + i % 4, k=100 + 50 * (i % 9), place=place, other=other)
                            for t in picked))
    return "\n\n".join(out) + "\n\n"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cli_extract(text: str) -> float:
    """CPU seconds ``rasid extract --format jsonl`` takes on ``text`` as a file (the process start included)."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "dump.txt")
        with open(path, "w", encoding="utf-8") as out:
            out.write(text)
        start = _children_cpu()
        done = subprocess.run([sys.executable, "-m", "rasid", "extract", "--format", "jsonl", "--published",
                               "2025-03-02", path], capture_output=True, text=True, check=False)
        seconds = _children_cpu() - start
    records = [json.loads(line) for line in done.stdout.splitlines()]
    if done.returncode or not records or sum(len(r["text"]) for r in records) < len(text.strip()) * 0.99:
        raise SystemExit(f"rasid extract lost text: exit {done.returncode}, {done.stderr[:200]}")
    return seconds


def measure(stage: str, shape: str, size: int) -> float:
    """CPU seconds one stage takes on one document (run in this process)."""
    from rasid import extract, repair
    from rasid.ingest import split_boilerplate
    from rasid.ingest.encoding import decode_text

    text = document(shape, size)
    if stage == "rasid extract":
        return cli_extract(text)
    data = text.encode()
    extract("تمهيد", published="2025-03-02")  # load the lexicons before timing
    start = time.process_time()
    if stage == "decode+boilerplate":
        split_boilerplate(decode_text(data).text)
    elif stage == "repair":
        repair(text)
    else:
        extract(text, published="2025-03-02")
    return time.process_time() - start


def timed(stage: str, shape: str, size: int, budget: float) -> float | None:
    """``measure`` in a child process, None when it runs over ``budget`` seconds."""
    try:
        out = subprocess.run([sys.executable, __file__, stage, shape, str(size)], capture_output=True, text=True,
                             timeout=budget, check=True)
    except subprocess.TimeoutExpired:
        return None
    return float(out.stdout)


def main() -> None:
    runs = [(stage, shape) for stage in ("decode+boilerplate", "repair", "extract")
            for shape in ("news", "events", "one-word lines", "letter+dot")] + [("rasid extract", "news")]
    for stage, shape in runs:
        small = timed(stage, shape, SIZES["1 MB"], BUDGET)
        big_budget = max(BUDGET, 40 * small) if small is not None else 0
        big = timed(stage, shape, SIZES["10 MB"], big_budget) if small is not None else None
        shown = f"1 MB {small:6.2f} s" if small is not None else f"1 MB over {BUDGET:.0f} s"
        if small is None:
            shown += "  10 MB not tried"
        elif big is None:
            shown += f"  10 MB over {big_budget:.0f} s  not linear"
        else:
            shown += f"  10 MB {big:6.2f} s  10 MB/1 MB {big / max(small, 1e-9):4.1f}x"
        print(f"{stage:<18} {shape:<15} {shown}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) == 4:
        print(measure(sys.argv[1], sys.argv[2], int(sys.argv[3])))
    else:
        main()
