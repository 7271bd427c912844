"""Reading benchmark images and masks safely and cheaply, at ingest and in every later stage.

Images are hashed and their headers checked, not decoded: decoding every image would
cost more than the rest of ingest together. Truncation is still caught (PNG chunk CRCs
and IEND, JPEG end-of-image marker). Masks are decoded, because regions need pixels.

Every later reader (split's leakage hashes, the report, the teacher encoder, publish) opens
images through ``open_image`` / ``load_image`` too, so one decompression-bomb limit
(``MAX_PIXELS``) holds everywhere and a PIL error becomes the project's error naming the
file; ``load_image`` also checks the bytes against the ``image_sha256`` ingest recorded
(``check_sha256``), and ``to_8bit`` turns 16-bit and float images into 8-bit ones that
look like the image.
"""

from __future__ import annotations

import hashlib
import io
import re
import struct
import warnings
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from PIL import Image, UnidentifiedImageError

from iad_data.errors import InputError

MAX_PIXELS = 200_000_000
"""Images above this many pixels are refused as decompression bombs (Real-IAD raw is ~20 MP).

The one limit: ingest refuses larger images, and PIL's own limit is set from it below, so an
image ingest accepted opens in every later reader (PIL's default, 89 MP, would warn on it and
refuse anything above 179 MP with a raw ``DecompressionBombError``)."""

Image.MAX_IMAGE_PIXELS = MAX_PIXELS
"""PIL's limit, set in this one place (every reader imports this module): PIL warns above it
and refuses twice it; ``open_image`` refuses above it, at the header, before any decoding."""

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff"})


class ImageProblem(Exception):
    """A file that cannot be used as an image; the message is the reason, without the path."""

    def __init__(self, reason: str, kind: str = "corrupt_image") -> None:
        super().__init__(reason)
        self.kind = kind


@dataclass(frozen=True, slots=True)
class ImageInfo:
    sha256: str
    width: int
    height: int
    mode: str


_PIL_ERRORS = (
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    IndexError,
    TypeError,
    struct.error,
    zlib.error,
)
"""What PIL raises on a bad header besides ``UnidentifiedImageError``."""


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_MODES = {
    (1, 0): "1",
    (2, 0): "L",
    (4, 0): "L",
    (8, 0): "L",
    (8, 2): "RGB",
    (1, 3): "P",
    (2, 3): "P",
    (4, 3): "P",
    (8, 3): "P",
    (8, 4): "LA",
    (8, 6): "RGBA",
}
"""(bit depth, colour type) -> the mode PIL gives; other PNGs (16-bit) are left to PIL."""


def _png_info(data: bytes) -> tuple[int, int, str] | None:
    """Size and mode of a PNG with every chunk's CRC checked up to IEND, without PIL.

    What ``Image.open`` + ``verify`` check, at a fraction of their per-file cost (most
    benchmark images are PNG). None when the file is not a PNG this path knows: PIL decides.
    """
    if not data.startswith(_PNG_SIGNATURE):
        return None
    view = memoryview(data)
    size = len(data)
    pos = len(_PNG_SIGNATURE)
    header: tuple[int, int, str] | None = None
    while True:
        if pos + 12 > size:
            raise ImageProblem("truncated PNG (the file ends before its IEND chunk)")
        length = int.from_bytes(view[pos : pos + 4], "big")
        kind = bytes(view[pos + 4 : pos + 8])
        end = pos + 12 + length
        if not kind.isalpha():
            raise ImageProblem(f"corrupt PNG (broken chunk {kind!r} at byte {pos})")
        if end > size:
            raise ImageProblem(f"truncated PNG (chunk {kind.decode()} runs past the end)")
        if zlib.crc32(view[pos + 4 : end - 4]) != int.from_bytes(view[end - 4 : end], "big"):
            raise ImageProblem(f"corrupt PNG (CRC mismatch in chunk {kind.decode()})")
        if header is None:
            if kind != b"IHDR" or length != 13:
                return None
            width = int.from_bytes(view[pos + 8 : pos + 12], "big")
            height = int.from_bytes(view[pos + 12 : pos + 16], "big")
            mode = _PNG_MODES.get((data[pos + 16], data[pos + 17]))
            if mode is None or not width or not height:
                return None
            if width * height > MAX_PIXELS:
                raise _bomb(width, height)
            header = (width, height, mode)
        if kind == b"IEND":
            return header
        pos = end


