"""``synthesize_cot``: Expert-AD (IAD-R1) reasoning traces for a workspace, validated.

Steps of one run:

1. pick samples: every labelled anomalous image with a mask, and ``normal_ratio`` normal
   images per anomalous one (chosen by a hash of the sample id, so the choice is stable);
   ``limit`` keeps that mix;
2. build one ``TeacherRequest`` per sample from ``recipes/prompts/expert_ad/*.v1.yaml``:
   grounded (default) with the ground truth and the category's process summary
   (``iad_data.knowledge.process``; a category without a knowledge file gets a one-line note), blind
   without the ground truth; ``reference`` adds a normal image of the same category first;
3. send them through the engine (ledger-cached: a re-run sends nothing it has paid for);
4. validate each trace with ``expert_ad_rules``; a failing trace is asked again with the
   findings, up to ``max_attempts`` (the attempt number is part of the request key);
5. write ``records/expert_ad.parquet`` (atomically; merged with earlier runs) and
   ``rejects/expert_ad.jsonl`` (traces that never passed, with their findings).

Blind runs write every answered trace, right or wrong, to ``records/expert_ad_blind.parquet``
with its scores, and never repair (the findings would leak the ground truth): ``iad-data
validate`` on that file gives the teacher's accuracy per category.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from iad_data.core.defect_types import TypeTable, load_type_table, readable
from iad_data.core.lock import lock_unless
from iad_data.core.options import make_options, require_teacher
from iad_data.core.prompts import PromptTemplate, load_template
from iad_data.core.records import Provenance
from iad_data.core.results import SynthesisResult
from iad_data.core.rules import Findings, run_rules
from iad_data.core.sample import Label, Sample
from iad_data.core.table import from_frame
from iad_data.core.version import __version__
from iad_data.core.workspace import Workspace
from iad_data.errors import InputError
from iad_data.tasks import store as record_store
from iad_data.tasks.expert_ad.offline import TEACHER_TASK
from iad_data.tasks.expert_ad.options import ExpertAdOptions
from iad_data.tasks.expert_ad.record import (
    CONFIG,
    TASK,
    ExpertAdRecord,
    ExpertAdTrace,
    ExpertAdTruth,
    build_record,
    one_shot_variant,
    truth_of,
)
from iad_data.tasks.expert_ad.rules import RULES, ExpertAdRule, rules_for, score_record
from iad_data.teach.repair import Judged, repair_loop
from iad_data.teach.requests import (
    ImageRef,
    SamplingParams,
    Teacher,
    TeacherRequest,
    TeacherResponse,
)

Mode = Literal["grounded", "blind"]
TEMPLATES: dict[str, str] = {"grounded": "expert_ad/grounded.v1", "blind": "expert_ad/blind.v1"}
BLIND_FILE = "expert_ad_blind"
PARAMS = SamplingParams(temperature=0.2, max_tokens=1500)


def _rank(sample_id: str, salt: str = "") -> str:
    return hashlib.sha256(f"{salt}\x00{sample_id}".encode()).hexdigest()


def select_samples(
    samples: Sequence[Sample],
    *,
    categories: Sequence[str] | None,
    limit: int | None,
    normal_ratio: float,
) -> tuple[list[Sample], Counter[str]]:
    """The samples to trace, sorted by id, and why others were skipped."""
    if normal_ratio < 0:
        raise InputError(f"--normal-ratio must be 0 or more, not {normal_ratio}.")
    if limit is not None and limit < 1:
        raise InputError(f"--limit must be at least 1, not {limit}.")
    skipped: Counter[str] = Counter()
    pool = [s for s in samples if s.label != Label.UNLABELED]
    if categories:
        known = {s.category for s in pool}
        missing = [c for c in categories if c not in known]
        if missing:
            raise InputError(
                f"no labelled samples of categories {', '.join(missing)} in the workspace; "
                f"known: {', '.join(sorted(known)) or 'none'}."
            )
        pool = [s for s in pool if s.category in categories]
    anomalous = []
    for sample in pool:
        if sample.label == Label.ANOMALY:
            if sample.location is None or not sample.regions:
                skipped["anomaly_without_mask"] += 1
            else:
                anomalous.append(sample)
    normals = sorted((s for s in pool if s.label == Label.NORMAL), key=lambda s: _rank(s.sample_id))
    wanted = round(normal_ratio * len(anomalous)) if anomalous else len(normals)
    if wanted < len(normals):
        skipped["normal_over_ratio"] += len(normals) - wanted
    chosen = anomalous + normals[:wanted]
    if limit is not None and len(chosen) > limit:
        skipped["over_limit"] += len(chosen) - limit
        chosen = sorted(chosen, key=lambda s: _rank(s.sample_id, "limit"))[:limit]
    return sorted(chosen, key=lambda s: s.sample_id), skipped


ReferencePools = tuple[list[Sample], list[Sample]]
"""a category's normals sorted by id: the train split's, then all of them"""


def reference_pools(normals: Sequence[Sample]) -> ReferencePools:
    """Sorted once per category, so picking a reference per query is a binary search."""
    every = sorted(normals, key=_sample_id)
    return [n for n in every if n.source_split.value == "train"], every


def _sample_id(sample: Sample) -> str:
    return sample.sample_id


def pick_reference(sample: Sample, normals: Sequence[Sample] | ReferencePools) -> Sample | None:
    """A normal sample of the same category (train split first), stable per query."""
    pools = normals if isinstance(normals, tuple) else reference_pools(normals)
    sid = sample.sample_id
    for pool in pools:  # the query itself is never its own reference
        at = bisect.bisect_left(pool, sid, key=_sample_id)
        has_self = at < len(pool) and pool[at].sample_id == sid
        size = len(pool) - has_self
        if size:
            index = int(_rank(sid, "reference")[:8], 16) % size
            chosen: Sample = pool[index + (has_self and index >= at)]
            return chosen
    return None


def truth_text(truth: ExpertAdTruth) -> str:
    """The ground truth as the grounded prompt states it."""
    if not truth.anomalous:
        return "- verdict: normal, no defect (answer No)"
    canonical = f" (canonical type: {truth.canonical_type})" if truth.canonical_type else ""
    boxes = json.dumps(truth.boxes)
    return (
        "- verdict: defective (answer Yes)\n"
        f"- defect type: {readable(truth.defect_type)}{canonical}\n"
        f"- grid word: {truth.location}\n"
        f"- boxes: {boxes}"
    )


def feedback_text(findings: Sequence[str], attempt: int) -> str:
    if not findings:
        return ""
    lines = "\n".join(f"- {f}" for f in findings)
    return (
        f"\nYour previous answer (attempt {attempt - 1}) failed these checks; write a new "
        f"answer that fixes them:\n{lines}"
    )


def _process_text(
    sample: Sample, truth: ExpertAdTruth, mode: Mode, user_dir: Path, cache: dict[Any, Any]
) -> tuple[str, str]:
    """(product, process summary) of a sample's category; a note where no file exists."""
    from iad_data.knowledge.process import load_process, summary

    key = (sample.dataset, sample.category)
    if key not in cache:
        cache[key] = load_process(sample.dataset, sample.category, user_dir=user_dir)
    knowledge = cache[key]
    if knowledge is None:
        product = sample.category.replace("_", " ")
        return product, f"No production process description is available for the {product}."
    # a defect the knowledge file does not describe gets the process alone
    known = mode == "grounded" and truth.anomalous and knowledge.find_defect(truth.defect_type)
    return knowledge.product, summary(knowledge, truth.defect_type if known else None)


