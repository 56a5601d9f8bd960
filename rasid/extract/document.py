"""From candidate frames to the document's events: resolve, merge tellings of one incident, add evidence."""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from rasid.extract.frames import TERRITORY, WEAK_RANK, Candidate, finer_place, governorate_of, incident_kind, \
    merge_rally, one_rally, split_list_toll, suicide_told
from rasid.extract.notes import describe, transliterate
from rasid.extract.roles import ActorRoles, Role
from rasid.lexicon.actors import ActorEntry, catalog
from rasid.lexicon.time import weekdays_named
from rasid.records import Event, Place
from rasid.text.offsets import MappedText

_COARSE = {"admin1", "admin2", "region", "country"}
_VIOLENCE = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
UNIDENTIFIED = "unidentified_armed_group"
CIVILIANS = "civilians"
RIOTERS = "rioters"
PROTESTERS = "protesters"
TRANSITION = "2024-12-08"
WEEK_TOLERANCE = 3
GOVERNORATE_WORD = "محافظه"  # folded «محافظة»
BORROWED_DAY_TOLERANCE = 1  # a date borrowed from the report against the day a later telling names
TRANSITIONAL_FORCES = "syria_gov_forces"
SDF_AREAS = {"Hasakah", "Raqqa", "Deir ez-Zor", "Aleppo"}
BARREL_BOMBERS = {"Syria": "syria_assad_forces"}  # ACLED: in Syria only the regime's helicopters dropped barrel bombs
_BARREL = re.compile(r"(?<!\S)[وب]?(?:ال)?(?:برميل|براميل|برميلا)(?!\S)")
TURKEY, SDF = "turkish_military", "sdf"
# PLOVER follows the final ACLED type (an «attack» trigger can end as a battle); others keep the trigger's.
_PLOVER = {"Battles": "FIGHT", "Explosions/Remote violence": "ASSAULT", "Violence against civilians": "ASSAULT",
           "Protests": "PROTEST", "Riots": "PROTEST"}
# «مطار التيفور» is the T4 airbase, named «التيفور»: the kind of site is not part of the name.
_SITE_WORDS = re.compile(r"^(?:مطار|ميناء|قاعدة|منطقة)\s+")


@dataclass(slots=True)
class Context:
    """What the final stage needs besides the candidates: texts and maps back to the original."""

    doc_id: str
    original: str
    repaired: str
    to_original: MappedText      # folded text -> original text
    to_repaired: MappedText      # folded text -> repaired text
    published: str | None = None  # YYYY-MM-DD: the period of an actor when the event date is unknown


def build_events(cands: list[Candidate], ctx: Context) -> tuple[list[Event], list[str]]:
    """Merge candidates that tell the same incident, then turn each into an Event record."""
    warnings: list[str] = []
    kept = []
    for c in cands:
        if c.place is None or c.place.place is None or c.place.place.feature == "country":
            warnings.append(f"event skipped: no place at governorate level or finer in «{_snippet(c, ctx)}»")
            continue
        kept.append(c)
    merged: list[Candidate] = []
    starts = [c.sentence.start for c in kept]  # in text order, as build_candidates gives them
    heads = [c for c in kept if c.sentence.subheading and _heads_a_section(c, kept, bisect_right(starts, c.sentence.start))]
    head_ids = {id(c) for c in heads}
    body = [c for c in kept if not c.sentence.headline and id(c) not in head_ids]
    lists = ListTolls(body)
    headlines = [c for c in kept if c.sentence.headline]
    for head in headlines:
        twin = next((b for b in body if _headline_of(head, b)), None)
        if twin is not None:
            lists.note(twin, head)
            _merge_headline(twin, head, share=sum(h.sentence is head.sentence for h in headlines) > 1)
    body_starts = [c.sentence.start for c in body]
    for head in heads:  # «اعتقالات في ريف جبلة» above «… أعلنت إدارة الأمن العام اعتقال عدد من المطلوبين …»
        below = range(bisect_right(body_starts, head.sentence.start), len(body))
        twin = next(body[i] for i in below if _headline_of(head, body[i]))
        lists.note(twin, head)
        _merge_headline(twin, head)
    by_area: dict[tuple[str, str, str | None], Tellings] = {}  # only these can be one incident
    for c in body:
        area = by_area.setdefault(_incident_area(c), Tellings())
        twin = area.twin(c, ctx)
        if twin is None:
            merged.append(c)
            area.add(c)
        else:
            lists.note(twin, c)
            _merge(twin, c)  # the twin keeps its area: the place it may take is in the same governorate
            area.refile(twin)
    lists.split()
    return [_event(c, ctx) for c in merged], warnings


