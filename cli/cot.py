"""``iad-data synthesize-cot`` (Expert-AD / IAD-R1 traces) and ``iad-data validate PATH``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from iad_data.cli.options import (
    JsonOpt,
    QuietOpt,
    dry_run_param,
    json_param,
    quiet_param,
    stage_command,
    wait_param,
    workspace_param,
)
from iad_data.cli.output import library_errors, print_json, print_synthesis, print_table
from iad_data.tasks.expert_ad.options import ExpertAdOptions

if TYPE_CHECKING:
    from iad_data.core.results import SynthesisResult


def _synthesize_cot(
    options: dict[str, Any],
    *,
    workspace: Path,
    dry_run: bool,
    wait: bool,
    json_out: bool,
    quiet: bool,
) -> None:
    from iad_data.tasks.expert_ad.synthesize import synthesize_cot as run

    with library_errors():
        result = run(
            workspace, dry_run=dry_run, progress=not quiet and not json_out, wait=wait, **options
        )
    print_synthesis(result, json_out=json_out, quiet=quiet, after=_cot_tables)


synthesize_cot = stage_command(
    ExpertAdOptions,
    _synthesize_cot,
    [workspace_param(), dry_run_param(), wait_param(), json_param(), quiet_param()],
    "Write expert_ad records: IAD-R1 reasoning traces, validated and repaired (resumable).",
)


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
