"""Training and evaluation files for other stacks, with the images beside them.

Each format is written as its consumer's own code reads it (``release/consumers.py`` names
the consumer, the version checked and the paths; ``tests/consumers/`` runs them):

- ``llava``: JSON array ``{id, image, conversations: [{from: human|gpt, value}], mask?}``
  (LLaVA's ``LazySupervisedDataset``: ``image_folder`` = the export folder); multi-image
  (one-shot) records go to ``<config>.multi.<split>.json`` as LLaVA-OneVision rows whose
  ``image`` is a list, since LLaVA-1.5 reads one image per row;
- ``sharegpt``: JSON array ``{id, images, messages: [{role, content}]}`` (LLaMA-Factory,
  IAD-R1's SFT) plus ``dataset_info.json`` and an SFT recipe ``llamafactory_sft.yaml``;
- ``messages``: JSONL ``{id, messages, images, solution?}`` (ms-swift SFT and GRPO), image
  paths absolute, plus ``swift_plugin.py`` (IAD-R1's rewards as ms-swift reward functions);
- ``trl-grpo``: JSONL ``{id, prompt, image, solution}`` (TRL ``GRPOTrainer``): a
  conversational ``prompt`` without ``<image>`` (TRL inserts the image), an absolute
  ``image`` path for ``datasets.Image``, the reward target ``solution``; multi-image rows
  (``images``: a list) in ``<config>.multi.<split>.jsonl``; plus ``train_grpo.py``;
- ``iadr1-rl``: JSON array ``{id, image, problem, solution}`` in ``.json`` files (IAD-R1's
  ``grpo_ad.py`` reads nothing else and adds the image itself, so ``problem`` has no
  ``<image>``); ``image`` relative to the export folder (``--image_path DIR``); one-shot rows
  (``image``: [reference, query], ``--single_img 0``) in ``<config>.multi.<split>.json``;
- ``mmad``: ``mmad.json``, MMAD's multiple-choice set built from the test samples, keyed
  ``<dataset>/<category>/test/<good|defect type>/<file>`` as MMAD's scorer groups keys (the
  first part is the dataset; ``good`` in the path marks a normal image), the images placed
  at those keys, ``random_templates`` and ``similar_templates`` from the train split's normal
  images of the same category (``<dataset>/<category>/train/good/<file>``).

Record formats write ``<config>.<split>.<ext>`` per record config and split (``<config>.<ext>``
without ``splits.parquet``). Images are hard-linked (copied across file systems) to
``out/images/<dataset>/<path in the benchmark>`` (``mmad``: to the key). With splits, a record
whose other images (a one-shot reference) sit in another split is left out and counted in
``skipped``, as ``publish`` does. ``ExportResult.commands`` are the commands that train or
evaluate on the export.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import polars as pl
from tqdm import tqdm

from iad_data.core.sample import GRID_WORDS
from iad_data.core.workspace import Workspace
from iad_data.errors import InputError, WorkspaceError
from iad_data.release.consumers import CONSUMERS, DEFAULT_MODEL, MULTI, Written, write_stack_files
from iad_data.release.layout import record_configs
from iad_data.release.leakage import CROSS_SPLIT_REASON, records_across_splits
from iad_data.release.splits import read_splits

FORMATS: tuple[str, ...] = ("llava", "sharegpt", "messages", "trl-grpo", "iadr1-rl", "mmad")
NO_SOLUTION = "GRPO needs a reward target; the record has no solution"
ROLE_FROM = {"user": "human", "assistant": "gpt", "system": "system"}
MMAD_NORMAL = "good"
"""What MMAD's scorer looks for in a key to count the image as normal (``normal_flag``)."""
TEMPLATES = 8
"""``random_templates`` per MMAD question (MMAD's ``--few_shot_model`` takes the first N)."""
_IMAGE_TOKEN = re.compile(r"[ \t]*<image>[ \t]*\n?")


