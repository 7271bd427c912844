"""What the teachers behind an official provider SDK (OpenAI, Anthropic) share.

The key (kept as a secret), the lazily made async client with the SDK's own retries off (the
engine retries, so attempts are counted in the ledger), one timed call per ``complete``, the
mapping of SDK errors and HTTP statuses onto the engine's error kinds, and the reading of an
answer into the response model. A subclass says how to build its client, the request body,
how to send it and how to read the provider's answer.
"""

from __future__ import annotations

import time
from abc import abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any, Generic, TypeVar

from pydantic import SecretStr, ValidationError

from iad_data.errors import TeacherError
from iad_data.teach.encoding import ImageEncoder
from iad_data.teach.requests import (
    Outcome,
    RequestRejected,
    Teacher,
    TeacherRequest,
    TeacherResponse,
    TransientError,
    Usage,
)

ClientT = TypeVar("ClientT")


def missing_key(name: str, env: str, example: str) -> TeacherError:
    """The error for a teacher started without its API key, naming the variable to export."""
    return TeacherError(
        f"teacher {name} needs an API key: export {env}={example} (or use --teacher offline)"
    )


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


def read_usage(data: dict[str, Any], input_key: str, output_key: str) -> Usage:
    """Token counts from an answer's ``usage`` object (each provider names them its own way)."""
    raw = data.get("usage") or {}
    return Usage(
        input_tokens=int(raw.get(input_key) or 0), output_tokens=int(raw.get(output_key) or 0)
    )


def unusable(
    outcome: Outcome, raw_text: str, usage: Usage, latency: float, error: str
) -> TeacherResponse:
    """A paid answer without a usable result (truncated, refused, unparseable)."""
    return TeacherResponse(
        outcome=outcome, raw_text=raw_text, usage=usage, latency_s=latency, error=error
    )


def truncated(
    request: TeacherRequest, raw_text: str, usage: Usage, latency: float
) -> TeacherResponse:
    """The answer stopped at the request's output-token limit."""
    return unusable(
        Outcome.TRUNCATED,
        raw_text,
        usage,
        latency,
        f"stopped at max_tokens={request.params.max_tokens}",
    )


class SdkTeacher(Teacher, Generic[ClientT]):
    """A teacher that calls its provider through the provider's official async SDK client."""

    key_env: str
    """the environment variable named when the provider refuses the key"""

    def __init__(
        self,
        model: str,
        api_key: str,
        *,
        base_url: str | None,
        longest_side: int,
        image_root: str | Path | None,
        timeout_s: float,
    ) -> None:
        self.model = model
        self.client_factory()  # imports the SDK now, not inside the first timed request
        self._key = SecretStr(api_key)
        self.base_url = base_url
        self.timeout_s = timeout_s
        self.encoder = ImageEncoder(longest_side, image_root)
        self._client: ClientT | None = None

    @abstractmethod
    def client_factory(self) -> Callable[..., ClientT]:
        """The SDK's async client class (importing the SDK)."""

    @abstractmethod
    async def body(self, request: TeacherRequest) -> dict[str, Any]:
        """The provider's request body for one request (also what a batch line carries)."""

    @abstractmethod
    async def send(self, body: dict[str, Any]) -> dict[str, Any]:
        """Send one body; the provider's answer as JSON. Run inside ``sdk_errors``."""

    @abstractmethod
    def interpret(
        self, request: TeacherRequest, data: dict[str, Any], latency: float
    ) -> TeacherResponse:
        """The provider's answer (as JSON) -> response with its outcome."""

    def secrets(self) -> list[str]:
        return [self._key.get_secret_value()]

    def client(self) -> ClientT:
        if self._client is None:
            self._client = self.client_factory()(
                api_key=self._key.get_secret_value(),
                base_url=self.base_url,
                timeout=self.timeout_s,
                max_retries=0,
            )
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()  # type: ignore[attr-defined]
            self._client = None

    async def complete(self, request: TeacherRequest) -> TeacherResponse:
        body = await self.body(request)
        start = time.perf_counter()
        data = await self.send(body)
        return self.interpret(request, data, time.perf_counter() - start)

    @contextmanager
    def sdk_errors(self, sdk: ModuleType) -> Iterator[None]:
        """Turn the SDK's timeout, connection and HTTP status errors into the engine's kinds."""
        try:
            yield
        except sdk.APITimeoutError as exc:
            raise TransientError("timeout", f"no answer within {self.timeout_s:g} s") from exc
        except sdk.APIConnectionError as exc:
            raise TransientError("connection", str(exc)) from exc
        except sdk.APIStatusError as exc:
            raise self.status_error(exc.status_code, exc.message, exc.response.headers) from exc

    def status_error(self, status: int, message: str, headers: Any = None) -> TeacherError:
        """429 and 5xx are retried; a refused key or unknown model stops the run; else rejected."""
        if status == 429:
            return TransientError("rate_limit", message, retry_after(headers))
        if status >= 500 or status in (408, 409):
            return TransientError("server_error", f"HTTP {status}: {message}", retry_after(headers))
        if status in (401, 403):
            return TeacherError(
                f"{self.name} refused the API key (HTTP {status}); check {self.key_env}"
            )
        if status == 404:
            return TeacherError(f"{self.name}: model or endpoint not found (HTTP 404): {message}")
        return RequestRejected(f"HTTP {status}: {message}")
