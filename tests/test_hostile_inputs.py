"""Failure classes a hostile or careless user hits (issue 14), one test per class fixed here."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import polars as pl
import pytest
from publish_fixtures import make_workspace

from iad_data.errors import WorkspaceError
from iad_data.release.export import export


def test_export_writes_only_under_out_whatever_the_samples_table_says(tmp_path: Path) -> None:
    """Class 13: a tampered ``image_path`` (``../../victim.png``) must not place a file
    outside ``--out``; the export is refused by name."""
    ws = make_workspace(tmp_path)
    samples = pl.read_parquet(ws.samples_path)
    record_sample = pl.read_parquet(ws.records_path("expert_ad"))["sample_id"][0]
    root = tmp_path / "mvtec_anomaly_detection"
    escape = "../" * 4 + "victim.png"
    (root / escape).parent.mkdir(parents=True, exist_ok=True)
    (root / escape).write_bytes(b"not a dataset image")
    tampered = samples.with_columns(
        pl.when(pl.col("sample_id") == record_sample)
        .then(pl.lit(escape))
        .otherwise(pl.col("image_path"))
        .alias("image_path")
    )
    tampered.write_parquet(ws.samples_path)
    out = tmp_path / "deep" / "export"
    victim = out / "images" / "mvtec_ad" / escape
    with pytest.raises(WorkspaceError, match=r"outside the export folder .*ingest"):
        export(ws, out, format="llava", progress=False)
    assert not Path(str(victim)).resolve().exists()
    assert all(p.resolve().is_relative_to(out.resolve()) for p in out.rglob("*"))


# ---------------------------------------------------------------- class 15: messages


def _cli(args: list[str]) -> tuple[int, str]:
    from typer.testing import CliRunner

    from iad_data.cli.main import app

    result = CliRunner().invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_recipe_with_a_key_twice_is_an_error_naming_both_lines(tmp_path: Path) -> None:
    from iad_data.errors import InputError
    from iad_data.pipeline.recipe import load_recipe

    path = tmp_path / "r.yaml"
    path.write_text("name: a\nsources:\n  - synthetic: {layout: mvtec}\nname: b\n")
    with pytest.raises(InputError, match=r"the key 'name' is given twice \(line 1 and line 4\)"):
        load_recipe(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00\x01binary", "is not UTF-8 text"),
        (b"name: x\x00\nsources: []\n", "holds NUL bytes"),
        (b"# big\n" + b"#" * (300 * 1024), "a recipe is at most"),
    ],
    ids=["not-utf8", "binary", "too-big"],
)
def test_bad_recipe_files_are_one_message(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "r.yaml"
    path.write_bytes(content)
    code, output = _cli(["run", str(path), "-w", str(tmp_path / "ws")])
    assert code == 1 and "Error:" in output and message in output and "Traceback" not in output


def test_a_workspace_or_out_that_names_a_file_is_one_message(tmp_path: Path) -> None:
    from publish_fixtures import make_tree

    tree = make_tree(tmp_path / "tree", categories=["bottle"])
    blocker = tmp_path / "afile"
    blocker.write_text("mine")
    code, output = _cli(["ingest", "mvtec", "--root", str(tree), "-w", str(blocker)])
    assert code == 1 and f"Error: cannot use {blocker}" in output and "give a new path" in output
    assert blocker.read_text() == "mine"
    ws = tmp_path / "ws"
    assert _cli(["ingest", "mvtec", "--root", str(tree), "-w", str(ws), "-q"])[0] == 0
    code, output = _cli(["export", "-w", str(ws), "--format", "llava", "--out", str(blocker)])
    assert code == 1 and f"Error: cannot use {blocker}" in output


@pytest.mark.parametrize(
    ("errno_name", "says"),
    [
        ("ENOSPC", "the disk is full"),
        ("EROFS", "read-only"),
        ("EACCES", "permission denied"),
        ("ENOTDIR", "is a file, not a folder"),
    ],
)
def test_os_errors_say_what_the_disk_refused(errno_name: str, says: str) -> None:
    import errno

    from iad_data.errors import describe_os_error

    exc = OSError(getattr(errno, errno_name), "x", "/data/ws/ledger.sqlite")
    text = describe_os_error(exc)
    assert text.startswith("cannot use /data/ws/ledger.sqlite: ") and says in text


# ---------------------------------------------------------------- class 10: secrets


SECRET_SPEC = (
    "openai-compatible:qwen-vl@https://scott:PW-MARKER-7f3@gateway.example:8443/v1"
    "?api_key=QUERY-MARKER-91c&team=TEAM-MARKER-55"
)
MARKERS = ("PW-MARKER-7f3", "QUERY-MARKER-91c", "TEAM-MARKER-55")


def _write_secret_recipe(folder: Path, teacher_task: Mapping[str, object]) -> Path:
    import yaml

    data = {
        "name": "secrets",
        "sources": [
            {
                "synthetic": {
                    "layout": "mvtec",
                    "categories": ["bottle"],
                    "max_defects": 1,
                    "n_train": 2,
                    "n_test_good": 1,
                    "n_test_per_defect": 2,
                    "size": 48,
                }
            }
        ],
        "tasks": teacher_task,
        "split": {"protocol": "stratified", "val_share": 0.0, "test_share": 0.3},
        "publish": {"to": "published", "version": "1.0.0"},
    }
    path = folder / "recipe.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def test_secrets_in_a_teacher_url_reach_no_file(tmp_path: Path) -> None:
    """Class 10: a password and tokens in a teacher URL are in no copy, marker, report or
    published file (the instruction stage is template-only, so nothing is sent)."""
    from iad_data.pipeline.report import write_report
    from iad_data.pipeline.run import run_recipe

    task = {"instruct_iad": {"teacher": SECRET_SPEC, "templates_only": True}}
    recipe = _write_secret_recipe(tmp_path, task)
    summary = run_recipe(recipe, workspace=tmp_path / "ws", progress=False)
    assert summary.records["instruct_iad"] > 0
    write_report(tmp_path / "ws")
    files = [p for p in (tmp_path / "ws").rglob("*") if p.is_file()]
    assert any(p.name == "recipe.yaml" and "published" in p.parts for p in files)
    copy = (tmp_path / "ws" / "recipe.yaml").read_text()
    assert "gateway.example:8443/v1?api_key=***&team=***" in copy and "https://***@" in copy
    for path in files:
        data = path.read_bytes()
        for marker in MARKERS:
            assert marker.encode() not in data, f"{marker} in {path}"


def test_secrets_in_a_teacher_url_reach_no_message(tmp_path: Path) -> None:
    """A teacher spec with no model stops the recipe before any work (nothing is sent); its
    message and the CLI's line quote the spec with the secrets masked."""
    task = {"expert_ad": {"teacher": SECRET_SPEC.replace(":qwen-vl@", ":@")}}
    recipe = _write_secret_recipe(tmp_path, task)
    code, output = _cli(["run", str(recipe), "-w", str(tmp_path / "ws")])
    assert code == 1 and "stopped at stage synthesize_cot" in output, output
    assert "https://***@gateway.example:8443/v1?api_key=***" in output, output
    assert not any(marker in output for marker in MARKERS)
