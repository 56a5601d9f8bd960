"""Which side started it and who was hit, on patterns of real reports (issue 8): both sides of each rule.

Every sentence here was written for this file; none comes from a published article.
"""
from __future__ import annotations

from real_news import actor, events, only


def test_the_author_of_an_attack_that_was_repelled_is_actor1():
    e = only("تصدّت قوات الجيش السوداني صباح اليوم لهجوم من قوات الدعم السريع على مدينة الفاشر.")
    assert actor(e, "actor1") == "RSF" and actor(e, "actor2") == "Sudanese Armed Forces"
    # the other side: the same words with the sides swapped
    e = only("تصدّت قوات الدعم السريع صباح اليوم لهجوم من الجيش السوداني على مدينة الفاشر.")
    assert actor(e, "actor1") == "Sudanese Armed Forces" and actor(e, "actor2") == "RSF"
    # and «من» after a count of the dead still marks the side hit
    e = only("قُتل خمسة من قوات الدعم السريع صباح اليوم في هجوم للجيش السوداني على مدينة الفاشر.")
    assert actor(e, "actor1") == "Sudanese Armed Forces" and actor(e, "actor2") == "RSF"


def test_fighters_from_the_tribes_are_tribal_fighters():
    e = only("اندلعت اشتباكات عنيفة مساء اليوم بين مقاتلين من العشائر وقوات سوريا الديمقراطية في بلدة الشحيل "
             "بريف دير الزور.")
    assert actor(e, "actor1") == "Local tribal fighters" and actor(e, "actor2") == "SDF"


def test_the_side_that_brings_a_drone_down_is_actor1_and_its_owner_actor2():
    e = only("أسقطت الدفاعات الجوية لقوات الدعم السريع صباح اليوم طائرة مسيّرة تابعة للجيش السوداني فوق مدينة "
             "نيالا.")
    assert e.sub_event_type == "Disrupted weapons use"
    assert actor(e, "actor1") == "RSF" and actor(e, "actor2") == "Sudanese Armed Forces"
    e = only("أسقط الجيش السوداني صباح اليوم طائرة مسيّرة أطلقتها قوات الدعم السريع باتجاه مدينة عطبرة.")
    assert e.sub_event_type == "Disrupted weapons use"
    assert actor(e, "actor1") == "Sudanese Armed Forces" and actor(e, "actor2") == "RSF"
    e = only("أسقطت قوات الدعم السريع مساء اليوم مسيّرة تركية الصنع تابعة لميليشيا البرهان فوق مدينة نيالا.")
    assert actor(e, "actor1") == "RSF" and actor(e, "actor2") == "Sudanese Armed Forces"
    # the other side: a drone that strikes is the attacker's weapon
    e = only("قصفت طائرة مسيّرة تابعة للجيش السوداني صباح اليوم مواقع لقوات الدعم السريع في مدينة نيالا.")
    assert e.sub_event_type == "Air/drone strike"
    assert actor(e, "actor1") == "Sudanese Armed Forces" and actor(e, "actor2") == "RSF"


def test_a_drone_intercepted_with_no_owner_named_is_an_unidentified_groups():
    e = only("اعترضت الدفاعات الجوية للتحالف الدولي طائرة مسيّرة حاولت الاقتراب من مطار أربيل فجر اليوم، وفق ما "
             "أعلنه جهاز مكافحة الإرهاب.")
    assert e.sub_event_type == "Disrupted weapons use"
    assert actor(e, "actor1") == "US military / International Coalition"
    assert actor(e, "actor2") == "Unidentified armed group"


def test_shelling_by_aircraft_is_an_air_strike():
    e = only("قصف طيران الجيش السوداني سوق مدينة نيالا صباح اليوم، ما أسفر عن مقتل تسعة مدنيين.")
    assert e.sub_event_type == "Air/drone strike" and actor(e, "actor1") == "Sudanese Armed Forces"
    # the other side: shelling by a ground force stays shelling
    e = only("قصفت قوات الدعم السريع سوق مدينة الفاشر صباح اليوم، ما أسفر عن مقتل تسعة مدنيين.")
    assert e.sub_event_type == "Shelling/artillery/missile attack"


