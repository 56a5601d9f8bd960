"""Where real news puts an incident (issue 8, location accuracy): one test per rule, both sides of each.

Every sentence here was written for this file; none comes from a published article.
"""
from __future__ import annotations

from real_news import events, only


def place(e) -> tuple[str, str]:
    return e.location["name_ar"], e.location["feature"]


# a village the gazetteer lacks, located by the town named right after it
def test_unlisted_village_before_the_town_that_locates_it():
    e = only("قتل ثلاثة مدنيين بقصف مدفعي على قرية أم الخير بريف منبج الشرقي يوم الاثنين.")
    assert place(e) == ("أم الخير", "unlisted") and e.admin1 == "Aleppo"
    e = only("نفذت القوات حملة دهم في وادي المرخ شرق مدينة الضالع واعتقلت ستة أشخاص يوم الاثنين.")
    assert place(e) == ("المرخ", "unlisted") and e.location["geo_precision"] == 2
    e = only("قتل ثلاثة مدنيين بقصف مدفعي على قرية كرم الزيتون قرب منبج يوم الاثنين.")
    assert place(e) == ("كرم الزيتون", "unlisted") and e.admin1 == "Aleppo"


def test_a_word_describing_the_place_is_no_name():
    e = only("قتل ثلاثة مدنيين بقصف مدفعي على حي سكني في مدينة حلب يوم الاثنين.")
    assert place(e) == ("حلب", "populated")
    e = only("قتل مدنيان في قصف على منطقة الاشتباكات قرب مدينة حلب يوم الاثنين.")
    assert place(e) == ("حلب", "populated")


def test_quarter_of_another_city_with_a_direction_before_its_town():
    # the gazetteer's «الزهور» are quarters of other cities: this one is a quarter of Raqqa it lacks, coded at
    # its city (as ACLED codes a quarter it does not know)
    e = only("انفجرت عبوة ناسفة بسيارة مدنية في حي الزهور الجنوبي بمدينة الرقة صباح اليوم.")
    assert place(e) == ("الرقة", "populated")
    # the other side: the city the gazetteer's quarter belongs to keeps it
    e = only("انفجرت عبوة ناسفة بسيارة مدنية في حي الزهور الجنوبي بمدينة دمشق صباح اليوم.")
    assert e.admin1 == "Damascus"


def test_village_homonym_elsewhere_with_a_qualifier_after_its_name():
    # «الزعفرانة» of the gazetteer lies in another governorate than the town that locates this one
    found = events("قتل ثلاثة مدنيين بقصف مدفعي على قرية الزعفرانة الصغرى بريف منبج الشرقي يوم الاثنين.")
    assert [(place(e), e.admin1) for e in found] == [(("الزعفرانة الصغرى", "unlisted"), "Aleppo")]


# a later sentence of the same incident names its place more closely
def test_later_sentence_names_the_district_of_the_governorate():
    e = only("شنت طائرات التحالف غارة على محافظة صعدة اليوم الاثنين. وقالت مصادر محلية إن الغارة استهدفت سيارة "
             "في مديرية شدا ما أدى إلى مقتل ثلاثة مواطنين.")
    assert place(e) == ("مديرية شدا", "admin2") and e.fatalities == 3
    # the other side: a district named first keeps it when the governorate follows
    e = only("استهدفت غارة للتحالف سيارة في مديرية شدا اليوم الاثنين ما أدى إلى مقتل ثلاثة مواطنين. وتتعرض محافظة "
             "صعدة لغارات متكررة.")
    assert place(e) == ("مديرية شدا", "admin2")


def test_later_sentence_names_a_village_the_gazetteer_lacks():
    e = only("هاجمت قوات الدعم السريع قرى في ولاية الجزيرة أمس الاثنين.\nوقتل خمسة مدنيين في الهجوم على قرية "
             "ود الحليو بمحلية المناقل.")
    assert place(e) == ("ود الحليو", "unlisted") and e.fatalities == 5


