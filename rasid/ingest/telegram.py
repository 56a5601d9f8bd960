"""Telegram Desktop's JSON channel export (``result.json``): one article per message with text.

The channel is the source; the message date the publication date; text entities (links, bold, hashtags…)
are flattened to their text; the message link and the forwarded-from channel are kept as metadata.
"""
from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, BinaryIO

from rasid.ingest.boilerplate import split_boilerplate
from rasid.ingest.model import Article, IngestProblem

SOURCE_SCALE = "New media"
_SNIFF = 65536


def looks_like_telegram(head: bytes) -> bool:
    """Whether a file starting with ``head`` is a Telegram Desktop JSON export (one object with messages)."""
    text = head[:_SNIFF].decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    if not (text.startswith("{") and '"messages"' in text and ('"type"' in text or '"name"' in text)):
        return False
    try:  # a JSONL file whose first record happens to have a "messages" field is not an export
        first = json.loads(text.split("\n", 1)[0])
    except json.JSONDecodeError:
        return True
    return isinstance(first, dict) and isinstance(first.get("messages"), list) and "text" not in first


def flatten_text(value: Any) -> str:
    """A message's ``text``: a string, or a list of strings and ``{"type", "text"}`` entities, as plain text."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", "")) if isinstance(part, dict) else ""
                       for part in value)
    return ""


def message_link(channel: dict, message_id: Any) -> str | None:
    """The t.me link of a message: by the channel's public name if the export has one, else the private form."""
    username = channel.get("username")
    if username:
        return f"https://t.me/{str(username).lstrip('@')}/{message_id}"
    if isinstance(channel.get("id"), int):
        return f"https://t.me/c/{channel['id']}/{message_id}"
    return None


def _header(head: bytes) -> dict:
    """The channel fields (``name``, ``id``, ``username``) written before the messages of an export."""
    text = head.decode("utf-8", errors="ignore")
    cut = text.find('"messages"')
    fields = {}
    for key in ("name", "username", "id"):
        m = re.search(rf'"{key}"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)', text[:cut] if cut >= 0 else text)
        if m:
            fields[key] = json.loads(m[1])
    return fields


def _article(message: Any, channel: dict, origin: str) -> tuple[Article, dict] | None:
    """(article, metadata) of one message, or None for a service message or one without text."""
    if not isinstance(message, dict) or message.get("type", "message") != "message":
        return None  # service messages (pins, joins) carry no news
    text = flatten_text(message.get("text")).strip()
    if not text:
        return None  # a photo or sticker without a caption
    name = str(channel.get("name") or "Telegram channel")
    body, _signoff = split_boilerplate(text)
    meta = {"telegram_channel": name, "telegram_message_id": _plain(message.get("id")), "source_scale": SOURCE_SCALE}
    if message.get("forwarded_from"):
        meta["forwarded_from"] = message["forwarded_from"]
    if message.get("date"):
        meta["posted_at"] = message["date"]
    date = str(message.get("date") or "")[:10] or None
    return Article(text=body, published=date, source=name, url=message_link(channel, _plain(message.get("id"))),
                   origin=f"{origin}:message {_plain(message.get('id'))}"), meta


def _plain(value: Any) -> Any:
    """ijson gives numbers as Decimal: whole ones back to int."""
    return int(value) if isinstance(value, Decimal) and value == value.to_integral_value() else value


def read_telegram(handle: BinaryIO, origin: str) -> Iterator[tuple[Article, dict] | IngestProblem]:
    """(article, metadata) for every text message of an export read from ``handle``, streamed (memory stays flat
    however many messages the channel has); a damaged export yields its readable messages, then one problem."""
    import ijson

    head = handle.read(_SNIFF)
    channel = _header(head)
    handle.seek(len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0)
    try:
        for message in ijson.items(handle, "messages.item"):
            item = _article(message, channel, origin)
            if item is not None:
                yield item
    except (ijson.JSONError, UnicodeDecodeError) as exc:
        yield IngestProblem(origin, f"damaged Telegram JSON export ({str(exc).splitlines()[0][:80]})")