class ListTolls:
    """Villages one sentence lists as hit together, with no toll of their own («قرى (A وB وC)»), and the tolls
    that tellings of the whole attack give them as they merge («والهجوم يسفر عن مقتل تسعة»): such a toll,
    told with no village of its own, is split among the villages (ACLED); one told at a village stays there."""

    def __init__(self, body: list[Candidate]) -> None:
        by_sentence: dict[int, list[Candidate]] = {}
        for c in body:
            by_sentence.setdefault(id(c.sentence), []).append(c)
        self.groups = [g for g in by_sentence.values() if len(g) > 1 and len({c.event_type for c in g}) == 1
                       and all(c.own_place and not _has_toll(c) for c in g)]
        self.holder = {id(c): c for g in self.groups for c in g}  # a village → the event that now tells it
        self.held = {id(c): [c] for g in self.groups for c in g}  # an event → the villages it tells
        self.whole: dict[int, bool] = {}  # an event holding a village → whether every toll it got was the attack's

    def note(self, keep: Candidate, other: Candidate) -> None:
        """Before ``other`` merges into ``keep``."""
        if not self.groups:
            return
        if id(other) in self.holder:
            villages = self.held.pop(id(other), [])
            for village in villages:
                self.holder[id(village)] = keep
            self.held.setdefault(id(keep), []).extend(villages)
            if _has_toll(keep):
                self.whole[id(keep)] = self.whole.get(id(keep), True) and _whole_attack(keep)
        elif _has_toll(other) and self.held.get(id(keep)):
            self.whole[id(keep)] = self.whole.get(id(keep), True) and _whole_attack(other)

    def split(self) -> None:
        for group in self.groups:
            holders = [self.holder[id(c)] for c in group]
            told = [h for h in holders if _has_toll(h)]
            if len({id(h) for h in holders}) == len(group) and len(told) == 1 and self.whole.get(id(told[0])):
                split_list_toll(holders, told[0].casualties)


def _has_toll(c: Candidate) -> bool:
    return bool(c.casualties.killed_figures or c.casualties.wounded_figures)


def _whole_attack(c: Candidate) -> bool:
    """A telling that names no village of its own: its toll is the whole attack's."""
    return not c.own_place or c.place.place.feature in _COARSE


def _incident_area(c: Candidate) -> tuple[str, str, str | None]:
    """What two tellings of one incident share (``_same_incident``): event type (a fight and an attack on
    civilians may be one, ``_victims_told_apart``; so may a protest and a riot, ``one_rally``), country and
    governorate."""
    place = c.place.place
    kind = "Battles" if c.event_type == "Violence against civilians" else "Protests" if c.event_type == "Riots" \
        and one_rally(c, c) else incident_kind(c)
    return kind, place.country, place.admin1


def _snippet(c: Candidate, ctx: Context) -> str:
    s, e = ctx.to_original.span(c.sentence.start, c.sentence.end)
    text = ctx.original[s:e]
    return text if len(text) <= 60 else text[:57] + "…"