def build_request(
    sample: Sample,
    truth: ExpertAdTruth,
    template: PromptTemplate,
    image: Path,
    *,
    mode: Mode,
    product: str,
    process_summary: str,
    reference: tuple[Sample, Path] | None = None,
    attempt: int = 1,
    findings: Sequence[str] = (),
) -> TeacherRequest:
    """The request for one sample and attempt."""
    images = []
    if reference is not None:
        ref, ref_path = reference
        images.append(ImageRef(path=str(ref_path), sha256=ref.image_sha256, role="reference"))
        note = (
            f"The first image is a defect-free reference {product}; the second image is the "
            "query to inspect."
        )
    else:
        note = "The image is the query to inspect."
    images.append(ImageRef(path=str(image), sha256=sample.image_sha256, role="query"))
    values: dict[str, str] = {
        "product": product,
        "category": sample.category,
        "images_note": note,
        "process_summary": process_summary,
        "feedback": feedback_text(findings, attempt),
    }
    if mode == "grounded":
        values["ground_truth"] = truth_text(truth)
    system, user = template.render(**values)
    return TeacherRequest(
        task=TASK,
        sample_id=sample.sample_id,
        template_id=template.template_id,
        template_hash=template.hash,
        system=system,
        user_text=user,
        images=images,
        response_model=TEACHER_TASK.response_model,
        answer_offline=TEACHER_TASK.answer_offline,
        params=PARAMS,
        context={
            "truth": truth.model_dump(mode="json"),
            "sample_id": sample.sample_id,
            "product": product,
            "reference": reference is not None,
            "mode": mode,
        },
        attempt=attempt,
    )


