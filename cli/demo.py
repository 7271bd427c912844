"""``iad-data demo``: the embedded default run."""

from __future__ import annotations

from pathlib import Path

import typer

from iad_data.cli.options import JsonOpt, QuietOpt, WaitOpt, WorkspaceOpt
from iad_data.cli.output import library_errors, print_json


def demo(
    workspace: WorkspaceOpt = Path("iad-demo"),
    wait: WaitOpt = False,
    json_out: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Run recipes/demo.yaml on a synthetic benchmark, offline, and load the result back."""
    from iad_data.cli.run import print_summary
    from iad_data.pipeline.demo import run_demo

    talk = not (quiet or json_out)
    with library_errors():
        result = run_demo(
            workspace,
            progress=talk,
            log=(lambda line: typer.echo(line, err=True)) if talk else None,
            wait=wait,
        )
    if json_out:
        print_json(result.summary())
        return
    if quiet:
        return
    print_summary(result.run)
    typer.echo("")
    typer.echo(f"load_dataset({str(result.loaded.folder)!r}, CONFIG):")
    for config, splits in result.loaded.rows.items():
        typer.echo(f"  {config}: " + ", ".join(f"{s} {n}" for s, n in splits.items()))
    for config, rows in result.loaded.examples.items():
        row = rows[0]
        if not isinstance(row.get("messages"), list):
            continue  # the samples table: its counts are above
        typer.echo(f"\nFirst {config} record ({row.get('record_id')}):")
        for message in row["messages"]:
            typer.echo(f"  {message['role']}: {message['content']}".replace("\n", "\n    "))
        if row.get("solution"):
            typer.echo(f"  solution: {row['solution']}")
    typer.echo("\nEvery field of these records: iad-data demo --json")
    typer.echo(f"\nNote: {result.notice}")


def register(app: typer.Typer) -> None:
    app.command()(demo)
