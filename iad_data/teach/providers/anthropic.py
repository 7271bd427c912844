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

from pydantic import BaseModel, ConfigDict

from iad_data.teach.providers.sdk import (
    SdkTeacher,
    missing_key,
    parse_answer,
    read_batch_lines,
    read_shape,
    read_usage,
    truncated,
    unusable,
)
from iad_data.teach.requests import (
    BadResponse,
    Outcome,
    TeacherRequest,
    TeacherResponse,
    TransientError,
    _schema_of,
)

if TYPE_CHECKING:
    import anthropic

KEY_ENV = "ANTHROPIC_API_KEY"
URL_ENV = "ANTHROPIC_BASE_URL"
DEFAULT_URL = "https://api.anthropic.com"
TOOL_NAME = "record_answer"


class _Shape(BaseModel):
    model_config = ConfigDict(extra="allow")


class _Block(_Shape):
    type: str
    text: str | None = None
    input: Any = None


class _Usage(_Shape):
    input_tokens: int | None = None
    output_tokens: int | None = None


class _Message(_Shape):
    """The part of a Message iad-data reads; anything else is a bad response."""

    content: list[_Block]
    stop_reason: str | None = None
    usage: _Usage | None = None


class AnthropicTeacher(SdkTeacher["anthropic.AsyncAnthropic"]):
    provider = "anthropic"
    key_env = KEY_ENV
    url_env = URL_ENV
    default_url = DEFAULT_URL

    def __init__(
        self,
        model: str,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        longest_side: int = 768,
        image_root: str | Path | None = None,
        timeout_s: float = 120.0,
        transport: str = "httpx",
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
            transport=transport,
        )
        self.supports_batch = True

    def client_factory(self) -> type[anthropic.AsyncAnthropic]:
        import anthropic

        return anthropic.AsyncAnthropic

    def aiohttp_factory(self) -> Any:
        import anthropic

        return anthropic.DefaultAioHttpClient

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

    async def send(self, body: dict[str, Any]) -> bytes:
        import anthropic

        with self.sdk_errors(anthropic):
            # the raw body: read by ``decode_body``, not by the SDK's Message model (which
            # raises its own decode errors, or builds a Message out of an HTML page)
            response = await self.client().messages.with_raw_response.create(**body)
        raw: bytes = response.http_response.content
        return raw

    def interpret(
        self, request: TeacherRequest, data: dict[str, Any], latency: float
    ) -> TeacherResponse:
        """A Message (as JSON) -> response with its outcome; ``BadResponse`` when it is no
        Message (wrong shape or types, impossible token counts)."""
        message = read_shape(_Message, data, "a Message")
        counts = message.usage or _Usage()
        usage = read_usage(counts.input_tokens, counts.output_tokens)
        blocks = message.content
        tool_input = next((b.input for b in blocks if b.type == "tool_use"), None)
        text = "".join(b.text or "" for b in blocks if b.type == "text")
        raw = json.dumps(tool_input) if tool_input is not None else text
        stop = message.stop_reason
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
        """The batch's results file, read line by line from its bytes (``read_batch_lines``;
        the SDK's decoder stops at the first line that is not JSON)."""
        client = self.teacher.client()
        batch = await client.messages.batches.retrieve(batch_id)
        if not batch.results_url:
            return {}
        raw: bytes = await client.get(
            batch.results_url,
            cast_to=bytes,
            options={"headers": {"Accept": "application/binary"}},
        )
        return read_batch_lines(raw.decode("utf-8", "replace"), requests, self._read_entry)

    def _read_entry(self, entry: dict[str, Any], request: TeacherRequest) -> TeacherResponse:
        """One result of the batch; ``BadResponse`` when the line is no result."""
        result = entry.get("result")
        if not isinstance(result, dict):
            raise BadResponse("the results line has no result object")
        if result.get("type") == "succeeded":
            message = result.get("message")
            if not isinstance(message, dict):
                raise BadResponse("the succeeded result has no message object")
            return self.teacher.interpret(request, message, 0.0)
        outer = result.get("error")
        error = outer.get("error") if isinstance(outer, dict) else None
        text = error.get("message", "") if isinstance(error, dict) else ""
        return TeacherResponse(
            outcome=Outcome.FAILED, error=f"batch result {result.get('type')}: {text}".strip()
        )
