"""Training and evaluation files for other stacks, with the images beside them.

Formats (one writer each, in ``WRITERS``):

- ``llava``: JSON array ``{id, image | src, conversations: [{from: human|gpt, value}]}``
  (LLaVA, Triad, AnomalyGPT), ``mask`` when the sample has one;
- ``sharegpt``: JSON array ``{images: [...], messages: [{role, content}]}`` (LLaMA-Factory,
  IAD-R1's SFT format) plus the ``dataset_info.json`` LLaMA-Factory reads;
- ``messages``: JSONL ``{id, messages, images, solution}`` (ms-swift / Qwen, EMIT);
- ``trl-grpo``: JSONL ``{id, image, problem, solution}`` (IAD-R1's RL format, TRL GRPO):
  one image per row, so records with several images (one-shot ``.1shot`` records) are
  skipped and counted in ``skipped``;
- ``mmad``: MMAD-style multiple-choice evaluation set built from the samples: a JSON object
  keyed by image path, each with ``conversation: [{Question, Answer, Options, type}]``,
  ``mask_path`` and ``similar_templates`` (normal training images of the category).

Record formats write ``<config>.<split>.<ext>`` per record config and split (``<config>.<ext>``
without ``splits.parquet``). Image paths are relative to ``out``; images are hard-linked
(copied across file systems) to ``out/images/<dataset>/<path in the benchmark>``. With
splits, a record whose other images (a one-shot reference) sit in another split is left
out and counted in ``skipped``, as ``publish`` does.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
from tqdm import tqdm

from iad_data.core.sample import GRID_WORDS
from iad_data.core.workspace import Workspace
from iad_data.errors import InputError, WorkspaceError
from iad_data.release.layout import record_configs
from iad_data.release.leakage import CROSS_SPLIT_REASON, records_across_splits
from iad_data.release.splits import read_splits

FORMATS: tuple[str, ...] = ("llava", "sharegpt", "messages", "trl-grpo", "mmad")
GRPO_MULTI_IMAGE = "trl-grpo rows hold one image; the record has several"
ROLE_FROM = {"user": "human", "assistant": "gpt", "system": "system"}


@dataclass
class ExportResult:
    format: str
    out: Path
    files: dict[str, int] = field(default_factory=dict)
    """file written -> rows"""
    images: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    """reason -> records not written"""

    def summary(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "out": str(self.out),
            "files": self.files,
            "images": self.images,
            "skipped": self.skipped,
        }


class _Images:
    """Places sample images (and masks) under ``out/images`` once each; relative paths."""

    def __init__(self, ws: Workspace, samples: pl.DataFrame, out: Path) -> None:
        self.ws, self.out = ws, out
        self.roots = ws.dataset_roots()
        rows = samples.select("sample_id", "dataset", "image_path", "mask_paths").iter_rows()
        self.info = {r[0]: (r[1], r[2], r[3]) for r in rows}
        self.placed: set[str] = set()

    def _place(self, dataset: str, rel: str) -> str:
        dest_rel = f"images/{dataset}/{rel}"
        if dest_rel not in self.placed:
            src = self.ws.image_file(dataset, rel, self.roots)
            dest = self._inside_out(dest_rel, dataset, rel)
            dest.parent.mkdir(parents=True, exist_ok=True)
            if not dest.parent.resolve().is_relative_to(self.out.resolve()):
                raise self._escape(dest_rel, dataset, rel)
            dest.unlink(missing_ok=True)
            try:
                os.link(src, dest)
            except OSError:
                shutil.copyfile(src, dest)
            self.placed.add(dest_rel)
        return dest_rel

    def _inside_out(self, dest_rel: str, dataset: str, rel: str) -> Path:
        """``out/dest_rel``, refused when the samples table's path would leave ``out``."""
        dest = Path(os.path.normpath(self.out.resolve() / dest_rel))
        if not dest.is_relative_to(self.out.resolve()) or ".." in Path(dest_rel).parts:
            raise self._escape(dest_rel, dataset, rel)
        return dest

    def _escape(self, dest_rel: str, dataset: str, rel: str) -> WorkspaceError:
        return WorkspaceError(
            f"{self.ws.samples_path} names image {rel!r} of dataset {dataset!r}, which would be "
            f"written to {dest_rel!r}, outside the export folder {self.out}; nothing was written "
            f"there. The table was edited or is damaged: run `iad-data ingest` again."
        )

    def image(self, sample_id: str) -> str:
        dataset, rel, _ = self._info(sample_id)
        return self._place(dataset, rel)

    def masks(self, sample_id: str) -> list[str]:
        dataset, _, masks = self._info(sample_id)
        return [self._place(dataset, m) for m in masks]

    def _info(self, sample_id: str) -> tuple[str, str, list[str]]:
        try:
            return self.info[sample_id]
        except KeyError:
            raise WorkspaceError(
                f"a record names sample {sample_id!r}, which is not in {self.ws.samples_path}."
            ) from None


def _messages(row: dict[str, Any]) -> list[dict[str, str]]:
    return [{"role": m["role"], "content": m["content"]} for m in row["messages"]]


def _llava(row: dict[str, Any], img: _Images) -> dict[str, Any]:
    paths = [img.image(s) for s in row["images"]]
    item: dict[str, Any] = {"id": row["record_id"]}
    if len(paths) == 1:
        item["image"] = paths[0]
    else:
        item["src"] = paths
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


def _grpo(row: dict[str, Any], img: _Images) -> dict[str, Any] | None:
    if not row.get("solution"):
        return None
    users = [m["content"] for m in _messages(row) if m["role"] == "user"]
    return {
        "id": row["record_id"],
        "image": img.image(row["sample_id"]),
        "problem": users[0] if users else "",
        "solution": row["solution"],
    }


