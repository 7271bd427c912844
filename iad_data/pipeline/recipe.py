"""Recipes: one YAML file that declares a whole dataset build, checked before any work.

A recipe names its sources (a benchmark root, or a synthetic benchmark for the demo), the
record sets to synthesise and their teachers, the validation thresholds, the split protocol
and where to publish. ``iad-data run RECIPE`` (``iad_data.pipeline.run.run_recipe``) runs it; every
section refuses unknown keys, so a typo is an error naming the file and the field, never a
setting silently ignored. See ``docs/recipes.md``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated, Any, TypeVar

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    PrivateAttr,
    Tag,
    ValidationError,
    create_model,
    field_validator,
)

from iad_data.core.engines import EngineName
from iad_data.core.options import EngineOptions, StageOptions
from iad_data.errors import InputError
from iad_data.ingestion.options import IngestOptions
from iad_data.release.options import PublishOptions, SplitOptions

OptionsT = TypeVar("OptionsT", bound=StageOptions)
RENAMED = {"mode": "renamed: write `blind: true` for `mode: blind` (drop `mode: grounded`)"}
"""keys of older recipes, with what replaced them"""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _check_benchmark(name: str) -> str:
    from iad_data.ingestion.sources import SOURCES

    known = {n for src in SOURCES.values() for n in (src.cli_name, src.name)}
    if name not in known:
        raise ValueError(f"unknown benchmark {name!r}; known: {', '.join(sorted(SOURCES))}")
    return name


class BenchmarkSource(IngestOptions):
    """A benchmark already on disk, read as ``iad-data ingest BENCHMARK --root ROOT`` would."""

    benchmark: str = Field(description="source name as `iad-data ingest` takes it (mvtec, visa)")

    @field_validator("benchmark")
    @classmethod
    def _known_benchmark(cls, value: str) -> str:
        return _check_benchmark(value)


class SyntheticSpec(_Strict):
    """A small synthetic benchmark in a real benchmark's layout (the demo; no download)."""

    layout: str = Field(default="mvtec", description="mvtec, mpdd, visa or visa_1cls")
    categories: list[str] | None = None
    seed: int = 0
    max_defects: int | None = Field(default=None, ge=1, description="defect types per category")
    n_train: int = Field(default=4, ge=1)
    n_test_good: int = Field(default=2, ge=0)
    n_test_per_defect: int = Field(default=2, ge=1)
    size: int = Field(default=96, ge=32, le=2048, description="image side in pixels")
    root: str | None = Field(
        default=None, description="where to write it; default WORKSPACE/benchmark/<layout>"
    )

    @field_validator("layout")
    @classmethod
    def _known_layout(cls, value: str) -> str:
        from iad_data.ingestion.generators import LAYOUTS

        if value not in LAYOUTS:
            raise ValueError(f"unknown layout {value!r}; known: {', '.join(sorted(LAYOUTS))}")
        return value

    @property
    def benchmark(self) -> str:
        """The source that reads this layout."""
        return "visa" if self.layout.startswith("visa") else self.layout

    def generator_options(self) -> dict[str, Any]:
        return self.model_dump(exclude={"layout", "root"})


class SyntheticSource(_Strict):
    synthetic: SyntheticSpec


def _source_tag(value: Any) -> str:
    if isinstance(value, dict):
        return "synthetic-source" if "synthetic" in value else "benchmark-source"
    return "synthetic-source" if isinstance(value, SyntheticSource) else "benchmark-source"


Source = Annotated[
    Annotated[BenchmarkSource, Tag("benchmark-source")]
    | Annotated[SyntheticSource, Tag("synthetic-source")],
    Discriminator(_source_tag),
]
_TAGS = {"benchmark-source", "synthetic-source"}


def _tasks_model() -> type[BaseModel]:
    """``tasks:``: one optional section per registered record set, each its options model."""
    from iad_data.tasks.registry import record_sets

    fields: dict[str, Any] = {
        rs.name: (rs.options | None, Field(default=None, description=rs.description))
        for rs in record_sets()
    }
    return create_model("Tasks", __config__=ConfigDict(extra="forbid"), **fields)


Tasks = _tasks_model()
"""the record sets a recipe synthesises; a section's keys are its stage's options"""


class ValidationSpec(_Strict):
    min_pass_rate: float = Field(
        default=0.0,
        ge=0.0,
        le=1.0,
        description="least share of synthesised records that must pass validation, per record "
        "set; below it the run stops before splitting",
    )
    revalidate: bool = Field(
        default=True, description="re-check every written record with `iad-data validate`"
    )


SplitSpec = SplitOptions
PublishSpec = PublishOptions


