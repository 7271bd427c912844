"""What the teachers behind an official provider SDK (OpenAI, Anthropic) share.

The key (kept as a secret), the lazily made async client with the SDK's own retries off (the
engine retries, so attempts are counted in the ledger), one timed call per ``complete``, the
mapping of SDK errors and HTTP statuses onto the engine's error kinds, and the reading of an
answer into the response model. A subclass says how to build its client, the request body,
how to send it and how to read the provider's answer.

The SDK's HTTP transport is its default (httpx) or, with ``transport="aiohttp"``, the SDK's own
aiohttp client (``DefaultAioHttpClient``; ``pip install 'openai[aiohttp]'`` or
``'anthropic[aiohttp]'``): about a third less CPU per request, which is what bounds one event
loop past ~64 requests in flight. The SDK is imported when the client is first made (the
engine makes it just before the first request leaves), so a cached re-run never imports it.

Answers are read from the raw bytes of the body, never through the SDK's own parsing: a 200
whose body is not JSON, is cut short, empty, an HTML page, JSON of the wrong shape or types,
or counts impossible tokens raises ``BadResponse`` with the reason and the first bytes of the
body, which the engine records and retries (the SDK would raise its own decode errors, or
hand back a string, from deep inside).
"""

from __future__ import annotations

import json
import os
import re
import time
from abc import abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, SecretStr, ValidationError

from iad_data.errors import TeacherError
from iad_data.teach.encoding import ImageEncoder
from iad_data.teach.requests import (
    BadResponse,
    Outcome,
    RequestRejected,
    Teacher,
    TeacherRequest,
    TeacherResponse,
    TransientError,
    Usage,
    body_copy,
    normalise_base_url,
    usage_problem,
)

ClientT = TypeVar("ClientT")
TRANSPORTS = ("httpx", "aiohttp")
ShapeT = TypeVar("ShapeT", bound=BaseModel)


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


def decode_body(raw: bytes) -> dict[str, Any]:
    """A 200's body as a JSON object; ``BadResponse`` (with the body) when it is not one."""
    if not raw.strip():
        raise BadResponse("the body of the 200 answer is empty", raw)
    head = raw.lstrip()[:64].lower()
    if head.startswith((b"<!doctype", b"<html", b"<")):
        raise BadResponse("the 200 answer is an HTML page, not JSON (a proxy or gateway?)", raw)
    try:
        data = json.loads(raw)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise BadResponse(
            f"the body of the 200 answer is not JSON (cut short?): {exc}", raw
        ) from exc
    if not isinstance(data, dict):
        raise BadResponse(f"the 200 answer is a JSON {type(data).__name__}, not an object", raw)
    return data


