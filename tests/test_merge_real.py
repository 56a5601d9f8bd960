"""Spurious events on real published news (issue 8): tellings of one incident that came out as several, and
summaries that came out as events of their own. Both sides of each rule.

Every sentence here was written for this file; none comes from a published article.
"""
from __future__ import annotations

from real_news import events


def test_arrests_counted_over_the_last_two_days_are_no_event():
    found = events("قصفت مدفعية الاحتلال أطراف بلدة كفرشوبا جنوبي لبنان صباح اليوم. وخلال اليومين الماضيين، اعتقلت "
                   "قوات الاحتلال ثلاثة رعاة في محيط بلدة شبعا.")
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]
    # the other side: arrests told for one day are an event
    found = events("قصفت مدفعية الاحتلال أطراف بلدة كفرشوبا جنوبي لبنان صباح اليوم. واعتقلت قوات الاحتلال أمس "
                   "ثلاثة رعاة في محيط بلدة شبعا.")
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack", "Arrests"]
