"""Place resolution in context: the gazetteer, the resolver and ``rasid geocode``."""
from __future__ import annotations

import gzip
import importlib.util
import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasid.cli import main
from rasid.lexicon.matcher import normalize_key
from rasid.lexicon.places import PlaceMention, _Spans, gazetteer, geocode, primary
from rasid.text.fold import fold

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"


def resolve(text: str, country_hint: str | None = None) -> PlaceMention:
    """The main mention of a sentence."""
    mention = primary(gazetteer().find(fold(text).text, country_hint=country_hint))
    assert mention is not None and mention.place is not None, f"no place in {text!r}"
    return mention


def named(mention: PlaceMention, name_ar: str) -> bool:
    """The mention's words or its place's display name are ``name_ar`` (folded)."""
    return normalize_key(name_ar) in {mention.key, normalize_key(mention.place.name_ar)}


def names(text: str) -> list[str]:
    return [m.place.name_ar for m in gazetteer().find(fold(text).text)]


SYRIA = [  # (sentence, Arabic name of the place, ACLED admin1)
    ("قصفت طائرة مسيرة مدينة منبج بريف حلب الشرقي", "منبج", "Aleppo"),
    ("انفجار سيارة مفخخة في مدينة الباب", "الباب", "Aleppo"),
    ("اشتباكات في اعزاز شمالي حلب", "اعزاز", "Aleppo"),
    ("توتر في جرابلس بريف حلب", "جرابلس", "Aleppo"),
    ("اعتقالات بعفرين", "عفرين", "Aleppo"),
    ("قصف مدفعي على تل رفعت", "تل رفعت", "Aleppo"),
    ("هجوم على حاجز في كوباني", "عين العرب", "Aleppo"),
    ("غارة على سراقب في ريف إدلب الشرقي", "سراقب", "Idlib"),
    ("قصف صاروخي على معرة النعمان", "معرة النعمان", "Idlib"),
    ("وقتل مدنيان بجسر الشغور غربي إدلب", "جسر الشغور", "Idlib"),
    ("غارة جوية على أطراف خان شيخون", "خان شيخون", "Idlib"),
    ("انفجار عبوة في سرمدا شمالي إدلب", "سرمدا", "Idlib"),
    ("اشتباكات في محيط اللطامنة بريف حماة الشمالي", "اللطامنة", "Hama"),
    ("اغتيال مختار بلدة صوران", "صوران", "Hama"),
    ("قتل شاب في مدينة مصياف", "مصياف", "Hama"),
    ("مقتل عنصر في السلمية", "السلمية", "Hama"),
    ("هجوم لداعش قرب تدمر", "تدمر", "Homs"),
    ("مداهمات في الرستن بريف حمص الشمالي", "الرستن", "Homs"),
    ("اشتباك في تلبيسة", "تلبيسة", "Homs"),
    ("توتر أمني في القصير", "القصير", "Homs"),
    ("اشتباكات في جبلة", "جبلة", "Latakia"),
    ("عملية أمنية في القرداحة بريف اللاذقية", "القرداحة", "Latakia"),
    ("مقتل مدنيين في بانياس", "بانياس", "Tartus"),
    ("احتجاج في صافيتا", "صافيتا", "Tartus"),
    ("قصف على دوما في الغوطة الشرقية", "دوما", "Rural Damascus"),
    ("اعتقال شبان في داريا", "داريا", "Rural Damascus"),
    ("مظاهرة في الزبداني بريف دمشق الغربي", "الزبداني", "Rural Damascus"),
    ("هجوم على أتباع الطائفة الدرزية في جرمانا", "جرمانا", "Rural Damascus"),
    ("اشتباكات في صحنايا", "صحنايا", "Rural Damascus"),
    ("اغتيال قيادي في مدينة بصرى الشام شرقي درعا", "بصرى الشام", "Daraa"),
    ("انفجار في مدينة نوى بريف درعا الغربي", "نوى", "Daraa"),
    ("اغتيال في طفس", "طفس", "Daraa"),
    ("هجوم على حاجز في الصنمين", "الصنمين", "Daraa"),
    ("اشتباكات في شهبا بريف السويداء", "شهبا", "Suwayda"),
    ("توغل إسرائيلي في خان أرنبة", "خان ارنبة", "Quneitra"),
    ("قصف على الميادين شرقي دير الزور", "الميادين", "Deir ez-Zor"),
    ("غارة قرب البوكمال", "البوكمال", "Deir ez-Zor"),
    ("هجوم مسلح في الشحيل بدير الزور", "الشحيل", "Deir ez-Zor"),
    ("هجوم على نقطة في بلدة “غرانيج” بريف دير الزور الشرقي", "غرانيج", "Deir ez-Zor"),
    ("اشتباكات في بلدة البصيرة", "البصيرة", "Deir ez-Zor"),
    ("قتل شخصان في هجين", "هجين", "Deir ez-Zor"),
    ("انفجار في مدينة الطبقة غربي الرقة", "الطبقة", "Raqqa"),
    ("قصف تركي على عين عيسى", "عين عيسى", "Raqqa"),
    ("قصف على محيط تل أبيض", "تل أبيض", "Raqqa"),
    ("اعتقالات في كري سبي", "تل أبيض", "Raqqa"),
    ("تفجير في القامشلي", "القامشلي", "Hasakah"),
    ("اشتباكات في قامشلو", "القامشلي", "Hasakah"),
    ("قصف على سري كانيه", "رأس العين", "Hasakah"),
    ("هجوم في الشدادي جنوبي الحسكة", "الشدادي", "Hasakah"),
    ("مظاهرة في عامودا", "عامودا", "Hasakah"),
    ("قصف على قرى تل تمر", "تل تمر", "Hasakah"),
    ("قتل لاجئ في مخيم الهول", "مخيم الهول", "Hasakah"),
    ("مسيرة تستهدف سد تشرين", "سد تشرين", "Aleppo"),
    ("غارة إسرائيلية على مطار التيفور", "مطار التيفور", "Homs"),
]

