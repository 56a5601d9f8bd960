"""The compiled lexicon cache: rebuilt when the package changes, a broken file ignored, output unchanged."""
from __future__ import annotations

import gc
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rasid.lexicon import cache

TEXT = "دمشق - قُتل ثلاثة مدنيين وأصيب آخرون في غارة جوية على بلدة سرمين بريف إدلب الشرقي يوم الاثنين.\n"


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in package folder (one data file) and a cache folder of its own."""
    root = tmp_path / "package"
    (root / "data").mkdir(parents=True)
    (root / "data" / "names.txt").write_text("حلب\n", encoding="utf-8")
    monkeypatch.setattr(cache, "PACKAGE", root)
    monkeypatch.setenv("RASID_CACHE_DIR", str(tmp_path / "cache"))
    cache.package_key.cache_clear()
    yield root
    cache.package_key.cache_clear()


def _counting_build(calls: list[str], package: Path):
    def build() -> list[str]:
        calls.append("built")
        return (package / "data" / "names.txt").read_text(encoding="utf-8").split()
    return build


def test_a_second_load_reads_the_cache(package: Path) -> None:
    calls: list[str] = []
    assert cache.cached("names", _counting_build(calls, package)) == ["حلب"]
    assert cache.cached("names", _counting_build(calls, package)) == ["حلب"]
    assert calls == ["built"]


def test_a_changed_data_file_rebuilds_the_cache(package: Path) -> None:
    calls: list[str] = []
    cache.cached("names", _counting_build(calls, package))
    (package / "data" / "names.txt").write_text("حلب\nحمص\n", encoding="utf-8")
    cache.package_key.cache_clear()  # a new process
    assert cache.cached("names", _counting_build(calls, package)) == ["حلب", "حمص"]
    assert calls == ["built", "built"]


def test_a_corrupt_cache_file_is_ignored_and_rewritten(package: Path) -> None:
    calls: list[str] = []
    cache.cached("names", _counting_build(calls, package))
    (written,) = Path(os.environ["RASID_CACHE_DIR"]).glob("names-*.pickle")
    written.write_bytes(written.read_bytes()[:7])
    assert cache.cached("names", _counting_build(calls, package)) == ["حلب"]
    assert cache.cached("names", _counting_build(calls, package)) == ["حلب"]
    assert calls == ["built", "built"]


def test_a_cache_folder_that_cannot_be_made_only_loads_the_normal_way(package: Path, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("RASID_CACHE_DIR", str(blocker / "cache"))
    calls: list[str] = []
    assert cache.cached("names", _counting_build(calls, package)) == ["حلب"]
    assert cache.cached("names", _counting_build(calls, package)) == ["حلب"]
    assert calls == ["built", "built"]


def test_the_cache_can_be_turned_off(package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASID_CACHE_DIR", "off")
    calls: list[str] = []
    cache.cached("names", _counting_build(calls, package))
    cache.cached("names", _counting_build(calls, package))
    assert calls == ["built", "built"]


def _extract(path: Path, cache_dir: str) -> str:
    env = {**os.environ, "RASID_CACHE_DIR": cache_dir}
    out = subprocess.run([sys.executable, "-m", "rasid", "extract", "--format", "jsonl", "--published", "2025-03-03",
                          str(path)], check=True, capture_output=True, text=True, env=env)
    return out.stdout


def test_records_are_the_same_with_and_without_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text(TEXT, encoding="utf-8")
    cache_dir = tmp_path / "cache"
    without = _extract(path, "off")
    building = _extract(path, str(cache_dir))
    assert sorted(p.name.split("-")[0] for p in cache_dir.glob("*.pickle")) == [
        "actors", "counts", "cues", "dates", "evasion", "gazetteer", "triggers", "vocabulary", "words"]
    reading = _extract(path, str(cache_dir))
    assert '"events": [{' in without
    assert without == building == reading


def test_what_is_loaded_is_left_out_of_the_collectors_walks(package: Path) -> None:
    gc.unfreeze()
    names = cache.cached("names", _counting_build([], package))
    assert names == ["حلب"]
    assert gc.get_freeze_count() > 0  # the loaded list and everything before it: out of every generation
    assert all(obj is not names for obj in gc.get_objects())


GRAMMAR = [r"(?<!\w)(?P<day>اليوم|امس)(?:\s+(?P<part>صباحا|مساء))?(?!\w)", r"\d{1,3}(?:,\d{3})+|\d+"]


def test_cached_patterns_are_the_compiled_ones(package: Path) -> None:
    calls: list[str] = []

    def build() -> list[re.Pattern[str]]:
        calls.append("built")
        return [re.compile(source) for source in GRAMMAR]

    built = cache.cached_patterns("grammar", build)
    read = cache.cached_patterns("grammar", build)
    assert calls == ["built"]
    for source, first, second in zip(GRAMMAR, built, read):
        assert first == second == re.compile(source)
        assert second.groupindex == re.compile(source).groupindex
    assert read[0].search("قصف مساء امس صباحا").group("day", "part") == ("امس", "صباحا")


def test_a_program_the_engine_refuses_is_compiled_from_its_source() -> None:
    source, flags, *_ = cache._program(re.compile(GRAMMAR[1]))
    assert cache._from_program((source, flags, [0, 1, 2], 0, {}, (None,))) == re.compile(GRAMMAR[1])


def test_a_file_rewritten_with_its_old_size_still_changes_the_key(package: Path) -> None:
    """The key follows each file's size and modification time, not its content: an edit of the same length is
    seen by its new modification time."""
    data = package / "data" / "names.txt"
    before = cache.package_key()
    data.write_text("حمص\n", encoding="utf-8")
    os.utime(data, ns=(data.stat().st_atime_ns, data.stat().st_mtime_ns + 1_000_000))
    cache.package_key.cache_clear()
    assert cache.package_key() != before
