"""A fake OpenAI + Anthropic API on 127.0.0.1 that the real ``openai`` and ``anthropic`` SDKs use.

What it serves (as the SDKs call it):

- OpenAI: ``POST /v1/chat/completions``; ``POST /v1/files`` (multipart, purpose ``batch``),
  ``GET /v1/files/{id}``, ``GET /v1/files/{id}/content``; ``POST /v1/batches``,
  ``GET /v1/batches/{id}``
- Anthropic: ``POST /v1/messages``; ``POST /v1/messages/batches``,
  ``GET /v1/messages/batches/{id}``, ``GET /v1/messages/batches/{id}/results``

one handler method each, found through the ``ROUTES`` table (method + path template).

It checks requests the way the services do and answers their error shapes: the auth header
(``Authorization: Bearer``; Anthropic: ``x-api-key`` or the bearer header the 2.x
SDK sends, plus ``anthropic-version``), a known model, message
and content-part shapes, images that decode (data URL / base64 block whose bytes match the
declared media type), ``max_tokens``; and, because iad-data always asks for structured
output, a strict ``json_schema`` response format (OpenAI: every object closed with
``additionalProperties: false`` and all its properties required) or a forced tool with an
``input_schema`` (Anthropic).

Faults are injected at configurable rates (``Faults``), by a queue (``queue_faults``) or by a
hook that picks a fault per request (``fault_hook``): ``rate_limit`` (429 + Retry-After),
``server_error`` (500 / Anthropic 529), ``drop`` (connection closed without an answer),
``timeout`` (answers after ``timeout_sleep_s``), ``truncated`` (length / max_tokens stop),
``malformed`` (JSON that does not fit the schema), ``refusal``; and what a broken gateway or a
careless server sends with a 200 (``BODY_FAULTS``): ``not_json`` (plain text),
``truncated_body`` (the answer's JSON cut in half), ``empty_body``, ``html`` (an error page),
``wrong_shape`` (a JSON object that is no completion), ``wrong_types`` (the right keys holding
the wrong types), ``negative_usage`` / ``absurd_usage`` (a good answer whose token counts are
negative / beyond 10M), and ``drip`` (the answer sent a byte every ``drip_interval_s``, so no
single read ever times out). Batches get the body faults in their results files (a line cut
short, a body of the wrong shape). ``hold_after(n)`` answers
the next ``n`` generation requests and holds the later ones until ``release()``; ``held`` /
``wait_held(count)`` tell a test when it is there (crash tests without timing windows).

Answers come from ``responder(FakeRequest) -> str`` (the JSON text of the answer). With
``free_text=True`` the fake also takes requests that ask for no structured output (no
``response_format``; no tools): what ``iad-data eval`` sends a model under test. Their
``schema`` is ``{}`` and the responder's text is the answer as written (Anthropic: a text
block). The
default builds a valid instance from the request's schema; ``responder_from_requests`` answers
the way the offline teacher would for requests it is given, and a test that needs wrong
answers passes its own responder. ``PYTHONPATH=tests python -m fakes.fake_llm`` runs it
standalone (benchmarks run it in its own process so it does not share the client's GIL).
``stop()`` returns at once: the server loop wakes on shutdown instead of polling for it.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import contextlib
import hashlib
import json
import random
import re
import socket
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import default as email_policy
from http.server import BaseHTTPRequestHandler
from typing import Any

from fakes._server import QuickStopServer
from iad_data.teach.requests import TeacherRequest

DEFAULT_KEY = "sk-fake-test-key-0123456789abcdef"
DEFAULT_MODELS = (
    "gpt-4.1",
    "gpt-4.1-mini",
    "gpt-4.1-nano",
    "gpt-4o",
    "gpt-4o-mini",
    "gpt-5",
    "gpt-5-mini",
    "claude-sonnet-4-5",
    "claude-opus-4-1",
    "claude-opus-4-6",
    "claude-haiku-4-5",
    "claude-sonnet-4",
    "local-vlm",
)
BODY_FAULTS = (
    "not_json",
    "truncated_body",
    "empty_body",
    "html",
    "wrong_shape",
    "wrong_types",
    "negative_usage",
    "absurd_usage",
    "drip",
)
"""a 200 whose body is no usable answer (or arrives too slowly); drawn after the others"""
FAULTS = (
    "rate_limit",
    "server_error",
    "drop",
    "timeout",
    "truncated",
    "malformed",
    "refusal",
    *BODY_FAULTS,
)
PAID_OUTCOMES = frozenset({"answered", "truncated", "malformed", "refusal"})
"""outcomes (``FakeLLM.deliveries``) that reach the client as a complete answer: paid for"""
IMAGE_MAGIC = {
    "image/png": b"\x89PNG",
    "image/jpeg": b"\xff\xd8\xff",
    "image/gif": b"GIF8",
    "image/webp": b"RIFF",
}


@dataclass
class Faults:
    """Shares of requests that get each fault (drawn in this order, at most one each)."""

    latency_s: float = 0.0
    rate_limit: float = 0.0
    retry_after_s: float = 0.05
    server_error: float = 0.0
    drop: float = 0.0
    timeout: float = 0.0
    timeout_sleep_s: float = 3.0
    truncated: float = 0.0
    malformed: float = 0.0
    refusal: float = 0.0
    not_json: float = 0.0
    truncated_body: float = 0.0
    empty_body: float = 0.0
    html: float = 0.0
    wrong_shape: float = 0.0
    wrong_types: float = 0.0
    negative_usage: float = 0.0
    absurd_usage: float = 0.0
    drip: float = 0.0
    drip_interval_s: float = 0.05
    """``drip``: seconds between two bytes of the answer"""
    drip_total_s: float = 20.0
    """``drip``: the answer is padded so that dripping all of it takes this long"""
    seed: int = 0

    def draw(self, rng: random.Random) -> str | None:
        roll = rng.random()
        for name in FAULTS:
            share = float(getattr(self, name))
            if roll < share:
                return name
            roll -= share
        return None


@dataclass
class FakeRequest:
    """A validated generation request, whichever API it came through."""

    api: str
    """openai or anthropic"""
    model: str
    system: str
    user_text: str
    images: list[bytes]
    schema: dict[str, Any]
    max_tokens: int
    body: dict[str, Any]
    batch: bool = False


Responder = Callable[[FakeRequest], str]
FaultHook = Callable[[FakeRequest], str | None]


class ApiError(Exception):
    def __init__(self, status: int, kind: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.kind = kind
        self.message = message


# ------------------------------------------------------------------ answers from schemas


def instance_of(schema: dict[str, Any], root: dict[str, Any] | None = None) -> Any:
    """A small value valid for ``schema`` (objects with every property, one array item)."""
    root = root or schema
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return instance_of(root.get("$defs", {}).get(name, {}), root)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    for combo in ("anyOf", "oneOf", "allOf"):
        if combo in schema:
            options = [s for s in schema[combo] if s.get("type") != "null"] or schema[combo]
            return instance_of(options[0], root)
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object":
        props = schema.get("properties", {})
        return {name: instance_of(sub, root) for name, sub in props.items()}
    if kind == "array":
        count = max(1, int(schema.get("minItems", 1)))
        return [instance_of(schema.get("items", {}), root) for _ in range(count)]
    if kind == "string":
        return "x" * max(1, int(schema.get("minLength", 7))) if "minLength" in schema else "example"
    if kind == "integer":
        return int(schema.get("minimum", 0))
    if kind == "number":
        low = float(schema.get("minimum", 0.0))
        high = float(schema.get("maximum", low + 1.0))
        return (low + high) / 2
    if kind == "boolean":
        return True
    return None


def schema_responder(request: FakeRequest) -> str:
    return json.dumps(instance_of(request.schema))


def responder_from_requests(
    requests: Sequence[TeacherRequest], fallback: Responder = schema_responder
) -> Responder:
    """Answer what the offline teacher would answer for these requests (matched by text)."""
    by_text = {(r.system, r.user_text): r for r in requests}

    def respond(fake: FakeRequest) -> str:
        request = by_text.get((fake.system, fake.user_text))
        if request is None or request.answer_offline is None:
            return fallback(fake)
        return request.answer_offline(request).model_dump_json()

    return respond


# ------------------------------------------------------------------ validation


def _check_image_bytes(data: str, media_type: str | None, where: str) -> bytes:
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ApiError(400, "invalid_request_error", f"{where}: invalid base64 data") from exc
    kinds = [m for m, magic in IMAGE_MAGIC.items() if raw.startswith(magic)]
    if not kinds:
        raise ApiError(400, "invalid_request_error", f"{where}: could not process image")
    if media_type is not None and media_type not in kinds:
        raise ApiError(
            400,
            "invalid_request_error",
            f"{where}: image does not match the provided media type {media_type}",
        )
    return raw


def check_strict_schema(schema: Any, path: str = "root", defs: bool = True) -> None:
    """The structured-output rules OpenAI applies to ``strict: true`` schemas."""
    if not isinstance(schema, dict):
        return
    if schema.get("type") == "object" or "properties" in schema:
        props = schema.get("properties", {})
        if schema.get("additionalProperties") is not False:
            raise ApiError(
                400,
                "invalid_request_error",
                f"Invalid schema for response_format: In context={path}, 'additionalProperties' "
                "is required to be supplied and to be false.",
            )
        if sorted(schema.get("required", [])) != sorted(props):
            missing = sorted(set(props) - set(schema.get("required", [])))
            raise ApiError(
                400,
                "invalid_request_error",
                f"Invalid schema for response_format: In context={path}, 'required' is required "
                f"to be supplied and to be an array including every key in properties. Missing "
                f"{missing}.",
            )
        for name, sub in props.items():
            check_strict_schema(sub, f"{path}.{name}")
    for key in ("items",):
        if key in schema:
            check_strict_schema(schema[key], f"{path}[]")
    for combo in ("anyOf", "allOf"):
        for i, sub in enumerate(schema.get(combo, [])):
            check_strict_schema(sub, f"{path}.{combo}[{i}]")
    for name, sub in schema.get("$defs", {}).items():
        check_strict_schema(sub, f"$defs.{name}")


def _content_parts(
    messages: list[Any], roles: tuple[str, ...], index: str, invalid: str
) -> Iterator[tuple[str, str, Any]]:
    """(role, where, part) for every content part; a string content is one text part.

    The two APIs differ only in how they write a place (``index``: ``[{}]`` or ``.{}``) and
    how an error ends (``invalid``), so both parsers walk messages here.
    """
    for i, message in enumerate(messages):
        at = "messages" + index.format(i)
        role = message.get("role") if isinstance(message, dict) else None
        if role not in roles:
            raise ApiError(400, "invalid_request_error", f"{at}.role{invalid}")
        content = message.get("content")
        parts = [{"type": "text", "text": content}] if isinstance(content, str) else content
        if not isinstance(parts, list):
            raise ApiError(400, "invalid_request_error", f"{at}.content{invalid}")
        for j, part in enumerate(parts):
            yield role, f"{at}.content{index.format(j)}", part


def parse_openai(body: dict[str, Any], models: set[str], *, free_text: bool = False) -> FakeRequest:
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise ApiError(400, "invalid_request_error", "you must provide a model parameter")
    if model not in models:
        raise ApiError(
            404,
            "invalid_request_error",
            f"The model `{model}` does not exist or you do not have access to it.",
        )
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise ApiError(400, "invalid_request_error", "'messages' must be a non-empty array")
    system, texts, images = "", [], []
    roles = ("system", "developer", "user", "assistant")
    for role, where, part in _content_parts(messages, roles, "[{}]", " is invalid"):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text" and isinstance(part.get("text"), str):
            if role in ("system", "developer"):
                system += part["text"]
            else:
                texts.append(part["text"])
        elif kind == "image_url" and role == "user":
            url = (part.get("image_url") or {}).get("url", "")
            detail = (part.get("image_url") or {}).get("detail", "auto")
            if detail not in ("low", "high", "auto"):
                raise ApiError(400, "invalid_request_error", f"{where}: invalid detail")
            found = re.match(r"data:(image/[a-z]+);base64,(.*)$", url, re.S)
            if not found:
                raise ApiError(400, "invalid_request_error", f"{where}: invalid image URL")
            images.append(_check_image_bytes(found.group(2), found.group(1), where))
        else:
            raise ApiError(400, "invalid_request_error", f"{where}: invalid content part")
    limit = body.get("max_completion_tokens", body.get("max_tokens"))
    if limit is not None and (not isinstance(limit, int) or limit < 1):
        raise ApiError(400, "invalid_request_error", "max_completion_tokens must be >= 1")
    fmt = body.get("response_format")
    if fmt is None and free_text:  # a plain-text answer (a model under test)
        return FakeRequest(
            api="openai",
            model=model,
            system=system,
            user_text="\n".join(texts),
            images=images,
            schema={},
            max_tokens=int(limit or 4096),
            body=body,
        )
    if not isinstance(fmt, dict) or fmt.get("type") != "json_schema":
        raise ApiError(
            400, "invalid_request_error", "this fake expects response_format type json_schema"
        )
    spec = fmt.get("json_schema") or {}
    if not re.fullmatch(r"[a-zA-Z0-9_-]{1,64}", str(spec.get("name", ""))):
        raise ApiError(400, "invalid_request_error", "response_format.json_schema.name is invalid")
    if spec.get("strict") is not True or not isinstance(spec.get("schema"), dict):
        raise ApiError(
            400, "invalid_request_error", "response_format.json_schema must be strict with a schema"
        )
    check_strict_schema(spec["schema"])
    return FakeRequest(
        api="openai",
        model=model,
        system=system,
        user_text="\n".join(texts),
        images=images,
        schema=spec["schema"],
        max_tokens=int(limit or 4096),
        body=body,
    )


def parse_anthropic(
    body: dict[str, Any], models: set[str], *, free_text: bool = False
) -> FakeRequest:
    model = body.get("model")
    if not isinstance(model, str) or model not in models:
        raise ApiError(404, "not_found_error", f"model: {model}")
    limit = body.get("max_tokens")
    if not isinstance(limit, int) or limit < 1:
        raise ApiError(400, "invalid_request_error", "max_tokens: Field required")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise ApiError(400, "invalid_request_error", "messages: at least one message is required")
    system = body.get("system", "")
    if isinstance(system, list):
        system = "".join(b.get("text", "") for b in system)
    texts, images = [], []
    for _, where, block in _content_parts(messages, ("user", "assistant"), ".{}", ": invalid"):
        kind = block.get("type") if isinstance(block, dict) else None
        if kind == "text" and isinstance(block.get("text"), str):
            texts.append(block["text"])
        elif kind == "image":
            source = block.get("source") or {}
            if source.get("type") != "base64" or source.get("media_type") not in IMAGE_MAGIC:
                raise ApiError(400, "invalid_request_error", f"{where}.source: invalid")
            images.append(_check_image_bytes(source.get("data", ""), source["media_type"], where))
        else:
            raise ApiError(400, "invalid_request_error", f"{where}: invalid content block")
    tools = body.get("tools") or []
    choice = body.get("tool_choice") or {}
    if free_text and not tools and not choice:  # a plain-text answer (a model under test)
        return FakeRequest(
            api="anthropic",
            model=model,
            system=str(system),
            user_text="\n".join(texts),
            images=images,
            schema={},
            max_tokens=limit,
            body=body,
        )
    tool = next((t for t in tools if t.get("name") == choice.get("name")), None)
    if choice.get("type") != "tool" or tool is None:
        raise ApiError(
            400, "invalid_request_error", "this fake expects tool_choice forcing one named tool"
        )
    schema = tool.get("input_schema")
    if not isinstance(schema, dict) or schema.get("type") != "object":
        raise ApiError(400, "invalid_request_error", "tools.0.input_schema: type must be object")
    return FakeRequest(
        api="anthropic",
        model=model,
        system=str(system),
        user_text="\n".join(texts),
        images=images,
        schema=schema,
        max_tokens=limit,
        body=body,
    )


def _file_object(file_id: str, filename: str | None, data: bytes) -> dict[str, Any]:
    """An uploaded batch input file as the OpenAI Files API describes it."""
    return {
        "id": file_id,
        "object": "file",
        "bytes": len(data),
        "created_at": int(time.time()),
        "filename": filename,
        "purpose": "batch",
        "status": "processed",
    }


# ------------------------------------------------------------------ answers


def _tokens(fake: FakeRequest, answer: str) -> tuple[int, int]:
    prompt = (len(fake.system) + len(fake.user_text) + len(json.dumps(fake.schema))) // 4
    return prompt + 255 * len(fake.images) + 8, max(1, len(answer) // 4)


def openai_completion(fake: FakeRequest, answer: str, fault: str | None) -> dict[str, Any]:
    prompt, completion = _tokens(fake, answer)
    message: dict[str, Any] = {"role": "assistant", "content": answer, "refusal": None}
    finish = "stop"
    if fault == "truncated":
        message["content"] = answer[: max(1, len(answer) // 2)]
        finish = "length"
        completion = fake.max_tokens
    elif fault == "malformed":
        message["content"] = answer[: max(1, len(answer) - 3)] + "}}oops"
    elif fault == "refusal":
        message["content"] = None
        message["refusal"] = "I'm sorry, I can't help with that."
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": fake.model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
        },
    }


def anthropic_message(fake: FakeRequest, answer: str, fault: str | None) -> dict[str, Any]:
    prompt, completion = _tokens(fake, answer)
    if not fake.schema:
        return _anthropic_text(fake, answer, fault, prompt, completion)
    tool_name = (fake.body.get("tool_choice") or {}).get("name", "tool")
    try:
        value: Any = json.loads(answer)
    except json.JSONDecodeError:
        value = {"text": answer}
    content: list[dict[str, Any]] = [
        {
            "type": "tool_use",
            "id": f"toolu_{uuid.uuid4().hex[:20]}",
            "name": tool_name,
            "input": value,
        }
    ]
    stop = "tool_use"
    if fault == "truncated":
        content = [{"type": "text", "text": answer[: max(1, len(answer) // 2)]}]
        stop = "max_tokens"
        completion = fake.max_tokens
    elif fault == "malformed":
        content[0]["input"] = {"unexpected": [1, 2, 3]}
    elif fault == "refusal":
        content = [{"type": "text", "text": "I can't help with that."}]
        stop = "refusal"
    return {
        "id": f"msg_{uuid.uuid4().hex[:24]}",
        "type": "message",
        "role": "assistant",
        "model": fake.model,
        "content": content,
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": {"input_tokens": prompt, "output_tokens": completion},
    }


def _anthropic_text(
    fake: FakeRequest, answer: str, fault: str | None, prompt: int, completion: int
) -> dict[str, Any]:
    """A plain-text Message (``free_text`` requests): the answer in one text block."""
    text, stop = answer, "end_turn"
    if fault == "truncated":
        text, stop, completion = answer[: max(1, len(answer) // 2)], "max_tokens", fake.max_tokens
    elif fault == "malformed":
        text = answer[: max(1, len(answer) - 3)] + "}}oops"
    elif fault == "refusal":
        text, stop = "I can't help with that.", "refusal"
    return {
        "id": f"msg_{uuid.uuid4().hex[:24]}",
        "type": "message",
        "role": "assistant",
        "model": fake.model,
        "content": [{"type": "text", "text": text}],
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": {"input_tokens": prompt, "output_tokens": completion},
    }


HTML_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
    b"<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n"
)
ABSURD_TOKENS = 10**12


def with_bad_usage(api: str, answer: dict[str, Any], fault: str) -> dict[str, Any]:
    """A good answer whose token counts are negative or absurd (``*_usage`` faults)."""
    value = -5_000_000 if fault == "negative_usage" else ABSURD_TOKENS
    names = (
        ("prompt_tokens", "completion_tokens")
        if api == "openai"
        else ("input_tokens", "output_tokens")
    )
    usage = dict(answer.get("usage") or {})
    usage[names[0] if fault == "negative_usage" else names[1]] = value
    return {**answer, "usage": usage}


def corrupt_body(api: str, answer: dict[str, Any], fault: str) -> tuple[bytes, str]:
    """The bytes and content type a 200 carries under a body fault (``BODY_FAULTS``,
    ``drip`` aside): what a gateway that cuts, replaces or garbles answers sends."""
    text = json.dumps(answer)
    if fault == "not_json":
        return b"upstream answered: OK (this is not JSON)\n", "application/json"
    if fault == "truncated_body":
        return text[: len(text) // 2].encode(), "application/json"
    if fault == "empty_body":
        return b"", "application/json"
    if fault == "html":
        return HTML_PAGE, "text/html; charset=utf-8"
    if fault == "wrong_shape":
        return json.dumps({"object": "list", "data": [1, 2, 3], "id": answer.get("id")}).encode(), (
            "application/json"
        )
    if fault == "wrong_types":
        if api == "openai":
            broken: dict[str, Any] = {
                **answer,
                "choices": [{"index": 0, "message": 42, "finish_reason": ["stop"]}],
                "usage": {"prompt_tokens": "many", "completion_tokens": None},
            }
        else:
            broken = {**answer, "content": "a plain string", "usage": {"input_tokens": "many"}}
        return json.dumps(broken).encode(), "application/json"
    if fault in ("negative_usage", "absurd_usage"):
        return json.dumps(with_bad_usage(api, answer, fault)).encode(), "application/json"
    raise ValueError(f"{fault!r} is not a body fault")


def _broken_line(line: str, fault: str) -> str:
    """A batch results line as a body fault leaves it: cut short, replaced or emptied."""
    if fault == "truncated_body":
        return line[: len(line) // 2]
    if fault == "html":
        return HTML_PAGE.decode().replace("\n", " ")
    if fault == "empty_body":
        return " "
    return "upstream error: the rest of this results file was lost"


def content_key(fake: FakeRequest) -> str:
    """What the fake calls one request (model, prompts, images): the same request has the
    same key however many times and through whichever API it is sent."""
    digest = hashlib.sha256()
    parts = [fake.model.encode(), fake.system.encode(), fake.user_text.encode(), *fake.images]
    for data in parts:
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def _error_body(api: str, kind: str, message: str) -> dict[str, Any]:
    if api == "anthropic":
        return {"type": "error", "error": {"type": kind, "message": message}}
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}


# ------------------------------------------------------------------ server


class _Server(QuickStopServer):
    request_queue_size = 1024
    """a burst of 128 concurrent connects must not overflow the listen backlog"""

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away (killed, timed out) is normal here; stay quiet."""
        return None


