"""``Tellings`` finds, among the tellings of an area, the twin that a walk over all of them finds.

The report below is generated from sentences written for this test: many incidents in one governorate, some
places named again and again, some told only by the governorate.
"""
from __future__ import annotations

import datetime as dt
import random

from rasid.extract.document import Context, Tellings, _incident_area, _merge, _same_incident
from rasid.extract.frames import build_candidates
from rasid.extract.mentions import find_mentions
from rasid.text.fold import fold
from rasid.text.normalize import repair

TOWNS = ["سراقب", "معرة النعمان", "أريحا", "جسر الشغور", "كفرنبل", "بنش", "سرمين", "مدينة إدلب"]
SENTENCES = [
    "قصفت قوات النظام بلدة {town} بريف إدلب {day}، ما أدى إلى مقتل {n} مدنيين.",
    "وقتل {n} عناصر من قوات النظام في اشتباكات مع الفصائل قرب {town} {day}.",
    "واستهدفت طائرة مسيرة سيارة في {town} {day}، ما أسفر عن إصابة {n} أشخاص.",
    "وشهد ريف إدلب قصفاً مدفعياً عنيفاً {day}.",
    "وقال ناشطون إن القصف على {town} أسفر عن مقتل {n} أشخاص.",
]


def _report(seed: int, paragraphs: int) -> str:
    rng = random.Random(seed)
    return "\n\n".join(
        " ".join(rng.choice(SENTENCES).format(town=rng.choice(TOWNS), day=rng.choice(["أمس", "اليوم"]),
                                               n=rng.randint(2, 9)) for _ in range(rng.randint(1, 3)))
        for _ in range(paragraphs))


def test_twin_is_the_first_kept_telling_of_the_same_incident() -> None:
    text = _report(13, 120)
    repaired = repair(text)
    folded = fold(repaired.text)
    published = dt.date(2025, 3, 2)
    cands = [c for c in build_candidates(find_mentions(folded.text, published), published)
             if c.place is not None and c.place.place is not None and c.place.place.feature != "country"]
    ctx = Context("report", text, repaired.text, repaired.map.compose(folded), folded, published.isoformat())
    areas: dict[tuple, tuple[Tellings, list]] = {}
    merged = 0
    for c in cands:
        told, kept = areas.setdefault(_incident_area(c), (Tellings(), []))
        twin = told.twin(c, ctx)
        assert twin is next((k for k in kept if _same_incident(k, c, ctx)), None)
        if twin is None:
            told.add(c)
            kept.append(c)
        else:
            _merge(twin, c)
            told.refile(twin)
            merged += len(kept) > Tellings.INDEX_FROM
    assert merged > 10  # twins were found through the index
