"""Who did it and to whom: actor1 and actor2 of a frame from the actor mentions around its trigger."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from rasid.extract.mentions import Mentions, TriggerMention
from rasid.extract.segment import Sentence, without_proclitic
from rasid.lexicon.actors import ActorEntry, ActorMention, catalog
from rasid.lexicon.words import alternation, word_list
from rasid.text.fold import fold_string

CIVILIANS, PROTESTERS, RIOTERS, FOREIGN = 7, 6, 5, 8
OWNER_GAP = 25  # characters between a generic reference and the named actor that owns it
# Plain person nouns say nothing of a side: «عناصر» (of whom?), «أشخاص» (who?) are not actors here.
_NOT_ACTORS = word_list("not_actors")
# Vague victims: a target only when nothing better is named.
_WEAK_VICTIMS = word_list("weak_victims")
# Words right before the perpetrator: «برصاص مسلحين»، «هجوم شنّه التنظيم»، «على يد».
_STRONG_AGENT_BEFORE = word_list("strong_agent_before")
# A verb before its subject (VSO): «استهدفت مسيرات إسرائيلية آليات…»، «شنّت طائرات…».
_AGENT_BEFORE = word_list("agent_before")
# Nouns after which such a verb starts a relative clause, so what follows is its object.
_WEAPON_NOUNS = word_list("weapon_nouns")
_TARGET_BEFORE = word_list("target_before")
_PERSON_WORDS = word_list("person_words")
_VICTIM_COUNTS = word_list("victim_counts")
_KILLERS_AFTER_VERB = word_list("killers_after_verb")
_LEADER_WORDS = word_list("leader_words")
_COUNCIL = fold_string("مجلس شورى")  # «مجلس شورى مجاهدي درنة»: the councils a town's name picks out
_AFFILIATION = word_list("affiliation")
_HEDGED_OWNER = word_list("hedged_owner")
# «لواء القدس الموالي لإيران»، «حركة الشباب المرتبطة بتنظيم القاعدة»: the actor after these only describes.
_DESCRIBED_BY = word_list("described_by")
# «مناطق سيطرة قسد», «خاضعة لسيطرة النظام»: the actor after these holds the place.
_HELD_BY = word_list("held_by")
_COMPOSED_OF = word_list("composed_of")
_MEMBER_WORDS = word_list("member_words")
_GROUP_WORDS = word_list("group_words")
_UNIT_NOUNS = word_list("unit_nouns")
_NUMBER_WORDS = word_list("number_words")
# A source of the report, not a side: «بحسب ما أفاد مسؤول محلي»، «قال مصدر أمني».
_SOURCE_VERBS = word_list("source_verbs")
# Actors who only lend support («بمشاركة قوات التحالف») are neither side of the event.
_SUPPORT_WORDS = word_list("support_words")
_TITLE_WORDS = word_list("title_words")
_OFFICE_WORDS = word_list("office_words")
_CIVIL_OFFICES = word_list("civil_offices")
_OWNER_LINKS = word_list("owner_links")
_SHOOT_DOWN = tuple(word_list("shoot_down_stems"))
_MOURNING_VERBS = word_list("mourning_verbs")
_MEMBER_CLAIMS = word_list("member_claims")
_TARGET_CLAIMS = tuple(word_list("target_claims"))
_LATTER_STARTED = re.compile(rf"(?:{alternation('launched_it')})\s+(?:{alternation('the_latter')})\b")
_SELF_CLAIM = re.compile(rf"\S*\s*(?:،\s*)?(?:\S+\s+){{0,3}}?(?:{alternation('self_claim_words')})\s")
_HELD_SITES = word_list("held_sites")
UNIDENTIFIED = "unidentified_armed_group"
_QUOTES = str.maketrans({q: " " for q in "\"'«»“”"})
_SOURCE_IN = word_list("source_in")
_THAT_WORDS = word_list("that_words")
_AIRCRAFT = word_list("aircraft_words")
_OWN_FORCES = re.compile(rf"(?<!\S)[وبل]?(?:{alternation('own_forces_words')})(?!\S)")
_WEAPON_WORDS = word_list("weapon_words")
_ATTACK_NOUNS = word_list("attack_nouns")
_BY_MEANS = word_list("by_means")
_FIRE_WORDS = word_list("fire_words")
_FINDER_VERBS = word_list("finder_verbs")
_FOUND_REMAINS = word_list("found_remains")
_ACCUSER_VERBS = word_list("accuser_verbs")
_ACCUSING_VERBS = word_list("accusing_verbs")
_ACCUSATION_NOUNS = word_list("accusation_nouns")
_PURSUIT_NOUNS = word_list("pursuit_nouns")
_MADE_BY = word_list("made_by")
_DUAL_SIDES = word_list("dual_sides")
# Words of a state force's members: «جنديان», «ضابطاً في الشرطة» are soldiers or police of some state.
_SOLDIER_WORDS = word_list("soldier_words")
# Offices that only report: «خلية الإعلام الأمني», «المركز الإعلامي لقوات …».
_MEDIA_WORDS = word_list("media_words")
_OUTLET_WORDS = word_list("outlet_words")


@dataclass(slots=True)
class Role:
    """An actor mention and the catalog entries it may stand for (resolved by date later)."""

    mention: ActorMention
    entries: list[ActorEntry]

    @property
    def inter(self) -> int | None:
        return self.entries[0].inter if self.entries else None


@dataclass(slots=True)
class ActorRoles:
    actor1: Role | None = None
    actor2: Role | None = None

    @property
    def against_civilians(self) -> bool:
        return self.actor2 is not None and self.actor2.inter == CIVILIANS

    def fill_from(self, other: ActorRoles) -> None:
        """Complete missing sides from another telling («اشتباكات بين قوات قسد والخلية» names the other side)."""
        if self.actor1 is None and other.actor1 is not None and _differs(other.actor1, self.actor2):
            self.actor1 = other.actor1
        if self.actor2 is None:
            self.actor2 = next((r for r in (other.actor2, other.actor1)
                                if r is not None and (self.actor1 is None or _differs(r, self.actor1))), None)


def _differs(a: Role, b: Role | None) -> bool:
    return b is None or not a.entries or not b.entries or a.entries[0].id != b.entries[0].id


def assign_roles(m: Mentions, sent: Sentence, trig: TriggerMention) -> ActorRoles:
    """actor1 (initiator) and actor2 (target or other side) of the frame in ``sent``."""
    actors = m.within("actors", sent.start, sent.end)
    accusations = _accusations(m, sent) if actors else []
    mentions = [a for a in _appositions(m, actors)
                if a.key not in _NOT_ACTORS and not _speaker_title(m, a) and (not _describes(m, a) or _taker(trig, a))
                and not _finder_or_accuser(m, sent, a, accusations) and not _maker(m, a) and not _media_office(a)
                and not _in_aside(m, sent, a)]
    mentions = [a for a in mentions if not any(_owner_of(m, g, a) for g in mentions if g.generic)]
    quote = m.reported_span(trig.start)
    if quote is not None:  # «وقالت الوزارة إن "مسلحين هاجموا حاجزاً"»: who tells the attack is no side of it
        mentions = [a for a in mentions if a.start >= quote[0]]
    account = _account_start(m, sent, trig, mentions)
    if account is not None:  # «وقال النائب عن الحزب إن شابين قتلا في قصف إسرائيلي»: the same, without quotes
        mentions = [a for a in mentions if a.start >= account]
    sides = _sides_between(m, sent, trig, mentions)
    if sides is not None:  # «أعلنت الشرطة اندلاع مواجهات بين قوات الأمن ومسلحين»: the two sides named
        mentions = [a for a in mentions if a.start >= sides]
    mentions = [a for a in mentions if not _instrument_of(a, mentions)]
    mentions = _fold_affiliations(m, mentions)
    roles = [r for r in (_role(m, a) for a in mentions) if r is not None]
    if trig.trigger.event_type in ("Protests", "Riots"):
        return _protest_roles(roles, trig)
    if trig.trigger.id == "disrupted" and _shot_down(m, sent, mentions):
        return _interception_roles(m, roles, mentions)
    dual = next((r for r in roles if _dual_sides(m, r.mention)), None)
    if dual is not None and trig.trigger.event_type == "Battles":
        return ActorRoles(dual, dual)  # «اشتباكات بين قبيلتين»: the same kind of actor on both sides
    out = _reporter_is_victim(m, sent, _violence_roles(m, sent, roles))
    if trig.trigger.event_type == "Battles" and _latter_started(m, sent, out):
        out = ActorRoles(out.actor2, out.actor1)  # «اشتباكات بين الهيئة وقوات النظام إثر تسلل نفذته الأخيرة»
    return out


def victims_side(m: Mentions, start: int, end: int) -> Role | None:
    """The armed group the victims of a strike belong to, as a mourning («ونعتهم سرايا القدس») or a claim about
    the target («زعم الجيش أن المستهدف ناشط في صفوف حزب الله») between ``start`` and ``end`` names it."""
    words = m.tokens(start, end)
    for i, w in enumerate(words):
        if w.text in _MOURNING_VERBS:
            reach = w.end + 40
        elif w.text in _MEMBER_CLAIMS and any(t.text.startswith(_TARGET_CLAIMS) for t in words[max(0, i - 6):i]):
            reach = w.end + 50
        else:
            continue
        group = next((a for a in m.within("actors", w.end, min(end, reach))
                      if not a.generic and a.entries and a.entries[0].inter in (2, 3)), None)
        if group is not None:
            return Role(group, list(group.entries))
    return None


def _latter_started(m: Mentions, sent: Sentence, roles: ActorRoles) -> bool:
    """«… إثر محاولة تسلل نفذتها الأخيرة»: the side named last began the fighting."""
    first, second = roles.actor1, roles.actor2
    if first is None or second is None or not second.entries:
        return False
    named_second = min((a.start for a in m.within("actors", sent.start, sent.end)
                        if a.entries and a.entries[0].id == second.entries[0].id), default=second.mention.start)
    if named_second < first.mention.start:
        return False
    return _LATTER_STARTED.search(m.folded, named_second, sent.end) is not None


def _shot_down(m: Mentions, sent: Sentence, mentions: list[ActorMention]) -> bool:
    """«أسقطت الدفاعات الجوية طائرة مسيّرة»: a verb of bringing down or intercepting before a weapon named."""
    weapons = [a for a in mentions if _is_weapon(a) or a.refers_to == "unknown"]
    return any(t.text.startswith(_SHOOT_DOWN) and any(w.start > t.end for w in weapons)
               for t in m.tokens(sent.start, sent.end))


def _interception_roles(m: Mentions, roles: list[Role], mentions: list[ActorMention]) -> ActorRoles:
    """«أسقطت دفاعات الدعم السريع مسيّرة تابعة للجيش»: the side that brings the weapon down is actor1, the
    weapon's owner actor2 — an unidentified group when the text names no owner."""
    weapons = [r for r in roles if _is_weapon(r.mention) or r.mention.refers_to == "unknown"]
    shooter = next((r for r in roles if r not in weapons and r.inter != CIVILIANS), None)
    owner = next((r for r in weapons if _differs(r, shooter)), None)
    unknown = next((a for a in mentions if a.refers_to == "unknown"), None)
    after = shooter.mention.end if shooter is not None else 0
    if owner is None:  # «أسقط الجيش مسيّرة أطلقتها قوات الدعم السريع»، «… مسيّرة تركية الصنع تابعة للجيش»
        owner = next((r for r in roles if r not in weapons and r.mention.start > after and _differs(r, shooter)
                      and r.inter != CIVILIANS and "،" not in m.folded[after:r.mention.start]), None)
    if owner is None and shooter is not None and unknown is not None:
        owner = Role(unknown, [catalog().get(UNIDENTIFIED)])
    return ActorRoles(shooter, owner)


