"""Plain-text articles: decoded, newlines as Python's text mode reads them, trailing boilerplate cut."""
from __future__ import annotations

from rasid.ingest.boilerplate import split_boilerplate
from rasid.ingest.encoding import decode_text
from rasid.ingest.model import Article, IngestProblem


def text_article(data: bytes, origin: str, declared: str | None = None) -> Article | IngestProblem:
    """One article from a plain-text file; a final outlet sign-off line becomes the source."""
    decoded = decode_text(data, declared)
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    body, signoff = split_boilerplate(text)
    if not body.strip():
        return IngestProblem(origin, "empty file" if not text.strip() else "no text left after the boilerplate")
    return Article(text=body, source=signoff, origin=origin, warnings=decoded.warnings,
                   plain=True)
