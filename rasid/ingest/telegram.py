"""Telegram Desktop's JSON channel export (``result.json``): one article per message with text.

The channel is the source; the message date the publication date; text entities (links, bold, hashtags…)
are flattened to their text; the message link and the forwarded-from channel are kept as metadata.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from rasid.ingest.boilerplate import split_boilerplate
from rasid.ingest.model import Article, IngestProblem

SOURCE_SCALE = "New media"
_SNIFF = 4096


def looks_like_telegram(head: bytes) -> bool:
    """Whether a file starting with ``head`` is a Telegram Desktop JSON export (one object with messages)."""
    text = head[:_SNIFF].decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    return text.startswith("{") and '"messages"' in text and ('"type"' in text or '"name"' in text)


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


def read_telegram(data: bytes, origin: str) -> Iterator[tuple[Article, dict] | IngestProblem]:
    """(article, metadata) for every text message of an export, or one problem if the file is not one."""
    try:
        export = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield IngestProblem(origin, f"not a readable Telegram JSON export ({exc})")
        return
    if not isinstance(export, dict) or not isinstance(export.get("messages"), list):
        yield IngestProblem(origin, 'not a Telegram JSON export (no "messages" list)')
        return
    channel = str(export.get("name") or "Telegram channel")
    for message in export["messages"]:
        if not isinstance(message, dict) or message.get("type", "message") != "message":
            continue  # service messages (pins, joins) carry no news
        text = flatten_text(message.get("text")).strip()
        if not text:
            continue  # a photo or sticker without a caption
        where = f"{origin}:message {message.get('id')}"
        body, _signoff = split_boilerplate(text)
        date = str(message.get("date") or "")[:10] or None
        link = message_link(export, message.get("id"))
        meta = {"telegram_channel": channel, "telegram_message_id": message.get("id"), "source_scale": SOURCE_SCALE}
        if message.get("forwarded_from"):
            meta["forwarded_from"] = message["forwarded_from"]
        if message.get("date"):
            meta["posted_at"] = message["date"]
        yield Article(text=body, id=None, title=None, published=date, source=channel, url=link, origin=where), meta
