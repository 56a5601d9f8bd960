"""The gazetteer and the place resolver: place mentions in folded text, resolved in context.

The gazetteer is ``rasid/data/gazetteer.tsv.gz`` (built by ``tools/build_gazetteer.py``) plus the
``common_words`` of ``places_extra.yaml``. A mention is resolved with the words around it: a trigger
before it (قرية، بلدة، مدينة، حي، مخيم، محافظة…), a qualifier (ريف، محيط، شرقي…), the governorate or
district named right after it («ذيبان بريف دير الزور الشرقي»), the governorates and countries named
elsewhere in the text, an optional country hint, and last the place's prominence.
"""
from __future__ import annotations

import gzip
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from functools import cache
from itertools import accumulate, repeat
from sys import intern
from importlib import resources
from typing import Any, NamedTuple

import yaml

from rasid.lexicon.cache import cached
from rasid.lexicon.matcher import Match, PhraseMatcher, is_word_char, normalize_key
from rasid.records import Place
from rasid.text.clitics import proclitics, strip_proclitic
from rasid.text.fold import fold
from rasid.text.vocab import FrequentWords, load_vocabulary

# ACLED geo_precision of a place by its feature (1 the place itself, 2 part of a region, 3 a large region).
FEATURE_PRECISION = {"populated": 1, "neighbourhood": 1, "camp": 1, "site": 1,
                     "admin3": 2, "admin2": 2, "admin1": 3, "region": 3, "country": 3}
# Words before a name that say what kind of place it is (folded), and the features they select.
TRIGGERS = {
    "مدينه": ("populated",), "بلده": ("populated",), "قريه": ("populated",), "بلدات": ("populated",),
    "قري": ("populated",), "مدن": ("populated",), "مدينتي": ("populated",), "بلدتي": ("populated",),
    "قريتي": ("populated",), "العاصمه": ("populated",), "حي": ("neighbourhood", "populated"),
    "احياء": ("neighbourhood",), "مخيم": ("camp", "populated"), "معسكر": ("camp", "populated"),
    "مطار": ("site",), "ميناء": ("site", "populated"), "مرفا": ("site", "populated"), "قاعده": ("site",), "محافظه": ("admin1",), "ولايه": ("admin1",),
    "اقليم": ("admin1", "region"), "شعبيه": ("admin1",), "منطقه": ("admin2", "region", "populated"),
    "قضاء": ("admin2",), "مديريه": ("admin2", "populated"), "محليه": ("admin2",), "ناحيه": ("admin3",), "مقاطعه": ("admin1", "populated"),
    "محافظتي": ("admin1",), "ولايتي": ("admin1",),
}
# Words before a name that place the event near it or in part of it (folded).
# Words before a name that place the event on a road or at a spot near it (precision 2; the name must be a place).
ROAD = {"طريق", "اوتوستراد", "مفرق", "مدخل", "حاجز"}
NEAR = {"محيط", "اطراف", "قرب", "ضواحي", "مشارف", "جوار", "مقربه", "بالقرب", "شرق", "غرب", "شمال", "جنوب",
        "شرقي", "غربي", "شمالي", "جنوبي", "بادیه", "باديه"}
RURAL = "ريف"
# Ranks and titles before a person's name (folded): «العقيد بدر» is a man, not the Yemeni district.
TITLES = {"العقيد", "العميد", "اللواء", "الرائد", "المقدم", "النقيب", "الملازم", "الفريق", "المشير", "الرقيب",
          "العريف", "المواطن", "المواطنه", "الشاب", "الطفل", "الطفله", "السيد", "السيده", "الدكتور", "الناشط",
          "الصحفي", "القيادي", "المدعو", "الشهيد", "الاسير", "المعتقل", "الحاج", "الشيخ"}
# Words before a name that make it the name of a street, gate, square or roundabout (folded).
STREET_WORDS = {"شارع", "باب", "ساحه", "دوار", "جوله", "ميدان"}
# Words before a name that make it the name of a channel, paper or agency (folded).
OUTLET_WORDS = {"قناه", "صحيفه", "جريده", "وكاله", "اذاعه", "تلفزيون", "مجله", "فضاييه"}
# Words before a bare name (no قرية/بلدة) that make it a place when the name is not a common word (folded).
PREPOSITIONS = {"طريق", "اوتوستراد", "مفرق", "مدخل", "حاجز", "في", "علي", "الي", "من", "نحو", "باتجاه", "عند", "حول", "داخل", "بين", "قرب", "محيط", "اطراف",
                "بلدات", "قري", "مدينتي", "بلدتي", "قريتي", "مناطق", "جنوب", "شمال", "شرق", "غرب", "ضواحي",
                "محور", "جبهه"}  # «على محور بارا», «في جبهة صرواح»: a front is named after its place
# Words in the gap between two names that make them two items of a list, not a place and its container.
_LIST_TRIGGERS = {"قريه", "بلده", "قري", "بلدات", "مزرعه", "قريتي", "بلدتي"}
_CITY_WORDS = {"مدينه", "مدينتي", "مدن"}  # a list item after «و» («A ومدينة B»), never the area holding A
_CONTAINING = {"ريف", "في", "ضمن", "التابعه", "التابع", "الواقعه", "الواقع", "محافظه", "منطقه", "ناحيه",
               "قضاء", "مديريه", "محليه", "ولايه", "مدينه", "العاصمه"}
DIRECTIONS = {"الشرقي", "الغربي", "الشمالي", "الجنوبي", "الشماليه", "الجنوبيه", "الشرقيه", "الغربيه",
              "الاوسط", "الشمالي الغربي", "الشمالي الشرقي", "الجنوبي الغربي", "الجنوبي الشرقي"}
# Words allowed between a name and the governorate/district that locates it.
CONNECTORS = {"ريف", "في", "ب", "من", "ضمن", "التابعه", "التابع", "الواقعه", "الواقع", "محافظه", "منطقه",
              "ناحيه", "مدينه", "قضاء", "ولايه", "مديريه", "محليه", "شرق", "غرب", "شمال", "جنوب", "شرقي",
              "غربي", "شمالي", "جنوبي", "قرب", "محيط", "اطراف", "مقاطعه", "بلده", "قريه", "العاصمه",
              "الموقته", "داخل"} | DIRECTIONS  # «بمديرية المنصورة في العاصمة المؤقتة عدن»
# Words after a village's name that are part of it: «الزعفرانة الصغرى», «الحلة الجديدة» (folded).
NAME_QUALIFIERS = {"الصغري", "الكبري", "الجديده", "القديمه", "الفوقاني", "التحتاني", "الفوقانيه", "التحتانيه",
                   "العليا", "السفلي"}
_PROCLITICS = proclitics(article=True)
_SHORT_PROCLITICS = frozenset(p for p in _PROCLITICS if 0 < len(p) <= 3)  # what _strip takes off
_STRIPPED_WORDS = frozenset(TRIGGERS) | CONNECTORS | NEAR  # what _strip leaves
_TOKEN = re.compile(r"[\w\u0600-\u06ff]+|[^\s\w]", re.UNICODE)
_GAP_PUNCT = set(",،-–()\"'/:")
_QUOTE_MARKS = set("\"'«»“”‘’")
_BARE_PROCLITICS = frozenset(proclitics(conjunctions=(), prepositions=("ب", "ل"), article=True))  # «التابعة لـ»: a proclitic the name's key already holds
_STRONG_FEATURE = {"admin1", "region", "country"}
_MAX_GAP = 40
UNKNOWN_ITEMS_GAP = 40   # how long the unknown list items between two bare places of a list may run
_LIST_MARKS = {"و", "،", ","}
# Villages and neighbourhoods below this prominence need evidence in the text that they are places.
SMALL_PLACE = 20_000
_SMALL_FEATURES = {"populated", "neighbourhood"}
_TOWN_FEATURES = _SMALL_FEATURES | {"camp", "site"}
EIGHT = frozenset({"Syria", "Iraq", "Yemen", "Sudan", "Libya", "Lebanon", "Palestine", "Somalia"})
# Row ids of Who's On First (W…), Yemen-info (YD/YU/YV…) and neighbouring countries' towns (GX…): many of their
# names are ordinary words, so such a place needs evidence in the text (tools/build_gazetteer.py NEW_SOURCES).
_NEW_SOURCES = ("W", "YD", "YU", "YV", "GX")
SEAT = 2_000
_FUSED_BU = re.compile(r"\bالبو(?=[^\s])")
# Capitals that are governorates of their own, inside a governorate that surrounds them.
_CITY_GOVERNORATES = {"Damascus", "Beirut", "Baghdad", "Amanat al Asimah", "Banadir", "Khartoum", "Tripoli"}
_AREA_FEATURES = {"admin1", "admin2", "admin3", "country", "region"}
COMPASS = frozenset({"شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي"})  # words of direction
# A place word and the one or two words after it, where a Yemeni village is looked up («وقرية الحصن»).
_VILLAGE_AFTER = re.compile(r"(?<![\w\u0600-\u06ff])(?:و|ف|ب|وب)?(قريه|قري|قريتي|بلده|بلدات|عزله|منطقه)\s+"
                            r"([\u0621-\u064a]{2,})(?:\s+([\u0621-\u064a]{2,}))?")
