"""iad-data: training data for industrial anomaly detection VLMs, built from public benchmarks."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

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
from .info import info
from .ingest import IngestResult, ingest
from .records import Message, Provenance, RecordBase
from .sample import GRID_WORDS, Label, Region, Sample, SourceSplit
from .workspace import Workspace

__all__ = [
    "GRID_WORDS",
    "BudgetExceeded",
    "IadDataError",
    "IngestResult",
    "InputError",
    "Label",
    "Message",
    "Provenance",
    "PublishError",
    "RecordBase",
    "Region",
    "Sample",
    "SourceLayoutError",
    "SourceSplit",
    "TeacherError",
    "ValidationFailed",
    "Workspace",
    "WorkspaceError",
    "__version__",
    "info",
    "ingest",
]
