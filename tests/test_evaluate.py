"""Unit tests of the scorer behind ``rasid eval`` (rasid/evaluate.py) on small hand-made records."""
from __future__ import annotations

import copy
import json

import pytest
from click.testing import CliRunner

from rasid.cli import main
from rasid.errors import InputError
from rasid.evaluate import (
    evaluate,
    evaluate_files,
    fold_arabic,
    format_report,
    load_records,
    same_actor,
    same_admin1,
    same_location,
)


def gold_event(**over):
    ev = {
        "event_type": "Battles", "sub_event_type": "Armed clash", "date": "2025-04-23", "date_text": "أمس",
        "time_precision": 1, "actor1": "Islamic State", "actor1_ar": "داعش", "actor2": "SDF",
        "actor2_ar": "قوات سوريا الديمقراطية", "country": "Syria", "admin1": "Deir ez-Zor",
        "location": "Jazrat", "location_ar": "الجزرات", "fatalities": 5, "wounded": None,
        "evidence": "نص",
    }
    ev.update(over)
    return ev


def actor(name, name_ar="", mention="", id_="x"):
    return {"id": id_, "name": name, "name_ar": name_ar, "inter": 2, "mention": mention}


def pred_event(**over):
    ev = {
        "event_type": "Battles", "sub_event_type": "Armed clash", "date": "2025-04-23", "time_precision": 1,
        "actor1": actor("Islamic State", "داعش", "داعـ.ـش"), "actor2": actor("SDF", "قسد", "قوات سوريا الديمقراطية"),
        "country": "Syria", "admin1": "Deir ez-Zor",
        "location": {"name": "Jazrat", "name_ar": "الجزرات", "lat": 35.4, "lon": 39.9, "pcode": None,
                     "geo_precision": 1},
        "fatalities": 5, "wounded": None, "evidence": [{"start": 0, "end": 2, "text": "نص"}],
    }
    ev.update(over)
    return ev


def second_gold():
    return gold_event(event_type="Strategic developments", sub_event_type="Arrests", date="2025-04-22",
                      actor1="SDF", actor1_ar="قسد", actor2="Islamic State", actor2_ar="التنظيم",
                      location="Gharanij", location_ar="غرانيج", fatalities=None)


def second_pred():
    return pred_event(event_type="Strategic developments", sub_event_type="Arrests", date="2025-04-22",
                      actor1=actor("SDF", "قسد", "قسد"), actor2=actor("Islamic State", "داعش", "التنظيم"),
                      location={"name": "Gharanij", "name_ar": "غرانيج"}, fatalities=None)


def docs(*events, doc_id="d1"):
    return {doc_id: {"id": doc_id, "events": list(events)}}


# ------------------------------------------------------------------------------------------ event scores


def test_perfect_prediction_scores_one():
    report = evaluate(docs(gold_event(), second_gold()), docs(pred_event(), second_pred()))
    assert report["f1"] == report["precision"] == report["recall"] == 1.0
    assert report["f1_any_type"] == 1.0
    assert all(f["accuracy"] == 1.0 for f in report["fields"].values())
    assert report["errors"] == []


def test_missing_event_lowers_recall_only():
    report = evaluate(docs(gold_event(), second_gold()), docs(pred_event()))
    assert report["precision"] == 1.0
    assert report["recall"] == 0.5
    assert report["errors"][0]["missed"][0]["sub_event_type"] == "Arrests"


def test_spurious_event_lowers_precision_only():
    extra = pred_event(event_type="Protests", sub_event_type="Peaceful protest", admin1="Homs")
    report = evaluate(docs(gold_event()), docs(pred_event(), extra))
    assert report["recall"] == 1.0
    assert report["precision"] == 0.5
    assert report["errors"][0]["spurious"][0]["event_type"] == "Protests"


def test_wrong_type_found_only_when_ignoring_type():
    report = evaluate(docs(gold_event()), docs(pred_event(event_type="Explosions/Remote violence")))
    assert report["events"]["found"] == 0
    assert report["events"]["found_any_type"] == 1
    assert report["f1_any_type"] == 1.0
    assert report["fields"]["event_type"]["accuracy"] == 0.0
    missed = report["errors"][0]["missed"][0]
    assert missed["type_mismatch"]["event_type"] == "Explosions/Remote violence"


