"""Unit tests for the evasion-repair stage (rasid.text.normalize), one group per technique and trap."""
from __future__ import annotations

import pytest

from rasid.text.normalize import load_lexicon, rasm_skeleton, repair


def check_offsets(source: str) -> None:
    """Every repair quotes the original exactly, and the map sends each repaired word back to it."""
    result = repair(source)
    assert result.map.text == result.text
    for r in result.repairs:
        assert source[r.start:r.end] == r.original
        idx = [i for i, s in enumerate(result.map.starts) if r.start <= s < r.end]
        assert "".join(result.text[i] for i in idx) == r.repaired
        if idx:
            assert idx == list(range(idx[0], idx[-1] + 1))
            s, e = result.to_original(idx[0], idx[-1] + 1)
            assert r.start <= s < e <= r.end


# (technique, input, expected output, expected kind of the single repair or None)
TECHNIQUES = [
    # T1 tatweel + separator, with E1 propagation and non-lexicon words
    ("T1", "داعـ.ـش", "داعش", "split-word"),
    ("T1", "الشـ/هداء", "الشهداء", "split-word"),
    ("T1", "دا.عـ.ـش", "داعش", "split-word"),
    ("T1", "يشيـ.ـر", "يشير", "split-word"),
    ("T1", "الدبـ.ـلوماسي", "الدبلوماسي", "split-word"),
    ("T1", "#ضحـ_ـايا", "#ضحايا", "split-word"),
    ("T1", "قـ-ـسد", "قسد", "split-word"),
    ("T1", "الحـ . ـق واضح", "الحق واضح", "split-word"),
    ("T1", "التنظـ.ـمات", "التنظمات", "split-word"),
    ("T1", "اسـ.ـتـ.ـشـ.ـهاد", "استشهاد", "split-word"),
    # T2 kashida stretching
    ("T2", "الجــولانــــي", "الجولاني", "tatweel"),
    ("T2", "عـاجـل", "عاجل", "tatweel"),
    # T3 bare separators, lexicon-gated
    ("T3", "قس*د", "قسد", "separator"),
    ("T3", "دا.عش", "داعش", "separator"),
    ("T3", "طائرة م؛سي؛رة", "طائرة مسيرة", "separator"),
    ("T3", "وا+لقاعدة", "والقاعدة", "separator"),
    # T4 separator between every letter
    ("T4", "ح.م.ا.س", "حماس", "separator"),
    ("T4", "ا-ل-ص-و-ا-ر-ي-خ", "الصواريخ", "separator"),
    ("T4", "حراس ا/ل/د/ي/ن", "حراس الدين", "separator"),
    # T5 spaced letters and exotic spaces
    ("T5", "د ا ع ش", "داعش", "spaced-letters"),
    ("T5", "ج ب ه ة النصرة", "جبهة النصرة", "spaced-letters"),
    ("T5", "ا  ل  إ  ر  ه  ا  ب", "الإرهاب", "spaced-letters"),
    ("T5", "غ\u00a0ا\u00a0ر\u00a0ة", "غارة", "spaced-letters"),
    ("T5", "دا\u200aعش", "داعش", "spaced-letters"),
    # T6 invisible characters
    ("T6", "دا\u200cعش", "داعش", "invisible"),
    ("T6", "ه\u00adج\u00adو\u00adم", "هجوم", "invisible"),
    ("T6", "قتل\ufeffى", "قتلى", "invisible"),
    ("T6", "مسل\u200bحين", "مسلحين", "invisible"),
    # T7 bidi controls and override runs
    ("T7", "الجولان\u200fي", "الجولاني", "bidi"),
    ("T7", "عب\u202aد\u202cي", "عبدي", "bidi"),
    ("T7", "\u202dشعاد\u202c", "داعش", "bidi"),
    ("T7", "\u202dينالوجلا\u202c", "الجولاني", "bidi"),
    # T8 reversed
    ("T8", "ةراغ", "غارة", "reversed"),
    ("T8", "راجفنا", "انفجار", "reversed"),
    ("T8", "دسق", "قسد", "reversed"),
    # T9 presentation forms
    ("T9", "ﺍﻻﺣﺘﻼﻝ", "الاحتلال", "presentation-form"),
    ("T9", "ﻳﺤﻴﻰ", "يحيى", "presentation-form"),
    ("T9", "ﺍلشﺮع", "الشرع", "presentation-form"),
    # T10 Persian/Urdu look-alikes in Arabic context
    ("T10", "الجھاد", "الجهاد", "homoglyph"),
    ("T10", "الجولانی", "الجولاني", "homoglyph"),
    ("T10", "قتلی", "قتلى", "homoglyph"),
    ("T10", "الدولۃ", "الدولة", "homoglyph"),
    ("T10", "ڪتائب", "كتائب", "homoglyph"),
    # T11 dotless rasm
    ("T11", "ٯسد", "قسد", "dotless"),
    ("T11", "ڡلسطىں", "فلسطين", "dotless"),
    ("T11", "ٮكمٮں", "بكمين", "dotless"),
    ("T11", "الاحٮلال", "الاحتلال", "dotless"),
    # T12 Arabizi tokens
    ("T12", "da3esh", "داعش", "arabizi"),
    ("T12", "7amas", "حماس", "arabizi"),
    ("T12", "shohada2", "شهداء", "arabizi"),
    # T13 digits, look-alikes and Latin letters inside Arabic words
    ("T13", "دا3ش", "داعش", "arabizi"),
    ("T13", "د١عش", "داعش", "arabizi"),
    ("T13", "د|عش", "داعش", "arabizi"),
    ("T13", "lلقذائف", "القذائف", "arabizi"),
    ("T13", "1لذخيرة", "الذخيرة", "arabizi"),
    ("T13", "الإرهاb", "الإرهاب", "arabizi"),
    ("T13", "حزب اللh", "حزب الله", "arabizi"),
    # T14 diacritic stuffing
    ("T14", "دًاٌعش", "داعش", "diacritic-stuffing"),
    ("T14", "أسرىّْ", "أسرى", "diacritic-stuffing"),
    ("T14", "الَْمتفٍجرات", "المتفجرات", "diacritic-stuffing"),
    ("T14", "السـَـنوار", "السنوار", "diacritic-stuffing"),
    # T15 emoji and symbols inside a word
    ("T15", "دا🔥عش", "داعش", "symbol-in-word"),
    ("T15", "ج✿به☆ة النصرة", "جبهة النصرة", "symbol-in-word"),
    ("T15", "حز✂️ب الله", "حزب الله", "symbol-in-word"),
    ("T15", "الأ🔸سد", "الأسد", "symbol-in-word"),
    # T16 substitution
    ("T16", "اغطيال", "اغتيال", "substitution"),
    ("T16", "قطلى", "قتلى", "substitution"),
    ("T16", "السواريخ", "الصواريخ", "substitution"),
    ("T16", "الزخيرة", "الذخيرة", "substitution"),
    ("T16", "حذب الله", "حزب الله", "substitution"),
    ("T16", "داعيش", "داعش", "substitution"),
    # T17 repetition
    ("T17", "داععععش", "داعش", "repetition"),
    ("T17", "الشششششرع", "الشرع", "repetition"),
    ("T17", "انفجاااااار", "انفجار", "repetition"),
    ("T17", "هجماتت", "هجمات", "repetition"),
    # T18 proclitics
    ("T18", "و/جيش الإسلام", "وجيش الإسلام", "separator"),
    ("T18", "ب'قذيفة هاون", "بقذيفة هاون", "separator"),
    ("T18", "لداعـ.ـش", "لداعش", "split-word"),
    ("T18", "للحشـ.ـد", "للحشد", "split-word"),
    # T19 stacked techniques
    ("T19", "ع\u00adـ/ـنا♡صر", "عناصر", "split-word"),
    ("T19", "سراًی⚠️ا القدس", "سرايا القدس", "symbol-in-word"),
    ("T19", "ہجم\u200eات", "هجمات", "bidi"),
    ("T19", "قـ💔ـتلى", "قتلى", "split-word"),
]


