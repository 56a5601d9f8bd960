"""The ``rasid`` command line: thin wrappers over the public functions."""
from __future__ import annotations

import atexit
import json
import os
import sys
import threading

import click

from rasid import __version__
from rasid.errors import OutputError, RasidError, one_line

PARTIAL_EXIT = 1  # some inputs were reported and skipped; everything else was processed
INTERNAL_EXIT = 70  # a bug in rasid (EX_SOFTWARE)


def _say(message: str) -> None:
    """Print one ``rasid: …`` line on standard error."""
    click.echo(f"rasid: {one_line(message)}", err=True)


class _Output:
    """Standard output for records: a failed write (full disk, closed output) becomes an OutputError."""

    def __init__(self) -> None:
        if sys.stdout is None or getattr(sys.stdout, "closed", False):
            raise OutputError("cannot write output: standard output is closed")
        self._stream = sys.stdout

    def write(self, text: str) -> int:
        """Write ``text``."""
        return self._guard(self._stream.write, text)

    def flush(self) -> None:
        """Flush what was written."""
        self._guard(self._stream.flush)

    @staticmethod
    def _guard(call, *args):  # noqa: ANN001, ANN205
        try:
            return call(*args)
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as exc:  # ValueError: the stream was closed under us
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise OutputError(f"cannot write output: {reason}") from None


class _Group(click.Group):
    """A click group that prints user errors as one line, without a traceback."""

    def invoke(self, ctx: click.Context):  # noqa: ANN201
        try:
            return super().invoke(ctx)
        except RasidError as exc:
            _say(f"error: {exc}")
            ctx.exit(exc.exit_code)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except BrokenPipeError:
            # the reader went away (``rasid extract … | head``): stop quietly, as other Unix tools do
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(0)
        except Exception as exc:  # noqa: BLE001 - a bug still prints one line; RASID_TRACEBACK=1 shows it whole
            if os.environ.get("RASID_TRACEBACK"):
                raise
            _say(f"internal error: {exc!r} (set RASID_TRACEBACK=1 to see where)")
            ctx.exit(INTERNAL_EXIT)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rasid")
def main() -> None:
    """rasid (راصد): Arabic conflict news to a geocoded ACLED-style event dataset with evidence."""


@main.command()
@click.option("--show", is_flag=True, help="Also list each repair on standard error.")
def repair(show: bool) -> None:
    """Repair evasion spellings: UTF-8 text on stdin to stdout, line for line.

    A line that is not UTF-8 is decoded as ``extract`` would (windows-1256 Arabic, say), with a warning."""
    from rasid import repair as repair_text
    from rasid.ingest.encoding import decode_line
    from rasid.ingest.limits import MAX_READ_BYTES, megabytes

    if sys.stdin is None:
        raise RasidError("cannot read standard input: it is closed")
    out = _Output()
    lineno = 0
    while raw := sys.stdin.buffer.readline(MAX_READ_BYTES + 1):
        lineno += 1
        if len(raw) > MAX_READ_BYTES:
            raise RasidError(f"<stdin>:line {lineno}: longer than {megabytes(MAX_READ_BYTES)}: stopped there")
        raw = raw[:-1] if raw.endswith(b"\n") else raw
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError:
            body, how = decode_line(raw)
            _say(f"<stdin>:line {lineno}: not UTF-8: {how}")
        result = repair_text(body)
        out.write(result.text + "\n")
        if show:
            for r in result.repairs:
                click.echo(f"  {r.kind}: {r.original!r} -> {r.repaired!r} [{r.start}:{r.end}]", err=True)
    out.flush()


@main.command()
@click.argument("query")
@click.option("--all", "all_candidates", is_flag=True, help="Every place a list names (قرى A وB بريف Z), or every candidate of one place, best first.")
def geocode(query: str, all_candidates: bool) -> None:
    """Resolve a place phrase such as «بلدة الجزرات بريف دير الزور الغربي» to JSON."""
    from rasid.lexicon.places import geocode as geocode_query

    if any("\ud800" <= c <= "\udfff" for c in query):
        raise RasidError("the query is not valid text in the terminal's encoding (UTF-8 expected)")
    places = geocode_query(query, all_candidates=all_candidates)
    if not places:
        raise RasidError(f"no place found for {query!r}")
    found = [p.as_dict() if hasattr(p, "as_dict") else p for p in places]
    out = _Output()
    out.write(json.dumps(found if all_candidates else found[0], ensure_ascii=False, indent=2) + "\n")
    out.flush()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv"]), default="json", show_default=True,
              help="json: pretty document records; jsonl: one record a line; csv: one event a row, ACLED columns.")