def test_relative_day_takes_the_date_stated_for_it():
    found = events("هاجمت قوة من الدعم السريع مساء أمس السبت الموافق العشرين ٢٠ أبريل ٢٠٢٤م قرية أم روابة في شمال "
                   "كردفان، ما أدى إلى مقتل ٣ أشخاص.", published=None)
    assert [e.date for e in found] == ["2024-04-20"]
    # the other side: a date that is not stated for the day does not replace it
    found = events("هاجمت قوة من الدعم السريع يوم الثلاثاء قرية أم روابة بولاية شمال كردفان، بعد هجوم مماثل في ١٥ "
                   "أبريل، ما تسبب في مقتل ٣ أشخاص.", published="2024-05-02")
    assert [e.date for e in found] == ["2024-04-30"]


# a distance and a bearing before a place: the incident is that far from it, not in it
def test_distance_from_a_city_places_the_incident_near_it():
    e = only("قُتل ثلاثة جنود صباح اليوم بهجوم لحركة الشباب استهدف معسكراً يقع على بعد 35 كيلومتراً شمال العاصمة "
             "مقديشو.")
    assert e.admin1 == "Middle Shabelle" and e.location["geo_precision"] == 2 and e.location["name_ar"] == "مقديشو"
    assert e.location["lat"] > 2.2
    # the other side: in the city itself
    e = only("قُتل ثلاثة جنود صباح اليوم بهجوم لحركة الشباب استهدف معسكراً في العاصمة مقديشو.")
    assert e.admin1 == "Banadir" and e.location["geo_precision"] == 1


def test_distance_in_parentheses_points_to_a_city_that_is_no_second_place():
    # «الطويحينة» of the gazetteer lies elsewhere: a village it lacks, near Hama
    for text in ("قصفت قوات النظام قرية الطويحينة (20 كم شمال غرب مدينة حماة) يوم الاثنين ما أدى لمقتل مدنيين.",
                 "قصفت قوات النظام يوم الاثنين قرية الطويحينة الواقعة على بعد 20 كم شمال غربي مدينة حماة."):
        e = only(text)
        assert place(e) == ("الطويحينة", "unlisted") and e.admin1 == "Hama"
    # a village the gazetteer knows keeps its own point
    e = only("قصفت قوات النظام مدينة صوران (25 كم شمال مدينة حماة) يوم الاثنين ما أدى لمقتل مدنيين.")
    assert place(e) == ("صوران", "populated") and e.location["geo_precision"] == 1


def test_capital_after_a_distance_is_no_other_target_of_a_strike():
    e = only("استهدفت غارة جوية شاحنة في منطقة الديماس، على بعد نحو 25 كيلومتراً غرب العاصمة دمشق، ما أدى إلى مقتل "
             "سائقها اليوم.")
    assert e.admin1 == "Rural Damascus" and e.location["name_ar"] == "الديماس"


# where a source speaks from is not where the incident was
def test_place_of_the_source_is_not_the_incident_place():
    e = only("وقال مصدر عسكري في مدينة الأبيض إن الجيش صد هجوماً للدعم السريع على بلدة أم صميمة يوم الاثنين.")
    assert e.location["name_ar"] == "أم صميمة"
    # the other side: the city hit, with a source named after it
    e = only("قتل خمسة مدنيين بقصف مدفعي على مدينة الأبيض يوم الاثنين بحسب مصادر طبية.")
    assert e.location["name_ar"] == "الأبيض"


def test_dateline_with_a_date_is_where_the_report_was_filed():
    e = only("ود مدني، 14 نوفمبر 2024 – قتل أربعة مدنيين في هجوم للدعم السريع على قرية الحلة الجديدة جنوب ولاية "
             "الجزيرة.", published="2024-11-14")
    assert place(e) == ("الحلة الجديدة", "unlisted") and e.admin1 == "Al Jazirah"
    # the other side: the city named in the sentence itself
    e = only("قتل أربعة مدنيين في هجوم للدعم السريع على مدينة ود مدني، 14 نوفمبر 2024 - بحسب شهود.",
             published="2024-11-14")
    assert e.location["name_ar"] == "ود مدني"


