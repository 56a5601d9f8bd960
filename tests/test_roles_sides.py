"""Which side started it and who was hit, on patterns of real reports (issue 8): both sides of each rule.

Every sentence here was written for this file; none comes from a published article.
"""
from __future__ import annotations

from real_news import actor, only


def test_the_author_of_an_attack_that_was_repelled_is_actor1():
    e = only("تصدّت قوات الجيش السوداني صباح اليوم لهجوم من قوات الدعم السريع على مدينة الفاشر.")
    assert actor(e, "actor1") == "RSF" and actor(e, "actor2") == "Sudanese Armed Forces"
    # the other side: the same words with the sides swapped
    e = only("تصدّت قوات الدعم السريع صباح اليوم لهجوم من الجيش السوداني على مدينة الفاشر.")
    assert actor(e, "actor1") == "Sudanese Armed Forces" and actor(e, "actor2") == "RSF"
    # and «من» after a count of the dead still marks the side hit
    e = only("قُتل خمسة من قوات الدعم السريع صباح اليوم في هجوم للجيش السوداني على مدينة الفاشر.")
    assert actor(e, "actor1") == "Sudanese Armed Forces" and actor(e, "actor2") == "RSF"


def test_fighters_from_the_tribes_are_tribal_fighters():
    e = only("اندلعت اشتباكات عنيفة مساء اليوم بين مقاتلين من العشائر وقوات سوريا الديمقراطية في بلدة الشحيل "
             "بريف دير الزور.")
    assert actor(e, "actor1") == "Local tribal fighters" and actor(e, "actor2") == "SDF"
