"""The optional judge rule: a model reads each record that passed the deterministic rules,
with its ground truth, under a versioned rubric, and its verdict becomes the rule ``judge``.

The rubric is ``recipes/prompts/judge/rubric.v<N>.yaml``; its id and content hash are in
every request key, so a new rubric version asks again and an unchanged one costs nothing on
a re-run (the answers are in the workspace's ledger). Requests go through the same engine as
synthesis (``teach.engine.run_requests``: ledger, cache, budget, batch). The judge sees the
record's text and truth, never the image: it checks that the words agree with the truth,
which the deterministic rules can only approximate. An answer that does not fit the schema
is asked again once with the reason; a judge that still gives no verdict fails the record
with that reason, so nothing unjudged passes as judged.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from iad_data.errors import InputError, TeacherError
from iad_data.teach.requests import SamplingParams, Teacher, TeacherRequest, TeacherTask

TASK = "judge"
RULE = "judge"
RUBRIC = "judge/rubric.v1"
PARAMS = SamplingParams(temperature=0.0, max_tokens=400)
MAX_ATTEMPTS = 2
"""a malformed judge answer is asked again once, with the reason"""


class JudgeVerdict(BaseModel):
    """What the judge returns for one record."""

    model_config = ConfigDict(extra="forbid")

    verdict: Literal["pass", "fail"]
    reasons: list[str] = Field(
        description="for a fail, one per problem: the check's name and the record's words quoted"
    )


def _no_offline_judge(request: TeacherRequest) -> JudgeVerdict:
    raise TeacherError(
        "the offline teacher cannot judge records (it only restates the ground truth); give "
        "--judge a model, e.g. gpt-4.1-mini or claude-haiku-4-5."
    )


TEACHER_TASK = TeacherTask(TASK, JudgeVerdict, _no_offline_judge)
"""the judge's teacher request: ledger name, answer model; no offline answer exists"""


def record_text(record: BaseModel) -> str:
    """The record as the judge reads it: its turns (image tokens dropped), role first."""
    messages: Any = getattr(record, "messages", [])
    lines = []
    for message in messages:
        if message.role == "system":
            continue
        content = message.content.replace("<image>", "[image]").strip()
        lines.append(f"{message.role.upper()}: {content}")
    return "\n\n".join(lines)


def truth_text(record: BaseModel) -> str:
    truth: Any = getattr(record, "truth", None)
    data = truth.model_dump(mode="json") if isinstance(truth, BaseModel) else {}
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def judge_request(record: BaseModel, *, attempt: int = 1, problem: str = "") -> TeacherRequest:
    """The request that asks the judge about one record (``problem``: why the last answer
    could not be used)."""
    from iad_data.core.prompts import load_template

    template = load_template(RUBRIC)
    config = str(getattr(record, "config", ""))
    system, user = template.render(
        record_set=config, truth=truth_text(record), record=record_text(record)
    )
    if problem:
        user += f"\n\nYour previous answer could not be used ({problem}). Answer again."
    return TeacherRequest(
        task=TASK,
        sample_id=str(getattr(record, "sample_id", "") or "") or None,
        template_id=template.template_id,
        template_hash=template.hash,
        system=system,
        user_text=user,
        response_model=TEACHER_TASK.response_model,
        answer_offline=TEACHER_TASK.answer_offline,
        params=PARAMS,
        context={"record_id": str(getattr(record, "record_id", ""))},
        attempt=attempt,
    )