def validate_record(
    record: ExpertAdRecord,
    table: TypeTable | None = None,
    rules: Sequence[ExpertAdRule] = RULES,
) -> tuple[ExpertAdRecord, Findings]:
    """The record with its scores filled, and its findings under ``rules`` (the stage's
    length bounds: ``rules_for(options)``)."""
    record = record.model_copy(update={"scores": score_record(record, table)})
    return record, run_rules(rules, record, record.truth)


def read_records(path: Path) -> dict[str, ExpertAdRecord]:
    """The expert_ad records of a parquet file by record id."""
    return record_store.read_records(path, ExpertAdRecord, "iad-data synthesize-cot")


def synthesize_cot(
    workspace: str | Path | Workspace,
    options: ExpertAdOptions | None = None,
    *,
    dry_run: bool = False,
    progress: bool = True,
    wait: bool = False,
    **overrides: Any,
) -> SynthesisResult:
    """Write Expert-AD traces for the workspace (see the module doc for the steps).

    ``options`` (or its fields as keywords, e.g. ``teacher="gpt-4.1", limit=100``) are the
    stage's ``ExpertAdOptions``; ``teacher`` may also be a ``Teacher`` object. ``one_shot``
    also writes IAD-R1's one-shot SFT form of every accepted trace (``<record_id>.1shot``: a
    normal reference of the same category first, then the query). ``processes``: a folder
    laid out like ``recipes/processes`` whose files win over the shipped ones (default
    ``WORKSPACE/processes``).

    Records of samples no longer in the samples table are moved to the rejects file as stale
    rows (``tasks.store``). The workspace's lock is held throughout (``iad_data.core.lock``):
    while another command writes the workspace the run is refused with ``WorkspaceLocked``,
    or waits with ``wait``; a dry run takes no lock.
    """
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    with lock_unless(dry_run, ws, "synthesize-cot", wait=wait):
        return _synthesize_cot(ws, options, dry_run=dry_run, progress=progress, **overrides)


