"""Spurious events on real published news (issue 8): tellings of one incident that came out as several, and
summaries that came out as events of their own. Both sides of each rule.

Every sentence here was written for this file; none comes from a published article.
"""
from __future__ import annotations

from real_news import actor, events, only


def test_arrests_counted_over_the_last_two_days_are_no_event():
    found = events("قصفت مدفعية الاحتلال أطراف بلدة كفرشوبا جنوبي لبنان صباح اليوم. وخلال اليومين الماضيين، اعتقلت "
                   "قوات الاحتلال ثلاثة رعاة في محيط بلدة شبعا.")
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]
    # the other side: arrests told for one day are an event
    found = events("قصفت مدفعية الاحتلال أطراف بلدة كفرشوبا جنوبي لبنان صباح اليوم. واعتقلت قوات الاحتلال أمس "
                   "ثلاثة رعاة في محيط بلدة شبعا.")
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack", "Arrests"]


def test_strikes_over_the_last_two_days_on_unnamed_areas_are_no_event():
    found = events("قصفت مدفعية الاحتلال أطراف بلدة كفرشوبا جنوبي لبنان صباح اليوم. وكانت المسيرات قد شنت غارات على "
                   "عدد من المناطق في جنوب لبنان في اليومين الماضيين.")
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]
    # the other side: a toll in a named village over that span is still told
    found = events("قصفت مدفعية الاحتلال أطراف بلدة كفرشوبا جنوبي لبنان صباح اليوم. وقتل ثلاثة مدنيين بغارة على بلدة "
                   "الخيام في اليومين الماضيين.")
    assert len(found) == 2


def test_a_death_from_wounds_of_an_earlier_clash_is_no_new_clash():
    found = events("قتل ثلاثة عناصر من قوات النظام في اشتباكات مع مقاتلين من داعش في بادية حمص الشرقية اليوم. وفي "
                   "اليوم ذاته، توفي شاب متأثراً بجراح أصيب بها، جراء اشتباك بين عائلتين في بلدة الشحيل بريف دير "
                   "الزور.")
    assert [(e.location or {}).get("name_ar") for e in found] == ["حمص"]
    # the other side: the day of the wounding told, the clash is dated and coded
    found = events("توفي شاب متأثراً بجراح أصيب بها أمس جراء اشتباك بين عائلتين في بلدة الشحيل بريف دير الزور.")
    assert [(e.sub_event_type, e.date) for e in found] == [("Armed clash", "2025-03-11")]


def test_the_weapon_told_after_a_vague_assassination_names_the_event():
    e = only("قتل عنصر من قوات النظام بعملية اغتيال في ريف درعا الشرقي صباح اليوم. وقالت مصادر محلية إن العنصر قتل "
             "بعد انفجار عبوة ناسفة زُرعت تحت سيارته على طريق الحراك - الصورة شرقي درعا.")
    assert (e.sub_event_type, e.fatalities) == ("Remote explosive/landmine/IED", 1)
    # the other side: a grenade thrown before the gunfire opened a fight
    e = only("قتل عنصر من قوات النظام بعملية اغتيال في ريف درعا الشرقي صباح اليوم. وقالت مصادر محلية إن مسلحين "
             "ألقوا قنبلة يدوية على سيارته ثم أطلقوا النار عليه على طريق الحراك - الصورة.")
    assert e.sub_event_type == "Armed clash"


def test_an_attack_told_by_its_civilian_dead_and_then_by_the_post_it_hit_is_one_fight():
    e = only("قُتل مدني وجنديان من قوات النظام في هجوم لخلايا داعش بمحافظة دير الزور، بحسب مصادر محلية. وأوضحت "
             "المصادر، اليوم الأربعاء، أن الخلايا هاجمت نقطة عسكرية للنظام في بلدة الشولا.")
    assert (e.sub_event_type, e.location["name_ar"], e.fatalities) == ("Armed clash", "الشولا", 3)
    # the other side: a massacre headline names no armed victims, the killing of civilians stays an attack
    found = events("مجزرة جديدة في بانياس\nقتل مسلحون عشرة مدنيين في حي القصور بمدينة بانياس صباح اليوم.")
    assert [e.sub_event_type for e in found] == ["Attack"]