def _reporter_is_victim(m: Mentions, sent: Sentence, roles: ActorRoles) -> ActorRoles:
    """«أعلنت خلية الإعلام الأمني مقتل جنديين بانفجار عبوة»: a state force that announces its own soldiers'
    deaths is the side hit, not the perpetrator (unknown here)."""
    first = roles.actor1
    if first is None or roles.actor2 is not None or first.inter != 1 or \
            "state_victim" not in m.cue_kinds(sent.start, sent.end):
        return roles
    before = m.tokens(max(sent.start, first.mention.start - len(first.mention.prefix) - 20),
                    first.mention.start - len(first.mention.prefix))
    if not before or before[-1].text not in _SOURCE_VERBS:
        return roles
    after = m.folded[first.mention.end:sent.end]
    if _SELF_CLAIM.match(after):
        return roles  # «أعلن الجيش أنه قتل …» claims its own action
    return ActorRoles(None, first)


def _account_start(m: Mentions, sent: Sentence, trig: TriggerMention, mentions: list[ActorMention]) -> int | None:
    """Where a teller's account opens, when the trigger is in it and the teller is no side of it: the account names
    the doer by its act or weapon («قال النائب عن حزب الله إن شابين قتلا في قصف إسرائيلي»), or names nobody and
    nothing of the teller's own («وقالت الشرطة إن عبوة ناسفة انفجرت في السوق»), unless it tells an interception
    (the defences that announce it brought the drone down) or a state's aircraft. An account of the teller's forces
    («أعلن الجيش أن طائراته قصفت …», «أن دورية له تعرضت لإطلاق نار») or of another named side keeps it."""
    tellers = [a for a in mentions if a.start < trig.start and not a.generic]
    for teller in tellers:
        start = teller.start - len(teller.prefix)
        before = [without_proclitic(t.text, _SOURCE_VERBS) for t in m.tokens(max(sent.start, start - 40), start)][-4:]
        verb = next((i for i in range(len(before) - 1, -1, -1) if before[i] in _SOURCE_VERBS), None)
        if verb is None or any(w in _THAT_WORDS for w in before[verb + 1:]):
            continue  # «قالت إنه يعود لخلايا التنظيم»: a side named inside what another says is no teller
        after = m.tokens(teller.end, trig.start)[:8]
        that = next((t for t in after if t.text == "ان"), None)
        if that is None:
            continue
        if any(t.text in _THAT_WORDS for t in m.tokens(that.end, trig.start)):
            continue  # «أعلنت قسد أن وحداتها عثرت … قالت إنه …، من دون أن تعلن عن اعتقالات»: a later clause
        told = [a for a in mentions if that.end < a.start < trig.end]
        if any(_other_doer(teller, a, trig) for a in told):
            return that.end
        named = [a for a in told if a.entries and a.entries[0].inter != CIVILIANS]
        if not named and trig.trigger.id != "disrupted" and not _OWN_FORCES.search(m.folded, that.end, sent.end) \
                and not (teller.entries[0].inter == 1 and _state_aircraft(m, that.end, sent.end)):
            return that.end  # «وقالت الشرطة إن عبوة ناسفة انفجرت في السوق»: nobody named, the police only tell it
    return None


