"""Mask -> regions: components, inclusive boxes, centroids and the 3x3 location words."""

from __future__ import annotations

import numpy as np
import pytest

from iad_data.core.regions import dominant_cell, grid_word, regions_from_mask
from iad_data.core.sample import GRID_WORDS


def _mask(height: int, width: int, *boxes: tuple[int, int, int, int]) -> np.ndarray:
    mask = np.zeros((height, width), dtype=bool)
    for x1, y1, x2, y2 in boxes:
        mask[y1 : y2 + 1, x1 : x2 + 1] = True
    return mask


def test_empty_mask_has_no_regions_and_no_location() -> None:
    mask = np.zeros((32, 48), dtype=bool)
    assert regions_from_mask(mask) == []
    assert dominant_cell(mask) is None


def test_one_rectangle_box_area_centroid() -> None:
    mask = _mask(90, 120, (10, 20, 29, 29))  # 20 x 10 px
    (region,) = regions_from_mask(mask)
    assert region.bbox == (10, 20, 29, 29)
    assert region.bbox_norm == pytest.approx((10 / 120, 20 / 90, 30 / 120, 30 / 90), abs=1e-6)
    assert region.area_px == 200
    assert region.area_fraction == pytest.approx(200 / (90 * 120))
    assert region.centroid == (19.5, 24.5)
    assert region.location == "top left"


def test_components_are_eight_connected_and_ordered_top_then_left() -> None:
    mask = _mask(60, 60, (40, 40, 45, 45), (5, 41, 8, 44), (50, 2, 55, 6))
    mask[10, 10] = mask[11, 11] = True  # diagonal neighbours: one component
    regions = regions_from_mask(mask)
    assert [r.bbox for r in regions] == [
        (50, 2, 55, 6),
        (10, 10, 11, 11),
        (40, 40, 45, 45),
        (5, 41, 8, 44),
    ]
    assert [r.location for r in regions] == ["top right", "top left", "bottom right", "bottom left"]
    assert regions[1].area_px == 2


def test_component_away_from_origin_keeps_absolute_coordinates() -> None:
    # regions_from_mask labels only the mask's bounding box: offsets must be added back
    mask = _mask(100, 200, (150, 70, 159, 79))
    (region,) = regions_from_mask(mask)
    assert region.bbox == (150, 70, 159, 79)
    assert region.centroid == (154.5, 74.5)
    assert region.location == "bottom right"


def test_centroid_of_an_l_shape_is_the_pixel_mean() -> None:
    mask = _mask(30, 30, (0, 0, 9, 0), (0, 1, 0, 9))
    (region,) = regions_from_mask(mask)
    ys, xs = np.nonzero(mask)
    assert region.centroid == (round(float(xs.mean()), 3), round(float(ys.mean()), 3))
    assert region.area_px == 19


@pytest.mark.parametrize(
    ("x", "y", "word"),
    [
        (0, 0, "top left"),
        (49.9, 0, "top left"),
        (50, 0, "top"),
        (149, 0, "top right"),
        (0, 50, "left"),
        (75, 50, "center"),
        (149, 99, "bottom right"),
        (75, 99, "bottom"),
    ],
)
def test_grid_word_thirds(x: float, y: float, word: str) -> None:
    assert grid_word(x, y, 150, 100) == word


@pytest.mark.parametrize("cell", range(9))
def test_dominant_cell_is_the_cell_with_most_area(cell: int) -> None:
    height, width = 91, 121  # not multiples of 3: band edges must agree with grid_word
    row, col = divmod(cell, 3)
    y0, x0 = row * height // 3 + 2, col * width // 3 + 2
    mask = _mask(height, width, (x0, y0, x0 + 10, y0 + 10))
    mask[0, width - 1] = True  # a stray pixel elsewhere does not win
    if cell == 2:
        mask[0, width - 1] = False
        mask[height - 1, 0] = True
    assert dominant_cell(mask) == GRID_WORDS[cell]


def test_dominant_cell_band_edges_match_grid_word() -> None:
    for size in (7, 64, 100, 101):
        for i in range(size):
            mask = np.zeros((size, size), dtype=bool)
            mask[i, i] = True
            assert dominant_cell(mask) == grid_word(i, i, size, size), (size, i)


def test_region_spanning_cells_takes_its_centroid_cell() -> None:
    mask = _mask(90, 90, (20, 35, 69, 54))  # crosses left, center, right; centroid center
    (region,) = regions_from_mask(mask)
    assert region.location == "center"
    assert dominant_cell(mask) == "center"
