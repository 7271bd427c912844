"""The calibration suite: planted-error records and correct paraphrases, and what the
validator makes of them.

``build_cases`` writes a small synthetic benchmark (MVTec AD and MPDD layouts), ingests it,
has the offline teacher write both record sets, and plants each error class of
``ERROR_CLASSES`` into those correct records (many phrasings each, from a seeded generator),
next to correct paraphrases that must pass. ``run_calibration`` validates every case through
``tasks.validate.validate_rows`` (schema, model and rules, as ``iad-data validate`` does) and
returns the recall per error class and the false-reject rate on the correct ones.
``validator_version`` names the rules that were measured, so a card can say which validator
its figures belong to.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import inspect
import random
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from iad_data.core.records import RecordBase
from iad_data.core.rules import Findings
from iad_data.core.version import __version__
from iad_data.core.workspace import Workspace, write_json
from iad_data.errors import InputError
from iad_data.tasks.calibration import planting as pl_
from iad_data.tasks.calibration.books import DEFAULT_PHRASEBOOK, PHRASEBOOKS, Phrasebook
from iad_data.tasks.calibration.books import phrasebook as _book
from iad_data.tasks.calibration.planting import Facts, Planter

TARGET_RECALL = 0.95
TARGET_FALSE_REJECT = 0.02
DEFAULT_PER_CLASS = 60
DEFAULT_SEED = 0
REPORT_VERSION = 1

BENCHMARK: dict[str, dict[str, Any]] = {
    "mvtec": {"categories": ["bottle", "carpet", "leather", "screw", "metal_nut"]},
    "mpdd": {"categories": ["metal_plate"]},
}
"""the synthetic benchmark the correct records are written for (layout -> options)"""


@dataclass(frozen=True)
class ErrorClass:
    """One class of record the validator must reject (or, ``ok``, must pass)."""

    name: str
    description: str
    expect: Literal["reject", "pass"]
    planters: dict[str, Planter]
    """record set -> planter"""


def _cls(name: str, description: str, ea: Planter | None, ins: Planter | None) -> ErrorClass:
    planters = {k: v for k, v in (("expert_ad", ea), ("instruct_iad", ins)) if v is not None}
    expect: Literal["reject", "pass"] = "pass" if name.startswith("ok_") else "reject"
    return ErrorClass(name, description, expect, planters)


P = pl_
ERROR_CLASSES: tuple[ErrorClass, ...] = (
    _cls(
        "dismissed_defect",
        "a middle step dismisses the defect while the answer says Yes",
        P.ea_dismissed,
        P.in_dismissed,
    ),
    _cls(
        "normal_described_defect",
        "a normal image whose reasoning describes a defect before answering No",
        P.ea_normal_described,
        P.in_normal_described,
    ),
    _cls(
        "wrong_cell_step",
        "a step names another grid cell than the answer and the truth",
        P.ea_wrong_cell,
        P.in_wrong_cell,
    ),
    _cls(
        "hedged_type",
        "hedging between two types, in the text or in the type tag",
        P.ea_hedged,
        P.in_hedged,
    ),
    _cls(
        "verdict_flipped_prose",
        "the prose states the opposite verdict, without a leading Yes/No",
        P.ea_flipped,
        P.in_flipped,
    ),
    _cls(
        "steps_in_prose",
        "a non-causal step or another category's step named in prose",
        P.ea_steps_in_prose,
        P.in_steps_in_prose,
    ),
    _cls(
        "repetition",
        "repeated sentences, copied steps or n-gram filler",
        P.ea_repetition,
        P.in_repetition,
    ),
    _cls(
        "over_length",
        "reasoning far beyond a completion budget (about 1,300 to 2,400 words)",
        P.ea_over_length,
        P.in_over_length,
    ),
    _cls(
        "hint_leak",
        "the reasoning cites supervision it could not see (labels, masks, boxes, being told)",
        P.ea_leak,
        P.in_leak,
    ),
    _cls(
        "sibling_type",
        "another defect type of the same category, in the tag or the prose",
        P.ea_sibling,
        P.in_sibling,
    ),
    _cls(
        "part_as_type",
        "a part of the product named as the defect type",
        P.ea_part_as_type,
        P.in_part_as_type,
    ),
    _cls(
        "negated_verdict",
        "a negated verdict that means the opposite of the answer ('not free of defects')",
        P.ea_negated,
        P.in_negated,
    ),
    _cls(
        "prose_type_mismatch",
        "the prose names an unrelated defect type while the tag or claim is right",
        P.ea_prose_type,
        P.in_prose_type,
    ),
    _cls(
        "ok_offline",
        "the offline teacher's records as written (zero- and one-shot)",
        P.ea_ok_offline,
        P.in_ok_offline,
    ),
    _cls(
        "ok_synonyms",
        "the defect in the category's own words (crease, corrosion, chipped rim, ...)",
        P.ea_ok_synonyms,
        P.in_ok_synonyms,
    ),
    _cls(
        "ok_negated_yes",
        "a Yes said with negation ('not defect-free', 'far from flawless')",
        P.ea_ok_negated_yes,
        P.in_ok_negated_yes,
    ),
    _cls(
        "ok_passes_inspection",
        "a No said in other words ('passes inspection', 'nothing to reject it for')",
        P.ea_ok_passes,
        P.in_ok_passes,
    ),
    _cls(
        "ok_location_words",
        "grid cells in everyday words (upper left, lower part, centre, away from the center)",
        P.ea_ok_location,
        P.in_ok_location,
    ),
    _cls(
        "ok_canonical_type",
        "instruction answers naming the canonical type instead of the dataset's label",
        None,
        P.in_ok_canonical,
    ),
    _cls(
        "ok_one_shot_reference",
        "one-shot records comparing with the normal reference image",
        P.ea_ok_one_shot,
        None,
    ),
    _cls(
        "ok_cause_in_prose",
        "a listed cause step named in prose beside its citation",
        None,
        P.in_ok_cause_prose,
    ),
)
"""every class the suite plants, errors first; ``ok_*`` classes must pass"""


def class_names() -> list[str]:
    return [c.name for c in ERROR_CLASSES]


@dataclass(frozen=True)
class Case:
    """One calibration record: what was planted, into which record set, and the record."""

    case_id: str
    error_class: str
    expect: Literal["reject", "pass"]
    record_set: str
    record: RecordBase
    planted: str


@dataclass
class BaseRecords:
    """Correct records of both record sets, and the facts of their categories."""

    records: dict[str, list[RecordBase]]
    facts: dict[tuple[str, str], Facts]


def _facts(workspace: Path, records: dict[str, list[RecordBase]]) -> dict[tuple[str, str], Facts]:
    import polars as pl

    from iad_data.core.defect_types import load_type_table
    from iad_data.knowledge.process import load_process

    samples = Workspace(workspace).require_samples()
    table = load_type_table()
    types: dict[tuple[str, str], list[str]] = {}
    for row in samples.filter(pl.col("label") == "anomaly").iter_rows(named=True):
        types.setdefault((row["dataset"], row["category"]), []).append(row["defect_type"])
    knowledge = {key: load_process(*key) for key in types}
    out: dict[tuple[str, str], Facts] = {}
    for (dataset, category), names in types.items():
        know = knowledge[(dataset, category)]
        foreign = tuple(
            sorted(
                {
                    s.name
                    for key, other in knowledge.items()
                    if other is not None and key != (dataset, category)
                    for s in other.steps
                }
                - ({s.name for s in know.steps} if know else set())
            )
        )
        unique = tuple(sorted(set(names)))
        out[(dataset, category)] = Facts(
            product=know.product if know else category.replace("_", " "),
            knowledge=know,
            defect_types=unique,
            canonical={t: table.resolve(dataset, category, t).canonical for t in unique},
            foreign_steps=foreign,
        )
    return out


def build_base(folder: str | Path, *, seed: int = DEFAULT_SEED) -> BaseRecords:
    """Generate the benchmark under ``folder``, ingest it, and let the offline teacher write
    both record sets (the one-shot form of every trace included)."""
    import polars as pl

    from iad_data.core.table import from_frame
    from iad_data.ingestion.build import ingest
    from iad_data.ingestion.generators import generate
    from iad_data.tasks.expert_ad.synthesize import synthesize_cot
    from iad_data.tasks.instruct_iad.synthesize import synthesize_instruct
    from iad_data.tasks.registry import record_sets

    root = Path(folder)
    ws = root / "workspace"
    for layout, options in BENCHMARK.items():
        tree = root / "benchmarks" / layout
        generate(
            layout,
            tree,
            n_train=2,
            n_test_good=3,
            n_test_per_defect=2,
            size=64,
            seed=seed,
            **options,
        )
        ingest(layout, tree, ws, progress=False, workers=1)
    synthesize_cot(ws, teacher="offline", one_shot=True, progress=False)
    synthesize_instruct(ws, teacher="offline", progress=False)
    registry = record_sets()
    records: dict[str, list[RecordBase]] = {}
    for name in ("expert_ad", "instruct_iad"):
        path = Workspace(ws).records_path(name)
        model = registry.get(name).record_model
        records[name] = list(from_frame(model, pl.read_parquet(path)))
    return BaseRecords(records, _facts(ws, records))


def _facts_of(record: RecordBase, base: BaseRecords) -> Facts:
    truth: Any = getattr(record, "truth", None)
    return base.facts[(truth.dataset, truth.category)]


def plant_cases(
    base: BaseRecords,
    *,
    per_class: int = DEFAULT_PER_CLASS,
    seed: int = DEFAULT_SEED,
    classes: Sequence[str] | None = None,
    phrasebook: str | Phrasebook = DEFAULT_PHRASEBOOK,
) -> list[Case]:
    """Up to ``per_class`` cases per class and record set, each from another record and with
    its own draw of phrasings (a planted text seen before is drawn again), worded from the
    phrasebook ``phrasebook`` (``main`` or ``held_out``)."""
    book = _book(phrasebook)
    wanted = set(classes) if classes else None
    unknown = (wanted or set()) - set(class_names())
    if unknown:
        raise InputError(
            f"unknown calibration class {', '.join(sorted(unknown))}; known: "
            f"{', '.join(class_names())}."
        )
    cases: list[Case] = []
    for cls in ERROR_CLASSES:
        if wanted is not None and cls.name not in wanted:
            continue
        for record_set, planter in cls.planters.items():
            pool = list(base.records.get(record_set, []))
            salt = "" if book.name == DEFAULT_PHRASEBOOK else f":{book.name}"
            rng = random.Random(f"{seed}:{cls.name}:{record_set}{salt}")
            rng.shuffle(pool)
            seen: set[str] = set()
            made = 0
            for tries in range(len(pool) * 3):
                if made >= per_class or not pool:
                    break
                record = pool[tries % len(pool)]
                facts = dataclasses.replace(_facts_of(record, base), book=book)
                planted = planter(record, facts, rng)
                if planted is None:
                    continue
                new, words = planted
                key = new.model_dump_json(include={"messages"})
                if key in seen:
                    continue
                seen.add(key)
                case_id = f"{new.record_id}.calib.{cls.name}.{made:03d}"
                cases.append(
                    Case(
                        case_id=case_id,
                        error_class=cls.name,
                        expect=cls.expect,
                        record_set=record_set,
                        record=new.model_copy(update={"record_id": case_id}),
                        planted=words,
                    )
                )
                made += 1
    return cases


def build_cases(
    *,
    per_class: int = DEFAULT_PER_CLASS,
    seed: int = DEFAULT_SEED,
    folder: Path | None = None,
    phrasebook: str | Phrasebook = DEFAULT_PHRASEBOOK,
) -> list[Case]:
    """The whole suite: benchmark, offline records and planted cases worded from
    ``phrasebook`` (in a temporary folder unless ``folder`` is given)."""
    if folder is not None:
        base = build_base(folder, seed=seed)
    else:
        with tempfile.TemporaryDirectory(prefix="iad-calibration-") as tmp:
            base = build_base(tmp, seed=seed)
    return plant_cases(base, per_class=per_class, seed=seed, phrasebook=phrasebook)


# ------------------------------------------------------------------ measuring


RULE_MODULES = (
    "iad_data.core.reading",
    "iad_data.core.rules",
    "iad_data.core.defect_types",
    "iad_data.tasks.checks",
)
"""modules every record set's rules read, whether or not a rule module names them"""