def test_a_lead_counting_across_two_governorates_is_absorbed_by_the_arrest_told_in_each():
    found = events("اعتقلت قوات الشرطة الاتحادية مطلوبين اثنين في محافظتي البصرة والنجف. وقالت قيادة الشرطة في بيان "
                   "إن قوة من الشرطة في البصرة اعتقلت متهماً بالإرهاب في قرية الكسارات. كما اعتقلت قوات الشرطة في "
                   "محافظة النجف متهماً آخر في حي الضباط.")
    assert sorted((e.location or {}).get("name_ar") for e in found)[0] == "الكسارات"
    assert len(found) == 2
    # the other side: another force's arrest in the same governorate stays its own event
    found = events("اعتقلت قوات الشرطة الاتحادية مطلوباً في محافظة البصرة. وفي اليوم نفسه اعتقلت قوات البيشمركة "
                   "متهماً آخر في محافظة البصرة.")
    assert len(found) == 2


def test_a_lead_counting_across_two_cities_is_absorbed_by_the_account_of_each_city():
    found = events("قُتل 11 شخصاً وأصيب العشرات في معارك بين القوات الحكومية ومسلحي الحوثي في مدينتي تعز والضالع. "
                   "وقال مصدر طبي في تعز اليوم إن المستشفى استقبل جثث سبعة قتلى سقطوا في معارك في منطقة الكسارات "
                   "شمال وسط مدينة تعز. من جهة أخرى، قال متحدث عسكري إن أربعة جنود قتلوا اليوم في هجوم لمسلحي الحوثي "
                   "على موقع عسكري في أطراف مدينة الضالع.")
    assert sorted(((e.location or {}).get("name_ar"), actor(e, "actor1"), e.fatalities) for e in found) == [
        ("الضالع", "Houthis", 4), ("الكسارات", "Yemeni government forces", 7)]
    # the other side: a place the lead did not count across, opened «وفي مدينة …», is another incident
    found = events("قصف الطيران الحربي للجيش السوداني، صباح أمس، بلدتي الدالي والمزموم جنوب ولاية سنار، ما أدى إلى "
                   "مقتل ستة مدنيين. وفي مدينة سنار نفسها، سقطت ثلاث قذائف أطلقتها قوات الدعم السريع على حي القلعة "
                   "مساء اليوم ذاته، ما أدى إلى إصابة شخصين.")
    assert [actor(e, "actor1") for e in found] == ["Sudanese Armed Forces", "RSF"]
    # and with a lead that names one city, a story opened «من جهة أخرى» there is another fight
    found = events("قُتل 11 شخصاً وأصيب العشرات في معارك بين القوات الحكومية ومسلحي الحوثي في مدينة تعز. من جهة أخرى، "
                   "قال متحدث عسكري إن أربعة جنود قتلوا اليوم في هجوم لمسلحي الحوثي على موقع عسكري في أطراف مدينة تعز.")
    assert len(found) == 2


def test_a_byline_glued_to_its_date_dates_the_lead():
    e = only("معارك في الحديدة\n\nSami Kareem١١ آذار ٢٠٢٥\n\nقُتل خمسة جنود في هجوم لمسلحي الحوثي على موقع عسكري في "
             "مدينة الحديدة.", published=None)
    assert (e.date, e.time_precision) == ("2025-03-11", 1)


def test_the_toll_of_an_ongoing_siege_is_no_event():
    found = events("قتل خمسة مدنيين بقصف مدفعي لقوات الدعم السريع على مدينة الأبيض اليوم. كما تحاصر قوات الدعم السريع "
                   "مدينة بابنوسة غرب كردفان، ما تسبب في مقتل أكثر من 250 شخصاً جوعاً ومرضاً.")
    assert [(e.location or {}).get("name_ar") for e in found] == ["الأبيض"]
    # the other side: a shelling of the besieged town, the siege told in a relative clause, is an event
    found = events("قتل خمسة مدنيين بقصف مدفعي لقوات الدعم السريع على مدينة الأبيض اليوم. كما قصفت قوات الدعم السريع "
                   "مدينة بابنوسة التي تحاصرها، ما أدى إلى مقتل ثلاثة أطفال.")
    assert [((e.location or {}).get("name_ar"), e.fatalities) for e in found] == [("الأبيض", 5), ("بابنوسة", 3)]