# A place word and the one or two words after it, where a Sudanese, Somali or Libyan place known only by its
# Latin name is looked up by consonant skeleton («بلدة بلعد» Balcad, «منطقة كازقيل» Kazgeil).
_LATIN_AFTER = re.compile(r"(?<![\w\u0600-\u06ff])(?:و|ف|ب|وب)?(قريه|قري|قريتي|بلده|بلدات|مدينه|منطقه|مخيم|معسكر)\s+"
                          r"([\u0621-\u064a]{2,})(?:\s+([\u0621-\u064a]{2,}))?")
LATIN_COUNTRIES = frozenset({"Sudan", "Somalia", "Libya"})
# Consonant classes shared by an Arabic spelling and a Latin one (Somali c = ع and x = ح are dropped like
# the Arabic letters they write; dh, th = د/ط/ذ…; g, j, q, k = ج/ق/ك/غ/خ).
_ARABIC_SKELETON = str.maketrans({**dict.fromkeys("تطدضذظث", "t"), **dict.fromkeys("جقكغخ", "k"),
                                  **dict.fromkeys("سصشز", "s"), "ب": "b", "ف": "f", "ل": "l", "م": "m", "ن": "n",
                                  "ر": "r", **dict.fromkeys("اوىيعءهحئؤةأإآ ", "")})
_LATIN_DIGRAPHS = (("sh", "s"), ("kh", "k"), ("gh", "k"), ("dh", "t"), ("th", "t"), ("ch", "s"), ("ph", "f"))
_LATIN_SKELETON = str.maketrans({**dict.fromkeys("td", "t"), **dict.fromkeys("kqgj", "k"), **dict.fromkeys("sz", "s"),
                                 "b": "b", "p": "b", "f": "f", "v": "f", "l": "l", "m": "m", "n": "n", "r": "r"})
_LATIN_ARTICLE = re.compile(r"(?:^|[\s-])(?:al|el|ad|ed|ar|er|as|es|ash|at|az|an|en|ag)[-\s`']+|[\s-]+")
_MIN_SKELETON = 3
# Words that begin names and are words of the language too («أم صميمة», «ود مدني», «أبو شوك»).
NAME_HEADS = {"ام", "ابو", "ود", "بني", "بن", "ذي", "ذو", "بيت", "دار", "عين", "تل", "بير", "بئر", "جبل", "وادي",
               "راس", "عيل", "سوق", "باب", "شيخ", "الشيخ"}
_PLURAL_OR_CAPITAL = {"العاصمه", "مدن", "قري", "بلدات", "احياء", "مدينتي", "بلدتي", "قريتي"}
_LINK_WORDS = set(TRIGGERS) | CONNECTORS
_VILLAGE_WORDS = {"قريه", "بلده", "قريتي", "بلدتي", "قري", "بلدات"}
_GRAMMAR_WORDS = set(TRIGGERS) | NEAR | CONNECTORS | {RURAL} | PREPOSITIONS | COMPASS
_LIST_BREAKERS = NEAR | CONNECTORS | {RURAL} | PREPOSITIONS
# Nouns that name a kind of place, never a place, even where a town carries the name («المدينة»).
_GENERIC_NOUNS = {"المدينه", "المحافظه", "القريه", "البلده", "المنطقه", "الحي", "الحاره", "المخيم", "الناحيه",
                  "البلاد", "البلده", "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الشماليه", "الجنوبيه",
                  "الشرقيه", "الغربيه", "الاوسط", "الوسطي", "الزراعه", "التربيه", "الصحه", "الداخليه", "الدفاع",
                  "الخارجيه", "الماليه", "الكهرباء", "المياه", "الاوقاف", "الاعلام", "النقل", "الاتصالات", "العدل",
                  "الامن", "الشرطه", "الجمارك", "الهجره", "العسكري", "العسكريه", "الحربي", "الحربيه"}
# A distance and a bearing before a place name (folded): «علي بعد 27 كلم الي الشمال الغربي من مدينه ».
_DISTANCE_BEFORE = re.compile(r"(?:(?:علي\s+)?(?:بعد|يبعد|تبعد)\s+)?(?:(?:نحو|حوالي)\s+)?(\d+)\s*(?:كم|كلم|كيلو ?متر\w*)\s+(?:الي\s+)?(?:ال)?(شمال|جنوب|شرق|غرب)[يا]?"
                              r"(?:\s+(?:ال)?(شرق|غرب)[يا]?)?\s+(?:(?:من|عن)\s+)?(?:(?:مدينه|بلده|العاصمه|قريه)\s+)?$")
_DIGIT = re.compile(r"\d")
_DISTANCE_IN_GAP = re.compile(r"(?:علي\s+)?(?:بعد\s+)?(?:نحو\s+|حوالي\s+)?\d+\s*(?:كم|كلم|كيلو ?متر\w*)\s+(?:الي\s+)?")
# Who holds a place, between its name and the area that locates it: «الخاضعة لسيطرة قوات النظام» (folded).
UNDER_CONTROL = re.compile(r"(?:^|\s)(?:ال)?خاضع\S*\s+ل?(?:ال)?سيطر\S*\s+(?:قوات\s+)?\S+(?=\s|$)")
_MIDDLE = "وسط"
_QUARTER_WORDS = {"حي", "منطقه"}  # «حي الرميلة وسط مدينة الرقة», «منطقة X وسط مدينة Y»: a part of the city
_ARTICLES = ("ال", "أل", "إل", "آل")
_BEARINGS = {"شمال": 0.0, "شرق": 90.0, "جنوب": 180.0, "غرب": 270.0}
_KM_PER_DEGREE = 111.32
_RELATIVE_AFTER = re.compile(r"\s+(?:التي|الذي|اللتي|اللذي)\s")
# Arabic punctuation inside U+0600–U+06FF that the matcher's word test counts as letters.
_ARABIC_PUNCT = "،؛؟٪٫٬۔"


@dataclass(slots=True)
class GeoPlace(Place):
    """A :class:`Place` that can print itself (``rasid geocode``)."""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def as_dict(place: Place) -> dict[str, Any]:
    """Any Place as the JSON-ready dict of the SPEC's location/admin fields."""
    return asdict(place)


@dataclass(slots=True)
class PlaceMention:
    """A place named in a folded text; ``start:end`` is the name itself (proclitics excluded)."""

    start: int
    end: int
    key: str
    candidates: list[Place]
    place: Place | None
    qualifier: str | None = None
    trigger_word: str | None = None
    direction: str | None = None
    parent: int | None = None       # index (in the same list) of the mention that locates this one
    is_context: bool = False        # True when this mention only locates the one before it
    after_on: bool = False          # «على» precedes it («غارة على كفركلا»)
    prefix: str = ""
    after_fi: bool = False          # the word before is «في»
    after_prep: bool = False        # a preposition or a list word is right before it («قرب ترمانين»)
    rows: list[int] = field(default_factory=list, repr=False)