MEASURED_SETS = ("expert_ad", "instruct_iad")
"""the record sets the suite plants into: the validator it measures is their rules"""


def _measured() -> list[Any]:
    from iad_data.tasks.registry import record_sets

    registry = record_sets()
    return [registry.get(name) for name in MEASURED_SETS]


def _rule_sources() -> list[Path]:
    """Source files of the rules: each rule's module, the ``iad_data`` modules it imports
    from, and ``RULE_MODULES`` (with their submodules) as loaded."""
    import sys

    found: set[str] = set()
    for record_set in _measured():
        for rule in record_set.validator.rules:
            module = inspect.getmodule(rule.check)
            if module is None:
                continue
            found.add(module.__name__)
            for value in vars(module).values():
                dep = value if inspect.ismodule(value) else inspect.getmodule(value)
                if dep is not None and dep.__name__.startswith("iad_data."):
                    found.add(dep.__name__)
    files = {getattr(sys.modules.get(n), "__file__", None) for n in found}
    for name in RULE_MODULES:  # whole packages, read from disk: not what happens to be imported
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        where = getattr(module, "__file__", None)
        if where is None:
            continue
        if Path(where).name == "__init__.py":
            files.update(str(p) for p in Path(where).parent.rglob("*.py"))
        else:
            files.add(where)
    return sorted(Path(f) for f in files if f)


