"""The layout's promise, checked: stages import only the layers below them (import-linter's
contracts in pyproject.toml), and no library module imports the CLI."""

from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_layer_contracts_are_kept() -> None:
    exe = shutil.which("lint-imports")
    assert exe is not None, "import-linter is a dev dependency: pip install -e '.[dev]'"
    done = subprocess.run(
        [exe, "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout


def test_no_library_module_imports_the_cli() -> None:
    offenders = []
    for path in sorted((ROOT / "iad_data").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            offenders += [f"{path}: {n}" for n in names if n.startswith("iad_data.cli")]
    assert offenders == []


def test_the_tree_lists_the_stages_in_the_order_of_the_flow() -> None:
    """README's diagram and ``ls iad_data/`` tell the same story."""
    stages = [
        "core",
        "ingestion",
        "teach",
        "knowledge",
        "tasks",
        "review",
        "release",
        "evaluation",
        "pipeline",
    ]
    packages = sorted(
        p.name for p in (ROOT / "iad_data").iterdir() if (p / "__init__.py").is_file()
    )
    assert packages == sorted(stages)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    positions = [readme.find(f"iad_data/{name}/") for name in stages]
    assert -1 not in positions, "README's pipeline diagram names every stage package"
    flow = positions[1:]  # core is the shared leaf, drawn under the flow
    assert flow == sorted(flow), "README names the stage packages in flow order"