def _state_aircraft(m: Mentions, start: int, end: int) -> bool:
    """«أعلنت قيادة العمليات أن طائرات إف-16 العراقية دمّرت …»: a state's account of aircraft tells its own raid."""
    return any(without_proclitic(t.text, _AIRCRAFT) in _AIRCRAFT for t in m.tokens(start, end))


def _sides_between(m: Mentions, sent: Sentence, trig: TriggerMention, mentions: list[ActorMention]) -> int | None:
    """Where «بين» opens the two sides of a fight right after its trigger, when two sides follow it: who is
    named before the trigger only tells it («أعلنت الشرطة الصومالية اندلاع مواجهات بين قوات الأمن ومسلحين»)."""
    if trig.trigger.event_type != "Battles" or not any(a.start < trig.start for a in mentions):
        return None
    between = next((t for t in m.tokens(trig.end, min(sent.end, trig.end + 24))[:3] if t.text == "بين"), None)
    if between is None:
        return None
    after = {a.entries[0].id for a in mentions if a.start > between.end and a.entries}
    return between.end if len(after) >= 2 else None


def _other_doer(teller: ActorMention, doer: ActorMention, trig: TriggerMention) -> bool:
    """A side the teller's account names by its act or weapon («في قصف إسرائيلي», «مسيّرة إسرائيلية»), not the
    teller: a force named by its name may be the teller's own («أعلنت الوزارة أن قوات الأمن ألقت القبض»)."""
    if doer.generic or not doer.entries or doer.entries[0].inter == CIVILIANS:
        return False
    by_act = doer.start <= trig.start < doer.end or _is_weapon(doer)
    return by_act and doer.entries[0].id != teller.entries[0].id


