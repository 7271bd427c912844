"""Reading benchmark images and masks safely and cheaply.

Images are hashed and their headers checked, not decoded: decoding every image would
cost more than the rest of ingest together. Truncation is still caught (PNG chunk CRCs
and IEND, JPEG end-of-image marker). Masks are decoded, because regions need pixels.
"""

from __future__ import annotations

import hashlib
import io
import warnings
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
        finally:
            Image.MAX_IMAGE_PIXELS = previous


def _check_complete(img: Image.Image, data: bytes) -> None:
    fmt = img.format
    if fmt == "PNG":
        try:
            img.verify()
        except Exception as exc:  # PIL raises SyntaxError, OSError, struct.error, ...
            raise ImageProblem(f"corrupt or truncated PNG ({type(exc).__name__}: {exc})") from None
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
    img = _open(data)
    try:
        img.load()
    except Exception as exc:  # truncated or corrupt pixel data
        raise ImageProblem(f"corrupt or truncated mask ({type(exc).__name__}: {exc})") from None
    values: tuple[int, ...] = ()
    if img.mode in ("L", "P"):
        values = tuple(i for i, n in enumerate(img.histogram()[:256]) if i and n)
    if img.mode in ("RGB", "RGBA", "LA", "CMYK", "YCbCr"):
        arr = np.asarray(img.convert("RGB")).max(axis=2)
    else:  # 1, L, P (indices), I, I;16, F
        arr = np.asarray(img)
    return MaskRead(np.asarray(arr > 0), values)
