"""Leakage: exact and near duplicates across splits are found; publishing refuses them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from publish_fixtures import make_tree, plant_near_duplicate

from iad_data.core.workspace import Workspace
from iad_data.errors import PublishError
from iad_data.ingestion.build import ingest
from iad_data.release.leakage import NEAR_THRESHOLD, find_leaks, hamming, perceptual_hash
from iad_data.release.publish import publish
from iad_data.release.splits import make_splits, read_splits


def test_hash_is_robust_to_reencoding_but_tells_parts_apart(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "tree")
    a = root / "bottle" / "train" / "good" / "000.png"
    b = root / "bottle" / "train" / "good" / "001.png"
    with Image.open(a) as img:
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=90)
    (tmp_path / "a.jpg").write_bytes(buf.getvalue())
    assert hamming(perceptual_hash(a), perceptual_hash(tmp_path / "a.jpg")) <= NEAR_THRESHOLD
    assert hamming(perceptual_hash(a), perceptual_hash(b)) > NEAR_THRESHOLD


def test_planted_duplicates_are_found_and_publish_refuses(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "mvtec")
    ws = Workspace(tmp_path / "ws")
    ingest("mvtec", root, ws.path, progress=False, workers=1)
    make_splits(ws, protocol="source", val_share=0.0)
    assert find_leaks(ws, read_splits(ws)).clean
    plant_near_duplicate(ws, root)
    ingest("mvtec", root, ws.path, progress=False, workers=1)
    result = make_splits(ws, protocol="source", val_share=0.0, check_leaks=True)
    assert result.leakage["exact"] == 1
    assert result.leakage["near"] == 1
    pairs = {(leak["a"], leak["b"]) for leak in result.leakage["leaks"]}
    assert len(pairs) == 2
    assert (ws.reports_dir / "leakage.json").exists()
    with pytest.raises(PublishError, match="--allow-leak"):
        publish(ws, to=tmp_path / "out", version="1.0.0")
    assert not (tmp_path / "out" / "README.md").exists()
    done = publish(ws, to=tmp_path / "out", version="1.0.0", allow_leak=True)
    assert done.committed
    card = (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
    assert "leaking split" in card and "--allow-leak" in card
