"""Vocabulary-backed evasion repair (issue 9): ordinary words and names disguised with the lexicon's tricks are
repaired when the Arabic vocabulary says so, honest text stays as written. Sentences written for rasid."""
from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

import pytest

from rasid.text import vocab
from rasid.text.normalize import repair


def check_offsets(source: str) -> None:
    """Every repair quotes the original, and its repaired characters map back inside it."""
    result = repair(source)
    for r in result.repairs:
        assert source[r.start:r.end] == r.original
        idx = [i for i, s in enumerate(result.map.starts) if r.start <= s < r.end]
        assert "".join(result.text[i] for i in idx) == r.repaired

# (class, disguised sentence, repaired sentence)
REPAIRED = [
    # a separator or an ellipsis inside an ordinary word
    ("separator", "دارت الـمعـ-ـارك قرب السوق", "دارت المعارك قرب السوق"),
    ("separator", "خرج الأ…هالي إلى الساحة", "خرج الأهالي إلى الساحة"),
    ("separator", "انتشر ا-لجيش في الحي", "انتشر الجيش في الحي"),
    ("separator", "أغلقت الشر*طة المدخل", "أغلقت الشرطة المدخل"),
    ("separator", "تضررت المنا/زل القريبة", "تضررت المنازل القريبة"),
    ("separator", "وصل المسع..فون متأخرين", "وصل المسعفون متأخرين"),
    # a dot, dash or space between every letter
    ("each-letter", "قال س.ع.ي.د إن الطريق مغلق", "قال سعيد إن الطريق مغلق"),
    ("each-letter", "هتف الشبان ا ل ح ر ي ة", "هتف الشبان الحرية"),
    ("each-letter", "وصلت ا-ل-م-س-ا-ع-د-ا-ت أمس", "وصلت المساعدات أمس"),
    # a ZWNJ before «ها» inside an Arabic word is junk, not the Persian plural (found by hypothesis)
    ("invisible", "خرج الأ\u200cهالي إلى الساحة", "خرج الأهالي إلى الساحة"),
    # an exotic space inside a word or a name
    ("exotic-space", "وصل عبد ال\u2009رحمن إلى البلدة", "وصل عبد الرحمن إلى البلدة"),
    ("exotic-space", "سقطت القذا\u200aئف على الحي", "سقطت القذائف على الحي"),
    ("exotic-space", "أعلنت الحكو\u2007مة الحداد", "أعلنت الحكومة الحداد"),
    ("exotic-space", "قال خا\u00a0لد إن الوضع هادئ", "قال خالد إن الوضع هادئ"),
    # dotless (rasm) ordinary words
    ("dotless", "أعلں الحٮس السٮطره على المدٮٮه", "أعلن الجيش السيطرة على المدينة"),
    ("dotless", "ٯال الاهالي", "قال الاهالي"),
    ("dotless", "وسع الٮطاٯ", "وسع النطاق"),
    ("dotless", "أحرٯ المحٮحوں الإطارات", "أحرق المحتجون الإطارات"),
    # Arabizi as a whole token or inside a word
    ("arabizi", "انسحب 3askar من الموقع", "انسحب عسكر من الموقع"),
    ("arabizi", "اندلعت مـ3ـركة عنيفة", "اندلعت معركة عنيفة"),
    ("arabizi", "قال 7ezb الله", "قال حزب الله"),
    ("arabizi", "قالت el7okoma إن", "قالت الحكومة إن"),
    ("arabizi", "وقعت ma3raka قرب الجسر", "وقعت معركة قرب الجسر"),
    ("arabizi", "أصيب عدد من el a6fal", "أصيب عدد من الأطفال"),
    ("arabizi", "اعتقل 3anaser من الأمن", "اعتقل عناصر من الأمن"),
    # digits or Latin letters that look like Arabic letters
    ("lookalike", "دخل 1لجيش المدينة", "دخل الجيش المدينة"),
    ("lookalike", "قالت الحكوmة إن", "قالت الحكومة إن"),
    ("lookalike", "وصلت |لمساعدات", "وصلت المساعدات"),
    ("lookalike", "فرضت السلطاt حظرا", "فرضت السلطات حظرا"),
    # emoji and symbols inside a word
    ("emoji", "انتشر الجي🔥ش في الشوارع", "انتشر الجيش في الشوارع"),
    ("emoji", "تجمع المتظا✿هرون أمام المبنى", "تجمع المتظاهرون أمام المبنى"),
    # close-sound substitution and letter repetition
    ("substitution", "سقطت السواريخ على القرية", "سقطت الصواريخ على القرية"),
    ("substitution", "نددت المعارظة بالقصف", "نددت المعارضة بالقصف"),
    ("substitution", "استهدفت الظربات الجوية المعسكر", "استهدفت الضربات الجوية المعسكر"),
    ("substitution", "شهدت الأصواق ازدحاما", "شهدت الأسواق ازدحاما"),
    ("repetition", "وقعت مععركة قرب الجسر", "وقعت معركة قرب الجسر"),
    ("repetition", "انتشرت الدبابات في الشاررع", "انتشرت الدبابات في الشارع"),
    ("repetition", "وصلت تعزيزات إلى الأجههزة الأمنية", "وصلت تعزيزات إلى الأجهزة الأمنية"),
]


