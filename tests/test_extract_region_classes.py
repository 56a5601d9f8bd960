"""Error classes of the regional real-news set (issue 8, recall and spurious events), both sides of each rule.

Every sentence here was written for this file; none comes from a published article.
"""
from __future__ import annotations

from real_news import actor, events


# «بعد يومين من سيطرة الجيش على بلدتي A وB»: the noun of control told with what was taken is a change of control
def test_control_told_as_a_noun_is_a_territory_event_per_area():
    found = events("الخرطوم - ويأتي ذلك بعد يومين من سيطرة الجيش السوداني على بلدتي الكريمت وأبو حبيرة في جنوب "
                   "كردفان إثر اشتباكات مع قوات الدعم السريع.", published="2025-03-10")
    assert [(e.sub_event_type, e.location["name_ar"], e.date) for e in found] == [
        ("Government regains territory", "الكريمت", "2025-03-08"),
        ("Government regains territory", "أبو حبيرة", "2025-03-08")]
    assert {actor(e, "actor1") for e in found} == {"Sudanese Armed Forces"}
    # the other side: areas under a side's control tell where things are, not a change of control
    found = events("الخرطوم - قصفت قوات الدعم السريع مدينة الأبيض يوم الأحد، وهي من مناطق سيطرة الجيش السوداني "
                   "على الطريق القومي.", published="2025-03-10")
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]
    found = events("الخرطوم - فرّ مئات المدنيين من بلدة الكريمت بعد خروجها من سيطرة الجيش السوداني يوم السبت.",
                   published="2025-03-10")
    assert "Government regains territory" not in [e.sub_event_type for e in found]


# two changes of control by two sides in one state are two events, even when one place is a whole locality
def test_two_sides_taking_two_places_are_two_territory_events():
    found = events("الخرطوم - أعلن الجيش السوداني، الأحد، أنه سيطر على بلدة الرهد بولاية شمال كردفان بعد معارك مع "
                   "قوات الدعم السريع. وفي المقابل، أكدت قوات الدعم السريع في بيان لها أنها سيطرت على محلية أم روابة "
                   "بولاية شمال كردفان.", published="2025-03-10")
    assert [(e.sub_event_type, actor(e, "actor1")) for e in found] == [
        ("Government regains territory", "Sudanese Armed Forces"), ("Non-state actor overtakes territory", "RSF")]
    # the other side: one side's change of control told twice stays one event
    found = events("الخرطوم - أعلن الجيش السوداني، الأحد، أنه سيطر على محلية أم روابة بولاية شمال كردفان بعد معارك "
                   "مع قوات الدعم السريع. وقال مصدر عسكري إن قوات الجيش سيطرت على المحلية بالكامل.",
                   published="2025-03-10")
    assert [e.sub_event_type for e in found] == ["Government regains territory"]


_LATER_TAKING = ("الخرطوم - قصفت مسيرات الجيش السوداني، اليوم الاثنين، تجمعات لقوات الدعم السريع في مدينة بارا بولاية "
                 "شمال كردفان.\n\nوقال شهود إن الأسواق أغلقت أبوابها في المدينة.\n\nوأكد مصدر أن الوضع الإنساني يزداد "
                 "سوءاً في الولاية.\n\nوكان مصدر عسكري أعلن أمس الأحد انسحاب الجيش من {place} في شمال كردفان.\n\n"
                 "من جهتها، أعلنت قوات الدعم السريع في بيان أنها سيطرت على بلدة الرهد بعد معركة مع الجيش.")


# an undated telling takes the one date of the sentence just before when that one, telling no event, names its place
def test_an_undated_telling_takes_the_date_of_the_sentence_before_on_its_place():
    taken = events(_LATER_TAKING.format(place="بلدة الرهد"), published="2025-03-10")[-1]
    assert (taken.sub_event_type, taken.date) == ("Non-state actor overtakes territory", "2025-03-09")
    # the other side: the sentence before dates another town, not this one
    taken = events(_LATER_TAKING.format(place="مدينة أم روابة"), published="2025-03-10")[-1]
    assert (taken.sub_event_type, taken.date) == ("Non-state actor overtakes territory", None)


