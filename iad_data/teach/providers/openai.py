"""OpenAI models (and any OpenAI-compatible server) through the official ``openai`` SDK.

Requests use chat completions with ``response_format`` = strict JSON schema (the schema the
SDK's own ``parse`` derives from the pydantic model) and images as base64 data URLs. The
SDK's own retries are off: the engine retries, so attempts are counted in the ledger.

Keys: ``OPENAI_API_KEY`` for OpenAI (required). An OpenAI-compatible server gets
``IAD_DATA_COMPATIBLE_API_KEY`` when set, else a placeholder: the user's OpenAI key is never
sent to a third-party server. ``OPENAI_BASE_URL`` points the OpenAI teacher elsewhere (the
fake server in tests).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

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
)

if TYPE_CHECKING:
    import openai

KEY_ENV = "OPENAI_API_KEY"
COMPATIBLE_KEY_ENV = "IAD_DATA_COMPATIBLE_API_KEY"
URL_ENV = "OPENAI_BASE_URL"
DEFAULT_URL = "https://api.openai.com/v1"


class _Shape(BaseModel):
    model_config = ConfigDict(extra="allow")


class _Message(_Shape):
    content: str | None = None
    refusal: str | None = None


class _Choice(_Shape):
    message: _Message
    finish_reason: str | None = None


class _Usage(_Shape):
    prompt_tokens: int | None = None
    completion_tokens: int | None = None


class _Completion(_Shape):
    """The part of a ``chat.completion`` iad-data reads; anything else is a bad response."""

    choices: list[_Choice] = Field(min_length=1)
    usage: _Usage | None = None


def strict_response_format(request: TeacherRequest) -> dict[str, Any]:
    """``response_format`` for strict structured output of the request's response model."""
    return _strict_format(request.response_model)


@lru_cache(maxsize=256)
def _strict_format(model: type[BaseModel]) -> dict[str, Any]:
    """Built once per model: the SDK's own strict-schema conversion (what ``parse`` sends)."""
    from openai.lib._pydantic import to_strict_json_schema

    return {
        "type": "json_schema",
        "json_schema": {
            "name": model.__name__,
            "schema": to_strict_json_schema(model),
            "strict": True,
        },
    }


class OpenAITeacher(SdkTeacher["openai.AsyncOpenAI"]):
    def __init__(
        self,
        model: str,
        *,
        base_url: str | None = None,
        compatible: bool = False,
        api_key: str | None = None,
        longest_side: int = 768,
        image_root: str | Path | None = None,
        timeout_s: float = 120.0,
        detail: str = "high",
        transport: str = "httpx",
    ) -> None:
        self.provider = "openai-compatible" if compatible else "openai"
        self.compatible = compatible
        self.key_env = COMPATIBLE_KEY_ENV if compatible else KEY_ENV
        self.url_env = None if compatible else URL_ENV
        self.default_url = None if compatible else DEFAULT_URL
        if api_key is None:
            api_key = os.environ.get(self.key_env)
        if not api_key:
            if not compatible:
                raise missing_key(f"openai:{model}", KEY_ENV, "sk-...")
            api_key = "no-key"
        super().__init__(
            model,
            api_key,
            base_url=base_url,
            longest_side=longest_side,
            image_root=image_root,
            timeout_s=timeout_s,
            transport=transport,
        )
        self.detail = detail
        self.supports_batch = not compatible

    def client_factory(self) -> type[openai.AsyncOpenAI]:
        import openai

        return openai.AsyncOpenAI

    def aiohttp_factory(self) -> Any:
        import openai

        return openai.DefaultAioHttpClient

    def batches(self) -> OpenAIBatches | None:
        return None if self.compatible else OpenAIBatches(self)

    async def body(self, request: TeacherRequest) -> dict[str, Any]:
        """The chat-completions request body (also one line of a batch file)."""
        content: list[dict[str, Any]] = []
        for ref in request.images:
            image = await self.encoder.aencode(ref)
            content.append(
                {"type": "image_url", "image_url": {"url": image.data_url, "detail": self.detail}}
            )
        content.append({"type": "text", "text": request.user_text})
        body: dict[str, Any] = {
            "model": self.model,
            "messages": [
                {"role": "system", "content": request.system},
                {"role": "user", "content": content},
            ],
            "response_format": strict_response_format(request),
            "temperature": request.params.temperature,
        }
        if self.compatible:
            body["max_tokens"] = request.params.max_tokens
        else:
            body["max_completion_tokens"] = request.params.max_tokens
        if request.params.seed is not None:
            body["seed"] = request.params.seed
        return body

    async def send(self, body: dict[str, Any]) -> bytes:
        import openai

        with self.sdk_errors(openai):
            # The SDK's generic ``post`` (its documented way to send a body as is): the typed
            # ``chat.completions.create`` re-walks the strict schema and the base64 images
            # against its TypedDicts, ~14 ms of CPU per request. The answer comes back as
            # its bytes, read by ``decode_body`` (the SDK's own JSON decoding raises from
            # deep inside on a bad body, or hands back a string for an HTML page).
            raw: bytes = await self.client().post("/chat/completions", body=body, cast_to=bytes)
        return raw

    def interpret(
        self, request: TeacherRequest, data: dict[str, Any], latency: float
    ) -> TeacherResponse:
        """A chat.completion (as JSON) -> response with its outcome; ``BadResponse`` when it
        is no chat completion (wrong shape or types, impossible token counts)."""
        completion = read_shape(_Completion, data, "a chat completion")
        counts = completion.usage or _Usage()
        usage = read_usage(counts.prompt_tokens, counts.completion_tokens)
        choice = completion.choices[0]
        message = choice.message
        text = message.content or ""
        if message.refusal:
            return unusable(Outcome.REFUSED, message.refusal, usage, latency, "the model refused")
        finish = choice.finish_reason
        if finish == "length":
            return truncated(request, text, usage, latency)
        if finish == "content_filter":
            return unusable(Outcome.REFUSED, text, usage, latency, "content filter")
        return parse_answer(request, text, usage, latency)