@dataclass
class ExportResult:
    format: str
    out: Path
    files: dict[str, int] = field(default_factory=dict)
    """file written -> rows"""
    images: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    """reason -> records not written"""
    stack_files: dict[str, str] = field(default_factory=dict)
    """the stack's config files written beside the data -> what each is"""
    commands: dict[str, str] = field(default_factory=dict)
    """what it does (``sft``, ``grpo``, ``evaluate``) -> the command that runs it on the export"""

    def summary(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "out": str(self.out),
            "files": self.files,
            "images": self.images,
            "skipped": self.skipped,
            "stack_files": self.stack_files,
            "commands": self.commands,
        }


class _Images:
    """Places sample images (and masks) in ``out`` once each; returns their paths in ``out``."""

    def __init__(self, ws: Workspace, samples: pl.DataFrame, out: Path, absolute: bool) -> None:
        self.ws, self.out, self.absolute = ws, out.resolve(), absolute
        self.roots = ws.dataset_roots()
        rows = samples.select("sample_id", "dataset", "image_path", "mask_paths").iter_rows()
        self.info = {r[0]: (r[1], r[2], list(r[3] or [])) for r in rows}
        self.placed: set[str] = set()

    def place(self, dataset: str, rel: str, dest_rel: str) -> str:
        """Link ``rel`` of ``dataset`` to ``out/dest_rel``; the path the files name."""
        if dest_rel not in self.placed:
            src = self.ws.image_file(dataset, rel, self.roots)
            dest = self._inside_out(dest_rel, dataset, rel)
            dest.parent.mkdir(parents=True, exist_ok=True)
            if not dest.parent.resolve().is_relative_to(self.out):
                raise self._escape(dest_rel, dataset, rel)
            dest.unlink(missing_ok=True)
            try:
                os.link(src, dest)
            except OSError:
                shutil.copyfile(src, dest)
            self.placed.add(dest_rel)
        return str(self.out / dest_rel) if self.absolute else dest_rel

    def _inside_out(self, dest_rel: str, dataset: str, rel: str) -> Path:
        """``out/dest_rel``, refused when the samples table's path would leave ``out``."""
        dest = Path(os.path.normpath(self.out / dest_rel))
        if not dest.is_relative_to(self.out) or ".." in Path(dest_rel).parts:
            raise self._escape(dest_rel, dataset, rel)
        return dest

    def _escape(self, dest_rel: str, dataset: str, rel: str) -> WorkspaceError:
        return WorkspaceError(
            f"{self.ws.samples_path} names image {rel!r} of dataset {dataset!r}, which would be "
            f"written to {dest_rel!r}, outside the export folder {self.out}; nothing was written "
            f"there. The table was edited or is damaged: run `iad-data ingest` again."
        )

    def image(self, sample_id: str) -> str:
        dataset, rel, _ = self.sample(sample_id)
        return self.place(dataset, rel, f"images/{dataset}/{rel}")

    def masks(self, sample_id: str) -> list[str]:
        dataset, _, masks = self.sample(sample_id)
        return [self.place(dataset, m, f"images/{dataset}/{m}") for m in masks]

    def sample(self, sample_id: str) -> tuple[str, str, list[str]]:
        try:
            return self.info[sample_id]
        except KeyError:
            raise WorkspaceError(
                f"a record names sample {sample_id!r}, which is not in {self.ws.samples_path}."
            ) from None


def _messages(row: dict[str, Any]) -> list[dict[str, str]]:
    return [{"role": m["role"], "content": m["content"]} for m in row["messages"]]


def without_image_tokens(text: str) -> str:
    """A user turn for stacks that add the images themselves: no ``<image>`` token."""
    return _IMAGE_TOKEN.sub("", text).strip()


def _llava(row: dict[str, Any], img: _Images) -> dict[str, Any]:
    paths = [img.image(s) for s in row["images"]]
    item: dict[str, Any] = {"id": row["record_id"], "image": paths[0] if len(paths) == 1 else paths}
    item["conversations"] = [
        {"from": ROLE_FROM[m["role"]], "value": m["content"]} for m in _messages(row)
    ]
    masks = img.masks(row["sample_id"])
    if masks and len(paths) == 1:
        item["mask"] = masks[0] if len(masks) == 1 else masks
    return item


def _sharegpt(row: dict[str, Any], img: _Images) -> dict[str, Any]:
    return {
        "id": row["record_id"],
        "images": [img.image(s) for s in row["images"]],
        "messages": _messages(row),
    }


