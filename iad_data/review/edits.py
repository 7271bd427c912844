"""A reviewer's edit applied to a record, and the record set's validator run on the result.

An edit replaces the assistant turns of the conversation (what a model trains on), in order.
Record sets whose structured fields mirror that text have an aligner here (``ALIGNERS``):
an ``expert_ad`` record's ``text`` is the IAD-R1 rendering of its ``trace``, so the edited
``<think>`` lines become the steps' texts (one line per step) and the tags its answer; the
validator's own rules then say whether the edit still agrees with the ground truth. An edit
that fails them is refused, never accepted.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import ValidationError

from iad_data.core.records import RecordBase
from iad_data.core.rules import SCHEMA_RULE, Findings, run_rules
from iad_data.core.table import dict_fields, to_row
from iad_data.errors import InputError
from iad_data.tasks.registry import record_sets


def decoded(record_set: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A records-file row with its free-form dict fields (stored as JSON) decoded."""
    out = dict(row)
    for name in dict_fields(record_sets().get(record_set).record_model):
        value = out.get(name)
        if isinstance(value, str):
            out[name] = json.loads(value) if value else {}
    return out


def assistant_turns(row: Mapping[str, Any]) -> list[str]:
    return [str(m["content"]) for m in row.get("messages") or [] if m["role"] == "assistant"]


def _align_expert_ad(data: dict[str, Any]) -> dict[str, Any]:
    """The trace and ``text`` of an ``expert_ad`` record made to say what its edited text says."""
    from iad_data.tasks.expert_ad import text as iadr1

    text = data["messages"][-1]["content"]
    parsed = iadr1.parse(text)
    trace = dict(data["trace"])
    steps = [dict(s) for s in trace["steps"]]
    if parsed.think is not None:
        lines = parsed.think.split("\n")
        if len(lines) != len(steps):
            raise InputError(
                f"the edited <think> has {len(lines)} line(s) but the trace has {len(steps)} "
                f"steps ({', '.join(s['kind'] for s in steps)}): keep one line per step."
            )
        for step, line in zip(steps, lines, strict=True):
            step["text"] = line
    answer = dict(trace["answer"])
    if parsed.answer in ("Yes", "No"):
        answer["is_anomalous"] = parsed.answer == "Yes"
        answer["location"] = parsed.location if parsed.says_yes else None
        answer["defect_type"] = parsed.type if parsed.says_yes else None
        if not parsed.says_yes:
            answer["boxes"] = []
    data["trace"] = {"steps": steps, "answer": answer}
    data["text"] = text
    return data


ALIGNERS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {"expert_ad": _align_expert_ad}
"""record set -> how its structured fields follow an edit of the assistant turns"""


def edited_record(
    record_set: str, row: Mapping[str, Any], edited: list[str]
) -> tuple[RecordBase | None, Findings]:
    """The record with its assistant turns replaced by ``edited`` and its scores recomputed,
    and the validator's findings ({} when it passes). InputError when the edit does not fit
    the conversation."""
    entry = record_sets().get(record_set)
    data = decoded(record_set, row)
    messages = [dict(m) for m in data["messages"]]
    slots = [i for i, m in enumerate(messages) if m["role"] == "assistant"]
    if len(edited) != len(slots):
        raise InputError(
            f"{record_set} record {data['record_id']} has {len(slots)} assistant turn(s); the "
            f"edit gives {len(edited)}."
        )
    original = [str(messages[i]["content"]) for i in slots]
    for i, content in zip(slots, edited, strict=True):
        messages[i]["content"] = content.replace("\r\n", "\n")
    data["messages"] = messages
    align = ALIGNERS.get(record_set)
    if align is not None:
        data = align(data)
    validator = entry.validator
    try:
        record = validator.model.model_validate(data)
    except ValidationError as exc:
        return None, {
            SCHEMA_RULE: [f"{'/'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()]
        }
    findings = run_rules(validator.rules, record, validator.truth(record))
    assert isinstance(record, RecordBase)
    first = record.provenance.edited_from or original  # the teacher's text, not a re-edit's
    provenance = record.provenance.model_copy(update={"edited_from": first})
    record = record.model_copy(
        update={"scores": validator.scores(record), "provenance": provenance}
    )
    return record, findings


def findings_of(record_set: str, row: Mapping[str, Any]) -> Findings:
    """What the record set's validator says about a records-file row now."""
    validator = record_sets().get(record_set).validator
    try:
        record = validator.model.model_validate(decoded(record_set, row))
    except ValidationError as exc:
        return {SCHEMA_RULE: [f"{'/'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()]}
    return run_rules(validator.rules, record, validator.truth(record))


def stored_row(record: RecordBase) -> dict[str, Any]:
    """The record as a records-file row (dict fields as JSON), what ``content_hash`` reads."""
    return to_row(record)


__all__ = ["ALIGNERS", "assistant_turns", "decoded", "edited_record", "findings_of", "stored_row"]
