from __future__ import annotations

import asyncio
import base64
import io
from pathlib import Path

import pytest
from PIL import Image
from teacher_fixtures import make_image

from iad_data.errors import InputError
from iad_data.teach.encoding import ImageEncoder
from iad_data.teach.providers import ImageRef


def test_resize_encode_once_and_crop(tmp_path: Path) -> None:
    ref = make_image(tmp_path / "a.png", size=120)  # 120 x 70
    encoder = ImageEncoder(longest_side=60)
    first = encoder.encode(ref)
    assert (first.width, first.height) == (60, 35) and first.media_type == "image/jpeg"
    assert encoder.sent_size(ref) == (60, 35)
    with Image.open(io.BytesIO(base64.b64decode(first.data_b64))) as img:
        assert img.size == (60, 35)
    assert asyncio.run(encoder.aencode(ref)) is first and encoder.encoded == 1
    crop = ref.model_copy(update={"crop": (10, 10, 29, 19)})
    small = encoder.encode(crop)
    assert (small.width, small.height) == (20, 10) and encoder.encoded == 2
    assert encoder.sent_size(crop) == (20, 10)
    assert first.data_url.startswith("data:image/jpeg;base64,")


def test_small_images_are_not_enlarged_and_alpha_stays_png(tmp_path: Path) -> None:
    path = tmp_path / "alpha.png"
    Image.new("RGBA", (30, 20), (1, 2, 3, 100)).save(path)
    encoded = ImageEncoder(longest_side=768).encode(ImageRef(path=str(path), sha256="a"))
    assert (encoded.width, encoded.height, encoded.media_type) == (30, 20, "image/png")
    assert base64.b64decode(encoded.data_b64) == path.read_bytes()  # sent as it is
    Image.new("RGB", (30, 20)).save(tmp_path / "x.bmp")
    bmp = ImageEncoder().encode(ImageRef(path=str(tmp_path / "x.bmp"), sha256="b"))
    assert bmp.media_type == "image/jpeg" and (bmp.width, bmp.height) == (30, 20)


def test_relative_paths_and_unreadable_images(tmp_path: Path) -> None:
    make_image(tmp_path / "root" / "good" / "x.png")
    encoder = ImageEncoder(root=tmp_path / "root")
    assert encoder.encode(ImageRef(path="good/x.png", sha256="x")).width == 96
    (tmp_path / "root" / "bad.png").write_bytes(b"not an image")
    with pytest.raises(InputError, match="bad.png"):
        encoder.encode(ImageRef(path="bad.png", sha256="y"))
    with pytest.raises(InputError):
        ImageEncoder(longest_side=4)
