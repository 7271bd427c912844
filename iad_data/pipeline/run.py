"""``run``: every stage of a recipe in order, each skipped when its output is up to date.

Stages (the ``STAGES`` registry, in order): ingest -> synthesize_cot -> synthesize_instruct
-> validate -> split -> publish. After a stage succeeds, ``WORKSPACE/reports/run-<stage>.json``
records the fingerprint of what it read (its recipe section and the files of the stages
before it) and of what it wrote; the next run skips the stage while both still match.
A crash mid-stage leaves no marker, so the stage runs again: ingest and split rewrite their
tables, and the teacher stages read every paid answer back from the ledger instead of
sending it again. The first stage that cannot go on (missing root or key, budget reached,
records below the pass-rate threshold) stops the run with a message naming the recipe,
the stage and the fix; the stages before it stay done.

A run holds the workspace's lock (``iad_data.core.lock``) once for all its stages; a second
writer is refused (or waits, ``wait``). ``WORKSPACE/recipe.yaml`` is the recipe as run, headed
by a comment that lists the teachers that wrote each record set's records (a teacher change
keeps the records of the old teacher until they are made again); each synthesis marker's
summary holds the same counts as ``teachers_used``.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, is_dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl
import yaml

from iad_data.core.lock import workspace_lock
from iad_data.core.options import StageOptions, require_teacher
from iad_data.core.redact import redact, redact_value
from iad_data.core.workspace import Workspace, atomic_write, write_json
from iad_data.errors import BudgetExceeded, IadDataError, InputError, TeacherError, ValidationFailed
from iad_data.ingestion.options import IngestOptions
from iad_data.pipeline.recipe import BenchmarkSource, Recipe, SyntheticSource, load_recipe
from iad_data.tasks.registry import RecordSet, record_sets
from iad_data.tasks.store import count_rejects, teachers_used

Log = Callable[[str], None]
SYNTHETIC_MARK = ".iad-synthetic.json"
"""written into a synthetic benchmark root: the options it was generated with"""


@dataclass
class Context:
    """What every stage function gets."""

    recipe: Recipe
    ws: Workspace
    progress: bool
    log: Log


@dataclass(frozen=True)
class StageOutput:
    summary: dict[str, Any]
    outputs: list[Path]
    complete: bool = True
    """False when some requests failed: the next run runs the stage again (cheaply)"""


@dataclass(frozen=True)
class Stage:
    """One step of a recipe: when it applies, what it reads, how to check it, how to run it."""

    name: str
    configured: Callable[[Recipe], bool]
    config: Callable[[Context], Any]
    """the recipe section the stage depends on (JSON-able)"""
    inputs: Callable[[Context], list[Path]]
    """files of earlier stages it reads"""
    run: Callable[[Context], StageOutput]
    preflight: Callable[[Context], None] | None = None
    """cheap check before any stage runs: a missing root or key stops the run at once"""


# ---------------------------------------------------------------------------- fingerprints


def file_digest(path: Path) -> str | None:
    """sha256 of a file; for a folder, of its file names and sizes; None when missing."""
    if path.is_file():
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()
    if path.is_dir():
        listing = sorted(
            (p.relative_to(path).as_posix(), p.stat().st_size)
            for p in path.rglob("*")
            if p.is_file()
        )
        return hashlib.sha256(json.dumps(listing).encode()).hexdigest()
    return None


def _rel(ws: Workspace, path: Path) -> str:
    try:
        return path.resolve().relative_to(ws.path.resolve()).as_posix()
    except ValueError:
        return str(path.resolve())


def _abs(ws: Workspace, name: str) -> Path:
    path = Path(name)
    return path if path.is_absolute() else ws.path / path


def fingerprint(stage: Stage, ctx: Context) -> str:
    payload = {
        "stage": stage.name,
        "config": stage.config(ctx),
        "inputs": {_rel(ctx.ws, p): file_digest(p) for p in stage.inputs(ctx)},
    }
    text = json.dumps(payload, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def marker_path(workspace: Workspace | str | Path, stage: str) -> Path:
    """``WORKSPACE/reports/run-<stage>.json``: the stage's done marker."""
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    return ws.marker_path(stage)


def read_marker(ws: Workspace, stage: str) -> dict[str, Any] | None:
    path = marker_path(ws, stage)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def up_to_date(stage: Stage, ctx: Context) -> bool:
    """The marker matches what the stage would read now, and its outputs are unchanged."""
    marker = read_marker(ctx.ws, stage.name)
    if (
        not marker
        or not marker.get("complete")
        or marker.get("fingerprint") != fingerprint(stage, ctx)
    ):
        return False
    outputs: dict[str, str | None] = marker.get("outputs", {})
    return all(file_digest(_abs(ctx.ws, name)) == digest for name, digest in outputs.items())


