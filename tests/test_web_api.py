"""The HTTP API over a store of the bundled sample corpus (FastAPI's test client; no server process)."""
from __future__ import annotations

import csv
import io
import json
import shutil
from collections import Counter
from importlib import resources

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasid import Store
from rasid.web.app import create_app
from rasid.web.server import is_loopback, writing_token

EVASION_TEXT = ("قُتل عنصران من قسد بهجوم لخلايا داعـ.ـش على نقطة في بلدة الشحيل بريف دير الزور الشرقي، مساء أمس.")
TOKEN = "a-long-enough-test-token"


@pytest.fixture(scope="module")
def built_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "built.db"
    samples = resources.files("rasid") / "data" / "samples" / "articles.jsonl"
    extra = path.parent / "extra.jsonl"
    extra.write_text(json.dumps({"id": "evasion-1", "text": EVASION_TEXT, "published": "2025-06-12",
                                 "source": "Test Wire"}, ensure_ascii=False) + "\n", encoding="utf-8")
    with Store(str(path)) as store:
        store.ingest([str(samples), str(extra)], jobs=1)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def db(built_db, tmp_path):
    path = tmp_path / "rasid.db"
    shutil.copy(built_db, path)
    return str(path)


@pytest.fixture
def client(db):
    return TestClient(create_app(db))


def db_incidents(client) -> int:
    with Store(client.app.state.backend.db, readonly=True) as store:
        return store.counts()["incidents"]


def all_events(client, **params):
    return client.get("/api/events", params={"limit": 1000, **params}).json()["items"]


def test_list_answers_items_total_and_next(client):
    body = client.get("/api/events", params={"limit": 3}).json()
    assert set(body) == {"items", "total", "next"}
    assert body["total"] == 11 and len(body["items"]) == 3 and body["next"] is not None
    event = body["items"][0]
    assert {"event_type", "sub_event_type", "date", "evidence", "doc_id", "review"} <= set(event)
    for item in all_events(client):  # the list's records (stored text reused) are the detail's records
        assert item == client.get(f"/api/events/{item['id']}").json()["event"]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(limit=st.integers(1, 12), event_type=st.sampled_from([None, "Battles", "Explosions/Remote violence"]))
