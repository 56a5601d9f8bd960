"""Who did it, on patterns real reports use (issue 8, class 1): both sides of each role rule.

Every sentence here was written for this file; none comes from a published article.
"""
from __future__ import annotations

from rasid.lexicon.actors import catalog
from rasid.pipeline import process
from real_news import actor, events, only


def test_the_force_that_finds_a_body_is_not_the_killer():
    e = only("عثرت الأسايش صباح اليوم على جثة امرأة مقتولة بالرصاص قرب بلدة الشدادي جنوبي الحسكة.")
    assert actor(e, "actor1") == "Unidentified armed group" and actor(e, "actor2") == "Civilians"
    e = only("اغتال مسلحون مجهولون امرأة بالرصاص قرب بلدة الشدادي جنوبي الحسكة صباح اليوم، وعثرت الأسايش على "
             "جثتها.")
    assert actor(e, "actor1") == "Unidentified armed group"
    # the other side: a force that finds a weapons cache is the one acting
    e = only("عثرت قوات الأمن الداخلي على مخزن أسلحة وذخائر في بلدة الشدادي جنوبي الحسكة اليوم.")
    assert actor(e, "actor1") == "Asayish"


def test_the_force_besieging_a_bomber_is_the_target():
    e = only("فجّر انتحاري حزامه الناسف لدى محاصرته من قبل جهاز مكافحة الإرهاب في قضاء الطارمية شمالي بغداد "
             "فجر اليوم.")
    assert actor(e, "actor1") == "Unidentified armed group" and actor(e, "actor2") == "Iraqi security forces"
    # the other side: «من قبل» after the harm names the perpetrator
    e = only("قتل شاب برصاص قناص من قبل قوات الدعم السريع في حي كرري بمدينة أم درمان اليوم.")
    assert actor(e, "actor1") == "RSF" and actor(e, "actor2") == "Civilians"


def test_an_accusation_attributes_nothing():
    e = only("انفجرت عبوة ناسفة في سوق بلدة بلعد شمالي مقديشو اليوم ما أدى لمقتل ثلاثة مدنيين، ووجّهت السلطات "
             "الاتهام إلى حركة الشباب.")
    assert actor(e, "actor1") == "Unidentified armed group" and actor(e, "actor2") == "Civilians"
    e = only("اتهمت الحكومة اليمنية جماعة الحوثي بقصف حي سكني في مدينة تعز بالمدفعية اليوم ما أدى لمقتل طفلين.")
    assert actor(e, "actor1") == "Unidentified armed group" and actor(e, "actor2") == "Civilians"
    # the other side: «وجّه» without an accusation is a verb of the fighting, and the shelling side is named
    e = only("قصفت جماعة الحوثي حياً سكنياً في مدينة تعز بالمدفعية اليوم ما أدى لمقتل طفلين، ووجه الجيش ضربات "
             "لمواقعها.")
    assert actor(e, "actor1") == "Houthis"


def test_a_claim_in_a_statement_names_the_attacker_of_the_passive_lead():
    lead = "قُتل ثلاثة جنود بهجوم على موقع عسكري قرب بلدة الحمام جنوبي الموصل فجر اليوم."
    e = only(lead + " وتبنّى تنظيم داعش الهجوم في بيان.")
    assert actor(e, "actor1") == "Islamic State" and e.fatalities == 3
    assert actor(only(lead), "actor1") == "Unidentified armed group"


def test_the_maker_of_a_weapon_is_not_its_user():
    e = only("قصفت مسيّرة تركية الصنع مواقع لقوات الدعم السريع في مدينة نيالا اليوم.", "2025-06-10")
    assert actor(e, "actor1") != "Turkish military" and actor(e, "actor2") == "RSF"
    e = only("قصفت مسيّرة تركية الصنع تابعة للجيش السوداني مواقع لقوات الدعم السريع في مدينة نيالا اليوم.",
             "2025-06-10")
    assert actor(e, "actor1") == "Sudanese Armed Forces" and actor(e, "actor2") == "RSF"
    e = only("أسقطت دفاعات قوات الدعم السريع مسيّرة تركية الصنع تابعة للجيش السوداني فوق مدينة نيالا اليوم.",
             "2025-06-10")
    assert actor(e, "actor1") == "RSF" and actor(e, "actor2") == "Sudanese Armed Forces"
    # the other side: a drone with a nisba alone is that state's
    e = only("قصفت مسيّرة تركية مواقع لقوات سوريا الديمقراطية قرب بلدة عين عيسى اليوم.")
    assert actor(e, "actor1") == "Turkish military"