def test_a_new_incident_told_next_does_not_date_the_lead():
    text = ("أسقطت قوات الدعم السريع مسيّرة تابعة للجيش السوداني فوق مدينة نيالا.\n"
            "وفي جريمة جديدة، قصف طيران الجيش السوداني سوق مدينة نيالا صباح اليوم، ما أسفر عن مقتل تسعة مدنيين.")
    first, second = events(text, None)
    assert first.sub_event_type == "Disrupted weapons use" and first.date_text is None
    assert second.date_text == "صباح اليوم"
    # the other side: a sentence that goes on with the same report dates the lead
    text = ("أسقطت قوات الدعم السريع مسيّرة تابعة للجيش السوداني فوق مدينة نيالا.\n"
            "وقصف طيران الجيش السوداني سوق مدينة نيالا صباح اليوم، ما أسفر عن مقتل تسعة مدنيين.")
    assert events(text, None)[0].date_text == "صباح اليوم"


def test_the_leaders_a_gunman_kills_belong_to_the_side_hit():
    e = only("اغتال مسلحون يستقلون سيارة مساء اليوم أحد قيادات المرتزقة في مديرية الشيخ عثمان بمحافظة عدن.")
    assert actor(e, "actor1") == "Unidentified armed group" and actor(e, "actor2") == "Yemeni government forces"
    # the other side: gunmen «من قيادات» a group are that group's own
    e = only("شنّ مسلحون من قيادات تنظيم القاعدة مساء اليوم هجوماً على حاجز في مديرية الشيخ عثمان بمحافظة عدن.")
    assert actor(e, "actor1") == "AQAP"


def test_an_assassination_told_as_earlier_the_same_day_is_its_own_incident():
    text = ("اغتال مسلحان على دراجة نارية ضابطاً في الجيش اليمني بمديرية الشيخ عثمان في عدن اليوم.\n"
            "وفي وقت سابق اليوم، اغتال مجهولون مسؤولاً في الجيش اليمني بحي كريتر في مدينة عدن.")
    assert len(events(text)) == 2


def test_one_after_a_noun_describes_it_and_counts_no_victim():
    e = only("5 شهداء من عائلة واحدة مساء اليوم في قصف إسرائيلي على مدينة خان يونس.")
    assert e.fatalities == 5
    assert only("قُتل شخص واحد مساء اليوم في قصف إسرائيلي على مدينة خان يونس.").fatalities == 1
    # the other side: «واحد» after a word of killing is the count of the dead
    e = only("أسفر القصف عن مقتل واحد وإصابة ثلاثة مساء اليوم في مدينة خان يونس.")
    assert e.fatalities == 1 and e.wounded == 3


def test_one_of_the_police_killed_is_the_side_hit():
    e = only("قُتل واحد من عناصر الشرطة مساء اليوم في هجوم على حاجز في مدينة خان يونس.")
    assert actor(e, "actor1") == "Unidentified armed group"
    assert actor(e, "actor2") == "Palestinian Authority security forces"


def test_the_group_that_mourns_the_dead_of_a_strike_is_actor2():
    e = only("استشهد شابان مساء اليوم في غارة نفذتها مسيّرة إسرائيلية على سيارة عند مدخل بلدة قباطية جنوب جنين، "
             "ونعتهما سرايا القدس بوصفهما من مقاتليها.")
    assert actor(e, "actor1") == "Israeli military" and actor(e, "actor2") == "Palestinian Islamic Jihad"
    # the other side: with no group named for them, the dead stay civilians
    e = only("استشهد شابان مساء اليوم في غارة نفذتها مسيّرة إسرائيلية على سيارة عند مدخل بلدة قباطية جنوب جنين.")
    assert actor(e, "actor2") == "Civilians"


