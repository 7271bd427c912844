"""Safe image and mask reading: bad files become ``ImageProblem`` with a kind, never a crash."""

from __future__ import annotations

import hashlib
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from iad_data.core.images import ImageProblem, inspect_image, is_image_name, read_mask


def _save(path: Path, arr: np.ndarray, fmt: str = "PNG") -> Path:
    Image.fromarray(arr).save(path, format=fmt)
    return path


def _png_header_only(path: Path, width: int, height: int) -> Path:
    """A PNG whose IHDR claims ``width x height``: enough for PIL to read the size."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 16)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat))
    return path


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("000.png", True),
        ("000.PNG", True),
        ("a.JPG", True),
        ("x.bmp", True),
        ("x.tiff", True),
        ("._000.png", False),
        (".hidden.png", False),
        ("notes.txt", False),
        ("Thumbs.db", False),
    ],
)
def test_is_image_name(name: str, ok: bool) -> None:
    assert is_image_name(name) is ok


def test_inspect_png_and_jpeg(tmp_path: Path) -> None:
    rgb = np.random.default_rng(0).integers(0, 255, (20, 30, 3), dtype=np.uint8)
    png = _save(tmp_path / "a.png", rgb)
    info = inspect_image(png)
    assert (info.width, info.height, info.mode) == (30, 20, "RGB")
    assert info.sha256 == hashlib.sha256(png.read_bytes()).hexdigest()
    gray = _save(tmp_path / "g.jpg", rgb[:, :, 0], "JPEG")
    info = inspect_image(gray)
    assert (info.width, info.height, info.mode) == (30, 20, "L")


def test_truncated_png_is_refused(tmp_path: Path) -> None:
    rgb = np.random.default_rng(1).integers(0, 255, (40, 40, 3), dtype=np.uint8)
    path = _save(tmp_path / "t.png", rgb)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(ImageProblem, match="truncated") as err:
        inspect_image(path)
    assert err.value.kind == "corrupt_image"


def test_truncated_jpeg_is_refused(tmp_path: Path) -> None:
    rgb = np.random.default_rng(2).integers(0, 255, (40, 40, 3), dtype=np.uint8)
    path = _save(tmp_path / "t.jpg", rgb, "JPEG")
    path.write_bytes(path.read_bytes()[:-200])
    with pytest.raises(ImageProblem, match="truncated JPEG"):
        inspect_image(path)


def test_truncated_header_is_refused(tmp_path: Path) -> None:
    rgb = np.zeros((10, 10, 3), dtype=np.uint8)
    path = _save(tmp_path / "h.png", rgb)
    path.write_bytes(path.read_bytes()[:20])
    with pytest.raises(ImageProblem) as err:
        inspect_image(path)
    assert err.value.kind == "corrupt_image"


def test_garbage_with_image_suffix_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.png"
    path.write_bytes(b"this is a text file, not a PNG\n" * 10)
    with pytest.raises(ImageProblem, match="not an image PIL can read"):
        inspect_image(path)


def test_empty_and_unreadable_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(ImageProblem, match="empty file") as err:
        inspect_image(empty)
    assert err.value.kind == "unreadable_file"
    with pytest.raises(ImageProblem, match="unreadable") as err:
        inspect_image(tmp_path / "missing.png")
    assert err.value.kind == "unreadable_file"
    folder = tmp_path / "folder.png"
    folder.mkdir()
    with pytest.raises(ImageProblem) as err:
        inspect_image(folder)
    assert err.value.kind == "unreadable_file"
    with pytest.raises(ImageProblem, match="empty file"):
        read_mask(empty)


def test_decompression_bomb_is_refused_not_decoded(tmp_path: Path) -> None:
    path = _png_header_only(tmp_path / "bomb.png", 20_000, 20_000)  # 400 MP, 70 bytes
    with pytest.raises(ImageProblem, match="decompression bomb") as err:
        inspect_image(path)
    assert err.value.kind == "decompression_bomb"
    with pytest.raises(ImageProblem) as err:
        read_mask(path)
    assert err.value.kind == "decompression_bomb"


def test_mask_0_255(tmp_path: Path) -> None:
    arr = np.zeros((8, 10), dtype=np.uint8)
    arr[2:4, 3:6] = 255
    read = read_mask(_save(tmp_path / "m.png", arr))
    assert read.mask.dtype == bool
    assert read.mask.shape == (8, 10)
    assert int(read.mask.sum()) == 6
    assert read.values == (255,)


def test_class_id_mask_is_read_as_nonzero(tmp_path: Path) -> None:
    """VisA's raw masks store class ids 1..9: they look black but are defects."""
    arr = np.zeros((8, 8), dtype=np.uint8)
    arr[0, 0] = 1
    arr[5:7, 5:7] = 3
    read = read_mask(_save(tmp_path / "ids.png", arr))
    assert int(read.mask.sum()) == 5
    assert read.values == (1, 3)


