"""The error classes seen on real published news (issue 8), one test each, both sides of each rule.

Every sentence here was written for this file; none comes from a published article.
"""
from __future__ import annotations

from rasid.pipeline import process
from real_news import actor, events, only

# 1. blame on the wrong side
def test_reporting_force_whose_soldiers_died_is_not_the_perpetrator():
    e = only("أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، مقتل جنديين بانفجار عبوة ناسفة استهدفت دوريتهما في قضاء "
             "الطارمية شمالي بغداد.")
    assert actor(e, "actor1") == "Unidentified armed group" and actor(e, "actor2") == "Iraqi security forces"
    # the other side: a force announcing its own strike is its author
    e = only("أعلن الجيش الإسرائيلي اليوم شن غارات على مواقع في بلدة الخيام جنوبي لبنان.")
    assert actor(e, "actor1") == "Israeli military"


def test_source_inside_a_force_and_the_site_it_holds():
    e = only("أفاد مصدر في الجيش اللبناني بأن مسلحين هاجموا حاجزاً للجيش عند مدخل بلدة عرسال مساء أمس.")
    assert actor(e, "actor1") == "Unidentified armed group" and actor(e, "actor2") == "Lebanese Armed Forces"


def test_ministry_is_a_source_and_aircraft_name_their_owner():
    e = only("قالت وزارة الصحة في غزة إن غارات الاحتلال قتلت أربعة فلسطينيين في مخيم جباليا فجر اليوم.")
    assert actor(e, "actor1") == "Israeli military" and e.fatalities == 4
    e = only("شنت طائرات حربية روسية غارات على بلدة كفرنبل بريف إدلب الجنوبي صباح اليوم.")
    assert actor(e, "actor1") == "Russian military"
    e = only("قصفت طائرات مجهولة مواقع لفصائل مسلحة قرب مدينة البوكمال شرقي دير الزور فجر اليوم.")
    assert actor(e, "actor1") == "Unidentified military forces"


def test_nisba_in_the_accusative_names_the_actor():
    e = only("ذكرت مصادر محلية أن قصفاً مدفعياً إسرائيلياً طال أطراف قرية الرفيد في ريف القنيطرة مساء الثلاثاء.")
    assert actor(e, "actor1") == "Israeli military" and e.sub_event_type == "Shelling/artillery/missile attack"


# 2. one incident told twice
def test_restated_toll_updates_the_event():
    e = only("قُتل ثلاثة مدنيين وأصيب خمسة آخرون بانفجار سيارة مفخخة في سوق مدينة الباب بريف حلب الشرقي صباح اليوم. "
             "وارتفع عدد القتلى في وقت لاحق إلى سبعة بعد وفاة أربعة من المصابين.")
    assert e.fatalities == 7


# 3. lists of places
def test_each_listed_place_is_an_event_with_the_toll_split():
    found = events("قصفت قوات النظام صباح اليوم بلدات “كفرنبل وحاس وكفرومة” في ريف إدلب الجنوبي، ما أدى إلى مقتل "
                   "ثلاثة مدنيين.")
    assert {(e.location or {}).get("name_ar") for e in found} >= {"كفرنبل", "كفرومة"}
    assert sum(e.fatalities or 0 for e in found) == 3
    # the other side: «بين X وY» is a front line, not a list of targets
    found = events("اندلعت اشتباكات بين قوات النظام والفصائل على محور بين كفرنبل وكفرومة في ريف إدلب صباح اليوم.")
    assert len(found) == 1


# 4. type rules
def test_car_bomb_opening_an_assault_is_the_battle():
    e = only("فجر انتحاري سيارة مفخخة عند بوابة قاعدة عسكرية في مدينة الرمادي صباح اليوم، ثم اقتحم مسلحون من داعش "
             "القاعدة واشتبكوا مع الجنود.")
    assert e.sub_event_type == "Armed clash" and actor(e, "actor1") == "Islamic State"
    # alone, the car bomb stays an explosion
    e = only("انفجرت سيارة مفخخة قرب سوق شعبي في مدينة الرمادي صباح اليوم.")
    assert e.event_type == "Explosions/Remote violence"


def test_march_against_shelling_is_a_protest_and_a_drone_is_a_strike():
    e = only("خرجت مسيرة حاشدة في مدينة تعز اليوم احتجاجاً على القصف الحوثي للأحياء السكنية.")
    assert e.sub_event_type == "Peaceful protest"
    e = only("استهدفت مسيّرة حوثية سيارة في مديرية حيس جنوبي الحديدة اليوم، ما أدى إلى مقتل مدنيين اثنين.")
    assert e.sub_event_type == "Air/drone strike" and actor(e, "actor1") == "Houthis"


def test_protesters_fighting_police_riot():
    e = only("اشتبك محتجون غاضبون مع قوات الشرطة أمام مبنى المحافظة في مدينة البصرة اليوم، ورشقوا العناصر بالحجارة.")
    assert e.event_type == "Riots"
    e = only("تظاهر المئات أمام مبنى المحافظة في مدينة البصرة اليوم للمطالبة بتحسين الخدمات.")
    assert e.sub_event_type == "Peaceful protest"


def test_force_that_targets_a_village_shells_it():
    e = only("استهدفت قوات النظام المتمركزة في معسكر القرميد بلدة سرمين بريف إدلب الشرقي صباح اليوم، ما أدى إلى "
             "مقتل امرأة.")
    assert e.sub_event_type == "Shelling/artillery/missile attack"
    assert (e.location or {}).get("name_ar") == "سرمين"  # not the camp the guns stand in
    # gunfire at close range is no shelling
    e = only("استهدف مسلحون مجهولون بالرصاص سيارة مدنية في بلدة سرمين بريف إدلب صباح اليوم.")
    assert e.sub_event_type != "Shelling/artillery/missile attack"


def test_takeover_after_a_withdrawal_is_non_violent():
    e = only("سيطرت هيئة تحرير الشام على بلدة معرة النعمان بريف إدلب الجنوبي أمس بعد انسحاب قوات النظام منها.")
    assert e.sub_event_type == "Non-violent transfer of territory"


# 5. events inside quotes, threats outside
def test_incident_told_by_a_source_is_coded_and_a_threat_is_not():
    e = only("وقال مصدر أمني إن مسلحين اغتالوا رئيس بلدية مدينة الميادين مساء أمس أمام منزله.")
    assert e.date == "2025-03-11"
    assert events("وهدد قائد ميداني في الفصائل بشن هجوم واسع على مواقع قوات النظام في ريف حماة خلال الأيام المقبلة.") == []


# 6 and 11. places that are not the incident's
def test_hospital_home_town_and_compass_reference_are_not_the_place():
    e = only("قصفت القوات الإسرائيلية بلدة عيترون في جنوب لبنان اليوم، ونُقل جريحان إلى مستشفى مدينة صور.")
    assert (e.location or {}).get("name_ar") == "عيترون"
    e = only("قُتل الشاب ابن بلدة الكرك الشرقي برصاص مجهولين في مدينة درعا مساء أمس.")
    assert (e.location or {}).get("name_ar") == "درعا"
    e = only("قُتل سبعة من عناصر الحشد الشعبي ليل أمس في هجوم لتنظيم داعش على موقع لهم بمحافظة ديالى شمال شرقي "
             "بغداد.")
    assert e.admin1 == "Diyala"


def test_place_read_in_the_documents_country():
    e = only("قتلت قوات الدعم السريع أربعة مواطنين في هجوم على قرى في ولاية الجزيرة صباح اليوم.")
    assert e.country == "Sudan"


# 7. fatalities
def test_woman_and_her_child_are_two_and_the_displaced_are_no_deaths():
    assert only("قُتلت امرأة وطفلها بقصف مدفعي على بلدة معرة مصرين بريف إدلب اليوم.").fatalities == 2
    e = only("نزح أكثر من 300 عائلة من قرى ريف حماة الشمالي بعد قصف مكثف اليوم، وأصيب خمسة مدنيين.")
    assert e.fatalities is None and e.wounded == 5


# 8. triggers real news uses
def test_sit_in_is_a_protest():
    assert only("اعتصم عشرات الموظفين أمام مبنى المحافظة في مدينة الحسكة اليوم للمطالبة برواتبهم.").event_type == \
        "Protests"


# 10. more type rules
def test_demolition_seizure_and_raid_without_fighting():
    e = only("هدمت جرافات الاحتلال منزلين في قرية الولجة غرب بيت لحم صباح اليوم.")
    assert e.sub_event_type == "Looting/property destruction"
    e = only("ضبطت قوات الأمن مستودعاً للأسلحة والذخائر في بلدة جاسم بريف درعا اليوم دون وقوع اشتباكات.")
    assert e.sub_event_type == "Disrupted weapons use"  # ACLED's codebook puts seized caches there"
    e = only("اقتحمت قوات الأمن حي الصليبة في مدينة اللاذقية اليوم واعتقلت ثلاثة مطلوبين دون اشتباكات.")
    assert e.sub_event_type == "Arrests"


def test_drone_strike_killing_civilians_stays_a_strike():
    e = only("قُتل خمسة مدنيين بغارة لطائرة مسيّرة تركية على سيارة قرب بلدة عين عيسى شمالي الرقة اليوم.")
    assert e.sub_event_type == "Air/drone strike" and actor(e, "actor2") == "Civilians"


def test_counted_livestock_ages_and_distances_are_no_casualties():
    e = only("هاجم مستوطنون أطراف قرية المغير شرقي رام الله فجر اليوم وقتلوا 35 رأساً من الأغنام.")
    assert e.fatalities == 0 or e.fatalities is None
    e = only("قُتل الشاب (24 عاماً) برصاص قوات الاحتلال في بلدة قباطية جنوب جنين صباح اليوم.")
    assert e.fatalities == 1
    # the other side: a figure of people is still the toll
    e = only("قُتل 6 مدنيين بقصف مدفعي على بلدة كفرنبل بريف إدلب الجنوبي صباح اليوم.")
    assert e.fatalities == 6


def test_victim_among_the_counted_adds_none():
    e = only("قُتل 9 مدنيين اليوم الأربعاء بهجوم لقوات الدعم السريع على قرية أم عضام شرقي ولاية الجزيرة. وقال "
             "البيان إن من بين القتلى امرأة مسنّة.")
    assert e.fatalities == 9


def test_reports_trends_and_beliefs_are_not_events():
    assert events("ووفقاً للتقرير، فإن أكثر من نصف الغارات الإسرائيلية استهدفت مناطق في البقاع وجنوب لبنان.") == []
    assert events("وشهدت مدينة حمص تزايداً في حوادث الاغتيال والخطف خلال الأسابيع الأخيرة.") == []
    assert events("ويُعتقد أن المجموعة نفذت هجمات على حواجز للأمن العام في ريف اللاذقية.") == []
    assert events("واشتدت المعارك بين الجيش وقوات الدعم السريع خلال الفترة الماضية في شمال كردفان.") == []
    # the other side: a day-dated incident after such a cue is still coded
    e = only("قُتل جنديان اليوم الأربعاء بهجوم لمسلحين على حاجز للجيش في بلدة عرسال.")
    assert e.event_type == "Battles"


def test_barrel_bombs_are_dropped_from_aircraft():
    e = only("ألقت مروحيات النظام براميل متفجرة على بلدة كفرزيتا شمالي حماة صباح اليوم.", published="2017-03-12")
    assert e.sub_event_type == "Air/drone strike"
    e = only("قصفت قوات النظام بالبراميل المتفجرة بلدة اللطامنة شمالي حماة صباح اليوم.", published="2017-03-12")
    assert e.sub_event_type == "Air/drone strike"


def test_officer_shot_dead_is_the_state_forces():
    e = only("قُتل العقيد في الأمن العام برصاص مسلحين مجهولين أمام منزله في مدينة تعز صباح اليوم.",
             published="2024-05-06")
    assert (e.event_type, actor(e, "actor2"), e.fatalities) == ("Battles", "Yemeni government forces", 1)
    e = only("اغتال مسلحون مجهولون مدير السجن المركزي في مدينة عدن مساء أمس.", published="2024-05-06")
    assert actor(e, "actor2") == "Yemeni government forces"
    # the other side: a civilian shot dead stays violence against civilians
    e = only("قُتل مدني برصاص مسلحين مجهولين أمام منزله في مدينة تعز صباح اليوم.", published="2024-05-06")
    assert (e.event_type, actor(e, "actor2")) == ("Violence against civilians", "Civilians")


