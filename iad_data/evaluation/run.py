"""``evaluate``: ask a model a protocol's questions about one split of a data version, through
the teacher engine, and score its answers.

Steps of one run:

1. open the data (``data.open_data``): the split's labelled images, the references and
   option sets its questions need, and what identifies the data (tag, content hash);
2. keep ``categories``, and with ``limit`` a stratified sample (``sampling``);
3. build one request per question (``protocols``): its prompt, the reference image(s) and
   the query, the sampling parameters. The oracle's requests carry the ground-truth answer;
   no other model's request carries anything of the ground truth, so its ledger keys hold
   only what the model is shown;
4. send them through ``teach.engine.run_requests``: every answer is committed to the ledger
   the moment it arrives, so a killed run resumes where it stopped and a re-run costs
   nothing; ``dry_run`` stops here with the estimate; ``max_cost_usd`` and ``batch`` as for
   synthesis;
5. score every answer (an answer that does not parse is wrong, with its reason) and write
   ``evals/<run>.parquet`` with the provenance in its metadata and ``evals/<run>.json`` with
   the tables.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from iad_data.core.lock import lock_unless
from iad_data.core.options import make_options
from iad_data.core.redact import redact
from iad_data.core.version import __version__
from iad_data.core.workspace import Workspace
from iad_data.errors import InputError
from iad_data.evaluation.data import EvalData, open_data
from iad_data.evaluation.model import ModelAnswer, make_model
from iad_data.evaluation.options import EvalOptions
from iad_data.evaluation.protocols import (
    EvalProtocol,
    Prompt,
    Question,
    Row,
    get_protocol,
    references_for,
)
from iad_data.evaluation.results import (
    NOT_SENT,
    RESULT_SCHEMA,
    REWARDS,
    ROW_SCHEMA,
    Tables,
    make_tables,
    run_name,
    unparsed_reasons,
    write_result,
    write_summary,
)
from iad_data.evaluation.sampling import stratified_sample
from iad_data.teach.requests import (
    ImageRef,
    Outcome,
    SamplingParams,
    Teacher,
    TeacherRequest,
    TeacherResponse,
)

NO_REFERENCE = "no normal image of its category in the train split to show as reference"
DEFAULT_SETTINGS = {
    "split": "test",
    "limit": None,
    "categories": None,
    "temperature": 0.0,
    "longest_side": 768,
    "format_hint": False,
}
"""settings that leave a run's file name plain; any other value adds their hash to it"""


@dataclass
class EvalResult:
    """What one ``evaluate`` call did, and the scores."""

    protocol: str
    shots: int
    model: str
    path: Path | None = None
    """the results parquet (None on a dry run)"""
    provenance: dict[str, Any] = field(default_factory=dict)
    tables: Tables | None = None
    images: int = 0
    questions: int = 0
    cached: int = 0
    sent: int = 0
    cost_usd: float = 0.0
    not_sent: int = 0
    """questions the run did not get to (budget, an open batch): not in the tables"""
    unparsed: dict[str, int] = field(default_factory=dict)
    """reason -> answers that did not parse (scored wrong)"""
    outcomes: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    """reason -> images not asked about"""
    stopped: str | None = None
    dry_run: bool = False
    estimated_cost_usd: float | None = None
    estimated_input_tokens: int = 0
    estimated_output_tokens: int = 0
    pending_batches: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def complete(self) -> bool:
        return not self.dry_run and self.not_sent == 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "protocol": self.protocol,
            "shots": self.shots,
            "model": self.model,
            "path": str(self.path) if self.path else None,
            "dry_run": self.dry_run,
            "complete": self.complete,
            "images": self.images,
            "questions": self.questions,
            "cached": self.cached,
            "sent": self.sent,
            "cost_usd": round(self.cost_usd, 6),
            "estimated_cost_usd": (
                None if self.estimated_cost_usd is None else round(self.estimated_cost_usd, 6)
            ),
            "estimated_input_tokens": self.estimated_input_tokens,
            "estimated_output_tokens": self.estimated_output_tokens,
            "not_sent": self.not_sent,
            "unparsed": self.unparsed,
            "outcomes": self.outcomes,
            "skipped": self.skipped,
            "stopped": self.stopped,
            "pending_batches": self.pending_batches,
            "tables": self.tables.to_dict() if self.tables else None,
            "provenance": self.provenance,
            "seconds": round(self.seconds, 3),
        }