def test_missing_document_counts_all_gold_events_missed():
    report = evaluate({**docs(gold_event()), **docs(second_gold(), doc_id="d2")}, docs(pred_event()))
    assert report["documents"] == 2
    assert report["documents_missing"] == 1
    assert report["missing_ids"] == ["d2"]
    assert report["recall"] == 0.5


def test_field_mismatches_are_counted_and_listed():
    wrong = pred_event(fatalities=7, location={"name": "Gharanij", "name_ar": "غرانيج"},
                       actor2=actor("Civilians", "مدنيين", "مدنيين"))
    report = evaluate(docs(gold_event()), docs(wrong))
    fields = report["fields"]
    assert report["f1"] == 1.0
    assert fields["fatalities"]["accuracy"] == 0.0
    assert fields["location"]["accuracy"] == 0.0
    assert fields["actor2"]["accuracy"] == 0.0
    assert fields["actor1"]["accuracy"] == 1.0
    listed = {m["field"]: m for m in report["errors"][0]["mismatches"]}
    assert set(listed) == {"fatalities", "location", "actor2"}
    assert listed["fatalities"]["gold"] == 5 and listed["fatalities"]["pred"] == 7


def test_null_fields_excluded_from_field_precision_recall():
    report = evaluate(docs(gold_event(fatalities=None)), docs(pred_event(fatalities=None)))
    f = report["fields"]["fatalities"]
    assert f["accuracy"] == 1.0
    assert f["gold"] == f["pred"] == 0
    report = evaluate(docs(gold_event(fatalities=None)), docs(pred_event(fatalities=3)))
    assert report["fields"]["fatalities"]["precision"] == 0.0


def test_zero_fatalities_is_a_value_not_null():
    report = evaluate(docs(gold_event(fatalities=0)), docs(pred_event(fatalities=None)))
    assert report["fields"]["fatalities"]["accuracy"] == 0.0
    assert report["fields"]["fatalities"]["recall"] == 0.0


def test_greedy_pairing_prefers_the_better_candidate():
    g1 = gold_event()
    g2 = gold_event(location="Gharanij", location_ar="غرانيج", fatalities=1)
    p_for_g2 = pred_event(location={"name": "Gharanij", "name_ar": "غرانيج"}, fatalities=1)
    report = evaluate(docs(g1, g2), docs(p_for_g2, pred_event()))
    assert report["f1"] == 1.0
    assert report["fields"]["location"]["accuracy"] == 1.0


# ------------------------------------------------------------------------------------------ dates


@pytest.mark.parametrize(("pred_date", "found"), [("2025-04-25", True), ("2025-04-21", True),
                                                  ("2025-04-26", False), (None, True)])
def test_date_tolerance_two_days(pred_date, found):
    report = evaluate(docs(gold_event()), docs(pred_event(date=pred_date)))
    assert report["events"]["found"] == int(found)


def test_date_field_exact_for_day_precision():
    report = evaluate(docs(gold_event()), docs(pred_event(date="2025-04-24")))
    assert report["f1"] == 1.0
    assert report["fields"]["date"]["accuracy"] == 0.0


def test_month_precision_keeps_two_day_tolerance():
    # The reference scorer (../shared/eval/score.py) matches within two days whatever the precision.
    gold = gold_event(date="2025-04-15", time_precision=3)
    assert evaluate(docs(gold), docs(pred_event(date="2025-04-03", time_precision=3)))["events"]["found"] == 0
    report = evaluate(docs(gold), docs(pred_event(date="2025-04-14", time_precision=3)))
    assert report["events"]["found"] == 1
    assert report["fields"]["date"]["accuracy"] == 0.0


def test_unknown_gold_date_matches_any_prediction():
    report = evaluate(docs(gold_event(date=None)), docs(pred_event(date="2025-01-01")))
    assert report["events"]["found"] == 1
    assert report["fields"]["date"]["accuracy"] == 0.0


# ------------------------------------------------------------------------------------------ names


def test_admin1_spelling_variants():
    assert same_admin1("Deir ez-Zor", "Dayr az Zawr")
    assert same_admin1("Deir ez-Zor", "Deir-ez-Zor")
    assert same_admin1("Hasakah", "Al-Hasakeh")
    assert same_admin1("Suwayda", "As-Sweida")
    assert same_admin1("Daraa", "Dar'a")
    assert same_admin1("Hodeidah", "Al Hudaydah")
    assert same_admin1("Latakia", "Lattakia")
    assert not same_admin1("Damascus", "Rural Damascus")
    assert not same_admin1("Hama", "Homs")


