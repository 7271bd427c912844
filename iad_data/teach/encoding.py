"""Images as teachers receive them: cropped, resized to a longest side, encoded once.

A request names its images by ``ImageRef`` (path, content sha256, optional crop). The
encoder opens the file, applies the crop, shrinks it so the longest side is at most
``longest_side`` (never enlarges), and encodes it (JPEG for photos, PNG when the image has
transparency); an 8-bit JPEG, PNG or WebP that needs neither crop nor resize is sent as it
is. 16-bit and float images are scaled to 8 bits by their depth first (``to_8bit``), so
the teacher sees the image, not a white frame.

The file is read once: its bytes are checked against the ref's sha256 (the samples table's
``image_sha256``), so an image changed on disk after ingest is refused by name, never sent
under the old hash; it is decoded under the project's one decompression-bomb limit. The
result is cached per (sha256, longest side, crop), so the query image that twenty
instruction tasks show is read and encoded once per process.
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

from PIL import Image

from iad_data.core.images import (
    EIGHT_BIT_MODES,
    ImageProblem,
    decode_image,
    image_error,
    open_image,
    read_checked,
    to_8bit,
)
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
        path = self.path_of(ref)
        try:
            with open_image(path) as img:
                return _sent_size(img.width, img.height, self.longest_side)
        except ImageProblem as exc:
            raise image_error(path, exc) from None

    def encode(self, ref: ImageRef) -> EncodedImage:
        cache_key = (ref.sha256, self.longest_side, ref.crop)
        with self._lock:
            hit = self._cache.get(cache_key)
            if hit is not None:
                self._cache.move_to_end(cache_key)
                return hit
        encoded = self._encode(ref)
        with self._lock:
            self.encoded += 1
            self._cache[cache_key] = encoded
            while len(self._cache) > self.max_entries:
                self._cache.popitem(last=False)
        return encoded

    def _encode(self, ref: ImageRef) -> EncodedImage:
        """Read the file once, check its sha256, and send its own bytes when it is an
        8-bit JPEG/PNG/WebP that needs no crop or resize; else crop, scale, resize, encode."""
        path = self.path_of(ref)
        data = read_checked(path, ref.sha256)
        try:
            with open_image(data) as header:
                kind, mode, width, height = header.format, header.mode, header.width, header.height
        except ImageProblem as exc:
            raise image_error(path, exc) from None
        media_type = PASS_THROUGH.get(str(kind))
        if (
            ref.crop is None
            and media_type is not None
            and mode in EIGHT_BIT_MODES
            and max(width, height) <= self.longest_side
        ):
            return EncodedImage(media_type, base64.b64encode(data).decode("ascii"), width, height)
        img = decode_image(data, path)
        if ref.crop is not None:
            x1, y1, x2, y2 = ref.crop
            img = img.crop((x1, y1, x2 + 1, y2 + 1))
        img = to_8bit(img)
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