def _same_incident(a: Candidate, b: Candidate, ctx: Context) -> bool:
    """Two tellings of one incident: same type, date, governorate, place (or a vaguer one), and sides."""
    if (incident_kind(a) != incident_kind(b) and not _victims_told_apart(a, b) and not one_rally(a, b)) \
            or not _same_time(a, b):
        return False
    if _opposite_takeovers(a, b):
        return False
    if a.unlisted is not None and b.unlisted is not None and _unlisted_name(a, ctx) != _unlisted_name(b, ctx):
        return False  # two villages the gazetteer lacks, in one area
    if (a.unlisted is None) != (b.unlisted is None):
        known, village = (b, a) if a.unlisted is not None else (a, b)
        town = known.place.place
        if a.sentence is b.sentence and (town.feature not in _COARSE or known.place.start == village.place.start) \
                or town.feature == "populated" \
                and village.place.place.feature not in ("admin2", "admin3") and not _city_part(town, village) \
                and not _inside_town(village, town):
            return False  # a village the gazetteer lacks listed with a named one (a district too, «منطقتي A
            # وشيكان», when the village stands at it), or placed only by the governorate after a named town (one its
            # district places is the town's attack told again)
    pa, pb = a.place.place, b.place.place
    if (pa.country, pa.admin1) != (pb.country, pb.admin1) or _other_governorate(pa, pb):
        return False
    if a.unlisted is not None and _other_district(pa, pb) or b.unlisted is not None and _other_district(pb, pa):
        return False  # «مدينة الهدى بمحلية المناقل» and a village named in another locality: two places hit
    same_place = _same_place(a, b)
    if b.opens_new and not (a.summary and same_place):
        return False  # «من جهة أخرى» opens another story, unless it is one of the places a lead counted across
    if not same_place and not (_vague_place(a) or _vague_place(b)):
        return False
    a1, b1 = _side(a.roles.actor1, a), _side(b.roles.actor1, b)
    if a1 is None or b1 is None or a1 == b1 or one_rally(a, b):  # protesters and rioters: one crowd
        return True
    if catalog().get(UNIDENTIFIED).name in (a1, b1) and a.sentence.paragraph != b.sentence.paragraph \
            and a.sub_event_type == b.sub_event_type:
        return True  # «مجموعة خارجة عن القانون» in a later account of the same kind: a vaguer name of the attackers
    sides_a = {a1, _side(a.roles.actor2, a)} - {None}
    sides_b = {b1, _side(b.roles.actor2, b)} - {None}
    return bool(sides_a & sides_b)


def _same_place(a: Candidate, b: Candidate) -> bool:
    """The two tellings name one place: the same one, a quarter and its city, or a city and a part of it the
    gazetteer lacks (such two share one of ``_place_keys``)."""
    pa, pb = a.place.place, b.place.place
    return bool(pa.pcode and pa.pcode == pb.pcode) or pa.name == pb.name or _quarter_of(pa, pb) \
        or _quarter_of(pb, pa) or _city_part(pa, b) or _city_part(pb, a)


def _vague_place(c: Candidate) -> bool:
    """A place borrowed from the telling before, or a governorate or vaguer: it may be any place of the area."""
    return c.place.place.feature in _COARSE or not c.own_place


def _place_keys(c: Candidate) -> list[tuple[str | None, ...]]:
    """Keys of the candidate's place such that two candidates ``_same_place`` calls one place share one: the pcode,
    the name, the units of a quarter or a town (``_quarter_of``), the governorate of a city that bears its name or
    of a part of a city the gazetteer lacks (``_city_part``)."""
    p = c.place.place
    keys: list[tuple[str | None, ...]] = [("name", p.name), ("pcode", p.pcode)] if p.pcode else [("name", p.name)]
    if p.feature in ("neighbourhood", "populated"):
        keys.append(("units", p.country, p.admin1, p.admin2, p.admin3))
    if p.feature == "populated" and p.name == p.admin1 or c.unlisted is not None and p.feature in ("admin2", "admin3"):
        keys.append(("city", p.country, p.admin1))
    return keys


