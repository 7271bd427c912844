"""``iad-data run RECIPE``: every stage of a recipe, resumable, with a closing summary."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from iad_data.cli.options import JsonOpt, QuietOpt, WaitOpt
from iad_data.cli.output import library_errors, print_json, print_table

if TYPE_CHECKING:
    from iad_data.pipeline.run import RunSummary

RecipeArg = Annotated[
    Path,
    typer.Argument(
        help="Recipe YAML file, or the name of a shipped one (demo, expert-ad, instruct-iad)."
    ),
]
RunWorkspaceOpt = Annotated[
    Path | None,
    typer.Option("--workspace", "-w", help="Workspace folder; overrides the recipe's workspace."),
]
ForceOpt = Annotated[
    bool,
    typer.Option(
        "--force", help="Run every stage again (teacher answers still come from the ledger)."
    ),
]


def print_summary(summary: RunSummary) -> None:
    """The closing summary for people: stages, then counts, pass rates, cost and output."""
    print_table(
        ["stage", "status", "seconds"],
        [
            [s.name, s.status, f"{s.seconds:.1f}" if s.status != "not configured" else ""]
            for s in summary.stages
        ],
    )
    typer.echo("")
    typer.echo(f"Samples: {summary.samples}")
    for config, count in summary.records.items():
        rate = summary.pass_rates.get(config)
        shown = f"{rate:.1%}" if rate is not None else "n/a"
        stale = summary.stale.get(config, 0)
        typer.echo(
            f"{config}: {count} records, {summary.rejected.get(config, 0)} rejected"
            + (f", {stale} stale (samples gone)" if stale else "")
            + f", pass rate {shown}"
        )
    typer.echo(f"Teacher calls: {summary.teacher_calls}, cost ${summary.cost_usd:.2f}")
    typer.echo(f"Workspace: {summary.workspace}")
    if summary.output:
        typer.echo(f"Published: {summary.output}")


def run(
    recipe: RecipeArg,
    workspace: RunWorkspaceOpt = None,
    force: ForceOpt = False,
    wait: WaitOpt = False,
    json_out: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Run a recipe: ingest, synthesize, validate, split, publish; skips what is done."""
    from iad_data.pipeline.run import run_recipe

    talk = not (quiet or json_out)
    with library_errors():
        summary = run_recipe(
            recipe,
            workspace=workspace,
            progress=talk,
            force=force,
            wait=wait,
            log=(lambda line: typer.echo(line, err=True)) if talk else None,
        )
    if json_out:
        print_json(summary.to_dict())
    elif not quiet:
        print_summary(summary)


def register(app: typer.Typer) -> None:
    app.command()(run)
