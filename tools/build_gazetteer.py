"""Build rasid's compact gazetteer (``rasid/data/gazetteer.tsv.gz``) from the public files in ../shared/data.

Usage: python tools/build_gazetteer.py [--data DIR] [--out FILE]

One row per place, sorted by id, written deterministically (fixed gzip mtime), so that a rebuild from the
same sources gives the same bytes. Sources and licences: rasid/data/SOURCES.md.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

import re
import unicodedata

import yaml

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "rasid" / "data" / "gazetteer.tsv.gz"
VILLAGES_OUT = REPO / "rasid" / "data" / "gazetteer_villages.tsv.gz"
LATIN_OUT = REPO / "rasid" / "data" / "gazetteer_latin.tsv.gz"
DANGEROUS_OUT = REPO / "rasid" / "data" / "gazetteer_dangerous.txt"
EXTRA = REPO / "rasid" / "data" / "places_extra.yaml"

COLUMNS = ("id", "country", "feature", "name", "name_ar", "alt_ar", "alt_en", "lat", "lon",
           "admin1", "admin2", "admin3", "pcode", "prominence", "precision")

# OCHA English governorate names -> ACLED admin1 names.
SYRIA_ADMIN1 = {
    "Damascus": "Damascus", "Aleppo": "Aleppo", "Rural Damascus": "Rural Damascus", "Homs": "Homs",
    "Hama": "Hama", "Lattakia": "Latakia", "Idleb": "Idlib", "Al-Hasakeh": "Hasakah",
    "Deir-ez-Zor": "Deir ez-Zor", "Tartous": "Tartus", "Ar-Raqqa": "Raqqa", "Dar'a": "Daraa",
    "As-Sweida": "Suwayda", "Quneitra": "Quneitra",
}
IRAQ_ADMIN1 = {
    "Al-Anbar": "Anbar", "Al-Basrah": "Basra", "Al-Muthanna": "Muthanna", "Al-Najaf": "Najaf",
    "Al-Qadissiya": "Qadisiyah", "Al-Sulaymaniyah": "Sulaymaniyah", "Babil": "Babil", "Baghdad": "Baghdad",
    "Diyala": "Diyala", "Duhok": "Duhok", "Erbil": "Erbil", "Kerbala": "Karbala", "Kirkuk": "Kirkuk",
    "Maysan": "Maysan", "Ninewa": "Nineveh", "Salah Al-Din": "Salah al-Din", "Thi Qar": "Dhi Qar",
    "Wassit": "Wasit",
}
# Libya: ACLED admin1 = the 22 districts (OCHA adm2).
LIBYA_ADMIN1 = {
    "Derna": "Derna", "Almarj": "Al Marj", "Benghazi": "Benghazi", "Tobruk": "Butnan", "Ejdabia": "Al Wahat",
    "Al Jabal Al Akhdar": "Al Jabal al Akhdar", "Alkufra": "Kufra", "Sirt": "Sirte", "Nalut": "Nalut",
    "Almargeb": "Murqub", "Tripoli": "Tripoli", "Aljfara": "Jafara", "Azzawya": "Zawiya", "Misrata": "Misrata",
    "Zwara": "Nuqat al Khams", "Al Jabal Al Gharbi": "Jabal al Gharbi", "Aljufra": "Jufra",
    "Wadi Ashshati": "Wadi al Shatii", "Sebha": "Sabha", "Ubari": "Wadi al Hayaa", "Murzuq": "Murzuq",
    "Ghat": "Ghat",
}
SUDAN_ADMIN1 = {"Aj Jazirah": "Al Jazirah", "Abyei PCA": "Abyei", "Northern": "Northern"}
# Countries without Arabic-named polygons: ACLED admin1, HDX P-code, Arabic names (first = display).
ADMIN1_TABLES = {
    "Yemen": {
        "YE11": ("Ibb", ["إب", "محافظة إب"]), "YE12": ("Abyan", ["أبين", "محافظة أبين"]),
        "YE13": ("Amanat al Asimah", ["أمانة العاصمة", "امانة العاصمة صنعاء"]),
        "YE14": ("Al Bayda", ["البيضاء", "محافظة البيضاء"]), "YE15": ("Taiz", ["تعز", "محافظة تعز"]),
        "YE16": ("Al Jawf", ["الجوف", "محافظة الجوف"]), "YE17": ("Hajjah", ["حجة", "محافظة حجة"]),
        "YE18": ("Hodeidah", ["الحديدة", "محافظة الحديدة"]), "YE19": ("Hadramawt", ["حضرموت", "محافظة حضرموت"]),
        "YE20": ("Dhamar", ["ذمار", "محافظة ذمار"]), "YE21": ("Shabwah", ["شبوة", "محافظة شبوة"]),
        "YE22": ("Saada", ["صعدة", "محافظة صعدة"]), "YE23": ("Sanaa", ["صنعاء", "محافظة صنعاء"]),
        "YE24": ("Aden", ["عدن", "محافظة عدن"]), "YE25": ("Lahij", ["لحج", "محافظة لحج"]),
        "YE26": ("Marib", ["مأرب", "محافظة مأرب"]), "YE27": ("Al Mahwit", ["المحويت", "محافظة المحويت"]),
        "YE28": ("Al Maharah", ["المهرة", "محافظة المهرة"]), "YE29": ("Amran", ["عمران", "محافظة عمران"]),
        "YE30": ("Al Dhale", ["الضالع", "محافظة الضالع"]), "YE31": ("Raymah", ["ريمة", "محافظة ريمة"]),
        "YE32": ("Socotra", ["سقطرى", "أرخبيل سقطرى"]),
    },
    "Lebanon": {
        "LB1": ("Beirut", ["بيروت", "محافظة بيروت"]), "LB2": ("Bekaa", ["البقاع", "محافظة البقاع"]),
        "LB3": ("Mount Lebanon", ["جبل لبنان", "محافظة جبل لبنان"]),
        "LB4": ("Nabatieh", ["النبطية", "محافظة النبطية"]), "LB5": ("North", ["محافظة الشمال", "محافظة لبنان الشمالي", "شمال لبنان"]),
        "LB6": ("South", ["محافظة الجنوب", "محافظة لبنان الجنوبي"]), "LB7": ("Akkar", ["عكار", "محافظة عكار"]),
        "LB8": ("Baalbek-Hermel", ["بعلبك الهرمل", "بعلبك - الهرمل", "محافظة بعلبك الهرمل"]),
    },
    "Palestine": {
        "PS01": ("West Bank", ["الضفة الغربية", "الضفة"]), "PS02": ("Gaza Strip", ["قطاع غزة"]),
    },
    "Somalia": {
        "SO11": ("Awdal", ["أودل"]), "SO12": ("Woqooyi Galbeed", ["وقويي غلبيد"]), "SO13": ("Togdheer", ["توجدير"]),
        "SO14": ("Sool", ["سول"]), "SO15": ("Sanaag", ["سناج"]), "SO16": ("Bari", ["باري"]),
        "SO17": ("Nugaal", ["نوجال"]), "SO18": ("Mudug", ["مدق", "مودوغ"]), "SO19": ("Galgaduud", ["جلجدود"]),
        "SO20": ("Hiraan", ["هيران"]), "SO21": ("Middle Shabelle", ["شبيلي الوسطى", "إقليم شبيلي الوسطى"]),
        "SO22": ("Banadir", ["بنادر", "إقليم بنادر"]),
        "SO23": ("Lower Shabelle", ["شبيلي السفلى", "إقليم شبيلي السفلى"]), "SO24": ("Bay", ["باي", "إقليم باي"]),
        "SO25": ("Bakool", ["باكول"]), "SO26": ("Gedo", ["جدو", "إقليم جدو"]),
        "SO27": ("Middle Juba", ["جوبا الوسطى"]), "SO28": ("Lower Juba", ["جوبا السفلى", "إقليم جوبا السفلى"]),
    },
}
# GeoNames admin1 codes -> HDX P-codes of ADMIN1_TABLES (GeoNames names differ from ACLED's).
GEONAMES_ADMIN1 = {
    "YE": {"01": "YE12", "02": "YE24", "03": "YE28", "04": "YE19", "05": "YE21", "08": "YE18", "10": "YE27",
           "11": "YE20", "14": "YE26", "15": "YE22", "16": "YE23", "18": "YE30", "19": "YE29", "20": "YE14",
           "21": "YE16", "22": "YE17", "23": "YE11", "24": "YE25", "25": "YE15", "26": "YE13", "27": "YE31",
           "28": "YE32"},
    "LB": {"04": "LB1", "05": "LB3", "06": "LB6", "07": "LB4", "08": "LB2", "09": "LB5", "10": "LB7", "11": "LB8"},
    "PS": {"WE": "PS01", "GZ": "PS02"},
    "SO": {"01": "SO25", "02": "SO22", "03": "SO16", "04": "SO24", "05": "SO19", "06": "SO26", "07": "SO20",
           "08": "SO27", "09": "SO28", "10": "SO18", "12": "SO15", "13": "SO21", "14": "SO23", "18": "SO17",
           "19": "SO13", "20": "SO12", "21": "SO11", "22": "SO14"},
}
# Palestine governorates (ACLED admin2): HDX P-code, seat point, Arabic names.
PALESTINE_ADMIN2 = {
    "PS0101": ("Jenin", 32.461, 35.300, ["محافظة جنين"]), "PS0105": ("Tubas", 32.321, 35.369, ["محافظة طوباس"]),
    "PS0110": ("Tulkarm", 32.311, 35.028, ["محافظة طولكرم"]), "PS0115": ("Nablus", 32.222, 35.262, ["محافظة نابلس"]),
    "PS0120": ("Qalqilya", 32.190, 34.971, ["محافظة قلقيلية"]), "PS0125": ("Salfit", 32.085, 35.181, ["محافظة سلفيت"]),
    "PS0130": ("Ramallah", 31.899, 35.204, ["محافظة رام الله والبيرة", "محافظة رام الله"]),
    "PS0135": ("Jericho", 31.857, 35.444, ["محافظة أريحا"]), "PS0140": ("Jerusalem", 31.783, 35.233, ["محافظة القدس"]),
    "PS0145": ("Bethlehem", 31.705, 35.202, ["محافظة بيت لحم"]), "PS0150": ("Hebron", 31.530, 35.095, ["محافظة الخليل"]),
    "PS0255": ("North Gaza", 31.528, 34.483, ["محافظة شمال غزة", "شمال غزة", "شمال قطاع غزة"]),
    "PS0260": ("Gaza", 31.502, 34.467, ["محافظة غزة"]),
    "PS0265": ("Deir al-Balah", 31.418, 34.351, ["محافظة دير البلح", "المحافظة الوسطى", "وسط قطاع غزة"]),
    "PS0270": ("Khan Yunis", 31.346, 34.306, ["محافظة خان يونس", "محافظة خانيونس"]),
    "PS0275": ("Rafah", 31.297, 34.245, ["محافظة رفح"]),
}
ARABIC_NAME = re.compile(r"[\u0621-\u063a\u0641-\u064a\u064b-\u0652 '-]+")
COUNTRY_CODES = {"SY": "Syria", "IQ": "Iraq", "YE": "Yemen", "SD": "Sudan", "LY": "Libya", "LB": "Lebanon",
                 "PS": "Palestine", "SO": "Somalia"}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def features(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)["features"]


def split_names(*values: str | None) -> list[str]:
    """Pipe-separated names, trimmed, first occurrence kept, empties dropped."""
    out: list[str] = []
    for value in values:
        for part in (value or "").split("|"):
            part = part.strip()
            if part and part != "<Null>" and part not in out:
                out.append(part)
    return out


def display_first(names: list[str]) -> list[str]:
    """The names with the first plain-Arabic one first (GeoNames lists Kurdish/Persian spellings too)."""
    plain = [n for n in names if ARABIC_NAME.fullmatch(n)]
    return ([plain[0]] + [n for n in names if n != plain[0]]) if plain else names


def ring_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """Signed area and centroid (x, y) of one polygon ring (shoelace formula)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return area / 2, cx / (3 * area), cy / (3 * area)


