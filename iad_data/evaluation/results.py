"""Results as data: one parquet per (model, data version, protocol) in ``WORKSPACE/evals/``,
a row per question (the answer as written, how it was read, whether it is right, the
rewards, the ledger key, tokens and cost), the provenance in the file's metadata, and a JSON
summary beside it with the tables.

Tables are computed from the rows, never stored only: per dataset, per dataset and category,
the ``average`` over datasets (the papers' layout: each dataset weighs the same) and ``all``
(every question pooled), each figure with its 95 % interval (``stats``). Questions the run
did not get to (``--max-cost``, an interrupted batch) are rows with outcome ``not_sent``:
left out of the tables, and the result says it is partial. Every other question counts:
an answer that does not parse is wrong, with its reason.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from iad_data.core.workspace import Workspace, atomic_write, write_json
from iad_data.errors import InputError
from iad_data.evaluation.data import EvalItem
from iad_data.evaluation.protocols import EvalProtocol, Row, get_protocol
from iad_data.evaluation.stats import Cell, mean_of

RESULT_SCHEMA = "iad-data.eval/1"
METADATA_KEY = b"iad_data.eval"
NOT_SENT = "not_sent"
REWARDS = ("format", "accuracy", "type", "location")
"""IAD-R1's reward scores, stored as ``reward_<name>`` columns"""
ROW_SCHEMA: dict[str, Any] = {
    "qid": pl.String,
    "sample_id": pl.String,
    "dataset": pl.String,
    "category": pl.String,
    "label": pl.String,
    "defect_type": pl.String,
    "location": pl.String,
    "image_sha256": pl.String,
    "references": pl.List(pl.String),
    "question_type": pl.String,
    "options": pl.String,
    "correct_answer": pl.String,
    "answer": pl.String,
    "correct": pl.Boolean,
    "parsed": pl.Boolean,
    "reason": pl.String,
    "read_as": pl.String,
    **{f"reward_{name}": pl.Float64 for name in REWARDS},
    "outcome": pl.String,
    "error": pl.String,
    "text": pl.String,
    "ledger_key": pl.String,
    "input_tokens": pl.Int64,
    "output_tokens": pl.Int64,
    "cost_usd": pl.Float64,
}


@dataclass
class Tables:
    """A result's tables: metric -> ``Cell`` per group."""

    metrics: tuple[str, ...]
    shares: frozenset[str]
    datasets: dict[str, dict[str, Cell]] = field(default_factory=dict)
    categories: dict[str, dict[str, Cell]] = field(default_factory=dict)
    """keyed ``dataset/category``"""
    average: dict[str, Cell] = field(default_factory=dict)
    overall: dict[str, Cell] = field(default_factory=dict)
    questions: dict[str, int] = field(default_factory=dict)
    """questions scored per dataset"""
    category_questions: dict[str, int] = field(default_factory=dict)
    """questions scored per ``dataset/category``"""

    def to_dict(self) -> dict[str, Any]:
        def block(cells: dict[str, Cell]) -> dict[str, Any]:
            return {m: cells[m].to_dict() for m in self.metrics if m in cells}

        return {
            "metrics": list(self.metrics),
            "datasets": {d: block(c) for d, c in self.datasets.items()},
            "categories": {g: block(c) for g, c in self.categories.items()},
            "average": block(self.average),
            "all": block(self.overall),
            "questions": self.questions,
            "category_questions": self.category_questions,
        }

    def show(self, metric: str, cell: Cell) -> str:
        return cell.percent() if metric in self.shares else cell.plain()


def rows_of(frame: pl.DataFrame) -> list[Row]:
    """The scored questions of a results frame (sent ones only) as the tables read them."""
    out = []
    for r in frame.filter(pl.col("outcome") != NOT_SENT).iter_rows(named=True):
        item = EvalItem(
            sample_id=r["sample_id"],
            dataset=r["dataset"],
            category=r["category"],
            label=r["label"],
            defect_type=r["defect_type"],
            location=r["location"],
            image_sha256=r["image_sha256"],
        )
        scores = {
            name: float(r[f"reward_{name}"])
            for name in REWARDS
            if r.get(f"reward_{name}") is not None
        }
        out.append(Row(item, r["question_type"], bool(r["correct"]), scores))
    return out


def make_tables(protocol: EvalProtocol, rows: Sequence[Row]) -> Tables:
    tables = Tables(protocol.columns(rows), protocol.shares)
    by_dataset: dict[str, list[Row]] = {}
    by_category: dict[str, list[Row]] = {}
    for row in rows:
        by_dataset.setdefault(row.item.dataset, []).append(row)
        by_category.setdefault(f"{row.item.dataset}/{row.item.category}", []).append(row)
    for name in sorted(by_dataset):
        tables.datasets[name] = protocol.table(by_dataset[name])
        tables.questions[name] = len(by_dataset[name])
    for name in sorted(by_category):
        tables.categories[name] = protocol.table(by_category[name])
        tables.category_questions[name] = len(by_category[name])
    for metric in tables.metrics:
        tables.average[metric] = mean_of([cells[metric] for cells in tables.datasets.values()])
    tables.overall = protocol.table(rows)
    return tables


def unparsed_reasons(frame: pl.DataFrame) -> dict[str, int]:
    """Reason -> questions whose answer did not parse (scored wrong)."""
    sent = frame.filter((pl.col("outcome") != NOT_SENT) & ~pl.col("parsed"))
    return dict(sorted(Counter(str(r) for r in sent["reason"].to_list()).items()))


