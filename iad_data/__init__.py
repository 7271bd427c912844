"""iad-data: training data for industrial anomaly detection VLMs, built from public benchmarks.

The package follows the data: ``core`` (shared models and the workspace) -> ``ingestion``
(benchmark -> samples) -> ``teach`` (teacher requests, engine, ledger) -> ``knowledge``
(process knowledge) -> ``tasks`` (record sets: validated records) -> ``review`` (human
decisions) -> ``release`` (splits, publish, exports) -> ``evaluation`` (models scored) ->
``pipeline`` (recipes, the run, demo, report) -> ``cli``. See ARCHITECTURE.md. Every public
name is loaded on first use, so ``import iad_data`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from iad_data.core.version import __version__
from iad_data.errors import (
    BudgetExceeded,
    IadDataError,
    InputError,
    PublishError,
    SourceLayoutError,
    TeacherError,
    ValidationFailed,
    WorkspaceError,
    WorkspaceLocked,
)

if TYPE_CHECKING:
    from iad_data.core.records import Message, Provenance, RecordBase
    from iad_data.core.results import SynthesisResult
    from iad_data.core.rules import ValidationReport
    from iad_data.core.sample import GRID_WORDS, Label, Region, Sample, SourceSplit
    from iad_data.core.workspace import Workspace
    from iad_data.evaluation.compare import compare_results
    from iad_data.evaluation.run import evaluate
    from iad_data.ingestion.build import IngestResult, ingest
    from iad_data.knowledge.draft import synthesize_process
    from iad_data.knowledge.process import ProcessKnowledge, load_process
    from iad_data.pipeline.demo import run_demo
    from iad_data.pipeline.info import info
    from iad_data.pipeline.recipe import Recipe, load_recipe
    from iad_data.pipeline.report import write_report
    from iad_data.pipeline.run import RunSummary, run_recipe
    from iad_data.release.export import ExportResult, export
    from iad_data.release.publish import PublishResult, publish
    from iad_data.release.splits import SplitResult, make_splits
    from iad_data.tasks.expert_ad.record import ExpertAdRecord
    from iad_data.tasks.expert_ad.synthesize import synthesize_cot
    from iad_data.tasks.instruct_iad.record import InstructRecord
    from iad_data.tasks.instruct_iad.synthesize import synthesize_instruct
    from iad_data.tasks.prune import PruneResult, prune
    from iad_data.tasks.registry import RecordSet, TaskRegistry, record_sets
    from iad_data.tasks.validate import validate_path
    from iad_data.teach.engine import RunResult, run_requests
    from iad_data.teach.ledger import Ledger
    from iad_data.teach.providers import make_teacher

_LAZY: dict[str, str] = {
    "ExpertAdRecord": "tasks.expert_ad.record",
    "ExportResult": "release.export",
    "GRID_WORDS": "core.sample",
    "IngestResult": "ingestion.build",
    "InstructRecord": "tasks.instruct_iad.record",
    "Label": "core.sample",
    "Ledger": "teach.ledger",
    "Message": "core.records",
    "ProcessKnowledge": "knowledge.process",
    "PruneResult": "tasks.prune",
    "Provenance": "core.records",
    "PublishResult": "release.publish",
    "Recipe": "pipeline.recipe",
    "RecordBase": "core.records",
    "RecordSet": "tasks.registry",
    "Region": "core.sample",
    "RunResult": "teach.engine",
    "RunSummary": "pipeline.run",
    "Sample": "core.sample",
    "SourceSplit": "core.sample",
    "SplitResult": "release.splits",
    "SynthesisResult": "core.results",
    "TaskRegistry": "tasks.registry",
    "ValidationReport": "core.rules",
    "Workspace": "core.workspace",
    "compare_results": "evaluation.compare",
    "evaluate": "evaluation.run",
    "export": "release.export",
    "info": "pipeline.info",
    "ingest": "ingestion.build",
    "load_process": "knowledge.process",
    "load_recipe": "pipeline.recipe",
    "make_splits": "release.splits",
    "make_teacher": "teach.providers",
    "prune": "tasks.prune",
    "publish": "release.publish",
    "record_sets": "tasks.registry",
    "run_demo": "pipeline.demo",
    "run_recipe": "pipeline.run",
    "run_requests": "teach.engine",
    "synthesize_cot": "tasks.expert_ad.synthesize",
    "synthesize_instruct": "tasks.instruct_iad.synthesize",
    "synthesize_process": "knowledge.draft",
    "validate_path": "tasks.validate",
    "write_report": "pipeline.report",
}
"""public name -> the module defining it, imported on first access (PEP 562)."""


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'iad_data' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"iad_data.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "BudgetExceeded",
    "ExpertAdRecord",
    "ExportResult",
    "GRID_WORDS",
    "IadDataError",
    "IngestResult",
    "InputError",
    "InstructRecord",
    "Label",
    "Ledger",
    "Message",
    "ProcessKnowledge",
    "Provenance",
    "PruneResult",
    "PublishError",
    "PublishResult",
    "Recipe",
    "RecordBase",
    "RecordSet",
    "Region",
    "RunResult",
    "RunSummary",
    "Sample",
    "SourceLayoutError",
    "SourceSplit",
    "SplitResult",
    "SynthesisResult",
    "TaskRegistry",
    "TeacherError",
    "ValidationFailed",
    "ValidationReport",
    "Workspace",
    "WorkspaceError",
    "WorkspaceLocked",
    "__version__",
    "compare_results",
    "evaluate",
    "export",
    "info",
    "ingest",
    "load_process",
    "load_recipe",
    "make_splits",
    "make_teacher",
    "prune",
    "publish",
    "record_sets",
    "run_demo",
    "run_recipe",
    "run_requests",
    "synthesize_cot",
    "synthesize_instruct",
    "synthesize_process",
    "validate_path",
    "write_report",
]
