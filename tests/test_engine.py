from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from fakes.fake_llm import FakeLLM, FakeRequest
from teacher_fixtures import (  # noqa: F401  (fixtures)
    FAST_RETRY,
    fake_fixture,
    image_fixture,
    make_requests,
    openai_teacher,
)

from iad_data.errors import TeacherError
from iad_data.teach.engine import RetryPolicy, run_requests
from iad_data.teach.ledger import Ledger
from iad_data.teach.providers import ImageRef, Outcome

FAULT_BY_SAMPLE = {
    "Inspect sample 0.": "rate_limit",
    "Inspect sample 1.": "server_error",
    "Inspect sample 2.": "drop",
    "Inspect sample 3.": "timeout",
    "Inspect sample 4.": "truncated",
    "Inspect sample 5.": "malformed",
    "Inspect sample 6.": "refusal",
}


def test_every_fault_class_is_its_own_recorded_outcome(
    tmp_path: Path, fake: FakeLLM, image: ImageRef
) -> None:
    fake.fault_hook = lambda r: FAULT_BY_SAMPLE.get(r.user_text)
    requests = make_requests(8, [image])
    teacher = openai_teacher(fake, timeout_s=0.3)
    retry = RetryPolicy(max_attempts=2, base_delay_s=0.001, max_delay_s=0.01)
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        result = run_requests(requests, teacher, ledger, retry=retry, progress=False)
        rows = {r.sample_id: r for r in ledger.rows()}
    got = {r.sample_id: (r.status, r.error or "") for r in rows.values()}
    assert got["s0000"][0] == "failed" and got["s0000"][1].startswith("rate_limit")
    assert got["s0001"][0] == "failed" and got["s0001"][1].startswith("server_error")
    assert got["s0002"][0] == "failed" and got["s0002"][1].startswith("connection")
    assert got["s0003"][0] == "failed" and got["s0003"][1].startswith("timeout")
    assert [got[f"s000{i}"][0] for i in range(4, 8)] == [
        "truncated",
        "unparseable",
        "refused",
        "answered",
    ]
    assert "gave up after 2 attempts" in got["s0000"][1]
    assert rows["s0000"].attempts == 2 and rows["s0007"].attempts == 1
    assert result.outcomes == {
        "answered": 1,
        "failed": 4,
        "refused": 1,
        "truncated": 1,
        "unparseable": 1,
    }
    assert result.failed == 7 and result.sent == 8
    assert fake.generation_calls() == 4 * 2 + 4


def test_retries_honour_retry_after_then_answer(
    tmp_path: Path, fake: FakeLLM, image: ImageRef
) -> None:
    fake.faults.retry_after_s = 0.4
    fake.queue_faults(["rate_limit", "server_error"])
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        start = time.monotonic()
        result = run_requests(
            make_requests(1, [image]),
            openai_teacher(fake),
            ledger,
            retry=FAST_RETRY,
            progress=False,
        )
        assert time.monotonic() - start >= 0.4  # waited as the 429 asked, not 1 ms
        assert result.outcomes == {"answered": 1} and result.attempts == 3
        assert next(ledger.rows()).attempts == 3


def test_max_cost_stops_at_budget_and_rerun_sends_the_rest(
    tmp_path: Path, fake: FakeLLM, image: ImageRef
) -> None:
    requests = make_requests(20, [image])
    teacher = openai_teacher(fake)
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        first = run_requests(
            requests, teacher, ledger, concurrency=1, max_cost_usd=0.006, progress=False
        )
        assert first.stopped is not None and "budget" in first.stopped
        assert 0 < first.sent < 20 and first.cost_usd <= 0.006
        assert len(first.responses) == first.sent
        assert fake.generation_calls() == first.sent
        rest = run_requests(requests, teacher, ledger, concurrency=4, progress=False)
        assert rest.cached == first.sent and rest.sent == 20 - first.sent
        assert rest.stopped is None and rest.outcomes == {"answered": 20}
        assert fake.generation_calls() == 20
        total = ledger.cost_summary()[0]["cost_usd"]
        assert total == pytest.approx(first.cost_usd + rest.cost_usd, abs=1e-6)


