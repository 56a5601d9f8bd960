"""Hostile input (issue 10): each bad input gets one ``rasid: …`` line, the rest of a batch is processed."""
from __future__ import annotations

import csv
import datetime as dt
import gc
import gzip
import io
import json
import os
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

import rasid
from rasid.cli import main
from rasid.export import spreadsheet_safe, write_documents
from rasid.ingest import Article, IngestProblem, read_bytes, read_paths, split_boilerplate
from rasid.ingest.encoding import decode_text
from rasid.ingest import limits
from rasid.ingest.limits import MAX_DOCUMENT_CHARS
from rasid.ingest.sniff import binary_kind, sniff_format

ARTICLE = "قُتل مدني برصاص مسلحين مجهولين في بلدة طفس بريف درعا الغربي أمس.\n"
SECOND = "وأصيب شخصان بجروح في قصف مدفعي على مدينة بصرى الشام بريف درعا الشرقي.\n"
PUB = "2025-03-02"
RASID = [sys.executable, "-m", "rasid"]


def run(args, stdin=None):
    return CliRunner().invoke(main, args, input=stdin)


def jsonl_records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def articles(items) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def problems(items) -> list[IngestProblem]:
    return [item for item in items if isinstance(item, IngestProblem)]


def stored_zip(name: str, data: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(name, data)
    return buf.getvalue()


# --- silent garbage: binary files -------------------------------------------------------------------

BINARIES = {
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "zip": stored_zip("article.txt", ARTICLE.encode()),
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n",
    "elf": b"\x7fELF\x02\x01\x01\x00" + bytes(64),
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "NUL bytes": os.urandom(2048).replace(b"\x00", b"\x01")[:1000] + b"\x00" + os.urandom(10).replace(b"\x00", b"1"),
}


@pytest.mark.parametrize("kind", sorted(BINARIES))
@pytest.mark.parametrize("name", ["x.txt", "x.html", "x.jsonl", "x"])
def test_binary_files_are_skipped_with_their_kind(kind: str, name: str) -> None:
    [item] = read_bytes(BINARIES[kind], name)
    assert isinstance(item, IngestProblem) and item.message == f"binary file ({kind})"


def test_stored_zip_yields_no_events_from_the_article_inside() -> None:
    result = run(["extract", "--format", "jsonl", "-"], stdin=BINARIES["zip"])
    assert result.exit_code == 1 and result.stdout == ""
    assert "rasid: skipped <stdin>: binary file (zip)" in result.stderr


def test_ascii_text_that_starts_like_a_magic_number_is_still_text() -> None:
    assert binary_kind("ID3 وحدة عسكرية\n".encode()) is None
    assert binary_kind(b"MZ is a name\n") is None


# --- UTF-16/32 without a byte-order mark, mixed encodings ---------------------------------------------

@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_bom_are_decoded_with_a_warning(codec: str) -> None:
    [item] = read_bytes((ARTICLE + SECOND).encode(codec), "x.txt")
    assert isinstance(item, Article)
    assert item.text.rstrip() == (ARTICLE + SECOND).rstrip()
    assert item.warnings == [f"no byte-order mark: read as {codec.upper()}"]


def test_utf16_html_without_bom_is_read_as_html() -> None:
    page = f"<html><body><p>{ARTICLE}</p><p>{SECOND}</p></body></html>".encode("utf-16-le")
    assert sniff_format(page, "x") == "html"
    [item] = read_bytes(page, "x")
    assert isinstance(item, Article) and "طفس" in item.text and "<p>" not in item.text


def test_a_windows_1256_paragraph_in_utf8_keeps_the_utf8_and_warns() -> None:
    data = ARTICLE.encode() + SECOND.encode("cp1256") + ARTICLE.encode()
    decoded = decode_text(data)
    assert decoded.text == ARTICLE + SECOND + ARTICLE
    assert decoded.warnings == ["line 2 not UTF-8: read as windows-1256"]
    [item] = read_bytes(data, "mixed.txt")
    assert item.warnings == decoded.warnings


def test_damaged_utf8_bytes_are_replaced_with_a_warning() -> None:
    data = ARTICLE.encode() + b"\xff" + ARTICLE.encode()
    decoded = decode_text(data)
    assert decoded.text.count("\ufffd") == 1 and decoded.text.startswith(ARTICLE)
    assert decoded.warnings == ["line 2 not UTF-8: undecodable bytes replaced by U+FFFD"]


def test_a_whole_cp1256_file_is_still_cp1256_without_warnings() -> None:
    decoded = decode_text((ARTICLE + SECOND).encode("cp1256"))
    assert decoded.text == ARTICLE + SECOND and decoded.warnings == []


def test_the_decoding_warning_reaches_the_document_record(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(ARTICLE.encode() + SECOND.encode("cp1256"))
    result = run(["extract", "--format", "jsonl", "--published", PUB, str(path)])
    [record] = jsonl_records(result.stdout)
    assert "line 2 not UTF-8: read as windows-1256" in record["warnings"]


# --- JSONL ---------------------------------------------------------------------------------------------

GOOD_LINES = [json.dumps({"id": f"r{n}", "text": ARTICLE}, ensure_ascii=False) for n in range(3)]


@pytest.mark.parametrize("first", ["an opening line of prose", "[1, 2]", "# a comment", '"a JSON string"', "42",
                                   "null"])
@pytest.mark.parametrize("name", ["x.jsonl", "x.ndjson", "<stdin>", "dump.log"])
def test_jsonl_with_a_bad_first_line_keeps_its_good_records(first: str, name: str) -> None:
    items = list(read_bytes(("\n".join([first, *GOOD_LINES]) + "\n").encode(), name))
    assert [a.id for a in articles(items)] == ["r0", "r1", "r2"]
    [problem] = problems(items)
    assert problem.origin == f"{name}:line 1"


def test_prose_with_one_json_looking_line_is_not_jsonl() -> None:
    text = f"{ARTICLE}{SECOND}{{ملاحظة}}\n{ARTICLE}"
    assert sniff_format(text.encode(), "notes.txt") == "text"


@pytest.mark.parametrize("line, reason", [
    ("[" * 1000 + "]" * 1000, "JSON nested too deeply"),
    ('{"id": "n", "count": ' + "9" * 5000 + ', "text": "x"}', "a JSON number with too many digits"),
    ('{"text": ' * 1000 + '"x"' + "}" * 1000, "JSON nested too deeply"),
    ("[1, 2]", "not a JSON object (a list)"),
])
def test_unreadable_jsonl_lines_are_skipped_with_their_reason(line: str, reason: str) -> None:
    items = list(read_bytes("\n".join([GOOD_LINES[0], line, GOOD_LINES[1]]).encode(), "x.jsonl"))
    assert [a.id for a in articles(items)] == ["r0", "r1"]
    [problem] = problems(items)
    assert (problem.origin, problem.message) == ("x.jsonl:line 2", reason)


@pytest.mark.parametrize("published", ["2025-02-31", "99999-01-01", [2025, 1, 1], 20250101, "yesterday"])
def test_unreadable_record_dates_are_warned_about(published: object) -> None:
    line = json.dumps({"id": "a", "text": ARTICLE, "published": published})
    [item] = read_bytes(line.encode(), "x.jsonl")
    assert item.published is None
    assert item.warnings == [f'"published" {json.dumps(published)} is not a date between 1900 and 2100: ignored']


@pytest.mark.parametrize("raw, kept", [("a1", "a1"), (7, "7"), (1.5, None), (True, None), (["a"], None),
                                       ({"x": 1}, None)])
def test_record_ids_of_other_types_are_not_silently_changed(raw: object, kept: str | None) -> None:
    [item] = read_bytes(json.dumps({"id": raw, "text": ARTICLE}).encode(), "x.jsonl")
    assert item.id == kept
    assert bool(item.warnings) == (kept is None)
    if kept is None:
        assert "is not a string or an integer" in item.warnings[0]


def test_duplicate_ids_in_a_batch_are_warned_about(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(GOOD_LINES[0] + "\n" + GOOD_LINES[0] + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(GOOD_LINES[0] + "\n", encoding="utf-8")
    items = articles(read_paths([str(tmp_path)]))
    assert [a.id for a in items] == ["r0"] * 3
    assert items[0].warnings == []
    assert items[1].warnings == [f"duplicate id 'r0': also used by {tmp_path / 'a.jsonl'}:line 1"]
    assert items[2].warnings == items[1].warnings


def test_utf16_jsonl_is_read_line_by_line() -> None:
    data = ("\n".join(GOOD_LINES) + "\n").encode("utf-16-le")
    items = list(read_bytes(data, "x.jsonl"))
    assert [a.id for a in articles(items)] == ["r0", "r1", "r2"]


def test_jsonl_lines_in_different_encodings_each_decode() -> None:
    cp = json.dumps({"id": "cp", "text": SECOND}, ensure_ascii=False).encode("cp1256")
    items = list(read_bytes(GOOD_LINES[0].encode() + b"\n" + cp + b"\n", "x.jsonl"))
    assert [a.text.strip() for a in articles(items)] == [ARTICLE.strip(), SECOND.strip()]


# --- publication dates -----------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["2025-06-12garbage", "2025-06-12T99:99", "2025-06-12T10:00", "0001-01-01",
                                   "9999-12-31", "1899-12-31", "2101-01-01", "2025-6-1", "٢٠٢٥-٠٦-١٢", ""])
def test_published_option_must_be_exactly_a_date_in_range(value: str) -> None:
    result = run(["extract", "--published", value, "-"], stdin=ARTICLE)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("rasid: error: --published") and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("value", ["1900-01-01", "2100-12-31"])
def test_relative_dates_at_the_edges_of_the_range_resolve(value: str) -> None:
    doc = rasid.extract("أمس قُتل مدني في بلدة طفس بريف درعا الغربي، وسيتجدد القصف الأسبوع المقبل.",
                        published=value)
    assert doc.published == value


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "2025-06-12T99:99"])
def test_api_published_out_of_range_is_ignored_with_a_warning(value: str) -> None:
    doc = rasid.extract("أمس قُتل مدني في بلدة طفس بريف درعا الغربي.", published=value)
    assert doc.published is None
    assert any(value in w and "ignored" in w for w in doc.warnings)


