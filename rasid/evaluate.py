"""Score predicted document records against hand-annotated gold events (``rasid eval``).

Gold lines follow ``gold-schema.md`` (flat strings: ``actor1``/``actor1_ar``, ``location``/``location_ar``);
predicted lines are SPEC document records (actor and location objects). Either side may use either shape.

Matching. A predicted event *finds* a gold event when country and admin1 agree (admin1 through a table of
spelling variants), the dates are compatible (both known and at most 2 days apart, or one of them unknown) and,
for the strict score, the event types agree. Within a document, candidate pairs are taken greedily, best first
(type, location, actor1 and fatalities agreeing). Places compare without locative words («مدينة», «بلدة»);
actors by name, alias group, the gold Arabic name inside the predicted mention, or a group keyword. These
rules are those of the reference scorer ``../shared/eval/score.py``, and the evaluation gate checks that the
two give the same figures.

Figures. Event precision/recall/F1 strict and ignoring type; for each field, the accuracy over found pairs
and an end-to-end precision/recall/F1 (a field value counts as correct when its event is found and the
value agrees; null values are not counted as predictions or as gold values). Standard library only.
"""
from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from rasid.errors import InputError

FIELDS = ("event_type", "sub_event_type", "date", "time_precision", "location", "admin1",
          "actor1", "actor2", "fatalities", "wounded")
DATE_TOLERANCE = 2  # days between a gold and a predicted date of the same incident
PLACE_RATIO = 0.82

# ---------------------------------------------------------------------------------------------- folding

_AR_DROP = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u00ad\ufeff]")
_AR_TABLE = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                           "ی": "ي", "ې": "ي", "ک": "ك", "ڪ": "ك", "ھ": "ه", "ہ": "ه"})
_AR_ARTICLE = re.compile(r"^(?:[وف]?[بك]?ال|[وف]?لل)(?=..)")
_NON_WORD = re.compile(r"[^\w]+|_")
_LATIN_ARTICLE = re.compile(r"\b(?:al|el|ad|ar|as|ash|az|at|an|ed|es|et)[-\s]+")


def fold_arabic(text: str | None) -> str:
    """Fold Arabic for comparison: no diacritics/tatweel, one letter form, no article (ال, بال, لل…) per word."""
    s = _AR_DROP.sub("", text or "").translate(_AR_TABLE).lower()
    words = [w for w in _NON_WORD.sub(" ", s).split() if w]
    return " ".join(_AR_ARTICLE.sub("", w) for w in words)


def fold_latin(text: str | None) -> str:
    """Fold an English name: ASCII, lower case, no al-/el- prefixes, letters and digits only."""
    s = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    s = s.replace("'", "").replace("`", "")
    s = _LATIN_ARTICLE.sub("", s)
    return re.sub(r"[^a-z0-9]", "", s)


def fold_name(text: str | None) -> str:
    """Case- and space-folded name, Arabic or English (for exact-name comparison and alias lookup)."""
    if text and re.search("[\u0600-\u06ff]", text):
        return fold_arabic(text)
    return " ".join(_NON_WORD.sub(" ", (text or "").lower()).split())


# ---------------------------------------------------------------------------------------------- tables

