"""Areas, fronts and axes the gazetteer lacks (issue 8, location): ACLED codes the named area as the location,
at the point of the known place the text ties it to (geo_precision 2).

Every sentence here was written for this file; none comes from a published article.
"""
from __future__ import annotations

from real_news import events, only


def place(e) -> tuple[str, str]:
    return e.location["name_ar"], e.location["feature"]


# «جبهة X», «محور X», «قطاع X», «مثلث X»: a front named after a place the gazetteer lacks keeps that name
def test_a_front_or_axis_the_gazetteer_lacks_keeps_its_name_at_the_town_that_locates_it():
    e = only("اندلعت اشتباكات عنيفة أمس بين الجيش والحوثيين في جبهة الطوافير غربي مدينة مأرب.",
             published="2024-03-10")
    assert place(e) == ("الطوافير", "unlisted") and e.admin1 == "Marib" and e.location["geo_precision"] == 2
    e = only("قتل جنديان أمس في هجوم على محور السماحيق شمال مدينة الحزم.", published="2024-03-10")
    assert place(e) == ("السماحيق", "unlisted") and e.admin1 == "Al Jawf"
    e = only("قتل مدنيان أمس بغارة إسرائيلية على منطقة مثلث الغرابيل في جنوب لبنان.", published="2024-03-10")
    assert place(e) == ("مثلث الغرابيل", "unlisted") and e.admin1 == "South"
    # the other side: a front named after a town the gazetteer knows is at that town
    e = only("اندلعت اشتباكات عنيفة أمس بين الجيش والحوثيين في جبهة صرواح غربي مأرب.", published="2024-03-10")
    assert place(e) == ("صرواح", "populated")


# «القريبة من», «المطلة على»: the area lies beside the town named after it
def test_an_area_near_or_overlooking_a_town_is_located_by_it():
    e = only("اندلعت اشتباكات عنيفة أمس بين الجيش والحوثيين في جبهة الطوافير القريبة من مدينة مأرب.",
             published="2024-03-10")
    assert place(e) == ("الطوافير", "unlisted") and e.admin1 == "Marib"
    e = only("قتل ثلاثة مسلحين أمس في اشتباكات مع الجيش في منطقة البراطيم المطلة على مدينة درنة.",
             published="2024-03-10")
    assert place(e) == ("البراطيم", "unlisted") and e.admin1 == "Derna"
    # the other side: an area said to lie in the town is coded at the town
    e = only("قتل ثلاثة مسلحين أمس في اشتباكات مع الجيش في منطقة البراطيم بمدينة درنة.", published="2024-03-10")
    assert place(e) == ("درنة", "populated")


# «منطقة X جنوب وسط مدينة Y»: «وسط» between the area and its city is a word of the link
def test_an_area_in_the_middle_of_a_city_is_located_by_that_city():
    e = only("قتل ثلاثة مسلحين أمس في اشتباكات مع قوات الجيش في منطقة الفسافس جنوب وسط مدينة بنغازي.",
             published="2024-03-10")
    assert place(e) == ("الفسافس", "unlisted") and e.admin1 == "Benghazi"
    # an area whose only readings lie in other governorates is no place of theirs: it is in the city
    e = only("قتل ثلاثة مسلحين أمس في اشتباكات مع قوات الجيش في منطقة الرويسات وسط مدينة بنغازي.",
             published="2024-03-10")
    assert e.admin1 == "Benghazi"


# «شهدت قرية A وقرية B ريفي وحدة … محلية … ولاية …»: each village of a list with its own place word is an event
def test_a_list_of_villages_each_with_its_own_word_gives_one_event_per_village():
    found = events("شهدت قرية الطوافير وقرية السماحيق وقرية الغرابيل بمحلية المناقل ولاية الجزيرة أمس قصفا "
                   "مدفعيا من قوات الدعم السريع.", published="2024-03-10")
    assert [place(e) for e in found] == [("الطوافير", "unlisted"), ("السماحيق", "unlisted"),
                                         ("الغرابيل", "unlisted")]
    assert {e.admin1 for e in found} == {"Al Jazirah"}
    assert {e.actor2["id"] for e in found} == {"civilians"}  # the villages bore the shelling
    # the other side: shelling on a force's positions there hits that force
    e = only("شهدت قرية الطوافير بمحلية المناقل ولاية الجزيرة أمس قصفا مدفعيا من قوات الدعم السريع استهدف مواقع "
             "الجيش السوداني.", published="2024-03-10")
    assert e.actor2["id"] == "saf"
    # the first village of such a list may bear a word of the language and stand far from its locality
    found = events("وفي صباح الأحد شهدت قرية مهلة وقرية الغرابيل ريفي وحدة الشرفة محلية المناقل ولاية الجزيرة "
                   "قصفاً مدفعياً من قوات الدعم السريع.", published="2024-03-10")
    assert [e.location["name_ar"] for e in found] == ["مهلة", "الغرابيل"]
    # the other side: a word of the language after one village word describes it
    e = only("قتل ثلاثة مدنيين بقصف مدفعي على قرية نائية بريف منبج يوم الاثنين.")
    assert place(e) == ("منبج", "populated")