def validator_version() -> str:
    """``<toolkit version>+<hash>``: the hash covers the rule names of the measured record
    sets (``MEASURED_SETS``), the source of their rules (``_rule_sources``) and the data
    files under ``recipes/`` the rules read (``vocabulary/``, ``defect_types.yaml``), so any
    change to what is measured changes it."""

    digest = hashlib.sha256()
    for record_set in _measured():
        for rule in record_set.validator.rules:
            digest.update(f"{record_set.name}:{rule.name}\n".encode())
    for path in _rule_sources():
        digest.update(path.read_bytes())
    recipes = Path(str(resources.files("iad_data.recipes")))
    for sub in ("vocabulary", "defect_types.yaml"):
        target = recipes / sub
        found = sorted(target.rglob("*")) if target.is_dir() else [target]
        for data in found:
            if data.is_file():
                digest.update(str(data.relative_to(recipes)).encode())
                digest.update(data.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def suite_version(phrasebook: str | Phrasebook = DEFAULT_PHRASEBOOK) -> str:
    """A hash of the suite's own code and words and of the phrasebook's name: figures of two
    suite versions, or of two books, differ."""
    digest = hashlib.sha256()
    digest.update(f"phrasebook:{_book(phrasebook).name}\n".encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@dataclass
class ClassResult:
    """What the validator did with one class of one record set."""

    error_class: str
    record_set: str
    expect: str
    records: int = 0
    rejected: int = 0
    rules: dict[str, int] = field(default_factory=dict)
    """rule -> records of this class it failed"""
    missed: list[dict[str, str]] = field(default_factory=list)
    """a few cases that went the wrong way: id and planted words (and findings)"""

    @property
    def rate(self) -> float:
        """recall for an error class, false-reject rate for an ``ok_`` class"""
        return self.rejected / self.records if self.records else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "class": self.error_class,
            "record_set": self.record_set,
            "expect": self.expect,
            "records": self.records,
            "rejected": self.rejected,
            "rate": round(self.rate, 4),
            "rules": dict(sorted(self.rules.items(), key=lambda kv: -kv[1])),
            "missed": self.missed,
        }


MAX_MISSED = 3


@dataclass
class CalibrationReport:
    """Recall per error class, false rejects on the correct paraphrases, and for which
    validator."""

    validator_version: str
    seed: int
    per_class: int
    results: list[ClassResult]
    judge: str | None = None
    phrasebook: str = DEFAULT_PHRASEBOOK
    """the phrasebook the cases were worded from (``main``, or ``held_out``: never tuned to)"""

    def errors(self) -> list[ClassResult]:
        return [r for r in self.results if r.expect == "reject"]

    def correct(self) -> list[ClassResult]:
        return [r for r in self.results if r.expect == "pass"]

    def recall_by_class(self) -> dict[str, dict[str, float]]:
        """class -> records, caught, recall over both record sets"""
        out: dict[str, dict[str, float]] = {}
        for r in self.errors():
            row = out.setdefault(r.error_class, {"records": 0, "caught": 0})
            row["records"] += r.records
            row["caught"] += r.rejected
        for row in out.values():
            row["recall"] = round(row["caught"] / row["records"], 4) if row["records"] else 0.0
        return out

    @property
    def false_reject_rate(self) -> float:
        total = sum(r.records for r in self.correct())
        return sum(r.rejected for r in self.correct()) / total if total else 0.0

    @property
    def correct_records(self) -> int:
        return sum(r.records for r in self.correct())

    @property
    def min_recall(self) -> float:
        rows = self.recall_by_class().values()
        return min((row["recall"] for row in rows), default=0.0)

    @property
    def meets_targets(self) -> bool:
        return self.min_recall >= TARGET_RECALL and self.false_reject_rate <= TARGET_FALSE_REJECT

    def table(self) -> list[list[Any]]:
        """rows of class, record set, records, rejected, rate (recall or false rejects)"""
        return [
            [r.error_class, r.record_set, r.expect, r.records, r.rejected, f"{100 * r.rate:.1f}%"]
            for r in self.results
        ]

    def render(self) -> str:
        """The calibration table as text: recall per error class beside the target, false
        rejects per correct class, and whether the targets are met."""
        head = (
            f"validator {self.validator_version}"
            + (f", judge {self.judge}" if self.judge else "")
            + f", phrasebook {self.phrasebook}"
        )
        lines = [
            f"{head}: {sum(r.records for r in self.results)} calibration records, seed {self.seed}",
            "",
        ]

        def top(result: ClassResult) -> str:
            ranked = sorted(result.rules.items(), key=lambda kv: -kv[1])[:3]
            return ", ".join(f"{k} {v}" for k, v in ranked)

        errors = [
            [r.error_class, r.record_set, r.records, r.rejected, f"{100 * r.rate:.1f}%", top(r)]
            for r in self.errors()
        ]
        lines += _text_table(
            ["error class", "set", "records", "caught", "recall", "caught by"], errors
        )
        lines += ["", f"recall over both record sets (target >= {100 * TARGET_RECALL:.0f}%):"]
        lines += _text_table(
            ["error class", "records", "caught", "recall", "target met"],
            [
                [
                    name,
                    int(row["records"]),
                    int(row["caught"]),
                    f"{100 * row['recall']:.1f}%",
                    "yes" if row["recall"] >= TARGET_RECALL else "no",
                ]
                for name, row in self.recall_by_class().items()
            ],
        )
        correct = [
            [r.error_class, r.record_set, r.records, r.rejected, f"{100 * r.rate:.1f}%", top(r)]
            for r in self.correct()
        ]
        lines.append("")
        lines += _text_table(
            ["correct class", "set", "records", "rejected", "false rejects", "rejected by"],
            correct,
        )
        verdict = "targets met." if self.meets_targets else "targets NOT met."
        lines += [
            "",
            f"lowest recall {100 * self.min_recall:.1f}% (target >= {100 * TARGET_RECALL:.0f}%); "
            f"false rejects {100 * self.false_reject_rate:.1f}% of {self.correct_records} "
            f"correct records (target <= {100 * TARGET_FALSE_REJECT:.0f}%): {verdict}",
        ]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "report_version": REPORT_VERSION,
            "validator_version": self.validator_version,
            "suite_version": suite_version(self.phrasebook),
            "phrasebook": self.phrasebook,
            "judge": self.judge,
            "seed": self.seed,
            "per_class": self.per_class,
            "targets": {"recall": TARGET_RECALL, "false_reject_rate": TARGET_FALSE_REJECT},
            "recall": self.recall_by_class(),
            "min_recall": round(self.min_recall, 4),
            "false_reject_rate": round(self.false_reject_rate, 4),
            "correct_records": self.correct_records,
            "meets_targets": self.meets_targets,
            "classes": [r.to_dict() for r in self.results],
        }