def test_admin1_variant_finds_event():
    report = evaluate(docs(gold_event()), docs(pred_event(admin1="Dayr az Zawr")))
    assert report["f1"] == 1.0 and report["fields"]["admin1"]["accuracy"] == 1.0


def test_fold_arabic():
    assert fold_arabic("الأَمْـنُ العامّ") == fold_arabic("الامن العام")
    assert fold_arabic("للجيش العراقي") == fold_arabic("الجيش العراقی")
    assert fold_arabic("بالحسكة") == "حسكه"
    assert fold_arabic("مدرسة") == "مدرسه"


@pytest.mark.parametrize("pred_actor", [
    actor("islamic  STATE"),
    actor("ISIS"),
    actor("Daesh"),
    actor("Unknown name", "داعش", ""),
    actor("", "", "تنظيم الدولة"),
    actor("Other", "", "خلايا داعـش"),
])
def test_actor_matching_by_name_alias_and_mention(pred_actor):
    assert same_actor(gold_event(), {"actor1": pred_actor}, "actor1")


def test_actor_arabic_mention_with_article_and_clitic():
    gold = gold_event(actor2="Iraqi security forces", actor2_ar="الجيش العراقي")
    assert same_actor(gold, {"actor2": actor("Iraq army?", "", "للجيش العراقي")}, "actor2")
    gold = gold_event(actor2="Civilians", actor2_ar="مدنيين")
    assert same_actor(gold, {"actor2": actor("civilians", "", "")}, "actor2")


def test_actor_mismatch():
    assert not same_actor(gold_event(), {"actor1": actor("SDF", "قسد", "قسد")}, "actor1")
    assert not same_actor(gold_event(), {"actor1": None}, "actor1")
    gold = gold_event(actor1="Syrian government forces", actor1_ar="الأمن العام")
    assert not same_actor(gold, {"actor1": actor("Assad regime forces", "", "قوات النظام البائد")}, "actor1")


def test_actor_matching_by_gold_mention_and_group_keyword():
    # As ../shared/eval/score.py does: the gold Arabic words inside the predicted mention count, and so does
    # a keyword of the gold actor's group («الإسرائيلي» for the Israeli military).
    gold = gold_event(actor1="Syrian government forces", actor1_ar="القوات الحكومية")
    assert same_actor(gold, {"actor1": actor("Assad regime forces", "", "القوات الحكومية")}, "actor1")
    gold = gold_event(actor1="Israeli military", actor1_ar="جيش الاحتلال")
    assert same_actor(gold, {"actor1": actor("Military Forces of Israel (2022-)", "", "الطيران الإسرائيلي")},
                      "actor1")
    assert not same_actor(gold, {"actor1": actor("Hezbollah", "حزب الله", "حزب الله")}, "actor1")


def test_null_actor_matches_null_prediction():
    gold = gold_event(actor2=None, actor2_ar=None)
    assert same_actor(gold, {"actor2": None}, "actor2")
    assert same_actor(gold, {"actor2": {}}, "actor2")
    assert not same_actor(gold, {"actor2": actor("Civilians")}, "actor2")


def test_location_matching():
    gold = gold_event(location="Al-Mayadin", location_ar="الميادين")
    assert same_location(gold, {"location": {"name": "Mayadin", "name_ar": ""}})
    assert same_location(gold, {"location": {"name": "", "name_ar": "المَيادين"}})
    assert same_location(gold, {"location": {"name": "El-Mayadin", "name_ar": None}})
    assert same_location(gold, {"location": {"name": "Mayadeen", "name_ar": None}}) is False  # ratio 0.8
    assert not same_location(gold, {"location": {"name": "Hajin", "name_ar": "هجين"}})
    assert not same_location(gold, {"location": None})


def test_flat_gold_shape_accepted_as_prediction():
    report = evaluate(docs(gold_event(), second_gold()), docs(gold_event(), second_gold()))
    assert report["f1"] == 1.0
    assert all(f["accuracy"] == 1.0 for f in report["fields"].values())


