"""Segmentation of the folded text: paragraphs, sentences, word tokens and quoted speech."""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

from rasid.lexicon.words import word_list
from rasid.text.clitics import proclitics, strip_proclitic

_SENTENCE_END = re.compile(r"[.!?؟؛]+(?=[\s\"'»”)]|$)|\.{2,}|[.؟!](?=[\u0621-\u064a])")
_TOKEN = re.compile(r"[0-9a-z\u0621-\u064a]+")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
_DIGITS = re.compile(r"[0-9]")
_WORD_PROCLITICS = proclitics(prepositions=("ب", "ل"))
_ABBREVIATION = re.compile(r"(?:^|\s)[\u0621-\u064a]$")
HEADLINE_MAX_WORDS = 25
SUBHEADING_MAX_WORDS = 8   # «اعتقالات في ريف جبلة»: a section head inside the text is a few words
SPEECH_MIN_WORDS = 5
DATELINE_MAX_WORDS = 7
_DATELINE_DASH = re.compile(r"\s[-–—/|]\s?|/\s")


@dataclass(slots=True)
class Sentence:
    """A sentence of the folded text: ``start:end`` indices, its paragraph, headline and dateline flags."""

    index: int
    start: int
    end: int
    paragraph: int
    headline: bool = False
    subheading: bool = False  # a short unpunctuated line of its own inside the text («اعتقالات في ريف جبلة»)
    dateline: bool = False
    clause: bool = False  # a clause split off the sentence before as an incident of its own («…، كما هاجم …»)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str


def without_proclitic(word: str, known: frozenset[str]) -> str:
    """A word without a leading conjunction and/or ب/ل when what remains is a known word: «بمقتل» → «مقتل»."""
    return strip_proclitic(word, known, _WORD_PROCLITICS)


def tokens(folded: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens (Arabic letters, Latin letters, digits) of ``folded[start:end]``."""
    start, end = max(start, 0), len(folded) if end is None else max(end, 0)  # as ``finditer``'s pos and endpos
    if end <= start:
        return []
    pieces = _TOKEN_SPLIT.split(folded[start:end])  # text between tokens, a token, …: the tokens are the odd pieces
    edges = list(accumulate(map(len, pieces), initial=start))  # where each piece starts
    return list(map(Token, edges[1:-1:2], edges[2::2], pieces[1::2]))


def _split_paragraph(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _SENTENCE_END.finditer(folded, start, end):
        before = folded[max(start, m.start() - 2):m.start()]
        if m.group() == "." and _ABBREVIATION.search(before):
            continue  # «د.» and other one-letter abbreviations
        if m.group() == "." and m.start() > 0 and _DIGITS.match(folded[m.start() - 1]) and \
                m.end() < len(folded) and _DIGITS.match(folded[m.end():m.end() + 1] or "x"):
            continue
        if folded[pos:m.end()].strip():
            spans.append((pos, m.end()))
        pos = m.end()
    if folded[pos:end].strip():
        spans.append((pos, end))
    return spans


def sentences(folded: str) -> list[Sentence]:
    """Split on line breaks (paragraphs) and sentence punctuation; trims surrounding spaces."""
    out: list[Sentence] = []
    line_of: dict[int, tuple[int, int]] = {}  # a sentence's start → its line
    para = 0
    pos = 0
    for line in folded.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        for s, e in _split_paragraph(folded, start, end):
            while s < e and folded[s].isspace():
                s += 1
            while e > s and folded[e - 1].isspace():
                e -= 1
            out.append(Sentence(len(out), s, e, para))
            line_of[s] = (start, end)
        para += 1
    _mark_headline(folded, out)
    _mark_datelines(folded, out, line_of)
    _mark_subheadings(folded, out, line_of)
    return out


def _mark_datelines(folded: str, sents: list[Sentence], line_of: dict[int, tuple[int, int]]) -> None:
    """«دير الزور – نورث بالس»، «كركوك/ شفق نيوز»: a short line of place and outlet, not a sentence."""
    for s in sents:
        text = folded[s.start:s.end]
        line_start, line_end = line_of[s.start]
        whole_line = folded[line_start:line_end].strip() == text
        if whole_line and len(text.split()) <= DATELINE_MAX_WORDS and _DATELINE_DASH.search(text):
            s.dateline = True


def _mark_subheadings(folded: str, sents: list[Sentence], line_of: dict[int, tuple[int, int]]) -> None:
    """A short unpunctuated line of its own between paragraphs, after the headline, heads the section below it."""
    for s in sents[1:-1]:
        line_start, line_end = line_of[s.start]
        text = folded[s.start:s.end]
        if not s.headline and not s.dateline and folded[line_start:line_end].strip() == text \
                and len(text.split()) <= SUBHEADING_MAX_WORDS and not text.endswith((".", "؟", "!", ":", "،")):
            s.subheading = True


def _mark_headline(folded: str, sents: list[Sentence]) -> None:
    """The first line is a headline (kept whole) when it is short, unpunctuated and more text follows; under a
    section label («الشأن السوري», «لبنان») the headline is the second line."""
    first = [s for s in sents if s.paragraph == 0]
    label = bool(first) and folded[first[0].start:first[-1].end].strip() in word_list("section_labels")
    skip = len(first) if label else 0
    head = [s for s in sents if s.paragraph == int(label)]
    if not head or skip + len(head) == len(sents):
        return
    text = folded[head[0].start:head[-1].end]
    if len(text.split()) > HEADLINE_MAX_WORDS or text.rstrip().endswith((".", "؟", "!")):
        return
    whole = Sentence(0, head[0].start, head[-1].end, head[0].paragraph, headline=True)
    sents[skip:skip + len(head)] = [whole]
    for i, s in enumerate(sents):
        s.index = i


_QUOTE_MARK = re.compile('"')
_REPORTED_THAT = re.compile(r"(?<!\S)[اإأ]ن(?:ه|ها|هم)?\s*$")  # «قال المصدر إن "…"», «أعلن أنه "…"»: what the source reports


def speech_spans(folded: str, reported: bool = False) -> list[tuple[int, int]]:
    """Spans inside quotation marks that hold speech (at least a few words); with ``reported``, only the quotes
    that open right after «أن/إن», a source's account of what happened, else only the others."""
    spans: list[tuple[int, int]] = []
    for line_start, line in _lines(folded):
        marks = [q.start() for q in _QUOTE_MARK.finditer(line)]
        for a, b in zip(marks[::2], marks[1::2]):
            if len(line[a + 1:b].split()) >= SPEECH_MIN_WORDS and bool(_REPORTED_THAT.search(line, 0, a)) == reported:
                spans.append((line_start + a + 1, line_start + b))
    return spans


def _lines(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out
