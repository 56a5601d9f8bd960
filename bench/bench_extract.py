"""Benchmark the whole extraction pipeline on a synthetic Arabic news corpus (issue 13's figures).

Prints: documents/s and MB/s on one core (in process, records serialised as JSON lines), on conflict news and
on the rest of a day's news (services, markets, sport, weather: no event to find); per-stage ms/KB on one
document of 1 KB, 100 KB and 1 MB (a stage whose cost per KB grows with size is not linear); ``rasid extract
--format jsonl`` with --jobs 1 and --jobs 2 on the corpus; cold start to the first record (first run, which
writes the lexicon cache, later runs, and with the cache off); peak RSS on a 10 MB and
a ``RASID_BENCH_RSS_MB`` (200) MB JSONL input. The corpus is generated deterministically (seeded) from templates
written for this benchmark, 1–3 KB per document (headline, dateline, incidents, quotes, lists of places,
background); places come from the project gazetteer. On a shared machine compare ratios measured back to back.

    .venv/bin/python bench/bench_extract.py            # 10,000 documents
    RASID_BENCH_DOCS=2000 RASID_BENCH_RSS_MB=50 .venv/bin/python bench/bench_extract.py
"""
from __future__ import annotations

import atexit
import datetime as dt
import gzip
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GAZETTEER = REPO / "rasid" / "data" / "gazetteer.tsv.gz"
SEED = 20250514
TARGET_DOCS_PER_SECOND = 1000
BYTECODE_DIR = tempfile.mkdtemp(prefix="rasid-bench-bytecode-")
atexit.register(shutil.rmtree, BYTECODE_DIR, ignore_errors=True)

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


QUOTES = [
    "وقال أحد سكان {place} في حديث هاتفي: \"سمعنا دوي انفجارات متتالية منذ ساعات الفجر، ولم يتمكن أحد من الخروج "
    "لإسعاف الجرحى قبل توقف القصف\".",
    "وأضاف مسؤول في الدفاع المدني أن \"فرق الإنقاذ ما زالت تبحث تحت الأنقاض عن مفقودين، وأن الحصيلة مرشحة "
    "للارتفاع\"، مطالباً بفتح ممرات آمنة.",
    "ونقلت وكالة محلية عن مصدر عسكري قوله إن \"الوحدات المنتشرة في المنطقة ردت على مصادر النيران\"، من دون أن "
    "يذكر تفاصيل إضافية.",
    "وقالت امرأة نزحت من {place} إن \"العائلات تركت منازلها بما عليها من ثياب، ولا أحد يعرف متى يستطيع العودة\".",
]
LIST_OPENERS = ["وشمل القصف أيضاً بلدات", "وامتدت الاشتباكات إلى قرى", "وسجلت حركة نزوح من قرى"]
HUMANITARIAN = [
    "وتعاني المنطقة من تراجع حاد في الخدمات الطبية بعد خروج عدد من المراكز الصحية عن الخدمة خلال الأشهر الماضية، "
    "فيما تشكو المنظمات الإنسانية من صعوبة الوصول إلى القرى النائية.",
    "وتشير تقديرات منظمات محلية إلى أن آلاف العائلات تعيش في مخيمات عشوائية تفتقر إلى المياه النظيفة والصرف الصحي، "
    "وسط ارتفاع أسعار المواد الغذائية والمحروقات.",
    "ويعتمد معظم سكان الريف على الزراعة وتربية المواشي، وقد تضرر الموسم الزراعي بسبب الجفاف وانقطاع الطرق "
    "المؤدية إلى الأسواق.",
    "وكانت لجان محلية قد دعت في وقت سابق إلى تحييد المدارس والمستشفيات عن العمليات العسكرية، وإلى السماح "
    "للمزارعين بالوصول إلى أراضيهم.",
]
MIN_BYTES, MAX_BYTES = 1024, 3072


def _size(paragraphs: list[str]) -> int:
    return len("\n\n".join(paragraphs).encode("utf-8"))


