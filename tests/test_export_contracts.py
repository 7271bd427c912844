"""Each export format against its consumer's contract, as that consumer's code reads it.

The consumers that install on CI run for real under ``tests/consumers/`` (TRL, LLaMA-Factory).
Here, in the default run, each consumer's reading code is re-stated faithfully (function by
function, named below) where it is plain Python over JSON, so the contract is checked on
every run: IAD-R1's ``grpo_ad.py`` loader, LLaVA's ``LazySupervisedDataset``, ms-swift's path
resolution and reward plugin call, MMAD's ``parse_conversation`` / ``parse_answer`` and
``caculate_accuracy_mmad``; TRL's rows through ``datasets`` itself. IAD-R1's reward code is
``iad_data.rewards`` (equal to it on every case, ``tests/test_rewards.py``).

Checks, per format: rows in = rows the consumer reads; every image resolves from another
working directory; the consumer's own parsing of the records' answers gives the oracle score;
a planted wrong record lowers it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
import types
from difflib import get_close_matches
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from publish_fixtures import add_one_shot, make_tree, make_workspace, write_records

from iad_data.core.workspace import Workspace
from iad_data.ingestion.build import ingest
from iad_data.ingestion.generators import generate
from iad_data.release.export import export
from iad_data.release.splits import make_splits
from iad_data.rewards import accuracy_reward, format_reward


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    ws = make_workspace(tmp_path_factory.mktemp("contracts"))
    add_one_shot(ws)
    return ws


def _rows(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines() if line]
    rows: list[dict[str, Any]] = json.loads(text)
    return rows


def _records(ws: Workspace) -> dict[str, dict[str, Any]]:
    frame = pl.read_parquet(ws.records_path("expert_ad"))
    return {r["record_id"]: r for r in frame.iter_rows(named=True)}


def _best(solution: str) -> tuple[float, float]:
    """IAD-R1's maximum (accuracy, format) for a solution."""
    return (2.0 if solution.endswith("<answer>Yes</answer>") else 1.0), 1.0


