"""The one exception hierarchy of iad-data.

The CLI catches only the root, so every message must stand on its own: name the
file, row or setting at fault and say what to do about it::

    IadDataError
     +-- InputError          bad file, row, root, recipe or option given by the user
     |    +-- SourceLayoutError   a benchmark root that does not look like the benchmark
     +-- WorkspaceError      a workspace file missing or written by an incompatible version
     |    +-- WorkspaceLocked     another process is writing the workspace (``--wait`` waits)
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


class WorkspaceLocked(WorkspaceError):
    """Another process holds the workspace's lock; the message names it (pid, command, start)."""


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
    "WorkspaceLocked",
]


def describe_os_error(exc: OSError) -> str:
    """What a failed read or write means for the user, naming the path and the fix.

    The disk and the folder are the user's: a full disk, a read-only folder or a path that
    names a file where a folder is wanted are expected, so they get a sentence, never a
    traceback. Work already written (the ledger's answers, finished stages) stays.
    """
    import errno

    where = exc.filename or "a file"
    if exc.filename2:
        where = f"{exc.filename} -> {exc.filename2}"
    fixes = {
        errno.ENOSPC: "the disk is full: free some space and run the command again (what was "
        "already written, such as every paid answer in the ledger, is kept)",
        errno.EROFS: "the file system is read-only: choose a writable folder",
        errno.EACCES: "permission denied: choose a folder you can write, or fix its permissions",
        errno.EPERM: "the operation is not permitted there: choose another folder",
        errno.ENOTDIR: "a path component is a file, not a folder: give a folder path",
        errno.EISDIR: "it is a folder where a file is wanted: give a file path",
        errno.EEXIST: "it already exists as another kind of file: give a new path",
        errno.ENOENT: "it does not exist: check the path",
    }
    fix = fixes.get(exc.errno or -1, exc.strerror or "the operating system refused it")
    return f"cannot use {where}: {fix}."