class Tellings:
    """The candidates kept so far in one area (``_incident_area``), to find the first one that tells the same
    incident as a new candidate without testing each of them (a long text tells hundreds in one governorate).

    ``_same_incident`` holds only for two candidates that name one place (``_same_place``) or of which one has a
    vague place (``_vague_place``): a candidate with a precise place of its own is tested against the kept ones
    that share one of its ``_place_keys`` and those with a vague place, in the order they were kept, so the twin
    found is the one a walk over all of them finds. The kept candidates are filed once there are ``INDEX_FROM`` of
    them (a few are simply all tested); one whose place changes as another merges into it is filed again
    (``refile``), the keys of its old place only cost a test.
    """

    INDEX_FROM = 8

    def __init__(self) -> None:
        self._kept: list[Candidate] = []
        self._position: dict[int, int] = {}  # id(candidate) → its index in _kept
        self._filed = 0  # _kept[:_filed] are filed
        self._vague: set[int] = set()  # indices of the filed candidates with a vague place
        self._by_key: dict[tuple[str | None, ...], set[int]] = {}

    def twin(self, c: Candidate, ctx: Context) -> Candidate | None:
        """The first kept candidate that tells the same incident as ``c``."""
        if len(self._kept) < self.INDEX_FROM or _vague_place(c):
            return next((k for k in self._kept if _same_incident(k, c, ctx)), None)
        while self._filed < len(self._kept):
            self._file(self._filed)
            self._filed += 1
        tested = sorted(self._vague.union(*(self._by_key.get(key, ()) for key in _place_keys(c))))
        return next((self._kept[i] for i in tested if _same_incident(self._kept[i], c, ctx)), None)

    def add(self, c: Candidate) -> None:
        self._position[id(c)] = len(self._kept)
        self._kept.append(c)

    def refile(self, c: Candidate) -> None:
        """File a kept candidate under its place again, after a merge may have changed it."""
        if self._position[id(c)] < self._filed:
            self._file(self._position[id(c)])

    def _file(self, i: int) -> None:
        c = self._kept[i]
        if _vague_place(c):
            self._vague.add(i)
        for key in _place_keys(c):
            self._by_key.setdefault(key, set()).add(i)


def _side(role: Role | None, c: Candidate) -> str | None:
    """The ACLED name a side of the candidate gets in its country and on its day: «الشرطة» and «الشرطة الاتحادية»
    in Iraq are one side, Iraqi security forces."""
    if role is None or not role.entries:
        return None
    entry = _pick_entry(role, c.date.isoformat() if c.date else None, c.place.place.country)
    return entry.name if entry is not None else role.entries[0].name


def _other_governorate(a: Place, b: Place) -> bool:
    """Two governorates of a territory that is one admin1 («مخيم شعفاط» in Jerusalem, «مخيم بلاطة» in Nablus,
    both in the West Bank): two places, however vague their tellings."""
    in_a, in_b = governorate_of(a)[1], governorate_of(b)[1]
    return bool(in_a and in_b and in_a != in_b)


def _opposite_takeovers(a: Candidate, b: Candidate) -> bool:
    """«سيطر الجيش على بلدة A» and «سيطرت قوات الدعم على بلدة B»: two changes of control, by two sides, are two."""
    return all(c.trigger.trigger.id in TERRITORY for c in (a, b)) \
        and _actor_id(a.roles.actor1) != _actor_id(b.roles.actor1)


def _victims_told_apart(a: Candidate, b: Candidate) -> bool:
    """«هجوم … أسفر عن مقتل مدني» and «استهدفت خلايا التنظيم نقطة عسكرية»: an attack whose kind is read from
    its victims, one telling naming a civilian, another the soldiers (the fight with the soldiers wins)."""
    fight = a if a.event_type == "Battles" else b
    return a.trigger.trigger.by_target and b.trigger.trigger.by_target \
        and {a.event_type, b.event_type} == {"Battles", "Violence against civilians"} and _armed_victims(fight)


def _armed_victims(c: Candidate) -> bool:
    """The telling names whom the attack hit among armed men: a force, or soldiers and policemen."""
    return c.roles.actor2 is not None or c.state_victims


def _other_district(container: Place, named: Place) -> bool:
    """A settlement the gazetteer knows (``named``) lying in another district or sub-district than the one
    (``container``) that holds a village the gazetteer lacks."""
    level = container.feature if container.feature in ("admin2", "admin3") else None
    if level is None or named.feature in _COARSE:
        return False
    inside = getattr(named, level)
    return bool(inside) and inside != getattr(container, level)


def _inside_town(village: Candidate, town: Place) -> bool:
    """«في منطقة الكسارات شمال وسط مدينة تعز» after «معارك في تعز»: a place the gazetteer lacks that the text
    locates in the very town of the other telling, a town that names its governorate or district (so its name
    stands for that area too), not beside it nor in its countryside."""
    p = village.place
    return p.qualifier is None and town.name in (town.admin1, town.admin2) \
        and (p.place.pcode and p.place.pcode == town.pcode or p.place.name == town.name)


def _city_part(city: Place, part: Candidate) -> bool:
    """«في حي كابوتا بمديرية المنصورة» after «شهدت مدينة عدن هجوماً مسلحاً»: a quarter the gazetteer lacks,
    in a district of a city that is a governorate of its own, is part of that city."""
    p = part.place.place
    return part.unlisted is not None and city.feature == "populated" and city.name == city.admin1 == p.admin1 \
        and city.country == p.country and p.feature in ("admin2", "admin3")