def _scores(texts: list[str], solutions: list[str]) -> list[tuple[float, float]]:
    return list(
        zip(accuracy_reward(texts, solutions), format_reward(texts, solutions), strict=True)
    )


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory nowhere near the export."""
    away = tmp_path / "elsewhere"
    away.mkdir()
    monkeypatch.chdir(away)
    return away


# ------------------------------------------------------------------------------ TRL GRPO


def test_trl_grpo_rows_are_conversational_with_absolute_images_datasets_loads(
    ws: Workspace, tmp_path: Path, elsewhere: Path
) -> None:
    """TRL's ``GRPOTrainer`` reads ``prompt`` (conversational: it inserts one image part per
    image before the first user text, so no ``<image>`` may stay in it), ``image`` (cast to
    ``datasets.Image``, opened from the working directory), and passes ``solution`` to the
    rewards. The real trainer runs in ``tests/consumers/test_trl_grpo.py``."""
    from datasets import Image, List, load_dataset

    result = export(ws, tmp_path / "trl", format="trl-grpo", progress=False)
    records = _records(ws)
    for name, count in result.files.items():
        column = "images" if ".multi." in name else "image"
        dataset = load_dataset("json", data_files=str(result.out / name), split="train")
        feature = List(Image()) if column == "images" else Image()
        dataset = dataset.cast_column(column, feature)
        assert len(dataset) == count > 0
        solutions = []
        for row in dataset:
            prompt = row["prompt"]
            assert [m["role"] for m in prompt] == ["user"]
            assert "<image>" not in prompt[0]["content"] and prompt[0]["content"]
            images = row[column] if column == "images" else [row[column]]
            assert len(images) == len(records[row["id"]]["images"])
            assert all(image.size == (64, 64) for image in images)
            solutions.append(row["solution"])
        texts = [[{"role": "assistant", "content": records[i]["text"]}] for i in dataset["id"]]
        assert _scores(texts, solutions) == [_best(s) for s in solutions]  # type: ignore[arg-type]
    assert "train_grpo.py" in result.stack_files
    compile((result.out / "train_grpo.py").read_text(), "train_grpo.py", "exec")
    assert str(result.out / "expert_ad.train.jsonl") in (result.out / "train_grpo.py").read_text()


# ------------------------------------------------------------------------ IAD-R1 SC-GRPO

IADR1_QUESTION = (
    "You are an expert in detecting defects in image. Your task is to detect if there are "
    "any defects in the test image.{Question}"
)


def iadr1_load(dataset_name: str, image_path: str) -> list[dict[str, Any]]:
    """IAD-R1's ``train/stage_rl/grpo_ad.py`` (625b936) data path, re-stated: only a name
    ending ``.json`` is loaded (otherwise its ``dataset`` is never bound:
    ``UnboundLocalError``), with ``load_dataset('json', data_files=...)``; ``make_conversation``
    joins ``image_path`` to each image and puts one image part per image before
    ``QUESTION_PROMPT.format(Question=problem)`` (``use_system_prompt false``)."""
    from datasets import load_dataset

    if not dataset_name.endswith(".json"):
        raise UnboundLocalError("cannot access local variable 'dataset'")
    dataset = load_dataset("json", data_files=dataset_name)["train"]
    rows = []
    for example in dataset:
        item = example["image"]
        names = item if isinstance(item, list) else [item]
        images = [os.path.join(image_path, n if isinstance(n, str) else n["path"]) for n in names]
        content = [{"type": "image"} for _ in images]
        content.append({"type": "text", "text": IADR1_QUESTION.format(Question=example["problem"])})
        rows.append(dict(example, image=images, prompt=[{"role": "user", "content": content}]))
    return rows


def test_iadr1_rl_files_are_json_its_loader_reads_and_adds_the_image_to(
    ws: Workspace, tmp_path: Path, elsewhere: Path
) -> None:
    result = export(ws, tmp_path / "rl", format="iadr1-rl", progress=False)
    records = _records(ws)
    assert result.files and all(name.endswith(".json") for name in result.files)
    for name, count in result.files.items():
        rows = iadr1_load(str(result.out / name), image_path=str(result.out))
        assert len(rows) == count > 0
        for row in rows:
            assert set(row) >= {"id", "image", "problem", "solution", "prompt"}
            assert "<image>" not in row["problem"]
            assert len(row["image"]) == len(records[row["id"]]["images"])
            assert all(Path(p).is_file() for p in row["image"])
            parts = row["prompt"][0]["content"]
            assert [p["type"] for p in parts].count("image") == len(row["image"])
        texts = [records[r["id"]]["text"] for r in rows]
        solutions = [r["solution"] for r in rows]
        assert _scores(texts, solutions) == [_best(s) for s in solutions]
    assert "--image_path " + str(result.out) in result.commands["grpo"]
    assert "--single_img 0" in result.commands["grpo (one-shot rows)"]


def test_a_wrong_iadr1_solution_scores_below_the_maximum(ws: Workspace, tmp_path: Path) -> None:
    result = export(ws, tmp_path / "rl", format="iadr1-rl", progress=False)
    path = result.out / "expert_ad.train.json"
    rows = _rows(path)
    anomalous = next(i for i, r in enumerate(rows) if r["solution"].endswith("Yes</answer>"))
    truth = rows[anomalous]["solution"]
    rows[anomalous]["solution"] = truth.replace("<type>", "<type>hole ").replace(
        "<location>", "<location>far "
    )
    path.write_text(json.dumps(rows))
    loaded = iadr1_load(str(path), str(result.out))
    records = _records(ws)
    got = _scores([records[r["id"]]["text"] for r in loaded], [r["solution"] for r in loaded])
    assert got[anomalous][0] < _best(truth)[0]


# --------------------------------------------------------------------------------- LLaVA


def test_llava_rows_are_one_image_each_one_shot_rows_onevision_lists(
    ws: Workspace, tmp_path: Path, elsewhere: Path
) -> None:
    """LLaVA's ``LazySupervisedDataset`` (haotian-liu/LLaVA ``llava/train/train.py``) opens
    ``os.path.join(image_folder, row['image'])``, one string; LLaVA-NeXT's (OneVision) also
    takes a list and processes each; both read ``conversations`` and count ``<image>``."""
    result = export(ws, tmp_path / "llava", format="llava", progress=False)
    records = _records(ws)
    multi = [n for n in result.files if ".multi." in n]
    assert multi
    for name, count in result.files.items():
        rows = _rows(result.out / name)
        assert len(rows) == count > 0
        for row in rows:
            assert "src" not in row
            image = row["image"]
            if name in multi:
                assert isinstance(image, list) and len(image) == 2
            else:
                assert isinstance(image, str)
            paths = image if isinstance(image, list) else [image]
            assert all(os.path.isfile(os.path.join(result.out, p)) for p in paths)
            human = row["conversations"][0]
            assert human["from"] == "human" and human["value"].count("<image>") == len(paths)
            assert row["conversations"][1]["value"] == records[row["id"]]["text"]
    assert "--image_folder " + str(result.out) in result.commands["sft"]


# ------------------------------------------------------------------------------ ms-swift


def swift_check_path(path: str) -> str | None:
    """ms-swift 4.6 ``swift/template/vision_utils.py`` ``_check_path``, re-stated: the path as
    it is if it exists (from the working directory), else joined to ``ROOT_IMAGE_DIR``."""
    if os.path.exists(path):
        return os.path.abspath(path)
    root = os.environ.get("ROOT_IMAGE_DIR")
    candidate = os.path.abspath(os.path.join(root, path) if root else path)
    return candidate if os.path.exists(candidate) else None


def _swift_plugin(path: Path) -> dict[str, Any]:
    """Import the exported ``swift_plugin.py`` as ms-swift's ``--external_plugins`` does,
    against a stand-in ``swift.rewards`` (``ORM`` base class, ``orms`` registry)."""
    orms: dict[str, Any] = {}

    class ORM:
        def __init__(self, args: Any = None, **kwargs: Any) -> None:
            self.args = args

    rewards = types.ModuleType("swift.rewards")
    rewards.ORM, rewards.orms = ORM, orms  # type: ignore[attr-defined]
    saved = {k: sys.modules.get(k) for k in ("swift", "swift.rewards")}
    sys.modules["swift"], sys.modules["swift.rewards"] = types.ModuleType("swift"), rewards
    try:
        spec = importlib.util.spec_from_file_location("_swift_external", path)
        assert spec is not None and spec.loader is not None
        spec.loader.exec_module(importlib.util.module_from_spec(spec))
    finally:
        for key, module in saved.items():
            if module is None:
                sys.modules.pop(key, None)
            else:
                sys.modules[key] = module
    return orms


def test_swift_messages_resolve_from_anywhere_and_the_plugin_scores_plain_strings(
    ws: Workspace, tmp_path: Path, elsewhere: Path
) -> None:
    """ms-swift reads ``messages`` (``<image>`` per image) and ``images``; it resolves each
    path from the working directory (or ``ROOT_IMAGE_DIR``); its GRPO calls reward ORMs
    ``orms[name](args=...)(completions=[str, ...], solution=[...], **columns)``."""
    result = export(ws, tmp_path / "swift", format="messages", progress=False)
    records = _records(ws)
    orms = _swift_plugin(result.out / "swift_plugin.py")
    accuracy, structure = orms["iadr1_accuracy"](args=None), orms["iadr1_format"](args=None)
    for name, count in result.files.items():
        rows = _rows(result.out / name)
        assert len(rows) == count > 0
        for row in rows:
            assert all(swift_check_path(p) for p in row["images"])
            users = [m["content"] for m in row["messages"] if m["role"] == "user"]
            assert "".join(users).count("<image>") == len(row["images"])
        texts = [records[r["id"]]["text"] for r in rows]
        solutions = [r["solution"] for r in rows]
        columns = {"images": [r["images"] for r in rows], "messages": [r["messages"] for r in rows]}
        got = list(
            zip(
                accuracy(completions=texts, solution=solutions, **columns),
                structure(completions=texts, solution=solutions, **columns),
                strict=True,
            )
        )
        assert got == [_best(s) for s in solutions]
        wrong = accuracy(
            completions=["<think>t</think><answer>No</answer>"], solution=solutions[:1]
        )
        if solutions[0].endswith("Yes</answer>"):
            assert wrong[0] < _best(solutions[0])[0]
    assert "--external_plugins " + str(result.out / "swift_plugin.py") in result.commands["grpo"]


# ------------------------------------------------------------------------ LLaMA-Factory


def test_llamafactory_registry_names_every_file_and_the_recipe_its_folder(
    ws: Workspace, tmp_path: Path
) -> None:
    """LLaMA-Factory reads ``dataset_dir/dataset_info.json`` and joins ``media_dir`` (default
    ``dataset_dir``) to each image; its own loader runs in ``tests/consumers``."""
    import yaml

    result = export(ws, tmp_path / "lf", format="sharegpt", progress=False)
    info = json.loads((result.out / "dataset_info.json").read_text())
    assert {entry["file_name"] for entry in info.values()} == set(result.files)
    recipe = yaml.safe_load((result.out / "llamafactory_sft.yaml").read_text())
    assert recipe["dataset_dir"] == recipe["media_dir"] == str(result.out.resolve())
    assert (
        recipe["dataset"] == "expert_ad.train" and recipe["eval_dataset"] == "expert_ad.validation"
    )
    for name in result.files:
        for row in _rows(result.out / name):
            assert all(os.path.isfile(os.path.join(recipe["media_dir"], p)) for p in row["images"])


# --------------------------------------------------------------------------------- MMAD


def mmad_parse_conversation(text_gt: dict[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
    """MMAD ``evaluation/examples/GPT4/gpt4v.py`` ``parse_conversation``, re-stated: options
    relettered A, B, ... in their stored order, the answer mapped to its new letter."""
    questions, answers = [], []
    for key in text_gt:
        if key.startswith("conversation"):
            for i, qa in enumerate(text_gt[key]):
                items = list(qa["Options"].items())
                options = {chr(65 + n): value for n, (_, value) in enumerate(items)}
                new = next(chr(65 + n) for n, (k, _) in enumerate(items) if k == qa["Answer"])
                text = "".join(f"{chr(65 + n)}. {v}\n" for n, (_, v) in enumerate(items))
                questions.append(
                    {"text": f"Question {i + 1}: {qa['Question']} \n{text}", "options": options}
                )
                answers.append(new)
            break
    return questions, answers


def mmad_parse_answer(response: str, options: dict[str, str]) -> list[str]:
    """MMAD's ``parse_answer``: standalone capital letters A-E, else the closest option."""
    found: list[str] = re.compile(r"\b([A-E])\b").findall(response)
    if not found:
        match = get_close_matches(response, list(options.values()), n=1, cutoff=0.0)
        found += [k for k, v in options.items() if match and v == match[0]][:1]
    return found


