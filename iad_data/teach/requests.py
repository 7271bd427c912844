"""The one teacher interface every synthesis command sends its requests through.

A ``TeacherRequest`` is everything that decides an answer: task, prompt template (id and
content hash), system prompt, user text, images (by content hash), the response model and
the sampling parameters. Its ``key`` is a content hash of all of it and of the teacher that
answers it (provider, model and, unless it is the provider's own, the server's normalised
URL: ``Teacher.request_key``), so the ledger can recognise a request it has already paid
for, a changed prompt template changes exactly the keys of the requests it renders, and two
OpenAI-compatible servers that serve a model of the same name never share answers.

``context`` carries the ground truth that the offline teacher answers from; online teachers
never send it (grounded prompts put what they need into ``user_text``).
"""

from __future__ import annotations

import copy
import hashlib
import json
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any, Protocol
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field

from iad_data.errors import TeacherError


@lru_cache(maxsize=256)
def _schema_of(model: type[BaseModel]) -> dict[str, Any]:
    """A response model's JSON schema, built once per model (keys hash it per request)."""
    return model.model_json_schema()


_KEY_JSON: dict[str, Any] = {"sort_keys": True, "separators": (",", ":"), "default": str}


@lru_cache(maxsize=256)
def _schema_json(model: type[BaseModel]) -> str:
    """The schema as a key's JSON holds it, dumped once per model (a third of a key's time)."""
    return json.dumps(_schema_of(model), **_KEY_JSON)


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


OfflineAnswerer = Callable[["TeacherRequest"], BaseModel]
"""builds the answer from ``request.context`` (the ground truth), no model"""


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
    answer_offline: OfflineAnswerer | None = Field(
        default=None, exclude=True, repr=False, description="what the offline teacher answers"
    )

    def response_schema(self) -> dict[str, Any]:
        return copy.deepcopy(_schema_of(self.response_model))

    def key(self, provider: str, model: str, server: str | None = None) -> str:
        """Content key: same inputs -> same key on every machine; never a secret in it.

        ``server``: the normalised URL (``normalise_base_url``) of a server that is not the
        provider's own; None (the provider's default endpoint, or no server) leaves the key
        what it was before keys named their server, so older ledgers keep answering.
        Teachers pass their own: use ``Teacher.request_key``.
        """
        # the JSON of the whole payload with sorted keys, the schema spliced in at its place
        # from the per-model dump: the same bytes as dumping it with the rest
        before: dict[str, Any] = {  # keys that sort before "schema"
            "provider": provider,
            "model": model,
            "params": self.params.model_dump(mode="json"),
            "images": [[i.sha256, i.role, i.crop] for i in self.images],
            "context": self.context,
            "attempt": self.attempt,
        }
        after: dict[str, Any] = {  # ... and after it
            "task": self.task,
            "template": [self.template_id, self.template_hash],
            "system": self.system,
            "user": self.user_text,
        }
        if server is not None:
            after["server"] = server
        head, tail = json.dumps(before, **_KEY_JSON), json.dumps(after, **_KEY_JSON)
        text = f'{head[:-1]},"schema":{_schema_json(self.response_model)},{tail[1:]}'
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


MAX_TOKENS = 10_000_000
"""more tokens than any one request takes: a count beyond it (or below 0) is a bad response"""


def usage_problem(usage: Usage) -> str | None:
    """Why these token counts cannot be true (negative, beyond ``MAX_TOKENS``, not whole
    numbers), or None. A response with such counts is a bad response, never a cost: a
    negative count would lower what was spent and loosen ``--max-cost``."""
    for name in ("input_tokens", "output_tokens"):
        value = getattr(usage, name)
        if isinstance(value, bool) or not isinstance(value, int):
            return f"usage.{name} is {value!r}, not a token count"
        if value < 0:
            return f"usage.{name} is {value}: a token count is never negative"
        if value > MAX_TOKENS:
            return f"usage.{name} is {value}: more than {MAX_TOKENS:,} tokens for one request"
    return None


