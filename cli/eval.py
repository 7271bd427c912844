"""``iad-data eval`` (score a model on a published version) and ``iad-data eval compare``."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from iad_data.cli.options import (
    JsonOpt,
    dry_run_param,
    json_param,
    quiet_param,
    stage_command,
    wait_param,
    workspace_param,
)
from iad_data.cli.output import library_errors, print_json, print_table
from iad_data.evaluation.options import EvalOptions

if TYPE_CHECKING:
    from iad_data.evaluation.results import Tables
    from iad_data.evaluation.run import EvalResult

eval_app = typer.Typer(
    name="eval",
    help="Score a model on a published version's test split with IAD-R1's or MMAD's protocol "
    "(resumable; re-runs cost nothing); `eval compare` sets results side by side.",
    no_args_is_help=False,
    add_completion=False,
)


def _print_tables(tables: Tables) -> None:
    metrics = list(tables.metrics)
    head = ["dataset", "questions", *metrics]
    rows: list[list[Any]] = [
        [name, tables.questions.get(name, 0), *(tables.show(m, cells[m]) for m in metrics)]
        for name, cells in tables.datasets.items()
    ]
    if len(tables.datasets) > 1:
        rows.append(
            [
                "average",
                sum(tables.questions.values()),
                *(tables.show(m, tables.average[m]) for m in metrics),
            ]
        )
    print_table(head, rows)
    typer.echo("")
    cat_rows: list[list[Any]] = [
        [name, tables.category_questions[name], *(tables.show(m, cells[m]) for m in metrics)]
        for name, cells in tables.categories.items()
    ]
    print_table(["category", "questions", *metrics], cat_rows)


def print_eval(result: EvalResult, *, json_out: bool, quiet: bool) -> None:
    """An eval for scripts (``--json``), for nobody (``--quiet``) or for people."""
    if json_out:
        print_json(result.to_dict())
        return
    if quiet:
        return
    head = f"{result.protocol} {result.shots}-shot, {result.model}"
    if result.dry_run:
        typer.echo(
            f"Dry run, {head}: {result.questions} question(s) on {result.images} image(s), "
            f"{result.cached} in the ledger; the other {result.not_sent} would cost about "
            f"${result.estimated_cost_usd or 0:.4f} ({result.estimated_input_tokens:,} input + "
            f"{result.estimated_output_tokens:,} output tokens); nothing sent or written."
        )
        return
    data = result.provenance.get("data", {})
    typer.echo(
        f"{head} on {data.get('tag') or data.get('kind')} ({data.get('content_sha256', '')[:12]}): "
        f"{result.questions} question(s) on {result.images} image(s); {result.sent} sent, "
        f"{result.cached} from the ledger, ${result.cost_usd:.4f}.\n"
    )
    if result.tables is not None:
        _print_tables(result.tables)
    if result.unparsed:
        typer.echo(
            "\nUnparsed (scored wrong): "
            + ", ".join(f"{why} {n}" for why, n in result.unparsed.items())
        )
    if result.skipped:
        typer.echo("Skipped: " + ", ".join(f"{why} {n}" for why, n in result.skipped.items()))
    if result.not_sent:
        typer.echo(
            f"Partial: {result.not_sent} question(s) not asked ({result.stopped or 'stopped'}); "
            "run the command again to finish (answers so far are in the ledger)."
        )
    typer.echo(f"\n-> {result.path}")


def _eval(
    options: dict[str, Any],
    *,
    ctx: typer.Context,
    workspace: Path,
    dry_run: bool,
    wait: bool,
    json_out: bool,
    quiet: bool,
) -> None:
    if ctx.invoked_subcommand is not None:
        return  # `eval compare ...`: the subcommand runs next
    from iad_data.evaluation.run import evaluate

    with library_errors():
        result = evaluate(
            workspace, dry_run=dry_run, progress=not quiet and not json_out, wait=wait, **options
        )
    print_eval(result, json_out=json_out, quiet=quiet)


def _ctx_param() -> inspect.Parameter:
    return inspect.Parameter("ctx", inspect.Parameter.KEYWORD_ONLY, annotation=typer.Context)


eval_command = stage_command(
    EvalOptions,
    _eval,
    [_ctx_param(), workspace_param(), dry_run_param(), wait_param(), json_param(), quiet_param()],
    "Score a model on a published version's test split with IAD-R1's or MMAD's protocol "
    "(resumable; re-runs cost nothing); `eval compare` sets results side by side.",
)


def compare(
    results: Annotated[
        list[Path],
        typer.Argument(
            help="Results files (WORKSPACE/evals/*.parquet); the first is the baseline."
        ),
    ],
    metric: Annotated[
        str | None,
        typer.Option("--metric", help="The metric to compare (default: the protocol's primary)."),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Compare results of different data or questions anyway (warned, not refused).",
        ),
    ] = False,
    json_out: JsonOpt = False,
) -> None:
    """Results side by side, and differences from the first with 95% intervals (*: excludes 0)."""
    from iad_data.evaluation.compare import compare_results

    with library_errors():
        comparison = compare_results(results, metric=metric, force=force)
    if json_out:
        print_json(comparison.to_dict())
        return
    for warning in comparison.warnings:
        typer.echo(f"Warning: {warning}.", err=True)
    typer.echo(f"{comparison.metric} [95% CI]\n")
    headers, rows = comparison.table()
    print_table(headers, rows)


def register(app: typer.Typer) -> None:
    eval_app.callback(invoke_without_command=True)(eval_command)
    eval_app.command("compare")(compare)
    app.add_typer(eval_app, name="eval")
