"""``iad-data review``: the browser app to accept, reject, edit and flag records."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from iad_data.cli.options import stage_command, workspace_param
from iad_data.cli.output import library_errors
from iad_data.review.options import ReviewOptions


def _review(options: dict[str, Any], *, workspace: Path) -> None:
    from iad_data.review.app import serve

    def ready(url: str) -> None:
        typer.echo(
            f"Review app: {url}  (decisions: {workspace / 'reviews' / 'decisions.jsonl'}; "
            "Ctrl-C stops)"
        )

    with library_errors():
        serve(workspace, ready=ready, **options)


review = stage_command(
    ReviewOptions,
    _review,
    [workspace_param()],
    "Serve the review app on 127.0.0.1: accept, reject (with a reason), edit and flag records "
    "one at a time; decisions go to WORKSPACE/reviews/decisions.jsonl and publish honours them.",
)


def register(app: typer.Typer) -> None:
    app.command("review")(review)