def mmad_accuracy(answers: list[dict[str, Any]], normal_flag: str = "good") -> dict[str, Any]:
    """MMAD ``evaluation/examples/helper/summary.py`` ``caculate_accuracy_mmad``, re-stated
    without pandas: the dataset is the key's first path part; Anomaly Detection is balanced
    accuracy, a key containing ``normal_flag`` counting as normal; answers outside A-E are
    removed from the list being iterated (so the next record is skipped too, as there)."""
    answers = list(answers)
    stats: dict[str, dict[str, list[int]]] = {}
    detection: dict[str, dict[str, list[int]]] = {}
    for answer in answers:
        dataset = answer["image"].split("/")[0]
        qtype = answer["question_type"]
        if answer["correct_answer"] not in "ABCDE" or answer["gpt_answer"] not in list("ABCDE"):
            answers.remove(answer)
            continue
        right = int(answer["correct_answer"] == answer["gpt_answer"])
        stats.setdefault(dataset, {}).setdefault(qtype, [0, 0])
        stats[dataset][qtype][0] += right
        stats[dataset][qtype][1] += 1
        if qtype == "Anomaly Detection":
            kind = "normal" if normal_flag in answer["image"] else "abnormal"
            entry = detection.setdefault(dataset, {"normal": [0, 0], "abnormal": [0, 0]})[kind]
            entry[0] += right
            entry[1] += 1
    table: dict[str, Any] = {}
    for dataset, types_ in stats.items():
        row = {q: 100 * c / t if t else 0.0 for q, (c, t) in types_.items()}
        det = detection.get(dataset, {"normal": [0, 0], "abnormal": [0, 0]})
        normal_acc = det["normal"][0] / det["normal"][1] if det["normal"][1] else 0.0
        anomaly_acc = det["abnormal"][0] / det["abnormal"][1] if det["abnormal"][1] else 0.0
        row["Anomaly Detection"] = (normal_acc + anomaly_acc) / 2 * 100
        row["Overkill"] = (1 - normal_acc) * 100
        row["normals"] = det["normal"][1]
        table[dataset] = row
    return table


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """MVTec AD and VisA in one workspace (VisA's normal folder is ``Normal``)."""
    tmp = tmp_path_factory.mktemp("mmad")
    ws = Workspace(tmp / "ws")
    ingest("mvtec", make_tree(tmp / "mvtec"), ws.path, progress=False, workers=1)
    visa = tmp / "VisA_20220922"
    generate("visa", visa, categories=["candle", "pcb1"], size=64, seed=3, n_test_good=3)
    ingest("visa", visa, ws.path, progress=False, workers=1)
    write_records(ws)
    make_splits(ws, seed=0, check_leaks=False)
    return ws


