"""``iad-data synthesize-cot`` (Expert-AD / IAD-R1 traces) and ``iad-data validate PATH``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from iad_data.cli.options import (
    BatchOpt,
    CategoriesOpt,
    ConcurrencyOpt,
    DryRunOpt,
    JsonOpt,
    LimitOpt,
    MaxCostOpt,
    QuietOpt,
    TeacherOpt,
    WorkspaceDirOpt,
    split_list,
)
from iad_data.cli.output import library_errors, print_json, print_synthesis, print_table

if TYPE_CHECKING:
    from iad_data.core.results import SynthesisResult


def synthesize_cot(
    teacher: TeacherOpt = "offline",
    limit: LimitOpt = None,
    categories: CategoriesOpt = None,
    blind: Annotated[
        bool,
        typer.Option(
            "--blind",
            help="No ground truth in the prompt and no repairs: measure the teacher's own "
            "accuracy (records go to records/expert_ad_blind.parquet).",
        ),
    ] = False,
    max_cost: MaxCostOpt = None,
    dry_run: DryRunOpt = False,
    batch: BatchOpt = False,
    max_attempts: Annotated[
        int,
        typer.Option("--max-attempts", help="Teacher attempts per trace, repairs included."),
    ] = 3,
    normal_ratio: Annotated[
        float,
        typer.Option("--normal-ratio", help="Normal traces per anomalous trace."),
    ] = 1.0,
    reference: Annotated[
        bool,
        typer.Option(
            "--reference", help="Show the teacher a normal image of the same category first."
        ),
    ] = False,
    one_shot: Annotated[
        bool,
        typer.Option(
            "--one-shot",
            help="Also write each trace's one-shot form (a normal reference image first).",
        ),
    ] = False,
    concurrency: ConcurrencyOpt = 8,
    workspace: WorkspaceDirOpt = Path("iad-workspace"),
    json_out: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Write expert_ad records: IAD-R1 reasoning traces, validated and repaired (resumable)."""
    from iad_data.tasks.expert_ad.synthesize import synthesize_cot as run

    with library_errors():
        result = run(
            workspace,
            teacher=teacher,
            limit=limit,
            categories=split_list(categories),
            blind=blind,
            max_cost_usd=max_cost,
            dry_run=dry_run,
            batch=batch,
            max_attempts=max_attempts,
            normal_ratio=normal_ratio,
            reference=reference,
            one_shot=one_shot,
            concurrency=concurrency,
            progress=not quiet and not json_out,
        )
    print_synthesis(result, json_out=json_out, quiet=quiet, after=_cot_tables)


def _cot_tables(result: SynthesisResult) -> None:
    """Rule failures, and accuracy per category for a blind run."""
    if result.rule_failures:
        print_table(["rule", "failures"], sorted(result.rule_failures.items()))
    accuracy = result.extra.get("accuracy_by_category")
    if accuracy:
        print_table(
            ["category", "records", "accuracy", "balanced accuracy"],
            [
                [g, int(a["records"]), a["accuracy"], a["balanced_accuracy"]]
                for g, a in accuracy.items()
            ],
        )


def validate(
    path: Annotated[Path, typer.Argument(help="Records file: .parquet or .jsonl.")],
    json_out: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Check every record of a file against its schema and its rules; exit 1 if any fails."""
    from iad_data.tasks.validate import validate_path

    with library_errors():
        report = validate_path(path, progress=not quiet and not json_out)
    if json_out:
        print_json(report.to_dict())
    elif not quiet:
        typer.echo(
            f"{report.path}: {report.records} {report.config} record(s), {report.passed} "
            f"passed, {report.failed} failed."
        )
        print_table(["rule", "failures"], report.table())
        for rule, examples in report.examples.items():
            for line in examples:
                typer.echo(f"  {rule}: {line}")
        if report.groups:
            names = sorted(
                {k for row in report.groups.values() for k in row} - {"records", "passed"}
            )
            print_table(
                ["group", "records", "passed", *names],
                [
                    [g, int(r["records"]), int(r["passed"]), *(r.get(n, "") for n in names)]
                    for g, r in report.groups.items()
                ],
            )
    if not report.ok:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("synthesize-cot")(synthesize_cot)
    app.command("validate")(validate)
