"""The one exception hierarchy of iad-data.

The CLI catches only the root, so every message must stand on its own: name the
file, row or setting at fault and say what to do about it::

    IadDataError
     +-- InputError          bad file, row, root, recipe or option given by the user
     |    +-- SourceLayoutError   a benchmark root that does not look like the benchmark
     +-- WorkspaceError      a workspace file missing or written by an incompatible version
     +-- TeacherError        a teacher could not be used (missing key, unknown model, API refusal)
     |    +-- BudgetExceeded      --max-cost reached; paid answers are kept in the ledger
     +-- ValidationFailed    records that contradict their ground truth
     +-- PublishError        the Hub or the target folder refused a publish
"""

from __future__ import annotations


class IadDataError(Exception):
    """Root of every error iad-data raises on purpose."""


class InputError(IadDataError):
    """Bad input from the user: the message names the file or option and the fix."""


class SourceLayoutError(InputError):
    """A benchmark root whose layout does not match what the source reads."""


class WorkspaceError(IadDataError):
    """A workspace that is missing a stage's output or holds an incompatible one."""


class TeacherError(IadDataError):
    """A teacher that cannot be used or refused the work."""


class BudgetExceeded(TeacherError):
    """The cost budget would be exceeded by the next request."""


class ValidationFailed(IadDataError):
    """Records failed validation where only valid records may pass."""


class PublishError(IadDataError):
    """The Hub or the local target refused a publish."""


__all__ = [
    "BudgetExceeded",
    "IadDataError",
    "InputError",
    "PublishError",
    "SourceLayoutError",
    "TeacherError",
    "ValidationFailed",
    "WorkspaceError",
]
