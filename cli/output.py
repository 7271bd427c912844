"""Printing for people (tables) and scripts (``--json``)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import typer

from iad_data.errors import IadDataError, describe_os_error

if TYPE_CHECKING:
    from iad_data.core.results import SynthesisResult


def print_json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, default=str))


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        typer.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            typer.echo("  ".join("-" * w for w in widths))


@contextmanager
def library_errors() -> Iterator[None]:
    """Library errors, and what the disk refused (full, read-only, a file where a folder is
    wanted), become one ``Error: ...`` line on stderr (secrets in URLs masked) and exit 1."""
    from iad_data.core.redact import redact

    try:
        yield
    except IadDataError as exc:
        typer.echo(f"Error: {redact(str(exc))}", err=True)
        raise typer.Exit(1) from None
    except OSError as exc:
        typer.echo(f"Error: {redact(describe_os_error(exc))}", err=True)
        raise typer.Exit(1) from None


def print_synthesis(
    result: SynthesisResult,
    *,
    json_out: bool,
    quiet: bool,
    before: Callable[[SynthesisResult], None] | None = None,
    after: Callable[[SynthesisResult], None] | None = None,
) -> None:
    """A synthesis run for scripts (``--json``), for nobody (``--quiet``) or for people.

    People get the dry-run estimate, or ``before`` (a command's own tables), the records
    written and what the teacher cost, ``after``, then what was skipped and why it stopped.
    """
    if json_out:
        print_json(result.to_dict())
        return
    if quiet:
        return
    if result.dry_run:
        typer.echo(
            f"Dry run: {result.requests} teacher request(s) ({result.cached} in the ledger), "
            f"about ${result.estimated_cost_usd or 0:.4f}; nothing written."
        )
        return
    if before is not None:
        before(result)
    typer.echo(
        f"{result.written} record(s) in {result.records_path}; {result.rejected} rejected "
        f"({result.rejects_path}). Teacher: {result.sent} sent, {result.cached} cached, "
        f"${result.cost_usd:.4f}."
    )
    if after is not None:
        after(result)
    skipped = result.extra.get("skipped", {})
    if skipped:
        typer.echo("Skipped: " + ", ".join(f"{why} {n}" for why, n in skipped.items()))
    if result.stopped:
        typer.echo(f"Stopped: {result.stopped}. Run the command again to resume.")
