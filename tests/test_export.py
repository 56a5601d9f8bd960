"""Output formats: ACLED-column CSV, JSON list, JSON lines — via write_documents and via the CLI."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from rasid.cli import main
from rasid.export import ACLED_COLUMNS, write_documents
from rasid.pipeline import process

PUB = "2025-05-14"
# Texts written for these tests.
STRIKE = "شنت طائرة مسيرة تركية غارة على قرية تل طويل بريف الحسكة أمس، ما أدى إلى مقتل عنصرين من قسد."
TWO = ("استهدفت طائرة مسيرة إسرائيلية سيارة في بلدة بيت جن بريف دمشق أمس، ما أدى إلى مقتل شخصين.\n\n"
       "وفي سياق منفصل، انفجرت عبوة ناسفة في مدينة الميادين بريف دير الزور أمس، وأصيب طفل بجروح.")
DOZENS = "قُتل عشرات المدنيين بهجوم لقوات الدعم السريع على مخيم زمزم بولاية شمال دارفور أمس."
NONE = "عقد المجلس المحلي في مدينة الرقة اجتماعاً لبحث واقع الخدمات."

ACLED_ORDER = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]


@pytest.fixture(scope="module")
def docs():
    """Four documents: 1, 2, 1 and 0 events."""
    return [process(STRIKE, published=PUB, doc_id="d1"), process(TWO, published=PUB, doc_id="d2"),
            process(DOZENS, published=PUB, doc_id="d3"), process(NONE, published=PUB, doc_id="d4")]


def written(docs, fmt: str) -> tuple[str, int]:
    """What write_documents prints for ``docs`` in ``fmt``, and its return value."""
    out = io.StringIO()
    n = write_documents(docs, out, fmt)
    return out.getvalue(), n


def run_cli(args, stdin=None):
    """Invoke ``rasid`` in-process."""
    try:
        runner = CliRunner(mix_stderr=False)
    except TypeError:
        runner = CliRunner()
    return runner.invoke(main, args, input=stdin)


def test_export_event_counts_of_fixture(docs):
    assert [len(d.events) for d in docs] == [1, 2, 1, 0]


def test_export_csv_acled_columns_in_order(docs):
    text, n = written(docs, "csv")
    header = next(csv.reader(io.StringIO(text)))
    assert header[:len(ACLED_ORDER)] == ACLED_ORDER
    assert ACLED_COLUMNS == ACLED_ORDER
    assert n == 4


def test_export_csv_one_row_per_event(docs):
    text, _ = written(docs, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == sum(len(d.events) for d in docs) == 4
    assert [r["rasid_doc_id"] for r in rows] == ["d1", "d2", "d2", "d3"]
    assert len({r["event_id_cnty"] for r in rows}) == 4


def test_export_csv_fatalities_column_is_fatalities_acled(docs):
    text, _ = written(docs, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    events = [e for d in docs for e in d.events]
    assert [int(r["fatalities"]) for r in rows] == [e.fatalities_acled for e in events]
    dozens = rows[3]
    assert dozens["fatalities"] == "12" and dozens["fatalities_reported"] == ""


def test_export_csv_fields_filled_from_event(docs):
    text, _ = written(docs, "csv")
    row = next(csv.DictReader(io.StringIO(text)))
    event = docs[0].events[0]
    assert row["event_date"] == "2025-05-13" and row["year"] == "2025"
    assert (row["event_type"], row["sub_event_type"]) == (event.event_type, event.sub_event_type)
    assert row["actor1"] == "Turkish military" and row["country"] == "Syria" and row["admin1"] == "Hasakah"
    assert row["disorder_type"] == "Political violence"
    assert float(row["latitude"]) == pytest.approx(event.location["lat"])


def test_export_csv_civilian_targeting(docs):
    text, _ = written(docs, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[3]["civilian_targeting"] == "Civilian targeting"
    assert rows[0]["civilian_targeting"] == ""


def test_export_csv_empty_input_has_header_only():
    text, n = written([], "csv")
    assert n == 0
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 1 and rows[0][:len(ACLED_COLUMNS)] == ACLED_COLUMNS


def test_export_json_is_a_list_of_records(docs):
    text, n = written(docs, "json")
    records = json.loads(text)
    assert isinstance(records, list) and n == 4
    assert [r["id"] for r in records] == ["d1", "d2", "d3", "d4"]
    assert records == [d.as_dict() for d in docs]


def test_export_json_empty_is_empty_list():
    text, n = written([], "json")
    assert json.loads(text) == [] and n == 0


def test_export_jsonl_one_record_per_line(docs):
    text, n = written(docs, "jsonl")
    lines = text.splitlines()
    assert len(lines) == n == 4
    assert [json.loads(line) for line in lines] == [d.as_dict() for d in docs]
    assert "الحسكة" in text and "\\u06" not in text  # UTF-8 kept, not \\u-escaped


def test_export_jsonl_evidence_offsets_survive(docs):
    text, _ = written(docs, "jsonl")
    for line, original in zip(text.splitlines(), [STRIKE, TWO, DOZENS, NONE]):
        for event in json.loads(line)["events"]:
            for ev in event["evidence"]:
                assert original[ev["start"]:ev["end"]] == ev["text"]


@pytest.fixture()
def inputs(tmp_path):
    """A JSONL input file with the four texts."""
    path = tmp_path / "in.jsonl"
    rows = [{"id": f"d{i}", "text": t, "published": PUB} for i, t in enumerate([STRIKE, TWO, DOZENS, NONE], 1)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_export_cli_csv(inputs):
    result = run_cli(["extract", "--format", "csv", str(inputs)])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0])[:len(ACLED_ORDER)] == ACLED_ORDER
    assert [r["rasid_doc_id"] for r in rows] == ["d1", "d2", "d2", "d3"]
    assert rows[3]["fatalities"] == "12"


def test_export_cli_json(inputs):
    result = run_cli(["extract", "--format", "json", str(inputs)])
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert [r["id"] for r in records] == ["d1", "d2", "d3", "d4"]
    assert [len(r["events"]) for r in records] == [1, 2, 1, 0]


def test_export_cli_jsonl(inputs):
    result = run_cli(["extract", "--format", "jsonl", str(inputs)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert [json.loads(line)["id"] for line in lines] == ["d1", "d2", "d3", "d4"]


def test_export_cli_default_format_is_json():
    result = run_cli(["extract", "--published", PUB, "-"], stdin=STRIKE)
    assert result.exit_code == 0
    assert isinstance(json.loads(result.stdout), list)


def test_export_cli_bad_published_is_a_user_error():
    result = run_cli(["extract", "--published", "14/05/2025", "-"], stdin=STRIKE)
    assert result.exit_code != 0
    assert "--published" in (result.stderr or result.output)