_STORMED = ("قتل ثمانية مدنيين في هجوم لقوات الدعم السريع على قرية ود الحداد بولاية الجزيرة أمس الثلاثاء.\n\n"
            "وقال أحد سكان القرية إن المهاجمين كانوا يستقلون عشرات السيارات القتالية.\n\n"
            "وأفاد سكان في وقت سابق أمس الثلاثاء بأن عناصر الدعم السريع حاولوا اقتحام القرية بعد أن {}.")


def test_the_shelling_that_opened_the_storming_of_a_village_is_part_of_the_attack():
    e = only(_STORMED.format("قصفوها بالمدفعية الثقيلة"))
    assert (e.sub_event_type, e.fatalities) == ("Attack", 8)
    # the other side: fire on another village before the storming is a strike of its own
    found = events(_STORMED.format("قصفوا قرية الشكابة المجاورة بالمدفعية الثقيلة"))
    assert [(e.location or {}).get("name_ar") for e in found] == ["ود الحداد", "الشكابة"]


_VILLAGE_ATTACKED = "قتل ستة مدنيين في هجوم لقوات الدعم السريع على قرية ود الحداد بولاية الجزيرة أمس الثلاثاء.\n\n"


def test_a_gang_named_by_what_it_does_is_no_looting():
    found = events(_VILLAGE_ATTACKED + "ويتصدى سكان القرية بأسلحة خفيفة لهجمات عناصر الدعم السريع الذين يشكلون "
                   "عصابات نهب تعرف محلياً باسم الجراد.")
    assert [e.sub_event_type for e in found] == ["Attack"]
    # the other side: a gang that looted is an event
    found = events(_VILLAGE_ATTACKED + "ونهبت عصابات مسلحة محال تجارية في سوق مدينة الحصاحيصا صباح اليوم.")
    assert [e.sub_event_type for e in found] == ["Attack", "Looting/property destruction"]


def test_attacks_counted_in_times_are_an_aggregate():
    found = events(_VILLAGE_ATTACKED + "وهاجمت هذه القوات قرية الشكابة أربع مرات في الأشهر القليلة الماضية، حيث "
                   "نهبت مواشي السكان.")
    assert [e.sub_event_type for e in found] == ["Attack"]
    # the other side: one attack on the village, on its day, is an event
    found = events(_VILLAGE_ATTACKED + "وهاجمت هذه القوات قرية الشكابة مساء اليوم، حيث نهبت مواشي السكان.")
    assert [(e.location or {}).get("name_ar") for e in found] == ["ود الحداد", "الشكابة"]


_COALITION_RAID = "شنت طائرات التحالف غارة على موقع للحوثيين في مديرية حرض بمحافظة حجة اليوم، ما أدى إلى مقتل ثلاثة مسلحين. "
_WORKSHOPS = "، مشيراً إلى أن الجماعة تقيم ورش تصنيع الصواريخ والطائرات المسيرة في مزارع."


def test_pictures_shown_of_a_strike_and_weapons_made_are_no_events():
    found = events(_COALITION_RAID + "وعرض التحالف صوراً لتدمير منصات إطلاق صواريخ في محافظة عمران" + _WORKSHOPS)
    assert [e.admin1 for e in found] == ["Hajjah"]
    # the other side: the strike itself told is an event
    found = events(_COALITION_RAID + "ودمرت غارات التحالف منصات إطلاق صواريخ في محافظة عمران" + _WORKSHOPS)
    assert [e.admin1 for e in found] == ["Hajjah", "Amran"]


def test_a_movement_named_by_a_protest_word_is_no_protest():
    lead = "اغتال مسلحون مجهولون شابين بإطلاق النار عليهما في مدينة عدن اليوم. "
    found = events(lead + "وأفاد مصدر محلي أن هناك ترجيحات بانتماء القتيلين لصفوف الحراك الجنوبي.")
    assert [e.sub_event_type for e in found] == ["Attack"]
    # the other side: the movement's supporters holding a vigil protest
    found = events(lead + "ونظم أنصار الحراك الجنوبي وقفة احتجاجية في مدينة المكلا للتنديد بالاغتيالات.")
    assert [e.sub_event_type for e in found] == ["Attack", "Peaceful protest"]


