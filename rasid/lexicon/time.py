"""Date expressions in folded Arabic text, resolved against the publication date.

The text is already folded (``rasid.text.fold``). Vocabulary lives in ``rasid/data/time.yaml`` (folded on
load); the grammar is one compiled pattern with a named branch per expression family. Conventions
(night spans → first day, last week → Wednesday of the previous Sunday–Saturday week, a month → the 15th,
«أواخر» → the last day…) are documented in ``rasid/data/TIME_AND_NUMBERS.md``.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from hijridate import Gregorian, Hijri

from rasid.lexicon.cache import cached_patterns
from rasid.lexicon.numbers import alternation, fold_key, load_yaml, normalize_spaces, parse_number

KINDS = ("absolute", "weekday", "relative_day", "relative_span", "month", "year", "sequence", "future", "since")
DAY, WEEK, MONTH = 1, 2, 3
LAST = 0  # month_parts value for "the last day of the month"
YEAR = r"(?:1[3-9]|20)\d\d"  # 1300–2099: Gregorian and Hijri years
DATELINE_CHARS = 160  # how far into a report its dateline may give the day


@dataclass(slots=True, frozen=True)
class TimeMention:
    """A date expression: ``start:end`` indexes the folded text; ``date`` is None when unresolved."""

    start: int
    end: int
    text: str
    date: dt.date | None
    precision: int | None
    kind: str
    future: bool = False
    offset_days: int | None = None
    year: int | None = None


class _TimeLexicon:
    """The folded time vocabulary."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.months = {fold_key(n): ("g", int(m)) for m, names in data["months"].items() for n in names}
        self.months.update({fold_key(n): ("h", int(m)) for m, names in data["hijri_months"].items() for n in names})
        self.ambiguous_months = {fold_key(n) for n in data["ambiguous_months"]}
        self.month_cues = data["month_cues"]
        self.weekdays = {fold_key(n): int(d) for d, names in data["weekdays"].items() for n in names}
        self.qualifiers = {fold_key(w): kind for kind, words in data["qualifiers"].items() for w in words}
        self.day_parts = data["day_parts"]
        self.relative_days = {fold_key(k): int(v) for k, v in data["relative_days"].items()}
        self.future_days = {fold_key(k): int(v) for k, v in data["future_days"].items()}
        self.month_parts = {fold_key(k): (LAST if v == "last" else int(v)) for k, v in data["month_parts"].items()}
        self.spans = {fold_key(k): (int(v[0]), int(v[1])) for k, v in data["relative_spans"].items()}
        self.ago_units = {fold_key(k): (int(v[0]), int(v[1])) for k, v in data["ago_units"].items()}
        self.ago_words = data["ago_words"]
        self.ago_default = int(data["ago_default_count"])
        self.period_nouns = {fold_key(w): noun for noun, key in (("week", "week_nouns"), ("month", "month_nouns"),
                                                                 ("year", "year_nouns")) for w in data[key]}
        self.this_words = data["this_words"]
        self.year_cues = data["year_cues"]
        self.year_suffixes = data["year_suffixes"]
        self.sequence = {fold_key(k): int(v) for k, v in data["sequence"].items()}
        self.since_starts = data["since_starts"]
        self.ordinals = {fold_key(n): int(d) for d, names in data["day_ordinals"].items() for n in names}
        self.duration_words = {fold_key(w) for w in data["duration_words"]}


@lru_cache(maxsize=1)
def lexicon() -> _TimeLexicon:
    """The time lexicon, loaded once."""
    return _TimeLexicon(load_yaml("time.yaml"))


def month_alternation() -> str:
    """A regex alternation of every month name (used by the number finder to skip day numbers)."""
    return alternation(lexicon().months)


