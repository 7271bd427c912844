"""How chunks of work are mapped onto processes, kept apart from the work itself.

Workers are plain picklable functions over one chunk (img2dataset's split). The engine
(``core.engines.Engine``) says how they are mapped: a process pool on this machine (the
default) or Ray tasks on a cluster (``core.ray_map``); a Spark mapper would be one more
branch here. Results come back in chunk order either way, so outputs never depend on it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from iad_data.core.engines import Engine

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
    fn: Callable[[Sequence[T]], R],
    chunks: Sequence[Sequence[T]],
    workers: int,
    engine: Engine | None = None,
    *,
    retries: int = 3,
    what: str = "mapping chunks",
    drain: bool = False,
) -> Iterator[R]:
    """Results of ``fn`` per chunk, in order. The pool runs in-process when one worker is
    asked for; Ray (``engine``) always sends the chunks to the cluster, ``workers`` in flight
    at least (``retries``: how often Ray re-runs a chunk whose worker died; ``drain``: on a
    failure, wait for the chunks still running instead of cancelling them; a broken pool
    has ended its workers before this returns)."""
    if engine is not None and engine.is_ray:
        from iad_data.core.ray_map import ray_map

        yield from ray_map(fn, chunks, engine, retries=retries, what=what, drain=drain)
        return
    if workers <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield fn(chunk)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(fn, chunks)
