"""The phrase matcher: leftmost-longest names, and the article a name is written with.

Every phrase here was written for these tests."""
from __future__ import annotations

from rasid.lexicon.matcher import PhraseMatcher
from rasid.pipeline import process
from rasid.text.fold import fold_string


def _keys(matcher: PhraseMatcher, text: str) -> list[str]:
    return [m.key for m in matcher.find(fold_string(text))]


def test_a_name_written_with_its_article_beats_a_longer_one_that_needs_it_added() -> None:
    matcher = PhraseMatcher([("باب شرقي", "quarter"), ("الباب", "town"), ("حلب", "city")], allow_article=True)
    assert _keys(matcher, "انفجر لغم في الباب شرقي حلب") == ["الباب", "حلب"]


def test_a_longer_name_still_takes_an_added_article_when_nothing_is_written_with_one() -> None:
    matcher = PhraseMatcher([("باب شرقي", "quarter"), ("حلب", "city")], allow_article=True)
    assert _keys(matcher, "سقطت قذيفة في الباب شرقي") == ["باب شرقي"]


def test_the_longest_name_wins_among_names_written_alike() -> None:
    matcher = PhraseMatcher([("دير الزور", "city"), ("الزور", "other")])
    assert _keys(matcher, "في مدينة دير الزور") == ["دير الزور"]


def test_a_town_east_of_a_city_is_the_town() -> None:
    [event] = process("أصيب طفلان بانفجار لغم في الباب شرقي حلب أمس.", published="2025-05-14").events
    assert event.location["name_ar"] == "الباب" and event.admin1 == "Aleppo"