def test_keyset_pages_return_every_event_once(client, limit, event_type):
    params = {"limit": limit, **({"event_type": event_type} if event_type else {})}
    seen, cursor, total = [], None, None
    while True:
        body = client.get("/api/events", params={**params, **({"cursor": cursor} if cursor else {})}).json()
        seen += [e["id"] for e in body["items"]]
        total = body["total"]
        cursor = body["next"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == total
    assert all(e["event_type"] == event_type for e in all_events(client, **params) if event_type)


def test_filters_narrow_the_list(client):
    every = all_events(client)
    syria = all_events(client, country="Syria")
    assert syria and all(e["country"] == "Syria" for e in syria) and len(syria) < len(every)
    heavy = all_events(client, min_fatalities=3)
    assert heavy and all((e["fatalities"] or 0) >= 3 for e in heavy)
    in_box = all_events(client, bbox="35,32,37,34")  # around Daraa and south Lebanon
    assert in_box and all(35 <= e["location"]["lon"] <= 37 and 32 <= e["location"]["lat"] <= 34 for e in in_box)
    dated = all_events(client, date_from="2025-03-01", date_to="2025-06-30")
    assert dated and all("2025-03-01" <= e["date"] <= "2025-06-30" for e in dated)
    assert all(e["actor1"]["id"] == "isis" or (e["actor2"] or {}).get("id") == "isis"
               for e in all_events(client, actor="isis"))


def test_full_text_query_finds_the_disguised_spelling(client):
    hits = all_events(client, q="داعش")
    assert "evasion-1" in {e["doc_id"] for e in hits}
    doc = client.get("/api/documents/evasion-1").json()
    assert "داعـ.ـش" in doc["original"] and "داعش" in doc["text"]
    assert any(r["original"] == "داعـ.ـش" for r in doc["repairs"])


@pytest.mark.parametrize(("params", "name"), [
    ({"min_fatalities": "many"}, "min_fatalities"), ({"min_fatalities": -1}, "min_fatalities"),
    ({"date_from": "2025-13-01"}, "date_from"), ({"date_to": "yesterday"}, "date_to"),
    ({"event_type": "Skirmish"}, "event_type"), ({"sub_event_type": "Duel"}, "sub_event_type"),
    ({"bbox": "1,2,3"}, "bbox"), ({"bbox": "40,10,30,20"}, "bbox"), ({"min_confidence": 2}, "min_confidence"),
    ({"limit": 0}, "limit"), ({"cursor": "x"}, "cursor"), ({"status": "maybe"}, "status"),
    ({"date_from": "2025-05-01", "date_to": "2025-04-01"}, "date_from"),
])
def test_bad_parameters_answer_422_naming_them(client, params, name):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert response.json()["error"].startswith(name)


def test_event_detail_has_evidence_document_sources_and_history(client):
    event = all_events(client, q="داعش", country="Syria")[0]
    body = client.get(f"/api/events/{event['id']}").json()
    assert body["event"]["id"] == event["id"] and body["revisions"] == []
    original = body["document"]["original"]
    for span in body["event"]["evidence"]:
        assert original[span["start"]:span["end"]] == span["text"]
    assert body["sources"][0]["doc_id"] == event["doc_id"]


def test_unknown_ids_answer_404_json(client):
    for path in ("/api/events/nope", "/api/documents/nope"):
        response = client.get(path)
        assert response.status_code == 404 and "nope" in response.json()["error"]


def test_review_changes_a_field_keeps_a_revision_and_survives_reextraction(client, db):
    from rasid.store.reprocess import reprocess

    event = all_events(client, country="Syria", q="قسد")[0]
    response = client.patch(f"/api/events/{event['id']}", json={
        "reviewer": "Amal", "comment": "the hospital gave four", "fields": {"fatalities": 4}})
    assert response.status_code == 200
    revision = response.json()["revision"]
    assert revision["before"] == {"fatalities": event["fatalities"]} and revision["after"] == {"fatalities": 4}
    assert revision["reviewer"] == "Amal" and revision["at"]
    with Store(db) as store:
        reprocess(store, everything=True, jobs=1)
    body = client.get(f"/api/events/{event['id']}").json()
    assert body["event"]["fatalities"] == 4
    assert body["event"]["review"]["extracted"] == {"fatalities": event["fatalities"]}
    assert [r["comment"] for r in body["revisions"]] == ["the hospital gave four"]
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export", params={"format": "acled-csv"}).text)))
    row = next(r for r in rows if event["id"] in r["rasid_event_ids"].split())
    assert row["fatalities_reported"] == "4" and row["rasid_reviewed_fields"] == "fatalities"


def test_review_of_type_actor_place_and_date(client):
    event = all_events(client, event_type="Battles")[0]
    fields = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
              "actor1": "Unknown air force", "location": {"name": "Somewhere", "lat": 35.0, "lon": 40.0},
              "date": "2025-01-02"}
    assert client.patch(f"/api/events/{event['id']}", json={"reviewer": "Omar", "fields": fields}).status_code == 200
    got = client.get(f"/api/events/{event['id']}").json()["event"]
    assert got["event_type"] == "Explosions/Remote violence" and got["actor1"]["name"] == "Unknown air force"
    assert got["location"]["name"] == "Somewhere" and got["date"] == "2025-01-02"
    assert event["id"] not in {e["id"] for e in all_events(client, event_type="Battles")}


