"""VisA (Amazon Visual Anomaly): the raw release read through its official ``split_csv/1cls.csv``.

The CSV is CRLF, its paths are relative to the VisA root, normal and anomalous files can
share a name (``Normal/000.JPG`` and ``Anomaly/000.JPG``), and raw masks are class-id maps
(values 1..9 that look black), so they are read as ``value > 0``. Per-image defect names
come from ``<category>/image_anno.csv`` when present; several names make ``combined``.
The CSV's ``object`` column must be a plain folder name (``..``, ``/etc`` or ``a/../b`` is a
``bad_category`` problem naming the row), and the rows of a category whose folder is missing
become one ``missing_category`` problem, never a silent drop. A root already reorganised
into the 1-class layout (``<cat>/train/good``,
``<cat>/test/bad``, ``ground_truth/bad/<stem>.png``) is read too.
"""

from __future__ import annotations

import csv
from pathlib import Path, PurePosixPath

from iad_data.core.sample import Label, SourceSplit
from iad_data.errors import SourceLayoutError
from iad_data.ingestion.sources.base import (
    Candidate,
    Problem,
    ScanResult,
    Source,
    bad_category,
    plain_name,
    safe_relative,
)
from iad_data.ingestion.sources.listing import listed_image
from iad_data.ingestion.sources.mvtec_style import FolderConvention, find_categories, scan_folders

SPLIT_CSV = "split_csv/1cls.csv"
CSV_COLUMNS = ("object", "split", "label", "image", "mask")
ONE_CLASS = FolderConvention(normal_dirs=("good",), mask_suffixes=("", "_mask"))
_SPLITS = {"train": SourceSplit.TRAIN, "test": SourceSplit.TEST}
_LABELS = {"normal": Label.NORMAL, "anomaly": Label.ANOMALY}

RELEASE_DEFECTS: dict[str, tuple[str, ...]] = {
    "candle": (
        "Chunk Of Wax Missing",
        "Damaged Corner of Packaging",
        "weird candle wick",
        "Different Colour Spot",
        "Extra Wax in Candle",
        "Foreign Particals on Candle",
        "Wax Melded out of the candle",
        "Other",
    ),
    "capsules": ("Bubble", "Discolor", "Scratch", "Leak", "Misshape"),
    "cashew": (
        "Burnt",
        "Corner or Edge Breakage",
        "Different Colour Spot",
        "Middle Breakage",
        "Small Holes",
        "Small Scratches",
        "Stuck Together",
        "Same Colour Spot",
        "Other",
    ),
    "chewinggum": (
        "Chunk of gum missing",
        "Corner Missing",
        "Scratches",
        "Similar Colour Spot",
        "Small Cracks",
        "Other",
    ),
    "fryum": (
        "Burnt",
        "Corner or Edge Breakage",
        "Different Colour Spot",
        "Fryum Stuck Together",
        "Middle Breakage",
        "Similar Colour Spot",
        "Small Scratches",
        "Other",
    ),
    "macaroni1": (
        "Chip Around Edge And Corner",
        "Different Colour Spot",
        "Middle Breakage",
        "Similar Colour Spot",
        "Small Cracks",
        "Small Scratches",
        "Other",
    ),
    "macaroni2": (
        "Breakage down the middle",
        "Color spot similar to the Object",
        "Different Color spot",
        "Small chip around edge",
        "Small Cracks",
        "Small Scratches",
        "Other",
    ),
    "pcb1": ("Bent", "Melt", "Scratch", "Missing"),
    "pcb2": ("Bent", "Melt", "Scratch", "Missing"),
    "pcb3": ("Bent", "Melt", "Scratch", "Missing"),
    "pcb4": ("Burnt", "Scratch", "Missing", "Damage", "Extra", "Wrong Place", "Dirt"),
    "pipe_fryum": (
        "Burnt",
        "Corner And Edge Breakage",
        "Different Colour Spot",
        "Middle Breakage",
        "Similar Colour Spot",
        "Small Scratches",
        "Stuck Together",
        "Small Cracks",
        "Other",
    ),
}
"""Per-image defect labels of the release, spelled as spot-diff's ``utils/id2class.py`` and
``image_anno.csv`` spell them (78 in all); the source normalises them to snake_case and names
an image with several labels ``combined``."""


def _read_annotations(path: Path) -> dict[str, str]:
    """image path -> defect description from ``image_anno.csv`` (``normal`` for normals)."""
    if not path.is_file():
        return {}
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        if (
            not reader.fieldnames
            or "image" not in reader.fieldnames
            or "label" not in reader.fieldnames
        ):
            return {}
        return {_posix(row.get("image") or ""): (row.get("label") or "").strip() for row in reader}


def _posix(text: str) -> str:
    """``candle\\Data/./Images/x.JPG`` -> ``candle/Data/Images/x.JPG``: one key per file."""
    return PurePosixPath(text.strip().replace("\\", "/")).as_posix()


def _defect_name(description: str) -> str:
    names = [part.strip() for part in description.split(",") if part.strip()]
    if len(names) > 1:
        return "combined"
    return names[0] if names else "anomaly"


