"""The actor catalog: who fights whom, loaded from ``rasid/data/actors.yaml`` (schema in ACTORS.md).

``catalog().find(folded)`` returns actor mentions in a folded text; ``catalog().resolve(mention, date=...,
country=...)`` picks the one catalog entry a mention stands for, by country and by period (Syrian state
forces split on 2024-12-08). Generic references («التنظيم», «قواتنا») are flagged and left to the caller.
"""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from rasid.errors import DataError
from rasid.lexicon.cache import cached
from rasid.lexicon.matcher import PhraseMatcher, normalize_key

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "actors.yaml"

ACLED_TYPES = {
    1: "State forces",
    2: "Rebel group",
    3: "Political militia",
    4: "Identity militia",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}
REFERS_TO = frozenset({"group", "state", "self", "attacker", "unknown", "town_council"})

_REQUIRED = ("id", "name", "name_ar", "aliases")
_OPTIONAL = {
    "aliases_en": list, "inter": int, "acled_type": str, "country": str, "parent": str,
    "valid_from": str, "valid_to": str, "generic": bool, "refers_to": str, "fallback": str,
    "associated": str, "nisba": list, "note": str, "home_aliases": list, "theatres": list,
}
# Extending fields: in a user file, an entry whose id exists adds to these and overrides the rest.
_LIST_FIELDS = ("aliases", "aliases_en", "nisba", "home_aliases", "theatres")
# Spelling variants writers use for the same word, applied to every folded alias.
_VARIANTS = (("امريك", "اميرك"), ("ميليشي", "مليشي"), ("ميليشي", "ميلشي"))
_QUOTES_TO_SPACE = str.maketrans({q: " " for q in "\"'«»“”()-"})
_FILLER_WORDS = frozenset({"تنظيم", "جماعه", "حركه", "ميليشيا", "مليشيا", "فصيل", "لدى", "من"})
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(slots=True, frozen=True)
class ActorEntry:
    """One catalog actor (or one generic reference when ``generic`` is true)."""

    id: str
    name: str
    name_ar: str
    inter: int | None
    acled_type: str | None
    country: str | None
    aliases: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    parent: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    generic: bool = False
    refers_to: str | None = None
    fallback: str | None = None
    associated: str | None = None
    home_aliases: frozenset[str] = frozenset()  # folded aliases that name it only in its own country
    theatres: tuple[str, ...] = ()  # the countries a foreign force fights in: a shared alias names it there

    def valid_on(self, date: str) -> bool:
        """True when ``date`` (YYYY-MM-DD) falls inside the entry's period (both ends inclusive)."""
        return (self.valid_from is None or self.valid_from <= date) and (
            self.valid_to is None or date <= self.valid_to)

    def to_record(self, mention: str) -> dict[str, Any]:
        """The SPEC actor object for this entry, with the words that named it."""
        return {"id": self.id, "name": self.name, "name_ar": self.name_ar, "inter": self.inter,
                "mention": mention}


@dataclass(slots=True)
class ActorMention:
    """An alias found in folded text: ``start:end`` excludes proclitics, which are in ``prefix``."""

    start: int
    end: int
    key: str
    entries: list[ActorEntry]
    generic: bool = False
    refers_to: str | None = None
    prefix: str = ""


@dataclass
class ActorCatalog:
    """All actors, indexed by id and by folded alias."""

    entries: dict[str, ActorEntry]
    shared_aliases: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()
    _matcher: PhraseMatcher[ActorEntry] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._matcher = PhraseMatcher(self._alias_pairs())

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[ActorEntry]:
        return iter(self.entries.values())

    def get(self, actor_id: str) -> ActorEntry:
        """The entry with this id; KeyError when unknown."""
        return self.entries[actor_id]

    def lookup(self, alias: str) -> list[ActorEntry]:
        """Entries carrying exactly this alias (folded before lookup)."""
        return list(self._matcher.get(alias))

    def find(self, folded: str) -> list[ActorMention]:
        """Actor mentions in a folded text, leftmost-longest, proclitics excluded from the span.

        A generic head followed by a named actor with only quotes or spaces between them («خلايا "داعش"»)
        becomes one mention of the named actor covering both.
        """
        mentions = [_mention(m.start, m.end, m.key, m.prefix, m.payloads) for m in self._matcher.find(folded)]
        return _merge_heads(mentions, folded)

    def resolve(self, mention: ActorMention, *, date: str | None = None, country: str | None = None,
                use_fallback: bool = False) -> ActorEntry | None:
        """The entry a mention stands for, or None for a generic reference (its fallback if asked)."""
        if mention.generic:
            fallback = mention.entries[0].fallback
            return self.entries[fallback] if use_fallback and fallback else None
        candidates = [e for e in mention.entries if country and e.country == country] or mention.entries
        return _by_period(candidates, date)

    def alias_keys(self) -> Iterable[str]:
        """Every folded alias key the matcher knows."""
        return self._matcher.keys()

    def alias_conflicts(self) -> list[tuple[str, list[str]]]:
        """Keys shared by non-generic actors that neither differ by period nor are declared shared."""
        conflicts = []
        for key in self._matcher.keys():
            ids = [e.id for e in self._matcher.get(key) if not e.generic]
            if len(ids) > 1 and key not in self.shared_aliases and not _periods_disjoint(
                    [self.entries[i] for i in ids]):
                conflicts.append((key, ids))
        return conflicts

    def _alias_pairs(self) -> Iterable[tuple[str, ActorEntry]]:
        for entry in self.entries.values():
            keys: set[str] = set()
            for alias in entry.aliases:
                keys.update(_spelling_variants(normalize_key(alias)))
            for key in keys:
                yield key, entry


