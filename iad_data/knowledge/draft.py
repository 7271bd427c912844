"""Draft process knowledge for a category iad-data does not ship (a factory's own part).

A teacher writes the draft from the category name, the defect names and a hint about the
product; the draft is validated against ``ProcessKnowledge`` (step ids, cause references,
normalised defect names, every requested defect present) and written as YAML with origin
``teacher:<model>`` to ``WORKSPACE/processes/<dataset>/<category>.yaml`` for a person to
review. Curated knowledge is never overwritten: drafting a category that has a curated file
on the lookup path is refused, naming the file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from iad_data.core.lock import lock_unless
from iad_data.core.results import SynthesisResult
from iad_data.core.sample import NORMAL_DEFECT_TYPE, normalise_defect_type
from iad_data.core.workspace import Workspace
from iad_data.errors import InputError, TeacherError
from iad_data.knowledge.process import (
    COMBINED,
    DefectKnowledge,
    InspectionHint,
    ProcessKnowledge,
    ProcessStep,
    StepId,
    Text,
    dataset_name,
    find_process_file,
    load_process_file,
    parse_process,
    process_yaml,
)
from iad_data.teach.requests import SamplingParams, Teacher, TeacherRequest, TeacherTask

if TYPE_CHECKING:
    import polars as pl

TASK = "process"
TEMPLATE = "process/draft.v1"
DEFAULT_DATASET = "custom"
"""dataset folder for a factory's own categories when neither flag nor samples name one"""


class DraftDefect(BaseModel):
    """One defect entry as the teacher writes it (a list item: strict JSON schemas have no
    free-form maps)."""

    model_config = ConfigDict(extra="forbid")

    name: Text
    cause_steps: list[StepId] = Field(min_length=1)
    mechanism: Text
    visual_signature: Text
    line_checks: list[Text] = Field(min_length=1)


class ProcessDraft(BaseModel):
    """The teacher's answer: ``ProcessKnowledge`` without the fields iad-data fills in."""

    model_config = ConfigDict(extra="forbid")

    product: Text
    material: Text
    normal_appearance: Text
    steps: list[ProcessStep] = Field(min_length=1)
    inspection_hints: list[InspectionHint] = Field(min_length=1)
    defects: list[DraftDefect] = Field(min_length=1)


def origin_of(teacher: Teacher) -> str:
    """``teacher:<model>``; the offline teacher's drafts say ``teacher:offline``."""
    return "teacher:offline" if teacher.provider == "offline" else f"teacher:{teacher.model}"


def knowledge_from_draft(
    draft: ProcessDraft,
    *,
    dataset: str,
    category: str,
    origin: str,
    defect_types: Sequence[str],
    source: str,
) -> ProcessKnowledge:
    """Validate a draft into knowledge; every requested defect type must have one entry."""
    defects: dict[str, DefectKnowledge] = {}
    for entry in draft.defects:
        key = normalise_defect_type(entry.name)
        if key in defects:
            raise InputError(f"{source}: defect {entry.name!r} appears twice in the draft.")
        defects[key] = DefectKnowledge(
            cause_steps=entry.cause_steps,
            mechanism=entry.mechanism,
            visual_signature=entry.visual_signature,
            line_checks=entry.line_checks,
        )
    if COMBINED in defects:  # several defects in one image: the others, whose causes apply
        parts = [k for k in defects if k not in (COMBINED, "other")]
        defects[COMBINED] = defects[COMBINED].model_copy(update={"components": parts})
    missing = [d for d in defect_types if d not in defects]
    extra = sorted(set(defects) - set(defect_types))
    if missing or extra:
        raise InputError(
            f"{source}: the draft must describe exactly the defect types "
            f"{', '.join(defect_types)}; missing {', '.join(missing) or 'none'}, unexpected "
            f"{', '.join(extra) or 'none'}."
        )
    data = {
        "dataset": dataset,
        "category": category,
        "product": draft.product,
        "material": draft.material,
        "origin": origin,
        "normal_appearance": draft.normal_appearance,
        "steps": [s.model_dump() for s in draft.steps],
        "inspection_hints": [h.model_dump() for h in draft.inspection_hints],
        "defects": {k: v.model_dump() for k, v in defects.items()},
    }
    return parse_process(data, source)


def _category_rows(workspace: Path, category: str) -> pl.DataFrame | None:
    """The workspace's samples of ``category``, read once (None without a samples table)."""
    ws = Workspace(workspace)
    if not ws.samples_path.exists():
        return None
    frame = ws.read_samples()
    return frame.filter(frame["category"] == category)