def _in_aside(m: Mentions, sent: Sentence, mention: ActorMention) -> bool:
    """«قصف على مديرية حيدان (معقل قادة الحوثيين)»: an actor named inside a bracketed aside, after other
    words, describes a place or a person; it is no side (a name alone in brackets is another name, kept)."""
    opening = m.folded.rfind("(", sent.start, mention.start)
    if opening < 0 or ")" in m.folded[opening:mention.start]:
        return False
    return bool(m.folded[opening + 1:mention.start - len(mention.prefix)].strip(' "«»“”'))


def _media_office(mention: ActorMention) -> bool:
    """«أفادت خلية الإعلام الأمني بسقوط صواريخ»: an office that reports is no side of what it reports."""
    return any(w in _MEDIA_WORDS for w in mention.key.split())


def _owner_of(m: Mentions, generic: ActorMention, named: ActorMention) -> bool:
    """«طائرة مسيّرة تابعة لدولة الاحتلال التركي»، «خلايا تنظيم داعش»: the named actor says whose it is."""
    if named.generic or generic.refers_to == "self" or not 0 < named.start - generic.end <= OWNER_GAP:
        return False
    gap = m.folded[generic.end:named.start - len(named.prefix)].replace('"', " ").split()
    if gap and gap[0] in _HEDGED_OWNER and named.prefix.endswith("ل"):
        return all(w in _HEDGED_OWNER or w in _AFFILIATION for w in gap)  # «طائرات يرجح أنها لقوات النظام»
    return all(w in _AFFILIATION or w in _GROUP_WORDS for w in gap) and (bool(gap) or named.prefix.endswith("ل")
                                                                       or not named.prefix)


def _appositions(m: Mentions, mentions: list[ActorMention]) -> list[ActorMention]:
    """«قوى الأمن الداخلي (الأسايش)»، «بعثة الاتحاد الأفريقي (أتميس)»: a name in brackets right after another
    is the same actor; the bracketed name, the more specific, gives the entries, the first its place."""
    out: list[ActorMention] = []
    for a in mentions:
        prev = out[-1] if out else None
        if prev is not None and not a.generic and a.entries \
                and m.folded[prev.end:a.start - len(a.prefix)].strip() == "(":
            out[-1] = replace(a, start=prev.start, end=prev.end, key=prev.key, prefix=prev.prefix)
            continue
        out.append(a)
    return out


def _fold_affiliations(m: Mentions, mentions: list[ActorMention]) -> list[ActorMention]:
    """«وحدات مكافحة الإرهاب التابعة لقوات سوريا الديمقراطية»: one actor, named by its parent."""
    out: list[ActorMention] = []
    for a in mentions:
        prev = out[-1] if out else None
        gap = m.folded[prev.end:a.start - len(a.prefix)].translate(_QUOTES) if prev else ""
        words = gap.split()
        if prev is not None and len(gap) <= OWNER_GAP and any(w in _AFFILIATION for w in words) \
                and sum(w not in _AFFILIATION and w not in _GROUP_WORDS for w in words) <= 1:
            out[-1] = a
            continue
        if prev is not None and gap.split() == ["من"] and _unnamed(prev) and not a.generic:
            out[-1] = replace(a, start=prev.start, prefix=prev.prefix)  # «مسلحون من فلول النظام»: the loyalists
            continue
        out.append(a)
    return out


def _is_civilian(mention: ActorMention) -> bool:
    return bool(mention.entries) and mention.entries[0].inter == CIVILIANS


def _unnamed(mention: ActorMention) -> bool:
    return mention.generic or any(e.id == "unidentified_armed_group" for e in mention.entries)


def _describes(m: Mentions, mention: ActorMention) -> bool:
    """«… الموالي لإيران»، «في منطقة خاضعة لسيطرة النظام»: an actor named to describe another, or a place by
    who holds it, is no side of the event."""
    before = m.tokens(max(0, mention.start - len(mention.prefix) - 25), mention.start - len(mention.prefix))
    if len(before) >= 2 and before[-1].text == "من" and before[-2].text in _COMPOSED_OF:
        return True  # «قوة من الدعم السريع تتألف من مرتزقة»: what a force is made of is no other side
    if len(before) >= 2 and before[-1].text in _AFFILIATION and any(t.text in _OUTLET_WORDS for t in before[-4:-1]):
        return True  # «بحسب وسائل إعلام تابعة لجماعة أنصار الله»: the outlet's owner reports, it is no side
    return bool(before) and (before[-1].text in _DESCRIBED_BY or before[-1].text in _HELD_BY)


def _taker(trig: TriggerMention, mention: ActorMention) -> bool:
    """«بعد سيطرة الجيش على البلدة»: the side named right after the noun of control that is the trigger took it."""
    return trig.key.split()[-1] == "سيطره" and 0 <= mention.start - len(mention.prefix) - trig.end <= 1


def _speaker_title(m: Mentions, mention: ActorMention) -> bool:
    """«المتحدث باسم الحكومة»، «وزير الدفاع»، «بمشاركة قوات التحالف»: a spokesman or a supporting force
    is no side of the event."""
    before = m.tokens(max(0, mention.start - len(mention.prefix) - 25), mention.start - len(mention.prefix))
    if before and before[-1].text in _SOURCE_IN and any(t.text in _TITLE_WORDS for t in before[-3:-1]):
        return True  # «أفاد مصدر في الجيش», «قال مسؤول أمني من الشرطة»: the force is where the source sits
    if len(before) >= 2 and before[-1].text == "من" and before[-2].text in _SUPPORT_WORDS:
        return True  # «بمساندة من قوات التحالف»: the supporting force
    if len(before) >= 2 and before[-1].text in _OFFICE_WORDS and before[-2].text in _TITLE_WORDS:
        return True  # «مدير إدارة الأمن العام», «رئيس جهاز الاستخبارات»: the head of a body speaks
    if len(before) >= 2 and before[-1].text in _OWNER_LINKS and before[-2].text in _CIVIL_OFFICES:
        return True  # «وزارة الصحة في حكومة الدبيبة»: the government's health ministry counts the dead
    return bool(before) and (before[-1].text in _TITLE_WORDS or before[-1].text in _SUPPORT_WORDS
                             or (before[-1].text in _SOURCE_VERBS and _is_civilian(mention)))


