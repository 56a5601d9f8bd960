"""Behaviour tests for the extraction rules (README conventions, SPEC record contract).

Every Arabic sentence here was written for these tests. The reference publication date is
Wednesday 14 May 2025 unless a test says otherwise, so «أمس» is 2025-05-13.
"""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

import rasid
from rasid.cli import main
from rasid.pipeline import process

PUB = "2025-05-14"  # a Wednesday
YESTERDAY = "2025-05-13"


def extract(text: str, published: str | None = PUB):
    """The document record of ``text``, with its evidence spans checked against the original."""
    doc = process(text, published=published)
    check_spans(doc, text)
    return doc


def check_spans(doc, text: str) -> None:
    """Every evidence span and actor span quotes the ORIGINAL input exactly."""
    for e in doc.events:
        assert e.evidence, f"event without evidence: {e}"
        for ev in e.evidence:
            assert text[ev["start"]:ev["end"]] == ev["text"], ev
        for actor in (e.actor1, e.actor2):
            span = (actor or {}).get("span")
            if span:
                assert text[span["start"]:span["end"]] == actor["mention"], actor


def one_event(text: str, published: str | None = PUB):
    """The single event of ``text`` (fails when there are none or several)."""
    doc = extract(text, published)
    assert len(doc.events) == 1, [(e.event_type, e.sub_event_type, e.location) for e in doc.events]
    return doc.events[0]


def actor_id(actor) -> str | None:
    """The catalog id of an actor dict, or None."""
    return actor["id"] if actor else None


# --------------------------------------------------------------------------------------------------
# Triggers: each family to its ACLED pair and PLOVER category
# --------------------------------------------------------------------------------------------------

TRIGGER_CASES = [
    ("air_strike", "شنت طائرة مسيرة تركية غارة على قرية تل طويل بريف الحسكة أمس.",
     "Explosions/Remote violence", "Air/drone strike", {"ASSAULT", "FIGHT"}),
    ("shelling", "قصفت قوات النظام بقذائف الهاون بلدة كنصفرة في ريف إدلب الجنوبي أمس.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack", {"ASSAULT", "FIGHT"}),
    ("ied", "انفجرت عبوة ناسفة بدورية عسكرية على طريق قرب مدينة الميادين بريف دير الزور أمس.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED", {"ASSAULT"}),
    ("landmine", "انفجر لغم أرضي قديم بجرار زراعي في قرية الخوين بريف إدلب الجنوبي أمس.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED", {"ASSAULT"}),
    ("suicide", "فجر انتحاري نفسه بحزام ناسف عند حاجز للجيش العراقي في قضاء طوزخورماتو أمس.",
     "Explosions/Remote violence", "Suicide bomb", {"ASSAULT"}),
    ("clash", "اندلعت اشتباكات بين قوات سوريا الديمقراطية وعناصر من تنظيم داعش في بلدة الشحيل بريف دير الزور أمس.",
     "Battles", "Armed clash", {"FIGHT"}),
    ("attack_civilians", "أطلق مسلحون مجهولون النار على مدنيين في بلدة نوى بريف درعا أمس، ما أدى إلى مقتل رجل.",
     "Violence against civilians", "Attack", {"ASSAULT"}),
    ("abduction", "اختطف مسلحون مجهولون طبيباً من أمام عيادته في مدينة السويداء مساء أمس.",
     "Violence against civilians", "Abduction/forced disappearance", {"ASSAULT"}),
    ("arrests", "اعتقلت قوات الأمن العام خمسة شبان خلال حملة دهم في مدينة جبلة بريف اللاذقية أمس.",
     "Strategic developments", "Arrests", {"COERCE"}),
    ("peaceful_protest", "تظاهر العشرات من أهالي مدينة السويداء في ساحة الكرامة أمس للمطالبة بالإفراج عن المعتقلين.",
     "Protests", "Peaceful protest", {"PROTEST"}),
    ("protest_intervention", "فرقت قوات الأمن بالغاز المسيل للدموع مظاهرة لخريجين عاطلين عن العمل في مدينة الناصرية أمس.",
     "Protests", "Protest with intervention", {"PROTEST"}),
    ("riot", "أحرق محتجون غاضبون الإطارات ورشقوا مبنى المحافظة بالحجارة في مدينة البصرة أمس.",
     "Riots", "Violent demonstration", {"PROTEST"}),
    ("looting", "نهب مسلحون محال تجارية وأحرقوا منازل في سوق مدينة الفاشر أمس.",
     "Strategic developments", "Looting/property destruction", {"ASSAULT", "COERCE"}),  # ACLED files looting here
    ("territory_gov", "استعادت القوات الحكومية السيطرة على قرية الرهجان بريف حماة الشرقي أمس بعد معارك مع المسلحين.",
     "Battles", "Government regains territory", {"MOBILIZE", "FIGHT"}),
    ("territory_nsag", "سيطرت هيئة تحرير الشام على بلدة معرة النعمان بريف إدلب الجنوبي أمس بعد هجوم على قوات النظام.",
     "Battles", "Non-state actor overtakes territory", {"MOBILIZE", "FIGHT"}),
    ("territory_peaceful", "سيطرت هيئة تحرير الشام على بلدة معرة النعمان بريف إدلب الجنوبي أمس بعد انسحاب قوات النظام منها.",
     "Strategic developments", "Non-violent transfer of territory", {"MOBILIZE"}),
    ("agreement", "وقعت الحكومة السورية ووجهاء مدينة جرمانا اتفاقاً أمس.",
     "Strategic developments", "Agreement", {"AGREE"}),
]



