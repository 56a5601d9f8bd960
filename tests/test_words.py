"""The extraction word lists live in rasid/data/frame_words.yaml and load through one function."""
import re
from importlib import resources

import pytest

from rasid.errors import DataError
from rasid.lexicon.words import word_list


def test_lists_are_folded_on_load():
    # the file may spell «مستشفى» and «قذائف» naturally; matching happens on folded text
    assert "مستشفي" in word_list("destination_words")
    assert "قذايف" in word_list("artillery_words")
    assert "عبوه" in word_list("close_range_stems")
    assert all("ى" not in w and "ة" not in w for w in word_list("target_area_words"))


def test_unknown_list_is_a_clear_data_error():
    with pytest.raises(DataError, match="no word list named 'no_such_list'"):
        word_list("no_such_list")


def test_every_word_list_is_named_once():
    """YAML keeps the last of two lists with one name: a second list would silently replace the first."""
    text = (resources.files("rasid") / "data" / "frame_words.yaml").read_text(encoding="utf-8")
    names = re.findall(r"^([A-Za-z_]+):", text, flags=re.MULTILINE)
    assert sorted(n for n in set(names) if names.count(n) > 1) == []