def test_later_toll_of_the_attack_is_no_new_event():
    found = events("قُتل مدنيان بغارة إسرائيلية استهدفت سيارة على طريق بلدة القليلة جنوبي صور ظهر اليوم. وقالت الوكالة "
                   "لاحقاً إن عدد قتلى الغارة بلغ ثلاثة.", published="2023-11-21")
    assert len(found) == 1 and found[0].fatalities == 3


def test_clause_joined_by_an_accompanying_word_is_its_own_event_and_aircraft_keep_their_owner():
    found = events("قتل ثلاثة مدنيين بغارات جوية على مدينة معرة النعمان، رافقها قصف لمروحيات النظام بالبراميل "
                   "المتفجرة على بلدة كفرسجنة.", published="2018-01-28")
    by_place = {e.location["name_ar"]: e for e in found}
    assert set(by_place) == {"معرة النعمان", "كفرسجنة"}
    assert {actor(e, "actor1") for e in found} == {"Assad regime forces"}
    assert by_place["معرة النعمان"].fatalities == 3 and by_place["كفرسجنة"].fatalities in (0, None)
    # the other side: a clause that only adds a figure stays in the event
    assert len(events("قُتل مدنيان بغارة جوية على مدينة سرمين، رافقها سقوط ثلاثة جرحى.", published="2018-01-28")) == 1


def test_a_supporting_force_is_not_what_a_later_generic_force_means():
    found = events("نفذت قوات سوريا الديمقراطية، بمشاركة قوات التحالف الدولي، عملية إنزال في بلدة الشحيل فجر اليوم. "
                   "وفي عملية منفصلة، اعتقلت القوات أمس ثلاثة أشخاص في بلدة البحرة.", published="2025-06-22")
    arrest = next(e for e in found if e.location["name_ar"] == "البحرة")
    assert (arrest.sub_event_type, actor(arrest, "actor1")) == ("Arrests", "SDF")


def test_a_group_dissolving_its_formations_changes_its_activity():
    found = events("أعلن «اللواء الثامن» في مدينة بصرى الشام بريف درعا الشرقي، أمس، حلّ تشكيلاته العسكرية وتسليم "
                   "عتاده إلى وزارة الدفاع.", published="2025-04-13")
    assert [e.sub_event_type for e in found] == ["Change to group/activity"]


def test_two_blasts_and_a_rigged_car_are_explosions_and_a_tally_since_the_truce_is_none():
    e = only("3 قتلى و5 جرحى من عناصر الحشد الشعبي بانفجارين في قضاء الطوز اليوم.", published="2024-02-10")
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    e = only("استهدف هجوم بسيارة ملغومة موكباً لقائد أمني في مدينة عدن صباح اليوم.", published="2024-02-10")
    assert e.event_type == "Explosions/Remote violence"
    assert events("وكشف التقرير عن مقتل 90 عنصراً من الحزب بغارات إسرائيلية منذ بدء سريان وقف إطلاق النار.",
                  published="2025-06-10") == []


def test_two_shells_on_a_camp_are_shelling_and_a_shot_down_drone_is_disrupted():
    e = only("سقطت قذيفتان أطلقتهما قوات الدعم السريع على سوق مدينة الدلنج مساء اليوم، ما أدى إلى إصابة أربعة أشخاص.",
             published="2024-09-10")
    assert (e.sub_event_type, e.wounded) == ("Shelling/artillery/missile attack", 4)
    e = only("أعلن الجيش السوداني أن دفاعاته الجوية أسقطت طائرتين مسيّرتين فوق مدينة عطبرة فجر اليوم.",
             published="2025-05-07")
    assert e.sub_event_type == "Disrupted weapons use"


def test_a_later_rise_in_the_toll_updates_and_a_forecast_toll_is_ignored():
    found = events("قُتل 12 مدنياً بقصف مدفعي على مخيم زمزم جنوب الفاشر صباح اليوم. وفي تحديث لاحق، أعلنت الشبكة ارتفاع "
                   "عدد القتلى إلى 19. فيما رجّحت مصادر طبية أن تصل الحصيلة إلى 40 قتيلاً.", published="2025-04-11")
    assert len(found) == 1 and found[0].fatalities == 19


def test_a_protest_on_an_anniversary_is_a_protest_and_the_anniversary_is_not():
    found = events("نظّم عشرات الشبان، أمس، وقفة احتجاجية في ذكرى انهيار السدين أمام مقر البلدية في مدينة درنة للمطالبة "
                   "بمحاسبة المسؤولين.", published="2024-09-11")
    assert [e.sub_event_type for e in found] == ["Peaceful protest"]
    assert events("تصادف اليوم الذكرى السنوية لمجزرة الحولة التي قتل فيها أكثر من مئة مدني.", published="2024-05-25") == []


def test_a_later_word_that_the_strike_hurt_nobody_and_the_speaking_officials_town():
    found = events("قصفت طائرات حربية تركية، اليوم الأحد، قرية كاني ماسي التابعة لقضاء العمادية شمالي محافظة دهوك. "
                   "وقال قائممقام العمادية إن القصف أحرق البساتين، ولم يسفر عن إصابات بشرية.", published="2025-06-08")
    assert len(found) == 1 and (found[0].fatalities, found[0].wounded) == (0, 0)
    # the other side: an official who is the victim keeps his place
    e = only("اغتال مسلحون مجهولون مختار حي في بلدة طفس بريف درعا الغربي عصر اليوم.", published="2025-06-08")
    assert e.location["name_ar"] == "طفس"


def test_suicide_drones_shot_down_drones_and_marches():
    e = only("استهدفت مسيّرة انتحارية مواقع للجيش في مدينة الدلنج صباح اليوم.", published="2025-10-19")
    assert e.sub_event_type == "Air/drone strike"
    e = only("أسقطت الدفاعات الجوية طائرة مسيّرة فوق مدينة بورتسودان فجر اليوم.", published="2025-10-19")
    assert e.sub_event_type == "Disrupted weapons use"
    e = only("خرج مئات الطلاب في مسيرة وسط مدينة إدلب اليوم للمطالبة بتحسين التعليم.", published="2026-01-13")
    assert e.sub_event_type == "Peaceful protest"
    # the other side: a drone that strikes is a strike, a suicide bomber a suicide bomb
    e = only("قصفت طائرة مسيّرة تركية سيارة في مدينة القامشلي اليوم.", published="2025-10-19")
    assert e.sub_event_type == "Air/drone strike"
    e = only("فجّر انتحاري حزاماً ناسفاً عند حاجز للشرطة في مدينة الرمادي صباح اليوم.", published="2025-10-19")
    assert e.sub_event_type == "Suicide bomb"


def test_a_crowd_beating_people_is_mob_violence_and_protesters_beaten_are_a_protest_broken_up():
    e = only("تعرض ثلاثة عمال للضرب المبرح على أيدي شبان غاضبين في بلدة بشري شمالي لبنان مساء أمس.",
             published="2025-10-19")
    assert (e.sub_event_type, actor(e, "actor1")) == ("Mob violence", "Rioters")
    e = only("اعتدى عناصر حاجز أمني بالضرب على متظاهرين في مدينة جسر الشغور اليوم ومنعوهم من إكمال المظاهرة.",
             published="2025-10-19")
    assert e.event_type == "Protests"


def test_protester_shot_by_security_forces_is_excessive_force():
    e = only("قُتل متظاهر وأصيب أربعة آخرون برصاص قوات الأمن، أمس الثلاثاء، خلال تظاهرة نظمها أنصار المعارضة في "
             "مقديشو.", published="2026-05-20")
    assert (e.sub_event_type, e.fatalities, e.wounded) == ("Excessive force against protesters", 1, 4)
    # the other side: a protest nobody fired on stays peaceful
    e = only("تظاهر آلاف الليبيين، يوم الجمعة، في ميدان الشهداء وسط العاصمة طرابلس مطالبين برحيل الحكومة.",
             published="2025-03-15")
    assert e.sub_event_type == "Peaceful protest"


def test_pluperfect_past_without_a_near_date_is_background():
    assert events("وكانت مدن الرقة والطبقة قد شهدت احتجاجات واسعة ضد الإدارة الذاتية في نيسان الماضي.",
                  published="2025-05-10") == []
    # the other side: the pluperfect with its own day is the news
    e = only("وكانت اشتباكات قد اندلعت مساء الجمعة في بلدة بصرى الشام بين عناصر من اللواء الثامن وقوات الأمن العام.",
             published="2025-10-19")
    assert e.event_type == "Battles"


def test_a_cache_of_shells_found_blown_up_homes_a_tribal_feud_and_war_remnants():
    e = only("عثرت قوات الأمن، صباح اليوم، على مستودع أسلحة يضم قذائف هاون وعبوات ناسفة في مزرعة قرب بلدة معدان.",
             published="2025-02-05")
    assert e.sub_event_type == "Disrupted weapons use"
    e = only("نسف الجيش الإسرائيلي عدداً من المنازل في بلدة كفركلا جنوبي لبنان فجر اليوم.", published="2025-05-14")
    assert e.sub_event_type == "Looting/property destruction"
    e = only("قُتل شخصان في نزاع عشائري اندلع عصر اليوم بين عشيرتين في قضاء القرنة شمالي البصرة.",
             published="2026-06-24")
    assert e.sub_event_type == "Armed clash"
    e = only("قُتل راعيان بانفجار لغم من مخلفات المعارك في بادية السخنة شرقي حمص صباح اليوم.", published="2024-03-21")
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    # the other side: shells fired are shelling
    e = only("سقطت قذائف هاون على حي المحطة في مدينة دير الزور صباح اليوم.", published="2025-02-05")
    assert e.sub_event_type == "Shelling/artillery/missile attack"


def test_a_crowd_storming_a_building_riots_and_its_actor_is_rioters():
    e = only("وسيطر المحتجون على مبنى المحافظة في مدينة السويداء اليوم وأشعلوا فيه النيران.", published="2023-09-01")
    assert (e.event_type, actor(e, "actor1")) == ("Riots", "Rioters")
    # the other side: an armed group taking a town overtakes territory
    e = only("سيطرت قوات الدعم السريع على بلدة أم سيالة في شمال كردفان اليوم بعد معارك مع الجيش.",
             published="2025-11-17")
    assert e.sub_event_type == "Non-state actor overtakes territory"


def test_a_report_without_publication_date_counts_from_its_dateline():
    doc = process("جالكعيو، 3 مارس 2026 – قُتل ثلاثة جنود أمس بهجوم لحركة الشباب على قاعدة في بلدة جالكعيو.")
    assert doc.published is None and [e.date for e in doc.events] == ["2026-03-02"]
    assert any("dateline" in w for w in doc.warnings)
    # the other side: a date deep in the body is no dateline, and a given publication date wins
    doc = process("قُتل ثلاثة جنود أمس بهجوم على قاعدة في بلدة جالكعيو. " + "وأضاف المصدر أن القوات انتشرت. " * 8
                  + "وأضاف أن اجتماعاً أمنياً عقد في 3 مارس 2024.")
    assert not any("dateline" in w for w in doc.warnings)
    doc = process("جالكعيو، 3 مارس 2026 – قُتل ثلاثة جنود أمس بهجوم على قاعدة في بلدة جالكعيو.", published="2026-03-05")
    assert [e.date for e in doc.events] == ["2026-03-04"]


