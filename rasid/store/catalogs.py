"""The store's small catalogs: countries (ISO3, numeric code, ACLED region) and outlets (ACLED source_scale)."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from rasid.errors import DataError
from rasid.text.fold import fold_string

NEW_MEDIA = "New media"
SCALES = ("Local", "Subnational", "National", "Regional", "International", NEW_MEDIA)
UNKNOWN_ISO3 = "XXX"


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    iso3: str
    iso: int
    region: str


def _data(name: str) -> str:
    return resources.files("rasid").joinpath("data", name).read_text(encoding="utf-8")


@cache
def countries() -> dict[str, Country]:
    """Countries by English short name, from ``data/countries.tsv``."""
    lines = [line for line in _data("countries.tsv").splitlines() if line and not line.startswith("#")]
    table = {}
    for n, row in enumerate(csv.DictReader(lines, delimiter="\t"), 2):
        try:
            table[row["name"]] = Country(row["name"], row["iso3"], int(row["iso"]), row["region"])
        except (KeyError, TypeError, ValueError) as exc:
            raise DataError(f"rasid/data/countries.tsv: row {n}: {exc}") from exc
    return table


def country(name: str | None) -> Country | None:
    """The catalog entry of country ``name``, or None."""
    return countries().get(name or "")


@cache
def _outlet_scales() -> dict[str, str]:
    try:
        doc = yaml.safe_load(_data("outlets.yaml"))
        table = {}
        for entry in doc["outlets"]:
            if entry["scale"] not in SCALES:
                raise ValueError(f"unknown scale {entry['scale']!r}")
            for name in entry["names"]:
                table[fold_string(str(name)).strip()] = entry["scale"]
    except (yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise DataError(f"rasid/data/outlets.yaml: {exc}") from exc
    return table


def source_scale(source: str | None) -> str:
    """ACLED ``source_scale`` of an outlet named ``source`` ('' when the catalog does not know it)."""
    return _outlet_scales().get(fold_string(source or "").strip(), "")


def combined_scale(scales: list[str]) -> str:
    """ACLED's combined scale of several sources: one scale, or the narrowest and widest joined by '-'."""
    known = sorted({s for s in scales if s in SCALES}, key=SCALES.index)
    if len(known) <= 1:
        return known[0] if known else ""
    return f"{known[0]}-{known[-1]}"


@dataclass(frozen=True, slots=True)
class Capital:
    name: str
    name_ar: str
    lat: float
    lon: float


@cache
def _capital_names() -> dict[tuple[str, str], str]:
    lines = [line for line in _data("admin1_capitals.tsv").splitlines() if line and not line.startswith("#")]
    return {(r["country"], r["admin1"]): r["capital"] for r in csv.DictReader(lines, delimiter="\t")}


@cache
def province_capital(country_name: str | None, admin1: str | None) -> Capital | None:
    """The capital of a province (ACLED's point for geo_precision 3): the listed capital found in the gazetteer
    inside the province, else the province's most populous place; None when the gazetteer has neither."""
    from rasid.lexicon.places import gazetteer

    if not country_name or not admin1:
        return None
    g = gazetteer()

    def inside(row) -> bool:  # noqa: ANN001
        return row.country == country_name and row.admin1 == admin1 and row.feature == "populated" and \
            row.lat is not None

    listed = _capital_names().get((country_name, admin1))
    rows = [g.rows[i] for i in g.english(listed)] if listed else []
    rows = [r for r in rows if inside(r)] or sorted((r for r in g.rows if inside(r)), key=lambda r: -r.prominence)
    if not rows:
        return None
    return Capital(rows[0].name, rows[0].name_ar, rows[0].lat, rows[0].lon)


@cache
def _acled_names() -> tuple[dict[str, str], list[tuple[str, str]]]:
    try:
        table = yaml.safe_load(_data("acled_actors.yaml"))["acled_names"]
        exact = {k: str(v) for k, v in table.items() if not k.endswith("*")}
        prefixes = [(k[:-1], str(v)) for k, v in table.items() if k.endswith("*")]
    except (yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise DataError(f"rasid/data/acled_actors.yaml: {exc}") from exc
    return exact, prefixes


def acled_actor_name(actor: dict | None, country_name: str | None) -> str:
    """ACLED's name for a rasid actor (rasid's catalog name when ACLED's form is not listed)."""
    if not actor:
        return ""
    exact, prefixes = _acled_names()
    actor_id = str(actor.get("id") or "")
    template = exact.get(actor_id) or next((v for p, v in prefixes if actor_id.startswith(p)), None)
    if template is None:
        return str(actor.get("name") or "")
    return template.replace("{country}", country_name or "International") if "{country}" in template else template
