#!/usr/bin/env python3
"""Mechanical checks of a gold file (default: tests/gold/rasid_gold.jsonl).

usage: python tests/gold/check_gold.py [--write-offsets] [GOLD.jsonl]    exit status 1 when a check fails

--write-offsets recomputes every event's `evidence_offsets` from `evidence` + `evidence_extra` and rewrites the file.

Checks: ids unique; required fields; evidence strings exact and unique substrings (offsets round-trip);
date_text present in the text; a weekday named in date_text matches the date; «اليوم/أمس + weekday» in the
text matches `published`; event date ≤ published within a lag per precision (a null date only when `published`
is null too); ACLED type pairs; canonical
actor names; Syrian state naming before/after 2024-12-08; actor*_ar and location_ar present in the
evasion-normalised text; the `no_event` tag exactly when there are no events.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

from rasid.evaluate import contains_words, fold_arabic

SUB_TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
ACTORS = {
    "Islamic State", "SDF", "Syrian government forces", "Assad regime forces", "SNA", "HTS", "Turkish military",
    "Russian military", "Israeli military", "US military / International Coalition", "Iraqi security forces", "PMF",
    "Hezbollah", "Iranian forces / IRGC", "Houthis", "Yemeni government forces", "Saudi-led coalition", "RSF",
    "Sudanese Armed Forces", "LNA", "GNU forces", "Hamas / Qassam", "Palestinian Islamic Jihad",
    "Unidentified armed group", "Civilians", "Local tribal fighters", "Druze local fighters", "Protesters",
    # extended names, as in ../shared/dev/README.md
    "Assad loyalist militia", "Asayish", "Rioters", "Local gunmen", "Eighth Brigade", "PKK", "Pro-Iranian militias",
    "Israeli settlers", "UNIFIL", "Al-Shabaab", "Somali government forces", "Lebanese Armed Forces",
    # extended names of the news_* sets (rasid's catalogue names where the schema has none)
    "Unidentified military forces", "AU mission (AMISOM/ATMIS/AUSSOM)", "Puntland forces", "AQAP",
    "Southern Transitional Council", "Stability Support Apparatus (SSA)", "Radaa Deterrence Apparatus",
    "Joint Forces of Armed Movements (Sudan)", "Popular Resistance (Sudan)",
}
REQUIRED = ("event_type", "sub_event_type", "date", "date_text", "time_precision", "actor1", "actor1_ar", "actor2",
            "actor2_ar", "country", "admin1", "location", "location_ar", "fatalities", "wounded", "evidence")
WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5,
            "الأحد": 6}
MAX_LAG = {1: 10, 2: 14, 3: 31}
REGIME_CHANGE = date(2024, 12, 8)
_WEEKDAY = re.compile(r"(?<![\w])(" + "|".join(WEEKDAYS) + r")(?![\w])")
_TODAY_WEEKDAY = re.compile(r"(اليوم|أمس)\s+(" + "|".join(WEEKDAYS) + r")(?![\w])")


def normalise_evasion(text: str) -> str:
    """Undo the evasion spellings used in the gold texts (for presence checks only)."""
    s = re.sub("[\u064b-\u065f\u0670\u0640\u200b-\u200f]", "", text)
    s = s.translate(str.maketrans({"ی": "ي", "ک": "ك"}))
    s = re.sub(r"(?<=[\u0621-\u064a])[.\-](?=[\u0621-\u064a])", "", s)
    s = re.sub(r"(?<=[\u0621-\u064a])[^\w\s.,،:;!?()\"'«»#@/-](?=[\u0621-\u064a])", "", s)  # emoji inside a word
    return re.sub(r"(?<![\u0621-\u064a])((?:[\u0621-\u064a] ){2,}[\u0621-\u064a])(?![\u0621-\u064a])",
                  lambda m: m.group(1).replace(" ", ""), s)


def present(needle: str, text: str) -> bool:
    return contains_words(fold_arabic(normalise_evasion(text)), fold_arabic(needle))


def check_event(doc: dict, n: int, ev: dict, published: date | None) -> list[str]:
    errs = []
    where = f"{doc['id']} event {n}"
    missing = [k for k in REQUIRED if k not in ev]
    if missing:
        return [f"{where}: missing fields {missing}"]
    text = doc["text"]
    spans = [ev["evidence"], *ev.get("evidence_extra", [])]
    for s in spans:
        if text.count(s) != 1:
            errs.append(f"{where}: evidence occurs {text.count(s)} times: {s[:50]!r}")
    offsets = ev.get("evidence_offsets")
    if offsets is not None and [text[a:b] for a, b in offsets] != spans:
        errs.append(f"{where}: evidence_offsets do not round-trip")
    if ev["sub_event_type"] not in SUB_TYPES.get(ev["event_type"], ()):
        errs.append(f"{where}: bad type pair {ev['event_type']}/{ev['sub_event_type']}")
    for slot in ("actor1", "actor2"):
        name, ar = ev[slot], ev[f"{slot}_ar"]
        if name is not None and name not in ACTORS:
            errs.append(f"{where}: unknown {slot} {name!r}")
        if name is None and ar:
            errs.append(f"{where}: {slot}_ar without {slot}")
        if ar and not present(ar, text):
            errs.append(f"{where}: {slot}_ar {ar!r} not in text")
    if ev["location_ar"] and not present(ev["location_ar"], text):
        errs.append(f"{where}: location_ar {ev['location_ar']!r} not in text")
    if ev["date_text"] is None or ev["date_text"] not in text:
        errs.append(f"{where}: date_text {ev['date_text']!r} not in text")
    undated = ev["date"] is None and published is None  # no publication date and no explicit date in the text
    if ev["time_precision"] not in (1, 2, 3) and not (undated and ev["time_precision"] is None):
        errs.append(f"{where}: time_precision {ev['time_precision']!r}")
    for k in ("fatalities", "wounded"):
        if ev[k] is not None and (not isinstance(ev[k], int) or ev[k] < 0):
            errs.append(f"{where}: {k} {ev[k]!r}")
    if undated:
        return errs
    try:
        d = date.fromisoformat(ev["date"])
    except (TypeError, ValueError):
        return errs + [f"{where}: bad date {ev['date']!r}"]
    m = _WEEKDAY.search(ev["date_text"] or "")
    if m and WEEKDAYS[m.group(1)] != d.weekday():
        errs.append(f"{where}: date_text says {m.group(1)} but {d} is weekday {d.weekday()}")
    if published:
        lag = (published - d).days
        if lag < 0 or lag > MAX_LAG[ev["time_precision"]]:
            errs.append(f"{where}: date {d} is {lag} days before published {published}")
    if ev["country"] == "Syria":
        state = {ev["actor1"], ev["actor2"]}
        if d < REGIME_CHANGE and "Syrian government forces" in state:
            errs.append(f"{where}: Syrian government forces before 2024-12-08")
        if d >= REGIME_CHANGE and "Assad regime forces" in state:
            errs.append(f"{where}: Assad regime forces after 2024-12-08")
    return errs


def check_doc(doc: dict) -> list[str]:
    errs = []
    for k in ("id", "published", "text", "events", "notes"):
        if k not in doc:
            errs.append(f"{doc.get('id')}: missing {k}")
    if errs:
        return errs
    published = date.fromisoformat(doc["published"]) if doc["published"] else None
    if published:
        for m in _TODAY_WEEKDAY.finditer(doc["text"]):
            expected = published.weekday() - (m.group(1) == "أمس")
            if WEEKDAYS[m.group(2)] != expected % 7:
                errs.append(f"{doc['id']}: «{m.group(0)}» does not fit published {published}")
    for n, ev in enumerate(doc["events"]):
        errs += check_event(doc, n, ev, published)
    keys = [(e.get("date"), e.get("location"), e.get("actor1"), e.get("actor2"), e.get("event_type"))
            for e in doc["events"]]
    if len(set(keys)) != len(keys):
        errs.append(f"{doc['id']}: two events share (date, location, actors, type)")
    if ("no_event" in doc.get("tags", [])) != (not doc["events"]):
        errs.append(f"{doc['id']}: no_event tag does not match the events")
    return errs


def write_offsets(path: Path, docs: list[dict]) -> None:
    """Recompute `evidence_offsets` (first occurrence of each evidence string) and rewrite the file."""
    for doc in docs:
        for ev in doc["events"]:
            spans = [ev["evidence"], *ev.get("evidence_extra", [])]
            ev["evidence_offsets"] = [[doc["text"].find(s), doc["text"].find(s) + len(s)] for s in spans]
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")


def main(argv: list[str]) -> int:
    args = [a for a in argv if a != "--write-offsets"]
    path = Path(args[0]) if args else Path(__file__).with_name("rasid_gold.jsonl")
    errs, ids = [], set()
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if "--write-offsets" in argv:
        write_offsets(path, docs)
    for doc in docs:
        if doc.get("id") in ids:
            errs.append(f"duplicate id {doc.get('id')}")
        ids.add(doc.get("id"))
        errs += check_doc(doc)
    for e in errs:
        print(e)
    n_events = sum(len(d["events"]) for d in docs)
    print(f"{path}: {len(docs)} documents, {n_events} events, {len(errs)} problem(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
