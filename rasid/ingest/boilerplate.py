"""Trailing boilerplate: CMS footers, related-link lists, share prompts and the outlet's sign-off line.

Only the end of a text is ever cut, so every offset into the remaining body is unchanged."""
from __future__ import annotations

import re

_A = "[اأإآ]"
_FOOTER = re.compile(
    rf"""^[\s\-–—•*|>«"]*(?:
        التعليقات\s+مغلقة | (?:جميع|كل)\s+الحقوق\s+محفوظة | الحقوق\s+محفوظة | حقوق\s+النشر | ©
      | copyright | all\s+rights\s+reserved
      | شارك(?:وا)?(?:\s*[:：]|\s*$|\s+(?:هذا|هذه|المقال|الخبر|على|عبر|الموضوع)\b)
      | مشاركة\s*(?:[:：]|على|عبر|$) | انشر\s+(?:على|عبر|الخبر|المقال) | share\b
      | تابع(?:ونا|وا|ني)?\s+(?:على|عبر|قناتنا|صفحتنا|حسابنا|آخر|اخر) | {_A}شترك | انضم(?:وا)?\s+{_A}لى
      | {_A}لوسوم | كلمات\s+مفتاحية | {_A}لكلمات\s+{_A}لدلالية | tags?\s*:
      | تاريخ\s+(?:النشر|الإضافة|الاضافة|التحديث) | نشر\s+بتاريخ | {_A}خر\s+تحديث
      | رابط\s+مختصر | طباعة\s*$ | {_A}رسل\s+لصديق | للمزيد\s+من\s+{_A}لأخبار | {_A}ضغط\s+هنا
    )""",
    re.I | re.X,
)
_RELATED = re.compile(
    rf"^[\s\-–—•*|]*(?:{_A}قر{_A}\s+(?:{_A}يضا|{_A}يضاً|المزيد)|مواضيع\s+ذات\s+صلة|{_A}خبار\s+ذات\s+صلة"
    rf"|مقالات\s+ذات\s+صلة|ذات\s+صلة\s*[:：]|قد\s+يهمك|شاهد\s+{_A}يضا|{_A}لمزيد\s+من\s+{_A}لأخبار)",
)
_SOCIAL = re.compile(
    r"^(?:[\s\-–—•|,،/]*(?:فيسبوك|فيس\s*بوك|تويتر|إكس|واتساب|واتس\s*اب|تلغرام|تيليجرام|تليجرام|انستغرام"
    r"|إنستغرام|يوتيوب|لينكدإن|facebook|twitter|whatsapp|telegram|instagram|youtube|linkedin|x|email|"
    r"البريد\s+الإلكتروني)\b)+[\s\-–—•|,،/]*$",
    re.I,
)
_SOURCE_LINE = re.compile(r"^\s*المصدر\s*[:：\-–]\s*(.+?)\s*$")
_SENTENCE_MARKS = re.compile(r"[.!?؟،,؛;:«»\"“”()\[\]…]|\d")
_NOT_SIGNOFFS = {"انتهى", "يتبع", "تابع", "النهاية"}
_PARTICLES = set(
    "في من على إلى الى عن مع بعد قبل عند حتى منذ خلال أن إن ان لا لم لن قد ما هذا هذه ذلك تلك التي الذي الذين "
    "حيث ثم أو او بين دون ضد نحو لدى كان كانت هو هي هم وقد ولم ولا وفي ومن وعلى كما".split()
)
_VERBS = set(
    "قتل قتلت أصيب اصيب أصيبت سقط سقطت أكد أكدت قال قالت أفاد أفادت أعلن أعلنت تم جرى وقع وقعت انفجر انفجرت "
    "اندلع اندلعت اندلعت شن شنت نفذ نفذت استهدف استهدفت تعرض تعرضت هاجم هاجمت لقي لقيت نجا أسفر أسفرت "
    "يذكر يشار تجدر وأضاف وأضافت وأكد وأكدت وقال وقالت".split()
)
_PREVIOUS_ENDS = tuple('.!?؟…"”»)')
_MAX_FOOTER_WORDS = 30
_MAX_FOOTER_CHARS = 400  # a line longer than this (one huge word, say) is text, not a footer
_MAX_RELATED_WORDS = 16
_MAX_RELATED_LINES = 12
_MAX_SIGNOFF_WORDS = 4
_MAX_SIGNOFF_CHARS = 40
_TAIL_CHARS = 65536  # boilerplate is looked for in the last lines only