# with no publication date, «اليوم الأحد» cannot be resolved, but it still tells the day: precision 1
def test_a_later_tellings_unresolved_day_still_gives_the_day_precision():
    text = ("قتل شخصان بانفجار عبوة ناسفة في مدينة كركوك.\n\nوتشهد المدينة توتراً أمنياً منذ أشهر.\n\n"
            "وتتنازع القوى السياسية على إدارة المحافظة.\n\nويطالب السكان بتعزيز الإجراءات الأمنية.\n\n"
            "وقال مصدر أمني إن العبوة انفجرت، {day}وسط مدينة كركوك.")
    [e] = events(text.format(day="اليوم الأحد، "), published=None)
    assert (e.date, e.date_text, e.time_precision) == (None, "اليوم الأحد", 1)
    # the other side: a later telling that names no day leaves it untold
    [e] = events(text.format(day=""), published=None)
    assert (e.date, e.time_precision) == (None, None)


# what a side failed to do, or is only trying to do, names no act
def test_a_failed_or_tried_act_is_no_event():
    found = events("داهمت قوة أمنية منزلاً في حي الجهاد ببغداد فجر اليوم، دون أن تتمكن من اعتقال المطلوبين.")
    assert [e.sub_event_type for e in found] == []
    found = events("وقال المصدر إن عناصر التنظيم يحاولون التسلل إلى قرية البوعيثة في قضاء الطارمية.")
    assert [e.sub_event_type for e in found] == []
    # the other side: an arrest made, and an attempt told in the past with the fight it led to, are events
    found = events("داهمت قوة أمنية منزلاً في حي الجهاد ببغداد فجر اليوم، وتمكنت من اعتقال المطلوبين.")
    assert [e.sub_event_type for e in found] == ["Arrests"]
    found = events("حاولت خلايا التنظيم فجر اليوم التسلل إلى قرية في قضاء الطارمية فاشتبكت معها القوات الأمنية.")
    assert [e.sub_event_type for e in found] == ["Armed clash"]


# «رئيس بلدية الحراك»: a protest word right after a word of a settlement is the settlement's name
def test_a_protest_word_that_names_a_town_is_no_protest():
    found = events("اغتال مسلحون مجهولون رئيس بلدية الحراك في ريف درعا الشرقي مساء أمس، ولاذوا بالفرار.")
    assert [(e.sub_event_type, e.location["name_ar"]) for e in found] == [("Attack", "الحراك")]
    # the other side: the same word naming a movement is still read
    found = events("نظم ناشطو الحراك الشعبي وقفة احتجاجية في مدينة السويداء اليوم.")
    assert [e.sub_event_type for e in found] == ["Peaceful protest"]


# hundreds of strikes since a ceasefire are a tally, not an event
def test_strikes_counted_since_a_ceasefire_are_an_aggregate():
    found = events("وقال المسؤول إن الاحتلال نفذ منذ وقف إطلاق النار مئات الغارات على جنوب لبنان.")
    assert found == []
    # the other side: one strike told with the ceasefire it breaks is an event
    found = events("شنت طائرة مسيرة إسرائيلية غارة على بلدة عيترون جنوبي لبنان اليوم رغم وقف إطلاق النار.")
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]


# «وقتلوا مدنياً، واختطفوا اثنين آخرين»: the figure after a verb of taking away counts the taken
def test_people_taken_away_are_not_counted_among_the_dead():
    [e] = events("هاجم مسلحون من تنظيم داعش قرية البوحسن في قضاء المقدادية، وقتلوا مدنياً، واختطفوا اثنين آخرين.")
    assert e.fatalities == 1
    # the other side: the dead counted after the taken are still the dead
    [e] = events("هاجم مسلحون من تنظيم داعش قرية البوحسن في قضاء المقدادية، واختطفوا اثنين وقتلوا ثلاثة مدنيين.")
    assert e.fatalities == 3