ADMIN1_VARIANTS: dict[str, tuple[str, ...]] = {
    "Deir ez-Zor": ("Deir ez-Zor", "Deir-ez-Zor", "Dayr az Zawr", "Deir al-Zor", "Deir Ezzor", "Deir el-Zor",
                    "Deir Ezzor", "Deir al-Zour", "Deir Azzor", "Deir Zor", "Dair al-Zour"),
    "Hasakah": ("Hasakah", "Al-Hasakeh", "Hasaka", "Hassakeh", "Al-Hasakah", "Hasakeh", "Hassake"),
    "Raqqa": ("Raqqa", "Ar-Raqqa", "Ar-Raqqah", "Raqqah", "Rakka"),
    "Aleppo": ("Aleppo", "Halab"),
    "Idlib": ("Idlib", "Idleb"),
    "Hama": ("Hama", "Hamah"),
    "Homs": ("Homs", "Hims"),
    "Latakia": ("Latakia", "Lattakia", "Al-Ladhiqiyah", "Lathqiyah", "Ladhiqiyah"),
    "Tartus": ("Tartus", "Tartous", "Tartous"),
    "Damascus": ("Damascus", "Dimashq"),
    "Rural Damascus": ("Rural Damascus", "Rif Dimashq", "Reef Dimashq", "Damascus Countryside", "Rif Damascus"),
    "Daraa": ("Daraa", "Dar'a", "Deraa", "Dara"),
    "Suwayda": ("Suwayda", "As-Sweida", "Sweida", "As-Suwayda", "Suwaida", "Suweida", "Al-Suwayda"),
    "Quneitra": ("Quneitra", "Al-Qunaytirah", "Qunaytirah"),
    "Nineveh": ("Nineveh", "Ninawa", "Ninewa"),
    "Salah al-Din": ("Salah al-Din", "Salahuddin", "Saladin", "Salah ad-Din", "Salaheddin"),
    "Anbar": ("Anbar", "Al-Anbar"),
    "Kirkuk": ("Kirkuk", "Tamim", "At-Tamim"),
    "Diyala": ("Diyala", "Diala"),
    "Duhok": ("Duhok", "Dohuk", "Dahuk"),
    "Erbil": ("Erbil", "Arbil", "Irbil", "Hawler"),
    "Sulaymaniyah": ("Sulaymaniyah", "Sulaimaniyah", "Sulaimani", "Slemani"),
    "Baghdad": ("Baghdad",),
    "Basra": ("Basra", "Basrah", "Al-Basrah"),
    "Dhi Qar": ("Dhi Qar", "Thi Qar", "Dhi-Qar", "Zi Qar"),
    "Hodeidah": ("Hodeidah", "Al Hudaydah", "Hudaydah", "Hodeida", "Al-Hodeidah"),
    "Marib": ("Marib", "Ma'rib", "Maarib"),
    "Taiz": ("Taiz", "Taizz", "Ta'izz"),
    "Sanaa": ("Sanaa", "Sana'a", "Amanat al-Asimah", "Sanaa City"),
    "Saada": ("Saada", "Sa'dah", "Sadah", "Saadah"),
    "Khartoum": ("Khartoum", "Al Khartum"),
    "North Darfur": ("North Darfur", "Shamal Darfur"),
    "North Kordofan": ("North Kordofan", "Shamal Kurdufan", "North Kurdufan"),
    "White Nile": ("White Nile", "An Nil al Abyad", "Al-Nil al-Abyad"),
    "Red Sea": ("Red Sea", "Al Bahr al Ahmar"),
    "Nabatieh": ("Nabatieh", "Nabatiyeh", "An-Nabatiyah"),
    "South Lebanon": ("South Lebanon", "South", "Al-Janub"),
    # ACLED codes Palestine at two admin1 units; gold sets may name the governorate instead.
    "Gaza Strip": ("Gaza Strip", "Gaza", "North Gaza", "Gaza City", "Khan Yunis", "Khan Younis", "Rafah",
                   "Deir al-Balah", "Deir el-Balah", "Middle Area"),
    "West Bank": ("West Bank", "Jenin", "Nablus", "Tulkarm", "Tulkarem", "Tubas", "Ramallah",
                  "Ramallah and al-Bireh", "Hebron", "Al-Khalil", "Jericho", "Bethlehem", "Qalqilya", "Qalqiliya",
                  "Salfit", "Jerusalem", "East Jerusalem"),
    "Tripoli": ("Tripoli", "Tarabulus"),
    "Banadir": ("Banadir", "Benadir", "Mogadishu"),
    "Middle Shabelle": ("Middle Shabelle", "Shabeellaha Dhexe", "Middle Shabele"),
    "Zawiya": ("Zawiya", "Az Zawiyah", "Al-Zawiya", "Zawia"),
}
COUNTRY_VARIANTS: dict[str, tuple[str, ...]] = {
    "Syria": ("Syria", "Syrian Arab Republic"),
    "Palestine": ("Palestine", "State of Palestine", "Palestinian Territories", "Occupied Palestinian Territory"),
    "Sudan": ("Sudan", "Republic of the Sudan"),
    "Libya": ("Libya",),
}
# Equivalent actor names; the first entry is the canonical name. Arabic entries are folded on load. A gold actor
# also matches a predicted actor whose name, Arabic name or mention contains one of its group's KEYWORDS.
ACTOR_ALIASES: dict[str, tuple[str, ...]] = {
    "Islamic State": ("Islamic State", "ISIS", "ISIL", "IS", "Daesh", "Daish", "isis", "داعش", "تنظيم الدولة",
                      "الدولة الإسلامية", "تنظيم داعش", "Islamic State (Syria)", "Islamic State (Iraq)"),
    "SDF": ("SDF", "Syrian Democratic Forces", "قسد", "قوات سوريا الديمقراطية"),
    "Syrian government forces": ("Syrian government forces", "Syrian government", "General Security",
                                 "الأمن العام", "وزارة الدفاع", "الحكومة السورية", "سلطة دمشق"),
    "Assad regime forces": ("Assad regime forces", "Assad regime", "Syrian Arab Army", "قوات الأسد", "قوات النظام",
                            "Military Forces of Syria (2000-2024)"),
    "SNA": ("SNA", "Syrian National Army", "الجيش الوطني السوري", "الجيش الوطني"),
    "HTS": ("HTS", "Hayat Tahrir al-Sham", "هيئة تحرير الشام"),
    "Turkish military": ("Turkish military", "Turkish army", "Military Forces of Turkey", "الجيش التركي"),
    "Russian military": ("Russian military", "Military Forces of Russia", "القوات الروسية"),
    "Israeli military": ("Israeli military", "IDF", "Israel Defense Forces", "Israeli army",
                         "Military Forces of Israel", "الجيش الإسرائيلي", "جيش الاحتلال"),
    "US military / International Coalition": ("US military / International Coalition", "US military",
                                              "International Coalition", "US-led coalition", "CENTCOM",
                                              "التحالف الدولي", "القوات الأمريكية"),
    "Iraqi security forces": ("Iraqi security forces", "Iraqi army", "Military Forces of Iraq", "القوات الأمنية العراقية",
                              "الجيش العراقي"),
    "PMF": ("PMF", "Popular Mobilization Forces", "Hashd", "الحشد الشعبي"),
    "Hezbollah": ("Hezbollah", "Hizbullah", "Hizballah", "حزب الله"),
    "Houthis": ("Houthis", "Houthi", "Ansar Allah", "الحوثيون", "الحوثي", "أنصار الله"),
    "Yemeni government forces": ("Yemeni government forces", "Military Forces of Yemen", "الجيش اليمني"),
    "RSF": ("RSF", "Rapid Support Forces", "الدعم السريع", "قوات الدعم السريع", "الجنجويد"),
    "Sudanese Armed Forces": ("Sudanese Armed Forces", "SAF", "Sudanese army", "Military Forces of Sudan",
                              "الجيش السوداني"),
    "LNA": ("LNA", "LNA (Haftar)", "Libyan National Army", "Haftar forces", "الجيش الوطني الليبي", "قوات حفتر"),
    "GNU forces": ("GNU forces", "GNU", "Government of National Unity"),
    "Hamas / Qassam": ("Hamas / Qassam", "Hamas", "Qassam Brigades", "حماس", "كتائب القسام"),
    "Palestinian Islamic Jihad": ("Palestinian Islamic Jihad", "PIJ", "Islamic Jihad", "Al-Quds Brigades",
                                  "سرايا القدس", "الجهاد الإسلامي"),
    "Al-Shabaab": ("Al-Shabaab", "Al Shabaab", "al-Shabab", "Shabaab", "حركة الشباب", "الشباب"),
    "Unidentified armed group": ("Unidentified armed group", "Unidentified gunmen", "Unknown gunmen",
                                 "مسلحون مجهولون", "مجهولون"),
    "Civilians": ("Civilians", "Civilian", "مدنيين", "مدنيون"),
    "Protesters": ("Protesters", "Protestors", "متظاهرون", "محتجون"),
    "Rioters": ("Rioters",),
    "Asayish": ("Asayish", "Asayesh", "Internal Security Forces", "الأسايش", "قوى الأمن الداخلي"),
    "Assad loyalist militia": ("Assad loyalist militia", "Assad regime remnants", "فلول النظام"),
    "Iranian forces / IRGC": ("Iranian forces / IRGC", "IRGC", "Iranian forces", "الحرس الثوري"),
    "Saudi-led coalition": ("Saudi-led coalition", "Arab Coalition", "التحالف العربي"),
}