def test_deterrence_of_aggression_is_the_opposition_before_the_fall():
    e = only("سيطرت فصائل ردع العدوان على بلدة خان العسل غربي حلب بعد معارك مع قوات النظام اليوم.", "2024-11-29")
    assert actor(e, "actor1") == "HTS" and actor(e, "actor2") == "Assad regime forces"
    e = only("قالت إدارة العمليات العسكرية إن قواتها اشتبكت مع فلول النظام في ريف جبلة اليوم.")
    assert actor(e, "actor1") == "Syrian government forces"


def test_a_foreign_ministry_of_defence_is_that_state():
    e = only("قالت وزارة الدفاع الأمريكية إن قواتها نفذت غارة على مواقع لتنظيم داعش في بادية الرقة اليوم.")
    assert actor(e, "actor1") == "US military / International Coalition" and actor(e, "actor2") == "Islamic State"


def test_a_place_named_like_a_brigade_is_no_actor():
    e = only("هاجمت فرقة المعتصم مواقع لقوات سوريا الديمقراطية قرب مدينة منبج شرقي حلب اليوم.", "2024-03-12")
    assert actor(e, "actor1") == "Sultan Suleiman Shah Brigade / Turkmen factions" and actor(e, "actor2") == "SDF"
    assert not catalog().lookup("المعتصم")  # a bare «المعتصم» is a village or a roundabout


def test_remnants_are_read_in_the_documents_country():
    e = only("قصف طيران الفلول سوقاً شعبياً في مدينة نيالا بجنوب دارفور اليوم ما أدى إلى مقتل خمسة مدنيين.",
             "2025-06-10")
    assert actor(e, "actor1") == "Sudanese Armed Forces"
    e = only("هاجم مسلحون من الفلول حاجزاً للأمن العام في ريف جبلة اليوم.")
    assert actor(e, "actor1") == "Assad loyalist militia" and actor(e, "actor2") == "Syrian government forces"


def test_catalog_uses_the_gold_schema_names():
    assert catalog().get("radaa").name == "Radaa Deterrence Apparatus"


def test_an_officer_hit_is_his_force():
    e = only("أصيب ضابط برتبة رائد في القوات المسلحة الليبية بجروح بليغة اليوم إثر انفجار عبوة ناسفة زُرعت أسفل "
             "سيارته في مدينة بنغازي.", "2025-05-20")
    assert actor(e, "actor1") == "Unidentified armed group" and actor(e, "actor2") == "LNA (Haftar)"
    # the other side: a man with no force named is a civilian
    e = only("قُتل رجل بانفجار عبوة ناسفة زُرعت أسفل سيارته في مدينة بنغازي اليوم.", "2025-05-20")
    assert actor(e, "actor2") == "Civilians"


def test_an_outpost_of_the_army_names_the_army_hit():
    e = only("مسلحين يُرجّح انتماؤهم لتنظيم داعش هاجموا ربيئة للجيش في أطراف قضاء الطارمية الليلة الماضية.")
    assert actor(e, "actor1") == "Islamic State" and actor(e, "actor2") == "Iraqi security forces"


def test_navies_and_commands_name_their_state():
    e = only("اختطفت قوة من البحرية الإسرائيلية صياداً لبنانياً قبالة شاطئ بلدة الناقورة اليوم.")
    assert actor(e, "actor1") == "Israeli military"
    e = only("أعلنت القيادة العسكرية الأمريكية في أفريقيا (أفريكوم) أنها نفذت غارة جوية على عناصر من تنظيم داعش "
             "قرب مدينة بوصاصو اليوم.")
    assert actor(e, "actor1") == "US military / International Coalition" and actor(e, "actor2") == "Islamic State"


