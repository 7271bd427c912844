"""Teachers by spec string: ``offline``, ``gpt-4.1``, ``openai:MODEL``, ``claude-sonnet-4-5``,
``anthropic:MODEL``, ``openai-compatible:MODEL@BASE_URL``.

SDKs are imported only when their teacher is made, and a missing API key is an error here,
before any work starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from iad_data.errors import TeacherError
from iad_data.teach.requests import (
    ImageRef,
    Outcome,
    RequestRejected,
    SamplingParams,
    Teacher,
    TeacherRequest,
    TeacherResponse,
    TeacherTask,
    TransientError,
    Usage,
)

SPEC_HELP = (
    "use offline, gpt-4.1, openai:MODEL, claude-sonnet-4-5, anthropic:MODEL or "
    "openai-compatible:MODEL@BASE_URL"
)


def parse_spec(spec: str) -> tuple[str, str, str | None]:
    """``(provider, model, base_url)`` of a teacher spec."""
    spec = spec.strip()
    if spec == "offline":
        return "offline", "ground-truth", None
    provider, sep, rest = spec.partition(":")
    if sep and provider == "openai-compatible":
        model, at, base_url = rest.partition("@")
        if not model or not at or not base_url.startswith(("http://", "https://")):
            raise TeacherError(
                f"teacher {spec!r}: write openai-compatible:MODEL@BASE_URL, e.g. "
                "openai-compatible:qwen2.5-vl-7b@http://localhost:8000/v1"
            )
        return provider, model, base_url
    if sep and provider in ("openai", "anthropic"):
        if not rest:
            raise TeacherError(f"teacher {spec!r} names no model; {SPEC_HELP}")
        return provider, rest, None
    if sep:
        raise TeacherError(f"unknown teacher provider {provider!r} in {spec!r}; {SPEC_HELP}")
    if spec.startswith(("gpt-", "o1", "o3", "o4", "chatgpt-")):
        return "openai", spec, None
    if spec.startswith("claude-"):
        return "anthropic", spec, None
    raise TeacherError(f"unknown teacher {spec!r}; {SPEC_HELP}")


def require_sdk(package: str, spec: str) -> None:
    """The provider's SDK is an optional extra: say which to install when it is missing."""
    import importlib.util

    if importlib.util.find_spec(package) is None:
        raise TeacherError(
            f"teacher {spec!r} needs the {package} SDK, which is not installed: "
            f"pip install 'iad-data[{package}]' (or 'iad-data[teachers]' for both)."
        )


def make_teacher(
    spec: str | Teacher,
    *,
    longest_side: int = 768,
    image_root: str | Path | None = None,
    timeout_s: float = 120.0,
    rpm: int | None = None,
    tpm: int | None = None,
    transport: str = "httpx",
    **options: Any,
) -> Teacher:
    """The teacher a spec names; raises ``TeacherError`` at once when its key is missing.

    A ``Teacher`` passes through unchanged, so library callers may hand in one they built.
    ``transport`` is the SDK's HTTP client (httpx or aiohttp); the offline teacher sends nothing.
    """
    if isinstance(spec, Teacher):
        return spec
    provider, model, base_url = parse_spec(spec)
    if provider != "offline":
        require_sdk("anthropic" if provider == "anthropic" else "openai", spec)
    teacher: Teacher
    if provider == "offline":
        from iad_data.teach.providers.offline import OfflineTeacher

        teacher = OfflineTeacher()
    elif provider == "anthropic":
        from iad_data.teach.providers.anthropic import AnthropicTeacher

        teacher = AnthropicTeacher(
            model,
            longest_side=longest_side,
            image_root=image_root,
            timeout_s=timeout_s,
            transport=transport,
            **options,
        )
    else:
        from iad_data.teach.providers.openai import OpenAITeacher

        teacher = OpenAITeacher(
            model,
            base_url=base_url,
            compatible=provider == "openai-compatible",
            longest_side=longest_side,
            image_root=image_root,
            timeout_s=timeout_s,
            transport=transport,
            **options,
        )
    if rpm is not None:
        teacher.rpm = rpm
    if tpm is not None:
        teacher.tpm = tpm
    return teacher


__all__ = [
    "ImageRef",
    "Outcome",
    "RequestRejected",
    "SamplingParams",
    "Teacher",
    "TeacherRequest",
    "TeacherResponse",
    "TeacherTask",
    "TransientError",
    "Usage",
    "make_teacher",
    "parse_spec",
]
