"""`rasid repair` on the command line: line for line, same number of lines out as in."""
from __future__ import annotations

from click.testing import CliRunner

from rasid.cli import main


def run(text: str, *args: str):
    return CliRunner().invoke(main, ["repair", *args], input=text.encode("utf-8"))


def test_cli_repair_line_for_line() -> None:
    text = "هاجم داعـ.ـش البلدة\n\nقال د ا ع ش\nالإرهابي.وقال\n\n"
    result = run(text)
    assert result.exit_code == 0
    assert result.output == "هاجم داعش البلدة\n\nقال داعش\nالإرهابي.وقال\n\n"
    assert result.output.count("\n") == text.count("\n")


def test_cli_repair_last_line_without_newline() -> None:
    result = run("سطر أول\nقـ.ـسد")
    assert result.exit_code == 0
    assert result.output.splitlines() == ["سطر أول", "قسد"]


def test_cli_repair_empty_input() -> None:
    result = run("")
    assert result.exit_code == 0
    assert result.output == ""


def test_cli_repair_show_lists_repairs() -> None:
    result = run("خلايا داعـ.ـش\n", "--show")
    assert result.exit_code == 0
    assert "split-word" in result.output
    assert "داعش" in result.output


def test_cli_repair_many_lines() -> None:
    lines = [f"السطر {i} مقـ.ـاتلين" if i % 3 else "" for i in range(200)]
    result = run("\n".join(lines) + "\n")
    out = result.output.split("\n")[:-1]
    assert len(out) == len(lines)
    assert all(o == (line.replace("مقـ.ـاتلين", "مقاتلين")) for o, line in zip(out, lines))
