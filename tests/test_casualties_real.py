"""Counting the killed and the wounded the way real reports state them (issue 8, class 7), both sides of each rule.

Every sentence here was written for this file; none comes from a published article.
"""
from __future__ import annotations

from real_news import events, only

def test_figures_joined_in_one_toll_add_up():
    e = only("اندلعت اشتباكات عنيفة صباح اليوم بين مسلحين محليين وقوات الأمن في بلدة الصنمين بريف درعا، أسفرت عن "
             "مقتل أربعة من المسلحين وعنصرين من الأمن، إضافة إلى مدني كان يمر في الشارع.")
    assert e.fatalities == 7
    e = only("أصيب خمسة من عناصر الشرطة وثلاثة محتجين مساء أمس خلال مواجهات أمام مبنى المحافظة في مدينة البصرة.")
    assert e.wounded == 8
    # the other side: victims named among the counted ones add none
    e = only("قُتل ستة مدنيين، بينهم ثلاثة أطفال وامرأتان، بقصف مدفعي على بلدة سرمين بريف إدلب صباح اليوم.")
    assert e.fatalities == 6
    # nor does the و that begins «واحدة» join a figure
    e = only("قُتل ثلاثة أشخاص من عائلة واحدة بقصف مدفعي على بلدة سرمين بريف إدلب صباح اليوم.")
    assert e.fatalities == 3


def test_the_suicide_bomber_and_a_single_victim_after_a_figure_count():
    e = only("قُتل ثلاثة جنود عراقيين ومنفذ الهجوم صباح اليوم عندما فجّر انتحاري حزامه الناسف عند حاجز للجيش في "
             "قضاء الطارمية.")
    assert e.fatalities == 4
    e = only("قُتل خمسة أشخاص، بينهم جنديان، إضافة إلى الانتحاري، عندما فجّر رجل حزامه الناسف في سوق مدينة بيدوا "
             "صباح اليوم.")
    assert e.fatalities == 6
    # the other side: the bomber within the «بينهم» clause is no extra victim
    e = only("قُتل خمسة أشخاص بينهم منفذ الهجوم، عندما فجّر رجل حزامه الناسف في سوق مدينة بيدوا صباح اليوم.")
    assert e.fatalities == 5


def test_attackers_the_force_says_it_killed_are_added():
    e = only("قُتل جنديان من الجيش اللبناني وأصيب ثالث مساء أمس في كمين نصبه مسلحون مجهولون لدورية قرب بلدة عرسال. "
             "وقال الجيش في بيان إن قواته قتلت اثنين من المسلحين خلال ملاحقتهم.")
    assert e.fatalities == 4
    # an overall toll («قتيلاً») may already hold the attackers: nothing is added to it
    e = only("ارتفعت حصيلة الهجوم على فندق في مدينة مقديشو مساء أمس إلى 20 قتيلاً. وأضافت الشرطة أن قواتها قتلت "
             "أربعة من المهاجمين.")
    assert e.fatalities == 20
    # the other side: two accounts of the same victims still give the lowest figure
    e = only("قُتل خمسة مدنيين بقصف مدفعي على بلدة معرة مصرين بريف إدلب صباح اليوم، فيما تحدثت مصادر أخرى عن سبعة "
             "قتلى.")
    assert e.fatalities == 5


def test_victims_named_among_the_dead_are_a_subset():
    e = only("قتل خمسة مدنيين في قصف مدفعي على سوق بلدة سراقب بريف إدلب صباح اليوم. وأوضح الدفاع المدني أن بين "
             "القتلى امرأتين.")
    assert e.fatalities == 5


