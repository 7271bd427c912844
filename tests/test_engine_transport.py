"""Several event loops sharing the ledger, the SDKs' aiohttp transport, and the cached path.

Worker loops run in real processes against the fake on loopback: every key is sent once,
the worker ledgers are merged, a worker ledger a killed run left behind is merged by the
next run (its answers never bought again), and the limits are dealt so they hold for the
whole job. The aiohttp transport answers and fails exactly as the default one does. A fully
cached re-run imports no SDK.
"""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from fakes.fake_llm import FakeLLM
from teacher_fixtures import (  # noqa: F401  (fixtures)
    FAST_RETRY,
    Verdict,
    anthropic_teacher,
    fake_fixture,
    image_fixture,
    make_requests,
    openai_teacher,
)

from iad_data.teach import engine
from iad_data.teach.engine import run_requests
from iad_data.teach.ledger import Ledger
from iad_data.teach.providers import ImageRef, Outcome, TeacherResponse, Usage
from iad_data.teach.requests import _schema_of

TESTS = Path(__file__).resolve().parent


def _answers(result: engine.RunResult) -> dict[str, str]:
    return {
        key: r.parsed.model_dump_json() if r.parsed else str(r.outcome)
        for key, r in result.responses.items()
    }


def test_two_loops_send_every_key_once_and_merge_their_ledgers(
    tmp_path: Path, fake: FakeLLM, image: ImageRef
) -> None:
    requests = make_requests(24, [image])
    with Ledger(tmp_path / "one.sqlite") as ledger:
        one = run_requests(requests, openai_teacher(fake), ledger, progress=False)
    sold = fake.paid_per_key()
    with Ledger(tmp_path / "two.sqlite") as ledger:
        two = run_requests(
            requests, openai_teacher(fake), ledger, loops=2, concurrency=6, progress=False
        )
        rows = ledger.dump()
        assert not ledger.shard_dir.exists()
        again = run_requests(requests, openai_teacher(fake), ledger, loops=2, progress=False)
    assert {k: n - sold[k] for k, n in fake.paid_per_key().items()} == sold  # once each
    assert two.sent == 24 and two.attempts == 24 and again.cached == 24 and again.sent == 0
    assert _answers(two) == _answers(one)
    assert {r["status"] for r in rows} == {"answered"} and len(rows) == 24
    assert all(r["attempts"] == 1 for r in rows)


def test_a_worker_ledger_left_by_a_killed_run_is_merged_not_bought_again(
    tmp_path: Path, fake: FakeLLM, image: ImageRef
) -> None:
    requests = make_requests(6, [image])
    teacher = openai_teacher(fake)
    key = teacher.request_key(requests[0])
    answer = Verdict(label="normal", confidence=0.5)
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        shard_dir = ledger.shard_dir
    shard_dir.mkdir()
    with Ledger(shard_dir / "killed-000.sqlite") as shard:  # what a SIGKILLed worker leaves
        shard.mark_pending(key, requests[0], teacher.name, teacher.provider, teacher.model)
        shard.record(
            key,
            TeacherResponse(
                outcome=Outcome.ANSWERED,
                parsed=answer,
                raw_text=answer.model_dump_json(),
                usage=Usage(input_tokens=5, output_tokens=5),
            ),
        )
        pending = teacher.request_key(requests[1])
        shard.mark_pending(pending, requests[1], teacher.name, teacher.provider, teacher.model)
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        result = run_requests(requests, teacher, ledger, loops=2, progress=False)
        row = ledger.row(key)
        resent = ledger.row(pending)
    assert result.cached == 1 and result.sent == 5
    assert result.responses[key].parsed == answer
    assert len(fake.calls) == 5 and "Inspect sample 0." not in {c.user_text for c in fake.calls}
    assert row is not None and row.status == "answered" and row.attempts == 1
    assert resent is not None and resent.status == "answered" and resent.attempts == 2
    assert not shard_dir.exists()


