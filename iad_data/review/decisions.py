"""The decisions log: what reviewers said about records, as data publish can honour.

``WORKSPACE/reviews/decisions.jsonl`` holds one ``Decision`` per line, in the order they were
made. It is only ever appended to: each line is written under an exclusive ``flock`` in one
``write`` and ``fsync``-ed before the app answers, so a killed server or a closed tab loses
nothing that was acknowledged, and two review servers on one workspace never interleave lines.
A line cut short by a crash (the only damage possible) is skipped on reading and closed off by
the next append.

A decision names the record by id *and* by the hash of its content when it was reviewed
(``content_hash``): when synthesis rewrites a record, its old decisions stop applying and the
record needs review again. Each reviewer's decisions are kept apart (``reviewer``); where
reviewers disagree, the latest current decision counts, and ``agreement`` measures how often
they agree (Cohen's kappa).

Flags (``flag`` / ``unflag``) are about a sample's ground truth, not a record: the latest
flag decision of a sample says whether it is held out of splits and publish.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, get_args

import polars as pl
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from iad_data.core.workspace import Workspace

Verdict = Literal["accept", "reject", "edit", "flag", "unflag"]
RECORD_VERDICTS: tuple[str, ...] = ("accept", "reject", "edit")
"""verdicts about a record (the others are about its sample's ground truth)"""
FlagKind = Literal["wrong_label", "wrong_defect_type", "bad_mask"]
FLAG_KINDS: tuple[str, ...] = get_args(FlagKind)
REJECT_REASONS: tuple[str, ...] = (
    "wrong part or region described",
    "reasoning contradicts the image",
    "poor wording",
    "hallucinated detail",
    "cites the ground truth",
)
"""the reasons the app offers as shortcuts (any other text is allowed too)"""


def now_iso() -> str:
    """ISO 8601 UTC with milliseconds: decisions made in one second keep their order."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def content_hash(row: Mapping[str, Any]) -> str:
    """sha256 of a rejects row's canonical JSON (sorted keys): what a decision was about."""
    text = json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def frame_hashes(frame: pl.DataFrame) -> list[str]:
    """sha256 of each row of a records table, as polars encodes the row as JSON (columns in
    the table's order, the record model's): 100k records hash in seconds, where decoding each
    row into Python objects first takes minutes. Every reader of a records file (the app,
    publish, ``info``) hashes it this way."""
    if frame.is_empty():
        return []
    encoded = frame.select(pl.struct(pl.all()).struct.json_encode().alias("row"))["row"]
    return [hashlib.sha256(text.encode("utf-8")).hexdigest() for text in encoded]


class Decision(BaseModel):
    """One reviewer's verdict on one record (or on its sample's ground truth)."""

    model_config = ConfigDict(extra="forbid")

    reviewer: str = Field(min_length=1, max_length=100, pattern=r"^[^\s/\\][^\n\r\t/\\]*$")
    time: str = Field(description="ISO 8601 UTC when the decision was made")
    record_set: str
    record_id: str
    sample_id: str
    content_hash: str = Field(description="sha256 of the record row the reviewer saw")
    verdict: Verdict
    reason: str | None = Field(default=None, description="why: required to reject or flag")
    edited_text: list[str] | None = Field(
        default=None, description="verdict edit: the assistant turns as the reviewer left them"
    )
    original_text: list[str] | None = Field(
        default=None, description="verdict edit: the assistant turns before the edit"
    )
    flag: FlagKind | None = Field(default=None, description="verdict flag: what is wrong")

    @model_validator(mode="after")
    def _complete(self) -> Decision:
        if self.verdict == "reject" and not (self.reason or "").strip():
            raise ValueError("a rejection needs a reason")
        if self.verdict == "edit" and not self.edited_text:
            raise ValueError("an edit needs the edited text")
        if self.verdict != "edit" and self.edited_text is not None:
            raise ValueError("only an edit carries edited text")
        if self.verdict == "flag" and self.flag is None:
            raise ValueError(f"a flag needs its kind: {', '.join(FLAG_KINDS)}")
        return self

    @property
    def key(self) -> tuple[str, str]:
        return (self.record_set, self.record_id)

    @property
    def keeps(self) -> bool:
        """Whether the record goes into the data (accepted, with or without an edit)."""
        return self.verdict in ("accept", "edit")


def append_decision(ws: Workspace, decision: Decision) -> None:
    """Append one line to the log and ``fsync`` it (the folder too when the file is new)."""
    path = ws.decisions_path
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (decision.model_dump_json(exclude_none=True) + "\n").encode("utf-8")
    created = not path.exists()
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            line = b"\n" + line  # close off a line a crash cut short
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)
    if created:
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def read_decisions(ws: Workspace) -> list[Decision]:
    """Every decision in the order made; a line cut short or not a decision is skipped."""
    path = ws.decisions_path
    out: list[Decision] = []
    if not path.is_file():
        return out
    with path.open("rb") as handle:
        for raw in handle:
            with contextlib.suppress(ValueError, ValidationError):
                out.append(Decision.model_validate_json(raw))
    return out


