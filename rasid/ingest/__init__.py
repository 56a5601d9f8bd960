"""Ingest: every input format Arabic news sites produce (text, HTML, RSS/Atom, WARC, JSONL) into articles.

``read_paths`` and ``read_bytes`` yield :class:`Article` records in input order, and an
:class:`IngestProblem` (never an exception) for each input that could not be read."""
from rasid.ingest.boilerplate import split_boilerplate
from rasid.ingest.encoding import decode_bytes
from rasid.ingest.model import Article, IngestProblem
from rasid.ingest.reader import read_bytes, read_paths

__all__ = ["Article", "IngestProblem", "decode_bytes", "read_bytes", "read_paths", "split_boilerplate"]