def test_a_name_in_brackets_is_the_same_actor():
    e = only("عثرت قوى الأمن الداخلي (الأسايش) صباح اليوم على جثة رجل مقتول في مخيم الهول شرقي الحسكة.")
    assert actor(e, "actor1") == "Unidentified armed group" and actor(e, "actor2") == "Civilians"
    e = only("أُصيب عنصر من قوى الأمن الداخلي (الأسايش) برصاص قناص مجهول في حي غويران بمدينة الحسكة اليوم.")
    assert actor(e, "actor1") == "Unidentified armed group" and actor(e, "actor2") == "Asayish"


def test_a_dual_after_between_is_both_sides():
    e = only("قُتلت طفلة برصاص طائش خلال اشتباكات بين مجموعتين مسلحتين في مدينة الزاوية اليوم.")
    assert actor(e, "actor1") == actor(e, "actor2") == "Unidentified armed group" and e.fatalities == 1
    e = only("قُتل ثلاثة أشخاص في اشتباكات اندلعت بين قبيلتين في مدينة سبها جنوبي ليبيا اليوم.")
    assert actor(e, "actor1") == actor(e, "actor2") == "Local tribal fighters"
    # the other side: two named sides stay two
    e = only("تجددت المعارك بين قوات الجيش الوطني ومسلحي جماعة الحوثي في جبهة صرواح غربي مأرب اليوم.")
    assert {actor(e, "actor1"), actor(e, "actor2")} == {"Yemeni government forces", "Houthis"}


def test_gunmen_of_a_quoted_or_local_group_are_that_group():
    e = only("اشتبك مسلحون من «الحرس الوطني» مع قوات وزارة الدفاع قرب بلدة ولغا غربي السويداء اليوم.", "2025-09-20")
    assert actor(e, "actor1") == "Druze local fighters" and actor(e, "actor2") == "Syrian government forces"
    e = only("اندلعت اشتباكات بين مسلحين من عشائر المنطقة وعناصر من القوات السورية عند أطراف بلدة القصير اليوم.")
    assert actor(e, "actor1") == "Local tribal fighters" and actor(e, "actor2") == "Syrian government forces"
    # the other side: gunmen of no named group stay unidentified
    e = only("اشتبك مسلحون مع قوات وزارة الدفاع قرب بلدة ولغا غربي السويداء اليوم.", "2025-09-20")
    assert actor(e, "actor1") == "Unidentified armed group"


def test_members_after_an_attack_verb_are_the_attackers():
    e = only("تتهم الحكومة اليمنية جماعة الحوثي بالتصعيد في جبهات الساحل الغربي منذ أسابيع. وأعلن الجيش الوطني أن "
             "قواته أفشلت فجر اليوم هجوماً شنّته عناصر الجماعة على مواقعه في مديرية حيس جنوبي الحديدة.")
    assert actor(e, "actor1") == "Houthis" and actor(e, "actor2") == "Yemeni government forces"
    # the other side: members named after a harm word are the ones hit
    e = only("قُتل ثلاثة من عناصر جماعة الحوثي بقصف مدفعي في مديرية حيس جنوبي الحديدة اليوم.")
    assert actor(e, "actor2") == "Houthis"


def test_the_subject_of_an_accusation_is_no_side_and_passengers_are_civilians():
    e = only("قُتل ثلاثة ركاب بانفجار عبوة ناسفة قرب بلدة بولو بردي جنوب بلدوين اليوم، لكن السلطات الصومالية "
             "وجّهت أصابع الاتهام إلى حركة الشباب.")
    assert actor(e, "actor1") == "Unidentified armed group" and actor(e, "actor2") == "Civilians"


def test_a_weapon_right_after_its_user_is_no_side():
    text = ("شنّت طائرات حربية روسية غارات على بلدة كفرنبل جنوبي إدلب صباح اليوم. وقصفت قوات النظام بقذائف الهاون "
            "أطراف بلدة حاس المجاورة.")
    strike, shelling = process(text, published="2019-05-10").events
    assert actor(strike, "actor1") == "Russian military"
    assert actor(shelling, "actor1") == "Assad regime forces" and actor(shelling, "actor2") is None


