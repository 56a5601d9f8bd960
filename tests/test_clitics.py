"""The proclitic table every stage reads (rasid/text/clitics.py)."""
from __future__ import annotations

from rasid.text.clitics import proclitics, strip_proclitic


def test_prefixes_are_longest_first_so_the_first_that_fits_is_the_longest():
    table = proclitics(article=True)
    assert [len(p) for p in table] == sorted((len(p) for p in table), reverse=True)
    assert strip_proclitic("وبالقرية", {"قرية"}, table) == "قرية"
    assert strip_proclitic("وبالقرية", {"بالقرية"}, table) == "بالقرية"  # a shorter strip when only it is known


def test_the_preposition_lam_fuses_with_the_article():
    assert "لال" not in proclitics(article=True)
    assert {"لل", "ولل", "فلل"} <= set(proclitics(article=True))
    assert set(proclitics(lam_article=True, bare=False)) == {"لل", "ولل", "فلل"}


def test_each_stage_asks_for_what_it_needs():
    assert set(proclitics()) == {"و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}
    assert "" in proclitics(empty=True) and "" not in proclitics()
    assert not any(p.endswith("ل") and len(p) > 1 for p in proclitics(prepositions=("ب",)))
    assert set(proclitics(conjunctions=(), prepositions=("ب", "ل"), article=True)) == {"ب", "ل", "ال", "بال", "لل"}
    assert strip_proclitic("سوق", {"وق"}) == "سوق"  # س is no proclitic


def test_stripping_agrees_with_trying_every_prefix_longest_first():
    table = proclitics(article=True, empty=True)
    known = {"قرية", "بالقرية", "لقرية", "", "حسكة", "الحسكة"}
    for word in ("وبالقرية", "فلقرية", "للحسكة", "والحسكة", "ولل", "و", "", "قرية", "كقرية", "سوق"):
        expected = next((word[len(p):] for p in table if word.startswith(p) and word[len(p):] in known), word)
        assert strip_proclitic(word, known, table) == expected
