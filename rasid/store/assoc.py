"""Associated actors (ACLED ``assoc_actor_1/2``): a second actor the evidence puts on one side's side.

«قوات النظام بمساندة الطيران الروسي» makes the Russian air force an associated actor of the regime's side;
a civilian sub-group of the catalog («أطفال», «صحفيون») is ACLED's associated actor of Civilians.
"""
from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

from rasid.errors import DataError
from rasid.text.fold import fold, fold_string

_GAP_AFTER_CUE = r"\s*(?:من\s*)?"


@cache
def _cue_end() -> re.Pattern:
    """A pattern matching a cue that ends right where a text ends."""
    try:
        doc = yaml.safe_load(resources.files("rasid").joinpath("data", "assoc_cues.yaml").read_text("utf-8"))
        cues = sorted({fold_string(c) for c in doc["cues"]}, key=len, reverse=True)
    except (yaml.YAMLError, KeyError, TypeError) as exc:
        raise DataError(f"rasid/data/assoc_cues.yaml: {exc}") from exc
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, cues))}){_GAP_AFTER_CUE}$")


def associated_actors(event: dict[str, Any], original: str) -> tuple[list[dict], list[dict]]:
    """Associated actors of side 1 and side 2 named in the event's evidence (catalog actor records)."""
    from rasid.lexicon.actors import catalog

    sides = {(event.get(k) or {}).get("id"): n for n, k in ((1, "actor1"), (2, "actor2")) if event.get(k)}
    if not sides:
        return [], []
    found: dict[int, dict[str, dict]] = {1: {}, 2: {}}
    actors = catalog()
    for span in event.get("evidence") or []:
        start = span.get("start", 0)
        quoted = original[start:span.get("end", 0)]
        folded = fold(quoted)
        text = folded.text
        last_side = None
        for m in actors.find(text):
            entry = actors.resolve(m, date=event.get("date"), country=event.get("country"))
            if entry is None:
                continue
            if entry.id in sides:
                last_side = sides[entry.id]
                continue
            head = text[:m.start - len(m.prefix)] if m.prefix else text[:m.start]
            if last_side and _cue_end().search(head.rstrip() + " ") and entry.id not in found[last_side]:
                a, b = folded.span(m.start, m.end)
                record = entry.to_record(quoted[a:b])
                record["span"] = {"start": start + a, "end": start + b}
                found[last_side][entry.id] = record
    return list(found[1].values()), list(found[2].values())


def catalog_associated(actor: dict | None) -> str | None:
    """The ACLED associated sub-type the catalog gives an actor («Children» for civilians_children), or None."""
    from rasid.lexicon.actors import catalog

    if not actor or not actor.get("id"):
        return None
    try:
        return catalog().get(actor["id"]).associated
    except KeyError:
        return None