@dataclass
class _Batch:
    id: str
    api: str
    created: float
    items: list[tuple[str, dict[str, Any]]]
    input_file_id: str | None = None
    output: str | None = None
    output_file_id: str | None = None
    error_file_id: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


class FakeLLM:
    """Run with ``with FakeLLM() as fake:``; point SDKs at ``fake.openai_base_url`` and
    ``fake.anthropic_base_url`` with ``fake.api_key``.

    ``hold_after(n)`` / ``held`` / ``wait_held(count)`` / ``release()`` stop the server at an
    exact request: see ``hold_after``.
    """

    def __init__(
        self,
        *,
        api_key: str = DEFAULT_KEY,
        models: Sequence[str] = DEFAULT_MODELS,
        faults: Faults | None = None,
        responder: Responder | None = None,
        fault_hook: FaultHook | None = None,
        batch_delay_s: float = 0.2,
        host: str = "127.0.0.1",
        port: int = 0,
        keep_calls: bool = True,
        free_text: bool = False,
    ) -> None:
        self.api_key = api_key
        self.models = set(models)
        self.faults = faults or Faults()
        self.responder: Responder = responder or schema_responder
        self.fault_hook = fault_hook
        self.batch_delay_s = batch_delay_s
        self.keep_calls = keep_calls
        self.free_text = free_text
        """also take requests for a plain-text answer (no response format, no tool)"""
        self.calls: list[FakeRequest] = []
        """every validated generation request (batched ones included)"""
        self.stats: Counter[str] = Counter()
        """requests per path kind and per injected fault / answer"""
        self.deliveries: list[tuple[str, str]] = []
        """(``content_key``, outcome) of every generation answer written out in full, in
        order (batched ones when their results are made); a ``PAID_OUTCOMES`` outcome is an
        answer the client was sold"""
        self.held = threading.Event()
        """set once the ``hold_after(n)`` answers are sent and a later request is held"""
        self._queued: list[str] = []
        self._rng = random.Random(self.faults.seed)
        self._lock = threading.Lock()
        self._files: dict[str, tuple[str, bytes]] = {}
        self._batches: dict[str, _Batch] = {}
        self._hold = threading.Condition()
        self._hold_limit: int | None = None
        self._hold_admitted = 0
        """generation requests let through since ``hold_after``"""
        self._hold_answered = 0
        """... of which answered (the answer written)"""
        self._holding = 0
        """requests held now, or released and not yet answered"""
        self._hold_epoch = 0
        self._dropped_epochs: set[int] = set()
        self._max_age: dict[int, float] = {}
        """hold epochs that ``release(max_age_s=...)`` ended: the age beyond which a held
        request is dropped"""
        """hold epochs that ``release(answer=False)`` ended: their requests are dropped"""
        self._stopped = False
        self._server = _Server((host, port), self._handler_class())
        self._thread: threading.Thread | None = None

    # lifecycle
    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def openai_base_url(self) -> str:
        return self.url + "/v1"

    @property
    def anthropic_base_url(self) -> str:
        return self.url

    def start(self) -> FakeLLM:
        self._thread = self._server.serve_in_thread()
        return self

    def stop(self) -> None:
        """Stop at once: held requests are closed without an answer, the loop wakes and ends."""
        with self._hold:
            self._stopped = True
            self._hold.notify_all()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeLLM:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def queue_faults(self, faults: Sequence[str]) -> None:
        """The next generation requests get these faults, in order."""
        unknown = set(faults) - set(FAULTS)
        if unknown:
            raise ValueError(f"unknown faults {sorted(unknown)}; use {FAULTS}")
        with self._lock:
            self._queued.extend(faults)

    def generation_calls(self) -> int:
        return self.stats["chat"] + self.stats["messages"]

    # holding at an exact request
    def hold_after(self, n: int) -> None:
        """Answer the next ``n`` generation requests, then hold every later one unanswered.

        Generation requests are ``POST /v1/chat/completions`` and ``POST /v1/messages``
        (files and batches are never held); they count from this call, in the order they
        arrive, and an error answer (a 400, an injected fault) is an answer. A held request
        keeps its connection open and waits, counted in ``stats`` but not yet validated nor
        in ``calls``, until ``release()`` lets it go on to be answered, or ``stop()``
        closes its connection without an answer.

        ``held`` is set, and ``wait_held(count)`` returns True, once all ``n`` answers have
        been written and ``count`` requests are held. A client with ``c`` workers that each
        send their next request only after taking in the last answer has taken in all ``n``
        once ``c`` of its requests are held::

            fake.hold_after(12)
            ...start a client with 4 workers...
            assert fake.wait_held(4, timeout=60)  # a failure guard, not a timing window
            ...kill the client: exactly 12 answers reached it...
            fake.release()
        """
        if n < 0:
            raise ValueError(f"hold_after needs n >= 0, not {n}")
        with self._hold:
            self._hold_limit = n
            self._hold_admitted = self._hold_answered = 0
            self.held.clear()

    def wait_held(self, count: int = 1, timeout: float | None = None) -> bool:
        """Wait until the ``hold_after`` answers are written and ``count`` requests are held;
        False if ``timeout`` seconds passed first."""
        with self._hold:
            return self._hold.wait_for(lambda: self._is_held(count), timeout)

    def release(
        self,
        timeout: float | None = 10.0,
        *,
        answer: bool = True,
        max_age_s: float | None = None,
    ) -> bool:
        """End the hold: held requests go on to be validated and answered (to whoever is
        still listening), later ones are not held. Returns once every released request is
        answered, so ``calls`` and ``stats`` include them (False if not within ``timeout``).

        ``answer=False`` closes the held connections without an answer instead (what a
        client killed while it waited leaves behind, with nothing sold to it);
        ``max_age_s`` closes those held longer than that (a client past its deadline has
        stopped listening: an answer now would be sold to nobody) and answers the rest."""
        with self._hold:
            if not answer:
                self._dropped_epochs.add(self._hold_epoch)
            elif max_age_s is not None:
                self._max_age[self._hold_epoch] = max_age_s
            self._hold_limit = None
            self._hold_epoch += 1
            self.held.clear()
            self._hold.notify_all()
            return self._hold.wait_for(lambda: self._holding == 0, timeout)

    # internals
    def _is_held(self, count: int) -> bool:
        """Under ``self._hold``."""
        return (
            self._hold_limit is not None
            and self._hold_answered >= self._hold_limit
            and self._holding >= count
        )

    def _hold_gate(self) -> str:
        """Let a generation request through (``free`` / ``counted``), or hold it until the
        hold ends (``held``) or the server stops (``dropped``: close without an answer)."""
        with self._hold:
            if self._hold_limit is None:
                return "free"
            if self._hold_admitted < self._hold_limit:
                self._hold_admitted += 1
                return "counted"
            self._holding += 1
            if self._is_held(1):
                self.held.set()
            self._hold.notify_all()
            epoch = self._hold_epoch
            since = time.monotonic()
            self._hold.wait_for(lambda: self._hold_epoch != epoch or self._stopped)
            stale = time.monotonic() - since > self._max_age.get(epoch, float("inf"))
            dropped = self._stopped or epoch in self._dropped_epochs or stale
            return "dropped" if dropped else "held"

    def _hold_done(self, gate: str) -> None:
        """A request that passed ``_hold_gate`` is answered (or dropped)."""
        if gate == "free":
            return
        with self._hold:
            if gate == "counted":
                self._hold_answered += 1
            else:
                self._holding -= 1
            if self._is_held(1):
                self.held.set()
            self._hold.notify_all()

    def _count_request(self, stat: str) -> None:
        with self._lock:
            self.stats[stat] += 1

    def _fault(self, fake: FakeRequest) -> str | None:
        with self._lock:
            if self._queued:
                return self._queued.pop(0)
        if self.fault_hook is not None:
            forced = self.fault_hook(fake)
            if forced is not None:
                return forced
        with self._lock:
            return self.faults.draw(self._rng)

    def _record(self, fake: FakeRequest, outcome: str) -> None:
        with self._lock:
            self.stats[f"outcome:{outcome}"] += 1
            if self.keep_calls:
                self.calls.append(fake)

    def _delivered(self, fake: FakeRequest, outcome: str) -> None:
        with self._lock:
            self.deliveries.append((content_key(fake), outcome))

    def paid_per_key(self) -> Counter[str]:
        """Complete answers sold per ``content_key`` (``PAID_OUTCOMES`` deliveries)."""
        with self._lock:
            return Counter(key for key, outcome in self.deliveries if outcome in PAID_OUTCOMES)

    def _answer(self, fake: FakeRequest, fault: str | None) -> dict[str, Any]:
        answer = self.responder(fake)
        build = openai_completion if fake.api == "openai" else anthropic_message
        return build(fake, answer, fault)

    def _process_batch(self, batch: _Batch) -> None:
        lines: list[str] = []
        errors: list[str] = []
        counts: Counter[str] = Counter()
        for custom_id, body in batch.items:
            try:
                if batch.api == "openai":
                    fake = parse_openai(body, self.models, free_text=self.free_text)
                else:
                    fake = parse_anthropic(body, self.models, free_text=self.free_text)
            except ApiError as exc:
                counts["errored"] += 1
                err = _error_body(batch.api, exc.kind, exc.message)
                if batch.api == "openai":
                    errors.append(
                        json.dumps(
                            {
                                "id": f"batch_req_{uuid.uuid4().hex[:16]}",
                                "custom_id": custom_id,
                                "response": {"status_code": exc.status, "body": err},
                                "error": None,
                            }
                        )
                    )
                else:
                    lines.append(
                        json.dumps(
                            {"custom_id": custom_id, "result": {"type": "errored", "error": err}}
                        )
                    )
                continue
            fake.batch = True
            fault = self._fault(fake)
            fault = fault if fault in ("truncated", "malformed", "refusal", *BODY_FAULTS) else None
            fault = None if fault == "drip" else fault
            self._record(fake, fault or "answered")
            counts["succeeded"] += 1
            model_fault = fault if fault in ("truncated", "malformed", "refusal") else None
            answer = self._answer(fake, model_fault)
            if fault in ("wrong_shape", "wrong_types", "negative_usage", "absurd_usage"):
                answer = json.loads(corrupt_body(batch.api, answer, fault)[0])
            self._delivered(fake, fault if fault in BODY_FAULTS else (fault or "answered"))
            if fault in ("not_json", "truncated_body", "empty_body", "html"):
                entry = {"custom_id": custom_id, "response": {"status_code": 200, "body": answer}}
                lines.append(_broken_line(json.dumps(entry), fault))
            elif batch.api == "openai":
                lines.append(
                    json.dumps(
                        {
                            "id": f"batch_req_{uuid.uuid4().hex[:16]}",
                            "custom_id": custom_id,
                            "response": {
                                "status_code": 200,
                                "request_id": uuid.uuid4().hex,
                                "body": answer,
                            },
                            "error": None,
                        }
                    )
                )
            else:
                lines.append(
                    json.dumps(
                        {"custom_id": custom_id, "result": {"type": "succeeded", "message": answer}}
                    )
                )
        batch.counts = dict(counts)
        batch.output = "\n".join(lines) + ("\n" if lines else "")
        if batch.api == "openai":
            batch.output_file_id = self._add_file("batch_output.jsonl", batch.output.encode())
            if errors:
                batch.error_file_id = self._add_file(
                    "batch_errors.jsonl", ("\n".join(errors) + "\n").encode()
                )

    def _add_file(self, name: str, data: bytes) -> str:
        file_id = f"file-{uuid.uuid4().hex[:24]}"
        with self._lock:
            self._files[file_id] = (name, data)
        return file_id

    def _batch_json(self, batch: _Batch) -> dict[str, Any]:
        done = time.time() - batch.created >= self.batch_delay_s
        if done and batch.output is None:
            self._process_batch(batch)
        total = len(batch.items)
        if batch.api == "openai":
            return {
                "id": batch.id,
                "object": "batch",
                "endpoint": "/v1/chat/completions",
                "errors": None,
                "input_file_id": batch.input_file_id,
                "completion_window": "24h",
                "status": "completed" if done else "in_progress",
                "output_file_id": batch.output_file_id,
                "error_file_id": batch.error_file_id,
                "created_at": int(batch.created),
                "in_progress_at": int(batch.created),
                "expires_at": int(batch.created) + 86400,
                "completed_at": int(time.time()) if done else None,
                "request_counts": {
                    "total": total,
                    "completed": batch.counts.get("succeeded", 0),
                    "failed": batch.counts.get("errored", 0),
                },
                "metadata": None,
            }
        return {
            "id": batch.id,
            "type": "message_batch",
            "processing_status": "ended" if done else "in_progress",
            "request_counts": {
                "processing": 0 if done else total,
                "succeeded": batch.counts.get("succeeded", 0),
                "errored": batch.counts.get("errored", 0),
                "canceled": 0,
                "expired": 0,
            },
            "ended_at": _iso(time.time()) if done else None,
            "created_at": _iso(batch.created),
            "expires_at": _iso(batch.created + 86400),
            "cancel_initiated_at": None,
            "archived_at": None,
            "results_url": f"{self.url}/v1/messages/batches/{batch.id}/results" if done else None,
        }

    def _handler_class(self) -> type[_Handler]:
        fake_llm = self

        class Handler(_Handler):
            fake = fake_llm

        return Handler