def _synthesize_cot(
    workspace: str | Path | Workspace,
    options: ExpertAdOptions | None = None,
    *,
    dry_run: bool = False,
    progress: bool = True,
    **overrides: Any,
) -> SynthesisResult:
    given = overrides.get("teacher")
    teacher_object = overrides.pop("teacher") if isinstance(given, Teacher) else None
    opts = make_options(ExpertAdOptions, options, overrides, "synthesize_cot")
    rules = rules_for(opts)
    teacher: str | Teacher = require_teacher(teacher_object or opts.teacher, "synthesize_cot")
    limit, categories, blind = opts.limit, opts.categories, opts.blind
    max_cost_usd, batch, max_attempts = opts.max_cost_usd, opts.batch, opts.max_attempts
    normal_ratio, reference, one_shot = opts.normal_ratio, opts.reference, opts.one_shot
    concurrency, processes = opts.concurrency, opts.processes
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    if max_attempts < 1:
        raise InputError(f"--max-attempts must be at least 1, not {max_attempts}.")
    mode: Mode = "blind" if blind else "grounded"
    attempts_allowed = 1 if blind else max_attempts
    from iad_data.tasks.registry import response_models
    from iad_data.teach.providers import make_teacher

    the_teacher = make_teacher(
        teacher, timeout_s=opts.timeout_s, transport=opts.transport
    )  # a missing key fails here
    all_samples = from_frame(Sample, ws.require_samples())
    samples, skipped = select_samples(
        all_samples, categories=categories, limit=limit, normal_ratio=normal_ratio
    )
    table = load_type_table()
    template = load_template(TEMPLATES[mode])
    roots = ws.dataset_roots()
    user_dir = Path(processes) if processes is not None else ws.processes_dir
    normals: dict[tuple[str, str], list[Sample]] = {}
    for s in all_samples:
        if s.label == Label.NORMAL:
            normals.setdefault((s.dataset, s.category), []).append(s)
    pools = {key: reference_pools(group) for key, group in normals.items()}
    truths = {s.sample_id: truth_of(s, table) for s in samples}
    images = {s.sample_id: ws.image_file(s.dataset, s.image_path, roots) for s in samples}
    refs: dict[str, tuple[Sample, Path] | None] = {}
    shot_refs: dict[str, Sample | None] = {}
    for s in samples:
        ref = None
        if reference or one_shot:
            ref = pick_reference(s, pools.get((s.dataset, s.category), ([], [])))
        shot_refs[s.sample_id] = ref
        ref = ref if reference else None
        refs[s.sample_id] = (
            (ref, ws.image_file(ref.dataset, ref.image_path, roots)) if ref is not None else None
        )
    process_cache: dict[Any, Any] = {}
    context = {
        s.sample_id: _process_text(s, truths[s.sample_id], mode, user_dir, process_cache)
        for s in samples
    }

    config_file = BLIND_FILE if blind else CONFIG
    result = SynthesisResult(
        config=config_file,
        records_path=ws.records_path(config_file),
        rejects_path=ws.rejects_path(config_file),
        samples=len(samples),
        dry_run=dry_run,
    )
    result.extra = {"mode": mode, "teacher": the_teacher.name, "skipped": dict(skipped)}
    by_id = {s.sample_id: s for s in samples}

    def build(sid: str, attempt: int, findings: Sequence[str]) -> TeacherRequest:
        return build_request(
            by_id[sid],
            truths[sid],
            template,
            images[sid],
            mode=mode,
            product=context[sid][0],
            process_summary=context[sid][1],
            reference=refs[sid],
            attempt=attempt,
            findings=findings,
        )

    def judge(
        sid: str, response: TeacherResponse, attempt: int, keys: list[str]
    ) -> Judged[ExpertAdRecord]:
        assert response.parsed is not None
        trace = ExpertAdTrace.model_validate(response.parsed.model_dump())
        shown = refs[sid]
        record = build_record(
            trace,
            sid,
            truths[sid],
            Provenance(
                teacher=the_teacher.name,
                template_id=template.template_id,
                template_hash=template.hash,
                attempts=attempt,
                ledger_keys=keys,
                created_at=record_store.now_iso(),  # the ledger's time, set before writing
                toolkit_version=__version__,
            ),
            mode=mode,
            reference_id=shown[0].sample_id if shown is not None else None,
        )
        record, findings = validate_record(record, table, rules)
        return Judged(record, findings, trace.model_dump(mode="json"))

    done = repair_loop(
        [s.sample_id for s in samples],
        build,
        judge,
        teacher=the_teacher,
        ledger_path=ws.ledger_path,
        result=result,
        max_attempts=attempts_allowed,
        max_cost_usd=max_cost_usd,
        dry_run=dry_run,
        batch=batch,
        concurrency=concurrency,
        engine=opts.mapper(),
        loops=opts.loops,
        progress=progress,
        keep_failing=blind,
        models=response_models(),
        rebuild_ledger=opts.rebuild_ledger,
    )
    if done is None:  # dry run
        return result
    accepted = {r.record_id: r for r in done.accepted.values()}
    rule_failures: Counter[str] = Counter()
    for found in done.findings.values():
        rule_failures.update(found.keys())
    rejects: list[dict[str, Any]] = []
    for sid, judged in sorted(done.failed.items()):
        rule_failures.update(judged.findings.keys())
        rejects.append(
            {
                "record_id": f"{CONFIG}.{sid}" + (".blind" if blind else ""),
                "sample_id": sid,
                "teacher": the_teacher.name,
                "mode": mode,
                "attempts": attempts_allowed,
                "ledger_keys": done.keys[sid],
                "findings": judged.findings,
                "answer": judged.answer,
            }
        )
    assert result.records_path is not None and result.rejects_path is not None
    if one_shot and not blind:
        accepted.update(_one_shot_records(accepted, shot_refs, table, skipped, rules))
        result.extra["skipped"] = dict(skipped)
    if opts.judge and not blind:  # the judge rule (tasks.judge): its fails go to rejects
        from iad_data.tasks import judge as judging

        left = None if max_cost_usd is None else max(0.0, max_cost_usd - result.cost_usd)
        accepted, judged_out, judged_by = judging.judge_records(
            accepted,
            opts.judge,
            ws.ledger_path,
            max_cost_usd=left,
            batch=batch,
            transport=opts.transport,
        )
        rejects += judged_out
        rule_failures.update(["judge"] * len(judged_out))
        result.cost_usd += judged_by.cost_usd
        result.extra["judge"] = judging.judge_summary(judged_by, len(judged_out))
        ids = {r["record_id"] for r in judged_out}
        judging.drop_records(result.records_path, ExpertAdRecord, ids, "iad-data synthesize-cot")
    accepted = record_store.stamp_from_ledger(accepted, ws.ledger_path)
    saved = record_store.save_records(
        result.records_path,
        result.rejects_path,
        ExpertAdRecord,
        accepted,
        rejects,
        known={s.sample_id for s in all_samples},
        samples_path=ws.samples_path,
        command="iad-data synthesize-cot",
    )
    result.written = saved.written
    result.extra["stale"] = saved.stale
    result.extra["stale_rejects"] = saved.stale_rejects
    result.rejected = len(rejects)
    result.rule_failures = dict(sorted(rule_failures.items()))
    result.extra["repaired"] = done.repaired
    result.extra["accepted_this_run"] = len(accepted)
    if blind:
        result.extra["accuracy_by_category"] = _accuracy(accepted.values())
    record_store.check_pinned(opts.prompts, result.records_path)
    return result


