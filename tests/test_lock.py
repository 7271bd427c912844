"""One writer per workspace (issue 14, class 1): a second writer is refused at once naming the
holder, or waits with --wait; a killed holder's lock is taken over and said; nested calls of
one run re-enter; two ingests keep each other's rows; two synthesis runs never both pay.

Every test with a second process uses handshakes (a line on a pipe, a file the other side
writes, the fake API holding a request), never a sleep that has to be long enough."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import polars as pl
import pytest
from expert_ad_faults import truth_from_prompt
from fakes.fake_llm import FakeLLM, FakeRequest

from iad_data.core.lock import read_holder, workspace_lock
from iad_data.core.workspace import Workspace
from iad_data.errors import WorkspaceLocked
from iad_data.ingestion.build import ingest
from iad_data.ingestion.generators import SyntheticTree
from iad_data.release.splits import make_splits
from iad_data.tasks.expert_ad.offline import offline_trace

GUARD_S = 120
"""a bound for a broken child process, never a timing window"""

HOLDER = textwrap.dedent(
    """
    import sys
    from iad_data.core.lock import workspace_lock
    from iad_data.core.workspace import Workspace

    with workspace_lock(Workspace(sys.argv[1]), sys.argv[2]):
        print("held", flush=True)
        sys.stdin.readline()  # hold until the test writes a line (or kills us)
    """
)
"""holds a workspace's lock from another process until told (a line on stdin)"""


@pytest.fixture(scope="module")
def ingested(mvtec_tree: SyntheticTree, tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = tmp_path_factory.mktemp("lock") / "ws"
    ingest("mvtec", mvtec_tree.root, ws, workers=1, progress=False)
    return ws


@pytest.fixture
def ws(ingested: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "ws"
    shutil.copytree(ingested, dest)
    return dest


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[Any]:
    """``start(ws, command)`` -> a process holding ``ws``'s lock (stdin: write a line to end)."""
    started: list[subprocess.Popen[str]] = []

    def start(ws: Path, command: str = "synthesize-cot") -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(ws), command],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        started.append(proc)
        assert proc.stdout is not None
        assert proc.stdout.readline() == "held\n", "the holder never took the lock"
        return proc

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=GUARD_S)


class LockEvents(logging.Handler):
    """Calls ``on_waiting`` when a lock call starts waiting; keeps every lock event."""

    def __init__(self, on_waiting: Any = None) -> None:
        super().__init__()
        self.on_waiting = on_waiting
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        if getattr(record, "lock_event", None) == "waiting" and self.on_waiting is not None:
            self.on_waiting()


@pytest.fixture
def lock_events() -> Iterator[LockEvents]:
    handler = LockEvents()
    logger = logging.getLogger("iad_data.lock")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "iad_data.cli.main", *args]


def test_nested_calls_reenter_and_another_thread_is_refused(ws: Path) -> None:
    workspace = Workspace(ws)
    with workspace_lock(workspace, "run") as outer:
        assert not outer.reentered and outer.taken_over is None
        holder = read_holder(workspace)
        assert holder is not None and (holder.pid, holder.command) == (os.getpid(), "run")
        with workspace_lock(workspace, "split") as inner:  # a stage of the run: no deadlock
            assert inner.reentered and inner.holder.command == "run"
        make_splits(ws)  # the library call takes the lock again, inside the run's
        errors: list[BaseException] = []

        def other_writer() -> None:
            try:
                with workspace_lock(workspace, "ingest"):
                    pass
            except WorkspaceLocked as exc:
                errors.append(exc)

        thread = threading.Thread(target=other_writer)
        thread.start()
        thread.join(GUARD_S)
        assert len(errors) == 1 and f"pid {os.getpid()}" in str(errors[0])
    assert read_holder(workspace) is None  # released: the file names nobody
    with workspace_lock(workspace, "ingest") as again:
        assert not again.reentered and again.taken_over is None


