"""``engine`` / ``ray_address``: one option in the stage models, so recipe, CLI and library
agree; a recipe's top-level key sets every stage; a missing Ray fails loudly (no Ray needed)."""

from __future__ import annotations

import builtins
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from iad_data.cli.main import app
from iad_data.core.engines import Engine
from iad_data.core.parallel import map_chunks
from iad_data.errors import InputError
from iad_data.pipeline.recipe import BenchmarkSource, parse_recipe
from iad_data.release.options import SplitOptions
from iad_data.tasks.expert_ad.options import ExpertAdOptions


def _double(chunk: Any) -> list[int]:
    return [2 * x for x in chunk]


def test_a_recipes_engine_sets_every_stage_unless_a_section_says_otherwise(
    tmp_path: Path,
) -> None:
    recipe = parse_recipe(
        {
            "name": "r",
            "engine": "ray",
            "ray_address": "ray://head:10001",
            "sources": [{"benchmark": "mvtec", "root": str(tmp_path), "engine": "pool"}],
            "tasks": {"expert_ad": {"teacher": "offline", "loops": 4}},
            "split": {"protocol": "stratified"},
        }
    )
    assert isinstance(recipe.split, SplitOptions)
    assert recipe.with_engine(recipe.split).mapper() == Engine("ray", "ray://head:10001")
    source = recipe.sources[0]
    assert isinstance(source, BenchmarkSource)
    assert recipe.with_engine(source).mapper() == Engine("pool", "ray://head:10001")
    section: ExpertAdOptions = getattr(recipe.tasks, "expert_ad")  # noqa: B009
    task = recipe.with_engine(section)
    assert task.engine == "ray" and task.loops == 4
    with pytest.raises(InputError, match="engine"):
        parse_recipe(
            {"name": "r", "engine": "spark", "sources": [{"benchmark": "mvtec", "root": "x"}]}
        )


@pytest.mark.parametrize("command", ["ingest", "split", "publish", "synthesize-cot"])
def test_every_mapped_stage_has_the_engine_flags(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"], terminal_width=200)
    assert result.exit_code == 0
    assert "--engine" in result.output and "--ray-address" in result.output


def test_a_missing_ray_is_an_error_naming_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_ray(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "ray":
            raise ImportError("No module named 'ray'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_ray)
    with pytest.raises(InputError, match=r"pip install 'iad-data\[ray\]'"):
        list(map_chunks(_double, [[1], [2]], 2, Engine("ray")))
    assert list(map_chunks(_double, [[1], [2]], 1, Engine("pool"))) == [[2], [4]]