class VisA(Source):
    name = "visa"
    cli_name = "visa"
    title = "VisA"
    license = "CC-BY-4.0"
    license_url = "https://creativecommons.org/licenses/by/4.0/"
    non_commercial = False
    citation = (
        "Zou et al., SPot-the-Difference Self-Supervised Pre-training for Anomaly Detection "
        "and Segmentation, ECCV 2022"
    )
    layout = """\
ROOT/split_csv/1cls.csv                      (object,split,label,image,mask; CRLF)
ROOT/<category>/Data/Images/Normal/0000.JPG
ROOT/<category>/Data/Images/Anomaly/000.JPG
ROOT/<category>/Data/Masks/Anomaly/000.png   (class ids 1..K, read as > 0)
ROOT/<category>/image_anno.csv               (image,label,mask: per-image defect names)
or the 1-class layout: ROOT/<category>/{train/good,test/good,test/bad,ground_truth/bad}"""
    categories = (
        "candle",
        "capsules",
        "cashew",
        "chewinggum",
        "fryum",
        "macaroni1",
        "macaroni2",
        "pcb1",
        "pcb2",
        "pcb3",
        "pcb4",
        "pipe_fryum",
    )

    def scan(self, root: Path, categories: set[str] | None) -> ScanResult:
        self.check_root(root)
        csv_path = root / SPLIT_CSV
        if not csv_path.is_file():
            present = find_categories(root, ONE_CLASS)
            if present:
                chosen = self.select_categories(root, present, categories)
                return scan_folders(root, chosen, ONE_CLASS)
            self.select_categories(root, [], None)  # raises with the expected layout
        return self._scan_csv(root, csv_path, categories)

    def _scan_csv(self, root: Path, csv_path: Path, categories: set[str] | None) -> ScanResult:
        result = ScanResult()
        with csv_path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.reader(fh)
            header = [h.strip() for h in next(reader, [])]
            if tuple(header[: len(CSV_COLUMNS)]) != CSV_COLUMNS:
                raise SourceLayoutError(
                    f"VisA: {csv_path} has header {','.join(header)!r}; the release's header is "
                    f"{','.join(CSV_COLUMNS)!r}. Use the split_csv/1cls.csv shipped with VisA."
                )
            rows = [(n, row) for n, row in enumerate(reader, start=2)]
        named = {row[0].strip() for _, row in rows if row and row[0].strip()}
        plain = {name for name in named if plain_name(name)}
        present = sorted(name for name in plain if (root / name).is_dir())
        chosen = set(self.select_categories(root, present, categories))
        result.categories_found = sorted(chosen)
        annotations = {c: _read_annotations(root / c / "image_anno.csv") for c in chosen}
        seen: dict[str, int] = {}
        absent: dict[str, list[int]] = {}  # category without a folder -> rows naming it
        for line_no, row in rows:
            where = f"{SPLIT_CSV} row {line_no}"
            if not row or not any(cell.strip() for cell in row):
                continue
            obj = row[0].strip()
            if obj not in plain:
                result.problems.append(
                    bad_category(
                        where,
                        obj,
                        "Fix the 'object' column of the row (a VisA category such as candle), "
                        "or drop the row.",
                    )
                )
                continue
            if obj not in present:
                if not categories:  # a subset was asked for: other rows are not wanted
                    absent.setdefault(obj, []).append(line_no)
                continue
            if len(row) < len(CSV_COLUMNS):
                result.problems.append(
                    Problem(
                        where,
                        "bad_row",
                        f"has {len(row)} fields, expected 5 ({','.join(CSV_COLUMNS)}). "
                        "Fix or drop the row.",
                    )
                )
                continue
            obj, split, label, image, mask = (cell.strip() for cell in row[:5])
            if obj not in chosen:
                continue
            if split not in _SPLITS or label not in _LABELS:
                result.problems.append(
                    Problem(
                        where,
                        "bad_row",
                        f"split {split!r} / label {label!r}: expected train|test and "
                        "normal|anomaly. Fix or drop the row.",
                    )
                )
                continue
            image_file = listed_image(root, image, root, where, "the VisA root")
            if isinstance(image_file, Problem):
                result.problems.append(image_file)
                continue
            image_rel = image_file.relative_to(root).as_posix()
            if image_rel in seen:
                result.problems.append(
                    Problem(
                        where,
                        "duplicate_row",
                        f"names {image} again (first at row {seen[image_rel]}); only the first "
                        "row is used. Drop the repeated row.",
                    )
                )
                continue
            seen[image_rel] = line_no
            masks: tuple[str, ...] = ()
            lab = _LABELS[label]
            if lab is Label.ANOMALY:
                mask_file = safe_relative(root, mask) if mask else None
                if mask and mask_file is None:
                    result.problems.append(
                        Problem(
                            where,
                            "path_escapes_root",
                            f"names mask {mask!r}, which leaves the VisA root; paths must "
                            f"be relative to it. Fix the path or drop the row.",
                        )
                    )
                    continue
                if mask_file is None or not mask_file.is_file():
                    shown = mask or "no mask"
                    result.problems.append(
                        Problem(
                            image,
                            "missing_mask",
                            f"anomalous image without a mask ({where} names {shown}); restore "
                            f"{obj}/Data/Masks/Anomaly/{image_file.stem}.png from the release.",
                        )
                    )
                    continue
                masks = (mask_file.relative_to(root).as_posix(),)
            description = annotations[obj].get(image_rel, "")
            raw = "normal" if lab is Label.NORMAL else (description or "anomaly")
            result.candidates.append(
                Candidate(
                    category=obj,
                    source_split=_SPLITS[split],
                    label=lab,
                    defect_type_raw="good" if lab is Label.NORMAL else _defect_name(raw),
                    image_path=image_rel,
                    mask_paths=masks,
                    extra=(("defect_description", raw),) if lab is Label.ANOMALY else (),
                )
            )
        for obj, lines in sorted(absent.items()):
            more = f" and {len(lines) - 1} more row(s)" if len(lines) > 1 else ""
            result.problems.append(
                Problem(
                    f"{SPLIT_CSV} row {lines[0]}",
                    "missing_category",
                    f"names category {obj!r}{more}, but {root / obj} does not exist, so their "
                    f"images were not read. Extract {obj} from the release into the root, or "
                    f"pass --categories to ingest only the categories you have.",
                )
            )
        return result
