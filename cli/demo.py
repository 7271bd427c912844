"""``iad-data demo``: the embedded default run."""

from __future__ import annotations

from pathlib import Path

import typer

from .options import JsonOpt, QuietOpt, WorkspaceOpt
from .output import library_errors, print_json


def demo(
    out: WorkspaceOpt = Path("iad-demo"), json_out: JsonOpt = False, quiet: QuietOpt = False
) -> None:
    """Generate a small synthetic benchmark and run the pipeline on it, offline."""
    from iad_data.demo import run_demo

    with library_errors():
        result = run_demo(out, progress=not (quiet or json_out))
    if json_out:
        print_json(result.summary())
    elif not quiet:
        typer.echo(f"Synthetic MVTec AD tree: {result.benchmark_root}")
        typer.echo(f"Ingested {result.ingest.samples.height} samples into {result.workspace}")


def register(app: typer.Typer) -> None:
    app.command()(demo)
