"""Images that appear in more than one split: exact copies and near duplicates.

Benchmarks re-use each other's images (PCB-Bank's pcb1-4 are VisA's), so the check runs
across datasets and by content, never by name:

- **exact**: same ``image_sha256`` (file bytes);
- **near**, in two stages. (1) Candidates: a DCT perceptual hash of 256 bits (grey image
  resized to 64x64, 2-D DCT, the 16x16 lowest frequencies, each bit = coefficient above
  their median) within ``NEAR_THRESHOLD`` bits (Hamming distance). Re-encoded, slightly
  resized or re-lit copies stay within a few bits, but so do different photos of
  identical, aligned parts (MVTec's bottles), which a global hash cannot tell apart.
  (2) Confirmation: the fine detail must match too. Both images are made grey,
  box-resized to ``min(128, smaller side / 2)`` square, and high-passed (minus a Gaussian
  blur, sigma 1); the Pearson correlation of the two residuals must be at least
  ``DETAIL_THRESHOLD``. Copies scored 0.94-1.0 in our tests (JPEG q85, +5 % brightness,
  90 % resize), different synthetic parts at most 0.92 (0.74 at 512 px); the same part
  re-drawn in the same pose with fresh noise about 0.95 (reported). Not caught: crops or
  shifts of more than about a pixel at that scale.

Candidates are found by multi-index hashing (``release.hash_index``: the pigeonhole on
``NEAR_THRESHOLD + 1`` chunks of the hash), exactly the pairs that comparing every pair of
splits finds, without the n x m. Detail vectors are written to a memory-mapped file in the
workspace while they are computed and read back a pair at a time, so memory does not grow
with the number of candidate images. Hashing, the candidate search (from
``SEARCH_SPREAD_FROM`` hashes: one bit-chunk of the index per task, the hashes shared as a
memory-mapped file in the workspace) and detail vectors are plain chunk workers mapped by the
stage's engine (the process pool, or Ray).

Hashes are cached in ``WORKSPACE/hashes.parquet`` by ``image_sha256`` and confirmed pairs
in ``WORKSPACE/near_pairs.parquet``, so a later run (``publish`` after ``split``) decodes
only new images.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import scipy.fft
import scipy.ndimage
from numpy.typing import NDArray
from PIL import Image
from tqdm import tqdm

from iad_data.core.engines import Engine
from iad_data.core.images import decode_image, read_checked, to_8bit
from iad_data.core.parallel import chunked, default_workers, map_chunks
from iad_data.core.workspace import Workspace, atomic_write, write_json
from iad_data.release.hash_index import chunk_bounds, chunk_near_pairs, near_pairs, union_pairs
from iad_data.release.options import NEAR_THRESHOLD

HASH_SIZE = 64
"""side of the grey image the DCT is taken of"""
HASH_FREQS = 16
"""side of the block of lowest frequencies kept: 16 x 16 = 256 bits"""
DETAIL_THRESHOLD = 0.93
"""correlation of fine detail at or above which a candidate pair is a near duplicate"""
DETAIL_MAX_SIDE = 128
WORDS = HASH_FREQS * HASH_FREQS // 64


def _grey(
    path: str | Path, sha256: str | None, dataset: str | None, draft: int | None = None
) -> Image.Image:
    """The image as 8-bit grey, read as every later stage reads it: bytes checked against the
    ingested ``sha256`` (when given), decoded under the one pixel limit, high-depth modes
    scaled to 8 bits (``to_8bit``); ``InputError`` naming the file otherwise."""
    path = Path(path)
    data = read_checked(path, sha256, dataset=dataset)
    drafted = ("L", draft) if draft is not None else None  # JPEG: decode grey, reduced
    return to_8bit(decode_image(data, path, dataset=dataset, draft=drafted)).convert("L")


def perceptual_hash(
    path: str | Path, sha256: str | None = None, *, dataset: str | None = None
) -> str:
    """256-bit DCT hash of an image as 64 hex characters (``sha256``: see ``_grey``)."""
    grey = _grey(path, sha256, dataset, draft=HASH_SIZE * 2)
    factor = min(grey.width, grey.height) // (HASH_SIZE * 2)
    if factor > 1:
        grey = grey.reduce(factor)
    small = grey.resize((HASH_SIZE, HASH_SIZE), Image.Resampling.LANCZOS)
    pixels = np.asarray(small, dtype=np.float64)
    coeffs = scipy.fft.dctn(pixels, norm="ortho")[:HASH_FREQS, :HASH_FREQS].ravel()
    bits = coeffs > np.median(coeffs[1:])
    return np.packbits(bits).tobytes().hex()


def detail_side(*sides: int) -> int:
    """Side of the square the fine detail of a pair is compared at."""
    return max(8, min(DETAIL_MAX_SIDE, min(sides) // 2))


def detail_vector(
    path: str | Path, side: int, sha256: str | None = None, *, dataset: str | None = None
) -> NDArray[np.float16]:
    """The image's high-pass residual at ``side`` x ``side``, zero-mean and unit-norm, so the
    correlation of two images is the dot product of their vectors."""
    grey = _grey(path, sha256, dataset).resize((side, side), Image.Resampling.BOX)
    x = np.asarray(grey, dtype=np.float64)
    r = (x - scipy.ndimage.gaussian_filter(x, 1.0)).ravel()
    r -= r.mean()
    norm = float(np.sqrt((r * r).sum()))
    out: NDArray[np.float16] = (r / norm if norm > 0 else r).astype(np.float16)
    return out


def _detail_chunk(items: Sequence[tuple[str, int, str, str]]) -> list[NDArray[np.float16]]:
    return [detail_vector(path, side, sha, dataset=dataset) for path, side, sha, dataset in items]


def _hash_chunk(items: Sequence[tuple[str, tuple[str, str]]]) -> list[tuple[str, str]]:
    return [(sha, perceptual_hash(path, sha, dataset=dataset)) for sha, (path, dataset) in items]


def _as_words(hashes: Sequence[str]) -> NDArray[np.uint64]:
    raw = b"".join(bytes.fromhex(h) for h in hashes)
    return np.frombuffer(raw, dtype=">u8").astype(np.uint64).reshape(len(hashes), WORDS)


def hamming(a: str, b: str) -> int:
    return int(np.bitwise_count(_as_words([a]) ^ _as_words([b])).sum())


@dataclass(frozen=True)
class Leak:
    kind: str
    """``exact`` or ``near``"""
    distance: int
    """Hamming distance of the perceptual hashes"""
    a: str
    """sample id in the first split"""
    a_split: str
    b: str
    b_split: str
    detail: float = 1.0
    """fine-detail correlation (near pairs)"""

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "distance": self.distance,
            "a": self.a,
            "a_split": self.a_split,
            "b": self.b,
            "b_split": self.b_split,
            "detail": round(self.detail, 4),
        }


@dataclass
class LeakageReport:
    threshold: int
    checked: int
    leaks: list[Leak] = field(default_factory=list)

    @property
    def exact(self) -> int:
        return sum(1 for leak in self.leaks if leak.kind == "exact")

    @property
    def near(self) -> int:
        return sum(1 for leak in self.leaks if leak.kind == "near")

    @property
    def clean(self) -> bool:
        return not self.leaks

    def summary(self, limit: int = 50) -> dict[str, Any]:
        return {
            "checked": self.checked,
            "near_threshold_bits": self.threshold,
            "detail_threshold": DETAIL_THRESHOLD,
            "hash": f"DCT pHash {HASH_FREQS * HASH_FREQS} bits of {HASH_SIZE}x{HASH_SIZE} grey",
            "exact": self.exact,
            "near": self.near,
            "leaks": [leak.as_dict() for leak in self.leaks[:limit]],
        }


def image_hashes(
    ws: Workspace,
    samples: pl.DataFrame,
    *,
    workers: int | None = None,
    progress: bool = False,
    engine: Engine | None = None,
) -> dict[str, str]:
    """``image_sha256 -> perceptual hash`` for every sample, from and into the cache."""
    cache_path = ws.path / "hashes.parquet"
    cached: dict[str, str] = {}
    if cache_path.exists():
        frame = pl.read_parquet(cache_path)
        cached = dict(zip(frame["image_sha256"].to_list(), frame["phash"].to_list(), strict=True))
    roots = ws.dataset_roots()
    todo: dict[str, tuple[str, str]] = {}
    for sha, dataset, rel in samples.select("image_sha256", "dataset", "image_path").iter_rows():
        if sha not in cached and sha not in todo:
            todo[sha] = (str(ws.image_file(dataset, rel, roots)), dataset)
    if todo:
        items = sorted(todo.items())
        n_workers = min(workers or default_workers(), max(1, len(items) // 256))
        bar = tqdm(total=len(items), desc="leakage: hash images", unit="img", disable=not progress)
        hashed = map_chunks(
            _hash_chunk, chunked(items, 256), n_workers, engine, what="hashing images"
        )
        for chunk in hashed:
            bar.update(len(chunk))
            cached.update(chunk)
        bar.close()
        table = pl.DataFrame(
            {"image_sha256": list(cached), "phash": list(cached.values())},
            schema={"image_sha256": pl.String, "phash": pl.String},
        ).sort("image_sha256")

        def write(tmp: Path) -> None:
            table.write_parquet(tmp, statistics=False)

        atomic_write(cache_path, write)
    return cached


class _PairCache:
    """Fine-detail correlations of candidate pairs by image sha (``near_pairs.parquet``)."""

    def __init__(self, ws: Workspace) -> None:
        self.path = ws.path / "near_pairs.parquet"
        self.values: dict[tuple[str, str], float] = {}
        self.dirty = False
        if self.path.exists():
            frame = pl.read_parquet(self.path)
            for a, b, v in frame.iter_rows():
                self.values[(a, b)] = v

    @staticmethod
    def key(a: str, b: str) -> tuple[str, str]:
        return (a, b) if a < b else (b, a)

    def get(self, a: str, b: str) -> float | None:
        return self.values.get(self.key(a, b))

    def put(self, a: str, b: str, value: float) -> None:
        self.values[self.key(a, b)] = value
        self.dirty = True

    def save(self) -> None:
        if not self.dirty:
            return
        keys = sorted(self.values)
        table = pl.DataFrame(
            {
                "sha_a": [k[0] for k in keys],
                "sha_b": [k[1] for k in keys],
                "detail": [self.values[k] for k in keys],
            },
            schema={"sha_a": pl.String, "sha_b": pl.String, "detail": pl.Float64},
        )

        def write(tmp: Path) -> None:
            table.write_parquet(tmp, statistics=False)

        atomic_write(self.path, write)


def _confirm_pairs(
    ws: Workspace,
    frame: pl.DataFrame,
    candidates: list[tuple[int, int, int, str, str]],
    shas: list[str],
    sizes: list[tuple[int, int]],
    cache: _PairCache,
    workers: int | None,
    progress: bool = False,
    engine: Engine | None = None,
) -> None:
    """Fine-detail correlation of every candidate pair not in ``cache`` (decoding each
    image once, in the engine's workers); the vectors wait on disk, not in memory."""
    todo: dict[tuple[str, str], tuple[int, int, int]] = {}
    for i, j, _, _, _ in candidates:
        if shas[i] != shas[j] and cache.get(shas[i], shas[j]) is None:
            todo.setdefault(cache.key(shas[i], shas[j]), (i, j, detail_side(*sizes[i], *sizes[j])))
    if not todo:
        return
    roots = ws.dataset_roots()
    datasets, paths = frame["dataset"].to_list(), frame["image_path"].to_list()
    need = sorted({(k, side) for i, j, side in todo.values() for k in (i, j)})
    items = [
        (str(ws.image_file(datasets[k], paths[k], roots)), side, shas[k], datasets[k])
        for k, side in need
    ]
    n_workers = min(workers or default_workers(), max(1, len(items) // 64))
    row_of: dict[tuple[int, int], int] = {}
    per_side: dict[int, int] = {}
    for k, side in need:
        row_of[(k, side)] = per_side.get(side, 0)
        per_side[side] = row_of[(k, side)] + 1
    with tempfile.TemporaryDirectory(dir=ws.path, prefix=".leakage-details-") as tmp:
        stores = {
            side: np.lib.format.open_memmap(
                Path(tmp) / f"detail-{side}.npy", "w+", np.float16, (count, side * side)
            )
            for side, count in per_side.items()
        }
        keys = iter(need)
        bar = tqdm(
            total=len(items), desc="leakage: confirm pairs", unit="img", disable=not progress
        )
        vectors = map_chunks(
            _detail_chunk, chunked(items, 64), n_workers, engine, what="computing detail vectors"
        )
        for chunk in vectors:
            bar.update(len(chunk))
            for vector in chunk:
                k, side = next(keys)
                stores[side][row_of[(k, side)]] = vector
        bar.close()
        for i, j, side in todo.values():
            store = stores[side]
            a = np.asarray(store[row_of[(i, side)]], dtype=np.float32)
            b = np.asarray(store[row_of[(j, side)]], dtype=np.float32)
            cache.put(shas[i], shas[j], float(np.dot(a, b)))
        del stores


SEARCH_SPREAD_FROM = 50_000
"""hashes from which the candidate search is spread over the engine's workers (below it one
process answers in well under a second, less than shipping the hashes costs)"""


def _search_chunk(items: Sequence[tuple[str, str, int, int]]) -> list[NDArray[np.int64]]:
    """Worker: the verified near pairs of one bit-chunk each, the hashes and groups read
    from the memory-mapped files the driver wrote (nothing large travels with the task)."""
    out = []
    for words_path, group_path, threshold, part in items:
        words = np.load(words_path, mmap_mode="r")
        group = np.load(group_path, mmap_mode="r")
        out.append(chunk_near_pairs(words, group, threshold, [part]))
    return out


def _spread_search(
    words: NDArray[np.uint64],
    group: NDArray[np.int32],
    threshold: int,
    scratch: Path,
    workers: int,
    engine: Engine | None,
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """``near_pairs`` with one bit-chunk per task on the engine (the union of the chunks'
    pairs is the whole set: each near pair shares at least one chunk)."""
    with tempfile.TemporaryDirectory(dir=scratch, prefix=".leakage-search-") as tmp:
        words_path, group_path = Path(tmp) / "words.npy", Path(tmp) / "group.npy"
        np.save(words_path, np.ascontiguousarray(words))
        np.save(group_path, group)
        parts = range(len(chunk_bounds(threshold)))
        items = [(str(words_path), str(group_path), threshold, part) for part in parts]
        results = map_chunks(
            _search_chunk,
            chunked(items, 1),
            min(workers, len(items)),
            engine,
            what="searching near hashes",
        )
        table = union_pairs([t for chunk in results for t in chunk], len(words))
    return table[0], table[1], table[2]


def candidate_pairs(
    words: NDArray[np.uint64],
    split_of: list[str],
    threshold: int,
    *,
    scratch: Path | None = None,
    workers: int | None = None,
    engine: Engine | None = None,
) -> list[tuple[int, int, int, str, str]]:
    """(i, j, distance, split of i, split of j) of every pair of rows in different splits at
    most ``threshold`` bits apart, i in the split whose name sorts first, in the order the
    pairwise comparison of splits lists them (by split pair, then i, then j). From
    ``SEARCH_SPREAD_FROM`` rows, with a ``scratch`` folder and more than one worker (or Ray),
    the search runs on the engine; the pairs are the same."""
    names = sorted(set(split_of))
    code = {name: n for n, name in enumerate(names)}
    group = np.array([code[s] for s in split_of], dtype=np.int32)
    n_workers = workers or default_workers()
    spread = (engine is not None and engine.is_ray) or n_workers > 1
    if scratch is not None and spread and len(words) >= max(2, SEARCH_SPREAD_FROM):
        rows_a, rows_b, dists = _spread_search(words, group, threshold, scratch, n_workers, engine)
    else:
        rows_a, rows_b, dists = near_pairs(words, group, threshold)
    swap = group[rows_a] > group[rows_b]
    first = np.where(swap, rows_b, rows_a)
    second = np.where(swap, rows_a, rows_b)
    order = np.lexsort((second, first, group[second], group[first]))
    return [
        (int(i), int(j), int(d), names[group[i]], names[group[j]])
        for i, j, d in zip(first[order], second[order], dists[order], strict=True)
    ]


def _fingerprint(frame: pl.DataFrame, splits: dict[str, str], near_threshold: int) -> str:
    """What a leakage report depends on: every sample's split and image, and the settings."""
    rows = sorted(
        f"{sid}\t{splits[sid]}\t{sha}"
        for sid, sha in zip(
            frame["sample_id"].to_list(), frame["image_sha256"].to_list(), strict=True
        )
    )
    head = f"{HASH_SIZE}/{HASH_FREQS}/{near_threshold}/{DETAIL_THRESHOLD}/{DETAIL_MAX_SIDE}"
    return hashlib.sha256("\n".join([head, *rows]).encode()).hexdigest()


def _reuse(ws: Workspace, fingerprint: str, threshold: int) -> LeakageReport | None:
    """The last report, when it was made from the same samples, splits and settings."""
    path = ws.leakage_report_path
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return None
    if data.get("fingerprint") != fingerprint:
        return None
    report = LeakageReport(threshold=threshold, checked=int(data["checked"]))
    report.leaks = [Leak(**item) for item in data["leaks"]]
    return report


def find_leaks(
    workspace: str | Path | Workspace,
    splits: dict[str, str],
    *,
    near_threshold: int = NEAR_THRESHOLD,
    samples: pl.DataFrame | None = None,
    workers: int | None = None,
    progress: bool = False,
    engine: Engine | None = None,
) -> LeakageReport:
    """Pairs of samples in different splits with the same or a near-same image.

    Writes ``reports/leakage.json``, and returns it as it is when the samples, splits and
    settings have not changed since it was written (``publish`` right after ``split``).
    Candidates come from the multi-index hash (``candidate_pairs``): the pairs comparing
    every pair of splits would find, at about n log n plus the candidates.
    """
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    frame = ws.require_samples() if samples is None else samples
    frame = frame.select(
        "sample_id", "image_sha256", "dataset", "image_path", "width", "height"
    ).filter(pl.col("sample_id").is_in(list(splits)))
    fingerprint = _fingerprint(frame, splits, near_threshold)
    reused = _reuse(ws, fingerprint, near_threshold)
    if reused is not None:
        return reused
    hashes = image_hashes(ws, frame, workers=workers, progress=progress, engine=engine)
    ids = frame["sample_id"].to_list()
    shas = frame["image_sha256"].to_list()
    sizes = list(zip(frame["width"].to_list(), frame["height"].to_list(), strict=True))
    report = LeakageReport(threshold=near_threshold, checked=len(ids))
    words = _as_words([hashes[s] for s in shas]) if ids else np.zeros((0, WORDS), np.uint64)
    candidates = candidate_pairs(
        words,
        [splits[sid] for sid in ids],
        near_threshold,
        scratch=ws.path,
        workers=workers,
        engine=engine,
    )
    confirm = _PairCache(ws)
    _confirm_pairs(ws, frame, candidates, shas, sizes, confirm, workers, progress, engine)
    for i, j, d, sa, sb in candidates:
        if shas[i] == shas[j]:
            report.leaks.append(Leak("exact", 0, ids[i], sa, ids[j], sb))
            continue
        detail = confirm.get(shas[i], shas[j])
        if detail is not None and detail >= DETAIL_THRESHOLD:
            report.leaks.append(Leak("near", d, ids[i], sa, ids[j], sb, detail))
    confirm.save()
    report.leaks.sort(key=lambda leak: (leak.kind, leak.distance, leak.a, leak.b))
    data = report.summary(limit=len(report.leaks))
    write_json(ws.leakage_report_path, {**data, "fingerprint": fingerprint})
    return report


CROSS_SPLIT_REASON = "an image of the record sits in another split"
"""why a record is left out of a publish or export (see ``records_across_splits``)"""


def records_across_splits(
    frame: pl.DataFrame, splits: dict[str, str]
) -> tuple[pl.DataFrame, list[dict[str, str]]]:
    """Records whose other ``images`` sit in a different split than their ``sample_id``.

    A record goes to the split of the sample it is about; a one-shot record (``.1shot``:
    ``images`` = [normal reference, query]) or any multi-image record would otherwise carry
    an image of another split into this one (a training reference inside a test record).
    Returns (the records to keep, one ``{record_id, split, image, image_split}`` per record
    left out). Images without a split are not judged here (other checks name them).
    """
    if frame.is_empty() or "images" not in frame.columns:
        return frame, []
    dropped: list[dict[str, str]] = []
    keep: list[bool] = []
    for rid, sid, images in frame.select("record_id", "sample_id", "images").iter_rows():
        own = splits.get(sid)
        other = next((i for i in images or [] if splits.get(i) not in (None, own)), None)
        keep.append(other is None)
        if other is not None:
            dropped.append(
                {
                    "record_id": rid,
                    "split": str(own),
                    "image": other,
                    "image_split": splits[other],
                }
            )
    if not dropped:
        return frame, []
    return frame.filter(pl.Series(keep, dtype=pl.Boolean)), dropped


__all__ = [
    "CROSS_SPLIT_REASON",
    "DETAIL_THRESHOLD",
    "NEAR_THRESHOLD",
    "Leak",
    "LeakageReport",
    "candidate_pairs",
    "find_leaks",
    "detail_side",
    "detail_vector",
    "hamming",
    "image_hashes",
    "perceptual_hash",
    "records_across_splits",
]
