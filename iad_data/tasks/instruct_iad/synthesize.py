"""``synthesize_instruct``: InstructIAD template QA and CoT-M conversations for a workspace.

For each labelled sample (after ``categories`` and ``limit``):

1. ground truth + the category's process knowledge (``recipes/processes``) -> ``InstructTruth``;
2. ROI boxes from the mask regions, or from ``expert_maps`` (``iad_data.tasks.instruct_iad.roi``);
3. template QA records, one per task that applies (no teacher);
4. unless ``templates_only``: one teacher CoT-M conversation per sample whose category (and
   defect type) the knowledge covers, sent through the engine and the ledger; a conversation
   that fails a rule goes back to the teacher with the findings, up to ``max_attempts``.

Valid records go to ``records/instruct_iad.parquet`` (merged with the records of earlier runs,
an unchanged record keeping its old bytes); records that never passed go to
``rejects/instruct_iad.jsonl`` with the findings per rule. Every teacher answer is in the
ledger, so a run that stopped (budget, crash) resumes where it was by running it again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl
from tqdm import tqdm

from iad_data.core.engines import Engine
from iad_data.core.lock import lock_unless
from iad_data.core.options import make_options, require_teacher
from iad_data.core.results import SynthesisResult
from iad_data.core.rules import Findings, Rule, run_rules
from iad_data.core.sample import Label, Sample
from iad_data.core.table import from_frame
from iad_data.core.workspace import Workspace
from iad_data.errors import InputError
from iad_data.knowledge.process import ProcessKnowledge, load_process
from iad_data.tasks import store as record_store
from iad_data.tasks.instruct_iad.options import InstructOptions
from iad_data.tasks.instruct_iad.record import (
    CONFIG,
    TEMPLATE_TASKS,
    InstructConversation,
    InstructRecord,
    InstructTruth,
    build_truth,
)
from iad_data.tasks.instruct_iad.roi import (
    RoiBox,
    check_maps_dir,
    expert_rois,
    rois_from_regions,
)
from iad_data.tasks.instruct_iad.rules import INSTRUCT_RULES, rules_for
from iad_data.tasks.instruct_iad.teacher import conversation_record, cot_template, teacher_request
from iad_data.tasks.instruct_iad.templates import skip_reason, template_record
from iad_data.teach.repair import Judged, repair_loop
from iad_data.teach.requests import Teacher, TeacherRequest, TeacherResponse


def resolve_tasks(tasks: Sequence[str] | None) -> list[str]:
    """The template tasks asked for, in the canonical order; InputError for an unknown one."""
    if not tasks:
        return list(TEMPLATE_TASKS)
    unknown = [t for t in tasks if t not in TEMPLATE_TASKS]
    if unknown:
        raise InputError(
            f"unknown instruction task {', '.join(unknown)}; choose from "
            f"{', '.join(TEMPLATE_TASKS)}."
        )
    return [t for t in TEMPLATE_TASKS if t in tasks]


def select_samples(
    frame: pl.DataFrame, categories: Sequence[str] | None, limit: int | None
) -> list[Sample]:
    """Labelled samples of ``categories``, in sample-id order, at most ``limit``."""
    frame = frame.filter(pl.col("label") != Label.UNLABELED.value)
    if categories:
        known = set(frame["category"].unique().to_list())
        missing = [c for c in categories if c not in known]
        if missing:
            raise InputError(
                f"no labelled samples of categories {', '.join(missing)} in the workspace; "
                f"known: {', '.join(sorted(known)) or 'none'}."
            )
        frame = frame.filter(pl.col("category").is_in(list(categories)))
    if limit is not None:
        if limit < 1:
            raise InputError(f"--limit must be at least 1, not {limit}.")
        frame = frame.sort("sample_id").head(limit)
    return sorted(from_frame(Sample, frame), key=lambda s: s.sample_id)


class _Run:
    """State of one synthesize_instruct call: what was written, rejected, skipped."""

    def __init__(self) -> None:
        self.records: dict[str, InstructRecord] = {}
        self.rejects: list[dict[str, Any]] = []
        self.rule_failures: Counter[str] = Counter()
        self.skipped: Counter[str] = Counter()
        self.by_task: Counter[str] = Counter()
        self.repaired = 0

    def accept(self, record: InstructRecord) -> None:
        self.records[record.record_id] = record
        self.by_task[record.task] += 1

    def reject(
        self,
        record_id: str,
        sample: Sample,
        task: str,
        findings: Findings,
        *,
        attempts: int,
        teacher: str,
        ledger_keys: Sequence[str] = (),
        answer: Any = None,
    ) -> None:
        self.rule_failures.update(findings.keys())
        self.rejects.append(
            {
                "record_id": record_id,
                "sample_id": sample.sample_id,
                "task": task,
                "teacher": teacher,
                "attempts": attempts,
                "ledger_keys": list(ledger_keys),
                "findings": findings,
                "answer": answer,
            }
        )


@dataclass
class _Plan:
    """What a run works on: the samples with their truth, knowledge and ROI boxes."""

    samples: list[Sample]
    truths: dict[str, InstructTruth]
    knowledge: dict[tuple[str, str], ProcessKnowledge | None]
    rois: dict[str, list[RoiBox]]
    tasks: list[str]
    seed: int
    variants: int
    built_at: str
    """created_at of template records: when the sample table (their only input) was written"""
    rules: tuple[Rule[InstructRecord, InstructTruth], ...] = INSTRUCT_RULES
    """the rules with the stage's length bounds (``rules_for``)"""

    def knowledge_of(self, sample: Sample) -> ProcessKnowledge | None:
        return self.knowledge[(sample.dataset, sample.category)]


