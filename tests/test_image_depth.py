"""Issue 14, class 14: images that reach a teacher (or a person) look like the image.

- 16-bit and other high-depth modes (``I;16``, ``I;16B``, ``I``, ``F``, 16-bit RGB PNGs)
  are scaled to 8 bits faithfully wherever an image is decoded for display: the teacher
  encoder, the report gallery, and the leakage hashes (a 16-bit gradient stays a gradient;
  PIL's own conversion clips it to a white frame);
- one decompression-bomb limit (``MAX_PIXELS``) holds at ingest and in every later reader:
  an image ingest accepted opens everywhere, one it would refuse is the project's error
  naming the file, never a raw PIL ``DecompressionBombError``.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray
from PIL import Image

from iad_data.core.images import MAX_PIXELS
from iad_data.errors import InputError
from iad_data.ingestion.build import ingest
from iad_data.pipeline.report import write_report
from iad_data.release.leakage import NEAR_THRESHOLD, detail_vector, hamming, perceptual_hash
from iad_data.teach.encoding import ImageEncoder
from iad_data.teach.requests import ImageRef

WIDTH, HEIGHT = 256, 48


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png16(path: Path, channels: NDArray[np.uint16], colour_type: int) -> Path:
    """A 16-bit PNG written byte by byte (PIL writes no 16-bit colour PNG)."""
    height, width = channels.shape[:2]
    rows = channels.astype(">u2").reshape(height, -1)
    raw = b"".join(b"\x00" + row.tobytes() for row in rows)
    ihdr = struct.pack(">IIBBBBB", width, height, 16, colour_type, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", ihdr)
        + _chunk(b"IDAT", zlib.compress(raw))
        + _chunk(b"IEND", b"")
    )
    return path


def _ramp(top: float) -> NDArray[np.float64]:
    """A left-to-right gradient from 0 to ``top``, HEIGHT x WIDTH."""
    return np.tile(np.linspace(0.0, top, WIDTH), (HEIGHT, 1))


def _gray16_png(path: Path) -> Path:
    return _png16(path, np.rint(_ramp(65535)).astype(np.uint16), 0)


def _rgb16_png(path: Path) -> Path:
    grey = np.rint(_ramp(65535)).astype(np.uint16)
    return _png16(path, np.stack([grey, grey, grey], axis=2), 2)


def _tiff(path: Path, arr: NDArray[np.generic]) -> Path:
    Image.fromarray(arr).save(path, format="TIFF")
    return path


WRITERS: dict[str, Callable[[Path], Path]] = {
    "I;16 png": _gray16_png,
    "I;16 tiff": lambda p: _tiff(p.with_suffix(".tif"), np.rint(_ramp(65535)).astype(np.uint16)),
    "I;16B tiff": lambda p: _tiff(p.with_suffix(".tif"), np.rint(_ramp(65535)).astype(">u2")),
    "I 32-bit tiff": lambda p: _tiff(p.with_suffix(".tif"), np.rint(_ramp(65535)).astype(np.int32)),
    "F tiff": lambda p: _tiff(p.with_suffix(".tif"), _ramp(1.0).astype(np.float32)),
    "12-bit in I;16 png": lambda p: _png16(p, np.rint(_ramp(4095)).astype(np.uint16), 0),
    "16-bit RGB png": _rgb16_png,
}


def _assert_gradient(img: Image.Image) -> None:
    """Left to right from black to white, evenly: the image, not a white frame."""
    grey = np.asarray(img.convert("L"), dtype=np.float64)
    columns = grey.mean(axis=0)
    expected = np.linspace(0, 255, grey.shape[1])
    assert np.abs(columns - expected).max() < 12, columns[:: max(1, len(columns) // 8)]


def _ref(path: Path, crop: tuple[int, int, int, int] | None = None) -> ImageRef:
    return ImageRef(path=str(path), sha256=hashlib.sha256(path.read_bytes()).hexdigest(), crop=crop)


def _sent(encoder: ImageEncoder, ref: ImageRef) -> Image.Image:
    encoded = encoder.encode(ref)
    img = Image.open(io.BytesIO(base64.b64decode(encoded.data_b64)))
    img.load()
    return img


@pytest.mark.parametrize("kind", list(WRITERS))
@pytest.mark.parametrize("how", ["as-is size", "resized", "cropped"])
def test_a_high_depth_image_reaches_the_teacher_as_itself(
    tmp_path: Path, kind: str, how: str
) -> None:
    path = WRITERS[kind](tmp_path / "gradient.png")
    encoder = ImageEncoder(longest_side=128 if how == "resized" else 768)
    crop = (0, 8, WIDTH - 1, 23) if how == "cropped" else None
    sent = _sent(encoder, _ref(path, crop))
    assert sent.mode in ("L", "RGB")  # 8 bits per channel, whatever the file held
    _assert_gradient(sent)


def test_leakage_hashes_see_the_image_not_its_clipped_form(tmp_path: Path) -> None:
    eight = tmp_path / "eight.png"
    Image.fromarray(np.rint(_ramp(255)).astype(np.uint8)).save(eight)
    for kind in ("I;16 png", "I;16B tiff", "F tiff"):
        deep = WRITERS[kind](tmp_path / f"deep-{kind.replace(' ', '_')}.png")
        assert hamming(perceptual_hash(eight), perceptual_hash(deep)) <= NEAR_THRESHOLD, kind
        side = 24
        a, b = detail_vector(eight, side), detail_vector(deep, side)
        assert float(np.dot(a.astype(np.float32), b.astype(np.float32))) > 0.9, kind


def _gallery_image(page: str, image_path: str) -> Image.Image:
    m = re.search(rf'<img src="data:image/png;base64,([^"]+)" alt="{re.escape(image_path)}">', page)
    assert m is not None, f"no thumbnail of {image_path}"
    return Image.open(io.BytesIO(base64.b64decode(m.group(1))))


def _folder_ws(tmp_path: Path, images: dict[str, Callable[[Path], Path]]) -> tuple[Path, Path]:
    root = tmp_path / "line"
    (root / "ok").mkdir(parents=True)
    for name, write in images.items():
        write(root / "ok" / name)
    ws = tmp_path / "ws"
    result = ingest(
        "folder",
        root,
        ws,
        workers=1,
        progress=False,
        layout={"dataset": "line", "normal": ["ok/*"], "category": "part"},
    )
    assert result.problems == [] and result.samples.height == len(images)
    return root, ws


def test_report_gallery_shows_a_16_bit_image_as_itself(tmp_path: Path) -> None:
    _, ws = _folder_ws(tmp_path, {"deep.png": _gray16_png, "rgb48.png": _rgb16_png})
    page = write_report(ws).read_text(encoding="utf-8")
    _assert_gradient(_gallery_image(page, "ok/deep.png"))
    _assert_gradient(_gallery_image(page, "ok/rgb48.png"))


# ---------------------------------------------------------------- one pixel limit


def _large_png(path: Path) -> Path:
    """A real, valid PNG larger than PIL's default refusal (2 x 89.5 MP), under MAX_PIXELS."""
    side = 13_500  # 182 MP: PIL's default refuses it, the project's limit (200 MP) accepts it
    assert 2 * 89_478_485 < side * side <= MAX_PIXELS
    img = Image.new("L", (side, side), 40)
    img.paste(200, (0, 0, side // 2, side))
    img.save(path, format="PNG", compress_level=1)
    return path


def test_an_image_ingest_accepted_opens_in_every_later_reader(tmp_path: Path) -> None:
    root, ws = _folder_ws(tmp_path, {"large.png": _large_png})
    path = root / "ok" / "large.png"
    ref = _ref(path)
    assert len(perceptual_hash(path)) == 64  # split's leakage hashes
    sent = _sent(ImageEncoder(longest_side=64), ref)  # the teacher encoder
    assert sent.size == (64, 64)
    page = write_report(ws).read_text(encoding="utf-8")  # the report's gallery
    assert _gallery_image(page, "ok/large.png").size == (256, 256)


def _bomb(path: Path) -> Path:
    """A PNG header claiming 20000 x 20000 (400 MP) in 70 bytes."""
    ihdr = struct.pack(">IIBBBBB", 20_000, 20_000, 8, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(b"\0" * 16))
    )
    return path


@pytest.mark.parametrize(
    "reader",
    [
        pytest.param(lambda p: perceptual_hash(p), id="leakage-hash"),
        pytest.param(lambda p: detail_vector(p, 32), id="leakage-detail"),
        pytest.param(lambda p: ImageEncoder().encode(ImageRef(path=str(p), sha256="k")), id="enc"),
        pytest.param(
            lambda p: ImageEncoder().sent_size(ImageRef(path=str(p), sha256="k")), id="enc-size"
        ),
    ],
)
def test_a_bomb_in_a_later_reader_is_an_error_naming_the_file(
    tmp_path: Path, reader: Callable[[Path], object]
) -> None:
    path = _bomb(tmp_path / "bomb.png")
    with pytest.raises(InputError, match="decompression bomb") as err:
        reader(path)
    assert str(path) in str(err.value)
