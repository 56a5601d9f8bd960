"""Error classes of the regional real-news set (issue 8, recall and spurious events), both sides of each rule.

Every sentence here was written for this file; none comes from a published article.
"""
from __future__ import annotations

from real_news import actor, events


# «بعد يومين من سيطرة الجيش على منطقتي A وB»: the noun of control told with what was taken is a change of control
def test_control_told_as_a_noun_is_a_territory_event_per_area():
    found = events("الخرطوم - تأتي هذه التطورات بعد يومين من سيطرة الجيش السوداني على منطقتي الكريمت وأبو حبيرة "
                   "بولاية جنوب كردفان، بعد معارك ضد قوات الدعم السريع.", published="2025-03-10")
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
                   "قوات الدعم السريع. من جهتها، أعلنت قوات الدعم السريع في بيان أنها سيطرت على محلية أم روابة "
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
