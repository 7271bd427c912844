"""Manufacturing-process knowledge per product category: why a defect arises, not only that it does.

One YAML file per category in ``recipes/processes/<dataset>/<category>.yaml`` holds the
product, its ordered manufacturing steps, and for every defect type of the release the steps
that cause it, the mechanism, what it looks like and what to check on the line. Instruction
synthesis (Triad's CoT-M) cites these steps, and the validator refuses a conversation whose
cited steps are not listed as causes of the ground-truth defect, so the files are checked as
strictly as code: unknown keys, unknown step ids and duplicate ids are errors naming the file.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator

from iad_data.core.sample import NORMAL_DEFECT_TYPE, normalise_defect_type
from iad_data.errors import InputError

COMBINED = "combined"
"""the entry for an image with several labelled defects (MVTec AD, VisA)"""

StepId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", description="snake_case step id")]
Text = Annotated[str, Field(min_length=1)]

ORIGIN_PATTERN = r"^(curated|teacher:[^\s:][^\s]*)$"
"""``curated`` (written and reviewed by people) or ``teacher:<model>`` (a draft to review)."""

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when built in: reading the 33 shipped files is then 10x faster."""

USER_DIR_ENV = "IAD_DATA_PROCESSES"
"""Folder (or ``os.pathsep``-separated folders) of a factory's own knowledge files."""


class ProcessStep(BaseModel):
    """One manufacturing step, cited by id in cause mappings and conversations."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: StepId
    name: Text
    description: Text = Field(description="what happens to the part in this step")
    equipment: list[Text] = Field(min_length=1, description="machines and tools used")


class InspectionHint(BaseModel):
    """Where defects usually show: what a trace for a normal image says it checked."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    area: Text = Field(description="region of the part, as seen in the benchmark's images")
    look_for: Text = Field(description="what a defect there would look like")
    steps: list[StepId] = Field(
        default_factory=list, description="steps whose faults show in this area"
    )


