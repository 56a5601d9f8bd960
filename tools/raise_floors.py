"""Raise the evaluation gate's floors (tests/eval_baseline.json) to a fresh measured run; never lower one.

Keys starting with «_» (notes on a floor) are kept as they are.

usage: python tools/raise_floors.py [--margin 0.01] SET...   (SET as named by tests/test_eval_gate.py)

Each floor becomes the measured figure minus the margin, rounded down to two places, when that is higher
than the pinned floor; a set without floors gets the full block.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from test_eval_gate import ALL_SETS, BASELINE, evaluate, gold_and_predictions  # noqa: E402

FIGURES = ("f1", "precision", "recall", "f1_any_type")
FIELD_FIGURES = ("accuracy", "f1")


def floor_of(value: float, margin: float) -> float:
    return max(0.0, math.floor((value - margin) * 100 + 1e-9) / 100)


def raised(old: dict, report: dict, margin: float) -> dict:
    """The floor block for one set: the higher of the pinned floor and the measured figure less the margin."""
    new = {k: v for k, v in old.items() if k.startswith("_")}  # notes on why a floor stands where it does
    new.update({k: max(old.get(k, 0.0), floor_of(report[k], margin)) for k in FIGURES})
    new["fields"] = {}
    for field, figures in report["fields"].items():
        pinned = old.get("fields", {}).get(field, {})
        new["fields"][field] = {f: max(pinned.get(f, 0.0), floor_of(figures[f], margin))
                                for f in FIELD_FIGURES if figures.get(f) is not None}
    return new


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", choices=sorted(ALL_SETS))
    parser.add_argument("--margin", type=float, default=0.01)
    args = parser.parse_args(argv)
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    for name in args.sets:
        gold, pred = gold_and_predictions(name)
        baseline[name] = raised(baseline.get(name, {}), evaluate(gold, pred), args.margin)
        print(f"{name}: f1 floor {baseline[name]['f1']}")
    BASELINE.write_text(json.dumps(baseline, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
