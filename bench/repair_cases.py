"""Disguised and honest sentences for the evasion-repair benchmark, all written for rasid.

``disguised()`` takes each sentence below, picks its words of four letters or more and hides one of them with
one technique at a time (seeded, deterministic); the expected repair is the sentence as written. ``honest()``
gives texts that repair must leave exactly as they are (rare words, names, dialect, Quranic and poetic
spelling, numbers, abbreviations, punctuation between words), alone and in pairs.
"""
from __future__ import annotations

import random
import re

SENTENCES = [
    "اندلعت معركة عنيفة بين الجيش ومجموعة مسلحة قرب الطريق الدولي",
    "خرج الأهالي إلى الشوارع للمطالبة بالإفراج عن المعتقلين",
    "قالت الحكومة إن الوضع الأمني في المدينة تحت السيطرة",
    "أصيب ثلاثة أطفال بجروح بعد سقوط قذيفة على منزلهم",
    "أعلنت وزارة الصحة ارتفاع عدد الضحايا إلى سبعة أشخاص",
    "نفذت الطائرات الحربية غارات جديدة على مواقع في الريف الشرقي",
    "طالب المتظاهرون بالحرية والكرامة ورحيل المسؤولين",
    "قال سعيد إن عائلته نزحت من القرية قبل أسبوعين",
    "وصل عبد الرحمن إلى المستشفى بعد إصابته في الاشتباكات",
    "انتشرت دوريات الشرطة في الأسواق بعد ليلة من التوتر",
    "دمرت الضربات الجوية جسرا رئيسيا يربط المحافظتين",
    "أكد مصدر طبي مقتل رجل وإصابة امرأة في الهجوم",
    "شهدت العاصمة احتجاجات واسعة ضد قرار الحكومة الأخير",
    "سيطرت القوات على التلال المحيطة بالبلدة بعد معارك استمرت يومين",
    "اعتقلت الأجهزة الأمنية عددا من الشبان خلال حملة مداهمات",
    "قتل جندي وأصيب آخرون في انفجار لغم على الطريق",
    "وقعت اشتباكات متقطعة في الأحياء الجنوبية من المدينة",
    "استهدف قصف مدفعي منازل المدنيين في القرى الحدودية",
    "أعلن الجيش فتح تحقيق في مقتل الصحفي خلال التغطية",
    "تعرضت قافلة المساعدات الإنسانية لإطلاق نار على مدخل المخيم",
    "أغلق المحتجون الطريق الرئيسي بالإطارات المشتعلة",
    "نقل الجرحى إلى مستشفى ميداني بسبب نقص الأدوية",
    "اتهمت المعارضة السلطات باستخدام القوة المفرطة ضد المتظاهرين",
    "انسحبت العناصر المسلحة من الحي بعد وساطة عشائرية",
    "أطلق مجهولون النار على سيارة مدنية عند الحاجز",
    "وثقت منظمة حقوقية مقتل عشرة مدنيين خلال الشهر الماضي",
    "تجمع العشرات أمام مبنى المحافظة احتجاجا على انقطاع الكهرباء",
    "شن الطيران المسير هجوما على مستودع للذخيرة",
    "فرضت السلطات حظر التجول في المدينة لمدة ثلاثة أيام",
    "تبادل الطرفان القصف المدفعي على خطوط التماس",
    "أفرجت الحكومة عن عشرين معتقلا في إطار اتفاق التسوية",
    "أحرق المتظاهرون صور المسؤولين في الساحة العامة",
    "قال محمود إن المدرسة تحولت إلى مأوى للنازحين",
    "هاجم مسلحون مركزا للشرطة في ساعة متأخرة من الليل",
    "عثر السكان على جثة شاب مجهول الهوية قرب النهر",
    "نظم الطلاب وقفة تضامنية مع زملائهم المعتقلين",
    "أعلنت الفصائل المعارضة استعادة السيطرة على القرية",
    "ارتفعت حصيلة القتلى في التفجير إلى خمسة أشخاص",
    "طالبت الأمم المتحدة بوقف فوري لإطلاق النار وحماية المدنيين",
    "أصدرت المحكمة حكما بسجن الناشط بتهمة إثارة الفوضى",
    "قالت الشبكة إن الحصار تسبب في نقص حاد بالغذاء",
    "اقتحمت القوات الحكومية البلدة بعد قصف استمر ساعات",
]

