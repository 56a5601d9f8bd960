"""Single huge documents (1 MB and 10 MB): time to decode and cut boilerplate, to repair, and to extract.

Shapes a hostile or careless input takes: repeated event sentences, 200,000-style one-word lines, a letter+dot
flood. Each measurement runs in its own process with a time budget (``RASID_BENCH_BUDGET`` seconds, 30 by
default) so that a stage that is not linear shows as "over budget" instead of hanging the benchmark (10 MB is
not tried when 1 MB was already over it).
Linear means the 10 MB figure is within 12x the 1 MB one."""
from __future__ import annotations

import os
import subprocess
import sys
import time

SIZES = {"1 MB": 1 << 20, "10 MB": 10 << 20}
BUDGET = float(os.environ.get("RASID_BENCH_BUDGET", "30"))
PLACES = ("طفس", "داعل", "نوى", "جاسم", "إنخل", "الصنمين", "بصرى الشام", "الحراك")


def document(shape: str, size: int) -> str:
    """About ``size`` bytes (UTF-8) of text of the given shape."""
    if shape == "events":
        unit = "".join(f"قُتل {n + 2} مدنيين بقصف مدفعي على بلدة {place} بريف درعا أمس.\n"
                       for n, place in enumerate(PLACES))
    elif shape == "one-word lines":
        unit = "قصف\n"
    else:
        unit = "ق."
    return unit * (size // len(unit.encode()) + 1)


def measure(stage: str, shape: str, size: int) -> float:
    """Seconds one stage takes on one document (run in this process)."""
    from rasid import extract, repair
    from rasid.ingest import split_boilerplate
    from rasid.ingest.encoding import decode_text

    text = document(shape, size)
    data = text.encode()
    extract("تمهيد", published="2025-03-02")  # load the lexicons before timing
    start = time.perf_counter()
    if stage == "decode+boilerplate":
        split_boilerplate(decode_text(data).text)
    elif stage == "repair":
        repair(text)
    else:
        extract(text, published="2025-03-02")
    return time.perf_counter() - start


def timed(stage: str, shape: str, size: int) -> float | None:
    """``measure`` in a child process, None when it runs over the budget."""
    try:
        out = subprocess.run([sys.executable, __file__, stage, shape, str(size)], capture_output=True, text=True,
                             timeout=BUDGET, check=True)
    except subprocess.TimeoutExpired:
        return None
    return float(out.stdout)


def main() -> None:
    for stage in ("decode+boilerplate", "repair", "extract"):
        for shape in ("events", "one-word lines", "letter+dot"):
            small = timed(stage, shape, SIZES["1 MB"])
            big = timed(stage, shape, SIZES["10 MB"]) if small is not None else None
            shown = f"1 MB {small:6.2f} s" if small is not None else f"1 MB over {BUDGET:.0f} s"
            if small is None:
                shown += "  10 MB not tried"
            elif big is None:
                shown += f"  10 MB over {BUDGET:.0f} s  not linear"
            else:
                shown += f"  10 MB {big:6.2f} s  10 MB/1 MB {big / max(small, 1e-9):4.1f}x"
            print(f"{stage:<18} {shape:<15} {shown}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) == 4:
        print(measure(sys.argv[1], sys.argv[2], int(sys.argv[3])))
    else:
        main()
