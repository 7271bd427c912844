"""`iad-data synthesize-process` (draft knowledge for new categories) and `iad-data processes`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from iad_data.cli.options import (
    DEFAULT_WORKSPACE,
    DryRunOpt,
    JsonOpt,
    MaxCostOpt,
    QuietOpt,
    TeacherOpt,
    WaitOpt,
    WorkspaceOpt,
    split_list,
)
from iad_data.cli.output import library_errors, print_json, print_table


def synthesize_process(
    category: Annotated[
        str, typer.Option("--category", help="Category to draft (snake_case, e.g. my_bracket).")
    ],
    teacher: TeacherOpt = "offline",
    dataset: Annotated[
        str | None,
        typer.Option(
            "--dataset", help="Dataset folder (default: from the samples table, else custom)."
        ),
    ] = None,
    defect_types: Annotated[
        list[str] | None,
        typer.Option(
            "--defect-types",
            help="Defect names, comma-separated (default: the category's in the samples table).",
        ),
    ] = None,
    product_hint: Annotated[
        str | None,
        typer.Option("--product-hint", help="What the part is and how it is made, in words."),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="Folder for drafts (default WORKSPACE/processes); writes D/C.yaml."
        ),
    ] = None,
    max_cost: MaxCostOpt = None,
    dry_run: DryRunOpt = False,
    workspace: WorkspaceOpt = DEFAULT_WORKSPACE,
    wait: WaitOpt = False,
    json_out: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Draft process knowledge for a category iad-data does not ship, for you to review."""
    from iad_data.knowledge.draft import synthesize_process as run

    with library_errors():
        result = run(
            workspace,
            teacher=teacher,
            dataset=dataset,
            category=category,
            defect_types=split_list(defect_types),
            product_hint=product_hint,
            out=out,
            max_cost_usd=max_cost,
            dry_run=dry_run,
            progress=not quiet and not json_out,
            wait=wait,
        )
    if json_out:
        print_json(result.to_dict())
    elif quiet:
        return
    elif result.dry_run:
        cost = result.estimated_cost_usd
        typer.echo(f"Dry run: {result.requests} request(s), about ${cost or 0:.4f}.")
    elif result.stopped:
        typer.echo(f"Stopped: {result.stopped}")
    else:
        extra = result.extra
        typer.echo(
            f"Draft for {extra['dataset']}/{extra['category']} ({extra['origin']}, "
            f"{len(extra['steps'])} steps, {len(extra['defect_types'])} defect types): "
            f"{result.records_path}\nReview it, then set `origin: curated`."
        )


def processes(
    workspace: Annotated[
        Path | None,
        typer.Option(
            "--workspace", "-w", help="Also list drafts under WORKSPACE/processes (overrides)."
        ),
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    """List the process knowledge shipped with iad-data (and a workspace's own files)."""
    from iad_data.core.workspace import Workspace
    from iad_data.knowledge.process import list_processes

    with library_errors():
        rows = list_processes(Workspace(workspace).processes_dir if workspace else None)
    if json_out:
        print_json(rows)
        return
    print_table(
        ["dataset", "category", "steps", "defect types", "origin", "from"],
        [
            [
                r["dataset"],
                r["category"],
                r["steps"],
                _shorten(", ".join(r["defect_types"])),
                r["origin"],
                r["where"],
            ]
            for r in rows
        ],
    )


def _shorten(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def register(app: typer.Typer) -> None:
    app.command("synthesize-process")(synthesize_process)
    app.command("processes")(processes)
