"""Who was hit, and how many died (issue 8, actor2 and fatalities): both sides of each rule.

Every sentence here was written for this file; none comes from a published article.
"""
from __future__ import annotations

from real_news import actor, events, only


def test_fused_lam_before_a_name_written_with_and_without_the_article():
    # «حوثيين» and «الحوثيين» are both names: «للحوثيين» is ل + «الحوثيين»
    e = only("شنّت طائرات التحالف العربي صباح اليوم غارات على مدينة مأرب استهدفت تجمعات للحوثيين.")
    assert actor(e, "actor1") == "Saudi-led coalition" and actor(e, "actor2") == "Houthis"
    # the other side: a word that only ends like a name is not one
    e = only("شنّت طائرات التحالف العربي صباح اليوم غارات على مدينة مأرب استهدفت تجمعات للمسلحين.")
    assert actor(e, "actor2") != "Houthis"


def test_a_count_of_the_dead_from_the_only_side_named_is_the_side_hit():
    e = only("قتيلان وثلاثة جرحى من قوات الدعم السريع بانفجار عبوة ناسفة في مدينة نيالا صباح اليوم.")
    assert actor(e, "actor1") == "Unidentified armed group" and actor(e, "actor2") == "RSF"
    # the other side: with both sides of a clash named, a toll of one says nothing of who began
    e = only("اندلعت اشتباكات صباح اليوم بين الجيش السوداني وقوات الدعم السريع في مدينة نيالا، أسفرت عن قتيلين "
             "من قوات الدعم السريع.")
    assert actor(e, "actor1") == "Sudanese Armed Forces" and actor(e, "actor2") == "RSF"


def test_an_actor_inside_a_bracketed_aside_is_no_side():
    e = only("شنّت طائرات التحالف العربي صباح اليوم غارات على مديرية الصفراء بمحافظة صعدة (معقل زعيم جماعة "
             "الحوثيين).")
    assert actor(e, "actor1") == "Saudi-led coalition" and actor(e, "actor2") != "Houthis"
    # the other side: a name alone in brackets is the same actor named again
    e = only("شنّت طائرات التحالف العربي صباح اليوم غارات على مواقع جماعة أنصار الله (الحوثيين) في مديرية الصفراء "
             "بمحافظة صعدة.")
    assert actor(e, "actor2") == "Houthis"


def test_activists_who_document_strikes_are_a_source_not_the_target():
    e = only("وثّق ناشطون محليون أمس الإثنين عشر غارات جوية لطائرات التحالف الدولي على مواقع تنظيم داعش في بلدة "
             "هجين بريف دير الزور.")
    assert actor(e, "actor2") == "Islamic State"
    # the other side: activists struck are the victims
    e = only("قتل ناشطون محليون أمس الإثنين بغارة جوية لطائرات التحالف الدولي على بلدة هجين بريف دير الزور.")
    assert actor(e, "actor2") == "Civilians"


def test_an_unclaimed_attack_on_an_air_base_hit_the_states_forces():
    e = only("سقطت ثلاثة صواريخ كاتيوشا مساء اليوم على قاعدة الإمام علي الجوية في محافظة ذي قار، دون أن تتبنى أي "
             "جهة الهجوم.")
    assert actor(e, "actor1") == "Unidentified armed group" and actor(e, "actor2") == "Iraqi security forces"
    # the other side: the same rockets on a village hit no force
    e = only("سقطت ثلاثة صواريخ كاتيوشا مساء اليوم على قرية في قضاء الشطرة بمحافظة ذي قار، دون أن تتبنى أي جهة "
             "الهجوم.")
    assert actor(e, "actor2") != "Iraqi security forces"