class _Handler(BaseHTTPRequestHandler):
    """One request: auth, then the handler ``ROUTES`` names for its method and path."""

    fake: FakeLLM
    protocol_version = "HTTP/1.1"
    _raw: bytes = b""

    def log_message(self, format: str, *args: Any) -> None:
        return

    def setup(self) -> None:
        super().setup()
        # headers and body leave in one segment; no Nagle / delayed-ACK 40 ms stalls
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    # -- plumbing ----------------------------------------------------------------------------

    def _dispatch(self, method: str) -> None:
        self._raw = self._body() if method == "POST" else b""
        path = self.path.split("?", 1)[0].rstrip("/")
        gate: str | None = None
        try:
            self._auth()
            self.fake._count_request(f"{method} {_stat_path(path)}")
            route, params = find_route(method, path)
            if route.stat is not None:
                self.fake._count_request(route.stat)
            if route.hold:
                gate = self.fake._hold_gate()
                if gate == "dropped":
                    self._drop()
                    return
            route.handler(self, **params)
        except ApiError as exc:
            self._send(exc.status, _error_body(self._api(), exc.kind, exc.message))
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        finally:
            if gate is not None:
                self.fake._hold_done(gate)

    def _send(
        self,
        status: int,
        data: Any,
        headers: dict[str, str] | None = None,
        raw: bytes | None = None,
        ctype: str = "application/json",
    ) -> None:
        body = raw if raw is not None else json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("x-request-id", uuid.uuid4().hex)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        buffered: list[bytes] = getattr(self, "_headers_buffer", [])
        self.wfile.write(b"".join(buffered) + b"\r\n" + body)
        buffered.clear()

    def _drop(self) -> None:
        """Close the connection without an answer."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _api(self) -> str:
        return "anthropic" if self.path.startswith("/v1/messages") else "openai"

    def _auth(self) -> None:
        key = self.fake.api_key
        if self._api() == "anthropic":
            if (
                self.headers.get("x-api-key") != key
                and self.headers.get("Authorization") != f"Bearer {key}"
            ):
                raise ApiError(401, "authentication_error", "invalid x-api-key")
            if not self.headers.get("anthropic-version"):
                raise ApiError(
                    400, "invalid_request_error", "anthropic-version: header is required"
                )
        elif self.headers.get("Authorization") != f"Bearer {key}":
            raise ApiError(
                401,
                "invalid_request_error",
                "Incorrect API key provided. You can find your API key at "
                "https://platform.openai.com/account/api-keys.",
            )

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _json(self) -> dict[str, Any]:
        try:
            data = json.loads(self._raw or b"{}")
        except json.JSONDecodeError as exc:
            raise ApiError(400, "invalid_request_error", "body is not JSON") from exc
        if not isinstance(data, dict):
            raise ApiError(400, "invalid_request_error", "body must be an object")
        return data

    def _get_batch(self, batch_id: str, api: str) -> _Batch:
        batch = self.fake._batches.get(batch_id)
        if batch is None or batch.api != api:
            raise ApiError(404, "not_found_error", f"no batch {batch_id}")
        return batch

    def _add_batch(self, batch: _Batch) -> None:
        with self.fake._lock:
            self.fake._batches[batch.id] = batch
            self.fake.stats["batches"] += 1
        self._send(200, self.fake._batch_json(batch))

    # -- generation ----------------------------------------------------------------------------

    def chat_completions(self) -> None:
        """``POST /v1/chat/completions``"""
        self._generate("openai")

    def messages(self) -> None:
        """``POST /v1/messages``"""
        self._generate("anthropic")

    def _generate(self, api: str) -> None:
        fake_llm = self.fake
        body = self._json()
        if api == "openai":
            fake = parse_openai(body, fake_llm.models, free_text=fake_llm.free_text)
        else:
            fake = parse_anthropic(body, fake_llm.models, free_text=fake_llm.free_text)
        fault = fake_llm._fault(fake)
        if fake_llm.faults.latency_s:
            time.sleep(fake_llm.faults.latency_s)
        fake_llm._record(fake, fault or "answered")
        if fault == "rate_limit":
            retry_after = fake_llm.faults.retry_after_s
            headers = {
                "retry-after": f"{retry_after:g}",
                "retry-after-ms": str(int(retry_after * 1000)),
            }
            kind = "rate_limit_error" if api == "anthropic" else "requests"
            self._send(429, _error_body(api, kind, "Rate limit reached; retry later"), headers)
        elif fault == "server_error":
            status, kind = (
                (529, "overloaded_error") if api == "anthropic" else (500, "server_error")
            )
            self._send(status, _error_body(api, kind, "The server had an error"))
        elif fault == "drop":
            self._drop()
        elif fault == "drip":
            if self._drip(json.dumps(fake_llm._answer(fake, None)).encode()):
                fake_llm._delivered(fake, "answered")
        elif fault in BODY_FAULTS:
            raw, ctype = corrupt_body(api, fake_llm._answer(fake, None), fault)
            self._send(200, None, raw=raw, ctype=ctype)
            fake_llm._delivered(fake, fault)
        else:
            if fault == "timeout":
                time.sleep(fake_llm.faults.timeout_sleep_s)
            self._send(200, fake_llm._answer(fake, fault))
            fake_llm._delivered(fake, fault or "answered")

    def _drip(self, body: bytes) -> bool:
        """Send ``body`` a byte every ``drip_interval_s`` (padded with JSON whitespace to last
        ``drip_total_s``): each read gets a byte long before any per-read timeout, only a
        whole-answer deadline stops it. False when the client left or the server stopped."""
        faults = self.fake.faults
        interval = max(1e-3, faults.drip_interval_s)
        body = body + b" " * max(0, int(faults.drip_total_s / interval) - len(body))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            for i in range(len(body)):
                if self.fake._stopped:
                    self.close_connection = True
                    return False
                self.wfile.write(body[i : i + 1])
                self.wfile.flush()
                time.sleep(interval)
        except OSError:
            self.close_connection = True
            return False
        return True

    # -- OpenAI files and batches --------------------------------------------------------------

    def upload_file(self) -> None:
        """``POST /v1/files`` (multipart: ``purpose=batch`` and a ``file``)"""
        ctype = self.headers.get("Content-Type", "")
        if not ctype.startswith("multipart/form-data"):
            raise ApiError(400, "invalid_request_error", "expected multipart/form-data")
        message = BytesParser(policy=email_policy).parsebytes(
            b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + self._raw
        )
        fields: dict[str, tuple[str | None, bytes]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            fields[str(name)] = (
                part.get_filename(),
                payload if isinstance(payload, bytes) else b"",
            )
        if fields.get("purpose", (None, b""))[1].decode() != "batch" or "file" not in fields:
            raise ApiError(400, "invalid_request_error", "purpose must be batch, with a file")
        filename, data = fields["file"]
        file_id = self.fake._add_file(filename or "upload.jsonl", data)
        self._send(200, _file_object(file_id, filename, data))

    def _file(self, file_id: str) -> tuple[str, bytes]:
        found = self.fake._files.get(file_id)
        if found is None:
            raise ApiError(404, "invalid_request_error", f"No such File object: {file_id}")
        return found

    def get_file(self, file_id: str) -> None:
        """``GET /v1/files/{file_id}``"""
        name, data = self._file(file_id)
        self._send(200, _file_object(file_id, name, data))

    def get_file_content(self, file_id: str) -> None:
        """``GET /v1/files/{file_id}/content``"""
        self._send(200, None, raw=self._file(file_id)[1], ctype="application/octet-stream")

    def create_batch(self) -> None:
        """``POST /v1/batches`` over an uploaded JSONL file of chat completion requests"""
        body = self._json()
        found = self.fake._files.get(str(body.get("input_file_id")))
        if found is None:
            raise ApiError(400, "invalid_request_error", "input_file_id does not exist")
        if body.get("endpoint") != "/v1/chat/completions" or body.get("completion_window") != "24h":
            raise ApiError(400, "invalid_request_error", "endpoint/completion_window invalid")
        items = []
        for n, line in enumerate(found[1].decode().splitlines(), 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ApiError(400, "invalid_request_error", f"line {n} is not JSON") from exc
            if entry.get("url") != "/v1/chat/completions" or entry.get("method") != "POST":
                raise ApiError(400, "invalid_request_error", f"line {n}: url/method invalid")
            items.append((str(entry["custom_id"]), entry["body"]))
        if len({c for c, _ in items}) != len(items):
            raise ApiError(400, "invalid_request_error", "custom_id values must be unique")
        self._add_batch(
            _Batch(
                id=f"batch_{uuid.uuid4().hex[:24]}",
                api="openai",
                created=time.time(),
                items=items,
                input_file_id=str(body["input_file_id"]),
            )
        )

    def get_batch(self, batch_id: str) -> None:
        """``GET /v1/batches/{batch_id}``"""
        self._send(200, self.fake._batch_json(self._get_batch(batch_id, "openai")))

    # -- Anthropic message batches -------------------------------------------------------------

    def create_message_batch(self) -> None:
        """``POST /v1/messages/batches``"""
        requests = self._json().get("requests")
        if not isinstance(requests, list) or not requests:
            raise ApiError(400, "invalid_request_error", "requests: must be non-empty")
        items = [(str(r["custom_id"]), r["params"]) for r in requests]
        if len({c for c, _ in items}) != len(items):
            raise ApiError(400, "invalid_request_error", "custom_id values must be unique")
        self._add_batch(
            _Batch(
                id=f"msgbatch_{uuid.uuid4().hex[:24]}",
                api="anthropic",
                created=time.time(),
                items=items,
            )
        )

    def get_message_batch(self, batch_id: str) -> None:
        """``GET /v1/messages/batches/{batch_id}``"""
        self._send(200, self.fake._batch_json(self._get_batch(batch_id, "anthropic")))

    def message_batch_results(self, batch_id: str) -> None:
        """``GET /v1/messages/batches/{batch_id}/results`` (JSONL, once the batch ended)"""
        batch = self._get_batch(batch_id, "anthropic")
        if batch.output is None:
            raise ApiError(400, "invalid_request_error", "batch has not ended")
        self._send(200, None, raw=batch.output.encode(), ctype="application/binary")


# ------------------------------------------------------------------ routes


@dataclass(frozen=True)
class Route:
    """``method`` + a path template (``{name}`` matches one path segment) -> a handler
    method of ``_Handler``, called with the template's names as keyword arguments."""

    method: str
    template: str
    handler: Callable[..., None]
    stat: str | None = None
    """also counted under this ``stats`` key when it arrives (before any hold)"""
    hold: bool = False
    """a generation request: ``FakeLLM.hold_after`` may hold it"""
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(self.template))
        object.__setattr__(self, "pattern", re.compile(regex))


