"""Publication dates: normalise metadata date strings and find dates printed on a page."""
from __future__ import annotations

import datetime as dt
import re

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

_MONTHS: dict[str, int] = {
    # Levantine / Iraqi
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10, "تشرين الاول": 10,
    "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
    # Egyptian / Gulf
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
    # Maghreb
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
}
_MONTH_ALT = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_NAMED_DATE = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?({_MONTH_ALT})(?![\u0621-\u064A])"
    rf"(?:\s*[/(\-–]\s*(?:{_MONTH_ALT})\s*\)?)?\s*[,،]?\s*(?:عام\s+|سنة\s+)?(\d{{4}})(?!\d)"
)
_YMD = re.compile(r"(?<!\d)(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?!\d)")


def _valid(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` when the triple is a real calendar date in a plausible range, else None."""
    if not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_visible_date(text: str) -> str | None:
    """The first date printed in ``text`` («24 نيسان 2025», «2025/04/24», «24/04/2025»), as YYYY-MM-DD."""
    text = text.translate(_DIGITS)
    found: list[tuple[int, str]] = []
    for m in _NAMED_DATE.finditer(text):
        if iso := _valid(int(m[3]), _MONTHS[m[2]], int(m[1])):
            found.append((m.start(), iso))
            break
    for m in _YMD.finditer(text):
        if iso := _valid(int(m[1]), int(m[3]), int(m[4])):
            found.append((m.start(), iso))
            break
    for m in _DMY.finditer(text):
        if iso := _valid(int(m[4]), int(m[3]), int(m[1])):
            found.append((m.start(), iso))
            break
    return min(found)[1] if found else None


def normalise_date(value: object) -> str | None:
    """A metadata date (ISO 8601, RFC 822, or a written date) as YYYY-MM-DD, keeping the date as written."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip().translate(_DIGITS)
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return _valid(parsed.year, parsed.month, parsed.day)
    except ValueError:
        pass
    from email.utils import parsedate  # only for a date that is not ISO: the email package is slow to import

    if rfc := parsedate(value):
        return _valid(rfc[0], rfc[1], rfc[2])
    return find_visible_date(value)