class _Container(NamedTuple):
    """What scoring a mention's readings asks of the place that locates it, gathered once per mention."""

    admin1: set[str]
    country_named: set[str]  # the countries among its readings («جنوبي لبنان»)
    admin2: set[str]         # the districts of its readings below a governorate
    countries: set[str]

    @staticmethod
    def of(rows: list[_Row]) -> _Container | None:
        """The container that ``rows`` (the readings of the locating place) make; None for no rows."""
        if not rows:
            return None
        return _Container({r.admin1 for r in rows}, {r.country for r in rows if r.feature == "country"},
                          {r.admin2 for r in rows if r.feature != "admin1"}, {r.country for r in rows})


class _Row(NamedTuple):
    """A gazetteer row. What resolving a mention reads of it (country, feature, admin names, prominence…) are
    fields; its names, aliases, point and pcode, which only a printed place or a geocode asks for, stay one UTF-8
    line of tab-separated fields (``packed``) until asked: 11 MB less for the 54,000 rows. A tuple, so that the
    cache rebuilds the rows from their columns in C (``Gazetteer.__setstate__``)."""

    id: str
    country: str
    feature: str
    admin1: str
    admin2: str
    admin3: str
    prominence: int
    precision: int | None  # a row placed at its container's point (a Yemeni village: 2)
    minor: bool            # a village, neighbourhood or sub-district that needs evidence in the text
    new: bool              # from Who's On First or Yemen-info: many names there are ordinary words
    packed: bytes          # name, name_ar, alt_ar, alt_en, lat, lon, pcode

    def printed(self) -> tuple[str, str, float | None, float | None, str]:
        """(name, Arabic name, lat, lon, pcode), read in one go."""
        name, name_ar, _, _, lat, lon, pcode = self.packed.decode("utf-8").split("\t")
        return name, name_ar, float(lat) if lat else None, float(lon) if lon else None, pcode

    def _field(self, index: int) -> str:
        return self.packed.decode("utf-8").split("\t")[index]

    name = property(lambda self: self._field(0))
    name_ar = property(lambda self: self._field(1))
    alt_ar = property(lambda self: self._field(2))
    alt_en = property(lambda self: self._field(3))
    lat = property(lambda self: self.printed()[2])
    lon = property(lambda self: self.printed()[3])
    pcode = property(lambda self: self._field(6))


def _row(f: list[str]) -> _Row:
    """A row from the fields of its line in a gazetteer file (see ``_read_rows``)."""
    row_id, feature = f[0], intern(f[2])
    prominence = int(f[13] or 0)
    new = row_id.startswith(_NEW_SOURCES)
    if new:
        minor = True  # Who's On First and Yemen-info rows: the text must show they are places
    elif row_id.startswith("X-"):
        minor = False
    elif feature in _SMALL_FEATURES:
        minor = prominence < SMALL_PLACE
    else:
        minor = False
    # a country, feature or admin name is one string shared by its rows (15 MB less, and a faster cache)
    return _Row(row_id, intern(f[1]), feature, intern(f[9]), intern(f[10]), intern(f[11]), prominence,
                int(f[14]) if len(f) > 14 and f[14] else None, minor, new,
                "\t".join(f[3:9] + f[12:13]).encode("utf-8"))