# «أعلن المصدر أن "مسلحين هاجموا القرية وقتلوا مدنياً"»: a quote opened by «أن» is the source's account of the event
def test_a_quote_after_that_tells_the_event_and_its_speaker_is_no_side():
    [e] = events('أعلن مصدر في شرطة ديالى عن أن "مسلحين من تنظيم داعش هاجموا قرية البوحسن في قضاء المقدادية مساء '
                 'أمس، وقتلوا مدنياً".', published="2025-03-10")
    assert (e.sub_event_type, e.location["name_ar"], actor(e, "actor1"), e.fatalities, e.date) == (
        "Attack", "البوحسن", "Islamic State", 1, "2025-03-09")
    [e] = events('وقالت وزارة الداخلية إن "مجموعة خارجة عن القانون استهدفت حاجزاً أمنياً في مدينة جبلة مساء أمس، ما '
                 'أسفر عن مقتل عنصرين".', published="2025-03-10")
    assert actor(e, "actor1") == "Unidentified armed group" and e.fatalities == 2
    # the other side: a quote that is a speech, not opened by «أن», stays speech
    found = events('وقال المسؤول في كلمة أمام أنصاره: "هاجم الإرهابيون قرانا في قضاء المقدادية وقتلوا أبناءنا طوال '
                   'سنوات".', published="2025-03-10")
    assert found == []


# «أفاد مصدر، يوم الاثنين، بمقتل جنديين»: the day right after the verb of saying is the day it was told
def test_the_day_a_source_spoke_gives_way_to_the_day_its_account_names():
    lead = ("أفاد مصدر أمني في محافظة كركوك، يوم الاثنين، بمقتل جنديين إثر هجوم شنه مسلحو داعش على نقطة للجيش في "
            "قضاء الحويجة.")
    found = events(lead + ' وقال المصدر إن "مسلحين من داعش هاجموا، ليل الأحد، نقطة مراقبة للجيش في الحويجة، ما أسفر '
                   'عن مقتل جنديين".', published="2025-03-10")
    assert [(e.sub_event_type, e.date, e.fatalities) for e in found] == [("Armed clash", "2025-03-09", 2)]
    # the other side: told alone, the lead keeps the report's day
    found = events(lead, published="2025-03-10")
    assert [(e.sub_event_type, e.date) for e in found] == [("Armed clash", "2025-03-10")]


# a later paragraph's account naming the attackers vaguely («مجموعة خارجة عن القانون») tells the same attack
def test_a_later_account_with_unnamed_attackers_is_the_same_attack():
    lead = ("هاجم مسلحون من فلول النظام البائد، مساء أمس، حاجزاً لقوى الأمن العام عند مدخل مدينة جبلة، ما أدى إلى "
            "مقتل عنصرين من الحاجز.\n\n")
    found = events(lead + 'وقالت وزارة الداخلية إن "مجموعة خارجة عن القانون استهدفت حاجزاً أمنياً في جبلة مساء أمس، '
                   'ما أسفر عن مقتل عنصرين".', published="2025-08-13")
    assert [(e.location["name_ar"], actor(e, "actor1")) for e in found] == [("جبلة", "Assad loyalist militia")]
    # the other side: the account of another day is another attack
    found = events(lead + 'وقالت وزارة الداخلية إن "مجموعة خارجة عن القانون استهدفت حاجزاً أمنياً في جبلة مساء '
                   'الأحد الماضي، ما أسفر عن مقتل عنصرين".', published="2025-08-13")
    assert len(found) == 2


# ACLED: in Syria only the regime's helicopters dropped barrel bombs; an unclaimed barrel-bomb raid is theirs
def test_unclaimed_barrel_bombs_in_syria_were_dropped_by_the_regime():
    [e] = events("قُتل أربعة مدنيين اليوم في قصف بالبراميل المتفجرة على أحياء مدينة الرستن شمال حمص.",
                 published="2016-05-10")
    assert (e.sub_event_type, actor(e, "actor1")) == ("Air/drone strike", "Assad regime forces")
    # the other side: an unclaimed air raid with no barrel bomb stays unattributed, and so do barrels after the fall
    [e] = events("قُتل أربعة مدنيين اليوم في غارة جوية على أحياء مدينة الرستن شمال حمص.", published="2016-05-10")
    assert actor(e, "actor1") == "Unidentified armed group"
    [e] = events("قُتل أربعة مدنيين اليوم في قصف بالبراميل المتفجرة على أحياء مدينة الرستن شمال حمص.",
                 published="2025-05-10")
    assert actor(e, "actor1") == "Unidentified armed group"