def _trigger_params():
    for name, text, etype, sub, plover in TRIGGER_CASES:
        yield pytest.param(text, etype, sub, plover, id=name)


@pytest.mark.parametrize("text, event_type, sub_event_type, plover", list(_trigger_params()))
def test_extract_trigger_family(text, event_type, sub_event_type, plover):
    event = one_event(text)
    assert (event.event_type, event.sub_event_type) == (event_type, sub_event_type)
    assert event.plover in plover
    assert event.date == YESTERDAY


def test_extract_suicide_outranks_explosion_and_killing():
    event = one_event("قتل أربعة جنود بتفجير انتحاري بسيارة مفخخة استهدف حاجزاً للجيش العراقي في قضاء طوزخورماتو أمس.")
    assert event.sub_event_type == "Suicide bomb"
    assert event.fatalities == 4


# --------------------------------------------------------------------------------------------------
# Roles: passive leads, nominal leads, civilians as targets
# --------------------------------------------------------------------------------------------------

def test_extract_passive_killed_lead_perpetrator_and_victims():
    event = one_event("قُتل ثلاثة عناصر من قوات الحكومة السورية بهجوم شنه مسلحون مجهولون على حاجز قرب مدينة الصنمين بريف درعا أمس.")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert actor_id(event.actor1) == "unidentified_armed_group"
    assert actor_id(event.actor2) == "syria_gov_forces"
    assert event.fatalities == 3


def test_extract_passive_wounded_lead_civilians_shelled():
    event = one_event("أُصيب مدنيان بجروح جراء قصف مدفعي تركي استهدف قرية عين دقنة بريف حلب الشمالي صباح اليوم.")
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert actor_id(event.actor1) == "turkish_military"
    assert event.actor2["name"] == "Civilians"
    assert (event.fatalities, event.wounded) == (None, 2)
    assert event.date == PUB


def test_extract_passive_abducted_lead():
    event = one_event("اختُطف شاب على يد مسلحين مجهولين في بلدة الصنمين بريف درعا الشمالي ليل أمس.")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert actor_id(event.actor1) == "unidentified_armed_group"
    assert event.actor2["name"] == "Civilians"


def test_extract_nominal_lead_actor1_is_perpetrator():
    event = one_event("مقتل 5 عناصر من قسد بهجوم لخلايا داعش على نقطة في بلدة هجين شرقي دير الزور أمس.")
    assert event.event_type == "Battles"
    assert actor_id(event.actor1) == "isis"
    assert actor_id(event.actor2) == "sdf"
    assert event.fatalities == 5


def test_extract_passive_lead_affiliated_gunmen():
    event = one_event("قُتل ثلاثة عناصر من الأمن العام بهجوم شنه مسلحون من فلول النظام على حاجز قرب مدينة جبلة أمس.")
    assert actor_id(event.actor1) == "syria_assad_loyalists"
    assert actor_id(event.actor2) == "syria_general_security"


