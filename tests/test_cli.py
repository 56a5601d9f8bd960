"""The command line: help, version, user errors without tracebacks, and exit codes."""
from __future__ import annotations

import json

from click.testing import CliRunner

from rasid import __version__
from rasid.cli import main


def run(args, stdin=None):
    return CliRunner().invoke(main, args, input=stdin)


def test_cli_help_lists_every_command():
    result = run(["--help"])
    assert result.exit_code == 0
    for command in ("extract", "repair", "geocode", "eval"):
        assert command in result.output


def test_cli_version():
    result = run(["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_cli_missing_file_is_reported_and_exit_status_is_one(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("قُتل مدني برصاص مسلحين مجهولين في بلدة طفس بريف درعا الغربي أمس.", encoding="utf-8")
    result = run(["extract", "--format", "jsonl", "--published", "2025-03-02", str(tmp_path / "absent.txt"), str(good)])
    assert result.exit_code == 1
    assert "absent.txt" in result.stderr and "no such file" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 1 and records[0]["events"], "the readable file is still processed"


def test_cli_bad_published_date_is_a_usage_error():
    result = run(["extract", "--published", "2025-13-40", "-"], stdin="نص")
    assert result.exit_code == 2
    assert "--published" in result.stderr and "Traceback" not in result.stderr


def test_cli_eval_on_a_malformed_file_names_the_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "events": []}\n{broken\n', encoding="utf-8")
    result = run(["eval", str(gold), str(gold)])
    assert result.exit_code == 2
    assert "gold.jsonl:2" in result.stderr and "Traceback" not in result.stderr


def test_cli_geocode_unknown_place_is_an_error():
    result = run(["geocode", "مكان لا وجود له إطلاقا"])
    assert result.exit_code != 0 and "no place found" in result.stderr