ACTOR_KEYWORDS: dict[str, tuple[str, ...]] = {
    "Islamic State": ("ISIS", "ISIL", "Daesh", "داعش", "تنظيم الدولة"),
    "SDF": ("Syrian Democratic Forces", "YPG", "قسد"),
    "Syrian government forces": ("Syrian government", "General Security", "Ministry of Defence",
                                 "Police Forces of Syria", "Syrian transitional government", "الأمن العام"),
    "Assad regime forces": ("Assad", "regime", "Syrian Arab Army", "النظام"),
    "Turkish military": ("Turkey", "Turkish", "تركيا", "التركي"),
    "Russian military": ("Russia", "Russian", "الروسي"),
    "Israeli military": ("Israel", "Israeli", "IDF", "إسرائيل", "الإسرائيلي", "الاحتلال"),
    "US military / International Coalition": ("United States", "American", "International Coalition",
                                              "CJTF", "التحالف الدولي", "الأمريكي"),
    "Iraqi security forces": ("Iraqi", "Military Forces of Iraq", "Police Forces of Iraq", "العراقي"),
    "PMF": ("Popular Mobilization", "Hashd", "الحشد"),
    "Iranian forces / IRGC": ("Iran", "Iranian", "IRGC", "Revolutionary Guard", "إيران", "الإيراني"),
    "Houthis": ("Houthi", "Ansar Allah", "الحوثي", "أنصار الله"),
    "Yemeni government forces": ("Yemeni government", "Military Forces of Yemen", "الجيش اليمني"),
    "Saudi-led coalition": ("Saudi", "Arab Coalition", "التحالف العربي"),
    "RSF": ("Rapid Support", "الدعم السريع"),
    "Sudanese Armed Forces": ("Military Forces of Sudan", "Sudanese army", "الجيش السوداني"),
    "LNA": ("Libyan National Army", "Haftar", "حفتر"),
    "GNU forces": ("Government of National Unity", "Military Forces of Libya"),
    "Hamas / Qassam": ("Hamas", "Qassam", "حماس", "القسام"),
    "Palestinian Islamic Jihad": ("Islamic Jihad", "Al-Quds Brigades", "سرايا القدس"),
    "Al-Shabaab": ("Shabaab", "Shabab", "الشباب"),
    "Unidentified armed group": ("Unidentified", "Unknown", "gunmen", "مجهول", "مجهولون"),
    "Civilians": ("Civilian", "Civilians", "مدني", "مدنيين"),
    "Protesters": ("Protester", "Protesters", "متظاهر", "متظاهرين"),
    "Asayish": ("Asayish", "Asayesh", "Internal Security Forces", "الأسايش"),
    "Assad loyalist militia": ("remnants", "loyalist", "فلول"),
}


