"""Benchmark the whole extraction pipeline on a synthetic Arabic news corpus.

Measures: cold start (first ``process()`` call in a fresh interpreter, lexicons and gazetteer included),
documents per second on one core after warm-up, and peak RSS. The corpus is generated deterministically
(seeded) from templates written for this benchmark; places come from the project gazetteer.

    .venv/bin/python bench/bench_extract.py            # 10,000 documents
    RASID_BENCH_DOCS=2000 .venv/bin/python bench/bench_extract.py
"""
from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import random
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GAZETTEER = REPO / "rasid" / "data" / "gazetteer.tsv.gz"
SEED = 20250514
TARGET_DOCS_PER_SECOND = 300

# Syrian governorates as they follow «بريف …»; Damascus itself has no countryside in this sense.
GOVERNORATES_AR = {
    "Aleppo": "حلب", "Idlib": "إدلب", "Hama": "حماة", "Homs": "حمص", "Latakia": "اللاذقية", "Tartus": "طرطوس",
    "Rural Damascus": "دمشق", "Daraa": "درعا", "Suwayda": "السويداء", "Quneitra": "القنيطرة",
    "Deir ez-Zor": "دير الزور", "Raqqa": "الرقة", "Hasakah": "الحسكة",
}
DIRECTIONS = ["", " الشرقي", " الغربي", " الشمالي", " الجنوبي"]
SETTLEMENTS = ["قرية", "بلدة", "بلدة", "قرية", "مدينة"]

ACTORS_BY_PERIOD = {
    "before": {"state": ["قوات النظام", "قوات الأسد", "الجيش السوري", "القوات الحكومية"]},
    "after": {"state": ["قوات الأمن العام", "القوات الحكومية", "وزارة الدفاع السورية", "قوات الحكومة السورية"]},
}
ISIS = ["تنظيم داعش", "خلايا داعش", "عناصر من تنظيم داعش", "خلايا تابعة لداعش"]
ISIS_EVASION = ["داعـ.ـش", "د ا ع ش", "د-ا-ع-ش", "داعــش", "دا\u200cعش"]
SDF = ["قوات سوريا الديمقراطية", "قسد", "عناصر من قسد", "مقاتلين من قسد"]
GUNMEN = ["مسلحون مجهولون", "مسلحون ملثمون", "مجهولون يستقلون دراجة نارية"]
GUNMEN_GEN = ["مسلحين مجهولين", "مسلحين ملثمين", "مجموعة مسلحة"]
EAST = {"Deir ez-Zor", "Hasakah", "Raqqa"}
DRONES = ["طائرة مسيرة تركية", "مسيرة تركية", "طائرة مسيرة إسرائيلية", "الطيران الحربي الإسرائيلي", "طائرة مسيرة مجهولة"]
VICTIMS_CIV = ["مدنيين", "شبان", "أطفال", "مواطنين", "أشخاص"]

COUNTS = [  # (phrase for killed people, noun follows?) — number words, digits, duals, Arabic-Indic
    "شخصين", "ثلاثة أشخاص", "أربعة أشخاص", "خمسة أشخاص", "7 أشخاص", "١٢ شخصاً", "شخص واحد", "عشرة أشخاص",
]
SOLDIER_COUNTS = ["عنصرين", "ثلاثة عناصر", "أربعة عناصر", "٥ عناصر", "عنصر", "6 عناصر", "مقاتلَين"]
DAY_WORDS = ["أمس", "فجر اليوم", "صباح اليوم", "مساء أمس", "ليل أمس", "ظهر اليوم"]
WEEKDAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
OUTLETS = ["راصد الشرق", "نبض الفرات", "مرصد الجنوب", "صوت الجزيرة"]


@dataclass(frozen=True, slots=True)
class Place:
    """A Syrian settlement and the phrase that locates it."""

    name_ar: str
    admin1: str