def _templates(run: _Run, plan: _Plan, progress: bool) -> None:
    samples = plan.samples
    for sample in tqdm(samples, desc="instruct templates", unit="img", disable=not progress):
        truth = plan.truths[sample.sample_id]
        know = plan.knowledge_of(sample)
        for task in plan.tasks:
            reason = skip_reason(task, truth)
            if reason is not None:
                if reason != "normal_sample":
                    run.skipped[f"{task}:{reason}"] += 1
                continue
            for copy in range(plan.variants):
                record = template_record(
                    task,
                    sample,
                    truth,
                    know,
                    seed=plan.seed,
                    copy=copy,
                    roi=plan.rois[sample.sample_id],
                    created_at=plan.built_at,
                )
                if record is None:
                    break
                findings = run_rules(plan.rules, record, truth)
                if findings:
                    run.reject(
                        record.record_id,
                        sample,
                        task,
                        findings,
                        attempts=1,
                        teacher=record.provenance.teacher,
                        answer=record.model_dump(mode="json"),
                    )
                else:
                    run.accept(record)


def _conversations(
    run: _Run,
    result: SynthesisResult,
    plan: _Plan,
    teacher: Teacher,
    ws: Workspace,
    *,
    max_attempts: int,
    rebuild_ledger: bool = False,
    max_cost_usd: float | None,
    dry_run: bool,
    batch: bool,
    concurrency: int,
    progress: bool,
    engine: Engine | None = None,
    loops: int | None = None,
) -> None:
    """One CoT-M conversation per sample the knowledge covers, repaired up to max_attempts."""

    truths, rois = plan.truths, plan.rois
    roots = ws.dataset_roots()
    pending: list[Sample] = []
    for sample in plan.samples:
        truth = truths[sample.sample_id]
        if plan.knowledge_of(sample) is None:
            run.skipped["cot_m:no_knowledge"] += 1
        elif truth.label == "anomaly" and not truth.cause_steps:
            run.skipped["cot_m:defect_not_in_knowledge"] += 1
        else:
            pending.append(sample)
    images = {s.sample_id: ws.image_file(s.dataset, s.image_path, roots) for s in pending}
    by_id = {s.sample_id: s for s in pending}
    template = cot_template()

    def build(sid: str, attempt: int, findings: Sequence[str]) -> TeacherRequest:
        sample = by_id[sid]
        return teacher_request(
            sample,
            truths[sid],
            plan.knowledge_of(sample),  # type: ignore[arg-type]
            images[sid],
            plan.tasks,
            attempt=attempt,
            feedback=findings,
        )

    def judge(
        sid: str, response: TeacherResponse, attempt: int, keys: list[str]
    ) -> Judged[InstructRecord]:
        assert response.parsed is not None
        sample = by_id[sid]
        know = plan.knowledge_of(sample)
        assert know is not None
        conversation = InstructConversation.model_validate(response.parsed.model_dump())
        record = conversation_record(
            conversation,
            sample,
            truths[sid],
            know,
            teacher=teacher.name,
            template=template,
            attempts=attempt,
            ledger_keys=keys,
            roi=rois[sid],
        )
        findings = run_rules(plan.rules, record, truths[sid])
        return Judged(record, findings, conversation.model_dump(mode="json"))

    from iad_data.tasks.registry import response_models

    done = repair_loop(
        list(by_id),
        build,
        judge,
        teacher=teacher,
        ledger_path=ws.ledger_path,
        result=result,
        max_attempts=max_attempts,
        max_cost_usd=max_cost_usd,
        dry_run=dry_run,
        batch=batch,
        concurrency=concurrency,
        engine=engine,
        loops=loops,
        progress=progress,
        models=response_models(),
        rebuild_ledger=rebuild_ledger,
    )
    if done is None:  # dry run
        return
    for sid in sorted(done.accepted):
        run.accept(done.accepted[sid])
    run.repaired += done.repaired
    for sid, judged in sorted(done.failed.items()):
        run.reject(
            f"{CONFIG}.{sid}.cot_m",
            by_id[sid],
            "cot_m",
            judged.findings,
            attempts=max_attempts,
            teacher=teacher.name,
            ledger_keys=done.keys[sid],
            answer=judged.answer,
        )