def test_the_progress_of_worker_loops_is_read_from_their_ledger_files(
    tmp_path: Path, fake: FakeLLM, image: ImageRef
) -> None:
    from tqdm import tqdm

    requests = make_requests(3, [image])
    teacher = openai_teacher(fake)
    answer = Verdict(label="normal", confidence=0.5)
    paths = [tmp_path / "w-000.sqlite", tmp_path / "w-001.sqlite"]
    bar = tqdm(total=3, file=io.StringIO())  # a disabled bar would not count
    watch = engine._ShardProgress(paths, bar)
    watch.poll()  # no file yet: nothing settled, nothing raised
    assert bar.n == 0
    with Ledger(paths[0]) as shard:  # a worker still running: one answered, one in flight
        for i, request in enumerate(requests[:2]):
            key = teacher.request_key(request)
            shard.mark_pending(key, request, teacher.name, teacher.provider, teacher.model)
            if i == 0:
                response = TeacherResponse(
                    outcome=Outcome.ANSWERED, parsed=answer, raw_text=answer.model_dump_json()
                )
                shard.record(key, response)
        watch.poll()
        assert bar.n == 1  # the pending request is not counted
    watch.done(2)  # the first worker returned with its two requests
    assert bar.n == 2
    watch.poll()  # a file that says less than a finished worker never moves the bar back
    assert bar.n == 2 and watch.shown == 2


def test_limits_and_budget_are_dealt_so_they_hold_for_the_whole_job(
    tmp_path: Path, fake: FakeLLM, image: ImageRef, monkeypatch: pytest.MonkeyPatch
) -> None:
    dealt: list[Any] = []

    def no_workers(fn: Any, chunks: Any, workers: int, *args: Any, **kw: Any) -> Any:
        dealt.extend(shard for chunk in chunks for shard in chunk)
        return iter([])

    monkeypatch.setattr(engine, "map_chunks", no_workers)
    teacher = openai_teacher(fake)
    teacher.rpm, teacher.tpm = 7, 100_000
    requests = make_requests(30, [image])
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        run_requests(requests, teacher, ledger, loops=3, concurrency=8, progress=False)
    assert len(dealt) == 3
    assert sum(s.teacher.rpm for s in dealt) == 7 and sum(s.teacher.tpm for s in dealt) == 100_000
    assert sum(s.concurrency for s in dealt) == 8 and min(s.concurrency for s in dealt) >= 1
    keys = [key for s in dealt for key, _ in s.requests]
    assert len(keys) == len(set(keys)) == 30  # every key dealt to exactly one worker
    # keys in proportion to each loop's concurrency (3, 3, 2 of 8), so all loops end together
    shares = [(s.concurrency, len(s.requests)) for s in dealt]
    assert all(abs(n - 30 * c / 8) < 1 for c, n in shares), shares
    assert teacher.rpm == 7  # the caller's teacher is not changed
    teacher.rpm = 2  # fewer requests a minute than loops: fewer loops
    assert engine._loop_count(None, 3, 8, teacher, 30) == 2
    assert engine._loop_count(None, 3, 8, teacher, 1) == 1


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_the_aiohttp_transport_answers_and_fails_as_the_default_does(
    tmp_path: Path, fake: FakeLLM, image: ImageRef, provider: str
) -> None:
    faults = {"Inspect sample 0.": "server_error", "Inspect sample 1.": "not_json"}
    outcome: dict[str, dict[str, tuple[str, int]]] = {}
    for transport in ("httpx", "aiohttp"):
        fake.fault_hook = lambda r, t=transport: faults.get(r.user_text)
        make = openai_teacher if provider == "openai" else anthropic_teacher
        teacher = make(fake)
        teacher.transport = transport
        with Ledger(tmp_path / f"{provider}-{transport}.sqlite") as ledger:
            run_requests(
                make_requests(4, [image], template_hash=transport),
                teacher,
                ledger,
                retry=FAST_RETRY,
                progress=False,
            )
            outcome[transport] = {str(r.sample_id): (r.status, r.attempts) for r in ledger.rows()}
    assert outcome["aiohttp"] == outcome["httpx"]
    assert outcome["aiohttp"]["s0000"] == ("failed", 3)
    assert outcome["aiohttp"]["s0003"] == ("answered", 1)


