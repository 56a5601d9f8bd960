"""The repair benchmark's sentences (bench/repair_cases.py) as a regression guard: no honest text changes, and
the disguised sentences stay repaired at least as often as when the floors below were set (per technique)."""
from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

from rasid.text.fold import fold_string
from rasid.text.normalize import repair
from rasid.text.vocab import score

_SPEC = importlib.util.spec_from_file_location(
    "repair_cases", Path(__file__).resolve().parent.parent / "bench" / "repair_cases.py")
cases = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(cases)

# Measured shares less about two points (bench/bench_repair.py prints the current ones).
FLOORS = {
    "separator_inword": 0.97, "ellipsis_inword": 0.97, "tatweel_separator": 0.98, "separator_each_letter": 0.98,
    "spaced_letters": 0.97, "exotic_space": 0.96, "dotless": 0.92, "arabizi_token": 0.75,
    "arabizi_digit_inword": 0.98, "lookalike_digit": 0.98, "latin_letter_inword": 0.97, "emoji_inword": 0.97,
    "substitution": 0.82, "repetition": 0.96,
}


def test_benchmark_honest_texts_unchanged() -> None:
    changed = [t for t in cases.honest() if repair(t).text != t]
    assert changed == []


def test_benchmark_disguised_sentences_repaired() -> None:
    done, total = Counter(), Counter()
    for technique, text, expected in cases.disguised(is_word=lambda form: score(fold_string(form)) > 0):
        total[technique] += 1
        done[technique] += repair(text).text == expected
    assert set(total) == set(FLOORS)
    low = {t: round(done[t] / total[t], 3) for t in total if done[t] / total[t] < FLOORS[t]}
    assert low == {}