def _finder_or_accuser(m: Mentions, sent: Sentence, mention: ActorMention, accusations: list[tuple[int, int]]) -> bool:
    """«عثرت الأسايش على جثة»: the subject that finds a body is a witness, not the killer. «اتهمت الحكومة
    الحركة بـ…»، «وجّهت السلطات الاتهام إلى…»: an accusation (``accusations``, the sentence's) attributes
    nothing, neither the accuser nor the accused is a side (the attack stays with the agent the text names, else
    unidentified)."""
    word_start = mention.start - len(mention.prefix)
    before = m.tokens(max(sent.start, word_start - 12), word_start)
    if before and _bare(before[-1].text) in _FINDER_VERBS:
        after = [t.text for t in m.tokens(mention.end, min(sent.end, mention.end + 50))][:6]
        return any(_bare(w) in _FOUND_REMAINS for w in after)  # «عثرت الأسايش صباح اليوم على جثة»
    # inside the accusation, or its subject right before the verb («لكن السلطات وجّهت أصابع الاتهام…»)
    return not _is_civilian(mention) and any(
        start <= mention.start < end or (start >= mention.end and len(m.folded[mention.end:start].split()) <= 1)
        for start, end in accusations)  # «السلطات الصومالية وجّهت…»: a nisba may stand between


def _dual_sides(m: Mentions, mention: ActorMention) -> bool:
    """«بين قبيلتين»، «بين مجموعتين مسلحتين»: a dual after «بين» names both sides at once."""
    before = m.tokens(max(0, mention.start - len(mention.prefix) - 8), mention.start - len(mention.prefix))
    return bool(before) and before[-1].text == "بين" and any(w in _DUAL_SIDES for w in mention.key.split())


def _instrument_of(mention: ActorMention, mentions: list[ActorMention]) -> bool:
    """«قصفت قوات النظام بقذائف الهاون»: an unattributed weapon after «بـ», right after an armed actor, is
    that actor's instrument, not a side of its own."""
    start = mention.start - len(mention.prefix)
    return mention.refers_to == "unknown" and mention.prefix.endswith("ب") and any(
        not a.generic and a.entries and 0 <= start - a.end <= 2 and a.entries[0].inter in (1, 2, 3, 4, 8)
        for a in mentions)


def _maker(m: Mentions, mention: ActorMention) -> bool:
    """«مسيّرة تركية الصنع»: the country that made the weapon is not the one that used it."""
    after = m.tokens(mention.end, min(len(m.folded), mention.end + 12))
    return bool(after) and after[0].text in _MADE_BY


def _accusations(m: Mentions, sent: Sentence) -> list[tuple[int, int]]:
    """Spans of accusation clauses, from the accusing verb to the next comma or the sentence end."""
    words = m.tokens(sent.start, sent.end)
    spans = []
    for i, w in enumerate(words):
        verb = _bare(w.text)
        if verb in _ACCUSER_VERBS or (verb in _ACCUSING_VERBS
                                      and any(t.text in _ACCUSATION_NOUNS for t in words[i + 1:i + 5])):
            comma = m.folded.find("،", w.end, sent.end)
            spans.append((w.start, comma if comma >= 0 else sent.end))
    return spans


def _role(m: Mentions, mention: ActorMention) -> Role | None:
    if not mention.generic:
        return Role(mention, _foreign_army_again(m, mention) or list(mention.entries))
    entries = _resolve_generic(m, mention)
    return Role(mention, entries) if entries else None


def _foreign_army_again(m: Mentions, mention: ActorMention) -> list[ActorEntry]:
    """«قال الجيش الإسرائيلي …» then «وأشار الجيش في بيان»: the bare «الجيش» is the foreign army named last, when
    no army of the country stands between (else the country's army, chosen by the event's country)."""
    if mention.key != "الجيش":
        return []
    army = _nearest_named_before(m, mention.start, "الجيش")
    home = _nearest_named_before(m, mention.start, ("inter", 1))
    if army is not None and army.entries[0].inter == FOREIGN and (home is None or army.start > home.start):
        return list(army.entries)
    return []