def _text_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    out = []
    for n, row in enumerate(cells):
        out.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return out


Validate = Callable[[str, Iterable[tuple[str, dict[str, Any]]]], dict[str, Findings]]


def _validate_all(
    record_set: str, rows: Iterable[tuple[str, dict[str, Any]]], judge: Any = None
) -> dict[str, Findings]:
    from iad_data.tasks.validate import validate_rows

    found: dict[str, Findings] = {}

    def keep(record_id: str, findings: Findings) -> None:
        found[record_id] = findings

    validate_rows(rows, config=record_set, path="calibration", on_record=keep, judge=judge)
    return found


def measure(
    cases: Sequence[Case],
    *,
    seed: int = DEFAULT_SEED,
    per_class: int = DEFAULT_PER_CLASS,
    judge: Any = None,
    phrasebook: str | Phrasebook = DEFAULT_PHRASEBOOK,
) -> CalibrationReport:
    """Validate every case; count rejections per class and record set. ``phrasebook``: the
    book ``cases`` were worded from, as the report names it."""
    book = _book(phrasebook).name
    results: dict[tuple[str, str], ClassResult] = {}
    for cls in ERROR_CLASSES:
        for record_set in cls.planters:
            results[(cls.name, record_set)] = ClassResult(cls.name, record_set, cls.expect)
    by_set: dict[str, list[Case]] = {}
    for case in cases:
        by_set.setdefault(case.record_set, []).append(case)
    for record_set, group in by_set.items():
        rows = ((c.case_id, c.record.model_dump(mode="json")) for c in group)
        found = _validate_all(record_set, rows, judge)
        for case in group:
            findings = found.get(case.case_id, {})
            result = results[(case.error_class, record_set)]
            result.records += 1
            result.rejected += bool(findings)
            for rule in findings:
                result.rules[rule] = result.rules.get(rule, 0) + 1
            wrong = bool(findings) != (case.expect == "reject")
            if wrong and len(result.missed) < MAX_MISSED:
                shown = {"case": case.case_id, "planted": case.planted[:300]}
                if findings:
                    shown["findings"] = "; ".join(
                        f"{rule}: {m}" for rule, ms in findings.items() for m in ms[:1]
                    )[:300]
                result.missed.append(shown)
    kept = [r for r in results.values() if r.records]
    return CalibrationReport(
        validator_version=validator_version(),
        seed=seed,
        per_class=per_class,
        results=kept,
        judge=getattr(judge, "name", None),
        phrasebook=book,
    )


