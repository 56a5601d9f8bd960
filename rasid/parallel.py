"""An ordered process pool: ``fn`` over a stream of items on N processes, results in input order.

Memory stays flat however long the stream is: at most ``jobs × 4`` chunks are in flight at once.
With ``jobs=1`` everything runs in the calling process (no pool, no pickling). ``prepare`` (loading the
lexicons) runs once in the parent before the workers fork, so they share what it loaded instead of each
loading it again; where processes are spawned, not forked, each worker runs it at its start.
"""
from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")
R = TypeVar("R")
_IN_FLIGHT_PER_JOB = 4


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _run_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(item) for item in chunk]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def ordered_map(fn: Callable[[T], R], items: Iterable[T], *, jobs: int = 1, chunksize: int = 8,
                prepare: Callable[[], object] | None = None) -> Iterator[R]:
    """``fn(item)`` for every item, in input order, computed by ``jobs`` worker processes.

    ``fn`` must be a module-level function; it should catch its own per-item errors and return them as values,
    since an exception raised in a worker stops the whole map. ``prepare`` must be module-level too."""
    if jobs <= 1:
        yield from map(fn, items)
        return
    yield from _pooled(fn, items, jobs, chunksize, prepare)


def _pooled(fn: Callable[[T], R], items: Iterable[T], jobs: int, chunksize: int,
            prepare: Callable[[], object] | None) -> Iterator[R]:
    """``ordered_map`` on a process pool (imported here: a run with one job never loads it)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forking else None)
    if forking and prepare is not None:
        prepare()
        gc.freeze()  # what was loaded is never collected: a collection in a worker need not touch (copy) it
    initializer = None if forking else prepare
    pending: deque[Future] = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=initializer) as pool:
        try:
            for chunk in _chunks(items, chunksize):
                pending.append(pool.submit(_run_chunk, fn, chunk))
                while len(pending) >= jobs * _IN_FLIGHT_PER_JOB:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