# ------------------------------------------------------------------------- files


def run_name(protocol: str, shots: int, model: str, data: str, settings: str | None = None) -> str:
    """``<protocol>-<shots>shot__<model>__<data>[__<settings hash>]``, safe as a file name."""

    def slug(text: str) -> str:
        return re.sub(r"[^A-Za-z0-9.+-]+", "_", text).strip("_")[:80] or "x"

    parts = [f"{protocol}-{shots}shot", slug(model), slug(data)]
    if settings:
        parts.append(settings)
    return "__".join(parts)


def write_result(path: Path, frame: pl.DataFrame, provenance: dict[str, Any]) -> None:
    """The rows as parquet, the provenance in the file's metadata (atomically)."""
    table = frame.to_arrow()
    meta = dict(table.schema.metadata or {})
    meta[METADATA_KEY] = json.dumps(provenance, sort_keys=True).encode()
    table = table.replace_schema_metadata(meta)

    def write(tmp: Path) -> None:
        pq.write_table(table, tmp, compression="zstd")

    atomic_write(path, write)


def summary_path(path: Path) -> Path:
    return path.with_suffix(".json")


def write_summary(path: Path, summary: dict[str, Any]) -> None:
    write_json(summary_path(path), summary)


@dataclass
class StoredResult:
    """A results file read back: its provenance, rows and tables."""

    path: Path
    provenance: dict[str, Any]
    frame: pl.DataFrame

    @property
    def protocol(self) -> EvalProtocol:
        return get_protocol(str(self.provenance["protocol"]))

    @property
    def label(self) -> str:
        return str(self.provenance["model"]["spec"])

    @property
    def complete(self) -> bool:
        return bool(self.provenance.get("complete", True))

    def tables(self) -> Tables:
        return make_tables(self.protocol, rows_of(self.frame))


def read_result(path: str | Path) -> StoredResult:
    """A results parquet (or its ``.json`` summary's parquet) written by ``evaluate``."""
    p = Path(path)
    if p.suffix == ".json":
        p = p.with_suffix(".parquet")
    try:
        table = pq.read_table(p)
    except (OSError, pa.ArrowInvalid) as exc:
        raise InputError(f"{p} cannot be read as an eval result ({exc}).") from None
    raw = (table.schema.metadata or {}).get(METADATA_KEY)
    if raw is None:
        raise InputError(
            f"{p} is not an iad-data eval result (no {METADATA_KEY.decode()} metadata); give "
            "a file from WORKSPACE/evals/."
        )
    provenance = json.loads(raw)
    if provenance.get("schema") != RESULT_SCHEMA:
        raise InputError(
            f"{p} was written as {provenance.get('schema')!r}, not {RESULT_SCHEMA!r}: a newer "
            "iad-data wrote it; upgrade."
        )
    frame = pl.from_arrow(table)
    assert isinstance(frame, pl.DataFrame)
    return StoredResult(p, provenance, frame)


def list_results(workspace: str | Path | Workspace) -> list[StoredResult | str]:
    """Every eval result of a workspace, by file name; a file that cannot be read as one is
    the reason why, in its place."""
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    if not ws.evals_dir.is_dir():
        return []
    out: list[StoredResult | str] = []
    for path in sorted(ws.evals_dir.glob("*.parquet")):
        try:
            out.append(read_result(path))
        except InputError as exc:
            out.append(str(exc))
    return out


def report_rows(workspace: str | Path | Workspace) -> list[dict[str, Any]]:
    """Per result, what ``iad-data report`` shows: a title (who, which protocol, on what), a
    note (completeness, answers that did not parse), and the primary metric per dataset and
    on average (headers and rows)."""
    out: list[dict[str, Any]] = []
    for result in list_results(workspace):
        if isinstance(result, str):
            out.append({"title": "unreadable result", "note": result, "headers": [], "rows": []})
            continue
        p = result.provenance
        tables = result.tables()
        metric = result.protocol.primary
        rows: list[list[Any]] = [
            [name, tables.questions.get(name, 0), tables.show(metric, cells[metric])]
            for name, cells in tables.datasets.items()
            if metric in cells
        ]
        if len(tables.datasets) > 1 and metric in tables.average:
            total = sum(tables.questions.values())
            rows.append(["average", total, tables.show(metric, tables.average[metric])])
        data = p["data"]
        unparsed = unparsed_reasons(result.frame)
        note = f"{result.path.name}; " + (
            "complete" if result.complete else f"partial: {p.get('not_sent')} not asked"
        )
        if unparsed:
            note += "; unparsed (scored wrong): " + ", ".join(
                f"{why} {n}" for why, n in unparsed.items()
            )
        out.append(
            {
                "title": f"{p['model']['spec']}: {p['protocol']} {p['shots']}-shot on "
                f"{data.get('tag') or data['kind']} ({str(data['content_sha256'])[:12]})",
                "note": note,
                "headers": ["dataset", "questions", f"{metric} [95% CI]"],
                "rows": rows,
            }
        )
    return out


__all__ = [
    "METADATA_KEY",
    "NOT_SENT",
    "RESULT_SCHEMA",
    "ROW_SCHEMA",
    "StoredResult",
    "Tables",
    "list_results",
    "make_tables",
    "read_result",
    "report_rows",
    "rows_of",
    "run_name",
    "unparsed_reasons",
    "write_result",
    "write_summary",
]