class Gazetteer:
    """All places, keyed by their folded Arabic names, with a context-aware resolver."""

    def __init__(self, rows: list[_Row], common_words: set[str], dangerous: frozenset[str] = frozenset(),
                 adjectives: frozenset[str] = frozenset()) -> None:
        self.rows = rows
        self.common_words = common_words
        self.adjectives = adjectives  # «الليبية»: a country only where it follows a place
        self.dangerous = dangerous | common_words
        self.matcher: PhraseMatcher[int] = PhraseMatcher(self._entries(), allow_article=True)
        self._villages: dict[str, list[int]] | None = None  # loaded on the first report on Yemen
        self._latin: dict[str, list[int]] | None = None  # skeleton → rows, on the first report on Sudan…
        self._vocabulary: FrequentWords | None = None
        self._english: dict[str, list[int]] | None = None
        self._towns: dict[str, list[tuple[float, float, _Row]]] | None = None  # country → its towns' points, for :meth:`near`

    def _entries(self):
        keys: dict[str, str] = {}  # many villages share a name: fold each name once
        entries = []
        for i, r in enumerate(self.rows):
            names = [r.name_ar, *r.alt_ar.split("|")] if r.alt_ar else [r.name_ar]
            for name in names:
                key = keys.get(name)
                if key is None:
                    key = keys[name] = normalize_key(name)
                if len(key.replace(" ", "")) >= 2:
                    entries.append((key, i))
        with_article = {key for key, _ in entries if key.startswith("ال")}
        for key, i in entries:
            yield key, i
            if "ال" + key in with_article:
                yield "ال" + key, i  # «الدالية» is also the Syrian «دالية», not only another country's «الدالية»
            if " ال" in key:
                yield key.replace(" ال", "ال"), i   # fused spelling: «ديرالزور»
            if key.endswith("اء") and len(key) > 4:
                yield key[:-1], i   # final hamza left out: «شدا», «السويدا»
            if key.startswith("كفر ") and " " not in key[4:]:
                yield "كفر" + key[4:], i   # fused spelling: «كفرعويد»
            elif key.startswith("كفر") and len(key) > 5 and " " not in key:
                yield "كفر " + key[3:], i   # spaced spelling: «كفر نبل»
            if _FUSED_BU.search(key):
                yield _FUSED_BU.sub("البو ", key), i   # spaced tribal prefix: «جزرة البو حميد»

    def __len__(self) -> int:
        return len(self.rows)

    def __getstate__(self) -> dict[str, Any]:
        """Pickled with its rows by column: unpickling builds each row with ``tuple.__new__`` in C (8 ms for
        the 54,000 rows, where a call per row took 50)."""
        return {**self.__dict__, "rows": tuple(zip(*self.rows))}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state, rows=list(map(tuple.__new__, repeat(_Row), zip(*state["rows"]))))

    # ---------------------------------------------------------------------------- matching

    def find(self, folded: str, country_hint: str | None = None) -> list[PlaceMention]:
        """Every place mention in ``folded`` (a text folded with ``fold``), resolved in context."""
        folded = _blank_arabic_punctuation(folded)
        hits = [h for h in self.matcher.find(folded)  # (a grammar word with only doubtful readings is never one)
                if not (_grammar_word(h.key, h.prefix) and all(self.rows[j].new for j in h.payloads))]
        mentions = [m for m in (self._mention(folded, hit) for hit in hits)
                    if self._without_doubtful_rows(folded, m) and not _street_named(folded, m)
                    and not _person_named(folded, m) and not _outlet_named(folded, m)]
        mentions = _without_name_qualifiers(folded, mentions)
        strong_pairs = self._strong_context(mentions)
        looked_further = False  # for Yemeni villages or places known by their Latin names
        if any(country == "Yemen" for country, _ in strong_pairs):
            mentions = sorted(mentions + self._villages_named(folded, mentions), key=lambda m: m.start)
            looked_further = True
        countries = {c for c, _ in strong_pairs} | {self.rows[j].country for m in mentions for j in m.rows
                                                     if self.rows[j].feature == "country"}
        if countries & LATIN_COUNTRIES:
            latin = self._latin_named(folded, mentions, strong_pairs, countries)
            mentions = sorted([m for m in mentions if not any(x.start < m.end and m.start < x.end for x in latin)]
                              + latin, key=lambda m: m.start)
            looked_further = True
        self._link_contexts(folded, mentions)
        if looked_further:  # the places found there (and the village readings added) count too
            strong_pairs = self._strong_context(mentions)
        strong_admin1 = {admin1 for _, admin1 in strong_pairs}
        strong_countries = {country for country, _ in strong_pairs}
        kept: list[PlaceMention] = []
        for i, m in enumerate(mentions):
            if self._plausible(m, mentions, i) and not self._contradicted(folded, mentions, i) and (
                    self._attested(folded, m, strong_admin1, mentions) or self._bare_place(folded, m, kept, strong_countries)):
                kept.append(m)
        mentions = [m for m in kept if not self._elsewhere(m, strong_pairs) and not self._foreign_actor(m)]
        self._link_contexts(folded, mentions)
        doc_admin1, doc_country = self._document_context(mentions)
        for m in mentions:
            self._resolve(m, mentions, doc_admin1, doc_country, country_hint)
        return mentions

    def _mention(self, folded: str, hit: Match[int]) -> PlaceMention:
        words = _words_before(folded, hit.start - len(hit.prefix), 2)
        trigger = qualifier = None
        if words and words[-1] in TRIGGERS:
            trigger = words.pop()
            if _article_form(folded, hit.start - len(hit.prefix), trigger):
                trigger = None  # «القرى المجاورة», «المنطقة»: a noun with its article names no place after it
        if words and (words[-1] in NEAR or words[-1] == RURAL or words[-1] in ROAD and trigger is None):
            qualifier = words[-1]
        elif words and words[-1] == "من" and len(words) > 1 and words[-2] == "بالقرب":
            qualifier = "بالقرب"
        direction = _direction_after(folded, hit.end)
        after_fi = bool(words) and words[-1] == "في"
        after_on = bool(words) and words[-1] == "علي"
        after_prep = hit.prefix.endswith("ب") or bool(words) and (words[-1] in PREPOSITIONS or trigger is not None)
        return PlaceMention(hit.start, hit.end, hit.key, [], None, qualifier, trigger, direction,
                            prefix=hit.prefix, after_fi=after_fi, after_on=after_on, after_prep=after_prep,
                            rows=list(dict.fromkeys(hit.payloads)))

    def _villages_named(self, folded: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """«قرية X», «عزلة X» in a report on Yemen: the Yemen-info villages (kept apart from the automaton,
        and placed at their district's point) named right after a place word that no other place covers."""
        if self._villages is None:
            self._villages = {}
            for row in _read_rows("gazetteer_villages.tsv.gz"):
                self._villages.setdefault(normalize_key(row.name_ar), []).append(len(self.rows))
                self.rows.append(row)
        by_span: dict[tuple[int, int], PlaceMention] = {}
        for m in mentions:
            by_span.setdefault((m.start, m.end), m)  # the first mention of each span, as a walk would find it
        covered = _Spans((m.start, m.end) for m in mentions)
        out = []
        for hit, names in _names_after_place_word(_VILLAGE_AFTER, folded):
            for key, start, end in names:
                rows = self._villages.get(key) or (self._villages.get(key[2:]) if key.startswith("ال") else None)
                if not rows:
                    continue
                same = by_span.get((start, end))
                if same is not None:  # «قرية الحصين»: Yemen-info's villages of that name are readings too
                    same.rows = list(dict.fromkeys(same.rows + rows))
                elif not covered.overlaps(start, end):
                    out.append(PlaceMention(start, end, key, [], None, trigger_word=hit.group(1), rows=list(rows)))
                break
        return [m for m in out if self._without_doubtful_rows(folded, m)]

    def _latin_named(self, folded: str, mentions: list[PlaceMention], strong_pairs: set[tuple[str, str]],
                     countries: set[str]) -> list[PlaceMention]:
        """«بلدة بلعد», «منطقة كازقيل» in a report on Sudan, Somalia or Libya: a place known only by its Latin name
        (``gazetteer_latin.tsv.gz``) whose consonant skeleton is the text's word(s) after a place word, in a
        country the text names; of several readings, those in a governorate the text names, else one governorate."""
        if self._latin is None:
            self._latin = {}
            for row in _read_rows("gazetteer_latin.tsv.gz"):
                for name in {row.name, *row.alt_en.split("|")} - {""}:
                    skeleton = latin_skeleton(name)
                    if len(skeleton) >= _MIN_SKELETON:
                        self._latin.setdefault(skeleton, []).append(len(self.rows))
                self.rows.append(row)
        # a name that only another country's town covers («منطقة X» in a report on Sudan) is read here too
        covered = _Spans((m.start, m.end) for m in mentions if any(self.rows[j].country in countries for j in m.rows))
        countries = countries & LATIN_COUNTRIES
        districts = {(self.rows[j].admin1, self.rows[j].admin2) for m in mentions for j in m.rows
                     if self.rows[j].feature == "admin2" and self.rows[j].country in countries}
        out = []
        for hit, names in _names_after_place_word(_LATIN_AFTER, folded):
            for key, start, end in names:
                if covered.overlaps(start, end) or self.is_common(key.split()):
                    continue
                rows = [j for j in self._latin.get(arabic_skeleton(key), []) if self.rows[j].country in countries
                        and not _other_district(self.rows[j], districts)]
                named_admin1 = [j for j in rows if (self.rows[j].country, self.rows[j].admin1) in strong_pairs]
                rows = named_admin1 or (rows if len({self.rows[j].admin1 for j in rows}) == 1 else [])
                if rows:
                    out.append(PlaceMention(start, end, key, [], None, trigger_word=hit.group(1), rows=rows))
                    break
        return out

    def is_common(self, words: list[str]) -> bool:
        """A word of the language or a place word, not a transliterated name («منطقة العمليات»)."""
        if self._vocabulary is None:
            self._vocabulary = _read_vocabulary()
        return any(w in _GRAMMAR_WORDS or w in self.dangerous or (w[2:] if w.startswith("ال") else w)
                   in self._vocabulary or w in self._vocabulary for w in words if w not in NAME_HEADS)

    def _without_doubtful_rows(self, folded: str, m: PlaceMention) -> bool:
        """Drop the Who's On First and Yemen-info readings of a name that is also a common word («الجيش»،
        «صباح»، «قبل») unless a place word that selects them stands right before it, without the article
        («قرية الحصن», not «القرى المجاورة»). False when no reading is left."""
        if _grammar_word(m.key, m.prefix):
            m.rows = [j for j in m.rows if not self.rows[j].new]  # «بلدات ريف إدلب»
            return bool(m.rows)
        if not (m.key in self.dangerous or m.prefix + m.key in self.dangerous or len(m.key.replace(" ", "")) <= 3):
            return True
        # a singular place word: «مدن الساحل» and «العاصمة السورية» name no place called «الساحل», «السورية»
        wanted = TRIGGERS.get(m.trigger_word or "", ()) if m.trigger_word not in _PLURAL_OR_CAPITAL else ()
        m.rows = [j for j in m.rows if not self.rows[j].new or self.rows[j].feature in wanted]
        return bool(m.rows)

    def _link_contexts(self, folded: str, mentions: list[PlaceMention]) -> None:
        """Mark each mention followed (through connector words only) by the area that contains it."""
        for m in mentions:
            m.parent, m.is_context = None, False
        closing: dict[int, int] = {}  # mention → the next one, when only connector words lie between them
        for i in range(len(mentions) - 1):
            left, right = mentions[i], mentions[i + 1]
            if right.key in self.adjectives and all(self.rows[j].new or self.rows[j].minor and left.key in self.dangerous
                                                    for j in left.rows):
                continue  # «الحكومة اليمنية» is no Yemeni village called «الحكومة»
            gap = folded[left.end:right.start - len(right.prefix)] + " " + right.prefix
            if only_connectors(gap) and not _list_gap(gap):
                closing[i] = i + 1
                if self._can_contain(right, left):
                    left.parent = i + 1
                    right.is_context = True
        # «قرى A وB وC بريف Z»: every item of a list is located by the area that closes it
        for i in range(len(mentions) - 2, -1, -1):
            left, right = mentions[i], mentions[i + 1]
            area = right.parent if right.parent is not None else closing.get(i + 1)
            if left.parent is None and area is not None and not left.is_context and not right.is_context \
                    and _list_gap(folded[left.end:right.start - len(right.prefix)] + " " + right.prefix) \
                    and self._can_contain(mentions[area], left):
                left.parent = area
                mentions[area].is_context = True

    def _contradicted(self, folded: str, mentions: list[PlaceMention], i: int) -> bool:
        """«قرية الدردارة بريف الحسكة»، «حي الرميلة في مدينة الرقة»: when no reading of a village or
        neighbourhood lies in the governorate of the place the text puts it in, it is another one that the
        gazetteer lacks, and the containing place stands alone."""
        if i + 1 >= len(mentions) or mentions[i].parent is not None:
            return False
        after = i + 1  # «حي الزهور الجنوبي بمدينة الرقة»: «الجنوبي», «مدينة» are words of the link, not places
        while after + 1 < len(mentions) and (_strip(mentions[after].prefix + mentions[after].key) in _LINK_WORDS
                                             or mentions[after].key in NAME_QUALIFIERS):
            after += 1
        left, right = mentions[i], mentions[after]
        left_rows = [self.rows[j] for j in left.rows]
        if left.trigger_word in _VILLAGE_WORDS or left.trigger_word == "حي":  # «قرية الحلة»: the district of
            left_rows = [r for r in left_rows if r.feature in _SMALL_FEATURES]  # that name is not meant
        if not left_rows or any(r.feature not in _SMALL_FEATURES for r in left_rows):
            return False
        # «حي الرميلة وسط مدينة الرقة»: a quarter in the middle of the city named after it
        gap = " ".join(w for w in folded[left.end:right.start - len(right.prefix)].split(" ")
                       if w not in NAME_QUALIFIERS and not (left.trigger_word in _QUARTER_WORDS and w == _MIDDLE))
        if not only_connectors(gap + " " + right.prefix) or not (gap + right.prefix).strip():
            return False  # «قرية المقاش بمديرية الصفراء»: a proclitic alone links the two as well
        city_governorate = any(self.rows[j].admin1 in _CITY_GOVERNORATES for j in right.rows)
        if city_governorate and any(_strip(w) in COMPASS for w in gap.split()) and left.trigger_word != "حي":
            return False  # «أشرفية صحنايا جنوب غربي دمشق» is beside the capital, in the governorate around it
        # the containing town is its prominent reading: «بمدينة الرقة» is not one of the villages called so
        right_rows = [self.rows[j] for j in right.rows if not self.rows[j].minor] or [self.rows[j] for j in right.rows]
        right_admin1 = {r.admin1 for r in right_rows if r.admin1}
        right_country = {r.country for r in right_rows if r.feature == "country"}
        return not any(r.admin1 in right_admin1 or r.country in right_country for r in left_rows)

    def _can_contain(self, outer: PlaceMention, inner: PlaceMention) -> bool:
        """True when some reading of ``outer`` (a governorate, a country…) holds some reading of ``inner``."""
        inner_rows = set(inner.rows)  # a place does not contain itself («الظاهر» … «الظاهر»)
        outer_rows = [self.rows[j] for j in outer.rows if j not in inner_rows
                      and not (self.rows[j].new and self.rows[j].feature in _SMALL_FEATURES)]
        admin1 = {r.admin1 for r in outer_rows if r.admin1}
        countries = {r.country for r in outer_rows if r.feature in ("country", "region")}  # «جنوب لبنان»
        return any(self.rows[j].admin1 in admin1 or self.rows[j].country in countries for j in inner.rows)

    def _plausible(self, m: PlaceMention, mentions: list[PlaceMention], index: int) -> bool:
        """Guard against common words that are also village names."""
        rows = [self.rows[j] for j in m.rows]
        article_added = m.prefix.endswith(("ال", "لل")) and not m.key.startswith("ال")
        word = ("ال" + m.key) if article_added else m.key
        located = m.parent is not None or m.qualifier == RURAL or m.direction is not None
        if word in _GENERIC_NOUNS:
            return False
        if word in self.common_words or m.key in self.common_words:
            located = m.parent is not None or m.qualifier == RURAL
            large = m.after_fi and any(r.prominence >= 100_000 for r in rows)
            return m.trigger_word is not None or located or large
        if any(r.feature in _STRONG_FEATURE or r.id.startswith("X-") or r.prominence >= 50_000 and not r.minor
               for r in rows):
            return True
        if article_added:
            return m.trigger_word is not None or located
        if len(m.key.replace(" ", "")) <= 3:
            return m.trigger_word is not None or located or m.prefix in {"ب", "وب", "فب"} or m.after_fi
        return True

    def _bare_place(self, folded: str, m: PlaceMention, kept: list[PlaceMention], strong_countries: set[str]) -> bool:
        """«في ترمانين», «قرب دركوش», «بين تفتناز وترمانين»: a village name with no place word before it is a
        place after a preposition, or as the next item of a list of places, unless the name is also a common
        word or a person's name (``gazetteer_dangerous.txt``, ``common_words``)."""
        article_added = m.prefix.endswith(("ال", "لل")) and not m.key.startswith("ال")
        word = m.prefix + m.key  # «بارزة» is no «ب» + «ارزة»
        if article_added or m.key in self.dangerous or ("ال" + m.key) in self.dangerous or word in self.dangerous:
            return False
        if len(m.key.replace(" ", "")) <= 3:
            return False
        if strong_countries and not any(self.rows[j].country in strong_countries for j in m.rows):
            return False  # a Yemeni village name in a report on Syria is an ordinary word there
        if m.after_prep:
            return True
        if not kept:
            return False
        gap = folded[kept[-1].end:m.start - len(m.prefix)] + " " + m.prefix
        if len(gap) <= 12 and all(t in _LIST_MARKS for t in _TOKEN.findall(gap)) and "و" in gap + "،,":
            return True
        return _past_unknown_items(gap)

    def _foreign_actor(self, m: PlaceMention) -> bool:
        """A neighbouring country named alone («وتشن تركيا عمليات…») is mostly a state acting, not a place;
        it counts when it locates a place («جازان السعودية») or a direction names part of it («شمال إسرائيل»)."""
        rows = [self.rows[j] for j in m.rows]
        foreign = [r for r in rows if r.feature == "country" and (r.country not in EIGHT or m.key in self.adjectives)]
        return bool(foreign) and not (m.is_context or m.qualifier or m.direction or m.trigger_word)

    def _elsewhere(self, m: PlaceMention, strong_pairs: set[tuple[str, str]]) -> bool:
        """A village known only from Who's On First, Yemen-info or a neighbour's towns, with no container named
        beside it, counts only in a governorate the text names («منطقة سوق الجمعة» in a report on Tripoli is
        not the village of Misrata): its other readings are other places of the same name, which the gazetteer
        lacks. True when no reading is left."""
        rows = [self.rows[j] for j in m.rows]
        if m.parent is not None or not strong_pairs or not rows or not all(r.new and r.minor for r in rows):
            return False
        m.rows = [j for j in m.rows if (self.rows[j].country, self.rows[j].admin1) in strong_pairs]
        return not m.rows

    def _strong_context(self, mentions: list[PlaceMention]) -> set[tuple[str, str]]:
        """(country, governorate) pairs the text names through an admin unit, a region or a large town."""
        out: set[tuple[str, str]] = set()
        for m in mentions:
            rows = [self.rows[j] for j in m.rows]
            if any(r.feature in _STRONG_FEATURE or r.prominence >= SMALL_PLACE and not r.minor for r in rows):
                out |= {(r.country, r.admin1) for r in rows if r.admin1}
        return out

    def _attested(self, folded: str, m: PlaceMention, strong_admin1: set[str], mentions: list[PlaceMention]) -> bool:
        """A small village or neighbourhood name needs evidence that it is a place here.

        Thousands of village names are also ordinary words («جروح»، «عليه»، «جديدة»): such a mention
        counts only after a place word (قرية، بلدة، حي…), inside a «بريف X»/«X بمحافظة Y» context, or after
        في/على/ب when it is a district seat, a town outside Syria, or the text names its governorate elsewhere.
        """
        rows = [self.rows[j] for j in m.rows]
        parent = mentions[m.parent] if m.parent is not None else None
        in_town = parent is not None and TRIGGERS.get(parent.trigger_word or "", ("",))[0] in _TOWN_FEATURES
        # «ومقاتلي العشائر في بلدة ذيبان»: a town named with its place word locates no bare word before it
        bare = not (m.trigger_word is not None or (parent is not None and not in_town)
                    or m.qualifier not in (None, *ROAD) or m.direction)
        if bare and self._common_noun(folded, m, rows):
            return False
        if any(not r.minor for r in rows):
            return True
        if not bare:
            return True
        if m.key.split(" ", 1)[0] in TRIGGERS:
            return True  # the name holds its place word: «مديرية دار سعد»
        if not (m.after_fi or m.after_on or m.prefix.endswith("ب")):
            return False
        if m.key in self.dangerous or m.prefix + m.key in self.dangerous:
            if m.prefix and self.is_common([m.prefix + m.key]):
                return False  # «بواسطة الطيران المسيّر»: with its proclitic the name is a word of the language
            rows = [r for r in rows if not r.new]
        # GeoNames towns outside Syria (population ≥ 500) are few and known
        return any(r.admin1 in strong_admin1 or r.prominence >= SEAT and not r.new
                   or r.id.startswith("GN") and r.country in EIGHT for r in rows)

    def _common_noun(self, folded: str, m: PlaceMention, rows: list[_Row]) -> bool:
        """A word of the language that also names a district or a quarter, standing bare where a noun does:
        «و» and a word («وانه دوى صوت») or opening a clause, when no large town has the name, or opening a relative clause
        («في الصور التي تم تداولها»)."""
        if not (m.key in self.dangerous or m.prefix + m.key in self.dangerous):
            return False
        if _RELATIVE_AFTER.match(folded, m.end) is not None:
            return True
        if any(r.feature in _STRONG_FEATURE or r.feature == "populated" and r.prominence >= SMALL_PLACE for r in rows):
            return False
        if m.key.startswith("و") and self.is_common([m.key[1:]]):
            return True  # «وانه»: «و» and a word
        before = _TOKEN.findall(folded[max(0, m.start - len(m.prefix) - 20):m.start - len(m.prefix)])
        return not before or before[-1] in ",.:"  # a clause opens on it: a word, not «سجن صيدنايا»

    def _document_context(self, mentions: list[PlaceMention]) -> tuple[Counter, Counter]:
        """Governorates and countries named unambiguously anywhere in the text."""
        admin1: Counter = Counter()
        country: Counter = Counter()
        for m in mentions:
            rows = [self.rows[j] for j in m.rows]
            if all(r.minor and r.new for r in rows):
                continue  # thousands of Yemeni village names are words: they do not set the document's country
            if len({r.admin1 for r in rows}) == 1 and rows[0].admin1:
                admin1[rows[0].admin1] += 1
            if len({r.country for r in rows}) == 1:
                country[rows[0].country] += 1
        return admin1, country

    # -------------------------------------------------------------------------- resolution

    def _resolve(self, m: PlaceMention, mentions: list[PlaceMention], doc_admin1: Counter,
                 doc_country: Counter, country_hint: str | None) -> None:
        parent = mentions[m.parent] if m.parent is not None else None
        parent_rows = [self.rows[j] for j in parent.rows] if parent else []
        # «بريف القنيطرة»: the governorate, not the Tartus village also called القنيطرة
        area_admin1 = {r.admin1 for r in parent_rows if r.feature in _AREA_FEATURES and r.admin1}
        if area_admin1:
            parent_rows = [r for r in parent_rows if r.admin1 in area_admin1]
        if m.trigger_word is None and any(self.rows[j].feature == "country" for j in m.rows):
            m.rows = [j for j in m.rows if self.rows[j].feature == "country"]  # «تركيا» the country, not a village
        seats = {self.rows[j].admin2 for j in m.rows if self.rows[j].feature == "admin2"}
        container = _Container.of(parent_rows)
        scored = sorted(m.rows, key=lambda j: -self._score(self.rows[j], m, container, doc_admin1,
                                                            doc_country, country_hint)
                        - 30 * (self.rows[j].feature == "populated" and self.rows[j].admin2 in seats))
        m.rows = scored
        precision = self._precision(m)
        m.candidates = [self.place(j, precision(self.rows[j])) for j in scored]
        m.place = m.candidates[0] if m.candidates else None

    def _score(self, r: _Row, m: PlaceMention, container: _Container | None, doc_admin1: Counter,
               doc_country: Counter, country_hint: str | None) -> float:
        score = 0.0
        if container is not None:
            if r.admin1 in container.admin1:
                score += 250  # «مدينة طويلة بولاية شمال دارفور»: the container outweighs the place word
            if r.country in container.country_named:
                score += 1000  # «النبطية جنوبي لبنان»: the country the text names decides
            if r.admin2 and r.admin2 in container.admin2:
                score += 40
            if r.country in container.countries:
                score += 20
        score += 6 * min(doc_admin1.get(r.admin1, 0), 4) + 6 * min(doc_country.get(r.country, 0), 4)
        if country_hint and r.country.lower() == country_hint.lower():
            score += 60
        score += _feature_preference(r.feature, m)
        if r.feature == "admin1" and not m.trigger_word:
            score += 10  # «الأنبار» alone is the governorate, before a village of that name elsewhere
        if m.key.startswith("ال") and not m.trigger_word and not r.name_ar.startswith(_ARTICLES):
            score -= 15  # … read as «أنبار» only through the article the text adds
        if r.id.startswith("X-"):
            score += 15
        if r.new:
            score -= 12  # a GeoNames or OCHA reading of the same name is the better-known place
        return score + math.log10(r.prominence + 1)

    def _precision(self, m: PlaceMention):
        def precision(r: _Row) -> int:
            base = r.precision or FEATURE_PRECISION.get(r.feature, 1)
            if (m.qualifier or m.direction) and base < 3:
                return 2
            if (m.qualifier or m.direction) and r.feature == "admin1":
                return 2
            return base
        return precision

    def place(self, index: int, geo_precision: int | None = None) -> GeoPlace:
        """The gazetteer row ``index`` as a Place."""
        r = self.rows[index]
        name, name_ar, lat, lon, pcode = r.printed()
        return GeoPlace(name=name, name_ar=name_ar, lat=lat, lon=lon, country=r.country,
                        admin1=r.admin1 or None, admin2=r.admin2 or None, admin3=r.admin3 or None,
                        pcode=pcode or None,
                        geo_precision=geo_precision or r.precision or FEATURE_PRECISION.get(r.feature, 1),
                        feature=r.feature)

    def near(self, place: Place, km: float, bearing: float) -> Place:
        """The point ``km`` from ``place`` towards ``bearing`` (degrees from north), «على بعد 27 كلم شمال
        مقديشو»: named after the place it is measured from, with the districts of the nearest town of the same
        country there (ACLED geo_precision 2, near a named place)."""
        if place.lat is None or place.lon is None:
            return place
        lat = place.lat + km / _KM_PER_DEGREE * math.cos(math.radians(bearing))
        lon = place.lon + km / (_KM_PER_DEGREE * math.cos(math.radians(place.lat))) * math.sin(math.radians(bearing))
        if self._towns is None:
            self._towns = {}
            for r in self.rows:
                if r.feature == "populated" and not r.new:
                    _, _, town_lat, town_lon, _ = r.printed()
                    if town_lat is not None and town_lon is not None:
                        self._towns.setdefault(r.country, []).append((town_lat, town_lon, r))
        towns = self._towns.get(place.country, [])
        if not towns:
            return place
        _, _, town = min(towns, key=lambda t: (t[0] - lat) ** 2 + ((t[1] - lon) * math.cos(math.radians(lat))) ** 2)
        return replace(place, lat=round(lat, 5), lon=round(lon, 5), admin1=town.admin1 or None,
                       admin2=town.admin2 or None, admin3=town.admin3 or None, pcode=None, geo_precision=2)

    def english(self, name: str) -> list[int]:
        """Rows whose English name or variant is ``name`` (case-insensitive), most prominent first."""
        if self._english is None:
            self._english = {}
            for i, r in enumerate(self.rows):
                for n in {r.name, *r.alt_en.split("|")}:
                    if n:
                        self._english.setdefault(n.casefold(), []).append(i)
        rows = self._english.get(name.strip().casefold(), [])
        return sorted(rows, key=lambda j: -(_feature_preference(self.rows[j].feature, None)
                                            + math.log10(self.rows[j].prominence + 1)))


def _blank_arabic_punctuation(folded: str) -> str:
    """``folded`` with each mark of ``_ARABIC_PUNCT`` a space (same length: offsets unchanged)."""
    for mark in _ARABIC_PUNCT:
        if mark in folded:
            folded = folded.replace(mark, " ")
    return folded


def _past_unknown_items(gap: str) -> bool:
    """«حاس وكفرومة ومعرة حرمة ومعرزيتا»: between the last place and this one stand at most two list items the
    gazetteer lacks, each «وX» of one to three words, and this one opens with «و» too."""
    tokens = [t for t in _TOKEN.findall(gap) if t not in _QUOTE_MARKS]
    if len(gap) > UNKNOWN_ITEMS_GAP or not tokens or tokens[-1] != "و":
        return False
    items, length = 0, 0
    for t in tokens[:-1]:
        if t in _LIST_MARKS:
            continue
        inside = items and length < 3 and not t.startswith("و") and t not in PREPOSITIONS
        if not inside and (t in _LIST_BREAKERS or t[1:] in _LIST_BREAKERS) or any(ch.isdigit() for ch in t):
            return False  # (place and compass words may be part of a name: «وعين الورد الغربية»)
        if t.startswith("و") and len(t) > 2:
            items, length = items + 1, 1
        elif items and length < 3:
            length += 1
        else:
            return False
    return 0 < items <= 2



def _without_name_qualifiers(folded: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """«قرية الحلة الجديدة»: a qualifier right after a village's name is part of that name, not a village called
    «الجديدة» that would contain it."""
    out: list[PlaceMention] = []
    for m in mentions:
        if out and m.key in NAME_QUALIFIERS and not m.prefix and not folded[out[-1].end:m.start].strip():
            continue
        out.append(m)
    return out


def distance_before(folded: str, pos: int) -> tuple[int, float, float] | None:
    """«على بعد 27 كلم شمال العاصمة …», «(68 كم شمال غرب …»: where a distance and a bearing stand right before
    ``pos`` (a place name), the start of that phrase, the kilometres and the bearing in degrees."""
    start = max(0, pos - 60)
    hit = _DISTANCE_BEFORE.search(folded[start:pos])
    if hit is None:
        return None
    first, second = _BEARINGS[hit.group(2)], _BEARINGS.get(hit.group(3) or "")
    bearing = first if second is None else (first + second) / 2 if abs(first - second) < 180 else 315.0
    return start + hit.start(), float(hit.group(1)), bearing


_RURAL_PREFERENCE = {"admin1": 200, "admin2": 150, "populated": 120}  # «بريف X»
_FEATURE_PREFERENCE = {"populated": 60, "camp": 55, "site": 55, "admin1": 50, "region": 50, "country": 50,
                       "neighbourhood": 40, "admin2": 20, "admin3": 10}


def _feature_preference(feature: str, m: PlaceMention | None) -> float:
    """How well a feature fits the words around the mention."""
    if m is not None and m.trigger_word:
        wanted = TRIGGERS[m.trigger_word]
        if feature in wanted:
            return 200 - 10 * wanted.index(feature)
    if m is not None and m.qualifier == RURAL:
        return _RURAL_PREFERENCE.get(feature, 0)
    return _FEATURE_PREFERENCE.get(feature, 0)


def _grammar_word(key: str, prefix: str) -> bool:
    """A name that is a word of the grammar («بين», «البلدات»), or read behind «ك» («كودنة» is no «ك» + «ودنة»):
    only its well-known readings count (``Gazetteer._without_doubtful_rows``)."""
    bare = key[2:] if key.startswith("ال") else key
    return bare in _GRAMMAR_WORDS or key in _GRAMMAR_WORDS or "ك" in prefix


def _strip(word: str) -> str:
    """A word without its proclitics (the shortest that leaves one) when the rest is a known
    trigger/qualifier/connector."""
    if word in _STRIPPED_WORDS:
        return word
    for length in (1, 2, 3):  # a word opens with at most one proclitic string of each length
        rest = word[length:]
        if word[:length] in _SHORT_PROCLITICS and rest in _STRIPPED_WORDS:
            return rest
    return word


def _words_before(folded: str, pos: int, n: int) -> list[str]:
    """The ``n`` words before ``pos`` (proclitics stripped from known words), nearest last."""
    tokens = _TOKEN.findall(folded[max(0, pos - 40):pos])
    words = []
    for tok in reversed(tokens):
        if tok in _QUOTE_MARKS and not words:
            continue  # «بلدات "حاس»: a quoted list still follows its place word
        if not is_word_char(tok[0]):
            break
        words.append(_strip(tok))
        if len(words) == n:
            break
    return list(reversed(words))


def _street_named(folded: str, m: PlaceMention) -> bool:
    """«شارع بغداد», «منطقة باب طبرق بمدينة درنة»: a street, gate or square named after a place is not that place."""
    if m.prefix + m.key in STREET_WORDS:
        return True  # «باب» is no «ب» + «اب» (Ibb)
    if m.key.split(" ", 1)[0] in TRIGGERS:
        return False  # «شارع مدينة إدلب»: the city's street
    words = _TOKEN.findall(folded[max(0, m.start - len(m.prefix) - 12):m.start - len(m.prefix)])
    return bool(words) and strip_proclitic(words[-1], STREET_WORDS, _PROCLITICS) in STREET_WORDS or words[-1:] and words[-1] in STREET_WORDS


def _outlet_named(folded: str, m: PlaceMention) -> bool:
    """«قناة الميادين», «صحيفة "الخليج"»: a channel, paper or agency named after a place is not that place."""
    if m.prefix:
        return False
    words = [w for w in _TOKEN.findall(folded[max(0, m.start - 16):m.start]) if w not in _QUOTE_MARKS]
    return bool(words) and words[-1] in OUTLET_WORDS


def _person_named(folded: str, m: PlaceMention) -> bool:
    """«العقيد بدر محمد», «النقيب حامد العبيدي»: a name right after a rank or a title, or after the title and a
    first name, is a person's, not a place (a place word between them makes it a place again)."""
    if m.prefix or m.key.split(" ", 1)[0] in TRIGGERS:
        return False
    words = _TOKEN.findall(folded[max(0, m.start - 40):m.start])[-2:]
    if not words or not all(is_word_char(w[0]) for w in words):
        return False
    return words[-1] in TITLES or len(words) == 2 and words[0] in TITLES and words[1] not in _GRAMMAR_WORDS


def _article_form(folded: str, pos: int, trigger: str) -> bool:
    """The place word before ``pos`` carries the article («القرى», «والمنطقة») though it is not «العاصمة»."""
    tokens = _TOKEN.findall(folded[max(0, pos - 20):pos])
    tokens = [t for t in tokens if t not in _QUOTE_MARKS]
    return bool(tokens) and not trigger.startswith("ال") and tokens[-1].endswith("ال" + trigger)


def _direction_after(folded: str, end: int) -> str | None:
    """«الغربي»/«الشمالي الغربي» right after a name."""
    tokens = folded[end:end + 30].split()
    if tokens and tokens[0] in DIRECTIONS:
        two = " ".join(tokens[:2])
        return two if two in DIRECTIONS else tokens[0]
    return None


def _list_gap(gap: str) -> bool:
    """«A وقرية B», «A وB», «A، بلدة B»: two items of a list, not a place and the area that holds it."""
    if len(gap) > _MAX_GAP:
        return False
    tokens = _TOKEN.findall(gap)
    joined = False
    for t in tokens:
        if not is_word_char(t[0]):
            if t not in _GAP_PUNCT or t in "()":
                return False
            joined = joined or t in ",،"
        elif t == "و" or t.startswith("و") and _strip(t[1:]) in _LIST_TRIGGERS | _CITY_WORDS:  # «A ومدينة B»
            joined = True
        elif _strip(t) not in _LIST_TRIGGERS:
            return False
    return joined or any(_strip(t) in _LIST_TRIGGERS for t in tokens)


def only_connectors(gap: str) -> bool:
    """True when the text between two names holds only connector words and light punctuation."""
    if _DIGIT.search(gap):  # (most gaps hold no figure and no «سيطر»: no need to run the patterns)
        gap = _DISTANCE_IN_GAP.sub(" ", gap)  # «قرية X (25 كم شمال غرب مدينة Y)»: Y locates X
    if "سيطر" in gap:
        gap = UNDER_CONTROL.sub(" ", gap)  # «قرية X الخاضعة لسيطرة النظام في ريف Y»
    if len(gap) > _MAX_GAP:
        return False
    tokens = _TOKEN.findall(gap)
    if any(t in ".؟!؛;" for t in tokens):
        return False
    return all(t in _GAP_PUNCT or t in _BARE_PROCLITICS or _strip(t) in CONNECTORS for t in tokens)


# ------------------------------------------------------------------------------- loading


class _Spans:
    """Fixed spans ``[start, end)`` that answer «does any of them overlap this one?» by bisection, not by a walk
    over all of them (a long document names thousands of places)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._max_end = list(accumulate((e for _, e in ordered), max))  # the furthest end up to each span

    def overlaps(self, start: int, end: int) -> bool:
        """Some span starts before ``end`` and ends after ``start``."""
        k = bisect_left(self._starts, end)  # the spans that start before ``end``
        return k > 0 and self._max_end[k - 1] > start


def _names_after_place_word(pattern: re.Pattern, folded: str):
    """For each place word that ``pattern`` finds («قرية X Y»), the hit and the names after it, longest first:
    (key, start, end) for «X Y», then for «X» alone."""
    for hit in pattern.finditer(folded):
        words = [hit.group(2), hit.group(3)] if hit.group(3) else [hit.group(2)]
        names = []
        for n in dict.fromkeys((len(words), 1)):
            key = " ".join(words[:n])
            names.append((key, hit.start(2), hit.start(2) + len(key)))
        yield hit, names


def _read_rows(name: str = "gazetteer.tsv.gz") -> list[_Row]:
    path = resources.files("rasid") / "data" / name
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").split("\n")
    rows = []
    for line in lines[1:]:
        if not line:
            continue
        rows.append(_row(line.split("\t")))
    return rows


# Words at least this frequent (Zipf × 10 in ``vocabulary_ar.txt.gz``) are the language's, not transliterated names.
_COMMON_LEVEL = 35


def _read_vocabulary() -> FrequentWords:
    """The common words of ``vocabulary_ar.txt.gz`` (read once by ``rasid.text.vocab``, not again here; its words
    are folded already)."""
    return load_vocabulary().at_least(_COMMON_LEVEL)


def _other_district(row: _Row, districts: set[tuple[str, str]]) -> bool:
    """The text names districts of the row's governorate («بمحلية الكاملين»), none of them the row's."""
    return any(admin1 == row.admin1 for admin1, _ in districts) and (row.admin1, row.admin2) not in districts


def arabic_skeleton(text: str) -> str:
    """The consonant skeleton of an Arabic name («الكازقيل» → «kskl»), article dropped, doubles merged."""
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in text.split()]
    return _merge_doubles("".join(words).translate(_ARABIC_SKELETON))


def latin_skeleton(name: str) -> str:
    """The consonant skeleton of a Latin name («El Magarit» → «mkrt», «Dhuusa Mareeb» → «tsmrb»)."""
    words = [w for w in _LATIN_ARTICLE.split(name.casefold()) if w]
    text = "".join(words)
    for digraph, letter in _LATIN_DIGRAPHS:
        text = text.replace(digraph, letter)
    return _merge_doubles("".join(c for c in text.translate(_LATIN_SKELETON) if c in "tksbflmnr"))


def _merge_doubles(text: str) -> str:
    return re.sub(r"(.)\1+", r"\1", text)


def _read_dangerous() -> frozenset[str]:
    text = (resources.files("rasid") / "data" / "gazetteer_dangerous.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.split("\n") if line and not line.startswith("#"))


@cache
def _extra() -> dict:
    text = (resources.files("rasid") / "data" / "places_extra.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def actors_abroad(country: str) -> frozenset[str]:
    """The countries where armed actors of ``country`` are often reported (places_extra.yaml: actors_abroad)."""
    return frozenset((_extra().get("actors_abroad") or {}).get(country) or ())


def _read_common_words() -> set[str]:
    return {normalize_key(w) for w in _extra().get("common_words", [])}


def _read_adjectives() -> frozenset[str]:
    return frozenset(normalize_key(w) for names in (_extra().get("country_adjectives") or {}).values() for w in names)


@cache
def gazetteer() -> Gazetteer:
    """The whole gazetteer, loaded once (from the compiled cache when it is there)."""
    return cached("gazetteer", _build_gazetteer)


def _build_gazetteer() -> Gazetteer:
    return Gazetteer(_read_rows(), _read_common_words(), _read_dangerous(), _read_adjectives())


# ------------------------------------------------------------------------------- geocode

def primary(mentions: list[PlaceMention]) -> PlaceMention | None:
    """The mention a phrase is about: the first one that does not merely locate another."""
    for m in mentions:
        if not m.is_context and m.place is not None:
            return m
    return mentions[0] if mentions else None


def geocode(query: str, all_candidates: bool = False, country_hint: str | None = None) -> list[GeoPlace]:
    """Resolve a place phrase («بلدة الجزرات بريف دير الزور الغربي», «Raqqa») to places, best first.

    With ``all_candidates``: every place a list names («قرى A وB وC بريف Z» → A, B, C), or, for a phrase that
    names one place, every reading of it. A settlement the gazetteer lacks («قرية الدرنوسية بريف الحسكة»)
    keeps its Arabic name, transliterated, at the point of the container the phrase names (geo_precision 2)."""
    gaz = gazetteer()
    folded = fold(query)
    mentions = gaz.find(folded.text, country_hint=country_hint)
    best = primary(mentions)
    unlisted = _unlisted(query, folded, best)
    if unlisted is not None:
        return [unlisted]
    if best is not None:
        if not all_candidates:
            return best.candidates[:1]
        listed = named_places(mentions)
        return listed if len(listed) > 1 else best.candidates
    rows = gaz.english(query)
    places = [gaz.place(j) for j in rows]
    return places if all_candidates else places[:1]


def named_places(mentions: list[PlaceMention]) -> list[Place]:
    """The resolved place of every mention that does not merely locate another, in text order."""
    return [m.place for m in mentions if not m.is_context and m.place is not None]


_UNLISTED = re.compile(r"^\s*(?:في |على |ب)?(?:قرية|بلدة|مدينة|حي|مزرعة|منطقة)\s+(\S+(?:\s+\S+)?)\s+(?:ب|في |التابعة ل)")


def _unlisted(query: str, folded, best: PlaceMention | None) -> GeoPlace | None:
    """«قرية X بريف Y» where X is no known place: X at Y's point, precision 2."""
    hit = _UNLISTED.match(query)
    if best is None or hit is None or best.place is None or best.place.feature in _SMALL_FEATURES:
        return None
    if best.start < folded.span(hit.start(1), hit.end(1))[1]:
        return None  # the gazetteer knows the settlement itself
    from rasid.extract.notes import transliterate

    name_ar = hit.group(1).strip()
    container = best.place
    return GeoPlace(name=transliterate(name_ar), name_ar=name_ar, lat=container.lat, lon=container.lon,
                    country=container.country, admin1=container.admin1, admin2=container.admin2,
                    admin3=container.admin3, pcode=None, geo_precision=2, feature="populated")