def synthesize_instruct(
    workspace: str | Path | Workspace,
    options: InstructOptions | None = None,
    *,
    dry_run: bool = False,
    progress: bool = True,
    wait: bool = False,
    **overrides: Any,
) -> SynthesisResult:
    """Write ``instruct_iad`` records for the workspace (see the module doc for the steps).

    ``options`` (or its fields as keywords) are the stage's ``InstructOptions``; ``teacher``
    may also be a ``Teacher`` object. ``processes``: a folder laid out like
    ``recipes/processes`` (``<dataset>/<category>.yaml``) whose files win over the shipped ones
    (default ``WORKSPACE/processes``), e.g. a factory's reviewed drafts; ``$IAD_DATA_PROCESSES``
    is searched next. ``variants``: template QA records per sample and task, each with another
    phrasing. ``batch``: send the CoT-M requests through the provider's batch API.

    Records of samples no longer in the samples table are moved to the rejects file as stale
    rows (``tasks.store``). The workspace's lock is held throughout (``iad_data.core.lock``):
    while another command writes the workspace the run is refused with ``WorkspaceLocked``,
    or waits with ``wait``; a dry run takes no lock.
    """
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    with lock_unless(dry_run, ws, "synthesize-instruct", wait=wait):
        return _synthesize_instruct(ws, options, dry_run=dry_run, progress=progress, **overrides)