def _resolve_generic(m: Mentions, mention: ActorMention) -> list[ActorEntry]:
    """«التنظيم» is the group named before it; «قواتنا» the force whose statement this is."""
    following = [a for a in m.within("actors", mention.end + 1, mention.end + OWNER_GAP + 1)
                 if _owner_of(m, mention, a) and a.entries]
    if following and mention.refers_to != "self":
        return list(following[0].entries)  # «خلايا تابعة لتنظيم داعش»
    if mention.refers_to == "town_council":
        return _council_of_town(m, mention)
    if mention.refers_to == "state" or any(w in _SOLDIER_WORDS for w in mention.key.split()):
        return _state_forces(m, mention)
    if mention.refers_to == "unknown":
        # «مسيّرة معادية» after an Israeli strike is Israel's; in a civil war a drone nobody claims stays unattributed
        foreign = _nearest_named_before(m, mention.start, ("inter", 8))
        return list(foreign.entries) if foreign is not None else []
    head = mention.key[2:] if mention.key.startswith("ال") else mention.key
    same_head = next((a for a in _named_before(m, mention.start, head) if not _supporting(m, a)), None)
    if same_head is not None:
        return list(same_head.entries)  # «الحركة» after «حركة الشباب», «الجماعة» after «جماعة الحوثي»
    if "تنظيم" in mention.key or "خلي" in mention.key:
        named_is = _nearest_named_before(m, mention.start, ("id", "isis"))
        if named_is is not None:
            return list(named_is.entries)  # «التنظيم» after داعش is named, whatever came between
    if mention.refers_to == "self":
        speaker = m.once(_speaker)
        if speaker:
            return list(speaker)
    wanted = (2, 3, 4) if mention.refers_to == "group" else (1, 2, 3, 4, 8)
    for a in _named_before(m, mention.start):
        if (a.entries[0].inter or 0) in wanted:
            return list(a.entries)
    fallback = mention.entries[0].fallback if mention.entries else None
    return [catalog().get(fallback)] if fallback else []


def _council_of_town(m: Mentions, mention: ActorMention) -> list[ActorEntry]:
    """«مجلس شورى المدينة»: the catalog council whose name holds the town named last before it («مجلس شورى
    مجاهدي درنة» after «درنة»); a town with no such council leaves the group unidentified."""
    town = next((p.place for p in reversed(m.within("places", 0, mention.start)) if p.end <= mention.start
                 and p.place is not None and p.place.feature not in ("country", "admin1", "region")), None)
    if town is not None:
        name = fold_string(town.name_ar)
        councils = [e for e in catalog() if not e.generic and e.id != mention.entries[0].id and any(
            _COUNCIL in alias and name in alias.split() for alias in map(fold_string, (e.name_ar, *e.aliases)))]
        if councils:
            return councils[:1]
    fallback = mention.entries[0].fallback
    return [catalog().get(fallback)] if fallback else []


def _state_forces(m: Mentions, mention: ActorMention) -> list[ActorEntry]:
    """«عناصر الأمن», «جنديان», «ضابط في الشرطة»: the state force named before, else every country's state
    forces (the event's country picks one later) — never a rebel group or militia named before."""
    named = _nearest_named_before(m, mention.start, ("inter", 1))
    soldiers = any(w in _SOLDIER_WORDS for w in mention.key.split())
    aliases = ("الجيش", "قوات الامن") if soldiers else ("قوات الامن", "الجيش")
    entries = [*(named.entries if named is not None else []), *(e for a in aliases for e in catalog().lookup(a))]
    return list(dict.fromkeys(e for e in entries if not e.generic))


def _supporting(m: Mentions, actor: ActorMention) -> bool:
    """«بمشاركة قوات التحالف»: the actor is named as a supporter, not as the one the story follows."""
    before = m.folded[max(0, actor.start - len(actor.prefix) - 14):actor.start - len(actor.prefix)].split()
    return bool(before) and before[-1] in _SUPPORT_WORDS


def _named_before(m: Mentions, pos: int, group: str | tuple[str, object] | None = None) -> Iterator[ActorMention]:
    """The actors named before ``pos`` (not generic, in the catalog), nearest first (read as far as asked, not
    copied); with ``group``, only those whose name has that word, or whose first entry has that
    ``("inter", code)`` or ``("id", actor id)``."""
    named, starts = m.once(_named_actors).get(group, ([], []))
    return (named[i] for i in range(bisect_left(starts, pos) - 1, -1, -1))


def _nearest_named_before(m: Mentions, pos: int, group: str | tuple[str, object] | None = None) -> ActorMention | None:
    """The first of ``_named_before``, if any."""
    return next(_named_before(m, pos, group), None)


def _named_actors(m: Mentions) -> dict[object, tuple[list[ActorMention], list[int]]]:
    """The document's named actors in text order: all (under None), by each word of their names, by the inter
    code and the id of their first entry."""
    groups: dict[object, list[ActorMention]] = {None: []}
    countries = {p.place.country for p in m.places if p.place is not None}
    for a in m.actors:
        if a.generic or not a.entries or _away_from_home(a, countries):
            continue
        for key in (None, ("inter", a.entries[0].inter), ("id", a.entries[0].id), *dict.fromkeys(a.key.split())):
            groups.setdefault(key, []).append(a)
    return {word: (actors, [a.start for a in actors]) for word, actors in groups.items()}


def _away_from_home(a: ActorMention, countries: set[str]) -> bool:
    """«بعض الشباب» in a report on Idlib: a name that is an actor's only in its own country («الشباب» for
    al-Shabaab), in a text that names no place of that country, names nobody a later «الحاجز» could mean."""
    return all(a.key in e.home_aliases and e.country not in countries for e in a.entries)


def _speaker(m: Mentions) -> list[ActorEntry]:
    """Who says «قواتنا»: the force that signs the statement (a line of its own, or «إننا في X»),
    else the armed actor the text names most."""
    named = [a for a in m.actors if not a.generic and a.entries and (a.entries[0].inter or 0) in (1, 2, 3, 4)]
    for a in named:
        line_start = m.folded.rfind("\n", 0, a.start) + 1
        line_end = m.folded.find("\n", a.end)
        line = m.folded[line_start:line_end if line_end >= 0 else len(m.folded)]
        before = m.folded[max(0, a.start - len(a.prefix) - 12):a.start - len(a.prefix)]
        if len(line.split()) <= len(a.key.split()) + 3 or before.rstrip().endswith(("اننا في", "نحن في")):
            return list(a.entries)
    counts = Counter(a.entries[0].id for a in named)
    return [catalog().get(counts.most_common(1)[0][0])] if counts else []


