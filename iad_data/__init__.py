"""iad-data: training data for industrial anomaly detection VLMs, built from public benchmarks."""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("iad-data")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

from .errors import (
    BudgetExceeded,
    IadDataError,
    InputError,
    PublishError,
    SourceLayoutError,
    TeacherError,
    ValidationFailed,
    WorkspaceError,
)
from .export import export
from .info import info
from .ingest import IngestResult, ingest
from .publish import publish
from .records import Message, Provenance, RecordBase
from .sample import GRID_WORDS, Label, Region, Sample, SourceSplit
from .synthesize_cot import synthesize_cot
from .workspace import Workspace

if TYPE_CHECKING:
    from .demo import run_demo
    from .engine import RunResult, run_requests
    from .expert_ad import ExpertAdRecord
    from .export import ExportResult, export
    from .instruct import synthesize_instruct
    from .instruct_records import InstructRecord
    from .ledger import Ledger
    from .process import ProcessKnowledge, load_process
    from .process_draft import synthesize_process
    from .publish import PublishResult, publish
    from .recipe import Recipe, load_recipe
    from .report import write_report
    from .run import RunSummary, run_recipe
    from .splits import SplitResult, make_splits
    from .synthesis import SynthesisResult
    from .teachers import make_teacher
    from .validation import ValidationReport, validate_path

_LAZY = {
    "ExpertAdRecord": "expert_ad",
    "ExportResult": "export",
    "InstructRecord": "instruct_records",
    "Ledger": "ledger",
    "ProcessKnowledge": "process",
    "PublishResult": "publish",
    "Recipe": "recipe",
    "RunResult": "engine",
    "RunSummary": "run",
    "SplitResult": "splits",
    "SynthesisResult": "synthesis",
    "ValidationReport": "validation",
    "load_process": "process",
    "load_recipe": "recipe",
    "make_splits": "splits",
    "make_teacher": "teachers",
    "run_demo": "demo",
    "run_recipe": "run",
    "run_requests": "engine",
    "synthesize_instruct": "instruct",
    "synthesize_process": "process_draft",
    "validate_path": "validation",
    "write_report": "report",
}
"""Functions named like their module (``publish``, ``export``) are imported eagerly above:
once a submodule loads, Python binds the module itself to that package attribute.
Later stages import datasets, huggingface_hub and the SDKs: load them on first use only, so
``import iad_data`` and ``iad-data --help`` stay instant."""


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'iad_data' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


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
    "PublishError",
    "PublishResult",
    "Recipe",
    "RecordBase",
    "Region",
    "RunResult",
    "RunSummary",
    "Sample",
    "SourceLayoutError",
    "SourceSplit",
    "SplitResult",
    "SynthesisResult",
    "TeacherError",
    "ValidationFailed",
    "ValidationReport",
    "Workspace",
    "WorkspaceError",
    "__version__",
    "export",
    "info",
    "ingest",
    "load_process",
    "load_recipe",
    "make_splits",
    "make_teacher",
    "publish",
    "run_demo",
    "run_recipe",
    "run_requests",
    "synthesize_cot",
    "synthesize_instruct",
    "synthesize_process",
    "validate_path",
    "write_report",
]