def test_api_accepts_a_date_object() -> None:
    assert rasid.extract(ARTICLE, published=dt.date(2025, 3, 2)).published == PUB


@pytest.mark.parametrize("year", ["99999", "9" * 6000])
def test_out_of_range_year_in_the_text_keeps_the_event_with_an_empty_date(year: str) -> None:
    doc = rasid.extract(f"قُتل مدني برصاص مسلحين مجهولين في بلدة طفس بريف درعا الغربي يوم 12 آذار {year}.",
                        published="2025-03-14")
    [event] = doc.events
    assert event.date is None and event.date_text.endswith(year)


def test_a_six_thousand_digit_grouped_number_is_no_count() -> None:
    grouped = ",".join(["999"] * 2000)
    doc = rasid.extract(f"قُتل {grouped} مدنيا بقصف على بلدة طفس بريف درعا الغربي أمس.", published=PUB)
    assert len(doc.events) == 1


# --- CSV formula injection -----------------------------------------------------------------------------

@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_are_prefixed(cell: str) -> None:
    assert spreadsheet_safe(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Syria", "", "نورث بالس", -35.5, 3, None])
def test_other_cells_are_unchanged(cell: object) -> None:
    assert spreadsheet_safe(cell) == cell


def test_csv_export_neutralises_formulas_in_every_text_column() -> None:
    doc = rasid.extract(ARTICLE, published=PUB, doc_id="=cmd|' /C calc'!A0", source="@حساب",
                        url="+http://example.org")
    out = io.StringIO()
    write_documents([doc], out, "csv")
    [row] = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["rasid_doc_id"] == "'=cmd|' /C calc'!A0"
    assert row["source"] == "'@حساب" and row["url"] == "'+http://example.org"
    assert not any(value.startswith(("=", "+", "-", "@", "\t", "\r")) for value in row.values())
    assert row["latitude"] and float(row["latitude"]) > 0


# --- lone surrogates and argument types ------------------------------------------------------------------

def test_lone_surrogate_in_jsonl_becomes_replacement_character() -> None:
    line = '{"id": "s\\udc00", "text": "قُتل مدني \\ud800 في بلدة طفس بريف درعا الغربي أمس.", "title": "\\udfff"}'
    result = run(["extract", "--format", "jsonl", "--published", PUB, "-"], stdin=line + "\n")
    assert result.exit_code == 0, result.stderr
    [record] = jsonl_records(result.stdout)
    assert "\ufffd" in record["text"] and record["id"] == "s\ufffd" and record["title"] == "\ufffd"
    assert record["events"] and "1 lone surrogate(s) in the text replaced by U+FFFD" in record["warnings"]


def test_lone_surrogate_in_the_api_keeps_offsets() -> None:
    text = "\ud800" + ARTICLE
    doc = rasid.extract(text, published=PUB)
    json.dumps(doc.as_dict(), ensure_ascii=False).encode("utf-8")
    [event] = doc.events
    for ev in event.evidence:  # offsets into the text as given, the surrogate shown as U+FFFD
        assert text[ev["start"]:ev["end"]].replace("\ud800", "\ufffd") == ev["text"]
    assert rasid.repair("داعـ.ـش\udc80").text.encode("utf-8")


@pytest.mark.parametrize("kwargs, name", [
    ({"text": None}, "text"), ({"text": 5}, "text"), ({"text": b"x"}, "text"), ({"doc_id": 5}, "doc_id"),
    ({"published": 20250101}, "published"), ({"source": ["x"]}, "source"), ({"url": 1}, "url"),
    ({"title": {}}, "title"),
])
def test_public_entry_points_check_argument_types(kwargs: dict, name: str) -> None:
    args = {"text": ARTICLE, **kwargs}
    text = args.pop("text")
    with pytest.raises(TypeError, match=f"^{name} must be"):
        rasid.extract(text, **args)
    if name == "text":
        with pytest.raises(TypeError, match="^text must be"):
            rasid.repair(text)


# --- size limits, gzip bombs, special files ------------------------------------------------------------------

def test_gzip_bomb_stops_at_the_read_limit(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    with gzip.open(bomb, "wb", compresslevel=1) as out:
        chunk = b"a" * (1 << 20)
        for _ in range(70):
            out.write(chunk)
    [item] = read_paths([str(bomb)])
    assert isinstance(item, IngestProblem) and item.origin == str(bomb)
    assert "larger than the 64 MB limit" in item.message


def test_overlong_record_is_skipped_with_the_limit_named(tmp_path: Path) -> None:
    line = json.dumps({"id": "huge", "text": "قصف " * (MAX_DOCUMENT_CHARS // 4 + 1)}, ensure_ascii=False)
    (tmp_path / "huge.jsonl").write_text(line + "\n", encoding="utf-8")
    result = run(["extract", "--format", "jsonl", str(tmp_path / "huge.jsonl")])
    assert result.exit_code == 1 and result.stdout == ""
    assert f"{MAX_DOCUMENT_CHARS:,}-character limit" in result.stderr
    long_text = "قصف " * (MAX_DOCUMENT_CHARS // 4 + 1)
    [item] = read_bytes(long_text.encode(), "long.txt")
    assert isinstance(item, Article), "the reader keeps it whole, for readers that split dumps into articles"


def test_overlong_plain_text_is_cut_into_parts_at_paragraph_breaks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_DOCUMENT_CHARS", 3000)
    monkeypatch.setattr(limits, "PART_CHARS", 1000)
    paragraphs = [ARTICLE + SECOND] * 40
    dump = "\n".join(paragraphs)
    result = run(["extract", "--format", "jsonl", "--published", PUB, "-"], stdin=dump)
    assert result.exit_code == 0 and result.stderr == ""
    records = jsonl_records(result.stdout)
    assert len(records) == len(dump) // 1000 + 1
    assert "".join(r["text"] for r in records) == dump, "nothing lost, nothing repeated"
    assert all(r["text"].startswith(ARTICLE) for r in records), "cut at paragraph breaks"
    assert all(r["events"] for r in records)
    assert f"part 2 of {len(records)} of a {len(dump):,}-character text" in records[1]["warnings"][0]


def test_a_part_without_any_break_is_cut_at_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_DOCUMENT_CHARS", 30)
    monkeypatch.setattr(limits, "PART_CHARS", 10)
    article = Article(text="ق" * 25 + " قصف\n\nطفس", id="7", origin="dump.txt", plain=True)
    parts = limits.split_oversized(article)
    assert [p.text for p in parts] == ["ق" * 10, "ق" * 10, "ق" * 5 + " قصف\n", "\nطفس"]
    assert [p.id for p in parts] == [f"7#part {n}" for n in range(1, 5)]
    assert parts[0].origin == "dump.txt#part 1"
    assert limits.split_oversized(replace(article, plain=False)) == [replace(article, plain=False)]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_fifo_given_or_in_a_folder_is_skipped(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "z.txt").write_text(ARTICLE, encoding="utf-8")
    items = list(read_paths([str(tmp_path / "pipe"), str(tmp_path)]))
    assert [p.message.split(";")[0] for p in problems(items)] == ["not a regular file (named pipe)"] * 2
    assert len(articles(items)) == 1


def test_character_device_is_skipped() -> None:
    [item] = read_paths(["/dev/zero"])
    assert isinstance(item, IngestProblem) and "character device" in item.message


def test_nul_stream_on_stdin_is_binary() -> None:
    result = subprocess.run([*RASID, "extract", "-"], input=bytes(1 << 20), capture_output=True, timeout=120)
    assert result.returncode == 1 and b"binary file (NUL bytes)" in result.stderr


# --- deeply nested HTML ------------------------------------------------------------------------------------

@pytest.mark.parametrize("depth", [300, 3000])
def test_deeply_nested_html_keeps_its_text(depth: int) -> None:
    page = ("<html><head><title>t</title></head><body>" + "<div>" * depth + f"<p>{ARTICLE}</p><p>{SECOND}</p>"
            + "</div>" * depth + "</body></html>")
    [item] = read_bytes(page.encode(), "deep.html")
    assert isinstance(item, Article) and item.text.rstrip() == ARTICLE + SECOND.strip()


# --- output: valid JSON whatever fails, write errors ---------------------------------------------------------

def test_json_array_is_closed_when_a_later_document_fails() -> None:
    def documents():
        yield rasid.extract(ARTICLE, published=PUB)
        raise RuntimeError("stage failed")

    out = io.StringIO()
    with pytest.raises(RuntimeError):
        write_documents(documents(), out, "json")
    assert len(json.loads(out.getvalue())) == 1


def test_batch_with_every_kind_of_bad_line_gives_valid_json(tmp_path: Path) -> None:
    lines = [GOOD_LINES[0], "[" * 1000, '{"n": ' + "9" * 5000 + "}", '{"text": "\\ud800"}', GOOD_LINES[1]]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(["extract", "--format", "json", "--published", PUB, str(path)])
    assert result.exit_code == 1
    assert [r["id"] for r in json.loads(result.stdout)][::2] == ["r0", "r1"]
    assert "Traceback" not in result.stderr
    assert all(line.startswith("rasid: ") for line in result.stderr.splitlines())


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("command", [["extract", "--format", "csv", "-"], ["repair"], ["geocode", "درعا"]])
def test_full_disk_is_one_line(command: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run([*RASID, *command], input=ARTICLE.encode(), stdout=full, stderr=subprocess.PIPE,
                                timeout=120)
    assert result.returncode == 4
    assert result.stderr.decode() == "rasid: error: cannot write output: No space left on device\n"


def test_closed_stdout_is_one_line() -> None:
    result = subprocess.run([*RASID, "extract", "-"], input=ARTICLE.encode(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, timeout=120, preexec_fn=lambda: os.close(1))
    assert result.returncode == 4
    assert result.stderr.decode() == "rasid: error: cannot write output: standard output is closed\n"


def test_reader_going_away_is_quiet() -> None:
    lines = "".join(json.dumps({"id": str(n), "text": ARTICLE}, ensure_ascii=False) + "\n" for n in range(200))
    proc = subprocess.Popen([*RASID, "extract", "--format", "jsonl", "--published", PUB, "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.write(lines.encode())
    proc.stdin.close()
    proc.stdout.readline()
    proc.stdout.close()
    assert proc.wait(timeout=120) == 0
    assert proc.stderr.read() == b""


def test_problem_lines_stay_one_line_for_hostile_file_names(tmp_path: Path) -> None:
    name = tmp_path / "bad\nname\x1b.txt"
    result = run(["extract", str(name)])
    [line, summary] = result.stderr.splitlines()
    assert "bad\\nname\\x1b.txt" in line and "no such file" in line


# --- repair and eval ----------------------------------------------------------------------------------------

def test_repair_decodes_a_cp1256_line_and_says_so() -> None:
    result = run(["repair"], stdin=ARTICLE.encode() + "داعـ.ـش هاجم\n".encode("cp1256"))
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [ARTICLE.strip(), "داعش هاجم"]
    assert result.stderr == "rasid: <stdin>:line 2: not UTF-8: read as windows-1256\n"


def _eval(tmp_path: Path, pred_lines: list[str]):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "events": [{"event_type": "Battles", "sub_event_type": "Armed clash",
                                                        "date": "2025-01-01", "country": "Syria",
                                                        "location": {"name": "Tafas"}, "fatalities": 2}]}) + "\n")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(pred_lines) + "\n")
    return run(["eval", "--json", str(gold), str(pred)])


@pytest.mark.parametrize("event", [
    1, "x", None, [],
    {"event_type": ["Battles"], "sub_event_type": {"x": 1}, "date": 20250101, "country": 5, "admin1": [],
     "location": {"name": 5, "lat": "north"}, "actor1": {"name": [1]}, "actor2": 7, "fatalities": {"n": 1},
     "wounded": [], "time_precision": True},
    {"event_type": "Battles", "fatalities": 1e308, "wounded": -1e400, "location": "Tafas", "notes": [[[]]]},
])
def test_eval_survives_wrongly_typed_prediction_fields(tmp_path: Path, event: object) -> None:
    result = _eval(tmp_path, [json.dumps({"id": "a", "events": [event]})])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["events"]["gold"] == 1
    assert all(line.startswith("rasid: ") and "pred.jsonl: id 'a' event 1:" in line
               for line in result.stderr.splitlines())


@pytest.mark.parametrize("line", ['{"id": "a", "events": ' + "[" * 2000 + "]" * 2000 + "}",
                                  '{"id": "a", "events": [{"fatalities": ' + "9" * 5000 + "}]}"])
def test_eval_names_the_line_it_cannot_read(tmp_path: Path, line: str) -> None:
    result = _eval(tmp_path, [line])
    assert result.exit_code == 2
    assert result.stderr.startswith("rasid: error: ") and "pred.jsonl:1:" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_nul_bytes_past_the_sniffed_head_are_binary() -> None:
    [item] = read_bytes(ARTICLE.encode() * 2000 + b"\x00\x01\x02", "late.txt")
    assert isinstance(item, IngestProblem) and item.message.startswith("binary file (NUL bytes at offset")


def test_repair_stops_at_an_endless_line() -> None:
    result = subprocess.run(f"head -c 70000000 /dev/zero | {sys.executable} -m rasid repair", shell=True,
                            capture_output=True, timeout=120)
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr == b"rasid: error: <stdin>:line 1: longer than 64 MB: stopped there\n"


def test_wrongly_typed_metadata_is_warned_about() -> None:
    [item] = read_bytes(json.dumps({"text": ARTICLE, "source": 5, "url": ["u"], "title": None}).encode(), "x.jsonl")
    assert (item.source, item.url, item.title) == (None, None, None)
    assert item.warnings == ['"source" 5 is not a string: ignored', '"url" ["u"] is not a string: ignored']


def test_closed_stdin_is_a_problem_not_a_traceback() -> None:
    for command, code, message in ((["extract", "-"], 1, b"rasid: skipped <stdin>: standard input is closed"),
                                   (["repair"], 2, b"rasid: error: cannot read standard input: it is closed")):
        result = subprocess.run([*RASID, *command], capture_output=True, timeout=120,
                                preexec_fn=lambda: os.close(0))
        assert result.returncode == code and result.stderr.startswith(message)


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    real_walk = os.walk

    def walk(path, onerror=None):
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield from real_walk(path)

    monkeypatch.setattr("rasid.ingest.reader.os.walk", walk)
    items = list(read_paths([str(tmp_path)]))
    assert (items[0].origin, items[0].message) == (str(tmp_path / "locked"), "folder not read: permission denied")
    assert len(articles(items)) == 1


def test_an_unexpected_bug_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args, **kwargs):
        raise KeyError("oops")

    monkeypatch.setattr("rasid.export.write_rendered", broken)
    monkeypatch.delenv("RASID_TRACEBACK", raising=False)
    result = run(["extract", "-"], stdin=ARTICLE)
    assert result.exit_code == 70
    assert result.stderr.startswith("rasid: internal error: KeyError('oops')") and len(result.stderr.splitlines()) == 1


def test_a_surrogate_pair_given_as_two_code_points_keeps_offsets() -> None:
    doc = rasid.extract("\ud800\udfffـــ")
    assert doc.text == "\ufffd\ufffd"
    assert [(r["start"], r["end"], r["original"]) for r in doc.as_dict()["repairs"]] == [(2, 5, "ـــ")]


def test_gzip_nested_hundreds_deep_is_refused_and_a_few_layers_are_read() -> None:
    data = ARTICLE.encode()
    for layer in range(1, 600):
        data = gzip.compress(data, compresslevel=1)
        if layer == 3:
            [item] = read_bytes(data, "x.txt.gz.gz.gz")
            assert isinstance(item, Article) and item.text.strip() == ARTICLE.strip()
    [item] = read_bytes(data, "x.gz")
    assert isinstance(item, IngestProblem) and item.message == "gzip inside gzip more than 3 deep"


def test_deeply_nested_html_in_a_feed_entry_keeps_its_text() -> None:
    depth = 2000
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>x</title><description>'
            f'<![CDATA[{"<div>" * depth}<p>{ARTICLE}</p>{"</div>" * depth}]]></description></item></channel></rss>')
    [item] = read_bytes(feed.encode(), "feed.xml")
    assert isinstance(item, Article) and item.text == ARTICLE.strip()


@pytest.mark.parametrize("word", ["x" * 100_000, "xx", "فيسبوكتويتر", "©" + "ق" * 5000, "شارك" + "ك" * 2000])
def test_one_long_word_is_a_body_not_boilerplate(word: str) -> None:
    assert split_boilerplate(word) == (word, None)
    [item] = read_bytes(word.encode(), "word.txt")
    assert isinstance(item, Article) and item.text == word


def test_a_short_social_line_after_the_text_is_still_cut() -> None:
    assert split_boilerplate(ARTICLE + "فيسبوك | تويتر | x\n") == (ARTICLE.rstrip(), None)


def test_a_long_text_pauses_the_garbage_collector_and_restores_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from rasid import pipeline

    monkeypatch.setattr(pipeline, "_GC_PAUSE_CHARS", len(ARTICLE) - 1)
    seen, find = [], pipeline.find_mentions
    monkeypatch.setattr(pipeline, "find_mentions", lambda *args: seen.append(gc.isenabled()) or find(*args))
    assert rasid.extract(ARTICLE, published=PUB).events and seen == [False] and gc.isenabled()
    gc.disable()
    try:
        rasid.extract(ARTICLE, published=PUB)
        assert not gc.isenabled(), "a collector the caller paused stays paused"
    finally:
        gc.enable()
    rasid.extract("قصف", published=PUB)
    assert seen[-1] is True, "a short text runs with the collector on"