def test_qualifier_after_a_village_name_is_part_of_it():
    # «الجديدة» is also a village name: it does not contain «الحلة» here, nor does Hilla district stand for it
    e = only("قتل أربعة مدنيين في هجوم للدعم السريع على قرية الحلة الجديدة بولاية الجزيرة.", published="2024-11-14")
    assert place(e) == ("الحلة الجديدة", "unlisted")
    e = only("قتل أربعة مدنيين في هجوم على قرية الحلة شمال محافظة بابل.", published="2024-11-14")
    assert e.admin1 == "Babil" and e.location["feature"] == "populated"


def test_a_verb_after_the_place_word_is_no_village_name():
    e = only("قُتل 11 مدنياً في هجوم لقوات الدعم السريع استهدف بلدة تقع شرق ولاية الجزيرة.", published="2024-11-14")
    assert place(e) == ("ولاية الجزيرة", "admin1")
    e = only("قصفت قوات الدعم السريع اليوم بلدة الفريحة التي تبعد 55 كيلومتراً شمال شرقي ود مدني، ما أدى إلى "
             "مقتل 40 شخصاً.", published="2024-11-14")
    assert place(e) == ("الفريحة", "unlisted") and e.admin1 == "Al Jazirah"


def test_quarter_of_another_governorate_than_the_one_named_is_one_the_gazetteer_lacks():
    e = only("ألقت قوات الشرطة بمحافظة ذي قار القبض على متهم بالإرهاب في منطقة حي الجهاد اليوم.")
    assert place(e) == ("الجهاد", "unlisted") and e.admin1 == "Dhi Qar"
    # the other side: the quarter's own city named, or a governorate that holds a quarter of that name
    e = only("ألقت قوات الشرطة القبض على متهم بالإرهاب في منطقة حي الجهاد ببغداد اليوم.")
    assert e.admin1 == "Baghdad" and e.location["feature"] == "neighbourhood"
    e = only("اعتقلت قوات الأمن في محافظة البصرة مطلوباً في حي الجمهورية اليوم.")
    assert place(e) == ("الجمهورية", "neighbourhood") and e.admin1 == "Basra"


# words of the language that also name a district or a quarter
def test_common_noun_that_names_a_district_is_no_place_where_it_stands_as_a_noun():
    e = only("أضرم متظاهرون النار في مبنى محافظة السويداء اليوم، وظهر في الصور التي نشرها ناشطون دخان كثيف يتصاعد "
             "منه.")
    assert e.admin1 == "Suwayda" and e.location["name_ar"] != "الصور"
    e = only("قتل طفلان بانفجار جسم غريب في منطقة سياحية بمحافظة نينوى اليوم، وقال شاهد إنهما كانا يلعبان، وانه دوى "
             "صوت انفجار قوي.")
    assert e.admin1 == "Nineveh" and e.location["feature"] == "admin1"
    # the other side: the same names as places, after a preposition or a place word
    e = only("قتل طفلان بانفجار لغم في قرية الصور التي تقع في ريف دير الزور اليوم.")
    assert e.location["name_ar"] == "الصور"
    e = only("وقال مصدر عسكري إن الجيش صد هجوماً للدعم السريع على محور بارا شمال المدينة يوم الاثنين.",
             published="2024-05-10")
    assert e.location["name_ar"] == "بارا"


def test_outlet_named_after_a_town_is_not_that_town():
    found = events("أعلنت قناة الميادين اللبنانية مقتل مراسلها ومصورها جراء غارة إسرائيلية استهدفتهما اليوم.")
    assert all(e.admin1 != "Deir ez-Zor" for e in found)
    e = only("أعلنت قناة «الميادين» مقتل مراسلها جراء غارة إسرائيلية على بلدة الخيام اليوم.")
    assert e.location["name_ar"] == "الخيام"
    # the other side: the town itself
    e = only("قصفت طائرات مجهولة مواقع قرب مدينة الميادين شرقي دير الزور اليوم.")
    assert e.admin1 == "Deir ez-Zor"


def test_latin_only_village_is_read_where_only_another_country_has_the_arabic_name():
    # «كباشين» of the Arabic gazetteer is Syrian; the Sudanese village of that name is known by its Latin name only
    e = only("هاجمت قوات الدعم السريع قرية كباشين بولاية الجزيرة أمس ما أدى إلى مقتل ثلاثة مدنيين.",
             published="2024-05-10")
    assert (e.location["name"], e.location["feature"], e.admin1) == ("Al Ghabshan", "populated", "Al Jazirah")
    # the other side: in a report on Syria the Syrian village stays
    e = only("قصفت قوات النظام قرية كباشين بريف حلب أمس ما أدى إلى مقتل ثلاثة مدنيين.", published="2024-05-10")
    assert e.country == "Syria"


