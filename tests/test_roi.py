"""Expert regions of interest: boxes from mask regions and from heat maps (npy and png)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from iad_data.core.sample import Label, Sample
from iad_data.core.table import from_frame
from iad_data.core.workspace import Workspace
from iad_data.errors import InputError
from iad_data.ingestion.build import ingest
from iad_data.ingestion.generators import SyntheticTree
from iad_data.tasks.instruct_iad.roi import (
    boxes_from_map,
    check_maps_dir,
    expert_rois,
    find_expert_map,
    read_heat_map,
    rois_from_regions,
)


@pytest.fixture
def samples(tmp_path: Path, mvtec_tree: SyntheticTree) -> list[Sample]:
    ws = tmp_path / "ws"
    ingest("mvtec", mvtec_tree.root, ws, categories=["bottle"], progress=False, workers=1)
    return from_frame(Sample, Workspace(ws).read_samples())


def test_ground_truth_boxes_are_the_mask_regions(samples: list[Sample]) -> None:
    anomalous = [s for s in samples if s.label == Label.ANOMALY]
    assert anomalous
    for sample in samples:
        boxes = rois_from_regions(sample)
        assert [b.bbox for b in boxes] == [r.bbox for r in sample.regions]
        assert all(b.source == "ground_truth" and b.map_file is None for b in boxes)
        assert [b.bbox_norm for b in boxes] == [r.bbox_norm for r in sample.regions]


def _blobs(height: int = 64, width: int = 64) -> np.ndarray:
    heat = np.full((height, width), 0.1)
    heat[10:20, 40:52] = 0.9  # strong blob, top right
    heat[45:55, 5:15] = 0.7  # weaker blob, bottom left
    heat[30, 30] = 0.95  # a single hot pixel: dropped as too small
    return heat


def test_boxes_from_map_threshold_components_and_scaling() -> None:
    boxes = boxes_from_map(_blobs(), 128, 128, threshold=0.5, min_area_fraction=0.001)
    # map is half the image size: boxes scale by 2; sorted by peak, the single pixel dropped
    assert [b.bbox for b in boxes] == [(80, 20, 103, 39), (10, 90, 29, 109)]
    assert [b.location for b in boxes] == ["top right", "bottom left"]
    assert [b.score for b in boxes] == pytest.approx([0.8 / 0.85, 0.6 / 0.85], abs=1e-6)
    assert all(b.source == "expert_map" and b.threshold == 0.5 for b in boxes)
    # a higher threshold keeps only the strong blob (normalised 0.7 -> 0.71, 0.9 -> 0.94)
    high = boxes_from_map(_blobs(), 64, 64, threshold=0.8, min_area_fraction=0.001)
    assert [b.bbox for b in high] == [(40, 10, 51, 19)]
    assert boxes_from_map(_blobs(), 64, 64, max_boxes=1)[0].bbox == (40, 10, 51, 19)
    assert boxes_from_map(np.zeros((8, 8)), 8, 8) == []
    with pytest.raises(InputError, match="threshold"):
        boxes_from_map(_blobs(), 64, 64, threshold=0.0)


def test_read_heat_map_npy_png_and_bad_files(tmp_path: Path) -> None:
    np.save(tmp_path / "a.npy", _blobs()[None, :, :].astype(np.float32))
    assert read_heat_map(tmp_path / "a.npy").shape == (64, 64)
    Image.fromarray((_blobs() * 255).astype(np.uint8)).save(tmp_path / "b.png")
    png = read_heat_map(tmp_path / "b.png")
    assert png.shape == (64, 64) and png.max() == pytest.approx(242.0)
    np.save(tmp_path / "c.npy", np.zeros((2, 3, 4)))
    with pytest.raises(InputError, match="expected one 2-D numeric heat map"):
        read_heat_map(tmp_path / "c.npy")
    (tmp_path / "d.npy").write_bytes(b"not numpy")
    with pytest.raises(InputError, match="cannot be read"):
        read_heat_map(tmp_path / "d.npy")
    bad = np.ones((4, 4))
    bad[0, 0] = np.nan
    np.save(tmp_path / "e.npy", bad)
    with pytest.raises(InputError, match="NaN"):
        read_heat_map(tmp_path / "e.npy")


def test_map_naming_rule(tmp_path: Path, samples: list[Sample]) -> None:
    first, second, third = samples[:3]
    maps = tmp_path / "maps"
    np.save(_mkdir(maps / f"{first.sample_id}.npy"), _blobs(first.height, first.width))
    stem = Path(second.image_path).with_suffix("")
    Image.fromarray((_blobs() * 255).astype(np.uint8)).save(_mkdir(maps / f"{stem}.png"))
    stem3 = Path(third.image_path).with_suffix("")
    np.save(_mkdir(maps / third.dataset / f"{stem3}.npy"), _blobs())
    assert find_expert_map(maps, first) == maps / f"{first.sample_id}.npy"
    assert find_expert_map(maps, second) == maps / f"{stem}.png"
    assert find_expert_map(maps, third) == maps / third.dataset / f"{stem3}.npy"
    assert all(find_expert_map(maps, s) is None for s in samples[3:])
    boxes = expert_rois(maps, second)
    assert boxes and boxes[0].map_file == f"{stem.as_posix()}.png"
    assert expert_rois(maps, samples[3]) is None
    check_maps_dir(maps, samples)  # some match: fine
    with pytest.raises(InputError, match="holds no map for any"):
        check_maps_dir(maps, samples[3:])
    with pytest.raises(InputError, match="is not a folder"):
        check_maps_dir(tmp_path / "nope", samples)


def _mkdir(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return path
