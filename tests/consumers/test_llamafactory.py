"""The ``sharegpt`` export through LLaMA-Factory's own data path (llamafactory 0.9.5): its
argument parser reads the exported SFT recipe, ``get_dataset_list`` reads the exported
``dataset_info.json``, ``_load_single_dataset`` loads and converts every file with its
sharegpt converter, which resolves media paths against ``media_dir``.

``torchaudio`` stands in as an empty module: ``llamafactory.data.mm_plugin`` imports it at the
top, its PyPI wheel does not load with the CPU build of torch 2.13, and no audio is read here.
"""

from __future__ import annotations

import importlib.machinery
import json
import sys
import types
from pathlib import Path
from typing import Any

import pytest
import yaml

if "torchaudio" not in sys.modules and importlib.util.find_spec("torchaudio") is None:
    _stub = types.ModuleType("torchaudio")
    _stub.__spec__ = importlib.machinery.ModuleSpec("torchaudio", None)
    sys.modules["torchaudio"] = _stub

pytest.importorskip(
    "llamafactory.data.loader", reason="LLaMA-Factory is not installed: tests/consumers/README.md"
)

from consumer_fixtures import oracle_texts, read_rows, write_rows  # noqa: E402
from llamafactory.data.loader import _load_single_dataset  # noqa: E402
from llamafactory.data.parser import get_dataset_list  # noqa: E402
from llamafactory.hparams import DataArguments  # noqa: E402
from llamafactory.hparams.parser import _parse_train_args  # noqa: E402
from publish_fixtures import add_one_shot, make_workspace  # noqa: E402

from iad_data.core.workspace import Workspace  # noqa: E402
from iad_data.release.export import ExportResult, export  # noqa: E402
from iad_data.rewards import accuracy_reward, format_reward  # noqa: E402

pytestmark = pytest.mark.consumers

MODEL_ARGS = types.SimpleNamespace(cache_dir=None, hf_hub_token=None, ms_hub_token=None)
TRAINING_ARGS = types.SimpleNamespace(local_process_index=0, dataloader_num_workers=0)


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    ws = make_workspace(tmp_path_factory.mktemp("lf"))
    add_one_shot(ws)
    return ws


@pytest.fixture(scope="module")
def exported(ws: Workspace, tmp_path_factory: pytest.TempPathFactory) -> ExportResult:
    return export(ws, tmp_path_factory.mktemp("export"), format="sharegpt", progress=False)


def _load(data_args: Any, names: list[str]) -> dict[str, Any]:
    attrs = get_dataset_list(names, data_args.dataset_dir)
    return {
        name: _load_single_dataset(attr, MODEL_ARGS, data_args, TRAINING_ARGS)
        for name, attr in zip(names, attrs, strict=True)
    }


def _unresolved(dataset: Any) -> list[int]:
    return [
        i
        for i, row in enumerate(dataset)
        if not all(Path(p).is_absolute() and Path(p).is_file() for p in row["_images"])
    ]


