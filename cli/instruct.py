"""``iad-data synthesize-instruct``: InstructIAD template QA and CoT-M conversations."""

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
from iad_data.cli.output import library_errors, print_synthesis, print_table

if TYPE_CHECKING:
    from iad_data.core.results import SynthesisResult


def synthesize_instruct(
    teacher: TeacherOpt = "offline",
    tasks: Annotated[
        list[str] | None,
        typer.Option(
            "--tasks",
            help="Instruction tasks, comma-separated: discrimination, classification, "
            "localisation, description, cause, remedy (default: all).",
        ),
    ] = None,
    templates_only: Annotated[
        bool,
        typer.Option(
            "--templates-only", help="Template QA from the ground truth only; no teacher."
        ),
    ] = False,
    expert_maps: Annotated[
        Path | None,
        typer.Option(
            "--expert-maps",
            help="Folder of anomaly heat maps (.npy/.png, one per image) for the ROI boxes; "
            "default: boxes from the ground-truth masks.",
        ),
    ] = None,
    roi_threshold: Annotated[
        float,
        typer.Option("--roi-threshold", help="Threshold on the min-max normalised expert map."),
    ] = 0.5,
    limit: LimitOpt = None,
    categories: CategoriesOpt = None,
    max_cost: MaxCostOpt = None,
    max_attempts: Annotated[
        int,
        typer.Option("--max-attempts", help="Teacher attempts per conversation, repairs included."),
    ] = 3,
    seed: Annotated[int, typer.Option("--seed", help="Chooses the template phrasings.")] = 0,
    variants: Annotated[
        int,
        typer.Option("--variants", help="Template QA records per sample and task (phrasings)."),
    ] = 1,
    concurrency: ConcurrencyOpt = 8,
    dry_run: DryRunOpt = False,
    batch: BatchOpt = False,
    workspace: WorkspaceDirOpt = Path("iad-workspace"),
    json_out: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Write instruct_iad records: template QA and teacher CoT-M conversations (resumable)."""
    from iad_data.tasks.instruct_iad.synthesize import synthesize_instruct as run

    with library_errors():
        result = run(
            workspace,
            teacher=teacher,
            tasks=split_list(tasks),
            templates_only=templates_only,
            limit=limit,
            categories=split_list(categories),
            max_cost_usd=max_cost,
            dry_run=dry_run,
            batch=batch,
            max_attempts=max_attempts,
            expert_maps=expert_maps,
            seed=seed,
            progress=not quiet and not json_out,
            roi_threshold=roi_threshold,
            concurrency=concurrency,
            variants=variants,
        )
    print_synthesis(
        result, json_out=json_out, quiet=quiet, before=_task_table, after=_rule_failures
    )


def _task_table(result: SynthesisResult) -> None:
    by_task = result.extra.get("by_task", {})
    print_table(["task", "records"], [[task, n] for task, n in by_task.items()])


def _rule_failures(result: SynthesisResult) -> None:
    if result.rule_failures:
        typer.echo(
            "Rule failures: " + ", ".join(f"{rule} {n}" for rule, n in result.rule_failures.items())
        )


def register(app: typer.Typer) -> None:
    app.command("synthesize-instruct")(synthesize_instruct)
