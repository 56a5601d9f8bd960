"""Take the README's screenshots of the dashboard (docs/*.png) in Debian chromium, over the sample corpus.

    .venv/bin/python tools/screenshots.py
"""
from __future__ import annotations

import tempfile
from importlib import resources
from pathlib import Path

from playwright.sync_api import sync_playwright

from rasid import Store
from rasid.web.app import create_app
from rasid.web.server import background_server

DOCS = Path(__file__).resolve().parent.parent / "docs"
ANALYSE_TEXT = ("أفادت مصادر محلية بمقتل مدنيَّين اثنين وإصابة خمسة آخرين، صباح اليوم الثلاثاء، جراء قصف مدفعي "
                "لقوات النظام استهدف بلدة كنصفرة في جبل الزاوية بريف إدلب الجنوبي. وفي سياق منفصل، اعتقلت قوى "
                "الأمن الداخلي التابعة لـ«قـ.ـسد» شابين في مدينة الرقة بتهمة التعامل مع خلايا داعـ.ـش.")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "demo.db")
        with Store(db) as store:
            store.ingest([str(resources.files("rasid") / "data" / "samples" / "articles.jsonl")], jobs=1)
        with background_server(create_app(db)) as url, sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1366, "height": 900}, base_url=url)
            page.goto("/")
            page.wait_for_selector("#events tbody tr")
            page.wait_for_timeout(1200)
            page.screenshot(path=str(DOCS / "dashboard.png"), full_page=True)
            event = page.request.get(url + "/api/events?q=قسد&limit=1").json()["items"][0]
            page.goto(f"/event/{event['id']}")
            page.wait_for_selector("#original mark")
            page.screenshot(path=str(DOCS / "event.png"), full_page=True)
            page.goto("/analyse")
            page.fill("textarea[name=text]", ANALYSE_TEXT)
            page.fill("input[name=published]", "2025-05-06")
            page.click("#analyse button[type=submit]")
            page.wait_for_selector(".event-card")
            page.locator(".event-card").first.focus()
            page.screenshot(path=str(DOCS / "analyse.png"), full_page=True)
            page.click("#lang-switch")
            page.goto("/")
            page.wait_for_selector("#events tbody tr")
            page.wait_for_timeout(1200)
            page.screenshot(path=str(DOCS / "dashboard-en.png"), full_page=True)
            browser.close()
    for name in ("dashboard", "event", "analyse", "dashboard-en"):
        print(f"docs/{name}.png: {(DOCS / (name + '.png')).stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
