"""Records as dicts: the same fields and values as ``dataclasses.asdict``, and a copy the caller may change."""
from __future__ import annotations

import dataclasses

from rasid import extract

TEXT = ("قتل ثلاثة مدنيين وأصيب خمسة آخرون بقصف مدفعي لقوات النظام على بلدة كفرنبل بريف إدلب الجنوبي، صباح اليوم.\n"
        "وقال مصدر طبي إن الجرحى نقلوا إلى مستشفى في المنطقة.")


def test_event_dict_is_asdict_and_a_copy() -> None:
    doc = extract(TEXT, published="2025-03-02")
    assert doc.events
    event = doc.events[0]
    record = event.as_dict()
    assert record == dataclasses.asdict(event)
    assert list(record) == [f.name for f in dataclasses.fields(event)]
    record["evidence"][0]["text"] = "changed"
    record["location"]["name"] = "changed"
    assert event.evidence[0]["text"] != "changed" and event.location["name"] != "changed"


def test_document_repairs_as_asdict() -> None:
    doc = extract("هجوم لخلايا داعـ.ـش على بلدة الجزرات بريف دير الزور الغربي أمس.", published="2025-03-02")
    assert doc.repairs
    assert doc.as_dict()["repairs"] == [dataclasses.asdict(r) for r in doc.repairs]
