"""``iad-data report WORKSPACE``: a self-contained HTML page about a workspace."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from iad_data.cli.options import DEFAULT_WORKSPACE, JsonOpt, WorkspaceOpt
from iad_data.cli.output import library_errors, print_json


def report(
    workspace: WorkspaceOpt = DEFAULT_WORKSPACE,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="HTML file (default WORKSPACE/report.html).")
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    """Write an HTML report: counts, validation, teacher cost and a gallery."""
    from iad_data.pipeline.report import write_report

    with library_errors():
        path = write_report(workspace, out)
    if json_out:
        print_json({"report": str(path)})
    else:
        typer.echo(f"Report: {path}")


def register(app: typer.Typer) -> None:
    app.command()(report)
