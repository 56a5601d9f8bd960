"""Evaluation gate: run the extractor over the gold sets and fail when a figure drops below its floor.

Floors live in ``tests/eval_baseline.json`` (``{"<set>": {"f1": …, "fields": {"actor1": {"accuracy": …}}}}``).
Sets: every ``tests/gold/*.jsonl`` (named by file stem), and from the shared folder (``$RASID_SHARED``, by
default ``../shared`` beside the repo) the written dev set ``dev/dev.jsonl`` and the real-news sets
``dev-real/syria.jsonl`` and ``dev-real/region.jsonl``. ``make test`` prints every set's figures at the end,
and says loudly which sets could not be run. ``RASID_EVAL_VERBOSE=1`` adds the per-document error listing.

When the reference scorer ``<shared>/eval/score.py`` is present, the gate also checks that ``rasid eval``
gives the same figures as it on every set.
"""
from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from rasid.evaluate import evaluate, format_report, load_records
from rasid.pipeline import process

REPO = Path(__file__).resolve().parent.parent
BASELINE = REPO / "tests" / "eval_baseline.json"
SHARED = Path(os.environ.get("RASID_SHARED") or REPO.parent / "shared")
GOLD_SETS = {path.stem: path for path in sorted((REPO / "tests" / "gold").glob("*.jsonl"))}
SHARED_SETS = {
    "shared_dev": SHARED / "dev" / "dev.jsonl",
    "dev_real_syria": SHARED / "dev-real" / "syria.jsonl",
    "dev_real_region": SHARED / "dev-real" / "region.jsonl",
}
ALL_SETS = {**GOLD_SETS, **SHARED_SETS}
REFERENCE_SCORER = SHARED / "eval" / "score.py"
# Figures compared with the reference scorer, and how far apart they may be: its figures are rounded to 3
# places, and actor accuracies may differ by a pair or two (its keyword list is looser — «مسلحين» is any
# unidentified group — and it keeps quotation marks in gold names, so «“الشبيحة”» never matches there).
AGREEMENT = {"precision": 0.0015, "recall": 0.0015, "f1": 0.0015, "f1_any_type": 0.0015}
AGREEMENT_FIELDS = {"sub_event_type": 0.0015, "date": 0.0015, "location": 0.0015, "actor1": 0.035,
                    "actor2": 0.035, "fatalities": 0.0015}

_predictions: dict[str, tuple[dict, dict]] = {}


def gold_and_predictions(name: str) -> tuple[dict, dict]:
    """The gold documents of a set and the pipeline's records for them (computed once per session)."""
    if name not in _predictions:
        path = ALL_SETS[name]
        if not path.exists():
            pytest.skip(f"EVAL GATE NOT RUN for {name}: {path} not found (set RASID_SHARED to the shared folder)")
        gold = load_records(path)
        pred = {doc_id: process(doc["text"], published=doc.get("published"), source=doc.get("source"),
                                doc_id=doc_id, url=doc.get("url"), title=doc.get("title")).as_dict()
                for doc_id, doc in gold.items()}
        _predictions[name] = (gold, pred)
    return _predictions[name]


def below_floor(report: dict, floors: dict) -> list[str]:
    """The figures of ``report`` that are lower than their floors, as readable lines."""
    failures = []
    for key, floor in floors.items():
        if key == "fields" or key.startswith("_"):
            continue
        value = report.get(key)
        if value is None or value < floor:
            failures.append(f"{key} {value} < floor {floor}")
    for field, figures in floors.get("fields", {}).items():
        for figure, floor in figures.items():
            value = report["fields"].get(field, {}).get(figure)
            if value is not None and value < floor:
                failures.append(f"{field}.{figure} {value} < floor {floor}")
    return failures


def one_line(name: str, report: dict) -> str:
    """A set's headline figures on one line, for the end-of-run summary."""
    fields = "  ".join(f"{k} {report['fields'][k]['accuracy']:.3f}" for k in AGREEMENT_FIELDS
                       if report["fields"][k]["accuracy"] is not None)
    events = report["events"]
    return (f"{name:<16} docs {report['documents']:>3}  events gold {events['gold']:>3} pred {events['pred']:>3}"
            f"  P {report['precision']:.3f} R {report['recall']:.3f} F1 {report['f1']:.3f}  | {fields}")


@pytest.mark.parametrize("name", list(ALL_SETS))
def test_eval_gate(name: str, eval_summary: list[str]) -> None:
    if not ALL_SETS[name].exists():
        eval_summary.append(f"{name:<16} NOT RUN: {ALL_SETS[name]} not found (set RASID_SHARED)")
    gold, pred = gold_and_predictions(name)
    floors = json.loads(BASELINE.read_text(encoding="utf-8")).get(name)
    report = evaluate(gold, pred)
    eval_summary.append(one_line(name, report) + ("" if floors else "  (no floors pinned)"))
    summary = f"== eval gate: {name} ({ALL_SETS[name]})\n" + format_report(
        report, verbose=bool(os.environ.get("RASID_EVAL_VERBOSE")))
    print("\n" + summary)
    failures = below_floor(report, floors or {})
    assert not failures, "figures below the floors in tests/eval_baseline.json:\n  " + "\n  ".join(failures) + "\n" + summary


def reference_scorer():
    """The shared reference scorer module, or a skip when it is absent."""
    if not REFERENCE_SCORER.exists():
        pytest.skip(f"reference scorer {REFERENCE_SCORER} not found (set RASID_SHARED to the shared folder)")
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE_SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", list(ALL_SETS))
def test_rasid_eval_agrees_with_reference_scorer(name: str) -> None:
    reference = reference_scorer()
    gold, pred = gold_and_predictions(name)
    ours, theirs = evaluate(gold, pred), reference.score(gold, pred)
    assert ours["events"]["found"] == theirs["found"] and ours["events"]["pred"] == theirs["pred"]
    apart = [f"{k}: rasid {ours[k]} reference {theirs[k]}" for k, tol in AGREEMENT.items()
             if abs(ours[k] - theirs[k]) > tol]
    apart += [f"{k}: rasid {ours['fields'][k]['accuracy']} reference {theirs['fields'][k]}"
              for k, tol in AGREEMENT_FIELDS.items()
              if theirs["fields"][k] is not None and abs(ours["fields"][k]["accuracy"] - theirs["fields"][k]) > tol]
    assert not apart, f"{name}: rasid eval and {REFERENCE_SCORER} disagree:\n  " + "\n  ".join(apart)
