"""The actor catalog: schema, alias matching with clitics, period and country resolution, user files."""
from __future__ import annotations

import pytest

from rasid.errors import DataError
from rasid.lexicon.actors import ACLED_TYPES, DATA_PATH, REFERS_TO, catalog, load_catalog
from rasid.lexicon.matcher import normalize_key
from rasid.text.fold import fold

CAT = catalog()


def names_in(text: str, *, date: str | None = None, country: str | None = None) -> list[str]:
    """Resolved English names (or ``<refers_to>`` for generic references) in reading order."""
    folded = fold(text).text
    out = []
    for m in CAT.find(folded):
        entry = CAT.resolve(m, date=date, country=country)
        out.append(entry.name if entry else f"<{m.refers_to}>")
    return out


def mention_of(text: str, alias: str):
    """The mention whose folded span is exactly ``alias`` (folded)."""
    folded = fold(text).text
    key = normalize_key(alias)
    hits = [m for m in CAT.find(folded) if folded[m.start:m.end] == key]
    assert hits, f"{alias!r} not found in {text!r}: {[folded[m.start:m.end] for m in CAT.find(folded)]}"
    return hits[0]


# ---- schema --------------------------------------------------------------------------------------

def test_catalog_has_at_least_150_actors():
    assert sum(1 for e in CAT if not e.generic) >= 150


def test_ids_are_unique_snake_case():
    ids = [e.id for e in CAT]
    assert len(ids) == len(set(ids))
    assert all(i.replace("_", "").isalnum() and i == i.lower() for i in ids)


def test_every_alias_folds_to_a_non_empty_key():
    for entry in CAT:
        assert entry.aliases, entry.id
        for alias in entry.aliases:
            assert normalize_key(alias), (entry.id, alias)


def test_no_alias_shared_without_a_period_split_or_a_declaration():
    assert CAT.alias_conflicts() == []


def test_inter_codes_and_types_are_acled():
    for entry in CAT:
        if entry.generic:
            assert entry.refers_to in REFERS_TO, entry.id
        else:
            assert entry.inter in ACLED_TYPES, entry.id
            assert entry.acled_type, entry.id


def test_parents_exist_and_periods_are_ordered():
    for entry in CAT:
        if entry.parent:
            assert CAT.get(entry.parent)
        if entry.valid_from and entry.valid_to:
            assert entry.valid_from <= entry.valid_to, entry.id


@pytest.mark.parametrize("name", [
    "Islamic State", "SDF", "Asayish", "Syrian government forces", "Assad regime forces",
    "Assad loyalist militia", "SNA", "HTS", "Turkish military", "Russian military", "Israeli military",
    "US military / International Coalition", "Iraqi security forces", "PMF", "Hezbollah",
    "Iranian forces / IRGC", "Pro-Iranian militias", "Houthis", "Yemeni government forces",
    "Saudi-led coalition", "RSF", "Sudanese Armed Forces", "LNA (Haftar)", "GNU forces (Libya)",
    "Stability Support Apparatus (SSA)", "Hamas / Qassam", "Palestinian Islamic Jihad", "Israeli settlers",
    "UNIFIL", "Al-Shabaab", "Somali government forces", "PKK", "Eighth Brigade", "Druze local fighters",
    "Local tribal fighters", "Local gunmen", "Unidentified armed group", "Civilians", "Protesters", "Rioters",
])
def test_canonical_names_present(name):
    assert any(e.name == name for e in CAT)


def test_to_record_gives_the_spec_actor_object():
    record = CAT.get("isis").to_record("داعـ.ـش")
    assert record == {"id": "isis", "name": "Islamic State", "name_ar": "داعش", "inter": 2, "mention": "داعـ.ـش"}


