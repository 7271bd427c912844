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
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import SecretStr

from ..errors import TeacherError
from ..image_encoding import ImageEncoder
from .base import (
    Outcome,
    RequestRejected,
    Teacher,
    TeacherRequest,
    TeacherResponse,
    TransientError,
    Usage,
    _schema_of,
)
from .openai import parse_answer, retry_after

if TYPE_CHECKING:
    import anthropic

KEY_ENV = "ANTHROPIC_API_KEY"
TOOL_NAME = "record_answer"


class AnthropicTeacher(Teacher):
    provider = "anthropic"

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
        self.model = model
        api_key = api_key or os.environ.get(KEY_ENV)
        if not api_key:
            raise TeacherError(
                f"teacher anthropic:{model} needs an API key: export {KEY_ENV}=sk-ant-... "
                "(or use --teacher offline)"
            )
        import anthropic  # noqa: F401  (imported now, not inside the first timed request)

        self._key = SecretStr(api_key)
        self.base_url = base_url
        self.timeout_s = timeout_s
        self.encoder = ImageEncoder(longest_side, image_root)
        self.supports_batch = True
        self._client: anthropic.AsyncAnthropic | None = None

    def secrets(self) -> list[str]:
        return [self._key.get_secret_value()]

    def batches(self) -> AnthropicBatches:
        return AnthropicBatches(self)

    def client(self) -> anthropic.AsyncAnthropic:
        if self._client is None:
            import anthropic

            self._client = anthropic.AsyncAnthropic(
                api_key=self._key.get_secret_value(),
                base_url=self.base_url,
                timeout=self.timeout_s,
                max_retries=0,
            )
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None

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

    async def complete(self, request: TeacherRequest) -> TeacherResponse:
        import anthropic

        body = await self.body(request)
        start = time.perf_counter()
        try:
            message = await self.client().messages.create(**body)
        except anthropic.APITimeoutError as exc:
            raise TransientError("timeout", f"no answer within {self.timeout_s:g} s") from exc
        except anthropic.APIConnectionError as exc:
            raise TransientError("connection", str(exc)) from exc
        except anthropic.APIStatusError as exc:
            raise self.status_error(exc.status_code, exc.message, exc.response.headers) from exc
        return self.interpret(request, message.model_dump(), time.perf_counter() - start)

    def status_error(self, status: int, message: str, headers: Any = None) -> TeacherError:
        if status == 429:
            return TransientError("rate_limit", message, retry_after(headers))
        if status >= 500 or status in (408, 409):
            return TransientError("server_error", f"HTTP {status}: {message}", retry_after(headers))
        if status in (401, 403):
            return TeacherError(f"{self.name} refused the API key (HTTP {status}); check {KEY_ENV}")
        if status == 404:
            return TeacherError(f"{self.name}: model or endpoint not found (HTTP 404): {message}")
        return RequestRejected(f"HTTP {status}: {message}")

    def interpret(
        self, request: TeacherRequest, data: dict[str, Any], latency: float
    ) -> TeacherResponse:
        """A Message (as JSON) -> response with its outcome."""
        raw_usage = data.get("usage") or {}
        usage = Usage(
            input_tokens=int(raw_usage.get("input_tokens") or 0),
            output_tokens=int(raw_usage.get("output_tokens") or 0),
        )
        blocks = data.get("content") or []
        tool_input = next((b.get("input") for b in blocks if b.get("type") == "tool_use"), None)
        text = "".join(str(b.get("text") or "") for b in blocks if b.get("type") == "text")
        raw = json.dumps(tool_input) if tool_input is not None else text
        stop = data.get("stop_reason")
        if stop == "max_tokens":
            return TeacherResponse(
                outcome=Outcome.TRUNCATED,
                raw_text=raw,
                usage=usage,
                latency_s=latency,
                error=f"stopped at max_tokens={request.params.max_tokens}",
            )
        if stop == "refusal":
            return TeacherResponse(
                outcome=Outcome.REFUSED,
                raw_text=raw,
                usage=usage,
                latency_s=latency,
                error="the model refused",
            )
        if tool_input is None:
            return TeacherResponse(
                outcome=Outcome.UNPARSEABLE,
                raw_text=text,
                usage=usage,
                latency_s=latency,
                error=f"no {TOOL_NAME} tool call in the answer (stop_reason {stop})",
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