def test_risen_tolls_of_the_dead_and_the_wounded():
    e = only("استشهد أربعة مواطنين في غارة على منزل في بلدة بيت لاهيا شمال قطاع غزة فجر اليوم. وارتفع عدد شهداء "
             "الغارة إلى ستة بعد انتشال جثتين من تحت الأنقاض.")
    assert e.fatalities == 6
    e = only("انفجرت عبوة ناسفة بسيارة عسكرية على طريق بلدة الشحيل بريف دير الزور صباح اليوم، وأصيب جنديان بجروح. "
             "وارتفع عدد المصابين لاحقاً إلى خمسة.")
    assert e.wounded == 5
    e = only("قُتل ثلاثة أشخاص وأصيب عشرة بانفجار سيارة مفخخة في سوق مدينة الباب صباح اليوم. ثم إن الحصيلة ارتفعت "
             "إلى خمسة قتلى بعد وفاة اثنين من الجرحى.")
    assert (e.fatalities, e.wounded) == (5, 8)


def test_a_risen_toll_updates_the_incident_it_names():
    found = events("قُتل ثلاثة أشخاص بغارة إسرائيلية على شقة في حي المزة بدمشق صباح اليوم.\n"
                   "وفي وقت لاحق من اليوم، استهدفت غارة ثانية مستودعاً في مدينة قدسيا بريف دمشق دون وقوع إصابات.\n"
                   "وارتفعت حصيلة قتلى غارة المزة إلى ستة.")
    by_place = {(e.location or {}).get("name_ar"): e.fatalities for e in found}
    assert by_place == {"المزة": 6, "قدسيا": 0}, by_place


def test_more_ways_of_saying_nobody_was_hurt():
    e = only("قصفت مدفعية الاحتلال أطراف بلدة عبسان الكبيرة شرق خان يونس صباح اليوم، دون الإبلاغ عن إصابات.")
    assert (e.fatalities, e.wounded) == (0, 0)
    e = only("اعتصم عشرات المتقاعدين أمام مبنى المحافظة في مدينة المكلا صباح اليوم، دون تسجيل أي حوادث.")
    assert (e.fatalities, e.wounded) == (0, 0)
    # the other side: no outcome told is no figure
    e = only("قصفت مدفعية الاحتلال أطراف بلدة عبسان الكبيرة شرق خان يونس صباح اليوم.")
    assert e.fatalities is None


def by_place(text: str) -> dict:
    return {(e.location or {}).get("name_ar"): (e.fatalities, e.wounded) for e in events(text)}


def test_a_toll_for_listed_villages_is_split_for_the_wounded_too():
    found = by_place("قُتل أربعة مدنيين وأصيب ثمانية آخرون بقصف مدفعي استهدف بلدتي سرمين وآفس بريف إدلب صباح اليوم.")
    assert found == {"سرمين": (2, 4), "آفس": (2, 4)}, found


def test_a_toll_told_village_by_village_is_not_split():
    found = by_place("قصفت قوات النظام صباح اليوم بلدات سرمين وآفس والنيرب بريف إدلب، ما أسفر عن مقتل رجل وطفله في "
                     "سرمين وإصابة أربعة مدنيين في آفس.")
    assert found == {"سرمين": (2, 0), "آفس": (0, 4), "النيرب": (0, 0)}, found
    # no wounded told anywhere: their number stays unknown
    found = by_place("شن الطيران الحربي غارات على بلدتي سرمين وآفس بريف إدلب صباح اليوم، ما أدى إلى مقتل ثلاثة أشخاص "
                     "في سرمين.")
    assert found == {"سرمين": (3, None), "آفس": (0, None)}, found


def test_nobody_hurt_said_later_holds_for_every_village_of_the_list():
    found = by_place("قصفت طائرات حربية تركية، صباح اليوم، قرى كاني ماسي وهتيت وديرلوك في قضاء العمادية.\n"
                     "وقال قائممقام العمادية إن القصف أدى إلى احتراق بساتين الجوز، ولم يسفر عن إصابات بشرية.")
    assert set(found.values()) == {(0, 0)}, found


