"""The ``rasid`` command line: thin wrappers over the public functions."""
from __future__ import annotations

import json
import sys

import click

from rasid import __version__
from rasid.errors import RasidError


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

    stdin = click.get_text_stream("stdin", encoding="utf-8", errors="replace")
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