# Arabizi spellings of words of the sentences above, written for the benchmark.
ARABIZI = {
    "معركة": "ma3raka", "الحكومة": "el7okoma", "الصحة": "el se7a", "الحربية": "el 7arbiya",
    "بالحرية": "bel7orriya", "سعيد": "sa3eed", "احتجاجات": "e7tejajat", "القوات": "el 2owat",
    "الصحفي": "el sa7afi", "المعارضة": "el mo3arda", "عشائرية": "3asha2eriya", "المحافظة": "el mo7afaza",
    "مسلحون": "mosal7oun", "القرية": "el2arya", "حصيلة": "7aseela", "القتلى": "el 2atla", "المحكمة": "el ma7kama",
    "الحصار": "el7esar", "المعتقلين": "el mo3taqaleen", "عنيفة": "3aneefa", "مسلحة": "mosal7a",
    "الطريق": "el tari2", "الضحايا": "el da7aya", "الحدودية": "el 7doudiya", "معتقلا": "mo3taqalan",
    "الأهالي": "el 2ahali", "الشرطة": "el shor6a", "السلطات": "el solo6at", "المخيم": "el mo5ayam",
    "الطلاب": "el6ollab", "أطفال": "a6fal", "عائلته": "3a2elto",
    "مقتل": "ma2tal", "الأسواق": "el aswa2", "المسلحة": "el mosal7a", "حقوقية": "7o2oo2iya",
    "الجرحى": "el jar7a",
    "الساحة": "el sa7a", "الغذاء": "el ghetha2", "حاد": "7ad",
}

DOTLESS = str.maketrans({"ب": "ٮ", "ت": "ٮ", "ث": "ٮ", "ن": "ٮ", "ي": "ٮ", "ق": "ٯ", "ف": "ڡ", "ج": "ح", "خ": "ح",
                         "ذ": "د", "ز": "ر", "ش": "س", "ض": "ص", "ظ": "ط", "غ": "ع", "ة": "ه", "ئ": "ٮ"})
SOUND_SWAPS = {"س": "ص", "ص": "س", "ت": "ط", "ط": "ت", "ض": "ظ", "ظ": "ض", "ذ": "ز", "ز": "ذ", "ه": "ح", "ح": "ه"}
ARABIZI_DIGITS = {"ع": "3", "ح": "7", "خ": "5", "ط": "6", "ص": "9", "ق": "2"}
LATIN_LOOKALIKE = {"م": "m", "ن": "n", "ب": "b", "ت": "t", "س": "s", "ر": "r", "ك": "k", "د": "d", "ف": "f",
                   "ه": "h", "ل": "l", "ي": "y", "و": "w"}
EXOTIC = ["\u2009", "\u200a", "\u2007", "\u00a0", "\u202f"]
SEPARATORS = [".", "-", "*", "/", "…", "_", "+", "•"]
EMOJI = ["🔥", "💥", "❤️", "✿", "⭐", "🔴", "✂️", "☆"]

TECHNIQUES = (
    "separator_inword", "ellipsis_inword", "tatweel_separator", "separator_each_letter", "spaced_letters",
    "exotic_space", "dotless", "arabizi_token", "arabizi_digit_inword", "lookalike_digit", "latin_letter_inword",
    "emoji_inword", "substitution", "repetition",
)


def _inner(word: str, rng: random.Random) -> int:
    return rng.randrange(1, len(word))