def make_document(rng: random.Random, i: int, places: list[Place]) -> dict:
    """One synthetic news item of 1–3 KB: a headline and dateline, one or two incidents, a quote, a list of
    places, background that must not be coded."""
    published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
    period = "before" if published < dt.date(2024, 12, 8) else "after"
    first = places[rng.randrange(len(places))]
    phrase = place_phrase(rng, first)
    body, head = lead(rng, period, phrase, when_phrase(rng), first.admin1 in EAST)
    paragraphs = [f"{GOVERNORATES_AR[first.admin1]} – {rng.choice(OUTLETS)}", body,
                  " ".join(rng.sample(CONTEXT, rng.randrange(1, 4)))]
    if rng.random() < 0.6:
        paragraphs.insert(0, head)
    extras = [
        lambda: rng.choice(QUOTES).format(place=phrase),
        lambda: f"{rng.choice(LIST_OPENERS)} " + "، و".join(p.name_ar for p in rng.sample(places, rng.randrange(2, 5)))
                + f" في ريف {GOVERNORATES_AR[first.admin1]}.",
        lambda: background(rng, place_phrase(rng, places[rng.randrange(len(places))])),
        lambda: rng.choice(HUMANITARIAN),
        lambda: " ".join(rng.sample(CONTEXT, 2)),
    ]
    if rng.random() < 0.35:
        other = places[rng.randrange(len(places))]
        second, _ = lead(rng, period, place_phrase(rng, other), when_phrase(rng), other.admin1 in EAST)
        paragraphs.append("وفي سياق منفصل، " + second)
    target = rng.randrange(MIN_BYTES + 100, MAX_BYTES - 100)
    while _size(paragraphs) < target:
        extra = rng.choice(extras)()
        if _size(paragraphs + [extra]) > MAX_BYTES:
            if _size(paragraphs) >= MIN_BYTES:
                break
            continue
        paragraphs.append(extra)
    return {"id": f"bench-{i:05d}", "text": "\n\n".join(paragraphs), "published": published.isoformat()}


