from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fakes.fake_llm import FakeLLM
from teacher_fixtures import (  # noqa: F401  (fixtures)
    anthropic_teacher,
    fake_fixture,
    image_fixture,
    make_requests,
    openai_teacher,
)

from iad_data.errors import TeacherError
from iad_data.teach.engine import run_requests
from iad_data.teach.ledger import Ledger
from iad_data.teach.providers import ImageRef, Outcome, Teacher, make_teacher


@pytest.mark.parametrize("make", [openai_teacher, anthropic_teacher])
def test_batch_answers_at_half_price(
    tmp_path: Path, fake: FakeLLM, image: ImageRef, make: Callable[[FakeLLM], Teacher]
) -> None:
    teacher = make(fake)
    requests = make_requests(5, [image])
    fake.queue_faults(["refusal"])
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        result = run_requests(
            requests, teacher, ledger, batch=True, batch_poll_s=0.05, progress=False
        )
        assert result.outcomes == {"answered": 4, "refused": 1} and result.sent == 5
        assert fake.stats["batches"] == 1 and fake.generation_calls() == 0
        assert ledger.open_batches(teacher.name) == []
        assert result.cost_usd > 0
        interactive = run_requests(
            make_requests(5, [image], template_hash="h2"), teacher, ledger, progress=False
        )
        assert result.cost_usd == pytest.approx(interactive.cost_usd * 0.5, rel=0.05)
        again = run_requests(requests, teacher, ledger, batch=True, progress=False)
        assert (again.cached, again.sent, fake.stats["batches"]) == (5, 0, 1)


def test_crashed_batch_run_resumes_polling_instead_of_resubmitting(
    tmp_path: Path, fake: FakeLLM
) -> None:
    fake.batch_delay_s = 0.3
    requests = make_requests(4)
    teacher = openai_teacher(fake)
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        first = run_requests(
            requests, teacher, ledger, batch=True, batch_wait=False, progress=False
        )
        assert len(first.pending_batches) == 1 and first.responses == {}
        assert ledger.status_counts() == {"batched": 4}
        row = ledger.row(teacher.request_key(requests[0]))
        assert row is not None and row.batch_id == first.pending_batches[0]
    # a new process: even without --batch it collects the open batch, sends nothing new
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        second = run_requests(requests, teacher, ledger, batch_poll_s=0.05, progress=False)
        assert second.outcomes == {"answered": 4} and second.sent == 0
        assert fake.stats["batches"] == 1 and fake.generation_calls() == 0
        assert ledger.status_counts() == {"answered": 4}


def test_budget_limits_what_is_submitted(tmp_path: Path, fake: FakeLLM) -> None:
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        result = run_requests(
            make_requests(10),
            openai_teacher(fake),
            ledger,
            batch=True,
            batch_poll_s=0.05,
            max_cost_usd=0.004,
            progress=False,
        )
    assert result.stopped is not None and "budget" in result.stopped
    assert 0 < result.sent < 10 and result.cost_usd <= 0.004


def test_batch_needs_a_batch_api(fake: FakeLLM, tmp_path: Path) -> None:
    local = make_teacher(f"openai-compatible:local-vlm@{fake.openai_base_url}")
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        with pytest.raises(TeacherError, match="no batch API"):
            run_requests(make_requests(1), local, ledger, batch=True, progress=False)
        offline = run_requests(
            make_requests(2), make_teacher("offline"), ledger, batch=True, progress=False
        )
    assert offline.outcomes == {"answered": 2} and offline.responses
    assert all(r.outcome == Outcome.ANSWERED for r in offline.responses.values())
