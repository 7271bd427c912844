"""Docs guarded by tests: the CLI reference is generated and every command explains itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from iad_data.cli.reference import REFERENCE, commands, render

ROOT = Path(__file__).resolve().parent.parent


def test_every_command_has_help() -> None:
    missing = [name for name, cmd in commands().items() if not (cmd.help or "").strip()]
    assert missing == []


def test_cli_reference_is_current() -> None:
    assert REFERENCE.read_text(encoding="utf-8") == render(), (
        "docs/cli-reference.md is stale: run `python -m iad_data.cli.reference`"
    )


@pytest.mark.parametrize("doc", sorted((ROOT / "docs").glob("*.md")) + [ROOT / "README.md"])
def test_relative_links_resolve(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
        if "://" in target or target.startswith("mailto:"):
            continue
        assert (doc.parent / target).exists(), f"{doc.name} links to missing {target}"