_OFFICER_TAKEN = "اختطف مسلحون مجهولون المقدم سالم العبيدي مدير سجن مدينة الزاوية أثناء توجهه إلى عمله. "


def test_a_report_to_the_police_tells_the_abduction_again():
    e = only(_OFFICER_TAKEN + "وقال مصدر أمني، مساء أمس، إن مركز شرطة الزاوية تلقى بلاغاً عن اختفاء المقدم، مؤكداً "
             "أن البحث جار عنه من قبل الأجهزة الأمنية، دون أن تعلن أي جهة مسؤوليتها عن اختطاف العبيدي.", published=None)
    assert actor(e, "actor1") == "Unidentified armed group"
    # the other side: a report of an abduction in another town is another abduction
    found = events(_OFFICER_TAKEN + "وفي مدينة صبراتة، قال مصدر أمني، مساء أمس، إن مركز الشرطة تلقى بلاغاً عن "
                   "اختطاف مسلحين تاجراً من أمام محله في سوق المدينة.", published=None)
    assert [(e.location or {}).get("name_ar") for e in found] == ["الزاوية", "صبراتة"]


def test_two_governorates_of_the_west_bank_are_two_places():
    found = events("اقتحمت قوات الاحتلال مخيم بلاطة شرق نابلس اليوم واعتقلت خمسة شبان. واعتقلت قوات الاحتلال ثلاثة "
                   "شبان آخرين في محافظة جنين.", "2024-04-15")
    assert len(found) == 2
    # the other side: the governorate of the camp told again is the same raid
    found = events("اقتحمت قوات الاحتلال مخيم بلاطة شرق نابلس اليوم واعتقلت خمسة شبان. وكانت قوات الاحتلال قد "
                   "اعتقلت الشبان الخمسة في محافظة نابلس خلال الاقتحام.", "2024-04-15")
    assert len(found) == 1


def test_the_place_of_what_led_to_a_clash_is_not_the_clash_s():
    e = only("شهدت مناطق من العاصمة الليبية طرابلس ليل الاثنين اشتباكات عنيفة بين جهاز الردع واللواء 444، وذلك بعد "
             "احتجاز قائد اللواء خلال توجهه لحضور حفل في مدينة مصراتة.")
    assert e.location["name_ar"] == "طرابلس"
    # the other side: with no place before the cause, the one after it is all the text gives
    e = only("اندلعت اشتباكات عنيفة بين جهاز الردع واللواء 444 ليل الاثنين، وذلك بعد احتجاز قائد اللواء في مدينة مصراتة.")
    assert e.location["name_ar"] == "مصراتة"


def test_bodies_brought_from_quarters_of_the_city_are_the_toll_of_its_clashes():
    lead = "اندلعت اشتباكات بين مجموعتين مسلحتين في العاصمة طرابلس الليلة الماضية. "
    e = only(lead + "ولم يتضح بعد عدد ضحايا الاشتباكات، لكن جهاز الإسعاف قال إنه نقل ثلاث جثث من أحياء الهضبة وعين زارة.")
    assert (e.location["name_ar"], e.fatalities) == ("طرابلس", 3)
    # the other side: a town named without a quarter word is a place of its own
    found = events(lead + "ولم يتضح بعد عدد ضحايا الاشتباكات، لكن جهاز الإسعاف قال إنه نقل ثلاث جثث من بلدة عين زارة.")
    assert [e.location["name_ar"] for e in found] == ["طرابلس", "عين زارة"]


def test_one_death_during_a_raid_on_two_towns_is_one_event():
    found = events("استشهد شاب فلسطيني فجر اليوم خلال عدوان شنه جيش الاحتلال على بلدتي بيتا وحوارة جنوب نابلس.")
    assert [e.fatalities for e in found] == [1]
    # the other side: three dead are split across the towns of the raid
    found = events("استشهد ثلاثة شبان فلسطينيين فجر اليوم خلال عدوان شنه جيش الاحتلال على بلدتي بيتا وحوارة جنوب نابلس.")
    assert sorted(e.fatalities for e in found) == [1, 2]


