"""The ``trl-grpo`` export through TRL's own ``GRPOTrainer`` (one step on a tiny random VLM).

Checks: every row loads with every image from another directory (the export script's own
loader); in a GRPO step the rewards receive each row's ``solution`` and score the record's own
text at IAD-R1's maximum, a planted wrong solution scores lower; an ``<image>`` left in the
prompt breaks the step; the exported ``train_grpo.py`` trains one step on one-shot rows.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

trl = pytest.importorskip("trl", reason="TRL is not installed: see tests/consumers/README.md")

from consumer_fixtures import SUPPRESS, oracle_texts, read_rows, tiny_vlm, write_rows  # noqa: E402
from publish_fixtures import add_one_shot, make_workspace  # noqa: E402

from iad_data.core.workspace import Workspace  # noqa: E402
from iad_data.release.export import ExportResult, export  # noqa: E402
from iad_data.rewards import accuracy_reward, format_reward  # noqa: E402

pytestmark = pytest.mark.consumers


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    ws = make_workspace(tmp_path_factory.mktemp("trl"))
    add_one_shot(ws)
    return ws


@pytest.fixture(scope="module")
def exported(ws: Workspace, tmp_path_factory: pytest.TempPathFactory) -> ExportResult:
    return export(ws, tmp_path_factory.mktemp("export"), format="trl-grpo", progress=False)


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path: Path = tiny_vlm(tmp_path_factory.mktemp("tiny-vlm"))
    return path


def _script(exported: ExportResult) -> ModuleType:
    """The exported ``train_grpo.py`` as a module (its ``load`` is what training reads)."""
    spec = importlib.util.spec_from_file_location("train_grpo", exported.out / "train_grpo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_row_and_image_loads_from_any_directory(
    exported: ExportResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load = _script(exported).load
    monkeypatch.chdir(tmp_path)  # nowhere near the export
    assert any(".multi." in name for name in exported.files)
    for name, rows in exported.files.items():
        dataset = load(str(exported.out / name))
        assert len(dataset) == rows, name
        column = "images" if ".multi." in name else "image"
        for row in dataset:
            images = row[column] if column == "images" else [row[column]]
            assert images and all(image.size == (64, 64) for image in images)
            assert row["prompt"][0]["role"] == "user"
            assert "<image>" not in row["prompt"][0]["content"]


def _config(out: Path, rows: int) -> Any:
    return trl.GRPOConfig(
        output_dir=str(out),
        max_steps=1,
        per_device_train_batch_size=2 * rows,
        num_generations=2,
        max_completion_length=8,
        report_to="none",
        save_strategy="no",
        logging_steps=1,
        use_cpu=True,
        bf16=False,
        dataloader_num_workers=0,
        generation_kwargs={"suppress_tokens": SUPPRESS},
    )


def _maximum(solution: str) -> float:
    return 2.0 if solution.endswith("<answer>Yes</answer>") else 1.0


def test_one_step_rewards_every_record_at_the_maximum_and_a_wrong_one_lower(
    ws: Workspace, exported: ExportResult, model: Path, tmp_path: Path
) -> None:
    oracle = oracle_texts(ws)
    rows = read_rows(exported.out / "expert_ad.train.jsonl")
    picked = [r for r in rows if r["solution"].endswith("Yes</answer>")][:2]
    picked += [r for r in rows if r["solution"] == "<answer>No</answer>"][:2]
    planted = dict(picked[0], solution="<answer>No</answer>")  # the answer of a normal part
    path = tmp_path / "planted.jsonl"
    write_rows(path, [planted, *picked[1:]])
    truth = {r["id"]: r["solution"] for r in picked}
    seen: dict[str, tuple[float, float]] = {}

    def oracle_reward(
        completions: list[Any], solution: list[str], id: list[str], **kwargs: Any
    ) -> list[float]:
        """What IAD-R1's rewards give the record's own text, under the solution TRL passed."""
        texts = [[{"role": "assistant", "content": oracle[i]}] for i in id]
        for i, acc, fmt in zip(
            id, accuracy_reward(texts, solution), format_reward(texts, solution), strict=True
        ):
            seen[i] = (acc, fmt)
        return [0.0] * len(completions)

    trainer = trl.GRPOTrainer(
        model=str(model),
        reward_funcs=[accuracy_reward, format_reward, oracle_reward],
        args=_config(tmp_path / "out", len(picked)),
        train_dataset=_script(exported).load(str(path)),
    )
    trainer.train()
    assert trainer.state.global_step == 1
    assert set(seen) == set(truth)
    for record_id, (acc, fmt) in seen.items():
        if record_id == planted["id"]:
            assert acc < _maximum(truth[record_id]) and fmt < 1.0
        else:
            assert (acc, fmt) == (_maximum(truth[record_id]), 1.0), record_id


def test_an_image_token_left_in_the_prompt_breaks_the_step(
    exported: ExportResult, model: Path, tmp_path: Path
) -> None:
    rows = read_rows(exported.out / "expert_ad.train.jsonl")[:2]
    rows[0]["prompt"][0]["content"] = "<image>\n" + rows[0]["prompt"][0]["content"]
    path = tmp_path / "planted.jsonl"
    write_rows(path, rows)
    trainer = trl.GRPOTrainer(
        model=str(model),
        reward_funcs=[accuracy_reward, format_reward],
        args=_config(tmp_path / "out", len(rows)),
        train_dataset=_script(exported).load(str(path)),
    )
    # one more <image> than images: the processor runs out of images to expand it with
    # (StopIteration in transformers 5.17), or the model finds features and tokens unequal
    with pytest.raises((ValueError, RuntimeError, StopIteration)):
        trainer.train()


def test_the_exported_script_trains_one_step_on_one_shot_rows(
    exported: ExportResult, model: Path, tmp_path: Path
) -> None:
    multi = next(n for n in exported.files if n.startswith("expert_ad.multi.train"))
    command = exported.commands["grpo (one-shot rows)"].split()
    assert command[:2] == ["python", str(exported.out / "train_grpo.py")]
    args = command[2:]
    args[args.index("--model_name_or_path") + 1] = str(model)
    args[args.index("--output_dir") + 1] = str(tmp_path / "out")
    assert args[args.index("--train_file") + 1] == str(exported.out / multi)
    flags = "--max_steps 1 --per_device_train_batch_size 2 --num_generations 2"
    flags += " --max_completion_length 8 --report_to none --save_strategy no --use_cpu true"
    flags += " --bf16 false --logging_steps 1 --eval_strategy no"
    suppress = ["--generation_kwargs", json.dumps({"suppress_tokens": SUPPRESS})]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    proc = subprocess.run(
        [sys.executable, str(exported.out / "train_grpo.py"), *args, *flags.split(), *suppress],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert "rewards/accuracy_reward/mean" in proc.stdout + proc.stderr
    assert (tmp_path / "out" / "model.safetensors").exists()
