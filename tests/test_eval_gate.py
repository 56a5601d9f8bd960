"""Evaluation gate: run the extractor over the gold sets and fail when a figure drops below its floor.

Floors live in ``tests/eval_baseline.json`` (``{"<set>": {"f1": …, "fields": {"actor1": {"accuracy": …}}}}``).
Sets: ``tests/gold/rasid_gold.jsonl`` (always) and the shared dev set (``$RASID_DEV_SET`` or
``../shared/dev/dev.jsonl`` from the repo root) when present. Run ``pytest -s tests/test_eval_gate.py`` to see
the figures; ``RASID_EVAL_VERBOSE=1`` adds the per-document error listing.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from rasid.evaluate import evaluate, format_report, load_records

REPO = Path(__file__).resolve().parent.parent
BASELINE = REPO / "tests" / "eval_baseline.json"
GOLD_SETS = {
    "rasid_gold": REPO / "tests" / "gold" / "rasid_gold.jsonl",
    "shared_dev": Path(os.environ.get("RASID_DEV_SET") or REPO.parent / "shared" / "dev" / "dev.jsonl"),
}


def predict(gold_docs: dict[str, dict]) -> dict[str, dict]:
    """Run the pipeline over every gold document's text and publication date."""
    pipeline = pytest.importorskip("rasid.pipeline", reason="rasid.pipeline is not importable yet")
    out = {}
    for doc_id, doc in gold_docs.items():
        record = pipeline.process(doc["text"], published=doc.get("published"), source=doc.get("source"),
                                  doc_id=doc_id, url=doc.get("url"), title=doc.get("title"))
        out[doc_id] = record.as_dict()
    return out


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


@pytest.mark.parametrize("name", list(GOLD_SETS))
def test_eval_gate(name: str) -> None:
    path = GOLD_SETS[name]
    if not path.exists():
        hint = " (set RASID_DEV_SET to point at it)" if name == "shared_dev" else ""
        pytest.skip(f"{name}: {path} not found{hint}")
    floors = json.loads(BASELINE.read_text(encoding="utf-8")).get(name, {})
    gold = load_records(path)
    report = evaluate(gold, predict(gold))
    summary = f"== eval gate: {name} ({path})\n" + format_report(report, verbose=bool(os.environ.get("RASID_EVAL_VERBOSE")))
    print("\n" + summary)
    failures = below_floor(report, floors)
    assert not failures, "figures below the floors in tests/eval_baseline.json:\n  " + "\n  ".join(failures) + "\n" + summary