def test_a_ranking_of_governorates_by_their_dead_is_an_aggregate():
    found = events("وثق المرصد خلال الشهر الماضي مقتل 150 شخصاً في عموم البلاد. وتصدرت محافظة إدلب قائمة المحافظات من "
                   "حيث عدد الضحايا بـ35 قتيلاً معظمهم في عمليات اغتيال، تلتها حلب بـ20 قتيلاً.")
    assert found == []
    # the other side: an assassination told with its day is an event
    found = events("قتل ثلاثة مدنيين في عملية اغتيال نفذها مسلحون مجهولون في مدينة إدلب أمس.")
    assert [e.fatalities for e in found] == [3]


def test_the_town_of_a_council_member_who_speaks_is_not_the_incident_s():
    found = events("قتل شخصان في اشتباكات بين مجموعتين مسلحتين في منطقة الحرشة غرب مدينة الزاوية فجر اليوم. وقال عضو في "
                   "المجلس البلدي للزاوية إن أحد القتيلين سقط برصاصة طائشة داخل منزل عائلته.")
    assert [e.location["name_ar"] for e in found] == ["الحرشة"]
    # the other side: the town the council member says was shelled is a place hit
    found = events("قتل شخصان في اشتباكات بين مجموعتين مسلحتين في مدينة صبراتة فجر اليوم. وقال عضو في المجلس البلدي إن "
                   "قذيفة سقطت على سوق مدينة الزاوية ظهر اليوم.")
    assert [e.location["name_ar"] for e in found] == ["صبراتة", "الزاوية"]


def test_one_of_the_dead_told_again_is_no_new_toll():
    e = only("قتل شخصان في اشتباكات بين مجموعتين مسلحتين في منطقة الحرشة غرب مدينة الزاوية فجر اليوم. وقال عضو في "
             "المجلس البلدي للزاوية إن أحد القتيلين سقط برصاصة طائشة داخل منزل عائلته.")
    assert e.fatalities == 2
    # the other side: one of the passers-by killed elsewhere is a death of its own
    found = events("قتل شخصان في اشتباكات بين مجموعتين مسلحتين في منطقة الحرشة غرب مدينة الزاوية فجر اليوم. وقتل أحد "
                   "المارة برصاص مسلحين مجهولين في مدينة صبراتة ظهر اليوم.")
    assert [e.fatalities for e in found] == [2, 1]


def test_a_section_head_tells_the_incident_of_its_section():
    text = ("قتل عنصران من قوات الأمن في كمين مسلح قرب مدينة بانياس اليوم.\n"
            "اعتقالات في ريف جبلة\n"
            "وفي تطور آخر، أعلنت قوى الأمن أنها اعتقلت يوم السبت خمسة مطلوبين في قرية بستان الباشا بريف جبلة.")
    found = events(text, "2025-03-04")
    assert sorted(e.sub_event_type for e in found) == ["Armed clash", "Arrests"]
    # the other side: a line that ends in a full stop is a sentence of its own, not a section head
    found = events(text.replace("اعتقالات في ريف جبلة\n", "واعتقلت دورية أخرى اليوم ثلاثة مطلوبين في مدينة جبلة.\n"),
                   "2025-03-04")
    assert sorted(e.sub_event_type for e in found) == ["Armed clash", "Arrests", "Arrests"]


def test_a_headline_toll_shared_by_its_places_yields_to_each_place_s_own():
    found = events("36 قتيلا في قصف على بلدة جباليا ومخيم دير البلح\n"
                   "قتل 24 فلسطينيا اليوم إثر قصف طائرات الاحتلال منزلا في بلدة جباليا شمالي قطاع غزة.\n"
                   "كما استهدفت طائرات الاحتلال منزلا في مخيم دير البلح وسط القطاع، ما أدى لمقتل 12 فلسطينيا.",
                   "2024-11-23")
    assert sorted((e.location["name_ar"], e.fatalities) for e in found) == [("جباليا", 24), ("دير البلح", 12)]
    # the other side: a headline of one place and one toll is the lower count of the same attack
    e = only("20 قتيلا في قصف على بلدة جباليا\nقتل 24 فلسطينيا اليوم إثر قصف طائرات الاحتلال منزلا في بلدة "
             "جباليا شمالي قطاع غزة.", "2024-11-23")
    assert e.fatalities == 20
