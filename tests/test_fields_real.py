"""Field errors seen on real published news (issue 8): the type, date, place, sides and toll of events that
are found. Every sentence here was written for this file; none comes from a published article."""
from __future__ import annotations

from real_news import actor, events, only


# ACLED: a battle in which a side takes or regains a place is coded by that change of control, not as a clash
def test_a_clash_that_ends_in_taking_a_town_is_a_change_of_control():
    e = only("دارت اشتباكات عنيفة بين مسلحي العشائر وقوات سوريا الديمقراطية في بلدة الشحيل بريف دير الزور، "
             "إذ سيطر مسلحو العشائر على أجزاء من البلدة.")
    assert e.sub_event_type == "Non-state actor overtakes territory"
    e = only("خاضت القوات الحكومية معارك ضارية مع الحوثيين في مديرية حريب غربي مأرب أمس، وتمكنت من استعادة "
             "عدد من المواقع.")
    assert e.sub_event_type == "Government regains territory"
    # the other side: a clash near a place a side holds («التي يسيطر عليها») changes nothing
    e = only("دارت اشتباكات عنيفة بين مسلحي العشائر وقوات سوريا الديمقراطية في بلدة الشحيل بريف دير الزور، "
             "قرب المواقع التي سيطرت عليها العشائر الشهر الماضي.")
    assert e.sub_event_type == "Armed clash"
    # nor does a building stormed in the fight: a headquarters is no ground
    e = only("تتواصل الاشتباكات بين الطرفين في بلدة الشحيل بريف دير الزور، وسيطر مسلحو العشائر على مقر للتنظيم "
             "في البلدة.")
    assert e.sub_event_type == "Armed clash"


def test_a_headline_clash_does_not_undo_the_body_s_change_of_control():
    found = events("الجيش يسيطر على قرية صوران بعد معارك مع المسلحين\n\nسيطرت قوات الجيش السوري أمس على قرية "
                   "صوران بريف حماة الشرقي بعد معارك مع هيئة تحرير الشام.")
    assert [e.sub_event_type for e in found] == ["Government regains territory"]
    # the other side: a body clash under the same headline stays a clash
    found = events("معارك بين الجيش والمسلحين قرب قرية صوران\n\nدارت اشتباكات أمس بين قوات الجيش السوري "
                   "وهيئة تحرير الشام قرب قرية صوران بريف حماة الشرقي.")
    assert [e.sub_event_type for e in found] == ["Armed clash"]


# ACLED: an explosion set off by a bomber who dies in it is a suicide bomb, however the first telling names it
def test_a_later_telling_that_names_a_suicide_bomber_makes_the_blast_a_suicide_bomb():
    found = events("قتل ثلاثة أشخاص في تفجير ضرب وسط مدينة الموصل اليوم الأحد. وذكر مصدر أمني أن التفجير نفذه "
                   "انتحاري فجر نفسه قرب سوق شعبي في المدينة.")
    assert [e.sub_event_type for e in found] == ["Suicide bomb"]
    found = events("قتل ثلاثة أشخاص في تفجير ضرب وسط مدينة الموصل اليوم الأحد. وقال مصدر أمني إن الهجوم نفذه "
                   "انتحاريان يرتديان حزامين ناسفين.")
    assert [e.sub_event_type for e in found] == ["Suicide bomb"]
    # the other side: a device planted by gunmen stays a remote explosive
    found = events("قتل ثلاثة أشخاص بانفجار عبوة ناسفة وسط مدينة الموصل اليوم الأحد. وذكر مصدر أمني أن مجهولين "
                   "زرعوا العبوة قرب سوق شعبي في المدينة.")
    assert [e.sub_event_type for e in found] == ["Remote explosive/landmine/IED"]


