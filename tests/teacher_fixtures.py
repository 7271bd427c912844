"""Requests, a response model and an offline answerer shared by the teacher-engine tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from fakes.fake_llm import FakeLLM, Faults
from PIL import Image
from pydantic import BaseModel, Field

from iad_data.teach.engine import RetryPolicy
from iad_data.teach.providers import (
    ImageRef,
    Outcome,
    SamplingParams,
    TeacherRequest,
)

if TYPE_CHECKING:  # the SDKs load only when a test makes a teacher
    from iad_data.teach.providers.anthropic import AnthropicTeacher
    from iad_data.teach.providers.openai import OpenAITeacher

TASK = "engine_test"


class Verdict(BaseModel):
    """A small answer shape with nesting, a list and an optional field."""

    label: str = Field(description="normal or anomaly")
    confidence: float
    boxes: list[list[int]] = Field(default_factory=list)
    note: str | None = None


def answer(request: TeacherRequest) -> Verdict:
    return Verdict(label=str(request.context["label"]), confidence=0.9, boxes=[[1, 2, 3, 4]])


def make_image(path: Path, size: int = 96, shade: int = 120) -> ImageRef:
    import hashlib

    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (size, size // 2 + 10), (shade, 80, 40)).save(path)
    return ImageRef(path=str(path), sha256=hashlib.sha256(path.read_bytes()).hexdigest())


def make_requests(
    n: int, images: list[ImageRef] | None = None, template_hash: str = "h1"
) -> list[TeacherRequest]:
    return [
        TeacherRequest(
            task=TASK,
            sample_id=f"s{i:04d}",
            template_id="engine_test.v1",
            template_hash=template_hash,
            system="You inspect parts.",
            user_text=f"Inspect sample {i}.",
            images=[images[i % len(images)]] if images else [],
            response_model=Verdict,
            answer_offline=answer,
            params=SamplingParams(max_tokens=300),
            context={"label": "anomaly" if i % 2 else "normal"},
        )
        for i in range(n)
    ]


FAST_RETRY = RetryPolicy(max_attempts=3, base_delay_s=0.001, max_delay_s=0.01)

MODEL_SIDE_FAULTS = [
    ("truncated", Outcome.TRUNCATED),
    ("refusal", Outcome.REFUSED),
    ("malformed", Outcome.UNPARSEABLE),
]
"""Fake-server faults the model itself causes, and the outcome each teacher must report."""


@pytest.fixture(name="fake")
def fake_fixture() -> Iterator[FakeLLM]:
    with FakeLLM(faults=Faults(retry_after_s=0.001, timeout_sleep_s=0.6)) as server:
        yield server


@pytest.fixture(name="image")
def image_fixture(tmp_path: Path) -> ImageRef:
    return make_image(tmp_path / "images" / "part.png")


def openai_teacher(fake: FakeLLM, model: str = "gpt-4.1", timeout_s: float = 5.0) -> OpenAITeacher:
    from iad_data.teach.providers.openai import OpenAITeacher

    return OpenAITeacher(
        model, api_key=fake.api_key, base_url=fake.openai_base_url, timeout_s=timeout_s
    )


def anthropic_teacher(
    fake: FakeLLM, model: str = "claude-haiku-4-5", timeout_s: float = 5.0
) -> AnthropicTeacher:
    from iad_data.teach.providers.anthropic import AnthropicTeacher

    return AnthropicTeacher(
        model, api_key=fake.api_key, base_url=fake.anthropic_base_url, timeout_s=timeout_s
    )
