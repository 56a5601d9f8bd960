"""Date expressions: finding and resolving against a publication date (rasid.lexicon.time)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.lexicon.time import KINDS, TimeMention, find_dates, week_sunday
from rasid.text.fold import fold_string

PUB = dt.date(2025, 4, 24)  # a Thursday
D = dt.date


def dates_in(raw: str, published: dt.date | None = PUB) -> list[TimeMention]:
    return find_dates(fold_string(raw), published)


def only(raw: str, published: dt.date | None = PUB) -> TimeMention:
    found = dates_in(raw, published)
    assert len(found) == 1, found
    return found[0]


# (sentence, kind, date, precision)
CASES = [
    # relative days
    ("قُتل شخصان اليوم الخميس في درعا", "relative_day", D(2025, 4, 24), 1),
    ("شنت الطائرات غارات صباح اليوم على المنطقة", "relative_day", D(2025, 4, 24), 1),
    ("انفجرت عبوة فجر اليوم قرب الحاجز", "relative_day", D(2025, 4, 24), 1),
    ("فقد خمسة مقاتلين حياتهم، فجر أمس الأربعاء، إثر هجوم", "relative_day", D(2025, 4, 23), 1),
    ("وقع الهجوم مساء أمس في البلدة", "relative_day", D(2025, 4, 23), 1),
    ("قُتل مدني أمس برصاص مجهولين", "relative_day", D(2025, 4, 23), 1),
    ("اندلعت اشتباكات بالأمس في الحي", "relative_day", D(2025, 4, 23), 1),
    ("شهدت المدينة الأمس توتراً", "relative_day", D(2025, 4, 23), 1),
    ("قصفت المدفعية البلدة البارحة", "relative_day", D(2025, 4, 23), 1),
    ("سمعت انفجارات الليلة الماضية في المدينة", "relative_day", D(2025, 4, 23), 1),
    ("قُتل أربعة ليلة أمس بغارة", "relative_day", D(2025, 4, 23), 1),
    ("اغتيل قيادي أول أمس في المدينة", "relative_day", D(2025, 4, 22), 1),
    ("اغتيل قيادي أول من أمس في المدينة", "relative_day", D(2025, 4, 22), 1),
    ("اغتيل قيادي أمس الأول في المدينة", "relative_day", D(2025, 4, 22), 1),
    ("أمس الثلاثاء قُتل شاب", "relative_day", D(2025, 4, 23), 1),  # weekday disagrees: trust أمس
    ("أصيب طفل أمس (الأربعاء) بجروح", "relative_day", D(2025, 4, 23), 1),
    ("قُتل ثلاثة مدنيين، أمس السبت 1 من آذار", "relative_day", D(2025, 3, 1), 1),
    ("صباح اليوم الأربعاء 15 كانون الثاني 2025 قصف", "relative_day", D(2025, 1, 15), 1),
    ("استهدفت مسيّرة سيارة قبل قليل", "relative_day", D(2025, 4, 24), 1),
    ("انفجار قبل ساعتين في السوق", "relative_day", D(2025, 4, 24), 1),
    # weekdays
    ("قالت الغرفة، الأربعاء، في بيان", "weekday", D(2025, 4, 23), 1),
    ("وفي يوم الأربعاء تصدى المقاتلون لهجوم", "weekday", D(2025, 4, 23), 1),
    ("قُتل شاب يوم الخميس في درعا", "weekday", D(2025, 4, 24), 1),  # same day allowed
    ("أصيب طفل يوم الخميس الماضي بانفجار", "weekday", D(2025, 4, 17), 1),  # «الماضي»: strictly before
    ("قُتل مدني الأربعاء الماضي", "weekday", D(2025, 4, 23), 1),
    ("اندلعت اشتباكات مساء الثلاثاء في الحي", "weekday", D(2025, 4, 22), 1),
    ("خرجت مظاهرة الجمعة الماضية في الساحة", "weekday", D(2025, 4, 18), 1),
    ("هاجم مسلحون الحاجز ظهر الأحد", "weekday", D(2025, 4, 20), 1),
    ("قصفت المدفعية البلدة الاثنين", "weekday", D(2025, 4, 21), 1),
    ("قُتل مدرّس، مساء الثلاثاء 22 من تشرين الأول، برصاص", "weekday", D(2024, 10, 22), 1),
    ("قُتل 27 مدنياً يوم الجمعة 7 آذار في الساحل", "weekday", D(2025, 3, 7), 1),
    # night spans: the first day
    ("اندلعت مواجهات ليل الأربعاء – الخميس بين قوة إسرائيلية ومسلحين", "weekday", D(2025, 4, 23), 1),
    ("وقعت اشتباكات ليلة السبت على الأحد في المدينة", "weekday", D(2025, 4, 19), 1),
    ("اشتباكات عنيفة ليل الأربعاء الخميس في الريف", "weekday", D(2025, 4, 23), 1),
    ("اشتباكات ليل الاثنين - الثلاثاء في البلدة", "weekday", D(2025, 4, 21), 1),
    ("هاجمت خلية نقطة ليل الأحد", "weekday", D(2025, 4, 20), 1),
    # absolute dates
    ("قُتل ثلاثة في 15 آذار 2025 بقصف", "absolute", D(2025, 3, 15), 1),
    ("قصف المنطقة بتاريخ 15/3/2025 أسفر عن قتلى", "absolute", D(2025, 3, 15), 1),
    ("قصف المنطقة بتاريخ 2025-03-15 أسفر عن قتلى", "absolute", D(2025, 3, 15), 1),
    ("قصف المنطقة بتاريخ 15.03.2025 أسفر عن قتلى", "absolute", D(2025, 3, 15), 1),
    ("قصف المنطقة بتاريخ ١٥/٣/٢٠٢٥ أسفر عن قتلى", "absolute", D(2025, 3, 15), 1),
    ("قُتل مدنيان في الخامس عشر من آذار", "absolute", D(2025, 3, 15), 1),
    ("جرى ذلك في الحادي والعشرين من كانون الثاني", "absolute", D(2025, 1, 21), 1),
    ("قُتل جنديان في 15 شباط/فبراير الماضي", "absolute", D(2025, 2, 15), 1),
    ("وقع الهجوم في 8 ديسمبر/كانون الأول", "absolute", D(2024, 12, 8), 1),
    ("وقع الهجوم في 10 أيار", "absolute", D(2024, 5, 10), 1),  # no year: the one on or before published
    ("وقع الهجوم في 1 من نيسان", "absolute", D(2025, 4, 1), 1),
    ("وقع الهجوم في 12 جوان 2024", "absolute", D(2024, 6, 12), 1),
    ("وقع الهجوم في 3 أفريل", "absolute", D(2025, 4, 3), 1),
    ("وقع الهجوم في 5 جانفي", "absolute", D(2025, 1, 5), 1),
    ("وقع الهجوم في 20 يوليه 2023", "absolute", D(2023, 7, 20), 1),
    ("وقع الهجوم في 9 أغسطس 2024", "absolute", D(2024, 8, 9), 1),
    ("وقع الهجوم في 2 إبريل", "absolute", D(2025, 4, 2), 1),
    ("وقع الهجوم في ٢٧ تشرين الثاني ٢٠٢٤", "absolute", D(2024, 11, 27), 1),
    ("وقع الهجوم في 15 رمضان 1446", "absolute", D(2025, 3, 15), 1),
    ("وقع الهجوم في 1 شوال 1446 هـ", "absolute", D(2025, 3, 30), 1),
    ("وقع الهجوم في 10 محرم", "absolute", D(2024, 7, 16), 1),
    # months without a day
    ("شن التنظيم عدة هجمات في تموز", "month", D(2024, 7, 15), 3),
    ("وفي تموز الماضي قُتل عنصر", "month", D(2024, 7, 15), 3),
    ("توغل مماثل في بلدة كويا أواخر آذار", "month", D(2025, 3, 31), 3),
    ("توغل مماثل أواخر آذار الفائت", "month", D(2025, 3, 31), 3),
    ("توغل مماثل مطلع آذار", "month", D(2025, 3, 5), 3),
    ("توغل مماثل أوائل آذار", "month", D(2025, 3, 5), 3),
    ("توغل مماثل منتصف آذار", "month", D(2025, 3, 15), 3),
    ("توغل مماثل أواسط آذار", "month", D(2025, 3, 15), 3),
    ("توغل مماثل نهاية آذار", "month", D(2025, 3, 31), 3),
    ("شن التنظيم هجمات خلال شهر نيسان الجاري", "month", D(2025, 4, 15), 3),
    ("شن التنظيم هجمات في نيسان الجاري", "month", D(2025, 4, 15), 3),
    ("شن التنظيم هجمات نهاية نيسان الجاري", "month", D(2025, 4, 24), 3),  # never after published
    ("سيطر التنظيم على الباغوز في آذار 2019", "month", D(2019, 3, 15), 3),
    ("وقعت المعارك في يونيو/حزيران 2023", "month", D(2023, 6, 15), 3),
    ("وقعت المعارك في فبراير/شباط", "month", D(2025, 2, 15), 3),
    ("وقعت المعارك في شهر آب", "month", D(2024, 8, 15), 3),
    ("وقعت المعارك خلال شهر رمضان", "month", D(2025, 3, 15), 3),
    # relative spans
    ("قُتل مدني، الأسبوع الماضي، برصاص", "relative_span", D(2025, 4, 16), 2),
    ("قُتل مدني الأسبوع الفائت برصاص", "relative_span", D(2025, 4, 16), 2),
    ("قُتل مدني خلال الأسبوع المنصرم", "relative_span", D(2025, 4, 16), 2),
    ("شن التنظيم عمليات خلال الأسبوع الجاري", "relative_span", D(2025, 4, 23), 2),
    ("شن التنظيم عمليات خلال الأسبوع الحالي", "relative_span", D(2025, 4, 23), 2),
    ("شن التنظيم عمليات هذا الأسبوع", "relative_span", D(2025, 4, 23), 2),
    ("قُتل عنصر الشهر الماضي", "relative_span", D(2025, 3, 15), 3),
    ("قُتل عنصر الشهر المنصرم", "relative_span", D(2025, 3, 15), 3),
    ("قُتل عنصر خلال الشهر الجاري", "relative_span", D(2025, 4, 15), 3),
    ("قُتل عنصر خلال الشهر الحالي", "relative_span", D(2025, 4, 15), 3),
    ("قُتل عنصر مطلع الشهر", "relative_span", D(2025, 4, 5), 3),
    ("قُتل عنصر بداية الشهر", "relative_span", D(2025, 4, 5), 3),
    ("قُتل عنصر أوائل الشهر", "relative_span", D(2025, 4, 5), 3),
    ("قُتل عنصر منتصف الشهر", "relative_span", D(2025, 4, 15), 3),
    ("قُتل عنصر أواسط الشهر", "relative_span", D(2025, 4, 15), 3),
    ("قُتل عنصر أواخر الشهر الماضي", "relative_span", D(2025, 3, 31), 3),
    ("قُتل عنصر نهاية الشهر", "relative_span", D(2025, 4, 24), 3),
    ("نفذ التنظيم هجمات في اليومين الماضيين", "relative_span", D(2025, 4, 23), 2),
    ("نفذ التنظيم هجمات خلال اليومين الماضيين", "relative_span", D(2025, 4, 23), 2),
    ("تصاعدت الهجمات في الأيام الأخيرة", "relative_span", D(2025, 4, 22), 2),
    ("قُتل شاب منذ يومين", "relative_span", D(2025, 4, 22), 1),
    ("قُتل شاب قبل يومين", "relative_span", D(2025, 4, 22), 1),
    ("قُتل شاب منذ ثلاثة أيام", "relative_span", D(2025, 4, 21), 1),
    ("قُتل شاب قبل 4 أيام", "relative_span", D(2025, 4, 20), 1),
    ("قُتل شاب قبل أسبوع", "relative_span", D(2025, 4, 17), 2),
    ("قُتل شاب قبل أيام", "relative_span", D(2025, 4, 21), 2),
    # since (aggregate indicator)
    ("وثّق المرصد منذ مطلع العام 87 عملية", "since", D(2025, 1, 1), 3),
    ("وثّق المرصد منذ بداية الشهر 12 عملية", "since", D(2025, 4, 1), 3),
    ("تتواصل الاشتباكات منذ الأربعاء", "since", D(2025, 4, 23), 1),
    ("تتواصل الاشتباكات منذ مساء الأربعاء", "since", D(2025, 4, 23), 1),
    ("تتواصل الهجمات منذ مطلع آذار", "since", D(2025, 3, 5), 3),
]


@pytest.mark.parametrize(("raw", "kind", "date", "precision"), CASES)
def test_resolves(raw: str, kind: str, date: dt.date, precision: int) -> None:
    mention = only(raw)
    assert (mention.kind, mention.date, mention.precision) == (kind, date, precision)
    assert mention.future is False


@pytest.mark.parametrize(("raw", "offset"), [
    ("وفي اليوم التالي، انفجرت عبوة ناسفة", 1),
    ("في اليوم التالي انفجرت عبوة", 1),
    ("وفي اليوم ذاته قُتل مدني", 0),
    ("في اليوم نفسه قُتل مدني", 0),
    ("ومساء اليوم ذاته قُتل مدني", 0),
    ("بعد ظهر اليوم نفسه أصيب شخصان", 0),
    ("وفي وقت سابق من اليوم ذاته انفجرت عبوة", 0),
    ("وفي الأثناء قُتل عنصر", 0),
    ("في اليوم السابق قُتل عنصر", -1),
])
def test_sequence_words(raw: str, offset: int) -> None:
    mention = only(raw)
    assert (mention.kind, mention.date, mention.offset_days) == ("sequence", None, offset)


@pytest.mark.parametrize(("raw", "date", "precision"), [
    ("يعقد الاجتماع غداً في دمشق", D(2025, 4, 25), 1),
    ("يعقد الاجتماع بعد غد", D(2025, 4, 26), 1),
    ("مظاهرة مقررة السبت المقبل", D(2025, 4, 26), 1),
    ("مظاهرة مقررة الخميس القادم", D(2025, 5, 1), 1),
    ("الانتخابات الأسبوع المقبل", D(2025, 4, 30), 2),
    ("الانتخابات الشهر القادم", D(2025, 5, 15), 3),
    ("الانتخابات في أيار المقبل", D(2025, 5, 15), 3),
    ("الانتخابات في 15 أيار 2025", D(2025, 5, 15), 1),
])
def test_future(raw: str, date: dt.date, precision: int) -> None:
    mention = only(raw)
    assert (mention.kind, mention.future, mention.date, mention.precision) == ("future", True, date, precision)


@pytest.mark.parametrize(("raw", "year", "kind"), [
    ("سيطر التنظيم على الباغوز عام 2019.", 2019, "year"),
    ("تأسست الحركة في 2014، وقد", 2014, "year"),
    ("انتهت الحرب 1990.", 1990, "year"),
    ("بدأت الأزمة 2011 م", 2011, "year"),
    ("بموجب اتفاق التسوية سنة 2018 برعاية روسية", 2018, "year"),
    ("قُتل أكثر من 100 خلال العام الماضي", 2024, "year"),
    ("تشهد المنطقة فلتاناً منذ عام 2014", 2014, "since"),
])
def test_years(raw: str, year: int, kind: str) -> None:
    mention = only(raw)
    assert (mention.kind, mention.year, mention.date) == (kind, year, None)


def test_week_conventions_when_published_early_in_week() -> None:
    monday = D(2025, 4, 21)
    assert only("الأسبوع الجاري", monday).date == monday  # the current Wednesday is not past yet
    assert only("الأسبوع الماضي", monday).date == D(2025, 4, 16)
    assert only("الأربعاء", D(2025, 4, 23)).date == D(2025, 4, 23)  # published on a Wednesday


def test_month_named_in_its_own_month_resolves_to_published_month_or_last_year() -> None:
    assert only("في نيسان", PUB).date == D(2025, 4, 15)
    assert only("في نيسان الماضي", PUB).date == D(2024, 4, 15)


@pytest.mark.parametrize("raw", ["أمس", "الأربعاء", "الأسبوع الماضي", "في تموز", "منذ يومين", "15 آذار",
                                 "خلال اليومين الماضيين", "نيسان الجاري"])
def test_without_publication_date_relative_is_found_but_unresolved(raw: str) -> None:
    mention = only(raw, None)
    assert mention.date is None


def test_without_publication_date_absolute_still_resolves() -> None:
    assert only("وقع في 15 آذار 2025", None).date == D(2025, 3, 15)
    assert only("في آذار 2019", None).date == D(2019, 3, 15)


def test_spans_index_the_folded_text() -> None:
    folded = fold_string("قال المصدر إن الهجوم وقع مساء أمس الخميس، وإن قتيلين سقطا.")
    (mention,) = find_dates(folded, PUB)
    assert folded[mention.start:mention.end] == mention.text == fold_string("مساء أمس الخميس")


def test_several_mentions_in_order() -> None:
    found = dates_in("قُتل مدرّس مساء الثلاثاء، وفي اليوم التالي انفجرت عبوة، بعد توغل أواخر آذار.")
    assert [m.kind for m in found] == ["weekday", "sequence", "month"]


@pytest.mark.parametrize("raw", [
    "قال أحد عشر شخصاً",             # «الأحد» is not «أحد عشر»
    "مارس الضغط على الحكومة",        # verb مارس without a cue
    "التقى رمضان بوالده",            # given name
    "برنامج رووداو",
    "مقتل 15 شخصاً",
    "نزح 2000 شخص من القرية",
])
def test_not_dates(raw: str) -> None:
    assert dates_in(raw) == []


def test_kinds_are_declared() -> None:
    every = {only(raw).kind for raw, *_ in CASES}
    assert every <= set(KINDS)


EXPRESSIONS = [raw for raw, *_ in CASES] + ["ليلة الجمعة على السبت", "الأسبوع الجاري", "في 31 كانون الأول",
                                            "في 29 شباط", "مطلع الشهر الجاري"]


@settings(max_examples=300, deadline=None)
@given(published=st.dates(min_value=D(2000, 1, 1), max_value=D(2035, 12, 31)),
       raw=st.sampled_from(EXPRESSIONS))
def test_never_after_published_unless_future(published: dt.date, raw: str) -> None:
    for mention in dates_in(raw, published):
        if mention.date is not None and not mention.future:
            assert mention.date <= published


@settings(max_examples=200, deadline=None)
@given(published=st.dates(min_value=D(2000, 1, 1), max_value=D(2035, 12, 31)))
def test_yesterday_weekday_agrees(published: dt.date) -> None:
    names = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
    yesterday = published - dt.timedelta(days=1)
    assert only(f"أمس {names[yesterday.weekday()]}", published).date == yesterday
    weekday = only(f"يوم {names[published.weekday()]}", published).date
    assert weekday == published
    past = only(f"{names[published.weekday()]} الماضي", published).date
    assert past == published - dt.timedelta(days=7)
    assert week_sunday(only("الأسبوع الماضي", published).date) == week_sunday(published) - dt.timedelta(days=7)


ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءة 0123456789/-.،–" + "امس اليوم الاربعاء اذار رمضان منذ مطلع العام ليل "


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=80),
       published=st.one_of(st.none(), st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31))))
def test_never_raises_and_spans_are_exact(text: str, published: dt.date | None) -> None:
    for mention in find_dates(text, published):
        assert text[mention.start:mention.end] == mention.text
        assert mention.kind in KINDS


@pytest.mark.parametrize("phrase, expected", [
    ("قُتل يوم 9 من الشهر نفسه", "2025-04-09"),
    ("في التاسع من الشهر الجاري", "2025-04-09"),
    ("مساء الخامس من الشهر الماضي", "2025-03-05"),
    ("في الخامس من الشهر الماضي", "2025-03-05"),
])
def test_day_of_the_current_or_last_month(phrase, expected):
    found = find_dates(fold_string(phrase), dt.date(2025, 4, 20))
    assert [(str(t.date), t.precision) for t in found] == [(expected, 1)]


def test_day_of_the_current_month_after_publication_is_left_open():
    found = find_dates(fold_string("في 25 من الشهر الجاري"), dt.date(2025, 4, 20))
    assert found and found[0].date is None


def test_so_many_days_after_is_a_sequence_offset_and_an_afternoon_is_not():
    for raw, days in (("بعد ثلاثة أيام من الهجوم", 3), ("بعد 4 أيام", 4), ("بعد أسبوعين من سيطرة الجيش", 14)):
        (t,) = dates_in(raw)
        assert (t.kind, t.offset_days) == ("sequence", days), raw
    assert [t.kind for t in dates_in("بعد ظهر اليوم")] == ["relative_day"]


def test_weekdays_named_are_read_whatever_their_spelling():
    from rasid.lexicon.time import weekdays_named
    assert weekdays_named(fold_string("مساء الإثنين")) == weekdays_named(fold_string("مساء الاتنين")) == {0}
    assert weekdays_named(fold_string("ليل الأحد - الإثنين")) == {6, 0}
    assert weekdays_named(fold_string("صباح اليوم")) == set()


def test_since_a_recent_day_part_dates_the_incident_but_since_the_start_of_the_month_is_a_span():
    (t,) = dates_in("اندلعت اشتباكات منذ مساء أمس")
    assert t.kind == "relative_day" and t.date == PUB - dt.timedelta(days=1)
    assert [t.kind for t in dates_in("قتل العشرات منذ مطلع الشهر")] == ["since"]


def test_a_relative_day_followed_by_its_date_in_parentheses_takes_that_date():
    (t,) = dates_in("استعاد الفصيل اليوم الجمعة (15 أيلول/سبتمبر)، التلة", dt.date(2017, 9, 16))
    assert t.date == dt.date(2017, 9, 15)
    (t,) = dates_in("قُتل أمس الخميس (19 تشرين الأول) شاب", dt.date(2017, 10, 21))
    assert t.date == dt.date(2017, 10, 19)


def test_more_than_two_hours_is_a_duration_not_two_hours_ago():
    assert find_dates(fold_string("واستمرت الاشتباكات لأكثر من ساعتين"), dt.date(2021, 10, 10)) == []
    found = find_dates(fold_string("قصفت قوات النظام البلدة من ساعتين"), dt.date(2021, 10, 10))
    assert [t.date for t in found] == [dt.date(2021, 10, 10)]