def test_a_sentence_with_only_the_toll_gives_the_event_before_its_figures():
    e = only("اندلعت اشتباكات عنيفة مساء أمس بين فصيلين مسلحين في حي الحرشة بمدينة الزاوية.\n"
             "وأعلن مركز الإسعاف أن فرقه انتشلت أربع جثث، فيما استقبلت المستشفيات 11 جريحاً.")
    assert (e.fatalities, e.wounded) == (4, 11)
    # the other side: a running total told after the event is no toll of it
    e = only("اندلعت اشتباكات عنيفة مساء أمس بين فصيلين مسلحين في حي الحرشة بمدينة الزاوية.\n"
             "ووثق المركز منذ مطلع العام انتشال 40 جثة من شوارع المدينة.")
    assert e.fatalities is None


def test_victims_told_as_well_are_added():
    e = only("أصيب ضابط في الشرطة بجروح خطيرة صباح اليوم بانفجار عبوة لاصقة بسيارته في حي الصابري بمدينة بنغازي. "
             "وقال مصدر أمني إن الانفجار أسفر أيضاً عن إصابة ثلاثة من المارة.")
    assert e.wounded == 4
    # the other side: a second account of the same victims gives the lowest figure
    e = only("أصيب ثلاثة من عناصر الشرطة بجروح صباح اليوم بانفجار عبوة ناسفة بدوريتهم في حي الصابري بمدينة بنغازي. "
             "وقال مصدر أمني إن الانفجار أسفر عن إصابة خمسة من العناصر.")
    assert e.wounded == 3


def test_more_single_victims_and_the_bomber_named_by_a_pronoun():
    e = only("استُشهد صياد وأُصيب آخر صباح اليوم برصاص زوارق الاحتلال قبالة شاطئ مدينة دير البلح.")
    assert (e.fatalities, e.wounded) == (1, 1)
    e = only("استهدفت طائرة مسيّرة مستودعاً للوقود على أطراف بلدة الشحيل بريف دير الزور صباح اليوم، ما أدى إلى إصابة "
             "حارس المستودع بحروق.")
    assert (e.fatalities, e.wounded) == (None, 1)
    e = only("فجّر انتحاري حزامه الناسف صباح اليوم عند حاجز للجيش في قضاء الطارمية، ما أدى إلى مقتله ومقتل جنديين "
             "وإصابة ثلاثة آخرين.")
    assert (e.fatalities, e.wounded) == (3, 3)
    # the other side: the pronoun alone is one victim, a figure alone is the figure
    e = only("فجّر انتحاري حزامه الناسف صباح اليوم عند حاجز للجيش في قضاء الطارمية، ما أدى إلى مقتله.")
    assert e.fatalities == 1
    e = only("فجّر انتحاري حزامه الناسف صباح اليوم عند حاجز للجيش في قضاء الطارمية، ما أدى إلى مقتل جنديين.")
    assert e.fatalities == 2


def test_single_victims_before_a_joined_figure_count():
    assert only("قُتل ضابط وجنديان من الجيش في هجوم لمسلحين على نقطة عسكرية قرب بلدة الطارمية صباح اليوم.") \
        .fatalities == 3
    assert only("قُتل مدني وثلاثة جنود وعنصر من الشرطة في هجوم لمسلحين على حاجز قرب بلدة الطارمية صباح اليوم.") \
        .fatalities == 5
    # the other side: a figure alone stays the figure
    assert only("قُتل ثلاثة جنود في هجوم لمسلحين على حاجز قرب بلدة الطارمية صباح اليوم.").fatalities == 3


def test_the_victim_told_after_the_killers_as_the_object_of_the_verb():
    assert only("اغتال مسلحون مجهولون صباح اليوم مهندساً في بلدة الشحيل بريف دير الزور.").fatalities == 1
    assert only("اغتال مسلحان مجهولان صباح اليوم ضابطاً في الشرطة واثنين من مرافقيه في مدينة تعز.").fatalities == 3
    assert only("اغتال مسلحون صباح اليوم أحد وجهاء بلدة الشحيل بريف دير الزور.").fatalities == 1
    assert only("أطلق مسلحون النار على مختار بلدة الشحيل صباح اليوم وأردوه قتيلاً.").fatalities == 1
    # the other side: a shooting with no victim told has no figure
    assert only("أطلق مسلحون النار على مبنى البلدية في بلدة الشحيل صباح اليوم.").fatalities is None