def _quarter_of(quarter: Place, city: Place) -> bool:
    """«سقوط قذيفة في منطقة العدوي» after «قذائف على أحياء دمشق»: a quarter of the city the event is told at
    (the event keeps the city, as ACLED codes it)."""
    return quarter.feature == "neighbourhood" and city.feature == "populated" and \
        (quarter.country, quarter.admin1, quarter.admin2, quarter.admin3) == (city.country, city.admin1, city.admin2, city.admin3)


def _same_time(a: Candidate, b: Candidate) -> bool:
    if a.date and b.date:
        if (a.precision or 1) > 1 or (b.precision or 1) > 1:
            return abs((a.date - b.date).days) <= WEEK_TOLERANCE  # «قبل أيام» and «في العاشر من شباط»
        if (a.own_date != b.own_date or a.told_day != b.told_day) and a.sub_event_type == b.sub_event_type:
            # a lead dated only by the report, or by the day a source spoke, then «وقع الانفجار أمس»: the same
            # blast on the day it names
            return abs((a.date - b.date).days) <= BORROWED_DAY_TOLERANCE
        return a.date == b.date
    if a.date is None and b.date is None and a.own_date and b.own_date and a.time and b.time:
        if any(t.kind == "sequence" and t.offset_days for t in (a.time, b.time)):
            return False  # «وفي مساء اليوم التالي»: the day after the one told before
        days_a, days_b = weekdays_named(a.time.text), weekdays_named(b.time.text)
        return not (days_a and days_b) or bool(days_a & days_b)  # «الأحد» and «الإثنين» part them
    return True  # otherwise an unresolved date (no publication date) does not part two tellings


def _merge_headline(body: Candidate, head: Candidate, share: bool = False) -> None:
    """The headline tells the lead event; it may name it better («انفجار عبوة» over «استشهاد عنصرين»). A place's
    ``share`` of a toll the headline gives a list of places («36 قتيلاً في قصف على A وB») yields to the body's own
    toll for it."""
    weak = body.trigger.trigger.rank <= WEAK_RANK < head.trigger.trigger.rank and head.one_story \
        and body.trigger.trigger.id not in TERRITORY  # «يسيطر على القرية بعد معارك» over «سيطرت على القرية»
    told = body.place, body.own_place, body.unlisted
    if share and _has_toll(body) and not head.casualties.risen:  # («ارتفاع حصيلة …» is the latest count)
        head.casualties = replace(head.casualties, killed_figures=[], wounded_figures=[])
    _merge(body, head)
    if told[0].key.startswith(GOVERNORATE_WORD) and told[0].qualifier is None \
            and _governorate_read_as_city(told[0].place, head.place.place):
        body.place, body.own_place, body.unlisted = told  # «هجوم في الرقة» over «في محافظة الرقة»: the governorate
    if weak:
        body.trigger, body.event_type, body.sub_event_type = head.trigger, head.event_type, head.sub_event_type


def _governorate_read_as_city(governorate: Place, city: Place) -> bool:
    """A headline's bare name («في الرقة») read as the city that shares its name with the governorate the body
    names («في محافظة الرقة»): the body's reading stands."""
    return governorate.feature == "admin1" and city.feature == "populated" and city.name == city.admin1 \
        and (city.country, city.admin1) == (governorate.country, governorate.admin1)


def _heads_a_section(head: Candidate, cands: list[Candidate], below: int) -> bool:
    """A section head's incident is told in the section below it (``cands[below:]``), before the next section head."""
    for c in (cands[i] for i in range(below, len(cands))):
        if c.sentence.subheading:
            return False
        if _headline_of(head, c):
            return True
    return False


def _headline_of(head: Candidate, body: Candidate) -> bool:
    """A headline tells the lead event: same governorate, no other date (a section head names no day of its own:
    the report's day it borrows is no other date)."""
    ph, pb = head.place.place, body.place.place
    return (ph.country, ph.admin1) == (pb.country, pb.admin1) and not _other_governorate(ph, pb) and (
        head.date is None or body.date is None or head.date == body.date
        or head.sentence.subheading and not head.own_date)