def test_second_writer_is_refused_at_once_naming_the_holder(
    ws: Path, holder: Any, mvtec_tree: SyntheticTree
) -> None:
    proc = holder(ws, "synthesize-cot")
    with pytest.raises(WorkspaceLocked) as info, workspace_lock(Workspace(ws), "split"):
        pass
    message = str(info.value)
    assert f"pid {proc.pid}" in message
    assert "`iad-data synthesize-cot`" in message
    assert re.search(r"started \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", message), message
    assert "--wait" in message and str(ws) in message
    # the command line says the same, as one line and no traceback; nothing was written
    before = (ws / "samples.parquet").read_bytes()
    cli = subprocess.run(
        _cli("ingest", "mvtec", "--root", str(mvtec_tree.root), "-w", str(ws), "--quiet"),
        capture_output=True,
        text=True,
        timeout=GUARD_S,
    )
    assert cli.returncode == 1, cli.stderr
    assert cli.stderr.startswith("Error: ") and "Traceback" not in cli.stderr
    assert f"pid {proc.pid}" in cli.stderr and "--wait" in cli.stderr
    assert (ws / "samples.parquet").read_bytes() == before
    assert not (ws / "splits.parquet").exists()


def test_wait_waits_for_the_holder_then_succeeds(
    ws: Path, holder: Any, lock_events: LockEvents
) -> None:
    proc = holder(ws, "ingest")
    stdin: IO[str] | None = proc.stdin
    assert stdin is not None

    def release_holder() -> None:  # the waiter is waiting: now let the holder finish
        stdin.write("\n")
        stdin.flush()

    lock_events.on_waiting = release_holder
    with workspace_lock(Workspace(ws), "split", wait=True) as state:
        assert proc.wait(timeout=GUARD_S) == 0  # the holder ended before we got the lock
        assert state.taken_over is None  # it let go normally: nothing to take over
        holder_now = read_holder(Workspace(ws))
        assert holder_now is not None and holder_now.command == "split"
    waiting = [r for r in lock_events.records if getattr(r, "lock_event", "") == "waiting"]
    assert len(waiting) == 1
    assert f"pid {proc.pid}" in waiting[0].getMessage() and "--wait" in waiting[0].getMessage()


def test_a_killed_holders_lock_is_taken_over_and_said(
    ws: Path, holder: Any, lock_events: LockEvents
) -> None:
    proc = holder(ws, "synthesize-instruct")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=GUARD_S)
    with workspace_lock(Workspace(ws), "split") as state:  # not blocked by the dead process
        assert state.taken_over is not None
        assert (state.taken_over.pid, state.taken_over.command) == (proc.pid, "synthesize-instruct")
    taken = [r for r in lock_events.records if getattr(r, "lock_event", "") == "taken_over"]
    assert len(taken) == 1 and taken[0].levelno == logging.WARNING
    text = taken[0].getMessage()
    assert "took over the lock" in text and f"pid {proc.pid}" in text
    assert "synthesize-instruct" in text and "run that command again" in text
    # the command line says it on stderr (logging's default) and goes on
    proc = holder(ws, "ingest")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=GUARD_S)
    cli = subprocess.run(
        _cli("split", "-w", str(ws), "--json"), capture_output=True, text=True, timeout=GUARD_S
    )
    assert cli.returncode == 0, cli.stderr
    assert "took over the lock" in cli.stderr and f"pid {proc.pid}" in cli.stderr
    assert json.loads(cli.stdout)["counts"]


INGEST_CHILD = textwrap.dedent(
    """
    import logging, sys, time
    from pathlib import Path
    from iad_data.core.workspace import Workspace
    from iad_data.ingestion.build import ingest

    root, ws, category, signals = sys.argv[1:5]
    me, other = Path(signals) / category, Path(signals) / sys.argv[5]

    class Waiting(logging.Handler):
        def emit(self, record):
            if getattr(record, "lock_event", None) == "waiting":
                me.with_suffix(".waiting").touch()

    logging.getLogger("iad_data.lock").addHandler(Waiting())
    read = Workspace.read_samples

    def read_then_meet(self):
        # the race of the bug, made certain: read the table, then go on only once the other
        # ingest has read it too (no lock) or is waiting for the lock (with one)
        frame = read(self)
        me.with_suffix(".read").touch()
        deadline = time.monotonic() + 120  # a bound for a broken run, not a timing window
        while not (other.with_suffix(".read").exists() or other.with_suffix(".waiting").exists()):
            if time.monotonic() > deadline:
                sys.exit("the other ingest neither read the table nor waited for the lock")
            time.sleep(0.01)
        return frame

    Workspace.read_samples = read_then_meet
    ingest("mvtec", root, ws, categories=[category], workers=1, progress=False, wait=True)
    """
)


