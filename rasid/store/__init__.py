"""The rasid event store: an embedded SQLite database of documents, events, evidence and incidents.

    from rasid import Store
    with Store("rasid.db") as store:
        store.ingest(["news/"])                      # idempotent: stored content is never added twice
        for event in store.events(country="Syria", date_from="2025-04-01"):
            ...
        store.search("داعش")                        # finds «داعـ.ـش» too
"""
from rasid.store.schema import SCHEMA_VERSION
from rasid.store.sqlite import EventFilter, Store, StoredInput

__all__ = ["SCHEMA_VERSION", "EventFilter", "Store", "StoredInput"]
