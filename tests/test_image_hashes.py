"""Issue 14, class 9: published bytes are the ingested bytes.

An image changed on disk after ingest (same name, same size, other pixels) is refused by
name, with its dataset and the fix (re-ingest), wherever its bytes leave the machine: a
publish (the shards of ``release/layout.py``) and the encoder that feeds a teacher; never
published or sent under its old ``image_sha256``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from PIL import Image
from publish_fixtures import make_workspace

from iad_data.core.workspace import Workspace
from iad_data.errors import InputError
from iad_data.pipeline.report import write_report
from iad_data.release.layout import ImageSource
from iad_data.release.publish import publish
from iad_data.teach.encoding import ImageEncoder
from iad_data.teach.requests import ImageRef


def _change_an_image(ws: Workspace, *, in_records: bool) -> tuple[Path, str]:
    """Repaint one ingested image in place (same size and format); returns (file, its
    ingested sha256). ``in_records``: an image a record shows (else the first sample)."""
    samples = ws.read_samples()
    if in_records:
        sample_id = pl.read_parquet(ws.records_path("expert_ad"))["sample_id"][0]
        samples = samples.filter(pl.col("sample_id") == sample_id)
    row = samples.sort("sample_id").row(0, named=True)
    path = ws.image_file(row["dataset"], row["image_path"])
    with Image.open(path) as img:
        size, mode = img.size, img.mode
    noise = np.random.default_rng(7).integers(0, 255, (size[1], size[0], 3), dtype=np.uint8)
    Image.fromarray(noise).convert(mode).save(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() != row["image_sha256"]
    return path, str(row["image_sha256"])


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return make_workspace(tmp_path)


def _assert_names_file_dataset_and_fix(err: pytest.ExceptionInfo[InputError], path: Path) -> None:
    message = str(err.value)
    assert str(path) in message and "dataset mvtec_ad" in message
    assert "changed on disk after it was ingested" in message
    assert "iad-data ingest mvtec_ad" in message


def test_publish_refuses_an_image_changed_after_ingest(ws: Workspace, tmp_path: Path) -> None:
    path, _ = _change_an_image(ws, in_records=True)
    out = tmp_path / "published"
    with pytest.raises(InputError) as err:
        publish(ws, to=out, version="1.0.0", masks=True)
    _assert_names_file_dataset_and_fix(err, path)
    assert not (out / "manifest.json").exists()  # nothing published under the old hash


def test_record_shards_refuse_an_image_changed_after_ingest(ws: Workspace) -> None:
    """The records' ``images`` column is read image by image (``ImageSource.image``)."""
    path, _ = _change_an_image(ws, in_records=True)
    sample_id = pl.read_parquet(ws.records_path("expert_ad"))["sample_id"][0]
    source = ImageSource(ws, ws.read_samples())
    with pytest.raises(InputError) as err:
        source.image(sample_id)
    _assert_names_file_dataset_and_fix(err, path)
    with pytest.raises(InputError):
        source.images([sample_id])


def test_encoder_refuses_an_image_changed_after_ingest(ws: Workspace) -> None:
    path, sha = _change_an_image(ws, in_records=False)
    for crop in (None, (0, 0, 15, 15)):  # sent as it is, and re-encoded
        with pytest.raises(InputError) as err:
            ImageEncoder().encode(ImageRef(path=str(path), sha256=sha, crop=crop))
        assert str(path) in str(err.value) and "ingest" in str(err.value)
    fresh = hashlib.sha256(path.read_bytes()).hexdigest()
    assert ImageEncoder().encode(ImageRef(path=str(path), sha256=fresh)).width > 0


def test_report_shows_the_changed_image_as_such(ws: Workspace) -> None:
    path, _ = _change_an_image(ws, in_records=False)
    page = write_report(ws).read_text(encoding="utf-8")
    assert "changed on disk after it was ingested" in page
