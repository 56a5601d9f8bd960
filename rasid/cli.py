"""The ``rasid`` command line: thin wrappers over the public functions."""
from __future__ import annotations

import io
import json
import sys

import click

from rasid import __version__
from rasid.errors import RasidError

PARTIAL_EXIT = 1  # some inputs were reported and skipped; everything else was processed


class _Group(click.Group):
    """A click group that prints user errors as one line, without a traceback."""

    def invoke(self, ctx: click.Context):  # noqa: ANN201
        try:
            return super().invoke(ctx)
        except RasidError as exc:
            click.echo(f"rasid: error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rasid")
def main() -> None:
    """rasid (راصد): Arabic conflict news to a geocoded ACLED-style event dataset with evidence."""


@main.command()
@click.option("--show", is_flag=True, help="Also list each repair on standard error.")
def repair(show: bool) -> None:
    """Repair evasion spellings: UTF-8 text on stdin to stdout, line for line."""
    from rasid.text.normalize import repair as repair_text

    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline="\n")
    for line in stdin:
        body = line[:-1] if line.endswith("\n") else line
        result = repair_text(body)
        click.echo(result.text)
        if show:
            for r in result.repairs:
                click.echo(f"  {r.kind}: {r.original!r} -> {r.repaired!r} [{r.start}:{r.end}]", err=True)


@main.command()
@click.argument("query")
@click.option("--all", "all_candidates", is_flag=True, help="List every candidate, best first.")
def geocode(query: str, all_candidates: bool) -> None:
    """Resolve a place phrase such as «بلدة الجزرات بريف دير الزور الغربي» to JSON."""
    from rasid.lexicon.places import geocode as geocode_query

    places = geocode_query(query, all_candidates=all_candidates)
    if not places:
        raise RasidError(f"no place found for {query!r}")
    out = [p.as_dict() if hasattr(p, "as_dict") else p for p in places]
    click.echo(json.dumps(out if all_candidates else out[0], ensure_ascii=False, indent=2))


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

    if published:
        check_iso_date(published, "--published")
    problems = 0

    def documents():  # noqa: ANN202
        nonlocal problems
        for item in read_paths(paths):
            if isinstance(item, IngestProblem):
                problems += 1
                click.echo(f"rasid: skipped {item.origin}: {item.message}", err=True)
                continue
            try:
                yield process_article(item, published=published, source=source)
            except RasidError:
                raise
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
                problems += 1
                click.echo(f"rasid: skipped {item.origin or item.id}: internal error: {exc!r}", err=True)

    write_documents(documents(), sys.stdout, fmt)
    if problems:
        click.echo(f"rasid: {problems} input(s) skipped", err=True)
        raise SystemExit(PARTIAL_EXIT)


@main.command("eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.argument("pred", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--verbose", is_flag=True, help="List the errors of every document.")
def eval_command(gold: str, pred: str, as_json: bool, verbose: bool) -> None:
    """Score predicted document records (PRED) against annotated gold events (GOLD)."""
    from rasid.evaluate import evaluate_files, format_report

    report = evaluate_files(gold, pred)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report, verbose=verbose))