def run_calibration(
    workspace: str | Path | Workspace | None = None,
    *,
    per_class: int = DEFAULT_PER_CLASS,
    seed: int = DEFAULT_SEED,
    judge: Any = None,
    phrasebook: str | Phrasebook = DEFAULT_PHRASEBOOK,
) -> CalibrationReport:
    """Build the suite worded from ``phrasebook``, measure the validator on it and, given a
    workspace, write the figures to ``reports/calibration.json`` there (another book's to
    ``reports/calibration-<book>.json``, see ``report_path``)."""
    cases = build_cases(per_class=per_class, seed=seed, phrasebook=phrasebook)
    report = measure(cases, seed=seed, per_class=per_class, judge=judge, phrasebook=phrasebook)
    if workspace is not None:
        ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
        write_json(
            report_path(ws, judge=judge is not None, phrasebook=phrasebook), report.to_dict()
        )
    return report


def report_path(
    ws: Workspace, *, judge: bool = False, phrasebook: str | Phrasebook = DEFAULT_PHRASEBOOK
) -> Path:
    """Where a workspace keeps a calibration report: the main book's at the workspace's
    calibration paths (what the card reads), another book's beside them with its name."""
    path = ws.judge_calibration_report_path if judge else ws.calibration_report_path
    name = _book(phrasebook).name
    return path if name == DEFAULT_PHRASEBOOK else path.with_name(f"{path.stem}-{name}.json")