# The rest of a day's news, which tells no conflict event: one topic per item, then general paragraphs.
CALM_TOPICS = {
    "افتتاح مشروع مياه في {town}": [
        "افتتحت مديرية الموارد المائية في {gov} مشروعاً لتأهيل محطة الضخ في {town}، بكلفة تجاوزت {n} مليون ليرة، "
        "وقال مدير المشروع إن المحطة ستخدم نحو {k} ألف نسمة بعد انقطاع دام أشهراً.",
        "وأوضح المدير أن الأعمال شملت تركيب مضخات جديدة وتمديد خطوط بطول {k} كيلومتراً، وأن المرحلة الثانية ستصل "
        "الشبكة إلى القرى المجاورة قبل نهاية الصيف.",
    ],
    "ارتفاع أسعار الخضار في أسواق {gov}": [
        "سجلت أسعار الخضار والفواكه في أسواق {gov} ارتفاعاً جديداً خلال الأسبوع الجاري، إذ بلغ سعر كيلو البندورة "
        "{n} ليرة، وعزا تجار الارتفاع إلى تراجع الإنتاج وارتفاع أجور النقل بين المحافظات.",
        "وقال بائع في سوق الهال إن الإقبال تراجع إلى النصف، وإن كثيراً من الأسر باتت تشتري حاجتها بالقطعة لا بالكيلو.",
    ],
    "فوز فريق {town} في الدوري": [
        "تغلب فريق نادي {town} على ضيفه بثلاثة أهداف مقابل هدف في المرحلة {k} من الدوري الممتاز، ليرتقي إلى المركز "
        "الثاني في جدول الترتيب، وقال مدرب الفريق إن لاعبيه قدموا مباراة كبيرة رغم غياب عدد من الأساسيين.",
        "وسيطر الفريق الضيف على مجريات الشوط الأول وشن هجمات متتالية على مرمى أصحاب الأرض، قبل أن يعادل النتيجة "
        "من ركلة جزاء في الدقيقة {k}.",
    ],
    "أمطار غزيرة في {gov}": [
        "توقعت مديرية الأرصاد الجوية أن تتأثر {gov} بمنخفض جوي يحمل أمطاراً غزيرة ورياحاً نشطة اعتباراً من {day}، "
        "ودعت المزارعين إلى اتخاذ الاحتياطات اللازمة لحماية المحاصيل والبيوت البلاستيكية.",
        "وسجلت محطة الرصد في {town} هطولاً بلغ {k} مليمتراً خلال ساعات، وغمرت المياه عدداً من الطرق الفرعية.",
    ],
    "بدء امتحانات الشهادة الثانوية": [
        "انطلقت {day} امتحانات الشهادة الثانوية بمشاركة أكثر من {k} ألف طالب وطالبة في {n} مركزاً امتحانياً، "
        "وأكدت وزارة التربية أن الأسئلة وزعت في موعدها وأن سير الامتحانات كان طبيعياً.",
        "وخصصت مديرية التربية في {gov} حافلات لنقل طلاب الأرياف إلى المراكز، بعد شكاوى من ارتفاع أجور المواصلات.",
    ],
    "مهرجان للتراث الشعبي في {town}": [
        "اختتم في {town} مهرجان التراث الشعبي بمشاركة فرق فنية من {gov} والمحافظات المجاورة، وتضمن معرضاً للحرف "
        "اليدوية وأمسيات شعرية وعروضاً للدبكة حضرها مئات الأهالي.",
        "وقالت إحدى المشاركات إن المعرض فرصة لتسويق منتجات النساء الريفيات من الصوف والقش والمونة البيتية.",
    ],
}
CALM_GENERAL = [
    "وأعلنت شركة الكهرباء عن برنامج تقنين جديد في {gov} يمنح الأحياء السكنية {k} ساعات وصل مقابل ساعتين قطع، "
    "بعد إصلاح خطوط التوتر العالي المغذية للمنطقة.",
    "وناقش مجلس مدينة {town} في اجتماعه الدوري خطة تعبيد الطرق وترحيل القمامة، وأقر منح تراخيص لـ{n} "
    "محلاً تجارياً جديداً في السوق القديم.",
    "وبلغ سعر صرف الدولار في السوق الموازية {n} ليرة، بحسب نشرة تصدرها مواقع محلية، فيما حافظ المصرف المركزي "
    "على سعره الرسمي دون تغيير.",
    "واندلع حريق في أحد المحال التجارية بسوق {town} بسبب ماس كهربائي، وتمكنت فرق الإطفاء من إخماده بعد ساعة "
    "دون تسجيل إصابات.",
    "ويشكو سكان {town} من تأخر وصول مخصصاتهم من الخبز والمازوت، ويطالبون بزيادة عدد المعتمدين في البلدة.",
    "وبدأت وزارة الزراعة توزيع بذار القمح على الفلاحين في {gov} بسعر مدعوم، على أن يسدد ثمنه بعد الحصاد.",
]


def make_calm_document(rng: random.Random, i: int, places: list[Place]) -> dict:
    """One 1–3 KB item of the rest of the news (no conflict event): a topic's paragraphs, then general ones."""
    published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
    place = places[rng.randrange(len(places))]

    def fill(template: str) -> str:
        return template.format(town=place.name_ar, gov=GOVERNORATES_AR[place.admin1], n=rng.randrange(12, 900),
                               k=rng.randrange(3, 40), day=rng.choice(DAY_WORDS))

    head = rng.choice(list(CALM_TOPICS))
    paragraphs = [fill(head), f"{GOVERNORATES_AR[place.admin1]} – {rng.choice(OUTLETS)}",
                  *map(fill, CALM_TOPICS[head])]
    target = rng.randrange(MIN_BYTES + 100, MAX_BYTES - 100)
    for template in rng.sample(CALM_GENERAL, len(CALM_GENERAL)):
        if _size(paragraphs) >= target:
            break
        paragraphs.append(fill(template))
    return {"id": f"calm-{i:05d}", "text": "\n\n".join(paragraphs), "published": published.isoformat()}


