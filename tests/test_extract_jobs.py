"""``rasid extract --jobs N``: the same records, byte for byte and in input order, as one process gives."""
from __future__ import annotations

import csv
import io
import json

import pytest

from click.testing import CliRunner

from rasid.cli import main
from rasid.ingest.limits import MAX_DOCUMENT_CHARS

PLACES = ["طفس", "داعل", "نوى", "جاسم", "إنخل", "الصنمين", "بصرى الشام", "الحراك", "المزيريب", "الشيخ مسكين"]


def _corpus(tmp_path):
    lines = []
    for i in range(40):
        place = PLACES[i % len(PLACES)]
        text = (f"قُتل {i % 5 + 2} مدنيين بقصف مدفعي على بلدة {place} بريف درعا أمس.\n"
                f"وقال مصدر محلي إن القذائف سقطت على منازل في البلدة، وإن {i % 3 + 1} أشخاص أصيبوا بجروح.")
        lines.append(json.dumps({"id": f"doc-{i:02d}", "text": text, "published": "2025-03-02"}, ensure_ascii=False))
        if i == 17:
            lines.append("{not json")  # a line that cannot be read, reported in its place
        if i == 23:
            lines.append(json.dumps({"id": "huge", "text": "قصف " * (MAX_DOCUMENT_CHARS // 4 + 1)}, ensure_ascii=False))
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _extract(path, *options, fmt="jsonl"):
    return CliRunner().invoke(main, ["extract", "--format", fmt, *options, str(path)])


def test_jobs_give_the_same_bytes_in_input_order(tmp_path):
    path = _corpus(tmp_path)
    one = _extract(path)
    two = _extract(path, "--jobs", "2")
    assert one.exit_code == two.exit_code == 1  # the broken line and the oversized text are skipped
    assert two.stdout == one.stdout
    ids = [json.loads(line)["id"] for line in two.stdout.splitlines()]
    assert ids == [f"doc-{i:02d}" for i in range(40)]
    assert sum(bool(json.loads(line)["events"]) for line in two.stdout.splitlines()) >= 30
    assert two.stderr == one.stderr
    skipped = [line for line in two.stderr.splitlines() if "skipped" in line]
    assert "line 19: not valid JSON" in skipped[0] and "line 26: document of" in skipped[1] and len(skipped) == 3


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_jobs_render_every_format_as_one_process_does(tmp_path, fmt):
    """The workers render the records (JSON objects, CSV rows); the parent adds the brackets, commas, header."""
    path = _corpus(tmp_path)
    one, two = _extract(path, fmt=fmt), _extract(path, "--jobs", "2", fmt=fmt)
    assert two.stdout == one.stdout
    if fmt == "json":
        assert [doc["id"] for doc in json.loads(two.stdout)] == [f"doc-{i:02d}" for i in range(40)]
    else:
        rows = list(csv.DictReader(io.StringIO(two.stdout)))
        assert len({row["rasid_doc_id"] for row in rows}) >= 30 and rows[0]["country"] == "Syria"