def _actor_id(role: Role | None) -> str | None:
    return role.entries[0].id if role and role.entries else None


def _merge(keep: Candidate, other: Candidate) -> None:
    if (other.own_place and not keep.own_place) or _quarter_of(keep.place.place, other.place.place) \
            or _city_part(keep.place.place, other) or (
            keep.place.place.feature in _COARSE and other.place.place.feature not in _COARSE) or finer_place(other, keep) \
            or keep.unlisted is None and other.unlisted is not None and _inside_town(other, keep.place.place):
        keep.place, keep.own_place, keep.unlisted = other.place, other.own_place, other.unlisted
    if (keep.date is None or not keep.own_date) and other.own_date and (
            other.date is not None or keep.date is None and not keep.own_date):  # «اليوم الأحد» with no
        # publication date to resolve it still tells the day the telling before left untold
        keep.time, keep.date, keep.precision, keep.own_date = other.time, other.date, other.precision, True
    elif keep.told_day and not other.told_day and other.own_date and other.date is not None:
        keep.time, keep.date, keep.precision, keep.told_day = other.time, other.date, other.precision, False
    if suicide_told(keep, other.trigger):
        keep.trigger, keep.sub_event_type = other.trigger, other.sub_event_type
    if keep.event_type == "Violence against civilians" and other.event_type == "Battles" and _armed_victims(other):
        keep.trigger, keep.event_type, keep.sub_event_type = other.trigger, other.event_type, other.sub_event_type
        keep.roles.actor2 = other.roles.actor2 or keep.roles.actor2
    summary = keep.summary and not other.summary
    if summary and _has_toll(other):
        keep.casualties = replace(other.casualties)  # a place's own toll stands over its share of the lead's
    elif keep.event_type == other.event_type or not keep.casualties.killed_figures:
        keep.casualties.merge(other.casualties)  # the fight's toll stands over the one victim a civilian telling counts
    if summary and _named_sides(keep) <= _named_sides(other):
        keep.roles, other.roles = other.roles, _sides_left(keep, other)  # the place's account names who fought
        # there and who attacked whom; the lead's vague «مسلحين» leaves open a side it does not name
    if not merge_rally(keep, other):
        keep.roles.fill_from(other.roles)
    keep.summary = keep.summary and not summary  # now the place's own account
    keep.evidence.extend(other.evidence)
    keep.confidence = round(min(0.99, max(keep.confidence, other.confidence) + 0.05), 2)


def _named_sides(c: Candidate) -> set[str]:
    """The sides the telling names (their ACLED names): neither missing nor an unidentified group."""
    return {_side(r, c) for r in (c.roles.actor1, c.roles.actor2) if _actor_id(r) not in (None, UNIDENTIFIED)}


def _sides_left(lead: Candidate, account: Candidate) -> ActorRoles:
    """The sides a lead names that a place's own account does not: neither an unidentified group nor one the
    account names already."""
    named = _named_sides(account)
    return ActorRoles(*(r if _actor_id(r) != UNIDENTIFIED and _side(r, lead) not in named else None
                        for r in (lead.roles.actor1, lead.roles.actor2)))


def _pick_entry(role: Role, date: str | None, country: str | None) -> ActorEntry | None:
    """The catalog entry for the event's country and date; None for another country's state forces
    («الحكومة» in a Sudanese report is not Syria's government)."""
    entries = [e for e in role.entries if country and e.country == country] or [
        e for e in role.entries if country and country in e.theatres]  # «طيران التحالف»: Yemen's is Saudi-led
    if not entries and country and all(e.inter == 1 and e.country and e.country != country for e in role.entries):
        return None
    if not entries and country and len(role.entries) > 1 and all(e.country and e.country != country for e in role.entries):
        return None  # «المرتزقة» in a Sudanese report is neither Yemen's government nor Syria's SNA
    if not entries and country and all(e.country and e.country != country and role.mention.key in e.home_aliases
                                       for e in role.entries):
        return None  # «الشباب» in a Syrian report are young men, not Somalia's al-Shabaab
    entries = entries or role.entries
    if date:
        dated = [e for e in entries if e.valid_on(date)]
        entries = dated or entries
    else:
        entries = sorted(entries, key=lambda e: e.valid_to or "9999")[::-1]
    return entries[0]