_MEMO: dict[str, dict[str, Any]] = {}

CACHE_ENV = "IAD_DATA_CACHE"
"""folder of measured calibration figures shared by every workspace of this user (default
``$XDG_CACHE_HOME/iad-data`` or ``~/.cache/iad-data``): a figure is a pure function of the
validator, the suite and the seed, so it is measured once per validator version"""


def cache_dir() -> Path:
    import os

    given = os.environ.get(CACHE_ENV)
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "iad-data"


PUBLISH_PER_CLASS = 10
"""records per class and record set when publish has to measure (no current report): 390
records; ``iad-data validate --calibrate`` (60 by default) writes a report publish reads"""


def calibration_figures(
    workspace: str | Path | Workspace,
    *,
    per_class: int | None = None,
    phrasebook: str | Phrasebook = DEFAULT_PHRASEBOOK,
) -> dict[str, Any]:
    """The workspace's calibration report when it was measured on the current validator and
    suite; else the figures measured for them before (this process, then the user's cache
    folder), else measured now. Written to the workspace's report either way: what a
    published card states. Figures of another ``phrasebook`` are kept apart (their own
    suite version, cache key and report file)."""
    import json

    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    book = _book(phrasebook).name
    version, suite = validator_version(), suite_version(book)
    per_class = per_class or PUBLISH_PER_CLASS

    def current(data: dict[str, Any]) -> bool:
        return (
            data.get("validator_version") == version
            and data.get("suite_version") == suite
            and data.get("phrasebook", DEFAULT_PHRASEBOOK) == book
            and data.get("judge") is None
        )

    def read(path: Path) -> dict[str, Any]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    path = report_path(ws, phrasebook=book)
    found = read(path) if path.is_file() else {}
    if current(found):
        return found
    key = f"{version}-{suite}-{book}-{DEFAULT_SEED}-{per_class}"
    cached = cache_dir() / "calibration" / f"{key}.json"
    if key not in _MEMO and cached.is_file() and current(read(cached)):
        _MEMO[key] = read(cached)
    if key not in _MEMO:
        _MEMO[key] = run_calibration(None, per_class=per_class, phrasebook=book).to_dict()
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            write_json(cached, _MEMO[key])
        except OSError:  # a read-only home: the workspace's report still holds the figures
            pass
    write_json(path, _MEMO[key])
    return _MEMO[key]


__all__ = [
    "DEFAULT_PHRASEBOOK",
    "ERROR_CLASSES",
    "PHRASEBOOKS",
    "TARGET_FALSE_REJECT",
    "TARGET_RECALL",
    "BaseRecords",
    "CalibrationReport",
    "Case",
    "ClassResult",
    "ErrorClass",
    "build_base",
    "build_cases",
    "cache_dir",
    "calibration_figures",
    "class_names",
    "measure",
    "plant_cases",
    "report_path",
    "run_calibration",
    "suite_version",
    "validator_version",
]