def disguise(word: str, technique: str, rng: random.Random) -> str | None:
    """``word`` hidden with ``technique``, or None when the technique does not apply to it."""
    if technique == "separator_inword":
        i = _inner(word, rng)
        return word[:i] + rng.choice(SEPARATORS) + word[i:]
    if technique == "ellipsis_inword":
        i = _inner(word, rng)
        return word[:i] + rng.choice(["…", ".."]) + word[i:]
    if technique == "tatweel_separator":
        i = _inner(word, rng)
        return word[:i] + "ـ" + rng.choice(SEPARATORS[:4]) + "ـ" + word[i:]
    if technique == "separator_each_letter":
        return rng.choice(".-").join(word)
    if technique == "spaced_letters":
        return " ".join(word)
    if technique == "exotic_space":
        i = _inner(word, rng)
        return word[:i] + rng.choice(EXOTIC) + word[i:]
    if technique == "dotless":
        out = word.translate(DOTLESS)
        if out.endswith("ٮ") and word[-1] in "ني":
            out = out[:-1] + ("ں" if word[-1] == "ن" else "ى")
        return out if re.search("[ٮٯڡں]", out) else None
    if technique == "arabizi_token":
        return ARABIZI.get(word)
    if technique == "arabizi_digit_inword":
        spots = [i for i, c in enumerate(word) if c in ARABIZI_DIGITS and 0 < i]
        if not spots:
            return None
        i = rng.choice(spots)
        digit = ARABIZI_DIGITS[word[i]]
        glue = "ـ" if rng.random() < 0.3 and i < len(word) - 1 else ""
        return word[:i] + glue + digit + glue + word[i + 1:]
    if technique == "lookalike_digit":
        if word.startswith("ال"):
            return rng.choice("1|") + word[1:]
        spots = [i for i, c in enumerate(word) if c == "ا" and 0 < i]
        return word[:spots[0]] + "1" + word[spots[0] + 1:] if spots else None
    if technique == "latin_letter_inword":
        spots = [i for i, c in enumerate(word) if c in LATIN_LOOKALIKE and 0 < i < len(word) - 1]
        if not spots:
            return None
        i = rng.choice(spots)
        return word[:i] + LATIN_LOOKALIKE[word[i]] + word[i + 1:]
    if technique == "emoji_inword":
        i = _inner(word, rng)
        return word[:i] + rng.choice(EMOJI) + word[i:]
    if technique == "substitution":
        spots = [i for i, c in enumerate(word) if c in SOUND_SWAPS]
        if not spots:
            return None
        i = rng.choice(spots)
        return word[:i] + SOUND_SWAPS[word[i]] + word[i + 1:]
    if technique == "repetition":
        spots = [i for i, c in enumerate(word) if c not in "اويىة" and 0 < i < len(word) - 1]
        if not spots:
            return None
        i = rng.choice(spots)
        return word[:i] + word[i] + word[i:]
    raise ValueError(technique)


def disguised(seed: int = 9, is_word=None) -> list[tuple[str, str, str]]:
    """(technique, disguised sentence, expected sentence): every applicable (sentence, word, technique).

    ``is_word(form)`` tells whether a substituted or doubled form is itself a real word: such a form is no
    disguise that any reader could undo, and is skipped."""
    rng = random.Random(seed)
    out = []
    for sentence in SENTENCES:
        words = sentence.split()
        for k, word in enumerate(words):
            if len(word) < 4:
                continue
            for technique in TECHNIQUES:
                hidden = disguise(word, technique, rng)
                if hidden is None or hidden == word:
                    continue
                if technique in ("substitution", "repetition") and is_word is not None and is_word(hidden):
                    continue
                out.append((technique, " ".join(words[:k] + [hidden] + words[k + 1:]), sentence))
    return out