def _day_date(t: str, lx: _TimeLexicon) -> str:
    """Day number or ordinal + month (+ year): «15 آذار 2025», «الخامس عشر من شباط/فبراير»."""
    month = alternation(lx.months)
    return (rf"(?:(?P<{t}dn>[0-3]?\d)|(?P<{t}do>{alternation(lx.ordinals)}))\s*(?:من\s+)?(?:شهر\s+)?"
            rf"(?P<{t}mo>{month})(?:\s*[/(]\s*(?:{month})\s*\)?)?(?!\w)" + _year_tail(t, lx))


def _year_tail(t: str, lx: _TimeLexicon) -> str:
    """An optional year after a month: «، عام 2025 م»."""
    return (rf"(?:\s*[,،]?\s*(?:(?:من\s+)?(?:{alternation(lx.year_cues)})\s+)?(?P<{t}yr>{YEAR}|\d{{5,}})(?!\d)"
            rf"(?:\s*(?:{alternation(lx.year_suffixes)})(?!\w))?)?")


def _build_pattern(lx: _TimeLexicon) -> re.Pattern[str]:
    """The grammar: one named branch per family, most specific first (alternation order decides ties)."""
    conj = r"(?:و|ف)?"
    dp = alternation(lx.day_parts)
    wd = rf"(?:{alternation(lx.weekdays)})(?!\w)(?!\s+عشر)"
    qual = rf"(?:{alternation(lx.qualifiers)})(?!\w)"
    rel = alternation(list(lx.relative_days) + list(lx.future_days))
    month = alternation(lx.months)
    parts = alternation(lx.month_parts)
    nouns = alternation(lx.period_nouns)
    num = r"\d{1,3}|" + alternation(_count_words())
    year_cue = alternation(lx.year_cues)
    # a bare year needs a year suffix, punctuation or the end of the text after it («في 2014،»)
    year_end = rf"\s*(?:{alternation(lx.year_suffixes)})(?!\w)|\s*(?:[^\w\s]|$)"
    branches = {
        "after": rf"{conj}بعد\s+(?:(?P<aftn>{num})\s+)?(?P<aftu>{alternation(lx.ago_units)})(?!\w)",
        "seq": (rf"{conj}(?:(?:في|علي|خلال)\s+)?(?:(?:في\s+)?وقت\s+(?:سابق|لاحق|مبكر|متاخر)\s+من\s+)?"
                rf"(?:(?:{dp})\s+)?(?P<seq>{alternation(lx.sequence)})(?!\w)"),
        "since": (rf"{conj}منذ\s+(?:{alternation(lx.since_starts)})\s+(?P<sn>{nouns})(?!\w)(?:\s+{qual})?"
                  rf"(?:\s+(?P<syr>{YEAR})(?!\d))?"),
        "night": (rf"{conj}(?:(?:في\s+)?ساعات\s+(?:متاخره\s+)?من\s+)?(?:ليل|ليله)\s+(?P<n1>{wd})"
                  rf"\s*(?:[-–—/]|علي|الي)?\s*(?:و)?(?P<n2>{wd})"),
        "span": (rf"{conj}(?:(?:في|خلال|طيله|طوال|علي\s+مدي|علي\s+مدار)\s+)?"
                 rf"(?P<span>{alternation(lx.spans)})(?!\w)"),
        "period": (rf"{conj}(?:(?:في|خلال|طيله|طوال)\s+)?(?:(?P<pp>{parts})\s+|(?P<pthis>"
                   rf"{alternation(lx.this_words)})\s+|(?=(?:{nouns})\s+{qual}))(?P<pn>{nouns})(?!\w)"
                   rf"(?:\s+(?P<pq>{qual}))?"),
        "ago": (rf"{conj}(?P<ago>{alternation(lx.ago_words)})\s+(?:(?P<agon>{num})\s+)?"
                rf"(?P<agou>{alternation(lx.ago_units)})(?!\w)"),
        "rel": (rf"{conj}(?:(?:{dp})\s+)?(?P<rel>{rel})(?!\w)(?:\s*[(،,]?\s*(?P<rwd>{wd})(?:\s*\))?)?"
                rf"(?:\s*[,،(]?\s*(?:الموافق\s+)?{_day_date('r', lx)})?"),
        "wd": (rf"{conj}(?:(?:{dp})\s+)?(?:يوم\s+)?(?P<wd>{wd})(?:\s+(?P<wdq>{qual}))?"
               rf"(?:\s*[,،(]?\s*(?:الموافق\s+)?{_day_date('w', lx)})?"),
        "date": rf"(?:و|ف|ب)?(?:(?:{dp})\s+)?(?:(?:يوم|في)\s+)?{_day_date('d', lx)}",
        "numeric": (r"(?P<nd>\d{1,2})(?P<sep>[/.\-])(?P<nm>\d{1,2})(?P=sep)(?P<ny>\d{4})(?!\d)"
                    r"|(?P<iy>\d{4})(?P<isep>[/.\-])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})(?!\d)"),
        "month": (rf"{conj}(?:(?P<mcue>{alternation(lx.month_cues)})\s+)?(?:(?P<mp>{parts})\s+)?"
                  rf"(?:(?P<mshahr>شهر)\s+)?(?P<mo>{month})(?:\s*[/(]\s*(?:{month})\s*\)?)?(?!\w)"
                  rf"(?:\s+(?P<mq>{qual}))?" + _year_tail("m", lx)),
        "year": (rf"{conj}(?:(?P<ycue>منذ|في|خلال|حتي|قبل|بعد)\s+|(?=(?:{year_cue})\s+)"
                 rf"|(?=\d{{4}}(?:{year_end})))(?:(?:{year_cue})\s+)?(?P<yr>(?:19|20)\d\d)(?!\d)"
                 rf"(?:\s*(?:{alternation(lx.year_suffixes)})(?!\w))?"),
    }
    trigger = rf"(?=(?:و|ف|ب)?(?:\d|(?:{alternation(_first_words(lx))})(?!\w)))"
    # a day glued to a Latin name by a scraped byline («Sami Kareem11 آذار 2025») still opens a date
    return re.compile(rf"(?:(?<![\w.])|(?<=[a-z]{{3}})(?=\d)){trigger}(?:" + "|".join(f"(?P<b_{k}>{v})" for k, v in branches.items()) + ")")