def _protest_roles(roles: list[Role], trig: TriggerMention) -> ActorRoles:
    wanted = RIOTERS if trig.trigger.event_type == "Riots" else PROTESTERS
    crowd = next((r for r in roles if r.inter in (PROTESTERS, RIOTERS)), None)
    if crowd is not None and crowd.inter != wanted:
        crowd = Role(crowd.mention, _crowd_entry(wanted) or crowd.entries)
    force = next((r for r in roles if r.inter not in (PROTESTERS, RIOTERS, CIVILIANS)), None)
    if crowd is None:
        entries = _crowd_entry(wanted)
        crowd = Role(ActorMention(trig.start, trig.end, trig.key, entries), entries) if entries else None
    return ActorRoles(crowd, force)


def _crowd_entry(inter: int) -> list[ActorEntry]:
    return [e for e in catalog() if e.inter == inter and not e.generic][:1]


def _violence_roles(m: Mentions, sent: Sentence, roles: list[Role]) -> ActorRoles:
    if not roles:
        return ActorRoles()
    agents: list[tuple[int, Role]] = []
    targets: list[Role] = []
    neutral: list[Role] = []
    one_side = len({r.entries[0].id if r.entries else None for r in roles}) == 1
    for i, r in enumerate(roles):
        cue = _cue_before(m, sent, r.mention)
        if r.inter == CIVILIANS and cue == "strong_agent" and _fired_by(m, sent, r.mention):
            r = roles[i] = Role(r.mention, [catalog().get(UNIDENTIFIED)])  # «برصاص شخصين»: unnamed gunmen
        if (r.mention.refers_to in ("unknown", "attacker") or _is_weapon(r.mention)) and r.inter != CIVILIANS:
            agents.append((1, r))  # a drone or a strike is the attacker's weapon, whatever precedes it; «مقتل
            # أربعة جنود و3 من المهاجمين» counts the attackers' dead, they stay the attackers
        elif r.inter == CIVILIANS or cue == "target" or (one_side and cue != "strong_agent" and _counted_dead(m, sent, r)):
            targets.append(r)
        elif cue in ("agent", "strong_agent"):
            agents.append((0 if cue == "strong_agent" else 1, r))
        else:
            neutral.append(r)
    target_ids = {t.entries[0].id for t in targets if t.entries}
    sides = neutral
    neutral = [r for r in neutral if not r.entries or r.entries[0].id not in target_ids]  # «… من قوات سوريا الديمقراطية (قسد)»
    if not agents and not neutral and len(target_ids) >= 2 and len({r.entries[0].id for r in sides if r.entries}) >= 2:
        return ActorRoles(sides[0], next(r for r in sides[1:] if _differs(r, sides[0])))
        # «اشتباكات بين مقاتلين من العشائر وقسد أسفرت عن مقتل ثلاثة من مقاتلي العشائر وعنصرين من قسد»: both lost men
    pool = [r for _, r in sorted(agents, key=lambda x: x[0])] + neutral
    named = [r for r in pool if r.entries and r.entries[0].id != UNIDENTIFIED and r.inter in (2, 3)]
    if pool and pool[0].entries and pool[0].entries[0].id == UNIDENTIFIED and named:
        pool = named + [r for r in pool if r not in named and not (r.entries and r.entries[0].id == UNIDENTIFIED)]
        # «فجّر انتحاري سيارة … ثم اقتحم مسلحون من داعش القاعدة»: the gunmen and the bomber are the group's
    actor1 = pool[0] if pool else None
    rest = [r for r in targets + pool[1:] if actor1 is None or _differs(r, actor1)]
    if actor1 is not None:  # «شنّت طائرات حربية لقوات النظام غارات»: the raids are actor1's own, not a target
        rest = [r for r in rest if r in targets or r.mention.refers_to != "unknown"]
    rest.sort(key=lambda r: (r.mention.key in _WEAK_VICTIMS, r not in targets, _unidentified(r), r.inter == CIVILIANS,
                             r.mention.start))
    # «قتل ثلاثة من المسلحين … بغارة استهدفت سيارة تابعة لقسد»: the side named outweighs gunmen nobody names
    actor2 = rest[0] if rest else None
    if actor1 is None and actor2 is not None and actor2.inter != CIVILIANS and not targets:
        actor1, actor2 = actor2, None
    return ActorRoles(actor1, actor2)


def _fired_by(m: Mentions, sent: Sentence, mention: ActorMention) -> bool:
    """«قُتل برصاص رجلين يركبان دراجة»: people named right after the fire are the ones who shot."""
    start = mention.start - len(mention.prefix)
    before = [t.text for t in m.tokens(max(sent.start, start - 16), start)][-1:]
    return bool(before) and before[0] in _FIRE_WORDS


def _counted_dead(m: Mentions, sent: Sentence, role: Role) -> bool:
    """«3 قتلى و5 جرحى من عصائب أهل الحق»: the dead and the wounded counted from the one side the sentence names
    were its men (with two sides named, a toll of one says nothing of who began)."""
    start = role.mention.start - len(role.mention.prefix)
    before = [_bare(t.text) for t in m.tokens(max(sent.start, start - 30), start)][-4:]
    return before[-1:] == ["من"] and any(w in _VICTIM_COUNTS for w in before[:-1])


def _unidentified(role: Role) -> bool:
    return not role.entries or role.entries[0].id == UNIDENTIFIED


def _is_weapon(mention: ActorMention) -> bool:
    """«طائرة مسيّرة تركية»، «المدفعية التركية»: a weapon named with its owner is the attacker."""
    return any(w in _WEAPON_WORDS for w in mention.key.split())


