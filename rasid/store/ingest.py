"""Ingest into the store: read inputs, skip stored content, extract in parallel, write batches with one writer.

Documents are keyed by a hash of their normalised content, checked before extraction: re-ingesting the same
files adds nothing and costs little. Each batch is one transaction, so after a kill at any moment a rerun
picks up where the last committed batch ended, losing and duplicating nothing.
"""
from __future__ import annotations

import hashlib
import sys
import time
import unicodedata
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from rasid.errors import DataError
from rasid.ingest import Article, IngestProblem
from rasid.parallel import default_jobs, ordered_map
from rasid.records import Document
from rasid.store.catalogs import source_scale
from rasid.store.inputs import Incoming, expand_paths, read_inputs
from rasid.store.sqlite import Store, StoredInput

BATCH_DOCUMENTS = 200
BATCH_SECONDS = 2.0
PROGRESS_SECONDS = 0.5
_VERSIONED = ("extract", "lexicon", "text", "data")


@cache
def extractor_version() -> str:
    """rasid's version plus a digest of the extraction code and lexicons, so that any change is noticed."""
    from rasid import __version__

    digest = hashlib.sha256()
    root = resources.files("rasid")
    for sub in _VERSIONED:
        for entry in sorted(root.joinpath(sub).iterdir(), key=lambda p: p.name):
            if entry.is_file() and entry.name.endswith((".py", ".yaml", ".tsv", ".gz", ".txt")):
                digest.update(entry.name.encode() + entry.read_bytes())
    digest.update(root.joinpath("pipeline.py").read_bytes())
    return f"{__version__}+{digest.hexdigest()[:10]}"


def content_hash(text: str) -> str:
    """The key of a document: sha256 of its text in NFC with whitespace runs collapsed."""
    return hashlib.sha256(" ".join(unicodedata.normalize("NFC", text).split()).encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Summary:
    """What an ingest did."""

    new: int = 0
    already: int = 0
    events: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def text(self) -> str:
        rate = self.new / self.seconds if self.seconds else 0.0
        line = (f"rasid: {self.new} new document(s), {self.already} already stored, {self.events} event(s), "
                f"{len(self.skipped)} skipped, in {self.seconds:.1f} s ({rate:.0f} new documents/s)")
        reasons = Counter(_reason(message) for _, message in self.skipped)
        if reasons:
            line += "\nrasid: skipped: " + "; ".join(f"{n} × {why}" for why, n in reasons.most_common())
        return line


def _reason(message: str) -> str:
    return message.split(" (", 1)[0].split(": ", 1)[0]


def extract_job(job: tuple[Article, str, str | None, str | None]) -> Document | str:
    """Worker: the document record of one article, or a one-line reason it could not be processed."""
    from rasid.pipeline import process_article

    article, doc_id, published, source = job
    article.id = doc_id
    try:
        return process_article(article, published=published, source=source)
    except DataError:
        raise  # a broken lexicon stops the run: every document would fail the same way
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
        return f"internal error: {exc!r}"


def ingest(store: Store, paths: Iterable[str], *, jobs: int | None = None, published: str | None = None,
           source: str | None = None, batch_size: int = BATCH_DOCUMENTS, progress: bool = False,
           report: Callable[[str, str], None] | None = None) -> Summary:
    """Ingest every document under ``paths`` into ``store``; ``report(origin, reason)`` hears each skipped
    input as it happens. ``jobs`` defaults to the number of cores."""
    summary = Summary()
    started = time.monotonic()
    entries = list(expand_paths(paths))
    files = sum(1 for e in entries if not isinstance(e, IngestProblem))
    bar = _progress_bar(files) if progress else None
    pending: deque[tuple[Incoming, str]] = deque()
    seen: set[str] = set()
    version = extractor_version()

    def skip(origin: str, reason: str) -> None:
        summary.skipped.append((origin, reason))
        if report:
            report(origin, reason)

    def articles() -> Iterator[tuple[Article, str, str | None, str | None]]:
        for entry in entries:
            if isinstance(entry, IngestProblem):
                skip(entry.origin, entry.message)
                continue
            for item in read_inputs([entry]):
                if isinstance(item, IngestProblem):
                    skip(item.origin, item.message)
                    continue
                key = content_hash(item.article.text)
                if key in seen or store.has_content(key):
                    summary.already += 1
                    continue
                seen.add(key)
                pending.append((item, key))
                yield item.article, item.article.id or key[:16], published, source
            if bar is not None:
                bar.update(1)

    from rasid.pipeline import load_lexicons

    batch: list[StoredInput] = []
    last_write = time.monotonic()
    try:
        shown = 0.0
        for result in ordered_map(extract_job, articles(), jobs=jobs or default_jobs(), prepare=load_lexicons):
            incoming, key = pending.popleft()
            if bar is not None and time.monotonic() - shown >= PROGRESS_SECONDS:
                shown = time.monotonic()
                done = summary.new + len(batch) + 1
                bar.set_postfix_str(f"{done} new docs, {done / max(shown - started, 1e-3):.0f} docs/s")
            if isinstance(result, str):
                skip(incoming.article.origin or key[:16], result)
                continue
            meta = dict(incoming.metadata)
            if "mojibake_repaired" in meta:
                result.warnings.append(f"mojibake repaired: {meta['mojibake_repaired']}")
            scale = meta.pop("source_scale", None) or source_scale(result.source)
            batch.append(StoredInput(incoming.article.text, result, key, meta, scale, incoming.article.origin,
                                     version))
            if len(batch) >= batch_size or time.monotonic() - last_write >= BATCH_SECONDS:
                _flush(store, batch, summary)
                last_write = time.monotonic()
        _flush(store, batch, summary)
    finally:
        if bar is not None:
            bar.close()
    summary.seconds = time.monotonic() - started
    return summary


def _flush(store: Store, batch: list[StoredInput], summary: Summary) -> None:
    if not batch:
        return
    for item, doc_id in zip(batch, store.write(batch)):
        if doc_id is None:
            summary.already += 1
        else:
            summary.new += 1
            summary.events += len(item.document.events)
    batch.clear()


def _progress_bar(files: int):  # noqa: ANN202
    from tqdm import tqdm

    return tqdm(total=files, unit="file", file=sys.stderr, dynamic_ncols=True, leave=False)
