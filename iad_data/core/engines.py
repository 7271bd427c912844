"""Which engine maps chunks of work: a process pool on this machine, or a Ray cluster.

An ``Engine`` names the engine and, for Ray, the cluster; ``core.parallel.map_chunks`` takes
it and maps the same plain worker functions either way, so outputs never depend on it. Ray
is an optional extra (``pip install 'iad-data[ray]'``): asking for it without it installed
is an error that says what to install, never a silent fall-back to the pool.

Ray tasks, not Ray Data: the workers are functions over a chunk that return Python objects
(column dicts, problem rows, hashes, vectors, ledger summaries), not table batches; tasks
keep that seam unchanged, return results in submission order with nothing to re-sort, and
add no streaming executor between the driver and the workers.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal, get_args

EngineName = Literal["pool", "ray"]
ENGINES: tuple[str, ...] = get_args(EngineName)
RAY_ADDRESS_ENV = "RAY_ADDRESS"
"""the variable Ray itself reads: the cluster to join when no address is given"""


@dataclass(frozen=True)
class Engine:
    """How chunks are mapped: ``pool`` (worker processes here) or ``ray`` (a cluster)."""

    name: EngineName = "pool"
    ray_address: str | None = None
    """``ray://HOST:10001``, ``HOST:6379`` or ``auto``; None: ``RAY_ADDRESS``, else a local
    Ray started for this process (or the one already initialised)"""

    @property
    def is_ray(self) -> bool:
        return self.name == "ray"

    def address(self) -> str | None:
        return self.ray_address or os.environ.get(RAY_ADDRESS_ENV) or None

    def describe(self) -> str:
        if not self.is_ray:
            return "a process pool on this machine"
        return f"Ray at {self.address() or 'a local cluster'}"


POOL = Engine()
"""the default: worker processes on this machine"""