def _build_index(table: dict[str, tuple[str, ...]], key) -> dict[str, str]:  # noqa: ANN001
    index: dict[str, str] = {}
    for canon, variants in table.items():
        for v in (canon, *variants):
            index.setdefault(key(v), canon)
    return index


_ADMIN1_INDEX = _build_index(ADMIN1_VARIANTS, fold_latin)
_COUNTRY_INDEX = _build_index(COUNTRY_VARIANTS, fold_latin)
_ACTOR_INDEX = _build_index(ACTOR_ALIASES, fold_name)
_ACTOR_KEYWORDS = {group: tuple(fold_name(w) for w in words) for group, words in ACTOR_KEYWORDS.items()}

# ---------------------------------------------------------------------------------------------- field access


def _text(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def actor_parts(event: dict, slot: str) -> dict[str, str | None]:
    """The actor in ``slot`` as {name, name_ar, mention, id}, from an object or flat gold strings."""
    value = event.get(slot)
    if isinstance(value, dict):
        return {"name": _text(value.get("name")), "name_ar": _text(value.get("name_ar")),
                "mention": _text(value.get("mention")), "id": _text(value.get("id"))}
    return {"name": _text(value), "name_ar": _text(event.get(f"{slot}_ar")), "mention": None, "id": None}


def location_parts(event: dict) -> tuple[str | None, str | None]:
    """(English name, Arabic name) of the event location, from an object or flat gold strings."""
    value = event.get("location")
    if isinstance(value, dict):
        return _text(value.get("name")), _text(value.get("name_ar")) or _text(event.get("location_ar"))
    return _text(value), _text(event.get("location_ar"))


def parse_date(value: Any) -> date | None:
    """A ``YYYY-MM-DD`` (or longer ISO) string as a date; None when absent or malformed."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def as_int(value: Any) -> int | None:
    """An integer count from an int or a digit string; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


# ---------------------------------------------------------------------------------------------- comparisons


def admin1_key(name: str | None) -> str:
    """The canonical admin1 for a spelling variant (or its folded form when unknown)."""
    key = fold_latin(name)
    return _ADMIN1_INDEX.get(key, key)


def same_admin1(gold: str | None, pred: str | None) -> bool:
    """Admin1 names agree through the variant table or by close spelling; both missing agree."""
    if not gold or not pred:
        return not gold and not pred
    a, b = admin1_key(gold), admin1_key(pred)
    return a == b or SequenceMatcher(None, fold_latin(a), fold_latin(b)).ratio() >= PLACE_RATIO


def same_country(gold: str | None, pred: str | None) -> bool:
    """Country names agree after folding and the short alias table."""
    a, b = fold_latin(gold), fold_latin(pred)
    return _COUNTRY_INDEX.get(a, a) == _COUNTRY_INDEX.get(b, b)


def similar_place_names(gold: str | None, pred: str | None) -> bool:
    """English place names are equal or similar (ratio ≥ 0.82) after folding al-/el- prefixes."""
    a, b = fold_latin(gold), fold_latin(pred)
    return bool(a and b) and (a == b or SequenceMatcher(None, a, b).ratio() >= PLACE_RATIO)


LOCATIVE_WORDS = frozenset(fold_arabic(w) for w in (
    "مدينة", "بلدة", "قرية", "حي", "ناحية", "مديرية", "منطقة", "محافظة", "ولاية", "محلية", "قضاء", "مخيم",
    "ضواحي", "مركز", "العاصمة"))
_LOCATIVE_LATIN = re.compile(r"\(.*?\)|\b(?:city|town|village|district|camp|outskirts|neighbou?rhood)\b", re.I)


def place_words(name: str | None) -> list[str]:
    """Folded words of an Arabic place phrase without locative words («مدينة», «بمنطقة») or the article."""
    words = []
    for word in fold_arabic(name).split():
        bare = word[1:] if len(word) > 2 and word[0] in "بلوف" else None
        if word in LOCATIVE_WORDS or bare in LOCATIVE_WORDS:
            continue
        words.append(word)
    return words


def same_location(gold_event: dict, pred_event: dict) -> bool:
    """Gold and predicted locations agree: the same Arabic name once locative words are dropped, the predicted
    name standing whole inside the gold phrase («ضواحي مدينة درنة» ~ «درنة»), or a similar English name."""
    g_name, g_ar = location_parts(gold_event)
    p_name, p_ar = location_parts(pred_event)
    if not (g_name or g_ar):
        return not (p_name or p_ar)
    gold_words, pred_words = place_words(g_ar), place_words(p_ar)
    if gold_words and pred_words and ("".join(gold_words) == "".join(pred_words)
                                      or f" {' '.join(pred_words)} " in f" {' '.join(gold_words)} "):
        return True
    return similar_place_names(_LOCATIVE_LATIN.sub(" ", g_name or "").strip(), p_name)


def actor_key(name: str | None) -> str | None:
    """The canonical alias-group name for an actor name, or None when the name is not in the table."""
    return _ACTOR_INDEX.get(fold_name(name)) if name else None


def contains_words(haystack: str, needle: str) -> bool:
    """``needle`` occurs in ``haystack`` as whole folded words; its first word may carry a proclitic (لقسد)."""
    if not needle:
        return False
    return re.search(r"(?:^|\s)(?:[وفبلك]{1,2})?" + re.escape(needle) + r"(?:\s|$)", haystack) is not None


def same_actor(gold_event: dict, pred_event: dict, slot: str) -> bool:
    """The predicted actor matches the gold actor: same name or alias group, the gold Arabic name inside the
    predicted name or mention, or one of the gold group's keywords there. No gold actor needs no prediction."""
    gold, pred = actor_parts(gold_event, slot), actor_parts(pred_event, slot)
    if not gold["name"]:
        return not any(pred.values())
    if not any(pred.values()):
        return False
    if pred["name"] and fold_name(gold["name"]) == fold_name(pred["name"]):
        return True
    gold_keys = {actor_key(gold["name"]), actor_key(gold["name_ar"])} - {None}
    pred_keys = {actor_key(pred[k]) for k in ("name", "name_ar", "id", "mention")} - {None}
    if gold_keys & pred_keys:
        return True
    needle = fold_arabic(gold["name_ar"])
    if any(contains_words(fold_arabic(pred[k]), needle) for k in ("name_ar", "mention") if pred[k]):
        return True
    pred_text = " ".join(fold_name(pred[k]) for k in ("name", "name_ar", "mention", "id") if pred[k])
    return any(contains_words(pred_text, word) for key in gold_keys for word in _ACTOR_KEYWORDS.get(key, ()))


def dates_compatible(gold_event: dict, pred_event: dict) -> bool:
    """Both dates known and at most DATE_TOLERANCE days apart, or at least one unknown."""
    g, p = parse_date(gold_event.get("date")), parse_date(pred_event.get("date"))
    if g is None or p is None:
        return True
    return abs((g - p).days) <= DATE_TOLERANCE


def same_date(gold_event: dict, pred_event: dict) -> bool:
    """The date field agrees: the same day, or both unknown."""
    return parse_date(gold_event.get("date")) == parse_date(pred_event.get("date"))


def _same_label(a: Any, b: Any) -> bool:
    return fold_name(_text(a)) == fold_name(_text(b))


def _same_count(a: Any, b: Any) -> bool:
    return as_int(a) == as_int(b)


FIELD_CHECKS = {
    "event_type": lambda g, p: _same_label(g.get("event_type"), p.get("event_type")),
    "sub_event_type": lambda g, p: _same_label(g.get("sub_event_type"), p.get("sub_event_type")),
    "date": same_date,
    "time_precision": lambda g, p: _same_count(g.get("time_precision"), p.get("time_precision")),
    "location": same_location,
    "admin1": lambda g, p: same_admin1(g.get("admin1"), p.get("admin1")),
    "actor1": lambda g, p: same_actor(g, p, "actor1"),
    "actor2": lambda g, p: same_actor(g, p, "actor2"),
    "fatalities": lambda g, p: _same_count(g.get("fatalities"), p.get("fatalities")),
    "wounded": lambda g, p: _same_count(g.get("wounded"), p.get("wounded")),
}


def field_value(event: dict, name: str) -> Any:
    """A short display value of a field (None when the event leaves it empty)."""
    if name in ("actor1", "actor2"):
        parts = actor_parts(event, name)
        shown = parts["name"] or parts["name_ar"]
        extra = parts["mention"] or (parts["name_ar"] if parts["name"] else None)
        return f"{shown} ({extra})" if shown and extra and extra != shown else shown
    if name == "location":
        en, ar = location_parts(event)
        return f"{en} ({ar})" if en and ar else en or ar
    value = event.get(name)
    return None if value in ("", [], {}) else value


# ---------------------------------------------------------------------------------------------- matching


def compatible(gold_event: dict, pred_event: dict) -> bool:
    """Country, admin1 and date agree well enough for the two events to be the same incident."""
    return (same_country(gold_event.get("country"), pred_event.get("country"))
            and same_admin1(gold_event.get("admin1"), pred_event.get("admin1"))
            and dates_compatible(gold_event, pred_event))


def pair_score(gold_event: dict, pred_event: dict) -> float:
    """How well a compatible pair agrees (type, location, actor1, fatalities), to choose between candidates."""
    return (FIELD_CHECKS["event_type"](gold_event, pred_event) + same_location(gold_event, pred_event)
            + same_actor(gold_event, pred_event, "actor1") + 0.5 * FIELD_CHECKS["fatalities"](gold_event, pred_event))


def match_events(gold_events: list[dict], pred_events: list[dict], *, strict: bool) -> list[tuple[int, int]]:
    """Pair gold and predicted events one-to-one, greedily by ``pair_score``; returns index pairs."""
    candidates = []
    for i, g in enumerate(gold_events):
        for j, p in enumerate(pred_events):
            if not compatible(g, p):
                continue
            if strict and not FIELD_CHECKS["event_type"](g, p):
                continue
            candidates.append((pair_score(g, p), i, j))
    candidates.sort(reverse=True)  # best first; ties go to the later pair, as in ../shared/eval/score.py
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return sorted(pairs)


# ---------------------------------------------------------------------------------------------- scoring


def prf(correct: int, predicted: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1 (0.0 where undefined), rounded to 4 places."""
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def event_summary(event: dict, index: int) -> dict[str, Any]:
    """A compact view of one event for the error listing."""
    evidence = event.get("evidence")
    if isinstance(evidence, list) and evidence:
        first = evidence[0]
        evidence = first.get("text") if isinstance(first, dict) else first
    out = {"index": index}
    for name in ("event_type", "sub_event_type", "date", "admin1", "location", "actor1", "actor2",
                 "fatalities", "wounded"):
        out[name] = field_value(event, name)
    if isinstance(evidence, str):
        out["evidence"] = evidence if len(evidence) <= 120 else evidence[:117] + "…"
    return out


def _events_of(doc: dict | None) -> list[dict]:
    events = (doc or {}).get("events") or []
    return [e for e in events if isinstance(e, dict)]


def _new_field_tally() -> dict[str, dict[str, int]]:
    return {name: {"agree": 0, "pairs": 0, "correct": 0, "gold": 0, "pred": 0} for name in FIELDS}


def score_document(doc_id: str, gold_doc: dict, pred_doc: dict | None, tally: dict) -> dict[str, Any]:
    """Score one document, add its counts to ``tally``, and return its error listing."""
    gold_events, pred_events = _events_of(gold_doc), _events_of(pred_doc)
    strict = match_events(gold_events, pred_events, strict=True)
    loose = match_events(gold_events, pred_events, strict=False)
    tally["gold"] += len(gold_events)
    tally["pred"] += len(pred_events)
    tally["found"] += len(strict)
    tally["found_any_type"] += len(loose)
    fields = tally["fields"]
    for name in FIELDS:
        fields[name]["gold"] += sum(field_value(e, name) is not None for e in gold_events)
        fields[name]["pred"] += sum(field_value(e, name) is not None for e in pred_events)
    mismatches = []
    for name in FIELDS:
        for i, j in (loose if name == "event_type" else strict):
            g, p = gold_events[i], pred_events[j]
            ok = FIELD_CHECKS[name](g, p)
            fields[name]["pairs"] += 1
            fields[name]["agree"] += ok
            fields[name]["correct"] += ok and field_value(g, name) is not None
            if not ok and name != "event_type":
                mismatches.append({"gold_index": i, "pred_index": j, "field": name,
                                   "gold": field_value(g, name), "pred": field_value(p, name)})
    matched_gold = {i for i, _ in strict}
    matched_pred = {j for _, j in strict}
    loose_by_gold = dict(loose)
    missed = []
    for i, g in enumerate(gold_events):
        if i in matched_gold:
            continue
        item = event_summary(g, i)
        j = loose_by_gold.get(i)
        if j is not None:
            item["type_mismatch"] = {"pred_index": j, "event_type": pred_events[j].get("event_type"),
                                     "sub_event_type": pred_events[j].get("sub_event_type")}
        missed.append(item)
    spurious = [event_summary(p, j) for j, p in enumerate(pred_events) if j not in matched_pred]
    mismatches.sort(key=lambda m: (m["gold_index"], FIELDS.index(m["field"])))
    return {"id": doc_id, "missing_prediction": pred_doc is None, "gold": len(gold_events),
            "pred": len(pred_events), "found": len(strict), "missed": missed, "spurious": spurious,
            "mismatches": mismatches}


def evaluate(gold_docs: dict[str, dict], pred_docs: dict[str, dict]) -> dict[str, Any]:
    """Score predicted documents against gold documents (both keyed by document id)."""
    tally: dict[str, Any] = {"gold": 0, "pred": 0, "found": 0, "found_any_type": 0, "fields": _new_field_tally()}
    details = [score_document(doc_id, gold, pred_docs.get(doc_id), tally) for doc_id, gold in gold_docs.items()]
    strict = prf(tally["found"], tally["pred"], tally["gold"])
    any_type = prf(tally["found_any_type"], tally["pred"], tally["gold"])
    fields = {}
    for name, t in tally["fields"].items():
        fields[name] = {"accuracy": round(t["agree"] / t["pairs"], 4) if t["pairs"] else None,
                        "agree": t["agree"], "pairs": t["pairs"],
                        **prf(t["correct"], t["pred"], t["gold"]),
                        "correct": t["correct"], "gold": t["gold"], "pred": t["pred"]}
    missing = [d["id"] for d in details if d["missing_prediction"]]
    return {
        "documents": len(gold_docs),
        "documents_missing": len(missing),
        "missing_ids": missing,
        "extra_predictions": sorted(set(pred_docs) - set(gold_docs)),
        "events": {"gold": tally["gold"], "pred": tally["pred"], "found": tally["found"],
                   "found_any_type": tally["found_any_type"]},
        **strict,
        "any_type": any_type,
        "f1_any_type": any_type["f1"],
        "fields": fields,
        "errors": [d for d in details if d["missed"] or d["spurious"] or d["mismatches"] or d["missing_prediction"]],
    }


# ---------------------------------------------------------------------------------------------- files


def _parse_lines(path: Path, text: str) -> list[tuple[int, Any]]:
    records = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append((lineno, json.loads(line)))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{lineno}: not valid JSON ({exc.msg} at column {exc.colno})") from None
        except (RecursionError, ValueError):  # nested too deeply, or an integer of over 4,300 digits
            raise InputError(f"{path}:{lineno}: JSON nested too deeply or holding a number too long") from None
    return records


def _parse_whole(text: str) -> list[tuple[int, Any]] | None:
    """A whole-file JSON document (a list of records, or one record) as numbered records, else None."""
    try:
        data = json.loads(text)
    except (RecursionError, ValueError):
        return None
    return [(i + 1, rec) for i, rec in enumerate(data)] if isinstance(data, list) else [(1, data)]


def load_records(path: str | Path) -> dict[str, dict]:
    """Read a JSONL file of records with ``id`` (or a JSON list of them) into {id: record}."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot be read ({exc})") from None
    try:
        numbered = _parse_lines(path, text)
    except InputError:
        numbered = _parse_whole(text) if text.lstrip()[:1] in "[{" else None
        if numbered is None:
            raise
    records: dict[str, dict] = {}
    for lineno, rec in numbered:
        where = f"{path}:{lineno}"
        if not isinstance(rec, dict):
            raise InputError(f"{where}: expected a JSON object, got {type(rec).__name__}")
        doc_id = rec.get("id")
        if doc_id is None or str(doc_id).strip() == "":
            raise InputError(f"{where}: record has no \"id\"")
        if not isinstance(rec.get("events", []), list):
            raise InputError(f"{where}: \"events\" must be a list")
        doc_id = str(doc_id)
        if doc_id in records:
            raise InputError(f"{where}: duplicate id {doc_id!r}")
        records[doc_id] = rec
    return records


def evaluate_files(gold_path: str | Path, pred_path: str | Path) -> dict[str, Any]:
    """Load both files and score them; the report also names the files."""
    report = evaluate(load_records(gold_path), load_records(pred_path))
    return {"gold_file": str(gold_path), "pred_file": str(pred_path), **report}


# ---------------------------------------------------------------------------------------------- report


def _fmt(value: float | None) -> str:
    return "  –  " if value is None else f"{value:.3f}"


def _event_line(item: dict) -> str:
    bits = [f"#{item['index']}", f"{item['event_type']}/{item['sub_event_type']}", str(item["date"]),
            f"{item['admin1']}/{item['location']}", f"{item['actor1']} → {item['actor2']}",
            f"killed={item['fatalities']} wounded={item['wounded']}"]
    line = "  ".join(bits)
    if item.get("type_mismatch"):
        tm = item["type_mismatch"]
        line += f"  [pred #{tm['pred_index']} has type {tm['event_type']}/{tm['sub_event_type']}]"
    if item.get("evidence"):
        line += f"\n        «{item['evidence']}»"
    return line


def format_errors(doc: dict) -> list[str]:
    """The per-document error lines of a report entry."""
    head = f"{doc['id']}: gold {doc['gold']}, predicted {doc['pred']}, found {doc['found']}"
    lines = [head + ("  (no prediction for this document)" if doc["missing_prediction"] else "")]
    lines += [f"    missed   {_event_line(m)}" for m in doc["missed"]]
    lines += [f"    spurious {_event_line(s)}" for s in doc["spurious"]]
    for m in doc["mismatches"]:
        gold, pred = json.dumps(m["gold"], ensure_ascii=False), json.dumps(m["pred"], ensure_ascii=False)
        lines.append(f"    gold #{m['gold_index']} ~ pred #{m['pred_index']}  {m['field']}: gold {gold}, "
                     f"predicted {pred}")
    return lines


def format_report(report: dict[str, Any], verbose: bool = False) -> str:
    """Human-readable summary of a report; ``verbose`` adds the per-document error listing."""
    ev = report["events"]
    any_type = report["any_type"]
    lines = [
        f"documents {report['documents']} (missing from predictions: {report['documents_missing']})",
        f"events: gold {ev['gold']}, predicted {ev['pred']}, found {ev['found']} "
        f"(ignoring type: {ev['found_any_type']})",
        f"strict         P {_fmt(report['precision'])}  R {_fmt(report['recall'])}  F1 {_fmt(report['f1'])}",
        f"ignoring type  P {_fmt(any_type['precision'])}  R {_fmt(any_type['recall'])}  F1 {_fmt(any_type['f1'])}",
        "",
        f"{'field':<16}{'accuracy':>9}{'pairs':>7}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    for name, f in report["fields"].items():
        lines.append(f"{name:<16}{_fmt(f['accuracy']):>9}{f['pairs']:>7}{_fmt(f['precision']):>8}"
                     f"{_fmt(f['recall']):>8}{_fmt(f['f1']):>8}")
    lines.append("(accuracy over found pairs — event_type over pairs found ignoring type; "
                 "P/R/F1 end to end over non-null values)")
    if report["documents_missing"]:
        lines.append(f"no prediction for: {', '.join(report['missing_ids'])}")
    if verbose:
        lines += ["", f"errors in {len(report['errors'])} document(s):"]
        for doc in report["errors"]:
            lines += format_errors(doc)
    elif report["errors"]:
        lines.append(f"{len(report['errors'])} document(s) with errors (--verbose lists them)")
    return "\n".join(lines)
