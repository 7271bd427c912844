"""The model under test, as a teacher of the engine that answers in free text.

Synthesis asks teachers for JSON (a strict schema, a forced tool call); a model under test
must answer as its protocol asks, IAD-R1's tags or an option letter, so evaluation sends
no response format, no tool and no empty system message, and takes the whole text the model
wrote as its answer (``ModelAnswer``). Everything else is the teacher's own: the SDK, keys,
retries, the ledger, rate limits, prices and batch APIs (whose lines are built by the same
``body`` and read by the same ``interpret``). ``offline`` is the oracle: the engine's
offline teacher, answering each question from the ground truth it carries.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from iad_data.teach.providers import parse_spec, require_sdk
from iad_data.teach.providers.anthropic import AnthropicTeacher
from iad_data.teach.providers.openai import OpenAITeacher
from iad_data.teach.requests import Outcome, Teacher, TeacherRequest, TeacherResponse


class ModelAnswer(BaseModel):
    """A model's answer as it wrote it: the one field of every eval request's answer."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="the model's whole answer, as written")


def free_text(response: TeacherResponse) -> TeacherResponse:
    """A provider's answer read as free text: what the model wrote is the answer, JSON or not
    (the provider's reader, built for JSON answers, calls prose unparseable)."""
    if response.outcome not in (Outcome.ANSWERED, Outcome.UNPARSEABLE):
        return response  # truncated, refused and failed stay what they are
    return TeacherResponse(
        outcome=Outcome.ANSWERED,
        parsed=ModelAnswer(text=response.raw_text),
        raw_text=response.raw_text,
        usage=response.usage,
        cost_usd=response.cost_usd,
        latency_s=response.latency_s,
    )


class FreeTextOpenAI(OpenAITeacher):
    """An OpenAI or OpenAI-compatible model asked for plain text."""

    async def body(self, request: TeacherRequest) -> dict[str, Any]:
        body = await super().body(request)
        body.pop("response_format", None)
        if not request.system:
            body["messages"] = [m for m in body["messages"] if m["role"] != "system"]
        return body

    def interpret(
        self, request: TeacherRequest, data: dict[str, Any], latency: float
    ) -> TeacherResponse:
        return free_text(super().interpret(request, data, latency))


class FreeTextAnthropic(AnthropicTeacher):
    """A Claude model asked for plain text (no forced tool)."""

    async def body(self, request: TeacherRequest) -> dict[str, Any]:
        body = await super().body(request)
        body.pop("tools", None)
        body.pop("tool_choice", None)
        if not request.system:
            body.pop("system", None)
        return body

    def interpret(
        self, request: TeacherRequest, data: dict[str, Any], latency: float
    ) -> TeacherResponse:
        return free_text(super().interpret(request, data, latency))


def make_model(
    spec: str | Teacher,
    *,
    longest_side: int = 768,
    timeout_s: float = 120.0,
    image_root: str | Path | None = None,
) -> Teacher:
    """The model a teacher spec names, answering in free text; a ``Teacher`` passes through.
    A missing API key or SDK is an error here, before any work starts."""
    if isinstance(spec, Teacher):
        return spec
    provider, model, base_url = parse_spec(spec)
    if provider == "offline":
        from iad_data.teach.providers.offline import OfflineTeacher

        return OfflineTeacher()
    require_sdk("anthropic" if provider == "anthropic" else "openai", spec)
    if provider == "anthropic":
        return FreeTextAnthropic(
            model, longest_side=longest_side, image_root=image_root, timeout_s=timeout_s
        )
    return FreeTextOpenAI(
        model,
        base_url=base_url,
        compatible=provider == "openai-compatible",
        longest_side=longest_side,
        image_root=image_root,
        timeout_s=timeout_s,
    )


__all__ = ["FreeTextAnthropic", "FreeTextOpenAI", "ModelAnswer", "free_text", "make_model"]