def test_the_same_day_is_the_day_named_last_and_the_day_after_the_incident_counts_from_it():
    found = events("استهدفت طائرة مسيّرة إسرائيلية، فجر اليوم الأربعاء، سيارة عند مدخل مدينة طرابلس شمالي لبنان. "
                   "وكان مركز الطوارئ قد أعلن في بيان مساء أمس الثلاثاء أن الغارات التي شنّها الطيران الحربي "
                   "الإسرائيلي بعد ظهر اليوم نفسه على بلدتي كفررمان وحبوش أسفرت عن ستة قتلى.", published="2024-10-23")
    assert {e.location["name_ar"]: e.date for e in found} == {"طرابلس": "2024-10-23", "كفررمان": "2024-10-22",
                                                             "حبوش": "2024-10-22"}
    found = events("اختطف مسلحون، مساء الاثنين، سبع نساء قرب معسكر كلمة شرقي مدينة نيالا.\n"
                   "وقال المتحدث إن أربعاً منهن أُطلق سراحهن صباح أمس.\n"
                   "وفي اليوم التالي للحادثة، نظّم مئات النازحين وقفة احتجاجية داخل معسكر كلمة.", published="2023-11-08")
    protest = next(e for e in found if e.event_type == "Protests")
    assert protest.date == "2023-11-07"


def test_a_strike_on_a_car_is_an_air_strike_and_a_killing_with_abduction_is_an_attack():
    e = only("قُتل مدنيان في قصف إسرائيلي استهدف سيارة على طريق بلدة عيناثا جنوب لبنان.", published="2023-11-05")
    assert e.sub_event_type == "Air/drone strike"
    e = only("أدت ضربة إسرائيلية استهدفت سيارة في بلدة عيناثا جنوب لبنان إلى مقتل ثلاثة أشخاص.", published="2023-11-05")
    assert e.sub_event_type == "Air/drone strike"
    # the other side: artillery on a village stays shelling
    e = only("قُتل مدنيان في قصف مدفعي على بلدة عيناثا جنوب لبنان.", published="2023-11-05")
    assert e.sub_event_type == "Shelling/artillery/missile attack"
    e = only("هاجم عناصر من تنظيم داعش قرية كهريزة في قضاء خانقين شمالي ديالى اليوم، وقتلوا مدنيا، واختطفوا آخر.",
             published="2020-05-05")
    assert e.sub_event_type == "Attack"


def test_the_target_named_before_a_list_of_places_is_each_places_target():
    found = events("قصفت قوات النظام مواقع هيئة تحرير الشام في بلدات كفرعويد والبارة وسفوهن اليوم.", published="2019-05-10")
    assert len(found) == 3 and {actor(e, "actor2") for e in found} == {"HTS"}
    # the other side: a second strike of the same wave on another governorate names no target of its own
    found = events("قصفت طائرات حربية إسرائيلية مواقع لحزب الله في بلدة الخيام جنوبي لبنان، كما استهدفت الغارات بلدة "
                   "النبي شيت في البقاع.", published="2024-10-10")
    by_place = {e.location["name_ar"]: actor(e, "actor2") for e in found}
    assert by_place.get("الخيام") == "Hezbollah" and by_place.get("النبي شيت") is None


def test_a_foreign_army_targeting_a_car_struck_it_from_the_air():
    e = only("إسرائيل تستهدف سيارة على طريق بلدة المنصوري قرب صور، ما أدى إلى مقتل شخصين.", published="2023-11-21")
    assert e.sub_event_type == "Air/drone strike"
    # the other side: soldiers firing on a car attack it at close range
    e = only("أطلق جنود الاحتلال النار على سيارة قرب بلدة قباطية اليوم ما أدى إلى إصابة شاب.", published="2023-11-21")
    assert e.sub_event_type == "Attack"


def test_quarters_of_one_city_hit_together_are_one_event_and_villages_are_one_each():
    found = events("قصفت قوات النظام حيي جوبر والقابون في دمشق صباح اليوم.", published="2017-03-10")
    assert len(found) == 1 and found[0].admin1 == "Damascus"
    # the other side: villages of one district are one event each
    found = events("قصفت قوات النظام بلدات كفرعويد والبارة وسفوهن اليوم.", published="2019-05-10")
    assert len(found) == 3


def test_villages_the_gazetteer_lacks_listed_with_their_area_are_one_event_each():
    names = {"ود الفادني", "الطندب", "أم عضام"}
    found = events("هاجمت قوات الدعم السريع فجر اليوم عدة قرى في محلية الكاملين بولاية الجزيرة، شملت ود الفادني، "
                   "والطندب، وأم عضام، ما أدى إلى مقتل ستة مواطنين.", published="2024-11-03")
    assert {e.location["name_ar"] for e in found} == names and [e.fatalities for e in found] == [2, 2, 2]
    assert {e.location["feature"] for e in found} == {"unlisted"} and {e.admin1 for e in found} == {"Al Jazirah"}
    found = events("شهدت قرى ود الفادني والطندب وأم عضام بمحلية الكاملين في ولاية الجزيرة اليوم هجوماً نفذته قوات "
                   "الدعم السريع.", published="2024-11-03")
    assert {e.location["name_ar"] for e in found} == names and {actor(e, "actor1") for e in found} == {"RSF"}
    # the other side: one village the gazetteer lacks is one event, its name not run on into the next word
    e = only("قصفت قوات الدعم السريع اليوم قرية ود الفادني والمناطق المجاورة بمحلية الكاملين في ولاية الجزيرة.",
             published="2024-11-03")
    assert e.location["name_ar"] == "ود الفادني"


def test_a_count_of_strikes_on_named_places_is_a_raid_and_a_round_tally_is_not():
    found = events("شنت طائرات التحالف الدولي اليوم 14 غارة جوية على بلدات هجين والشعفة والسوسة بريف دير الزور، "
                   "ما أسفر عن مقتل 30 عنصراً من داعش.", published="2018-11-06")
    assert len(found) == 3 and [e.fatalities for e in found] == [10, 10, 10]
    assert {actor(e, "actor2") for e in found} == {"Islamic State"}  # the toll told for the list is each place's
    # the other sides: a tally of strikes over the country, or a round count, is an aggregate
    assert events("شنت طائرات التحالف اليوم أكثر من 40 غارة على منطقة بني حشيش شرقي صنعاء.", published="2018-11-06") == []
    assert events("نفذ طيران الجيش خلال الشهر الجاري 14 ضربة جوية على أوكار داعش في وادي الشاي جنوبي كركوك.",
                  published="2018-11-06") == []


def test_a_quarter_told_after_its_city_is_the_same_shelling():
    found = events("سقطت عشر قذائف هاون على أحياء دمشق صباح اليوم، وأصيب أربعة مدنيين. وأصيبت امرأة بجروح جراء "
                   "سقوط قذيفة في منطقة العدوي.", published="2017-11-26")
    assert len(found) == 1 and found[0].location["name_ar"] == "دمشق"
    # the other side: a quarter of another city is another event
    found = events("سقطت عشر قذائف هاون على أحياء دمشق صباح اليوم. وسقطت قذيفة في حي الميدان بمدينة حلب.",
                   published="2017-11-26")
    assert len(found) == 2


def test_a_list_of_targets_goes_on_past_the_words_that_locate_its_places():
    found = events("وقصفت مدفعية الاحتلال اليوم منازل في مخيم المغازي ومخيم البريج وسط قطاع غزة، إضافة إلى أطراف "
                   "بلدة بيت حانون شمال القطاع، وحي الشجاعية شرق مدينة غزة.", published="2024-10-10")
    assert {e.location["name_ar"] for e in found} == {"مخيم المغازي", "البريج", "بيت حانون", "حي الشجاعية"}
    # the other sides: a place after a comma and a compass word only locates the one before it, and a quarter
    # «وسط مدينة X» is the place itself
    e = only("اندلعت صباح اليوم اشتباكات بين الجيش الصومالي ومقاتلي حركة الشباب في محيط مدينة أفجوي، غربي مقديشو.",
             published="2024-08-03")
    assert e.location["name_ar"] == "أفجوي"
    e = only("أصيب ضابط بجروح صباح اليوم إثر انفجار عبوة ناسفة زرعت أسفل سيارته في منطقة الكيش وسط مدينة بنغازي.",
             published="2025-08-26")
    assert e.location["feature"] == "neighbourhood" and e.admin1 == "Benghazi"


def test_a_name_between_a_verb_of_saying_and_what_was_said_is_a_speaker_not_a_place():
    found = events("قتل ثلاثة أشخاص بانفجار سيارة مفخخة في سوق مدينة الرمادي اليوم. وأوضح العبيدي أن التفجير أوقع "
                   "قتلى وجرحى بين المتسوقين.", published="2024-10-10")
    assert [e.location["name_ar"] for e in found] == ["الرمادي"]
    # the other side: a place after the verb that is where things happened stays the place
    e = only("ذكرت مصادر محلية أن مسلحين مجهولين اغتالوا مختار قرية الجيزة بريف درعا الشرقي مساء أمس.",
             published="2024-10-10")
    assert e.admin1 == "Daraa"


def test_the_incident_is_dated_by_the_sentence_that_says_when_it_happened():
    e = only("قُتل شرطيان بنيران مسلحين استهدفوا دوريتهما من سيارة مسرعة في مدينة جبلة.\nوقال مصدر أمني إن "
             "مسلحين أطلقوا النار على عناصر الدورية ثم لاذوا بالفرار.\nونقل تلفزيون محلي أن الحادث وقع مساء يوم "
             "الإثنين قرب كراج المدينة.", published="2025-08-20")
    assert e.date == "2025-08-18"
    # the lead is dated by the incident's day, not by a dateline's or the statement's
    e = only("حماة - 2025-11-18\nقُتل ثلاثة مزارعين بانفجار لغم أرضي أثناء حراثتهم أرضاً في قرية معردس شمالي "
             "حماة.\nوذكر مصدر محلي اليوم الثلاثاء أن اللغم انفجر أمس الاثنين في أحد الحقول، ما أدى إلى مقتل "
             "الثلاثة.", published="2025-11-18")
    assert e.date == "2025-11-17"
    # the other side: an incident dated in its own sentence keeps its date
    e = only("قُتل شرطيان مساء أمس بنيران مسلحين استهدفوا دوريتهما في مدينة جبلة.\nونقل تلفزيون محلي أن "
             "الحادث وقع قرب كراج المدينة.", published="2025-08-20")
    assert e.date == "2025-08-19"


def test_a_sentence_telling_who_the_dead_were_is_no_event_of_its_own():
    found = events("قتل 50 عنصراً من حزب الله في غارات إسرائيلية على الضاحية الجنوبية لبيروت اليوم.\nوأضاف المصدر "
                   "أن 20 من بين القتلى كانوا من مقاتلي قوة الرضوان.", published="2024-10-10")
    assert len(found) == 1 and found[0].fatalities == 50


def test_a_trend_or_a_span_since_the_war_began_is_background_but_not_inside_a_relative_clause():
    assert events("وكثفت الجماعة المسلحة الهجمات في شهر رمضان على ضواحي العاصمة مقديشو.", published="2024-04-01") == []
    assert events("ويتبادل الجيش الإسرائيلي وحزب الله القصف عبر الحدود منذ بداية الحرب على غزة.",
                  published="2024-04-01") == []
    # the other side: a since-clause about something else leaves the incident an event
    e = only("أسقطت الدفاعات الجوية طائرة مسيرة أمريكية في أجواء محافظة مأرب اليوم، وهي الطائرة الثالثة التي يتم "
             "إسقاطها منذ بدء المعركة.", published="2024-11-19")
    assert e.sub_event_type == "Disrupted weapons use"


def test_a_listed_village_known_only_in_another_governorate_is_one_the_gazetteer_lacks():
    found = events("ونفذت طائرات النظام غارات مماثلة على قريتي دير فول والسعن بريف حمص الشمالي.",
                   published="2016-04-15")
    assert {(e.location["name_ar"], e.admin1) for e in found} == {("دير فول", "Homs"), ("السعن", "Homs")}
    assert {e.location["feature"] for e in found} == {"populated", "unlisted"}
    # the other side: a list with no area named keeps the gazetteer's readings
    found = events("قصفت قوات النظام بلدات كفرعويد والبارة وسفوهن اليوم.", published="2019-05-10")
    assert {e.location["feature"] for e in found} == {"populated"}


def test_quarters_of_one_city_hit_together_are_one_event_at_the_city():
    e = only("قصف الحوثيون حيي البعرارة وثعبات في مدينة تعز صباح اليوم.", published="2017-03-10")
    assert e.location["name_ar"] == "تعز"
    # the other side: one quarter hit alone is the place itself
    e = only("قصفت قوات النظام حي جوبر في دمشق صباح اليوم.", published="2017-03-10")
    assert e.location["feature"] == "neighbourhood"


