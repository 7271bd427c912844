"""Stage options, defined once: one pydantic model per stage is the library keyword set, the
recipe section and (generated from it) the CLI options, so no option exists in one and not
the others.

A field's description is its help text everywhere. ``Flag`` metadata gives the CLI spelling
where it is not ``--field-name`` (``--max-cost`` for ``max_cost_usd``, short ``-n``); a
``PathValue`` marker says the value is a path, resolved against the recipe's folder in a
recipe and against the current folder on the command line. Things that steer one invocation
rather than describe the stage (the workspace, ``--json``, ``--quiet``, ``--dry-run``) are not
options: they are arguments of the library function and shared CLI flags.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from iad_data.core.engines import Engine, EngineName
from iad_data.errors import InputError

OptionsT = TypeVar("OptionsT", bound="StageOptions")
T = TypeVar("T")


@dataclass(frozen=True)
class Flag:
    """CLI spelling of an option field: its flags (long first) and, if any, a metavar."""

    names: tuple[str, ...]

    def __init__(self, *names: str) -> None:
        object.__setattr__(self, "names", names)


@dataclass(frozen=True)
class PathValue:
    """Marks a ``str`` option field that names a file or folder."""


class StageOptions(BaseModel):
    """Base of every stage's options: unknown keys are errors, never silently ignored."""

    model_config = ConfigDict(extra="forbid")

    @classmethod
    def flags_of(cls, name: str) -> tuple[str, ...]:
        """The CLI flags of field ``name`` (``--field-name`` unless ``Flag`` says otherwise)."""
        for meta in cls.model_fields[name].metadata:
            if isinstance(meta, Flag):
                return meta.names
        return ("--" + name.replace("_", "-"),)

    @classmethod
    def path_fields(cls) -> list[str]:
        return [
            name
            for name, info in cls.model_fields.items()
            if any(isinstance(meta, PathValue) for meta in info.metadata)
        ]


class EngineOptions(StageOptions):
    """Options of a stage whose work can be mapped by Ray as well as by the process pool
    (the outputs are the same bytes either way; see docs/scale.md)."""

    engine: EngineName = Field(
        default="pool",
        description="How the work is mapped: pool (worker processes on this machine) or ray "
        "(a Ray cluster; pip install 'iad-data[ray]').",
    )
    ray_address: str | None = Field(
        default=None,
        description="Ray cluster to join with --engine ray (ray://HOST:10001, HOST:6379 or "
        "auto); default: RAY_ADDRESS, else a local Ray.",
    )

    def mapper(self) -> Engine:
        """The ``Engine`` these options name."""
        return Engine(self.engine, self.ray_address)


class TeacherStageOptions(EngineOptions):
    """Options every teacher-written record set has (its own model adds the rest)."""

    teacher: Annotated[str | None, Flag("--teacher", "-t")] = Field(
        default=None,
        description="Required: gpt-4.1, claude-sonnet-4-5, openai-compatible:MODEL@BASE_URL, or "
        "offline (ground-truth templates for checking a pipeline, not reasoning to train on).",
    )
    limit: Annotated[int | None, Flag("--limit", "-n")] = Field(
        default=None, ge=1, description="At most this many samples."
    )
    categories: Annotated[list[str] | None, Flag("--categories", "-c")] = Field(
        default=None, description="Only these categories (repeat or comma-separate)."
    )
    concurrency: int = Field(default=8, ge=1, description="Teacher requests in flight at once.")
    loops: int | None = Field(
        default=None,
        ge=1,
        description="Event loops that send the requests, each in its own worker process with "
        "its share of --concurrency and of the rate limits (default: 1 with the pool, the "
        "cluster's CPUs with Ray).",
    )
    transport: Literal["httpx", "aiohttp"] = Field(
        default="httpx",
        description="HTTP client the provider's SDK sends with: httpx (its default) or aiohttp "
        "(the SDK's own aiohttp client, about half the CPU per request; pip install "
        "'iad-data[aiohttp]'). Ignored by the offline teacher.",
    )
    batch: bool = Field(default=False, description="Use the provider's batch API where it has one.")
    processes: Annotated[str | None, PathValue()] = Field(
        default=None,
        description="Process-knowledge folder laid out like recipes/processes "
        "(default: WORKSPACE/processes, then the shipped files).",
    )
    max_cost_usd: Annotated[float | None, Flag("--max-cost")] = Field(
        default=None, ge=0.0, description="Stop before spending more (USD)."
    )
    timeout_s: Annotated[float, Flag("--timeout")] = Field(
        default=120.0,
        gt=0.0,
        description="Seconds one teacher request may take, its whole answer read; a slower one "
        "(a server that stalls or drips its answer) is cut off and retried.",
    )
    judge: str | None = Field(
        default=None,
        description="Also send each record that passes the rules to this teacher under the "
        "judge rubric (recipes/prompts/judge); records it fails go to rejects with its reasons.",
    )
    rebuild_ledger: bool = Field(
        default=False,
        description="Go on although the ledger is missing or empty while records/ cite its "
        "answers, buying them all again (refused otherwise: restore the ledger instead).",
    )
    min_text_tokens: int = Field(
        default=40,
        ge=1,
        description="Fewest tokens (an estimate that errs high) of a trace's text; shorter "
        "records are rejected.",
    )
    max_text_tokens: int = Field(
        default=512,
        ge=1,
        description="Most tokens of a trace's text or of one conversation answer (IAD-R1 "
        "trains with max_completion_length 512); longer records are rejected.",
    )


def require_teacher(teacher: T | None, where: str) -> T:
    """The chosen teacher; none chosen is an error, so offline templates are never the silent
    default of a synthesis command."""
    if teacher is None:
        raise InputError(
            f"{where}: choose a teacher: --teacher gpt-4.1, claude-sonnet-4-5 or "
            "openai-compatible:MODEL@BASE_URL (in a recipe: tasks.<record set>.teacher), or "
            "--teacher offline for ground-truth templates that check a pipeline (they are not "
            "visual reasoning to train on)."
        )
    return teacher


def option_errors(where: str, model: type[BaseModel], exc: ValidationError) -> InputError:
    """One message per bad field, naming the option as the caller spells it."""
    lines = []
    for err in exc.errors():
        field = ".".join(str(part) for part in err["loc"]) or "(options)"
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            known = ", ".join(model.model_fields)
            msg = f"unknown option (known: {known})"

        lines.append(f"{where}: {field}: {msg}")
    return InputError("\n".join(lines))


def make_options(
    model: type[OptionsT], options: OptionsT | None, overrides: Mapping[str, Any], where: str
) -> OptionsT:
    """``options`` with ``overrides`` applied (keyword arguments of a library call), checked."""
    data = options.model_dump(exclude_unset=True) if options is not None else {}
    data.update(
        {k: os.fspath(v) if isinstance(v, os.PathLike) else v for k, v in overrides.items()}
    )
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise option_errors(where, model, exc) from None