def _first_words(lx: _TimeLexicon) -> list[str]:
    """Every word a date expression can open with: a cheap look-ahead tried before the branches."""
    fixed = ["في", "علي", "خلال", "وقت", "منذ", "ليل", "ليله", "ساعات", "طيله", "طوال", "يوم", "شهر"]
    lists = [lx.day_parts, lx.sequence, lx.spans, lx.month_parts, lx.this_words, lx.period_nouns,
             lx.ago_words, lx.relative_days, lx.future_days, lx.weekdays, lx.month_cues, lx.months,
             lx.year_cues, lx.ordinals]
    return fixed + [fold_key(p).split()[0] for words in lists for p in words]


def _count_words() -> list[str]:
    """Number words 1..10 for «منذ ثلاثة أيام» (from numbers.yaml)."""
    return [w for forms in load_yaml("numbers.yaml")["units"].values() for w in forms]


_BARE_PLURALS = frozenset({"ايام", "اسابيع", "اشهر"})
_SINCE_BEFORE = re.compile(r"(?<!\w)(?:و|ف)?منذ\s+$")


@lru_cache(maxsize=1)
def pattern() -> re.Pattern[str]:
    """The compiled grammar, built once (its compiled program kept in the lexicon cache)."""
    return cached_patterns("dates", lambda: [_build_pattern(lexicon())])[0]


# ---------------------------------------------------------------- calendar helpers

def weekday_on_or_before(published: dt.date, weekday: int, strict: bool = False) -> dt.date:
    """The latest ``weekday`` on or before ``published`` (strictly before when ``strict``)."""
    delta = (published.weekday() - weekday) % 7
    return published - dt.timedelta(days=delta or (7 if strict else 0))


def weekday_after(published: dt.date, weekday: int) -> dt.date:
    """The next ``weekday`` strictly after ``published``."""
    return published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)


