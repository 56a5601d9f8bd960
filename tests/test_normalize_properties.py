"""Property tests for the evasion-repair stage: idempotence, a sound offset map, clean text untouched."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasid.text.normalize import repair

CLEAN_WORDS = (
    "قال أعلن مصدر محلي بلدة ريف مدينة شمال شرق يوم الأربعاء أمس القوات الأمنية نقطة حاجز طريق "
    "سيارة المدنيين الأهالي المنطقة الحكومة وزارة بيان مقابلة تقرير مراسل أفادت بحسب إلى على من "
    "عن مع بعد قبل خلال حيث التي هذا ذلك داعش قسد هجوم غارة قتلى الجزرات دير الزور سوريا"
).split()
LATIN_WORDS = ["Reuters", "BBC", "Daesh", "ISIS", "HTS", "news", "F-16", "report"]
PUNCT = ["،", ".", ":", "؛", "!", "؟", "«", "»", "(", ")", "-", "/"]
SPACES = [" ", "  ", "\n", " \n", "\t"]

clean_token = st.one_of(
    st.sampled_from(CLEAN_WORDS),
    st.sampled_from(LATIN_WORDS),
    st.integers(0, 99999).map(str),
    st.tuples(st.sampled_from(CLEAN_WORDS), st.sampled_from(PUNCT)).map("".join),
)
clean_text = st.lists(st.tuples(clean_token, st.sampled_from(SPACES)), max_size=30).map(
    lambda parts: "".join(w + s for w, s in parts))

NOISE = ["ـ", ".", "ـ.ـ", "\u200c", "\u200b", "\u200f", "\u202d", "\u202c", "\u00ad", "🔥", "\ufe0f", "ی", "ک",
         "ٮ", "ں", "\u064b", "\u0651", "\u0652", "3", "l", "|", " ", "\u00a0", "ﻻ", "ﺍ", "\u06d6", "ا", "ع"]
noisy_text = st.lists(
    st.one_of(st.sampled_from(CLEAN_WORDS), st.sampled_from(NOISE), st.sampled_from(SPACES),
              st.text(alphabet="دا عشقسـ.٫ـ", max_size=6)),
    max_size=40,
).map("".join)
any_text = st.one_of(noisy_text, st.text(max_size=60))

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(any_text)
def test_normalize_idempotent(text: str) -> None:
    once = repair(text).text
    assert repair(once).text == once


@SETTINGS
@given(any_text)
def test_normalize_map_is_monotone_and_covers_source(text: str) -> None:
    result = repair(text)
    m = result.map
    assert m.text == result.text
    assert len(m.starts) == len(m.ends) == len(result.text)
    assert all(0 <= s < e <= len(text) for s, e in zip(m.starts, m.ends))
    assert all(a <= b for a, b in zip(m.starts, m.starts[1:]))
    mapped = set()
    for s, e in zip(m.starts, m.ends):
        mapped.update(range(s, e))
    repaired = set()
    for r in result.repairs:
        assert text[r.start:r.end] == r.original
        repaired.update(range(r.start, r.end))
    assert set(range(len(text))) <= mapped | repaired


@SETTINGS
@given(any_text)
def test_normalize_unchanged_chars_map_to_themselves(text: str) -> None:
    result = repair(text)
    m = result.map
    for i, ch in enumerate(result.text):
        if m.ends[i] - m.starts[i] == 1 and text[m.starts[i]] == ch:
            continue
        assert any(r.start <= m.starts[i] < r.end for r in result.repairs)


@SETTINGS
@given(clean_text)
def test_normalize_clean_text_unchanged(text: str) -> None:
    result = repair(text)
    assert result.text == text
    assert result.repairs == []


def test_stacked_overrides_are_reversed_once():
    """Found by hypothesis: four LRO marks before a word used to need more than three passes."""
    once = repair("\u202d\u202d\u202d\u202dقال").text
    assert once == "لاق"
    assert repair(once).text == once