@pytest.mark.parametrize("text", [
    pytest.param("أطلق مسلحون مجهولون النار على سيارة تقل مدنيين في بلدة نوى بريف درعا أمس، ما أدى إلى مقتل رجل.", id="shooting"),
    pytest.param("أعدم عناصر من قوات الدعم السريع ثلاثة مدنيين ميدانياً في قرية قرب مدينة الفاشر أمس.", id="execution"),
])
def test_extract_civilian_target_is_violence_against_civilians(text):
    event = one_event(text)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2["inter"] == 7


def test_extract_shooting_at_civilians_without_toll():
    event = one_event("أطلق مسلحون مجهولون النار على مدنيين في بلدة نوى بريف درعا الغربي أمس.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.fatalities is None


def test_extract_agreement_with_terms_clause():
    event = one_event("وقعت الحكومة السورية ووجهاء مدينة جرمانا اتفاقاً أمس يقضي بانتشار قوات الأمن العام في المدينة.")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Agreement")
    assert event.admin1 == "Rural Damascus"


def test_extract_ied_target_vehicle_owner_is_actor2():
    event = one_event("انفجرت عبوة ناسفة بسيارة عسكرية لقوات الحكومة قرب مدينة درعا صباح اليوم، وأصيب ثلاثة عناصر.")
    assert actor_id(event.actor2) == "syria_gov_forces"
    assert actor_id(event.actor1) != "syria_gov_forces"
    assert (event.fatalities, event.wounded) == (None, 3)


def test_extract_armed_target_is_battle_not_vac():
    event = one_event("هاجم مسلحون مجهولون حاجزاً لقوات الأمن العام في بلدة المسيفرة بريف درعا أمس.")
    assert event.event_type == "Battles"
    assert event.actor2["inter"] != 7


# --------------------------------------------------------------------------------------------------
# What is not an event
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("نفت وزارة الداخلية وقوع أي هجوم على مدينة طرطوس أمس، مؤكدة أن الأوضاع مستقرة.", id="denial"),
    pytest.param("سيطر تنظيم داعش على بلدة الباغوز بريف دير الزور منذ عام 2019.", id="background-since-2019"),
    pytest.param("شهدت بلدة الباغوز بريف دير الزور معارك عنيفة في آذار 2019 بين قسد وداعش.", id="background-march-2019"),
    pytest.param("نفذ التنظيم 40 هجوماً منذ بداية العام في ريف دير الزور الشرقي.", id="aggregate"),
    pytest.param("هدد قائد في قوات الدعم السريع بشن هجوم على مدينة الأبيض خلال الأيام المقبلة.", id="threat"),
    pytest.param("قال المتحدث باسم قسد إن قواتنا ستواصل ملاحقة خلايا داعش في ريف دير الزور.", id="statement"),
    pytest.param("تتوقع مصادر محلية أن تشهد مدينة الرقة اشتباكات خلال الأسبوع المقبل.", id="forecast"),
    pytest.param("دعا ناشطون إلى تنظيم وقفة احتجاجية في مدينة السويداء يوم الجمعة المقبل.", id="planned-protest"),
])
def test_extract_not_coded(text):
    doc = extract(text)
    assert doc.events == []
    assert any("event" in w for w in doc.warnings), doc.warnings


def test_extract_background_paragraph_beside_real_event():
    text = ("قتل عنصران من قسد بهجوم لخلايا داعش على نقطة في بلدة الشحيل بريف دير الزور الشرقي أمس.\n\n"
            "ويذكر أن البلدة شهدت معارك عنيفة بين الطرفين في آذار 2019، "
            "فيما نفذ التنظيم 40 هجوماً في المنطقة منذ بداية العام.")
    doc = extract(text)
    assert len(doc.events) == 1
    assert doc.events[0].date == YESTERDAY


def test_extract_no_event_document_warns_why():
    doc = extract("عقد المجلس المحلي في مدينة الرقة اجتماعاً لبحث واقع الخدمات والمياه.")
    assert doc.events == []
    assert doc.warnings and any("event" in w for w in doc.warnings)


