"""tools/raise_floors.py: floors only rise, and the notes kept beside them survive a raise."""
import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parent.parent / "tools" / "raise_floors.py"
_spec = importlib.util.spec_from_file_location("raise_floors", _PATH)
raise_floors = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(raise_floors)


def _report(value: float) -> dict:
    return {"f1": value, "precision": value, "recall": value, "f1_any_type": value,
            "fields": {"location": {"accuracy": value, "f1": value}}}


def test_a_floor_rises_to_the_measured_figure_less_the_margin_and_never_falls():
    old = {"f1": 0.80, "precision": 0.95, "recall": 0.80, "f1_any_type": 0.80,
           "fields": {"location": {"accuracy": 0.90, "f1": 0.50}}}
    new = raise_floors.raised(old, _report(0.905), 0.01)
    assert new["f1"] == 0.89 and new["precision"] == 0.95
    assert new["fields"]["location"] == {"accuracy": 0.90, "f1": 0.89}


def test_notes_on_a_floor_are_kept():
    old = {"f1": 0.80, "_location_floor": "lowered once, for a reason told here", "fields": {}}
    assert raise_floors.raised(old, _report(0.9), 0.01)["_location_floor"] == old["_location_floor"]
