"""Build the dashboard's compact admin-1 boundary file from the OCHA polygons in ``../shared/data/boundaries/``.

Writes ``rasid/web/static/boundaries/admin1.geojson``: one feature per governorate / state (Libya: the 22
districts, ACLED's admin1 there) with ``country``, ``name``, ``name_ar`` and ``pcode``, simplified for a map
drawn at country scale and rounded to 3 decimals (~100 m). Needs shapely (``pip install shapely``), at build time
only. Attribution: OCHA COD-AB, CC BY-IGO (see rasid/data/SOURCES.md).

    .venv/bin/python tools/build_boundaries.py [--shared ../shared] [--tolerance 0.01]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from shapely.geometry import mapping, shape

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rasid" / "web" / "static" / "boundaries" / "admin1.geojson"

# (country, file under data/boundaries, English-name key, Arabic-name key, P-code key)
LAYERS = [
    ("Syria", "syria/syr_adm1_ocha_simplified.geojson", "ADM1_EN", "ADM1_AR", "ADM1_PCODE"),
    ("Iraq", "iraq/irq_admbnda_adm1_cso_20190603.geojson", "ADM1_EN", "ADM1_AR", "ADM1_PCODE"),
    ("Libya", "libya/lby_admbnda_adm2_unosat_lbsc_20180507.geojson", "admin2Name", "admin2Na_1", "admin2Pcod"),
    ("Sudan", "sudan/sdn_admin1.geojson", "adm1_name", "adm1_name1", "adm1_pcode"),
]


def rounded(coords, digits: int):  # noqa: ANN001, ANN201 - nested GeoJSON coordinate lists
    """Coordinates rounded to ``digits`` decimals, consecutive duplicates dropped."""
    if coords and isinstance(coords[0], (int, float)):
        return [round(c, digits) for c in coords]
    out = [rounded(c, digits) for c in coords]
    if out and isinstance(out[0][0], float):
        out = [p for i, p in enumerate(out) if i == 0 or p != out[i - 1]]
    return out


def build(shared: Path, tolerance: float, digits: int = 3) -> dict:
    """The merged, simplified FeatureCollection."""
    features = []
    for country, rel, en, ar, pcode in LAYERS:
        data = json.loads((shared / "data" / "boundaries" / rel).read_text(encoding="utf-8"))
        for feat in data["features"]:
            props = feat["properties"]
            geom = shape(feat["geometry"]).simplify(tolerance, preserve_topology=True)
            if geom.is_empty:
                continue
            g = mapping(geom)
            features.append({"type": "Feature",
                             "properties": {"country": country, "name": props[en], "name_ar": props[ar],
                                            "pcode": props[pcode]},
                             "geometry": {"type": g["type"], "coordinates": rounded(g["coordinates"], digits)}})
    return {"type": "FeatureCollection",
            "attribution": "Boundaries: UN OCHA COD-AB (Syria, Iraq, Libya, Sudan), CC BY-IGO",
            "features": features}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--tolerance", type=float, default=0.01, help="simplification tolerance in degrees")
    args = parser.parse_args()
    collection = build(args.shared, args.tolerance)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(collection['features'])} units, {OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