def read_shape(model: type[ShapeT], data: dict[str, Any], what: str) -> ShapeT:
    """``data`` read as the provider's answer shape; ``BadResponse`` naming the first field
    of the wrong shape or type."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "(root)"
        raise BadResponse(f"the answer is not {what}: {where}: {first.get('msg')}") from exc


def batch_custom_id(line: str) -> str | None:
    """The ``custom_id`` of a results line that may be cut short or garbled, if readable."""
    found = re.search(r'"custom_id"\s*:\s*"([^"\\]+)"', line)
    return found.group(1) if found else None


def read_batch_lines(
    text: str,
    requests: dict[str, TeacherRequest],
    read_entry: Callable[[dict[str, Any], TeacherRequest], TeacherResponse],
) -> dict[str, TeacherResponse]:
    """A batch results file (JSONL) -> response per ``custom_id`` of ``requests``.

    A line that is no result (cut short, not JSON, of the wrong shape) fails its request with
    the reason and a copy of the line when its ``custom_id`` can still be read; a line
    without one is left out, and the batch fails its request as ending without an answer.
    """
    found: dict[str, TeacherResponse] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            entry = decode_body(line.encode())
            key = str(entry.get("custom_id"))
            request = requests.get(key)
            if request is not None:
                found[key] = read_entry(entry, request)
        except BadResponse as exc:
            key = batch_custom_id(line) or ""
            if key in requests and key not in found:
                found[key] = TeacherResponse(
                    outcome=Outcome.FAILED,
                    raw_text=body_copy(line),
                    error=f"bad_response in batch: {exc.reason}",
                )
    return found


def read_usage(input_tokens: int | None, output_tokens: int | None) -> Usage:
    """Token counts of an answer (missing counts are 0); ``BadResponse`` when they cannot be
    true (negative, beyond ``MAX_TOKENS``): never a cost that loosens ``--max-cost``."""
    usage = Usage.model_construct(input_tokens=input_tokens or 0, output_tokens=output_tokens or 0)
    problem = usage_problem(usage)
    if problem is not None:
        raise BadResponse(f"impossible token counts: {problem}")
    return usage


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
    url_env: str | None = None
    """the environment variable the SDK reads its base URL from when none is given"""
    default_url: str | None = None
    """the provider's own endpoint: a key names its server only when it is another"""

    def __init__(
        self,
        model: str,
        api_key: str,
        *,
        base_url: str | None,
        longest_side: int,
        image_root: str | Path | None,
        timeout_s: float,
        transport: str = "httpx",
    ) -> None:
        self.model = model
        if transport not in TRANSPORTS:
            raise TeacherError(
                f"unknown HTTP transport {transport!r} for {self.name}; use httpx or aiohttp"
            )
        self.transport = transport
        self._key = SecretStr(api_key)
        if base_url is None and self.url_env is not None:
            base_url = os.environ.get(self.url_env) or None
        self.base_url = base_url
        """where requests go (the SDK's default endpoint when None); named in request keys"""
        self.timeout_s = timeout_s
        self.encoder = ImageEncoder(longest_side, image_root)
        self._client: ClientT | None = None

    @abstractmethod
    def client_factory(self) -> Callable[..., ClientT]:
        """The SDK's async client class (importing the SDK)."""

    @abstractmethod
    def aiohttp_factory(self) -> Callable[..., Any]:
        """The SDK's ``DefaultAioHttpClient`` (importing the SDK)."""

    @abstractmethod
    async def body(self, request: TeacherRequest) -> dict[str, Any]:
        """The provider's request body for one request (also what a batch line carries)."""

    @abstractmethod
    async def send(self, body: dict[str, Any]) -> bytes:
        """Send one body; the raw bytes of the provider's 200 answer. Run inside
        ``sdk_errors``; read with ``decode_body``, never by the SDK's own parsing."""

    @abstractmethod
    def interpret(
        self, request: TeacherRequest, data: dict[str, Any], latency: float
    ) -> TeacherResponse:
        """The provider's answer (as JSON) -> response with its outcome."""

    def secrets(self) -> list[str]:
        return [self._key.get_secret_value()]

    @property
    def server(self) -> str | None:
        if self.base_url is None:
            return None
        url = normalise_base_url(self.base_url)
        if self.default_url is not None and url == normalise_base_url(self.default_url):
            return None
        return url

    def client(self) -> ClientT:
        """The SDK client, made (and the SDK imported) on first use."""
        if self._client is None:
            options: dict[str, Any] = {}
            if self.transport == "aiohttp":
                try:
                    options["http_client"] = self.aiohttp_factory()()
                except RuntimeError as exc:  # the SDK's word for its missing aiohttp extra
                    sdk = "anthropic" if self.provider == "anthropic" else "openai"
                    raise TeacherError(
                        f"the aiohttp transport of {self.name} needs the SDK's aiohttp extra: "
                        f"pip install '{sdk}[aiohttp]' ({exc})"
                    ) from None
            self._client = self.client_factory()(
                api_key=self._key.get_secret_value(),
                base_url=self.base_url,
                timeout=self.timeout_s,
                max_retries=0,
                **options,
            )
        return self._client

    def __getstate__(self) -> dict[str, Any]:
        """Picklable for worker processes and Ray tasks: the client, and the encoder's cache
        and lock, are made again there (each worker encodes the images it sends)."""
        state = self.__dict__.copy()
        state["_client"] = None
        encoder = self.encoder
        state["encoder"] = (encoder.longest_side, encoder.root, encoder.max_entries)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        longest_side, root, max_entries = state.pop("encoder")
        self.__dict__.update(state)
        self.encoder = ImageEncoder(longest_side, root, max_entries)

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()  # type: ignore[attr-defined]
            self._client = None

    async def complete(self, request: TeacherRequest) -> TeacherResponse:
        body = await self.body(request)
        start = time.perf_counter()
        raw = await self.send(body)
        return self.read(request, raw, time.perf_counter() - start)

    def read(self, request: TeacherRequest, raw: bytes, latency: float) -> TeacherResponse:
        """A 200's raw body -> response; ``BadResponse`` carrying the body when it is none."""
        try:
            return self.interpret(request, decode_body(raw), latency)
        except BadResponse as exc:
            if exc.body is None:
                exc.body = body_copy(raw)
            raise

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
        except sdk.APIResponseValidationError as exc:
            body = None if exc.body is None else str(exc.body)
            raise BadResponse(f"the SDK could not read the answer: {exc.message}", body) from exc
        except ValueError as exc:  # a decode error the SDK let through
            raise BadResponse(f"the SDK could not read the answer: {exc}") from exc

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