def _actor_record(role: Role | None, date: str | None, place: Place, ctx: Context) -> dict | None:
    if role is None or not role.entries:
        return None
    entry = _pick_entry(role, date or ctx.published, place.country)
    if entry is None:
        return None
    entry = _local_force(entry, date or ctx.published, place)
    s, e = ctx.to_original.span(role.mention.start, role.mention.end)
    record = entry.to_record(ctx.original[s:e])
    record["span"] = {"start": s, "end": e}
    return record


def _local_force(entry: ActorEntry, date: str | None, place: Place) -> ActorEntry:
    """«قوى الأمن الداخلي» is the Asayish in the SDF's areas; since December 2024 the same words name the
    transitional government's internal security elsewhere in Syria."""
    if entry.id != "asayish" or not date or date < TRANSITION or place.admin1 in SDF_AREAS:
        return entry
    return catalog().get(TRANSITIONAL_FORCES)


def _other_side(role: Role | None, actor1: dict | None, date: str | None, place: Place, ctx: Context) -> dict | None:
    """actor2's record, unless it is a reference («الخلية», «اللواء») that came out as actor1 itself: a force
    does not arrest or fight itself, the reference named someone the text does not identify."""
    record = _actor_record(role, date, place, ctx)
    if record is not None and role.mention.generic and actor1 is not None and record.get("id") == actor1.get("id"):
        return None
    return record


def _inferred(entry: ActorEntry | None) -> dict | None:
    """An actor the text implies but does not name: no mention, flagged as inferred."""
    if entry is None:
        return None
    record = entry.to_record("")
    record["mention"] = None
    record["inferred"] = True
    return record


def _barrel_bomber(c: Candidate, date: str | None, place: Place, ctx: Context) -> dict | None:
    """«قصف بالبراميل المتفجرة استهدف بلدة X» with no side named: the air force that dropped barrel bombs there
    (in Syria the regime's, until its fall)."""
    bomber = BARREL_BOMBERS.get(place.country)
    if bomber is None or c.sub_event_type != "Air/drone strike" or (date and date >= TRANSITION):
        return None
    told = any(_BARREL.search(ctx.to_repaired.text, s, e) for s, e in c.evidence)
    return _inferred(catalog().get(bomber)) if told else None


def _unidentified(event_type: str) -> dict | None:
    """ACLED's convention: violence whose perpetrator the text does not name is an unidentified group's; a riot
    with no named crowd is rioters'."""
    if event_type == "Riots":
        return _inferred(catalog().get(RIOTERS))
    return _inferred(catalog().get(UNIDENTIFIED)) if event_type in _VIOLENCE else None


def _site_owner(c: Candidate, date: str | None, place: Place) -> dict | None:
    """A foreign or unclaimed strike on a military site with no named owner hit the state's forces
    («الغارات على مطار حماة العسكري», «سقطت صواريخ مجهولة المصدر على قاعدة بلد الجوية»); Turkey's in the
    SDF's areas of Syria hit the SDF («مسيّرة تركية استهدفت سيارة عسكرية في ريف الحسكة»)."""
    attacker = c.roles.actor1.entries[0] if c.roles.actor1 and c.roles.actor1.entries else None
    if not c.military_site or c.event_type not in _VIOLENCE \
            or (attacker is not None and attacker.inter != 8 and attacker.id != UNIDENTIFIED):
        return None
    if attacker is not None and attacker.id == TURKEY and place.country == "Syria" and place.admin1 in SDF_AREAS:
        return _inferred(catalog().get(SDF))
    entries = [e for e in catalog().lookup("القوات الحكومية") if not e.generic]
    mention = c.roles.actor1.mention if c.roles.actor1 else None
    return _inferred(_pick_entry(Role(mention, entries), date, place.country)) if entries else None


def _state_victims(c: Candidate, actor1: dict | None, date: str | None, country: str | None) -> dict | None:
    """Soldiers or policemen killed or hit, their force unnamed, are the state forces of the event's country —
    unless those forces are the attackers."""
    if not c.state_victims or (c.event_type not in ("Battles", "Explosions/Remote violence")
                               and c.sub_event_type != "Abduction/forced disappearance"):
        return None  # «اختطف مسلحون مجهولون المقدم …، قائد سجن المدينة» took a state's officer
    entries = [e for e in catalog().lookup("القوات الحكومية") if not e.generic]
    entry = _pick_entry(Role(c.roles.actor1.mention if c.roles.actor1 else None, entries), date, country) \
        if entries else None
    if entry is None or entry.country != country or (actor1 and actor1.get("id") == entry.id):
        return None
    return _inferred(entry)