def test_a_review_moves_an_event_into_and_out_of_filtered_lists_and_totals(client):
    event = all_events(client, event_type="Battles")[0]
    protests = client.get("/api/events", params={"event_type": "Protests"}).json()
    battles = client.get("/api/events", params={"event_type": "Battles"}).json()
    fields = {"event_type": "Protests", "sub_event_type": "Peaceful protest", "fatalities": 0}
    assert client.patch(f"/api/events/{event['id']}", json={"reviewer": "Omar", "fields": fields}).status_code == 200
    now_protests = client.get("/api/events", params={"event_type": "Protests", "limit": 1000}).json()
    now_battles = client.get("/api/events", params={"event_type": "Battles", "limit": 1000}).json()
    assert event["id"] in {e["id"] for e in now_protests["items"]}
    assert now_protests["total"] == protests["total"] + 1 == len(now_protests["items"])
    assert event["id"] not in {e["id"] for e in now_battles["items"]}
    assert now_battles["total"] == battles["total"] - 1 == len(now_battles["items"])
    if event["fatalities"]:
        assert event["id"] not in {e["id"] for e in all_events(client, min_fatalities=1)}
    assert client.get("/api/events", params={"event_type": "Protests", "q": "قسد", "limit": 1000}).json()["total"] == \
        len(all_events(client, event_type="Protests", q="قسد"))


@pytest.mark.parametrize(("body", "word"), [
    ({"reviewer": "A", "fields": {"event_type": "Skirmish"}}, "event_type"),
    ({"reviewer": "A", "fields": {"sub_event_type": "Peaceful protest"}}, "sub_event_type"),
    ({"reviewer": "A", "fields": {"fatalities": -2}}, "fatalities"),
    ({"reviewer": "A", "fields": {"date": "2025-02-30"}}, "date"),
    ({"reviewer": "A", "fields": {"notes": "x"}}, "notes"),
    ({"reviewer": "A"}, "nothing to change"),
    ({"fields": {"fatalities": 1}}, "reviewer"),
    ({"reviewer": "A", "status": "maybe"}, "status"),
])
def test_bad_reviews_answer_422(client, body, word):
    event = all_events(client, event_type="Battles")[0]
    response = client.patch(f"/api/events/{event['id']}", json=body)
    assert response.status_code == 422 and word in response.json()["error"]
    assert client.get(f"/api/events/{event['id']}").json()["revisions"] == []


def test_rejected_events_leave_lists_and_exports_and_enter_the_deletions_feed(client):
    every = all_events(client)
    victim, kept = every[0], every[1]
    client.patch(f"/api/events/{victim['id']}", json={"reviewer": "A", "status": "rejected", "comment": "duplicate"})
    client.patch(f"/api/events/{kept['id']}", json={"reviewer": "A", "status": "confirmed"})
    listed = client.get("/api/events", params={"limit": 1000}).json()
    assert victim["id"] not in {e["id"] for e in listed["items"]} and listed["total"] == len(every) - 1
    assert [e["id"] for e in all_events(client, status="rejected")] == [victim["id"]]
    assert [e["id"] for e in all_events(client, reviewed=True)] == [kept["id"]]  # rejected ones stay hidden
    exported = [json.loads(line) for line in client.get("/api/export", params={"format": "jsonl"}).text.splitlines()]
    assert victim["id"] not in {e["id"] for e in exported} and len(exported) == len(every) - 1
    confirmed = client.get("/api/export", params={"format": "jsonl", "confirmed_only": True}).text.splitlines()
    assert [json.loads(line)["id"] for line in confirmed] == [kept["id"]]
    feed = client.get("/api/deletions", params={"since": "2000-01-01"}).json()["items"]
    assert [d["event_id"] for d in feed] == [victim["id"]]
    assert feed[0]["event_id_cnty"] == victim["event_id_cnty"] and feed[0]["event_id_cnty"]
    exported = {r["event_id_cnty"] for r in csv.DictReader(io.StringIO(
        client.get("/api/export", params={"format": "acled-csv"}).text))}
    assert feed[0]["incident_deleted"] == (victim["event_id_cnty"] not in exported)
    assert client.get("/api/deletions", params={"since": "2999-01-01"}).json()["items"] == []


def test_reviewed_filter(client):
    first = all_events(client)[0]
    client.patch(f"/api/events/{first['id']}", json={"reviewer": "A", "fields": {"wounded": 1}})
    assert [e["id"] for e in all_events(client, reviewed=True)] == [first["id"]]
    assert first["id"] not in {e["id"] for e in all_events(client, reviewed=False)}


