from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from teacher_fixtures import Verdict, make_requests

from iad_data.errors import WorkspaceError
from iad_data.teach.ledger import Ledger
from iad_data.teach.providers import Outcome, TeacherResponse, Usage


def test_record_and_get_round_trip(tmp_path: Path) -> None:
    request = make_requests(1)[0]
    key = request.key("openai", "gpt-4.1")
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        assert ledger.get(key) is None
        ledger.mark_pending(key, request, "openai:gpt-4.1", "openai", "gpt-4.1")
        assert ledger.get(key) is None  # pending is not an answer
        row = ledger.row(key)
        assert row is not None and row.attempts == 1
        parsed = Verdict(label="anomaly", confidence=0.5)
        ledger.mark_pending(key, request, "openai:gpt-4.1", "openai", "gpt-4.1")
        ledger.record(
            key,
            TeacherResponse(
                outcome=Outcome.ANSWERED,
                parsed=parsed,
                raw_text=parsed.model_dump_json(),
                usage=Usage(input_tokens=100, output_tokens=20),
                cost_usd=0.25,
            ),
        )
    with Ledger(tmp_path / "ledger.sqlite", {request.task: Verdict}) as ledger:
        got = ledger.get(key)
        assert got is not None
        assert got.outcome == Outcome.ANSWERED
        assert got.parsed == parsed  # parsed by the model its task names
        row = ledger.row(key)
        assert row is not None and row.attempts == 2 and row.template_id == "engine_test.v1"
        assert ledger.cost_summary() == [
            {
                "teacher": "openai:gpt-4.1",
                "requests": 1,
                "answered": 1,
                "failed": 0,
                "input_tokens": 100,
                "output_tokens": 20,
                "cost_usd": 0.25,
            }
        ]
        assert ledger.status_counts() == {"answered": 1}


def test_ledger_is_wal_and_rejects_garbage(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    Ledger(path).close()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(WorkspaceError, match="bad.sqlite"):
        Ledger(bad)


def test_failed_rows_count_in_summary_and_batches_close(tmp_path: Path) -> None:
    requests = make_requests(3)
    keys = [r.key("anthropic", "claude-sonnet-4-5") for r in requests]
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        ledger.add_batch(
            "msgbatch_1",
            "anthropic:claude-sonnet-4-5",
            "anthropic",
            "claude-sonnet-4-5",
            list(zip(keys, requests, strict=True)),
        )
        assert ledger.open_batches("anthropic:claude-sonnet-4-5") == ["msgbatch_1"]
        assert sorted(ledger.batch_keys("msgbatch_1")) == sorted(keys)
        ledger.record(keys[0], TeacherResponse(outcome=Outcome.REFUSED, raw_text="no"))
        ledger.close_batch("msgbatch_1", "expired")
        assert ledger.open_batches("anthropic:claude-sonnet-4-5") == []
        assert ledger.status_counts() == {"failed": 2, "refused": 1}
        summary = ledger.cost_summary()[0]
        assert summary["requests"] == 3 and summary["answered"] == 0 and summary["failed"] == 3
        expired = ledger.row(keys[1])
        assert expired is not None and "expired" in (expired.error or "")


FIXTURES = Path(__file__).parent / "fixtures"


def test_a_ledger_written_by_v0_1_0_reads_back_by_task_name(tmp_path: Path) -> None:
    """v0.1.0 stored ``module:QualName`` of every answer model (``iad_data.expert_ad:...``),
    modules the layout move removed; rows are read back by their task name instead."""
    import json
    import shutil

    from iad_data.tasks.registry import response_models

    path = tmp_path / "ledger.sqlite"
    shutil.copyfile(FIXTURES / "ledger-v0.1.0.sqlite", path)
    expected = json.loads((FIXTURES / "ledger-v0.1.0.expected.json").read_text())
    assert {e["task"] for e in expected.values()} == {"expert_ad", "instruct_iad", "process"}
    assert all(e["response_model"].startswith("iad_data.") for e in expected.values())
    with Ledger(path, response_models()) as ledger:
        for key, entry in expected.items():
            got = ledger.get(key)
            assert got is not None and got.outcome == Outcome.ANSWERED, key
            assert got.parsed is not None, f"{key} ({entry['task']}) did not parse"
            assert type(got.parsed) is response_models()[entry["task"]]
            # answers stored before per-step claims existed read back without them
            assert got.parsed.model_dump(mode="json", exclude_unset=True) == entry["response"]