@pytest.mark.parametrize(("technique", "source", "expected", "kind"), TECHNIQUES,
                         ids=[f"{t[0]}-{i}" for i, t in enumerate(TECHNIQUES)])
def test_normalize_technique(technique: str, source: str, expected: str, kind: str) -> None:
    result = repair(source)
    assert result.text == expected
    assert kind in {r.kind for r in result.repairs}
    check_offsets(source)


HONEST = [
    "الإرهابي.وقال",
    "الشرقي..واندلعت",
    "الشرقي،وأفاد",
    "الهدنة؟لا",
    "قسد.داعش",
    "بلغ المعدل 5.5 بالمئة",
    "ارتفع ٣٫٥ درجة",
    "في 12.04.2025 عند 6.30",
    "https://example.com/a_b-c.html",
    "راسلونا على info@example.org",
    "د.خالد",
    "م.ت.ف",
    "أ.د. سمير",
    "ق.م",
    "ص.ب",
    "(أ ف ب)",
    "(د ب أ)",
    "#هيئة_تحرير_الشام",
    "@north_press",
    "Daesh F-16 T-72 M4 4G abc123XYZ",
    "أ - ب - ج - د",
    "الحسكة-القامشلي",
    "و/أو",
    "سوريا/تركيا/روسيا",
    "نورث برس|الحسكة",
    "الحلقة ح3 والمساحة م2",
    "ال5 و345",
    "(ع.25)",
    "صباح🌹الخير",
    "ألف مبروك🎉للفريق",
    "﴿وَلَا تَقْتُلُوا النَّفْسَ﴾",
    "يُقَٰتِلُونَكُمْ وَقَٰتِلُوا۟",
    "رَحْمَةً",
    "قُتِلَ",
    "الجيشُ",
    "المُقاتلين",
    "دوراً",
    "می\u200cخواهیم",
    "تنش\u200cها",
    "هێزەکانی سووریای دیموکرات",
    "انہوں نے کہا",
    "نہیں میں",
    "ﷺ ﷼ ﷲ",
    "حي\u00a0الشيخ\u00a0مقصود",
    "30\u00a0كم",
    "\u200f+963 944 123 456\u200f",
    "\u200eBBC\u200e",
    "ههههههه جمييييل لاااا",
    "الله الله",
    "قصد القتلة حصاد اغتال الحشود",
    "سامح موجه",
    "غار حراء",
    "سلام لمحمد ومحمود.",
    "حماس ومسار الحوار",
    "الجولانى غاره جويه الاسرائيلي",
    "بحماس",
    "فسد دعس عار",
    "قال: «داعش» هاجم",
    "ڤيديو گاز",
]


