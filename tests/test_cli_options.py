"""Every stage option exists in the library, the recipe and the CLI, or nowhere; one workspace
flag on every command."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest
import typer

from iad_data.cli.main import app
from iad_data.core.options import StageOptions
from iad_data.ingestion.options import IngestOptions
from iad_data.pipeline.recipe import BenchmarkSource, Recipe
from iad_data.release.options import PublishOptions, SplitOptions
from iad_data.tasks.registry import record_sets

INVOCATION = {"workspace", "dry_run", "json_out", "quiet", "source", "wait"}
"""parameters that steer one call, not the stage: shared flags, not options"""


def _commands() -> dict[str, Any]:
    """name -> click command (typer ships its own click, so no isinstance against ``click``)."""
    group: Any = typer.main.get_command(app)
    return dict(group.commands)


def _recipe_section(path: str) -> type[Any]:
    """The model a recipe section is validated with (``tasks.expert_ad``, ``split``)."""
    model: Any = Recipe
    for part in path.split("."):
        annotation = model.model_fields[part].annotation
        args = [a for a in getattr(annotation, "__args__", (annotation,)) if a is not type(None)]
        model = args[0]
    return model  # type: ignore[no-any-return]


STAGES: list[tuple[str, type[StageOptions], type[Any]]] = [
    ("ingest", IngestOptions, BenchmarkSource),
    ("split", SplitOptions, _recipe_section("split")),
    ("publish", PublishOptions, _recipe_section("publish")),
    *[(rs.command, rs.options, _recipe_section(f"tasks.{rs.name}")) for rs in record_sets()],
]


@pytest.mark.parametrize(("command", "model", "section"), STAGES, ids=[s[0] for s in STAGES])
def test_cli_options_and_recipe_fields_are_the_stage_options(
    command: str, model: type[StageOptions], section: type[Any]
) -> None:
    params = {p.name for p in _commands()[command].params if p.name} - INVOCATION
    recipe = set(section.model_fields) - ({"benchmark"} if section is BenchmarkSource else set())
    fields = set(model.model_fields)
    assert params - fields == set(), f"{command}: CLI options missing from {model.__name__}"
    assert fields - params == set(), f"{command}: {model.__name__} fields without a CLI option"
    assert recipe == fields, f"{command}: the recipe section and {model.__name__} differ"


@pytest.mark.parametrize(("command", "model", "section"), STAGES, ids=[s[0] for s in STAGES])
def test_cli_flags_are_the_models_flags(
    command: str, model: type[StageOptions], section: type[Any]
) -> None:
    by_name = {p.name: p for p in _commands()[command].params}
    for name in model.model_fields:
        assert set(model.flags_of(name)) <= set(by_name[name].opts), (command, name)


def test_every_command_names_the_workspace_with_one_flag() -> None:
    seen = []
    for name, command in _commands().items():
        for param in command.params:
            if param.name == "workspace":
                seen.append(name)
                assert param.param_type_name == "option", f"{name}: workspace is positional"
                assert sorted(param.opts) == ["--workspace", "-w"], (name, param.opts)
            assert param.name != "out" or name in {"export", "report", "synthesize-process"}, (
                f"{name}: --out names the workspace"
            )
    assert {"ingest", "info", "synthesize-cot", "split", "publish", "export", "report"} <= set(seen)


def test_library_functions_take_the_options_model() -> None:
    from iad_data.ingestion.build import ingest
    from iad_data.release.publish import publish
    from iad_data.release.splits import make_splits

    stages: list[tuple[Callable[..., object], type[StageOptions]]] = [
        (ingest, IngestOptions),
        (make_splits, SplitOptions),
        (publish, PublishOptions),
    ]
    stages += [(rs.synthesize, rs.options) for rs in record_sets()]
    for function, model in stages:
        parameters = inspect.signature(function).parameters
        assert "options" in parameters, function
        assert any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())
        assert set(parameters) & set(model.model_fields) <= {"root"}, function
