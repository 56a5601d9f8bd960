"""Error classes of the region news set (Yemen, Sudan, Libya, Somalia; issue 8), both sides of each rule.

Every sentence here was written for this file; none comes from a published article or from a gold set.
"""
from __future__ import annotations

from real_news import events, only


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
