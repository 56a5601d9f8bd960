"""The position index of a document's mentions answers as a scan of the whole document would."""
from __future__ import annotations

import datetime as dt

import pytest

from rasid.extract.mentions import Mentions, find_mentions
from rasid.extract.segment import tokens
from rasid.text.fold import fold

TEXT = (
    "دمشق – مراسلنا\n"
    "قتل ثلاثة مدنيين وأصيب 4 آخرون بقصف مدفعي لقوات النظام على بلدة كفرنبل بريف إدلب الجنوبي، صباح اليوم.\n"
    "وقال مصدر محلي: \"إن القذائف سقطت على الأحياء السكنية في البلدة منذ الفجر\"، مضيفاً أن الدفاع المدني انتشل "
    "الضحايا.\n"
    "وفي سياق منفصل، اندلعت اشتباكات بين قوات سوريا الديمقراطية وخلايا تنظيم داعش في ريف دير الزور الشرقي أمس، "
    "ما أدى إلى مقتل عنصرين من التنظيم.\n"
)


@pytest.fixture(scope="module")
def mentions() -> Mentions:
    return find_mentions(fold(TEXT).text, dt.date(2025, 3, 2))


def _scan(items: list, start: int, end: int) -> list:
    return [m for m in items if start <= m.start < end]


@pytest.mark.parametrize("kind", ["actors", "places", "times", "numbers", "triggers", "cues"])
def test_within_is_a_scan(mentions: Mentions, kind: str) -> None:
    items = getattr(mentions, kind)
    assert items, f"the text has {kind}"
    n = len(mentions.folded)
    for start in range(0, n + 1, 7):
        for end in (start, start + 1, start + 30, start + 200, n + 5):
            assert mentions.within(kind, start, end) == _scan(items, start, end)


def test_in_speech_is_a_scan(mentions: Mentions) -> None:
    assert mentions.speech
    for pos in range(-1, len(mentions.folded) + 1):
        assert mentions.in_speech(pos) == any(s <= pos < e for s, e in mentions.speech)


def test_tokens_cut_by_the_window_as_segment_cuts_them(mentions: Mentions) -> None:
    folded = mentions.folded
    n = len(folded)
    for start in range(0, n + 1, 3):
        for end in (start - 1, start, start + 2, start + 11, start + 60, n, n + 3):
            assert mentions.tokens(start, end) == tokens(folded, start, end), (start, end)


def test_once_computes_a_fact_once(mentions: Mentions) -> None:
    calls = []

    def fact(m: Mentions) -> int:
        calls.append(1)
        return len(m.actors)

    assert mentions.once(fact) == mentions.once(fact) == len(mentions.actors)
    assert len(calls) == 1
