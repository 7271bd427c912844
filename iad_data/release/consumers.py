"""What each export format's consumer reads, the config files it needs, and the command that
trains (or evaluates) on an export.

One ``Consumer`` per format of ``iad_data.release.export``: the stack, the version whose own
code the format was checked against (``tests/consumers/``), where its image paths point,
and a writer of the stack's files (LLaMA-Factory's ``dataset_info.json`` and SFT recipe, a
TRL GRPO script, an ms-swift reward plugin) returning the commands to run on the export.
The commands use absolute paths, so they work from any directory; ``MODEL`` placeholders
are the model given to ``export(model=...)``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

DEFAULT_MODEL = "Qwen/Qwen2.5-VL-7B-Instruct"
"""IAD-R1's base model; ``export(model=...)`` puts another one in the files and commands."""

MULTI = "multi"
"""Name part of the files that hold multi-image (one-shot) rows: ``<config>.multi.<split>``."""


@dataclass(frozen=True)
class Written:
    """What an export wrote, for the stack-file writers."""

    out: Path
    """the export folder, absolute"""
    files: dict[str, int]
    """file name -> rows"""
    rewarded: frozenset[str] = frozenset()
    """files whose rows carry a ``solution`` (GRPO can train on them)"""
    model: str = DEFAULT_MODEL

    def split_files(self, split: str, *, multi: bool = False, rewarded: bool = False) -> list[str]:
        """Files of one split (``train``; the unsplit ``<config>.<ext>`` counts as train)."""
        names = []
        for name in sorted(self.files):
            parts = name.split(".")[:-1]
            is_multi = MULTI in parts[1:]
            own = parts[-1] if len(parts) > 1 and parts[-1] != MULTI else "train"
            if own == split and is_multi == multi and (not rewarded or name in self.rewarded):
                names.append(name)
        return names

    def path(self, name: str) -> str:
        return str(self.out / name)


StackWriter = Callable[[Written], "StackFiles"]


@dataclass
class StackFiles:
    files: dict[str, str] = field(default_factory=dict)
    """file written -> what it is"""
    commands: dict[str, str] = field(default_factory=dict)
    """what the command does -> the shell command"""


@dataclass(frozen=True)
class Consumer:
    stack: str
    checked: str
    """the consumer version this format was checked against, by that consumer's own code"""
    paths: str
    """where image paths in the files point"""
    write: StackWriter


def _dataset_info(written: Written) -> dict[str, object]:
    """LLaMA-Factory's ``dataset_info.json``: one entry per file, named as the file less its
    extension; ``file_name`` is relative to ``dataset_dir`` (the export folder)."""
    return {
        name.rsplit(".", 1)[0]: {
            "file_name": name,
            "formatting": "sharegpt",
            "columns": {"messages": "messages", "images": "images"},
            "tags": {
                "role_tag": "role",
                "content_tag": "content",
                "user_tag": "user",
                "assistant_tag": "assistant",
                "system_tag": "system",
            },
        }
        for name in sorted(written.files)
    }


def _names(files: list[str]) -> str:
    return ",".join(name.rsplit(".", 1)[0] for name in files)


def llamafactory_recipe(written: Written) -> dict[str, object]:
    """LLaMA-Factory SFT recipe (``llamafactory-cli train FILE``) over the export's train files."""
    out = str(written.out)
    recipe: dict[str, object] = {
        "model_name_or_path": written.model,
        "stage": "sft",
        "do_train": True,
        "finetuning_type": "lora",
        "template": "qwen2_vl",
        "dataset_dir": out,
        "media_dir": out,
        "dataset": _names(written.split_files("train")),
        "cutoff_len": 4096,
        "output_dir": "saves/iad-data-sft",
        "per_device_train_batch_size": 1,
        "gradient_accumulation_steps": 8,
        "learning_rate": 1.0e-5,
        "num_train_epochs": 1.0,
        "lr_scheduler_type": "cosine",
        "bf16": True,
        "logging_steps": 10,
        "save_steps": 500,
    }
    validation = written.split_files("validation")
    if validation:
        recipe["eval_dataset"] = _names(validation)
        recipe["eval_strategy"] = "steps"
        recipe["eval_steps"] = 500
    return recipe


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def _sharegpt(written: Written) -> StackFiles:
    _write_text(
        written.out / "dataset_info.json",
        json.dumps(_dataset_info(written), indent=1, ensure_ascii=False) + "\n",
    )
    recipe_path = written.out / "llamafactory_sft.yaml"
    header = (
        "# LLaMA-Factory SFT on this export, written by `iad-data export --format sharegpt`.\n"
        "# Run: llamafactory-cli train " + str(recipe_path) + "\n"
        "# dataset_dir holds dataset_info.json; media_dir is where the images/ paths resolve.\n"
        "# Edit model_name_or_path, template and the training settings to taste.\n"
    )
    _write_text(recipe_path, header + yaml.safe_dump(llamafactory_recipe(written), sort_keys=False))
    return StackFiles(
        {
            "dataset_info.json": "LLaMA-Factory dataset registry (dataset_dir = this folder)",
            "llamafactory_sft.yaml": "LLaMA-Factory SFT recipe over the train files",
        },
        {"sft": f"llamafactory-cli train {recipe_path}"},
    )


