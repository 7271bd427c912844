"""The ask, validate, re-ask loop every teacher-written record set shares.

One round sends the requests of every pending item through the engine (ledger-cached);
each answer is judged (built into a record and run through the rules). An item whose record
fails goes back to the teacher with the findings in the next round (the attempt number is in
the request, hence in its ledger key), until it passes or ``max_attempts`` is spent. A run
the budget stops keeps what came back; the rest is sent by the next run.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from iad_data.core.results import SynthesisResult
from iad_data.core.rules import Findings, flat_findings
from iad_data.teach.requests import Outcome, Teacher, TeacherRequest, TeacherResponse

R = TypeVar("R")


@dataclass
class Judged(Generic[R]):
    """One answer made into a record (None when it could not be) and what the rules found."""

    record: R | None
    findings: Findings
    answer: Any
    """what to keep in the rejects file: the structured answer or the raw text"""


@dataclass
class Repaired(Generic[R]):
    """What the loop ends with, per item id."""

    accepted: dict[str, R] = field(default_factory=dict)
    failed: dict[str, Judged[R]] = field(default_factory=dict)
    """items that never passed (attempts spent): their last judgement"""
    keys: dict[str, list[str]] = field(default_factory=dict)
    """ledger keys of every attempt sent, in order"""
    findings: dict[str, Findings] = field(default_factory=dict)
    """findings of accepted records (only with ``keep_failing``)"""
    repaired: int = 0
    """items accepted after more than one attempt"""


Build = Callable[[str, int, Sequence[str]], TeacherRequest]
"""(item id, attempt, findings of the last attempt) -> request"""
Judge = Callable[[str, TeacherResponse, int, list[str]], Judged[R]]
"""(item id, answered response, attempt, ledger keys so far) -> judgement"""


def repair_loop(
    items: Sequence[str],
    build: Build,
    judge: Judge[R],
    *,
    teacher: Teacher,
    ledger_path: Path,
    result: SynthesisResult,
    max_attempts: int,
    max_cost_usd: float | None = None,
    dry_run: bool = False,
    batch: bool = False,
    concurrency: int = 8,
    progress: bool = True,
    keep_failing: bool = False,
    models: Mapping[str, type[BaseModel]] | None = None,
) -> Repaired[R] | None:
    """Ask, judge and re-ask ``items``; None on a dry run (its estimate is in ``result``).

    ``keep_failing``: accept a record whatever the rules found, and never re-ask (blind
    runs, which measure the teacher). Counts and cost are added to ``result``; a budget stop
    sets ``result.stopped``. ``models``: every teacher task's answer model
    (``iad_data.tasks.registry``), so answers of an older batch of another task are read too.
    """
    from iad_data.teach.engine import run_requests
    from iad_data.teach.ledger import Ledger

    out: Repaired[R] = Repaired(keys={item: [] for item in items})
    feedback: dict[str, list[str]] = {}
    pending = list(items)
    spent = 0.0
    with Ledger(ledger_path, models) as ledger:
        for attempt in range(1, max_attempts + 1):
            if not pending:
                break
            requests = {item: build(item, attempt, feedback.get(item, ())) for item in pending}
            budget = None if max_cost_usd is None else max(0.0, max_cost_usd - spent)
            answered = run_requests(
                list(requests.values()),
                teacher,
                ledger,
                concurrency=concurrency,
                max_cost_usd=budget,
                dry_run=dry_run,
                batch=batch,
                progress=progress,
            )
            spent += answered.cost_usd
            result.tally(answered)
            if dry_run:
                result.estimated_cost_usd = answered.estimated_cost_usd
                return None
            retry: list[str] = []
            for item in pending:
                key = requests[item].key(teacher.provider, teacher.model)
                response = answered.responses.get(key)
                if response is None:
                    continue  # not sent: the budget stopped the run; the next run resumes it
                out.keys[item].append(key)
                judged: Judged[R]
                if response.outcome != Outcome.ANSWERED or response.parsed is None:
                    problem = f"{response.outcome.value}: {response.error or ''}"
                    judged = Judged(None, {"teacher": [problem]}, response.raw_text)
                else:
                    judged = judge(item, response, attempt, list(out.keys[item]))
                if judged.record is not None and (keep_failing or not judged.findings):
                    out.accepted[item] = judged.record
                    out.failed.pop(item, None)
                    if keep_failing:
                        out.findings[item] = judged.findings
                    out.repaired += attempt > 1
                    continue
                out.failed[item] = judged
                feedback[item] = flat_findings(judged.findings)
                retry.append(item)
            if answered.stopped:
                result.stopped = answered.stopped
                out.failed.clear()  # nothing is final yet: the next run goes on from the ledger
                break
            pending = retry
    return out


__all__ = ["Build", "Judge", "Judged", "Repaired", "repair_loop"]