@dataclass
class Judge:
    """The judge rule for ``tasks.validate.validate_rows``: asks ``teacher`` about records,
    reading and writing answers in the ledger at ``ledger_path``."""

    teacher: Teacher
    ledger_path: Path
    max_cost_usd: float | None = None
    batch: bool = False
    concurrency: int = 8
    progress: bool = False
    rule: str = RULE
    sent: int = 0
    cached: int = 0
    cost_usd: float = 0.0
    stopped: str | None = None
    verdicts: dict[str, JudgeVerdict] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.teacher.name

    def judge(self, records: Sequence[tuple[str, BaseModel]]) -> dict[str, list[str]]:
        """Record id -> the judge's reasons to fail it (absent: passed)."""
        from iad_data.tasks.registry import response_models
        from iad_data.teach.engine import run_requests
        from iad_data.teach.ledger import Ledger
        from iad_data.teach.requests import Outcome

        out: dict[str, list[str]] = {}
        problems: dict[str, str] = {}
        pending = dict(records)
        budget_left = self.max_cost_usd
        self.ledger_path.parent.mkdir(parents=True, exist_ok=True)
        with Ledger(self.ledger_path, response_models()) as ledger:
            for attempt in range(1, MAX_ATTEMPTS + 1):
                if not pending or self.stopped:
                    break
                requests = {
                    rid: judge_request(rec, attempt=attempt, problem=problems.get(rid, ""))
                    for rid, rec in pending.items()
                }
                run = run_requests(
                    list(requests.values()),
                    self.teacher,
                    ledger,
                    concurrency=self.concurrency,
                    max_cost_usd=budget_left,
                    batch=self.batch,
                    progress=self.progress,
                )
                self.sent += run.sent
                self.cached += run.cached
                self.cost_usd += run.cost_usd
                if budget_left is not None:
                    budget_left = max(0.0, budget_left - run.cost_usd)
                retry: dict[str, BaseModel] = {}
                for rid, request in requests.items():
                    response = run.responses.get(self.teacher.request_key(request))
                    if response is None:
                        out[rid] = [f"not judged: {run.stopped or 'no answer'}; run again"]
                        continue
                    parsed = response.parsed
                    if response.outcome == Outcome.ANSWERED and isinstance(parsed, JudgeVerdict):
                        self.verdicts[rid] = parsed
                        if parsed.verdict == "fail":
                            out[rid] = [r for r in parsed.reasons if r.strip()] or [
                                "the judge failed the record without a reason"
                            ]
                        continue
                    problems[rid] = f"{response.outcome.value}: {response.error or ''}".strip()
                    retry[rid] = pending[rid]
                if run.stopped:
                    self.stopped = run.stopped
                pending = retry
        for rid in pending:
            out[rid] = [
                f"the judge gave no usable verdict in {MAX_ATTEMPTS} attempts ({problems[rid]})"
            ]
        return out


def make_judge(
    spec: str | Teacher,
    ledger_path: str | Path,
    *,
    max_cost_usd: float | None = None,
    batch: bool = False,
    concurrency: int = 8,
    progress: bool = False,
    transport: str = "httpx",
) -> Judge:
    """A judge asking the teacher ``spec`` names (a missing key fails here), sending with the
    SDK's ``transport``."""
    from iad_data.teach.providers import make_teacher

    teacher = make_teacher(spec, transport=transport)
    if teacher.provider == "offline":
        raise InputError(
            "--judge offline: the offline teacher only restates the ground truth, so it cannot "
            "judge a record; name a model, e.g. --judge gpt-4.1-mini."
        )
    return Judge(
        teacher,
        Path(ledger_path),
        max_cost_usd=max_cost_usd,
        batch=batch,
        concurrency=concurrency,
        progress=progress,
    )


@dataclass(frozen=True)
class JudgeEstimate:
    """What judging ``records`` records would cost, by the dry-run estimate of the engine."""

    teacher: str
    records: int
    input_tokens: int
    output_tokens: int
    cost_usd: float
    batch: bool

    def per_thousand(self) -> float:
        return self.cost_usd * 1000 / self.records if self.records else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "teacher": self.teacher,
            "records": self.records,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "cost_usd": round(self.cost_usd, 4),
            "cost_per_1000_usd": round(self.per_thousand(), 4),
            "batch": self.batch,
        }