def test_a_claim_about_the_target_names_the_victims_side():
    text = ("قُتل رجل مساء اليوم بغارة نفذتها مسيّرة إسرائيلية على دراجة نارية في بلدة ميس الجبل جنوب لبنان. "
            "وقال الجيش الإسرائيلي إن الغارة استهدفت «عنصراً في حزب الله».")
    e = only(text)
    assert actor(e, "actor1") == "Israeli military" and actor(e, "actor2") == "Hezbollah"
    # the other side: a group named only as the one that condemned the strike is no victim's side
    text = ("قُتل رجل مساء اليوم بغارة نفذتها مسيّرة إسرائيلية على دراجة نارية في بلدة ميس الجبل جنوب لبنان. "
            "ودان حزب الله الغارة في بيان.")
    assert actor(only(text), "actor2") != "Hezbollah"


def test_the_side_named_last_that_began_the_fighting_is_actor1():
    e = only("دارت اشتباكات عنيفة فجر اليوم بين عناصر من هيئة تحرير الشام وقوات النظام قرب بلدة كنصفرة إثر محاولة "
             "تسلل نفذتها الأخيرة.")
    assert actor(e, "actor1") == "Assad regime forces" and actor(e, "actor2") == "HTS"
    # the other side: without it, the order of mention stands
    e = only("دارت اشتباكات عنيفة فجر اليوم بين عناصر من هيئة تحرير الشام وقوات النظام قرب بلدة كنصفرة.")
    assert actor(e, "actor1") == "HTS" and actor(e, "actor2") == "Assad regime forces"


def test_security_men_killed_are_the_state_forces_hit():
    e = only("مقتل ثلاثة عناصر أمن سوريين في كمين نصبه تنظيم الدولة الإسلامية قرب مدينة الميادين مساء اليوم.",
             "2025-08-10")
    assert actor(e, "actor1") == "Islamic State" and actor(e, "actor2") == "Syrian government forces"
    # the other side: four men with no force named are no state force
    e = only("مقتل ثلاثة رجال في كمين نصبه تنظيم الدولة الإسلامية قرب مدينة الميادين مساء اليوم.", "2025-08-10")
    assert actor(e, "actor2") != "Syrian government forces"


def test_a_patrol_fired_towards_is_the_side_hit():
    e = only("قُتل عنصرا أمن ليل أمس إثر إطلاق نار صوب دورية للشرطة على مدخل مدينة بانياس.", "2025-08-10")
    assert actor(e, "actor1") == "Unidentified armed group" and actor(e, "actor2") == "Syrian government forces"
    # the other side: a patrol whose bullets kill is the shooter
    e = only("قُتل مسلح ليل أمس برصاص دورية للشرطة على مدخل مدينة بانياس.", "2025-08-10")
    assert actor(e, "actor1") == "Syrian government forces"


def test_what_a_raiding_force_is_made_of_is_no_other_side():
    found = events("شنّت مجموعة من قوات الدعم السريع، تتكوّن من مرتزقة أجانب، هجوماً مساء اليوم على قرى في ولاية "
                   "الجزيرة، منها ود الحداد والعزازي.")
    assert len(found) == 2
    assert all(e.sub_event_type == "Attack" and actor(e, "actor1") == "RSF" and actor(e, "actor2") == "Civilians"
               for e in found)
    # the other side: an armed side attacked stays a battle
    e = events("شنّت قوة من قوات الدعم السريع هجوماً عنيفاً مساء اليوم على مواقع الجيش السوداني شرق مدينة ود "
               "مدني بولاية الجزيرة.")[0]
    assert e.sub_event_type == "Armed clash" and actor(e, "actor2") == "Sudanese Armed Forces"


def test_a_name_whose_readings_all_belong_to_other_countries_is_no_actor_here():
    e = events("شنّت قوات الدعم السريع هجوماً مساء اليوم على مواقع المرتزقة شرق مدينة ود مدني بولاية الجزيرة.")[0]
    assert actor(e, "actor1") == "RSF" and actor(e, "actor2") is None
    # the other side: in Yemen the same word is the government's forces
    e = events("شنّت جماعة الحوثي هجوماً مساء اليوم على مواقع المرتزقة في مديرية صرواح بمحافظة مأرب.")[0]
    assert actor(e, "actor2") == "Yemeni government forces"