# «… من اشتباكات حي A إضافة إلى اشتباكات أخرى قرب منطقة B»: «أخرى» parts a second fight with no comma before it
def test_another_fight_joined_by_besides_is_a_second_event():
    found = events("قال مسعف في بنغازي اليوم إن قسم الطوارئ تلقى ثلاثة قتلى و20 جريحاً من اشتباكات حي الرجمة إضافة "
                   "إلى اشتباكات أخرى قرب منطقة القوارشة غرب مدينة بنغازي.", published="2014-12-22")
    assert [(e.location["name_ar"], e.fatalities) for e in found] == [("الرجمة", 3), ("القوارشة", None)]
    # the other side: another wounded man added to the dead is the same fight's toll
    found = events("قال مسعف في بنغازي اليوم إن قسم الطوارئ تلقى ثلاثة قتلى إضافة إلى جريح آخر أصيب في اشتباكات "
                   "حي الرجمة غرب مدينة بنغازي.", published="2014-12-22")
    assert [(e.location["name_ar"], e.fatalities) for e in found] == [("الرجمة", 3)]


# «موكباً يضم محافظي A وB»: places named as a person's office are titles, not a list of places hit
def test_places_named_as_offices_are_no_list_of_targets():
    found = events("استهدف هجوم بسيارة مفخخة صباح اليوم موكباً يضم محافظي صنعاء وذمار، ما أدى إلى مقتل اثنين من "
                   "المرافقين.", published="2016-01-20")
    assert [(e.location["name_ar"], e.fatalities) for e in found] == [("صنعاء", 2)]
    # the other side: two blasts told in two towns are two events
    found = events("انفجرت سيارة مفخخة صباح اليوم في مدينة صنعاء، وانفجرت سيارة مفخخة أخرى في مدينة ذمار.",
                   published="2016-01-20")
    assert [e.location["name_ar"] for e in found] == ["صنعاء", "ذمار"]


# «سيارة قائد معسكر X»: the camp a victim commands names his post, not the place he was shot
def test_the_camp_a_victim_commands_is_not_the_place_of_the_attack():
    found = events("اغتال مسلحان مجهولان صباح اليوم ضابطاً في حي المعلا بمدينة عدن.\n\nوقال شهود إن المسلحين أطلقا "
                   "النار على سيارة قائد معسكر لودر أثناء توجهه إلى عمله، ما أدى إلى مقتله.", published="2016-05-07")
    assert [(e.location["name_ar"], e.fatalities) for e in found] == [("المعلا", 1)]
    # the other side: a camp attacked is the place of the attack
    found = events("هاجم مسلحون مجهولون صباح اليوم معسكر العند شمالي عدن، ما أدى إلى مقتل جنديين.",
                   published="2016-05-07")
    assert [e.location["name_ar"] for e in found] == ["العند"]


# «قتل برصاص رجلين يركبان دراجة»: people named right after the fire are the unnamed gunmen, not victims
def test_persons_named_after_the_fire_are_the_gunmen():
    [e] = events("وكان مدير سجن مدينة الشحر قد قتل مساء الخميس برصاص رجلين يركبان دراجة نارية قرب سوق السمك.",
                 published="2016-05-07")
    assert (e.sub_event_type, actor(e, "actor1"), actor(e, "actor2")) == (
        "Armed clash", "Unidentified armed group", "Yemeni government forces")
    # the other side: two persons killed by gunmen are the civilians hit
    [e] = events("قتل شخصان مساء الخميس برصاص مسلحين قرب سوق مدينة الشحر.", published="2016-05-07")
    assert (e.sub_event_type, actor(e, "actor2"), e.fatalities) == ("Attack", "Civilians", 2)