# ---------------------------------------------------------------------------- helpers


def _count_rows(path: Path) -> int:
    if not path.is_file():
        return 0
    return int(pl.scan_parquet(path).select(pl.len()).collect().item())


def _as_dict(result: Any) -> dict[str, Any]:
    """A stage result as JSON-able data (``to_dict``/``summary`` if it has one)."""
    for name in ("to_dict", "summary"):
        method = getattr(result, name, None)
        if callable(method):
            data = method()
            if isinstance(data, dict):
                loaded: dict[str, Any] = json.loads(json.dumps(data, default=str))
                return loaded
    if is_dataclass(result) and not isinstance(result, type):
        plain: dict[str, Any] = json.loads(json.dumps(asdict(result), default=str))
        return plain
    raise TypeError(f"cannot summarise {type(result).__name__}")


def _task_configs(recipe: Recipe) -> list[str]:
    """The record sets the recipe synthesises, in registry order."""
    return [rs.name for rs in record_sets() if getattr(recipe.tasks, rs.name, None) is not None]


def _check_teacher(spec: str, where: str, ctx: Context) -> None:
    from iad_data.teach.providers import make_teacher

    try:
        make_teacher(spec)
    except IadDataError as exc:
        raise type(exc)(f"{ctx.recipe.origin}: {where} = {spec!r}: {exc}") from None


def _check_prompts(prompts: list[str], where: str, ctx: Context) -> None:
    from iad_data.core.prompts import load_template

    for index, name in enumerate(prompts):
        try:
            load_template(name)
        except InputError as exc:
            raise InputError(f"{ctx.recipe.origin}: {where}[{index}]: {exc}") from None


# ---------------------------------------------------------------------------- ingest


def _synthetic_root(spec: SyntheticSource, ctx: Context, index: int) -> Path:
    syn = spec.synthetic
    if syn.root is not None:
        return ctx.recipe.resolve_path(syn.root, f"sources[{index}].synthetic.root")
    return ctx.ws.benchmark_dir(syn.layout)


def _source_roots(ctx: Context) -> list[Path]:
    roots = []
    for index, src in enumerate(ctx.recipe.sources):
        if isinstance(src, SyntheticSource):
            roots.append(_synthetic_root(src, ctx, index))
        else:
            roots.append(ctx.recipe.resolve_path(src.root, f"sources[{index}].root"))
    return roots


def _ingest_config(ctx: Context) -> Any:
    """Each source as written, its resolved root, and the digest of its layout file."""
    config = []
    for index, (src, root) in enumerate(zip(ctx.recipe.sources, _source_roots(ctx), strict=True)):
        entry = {**src.model_dump(mode="json"), "resolved_root": str(root.resolve())}
        if isinstance(src, BenchmarkSource) and src.layout:
            layout = ctx.recipe.resolve_path(src.layout, f"sources[{index}].layout")
            entry["layout_digest"] = file_digest(layout)
        config.append(entry)
    return config


def _ingest_preflight(ctx: Context) -> None:
    for index, (src, root) in enumerate(zip(ctx.recipe.sources, _source_roots(ctx), strict=True)):
        if isinstance(src, BenchmarkSource) and not root.is_dir():
            raise InputError(
                f"{ctx.recipe.origin}: sources[{index}].root: {root} does not exist. Download "
                f"the {src.benchmark} release there, or point `root` at where it is."
            )


def generate_synthetic(spec: SyntheticSource, root: Path) -> bool:
    """Write the synthetic tree unless ``root`` already holds this exact one; True if written."""
    from iad_data.ingestion.generators import generate

    options = spec.synthetic.generator_options()
    mark = root / SYNTHETIC_MARK
    if mark.is_file():
        try:
            if json.loads(mark.read_text(encoding="utf-8")) == {
                "layout": spec.synthetic.layout,
                **options,
            }:
                return False
        except ValueError:
            pass
        shutil.rmtree(root)  # ours (it has our mark): regenerate with the new options
    elif root.exists() and any(root.iterdir()):
        raise InputError(
            f"{root} already holds files that iad-data did not generate; set "
            f"synthetic.root to an empty folder."
        )
    generate(spec.synthetic.layout, root, **options)
    write_json(mark, {"layout": spec.synthetic.layout, **options})
    return True