ELSEWHERE = [  # (sentence, Arabic name, country, ACLED admin1)
    ("تفجير انتحاري في بغداد", "بغداد", "Iraq", "Baghdad"),
    ("هجوم لداعش في الموصل", "الموصل", "Iraq", "Nineveh"),
    ("انفجار عبوة في كركوك", "كركوك", "Iraq", "Kirkuk"),
    ("اشتباكات في الفلوجة", "الفلوجة", "Iraq", "Anbar"),
    ("هجوم في سنجار", "سنجار", "Iraq", "Nineveh"),
    ("غارة على مدينة تكريت", "تكريت", "Iraq", "Salah al-Din"),
    ("غارة جوية على صنعاء", "صنعاء", "Yemen", "Amanat al Asimah"),
    ("قصف على ميناء الحديدة", "ميناء الحديدة", "Yemen", "Hodeidah"),
    ("اشتباكات في الحديدة", "الحديدة", "Yemen", "Hodeidah"),
    ("قصف حوثي على تعز", "تعز", "Yemen", "Taiz"),
    ("معارك في مديرية حيس", "حيس", "Yemen", "Hodeidah"),
    ("هجوم على ميناء رأس عيسى", "رأس عيسى", "Yemen", "Hodeidah"),
    ("اشتباكات في مأرب", "مأرب", "Yemen", "Marib"),
    ("قصف على الخرطوم", "الخرطوم", "Sudan", "Khartoum"),
    ("معارك في أم درمان", "أم درمان", "Sudan", "Khartoum"),
    ("مسيرة تضرب بورتسودان", "بور سودان", "Sudan", "Red Sea"),
    ("هجوم على الفاشر", "الفاشر", "Sudan", "North Darfur"),
    ("قصف مخيم زمزم", "مخيم زمزم", "Sudan", "North Darfur"),
    ("اشتباكات في نيالا", "نيالا", "Sudan", "South Darfur"),
    ("اشتباكات في بنغازي", "بنغازي", "Libya", "Benghazi"),
    ("اشتباكات مسلحة في منطقة بوسليم بطرابلس", "أبو سليم", "Libya", "Tripoli"),
    ("توتر في مصراتة", "مصراتة", "Libya", "Misrata"),
    ("غارة على الضاحية الجنوبية لبيروت", "الضاحية الجنوبية", "Lebanon", "Mount Lebanon"),
    ("غارة إسرائيلية على كفركلا", "كفر كلا", "Lebanon", "Nabatieh"),
    ("قصف على بلدة حولا", "حولا", "Lebanon", "Nabatieh"),
    ("غارة على برعشيت", "برعشيت", "Lebanon", "Nabatieh"),
    ("قصف مدفعي على بنت جبيل", "بنت جبيل", "Lebanon", "Nabatieh"),
    ("غارة على صيدا", "صيدا", "Lebanon", "South"),
    ("قصف على خانيونس", "خان يونس", "Palestine", "Gaza Strip"),
    ("استهداف خيام النازحين في المواصي", "المواصي", "Palestine", "Gaza Strip"),
    ("توغل في حي الشجاعية", "الشجاعية", "Palestine", "Gaza Strip"),
    ("اقتحام مخيم جنين", "مخيم جنين", "Palestine", "West Bank"),
    ("اقتحام مخيم نور شمس في طول كرم", "مخيم نور شمس", "Palestine", "West Bank"),
    ("مواجهات في طولكرم", "طولكرم", "Palestine", "West Bank"),
    ("هجوم في مقديشيو", "مقديشو", "Somalia", "Banadir"),
    ("تفجير في أفجوي", "أفجوي", "Somalia", "Lower Shabelle"),
    ("هجوم على كسمايو", "كسمايو", "Somalia", "Lower Juba"),
]


