"""``iad-data split``, ``iad-data publish`` and ``iad-data export``."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Annotated, Any

import typer

from iad_data.cli.options import (
    DEFAULT_WORKSPACE,
    JsonOpt,
    QuietOpt,
    WorkspaceOpt,
    json_param,
    quiet_param,
    split_list,
    stage_command,
    wait_param,
    workspace_param,
)
from iad_data.cli.output import library_errors, print_json, print_table
from iad_data.release.options import PublishOptions, SplitOptions


def _split(options: dict[str, Any], *, workspace: Path, wait: bool, json_out: bool) -> None:
    from iad_data.release.splits import make_splits

    with library_errors():
        result = make_splits(workspace, progress=not json_out, wait=wait, **options)
    if json_out:
        print_json(result.summary())
        return
    print_table(["split", "samples"], sorted(result.counts.items()))
    if result.leakage:
        typer.echo(
            f"\nleakage: {result.leakage['exact']} exact, {result.leakage['near']} near "
            f"duplicate pair(s) across splits"
        )
    typer.echo(f"\n-> {result.path}")


def _publish(
    options: dict[str, Any],
    *,
    workspace: Path,
    dry_run: bool,
    wait: bool,
    json_out: bool,
    quiet: bool,
) -> None:
    from iad_data.release.publish import publish as run_publish

    with library_errors():
        result = run_publish(
            workspace, dry_run=dry_run, progress=not (quiet or json_out), wait=wait, **options
        )
    if json_out:
        print_json(result.summary())
        return
    if quiet:
        return
    rows = [
        (cfg, split, d["added"], d["removed"], d["changed"], d["unchanged"])
        for cfg, splits in result.diff.items()
        for split, d in splits.items()
    ]
    against = f"v{result.previous}" if result.previous else "nothing (first version)"
    typer.echo(f"{result.tag} against {against}:")
    print_table(["config", "split", "added", "removed", "changed", "unchanged"], rows)
    for cfg, reasons in sorted(result.dropped.items()):
        for reason, n in sorted(reasons.items()):
            typer.echo(f"{cfg}: left out {n} record(s): {reason}")
    if result.dry_run:
        typer.echo(f"\ndry run: nothing uploaded ({result.files} files, {result.bytes} bytes).")
    elif result.unchanged:
        typer.echo(f"\nidentical to {result.same_as}: no commit made.")
    else:
        how = "tagged (the commit came from an interrupted run)" if result.resumed else "published"
        typer.echo(f"\n{result.tag} {how} -> {result.target} ({result.files} files)")


split = stage_command(
    SplitOptions,
    _split,
    [workspace_param(), wait_param(), json_param()],
    "Assign every sample to train/validation/test (WORKSPACE/splits.parquet).",
)
publish = stage_command(
    PublishOptions,
    _publish,
    [
        workspace_param(),
        inspect.Parameter(
            "dry_run",
            inspect.Parameter.KEYWORD_ONLY,
            default=False,
            annotation=Annotated[
                bool, typer.Option("--dry-run", help="Show what would change; upload nothing.")
            ],
        ),
        wait_param(),
        json_param(),
        quiet_param(),
    ],
    "Publish a version: one commit and tag v<version>, to the Hub or a folder.",
)


def export(
    workspace: WorkspaceOpt = DEFAULT_WORKSPACE,
    *,
    format: Annotated[  # noqa: A002
        str,
        typer.Option(
            "--format", "-f", help="llava, sharegpt, messages, trl-grpo, iadr1-rl or mmad."
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write.")],
    configs: Annotated[
        list[str] | None,
        typer.Option("--configs", help="Record configs (default: every one present)."),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            help="Model the stack's files and commands name: a Hub id or a local path "
            "(default Qwen/Qwen2.5-VL-7B-Instruct, IAD-R1's base model).",
        ),
    ] = None,
    json_out: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Write records for a training or evaluation stack, its config files beside them, and
    print the command that trains (or evaluates) on them."""
    from iad_data.release.export import export as run_export

    with library_errors():
        result = run_export(
            workspace,
            out,
            format=format,
            configs=split_list(configs),
            model=model,
            progress=not (quiet or json_out),
        )
    if json_out:
        print_json(result.summary())
        return
    if quiet:
        return
    print_table(["file", "rows"], sorted(result.files.items()))
    for reason, n in sorted(result.skipped.items()):
        typer.echo(f"skipped {n} record(s): {reason}")
    typer.echo(f"\n{result.images} image(s) under {Path(out)}")
    for name, what in sorted(result.stack_files.items()):
        typer.echo(f"{name}: {what}")
    for what, command in result.commands.items():
        typer.echo(f"\n{what}:\n  {command}")


def register(app: typer.Typer) -> None:
    app.command("split")(split)
    app.command("publish")(publish)
    app.command("export")(export)
