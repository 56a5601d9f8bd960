"""The real seed article (../shared/seed_article.txt) comes out as its annotated events, nothing more."""
from __future__ import annotations

from pathlib import Path

import pytest

from rasid.pipeline import process

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed_article.txt"


@pytest.fixture(scope="module")
def seed_doc():
    if not SEED.exists():
        pytest.skip(f"{SEED} is not present (it lives beside the repository)")
    text = SEED.read_text(encoding="utf-8")
    return text, process(text)


def test_seed_events_are_the_three_incidents(seed_doc):
    _, doc = seed_doc
    coded = sorted((e.sub_event_type, e.location["name_ar"]) for e in doc.events)
    assert coded == [("Armed clash", "الجزرات"), ("Armed clash", "غرانيج"), ("Arrests", "غرانيج")]
    assert all(e.admin1 == "Deir ez-Zor" and e.country == "Syria" for e in doc.events)


def test_seed_jazrat_toll_and_sides(seed_doc):
    _, doc = seed_doc
    jazrat = next(e for e in doc.events if e.location["name_ar"] == "الجزرات")
    assert jazrat.fatalities == 5 and jazrat.actor1["id"] == "isis"
    arrest = next(e for e in doc.events if e.sub_event_type == "Arrests")
    assert arrest.actor1["id"] == "sdf" and arrest.actor2["id"] == "isis"


def test_seed_has_no_date_and_says_so(seed_doc):
    _, doc = seed_doc
    assert all(e.date is None for e in doc.events)
    assert any("publication date unknown" in w for w in doc.warnings)


def test_seed_signoff_is_the_source_and_evidence_quotes_the_original(seed_doc):
    text, doc = seed_doc
    assert doc.source == "نورث بالس"
    for event in doc.events:
        for span in event.evidence:
            assert text[span["start"]:span["end"]] == span["text"]
    assert "داعـ.ـش" in {r.original for r in doc.repairs}