def _lines(text: str, start: int = 0) -> list[tuple[int, str]]:
    """Each line of ``text[start:]`` with its start offset in ``text``."""
    out = []
    for line in text[start:].splitlines(keepends=True):
        out.append((start, line.rstrip("\r\n")))
        start += len(line)
    return out


def _is_footer(line: str) -> bool:
    """True for a CMS footer / share / follow-us line."""
    if len(line) > _MAX_FOOTER_CHARS:
        return False
    if _SOCIAL.match(line):
        return True
    return bool(_FOOTER.match(line)) and len(line.split()) <= _MAX_FOOTER_WORDS


def _related_block_start(lines: list[tuple[int, str]], last: int) -> int | None:
    """Index of an «اقرأ أيضاً»-style header heading a run of short lines that ends at ``last``."""
    seen = 0
    for k in range(last, -1, -1):
        line = lines[k][1]
        if not line.strip():
            continue
        if _RELATED.match(line):
            return k
        seen += 1
        if seen > _MAX_RELATED_LINES or len(line.split()) > _MAX_RELATED_WORDS:
            return None
    return None


def signoff_name(line: str) -> str | None:
    """The outlet named by a sign-off line («نورث بالس», «المصدر: وكالات»), or None for a real sentence."""
    line = line.strip().strip("-–—").strip()
    if m := _SOURCE_LINE.match(line):
        line = m[1]
        words = line.split()
        return line if 0 < len(words) <= _MAX_SIGNOFF_WORDS + 1 else None
    words = line.split()
    if not 1 <= len(words) <= _MAX_SIGNOFF_WORDS or len(line) > _MAX_SIGNOFF_CHARS:
        return None
    if _SENTENCE_MARKS.search(line) or line in _NOT_SIGNOFFS or not any(c.isalpha() for c in line):
        return None
    if words[0] in _VERBS or any(w in _PARTICLES for w in words):
        return None
    return line


def _ends_sentence(lines: list[tuple[int, str]]) -> bool:
    """True when the last non-blank line of ``lines`` ends with sentence punctuation."""
    for _, line in reversed(lines):
        if line.strip():
            return line.rstrip().endswith(_PREVIOUS_ENDS)
    return False


def split_boilerplate(text: str) -> tuple[str, str | None]:
    """(body, outlet sign-off or None): trailing boilerplate cut off; ``body`` is a prefix of ``text``.

    Only the tail of a long text is split into lines (the whole text when the tail is all boilerplate)."""
    if len(text) > _TAIL_CHARS and (start := text.rfind("\n", 0, len(text) - _TAIL_CHARS) + 1):
        if found := _split(text, start):
            return found
    return _split(text, 0) or (text, None)  # from the first line on there is always an answer


def _split(text: str, start: int) -> tuple[str, str | None] | None:
    """``split_boilerplate`` looking only at the lines from offset ``start``; None when it needs more."""
    lines = _lines(text, start)
    cut, i = len(text), len(lines) - 1
    while i >= 0:
        offset, line = lines[i]
        if not line.strip():
            i -= 1
        elif _is_footer(line):
            cut, i = offset, i - 1
        elif (k := _related_block_start(lines, i)) is not None:
            cut, i = lines[k][0], k - 1
        else:
            break
    if start and i < 1:
        return None
    signoff = None
    if _ends_sentence(lines[:i]):
        signoff = signoff_name(lines[i][1])
        if signoff:
            cut = lines[i][0]
    if cut == len(text):
        return text, None
    return text[:cut].rstrip(), signoff