def test_a_reference_that_comes_out_as_the_arresting_force_itself_is_dropped():
    e = only("أعلنت وزارة الداخلية السورية أن قوات الأمن الداخلي ألقت اليوم في مدينة حمص القبض على خلية إرهابية.",
             "2025-10-20")
    assert actor(e, "actor1") == "Syrian government forces" and actor(e, "actor2") != "Syrian government forces"
    # the other side: a group the text names stays the one arrested
    e = only("أعلنت وزارة الداخلية السورية أن قوات الأمن الداخلي ألقت اليوم في مدينة حمص القبض على خلية تابعة "
             "لتنظيم داعش.", "2025-10-20")
    assert actor(e, "actor2") == "Islamic State"


def test_a_weapon_whose_owner_is_named_with_a_hedge_is_that_owners():
    found = events("استهدفت طائرات حربية روسية صباح اليوم مدينة خان شيخون جنوبي إدلب. ومساءً شنّت طائرات حربية "
                   "يُرجّح أنها تابعة لقوات النظام غارات على محيط قرية حيش جنوبي إدلب.", "2018-04-25")
    assert [(actor(e, "actor1"), actor(e, "actor2")) for e in found] == [
        ("Russian military", None), ("Assad regime forces", None)]
    # the other side: a hedge before a target («مواقع يرجح أنها للنظام») names no owner of the aircraft
    e = only("شنّت طائرات حربية روسية غارات على مواقع يُرجّح أنها لقوات النظام في ريف إدلب الجنوبي.", "2018-04-25")
    assert actor(e, "actor1") == "Russian military" and actor(e, "actor2") == "Assad regime forces"


def test_unattributed_raids_of_the_attacker_are_not_its_target():
    found = events("استهدفت طائرات حربية روسية صباح اليوم مدينة خان شيخون جنوبي إدلب. ومساءً شنّت طائرات حربية "
                   "تابعة لقوات النظام غارات على محيط قرية حيش جنوبي إدلب.", "2018-04-25")
    assert [(actor(e, "actor1"), actor(e, "actor2")) for e in found] == [
        ("Russian military", None), ("Assad regime forces", None)]
    # the other side: the raids' target is still actor2
    e = only("شنّت طائرات حربية تابعة لقوات النظام غارات على مواقع هيئة تحرير الشام في ريف إدلب الجنوبي.",
             "2018-04-25")
    assert actor(e, "actor2") == "HTS"


def test_a_first_count_told_after_another_sources_figure_is_one_more_account():
    e = only("انفجرت سيارة مفخخة أمام مقر للشرطة في مدينة الموصل صباح اليوم، ما أدى إلى مقتل خمسة أشخاص بحسب مصدر "
             "محلي.\nوقال المتحدث باسم وزارة الداخلية إن التفجير أسفر عن مقتل شخصين في حصيلة أولية.")
    assert e.fatalities == 2
    # the other side: a risen toll told first still outweighs the first count told after it
    e = only("ارتفعت حصيلة ضحايا انفجار السيارة المفخخة أمام مقر للشرطة في مدينة الموصل إلى تسعة قتلى.\n"
             "وكان مصدر محلي قد أفاد بمقتل خمسة أشخاص في حصيلة أولية.")
    assert e.fatalities == 9


def test_the_wounded_told_with_a_qualifier_are_not_added_to_the_dead():
    e = only("قصفت قوات الدعم السريع سوق مدينة الأبيض صباح اليوم، ما أسفر عن مقتل ثلاثة مدنيين ونحو 20 جريحاً.")
    assert (e.fatalities, e.wounded) == (3, 20)
    e = only("قصفت قوات الدعم السريع سوق مدينة الأبيض صباح اليوم، ما أسفر عن سقوط قتيلين وأكثر من 30 مصاباً.")
    assert (e.fatalities, e.wounded) == (2, 30)
    # the other side: dead told with a qualifier after the dead still add up
    e = only("قصفت قوات الدعم السريع سوق مدينة الأبيض صباح اليوم، ما أسفر عن مقتل ثلاثة مدنيين ونحو عشرين آخرين.")
    assert e.fatalities == 23


