from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from teacher_fixtures import Verdict, make_requests

from iad_data.errors import TeacherError
from iad_data.teach.engine import run_requests
from iad_data.teach.ledger import Ledger
from iad_data.teach.providers import Outcome, TeacherRequest, make_teacher


def test_offline_answers_from_context_without_network() -> None:
    teacher = make_teacher("offline")
    request = make_requests(2)[1]
    response = asyncio.run(teacher.complete(request))
    assert response.outcome == Outcome.ANSWERED
    assert isinstance(response.parsed, Verdict) and response.parsed.label == "anomaly"
    assert Verdict.model_validate_json(response.raw_text) == response.parsed
    assert response.usage.input_tokens == 0


def test_offline_request_without_answerer_is_a_teacher_error(tmp_path: Path) -> None:
    request = make_requests(1)[0].model_copy(
        update={"task": "no_such_task", "answer_offline": None}
    )
    assert isinstance(request, TeacherRequest)
    with pytest.raises(TeacherError, match="no_such_task"):
        asyncio.run(make_teacher("offline").complete(request))
    with Ledger(tmp_path / "ledger.sqlite") as ledger, pytest.raises(TeacherError):
        run_requests([request], make_teacher("offline"), ledger, progress=False)


def test_offline_run_through_engine_is_cached_on_rerun(tmp_path: Path) -> None:
    requests = make_requests(20)
    teacher = make_teacher("offline")
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        first = run_requests(requests, teacher, ledger, progress=False)
        assert (first.sent, first.cached, first.failed, first.cost_usd) == (20, 0, 0, 0.0)
        second = run_requests(requests + requests[:3], teacher, ledger, progress=False)
        assert (second.requests, second.sent, second.cached) == (20, 0, 20)
        key = requests[3].key(teacher.provider, teacher.model)
        assert second.responses[key].parsed == first.responses[key].parsed
        assert second.responses[key].parsed == Verdict(
            label="anomaly", confidence=0.9, boxes=[[1, 2, 3, 4]]
        )


@pytest.mark.parametrize(
    ("spec", "error"),
    [
        ("gpt-4.1", "OPENAI_API_KEY"),
        ("claude-sonnet-4-5", "ANTHROPIC_API_KEY"),
        ("mistral", "unknown teacher"),
        ("foo:bar", "unknown teacher provider"),
        ("openai-compatible:qwen", "MODEL@BASE_URL"),
    ],
)
def test_bad_specs_and_missing_keys_fail_before_work(
    spec: str, error: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    with pytest.raises(TeacherError, match=error):
        make_teacher(spec)