def _one_shot_records(
    accepted: dict[str, ExpertAdRecord],
    refs: dict[str, Sample | None],
    table: TypeTable,
    skipped: Counter[str],
    rules: Sequence[ExpertAdRule] = RULES,
) -> dict[str, ExpertAdRecord]:
    """The one-shot form of each accepted trace, checked by the same rules."""
    out: dict[str, ExpertAdRecord] = {}
    for record in accepted.values():
        ref = refs.get(record.sample_id)
        if ref is None:
            skipped["one_shot_without_reference"] += 1
            continue
        shot, findings = validate_record(one_shot_variant(record, ref.sample_id), table, rules)
        if findings:  # the rules are the zero-shot ones; a failure here is a toolkit bug
            raise AssertionError(f"one-shot form of {record.record_id} fails: {findings}")
        out[shot.record_id] = shot
    return out


def _accuracy(records: Any) -> dict[str, dict[str, float]]:
    """Yes/No accuracy per dataset/category, and on normal and anomalous images apart."""
    counts: dict[str, Counter[str]] = {}
    for record in records:
        group = f"{record.truth.dataset}/{record.truth.category}"
        c = counts.setdefault(group, Counter())
        side = "anomaly" if record.truth.anomalous else "normal"
        c[side] += 1
        c[f"{side}_right"] += int(record.scores.get("verdict", 0.0))
    out: dict[str, dict[str, float]] = {}
    for group, c in sorted(counts.items()):
        rates = [c[f"{s}_right"] / c[s] for s in ("anomaly", "normal") if c[s]]
        total = c["anomaly"] + c["normal"]
        out[group] = {
            "records": total,
            "accuracy": round((c["anomaly_right"] + c["normal_right"]) / total, 4),
            "balanced_accuracy": round(sum(rates) / len(rates), 4),
        }
    return out


__all__ = [
    "TEMPLATES",
    "build_request",
    "pick_reference",
    "read_records",
    "select_samples",
    "synthesize_cot",
    "truth_text",
    "validate_record",
]