def test_the_recipe_and_registry_load_every_row_and_image_from_any_directory(
    ws: Workspace, exported: ExportResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recipe = yaml.safe_load((exported.out / "llamafactory_sft.yaml").read_text())
    recipe.update(bf16=False, use_cpu=True, output_dir=str(tmp_path / "saves"))
    monkeypatch.chdir(tmp_path)  # nowhere near the export
    _model, data_args, *_ = _parse_train_args(recipe)
    assert data_args.dataset_dir == data_args.media_dir == str(exported.out)
    names = list(json.loads((exported.out / "dataset_info.json").read_text()))
    loaded = _load(data_args, names)
    oracle = oracle_texts(ws)
    one_shot = 0
    for name, dataset in loaded.items():
        rows = read_rows(exported.out / f"{name}.json")
        assert len(dataset) == len(rows) == exported.files[f"{name}.json"] > 0
        assert _unresolved(dataset) == []
        for row, item in zip(rows, dataset, strict=True):
            assert item["_prompt"][0]["content"].count("<image>") == len(item["_images"])
            one_shot += len(item["_images"]) == 2
            (answer,) = item["_response"]
            assert answer["content"] == oracle[row["id"]]
    assert one_shot > 0
    assert data_args.dataset == ["expert_ad.train"]
    assert data_args.eval_dataset == ["expert_ad.validation"]


def test_the_converted_answers_score_the_maximum_and_a_wrong_one_lower(
    ws: Workspace, exported: ExportResult
) -> None:
    """IAD-R1's rewards over LLaMA-Factory's converted ``_response`` (SFT's target)."""
    solutions = {r["record_id"]: r["solution"] for r in _records(ws)}
    path = exported.out / "expert_ad.train.json"
    rows = read_rows(path)
    planted = exported.out / "planted.json"
    wrong = dict(rows[0], messages=[rows[0]["messages"][0], {"role": "assistant", "content": "No"}])
    write_rows(planted, [wrong, *rows[1:]])
    folder = exported.out / "planted_info"
    folder.mkdir(exist_ok=True)
    entry = dict(_entry(exported), file_name=str(planted))
    (folder / "dataset_info.json").write_text(json.dumps({"planted": entry}))
    data_args = DataArguments(dataset_dir=str(folder), media_dir=str(exported.out))
    dataset = _load(data_args, ["planted"])["planted"]
    texts = [
        [{"role": "assistant", "content": item["_response"][0]["content"]}] for item in dataset
    ]
    truth = [solutions[r["id"]] for r in rows]
    accuracy, structure = accuracy_reward(texts, truth), format_reward(texts, truth)
    best = [2.0 if t.endswith("Yes</answer>") else 1.0 for t in truth]
    assert accuracy[1:] == best[1:] and structure[1:] == [1.0] * (len(rows) - 1)
    assert accuracy[0] < best[0] and structure[0] == 0.0


def _records(ws: Workspace) -> list[dict[str, Any]]:
    import polars as pl

    return pl.read_parquet(ws.records_path("expert_ad")).to_dicts()


def _entry(exported: ExportResult) -> dict[str, Any]:
    info: dict[str, dict[str, Any]] = json.loads((exported.out / "dataset_info.json").read_text())
    return info["expert_ad.train"]


def test_registered_from_another_data_folder_media_dir_resolves_the_images(
    exported: ExportResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """LLaMA-Factory's own ``data/`` folder holds the registry: images resolve with
    ``media_dir`` = the export folder, and stay unresolved without it (its default is
    ``dataset_dir``), which is why the recipe sets both."""
    data = tmp_path / "LLaMA-Factory" / "data"
    data.mkdir(parents=True)
    entry = dict(_entry(exported), file_name=str(exported.out / "expert_ad.train.json"))
    (data / "dataset_info.json").write_text(json.dumps({"iad": entry}))
    monkeypatch.chdir(tmp_path)
    with_media = DataArguments(dataset_dir=str(data), media_dir=str(exported.out))
    assert _unresolved(_load(with_media, ["iad"])["iad"]) == []
    without = DataArguments(dataset_dir=str(data))
    rows = exported.files["expert_ad.train.json"]
    assert len(_unresolved(_load(without, ["iad"])["iad"])) == rows


def test_a_missing_image_stays_unresolved(exported: ExportResult, tmp_path: Path) -> None:
    rows = read_rows(exported.out / "expert_ad.test.json")
    rows[1] = dict(rows[1], images=["images/nowhere/000.png"])
    write_rows(exported.out / "broken.json", rows)
    folder = tmp_path / "info"
    folder.mkdir()
    entry = dict(_entry(exported), file_name=str(exported.out / "broken.json"))
    (folder / "dataset_info.json").write_text(json.dumps({"broken": entry}))
    data_args = DataArguments(dataset_dir=str(folder), media_dir=str(exported.out))
    assert _unresolved(_load(data_args, ["broken"])["broken"]) == [1]