def test_district_of_a_city_named_with_its_city_is_the_place():
    e = only("خرج مئات المواطنين مساء أمس في مظاهرة غاضبة بمديرية المنصورة في العاصمة المؤقتة عدن احتجاجاً على "
             "انقطاع الكهرباء.", published="2024-11-14")
    assert place(e) == ("مديرية المنصورة", "admin2") and e.admin1 == "Aden"
    # the other side: the city alone
    e = only("خرج مئات المواطنين مساء أمس في مظاهرة غاضبة في العاصمة المؤقتة عدن احتجاجاً على انقطاع الكهرباء.",
             published="2024-11-14")
    assert place(e) == ("عدن", "populated")


def test_camp_named_by_a_common_word_for_its_displaced():
    e = only("قصفت الطائرات معسكر كلمة للنازحين شرقي مدينة نيالا اليوم ما أدى لمقتل ثلاثة.", published="2024-11-14")
    assert place(e) == ("كلمة", "unlisted") and e.admin1 == "South Darfur"
    # the other side: without «للنازحين» the common word is no name
    e = only("قصفت الطائرات معسكر كلمة شرقي مدينة نيالا اليوم ما أدى لمقتل ثلاثة.", published="2024-11-14")
    assert place(e) == ("نيالا", "populated")


def test_village_the_gazetteer_lacks_named_after_the_area():
    e = only("اعتقلت وحدة من الشرطة في كركوك متهماً بالإرهاب في قرية الحصوة الشرقية اليوم.", published="2024-11-14")
    assert place(e) == ("الحصوة الشرقية", "unlisted") and e.admin1 == "Kirkuk"
    found = events("هاجمت قوات الدعم السريع قرى في ولاية الجزيرة أمس الاثنين.\nواندلع صباح اليوم اشتباك عنيف بين "
                   "الجيش السوداني والدعم السريع في منطقة الطوينة.", published="2024-11-14")
    assert ("الطوينة", "unlisted") in [place(e) for e in found]
    # the other side: a place word with no name, or another place after it
    e = only("اعتقلت وحدة من الشرطة في كركوك متهماً بالإرهاب في قرية قريبة اليوم.", published="2024-11-14")
    assert place(e) == ("كركوك", "populated")


def test_noun_after_a_village_name_is_not_part_of_it():
    e = only("اندلع صباح اليوم اشتباك عنيف بين الجيش السوداني والدعم السريع في منطقة الطوينة محطة القطار بولاية "
             "الجزيرة.",
             published="2024-11-14")
    assert place(e) == ("الطوينة", "unlisted")
    # an area said to lie in a city is coded at the city; one beside it keeps its name
    e = only("قُتل خمسة أشخاص جراء قصف مدفعي استهدف سوقاً مزدحماً في منطقة الشهيدة بمدينة أم درمان اليوم.",
             published="2024-11-14")
    assert place(e) == ("أم درمان", "populated")
    e = only("قُتل خمسة أشخاص جراء قصف مدفعي استهدف سوقاً مزدحماً في منطقة الشهيدة شمالي مدينة أم درمان اليوم.",
             published="2024-11-14")
    assert place(e) == ("الشهيدة", "unlisted")


def test_who_holds_a_village_does_not_part_it_from_its_area():
    # «تل الورد» of the gazetteer lies in Homs: this one, in the Hama countryside, is one it lacks
    e = only("انفجر لغم أرضي في قرية تل الورد الخاضعة لسيطرة قوات النظام في ريف حماة الشرقي ما أدى لإصابة خمسة "
             "أشخاص اليوم.", published="2024-11-14")
    assert place(e) == ("تل الورد", "unlisted") and e.admin1 == "Hama"
    # the other side: with no area after it, the gazetteer's village stays
    e = only("انفجر لغم أرضي في قرية تل الورد الخاضعة لسيطرة قوات النظام ما أدى لإصابة خمسة أشخاص اليوم.",
             published="2024-11-14")
    assert e.admin1 == "Homs"