@click.option("--published", help="Publication date YYYY-MM-DD for inputs that carry none.")
@click.option("--source", help="Outlet name for inputs that carry none.")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Extraction processes (the records keep the input order).")
def extract(paths: tuple[str, ...], fmt: str, published: str | None, source: str | None, jobs: int) -> None:
    """Extract conflict events from text, HTML, RSS/Atom, WARC or JSONL files (or - for stdin).

    An input that cannot be read is reported on standard error and skipped; the others are processed,
    and the exit status is then 1.
    """
    from functools import partial

    from rasid.export import write_rendered
    from rasid.ingest import IngestProblem, read_paths
    from rasid.ingest.limits import within_limit
    from rasid.parallel import ordered_map
    from rasid.pipeline import check_iso_date, extract_rendered, load_lexicons

    if published is not None:
        check_iso_date(published, "--published")
    out = _Output()
    problems = 0

    def documents():  # noqa: ANN202
        nonlocal problems
        work = partial(extract_rendered, fmt=fmt, published=published, source=source)
        for result in ordered_map(work, within_limit(read_paths(paths)), jobs=jobs, prepare=load_lexicons):
            if isinstance(result, IngestProblem):
                problems += 1
                _say(f"skipped {result.origin}: {result.message}")
                continue
            yield result

    write_rendered(documents(), out, fmt)
    out.flush()
    if problems:
        _say(f"{problems} input(s) skipped")
        raise SystemExit(PARTIAL_EXIT)


@main.command("eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.argument("pred", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--verbose", is_flag=True, help="List the errors of every document.")
def eval_command(gold: str, pred: str, as_json: bool, verbose: bool) -> None:
    """Score predicted document records (PRED) against annotated gold events (GOLD)."""
    from rasid.eval_records import well_typed
    from rasid.evaluate import evaluate, format_report, load_records

    out = _Output()
    gold_records, pred_records = (well_typed(load_records(path), path, _say) for path in (gold, pred))
    report = {"gold_file": gold, "pred_file": pred, **evaluate(gold_records, pred_records)}
    if as_json:
        out.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(format_report(report, verbose=verbose) + "\n")
    out.flush()


# -- the event store: ingest, events, search, export, reprocess ----------------------------------------------
_DB = click.option("--db", "db", required=True, type=click.Path(dir_okay=False), help="The SQLite store file.")


def _filter_options(func):  # noqa: ANN001, ANN202
    """The event filters shared by ``events`` and ``export``."""
    for option in reversed([
        click.option("--from", "date_from", help="Events on or after YYYY-MM-DD."),
        click.option("--to", "date_to", help="Events on or before YYYY-MM-DD."),
        click.option("--country"), click.option("--admin1"), click.option("--admin2"),
        click.option("--event-type", help="ACLED event type, e.g. Battles."),
        click.option("--sub-event-type", help="ACLED sub-event type, e.g. 'Air/drone strike'."),
        click.option("--actor", help="Actor id or English name (either side)."),
        click.option("--min-confidence", type=click.FloatRange(0, 1)),
        click.option("--min-fatalities", type=click.IntRange(0)),
        click.option("--query", "-q", help="Only events of documents matching this full-text query."),
    ]):
        func = option(func)
    return func


def _event_filter(opts: dict):  # noqa: ANN202
    from rasid.pipeline import check_iso_date
    from rasid.store import EventFilter

    for key, name in (("date_from", "--from"), ("date_to", "--to")):
        if opts.get(key):
            opts[key] = check_iso_date(opts[key], name).isoformat()
    return EventFilter(**{k: v for k, v in opts.items() if k in EventFilter.__slots__})


