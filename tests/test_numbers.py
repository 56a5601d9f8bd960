"""Counts: parse_number, find_numbers, acled_fallback (rasid.lexicon.numbers)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.lexicon.numbers import NumberMention, acled_fallback, find_numbers, parse_number
from rasid.text.fold import fold_string

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def parse(raw: str) -> int | None:
    return parse_number(fold_string(raw))


def numbers(raw: str) -> list[NumberMention]:
    return find_numbers(fold_string(raw))


def counts(raw: str) -> list[int | None]:
    return [m.value for m in numbers(raw) if not m.is_year]


@pytest.mark.parametrize(("raw", "value"), [
    # units in every gender/case form
    ("واحد", 1), ("واحدة", 1), ("أحد", 1), ("إحدى", 1),
    ("اثنان", 2), ("اثنين", 2), ("اثنتان", 2), ("اثنتين", 2),
    ("ثلاثة", 3), ("ثلاث", 3), ("أربعة", 4), ("أربع", 4), ("خمسة", 5), ("خمس", 5),
    ("ستة", 6), ("ست", 6), ("سبعة", 7), ("سبع", 7), ("ثمانية", 8), ("ثماني", 8), ("ثمان", 8),
    ("تسعة", 9), ("تسع", 9), ("عشرة", 10), ("عشر", 10),
    # teens in every form
    ("أحد عشر", 11), ("إحدى عشرة", 11), ("اثنا عشر", 12), ("اثني عشر", 12), ("اثنتا عشرة", 12),
    ("اثنتي عشرة", 12), ("ثلاثة عشر", 13), ("ثلاث عشرة", 13), ("أربعة عشر", 14), ("أربع عشرة", 14),
    ("خمسة عشر", 15), ("خمس عشرة", 15), ("ستة عشر", 16), ("ست عشرة", 16), ("سبعة عشر", 17),
    ("سبع عشرة", 17), ("ثمانية عشر", 18), ("ثماني عشرة", 18), ("تسعة عشر", 19), ("تسع عشرة", 19),
    # tens
    ("عشرون", 20), ("عشرين", 20), ("ثلاثون", 30), ("ثلاثين", 30), ("أربعون", 40), ("أربعين", 40),
    ("خمسون", 50), ("خمسين", 50), ("ستون", 60), ("ستين", 60), ("سبعون", 70), ("سبعين", 70),
    ("ثمانون", 80), ("ثمانين", 80), ("تسعون", 90), ("تسعين", 90),
    # hundreds and thousands
    ("مئة", 100), ("مائة", 100), ("مئتان", 200), ("مئتين", 200), ("مائتين", 200), ("مائتان", 200),
    ("ثلاثمئة", 300), ("ثلاثمائة", 300), ("ثلاث مئة", 300), ("خمسمئة", 500), ("تسعمائة", 900),
    ("ألف", 1000), ("ألفان", 2000), ("ألفين", 2000), ("ثلاثة آلاف", 3000), ("عشرة آلاف", 10000),
    ("مليون", 1_000_000),
    # compounds
    ("خمسة وعشرون", 25), ("خمس وعشرين", 25), ("واحد وثلاثون", 31), ("اثنان وأربعون", 42),
    ("مئة وخمسين", 150), ("مئة وخمسة وعشرون", 125), ("مئتان وثلاثة", 203),
    ("ألف ومئتان وخمسون", 1250), ("خمسة وعشرون ألفاً", 25000), ("ثلاثة آلاف وخمسمئة", 3500),
    # digits
    ("5", 5), ("٥٦", 56), ("١٥٨", 158), ("1,200", 1200), ("١٬٢٠٠", 1200), ("1.5 ألف", 1500),
    ("3 آلاف", 3000), ("13 ألف", 13000), ("2 مليون", 2_000_000),
    # approximations keep the figure
    ("نحو 10", 10), ("نحو عشرين", 20),
    # duals
    ("قتيلان", 2), ("جريحين", 2), ("مدنيين اثنين", 2),
])
def test_parse_number(raw: str, value: int) -> None:
    assert parse(raw) == value


@pytest.mark.parametrize("raw", ["", "الخامس", "ثالث", "عشرات", "عدد من", "قتلى", "مدنيين", "1.5", "خمسة وثلاثة"])
def test_parse_number_rejects(raw: str) -> None:
    assert parse(raw) is None


@pytest.mark.parametrize(("raw", "value", "noun"), [
    ("قُتل خمسة مقاتلين من قسد", 5, "مقاتلين"),
    ("مقتل ثلاثة أشخاص وإصابة 34 آخرين", 3, "اشخاص"),
    ("قُتل تسعة من أبناء نوى", 9, "ابناء"),
    ("مقتل أحد عناصر الحاجز", 1, "عناصر"),
    ("مقتل 27 مدنياً", 27, "مدنيا"),
    ("مقتل ٥٦ شخصاً", 56, "شخصا"),
    ("حصيلة: 3 قتلى و2 جرحى", 3, "قتلي"),
])
def test_first_count_and_noun(raw: str, value: int, noun: str) -> None:
    first = numbers(raw)[0]
    assert (first.value, first.noun, first.approx, first.vague) == (value, noun, False, None)


@pytest.mark.parametrize(("raw", "noun"), [
    ("قُتل قتيلان", "قتيلان"), ("سقط قتيلين", "قتيلين"), ("أصيب جريحان", "جريحان"), ("نقل الجريحين", "جريحين"),
    ("قُتل عنصران من قسد", "عنصران"), ("اعتقال عنصرين", "عنصرين"), ("مقتل شخصان", "شخصان"),
    ("مقتل شخصين", "شخصين"), ("مقتل طفلان", "طفلان"), ("مقتل طفلين", "طفلين"), ("مقتل مدنيان", "مدنيان"),
    ("مقتل شابان", "شابان"), ("مقتل شابين", "شابين"), ("مقتل جنديان", "جنديان"), ("مقتل جنديين", "جنديين"),
    ("مقتل مقاتلان", "مقاتلان"), ("مقتل امرأتان", "امراتان"), ("مقتل امرأتين", "امراتين"),
    ("مقتل رجلان", "رجلان"), ("مقتل رجلين", "رجلين"), ("مقتل مواطنان", "مواطنان"),
    ("مقتل مدنيين اثنين", "مدنيين"), ("مقتل مقاتلين اثنين", "مقاتلين"), ("مقتل مواطنين اثنين", "مواطنين"),
])
def test_duals_count_two(raw: str, noun: str) -> None:
    (mention,) = numbers(raw)
    assert (mention.value, mention.noun) == (2, noun)


@pytest.mark.parametrize("raw", ["مقتل مدنيين في القصف", "مقتل مقاتلين من الفصيل", "اعتقال مواطنين",
                                 "أطلق مسلحين النار"])
def test_plurals_that_look_like_duals_are_not_counts(raw: str) -> None:
    assert numbers(raw) == []


@pytest.mark.parametrize("approx", ["نحو", "قرابة", "حوالي", "حوالى", "ما يقارب", "أكثر من", "ما لا يقل عن",
                                    "أزيد من", "زهاء", "ما يزيد عن", "باكثر من"])
def test_approximations(approx: str) -> None:
    (mention,) = numbers(f"قُتل {approx} 10 أشخاص")
    assert (mention.value, mention.approx, mention.noun) == (10, True, "اشخاص")
    assert fold_string(approx) in fold_string(f"قُتل {approx} 10")[mention.start:mention.end]


def test_approximation_with_article_and_words() -> None:
    (mention,) = numbers("قُتل قرابة الـ20 عنصراً")
    assert (mention.value, mention.approx) == (20, True)
    (mention,) = numbers("قُتل نحو عشرين عنصراً")
    assert (mention.value, mention.approx) == (20, True)


@pytest.mark.parametrize(("raw", "label", "fallback"), [
    ("أوقعت عدداً من القتلى", "several", 3), ("سقط عدد من القتلى", "several", 3),
    ("أصيب عدة أشخاص", "several", 3), ("أصيب بضعة أشخاص", "several", 3),
    ("أصيب العديد من المدنيين", "several", 3), ("وإصابة عدد آخر بجروح", "several", 3),
    ("سقط عشرات القتلى والجرحى", "dozens", 12), ("أصيب العشرات", "dozens", 12),
    ("نزح المئات", "hundreds", 100), ("نزح مئات المدنيين", "hundreds", 100),
    ("نزح الآلاف", "thousands", 100), ("نزح آلاف المدنيين", "thousands", 100),
    ("يؤوي مئات الآلاف من النازحين", "thousands", 100), ("عشرات الآلاف من العائلات", "thousands", 100),
])
def test_vague_counts(raw: str, label: str, fallback: int) -> None:
    (mention,) = numbers(raw)
    assert (mention.value, mention.vague) == (None, label)
    assert acled_fallback(mention.vague) == fallback


def test_acled_fallback_unstated() -> None:
    assert acled_fallback(None) == 0
    assert acled_fallback("several") == 3 and acled_fallback("dozens") == 12 and acled_fallback("hundreds") == 100


@pytest.mark.parametrize("raw", ["سيطر على الباغوز عام 2019.", "منذ عام 2014 والتنظيم", "في 2011، بدأت",
                                 "اتفاق سنة 2018 برعاية روسية", "تأسس في ٢٠١٤."])
def test_years_are_not_counts(raw: str) -> None:
    found = numbers(raw)
    assert found and all(m.is_year for m in found)
    assert counts(raw) == []


def test_year_like_figure_before_a_noun_is_a_count() -> None:
    (mention,) = numbers("نزح 2000 شخص من القرية")
    assert (mention.value, mention.is_year, mention.noun) == (2000, False, "شخص")


@pytest.mark.parametrize("raw", [
    "وقع الهجوم في 15 آذار", "في 15 من شباط/فبراير", "بتاريخ 15/3/2025", "بتاريخ 2025-03-15",
    "في آذار 2019", "الساعة 10:30 صباحاً", "الساعة 10 صباحاً", "نسبة 10% من السكان",
    "نسبة 10 بالمئة", "رشاش عيار 12.7", "مدفع 23 ملم", "قذيفة 155 مم", "طائرة F-16", "دبابة T-72",
    "طائرة إف-16", "طائرة ميغ 21", "للاتصال: +963 933 123 456", "الرقم 0933123456",
    "القرار 2254", "القرار الأممي 2254 ورحيل", "اللواء 47", "الساعة الحادية عشرة", "الخامس من الشهر",
    "وأصيب ثالث بجروح", "في 15 رمضان 1446",
])
def test_not_counts(raw: str) -> None:
    assert counts(raw) == []


def test_several_numbers_in_a_sentence() -> None:
    assert counts("قُتل 32 شخصاً و63 جريحاً، وأصيب خمسة وعشرون آخرون وثلاثة أطفال") == [32, 63, 25, 3]


def test_digits_and_words_side_by_side() -> None:
    assert counts("بين 1500 و3000 مقاتل") == [1500, 3000]


def test_spans_index_the_folded_text() -> None:
    folded = fold_string("قُتل ما لا يقل عن 57 مدنياً")
    (mention,) = find_numbers(folded)
    assert folded[mention.start:mention.end] == fold_string("ما لا يقل عن 57")


UNITS = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
TENS = ["", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
HUNDREDS = ["", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة"]
THOUSANDS = ["", "ألف", "ألفان", "ثلاثة آلاف", "أربعة آلاف", "خمسة آلاف", "ستة آلاف", "سبعة آلاف",
             "ثمانية آلاف", "تسعة آلاف"]


def to_words(n: int) -> str:
    """Arabic words for 1..9999, masculine nominative (test oracle)."""
    parts = [THOUSANDS[n // 1000], HUNDREDS[n // 100 % 10]]
    below = n % 100
    if 11 <= below <= 19:
        parts.append("أحد عشر" if below == 11 else "اثنا عشر" if below == 12 else UNITS[below - 10] + " عشر")
    elif below % 10 and below >= 20:
        parts.append(f"{UNITS[below % 10]} و{TENS[below // 10]}")
    else:
        parts.append(UNITS[below] if below < 10 else TENS[below // 10])
    return " و".join(p for p in parts if p)


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=9999))
def test_any_integer_in_digits_parses_back(n: int) -> None:
    assert parse(str(n)) == n
    assert parse(str(n).translate(ARABIC_INDIC)) == n


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=1, max_value=9999))
def test_any_integer_in_words_parses_back(n: int) -> None:
    assert parse(to_words(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=999_999))
def test_found_in_a_sentence(n: int) -> None:
    (mention,) = numbers(f"قُتل {n} شخصاً في القصف")
    assert (mention.value, mention.is_year, mention.noun) == (n, False, "شخصا")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ابتثجحخدسعفقلمنهوي 0123456789,./%-خمسةعشرونمئةألفاثنانقتيلانعددمن", max_size=80))
def test_never_raises(text: str) -> None:
    for mention in find_numbers(text):
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.value is None or mention.value >= 0


def test_a_dual_in_construct_before_its_corps_counts_two():
    assert counts("قُتل عنصرا أمن برصاص مسلحين على حاجز المدينة") == [2]
    assert counts("أدى الانفجار إلى مقتل عنصري الشرطة") == [2]
    # the other side: the accusative singular and the adjective «عنصري» are no count
    assert counts("قتل المسلحون عنصراً من الشرطة") == []
    assert counts("هجوم عنصري على محل تجاري") == []
