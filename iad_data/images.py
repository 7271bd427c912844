"""Reading benchmark images and masks safely and cheaply.

Images are hashed and their headers checked, not decoded: decoding every image would
cost more than the rest of ingest together. Truncation is still caught (PNG chunk CRCs
and IEND, JPEG end-of-image marker). Masks are decoded, because regions need pixels.
"""

from __future__ import annotations

import hashlib
import io
import struct
import warnings
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from PIL import Image, UnidentifiedImageError

MAX_PIXELS = 200_000_000
"""Images above this many pixels are refused as decompression bombs (Real-IAD raw is ~20 MP)."""

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
                raise ImageProblem(
                    f"refused as a decompression bomb ({width}x{height} is more than "
                    f"{MAX_PIXELS:,} pixels)",
                    "decompression_bomb",
                )
            header = (width, height, mode)
        if kind == b"IEND":
            return header
        pos = end


def is_image_name(name: str) -> bool:
    """Image suffix, any case, and not a hidden or AppleDouble (``._x.png``) file."""
    return not name.startswith(".") and Path(name).suffix.lower() in IMAGE_SUFFIXES


def _open(data: bytes) -> Image.Image:
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        previous = Image.MAX_IMAGE_PIXELS
        Image.MAX_IMAGE_PIXELS = MAX_PIXELS
        try:
            return Image.open(io.BytesIO(data))
        except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
            raise ImageProblem(
                f"refused as a decompression bomb (more than {MAX_PIXELS:,} pixels): {exc}",
                "decompression_bomb",
            ) from None
        except UnidentifiedImageError:
            raise ImageProblem(
                "not an image PIL can read (wrong format or corrupt header)"
            ) from None
        except _PIL_ERRORS as exc:  # a header cut short: "Truncated File Read", bad chunk
            raise ImageProblem(
                f"corrupt or truncated header ({type(exc).__name__}: {exc})"
            ) from None
        finally:
            Image.MAX_IMAGE_PIXELS = previous


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


def inspect_image(path: Path) -> ImageInfo:
    """Hash, size and mode of an image, checking it is complete without decoding it."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImageProblem(f"unreadable file ({exc.strerror or exc})", "unreadable_file") from None
    if not data:
        raise ImageProblem("empty file", "unreadable_file")
    png = _png_info(data)
    if png is not None:
        width, height, mode = png
    else:
        img = _open(data)
        width, height, mode = img.width, img.height, img.mode
        _check_complete(img, data)
    return ImageInfo(hashlib.sha256(data).hexdigest(), width, height, mode)


@dataclass(frozen=True, slots=True)
class MaskRead:
    mask: NDArray[np.bool_]
    values: tuple[int, ...]
    """distinct non-zero values of an 8-bit or palette mask (VisA class ids, LOCO levels)"""


def read_mask(path: Path) -> MaskRead:
    """A mask as booleans, read as ``value > 0``.

    Never ``== 255``: VisA stores class ids 1..9 and MVTec LOCO values from 236. Palette
    masks are read by index, RGB masks by their brightest channel, alpha is ignored.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImageProblem(f"unreadable mask ({exc.strerror or exc})", "unreadable_file") from None
    if not data:
        raise ImageProblem("empty file", "unreadable_file")
    img = _open(data)
    try:
        img.load()
    except _PIL_ERRORS as exc:  # truncated or corrupt pixel data
        raise ImageProblem(f"corrupt or truncated mask ({exc})") from None
    if img.mode in ("RGB", "RGBA", "LA", "CMYK", "YCbCr"):
        arr = np.asarray(img.convert("RGB")).max(axis=2)
    else:  # 1, L, P (indices), I, I;16, F
        arr = np.asarray(img)
    mask = np.asarray(arr > 0)
    values: tuple[int, ...] = ()
    if img.mode in ("L", "P"):
        # distinct values of the defect pixels only: cheaper than a full histogram
        hits = arr[mask]
        if hits.size:
            low, high = int(hits.min()), int(hits.max())
            values = (low,) if low == high else tuple(int(v) for v in np.unique(hits))
    return MaskRead(mask, values)