# ---- matching in sentences -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, alias, name", [
    ("هاجمت خلية مسلحة نقطة عسكرية وقسد ردت بالمثل قرب البلدة", "قسد", "SDF"),
    ("أعلنت مصادر محلية أن الهجوم نُسب لداعش في ريف المدينة الشرقي", "داعش", "Islamic State"),
    ("اتهم الأهالي عناصر تابعين بالدعم السريع بنهب السوق", "الدعم السريع", "RSF"),
    ("وجهت الحكومة دعوة وللحشد الشعبي دور في تأمين الطريق", "حشد الشعبي", "PMF"),
    ("قصفت المدفعية التركية قرية قرب تل تمر صباح اليوم", "المدفعية التركية", "Turkish military"),
    ("استهدفت طائرة مسيّرة تركية سيارة على الطريق", "طائرة مسيرة تركية", "Turkish military"),
    ("شنّ الطيران الحربي الإسرائيلي غارات على أطراف البلدة", "الطيران الحربي الإسرائيلي", "Israeli military"),
    ("اقتحمت قوات الاحتلال مخيم المدينة فجرًا", "قوات الاحتلال", "Israeli military"),
    ("هاجم مستعمرون منازل المواطنين في القرية", "مستعمرون", "Israeli settlers"),
    ("قُتل مدنيان في قصف نفّذه الجنجويد على السوق", "الجنجويد", "RSF"),
    ("شن طيران العدوان الأمريكي غارات على المحافظة", "طيران العدوان الأمريكي", "US military / International Coalition"),
    ("اعتقلت قوى الأمن الداخلي شابين في حي بالمدينة", "قوى الأمن الداخلي", "Asayish"),
    ("اشتبك مسلحون مجهولون مع دورية على الطريق العام", "مسلحون مجهولون", "Unidentified armed group"),
    ("تعرضت قرية لهجوم من مرتزقة الاحتلال التركي", "مرتزقة الاحتلال التركي", "SNA"),
    ("أصيب صحفي برصاص قناص أثناء تغطيته", "صحفي", "Civilians"),
    ("فرّقت الشرطة المحتجين أمام مبنى المحافظة", "المحتجين", "Protesters"),
    ("استهدفت غارات أمريكية بريطانية مواقع في المدينة", "غارات امريكيه", "US military / International Coalition"),
    ("نفذت القوات الأميركية إنزالاً جوياً في الريف", "القوات الاميركيه", "US military / International Coalition"),
    ("هاجمت ميلشيا الحوثي مواقع الجيش", "ميلشيا الحوثي", "Houthis"),
])
def test_alias_found_in_sentence(sentence, alias, name):
    mention = mention_of(sentence, alias)
    assert not mention.generic
    assert CAT.resolve(mention).name == name


def test_proclitics_are_outside_the_span():
    text = "قالت المصادر إن التفجير نُسب لداعش وقسد اعتقلت اثنين"
    folded = fold(text).text
    found = {folded[m.start:m.end]: m.prefix for m in CAT.find(folded)}
    assert found["داعش"] == "ل"
    assert found["قسد"] == "و"


def test_fused_lam_before_the_article():
    text = "وجه الوزير الشكر للحشد الشعبي وللجيش العراقي على تأمين الزيارة"
    assert names_in(text, country="Iraq") == ["PMF", "Iraqi security forces"]


def test_detached_proclitic_with_tatweel():
    assert names_in("التحالف الدولي يجدد ثقته بـ قسد") == ["US military / International Coalition", "SDF"]


def test_longest_match_wins():
    folded = fold("أعلنت قوات سوريا الديمقراطية مقتل عنصرين").text
    first = CAT.find(folded)[0]
    assert folded[first.start:first.end] == normalize_key("قوات سوريا الديمقراطية")


def test_word_boundaries_reject_substrings():
    assert names_in("بدأت حملة تجنيد جديدة في المدينة وقسدر الخبز") == []


def test_generic_references_are_flagged():
    text = "تبنى التنظيم الهجوم، وأكدت قواتنا أن المهاجمين فروا، والقوات طاردت الخلية"
    folded = fold(text).text
    generic = {folded[m.start:m.end]: m.refers_to for m in CAT.find(folded) if m.generic}
    assert generic == {"التنظيم": "group", "قواتنا": "self", "المهاجمين": "attacker",
                       "القوات": "group", "الخليه": "group"}


def test_generic_with_conjunction_and_article():
    mention = mention_of("هاجمت خلايا داعش القرية، والتنظيم تبنى العملية", "التنظيم")
    assert mention.generic and mention.prefix == "و"
    assert CAT.resolve(mention) is None
    assert CAT.resolve(mention, use_fallback=True).name == "Unidentified armed group"


# ---- resolution ----------------------------------------------------------------------------------

@pytest.mark.parametrize("date, name", [
    ("2024-06-15", "Assad regime forces"),
    ("2024-12-07", "Assad regime forces"),
    ("2024-12-08", "Syrian government forces"),
    ("2025-03-07", "Syrian government forces"),
    (None, "Syrian government forces"),
])
def test_government_forces_split_by_date(date, name):
    mention = mention_of("تقدمت القوات الحكومية نحو القرية", "القوات الحكومية")
    assert CAT.resolve(mention, date=date, country="Syria").name == name


def test_shared_alias_resolves_by_country():
    mention = mention_of("سيطر الجيش الوطني على التلة", "الجيش الوطني")
    assert CAT.resolve(mention, country="Syria").name == "SNA"
    assert CAT.resolve(mention, country="Yemen").name == "Yemeni government forces"
    assert CAT.resolve(mention, country="Somalia").name == "Somali government forces"