# ------------------------------------------------------------------------------------------ files and CLI


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_malformed_jsonl_names_file_and_line(tmp_path):
    path = tmp_path / "pred.jsonl"
    path.write_text('{"id": "a", "events": []}\n\n{"id": "b", "events": [}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"pred\.jsonl:3: not valid JSON"):
        load_records(path)


@pytest.mark.parametrize(("line", "message"), [
    ('["a"]', "expected a JSON object"),
    ('{"events": []}', 'no "id"'),
    ('{"id": "a", "events": {}}', '"events" must be a list'),
])
def test_bad_records_name_the_line(tmp_path, line, message):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "z", "events": []}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"gold\.jsonl:2: .*" + message.replace("(", r"\(")):
        load_records(path)


def test_duplicate_id_rejected(tmp_path):
    path = write_jsonl(tmp_path / "g.jsonl", [{"id": "a", "events": []}, {"id": "a", "events": []}])
    with pytest.raises(InputError, match="duplicate id"):
        load_records(path)


def test_missing_file_is_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_records(tmp_path / "nope.jsonl")


def test_pretty_json_list_accepted(tmp_path):
    path = tmp_path / "pred.json"
    path.write_text(json.dumps([{"id": "d1", "events": [pred_event()]}], indent=2), encoding="utf-8")
    assert list(load_records(path)) == ["d1"]


def test_evaluate_files_and_report(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", [{"id": "d1", "events": [gold_event(), second_gold()]}])
    pred = write_jsonl(tmp_path / "pred.jsonl", [{"id": "d1", "events": [pred_event(fatalities=2)]}])
    report = evaluate_files(gold, pred)
    assert report["gold_file"].endswith("gold.jsonl")
    text = format_report(report, verbose=True)
    assert "documents 1" in text
    assert "missed" in text and "Arrests" in text
    assert "fatalities: gold 5, predicted 2" in text
    assert "missed" not in format_report(report, verbose=False)


def test_cli_eval_text_and_json(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", [{"id": "d1", "events": [gold_event()]}])
    pred = write_jsonl(tmp_path / "pred.jsonl", [{"id": "d1", "events": [pred_event()]}])
    runner = CliRunner()
    result = runner.invoke(main, ["eval", str(gold), str(pred)])
    assert result.exit_code == 0, result.output
    assert "F1 1.000" in result.output
    result = runner.invoke(main, ["eval", "--json", str(gold), str(pred)])
    assert result.exit_code == 0
    assert json.loads(result.output)["f1"] == 1.0
    result = runner.invoke(main, ["eval", "--verbose", str(gold), str(pred)])
    assert result.exit_code == 0


def test_cli_eval_bad_line_is_one_line_error(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", [{"id": "d1", "events": [gold_event()]}])
    pred = tmp_path / "pred.jsonl"
    pred.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold), str(pred)])
    assert result.exit_code == 2
    assert "pred.jsonl:1" in result.output
    assert "Traceback" not in result.output


def test_evaluate_does_not_modify_inputs():
    gold, pred = docs(gold_event()), docs(pred_event())
    before = copy.deepcopy((gold, pred))
    evaluate(gold, pred)
    assert (gold, pred) == before


def test_arabic_mention_may_carry_a_proclitic():
    gold = gold_event(actor2="SDF", actor2_ar="قسد")
    assert same_actor(gold, {"actor2": actor("Kurdish-led forces", "", "لقسد")}, "actor2")


# ------------------------------------------------------------------------------------------ the project's gold set

GOLD_FILE = __import__("pathlib").Path(__file__).parent / "gold" / "rasid_gold.jsonl"
GOLD_FILES = sorted(GOLD_FILE.parent.glob("*.jsonl"))


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_project_gold_set_passes_its_checks(path, capsys):
    import importlib.util

    spec = importlib.util.spec_from_file_location("check_gold", GOLD_FILE.with_name("check_gold.py"))
    check_gold = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check_gold)
    assert check_gold.main([str(path)]) == 0, capsys.readouterr().out


def test_project_gold_set_scores_perfectly_against_itself():
    gold = load_records(GOLD_FILE)
    assert len(gold) >= 30
    report = evaluate(gold, gold)
    assert report["f1"] == 1.0 and report["errors"] == []