def test_a_town_named_with_its_place_word_does_not_locate_a_common_word_before_it():
    # «العشائر» is also a village name; «في بلدة ذيبان» is where the fighters are, not its container
    e = only("اندلعت اشتباكات بين قوات قسد ومقاتلي العشائر في بلدة ذيبان اليوم.", published="2023-09-01")
    assert e.location["name_ar"] == "ذيبان"
    # the other side: a quarter named with its place word is still located by its city
    e = only("قصفت قوات النظام حي جوبر في مدينة دمشق اليوم.", published="2017-03-10")
    assert e.admin1 == "Damascus"


def test_a_port_named_with_its_place_word_is_a_place():
    found = events("شن الطيران الأمريكي فجر اليوم ثلاث غارات على حي سكني في مديرية الحوك بالحديدة، ما أدى إلى استشهاد "
                   "أربعة مواطنين، فيما طالت غارتان ميناء الصليف دون أن ترد معلومات عن ضحايا.", published="2025-04-22")
    assert len(found) == 2 and [e.fatalities for e in found] == [4, None]


# a village the gazetteer lacks, put in one locality, is not the same place as a village named in another one
def test_unlisted_village_and_a_named_village_of_another_locality_are_two_events():
    found = events("هجوم للدعم السريع على قرى الجزيرة\nهاجمت قوات الدعم السريع صباح اليوم الأحد قرية أم دقرسي "
                   "بمحلية المناقل في ولاية الجزيرة وقتلت ثلاثة مواطنين. وشنت قوات الدعم السريع هجوما على قرية "
                   "نجرو بمحلية الحصاحيصا وقتلت مواطنين اثنين.")
    assert [(place(e), e.fatalities) for e in found] == [(("أم دقرسي", "unlisted"), 3),
                                                         (("قرية نجرو", "populated"), 2)]
    # the other side: a village of the same locality told after it is the same attack, told again
    e = only("هاجمت قوات الدعم السريع صباح اليوم الأحد قرية أم دقرسي بمحلية المناقل في ولاية الجزيرة وقتلت ثلاثة "
             "مواطنين. وقالت مصادر إن الهجوم طال قرية هيميرا بمحلية المناقل.")
    assert e.fatalities == 3


# a list opened by a plural place word, its first village known, goes on with villages the gazetteer lacks
def test_villages_the_gazetteer_lacks_after_a_known_first_village_of_a_list():
    found = events("هجوم على قرى الجزيرة\nهاجمت قوات الدعم السريع صباح اليوم قرى نجرو وأم دقرسي والشقيلاب في ولاية "
                   "الجزيرة، ما أدى إلى مقتل ستة مواطنين.")
    assert [(place(e), e.fatalities) for e in found] == [
        (("نجرو", "populated"), 2), (("أم دقرسي", "unlisted"), 2), (("الشقيلاب", "unlisted"), 2)]
    # the other sides: two villages of a dual, and a place near them («ومحيط …») ends the list …
    found = events("قصف للدعم السريع في ولاية الجزيرة\nقتل مواطنان بقصف مدفعي لقوات الدعم السريع على قريتي نجرو "
                   "وأم دقرسي ومحيط الشقيلاب صباح اليوم.")
    assert [place(e) for e in found] == [("نجرو", "populated"), ("أم دقرسي", "unlisted")]
    # … and a road «بين قريتي …» lies between two villages, it is no list of targets
    e = only("قصف للدعم السريع في ولاية الجزيرة\nقتل مواطنان بقصف مدفعي لقوات الدعم السريع على الطريق بين قريتي "
             "نجرو وأم دقرسي صباح اليوم.")
    assert place(e) == ("نجرو", "populated")