@dataclass(frozen=True)
class RecordWriter:
    row: Callable[[dict[str, Any], _Images], dict[str, Any] | None]
    jsonl: bool
    single_image: bool = False
    """the format holds one image per row: records with other images are skipped"""


WRITERS: dict[str, RecordWriter] = {
    "llava": RecordWriter(_llava, jsonl=False),
    "sharegpt": RecordWriter(_sharegpt, jsonl=False),
    "messages": RecordWriter(_swift, jsonl=True),
    "trl-grpo": RecordWriter(_grpo, jsonl=True, single_image=True),
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


def _options(correct: str, others: list[str], key: str, n: int = 4) -> tuple[dict[str, str], str]:
    """Up to ``n`` options with ``correct``, order fixed by hashing ``key``; (options, letter)."""
    pool = [correct] + sorted({o for o in others if o != correct})[: n - 1]
    pool.sort(key=lambda o: hashlib.sha256(f"{key}\x00{o}".encode()).hexdigest())
    letters = "ABCDEFGH"
    options = {letters[i]: text for i, text in enumerate(pool)}
    return options, letters[pool.index(correct)]


def _mmad(
    ws: Workspace,
    samples: pl.DataFrame,
    img: _Images,
    splits: dict[str, str] | None,
    out: Path,
    progress: bool = True,
) -> dict[str, int]:
    """MMAD-style questions per labelled test sample (every sample without splits)."""
    rows = samples.filter(pl.col("label") != "unlabeled")
    if splits is not None:
        rows = rows.filter(pl.col("sample_id").replace_strict(splits, default="") == "test")
    types: dict[tuple[str, str], list[str]] = {}
    templates: dict[tuple[str, str], list[str]] = {}
    for r in samples.iter_rows(named=True):
        key = (r["dataset"], r["category"])
        if r["label"] == "anomaly":
            types.setdefault(key, []).append(r["defect_type"].replace("_", " "))
        elif r["label"] == "normal" and (
            splits is None or splits.get(r["sample_id"]) in ("train", "validation")
        ):
            templates.setdefault(key, []).append(r["sample_id"])
    data: dict[str, Any] = {}
    bar = tqdm(
        rows.sort("sample_id").iter_rows(named=True),
        total=rows.height,
        desc="export mmad",
        unit="image",
        disable=not progress,
    )
    for r in bar:
        key = (r["dataset"], r["category"])
        path = img.image(r["sample_id"])
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
        masks = img.masks(r["sample_id"]) if anomalous else []
        refs = sorted(templates.get(key, []))[:3]
        data[path] = {
            "conversation": conv,
            "mask_path": masks[0] if masks else "",
            "similar_templates": [img.image(s) for s in refs],
            "random_templates": [],
        }
    name = "mmad.test.json" if splits is not None else "mmad.json"
    _write(out / name, data, jsonl=False)
    return {name: len(data)}


def export(
    workspace: str | Path | Workspace,
    out: str | Path,
    *,
    format: str,  # noqa: A002 - the option is called --format
    configs: list[str] | None = None,
    progress: bool = True,
) -> ExportResult:
    """Write the workspace's records (or, for ``mmad``, samples) in ``format`` under ``out``.

    ``progress``: a tqdm bar on stderr per config while images are placed.
    """
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    if format not in FORMATS:
        raise InputError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}.")
    out_path = Path(out)
    out_path.mkdir(parents=True, exist_ok=True)
    samples = ws.require_samples()
    img = _Images(ws, samples, out_path)
    splits = _splits_of(ws)
    result = ExportResult(format, out_path)
    if format == "mmad":
        result.files = _mmad(ws, samples, img, splits, out_path, progress)
        result.images = len(img.placed)
        return result
    writer = WRITERS[format]
    ext = "jsonl" if writer.jsonl else "json"
    wanted = configs or list(record_configs())
    found = [c for c in wanted if (ws.records_path(c)).exists()]
    if not found:
        raise WorkspaceError(
            f"no records to export in {ws.records_dir} (looked for "
            f"{', '.join(f'{c}.parquet' for c in wanted)}); run a synthesis stage first."
        )
    for config in found:
        frame = pl.read_parquet(ws.records_path(config)).sort("record_id")
        if splits is not None:
            frame, gone = records_across_splits(frame, splits)
            if gone:
                result.skipped[CROSS_SPLIT_REASON] = result.skipped.get(
                    CROSS_SPLIT_REASON, 0
                ) + len(gone)
        groups: dict[str, list[dict[str, Any]]] = {}
        bar = tqdm(
            frame.iter_rows(named=True),
            total=frame.height,
            desc=f"export {config}",
            unit="record",
            disable=not progress,
        )
        for row in bar:
            if writer.single_image and list(row.get("images") or []) != [row["sample_id"]]:
                result.skipped[GRPO_MULTI_IMAGE] = result.skipped.get(GRPO_MULTI_IMAGE, 0) + 1
                continue
            split = splits.get(row["sample_id"], "unsplit") if splits is not None else ""
            item = writer.row(row, img)
            if item is not None:
                groups.setdefault(split, []).append(item)
        for split, items in sorted(groups.items()):
            name = f"{config}.{split}.{ext}" if split else f"{config}.{ext}"
            _write(out_path / name, items, writer.jsonl)
            result.files[name] = len(items)
    if format == "sharegpt":
        info = {
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
            for name in result.files
        }
        _write(out_path / "dataset_info.json", info, jsonl=False)
    result.images = len(img.placed)
    return result


__all__ = ["FORMATS", "GRPO_MULTI_IMAGE", "WRITERS", "ExportResult", "export"]