def _mmad_answers(data: dict[str, Any], pick: Any) -> list[dict[str, Any]]:
    """What MMAD's query script records: per question, the model's parsed letter."""
    out = []
    for key, text_gt in data.items():
        questions, answers = mmad_parse_conversation(text_gt)
        for q, a, conv in zip(questions, answers, text_gt["conversation"], strict=True):
            response = pick(key, conv, q, a)
            out.append(
                {
                    "image": key,
                    "question": q,
                    "question_type": conv["type"],
                    "correct_answer": a,
                    "gpt_answer": mmad_parse_answer(response, q["options"])[-1],
                }
            )
    return out


def test_mmad_scores_each_dataset_apart_knows_normals_and_fills_templates(
    mixed: Workspace, tmp_path: Path, elsewhere: Path
) -> None:
    result = export(mixed, tmp_path / "mmad", format="mmad", progress=False)
    assert list(result.files) == ["mmad.json"]  # the name MMAD's scripts open
    data = json.loads((result.out / "mmad.json").read_text())
    samples = mixed.read_samples()
    tests = samples.filter(
        pl.col("sample_id").is_in(
            pl.read_parquet(mixed.splits_path)
            .filter(pl.col("split") == "test")["sample_id"]
            .to_list()
        )
    )
    assert len(data) == tests.height == result.files["mmad.json"]
    table = mmad_accuracy(_mmad_answers(data, lambda key, conv, q, a: a))
    assert set(table) == {"mvtec_ad", "visa"}
    normals = tests.group_by("dataset").agg((pl.col("label") == "normal").sum().alias("n"))
    for row in normals.iter_rows(named=True):
        assert table[row["dataset"]]["normals"] == row["n"] > 0
    for dataset, row in table.items():
        assert all(row[q] == 100.0 for q in row if q not in ("Overkill", "normals")), dataset
        assert row["Overkill"] == 0.0
    train = set(pl.read_parquet(mixed.splits_path).filter(pl.col("split") == "train")["sample_id"])
    train_normals = samples.filter(
        pl.col("sample_id").is_in(list(train)) & (pl.col("label") == "normal")
    )
    per_category = {(r["dataset"], r["category"]): 0 for r in train_normals.iter_rows(named=True)}
    for r in train_normals.iter_rows(named=True):
        per_category[(r["dataset"], r["category"])] += 1
    for key, value in data.items():
        assert os.path.isfile(os.path.join(result.out, key))
        dataset, category = key.split("/")[:2]
        assert value["random_templates"], key
        assert len(value["random_templates"]) == min(8, per_category[(dataset, category)])
        for template in value["random_templates"] + value["similar_templates"]:
            assert template.startswith(f"{dataset}/{category}/train/good/"), template
            assert os.path.isfile(os.path.join(result.out, template))
        if value["mask_path"]:
            assert os.path.isfile(os.path.join(result.out, value["mask_path"]))


def test_a_wrong_mmad_answer_lowers_its_dataset_only(mixed: Workspace, tmp_path: Path) -> None:
    result = export(mixed, tmp_path / "mmad", format="mmad", progress=False)
    data = json.loads((result.out / "mmad.json").read_text())
    normal = next(k for k in data if k.startswith("visa/") and "/good/" in k)

    def pick(key: str, conv: dict[str, Any], q: dict[str, Any], a: str) -> str:
        if key == normal and conv["type"] == "Anomaly Detection":
            return "A"  # a defect, on a normal part
        return a

    table = mmad_accuracy(_mmad_answers(data, pick))
    assert table["visa"]["Anomaly Detection"] < 100.0 and table["visa"]["Overkill"] > 0.0
    assert table["mvtec_ad"]["Anomaly Detection"] == 100.0
