"""``synthesize-process --dataset`` takes a plain folder name only (issue 14, class 12): a
path-like name is refused by name and nothing is written outside ``--out``."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from iad_data.cli.main import app
from iad_data.errors import InputError
from iad_data.knowledge.draft import synthesize_process

runner = CliRunner()

PATH_LIKE = ["..", "../escape", "a/../b", "a/b", "/abs", ".", ".hidden", "a\\b", ""]


def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("dataset", PATH_LIKE, ids=[repr(d) for d in PATH_LIKE])
def test_path_like_dataset_is_refused_and_writes_nothing(tmp_path: Path, dataset: str) -> None:
    ws, out = tmp_path / "deep" / "ws", tmp_path / "deep" / "ws" / "processes"
    name = f"{tmp_path}/abs" if dataset == "/abs" else dataset
    before = _files(tmp_path)
    result = runner.invoke(
        app,
        [
            "synthesize-process",
            "--dataset",
            name,
            "--category",
            "hinge",
            "--defect-types",
            "rust",
            "-w",
            str(ws),
        ],
    )
    assert result.exit_code == 1, result.output
    assert f"--dataset {name!r} is not a plain folder name" in result.output
    assert "Traceback" not in result.output
    assert _files(tmp_path) == before  # no draft anywhere, no ledger either
    with pytest.raises(InputError, match="is not a plain folder name"):
        synthesize_process(ws, dataset=name, category="hinge", defect_types=["rust"], out=out)
    assert not list(tmp_path.rglob("hinge.yaml"))


def test_plain_dataset_names_still_work(tmp_path: Path) -> None:
    for dataset in ("my-factory", "line_2", "v1.2"):
        result = synthesize_process(
            tmp_path, dataset=dataset, category="hinge", defect_types=["rust"], progress=False
        )
        assert result.records_path == tmp_path / "processes" / dataset / "hinge.yaml"
