"""DAGM 2007's layout: ``ClassN/{Train,Test}/0001.PNG`` (uppercase), masks in ``Label/``.

Only defective images have a mask (``Label/<stem>_label.PNG``, a coarse ellipse around the
defect, 0/255), and **Train holds defective images too**. ``Label/Labels.txt`` lists every
image; its real column layout is undocumented, so this writes one plausible form:
``<n> <defective 0|1> <image> <defective 0|1> <mask or 0>``, tab separated.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from iad_data.ingestion.generators.core import (
    Drawn,
    SyntheticTree,
    draw_sample,
    save_image,
    save_mask,
)
from iad_data.ingestion.generators.draw import make_part
from iad_data.ingestion.generators.manifest import record


def _ellipse(drawn: Drawn, width: int, height: int) -> np.ndarray:
    """The weak label: a filled ellipse around each drawn defect, a few pixels larger."""
    img = Image.new("L", (width, height), 0)
    pen = ImageDraw.Draw(img)
    for x1, y1, x2, y2 in drawn.boxes:
        pen.ellipse(
            (max(0, x1 - 2), max(0, y1 - 2), min(width - 1, x2 + 2), min(height - 1, y2 + 2)),
            fill=255,
        )
    return np.asarray(img) > 0


def write_dagm(
    root: Path,
    *,
    classes: list[int] | None = None,
    n_train: int = 6,
    n_test: int = 6,
    defective_train: int = 2,
    defective_test: int = 2,
    size: int = 64,
    seed: int = 0,
) -> SyntheticTree:
    tree = SyntheticTree(root, "dagm")
    for number in classes or [1, 2]:
        category = f"Class{number}"
        rng = np.random.default_rng([seed, 9200 + number])
        part = make_part(rng, "texture", gray=True)
        for split, count, defective in (
            ("Train", n_train, defective_train),
            ("Test", n_test, defective_test),
        ):
            bad = {1 + (k * count) // max(defective, 1) for k in range(defective)}
            lines = ["1"]
            for i in range(1, count + 1):
                stem = f"{i:04d}"
                is_bad = i in bad
                drawn = draw_sample(rng, part, size, size, "stain" if is_bad else None)
                image_rel = f"{category}/{split}/{stem}.PNG"
                save_image(drawn.image, root / image_rel)
                masks = []
                if is_bad:
                    mask = _ellipse(drawn, size, size)
                    mask_rel = f"{category}/{split}/Label/{stem}_label.PNG"
                    save_mask(mask, root / mask_rel)
                    masks = [mask_rel]
                    ys, xs = np.nonzero(mask)
                    drawn = Drawn(
                        drawn.image,
                        mask,
                        [(int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max()))],
                        drawn.location,
                        drawn.box_cells,
                    )
                flag = int(is_bad)
                lines.append(
                    f"{i}\t{flag}\t{stem}.PNG\t{flag}\t{f'{stem}_label.PNG' if is_bad else 0}"
                )
                label = "anomaly" if is_bad else "normal"
                record(
                    tree,
                    image_rel,
                    category,
                    split.lower(),
                    label,
                    "defect" if is_bad else "good",
                    drawn,
                    masks,
                )
            label_dir = root / category / split / "Label"
            label_dir.mkdir(parents=True, exist_ok=True)
            (label_dir / "Labels.txt").write_text("\n".join(lines) + "\n")
    return tree
