"""The dashboard in real Chromium (Debian ``chromium`` driven by Python playwright), against a server these tests
start on a store of the sample corpus. ``.ci/run`` installs chromium; without it these tests skip locally and fail
in CI."""
from __future__ import annotations

import json
import os
import shutil
from importlib import resources

import pytest

from rasid import Store
from rasid.web.app import create_app
from rasid.web.server import background_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HOSTILE = ("قُتل ثلاثة مدنيين بقصف مدفعي على بلدة الشحيل بريف دير الزور الشرقي <script>window.__pwned = 1</script>، "
           "صباح اليوم. <img src=x onerror=\"window.__pwned = 2\"> <b>عاجل</b>")

if not os.path.exists(CHROMIUM):
    if os.environ.get("CI"):
        raise RuntimeError(f"{CHROMIUM} is missing: .ci/run must install Debian's chromium")
    pytest.skip("Debian chromium is not installed (apt-get install chromium)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps({"id": "hostile-1", "text": HOSTILE, "published": "2025-07-03",
                                   "source": "<i>Hostile</i> Wire"}, ensure_ascii=False) + "\n", encoding="utf-8")
    db = str(folder / "rasid.db")
    with Store(db) as store:
        store.ingest([str(resources.files("rasid") / "data" / "samples" / "articles.jsonl"), str(hostile)], jobs=1)
    with background_server(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=server)
    page = context.new_page()
    page.errors = []
    page.off_host = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("dialog", lambda dialog: (page.errors.append("dialog: " + dialog.message), dialog.dismiss()))
    page.on("request", lambda req: None if req.url.startswith(server) or req.url.startswith("data:")
            else page.off_host.append(req.url))
    yield page
    assert page.errors == []
    assert page.off_host == []  # fully offline: every asset comes from the server
    context.close()


def rows(page) -> list[str]:
    page.wait_for_selector("#events tbody tr")
    return page.locator("#events tbody tr").all_inner_texts()


def timeline_labels(page) -> list[str]:
    return page.evaluate("() => Chart.getChart('timeline').data.datasets.map(d => d.label)")


def test_map_shows_a_marker_for_every_placed_event(page, server):
    page.goto("/")
    placed = [e for e in page.request.get(server + "/api/events?limit=1000").json()["items"]
              if (e.get("location") or {}).get("lat") is not None]
    assert placed
    # markers drawn plus the events inside cluster bubbles, once the map has settled
    page.wait_for_function("""n => {
        let shown = document.querySelectorAll('path.event-marker').length;
        document.querySelectorAll('.marker-cluster span').forEach(s => shown += Number(s.textContent));
        return shown === n; }""", arg=len(placed))
    assert page.evaluate("() => cluster.getLayers().length") == len(placed)
    assert page.locator(".leaflet-overlay-pane path").count() > len(placed)  # countries and admin-1 outlines drawn


def test_filtering_changes_table_timeline_and_url(page):
    page.goto("/")
    before = rows(page)
    assert len(timeline_labels(page)) > 1
    page.select_option("select[name=event_type]", "Battles")
    page.get_by_role("button", name="تطبيق").click()
    page.wait_for_function("n => document.querySelectorAll('#events tbody tr').length < n", arg=len(before))
    after = rows(page)
    assert after and all("معارك" in r for r in after)
    assert timeline_labels(page) == ["معارك"]
    assert "event_type=Battles" in page.url
    page.reload()  # the view is shareable: the filters come back from the URL
    assert rows(page) == after
    assert page.input_value("select[name=event_type]") == "Battles"


def test_full_text_filter_and_sorting_by_keyboard(page):
    page.goto("/?q=" + "الشحيل")
    assert all("الشحيل" in r for r in rows(page))
    page.goto("/")
    rows(page)
    header = page.locator("#events th[data-sort=fatalities]")
    header.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#events th[data-sort=fatalities][aria-sort=ascending]")
    figures = page.locator("#events tbody td.num").all_inner_texts()
    values = [-1 if f == "?" else int(f) for f in figures]
    assert values == sorted(values)


