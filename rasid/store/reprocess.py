"""Re-run the current extractor over stored documents and report what changed."""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from rasid.ingest import Article
from rasid.parallel import default_jobs, ordered_map
from rasid.store.ingest import extract_job, extractor_version
from rasid.store.sqlite import Store

# what the store derives itself (tags, associated actors) or words differently is not a change
_IGNORED = ("id", "evidence", "confidence", "notes", "tags", "assoc_actor_1", "assoc_actor_2")


@dataclass(slots=True)
class ReprocessReport:
    documents: int = 0
    changed: int = 0
    events_added: int = 0
    events_removed: int = 0
    failed: int = 0
    version: str = ""
    changes: list[tuple[str, int, int]] = field(default_factory=list)  # (doc id, events added, events removed)

    def text(self) -> str:
        return (f"rasid: reprocessed {self.documents} document(s) with extractor {self.version}: {self.changed} "
                f"changed (+{self.events_added} / -{self.events_removed} events), "
                f"{self.documents - self.changed - self.failed} unchanged, {self.failed} failed")


def _signature(event: dict) -> str:
    """What identifies an event's content for change reports (spans and wording aside)."""
    return json.dumps({k: v for k, v in event.items() if k not in _IGNORED}, sort_keys=True, ensure_ascii=False)


def reprocess(store: Store, *, jobs: int | None = None, everything: bool = False) -> ReprocessReport:
    """Re-extract the stored documents of another extractor version (every one with ``everything``)."""
    from rasid.pipeline import load_lexicons

    version = extractor_version()
    report = ReprocessReport(version=version)
    docs = list(store.stored_documents(stale_for=None if everything else version))

    def jobs_of() -> Iterator[tuple]:
        for d in docs:
            article = Article(text=d["original"], title=d["title"], published=d["published"], source=d["source"],
                              url=d["url"], origin=d["id"])
            yield article, d["id"], None, None

    for d, result in zip(docs, ordered_map(extract_job, jobs_of(), jobs=jobs or default_jobs(),
                                              prepare=load_lexicons)):
        report.documents += 1
        if isinstance(result, str):
            report.failed += 1
            continue
        old = store.document(d["id"]) or {"events": []}
        before = [_signature(e) for e in old["events"]]
        after = [_signature(e.as_dict()) for e in result.events]
        if sorted(before) != sorted(after):
            added, removed = len([s for s in after if s not in before]), len([s for s in before if s not in after])
            report.changed += 1
            report.events_added += added
            report.events_removed += removed
            report.changes.append((d["id"], added, removed))
        store.replace_events(d["id"], result, version)
    return report