def _mention(start: int, end: int, key: str, prefix: str, entries: list[ActorEntry]) -> ActorMention:
    generic = [e for e in entries if e.generic]
    if generic:
        return ActorMention(start, end, key, generic, True, generic[0].refers_to, prefix)
    return ActorMention(start, end, key, list(entries), False, None, prefix)


def _merge_heads(mentions: list[ActorMention], folded: str) -> list[ActorMention]:
    out: list[ActorMention] = []
    for m in mentions:
        head = out[-1] if out else None
        if (head is not None and head.generic and head.refers_to == "group" and not m.generic and not m.prefix
                and _is_filler(folded[head.end:m.start])):
            out[-1] = ActorMention(head.start, m.end, m.key, m.entries, False, None, head.prefix)
        else:
            out.append(m)
    return out


def _is_filler(gap: str) -> bool:
    """True when only quotes, spaces and organisation nouns («تنظيم», «حركة») stand between head and name."""
    return all(word in _FILLER_WORDS for word in gap.translate(_QUOTES_TO_SPACE).split())


def _by_period(candidates: Sequence[ActorEntry], date: str | None) -> ActorEntry | None:
    """The candidate valid on ``date``; with no date (or none valid), the latest period."""
    if not candidates:
        return None
    if date:
        valid = [e for e in candidates if e.valid_on(date)]
        if valid:
            return valid[0]
    return max(candidates, key=lambda e: (e.valid_to is None, e.valid_to or "", e.valid_from or ""))


def _periods_disjoint(entries: Sequence[ActorEntry]) -> bool:
    spans = sorted((e.valid_from or "0000", e.valid_to or "9999") for e in entries)
    return all(a[1] < b[0] for a, b in zip(spans, spans[1:]))


def _spelling_variants(key: str) -> set[str]:
    keys = {key}
    for a, b in _VARIANTS:
        keys |= {k.replace(a, b) for k in keys if a in k} | {k.replace(b, a) for k in keys if b in k}
    return keys


# ---- loading -------------------------------------------------------------------------------------

def load_catalog(paths: Sequence[str | Path] = (DATA_PATH,)) -> ActorCatalog:
    """Read one or more actor YAML files, later files extending or overriding earlier ones."""
    raw: dict[str, tuple[dict[str, Any], str, int]] = {}
    heads: list[str] = []
    shared: set[str] = set()
    for path in paths:
        doc = _read_yaml(Path(path))
        heads += [str(h) for h in doc.get("heads") or []]
        shared |= {normalize_key(a) for a in doc.get("shared_aliases") or []}
        for index, item in enumerate(doc.get("actors") or []):
            _merge_raw(raw, item, str(path), index)
    entries = {aid: _build_entry(item, path, index, heads) for aid, (item, path, index) in raw.items()}
    _check_references(entries, raw)
    return ActorCatalog(entries, frozenset(shared), tuple(str(p) for p in paths))


@functools.cache
def catalog(extra_paths: tuple[str | Path, ...] = ()) -> ActorCatalog:
    """The packaged catalog (plus any user YAML files), loaded once per argument.

    The packaged catalog alone comes from the compiled cache when it is there."""
    if not extra_paths:
        return cached("actors", load_catalog)
    return load_catalog((DATA_PATH, *extra_paths))


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as fh:
            doc = yaml.load(fh, Loader=_LOADER)  # noqa: S506 (a safe loader)
    except FileNotFoundError as exc:
        raise DataError(f"{path}: actor file not found") from exc
    except yaml.YAMLError as exc:
        raise DataError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("actors", []), list):
        raise DataError(f"{path}: expected a mapping with an 'actors' list")
    return doc


