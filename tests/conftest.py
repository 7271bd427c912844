"""Shared fixtures: synthetic benchmark trees written by the package's own generator."""

from __future__ import annotations

from pathlib import Path

import pytest

from iad_data.ingestion.generators import SyntheticTree, generate

PROJECT_WARNINGS_ARE_ERRORS = r"error:::iad_data(\.|$)"
"""A ``filterwarnings`` line: a warning raised from a module of the ``iad_data`` package (its
``iad_data/`` folder, and ``cli/``, which installs as ``iad_data.cli``) is an error. The module
is the one ``warnings.warn`` attributes the warning to (its ``stacklevel``), so third-party
warnings from third-party code (httpx's DeprecationWarning inside huggingface_hub) stay
warnings. Appended after the ini's own lines, it wins over them; a test's
``@pytest.mark.filterwarnings`` and ``-W`` on the command line still win over it."""


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("filterwarnings", PROJECT_WARNINGS_ARE_ERRORS)


@pytest.fixture(scope="session")
def mvtec_tree(tmp_path_factory: pytest.TempPathFactory) -> SyntheticTree:
    root = tmp_path_factory.mktemp("mvtec") / "mvtec_anomaly_detection"
    return generate("mvtec", root, categories=["bottle", "grid", "wood"], max_defects=3, seed=1)


@pytest.fixture
def mvtec_copy(tmp_path: Path, mvtec_tree: SyntheticTree) -> Path:
    """A private copy of the MVTec tree that a test may damage."""
    import shutil

    dest = tmp_path / "mvtec_copy"
    shutil.copytree(mvtec_tree.root, dest)
    return dest
