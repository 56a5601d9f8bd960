"""Error classes of the region news set (Yemen, Sudan, Libya, Somalia; issue 8), both sides of each rule.

Every sentence here was written for this file; none comes from a published article or from a gold set.
"""
from __future__ import annotations

from real_news import actor, events, only


def _kinds(found) -> list[str]:
    return sorted(e.sub_event_type for e in found)


def test_weapons_listed_in_a_seized_cache_are_no_explosion():
    e = only("أعلنت الشرطة في مدينة بنغازي، اليوم الأربعاء، ضبط مخزن للأسلحة في منزل مهجور على أطراف حي سكني "
             "شرق المدينة، يحتوي على بنادق آلية وقذائف وعبوات ناسفة معدة للاستخدام.")
    assert e.sub_event_type == "Disrupted weapons use"
    # the other side: a device that went off is an explosion
    e = only("انفجرت عبوة ناسفة، اليوم الأربعاء، قرب سوق شعبي في مدينة بنغازي، ما أدى إلى إصابة ثلاثة مدنيين.")
    assert e.sub_event_type == "Remote explosive/landmine/IED"


def test_sweep_without_fighting_is_arrests_and_a_cache_seized_is_its_own_event():
    found = events("ضبطت قوات الأمن، اليوم الأربعاء، مخزناً للأسلحة في مدينة بنغازي. وشنت دوريات الأمن حملة في "
                   "أحياء المدينة دون أي مواجهات، أسفرت عن القبض على خمسة مطلوبين.")
    assert _kinds(found) == ["Arrests", "Disrupted weapons use"]
    # the other side: a sweep that met gunfire is a clash
    e = only("شنت قوات الأمن، اليوم الأربعاء، حملة في أحياء مدينة بنغازي، واندلعت مواجهات مع مسلحين تحصنوا في "
             "أحد المباني.")
    assert e.sub_event_type == "Armed clash"


def test_common_crime_named_after_the_arrest_does_not_make_it_looting():
    e = only("ألقت الشرطة، اليوم الأربعاء، القبض على ثلاثة أشخاص في مدينة بنغازي في قضايا سرقة سيارات.")
    assert e.sub_event_type != "Looting/property destruction"
    # the other side: looting told as the incident is looting
    e = only("نهب مسلحون، اليوم الأربعاء، محتويات مستودع للأغذية في مدينة بنغازي.")
    assert e.sub_event_type == "Looting/property destruction"


def test_the_force_that_seized_a_cache_is_actor1():
    e = only("أعلنت مديرية أمن مصراتة التابعة لوزارة الداخلية بحكومة الوحدة الوطنية، اليوم الأربعاء، ضبط مخزن "
             "للأسلحة في مزرعة مهجورة.")
    assert actor(e, "actor1") == "GNU forces (Libya)" and e.actor2 is None


def test_organisers_arrested_after_a_protest_are_a_second_event():
    found = events("بنغازي – «أخبار المدينة»\nنظّم عشرات الطلاب، أمس الثلاثاء، وقفة احتجاجية أمام مبنى الجامعة للمطالبة بصرف "
                   "المنح.\nوقال ناشطون إن قوة أمنية اعتقلت خمسة من منظمي الوقفة بعد انتهائها.")
    assert _kinds(found) == ["Arrests", "Peaceful protest"]
    # the other side: protesters held during the protest stay inside it, no arrest of organisers is told
    found = events("بنغازي – «أخبار المدينة»\nنظّم عشرات الطلاب، أمس الثلاثاء، وقفة احتجاجية أمام مبنى الجامعة للمطالبة بصرف "
                   "المنح.\nوقال ناشطون إن الوقفة انتهت دون حوادث.")
    assert _kinds(found) == ["Peaceful protest"]


def test_a_protest_held_on_an_anniversary_is_news():
    e = only("بنغازي – «أخبار المدينة»\nأحيا أهالي المدينة، أمس الثلاثاء، الذكرى السنوية لانهيار الجسر القديم "
             "بصلوات في محيط الجامع الكبير.\nوخلال إحياء الذكرى، نظّم عشرات الشبان وقفة احتجاجية أمام مقر "
             "المحكمة للمطالبة بكشف الحقيقة.")
    assert e.sub_event_type == "Peaceful protest"
    # the other side: a past event recalled on the anniversary is background
    assert events("بنغازي – «أخبار المدينة»\nيصادف اليوم الذكرى السنوية لتفجير المرفأ الذي أودى بحياة عشرات السكان.") == []