def _request(
    question: Question,
    data: EvalData,
    protocol: EvalProtocol,
    prompt: Prompt,
    params: SamplingParams,
    oracle: bool,
) -> TeacherRequest:
    images = [
        ImageRef(path=str(data.image_path(ref)), sha256=ref.image_sha256, role="reference")
        for ref in question.references
    ]
    item = question.item
    images.append(ImageRef(path=str(data.image_path(item)), sha256=item.image_sha256))
    return TeacherRequest(
        task=protocol.task.name,
        sample_id=item.sample_id,
        template_id=prompt.template_id,
        template_hash=prompt.hash,
        system=question.system,
        user_text=question.user_text,
        images=images,
        response_model=protocol.task.response_model,
        params=params,
        context={"oracle": question.oracle} if oracle else {},
        answer_offline=protocol.task.answer_offline,
    )


def _answer_text(response: TeacherResponse | None) -> str | None:
    """What the model wrote (None when no answer came: failed, not sent)."""
    if response is None or response.outcome == Outcome.FAILED:
        return None
    if isinstance(response.parsed, ModelAnswer):
        return response.parsed.text
    return response.raw_text


def _row(
    question: Question,
    protocol: EvalProtocol,
    key: str,
    response: TeacherResponse | None,
) -> dict[str, Any]:
    item = question.item
    base: dict[str, Any] = {
        "qid": question.qid,
        "sample_id": item.sample_id,
        "dataset": item.dataset,
        "category": item.category,
        "label": item.label,
        "defect_type": item.defect_type,
        "location": item.location,
        "image_sha256": item.image_sha256,
        "references": [r.sample_id for r in question.references],
        "question_type": question.question_type,
        "options": json.dumps(question.options, ensure_ascii=False) if question.options else None,
        "correct_answer": question.correct,
        "ledger_key": key,
    }
    if response is None:
        return {
            **base,
            "answer": None,
            "correct": False,
            "parsed": False,
            "reason": None,
            "read_as": None,
            **{f"reward_{name}": None for name in REWARDS},
            "outcome": NOT_SENT,
            "error": None,
            "text": None,
            "input_tokens": 0,
            "output_tokens": 0,
            "cost_usd": 0.0,
        }
    text = _answer_text(response)
    score = protocol.score(question, text)
    reason = score.reason
    if reason is not None:
        if response.outcome == Outcome.FAILED:
            reason = "failed: no answer after retries"
        elif response.outcome == Outcome.REFUSED:
            reason = "refused"
        elif response.outcome == Outcome.TRUNCATED:
            reason = "truncated at max_tokens"
    return {
        **base,
        "answer": score.answer,
        "correct": bool(score.correct and reason is None),
        "parsed": reason is None,
        "reason": reason,
        "read_as": score.how,
        **{f"reward_{name}": score.scores.get(name) for name in REWARDS},
        "outcome": str(response.outcome),
        "error": response.error,
        "text": text,
        "input_tokens": response.usage.input_tokens,
        "output_tokens": response.usage.output_tokens,
        "cost_usd": float(response.cost_usd),
    }


def _settings_hash(opts: EvalOptions, max_tokens: int, default_max_tokens: int) -> str | None:
    """A short hash of the settings, when any differs from its default (None otherwise): a
    run with other settings gets a results file of its own."""
    chosen: dict[str, Any] = {
        "split": opts.split,
        "limit": opts.limit,
        "categories": sorted(opts.categories) if opts.categories else None,
        "temperature": opts.temperature,
        "max_tokens": max_tokens,
        "longest_side": opts.longest_side,
        "format_hint": opts.format_hint,
    }
    defaults = {**DEFAULT_SETTINGS, "max_tokens": default_max_tokens}
    if all(chosen[k] == defaults[k] for k in chosen):
        return None
    if opts.limit is not None:
        chosen["seed"] = opts.seed
    return hashlib.sha256(json.dumps(chosen, sort_keys=True).encode()).hexdigest()[:8]


