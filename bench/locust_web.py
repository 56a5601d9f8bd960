"""Locust user for bench/bench_web.py: filtered event lists, full-text queries and next pages of /api/events."""
from __future__ import annotations

import random
from datetime import date, timedelta

from locust import HttpUser, between, task

COUNTRIES = ["Syria", "Iraq", "Sudan", "Lebanon"]
TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Strategic developments"]
QUERIES = ["داعش", "الشحيل", "قسد", "قصف", "الخرطوم", "عبوة ناسفة"]


class Analyst(HttpUser):
    wait_time = between(0, 0.01)

    @task(4)
    def filtered(self) -> None:
        start = date(2024, 6, 1) + timedelta(days=random.randint(0, 400))
        end = start + timedelta(days=random.randint(7, 90))
        params = {"country": random.choice(COUNTRIES), "event_type": random.choice(TYPES),
                  "date_from": start.isoformat(), "date_to": end.isoformat(),
                  "min_fatalities": random.choice([0, 1, 3]), "limit": 100}
        self.client.get("/api/events", params=params, name="/api/events filtered")

    @task(2)
    def in_box(self) -> None:
        west, south = random.uniform(34, 42), random.uniform(30, 36)
        box = f"{west:.2f},{south:.2f},{west + random.uniform(1, 4):.2f},{south + random.uniform(1, 3):.2f}"
        self.client.get("/api/events", params={"bbox": box, "min_confidence": 0.5, "limit": 100},
                        name="/api/events bbox")

    @task(3)
    def full_text(self) -> None:
        self.client.get("/api/events", params={"q": random.choice(QUERIES), "limit": 100},
                        name="/api/events full-text")

    @task(1)
    def next_page(self) -> None:
        first = self.client.get("/api/events", params={"country": "Syria", "limit": 100}, name="/api/events filtered")
        cursor = first.json().get("next") if first.ok else None
        if cursor:
            self.client.get("/api/events", params={"country": "Syria", "limit": 100, "cursor": cursor},
                            name="/api/events next page")
