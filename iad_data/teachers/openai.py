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
import time
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, SecretStr, ValidationError

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
)

if TYPE_CHECKING:
    import openai

KEY_ENV = "OPENAI_API_KEY"
COMPATIBLE_KEY_ENV = "IAD_DATA_COMPATIBLE_API_KEY"


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


def retry_after(headers: Any) -> float | None:
    """Seconds a 429/503 asks to wait (``retry-after-ms`` or ``retry-after``), if given."""
    if headers is None:
        return None
    try:
        if headers.get("retry-after-ms"):
            return float(headers["retry-after-ms"]) / 1000
        if headers.get("retry-after"):
            return float(headers["retry-after"])
    except (TypeError, ValueError):
        return None
    return None


def parse_answer(
    request: TeacherRequest, text: str, usage: Usage, latency: float
) -> TeacherResponse:
    """ANSWERED when ``text`` is JSON valid for the response model, else UNPARSEABLE."""
    try:
        parsed = request.response_model.model_validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0] if exc.errors() else {"msg": str(exc), "loc": ()}
        where = ".".join(str(p) for p in first.get("loc", ())) or "(root)"
        return TeacherResponse(
            outcome=Outcome.UNPARSEABLE,
            raw_text=text,
            usage=usage,
            latency_s=latency,
            error=f"answer is not a valid {request.response_model.__name__}: {where}: "
            f"{first.get('msg')}",
        )
    return TeacherResponse(
        outcome=Outcome.ANSWERED, parsed=parsed, raw_text=text, usage=usage, latency_s=latency
    )


class OpenAITeacher(Teacher):
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
    ) -> None:
        self.provider = "openai-compatible" if compatible else "openai"
        self.model = model
        self.compatible = compatible
        if api_key is None:
            api_key = os.environ.get(COMPATIBLE_KEY_ENV if compatible else KEY_ENV)
        if not api_key:
            if not compatible:
                raise TeacherError(
                    f"teacher openai:{model} needs an API key: export {KEY_ENV}=sk-... "
                    "(or use --teacher offline)"
                )
            api_key = "no-key"
        import openai  # noqa: F401  (imported now, not inside the first timed request)

        self._key = SecretStr(api_key)
        self.base_url = base_url
        self.timeout_s = timeout_s
        self.detail = detail
        self.encoder = ImageEncoder(longest_side, image_root)
        self.supports_batch = not compatible
        self._client: openai.AsyncOpenAI | None = None

    def secrets(self) -> list[str]:
        return [self._key.get_secret_value()]

    def batches(self) -> OpenAIBatches | None:
        return None if self.compatible else OpenAIBatches(self)

    def client(self) -> openai.AsyncOpenAI:
        if self._client is None:
            import openai

            self._client = openai.AsyncOpenAI(
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

    async def complete(self, request: TeacherRequest) -> TeacherResponse:
        import openai

        body = await self.body(request)
        start = time.perf_counter()
        try:
            # The SDK's generic ``post`` (its documented way to send a body as is): the typed
            # ``chat.completions.create`` re-walks the strict schema and the base64 images
            # against its TypedDicts, ~14 ms of CPU per request; the answer is read as JSON.
            completion: dict[str, Any] = await self.client().post(
                "/chat/completions", body=body, cast_to=dict
            )
        except openai.APITimeoutError as exc:
            raise TransientError("timeout", f"no answer within {self.timeout_s:g} s") from exc
        except openai.APIConnectionError as exc:
            raise TransientError("connection", str(exc)) from exc
        except openai.APIStatusError as exc:
            raise self.status_error(exc.status_code, exc.message, exc.response.headers) from exc
        return self.interpret(request, completion, time.perf_counter() - start)

    def status_error(self, status: int, message: str, headers: Any = None) -> TeacherError:
        if status == 429:
            return TransientError("rate_limit", message, retry_after(headers))
        if status >= 500 or status in (408, 409):
            return TransientError("server_error", f"HTTP {status}: {message}", retry_after(headers))
        if status in (401, 403):
            env = COMPATIBLE_KEY_ENV if self.compatible else KEY_ENV
            return TeacherError(f"{self.name} refused the API key (HTTP {status}); check {env}")
        if status == 404:
            return TeacherError(f"{self.name}: model or endpoint not found (HTTP 404): {message}")
        return RequestRejected(f"HTTP {status}: {message}")

    def interpret(
        self, request: TeacherRequest, data: dict[str, Any], latency: float
    ) -> TeacherResponse:
        """A chat.completion (as JSON) -> response with its outcome."""
        raw_usage = data.get("usage") or {}
        usage = Usage(
            input_tokens=int(raw_usage.get("prompt_tokens") or 0),
            output_tokens=int(raw_usage.get("completion_tokens") or 0),
        )
        choices = data.get("choices") or []
        if not choices:
            return TeacherResponse(
                outcome=Outcome.UNPARSEABLE, usage=usage, latency_s=latency, error="no choices"
            )
        choice = choices[0]
        message = choice.get("message") or {}
        text = message.get("content") or ""
        if message.get("refusal"):
            return TeacherResponse(
                outcome=Outcome.REFUSED,
                raw_text=str(message["refusal"]),
                usage=usage,
                latency_s=latency,
                error="the model refused",
            )
        finish = choice.get("finish_reason")
        if finish == "length":
            return TeacherResponse(
                outcome=Outcome.TRUNCATED,
                raw_text=text,
                usage=usage,
                latency_s=latency,
                error=f"stopped at max_tokens={request.params.max_tokens}",
            )
        if finish == "content_filter":
            return TeacherResponse(
                outcome=Outcome.REFUSED,
                raw_text=text,
                usage=usage,
                latency_s=latency,
                error="content filter",
            )
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
            for line in content.text.splitlines():
                if not line.strip():
                    continue
                entry = json.loads(line)
                key = str(entry.get("custom_id"))
                request = requests.get(key)
                if request is None:
                    continue
                response = entry.get("response") or {}
                status = int(response.get("status_code") or 0)
                if status == 200:
                    found[key] = self.teacher.interpret(request, response.get("body") or {}, 0.0)
                else:
                    body = response.get("body") or {}
                    message = (body.get("error") or {}).get("message") or entry.get("error")
                    found[key] = TeacherResponse(
                        outcome=Outcome.FAILED, error=f"rejected in batch: HTTP {status}: {message}"
                    )
        return found
