"""``iad-data prune``: move records of samples no longer ingested to the rejects files."""

from __future__ import annotations

from typing import Annotated

import typer

from iad_data.cli.options import (
    DEFAULT_WORKSPACE,
    JsonOpt,
    QuietOpt,
    WaitOpt,
    WorkspaceOpt,
)
from iad_data.cli.output import library_errors, print_json, print_table


def prune(
    workspace: WorkspaceOpt = DEFAULT_WORKSPACE,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Count the stale records; move nothing.")
    ] = False,
    wait: WaitOpt = False,
    json_out: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Move records whose sample is no longer in samples.parquet to the rejects files."""
    from iad_data.tasks.prune import prune as run_prune

    with library_errors():
        result = run_prune(workspace, dry_run=dry_run, wait=wait)
    if json_out:
        print_json(result.summary())
        return
    if quiet:
        return
    print_table(
        ["records file", "records", "stale", "earlier rejects now stale"],
        [
            (name, saved.written, saved.stale, saved.stale_rejects)
            for name, saved in result.files.items()
        ],
    )
    verb = "would move" if dry_run else "moved"
    typer.echo(
        f"\n{result.stale} stale record(s) {verb} to {result.workspace / 'rejects'} "
        f"(their answers stay in the ledger)."
    )


def register(app: typer.Typer) -> None:
    app.command()(prune)