def _civilian_victims(c: Candidate, event_type: str) -> dict | None:
    """Violence against civilians, looting and strikes on people's homes hit civilians, whether or not the text
    says who they were."""
    if event_type != "Violence against civilians" and c.sub_event_type != "Looting/property destruction" \
            and not c.homes_hit and c.trigger.trigger.id != "abduction":
        return None  # (people an authority took from their homes, coded as arrests, are civilians too)
    return _inferred(catalog().get(CIVILIANS))


def _unlisted_name(c: Candidate, ctx: Context) -> str:
    """The name of a village the gazetteer lacks, as the text spells it (after repair)."""
    s, e = ctx.to_repaired.span(*c.unlisted)
    return ctx.repaired[s:e]


def _location(c: Candidate, ctx: Context) -> dict:
    p: Place = c.place.place
    if c.unlisted is not None:
        name_ar = _unlisted_name(c, ctx)
        return {"name": transliterate(name_ar), "name_ar": name_ar, "lat": p.lat, "lon": p.lon, "pcode": None,
                "geo_precision": 2, "feature": "unlisted", "within": p.name, "gazetteer_name_ar": p.name_ar}
    s, e = ctx.to_repaired.span(c.place.start, c.place.end)
    name_ar = _SITE_WORDS.sub("", ctx.repaired[s:e])
    return {"name": p.name, "name_ar": name_ar, "lat": p.lat, "lon": p.lon, "pcode": p.pcode,
            "geo_precision": p.geo_precision, "feature": p.feature, "gazetteer_name_ar": p.name_ar}


def _evidence(c: Candidate, ctx: Context) -> list[dict]:
    out = []
    for fs, fe in sorted(set(c.evidence)):
        s, e = ctx.to_original.span(fs, fe)
        out.append({"start": s, "end": e, "text": ctx.original[s:e]})
    return out


def _event(c: Candidate, ctx: Context) -> Event:
    place = c.place.place
    date = c.date.isoformat() if c.date else None
    date_text = None
    if c.time is not None:
        s, e = ctx.to_original.span(c.time.start, c.time.end)
        date_text = ctx.original[s:e]
    cas = c.casualties
    actor1 = _actor_record(c.roles.actor1, date, place, ctx) or _barrel_bomber(c, date or ctx.published, place, ctx) \
        or _unidentified(c.event_type)
    if c.event_type == "Riots" and actor1 and actor1.get("id") == PROTESTERS:
        actor1 = {**catalog().get(RIOTERS).to_record(actor1["mention"]), "span": actor1.get("span")}
        # ACLED names a violent crowd rioters, whatever the text calls it
    event_type, sub_event_type = c.event_type, c.sub_event_type
    event = Event(
        event_type=event_type, sub_event_type=sub_event_type, date=date, date_text=date_text,
        time_precision=c.precision if (date or date_text) else None,
        actor1=actor1,
        actor2=(_other_side(c.roles.actor2, actor1, date, place, ctx) or _site_owner(c, date, place)
                or _state_victims(c, actor1, date, place.country) or _civilian_victims(c, event_type)),
        country=place.country, admin1=place.admin1, admin2=place.admin2, admin3=place.admin3,
        location=_location(c, ctx), fatalities=cas.fatalities, wounded=cas.wounded,
        fatalities_acled=cas.fatalities_acled, evidence=_evidence(c, ctx), confidence=c.confidence,
        plover=_PLOVER.get(c.event_type, c.trigger.trigger.plover),
    )
    event.notes = describe(event)
    event.id = _event_id(ctx.doc_id, event)
    return event


def _event_id(doc_id: str, e: Event) -> str:
    key = "|".join(str(x) for x in (doc_id, e.event_type, e.sub_event_type, e.date, e.country, e.admin1,
                                    (e.location or {}).get("name"), (e.actor1 or {}).get("id")))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