class DefectKnowledge(BaseModel):
    """How one defect type of the release arises and how it shows."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    cause_steps: list[StepId] = Field(
        min_length=1, description="ids of the steps that cause it, most likely first"
    )
    mechanism: Text = Field(description="what goes wrong in those steps")
    visual_signature: Text = Field(description="what it looks like in the image")
    line_checks: list[Text] = Field(
        min_length=1, description="remedy: what to check or adjust on the line"
    )
    aliases: list[str] = Field(
        default_factory=list,
        description="other normalised names that mean this defect (renamed folders, variants)",
    )
    basis: Literal["plausible", "documented"] = Field(
        default="plausible",
        description="plausible: a mechanism that produces this defect on a real line, not a "
        "fact about how the benchmark's defect arose (its makers often produced defects by "
        "hand for the dataset); documented: taken from the maker's or the plant's own account",
    )
    components: list[str] = Field(
        default_factory=list,
        description="for an entry of several defects in one image (MVTec and VisA "
        "`combined`): the keys of the entries it combines, whose causes apply",
    )

    @property
    def causes(self) -> list[str]:
        """The cause step ids (the name the issue uses)."""
        return list(self.cause_steps)


class ProcessKnowledge(BaseModel):
    """Everything iad-data knows about how one product category is made and fails."""

    model_config = ConfigDict(extra="forbid")

    dataset: Text = Field(description="dataset name as in the samples table (mvtec_ad, visa)")
    category: Text = Field(description="the category name as the dataset spells it")
    product: Text = Field(description="short product name used in prompts")
    material: Text
    origin: str = Field(
        pattern=ORIGIN_PATTERN, description="'curated' or 'teacher:<model>' for a teacher draft"
    )
    normal_appearance: Text = Field(description="what a defect-free part looks like in the images")
    steps: list[ProcessStep] = Field(min_length=1, description="manufacturing steps, in order")
    inspection_hints: list[InspectionHint] = Field(min_length=1)
    defects: dict[str, DefectKnowledge] = Field(
        min_length=1, description="normalised defect type (as in the samples table) -> knowledge"
    )

    _source: str = PrivateAttr(default="<memory>")

    @model_validator(mode="after")
    def _cross_check(self) -> ProcessKnowledge:
        problems: list[str] = []
        ids = [step.id for step in self.steps]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            problems.append(f"duplicate step ids: {', '.join(duplicates)}")
        known = set(ids)
        known_text = ", ".join(ids)
        for index, hint in enumerate(self.inspection_hints):
            for step in hint.steps:
                if step not in known:
                    problems.append(
                        f"inspection_hints[{index}] names step {step!r}, which is not among "
                        f"the steps ({known_text})"
                    )
        names: dict[str, str] = {}
        for key, defect in self.defects.items():
            if key != normalise_defect_type(key) or key == NORMAL_DEFECT_TYPE:
                problems.append(
                    f"defect key {key!r} must be a normalised defect name "
                    f"(e.g. {normalise_defect_type(key)!r}) and never {NORMAL_DEFECT_TYPE!r}"
                )
            for step in defect.cause_steps:
                if step not in known:
                    problems.append(
                        f"defects.{key}.cause_steps names step {step!r}, which is not among the "
                        f"steps ({known_text})"
                    )
            if key == COMBINED and not defect.components:
                problems.append(
                    f"defects.{key} needs components: the keys of the defects it combines"
                )
            for part in defect.components:
                if part not in self.defects or part == key:
                    problems.append(
                        f"defects.{key}.components names {part!r}, which is not another "
                        "defect of this file"
                    )
            for name in (key, *defect.aliases):
                if name != key and name != normalise_defect_type(name):
                    problems.append(f"defects.{key}.aliases: {name!r} is not normalised")
                if name in names:
                    problems.append(f"defect name {name!r} is used by {names[name]} and {key}")
                names[name] = key
        if problems:
            raise ValueError("; ".join(problems))
        return self

    @property
    def source(self) -> str:
        """The file this knowledge was read from, for error messages."""
        return self._source

    def step(self, step_id: str) -> ProcessStep:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise InputError(
            f"{self._source}: no step {step_id!r}; steps are {', '.join(s.id for s in self.steps)}."
        )

    def defect_names(self) -> list[str]:
        """Every defect name this file answers to: keys and aliases."""
        return sorted({*self.defects, *(a for d in self.defects.values() for a in d.aliases)})

    def find_defect(self, name: str) -> str | None:
        """The key of the entry for ``name`` (a key, an alias, or a raw benchmark name), or None."""
        wanted = normalise_defect_type(name)
        if wanted in self.defects:
            return wanted
        for key, defect in self.defects.items():
            if wanted in defect.aliases:
                return key
        return None

    def defect_key(self, name: str) -> str:
        """Like ``find_defect``, for callers that need the entry: an unknown name is an error."""
        key = self.find_defect(name)
        if key is None:
            raise InputError(
                f"{self._source}: category {self.category!r} has no defect type {name!r}; known: "
                f"{', '.join(self.defect_names())}. Add it under `defects:` in that file."
            )
        return key

    def defect(self, name: str) -> DefectKnowledge:
        return self.defects[self.defect_key(name)]

    def cause_steps(self, name: str) -> list[ProcessStep]:
        """The steps that cause defect ``name``, in the order the file lists them."""
        return [self.step(step_id) for step_id in self.defect(name).cause_steps]


def processes_root() -> Path:
    return Path(str(resources.files("iad_data.recipes").joinpath("processes")))


def parse_process(data: Any, source: str) -> ProcessKnowledge:
    """Validate already-parsed YAML; every problem is listed with its field and ``source``."""
    if not isinstance(data, dict):
        raise InputError(f"process knowledge {source} must be a mapping of fields, not {data!r}.")
    try:
        knowledge = ProcessKnowledge.model_validate(data)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            where = ".".join(str(part) for part in err["loc"]) or "(file)"
            lines.append(f"  {where}: {err['msg']}")
        raise InputError(
            f"process knowledge {source} is invalid ({len(lines)} problem"
            f"{'s' if len(lines) != 1 else ''}); fix the file:\n" + "\n".join(lines)
        ) from None
    knowledge._source = source
    return knowledge


def load_process_file(path: str | Path) -> ProcessKnowledge:
    """Read and validate one knowledge file; the file's name must be its category."""
    path = Path(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except OSError as exc:
        raise InputError(f"cannot read process knowledge {path}: {exc.strerror}.") from None
    except yaml.YAMLError as exc:
        raise InputError(f"process knowledge {path} is not valid YAML: {exc}") from None
    knowledge = parse_process(data, str(path))
    if knowledge.category != path.stem:
        raise InputError(
            f"process knowledge {path} says category {knowledge.category!r}; the file must be "
            f"named {knowledge.category}.yaml or the category changed to {path.stem!r}."
        )
    return knowledge


def dataset_name(dataset: str) -> str:
    """The samples-table name of a dataset given by either name (``mvtec`` -> ``mvtec_ad``)."""
    from iad_data.ingestion.sources import (
        SOURCES,  # command-line names (``mvtec``) -> dataset names
    )

    for src in SOURCES.values():
        if dataset in (src.cli_name, src.name):
            return src.name
    return dataset


def user_dirs(user_dir: str | Path | None = None) -> list[Path]:
    """Folders searched before the shipped files: ``user_dir``, then ``$IAD_DATA_PROCESSES``."""
    dirs = [Path(user_dir)] if user_dir is not None else []
    env = os.environ.get(USER_DIR_ENV, "")
    dirs.extend(Path(part) for part in env.split(os.pathsep) if part.strip())
    return dirs


def find_process_file(
    dataset: str, category: str, user_dir: str | Path | None = None
) -> Path | None:
    """The file ``load_process`` would read: the first user folder holding it, else shipped."""
    name = dataset_name(dataset)
    for base in [*user_dirs(user_dir), processes_root()]:
        path = base / name / f"{category}.yaml"
        if path.is_file():
            return path
    return None


def shipped_process_file(dataset: str, category: str) -> Path | None:
    """The curated file the package ships for this category, if any."""
    path = processes_root() / dataset_name(dataset) / f"{category}.yaml"
    return path if path.is_file() else None


def load_process(
    dataset: str, category: str, *, user_dir: str | Path | None = None
) -> ProcessKnowledge | None:
    """Knowledge for one category, or None when no file exists for it.

    Looks in ``user_dir`` (e.g. ``WORKSPACE/processes``), then the folders in
    ``$IAD_DATA_PROCESSES``, then the shipped ``recipes/processes``; each holds
    ``<dataset>/<category>.yaml``, so a factory's reviewed file overrides a shipped one.
    A file that exists but is invalid is an error, never a silent None.
    """
    path = find_process_file(dataset, category, user_dir)
    if path is None:
        return None
    knowledge = load_process_file(path)
    if knowledge.dataset != path.parent.name:
        raise InputError(
            f"process knowledge {path} lies under {path.parent.name}/ but says dataset "
            f"{knowledge.dataset!r}; move the file or set `dataset: {path.parent.name}`."
        )
    return knowledge


def require_process(
    dataset: str, category: str, *, user_dir: str | Path | None = None
) -> ProcessKnowledge:
    """``load_process`` for callers that cannot go on without knowledge."""
    knowledge = load_process(dataset, category, user_dir=user_dir)
    if knowledge is None:
        name = dataset_name(dataset)
        known = sorted(p.stem for p in (processes_root() / name).glob("*.yaml"))
        raise InputError(
            f"no process knowledge for {name}/{category}: no {name}/{category}.yaml in "
            f"{', '.join(str(d) for d in [*user_dirs(user_dir), processes_root()])}. Shipped "
            f"for {name}: {', '.join(known) or 'none'}. Draft one with `iad-data "
            f"synthesize-process --dataset {name} --category {category}` and review it."
        )
    return knowledge


def all_processes(root: str | Path | None = None) -> dict[tuple[str, str], ProcessKnowledge]:
    """Every knowledge file under ``root`` (default: shipped), keyed by (dataset, category)."""
    base = Path(root) if root is not None else processes_root()
    out: dict[tuple[str, str], ProcessKnowledge] = {}
    for path in sorted(base.glob("*/*.yaml")):
        knowledge = load_process_file(path)
        if knowledge.dataset != path.parent.name:
            raise InputError(
                f"process knowledge {path} lies under {path.parent.name}/ but says dataset "
                f"{knowledge.dataset!r}; move the file or set `dataset: {path.parent.name}`."
            )
        out[(path.parent.name, path.stem)] = knowledge
    return out


def list_processes(user_dir: str | Path | None = None) -> list[dict[str, Any]]:
    """One row per known category: shipped files, then a user folder's own (marked "user")."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    sources = [("shipped", processes_root())]
    if user_dir is not None and Path(user_dir).is_dir():
        sources.append(("user", Path(user_dir)))
    for where, base in sources:
        for (dataset, category), knowledge in all_processes(base).items():
            rows[(dataset, category)] = {
                "dataset": dataset,
                "category": category,
                "product": knowledge.product,
                "steps": len(knowledge.steps),
                "defect_types": sorted(knowledge.defects),
                "origin": knowledge.origin,
                "where": where,
                "path": knowledge.source,
            }
    return [rows[key] for key in sorted(rows)]


def summary(
    knowledge: ProcessKnowledge,
    defect_type: str | None = None,
    *,
    equipment: bool = False,
    ids: bool = False,
) -> str:
    """Triad's process text for prompts: a header and one numbered line per step.

    With ``defect_type``, three more lines name its cause steps, mechanism and appearance
    (an unknown type raises InputError). ``ids`` adds ``[step:<id>]`` after each step name,
    the form conversations cite steps in; ``equipment`` lists the machines.
    """
    lines = [f"The following is the production process of the {knowledge.product}:"]
    for number, step in enumerate(knowledge.steps, start=1):
        tag = f" [step:{step.id}]" if ids else ""
        tools = f" ({', '.join(step.equipment)})" if equipment else ""
        lines.append(f"{number}. {step.name}{tag}{tools}: {_one_line(step.description)}")
    if defect_type is not None:
        key = knowledge.defect_key(defect_type)
        defect = knowledge.defects[key]
        causes = ", ".join(
            knowledge.step(s).name + (f" [step:{s}]" if ids else "") for s in defect.cause_steps
        )
        lines.append(f"Defect type {key} arises in: {causes}.")
        lines.append(f"Mechanism: {_one_line(defect.mechanism)}")
        lines.append(f"Appearance: {_one_line(defect.visual_signature)}")
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def process_yaml(knowledge: ProcessKnowledge, header: str | None = None) -> str:
    """The YAML text of ``knowledge`` in the field order of the model, for drafts to review."""
    data = knowledge.model_dump(mode="json")
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=96)
    if header:
        text = "".join(f"# {line}\n" for line in header.splitlines()) + text
    return text


__all__ = [
    "USER_DIR_ENV",
    "DefectKnowledge",
    "InspectionHint",
    "ProcessKnowledge",
    "ProcessStep",
    "all_processes",
    "dataset_name",
    "find_process_file",
    "list_processes",
    "load_process",
    "load_process_file",
    "parse_process",
    "process_yaml",
    "processes_root",
    "require_process",
    "shipped_process_file",
    "summary",
    "user_dirs",
]
