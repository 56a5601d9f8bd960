"""The ordered process pool: what ``prepare`` loads is loaded once, in the parent, and shared by the workers."""
from __future__ import annotations

import os

from rasid.parallel import ordered_map

LOADED_BY: list[int] = []


def _load() -> None:
    LOADED_BY.append(os.getpid())


def _with_what_was_loaded(item: int) -> tuple[int, tuple[int, ...], int]:
    return item, tuple(LOADED_BY), os.getpid()


def test_prepare_runs_once_in_the_parent_and_the_workers_share_it() -> None:
    LOADED_BY.clear()
    results = list(ordered_map(_with_what_was_loaded, range(40), jobs=2, chunksize=3, prepare=_load))
    assert [item for item, _, _ in results] == list(range(40))
    assert {loaded for _, loaded, _ in results} == {(os.getpid(),)}
    assert os.getpid() not in {worker for _, _, worker in results}