TRL_SCRIPT = '''\
"""GRPO with TRL on an iad-data `trl-grpo` export, rewarded by IAD-R1's rewards.

Written by `iad-data export --format trl-grpo`; checked with {checked}.
Every GRPOConfig option is a flag, e.g.:

    python {script} --model_name_or_path MODEL --output_dir grpo-out --num_generations 4

Where it runs it needs trl and iad-data (for iad_data.rewards).
"""

from dataclasses import dataclass

from datasets import Image, List, load_dataset
from trl import GRPOConfig, GRPOTrainer, TrlParser

from iad_data.rewards import accuracy_reward, format_reward


@dataclass
class Data:
    model_name_or_path: str = {model!r}
    train_file: str = {train!r}
    eval_file: str = {eval!r}


def load(path):
    """One export file; its image paths (absolute) become the Image feature TRL reads."""
    dataset = load_dataset("json", data_files=path, split="train")
    if "images" in dataset.column_names:  # multi-image (one-shot) rows
        return dataset.cast_column("images", List(Image()))
    return dataset.cast_column("image", Image())


def main():
    data, config = TrlParser((Data, GRPOConfig)).parse_args_and_config()
    evaluate = bool(data.eval_file) and config.eval_strategy != "no"
    trainer = GRPOTrainer(
        model=data.model_name_or_path,
        reward_funcs=[accuracy_reward, format_reward],
        args=config,
        train_dataset=load(data.train_file),
        eval_dataset=load(data.eval_file) if evaluate else None,
    )
    trainer.train()
    trainer.save_model(config.output_dir)


if __name__ == "__main__":
    main()
'''

TRL_CHECKED = "trl 1.13.0, transformers 5.17.0, datasets 5.2.0, torch 2.13.0"


def _trl(written: Written) -> StackFiles:
    train = written.split_files("train", rewarded=True)
    evaluation = written.split_files("validation", rewarded=True)
    script = written.out / "train_grpo.py"
    _write_text(
        script,
        TRL_SCRIPT.format(
            checked=TRL_CHECKED,
            script=script,
            model=written.model,
            train=written.path(train[0]) if train else "",
            eval=written.path(evaluation[0]) if evaluation else "",
        ),
    )
    commands = {}
    if train:
        commands["grpo"] = (
            f"python {script} --model_name_or_path {written.model} --output_dir grpo-out"
        )
    for name in written.split_files("train", multi=True, rewarded=True):
        commands["grpo (one-shot rows)"] = (
            f"python {script} --model_name_or_path {written.model} --output_dir grpo-out "
            f"--train_file {written.path(name)}"
        )
    return StackFiles({"train_grpo.py": "TRL GRPO script with iad_data.rewards"}, commands)


SWIFT_PLUGIN = '''\
"""IAD-R1's rewards for ms-swift GRPO, written by `iad-data export --format messages`
(checked with {checked}). ms-swift hands rewards the completions as plain strings and every
dataset column (``solution``) as a keyword:

    swift rlhf --rlhf_type grpo --external_plugins {plugin} \\
        --reward_funcs iadr1_accuracy iadr1_format ...
"""

from swift.rewards import ORM, orms

from iad_data.rewards import accuracy_reward, format_reward


class IadR1Accuracy(ORM):
    def __call__(self, completions, solution, **kwargs):
        return accuracy_reward(completions, solution)


class IadR1Format(ORM):
    def __call__(self, completions, solution, **kwargs):
        return format_reward(completions, solution)


orms["iadr1_accuracy"] = IadR1Accuracy
orms["iadr1_format"] = IadR1Format
'''

SWIFT_CHECKED = "ms-swift 4.6.0"