@pytest.mark.parametrize(("text", "name_ar", "admin1"), SYRIA)
def test_syrian_places_in_context(text: str, name_ar: str, admin1: str) -> None:
    mention = resolve(text)
    assert named(mention, name_ar), mention.place
    assert (mention.place.admin1, mention.place.country) == (admin1, "Syria")


@pytest.mark.parametrize(("text", "name_ar", "country", "admin1"), ELSEWHERE)
def test_places_elsewhere(text: str, name_ar: str, country: str, admin1: str) -> None:
    mention = resolve(text)
    assert named(mention, name_ar), mention.place
    assert (mention.place.country, mention.place.admin1) == (country, admin1)


# ------------------------------------------------------------------------------ ambiguity

@pytest.mark.parametrize(("text", "admin1", "pcode"), [
    ("هجوم على بلدة ذيبان بريف دير الزور الشرقي", "Deir ez-Zor", "C5202"),
    ("هجوم على قرية ذيبان بريف الرقة الشمالي", "Raqqa", "C5832"),
    ("وفي ذيبان التابعة لمنطقة تل أبيض", "Raqqa", "C5832"),
    ("قصف على البحرة بريف حماة", "Hama", "C3002"),
    ("قصف على البحرة في ريف دير الزور", "Deir ez-Zor", "C6526"),
])
def test_ambiguous_names_resolved_by_governorate(text: str, admin1: str, pcode: str) -> None:
    place = resolve(text).place
    assert (place.admin1, place.pcode) == (admin1, pcode)


def test_governorate_named_elsewhere_in_text_breaks_ties() -> None:
    text = "قالت مصادر في دير الزور إن خلية هاجمت ذيبان ليلاً"
    mentions = gazetteer().find(fold(text).text)
    thiban = [m for m in mentions if m.key == "ذيبان"][0]
    assert thiban.place.admin1 == "Deir ez-Zor"


def test_country_hint_breaks_ties() -> None:
    assert resolve("اشتباكات في طرابلس", country_hint="Lebanon").place.country == "Lebanon"
    assert resolve("اشتباكات في طرابلس").place.country == "Libya"
    assert resolve("اشتباكات في طرابلس شمال لبنان").place.country == "Lebanon"


def test_candidates_listed_best_first() -> None:
    mention = resolve("ذيبان بريف الرقة")
    assert len(mention.candidates) >= 2
    assert {c.admin1 for c in mention.candidates} >= {"Raqqa", "Deir ez-Zor"}


# ------------------------------------------------------------------------- geo_precision

@pytest.mark.parametrize(("text", "precision", "feature"), [
    ("بلدة الجزرات بريف دير الزور الغربي", 1, "populated"),
    ("في محيط بلدة الجزرات", 2, "populated"),
    ("شرقي الرقة", 2, "populated"),
    ("في ريف حلب", 2, "admin1"),
    ("في ريف دير الزور الغربي", 2, "admin1"),
    ("ريف دمشق الغربي", 2, "admin1"),
    ("بمحافظة درعا", 3, "admin1"),
    ("في البادية السورية", 3, "region"),
    ("في شمال وشرق سوريا", 3, "region"),
    ("في مناطق الإدارة الذاتية", 3, "region"),
    ("في الجزيرة السورية", 3, "region"),
    ("في جنوب لبنان", 3, "region"),
    ("في قطاع غزة", 3, "admin1"),
    ("في الضفة الغربية", 3, "admin1"),
    ("في حي الشجاعية", 1, "neighbourhood"),
])
def test_geo_precision(text: str, precision: int, feature: str) -> None:
    place = resolve(text).place
    assert (place.geo_precision, place.feature) == (precision, feature)


