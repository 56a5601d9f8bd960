"""The HTTP API and dashboard: ``create_app(db)`` builds the FastAPI application (OpenAPI at /docs)."""
from __future__ import annotations

import dataclasses
import hmac
import json
import threading
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterator
from importlib import resources
from typing import Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from rasid.errors import InputError
from rasid.web.filters import Filters, event_filters
from rasid.store.reviews import ReviewLog

UNREVIEWED = {"status": "unreviewed", "fields": []}
MAX_BODY_BYTES = 2_000_000
PAGE_MAX = 1000
TOTALS_CACHED = 512
_STATIC = resources.files("rasid.web") / "static"
_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


class ExtractRequest(BaseModel):
    text: str = Field(min_length=1, description="the article body, as published")
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="publication date")
    source: str | None = Field(None, max_length=200)
    title: str | None = Field(None, max_length=500)


class DocumentRequest(ExtractRequest):
    id: str | None = Field(None, max_length=200, description="the caller's id (else a hash of the text)")
    url: str | None = Field(None, max_length=2000)


class ReviewRequest(BaseModel):
    reviewer: str = Field(min_length=1, max_length=100)
    comment: str = Field("", max_length=2000)
    status: str | None = Field(None, pattern="^(confirmed|rejected|unreviewed)$")
    fields: dict[str, Any] = Field(default_factory=dict, description="event_type, sub_event_type, date, actor1, "
                                   "actor2, country, admin1, admin2, admin3, location, fatalities, wounded")


class _BodyLimit:
    """ASGI middleware: requests whose body exceeds ``limit`` bytes get 413 (declared or streamed)."""

    def __init__(self, app, limit: int) -> None:  # noqa: ANN001
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):  # noqa: ANN001, ANN204
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            return await _too_large(self.limit, send)
        if declared is not None:
            return await self.app(scope, receive, send)
        # no declared length (a chunked upload): read it here, within the limit, then hand it on
        messages, seen = [], 0
        while True:
            message = await receive()
            messages.append(message)
            seen += len(message.get("body", b""))
            if seen > self.limit:
                return await _too_large(self.limit, send)
            if message["type"] != "http.request" or not message.get("more_body"):
                break

        async def replay():  # noqa: ANN202
            return messages.pop(0) if messages else await receive()

        return await self.app(scope, replay, send)


