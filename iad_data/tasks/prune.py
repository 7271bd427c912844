"""``prune``: move the records of samples no longer in the samples table to the rejects files.

An image removed from the benchmark (or a category left out of the last ingest) leaves its
records behind in ``records/<set>.parquet``; publish refuses records that name unknown
samples. Synthesis moves such records itself when it runs (``tasks.store.save_records``);
``prune`` does it for every record set at once without a teacher, e.g. before a publish.
Each stale record becomes a rejects row with ``"stale"`` set, the finding ``stale_sample``
and the record itself; paid answers stay in the ledger.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iad_data.core.lock import lock_unless
from iad_data.core.workspace import Workspace
from iad_data.tasks import store
from iad_data.tasks.registry import record_sets


@dataclass
class PruneResult:
    """Per records file (``expert_ad``, ``expert_ad_blind``, ``instruct_iad``...) that exists."""

    workspace: Path
    dry_run: bool
    files: dict[str, store.SavedRecords] = field(default_factory=dict)

    @property
    def stale(self) -> int:
        """records moved (or, in a dry run, that would be moved) to the rejects files"""
        return sum(saved.stale for saved in self.files.values())

    def summary(self) -> dict[str, Any]:
        return {
            "workspace": str(self.workspace),
            "dry_run": self.dry_run,
            "stale": self.stale,
            "files": {name: saved.to_dict() for name, saved in self.files.items()},
        }


def prune(
    workspace: str | Path | Workspace, *, dry_run: bool = False, wait: bool = False
) -> PruneResult:
    """Move every record whose sample (or reference image) is not in ``samples.parquet`` to
    its rejects file, for every record set; ``dry_run`` only counts. Holds the workspace's
    lock (``wait`` waits for another writer)."""
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    result = PruneResult(ws.path, dry_run)
    with lock_unless(dry_run, ws, "prune", wait=wait):
        known = set(ws.require_samples()["sample_id"].to_list())
        for rs in record_sets():
            for name in (rs.name, *rs.extra_files):
                path = ws.records_path(name)
                if not path.exists():
                    continue
                result.files[name] = store.prune_records(
                    path,
                    ws.rejects_path(name),
                    rs.record_model,
                    known=known,
                    samples_path=ws.samples_path,
                    command="iad-data prune",
                    dry_run=dry_run,
                )
    return result


__all__ = ["PruneResult", "prune"]