class Recipe(_Strict):
    """A whole dataset build; ``schemas/recipe.schema.json`` is exported from this model."""

    name: str
    description: str = ""
    workspace: str | None = Field(
        default=None,
        description="workspace folder (relative to the current directory); "
        "`iad-data run --workspace` overrides it",
    )
    engine: EngineName | None = Field(
        default=None,
        description="how every stage maps its work: pool (the default) or ray; a section's "
        "own `engine:` wins (see docs/scale.md)",
    )
    ray_address: str | None = Field(
        default=None,
        description="Ray cluster of every stage with engine ray (ray://HOST:10001, HOST:6379 "
        "or auto); default RAY_ADDRESS, else a local Ray",
    )
    sources: list[Source] = Field(min_length=1)
    tasks: Tasks = Field(default_factory=Tasks)  # type: ignore[valid-type]
    validation: ValidationSpec = Field(default_factory=ValidationSpec)
    split: SplitSpec | None = None
    publish: PublishSpec | None = None

    _base_dir: Path = PrivateAttr(default_factory=Path.cwd)
    _origin: str = PrivateAttr(default="<recipe>")

    @property
    def origin(self) -> str:
        """The file the recipe came from (for messages)."""
        return self._origin

    def with_engine(self, options: OptionsT) -> OptionsT:
        """``options`` with the recipe's ``engine`` / ``ray_address`` where the section sets
        neither itself."""
        if not isinstance(options, EngineOptions):
            return options
        update = {
            name: getattr(self, name)
            for name in ("engine", "ray_address")
            if getattr(self, name) is not None and name not in options.model_fields_set
        }
        return options.model_copy(update=update) if update else options

    def resolve_path(self, value: str, field: str) -> Path:
        """``~`` and ``$VARS`` expanded; relative paths against the recipe's folder."""
        expanded = os.path.expandvars(os.path.expanduser(value))
        if "$" in expanded:
            raise InputError(
                f"{self._origin}: {field} is {value!r}, which uses an environment variable that "
                f"is not set; export it or write the path out."
            )
        path = Path(expanded)
        return path if path.is_absolute() else (self._base_dir / path)

    def resolve_optional(self, value: str | None, field: str) -> Path | None:
        """:meth:`resolve_path` for an optional field: ``None`` (or empty) stays ``None``."""
        return self.resolve_path(value, field) if value else None


def _where(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        if part in _TAGS:
            continue
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def recipe_errors(origin: str, exc: ValidationError) -> InputError:
    """One message listing every bad field as ``file: field.path: problem``."""
    lines = []
    for err in exc.errors():
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = RENAMED.get(
                str(err["loc"][-1]), "unknown key (check its spelling; see docs/recipes.md)"
            )
        lines.append(f"{origin}: {_where(tuple(err['loc']))}: {msg}")
    return InputError("invalid recipe:\n" + "\n".join(lines))


def parse_recipe(data: Any, origin: str = "<recipe>", base_dir: Path | None = None) -> Recipe:
    """A recipe from already-parsed YAML/JSON; ``InputError`` naming each bad field."""
    if not isinstance(data, dict):
        raise InputError(f"{origin}: a recipe is a mapping (name:, sources:, tasks:, ...).")
    try:
        recipe = Recipe.model_validate(data)
    except ValidationError as exc:
        raise recipe_errors(origin, exc) from None
    recipe._origin = origin
    recipe._base_dir = base_dir or Path.cwd()
    return recipe


MAX_RECIPE_BYTES = 256 * 1024
"""a recipe is copied into the workspace and published: a bound keeps a wrong file out"""


class _UniqueKeyLoader(yaml.SafeLoader):
    """YAML's safe loader, but a key given twice in one mapping is an error, not last-wins."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, Any] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping",
                    node.start_mark,
                    f"the key {key!r} is given twice (line {seen[key].line + 1} and line "
                    f"{key_node.start_mark.line + 1}); keep one",
                    key_node.start_mark,
                )
            seen[key] = key_node.start_mark
        return super().construct_mapping(node, deep=deep)


def load_recipe(path: str | Path) -> Recipe:
    """Read and check a recipe file; every error names the file and the field at fault.

    A bare name that is no file (``demo``, ``expert-ad``) means the shipped recipe.
    """
    file = Path(path)
    shipped = {name: p for p in shipped_recipes() for name in (p.stem, p.name)}
    if not file.is_file() and str(path) in shipped:
        file = shipped[str(path)]
    if not file.is_file():
        raise InputError(
            f"recipe {file} does not exist. Shipped recipes: "
            f"{', '.join(p.name for p in shipped_recipes())}."
        )
    size = file.stat().st_size
    if size > MAX_RECIPE_BYTES:
        raise InputError(
            f"{file} is {size} bytes; a recipe is at most {MAX_RECIPE_BYTES} bytes (it is copied "
            "into the workspace and published with the data). Is it the right file?"
        )
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{file} is not UTF-8 text (byte {exc.start} is {exc.object[exc.start]:#04x}): a "
            "recipe is a YAML text file; see docs/recipes.md."
        ) from None
    if "\x00" in text:
        raise InputError(f"{file} holds NUL bytes: it is a binary file, not a YAML recipe.")
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise InputError(f"{file} is not valid YAML: {exc}") from None
    return parse_recipe(data, str(file), file.resolve().parent)


def recipes_root() -> Path:
    from importlib import resources

    return Path(str(resources.files("iad_data.recipes")))


def shipped_recipes() -> list[Path]:
    """The recipes shipped with iad-data (``recipes/*.yaml`` that declare ``sources``)."""
    return sorted(
        p
        for p in recipes_root().glob("*.yaml")
        if re.search(r"^sources:", p.read_text(encoding="utf-8"), re.M)
    )


def shipped_recipe(name: str) -> Path:
    """``demo`` -> the shipped ``recipes/demo.yaml``."""
    path = recipes_root() / f"{name.removesuffix('.yaml')}.yaml"
    if path not in shipped_recipes():
        raise InputError(
            f"no shipped recipe {name!r}; shipped: {', '.join(p.stem for p in shipped_recipes())}."
        )
    return path
