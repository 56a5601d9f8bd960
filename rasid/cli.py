"""The ``rasid`` command line: thin wrappers over the public functions."""
from __future__ import annotations

import json
import os
import sys

import click

from rasid import __version__
from rasid.errors import OutputError, RasidError, one_line

PARTIAL_EXIT = 1  # some inputs were reported and skipped; everything else was processed


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
        except BrokenPipeError:
            # the reader went away (``rasid extract … | head``): stop quietly, as other Unix tools do
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(0)


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

    out = _Output()
    for lineno, raw in enumerate(sys.stdin.buffer, 1):
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
@click.option("--all", "all_candidates", is_flag=True, help="List every candidate, best first.")
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
def extract(paths: tuple[str, ...], fmt: str, published: str | None, source: str | None) -> None:
    """Extract conflict events from text, HTML, RSS/Atom, WARC or JSONL files (or - for stdin).

    An input that cannot be read is reported on standard error and skipped; the others are processed,
    and the exit status is then 1.
    """
    from rasid.export import write_documents
    from rasid.ingest import IngestProblem, read_paths
    from rasid.pipeline import process_article
    from rasid.pipeline import check_iso_date

    if published is not None:
        check_iso_date(published, "--published")
    out = _Output()
    problems = 0

    def documents():  # noqa: ANN202
        nonlocal problems
        for item in read_paths(paths):
            if isinstance(item, IngestProblem):
                problems += 1
                _say(f"skipped {item.origin}: {item.message}")
                continue
            try:
                yield process_article(item, published=published, source=source)
            except RasidError:
                raise
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
                problems += 1
                _say(f"skipped {item.origin or item.id}: internal error: {exc!r}")

    write_documents(documents(), out, fmt)
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
