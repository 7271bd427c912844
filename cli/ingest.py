"""``iad-data ingest SOURCE``, ``iad-data info`` and ``iad-data sources``."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Annotated, Any

import typer

from iad_data.cli.options import (
    DEFAULT_WORKSPACE,
    JsonOpt,
    WorkspaceOpt,
    json_param,
    quiet_param,
    stage_command,
    wait_param,
    workspace_param,
)
from iad_data.cli.output import library_errors, print_json, print_table
from iad_data.ingestion.options import IngestOptions


def _ingest(
    options: dict[str, Any],
    *,
    source: str,
    workspace: Path,
    wait: bool,
    json_out: bool,
    quiet: bool,
) -> None:
    from iad_data.core.workspace import Workspace
    from iad_data.ingestion.build import ingest as run_ingest

    strict = options.pop("strict", False)  # problems are printed first, then the exit code
    with library_errors():
        result = run_ingest(
            source,
            workspace=workspace,
            progress=not (quiet or json_out),
            wait=wait,
            strict=False,
            **options,
        )
    if json_out:
        print_json(result.summary())
    elif not quiet:
        typer.echo(
            f"{result.samples.height} samples from {len(result.categories)} categories "
            f"of {result.dataset} -> {Workspace(workspace).samples_path}"
        )
        if result.problems:
            typer.echo(f"\n{len(result.problems)} problem(s):")
            print_table(["kind", "count"], sorted(result.problem_counts.items()))
            typer.echo("")
            shown = result.problems[:20]
            print_table(["file", "reason"], [(p.path, p.reason) for p in shown])
            if len(result.problems) > len(shown):
                typer.echo(f"... {len(result.problems) - len(shown)} more in {result.report_path}")
        if result.count_diffs:
            typer.echo(f"\nAgainst the official release ({len(result.count_diffs)} difference(s)):")
            for diff in result.count_diffs[:20]:
                typer.echo(f"  {diff.message}")
            if len(result.count_diffs) > 20:
                typer.echo(f"  ... {len(result.count_diffs) - 20} more in {result.report_path}")
        typer.echo(f"\nReport: {result.report_path}")
    if strict and result.problems:
        typer.echo(
            f"Error: {len(result.problems)} problem(s) under --strict; see {result.report_path}.",
            err=True,
        )
        raise typer.Exit(1)


ingest = stage_command(
    IngestOptions,
    _ingest,
    [
        inspect.Parameter(
            "source",
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
            annotation=Annotated[
                str, typer.Argument(help="Benchmark to read; see `iad-data sources`.")
            ],
        ),
        workspace_param(),
        wait_param(),
        json_param(),
        quiet_param(),
    ],
    "Read a benchmark into WORKSPACE/samples.parquet and write an ingest report.",
)


def info(workspace: WorkspaceOpt = DEFAULT_WORKSPACE, json_out: JsonOpt = False) -> None:
    """Counts per dataset / category / split / label / defect type."""
    from iad_data.core.records import TEMPLATE_TEXT_NOTICE
    from iad_data.pipeline.info import info as run_info
    from iad_data.pipeline.info import info_summary, records_info, review_info

    with library_errors():
        table = run_info(workspace)
        review = review_info(workspace)
        records = records_info(workspace)
    if json_out:
        extra = {"records": records} if records else {}
        print_json({**info_summary(table), **extra, **({"review": review} if review else {})})
        return
    print_table(table.columns, table.rows())
    typer.echo(f"\n{int(table['images'].sum())} images")
    for name, r in records.items():
        teachers = ", ".join(f"{t}: {n}" for t, n in r["teachers"].items())
        typer.echo(f"records {name}: {r['records']} ({teachers})")
        if r["template_text"]:
            typer.echo(
                f"  {r['template_text']} of them {TEMPLATE_TEXT_NOTICE}; re-run the synthesis "
                "with a model --teacher for training data"
            )
    for name, s in review.get("sets", {}).items():
        rate = s["acceptance_rate"]
        typer.echo(
            f"review {name}: {s['reviewed']}/{s['records']} reviewed, "
            f"{'n/a' if rate is None else f'{100 * rate:.1f}%'} accepted"
        )
    for pair in review.get("agreement", []):
        kappa = "n/a" if pair["kappa"] is None else f"{pair['kappa']:.3f}"
        typer.echo(
            f"agreement {' / '.join(pair['reviewers'])}: Cohen's kappa {kappa} over "
            f"{pair['records']} record(s) both reviewed"
        )
    if review.get("flagged"):
        typer.echo(f"{len(review['flagged'])} sample(s) flagged: held out of splits and publish")


def sources(json_out: JsonOpt = False) -> None:
    """Every benchmark source with its license, citation and expected layout."""
    from iad_data.ingestion.sources import SOURCES

    if json_out:
        print_json([s.describe() for s in SOURCES.values()])
        return
    for s in SOURCES.values():
        typer.echo(f"{s.cli_name}  ({s.title}, {s.license})\n  {s.citation}")
        typer.echo("  " + s.layout.replace("\n", "\n  ") + "\n")


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(info)
    app.command()(sources)
