"""Geocoding accuracy: phrases written for rasid across the eight countries, each with its expected place.

Every place below is named in a sentence built from one of the phrasings of its country (a place word, a bare
name after a preposition, a name with its container: «بريف …», «التابعة لـ…», «بمحافظة …», «جنوب لبنان»), plus
lists whose every item is expected. Figures: exact place (the expected name in the expected admin1), right
admin1 only, wrong place (another admin1 or country), not found.
"""
from __future__ import annotations

from collections import Counter, defaultdict

# country: (container phrases by admin1, places as «Arabic name:admin1» separated by «،»)
ADMIN1_AR = {
    "Syria": {"Aleppo": "حلب", "Idlib": "إدلب", "Hama": "حماة", "Homs": "حمص", "Rural Damascus": "دمشق",
              "Daraa": "درعا", "Suwayda": "السويداء", "Deir ez-Zor": "دير الزور", "Raqqa": "الرقة",
              "Hasakah": "الحسكة", "Latakia": "اللاذقية", "Tartus": "طرطوس"},
    "Iraq": {"Nineveh": "نينوى", "Anbar": "الأنبار", "Salah al-Din": "صلاح الدين", "Diyala": "ديالى",
             "Kirkuk": "كركوك", "Erbil": "أربيل", "Duhok": "دهوك", "Sulaymaniyah": "السليمانية", "Basra": "البصرة",
             "Dhi Qar": "ذي قار", "Maysan": "ميسان", "Wasit": "واسط", "Babil": "بابل", "Karbala": "كربلاء",
             "Najaf": "النجف", "Qadisiyah": "الديوانية", "Muthanna": "المثنى"},
    "Yemen": {"Amanat al Asimah": "أمانة العاصمة", "Aden": "عدن", "Taiz": "تعز", "Hodeidah": "الحديدة",
              "Marib": "مأرب", "Saada": "صعدة", "Hajjah": "حجة", "Ibb": "إب", "Dhamar": "ذمار", "Amran": "عمران",
              "Al Bayda": "البيضاء", "Hadramawt": "حضرموت", "Shabwah": "شبوة", "Abyan": "أبين", "Lahij": "لحج",
              "Al Dhale": "الضالع", "Al Maharah": "المهرة", "Al Jawf": "الجوف"},
    "Sudan": {"Khartoum": "الخرطوم", "Al Jazirah": "الجزيرة", "North Darfur": "شمال دارفور",
              "South Darfur": "جنوب دارفور", "West Darfur": "غرب دارفور", "Central Darfur": "وسط دارفور",
              "East Darfur": "شرق دارفور", "North Kordofan": "شمال كردفان", "South Kordofan": "جنوب كردفان",
              "West Kordofan": "غرب كردفان", "White Nile": "النيل الأبيض", "Sennar": "سنار", "Gedaref": "القضارف",
              "Kassala": "كسلا", "Red Sea": "البحر الأحمر", "River Nile": "نهر النيل", "Blue Nile": "النيل الأزرق",
              "Northern": "الشمالية"},
    "Lebanon": {"South": "جنوب لبنان", "Nabatieh": "جنوب لبنان", "North": "شمال لبنان", "Akkar": "شمال لبنان",
                "Bekaa": "البقاع", "Baalbek-Hermel": "البقاع", "Mount Lebanon": "جبل لبنان"},
    "Palestine": {"Gaza Strip": "قطاع غزة", "West Bank": "الضفة الغربية"},
}
PLACES = {
    "Syria": "منبج:Aleppo، الباب:Aleppo، اعزاز:Aleppo، جرابلس:Aleppo، عفرين:Aleppo، تل رفعت:Aleppo، "
             "دارة عزة:Aleppo، الأتارب:Aleppo، عندان:Aleppo، حريتان:Aleppo، مسكنة:Aleppo، السفيرة:Aleppo، "
             "سراقب:Idlib، معرة النعمان:Idlib، أريحا:Idlib، جسر الشغور:Idlib، سرمدا:Idlib، الدانا:Idlib، "
             "كفرنبل:Idlib، ترمانين:Idlib، دركوش:Idlib، تفتناز:Idlib، بنش:Idlib، حارم:Idlib، سلقين:Idlib، "
             "اللطامنة:Hama، مورك:Hama، كفرزيتا:Hama، صوران:Hama، السلمية:Hama، مصياف:Hama، محردة:Hama، "
             "حلفايا:Hama، قلعة المضيق:Hama، الرستن:Homs، تلبيسة:Homs، القصير:Homs، تدمر:Homs، تلكلخ:Homs، "
             "دوما:Rural Damascus، حرستا:Rural Damascus، داريا:Rural Damascus، الزبداني:Rural Damascus، "
             "يبرود:Rural Damascus، جرمانا:Rural Damascus، صحنايا:Rural Damascus، قدسيا:Rural Damascus، "
             "نوى:Daraa، طفس:Daraa، جاسم:Daraa، بصرى الشام:Daraa، إنخل:Daraa، الصنمين:Daraa، داعل:Daraa، "
             "شهبا:Suwayda، صلخد:Suwayda، الميادين:Deir ez-Zor، البوكمال:Deir ez-Zor، هجين:Deir ez-Zor، "
             "الشحيل:Deir ez-Zor، البصيرة:Deir ez-Zor، الطبقة:Raqqa، تل أبيض:Raqqa، عين عيسى:Raqqa، "
             "القامشلي:Hasakah، رأس العين:Hasakah، الشدادي:Hasakah، عامودا:Hasakah، المالكية:Hasakah، "
             "جبلة:Latakia، القرداحة:Latakia، بانياس:Tartus، صافيتا:Tartus",
    "Iraq": "الموصل:Nineveh، تلعفر:Nineveh، سنجار:Nineveh، الحمدانية:Nineveh، القيارة:Nineveh، الرمادي:Anbar، "
            "الفلوجة:Anbar، هيت:Anbar، القائم:Anbar، حديثة:Anbar، الرطبة:Anbar، تكريت:Salah al-Din، "
            "سامراء:Salah al-Din، بيجي:Salah al-Din، طوز خورماتو:Salah al-Din، بلد:Salah al-Din، "
            "الدجيل:Salah al-Din، بعقوبة:Diyala، المقدادية:Diyala، خانقين:Diyala، جلولاء:Diyala، بلدروز:Diyala، "
            "كركوك:Kirkuk، الحويجة:Kirkuk، داقوق:Kirkuk، سوران:Erbil، زاخو:Duhok، العمادية:Duhok، "
            "السليمانية:Sulaymaniyah، الزبير:Basra، أبو الخصيب:Basra، الناصرية:Dhi Qar، الشطرة:Dhi Qar، "
            "العمارة:Maysan، الكوت:Wasit، الحلة:Babil، جرف الصخر:Babil، الكوفة:Najaf، السماوة:Muthanna",
    "Yemen": "صنعاء:Amanat al Asimah، تعز:Taiz، الحديدة:Hodeidah، مأرب:Marib، صعدة:Saada، حجة:Hajjah، إب:Ibb، "
             "ذمار:Dhamar، عمران:Amran، المكلا:Hadramawt، سيئون:Hadramawt، تريم:Hadramawt، عتق:Shabwah، "
             "زنجبار:Abyan، جعار:Abyan، لودر:Abyan، الحوطة:Lahij، المخا:Taiz، الخوخة:Hodeidah، حيس:Hodeidah، "
             "زبيد:Hodeidah، باجل:Hodeidah، الصليف:Hodeidah، ميدي:Hajjah، حرض:Hajjah، عبس:Hajjah، "
             "رداع:Al Bayda، صرواح:Marib، حريب:Marib، الغيضة:Al Maharah، نشطون:Al Maharah، رازح:Saada، "
             "قطابر:Saada، الصفراء:Saada، شدا:Saada، خور مكسر:Aden، الشيخ عثمان:Aden، دار سعد:Aden، "
             "البريقة:Aden، يريم:Ibb، جبلة:Ibb، الحزم:Al Jawf",
    "Sudan": "أم درمان:Khartoum، بحري:Khartoum، ود مدني:Al Jazirah، الفاشر:North Darfur، نيالا:South Darfur، "
             "الجنينة:West Darfur، زالنجي:Central Darfur، الضعين:East Darfur، الأبيض:North Kordofan، "
             "بارا:North Kordofan، كادوقلي:South Kordofan، الدلنج:South Kordofan، بابنوسة:West Kordofan، "
             "الفولة:West Kordofan، المجلد:West Kordofan، كوستي:White Nile، ربك:White Nile، سنار:Sennar، "
             "سنجة:Sennar، القضارف:Gedaref، كسلا:Kassala، بورتسودان:Red Sea، عطبرة:River Nile، شندي:River Nile، "
             "الدمازين:Blue Nile، الكرمك:Blue Nile، دنقلا:Northern، مليط:North Darfur، كتم:North Darfur، "
             "طويلة:North Darfur، المناقل:Al Jazirah، الحصاحيصا:Al Jazirah، رفاعة:Al Jazirah",
    "Libya": "طرابلس:Tripoli، بنغازي:Benghazi، مصراتة:Misrata، سرت:Sirte، درنة:Derna، سبها:Sabha، الزاوية:Zawiya، "
             "زوارة:Nuqat al Khams، غريان:Jabal al Gharbi، الزنتان:Jabal al Gharbi، نالوت:Nalut، ترهونة:Murqub، "
             "الخمس:Murqub، بني وليد:Misrata، أجدابيا:Al Wahat، البيضاء:Al Jabal al Akhdar، المرج:Al Marj، "
             "طبرق:Butnan، الكفرة:Kufra، مرزق:Murzuq، أوباري:Wadi al Hayaa، غات:Ghat، هون:Jufra، "
             "تاجوراء:Tripoli، أبو سليم:Tripoli",
    "Lebanon": "صيدا:South، صور:South، النبطية:Nabatieh، بنت جبيل:Nabatieh، مرجعيون:Nabatieh، الخيام:Nabatieh، "
               "كفركلا:Nabatieh، عيتا الشعب:Nabatieh، الناقورة:South، حولا:Nabatieh، ميس الجبل:Nabatieh، "
               "بعلبك:Baalbek-Hermel، الهرمل:Baalbek-Hermel، زحلة:Bekaa، شتورة:Bekaa، طرابلس:North، "
               "حلبا:Akkar، البداوي:North، جونية:Mount Lebanon، الغازية:South، عيترون:Nabatieh، يارين:South، "
               "الضهيرة:South، علما الشعب:South، شبعا:Nabatieh، حاصبيا:Nabatieh، جزين:South، بعبدا:Mount Lebanon، "
               "عاليه:Mount Lebanon",
    "Palestine": "غزة:Gaza Strip، خان يونس:Gaza Strip، رفح:Gaza Strip، دير البلح:Gaza Strip، جباليا:Gaza Strip، "
                 "بيت لاهيا:Gaza Strip، بيت حانون:Gaza Strip، النصيرات:Gaza Strip، البريج:Gaza Strip، "
                 "المغازي:Gaza Strip، جنين:West Bank، نابلس:West Bank، طولكرم:West Bank، قلقيلية:West Bank، "
                 "رام الله:West Bank، البيرة:West Bank، الخليل:West Bank، بيت لحم:West Bank، أريحا:West Bank، "
                 "طوباس:West Bank، سلفيت:West Bank، بيتا:West Bank، حوارة:West Bank، يطا:West Bank، دورا:West Bank، "
                 "ترمسعيا:West Bank، سنجل:West Bank، عزون:West Bank، طمون:West Bank، قباطية:West Bank، "
                 "يعبد:West Bank",
    "Somalia": "مقديشو:Banadir، كيسمايو:Lower Juba، بيدوا:Bay، بلدوين:Hiraan، جوهر:Middle Shabelle، "
               "مركة:Lower Shabelle، أفجوي:Lower Shabelle، جالكعيو:Mudug، بوصاصو:Bari، جروي:Nugaal، "
               "براوة:Lower Shabelle، هرجيسا:Woqooyi Galbeed",
}
# Phrasings: a place word, a bare name after a preposition, the name with its container or country.
PHRASINGS = {
    "Syria": ["قتل مدنيان بقصف مدفعي على مدينة {p}", "اشتباكات عنيفة في {p} فجر اليوم",
              "انفجار عبوة ناسفة في {p} بريف {a}"],
    "Iraq": ["هجوم لعناصر داعش على قضاء {p}", "اعتقال مطلوبين في {p} شمالي العاصمة",
             "انفجار عبوة في {p} بمحافظة {a}"],
    "Yemen": ["غارات جوية على مديرية {p}", "قتل ثلاثة جنود في هجوم على {p} صباح الخميس",
              "قصف حوثي على مدينة {p} في محافظة {a}"],
    "Sudan": ["قصف مدفعي على مدينة {p}", "اشتباكات بين الجيش والدعم السريع في {p}",
              "مسيرة تستهدف مدينة {p} بولاية {a}"],
    "Libya": ["اشتباكات مسلحة في مدينة {p} الليبية", "اغتيال ضابط في {p} شرقي ليبيا",
              "انفجار سيارة مفخخة في مدينة {p}"],
    "Lebanon": ["غارة إسرائيلية على بلدة {p} في {a}", "قصف مدفعي على أطراف {p}",
                "مسيرة تستهدف سيارة في {p} اللبنانية"],
    "Palestine": ["اقتحام قوات الاحتلال بلدة {p}", "استشهاد شاب برصاص الاحتلال في {p}",
                  "قصف إسرائيلي على مخيم في {p} في {a}"],
    "Somalia": ["هجوم لحركة الشباب على مدينة {p}", "انفجار قنبلة في {p} الصومالية",
                "اشتباكات في مدينة {p} جنوب الصومال"],
}
LISTS = [  # (phrase, [(Arabic name, admin1), …]) — every listed place is expected
    ("قصفت قوات النظام قرى كفر عويد والبارة وسفوهن بريف إدلب",
     [("كفر عويد", "Idlib"), ("البارة", "Idlib"), ("سفوهن", "Idlib")]),
    ("غارات على بلدات دارة عزة والأتارب وعندان بريف حلب الغربي",
     [("دارة عزة", "Aleppo"), ("الأتارب", "Aleppo"), ("عندان", "Aleppo")]),
    ("قصف إسرائيلي على بلدات الخيام وكفركلا وحولا", [("الخيام", "Nabatieh"), ("كفركلا", "Nabatieh"), ("حولا", "Nabatieh")]),
    ("اقتحامات في جنين وطولكرم وقلقيلية", [("جنين", "West Bank"), ("طولكرم", "West Bank"), ("قلقيلية", "West Bank")]),
    ("اشتباكات في مديريات حيس والخوخة والمخا", [("حيس", "Hodeidah"), ("الخوخة", "Hodeidah"), ("المخا", "Taiz")]),
]