def _defect_types_of(rows: pl.DataFrame | None, dataset: str) -> list[str]:
    if rows is None:
        return []
    rows = rows.filter(rows["dataset"] == dataset_name(dataset))
    names = {str(n) for n in rows["defect_type"].to_list()}
    return sorted(n for n in names if n != NORMAL_DEFECT_TYPE)


def _dataset_of(rows: pl.DataFrame | None, category: str, workspace: Path) -> str | None:
    if rows is None:
        return None
    found = sorted(set(rows["dataset"].to_list()))
    if len(found) > 1:
        raise InputError(
            f"category {category!r} appears in datasets {', '.join(found)} of "
            f"{Workspace(workspace).samples_path}; choose one with --dataset."
        )
    return str(found[0]) if found else None


def refuse_curated(dataset: str, category: str, out: Path, user_dir: Path | None) -> None:
    """Raise when drafting would overwrite or shadow curated knowledge, naming the file."""
    candidates = [out]
    existing = find_process_file(dataset, category, user_dir)
    if existing is not None:
        candidates.append(existing)
    for path in candidates:
        if not path.is_file():
            continue
        try:
            origin = load_process_file(path).origin
        except InputError:
            origin = "unreadable"
        if origin == "curated":
            raise InputError(
                f"{path} holds curated process knowledge for {dataset}/{category}; a draft "
                f"never overwrites or replaces it. Edit that file by hand, or draft under "
                f"another --category or --dataset."
            )


def synthesize_process(
    workspace_or_out: str | Path,
    *,
    teacher: str | Teacher = "offline",
    dataset: str | None = None,
    category: str,
    defect_types: Sequence[str] | None = None,
    product_hint: str | None = None,
    out: str | Path | None = None,
    max_cost_usd: float | None = None,
    dry_run: bool = False,
    max_attempts: int = 2,
    progress: bool = True,
    wait: bool = False,
) -> SynthesisResult:
    """Draft ``<dataset>/<category>.yaml`` with ``teacher`` and write it for review.

    ``workspace_or_out`` is the workspace (ledger, samples for the defect names); the draft
    goes to ``<out>/<dataset>/<category>.yaml`` with ``out`` defaulting to
    ``WORKSPACE/processes``, the layout ``load_process(..., user_dir=out)`` reads. Defect
    types default to those of the category in the workspace's samples table. ``dataset`` and
    ``category`` must be plain names (a path such as ``..`` or ``a/b`` is refused), so the
    draft never lands outside ``out``. The workspace's lock is held while it works
    (``iad_data.core.lock``; ``wait`` waits for another writer; a dry run takes none).
    """
    if dataset is not None:  # a bad name fails before anything is locked or written
        check_dataset_name(dataset_name(dataset))
    ws = Workspace(workspace_or_out)
    with lock_unless(dry_run, ws, "synthesize-process", wait=wait):
        return _synthesize_process(
            workspace_or_out,
            teacher=teacher,
            dataset=dataset,
            category=category,
            defect_types=defect_types,
            product_hint=product_hint,
            out=out,
            max_cost_usd=max_cost_usd,
            dry_run=dry_run,
            max_attempts=max_attempts,
            progress=progress,
        )


_PLAIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


def check_dataset_name(dataset: str) -> str:
    """``dataset`` when it is a plain folder name; InputError for a path-like one."""
    plain = (
        _PLAIN_NAME.fullmatch(dataset) is not None
        and ".." not in dataset
        and Path(dataset).name == dataset
    )
    if not plain:
        suggestion = normalise_defect_type(dataset)
        raise InputError(
            f"--dataset {dataset!r} is not a plain folder name: drafts are written to "
            f"<out>/<dataset>/<category>.yaml and must stay inside that folder. Use letters, "
            f"digits, '_', '-' and '.', starting with a letter or digit (no '/', '\\', '..' "
            f"or absolute path), e.g. {suggestion if suggestion != 'unknown' else 'custom'!r}."
        )
    return dataset


