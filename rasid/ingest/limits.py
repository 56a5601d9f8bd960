"""Size limits that keep one hostile input from exhausting memory or time (documented in README.md)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from rasid.ingest.model import Article, IngestProblem

MAX_READ_BYTES = 64 * 1024 * 1024
"""The most bytes read for one document: a file, a decompressed gzip member's content, a JSONL line, a WARC
record's payload. Bigger inputs are skipped with a message (JSONL and WARC files are streamed, so only their
records count)."""

MAX_DECOMPRESSED_BYTES = 4 * 1024 * 1024 * 1024
"""The most bytes decompressed from one gzip file in all (a decompression bomb stops here)."""

MAX_DOCUMENT_CHARS = 3_000_000
"""The longest document text read (about 5.5 MB of Arabic in UTF-8; a news article is under 50,000 characters).
Extraction time grows linearly with length (``bench/bench_hostile.py``, ``bench/bench_extract.py``), so this only
bounds one pasted dump to about a minute of one core and its memory to some hundred MB. Checked by
:func:`oversized` before an article is processed (after a reader that splits dumps into articles has done so);
the Python API has no limit. A plain-text file over it (a dump with no article boundaries of its own) is not
skipped but cut into parts by :func:`within_limit`."""

PART_CHARS = 1_000_000
"""The longest part an oversized plain-text file is cut into, at a paragraph break (else a line break, else a
space) so that no sentence is split; each part is then one document (``#part N`` in its origin and id)."""

_BREAKS = ("\n\n", "\n", " ")


def oversized(article: Article) -> IngestProblem | None:
    """The problem that skips ``article`` when its text is over MAX_DOCUMENT_CHARS, else None."""
    if len(article.text) <= MAX_DOCUMENT_CHARS:
        return None
    return IngestProblem(article.origin, f"document of {len(article.text):,} characters is over the "
                         f"{MAX_DOCUMENT_CHARS:,}-character limit (split it into articles)")


def _part_ends(text: str) -> Iterator[int]:
    """Where each part of ``text`` ends: within PART_CHARS of the previous end, just after the last break."""
    start = 0
    while len(text) - start > PART_CHARS:
        limit = start + PART_CHARS
        found = (text.rfind(b, start + 1, limit) for b in _BREAKS)
        end = next((at + len(b) for at, b in zip(found, _BREAKS) if at > start), limit)
        yield end
        start = end
    yield len(text)


def split_oversized(article: Article) -> list[Article]:
    """``article`` cut into parts of at most PART_CHARS when it is plain text over MAX_DOCUMENT_CHARS, else itself.

    Each part says in its warnings which part of how long a text it is; a given id becomes ``id#part N``."""
    if not article.plain or len(article.text) <= MAX_DOCUMENT_CHARS:
        return [article]
    ends = list(_part_ends(article.text))
    note = (f"part {{}} of {len(ends)} of a {len(article.text):,}-character text (over the "
            f"{MAX_DOCUMENT_CHARS:,}-character limit for one document), cut at a paragraph break")
    parts, start = [], 0
    for n, end in enumerate(ends, 1):
        text, start = article.text[start:end], end
        parts.append(replace(article, text=text, id=article.id and f"{article.id}#part {n}",
                             origin=f"{article.origin}#part {n}", warnings=[*article.warnings, note.format(n)]))
    return [p for p in parts if p.text.strip()]


def within_limit(items: Iterable[Article | IngestProblem]) -> Iterator[Article | IngestProblem]:
    """``items`` with each oversized plain-text article replaced by its parts (:func:`split_oversized`)."""
    for item in items:
        yield from split_oversized(item) if isinstance(item, Article) else (item,)


def megabytes(n: int) -> str:
    """``n`` bytes as a short figure for messages (``64 MB``)."""
    return f"{n / 1024 / 1024:,.0f} MB"
