"""ACLED ``tags`` of an event: for protests and riots, the crowd size the evidence states."""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

from rasid.errors import DataError
from rasid.text.clitics import proclitics
from rasid.text.fold import fold_string

_CROWD_TYPES = {"Protests", "Riots"}
_PROCLITIC = f"(?:{'|'.join(proclitics(prepositions=('ب', 'ل'), article=True))})?"


@cache
def _patterns() -> tuple[list[tuple[str, re.Pattern]], re.Pattern]:
    try:
        doc = yaml.safe_load(resources.files("rasid").joinpath("data", "crowd_size.yaml").read_text("utf-8"))
        people = "|".join(re.escape(fold_string(p)) for p in doc["people"])
        sizes = []
        # longer phrases first, so «عشرات الآلاف» wins over «عشرات»
        for label, words in sorted(doc["sizes"].items(), key=lambda kv: -max(len(w) for w in kv[1])):
            alternation = "|".join(re.escape(fold_string(w)) for w in sorted(words, key=len, reverse=True))
            sizes.append((label, re.compile(rf"(?<!\w){_PROCLITIC}(?:{alternation})(?!\w)")))
    except (yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise DataError(f"rasid/data/crowd_size.yaml: {exc}") from exc
    number = re.compile(rf"(?<![\w.])(\d[\d,]*)\s+(?:\w+\s+){{0,2}}?{_PROCLITIC}(?:{people})\w*")
    return sizes, number


def crowd_tag(event: dict) -> str:
    """``crowd size=…`` for a protest or riot ('' for other events)."""
    if event.get("event_type") not in _CROWD_TYPES:
        return ""
    text = fold_string(" ".join(span.get("text", "") for span in event.get("evidence") or []))
    sizes, number = _patterns()
    if m := number.search(text):
        return f"crowd size=around {m[1].replace(',', '')}"
    for label, pattern in sizes:
        if pattern.search(text):
            return f"crowd size={label}"
    return "crowd size=no report"