@pytest.mark.parametrize("source", HONEST)
def test_normalize_keeps_honest_text(source: str) -> None:
    result = repair(source)
    assert result.text == source
    assert result.repairs == []


TATWEEL_ONLY = [
    ("1446هـ", "1446ه"),
    ("الـ5", "ال5"),
    ("بـ قسد", "ب قسد"),
    ("دمشق ـ سانا", "دمشق  سانا"),
    ('بـ"الخطوة"', 'ب"الخطوة"'),
    ("بـ«الانتهاكات»", "ب«الانتهاكات»"),
    ("الأخـــبار", "الأخبار"),
    ("طَـائِـرَةٌ", "طَائِرَةٌ"),
]


@pytest.mark.parametrize(("source", "expected"), TATWEEL_ONLY)
def test_normalize_tatweel_always_removed(source: str, expected: str) -> None:
    result = repair(source)
    assert result.text == expected
    assert {r.kind for r in result.repairs} == {"tatweel"}
    check_offsets(source)


def test_normalize_whitespace_kept() -> None:
    source = "قال  المصدر\t\tإن\n\nداعـ.ـش   هاجم\u00a0الموقع"
    result = repair(source)
    assert result.text == "قال  المصدر\t\tإن\n\nداعش   هاجم\u00a0الموقع"


def test_normalize_seed_article() -> None:
    with open("/work/shared/seed_article.txt", encoding="utf-8") as fh:
        source = fh.read()
    result = repair(source)
    kinds = [r.kind for r in result.repairs]
    assert kinds.count("split-word") == 14
    assert "ـ" not in result.text
    assert "بـ قسد" not in result.text and "ب قسد" in result.text
    assert "الشرقي..واندلعت" in result.text
    assert result.text.count("داعش") == source.count("داعش") + 6
    check_offsets(source)


def test_normalize_offsets_of_spans() -> None:
    source = "هاجم دا.عـ.ـش بلدة «الجزرات» وقتل 5 مقـ.ـاتلين"
    result = repair(source)
    assert result.text == "هاجم داعش بلدة «الجزرات» وقتل 5 مقاتلين"
    i = result.text.index("داعش")
    assert result.to_original(i, i + 4) == (source.index("دا.عـ.ـش"), source.index("دا.عـ.ـش") + 8)
    j = result.text.index("الجزرات")
    s, e = result.to_original(j, j + len("الجزرات"))
    assert source[s:e] == "الجزرات"
    k = result.text.index("مقاتلين")
    s, e = result.to_original(k, k + len("مقاتلين"))
    assert source[s:e] == "مقـ.ـاتلين"


def test_normalize_ligature_expands_to_one_source_char() -> None:
    source = "ﻻ"
    result = repair(source)
    assert result.text == "لا"
    assert result.to_original(0, 1) == (0, 1)
    assert result.to_original(1, 2) == (0, 1)


def test_normalize_repair_record_shape() -> None:
    result = repair("خلايا داعـ.ـش”، أمس")
    (r,) = result.repairs
    assert (r.original, r.repaired, r.kind) == ("داعـ.ـش", "داعش", "split-word")
    assert (r.start, r.end) == (6, 13)


def test_normalize_bom_dropped() -> None:
    assert repair("\ufeffداعش").text == "داعش"


def test_normalize_lexicon_loaded_once() -> None:
    lex = load_lexicon()
    assert lex is load_lexicon()
    assert len(lex.entries) > 300
    assert lex.hit("لداعش") and lex.hit("للحشد") and not lex.hit("داعشية")


def test_normalize_rasm_skeleton() -> None:
    assert rasm_skeleton("فلسطين") == rasm_skeleton("ڡلسطىں")
    assert rasm_skeleton("قسد") == rasm_skeleton("ٯسد")


def test_frequent_words_set_apart_by_a_no_break_space_stay_apart_and_a_joiner_inside_a_word_goes():
    # «إلى من» would fold into «اليمن», a lexicon word: two very frequent words are no disguise
    assert repair("إلى\u00a0من").text == "إلى\u00a0من"
    assert repair("الأ\u200cهالي").text == "الأهالي"
    # the other side: Persian keeps its joiner before the plural «ها»
    assert repair("کتاب\u200cها را").text == "کتاب\u200cها را"
