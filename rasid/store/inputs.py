"""What ``rasid ingest`` reads: paths, folders and globs expanded into a stream of articles, in order.

Each file goes to the ingest readers (text, HTML, feeds, WARC, JSONL, encodings), with three additions:
a Telegram Desktop JSON export becomes one article per message, and a plain-text file holding several articles
is split into them.
"""
from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from rasid.ingest import Article, IngestProblem, read_paths, split_boilerplate
from rasid.ingest.sniff import sniff_format
from rasid.ingest.telegram import looks_like_telegram, read_telegram
from rasid.store.mojibake import unmangle

_HEAD = 65536
_GLOB_CHARS = re.compile(r"[*?\[]")
_SEPARATOR = re.compile(r"^[ \t]*(?:-{3,}|={3,}|\*{3,}|_{3,})[ \t]*$|\f", re.M)
_BLANK = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = tuple(".!?؟…\"»”)")
_HEADLINE_MAX_WORDS = 20
_HEADLINE_MAX_CHARS = 160
_BODY_MIN_CHARS = 120
_MIN_WORDS = 3
_WORD = re.compile(r"[^\W\d_]{2,}")
_MAX_UNDECODABLE = 0.02


@dataclass(slots=True)
class Incoming:
    """An article to store, with the metadata its reader kept (Telegram link, forwarded-from…)."""

    article: Article
    metadata: dict[str, Any] = field(default_factory=dict)


Item = Incoming | IngestProblem


def expand_paths(paths: Iterable[str]) -> Iterator[str | IngestProblem]:
    """Files named by ``paths`` in order: ``-`` as is, a folder's files sorted (hidden ones skipped), a glob's
    matches sorted; a path that names nothing is a problem."""
    for path in paths:
        if path == "-" or os.path.isfile(path):
            yield path
        elif os.path.isdir(path):
            yield from _folder_files(path)
        elif _GLOB_CHARS.search(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield IngestProblem(path, "no file matches this pattern")
            for match in matches:
                yield from _folder_files(match) if os.path.isdir(match) else [match]
        elif os.path.exists(path):
            yield IngestProblem(path, "not a regular file")
        else:
            yield IngestProblem(path, "no such file")


def _folder_files(path: str) -> list[str]:
    found = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, f) for f in files if not f.startswith("."))
    return sorted(found)


def read_inputs(paths: Iterable[str]) -> Iterator[Item]:
    """Every article (or problem) of every file under ``paths``, in input order; mojibake is repaired, and text
    that stays garbled or holds almost no words is reported instead of stored."""
    for path in expand_paths(paths):
        if isinstance(path, IngestProblem):
            yield path
            continue
        items = _plain(read_paths(["-"])) if path == "-" else _read_file(path)
        for item in items:
            yield _checked(item) if isinstance(item, Incoming) else item


def _checked(item: Incoming) -> Item:
    """The item with mojibake repaired, or the problem that makes it unfit to store."""
    article = item.article
    fixed = unmangle(article.text)
    if fixed.garbled:
        return IngestProblem(article.origin, f"mojibake (UTF-8 read as {fixed.kind}) that could not be repaired")
    if fixed.repaired_lines:
        article.text = fixed.text
        item.metadata["mojibake_repaired"] = f"UTF-8 read as {fixed.kind}: {fixed.repaired_lines} line(s) repaired"
        if article.title:
            article.title = unmangle(article.title).text
    text = article.text
    if text.count("\ufffd") > _MAX_UNDECODABLE * len(text):
        return IngestProblem(article.origin, "too many undecodable bytes")
    if len(_WORD.findall(text)) < _MIN_WORDS:
        return IngestProblem(article.origin, f"fewer than {_MIN_WORDS} words: not a news text")
    return item


def _plain(items: Iterable[Article | IngestProblem]) -> Iterator[Item]:
    for item in items:
        yield Incoming(item) if isinstance(item, Article) else item


def _read_file(path: str) -> Iterator[Item]:
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD)
    except OSError as exc:
        yield IngestProblem(path, (exc.strerror or str(exc)).lower())
        return
    if looks_like_telegram(head):
        yield from _read_telegram(path)
        return
    if sniff_format(head, path) == "text":
        for item in read_paths([path]):
            if isinstance(item, Article):
                yield from (Incoming(a) for a in split_articles(item))
            else:
                yield item
    else:
        yield from _plain(read_paths([path]))


def _read_telegram(path: str) -> Iterator[Item]:
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield IngestProblem(path, (exc.strerror or str(exc)).lower())
        return
    with handle:
        for item in read_telegram(handle, path):
            yield Incoming(*item) if isinstance(item, tuple) else item


def _is_headline(block: str) -> bool:
    line = block.strip()
    return ("\n" not in line and 0 < len(line) <= _HEADLINE_MAX_CHARS and len(line.split()) <= _HEADLINE_MAX_WORDS
            and not line.endswith(_SENTENCE_END + (":", "،", ",", "؛", ";")))


def _is_body(block: str) -> bool:
    return len(block.strip()) >= _BODY_MIN_CHARS or block.strip().endswith(_SENTENCE_END)


def _headline_split(text: str) -> list[str]:
    """Articles of a text made of «headline, blank line, body…» runs; the text itself when it is not one."""
    blocks = [b for b in _BLANK.split(text) if b.strip()]
    starts = [i for i, b in enumerate(blocks)
              if _is_headline(b) and i + 1 < len(blocks) and _is_body(blocks[i + 1])
              and (i == 0 or blocks[i - 1].strip().endswith(_SENTENCE_END) or _is_signoff(blocks[i - 1]))]
    if len(starts) < 2 or starts[0] != 0:
        return [text]
    bounds = starts + [len(blocks)]
    return ["\n\n".join(blocks[a:b]) for a, b in zip(bounds, bounds[1:])]


def _is_signoff(block: str) -> bool:
    return bool(split_boilerplate("x\n" + block.strip())[1])


def split_articles(article: Article) -> list[Article]:
    """The articles of a plain-text file holding several (separated by ``---`` lines, form feeds or
    blank-line-delimited headlines); the article itself when it holds one."""
    pieces = [p for part in _SEPARATOR.split(article.text) for p in _headline_split(part.strip("\n")) if p.strip()]
    if len(pieces) <= 1:
        return [article]
    articles = []
    for n, piece in enumerate(pieces, 1):
        body, signoff = split_boilerplate(piece)
        if not body.strip():
            continue
        first = body.strip().split("\n", 1)[0]
        title = first.strip() if _is_headline(first) and "\n" in body.strip() else None
        articles.append(Article(text=body, title=title, published=article.published,
                                source=signoff or (article.source if n == len(pieces) else None),
                                url=article.url, origin=f"{article.origin}#article {n}"))
    return articles or [article]