# a quarter the gazetteer lacks, in a district of a city that is a governorate of its own, is part of that city
def test_quarter_in_a_district_of_a_city_governorate_names_the_city_event_more_closely():
    e = only("شهدت مدينة عدن اليوم الأربعاء عملية اغتيال نفذها مسلحون. وقالت مصادر محلية إن مسلحين على دراجة "
             "نارية اغتالوا ضابطا في الشرطة أمام منزله بحي القطيع بمديرية كريتر.")
    assert place(e) == ("القطيع", "unlisted") and e.admin1 == "Aden"
    # the other side: a city inside a larger governorate does not hold every district of it
    e = only("شهدت مدينة المكلا اليوم الأربعاء عملية اغتيال نفذها مسلحون. وقالت مصادر محلية إن مسلحين على دراجة "
             "نارية اغتالوا ضابطا في الشرطة أمام منزله بحي القطيع بمديرية غيل باوزير.")
    assert place(e) == ("المكلا", "populated")


# a place alone on its line under the outlet's name is where the report was filed
def test_byline_place_is_not_the_place_of_an_unplaced_incident():
    found = events("غارات إسرائيلية على الجنوب\n\nوكالة أنباء الشرق\nبيروت\nنشر في 12.03.2025\n\nقتل مدنيان في غارة "
                   "إسرائيلية على بلدة كفركلا جنوبي لبنان اليوم.\n\nوأضافت المصادر أن الطيران الإسرائيلي شن غارات على "
                   "عدة مناطق.\n\nوفي وقت سابق اليوم، أعلنت إذاعة محلية مقتل مصورها في غارة إسرائيلية استهدفته جنوبي "
                   "البلاد.")
    assert found and "Beirut" not in {e.admin1 for e in found}
    # the other side: a town named in the text's first sentence still places an incident told without a place
    e = only("شهدت مدينة حلب توترا أمنيا منذ الصباح.\n\nوأضافت المصادر أن الأسواق أغلقت أبوابها.\n\nوفي وقت لاحق "
             "اليوم، قتل شخصان في انفجار عبوة ناسفة.")
    assert place(e) == ("حلب", "populated")


# a governorate's name alone is the governorate, and a country named as a border or an origin is a neighbour
def test_governorate_named_beside_a_neighbouring_country_stays_in_its_own_country():
    e = only("أفادت مصادر أمنية في الأنبار بأن مسلحين قادمين من الأراضي السورية هاجموا نقطة لحرس الحدود على "
             "الحدود السورية، ما أدى إلى مقتل جنديين.")
    assert (e.country, e.admin1, e.location["feature"]) == ("Iraq", "Anbar", "admin1")
    # the other side: the Syrian village of that name, with its place word and its governorate, keeps it
    e = only("قتل مدنيان بقصف مدفعي على قرية أنبار بريف حلب الجنوبي يوم الاثنين.")
    assert (e.country, e.admin1) == ("Syria", "Aleppo")


# a quarter whose readings all lie outside the city named after it («حي X شمال شرقي مدينة Y», «حي X وسط
# مدينة Y») is a quarter of that city the gazetteer lacks: the event is at the city
def test_quarter_homonym_of_places_elsewhere_is_coded_at_the_city_that_holds_it():
    e = only("قتل رجل برصاص قناص في حي الروضة شمال شرقي مدينة تعز مساء أمس.")
    assert place(e) == ("تعز", "populated") and e.admin1 == "Taiz"
    e = only("أصيب ثلاثة مدنيين بانفجار عبوة ناسفة في حي الرميلة وسط مدينة الرقة صباح اليوم.")
    assert place(e) == ("الرقة", "populated")
    # the other side: a quarter the gazetteer knows in that city keeps its name
    e = only("أصيب ثلاثة مدنيين بانفجار عبوة ناسفة في حي الشيخ مقصود وسط مدينة حلب صباح اليوم.")
    assert place(e) == ("الشيخ مقصود", "neighbourhood") and e.admin1 == "Aleppo"


# a Lebanese border village the sources lack (places_extra.yaml)
def test_aynata_of_bint_jbeil_is_in_the_gazetteer():
    e = only("قتل شخصان بغارة إسرائيلية استهدفت سيارة بين بلدتي عيناثا وعيترون جنوبي لبنان اليوم.")
    assert place(e) == ("عيناثا", "populated") and e.admin1 == "Nabatieh"
    # the other side: its neighbour keeps its own name
    e = only("قتل شخصان بغارة إسرائيلية استهدفت سيارة في بلدة عيترون جنوبي لبنان اليوم.")
    assert place(e) == ("عيترون", "populated") and e.admin1 == "Nabatieh"


