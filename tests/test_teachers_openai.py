from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from fakes.fake_llm import FakeLLM, responder_from_requests
from teacher_fixtures import (  # noqa: F401  (fixtures)
    MODEL_SIDE_FAULTS,
    Verdict,
    fake_fixture,
    image_fixture,
    make_requests,
    openai_teacher,
)

from iad_data.errors import TeacherError
from iad_data.teach.engine import run_requests
from iad_data.teach.ledger import Ledger
from iad_data.teach.providers import (
    ImageRef,
    Outcome,
    RequestRejected,
    TransientError,
    make_teacher,
)


def test_answers_with_strict_schema_and_data_url_image(fake: FakeLLM, image: ImageRef) -> None:
    request = make_requests(2, [image])[1]
    fake.responder = responder_from_requests([request])
    response = asyncio.run(openai_teacher(fake).complete(request))
    assert response.outcome == Outcome.ANSWERED
    assert response.parsed == Verdict(label="anomaly", confidence=0.9, boxes=[[1, 2, 3, 4]])
    assert response.usage.input_tokens > 255 and response.usage.output_tokens > 0
    call = fake.calls[0]
    assert call.images[0] == Path(image.path).read_bytes()  # small PNG: sent as it is
    fmt = call.body["response_format"]["json_schema"]
    assert fmt["strict"] is True and fmt["schema"]["additionalProperties"] is False
    assert sorted(fmt["schema"]["required"]) == ["boxes", "confidence", "label", "note"]
    assert call.body["max_completion_tokens"] == 300


@pytest.mark.parametrize(("fault", "outcome"), MODEL_SIDE_FAULTS)
def test_model_side_outcomes(fake: FakeLLM, fault: str, outcome: Outcome) -> None:
    fake.queue_faults([fault])
    response = asyncio.run(openai_teacher(fake).complete(make_requests(1)[0]))
    assert response.outcome == outcome
    assert response.usage.output_tokens > 0


@pytest.mark.parametrize(
    ("fault", "kind"),
    [("rate_limit", "rate_limit"), ("server_error", "server_error"), ("drop", "connection")],
)
def test_transport_faults_are_transient(fake: FakeLLM, fault: str, kind: str) -> None:
    fake.queue_faults([fault])
    with pytest.raises(TransientError) as caught:
        asyncio.run(openai_teacher(fake).complete(make_requests(1)[0]))
    assert caught.value.kind == kind
    if fault == "rate_limit":
        assert caught.value.retry_after == pytest.approx(0.001)


def test_unknown_model_and_wrong_key_stop_the_run(fake: FakeLLM) -> None:
    with pytest.raises(TeacherError, match="not found"):
        asyncio.run(openai_teacher(fake, model="gpt-99").complete(make_requests(1)[0]))
    teacher = openai_teacher(fake)
    teacher._key = type(teacher._key)("sk-wrong-key-123456")
    with pytest.raises(TeacherError, match="OPENAI_API_KEY"):
        asyncio.run(teacher.complete(make_requests(1)[0]))


def test_rejected_request_is_not_retried(fake: FakeLLM, tmp_path: Path) -> None:
    bad = tmp_path / "bad.png"
    from PIL import Image

    Image.new("RGBA", (20, 20), (1, 2, 3, 100)).save(bad)  # PNG with alpha stays PNG
    request = make_requests(1, [ImageRef(path=str(bad), sha256="x")])[0]
    teacher = openai_teacher(fake)
    response = asyncio.run(teacher.complete(request))
    assert response.outcome == Outcome.ANSWERED and fake.calls[-1].images[0][:4] == b"\x89PNG"
    with pytest.raises(RequestRejected):
        raise teacher.status_error(400, "bad")


def test_make_teacher_reads_env_and_openai_compatible(
    fake: FakeLLM, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", fake.api_key)
    monkeypatch.setenv("OPENAI_BASE_URL", fake.openai_base_url)
    requests = make_requests(3)
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        result = run_requests(requests, make_teacher("gpt-4.1"), ledger, progress=False)
        assert result.outcomes == {"answered": 3} and result.cost_usd > 0
        monkeypatch.delenv("OPENAI_API_KEY")
        monkeypatch.setenv("IAD_DATA_COMPATIBLE_API_KEY", fake.api_key)
        local = make_teacher(f"openai-compatible:local-vlm@{fake.openai_base_url}")
        assert local.provider == "openai-compatible" and not local.supports_batch
        result = run_requests(requests, local, ledger, progress=False)
        assert result.outcomes == {"answered": 3} and result.cost_usd == 0.0
        assert fake.calls[-1].body["max_tokens"] == 300
        teachers = {row["teacher"] for row in ledger.cost_summary()}
    assert teachers == {"openai:gpt-4.1", "openai-compatible:local-vlm"}