def test_more_single_victims():
    e = only("استهدفت مسيّرة إسرائيلية سيارة على طريق بلدة ياطر صباح اليوم، ما أدى إلى مقتل سائقها.")
    assert e.fatalities == 1
    e = only("أسفرت الاشتباكات في بلدة الصنمين بريف درعا صباح اليوم عن مقتل مسلح وإصابة اثنين من عناصر الأمن.")
    assert (e.fatalities, e.wounded) == (1, 2)
    e = only("استشهد فلسطيني وزوجته وأطفاله الأربعة في غارة إسرائيلية على منزل في مدينة دير البلح صباح اليوم.")
    assert e.fatalities == 6
    # the other side: a death the victim's side does not confirm is no victim
    e = only("استهدفت غارة إسرائيلية سيارة في بلدة ياطر صباح اليوم، وقال الجيش الإسرائيلي إنها استهدفت قيادياً في "
             "الحزب، فيما لم يؤكد الحزب مقتله.")
    assert e.fatalities is None


def test_victims_told_before_a_dual_verb():
    e = only("قصفت قوات النظام بلدة كفرنبل بريف إدلب صباح اليوم، وقالت مصادر محلية إن رجلاً وابنته قتلا وأصيب "
             "أربعة آخرون.")
    assert (e.fatalities, e.wounded) == (2, 4)
    # the other side: victims named among a counted toll add none
    e = only("قُتل خمسة مدنيين بقصف مدفعي على بلدة كفرنبل بريف إدلب صباح اليوم، ومن بين القتلى امرأة وطفلها قُتلا "
             "داخل منزلهما.")
    assert e.fatalities == 5


def test_a_figure_far_before_the_pluperfect_verb():
    e = only("وكان نحو ثلاثين من عناصر الجيش قد قتلوا وأصيب نحو 40 آخرين صباح اليوم في اشتباكات مع مسلحي التنظيم "
             "في مدينة سرت.")
    assert (e.fatalities, e.wounded) == (30, 40)


def test_wounded_only_outcomes_in_more_forms():
    e = only("قصفت مدفعية الجيش بلدة كفرنبل بريف إدلب صباح اليوم وجرحت ٣ مدنيين بينهم طفل.")
    assert (e.fatalities, e.wounded) == (None, 3)
    e = only("وكان مزارع من أبناء بلدة كفرنبل قد أصيب صباح اليوم بانفجار لغم أرضي في أرضه بريف إدلب.")
    assert (e.fatalities, e.wounded) == (None, 1)


def test_killed_and_wounded_told_together_is_no_count():
    e = only("فجّر مسلحون عبوة ناسفة بناقلة جند في حي الشجاعية بمدينة غزة صباح اليوم، ما أوقع أفرادها بين قتيل "
             "وجريح.")
    assert (e.fatalities, e.wounded) == (None, None)


def test_a_part_of_the_dead_told_after_the_toll_does_not_lower_it():
    e = only("قتل 50 عنصراً من حزب الله في غارات إسرائيلية على الضاحية الجنوبية لبيروت اليوم. وأضاف المصدر أن "
             "20 من بين القتلى كانوا من مقاتلي قوة الرضوان.", published="2024-10-10")
    assert e.fatalities == 50
    # the other side: a lower figure from another source is still the lowest concrete figure
    e = only("قتل 50 عنصراً من حزب الله في غارات إسرائيلية على الضاحية الجنوبية لبيروت اليوم. وقال مصدر آخر إن "
             "عدد القتلى بلغ 40.", published="2024-10-10")
    assert e.fatalities == 40