def estimate_judge_cost(
    records: Sequence[BaseModel], teacher: str | Teacher, *, batch: bool = False
) -> JudgeEstimate:
    """The engine's dry-run estimate (list prices of ``teach/prices.json``) of judging
    ``records`` once, against an empty ledger in a temporary folder."""
    import tempfile

    from iad_data.tasks.registry import response_models
    from iad_data.teach.engine import run_requests
    from iad_data.teach.ledger import Ledger
    from iad_data.teach.providers import make_teacher

    the_teacher = make_teacher(teacher)
    requests = [judge_request(r) for r in records]
    with (
        tempfile.TemporaryDirectory(prefix="iad-judge-estimate-") as tmp,
        Ledger(Path(tmp) / "ledger.sqlite", response_models()) as ledger,
    ):
        run = run_requests(requests, the_teacher, ledger, dry_run=True, batch=batch)
    return JudgeEstimate(
        the_teacher.name,
        len(requests),
        run.estimated_input_tokens,
        run.estimated_output_tokens,
        run.estimated_cost_usd or 0.0,
        batch,
    )


@dataclass
class JudgedFile:
    """``judge_path``'s outcome: the validation report (the judge's rule included), the
    judge's counts, and the records moved to the rejects file."""

    report: Any
    judge: Judge
    moved: list[str] = field(default_factory=list)
    rejects_path: Path | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.report.to_dict(),
            "judge": {
                "teacher": self.judge.name,
                "rubric": RUBRIC,
                "sent": self.judge.sent,
                "cached": self.judge.cached,
                "cost_usd": round(self.judge.cost_usd, 6),
                "stopped": self.judge.stopped,
                "moved_to_rejects": len(self.moved),
                "rejects_path": str(self.rejects_path) if self.rejects_path else None,
            },
        }


def workspace_of(path: Path, workspace: str | Path | None) -> Path:
    """The workspace whose ledger the judge uses: the one given, or the one holding the
    records file (``WORKSPACE/records/<set>.parquet``)."""
    if workspace is not None:
        return Path(workspace)
    if path.parent.name == "records":
        return path.parent.parent
    raise InputError(
        f"{path} is not in a workspace's records/ folder; give -w WORKSPACE for the judge's "
        "ledger (its answers are kept there, so a re-run costs nothing)."
    )


def judge_path(
    path: str | Path,
    teacher: str | Teacher,
    *,
    workspace: str | Path | None = None,
    max_cost_usd: float | None = None,
    batch: bool = False,
    progress: bool = False,
    wait: bool = False,
) -> JudgedFile:
    """Validate a records file with the judge rule after the deterministic ones.

    When the file is the workspace's own ``records/<set>.parquet``, records the judge fails
    move to ``rejects/<set>.jsonl`` with its reasons (the workspace's lock is held), so they
    are not published; any other file is only reported on.
    """
    from iad_data.core.lock import workspace_lock
    from iad_data.core.workspace import Workspace
    from iad_data.tasks.validate import validate_path

    source = Path(path)
    ws = Workspace(workspace_of(source, workspace))
    judge = make_judge(
        teacher, ws.ledger_path, max_cost_usd=max_cost_usd, batch=batch, progress=progress
    )
    found: dict[str, list[str]] = {}

    def keep(record_id: str, findings: dict[str, list[str]]) -> None:
        if findings.get(judge.rule) and len(findings) == 1:
            found[record_id] = findings[judge.rule]

    with workspace_lock(ws, "validate --judge", wait=wait):
        report = validate_path(source, progress=progress, on_record=keep, judge=judge)
        out = JudgedFile(report, judge)
        config = report.config or ""
        own = ws.records_path(config)
        if found and source.suffix == ".parquet" and own.exists() and own.samefile(source):
            out.moved = _move_to_rejects(ws, config, found, judge)
            out.rejects_path = ws.rejects_path(config)
    return out


