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
