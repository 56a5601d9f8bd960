"""Property tests: random bytes and random Unicode through the readers, ``rasid.extract`` and the CLI.

Whatever comes in: no exception other than the documented ones, records that meet the SPEC.md contract,
every span consistent with the input, and on the command line valid output and one-line messages."""
from __future__ import annotations

import datetime as dt
import json
import re

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rasid
from rasid.cli import main
from rasid.ingest import Article, IngestProblem, read_bytes
from rasid.pipeline import process_article

DOCUMENT_KEYS = {"id", "source", "url", "title", "published", "language", "text", "repairs", "events", "warnings"}
EVENT_KEYS = {"event_type", "sub_event_type", "date", "date_text", "time_precision", "actor1", "actor2", "country",
              "admin1", "admin2", "admin3", "location", "fatalities", "wounded", "fatalities_acled", "evidence",
              "confidence", "notes"}
EVENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
               "Strategic developments"}
PIECES = ["قُتل مدني ", "برصاص مسلحين مجهولين ", "في بلدة طفس ", "بريف درعا الغربي ", "أمس", "يوم 12 آذار 99999 ",
          "داعـ.ـش ", "د ا ع ش ", "\u200c", "\u202e", "ـــ", "٣ ", "999,999,999 ", "، ", ". ", "\n", "\r\n", "عشرات ",
          "الأسبوع المقبل ", "قصف جوي ", "على مدينة إدلب ", "<p>", "</p>", "{", "}", '"text": ', "\ufeff", "\x00",
          "\ud800", "\udfff", "🇸🇾", "=", "@حساب\n"]
TEXTS = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=30).map("".join)
NAMES = st.sampled_from(["x.txt", "x.html", "x.jsonl", "x.ndjson", "x.xml", "x.warc", "x.txt.gz", "x", "<stdin>"])
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _json_line(text: str) -> bytes:
    return json.dumps({"id": "f", "text": text}).encode() + b"\n"


BYTES = st.one_of(
    st.binary(max_size=600),
    TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass")),
    TEXTS.map(lambda t: t.encode("utf-16-le", "surrogatepass")),
    TEXTS.map(lambda t: t.encode("cp1256", "replace")),
    st.lists(TEXTS.map(_json_line), max_size=4).map(b"".join),
)


def check_record(record: dict, body: str) -> None:
    """``record`` meets the SPEC.md contract and its spans index ``body`` (lone surrogates shown as U+FFFD)."""
    shown = re.sub("[\ud800-\udfff]", "\ufffd", body)
    json.dumps(record, ensure_ascii=False).encode("utf-8")  # serialisable and encodable
    assert DOCUMENT_KEYS <= set(record)
    assert isinstance(record["id"], str) and record["id"]
    assert all(isinstance(w, str) for w in record["warnings"])
    if record["published"] is not None:
        assert 1900 <= dt.date.fromisoformat(record["published"]).year <= 2100
    for r in record["repairs"]:
        assert 0 <= r["start"] <= r["end"] <= len(body) and shown[r["start"]:r["end"]] == r["original"]
    for event in record["events"]:
        assert EVENT_KEYS <= set(event) and event["event_type"] in EVENT_TYPES
        assert 0 <= event["confidence"] <= 1
        assert event["date"] is None or dt.date.fromisoformat(event["date"])
        for count in (event["fatalities"], event["wounded"]):
            assert count is None or (isinstance(count, int) and count >= 0)
        assert isinstance(event["fatalities_acled"], int) and event["fatalities_acled"] >= 0
        for ev in event["evidence"]:
            assert 0 <= ev["start"] < ev["end"] <= len(body) and shown[ev["start"]:ev["end"]] == ev["text"]


@SETTINGS
@given(BYTES, NAMES)
def test_readers_and_pipeline_on_random_bytes(data: bytes, name: str) -> None:
    for item in read_bytes(data, name):
        assert isinstance(item, (Article, IngestProblem))
        if isinstance(item, IngestProblem):
            assert item.message and "\n" not in item.message
            continue
        check_record(process_article(item, published="2025-03-02").as_dict(), item.text)


@SETTINGS
@given(TEXTS, st.sampled_from([None, "2025-03-02", "1900-01-01", "2100-12-31", "0001-01-01", "2025-02-31"]))
def test_extract_on_random_unicode(text: str, published: str | None) -> None:
    check_record(rasid.extract(text, published=published).as_dict(), text)


@SETTINGS
@given(st.one_of(st.none(), st.integers(), st.floats(), st.binary(max_size=5), st.lists(st.text(max_size=3))))
def test_extract_refuses_what_is_not_text_with_a_type_error(value: object) -> None:
    try:
        rasid.extract(value)
    except TypeError as exc:
        assert str(exc).startswith("text must be a str")
    else:
        raise AssertionError("accepted a non-str text")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(BYTES, st.sampled_from(["json", "jsonl", "csv"]))
def test_cli_on_random_stdin_gives_valid_output_and_one_line_messages(data: bytes, fmt: str) -> None:
    result = CliRunner().invoke(main, ["extract", "--format", fmt, "--published", "2025-03-02", "-"], input=data)
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if fmt == "json":
        assert isinstance(json.loads(result.stdout), list)
    elif fmt == "jsonl":
        assert all(json.loads(line) for line in result.stdout.split("\n") if line)
    assert all(line.startswith("rasid: ") for line in result.stderr.splitlines())