# ACLED: a protest the police physically stop (kept out of a building they tried to storm) is met with intervention
def test_protesters_the_police_keep_out_of_a_building_meet_intervention():
    e = only("اعتصم عشرات المحتجين أمام مبنى السراي الحكومي في مدينة زحلة، وحاولوا اقتحام مبنى شركة الكهرباء، "
             "لكن عناصر قوى الأمن الداخلي منعوهم من الدخول.", published="2021-07-02")
    assert e.sub_event_type == "Protest with intervention"
    assert (actor(e, "actor1"), actor(e, "actor2")) == ("Protesters", "Internal Security Forces (Lebanon)")
    # the other side: a sit-in the police only watch stays peaceful
    e = only("اعتصم عشرات المحتجين أمام مبنى السراي الحكومي في مدينة زحلة احتجاجاً على انقطاع الكهرباء، وانتشر "
             "عناصر قوى الأمن الداخلي في محيط المبنى.", published="2021-07-02")
    assert e.sub_event_type == "Peaceful protest"


# A flashback («وكانت طائرات النظام استهدفت أمس …») dates only what its paragraph tells; the report then goes on
def test_a_new_paragraph_after_a_flashback_goes_back_to_the_report_s_day():
    found = events("قصفت طائرات حربية روسية اليوم الإثنين بلدة خان السبل بريف إدلب، ما أدى إلى مقتل أربعة مدنيين.\n"
                   "وكانت طائرات النظام استهدفت أمس بلدة سرمين بريف إدلب بالصواريخ.\n"
                   "وأضاف المراسل أن غارة جوية روسية استهدفت منازل المدنيين في بلدة تفتناز بريف إدلب.",
                   published="2018-02-05")
    assert [(e.location["name_ar"], e.date) for e in found] == [
        ("خان السبل", "2018-02-05"), ("سرمين", "2018-02-04"), ("تفتناز", "2018-02-05")]
    # the other side: what the flashback's own paragraph goes on to tell is of its day
    found = events("قصفت طائرات حربية روسية اليوم الإثنين بلدة خان السبل بريف إدلب، ما أدى إلى مقتل أربعة مدنيين.\n"
                   "وكانت طائرات النظام استهدفت أمس بلدة سرمين بريف إدلب بالصواريخ. كما استهدفت غارة أخرى بلدة "
                   "تفتناز بريف إدلب.", published="2018-02-05")
    assert [(e.location["name_ar"], e.date) for e in found] == [
        ("خان السبل", "2018-02-05"), ("سرمين", "2018-02-04"), ("تفتناز", "2018-02-04")]


# «مجلس شورى المدينة»: the council of the town just named, not any jihadist group the text names
def test_the_town_s_council_is_the_council_of_the_town_named_before():
    e = only("اندلعت اشتباكات عنيفة أمس في مدينة بنغازي بين قوات الجيش الليبي ومسلحي مجلس شورى المدينة، ما أدى إلى "
             "مقتل ثلاثة من الطرفين.", published="2015-05-10")
    assert {actor(e, "actor1"), actor(e, "actor2")} == {"LNA (Haftar)", "Benghazi Revolutionaries Shura Council"}
    # the other side: a town with no council of its own in the catalog leaves the group unidentified
    e = only("اندلعت اشتباكات عنيفة أمس في مدينة سرت بين قوات الجيش الليبي ومسلحي مجلس شورى المدينة، ما أدى إلى "
             "مقتل ثلاثة من الطرفين.", published="2015-05-10")
    assert {actor(e, "actor1"), actor(e, "actor2")} == {"LNA (Haftar)", "Unidentified armed group"}