def make_calm_corpus(n: int, seed: int = SEED) -> list[dict]:
    """``n`` documents of the rest of the news, the same for the same seed."""
    rng = random.Random(seed)
    places = load_places()
    return [make_calm_document(rng, i, places) for i in range(n)]


def make_corpus(n: int, seed: int = SEED) -> list[dict]:
    """``n`` documents, the same for the same seed."""
    rng = random.Random(seed)
    places = load_places()
    return [make_document(rng, i, places) for i in range(n)]


def _child_env(cache_dir: str | None = None) -> dict[str, str]:
    """The environment of a timed ``rasid`` run: bytecode kept (in a folder of the benchmark's own, as an installed
    package has it: pip compiles at install), even where the shell sets PYTHONDONTWRITEBYTECODE."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = BYTECODE_DIR
    if cache_dir:
        env["RASID_CACHE_DIR"] = cache_dir
    return env


def _cli(args: list[str], stdout: object = subprocess.DEVNULL, cache_dir: str | None = None) -> float:
    """Wall seconds of ``rasid <args>`` in a new interpreter (with its lexicon cache in ``cache_dir``)."""
    env = _child_env(cache_dir)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "rasid", *args], check=False, stdout=stdout, stderr=subprocess.DEVNULL,
                   cwd=REPO, env=env)
    return time.perf_counter() - t0


def side_by_side(runs: list[list[str]]) -> float:
    """Wall seconds of ``rasid <args>`` for each of ``runs``, all started at once, until the last ends."""
    t0 = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-m", "rasid", *args], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, cwd=REPO, env=_child_env()) for args in runs]
    for proc in procs:
        proc.wait()
    return time.perf_counter() - t0


def _children_cpu() -> float:
    """CPU seconds (user and system) of the finished child processes and their own children so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


PEAK_RSS = """
import resource, subprocess, sys
subprocess.run([sys.executable, "-m", "rasid", *sys.argv[1:]], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
"""


def peak_rss(args: list[str]) -> float:
    """Peak RSS (MB) of ``rasid <args>`` (the largest of its processes)."""
    out = subprocess.run([sys.executable, "-c", PEAK_RSS, *args], check=True, capture_output=True, text=True,
                         cwd=REPO, env=_child_env())
    return float(out.stdout.strip().splitlines()[-1])


def write_jsonl(path: Path, corpus: list[dict], megabytes: float) -> int:
    """A JSONL file of about ``megabytes`` MB: the corpus repeated under fresh ids. Returns the documents written."""
    n = 0
    size = 0
    with path.open("w", encoding="utf-8") as fh:
        while size < megabytes * 1e6:
            doc = dict(corpus[n % len(corpus)], id=f"doc-{n:08d}")
            line = json.dumps(doc, ensure_ascii=False) + "\n"
            fh.write(line)
            size += len(line.encode("utf-8"))
            n += 1
    return n


def throughput(corpus: list[dict], warmup: int = 200) -> tuple[float, int]:
    """Seconds for the whole corpus through ``process`` and the JSONL record, after a warm-up; events found."""
    from rasid.pipeline import process

    for doc in corpus[:warmup]:
        process(doc["text"], published=doc["published"], doc_id=doc["id"])
    events = 0
    t0 = time.perf_counter()
    for doc in corpus:
        record = process(doc["text"], published=doc["published"], doc_id=doc["id"])
        json.dumps(record.as_dict(), ensure_ascii=False)
        events += len(record.events)
    return time.perf_counter() - t0, events


