"""Event frames: one candidate event per sentence that states a concrete incident.

For each sentence the strongest trigger decides the event family; cue words decide whether the sentence is
an event at all (reported speech, threats, negation, aggregates, background and non-events are skipped);
actors, place, date and casualties are gathered from the sentence and, where it is silent, from the
sentences before it in the same report.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, insort
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import takewhile

from rasid.extract import casualties as cas
from rasid.extract.mentions import ONGOING, Mentions, TriggerMention
from rasid.extract.roles import CIVILIANS, ActorRoles, Role, assign_roles, victims_side
from rasid.extract.segment import Sentence, without_proclitic
from rasid.lexicon.places import COMPASS, CONNECTORS, NAME_HEADS, NEAR as PLACE_NEAR, TRIGGERS as PLACE_WORDS, UNDER_CONTROL, Place, PlaceMention, actors_abroad, distance_before, \
    gazetteer, only_connectors
from rasid.lexicon.time import TimeMention
from rasid.lexicon.words import alternation as _alternatives, word_list
from rasid.lexicon.triggers import Trigger, trigger_matcher

WEAK_RANK = 60          # triggers at or below this rank (attack, killing) need support to stand alone
BACKGROUND_DAYS = 45    # an event dated further back than this before publication is background
AIR_STRIKE = "Air/drone strike"
DISRUPTED = "Disrupted weapons use"
LEAD_PARAGRAPHS = 2     # sentences in the first paragraphs may borrow the lead's date
LIST_GAP = 30           # at most this many characters between two places of one list of targets
TOLL_WINDOW = 5        # «ارتفعت حصيلة قتلى غارة المزة إلى ستة»: the toll word stands further from its figure
INTERCEPT_REACH = 3     # how many events back an interception may bring down a strike's weapons
UNLISTED_WINDOW = 45    # how far before its governorate an unlisted village's name may stand
UNLISTED_LIST_WINDOW = 140  # … and how far a list of them
STATED_DATE_GAP = 30   # «أمس الموافق …»: how far after a relative day the date stated for it may begin
HOMES_WINDOW = 40       # «منازل المواطنين شرق مخيم المغازي»: how far before the place the homes are named
ONGOING_WINDOW = 30     # «الاشتباكات لا تزال مستمرة في محيط القرية»: how near the trigger «لا تزال» must stand
HELD_GAP = 12          # «التي سيطرت عليها»: how far before a control word the relative pronoun may stand
UNEXPLODED_GAP = 12     # «عبوة ناسفة كانت معدة للتفجير»: how far after the device its state is told
LIST_INTRO_WORDS = 3    # «بمحلية القرشي، شملت A، وB»: the word that opens a list after the area
_DESTINATION_WORDS = re.compile("|".join(map(re.escape, sorted(word_list("destination_words")))))  # anywhere in a word
# «من مواقعها في جبل الأكراد», «انطلاقاً من معسكر الطلائع», «القوات المتمركزة في حاجز …»: where the fire came
# from or where the shooters stand, not the place hit. A village word opens the target («من مواقعها في جورين
# قرية X») unless it tells where the position stands («من مواقعها في قرية X», «من حاجز قرية X»).
_FIRED_FROM = re.compile(
    rf"(?:(?<!\S)(?:من|انطلاقا من) (?:{_alternatives('firing_positions')})\S*|(?:{_alternatives('stationed_words')})"
    rf" (?:في|داخل|ب)\S*)\s+(?:(?:(?:في|داخل|{_alternatives('firing_positions')})\s+(?:{_alternatives('position_ends')})"
    rf"|(?![وب]?(?:{_alternatives('position_ends')})\s)[^\s،,.]+)\s+){{0,4}}$"
    rf"|(?<!\S)(?:{_alternatives('gun_words')})\s+(?:(?![وب]?(?:{_alternatives('target_area_words')}|{_alternatives('home_words')})\s)"
    rf"[^\s،,.]+\s+){{1,2}}(?:في|داخل)\s+(?:\S+\s+)?$")  # «مدفعية قوات النظام في خان شيخون»: where the guns stand
_PLACE_DESCRIPTION = re.compile(rf"(?<!\S)و?(?:هي|هو)\s+(?:{_alternatives('belongs_to_words')})\s+(?:\S+\s+){{0,2}}$")
_CAME_FROM = re.compile(rf"(?<!\S)(?:من|انطلاقا من) (?:{_alternatives('approach_words')})\s+(?:[^\s،,.]+\s+){{0,8}}$")
_VIOLENT_CROWD = re.compile(rf"(?<!\S)[وب]?(?:{_alternatives('violent_crowd_words')})(?:\s|$)")
_CLOSE_RANGE = re.compile(_alternatives("close_range_stems"))
_REMOTE_TARGET = re.compile(rf"^\s*(?:\S+\s+){{0,4}}?[بو]?(?:ال)?(?:{_alternatives('target_area_words')})(?:\s|$)")
_LOCAL_TOLL_AT = re.compile(r"(?<!\S)في\s(?:\S+\s)?$")  # «… في كنصفرة», «… في جرود شمسطار»
_NO_TOLL_CUES = {"aggregate", "history", "background", "negation", "future", "threat", "opinion", "toll_update",
                 "criminal", "release"}
_QUOTES = re.compile("[\"'«»“”„()]")
_TAKEN_TO = re.compile(rf"(?:{_alternatives('taken_to_verbs')}|{_alternatives('withdrawn_to_verbs')})\w*\s+(?:\S+\s+){{0,2}}(?:الي|لل)\S*\s+(?:[^\s.؟!]+\s+){{0,3}}$")
_CROWD_VIOLENCE = {"clash", "attack", "killing", "riot", "looting"}
_CROWD_FIGHT_WORDS = tuple(word_list("crowd_fight_words"))
# «ولم يسفر الانفجار عن إصابات»، «لم تؤدِّ الغارة إلى وقوع ضحايا»: the words between vary.
_ANOTHER = re.compile(rf"(?<!\S)(?:{_alternatives('another_words')})(?:\s|$)")
_TOLL_NOUN = re.compile(rf"(?<!\S)[وب]?(?:ال)?(?:{_alternatives('toll_nouns')})(?:\s|$)")
_TARGETED_VERBS = tuple(word_list("targeted_verbs"))
_AFTER_THE = re.compile(r"\s+من\s")  # «بعد يومين من …»
_DAMAGE = re.compile(rf"(?<!\S)[وف]?(?:{_alternatives('damage_words')})")
_AIR_POWERS = word_list("air_powers")    # forces whose unqualified «قصف» on the areas below comes from the air
_AIR_WAR_AREAS = {"Gaza Strip"}
_STILL = re.compile(rf"(?<!\S)(?:{_alternatives('still_words')})(?:\s|$)")
_NOBODY_HURT = re.compile(rf"(?:لم|دون ان) (?:{_alternatives('outcome_verbs')})[^.،\n]{{0,30}}?(?:عن|الي) "
                          rf"(?:وقوع |سقوط )?(?:اي )?(?:{_alternatives('harm_nouns')})(?! ماديه)")
_AGREEMENT_VERBS = word_list("agreement_verbs")
_MILITARY_WORDS = word_list("military_words")
_AIR_BASE = re.compile(r"(?<!\S)[وبل]?(?:ال)?(?:قاعده|مطار)(?: \S+){1,2} الجويه(?!\w)")  # «قاعدة بلد الجوية»
# What follows a dateline's place: a dash or an outlet in brackets, or a date and then the dash
# («ود مدني، 14 نوفمبر 2024 –»).
_DATELINE_AFTER = re.compile(r"\s*(?:[-–—/]|\(\w+\)|\([^()\n]{1,30}\)\s*[-–—]|[،,]\s*(?:\d{1,2}\s+)?\w+\s+\d{4}\s*[-–—])")
_SHOOT_DOWN = tuple(word_list("shoot_down_stems"))
_BETWEEN = re.compile(r"(?<!\S)بين\s+(?:\S+\s+){0,1}$")  # «بين القوات الحكومية ومقاتلي الحوثي»: no initiator told
_BOTH_SIDES = re.compile(rf"\b(?:بين|من) (?:{_alternatives('both_sides_words')})\b")
_AIRCRAFT_WORDS = word_list("aircraft_words")
_VEHICLE_TARGET = re.compile(rf"(?<!\S)(?:[يت]?ستهدف\S*|استهدف\S*|على)\s+(?:{_alternatives('vehicle_words')})(?:\s|$)")
_LIVE_FIRE = re.compile(rf"(?<!\S)(?:{_alternatives('live_fire_words')})(?:\s|$)"
                        r"|(?<!\S)[وف]?اطلق(?:ت|وا|ا)?\s+(?:\S+\s+){1,3}?(?:النار|الرصاص)(?:\s|$)")
# «أطلق مسلحو التنظيم النار على …»: the shooters may stand between the verb and the fire
_FLASHBACK = re.compile(r"\W*(?:و|ف)?كان(?:ت|وا|تا|ا)?\s")  # «وكانت مروحيات النظام قصفت أمس …»
_PLUPERFECT = re.compile(r"\W*(?:و|ف)?كان(?:ت|وا|تا|ا)?\s+(?:\S+\s+){0,5}?قد\s")
_CROWD_BARRED = re.compile(rf"(?<!\S)[وف]?(?:{_alternatives('crowd_barred')})(?!\S)")
_ON_IT = re.compile(r"\s+عليه(?:ا|م)?(?!\S)")  # «سيطرت عليها»: the object is a place named before
_BUILDING_TAKEN = re.compile(rf"(?:\s+\S+){{0,3}}?\s+(?:علي\s+)?[ول]?(?:{_alternatives('building_words')})(?!\S)")
TERRITORY = frozenset({"territory_gov", "territory_nsag"})
_WEAPON_TRIGGERS = frozenset({"explosive", "suicide", "grenade", "shelling", "air_strike"})  # seized or made, no explosion
_ARTILLERY_WORDS = word_list("artillery_words")
_BARE_SHELLING = word_list("bare_shelling")
_VAGUE_AIR = word_list("vague_air")
_SETTLEMENT_WORDS = word_list("settlement_words")
_VIOLENT_MEANS = word_list("violent_means") | word_list("weapon_words")
_FRONT_WORDS = word_list("front_words")
_SETTLEMENT_OR_FRONT = _SETTLEMENT_WORDS | _FRONT_WORDS
_NEARBY = word_list("nearby_adjectives")
_SAME_TOWN = re.compile(r"(?<!\S)(?:في|داخل|ب)\s?(?:المدينه|البلده|القريه)(?![\w\u0600-\u06ff])")  # «في المدينة»: the town just named
NEARBY_SENTENCES = 2    # how many sentences after an incident placed beside a city may name the town near it
_NEAR_LINK = re.compile(rf"(?<!\S)(?:{_alternatives('near_links')})(?:\s|$)")
_LINK_WORDS = word_list("link_words")
_SETTLEMENT_PLURALS = word_list("settlement_plurals")
_SETTLEMENT_DUALS = word_list("settlement_duals")
_PLACE_DUALS = word_list("place_duals")
_HOME_WORDS = word_list("home_words")
_WITNESS_VERBS = word_list("witness_verbs")
_VILLAGE_WORDS = word_list("village_words")
_AREA_WORDS = frozenset(w for w, features in PLACE_WORDS.items() if {"admin1", "admin2", "admin3"} & set(features))
_LIST_INTROS = word_list("list_intros")
_LIST_ENDERS = word_list("list_enders")
_NAMES_WITH_WAW = word_list("names_with_waw")
_AT_LEAST = re.compile(rf"(?:{_alternatives('round_count_words')})\s+\S+$")  # «أكثر من 40 غارة»: a tally
# «ونقل تقرير أن الحادث وقع مساء الإثنين»: a sentence that dates the incident told before
_INCIDENT_HAPPENED = re.compile(
    rf"(?<!\S)(?:{_alternatives('incident_nouns')})\s+(?:قد\s+)?(?:{_alternatives('happened_verbs')})(?:\s|$)"
    rf"|(?<!\S)(?:{_alternatives('happened_verbs')})\s+(?:{_alternatives('incident_nouns')})(?:\s|$)")
# «20 من بين القتلى»: a part of the dead
_SUBSET_OF_DEAD = re.compile(rf"\s+(?:من بين|من) (?:ال)?(?:{_alternatives('casualty_nouns')})(?:\s|$)")
# «وكثفت الحركة هجماتها على القواعد»: a trend of attacks, not one of them
_INTENSIFIED = re.compile(rf"(?<!\S)[وف]?(?:{_alternatives('intensify_verbs')})\s+(?:من\s+)?(?:\S+\s+){{0,3}}?(?:ال)?هجمات")
_RELATIVE = re.compile(rf"(?<!\S)(?:{_alternatives('relative_pronouns')})(?:\s|$)")
# «وأشار العبيدي إلى أن»: what follows a speaker's name
_SOURCE_AT = re.compile(rf"(?<!\S)[وف]?(?:ال)?(?:{_alternatives('source_nouns')})(?:\s+(?:ال)?(?:{_alternatives('source_adjectives')}))*"
                        rf"(?:\s+(?:{_alternatives('outlet_words')})(?:\s+(?!في\s|من\s)\S+){{1,3}})?"  # «مراسل وكالة الميدان الإخبارية في»
                        rf"\s+(?:في|من)(?:\s+(?:{_alternatives('settlement_words')}|محافظه|ولايه))?\s*$")
# «بحسب مصادر طبية في مستشفى المعمداني بمدينة غزة»: the town of the hospital a source speaks from
_SOURCE_HOSPITAL = re.compile(rf"(?:{_alternatives('source_nouns')})(?:\s+\S+)?\s+(?:في|من)\s+(?:ال)?(?:مستشفي|مشفي)"
                              rf"(?:\s+\S+){{1,2}}\s+(?:في\s+|ب)?(?:{_alternatives('settlement_words')})?\s*$")
_UNLISTED_AFTER_WORDS = word_list("unlisted_after_words")
_UNLISTED_ENDINGS = tuple(_UNLISTED_AFTER_WORDS)  # a word that is one of them behind a proclitic ends with it
_HIT_PLACE_VERBS = word_list("hit_place_verbs")
_NEGATIONS = word_list("negations")
_PARTIAL_WORDS = word_list("partial_words")
_INTERCEPTABLE = {"Air/drone strike", "Shelling/artillery/missile attack"}
_BESIDE_WORDS = set(COMPASS) | word_list("beside_words")
_LIES_WORDS = word_list("lies_words")
_CAMP_OF = word_list("camp_of")
_POINTER_PLACE_WORDS = word_list("pointer_place_words")
_SAID_AFTER = re.compile(rf"\s*(?:{_alternatives('said_after')})(?:\s|$)")
_COUNTRY_VOTE = {"country": 3.0, "admin1": 2.0, "admin2": 2.0, "region": 2.0}
_ACTOR_VOTE = 1.5
_NEIGHBOUR_VOTE = 0.5
_BORDER_WORDS = word_list("border_words")
_SUPPORTING_FIRE = {"air_strike", "shelling"}
_CAUSE_WORDS = word_list("cause_words")
_AFTER_WORDS = word_list("after_words")  # «سيطرت على القرية بعد قصف مدفعي»
_COARSE_FEATURES = {"admin1", "admin2", "admin3", "region", "country"}
_TOWN_FEATURES = {"populated", "camp", "site"}
_VIOLENCE = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
_DEMONSTRATIONS = {"Protests", "Riots"}
_FEATURE_RANK = {"neighbourhood": 6, "camp": 6, "populated": 5, "site": 5, "admin3": 4, "admin2": 3,
                 "region": 2, "admin1": 2, "country": 0}
_AGGREGATE_NOUNS = word_list("aggregate_nouns")
_OFFICE_TITLES = word_list("office_titles")
_CAREER_WORDS = word_list("career_words")
_HOMETOWN_WORDS = word_list("hometown_words")
_LINE_WORDS = word_list("line_words")
_ROAD_WORDS = word_list("road_words")
_AIRCRAFT_TRIGGER_WORDS = word_list("aircraft_trigger_words")
_FLIGHT_WORDS = word_list("flight_words")
_CROWD_WORDS = word_list("crowd_words")
_CROWD_ATTACK_KEYS = word_list("crowd_attack_words")
_ORGANISERS = word_list("organiser_nouns")
_AUTHORITIES = word_list("de_facto_authorities")
_BUILDING_WORDS = word_list("building_words")
_USING_WORDS = word_list("using_words")
_FIRE_BEFORE_WORDS = word_list("fire_before_words")
_QUARTER_WORDS = word_list("quarter_words")
_ONE_OF_WORDS = word_list("one_of_words")
_CAUSE = re.compile(rf"(?<!\S)(?:{_alternatives('cause_openers')})(?!\S)")
_REPORTED = re.compile(rf"(?<!\S)(?:{_alternatives('report_nouns')})(?:\s+\S+){{0,2}}?\s+عن\s")  # «بلاغاً أمس، عن»
_DEPICTED = re.compile(rf"(?<!\S)[وب]?(?:{_alternatives('depiction_nouns')})\s+ل[^\s،.]+[^،.]*")  # «صورا لاستهداف ورش …»
_REPLY = re.compile(r"(?<!\S)[وف]?(?:رد|ردت|ردوا|ردا)\s+ب?$")  # «أن القوات ردّت بقصف مدفعي»: fire in reply
_BEFORE_WORDS = word_list("in_front_words")
_STRIKE_NOUNS = word_list("strike_nouns")
# «اثنين من مقاتلي الحركة»: a figure of the members of a named side
# «اثنين من مسلحي التنظيم», «أربعة عناصر من حركة الشباب»: the number counts members of the side named next
_MEMBERS_OF = re.compile(rf"\s+(?:(?:{_alternatives('member_nouns')})\s+)?(?:من|في)\s+(?:(?:{_alternatives('member_nouns')})\s+)?"
                         rf"(?:(?:{_alternatives('group_words')})\s+)?")
_CONTROL_NOUN = "سيطره"  # «بعد سيطرة الجيش على …»: the noun of control tells a change only with what was taken
_CONTROL_OVER = re.compile(r"(?:\s+\S+){1,4}?\s+علي(?!\S)")
_NO_ACT = re.compile(rf"(?<!\S)(?:(?:{_alternatives('failed_attempt_words')})|(?:{_alternatives('trying_verbs')})(?:\s+\S+){{0,4}})\s+[وفبلك]?(?:ال)?$")
_MUNICIPALITY = frozenset({"بلديه"})
_SETTLEMENT_OR_MUNICIPALITY = _SETTLEMENT_WORDS | _MUNICIPALITY
_OFFICE_BEFORE = re.compile(rf"(?<!\S)[وبل]?(?:{_alternatives('office_heads')}|{_alternatives('office_titles')})\s+(?:\S+\s+)?$")
_UNIT_HEAD = re.compile(rf"(?<!\S)[وبل]?(?:{_alternatives('unit_heads')})\s+$")
_KILLED_AFTER = re.compile(rf"(?:\s+\S+)?\s+(?:قد\s+)?(?:{_alternatives('dead_verbs')})(?:\s|$|[.،,])")


@dataclass(slots=True)
class Candidate:
    """A candidate event built from one sentence (folded-text spans)."""

    sentence: Sentence
    trigger: TriggerMention
    event_type: str
    sub_event_type: str
    roles: ActorRoles
    place: PlaceMention | None
    own_place: bool
    time: TimeMention | None
    date: dt.date | None
    precision: int | None
    own_date: bool
    casualties: cas.Casualties
    evidence: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 0.5
    last_paragraph: int = -1
    opens_new: bool = False     # the sentence says it is another incident («وفي سياق منفصل»، «وفي مدينة غزة»)
    one_story: bool = True      # every trigger of the sentence is of one family (a headline of one incident)
    military_site: bool = False  # a military site or vehicle was hit («مطار حماة العسكري»)
    unlisted: tuple[int, int] | None = None  # a village the gazetteer lacks, named before its governorate
    state_victims: bool = False  # soldiers or policemen were hit, their force unnamed («مقتل ثلاثة جنود»)
    recalled: bool = False      # an earlier incident told in passing («بعد يومين من سيطرة الجيش على …»)
    homes_hit: bool = False     # a strike or shelling hit people's homes («قصفت مدفعية الاحتلال منازل المواطنين»)
    raid_only: bool = False     # a raid with nothing told of it yet: no fight, toll, arrest or damage
    told_day: bool = False      # its only day is the report's, right after the verb of saying («أفاد مصدر، يوم
    # الاثنين، بمقتل …»): a later account's own day may be the incident's
    flashback: bool = False     # told in a «وكانت … أمس» aside, or going on from one in its paragraph
    summary: bool = False       # one place of a lead that counts across several («قُتل 11 في مدينتي A وB»): the
    # accounts of each place that follow tell it in full, even one that opens as another story («من جهة أخرى»)


def build_candidates(m: Mentions, published: dt.date | None) -> list[Candidate]:
    """Candidates in text order; a casualty-only sentence adds to the event before it."""
    out: list[Candidate] = []
    lead_time = _lead_time(m, published)
    told_at = EventsByPlace(m, out)
    for sent in m.sentences:
        if sent.dateline:
            continue
        trig = _best_trigger(m, sent)
        if trig is None:
            if out:
                _add_toll(m, sent, out, told_at)  # «وانتشلت الفرق ست جثث، واستقبلت المستشفيات 19 جريحاً»
                _restate_date(m, sent, out[-1])
            continue
        if out and "toll_update" in m.cue_kinds(sent.start, sent.end) and _update_toll(m, sent, _toll_target(sent, out, told_at)):
            continue  # «وارتفع عدد القتلى إلى سبعة»: the same event, a new figure
        if out and _restated_without_casualties(m, sent, trig, out):
            continue  # «وقال المسؤول إن القصف لم يسفر عن إصابات»: the event before had no victims
        if out and _intercepted(m, sent, trig, out):
            continue  # «… فشلت في إصابة أهدافها بعدما تصدت لها المضادات الأرضية»: the strike was brought down
        if out and _retold(m, sent, trig, out[-1]):
            continue  # «وذكر سكان أن خمسة جنود قُتلوا في الهجوم، وأن المهاجمين زرعوا ألغاماً …»
        claim = bool(out) and "claim" in m.cue_kinds(sent.start, sent.end)
        skipped = _skip_sentence(m, sent, trig, published, told_of=out[-1] if out else None)
        if skipped and not (claim and _unattributed(out[-1])):
            if out:
                _add_toll(m, sent, out, told_at)  # «وأعلن مركز الطوارئ أن فرقه انتشلت ست جثث»
            continue  # a claim «في بيان» is still read when it can name the attacker of the event before
        told = next((c for c in reversed(out) if not c.recalled), None)  # the last event told in its own right
        prev = told if told is not None and told.last_paragraph >= sent.paragraph - 1 else None
        cand = _candidate(m, sent, trig, prev, lead_time, published)
        if cand is not None and prev is not None and _reported(m, sent, trig) and cand.sub_event_type == prev.sub_event_type \
                and not _opens_new(m, sent) and (not cand.own_place or _same_place(prev, cand)):
            cand.roles.actor1 = None  # the police that got the report is no side of it
            _absorb(m, prev, cand)  # «وتلقى مركز الشرطة بلاغاً عن اختفاء المقدم»: the abduction told before
            told_at.moved(prev)
            continue
        if cand is not None and claim and cand.event_type in _VIOLENCE and out[-1].event_type in _VIOLENCE:
            _absorb(m, out[-1], cand)  # «وتبنّى التنظيم الهجوم» names the attacker, it is no new attack
            told_at.moved(out[-1])
            continue
        if cand is None or skipped or (_subset_toll(m, sent) and trig.trigger.rank <= WEAK_RANK):
            continue  # «وأضاف أن 12 من بين القتلى كانوا من …» tells who the dead were
        villages = _unlisted_settlements(m, sent, cand.place) if cand.own_place and cand.place is not None else []
        cand.unlisted = villages[0] if villages else None
        governorate = _named_governorate(m, sent, cand) if not villages else None
        if governorate is not None:
            cand.place, cand.unlisted = governorate, (cand.place.start, cand.place.end)
        elif not villages and cand.place is not None and cand.place.place is not None:
            cand.unlisted = _unlisted_after(m, sent, cand)
        if prev is not None and _continues(m, prev, cand):
            group = _untold_list(out)
            _absorb(m, prev, cand)
            told_at.moved(prev)
            split_list_toll(group)  # «… قرى A وB وC. وقُتل في الهجوم أربعة»
            out.extend(_strike_before_takeover(m, sent, cand, prev.roles))  # the sides of the takeover told so far
            continue
        if not (cand.own_place or cand.own_date or cand.casualties.any_killed
                or (prev is not None and trig.trigger.rank > WEAK_RANK)
                or (not out and trig.trigger.event_type == "Protests")
                or (out and trig.trigger.rank > WEAK_RANK and _AIR_BASE.search(m.folded, sent.start, sent.end))):
            continue  # nothing anchors it: a passing reference (a protest that opens the news is placed by the
            # dateline; drones brought down «فوق قاعدة عثمان دقنة الجوية» are at a base the gazetteer lacks)
        cand.opens_new = sent.clause or _opens_new(m, sent) or _in_reply(m, sent, trig)
        cand.recalled = _recalled(m, cand)
        cand.one_story = len({t.trigger.id for t in m.within("triggers", sent.start, sent.end)}) == 1
        cand.military_site = _military_target(m, sent)
        cand.state_victims = "state_victim" in m.cue_kinds(sent.start, sent.end)
        cand.homes_hit = _homes_hit(m, cand)
        cand.raid_only = _raid_only(m, sent, cand)
        cand.told_day = _told_day(m, sent, cand, published)
        cand.flashback = _FLASHBACK.match(m.folded, sent.start, sent.end) is not None and cand.own_date or (
            not cand.own_date and prev is not None and prev.flashback and prev.last_paragraph == sent.paragraph)
        told_before = len(out)
        out.append(cand)
        out.extend(_strike_before_takeover(m, sent, cand, cand.roles))
        out.extend(_other_targets(m, cand))
        if all(c.sentence.headline for c in out[:told_before]) and (
                len(out) - told_before > 1 or cand.place is not None and cand.place.trigger_word in _PLACE_DUALS
                and not _between_two(m, sent, cand.place)):
            for c in out[told_before:]:
                c.summary = True  # the lead
        out.extend(_unlisted_targets(cand, villages[1:]) if len(villages) > 1 and not _one_death(cand) else [])
        if not villages and not _one_death(cand):
            out.extend(_unlisted_targets(cand, _unlisted_after_named(m, sent, cand) or _unlisted_before_named(m, sent, cand)))
    out = [c for c in out if not c.raid_only]  # a raid that found nobody and fought nobody is no event (ACLED)
    for c in out:
        _place_at_nearby_town(m, c)
    _name_unattributed_aircraft(out)
    _name_victims_side(m, out)
    _name_both_sides(m, out)
    return out


def _strike_before_takeover(m: Mentions, sent: Sentence, cand: Candidate, sides: ActorRoles) -> list[Candidate]:
    """«استعادت قوات النظام القرية إثر قصف مدفعي عنيف عليها»: the shelling or the air strikes that a takeover
    came after are an event of their own (ACLED codes the strikes and the change of control apart), by the side
    that took the place on the side that lost it (``sides``, the takeover's), at the place taken."""
    if cand.trigger.trigger.id not in TERRITORY or cand.event_type != "Battles" or cand.place is None:
        return []
    for t in m.within("triggers", cand.trigger.end, sent.end):
        before = m.tokens(max(sent.start, t.start - 8), t.start)[-1:]
        if t.trigger.id in _SUPPORTING_FIRE and not m.in_speech(t.start) and before \
                and before[0].text in _AFTER_WORDS:
            return [replace(cand, trigger=t, event_type=t.trigger.event_type, sub_event_type=t.trigger.sub_event_type,
                            roles=replace(sides), casualties=cas.Casualties(), evidence=[(sent.start, sent.end)])]
    return []


def _place_at_nearby_town(m: Mentions, cand: Candidate) -> None:
    """«هاجمت الحركة معسكراً شمال غربي العاصمة مقديشو … وقال ضابط من مدينة أفجوي القريبة»: an incident the
    text places only beside a city (a compass word before it) is at the town the next sentences call «القريبة»."""
    p = cand.place
    if not cand.own_place or cand.unlisted is not None or p is None or p.place is None:
        return
    head = p.start - len(p.prefix)
    before = [t.text for t in m.tokens(max(cand.sentence.start, head - 24), head)][-3:]
    if not any(without_proclitic(w, COMPASS) in COMPASS for w in before):
        return
    later = [s for s in m.sentences if s.start >= cand.sentence.end][:NEARBY_SENTENCES]
    if not later:
        return
    for q in m.within("places", later[0].start, later[-1].end):
        after = re.findall(r"[\w\u0600-\u06ff]+", m.folded[q.end:q.end + 24])[:2]
        if q.place is not None and q.place.feature in _TOWN_FEATURES and q.place.country == p.place.country \
                and q.trigger_word is not None and after and after[0] in _NEARBY \
                and after[1:] not in (["من"], ["الي"], ["علي"]):  # «جبهة الكسارة القريبة من سد مأرب» is beside that
            cand.place = q
            return


def _raid_only(m: Mentions, sent: Sentence, cand: Candidate) -> bool:
    """«داهمت قوة إسرائيلية فجر اليوم عدة منازل في بلدة كويا»: a raid or a storming with no
    fighting, toll or other act in its sentence tells nothing yet; what a later sentence says it led to (an
    arrest, an abduction) makes the event."""
    if cand.casualties.anyone_hurt:
        return False
    words = [t.key.split()[0] for t in m.within("triggers", sent.start, sent.end) if t.trigger.id == "attack"]
    others = [t for t in m.within("triggers", sent.start, sent.end) if t.trigger.id != "attack" and not _no_act(m, sent, t)]
    # «مداهمة … استهدفت عدداً من المنازل»: what the raid «targeted» is where it went
    return not others and any(w in _RAID_WORDS for w in words) and all(
        w in _RAID_WORDS or w in _RAID_TARGETING for w in words)


def _name_both_sides(m: Mentions, cands: list[Candidate]) -> None:
    """«وكانت معارك عنيفة اندلعت في جبهة رحوم بين الطرفين», «وامتدت المواجهات إلى بلدة …»: fighting with no side
    named, told between or of «the two sides» or with its definite noun, is between the sides of the fighting before."""
    for k, c in enumerate(cands):
        if c.event_type != "Battles" or c.roles.actor2 is not None \
                or not (_BOTH_SIDES.search(m.folded, c.sentence.start, c.sentence.end) or c.trigger.key.startswith("ال")):
            continue  # «وامتدت المواجهات إلى بلدة …»: the fighting told before
        before = next((b for b in reversed(cands[:k]) if b.event_type == "Battles"
                       and b.roles.actor1 is not None and b.roles.actor2 is not None), None)
        first = c.roles.actor1
        if before is not None and (first is None or not first.entries or first.entries[0].id in (
                "unidentified_armed_group", _role_id(before.roles.actor1))):
            c.roles.actor1, c.roles.actor2 = before.roles.actor1, before.roles.actor2


def _role_id(role: Role | None) -> str | None:
    return role.entries[0].id if role is not None and role.entries else None


def _name_victims_side(m: Mentions, cands: list[Candidate]) -> None:
    """A state's strike whose victims the text names only as persons gets as actor2 the armed group that the
    next sentences say they belonged to («ونعتهم سرايا القدس», «زعم الجيش أن المستهدف ناشط في صفوف حزب الله»)."""
    for k, c in enumerate(cands):
        first, target = c.roles.actor1, c.roles.actor2
        if c.event_type != "Explosions/Remote violence" or first is None or first.inter not in (1, 8) \
                or (target is not None and target.inter != CIVILIANS):
            continue
        later = [s for s in m.sentences[c.sentence.index + 1:c.sentence.index + 4]
                 if s.paragraph <= c.sentence.paragraph + 2]
        end = later[-1].end if later else c.sentence.end
        if k + 1 < len(cands) and cands[k + 1].sentence.start > c.sentence.start:
            end = min(end, cands[k + 1].sentence.start)
        side = victims_side(m, c.trigger.end, end)
        if side is not None and side.entries[0].id != first.entries[0].id:
            c.roles.actor2 = side


def _unattributed(cand: Candidate) -> bool:
    """No attacker named yet: a passive lead («قُتل ثلاثة جنود بهجوم…») that a later claim may complete."""
    first = cand.roles.actor1
    return first is None or not first.entries or first.entries[0].id == "unidentified_armed_group"


def _name_unattributed_aircraft(cands: list[Candidate]) -> None:
    """«قتل ثلاثة بغارات جوية على X، رافقها قصف لمروحيات النظام على Y»: an air strike whose owner the text
    does not name in its own sentence was flown by the air force that the nearest air strike of the report names
    (only states and a few armed forces fly; one report rarely mixes them without naming each)."""
    named = sorted((c for c in cands if c.sub_event_type == AIR_STRIKE and c.roles.actor1 is not None),
                   key=lambda c: c.sentence.start)
    starts = [c.sentence.start for c in named]
    for c in cands:
        if c.sub_event_type != AIR_STRIKE or c.roles.actor1 is not None or not named:
            continue
        i = bisect_left(starts, c.sentence.start)
        nearest = min(named[max(0, i - 1):i + 1], key=lambda n: abs(n.sentence.start - c.sentence.start))
        c.roles.actor1 = nearest.roles.actor1


def _add_toll(m: Mentions, sent: Sentence, out: list[Candidate], told_at: EventsByPlace) -> None:
    """A sentence with no incident of its own that tells casualties right after an event gives that event's toll
    (a source's figures, victims counted by the rescuers), unless it tells a total, a past or another place."""
    found = _sentence_toll(m, sent)
    if not (found.any_killed or found.wounded_figures or found.none_reported or m.within("numbers", sent.start, sent.end)):
        return  # most sentences: no victim, figure or word that nobody was hurt, nothing to add
    named = _toll_target(sent, out, told_at)
    if named is not out[-1]:  # «وقال مختار بلدة X إن المنازل المستهدفة كانت خالية»: the event at X
        _add_event_toll(m, sent, named, found, named_place=True)
        return
    group = _untold_list(out)
    _add_event_toll(m, sent, out[-1], found)
    split_list_toll(group)


def _untold_list(out: list[Candidate]) -> list[Candidate]:
    """The places of one list that the last candidate closes, when none has a toll yet."""
    group = list(takewhile(lambda c: c.sentence is out[-1].sentence, reversed(out)))[::-1] if out else []
    # a sentence's candidates stand together at the end: no walk over the whole document per sentence
    told = any(c.casualties.any_killed or c.casualties.wounded_figures for c in group)
    return group if len(group) > 1 and not told else []


def split_list_toll(group: list[Candidate], toll: cas.Casualties | None = None) -> None:
    """A toll told after a list of places hit together (``toll``, else the last one's) is split among them, as
    ACLED does (4 over 3 → 2, 1, 1)."""
    if not group:
        return
    toll = toll or group[-1].casualties
    killed, wounded = _split_shares(toll, len(group))
    for i, c in enumerate(group if killed or wounded else []):
        c.casualties = cas.Casualties(killed_figures=killed[i:i + 1], wounded_figures=wounded[i:i + 1],
                                      none_reported=toll.none_reported)


def _sentence_toll(m: Mentions, sent: Sentence) -> cas.Casualties:
    """The casualties a sentence tells (a fresh record: events merge into it)."""
    return cas.count(m.tokens(sent.start, sent.end), m.within("numbers", sent.start, sent.end), _nobody_hurt(m, sent))


def _add_event_toll(m: Mentions, sent: Sentence, event: Candidate, found: cas.Casualties,
                    named_place: bool = False) -> None:
    """One event's toll (``found``, the sentence's) from a sentence that tells only casualties; one that names the
    event's place may stand further from it (``named_place``)."""
    numbers = m.within("numbers", sent.start, sent.end)
    first = numbers[0].start if numbers else sent.end
    blocked = any(c.kinds & _NO_TOLL_CUES and c.start < first for c in m.within("cues", sent.start, sent.end))
    if (sent.paragraph - event.last_paragraph > 1 and not named_place) or blocked or _elsewhere(m, sent, event) \
            or _another_day(m, sent, event) or _aggregate_count(m, sent) \
            or _subset_toll(m, sent):
        return  # «… دون أن تتبنى أي جهة الهجوم حتى الآن» after the figure tells no total; «20 من بين القتلى» a part
    _attackers_own_dead(m, sent, event.roles.actor1, found)
    if found.any_killed or found.wounded_figures or (found.none_reported and not event.casualties.any_killed):
        event.casualties.merge(found)  # «ما في ضحايا بالأرواح» after the wounded: nobody was killed
        event.evidence.append((sent.start, sent.end))
        event.last_paragraph = sent.paragraph


def _another_day(m: Mentions, sent: Sentence, event: Candidate) -> bool:
    """The sentence names a time that may not be the event's («وكان قصف أمس قد أسفر عن …»); one that the text
    cannot resolve while the event's date is unknown too («منذ صباح الأحد» in an undated report) is no other day,
    unless the toll runs since it («حصيلة الاشتباكات منذ 26 آب»)."""
    return _only_running_total(m, sent) or any(t.date is not None or event.date is not None for t in m.within("times", sent.start, sent.end))


def _homes_hit(m: Mentions, cand: Candidate) -> bool:
    """«قصفت مدفعية الاحتلال منازل المواطنين في بلدة بيت لاهيا»: a strike on the homes of the place hit; and
    «شهدت قرية A وقرية B قصفاً عنيفاً»: villages that bore the shelling, with no armed side named as its target."""
    if cand.event_type != "Explosions/Remote violence" or cand.military_site or cand.place is None:
        return False
    start = cand.place.start - len(cand.place.prefix)
    if cand.roles.actor2 is None and _villages_bore(m, cand.sentence.start, cand.trigger.start):
        return True
    return any(t.text in _HOME_WORDS for t in m.tokens(max(cand.sentence.start, start - HOMES_WINDOW), start))


def _villages_bore(m: Mentions, start: int, trigger_start: int) -> bool:
    """«شهدت قرى A وB هجوماً»: a verb of witnessing with villages for its subject, before the trigger."""
    before = m.tokens(start, trigger_start)
    return any(t.text in _WITNESS_VERBS and without_proclitic(n.text, _VILLAGE_WORDS) in _VILLAGE_WORDS
               for t, n in zip(before, before[1:]))


def _subset_toll(m: Mentions, sent: Sentence) -> bool:
    """«وأضاف المصدر أن 20 من بين القتلى كانوا من مقاتلي قوة الرضوان», «إن أحد القتيلين سقط داخل منزله»: a part of
    the toll told before, no new one."""
    if any(_SUBSET_OF_DEAD.match(m.folded, n.end) for n in m.within("numbers", sent.start, sent.end)):
        return True
    words = [t.text for t in m.tokens(sent.start, sent.end)]
    return not _ONE_OF_WORDS.isdisjoint(words) and any(
        w in _ONE_OF_WORDS and n.startswith("ال") and n[2:] in cas.vocabulary()["killed"] for w, n in zip(words, words[1:]))


def _elsewhere(m: Mentions, sent: Sentence, event: Candidate) -> bool:
    """The sentence names a place outside the event's governorate (the speaker's «أمن بنغازي» is not elsewhere)."""
    return any(p.place is not None and p.place.feature != "country"
               and (_placeless(event) or p.place.admin1 != event.place.place.admin1)
               for p in m.within("places", sent.start, sent.end))


def _toll_target(sent: Sentence, out: list[Candidate], told: EventsByPlace) -> Candidate:
    """The event a restated toll is about: the latest one whose place it names («حصيلة غارة المزة»), else the last."""
    return told.latest_named_in(sent) or out[-1]


_NAME_PROCLITICS = "وبلف"  # the letters ``_names_place`` lets stand before a place name
_WORD_RUN = re.compile(r"\w+")


class EventsByPlace:
    """The events of ``out`` by the folded name of their place, to find the latest one a sentence names.

    Testing every earlier event for each sentence made the frame stage quadratic in document length; here a
    sentence's words are looked up instead. A name is filed under its first word (its leading run of word
    characters): a name that ``_names_place`` finds starts a word of the sentence or follows a proclitic letter at
    its start, so the sentence's words and those words without that letter are the only keys to look up; each
    name found so is then checked with ``_names_place`` itself, so the answer is the same as the full walk.

    Events are filed as they are appended to ``out`` (on the next lookup). An event whose place changes after that
    (``_absorb``) must be passed to ``moved``; its entry under the old name is skipped on lookup.
    """

    def __init__(self, m: Mentions, out: list[Candidate]) -> None:
        self._folded = m.folded
        self._out = out
        self._filed = 0  # out[:_filed] are filed
        self._position: dict[int, int] = {}  # id(event) → its index in out
        self._by_first_word: dict[str, dict[str, list[int]]] = {}  # first word → name → indices in out, ascending

    def moved(self, event: Candidate) -> None:
        """File ``event`` under the name of its new place."""
        self._file_new()
        self._file(self._position[id(event)])

    def latest_named_in(self, sent: Sentence) -> Candidate | None:
        """The latest event with a place whose name ``sent`` holds as a word of its own (``_names_place``)."""
        self._file_new()
        text = self._folded[sent.start:sent.end]
        words = set(_WORD_RUN.findall(text))
        words |= {w[1:] for w in words if w[0] in _NAME_PROCLITICS}
        words.add("")
        best = -1
        for word in words:
            for name, positions in self._by_first_word.get(word, {}).items():
                if positions[-1] > best and _names_place(text, name):
                    best = max(best, self._latest_with(name, positions))
        return self._out[best] if best >= 0 else None

    def _file_new(self) -> None:
        while self._filed < len(self._out):
            self._position[id(self._out[self._filed])] = self._filed
            self._file(self._filed)
            self._filed += 1

    def _file(self, position: int) -> None:
        name = self._name(self._out[position])
        if name is None:
            return
        first = _WORD_RUN.match(name)  # a name that starts with no word character is filed under "" (always tried)
        positions = self._by_first_word.setdefault(first.group() if first else "", {}).setdefault(name, [])
        if position not in positions:
            insort(positions, position)

    def _name(self, event: Candidate) -> str | None:
        return None if _placeless(event) else self._folded[event.place.start:event.place.end]

    def _latest_with(self, name: str, positions: list[int]) -> int:
        """The latest of ``positions`` whose event still has the place ``name`` (-1 when none has)."""
        return next((i for i in reversed(positions) if self._name(self._out[i]) == name), -1)


_BEFORE_NAME = re.compile(rf"(?:^|[\s«(])[{_NAME_PROCLITICS}]?\Z")  # what may end right before a place name
_WORD_CHAR = re.compile(r"\w")


def _names_place(text: str, name: str) -> bool:
    """``name`` stands in ``text`` as a word of its own, behind a proclitic or not: each place ``name`` stands at
    is tested (with two fixed patterns: one pattern per name would be compiled anew for most names of a long
    document, as ``re`` keeps only a few hundred)."""
    at = text.find(name)
    while at >= 0:
        if _BEFORE_NAME.search(text, max(0, at - 2), at) and not _WORD_CHAR.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def _update_toll(m: Mentions, sent: Sentence, event: Candidate) -> bool:
    """Give the event a restated toll's figures (the latest toll wins; wounded who died are no longer wounded);
    False when the sentence has none."""
    found = cas.count(m.tokens(sent.start, sent.end), m.within("numbers", sent.start, sent.end), False,
                      window=TOLL_WINDOW)
    if not (found.killed_figures or found.wounded_figures) \
            or _running_total(m, sent):
        return False  # «ارتفعت حصيلة الشهداء منذ السابع من أكتوبر إلى …» is a running total
    toll = event.casualties
    toll.risen = True
    if found.killed_figures:
        toll.killed_figures, toll.none_reported = [max(found.killed_figures)], False
        toll.overall = toll.overall or found.overall
    if found.died_of_wounds and toll.wounded_figures:
        toll.wounded_figures = [max(0, min(toll.wounded_figures) - max(found.died_of_wounds))]
    if found.wounded_figures:
        toll.wounded_figures = [max(found.wounded_figures)]
    event.evidence.append((sent.start, sent.end))
    return True


def _retold(m: Mentions, sent: Sentence, trig: TriggerMention, event: Candidate) -> bool:
    """A sentence with no place or day of its own that names the event before with its own trigger noun made
    definite («في الهجوم», «الغارة») and gives no other toll tells more of that event, whatever else it names
    (the bombs the attackers planted, why the toll stayed low)."""
    if _own_places(m, sent) and not _quarters_of(m, sent, event) or _own_day(m, sent) \
            or _ANOTHER.search(m.folded, sent.start, sent.end):
        return False
    if not _placeless(event) and not m.within("places", sent.start, sent.end) \
            and _village_named(m, m.tokens(sent.start, sent.end), event.place.place) is not None:
        return False  # «كما استهدفت قوات النظام قرية X بالبراميل المتفجرة»: a village of its own
    told = _family(trig.trigger.id).event_type
    if trig.trigger.id == "suicide" or not ({told, event.event_type} <= _VIOLENCE or told == event.event_type):
        return False  # a suicide bombing makes more of an «attack»; a protest against the abduction is news
    if _PROTEST_GRAVITY.get(trig.trigger.sub_event_type or "", 0) > _PROTEST_GRAVITY.get(event.sub_event_type, 0):
        return False  # «وفرّقت قوات الأمن المتظاهرين»: the rally was met with force (_absorb)
    named = any(t.trigger.id == event.trigger.trigger.id and t.key.startswith(("ال", "بال", "وال"))
                for t in m.within("triggers", sent.start, sent.end))
    if not named:
        return False
    found = _sentence_toll(m, sent)
    _attackers_own_dead(m, sent, event.roles.actor1, found)
    if found.killed_figures and set(found.killed_figures) != set(event.casualties.killed_figures) \
            and not _quarters_of(m, sent, event):
        return False
    event.casualties.merge(found)
    event.evidence.append((sent.start, sent.end))
    return True


def _quarters_of(m: Mentions, sent: Sentence, event: Candidate) -> bool:
    """«انتُشلت جثتان من حيي أبو سليم وصلاح الدين» after clashes in the capital: every place the sentence names is a
    quarter of the city the event was told at (a quarter word before them, in its governorate)."""
    if _placeless(event) or event.place.place.feature != "populated":
        return False
    places = [p for p in m.within("places", sent.start, sent.end) if p.place is not None]
    return bool(places) and any(t.text in _QUARTER_WORDS for t in m.tokens(sent.start, places[0].start)) \
        and all(p.place.admin1 == event.place.place.admin1 for p in places)


def _intercepted(m: Mentions, sent: Sentence, trig: TriggerMention, out: list[Candidate]) -> bool:
    """«استهدفت مسيّرات للدعم السريع مواقع في كادوقلي. وقال مصدر إن الدفاعات الأرضية تصدت لها»: an interception
    told soon after a strike, naming no other place, brings that strike's drones or missiles down: the strike
    becomes a Disrupted weapons use, the side that brought them down actor1 and their owner actor2. Not when only
    some were brought down («أسقطت بعضها»): the others hit."""
    defence = trig if trig.trigger.id == "disrupted" else next(
        (t for t in m.within("triggers", sent.start, sent.end) if t.trigger.id == "disrupted"), None)
    if defence is None:
        return False  # most sentences: no interception told, nothing more to look at
    named = [p.place for p in m.within("places", sent.start, sent.end) if p.place is not None and p.place.feature != "country"]
    event = next((c for c in reversed(out[-INTERCEPT_REACH:]) if c.sub_event_type in _INTERCEPTABLE and c.place is not None
                  and all(p == c.place.place for p in named)), None)
    if event is None or sent.paragraph - event.last_paragraph > 1:
        return False  # (the strike's own town named again, «فشلت في إصابة أهدافها في الأبيض», is no other place)
    words = m.tokens(sent.start, sent.end)
    if any(t.text in _PARTIAL_WORDS for t in words) or defence is not trig and not any(
            t.text.startswith(_SHOOT_DOWN) for t in words):
        return False  # («المسيّرات … تعاملت معها المضادات الأرضية» names the strike's drones, then their fate)
    roles = assign_roles(m, sent, defence)
    owner = event.roles.actor1
    # the side named with the defences, else the side the strike was aimed at, brought the weapons down
    shooter = next((r for r in (roles.actor1, roles.actor2, event.roles.actor2) if r is not None and r.entries
                    and r.inter != CIVILIANS and (owner is None or not owner.entries
                                                  or r.entries[0].id != owner.entries[0].id)), None)
    event.event_type, event.sub_event_type = defence.trigger.event_type, defence.trigger.sub_event_type
    event.roles = ActorRoles(shooter, owner)
    event.evidence.append((sent.start, sent.end))
    return True


def _restated_without_casualties(m: Mentions, sent: Sentence, trig: TriggerMention, out: list[Candidate]) -> bool:
    """A sentence that names the event before with a definite noun («القصف»، «الهجوم») only to say it hurt
    nobody adds that outcome to it (and to the other places its sentence listed as hit), not a new event."""
    event = out[-1]
    if not _nobody_hurt(m, sent) or not trig.key.startswith("ال") \
            or trig.trigger.event_type != event.event_type or _own_places(m, sent):
        return False
    for c in out:
        if c.sentence is event.sentence and not c.casualties.any_killed:
            c.casualties.none_reported = True
    event.evidence.append((sent.start, sent.end))
    return True


def _best_trigger(m: Mentions, sent: Sentence) -> TriggerMention | None:
    """The most specific trigger of the sentence, outside quoted speech.

    Explosives that were seized («ضبطت بحوزته عبوات ناسفة») are not explosions; a riot needs a crowd.
    """
    trigs = m.within("triggers", sent.start, sent.end)
    if not trigs:
        return None  # most sentences: nothing to weigh
    cues = m.within("cues", sent.start, sent.end)
    figures = [(c.start, c.end) for c in cues if "metaphor" in c.kinds] + [
        d.span() for d in _DEPICTED.finditer(m.folded, sent.start, sent.end)]  # what pictures show is not told
    accused = min((c.start for c in cues if "accusation" in c.kinds), default=sent.end)
    trigs = [t for t in trigs
             if not m.in_speech(t.start) and not (figures and any(s <= t.start < e for s, e in figures))
             and t.start < accused]  # «القبض على خمسة متورطين في هجوم بقنبلة يدوية»: the arrest is the news
    if not trigs:
        return None  # (what follows only removes or replaces triggers)
    seizures = [c.start for c in cues if "seizure" in c.kinds]
    unexploded = [c.start for c in cues if "unexploded" in c.kinds]
    cache = min((t.start for t in trigs if t.trigger.id == "weapons_seized"), default=sent.end)
    trigs = [t for t in trigs if not (t.trigger.id in _WEAPON_TRIGGERS and (
        any(0 <= t.start - s < 60 for s in seizures) or any(0 <= s - t.end < UNEXPLODED_GAP for s in unexploded)
        or t.start > cache))]  # «ضبط مخزن للأسلحة … يحتوي على صواريخ وألغام»: the weapons after a cache are its contents
    # «ودمّرت سيارة مفخخة كانت معدة للتفجير»: a device told as unexploded after it is no explosion
    if _AGREEMENT_VERBS.isdisjoint([tok.text for tok in m.tokens(sent.start, sent.end)]):
        trigs = [t for t in trigs if t.trigger.id != "agreement"]  # «رغم اتفاق وقف إطلاق النار» is no agreement
    if not _has_crowd(m, sent):
        trigs = [t for t in trigs if t.trigger.event_type != "Riots"] or \
            [TriggerMention(t.start, t.end, t.key, _family("looting")) for t in trigs]
    calm = [(c.start, c.end) for c in cues if "uncontested" in c.kinds]
    trigs = [t for t in trigs if not (t.trigger.id == "clash" and any(s <= t.start < e for s, e in calm))]
    # «دون وقوع اشتباكات»: the clash word says there was no fighting
    against = min((c.start for c in cues if "protest_against" in c.kinds), default=None)
    if against is not None and any(t.trigger.event_type == "Protests" and t.start < against for t in trigs):
        trigs = [t for t in trigs if t.start < against]  # «مسيرة احتجاجاً على القصف»: the shelling is the cause
    if any(t.trigger.id == "arrest" for t in trigs):
        trigs = [t for t in trigs if not (t.trigger.event_type == "Protests" and _organisers_of(m, sent, t))]
    ongoing = ONGOING.search(m.folded, sent.start, sent.end)
    if ongoing is not None and any(t.start < ongoing.start() for t in trigs):
        trigs = [t for t in trigs if t.start < ongoing.start()]  # «…، فيما تتواصل المعارك في …» adds no incident
    trigs = [t for t in trigs if t.key.split()[-1] != _CONTROL_NOUN or _CONTROL_OVER.match(m.folded, t.end, sent.end)]
    # «بعد خروجها من سيطرة الجيش» tells who held it, «من سيطرة الجيش على البلدة» that it was taken
    trigs = [t for t in trigs if not _no_act(m, sent, t) and not _place_named(m, t) and not _movement_named(m, t)]
    trigs = [t for t in trigs if not _cause_of_violence(m, sent, t, trigs)]
    # «دون أن تتمكن من اعتقال أي منهم», «التي تحاول التسلل», «بلدية الحراك»
    if not trigs:
        return None
    agreement = [t for t in trigs if t.trigger.id in ("agreement", "agreement_reached")]
    if agreement:
        return agreement[0]  # «توصّل الوجهاء إلى اتفاق … بعد مواجهات أسفرت عن مقتل …»: the agreement is the news
    first = min(trigs, key=lambda t: t.start)
    if first.trigger.id in TERRITORY:
        return first  # «استعادت قواته السيطرة على بلدة … بعد معارك»: the change of control is the news
    shot_down = next((t for t in trigs if t.trigger.id == "disrupted" and t.key.startswith(_SHOOT_DOWN)), None)
    if shot_down is not None:
        return shot_down  # «أسقطت الدفاعات الجوية طائرة مسيّرة»: the drone named is the one brought down
    brought_down = _brought_down(m, sent, trigs)
    if brought_down is not None:
        return brought_down
    best = max(trigs, key=lambda t: (t.trigger.rank, -t.start))
    if best.trigger.id == "mob_violence" and any(t.trigger.event_type == "Protests" for t in trigs):
        return TriggerMention(best.start, best.end, best.key, _family("protest_intervention"))
        # «اعتدى عناصر الحاجز بالضرب على متظاهرين»: protesters beaten are a protest broken up, not a mob
    riot = next((t for t in trigs if t.trigger.id == "riot" and t.key in _CROWD_ATTACK_KEYS), None)
    if best.trigger.id == "protest_intervention" and riot is not None:
        return riot  # «رشق الشبان الآليات بالحجارة، فأطلقت القوات قنابل الغاز»: a crowd that fought is a riot (ACLED)
    air = next((t for t in trigs if t.trigger.id == "air_strike"), None)
    if best.trigger.id == "shelling" and best.key in _BARE_SHELLING and air is not None:
        best = air  # «قصف» by aircraft: «قصفت طائرات حربية …» is an air strike
    elif best.trigger.id == "shelling" and best.key in _BARE_SHELLING and _VEHICLE_TARGET.search(
            m.folded, best.end, min(sent.end, best.end + 60)):
        best = TriggerMention(best.start, best.end, best.key, _family("air_strike"))
        # «قصف إسرائيلي استهدف سيارة»: guns do not pick off a car; a drone does
    assault = next((t for t in trigs if t.trigger.id == "attack" and t.start < best.start), None)
    if best.trigger.id in _SUPPORTING_FIRE and assault is not None and (any(
            w.text in _USING_WORDS for w in m.tokens(assault.end, best.start)) or _fire_before(m, sent, assault, best)):
        return assault  # «شنت هجوماً … مستخدمة المدفعية الثقيلة والطائرات المسيّرة»: the weapons of the assault
    clash = next((t for t in trigs if t.trigger.id == "clash"), None)
    if (best.trigger.id in _SUPPORTING_FIRE or best.trigger.id == "explosive") and clash is not None \
            and clash.start < best.start:
        return clash  # artillery, drones or bombs («تخللها تفجير عبوات») backing an assault stay inside the battle
    if best.trigger.id in ("suicide", "explosive") and clash is not None and clash.start > best.start:
        return clash  # a car bomb that opens an assault on the base is part of the battle (ACLED: armed clash)
    return best


def _reported(m: Mentions, sent: Sentence, trig: TriggerMention) -> bool:
    """«تلقى مركز الشرطة بلاغاً عن اختفاء …»: the sentence tells, before its act, a report to the authorities."""
    return _REPORTED.search(m.folded, sent.start, trig.start) is not None


def _fire_before(m: Mentions, sent: Sentence, assault: TriggerMention, fire: TriggerMention) -> bool:
    """«حاولت قوة اقتحام البلدة بعد أن قصفتها بالمدفعية»: the fire that opened the assault on the same place (no
    day and no other place told after the word that links them, as in «بعد يومين من قصف قرية أخرى»)."""
    link = next((w for w in m.tokens(assault.end, fire.start) if w.text in _FIRE_BEFORE_WORDS), None)
    if link is None or m.within("times", link.start, fire.end):
        return False
    before = {p.key for p in m.within("places", sent.start, link.start)}
    return all(p.key in before for p in m.within("places", link.end, sent.end))


def _taken_in_fight(m: Mentions, sent: Sentence, trig: TriggerMention, roles: ActorRoles) -> bool:
    return roles.actor1 is not None and _control_taken(m, sent, trig)


def _control_change(roles: ActorRoles) -> str:
    return "Government regains territory" if roles.actor1.inter == 1 else "Non-state actor overtakes territory"


def _control_taken(m: Mentions, sent: Sentence, trig: TriggerMention) -> bool:
    """The fight ends in a side taking ground: «اشتباكات … إذ سيطر المسلحون على أجزاء من البلدة». Not a place
    told as held («المواقع التي سيطرت عليها العشائر»), nor a building stormed («سيطروا على مقر للتنظيم»)."""
    for t in m.within("triggers", trig.end, sent.end):
        if t.trigger.id not in TERRITORY or m.in_speech(t.start):
            continue
        before = m.folded[max(sent.start, t.start - HELD_GAP):t.start]
        if _RELATIVE.search(before) is None and _ON_IT.match(m.folded, t.end) is None \
                and _BUILDING_TAKEN.match(m.folded, t.end) is None:
            return True
    return False


def _organisers_of(m: Mentions, sent: Sentence, protest: TriggerMention) -> bool:
    """«اعتقلت أربعة من منظمي الوقفة»: the protest named after its organisers tells who was arrested."""
    return any(w.text in _ORGANISERS for w in m.tokens(max(sent.start, protest.start - 16), protest.start)[-2:])


def _no_act(m: Mentions, sent: Sentence, t: TriggerMention) -> bool:
    """What a side failed to do («دون أن تتمكن من اعتقال») or is only trying to do («تحاول التسلل») is no act."""
    return _NO_ACT.search(m.folded, max(sent.start, t.start - 40), t.start) is not None


def _cause_of_violence(m: Mentions, sent: Sentence, t: TriggerMention, trigs: list[TriggerMention]) -> bool:
    """«اندلعت اشتباكات بين المجموعة وعناصر الفصيل بسبب انشقاق المجموعة»: a strategic development told as the
    cause of the violence before it is no event of its own; the violence is."""
    if t.trigger.event_type != "Strategic developments" or not any(
            x.start < t.start and x.trigger.event_type in _VIOLENCE for x in trigs):
        return False
    return any(w.text in _CAUSE_WORDS for w in m.tokens(max(sent.start, t.start - 16), t.start)[-2:])


def _place_named(m: Mentions, t: TriggerMention) -> bool:
    """«رئيس بلدية الحراك», «بلدة الحراك»: a protest word right after a word of a settlement is its name."""
    before = m.tokens(max(0, t.start - 16), t.start)[-1:]
    return t.trigger.event_type == "Protests" and bool(before) and (
        without_proclitic(before[0].text, _SETTLEMENT_OR_MUNICIPALITY) in _SETTLEMENT_OR_MUNICIPALITY)


def _movement_named(m: Mentions, t: TriggerMention) -> bool:
    """«يُرجَّح أنهما من عناصر الحراك الجنوبي»: a protest word inside the longer name of an actor names a movement,
    not a protest."""
    return t.trigger.event_type == "Protests" and any(
        a.start <= t.start and t.end <= a.end and a.end - a.start > t.end - t.start for a in m.within("actors", t.start, t.end))


def _has_crowd(m: Mentions, sent: Sentence) -> bool:
    if any(t.trigger.event_type == "Protests" for t in m.within("triggers", sent.start, sent.end)):
        return True
    if not _CROWD_WORDS.isdisjoint([tok.text for tok in m.tokens(sent.start, sent.end)]):
        return True  # «على أيدي شبان غاضبين»، «مجموعة من الأهالي»
    return any(a.entries and a.entries[0].inter in (5, 6) for a in m.within("actors", sent.start, sent.end))


def _brought_down(m: Mentions, sent: Sentence, trigs: list[TriggerMention]) -> TriggerMention | None:
    """«اعترضت الدفاعات الجوية طائرة مسيّرة», «أسقط الجيش مسيّرة»: a drone or missile that a verb of bringing
    down or intercepting governs (a few words before it) was disrupted, not fired."""
    for t in trigs:
        if t.trigger.id not in ("air_strike", "shelling", "disrupted"):
            continue
        words = m.tokens(max(sent.start, t.start - 40), t.start)[-5:]
        if any(w.text.startswith(_SHOOT_DOWN) for w in words):
            return TriggerMention(t.start, t.end, t.key, _family("disrupted"))
    return None


def _family(trigger_id: str) -> Trigger:
    """A trigger family by id (as listed with its first word in the lexicon)."""
    return _families()[trigger_id]


@cache
def _families() -> dict[str, Trigger]:
    """Each trigger family by id, read from the lexicon once."""
    families: dict[str, Trigger] = {}
    for key in trigger_matcher().keys():
        for trigger in trigger_matcher().get(key):
            families.setdefault(trigger.id, trigger)
    return families


_MISHAP_FAMILIES = frozenset({"killing", "explosive", "attack"})  # words an accident's toll is told in too
_SPORT_FAMILIES = frozenset({"attack"})
_ARMED_INTER = (2, 3, 4, 8)  # rebels, political and identity militias, external forces (ACLED inter codes)


def _no_violence_beside(m: Mentions, sent: Sentence, families: frozenset[str]) -> bool:
    """The sentence's triggers are all of ``families``, and it names no weapon and no armed group: all that an
    accident, a disaster or a match report can hold (cues.yaml: mishap, sport)."""
    if any(t.trigger.id not in families for t in m.within("triggers", sent.start, sent.end)):
        return False
    if any(a.entries and a.entries[0].inter in _ARMED_INTER for a in m.within("actors", sent.start, sent.end)):
        return False
    return not any(without_proclitic(tok.text, _VIOLENT_MEANS) in _VIOLENT_MEANS for tok in m.tokens(sent.start, sent.end))


def _skip_sentence(m: Mentions, sent: Sentence, trig: TriggerMention, published: dt.date | None,
                   told_of: Candidate | None = None) -> bool:
    """Reported speech, threats, negation, aggregates, background, crime and non-events are not coded (but a
    source's account of what the raid ``told_of`` led to is that raid's outcome)."""
    kinds = m.cue_kinds(sent.start, sent.end)
    strong = trig.trigger.rank > WEAK_RANK
    protest = trig.trigger.event_type == "Protests"
    if "negation" in kinds and (_cue_before(m, sent, trig, "negation") or not _own_places(m, sent)):
        return True  # «نفت مصادر … أنباء عن مقتل عنصرين»: a denial adds nothing to the event
    if "future" in kinds and not _has_figures(m, sent) and not _own_day(m, sent):
        return True
    if "threat" in kinds and not protest and not _has_figures(m, sent) and _cue_before(m, sent, trig, "threat"):
        return True
    if ("history" in kinds and not protest) or "opinion" in kinds or ("release" in kinds and not protest):
        return True  # «في مثل هذا اليوم من آذار 2019»; a release tells of an earlier abduction (protesters
        # demanding releases, or marking an anniversary, still protest)
    if ("aggregate" in kinds and not _day_before(m, sent, "aggregate") and _aggregate_in_main_clause(m, sent, trig)) \
            or _aggregate_count(m, sent) or _INTENSIFIED.search(m.folded, sent.start, sent.end):
        return True
    if "siege" in kinds and not _own_day(m, sent) and _aggregate_in_main_clause(m, sent, trig, "siege"):
        return True  # «كما تحاصر القوات المدينة، ما تسبب في مقتل أكثر من 250»: a running toll of the siege
    if "vague_span" in kinds and not _has_figures(m, sent) and not any(
            p.place is not None and p.place.feature not in _COARSE_FEATURES for p in m.within("places", sent.start, sent.end)):
        return True  # «… على بلدات عدة في شمال دارفور في اليومين الماضيين»
    if "statement" in kinds and not (_has_figures(m, sent) or _own_day(m, sent) or _own_places(m, sent)
                                     or told_of is not None and (told_of.raid_only or suicide_told(told_of, trig)
                                                                 or _arrests_after_protest(told_of, trig)
                                                                 or _in_reply(m, sent, trig))):
        return True
    if "background" in kinds and not _own_recent_date(m, sent, published) and not (protest and _anniversary(m, sent)):
        return True
    if _only_running_total(m, sent):
        return True  # «حصيلة المواجهات التي اندلعت منذ 26 آب بلغت 98 قتيلاً»: a running total
    if _PLUPERFECT.match(m.folded, sent.start, sent.end) and not any(t.precision in (1, 2) for t in _sentence_times(m, sent)):
        return True  # «وكانت المعارضة قد نظمت احتجاجات مماثلة في نيسان» tells the past; «… قد قُتل الأسبوع الماضي» news
    if "died_of_wounds" in kinds and _cue_before(m, sent, trig, "died_of_wounds") and not _wounding_dated(m, sent):
        return True  # «وفاة شاب، متأثراً بجراح أصيب بها، في شجار مسلح»: an earlier clash, its day untold
    if ("criminal" in kinds or "celebratory" in kinds) and trig.trigger.id in ("arrest", "attack", "killing"):
        return True
    if "mishap" in kinds and _no_violence_beside(m, sent, _MISHAP_FAMILIES):
        return True  # «لقي ثلاثة مصرعهم في حادث سير», «انفجرت أسطوانة غاز داخل منزل»: an accident
    if "verdict" in kinds and _no_violence_beside(m, sent, _MISHAP_FAMILIES):
        return True  # «أصدرت محكمة الجنايات حكماً بإعدام ثلاثة متهمين»
    if "sport" in kinds and _no_violence_beside(m, sent, _SPORT_FAMILIES):
        return True  # «وشن لاعبو الفريق هجمات متتالية على المرمى»
    if "nonevent" in kinds and not strong or _only_overflight(m, sent, trig):
        return True
    if "heard" in kinds and not _has_figures(m, sent) and not m.within("actors", sent.start, sent.end):
        return True  # «وسُمع دوي القذائف في المنطقتين»
    if _STILL.search(m.folded, max(sent.start, trig.start - ONGOING_WINDOW), min(sent.end, trig.end + ONGOING_WINDOW)) \
            and not (_has_figures(m, sent) or _own_day(m, sent)):
        return True  # «ولا تزال المواجهات مستمرة بين الطرفين» tells a state of affairs, not an incident
    return _dated_background(m, sent, published)


def _only_overflight(m: Mentions, sent: Sentence, trig: TriggerMention) -> bool:
    """«شهدت أجواء البلدة تحليقاً مكثفاً للطيران المسيّر», «حلقت طائرات مسيّرة في أجواء المنطقة»: aircraft that
    only fly over, with nobody hurt, strike nothing."""
    if not all(_aircraft(t) for t in m.within("triggers", sent.start, sent.end)):
        return False  # «حلقت مسيّرة فوق البلدة ثم استهدفت دراجة»: a strike told with the flight
    flying = any(without_proclitic(t.text, _FLIGHT_WORDS) in _FLIGHT_WORDS for t in m.tokens(sent.start, sent.end))
    return flying and not _has_figures(m, sent)


def _aircraft(trig: TriggerMention) -> bool:
    """The trigger only names aircraft («طائرات مسيّرة إسرائيلية», «الطيران الحربي»)."""
    return all(without_proclitic(w, _AIRCRAFT_TRIGGER_WORDS) in _AIRCRAFT_TRIGGER_WORDS for w in trig.key.split())


def _in_reply(m: Mentions, sent: Sentence, trig: TriggerMention) -> bool:
    """«وأضاف المصدر أن القوات ردّت بقصف مدفعي على مواقع الحركة»: the side hit fired back, another event."""
    return _REPLY.search(m.folded, max(sent.start, trig.start - 12), trig.start) is not None


def _arrests_after_protest(told_of: Candidate, trig: TriggerMention) -> bool:
    """«وأفاد ناشطون بأن قوة أمنية اعتقلت أربعة من منظمي الوقفة», «وأضاف المصدر أن الأسايش أطلقت عقب ذلك حملة
    تفتيش اعتقلت خلالها ستة أشخاص»: a source tells the arrests after the protest or the killing."""
    return trig.trigger.id == "arrest" and told_of.event_type in _DEMONSTRATIONS | _VIOLENCE


def _anniversary(m: Mentions, sent: Sentence) -> bool:
    """Every background word of the sentence marks an anniversary («خلال إحياء الذكرى»): a protest held on it
    is news."""
    return all("history" in c.kinds for c in m.within("cues", sent.start, sent.end) if "background" in c.kinds)


def _aggregate_in_main_clause(m: Mentions, sent: Sentence, trig: TriggerMention, kind: str = "aggregate") -> bool:
    """An aggregate cue (or another of ``kind``) that is not inside a relative clause after the trigger: «تُسقط
    طائرة …، وهي الثانية عشرة التي يتم إسقاطها منذ بدء المعركة» still tells one shoot-down."""
    def in_relative_clause(cue_start: int) -> bool:
        rel = _RELATIVE.search(m.folded, trig.end, cue_start)  # «الضربات التي تلقاها خلال الأشهر» dates the trigger
        return rel is not None and len(m.folded[trig.end:rel.start()].split()) >= 2
    def not_yet(cue_start: int) -> bool:  # «ولم ترد حتى الآن معلومات عن ضحايا»: not yet known, no tally
        return any(t.text in _NEGATIONS for t in m.tokens(max(sent.start, cue_start - 16), cue_start)[-2:])
    return any(kind in c.kinds and not (c.start > trig.end and in_relative_clause(c.start))
               and not not_yet(c.start) for c in m.within("cues", sent.start, sent.end))


def _wounding_dated(m: Mentions, sent: Sentence) -> bool:
    """«توفي متأثراً بجراح أصيب بها أمس»: the day of the wounding is told after the words of the death."""
    cue = next(c.start for c in m.within("cues", sent.start, sent.end) if "died_of_wounds" in c.kinds)
    return any(t.start > cue for t in _sentence_times(m, sent))


def _cue_before(m: Mentions, sent: Sentence, trig: TriggerMention, kind: str) -> bool:
    return any(kind in c.kinds and c.start < trig.start for c in m.within("cues", sent.start, sent.end))


def _own_day(m: Mentions, sent: Sentence) -> bool:
    return any(t.precision == 1 for t in _sentence_times(m, sent))


def _own_places(m: Mentions, sent: Sentence) -> bool:
    return any(p.place is not None and p.place.feature != "country" and not _is_office(m, p)
               for p in m.within("places", sent.start, sent.end))


def _day_before(m: Mentions, sent: Sentence, kind: str) -> bool:
    """A day-precise date stated before the first cue of ``kind``: «اليوم الأربعاء … منذ أشهر»."""
    cue = next((c.start for c in m.within("cues", sent.start, sent.end) if kind in c.kinds), sent.end)
    return any(t.precision == 1 and t.start < cue for t in _sentence_times(m, sent))


def _has_figures(m: Mentions, sent: Sentence) -> bool:
    toks = m.tokens(sent.start, sent.end)
    found = cas.count(toks, m.within("numbers", sent.start, sent.end), False)
    return bool(found.any_killed or found.wounded_figures)


def _aggregate_count(m: Mentions, sent: Sentence) -> bool:
    """«87 عملية»، «أكثر من 85 هدفاً»: a count of operations is an aggregate."""
    for num in m.within("numbers", sent.start, sent.end):
        if num.is_year or not num.value:
            continue
        after = m.tokens(num.end, min(sent.end, num.end + 20))
        if not after:
            continue
        if after[0].text in _AGGREGATE_NOUNS and num.value >= 3:
            return True  # «87 عملية» — but «ثلاث غارات على منطقة جربان» is one raid
        if after[0].text in _STRIKE_NOUNS and num.value >= 10 and (
                not _local_places(m, sent) or _AT_LEAST.search(m.folded, max(sent.start, num.start - 12), num.end)):
            return True  # «أكثر من 85 غارة على أنحاء البلاد»; «16 غارة على بلدات هجين والشعفة» are raids on named places
    return False


def _local_places(m: Mentions, sent: Sentence) -> bool:
    """The sentence names a town, village, quarter or site (not only a governorate or a country)."""
    return any(p.place is not None and not p.is_context and p.place.feature not in _COARSE_FEATURES
               and not _is_office(m, p) for p in m.within("places", sent.start, sent.end))


def _sentence_times(m: Mentions, sent: Sentence) -> list[TimeMention]:
    return [t for t in m.within("times", sent.start, sent.end)
            if not t.future and t.kind not in ("year", "since") and not m.in_speech(t.start)]


def _own_recent_date(m: Mentions, sent: Sentence, published: dt.date | None) -> bool:
    times = [t for t in _sentence_times(m, sent) if t.date is not None]
    if not times or published is None:
        return bool(_sentence_times(m, sent))
    return (published - times[0].date).days <= BACKGROUND_DAYS


def _dated_background(m: Mentions, sent: Sentence, published: dt.date | None) -> bool:
    """A sentence anchored only to a past year, or to a date long before publication."""
    times = m.within("times", sent.start, sent.end)
    if not times:
        return False
    own = _sentence_times(m, sent)
    if not own:
        return any(t.kind in ("year", "since") for t in times)
    first = own[0]
    return published is not None and first.date is not None and (published - first.date).days > BACKGROUND_DAYS


def _lead_time(m: Mentions, published: dt.date | None) -> TimeMention | None:
    """The first date of the lead paragraphs, for their sentences that have none: not a dateline's («دمشق -
    2025-11-18»), nor the date a statement was made when the sentence dates the incident too («ذكر اليوم
    الثلاثاء أن اللغم انفجر أمس الاثنين»)."""
    statements = m.once(_statement_ends)
    for sent in m.sentences:
        if sent.paragraph > LEAD_PARAGRAPHS:
            break
        if sent.index and "new_incident" in m.cue_kinds(sent.start, min(sent.end, sent.start + 30)):
            break  # «وفي جريمة جديدة، قصف … صباح اليوم» dates its own incident, not the lead
        own = [] if sent.dateline else _sentence_times(m, sent)
        if own:
            return next((t for t in own if not _just_after(statements, t.start, 30)), own[0])
    return None


def _restate_date(m: Mentions, sent: Sentence, event: Candidate) -> None:
    """«وذكر تقرير أن الحادث وقع ليل الإثنين»: a sentence that only dates the incident told before."""
    if event.own_date or not _INCIDENT_HAPPENED.search(m.folded, sent.start, sent.end):
        return
    own = [t for t in _sentence_times(m, sent) if t.date is not None and t.kind != "sequence"]
    if own:
        t = own[-1]
        event.time, event.date, event.precision, event.own_date = t, t.date, t.precision, True


def _nobody_hurt(m: Mentions, sent: Sentence) -> bool:
    """«دون وقوع إصابات», «ولم يسفر الانفجار عن قتلى»: the sentence says the outcome harmed nobody."""
    return "no_casualties" in m.cue_kinds(sent.start, sent.end) or bool(
        _NOBODY_HURT.search(m.folded, sent.start, sent.end))


def _candidate(m: Mentions, sent: Sentence, trig: TriggerMention, prev: Candidate | None,
               lead_time: TimeMention | None, published: dt.date | None) -> Candidate | None:
    found = _sentence_toll(m, sent)
    found.risen = "toll_update" in m.cue_kinds(sent.start, sent.end)
    roles = assign_roles(m, sent, trig)
    own = roles.actor1 if _role_id(roles.actor1) not in (None, "unidentified_armed_group") else None
    _attackers_own_dead(m, sent, own or (prev.roles.actor1 if prev is not None else None), found)
    if own is not None and prev is not None:  # «… وأعلنت السلطات أن قوات الأمن حررت المدنيين، معلنة مقتل أربعة
        _attackers_own_dead(m, sent, prev.roles.actor1, found)  # عناصر من حركة الشباب»: the attackers' dead
    if trig.trigger.id == "killing" and not (found.any_killed or found.wounded_figures or roles.actor1):
        return None
    place, own_place = _place(m, sent, trig, prev)
    time, date, precision, own_date = _date(m, sent, trig, prev, lead_time, published, place)
    event_type, sub = _event_type(m, sent, trig, roles, found)
    if trig.key in _BARE_SHELLING and prev is not None and prev.sub_event_type == "Air/drone strike" \
            and not _artillery_named(m, sent):
        sub = "Air/drone strike"  # «وفي دمشق، تركز القصف على …» in a report of air raids
    if trig.key in _BARE_SHELLING and sub == "Shelling/artillery/missile attack" and roles.actor1 is not None \
            and any(w in _AIRCRAFT_WORDS for w in roles.actor1.mention.key.split()):
        sub = "Air/drone strike"  # «قصف طيران الجيش السوق»: shelling by aircraft is an air strike
    if trig.key in _BARE_SHELLING and sub == "Shelling/artillery/missile attack" and not _artillery_named(m, sent) \
            and roles.actor1 is not None and roles.actor1.entries and roles.actor1.entries[0].id in _AIR_POWERS \
            and place is not None and place.place is not None and place.place.admin1 in _AIR_WAR_AREAS:
        sub = "Air/drone strike"  # «قصف الاحتلال منزلاً في خان يونس»: Israel's fire on Gaza with no gun named is from the air
    if trig.key in _BARE_SHELLING and sub == "Shelling/artillery/missile attack" and not _artillery_named(m, sent) \
            and _aerial_next(m, sent):
        sub = "Air/drone strike"  # «في قصف للجيش استهدف مطار المدينة. وتزايدت الهجمات الجوية للجيش على …»
    if sub == "Looting/property destruction" and (found.any_killed or found.wounded_figures):
        attack = _family("attack")  # «أحرق مستوطنون منزلاً واعتدوا على مزارع فأصابوه» is an attack
        event_type, sub = attack.civilian if roles.against_civilians or roles.actor2 is None else attack.armed
    elif sub == "Attack" and trig.trigger.id == "attack" and _property_only(m, sent, found):
        event_type, sub = "Strategic developments", "Looting/property destruction"
        # «هاجم مستوطنون سيارة … ما تسبب في إلحاق أضرار بها، دون أن يصاب أحد»: things were damaged, nobody hurt
    if sub == "Peaceful protest" and _VIOLENT_CROWD.search(m.folded, sent.start, sent.end):
        event_type, sub = "Riots", "Violent demonstration"  # «قتيلان في أعمال شغب رافقت المظاهرات»
    if event_type == "Riots" and roles.actor2 is not None and _building_of(m, roles.actor2):
        roles.actor2 = None  # «تجمعوا أمام مقر مديرية الأمن»: the building the crowd stood before is no side
    if sub == "Peaceful protest":
        roles.actor2 = None  # nobody intervened: a demand addressed to the government makes it no side
    if trig.trigger.id in ("weapons_seized", "torture") and roles.actor1 is None and roles.actor2 is not None \
            and roles.actor2.inter != CIVILIANS:
        roles.actor1, roles.actor2 = roles.actor2, None  # «أعلنت مديرية أمن … ضبط مخزن للأسلحة»: the force seized
        # it; «وفاته تحت التعذيب في سجن تابع لجماعة …»: the jailers killed him
    if sub == "Arrests" and roles.actor1 is None and prev is not None:
        roles.actor1 = _opponent(prev.roles, roles.actor2)  # «وتم إلقاء القبض على مسؤول خلية … لدى التنظيم»
    if roles.actor1 is None and prev is not None and not own_date and prev.event_type == event_type \
            and (sub == prev.sub_event_type or sub != "Remote explosive/landmine/IED"):
        roles.actor1 = prev.roles.actor1  # the same report goes on: «كما استهدفت الغارات مطار التيفور»
    return Candidate(sent, trig, event_type, sub, roles, place, own_place, time, date, precision, own_date,
                     found, [(sent.start, sent.end)], _confidence(trig, roles, own_place, own_date),
                     sent.paragraph)


def _building_of(m: Mentions, role: Role) -> bool:
    """The actor is named as the owner of a building a crowd stood before («أمام مقر مديرية الأمن»); a building
    stormed («اقتحموا مبنى المحافظة») has its owner for the side hit."""
    start = role.mention.start - len(role.mention.prefix)
    before = m.tokens(max(0, start - 20), start)[-2:]
    return len(before) == 2 and before[1].text in _BUILDING_WORDS and before[0].text in _BEFORE_WORDS


def _attackers_own_dead(m: Mentions, sent: Sentence, attacker: Role | None, found: cas.Casualties) -> None:
    """«وقال ضابط إن اثنين من مسلحي التنظيم قُتلا خلال الهجوم»: dead counted among the attacking side itself
    (the event's actor1) are the attackers', added to their victims (ACLED counts all sides)."""
    first = _role_id(attacker)
    if first is None:
        return
    for num in m.within("numbers", sent.start, sent.end):
        of = _MEMBERS_OF.match(m.folded, num.end)
        side = of and next((a for a in m.within("actors", num.end, of.end() + 1) if a.entries), None)
        if not side or side.entries[0].id != first or not num.value or not (
                num.value in found.killed_figures or _KILLED_AFTER.match(m.folded, side.end)):
            continue
        if num.value in found.killed_figures:
            found.killed_figures.remove(num.value)
        found.attackers_killed.append(num.value)


def _property_only(m: Mentions, sent: Sentence, found: cas.Casualties) -> bool:
    """The sentence tells damage to things and no one hurt."""
    return not found.anyone_hurt and _DAMAGE.search(m.folded, sent.start, sent.end) is not None


def _aerial_next(m: Mentions, sent: Sentence) -> bool:
    """The next sentence of the paragraph, or the first of the next, tells air raids («الهجمات الجوية»، «الغارات»)."""
    following = m.sentences[sent.index + 1] if sent.index + 1 < len(m.sentences) else None
    return following is not None and following.paragraph - sent.paragraph <= 1 and any(
        t.trigger.id == "air_strike" and t.key not in _VAGUE_AIR for t in m.within("triggers", following.start, following.end))


def _artillery_named(m: Mentions, sent: Sentence) -> bool:
    """The sentence names guns, shells or rockets («بقذائف الهاون»), not only «قصف»."""
    return any(t.trigger.id == "shelling" and t.key not in _BARE_SHELLING
               for t in m.within("triggers", sent.start, sent.end)) or \
        any(t.text in _ARTILLERY_WORDS for t in m.tokens(sent.start, sent.end))


def _opponent(before: ActorRoles, arrested: Role | None) -> Role | None:
    """The side of the event before that is not the arrested one's."""
    arrested_id = arrested.entries[0].id if arrested and arrested.entries else None
    for r in (before.actor2, before.actor1):
        if r is not None and r.entries and r.entries[0].id != arrested_id and r.entries[0].inter in (1, 2, 3, 8):
            return r
    return None


def _military_target(m: Mentions, sent: Sentence) -> bool:
    return any(t.text in _MILITARY_WORDS for t in m.tokens(sent.start, sent.end)) \
        or _AIR_BASE.search(m.folded, sent.start, sent.end) is not None


def _event_type(m: Mentions, sent: Sentence, trig: TriggerMention, roles: ActorRoles,
                found: cas.Casualties) -> tuple[str, str]:
    t = trig.trigger
    if t.id in ("attack", "killing") and _drone_on_vehicle(m, sent, roles):
        return "Explosions/Remote violence", "Air/drone strike"
    if t.id == "attack" and _strikes_from_afar(m, sent, trig, roles):
        return "Explosions/Remote violence", "Shelling/artillery/missile attack"
    if t.by_target:
        pair = t.civilian if roles.against_civilians or _civilian_target(m, sent, trig, roles) else t.armed
        if pair[0] == "Battles" and _taken_in_fight(m, sent, trig, roles):
            return "Battles", _control_change(roles)  # «إثر هجوم … وتمكن المهاجمون خلاله من السيطرة على البلدة»
        return pair[0], pair[1]
    if t.sub_event_type == "Remote explosive/landmine/IED" and _DRIVEN_IN.search(m.folded, sent.start, sent.end):
        return "Explosions/Remote violence", "Suicide bomb"  # «اقتحمت الحركة القاعدة بسيارة مفخخة»: driven in
    if t.id == "abduction" and found.any_killed and t.event_type == "Violence against civilians":
        return "Violence against civilians", "Attack"  # «وقتلوا مدنياً واختطفوا اثنين»: the killing is the graver act
    if t.id == "abduction" and roles.actor1 is not None and roles.actor1.inter in (1, 8) and \
            any(x.trigger.id == "arrest" for x in m.within("triggers", sent.start, sent.end)):
        return "Strategic developments", "Arrests"  # a force that detains and takes away arrests
    if t.id == "abduction" and _role_id(roles.actor1) in _AUTHORITIES and (roles.actor2 is None or roles.against_civilians):
        return "Strategic developments", "Arrests"  # «اختطفت جماعة الحوثي 14 معلماً من منازلهم»: the authority detains
    if t.id in ("territory_gov", "territory_nsag") and "uncontested" in m.cue_kinds(sent.start, sent.end):
        return "Strategic developments", "Non-violent transfer of territory"
    if t.id in ("territory_gov", "territory_nsag") and roles.actor1 is not None and roles.actor1.inter in (5, 6):
        return "Riots", "Violent demonstration"  # «سيطر المحتجون على مبنى المحافظة»: a crowd storms, it takes no land
    if t.id in ("territory_gov", "territory_nsag") and roles.actor1 is not None:
        state = roles.actor1.inter == 1
        return "Battles", "Government regains territory" if state else "Non-state actor overtakes territory"
    if t.id == "clash" and _taken_in_fight(m, sent, trig, roles):
        return "Battles", _control_change(roles)  # ACLED codes a battle that changes control by the change
    if (t.id == "protest" or (t.id == "protest_intervention" and found.any_killed)) \
            and _fired_on_crowd(m, sent, found) and not _crowd_fights(m, sent):
        return "Protests", "Excessive force against protesters"
        # «قُتل متظاهر برصاص قوات الأمن خلال تظاهرة»; «أطلقوا الرصاص الحي لتفريق المتظاهرين، فقُتل…» (a dispersal
        # that only wounds stays a protest with intervention)
    if t.id == "protest" and _CROWD_BARRED.search(m.folded, trig.end, sent.end) and roles.actor2 is not None \
            and roles.actor2.inter not in (5, 6, 7):
        return "Protests", "Protest with intervention"  # «حاولوا اقتحام المبنى، إلا أن قوى الأمن منعتهم من الدخول»
    if t.event_type == "Protests" and t.id == "protest":
        violent = {x.trigger.id for x in m.within("triggers", sent.start, sent.end)} & _CROWD_VIOLENCE
        if violent and found.any_killed and roles.actor2 is not None and roles.actor2.inter in (1, 8) \
                and not _crowd_fights(m, sent):
            return "Protests", "Excessive force against protesters"
        if violent & {"clash", "riot", "looting"} or _crowd_fights(m, sent):
            return "Riots", "Violent demonstration"
    return t.event_type, t.sub_event_type or ""


def _fired_on_crowd(m: Mentions, sent: Sentence, found: cas.Casualties) -> bool:
    """Protesters killed or wounded by the fire of state forces named in the sentence."""
    if not (found.any_killed or found.wounded_figures) or not _LIVE_FIRE.search(m.folded, sent.start, sent.end):
        return False
    return any(a.entries and a.entries[0].inter in (1, 2, 3, 8) for a in m.within("actors", sent.start, sent.end))


def _drone_on_vehicle(m: Mentions, sent: Sentence, roles: ActorRoles) -> bool:
    """«إسرائيل تستهدف سيارة على طريق بلدة»: a foreign army that «targets» a car, with no gunfire or raid
    named, struck it from the air."""
    if roles.actor1 is None or roles.actor1.inter != 8 or _LIVE_FIRE.search(m.folded, sent.start, sent.end):
        return False
    return _VEHICLE_TARGET.search(m.folded, sent.start, sent.end) is not None


def _strikes_from_afar(m: Mentions, sent: Sentence, trig: TriggerMention, roles: ActorRoles) -> bool:
    """«استهدفت قوات النظام بلدة كنصفرة», «استهدفت الفصائل تجمعات الشبيحة في قرى …»: a force that «targets» a
    village or positions, with no gunfire, raid or bomb named, shells it."""
    if not trig.key.startswith(_TARGETED_VERBS) or roles.actor1 is None \
            or roles.actor1.inter not in (1, 2, 3, 8):
        return False
    if _CLOSE_RANGE.search(m.folded, sent.start, sent.end):
        return False
    after = m.folded[trig.end:min(sent.end, trig.end + 80)]
    return _REMOTE_TARGET.search(after) is not None or any(
        p.trigger_word is not None and p.start >= trig.end for p in m.within("places", trig.end, min(sent.end, trig.end + 80)))


def _civilian_target(m: Mentions, sent: Sentence, trig: TriggerMention, roles: ActorRoles) -> bool:
    """«هاجمت قوات الدعم السريع القرى الثلاث», «هاجم مستوطنون مركبة»: with no armed side hit and no fighting
    told, an attack on villages, homes, vehicles or farmers is one on civilians."""
    if roles.actor2 is not None or any(t.trigger.id == "clash" for t in m.within("triggers", sent.start, sent.end)):
        return False
    if "state_victim" in m.cue_kinds(sent.start, sent.end) or any(
            a.entries and a.entries[0].inter in (1, 2, 3, 8) and a.start > trig.end
            and (roles.actor1 is None or a.start != roles.actor1.mention.start)
            for a in m.within("actors", trig.end, sent.end)):
        return False  # fighters or soldiers were hit too
    if _villages_bore(m, sent.start, trig.start):
        return True  # «شهدت قرى A وB هجوماً نفذته قوات …»: the villages bore the attack
    after = m.tokens(trig.end, min(sent.end, trig.end + 60))[:6]
    targets = word_list("civilian_targets")
    return any((t.text in targets or t.text[:1] == "و" and t.text[1:] in targets)
               and (i == 0 or after[i - 1].text != "في") for i, t in enumerate(after))


def _crowd_fights(m: Mentions, sent: Sentence) -> bool:
    """«هاجم محتجون»، «مواجهات بين محتجين و…»: the crowd is the one fighting."""
    folded = m.folded[sent.start:sent.end]
    return any(w in folded for w in _CROWD_FIGHT_WORDS)


def _place(m: Mentions, sent: Sentence, trig: TriggerMention,
           prev: Candidate | None) -> tuple[PlaceMention | None, bool]:
    options = [p for p in m.within("places", sent.start, sent.end)
               if p.place is not None and not p.is_context
               and (trig.trigger.id == "disrupted" or not _is_destination(m.folded, p))  # «أُسقطت مسيّرة أُطلقت باتجاه قاعدة حميميم»
               and not _is_dateline(m.folded, p) and not _is_firing_position(m.folded, p)
               and not _is_hometown(m.folded, p) and not _is_office(m, p) and not _is_speaker(m, p)
               and not _is_career_post(m.folded, p) and not (p.start < trig.end and trig.start < p.end)
               and not _inside_actor_name(m, p) and not _UNIT_HEAD.search(m.folded, max(0, p.start - 30), p.start)]
    options = _not_listed_with_hometown(m, sent, options)  # «قائد معسكر X» names a command
    cause = _CAUSE.search(m.folded, trig.end, sent.end)
    if cause is not None and any(p.end <= cause.start() and p.place.feature not in _COARSE_FEATURES for p in options):
        options = [p for p in options if p.end <= cause.start()]  # «…، وذلك بعد احتجازه في مدينة X»: what led to it
    options = [p for p in options if p.place.feature != "country"] or options
    country = m.once(_document_country)
    options = [_in_country(p, country) for p in options]
    abroad = actors_abroad(country) if country is not None and not m.once(_places_in_country) else frozenset()
    named_here = {p.place.country for p in m.within("places", sent.start, sent.end)
                  if p.place is not None and p.place.feature in ("admin1", "country", "region")}
    options = [p for p in options if country is None or p.place.country == country or p.parent is not None
               or (p.trigger_word is not None and (p.place.country in named_here or p.place.country in abroad))]
    # «بالسلاسل» is no Yemeni town here, nor «قرية الصقيعة» a Syrian one — unless the sentence names that country,
    # or the country is only its actors', who are often reported there («قيادي في حركة فتح … في مخيم عين الحلوة»)
    if options and prev is not None and prev.place is not None and all(_is_source_place(m.folded, p) for p in options) \
            and not _SAME_TOWN.search(m.folded, options[-1].end, sent.end):
        return prev.place, False  # «وقال مصدر عسكري في مدينة تعز إن قوات الجيش قتلت خمسة من المهاجمين»
        # (but «بحسب شهود في مدينة بارا، قُتلت امرأة بقذيفة في المدينة» is in the town the witnesses speak from)
    if options:
        return _measured_from(m, max(options, key=lambda p: (country is None or p.place.country == country,
                                                             not _is_source_place(m.folded, p),
                                                             not _is_reference_point(m.folded, p),
                                                             len(options) == 1 or _agrees(p, options),
                                                             p.place.feature not in _COARSE_FEATURES,
                                                             p.trigger_word is not None or p.parent is not None,
                                                             _FEATURE_RANK.get(p.place.feature, 1),
                                                             -abs(p.start - trig.start)))), True
    if prev is not None and prev.place is not None:
        return prev.place, False
    first = m.once(_first_local_place)
    if first is not None and first.start < sent.start:
        return _measured_from(m, _in_country(first, country)), False
    return None, False


def _measured_from(m: Mentions, p: PlaceMention) -> PlaceMention:
    """«على معسكر يقع على بعد 35 كيلومتراً شمال العاصمة مقديشو»: the incident is at that distance from the place named,
    in whatever districts lie there, not in the place itself."""
    distance = distance_before(m.folded, p.start - len(p.prefix))
    if distance is None:
        return p
    _, km, bearing = distance
    return replace(p, place=gazetteer().near(p.place, km, bearing))


def _first_local_place(m: Mentions) -> PlaceMention | None:
    return next((p for p in m.places if p.place is not None and p.place.feature != "country"
                 and not _is_byline(m.folded, p)), None)


def _is_byline(folded: str, p: PlaceMention) -> bool:
    """«بيروت» alone on its line, between the outlet's name and «نشر في …»: where the report was filed, not where
    an incident the text leaves unplaced happened."""
    line_start = folded.rfind("\n", 0, p.start) + 1
    line_end = folded.find("\n", p.end)
    after = folded[p.end:line_end] if line_end >= 0 else folded[p.end:]
    return not folded[line_start:p.start - len(p.prefix)].strip() and not after.strip()


def _in_country(p: PlaceMention, country: str | None) -> PlaceMention:
    """The reading of a place name in the document's country, when it has one: «ولاية الجزيرة» in a report on
    Sudan is Sudan's state, not Syria's Jazira."""
    if country is None or p.place.country == country:
        return p
    local = next((c for c in p.candidates if c.country == country), None)
    return p if local is None else replace(p, place=local)


def _unlisted_settlements(m: Mentions, sent: Sentence, area: PlaceMention) -> list[tuple[int, int]]:
    """Villages the gazetteer lacks, named with their area: «في قرية الدردارة بريف الحسكة» (a place word, the
    name, the area), «قرى ود الطيب والكريمت بمحلية الكاملين» and «قرى بمحلية شرق الجزيرة، بينها البشاقرة شرق،
    والشرب» (a list, before the area or after it). Each keeps its own name, at the area's point
    (geo_precision 2); ACLED codes one event per village of a list."""
    coarse = area.place.feature in _COARSE_FEATURES
    distance = distance_before(m.folded, area.start - len(area.prefix))
    reach = distance[0] if distance else area.start - len(area.prefix)  # a distance before the area locates too
    control = list(UNDER_CONTROL.finditer(m.folded, max(sent.start, reach - 60), reach))
    if control and only_connectors(m.folded[control[-1].end():reach]):
        reach = control[-1].start()  # «… الخاضعة لسيطرة النظام في ريف حماة»
    window_start = max(sent.start, reach - UNLISTED_LIST_WINDOW)
    toks = m.tokens(window_start, reach)
    for i, tok in enumerate(toks):
        word = without_proclitic(tok.text, _SETTLEMENT_OR_FRONT)
        if word not in _SETTLEMENT_WORDS and word not in _FRONT_WORDS:
            continue
        plural = word in _SETTLEMENT_PLURALS  # «قرى فوري والأريت»: a list names its villages
        names = _village_names(m, toks[i + 1:], plural, area.place)
        # «قرية A وقرية B …»: a list of villages each with its own word, whose first may stand further off
        more = _each_with_its_word(m, toks[i + 1:], names[0][1], area.place) if names and not plural else []
        if tok.start < reach - UNLISTED_WINDOW and not plural and not more:
            continue
        names += more
        if names and (plural or more or not _describes(m, names[0])) and (
                coarse or word != "حي" and _located_by(m, names[-1][1], area, word == "منطقه")):
            return names
    if not coarse:
        return []
    after = m.tokens(area.end, sent.end)
    intro = next((i for i, t in enumerate(after[:LIST_INTRO_WORDS]) if t.text in _LIST_INTROS), None)
    if intro is not None and any(without_proclitic(t.text, _SETTLEMENT_WORDS) in _SETTLEMENT_PLURALS
                                 for t in m.tokens(max(sent.start, area.start - UNLISTED_WINDOW), area.start)):
        return _village_names(m, after[intro + 1:], True, area.place)
    return []


def _each_with_its_word(m: Mentions, toks: list, name_end: int, area: Place) -> list[tuple[int, int]]:
    """«قرية A وقرية B وقرية C بمحلية …»: a list whose every village has its own place word goes on after the
    first name with «و» and the same kind of word; the names after the first."""
    names: list[tuple[int, int]] = []
    while True:
        k = next((j for j, t in enumerate(toks) if t.start >= name_end), None)
        if k is None or k + 1 >= len(toks) or toks[k].text[:1] != "و" or toks[k].text[1:] not in _VILLAGE_WORDS:
            return names
        found = _village_names(m, toks[k + 1:], False, area)
        if not found or _describes(m, found[0]):
            return names
        names.append(found[0])
        toks, name_end = toks[k + 1:], found[0][1]


def _opened_by_plural(m: Mentions, sent: Sentence, p: PlaceMention) -> str:
    """The plural or dual place word right before a place («قرى نجرو», «قريتي»), or ''; not after «بين»
    («بين قريتي تل حميس وتل براك» is a line between two places, not a list of them)."""
    head = p.start - len(p.prefix)
    before = m.tokens(max(sent.start, head - 16), head)
    word = without_proclitic(before[-1].text, _SETTLEMENT_WORDS) if before else ""
    if word not in _SETTLEMENT_PLURALS or len(before) > 1 and before[-2].text in _LINE_WORDS:
        return ""
    return word


def _between_two(m: Mentions, sent: Sentence, p: PlaceMention) -> bool:
    """«بين بلدتي A وB»: a dual place word after «بين» names a line between two places, not two places."""
    head = p.start - len(p.prefix)
    before = m.tokens(max(sent.start, head - 24), head)[-2:]
    return len(before) == 2 and before[0].text == "بين"


def _unlisted_after_named(m: Mentions, sent: Sentence, cand: Candidate) -> list[tuple[int, int]]:
    """«قرى ود الطيب والكريمت والشرفة بمحلية الكاملين»: a list opened by a plural place word whose first village
    the gazetteer knows (the event's place) goes on with villages it lacks; each of those is one more village of
    the list, in the same area."""
    p = cand.place
    if not cand.own_place or cand.unlisted is not None or p.place.feature in _COARSE_FEATURES:
        return []
    head = p.start - len(p.prefix)
    word = _opened_by_plural(m, sent, p)
    if not word:
        return []
    names = []
    for start, end in _village_names(m, m.tokens(head, sent.end), True, p.place, least=1):
        if m.folded[start - 1:start] != "و" or m.folded[start:end].split()[0] in PLACE_NEAR \
                or not _may_name_village(m, (start, end)):
            break  # «…، كذلك بسط سيطرته», «ومحيط تل أحمر», «وقتلت مدنيين»: the list is over
        if not any(q.start <= start and end <= q.end and q.place is not None and q.place.country == p.place.country
                   for q in m.within("places", start - 1, end)):
            names.append((start, end))  # a name read in another governorate is a target of its own
    return names[:1] if word in _SETTLEMENT_DUALS else names


def _unlisted_before_named(m: Mentions, sent: Sentence, cand: Candidate) -> list[tuple[int, int]]:
    """«سيطر الجيش على منطقتي كازقيل وأم روابة»: a list opened by a plural or dual place word whose last item is
    the event's place and whose items before it the gazetteer lacks; each of those is one more village of the
    list, at the event's place (a dual holds one). As for a list of known places (``_other_targets``), only for
    violence, demonstrations and changes of control: the arrests of one sweep through several villages are one."""
    p = cand.place
    if cand.event_type not in _VIOLENCE | _DEMONSTRATIONS and cand.trigger.trigger.id not in TERRITORY \
            or not cand.own_place or cand.unlisted is not None or p.place.feature in ("admin1", "region", "country"):
        return []
    head = p.start - len(p.prefix)
    toks = m.tokens(max(sent.start, head - UNLISTED_LIST_WINDOW), head)
    opener = next((i for i in range(len(toks) - 1, -1, -1)
                   if without_proclitic(toks[i].text, _SETTLEMENT_WORDS) in _SETTLEMENT_PLURALS), None)
    if opener is None or opener > 0 and toks[opener - 1].text in _LINE_WORDS \
            or m.within("places", toks[opener].end, head):
        return []  # «بين قريتي A وB» is a line; a known place inside the list is read as a target of its own
    names = _village_names(m, toks[opener + 1:], True, p.place, least=1)
    word = without_proclitic(toks[opener].text, _SETTLEMENT_WORDS)
    if not names or word in _SETTLEMENT_DUALS and len(names) != 1 \
            or not re.fullmatch(r"\s*[،,]?\s*و?", m.folded[names[-1][1]:head] + p.prefix[:1]) \
            or "و" not in m.folded[names[-1][1]:head] + p.prefix[:1]:
        return []  # the last name must stand right before «و» and the event's place
    return [n for n in names if _may_name_village(m, n)]


def _unlisted_after(m: Mentions, sent: Sentence, cand: Candidate) -> tuple[int, int] | None:
    """«اعتقلت الشرطة في كركوك متهماً في قرية الحصوة»، «وقع اشتباك في منطقة X» after the area was named: a
    village the gazetteer lacks, named after the event's area (or in a sentence that borrows it) with no
    other place after it, is in that area; so is one a strike verb hits («كما قصفت الطائرات قرية X»)."""
    area = cand.place
    start = area.end if cand.own_place else sent.start
    places = m.within("places", start, sent.end)
    if area.place.feature == "neighbourhood" or any(_reads_in_country(q, area.place.country) for q in places):
        return None
    name = _village_named(m, m.tokens(start, sent.end), area.place)
    if name is None or places and not _after_village_word(m, name):
        return None  # a foreign reading («تل» in the West Bank) is no place in «قرية تل …» of a report on Syria
    return name


def _after_village_word(m: Mentions, name: tuple[int, int]) -> bool:
    before = m.tokens(max(0, name[0] - 12), name[0])
    return bool(before) and without_proclitic(before[-1].text, _SETTLEMENT_WORDS) in _VILLAGE_WORDS


def _village_named(m: Mentions, toks: list, area: Place) -> tuple[int, int] | None:
    """The first village of ``toks`` named after «في», «ب» or a strike verb with its place word («في قرية X»,
    «استهدفت قوات النظام قرية X»), unless the words after the place word describe it rather than name it."""
    for i, tok in enumerate(toks):
        if not tok.text.endswith(_UNLISTED_ENDINGS):
            continue  # most words: none of the place words, behind a proclitic or not
        word = without_proclitic(tok.text, _SETTLEMENT_WORDS)
        if word not in _UNLISTED_AFTER_WORDS:
            continue
        if not (tok.text[:1] == "ب" and word != tok.text or i > 0 and _hits_place(m, toks[:i])):
            continue
        names = _village_names(m, toks[i + 1:], False, area)
        return names[0] if names and not _describes(m, names[0]) else None
    return None


def _hits_place(m: Mentions, before: list) -> bool:
    """«في قرية …», «قصفت قرية …», «استهدفت قوات النظام قرية …»: the place word comes right after «في» or a
    strike verb, or after the actor that follows the verb."""
    if before[-1].text in _HIT_PLACE_VERBS:
        return True
    actors = m.within("actors", before[0].start, before[-1].end)
    if not actors or actors[-1].end != before[-1].end:
        return False
    ahead = [t for t in before if t.end <= actors[-1].start][-2:]
    return any(t.text in _HIT_PLACE_VERBS for t in ahead)


def _named_governorate(m: Mentions, sent: Sentence, cand: Candidate) -> PlaceMention | None:
    """«قوات الشرطة بمحافظة ذي قار … في حي الجهاد»: a quarter whose readings all lie in other governorates than
    the one the sentence names (and no city of theirs named) is a quarter the gazetteer lacks, in that one."""
    p = cand.place
    if not cand.own_place or p is None or p.place is None or p.place.feature != "neighbourhood":
        return None
    named = [q for q in m.within("places", sent.start, sent.end) if q.place is not None and q is not p]
    if any(q.place.admin1 == p.place.admin1 for q in named):
        return None
    return next((q for q in named if q.place.feature == "admin1" and q.place.country == p.place.country
                 and not any(c.admin1 == q.place.admin1 for c in p.candidates)), None)


def _located_by(m: Mentions, name_end: int, town: PlaceMention, quarter: bool = False) -> bool:
    """«قرية أم الخير بريف منبج», «وادي المرخ شرق مدينة الضالع»: only words that locate (ريف, a compass word,
    «في», «مدينة») stand between a village's name and the town named after it, so the town only locates it
    (a quarter the gazetteer lacks, «حي … في مدينة الرقة», is coded at its city, and so is an area ``quarter``
    said to lie in the town, «منطقة … بمدينة أم درمان», rather than beside it)."""
    end = town.start - len(town.prefix)
    distance = distance_before(m.folded, end)  # «قرية الطويحينة (20 كم شمال غرب مدينة حماة)»
    gap = _NEAR_LINK.sub(" قرب ", m.folded[name_end:distance[0] if distance else end] + " " + town.prefix)
    gap = " ".join(w for w in gap.split(" ") if w not in _LIES_WORDS and w not in _CAMP_OF)  # «… التي تقع شمال …»
    if quarter and not distance and not any(_strip_locator(w) in _BESIDE_WORDS for w in gap.split()):
        return False
    # the town's own place word alone («معسكر القرميد بلدة سرمين») locates nothing
    locating = [w for w in gap.split() if w not in _SETTLEMENT_WORDS and w != "العاصمه"]
    return bool(locating or distance) and only_connectors(gap)


def _strip_locator(word: str) -> str:
    return word[1:] if word[:1] in "بو" and word[1:] in _BESIDE_WORDS else word


def _describes(m: Mentions, name: tuple[int, int]) -> bool:
    """«حي سكني في مدينة حلب», «منطقة زراعية قرب الرقة»: a word of the language without the article after the
    place word describes the place, and «منطقة الاشتباكات» names what happened there; neither is a name
    («كرم الزيتون», a noun before a defined one, is, and so is a front word before a name, «منطقة مثلث X»)."""
    words = m.folded[name[0]:name[1]].split()
    indefinite = not any(w.startswith("ال") for w in words)
    after = m.folded[name[1]:name[1] + 12].split()[:1]
    camp = bool(after) and after[0] in _CAMP_OF
    front = len(words) > 1 and words[0] in _FRONT_WORDS  # «منطقة مثلث X»: the front word opens a name
    return indefinite and not camp and not front and gazetteer().is_common(words[:1]) or bool(
        m.within("triggers", name[0], name[1]) or m.within("actors", name[0], name[1]))


def _village_names(m: Mentions, toks: list, plural: bool, area: Place, least: int = 2) -> list[tuple[int, int]]:
    """The names at the head of ``toks``: one name of one or two words, or for a plural place word a list of
    names of up to three words each («ود الطيب والكريمت والشرفة الجديدة»، «A، وB، وC»). A name the gazetteer
    knows only outside the area («ود الطيب» when its «الطيب» lies in another state) is still one of them."""
    names: list[list[tuple[int, int]]] = [[]]
    for i, (prev, tok) in enumerate(zip([None] + toks, toks)):
        gap = m.folded[prev.end:tok.start] if prev is not None else ""
        if any(ch in gap for ch in ".:؛()"):
            break
        word, start = tok.text, tok.start
        if word in _LINK_WORDS or word in _LIST_ENDERS or word.startswith(("بريف", "ريف")) or word.isdigit() \
                or without_proclitic(word, _AREA_WORDS) in _AREA_WORDS or _NEAR_LINK.match(m.folded, start):
            break  # «… والكريمت بمحلية ٢٤ القرشي»: the area word ends the names even when the area is not read
        if names[-1] and (word.startswith("بال") or m.within("triggers", tok.start, tok.end)):
            break  # «قرية كفرشمسين بالبراميل المتفجرة»: the means of the attack follow the name
        if word in COMPASS:
            after = toks[i + 1].text if i + 1 < len(toks) else ""
            if plural and not (after.startswith("و") and after[1:] in COMPASS
                               or without_proclitic(after, _SETTLEMENT_WORDS) in _SETTLEMENT_WORDS):
                continue  # «البشاقرة شرق»; but «… غرب وجنوب مدينة الأبيض» locates the list
            break
        joined = word.startswith("و") and len(word) > 2 and word not in _NAMES_WITH_WAW
        if plural and names[-1] and ("،" in gap or "," in gap or joined):
            names.append([])
        if joined and not plural and names[-1]:
            break  # «قرية الحصن والبيضاء»: one village, then another word
        if not plural and names[-1] and (without_proclitic(word, _SETTLEMENT_WORDS) in _SETTLEMENT_WORDS or len(
                names[-1]) == 1 and m.folded[names[-1][0][0]:names[-1][0][0] + 2] == "ال"
                and m.folded[names[-1][0][0]:names[-1][0][1]] not in ("ال", *NAME_HEADS)  # «آل ثابت», «الشيخ
                # زايد»: a clan's name or a name head goes on
                and not word.startswith("ال") and gazetteer().is_common([word])):
            break  # «منطقة الطوينة محطة القطار», «معسكر القرميد بلدة سرمين»: a noun after a name is no part of it
        if joined and plural:
            start += 1  # «والعشرة»: the list's «و» is not part of the name
        names[-1].append((start, tok.end))
        if len(names[-1]) > (3 if plural else 2):
            if not plural:
                names[-1].pop()
                break
            names.pop()
            break
    spans = [(name[0][0], name[-1][1]) for name in names if name]
    spans = [s for s in spans if s[1] - s[0] > 1 and not any(
        p.start < s[1] and s[0] < p.end and _reads_in(p, area) for p in m.within("places", s[0], s[1] + 1))]
    if plural and len(spans) < least:
        return []
    return spans if plural else spans[:1]


def _reads_in_country(p: PlaceMention, country: str) -> bool:
    return any(c.country == country for c in (p.place, *p.candidates) if c is not None)


def _reads_in(p: PlaceMention, area: Place) -> bool:
    """Has the place name a reading inside the area's governorate?"""
    return any((c.country, c.admin1) == (area.country, area.admin1) for c in (p.place, *p.candidates) if c is not None)


def _unlisted_targets(cand: Candidate, names: list[tuple[int, int]]) -> list[Candidate]:
    """One event for each further village of a list the gazetteer lacks; a toll told for them all is split."""
    toll = cand.casualties
    killed, wounded = _split_shares(toll, len(names) + 1)
    _keep_first_share(cand, toll, killed, wounded)
    return [replace(cand, unlisted=name, evidence=list(cand.evidence), roles=replace(cand.roles),
                    casualties=cas.Casualties(killed_figures=killed[i + 1:i + 2], wounded_figures=wounded[i + 1:i + 2],
                                              none_reported=toll.none_reported))
            for i, name in enumerate(names)]


def _one_death(cand: Candidate) -> bool:
    """«استشهد شاب خلال عدوان الاحتلال على مخيمي A وB»: one man's death happened in one place; the list is the
    raid's, not the places of the killing."""
    return cand.trigger.trigger.id == "killing" and cand.casualties.killed_figures == [1] \
        and not cand.casualties.wounded_figures


def _other_targets(m: Mentions, cand: Candidate) -> list[Candidate]:
    """The other places one sentence says were hit, one event each (ACLED codes an event per location):
    a list of targets («قصفت قوات النظام بلدات كفرعويد والبارة وسفوهن», «شملت قرى A، وB، وC») for any violent
    event and for demonstrations («تظاهر المئات في مدن إدلب وبنش وسرمدا»), and for a strike wave every other
    governorate it reached («كما استهدفت الغارات مطار التيفور في ريف حمص، إضافة إلى حي برزة شمالي دمشق»). A toll
    told for the whole list is split evenly across its places."""
    if cand.event_type not in _VIOLENCE | _DEMONSTRATIONS and cand.trigger.trigger.id not in TERRITORY \
            or cand.place is None or cand.place.place is None or _one_death(cand):
        return []
    sent = cand.sentence
    places = [p for p in m.within("places", sent.start, sent.end)
              if p.place is not None and not p.is_context and p.place.feature not in _COARSE_FEATURES
              and not _is_destination(m.folded, p) and not _is_dateline(m.folded, p)
              and not _is_firing_position(m.folded, p) and p.place.country == cand.place.place.country
              and (p.start == cand.place.start or not _is_reference_point(m.folded, p) or _homes_by(m, p))
              and not _describes_place_before(m.folded, p)
              and (p.start <= cand.place.start or not _is_source_place(m.folded, p))  # «بحسب مصادر طبية في …»
              and (p.start == cand.place.start or not _office_place(m.folded, p))  # «موكباً يضم محافظي عدن ولحج»
              and not _inside_actor_name(m, p)]  # «ونعتهم سرايا القدس»
    listed = _listed_with(m, places, cand.place)
    if (cand.event_type in _DEMONSTRATIONS or cand.trigger.trigger.id in TERRITORY) and not listed:
        return []  # a rally's or a takeover's other places are those listed with its own
    seen = {governorate_of(cand.place.place)}
    quarters = False
    targets: list[PlaceMention] = []
    homes: set[int] = set()  # the wave's targets whose people's homes were hit
    for p in places:
        if p.start == cand.place.start or any(t.place is p.place for t in targets):
            continue
        if p in listed and _same_city_quarters(cand.place.place, p.place):
            quarters = True
            continue  # «قصف حيي البعرارة وثعبات في تعز»: one city's quarters hit together are one event (ACLED)
        if p in listed:
            targets.append(p)
            continue
        between = m.folded[cand.place.end:p.start] if p.start > cand.place.end else ""
        another = "اخري" in between or "اخر " in between
        if cand.event_type == "Explosions/Remote violence" and (p.start > cand.place.end or p.trigger_word) \
                and (governorate_of(p.place) not in seen or another) and not _line_between(m, cand.place, p):
            seen.add(governorate_of(p.place))
            targets.append(p)  # «… وغارةً أخرى على القصير»: another strike of the same wave
            with_it = [q for q in _listed_with(m, places, p) if q.start != cand.place.start and q not in targets
                       and q not in listed]  # «… مخيم المغازي ومخيم البريج وسط القطاع، وحي الشجاعية»
            targets += with_it
            if _homes_by(m, p):
                homes.update(q.start for q in [p, *with_it])  # «منازل في مخيم المغازي ومخيم البريج»
    if quarters:
        cand.place = _city_of(m, sent, cand.place)  # … the event at the city
    lacking = _lacking_targets(m, cand, listed)
    if not targets and not lacking:
        return []
    places = 1 + sum(p in listed for p in targets) + len(lacking)
    toll = cand.casualties
    killed, wounded = _split_shares(toll, places)
    local = _local_tolls(m, sent, [cand.place] + [p for p in targets if p in listed])
    if local:
        killed, wounded = [k for k, _ in local], [w for _, w in local if w is not None]
    _keep_first_share(cand, toll, killed, wounded)
    out = []
    share = 0
    first_listed = min([cand.place.start] + [p.start for p in targets if p in listed])
    last_listed = max([cand.place.end] + [p.end for p in targets if p in listed])
    victim = cand.roles.actor2
    # «منازل المواطنين في مخيمي المغازي والبريج»: the target named before the list is each one's; so are the
    # victims of a toll told for the list as a whole («… ما أسفر عن مقتل 30 عنصراً من التنظيم»)
    target = victim if victim is not None and (
        victim.mention.start < first_listed or (victim.mention.start > last_listed and not local)) else None
    for p in targets:
        if p in listed:
            share += 1
        own = p in listed and share < places
        toll = cas.Casualties(killed_figures=killed[share:share + 1] if own else [],
                              wounded_figures=wounded[share:share + 1] if own else [])
        area = _list_area(m, cand, p) if p in listed else None
        out.append(Candidate(sent, cand.trigger, cand.event_type, cand.sub_event_type,
                             ActorRoles(cand.roles.actor1, target if p in listed else None), area or p, True,
                             cand.time, cand.date, cand.precision, cand.own_date, toll, [(sent.start, sent.end)],
                             cand.confidence, cand.last_paragraph,
                             unlisted=(p.start, p.end) if area is not None else None,
                             homes_hit=p.start in homes))
    for area, name in lacking:
        share += 1
        toll = cas.Casualties(killed_figures=killed[share:share + 1], wounded_figures=wounded[share:share + 1])
        out.append(Candidate(sent, cand.trigger, cand.event_type, cand.sub_event_type,
                             ActorRoles(cand.roles.actor1, target), area, True, cand.time, cand.date,
                             cand.precision, cand.own_date, toll, [(sent.start, sent.end)], cand.confidence,
                             cand.last_paragraph, unlisted=name))
    return out


def _homes_by(m: Mentions, p: PlaceMention) -> bool:
    """«منازل المواطنين شرق مخيم المغازي»: homes told by a compass word from a place were hit there (the
    place is the nearest one named, not a reference for another)."""
    words = m.folded[max(0, p.start - len(p.prefix) - 40):p.start - len(p.prefix)].split()[-5:]
    if words and without_proclitic(words[-1], _SETTLEMENT_WORDS) in _SETTLEMENT_WORDS:
        words = words[:-1]  # «شمال مخيم النصيرات»
    return len(words) >= 2 and words[-1] in COMPASS and any(w in _HOME_WORDS for w in words[:-1])


def governorate_of(place: Place) -> tuple[str, str | None]:
    """The unit a strike wave reaches place by place: the governorate, or in a territory whose admin1 is the
    whole of it (the Gaza Strip, the West Bank) its governorate, admin2."""
    return (place.admin1, place.admin2 if place.country == "Palestine" else None)


def _lacking_targets(m: Mentions, cand: Candidate, listed: list[PlaceMention]) -> list[tuple[PlaceMention, tuple[int, int]]]:
    """«بلدات حاس ومعرة حرمة ومعرزيتا بريف إدلب», «مناطق هجين والشعفة والبوخاطر بريف دير الزور»: the items
    of a list of targets that the gazetteer lacks, between its known places or after the last one, each with
    the area that closes the list (no event without one)."""
    group = sorted([cand.place, *listed], key=lambda p: p.start)
    sent = cand.sentence
    area = next((p for p in m.within("places", group[-1].end, sent.end) if p.place is not None
                 and p.place.feature in _COARSE_FEATURES and p.place.admin1 == cand.place.place.admin1), None)
    if area is None or len(group) < 2 or _opened_by_plural(m, sent, group[0]):
        return []  # «قرى A وB وC» (a plural place word opens the list): _unlisted_after_named reads it
    spans = []
    for left, right in zip(group, group[1:]):
        spans += _lacking_items(_gap_words(m.folded, left.end, right.start - len(right.prefix))) or []
    tail = _gap_words(m.folded, group[-1].end, area.start - len(area.prefix))
    cut = next((i for i, (w, _, _) in enumerate(tail) if without_proclitic(w, CONNECTORS) in CONNECTORS), len(tail))
    if only_connectors(m.folded[tail[cut][1] if cut < len(tail) else area.start:area.start - len(area.prefix)]
                       + " " + area.prefix):
        spans += _lacking_items(tail[:cut]) or []
    return [(area, s) for s in spans if _may_name_village(m, s)]


def _may_name_village(m: Mentions, span: tuple[int, int]) -> bool:
    """No trigger, actor or number in the words («وقتلت مدنيين»); a word of the language may be a village's
    name («العشرة», «العمارة»)."""
    return not (m.within("triggers", *span) or m.within("actors", *span) or m.within("numbers", *span))


def _list_area(m: Mentions, cand: Candidate, item: PlaceMention) -> PlaceMention | None:
    """«قريتي دير فول والسعن بريف حمص» when the gazetteer knows an «السعن» only in Hama: an item of a list whose
    readings all lie outside the governorate the list is put in is a village the gazetteer lacks, in that area."""
    governorate = cand.place.place.admin1
    if item.place.admin1 == governorate or any(c.admin1 == governorate for c in item.candidates):
        return None
    sent = cand.sentence
    return next((q for q in m.within("places", sent.start, sent.end) if q.place is not None and q.is_context
                 and q.place.feature in _COARSE_FEATURES and q.place.admin1 == governorate), None)


def _city_of(m: Mentions, sent: Sentence, quarter: PlaceMention) -> PlaceMention:
    """The city the sentence names for a quarter of it («… في تعز»), else the quarter."""
    q = quarter.place
    return next((p for p in m.within("places", sent.start, sent.end) if p.place is not None
                 and p.place.feature == "populated" and (p.place.country, p.place.admin1, p.place.admin2) ==
                 (q.country, q.admin1, q.admin2)), quarter)


def _same_city_quarters(a, b) -> bool:
    """Two neighbourhoods of one city."""
    return a.feature == b.feature == "neighbourhood" and (a.country, a.admin1, a.admin2) == (b.country, b.admin1, b.admin2)


def _listed_with(m: Mentions, places: list[PlaceMention], chosen: PlaceMention) -> list[PlaceMention]:
    """The places of the sentence standing in one list with the chosen one («X وY وZ», «X، وY»)."""
    index = next((i for i, p in enumerate(places) if p.start == chosen.start), None)
    if index is None:
        return []
    group = [places[index]]
    for step in (-1, 1):
        i = index
        while 0 <= i + step < len(places):
            left, right = (places[i], places[i + step]) if step == 1 else (places[i + step], places[i])
            if not _list_gap(_without_areas(m, left.end, right.start - len(right.prefix)) + " " + right.prefix):
                break
            group.append(places[i + step])
            i += step
    first = min(p.start for p in group)
    if _LINE_WORDS & set(m.folded[max(0, first - 14):first].split()):
        return []  # «بين تفتناز وترمانين»: a line between two places, not a list of targets
    return [p for p in group if p is not places[index]]


def _line_between(m: Mentions, a: PlaceMention, b: PlaceMention) -> bool:
    """«على الطريق الواصل بين محافظتي درعا والسويداء»: the two ends of a line, one place of the incident."""
    first, second = sorted((a, b), key=lambda p: p.start)
    return "بين" in m.folded[max(0, first.start - 14):first.start].split() and \
        _list_gap(_without_areas(m, first.end, second.start - len(second.prefix)) + " " + second.prefix)


def _without_areas(m: Mentions, start: int, end: int) -> str:
    """``folded[start:end]`` without the governorates and regions named in it: between «مخيم البريج» and «بلدة
    بيت لاهيا», «وسط قطاع غزة، إضافة إلى محيط» only locates the first place."""
    gap, cut = [], start
    for p in m.within("places", start, end):
        if p.place is not None and p.place.feature in _COARSE_FEATURES and p.end <= end:
            gap.append(m.folded[cut:p.start - len(p.prefix)])
            cut = p.end
    return " ".join(gap) + " " + m.folded[cut:end] if gap else m.folded[start:end]


def _list_gap(gap: str) -> bool:
    """Only list separators (و، «،», «بالإضافة إلى», «وقرية») between two places of a list."""
    words = _gap_words(gap, 0, len(gap))
    if len(gap) > LIST_GAP or not words:
        return False
    tail = [w for w, _, _ in words if w not in _SETTLEMENT_WORDS]
    if tail and tail[-1] in COMPASS:
        return False  # «أفجوي، غربي مقديشو»: the second place only locates the first
    # «X وحاس وY», «X ومعرة حرمة وY»: a list item the gazetteer lacks still links its neighbours
    return _lacking_items(words) is not None and any(w in ("و", "،") or w.startswith("و") for w, _, _ in words)


_GAP_WORD = re.compile(r"[،,]|[^\s،,]+")


def _gap_words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The words of ``text[start:end]`` with their spans, quotes dropped and each comma a word of its own
    («،»), the list's fillers («شمال», «محيط») left out."""
    fillers = word_list("list_fillers")
    text = _QUOTES.sub(" ", text[:end])
    return [("،" if w.group() == "," else w.group(), w.start(), w.end()) for w in _GAP_WORD.finditer(text, start)
            if w.group() not in fillers]


def _lacking_items(words: list[tuple[str, int, int]]) -> list[tuple[int, int]] | None:
    """The spans of the names in the gap of a list that the gazetteer lacks, each of one to three words:
    every «وX» opens one and the words after it go on with it («ومعره حرمه»). None when a word of the gap
    can be no part of a list (a preposition, a relative pronoun, a fourth word, a word after a bare comma)."""
    joiners = word_list("list_joiners")
    breakers = word_list("list_item_breakers")
    items: list[tuple[int, int]] = []
    length, opened = 0, False
    for w, start, end in words:
        place_word = without_proclitic(w, _SETTLEMENT_WORDS) in _SETTLEMENT_WORDS
        if w in joiners or place_word:
            if w in ("و", "،") or place_word:
                # a bare «و» or a place word («وبلدات», «وقرية») opens the next name; after «،» only «وX» does
                length, opened = 3, w != "،"
            continue
        if w in breakers:
            return None
        if opened or w.startswith("و") and len(w) > 2:
            items.append((start if opened else start + 1, end))
            length, opened = 1, False
        elif items and length < 3:
            items[-1] = (items[-1][0], end)
            length += 1
        else:
            return None
    return items


def _local_tolls(m: Mentions, sent: Sentence, group: list[PlaceMention]) -> list[tuple[int, int | None]] | None:
    """«قرى A وB وC، ما أسفر عن مقتل امرأة وطفلها في A وإصابة ثلاثة في B»: a toll told place by place after the
    list gives each place its own (killed, wounded); a listed place without one had none. None when the toll is
    told for the list as a whole."""
    start = max(p.end for p in group)
    found: dict[int, cas.Casualties] = {}
    for p in m.within("places", start, sent.end):
        index = next((i for i, g in enumerate(group) if p.place is not None
                      and (g.place.name, g.place.admin1) == (p.place.name, p.place.admin1)), None)
        at = p.start - len(p.prefix)
        if index is None or not _LOCAL_TOLL_AT.search(m.folded, max(start, at - 20), at):
            continue
        toll = cas.count(m.tokens(start, at), m.within("numbers", start, at), False)
        if toll.any_killed or toll.wounded_figures:
            found[index] = toll
        start = p.end
    if not found:
        return None
    hurt = any(t.wounded_figures for t in found.values())  # no wounded told anywhere: their number is unknown
    return [(found[i].fatalities or 0 if i in found else 0, (found[i].wounded or 0 if i in found else 0) if hurt else None)
            for i in range(len(group))]


def _split_shares(toll: cas.Casualties, places: int) -> tuple[list[int], list[int]]:
    """Each place's share of the killed and of the wounded told for a list of ``places`` (none when no one died)."""
    killed = [] if toll.none_reported else _split_toll(toll.killed_figures, places)
    return killed, _split_toll(toll.wounded_figures, places)


def _keep_first_share(cand: Candidate, toll: cas.Casualties, killed: list[int], wounded: list[int]) -> None:
    """The list's first place keeps the first share of a split toll."""
    if killed or wounded:
        cand.casualties = cas.Casualties(killed_figures=killed[:1] or toll.killed_figures,
                                         wounded_figures=wounded[:1] or toll.wounded_figures,
                                         none_reported=toll.none_reported)


def _split_toll(figures: list[int], places: int) -> list[int]:
    """ACLED splits a toll told for several places evenly (the remainder to the first): 4 over 3 → 2, 1, 1."""
    if places < 2 or not figures:
        return []
    base, extra = divmod(min(figures), places)
    return [base + (i < extra) for i in range(places)]


def _agrees(p: PlaceMention, options: list[PlaceMention]) -> bool:
    """Another place of the sentence lies in the same governorate («حي الروضة شمال شرقي مدينة تعز»)."""
    return any(o is not p and o.place.admin1 == p.place.admin1 for o in options)


def _document_country(m: Mentions) -> str | None:
    """The country the text is about: named countries weigh most, then governorates and regions, then towns
    introduced by a place word («قرية», «مدينة»), which can be homonyms abroad."""
    votes: dict[str, float] = {}
    for p in m.places:
        if p.place is None:
            continue
        weight = _COUNTRY_VOTE.get(p.place.feature, 1.0 if p.trigger_word else 0.0)
        if p.place.feature == "country" and _beyond_border(m.folded, p):
            weight = _NEIGHBOUR_VOTE
        votes[p.place.country] = votes.get(p.place.country, 0.0) + weight
    for a in m.actors:  # «الدعم السريع» is Sudan's, «الحوثيون» Yemen's: a local armed actor tells the country
        countries = {e.country for e in a.entries if e.country not in (None, "International") and e.inter in (2, 3, 4)
                     and not e.generic and a.key not in e.home_aliases}  # «الشباب» tells nothing
        if len(countries) == 1:
            country = countries.pop()
            votes[country] = votes.get(country, 0.0) + _ACTOR_VOTE
    return max(votes, key=votes.get) if votes and max(votes.values()) > 0 else None


def _places_in_country(m: Mentions) -> bool:
    """Does the text name a place in the country it is about (``_document_country``), or only actors of it?"""
    country = m.once(_document_country)
    return any(p.place is not None and p.place.country == country for p in m.places)


def _beyond_border(folded: str, p: PlaceMention) -> bool:
    """«على الحدود السورية», «قادمين من الأراضي السورية»: a country named as a border or as where someone came
    from is the neighbour of the one the text is about."""
    words = folded[max(0, p.start - len(p.prefix) - 12):p.start - len(p.prefix)].split()
    return bool(words) and words[-1] in _BORDER_WORDS


def _inside_actor_name(m: Mentions, p: PlaceMention) -> bool:
    """«مجلس منبج العسكري»، «نظام بشار الأسد»: a place word inside an actor's name is no place."""
    return any(a.start <= p.start and p.end <= a.end and (a.end - a.start) > (p.end - p.start)
               for a in m.within("actors", max(0, p.start - 60), p.end))


def _is_dateline(folded: str, p: PlaceMention) -> bool:
    """«بغداد – أعلنت الحكومة …»: the place that opens a paragraph before a dash is where the report was filed."""
    line_start = folded.rfind("\n", 0, p.start) + 1
    if folded[line_start:p.start - len(p.prefix)].strip():
        return False
    return bool(_DATELINE_AFTER.match(folded, p.end))


def _describes_place_before(folded: str, p: PlaceMention) -> bool:
    """«غارة على بلدة الخيام، وهي من قرى قضاء مرجعيون»: a clause that tells what the place before belongs to
    names its district, no other place hit."""
    start = p.start - len(p.prefix)
    return _PLACE_DESCRIPTION.search(folded, max(0, start - 40), start) is not None


def _is_reference_point(folded: str, p: PlaceMention) -> bool:
    """«في ديالى شمال شرقي بغداد», «على بعد 40 كم غرب العاصمة»: a place after a compass word locates
    another one; the incident is not in it («… غرب العاصمة دمشق», «… كم شمال مدينة حماة» as well)."""
    start = p.start - len(p.prefix)
    if distance_before(folded, start) is not None:
        return True
    words = folded[max(0, start - 24):start].split()[-2:]
    if len(words) == 2 and words[-1] in _POINTER_PLACE_WORDS:
        words = words[:1]
    return bool(words) and words[-1] in COMPASS and not p.prefix


def _is_source_place(folded: str, p: PlaceMention) -> bool:
    """«وقال مصدر عسكري في مدينة الأبيض إن …», «بحسب مصادر طبية في مستشفى المعمداني بمدينة غزة»: where the
    source speaks from, not where the incident was."""
    start = p.start - len(p.prefix)
    return _SOURCE_AT.search(folded, max(0, start - 60), start) is not None or \
        _SOURCE_HOSPITAL.search(folded[max(0, start - 70):p.start]) is not None


def _is_firing_position(folded: str, p: PlaceMention) -> bool:
    """Where the fire came from, the shooters stand or the attackers came from («من اتجاه مخيم اليرموك»)."""
    start = p.start - len(p.prefix)
    if _FIRED_FROM.search(folded, max(0, start - 60), start) is not None:
        return True
    came = _CAME_FROM.search(folded, max(0, start - 60), start)
    # «على الطريق المؤدي إلى المدينة من جهة بلدة X»: the stretch of road by X, where the strike was
    return came is not None and not any(w in folded[max(0, came.start() - 40):came.start()] for w in _ROAD_WORDS)


def _office_place(folded: str, p: PlaceMention) -> bool:
    """«محافظي عدن ولحج», «سيارة قائد معسكر بدر»: a place named as the office of a person (the first of a list of
    them, or one after it) is a title, no place hit."""
    start = p.start - len(p.prefix)
    return _OFFICE_BEFORE.search(folded, max(0, start - 40), start) is not None


def _is_hometown(folded: str, p: PlaceMention) -> bool:
    """«ابن بلدة الكرك», «من أبناء مدينة دوما», «المنحدر من»: where the victim is from, not where it happened."""
    return _said_of_a_person(folded, p, _HOMETOWN_WORDS)


def _is_career_post(folded: str, p: PlaceMention) -> bool:
    """«ضابط متقاعد شغل منصباً في إدارة سجن صيدنايا»: where a person held a post, not where the incident was."""
    return _said_of_a_person(folded, p, _CAREER_WORDS)


def _said_of_a_person(folded: str, p: PlaceMention, words: frozenset[str]) -> bool:
    """One of ``words`` among the three words before the place (within 30 characters)."""
    before = folded[max(0, p.start - len(p.prefix) - 30):p.start - len(p.prefix)].split()[-3:]
    return any(w in words for w in before)


def _not_listed_with_hometown(m: Mentions, sent: Sentence, options: list[PlaceMention]) -> list[PlaceMention]:
    """The ``options`` not listed with a home town of the sentence: in «وفود من بلدات القريا وشهبا» both are."""
    places = [q for q in m.within("places", sent.start, sent.end) if q.place is not None]
    homes = [q for q in places if _is_hometown(m.folded, q)]
    if not homes:
        return options
    return [p for p in options if not any(q in homes for q in _listed_with(m, places, p))]


def _is_office(m: Mentions, p: PlaceMention) -> bool:
    """«وقال قائممقام العمادية», «أفاد عمدة قرية فوري»: the place a speaking official serves, not an incident's
    (an official who is the victim, «اغتيال مختار حي بطفس», keeps it)."""
    start = p.start - len(p.prefix)
    words = m.folded[max(0, start - 24):start].split()[-2:]
    if not any(w in _OFFICE_TITLES or w[1:] in _OFFICE_TITLES for w in words):
        return False
    return any("statement" in c.kinds for c in m.within("cues", max(0, start - 40), start))


def _is_speaker(m: Mentions, p: PlaceMention) -> bool:
    """«وأشار العبيدي إلى أن …», «وقالت دمشق إن …»: a name right after a verb of saying and before what was said
    is the speaker (a person, or a capital for its government), not a place of the incident."""
    start = p.start - len(p.prefix)
    said = any("statement" in c.kinds and start - 2 <= c.end <= start for c in m.within("cues", max(0, start - 12), start))
    return said and bool(_SAID_AFTER.match(m.folded, p.end))


def _is_destination(folded: str, p: PlaceMention) -> bool:
    """Where the wounded were taken, the fire was aimed or a side withdrew: «نقل إلى مستشفيات مدينة حلب»,
    «باتجاه البلدة», «عقب انسحاب الفصائل إلى بلدة التمانعة»."""
    before = folded[max(0, p.start - 14):p.start]
    start = p.start  # the phrase «إلى المشفى الوطني في مدينة حماة» counts its words up to the place word «مدينة»
    if p.trigger_word and (at := folded.rfind(p.trigger_word, max(0, start - len(p.trigger_word) - 3), start)) >= 0:
        start = at
    return _DESTINATION_WORDS.search(before) is not None or _TAKEN_TO.search(folded, max(0, start - 45), start) is not None


def _date(m: Mentions, sent: Sentence, trig: TriggerMention, prev: Candidate | None, lead_time: TimeMention | None,
          published: dt.date | None, place: PlaceMention | None = None,
          ) -> tuple[TimeMention | None, dt.date | None, int | None, bool]:
    own = _sentence_times(m, sent)
    if own:
        t = _stated_date(m, own, _event_time(m, own, trig))
        if t.kind == "sequence":  # «بعد ظهر اليوم نفسه»: the day named last before it; «اليوم التالي للحادثة»:
            # the day after the incident told before
            named = next((x for x in reversed(m.within("times", 0, t.start)) if x.date is not None and not x.future
                          and x.kind not in ("year", "since", "sequence")), None)
            of_incident = m.folded.startswith(" لل", t.end) or m.folded.startswith(" علي ال", t.end)
            base = named.date if named is not None and not of_incident else \
                prev.date if prev else (lead_time.date if lead_time else None)
            offset = getattr(t, "offset_days", 0) or 0
            precision = 1
            if offset > 0 and _counted_back(m, t, trig):
                # «ويأتي ذلك بعد يومين من سيطرة الجيش على …»: the incident after «من» came that long before the
                # report's own, a day counted back from it (ACLED: time_precision 2)
                offset, precision = -offset, 2
                base = lead_time.date if lead_time is not None and lead_time.date else published
            return t, base + dt.timedelta(days=offset) if base else None, precision, True
        return t, t.date, t.precision, True
    if prev is not None and prev.flashback and sent.paragraph > prev.last_paragraph and lead_time is not None:
        return lead_time, lead_time.date, lead_time.precision, False  # «وكانت الطائرات استهدفت أمس …» ends with
        # its paragraph: «وأضاف المراسل أن غارة …» goes back to the report's own day
    if prev is not None:
        return prev.time, prev.date, prev.precision, False  # the same report goes on
    earlier = _dated_before(m, sent, place)
    if earlier is not None:
        return earlier, earlier.date, earlier.precision, False
    later = _next_time(m, sent)
    if later is not None:
        return later, later.date, later.precision, False  # «قتل 17 … في الفاشر. وكان القصف فجر أمس …»
    if lead_time is not None and sent.paragraph <= LEAD_PARAGRAPHS + 1:
        return lead_time, lead_time.date, lead_time.precision, False
    if lead_time is None and published is not None:
        return None, published, 1, False  # a report with no date words is dated by its publication (ACLED)
    return None, None, None, False


def _told_day(m: Mentions, sent: Sentence, cand: Candidate, published: dt.date | None) -> bool:
    """«أفاد مصدر أمني، يوم الاثنين، بمقتل جنديين»: the sentence's only days follow a verb of saying and are the
    report's own: the day the source spoke (not a source's account inside a quote)."""
    own = _sentence_times(m, sent)
    statements = m.once(_statement_ends)
    return bool(own) and cand.own_date and cand.date is not None and cand.date == published \
        and m.reported_span(cand.trigger.start) is None and all(_just_after(statements, t.start, 30) for t in own)


def _dated_before(m: Mentions, sent: Sentence, place: PlaceMention | None) -> TimeMention | None:
    """«وكان مصدر أعلن أمس انسحاب الجيش من بلدة X. وأعلن الطرف الآخر أنه سيطر على بلدة X»: the sentence just
    before, which tells no event of its own, gives its one date to what the next one tells of the same place."""
    if sent.index == 0 or place is None or place.place is None:
        return None
    before = m.sentences[sent.index - 1]
    if _best_trigger(m, before) is not None or not any(
            p.place is not None and p.place.name == place.place.name for p in m.within("places", before.start, before.end)):
        return None
    times = [t for t in _sentence_times(m, before) if t.date is not None and t.kind != "sequence"]
    return times[0] if len(times) == 1 else None


def _counted_back(m: Mentions, t: TimeMention, trig: TriggerMention) -> bool:
    """«بعد يومين من إصابة عامل …»: the trigger after «بعد N أيام من» tells an incident that long before."""
    return t.kind == "sequence" and _AFTER_THE.match(m.folded, t.end) is not None and trig.start > t.end


def _recalled(m: Mentions, cand: Candidate) -> bool:
    return cand.time is not None and cand.own_date and _counted_back(m, cand.time, cand.trigger)


def _next_time(m: Mentions, sent: Sentence) -> TimeMention | None:
    """The first date of the following sentence in the same paragraph."""
    following = m.sentences[sent.index + 1] if sent.index + 1 < len(m.sentences) else None
    if following is None or following.paragraph != sent.paragraph:
        return None
    times = _sentence_times(m, following)
    return times[0] if times and times[0].kind != "sequence" else None


def _event_time(m: Mentions, times: list[TimeMention], trig: TriggerMention) -> TimeMention:
    """The date of the event, not of the report: «أعلنت الحكومة، اليوم السبت، مقتل 16 في غارات مساء أمس»
    — a date right after a statement verb dates the statement; otherwise the one nearest the trigger."""
    if len(times) == 1:
        return times[0]
    statements = m.once(_statement_ends)
    events = [t for t in times if not _just_after(statements, t.start, 30)] or times
    return min(events, key=lambda t: abs(t.start - trig.start))


def _stated_date(m: Mentions, times: list[TimeMention], t: TimeMention) -> TimeMention:
    """«أمس الثلاثاء الموافق 30 نيسان 2024»: the date the text states for a day it names relatively (which an
    unknown publication date leaves unresolved, or another date of the text anchors wrongly)."""
    return next((x for x in times if x.date is not None and 0 <= x.start - t.end <= STATED_DATE_GAP
                 and "الموافق" in m.folded[t.end:x.start]), t)


def _statement_ends(m: Mentions) -> list[int]:
    return sorted(c.end for c in m.cues if "statement" in c.kinds)


def _just_after(ends: list[int], pos: int, gap: int) -> bool:
    """One of the sorted ``ends`` lies at most ``gap`` characters before ``pos`` (or at it)."""
    i = bisect_left(ends, pos - gap)
    return i < len(ends) and ends[i] <= pos


def _continues(m: Mentions, prev: Candidate, cand: Candidate) -> bool:
    """A sentence with no place or date of its own tells more of the event before it
    (the attackers' route, the toll, a source's account), unless it opens a new incident."""
    if cand.own_date or prev.sentence.headline:
        return False
    if cand.own_place and not (_same_area(prev, cand) or _same_place(prev, cand) or _placeless(prev)):
        return False
    if cand.unlisted is not None and not cand.own_place and not _placeless(prev) \
            and prev.place.place.feature not in _COARSE_FEATURES:
        return False  # «… مدينة معرة النعمان. كما قصفت قرية X»: a village the gazetteer lacks is a place of its own
    if incident_kind(cand) != incident_kind(prev) and not {cand.event_type, prev.event_type} <= _VIOLENCE \
            and cand.trigger.trigger.rank > WEAK_RANK and not prev.raid_only and not one_rally(prev, cand):
        return False  # an arrest after a clash, or after a cache seized, is a second event (but a raid's outcome)
    if prev.event_type in _DEMONSTRATIONS and cand.event_type in _VIOLENCE and cand.roles.actor1 is not None \
            and cand.roles.actor1.inter in (2, 3, 4):
        return False  # «احتشد الشبان في الساحة. ثم هاجم المسلحون مقر الشرطة»: gunmen's attack is no part of the rally
    return not _opens_new(m, cand.sentence) and not _in_reply(m, cand.sentence, cand.trigger) \
        and cand.sentence.paragraph - prev.last_paragraph <= 1


def incident_kind(c: Candidate) -> str:
    """The event type, but weapons seized or brought down stand apart from the other strategic developments (a
    cache seized and the arrests of a sweep are two events; arrests and looting in one incursion are one)."""
    return c.sub_event_type if c.sub_event_type == DISRUPTED else c.event_type


def _same_area(prev: Candidate, cand: Candidate) -> bool:
    """The candidate names only the governorate (or a vaguer area) of the event before it."""
    if prev.place is None or cand.place is None or prev.place.place is None or cand.place.place is None:
        return False
    a, b = prev.place.place, cand.place.place
    if b.feature in ("admin1", "region") and a.admin1 == b.admin1:
        return True
    if a.feature in ("admin1", "region") and a.admin1 == b.admin1:
        return True  # the governorate of the lead, then the town: «في ريف دمشق … في مدينة المعضمية»
    same_district = bool(a.admin2) and (a.admin1, a.admin2) == (b.admin1, b.admin2)
    # a camp and its town (نور شمس / طولكرم) are one area; two named villages of a district are not
    return same_district and (a.feature in ("camp", "neighbourhood", "site") or b.feature in ("admin2", "admin3"))


def _opens_new(m: Mentions, sent: Sentence) -> bool:
    opening = m.cue_kinds(sent.start, min(sent.end, sent.start + 30))
    return "new_incident" in opening or _opens_with_place(m, sent)


def _opens_with_place(m: Mentions, sent: Sentence) -> bool:
    """«وفي مدينة غزة، …»، «وفي البصرة …»: a sentence that opens on a place starts a new incident."""
    head = m.tokens(sent.start, min(sent.end, sent.start + 40))[:4]
    if not head or head[0].text not in ("وفي", "في"):
        return False
    return any(p.place is not None and p.start < head[-1].end for p in m.within("places", sent.start, sent.end))


def _placeless(c: Candidate) -> bool:
    return c.place is None or c.place.place is None or c.place.place.feature == "country"


def _same_place(prev: Candidate, cand: Candidate) -> bool:
    a, b = prev.place, cand.place
    return a is not None and b is not None and a.place is not None and b.place is not None and (
        a.place.name, a.place.admin1) == (b.place.name, b.place.admin1)


def _only_running_total(m: Mentions, sent: Sentence) -> bool:
    """A toll («حصيلة») counted since a date, with no figure told before that date: the sentence gives only a
    running total (one that first tells the incident's own dead, «أسفرت عن ستة شهداء، … والحصيلة منذ …», does not)."""
    if not _TOLL_NOUN.search(m.folded, sent.start, sent.end):
        return False
    since = [t.start for t in _counted_since(m, sent)]
    figures = [n.start for n in m.within("numbers", sent.start, sent.end) if n.value and not n.is_year
               and not any(t.start <= n.start < t.end for t in m.within("times", sent.start, sent.end))]
    return bool(since) and all(f > since[0] for f in figures)


def _running_total(m: Mentions, sent: Sentence) -> bool:
    """A sentence that counts since a date («منذ 26 آب», «منذ مطلع الشهر»)."""
    return bool(_counted_since(m, sent))


def _counted_since(m: Mentions, sent: Sentence) -> list[TimeMention]:
    """The sentence's dates a count runs from: a «since» span, or a date right after «منذ»."""
    return [t for t in m.within("times", sent.start, sent.end)
            if t.kind == "since" or m.folded[max(sent.start, t.start - 5):t.start].strip() == "منذ"]


# How far a rally was met with force: a later sentence that tells more force makes the event so.
_RAID_WORDS = word_list("raid_words")
_RAID_TARGETING = word_list("raid_targeting")
# «اقتحمت حركة الشباب قاعدة عسكرية بسيارة مفخخة»: a car bomb a storming drives in is a suicide bombing
_DRIVEN_IN = re.compile(rf"(?<!\S)(?:{_alternatives('raid_words')})(?!\S)[^.؟!]{{0,80}}?(?<!\S)"
                        rf"(?:{_alternatives('driven_bombs')})(?!\w)")


# How far one rally went, from a peaceful protest to a riot: the gravest telling names the event. ACLED codes a
# rally told peaceful and then turning violent («وأضرم بعض المتظاهرين النار في المبنى») as one violent
# demonstration, and the rioters shot by the police are that riot's dead.
_PROTEST_GRAVITY = {"Peaceful protest": 1, "Protest with intervention": 2, "Excessive force against protesters": 3,
                    "Violent demonstration": 4}


def one_rally(a: Candidate, b: Candidate) -> bool:
    """Two tellings of demonstrations that may be one rally (a protest, one broken up, one fired on, a riot)."""
    return a.sub_event_type in _PROTEST_GRAVITY and b.sub_event_type in _PROTEST_GRAVITY


def merge_rally(keep: Candidate, other: Candidate) -> bool:
    """Fold another telling of the same rally into ``keep``; False when the two are no rally. The gravest
    telling gives the type, a riot's crowd are rioters (actor1), and the force that met it is actor2."""
    if not one_rally(keep, other):
        return False
    if _PROTEST_GRAVITY[other.sub_event_type] > _PROTEST_GRAVITY[keep.sub_event_type]:
        keep.trigger, keep.event_type, keep.sub_event_type = other.trigger, other.event_type, other.sub_event_type
        if other.event_type == "Riots":
            keep.roles.actor1 = other.roles.actor1 or keep.roles.actor1
    keep.roles.actor1 = keep.roles.actor1 or other.roles.actor1
    keep.roles.actor2 = keep.roles.actor2 or other.roles.actor2
    return True


def _absorb(m: Mentions, prev: Candidate, cand: Candidate) -> None:
    """Fold a continuation sentence into the event before it: toll, evidence, a missing side or place,
    a claim, and the suicide bombing that an «attack» turns out to be."""
    if not (_subset_toll(m, cand.sentence) or _running_total(m, cand.sentence)):
        prev.casualties.merge(cand.casualties)  # «حصيلة الاشتباكات منذ 26 آب بلغت 115 قتيلاً» is no toll of this one
    prev.evidence.append((cand.sentence.start, cand.sentence.end))
    prev.last_paragraph = cand.sentence.paragraph
    if not _placeless(cand) and (_placeless(prev) or (prev.place.place.feature in ("admin1", "region")
                                                     and cand.place.place.feature not in _COARSE_FEATURES)) \
            or finer_place(cand, prev):
        prev.place, prev.own_place, prev.unlisted = cand.place, cand.own_place, cand.unlisted
    if "claim" in m.cue_kinds(cand.sentence.start, cand.sentence.end) and cand.roles.actor1 is not None:
        prev.roles.actor1 = cand.roles.actor1  # «وتبنت حركة الشباب الهجوم»
    if _attacker_told(m, prev, cand):
        prev.roles.actor1, prev.roles.actor2 = prev.roles.actor2, prev.roles.actor1
    if not merge_rally(prev, cand):  # «تظاهر المئات … ثم أطلقت قوات الأمن النار عليهم فقتلت أحدهم»
        prev.roles.fill_from(cand.roles)
    prev.state_victims = prev.state_victims or "state_victim" in m.cue_kinds(cand.sentence.start, cand.sentence.end)
    if prev.raid_only:
        prev.raid_only = False  # «… أن المداهمة أسفرت عن اعتقال شقيقين»: the raid was an arrest
        if cand.event_type != prev.event_type or cand.sub_event_type != "Armed clash" or cand.trigger.trigger.id != "attack":
            prev.trigger, prev.event_type, prev.sub_event_type = cand.trigger, cand.event_type, cand.sub_event_type
    if suicide_told(prev, cand.trigger) or prev.trigger.trigger.rank <= WEAK_RANK and (cand.trigger.trigger.id == "suicide" or (
            prev.trigger.trigger.id == "attack" and cand.event_type == "Explosions/Remote violence"
            and cand.trigger.trigger.rank > WEAK_RANK and not _gunfire(m, cand.sentence))):
        prev.trigger, prev.event_type, prev.sub_event_type = cand.trigger, cand.event_type, cand.sub_event_type
        # «قُتل عنصر بعملية اغتيال» … «إثر استهداف سيارته بعبوة ناسفة»: the weapon names the attack (a grenade
        # thrown before the gunfire opened a fight; a toll alone, «3 قتلى», names no attack to make more of)


def _attacker_told(m: Mentions, fight: Candidate, telling: Candidate) -> bool:
    """«المواجهات بين القوات الحكومية ومقاتلي الحوثي» … «بأن الحوثيين هاجموا مواقع للقوات الحكومية»: a fight
    told between two sides, then as the second side's attack on the first, was started by the second (ACLED's
    actor1 is the initiator)."""
    a, b, told = fight.roles.actor1, fight.roles.actor2, telling.sentence
    if fight.event_type != "Battles" or a is None or b is None or telling.roles.actor1 is None \
            or not any(t.trigger.id == "attack" for t in m.within("triggers", told.start, told.end)):
        return False
    if (_role_id(telling.roles.actor1), _role_id(telling.roles.actor2)) != (_role_id(b), _role_id(a)):
        return False
    s = fight.sentence
    return _BETWEEN.search(m.folded, s.start, min(s.end, a.mention.start)) is not None \
        and _BETWEEN.search(m.folded, told.start, min(told.end, telling.roles.actor1.mention.start)) is None


def suicide_told(told: Candidate, telling: TriggerMention) -> bool:
    """«قتل ثلاثة في تفجير» … «وذكر مصدر أن التفجير نفذه انتحاري»: a telling that names the bomber of the same
    explosion makes it a suicide bombing (ACLED)."""
    return telling.trigger.id == "suicide" and told.event_type == "Explosions/Remote violence" \
        and told.sub_event_type != "Suicide bomb"


def _gunfire(m: Mentions, sent: Sentence) -> bool:
    """The sentence tells shooting («أطلقوا النار», «فتحوا الرصاص»)."""
    return _LIVE_FIRE.search(m.folded, sent.start, sent.end) is not None or "رصاص" in m.folded[sent.start:sent.end]


def finer_place(new: Candidate, old: Candidate) -> bool:
    """The later telling names the place more closely, in the same governorate: the district after the
    governorate («على محافظة صعدة» … «في مديرية شدا»), a village the gazetteer lacks after its area."""
    if _placeless(new) or _placeless(old) or old.unlisted is not None:
        return False
    a, b = old.place.place, new.place.place
    if (a.country, a.admin1) != (b.country, b.admin1) or a.feature not in _COARSE_FEATURES:
        return False
    return new.unlisted is not None or _FEATURE_RANK.get(b.feature, 1) > _FEATURE_RANK.get(a.feature, 1)


def _confidence(trig: TriggerMention, roles: ActorRoles, own_place: bool, own_date: bool) -> float:
    score = 0.35 + 0.25 * (trig.trigger.rank > WEAK_RANK) + 0.15 * own_place + 0.1 * own_date
    score += 0.1 * (roles.actor1 is not None) + 0.05 * (roles.actor2 is not None)
    return round(min(score, 0.99), 2)
