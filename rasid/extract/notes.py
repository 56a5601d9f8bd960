"""One generated English sentence per event, in the style of ACLED notes."""
from __future__ import annotations

import datetime as dt

from rasid.records import Event

_VERBS = {
    "Armed clash": "clashed with",
    "Attack": "attacked",
    "Air/drone strike": "carried out an air/drone strike on",
    "Shelling/artillery/missile attack": "shelled",
    "Remote explosive/landmine/IED": "an explosive device hit",
    "Suicide bomb": "a suicide bombing targeted",
    "Abduction/forced disappearance": "abducted",
    "Arrests": "arrested",
    "Peaceful protest": "demonstrated",
    "Protest with intervention": "demonstrated and were dispersed by",
    "Excessive force against protesters": "demonstrated and were met with lethal force by",
    "Violent demonstration": "rioted",
    "Looting/property destruction": "looted or destroyed property of",
    "Government regains territory": "regained control of territory from",
    "Non-state actor overtakes territory": "took control of territory from",
    "Agreement": "reached an agreement with",
    "Disrupted weapons use": "disrupted weapons use by",
}


def _when(event: Event) -> str:
    if not event.date:
        return "On an unspecified date"
    day = dt.date.fromisoformat(event.date)
    if event.time_precision == 3:
        return f"In {day:%B %Y}"
    if event.time_precision == 2:
        return f"Around {day.day} {day:%B %Y}"
    return f"On {day.day} {day:%B %Y}"


def _where(event: Event) -> str:
    loc = (event.location or {}).get("name")
    parts = [p for p in (loc, event.admin1 if event.admin1 != loc else None, event.country) if p]
    return ", ".join(parts)


def _toll(event: Event) -> str:
    bits = []
    if event.fatalities:
        bits.append(f"{event.fatalities} killed")
    if event.wounded:
        bits.append(f"{event.wounded} wounded")
    if bits:
        return " (" + ", ".join(bits) + ")"
    if event.fatalities == 0:
        return " (no fatalities reported)"
    return ""


def describe(event: Event) -> str:
    """«On 23 April 2025, Islamic State clashed with SDF in Jazrat, Deir ez-Zor, Syria (5 killed).»"""
    a1 = (event.actor1 or {}).get("name") or "Unidentified actors"
    a2 = (event.actor2 or {}).get("name")
    verb = _VERBS.get(event.sub_event_type, "were involved in an incident with")
    if verb.startswith(("an ", "a ")):
        subject = f"{verb} {a2 or 'a target'}"
        subject = subject[0].upper() + subject[1:]
        return f"{_when(event)}, {subject[0].lower() + subject[1:]} in {_where(event)}{_toll(event)}; attributed to {a1}."
    obj = f" {a2}" if a2 and not verb.endswith(("demonstrated", "rioted")) else ""
    if not a2 and verb.endswith((" with", " on", " of", " by", " from")):
        verb = verb.rsplit(" ", 1)[0]
    return f"{_when(event)}, {a1} {verb}{obj} in {_where(event)}{_toll(event)}."


# A plain consonant-and-long-vowel romanisation for names the gazetteer lacks (no dictionary, no guesswork).
_LATIN = {"ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh",
          "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
          "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
          "ي": "y", "ى": "a", "ة": "a", "ء": "'", "ؤ": "'", "ئ": "'", " ": " ", "-": "-"}


def transliterate(name_ar: str) -> str:
    """«الدردارة» → «Al-Dardara»: readable, reversible enough for a human to find the place."""
    words = []
    for word in name_ar.split():
        article = word.startswith("ال") and len(word) > 3
        letters = word[2:] if article else word
        body = "".join(_vowel(letters, i) or _LATIN.get(ch, "") for i, ch in enumerate(letters)).strip("'")
        body = body[:1].upper() + body[1:]
        words.append(f"Al-{body}" if article else body)
    return " ".join(w for w in words if w)


def _vowel(word: str, i: int) -> str | None:
    """و and ي inside a word are mostly the long vowels u and i («أبو» → Abu, «غيثة» → Ghitha)."""
    ch = word[i]
    if ch not in "وي" or i == 0 or (i + 1 < len(word) and word[i + 1] in "اوي"):
        return None
    return "u" if ch == "و" else "i"