def stage_seconds(text: str, published: str) -> dict[str, float]:
    """Seconds of each pipeline stage on one document (the steps of ``rasid.pipeline.process``)."""
    from rasid.extract.document import Context, build_events
    from rasid.extract.frames import build_candidates
    from rasid.extract.mentions import find_mentions
    from rasid.ingest import split_boilerplate
    from rasid.pipeline import iso_date
    from rasid.records import Document
    from rasid.text.fold import fold
    from rasid.text.normalize import repair

    out: dict[str, float] = {}
    t = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal t
        now = time.perf_counter()
        out[stage] = now - t
        t = now

    pub = iso_date(published)
    body, _ = split_boilerplate(text)
    lap("boilerplate")
    repaired = repair(body)
    lap("repair")
    folded = fold(repaired.text)
    to_original = repaired.map.compose(folded)
    lap("fold")
    mentions = find_mentions(folded.text, pub)
    lap("mentions")
    candidates = build_candidates(mentions, pub)
    lap("frames")
    events, _ = build_events(candidates, Context("bench", body, repaired.text, to_original, folded, published))
    lap("events")
    doc = Document(id="bench", text=repaired.text, events=events, repairs=list(repaired.repairs))
    json.dumps(doc.as_dict(), ensure_ascii=False)
    lap("record")
    return out


def long_document(corpus: list[dict], size: int) -> str:
    """About ``size`` bytes of news: corpus documents one after another (a dump of one site's page)."""
    return "\n\n".join(doc["text"] for doc in leading_documents(corpus, size))


def leading_documents(corpus: list[dict], size: int) -> list[dict]:
    """The first corpus documents that together hold about ``size`` bytes."""
    docs, total = [], 0
    for doc in corpus:
        if total >= size:
            break
        docs.append(doc)
        total += len(doc["text"].encode("utf-8")) + 2
    return docs


def joined_vs_apart(corpus: list[dict], size: int) -> tuple[float, float, int]:
    """Seconds of ``process`` on one document of about ``size`` bytes (``long_document``) and on the corpus
    documents it is made of, one by one; and how many those are."""
    from rasid.pipeline import process

    docs = leading_documents(corpus, size)
    text = "\n\n".join(doc["text"] for doc in docs)
    t0 = time.perf_counter()
    process(text, published="2025-03-02")
    joined = time.perf_counter() - t0
    t0 = time.perf_counter()
    for doc in docs:
        process(doc["text"], published="2025-03-02")
    return joined, time.perf_counter() - t0, len(docs)