def test_a_sit_in_dispersed_the_next_day_is_its_own_protest_with_intervention():
    found = events("تظاهر مئات الليبيين، يوم الجمعة، في ميدان الشهداء بطرابلس، ومرّت التظاهرة دون حوادث.\n"
                   "وفي مساء اليوم التالي، نصب عشرات المحتجين خياماً قرب مقر الحكومة، قبل أن تفرّقهم قوة أمنية "
                   "بالقوة.", published=None)
    assert _kinds(found) == ["Peaceful protest", "Protest with intervention"]
    # the other side: one protest told in two sentences of the same day is one event
    found = events("تظاهر مئات الليبيين، يوم الجمعة، في ميدان الشهداء بطرابلس.\nورفع المتظاهرون لافتات تطالب "
                   "بإجراء الانتخابات.", published=None)
    assert _kinds(found) == ["Peaceful protest"]


def test_people_taken_by_a_de_facto_authority_are_arrested():
    e = only("أفادت مصادر محلية بأن جماعة الحوثي اختطفت، فجر اليوم، ثمانية صحفيين من منازلهم في مدينة ذمار، "
             "واقتادتهم إلى جهة مجهولة.")
    assert e.sub_event_type == "Arrests"
    # the other side: an armed group that holds no authority there abducts
    e = only("اختطف مسلحون مجهولون، فجر اليوم، ثلاثة تجار من منازلهم في مدينة تعز، واقتادوهم إلى جهة مجهولة.")
    assert e.sub_event_type == "Abduction/forced disappearance"


def test_a_detainee_dead_under_torture_was_attacked():
    e = only("أعلنت أسرة سجين في مدينة ذمار، أمس الثلاثاء، وفاته تحت التعذيب في سجن تابع لجماعة الحوثي.")
    assert e.sub_event_type == "Attack" and actor(e, "actor2") == "Civilians"
    # the other side: a detainee who died of illness is no event
    assert events("أعلنت أسرة سجين في مدينة ذمار، أمس الثلاثاء، وفاته بسبب المرض في سجن تابع لجماعة الحوثي.") == []


def test_fighting_since_a_vague_year_start_is_background():
    assert events("ويخوض الجيش منذ أواخر 2023 مواجهات مع مسلحي التنظيم في محافظة شبوة.") == []
    # the other side: fighting told with its own day is news
    e = only("خاض الجيش، أمس الثلاثاء، مواجهات مع مسلحي التنظيم في محافظة شبوة.")
    assert e.sub_event_type == "Armed clash"


def test_a_road_blocked_with_burning_tyres_is_a_riot():
    e = only("تجمع مئات من أهالي مدينة مصراتة، مساء أمس، أمام مقر المجلس البلدي، وأغلق بعضهم الطريق الساحلي "
             "بالإطارات المشتعلة.")
    assert e.sub_event_type == "Violent demonstration"
    # the other side: a gathering that blocks nothing stays peaceful
    e = only("تجمع مئات من أهالي مدينة مصراتة، مساء أمس، أمام مقر المجلس البلدي للمطالبة بتحسين الخدمات.")
    assert e.sub_event_type == "Peaceful protest"


def test_dialect_all_of_it_is_no_conditional():
    e = only("الدعامة دخلوا مدينة سنجة بعد العصر ونهبوا السوق كلو.")
    assert e.sub_event_type == "Looting/property destruction"
    # the other side: a real conditional still tells no event
    assert events("لو دخل الدعامة مدينة سنجة حينهبوا السوق.") == []


def test_drones_brought_down_over_an_air_base_are_their_own_event():
    found = events("بورتسودان – «أخبار الشرق»\nتعرضت مدينة بورتسودان، فجر اليوم، لهجوم بطائرات مسيّرة استهدف "
                   "مستودعات للوقود في الميناء.\nوقال شهود إن الحرائق استمرت ساعات.\nوأعلن الجيش السوداني أن "
                   "دفاعاته الجوية أسقطت خمس مسيّرات فوق قاعدة عثمان دقنة الجوية، وأسقطت ثلاثاً منها.")
    assert _kinds(found) == ["Air/drone strike", "Disrupted weapons use"]
    # the other side: a sentence with no base and no place of its own, far from the strike, adds no event
    found = events("بورتسودان – «أخبار الشرق»\nتعرضت مدينة بورتسودان، فجر اليوم، لهجوم بطائرات مسيّرة استهدف "
                   "مستودعات للوقود في الميناء.\nوقال شهود إن الحرائق استمرت ساعات.\nوقال الجيش السوداني إن "
                   "دفاعاته الجوية في حالة تأهب.")
    assert _kinds(found) == ["Air/drone strike"]