def test_qualifier_and_trigger_words_are_reported() -> None:
    mentions = gazetteer().find(fold("قتل مدني في محيط بلدة الجزرات بريف دير الزور الغربي").text)
    jazrat, deir = mentions[0], mentions[1]
    assert (jazrat.trigger_word, jazrat.qualifier, jazrat.parent) == ("بلده", "محيط", 1)
    assert deir.is_context and deir.qualifier == "ريف" and deir.direction == "الغربي"


def test_spans_index_the_folded_text_without_proclitics() -> None:
    folded = fold("وقصف الطيران وبريف إدلب ولدرعا وبالحسكة").text
    found = {folded[m.start:m.end]: m.prefix for m in gazetteer().find(folded)}
    assert found == {"ادلب": "", "درعا": "ول", "الحسكه": "وب"}


# --------------------------------------------------------------------- spellings and aliases

@pytest.mark.parametrize(("text", "name_ar"), [
    ("هجمات في مقاطعة ديرالزور", "دير الزور"),
    ("في دير الزور", "دير الزور"),
    ("بالحسكة", "الحسكة"),
    ("للحسكة", "الحسكة"),
    ("لدرعا", "درعا"),
    ("في الرقه", "الرقة"),
    ("في حماه", "حماة"),
    ("في كوباني", "عين العرب"),
    ("في بلدة جزرات", "الجزرات"),
    ("في امدرمان", "أم درمان"),
])
def test_spelling_variants(text: str, name_ar: str) -> None:
    assert normalize_key(resolve(text).place.name_ar) == normalize_key(name_ar)


@pytest.mark.parametrize("name", [
    "دمشق", "حلب", "دير الزور", "الحسكة", "الرقة", "إدلب", "درعا", "السويداء", "القنيطرة", "حمص", "حماة",
    "اللاذقية", "طرطوس", "بغداد", "الموصل", "كركوك", "صنعاء", "الحديدة", "الخرطوم", "الفاشر", "طرابلس",
    "بيروت", "غزة", "جنين", "مقديشو", "عدن", "بنغازي", "أربيل", "البصرة",
])
def test_major_cities_always_match(name: str) -> None:
    assert resolve(f"وقع هجوم في {name} أمس").place is not None
    assert resolve(name).place.feature in {"populated", "admin1"}


def test_tyre_needs_a_place_word() -> None:
    assert resolve("غارة على مدينة صور").place.country == "Lebanon"
    assert resolve("غارة في صور").place.country == "Lebanon"
    assert names("الصور تظهر الدمار") == []


# ------------------------------------------------------------------------ false positives

@pytest.mark.parametrize("text", [
    "أعلنت القوات الحكومية انتهاء الحرب وعودة السلام",
    "أكد البيان أن الجيش سيعمل من أجل الخير والنصر",
    "وصل الوفد إلى المدينة في إطار التحالف الدولي",
    "لعب التنظيم دوراً رئيسياً في سلسلة الهجمات",
    "وقال المصدر إن الصور تظهر الدمار",
    "خلال سلسلة عمليات إرهابية منظمة",
])
def test_common_words_are_not_places(text: str) -> None:
    assert names(text) == []


def test_common_word_village_counts_after_a_trigger() -> None:
    mentions = gazetteer().find(fold("قصف على قرية النصر بريف حماة").text)
    assert mentions and mentions[0].place.admin1 == "Hama" and mentions[0].trigger_word == "قريه"


def test_directions_after_a_place_are_not_places() -> None:
    assert names("بريف دير الزور الغربي") == ["دير الزور"]


def test_seed_article_places() -> None:
    text = (REPO.parent / "shared" / "seed_article.txt")
    if not text.exists():
        pytest.skip("../shared/seed_article.txt is absent")
    found = {m.place.name_ar for m in gazetteer().find(fold(text.read_text(encoding="utf-8")).text)}
    assert {"الجزرات", "غرانيج", "دير الزور", "البادية السورية", "شمال وشرق سوريا", "جرمانا", "صحنايا"} <= found
    assert not found & {"التحالف", "سلسلة", "دورا", "بالس", "الحكمة"}


