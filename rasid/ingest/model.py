"""The records the ingest stage yields: an article, or a problem that skipped one input."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Article:
    """One input document: body text (not repaired) and whatever metadata the input carried."""

    text: str
    id: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str = ""
    warnings: list[str] = field(default_factory=list)  # what reading it noticed (encoding, bad metadata)
    plain: bool = False  # a plain-text file: no article boundaries of its own, so an oversized one may be cut


@dataclass(slots=True)
class IngestProblem:
    """An input (file, line, record) that could not be read; ``message`` is one plain line."""

    origin: str
    message: str
