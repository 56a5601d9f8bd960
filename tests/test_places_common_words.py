"""The gazetteer's common words come from the vocabulary already loaded, not from a second read of its file."""
from __future__ import annotations

import gzip

import pytest

from rasid.lexicon.places import gazetteer
from rasid.text import vocab


def test_common_words_are_read_from_the_loaded_vocabulary(monkeypatch: pytest.MonkeyPatch) -> None:
    places = gazetteer()
    vocab.load_vocabulary()
    places._vocabulary = None
    reads: list[int] = []
    decompress = gzip.decompress
    monkeypatch.setattr(gzip, "decompress", lambda data: reads.append(len(data)) or decompress(data))
    assert places.is_common(["العمليات"])
    assert not places.is_common(["كازقيل"])
    assert reads == []