def test_a_toll_told_after_a_list_of_villages_is_split_among_them():
    text = ("هاجمت قوات الدعم السريع مساء اليوم قرى ود الحداد والعزازي والشرفة بولاية الجزيرة.\n"
            "وقُتل في الهجوم أربعة من السكان.")
    found = events(text)
    assert len(found) == 3 and [e.fatalities for e in found] == [2, 1, 1]
    # the other side: one village hit keeps the whole toll
    text = "هاجمت قوات الدعم السريع مساء اليوم قرية ود الحداد بولاية الجزيرة.\nوقُتل في الهجوم أربعة من السكان."
    assert [e.fatalities for e in events(text)] == [4]


def test_the_attackers_counted_among_the_dead_stay_the_attackers():
    e = only("هاجم مسلحون من حركة الشباب فجر اليوم قاعدة عسكرية قرب مدينة جوهر، ما أدى إلى مقتل خمسة جنود و2 من "
             "المهاجمين.")
    assert actor(e, "actor1") == "Al-Shabaab" and actor(e, "actor2") == "Somali government forces"
    assert e.fatalities == 7
    # the other side: without the attackers' dead, the same sides
    e = only("هاجم مسلحون من حركة الشباب فجر اليوم قاعدة عسكرية قرب مدينة جوهر، ما أدى إلى مقتل خمسة جنود.")
    assert actor(e, "actor1") == "Al-Shabaab" and e.fatalities == 5


def test_a_source_speaking_from_a_town_adds_the_attackers_dead_to_the_event_before():
    text = ("أفشلت قوات الجيش الوطني فجر اليوم هجوماً شنّته جماعة الحوثي على مواقعها في منطقة الكدحة بمديرية "
            "المعافر غربي تعز. وقال مصدر عسكري في مدينة تعز إن قوات الجيش قتلت خمسة من المهاجمين.")
    e = only(text)
    assert e.fatalities == 5 and actor(e, "actor1") == "Houthis"
    # the other side: without the source's words the toll is unknown
    e = only("أفشلت قوات الجيش الوطني فجر اليوم هجوماً شنّته جماعة الحوثي على مواقعها في منطقة الكدحة بمديرية "
             "المعافر غربي تعز.")
    assert e.fatalities is None


def test_an_incident_told_as_the_same_day_is_another_one():
    text = ("استهدفت طائرة مسيّرة تابعة لقوات الدعم السريع فجر اليوم مدرسة تؤوي نازحين في مدينة الفاشر، ما أسفر "
            "عن مقتل 21 شخصاً.\nوفي اليوم ذاته، سقطت قذائف مدفعية أطلقتها قوات الدعم السريع على مدينة الفاشر، ما "
            "أدى إلى مقتل ثلاثة مدنيين.")
    found = events(text)
    assert sorted(e.fatalities for e in found) == [3, 21]
    # the other side: a sentence that goes on with the same strike adds no event
    text = ("استهدفت طائرة مسيّرة تابعة لقوات الدعم السريع فجر اليوم مدرسة تؤوي نازحين في مدينة الفاشر، ما أسفر "
            "عن مقتل 21 شخصاً.\nوقالت مصادر طبية إن القصف أدى إلى مقتل 21 شخصاً.")
    assert [e.fatalities for e in events(text)] == [21]


def test_protesters_shot_dead_by_an_armed_group_are_excessive_force():
    e = only("سقط خمسة قتلى مساء اليوم برصاص عناصر من داعش فتحوا النار على تظاهرة في مدينة سرت.")
    assert e.sub_event_type == "Excessive force against protesters" and e.fatalities == 5
    # the other side: a protest nobody fired on stays peaceful
    e = only("خرجت تظاهرة في مدينة سرت مساء اليوم احتجاجاً على انقطاع الكهرباء.")
    assert e.sub_event_type == "Peaceful protest"