def _synthesize_process(
    workspace_or_out: str | Path,
    *,
    teacher: str | Teacher,
    dataset: str | None,
    category: str,
    defect_types: Sequence[str] | None,
    product_hint: str | None,
    out: str | Path | None,
    max_cost_usd: float | None,
    dry_run: bool,
    max_attempts: int,
    progress: bool,
) -> SynthesisResult:
    from iad_data.core.prompts import load_template
    from iad_data.teach.engine import run_requests
    from iad_data.teach.ledger import Ledger
    from iad_data.teach.providers import make_teacher

    workspace = Path(workspace_or_out)
    category = category.strip()
    if not category or category != normalise_defect_type(category):
        raise InputError(
            f"category {category!r} must be a snake_case name such as "
            f"{normalise_defect_type(category or 'my_part')!r}."
        )
    rows = None
    if dataset is None or defect_types is None:
        rows = _category_rows(workspace, category)
    if dataset is None:
        dataset = _dataset_of(rows, category, workspace) or DEFAULT_DATASET
    dataset = check_dataset_name(dataset_name(dataset))
    if defect_types is None:
        defect_types = _defect_types_of(rows, dataset)
    names = sorted({normalise_defect_type(d) for d in defect_types if d.strip()})
    if NORMAL_DEFECT_TYPE in names:
        names.remove(NORMAL_DEFECT_TYPE)
    if not names:
        raise InputError(
            f"no defect types for {dataset}/{category}: pass --defect-types a,b or ingest the "
            f"category's images into {workspace} first."
        )
    user_dir = Path(out) if out is not None else Workspace(workspace).processes_dir
    target = user_dir / dataset / f"{category}.yaml"
    refuse_curated(dataset, category, target, user_dir)

    engine_teacher = make_teacher(teacher)
    template = load_template(TEMPLATE)
    hint = (product_hint or "").strip() or "(none given; infer it from the category name)"
    system, user = template.render(
        dataset=dataset,
        category=category,
        product_hint=hint,
        defect_types="\n".join(f"- {n}" for n in names),
    )
    context = {"dataset": dataset, "category": category, "defect_types": names, "hint": hint}
    result = SynthesisResult(config=TASK, samples=0, dry_run=dry_run)
    result.extra = {"dataset": dataset, "category": category, "defect_types": names}
    problems = ""
    knowledge: ProcessKnowledge | None = None
    with Ledger(Workspace(workspace).ledger_path) as ledger:
        for attempt in range(1, max_attempts + 1):
            request = TeacherRequest(
                task=TASK,
                template_id=template.template_id,
                template_hash=template.hash,
                system=system,
                user_text=user + problems,
                response_model=TEACHER_TASK.response_model,
                answer_offline=TEACHER_TASK.answer_offline,
                params=SamplingParams(temperature=0.2, max_tokens=4000),
                context=context,
                attempt=attempt,
            )
            run = run_requests(
                [request],
                engine_teacher,
                ledger,
                concurrency=1,
                max_cost_usd=max_cost_usd,
                dry_run=dry_run,
                progress=progress,
            )
            result.tally(run)
            if dry_run:
                result.estimated_cost_usd = run.estimated_cost_usd
                return result
            if run.stopped:
                result.stopped = run.stopped
                return result
            response = run.responses.get(engine_teacher.request_key(request))
            if response is None or not isinstance(response.parsed, ProcessDraft):
                reason = response.error or response.outcome if response is not None else "none"
                problems = f"\n\nYour previous answer could not be used ({reason}). Answer again."
                result.rule_failures["unusable_answer"] = (
                    result.rule_failures.get("unusable_answer", 0) + 1
                )
                continue
            try:
                knowledge = knowledge_from_draft(
                    response.parsed,
                    dataset=dataset,
                    category=category,
                    origin=origin_of(engine_teacher),
                    defect_types=names,
                    source=f"draft {dataset}/{category} from {engine_teacher.name}",
                )
                break
            except InputError as exc:
                result.rule_failures["invalid_draft"] = (
                    result.rule_failures.get("invalid_draft", 0) + 1
                )
                problems = f"\n\nYour previous draft was invalid; fix these problems:\n{exc}"
    if knowledge is None:
        result.rejected = 1
        raise TeacherError(
            f"{engine_teacher.name} gave no valid draft for {dataset}/{category} in "
            f"{max_attempts} attempt(s); last problem: {problems.strip() or 'no answer'}"
        )
    header = (
        f"DRAFT written by {engine_teacher.name} with iad-data synthesize-process: review every\n"
        f"step and cause, then set `origin: curated` to protect it from later drafts."
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    from iad_data.core.workspace import atomic_write

    text = process_yaml(knowledge, header)
    atomic_write(target, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    load_process_file(target)  # what was written reads back as valid knowledge
    result.records_path = target
    result.written = 1
    result.extra.update(origin=knowledge.origin, steps=[s.id for s in knowledge.steps])
    return result


# ---------------------------------------------------------------- offline answerer

_STEPS: tuple[tuple[str, str, str, list[str]], ...] = (
    (
        "material_preparation",
        "Material preparation",
        "Raw material is received, checked, cleaned and prepared (cut, mixed or conditioned).",
        ["incoming inspection", "cutting or mixing equipment"],
    ),
    (
        "forming",
        "Forming",
        "The part gets its shape by moulding, pressing, machining, extrusion or bending.",
        ["forming machine", "tooling"],
    ),
    (
        "assembly",
        "Assembly and joining",
        "Components are placed, inserted and joined to the part.",
        ["assembly station", "feeders", "joining tools"],
    ),
    (
        "surface_finishing",
        "Surface finishing",
        "The surface is cleaned, coated, printed or otherwise finished.",
        ["finishing line", "coating or printing equipment"],
    ),
    (
        "handling_packing",
        "Handling and packing",
        "Finished parts are conveyed, inspected, stacked and packed.",
        ["conveyors", "inspection station", "packing line"],
    ),
)

_CAUSE_WORDS: tuple[tuple[tuple[str, ...], list[str], str], ...] = (
    (
        ("scratch", "abrasion", "scuff", "rough"),
        ["handling_packing", "surface_finishing"],
        "contact with other parts or equipment marks the surface",
    ),
    (
        ("missing", "mismatch", "misplace", "extra", "wrong", "swap", "flip", "type"),
        ["assembly", "handling_packing"],
        "a component or part is left out, mixed up or put in the wrong place",
    ),
    (
        ("contamination", "dirt", "spot", "stain", "color", "colour", "rust", "oil", "liquid"),
        ["material_preparation", "surface_finishing"],
        "foreign material or an uneven finish changes the surface locally",
    ),
    (
        ("crack", "broken", "break", "chip", "damage", "burnt", "melt"),
        ["forming", "handling_packing"],
        "stress, heat or an impact breaks the material",
    ),
    (
        ("bent", "bend", "deform", "squeeze", "misshape", "dent", "flat", "fold"),
        ["forming", "handling_packing"],
        "the part is shaped wrongly or deformed by force",
    ),
    (
        ("hole", "poke", "cut", "puncture"),
        ["forming", "handling_packing"],
        "a tool or sharp object cuts or punctures the material",
    ),
)


def _offline_defect(name: str) -> DraftDefect:
    words = name.replace("_", " ")
    steps, why = ["forming", "handling_packing"], "the process deviates from its settings"
    for keys, cause_steps, reason in _CAUSE_WORDS:
        if any(k in name for k in keys):
            steps, why = cause_steps, reason
            break
    return DraftDefect(
        name=name,
        cause_steps=steps,
        mechanism=f"Generic draft: {why}, giving {words}.",
        visual_signature=f"A local {words} that breaks the regular appearance of the part.",
        line_checks=[f"Check the settings and condition of the {steps[0].replace('_', ' ')} step."],
    )


def offline_process_draft(request: TeacherRequest) -> ProcessDraft:
    """A generic but valid draft from the defect names alone, so the path runs without keys."""
    category = str(request.context.get("category", "part"))
    names = [str(n) for n in request.context.get("defect_types", [])]
    product = category.replace("_", " ")
    return ProcessDraft(
        product=product,
        material="unknown material (generic draft: state the real one)",
        normal_appearance=(
            f"A defect-free {product} with its regular shape, complete features and an even "
            "surface (generic draft: describe the real images)."
        ),
        steps=[ProcessStep(id=i, name=n, description=d, equipment=e) for i, n, d, e in _STEPS],
        inspection_hints=[
            InspectionHint(
                area="whole part",
                look_for="anything that breaks the regular shape or surface",
                steps=["forming", "handling_packing"],
            )
        ],
        defects=[_offline_defect(n) for n in names],
    )


__all__ = [
    "DraftDefect",
    "ProcessDraft",
    "check_dataset_name",
    "knowledge_from_draft",
    "offline_process_draft",
    "origin_of",
    "refuse_curated",
    "synthesize_process",
]


TEACHER_TASK = TeacherTask(TASK, ProcessDraft, offline_process_draft)
"""the teacher request of a process draft: ledger name, answer model, offline answerer"""