def _open_store(db: str, *, readonly: bool):  # noqa: ANN202
    from rasid.store import Store

    return Store(db, readonly=readonly)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_DB
@click.option("--jobs", "-j", type=click.IntRange(1, 256), help="Extraction processes (default: the cores).")
@click.option("--published", help="Publication date YYYY-MM-DD for inputs that carry none.")
@click.option("--source", help="Outlet name for inputs that carry none.")
@click.option("--batch", type=click.IntRange(1), default=200, show_default=True,
              help="Documents per transaction (at most about 2 s of work is redone after a kill).")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary (problems are still reported).")
def ingest(paths: tuple[str, ...], db: str, jobs: int | None, published: str | None, source: str | None,
           batch: int, quiet: bool) -> None:
    """Read files, folders, globs, JSONL or Telegram exports into the store (idempotent, resumable)."""
    from rasid.pipeline import check_iso_date

    if published:
        check_iso_date(published, "--published")
    with _open_store(db, readonly=False) as store:
        summary = store.ingest(paths, jobs=jobs, published=published, source=source, batch_size=batch,
                               progress=not quiet and sys.stderr.isatty(),
                               report=lambda origin, why: click.echo(f"rasid: skipped {origin}: {why}", err=True))
        counts = store.counts()
    if not quiet:
        click.echo(summary.text(), err=True)
        click.echo(f"rasid: {db}: {counts['documents']} documents, {counts['events']} events, "
                   f"{counts['incidents']} incidents", err=True)
    if summary.skipped:
        raise SystemExit(PARTIAL_EXIT)


def _table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [min(40, max(len(str(x)) for x in col)) for col in zip(headers, *rows)]
    lines = ["  ".join(str(h).ljust(w) for h, w in zip(headers, widths))]
    lines += ["  ".join(str(x)[:w].ljust(w) for x, w in zip(row, widths)) for row in rows]
    return "\n".join(lines)


def _event_cells(e: dict) -> list[str]:
    loc, a1, a2 = e.get("location") or {}, e.get("actor1") or {}, e.get("actor2") or {}
    killed = e.get("fatalities")
    return [e.get("event_id_cnty") or "", e.get("date") or "?", e.get("sub_event_type") or e.get("event_type", ""),
            ", ".join(x for x in (loc.get("name"), e.get("admin1")) if x), a1.get("name", ""), a2.get("name", ""),
            "" if killed is None else str(killed), e.get("source") or ""]


_EVENT_HEADERS = ["id", "date", "type", "place", "actor1", "actor2", "killed", "source"]


@main.command()
@_DB
@_filter_options
@click.option("--incidents", is_flag=True, help="Deduplicated incidents instead of per-document events.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]),
              help="Default: a table on a terminal, JSON lines otherwise.")
@click.option("--limit", type=click.IntRange(1), help="At most this many.")
def events(db: str, incidents: bool, fmt: str | None, limit: int | None, **filters: object) -> None:
    """Print the stored events (or incidents) that match the filters, with the analysts' reviews applied
    (rejected events left out)."""
    from itertools import islice

    from rasid.store.exports import reviewed_events, reviewed_incidents

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    with _open_store(db, readonly=True) as store:
        f = _event_filter(filters)
        found = reviewed_incidents(store, f) if incidents else reviewed_events(store, f)
        found = islice(found, limit) if limit else found
        if fmt == "jsonl":
            for e in found:
                click.echo(json.dumps(e, ensure_ascii=False))
        else:
            click.echo(_table([_event_cells(e) for e in found], _EVENT_HEADERS))


@main.command()
@click.argument("query")
@_DB
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]),
              help="Default: a table on a terminal, JSON lines otherwise.")
def search(query: str, db: str, limit: int, fmt: str | None) -> None:
    """Find stored documents (and their events) by text; «داعش» also finds «داعـ.ـش», «الرقة» «الرقه»."""
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    with _open_store(db, readonly=True) as store:
        hits = store.search(query, limit=limit)
    if fmt == "jsonl":
        for hit in hits:
            click.echo(json.dumps(hit, ensure_ascii=False))
        return
    rows = [[h["doc_id"], h["published"] or "?", h["source"] or "", str(len(h["events"])), h["snippet"]] for h in hits]
    click.echo(_table(rows, ["document", "published", "source", "events", "text"]))


