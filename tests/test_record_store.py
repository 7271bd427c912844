"""record_store: merging record files, replacing rejects, timestamps from the ledger."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from teacher_fixtures import make_requests

from iad_data.core.records import Message, Provenance, RecordBase
from iad_data.tasks.store import (
    answered_at,
    file_time,
    read_records,
    stamp_from_ledger,
    write_records,
    write_rejects,
)
from iad_data.teach.ledger import Ledger
from iad_data.teach.providers import Outcome, TeacherResponse


def _record(rid: str, text: str, created: str = "2026-01-01T00:00:00+00:00") -> RecordBase:
    return RecordBase(
        record_id=rid,
        config="demo",
        sample_id=rid,
        images=[rid],
        messages=[
            Message(role="user", content="<image>\nq"),
            Message(role="assistant", content=text),
        ],
        provenance=Provenance(
            teacher="t",
            template_id="x",
            template_hash="h",
            attempts=1,
            ledger_keys=[f"key-{rid}"],
            created_at=created,
            toolkit_version="0",
        ),
    )


def test_unchanged_records_keep_their_row(tmp_path: Path) -> None:
    path = tmp_path / "records" / "demo.parquet"
    assert write_records(path, RecordBase, {"a": _record("a", "one")}, "cmd") == 1
    later = "2030-01-01T00:00:00+00:00"
    write_records(
        path, RecordBase, {"a": _record("a", "one", later), "b": _record("b", "x")}, "cmd"
    )
    records = read_records(path, RecordBase, "cmd")
    assert records["a"].provenance.created_at == "2026-01-01T00:00:00+00:00"  # same content
    write_records(path, RecordBase, {"a": _record("a", "two", later)}, "cmd")
    records = read_records(path, RecordBase, "cmd")
    assert records["a"].provenance.created_at == later and sorted(records) == ["a", "b"]


def test_rejects_are_replaced_and_dropped_once_accepted(tmp_path: Path) -> None:
    path = tmp_path / "rejects.jsonl"
    write_rejects(path, [{"record_id": "a", "n": 1}, {"record_id": "b", "n": 1}], set())
    assert write_rejects(path, [{"record_id": "a", "n": 2}], {"b"}) == 1
    assert [json.loads(line) for line in path.read_text().splitlines()] == [
        {"n": 2, "record_id": "a"}
    ]


def test_created_at_comes_from_the_ledger_answer(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.sqlite"
    assert answered_at(ledger, ["key-a"]) == {}  # no ledger yet
    request = make_requests(1)[0]
    with Ledger(ledger) as book:
        book.mark_pending("key-a", request, "openai:gpt-4.1", "openai", "gpt-4.1")
        book.record("key-a", TeacherResponse(outcome=Outcome.ANSWERED, raw_text="{}"))
        book.mark_pending("key-b", request, "openai:gpt-4.1", "openai", "gpt-4.1")
    db = sqlite3.connect(ledger)
    with db:  # pin the stored answer time; a pending request has no answer time
        db.execute("UPDATE requests SET updated_at=1000000000.0 WHERE key='key-a'")
    db.close()
    stamped = stamp_from_ledger({"a": _record("a", "x"), "b": _record("b", "y")}, ledger)
    assert stamped["a"].provenance.created_at == "2001-09-09T01:46:40+00:00"
    assert stamped["b"].provenance.created_at == "2026-01-01T00:00:00+00:00"  # not in ledger
    os.utime(ledger, (1_100_000_000, 1_100_000_000))
    assert file_time(ledger) == "2004-11-09T11:33:20+00:00"


def test_rejects_are_read_in_every_shape(tmp_path: Path) -> None:
    from iad_data.tasks.store import UNREADABLE_REJECT, read_rejects, reject_findings

    path = tmp_path / "rejects.jsonl"
    path.write_text(
        '{"findings": {"accuracy": ["said Yes"]}}\n\n{"reasons": [{"rule": "format"}, "type"]}\n'
        '{"reason": "too long"}\nnot json\n{}\n',
        encoding="utf-8",
    )
    rows = read_rejects(path)
    assert [reject_findings(row) for row in rows] == [
        {"accuracy": ["said Yes"]},
        {"format": [], "type": []},
        {"too long": []},
        {UNREADABLE_REJECT: []},
        {},
    ]
    assert read_rejects(tmp_path / "missing.jsonl") == []
