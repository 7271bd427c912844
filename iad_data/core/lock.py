"""One writer per workspace: ``workspace_lock(ws, command)`` around everything that writes it.

Every command that writes a workspace (ingest, synthesize-cot, synthesize-instruct,
synthesize-process, split, publish, prune, run) holds the workspace's lock while it works, so
two of them never read-modify-write the same table at once (two ingests dropping each
other's rows) nor buy the same teacher answers twice (two synthesis runs both sending every
request the ledger does not hold yet).

- The lock is ``fcntl.flock`` on ``WORKSPACE/.iad-data.lock`` (``Workspace.lock_path``). The
  kernel releases it when its process ends, however it ends, so a killed command can never
  block the workspace.
- The holder writes its pid, command and start time into the file; a second writer is
  refused at once with ``WorkspaceLocked`` naming them, or waits (``wait=True``, CLI
  ``--wait``) until the lock is free.
- A holder that ends normally empties the file. A writer that finds the lock free but the
  file still naming a holder took over the lock of a process that died while it wrote (a
  SIGKILL, a crash): it says so with a warning on the ``iad_data.lock`` logger (shown on
  stderr when logging is not configured) and in ``LockState.taken_over``.
- Nested calls are re-entrant: a recipe run holds the lock once for all its stages, and the
  stages it calls (ingest, synthesis, split, publish) take it again without waiting for
  themselves. Re-entry is per thread of the holding process; another thread, or a forked
  child, is another writer.

Dry runs read the workspace and write nothing, so they take no lock.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from iad_data.core.workspace import Workspace
from iad_data.errors import WorkspaceError, WorkspaceLocked, describe_os_error

log = logging.getLogger("iad_data.lock")
"""``waiting`` and ``taken_over`` events (``record.lock_event``), at WARNING level"""

UNKNOWN_HOLDER_TRIES = 50
"""times a refused writer reads the lock file again while the holder is still writing its
pid (or has just let go), 10 ms apart, before it names an unknown holder"""


@dataclass(frozen=True)
class LockHolder:
    """Who holds (or held) a workspace lock, as its file says."""

    pid: int
    command: str
    started_at: str
    """ISO 8601 UTC, to the second"""
    host: str

    def describe(self) -> str:
        where = "" if self.host == socket.gethostname() else f" on host {self.host}"
        return f"pid {self.pid}{where} (`iad-data {self.command}`, started {self.started_at})"

    def to_json(self) -> str:
        data = {
            "pid": self.pid,
            "command": self.command,
            "started_at": self.started_at,
            "host": self.host,
        }
        return json.dumps(data, sort_keys=True) + "\n"


@dataclass(frozen=True)
class LockState:
    """What ``workspace_lock`` yields."""

    holder: LockHolder
    """the outermost holder in this process (a run's, when a stage re-enters)"""
    reentered: bool
    """True when this call nested inside a lock this thread already held"""
    taken_over: LockHolder | None = None
    """the holder named by a lock left behind by a process that died while it held it"""


@dataclass
class _Held:
    fd: int
    pid: int
    thread: int
    state: LockState
    depth: int = 1


_held: dict[str, _Held] = {}
"""locks this process holds, by the lock file's real path"""
_guard = threading.Lock()


def _parse(text: str) -> LockHolder | None:
    try:
        data: Any = json.loads(text)
        return LockHolder(
            pid=int(data["pid"]),
            command=str(data["command"]),
            started_at=str(data["started_at"]),
            host=str(data.get("host", "")),
        )
    except (ValueError, TypeError, KeyError):
        return None


def read_holder(ws: Workspace) -> LockHolder | None:
    """The holder the lock file names (None when empty, missing or half written)."""
    try:
        return _parse(ws.lock_path.read_text(encoding="utf-8"))
    except OSError:
        return None


def _read_fd(fd: int) -> str:
    chunks = []
    offset = 0
    while True:
        chunk = os.pread(fd, 4096, offset)
        if not chunk:
            break
        chunks.append(chunk)
        offset += len(chunk)
    return b"".join(chunks).decode("utf-8", errors="replace")


def _open(ws: Workspace) -> int:
    path = ws.lock_path
    try:
        ws.path.mkdir(parents=True, exist_ok=True)
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:  # a file where the folder should be, a read-only folder...
        raise WorkspaceError(
            f"{describe_os_error(exc)} A command that writes a workspace keeps its lock "
            f"file ({path.name}) in the workspace folder."
        ) from None


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _holder_text(holder: LockHolder | None) -> str:
    if holder is None:
        return "another process (it has not written its pid into the lock file yet)"
    return holder.describe()


def _locked_message(ws: Workspace, command: str, holder: LockHolder | None) -> str:
    return (
        f"{ws.path} is being written by {_holder_text(holder)}, so `iad-data {command}` did "
        f"not start: one command writes a workspace at a time. Run it again when that one "
        f"has finished, or pass --wait (wait=True) to wait for it. The lock "
        f"({ws.lock_path}) is released when that process ends, even if it is killed."
    )


def _acquire(fd: int, ws: Workspace, command: str, wait: bool) -> None:
    """Take the OS lock on ``fd``: at once, after waiting (``wait``), or WorkspaceLocked."""
    if _try_lock(fd):
        return
    holder = read_holder(ws)
    for _ in range(UNKNOWN_HOLDER_TRIES):  # the holder is between its flock and its write
        if holder is not None:
            break
        time.sleep(0.01)
        if _try_lock(fd):
            return
        holder = read_holder(ws)
    if not wait:
        raise WorkspaceLocked(_locked_message(ws, command, holder))
    log.warning(
        "%s is being written by %s; `iad-data %s` waits for it to finish (--wait).",
        ws.path,
        _holder_text(holder),
        command,
        extra={"lock_event": "waiting", "lock_holder": holder},
    )
    fcntl.flock(fd, fcntl.LOCK_EX)


@contextmanager
def workspace_lock(ws: Workspace, command: str, *, wait: bool = False) -> Iterator[LockState]:
    """Hold ``ws``'s lock for ``command`` (its CLI name: ``ingest``, ``synthesize-cot``...).

    Refused at once with ``WorkspaceLocked`` (holder's pid, command, start time) when another
    process or thread holds it, unless ``wait``; re-entrant for nested calls of the holding
    thread. See the module doc.
    """
    key = os.path.realpath(ws.lock_path)
    pid, thread = os.getpid(), threading.get_ident()
    with _guard:
        held = _held.get(key)
        if held is not None and held.pid == pid and held.thread == thread:
            held.depth += 1
            outer = held
        else:
            outer = None
    if outer is not None:
        try:
            yield LockState(outer.state.holder, reentered=True)
        finally:
            with _guard:
                outer.depth -= 1
        return

    fd = _open(ws)
    try:
        _acquire(fd, ws, command, wait)
        taken_over = _parse(_read_fd(fd))
        me = LockHolder(
            pid=pid,
            command=command,
            started_at=datetime.now(UTC).isoformat(timespec="seconds"),
            host=socket.gethostname(),
        )
        with suppress(OSError):  # the pid is for messages; a full disk must not stop us
            os.ftruncate(fd, 0)
            os.pwrite(fd, me.to_json().encode("utf-8"), 0)
    except BaseException:
        os.close(fd)
        raise
    if taken_over is not None:
        log.warning(
            "took over the lock of %s left by %s, which ended without releasing it (killed or "
            "crashed); whatever it was writing was not finished: run that command again.",
            ws.path,
            taken_over.describe(),
            extra={"lock_event": "taken_over", "lock_holder": taken_over},
        )
    state = LockState(me, reentered=False, taken_over=taken_over)
    with _guard:
        _held[key] = _Held(fd, pid, thread, state)
    try:
        yield state
    finally:
        with _guard:
            _held.pop(key, None)
        with suppress(OSError):  # empty: the next holder knows this one ended normally
            os.ftruncate(fd, 0)
        os.close(fd)  # releases the flock


def lock_unless(
    dry_run: bool, ws: Workspace, command: str, *, wait: bool
) -> AbstractContextManager[LockState | None]:
    """``workspace_lock`` for a call that writes; nothing for a dry run (it writes nothing)."""
    if dry_run:
        return nullcontext()
    return workspace_lock(ws, command, wait=wait)


__all__ = ["LockHolder", "LockState", "lock_unless", "read_holder", "workspace_lock"]