def test_event_page_highlights_each_fields_evidence(page, server):
    event = page.request.get(server + "/api/events?q=قسد&limit=1").json()["items"][0]
    page.goto(f"/event/{event['id']}")
    page.wait_for_selector("#original mark.ev")
    marked = "".join(page.locator("#original mark.ev").all_text_contents())
    for span in event["evidence"]:
        assert span["text"].replace("\n", "") in marked.replace("\n", "")
    assert page.locator("#original mark.f-actor1").first.text_content() in event["actor1"]["mention"] + " "
    assert page.locator("#original mark.f-date").count() >= 1
    assert page.locator("#original mark.repair").count() >= 1  # the evasion repairs are marked
    assert page.evaluate("() => getComputedStyle(document.getElementById('original')).direction") == "rtl"


def test_review_edit_is_shown_after_a_reload(page, server):
    event = page.request.get(server + "/api/events?event_type=Battles&limit=1").json()["items"][0]
    page.goto(f"/event/{event['id']}")
    page.wait_for_selector("#fields tr")
    page.fill("#review input[name=fatalities]", "7")
    page.fill("#review input[name=reviewer]", "Huda")
    page.fill("#review textarea[name=comment]", "local council figure")
    page.select_option("#review select[name=status]", "confirmed")
    page.click("#review button[type=submit]")
    page.wait_for_selector("#history li strong")
    page.reload()
    page.wait_for_selector("#fields tr[data-field=fatalities].reviewed")
    assert "7" in page.locator("#fields tr[data-field=fatalities] td").inner_text()
    history = page.locator("#history").inner_text()
    assert "Huda" in history and "local council figure" in history
    assert page.input_value("#review input[name=reviewer]") == "Huda"


def test_analyse_page_shows_events_and_spans(page):
    page.goto("/analyse")
    page.fill("textarea[name=text]", "قُتل عنصران من قسد بهجوم لخلايا داعـ.ـش على نقطة في بلدة الشحيل بريف دير الزور "
                                     "الشرقي، مساء أمس.")
    page.fill("input[name=published]", "2025-06-12")
    page.click("#analyse button[type=submit]")
    page.wait_for_selector(".event-card")
    assert "2025-06-11" in page.locator(".event-card").first.inner_text()
    assert page.locator("#original mark.ev").count() >= 1
    assert page.locator("#original mark.repair").first.text_content() == "داعـ.ـش"


def test_article_markup_is_shown_as_text_never_run(page, server):
    event = next(e for e in page.request.get(server + "/api/events?limit=1000").json()["items"]
                 if e["doc_id"] == "hostile-1")
    page.goto(f"/event/{event['id']}")
    page.wait_for_selector("#original mark.ev")
    text = page.locator("#original").text_content()
    assert "<script>window.__pwned = 1</script>" in text and "<img src=x" in text and "<b>عاجل</b>" in text
    assert page.locator("#original script, #original img, #original b").count() == 0
    page.goto("/")
    rows(page)
    assert page.locator("#events i").count() == 0 and "<i>Hostile</i> Wire" in page.locator("#events").inner_text()
    page.goto("/analyse")
    page.fill("textarea[name=text]", HOSTILE)
    page.click("#analyse button[type=submit]")
    page.wait_for_selector(".event-card")
    assert page.locator("#original img, #original script").count() == 0
    assert page.evaluate("() => window.__pwned") is None


def test_language_switch(page):
    page.goto("/")
    rows(page)
    assert page.evaluate("() => document.documentElement.dir") == "rtl"
    page.click("#lang-switch")
    assert page.evaluate("() => document.documentElement.dir") == "ltr"
    assert page.locator("#events th[data-sort=date]").inner_text().startswith("Date")
    page.goto("/analyse")  # the choice is kept
    assert page.locator("button[type=submit]").inner_text() == "Analyse"
