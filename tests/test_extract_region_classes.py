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
