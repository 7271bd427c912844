"""Claude models through the official ``anthropic`` SDK.

Images go as base64 image blocks before the text. Structured output is a forced tool call:
one tool whose ``input_schema`` is the response model's JSON schema and
``tool_choice={"type": "tool", ...}``, so the answer arrives as the tool's ``input`` object.
``stop_reason == "max_tokens"`` is a truncated answer, ``"refusal"`` a refusal. The SDK's
own retries are off: the engine retries. The key comes from ``ANTHROPIC_API_KEY``;
``ANTHROPIC_BASE_URL`` points the SDK elsewhere (the fake server in tests). The 2.x SDK
takes no ``temperature``, so sampling temperature is not sent (it still keys the ledger).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iad_data.teach.providers.sdk import (
    SdkTeacher,
    missing_key,
    parse_answer,
    read_usage,
    truncated,
    unusable,
)
from iad_data.teach.requests import (
    Outcome,
    TeacherRequest,
    TeacherResponse,
    TransientError,
    _schema_of,
)

if TYPE_CHECKING:
    import anthropic

KEY_ENV = "ANTHROPIC_API_KEY"
TOOL_NAME = "record_answer"


class AnthropicTeacher(SdkTeacher["anthropic.AsyncAnthropic"]):
    provider = "anthropic"
    key_env = KEY_ENV

    def __init__(
        self,
        model: str,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        longest_side: int = 768,
        image_root: str | Path | None = None,
        timeout_s: float = 120.0,
    ) -> None:
        api_key = api_key or os.environ.get(KEY_ENV)
        if not api_key:
            raise missing_key(f"anthropic:{model}", KEY_ENV, "sk-ant-...")
        super().__init__(
            model,
            api_key,
            base_url=base_url,
            longest_side=longest_side,
            image_root=image_root,
            timeout_s=timeout_s,
        )
        self.supports_batch = True

    def client_factory(self) -> type[anthropic.AsyncAnthropic]:
        import anthropic

        return anthropic.AsyncAnthropic

    def batches(self) -> AnthropicBatches:
        return AnthropicBatches(self)

    async def body(self, request: TeacherRequest) -> dict[str, Any]:
        """``messages.create`` parameters (also the ``params`` of a batch request)."""
        content: list[dict[str, Any]] = []
        for ref in request.images:
            image = await self.encoder.aencode(ref)
            content.append(
                {
                    "type": "image",
                    "source": {
                        "type": "base64",
                        "media_type": image.media_type,
                        "data": image.data_b64,
                    },
                }
            )
        content.append({"type": "text", "text": request.user_text})
        return {
            "model": self.model,
            "max_tokens": request.params.max_tokens,
            "system": request.system,
            "messages": [{"role": "user", "content": content}],
            "tools": [
                {
                    "name": TOOL_NAME,
                    "description": "Record your answer; its input is the complete answer.",
                    "input_schema": _schema_of(request.response_model),
                }
            ],
            "tool_choice": {"type": "tool", "name": TOOL_NAME},
        }

    async def send(self, body: dict[str, Any]) -> dict[str, Any]:
        import anthropic

        with self.sdk_errors(anthropic):
            message = await self.client().messages.create(**body)
        body_out: dict[str, Any] = message.model_dump()
        return body_out

    def interpret(
        self, request: TeacherRequest, data: dict[str, Any], latency: float
    ) -> TeacherResponse:
        """A Message (as JSON) -> response with its outcome."""
        usage = read_usage(data, "input_tokens", "output_tokens")
        blocks = data.get("content") or []
        tool_input = next((b.get("input") for b in blocks if b.get("type") == "tool_use"), None)
        text = "".join(str(b.get("text") or "") for b in blocks if b.get("type") == "text")
        raw = json.dumps(tool_input) if tool_input is not None else text
        stop = data.get("stop_reason")
        if stop == "max_tokens":
            return truncated(request, raw, usage, latency)
        if stop == "refusal":
            return unusable(Outcome.REFUSED, raw, usage, latency, "the model refused")
        if tool_input is None:
            return unusable(
                Outcome.UNPARSEABLE,
                text,
                usage,
                latency,
                f"no {TOOL_NAME} tool call in the answer (stop_reason {stop})",
            )
        return parse_answer(request, raw, usage, latency)


class AnthropicBatches:
    """Anthropic Message Batches for an ``AnthropicTeacher``: create, poll, stream results."""

    def __init__(self, teacher: AnthropicTeacher) -> None:
        self.teacher = teacher

    async def submit(self, items: list[tuple[str, TeacherRequest]]) -> str:
        import anthropic

        batch_requests = [
            {"custom_id": key, "params": await self.teacher.body(request)} for key, request in items
        ]
        try:
            batch = await self.teacher.client().messages.batches.create(
                requests=batch_requests  # type: ignore[arg-type]
            )
        except anthropic.APIStatusError as exc:
            raise self.teacher.status_error(exc.status_code, exc.message) from exc
        except anthropic.APIConnectionError as exc:
            raise TransientError("connection", str(exc)) from exc
        return batch.id

    async def poll(self, batch_id: str) -> str | None:
        batch = await self.teacher.client().messages.batches.retrieve(batch_id)
        return "ended" if batch.processing_status == "ended" else None

    async def results(
        self, batch_id: str, requests: dict[str, TeacherRequest]
    ) -> dict[str, TeacherResponse]:
        found: dict[str, TeacherResponse] = {}
        decoder = await self.teacher.client().messages.batches.results(batch_id)
        async for entry in decoder:
            request = requests.get(entry.custom_id)
            if request is None:
                continue
            result = entry.result.model_dump()
            if result.get("type") == "succeeded":
                found[entry.custom_id] = self.teacher.interpret(request, result["message"], 0.0)
            else:
                error = (result.get("error") or {}).get("error") or {}
                found[entry.custom_id] = TeacherResponse(
                    outcome=Outcome.FAILED,
                    error=f"batch result {result.get('type')}: {error.get('message', '')}".strip(),
                )
        return found
