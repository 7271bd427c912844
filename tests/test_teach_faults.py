"""Issue 14, classes 2 to 6: what a broken server, a full disk or a lost ledger must not cost.

2. every answer ends recorded: a 200 whose body is no answer is a recorded, retried outcome
   (through the real SDKs against the fake, and in batch results files), and a run that
   stops still records what was in flight;
3. impossible token counts are a bad response, never a negative cost;
4. one deadline per attempt (a server dripping its answer), the timeout an option, and a
   ``Retry-After`` beyond the cap shown, not waited out;
5. the ledger's messages (full disk, read-only folder, damaged file, missing column), answers
   kept through a disk that fills mid-run, and a lost ledger refused while records cite it;
6. request keys name the server, and ledgers written before that keep answering.

The disk-full tests play the full disk with a connection proxy whose writes fail (a mock, on
purpose: a real full disk needs root), the read-only folder with ``chmod`` or, as root,
``chattr +i``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fakes.fake_llm import BODY_FAULTS, FakeLLM, FakeRequest, Faults, schema_responder
from teacher_fixtures import (  # noqa: F401  (fixtures)
    FAST_RETRY,
    TASK,
    Verdict,
    answer,
    anthropic_teacher,
    fake_fixture,
    image_fixture,
    make_requests,
    openai_teacher,
)

from iad_data.errors import WorkspaceError
from iad_data.teach.engine import RetryPolicy, run_requests
from iad_data.teach.ledger import Ledger
from iad_data.teach.providers import (
    Outcome,
    Teacher,
    TeacherRequest,
    TeacherResponse,
    Usage,
)

SHAPE_FAULTS = [f for f in BODY_FAULTS if f not in ("drip", "negative_usage", "absurd_usage")]
"""bodies that are no answer: not JSON, cut short, empty, HTML, wrong shape, wrong types"""
TEACHERS: dict[str, Callable[..., Teacher]] = {
    "openai": openai_teacher,
    "anthropic": anthropic_teacher,
}


def _rows(ledger: Ledger) -> dict[str | None, Any]:
    return {row.sample_id: row for row in ledger.rows()}


# ---------------------------------------------------------------- 2. every answer ends recorded


@pytest.mark.parametrize("api", sorted(TEACHERS))
@pytest.mark.parametrize("fault", SHAPE_FAULTS)
def test_a_bad_body_is_recorded_and_retried_and_the_run_goes_on(
    tmp_path: Path, fake: FakeLLM, api: str, fault: str
) -> None:
    fake.fault_hook = lambda r: fault if r.user_text == "Inspect sample 0." else None
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        result = run_requests(
            make_requests(4), TEACHERS[api](fake), ledger, retry=FAST_RETRY, progress=False
        )
        rows = _rows(ledger)
    assert result.outcomes == {"answered": 3, "failed": 1}
    bad = rows["s0000"]
    assert bad.status == "failed" and bad.attempts == FAST_RETRY.max_attempts
    assert (bad.error or "").startswith("bad_response: "), bad.error
    assert "gave up after 3 attempts" in (bad.error or "")
    copy = bad.raw_text or ""
    assert len(copy) <= 2048 + 40  # a bounded copy of the body (2 KB and a note)
    if fault != "empty_body":
        assert copy, "the ledger keeps the first bytes of the body"
    assert all(rows[f"s000{i}"].status == "answered" for i in (1, 2, 3))
    assert fake.generation_calls() == 3 + FAST_RETRY.max_attempts


@pytest.mark.parametrize("api", sorted(TEACHERS))
def test_one_bad_body_then_an_answer(tmp_path: Path, fake: FakeLLM, api: str) -> None:
    fake.queue_faults(["truncated_body"])
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        result = run_requests(
            make_requests(1), TEACHERS[api](fake), ledger, retry=FAST_RETRY, progress=False
        )
        row = next(ledger.rows())
    assert result.outcomes == {"answered": 1} and row.attempts == 2 and row.error is None


@pytest.mark.parametrize("api", sorted(TEACHERS))
@pytest.mark.parametrize(
    "fault", ["truncated_body", "not_json", "wrong_shape", "wrong_types", "negative_usage"]
)
def test_a_bad_line_in_batch_results_fails_its_request_only(
    tmp_path: Path, fake: FakeLLM, api: str, fault: str
) -> None:
    fake.batch_delay_s = 0.0
    fake.queue_faults([fault])
    requests = make_requests(4)
    teacher = TEACHERS[api](fake)
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        result = run_requests(
            requests, teacher, ledger, batch=True, batch_poll_s=0.05, progress=False
        )
        assert ledger.open_batches(teacher.name) == []  # collected and closed
        failed = [r for r in ledger.rows() if r.status == "failed"]
    assert result.outcomes == {"answered": 3, "failed": 1}
    assert len(failed) == 1 and failed[0].error, failed
    if fault == "not_json":  # that line lost its custom_id: the batch fails the request
        assert "without a readable answer" in failed[0].error
    else:
        assert "bad_response" in failed[0].error
    assert result.cost_usd >= 0


class _Breaks(Teacher):
    """Request 0 fails with an unexpected error once requests 1-3 are in flight; those come
    back 50 ms after it failed (the network), whatever the engine does meanwhile."""

    provider = "test"
    model = "breaks"

    def __init__(self) -> None:
        self.started = 0
        self.all_started = asyncio.Event()
        self.broke = asyncio.Event()

    async def complete(self, request: TeacherRequest) -> TeacherResponse:
        self.started += 1
        if self.started == 4:
            self.all_started.set()
        if request.sample_id == "s0000":
            await self.all_started.wait()
            self.broke.set()
            raise RuntimeError("a bug in a teacher")
        await self.broke.wait()
        await asyncio.sleep(0.05)
        parsed = answer(request)
        return TeacherResponse(
            outcome=Outcome.ANSWERED, parsed=parsed, raw_text=parsed.model_dump_json()
        )


def test_a_run_that_stops_keeps_the_answers_in_flight(tmp_path: Path) -> None:
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        with pytest.raises(RuntimeError, match="a bug"):
            run_requests(make_requests(4), _Breaks(), ledger, concurrency=4, progress=False)
        statuses = {r.sample_id: r.status for r in ledger.rows()}
    assert statuses == {
        "s0000": "pending",
        "s0001": "answered",
        "s0002": "answered",
        "s0003": "answered",
    }


# ---------------------------------------------------------------- 3. usage sanity


@pytest.mark.parametrize("api", sorted(TEACHERS))
@pytest.mark.parametrize("fault", ["negative_usage", "absurd_usage"])
def test_impossible_token_counts_are_a_bad_response(
    tmp_path: Path, fake: FakeLLM, api: str, fault: str
) -> None:
    fake.fault_hook = lambda r: fault if r.user_text == "Inspect sample 0." else None
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        result = run_requests(
            make_requests(2), TEACHERS[api](fake), ledger, retry=FAST_RETRY, progress=False
        )
        rows = _rows(ledger)
        spent = ledger.cost_summary()[0]["cost_usd"]
    assert result.outcomes == {"answered": 1, "failed": 1}
    assert "impossible token counts" in (rows["s0000"].error or "")
    assert rows["s0000"].cost_usd == 0 and rows["s0000"].input_tokens == 0
    assert 0 < result.cost_usd < 0.01 and spent == pytest.approx(result.cost_usd)


def test_a_negative_count_never_loosens_max_cost(tmp_path: Path, fake: FakeLLM) -> None:
    fake.queue_faults(["negative_usage"])
    requests = make_requests(20)
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        result = run_requests(
            requests,
            openai_teacher(fake),
            ledger,
            concurrency=1,
            max_cost_usd=0.004,
            retry=FAST_RETRY,
            progress=False,
        )
        costs = [r.cost_usd for r in ledger.rows()]
    assert result.stopped is not None and "budget" in result.stopped
    assert 0 <= result.cost_usd <= 0.004 and min(costs) >= 0
    assert result.sent < 20


def test_usage_problem_names_the_count() -> None:
    from iad_data.teach.requests import MAX_TOKENS, usage_problem

    assert usage_problem(Usage(input_tokens=10, output_tokens=MAX_TOKENS)) is None
    assert "negative" in (usage_problem(Usage(input_tokens=-1)) or "")
    assert "10,000,000" in (usage_problem(Usage(output_tokens=MAX_TOKENS + 1)) or "")


# ---------------------------------------------------------------- 4. bounded waits


@pytest.mark.parametrize("api", sorted(TEACHERS))
def test_a_dripping_server_is_cut_off_at_the_attempt_deadline(tmp_path: Path, api: str) -> None:
    """A byte every 50 ms for 20 s: every read is quick, only the whole-attempt deadline
    (0.5 s) ends it."""
    with FakeLLM(faults=Faults(drip_interval_s=0.05, drip_total_s=20.0)) as fake:
        fake.queue_faults(["drip"])
        teacher = TEACHERS[api](fake, timeout_s=0.5)
        start = time.monotonic()
        with Ledger(tmp_path / "ledger.sqlite") as ledger:
            result = run_requests(
                make_requests(1), teacher, ledger, retry=RetryPolicy(max_attempts=1)
            )
            row = next(ledger.rows())
        elapsed = time.monotonic() - start
    assert elapsed < 10, f"the drip held the attempt {elapsed:.1f} s"  # a failure guard
    assert result.outcomes == {"failed": 1} and row.status == "failed"
    assert "timeout: no complete answer within 0.5 s" in (row.error or "")


def test_the_timeout_is_an_option_of_both_record_sets() -> None:
    from iad_data.tasks.expert_ad.options import ExpertAdOptions
    from iad_data.tasks.instruct_iad.options import InstructOptions

    for model in (ExpertAdOptions, InstructOptions):
        assert model().timeout_s == 120.0
        assert model.model_validate({"timeout_s": 5}).timeout_s == 5.0
        assert model.flags_of("timeout_s") == ("--timeout",)
        with pytest.raises(ValueError):
            model.model_validate({"timeout_s": 0})


def test_synthesis_passes_its_timeout_to_the_teacher(
    tmp_path: Path, mvtec_tree: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from iad_data.ingestion.build import ingest
    from iad_data.tasks.expert_ad.synthesize import synthesize_cot

    ws = tmp_path / "ws"
    ingest("mvtec", mvtec_tree.root, ws, workers=1, progress=False)
    with FakeLLM(faults=Faults(drip_interval_s=0.05, drip_total_s=20.0)) as fake:
        monkeypatch.setenv("IAD_DATA_COMPATIBLE_API_KEY", fake.api_key)
        fake.queue_faults(["drip"])
        start = time.monotonic()
        result = synthesize_cot(
            ws,
            teacher=f"openai-compatible:local-vlm@{fake.openai_base_url}",
            limit=1,
            max_attempts=1,
            timeout_s=0.5,
            progress=False,
        )
        elapsed = time.monotonic() - start
    assert elapsed < 10, f"the drip held the run {elapsed:.1f} s"  # a failure guard
    assert result.sent == 1 and fake.generation_calls() == 2  # cut off at 0.5 s, then sent again


def test_a_retry_after_beyond_the_cap_stops_the_run_and_says_so(
    tmp_path: Path, fake: FakeLLM, caplog: pytest.LogCaptureFixture
) -> None:
    fake.faults.retry_after_s = 30.0
    fake.queue_faults(["rate_limit"])
    retry = RetryPolicy(max_attempts=3, base_delay_s=0.001, max_retry_after_s=1.0)
    start = time.monotonic()
    with (
        caplog.at_level(logging.WARNING, logger="iad_data.teach"),
        Ledger(tmp_path / "ledger.sqlite") as ledger,
    ):
        result = run_requests(
            make_requests(3), openai_teacher(fake), ledger, concurrency=1, retry=retry
        )
        rows = _rows(ledger)
    assert time.monotonic() - start < 10  # never waited the 30 s (a failure guard)
    assert result.stopped is not None
    assert "Retry-After" in result.stopped and "30 s" in result.stopped
    assert "run again after" in result.stopped
    assert any("Retry-After" in r.getMessage() for r in caplog.records)
    assert rows["s0000"].status == "failed" and "Retry-After 30" in (rows["s0000"].error or "")
    assert fake.generation_calls() == 1 and result.responses == {}


# ---------------------------------------------------------------- 5. the ledger is kept


class _FullAfter:
    """A connection whose writes fail as a full disk does after ``allowed`` of them (the
    mock this module's doc speaks of); reads and everything else pass through."""

    def __init__(self, db: sqlite3.Connection, allowed: int) -> None:
        self._db = db
        self.allowed = allowed

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        if sql.lstrip().split(None, 1)[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            if self.allowed <= 0:
                raise sqlite3.OperationalError("database or disk is full")
            self.allowed -= 1
        return self._db.execute(sql, params)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)


def _full_disk_ledger(path: Path, allowed: int) -> Ledger:
    ledger = Ledger(path)
    ledger._db = _FullAfter(ledger._db, allowed)  # type: ignore[assignment]
    return ledger


def test_a_disk_filling_mid_run_names_the_one_answer_not_stored(
    tmp_path: Path, fake: FakeLLM
) -> None:
    """One worker: pending, answer, pending, answer, pending go in; the third answer's write
    fails. It is named; the two before it are kept; nothing more is sent."""
    path = tmp_path / "ledger.sqlite"
    ledger = _full_disk_ledger(path, allowed=5)
    try:
        with pytest.raises(WorkspaceError) as caught:
            run_requests(make_requests(6), openai_teacher(fake), ledger, concurrency=1)
    finally:
        ledger.close()
    message = str(caught.value)
    assert "the disk is full" in message and "answers already in the ledger are kept" in message
    assert "1 answer(s) that arrived could not be stored" in message and "s0002" in message
    assert "move it aside" not in message
    assert fake.generation_calls() == 3
    with Ledger(path) as again:
        assert {r.sample_id: r.status for r in again.rows()} == {
            "s0000": "answered",
            "s0001": "answered",
            "s0002": "pending",
        }


def test_a_disk_filling_with_requests_in_flight_loses_no_answer_unnamed(
    tmp_path: Path, fake: FakeLLM
) -> None:
    path = tmp_path / "ledger.sqlite"
    requests = make_requests(24)
    ledger = _full_disk_ledger(path, allowed=20)
    try:
        with pytest.raises(WorkspaceError) as caught:
            run_requests(requests, openai_teacher(fake), ledger, concurrency=4)
    finally:
        ledger.close()
    message = str(caught.value)
    with Ledger(path) as again:
        stored = {r.sample_id for r in again.rows() if r.status == "answered"}
    answered = {r.user_text.split()[-1].rstrip(".") for r in fake.calls}
    by_number = {f"s{int(n):04d}" for n in answered}
    named = {sid for sid in by_number if f"{sid} (key" in message}
    assert by_number == stored | named and not stored & named  # every answer kept or named
    assert len(stored) >= 1 and fake.generation_calls() < 24


@pytest.mark.parametrize(
    ("sqlite_says", "expected"),
    [
        ("database or disk is full", "the disk is full"),
        ("attempt to write a readonly database", "is read-only"),
    ],
)
def test_opening_on_a_full_or_read_only_disk_says_so_and_keeps_the_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sqlite_says: str, expected: str
) -> None:
    path = tmp_path / "ledger.sqlite"
    with Ledger(path) as ledger:
        request = make_requests(1)[0]
        ledger.mark_pending("k", request, "t", "p", "m")
    before = path.read_bytes()
    connect = sqlite3.connect

    def refusing(*args: Any, **kwargs: Any) -> Any:
        return _Refuses(connect(*args, **kwargs), sqlite_says)

    monkeypatch.setattr(sqlite3, "connect", refusing)
    with pytest.raises(WorkspaceError) as caught:
        Ledger(path)
    message = str(caught.value)
    assert expected in message and "answers already in the ledger are kept" in message
    assert "move it aside" not in message and str(path) in message
    assert path.read_bytes() == before


