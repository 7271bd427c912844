"""Real-IAD: per-category JSON annotation files, five camera views per physical sample.

``realiad_jsons/<category>.json`` (or the nested ``realiad_jsons/realiad_jsons/`` that
anomalib expects: both are searched) lists ``train`` and ``test`` rows with exactly the
keys the official loader asserts: ``category``, ``anomaly_class``, ``image_path``,
``mask_path`` (a row without ``mask_path`` is read as having none). Paths resolve as
``realiad_<res>/<meta.prefix>/<image_path>``; mask paths are taken from the JSON, never
built.

Labels follow the official loader: a row is normal when ``anomaly_class`` is
``meta.normal_class`` (``OK``) or it has no mask (a view of a defective part in which the
defect is not visible: ``extra.view_without_mask``). Rows with a mask are labelled by the
mask's content. The camera view (``C1``..``C5``) and the physical sample go to ``extra``,
and all views of one physical sample share a ``group_id`` so splits never separate them.
Defect codes become names (``BX`` -> ``deformation``); the code stays in
``extra.anomaly_class``.

Layout options (``--layout`` YAML): ``resolution`` (``1024``, ``512``, ``256`` or ``raw``;
default: the first of those present) and ``jsons`` (``realiad_jsons``, the default;
``realiad_jsons_sv`` for single view; ``realiad_jsons_fuiad_0.1`` ...).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from iad_data.core.sample import Label, SourceSplit
from iad_data.errors import SourceLayoutError
from iad_data.ingestion.sources.base import (
    Candidate,
    Problem,
    ScanResult,
    Source,
    bad_category,
    plain_name,
    rel,
    safe_relative,
)
from iad_data.ingestion.sources.listing import listed_image

RESOLUTIONS = ("1024", "512", "256", "raw")
DEFAULT_JSONS = "realiad_jsons"
ROW_KEYS = frozenset({"category", "anomaly_class", "image_path", "mask_path"})
"""the keys of a released row (the official loader asserts exactly these)"""
REQUIRED_KEYS = frozenset({"anomaly_class", "image_path"})
"""what a row must hold to be read; a missing ``mask_path`` counts as null"""
SPLITS = {"train": SourceSplit.TRAIN, "test": SourceSplit.TEST}
DEFECT_CODES = {
    "AK": "pit",
    "BX": "deformation",
    "CH": "abrasion",
    "HS": "scratch",
    "PS": "damage",
    "QS": "missing_parts",
    "YW": "foreign_objects",
    "ZW": "contamination",
}
"""Real-IAD's defect codes (moviad ``realiad_dataset_configurations.py``)."""
VIEW = re.compile(r"^(?P<sample>.+)_(?P<view>C\d+)_[^_]*$")
"""``audiojack_0001_OK_C1_20230922093530`` -> sample ``audiojack_0001_OK``, view ``C1``."""


def view_of(stem: str) -> tuple[str, str] | None:
    """(physical sample key, camera view) from a file stem, as the official README groups."""
    m = VIEW.match(stem)
    return (m["sample"], m["view"]) if m else None


