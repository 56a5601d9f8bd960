"""Size limits that keep one hostile input from exhausting memory or time (documented in README.md)."""

MAX_READ_BYTES = 64 * 1024 * 1024
"""The most bytes read for one document: a file, a decompressed gzip member's content, a JSONL line, a WARC
record's payload. Bigger inputs are skipped with a message (JSONL and WARC files are streamed, so only their
records count)."""

MAX_DECOMPRESSED_BYTES = 4 * 1024 * 1024 * 1024
"""The most bytes decompressed from one gzip file in all (a decompression bomb stops here)."""

MAX_DOCUMENT_CHARS = 300_000
"""The longest document text read (about 550 KB of Arabic in UTF-8; a news article is under 50,000 characters).
A last guard while extraction time still grows faster than document length (``bench/bench_hostile.py``):
at this size the slowest input shape takes some seconds, not minutes. The Python API has no such limit."""


def megabytes(n: int) -> str:
    """``n`` bytes as a short figure for messages (``64 MB``)."""
    return f"{n / 1024 / 1024:,.0f} MB"