def test_dry_run_sends_nothing_and_estimates(
    tmp_path: Path, fake: FakeLLM, image: ImageRef
) -> None:
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        result = run_requests(
            make_requests(10, [image]),
            openai_teacher(fake),
            ledger,
            dry_run=True,
            progress=False,
        )
        assert fake.generation_calls() == 0 and list(ledger.rows()) == []
    assert result.sent == 0 and result.requests == 10
    # 96x58 px image -> 1 tile = 255 tokens each; output at 300 max_tokens each
    assert result.estimated_input_tokens > 10 * 255
    assert result.estimated_output_tokens == 10 * 300
    assert result.estimated_cost_usd == pytest.approx(
        (result.estimated_input_tokens * 2.0 + result.estimated_output_tokens * 8.0) / 1e6
    )


def test_changed_template_resends_only_what_it_renders(tmp_path: Path, fake: FakeLLM) -> None:
    teacher = openai_teacher(fake)
    old = make_requests(6)
    new = old[:3] + make_requests(6, template_hash="h2")[3:]
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        run_requests(old, teacher, ledger, progress=False)
        again = run_requests(new, teacher, ledger, progress=False)
    assert (again.cached, again.sent) == (3, 3)
    assert fake.generation_calls() == 9


def test_no_api_key_in_any_workspace_file(tmp_path: Path, image: ImageRef) -> None:
    key = "sk-secret-DO-NOT-LEAK-1234567890"
    workspace = tmp_path / "ws"
    with FakeLLM(api_key=key) as server:
        server.fault_hook = lambda r: "server_error" if r.user_text.endswith("1.") else None
        with Ledger(workspace / "ledger.sqlite") as ledger:
            run_requests(
                make_requests(4, [image]),
                openai_teacher(server),
                ledger,
                retry=FAST_RETRY,
                progress=False,
            )
            wrong = openai_teacher(server)
            wrong._key = type(wrong._key)(key[:-1] + "X")  # type: ignore[attr-defined,unused-ignore]
            with pytest.raises(TeacherError, match="refused the API key") as caught:
                run_requests(make_requests(6, [image])[4:], wrong, ledger, progress=False)
            assert key[:-1] not in str(caught.value)
    files = [p for p in workspace.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        assert key.encode() not in data and key[-8:].encode() not in data, path
        assert key[:-1].encode() not in data, path


KILL_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from pathlib import Path
from teacher_fixtures import make_requests, make_image
from iad_data.teach.engine import run_requests
from iad_data.teach.ledger import Ledger
from iad_data.teach.providers.openai import OpenAITeacher
image = make_image(Path({img!r}))
teacher = OpenAITeacher("gpt-4.1", api_key={key!r}, base_url={url!r})
with Ledger({ledger!r}) as ledger:
    run_requests(
        make_requests({total}, [image]), teacher, ledger, concurrency={workers}, progress=False
    )
print("finished")
"""


def test_sigkill_mid_run_then_rerun_sends_exactly_the_missing(tmp_path: Path) -> None:
    """The fake answers 12 requests and holds the rest; once all 4 workers wait on a held
    request, each has recorded its last answer, so the kill lands after exactly 12."""
    from teacher_fixtures import make_image

    total, answered, workers = 40, 12, 4
    ledger_path = tmp_path / "ws" / "ledger.sqlite"
    img_path = tmp_path / "img.png"
    script = tmp_path / "run.py"
    with FakeLLM() as server:
        server.hold_after(answered)
        script.write_text(
            textwrap.dedent(KILL_SCRIPT).format(
                tests=str(Path(__file__).parent),
                img=str(img_path),
                key=server.api_key,
                url=server.openai_base_url,
                ledger=str(ledger_path),
                total=total,
                workers=workers,
            )
        )
        proc = subprocess.Popen(
            [sys.executable, str(script)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        )
        try:
            held = server.wait_held(workers, timeout=60)  # a failure guard, not the mechanism
        finally:
            proc.send_signal(signal.SIGKILL)
            _, stderr = proc.communicate()
        assert held, stderr.decode(errors="replace")
        assert proc.returncode == -signal.SIGKILL, stderr.decode(errors="replace")
        assert server.generation_calls() == answered + workers  # the answered and the held
        answered_texts = {r.user_text for r in server.calls}
        assert len(server.calls) == len(answered_texts) == answered
        assert server.release()  # the held requests are answered to a dead client
        sent_before = len(server.calls)
        calls_before = server.generation_calls()
        requests = make_requests(total, [make_image(img_path)])
        with Ledger(ledger_path) as ledger:
            before = list(ledger.rows())
            final_before = {r.key for r in before if r.is_final}
            assert len(final_before) == answered
            assert all(r.status == Outcome.ANSWERED for r in before if r.is_final)
            assert sorted(r.status for r in before if not r.is_final) == ["pending"] * workers
            result = run_requests(
                requests, openai_teacher(server), ledger, concurrency=8, progress=False
            )
            rows = list(ledger.rows())
        resent = server.calls[sent_before:]
        assert server.generation_calls() - calls_before == len(resent) == total - answered
    assert result.cached == answered and result.sent == total - answered
    by_sample = {r.sample_id: r for r in requests}
    final_texts = {by_sample[r.sample_id].user_text for r in rows if r.key in final_before}
    assert final_texts == answered_texts  # what the killed run got is what it kept
    assert not final_texts & {r.user_text for r in resent}  # nothing paid for went out again
    assert len(rows) == len({r.key for r in rows}) == total
    assert all(r.status == Outcome.ANSWERED for r in rows)


def test_responder_hook_can_answer_wrong_on_purpose(tmp_path: Path, fake: FakeLLM) -> None:
    def wrong(request: FakeRequest) -> str:
        return '{"label": "anomaly", "confidence": "very"}'

    fake.responder = wrong
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        result = run_requests(make_requests(2), openai_teacher(fake), ledger, progress=False)
    response = next(iter(result.responses.values()))
    assert response.outcome == Outcome.UNPARSEABLE
    assert "confidence" in (response.error or "")


def test_backoff_grows_with_jitter_and_retry_after_wins() -> None:
    policy = RetryPolicy(base_delay_s=1.0, max_delay_s=60.0, jitter=0.5)
    for attempt, base in [(1, 1.0), (3, 4.0), (10, 60.0)]:
        delays = [policy.delay(attempt, None) for _ in range(50)]
        assert all(0.5 * base <= d <= 1.5 * base for d in delays)
        assert len(set(delays)) > 1
    assert 7.0 <= RetryPolicy(max_delay_s=1.0).delay(1, 7.0) <= 7.0 * 1.125


def test_rate_limiter_holds_requests_beyond_rpm_and_tpm() -> None:
    import asyncio

    from iad_data.teach.engine import RateLimiter

    async def scenario() -> tuple[bool, bool]:
        by_requests = RateLimiter(rpm=2, tpm=None)
        await by_requests.acquire(10)
        await by_requests.acquire(10)
        try:
            await asyncio.wait_for(by_requests.acquire(10), 0.1)
            third = True
        except TimeoutError:
            third = False
        by_tokens = RateLimiter(rpm=None, tpm=1000)
        await by_tokens.acquire(900)
        try:
            await asyncio.wait_for(by_tokens.acquire(200), 0.1)
            over = True
        except TimeoutError:
            over = False
        return third, over

    assert asyncio.run(scenario()) == (False, False)


def test_run_from_inside_an_event_loop(tmp_path: Path) -> None:
    import asyncio

    from iad_data.teach.providers import make_teacher

    async def notebook_cell() -> int:
        with Ledger(tmp_path / "ledger.sqlite") as ledger:
            return run_requests(make_requests(3), make_teacher("offline"), ledger).sent

    assert asyncio.run(notebook_cell()) == 3


def test_unreadable_image_fails_its_request_only(
    tmp_path: Path, fake: FakeLLM, image: ImageRef
) -> None:
    gone = ImageRef(path=str(tmp_path / "gone.png"), sha256="0" * 64)
    requests = make_requests(3, [image, gone])
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        teacher = openai_teacher(fake)
        result = run_requests(requests, teacher, ledger, progress=False)
    assert result.outcomes == {"answered": 2, "failed": 1}
    failed = result.responses[teacher.request_key(requests[1])]
    assert failed.error is not None and "gone.png" in failed.error
    assert fake.generation_calls() == 2
