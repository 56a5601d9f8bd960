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
# Honest words that look like a disguise of a frequent word (rare names and places, dialect, Quranic spelling,
# emphasis): repair must leave them as written.
HONEST_WORDS = (
    "الهفل منبح ترمانين الصفيرة مارييه الطويرقي شيزر دلوقتي امبارح الزلمة بيحكي الزكريات هيك شو "
    "الصلوة الزكوة وجهه جمييييل ههههه لاااا ح3 م2 ال5 وال3 عبدالله"
).split()
LATIN_WORDS = ["Reuters", "BBC", "Daesh", "ISIS", "HTS", "news", "F-16", "report"]
PUNCT = ["،", ".", ":", "؛", "!", "؟", "«", "»", "(", ")", "-", "/"]
SPACES = [" ", "  ", "\n", " \n", "\t"]

clean_token = st.one_of(
    st.sampled_from(CLEAN_WORDS),
    st.sampled_from(HONEST_WORDS),
    st.sampled_from(LATIN_WORDS),
    st.integers(0, 99999).map(str),
    st.tuples(st.sampled_from(CLEAN_WORDS), st.sampled_from(PUNCT)).map("".join),
)
clean_text = st.lists(st.tuples(clean_token, st.sampled_from(SPACES)), max_size=30).map(
    lambda parts: "".join(w + s for w, s in parts))

NOISE = ["ـ", ".", "ـ.ـ", "\u200c", "\u200b", "\u200f", "\u202d", "\u202c", "\u00ad", "🔥", "\ufe0f", "ی", "ک",
         "ٮ", "ں", "\u064b", "\u0651", "\u0652", "3", "l", "|", " ", "\u00a0", "ﻻ", "ﺍ", "\u06d6", "ا", "ع",
         "…", "..", "*", "•", "\u2009", "\u200a", "\u2007", "✿", "m", "7", "2", "9", "1", "ڡ", "ٯ", "ي ي"]
noisy_text = st.lists(
    st.one_of(st.sampled_from(CLEAN_WORDS), st.sampled_from(HONEST_WORDS), st.sampled_from(NOISE),
              st.sampled_from(SPACES), st.text(alphabet="دا عشقسـ.٫ـ", max_size=6),
              st.text(alphabet="al3o7ekm2 ", min_size=3, max_size=8)),
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


# Frequent ordinary words (none in the evasion lexicon) and junk that honest text never puts inside a word.
ORDINARY = ("الحكومة المدينة الأهالي المستشفى المساعدات الشرطة الطريق المعارضة السيطرة الانتخابات "
            "المتظاهرين الاحتجاجات المنطقة").split()
STRONG_JUNK = ["*", "•", "+", "\u2009", "\u200a", "\u2007", "ـ.ـ", "ـ/ـ", "\u200b", "\u200c"]


@st.composite
def disguised_sentence(draw: st.DrawFn) -> tuple[str, str]:
    """(clean sentence, the same with one ordinary word split by strong junk at any inner position)."""
    before = draw(st.lists(st.sampled_from(CLEAN_WORDS), max_size=5))
    after = draw(st.lists(st.sampled_from(CLEAN_WORDS), max_size=5))
    word = draw(st.sampled_from(ORDINARY))
    i = draw(st.integers(1, len(word) - 1))
    junk = draw(st.sampled_from(STRONG_JUNK))
    clean = " ".join([*before, word, *after])
    return clean, " ".join([*before, word[:i] + junk + word[i:], *after])


@SETTINGS
@given(disguised_sentence())
def test_normalize_joins_ordinary_words_split_by_junk(case: tuple[str, str]) -> None:
    clean, disguised = case
    result = repair(disguised)
    assert result.text == clean
    for r in result.repairs:
        assert disguised[r.start:r.end] == r.original


@SETTINGS
@given(st.lists(st.sampled_from(HONEST_WORDS + CLEAN_WORDS), min_size=1, max_size=12),
       st.sampled_from([" ", "\u00a0", "\n"]))
def test_normalize_honest_words_unchanged(words: list[str], sep: str) -> None:
    text = sep.join(words)
    assert repair(text).text == text