class RealIAD(Source):
    name = "real_iad"
    cli_name = "real-iad"
    title = "Real-IAD"
    license = "CC-BY-NC-SA-4.0"
    license_url = "https://creativecommons.org/licenses/by-nc-sa/4.0/"
    citation = (
        "Wang et al., Real-IAD: A Real-World Multi-View Dataset for Benchmarking Versatile "
        "Industrial Anomaly Detection, CVPR 2024"
    )
    layout = """\
ROOT/realiad_jsons/<category>.json   or   ROOT/realiad_jsons/realiad_jsons/<category>.json
    {"meta": {"prefix": "<category>", "normal_class": "OK", ...},
     "train": [{"category", "anomaly_class", "image_path", "mask_path"}, ...], "test": [...]}
ROOT/realiad_1024/<category>/OK/S0001/<category>_0001_OK_C1_<timestamp>.jpg   (C1..C5)
ROOT/realiad_1024/<category>/NG/<CODE>/S0001/<category>__0001_NG_<CODE>_C1_<ts>.jpg + .png mask
Options (--layout YAML): resolution: 1024|512|256|raw; jsons: realiad_jsons_sv ..."""
    categories = (
        "audiojack",
        "bottle_cap",
        "button_battery",
        "end_cap",
        "eraser",
        "fire_hood",
        "mint",
        "mounts",
        "pcb",
        "phone_battery",
        "plastic_nut",
        "plastic_plug",
        "porcelain_doll",
        "regulator",
        "rolled_strip_base",
        "sim_card_set",
        "switch",
        "tape",
        "terminalblock",
        "toothbrush",
        "toy",
        "toy_brick",
        "transistor1",
        "u_block",
        "usb",
        "usb_adaptor",
        "vcpill",
        "wooden_beads",
        "woodstick",
        "zipper",
    )

    def __init__(self, resolution: str | None = None, jsons: str = DEFAULT_JSONS) -> None:
        self.resolution = resolution
        self.jsons = jsons

    def configure(self, options: Mapping[str, Any]) -> RealIAD:
        unknown = sorted(set(options) - {"resolution", "jsons"})
        if unknown:
            raise SourceLayoutError(
                f"Real-IAD: unknown layout option(s) {', '.join(unknown)}; it takes "
                f"'resolution' (1024, 512, 256, raw) and 'jsons' (e.g. realiad_jsons_sv)."
            )
        res = options.get("resolution")
        resolution = str(res).removeprefix("realiad_") if res is not None else None
        if resolution is not None and resolution not in RESOLUTIONS:
            raise SourceLayoutError(
                f"Real-IAD: resolution {res!r} is not one of {', '.join(RESOLUTIONS)}."
            )
        jsons = str(options.get("jsons") or DEFAULT_JSONS)
        if not re.fullmatch(r"[A-Za-z0-9_.\-]+", jsons) or jsons in (".", ".."):
            raise SourceLayoutError(
                f"Real-IAD: jsons {jsons!r} must be a folder name such as realiad_jsons_sv."
            )
        return RealIAD(resolution, jsons)

    def json_dir(self, root: Path) -> Path:
        """Where the JSON files are: ``ROOT/<set>`` or the nested ``ROOT/realiad_jsons/<set>``."""
        tried = [root / self.jsons, root / DEFAULT_JSONS / self.jsons]
        for folder in tried:
            if folder.is_dir() and any(folder.glob("*.json")):
                return folder
        raise SourceLayoutError(
            f"Real-IAD: no <category>.json files in {' or '.join(str(t) for t in tried)}. "
            f"Extract realiad_jsons.zip under ROOT.\nExpected layout:\n{self.layout}"
        )

    def image_dir(self, root: Path) -> Path:
        if self.resolution is not None:
            folder = root / f"realiad_{self.resolution}"
            if not folder.is_dir():
                raise SourceLayoutError(
                    f"Real-IAD: {folder} does not exist; extract the realiad_{self.resolution} "
                    f"archives there or choose another resolution."
                )
            return folder
        for res in RESOLUTIONS:
            if (root / f"realiad_{res}").is_dir():
                return root / f"realiad_{res}"
        return root

    def scan(self, root: Path, categories: set[str] | None) -> ScanResult:
        self.check_root(root)
        json_dir = self.json_dir(root)
        stems = sorted(p.stem for p in json_dir.glob("*.json") if not p.name.startswith("."))
        present = [stem for stem in stems if plain_name(stem)]
        chosen = self.select_categories(root, present, categories)
        result = ScanResult(categories_found=list(chosen))
        for stem in stems:
            if stem not in present:
                result.problems.append(
                    bad_category(
                        rel(json_dir / f"{stem}.json", root),
                        stem,
                        "Rename the file to <category>.json, as the release names it.",
                    )
                )
        images = self.image_dir(root)
        for category in chosen:
            scan_json(root, images, json_dir / f"{category}.json", category, result)
        return result


def _load(path: Path, root: Path, result: ScanResult) -> dict[str, Any] | None:
    where = rel(path, root)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        result.problems.append(
            Problem(
                where,
                "bad_json",
                f"cannot be read as JSON ({exc}); restore it from the release (realiad_jsons.zip).",
            )
        )
        return None
    if not isinstance(data, dict) or not any(k in data for k in SPLITS):
        result.problems.append(
            Problem(
                where,
                "bad_json",
                "expected an object with 'meta', 'train' and 'test'; "
                "restore it from the release (realiad_jsons.zip).",
            )
        )
        return None
    return data


