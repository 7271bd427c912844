"""What review decides for a publish: which records go out, with which text, and what the
card says about it.

``review_outcome`` takes the record frames publish read and returns them with the records a
reviewer rejected left out, edited records replaced by their edited form (their scores
recomputed; publish's own validation then runs on them), and the records of samples whose
ground truth is flagged left out; with ``require_review`` it refuses records nobody reviewed
in their current content. ``review_column`` adds each record's review (verdict, reviewer,
reason, and an edit's original text) as a ``review`` JSON column, so the original of an
edit travels with the published row.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from iad_data.core.table import to_frame
from iad_data.core.workspace import Workspace
from iad_data.errors import PublishError
from iad_data.review.decisions import (
    Decision,
    ReviewState,
    SampleFlag,
    agreement,
    frame_hashes,
    load_state,
)
from iad_data.review.edits import edited_record
from iad_data.tasks.registry import record_sets

REJECTED = "rejected in review"
FLAGGED = "sample's ground truth flagged in review"


@dataclass
class ReviewOutcome:
    frames: dict[str, pl.DataFrame]
    """record set -> the records to publish"""
    flagged: dict[str, SampleFlag] = field(default_factory=dict)
    """samples held out until their flag is resolved"""
    dropped: dict[str, dict[str, int]] = field(default_factory=dict)
    """record set -> reason -> records left out"""
    decisions: dict[str, dict[str, Decision]] = field(default_factory=dict)
    """record set -> record id -> the decision that counts"""
    summary: dict[str, Any] = field(default_factory=dict)
    """for the card: ``sets`` (per record set), ``flagged``, ``agreement``; {} if no review"""


def _hashes(frames: dict[str, pl.DataFrame]) -> dict[tuple[str, str], str]:
    return {
        (name, str(rid)): digest
        for name, frame in frames.items()
        for rid, digest in zip(frame["record_id"].to_list(), frame_hashes(frame), strict=True)
    }


def _set_stats(
    name: str, frame: pl.DataFrame, state: ReviewState, decided: dict[str, Decision]
) -> dict[str, Any]:
    verdicts = Counter(d.verdict for d in decided.values())
    reviewed = sum(verdicts.values())
    ids = set(frame["record_id"].to_list())
    changed = sum(
        1
        for (set_name, rid) in state.latest
        if set_name == name and rid in ids and rid not in decided
    )
    keep = verdicts["accept"] + verdicts["edit"]
    reasons = Counter(d.reason or "" for d in decided.values() if d.verdict == "reject")
    return {
        "records": frame.height,
        "reviewed": reviewed,
        "share": round(reviewed / frame.height, 4) if frame.height else 0.0,
        "accepted": verdicts["accept"],
        "edited": verdicts["edit"],
        "rejected": verdicts["reject"],
        "acceptance_rate": round(keep / reviewed, 4) if reviewed else None,
        "changed_since_review": changed,
        "reasons": dict(sorted(reasons.items())),
    }


def review_outcome(
    ws: Workspace, frames: dict[str, pl.DataFrame], *, require_review: bool = False
) -> ReviewOutcome:
    """The records review lets through (see the module doc)."""
    state = load_state(ws)
    hashes = _hashes(frames)
    out = ReviewOutcome(frames={}, flagged=dict(state.flags))
    unreviewed: dict[str, int] = {}
    flagged_ids = list(state.flags)
    for name, frame in frames.items():
        decided: dict[str, Decision] = {}
        for rid in frame["record_id"].to_list():
            decision = state.verdict((name, rid), hashes[(name, rid)])
            if decision is not None:
                decided[rid] = decision
        out.decisions[name] = decided
        held = frame.filter(
            pl.col("sample_id").is_in(flagged_ids)
            | pl.col("images").list.eval(pl.element().is_in(flagged_ids)).list.any()
        )["record_id"].to_list()
        rejected = [rid for rid, d in decided.items() if d.verdict == "reject"]
        gone = set(held) | set(rejected)
        missing = frame.height - len(set(decided) | set(held))
        if missing:
            unreviewed[name] = missing
        kept = frame.filter(~pl.col("record_id").is_in(list(gone)))
        edits = {rid: d for rid, d in decided.items() if d.verdict == "edit" and rid not in gone}
        if edits:
            model = record_sets().get(name).record_model
            rows = {
                r["record_id"]: r for r in kept.iter_rows(named=True) if r["record_id"] in edits
            }
            new = []
            for rid, decision in sorted(edits.items()):
                assert decision.edited_text is not None
                record, _ = edited_record(name, rows[rid], decision.edited_text)
                if record is None:
                    raise PublishError(
                        f"the edit of {name} record {rid} by {decision.reviewer} no longer "
                        f"parses as a {name} record; review it again with `iad-data review -w "
                        f"{ws.path}`."
                    )
                new.append(record)
            edited = to_frame(model, new).select(kept.columns).cast(kept.schema)
            kept = pl.concat([kept.filter(~pl.col("record_id").is_in(list(edits))), edited])
            kept = kept.sort("record_id")
        out.frames[name] = kept
        dropped = {}
        if rejected:
            dropped[REJECTED] = len(set(rejected))
        if set(held) - set(rejected):
            dropped[FLAGGED] = len(set(held) - set(rejected))
        if dropped:
            out.dropped[name] = dropped
    if require_review and unreviewed:
        counts = ", ".join(f"{name}: {n}" for name, n in sorted(unreviewed.items()))
        raise PublishError(
            f"--require-review: records not reviewed in their current content ({counts}; a "
            f"record changed since its review counts as unreviewed). Review them with "
            f"`iad-data review -w {ws.path}` (the queue 'not yet reviewed'), or publish "
            f"without --require-review."
        )
    if state.latest or state.flags:
        out.summary = {
            "sets": {
                name: _set_stats(name, frame, state, out.decisions[name])
                for name, frame in frames.items()
            },
            "flagged": [
                {
                    "sample_id": f.sample_id,
                    "flag": f.flag,
                    "reason": f.reason,
                    "reviewer": f.reviewer,
                }
                for f in sorted(state.flags.values(), key=lambda f: f.sample_id)
            ],
            "agreement": agreement(state, hashes),
        }
    return out


def review_column(outcome: ReviewOutcome, name: str, frame: pl.DataFrame) -> pl.DataFrame:
    """``frame`` with a ``review`` JSON column (null where unreviewed) when any of its records
    was reviewed; unchanged otherwise, so an unreviewed workspace publishes the same bytes."""
    decided = outcome.decisions.get(name) or {}
    if not decided:
        return frame

    def review(rid: str) -> str | None:
        d = decided.get(rid)
        if d is None:
            return None
        data: dict[str, Any] = {"verdict": d.verdict, "reviewer": d.reviewer, "time": d.time}
        if d.reason:
            data["reason"] = d.reason
        if d.verdict == "edit":
            data["original_text"] = d.original_text or []
        return json.dumps(data, sort_keys=True, ensure_ascii=False)

    values = [review(rid) for rid in frame["record_id"].to_list()]
    return frame.with_columns(pl.Series("review", values, dtype=pl.String))


__all__ = ["FLAGGED", "REJECTED", "ReviewOutcome", "review_column", "review_outcome"]