class _Refuses:
    """A connection on which every statement fails with one SQLite message (the mock)."""

    def __init__(self, db: sqlite3.Connection, message: str) -> None:
        self._db = db
        self.message = message

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        raise sqlite3.OperationalError(self.message)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder no process can create files in: ``chmod`` for a user, ``chattr +i`` as root."""
    folder = tmp_path / "ro"
    folder.mkdir()
    with Ledger(folder / "ledger.sqlite") as ledger:
        ledger.mark_pending("k", make_requests(1)[0], "t", "p", "m")
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    if shutil.which("chattr") is None:
        pytest.skip("running as root without chattr: no read-only folder to be had")
    made = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"chattr +i is not supported here: {made.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=False)


def test_a_read_only_workspace_is_named_and_its_ledger_kept(read_only_folder: Path) -> None:
    path = read_only_folder / "ledger.sqlite"
    before = path.read_bytes()
    with pytest.raises(WorkspaceError) as caught, Ledger(path) as ledger:
        ledger.mark_pending("k2", make_requests(1)[0], "t", "p", "m")
    message = str(caught.value)
    assert "read-only" in message and "answers already in the ledger are kept" in message
    assert "move it aside" not in message
    assert path.read_bytes() == before


def _ledger_with_rows(path: Path, n: int) -> None:
    requests = make_requests(n)
    with Ledger(path) as ledger:
        for request in requests:
            key = request.key("openai", "gpt-4.1")
            ledger.mark_pending(key, request, "openai:gpt-4.1", "openai", "gpt-4.1")
            parsed = answer(request)
            ledger.record(
                key,
                TeacherResponse(
                    outcome=Outcome.ANSWERED, parsed=parsed, raw_text="x" * 1500 + request.user_text
                ),
            )


def test_a_ledger_damaged_mid_file_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    _ledger_with_rows(path, 300)
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle : middle + 4 * page] = b"\x00" * (4 * page)  # four b-tree pages zeroed
    path.write_bytes(bytes(data))
    with pytest.raises(WorkspaceError) as caught, Ledger(path, {TASK: Verdict}) as ledger:
        list(ledger.rows())
    message = str(caught.value)
    assert "is damaged" in message and ".recover" in message and str(path) in message
    assert "move it aside" not in message


def test_a_ledger_missing_a_column_is_named(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    _ledger_with_rows(path, 3)
    db = sqlite3.connect(path)
    db.execute("ALTER TABLE requests DROP COLUMN raw_text")
    db.commit()
    db.close()
    with pytest.raises(WorkspaceError, match="no column raw_text") as caught:
        Ledger(path).close()
    assert "Restore it from a backup" in str(caught.value)


def test_a_file_that_is_no_ledger_is_not_called_healthy(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    path.write_bytes(b"this is not sqlite at all" * 200)
    with pytest.raises(WorkspaceError, match="no SQLite database") as caught:
        Ledger(path)
    assert "restore it from a backup" in str(caught.value)


def good_trace(fake: FakeRequest) -> str:
    """The trace the offline teacher would write for the prompt (it passes every rule)."""
    from expert_ad_faults import truth_from_prompt

    from iad_data.tasks.expert_ad.offline import offline_trace

    truth, product, _ = truth_from_prompt(fake.user_text)
    return offline_trace(truth, fake.user_text, product).model_dump_json()


@pytest.fixture
def paid_workspace(tmp_path: Path, mvtec_tree: Any, fake: FakeLLM) -> Path:
    """A workspace whose records/ hold four traces bought from the fake."""
    from iad_data.ingestion.build import ingest
    from iad_data.tasks.expert_ad.synthesize import synthesize_cot

    ws = tmp_path / "ws"
    ingest("mvtec", mvtec_tree.root, ws, workers=1, progress=False)
    fake.responder = good_trace
    done = synthesize_cot(ws, teacher=openai_teacher(fake), limit=4, progress=False)
    assert (done.sent, done.written) == (4, 4)
    return ws


@pytest.mark.parametrize("how", ["deleted", "emptied"])
def test_a_lost_ledger_is_refused_while_records_cite_it(
    paid_workspace: Path, fake: FakeLLM, how: str
) -> None:
    from iad_data.tasks.expert_ad.synthesize import synthesize_cot

    ledger_path = paid_workspace / "ledger.sqlite"
    ledger_path.unlink()
    if how == "emptied":
        Ledger(ledger_path).close()
    calls = fake.generation_calls()
    with pytest.raises(WorkspaceError) as caught:
        synthesize_cot(paid_workspace, teacher=openai_teacher(fake), limit=4, progress=False)
    message = str(caught.value)
    assert f"is {'missing' if how == 'deleted' else 'empty'}" in message
    assert "records/expert_ad.parquet" in message and "buy every one of them again" in message
    assert "Restore ledger.sqlite from a backup" in message and "--rebuild-ledger" in message
    assert fake.generation_calls() == calls  # nothing bought


def test_rebuilding_a_lost_ledger_on_purpose(paid_workspace: Path, fake: FakeLLM) -> None:
    from iad_data.core.results import SynthesisResult
    from iad_data.teach.repair import Judged, repair_loop

    (paid_workspace / "ledger.sqlite").unlink()
    fake.responder = schema_responder
    requests = {f"s{i}": r for i, r in enumerate(make_requests(2))}

    def judge(item: str, response: TeacherResponse, attempt: int, keys: list[str]) -> Judged[str]:
        return Judged(item, {}, None)

    done = repair_loop(
        list(requests),
        lambda item, attempt, findings: requests[item],
        judge,
        teacher=openai_teacher(fake),
        ledger_path=paid_workspace / "ledger.sqlite",
        result=SynthesisResult(config="test"),
        max_attempts=1,
        progress=False,
        rebuild_ledger=True,
    )
    assert done is not None and sorted(done.accepted) == ["s0", "s1"]


def test_offline_records_need_no_ledger(tmp_path: Path, mvtec_tree: Any) -> None:
    from iad_data.ingestion.build import ingest
    from iad_data.tasks.expert_ad.synthesize import synthesize_cot

    ws = tmp_path / "ws"
    ingest("mvtec", mvtec_tree.root, ws, workers=1, progress=False)
    synthesize_cot(ws, limit=3, progress=False, teacher="offline")
    (ws / "ledger.sqlite").unlink()
    again = synthesize_cot(ws, limit=3, progress=False, teacher="offline")  # free to answer again
    assert again.sent == 3


# ---------------------------------------------------------------- 6. the key names the server


def test_two_servers_serving_one_model_name_never_share_answers(tmp_path: Path) -> None:
    from iad_data.teach.providers.openai import OpenAITeacher

    requests = make_requests(3)
    with FakeLLM() as first, FakeLLM() as second, Ledger(tmp_path / "ledger.sqlite") as ledger:
        for server in (first, second):
            teacher = OpenAITeacher(
                "local-vlm",
                api_key=server.api_key,
                base_url=server.openai_base_url,
                compatible=True,
            )
            result = run_requests(requests, teacher, ledger, progress=False)
            assert (result.cached, result.sent) == (0, 3)
            assert server.generation_calls() == 3
        again = run_requests(requests, teacher, ledger, progress=False)
        assert (again.cached, again.sent) == (3, 0)


def test_the_key_holds_the_normalised_url_and_no_secret() -> None:
    from iad_data.teach.providers.openai import OpenAITeacher
    from iad_data.teach.requests import normalise_base_url

    url = "HTTP://user:s3cret@LocalHost:80/v1/?api_key=tok3n#frag"
    assert normalise_base_url(url) == "http://localhost/v1"
    assert normalise_base_url("https://[::1]:8443/v1//") == "https://[::1]:8443/v1"
    request = make_requests(1)[0]

    def key(base_url: str | None, compatible: bool = True) -> str:
        teacher = OpenAITeacher(
            "local-vlm", api_key="sk-test-0123456789", base_url=base_url, compatible=compatible
        )
        return teacher.request_key(request)

    plain = key("http://localhost:8000/v1")
    assert key("http://LOCALHOST:8000/v1/") == plain
    assert key("http://u:pw@localhost:8000/v1?token=abc") == plain  # no secret in the key
    assert key("http://localhost:8001/v1") != plain
    openai_default = request.key("openai", "local-vlm")
    assert key(None, compatible=False) == openai_default  # the provider's own: unchanged
    assert key("https://api.openai.com/v1/", compatible=False) == openai_default


def test_answers_stored_before_keys_named_servers_are_found_once(
    tmp_path: Path, fake: FakeLLM
) -> None:
    """A ledger as the released version wrote it: compatible-server answers under keys
    without the URL. The first server to ask takes them; another server buys its own."""
    from iad_data.teach.providers.openai import OpenAITeacher

    requests = make_requests(4)
    path = tmp_path / "ledger.sqlite"
    with Ledger(path) as ledger:
        for request in requests:
            key = request.key("openai-compatible", "local-vlm")  # the released key
            name = "openai-compatible:local-vlm"
            ledger.mark_pending(key, request, name, "openai-compatible", "local-vlm")
            parsed = answer(request)
            ledger.record(
                key,
                TeacherResponse(
                    outcome=Outcome.ANSWERED, parsed=parsed, raw_text=parsed.model_dump_json()
                ),
            )
    db = sqlite3.connect(path)  # as the released version left it: no migration mark yet
    db.execute("DELETE FROM meta WHERE name='unnamed_keys_through'")
    db.commit()
    db.close()

    def teacher(server: FakeLLM) -> OpenAITeacher:
        return OpenAITeacher(
            "local-vlm", api_key=server.api_key, base_url=server.openai_base_url, compatible=True
        )

    with Ledger(path, {TASK: Verdict}) as ledger:
        first = run_requests(requests, teacher(fake), ledger, progress=False)
        assert (first.cached, first.sent, fake.generation_calls()) == (4, 0, 0)
        assert all(r.parsed is not None for r in first.responses.values())
        keys = {r.key for r in ledger.rows()}
        assert keys == {teacher(fake).request_key(r) for r in requests}  # moved under today's
        with FakeLLM() as other:
            second = run_requests(requests, teacher(other), ledger, progress=False)
            assert (second.cached, second.sent, other.generation_calls()) == (0, 4, 4)
        again = run_requests(requests, teacher(fake), ledger, progress=False)
        assert (again.cached, again.sent) == (4, 0)


def test_rows_written_after_the_upgrade_are_never_taken_for_another_server(
    tmp_path: Path, fake: FakeLLM
) -> None:
    """An OpenAI answer stored under the provider's own endpoint keeps its key; a teacher
    at another URL does not take it (it was not written before keys named servers)."""
    from iad_data.teach.providers.openai import OpenAITeacher

    requests = make_requests(2)

    def respond(request: FakeRequest) -> str:
        return Verdict(label="normal", confidence=0.5).model_dump_json()

    fake.responder = respond
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        for request in requests:  # as if answered at api.openai.com by this version
            key = request.key("openai", "gpt-4.1")
            ledger.mark_pending(key, request, "openai:gpt-4.1", "openai", "gpt-4.1")
            ledger.record(key, TeacherResponse(outcome=Outcome.ANSWERED, raw_text="{}"))
        gateway = OpenAITeacher("gpt-4.1", api_key=fake.api_key, base_url=fake.openai_base_url)
        result = run_requests(requests, gateway, ledger, progress=False)
        assert (result.cached, result.sent) == (0, 2)
        assert ledger.row(requests[0].key("openai", "gpt-4.1")) is not None