def test_a_village_name_the_gazetteer_knows_only_in_another_state_stays_in_the_list():
    # «الطيب» and «الحلة» are gazetteer names elsewhere (Sudan and Iraq), not in Al Jazirah's Al Hasahisa
    found = events("هاجمت قوات الدعم السريع قرى ود الطيب والكريمت بمحلية الحصاحيصا.", published="2024-05-10")
    assert {e.location["name_ar"] for e in found} == {"ود الطيب", "الكريمت"}
    found = events("هاجمت قوة من الدعم السريع صباح أمس الثلاثاء قرى (ود الطيب والكريمت والحلة الجديدة) الواقعة "
                   "شرق مدينة الحصاحيصا بولاية الجزيرة، ما أدى إلى مقتل 6 مواطنين.", published="2024-05-10")
    assert {e.location["name_ar"] for e in found} == {"ود الطيب", "الكريمت", "الحلة الجديدة"}
    assert [e.fatalities for e in found] == [2, 2, 2]


def test_an_area_word_ends_a_list_of_villages_even_when_the_area_is_not_read():
    found = events("هاجمت قوات الدعم السريع قرى ود الطيب والكريمت بمحلية ٢٤ الكاملين اليوم.", published="2024-05-10")
    assert {e.location["name_ar"] for e in found} == {"ود الطيب", "الكريمت"}


def test_villages_that_bore_an_attack_are_civilian_targets_but_a_city_that_saw_killings_is_not():
    found = events("شهدت قرى ود الطيب والكريمت والحلة بمحلية الحصاحيصا، هجوما نفذته قوات الدعم السريع.",
                   published="2024-05-10")
    assert len(found) == 3 and {(e.sub_event_type, actor(e, "actor2")) for e in found} == {("Attack", "Civilians")}
    # a village that bore an attack on the army's positions is a battle
    e = only("شهدت بلدة الحصاحيصا هجوما شنته قوات الدعم السريع على مواقع الجيش.", published="2024-05-10")
    assert e.sub_event_type == "Armed clash"
    # a city that «witnessed» two assassinations names no target
    e = only("شهدت مدينة عدن اليوم عمليتي اغتيال نفذهما مسلحون مجهولون.", published="2016-05-10")
    assert actor(e, "actor2") != "Civilians"


def test_a_clause_with_its_own_verb_attacker_and_villages_is_its_own_incident():
    found = events("ارتكبت قوات الدعم السريع صباح اليوم مجزرة في مدينة الحصاحيصا بولاية الجزيرة قُتل فيها خمسة "
                   "مواطنين، كما تعرضت قرى ود الطيب والكريمت بمحلية الكاملين لهجوم شنّته الدعم السريع.",
                   published="2024-05-10")
    assert {e.location["name_ar"] for e in found} == {"الحصاحيصا", "ود الطيب", "الكريمت"}
    assert [e.fatalities for e in found if e.location["name_ar"] == "الحصاحيصا"] == [5]
    # the other side: one more target after «إضافة إلى» with a summary noun is the same wave of strikes
    found = events("شنت طائرات إسرائيلية غارات على ميناء الحديدة، إضافة إلى مواقع في العاصمة صنعاء، في ثالث هجوم "
                   "إسرائيلي على اليمن خلال شهرين.", published="2025-07-07")
    assert {e.sub_event_type for e in found} == {"Air/drone strike"}


def test_sounds_heard_are_no_incident_unless_a_side_or_a_toll_is_named():
    found = events("اندلعت اشتباكات عنيفة بين الجيش ومسلحين في مدينة حمص اليوم، ما أدى إلى مقتل شخص. "
                   "وسمع دوي القذائف في حي الوعر وفي بلدة تلبيسة.", published="2014-05-10")
    assert [e.location["name_ar"] for e in found] == ["مدينة حمص"]
    e = only("سمع دوي انفجارات عنيفة في مدينة حمص فجر اليوم ناجمة عن غارات إسرائيلية استهدفت مواقع عسكرية.",
             published="2024-05-10")
    assert e.sub_event_type == "Air/drone strike"
    e = only("وسمع دوي انفجار في بلدة تلبيسة أسفر عن مقتل شخصين.", published="2024-05-10")
    assert e.fatalities == 2


def test_a_headline_under_a_section_label_tells_the_lead_event():
    text = ("الشأن السوري\n\nالتنظيم يقصف مواقع الفصائل جنوب دمشق بقذائف الهاون\n\n"
            "استهدف تنظيم داعش مساء اليوم مواقع فصائل المعارضة في محيط بلدة يلدا جنوبي دمشق، ما أدى إلى إصابة "
            "خمسة مقاتلين.")
    e = only(text, published="2017-10-22")
    assert e.location["name_ar"] == "يلدا"
    # without the label the first line is still the headline; a lone first line that is no label stays text
    assert len(events(text.split("\n\n", 1)[1], published="2017-10-22")) == 1


def test_fighting_told_as_still_going_on_is_no_incident_of_its_own():
    found = events("سيطرت قوات النظام على قرية المستريحة صباح اليوم بعد معارك مع الفصائل. وقال ناشطون إن "
                   "الاشتباكات لا تزال مستمرة في محيط قرية الرهجان المجاورة.", published="2017-11-28")
    assert [e.location["name_ar"] for e in found] == ["المستريحة"]
    # the other side: a toll, or «لا تزال» far from the incident's trigger, keeps the incident
    e = only("قُتل ثلاثة مقاتلين في اشتباكات لا تزال مستمرة قرب قرية الرهجان.", published="2017-11-28")
    assert e.fatalities == 3
    e = only("استشهد عدد من المواطنين في غارة استهدفت منزلاً في حي الشجاعية شرقي مدينة غزة، ولا تزال فرق الإنقاذ "
             "تبحث عن مفقودين.", published="2025-06-10")
    assert e.sub_event_type == "Air/drone strike"


def test_a_sentence_that_names_the_attack_before_with_its_own_noun_tells_more_of_it():
    text = ("قُتل خمسة جنود اليوم الجمعة في هجوم لحركة الشباب على معسكر للجيش قرب مدينة بلدوين.\n"
            "وذكر سكان محليون أن خمسة جنود قُتلوا في الهجوم، وأن المهاجمين زرعوا ألغاماً حول المعسكر قبل أن ينسحبوا.\n"
            "ولم تكن حصيلة الهجوم أكبر لأن كثيراً من الجنود كانوا خارج المعسكر.")
    e = only(text, published="2025-03-14")
    assert e.fatalities == 5 and e.sub_event_type == "Armed clash" and len(e.evidence) == 3
    # the other side: «هجوم آخر», or another toll, is another attack
    found = events(text.split("\n")[0] + "\nوفي هجوم آخر، قُتل جنديان بانفجار عبوة ناسفة.", published="2025-03-14")
    assert len(found) == 2
    # … and a protest against the abduction told before is news of its own
    found = events("اختطف مسلحون مجهولون ناشطاً من منزله في مدينة نيالا مساء أمس.\n"
                   "ونظم مئات المواطنين وقفة احتجاجية تنديداً بالاختطاف.", published="2023-11-07")
    assert {e.event_type for e in found} == {"Violence against civilians", "Protests"}


def test_a_toll_counted_since_an_earlier_day_is_a_running_total_not_the_incidents():
    text = ("تجددت المواجهات اليوم بين مجموعتين مسلحتين قرب مستودعات الوقود على طريق المطار في طرابلس.\n"
            "وأعلن مستشفى ميداني أمس أن حصيلة المواجهات التي اندلعت في العاصمة طرابلس منذ 26 أغسطس الماضي بلغت 98 "
            "قتيلاً و430 جريحاً.")
    e = only(text, published="2014-09-10")
    assert e.fatalities is None
    # the other side: the incident's own toll told before the running total stays
    e = only("شن الطيران الإسرائيلي اليوم غارات على بلدة كفررمان في قضاء النبطية أسفرت عن ستة شهداء، فيما بلغت "
             "الحصيلة الإجمالية منذ الثامن من تشرين الأول 2023 نحو 2512 شهيداً.", published="2024-10-22")
    assert e.fatalities == 6


def test_an_incident_told_after_so_many_days_before_the_reports_own_is_dated_back():
    found = events("قتل جنديان اليوم الأربعاء بانفجار عبوة ناسفة في مدينة الشيخ عثمان بعدن.\n"
                   "وجاءت الحادثة بعد يومين من إصابة عامل نظافة بانفجار عبوة ناسفة كانت مزروعة على مدخل مدينة المنصورة.",
                   published="2016-01-13")
    assert sorted((e.date, e.time_precision) for e in found) == [("2016-01-11", 2), ("2016-01-13", 1)]
    # (a day counted back from the report's own is approximate, ACLED's time_precision 2; the report's day is exact)
    found = events("قصفت مدفعية الجيش اليوم بلدة كفرنبل بريف إدلب. وجاء القصف بعد 3 أيام من غارة جوية استهدفت "
                   "بلدة حاس القريبة.", published="2019-09-15")
    assert sorted(e.date for e in found) == ["2019-09-12", "2019-09-15"]


def test_a_word_cue_that_opens_a_later_sentence_is_still_read():
    # «(?:^|\s)» cannot see the space before a sentence that starts past the text's first character
    found = events("قتل 6 جنود في هجوم لحركة الشباب على قاعدة عسكرية في مدينة بيدوا اليوم. وكثفت الجماعة المسلحة "
                   "الهجمات في شهر رمضان على أحياء العاصمة مقديشو في محاولة لإسقاط الحكومة.", published="2024-04-05")
    assert [e.fatalities for e in found] == [6] and found[0].admin1 != "Banadir"


def test_a_name_an_actor_bears_only_at_home_is_no_actor_elsewhere():
    e = only("هاجم مسلحون مجهولون اليوم مجموعة من الشباب في مدينة الأتارب بريف حلب الغربي.", published="2025-03-12")
    assert "Al-Shabaab" not in (actor(e, "actor1"), actor(e, "actor2"))
    e = only("شنت الشباب هجوما على قاعدة للجيش في مدينة بيدوا اليوم.", published="2025-03-12")
    assert actor(e, "actor1") == "Al-Shabaab"
    e = only("أطلق مسلحون مجهولون النار على ناشط يطالب بالإصلاح في مدينة الناصرية اليوم.", published="2025-03-12")
    assert "Islah" not in (actor(e, "actor1"), actor(e, "actor2"))


def test_two_areas_the_gazetteer_lacks_named_with_a_dual_and_located_by_a_town():
    found = events("هاجمت قوات الدعم السريع أمس منطقتي ود العقلي والسريحة شرق وشمال مدينة الحصاحيصا بولاية "
                   "الجزيرة، وقتلت 8 مدنيين في المنطقتين.", published="2024-10-22")
    assert {e.location["name_ar"] for e in found} == {"ود العقلي", "السريحة"} and [e.fatalities for e in found] == [4, 4]
    # the other side: a compass word after one name of a list does not end the list
    found = events("هاجمت قوات الدعم السريع قرى بمحلية شرق الجزيرة، بينها البشاقرة شرق، والشرب.",
                   published="2024-10-22")
    assert {e.location["name_ar"] for e in found} == {"البشاقرة", "الشرب"}


def test_a_clan_area_keeps_its_whole_name_and_migrants_shot_are_civilians():
    e = only("أصيب ثلاثة مهاجرين صباح اليوم بنيران حرس الحدود في منطقة آل سالم بمديرية منبه في محافظة صعدة.",
             published="2024-06-06")
    assert e.location["name_ar"] == "آل سالم" and actor(e, "actor2") == "Civilians" and e.sub_event_type == "Attack"
    assert only("أصيب مهاجران أمس بنيران حرس الحدود في منطقة آل سالم بمديرية منبه.", published="2024-06-06").wounded == 2