def test_the_armed_opposition_before_the_fall_is_named():
    e = only("اشتبكت فصائل المعارضة مع قوات النظام على محور بلدة كفرنبودة شمالي حماة اليوم.", "2019-05-10")
    assert actor(e, "actor1") == "Opposition factions" and actor(e, "actor2") == "Assad regime forces"


def test_the_short_name_of_the_rapid_support_forces():
    e = only("استهدفت مسيّرة تابعة للجيش السوداني تجمعات لقوات الدعم في مدينة المجلد غربي كردفان اليوم.",
             "2025-06-10")
    assert actor(e, "actor1") == "Sudanese Armed Forces" and actor(e, "actor2") == "RSF"


def test_a_media_office_that_reports_is_no_side():
    e = only("أفادت خلية الإعلام الأمني بسقوط ثلاثة صواريخ كاتيوشا داخل قاعدة عسكرية قرب قضاء بلد جنوبي "
             "سامراء مساء اليوم دون خسائر.", "2021-04-10")
    assert actor(e, "actor1") == "Unidentified armed group"
    # the other side: the force it reports on, when named as the agent, stays the agent
    e = only("أفادت خلية الإعلام الأمني بأن طائرات القوة الجوية العراقية قصفت أوكاراً لتنظيم داعش في وادي "
             "الشاي جنوبي كركوك اليوم.", "2021-04-10")
    assert actor(e, "actor1") == "Iraqi security forces" and actor(e, "actor2") == "Islamic State"


def test_soldiers_and_officers_are_a_state_force_never_the_group_named_before():
    e = events("هاجم مسلحو تنظيم داعش قرية قرب ناحية جلولاء شمال شرقي بعقوبة فجر اليوم. وانفجرت عبوة ناسفة "
               "قرب ناحية جلولاء ظهر اليوم ما أسفر عن مقتل جنديين.", "2021-04-10")[-1]
    assert actor(e, "actor2") == "Iraqi security forces"
    e = only("اغتال مسلحون مجهولون ضابطاً أمام منزله في حي المنصورة بمدينة عدن صباح اليوم.", "2023-05-10")
    assert actor(e, "actor1") == "Unidentified armed group" and actor(e, "actor2") == "Yemeni government forces"
    # the other side: soldiers of a named force are that force's
    e = only("قُتل ثلاثة جنود من قوات الدعم السريع بقصف مدفعي للجيش على مواقعهم في مدينة الفاشر اليوم.",
             "2025-06-10")
    assert actor(e, "actor2") == "RSF"


def test_state_aliases_resolve_in_each_country():
    e = only("اندلعت اشتباكات، مساء أمس، بين قوات اللواء 444 قتال التابع لوزارة الدفاع وعناصر جهاز دعم "
             "الاستقرار في منطقة تاجوراء شرقي طرابلس.", "2025-05-14")
    assert actor(e, "actor1") == "GNU forces (Libya)"
    assert actor(e, "actor2") == "Stability Support Apparatus (SSA)"
    e = only("فرّقت قوى الأمن الداخلي عشرات المحتجين أمام مبنى السرايا في مدينة صيدا جنوبي لبنان اليوم.",
             "2025-05-14")
    assert actor(e, "actor2") == "Internal Security Forces (Lebanon)"
    # the other side: the same words in north-east Syria are the Asayish
    e = only("اعتقلت قوى الأمن الداخلي ثلاثة شبان في مدينة القامشلي اليوم.", "2023-05-14")
    assert actor(e, "actor1") == "Asayish"


def test_a_fight_between_two_families_or_tribes_has_them_on_both_sides():
    e = only("اندلعت اشتباكات مسلحة بين عائلتين في بلدة الشحيل بريف دير الزور الشرقي اليوم ما أدى لمقتل شخصين.")
    assert actor(e, "actor1") == actor(e, "actor2") == "Local tribal fighters"
    # the other side: one named family fighting a named force is not on both sides
    e = only("اندلعت اشتباكات بين مسلحين من العشائر وقوات سوريا الديمقراطية في بلدة الشحيل اليوم.")
    assert {actor(e, "actor1"), actor(e, "actor2")} == {"Local tribal fighters", "SDF"}


