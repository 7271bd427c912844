"""The CLI reference page, generated from the commands' own ``--help`` so it cannot drift.

``python -m iad_data.cli.reference`` rewrites ``docs/cli-reference.md``; a test fails when the
file is stale or a command has no help text (the habit sqlite-utils keeps with cog).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer

from iad_data.cli.main import app

REFERENCE = Path(__file__).resolve().parent.parent / "docs" / "cli-reference.md"


def _context(command: Any, **kwargs: Any) -> Any:
    # typer vendors its own click: build contexts from the command's own class
    context_class: Any = command.context_class
    return context_class(command, **kwargs)


def commands() -> dict[str, Any]:
    group: Any = typer.main.get_command(app)
    ctx = _context(group, info_name="iad-data")
    found = {name: group.get_command(ctx, name) for name in group.list_commands(ctx)}
    return {name: cmd for name, cmd in found.items() if cmd is not None}


def help_text(name: str) -> str:
    """The command's ``--help`` at a fixed width and without colour, so the page is stable."""
    from typer.testing import CliRunner

    env = {"COLUMNS": "100", "TERMINAL_WIDTH": "100", "NO_COLOR": "1", "TERM": "dumb"}
    result = CliRunner().invoke(app, [name, "--help"], env=env, prog_name="iad-data")
    return "\n".join(line.rstrip() for line in result.output.strip("\n").splitlines())


def render() -> str:
    parts = [
        "# CLI reference",
        "",
        "Generated from each command's `--help` by `python -m iad_data.cli.reference`;"
        " `tests/test_docs.py` fails when this page is stale.",
        "",
    ]
    for name in commands():
        parts += [f"## iad-data {name}", "", "```", help_text(name), "```", ""]
    return "\n".join(parts)


def main() -> None:
    REFERENCE.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"{REFERENCE}\n")


if __name__ == "__main__":
    main()