# ACLED splits a toll told for villages hit together among them; one village hit alone keeps it whole
def test_a_toll_told_for_the_whole_attack_is_split_among_the_villages_it_hit():
    found = events("قتلى وجرحى في هجوم للدعم السريع على قرى شمال كردفان\nوأسفر الهجوم عن مقتل تسعة مدنيين وإصابة ستة "
                   "آخرين.\nاقتحم مسلحو الدعم السريع فجر أمس الثلاثاء قرى (ود الحليو والسنيطة وأم دقينة) شرق مدينة أم "
                   "روابة في ولاية شمال كردفان، وأطلقوا النار على السكان.", published="2024-05-01")
    assert [(e.location["name_ar"], e.fatalities, e.wounded) for e in found] == [
        ("ود الحليو", 3, 2), ("السنيطة", 3, 2), ("أم دقينة", 3, 2)]
    # the other side: the same toll told for one village hit alone is all that village's
    found = events("قتلى وجرحى في هجوم للدعم السريع على قرية في شمال كردفان\nوأسفر الهجوم عن مقتل تسعة مدنيين وإصابة "
                   "ستة آخرين.\nاقتحم مسلحو الدعم السريع فجر أمس الثلاثاء قرية السنيطة شرق مدينة أم روابة في ولاية "
                   "شمال كردفان، وأطلقوا النار على السكان.", published="2024-05-01")
    assert [(e.location["name_ar"], e.fatalities, e.wounded) for e in found] == [("السنيطة", 9, 6)]


# «معارك بين A وB» names no initiator; the next sentence that says B attacked makes B actor1 (ACLED)
def test_a_fight_between_two_sides_is_started_by_the_side_the_next_sentence_says_attacked():
    e = only("احتدمت اليوم المواجهات بين القوات الحكومية ومقاتلي جماعة الحوثي في محافظة الجوف.\n"
             "وأفاد مصدر ميداني بأن الحوثيين هاجموا مواقع للقوات الحكومية في مديرية خب والشعف.",
             published="2020-03-02")
    assert (actor(e, "actor1"), actor(e, "actor2")) == ("Houthis", "Yemeni government forces")
    # the other side: a fight whose attacker the text never names keeps the order it was told in
    e = only("احتدمت اليوم المواجهات بين القوات الحكومية ومقاتلي جماعة الحوثي في مديرية خب والشعف بمحافظة الجوف.",
             published="2020-03-02")
    assert (actor(e, "actor1"), actor(e, "actor2")) == ("Yemeni government forces", "Houthis")


# A bare «قصف» on a far target, which the next sentence tells as that force's air raids, is an air strike
def test_bare_shelling_the_next_sentence_tells_as_air_raids_is_an_air_strike():
    e = only("لقي ثلاثة من عناصر الدعم السريع حتفهم ليل الثلاثاء بقصف نفّذه الجيش السوداني على مطار الجنينة في غرب "
             "دارفور.\nوتزايدت منذ أسابيع الهجمات الجوية للجيش على مواقع الدعم السريع في المدينة.",
             published="2025-07-02")
    assert e.sub_event_type == "Air/drone strike"
    # the other side: when the next sentence tells a ground offensive the «قصف» stays shelling
    e = only("لقي ثلاثة من عناصر الدعم السريع حتفهم ليل الثلاثاء بقصف نفّذه الجيش السوداني على مطار الجنينة في غرب "
             "دارفور.\nوتزايدت منذ أسابيع الهجمات البرية للجيش على مواقع الدعم السريع في المدينة.",
             published="2025-07-02")
    assert e.sub_event_type == "Shelling/artillery/missile attack"


def test_an_attack_on_a_town_that_ends_in_taking_it_is_a_change_of_control():
    e = only("قتل عدد من عناصر قوات سوريا الديمقراطية إثر هجوم مفاجئ لمسلحي العشائر على مقراتها في بلدة الشحيل بريف "
             "دير الزور، إذ تمكن المسلحون من السيطرة الكاملة على البلدة.")
    assert e.sub_event_type == "Non-state actor overtakes territory"
    # the other side: an attack repelled takes nothing
    e = only("قتل عدد من عناصر قوات سوريا الديمقراطية إثر هجوم مفاجئ لمسلحي العشائر على مقراتها في بلدة الشحيل بريف "
             "دير الزور، قبل أن تتمكن القوات من صد الهجوم.")
    assert e.sub_event_type == "Armed clash"