# -------------------------------------------------------------------------------- geocode

def test_geocode_returns_best_and_all() -> None:
    best = geocode("بلدة الجزرات بريف دير الزور الغربي")
    assert len(best) == 1 and best[0].name == "Jazrat"
    assert len(geocode("ذيبان", all_candidates=True)) >= 2
    assert geocode("Raqqa")[0].admin1 == "Raqqa"
    assert geocode("لا شيء هنا") == []


def test_cli_geocode_prints_location_json() -> None:
    result = CliRunner().invoke(main, ["geocode", "بلدة الجزرات بريف دير الزور الغربي"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert {"name", "name_ar", "lat", "lon", "country", "admin1", "admin2", "admin3", "pcode",
            "geo_precision"} <= set(out)
    assert (out["name_ar"], out["admin1"], out["country"], out["geo_precision"]) == (
        "الجزرات", "Deir ez-Zor", "Syria", 1)


def test_cli_geocode_all_lists_candidates() -> None:
    result = CliRunner().invoke(main, ["geocode", "ذيبان", "--all"])
    assert result.exit_code == 0, result.output
    assert {c["admin1"] for c in json.loads(result.output)} >= {"Deir ez-Zor", "Raqqa"}


def test_cli_geocode_unknown_place_fails() -> None:
    result = CliRunner().invoke(main, ["geocode", "xyzzy"])
    assert result.exit_code != 0


# ------------------------------------------------------------------------------- artifact

def test_gazetteer_covers_every_country_at_admin1() -> None:
    rows = gazetteer().rows
    for country in ("Syria", "Iraq", "Yemen", "Sudan", "Libya", "Lebanon", "Palestine", "Somalia"):
        assert any(r.country == country and r.feature == "admin1" for r in rows), country
    assert sum(r.country == "Syria" and r.feature == "populated" for r in rows) > 7000


def test_syria_admin1_use_acled_names() -> None:
    names_ = {r.admin1 for r in gazetteer().rows if r.country == "Syria" and r.admin1}
    assert names_ == {"Aleppo", "Idlib", "Hama", "Homs", "Latakia", "Tartus", "Damascus", "Rural Damascus",
                      "Daraa", "Suwayda", "Quneitra", "Deir ez-Zor", "Raqqa", "Hasakah"}


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data (the public source files) is absent")
def test_committed_artifact_matches_a_fresh_build() -> None:
    spec = importlib.util.spec_from_file_location("build_gazetteer", REPO / "tools" / "build_gazetteer.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    main_rows, villages = build.split_villages(build.build_rows(DATA))
    latin = build.build_latin(DATA, build.build_rows(DATA))
    for rows, name in ((main_rows, "gazetteer.tsv.gz"), (villages, "gazetteer_villages.tsv.gz"),
                       (latin, "gazetteer_latin.tsv.gz")):
        committed = gzip.decompress((REPO / "rasid" / "data" / name).read_bytes())
        assert gzip.decompress(build.render(rows)) == committed, f"rasid/data/{name} is stale: run `make gazetteer`"


@pytest.mark.parametrize("sentence", [
    "أصيب شاب بجروح طفيفة",                      # جروح is also a village name
    "أطلقوا النار عليه أثناء عودته",              # so is عليه
    "وثق المرصد مجزرة جديدة",                     # and جديدة
])
def test_village_names_that_are_words_need_evidence(sentence):
    assert [m.key for m in gazetteer().find(fold(sentence).text)] == []


# ------------------------------------------------------------ bare names, containers and lists (issue 9)

@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("قتل مدنيان في ترمانين مساء أمس", "Termanin", "Idlib"),
    ("اشتباكات عنيفة قرب دركوش", "Darkosh", "Idlib"),
    ("سقطت قذائف على الشحيل صباحاً", "Shiheil", "Deir ez-Zor"),
    ("اشتباكات متقطعة داخل مورك", "Murak", "Hama"),
    ("تقدمت القوات نحو حلفايا", "Halfaya", "Hama"),
    ("قصف مدفعي على قرية كفرعويد", "Kafr Oweid", "Idlib"),   # «كفر عويد» written fused
])
def test_bare_village_after_a_preposition(text: str, name: str, admin1: str) -> None:
    place = resolve(text).place
    assert (place.name, place.admin1) == (name, admin1)


def test_both_ends_of_a_line_between_two_villages() -> None:
    assert [m.place.name for m in gazetteer().find(fold("قصف مدفعي بين تفتناز وترمانين").text)] == [
        "Teftnaz", "Termanin"]


@pytest.mark.parametrize("text", [
    "يسعى الجميع إلى السلام والحرية",
    "عاد المقاتلون إلى الجيش بعد العفو",
    "انتقل الحديث إلى النصر والهزيمة",
    "أصيب شاب بجروح في الحادث",          # «ب» + «جروح» (a village): the whole word is an ordinary word
    "اعتقال ناشطين وشخصيات بارزة",       # «ب» + «ارزة»
    "من أجل العدالة والكرامة",
])
def test_bare_name_guard_keeps_common_words_out(text: str) -> None:
    assert names(text) == []


def test_dangerous_names_list_is_built_from_the_gazetteer() -> None:
    dangerous = gazetteer().dangerous
    assert {"الحريه", "السلام", "جديده"} <= dangerous
    assert not {"ترمانين", "دركوش", "تفتناز"} & dangerous


@pytest.mark.parametrize(("text", "name", "context"), [
    ("قتل طفل في ترمانين التابعة لمنطقة حارم", "Termanin", "Harim"),
    ("قتل طفل في الأتارب التابعة لمنطقة جبل سمعان", "Atareb", "Jebel Saman"),
    ("مداهمات في اليادودة بريف درعا الغربي", "Yadudeh", "Daraa"),
    ("انفجار في دركوش في ريف إدلب", "Darkosh", "Idlib"),
])
def test_the_contained_place_not_its_container(text: str, name: str, context: str) -> None:
    mentions = gazetteer().find(fold(text).text)
    main_place = primary(mentions)
    assert main_place.place.name == name
    assert mentions[main_place.parent].place.name == context and mentions[main_place.parent].is_context
    assert geocode(text)[0].name == name


def test_every_item_of_a_list_is_a_place_located_by_the_list_area() -> None:
    mentions = gazetteer().find(fold("غارات على بلدات دارة عزة والأتارب وعندان بريف حلب الغربي").text)
    items = [m for m in mentions if not m.is_context]
    assert [m.place.name for m in items] == ["Daret Azza", "Atareb", "Andan"]
    assert all(mentions[m.parent].place.name == "Aleppo" for m in items)


def test_a_list_member_with_its_own_place_word_is_no_context() -> None:
    mentions = gazetteer().find(fold("قصف قرية كفر عويد وقرية البارة بريف إدلب").text)
    assert [(m.place.name, m.is_context) for m in mentions] == [
        ("Kafr Oweid", False), ("Bara", False), ("Idlib", True)]


def test_geocode_all_returns_every_listed_place() -> None:
    found = geocode("قرى كفر عويد والبارة وسفوهن بريف إدلب", all_candidates=True)
    assert [p.name for p in found] == ["Kafr Oweid", "Bara", "Sfuhen"]
    result = CliRunner().invoke(main, ["geocode", "--all", "قرى كفر عويد والبارة وسفوهن بريف إدلب"])
    assert [p["admin1"] for p in json.loads(result.output)] == ["Idlib"] * 3


# ------------------------------------------------------------- outside Syria: WOF, Yemen-info, neighbours

@pytest.mark.parametrize(("text", "name", "country", "admin1", "precision"), [
    ("قصف إسرائيلي على قرية يارين في قضاء صور", "Yarine", "Lebanon", "South", 1),
    ("غارات على مديرية الصفراء في صعدة", "As Safra", "Yemen", "Saada", 2),
    ("قذائف على مديرية شدا الحدودية", "Shada'a", "Yemen", "Saada", 2),       # «شداء» written without its hamza
    ("اشتباكات في عزلة الأعبوس بمديرية حيفان", "Al A'bus", "Yemen", "Taiz", 2),
    ("هجوم في مدينة زالنجي بولاية وسط دارفور", "Zalinjay", "Sudan", "Central Darfur", 1),
    ("اشتباكات في مدينة الدلنج بولاية جنوب كردفان", "Dilling", "Sudan", "South Kordofan", 1),
    ("اقتحام بلدة بيتا جنوب نابلس", "Beita", "Palestine", "West Bank", 1),
    ("قصف حوثي على مدينة جازان السعودية", "Jizan", "Saudi Arabia", "Jizan", 1),
    ("سقط صاروخ على كريات شمونة شمال إسرائيل", "Qiryat Shmona", "Israel", "Northern District", 1),
])
def test_places_outside_syria(text: str, name: str, country: str, admin1: str, precision: int) -> None:
    place = resolve(text).place
    assert (place.name, place.country, place.admin1, place.geo_precision) == (name, country, admin1, precision)


def test_a_yemeni_village_sits_at_its_district_point() -> None:
    mentions = gazetteer().find(fold("قتل ثلاثة في قرية أسفل خلبان بمديرية المسيمير في لحج").text)
    village = primary(mentions).place
    assert (village.admin1, village.admin2, village.geo_precision) == ("Lahij", "Al Musaymir", 2)
    district = next(m.place for m in mentions if m.place.feature == "admin2")
    assert (village.lat, village.lon) == (district.lat, district.lon)


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("مواجهات في طرابلس الليبية", "Libya", "Tripoli"),
    ("اشتباكات في طرابلس شمال لبنان", "Lebanon", "North"),
    ("قصف على بلدة الطيبة في مرجعيون جنوب لبنان", "Lebanon", "Nabatieh"),
    ("قصف على بلدة الطيبة بريف درعا", "Syria", "Daraa"),
])
def test_a_shared_name_is_decided_by_the_places_around_it(text: str, country: str, admin1: str) -> None:
    place = resolve(text).place
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(("text", "expected"), [
    ("تسللت الخلايا إلى محيط النقطة مستغلة الظلام", []),
    ("وفي المقابل أعلنت القوات انتهاء العملية صباح الجمعة", []),
    ("قصفت الطائرات مدن وبلدات ريف إدلب الجنوبي", ["إدلب"]),           # «ريف» is also a Yemeni village
    ("انتشر المسلحون في القرى المجاورة", []),                          # «القرى المجاورة» names no village
    ("وقالت العاصمة السورية دمشق إن", ["سوريا", "دمشق"]),
    ("عناصر من الجيش التركي قرب الحدود", []),
])
def test_words_that_are_also_far_villages_stay_words(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# --------------------------------------------------------------------------- landmarks and roads

@pytest.mark.parametrize(("text", "name", "precision"), [
    ("قصف على مطار منغ العسكري", "Menagh airbase", 1),
    ("اشتباكات قرب مطار كويرس العسكري", "Kuweires airbase", 2),
    ("غارة على قاعدة الشعيرات الجوية", "Shoayrat", 1),
    ("انفجار قرب سجن صيدنايا", "Sidnaya", 1),
    ("اشتباكات في حي الوعر في حمص", "Wa'er", 1),
    ("انفجار عند مفرق ترمانين", "Termanin", 2),
    ("اشتباكات على طريق حلب – دمشق الدولي", "Aleppo", 2),
])
def test_landmarks_and_roads_resolve_to_their_place(text: str, name: str, precision: int) -> None:
    place = resolve(text).place
    assert (place.name, place.geo_precision) == (name, precision)


def test_a_road_before_a_common_word_names_no_place() -> None:
    assert names("توقيف شاب على طريق النصر") == []


def test_a_country_adjective_decides_the_country_but_is_no_place_alone() -> None:
    assert resolve("اشتباكات مسلحة في مدينة البيضاء الليبية").place.country == "Libya"
    assert resolve("قصف على مدينة البيضاء اليمنية").place.country == "Yemen"
    assert names("وقالت الحكومة اليمنية في بيان") == []


def test_geocode_keeps_an_unknown_settlement_at_its_container() -> None:
    place = geocode("قرية الدرنوسية بريف الحسكة")[0]
    assert (place.name_ar, place.name, place.admin1, place.geo_precision) == ("الدرنوسية", "Al-Drnusia", "Hasakah", 2)
    assert geocode("قرية الجزرات بريف دير الزور")[0].name == "Jazrat"   # a known village stays itself


LATIN_ONLY = [  # places the sources name only in Latin script, written as the Arabic press transliterates them
    ("اشتباكات عنيفة في بلدة بلعد بإقليم شبيلي الوسطى", "Somalia", "Middle Shabelle", "Balcad"),
    ("قصفت مسيّرة منطقة كازقيل بولاية شمال كردفان", "Sudan", "North Kordofan", "Kazgeil"),
    ("قتل خمسة مدنيين في هجوم على قرية أم صميمة بشمال كردفان", "Sudan", "North Kordofan", "Umm Sumaymah"),
    ("هجوم لقوات الدعم السريع على قرية المزموم بولاية سنار", "Sudan", "Sennar", "Al Mazmum"),
]


@pytest.mark.parametrize("sentence,country,admin1,name", LATIN_ONLY)
def test_latin_only_places_found_by_their_consonant_skeleton(sentence, country, admin1, name):
    place = resolve(sentence).place
    assert (place.country, place.admin1, place.name, place.feature) == (country, admin1, name, "populated")


@pytest.mark.parametrize("sentence", [
    "اشتباكات في منطقة العمليات بولاية الجزيرة",   # a word of the language, not a transliterated name
    "قصف على بلدة كازقيل بريف حلب",               # a Sudanese name only in a report on Sudan
    "هجوم على قرية ود الفادني بمحلية الكاملين في ولاية الجزيرة",  # WOF's Wad Al Fadni is in another locality
])
def test_latin_skeletons_need_a_name_and_the_country(sentence):
    assert all(m.place.country != "Sudan" or m.place.feature != "populated" for m in gazetteer().find(fold(sentence).text))


def test_skeletons_of_both_scripts_agree():
    from rasid.lexicon.places import arabic_skeleton, latin_skeleton
    pairs = [("بلعد", "Balcad"), ("طوبلي", "Dhobley"), ("عيل بور", "Ceel Buur"), ("دوسمريب", "Dhuusa Mareeb"),
             ("المقاريت", "El Magarit"), ("التومسة", "At Tumsah")]
    assert [arabic_skeleton(normalize_key(a)) for a, _ in pairs] == [latin_skeleton(e) for _, e in pairs]


@pytest.mark.parametrize("sentence,kept,dropped", [
    ("سيطر المقاتلون على مقر في منطقة باب طبرق بمدينة درنة", "درنة", "طبرق"),
    ("انفجرت عبوة ناسفة في شارع بغداد وسط مدينة دمشق", "دمشق", "بغداد"),
    ("تجمع المحتجون في ساحة عدن بمدينة تعز", "تعز", "عدن"),
    ("اشتباكات في حي باب عمرو بحمص", "حمص", "اب"),
])
def test_a_street_or_gate_named_after_a_place_is_not_that_place(sentence, kept, dropped):
    keys = [m.key for m in gazetteer().find(fold(sentence).text)]
    assert normalize_key(kept) in keys and normalize_key(dropped) not in keys


def test_the_streets_of_a_city_are_in_that_city():
    assert resolve("خرج مئات الطلاب في مسيرة جابت شوارع مدينة حلب").place.admin1 == "Aleppo"
    assert resolve("قصف على طريق حلب").place.admin1 == "Aleppo"


@pytest.mark.parametrize("sentence,kept,dropped", [
    ("أطلق مجهولان النار على سيارة العقيد بدر محمد أثناء ذهابه إلى عمله في عدن", "عدن", "بدر"),
    ("وقال النقيب حامد العبيدي إن انتحارياً فجّر نفسه في كركوك", "كركوك", "العبيدي"),
    ("أصيب العقيد بدر العولقي في اشتباك قرب مأرب", "مأرب", "بدر"),
])
def test_a_name_after_a_rank_or_title_is_a_person(sentence, kept, dropped):
    keys = [m.key for m in gazetteer().find(fold(sentence).text)]
    assert normalize_key(kept) in keys and normalize_key(dropped) not in keys


def test_a_place_word_after_a_title_still_names_a_place():
    assert resolve("قتل الشاب محمد في بلدة نوى بريف درعا").place.admin1 == "Daraa"
    assert resolve("استهدفت غارة منزل القيادي في مدينة الفلوجة").place.admin1 == "Anbar"


def test_spans_overlap_as_a_walk_over_them_finds():
    rng = random.Random(7)
    for _ in range(200):
        spans = [(s, s + rng.randrange(1, 15)) for s in (rng.randrange(60) for _ in range(rng.randrange(0, 12)))]
        index = _Spans(spans)
        for _ in range(20):
            start = rng.randrange(70)
            end = start + rng.randrange(1, 15)
            assert index.overlaps(start, end) == any(s < end and start < e for s, e in spans)
