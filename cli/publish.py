"""``iad-data split``, ``iad-data publish`` and ``iad-data export``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from iad_data.cli.options import JsonOpt, QuietOpt, WorkspaceArg, WorkspaceDirOpt, split_list
from iad_data.cli.output import library_errors, print_json, print_table


def split(
    workspace: WorkspaceDirOpt = Path("iad-workspace"),
    protocol: Annotated[
        str,
        typer.Option(
            "--protocol",
            "-p",
            help="stratified, source, cross-dataset or leave-category-out.",
        ),
    ] = "stratified",
    seed: Annotated[int, typer.Option(help="Seed of the group order.")] = 0,
    val_share: Annotated[float, typer.Option(help="Share of groups for validation.")] = 0.1,
    test_share: Annotated[float, typer.Option(help="Share of groups for test (stratified).")] = 0.2,
    test_datasets: Annotated[
        list[str] | None,
        typer.Option("--test-datasets", help="cross-dataset: datasets to test on."),
    ] = None,
    holdout: Annotated[
        list[str] | None,
        typer.Option(
            "--holdout", help="leave-category-out: CATEGORY or DATASET/CATEGORY to hold out."
        ),
    ] = None,
    check_leaks: Annotated[
        bool, typer.Option(help="Also look for duplicate images across the splits.")
    ] = True,
    json_out: JsonOpt = False,
) -> None:
    """Assign every sample to train/validation/test (WORKSPACE/splits.parquet)."""
    from iad_data.release.splits import make_splits

    with library_errors():
        result = make_splits(
            workspace,
            protocol=protocol,
            seed=seed,
            val_share=val_share,
            test_share=test_share,
            test_datasets=split_list(test_datasets),
            holdout_categories=split_list(holdout),
            check_leaks=check_leaks,
            progress=not json_out,
        )
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


def publish(
    workspace: WorkspaceArg,
    repo: Annotated[str | None, typer.Option("--repo", help="Hub dataset repo ORG/NAME.")] = None,
    version: Annotated[str, typer.Option("--version", help="MAJOR.MINOR.PATCH.")] = "",
    private: Annotated[bool, typer.Option("--private", help="Create the repo private.")] = False,
    to: Annotated[
        Path | None,
        typer.Option("--to", help="Local folder target (without --repo: WORKSPACE/dataset)."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would change; upload nothing.")
    ] = False,
    allow_leak: Annotated[
        bool, typer.Option("--allow-leak", help="Publish a split with duplicates across splits.")
    ] = False,
    accept_license_terms: Annotated[
        bool,
        typer.Option(
            "--accept-license-terms",
            help="Confirm publishing non-commercial source data to a public repo.",
        ),
    ] = False,
    masks: Annotated[bool, typer.Option("--masks", help="Embed masks in `samples`.")] = False,
    json_out: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Publish a version: one commit and tag v<version>, to the Hub or a folder."""
    from iad_data.release.publish import publish as run_publish

    if not version:
        typer.echo("Error: --version is required (e.g. --version 1.0.0).", err=True)
        raise typer.Exit(2)
    with library_errors():
        result = run_publish(
            workspace,
            repo=repo,
            to=to,
            version=version,
            private=private,
            dry_run=dry_run,
            allow_leak=allow_leak,
            accept_license_terms=accept_license_terms,
            masks=masks,
            progress=not (quiet or json_out),
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


def export(
    workspace: WorkspaceArg,
    format: Annotated[  # noqa: A002
        str,
        typer.Option("--format", "-f", help="llava, sharegpt, messages, trl-grpo or mmad."),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write.")],
    configs: Annotated[
        list[str] | None,
        typer.Option("--configs", help="Record configs (default: every one present)."),
    ] = None,
    json_out: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Write records for a training or evaluation stack, images beside them."""
    from iad_data.release.export import export as run_export

    with library_errors():
        result = run_export(
            workspace,
            out,
            format=format,
            configs=split_list(configs),
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
    typer.echo(f"\n{result.images} image(s) under {Path(out) / 'images'}")


def register(app: typer.Typer) -> None:
    app.command("split")(split)
    app.command("publish")(publish)
    app.command("export")(export)
