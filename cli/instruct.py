"""``iad-data synthesize-instruct``: InstructIAD template QA and CoT-M conversations."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from iad_data.cli.options import (
    dry_run_param,
    json_param,
    quiet_param,
    stage_command,
    wait_param,
    workspace_param,
)
from iad_data.cli.output import library_errors, print_synthesis, print_table
from iad_data.tasks.instruct_iad.options import InstructOptions

if TYPE_CHECKING:
    from iad_data.core.results import SynthesisResult


def _synthesize_instruct(
    options: dict[str, Any],
    *,
    workspace: Path,
    dry_run: bool,
    wait: bool,
    json_out: bool,
    quiet: bool,
) -> None:
    from iad_data.tasks.instruct_iad.synthesize import synthesize_instruct as run

    with library_errors():
        result = run(
            workspace, dry_run=dry_run, progress=not quiet and not json_out, wait=wait, **options
        )
    print_synthesis(
        result, json_out=json_out, quiet=quiet, before=_task_table, after=_rule_failures
    )


synthesize_instruct = stage_command(
    InstructOptions,
    _synthesize_instruct,
    [workspace_param(), dry_run_param(), wait_param(), json_param(), quiet_param()],
    "Write instruct_iad records: template QA and teacher CoT-M conversations (resumable).",
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