@dataclass(frozen=True)
class SampleFlag:
    """A sample whose ground truth a reviewer flagged as wrong (and nobody resolved since)."""

    sample_id: str
    flag: str
    reviewer: str
    reason: str
    time: str
    record_set: str
    record_id: str


@dataclass
class ReviewState:
    """The decisions that apply now: each reviewer's latest per record, flags per sample."""

    latest: dict[tuple[str, str], dict[str, Decision]] = field(default_factory=dict)
    """(record_set, record_id) -> reviewer -> that reviewer's latest record decision"""
    flags: dict[str, SampleFlag] = field(default_factory=dict)
    """sample_id -> its open flag"""

    @classmethod
    def of(cls, decisions: Iterable[Decision]) -> ReviewState:
        state = cls()
        for d in decisions:
            if d.verdict in RECORD_VERDICTS:
                state.latest.setdefault(d.key, {})[d.reviewer] = d
            elif d.verdict == "flag":
                assert d.flag is not None
                state.flags[d.sample_id] = SampleFlag(
                    d.sample_id, d.flag, d.reviewer, d.reason or "", d.time, *d.key
                )
            else:
                state.flags.pop(d.sample_id, None)
        return state

    def current(
        self, key: tuple[str, str], content: str, reviewer: str | None = None
    ) -> list[Decision]:
        """Decisions on ``key`` made on this content (one reviewer's, or all), oldest first."""
        found = self.latest.get(key, {})
        chosen = [d for r, d in found.items() if reviewer is None or r == reviewer]
        return sorted((d for d in chosen if d.content_hash == content), key=lambda d: d.time)

    def stale(self, key: tuple[str, str], content: str, reviewer: str | None = None) -> bool:
        """Reviewed, but the record changed since: it needs review again."""
        found = self.latest.get(key, {})
        chosen = [d for r, d in found.items() if reviewer is None or r == reviewer]
        return bool(chosen) and all(d.content_hash != content for d in chosen)

    def verdict(self, key: tuple[str, str], content: str) -> Decision | None:
        """The decision that counts for publish: the latest current one of any reviewer."""
        current = self.current(key, content)
        return current[-1] if current else None

    def reviewers(self) -> list[str]:
        return sorted({r for by in self.latest.values() for r in by})


def load_state(ws: Workspace) -> ReviewState:
    return ReviewState.of(read_decisions(ws))


def cohen_kappa(a: list[bool], b: list[bool]) -> float | None:
    """Cohen's kappa of two raters' keep/reject calls on the same items; None if undefined
    (no items, or both raters gave one answer to everything)."""
    n = len(a)
    if n == 0:
        return None
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    if expected >= 1.0:
        return 1.0 if observed == 1.0 else None
    return round((observed - expected) / (1 - expected), 4)


def agreement(state: ReviewState, hashes: Mapping[tuple[str, str], str]) -> list[dict[str, Any]]:
    """Cohen's kappa (keep: accept or edit, against reject) per pair of reviewers, over the
    records both reviewed in their current content (``hashes``: record key -> content hash)."""
    pairs: dict[tuple[str, str], list[tuple[bool, bool]]] = {}
    for key, by in state.latest.items():
        content = hashes.get(key)
        current = {r: d for r, d in by.items() if d.content_hash == content}
        names = sorted(current)
        for i, first in enumerate(names):
            for second in names[i + 1 :]:
                pair = (current[first].keeps, current[second].keeps)
                pairs.setdefault((first, second), []).append(pair)
    out = []
    for (first, second), calls in sorted(pairs.items()):
        a, b = [c[0] for c in calls], [c[1] for c in calls]
        agreed = sum(x == y for x, y in calls)
        out.append(
            {
                "reviewers": [first, second],
                "records": len(calls),
                "agreed": agreed,
                "kappa": cohen_kappa(a, b),
            }
        )
    return out


def iter_reviewed(
    state: ReviewState, hashes: Mapping[tuple[str, str], str]
) -> Iterator[tuple[tuple[str, str], Decision]]:
    """(record key, the decision that counts) for every record reviewed in its content now."""
    for key, content in hashes.items():
        decision = state.verdict(key, content)
        if decision is not None:
            yield key, decision


__all__ = [
    "FLAG_KINDS",
    "RECORD_VERDICTS",
    "REJECT_REASONS",
    "Decision",
    "FlagKind",
    "ReviewState",
    "SampleFlag",
    "Verdict",
    "agreement",
    "append_decision",
    "cohen_kappa",
    "content_hash",
    "frame_hashes",
    "iter_reviewed",
    "load_state",
    "now_iso",
    "read_decisions",
]
