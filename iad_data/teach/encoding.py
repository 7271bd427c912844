"""Images as teachers receive them: cropped, resized to a longest side, encoded once.

A request names its images by ``ImageRef`` (path, content sha256, optional crop). The
encoder opens the file, applies the crop, shrinks it so the longest side is at most
``longest_side`` (never enlarges), and encodes it (JPEG for photos, PNG when the image has
transparency); a JPEG, PNG or WebP that needs neither crop nor resize is sent as it is.
The result is cached per (sha256, longest side, crop), so the query image
that twenty instruction tasks show is read and encoded once per process.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from iad_data.errors import InputError
from iad_data.teach.requests import ImageRef

DEFAULT_LONGEST_SIDE = 768
JPEG_QUALITY = 90
PASS_THROUGH = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
"""formats every provider accepts, sent as they are when no crop or resize is needed"""


@dataclass(frozen=True)
class EncodedImage:
    media_type: str
    data_b64: str
    width: int
    height: int

    @property
    def data_url(self) -> str:
        return f"data:{self.media_type};base64,{self.data_b64}"

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data_b64.encode()).hexdigest()


def _sent_size(width: int, height: int, longest_side: int) -> tuple[int, int]:
    scale = min(1.0, longest_side / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


class ImageEncoder:
    """Thread-safe LRU of encoded images; one per teacher (its longest side)."""

    def __init__(
        self,
        longest_side: int = DEFAULT_LONGEST_SIDE,
        root: str | Path | None = None,
        max_entries: int = 4096,
    ) -> None:
        if longest_side < 16:
            raise InputError(f"image longest side {longest_side} is too small; use 16 or more")
        self.longest_side = longest_side
        self.root = Path(root) if root is not None else None
        self.max_entries = max_entries
        self._cache: OrderedDict[tuple[str, int, object], EncodedImage] = OrderedDict()
        self._lock = threading.Lock()
        self.encoded = 0
        """images actually read and encoded (cache misses)"""

    def path_of(self, ref: ImageRef) -> Path:
        path = Path(ref.path)
        if not path.is_absolute() and self.root is not None:
            path = self.root / path
        return path

    def _open(self, ref: ImageRef) -> Image.Image:
        path = self.path_of(ref)
        try:
            img: Image.Image = Image.open(path)
            img.load()
        except (OSError, UnidentifiedImageError) as exc:
            raise InputError(
                f"image {path} cannot be read for the teacher ({exc}); re-run ingest or fix it"
            ) from exc
        if ref.crop is not None:
            x1, y1, x2, y2 = ref.crop
            img = img.crop((x1, y1, x2 + 1, y2 + 1))
        return img

    def _cached(self, ref: ImageRef) -> EncodedImage | None:
        with self._lock:
            return self._cache.get((ref.sha256, self.longest_side, ref.crop))

    def sent_size(self, ref: ImageRef) -> tuple[int, int]:
        """Width and height the teacher will receive: from the cache, else the file's header."""
        hit = self._cached(ref)
        if hit is not None:
            return hit.width, hit.height
        if ref.crop is not None:
            x1, y1, x2, y2 = ref.crop
            return _sent_size(x2 - x1 + 1, y2 - y1 + 1, self.longest_side)
        try:
            with Image.open(self.path_of(ref)) as img:
                return _sent_size(img.width, img.height, self.longest_side)
        except (OSError, UnidentifiedImageError) as exc:
            raise InputError(f"image {self.path_of(ref)} cannot be read ({exc})") from exc

    def encode(self, ref: ImageRef) -> EncodedImage:
        cache_key = (ref.sha256, self.longest_side, ref.crop)
        with self._lock:
            hit = self._cache.get(cache_key)
            if hit is not None:
                self._cache.move_to_end(cache_key)
                return hit
        encoded = self._as_is(ref)
        if encoded is None:
            encoded = self._reencode(ref)
        with self._lock:
            self.encoded += 1
            self._cache[cache_key] = encoded
            while len(self._cache) > self.max_entries:
                self._cache.popitem(last=False)
        return encoded

    def _as_is(self, ref: ImageRef) -> EncodedImage | None:
        """The file's own bytes when it is a JPEG/PNG/WebP that needs no crop or resize."""
        if ref.crop is not None:
            return None
        path = self.path_of(ref)
        try:
            with Image.open(path) as img:
                kind, width, height = img.format, img.width, img.height
        except (OSError, UnidentifiedImageError):
            return None  # _reencode names the file in its error
        media_type = PASS_THROUGH.get(str(kind))
        if media_type is None or max(width, height) > self.longest_side:
            return None
        data = path.read_bytes()
        return EncodedImage(media_type, base64.b64encode(data).decode("ascii"), width, height)

    def _reencode(self, ref: ImageRef) -> EncodedImage:
        img = self._open(ref)
        size = _sent_size(img.width, img.height, self.longest_side)
        if size != (img.width, img.height):
            img = img.resize(size, Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        if img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info):
            img.save(buffer, format="PNG", optimize=False)
            media_type = "image/png"
        else:
            img.convert("RGB").save(buffer, format="JPEG", quality=JPEG_QUALITY)
            media_type = "image/jpeg"
        return EncodedImage(
            media_type=media_type,
            data_b64=base64.b64encode(buffer.getvalue()).decode("ascii"),
            width=img.width,
            height=img.height,
        )

    async def aencode(self, ref: ImageRef) -> EncodedImage:
        """``encode`` off the event loop when it has to read the file."""
        hit = self._cached(ref)
        if hit is not None:
            return hit
        return await asyncio.to_thread(self.encode, ref)