def _run_ingest(ctx: Context) -> StageOutput:
    from iad_data.ingestion.build import ingest

    ctx.ws.samples_path.unlink(missing_ok=True)  # the recipe's workspace holds its sources only
    reports = []
    for index, (src, root) in enumerate(zip(ctx.recipe.sources, _source_roots(ctx), strict=True)):
        if isinstance(src, SyntheticSource):
            generate_synthetic(src, root)
            mapped = ctx.recipe.with_engine(IngestOptions(root=str(root)))
            result = ingest(src.synthetic.benchmark, root, ctx.ws, mapped, progress=ctx.progress)
        else:
            options = ctx.recipe.with_engine(src).model_copy(
                update={
                    name: str(ctx.recipe.resolve_path(value, f"sources[{index}].{name}"))
                    for name in src.path_fields()
                    if (value := getattr(src, name))
                }
            )
            opts = IngestOptions.model_validate(options.model_dump(exclude={"benchmark"}))
            result = ingest(src.benchmark, None, ctx.ws, opts, progress=ctx.progress)
        report = result.summary()
        report["count_differences"] = len(report["count_differences"])
        reports.append(report)
    samples = _count_rows(ctx.ws.samples_path)
    return StageOutput({"samples": samples, "sources": reports}, [ctx.ws.samples_path])


# ---------------------------------------------------------------------------- synthesis


def _options(rs: RecordSet, ctx: Context) -> StageOptions:
    """The recipe's section of ``rs``, its paths resolved against the recipe's folder."""
    options: StageOptions = getattr(ctx.recipe.tasks, rs.name)
    where = f"tasks.{rs.name}"
    resolved = {
        name: str(ctx.recipe.resolve_path(value, f"{where}.{name}"))
        for name in options.path_fields()
        if (value := getattr(options, name))
    }
    return ctx.recipe.with_engine(options.model_copy(update=resolved))


def _synthesis_preflight(rs: RecordSet) -> Callable[[Context], None]:
    def preflight(ctx: Context) -> None:
        options = _options(rs, ctx)
        where = f"tasks.{rs.name}"
        _check_prompts(list(getattr(options, "prompts", [])), f"{where}.prompts", ctx)
        if hasattr(options, "teacher") and not getattr(options, "templates_only", False):
            spec = require_teacher(options.teacher, f"{ctx.recipe.origin}: {where}")
            _check_teacher(spec, f"{where}.teacher", ctx)
        for name in options.path_fields():
            value = getattr(options, name)
            if value and not Path(value).is_dir():
                raise InputError(f"{ctx.recipe.origin}: {where}.{name}: {value} is not a folder.")

    return preflight


def _synthesis_run(rs: RecordSet) -> Callable[[Context], StageOutput]:
    def run(ctx: Context) -> StageOutput:
        result = rs.synthesize(ctx.ws, _options(rs, ctx), progress=ctx.progress)
        if result.stopped and not result.stopped.startswith("budget"):
            raise TeacherError(
                f"{result.stopped}. {result.written} records are written and every paid answer "
                f"is in {ctx.ws.ledger_path}; run the recipe again to continue."
            )
        if result.stopped:
            raise BudgetExceeded(
                f"{result.stopped}. {result.written} records are written and every paid answer "
                f"is in {ctx.ws.ledger_path}; raise tasks.{rs.name}.max_cost_usd in "
                f"{ctx.recipe.origin} and run it again to continue."
            )
        path = result.records_path or ctx.ws.records_path(rs.name)
        summary = {**result.to_dict(), "teachers_used": teachers_used(path)}
        return StageOutput(summary, [path], complete=not result.failed)

    return run


def _has_task(name: str) -> Callable[[Recipe], bool]:
    def configured(recipe: Recipe) -> bool:
        return getattr(recipe.tasks, name, None) is not None

    return configured


def stage_name(rs: RecordSet) -> str:
    """``synthesize-cot`` -> ``synthesize_cot``: the stage (and its marker) of a record set."""
    return rs.command.replace("-", "_")


# ---------------------------------------------------------------------------- validate


def pass_rates(ws: Workspace, configs: list[str]) -> dict[str, float | None]:
    """Share of synthesised records that passed: records / (records + rejects), per config.

    Stale rows of the rejects file (records whose samples left the samples table) are no
    validation failures and are left out."""
    return {
        config: _pass_rate(
            _count_rows(ws.records_path(config)), count_rejects(ws.rejects_path(config))[0]
        )
        for config in configs
    }