ROUTES: tuple[Route, ...] = (
    Route("POST", "/v1/chat/completions", _Handler.chat_completions, "chat", hold=True),
    Route("POST", "/v1/files", _Handler.upload_file),
    Route("GET", "/v1/files/{file_id}", _Handler.get_file),
    Route("GET", "/v1/files/{file_id}/content", _Handler.get_file_content),
    Route("POST", "/v1/batches", _Handler.create_batch),
    Route("GET", "/v1/batches/{batch_id}", _Handler.get_batch),
    Route("POST", "/v1/messages", _Handler.messages, "messages", hold=True),
    Route("POST", "/v1/messages/batches", _Handler.create_message_batch),
    Route("GET", "/v1/messages/batches/{batch_id}", _Handler.get_message_batch),
    Route("GET", "/v1/messages/batches/{batch_id}/results", _Handler.message_batch_results),
)


def _stat_path(path: str) -> str:
    """A path with its file / batch ids written ``ID``: the per-path ``stats`` key."""
    return re.sub(r"/(file|batch|msgbatch)[-_][^/]+", "/ID", path)


def find_route(method: str, path: str) -> tuple[Route, dict[str, str]]:
    """The route for a request (path without query or trailing slash) and its path values;
    ``ApiError`` 404 when none matches."""
    for route in ROUTES:
        if route.method == method:
            found = route.pattern.fullmatch(path)
            if found is not None:
                return route, found.groupdict()
    raise ApiError(404, "not_found_error", f"no route {method} {path}")


def _iso(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def main(argv: Sequence[str] | None = None) -> None:
    """Serve until killed; prints ``URL`` on the first line of stdout."""
    parser = argparse.ArgumentParser(description="fake OpenAI/Anthropic API for benchmarks")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--api-key", default=DEFAULT_KEY)
    for name in ("latency_s", "retry_after_s", "drip_interval_s", "drip_total_s", *FAULTS):
        parser.add_argument(f"--{name.replace('_', '-')}", type=float, default=None)
    args = parser.parse_args(argv)
    faults = Faults()
    for name in vars(faults):
        value = getattr(args, name, None)
        if value is not None:
            setattr(faults, name, value)
    fake = FakeLLM(api_key=args.api_key, faults=faults, port=args.port, keep_calls=False)
    print(fake.url, flush=True)
    fake._server.serve_forever()


if __name__ == "__main__":
    main()