def test_an_attack_that_only_damaged_things_is_property_destruction():
    e = only("هاجم مستوطنون فجر الأحد سيارة مواطن قرب قرية ترمسعيا شمال رام الله، ما تسبب في إلحاق أضرار بها، "
             "دون أن يصاب أحد.", published="2026-01-18")
    assert e.sub_event_type == "Looting/property destruction"
    # the other side: when someone is hurt it stays an attack
    e = only("هاجم مستوطنون فجر الأحد مواطنين قرب قرية ترمسعيا شمال رام الله وأصابوا اثنين منهم بجروح وحطموا "
             "سيارتهم.", published="2026-01-18")
    assert e.sub_event_type == "Attack"


def test_israels_unqualified_fire_on_gaza_is_an_air_strike_but_its_artillery_and_lebanon_stay_shelling():
    e = only("استشهد أربعة أشقاء في قصف الاحتلال الإسرائيلي لمنزلهم في مدينة دير البلح.", published="2023-11-21")
    assert e.sub_event_type == "Air/drone strike"
    assert only("قصفت مدفعية الاحتلال منازل في بلدة بيت لاهيا اليوم.", published="2023-11-21").sub_event_type \
        == "Shelling/artillery/missile attack"
    assert only("قصف الجيش الإسرائيلي بلدة كفركلا في جنوب لبنان اليوم.", published="2023-11-21").sub_event_type \
        == "Shelling/artillery/missile attack"


def test_list_items_the_gazetteer_lacks_are_events_of_their_own_and_keep_the_list_going():
    # «معرة الزيتون» (two words) and «أبو الخواطر» are names the gazetteer lacks, inside and at the end of a list
    found = events("قصفت مدفعية النظام صباح اليوم بلدات حاس وكفرومة ومعرة الزيتون وكنصفرة بريف إدلب الجنوبي.",
                   published="2019-09-15")
    assert {e.location["name_ar"] for e in found} == {"حاس", "كفرومة", "معرة الزيتون", "كنصفرة"}
    assert {e.location["feature"] for e in found if e.location["name_ar"] == "معرة الزيتون"} == {"unlisted"}
    assert {e.admin1 for e in found} == {"Idlib"}
    found = events("شنت طائرات التحالف الدولي غارات على مناطق هجين والشعفة وأبو الخواطر بريف دير الزور الشرقي.",
                   published="2019-09-15")
    assert {e.location["name_ar"] for e in found} == {"هجين", "الشعفة", "أبو الخواطر"}
    # the other side: a verb after the list starts no village («وقتلت مدنيين في ريف إدلب»)
    found = events("قصفت قوات النظام بلدتي حاس وكفرومة وقتلت مدنيين في ريف إدلب.", published="2019-09-15")
    assert {e.location["name_ar"] for e in found} == {"حاس", "كفرومة"}


def test_the_town_the_witnesses_come_from_is_not_the_place_hit():
    found = events("وثق ناشطون ينحدرون من مدينة دير الزور أمس غارات لطائرات التحالف الدولي على هجين والشعفة.",
                   published="2019-09-15")
    assert {e.location["name_ar"] for e in found} == {"هجين", "الشعفة"}
    # the other side: the town of an attack told after «من» is the attack's
    e = only("قصفت طائرات التحالف الدولي أمس مواقع للتنظيم قريبة من مدينة هجين.", published="2019-09-15")
    assert e.location["name_ar"] == "هجين"


def test_activists_who_documented_strikes_are_a_source_not_the_victims():
    found = events("وثّق ناشطون أمس غارات لطائرات التحالف الدولي على بلدة هجين بريف دير الزور، أسفرت عن مقتل عشرين "
                   "عنصراً لتنظيم داعش.", published="2019-09-15")
    assert [actor(e, "actor2") for e in found] == ["Islamic State"]
    # the other side: activists who were shot are the victims
    e = only("اغتال مسلحون مجهولون ناشطاً إعلامياً في بلدة هجين بريف دير الزور أمس.", published="2019-09-15")
    assert actor(e, "actor2") == "Civilians"


def test_gunmen_right_after_qatala_killed_the_victim_named_after_them():
    e = only("قتل مسلحون مجهولون شاباً في بلدة هجين بريف دير الزور أمس.", published="2019-09-15")
    assert (e.sub_event_type, actor(e, "actor1"), actor(e, "actor2"), e.fatalities) == (
        "Attack", "Unidentified armed group", "Civilians", 1)
    e = only("قتل مسلحون مجهولون جنديين من الجيش في بلدة هجين أمس.", published="2019-09-15")
    assert (actor(e, "actor1"), e.fatalities) == ("Unidentified armed group", 2)
    # the other side: «قُتل مسلحون في اشتباكات مع قوات الأمن» — the gunmen are the dead, a side of the fight
    e = only("قتل مسلحون في اشتباكات مع قوات الأمن في بلدة هجين أمس.", published="2019-09-15")
    assert e.sub_event_type == "Armed clash" and actor(e, "actor2") == "Unidentified armed group"


def test_the_coalition_named_alone_is_the_one_fighting_in_the_reports_country():
    e = only("قصفت طائرات التحالف مواقع للتنظيم في بلدة هجين بريف دير الزور.", published="2019-09-15")
    assert actor(e, "actor1") == "US military / International Coalition"
    e = only("قصفت قوات التحالف مواقع الحوثيين في مديرية صرواح بمحافظة مأرب.", published="2019-09-15")
    assert actor(e, "actor1") == "Saudi-led coalition"



def test_force_told_after_a_rally_makes_the_rally_an_intervention_or_excessive_force():
    e = only("تظاهر مئات في ساحة مدينة سرمدا بريف إدلب أمس. وفرقت قوات الأمن المتظاهرين بالغاز المسيل للدموع.",
             published="2019-09-15")
    assert e.sub_event_type == "Protest with intervention"
    e = only("تظاهر مئات في ساحة مدينة سرمدا بريف إدلب أمس. ثم أطلقت قوات الأمن النار على المتظاهرين فقتلت أحدهم.",
             published="2019-09-15")
    assert (e.sub_event_type, e.fatalities) == ("Excessive force against protesters", 1)
    # the other side: more words about the rally leave it peaceful
    e = only("تظاهر مئات في ساحة مدينة سرمدا بريف إدلب أمس. ورفع المتظاهرون لافتات تطالب بالإفراج عن المعتقلين.",
             published="2019-09-15")
    assert e.sub_event_type == "Peaceful protest"


def test_gunmen_attacking_after_a_rally_are_an_event_of_their_own():
    found = events("احتشد الشبان في ساحة مدينة سرمدا بريف إدلب أمس. ثم هاجم المسلحون مقر الشرطة في المدينة وقتلوا "
                   "شرطياً.", published="2019-09-15")
    assert [e.event_type for e in found] == ["Protests", "Battles"]
    assert [e.fatalities for e in found] == [None, 1]


def test_a_raid_is_the_event_its_outcome_makes_and_no_event_without_one():
    e = only("داهمت قوة إسرائيلية فجر اليوم عدة منازل في بلدة كويا بحوض اليرموك غربي درعا. وقال سكان إن المداهمة "
             "أسفرت عن اعتقال شقيقين واقتيادهما إلى جهة مجهولة.", published="2025-09-15")
    assert (e.sub_event_type, actor(e, "actor1")) == ("Abduction/forced disappearance", "Israeli military")
    # a raid nothing came of is no event …
    assert events("داهمت قوة إسرائيلية فجر اليوم عدة منازل في بلدة كويا بحوض اليرموك غربي درعا. وقال سكان إن القوة "
                  "انسحبت بعد ساعتين.", published="2025-09-15") == []
    # … and one that met fighters is a battle
    e = only("اقتحمت قوات الاحتلال مخيم نور شمس في طولكرم فجر اليوم، واندلعت مواجهات مع مقاومين.",
             published="2025-09-15")
    assert e.sub_event_type == "Armed clash"


def test_a_shelling_wave_across_gazas_governorates_is_one_event_per_place():
    found = events("قصفت مدفعية الاحتلال منازل المواطنين شرق مخيم المغازي ومخيم البريج وسط قطاع غزة، إضافة إلى محيط "
                   "بلدة بيت حانون شمال القطاع، ومحيط حي الشجاعية شرق مدينة غزة.", published="2024-01-10")
    homes = {e.location["name_ar"]: actor(e, "actor2") for e in found}
    assert set(homes) == {"مخيم المغازي", "البريج", "بيت حانون", "حي الشجاعية"}
    assert homes["مخيم المغازي"] == homes["البريج"] == "Civilians"  # the homes east of the camps
    # the other side: a hospital a source speaks from is no place the strike reached
    e = only("استشهد ثلاثة مواطنين في غارة لطائرة مسيرة إسرائيلية على بلدة بيت حانون شمال قطاع غزة، بحسب مصادر "
             "طبية في مستشفى المعمداني بمدينة غزة.", published="2025-03-03")
    assert e.location["name_ar"] == "بيت حانون"


def test_fighting_that_went_on_for_hours_is_the_same_clash():
    e = only("قُتل أربعة رجال اليوم الأحد في اشتباكات بين عائلتين في بلدة الصبحة شرقي دير الزور. واستمرت "
             "الاشتباكات لأكثر من ساعتين، قبل أن يتدخل وجهاء البلدة لوقفها.", published="2021-10-10")
    assert e.fatalities == 4


def test_a_car_bomb_a_storming_drives_in_is_a_suicide_bombing():
    e = only("اقتحم مقاتلو حركة الشباب معسكراً للجيش في مدينة أفجوي بسيارة مفخخة، ما أدى إلى مقتل ثمانية جنود.",
             published="2024-01-10")
    assert e.sub_event_type == "Suicide bomb"
    # the other side: a parked car bomb that went off stays a remote explosive
    e = only("انفجرت سيارة مفخخة قرب معسكر للجيش في مدينة أفجوي، ما أدى إلى مقتل ثمانية جنود.", published="2024-01-10")
    assert e.sub_event_type == "Remote explosive/landmine/IED"


# «ولم ترد حتى الآن معلومات عن ضحايا»: «حتى الآن» after a negation means «not yet», not a tally so far
def test_not_yet_known_is_no_tally_so_far():
    e = only("مصدر محلي: غارتان استهدفتا منطقة الحصامة بمديرية باقم في محافظة صعدة، ولم ترد حتى الآن معلومات "
             "عن ضحايا.", published="2025-03-15")
    assert e.sub_event_type == "Air/drone strike" and e.admin1 == "Saada"
    # the other side: a tally so far is still no event
    assert not events("وبلغ عدد الغارات على محافظة صعدة حتى الآن أكثر من ثلاثين غارة.", published="2025-03-15")


# an interception told after a strike brings that strike's drones down: one Disrupted weapons use
def test_an_interception_told_after_a_strike_makes_it_disrupted_weapons_use():
    e = only("هاجمت مسيّرات انتحارية تابعة للدعم السريع فجر اليوم مواقع عسكرية في مدينة الأبيض. وأكد مصدر عسكري أن "
             "المسيّرات فشلت في إصابة أهدافها في الأبيض بعدما تصدت لها المضادات الأرضية للجيش.",
             published="2025-10-19")
    assert e.sub_event_type == "Disrupted weapons use"
    assert (actor(e, "actor1"), actor(e, "actor2")) == ("Sudanese Armed Forces", "RSF")
    # the other side: when only some were brought down, the others hit and the strike stays
    e = only("هاجمت مسيّرات انتحارية تابعة للدعم السريع فجر اليوم مواقع عسكرية في مدينة الأبيض. وأسقطت دفاعات "
             "الجيش بعضها.", published="2025-10-19")
    assert e.sub_event_type == "Air/drone strike"
    # nor does a strike on the air defences' own sites count as one
    e = only("شنت طائرات التحالف غارات على مواقع الدفاعات الجوية في مدينة صنعاء. واستهدفت الغارات مخازن "
             "الدفاعات الجوية.", published="2019-05-16")
    assert e.sub_event_type == "Air/drone strike"


def test_a_car_bomb_told_as_unexploded_after_it_is_no_explosion():
    found = events("اشتبكت قوة من الجيش العراقي صباح اليوم مع مسلحين من داعش في قضاء الطارمية فقتلت ثلاثة منهم، "
                   "ودمّرت سيارة مفخخة كانت معدة للتفجير.")
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Armed clash", 3)]
    # the other side: a car bomb that went off is one
    found = events("انفجرت سيارة مفخخة كانت مركونة قرب سوق قضاء الطارمية صباح اليوم ما أسفر عن مقتل ثلاثة مدنيين.")
    assert [e.sub_event_type for e in found] == ["Remote explosive/landmine/IED"]


