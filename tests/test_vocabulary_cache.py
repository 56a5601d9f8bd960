"""The vocabulary read from the lexicon cache is the one read from its data file; spellings load on first use."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rasid.lexicon import cache
from rasid.text import vocab

CLEAN_TEXT = "قُتل ثلاثة مدنيين في غارة جوية على بلدة سرمين بريف إدلب الشرقي يوم الاثنين."
SPELLINGS_LOADED = """
from rasid.pipeline import process
from rasid.text import vocab
process(%r, published="2025-03-03")
print(vocab._spellings.cache_info().currsize)
""" % CLEAN_TEXT


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASID_CACHE_DIR", str(tmp_path / "cache"))
    cache.package_key.cache_clear()
    vocab.load_vocabulary.cache_clear()
    vocab._spellings.cache_clear()
    vocab._packed_bytes.cache_clear()
    yield
    vocab.load_vocabulary.cache_clear()
    vocab._spellings.cache_clear()
    vocab._packed_bytes.cache_clear()
    cache.package_key.cache_clear()


@pytest.mark.usefixtures("fresh_cache")
def test_the_cached_vocabulary_is_the_files_word_for_word() -> None:
    from_file, spellings = vocab._read()
    built = dict(vocab.load_vocabulary().items())
    vocab.load_vocabulary.cache_clear()
    vocab._packed_bytes.cache_clear()
    assert built == dict(vocab.load_vocabulary().items()) == from_file
    assert dict(vocab._spellings().items()) == spellings
    assert vocab.spelling("مساله") == "مسألة"


def test_a_clean_text_does_not_load_the_spellings() -> None:
    out = subprocess.run([sys.executable, "-c", SPELLINGS_LOADED], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "0"