async def _too_large(limit: int, send) -> None:  # noqa: ANN001
    body = json.dumps({"error": f"request body larger than {limit} bytes"}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class Backend:
    """The store and review log of one database: a reader connection per thread, one writer behind a lock."""

    def __init__(self, db: str) -> None:
        from rasid.store import Store

        self.db = db
        self.writer = Store(db)
        # planner statistics, so that a filter matching half the events pages by rowid instead of sorting them
        self.writer.conn.execute("ANALYZE")
        self.reviews = ReviewLog(db)
        self._write_lock = threading.Lock()
        self._local = threading.local()
        self._totals: OrderedDict[tuple, int] = OrderedDict()
        self._reviewed: tuple[tuple | None, dict[int, dict]] = (None, {})
        self._writes = 0  # bumped by this server's own writes; other processes' show in the store's data_version

    @property
    def reader(self):  # noqa: ANN201 - rasid.store.Store
        store = getattr(self._local, "store", None)
        if store is None:
            from rasid.store import Store

            store = self._local.store = Store(self.db, readonly=True)
        return store

    def event(self, event_id: str) -> dict | None:
        record = self.reader.event(event_id)
        return self.reviews.apply(record) if record else None

    def _version(self) -> tuple:
        """Changes whenever the database does (this server's writes or another process's)."""
        with self._write_lock:
            return self._writes, self.writer.data_version()

    def reviewed(self) -> dict[int, dict]:
        """The events carrying a review (by storage rowid, reviewed values applied), until the database changes."""
        version = self._version()
        if self._reviewed[0] != version:
            self._reviewed = (version, self.reviews.reviewed(self.reader) if self.reviews.has_reviews() else {})
        return self._reviewed[1]

    def _store_filter(self, f: Filters):  # noqa: ANN202 - rasid.store.EventFilter, or None when nothing can match
        sf = f.store_filter()
        reviewed = self.reviewed()
        unreviewed_pass = f.matches_review(UNREVIEWED)
        if reviewed:
            sf.reviewed, sf.reviewed_only = tuple(reviewed), not unreviewed_pass
        return sf if reviewed or unreviewed_pass else None

    def _passes(self, f: Filters, sf, record: dict) -> bool:  # noqa: ANN001
        return f.matches_review(record["review"]) and sf.matches(record)

    def events(self, f: Filters, *, after: int | None = None, limit: int | None = None,
               matching: int | None = None, as_json: bool = False) -> Iterator[Any]:
        """Matching events in storage order with their reviewed values, read in chunks: the store selects them on
        their extracted values, reviewed events are checked here on their reviewed values. ``as_json``: each as
        (cursor, its JSON text), an unreviewed record's stored text reused rather than parsed and written again."""
        sf = self._store_filter(f)
        if sf is None:
            return
        reviewed = set(sf.reviewed or ())
        cursor, left = after, limit
        while left is None or left > 0:
            chunk = list(self.reader.events(sf, after=cursor, limit=500 if left is None else min(500, left),
                                            matching=matching, raw=True))
            if not chunk:
                return
            for row in chunk:
                if row["cursor"] in reviewed:
                    record = self.reviews.apply(_parsed(row), any_reviews=True)
                    if not self._passes(f, sf, record):
                        continue
                    item = (record["cursor"], _dumps(record)) if as_json else record
                elif as_json:
                    item = row["cursor"], _spliced(row)
                else:
                    item = self.reviews.apply(_parsed(row), any_reviews=False)
                yield item
                if left is not None:
                    left -= 1
                    if left == 0:
                        return
            cursor = chunk[-1]["cursor"]

    def stats(self, f: Filters) -> dict[str, Any]:
        """The store's aggregates over the unreviewed matching events, the reviewed ones added on their reviewed
        values (see :meth:`rasid.store.Store.event_stats`)."""
        from rasid.store import EventFilter

        sf = self._store_filter(f)
        out: dict[str, Any] = {"total": 0, "fatalities": 0, "by_day_type": Counter(), "by_type": Counter(),
                               "by_admin1": Counter(), "by_actor": Counter()}
        if sf is None:
            return out
        reviewed = self.reviewed()
        if not sf.reviewed_only:
            plain = dataclasses.replace(sf, reviewed=None, exclude=tuple(reviewed) or None)
            got = self.reader.event_stats(plain)
            out.update(total=got["total"], fatalities=got["fatalities"])
            for key in ("by_day_type", "by_type", "by_admin1", "by_actor"):
                out[key].update(got[key])
        selected = sf.reviewed or () if not f.q else [r["cursor"] for r in self.reader.events(
            EventFilter(query=f.q, reviewed=sf.reviewed, reviewed_only=True))]
        for rowid in selected:
            e = reviewed.get(rowid)
            if e is None or not self._passes(f, sf, e):
                continue
            out["total"] += 1
            out["fatalities"] += e.get("fatalities") or 0
            out["by_type"][e["event_type"]] += 1
            if e.get("date"):
                out["by_day_type"][(e["date"], e["event_type"])] += 1
            if e.get("admin1"):
                out["by_admin1"][f"{e.get('country')}/{e['admin1']}"] += 1
            for a in (e.get("actor1"), e.get("actor2")):
                if a and a.get("name"):
                    out["by_actor"][a["name"]] += 1
        return out

    def wrote(self) -> None:
        self._writes += 1

    def total(self, f: Filters) -> int:
        """How many events match, remembered per filter until the database changes (the next pages of a list
        ask for the same total)."""
        key = (self._version(), *(getattr(f, k) for k in f.__slots__))
        if key in self._totals:
            self._totals.move_to_end(key)
            return self._totals[key]
        total = self._count(f)
        self._totals[key] = total
        while len(self._totals) > TOTALS_CACHED:
            self._totals.popitem(last=False)
        return total

    def _count(self, f: Filters) -> int:
        """The store's count, less the reviewed events it selected whose reviewed values do not pass."""
        sf = self._store_filter(f)
        if sf is None:
            return 0
        n = self.reader.count_events(sf)
        if not sf.reviewed:
            return n
        from rasid.store import EventFilter

        selected = sf.reviewed if not f.q else [r["cursor"] for r in self.reader.events(
            EventFilter(query=f.q, reviewed=sf.reviewed, reviewed_only=True))]
        reviewed = self.reviewed()
        return n - sum(1 for rowid in selected if rowid in reviewed and not self._passes(f, sf, reviewed[rowid]))


def create_app(db: str | None = None, *, token: str | None = None, max_body: int = MAX_BODY_BYTES,
               cors_origins: tuple[str, ...] = ()) -> FastAPI:
    """The application over the database ``db`` (without one, only the analyse page and ``/api/extract``).
    With ``token``, writing endpoints require ``Authorization: Bearer <token>``."""
    app = FastAPI(title="rasid", version=_version(), docs_url="/docs", redoc_url=None,
                  description="Events from Arabic conflict news, each field with its evidence; review and export.")
    backend = Backend(db) if db else None
    app.state.backend = backend

    def need_backend() -> Backend:
        if backend is None:
            raise ApiError(503, "no database: start the server with --db")
        return backend

    def need_token(request: Request) -> None:
        if token is None:
            return
        given = request.headers.get("authorization", "")
        if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
            raise ApiError(401, "this server requires a token for writing: send 'Authorization: Bearer <token>'")

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse({"error": exc.message}, status_code=exc.status)

    @app.exception_handler(InputError)
    async def input_error(_: Request, exc: InputError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=422)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for err in exc.errors():
            where = [str(p) for p in err.get("loc", ()) if p not in ("query", "body", "path")]
            problems.append(f"{'.'.join(where) or 'body'}: {err.get('msg', 'invalid')}")
        return JSONResponse({"error": "; ".join(problems)}, status_code=422)

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def internal_error(_: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"error": "internal error"}, status_code=500)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # noqa: ANN001, ANN202
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", _CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    # -- pages -----------------------------------------------------------------------------------------------
    def page(name: str) -> FileResponse:
        return FileResponse(str(_STATIC / name), media_type="text/html")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return page("index.html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/event/{event_id}", include_in_schema=False)
    def event_page(event_id: str) -> FileResponse:
        return page("event.html")

    @app.get("/analyse", include_in_schema=False)
    def analyse_page() -> FileResponse:
        return page("analyse.html")

    app.mount("/static", StaticFiles(directory=str(_STATIC)), name="static")

    # -- reading ---------------------------------------------------------------------------------------------
    @app.get("/api/events", summary="Events matching the filters, one keyset page")
    def list_events(f: Filters = Depends(event_filters), limit: int = Query(100, ge=1, le=PAGE_MAX),
                    cursor: int | None = Query(None, ge=0, description="`next` of the previous page")) -> Response:
        b = need_backend()
        total = b.total(f)
        items = list(b.events(f, after=cursor, limit=limit + 1, matching=total, as_json=True))
        more = len(items) > limit
        items = items[:limit]
        body = '{"items":[' + ",".join(text for _, text in items) + f'],"total":{total},"next":' + \
            (str(items[-1][0]) if more else "null") + "}"
        return Response(body, media_type="application/json")

    @app.get("/api/events/{event_id}", summary="One event with its evidence, sources and review history")
    def get_event(event_id: str) -> dict:
        b = need_backend()
        record = b.event(event_id)
        if record is None:
            raise ApiError(404, f"no event {event_id!r}")
        doc = b.reader.document(record["doc_id"]) or {}
        return {"event": record, "document": _document_view(doc), "sources": _sources(b, record),
                "revisions": b.reviews.history(record)}

    @app.get("/api/documents/{doc_id}", summary="A document: original and repaired text, repairs, its events")
    def get_document(doc_id: str) -> dict:
        b = need_backend()
        doc = b.reader.document(doc_id)
        if doc is None:
            raise ApiError(404, f"no document {doc_id!r}")
        view = _document_view(doc)
        view["events"] = [b.reviews.apply(dict(e, doc_id=doc_id)) for e in doc.get("events") or []]
        return view

    @app.get("/api/stats", summary="Counts by day and type, type, admin1 and actor for the filters")
    def stats(f: Filters = Depends(event_filters)) -> dict:
        got = need_backend().stats(f)
        by_day: dict[str, dict] = defaultdict(dict)
        for (day, kind), n in sorted(got["by_day_type"].items()):
            by_day[day][kind] = n
        top = lambda counts, n=None: dict(Counter(counts).most_common(n))  # noqa: E731
        return {"total": got["total"], "fatalities": got["fatalities"],
                "by_day": [{"date": d, **by_day[d]} for d in sorted(by_day)],
                "by_type": top(got["by_type"]), "by_admin1": top(got["by_admin1"], 50),
                "by_actor": top(got["by_actor"], 50)}

    @app.get("/api/export", summary="The matching incidents (ACLED CSV, GeoJSON, Parquet) or events (JSONL), "
             "reviewed values applied, as a streamed file")
    def export(f: Filters = Depends(event_filters),
               format: str = Query("jsonl", pattern="^(acled-csv|geojson|jsonl|parquet)$"),  # noqa: A002
               confirmed_only: bool = Query(False, description="only events an analyst confirmed")) -> Response:
        from rasid.web import exports

        b = need_backend()
        if confirmed_only:
            f.status = "confirmed"
        from rasid.store import Store

        store = Store(b.db, readonly=True)  # the stream's own connection, closed when it ends
        try:
            body, media, suffix = exports.stream(format, store, f.store_filter(), f.matches_review,
                                                 lambda: b.events(f))
        except exports.Unavailable as exc:
            store.close()
            raise ApiError(422, f"format: {exc}") from None
        body = _closing(body, store)
        return StreamingResponse(body, media_type=media,
                                 headers={"Content-Disposition": f'attachment; filename="rasid-events.{suffix}"'})

    @app.get("/api/deletions", summary="Events rejected by review since a date (the deletions feed)")
    def deletions(since: str | None = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}", description="YYYY-MM-DD[THH:MM]")
                  ) -> dict:
        """Each item names the rejected event and its incident's ``event_id_cnty`` (ACLED's deletions key), with
        ``incident_deleted`` true when no other event keeps that incident in the exports."""
        b = need_backend()
        items = b.reviews.deletions(since)
        rejected = {item["event_id"] for item in items}
        for item in items:
            event = b.reader.event(item["event_id"])
            item["event_id_cnty"] = event.get("event_id_cnty") if event else None
            members = [m["id"] for m in b.reader.incident_members(event["incident_id"])] if event and \
                event.get("incident_id") is not None else []
            item["incident_deleted"] = all(m in rejected for m in members)
        return {"items": items}

    # -- writing ---------------------------------------------------------------------------------------------
    @app.post("/api/extract", summary="Extract events from a text; nothing is stored")
    def extract(req: ExtractRequest) -> dict:
        from rasid.pipeline import process

        doc = process(req.text, published=req.published, source=req.source, title=req.title)
        return dict(doc.as_dict(), original=req.text)

    @app.post("/api/documents", status_code=201, summary="Ingest one document into the store",
              dependencies=[Depends(need_token)])
    def add_document(req: DocumentRequest, response: Response) -> dict:
        from rasid.pipeline import process
        from rasid.store import StoredInput
        from rasid.store.ingest import content_hash, extractor_version

        b = need_backend()
        key = content_hash(req.text)
        doc = process(req.text, published=req.published, source=req.source, title=req.title,
                      doc_id=req.id or key[:16], url=req.url)
        with b._write_lock:
            (stored,) = b.writer.write([StoredInput(req.text, doc, key, {}, "", "api", extractor_version())])
            b.wrote()
        if stored is None:
            response.status_code = 200
            return {"id": None, "stored": False, "reason": "this text is already stored"}
        events = [e["id"] for e in b.writer.document(stored)["events"]]
        return {"id": stored, "stored": True, "events": events}

    @app.patch("/api/events/{event_id}", summary="Review an event: change fields, confirm or reject it",
               dependencies=[Depends(need_token)])
    def review(event_id: str, req: ReviewRequest) -> dict:
        b = need_backend()
        record = b.event(event_id)
        if record is None:
            raise ApiError(404, f"no event {event_id!r}")
        with b._write_lock:
            revision = b.reviews.revise(record, changes=req.fields, status=req.status, reviewer=req.reviewer,
                                        comment=req.comment)
            b.wrote()
        return {"event": b.event(event_id), "revision": revision}

    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST", "PATCH"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(_BodyLimit, limit=max_body)
    return app