def _swift(written: Written) -> StackFiles:
    plugin = written.out / "swift_plugin.py"
    _write_text(plugin, SWIFT_PLUGIN.format(checked=SWIFT_CHECKED, plugin=plugin))
    model = written.model
    commands = {}
    train = [written.path(n) for n in written.split_files("train")]
    validation = [written.path(n) for n in written.split_files("validation")]
    if train:
        val = f" --val_dataset {' '.join(validation)}" if validation else ""
        commands["sft"] = (
            f"swift sft --model {model} --dataset {' '.join(train)}{val} "
            "--train_type lora --output_dir swift-sft"
        )
    rewarded = [written.path(n) for n in written.split_files("train", rewarded=True)]
    if rewarded:
        commands["grpo"] = (
            f"swift rlhf --rlhf_type grpo --model {model} --dataset {' '.join(rewarded)} "
            f"--external_plugins {plugin} --reward_funcs iadr1_accuracy iadr1_format "
            "--num_generations 4 --train_type lora --output_dir swift-grpo"
        )
    return StackFiles({"swift_plugin.py": "ms-swift ORM plugin: IAD-R1's rewards"}, commands)


def _iadr1(written: Written) -> StackFiles:
    commands = {}
    for label, multi, shot in (("grpo", False, 1), ("grpo (one-shot rows)", True, 0)):
        for name in written.split_files("train", multi=multi, rewarded=True)[:1]:
            commands[label] = (
                "cd IAD-R1 && PYTHONPATH=$(pwd)/train/stage_rl torchrun --nproc_per_node=1 "
                f"train/stage_rl/grpo_ad.py --model_name_or_path {written.model} "
                f"--dataset_name {written.path(name)} --image_path {written.out} "
                f"--single_img {shot} --use_system_prompt false --num_generations 4 "
                "--per_device_train_batch_size 1 --output_dir sc-grpo-out"
            )
    return StackFiles({}, commands)


def _llava(written: Written) -> StackFiles:
    commands = {}
    for label, multi, repo in (
        ("sft", False, "LLaVA"),
        ("sft (one-shot rows)", True, "LLaVA-NeXT"),
    ):
        for name in written.split_files("train", multi=multi)[:1]:
            commands[label] = (
                f"cd {repo} && deepspeed llava/train/train_mem.py --model_name_or_path "
                f"{written.model} --data_path {written.path(name)} --image_folder {written.out} "
                "--output_dir llava-sft"
            )
    return StackFiles({}, commands)


def _mmad(written: Written) -> StackFiles:
    # MMAD's scripts read ../../../dataset/MMAD/mmad.json from evaluation/examples/<model>/
    return StackFiles(
        {},
        {
            "evaluate": (
                f"cd MMAD && mkdir -p dataset && ln -sfn {written.out} dataset/MMAD && "
                "cd evaluation/examples/Transformers && python qwen2_5_vl_query.py "
                f"--model-path {written.model} --few_shot_model 1"
            )
        },
    )


CONSUMERS: dict[str, Consumer] = {
    "llava": Consumer(
        "LLaVA LazySupervisedDataset; one-shot rows: LLaVA-OneVision (LLaVA-NeXT)",
        "LLaVA (haotian-liu/LLaVA) and LLaVA-NeXT train.py, read from source",
        "relative to the export folder: --image_folder DIR",
        _llava,
    ),
    "sharegpt": Consumer(
        "LLaMA-Factory (IAD-R1's SFT)",
        "llamafactory 0.9.5 (parser, converter)",
        "relative to the export folder: dataset_dir = media_dir = DIR",
        _sharegpt,
    ),
    "messages": Consumer(
        "ms-swift (SFT and GRPO)",
        SWIFT_CHECKED,
        "absolute",
        _swift,
    ),
    "trl-grpo": Consumer("TRL GRPOTrainer", TRL_CHECKED, "absolute", _trl),
    "iadr1-rl": Consumer(
        "IAD-R1 SC-GRPO (train/stage_rl/grpo_ad.py)",
        "IAD-R1 625b936 grpo_ad.py, read from source",
        "relative to the export folder: --image_path DIR",
        _iadr1,
    ),
    "mmad": Consumer(
        "MMAD evaluation (evaluation/examples/*, helper/summary.py)",
        "MMAD bad03b4 summary.py and qwen2_5_vl_query.py, read from source",
        "relative to the export folder (MMAD's data_path)",
        _mmad,
    ),
}


def write_stack_files(format: str, written: Written) -> StackFiles:  # noqa: A002
    """Write ``format``'s stack files into the export folder; the commands that use them."""
    return CONSUMERS[format].write(written)


__all__ = [
    "CONSUMERS",
    "DEFAULT_MODEL",
    "MULTI",
    "TRL_SCRIPT",
    "Consumer",
    "StackFiles",
    "Written",
    "llamafactory_recipe",
    "write_stack_files",
]
