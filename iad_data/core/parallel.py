"""How chunks of work are mapped onto processes, kept apart from the work itself.

Workers are plain picklable functions over one chunk (img2dataset's split). A process pool
serves one machine today; a Ray or Spark mapper would implement the same ``map_chunks``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def chunked(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def map_chunks(
    fn: Callable[[Sequence[T]], R], chunks: Sequence[Sequence[T]], workers: int
) -> Iterator[R]:
    """Results of ``fn`` per chunk, in order; in-process when one worker is asked for."""
    if workers <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield fn(chunk)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(fn, chunks)
