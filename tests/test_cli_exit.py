"""The ``rasid`` command's quick exit: exit handlers run, output is complete, exit statuses are kept."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TEXT = "قُتل ثلاثة مدنيين في غارة جوية على بلدة سرمين بريف إدلب الشرقي يوم الاثنين.\n"

RUN_WITH_HANDLER = """
import atexit, sys
from rasid.cli import run
atexit.register(lambda: print("handler ran", file=sys.stderr))
sys.argv = ["rasid", *sys.argv[1:]]
run()
"""


def _rasid(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", RUN_WITH_HANDLER, *args], capture_output=True, text=True,
                          check=False)


def test_exit_handlers_run_and_every_record_is_written(tmp_path: Path) -> None:
    paths = []
    for i in range(40):
        path = tmp_path / f"news-{i:02d}.txt"
        path.write_text(TEXT, encoding="utf-8")
        paths.append(str(path))
    out = _rasid("extract", "--format", "jsonl", "--published", "2025-03-03", *paths)
    assert out.returncode == 0
    assert len(out.stdout.splitlines()) == 40
    assert out.stderr.endswith("handler ran\n")


def test_the_exit_status_of_a_partial_run_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text(TEXT, encoding="utf-8")
    out = _rasid("extract", "--format", "jsonl", "--published", "2025-03-03", str(tmp_path / "missing.txt"), str(path))
    assert out.returncode == 1
    assert len(out.stdout.splitlines()) == 1
    assert "handler ran" in out.stderr


def test_a_user_error_keeps_its_status() -> None:
    out = _rasid("extract", "--published", "2025-13-40", "-")
    assert out.returncode == 2
    assert "handler ran" in out.stderr