def test_people_at_work_are_civilians():
    e = only("قُتل أربعة من جامعي الكمأة بانفجار لغم أرضي في بادية تدمر شرقي حمص صباح اليوم.")
    assert actor(e, "actor2") == "Civilians"
    e = only("أصيب سائق شاحنة بنيران قناص في حي الصحافة بمدينة الخرطوم اليوم.", "2025-06-10")
    assert actor(e, "actor2") == "Civilians"


def test_the_side_counted_among_the_dead_is_the_target_of_the_clash():
    e = only("وكان قرابة ثلاثين من عناصر حفتر قد قُتلوا يوم الخميس خلال مواجهات مع مسلحي مجلس شورى ثوار بنغازي في "
             "منطقة بوعطني بمدينة بنغازي.", "2015-07-05")
    assert actor(e, "actor1") == "Benghazi Revolutionaries Shura Council" and actor(e, "actor2") == "LNA (Haftar)"
    # the other side: «شنّ عدد من عناصر داعش» are the attackers, counted or not
    e = only("شنّ عدد من عناصر داعش هجوماً على حاجز للجيش في حي الليثي بمدينة بنغازي اليوم.", "2015-07-05")
    assert actor(e, "actor1") == "Islamic State" and actor(e, "actor2") == "LNA (Haftar)"


def test_who_holds_the_place_is_no_side_and_a_war_remnant_inherits_no_attacker():
    e = only("قُتل طفلان بانفجار لغم من مخلفات الحرب في أرض زراعية خاضعة لسيطرة النظام بريف سلمية شرقي حماة.",
             "2023-03-10")
    assert actor(e, "actor1") == "Unidentified armed group" and actor(e, "actor2") == "Civilians"
    found = events("قصف الجيش السوري قرية في ريف إدلب الجنوبي اليوم. وانفجر لغم من مخلفات الحرب في قرية المغير "
                   "بريف الرقة ما أدى لمقتل طفلين.", "2023-03-10")
    assert actor(found[-1], "actor1") == "Unidentified armed group"
    # the other side: the force that shells a place it does not hold is the attacker
    e = only("قصفت قوات النظام بلدة كفرنبل الخاضعة لسيطرة الفصائل جنوبي إدلب اليوم.", "2023-03-10")
    assert actor(e, "actor1") == "Assad regime forces"


def test_a_riot_police_unit_is_the_state_force_facing_the_crowd():
    e = only("أُصيب خمسة من عناصر قوات حفظ القانون وثلاثة متظاهرين خلال مواجهات أمام مبنى المحافظة في مدينة "
             "الناصرية مساء اليوم.", "2021-05-10")
    assert actor(e, "actor1") == "Rioters" and actor(e, "actor2") == "Iraqi security forces"
    # the other side: «قوات» alone, owned by nobody, names no force
    e = only("تظاهر مئات الطلاب أمام مبنى المحافظة في مدينة الناصرية مساء اليوم للمطالبة بفرص عمل.", "2021-05-10")
    assert actor(e, "actor2") is None


def test_a_strike_on_peoples_homes_hits_civilians_when_no_victim_is_named():
    e = only("قصفت مدفعية الاحتلال منازل في بلدة بيت لاهيا شمال قطاع غزة صباح اليوم.", published="2024-10-10")
    assert actor(e, "actor2") == "Civilians"
    # the other side: a strike on a military site names no civilian victims
    e = only("قصفت مدفعية الاحتلال موقعاً عسكرياً في بلدة بيت لاهيا شمال قطاع غزة صباح اليوم.", published="2024-10-10")
    assert actor(e, "actor2") != "Civilians"


def test_the_party_of_one_who_tells_an_attack_did_not_strike():
    e = only("وقال النائب عن حزب الله علي عمار للصحفيين إن شابين قتلا في قصف إسرائيلي لدراجة نارية في بلدة "
             "عيترون اليوم.")
    assert actor(e, "actor1") == "Israeli military" and actor(e, "actor2") == "Civilians"
    e = only("وقالت حركة الشباب في بيان إن ثلاثة رعاة قتلوا في غارة أمريكية قرب بلدة جلب اليوم.")
    assert actor(e, "actor1") == "US military / International Coalition"
    # the other side: the teller's own forces in its account, or an account naming no one, keep the teller
    e = only("وقال الجيش الإسرائيلي إن طائراته قصفت مواقع لحزب الله في بلدة عيترون اليوم.")
    assert actor(e, "actor1") == "Israeli military"
    e = only("وقال حزب الله في بيان إنه استهدف بصاروخ موجه دبابة للجيش الإسرائيلي قرب بلدة عيترون اليوم.")
    assert actor(e, "actor1") == "Hezbollah"


