"""``iad-data eval compare RESULT...``: several models side by side, and each one's difference
from the first with its 95 % interval (MOVER; Newcombe's for shares).

Two results are compared only when they should be. Refused: different protocols or shot
counts (their metrics mean different things), different data (content hash) or different
questions (``questions_sha256``: another split, --limit or --categories) unless ``force``,
which turns these into warnings. Warned about: another prompt template, other sampling
parameters or image size, another toolkit version, and a partial result (a run stopped by
its budget).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iad_data.errors import InputError
from iad_data.evaluation.results import StoredResult, Tables, read_result
from iad_data.evaluation.stats import Cell, Difference, difference


@dataclass
class Comparison:
    """The results compared, the metric, per group (each dataset, ``average``, ``all``) each
    result's figure and its difference from the first result."""

    results: list[StoredResult]
    metric: str
    labels: list[str]
    groups: list[str] = field(default_factory=list)
    cells: dict[str, list[Cell | None]] = field(default_factory=dict)
    differences: dict[str, list[Difference | None]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    shares: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "metric": self.metric,
            "results": [
                {"label": label, "file": str(r.path), "complete": r.complete}
                for label, r in zip(self.labels, self.results, strict=True)
            ],
            "groups": {
                group: {
                    "values": [c.to_dict() if c else None for c in self.cells[group]],
                    "differences": [d.to_dict() if d else None for d in self.differences[group]],
                }
                for group in self.groups
            },
            "warnings": self.warnings,
        }

    def show(self, cell: Cell | None) -> str:
        if cell is None:
            return "-"
        return cell.percent() if self.shares else cell.plain()

    def table(self) -> tuple[list[str], list[list[str]]]:
        """Headers and rows for people: the figures, then the differences from the first."""
        base = self.labels[0]
        headers = ["dataset", *self.labels, *(f"{label} - {base}" for label in self.labels[1:])]
        rows = []
        for group in self.groups:
            diffs = self.differences[group][1:]
            rows.append(
                [
                    group,
                    *(self.show(c) for c in self.cells[group]),
                    *(
                        "-"
                        if d is None
                        else (
                            d.percent()
                            if self.shares
                            else f"{d.value:+.2f} [{d.low:+.2f}, {d.high:+.2f}]"
                        )
                        for d in diffs
                    ),
                ]
            )
        return headers, rows


def _setting(result: StoredResult, *path: str) -> Any:
    value: Any = result.provenance
    for part in path:
        value = value.get(part) if isinstance(value, dict) else None
    return value


CHECKS: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("data content", ("data", "content_sha256"), True),
    ("questions asked", ("selection", "questions_sha256"), True),
    ("prompt template", ("prompt", "template_hash"), False),
    ("sampling parameters", ("sampling",), False),
    ("image size sent", ("model", "longest_side"), False),
    ("toolkit version", ("toolkit_version",), False),
)
"""(what, where in the provenance, whether a difference refuses the comparison)"""


def comparability(results: Sequence[StoredResult], force: bool = False) -> list[str]:
    """Warnings about ``results``; ``InputError`` when they must not be compared."""
    first = results[0]
    for other in results[1:]:
        for what in ("protocol", "shots"):
            if _setting(other, what) != _setting(first, what):
                raise InputError(
                    f"{other.path.name} is {_setting(other, 'protocol')} "
                    f"{_setting(other, 'shots')}-shot and {first.path.name} is "
                    f"{_setting(first, 'protocol')} {_setting(first, 'shots')}-shot: results of "
                    "different protocols or shot counts cannot be compared."
                )
    warnings: list[str] = []
    refusals: list[str] = []
    for what, path, refuse in CHECKS:
        values = [_setting(r, *path) for r in results]
        if any(v != values[0] for v in values[1:]):
            shown = ", ".join(f"{r.path.name}: {v}" for r, v in zip(results, values, strict=True))
            line = f"the {what} differs ({shown})"
            (refusals if refuse and not force else warnings).append(line)
    for r in results:
        if not r.complete:
            warnings.append(
                f"{r.path.name} is partial: {_setting(r, 'not_sent')} question(s) were never "
                "asked (run the eval again to finish it)"
            )
    if refusals:
        raise InputError(
            "these results are not comparable: "
            + "; ".join(refusals)
            + ". Evaluate every model on the same data version and questions, or pass "
            "--force to compare anyway."
        )
    return warnings


def _labels(results: Sequence[StoredResult]) -> list[str]:
    """Each result's name in the table: the model's name, ``provider:model`` where two share
    one, the full spec where two share that, the file name where two share that too."""
    for labels in (
        [str(_setting(r, "model", "model") or r.label) for r in results],
        [str(_setting(r, "model", "name") or r.label) for r in results],
        [r.label for r in results],
    ):
        if len(set(labels)) == len(labels):
            return labels
    return [r.path.stem for r in results]


def compare_results(
    paths: Sequence[str | Path], *, metric: str | None = None, force: bool = False
) -> Comparison:
    """Compare results files (``evals/*.parquet``); the first is the baseline."""
    if len(paths) < 2:
        raise InputError("compare needs two or more results (WORKSPACE/evals/*.parquet).")
    results = [read_result(p) for p in paths]
    warnings = comparability(results, force)
    protocol = results[0].protocol
    metric = metric or protocol.primary
    tables: list[Tables] = [r.tables() for r in results]
    if metric not in protocol.metrics:
        raise InputError(f"--metric {metric}: {protocol.name} has {', '.join(protocol.metrics)}.")
    out = Comparison(results, metric, _labels(results), warnings=warnings)
    out.shares = metric in protocol.shares
    datasets = sorted({d for t in tables for d in t.datasets})
    for group in [*datasets, "average", "all"]:
        cells: list[Cell | None] = []
        for t in tables:
            block = t.datasets.get(group) if group in datasets else None
            if group == "average":
                block = t.average
            elif group == "all":
                block = t.overall
            cells.append(block.get(metric) if block else None)
        base = cells[0]
        out.groups.append(group)
        out.cells[group] = cells
        out.differences[group] = [
            difference(c, base) if c is not None and base is not None else None for c in cells
        ]
    return out


__all__ = ["CHECKS", "Comparison", "comparability", "compare_results"]