# «أطلق مسلحو التنظيم النار على تظاهرة»: the shooters between the verb and the fire still make it gunfire
def test_gunmen_named_between_the_verb_and_the_fire_make_excessive_force():
    e = only("أطلق مسلحو داعش النار على تظاهرة في مدينة سرت، ما أدى إلى مقتل خمسة متظاهرين.", published="2015-06-10")
    assert e.sub_event_type == "Excessive force against protesters" and e.fatalities == 5
    # the other side: protesters killed by a blast were not fired on
    found = events("خرجت تظاهرة في مدينة سرت ضد التنظيم، وقتل خمسة متظاهرين في انفجار قرب الساحة.",
                   published="2015-06-10")
    assert "Excessive force against protesters" not in [e.sub_event_type for e in found]


def test_the_village_a_firing_position_stands_in_is_not_a_place_hit():
    e = only("استهدفت قوات النظام بقذائف الهاون بلدة كفرنبودة اليوم، من مواقعها في قرية الهبيط.",
             published="2024-03-10")
    assert e.location["name_ar"] == "كفرنبودة"
    e = only("استهدفت قوات النظام بقذائف الهاون بلدة تلبيسة اليوم، انطلاقاً من حاجز قرية الغور الغربية.",
             published="2024-03-10")
    assert e.location["name_ar"] == "تلبيسة"
    # the other side: a village word after the position opens the target
    e = only("قصفت قوات النظام اليوم من مواقعها في معسكر جورين قرية الزيارة بريف حماة.", published="2024-03-10")
    assert e.location["name_ar"] == "الزيارة"


def test_the_place_attackers_came_from_is_not_the_place_hit():
    e = only("سيطر تنظيم داعش اليوم على نقطة للجيش الحر في بلدة ببيلا جنوب دمشق، من اتجاه الحي الذي يسيطر عليه "
             "التنظيم في مخيم اليرموك.", published="2017-10-20")
    assert e.location["name_ar"] == "ببيلا"
    # the other side: a road told by the town it passes («من جهة بلدة X») was struck there
    e = only("استهدفت مسيّرة إسرائيلية اليوم دبابة في محافظة السويداء على الطريق المؤدي إلى المدينة من جهة بلدة "
             "المزرعة.", published="2025-07-16")
    assert e.location["name_ar"] == "المزرعة"


def test_where_a_person_held_a_post_is_not_the_place_of_the_fight():
    e = only("قتل ثلاثة عناصر من قوات الأمن في اشتباكات مع مسلحين في مدينة جبلة اليوم. وبحسب مصادر محلية، اندلعت "
             "الاشتباكات عندما حاولت القوات اعتقال ضابط سابق كان قد شغل مناصب في سجن صيدنايا.", published="2024-12-26")
    assert e.location["name_ar"] == "جبلة"
    # the other side: a fight told only by the prison's town happened there
    e = only("اندلعت اشتباكات قرب سجن صيدنايا اليوم بين قوات الأمن ومسلحين.", published="2024-12-26")
    assert e.location["name_ar"] == "صيدنايا"


def test_a_town_named_like_a_protest_movement_in_a_dual_of_cities_is_a_place():
    e = only("استهدف مسلحون مجهولون اليوم سيارة تقل ضابطين على الطريق بين مدينتي الحراك والمليحة الغربية شرق درعا، "
             "ما أدى إلى مقتلهما على الفور.", published="2021-06-14")
    assert e.event_type == "Battles" and e.location["name_ar"] == "الحراك"
    assert e.fatalities == 2 and actor(e, "actor2") == "Assad regime forces"
    # the other side: the movement itself, with no place word before it, is a protest
    e = only("خرج الحراك الشعبي اليوم في مدينة الحراك شرق درعا للمطالبة بالإفراج عن المعتقلين.",
             published="2021-06-14")
    assert e.event_type == "Protests"


def test_a_pronoun_of_the_dual_counts_two_victims():
    e = only("أطلق مسلحون النار على شابين في بلدة الغارية الشرقية شرق درعا اليوم ما أدى إلى إصابتهما بجروح، ثم "
             "لاذوا بالفرار.", published="2021-06-14")
    assert e.wounded == 2
    # the other side: the pronoun of one counts one
    e = only("أطلق مسلحون النار على شاب في بلدة الغارية الشرقية شرق درعا اليوم ما أدى إلى مقتله على الفور.",
             published="2021-06-14")
    assert e.fatalities == 1


def test_a_road_between_two_governorates_is_one_place():
    found = events("انفجرت عبوة ناسفة صباح اليوم على الطريق الواصل بين محافظتي درعا والسويداء، ما أدى إلى مقتل مجند.",
                   published="2021-06-14")
    assert len(found) == 1 and found[0].fatalities == 1
    # the other side: a strike wave named in two governorates is an event in each
    found = events("قصفت طائرات حربية اليوم بلدة الهبيط في ريف إدلب وبلدة كفرزيتا في ريف حماة.", published="2021-06-14")
    assert sorted(e.location["name_ar"] for e in found) == ["الهبيط", "كفرزيتا"]


def test_a_quarter_inside_a_town_is_that_towns():
    e = only("قتل عنصر من قوات النظام بانفجار عبوة ناسفة في حي السبيل داخل درعا المحطة.", published="2021-06-14")
    assert e.admin1 == "Daraa"
    # the other side: the same quarter name with no town beside it stays ambiguous, not Daraa's
    e = only("قتل عنصر من قوات النظام بانفجار عبوة ناسفة في حي السبيل بمدينة حلب.", published="2021-06-14")
    assert e.admin1 == "Aleppo"


def test_incidents_told_as_earlier_ones_are_background():
    found = events("قصفت مسيّرة لقوات الدعم السريع اليوم مركزاً لإيواء النازحين في مدينة الفاشر ما أسفر عن مقتل خمسة "
                   "مدنيين. من جهة أخرى، أفادت شبكة أطباء السودان، في حوادث سابقة، بأن قصفاً مدفعياً من الدعم السريع "
                   "على أحياء مدينة كادقلي أسفر عن مقتل 9 مدنيين.", published="2025-09-20")
    assert [e.location["name_ar"] for e in found] == ["الفاشر"]
    # the other side: another incident told the same day is an event of its own
    found = events("قصفت مسيّرة لقوات الدعم السريع اليوم مركزاً لإيواء النازحين في مدينة الفاشر ما أسفر عن مقتل خمسة "
                   "مدنيين. من جهة أخرى، أفادت شبكة أطباء السودان بأن قصفاً مدفعياً من الدعم السريع على أحياء مدينة "
                   "كادقلي أسفر اليوم عن مقتل 9 مدنيين.", published="2025-09-20")
    assert sorted(e.location["name_ar"] for e in found) == ["الفاشر", "كادقلي"]


def test_a_dateline_with_the_outlet_in_brackets_is_no_place_of_the_incident():
    e = only("أربيل (شبكة الرافد 24)- أفاد مصدر أمني اليوم بأن مسلحين من داعش هاجموا الشرطة والجيش جنوب كركوك.",
             published="2023-03-03")
    assert e.admin1 == "Kirkuk"
    # the other side: a town with a note in brackets, and no dash after it, opens an ordinary sentence
    e = only("داقوق (جنوب كركوك) شهدت اليوم هجوماً لمسلحين من داعش على نقطة للشرطة.", published="2023-03-03")
    assert e.location["name_ar"] == "داقوق"


def test_a_clause_that_tells_the_district_of_a_town_names_no_other_place_hit():
    found = events("نفذ الجيش الإسرائيلي اليوم غارة على بلدة الخيام جنوب لبنان، وهي من قرى قضاء مرجعيون في محافظة "
                   "النبطية.", published="2024-10-23")
    assert [e.location["name_ar"] for e in found] == ["الخيام"]
    # the other side: a second town the raids reached is an event of its own
    found = events("نفذ الجيش الإسرائيلي اليوم غارة على بلدة الخيام جنوب لبنان، كما قصف بلدة مرجعيون.",
                   published="2024-10-23")
    assert sorted(e.location["name_ar"] for e in found) == ["الخيام", "مرجعيون"]


def test_an_army_blowing_up_a_building_destroys_property():
    e = only("توغلت قوة إسرائيلية اليوم في أطراف بلدة عيترون، وقامت بتفجير مبنى سكني قرب ساحة البلدة.",
             published="2024-10-23")
    assert e.sub_event_type == "Looting/property destruction"
    # the other side: a bomb set off in a building is a remote explosive
    e = only("فجر مسلحون مجهولون اليوم عبوة ناسفة داخل مبنى البلدية في بلدة كفركلا.", published="2024-10-23")
    assert e.sub_event_type == "Remote explosive/landmine/IED"


def test_aircraft_that_only_fly_over_strike_nothing():
    assert events("شهدت أجواء بلدة الخيام اليوم تحليقاً مكثفاً للطيران المسير الإسرائيلي.", published="2024-10-23") == []
    found = events("ألقت مسيرة إسرائيلية قنبلة صوتية على بلدة حولا اليوم، في حين شهدت بلدات زبدين وميفدون طلعات جوية "
                   "كثيفة للطائرات الإسرائيلية.", published="2024-10-23")
    assert [e.location["name_ar"] for e in found] == ["حولا"]
    # the other side: a drone that flies over and then strikes, or kills, struck
    e = only("حلقت طائرة مسيرة إسرائيلية فوق بلدة الخيام ثم استهدفت دراجة نارية.", published="2024-10-23")
    assert e.sub_event_type == "Air/drone strike"


def test_a_trend_told_recently_is_no_event_and_by_means_of_is_no_village():
    found = events("قتل عنصران من قسد اليوم بقصف مسيرة تركية في مدينة القامشلي بريف الحسكة. وكثفت أنقرة مؤخرا من قصفها "
                   "بواسطة الطيران المسير على مناطق سيطرة قسد.", published="2023-10-22")
    assert [e.location["name_ar"] for e in found] == ["القامشلي"]
    # the other side: a strike told with its day, however it is made, is one
    found = events("قتل عنصران من قسد اليوم بقصف مسيرة تركية في مدينة القامشلي بريف الحسكة. وقصفت القوات التركية اليوم "
                   "بواسطة الطيران المسير قرية تل شعير.", published="2023-10-22")
    assert sorted(e.location["name_ar"] for e in found) == ["القامشلي", "تل شعير"]


def test_a_junction_named_by_its_towns_is_one_place():
    found = events("قام الجيش الإسرائيلي اليوم بتفجير مبنى على تلة عند مثلث بلدات كفركلا وبرج الملوك وديرميماس.",
                   published="2024-10-23")
    assert [e.location["name_ar"] for e in found] == ["كفركلا"]
    # the other side: the same towns shelled one by one are an event each
    found = events("قصف الجيش الإسرائيلي اليوم بلدات كفركلا وبرج الملوك وديرميماس.", published="2024-10-23")
    assert len(found) == 3


def test_a_rally_told_peaceful_and_then_violent_is_one_riot():
    e = only("تظاهر المئات أمام مبنى المحافظة في مدينة الناصرية اليوم للمطالبة بتحسين الخدمات. وأضرم بعض "
             "المتظاهرين النار في مدخل المبنى وحطموا نوافذه.", published="2024-03-10")
    assert (e.sub_event_type, actor(e, "actor1"), e.actor2) == ("Violent demonstration", "Rioters", None)
    # told again paragraphs apart: the riot first, the banners later
    e = only("أضرم متظاهرون غاضبون النار في مبنى المحافظة في مدينة الناصرية اليوم.\n\nوفي سياق آخر، أعلنت "
             "البلدية إغلاق الأسواق.\n\nورفع المتظاهرون في الناصرية لافتات تطالب برحيل المحافظ.",
             published="2024-03-10")
    assert (e.sub_event_type, actor(e, "actor1")) == ("Violent demonstration", "Rioters")
    # the force the crowd fought stays the other side
    e = only("خرج المئات في مظاهرة سلمية في مدينة الناصرية اليوم.\n\nورشق محتجون قوات الأمن بالحجارة أمام "
             "مبنى المحافظة في الناصرية اليوم.", published="2024-03-10")
    assert (e.sub_event_type, actor(e, "actor1"), actor(e, "actor2")) == \
        ("Violent demonstration", "Rioters", "Iraqi security forces")
    # the other side: a protest in one city and a riot in another are two events
    found = events("تظاهر المئات في مدينة الناصرية اليوم للمطالبة بتحسين الخدمات.\n\nوفي مدينة العمارة، أحرق "
                   "محتجون غاضبون إطارات وقطعوا الطريق الرئيسي اليوم.", published="2024-03-10")
    assert sorted(e.sub_event_type for e in found) == ["Peaceful protest", "Violent demonstration"]