def main() -> int:
    n = int(os.environ.get("RASID_BENCH_DOCS", "10000"))
    rss_mb = float(os.environ.get("RASID_BENCH_RSS_MB", "200"))
    t0 = time.perf_counter()
    corpus = make_corpus(n)
    megabytes = sum(len(d["text"].encode("utf-8")) for d in corpus) / 1e6
    print(f"corpus: {n} docs, {megabytes:.1f} MB of text ({megabytes * 1e6 / n / 1024:.1f} KB per doc), "
          f"generated in {time.perf_counter() - t0:.1f} s (seed {SEED})")

    seconds, events = throughput(corpus)
    print(f"one core, in process: {n / seconds:.0f} docs/s, {megabytes / seconds:.2f} MB/s, "
          f"{events / n:.2f} events per doc (target {TARGET_DOCS_PER_SECOND} docs/s)")

    calm = make_calm_corpus(max(500, n // 5))
    calm_seconds, calm_events = throughput(calm)
    calm_mb = sum(len(d["text"].encode("utf-8")) for d in calm) / 1e6
    print(f"the rest of the news (services, markets, sport, weather; no conflict told): {len(calm) / calm_seconds:.0f} "
          f"docs/s, {calm_mb / calm_seconds:.2f} MB/s ({calm_events} events in {len(calm)} docs)")

    print("per-stage ms/KB (one document of each size):")
    rows = []
    for label, size in (("1 KB", 1024), ("100 KB", 100 * 1024), ("1 MB", 1024 * 1024)):
        text = long_document(corpus, size)
        kb = len(text.encode("utf-8")) / 1024
        runs = [stage_seconds(text, "2025-03-02") for _ in range(max(1, 20 * 1024 // size))]
        times = {stage: min(run[stage] for run in runs) for stage in runs[0]}
        rows.append((label, kb, times))
        print(f"  {label:>6}: " + "  ".join(f"{k} {v * 1000 / kb:.2f}" for k, v in times.items())
              + f"  | total {sum(times.values()) * 1000 / kb:.2f}")
    small_total = sum(rows[0][2].values()) / rows[0][1]
    big_total = sum(rows[2][2].values()) / rows[2][1]
    print(f"  1 MB costs {big_total / small_total:.2f}x per KB what the first 1 KB document does")
    joined, apart, count = joined_vs_apart(corpus, 1024 * 1024)
    print(f"  one 1 MB document costs {joined / apart:.2f}x the {count} documents it joins, each processed alone "
          f"(target 1.3x)")

    with tempfile.TemporaryDirectory() as tmp:
        corpus_path = Path(tmp) / "corpus.jsonl"
        write_jsonl(corpus_path, corpus, megabytes * 1.3)  # about the corpus (JSON escapes add the rest)
        cpu_before = _children_cpu()
        one = _cli(["extract", "--format", "jsonl", "--jobs", "1", str(corpus_path)])
        cpu_one = _children_cpu() - cpu_before
        two = _cli(["extract", "--format", "jsonl", "--jobs", "2", str(corpus_path)])
        cpu_two = _children_cpu() - cpu_before - cpu_one
        print(f"rasid extract --format jsonl on the corpus: --jobs 1 {one:.1f} s ({n / one:.0f} docs/s), "
              f"--jobs 2 {two:.1f} s ({n / two:.0f} docs/s): {one / two:.2f}x (target 1.8x); CPU seconds "
              f"{cpu_one:.1f} and {cpu_two:.1f} (on a busy machine the wall ratio is low: compare CPU)")
        halves = [Path(tmp) / "first.jsonl", Path(tmp) / "second.jsonl"]
        for half, docs in zip(halves, (corpus[: n // 2], corpus[n // 2:])):
            write_jsonl(half, docs, sum(len(d["text"].encode("utf-8")) for d in docs) / 1e6 * 1.3)
        pair = side_by_side([["extract", "--format", "jsonl", "--jobs", "1", str(half)] for half in halves])
        print(f"  the machine's own ceiling: two --jobs 1 runs on the two halves side by side take {pair:.1f} s, "
              f"{one / pair:.2f}x one run on the whole, so --jobs 2 reaches {pair / two:.0%} of what two cores give here")

        sample = Path(tmp) / "one.txt"
        sample.write_text(corpus[0]["text"], encoding="utf-8")
        args = ["extract", "--format", "jsonl", "--published", "2025-03-02", str(sample)]
        uncached = min(_cli(args, cache_dir="off") for _ in range(3))
        building = _cli(args, cache_dir=str(Path(tmp) / "cache"))
        cached = min(_cli(args, cache_dir=str(Path(tmp) / "cache")) for _ in range(3))
        t_import = min(_import_seconds() for _ in range(3))
        print(f"cold start to the first record (rasid extract, one text file): first run {building:.2f} s "
              f"(writes the lexicon cache), later runs {cached:.2f} s, without the cache {uncached:.2f} s "
              f"(target 0.3 s); import rasid {t_import * 1000:.0f} ms")

        for mb in sorted({min(10.0, rss_mb), rss_mb}):
            big = Path(tmp) / f"big-{mb:.0f}.jsonl"
            docs = write_jsonl(big, corpus, mb)
            rss = peak_rss(["extract", "--format", "jsonl", "--jobs", "1", str(big)])
            print(f"peak RSS on a {mb:.0f} MB JSONL ({docs} docs): {rss:.0f} MB")
            big.unlink()
    return 0


IMPORT = "import sys, time; t = time.perf_counter(); import rasid; print(time.perf_counter() - t)"


def _import_seconds() -> float:
    out = subprocess.run([sys.executable, "-c", IMPORT], check=True, capture_output=True, text=True, cwd=REPO,
                         env=_child_env())
    return float(out.stdout.strip())


if __name__ == "__main__":
    raise SystemExit(main())