def _parsed(row: dict) -> dict:
    """A raw store row (``Store.events(raw=True)``) as its record with the extra keys."""
    record = json.loads(row["record"])
    record.update((k, v) for k, v in row.items() if k != "record")
    return record


def _dumps(value: Any) -> str:  # noqa: ANN401
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _spliced(row: dict) -> str:
    """The JSON text of an unreviewed raw row: its stored record text with the extra keys and review appended."""
    extra = {k: v for k, v in row.items() if k != "record"}
    extra["review"] = ReviewLog.UNREVIEWED
    return row["record"][:-1] + "," + _dumps(extra)[1:]


def _json(body: dict) -> Response:
    """A JSON response serialised in one pass (the records are plain JSON already: no re-encoding walk)."""
    return Response(json.dumps(body, ensure_ascii=False, separators=(",", ":")), media_type="application/json")


def _closing(chunks: Iterator, store) -> Iterator:  # noqa: ANN001
    try:
        yield from chunks
    finally:
        store.close()


def _version() -> str:
    from rasid import __version__

    return __version__


def _document_view(doc: dict) -> dict:
    keys = ("id", "source", "url", "title", "published", "language", "original", "text", "repairs", "warnings")
    return {k: doc.get(k) for k in keys}


def _sources(b: Backend, record: dict) -> list[dict]:
    """The documents telling the same incident (the event's own first)."""
    own = {"doc_id": record["doc_id"], "event_id": record["id"], "source": record.get("source"),
           "published": record.get("published"), "url": record.get("url")}
    incident = record.get("incident_id")
    if incident is None or not record.get("date"):
        return [own]
    for inc in b.reader.incidents(date_from=record["date"], date_to=record["date"], country=record.get("country")):
        if inc["incident_id"] == incident:
            out = [own]
            for event_id in inc.get("event_ids") or []:
                if event_id != record["id"] and (other := b.reader.event(event_id)):
                    out.append({"doc_id": other["doc_id"], "event_id": event_id, "source": other.get("source"),
                                "published": other.get("published"), "url": other.get("url")})
            return out
    return [own]