@pytest.mark.parametrize(("cls", "source", "expected"), REPAIRED, ids=[f"{c[0]}-{i}" for i, c in enumerate(REPAIRED)])
def test_vocabulary_repairs_ordinary_words(cls: str, source: str, expected: str) -> None:
    result = repair(source)
    assert result.text == expected
    assert result.repairs
    check_offsets(source)
    assert repair(result.text).text == result.text


HONEST = [
    # rare words and names that look like a disguise of a frequent word
    "قال الشيخ إبراهيم الهفل إن العشيرة محايدة",
    "زار الوفد بلدة الصفيرة وقرية ترمانين",
    "نقل المصاب إلى مشفى منبح الوطني",
    "قال المتحدث محمد عبده حير مارييه",
    # dialect
    "شو صار معك امبارح بالليل",
    "دلوقتي الناس مش عارفة تعمل ايه",
    "هاد الزلمة بيحكي كتير",
    "الزكريات الحلوة ما بتنتسى",
    # Quranic and poetic spelling, vocalized text
    "أقيموا الصلوة وآتوا الزكوة",
    "يُقَٰتِلُونَ فِي سَبِيلِ ٱللَّهِ",
    "وَمَا الدَّهْرُ إِلَّا مِنْ رُوَاةِ قَصَائِدِي",
    # honest abbreviations, lists and punctuation between words
    "قالت «ق.س.د» في بيانها",
    "قال «م.ت.ف» إن",
    "نقلت (أ ف ب) الخبر",
    "الحروف أ - ب - ج - د",
    "أصدرت ج.م.ع بيانا",
    "يمكنكم الاتصال و/أو المراسلة",
    "انتهى الاجتماع..وغادر الوفد",
    "ما.لم يحدث ذلك",
    "طريق الحسكة-القامشلي",
    # NBSP, emoji and spaces between real words
    "عبد\u00a0الله وفي\u00a0ما بعد",
    "يا🌹رب صباح🌹الخير",
    "حي\u00a0الشيخ\u00a0مقصود",
    "عبد\u2009الله وأبو\u00a0ظبي",
    # numbers, units, codes, Latin
    "الحلقة ح3 والمساحة م2 وال5 الأوائل",
    "قتل 12 شخصا يوم 5/4/2025",
    "طائرة ميغ-29 وكوفيد-19",
    "اشترى iphone13 وجهاز PS5 وملف MP3",
    # emphasis that is style, not a disguise
    "ههههه جمييييل لاااا مممتاز",
    "وجهه مبتسم",
]


@pytest.mark.parametrize("source", HONEST)
def test_vocabulary_keeps_honest_text(source: str) -> None:
    result = repair(source)
    assert result.text == source
    assert result.repairs == []


def test_vocabulary_scores() -> None:
    voc = vocab.load_vocabulary()
    assert len(voc) > 250_000
    assert vocab.score("الجيش") > vocab.score("الاهالي") > vocab.score("ترمانين") > 0
    assert vocab.score("مععركه") == 0 and vocab.score("السواريخ") == 0
    assert vocab.score("وبالمعارك") > 0   # proclitics stripped
    assert vocab.spelling("الحكومه") == "الحكومة"


def test_join_needs_rare_pieces_after_a_frequent_opening_word() -> None:
    assert vocab.join_ok("الجيش", ["الجي", "ش"])
    assert not vocab.join_ok("عبدالله", ["عبد", "الله"])   # a name written in two words
    assert not vocab.join_ok("مالم", ["ما", "لم"])
    assert vocab.join_ok("عبدالله", ["عبد", "الله"], margin=False)
    assert not vocab.join_ok("قم", ["ق", "م"], margin=False)   # two letters are no word to join to


def test_vocabulary_offsets_of_a_collapsed_letter() -> None:
    source = "وقعت مععركة"
    result = repair(source)
    i = result.text.index("معركة")
    assert result.to_original(i, i + 5) == (source.index("مععركة"), source.index("مععركة") + 6)
    w = source.index("مععركة")
    assert result.to_original(i + 1, i + 2) == (w + 1, w + 2)   # the kept ع is the first of the two
    assert result.to_original(i + 2, i + 3) == (w + 3, w + 4)


ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(importlib.util.find_spec("wordfreq") is None, reason="wordfreq is not installed")
def test_vocabulary_build_is_reproducible() -> None:
    spec = importlib.util.spec_from_file_location("build_vocabulary", ROOT / "tools/build_vocabulary.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build(300_000, ROOT / "rasid/data/gazetteer.tsv.gz")
    committed = (ROOT / "rasid/data/vocabulary_ar.txt.gz").read_bytes()
    assert gzip.decompress(built) == gzip.decompress(committed)