def _pass_rate(passed: int, rejected: int) -> float | None:
    total = passed + rejected
    return round(passed / total, 4) if total else None


def _validate_inputs(ctx: Context) -> list[Path]:
    configs = _task_configs(ctx.recipe)
    return [ctx.ws.records_path(c) for c in configs] + [ctx.ws.rejects_path(c) for c in configs]


def _run_validate(ctx: Context) -> StageOutput:
    spec = ctx.recipe.validation
    configs = _task_configs(ctx.recipe)
    rates = pass_rates(ctx.ws, configs)
    summary: dict[str, Any] = {"pass_rates": rates, "min_pass_rate": spec.min_pass_rate}
    for config, rate in rates.items():
        if rate is not None and rate < spec.min_pass_rate:
            raise ValidationFailed(
                f"{config}: {rate:.1%} of records passed validation, below "
                f"validation.min_pass_rate {spec.min_pass_rate:.1%} in {ctx.recipe.origin}. "
                f"See the reasons in {ctx.ws.rejects_path(config)} (or `iad-data report "
                f"{ctx.ws.path}`); fix the prompt or teacher, or lower the threshold."
            )
    if spec.revalidate:
        from iad_data.tasks.validate import validate_path

        checked: dict[str, Any] = {}
        for config in configs:
            path = ctx.ws.records_path(config)
            if not _count_rows(path):
                continue
            report = validate_path(path)
            checked[config] = report.to_dict()
            if report.failed:
                rules = ", ".join(f"{rule} {n}" for rule, n in report.table() if n)
                raise ValidationFailed(
                    f"{report.failed} of {report.records} records of {path} fail validation "
                    f"now ({rules}): the rules changed or the file was edited. Run `iad-data "
                    f"validate {path}` to see them; delete the file and run the recipe again "
                    f"to rebuild it from the ledger."
                )
        summary["revalidated"] = checked
    return StageOutput(summary, [])


# ---------------------------------------------------------------------------- split, publish


def _run_split(ctx: Context) -> StageOutput:
    from iad_data.release.splits import make_splits

    spec = ctx.recipe.split
    assert spec is not None
    result = make_splits(ctx.ws, ctx.recipe.with_engine(spec), progress=False)
    return StageOutput(_as_dict(result), [ctx.ws.splits_path])


def publish_target(recipe: Recipe, ws: Workspace) -> tuple[str | None, Path | None]:
    """(Hub repo, local folder) of the recipe's publish section; a relative folder is in ws."""
    spec = recipe.publish
    if spec is None:
        return None, None
    if spec.to is None:
        return spec.repo, None
    folder = Path(spec.to).expanduser()
    return None, folder if folder.is_absolute() else ws.path / folder


def _publish_inputs(ctx: Context) -> list[Path]:
    configs = _task_configs(ctx.recipe)
    return [ctx.ws.samples_path, ctx.ws.splits_path] + [ctx.ws.records_path(c) for c in configs]


def _run_publish(ctx: Context) -> StageOutput:
    from iad_data.release.publish import publish

    spec = ctx.recipe.publish
    assert spec is not None
    repo, folder = publish_target(ctx.recipe, ctx.ws)
    options = spec.model_copy(update={"repo": repo, "to": str(folder) if folder else None})
    result = publish(ctx.ws, ctx.recipe.with_engine(options), progress=ctx.progress)
    return StageOutput(_as_dict(result), [folder] if folder is not None else [])


# ---------------------------------------------------------------------------- registry


def _section(name: str) -> Callable[[Context], Any]:
    def config(ctx: Context) -> Any:
        value: Any = ctx.recipe
        for part in name.split("."):
            value = getattr(value, part)
        # secrets in teacher URLs never reach a marker (nor, through it, a fingerprint)
        return redact_value(value.model_dump(mode="json")) if value is not None else None

    return config


def _samples_input(ctx: Context) -> list[Path]:
    return [ctx.ws.samples_path]