def week_sunday(day: dt.date) -> dt.date:
    """The Sunday that opens the Sunday–Saturday week of ``day``."""
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def _month_day(year: int, month: int, part: int | None) -> dt.date:
    """A month's representative day: the 15th, or a month part's day (LAST = last day)."""
    day = 15 if part is None else part
    return dt.date(year, month, calendar.monthrange(year, month)[1] if day == LAST else day)


def _hijri_to_date(year: int, month: int, day: int | None) -> dt.date | None:
    """A Hijri day (None = the month's last day) as a Gregorian date; None outside hijridate's range."""
    try:
        if day is None:
            day = Hijri(year, month, 1).month_length()
        return dt.date(*Hijri(year, month, day).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


def _year_value(digits: str) -> int:
    """A written year as a number; 0 (no valid year) for an impossible one such as «99999»."""
    return int(digits) if len(digits) == 4 else 0


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _resolve_day_month(cal: str, month: int, day: int, year: int | None, published: dt.date | None) -> dt.date | None:
    """Day + month (+ year); without a year, the latest such day on or before ``published``."""
    if cal == "h":
        return _resolve_hijri(month, day, year, published)
    if year is not None:
        return _safe_date(year, month, day)
    if published is None:
        return None
    for y in (published.year, published.year - 1):
        found = _safe_date(y, month, day)
        if found is not None and found <= published:
            return found
    return None


def _resolve_hijri(month: int, day: int | None, year: int | None, published: dt.date | None) -> dt.date | None:
    """A Hijri day of month (None = last day); without a year, the latest one on or before ``published``."""
    if year is not None:
        return _hijri_to_date(year, month, day)
    if published is None:
        return None
    try:
        hyear = Gregorian(published.year, published.month, published.day).to_hijri().year
    except (ValueError, OverflowError):
        return None
    for y in (hyear, hyear - 1):
        found = _hijri_to_date(y, month, day)
        if found is not None and found <= published:
            return found
    return None


# ---------------------------------------------------------------- branch resolvers

@dataclass(slots=True)
class _Found:
    """What a branch resolver returns; the caller adds the span."""

    kind: str
    date: dt.date | None = None
    precision: int | None = None
    future: bool = False
    offset_days: int | None = None
    year: int | None = None


def _shift(published: dt.date | None, days: int) -> dt.date | None:
    return None if published is None else published + dt.timedelta(days=days)


def _explicit_day(m: re.Match[str], t: str, lx: _TimeLexicon, published: dt.date | None) -> dt.date | None:
    """The date of an embedded «15 آذار 2025» fragment with group prefix ``t``, if present."""
    mo = m.group(t + "mo")
    if mo is None:
        return None
    cal, month = lx.months[normalize_spaces(mo)]
    day = int(m.group(t + "dn")) if m.group(t + "dn") else lx.ordinals[normalize_spaces(m.group(t + "do"))]
    year = _year_value(m.group(t + "yr")) if m.group(t + "yr") else None
    return _resolve_day_month(cal, month, day, year, published)


def _dated(found: _Found, published: dt.date | None) -> _Found:
    """Mark an explicit date after ``published`` as future."""
    if published is not None and found.date is not None and found.date > published:
        found.kind, found.future = "future", True
    return found


def _r_after(m: re.Match[str], lx: _TimeLexicon, published: dt.date | None) -> _Found | None:
    """«بعد ثلاثة أيام», «بعد أسبوعين»: that many days after the day named before (a sequence); «بعد أيام»
    gives no count."""
    unit = normalize_spaces(m.group("aftu"))
    days, _ = lx.ago_units[unit]
    count = parse_number(m.group("aftn")) if m.group("aftn") else None
    if count is None and unit in _BARE_PLURALS:
        return None
    return _Found("sequence", offset_days=days * (count or 1))


def _r_seq(m: re.Match[str], lx: _TimeLexicon, published: dt.date | None) -> _Found:
    return _Found("sequence", offset_days=lx.sequence[normalize_spaces(m.group("seq"))])


def _r_since(m: re.Match[str], lx: _TimeLexicon, published: dt.date | None) -> _Found:
    """«منذ مطلع العام/الشهر/الأسبوع»: the start of that period."""
    noun = lx.period_nouns[m.group("sn")]
    year = int(m.group("syr")) if m.group("syr") else (published.year if published else None)
    if noun == "year":
        return _Found("since", None if year is None else dt.date(year, 1, 1), MONTH, year=year)
    if published is None:
        return _Found("since")
    if noun == "month":
        return _Found("since", published.replace(day=1), MONTH)
    return _Found("since", week_sunday(published), WEEK)


def _r_night(m: re.Match[str], lx: _TimeLexicon, published: dt.date | None) -> _Found:
    """«ليل السبت – الأحد»: the first day of the night span."""
    first = lx.weekdays[m.group("n1")]
    return _Found("weekday", None if published is None else weekday_on_or_before(published, first), DAY)


def _r_span(m: re.Match[str], lx: _TimeLexicon, published: dt.date | None) -> _Found:
    offset, precision = lx.spans[normalize_spaces(m.group("span"))]
    return _Found("relative_span", _shift(published, offset), precision)


def _r_period(m: re.Match[str], lx: _TimeLexicon, published: dt.date | None) -> _Found:
    """الأسبوع/الشهر/العام + الماضي/الجاري/المقبل, «هذا الشهر», «مطلع الشهر»."""
    noun = lx.period_nouns[m.group("pn")]
    when = lx.qualifiers.get(m.group("pq") or "", "current")
    future = when == "future"
    kind = "future" if future else ("relative_span" if noun != "year" else "year")
    if published is None:
        return _Found(kind, future=future)
    step = {"past": -1, "current": 0, "future": 1}[when]
    if noun == "year":
        return _Found(kind, future=future, year=published.year + step)
    if noun == "week":
        wednesday = week_sunday(published) + dt.timedelta(days=3 + 7 * step)
        return _Found(kind, wednesday if future else min(wednesday, published), WEEK, future)
    year, month = divmod(published.year * 12 + published.month - 1 + step, 12)
    part = lx.month_parts[normalize_spaces(m.group("pp"))] if m.group("pp") else None
    day = _month_day(year, month + 1, part)
    return _Found(kind, day if future else min(day, published), MONTH, future)


def _r_ago(m: re.Match[str], lx: _TimeLexicon, published: dt.date | None) -> _Found:
    """«منذ يومين», «قبل ثلاثة أيام», «قبل أسبوع», «منذ أيام»."""
    days, precision = lx.ago_units[normalize_spaces(m.group("agou"))]
    count = parse_number(m.group("agon")) if m.group("agon") else None
    kind = "relative_span"
    if count is None and m.group("agou") in _BARE_PLURALS:
        count, precision = lx.ago_default, max(precision, WEEK)
        kind = "since" if m.group("ago") == "منذ" else kind
    return _Found(kind, _shift(published, -days * (count or 1)), precision)


def _r_rel(m: re.Match[str], lx: _TimeLexicon, published: dt.date | None) -> _Found:
    """«أمس», «فجر اليوم الأحد», «أمس السبت 1 من آذار», «غداً»: the relative word wins over a weekday."""
    word = normalize_spaces(m.group("rel"))
    if word.startswith("من ") and m.string[max(0, m.start() - 10):m.start()].split()[-1:] in (
            [w] for w in lx.duration_words):
        return None  # «استمرت لأكثر من ساعتين» is how long, not «two hours ago»
    explicit = _explicit_day(m, "r", lx, published)
    if explicit is not None and published is not None and explicit > published:
        explicit = None
    if word in lx.future_days:
        return _Found("future", explicit or _shift(published, lx.future_days[word]), DAY, True)
    return _Found("relative_day", explicit or _shift(published, lx.relative_days[word]), DAY)


def _r_wd(m: re.Match[str], lx: _TimeLexicon, published: dt.date | None) -> _Found:
    """«الأربعاء», «يوم الخميس الماضي», «السبت المقبل», «الأربعاء 30 من نيسان»."""
    explicit = _explicit_day(m, "w", lx, published)
    if explicit is not None:
        return _dated(_Found("weekday", explicit, DAY), published)
    weekday = lx.weekdays[m.group("wd")]
    when = lx.qualifiers.get(m.group("wdq") or "")
    if when == "future":
        return _Found("future", None if published is None else weekday_after(published, weekday), DAY, True)
    if published is None:
        return _Found("weekday", None, DAY)
    return _Found("weekday", weekday_on_or_before(published, weekday, strict=when == "past"), DAY)


def _r_date(m: re.Match[str], lx: _TimeLexicon, published: dt.date | None) -> _Found:
    return _dated(_Found("absolute", _explicit_day(m, "d", lx, published), DAY), published)


def _r_numeric(m: re.Match[str], lx: _TimeLexicon, published: dt.date | None) -> _Found:
    """«15/3/2025», «15.03.2025», «2025-03-15» (a first field > 12 with a second ≤ 12 stays day-first)."""
    if m.group("iy"):
        year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    else:
        day, month, year = int(m.group("nd")), int(m.group("nm")), int(m.group("ny"))
        if month > 12 >= day:
            day, month = month, day
    return _dated(_Found("absolute", _safe_date(year, month, day), DAY), published)


def _r_month(m: re.Match[str], lx: _TimeLexicon, published: dt.date | None) -> _Found | None:
    """«في تموز الماضي», «أواخر آذار», «شهر نيسان الجاري», «آذار 2019», «رمضان 1446»."""
    name = normalize_spaces(m.group("mo"))
    cal, month = lx.months[name]
    when = lx.qualifiers.get(m.group("mq") or "")
    year = _year_value(m.group("myr")) if m.group("myr") else None
    strong = m.group("mp") or m.group("mshahr") or when or year
    if not strong and (name in lx.ambiguous_months or cal == "h") and not m.group("mcue"):
        return None
    part = lx.month_parts[normalize_spaces(m.group("mp"))] if m.group("mp") else None
    if cal == "h":
        return _hijri_month(month, part, year, when, published)
    if year is None and published is not None:
        year = _month_year(month, when, published)
    if year is None:
        return _Found("month", precision=MONTH)
    day = _month_day(year, month, part)
    future = when == "future" or (published is not None and (year, month) > (published.year, published.month))
    if future:
        return _Found("future", day, MONTH, True)
    return _Found("month", day if published is None else min(day, published), MONTH)


def _month_year(month: int, when: str | None, published: dt.date) -> int:
    """The year of a month named without one: current month, the last past one, or the next one."""
    if when == "current":
        return published.year
    if when == "future":
        return published.year if month > published.month else published.year + 1
    if when == "past":
        return published.year if month < published.month else published.year - 1
    return published.year if month <= published.month else published.year - 1


def _hijri_month(month: int, part: int | None, year: int | None, when: str | None,
                 published: dt.date | None) -> _Found:
    """A Hijri month without a day: its 15th (or part), resolved like a Gregorian month."""
    hday = None if part == LAST else (15 if part is None else part)
    date = _resolve_hijri(month, hday, year, published)
    future = when == "future" or (published is not None and date is not None and date > published)
    return _Found("future" if future else "month", date, MONTH, future)


def _r_year(m: re.Match[str], lx: _TimeLexicon, published: dt.date | None) -> _Found:
    year = int(m.group("yr"))
    future = published is not None and year > published.year
    return _Found("future" if future else "year", future=future, year=year)


_RESOLVERS: dict[str, Callable[[re.Match[str], _TimeLexicon, dt.date | None], _Found | None]] = {
    "after": _r_after, "seq": _r_seq, "since": _r_since, "night": _r_night, "span": _r_span, "period": _r_period, "ago": _r_ago,
    "rel": _r_rel, "wd": _r_wd, "date": _r_date, "numeric": _r_numeric, "month": _r_month, "year": _r_year,
}


def _since_start(folded: str, start: int, m: re.Match[str]) -> int | None:
    """The start of a «منذ» just before (or opening) the mention, or None."""
    if m.group("mcue") == "منذ" or m.group("ycue") == "منذ":
        return start
    before = _SINCE_BEFORE.search(folded, max(0, start - 8), start)
    return before.start() if before else None


@lru_cache(maxsize=1)
def day_of_month_pattern() -> re.Pattern[str]:
    """«يوم 9 من الشهر نفسه»، «في التاسع من الشهر الجاري»، «الخامس من الشهر الماضي»."""
    lx = lexicon()
    return re.compile(rf"(?<![\w.])(?:يوم\s+)?(?:(?P<dn>[0-3]?\d)|(?P<do>{alternation(lx.ordinals)}))\s+من\s+"
                      r"(?:هذا\s+)?الشهر\s+(?P<which>الجاري|الحالي|نفسه|ذاته|الماضي|الفايت|المنصرم|السابق)")


def _days_of_month(folded: str, published: dt.date | None) -> list[TimeMention]:
    lx = lexicon()
    out: list[TimeMention] = []
    if "الشهر" not in folded:
        return out  # each of them names «الشهر»
    for m in day_of_month_pattern().finditer(folded):
        day = int(m.group("dn")) if m.group("dn") else lx.ordinals[normalize_spaces(m.group("do"))]
        date = None
        if published is not None:
            year, month = published.year, published.month
            if m.group("which") in ("الماضي", "الفايت", "المنصرم", "السابق"):
                year, month = (year - 1, 12) if month == 1 else (year, month - 1)
            if 1 <= day <= calendar.monthrange(year, month)[1]:
                date = dt.date(year, month, day)
            if date is not None and date > published:
                date = None
        out.append(TimeMention(m.start(), m.end(), m.group(), date, 1, "absolute"))
    return out


def weekdays_named(folded: str) -> set[int]:
    """The weekdays (0 = Monday) a folded date text names, whatever their spelling («الإثنين», «الاتنين»)."""
    names = lexicon().weekdays
    return {names[hit] for hit in _weekday_pattern().findall(folded)}


@lru_cache(maxsize=1)
def _weekday_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(lexicon().weekdays)})(?!\w)")