# --------------------------------------------------------------------------------------------------
# One event per incident
# --------------------------------------------------------------------------------------------------

def test_extract_headline_and_body_are_one_event_with_two_spans():
    text = ("مقتل مدنيين اثنين بقصف مسيرة تركية على قرية تل طويل بريف الحسكة\n\n"
            "قُتل مدنيان، صباح اليوم، جراء استهداف طائرة مسيرة تركية سيارة قرب قرية تل طويل بريف الحسكة الشمالي.")
    event = one_event(text)
    assert len(event.evidence) == 2
    assert event.fatalities == 2
    assert event.admin1 == "Hasakah"


def test_extract_lead_and_quote_are_one_event_with_two_spans():
    text = ("قُتل مدني برصاص مسلحين مجهولين في مدينة طفس بريف درعا الغربي أمس. "
            "وقال مصدر محلي إن مسلحين مجهولين أطلقوا النار على مدني في مدينة طفس أمس ما أدى إلى مقتله.")
    event = one_event(text)
    assert len(event.evidence) == 2


def test_extract_two_incidents_two_places_are_two_events():
    text = ("استهدفت طائرة مسيرة إسرائيلية سيارة في بلدة بيت جن بريف دمشق أمس، ما أدى إلى مقتل شخصين.\n\n"
            "وفي سياق منفصل، انفجرت عبوة ناسفة في مدينة الميادين بريف دير الزور أمس، وأصيب طفل بجروح.")
    doc = extract(text)
    assert len(doc.events) == 2
    by_type = {e.sub_event_type: e for e in doc.events}
    assert by_type["Air/drone strike"].admin1 == "Rural Damascus"
    assert by_type["Remote explosive/landmine/IED"].admin1 == "Deir ez-Zor"
    assert by_type["Remote explosive/landmine/IED"].wounded == 1


# --------------------------------------------------------------------------------------------------
# Generic references resolved
# --------------------------------------------------------------------------------------------------

def test_extract_generic_organization_resolves_to_named_group():
    text = ("هاجمت خلايا تنظيم داعش نقطة عسكرية لقسد في بلدة الصور بريف دير الزور أمس. "
            "وأفادت مصادر بأن التنظيم استخدم أسلحة رشاشة في الهجوم، ما أدى إلى مقتل عنصرين.")
    event = one_event(text)
    assert actor_id(event.actor1) == "isis"
    assert actor_id(event.actor2) == "sdf"
    assert event.fatalities == 2


def test_extract_generic_cell_resolves_to_isis():
    text = ("قتل عنصر من الجيش العراقي بهجوم لداعش على قرية في قضاء الدبس بمحافظة كركوك أمس، "
            "وقالت مصادر أمنية إن الخلية فرت باتجاه الوديان بعد الهجوم.")
    event = one_event(text)
    assert actor_id(event.actor1) == "isis"


def test_extract_our_forces_in_sdf_statement_is_sdf():
    text = ("قالت قوات سوريا الديمقراطية في بيان إن قواتنا تصدت لهجوم شنته خلايا داعش على نقطة في بلدة الكسرة "
            "بريف دير الزور الغربي فجر اليوم، وقتل مقاتل من قواتنا.")
    event = one_event(text)
    assert {actor_id(event.actor1), actor_id(event.actor2)} == {"isis", "sdf"}
    assert event.fatalities == 1
    assert event.date == PUB


# --------------------------------------------------------------------------------------------------
# Casualties
# --------------------------------------------------------------------------------------------------

def test_extract_casualties_lowest_concrete_figure():
    event = one_event("قُتل أربعة مدنيين بقصف مدفعي على قرية الرامي بريف إدلب أمس، "
                      "فيما قال الدفاع المدني إن عدد القتلى ارتفع إلى ستة.")
    assert event.fatalities == 4


def test_extract_casualties_no_injuries_means_zero():
    event = one_event("انفجر لغم أرضي بسيارة قرب بلدة معدان بريف الرقة أمس، ولم يسفر الانفجار عن إصابات.")
    assert event.fatalities == 0
    assert event.fatalities_acled == 0