def test_an_officer_abducted_is_the_states_forces_hit():
    e = only("اختطف مسلحون مجهولون مساء اليوم المقدم قائد سجن مدينة سبها أثناء توجهه إلى عمله.")
    assert e.sub_event_type == "Abduction/forced disappearance"
    assert actor(e, "actor1") == "Unidentified armed group" and actor(e, "actor2") == "GNU forces (Libya)"
    # the other side: a trader abducted is a civilian
    e = only("اختطف مسلحون مجهولون مساء اليوم تاجراً في مدينة سبها أثناء توجهه إلى عمله.")
    assert actor(e, "actor2") == "Civilians"


def test_fighting_between_the_two_sides_takes_the_sides_told_before():
    text = ("هاجم مقاتلو جماعة الحوثي فجر اليوم مواقع للقوات الحكومية في مديرية صرواح بمحافظة مأرب. "
            "وكانت معارك عنيفة اندلعت مساء أمس في جبهة رغوان بمحافظة مأرب بين الطرفين.")
    first, second = events(text)
    assert (actor(second, "actor1"), actor(second, "actor2")) == ("Houthis", "Yemeni government forces")
    # the other side: alone, the fighting has no named side
    e = only("اندلعت معارك عنيفة مساء أمس في جبهة رغوان بمحافظة مأرب بين الطرفين.")
    assert actor(e, "actor1") == "Unidentified armed group"


def test_fighting_that_spreads_keeps_both_sides():
    text = ("اندلعت اشتباكات عنيفة مساء اليوم بين مقاتلي العشائر وقوات سوريا الديمقراطية في بلدة الشحيل بريف دير "
            "الزور. وامتدت المواجهات إلى بلدة ذيبان المجاورة.")
    found = events(text)
    assert [(actor(e, "actor1"), actor(e, "actor2")) for e in found] == [("Local tribal fighters", "SDF")] * 2
    # the other side: new fighting with its own sides keeps them
    text = ("اندلعت اشتباكات عنيفة مساء اليوم بين مقاتلي العشائر وقوات سوريا الديمقراطية في بلدة الشحيل بريف دير "
            "الزور. وفي مدينة الرقة، اندلعت الاشتباكات بين قوات سوريا الديمقراطية وخلايا داعش.")
    assert (actor(events(text)[1], "actor1"), actor(events(text)[1], "actor2")) == ("SDF", "Islamic State")


def test_members_named_after_between_are_a_side_of_the_fighting():
    text = ("أعلن اللواء الثامن حل نفسه اليوم. وكانت اشتباكات قد اندلعت مساء الجمعة في مدينة بصرى الشام بين "
            "عناصر من اللواء وقوات الأمن العام.")
    e = events(text, "2025-05-10")[-1]
    assert actor(e, "actor1") == "Eighth Brigade" and actor(e, "actor2") == "Syrian government forces"
    # the other side: members counted among the dead are the side hit
    e = only("قُتل ثلاثة عناصر من قوات الأمن العام مساء اليوم بهجوم لمسلحين في مدينة بصرى الشام.", "2025-05-10")
    assert actor(e, "actor2") == "Syrian government forces"


def test_a_clash_in_which_both_sides_lost_men_keeps_both_sides():
    e = only("اندلعت اشتباكات عنيفة فجر اليوم بين مقاتلين من العشائر وقوات سوريا الديمقراطية في بلدة الطيانة شرقي "
             "دير الزور، وأسفرت عن مقتل ثلاثة من مقاتلي العشائر وعنصرين من قسد.", "2024-08-13")
    assert actor(e, "actor1") == "Local tribal fighters" and actor(e, "actor2") == "SDF" and e.fatalities == 5
    # the other side: when only one side lost men, the other is still named first
    e = only("اندلعت اشتباكات عنيفة فجر اليوم بين مقاتلين من العشائر وقوات سوريا الديمقراطية في بلدة الطيانة شرقي "
             "دير الزور، وأسفرت عن مقتل عنصرين من قسد.", "2024-08-13")
    assert actor(e, "actor1") == "Local tribal fighters" and actor(e, "actor2") == "SDF"
