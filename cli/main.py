"""The ``iad-data`` application: each command module registers its commands here."""

from __future__ import annotations

import typer

from iad_data.cli import (
    cot,
    demo,
    eval,
    ingest,
    instruct,
    process,
    prune,
    publish,
    report,
    review,
    run,
    teachers,
)

app = typer.Typer(
    name="iad-data",
    help="Build CoT and instruction training data for industrial anomaly detection VLMs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMANDS = (
    ingest,
    demo,
    eval,
    report,
    review,
    run,
    process,
    instruct,
    publish,
    prune,
    cot,
    teachers,
)
"""Each command module defines ``register(app)``; add a module here for a new command module."""

for _module in COMMANDS:
    _module.register(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