def _swift(row: dict[str, Any], img: _Images) -> dict[str, Any]:
    item = {
        "id": row["record_id"],
        "messages": _messages(row),
        "images": [img.image(s) for s in row["images"]],
    }
    if row.get("solution"):
        item["solution"] = row["solution"]
    return item


def _question(row: dict[str, Any]) -> str:
    users = [m["content"] for m in _messages(row) if m["role"] == "user"]
    return without_image_tokens(users[0]) if users else ""


def _trl(row: dict[str, Any], img: _Images) -> dict[str, Any]:
    paths = [img.image(s) for s in row["images"]]
    item: dict[str, Any] = {
        "id": row["record_id"],
        "prompt": [{"role": "user", "content": _question(row)}],
    }
    if len(paths) == 1:
        item["image"] = paths[0]
    else:
        item["images"] = paths
    item["solution"] = row["solution"]
    return item


def _iadr1(row: dict[str, Any], img: _Images) -> dict[str, Any]:
    paths = [img.image(s) for s in row["images"]]
    return {
        "id": row["record_id"],
        "image": paths[0] if len(paths) == 1 else paths,
        "problem": _question(row),
        "solution": row["solution"],
    }


@dataclass(frozen=True)
class RecordWriter:
    row: Callable[[dict[str, Any], _Images], dict[str, Any]]
    ext: str
    """``jsonl`` (one object a line) or ``json`` (one array)"""
    absolute: bool = False
    """image paths absolute (the stack has no base folder option) or relative to ``out``"""
    multi_file: bool = False
    """multi-image rows go to their own ``<config>.multi.<split>`` file"""
    needs_solution: bool = False
    """GRPO formats: records without a ``solution`` are skipped and counted"""


WRITERS: dict[str, RecordWriter] = {
    "llava": RecordWriter(_llava, "json", multi_file=True),
    "sharegpt": RecordWriter(_sharegpt, "json"),
    "messages": RecordWriter(_swift, "jsonl", absolute=True),
    "trl-grpo": RecordWriter(_trl, "jsonl", absolute=True, multi_file=True, needs_solution=True),
    "iadr1-rl": RecordWriter(_iadr1, "json", multi_file=True, needs_solution=True),
}


