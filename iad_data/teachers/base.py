"""The one teacher interface every synthesis command sends its requests through.

A ``TeacherRequest`` is everything that decides an answer: task, prompt template (id and
content hash), system prompt, user text, images (by content hash), the response model and
the sampling parameters. Its ``key`` is a content hash of all of it, so the ledger can
recognise a request it has already paid for, and a changed prompt template changes exactly
the keys of the requests it renders.

``context`` carries the ground truth that the offline teacher answers from; online teachers
never send it (grounded prompts put what they need into ``user_text``).
"""

from __future__ import annotations

import hashlib
import json
from abc import ABC, abstractmethod
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ImageRef(BaseModel):
    """An image a request shows the teacher; the engine resizes and encodes it once."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    path: str = Field(description="absolute path, or relative to the benchmark root")
    sha256: str
    role: str = Field(default="query", description="query, reference (a normal sample) or crop")
    crop: tuple[int, int, int, int] | None = Field(
        default=None, description="x1, y1, x2, y2 inclusive pixel box to crop before resizing"
    )


class SamplingParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    temperature: float = 0.2
    max_tokens: int = 1500
    seed: int | None = None


class TeacherRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    task: str = Field(description="expert_ad, instruct_iad, process, ...")
    sample_id: str | None = None
    template_id: str
    template_hash: str
    system: str
    user_text: str
    images: list[ImageRef] = Field(default_factory=list)
    response_model: type[BaseModel]
    params: SamplingParams = Field(default_factory=SamplingParams)
    context: dict[str, Any] = Field(default_factory=dict)
    attempt: int = Field(default=1, description="repair attempt; part of the key")

    def response_schema(self) -> dict[str, Any]:
        return self.response_model.model_json_schema()

    def key(self, provider: str, model: str) -> str:
        """Content key: same inputs -> same key on every machine; never a secret in it."""
        payload = {
            "provider": provider,
            "model": model,
            "params": self.params.model_dump(mode="json"),
            "task": self.task,
            "template": [self.template_id, self.template_hash],
            "system": self.system,
            "user": self.user_text,
            "images": [[i.sha256, i.role, i.crop] for i in self.images],
            "schema": self.response_schema(),
            "context": self.context,
            "attempt": self.attempt,
        }
        text = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
        return hashlib.sha256(text.encode()).hexdigest()


class Outcome(StrEnum):
    ANSWERED = "answered"
    TRUNCATED = "truncated"
    """the model stopped at the token limit"""
    REFUSED = "refused"
    UNPARSEABLE = "unparseable"
    """text that is not valid JSON for the response schema"""
    FAILED = "failed"
    """attempts exhausted on rate limits, server errors, timeouts or connection errors"""


class Usage(BaseModel):
    input_tokens: int = 0
    output_tokens: int = 0


class TeacherResponse(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    outcome: Outcome
    parsed: BaseModel | None = None
    raw_text: str = ""
    usage: Usage = Field(default_factory=Usage)
    cost_usd: float = 0.0
    latency_s: float = 0.0
    error: str | None = None


class Teacher(ABC):
    """A model that answers requests. Subclasses live one per provider in this package."""

    provider: str
    model: str

    @property
    def name(self) -> str:
        return f"{self.provider}:{self.model}"

    @abstractmethod
    async def complete(self, request: TeacherRequest) -> TeacherResponse:
        """Answer one request (one attempt; the engine retries and records)."""


OfflineAnswerer = Callable[[TeacherRequest], BaseModel]
OFFLINE_ANSWERERS: dict[str, OfflineAnswerer] = {}
"""task -> function answering from ``request.context``; each task module registers its own."""


def register_offline(task: str) -> Callable[[OfflineAnswerer], OfflineAnswerer]:
    def decorate(fn: OfflineAnswerer) -> OfflineAnswerer:
        OFFLINE_ANSWERERS[task] = fn
        return fn

    return decorate