def test_no_information_on_casualties_is_no_figure_but_no_notable_losses_is_zero():
    e = only("تجددت الاشتباكات صباح اليوم بين فصيلين مسلحين في حي الحرشة بمدينة الزاوية، دون ورود معلومات عن "
             "إصابات.")
    assert e.fatalities is None
    e = only("سقطت ثلاثة صواريخ كاتيوشا مساء أمس داخل قاعدة عين الأسد الجوية في محافظة الأنبار، دون خسائر تذكر.")
    assert e.fatalities == 0
    e = only("سقطت ثلاثة صواريخ كاتيوشا مساء أمس داخل قاعدة عين الأسد الجوية في محافظة الأنبار، ولم يسفر القصف عن "
             "سقوط أي خسائر.")
    assert e.fatalities == 0


def test_a_preliminary_count_gives_way_to_the_settled_toll_in_either_order():
    live = ("تغطية مباشرة | غارات على مدينة الحديدة\n"
            "23:40 – مصدر طبي: ارتفاع حصيلة الغارات على حي الربصة في مدينة الحديدة إلى 11 قتيلاً و20 جريحاً.\n"
            "21:15 – مصدر طبي: سبعة قتلى حصيلة أولية للغارات على المدينة.\n"
            "20:30 – مراسلنا: طائرات حربية تشن غارات متتالية على حي الربصة في مدينة الحديدة.")
    assert [e.fatalities for e in events(live)] == [11]
    e = only("شنت طائرات حربية غارات على حي الربصة في مدينة الحديدة مساء أمس، ما أدى إلى مقتل سبعة أشخاص في "
             "حصيلة أولية.\nوارتفعت الحصيلة صباح اليوم إلى 11 قتيلاً.")
    assert e.fatalities == 11
    # the other side: two accounts that are not a first count keep the lowest figure
    e = only("شنت طائرات حربية غارات على حي الربصة في مدينة الحديدة مساء أمس، ما أدى إلى مقتل سبعة أشخاص.\n"
             "وقال مصدر طبي إن الغارات أسفرت عن مقتل تسعة أشخاص.")
    assert e.fatalities == 7


def test_a_dual_in_construct_is_two_victims():
    assert only("قُتل عنصرا أمن برصاص مسلحين مجهولين على حاجز قرب مدينة جبلة صباح اليوم.").fatalities == 2
    # the other side: «عنصراً من» is one
    assert only("قُتل عنصراً من الشرطة برصاص مسلحين مجهولين على حاجز قرب مدينة جبلة صباح اليوم.").fatalities == 1


def test_the_dead_of_the_other_side_are_added():
    e = only("اندلعت اشتباكات عنيفة صباح اليوم بين فصائل المعارضة وعناصر التنظيم في بلدة يلدا جنوب دمشق، أسفرت عن "
             "مقتل ثلاثة من مقاتلي المعارضة.\nوفي الجهة الأخرى، قالت مصادر محلية إن أربعة من عناصر التنظيم قتلوا "
             "في الاشتباكات.")
    assert e.fatalities == 7
    # the other side: a second account of the same side's dead keeps the lowest figure
    e = only("اندلعت اشتباكات عنيفة صباح اليوم بين فصائل المعارضة وعناصر التنظيم في بلدة يلدا جنوب دمشق، أسفرت عن "
             "مقتل ثلاثة من مقاتلي المعارضة.\nوقالت مصادر محلية إن أربعة من مقاتلي المعارضة قتلوا في الاشتباكات.")
    assert e.fatalities == 3


def test_a_figure_of_the_killed_and_wounded_together_is_no_death_count():
    e = only("هاجمت قوة مسلحة بلدة أم روابة بولاية شمال كردفان صباح اليوم، ما تسبب في مقتل وإصابة 15 شخصاً.")
    assert e.fatalities is None
    e = only("سقطت قذيفة هاون على سوق بلدة سرمين بريف إدلب صباح اليوم، ما أدى إلى سقوط 12 قتيلاً وجريحاً.")
    assert e.fatalities is None
    e = only("سقطت قذيفة هاون على سوق بلدة سرمين بريف إدلب صباح اليوم، ما أدى إلى سقوط سبعة أشخاص بين قتيل "
             "وجريح.")
    assert e.fatalities is None
    # the other side: separate figures of the dead and the wounded stay counts
    e = only("سقطت قذيفة هاون على سوق بلدة سرمين بريف إدلب صباح اليوم، ما أدى إلى سقوط 3 قتلى و5 جرحى.")
    assert (e.fatalities, e.wounded) == (3, 5)