def _write(path: Path, items: list[dict[str, Any]] | dict[str, Any], jsonl: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if jsonl and isinstance(items, list):
        text = "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items)
    else:
        text = json.dumps(items, indent=1, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")


def _splits_of(ws: Workspace) -> dict[str, str] | None:
    """The workspace's splits, or None when it was never split (records export unsplit)."""
    return read_splits(ws) if ws.splits_path.exists() else None


# ---------------------------------------------------------------------------------- mmad


def _options(correct: str, others: list[str], key: str, n: int = 4) -> tuple[dict[str, str], str]:
    """Up to ``n`` options with ``correct``, order fixed by hashing ``key``; (options, letter)."""
    pool = [correct] + sorted({o for o in others if o != correct})[: n - 1]
    pool.sort(key=lambda o: hashlib.sha256(f"{key}\x00{o}".encode()).hexdigest())
    letters = "ABCDEFGH"
    options = {letters[i]: text for i, text in enumerate(pool)}
    return options, letters[pool.index(correct)]


def _not_normal(part: str) -> str:
    """A path part of an anomalous image, kept from reading as normal to MMAD's scorer."""
    return re.sub(MMAD_NORMAL, "goo_d", part, flags=re.IGNORECASE)


def _mmad_keys(rows: list[dict[str, Any]], stage: str) -> dict[str, str]:
    """``sample_id -> <dataset>/<category>/<stage>/<good|defect type>/<file>``; a file name
    shared inside one folder is replaced by the whole benchmark path, flattened."""
    folder: dict[str, str] = {}
    for r in rows:
        parts: tuple[str, ...] = (r["dataset"], r["category"], stage)
        if r["label"] == "anomaly":
            parts = (*map(_not_normal, parts), _not_normal(r["defect_type"]))
        else:
            parts = (*parts, MMAD_NORMAL)
        folder[r["sample_id"]] = "/".join(parts)
    names: dict[str, str] = {}
    taken: dict[str, int] = {}
    for r in rows:
        key = f"{folder[r['sample_id']]}/{PurePosixPath(r['image_path']).name}"
        taken[key] = taken.get(key, 0) + 1
    for r in rows:
        sid, base = r["sample_id"], folder[r["sample_id"]]
        name = PurePosixPath(r["image_path"]).name
        if taken[f"{base}/{name}"] > 1:
            name = r["image_path"].replace("/", "__")
        if r["label"] == "anomaly":
            name = _not_normal(name)
        names[sid] = f"{base}/{name}"
    return names


def _mmad(
    ws: Workspace,
    samples: pl.DataFrame,
    img: _Images,
    splits: dict[str, str] | None,
    out: Path,
    progress: bool = True,
) -> dict[str, int]:
    """MMAD's ``mmad.json``: questions per labelled test sample, its normal templates."""

    def split_of(r: dict[str, Any]) -> str:
        if splits is None:
            return "train" if r["source_split"] == "train" else "test"
        return splits.get(r["sample_id"], "")

    labelled = [r for r in samples.iter_rows(named=True) if r["label"] != "unlabeled"]
    tests = sorted((r for r in labelled if split_of(r) == "test"), key=lambda r: r["sample_id"])
    normals = [r for r in labelled if r["label"] == "normal" and split_of(r) == "train"]
    types: dict[tuple[str, str], list[str]] = {}
    for r in labelled:
        if r["label"] == "anomaly":
            types.setdefault((r["dataset"], r["category"]), []).append(
                r["defect_type"].replace("_", " ")
            )
    test_keys, template_keys = _mmad_keys(tests, "test"), _mmad_keys(normals, "train")
    templates: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in sorted(normals, key=lambda r: r["sample_id"]):
        templates.setdefault((r["dataset"], r["category"]), []).append(r)

    def template(r: dict[str, Any]) -> str:
        dataset, rel, _ = img.sample(r["sample_id"])
        return img.place(dataset, rel, template_keys[r["sample_id"]])

    data: dict[str, Any] = {}
    bar = tqdm(tests, total=len(tests), desc="export mmad", unit="image", disable=not progress)
    for r in bar:
        key = (r["dataset"], r["category"])
        dataset, rel, masks = img.sample(r["sample_id"])
        path = img.place(dataset, rel, test_keys[r["sample_id"]])
        anomalous = r["label"] == "anomaly"
        conv = [
            {
                "Question": "Is there any defect in the object?",
                "Answer": "A" if anomalous else "B",
                "Options": {"A": "Yes", "B": "No"},
                "type": "Anomaly Detection",
            }
        ]
        if anomalous:
            dtype = r["defect_type"].replace("_", " ")
            options, answer = _options(dtype, types.get(key, []), r["sample_id"])
            if len(options) > 1:
                conv.append(
                    {
                        "Question": "There is a defect in the object. What is the type of "
                        "the defect?",
                        "Answer": answer,
                        "Options": options,
                        "type": "Defect Classification",
                    }
                )
            if r["location"]:
                options, answer = _options(r["location"], list(GRID_WORDS), r["sample_id"] + "L")
                conv.append(
                    {
                        "Question": "There is a defect in the object. Where is the defect?",
                        "Answer": answer,
                        "Options": options,
                        "type": "Defect Localization",
                    }
                )
        mask_path = ""
        if anomalous and masks:
            stem = PurePosixPath(path).stem
            mask_dir = PurePosixPath(path).parent.parent.parent / "ground_truth"
            label = PurePosixPath(path).parent.name
            suffix = PurePosixPath(masks[0]).suffix
            mask_path = img.place(dataset, masks[0], f"{mask_dir}/{label}/{stem}_mask{suffix}")
        pool = [t for t in templates.get(key, []) if t["sample_id"] != r["sample_id"]]
        shuffled = sorted(
            pool,
            key=lambda t: hashlib.sha256(f"{r['sample_id']}\x00{t['sample_id']}".encode()).digest(),
        )
        data[path] = {
            "conversation": conv,
            "mask_path": mask_path,
            "similar_templates": [template(t) for t in pool[:3]],
            "random_templates": [template(t) for t in shuffled[:TEMPLATES]],
        }
    _write(out / "mmad.json", data, jsonl=False)
    return {"mmad.json": len(data)}


# -------------------------------------------------------------------------------- export


def _count(skipped: dict[str, int], reason: str, n: int = 1) -> None:
    skipped[reason] = skipped.get(reason, 0) + n


def export(
    workspace: str | Path | Workspace,
    out: str | Path,
    *,
    format: str,  # noqa: A002 - the option is called --format
    configs: list[str] | None = None,
    model: str | None = None,
    progress: bool = True,
) -> ExportResult:
    """Write the workspace's records (or, for ``mmad``, samples) in ``format`` under ``out``,
    the stack's config files beside them, and return the commands that run on them.

    ``model``: the model the stack files and commands name (a Hub id or a local path;
    default ``consumers.DEFAULT_MODEL``, IAD-R1's base model).
    ``progress``: a tqdm bar on stderr per config while images are placed.
    """
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    if format not in FORMATS:
        raise InputError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}.")
    out_path = Path(out)
    out_path.mkdir(parents=True, exist_ok=True)
    samples = ws.require_samples()
    writer = WRITERS.get(format)
    img = _Images(ws, samples, out_path, absolute=writer is not None and writer.absolute)
    splits = _splits_of(ws)
    result = ExportResult(format, out_path)
    rewarded: set[str] = set()
    if writer is None:
        result.files = _mmad(ws, samples, img, splits, out_path, progress)
    else:
        rewarded = _export_records(ws, writer, configs, img, splits, out_path, result, progress)
    result.images = len(img.placed)
    stack = write_stack_files(
        format,
        Written(
            out_path.resolve(), dict(result.files), frozenset(rewarded), model or DEFAULT_MODEL
        ),
    )
    result.stack_files, result.commands = stack.files, stack.commands
    return result


def _export_records(
    ws: Workspace,
    writer: RecordWriter,
    configs: list[str] | None,
    img: _Images,
    splits: dict[str, str] | None,
    out: Path,
    result: ExportResult,
    progress: bool,
) -> set[str]:
    """Write the record files; the names of those whose rows carry a ``solution``."""
    wanted = configs or list(record_configs())
    found = [c for c in wanted if (ws.records_path(c)).exists()]
    if not found:
        raise WorkspaceError(
            f"no records to export in {ws.records_dir} (looked for "
            f"{', '.join(f'{c}.parquet' for c in wanted)}); run a synthesis stage first."
        )
    rewarded: set[str] = set()
    for config in found:
        frame = pl.read_parquet(ws.records_path(config)).sort("record_id")
        if splits is not None:
            frame, gone = records_across_splits(frame, splits)
            if gone:
                _count(result.skipped, CROSS_SPLIT_REASON, len(gone))
        groups: dict[tuple[bool, str], list[dict[str, Any]]] = {}
        bar = tqdm(
            frame.iter_rows(named=True),
            total=frame.height,
            desc=f"export {config}",
            unit="record",
            disable=not progress,
        )
        for row in bar:
            if writer.needs_solution and not row.get("solution"):
                _count(result.skipped, NO_SOLUTION)
                continue
            multi = writer.multi_file and len(row.get("images") or []) > 1
            split = splits.get(row["sample_id"], "unsplit") if splits is not None else ""
            groups.setdefault((multi, split), []).append(writer.row(row, img))
        for (multi, split), items in sorted(groups.items()):
            parts = [config] + ([MULTI] if multi else []) + ([split] if split else [])
            name = ".".join([*parts, writer.ext])
            _write(out / name, items, writer.ext == "jsonl")
            result.files[name] = len(items)
            if any(i.get("solution") for i in items):
                rewarded.add(name)
    return rewarded


def consumer_notes() -> dict[str, dict[str, str]]:
    """Per format: the consumer, the version it was checked against, where paths point."""
    return {
        name: {"stack": c.stack, "checked": c.checked, "paths": c.paths}
        for name, c in CONSUMERS.items()
    }


__all__ = [
    "FORMATS",
    "MMAD_NORMAL",
    "NO_SOLUTION",
    "WRITERS",
    "ExportResult",
    "consumer_notes",
    "export",
    "without_image_tokens",
]