HONEST_SENTENCES = [
    # rare words, names and places
    "زار الوفد قرية الجزرات وبلدة الصفيرة ثم عاد إلى منبج",
    "قال الشيخ إبراهيم الهفل إن العشيرة لن تتدخل",
    "التقى الوزير بالسفير خالد الطويرقي في مكتبه",
    "نقل المصاب إلى مشفى الرازي في حي الزبدية",
    "وصل الدكتور عبدالله الحسيني إلى مطار القامشلي",
    "تحدث الباحث عن تاريخ قلعة شيزر ومدينة أفاميا",
    "حضر الحفل الشاعر طلال الصفدي والفنانة سهى الحلو",
    "يسكن آل الزعبي والمقداد في ريف درعا الشرقي",
    "اشترى التاجر عشرة أكياس من الطحين والسكر",
    "ذهب ضياء وظافر وصهيب إلى السوق صباحا",
    # dialect
    "شو صار معك امبارح بالليل",
    "والله ما بعرف ليش سكرو الطريق هيك",
    "دلوقتي الناس مش عارفة تعمل ايه",
    "احنا قاعدين بالبيت من الصبح وما طلعنا",
    "هاد الزلمة بيحكي كتير وما بيعمل شي",
    "يا زلمة خلص بكرا منشوف شو بصير",
    "الجو اليوم حلو كتير بس في غبرة",
    # Quranic and poetic spelling
    "﴿وَلَا تَقْتُلُوا النَّفْسَ الَّتِي حَرَّمَ اللَّهُ﴾",
    "قال تعالى: إن الله مع الصابرين",
    "أقيموا الصلوة وآتوا الزكوة",
    "يُقَٰتِلُونَ فِي سَبِيلِ ٱللَّهِ",
    "على قدر أهل العزم تأتي العزائم",
    "وَمَا الدَّهْرُ إِلَّا مِنْ رُوَاةِ قَصَائِدِي",
    "رَحْمَةً وَسَلَامًا عَلَى الشُّهَدَاءِ",
    # numbers, dates, units, codes
    "قتل 12 شخصا وأصيب 30 آخرون يوم 5/4/2025",
    "بلغت نسبة المشاركة 45.5 بالمئة في الجولة الأولى",
    "سقطت قذيفة عيار 120 ملم على بعد 3 كم من المدينة",
    "الحلقة ح3 من المسلسل والمساحة 200 م2",
    "اتصلوا على الرقم 0944123456 أو 011-2233445",
    "وقع الحادث عام 1446ه الموافق 2025م",
    "ال5 الأوائل في المسابقة حصلوا على جوائز",
    "حلقت طائرة ميغ-29 وطائرة سو-24 فوق المنطقة",
    "ارتفعت الإصابات بكوفيد-19 إلى 150 حالة",
    # abbreviations and lists
    "قالت «ق.س.د» في بيانها إن الوضع مستقر",
    "أفادت (أ ف ب) بأن الاجتماع انتهى",
    "نقلت وكالة (د ب أ) الخبر عن مصدر رسمي",
    "ولد الشاعر في القرن الثالث ق.م في المدينة",
    "حروف الأبجدية: أ - ب - ج - د",
    "وقع الاتفاق ممثل م.ت.ف في القاهرة",
    "صندوق البريد ص.ب 1234 في دمشق",
    "د.خالد و أ.د. سمير شاركا في الندوة",
    "تقع المكاتب في الطابق الثاني/الثالث",
    # punctuation, spaces and symbols between words
    "انتهى الاجتماع..وغادر الوفد",
    "قال الوزير:الوضع تحت السيطرة",
    "طريق الحسكة-القامشلي مغلق منذ الصباح",
    "يمكنكم الاتصال و/أو المراسلة عبر البريد",
    "صباح🌹الخير يا أهل الحي",
    "ألف مبروك🎉للفريق الفائز",
    "حي\u00a0الشيخ\u00a0مقصود يشهد هدوءا",
    "عبد\u00a0الله وفي\u00a0ما بعد",
    "سافر إلى سوريا/تركيا/لبنان خلال العام",
    "ههههه جمييييل لاااا يا صديقي",
    "الله الله على هذا الصوت",
    "كتب المراسل: «داعش» هاجم الموقع ليلا",
    "قرأت مقالا على https://example.com/a-b_c.html أمس",
    "تابعونا على @rasid_news و #حلب_الآن",
    "شارك 3 صحفيين من BBC و CNN في المؤتمر",
    "اشترى iphone13 وجهاز PS5 من المتجر",
]


def honest(count: int = 520) -> list[str]:
    """Honest texts: every sentence alone, then pairs of sentences joined by a space or a line break."""
    rng = random.Random(13)
    out = list(HONEST_SENTENCES)
    while len(out) < count:
        a, b = rng.sample(HONEST_SENTENCES, 2)
        out.append(a + rng.choice([" ", "\n", "، ", ". "]) + b)
    return out