def _merge_raw(raw: dict[str, tuple[dict[str, Any], str, int]], item: Any, path: str, index: int) -> None:
    if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
        raise DataError(f"{path}: actor entry #{index}: needs a mapping with a string 'id'")
    unknown = set(item) - set(_REQUIRED) - set(_OPTIONAL)
    if unknown:
        raise DataError(f"{path}: actor entry #{index} ({item['id']}): unknown field(s) {sorted(unknown)}")
    old = raw.get(item["id"])
    if old is None:
        raw[item["id"]] = (dict(item), path, index)
        return
    merged = {**old[0], **item}
    for name in _LIST_FIELDS:
        if name in item and name in old[0]:
            merged[name] = list(old[0][name]) + [a for a in item[name] if a not in old[0][name]]
    raw[item["id"]] = (merged, path, index)


def _build_entry(item: dict[str, Any], path: str, index: int, heads: list[str]) -> ActorEntry:
    where = f"{path}: actor entry #{index} ({item['id']})"
    for name in _REQUIRED:
        if name not in item:
            raise DataError(f"{where}: missing field '{name}'")
    for name, kind in _OPTIONAL.items():
        if item.get(name) is not None and not isinstance(item[name], kind):
            raise DataError(f"{where}: field '{name}' must be {kind.__name__}")
    aliases = _string_list(item["aliases"], where, "aliases")
    home = _string_list(item.get("home_aliases") or [], where, "home_aliases")
    aliases += [a for a in home if a not in aliases]
    aliases += [a for a in _nisba_aliases(_string_list(item.get("nisba") or [], where, "nisba"), heads)
                if a not in aliases]
    for alias in aliases:
        if not normalize_key(alias):
            raise DataError(f"{where}: alias {alias!r} folds to an empty key")
    generic = bool(item.get("generic", False))
    inter = item.get("inter")
    _check_kind(where, generic, inter, item.get("refers_to"))
    for name in ("valid_from", "valid_to"):
        _check_date(where, name, item.get(name))
    return ActorEntry(
        id=item["id"], name=str(item["name"]), name_ar=str(item["name_ar"]), inter=inter,
        acled_type=item.get("acled_type") or ACLED_TYPES.get(inter or 0), country=item.get("country"),
        aliases=tuple(aliases), aliases_en=tuple(_string_list(item.get("aliases_en") or [], where, "aliases_en")),
        parent=item.get("parent"), valid_from=item.get("valid_from"), valid_to=item.get("valid_to"),
        generic=generic, refers_to=item.get("refers_to"), fallback=item.get("fallback"),
        associated=item.get("associated"), home_aliases=frozenset(normalize_key(a) for a in home),
        theatres=tuple(_string_list(item.get("theatres") or [], where, "theatres")))


def _string_list(value: Any, where: str, name: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(f"{where}: field '{name}' must be a list of non-empty strings")
    return list(value)


def _check_kind(where: str, generic: bool, inter: Any, refers_to: Any) -> None:
    if generic:
        if refers_to not in REFERS_TO:
            raise DataError(f"{where}: a generic entry needs refers_to in {sorted(REFERS_TO)}")
    elif inter not in ACLED_TYPES:
        raise DataError(f"{where}: 'inter' must be an ACLED inter code 1-8, got {inter!r}")


def _check_date(where: str, name: str, value: Any) -> None:
    if value is None:
        return
    try:
        dt.date.fromisoformat(value)
    except ValueError as exc:
        raise DataError(f"{where}: '{name}' must be YYYY-MM-DD, got {value!r}") from exc


def _check_references(entries: dict[str, ActorEntry], raw: dict[str, tuple[dict[str, Any], str, int]]) -> None:
    for aid, entry in entries.items():
        for name in ("parent", "fallback"):
            target = getattr(entry, name)
            if target is not None and target not in entries:
                _, path, index = raw[aid]
                raise DataError(f"{path}: actor entry #{index} ({aid}): {name} {target!r} is not an actor id")


def _nisba_aliases(nisbas: list[str], heads: list[str]) -> list[str]:
    """«طائرة مسيّرة تركية», «الطيران الحربي التركي», «قصفاً مدفعياً إسرائيلياً»…: every head noun with every
    form of each nisba (the accusative «ـاً» included)."""
    out = []
    for nisba in nisbas:
        forms = [nisba, nisba + "ة", nisba + "ين", nisba + "ون", nisba + "ا"]
        for head in heads:
            definite = " ".join("ال" + w for w in head.split())
            out += [f"{head} {f}" for f in forms] + [f"{definite} ال{f}" for f in forms]
    return out