def test_who_announces_a_fight_between_two_named_sides_is_neither():
    e = only("أعلنت الشرطة الصومالية، الجمعة، اندلاع مواجهات بين قوات الأمن ومسلحين من حركة الشباب متحصنين في مطعم "
             "بالعاصمة مقديشو.", "2019-03-02")
    assert {actor(e, "actor1"), actor(e, "actor2")} == {"Somali government forces", "Al-Shabaab"}
    # the other side: a force that tells its own fight with one side named keeps its place in it
    e = only("أعلن الجيش الصومالي، الجمعة، أنه اشتبك مع مسلحين من حركة الشباب في بلدة جوهر.", "2019-03-02")
    assert {actor(e, "actor1"), actor(e, "actor2")} == {"Somali government forces", "Al-Shabaab"}


def test_the_bare_army_after_a_foreign_army_is_that_army():
    found = events("قال الجيش الإسرائيلي إن طائراته قصفت مواقع لحزب الله في بلدة الخيام اليوم. وأشار الجيش في بيان إلى "
                   "أن جنوده رصدوا مسلحين في منطقة يارون ثم أغارت طائراته على المجمع.", "2024-10-23")
    assert [actor(e, "actor1") for e in found] == ["Israeli military", "Israeli military"]
    # the other side: with no foreign army named, the bare army is the country's
    e = only("أعلن الجيش في بيان أن دورية له تعرضت لإطلاق نار في بلدة عرسال اليوم.", "2024-10-23")
    assert "Lebanese Armed Forces" in {actor(e, "actor1"), actor(e, "actor2")}


def test_a_government_named_as_the_owner_of_its_health_ministry_is_no_side():
    e = only("أعلنت وزارة الصحة في حكومة الدبيبة سقوط 12 قتيلا نتيجة الاشتباكات التي تشهدها العاصمة طرابلس منذ "
             "مساء أمس.", "2022-08-27")
    assert actor(e, "actor1") == "Unidentified armed group" and actor(e, "actor2") is None
    # the other side: the government's forces named as fighting are a side
    e = only("اندلعت اشتباكات في العاصمة طرابلس أمس بين قوات حكومة الدبيبة ومسلحين من اللواء 444.", "2022-08-27")
    assert "GNU forces (Libya)" in {actor(e, "actor1"), actor(e, "actor2")}


def test_who_tells_an_attack_naming_nobody_is_no_side_of_it():
    e = only("وقالت الشرطة الصومالية إن عبوة ناسفة انفجرت في سوق بلدة بلعد شمالي مقديشو اليوم ما أدى لمقتل ثلاثة "
             "مدنيين.", "2023-08-15")
    assert actor(e, "actor1") == "Unidentified armed group" and actor(e, "actor2") == "Civilians"
    # the other side: an account of the teller's own aircraft or defences keeps the teller
    e = only("وأعلنت قيادة العمليات المشتركة أن طائرات إف-16 دمرت اليوم وكراً لداعش في سلسلة جبال حمرين.", "2024-03-21")
    assert actor(e, "actor1") == "Iraqi security forces"
    e = only("وأعلن الجيش السوداني أن دفاعاته الجوية أسقطت اليوم مسيرة فوق مدينة بورتسودان.", "2025-05-07")
    assert actor(e, "actor1") == "Sudanese Armed Forces"


def test_protesters_named_in_the_construct_state_are_the_crowd():
    e = only("منعت القوات الأمنية اليوم بعض متظاهري مدينة الناصرية من اقتحام مبنى المحافظة، وقام محتجو المدينة برشق "
             "القوات بالحجارة.", "2020-04-10")
    assert actor(e, "actor1") == "Rioters" and actor(e, "actor2") == "Iraqi security forces"