def test_two_ingests_of_different_categories_both_end_in_the_table(
    mvtec_tree: SyntheticTree, tmp_path: Path
) -> None:
    ws, signals = tmp_path / "ws", tmp_path / "signals"
    signals.mkdir()
    children = [
        subprocess.Popen(
            [sys.executable, "-c", INGEST_CHILD, str(mvtec_tree.root), str(ws), mine]
            + [str(signals), theirs],
            stderr=subprocess.PIPE,
            text=True,
        )
        for mine, theirs in (("bottle", "grid"), ("grid", "bottle"))
    ]
    for child in children:
        _, err = child.communicate(timeout=GUARD_S)
        assert child.returncode == 0, err
    categories = pl.read_parquet(ws / "samples.parquet")["category"].unique().sort().to_list()
    assert categories == ["bottle", "grid"]


def _right_answer(fake: FakeRequest) -> str:
    truth, product, _ = truth_from_prompt(fake.user_text)
    return offline_trace(truth, fake.user_text, product).model_dump_json()


class Lines:
    """Reads a pipe in a thread; ``seen(text)`` says whether a line containing it came."""

    def __init__(self, pipe: IO[str]) -> None:
        self.lines: list[str] = []
        self._thread = threading.Thread(target=self._read, args=(pipe,), daemon=True)
        self._thread.start()

    def _read(self, pipe: IO[str]) -> None:
        for line in pipe:
            self.lines.append(line)

    def seen(self, text: str) -> bool:
        return any(text in line for line in self.lines)

    def text(self) -> str:
        self._thread.join(GUARD_S)
        return "".join(self.lines)


def test_two_synthesis_runs_never_both_pay(ws: Path) -> None:
    limit = 4
    with FakeLLM(responder=_right_answer) as fake:
        env = {
            **os.environ,
            "OPENAI_API_KEY": fake.api_key,
            "OPENAI_BASE_URL": fake.openai_base_url,
        }
        command = _cli(
            "synthesize-cot",
            "-w",
            str(ws),
            "-t",
            "gpt-4.1",
            "--limit",
            str(limit),
            "--max-attempts",
            "1",
            "--concurrency",
            "1",
            "--json",
        )
        fake.hold_after(2)
        first = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        try:
            deadline = time.monotonic() + GUARD_S
            while first.poll() is None and not fake.wait_held(1, timeout=0.05):
                assert time.monotonic() < deadline, "the first run never reached the API"
            assert first.poll() is None, first.communicate()
            # it holds the lock and has paid for two answers; a second run without --wait ...
            second = subprocess.Popen(
                command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
            while second.poll() is None and not fake.wait_held(2, timeout=0.05):
                assert time.monotonic() < deadline
            # ... and one with --wait, which waits until the first has finished
            third = subprocess.Popen(
                [*command, "--wait"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            assert third.stderr is not None
            third_err = Lines(third.stderr)
            while (
                not third_err.seen("waits for it to finish")
                and third.poll() is None
                and not fake.wait_held(2, timeout=0.05)
            ):
                assert time.monotonic() < deadline
        finally:
            fake.release()
        out_first, err_first = first.communicate(timeout=GUARD_S)
        out_second, err_second = second.communicate(timeout=GUARD_S)
        out_third, _ = third.communicate(timeout=GUARD_S)
        paid = fake.generation_calls()
    assert paid == limit, "both runs paid for the same answers"
    assert first.returncode == 0, err_first
    assert second.returncode == 1 and out_second == ""
    assert f"pid {first.pid}" in err_second and "`iad-data synthesize-cot`" in err_second
    assert "--wait" in err_second and "Traceback" not in err_second
    assert third.returncode == 0, third_err.text()
    assert f"pid {first.pid}" in third_err.text()
    ran, waited = json.loads(out_first), json.loads(out_third)
    assert (ran["sent"], ran["written"]) == (limit, limit)
    assert (waited["sent"], waited["cached"], waited["written"]) == (0, limit, limit)