def test_two_protesters_killed_are_two():
    e = only("تظاهر المئات أمام مبنى المحافظة في مدينة الناصرية اليوم. وقتل متظاهران برصاص قوات الأمن خلال "
             "الاحتجاجات.", published="2024-03-10")
    assert (e.sub_event_type, e.fatalities) == ("Excessive force against protesters", 2)
    # the other side: «المتظاهرين» is a plural, no count
    e = only("تظاهر المئات أمام مبنى المحافظة في مدينة الناصرية اليوم، وفرقت قوات الأمن المتظاهرين بالقوة.",
             published="2024-03-10")
    assert e.fatalities is None


def test_the_hospital_town_after_the_hospital_name_is_not_the_place():
    e = only("قتل ثلاثة مزارعين بانفجار لغم في قرية قمحانة شمالي حماة. وأدى الانفجار إلى إصابة آخرين نقلوا إلى "
             "المشفى الوطني في مدينة حماة.", published="2025-11-18")
    assert e.location["name_ar"] == "قمحانة"
    # the other side: the next sentence's town is its own, the hospital ends the sentence before it
    found = events("قتل مدنيان بقصف مدفعي على سوق مدينة أم درمان اليوم، ونقل الجرحى إلى مستشفى النو.\n"
                   "وفي مدينة بحري، تجددت المواجهات بين الجيش والدعم السريع اليوم.", published="2025-01-14")
    assert sorted(e.location["name_ar"] for e in found) == ["أم درمان", "بحري"]


def test_a_lead_dated_by_the_report_and_the_day_a_later_telling_names_are_one_incident():
    e = only("توفي ثلاثة رعاة بانفجار لغم أرضي قرب قرية طيبة الإمام شمالي حماة.\n\nوقالت مصادر محلية إن اللغم "
             "انفجر أمس الاثنين أثناء رعيهم الماشية، ما أدى إلى مقتل الثلاثة.", published="2025-11-18")
    assert (e.date, e.fatalities) == ("2025-11-17", 3)
    # the other side: shelling the next day names is no telling of the blast
    found = events("فجّر مقاتلو الحركة عبوة ناسفة بآلية عسكرية إسرائيلية في حي الشجاعية بمدينة غزة.\n\nوقصفت "
                   "المدفعية الإسرائيلية أطراف حي الشجاعية ليلة أمس.", published="2024-11-16")
    assert sorted(e.sub_event_type for e in found) == ["Remote explosive/landmine/IED", "Shelling/artillery/missile attack"]


def test_a_headline_city_named_like_the_governorate_the_body_names_is_that_governorate():
    e = only("خمسة قتلى من قوات النظام بهجوم لخلايا داعش في الرقة\n\nقُتل خمسة عناصر من قوات النظام في هجوم لخلايا "
             "داعش بمحافظة الرقة. وأفادت مصادر محلية، اليوم الأربعاء، بأن الخلايا هاجمت نقطة عسكرية للنظام على "
             "طريق قرية شويحان.", published="2024-10-30")
    assert (e.location["name_ar"], e.fatalities) == ("شويحان", 5)
    # the other side: a headline town of its own in that governorate places the event
    e = only("خمسة قتلى من قوات النظام بهجوم لخلايا داعش في الطبقة\n\nقُتل خمسة عناصر من قوات النظام في هجوم "
             "لخلايا داعش بمحافظة الرقة اليوم.", published="2024-10-30")
    assert e.location["name_ar"] == "الطبقة"


def test_rallies_in_a_list_of_towns_are_one_event_each_but_the_crowds_hometowns_are_not():
    found = events("خرجت اليوم الجمعة مظاهرات شارك فيها الآلاف في كل من مدينة إدلب ومدينة بنش وبلدة قميناس بريف "
                   "إدلب الشرقي، للمطالبة بالإفراج عن المعتقلين.", published="2024-05-10")
    assert sorted((e.location["name_ar"], e.location["feature"]) for e in found) == \
        [("إدلب", "populated"), ("بنش", "populated"), ("قميناس", "populated")]
    # the other side: delegations that came from towns joined the one rally in the city
    e = only("تظاهر المئات اليوم في ساحة السير بمدينة السويداء للمطالبة بالإفراج عن المعتقلين.\n\nوشاركت في "
             "تظاهرة اليوم وفود من بلدات القريا وشهبا وعريقة، وانتهت دون تسجيل أي إصابات.", published="2024-05-10")
    assert e.location["name_ar"] == "السويداء"


def test_setting_oneself_on_fire_is_a_protest_and_setting_a_home_on_fire_is_not():
    e = only("أقدم شاب عاطل عن العمل على إضرام النار في جسده أمام مبنى المحافظة في مدينة البصرة صباح اليوم، احتجاجاً "
             "على استبعاده من التعيينات.", published="2023-11-09")
    assert (e.sub_event_type, actor(e, "actor1")) == ("Peaceful protest", "Protesters")
    e = only("أضرمت امرأة النار في نفسها أمام مقر الأمم المتحدة في مدينة أربيل اليوم.", published="2023-11-09")
    assert e.sub_event_type == "Peaceful protest"
    # the other side: gunmen who set a home on fire destroyed property
    e = only("أضرم مسلحون النار في منزل مختار قرية الحماميات بريف حماة اليوم.", published="2023-11-09")
    assert e.sub_event_type == "Looting/property destruction"


def test_a_crowd_throwing_stones_while_tear_gas_is_fired_riots():
    e = only("اندلعت مواجهات بين عشرات الشبان وقوات الاحتلال في بلدة قباطية اليوم، رشق خلالها الشبان الآليات "
             "العسكرية بالحجارة، فيما أطلق الجنود قنابل الغاز المسيل للدموع.", published="2026-02-10")
    assert (e.sub_event_type, actor(e, "actor1")) == ("Violent demonstration", "Rioters")
    # the other side: riot police breaking up a rally, or a road blocked, leave a protest with intervention
    e = only("فرّقت قوات مكافحة الشغب بالهراوات تظاهرة لخريجين عاطلين عن العمل في مدينة الناصرية اليوم.",
             published="2026-02-10")
    assert e.sub_event_type == "Protest with intervention"


def test_an_outlaw_group_a_ministry_names_is_the_attacker_not_the_ministry():
    e = only("وقالت وزارة الداخلية إن مجموعة خارجة عن القانون استهدفت حاجزاً أمنياً في مدينة القرداحة مساء "
             "الثلاثاء، ما أسفر عن مقتل عنصرين.", published="2025-08-14")
    assert (actor(e, "actor1"), actor(e, "actor2"), e.fatalities) == \
        ("Unidentified armed group", "Syrian government forces", 2)
    # the other side: the ministry's own forces that attack are the actor
    e = only("قالت وزارة الداخلية إن قوى الأمن العام داهمت وكراً لمجموعة خارجة عن القانون في مدينة القرداحة "
             "واشتبكت معها مساء الثلاثاء.", published="2025-08-14")
    assert actor(e, "actor1") == "Syrian government forces"


def test_an_incident_quoted_after_a_statement_is_coded_and_a_quoted_threat_is_not():
    e = only('وقال مصدر أمني إن "مسلحين مجهولين اغتالوا مختار قرية الحماميات بريف حماة مساء أمس أمام منزله".',
             published="2025-09-21")
    assert (e.sub_event_type, e.date, e.fatalities) == ("Attack", "2025-09-20", 1)
    # the other side: a threat, quoted or not, is no event
    assert events('وقال قائد الشرطة إن "قواتنا لن تتهاون مع من يهاجم الحواجز في ريف حماة وسنلاحق المهاجمين".',
                  published="2025-09-21") == []
    assert events("وقال قائد الشرطة إن قواتنا لن تتهاون مع من يهاجم الحواجز في ريف حماة وسنلاحق المهاجمين.",
                  published="2025-09-21") == []


def test_a_quote_after_anna_with_its_pronoun_is_the_forces_account_and_a_quoted_plan_is_not():
    e = only('وأعلن الجيش الإسرائيلي، في بيان صباح اليوم، أنه "شن غارات جوية على منصات صواريخ لحزب الله" في محيط '
             'بلدة الخيام.')
    assert (e.sub_event_type, actor(e, "actor1"), actor(e, "actor2")) == \
        ("Air/drone strike", "Israeli military", "Hezbollah")
    # the other side: what the force says it will go on doing is no event
    assert events('وأعلن الجيش الإسرائيلي، في بيان صباح اليوم، أنه "سيواصل ضرب مواقع حزب الله وبناه التحتية" في '
                  'محيط بلدة الخيام.') == []


def test_the_quoted_telling_of_the_lead_incident_is_the_same_attack():
    found = events('هاجم مسلحون من فلول النظام البائد، مساء الثلاثاء، حاجزاً لقوى الأمن العام عند مدخل مدينة جبلة، '
                   'ما أدى إلى مقتل عنصرين.\nوقالت وزارة الداخلية إن "مجموعة خارجة عن القانون استهدفت حاجزاً '
                   'أمنياً في جبلة مساء الثلاثاء، ما أسفر عن مقتل عنصرين".', published="2025-08-14")
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Armed clash", 2)]


def test_what_a_force_failed_to_do_and_strikes_counted_since_the_truce_are_no_events():
    e = only('وقال المصدر إن "مجموعة من عناصر داعش هاجمت، ليل الأحد، نقطة مراقبة تابعة للجيش في قضاء داقوق، ما '
             'أسفر عن مقتل جنديين"، مبيناً أن "قوة أمنية طاردت المهاجمين دون أن تتمكن من اعتقال أي منهم".',
             published="2024-12-16")
    assert (e.sub_event_type, e.fatalities) == ("Armed clash", 2)
    assert events("ونفذت إسرائيل منذ وقف إطلاق النار مئات الغارات على جنوب لبنان.", published="2025-12-02") == []
    # the other side: an arrest that was made is one
    e = only("طاردت قوة أمنية المهاجمين في قضاء داقوق اليوم وتمكنت من اعتقال اثنين منهم.", published="2024-12-16")
    assert e.sub_event_type == "Arrests"


def test_people_taken_after_a_killing_are_not_counted_among_the_dead():
    e = only("هاجم عناصر من تنظيم داعش قرية الحماميات بريف حماة اليوم، وقتلوا مدنيا، واختطفوا اثنين آخرين.",
             published="2025-09-21")
    assert e.fatalities == 1
    # the other side: two more the killing verb governs are counted
    e = only("هاجم عناصر من تنظيم داعش قرية الحماميات بريف حماة اليوم، وقتلوا مدنيا واثنين آخرين من أقاربه.",
             published="2025-09-21")
    assert e.fatalities == 3


def test_each_town_of_a_takeover_list_is_its_own_event():
    found = events("سيطرت قوات النظام اليوم على بلدتي كفرزيتا واللطامنة شمالي حماة بعد انسحاب الفصائل منهما.\n\n"
                   "كما بسط سيطرته على قرية لطمين المجاورة دون قتال.",
                   published="2019-08-23")
    assert sorted(e.location["name_ar"] for e in found) == ["اللطامنة", "كفرزيتا", "لطمين"]
    assert {e.sub_event_type for e in found} == {"Non-violent transfer of territory"}
    # the other side: a place told as held long since is no takeover
    assert events("وتقع القرية تحت سيطرته منذ عام 2019، ويحاول الجيش فرض الأمن فيها.", published="2024-01-01") == []