def load_places(limit: int = 1500) -> list[Place]:
    """The most prominent Syrian settlements of the gazetteer whose governorate has an Arabic form here."""
    rows = []
    with gzip.open(GAZETTEER, "rt", encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        col = {name: i for i, name in enumerate(header)}
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if f[col["country"]] != "Syria" or f[col["feature"]] != "populated":
                continue
            if f[col["admin1"]] not in GOVERNORATES_AR or not f[col["name_ar"]]:
                continue
            rows.append((int(f[col["prominence"]] or 0), f[col["name_ar"]], f[col["admin1"]]))
    rows.sort(key=lambda r: (-r[0], r[1]))
    return [Place(name, admin1) for _, name, admin1 in rows[:limit]]


def place_phrase(rng: random.Random, place: Place) -> str:
    """«قرية X بريف دير الزور الشرقي»."""
    return f"{rng.choice(SETTLEMENTS)} {place.name_ar} بريف {GOVERNORATES_AR[place.admin1]}{rng.choice(DIRECTIONS)}"


def when_phrase(rng: random.Random) -> str:
    """A relative date phrase resolved against the publication date."""
    r = rng.random()
    if r < 0.6:
        return rng.choice(DAY_WORDS)
    if r < 0.85:
        return f"يوم {rng.choice(WEEKDAYS)} الماضي"
    first = rng.randrange(7)
    return f"ليل {WEEKDAYS[first]} – {WEEKDAYS[(first + 1) % 7]}"


def toll_phrase(rng: random.Random, victims: str) -> str:
    """A casualty clause, or none, or an explicit zero, or a vague count."""
    r = rng.random()
    if r < 0.35:
        return f"، ما أدى إلى مقتل {victims}"
    if r < 0.5:
        return f"، ما أسفر عن إصابة {victims} بجروح"
    if r < 0.6:
        return "، دون وقوع إصابات"
    if r < 0.68:
        return "، وسقط عدد من القتلى والجرحى"
    if r < 0.75:
        return f"، ما أدى إلى مقتل {victims}، فيما تحدثت مصادر أخرى عن حصيلة أعلى"
    return ""


def isis_name(rng: random.Random) -> str:
    """IS, sometimes in an evasion spelling."""
    if rng.random() < 0.2:
        return "عناصر من " + rng.choice(ISIS_EVASION)
    return rng.choice(ISIS)


def lead(rng: random.Random, period: str, place: str, when: str, east: bool) -> tuple[str, str]:
    """One incident sentence and a short headline for it (IS and SDF only in the east)."""
    state = rng.choice(ACTORS_BY_PERIOD[period]["state"])
    kind = rng.randrange(9)
    if kind == 1 and not east:
        kind = 2
    if kind == 0:
        drone = rng.choice(DRONES)
        body = f"استهدفت {drone} سيارة في {place} {when}{toll_phrase(rng, rng.choice(COUNTS))}."
        head = f"قصف بمسيرة على {place}"
    elif kind == 1:
        body = f"قُتل {rng.choice(SOLDIER_COUNTS)} من {rng.choice(SDF)} بهجوم شنه {isis_name(rng)} على نقطة في {place} {when}."
        head = f"مقتل عناصر من قسد بهجوم في {place}"
    elif kind == 2:
        body = (f"اندلعت اشتباكات عنيفة بين {state} و{rng.choice(GUNMEN_GEN)} في {place} {when}"
                f"{toll_phrase(rng, rng.choice(SOLDIER_COUNTS))}.")
        head = f"اشتباكات في {place}"
    elif kind == 3:
        body = f"انفجرت عبوة ناسفة بسيارة {rng.choice(['مدنية', 'عسكرية'])} قرب {place} {when}{toll_phrase(rng, rng.choice(COUNTS))}."
        head = f"انفجار عبوة ناسفة قرب {place}"
    elif kind == 4:
        body = (f"أطلق {rng.choice(GUNMEN)} النار على {rng.choice(VICTIMS_CIV)} في {place} {when}"
                f"{toll_phrase(rng, rng.choice(COUNTS))}.")
        head = f"إطلاق نار على مدنيين في {place}"
    elif kind == 5:
        body = f"اختطف {rng.choice(GUNMEN)} {rng.choice(['شاباً', 'طبيباً', 'تاجراً', 'طالباً'])} في {place} {when}، واقتادوه إلى جهة مجهولة."
        head = f"اختطاف في {place}"
    elif kind == 6:
        body = f"شنت {state} حملة اعتقالات طالت {rng.choice(['خمسة شبان', 'عشرة أشخاص', 'عدداً من الشبان'])} في {place} {when}."
        head = f"حملة اعتقالات في {place}"
    elif kind == 7:
        body = f"تظاهر العشرات من أهالي {place} {when} للمطالبة بتحسين الخدمات والإفراج عن المعتقلين."
        head = f"مظاهرة في {place}"
    else:
        body = f"قصفت {state} بقذائف الهاون {place} {when}{toll_phrase(rng, rng.choice(COUNTS))}."
        head = f"قصف مدفعي على {place}"
    return body, head


def background(rng: random.Random, place: str) -> str:
    """A paragraph that must not be coded: history, aggregates, statements, threats, forecasts."""
    return rng.choice([
        f"ويذكر أن {place} شهدت معارك عنيفة في آذار 2019 أدت إلى نزوح مئات العائلات.",
        f"ونفذت الخلايا المسلحة أكثر من {rng.randrange(20, 90)} هجوماً في المنطقة منذ بداية العام.",
        "وقال مسؤول محلي إن الأوضاع الأمنية في المنطقة تتطلب تعزيز الحواجز، محذراً من تصعيد محتمل.",
        "وتوقعت مصادر محلية أن تشهد المنطقة توتراً خلال الأيام المقبلة في ظل غياب أي تسوية.",
        "وهدد قيادي في إحدى المجموعات المسلحة بالرد على أي تقدم نحو مناطق سيطرتها.",
        f"وتعاني {place} منذ عام 2018 من نقص حاد في الخدمات الأساسية وانتشار مخلفات الحرب.",
    ])


CONTEXT = [
    "وأفاد مصدر طبي بأن فرق الإسعاف نقلت المصابين إلى المستشفى الوطني في المدينة، مشيراً إلى أن حالة بعضهم حرجة.",
    "وقال شهود عيان إن دوي إطلاق النار سمع في أرجاء المنطقة لأكثر من ساعة، وسط حالة من الخوف بين الأهالي.",
    "وانتشرت دوريات أمنية في محيط المكان عقب الحادثة، وأغلقت الطرق المؤدية إليه لساعات.",
    "ولم تعلن أي جهة مسؤوليتها عن الحادثة حتى لحظة إعداد هذا الخبر، فيما فتحت الجهات المعنية تحقيقاً في ملابساتها.",
    "وتشهد المنطقة منذ أشهر توتراً أمنياً متصاعداً، في ظل انتشار السلاح وتعدد الجهات المسيطرة على الأرض.",
    "وطالب ناشطون محليون بتحسين الأوضاع الأمنية وحماية المدنيين، وبمحاسبة المسؤولين عن الانتهاكات المتكررة.",
]


def make_document(rng: random.Random, i: int, places: list[Place]) -> dict:
    """One synthetic news item: optional headline and dateline, one or two incidents, background."""
    published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
    period = "before" if published < dt.date(2024, 12, 8) else "after"
    first = places[rng.randrange(len(places))]
    body, head = lead(rng, period, place_phrase(rng, first), when_phrase(rng), first.admin1 in EAST)
    paragraphs = [f"{GOVERNORATES_AR[first.admin1]} – {rng.choice(OUTLETS)}", body,
                  " ".join(rng.sample(CONTEXT, rng.randrange(1, 4)))]
    if rng.random() < 0.3:
        paragraphs.insert(0, head)
    if rng.random() < 0.4:
        paragraphs.append(background(rng, place_phrase(rng, first)))
    if rng.random() < 0.35:
        other = places[rng.randrange(len(places))]
        second, _ = lead(rng, period, place_phrase(rng, other), when_phrase(rng), other.admin1 in EAST)
        paragraphs.append("وفي سياق منفصل، " + second)
    if rng.random() < 0.3:
        paragraphs.append(background(rng, place_phrase(rng, places[rng.randrange(len(places))])))
    if rng.random() < 0.5:
        paragraphs.append(" ".join(rng.sample(CONTEXT, 2)))
    return {"id": f"bench-{i:05d}", "text": "\n\n".join(paragraphs), "published": published.isoformat()}


def make_corpus(n: int, seed: int = SEED) -> list[dict]:
    """``n`` documents, the same for the same seed."""
    rng = random.Random(seed)
    places = load_places()
    return [make_document(rng, i, places) for i in range(n)]


COLD_START = """
import json, resource, sys, time
t0 = time.perf_counter()
from rasid.pipeline import process
doc = process(sys.argv[1], published=sys.argv[2])
t1 = time.perf_counter()
print(json.dumps({"seconds": t1 - t0, "events": len(doc.events),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def cold_start(doc: dict) -> dict:
    """Import rasid and process one document in a new interpreter."""
    out = subprocess.run([sys.executable, "-c", COLD_START, doc["text"], doc["published"]], check=True,
                         capture_output=True, text=True, cwd=REPO)
    return json.loads(out.stdout.strip().splitlines()[-1])


def throughput(corpus: list[dict], warmup: int = 200) -> tuple[float, int, int]:
    """Seconds for the whole corpus after a warm-up, events found, documents with at least one event."""
    from rasid.pipeline import process

    for doc in corpus[:warmup]:
        process(doc["text"], published=doc["published"], doc_id=doc["id"])
    events = with_events = 0
    t0 = time.perf_counter()
    for doc in corpus:
        record = process(doc["text"], published=doc["published"], doc_id=doc["id"])
        events += len(record.events)
        with_events += bool(record.events)
    return time.perf_counter() - t0, events, with_events


def main() -> int:
    n = int(os.environ.get("RASID_BENCH_DOCS", "10000"))
    t0 = time.perf_counter()
    corpus = make_corpus(n)
    gen = time.perf_counter() - t0
    words = sum(len(d["text"].split()) for d in corpus)
    print(f"corpus: {n} docs, {words} words ({words / n:.0f} per doc), generated in {gen:.1f} s (seed {SEED})")
    cold = min((cold_start(corpus[i]) for i in range(3)), key=lambda r: r["seconds"])
    seconds, events, with_events = throughput(corpus)
    rate = n / seconds
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"extract: {n} docs in {seconds:.1f} s = {rate:.0f} docs/s (one core); cold start {cold['seconds']:.1f} s "
          f"(RSS {cold['rss_mb']:.0f} MB); peak RSS {peak:.0f} MB")
    print(f"events: {events} in {with_events} docs ({events / n:.2f} per doc); "
          f"target {TARGET_DOCS_PER_SECOND} docs/s: {'met' if rate >= TARGET_DOCS_PER_SECOND else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