def _move_to_rejects(
    ws: Any, config: str, reasons: dict[str, list[str]], judge: Judge
) -> list[str]:
    """Take the judged-out records out of the records file and into its rejects file."""
    from iad_data.core.table import to_frame
    from iad_data.core.workspace import atomic_write
    from iad_data.tasks import store
    from iad_data.tasks.registry import record_sets

    model = record_sets().get(config).record_model
    path = ws.records_path(config)
    records = store.read_records(path, model, "iad-data validate --judge")
    moved = sorted(r for r in reasons if r in records)
    rejects = [_reject_row(rid, records[rid], reasons[rid], judge) for rid in moved]
    kept = [records[k] for k in sorted(records) if k not in reasons]

    def write(tmp: Path) -> None:
        to_frame(model, kept).write_parquet(tmp, compression="zstd", statistics=False)

    atomic_write(path, write)
    store.write_rejects(ws.rejects_path(config), rejects, set())
    return moved


def _reject_row(record_id: str, record: Any, reasons: list[str], judge: Judge) -> dict[str, Any]:
    """A rejects-file row for a record the judge failed: its reasons and the record."""
    return {
        "record_id": record_id,
        "sample_id": record.sample_id,
        "teacher": record.provenance.teacher,
        "judge": judge.name,
        "rubric": RUBRIC,
        "attempts": record.provenance.attempts,
        "ledger_keys": list(record.provenance.ledger_keys),
        "findings": {judge.rule: reasons},
        "answer": record.model_dump(mode="json"),
    }


def judge_records(
    records: dict[str, Any],
    teacher: str | Teacher,
    ledger_path: str | Path,
    *,
    max_cost_usd: float | None = None,
    batch: bool = False,
    concurrency: int = 8,
    progress: bool = False,
    transport: str = "httpx",
) -> tuple[dict[str, Any], list[dict[str, Any]], Judge]:
    """The synthesis commands' judge step: (records the judge passed, rejects rows of the
    ones it failed, with its reasons under the rule ``judge``, the judge with its counts)."""
    judge = make_judge(
        teacher,
        ledger_path,
        max_cost_usd=max_cost_usd,
        batch=batch,
        concurrency=concurrency,
        progress=progress,
        transport=transport,
    )
    reasons = judge.judge(list(records.items())) if records else {}
    kept = {rid: r for rid, r in records.items() if rid not in reasons}
    rejects = [_reject_row(rid, records[rid], reasons[rid], judge) for rid in sorted(reasons)]
    return kept, rejects, judge


def judge_summary(judge: Judge, rejected: int) -> dict[str, Any]:
    """What a synthesis result says of its judge step (``extra["judge"]``)."""
    return {
        "teacher": judge.name,
        "rubric": RUBRIC,
        "sent": judge.sent,
        "cached": judge.cached,
        "cost_usd": round(judge.cost_usd, 6),
        "rejected": rejected,
        "stopped": judge.stopped,
    }


def drop_records(path: Path, model: Any, record_ids: set[str], command: str) -> int:
    """Remove ``record_ids`` from a records file written by an earlier run (a record the
    judge fails now must not stay published); returns how many were there."""
    from iad_data.core.table import to_frame
    from iad_data.core.workspace import atomic_write
    from iad_data.tasks import store

    if not record_ids or not path.exists():
        return 0
    records = store.read_records(path, model, command)
    gone = record_ids & set(records)
    if gone:
        kept = [records[k] for k in sorted(records) if k not in gone]

        def write(tmp: Path) -> None:
            to_frame(model, kept).write_parquet(tmp, compression="zstd", statistics=False)

        atomic_write(path, write)
    return len(gone)


__all__ = [
    "RUBRIC",
    "RULE",
    "TEACHER_TASK",
    "Judge",
    "JudgeEstimate",
    "JudgeVerdict",
    "JudgedFile",
    "drop_records",
    "estimate_judge_cost",
    "judge_path",
    "judge_records",
    "judge_request",
    "judge_summary",
    "make_judge",
    "record_text",
]
