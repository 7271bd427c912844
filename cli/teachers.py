"""``iad-data ledger``: what a workspace's teacher ledger holds (after a crash or a budget stop)."""

from __future__ import annotations

import typer

from iad_data.cli.options import DEFAULT_WORKSPACE, JsonOpt, WorkspaceOpt
from iad_data.cli.output import library_errors, print_json, print_table


def ledger(
    workspace: WorkspaceOpt = DEFAULT_WORKSPACE,
    json_out: JsonOpt = False,
) -> None:
    """Show teacher requests by status, tokens and cost per teacher, and open batches."""
    from iad_data.teach.ledger import ledger_summary

    with library_errors():
        summary = ledger_summary(workspace)
    if json_out:
        print_json(summary)
        return
    typer.echo(f"Ledger: {summary['ledger']}")
    print_table(["status", "requests"], sorted(summary["statuses"].items()))
    print_table(
        ["teacher", "requests", "answered", "failed", "input tokens", "output tokens", "USD"],
        [
            [
                t["teacher"],
                t["requests"],
                t["answered"],
                t["failed"],
                t["input_tokens"],
                t["output_tokens"],
                f"{t['cost_usd']:.4f}",
            ]
            for t in summary["teachers"]
        ],
    )
    for batch in summary["open_batches"]:
        typer.echo(
            f"open batch {batch['batch_id']} ({batch['teacher']}, {batch['requests']} requests):"
            " the next run of that teacher collects it"
        )


def register(app: typer.Typer) -> None:
    app.command()(ledger)
