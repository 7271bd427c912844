"""Printing for people (tables) and scripts (``--json``)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import typer

from iad_data.errors import IadDataError


def print_json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, default=str))


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        typer.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            typer.echo("  ".join("-" * w for w in widths))


@contextmanager
def library_errors() -> Iterator[None]:
    """Library errors become one ``Error: ...`` line on stderr and exit code 1."""
    try:
        yield
    except IadDataError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(1) from None
