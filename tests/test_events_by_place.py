"""The index that finds the latest event whose place a sentence names (frames.EventsByPlace).

It must answer as the walk over every earlier event did («حصيلة غارة المزة» → the strike on المزة); the
sentences and names here were written for these tests.
"""
from __future__ import annotations

import random
import re
from types import SimpleNamespace

from rasid.extract.frames import EventsByPlace, _names_place, _placeless


def _document(text: str) -> SimpleNamespace:
    return SimpleNamespace(folded=text)


def _event(text: str, name: str | None, feature: str = "populated", occurrence: int = 0) -> SimpleNamespace:
    """An event whose place is the ``occurrence``-th ``name`` of ``text`` (None: no place)."""
    if name is None:
        return SimpleNamespace(place=None)
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return SimpleNamespace(place=SimpleNamespace(start=start, end=start + len(name),
                                                 place=SimpleNamespace(feature=feature)))


def _sentence(text: str, part: str) -> SimpleNamespace:
    start = text.index(part)
    return SimpleNamespace(start=start, end=start + len(part))


def _names_place_by_pattern(text: str, name: str) -> bool:
    """The reference for ``_names_place``: one pattern per name."""
    return re.search(rf"(?:^|[\s«(])[وبلف]?{re.escape(name)}(?!\w)", text) is not None


def _walk(text: str, sent: SimpleNamespace, out: list) -> object | None:
    """The reference: every earlier event tested, the latest first."""
    part = text[sent.start:sent.end]
    return next((c for c in reversed(out) if not _placeless(c)
                 and _names_place_by_pattern(part, text[c.place.start:c.place.end])), None)


TEXT = ("قصف على المزة. وغارة على دير الزور. وقصف على قدسيا. "
        "ارتفعت حصيلة غارة بالمزة. وقتل اثنان في دير الزور. (المزة) مرة اخرى. المزةالجديدة ليست هي. سوريا.")


def test_the_latest_event_named_behind_a_proclitic_or_a_bracket():
    out: list = []
    index = EventsByPlace(_document(TEXT), out)
    out += [_event(TEXT, "المزة"), _event(TEXT, "دير الزور"), _event(TEXT, "قدسيا")]
    assert index.latest_named_in(_sentence(TEXT, "ارتفعت حصيلة غارة بالمزة.")) is out[0]
    assert index.latest_named_in(_sentence(TEXT, "وقتل اثنان في دير الزور.")) is out[1]
    assert index.latest_named_in(_sentence(TEXT, "(المزة) مرة اخرى.")) is out[0]
    out.append(_event(TEXT, "المزة", occurrence=1))  # a later event at the same place wins
    assert index.latest_named_in(_sentence(TEXT, "ارتفعت حصيلة غارة بالمزة.")) is out[3]


def test_a_name_inside_a_longer_word_or_a_country_is_no_match():
    out: list = []
    index = EventsByPlace(_document(TEXT), out)
    out += [_event(TEXT, "المزة"), _event(TEXT, "سوريا", feature="country"), _event(TEXT, None)]
    assert index.latest_named_in(_sentence(TEXT, "المزةالجديدة ليست هي.")) is None
    assert index.latest_named_in(_sentence(TEXT, "سوريا.")) is None


def test_an_event_that_moved_is_found_by_its_new_place_only():
    out: list = []
    index = EventsByPlace(_document(TEXT), out)
    out += [_event(TEXT, "المزة"), _event(TEXT, "قدسيا")]
    sentence = _sentence(TEXT, "ارتفعت حصيلة غارة بالمزة.")
    assert index.latest_named_in(sentence) is out[0]
    out[0].place = _event(TEXT, "دير الزور").place  # what _absorb does when a later telling names the place closer
    index.moved(out[0])
    assert index.latest_named_in(sentence) is None
    assert index.latest_named_in(_sentence(TEXT, "وقتل اثنان في دير الزور.")) is out[0]


def test_the_same_answer_as_the_walk_over_every_event():
    rng = random.Random(13)
    names = ["المزة", "دير الزور", "قدسيا", "الباب", "باب", "دير", "تل رفعت", "رفعت"]
    glue = [" ", "، ", " و", " ب", " ل", " ف", " «", " (", "-", " ال", "ب", ". "]
    for _ in range(300):
        text = "".join(rng.choice(glue) + rng.choice(names + ["قصف", "غارة"]) for _ in range(rng.randrange(3, 25)))
        out: list = []
        index = EventsByPlace(_document(text), out)
        for _ in range(rng.randrange(1, 6)):
            present = [n for n in names if n in text]
            if present:
                name = rng.choice(present)
                out.append(_event(text, name, occurrence=rng.randrange(text.count(name))))
            cut = sorted(rng.sample(range(len(text) + 1), 2))
            sentence = SimpleNamespace(start=cut[0], end=cut[1])
            assert index.latest_named_in(sentence) is _walk(text, sentence, out), (text, cut)


def test_a_place_named_as_a_word_of_its_own_as_the_pattern_finds_it():
    rng = random.Random(31)
    pieces = ["المزة", "دير الزور", "بدير", "دير", "و", "ب", "ل", "ف", "ال", " ", "\n", "«", "(", "،", ".", "-", "_", "1"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
        name = rng.choice(["المزة", "دير الزور", "دير", "الزور", "ب"])
        assert _names_place(text, name) == _names_place_by_pattern(text, name), (text, name)