def test_the_owner_of_a_building_a_riot_stood_before_is_no_side():
    e = only("تجمع مئات من أهالي مدينة مصراتة، مساء أمس، أمام مقر مديرية الأمن، وأغلق بعضهم الطريق الساحلي "
             "بالإطارات المشتعلة.")
    assert e.actor2 is None
    # the other side: the owner of a building the crowd stormed is the side hit
    e = only("اقتحم عشرات المحتجين الغاضبين، مساء أمس، مقر مديرية الأمن في مدينة مصراتة وأضرموا النار فيه.")
    assert e.actor2 is not None


def test_people_an_authority_took_from_their_homes_are_civilians():
    e = only("اختطفت جماعة الحوثي، فجر اليوم، خمسة معلمين من منازلهم في مدينة ذمار.")
    assert e.sub_event_type == "Arrests" and actor(e, "actor2") == "Civilians"
    # the other side: fighters taken prisoner in a battle are no civilians
    e = only("اعتقلت القوات الحكومية، فجر اليوم، خمسة من مسلحي جماعة الحوثي في مدينة تعز.")
    assert actor(e, "actor2") == "Houthis"


def test_weapons_an_assault_used_leave_it_a_battle():
    e = only("شنّت قوات الدعم السريع، أمس الأحد، هجوماً من محورين على مقر اللواء 16 مشاة بمدينة الفولة في ولاية "
             "غرب كردفان، مستخدمة المدفعية الثقيلة والطائرات المسيّرة.")
    assert e.sub_event_type == "Armed clash"
    # the other side: drones that strike the base with no assault told are an air strike
    e = only("استهدفت طائرات مسيّرة تابعة لقوات الدعم السريع، أمس الأحد، مقر اللواء 16 مشاة بمدينة الفولة في "
             "ولاية غرب كردفان.")
    assert e.sub_event_type == "Air/drone strike"


def test_present_tense_of_a_claim_tells_the_assault_and_its_dead():
    e = only("المقاتلون يقتحمون قاعدة للجيش في بلدة جلب بإقليم جوبا الوسطى فجر اليوم، ويقتلون 9 جنود.")
    assert e.sub_event_type == "Armed clash" and e.fatalities == 9
    # the other side: a base named with no verb of attack is no event
    assert events("تقع قاعدة للجيش في بلدة جلب بإقليم جوبا الوسطى.") == []


def test_fire_in_reply_to_an_attack_is_its_own_event():
    found = events("قُتل جنديان وأصيب ثلاثة آخرون، صباح أمس، في انفجار عبوة ناسفة استهدف قافلة للجيش قرب بلدة "
                   "طوبلي بإقليم جوبا السفلى.\nوأضاف المصدر أن القوات ردّت بقصف مدفعي على مواقع الحركة في محيط "
                   "البلدة.")
    assert _kinds(found) == ["Remote explosive/landmine/IED", "Shelling/artillery/missile attack"]
    # the other side: shelling a source tells of with no reply word stays inside the report
    found = events("قُتل جنديان وأصيب ثلاثة آخرون، صباح أمس، في انفجار عبوة ناسفة استهدف قافلة للجيش قرب بلدة "
                   "طوبلي بإقليم جوبا السفلى.\nوأضاف المصدر أن القصف على مواقع الحركة في محيط البلدة مستمر.")
    assert _kinds(found) == ["Remote explosive/landmine/IED"]


def test_bombs_set_off_during_a_clash_stay_inside_it():
    e = only("اندلعت اشتباكات مسلحة، مساء أمس، بين مقاومين وقوات الاحتلال التي اقتحمت مخيم نور شمس، تخللها "
             "تفجير عبوات بآليات عسكرية.")
    assert e.sub_event_type == "Armed clash"
    # the other side: a bomb told alone is an explosion
    e = only("انفجرت عبوة ناسفة، مساء أمس، بآلية عسكرية إسرائيلية عند مدخل مخيم نور شمس.")
    assert e.sub_event_type == "Remote explosive/landmine/IED"


def test_fighting_over_the_past_week_is_an_aggregate():
    assert events("شهدت محافظة الحسكة خلال الأسبوع الماضي اشتباكات متفرقة بين مسلحين مجهولين وقوات الأمن.") == []
    # the other side: fighting told with its day is news
    e = only("شهدت مدينة الحسكة مساء أمس اشتباكات بين مسلحين مجهولين وقوات الأمن.")
    assert e.sub_event_type == "Armed clash"
