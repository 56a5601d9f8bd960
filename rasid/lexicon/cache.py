"""A compiled cache of the loaded lexicons: what a loader builds is pickled once into the user's cache folder.

Loading the gazetteer, the actor catalog and the vocabulary means parsing YAML and TSV, folding 170,000 names
and building Aho-Corasick automata (about 2 s); unpickling what that built takes a tenth of it. A cache file
is named after the loader and a key over rasid's version, the Python version and the size and modification time
of every file of the package (data and code), so any change to a data file or to the code that reads it rebuilds it. The folder
is ``$RASID_CACHE_DIR``, else ``$XDG_CACHE_HOME/rasid``, else ``~/.cache/rasid``; ``RASID_CACHE_DIR=off`` turns
the cache off. A cache file that cannot be read is rebuilt silently; a folder that cannot be written only
means loading the normal way each time. Files are written atomically (a temporary file, then a rename).
What is loaded, cached or not, is moved out of the garbage collector's walks (``gc.freeze``): it lives as long as
the process, and a full collection would otherwise visit its millions of objects, 20 ms each time.
"""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
import re
import sys
import tempfile
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

import _sre  # the regex engine that ``re`` compiles for

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent.parent
STALE_AFTER = 7 * 86400  # seconds: cache files of other keys (other versions of the code) older than this go


def cache_dir() -> Path | None:
    """The folder of the cache files, or None when the cache is off."""
    explicit = os.environ.get("RASID_CACHE_DIR")
    if explicit:
        return None if explicit == "off" else Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "rasid"


@cache
def package_key() -> str:
    """A digest of rasid's version, the Python version, the package's folder and the name, size and modification
    time of every data and code file of the package: the rule Python's own bytecode cache follows, which spares
    reading 5 MB of data files at every start."""
    from rasid import __version__

    digest = hashlib.blake2b(f"{__version__} {sys.version} {PACKAGE}".encode(), digest_size=12)
    for path in sorted(p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        stat = path.stat()
        digest.update(f"{path.relative_to(PACKAGE)}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def cached(name: str, build: Callable[[], T]) -> T:
    """``build()``, or what it returned the last time for the same package content, read from the cache."""
    folder = cache_dir()
    if folder is None:
        value = build()
    else:
        path = folder / f"{name}-{package_key()}.pickle"
        value = _read(path)
        if value is None:
            value = build()
            _write(path, value)
    gc.freeze()  # what was loaded lives as long as the process: later collections need not walk its objects
    return value


def cached_patterns(name: str, build: Callable[[], list[re.Pattern[str]]]) -> list[re.Pattern[str]]:
    """``build()``'s regular expressions, their compiled programs read from the cache.

    A grammar of thousands of alternatives (the dates', the counts') takes longer to build and compile than a
    document takes to scan: the program ``re`` compiled (bound to the Python version, like every cache file) is
    kept and handed straight to the regex engine. A program the engine refuses is compiled the usual way."""
    if cache_dir() is None:
        return build()
    return [_from_program(program) for program in cached(name, lambda: [_program(p) for p in build()])]


def _program(pattern: re.Pattern[str]) -> tuple:
    """What ``re.compile`` hands the engine for ``pattern``: source, flags, code, groups and their names."""
    parsed = re._parser.parse(pattern.pattern, pattern.flags)
    code = [int(op) for op in re._compiler._code(parsed, pattern.flags)]  # opcodes are named ints: plain ones
    names = [None] * parsed.state.groups
    for group, index in parsed.state.groupdict.items():
        names[index] = group
    return (pattern.pattern, pattern.flags | parsed.state.flags, code, parsed.state.groups - 1,
            dict(parsed.state.groupdict), tuple(names))


def _from_program(program: tuple) -> re.Pattern[str]:
    try:
        return _sre.compile(*program)
    except Exception:  # noqa: BLE001 - another engine's program: compile from the source
        return re.compile(program[0], program[1])


def _read(path: Path) -> object | None:
    was_collecting = gc.isenabled()  # a caller (a huge document's extraction) may have paused it already
    gc.disable()  # unpickling allocates millions of objects; collections in between only cost time
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)  # noqa: S301 (a file rasid wrote itself, in the user's own folder)
    except Exception:  # noqa: BLE001 - a missing, truncated or foreign file is rebuilt
        return None
    finally:
        if was_collecting:
            gc.enable()


def _write(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        _remove_stale(path)
    except OSError:
        pass  # a read-only or full cache folder: the next run loads the normal way again


def _remove_stale(path: Path) -> None:
    """Remove week-old cache files of the same loader under other keys (other versions of rasid)."""
    name = path.name.rsplit("-", 1)[0]
    cutoff = time.time() - STALE_AFTER
    for other in path.parent.glob(f"{name}-*.pickle"):
        if other != path and other.stat().st_mtime < cutoff:
            other.unlink(missing_ok=True)
