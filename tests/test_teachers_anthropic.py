from __future__ import annotations

import asyncio
import base64
from pathlib import Path

import pytest
from fakes.fake_llm import FakeLLM, responder_from_requests
from teacher_fixtures import (  # noqa: F401  (fixtures)
    FAST_RETRY,
    MODEL_SIDE_FAULTS,
    Verdict,
    anthropic_teacher,
    fake_fixture,
    image_fixture,
    make_requests,
)

from iad_data.errors import TeacherError
from iad_data.teach.engine import run_requests
from iad_data.teach.ledger import Ledger
from iad_data.teach.providers import ImageRef, Outcome, TransientError, make_teacher


def test_answers_through_a_forced_tool_with_base64_image(fake: FakeLLM, image: ImageRef) -> None:
    request = make_requests(2, [image])[1]
    fake.responder = responder_from_requests([request])
    response = asyncio.run(anthropic_teacher(fake).complete(request))
    assert response.outcome == Outcome.ANSWERED
    assert response.parsed == Verdict(label="anomaly", confidence=0.9, boxes=[[1, 2, 3, 4]])
    body = fake.calls[0].body
    block = body["messages"][0]["content"][0]
    assert block["type"] == "image" and block["source"]["media_type"] == "image/png"
    assert base64.b64decode(block["source"]["data"]) == Path(image.path).read_bytes()
    assert body["tool_choice"] == {"type": "tool", "name": "record_answer"}
    assert body["tools"][0]["input_schema"]["properties"]["label"]["type"] == "string"
    assert body["system"] == "You inspect parts." and body["max_tokens"] == 300


@pytest.mark.parametrize(("fault", "outcome"), MODEL_SIDE_FAULTS)
def test_model_side_outcomes(fake: FakeLLM, fault: str, outcome: Outcome) -> None:
    fake.queue_faults([fault])
    response = asyncio.run(anthropic_teacher(fake).complete(make_requests(1)[0]))
    assert response.outcome == outcome


def test_overloaded_and_rate_limited_are_retried(fake: FakeLLM, tmp_path: Path) -> None:
    fake.queue_faults(["server_error"])
    with pytest.raises(TransientError, match="529"):
        asyncio.run(anthropic_teacher(fake).complete(make_requests(1)[0]))
    fake.queue_faults(["rate_limit", "server_error"])
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        result = run_requests(
            make_requests(2), anthropic_teacher(fake), ledger, retry=FAST_RETRY, progress=False
        )
    assert result.outcomes == {"answered": 2} and result.attempts == 4
    assert result.cost_usd > 0


def test_env_key_and_base_url(fake: FakeLLM, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-wrong-000000")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake.anthropic_base_url)
    with pytest.raises(TeacherError, match="ANTHROPIC_API_KEY"):
        asyncio.run(make_teacher("claude-haiku-4-5").complete(make_requests(1)[0]))
    monkeypatch.setenv("ANTHROPIC_API_KEY", fake.api_key)
    teacher = make_teacher("anthropic:claude-haiku-4-5")
    assert teacher.name == "anthropic:claude-haiku-4-5"
    assert asyncio.run(teacher.complete(make_requests(1)[0])).outcome == Outcome.ANSWERED
