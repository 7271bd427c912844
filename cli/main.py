"""The ``iad-data`` application: each command module registers its commands here."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="iad-data",
    help="Build CoT and instruction training data for industrial anomaly detection VLMs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES = [
    "iad_data.cli.ingest",
    "iad_data.cli.demo",
    "iad_data.cli.report",
    "iad_data.cli.run",
    "iad_data.cli.process",
    "iad_data.cli.instruct",
    "iad_data.cli.publish",
    "iad_data.cli.cot",
    "iad_data.cli.teachers",
]
"""Each module defines ``register(app)``; add a line here for a new command module."""

for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
