"""MVTec AD's layout (also MPDD's): ``<cat>/{train,test}/<class>/000.png`` and ``_mask`` masks."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from iad_data.ingestion.generators.core import SyntheticTree, draw_sample
from iad_data.ingestion.generators.draw import make_part
from iad_data.ingestion.generators.manifest import write_drawn

MVTEC_DEFECTS: dict[str, tuple[str, ...]] = {
    "bottle": ("broken_large", "broken_small", "contamination"),
    "cable": (
        "bent_wire",
        "cable_swap",
        "combined",
        "cut_inner_insulation",
        "cut_outer_insulation",
        "missing_cable",
        "missing_wire",
        "poke_insulation",
    ),
    "capsule": ("crack", "faulty_imprint", "poke", "scratch", "squeeze"),
    "carpet": ("color", "cut", "hole", "metal_contamination", "thread"),
    "grid": ("bent", "broken", "glue", "metal_contamination", "thread"),
    "hazelnut": ("crack", "cut", "hole", "print"),
    "leather": ("color", "cut", "fold", "glue", "poke"),
    "metal_nut": ("bent", "color", "flip", "scratch"),
    "pill": (
        "color",
        "combined",
        "contamination",
        "crack",
        "faulty_imprint",
        "pill_type",
        "scratch",
    ),
    "screw": ("manipulated_front", "scratch_head", "scratch_neck", "thread_side", "thread_top"),
    "tile": ("crack", "glue_strip", "gray_stroke", "oil", "rough"),
    "toothbrush": ("defective",),
    "transistor": ("bent_lead", "cut_lead", "damaged_case", "misplaced"),
    "wood": ("color", "combined", "hole", "liquid", "scratch"),
    "zipper": (
        "broken_teeth",
        "combined",
        "fabric_border",
        "fabric_interior",
        "rough",
        "split_teeth",
        "squeezed_teeth",
    ),
}
MVTEC_GRAY = frozenset({"grid", "screw", "zipper"})
MVTEC_TEXTURES = frozenset({"carpet", "grid", "leather", "tile", "wood"})

MPDD_DEFECTS: dict[str, tuple[str, ...]] = {
    "bracket_black": ("hole", "scratches"),
    "bracket_brown": ("bend_and_parts_mismatch", "parts_mismatch"),
    "bracket_white": ("defective_painting", "scratches"),
    "connector": ("parts_mismatch",),
    "metal_plate": ("major_rust", "scratches", "total_rust"),
    "tubes": ("anomalous",),  # the archive says test/anomalous (file listings), not "flattening"
}


def write_mvtec_style(
    root: Path,
    layout: str,
    defects: dict[str, tuple[str, ...]],
    *,
    gray: frozenset[str] = frozenset(),
    textures: frozenset[str] = frozenset(),
    n_train: int,
    n_test_good: int,
    n_test_per_defect: int,
    size: int,
    seed: int,
) -> SyntheticTree:
    tree = SyntheticTree(root, layout)
    for cat_index, (category, names) in enumerate(sorted(defects.items())):
        rng = np.random.default_rng([seed, cat_index])
        part = make_part(rng, "texture" if category in textures else "object", category in gray)
        plan: list[tuple[str, str | None, int]] = [
            ("train", None, n_train),
            ("test", None, n_test_good),
        ]
        plan += [("test", name, n_test_per_defect) for name in names]
        for split, defect, count in plan:
            folder = defect or "good"
            for i in range(count):
                drawn = draw_sample(rng, part, size, size, defect)
                write_drawn(
                    tree,
                    drawn,
                    f"{category}/{split}/{folder}/{i:03d}.png",
                    f"{category}/ground_truth/{folder}/{i:03d}_mask.png",
                    category,
                    split,
                    "anomaly" if defect else "normal",
                    folder,
                )
    return tree


def pick(
    all_defects: dict[str, tuple[str, ...]], categories: list[str] | None, max_defects: int | None
) -> dict[str, tuple[str, ...]]:
    chosen = {c: all_defects[c] for c in (categories or list(all_defects))}
    if max_defects is not None:
        chosen = {c: d[:max_defects] for c, d in chosen.items()}
    return chosen


def write_mvtec(
    root: Path,
    *,
    categories: list[str] | None = None,
    max_defects: int | None = None,
    n_train: int = 4,
    n_test_good: int = 2,
    n_test_per_defect: int = 2,
    size: int = 96,
    seed: int = 0,
) -> SyntheticTree:
    (root).mkdir(parents=True, exist_ok=True)
    (root / "license.txt").write_text("Synthetic stand-in for MVTec AD (CC BY-NC-SA 4.0).\n")
    return write_mvtec_style(
        root,
        "mvtec",
        pick(MVTEC_DEFECTS, categories, max_defects),
        gray=MVTEC_GRAY,
        textures=MVTEC_TEXTURES,
        n_train=n_train,
        n_test_good=n_test_good,
        n_test_per_defect=n_test_per_defect,
        size=size,
        seed=seed,
    )


def write_mpdd(
    root: Path,
    *,
    categories: list[str] | None = None,
    max_defects: int | None = None,
    n_train: int = 4,
    n_test_good: int = 2,
    n_test_per_defect: int = 2,
    size: int = 96,
    seed: int = 0,
) -> SyntheticTree:
    return write_mvtec_style(
        root,
        "mpdd",
        pick(MPDD_DEFECTS, categories, max_defects),
        n_train=n_train,
        n_test_good=n_test_good,
        n_test_per_defect=n_test_per_defect,
        size=size,
        seed=seed,
    )