def test_government_forces_elsewhere_follow_country():
    mention = mention_of("انتشرت القوات الحكومية في المدينة", "القوات الحكومية")
    assert CAT.resolve(mention, date="2024-06-01", country="Iraq").name == "Iraqi security forces"
    assert CAT.resolve(mention, country="Sudan").name == "Sudanese Armed Forces"


def test_assad_loyalists_and_general_security_after_the_fall():
    text = "هاجم فلول النظام حاجزاً للأمن العام في ريف اللاذقية"
    assert names_in(text, date="2025-03-06", country="Syria") == [
        "Assad loyalist militia", "Syrian government forces"]


# ---- loading errors and user files ---------------------------------------------------------------

def write(tmp_path, name, body):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def test_bad_yaml_raises_data_error_with_file_name(tmp_path):
    path = write(tmp_path, "broken.yaml", "actors: [\n  - id: x\n")
    with pytest.raises(DataError, match="broken.yaml"):
        load_catalog([path])


def test_bad_entry_is_named(tmp_path):
    path = write(tmp_path, "bad.yaml", "actors:\n- id: foo\n  name: Foo\n  name_ar: فو\n  aliases: [فو]\n  inter: 12\n")
    with pytest.raises(DataError, match=r"bad\.yaml: actor entry #0 \(foo\): 'inter'"):
        load_catalog([path])


def test_unknown_field_is_rejected(tmp_path):
    path = write(tmp_path, "typo.yaml", "actors:\n- id: foo\n  name: Foo\n  name_ar: فو\n  alias: [فو]\n  inter: 2\n")
    with pytest.raises(DataError, match=r"typo\.yaml.*\(foo\).*alias"):
        load_catalog([path])


def test_missing_parent_is_rejected(tmp_path):
    path = write(tmp_path, "orphan.yaml",
                 "actors:\n- id: foo\n  name: Foo\n  name_ar: فو\n  aliases: [فو]\n  inter: 2\n  parent: nobody\n")
    with pytest.raises(DataError, match="orphan.yaml.*nobody"):
        load_catalog([path])


def test_missing_file_raises_data_error(tmp_path):
    with pytest.raises(DataError, match="nope.yaml"):
        load_catalog([tmp_path / "nope.yaml"])


def test_user_file_adds_an_alias_and_an_actor(tmp_path):
    user = write(tmp_path, "mine.yaml", (
        "actors:\n"
        "- id: sdf\n  aliases: [قوات الشمال الشرقي]\n"
        "- id: my_militia\n  name: My Militia\n  name_ar: ميليشيا التجربة\n  aliases: [ميليشيا التجربة]\n"
        "  inter: 3\n  country: Syria\n"))
    merged = catalog((str(user),))
    assert [e.id for e in merged.lookup("قوات الشمال الشرقي")] == ["sdf"]
    assert "قسد" in merged.get("sdf").aliases
    assert merged.get("my_militia").acled_type == "Political militia"
    assert len(merged) == len(CAT) + 1


def test_catalog_is_cached():
    assert catalog() is CAT
    assert DATA_PATH.name == "actors.yaml"


def test_generic_head_before_a_quoted_name_merges():
    text = 'هاجمت خلايا تنظيم "داعش" الإرهابي نقطة، ومقاتلي «قسد» ردوا'
    folded = fold(text).text
    mentions = CAT.find(folded)
    assert [CAT.resolve(m).name for m in mentions] == ["Islamic State", "SDF"]
    assert folded[mentions[0].start:mentions[0].end].startswith("خلايا")
    assert mentions[1].prefix == "و"


@pytest.mark.parametrize("entry", [e for e in CAT if not e.generic], ids=lambda e: e.id)
def test_every_actor_is_found_by_each_alias_with_a_conjunction(entry):
    for alias in entry.aliases:
        folded = fold(f"قال مصدر محلي إن و{alias} هاجم المنطقة أمس").text
        hits = [m for m in CAT.find(folded) if folded[m.start:m.end] == normalize_key(alias)]
        assert hits and entry in hits[0].entries and hits[0].prefix == "و", alias


def test_the_resistance_is_each_country_own():
    from rasid.pipeline import process
    cases = [("اندلعت اشتباكات بين المقاومة والحوثيين في مديرية حيس جنوبي الحديدة اليوم.", "National Resistance"),
             ("أعلنت المقاومة استهداف دبابة إسرائيلية في بلدة الخيام جنوبي لبنان اليوم.", "Hezbollah")]
    for text, name in cases:
        found = [e.actor1["name"] for e in process(text, published="2025-03-12").events if e.actor1]
        assert any(n.startswith(name) for n in found), (text, found)
