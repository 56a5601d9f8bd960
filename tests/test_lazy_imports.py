"""Plain text is extracted without loading the HTML, feed, WARC and charset-detection stacks."""
from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("trafilatura", "feedparser", "lxml", "warcio", "charset_normalizer")
SCRIPT = """
import json, sys
from click.testing import CliRunner
from rasid.cli import main
result = CliRunner().invoke(main, ["extract", "--format", "jsonl", "--published", "2025-03-02", sys.argv[1]])
print(json.dumps({"records": result.stdout.count("\\n"), "loaded": sorted(m for m in sys.modules
                  if m.split(".")[0] in %r)}))
""" % (HEAVY,)


def _loaded(path) -> dict:
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(path)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_text_input_loads_no_html_or_feed_stack(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("قُتل مدني برصاص مسلحين مجهولين في بلدة طفس بريف درعا الغربي أمس.", encoding="utf-8")
    found = _loaded(path)
    assert found == {"records": 1, "loaded": []}


def test_html_input_still_loads_it(tmp_path):
    path = tmp_path / "news.html"
    path.write_text("<html><body><article><p>قُتل مدني برصاص مسلحين مجهولين في بلدة طفس بريف درعا الغربي أمس."
                    "</p></article></body></html>", encoding="utf-8")
    found = _loaded(path)
    assert found["records"] == 1 and "trafilatura" in found["loaded"]


ONE_JOB = """
import json, sys
from click.testing import CliRunner
from rasid.cli import main
result = CliRunner().invoke(main, ["extract", "--format", "jsonl", "--published", "2025-03-02", sys.argv[1]])
print(json.dumps({"records": result.stdout.count("\\n"), "loaded": sorted(m for m in sys.modules
                  if m.split(".")[0] in ("multiprocessing", "concurrent", "email"))}))
"""


def test_one_job_loads_no_process_pool_or_mail_parser(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("قُتل مدني برصاص مسلحين مجهولين في بلدة طفس بريف درعا الغربي أمس.", encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", ONE_JOB, str(path)], check=True, capture_output=True, text=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {"records": 1, "loaded": []}