@main.command("export")
@_DB
@click.option("--format", "fmt", type=click.Choice(["acled-csv", "geojson", "jsonl", "parquet", "xlsx"]),
              default="acled-csv", show_default=True,
              help="acled-csv, geojson, parquet, xlsx: one row per incident; jsonl: the document records.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write here instead of standard output.")
@click.option("--inter-labels", is_flag=True, help="inter1/inter2/interaction as ACLED's words, not numbers.")
@click.option("--confirmed-only", is_flag=True, help="Only what an analyst confirmed in the dashboard.")
@_filter_options
def export_command(db: str, fmt: str, output: str | None, inter_labels: bool, confirmed_only: bool,
                   **filters: object) -> None:
    """Export the store's incidents (ACLED CSV, GeoJSON, Parquet, XLSX) or documents (JSONL), with the analysts'
    reviews applied (corrected fields; rejected events left out)."""
    from rasid.store.exports import confirmed, export, not_rejected

    keep = confirmed if confirmed_only else not_rejected
    with _open_store(db, readonly=True) as store:
        f = _event_filter(filters)
        if fmt in ("parquet", "xlsx") or not output:
            stats = export(store, fmt, sys.stdout, path=output, filters=f, inter_labels=inter_labels, keep=keep)
        else:
            with open(output, "w", encoding="utf-8", newline="") as out:
                stats = export(store, fmt, out, filters=f, inter_labels=inter_labels, keep=keep)
    if stats.undated:
        click.echo(f"rasid: warning: {stats.undated} undated event(s): time_precision left empty", err=True)
    if stats.unplaced:
        click.echo(f"rasid: warning: {stats.unplaced} event(s) without coordinates left out of the GeoJSON", err=True)


@main.command()
@_DB
@click.option("--all", "everything", is_flag=True, help="Every document, not only those of an older extractor.")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), help="Extraction processes (default: the cores).")
@click.option("--verbose", is_flag=True, help="Name each document whose events changed.")
def reprocess(db: str, everything: bool, jobs: int | None, verbose: bool) -> None:
    """Re-run the current extractor over stored documents and report what changed."""
    from rasid.store.reprocess import reprocess as run

    with _open_store(db, readonly=False) as store:
        report = run(store, jobs=jobs, everything=everything)
    if verbose:
        for doc_id, added, removed in report.changes:
            click.echo(f"rasid: {doc_id}: +{added} / -{removed} events", err=True)
    click.echo(report.text(), err=True)


@main.command()
@click.option("--db", "db", type=click.Path(dir_okay=False), help="The SQLite store file (without it: the analyse page only).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--token", help="Token writing endpoints require (default: RASID_TOKEN; generated beyond loopback).")
@click.option("--cors-origin", "cors_origins", multiple=True, help="Allow this browser origin (CORS is off by default).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes (readers run in parallel; each keeps its own caches).")
def serve(db: str | None, host: str, port: int, token: str | None, cors_origins: tuple[str, ...], workers: int) -> None:
    """Serve the dashboard and the HTTP API (OpenAPI at /docs)."""
    from rasid.web.server import serve as run

    run(db, host=host, port=port, token=token, cors_origins=cors_origins, workers=workers)


def run() -> None:
    """The ``rasid`` command: ``main``, then leave without freeing the loaded lexicons object by object.

    Tearing down the gazetteer and the vocabulary at interpreter exit costs about a tenth of a second, a fifth of
    a short run. The exit handlers still run (worker pools, temporary folders) and the output is flushed; with
    other threads alive, or output that cannot be flushed, the interpreter exits the usual way.
    """
    try:
        main()
        code = 0
    except SystemExit as exc:
        code = exc.code
    if not isinstance(code, int) or threading.active_count() > 1:
        raise SystemExit(code)
    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:  # None: started with the descriptor closed
                stream.flush()
    except (OSError, ValueError):
        raise SystemExit(code) from None
    os._exit(code)
