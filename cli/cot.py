"""``iad-data synthesize-cot`` (Expert-AD / IAD-R1 traces) and ``iad-data validate PATH``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from iad_data.cli.options import (
    JsonOpt,
    MaxCostOpt,
    QuietOpt,
    WaitOpt,
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
    path: Annotated[
        Path | None,
        typer.Argument(help="Records file: .parquet or .jsonl (none with --calibrate)."),
    ] = None,
    calibrate: Annotated[
        bool,
        typer.Option(
            "--calibrate",
            help="Measure the validator on planted-error records and correct paraphrases: "
            "recall per error class, false rejects; written to WORKSPACE/reports.",
        ),
    ] = False,
    per_class: Annotated[
        int, typer.Option("--per-class", min=1, help="Calibration records per class and set.")
    ] = 60,
    phrasebook: Annotated[
        str,
        typer.Option(
            "--phrasebook",
            help="Words the calibration records are planted with: main (the book the rules "
            "are developed against), held_out, fresh, fresh2 or fresh3 (worded independently, "
            "since tuned against) or fresh4 (written blind after them, never tuned to); a book "
            "other than main writes reports/calibration-BOOK.json.",
        ),
    ] = "main",
    judge: Annotated[
        str | None,
        typer.Option(
            "--judge",
            help="Also send records that pass the rules to this teacher under the judge "
            "rubric (recipes/prompts/judge); its verdict is the rule 'judge'.",
        ),
    ] = None,
    max_cost: MaxCostOpt = None,
    workspace: Annotated[
        Path | None,
        typer.Option(
            "--workspace",
            "-w",
            help="Workspace for the calibration report and the judge's ledger (default: the "
            "one holding PATH; iad-workspace for --calibrate).",
        ),
    ] = None,
    wait: WaitOpt = False,
    json_out: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Check every record of a file against its schema and its rules; exit 1 if any fails.

    With --calibrate, measure the rules instead: exit 1 when a target is missed.
    """
    if calibrate:
        _calibrate(path, per_class, judge, max_cost, workspace, json_out, quiet, phrasebook)
        return
    if phrasebook != "main":
        raise typer.BadParameter("only with --calibrate", param_hint="--phrasebook")
    if path is None:
        raise typer.BadParameter("give a records file, or --calibrate", param_hint="PATH")
    judged = None
    with library_errors():
        if judge is not None:
            from iad_data.tasks.judge import judge_path

            judged = judge_path(
                path,
                judge,
                workspace=workspace,
                max_cost_usd=max_cost,
                progress=not quiet and not json_out,
                wait=wait,
            )
            report = judged.report
        else:
            from iad_data.tasks.validate import validate_path

            report = validate_path(path, progress=not quiet and not json_out)
    if json_out:
        print_json(judged.to_dict() if judged is not None else report.to_dict())
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
        if judged is not None:
            j = judged.judge
            typer.echo(
                f"judge {j.name}: {j.sent} sent, {j.cached} from the ledger, "
                f"${j.cost_usd:.4f}; {len(judged.moved)} record(s) moved to "
                f"{judged.rejects_path or 'no rejects file (not a workspace records file)'}."
            )
            if j.stopped:
                typer.echo(f"judge stopped: {j.stopped}")
    if not report.ok:
        raise typer.Exit(1)


def _calibrate(
    path: Path | None,
    per_class: int,
    judge: str | None,
    max_cost: float | None,
    workspace: Path | None,
    json_out: bool,
    quiet: bool,
    phrasebook: str = "main",
) -> None:
    from iad_data.cli.options import DEFAULT_WORKSPACE
    from iad_data.tasks.calibration.books import PHRASEBOOKS

    if path is not None:
        raise typer.BadParameter("--calibrate builds its own records; give no PATH")
    if phrasebook not in PHRASEBOOKS:
        raise typer.BadParameter(
            f"{phrasebook!r} is not one of {', '.join(PHRASEBOOKS)}", param_hint="--phrasebook"
        )
    ws = workspace or DEFAULT_WORKSPACE
    with library_errors():
        from iad_data.tasks.calibration import run_calibration

        the_judge = None
        if judge is not None:
            from iad_data.core.workspace import Workspace
            from iad_data.tasks.judge import make_judge

            the_judge = make_judge(judge, Workspace(ws).ledger_path, max_cost_usd=max_cost)
        report = run_calibration(ws, per_class=per_class, judge=the_judge, phrasebook=phrasebook)
    if json_out:
        print_json(report.to_dict())
    elif not quiet:
        typer.echo(report.render())
    if not report.meets_targets:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("synthesize-cot")(synthesize_cot)
    app.command("validate")(validate)