def test_the_head_of_a_force_who_tells_the_attack_is_not_its_side():
    e = only("وأفاد مدير الأمن العام في طرطوس بأن عناصر من فلول النظام البائد نصبوا كميناً لدورية تابعة لوزارة الدفاع "
             "قرب مدينة بانياس مساء الاثنين.", published="2025-03-05")
    assert (actor(e, "actor1"), actor(e, "actor2")) == ("Assad loyalist militia", "Syrian government forces")
    # the other side: the body's own men who raid are the actor
    e = only("داهمت قوى الأمن العام وكراً لخلية من فلول النظام في مدينة جبلة واشتبكت معها مساء الاثنين.",
             published="2025-03-05")
    assert actor(e, "actor1") == "Syrian government forces"


def test_settlers_uprooting_olive_trees_destroy_property_and_wind_does_not():
    e = only("اقتلع مستوطنون، بعد ظهر اليوم، نحو 60 شجرة زيتون في أراضي المواطنين في بلدة سنجل شمال رام الله.",
             published="2025-05-14")
    assert (e.sub_event_type, actor(e, "actor1")) == ("Looting/property destruction", "Israeli settlers")
    assert events("اقتلعت الرياح أعمدة الكهرباء في مدينة إربد اليوم.", published="2025-05-14") == []


def test_arrests_a_source_tells_after_a_killing_are_their_own_event_by_the_force_not_its_backers():
    found = events("عثرت قوى الأمن الداخلي (الأسايش)، صباح اليوم، على جثة امرأة مقتولة بطلق ناري داخل مخيم الهول "
                   "شرقي الحسكة.\nوأضاف المصدر أن الأسايش أطلقت عقب ذلك حملة تفتيش في القطاعات المجاورة بمساندة من "
                   "قوات التحالف الدولي، اعتقلت خلالها ستة أشخاص يُشتبه بانتمائهم إلى خلايا تنظيم داعش.",
                   published="2025-09-09")
    arrest = next(e for e in found if e.sub_event_type == "Arrests")
    assert (actor(arrest, "actor1"), arrest.location["name_ar"]) == ("Asayish", "مخيم الهول")
    # the other side: a source's word that the killers fled is no event
    found = events("عثرت قوى الأمن الداخلي (الأسايش)، صباح اليوم، على جثة امرأة مقتولة بطلق ناري داخل مخيم الهول "
                   "شرقي الحسكة.\nوأضاف المصدر أن القتلة لاذوا بالفرار.", published="2025-09-09")
    assert [e.sub_event_type for e in found] == ["Attack"]


_CAR_STRIKE = "قُتل ثلاثة مدنيين، الأربعاء، في غارة إسرائيلية استهدفت سيارتهم بين بلدتي عيتا الشعب ورميش جنوبي لبنان.\n"


def test_earlier_on_the_named_day_opens_another_strike():
    found = events(_CAR_STRIKE + "وفي وقت سابق الأربعاء، قُتل راعٍ جراء غارة إسرائيلية استهدفته بمنطقة زراعية "
                                 "جنوبي البلاد.")
    assert [e.fatalities for e in found] == [3, 1]
    # the other side: a source's telling of the same strike is no new one
    found = events(_CAR_STRIKE + "وأفاد مصدر محلي بأن الغارة استهدفت السيارة على طريق فرعي بين البلدتين.")
    assert [e.fatalities for e in found] == [3]


def test_a_front_word_after_the_area_word_opens_the_name_of_the_place():
    found = events(_CAR_STRIKE + "وفي وقت سابق الأربعاء، قُتل راعٍ جراء غارة إسرائيلية استهدفته بمنطقة مثلث كونين "
                                 "جنوبي البلاد.")
    assert [(e.location or {}).get("name_ar") for e in found] == ["عيتا الشعب", "مثلث كونين"]
    # the other side: a word of the language after «منطقة» describes the area, it names none
    found = events(_CAR_STRIKE + "وفي وقت سابق الأربعاء، قُتل راعٍ جراء غارة إسرائيلية استهدفته بمنطقة زراعية "
                                 "جنوبي البلاد.")
    assert [(e.location or {}).get("name_ar") for e in found] == ["عيتا الشعب", "عيتا الشعب"]


def test_villages_the_gazetteer_lacks_listed_before_a_known_one_are_each_an_event():
    found = events("سيطر الجيش السوداني، أمس، على منطقتي أبو قعود وشيكان بولاية شمال كردفان بعد معارك مع قوات "
                   "الدعم السريع.")  # «شيكان» is a locality: the village is still a place of its own
    assert {(e.location or {}).get("name_ar") for e in found} == {"أبو قعود", "شيكان"}
    assert {e.sub_event_type for e in found} == {"Government regains territory"}
    found = events("هاجمت قوات الدعم السريع قرى أبو قعود والحمرة وأم روابة بولاية شمال كردفان فجر اليوم وقتلت ستة "
                   "مدنيين.")
    assert {((e.location or {}).get("name_ar"), e.fatalities) for e in found} == \
        {("أبو قعود", 2), ("الحمرة", 2), ("أم روابة", 2)}
    # the other side: a line between two villages is one place of fighting, and one sweep's arrests are one event
    assert len(events("اندلعت اشتباكات بين الجيش وقوات الدعم السريع على الطريق بين قريتي أبو قعود وأم روابة بولاية "
                      "شمال كردفان.")) == 1
    assert len(events("اعتقلت قوات الدعم السريع خمسة شبان خلال مداهمات في قريتي أبو قعود وأم روابة بولاية شمال "
                      "كردفان صباح اليوم.")) == 1


def test_a_clause_that_puts_its_own_strike_in_a_named_area_is_its_own_event():
    found = events("كما نسف جيش الاحتلال مباني سكنية في بلدة بيت حانون شمال قطاع غزة، بينما شنت طائراته غارة على أرض "
                   "زراعية في منطقة أبو الكاس شمال القطاع.")
    assert [(e.sub_event_type, (e.location or {}).get("name_ar")) for e in found] == [
        ("Looting/property destruction", "بيت حانون"), ("Air/drone strike", "أبو الكاس")]
    # the other side: a clause that names no area of its own tells more of the sentence's incident
    found = events("كما نسف جيش الاحتلال مباني سكنية في بلدة بيت حانون شمال قطاع غزة، بينما شنت طائراته غارة على أرض "
                   "زراعية شمال القطاع.")
    assert len(found) == 1
    assert events("وشهدت مدينة الباب بريف حلب عدداً من التفجيرات خلال الأشهر الماضية، كان أعنفها انفجار سيارة مفخخة "
                  "في سوق المدينة، فيما عرف بمجزرة السوق، وأدى يومها إلى مقتل 20 شخصاً.") == []


def test_a_name_head_keeps_the_common_word_after_it_in_the_name():
    found = events("ونسفت قوات الاحتلال منازل في بلدة بيت حانون، بينما قصفت طائراته أرضاً خالية في منطقة الشيخ زايد "
                   "شمال القطاع.")
    assert (found[-1].location or {}).get("name_ar") == "الشيخ زايد"
    # the other side: a common noun after a name is no part of it
    e = only("سقطت قذيفة هاون في منطقة الطوينة محطة القطار بريف حماة الشمالي صباح اليوم.")
    assert (e.location or {}).get("name_ar") == "الطوينة"



def test_an_attack_on_a_community_with_no_armed_side_named_is_on_civilians():
    e = only("أصيب ثلاثة فلسطينيين مساء اليوم في هجوم للمستوطنين على تجمع عين سامية البدوي قرب بلدة كفر مالك شرق "
             "رام الله.")
    assert (e.sub_event_type, actor(e, "actor1"), actor(e, "actor2")) == ("Attack", "Israeli settlers", "Civilians")
    # the other side: a gathering of a force is an armed target
    e = only("هاجمت عناصر حركة الشباب تجمعاً لقوات الجيش الصومالي قرب بلدة أفجوي غربي مقديشو فجر اليوم.")
    assert e.sub_event_type == "Armed clash"


def test_one_of_them_and_the_other_are_two_dead():
    e = only("وقال مراسلنا إن أحد المتظاهرين قُتل برصاص قوات الأمن أمام مبنى المحافظة في مدينة البصرة، والآخر "
             "متأثراً بجروحه في المستشفى.")
    assert e.fatalities == 2
    # the other side: «the other» told as wounded is no second death
    e = only("وقال مراسلنا إن أحد المتظاهرين قُتل برصاص قوات الأمن أمام مبنى المحافظة في مدينة البصرة، والآخر أصيب "
             "بجروح.")
    assert e.fatalities == 1


_BEDOUIN_COMMUNITY = ("أصيب ثلاثة فلسطينيين مساء اليوم في هجوم للمستوطنين على تجمع عرب المليحات البدوي قرب بلدة عناتا "
                      "شمال شرق القدس المحتلة.")


def test_jerusalem_locates_the_town_a_bedouin_community_lies_near_and_a_brigade_named_after_it_is_no_place():
    e = only(_BEDOUIN_COMMUNITY)
    assert ((e.location or {}).get("name_ar"), e.admin1, actor(e, "actor1")) == ("عناتا", "West Bank", "Israeli settlers")
    # the other side: «سرايا القدس» who mourn the dead name the brigade, not a second place hit
    e = only("استشهد شابان مساء أمس في غارة لطائرة مسيرة إسرائيلية على مدخل بلدة قباطية جنوب جنين، ونعتهم سرايا "
             "القدس بوصفهما من مقاتليها.")
    assert (e.location or {}).get("name_ar") == "قباطية"


def test_smoke_bombs_thrown_at_farmers_are_an_attack_and_a_hand_grenade_stays_a_grenade():
    e = only("ألقت قوات إسرائيلية قنابل دخانية على المزارعين في أراضي قرية الرفيد بريف القنيطرة صباح اليوم.")
    assert (e.sub_event_type, actor(e, "actor1"), actor(e, "actor2")) == ("Attack", "Israeli military", "Civilians")
    # the other side: a hand grenade is an explosion, tear gas at a crowd a protest broken up
    assert only("ألقى مجهولون قنبلة يدوية على منزل في حي الزهور بمدينة حمص مساء أمس.").sub_event_type == "Grenade"
    e = only("تجمع مئات المحتجين أمام مبنى المحافظة في مدينة السويداء، وألقت قوات الأمن قنابل الغاز لتفريقهم.")
    assert e.sub_event_type == "Protest with intervention"


def test_a_village_spelled_with_tha_for_ta_is_the_gazetteers_village():
    e = only("ألقت قوات إسرائيلية قنابل دخانية على المزارعين في أراضي بلدة جباثا الخشب بريف القنيطرة صباح اليوم.")
    assert ((e.location or {}).get("name"), e.admin1) == ("Jbata Elkhashab", "Quneitra")


def test_the_shelling_a_takeover_came_after_is_an_event_of_its_own_and_the_battles_are_not():
    found = events("استعادت قوات النظام صباح اليوم قرية أبو دالي شرقي حماة إثر قصف مدفعي عنيف استهدف مواقع هيئة تحرير "
                   "الشام فيها.")
    assert [(e.sub_event_type, actor(e, "actor1"), actor(e, "actor2")) for e in found] == [
        ("Government regains territory", "Assad regime forces", "HTS"),
        ("Shelling/artillery/missile attack", "Assad regime forces", "HTS")]
    # the other side: the fighting a takeover came after is the takeover itself
    found = events("استعادت قوات النظام صباح اليوم قرية أبو دالي شرقي حماة إثر معارك عنيفة مع هيئة تحرير الشام.")
    assert [e.sub_event_type for e in found] == ["Government regains territory"]


def test_a_defection_told_as_the_cause_of_clashes_is_no_event_of_its_own():
    e = only("اندلعت اشتباكات بين مجموعة مسلحة وعناصر من فصيل الحمزات في بلدة جنديرس بريف عفرين اليوم بسبب انشقاق "
             "المجموعة عن الفصيل.")
    assert e.sub_event_type == "Armed clash"
    # the other side: a defection told on its own is a change to the group
    e = only("انشقت مجموعة مسلحة عن فصيل الحمزات في بلدة جنديرس بريف عفرين اليوم وانضمت إلى فيلق الشام.")
    assert e.sub_event_type == "Change to group/activity"