def test_extract_casualties_without_losses_phrase_is_zero():
    event = one_event("سقطت قذيفة هاون على حي الميدان في مدينة حلب أمس دون وقوع إصابات.")
    assert event.fatalities == 0


def test_extract_casualties_not_said_is_null():
    event = one_event("استهدفت مسيرة تركية سيارة في مدينة القامشلي أمس، ولم ترد معلومات عن الخسائر.")
    assert event.fatalities is None
    assert event.fatalities_acled == 0


def test_extract_casualties_wounded_only_leaves_the_dead_unsaid_unless_the_text_says_none_died():
    # SPEC: fatalities is 0 when the text says nobody was killed, null when it does not say
    event = one_event("انفجرت عبوة ناسفة في مدينة الباب بريف حلب أمس، ما أدى إلى إصابة أربعة مدنيين بجروح.")
    assert (event.fatalities, event.wounded, event.fatalities_acled) == (None, 4, 0)
    event = one_event("انفجرت عبوة ناسفة في مدينة الباب بريف حلب أمس، ما أدى إلى إصابة أربعة مدنيين بجروح. "
                      "ولم يسفر الانفجار عن قتلى.")
    assert (event.fatalities, event.wounded) == (0, 4)
    event = one_event("انفجرت عبوة ناسفة في مدينة الباب بريف حلب أمس، ما أدى إلى إصابة أربعة مدنيين بجروح.\n"
                      "ما في ضحايا بالأرواح الحمد لله.")
    assert (event.fatalities, event.wounded) == (0, 4)


@pytest.mark.parametrize("text, killed", [
    pytest.param("قتل عنصرين من قسد بهجوم لخلايا داعش في قرية الكشكية شرقي دير الزور أمس.", 2, id="dual-accusative"),
    pytest.param("قُتل عنصران من الأمن العام بهجوم مسلح قرب مدينة الصنمين بريف درعا أمس.", 2, id="dual-nominative"),
    pytest.param("قُتل ثلاثة مدنيين بقصف مدفعي على قرية الرامي بريف إدلب أمس.", 3, id="three"),
    pytest.param("قتل أحد عشر مدنياً بقصف مدفعي على سوق مدينة أم درمان أمس.", 11, id="eleven"),
    pytest.param("قتل خمسة عشر مدنياً بقصف مدفعي على سوق مدينة أم درمان أمس.", 15, id="fifteen"),
    pytest.param("قُتل ٣ عناصر من الأمن العام بهجوم مسلح في بلدة المسيفرة بريف درعا أمس.", 3, id="arabic-indic"),
    pytest.param("قُتل ١٢ مدنياً بقصف مدفعي على سوق مدينة أم درمان أمس.", 12, id="arabic-indic-two-digits"),
])
def test_extract_casualties_number_words_and_digits(text, killed):
    assert one_event(text).fatalities == killed


def test_extract_casualties_dual_noun_with_wounded():
    event = one_event("قتيلان وثلاثة جرحى بانفجار عبوة ناسفة في مدينة الباب بريف حلب أمس.")
    assert (event.fatalities, event.wounded) == (2, 3)


def test_extract_casualties_coordinated_victims_are_added():
    event = one_event("أطلق مسلحون مجهولون النار على سيارة في بلدة نوى بريف درعا أمس، ما أدى إلى مقتل رجل وطفل.")
    assert event.fatalities == 2


@pytest.mark.parametrize("text, acled", [
    pytest.param("سقط عدد من القتلى بقصف جوي على مدينة الفاشر أمس.", 3, id="several"),
    pytest.param("قُتل عشرات المدنيين بهجوم لقوات الدعم السريع على مخيم زمزم بولاية شمال دارفور أمس.", 12, id="dozens"),
])
def test_extract_casualties_vague_counts(text, acled):
    event = one_event(text)
    assert event.fatalities is None
    assert event.fatalities_acled == acled


# --------------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("when, date, precision", [
    ("أمس", "2025-05-13", 1),
    ("فجر اليوم", "2025-05-14", 1),
    ("مساء أمس", "2025-05-13", 1),
    ("الأربعاء الماضي", "2025-05-07", 1),
    ("يوم الاثنين", "2025-05-12", 1),
    ("ليل السبت – الأحد", "2025-05-10", 1),
    ("ليل الأحد - الاثنين", "2025-05-11", 1),
])
def test_extract_relative_dates(when, date, precision):
    event = one_event(f"قصفت طائرة مسيرة تركية قرية تل طويل بريف الحسكة {when}.")
    assert (event.date, event.time_precision) == (date, precision)
    assert event.date_text and when.split()[-1] in event.date_text


