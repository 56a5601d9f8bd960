"""The folded view (rasid/text/fold.py): a document and a lexicon key fold alike."""
from __future__ import annotations

from rasid.text.fold import _ONE_TO_ONE, fold, fold_string


def test_a_document_folds_each_letter_as_a_key_does():
    text = "قالت مصادر «محلية» إن ٣ أشخاص قُتلوا في مدينة إدلب " + "".join(_ONE_TO_ONE) + " Deir ez-Zor"
    folded = fold(text).text
    assert folded == fold_string(text)
    assert "ة" not in folded and "أ" not in folded and "3" in folded and "«" not in folded


def test_folding_keeps_the_map_to_the_original_text():
    text = "قُتل مدنيٌّ في قرية «الحصن»"
    mapped = fold(text)
    assert mapped.text == fold_string(text)
    assert len(mapped.text) < len(text)  # the harakat are dropped
    start = mapped.text.index("الحصن")
    source = mapped.span(start, start + len("الحصن"))
    assert text[source[0]:source[1]] == "الحصن"