def test_stats_count_the_filtered_events(client):
    stats = client.get("/api/stats", params={"country": "Syria"}).json()
    events = all_events(client, country="Syria")
    assert stats["total"] == len(events)
    assert sum(sum(v for k, v in day.items() if k != "date") for day in stats["by_day"]) == \
        len([e for e in events if e["date"]])
    assert sum(stats["by_type"].values()) == len(events)


def test_stats_follow_reviews_and_agree_with_the_list(client):
    events = all_events(client)
    moved, gone = events[0], events[1]
    client.patch(f"/api/events/{moved['id']}", json={"reviewer": "A", "fields": {
        "event_type": "Protests", "sub_event_type": "Peaceful protest", "fatalities": 0, "date": "2025-03-03"}})
    client.patch(f"/api/events/{gone['id']}", json={"reviewer": "A", "status": "rejected"})
    for params in ({}, {"event_type": "Protests"}, {"country": "Syria"}, {"q": "قسد"}, {"date_from": "2025-03-03"},
                   {"min_fatalities": 1}, {"status": "rejected"}):
        stats = client.get("/api/stats", params=params).json()
        listed = all_events(client, **params)
        assert stats["total"] == len(listed), params
        assert stats["by_type"] == dict(Counter(e["event_type"] for e in listed)), params
        assert stats["fatalities"] == sum(e.get("fatalities") or 0 for e in listed), params
    day = next(d for d in client.get("/api/stats").json()["by_day"] if d["date"] == "2025-03-03")
    assert day["Protests"] >= 1


def test_exports_in_each_format(client):
    geo = client.get("/api/export", params={"format": "geojson", "country": "Syria"}).json()
    assert geo["type"] == "FeatureCollection" and geo["features"]
    assert all(f["geometry"]["type"] == "Point" for f in geo["features"])
    response = client.get("/api/export", params={"format": "acled-csv"})
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))  # one row per incident, as `rasid export` writes
    assert len({r["event_id_cnty"] for r in rows}) == len(rows) == db_incidents(client)
    assert sum(len(r["rasid_event_ids"].split()) for r in rows) == 11
    pq = pytest.importorskip("pyarrow.parquet")
    table = pq.read_table(io.BytesIO(client.get("/api/export", params={"format": "parquet"}).content))
    assert table.num_rows == len(rows) and table.column("event_id_cnty").to_pylist() == [r["event_id_cnty"] for r in rows]
    assert client.get("/api/export", params={"format": "xml"}).status_code == 422


def test_extract_stores_nothing(client):
    before = client.get("/api/events").json()["total"]
    response = client.post("/api/extract", json={"text": EVASION_TEXT + " ", "published": "2025-06-12"})
    doc = response.json()
    assert response.status_code == 200 and doc["events"] and doc["original"] == EVASION_TEXT + " "
    assert doc["events"][0]["date"] == "2025-06-11"
    assert client.get("/api/events").json()["total"] == before


def test_post_document_ingests_once(client):
    text = "أصيب ثلاثة مدنيين بقصف مدفعي على بلدة الشحيل بريف دير الزور الشرقي، صباح اليوم."
    first = client.post("/api/documents", json={"text": text, "published": "2025-07-01", "id": "new-1"})
    assert first.status_code == 201 and first.json()["id"] == "new-1" and first.json()["events"]
    again = client.post("/api/documents", json={"text": text, "published": "2025-07-01"})
    assert again.status_code == 200 and again.json()["stored"] is False
    assert client.get("/api/documents/new-1").json()["events"]


def test_oversized_requests_answer_413(db):
    small = TestClient(create_app(db, max_body=10_000))
    big = {"text": "ا" * 20_000}
    assert small.post("/api/extract", json=big).status_code == 413
    streamed = small.post("/api/extract", content=(c for c in [b'{"text": "', b"a" * 12_000, b'"}']))
    assert streamed.status_code == 413 and "larger than" in streamed.json()["error"]
    assert small.post("/api/extract", json={"text": "نص قصير"}).status_code == 200