def find_dates(folded: str, published: dt.date | None) -> list[TimeMention]:
    """Every date expression in ``folded``, resolved against ``published`` (None leaves relative ones open)."""
    lx = lexicon()
    found: list[TimeMention] = _days_of_month(folded, published)
    taken = [(t.start, t.end) for t in found]
    for m in pattern().finditer(folded):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue  # «من الشهر الجاري» already read as part of a day of the month
        branch = m.lastgroup[2:]
        res = _RESOLVERS[branch](m, lx, published)
        if res is None:
            continue
        start = m.start()
        since = _since_start(folded, start, m) if branch not in ("after", "seq", "span", "ago", "since") else None
        if since is not None and not res.future and branch != "rel":
            res.kind, start = "since", since  # «منذ مطلع الشهر»; but «منذ مساء أمس» dates the fighting to yesterday
        found.append(TimeMention(start, m.end(), folded[start:m.end()], res.date, res.precision,
                                 res.kind, res.future, res.offset_days, res.year))
    return sorted(found, key=lambda t: t.start)


def dateline_date(folded: str, lines: int = 2) -> dt.date | None:
    """The full date a dateline or a post's first lines give («جالكعيو، 3 مارس 2026 –»), the day a report
    without a publication date was written; None when they give none."""
    head = "\n".join(folded.split("\n")[:lines])[:DATELINE_CHARS]
    return next((t.date for t in find_dates(head, None)
                 if t.date is not None and t.precision == 1 and t.kind == "absolute"), None)