def outer_rings(geometry: dict) -> list[list[list[float]]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"][0]]
    return [poly[0] for poly in geometry["coordinates"]]


def centroid(geometry: dict) -> tuple[float, float]:
    """Area-weighted centroid (lat, lon) of a Polygon or MultiPolygon's outer rings."""
    total = sx = sy = 0.0
    for ring in outer_rings(geometry):
        area, x, y = ring_centroid([p[:2] for p in ring])
        weight = abs(area) or 1e-9
        total += weight
        sx += x * weight
        sy += y * weight
    return round(sy / total, 5), round(sx / total, 5)


def point_in_ring(lon: float, lat: float, ring: list[list[float]]) -> bool:
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 > lat) != (y1 > lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def containing(polygons: list[tuple[dict, dict]], lat: float, lon: float) -> dict | None:
    """The properties of the first polygon that contains the point, else of the nearest centroid."""
    for props, geometry in polygons:
        if any(point_in_ring(lon, lat, [p[:2] for p in ring]) for ring in outer_rings(geometry)):
            return props
    return min(polygons, key=lambda pg: _dist2(centroid(pg[1]), (lat, lon)))[0] if polygons else None


def _dist2(a: tuple[float, float], b: tuple[float, float]) -> float:
    return (a[0] - b[0]) ** 2 + ((a[1] - b[1]) * math.cos(math.radians(a[0]))) ** 2


def row(**kw) -> dict[str, str]:
    """A gazetteer row with every column as text."""
    out = {c: "" for c in COLUMNS}
    for key, value in kw.items():
        if isinstance(value, list):
            value = "|".join(v for v in value if v)
        elif isinstance(value, float):
            value = f"{value:.5f}".rstrip("0").rstrip(".")
        out[key] = "" if value is None else str(value)
    return out


# --------------------------------------------------------------------------------------------- Syria

def acled_syria(name: str) -> str:
    """ACLED's spelling where an OCHA name is a governorate's (Deir-ez-Zor -> Deir ez-Zor), else as is."""
    return SYRIA_ADMIN1.get(name, name)


def syria_rows(data: Path) -> list[dict[str, str]]:
    """OCHA 2018 governorates, districts, sub-districts, communities, neighbourhoods (+ city areas)."""
    flat = read_csv(data / "syria" / "syria_gazetteer_ocha2018.csv")
    population = {r["geonameid"]: int(r["population"] or 0)
                  for r in read_csv(data / "geonames" / "cities500_mena.csv") if r["countrycode"] == "SY"}
    capitals = {r["admin4Pcode"]: (r["IsAdmin1Capital"] == "Yes", r["IsAdmin3Capital"] == "Yes")
                for r in read_csv(data / "syria" / "ocha-2018" / "syr_admin4_180627.csv")}
    aliases = opensyria_aliases(data / "syria" / "opensyria")
    areas = neighbourhood_areas(data / "syria" / "ocha-2018" / "syr_city_neighbourhoods_180627.csv")
    feature_of = {"adm1": "admin1", "adm2": "admin2", "adm3": "admin3", "community": "populated",
                  "neighbourhood": "neighbourhood"}
    out = []
    for r in flat:
        feature = feature_of[r["level"]]
        alt_ar = split_names(*r["name_ar"].split("_"), r["alt_names_ar"], *aliases.get(r["place_id"], ([], []))[0])
        alt_en = split_names(r["alt_names_en"], *aliases.get(r["place_id"], ([], []))[1])
        if feature == "neighbourhood":
            alt_ar = [a for a in alt_ar if a not in areas["names"]]
        alt_ar = [a for a in alt_ar if a != r["name_ar"]]
        if feature in ("admin2", "admin3"):  # «مدينة إدلب» names the city, a row of its own, not its district
            alt_ar = [a for a in alt_ar if not a.startswith("مدينة ")]
        alt_en = [a for a in alt_en if a != r["name_en"]]
        is_gov_seat, is_sub_seat = capitals.get(r["place_id"], (False, False))
        prominence = population.get(r["geonameid"], 0)
        prominence += 1_000_000 * is_gov_seat + 2_000 * is_sub_seat
        out.append(row(
            id=r["place_id"], country="Syria", feature=feature, name=acled_syria(r["name_en"]), name_ar=r["name_ar"],
            alt_ar=alt_ar, alt_en=alt_en, lat=float(r["lat"]), lon=float(r["lon"]),
            admin1=SYRIA_ADMIN1[r["adm1_en"]], admin2=acled_syria(r["adm2_en"]) if feature != "admin1" else "",
            admin3=acled_syria(r["adm3_en"]) if feature not in ("admin1", "admin2") else "",
            pcode=r["place_id"], prominence=prominence))
    by_id = {r["id"]: r for r in out}
    for (parent, area_code), (name_en, name_ar) in sorted(areas["areas"].items()):
        city = by_id[parent]
        out.append(row(id=f"{parent}-{area_code}", country="Syria", feature="neighbourhood", name=name_en,
                       name_ar=name_ar, lat=float(city["lat"]), lon=float(city["lon"]), admin1=city["admin1"],
                       admin2=city["admin2"], admin3=city["admin3"], pcode=parent, prominence=100))
    return out


def neighbourhood_areas(path: Path) -> dict:
    """City areas that group neighbourhoods (برزة، الميدان…): names, and one row each (parent, code)."""
    areas: dict[tuple[str, str], tuple[str, str]] = {}
    hood_names: set[str] = set()
    for r in read_csv(path):
        hood_names.add(r["neibourhoodName_ar"].strip())
        areas[(r["admin4Pcode"], r["areaPcode"])] = (r["areaName_en"].strip(), r["areaName_ar"].strip())
    names = {ar for _, ar in areas.values()}
    areas = {k: v for k, v in areas.items() if v[1] not in hood_names and v[1]}
    return {"names": names, "areas": areas}


def opensyria_aliases(folder: Path) -> dict[str, tuple[list[str], list[str]]]:
    """OCHA P-code -> (Arabic aliases, English aliases) from OpenSyria's admin files."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    for name in ("governorates.json", "districts.json", "subdistricts.json"):
        with (folder / name).open(encoding="utf-8") as fh:
            for item in json.load(fh):
                pcode = (item.get("externalIds") or {}).get("ochaPcode")
                if not pcode:
                    continue
                ar = [a["value"] for a in item.get("aliases", []) if a.get("language") == "ar"]
                en = [a["value"] for a in item.get("aliases", []) if a.get("language") == "en"]
                out[pcode] = (ar, en)
    return out


# ---------------------------------------------------------------------------- polygon countries

def iraq_rows(data: Path) -> tuple[list[dict[str, str]], list[tuple[dict, dict]]]:
    folder = data / "boundaries" / "iraq"
    out = []
    levels = {1: "admin1", 2: "admin2", 3: "admin3"}
    adm2_polys = []
    for level, feature in levels.items():
        for f in features(folder / f"irq_admbnda_adm{level}_cso_20190603.geojson"):
            p = f["properties"]
            lat, lon = centroid(f["geometry"])
            names_ar = split_names(p[f"ADM{level}_AR"], p.get(f"ADM{level}ALT1AR"), p.get(f"ADM{level}ALT2AR"))
            out.append(row(
                id=p[f"ADM{level}_PCODE"], country="Iraq", feature=feature,
                name=IRAQ_ADMIN1[p["ADM1_EN"]] if level == 1 else p[f"ADM{level}_EN"],
                name_ar=names_ar[0], alt_ar=names_ar[1:] + [f"محافظة {names_ar[0]}"] * (level == 1),
                alt_en=split_names(p.get(f"ADM{level}ALT1EN"), p.get(f"ADM{level}ALT2EN")), lat=lat, lon=lon,
                admin1=IRAQ_ADMIN1[p["ADM1_EN"]], admin2=p["ADM2_EN"] if level > 1 else "",
                admin3=p["ADM3_EN"] if level > 2 else "", pcode=p[f"ADM{level}_PCODE"]))
            if level == 2:
                adm2_polys.append(({"admin1": IRAQ_ADMIN1[p["ADM1_EN"]], "admin2": p["ADM2_EN"]}, f["geometry"]))
    return out, adm2_polys


def libya_rows(data: Path) -> tuple[list[dict[str, str]], list[tuple[dict, dict]]]:
    out, polys = [], []
    for f in features(data / "boundaries" / "libya" / "lby_admbnda_adm2_unosat_lbsc_20180507.geojson"):
        p = f["properties"]
        lat, lon = centroid(f["geometry"])
        admin1 = LIBYA_ADMIN1[p["admin2Name"]]
        out.append(row(id=p["admin2Pcod"], country="Libya", feature="admin1", name=admin1, name_ar=p["admin2Na_1"],
                       alt_ar=[f"شعبية {p['admin2Na_1']}"], alt_en=[p["admin2Name"]], lat=lat, lon=lon,
                       admin1=admin1, pcode=p["admin2Pcod"]))
        polys.append(({"admin1": admin1, "admin2": ""}, f["geometry"]))
    return out, polys


def sudan_rows(data: Path) -> tuple[list[dict[str, str]], list[tuple[dict, dict]]]:
    folder = data / "boundaries" / "sudan"
    out, polys = [], []
    for level in (1, 2):
        for f in features(folder / f"sdn_admin{level}.geojson"):
            p = f["properties"]
            lat, lon = centroid(f["geometry"])
            admin1 = SUDAN_ADMIN1.get(p["adm1_name"], p["adm1_name"])
            name_ar = p[f"adm{level}_name1"] or ""
            alt_ar = [f"ولاية {name_ar}"] if level == 1 else [f"محلية {name_ar}"]
            out.append(row(id=p[f"adm{level}_pcode"], country="Sudan", feature=f"admin{level}",
                           name=admin1 if level == 1 else p["adm2_name"], name_ar=name_ar, alt_ar=alt_ar,
                           lat=lat, lon=lon, admin1=admin1, admin2=p["adm2_name"] if level == 2 else "",
                           pcode=p[f"adm{level}_pcode"]))
            if level == 2:
                polys.append(({"admin1": admin1, "admin2": p["adm2_name"]}, f["geometry"]))
    return out, polys


# ------------------------------------------------------------------------- table-only countries

def table_admin_rows(data: Path, towns: dict[str, list[dict]]) -> list[dict[str, str]]:
    """Admin1 rows for Yemen, Lebanon, Palestine, Somalia: point = mean of the admin1's towns."""
    out = []
    for country, table in ADMIN1_TABLES.items():
        for pcode, (name, names_ar) in sorted(table.items()):
            pts = [(float(t["latitude"]), float(t["longitude"])) for t in towns.get(pcode, [])]
            lat = sum(p[0] for p in pts) / len(pts) if pts else None
            lon = sum(p[1] for p in pts) / len(pts) if pts else None
            out.append(row(id=pcode, country=country, feature="admin1", name=name, name_ar=names_ar[0],
                           alt_ar=names_ar[1:], lat=lat, lon=lon, admin1=name, pcode=pcode))
    for pcode, (name, lat, lon, names_ar) in sorted(PALESTINE_ADMIN2.items()):
        admin1 = "Gaza Strip" if pcode.startswith("PS02") else "West Bank"
        out.append(row(id=pcode, country="Palestine", feature="admin2", name=name, name_ar=names_ar[0],
                       alt_ar=names_ar[1:], lat=lat, lon=lon, admin1=admin1, admin2=name, pcode=pcode))
    return out


def palestine_admin2(lat: float, lon: float, admin1_pcode: str) -> str:
    """The governorate whose seat is nearest, within the town's own admin1 (Gaza Strip / West Bank)."""
    seats = [(v[1], v[2], v[0]) for k, v in PALESTINE_ADMIN2.items() if k.startswith(admin1_pcode)]
    return min(seats, key=lambda s: _dist2((s[0], s[1]), (lat, lon)))[2]


# Neighbours the eight countries' conflicts reach (Houthi strikes on Saudi towns, rockets on Israeli towns, Libyan
# groups in Tunisia): their larger towns with an Arabic name, admin1 as GeoNames names it.
NEIGHBOURS = {"SA": "Saudi Arabia", "IL": "Israel", "TR": "Turkey", "JO": "Jordan", "EG": "Egypt", "TN": "Tunisia",
              "DZ": "Algeria", "IR": "Iran", "SS": "South Sudan"}
NEIGHBOUR_POPULATION = 10_000


def neighbour_rows(data: Path) -> list[dict[str, str]]:
    """GeoNames towns (population ≥ 10,000, with an Arabic name) of the neighbouring countries."""
    admin1 = {(r["countrycode"], r["admin1code"]): r["admin1_name"]
              for r in read_csv(data / "geonames" / "admin1_names_mena.csv")}
    out = []
    for t in read_csv(data / "geonames" / "cities500_mena.csv"):
        cc = t["countrycode"]
        names_ar = [n for n in display_first(split_names(t["name_ar"])) if n not in NAME_HEADS]
        if cc not in NEIGHBOURS or not names_ar or int(t["population"] or 0) < NEIGHBOUR_POPULATION:
            continue
        out.append(row(id=f"GX{t['geonameid']}", country=NEIGHBOURS[cc], feature="populated",
                       name=plain_latin(t["name"]), name_ar=names_ar[0], alt_ar=names_ar[1:],
                       alt_en=arabic_free(t["alternatenames_other"]), lat=float(t["latitude"]),
                       lon=float(t["longitude"]), admin1=admin1.get((cc, t["admin1code"]), ""),
                       prominence=int(t["population"] or 0)))
    return out


def town_rows(data: Path, polygons: dict[str, list[tuple[dict, dict]]],
              named: set[str]) -> tuple[list[dict[str, str]], dict]:
    """GeoNames towns of the seven non-Syrian countries with an Arabic name (or one in ``named``)."""
    out = []
    by_admin1: dict[str, list[dict]] = defaultdict(list)
    for t in read_csv(data / "geonames" / "cities500_mena.csv"):
        cc = t["countrycode"]
        if cc not in COUNTRY_CODES or cc == "SY":
            continue
        country = COUNTRY_CODES[cc]
        lat, lon = float(t["latitude"]), float(t["longitude"])
        admin1 = admin2 = ""
        if cc in GEONAMES_ADMIN1:
            pcode = GEONAMES_ADMIN1[cc].get(t["admin1code"])
            if pcode:
                by_admin1[pcode].append(t)
                admin1 = ADMIN1_TABLES[country][pcode][0]
                if cc == "PS":
                    admin2 = palestine_admin2(lat, lon, pcode)
        else:
            props = containing(polygons[cc], lat, lon)
            admin1, admin2 = props["admin1"], props["admin2"]
        names_ar = display_first(split_names(t["name_ar"])) or [""]
        if not names_ar[0] and f"GN{t['geonameid']}" not in named:
            continue
        out.append(row(id=f"GN{t['geonameid']}", country=country, feature="populated", name=plain_latin(t["name"]),
                       name_ar=names_ar[0], alt_ar=names_ar[1:], alt_en=arabic_free(t["alternatenames_other"]),
                       lat=lat, lon=lon, admin1=admin1, admin2=admin2, prominence=int(t["population"] or 0)))
    return out, by_admin1


def plain_latin(name: str) -> str:
    """A GeoNames name without diacritics or ayn/hamza marks (Khān Yūnis -> Khan Yunis)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c not in "‘’ʿʾ`")


def arabic_free(value: str) -> list[str]:
    """Latin-script alternate names only (other scripts stay out of the English variants)."""
    return [n for n in split_names(value) if n.isascii() and len(n) > 2][:8]


# ------------------------------------------------------------------------------ Who's On First

WOF_FILES = {"lbn": "Lebanon", "yem": "Yemen", "irq": "Iraq", "pse": "Palestine", "sdn": "Sudan", "som": "Somalia",
             "lby": "Libya"}
# WOF admin1 spellings -> ACLED admin1 (countries whose WOF hierarchy is not the OCHA one).
WOF_ADMIN1 = {
    "Lebanon": {"North Lebanon": "North", "South Lebanon": "South", "Beqaa": "Bekaa"},
    "Yemen": {"Sa`dah": "Saada", "Ta`izz": "Taiz", "Al Hudaydah": "Hodeidah", "Sana'a": "Sanaa", "Ma'rib": "Marib",
              "Al Bayda'": "Al Bayda", "Al Dali'": "Al Dhale", "`Adan": "Aden", "Al Mahrah": "Al Maharah",
              "Amanat Al Asimah": "Amanat al Asimah"},
    "Somalia": {"Jubbada Hoose": "Lower Juba", "Galguduud": "Galgaduud", "Juba Dhexe": "Middle Juba",
                "Hiiraan": "Hiraan", "Banaadir": "Banadir", "Shabeellaha Dhexe": "Middle Shabelle",
                "Shabeellaha Hoose": "Lower Shabelle", "Jubbada Dhexe": "Middle Juba"},
}
PALESTINE_WOF_ADMIN2 = {"Khan Younis": "Khan Yunis", "Deir Al-Balah": "Deir al-Balah"}
WOF_FEATURES = {"locality": "populated", "neighbourhood": "neighbourhood", "county": "admin2"}
# Countries whose admin2 rows come from WOF counties (the others have OCHA polygons).
WOF_ADMIN2 = {"Lebanon", "Yemen", "Palestine", "Somalia"}
ADMIN2_WORDS = ("مديرية ", "قضاء ", "محافظة ", "منطقة ")
# Place words some WOF names begin with («مدينة تعز»): the text's own place word finds the bare name.
PLACE_WORDS = ("مديرية ", "قضاء ", "محافظة ", "مدينة ", "قرية ", "بلدة ", "حي ", "مخيم ", "عزلة ")
_DUPLICATE_KM = 3.0


def wof_admin(country: str, r: dict[str, str]) -> tuple[str, str, str]:
    """ACLED admin1, admin2, admin3 of a WOF row."""
    if country == "Iraq":
        return IRAQ_ADMIN1.get(r["admin1_en"], r["admin1_en"]), r["admin2_en"], r["admin3_en"]
    if country == "Libya":
        return LIBYA_ADMIN1.get(r["admin2_en"], r["admin2_en"]), "", ""
    if country == "Sudan":
        return SUDAN_ADMIN1.get(r["admin1_en"], r["admin1_en"]), r["admin2_en"], ""
    admin1 = WOF_ADMIN1.get(country, {}).get(r["admin1_en"], r["admin1_en"])
    if country == "Palestine":
        return admin1, PALESTINE_WOF_ADMIN2.get(r["admin2_en"], r["admin2_en"]), ""
    return admin1, r["admin2_en"], ""


def bare_admin_name(name: str) -> str:
    """«مديرية الثورة» -> «الثورة», «قضاء صور» -> «صور»."""
    for word in ADMIN2_WORDS:
        if name.startswith(word):
            return name[len(word):].strip()
    return name


def without_place_word(name: str) -> str:
    """«مدينة تعز», «مدينه كسلا» -> «تعز», «كسلا»."""
    folded = fold_key(name)
    for word in PLACE_WORDS:
        if folded.startswith(fold_key(word) + " ") and len(name) > len(word) + 1:
            return name[len(word):].strip()
    return name


# Words that begin many names and are never a whole one («أم هويش», «ود مدني», «أبو هديمة»).
NAME_HEADS = {"ام", "أم", "ابو", "أبو", "ود", "بني", "بن", "ذي", "ذو", "بيت", "دار", "عين", "تل", "كفر", "الشيخ",
              "شيخ", "جبل", "وادي", "بئر", "بير", "قرية", "حي", "سوق", "باب", "راس", "رأس"}


def wof_rows(data: Path, towns: list[dict[str, str]]) -> list[dict[str, str]]:
    """WOF places with an Arabic name that GeoNames' towns lack (one row per place, close copies merged)."""
    out = []
    known_geonames = {t["id"][2:] for t in towns}
    for code, country in WOF_FILES.items():
        kept: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for t in towns:
            if t["country"] == country:
                kept[t["name_ar"]].append((float(t["lat"]), float(t["lon"])))
        rows = read_csv(data / "whosonfirst" / f"{code}_wof_places.csv")
        rows.sort(key=lambda r: (-int(r["population"] or 0), not r["geonames_id"], r["wof_id"]))
        for r in rows:
            feature = WOF_FEATURES.get(r["placetype"])
            names = display_first(split_names(r["name_ar"], r["alt_names_ar"]))
            if feature is None or not names or not r["lat"] or r["geonames_id"] in known_geonames:
                continue
            if feature == "admin2" and country not in WOF_ADMIN2:
                continue
            admin1, admin2, admin3 = wof_admin(country, r)
            if not admin1:
                continue
            lat, lon = float(r["lat"]), float(r["lon"])
            if feature == "admin2":  # «مديرية مدينة البيضاء»: «البيضاء» is found by the text's own place word
                names = split_names(without_place_word(bare_admin_name(names[0])), *names)
                names = [n for n in names if not fold_key(n).startswith(fold_key("مدينة "))]
                admin2 = r["name_en"]
            else:
                names = split_names(*(without_place_word(n) for n in names))
            names = [n for n in names if n not in NAME_HEADS]
            if not names:
                continue
            key = names[0]
            if any(_dist2((lat, lon), p) * 111.0 ** 2 < _DUPLICATE_KM ** 2 for p in kept[key]):
                continue  # GeoNames and Quattroshapes copies of one village
            kept[key].append((lat, lon))
            out.append(row(id=f"W{r['wof_id']}", country=country, feature=feature, name=plain_latin(r["name_en"]),
                           name_ar=names[0], alt_ar=names[1:], alt_en=arabic_free(r["alt_names_en"]), lat=lat,
                           lon=lon, admin1=admin1, admin2=admin2, admin3=admin3 if feature != "admin2" else "",
                           pcode=r["admin_pcode"], prominence=int(r["population"] or 0)))
    return out


# --------------------------------------------------------------------------------- Yemen-info

_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ئ": "ي", "ؤ": "و"})
_MARKS = re.compile("[\u064b-\u0652\u0640]")


def fold_key(name: str) -> str:
    """A rough folded form of an Arabic name, to find copies of one place."""
    return " ".join(_MARKS.sub("", name).translate(_FOLD).split())


YEMEN_INFO_ADMIN1 = {
    "Amant Al-Asmah": "Amanat al Asimah", "Hadramot": "Hadramawt", "Al-Hodeidah": "Hodeidah", "Al-Baidha": "Al Bayda",
    "Sanaa": "Sanaa", "Sa'dah": "Saada", "Lahj": "Lahij", "Ma'rib": "Marib", "Thamar": "Dhamar", "Al-jawf": "Al Jawf",
    "Al-Maharah": "Al Maharah", "Al-Dhale'": "Al Dhale", "Al-Mahweet": "Al Mahwit", "Raimah": "Raymah",
    "Socatra": "Socotra",
}


def yemen_info_rows(data: Path, wof: list[dict[str, str]]) -> list[dict[str, str]]:
    """Yemen's uzlahs and villages (at their district's centroid, geo_precision 2), and the Arabic district
    names WOF lacks (Yemen-info, research of 2022)."""
    districts = {r["id"][1:]: r for r in wof if r["country"] == "Yemen" and r["feature"] == "admin2"}
    located = {(fold_key(r["name_ar"]), r["admin1"]) for r in wof if r["country"] == "Yemen"}
    out = []
    for r in read_csv(data / "yemen" / "yemen_info_villages.csv"):
        if not r["district_lat"] or not r["name_ar"].strip():
            continue
        admin1 = YEMEN_INFO_ADMIN1.get(r["governorate_en"], r["governorate_en"])
        district = districts.get(r["district_wof_id"])
        admin2 = district["admin2"] if district else r["district_en"]
        lat, lon = float(r["district_lat"]), float(r["district_lon"])
        name_ar = without_place_word(r["name_ar"].strip())
        if name_ar in NAME_HEADS:
            continue
        if r["level"] == "district":
            if district is not None:
                district["alt_ar"] = "|".join(split_names(district["alt_ar"], name_ar, f"مديرية {name_ar}"))
                continue
            out.append(row(id=f"YD{r['district_id']}", country="Yemen", feature="admin2", name=r["district_en"],
                           name_ar=name_ar, alt_ar=[f"مديرية {name_ar}"], lat=lat, lon=lon, admin1=admin1,
                           admin2=admin2))
        elif r["level"] == "uzlah":
            out.append(row(id=f"YU{r['uzlah_id']}", country="Yemen", feature="admin3", name=r["name_en"],
                           name_ar=name_ar, alt_ar=[f"عزلة {name_ar}"], lat=lat, lon=lon, admin1=admin1,
                           admin2=admin2, admin3=r["name_en"], precision=2))
        else:
            key = (fold_key(name_ar), admin1)
            if key in located or (key, admin2) in located:
                continue  # WOF has it with its own point, or the district has another village of that name
            located.add((key, admin2))
            out.append(row(id=f"YV{r['village_id']}", country="Yemen", feature="populated", name=r["name_en"],
                           name_ar=name_ar, lat=lat, lon=lon, admin1=admin1, admin2=admin2, admin3=r["uzlah_en"],
                           precision=2))
    return out


# ------------------------------------------------------------------------- Latin-only places

# Countries whose Who's On First and GeoNames places mostly lack an Arabic name (Sudan 7,400 of 7,600, Somalia
# 4,400 of 4,500): the Arabic press transliterates them («بلعد» Balcad, «كازقيل» Kazgeil), so they are found by
# their consonant skeleton after a place word (rasid.lexicon.places).
LATIN_COUNTRIES = {"sdn": "Sudan", "som": "Somalia", "lby": "Libya"}


def latin_rows(data: Path, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """WOF localities and districts, and GeoNames towns, of Sudan, Somalia and Libya that have no Arabic name."""
    out = []
    known = {(r["country"], r["name"].casefold()) for r in rows}
    for code, country in LATIN_COUNTRIES.items():
        for r in read_csv(data / "whosonfirst" / f"{code}_wof_places.csv"):
            feature = WOF_FEATURES.get(r["placetype"])
            if feature not in ("populated", "admin2") or r["name_ar"] or r["alt_names_ar"] or not r["lat"]:
                continue
            admin1, admin2, _ = wof_admin(country, r)
            if feature == "admin2":
                admin2 = r["name_en"]
            if not admin1 or (country, r["name_en"].casefold()) in known:
                continue
            out.append(row(id=f"LT{r['wof_id']}", country=country, feature=feature, name=plain_latin(r["name_en"]),
                           alt_en=arabic_free(r["alt_names_en"]), lat=float(r["lat"]), lon=float(r["lon"]),
                           admin1=admin1, admin2=admin2, pcode=r["admin_pcode"],
                           prominence=int(r["population"] or 0)))
    return out


# ---------------------------------------------------------------------------------- hand-made

def extra_rows(path: Path) -> tuple[list[dict[str, str]], dict[str, dict]]:
    """Rows and aliases from places_extra.yaml."""
    with path.open(encoding="utf-8") as fh:
        extra = yaml.safe_load(fh)
    adjectives = extra.get("country_adjectives", {}) or {}
    rows = [row(id=p["id"], country=p["country"], feature=p.get("feature", "region"), name=p["name"],
                name_ar=p["name_ar"], alt_ar=p.get("alt_ar", []) + adjectives.get(p["id"], []),
                alt_en=p.get("alt_en", []),
                lat=float(p["lat"]), lon=float(p["lon"]), admin1=p.get("admin1"), admin2=p.get("admin2"),
                admin3=p.get("admin3"), pcode=p.get("pcode"), prominence=p.get("prominence", 0))
            for p in extra.get("places", [])]
    return rows, extra.get("aliases", {}) or {}


def apply_aliases(rows: list[dict[str, str]], aliases: dict[str, dict]) -> None:
    by_id = {r["id"]: r for r in rows}
    for place_id, names in sorted(aliases.items()):
        r = by_id[place_id]
        old = r["name_ar"]
        r["name_ar"] = names.get("name_ar") or old or names.get("ar", [""])[0]
        if old and old != r["name_ar"]:
            r["alt_ar"] = "|".join(a for a in split_names(r["alt_ar"]) if a != r["name_ar"])
        r["alt_ar"] = "|".join(split_names(r["alt_ar"], *[n for n in names.get("ar", []) if n != r["name_ar"]]))
        r["alt_en"] = "|".join(split_names(r["alt_en"], *names.get("en", [])))
        if "prominence" in names:
            r["prominence"] = str(names["prominence"])


# ----------------------------------------------------------------------------------- assemble

def build_rows(data: Path, extra: Path = EXTRA) -> list[dict[str, str]]:
    hand, aliases = extra_rows(extra)
    rows = syria_rows(data)
    irq, irq_polys = iraq_rows(data)
    lby, lby_polys = libya_rows(data)
    sdn, sdn_polys = sudan_rows(data)
    towns, by_admin1 = town_rows(data, {"IQ": irq_polys, "LY": lby_polys, "SD": sdn_polys}, set(aliases))
    wof = wof_rows(data, towns)
    rows += irq + lby + sdn + towns + table_admin_rows(data, by_admin1) + wof + yemen_info_rows(data, wof) + hand
    rows += neighbour_rows(data)
    apply_aliases(rows, aliases)
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        raise SystemExit(f"duplicate ids: {sorted({i for i in ids if ids.count(i) > 1})[:10]}")
    return sorted(rows, key=lambda r: r["id"])


def split_villages(rows: list[dict[str, str]]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The main gazetteer and Yemen-info's villages (looked up only after a place word, loaded on demand)."""
    return [r for r in rows if not r["id"].startswith("YV")], [r for r in rows if r["id"].startswith("YV")]


def build_latin(data: Path, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The Latin-only places (``gazetteer_latin.tsv.gz``), sorted by id."""
    return sorted(latin_rows(data, rows), key=lambda r: r["id"])


def render(rows: list[dict[str, str]]) -> bytes:
    """The gzip bytes of the TSV (fixed mtime: same rows, same bytes)."""
    text = io.StringIO()
    text.write("\t".join(COLUMNS) + "\n")
    for r in rows:
        text.write("\t".join(r[c].replace("\t", " ").replace("\n", " ") for c in COLUMNS) + "\n")
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0, filename="") as gz:
        gz.write(text.getvalue().encode("utf-8"))
    return buf.getvalue()


# ------------------------------------------------------------------------------ dangerous names

# A small place's name whose folded word is at least this common (Zipf scale, wordfreq's Arabic list) is
# also an ordinary word or a person's name («النصر», «علي»): found bare only with more evidence.
COMMON_ZIPF = 3.0
# First words of place names that say the phrase is a place («تل الهوى», «كفر عمة»).
PLACE_HEADS = {"تل", "كفر", "دير", "عين", "خربه", "بيت", "جسر", "جب", "برج", "قصر", "وادي", "جبل", "رسم",
               "قلعه", "حزرمه", "مزرعه", "تلول", "عرب", "بير", "بئر", "ام", "جديده", "خان", "سد", "ضهر", "مرج",
               "مديريه", "قضاء", "محافظه", "منطقه", "عزله", "ناحيه", "مدينه", "قريه", "بلده", "حي", "مخيم"}
SMALL_FEATURES = {"populated", "neighbourhood"}
NEW_SOURCES = ("W", "YD", "YU", "YV", "GX")  # Who's On First, Yemen-info and neighbours' towns (see places.py)
PROCLITIC_FORMS = ("و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك", "ال", "وال", "بال", "لل")
SMALL_PROMINENCE = 20_000


def folded_frequencies() -> dict[str, float]:
    """Zipf frequency of every folded Arabic word of wordfreq's list (the most frequent spelling wins)."""
    import wordfreq

    sys.path.insert(0, str(REPO))
    from rasid.lexicon.matcher import normalize_key

    out: dict[str, float] = {}
    for word, freq in wordfreq.get_frequency_dict("ar").items():
        key = normalize_key(word)
        zipf = math.log10(freq * 1e9)
        if zipf > out.get(key, 0.0):
            out[key] = zipf
    return out


def dangerous_names(rows: list[dict[str, str]]) -> list[str]:
    """Folded names of villages and neighbourhoods that are also common words or person names."""
    from rasid.lexicon.matcher import normalize_key

    freq = folded_frequencies()

    def zipf(word: str) -> float:
        bare = word[2:] if word.startswith("ال") and len(word) > 4 else word
        return max(freq.get(word, 0.0), freq.get(bare, 0.0), freq.get("ال" + bare, 0.0))

    out = set()
    for r in rows:
        small = r["feature"] in SMALL_FEATURES and (int(r["prominence"] or 0) < SMALL_PROMINENCE
                                                     or r["id"].startswith(NEW_SOURCES))
        if not small and not (r["feature"] in ("admin2", "admin3") and r["id"].startswith(NEW_SOURCES)):
            continue
        for name in split_names(r["name_ar"], r["alt_ar"]):
            key = normalize_key(name)
            words = key.split()
            if not words or words[0] in PLACE_HEADS and len(words) > 1:
                continue
            if min(zipf(w) for w in words) >= COMMON_ZIPF:
                out.add(key)
            elif len(words) == 1:  # «بارزة» = ب + «ارزة», «بجروح» = ب + «جروح»
                out.update(p + key for p in PROCLITIC_FORMS if freq.get(p + key, 0.0) >= COMMON_ZIPF)
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--dangerous", action="store_true",
                        help=f"also write {DANGEROUS_OUT.name} (needs the wordfreq package)")
    args = parser.parse_args(argv)
    rows = build_rows(args.data)
    main_rows, villages = split_villages(rows)
    args.out.write_bytes(render(main_rows))
    args.out.with_name(VILLAGES_OUT.name).write_bytes(render(villages))
    args.out.with_name(LATIN_OUT.name).write_bytes(render(build_latin(args.data, rows)))
    if args.dangerous:
        names = dangerous_names(rows)
        header = ("# Village and neighbourhood names that are also common Arabic words or person names (folded),\n"
                  "# built by tools/build_gazetteer.py --dangerous from wordfreq's Arabic list: such a name is\n"
                  "# taken for a place only with a place word, a located context or the document's governorate.\n")
        DANGEROUS_OUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
        print(f"{DANGEROUS_OUT}: {len(names)} names", file=sys.stderr)
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        counts[r["country"]] += 1
    print(f"{args.out}: {len(rows)} rows ({dict(sorted(counts.items()))})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
