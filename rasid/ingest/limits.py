"""Size limits that keep one hostile input from exhausting memory or time (documented in README.md)."""
from __future__ import annotations

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
the Python API has no limit."""


def oversized(article: Article) -> IngestProblem | None:
    """The problem that skips ``article`` when its text is over MAX_DOCUMENT_CHARS, else None."""
    if len(article.text) <= MAX_DOCUMENT_CHARS:
        return None
    return IngestProblem(article.origin, f"document of {len(article.text):,} characters is over the "
                         f"{MAX_DOCUMENT_CHARS:,}-character limit (split it into articles)")


def megabytes(n: int) -> str:
    """``n`` bytes as a short figure for messages (``64 MB``)."""
    return f"{n / 1024 / 1024:,.0f} MB"
