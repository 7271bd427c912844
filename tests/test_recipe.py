"""The recipe model: shipped recipes are valid, and a bad recipe names its file and field."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import pytest
import yaml

from iad_data.core.options import StageOptions
from iad_data.errors import InputError
from iad_data.pipeline.recipe import (
    BenchmarkSource,
    Recipe,
    SyntheticSource,
    load_recipe,
    parse_recipe,
    shipped_recipe,
    shipped_recipes,
)
from iad_data.tasks.expert_ad.options import ExpertAdOptions
from iad_data.tasks.instruct_iad.options import InstructOptions

ROOT = Path(__file__).resolve().parent.parent
OptionsT = TypeVar("OptionsT", bound=StageOptions)


def _section(recipe: Recipe, name: str, model: type[OptionsT]) -> OptionsT | None:
    """``recipe.tasks.<name>`` (a field made at run time from the registry), as ``model``."""
    section: object = getattr(recipe.tasks, name)
    assert section is None or isinstance(section, model)
    return section


def _expert_ad(recipe: Recipe) -> ExpertAdOptions | None:
    return _section(recipe, "expert_ad", ExpertAdOptions)


def _instruct_iad(recipe: Recipe) -> InstructOptions | None:
    return _section(recipe, "instruct_iad", InstructOptions)


def test_every_shipped_recipe_is_valid() -> None:
    names = {p.stem for p in shipped_recipes()}
    assert {"demo", "expert-ad", "instruct-iad"} <= names
    for path in shipped_recipes():
        recipe = load_recipe(path)
        assert recipe.name == path.stem
        assert recipe.sources


def test_shipped_recipes_say_what_the_issue_asks() -> None:
    expert = load_recipe(shipped_recipe("expert-ad"))
    benchmarks = [s.benchmark for s in expert.sources if isinstance(s, BenchmarkSource)]
    assert benchmarks == ["mvtec", "visa", "mpdd"]
    expert_ad = _expert_ad(expert)
    assert expert_ad is not None and expert_ad.teacher == "gpt-4.1"
    assert _instruct_iad(expert) is None
    instruct = load_recipe(shipped_recipe("instruct-iad"))
    instruct_iad = _instruct_iad(instruct)
    assert instruct_iad is not None
    assert instruct_iad.teacher == "claude-sonnet-4-5"
    demo = load_recipe(shipped_recipe("demo"))
    assert isinstance(demo.sources[0], SyntheticSource)
    demo_expert, demo_instruct = _expert_ad(demo), _instruct_iad(demo)
    assert demo_expert is not None and demo_expert.teacher == "offline"
    assert demo_instruct is not None and demo_instruct.teacher == "offline"
    assert demo.split is not None
    assert demo.publish is not None and demo.publish.to and not demo.publish.repo


def test_pinned_prompts_of_shipped_recipes_exist() -> None:
    from iad_data.core.prompts import load_template

    pinned: dict[str, str] = {}
    for path in shipped_recipes():
        recipe = load_recipe(path)
        for task in (_expert_ad(recipe), _instruct_iad(recipe)):
            for name in task.prompts if task else []:
                pinned[name] = load_template(name).template_id
    # every pin names a template file whose own id and version are the pin
    assert pinned and pinned == {name: name for name in pinned}
    assert "expert_ad/grounded.v1" in pinned and "instruct/cot_m.v1" in pinned


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


GOOD = {
    "name": "x",
    "workspace": "ws",
    "sources": [{"benchmark": "mvtec", "root": "/data/mvtec"}],
    "tasks": {"expert_ad": {"teacher": "offline"}},
    "publish": {"to": "out", "version": "1.0.0"},
}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"sources": [{"benchmark": "mvtec", "rot": "/x"}]}, "sources[0].rot: unknown key"),
        ({"sources": [{"benchmark": "mvtek", "root": "/x"}]}, "sources[0].benchmark: unknown"),
        ({"sources": [{"synthetic": {"layout": "nope"}}]}, "sources[0].synthetic.layout"),
        ({"sources": [{"synthetic": {"seeds": 1}}]}, "sources[0].synthetic.seeds: unknown key"),
        ({"sources": []}, "sources: List should have at least 1 item"),
        ({"tasks": {"expert_ad": {"blind": "maybe"}}}, "tasks.expert_ad.blind:"),
        ({"tasks": {"expert_ad": {"mode": "blind"}}}, "tasks.expert_ad.mode: renamed: write"),
        ({"tasks": {"expert_ad": {"max_attempts": 0}}}, "tasks.expert_ad.max_attempts:"),
        ({"tasks": {"instruct": {}}}, "tasks.instruct: unknown key"),
        ({"publish": {"to": "o", "version": "1.0"}}, "publish.version: version '1.0' is not"),
        ({"publish": {"version": "1.0.0", "repo": "a/b", "to": "x"}}, "publish: give at most one"),
        ({"split": {"val_share": 0.5, "test_share": 0.5}}, "split: val_share + test_share"),
        ({"split": {"protocol": "random"}}, "split.protocol:"),
        ({"validation": {"min_pass_rate": 2}}, "validation.min_pass_rate:"),
        ({"nmae": "y"}, "nmae: unknown key"),
    ],
)
def test_bad_recipe_names_file_and_field(
    tmp_path: Path, change: dict[str, object], expected: str
) -> None:
    path = _write(tmp_path, {**GOOD, **change})
    with pytest.raises(InputError) as info:
        load_recipe(path)
    assert f"{path}: {expected}" in str(info.value)


def test_a_bare_name_is_a_shipped_recipe(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    recipe = load_recipe("expert-ad")
    assert recipe.name == "expert-ad" and recipe.origin == str(shipped_recipe("expert-ad"))
    with pytest.raises(InputError, match="recipe expert-ad.yml does not exist"):
        load_recipe("expert-ad.yml")


def test_unreadable_and_missing_recipes(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist. Shipped recipes: demo.yaml"):
        load_recipe(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError, match="is not valid YAML"):
        load_recipe(bad)
    bad.write_text("- a list\n", encoding="utf-8")
    with pytest.raises(InputError, match="a recipe is a mapping"):
        load_recipe(bad)
    with pytest.raises(InputError, match="no shipped recipe 'nope'"):
        shipped_recipe("nope")


def test_paths_resolve_against_the_recipe_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path, GOOD)
    recipe = load_recipe(path)
    assert recipe.resolve_path("data/x", "f") == tmp_path / "data/x"
    monkeypatch.setenv("IAD_TEST_ROOT", "/srv/bench")
    assert recipe.resolve_path("$IAD_TEST_ROOT/mvtec", "f") == Path("/srv/bench/mvtec")
    monkeypatch.delenv("IAD_TEST_ROOT")
    with pytest.raises(InputError, match=r"sources\[0\].root is '\$IAD_TEST_ROOT/m'"):
        recipe.resolve_path("$IAD_TEST_ROOT/m", "sources[0].root")


def test_defaults_and_normalised_version() -> None:
    recipe = parse_recipe({**GOOD, "publish": {"repo": "org/x", "version": "v2.1.0"}})
    assert isinstance(recipe, Recipe)
    assert recipe.publish is not None and recipe.publish.version == "2.1.0"
    assert recipe.validation.min_pass_rate == 0.0
    expert_ad = _expert_ad(recipe)
    assert expert_ad is not None and expert_ad.blind is False
    assert recipe.split is None


def test_schema_is_exported() -> None:
    from iad_data.pipeline.schema_export import schema_models, schema_text

    assert schema_models()["recipe"] is Recipe
    exported = (ROOT / "schemas" / "recipe.schema.json").read_text(encoding="utf-8")
    assert exported == schema_text(Recipe)
