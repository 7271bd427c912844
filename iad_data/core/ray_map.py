"""``map_chunks`` on Ray: one Ray task per chunk, results yielded in submission order.

The worker function is put in the object store once and each task calls it on its chunk;
at most ``window`` tasks are in flight, so the driver never holds more than that many
results. A worker's ``IadDataError`` comes back as itself (the message the pool would give);
a worker that dies (killed, out of memory, its node lost) is an ``IadDataError`` saying so.
Workers read files by path: on a cluster of several machines the workspace and benchmark
roots must be on a filesystem every node mounts at the same path (see docs/scale.md).
"""

from __future__ import annotations

import itertools
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from types import ModuleType
from typing import Any, TypeVar

from iad_data.core.engines import Engine
from iad_data.errors import IadDataError, InputError

T = TypeVar("T")
R = TypeVar("R")

tasks_submitted = 0
"""Ray tasks this process has submitted (tests check that Ray did the work)"""
_lock = threading.Lock()
_remote: dict[int, Any] = {}


def require_ray() -> ModuleType:
    """The ``ray`` module; an ``InputError`` naming the extra to install when it is missing."""
    try:
        import ray
    except ImportError:
        raise InputError(
            "engine ray needs Ray, which is not installed: pip install 'iad-data[ray]' "
            "(or run with --engine pool, the default)."
        ) from None
    return ray


def connect(engine: Engine) -> ModuleType:
    """Ray, joined to the engine's cluster (or the one this process already joined)."""
    ray = require_ray()
    with _lock:
        if ray.is_initialized():
            return ray
        address = engine.address()
        try:
            if address is None:
                ray.init(include_dashboard=False, log_to_driver=False)
            else:
                ray.init(address=address, log_to_driver=False)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            raise InputError(
                f"cannot join the Ray cluster at {address or 'a new local cluster'} "
                f"({type(exc).__name__}: {exc}). Check --ray-address (or RAY_ADDRESS) and that "
                "the cluster runs the same Ray version; or run with --engine pool."
            ) from None
    return ray


def cluster_cpus(engine: Engine) -> int:
    """CPUs of the engine's Ray cluster (at least 1)."""
    ray = connect(engine)
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def _call(fn: Callable[[Any], Any], chunk: Any) -> Any:
    return fn(chunk)


def _task(ray: ModuleType, retries: int) -> Any:
    with _lock:
        if retries not in _remote:
            _remote[retries] = ray.remote(num_cpus=1, max_retries=retries)(_call)
        return _remote[retries]


def _raise_from(ray: ModuleType, exc: BaseException, what: str) -> None:
    """A worker's own error as itself; a dead worker as an ``IadDataError``."""
    if isinstance(exc, ray.exceptions.RayTaskError):
        cause = exc.cause
        if isinstance(cause, IadDataError):
            raise cause from None
        raise exc
    if isinstance(exc, ray.exceptions.RayError):
        raise IadDataError(
            f"a Ray worker died while {what} ({type(exc).__name__}: {str(exc)[:300]}). What "
            "was finished is kept; run the command again to go on."
        ) from None
    raise exc


def ray_map(
    fn: Callable[[Sequence[T]], R],
    chunks: Sequence[Sequence[T]],
    engine: Engine,
    *,
    window: int | None = None,
    retries: int = 3,
    what: str = "mapping chunks",
    drain: bool = False,
) -> Iterator[R]:
    """``fn`` of each chunk as Ray tasks, in order (``retries``: re-runs of a task whose
    worker died; 0 where a chunk must not run twice unasked). When a task fails or the
    consumer stops early, the tasks still in flight are cancelled, or with ``drain`` waited
    for (workers that own files the caller reads afterwards)."""
    global tasks_submitted
    ray = connect(engine)
    window = window or 2 * cluster_cpus(engine)
    task = _task(ray, retries)
    fn_ref = ray.put(fn)
    todo = iter(chunks)
    pending: deque[Any] = deque()

    def submit(chunk: Sequence[T]) -> None:
        global tasks_submitted
        pending.append(task.remote(fn_ref, chunk))
        with _lock:
            tasks_submitted += 1

    try:
        for chunk in itertools.islice(todo, window):
            submit(chunk)
        while pending:
            ref = pending.popleft()
            try:
                result: R = ray.get(ref)
            except Exception as exc:  # noqa: BLE001 - sorted out by _raise_from
                _raise_from(ray, exc, what)
                raise  # unreachable: _raise_from always raises
            for chunk in itertools.islice(todo, 1):
                submit(chunk)
            yield result
    finally:
        if drain and pending:
            ray.wait(list(pending), num_returns=len(pending), timeout=None)
        for ref in pending:  # the consumer stopped early (an error): free the cluster
            ray.cancel(ref)