# «بمحلية 24 القرشي»: a number that names a place counts nobody
def test_a_number_in_a_place_name_is_no_toll():
    e = only("وأدى هجوم قوات الدعم السريع على قرية الصفيراية بمحلية ٢٤ القرشي، إلى مقتل مواطنين.")
    assert e.fatalities != 24
    e = only("قتل ٢٤ مواطناً في هجوم لقوات الدعم السريع على قرية الصفيراية بمحلية القرشي في ولاية الجزيرة.")
    assert e.fatalities == 24


def test_a_killing_told_as_the_cause_of_the_fighting_is_not_its_toll():
    e = only("تتواصل منذ يومين المواجهات العنيفة بين مقاتلي الفصيلين داخل مدينة سرمين بريف إدلب، إثر إعلان الفصيل "
             "الحرب على الآخر بسبب اغتيال ثلاثة من قادته ومقتل أحد مؤسسيه. وقُتل للفصيل الآخر سوريان وتونسي.")
    assert e.fatalities == 3
    # the other side: the outcome told after the cause still counts
    e = only("اندلعت اشتباكات عنيفة بين عشيرتين في بلدة الصنمين بريف درعا صباح اليوم بسبب مقتل شاب من إحداهما "
             "أمس، ما أسفر عن مقتل أربعة أشخاص.")
    assert e.fatalities == 4


def test_a_later_account_of_only_the_victims_named_among_the_dead_is_a_part_of_the_toll():
    e = only("قُتل 12 مدنياً، بينهم 5 أطفال، بقصف صاروخي على أحياء مدينة سراقب بريف إدلب صباح اليوم. وأوضح "
             "الدفاع المدني أن صاروخاً سقط على منزل في حي السوق أسفر عن مقتل 5 أطفال.")
    assert e.fatalities == 12
    # the other side: two accounts of one toll still give the lowest figure
    e = only("قُتل 12 مدنياً بقصف صاروخي على أحياء مدينة سراقب بريف إدلب صباح اليوم. وأوضح الدفاع المدني أن "
             "القصف أسفر عن مقتل 9 مدنيين.")
    assert e.fatalities == 9


def test_a_source_s_toll_in_an_undated_report_counts_despite_an_unresolved_day():
    text = ("قصفت قوات النظام أحياء مدينة سراقب بريف إدلب بقذائف الهاون خلال الساعات الماضية، ما أسفر عن سقوط "
            "قتلى بين المدنيين. وقال مصدر طبي إن قصفاً بقذائف الهاون تعرضت له أحياء المدينة منذ صباح الأحد أسفر "
            "عن مقتل 9 مدنيين.")
    assert only(text, None).fatalities == 9
    # the other side: a toll counted since a date is a running total, not this event's
    text = ("قصفت قوات النظام أحياء مدينة سراقب بريف إدلب بقذائف الهاون خلال الساعات الماضية، ما أسفر عن سقوط "
            "قتلى بين المدنيين. وقال مصدر طبي إن حصيلة القصف منذ 26 آب بلغت 90 قتيلاً.")
    assert only(text, None).fatalities is None


def test_the_attackers_own_dead_told_by_their_side_s_name_add_to_the_toll():
    e = only("هاجم مسلحون من تنظيم داعش حاجزاً للجيش العراقي في قضاء الطارمية فجر اليوم ما أسفر عن مقتل ثلاثة "
             "جنود. وذكر ضابط في الجيش أن اثنين من مسلحي داعش قتلا أيضاً في تبادل لإطلاق النار عند الحاجز.")
    assert e.fatalities == 5
    # the other side: the dead of the side that was attacked are the victims, nothing is added
    e = only("نفذ الجيش العراقي فجر اليوم عملية أمنية في قضاء الطارمية قتل فيها أربعة من مسلحي داعش.")
    assert e.fatalities == 4