def _attack_noun(word: str) -> bool:
    """«هجوم», «لهجوم», «وهجمات»: a noun of attack, with or without a proclitic."""
    return without_proclitic(word, _ATTACK_NOUNS) in _ATTACK_NOUNS


def _bare(word: str) -> str:
    """A cue word without its proclitic: «بمقتل» → «مقتل»، «وعلى» → «على»."""
    return without_proclitic(word, _ALL_CUES) if len(word) > 3 else word


def _cue_before(m: Mentions, sent: Sentence, mention: ActorMention) -> str | None:
    """'strong_agent', 'agent' or 'target' from the words before a mention (and from its proclitics)."""
    word_start = mention.start - len(mention.prefix)
    before = [_bare(t.text) for t in m.tokens(max(sent.start, word_start - 50), word_start)
              if not t.text.isdigit() and len(t.text) > 1][-4:]
    if mention.prefix.endswith("ل") and before and before[-1] in _ATTACK_NOUNS:
        return "strong_agent"  # «بهجوم لخلايا داعش»
    if mention.prefix.endswith("ب") and before and before[-1] in _BY_MEANS:
        return "strong_agent"  # «قُتل ... بنيران قوات»
    if len(before) >= 2 and before[-1] == "من" and _attack_noun(before[-2]):
        return "strong_agent"  # «تصدّت القوات لهجوم من الدعم السريع»: the attack's author started it
    if before[-1:] == ["من"] and "بين" in before[-4:-1]:
        return None  # «اشتباكات بين عناصر من اللواء وقوات الأمن»: a side of the fighting, not its victims
    if before[-1:] == ["قتل"] and mention.key.split()[0] in _KILLERS_AFTER_VERB and _victim_follows(m, mention):
        return "strong_agent"  # «قتل مسلحون مجهولون شاباً»: the gunmen killed; their victim follows them
    for i in range(len(before) - 1, max(-1, len(before) - 3), -1):
        word = before[i]
        if word in _TARGET_BEFORE and word in _PERSON_WORDS and i > 0 and before[i - 1] in _STRONG_AGENT_BEFORE:
            return "strong_agent"  # «هجوماً شنّته عناصر الجماعة»: the members are the attackers
        if word in _STRONG_AGENT_BEFORE:
            if word == "قبل" and i >= 2 and before[i - 2] in _PURSUIT_NOUNS:
                return "target"  # «لدى محاصرته من قبل القوات»: the besieging force is the one attacked
            return "strong_agent"
        if word in _AGENT_BEFORE:
            # «استهدفت مسيرات X» (verb first: X is the subject) but «ضربة استهدفت X» (X is the object)
            return "target" if i > 0 and before[i - 1] in _WEAPON_NOUNS else "agent"
        if word in _AFFILIATION:
            # «سيارة تابعة لقسد» is hit, «وحدات … التابعة لقسد» and «مسيّرة تابعة للجيش» are the force itself
            window = before[max(0, i - 3):i]
            return None if any(w in _UNIT_NOUNS or w in _WEAPON_WORDS for w in window) else "target"
        if word in _LEADER_WORDS:
            if i > 1 and before[i - 1] == "من" and before[i - 2] not in _NUMBER_WORDS and before[i - 2] != "العديد":
                break  # «مسلحون من قيادات التنظيم»: the leaders are the attackers' own (not «العديد من كوادر الجيش»)
            return "target"  # «اغتال مسلحون أحد قيادات الجيش»
        if word in _TARGET_BEFORE:
            return "target"
    agent_verb = any(w in _STRONG_AGENT_BEFORE or w in _AGENT_BEFORE for w in before)
    if len(before) >= 2 and before[-1] == "من" and any(w in _PERSON_WORDS or w in _NUMBER_WORDS for w in before[:-1]) \
            and not agent_verb:
        return "target"  # «عنصران من قسد»، «13 عنصراً على الأقل من قوى الأمن العام» (not «شنّ عدد من عناصر…»)
    if len(before) >= 3 and before[-2] == "من" and before[-1] in _PERSON_WORDS \
            and (before[-3] in _NUMBER_WORDS or before[-3] in _PERSON_WORDS) and not agent_verb:
        return "target"  # «قرابة ثلاثين من عناصر حفتر قُتلوا»: the side counted among the dead
    if len(before) >= 2 and before[-1] == "في" and before[-2] in _MEMBER_WORDS:
        return "target"  # «القبض على قيادي في التنظيم»
    if mention.prefix.endswith("ل") and before and before[-1] in _HELD_SITES:
        return "target"  # «هاجموا حاجزاً للجيش», «استهدفت دورية للشرطة»
    if any(t.trigger.rank >= 60 for t in m.within("triggers", mention.end, mention.end + 3)):
        return "agent"  # «مسلحين هاجموا …»: the subject before its verb
    return None


def _victim_follows(m: Mentions, mention: ActorMention) -> bool:
    """A civilian or a counted person («شاباً», «جنديين») is the next word after the mention."""
    after = m.tokens(mention.end, mention.end + 20)[:1]
    if not after:
        return False
    victim = next((a for a in m.within("actors", after[0].start, after[0].end)), None)
    return after[0].text in _PERSON_WORDS or victim is not None and bool(victim.entries) and \
        victim.entries[0].inter == CIVILIANS


_ALL_CUES = _STRONG_AGENT_BEFORE | _AGENT_BEFORE | _TARGET_BEFORE | _FINDER_VERBS | _ACCUSER_VERBS | _ACCUSING_VERBS \
    | _FOUND_REMAINS | _VICTIM_COUNTS | word_list("role_cue_words")
