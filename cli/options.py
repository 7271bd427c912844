"""Options shared by several commands, declared once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

WorkspaceOpt = Annotated[
    Path, typer.Option("--out", "-o", help="Workspace folder the command reads and writes.")
]
WorkspaceArg = Annotated[Path, typer.Argument(help="Workspace folder.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print a JSON summary instead of tables.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars or tables.")]
CategoriesOpt = Annotated[
    list[str] | None,
    typer.Option("--categories", "-c", help="Only these categories (repeat or comma-separate)."),
]
TeacherOpt = Annotated[
    str,
    typer.Option(
        "--teacher",
        "-t",
        help="gpt-4.1, claude-sonnet-4-5, openai-compatible:MODEL@BASE_URL or offline.",
    ),
]


def split_list(values: list[str] | None) -> list[str] | None:
    """``-c a -c b,c`` -> ``[a, b, c]``; None when not given."""
    if not values:
        return None
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


WorkspaceDirOpt = Annotated[
    Path,
    typer.Option("--workspace", "-w", help="Workspace folder the command reads and writes."),
]
"""For commands after ingest; ``ingest`` keeps ``--out`` since it creates the workspace."""

LimitOpt = Annotated[int | None, typer.Option("--limit", "-n", help="At most this many samples.")]
MaxCostOpt = Annotated[
    float | None, typer.Option("--max-cost", help="Stop before spending more (USD).")
]
DryRunOpt = Annotated[
    bool, typer.Option("--dry-run", help="Estimate the teacher cost; send and write nothing.")
]
BatchOpt = Annotated[
    bool, typer.Option("--batch", help="Use the provider's batch API where it has one.")
]
ConcurrencyOpt = Annotated[
    int, typer.Option("--concurrency", help="Teacher requests in flight at once.")
]
