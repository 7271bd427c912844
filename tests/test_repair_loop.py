"""repair_loop: re-asks with the findings until a record passes, keeps every attempt's key."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from iad_data.core.results import SynthesisResult
from iad_data.teach.providers.offline import OfflineTeacher
from iad_data.teach.repair import Judged, Repaired, repair_loop
from iad_data.teach.requests import TeacherRequest, TeacherResponse

TASK = "test_repair_loop"


class Guess(BaseModel):
    value: int


def _answer(request: TeacherRequest) -> Guess:
    return Guess(value=request.attempt)  # right from the second attempt on


def _build(item: str, attempt: int, findings: Sequence[str]) -> TeacherRequest:
    return TeacherRequest(
        task=TASK,
        sample_id=item,
        template_id="t",
        template_hash="h",
        system="s",
        user_text=f"{item}\n" + "\n".join(findings),
        response_model=Guess,
        answer_offline=_answer,
        attempt=attempt,
    )


def _judge(item: str, response: TeacherResponse, attempt: int, keys: list[str]) -> Judged[str]:
    assert isinstance(response.parsed, Guess)
    findings = {} if response.parsed.value >= 2 else {"value": [f"{item}: too small"]}
    return Judged(f"{item}@{attempt}:{len(keys)}", findings, response.parsed.value)


def _run(tmp_path: Path, **options: Any) -> tuple[Repaired[str] | None, SynthesisResult]:
    result = SynthesisResult(config="test")
    done = repair_loop(
        ["a", "b", "c"],
        _build,
        _judge,
        teacher=OfflineTeacher(),
        ledger_path=tmp_path / "ledger.sqlite",
        result=result,
        progress=False,
        **options,
    )
    return done, result


def test_repairs_then_caches(tmp_path: Path) -> None:
    done, result = _run(tmp_path, max_attempts=2)
    assert done is not None
    assert done.accepted == {"a": "a@2:2", "b": "b@2:2", "c": "c@2:2"}
    assert done.repaired == 3 and done.failed == {}
    assert all(len(keys) == 2 for keys in done.keys.values())
    assert (result.requests, result.sent, result.cached) == (6, 6, 0)
    _, again = _run(tmp_path, max_attempts=2)
    assert (again.sent, again.cached) == (0, 6)


def test_spent_attempts_fail_and_keep_failing_accepts(tmp_path: Path) -> None:
    done, _ = _run(tmp_path, max_attempts=1)
    assert done is not None and done.accepted == {}
    assert done.failed["a"].findings == {"value": ["a: too small"]}
    kept, _ = _run(tmp_path, max_attempts=1, keep_failing=True)
    assert kept is not None and set(kept.accepted) == {"a", "b", "c"}
    assert kept.findings["b"] == {"value": ["b: too small"]}
    dry, result = _run(tmp_path / "dry", max_attempts=2, dry_run=True)
    assert dry is None and result.dry_run is False and result.estimated_cost_usd is not None