def test_a_later_account_that_names_the_place_hit_and_says_it_was_empty_gives_no_dead():
    text = ("أدت غارات إسرائيلية، صباح اليوم، إلى تدمير ثلاثة منازل في بلدة عيتا الشعب جنوبي لبنان.\n"
            "وتستهدف إسرائيل بغاراتها البلدات الجنوبية، ما أدى إلى مقتل أكثر من 100 شخص في لبنان.\n"
            "وقال رئيس بلدية عيتا الشعب لوكالة فرانس برس: \"المنازل كانت خالية ولم يصب أحد\".")
    assert [e.fatalities for e in events(text)] == [0]
    # the other side: a later word on the place that tells no outcome leaves the toll unknown
    text = ("أدت غارات إسرائيلية، صباح اليوم، إلى تدمير ثلاثة منازل في بلدة عيتا الشعب جنوبي لبنان.\n"
            "وتستهدف إسرائيل بغاراتها البلدات الجنوبية، ما أدى إلى مقتل أكثر من 100 شخص في لبنان.\n"
            "وقال رئيس بلدية عيتا الشعب لوكالة فرانس برس إن السكان غادروا البلدة منذ أشهر.")
    assert [e.fatalities for e in events(text)] == [None]


def test_the_attackers_dead_told_by_the_other_side_add_to_their_victims():
    e = only("قتل عشرة مدنيين اليوم في هجوم لحركة الشباب على منزل في منطقة عبد العزيز شمال مقديشو. وأعلنت السلطات "
             "أن قوات الأمن حررت عدداً من المدنيين خلال الهجوم، معلنة مقتل أربعة عناصر من حركة الشباب.", "2019-03-02")
    assert e.fatalities == 14
    # the other side: a lower count of the same victims by another source is the lowest concrete figure
    e = only("قتل عشرة مدنيين اليوم في هجوم لحركة الشباب على منزل في منطقة عبد العزيز شمال مقديشو. وقالت مصادر "
             "طبية إن الهجوم أسفر عن مقتل ثمانية مدنيين.", "2019-03-02")
    assert e.fatalities == 8


def test_one_victim_after_the_day_told_between_is_counted():
    assert only("قُتل، الأحد، شاب بانفجار عبوة ناسفة في بلدة سرمدا.", "2023-10-22").fatalities == 1
    assert only("قتل اليوم شاب بانفجار عبوة ناسفة في بلدة سرمدا.", "2023-10-22").fatalities == 1
    # the other side: the wounded one is no death
    assert only("أصيب صباح اليوم طفل بانفجار لغم في بلدة سرمدا.", "2023-10-22").fatalities is None


def test_two_bodies_brought_in_count_two_dead():
    e = only("اندلعت اشتباكات عنيفة بين مجموعتين مسلحتين في حي الفرناج بطرابلس اليوم، وقالت مصادر طبية إن المستشفى "
             "تسلم جثتين.", "2023-08-15")
    assert e.fatalities == 2
    # the other side: a body found with no incident told is no event
    assert events("عثر الأهالي اليوم على جثتين قرب بلدة الحراك.", "2023-08-15") == []


def test_the_victims_after_the_killers_name_are_counted():
    e = only("قتلت قوات الدعم السريع أمس ستة مدنيين في قرية ود الفضل بولاية الجزيرة.", "2024-11-01")
    assert e.fatalities == 6
    # the other side: a figure of days after the verb counts no dead
    e = only("قتلت القوات الإسرائيلية خلال ثلاثة أيام عشرات الفلسطينيين في مدينة جنين.", "2024-11-01")
    assert e.fatalities is None