# «كما استهدفت قوات النظام قرية X»: a village the gazetteer lacks, hit after a named town, is an event of its own
def test_a_village_a_strike_verb_hits_after_a_named_town_is_its_own_event():
    found = events("قصفت طائرات النظام أمس مدينة سراقب بريف إدلب الشرقي، ما أوقع ثلاثة قتلى. "
                   "كما استهدفت قوات النظام قرية تل الصخر بالبراميل المتفجرة.", published="2018-03-02")
    assert [place(e) for e in found] == [("سراقب", "populated"), ("تل الصخر", "unlisted")]
    assert found[1].admin1 == "Idlib" and found[1].fatalities is None and found[0].fatalities == 3
    # without a village of its own, the sentence tells more of the strike before
    found = events("قصفت طائرات النظام أمس مدينة سراقب بريف إدلب الشرقي، ما أوقع ثلاثة قتلى. "
                   "كما استهدفت الطائرات الأحياء السكنية بالبراميل المتفجرة.", published="2018-03-02")
    assert [place(e) for e in found] == [("سراقب", "populated")]


# a list of villages opened by «قريتي»: a name the gazetteer reads in another governorate is one target, not two
def test_a_listed_name_read_in_another_governorate_is_one_target():
    found = events("شن طيران النظام غارات على مدينة الرستن بريف حمص الشمالي. وطالت غارات أخرى "
                   "قريتي دير فول والسعن.", published="2016-04-15")
    assert sum(e.location["name_ar"] == "السعن" for e in found) == 1


# «بعد انسحاب مقاتلي الفصائل إلى بلدة X»: where a side withdrew to is not where the event happened
def test_the_town_a_side_withdrew_to_is_no_place_of_the_event():
    e = only("سيطرت قوات النظام على قرى عدة في ريف حماة الشمالي بعد انسحاب مقاتلي الفصائل إلى بلدة خان شيخون.",
             published="2019-08-23")
    assert place(e) == ("حماة", "admin1")
    # the other side: a town the forces entered is the event's place
    e = only("سيطرت قوات النظام على بلدة خان شيخون في ريف إدلب الجنوبي عقب انسحاب فصائل المعارضة منها.",
             published="2019-08-23")
    assert place(e) == ("خان شيخون", "populated")


# «بلدات A وB وX Y وC»: a list goes on past an item the gazetteer lacks, to the bare names it knows after it
def test_a_list_goes_on_past_an_item_the_gazetteer_lacks():
    found = events("وأوضح المراسل أن قصف قوات النظام طال بلدات “حاس وكفرومة وعين الورد الغربية ومعرزيتا وكنصفرة”.",
                   published="2019-09-15")
    names = [e.location["name_ar"] for e in found]
    assert {"حاس", "كفرومة", "معرزيتا", "كنصفرة"} <= set(names)
    assert "بلدات" not in names  # «وبلدات» opens the next name, it is none
    # the other side: a preposition in the gap ends the list, so the bare name after it is no place
    found = events("قصف طيران النظام بلدة حاس وكفرومة وأحياء في الغربية ومعرزيتا.", published="2019-09-15")
    assert "معرزيتا" not in [e.location["name_ar"] for e in found]


# «مدفعية النظام في خان شيخون», «مراسل وكالة … في إدلب»: where the guns stand and where the reporter is
def test_where_the_guns_stand_and_where_an_outlets_reporter_is_are_no_places_of_the_shelling():
    e = only("وقال مراسل وكالة الميدان الإخبارية في إدلب إن مدفعية قوات النظام في خان شيخون قصفت بكثافة قرى ريف إدلب "
             "الجنوبي.",
             published="2019-09-15")
    assert place(e) == ("إدلب", "admin1")
    # the other side: the guns shelling homes in a town hit that town
    e = only("قصفت مدفعية النظام منازل المدنيين في بلدة كفرنبل جنوب إدلب.", published="2019-09-15")
    assert place(e) == ("كفرنبل", "populated")