def is_image_name(name: str) -> bool:
    """Image suffix, any case, and not a hidden or AppleDouble (``._x.png``) file."""
    return not name.startswith(".") and Path(name).suffix.lower() in IMAGE_SUFFIXES


def _bomb(width: int, height: int) -> ImageProblem:
    return ImageProblem(
        f"refused as a decompression bomb ({width}x{height} is more than {MAX_PIXELS:,} pixels)",
        "decompression_bomb",
    )


def open_image(data: bytes | Path) -> Image.Image:
    """The image's header opened by PIL (pixels are decoded on ``load``), under ``MAX_PIXELS``.

    ``ImageProblem`` (without the path) for a file PIL cannot open or one above the limit;
    ``load_image`` is the form later stages use (errors name the file).
    """
    source: Any = io.BytesIO(data) if isinstance(data, bytes) else data
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            img = Image.open(source)
        except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
            raise ImageProblem(
                f"refused as a decompression bomb (more than {MAX_PIXELS:,} pixels): {exc}",
                "decompression_bomb",
            ) from None
        except UnidentifiedImageError:
            raise ImageProblem(
                "not an image PIL can read (wrong format or corrupt header)"
            ) from None
        except (FileNotFoundError, PermissionError, IsADirectoryError) as exc:  # a path
            raise ImageProblem(f"unreadable file ({exc.strerror})", "unreadable_file") from None
        except _PIL_ERRORS as exc:  # a header cut short: "Truncated File Read", bad chunk
            raise ImageProblem(
                f"corrupt or truncated header ({type(exc).__name__}: {exc})"
            ) from None
    # Checked again here: ``catch_warnings`` is not thread-safe (the encoder and publish read
    # in threads), and a caller may have changed PIL's limit; this check is what holds.
    if img.width * img.height > MAX_PIXELS:
        img.close()
        raise _bomb(img.width, img.height)
    return img


