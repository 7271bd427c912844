"""What every synthesis command returns, so the CLI, recipes and notebooks read one shape."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class SynthesisResult:
    """Counts of one synthesis run over a workspace (CoT traces, instructions, process drafts)."""

    config: str
    """record set written: ``expert_ad``, ``instruct_iad`` or ``process``"""
    records_path: Path | None = None
    rejects_path: Path | None = None
    samples: int = 0
    """samples the run covered"""
    written: int = 0
    """records that passed validation and are in ``records_path`` (this run and earlier ones)"""
    rejected: int = 0
    requests: int = 0
    """teacher requests the run needed, repairs included"""
    cached: int = 0
    """requests answered from the ledger without a call"""
    sent: int = 0
    failed: int = 0
    cost_usd: float = 0.0
    estimated_cost_usd: float | None = None
    """set by ``dry_run``: what the missing requests would cost"""
    dry_run: bool = False
    stopped: str | None = None
    """why the run stopped early (budget reached, ...), or None"""
    rule_failures: dict[str, int] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for name in ("records_path", "rejects_path"):
            data[name] = str(data[name]) if data[name] is not None else None
        return data

    def tally(self, answered: Any) -> None:
        """Add one engine round's counts (a ``RunResult``) to this result."""
        self.cost_usd += answered.cost_usd
        self.requests += answered.requests
        self.cached += answered.cached
        self.sent += answered.sent
        self.failed += answered.failed