def test_nationals_counted_by_a_dual_and_a_singular():
    e = only("سيطر مسلحو مجلس الشورى صباح اليوم على مقر لتنظيم داعش في مدينة درنة، وقُتل للتنظيم تونسيان وسعودي.")
    assert e.fatalities == 3
    # the other side: a nationality describing a counted victim adds no one
    e = only("قُتل جندي عراقي صباح اليوم بانفجار عبوة ناسفة في قضاء الطارمية شمال بغداد.")
    assert e.fatalities == 1


def test_turkeys_strike_on_a_military_site_in_the_sdf_areas_hit_the_sdf():
    e = only("استهدفت طائرة مسيّرة تركية سيارة عسكرية قرب بلدة القحطانية في ريف الحسكة صباح اليوم.", "2023-01-15")
    assert actor(e, "actor1") == "Turkish military" and actor(e, "actor2") == "SDF"
    # the other side: a foreign strike on a military site elsewhere in Syria hit the state's forces
    e = only("استهدفت غارة إسرائيلية مطار حماة العسكري صباح اليوم.", "2023-01-15")
    assert actor(e, "actor1") == "Israeli military" and actor(e, "actor2") == "Assad regime forces"


def test_the_owner_of_a_reporting_outlet_and_the_patron_of_a_force_are_no_side():
    e = only("شنت طائرات أمريكية فجر اليوم غارات على منطقة الصليف في محافظة الحديدة، أسفرت عن مقتل ثلاثة مواطنين، "
             "بحسب وسائل إعلام تابعة لجماعة الحوثي.")
    assert actor(e, "actor2") == "Civilians"
    e = only("قُتل ثلاثة مسلحين موالين لإيران بغارة جوية إسرائيلية على مدينة البوكمال في ريف دير الزور.")
    assert actor(e, "actor1") == "Israeli military" and actor(e, "actor2") != "Iranian military"
    # the other side: what «تابعة لـ» follows when it is no outlet is the side hit
    e = only("شنت طائرات أمريكية فجر اليوم غارات على مخازن تابعة لجماعة الحوثي في منطقة الصليف بمحافظة الحديدة.")
    assert actor(e, "actor2") == "Houthis"


def test_the_armed_side_whose_vehicle_was_hit_outweighs_bystanders_and_unnamed_gunmen():
    e = only('قُتل اثنان من المسلحين وجُرح طفل صباح اليوم بقصف مسيّرة تركية على آلية عسكرية تابعة لقوات "قسد" قرب '
             "بلدة تل تمر بريف الحسكة.", "2023-01-18")
    assert actor(e, "actor1") == "Turkish military" and actor(e, "actor2") == "SDF"
    # the other side: with no armed side named, the bystanders hit are actor2
    e = only("أصيب مدني بجروح جراء غارة مسيّرة تركية على سوق بلدة القحطانية في ريف الحسكة صباح اليوم.", "2023-01-18")
    assert actor(e, "actor2") == "Civilians"


def test_one_of_the_officers_killed_is_a_state_forces_man():
    e = only("اغتال مسلحان مجهولان في مديرية الشيخ عثمان بعدن اليوم أحد الضباط التابعين لحراسة الرئيس.",
             "2016-05-07")
    assert actor(e, "actor2") == "Yemeni government forces"
    # the other side: the same words with a civilian killed hit civilians
    e = only("اغتال مسلحان مجهولان في مديرية الشيخ عثمان بعدن اليوم أحد التجار العاملين في سوق المديرية.",
             "2016-05-07")
    assert actor(e, "actor2") != "Yemeni government forces"


def test_a_home_hit_while_empty_killed_nobody():
    e = only("استهدفت غارة إسرائيلية منزلاً في بلدة كفركلا جنوب لبنان صباح اليوم. وقال رئيس البلدية إن المنزل "
             "المستهدف كان خالياً من سكانه.", "2024-01-05")
    assert e.fatalities == 0
    # the other side: with nothing said of the people inside, the toll is unknown
    e = only("استهدفت غارة إسرائيلية منزلاً في بلدة كفركلا جنوب لبنان صباح اليوم.", "2024-01-05")
    assert e.fatalities is None
