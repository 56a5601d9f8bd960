"""The event store: ingest of every reader into SQLite, idempotency, search, deduplication into incidents."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rasid.ingest import Article
from rasid.store import EventFilter, Store
from rasid.store.dedup import merge, same_incident
from rasid.store.inputs import split_articles

FIXTURES = Path(__file__).parent / "fixtures"
STORE_FIXTURES = FIXTURES / "store"
INGEST_FIXTURES = FIXTURES / "ingest"
TUESDAY = "2025-04-22"

# Three outlets telling one air strike differently: the village spelt two ways, one naming only the
# western countryside, three different tolls.
OUTLET_A = ("قتل ثلاثة مدنيين وأصيب خمسة آخرون، اليوم الثلاثاء، بقصف جوي استهدف بلدة الجزرات في ريف دير الزور "
            "الغربي، بحسب مصادر محلية.")
OUTLET_B = "أفادت مصادر ميدانية بمقتل خمسة مدنيين جراء غارة جوية على قرية جزرات بريف دير الزور، يوم الثلاثاء."
OUTLET_C = "قتل أربعة أشخاص في غارة جوية استهدفت ريف دير الزور الغربي يوم الثلاثاء."
# Two different incidents the same day in the same town.
PROTEST = ("تظاهر مئات من أهالي مدينة الميادين في ريف دير الزور الشرقي، اليوم الثلاثاء، احتجاجاً على تردي الأوضاع "
           "المعيشية.")
STRIKE = ("شنت طائرة حربية غارة جوية على مدينة الميادين في ريف دير الزور الشرقي، اليوم الثلاثاء، ما أدى إلى مقتل "
          "مدنيين اثنين.")


def _jsonl(path: Path, records: list[dict]) -> Path:
    import json

    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _warc(path: Path, pages: list[tuple[str, bytes]]) -> Path:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "rasid tests"}))
    for uri, payload in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    path.write_bytes(buf.getvalue())
    return path


@pytest.fixture
def store(tmp_path: Path):  # noqa: ANN201
    with Store(tmp_path / "rasid.db") as s:
        yield s


def _outlets(tmp_path: Path) -> Path:
    return _jsonl(tmp_path / "outlets.jsonl", [
        {"id": "a", "text": OUTLET_A, "source": "عنب بلدي", "published": TUESDAY},
        {"id": "b", "text": OUTLET_B, "source": "الجزيرة", "published": TUESDAY},
        {"id": "c", "text": OUTLET_C, "source": "فرات بوست", "published": TUESDAY},
        {"id": "d", "text": PROTEST, "source": "عنب بلدي", "published": TUESDAY},
        {"id": "e", "text": STRIKE, "source": "الجزيرة", "published": TUESDAY},
    ])


# --- readers into the store ----------------------------------------------------------------------------

def test_every_reader_feeds_the_store(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("page.html", "feed_rss.xml", "article_cp1256.txt"):
        shutil.copy(INGEST_FIXTURES / name, folder / name)
    shutil.copy(STORE_FIXTURES / "telegram_result.json", folder / "result.json")
    shutil.copy(STORE_FIXTURES / "digest.txt", folder / "digest.txt")
    page = (f"<html><head><title>غارة على جزرات</title></head><body><article><h1>غارة على جزرات</h1>"
            f"<p>{OUTLET_B}</p><p>{OUTLET_C}</p></article></body></html>").encode("utf-8")
    _warc(folder / "crawl.warc.gz", [("https://example.org/news/1", page)])
    summary = store.ingest([str(folder)], jobs=1, published=TUESDAY)
    assert not summary.skipped
    origins = [row[0] for row in store.conn.execute("SELECT origin FROM documents ORDER BY rowid")]
    assert any(o.endswith("page.html") for o in origins)
    assert any("feed_rss.xml" in o for o in origins)
    assert any(o.endswith("article_cp1256.txt") for o in origins)
    assert any("crawl.warc.gz" in o for o in origins)
    assert sum("digest.txt#article" in o for o in origins) == 3
    assert sum("result.json:message" in o for o in origins) == 2
    cp1256 = next(store.document(r[0]) for r in store.conn.execute("SELECT id FROM documents WHERE origin LIKE ?",
                                                                   ("%cp1256%",)))
    assert "\ufffd" not in cp1256["original"] and any("\u0600" <= ch <= "\u06ff" for ch in cp1256["original"])
    assert summary.new == len(origins)


def test_ingest_refreshes_the_planner_statistics(store: Store, tmp_path: Path) -> None:
    assert store.conn.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'events'").fetchone()[0] == 0
    store.ingest([str(_outlets(tmp_path))], jobs=1)
    assert store.conn.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'events'").fetchone()[0] > 0


def test_reingest_adds_nothing(store: Store, tmp_path: Path) -> None:
    path = _outlets(tmp_path)
    first = store.ingest([str(path)], jobs=1)
    counts = store.counts()
    again = store.ingest([str(path)], jobs=1)
    assert first.new == 5 and again.new == 0 and again.already == 5
    assert store.counts() == counts


def test_same_content_under_another_name_is_stored_once(store: Store, tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(OUTLET_A, encoding="utf-8")
    (tmp_path / "two.txt").write_text("  " + OUTLET_A.replace(" ", "  ") + "\n\n", encoding="utf-8")
    summary = store.ingest([str(tmp_path / "*.txt")], jobs=1, published=TUESDAY)
    assert (summary.new, summary.already) == (1, 1)


def test_document_keeps_original_repaired_metadata_and_version(store: Store, tmp_path: Path) -> None:
    text = "أعلن تنظيم داعـ.ـش مسؤوليته عن تفجير عبوة ناسفة في مدينة الرقه يوم الثلاثاء أدى إلى مقتل جنديين."
    store.ingest([str(_jsonl(tmp_path / "x.jsonl", [{"id": "x1", "text": text, "published": TUESDAY,
                                                     "url": "https://example.org/x1"}]))], jobs=1)
    doc = store.document("x1")
    assert doc["original"] == text and "داعش" in doc["text"] and "داعـ.ـش" not in doc["text"]
    assert doc["repairs"] and text[doc["repairs"][0]["start"]:doc["repairs"][0]["end"]] == doc["repairs"][0]["original"]
    assert doc["url"] == "https://example.org/x1" and doc["published"] == TUESDAY
    assert doc["extractor_version"].startswith("0.") and "+" in doc["extractor_version"]
    for event in doc["events"]:
        for span in event["evidence"]:
            assert doc["original"][span["start"]:span["end"]] == span["text"]


def test_telegram_export(store: Store) -> None:
    store.ingest([str(STORE_FIXTURES / "telegram_result.json")], jobs=1)
    docs = [store.document(r[0]) for r in store.conn.execute("SELECT id FROM documents ORDER BY rowid")]
    assert len(docs) == 2  # the service message and the photo without a caption are not news
    first, second = docs
    assert first["source"] == "أخبار الشرقية الآن" and first["source_scale"] == "New media"
    assert first["published"] == "2025-04-22"
    assert "قتل ثلاثة مدنيين بقصف جوي" in first["original"] and "#دير_الزور" in first["original"]
    assert first["url"] == "https://t.me/c/1234567890/102"
    assert second["metadata"]["forwarded_from"] == "مرصد الفرات"
    assert first["events"] and first["events"][0]["date"] == "2025-04-22"


def test_multi_article_text_file_is_split() -> None:
    text = (STORE_FIXTURES / "digest.txt").read_text(encoding="utf-8")
    pieces = split_articles(Article(text=text, origin="digest.txt"))
    assert [p.title for p in pieces] == ["غارة جوية على بلدة في ريف دير الزور", "احتجاجات في الميادين على الغلاء",
                                         "اعتقالات في مدينة الرقة"]
    assert "وقال أحد السكان" in pieces[0].text and "الميادين" not in pieces[0].text.split("\n", 1)[1]
    assert all(p.origin == f"digest.txt#article {n}" for n, p in enumerate(pieces, 1))


@pytest.mark.parametrize("text", [
    OUTLET_A,
    "عنوان الخبر\n\n" + OUTLET_A,
    "عنوان الخبر\n\n" + OUTLET_A + "\n\nعنوان فرعي داخل الخبر\n\n" + OUTLET_B,  # one headline only at the top
    "فقرة أولى بلا عنوان.\n\n" + OUTLET_A + "\n\nعنوان\n\n" + OUTLET_B,
])
def test_single_article_is_not_split(text: str) -> None:
    # the third case is one article with one sub-heading: a split needs two headlines, the first at the top
    pieces = split_articles(Article(text=text, origin="one.txt"))
    assert len(pieces) == 1 or text.startswith("عنوان الخبر\n\n" + OUTLET_A + "\n\nعنوان فرعي")


def test_form_feed_separates_articles() -> None:
    pieces = split_articles(Article(text=OUTLET_A + "\n\f\n" + OUTLET_B, origin="f.txt"))
    assert [p.text.strip() for p in pieces] == [OUTLET_A, OUTLET_B]


# --- search ------------------------------------------------------------------------------------------

def test_search_finds_repaired_and_folded_forms(store: Store, tmp_path: Path) -> None:
    disguised = "أعلن تنظيم داعـ.ـش مسؤوليته عن تفجير عبوة ناسفة في مدينة الرقه يوم الثلاثاء."
    store.ingest([str(_jsonl(tmp_path / "s.jsonl", [{"id": "s1", "text": disguised, "published": TUESDAY},
                                                    {"id": "s2", "text": PROTEST, "published": TUESDAY}]))], jobs=1)
    assert [h["doc_id"] for h in store.search("داعش")] == ["s1"]
    assert [h["doc_id"] for h in store.search("الرقة")] == ["s1"]
    assert [h["doc_id"] for h in store.search("داعـ.ـش الرقة")] == ["s1"]
    assert [h["doc_id"] for h in store.search("الميادين")] == ["s2"]
    assert store.search("طرابلس") == []
    assert "داعـ.ـش" in store.search("داعش")[0]["snippet"] or "داعش" in store.search("داعش")[0]["snippet"]


# --- deduplication -----------------------------------------------------------------------------------

def test_three_outlets_one_incident_and_two_incidents_kept_apart(store: Store, tmp_path: Path) -> None:
    store.ingest([str(_outlets(tmp_path))], jobs=1)
    incidents = list(store.incidents())
    strike = [i for i in incidents if set(i["doc_ids"]) >= {"a", "b"}]
    assert len(strike) == 1
    merged = strike[0]
    assert set(merged["doc_ids"]) == {"a", "b", "c"}
    assert merged["source"] == "; ".join(sorted(["عنب بلدي", "الجزيرة", "فرات بوست"]))
    assert merged["fatalities"] == 3 and merged["fatalities_acled"] == 3
    assert merged["location"]["name"] == "Jazrat" and merged["location"]["geo_precision"] == 1
    assert "differ on the toll" in merged["notes"]
    assert merged["source_scale"] == "Local-Regional"
    mayadin = [i for i in incidents if set(i["doc_ids"]) & {"d", "e"}]
    assert len(mayadin) == 2 and all(len(i["doc_ids"]) == 1 for i in mayadin)
    # the per-document events stay, each linked to its incident
    assert store.count_events() >= 5
    assert all(e["incident_id"] for e in store.events())


def _event(doc: str, **fields) -> dict:
    base = {"id": doc + "-1", "doc_id": doc, "event_type": "Battles", "sub_event_type": "Armed clash",
            "date": TUESDAY, "country": "Syria", "admin1": "Deir ez-Zor", "admin2": "Deir ez-Zor", "admin3": "Kisreh",
            "location": {"name": "Jazrat", "feature": "populated", "geo_precision": 1},
            "actor1": {"id": "isis", "name": "Islamic State"}, "actor2": {"id": "sdf", "name": "SDF"},
            "fatalities": None, "fatalities_acled": 0, "confidence": 0.8}
    base.update(fields)
    return base


@pytest.mark.parametrize("change, same", [
    ({}, True),
    ({"date": "2025-04-23"}, True),
    ({"date": "2025-04-24"}, False),
    ({"doc_id": "a"}, False),                                        # one document never repeats an incident
    ({"event_type": "Protests"}, False),
    ({"admin3": None, "location": {"name": "Deir ez-Zor", "feature": "admin2"}}, True),  # the district only
    ({"location": {"name": "Ghranij", "feature": "populated"}}, False),                  # another village
    ({"admin1": "Raqqa", "admin2": "Raqqa", "admin3": None, "location": None}, False),
    ({"actor2": None}, True),                                        # fewer actors named
    ({"actor1": {"id": "syria_assad_forces"}}, False),
    ({"actor1": {"id": "unidentified_armed_group"}}, True),
    ({"date": None}, False),
])
def test_same_incident_rules(change: dict, same: bool) -> None:
    assert same_incident(_event("a"), _event("b", **change)) is same


def test_merge_takes_lowest_toll_most_precise_place_and_date() -> None:
    village = _event("a", fatalities=5, fatalities_acled=5, source="A", time_precision=2)
    district = _event("b", fatalities=3, fatalities_acled=3, source="B", time_precision=1, date="2025-04-23",
                      admin3=None, location={"name": "Deir ez-Zor", "feature": "admin2", "geo_precision": 2})
    record = merge([village, district])
    assert record["fatalities"] == 3 and record["location"]["name"] == "Jazrat"
    assert record["date"] == "2025-04-23" and record["time_precision"] == 1
    assert record["source"] == "A; B" and "A: 5" in record["notes"] and "B: 3" in record["notes"]


def test_reprocess_reports_no_change_and_keeps_incident_ids(store: Store, tmp_path: Path) -> None:
    from rasid.store.reprocess import reprocess

    store.ingest([str(_outlets(tmp_path))], jobs=1)
    before = [(i["event_id_cnty"], tuple(sorted(i["doc_ids"]))) for i in store.incidents()]
    report = reprocess(store, jobs=1, everything=True)
    assert report.documents == 5 and report.changed == 0 and report.failed == 0
    assert sorted(before) == sorted((i["event_id_cnty"], tuple(sorted(i["doc_ids"]))) for i in store.incidents())
    assert reprocess(store, jobs=1).documents == 0  # nothing is stale any more


def test_event_filters(store: Store, tmp_path: Path) -> None:
    store.ingest([str(_outlets(tmp_path))], jobs=1)
    assert {e["event_type"] for e in store.events(event_type="Protests")} == {"Protests"}
    assert store.count_events(date_from="2025-04-23") == 0
    assert store.count_events(country="Iraq") == 0
    assert store.count_events(query="الميادين") == 2
    everything = store.count_events()
    assert store.count_events(actor="civilians") + store.count_events(event_type="Protests") >= everything - 1
    page = list(store.events(limit=2))
    rest = list(store.events(after=page[-1]["cursor"]))
    assert len(page) + len(rest) == everything
    f = EventFilter(country="Syria", min_fatalities=1, bbox=(35.0, 33.0, 42.0, 37.0))
    n = store.count_events(f)
    assert 0 < n < everything
    for after in (None, page[0]["cursor"]):  # walking in storage order and gathering by index give the same page
        walked, gathered = (list(store.events(f, after=after, limit=2, matching=m)) for m in (10**6, 1))
        assert [e["id"] for e in walked] == [e["id"] for e in gathered] and walked
        assert all(e["fatalities"] >= 1 and 35 <= e["location"]["lon"] <= 42 for e in walked)
    assert list(store.events(f, limit=2, matching=0)) == []
    districts = [e["admin2"] for e in store.events() if e.get("admin2")]
    assert districts and store.count_events(admin2=districts[0]) == districts.count(districts[0])


def test_damaged_telegram_export_keeps_its_readable_messages(store: Store, tmp_path: Path) -> None:
    data = (STORE_FIXTURES / "telegram_result.json").read_bytes()
    cut = data.index(b'"id": 104')
    (tmp_path / "result.json").write_bytes(b"\xef\xbb\xbf" + data[:cut])  # with a BOM, cut in the last message
    summary = store.ingest([str(tmp_path / "result.json")], jobs=1)
    assert summary.new == 2 and len(summary.skipped) == 1 and "damaged Telegram JSON export" in summary.skipped[0][1]


def test_jsonl_record_with_a_messages_field_is_not_a_telegram_export() -> None:
    from rasid.ingest.telegram import looks_like_telegram

    line = '{"id": 1, "text": "نص", "messages": [], "type": "x", "name": "y"}\n'.encode("utf-8")
    assert not looks_like_telegram(line)
    assert looks_like_telegram((STORE_FIXTURES / "telegram_result.json").read_bytes())
    assert looks_like_telegram(b'{"name": "c", "type": "public_channel", "id": 1, "messages": [{"id": 1}]}')


def test_reprocess_replaces_an_older_extraction_and_reports_it(store: Store, tmp_path: Path) -> None:
    from rasid.store.reprocess import reprocess

    store.ingest([str(_outlets(tmp_path))], jobs=1)
    events, incidents = store.count_events(), store.counts()["incidents"]
    # pretend document "d" was extracted by an older version that found no event
    from rasid.records import Document

    store.replace_events("d", Document(id="d", text=PROTEST), "0.0.1")
    assert store.counts()["incidents"] == incidents - 1  # its incident went with its only event
    report = reprocess(store, jobs=1)
    assert (report.documents, report.changed, report.events_added, report.events_removed) == (1, 1, 1, 0)
    assert report.changes == [("d", 1, 0)]
    assert store.count_events() == events and store.counts()["incidents"] == incidents
    assert {r[0] for r in store.conn.execute("SELECT DISTINCT extractor_version FROM documents")} == {
        report.version}