def test_non_binary_mask_values_are_kept(tmp_path: Path) -> None:
    arr = np.zeros((6, 6), dtype=np.uint8)
    arr[0, :3] = (128, 200, 255)
    read = read_mask(_save(tmp_path / "nb.png", arr))
    assert read.values == (128, 200, 255)
    assert read.mask[0, :3].all() and int(read.mask.sum()) == 3


def test_rgb_mask_reads_the_brightest_channel(tmp_path: Path) -> None:
    arr = np.zeros((6, 6, 3), dtype=np.uint8)
    arr[1, 1] = (0, 0, 255)
    arr[2, 2] = (255, 255, 255)
    read = read_mask(_save(tmp_path / "rgb.png", arr))
    assert int(read.mask.sum()) == 2 and read.mask[1, 1] and read.mask[2, 2]


def test_truncated_mask_is_refused(tmp_path: Path) -> None:
    arr = np.random.default_rng(3).integers(0, 2, (64, 64), dtype=np.uint8) * 255
    path = _save(tmp_path / "m.png", arr.astype(np.uint8))
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(ImageProblem, match="corrupt or truncated"):
        read_mask(path)


@pytest.mark.parametrize(
    ("mode", "bits"),
    [
        ("1", None),
        ("L", None),
        ("P", None),
        ("RGB", None),
        ("RGBA", None),
        ("LA", None),
        ("I;16", None),
        ("P", 4),
        ("P", 1),
    ],
)
def test_png_size_and_mode_agree_with_pil(tmp_path: Path, mode: str, bits: int | None) -> None:
    """The PNG fast path must report what PIL reports (16-bit files go through PIL)."""
    rng = np.random.default_rng(5)
    base = Image.fromarray(rng.integers(0, 255, (13, 21, 3), dtype=np.uint8))
    if mode == "P":
        img = base.quantize(colors=2**bits if bits else 256)
    elif mode == "I;16":
        img = Image.fromarray(rng.integers(0, 65535, (13, 21), dtype=np.uint16))
    else:
        img = base.convert(mode)
    path = tmp_path / "x.png"
    img.save(path, bits=bits) if bits else img.save(path)
    with Image.open(path) as ref:
        expected = (ref.width, ref.height, ref.mode)
    info = inspect_image(path)
    assert (info.width, info.height, info.mode) == expected


def test_png_with_a_flipped_byte_is_refused(tmp_path: Path) -> None:
    rgb = np.random.default_rng(6).integers(0, 255, (32, 32, 3), dtype=np.uint8)
    path = _save(tmp_path / "c.png", rgb)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # inside IDAT: only the chunk CRC can tell
    path.write_bytes(bytes(data))
    with pytest.raises(ImageProblem, match="CRC mismatch") as err:
        inspect_image(path)
    assert err.value.kind == "corrupt_image"


def test_png_without_iend_is_truncated(tmp_path: Path) -> None:
    rgb = np.zeros((8, 8, 3), dtype=np.uint8)
    path = _save(tmp_path / "n.png", rgb)
    path.write_bytes(path.read_bytes()[:-12])  # drop exactly the IEND chunk
    with pytest.raises(ImageProblem, match="truncated PNG"):
        inspect_image(path)


@pytest.mark.parametrize("mode", ["L", "P", "RGB", "RGBA", "LA", "I;16"])
def test_mask_crop_and_offset_match_the_full_mask(tmp_path: Path, mode: str) -> None:
    """read_mask keeps only the bounding box of the defect pixels; ``mask`` rebuilds it."""
    arr = np.zeros((20, 30), dtype=np.uint8)
    arr[3:6, 20:25] = 200
    arr[15, 7] = 9
    if mode == "I;16":
        img = Image.fromarray(arr.astype(np.uint16))
    else:
        img = Image.fromarray(arr, "L").convert(mode)
    read = read_mask(_save_img(tmp_path / "m.png", img))
    assert read.shape == (20, 30)
    assert read.offset == (3, 7)
    assert read.crop.shape == (13, 18)
    assert np.array_equal(read.mask, arr > 0)


def test_empty_mask_reads_as_an_empty_crop(tmp_path: Path) -> None:
    read = read_mask(_save(tmp_path / "e.png", np.zeros((9, 7), dtype=np.uint8)))
    assert read.crop.size == 0 and read.values == ()
    assert read.mask.shape == (9, 7) and not read.mask.any()


def _save_img(path: Path, img: Image.Image) -> Path:
    img.save(path)
    return path