def phrases() -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(country, phrase, expected places) for every place and list."""
    out = []
    for country, spec in PLACES.items():
        templates = PHRASINGS[country]
        for i, item in enumerate(spec.split("، ")):
            name, admin1 = item.split(":")
            containers = ADMIN1_AR.get(country, {})
            usable = [t for t in templates if "{a}" not in t or admin1 in containers]
            for template in (usable[i % len(usable)], usable[(i + 1) % len(usable)]):
                out.append((country, template.format(p=name, a=containers.get(admin1, "")), [(name, admin1)]))
    out += [("lists", phrase, expected) for phrase, expected in LISTS]
    return out


def score() -> tuple[Counter, dict[str, Counter], int]:
    """Counts of exact / admin1 / wrong / none, overall and by country, and the number of phrases."""
    from rasid.lexicon.matcher import normalize_key
    from rasid.lexicon.places import gazetteer
    from rasid.text.fold import fold

    def bare(name: str) -> str:
        key = normalize_key(name)
        return key[2:] if key.startswith("ال") else key

    gaz = gazetteer()
    total: Counter = Counter()
    by_country: dict[str, Counter] = defaultdict(Counter)
    items = phrases()
    for country, phrase, expected in items:
        mentions = gaz.find(fold(phrase).text)
        found = [(m, m.place) for m in mentions if not m.is_context and m.place is not None]
        for name, admin1 in expected:
            hit = next(((m, p) for m, p in found if bare(name) in {bare(m.key), bare(p.name_ar)}), None)
            if hit is None:
                outcome = "none" if not found else "wrong"
            elif hit[1].admin1 == admin1:
                outcome = "exact"
            else:
                outcome = "wrong"
            if hit is None and found and any(p.admin1 == admin1 for _, p in found):
                outcome = "admin1"
            total[outcome] += 1
            by_country[country][outcome] += 1
    return total, by_country, len(items)


def main() -> int:
    total, by_country, n = score()
    places = sum(total.values())
    print(f"geocoding: {n} phrases, {places} expected places: exact place {total['exact'] / places:.1%}, "
          f"right admin1 only {total['admin1'] / places:.1%}, wrong place {total['wrong'] / places:.1%}, "
          f"none found {total['none'] / places:.1%}")
    for country, c in sorted(by_country.items()):
        k = sum(c.values())
        print(f"  {country:<10} {k:>3} exact {c['exact'] / k:.0%}  admin1 {c['admin1'] / k:.0%}  "
              f"wrong {c['wrong'] / k:.0%}  none {c['none'] / k:.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