def _questions_hash(questions: list[Question]) -> str:
    """What was asked, and what a right answer is: equal hashes, the same test."""
    digest = hashlib.sha256()
    for q in sorted(questions, key=lambda q: q.qid):
        digest.update(
            json.dumps(
                [
                    q.qid,
                    q.item.image_sha256,
                    [r.image_sha256 for r in q.references],
                    q.question_type,
                    q.options,
                    q.correct,
                ],
                ensure_ascii=False,
            ).encode()
            + b"\n"
        )
    return digest.hexdigest()


@contextmanager
def _scratch(dry_run: bool) -> Iterator[Path | None]:
    """A throwaway folder for a dry run's images and ledger (a dry run writes nothing)."""
    if not dry_run:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="iad-data-eval-") as tmp:
        yield Path(tmp)


def _model_provenance(spec: str, teacher: Teacher, longest_side: int) -> dict[str, Any]:
    return {
        "spec": redact(spec),
        "name": teacher.name,
        "provider": teacher.provider,
        "model": teacher.model,
        "server": redact(teacher.server) if teacher.server else None,
        "longest_side": longest_side,
    }


def evaluate(
    workspace: str | Path | Workspace,
    options: EvalOptions | None = None,
    *,
    dry_run: bool = False,
    progress: bool = True,
    wait: bool = False,
    **overrides: Any,
) -> EvalResult:
    """Score ``model`` on ``data`` by ``protocol`` (see ``EvalOptions`` and the module doc).

    ``workspace`` holds the ledger and ``evals/``; without ``data`` it is also what is
    evaluated. Holds the workspace's lock unless ``dry_run`` (``wait``: wait for another
    writer instead of refusing)."""
    started = time.monotonic()
    opts = make_options(EvalOptions, options, overrides, "evaluate")
    if opts.model is None:
        raise InputError(
            "evaluate: choose the model under test: --model openai-compatible:MODEL@BASE_URL "
            "(vLLM, SGLang, Ollama), gpt-4.1, claude-sonnet-4-5, or --model offline (the "
            "oracle, which answers from the ground truth)."
        )
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    protocol = get_protocol(opts.protocol)
    shots = protocol.default_shots if opts.shots is None else opts.shots
    if opts.format_hint and protocol.name != "iad-r1":
        raise InputError("--format-hint is IAD-R1's tag format: it goes with --protocol iad-r1.")
    teacher = make_model(opts.model, longest_side=opts.longest_side, timeout_s=opts.timeout_s)
    oracle = teacher.provider == "offline"
    prompt = protocol.prompt(shots=shots, format_hint=opts.format_hint)
    max_tokens = opts.max_tokens or protocol.default_max_tokens
    params = SamplingParams(temperature=opts.temperature, max_tokens=max_tokens)
    result = EvalResult(protocol.name, shots, redact(opts.model), dry_run=dry_run)
    with lock_unless(dry_run, ws, "eval", wait=wait), _scratch(dry_run) as scratch:
        data = open_data(
            opts.data if opts.data is not None else ws.path,
            ws,
            split=opts.split,
            revision=opts.revision,
            store=scratch / "images" if scratch else None,
            cache=scratch / "hf-cache" if scratch else None,
            progress=progress,
        )
        questions = _questions(data, protocol, prompt, opts, shots, result)
        requests = [_request(q, data, protocol, prompt, params, oracle) for q in questions]
        keys = [teacher.request_key(r) for r in requests]
        from iad_data.teach.engine import run_requests
        from iad_data.teach.ledger import Ledger

        ledger_path = ws.ledger_path
        if scratch is not None and not ledger_path.is_file():
            ledger_path = scratch / "ledger.sqlite"  # a dry run creates no ledger
        with Ledger(ledger_path, {protocol.task.name: ModelAnswer}) as ledger:
            ran = run_requests(
                requests,
                teacher,
                ledger,
                concurrency=opts.concurrency,
                max_cost_usd=opts.max_cost_usd,
                dry_run=dry_run,
                batch=opts.batch,
                progress=progress,
            )
        result.cached, result.sent, result.cost_usd = ran.cached, ran.sent, ran.cost_usd
        result.outcomes, result.stopped = ran.outcomes, ran.stopped
        result.pending_batches = list(ran.pending_batches)
        if dry_run:
            result.estimated_cost_usd = ran.estimated_cost_usd
            result.estimated_input_tokens = ran.estimated_input_tokens
            result.estimated_output_tokens = ran.estimated_output_tokens
            result.not_sent = len(set(keys) - set(ran.responses))
            result.seconds = time.monotonic() - started
            return result
        rows = [
            _row(q, protocol, key, ran.responses.get(key))
            for q, key in zip(questions, keys, strict=True)
        ]
        frame = pl.DataFrame(rows, schema=ROW_SCHEMA).sort("qid")
        scored = [
            Row(q.item, q.question_type, bool(r["correct"]), _scores(r))
            for q, r in zip(questions, rows, strict=True)
            if r["outcome"] != NOT_SENT
        ]
        result.tables = make_tables(protocol, scored)
        result.not_sent = len(rows) - len(scored)
        result.unparsed = unparsed_reasons(frame)
        data_name = f"{data.tag or data.kind}-{data.content_sha256[:8]}"
        name = run_name(
            protocol.name,
            shots,
            redact(opts.model),
            data_name,
            _settings_hash(opts, max_tokens, protocol.default_max_tokens),
        )
        result.path = ws.eval_path(name)
        result.provenance = {
            "schema": RESULT_SCHEMA,
            "protocol": protocol.name,
            "shots": shots,
            "prompt": {"template_id": prompt.template_id, "template_hash": prompt.hash},
            "model": _model_provenance(opts.model, teacher, opts.longest_side),
            "sampling": params.model_dump(mode="json"),
            "data": data.provenance(),
            "selection": {
                "categories": sorted(opts.categories) if opts.categories else None,
                "limit": opts.limit,
                "seed": opts.seed if opts.limit is not None else None,
                "images": result.images,
                "questions": result.questions,
                "questions_sha256": _questions_hash(questions),
                "skipped": result.skipped,
            },
            "complete": result.not_sent == 0,
            "not_sent": result.not_sent,
            "toolkit_version": __version__,
            "evaluated_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        write_result(result.path, frame, result.provenance)
        result.seconds = time.monotonic() - started
        write_summary(result.path, result.to_dict())
    return result


def _questions(
    data: EvalData,
    protocol: EvalProtocol,
    prompt: Prompt,
    opts: EvalOptions,
    shots: int,
    result: EvalResult,
) -> list[Question]:
    """The questions of the chosen images (``categories``, the stratified ``limit``); images
    left out, and why, go to ``result.skipped``."""
    items = data.items
    if opts.categories:
        known = {i.category for i in items}
        missing = sorted(set(opts.categories) - known)
        if missing:
            raise InputError(
                f"--categories {', '.join(missing)}: not in the {data.split} split of "
                f"{data.source} (it has {', '.join(sorted(known)) or 'none'})."
            )
        items = [i for i in items if i.category in opts.categories]
    skipped: Counter[str] = Counter()
    if data.unlabeled:
        skipped["unlabeled: no ground truth"] = data.unlabeled
    chosen = stratified_sample(items, opts.limit, opts.seed)
    if len(chosen) < len(items):
        skipped["left out by --limit"] = len(items) - len(chosen)
    questions: list[Question] = []
    for item in chosen:
        refs = references_for(item, data, shots)
        if len(refs) < shots:
            skipped[NO_REFERENCE] += 1
            continue
        questions += protocol.questions(item, refs, data, prompt)
    result.skipped = dict(sorted(skipped.items()))
    if not questions:
        why = ", ".join(f"{reason} {n}" for reason, n in skipped.items()) or "no labelled images"
        raise InputError(f"nothing to evaluate in the {data.split} split of {data.source}: {why}")
    result.images = len({q.item.sample_id for q in questions})
    result.questions = len(questions)
    return questions


def _scores(row: dict[str, Any]) -> dict[str, float]:
    return {
        name: float(row[f"reward_{name}"])
        for name in REWARDS
        if row.get(f"reward_{name}") is not None
    }


__all__ = ["EvalResult", "evaluate"]