STAGES: dict[str, Stage] = {
    stage.name: stage
    for stage in (
        Stage(
            "ingest",
            configured=lambda r: True,
            config=_ingest_config,
            inputs=lambda ctx: [],
            run=_run_ingest,
            preflight=_ingest_preflight,
        ),
        *(
            Stage(
                stage_name(rs),
                configured=_has_task(rs.name),
                config=_section(f"tasks.{rs.name}"),
                inputs=_samples_input,
                run=_synthesis_run(rs),
                preflight=_synthesis_preflight(rs),
            )
            for rs in record_sets()
        ),
        Stage(
            "validate",
            configured=lambda r: bool(_task_configs(r)),
            config=_section("validation"),
            inputs=_validate_inputs,
            run=_run_validate,
        ),
        Stage(
            "split",
            configured=lambda r: r.split is not None,
            config=_section("split"),
            inputs=_samples_input,
            run=_run_split,
        ),
        Stage(
            "publish",
            configured=lambda r: r.publish is not None,
            config=lambda ctx: {
                **_section("publish")(ctx),
                "target": [str(p) for p in publish_target(ctx.recipe, ctx.ws) if p is not None],
            },
            inputs=_publish_inputs,
            run=_run_publish,
        ),
    )
}
"""Every stage by name, in the order a recipe runs them."""


# ---------------------------------------------------------------------------- the run


@dataclass
class StageReport:
    name: str
    status: str
    """ran, skipped (up to date), incomplete (ran; some requests failed) or not configured"""
    seconds: float = 0.0
    summary: dict[str, Any] = field(default_factory=dict)


@dataclass
class RunSummary:
    """The closing summary of a recipe run: what is in the workspace now, and where it went."""

    recipe: str
    workspace: Path
    stages: list[StageReport]
    samples: int
    records: dict[str, int]
    rejected: dict[str, int]
    """rejects that failed validation, per config"""
    stale: dict[str, int]
    """rejects rows of records whose samples left the samples table, per config"""
    pass_rates: dict[str, float | None]
    teacher_calls: int
    cost_usd: float
    output: str | None
    seconds: float

    def stage(self, name: str) -> StageReport:
        return next(s for s in self.stages if s.name == name)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["workspace"] = str(self.workspace)
        return data


def _ledger_totals(ws: Workspace) -> tuple[int, float]:
    if not ws.ledger_path.exists():
        return 0, 0.0
    from iad_data.teach.ledger import Ledger

    with Ledger(ws.ledger_path) as ledger:
        rows = ledger.cost_summary()
    return sum(r["requests"] for r in rows), round(sum(r["cost_usd"] for r in rows), 6)


def _already_published(stage: Stage, ctx: Context) -> bool:
    """Under ``force``: this publish section (target and version) was already published."""
    if stage.name != "publish":
        return False
    marker = read_marker(ctx.ws, stage.name)
    config = json.loads(json.dumps(stage.config(ctx), default=str))
    return bool(marker and marker.get("complete") and marker.get("config") == config)


def _output_location(recipe: Recipe, ws: Workspace) -> str | None:
    repo, folder = publish_target(recipe, ws)
    if recipe.publish is None:
        return None
    return f"{repo}@v{recipe.publish.version}" if repo else str(folder)


def _at_stage(exc: IadDataError, stage: str, recipe: Recipe, *, before: bool) -> IadDataError:
    """The stage's error, prefixed with the recipe and stage; ``before``: nothing ran yet."""
    after = (
        "Nothing was run; fix this and run the recipe again."
        if before
        else "The stages before it are done and kept; fix this and run the recipe again to "
        "continue from here."
    )
    message = redact(f"recipe {recipe.origin} stopped at stage {stage}: {exc}\n{after}")
    try:
        return type(exc)(message)
    except TypeError:  # an error class with another constructor
        return IadDataError(message)


def recipe_teachers_note(recipe: Recipe, ws: Workspace) -> str:
    """The recipe copy's header: which teachers wrote the records now in the workspace.

    The recipe names one teacher per record set; records an earlier run made with another
    teacher stay until they are made again, so the copy says who wrote what."""
    lines = []
    for config in _task_configs(recipe):
        used = teachers_used(ws.records_path(config))
        if used:
            listed = ", ".join(f"{teacher} ({n})" for teacher, n in used.items())
            lines.append(f"#   {config}: {listed}")
    if not lines:
        return ""
    return (
        "# Teachers that wrote the records (provenance.teacher of each record, with counts);\n"
        "# the teacher settings below are what this recipe asks for now:\n"
        + "\n".join(lines)
        + "\n"
    )


def _write_recipe_copy(recipe: Recipe, ws: Workspace) -> None:
    """The recipe travels with the data: ``WORKSPACE/recipe.yaml`` (publish can carry it),
    headed by ``recipe_teachers_note``."""
    body = redact(
        yaml.safe_dump(recipe.model_dump(mode="json", exclude_none=True), sort_keys=False)
    )
    text = recipe_teachers_note(recipe, ws) + body

    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8")

    atomic_write(ws.recipe_path, write)


