"""Clauses: a «فيما/بينما» clause with its own incident is a second event; one that only adds a figure is not."""
from __future__ import annotations

from rasid.pipeline import process

PUB = "2025-03-02"


def test_extract_clause_with_its_own_incident_is_a_second_event():
    text = ("قُتل مدنيان بقصف مدفعي تركي على قرية تل طويل بريف الحسكة، أمس، فيما أصيب ثلاثة أطفال بانفجار "
            "لغم أرضي في بلدة الشحيل بريف دير الزور الشرقي.")
    events = {e.location["name_ar"]: e for e in process(text, published=PUB).events}
    assert set(events) == {"تل طويل", "الشحيل"}
    assert events["تل طويل"].sub_event_type == "Shelling/artillery/missile attack"
    assert events["تل طويل"].fatalities == 2
    assert events["الشحيل"].sub_event_type == "Remote explosive/landmine/IED"
    assert (events["الشحيل"].fatalities, events["الشحيل"].wounded) == (None, 3)


def test_extract_clause_that_only_reports_another_toll_stays_in_the_event():
    text = ("قُتل تسعة مدنيين بقصف مدفعي على مدينة نوى بريف درعا الغربي أمس، فيما أعلنت محافظة درعا "
            "مقتل سبعة أشخاص.")
    events = process(text, published=PUB).events
    assert len(events) == 1
    assert events[0].fatalities == 7  # the lowest concrete figure


def test_extract_clause_about_an_ongoing_state_is_no_event():
    text = ("قُتل عنصران من قسد بهجوم لخلايا داعش على نقطة في بلدة الصبحة شرقي دير الزور أمس، "
            "فيما تتواصل المعارك في محيط سد تشرين بريف منبج.")
    events = process(text, published=PUB).events
    assert [e.location["name_ar"] for e in events] == ["الصبحة"]


def test_extract_victims_named_after_a_total_do_not_lower_it():
    text = ("قُتل 37 شخصاً على الأقل في اشتباكات بين مسلحين من العشائر ومسلحين دروز في مدينة السويداء أمس، "
            "وقُتل الطفلان داخل منزلهما في المدينة.")
    events = process(text, published=PUB).events
    assert len(events) == 1 and events[0].fatalities == 37


def test_extract_a_claim_names_the_attacker_of_the_event_before():
    text = ("قُتل ثلاثة عناصر من قوات سوريا الديمقراطية بهجوم مسلح على حاجز عند مدخل بلدة هجين شرقي دير "
            "الزور أمس. وتبنى تنظيم داعش الهجوم عبر معرفاته اليوم.")
    events = process(text, published=PUB).events
    assert len(events) == 1
    assert events[0].actor1["id"] == "isis" and events[0].fatalities == 3


def test_extract_arson_without_victims_is_property_destruction():
    text = "أحرق مستوطنون منزلين ومركبة في قرية ترمسعيا شمال شرق رام الله فجر اليوم دون وقوع إصابات."
    event, = process(text, published=PUB).events
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Looting/property destruction")


def test_extract_listed_targets_are_one_strike_event_each():
    text = "قصفت المدفعية التركية قريتي تل طويل وأم الكيف بريف تل تمر شمال غربي الحسكة صباح اليوم."
    places = sorted(e.location["name_ar"] for e in process(text, published=PUB).events)
    assert places == ["أم الكيف", "تل طويل"]


def test_extract_headline_names_the_side_the_body_leaves_out():
    text = ("انفجار عبوة ناسفة بسيارة عسكرية للأمن العام على طريق درعا – طفس صباح اليوم\n"
            "الحصيلة الأولية: استشهاد عنصرين وإصابة ثلاثة بجروح")
    event, = process(text, published="2025-08-02").events
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor2["name"] == "Syrian government forces"
    assert (event.fatalities, event.wounded) == (2, 3)


def test_extract_village_missing_from_the_gazetteer_keeps_its_name():
    # (the gazetteer now finds Hasakah's «دردارة» under «الدردارة», so a name it truly lacks is used)
    text = "قصفت المدفعية التركية قرية الدرنوسية بريف الحسكة الشمالي صباح اليوم."
    event, = process(text, published=PUB).events
    assert event.location["name_ar"] == "الدرنوسية"
    assert event.location["geo_precision"] == 2 and event.location["within"] == "Hasakah"
    assert event.admin1 == "Hasakah" and event.location["name"] == "Al-Drnusia"