def normalise_base_url(url: str) -> str:
    """A server's URL as request keys name it: scheme and host lowercase, the scheme's
    default port dropped, no trailing slash; credentials (``user:password@``), the query
    (``?api_key=...``) and the fragment are left out, so no secret reaches a key."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    default_port = {"http": 80, "https": 443}.get(scheme)
    netloc = host if port is None or port == default_port else f"{host}:{port}"
    path = parts.path.rstrip("/")
    return f"{scheme}://{netloc}{path}"


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
    rpm: int | None = None
    """requests per minute the engine keeps under (None: no limit)"""
    tpm: int | None = None
    """tokens per minute (input + expected output) the engine keeps under"""
    supports_batch: bool = False
    timeout_s: float | None = None
    """seconds one attempt may take, the whole answer read (the engine's deadline per
    attempt, however the server paces its bytes); None: no deadline (offline)"""

    @property
    def name(self) -> str:
        return f"{self.provider}:{self.model}"

    @property
    def server(self) -> str | None:
        """The normalised URL of the server this teacher asks when it is not the provider's
        own endpoint (an OpenAI-compatible server, a gateway); None otherwise. Part of every
        request key, so answers of one server are never taken for another's."""
        return None

    def request_key(self, request: TeacherRequest) -> str:
        """The ledger key of ``request`` answered by this teacher."""
        return request.key(self.provider, self.model, self.server)

    def unnamed_key(self, request: TeacherRequest) -> str | None:
        """The key ``request`` had before keys named their server (None when the key of this
        teacher never named one): how ledgers written before that are still read."""
        if self.server is None:
            return None
        return request.key(self.provider, self.model)

    @abstractmethod
    async def complete(self, request: TeacherRequest) -> TeacherResponse:
        """Answer one request (one attempt; the engine retries and records).

        Raise ``TransientError`` for what a retry may cure (429, 5xx, timeouts, dropped
        connections), ``RequestRejected`` for a request the provider refuses as malformed;
        any other ``TeacherError`` (bad key, unknown model) stops the whole run.
        """

    def secrets(self) -> list[str]:
        """Values that must never reach a log or the ledger (API keys); errors are redacted."""
        return []

    def batches(self) -> BatchApi | None:
        """The provider's batch API (half price, answers within 24 h), if it has one."""
        return None

    async def aclose(self) -> None:
        """Release network clients; the engine calls it at the end of every run."""
        return None


class BatchApi(Protocol):
    """Submit requests as one provider batch, poll it, read its answers (keyed by request key)."""

    async def submit(self, items: list[tuple[str, TeacherRequest]]) -> str: ...

    async def poll(self, batch_id: str) -> str | None:
        """None while the batch runs; its final status once it ended."""
        ...

    async def results(
        self, batch_id: str, requests: dict[str, TeacherRequest]
    ) -> dict[str, TeacherResponse]: ...


class TransientError(TeacherError):
    """One attempt failed in a way a later attempt may not: the engine retries it."""

    def __init__(self, kind: str, message: str, retry_after: float | None = None) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind = kind
        """rate_limit, server_error, connection or timeout"""
        self.retry_after = retry_after


BODY_COPY_BYTES = 2048
"""how much of an unusable body the ledger keeps with its reason"""


def body_copy(body: bytes | str | None) -> str:
    """The first ``BODY_COPY_BYTES`` of a body, as text (undecodable bytes replaced)."""
    if body is None:
        return ""
    data = body.encode("utf-8", "replace") if isinstance(body, str) else bytes(body)
    text = data[:BODY_COPY_BYTES].decode("utf-8", "replace")
    if len(data) > BODY_COPY_BYTES:
        text += f"... [{len(data) - BODY_COPY_BYTES} more bytes]"
    return text


class BadResponse(TransientError):
    """A 200 whose body is no answer: not JSON, cut short, empty, an HTML page, JSON of the
    wrong shape or types, or impossible token counts. The attempt is recorded with the
    reason and a bounded copy of the body (``body_copy``), and retried like a 5xx."""

    def __init__(self, reason: str, body: bytes | str | None = None) -> None:
        super().__init__("bad_response", reason)
        self.reason = reason
        self.body = body_copy(body) if body is not None else None
        """the first ``BODY_COPY_BYTES`` of what came, once known"""


class RequestRejected(TeacherError):
    """The provider refused this one request (4xx other than 429): recorded failed, not retried."""


@dataclass(frozen=True)
class TeacherTask:
    """One kind of teacher request: its name (in every ledger row and request key), the model
    the answer is parsed into, and the ground-truth answerer the offline teacher uses.

    Record sets and process drafts each define one; ``iad_data.tasks.registry`` lists them, so
    a ledger is read back by task name, never by a module path that a refactor could move.
    """

    name: str
    response_model: type[BaseModel]
    answer_offline: OfflineAnswerer
