"""Consumer tests: exports read by the training and evaluation stacks' own code.

They need the consumers installed (TRL, LLaMA-Factory), each in its own virtual environment
with this checkout on ``PYTHONPATH`` (see ``tests/consumers/README.md``); where a consumer
does not import, its tests are skipped with the reason. Marked ``consumers``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest


def _map_source_packages() -> None:
    """From a source checkout on ``PYTHONPATH`` (a consumer's virtual environment, where the
    project is not installed), map ``iad_data.cli``, ``.recipes`` and ``.schemas`` to their
    folders, as ``pyproject.toml``'s ``package-dir`` does for an install."""
    import iad_data

    if importlib.util.find_spec("iad_data.recipes") is not None:
        return
    root = Path(iad_data.__file__).resolve().parent.parent
    for name in ("cli", "recipes", "schemas"):
        spec = importlib.util.spec_from_file_location(
            f"iad_data.{name}",
            root / name / "__init__.py",
            submodule_search_locations=[str(root / name)],
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        setattr(iad_data, name, module)


_map_source_packages()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "consumers: runs an export through a training stack's own code (slow)"
    )


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Under ``IAD_DATA_REQUIRE_CONSUMERS=1`` (CI) a skipped consumer test fails the run: a
    stack that stopped importing must not pass as a skip."""
    import os

    if os.environ.get("IAD_DATA_REQUIRE_CONSUMERS") != "1":
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter is not None else []
    if skipped:
        print(f"\n{len(skipped)} consumer test(s) skipped under IAD_DATA_REQUIRE_CONSUMERS=1")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