def test_invalid_json_body_is_a_clear_422(client):
    response = client.post("/api/extract", content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 422 and response.json()["error"]


def test_token_rule_for_writing_endpoints(db):
    guarded = TestClient(create_app(db, token=TOKEN))
    event = guarded.get("/api/events").json()["items"][0]
    review = {"reviewer": "A", "status": "confirmed"}
    assert guarded.patch(f"/api/events/{event['id']}", json=review).status_code == 401
    wrong = {"Authorization": "Bearer not-the-token"}
    assert guarded.patch(f"/api/events/{event['id']}", json=review, headers=wrong).status_code == 401
    assert guarded.post("/api/documents", json={"text": EVASION_TEXT}).status_code == 401
    right = {"Authorization": f"Bearer {TOKEN}"}
    assert guarded.patch(f"/api/events/{event['id']}", json=review, headers=right).status_code == 200
    assert guarded.post("/api/extract", json={"text": EVASION_TEXT}).status_code == 200  # stores nothing


def test_token_is_required_beyond_loopback(monkeypatch):
    monkeypatch.delenv("RASID_TOKEN", raising=False)
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    assert writing_token("127.0.0.1", None) == (None, False)
    token, generated = writing_token("0.0.0.0", None)
    assert generated and len(token) >= 16
    assert writing_token("0.0.0.0", TOKEN) == (TOKEN, False)
    monkeypatch.setenv("RASID_TOKEN", TOKEN)
    assert writing_token("127.0.0.1", None) == (TOKEN, False)
    with pytest.raises(Exception, match="16 characters"):
        writing_token("0.0.0.0", "short")


def test_internal_errors_show_no_trace(db, monkeypatch):
    app = create_app(db)
    monkeypatch.setattr(app.state.backend.reviews, "history", lambda record: 1 / 0)
    client = TestClient(app, raise_server_exceptions=False)
    event = client.get("/api/events").json()["items"][0]
    response = client.get(f"/api/events/{event['id']}")
    assert response.status_code == 500 and response.json() == {"error": "internal error"}
    assert "Traceback" not in response.text and "ZeroDivision" not in response.text


def test_no_cors_by_default_and_strict_headers(client, db):
    response = client.get("/api/events", headers={"Origin": "http://elsewhere.example"})
    assert "access-control-allow-origin" not in response.headers
    assert "script-src 'self'" in client.get("/").headers["content-security-policy"]
    allowed = TestClient(create_app(db, cors_origins=("http://elsewhere.example",)))
    assert allowed.get("/api/events", headers={"Origin": "http://elsewhere.example"}).headers[
        "access-control-allow-origin"] == "http://elsewhere.example"


def test_without_a_database_only_analysis_works():
    client = TestClient(create_app(None))
    assert client.post("/api/extract", json={"text": EVASION_TEXT}).status_code == 200
    assert client.get("/api/events").status_code == 503
    assert client.get("/analyse").status_code == 200
    assert client.get("/docs").status_code == 200 and client.get("/openapi.json").json()["paths"]["/api/events"]


def test_totals_follow_writes_from_the_server_and_from_other_processes(client, db):
    before = client.get("/api/events").json()["total"]
    text = "قُتل مدنيان بقصف جوي على قرية الكشكية شرقي دير الزور، مساء أمس."
    added = client.post("/api/documents", json={"text": text, "published": "2025-07-02"}).json()["events"]
    assert added and client.get("/api/events").json()["total"] == before + len(added)
    with Store(db) as store:  # another writer, as `rasid ingest` beside a running server
        extra = store.ingest([_jsonl(db, "قُتل ثلاثة عناصر من قسد بهجوم على بلدة الشحيل بريف دير الزور، صباح اليوم.")],
                             jobs=1).events
    assert extra and client.get("/api/events").json()["total"] == before + len(added) + extra
    first = client.get("/api/events").json()["items"][0]
    client.patch(f"/api/events/{first['id']}", json={"reviewer": "A", "status": "rejected"})
    assert client.get("/api/events").json()["total"] == before + len(added) + extra - 1


def _jsonl(db: str, text: str) -> str:
    path = db + ".extra.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        out.write(json.dumps({"id": "outside-1", "text": text, "published": "2025-07-03"}, ensure_ascii=False) + "\n")
    return path