def _synthesize_instruct(
    workspace: str | Path | Workspace,
    options: InstructOptions | None = None,
    *,
    dry_run: bool = False,
    progress: bool = True,
    **overrides: Any,
) -> SynthesisResult:
    given = overrides.get("teacher")
    teacher_object = overrides.pop("teacher") if isinstance(given, Teacher) else None
    opts = make_options(InstructOptions, options, overrides, "synthesize_instruct")
    given_teacher = teacher_object or opts.teacher
    tasks, templates_only, limit = opts.tasks, opts.templates_only, opts.limit
    categories, max_cost_usd, max_attempts = opts.categories, opts.max_cost_usd, opts.max_attempts
    expert_maps, seed, roi_threshold = opts.expert_maps, opts.seed, opts.roi_threshold
    concurrency, processes, variants, batch = (
        opts.concurrency,
        opts.processes,
        opts.variants,
        opts.batch,
    )
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    chosen = resolve_tasks(tasks)
    if max_attempts < 1:
        raise InputError(f"--max-attempts must be at least 1, not {max_attempts}.")
    if variants < 1:
        raise InputError(f"--variants must be at least 1, not {variants}.")
    the_teacher: Teacher | None = None
    if not templates_only:
        from iad_data.teach.providers import make_teacher

        teacher: str | Teacher = require_teacher(given_teacher, "synthesize_instruct")
        the_teacher = make_teacher(
            teacher, timeout_s=opts.timeout_s, transport=opts.transport
        )  # a missing key fails here
    frame = ws.require_samples()
    samples = select_samples(frame, categories, limit)
    user_dir = Path(processes) if processes is not None else ws.processes_dir
    knowledge: dict[tuple[str, str], ProcessKnowledge | None] = {}
    for dataset, category in sorted({(s.dataset, s.category) for s in samples}):
        knowledge[(dataset, category)] = load_process(dataset, category, user_dir=user_dir)
    types = frame.group_by("dataset", "category").agg(pl.col("defect_type").unique())
    category_types = {(r[0], r[1]): sorted(r[2]) for r in types.iter_rows()}
    truths = {
        s.sample_id: build_truth(
            s, knowledge[(s.dataset, s.category)], category_types.get((s.dataset, s.category), [])
        )
        for s in samples
    }
    rois: dict[str, list[RoiBox]] = {}
    missing_maps = 0
    if expert_maps is not None:
        maps_dir = Path(expert_maps)
        check_maps_dir(maps_dir, samples)
        for s in samples:
            boxes = expert_rois(maps_dir, s, threshold=roi_threshold)
            missing_maps += boxes is None
            rois[s.sample_id] = boxes or []
    else:
        rois = {s.sample_id: rois_from_regions(s) for s in samples}

    built_at = record_store.file_time(ws.samples_path)
    plan = _Plan(
        samples, truths, knowledge, rois, chosen, seed, variants, built_at, rules_for(opts)
    )
    result = SynthesisResult(config=CONFIG, samples=len(samples), dry_run=dry_run)
    run = _Run()
    _templates(run, plan, progress)
    if the_teacher is not None:
        _conversations(
            run,
            result,
            plan,
            the_teacher,
            ws,
            max_attempts=max_attempts,
            max_cost_usd=max_cost_usd,
            dry_run=dry_run,
            batch=batch,
            concurrency=concurrency,
            progress=progress,
            rebuild_ledger=opts.rebuild_ledger,
            engine=opts.mapper(),
            loops=opts.loops,
        )
    result.rule_failures = dict(sorted(run.rule_failures.items()))
    result.rejected = len(run.rejects)
    result.extra = {
        "tasks": chosen,
        "teacher": the_teacher.name if the_teacher is not None else None,
        "by_task": dict(sorted(run.by_task.items())),
        "skipped": dict(sorted(run.skipped.items())),
        "repaired": run.repaired,
        "roi_source": "expert_map" if expert_maps is not None else "ground_truth",
        "expert_maps_missing": missing_maps,
        "categories_without_knowledge": sorted(
            f"{d}/{c}" for (d, c), k in knowledge.items() if k is None
        ),
        "seed": seed,
        "variants": variants,
    }
    if dry_run:
        result.extra["valid_not_written"] = len(run.records)
        return result
    records_path = ws.records_path(CONFIG)
    rejects_path = ws.rejects_path(CONFIG)
    if opts.judge:  # the judge rule (tasks.judge): its fails go to rejects
        from iad_data.tasks import judge as judging

        left = None if max_cost_usd is None else max(0.0, max_cost_usd - result.cost_usd)
        run.records, judged_out, judge = judging.judge_records(
            run.records,
            opts.judge,
            ws.ledger_path,
            max_cost_usd=left,
            batch=batch,
            transport=opts.transport,
        )
        run.rejects += judged_out
        result.rejected += len(judged_out)
        if judged_out:
            result.rule_failures["judge"] = len(judged_out)
        result.cost_usd += judge.cost_usd
        result.extra["judge"] = judging.judge_summary(judge, len(judged_out))
        ids = {r["record_id"] for r in judged_out}
        judging.drop_records(records_path, InstructRecord, ids, "iad-data synthesize-instruct")
    records = record_store.stamp_from_ledger(run.records, ws.ledger_path)
    saved = record_store.save_records(
        records_path,
        rejects_path,
        InstructRecord,
        records,
        run.rejects,
        known=set(frame["sample_id"].to_list()),
        samples_path=ws.samples_path,
        command="iad-data synthesize-instruct",
    )
    result.written = saved.written
    result.extra["stale"] = saved.stale
    result.extra["stale_rejects"] = saved.stale_rejects
    result.records_path = records_path
    result.rejects_path = rejects_path
    record_store.check_pinned(opts.prompts, records_path)
    return result


__all__ = ["resolve_tasks", "select_samples", "synthesize_instruct"]
