"""The ``messages`` export through ms-swift's own code (ms-swift 4.6.0): ``swift.dataset.
load_dataset`` reads every file as ``swift sft`` and ``swift rlhf --rlhf_type grpo`` do
(GRPO keeps the other columns: ``remove_unused_columns=False``), ``load_image`` opens every
image from another directory, and the exported reward plugin, imported by ms-swift's
``import_external_file`` and resolved by its ``resolve_reward_funcs``, scores the records'
own texts (plain strings, as ms-swift passes them) at IAD-R1's maximum, a wrong one lower.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("swift.dataset", reason="ms-swift is not installed: tests/consumers/README.md")

from consumer_fixtures import oracle_texts  # noqa: E402
from publish_fixtures import add_one_shot, make_workspace  # noqa: E402
from swift.dataset import load_dataset  # noqa: E402
from swift.rlhf_trainers.utils import resolve_reward_funcs  # noqa: E402
from swift.template.vision_utils import load_image  # noqa: E402
from swift.utils import import_external_file  # noqa: E402

from iad_data.core.workspace import Workspace  # noqa: E402
from iad_data.release.export import ExportResult, export  # noqa: E402

pytestmark = pytest.mark.consumers


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    ws = make_workspace(tmp_path_factory.mktemp("swift"))
    add_one_shot(ws)
    return ws


@pytest.fixture(scope="module")
def exported(ws: Workspace, tmp_path_factory: pytest.TempPathFactory) -> ExportResult:
    return export(ws, tmp_path_factory.mktemp("export"), format="messages", progress=False)


def _best(solution: str) -> float:
    return 2.0 if solution.endswith("<answer>Yes</answer>") else 1.0


def test_every_row_and_image_loads_from_any_directory(
    exported: ExportResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    one_shot = 0
    for name, rows in exported.files.items():
        train, _ = load_dataset([str(exported.out / name)], remove_unused_columns=False)
        assert len(train) == rows > 0, name
        for row in train:
            paths = [image["path"] for image in row["images"]]
            assert all(load_image(p).size == (64, 64) for p in paths)
            users = "".join(m["content"] for m in row["messages"] if m["role"] == "user")
            assert users.count("<image>") == len(paths)
            assert row["solution"]
            one_shot += len(paths) == 2
    assert one_shot > 0


def test_the_plugin_scores_the_records_at_the_maximum_and_a_wrong_one_lower(
    ws: Workspace, exported: ExportResult
) -> None:
    import_external_file(str(exported.out / "swift_plugin.py"))
    funcs, names = resolve_reward_funcs(["iadr1_accuracy", "iadr1_format"])
    assert names == ["IadR1Accuracy", "IadR1Format"]
    train, _ = load_dataset(
        [str(exported.out / "expert_ad.train.jsonl")], remove_unused_columns=False
    )
    oracle = oracle_texts(ws)
    rows: list[dict[str, Any]] = list(train)
    completions = [oracle[r["id"]] for r in rows]
    anomalous = next(i for i, r in enumerate(rows) if r["solution"].endswith("Yes</answer>"))
    completions[anomalous] = "<think>t</think><answer>No</answer>"  # the planted wrong one
    columns = {key: [r[key] for r in rows] for key in ("solution", "images", "id")}
    accuracy, structure = (f(completions=completions, **columns) for f in funcs)
    for i, row in enumerate(rows):
        if i == anomalous:
            assert accuracy[i] < _best(row["solution"]) and structure[i] == 0.0
        else:
            assert (accuracy[i], structure[i]) == (_best(row["solution"]), 1.0), row["id"]