def test_a_cached_rerun_imports_no_sdk(tmp_path: Path, fake: FakeLLM, image: ImageRef) -> None:
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        run_requests(make_requests(5, [image]), openai_teacher(fake), ledger, progress=False)
    script = textwrap.dedent(
        f"""
        import sys
        from teacher_fixtures import make_requests
        from iad_data.teach.engine import run_requests
        from iad_data.teach.ledger import Ledger
        from iad_data.teach.providers import ImageRef
        from iad_data.teach.providers.openai import OpenAITeacher
        image = ImageRef(path={image.path!r}, sha256={image.sha256!r})
        teacher = OpenAITeacher("gpt-4.1", api_key={fake.api_key!r},
                                base_url={fake.openai_base_url!r}, timeout_s=5.0)
        with Ledger({str(tmp_path / "ledger.sqlite")!r}) as ledger:
            result = run_requests(make_requests(5, [image]), teacher, ledger, progress=False)
        assert result.cached == 5 and result.sent == 0, result
        print(sorted(m for m in ("openai", "anthropic", "httpx") if m in sys.modules))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(TESTS), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_request_keys_are_the_json_of_the_whole_payload(image: ImageRef) -> None:
    """The schema is spliced in from a per-model dump: keys stay what they always were."""
    for request in make_requests(6, [image, image.model_copy(update={"crop": (1, 2, 3, 4)})]):
        for server in (None, "http://127.0.0.1:8000/v1"):
            payload: dict[str, Any] = {
                "provider": "openai",
                "model": "gpt-4.1",
                "params": request.params.model_dump(mode="json"),
                "task": request.task,
                "template": [request.template_id, request.template_hash],
                "system": request.system,
                "user": request.user_text,
                "images": [[i.sha256, i.role, i.crop] for i in request.images],
                "schema": _schema_of(request.response_model),
                "context": request.context,
                "attempt": request.attempt,
            }
            if server is not None:
                payload["server"] = server
            text = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
            expected = hashlib.sha256(text.encode()).hexdigest()
            assert request.key("openai", "gpt-4.1", server) == expected


def test_the_transport_is_a_stage_option_from_the_library_to_the_sdk(
    tmp_path: Path, fake: FakeLLM, mvtec_tree: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``transport`` is an option of the synthesis stage (recipe key, ``--transport`` and the
    library keyword are one field) and reaches the SDK client the teacher sends with."""
    from iad_data.errors import InputError
    from iad_data.ingestion.build import ingest
    from iad_data.tasks.expert_ad.synthesize import synthesize_cot
    from iad_data.teach import providers
    from iad_data.teach.providers.openai import COMPATIBLE_KEY_ENV

    ws = tmp_path / "ws"
    ingest("mvtec", mvtec_tree.root, ws, categories=["bottle"], progress=False, workers=1)
    monkeypatch.setenv(COMPATIBLE_KEY_ENV, fake.api_key)
    made: list[Any] = []
    real = providers.make_teacher

    def keep(*args: Any, **kwargs: Any) -> Any:
        made.append(real(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(providers, "make_teacher", keep)
    spec = f"openai-compatible:gpt-4.1@{fake.openai_base_url}"
    result = synthesize_cot(
        ws, teacher=spec, transport="aiohttp", limit=2, max_attempts=1, progress=False
    )
    assert result.sent == 2 and fake.generation_calls() == 2
    assert [t.transport for t in made] == ["aiohttp"]
    assert "AioHttp" in type(made[0].client()._client).__name__  # the SDK's aiohttp client
    with pytest.raises(InputError, match="transport"):
        synthesize_cot(ws, teacher=spec, transport="curl", limit=1, progress=False)
