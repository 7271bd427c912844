"""``iad-data synthesize-instruct``: InstructIAD template QA and CoT-M conversations."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .options import CategoriesOpt, JsonOpt, QuietOpt, TeacherOpt, WorkspaceDirOpt, split_list
from .output import library_errors, print_json, print_table


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
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", help="At most this many samples.")
    ] = None,
    categories: CategoriesOpt = None,
    max_cost: Annotated[
        float | None, typer.Option("--max-cost", help="Stop before spending more (USD).")
    ] = None,
    max_attempts: Annotated[
        int,
        typer.Option("--max-attempts", help="Teacher attempts per conversation, repairs included."),
    ] = 3,
    seed: Annotated[int, typer.Option("--seed", help="Chooses the template phrasings.")] = 0,
    variants: Annotated[
        int,
        typer.Option("--variants", help="Template QA records per sample and task (phrasings)."),
    ] = 1,
    concurrency: Annotated[
        int, typer.Option("--concurrency", help="Teacher requests in flight at once.")
    ] = 8,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Estimate the teacher cost; send and write nothing.")
    ] = False,
    batch: Annotated[
        bool, typer.Option("--batch", help="Use the provider's batch API where it has one.")
    ] = False,
    workspace: WorkspaceDirOpt = Path("iad-workspace"),
    json_out: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Write instruct_iad records: template QA and teacher CoT-M conversations (resumable)."""
    from iad_data.instruct import synthesize_instruct as run

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
    if json_out:
        print_json(result.to_dict())
        return
    if quiet:
        return
    if result.dry_run:
        cost = result.estimated_cost_usd
        typer.echo(
            f"Dry run: {result.requests} teacher request(s) ({result.cached} in the ledger), "
            f"about ${cost or 0:.4f}; nothing written."
        )
        return
    by_task = result.extra.get("by_task", {})
    print_table(["task", "records"], [[task, n] for task, n in by_task.items()])
    typer.echo(
        f"{result.written} record(s) in {result.records_path}; {result.rejected} rejected "
        f"({result.rejects_path}). Teacher: {result.sent} sent, {result.cached} cached, "
        f"${result.cost_usd:.4f}."
    )
    if result.rule_failures:
        typer.echo(
            "Rule failures: " + ", ".join(f"{rule} {n}" for rule, n in result.rule_failures.items())
        )
    skipped = result.extra.get("skipped", {})
    if skipped:
        typer.echo("Skipped: " + ", ".join(f"{why} {n}" for why, n in skipped.items()))
    if result.stopped:
        typer.echo(f"Stopped: {result.stopped}. Run the command again to resume.")


def register(app: typer.Typer) -> None:
    app.command("synthesize-instruct")(synthesize_instruct)