def _check_complete(img: Image.Image, data: bytes) -> None:
    fmt = img.format
    if fmt == "PNG":
        try:
            img.verify()
        except _PIL_ERRORS as exc:  # PIL raises SyntaxError, OSError, struct.error, ...
            raise ImageProblem(f"corrupt or truncated PNG ({exc})") from None
    elif fmt == "JPEG":
        if not data.rstrip(b"\x00").endswith(b"\xff\xd9"):
            raise ImageProblem("truncated JPEG (no end-of-image marker)")
    elif fmt == "BMP":
        offset = img.tile[0][2] if img.tile else 0  # type: ignore[attr-defined]
        row_bytes = ((img.width * {"1": 1, "L": 8, "P": 8}.get(img.mode, 24) + 31) // 32) * 4
        if len(data) < offset + row_bytes * img.height:
            raise ImageProblem("truncated BMP (pixel data shorter than the header says)")


def _read_bytes(path: Path, noun: str) -> bytes:
    """The file's bytes; an unreadable or empty file is an ``unreadable_file`` problem."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or exc
        raise ImageProblem(f"unreadable {noun} ({reason})", "unreadable_file") from None
    if not data:
        raise ImageProblem("empty file", "unreadable_file")
    return data


def inspect_image(path: Path) -> ImageInfo:
    """Hash, size and mode of an image, checking it is complete without decoding it."""
    data = _read_bytes(path, "file")
    png = _png_info(data)
    if png is not None:
        width, height, mode = png
    else:
        img = open_image(data)
        width, height, mode = img.width, img.height, img.mode
        _check_complete(img, data)
    return ImageInfo(hashlib.sha256(data).hexdigest(), width, height, mode)


@dataclass(frozen=True, slots=True)
class MaskRead:
    """A mask as its bounding-box crop: most of a mask is background, so only the box is
    turned into booleans (``mask`` rebuilds the full array when one is needed)."""

    crop: NDArray[np.bool_]
    """``value > 0`` inside the bounding box of the non-zero pixels; 0x0 when there are none"""
    offset: tuple[int, int]
    """(y, x) of the crop's top-left pixel in the mask"""
    shape: tuple[int, int]
    """(height, width) of the whole mask"""
    values: tuple[int, ...]
    """distinct non-zero values of an 8-bit or palette mask (VisA class ids, LOCO levels)"""

    @property
    def mask(self) -> NDArray[np.bool_]:
        full = np.zeros(self.shape, dtype=bool)
        y, x = self.offset
        h, w = self.crop.shape
        full[y : y + h, x : x + w] = self.crop
        return full


_BBOX_MODES = frozenset({"1", "L", "P", "RGB"})
"""Modes whose ``getbbox`` (PIL, in C) is exactly "some value > 0"."""


def _array_bbox(mask: NDArray[np.bool_]) -> tuple[int, int, int, int] | None:
    """PIL-style box (left, top, right, bottom; exclusive) of the true pixels, or None."""
    rows = np.flatnonzero(mask.any(axis=1))
    if rows.size == 0:
        return None
    cols = np.flatnonzero(mask.any(axis=0))
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def read_mask(path: Path) -> MaskRead:
    """A mask as booleans, read as ``value > 0``.

    Never ``== 255``: VisA stores class ids 1..9 and MVTec LOCO values from 236. Palette
    masks are read by index, RGB masks by their brightest channel, alpha is ignored.
    """
    data = _read_bytes(path, "mask")
    img = open_image(data)
    try:
        img.load()
    except _PIL_ERRORS as exc:  # truncated or corrupt pixel data
        raise ImageProblem(f"corrupt or truncated mask ({exc})") from None
    shape = (img.height, img.width)
    mode = img.mode
    if mode in ("RGBA", "LA", "CMYK", "YCbCr"):
        img = img.convert("RGB")  # brightest channel > 0 <=> some RGB channel > 0
    if img.mode in _BBOX_MODES:
        box = img.getbbox(alpha_only=False)
    else:  # I, I;16, F: rare; box from the whole array
        box = _array_bbox(np.asarray(img) > 0)
    if box is None:
        return MaskRead(np.zeros((0, 0), dtype=bool), (0, 0), shape, ())
    arr = np.asarray(img.crop(box))
    offset = (box[1], box[0])
    if arr.ndim == 3:
        arr = arr.max(axis=2)
    crop = np.asarray(arr > 0)
    values: tuple[int, ...] = ()
    if mode in ("L", "P"):
        # distinct values of the defect pixels only: cheaper than a full histogram
        hits = arr[crop]
        if hits.size:
            low, high = int(hits.min()), int(hits.max())
            values = (low,) if low == high else tuple(int(v) for v in np.unique(hits))
    return MaskRead(crop, offset, shape, values)


# ---------------------------------------------------------------- later stages

_SHA256 = re.compile(r"[0-9a-f]{64}")


def _reingest(dataset: str | None) -> str:
    if dataset:
        return f"re-run `iad-data ingest {dataset} --root ROOT` (and the stages after it)"
    return "re-run `iad-data ingest` for the dataset that holds it (and the stages after it)"


def image_error(path: Path, problem: ImageProblem, dataset: str | None = None) -> InputError:
    """A reading problem met after ingest, as the project's error naming the file and the fix."""
    where = f"{path} (dataset {dataset})" if dataset else str(path)
    return InputError(
        f"image {where} cannot be read ({problem}); restore the file, or, if it changed on "
        f"purpose, {_reingest(dataset)}."
    )


def check_sha256(
    data: bytes | memoryview, expected: str, path: Path, dataset: str | None = None
) -> None:
    """``InputError`` unless ``data`` hashes to ``expected``, the sha256 ingest recorded.

    The image changed on disk after ingest: its samples row (size, mask, regions) and every
    record describe the old file, so it is neither sent to a teacher nor published under the
    old hash. An ``expected`` that is not a sha-256 digest (a caller's own cache key) is not
    checked.
    """
    if not _SHA256.fullmatch(expected):
        return
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected:
        where = f"{path} of dataset {dataset}" if dataset else str(path)
        raise InputError(
            f"image {where} changed on disk after it was ingested (sha256 {actual[:12]}..., "
            f"the samples table has {expected[:12]}...): its samples row, mask regions and "
            f"records describe the old file. Restore the original file, or {_reingest(dataset)}."
        )


def read_checked(path: Path, sha256: str | None = None, *, dataset: str | None = None) -> bytes:
    """The bytes of an ingested image, checked against its ``image_sha256`` when given."""
    try:
        data = _read_bytes(path, "file")
    except ImageProblem as exc:
        raise image_error(path, exc, dataset) from None
    if sha256 is not None:
        check_sha256(data, sha256, path, dataset)
    return data


def decode_image(
    data: bytes,
    path: Path,
    *,
    dataset: str | None = None,
    draft: tuple[str, int] | None = None,
) -> Image.Image:
    """``data`` (the bytes of ``path``) decoded under ``MAX_PIXELS``; ``InputError`` naming
    the file for anything PIL refuses. ``draft=(mode, side)``: a JPEG may be decoded in
    ``mode`` at a reduced scale whose sides stay at least ``side`` (PIL's ``draft``; other
    formats ignore it)."""
    try:
        img = open_image(data)
    except ImageProblem as exc:
        raise image_error(path, exc, dataset) from None
    if draft is not None:
        img.draft(draft[0], (draft[1], draft[1]))
    try:
        img.load()
    except (Image.DecompressionBombError, *_PIL_ERRORS) as exc:
        raise image_error(
            path, ImageProblem(f"corrupt or truncated pixel data ({exc})"), dataset
        ) from None
    return img


def load_image(path: Path, sha256: str | None = None, *, dataset: str | None = None) -> Image.Image:
    """An ingested image, as a later stage reads it: its bytes checked against ``sha256``
    (when given), decoded under ``MAX_PIXELS``; every failure an ``InputError`` naming it."""
    return decode_image(read_checked(path, sha256, dataset=dataset), path, dataset=dataset)


EIGHT_BIT_MODES = frozenset(
    {"1", "L", "P", "LA", "PA", "RGB", "RGBA", "RGBX", "CMYK", "YCbCr", "HSV"}
)
"""Modes whose ``convert("RGB")`` shows the image as it is; others go through ``to_8bit``."""
_DEPTHS = (8, 10, 12, 14, 16)


def _scaled(arr: NDArray[Any]) -> NDArray[np.uint8]:
    """Values -> 0..255: integers by the smallest common sensor depth (8, 10, 12, 14, 16 bits)
    that holds the brightest pixel, floats in [0, 1] times 255, anything else min-max."""
    values = arr.astype(np.float64)
    finite = np.isfinite(values)
    if not finite.all():
        values = np.where(finite, values, 0.0)
    low, high = (float(values.min()), float(values.max())) if values.size else (0.0, 0.0)
    if np.issubdtype(arr.dtype, np.integer) and low >= 0:
        depth = next((d for d in _DEPTHS if high <= (1 << d) - 1), None)
        if depth is not None:
            return np.rint(values * (255 / ((1 << depth) - 1))).astype(np.uint8)
    elif low >= 0 and high <= 1:
        return np.rint(values * 255).astype(np.uint8)
    if high <= low:
        return np.zeros(values.shape, dtype=np.uint8)
    return np.rint((values - low) * (255 / (high - low))).astype(np.uint8)


def to_8bit(img: Image.Image) -> Image.Image:
    """``img`` in a mode whose ``convert("RGB")`` looks like it: 8-bit modes as they are;
    16-bit (``I;16``, ``I;16B``...), 32-bit integer (``I``) and float (``F``) grey images
    scaled to ``L`` by their depth (``_scaled``: a 12-bit camera image stored in 16 bits
    fills 0..255 as it fills its sensor's range), never clipped (PIL's own ``convert``
    clips at 255: a 16-bit gradient becomes a white frame). 16-bit colour PNGs already open
    as 8-bit ``RGB``/``RGBA`` (PIL keeps the high byte)."""
    if img.mode in EIGHT_BIT_MODES:
        return img
    try:
        arr = np.asarray(img)
    except (TypeError, ValueError):  # a mode numpy cannot view: PIL's own conversion
        return img.convert("RGB")
    if arr.ndim == 3:  # several high-depth channels: scaled together, grey or colour
        out = _scaled(arr)
        return Image.fromarray(out[:, :, 0] if out.shape[2] < 3 else out[:, :, :3])
    return Image.fromarray(_scaled(arr))
