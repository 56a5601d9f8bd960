"""HTML pages and fragments to article text and metadata (trafilatura, with an lxml fallback)."""
from __future__ import annotations

import re
from html import unescape

import lxml.html
import trafilatura
from lxml import etree

from rasid.ingest.boilerplate import split_boilerplate
from rasid.ingest.dates import find_visible_date, normalise_date
from rasid.ingest.encoding import declared_charset, decode_text
from rasid.ingest.model import Article, IngestProblem

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "template")
_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
           "article", "ul", "ol", "table", "pre", "dd", "dt", "figcaption"}
_DATE_NODES = etree.XPath(
    "//time | //*[contains(translate(@class, 'DATE', 'date'), 'date') or contains(@class, 'time') "
    "or contains(@itemprop, 'date') or contains(translate(@id, 'DATE', 'date'), 'date')]"
)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


_DEEP_PARSER = lxml.html.HTMLParser(huge_tree=True)  # broken CMS markup nests past libxml2's 256 levels
_TAG = re.compile(r"<[^>]*>")
_BLOCK_TAG = re.compile(r"</?(?:%s)\b[^>]*>" % "|".join(sorted(_BLOCKS)), re.I)
_INVISIBLE = re.compile(r"<(head|script|style|template|title)\b[^>]*>.*?</\1\s*>", re.I | re.S)


def _parse(html: str) -> etree._Element | None:
    """The lxml tree of ``html`` (None when it has no elements), however deeply its elements nest."""
    try:
        return lxml.html.document_fromstring(_XML_DECL.sub("", html), parser=_DEEP_PARSER)
    except (etree.ParserError, ValueError):
        return None


def _flat_text(html: str) -> str:
    """The page's text with every tag removed (blocks on their own lines), when no parser could read it."""
    text = _TAG.sub(" ", _BLOCK_TAG.sub("\n", _INVISIBLE.sub(" ", html)))
    lines = (" ".join(line.split()) for line in unescape(text).split("\n"))
    return "\n".join(line for line in lines if line)


def _lines_of(node: etree._Element) -> str:
    """Visible text of ``node`` (modified: scripts and page chrome are removed first), one line per block."""
    for el in list(node.iter(*_DROP)):
        el.drop_tree()
    etree.strip_elements(node, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    parts: list[str] = []
    for event, el in etree.iterwalk(node, events=("start", "end")):
        if el.tag in _BLOCKS:
            parts.append("\n")
        if event == "start" and isinstance(el.tag, str) and el.text:
            parts.append(el.text)
        if event == "end" and el is not node and el.tail:
            parts.append(el.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def fragment_to_text(html: str) -> str:
    """Text of an HTML fragment (a feed entry's content), paragraphs on separate lines, however deep it nests."""
    if "<" not in html:
        return "\n".join(" ".join(line.split()) for line in html.splitlines() if line.strip())
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div", parser=_DEEP_PARSER)
    except (etree.ParserError, ValueError):
        return " ".join(html.split())
    return _lines_of(root) or _flat_text(html)


def _paragraphs(tree: etree._Element | None) -> str:
    """Fallback body: the text of the page's ``<p>`` elements, or of the whole body without chrome."""
    if tree is None:
        return ""
    paras = [" ".join(p.text_content().split()) for p in tree.iter("p")]
    text = "\n".join(p for p in paras if p)
    if text:
        return text
    body = tree.find("body")
    return _lines_of(body) if body is not None else ""


def _meta_says(html: str, iso: str) -> bool:
    """True when the date ``iso`` is literally written in the page's markup (a meta tag or JSON-LD)."""
    return iso in html or iso.replace("-", "/") in html


def _page_date(meta_date: str | None, html: str, tree: etree._Element | None) -> str | None:
    """Publication date: metadata first (a bare Jan 1 only if the markup says so), else a visible date."""
    meta_date = normalise_date(meta_date)
    if meta_date and (not meta_date.endswith("-01-01") or _meta_says(html, meta_date)):
        return meta_date
    if tree is None:
        return None
    for node in _DATE_NODES(tree):
        if found := normalise_date(node.get("datetime")) or find_visible_date(node.text_content()):
            return found
    body = tree.find("body")
    return find_visible_date((body if body is not None else tree).text_content())


def _title(tree: etree._Element | None) -> str | None:
    """The page's ``og:title`` or ``<title>``."""
    if tree is None:
        return None
    for value in tree.xpath("//meta[@property='og:title']/@content | //title/text()"):
        if value.strip():
            return " ".join(value.split())
    return None


def _drop_title_line(text: str, title: str | None) -> str:
    """``text`` without a first line that repeats the title."""
    first, _, rest = text.partition("\n")
    return rest if title and rest and first.strip() == title.strip() else text


def html_article(data: bytes | str, origin: str, declared: str | None = None) -> Article | IngestProblem:
    """One article from an HTML page (bytes are decoded honouring ``declared`` or the page's meta charset)."""
    warnings: list[str] = []
    if isinstance(data, bytes):
        decoded = decode_text(data, declared or declared_charset(data))
        data, warnings = decoded.text, decoded.warnings
    tree = _parse(data)
    try:
        doc = trafilatura.bare_extraction(data, include_comments=False, include_tables=False,
                                          with_metadata=True, date_extraction_params=_DATE_PARAMS)
    except (ValueError, TypeError, etree.LxmlError):
        doc = None
    title = (doc.title if doc else None) or _title(tree)
    text = (doc.text if doc else None) or _paragraphs(tree) or _flat_text(data)
    body, signoff = split_boilerplate(_drop_title_line(text, title))
    if not body.strip():
        return IngestProblem(origin, "no article text found in the HTML page")
    return Article(text=body, title=title, published=_page_date(doc.date if doc else None, data, tree),
                   source=(doc.sitename if doc else None) or signoff, url=doc.url if doc else None,
                   origin=origin, warnings=warnings)