def scan_json(root: Path, images: Path, path: Path, category: str, result: ScanResult) -> None:
    data = _load(path, root, result)
    if data is None:
        return
    where_file = rel(path, root)
    raw_meta = data.get("meta")
    meta: dict[str, Any] = raw_meta if isinstance(raw_meta, dict) else {}
    prefix = str(meta.get("prefix") or category)
    normal_class = str(meta.get("normal_class") or "OK")
    base = safe_relative(images, prefix)
    if base is None:
        result.problems.append(
            Problem(where_file, "path_escapes_root", f"meta.prefix {prefix!r} leaves ROOT.")
        )
        return
    if not base.is_dir():
        rows = sum(len(r) for r in (data.get(s) for s in SPLITS) if isinstance(r, list))
        result.problems.append(
            Problem(
                where_file,
                "missing_category",
                f"lists {rows} image(s) under {rel(base, root)}/ (meta.prefix {prefix!r}), "
                f"which does not exist, so none was read. Extract the category's archive "
                f"from the release there, or pass --categories to ingest only the others.",
            )
        )
        return
    seen: set[str] = set()
    for split, source_split in SPLITS.items():
        rows = data.get(split, [])
        if not isinstance(rows, list):
            result.problems.append(
                Problem(
                    where_file,
                    "bad_json",
                    f"'{split}' is not a list of rows; restore the file from the release "
                    f"(realiad_jsons.zip).",
                )
            )
            continue
        for index, row in enumerate(rows):
            where = f"{where_file} {split}[{index}]"
            cand = _candidate(root, base, row, where, category, source_split, normal_class, result)
            if cand is None:
                continue
            if cand.image_path in seen:
                result.problems.append(
                    Problem(
                        where,
                        "duplicate_row",
                        f"lists {cand.image_path} a second time; the first row was kept. Drop the "
                        f"repeated row.",
                    )
                )
                continue
            seen.add(cand.image_path)
            result.candidates.append(cand)


def _candidate(
    root: Path,
    base: Path,
    row: Any,
    where: str,
    category: str,
    split: SourceSplit,
    normal_class: str,
    result: ScanResult,
) -> Candidate | None:
    if not isinstance(row, dict) or REQUIRED_KEYS - set(row):
        keys = ", ".join(sorted(row)) if isinstance(row, dict) else type(row).__name__
        result.problems.append(
            Problem(
                where,
                "bad_row",
                f"has {keys or 'no keys'}; a released row holds "
                f"{', '.join(sorted(ROW_KEYS))}. Fix or drop the row.",
            )
        )
        return None
    image_text, mask_text = row["image_path"], row.get("mask_path")
    if not isinstance(image_text, str) or not (mask_text is None or isinstance(mask_text, str)):
        result.problems.append(
            Problem(
                where,
                "bad_row",
                "image_path must be a string and mask_path a string or null. Fix or drop the row.",
            )
        )
        return None
    image = listed_image(base, image_text, root, where, "the category folder")
    if isinstance(image, Problem):
        result.problems.append(image)
        return None
    code = str(row["anomaly_class"])
    normal = code == normal_class
    mask = safe_relative(base, mask_text) if mask_text else None
    if mask_text and (mask is None or not mask.is_file()):
        if not normal:
            result.problems.append(
                Problem(
                    rel(image, root),
                    "missing_mask",
                    f"{where} names mask {mask_text}, "
                    "which does not exist under ROOT. Restore it from the release.",
                )
            )
            return None
        mask = None
    extra: list[tuple[str, Any]] = [("anomaly_class", code)]
    parsed = view_of(image.stem)
    parent = PurePosixPath(image_text.replace("\\", "/")).parent.as_posix()
    group = None
    if parsed is not None:
        sample, view = parsed
        physical = f"{parent}/{sample}" if parent != "." else sample
        group = f"{rel(base, root)}/{physical}"
        extra += [("camera_view", view), ("physical_sample", physical)]
    label: Label | None = Label.NORMAL
    if not normal:
        if mask is None:
            extra.append(("view_without_mask", True))
        else:
            label = None  # the mask decides: an empty mask is a view where the defect is hidden
    return Candidate(
        category=category,
        source_split=split,
        label=label,
        defect_type_raw="good" if normal else DEFECT_CODES.get(code, code),
        image_path=rel(image, root),
        mask_paths=(rel(mask, root),) if mask is not None else (),
        group_key=group,
        extra=tuple(extra),
    )
