"""Shared fixtures: synthetic benchmark trees written by the package's own generator."""

from __future__ import annotations

from pathlib import Path

import pytest

from iad_data.ingestion.generators import SyntheticTree, generate


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