# Sudanese «التدوين» (with its qualifier) is shelling; alone it is writing down
def test_sudanese_tadween_is_shelling_only_with_its_qualifier():
    e = only("شهدت مدينة المناقل بولاية الجزيرة أمس تدويناً عنيفاً من قبل قوات الدعم السريع.",
             published="2024-03-10")
    assert e.sub_event_type == "Shelling/artillery/missile attack" and e.admin1 == "Al Jazirah"
    assert events("بدأت لجنة حقوقية أمس تدوين شهادات السكان في مدينة المناقل بولاية الجزيرة.",
                  published="2024-03-10") == []


# «قاعدة عسكرية جنوب غربي العاصمة X … وقال ضابط من بلدة Y القريبة»: an incident placed only beside a city is
# at the town the report then calls the nearby one
def test_an_incident_beside_a_city_is_at_the_nearby_town_named_after_it():
    e = only("هاجمت حركة الشباب صباح اليوم بسيارة مفخخة معسكراً للجيش يقع شمال غربي العاصمة مقديشو، وقُتل ستة "
             "جنود في الهجوم. وقال ضابط في الجيش من مدينة أفجوي القريبة: «انسحب المهاجمون بعد ساعة».",
             published="2024-03-10")
    assert place(e) == ("أفجوي", "populated") and e.admin1 == "Lower Shabelle"
    # the other sides: a town not called the nearby one, or one near something else, leaves the incident be
    e = only("هاجمت حركة الشباب صباح اليوم بسيارة مفخخة معسكراً للجيش يقع شمال غربي العاصمة مقديشو، وقُتل ستة "
             "جنود في الهجوم. وقال ضابط في الجيش من مدينة أفجوي إن المهاجمين انسحبوا بعد ساعة.", published="2024-03-10")
    assert e.admin1 == "Banadir"
    e = only("هاجمت حركة الشباب صباح اليوم بسيارة مفخخة معسكراً للجيش يقع شمال غربي العاصمة مقديشو، وقُتل ستة "
             "جنود في الهجوم. وتقع مدينة أفجوي القريبة من المعسكر على طريق رئيسي.", published="2024-03-10")
    assert e.admin1 == "Banadir"


# «حاجز X غرب مدينة Y»: a checkpoint named after a place the gazetteer lacks, like a front
def test_a_checkpoint_the_gazetteer_lacks_keeps_its_name_at_the_town_that_locates_it():
    e = only("قتل أربعة من عناصر الأمن أمس في هجوم نفذه تنظيم داعش على حاجز الطوافير غرب مدينة الرقة.",
             published="2024-03-10")
    assert place(e) == ("الطوافير", "unlisted") and e.admin1 == "Raqqa"
    # the other side: a checkpoint with no name is at the town
    e = only("قتل جندي أمس بهجوم على حاجز للجيش في مدينة الرقة.", published="2024-03-10")
    assert place(e) == ("الرقة", "populated")


# «قرية X إلى الغرب من مدينة Y»: a compass phrase places the village beside the town
def test_a_village_to_the_west_of_a_town_is_located_by_it():
    e = only("قصفت قوات النظام أمس قرية الطوافير إلى الغرب من مدينة تلبيسة.", published="2024-03-10")
    assert place(e) == ("الطوافير", "unlisted") and e.admin1 == "Homs"


# «سلمية» without its article is the city of Salamiyah (places_extra.yaml), not a village of that name
def test_salamiyah_without_the_article_is_the_city():
    e = only("قتل مدني أمس بانفجار عبوة ناسفة في مدينة سلمية.", published="2024-03-10")
    assert e.admin1 == "Hama" and e.location["name"] == "As-Salamiyeh"
    e = only("انفجر لغم أرضي أمس في قرية الطوافير بريف سلمية، ما أدى لإصابة خمسة أشخاص.", published="2024-03-10")
    assert place(e) == ("الطوافير", "unlisted") and e.admin1 == "Hama"


# «بحسب شهود في مدينة X، قُتلت امرأة بقذيفة … في المدينة»: the town the witnesses speak from is the one hit
def test_the_town_a_source_speaks_from_is_the_place_when_the_text_says_in_the_town():
    found = events("قصفت مسيّرات الدعم السريع أمس مواقع عسكرية في مدينة كادوقلي. وبحسب شهود في مدينة بارا بولاية "
                   "شمال كردفان، قُتلت امرأة أمس بقذيفة مدفعية أطلقتها قوات الدعم السريع على سوق شعبي في المدينة.",
                   published="2024-03-10")
    assert [e.location["name_ar"] for e in found] == ["كادوقلي", "بارا"]
    # the other side: a source's town alone is where it speaks from; the toll is the event before
    found = events("قصفت مسيّرات الدعم السريع أمس مواقع عسكرية في مدينة كادوقلي. وبحسب شهود في مدينة بارا بولاية "
                   "شمال كردفان، قُتلت امرأة أمس بقذيفة مدفعية أطلقتها قوات الدعم السريع.", published="2024-03-10")
    assert [e.location["name_ar"] for e in found] == ["كادوقلي"]
