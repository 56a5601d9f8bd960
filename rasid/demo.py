"""`make demo`: run rasid on the bundled sample articles, print what it found with the evidence, then ingest them
into a fresh database and serve the dashboard on it (``python -m rasid.demo [--port N] [--no-serve]``)."""
from __future__ import annotations

import argparse
import json
import tempfile
import textwrap
from pathlib import Path
from importlib import resources

from rasid.pipeline import process
from rasid.records import Document

WIDTH = 100


def sample_articles() -> list[dict]:
    """The bundled sample corpus: short Arabic reports written for rasid's demo and tests."""
    text = (resources.files("rasid") / "data" / "samples" / "articles.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def show_repairs(doc: Document) -> None:
    for r in doc.repairs:
        print(f"    repair [{r.start}:{r.end}] {r.kind:<18} {r.original!r} → {r.repaired!r}")


def show_events(doc: Document) -> None:
    if not doc.events:
        print("    (no codable event)", "; ".join(doc.warnings))
    for i, e in enumerate(doc.events, 1):
        a1 = (e.actor1 or {}).get("name", "—")
        a2 = (e.actor2 or {}).get("name", "—")
        loc = e.location or {}
        place = f"{loc.get('name')} ({loc.get('name_ar')}), {e.admin1}, {e.country}"
        toll = f"killed {e.fatalities if e.fatalities is not None else '?'}, wounded {e.wounded if e.wounded is not None else '?'}"
        print(f"  {i}. {e.date or 'date ?'} (p{e.time_precision})  {e.event_type} / {e.sub_event_type}  [{e.plover}]")
        print(f"     {a1}  →  {a2}   @ {place}   {toll}   conf {e.confidence}")
        print(textwrap.fill(e.notes, WIDTH, initial_indent="     note: ", subsequent_indent="           "))
        for ev in e.evidence:
            print(textwrap.fill(ev["text"], WIDTH, initial_indent=f"     evidence [{ev['start']}:{ev['end']}]: ",
                                subsequent_indent="           "))


def show_articles() -> None:
    articles = sample_articles()
    total = 0
    for art in articles:
        doc = process(art["text"], published=art.get("published"), source=art.get("source"), doc_id=art["id"])
        total += len(doc.events)
        print("=" * WIDTH)
        print(f"{doc.id}  {doc.source}  published {doc.published}")
        if doc.repairs:
            print(f"  {len(doc.repairs)} evasion repair(s):")
            show_repairs(doc)
        show_events(doc)
    print("=" * WIDTH)
    print(f"{len(articles)} articles, {total} events")


def serve_demo(port: int) -> None:
    """Ingest the sample corpus into a fresh database in a temporary folder and serve the dashboard on it."""
    from rasid.store import Store
    from rasid.web.server import serve

    samples = resources.files("rasid") / "data" / "samples" / "articles.jsonl"
    with tempfile.TemporaryDirectory(prefix="rasid-demo-") as folder:
        db = str(Path(folder) / "demo.db")
        with Store(db) as store:
            print(store.ingest([str(samples)], jobs=1).text())
        print(f"dashboard: http://127.0.0.1:{port}/   (analyse a text: /analyse, API: /docs; Ctrl-C stops)", flush=True)
        serve(db, port=port)


def main() -> None:
    parser = argparse.ArgumentParser(description="rasid demo")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--no-serve", action="store_true", help="only print the events")
    args = parser.parse_args()
    show_articles()
    if not args.no_serve:
        serve_demo(args.port)


if __name__ == "__main__":
    main()