def test_extract_last_week_is_precision_two():
    event = one_event("قصفت طائرة مسيرة تركية قرية تل طويل بريف الحسكة الأسبوع الماضي.")
    assert event.time_precision == 2
    assert "2025-05-04" <= event.date <= "2025-05-10"


def test_extract_no_publication_date_leaves_date_null_and_warns():
    doc = extract("قصفت طائرة مسيرة تركية قرية تل طويل بريف الحسكة أمس.", published=None)
    assert len(doc.events) == 1
    assert doc.events[0].date is None
    assert any("publication date" in w for w in doc.warnings)


# --------------------------------------------------------------------------------------------------
# Evasion spellings
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, isis_form", [
    pytest.param("شن تنظيم داعـ.ـش هجوماً على حاجز لقـ.ـسد في بلدة الشحيل بريف دير الزور الشرقي أمس، "
                 "ما أدى إلى مقـ.ـتل عنصرين.", "داعـ.ـش", id="tatweel-dot"),
    pytest.param("هاجم عناصر من د ا ع ش حاجزاً لقسد في بلدة الشحيل بريف دير الزور الشرقي أمس.", "د ا ع ش", id="spaced"),
    pytest.param("هاجم عناصر من د-ا-ع-ش حاجزاً لقسد في بلدة الشحيل بريف دير الزور الشرقي أمس.", "د-ا-ع-ش", id="hyphened"),
])
def test_extract_evasion_spellings(text, isis_form):
    event = one_event(text)
    assert actor_id(event.actor1) == "isis"
    assert isis_form in event.actor1["mention"]
    span = event.actor1["span"]
    assert text[span["start"]:span["end"]] == event.actor1["mention"]
    assert any(isis_form in ev["text"] for ev in event.evidence)


def test_extract_evasion_repaired_text_and_repairs():
    text = "قتل عنصران من قـ.ـسد بهجوم لخلايا داعـ.ـش قرب بلدة البصيرة شرقي دير الزور أمس."
    doc = extract(text)
    assert "داعش" in doc.text and "قسد" in doc.text
    for r in doc.repairs:
        assert text[r.start:r.end] == r.original


# --------------------------------------------------------------------------------------------------
# Actors by period
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("published, expected", [
    ("2024-06-10", "syria_assad_forces"),
    ("2024-12-07", "syria_assad_forces"),
    ("2025-06-10", "syria_gov_forces"),
])
def test_extract_syrian_state_forces_by_period(published, expected):
    event = one_event("اشتبكت قوات الحكومة السورية مع مسلحين في مدينة الصنمين بريف درعا أمس.", published)
    assert actor_id(event.actor1) == expected


# --------------------------------------------------------------------------------------------------
# Geocoding
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, country, admin1, precision", [
    pytest.param("اندلعت اشتباكات بين قسد وعناصر من داعش في بلدة الشحيل بريف دير الزور الشرقي أمس.",
                 "Syria", "Deir ez-Zor", 1, id="shheil"),
    pytest.param("قصفت طائرة مسيرة تركية قرية تل طويل بريف الحسكة أمس.", "Syria", "Hasakah", 1, id="tal-tawil"),
    pytest.param("اشتبكت قوات الحكومة السورية مع مسلحين في مدينة الصنمين بريف درعا أمس.", "Syria", "Daraa", 1,
                 id="sanamayn"),
    pytest.param("قتل عنصر من الجيش العراقي بهجوم لداعش في قضاء الدبس بمحافظة كركوك أمس.", "Iraq", "Kirkuk", None,
                 id="iraq-dibis"),
    pytest.param("قُتل عشرات المدنيين بهجوم لقوات الدعم السريع على مخيم زمزم بولاية شمال دارفور أمس.",
                 "Sudan", "North Darfur", 1, id="zamzam"),
])
def test_extract_geocoding_village_with_admin1(text, country, admin1, precision):
    event = one_event(text)
    assert (event.country, event.admin1) == (country, admin1)
    assert event.location and event.location["lat"] is not None
    if precision is not None:
        assert event.location["geo_precision"] == precision


