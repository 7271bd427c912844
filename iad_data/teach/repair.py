"""The ask, validate, re-ask loop every teacher-written record set shares.

One round sends the requests of every pending item through the engine (ledger-cached);
each answer is judged (built into a record and run through the rules). An item whose record
fails goes back to the teacher with the findings in the next round (the attempt number is in
the request, hence in its ledger key), until it passes or ``max_attempts`` is spent. A run
the budget stops keeps what came back; the rest is sent by the next run.

Before the first round, a workspace whose ledger is missing or empty while its ``records/``
cite teacher answers (``provenance.ledger_keys``) is refused: the answers those records were
built from would all be bought again. The message says how to restore the ledger, or to
rebuild it on purpose (``rebuild_ledger=True``, ``--rebuild-ledger``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from iad_data.core.engines import Engine
from iad_data.core.results import SynthesisResult
from iad_data.core.rules import Findings, flat_findings
from iad_data.core.workspace import Workspace
from iad_data.errors import WorkspaceError
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
    rebuild_ledger: bool = False,
    engine: Engine | None = None,
    loops: int | None = None,
) -> Repaired[R] | None:
    """Ask, judge and re-ask ``items``; None on a dry run (its estimate is in ``result``).

    ``keep_failing``: accept a record whatever the rules found, and never re-ask (blind
    runs, which measure the teacher). Counts and cost are added to ``result``; a budget stop
    sets ``result.stopped``. ``models``: every teacher task's answer model
    (``iad_data.tasks.registry``), so answers of an older batch of another task are read too.
    ``rebuild_ledger``: go on when the ledger is missing or empty although ``records/`` cite
    its answers (they are bought again); refused otherwise (see the module doc).
    ``engine`` and ``loops``: how the requests are sent (``teach.engine.run_requests``).
    """
    from iad_data.teach.engine import run_requests
    from iad_data.teach.ledger import Ledger

    out: Repaired[R] = Repaired(keys={item: [] for item in items})
    feedback: dict[str, list[str]] = {}
    pending = list(items)
    spent = 0.0
    if not rebuild_ledger and not ledger_path.exists():
        check_ledger_backs_records(ledger_path, None)
    with Ledger(ledger_path, models) as ledger:
        if not rebuild_ledger:
            check_ledger_backs_records(ledger_path, ledger.count())
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
                engine=engine,
                loops=loops,
            )
            spent += answered.cost_usd
            result.tally(answered)
            if dry_run:
                result.estimated_cost_usd = answered.estimated_cost_usd
                return None
            retry: list[str] = []
            for item in pending:
                key = teacher.request_key(requests[item])
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


def cited_answers(workspace: Workspace) -> dict[str, int]:
    """Records per records file that cite a teacher answer of the ledger (offline answers
    cost nothing to rebuild and are left out); unreadable files are left to their readers."""
    import polars as pl

    cited: dict[str, int] = {}
    if not workspace.records_dir.is_dir():
        return cited
    for path in sorted(workspace.records_dir.glob("*.parquet")):
        try:
            provenance = pl.scan_parquet(path).select(
                pl.col("provenance").struct.field("teacher"),
                pl.col("provenance").struct.field("ledger_keys").list.len().alias("keys"),
            )
            n = (
                provenance.filter(
                    ~pl.col("teacher").str.starts_with("offline") & (pl.col("keys") > 0)
                )
                .select(pl.len())
                .collect()
                .item()
            )
        except Exception:  # polars raises many types for a file that is not a records table
            continue
        if n:
            cited[path.name] = int(n)
    return cited


def check_ledger_backs_records(ledger_path: Path, rows: int | None) -> None:
    """Refuse a run that would buy again the answers ``records/`` were built from: the
    ledger is missing (``rows`` None) or empty while records cite teacher answers."""
    workspace = Workspace(ledger_path.parent)
    if workspace.ledger_path != ledger_path or rows:
        return
    cited = cited_answers(workspace)
    if not cited:
        return
    state = "missing" if rows is None else "empty"
    files = ", ".join(f"records/{name} ({n})" for name, n in cited.items())
    raise WorkspaceError(
        f"the ledger {ledger_path} is {state}, but {sum(cited.values())} record(s) in "
        f"{files} were built from teacher answers it held: running now would buy every one "
        f"of them again. Restore ledger.sqlite from a backup into {workspace.path} (the "
        "records stay as they are), or, to buy the answers again on purpose, run with "
        "--rebuild-ledger (rebuild_ledger: true in the recipe's task section; "
        "rebuild_ledger=True in Python), or delete those records files first."
    )


__all__ = [
    "Build",
    "Judge",
    "Judged",
    "Repaired",
    "check_ledger_backs_records",
    "cited_answers",
    "repair_loop",
]