def run_recipe(
    recipe: str | Path | Recipe,
    *,
    workspace: str | Path | None = None,
    progress: bool = True,
    force: bool = False,
    log: Log | None = None,
    wait: bool = False,
) -> RunSummary:
    """Run a recipe's stages in order, skipping those whose output is up to date.

    ``workspace`` overrides the recipe's ``workspace:``; ``force`` runs every stage again
    (the teacher stages still answer from the ledger) but a publish of a version already
    published to the same target: a version is never published twice. ``log`` receives one
    line per stage. Raises the first stage's ``IadDataError`` (naming the stage and the fix).
    The workspace's lock is held for the whole run: while another command writes the
    workspace the run is refused with ``WorkspaceLocked``, or waits with ``wait``.
    """
    started = time.perf_counter()
    rec = recipe if isinstance(recipe, Recipe) else load_recipe(recipe)
    ws_path = workspace or rec.workspace
    if ws_path is None:
        raise InputError(
            f"{rec.origin} sets no `workspace:`; give one with --workspace (or workspace=)."
        )
    ws = Workspace(ws_path)
    ws.path.mkdir(parents=True, exist_ok=True)
    with workspace_lock(ws, "run", wait=wait):
        return _run(rec, ws, started, progress=progress, force=force, log=log)


def _run(
    rec: Recipe, ws: Workspace, started: float, *, progress: bool, force: bool, log: Log | None
) -> RunSummary:
    ctx = Context(rec, ws, progress, log or (lambda line: None))
    stages = [s for s in STAGES.values() if s.configured(rec)]
    for stage in stages:  # cheap checks first: never ingest 100k images, then miss a key
        marker = read_marker(ws, stage.name)
        if stage.preflight and (force or not marker or not marker.get("complete")):
            try:
                stage.preflight(ctx)
            except IadDataError as exc:
                raise _at_stage(exc, stage.name, rec, before=True) from None
    _write_recipe_copy(rec, ws)
    reports: list[StageReport] = []
    for number, stage in enumerate(STAGES.values(), 1):
        head = f"[{number}/{len(STAGES)}] {stage.name}"
        if stage not in stages:
            reports.append(StageReport(stage.name, "not configured"))
            continue
        if (up_to_date(stage, ctx) and not force) or (force and _already_published(stage, ctx)):
            marker = read_marker(ws, stage.name) or {}
            reports.append(StageReport(stage.name, "skipped", 0.0, marker.get("summary", {})))
            ctx.log(f"{head}: up to date, skipped")
            continue
        ctx.log(f"{head}: running")
        t0 = time.perf_counter()
        try:
            out = stage.run(ctx)
        except IadDataError as exc:
            raise _at_stage(exc, stage.name, rec, before=False) from exc
        seconds = round(time.perf_counter() - t0, 3)
        write_json(
            marker_path(ws, stage.name),
            {
                "stage": stage.name,
                "recipe": rec.name,
                "fingerprint": fingerprint(stage, ctx),
                "config": stage.config(ctx),
                "outputs": {_rel(ws, p): file_digest(p) for p in out.outputs},
                "complete": out.complete,
                "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "seconds": seconds,
                "summary": out.summary,
            },
        )
        if stage.name in {stage_name(rs) for rs in record_sets()}:  # teachers may change
            _write_recipe_copy(rec, ws)
        status = "ran" if out.complete else "incomplete"
        reports.append(StageReport(stage.name, status, seconds, out.summary))
        note = "" if out.complete else " (some requests failed; run again to retry them)"
        ctx.log(f"{head}: done in {seconds:.1f} s{note}")
    configs = _task_configs(rec)
    calls, cost = _ledger_totals(ws)
    records = {c: _count_rows(ws.records_path(c)) for c in configs}
    counted = {c: count_rejects(ws.rejects_path(c)) for c in configs}
    rejected = {c: n for c, (n, _) in counted.items()}
    return RunSummary(
        recipe=rec.name,
        workspace=ws.path,
        stages=reports,
        samples=_count_rows(ws.samples_path),
        records=records,
        rejected=rejected,
        stale={c: n for c, (_, n) in counted.items()},
        pass_rates={c: _pass_rate(records[c], rejected[c]) for c in configs},
        teacher_calls=calls,
        cost_usd=cost,
        output=_output_location(rec, ws),
        seconds=round(time.perf_counter() - started, 3),
    )