def test_extract_geocoding_near_a_town_is_precision_two():
    event = one_event("انفجرت عبوة ناسفة بدورية عسكرية قرب مدينة الميادين بريف دير الزور أمس.")
    assert event.location["name"] and event.location["geo_precision"] == 2


def test_extract_geocoding_homonym_follows_stated_governorate():
    event = one_event("قصفت طائرة مسيرة تركية قرية الدردارة بريف الحسكة الشمالي أمس.")
    assert event.admin1 == "Hasakah"


def test_extract_geocoding_lebanese_town_is_lebanon():
    event = one_event("قتل أحد عشر شخصاً وأصيب عشرون آخرون بغارة إسرائيلية على بلدة النبطية جنوبي لبنان أمس.")
    assert event.country == "Lebanon"


# --------------------------------------------------------------------------------------------------
# Evidence, notes, record shape
# --------------------------------------------------------------------------------------------------

EVIDENCE_TEXTS = [
    "مقتل مدنيين اثنين بقصف مسيرة تركية على قرية تل طويل\n\n\u200fقُتل مدنيان، صباح اليوم، جراء قصف تركي على قرية تل طويل بريف الحسكة.",
    "قـ💔ـتل شابان برصاص مسلحين مجهولين في مدينة طفس بريف درعا أمس.",
    "هاجم عناصر من د ا ع ش حاجزاً لقسد في بلدة الشحيل بريف دير الزور الشرقي أمس، وقُتل عنصران.",
    "ق\u200cتل ثلاثة مدنيين بقصف مدفعي على قرية الرامي بريف إدلب أمس.",
]


@pytest.mark.parametrize("text", EVIDENCE_TEXTS)
def test_extract_evidence_offsets_point_into_original(text):
    doc = process(text, published=PUB)
    assert doc.events
    check_spans(doc, text)
    for e in doc.events:
        if e.date_text:
            assert e.date_text in text or e.date_text in doc.text


def test_extract_notes_one_english_sentence_with_actor_and_place():
    event = one_event("شنت طائرة مسيرة تركية غارة على قرية تل طويل بريف الحسكة أمس، ما أدى إلى مقتل عنصرين من قسد.")
    notes = event.notes
    assert notes.isascii()
    assert notes.endswith(".") and notes.count(". ") == 0
    assert "Turkish military" in notes and "Tal Tawil" in notes


def test_extract_as_dict_matches_spec_fields():
    record = extract("شنت طائرة مسيرة تركية غارة على قرية تل طويل بريف الحسكة أمس.").as_dict()
    assert {"id", "source", "url", "title", "published", "language", "text", "repairs", "events",
            "warnings"} <= set(record)
    event = record["events"][0]
    assert {"event_type", "sub_event_type", "date", "date_text", "time_precision", "actor1", "actor2", "country",
            "admin1", "admin2", "admin3", "location", "fatalities", "wounded", "fatalities_acled", "evidence",
            "confidence", "notes"} <= set(event)
    assert 0 <= event["confidence"] <= 1
    json.dumps(record, ensure_ascii=False)


def test_extract_package_function_equals_process():
    text = "شنت طائرة مسيرة تركية غارة على قرية تل طويل بريف الحسكة أمس."
    assert rasid.extract(text, published=PUB).as_dict() == process(text, published=PUB).as_dict()


# --------------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------------

STRIKE = "شنت طائرة مسيرة تركية غارة على قرية تل طويل بريف الحسكة أمس، ما أدى إلى مقتل عنصرين من قسد."
TWO = ("استهدفت طائرة مسيرة إسرائيلية سيارة في بلدة بيت جن بريف دمشق أمس، ما أدى إلى مقتل شخصين.\n\n"
       "وفي سياق منفصل، انفجرت عبوة ناسفة في مدينة الميادين بريف دير الزور أمس، وأصيب طفل بجروح.")
NONE = "عقد المجلس المحلي في مدينة الرقة اجتماعاً لبحث واقع الخدمات."