def batch_line(custom_id: str, body: dict[str, Any]) -> str:
    return json.dumps(
        {"custom_id": custom_id, "method": "POST", "url": "/v1/chat/completions", "body": body}
    )


class OpenAIBatches:
    """OpenAI Batch API for an ``OpenAITeacher``: upload JSONL, create, poll, download."""

    def __init__(self, teacher: OpenAITeacher) -> None:
        self.teacher = teacher

    async def submit(self, items: list[tuple[str, TeacherRequest]]) -> str:
        import openai

        lines = [batch_line(key, await self.teacher.body(request)) for key, request in items]
        data = ("\n".join(lines) + "\n").encode()
        client = self.teacher.client()
        try:
            uploaded = await client.files.create(
                file=("iad-data-batch.jsonl", data, "application/jsonl"), purpose="batch"
            )
            batch = await client.batches.create(
                input_file_id=uploaded.id,
                endpoint="/v1/chat/completions",
                completion_window="24h",
            )
        except openai.APIStatusError as exc:
            raise self.teacher.status_error(exc.status_code, exc.message) from exc
        except openai.APIConnectionError as exc:
            raise TransientError("connection", str(exc)) from exc
        return batch.id

    async def poll(self, batch_id: str) -> str | None:
        """None while running; the final status once it ended."""
        batch = await self.teacher.client().batches.retrieve(batch_id)
        if batch.status in ("completed", "failed", "expired", "cancelled"):
            return batch.status
        return None

    async def results(
        self, batch_id: str, requests: dict[str, TeacherRequest]
    ) -> dict[str, TeacherResponse]:
        client = self.teacher.client()
        batch = await client.batches.retrieve(batch_id)
        found: dict[str, TeacherResponse] = {}
        for file_id in (batch.output_file_id, batch.error_file_id):
            if not file_id:
                continue
            content = await client.files.content(file_id)
            found.update(read_batch_lines(content.text, requests, self._read_entry))
        return found

    def _read_entry(self, entry: dict[str, Any], request: TeacherRequest) -> TeacherResponse:
        """One result of the batch; ``BadResponse`` when the line is no result."""
        response = entry.get("response")
        if not isinstance(response, dict):
            raise BadResponse("the results line has no response object")
        status = response.get("status_code")
        body = response.get("body")
        if status == 200:
            if not isinstance(body, dict):
                raise BadResponse("the results line's body is not a JSON object")
            return self.teacher.interpret(request, body, 0.0)
        error = body.get("error") if isinstance(body, dict) else None
        message = error.get("message") if isinstance(error, dict) else None
        return TeacherResponse(
            outcome=Outcome.FAILED,
            error=f"rejected in batch: HTTP {status}: {message or entry.get('error')}",
        )