def run_cli(args, stdin=None):
    """Invoke ``rasid`` in-process; stdout and stderr kept apart."""
    try:
        runner = CliRunner(mix_stderr=False)
    except TypeError:  # click ≥ 8.2 always separates the streams
        runner = CliRunner()
    return runner.invoke(main, args, input=stdin)


def test_extract_cli_csv_acled_columns_first_one_row_per_event(tmp_path):
    path = tmp_path / "two.txt"
    path.write_text(TWO, encoding="utf-8")
    result = run_cli(["extract", "--format", "csv", "--published", PUB, str(path)])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][:8] == ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                           "sub_event_type", "actor1"]
    assert len(rows) == 1 + 2
    assert {r[1] for r in rows[1:]} == {YESTERDAY}


def test_extract_cli_jsonl_keeps_ids_and_order(tmp_path):
    lines = [{"id": "zz-9", "text": STRIKE, "published": PUB}, {"id": "aa-1", "text": NONE, "published": PUB},
             {"id": "mm-5", "text": TWO, "published": PUB}]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    result = run_cli(["extract", "--format", "jsonl", str(path)])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [r["id"] for r in records] == ["zz-9", "aa-1", "mm-5"]
    assert [len(r["events"]) for r in records] == [1, 0, 2]


def test_extract_cli_malformed_jsonl_line_reported_and_skipped(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "text": STRIKE, "published": PUB}, ensure_ascii=False) + "\n"
                    + "{this is not json\n"
                    + json.dumps({"id": "b", "text": NONE, "published": PUB}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    result = run_cli(["extract", "--format", "jsonl", str(path)])
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [r["id"] for r in records] == ["a", "b"]
    assert "line 2" in result.stderr


def test_extract_cli_stdin_with_published():
    result = run_cli(["extract", "--format", "json", "--published", PUB, "-"], stdin=STRIKE)
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert isinstance(records, list) and len(records) == 1
    assert records[0]["events"][0]["date"] == YESTERDAY


# --- a text that names no act: nothing to find, nothing looked up -------------------------------------------
MARKET_NEWS = ("حمص – ارتفعت أسعار الزيت والسكر في أسواق مدينة حمص أمس، وقال تجار في حي الخالدية إن الطلب تراجع "
               "مع اقتراب نهاية الشهر.")
MARKET_THEN_STRIKE = MARKET_NEWS + "\n\nوفي سياق آخر، قُتل شاب بقصف مدفعي على قرية الغنطو بريف حمص الشمالي أمس."


def test_a_text_naming_no_act_gives_no_event_and_no_place_is_looked_up(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_lookups(*args, **kwargs):
        raise AssertionError("mentions were looked for in a text without a trigger word")

    monkeypatch.setattr("rasid.pipeline.find_mentions", no_lookups)
    doc = extract(MARKET_NEWS)
    assert doc.events == [] and doc.warnings == ["no concrete conflict event found"]


def test_one_act_anywhere_in_the_text_reads_the_whole_text() -> None:
    doc = extract(MARKET_THEN_STRIKE)
    [event] = doc.events
    assert event.sub_event_type == "Shelling/artillery/missile attack" and event.fatalities == 1
    assert event.location["name_ar"] == "الغنطو" and event.date == YESTERDAY


# --- a village named by a word that tells an act elsewhere («الخطف», «السحل») -----------------------------------

def test_a_trigger_word_after_a_village_word_is_the_village_name() -> None:
    [event] = extract("قُتل شاب برصاص مسلحين مجهولين في قرية الخطف بريف حلب أمس.").events
    assert event.sub_event_type == "Attack" and event.location["name_ar"] == "الخطف" and event.fatalities == 1


def test_a_village_named_like_an_act_holds_no_event_of_its_own() -> None:
    assert extract("افتتحت مديرية المياه محطة ضخ جديدة في بلدة السحل بريف الرقة أمس.").events == []


def test_the_same_word_before_a_village_still_tells_the_act() -> None:
    [event] = extract("خطف مسلحون مجهولون طفلاً من قرية المنصورة بريف حلب أمس.").events
    assert event.sub_event_type == "Abduction/forced disappearance" and event.location["name_ar"] == "المنصورة"
