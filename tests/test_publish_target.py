"""A local publish target: publish never deletes what it did not write, and a kill at any
instant of the switch to a new version leaves the old or the new version (issue 14, class 7).

A kill is simulated at each named step of the switch (``publish._step`` raising a
``BaseException``, which no cleanup code catches), and once for real: a SIGKILLed subprocess
stopped at a handshake before the step.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import datasets
import pyarrow as pa
import pytest
from publish_fixtures import make_workspace, write_records
from typer.testing import CliRunner

import iad_data.release.publish as publish_module
from iad_data.cli.main import app
from iad_data.core.workspace import Workspace
from iad_data.errors import PublishError
from iad_data.release.publish import publish

Tables = dict[str, dict[str, pa.Table]]
CONFIGS = ("samples", "expert_ad")
FOREIGN = "notes.txt"
"""a file the owner of the target put there; every version keeps it"""
FOREIGN_TEXT = b"kept by every publish\n"
STEPS = ["build", "carry .iad-versions", f"carry {FOREIGN}", "version", "switch"]
"""the steps of a switch before the new version is in place (then: remove previous)"""


class Killed(BaseException):
    """What the simulated kill raises: not an Exception, so no except clause runs."""


@dataclass
class Versions:
    ws: Workspace
    """holds the records of v1.1.0"""
    v1: Path
    """a target holding v1.0.0 (and FOREIGN); copy it, never publish into it"""
    tables_v1: Tables
    tables_v2: Tables


def _read(folder: Path, cache: Path) -> Tables:
    out: Tables = {}
    for cfg in CONFIGS:
        loaded = datasets.load_dataset(str(folder), cfg, cache_dir=str(cache))
        out[cfg] = {split: loaded[split].data.table for split in loaded}
    return out


def _same(a: Tables, b: Tables) -> bool:
    return a.keys() == b.keys() and all(
        a[c].keys() == b[c].keys() and all(a[c][s].equals(b[c][s]) for s in a[c]) for c in a
    )


def _bookkeeping(folder: Path) -> tuple[str, list[str]]:
    """(manifest version, the version files of .iad-versions/)"""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return manifest["version"], sorted(p.name for p in (folder / ".iad-versions").iterdir())


def _which(folder: Path, versions: Versions, cache: Path) -> str:
    """ "1.0.0" or "1.1.0": the version the folder holds, whole (data, card, bookkeeping)."""
    tables = _read(folder, cache)
    assert (folder / FOREIGN).read_bytes() == FOREIGN_TEXT
    if _same(tables, versions.tables_v1):
        assert _bookkeeping(folder) == ("1.0.0", ["v1.0.0.json"])
        return "1.0.0"
    assert _same(tables, versions.tables_v2), "the folder holds neither version whole"
    assert _bookkeeping(folder) == ("1.1.0", ["v1.0.0.json", "v1.1.0.json"])
    return "1.1.0"


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> Versions:
    tmp = tmp_path_factory.mktemp("target")
    ws = make_workspace(tmp)
    v1 = tmp / "v1" / "out"
    publish(ws, to=v1, version="1.0.0", progress=False)
    (v1 / FOREIGN).write_bytes(FOREIGN_TEXT)
    write_records(ws, limit=10, note="changed")  # v1.1.0: fewer records, other text
    v2 = tmp / "v2" / "out"
    shutil.copytree(v1, v2, symlinks=True)
    publish(ws, to=v2, version="1.1.0", progress=False)
    return Versions(ws, v1, _read(v1, tmp / "c1"), _read(v2, tmp / "c2"))


def _copy_v1(versions: Versions, tmp_path: Path) -> Path:
    target = tmp_path / "site" / "out"
    shutil.copytree(versions.v1, target, symlinks=True)
    return target


def _kill_at(monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    def hook(name: str) -> None:
        if name == step:
            raise Killed(name)

    monkeypatch.setattr(publish_module, "_step", hook)


def _only_target_left(target: Path) -> None:
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


# -- a folder publish did not write -----------------------------------------------------------


def _project(root: Path) -> None:
    (root / "samples").mkdir(parents=True)
    (root / "src").mkdir()
    (root / "README.md").write_text("# My project\n", encoding="utf-8")
    (root / "recipe.yaml").write_text("name: my-own-recipe\n", encoding="utf-8")
    (root / "samples" / "a.csv").write_text("x\n1\n", encoding="utf-8")
    (root / "src" / "main.py").write_text("print('hi')\n", encoding="utf-8")
    (root / ".hidden").write_bytes(b"\x00\x01")


def _snapshot(root: Path) -> dict[str, bytes | None]:
    """Every entry under ``root``: a file's bytes, None for a folder."""
    return {
        str(p.relative_to(root)): None if p.is_dir() else p.read_bytes()
        for p in sorted(root.rglob("*"))
    }


def test_a_project_folder_is_refused_untouched(versions: Versions, tmp_path: Path) -> None:
    project = tmp_path / "site" / "project"
    _project(project)
    before = _snapshot(project)
    for dry_run in (True, False):
        with pytest.raises(PublishError) as info:
            publish(versions.ws, to=project, version="1.0.0", dry_run=dry_run, progress=False)
        message = str(info.value)
        assert str(project) in message
        assert "holds .hidden, README.md, recipe.yaml, samples/, src/" in message
        assert "would replace README.md, recipe.yaml, samples/" in message
        assert "--force" in message and "empty folder" in message
        assert _snapshot(project) == before
        _only_target_left(project)
    r = CliRunner().invoke(
        app, ["publish", "-w", str(versions.ws.path), "--to", str(project), "--version", "1.0.0"]
    )
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert f"Error: {project} is not empty" in r.output
    assert _snapshot(project) == before


def test_force_publishes_into_it_and_keeps_the_rest(versions: Versions, tmp_path: Path) -> None:
    project = tmp_path / "site" / "project"
    _project(project)
    before = _snapshot(project)
    args = ["publish", "-w", str(versions.ws.path), "--to", str(project), "--version", "1.0.0"]
    r = CliRunner().invoke(app, [*args, "--force", "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["committed"] is True
    assert _same(_read(project, tmp_path / "cache"), versions.tables_v2)
    after = _snapshot(project)
    for kept in ("src", "src/main.py", ".hidden"):  # not publish's: kept as they were
        assert after[kept] == before[kept]
    assert after["README.md"] != before["README.md"]  # the card replaced the project's README
    assert "samples/a.csv" not in after and "recipe.yaml" not in after
    _only_target_left(project)
    # now it is a target: the next version needs no force
    write_records(versions.ws)
    try:
        done = publish(versions.ws, to=project, version="1.1.0", progress=False)
    finally:
        write_records(versions.ws, limit=10, note="changed")
    assert done.committed and done.previous == "1.0.0"
    assert _snapshot(project)["src/main.py"] == before["src/main.py"]


def test_empty_folder_and_file(versions: Versions, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert publish(versions.ws, to=empty, version="1.0.0", progress=False).committed
    a_file = tmp_path / "file"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(PublishError, match="is a file"):
        publish(versions.ws, to=a_file, version="1.0.0", progress=False)
    assert a_file.read_text(encoding="utf-8") == "x"


# -- the switch ---------------------------------------------------------------------------------


def test_v1_then_v2_to_one_target(
    versions: Versions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _copy_v1(versions, tmp_path)
    legacy = target / ".iad-staging-v1.1.0"  # what an older publish, killed, left inside
    legacy.mkdir()
    (legacy / "README.md").write_text("half\n", encoding="utf-8")
    seen: list[str] = []
    monkeypatch.setattr(publish_module, "_step", seen.append)
    done = publish(versions.ws, to=target, version="1.1.0", progress=False)
    assert done.committed and done.previous == "1.0.0"
    assert seen == [*STEPS, "remove previous"]
    assert _which(target, versions, tmp_path / "cache") == "1.1.0"
    assert not legacy.exists()
    _only_target_left(target)


@pytest.mark.parametrize("step", [*STEPS, "remove previous"])
def test_a_kill_at_each_step_leaves_one_whole_version(
    versions: Versions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    target = _copy_v1(versions, tmp_path)
    _kill_at(monkeypatch, step)
    with pytest.raises(Killed):
        publish(versions.ws, to=target, version="1.1.0", progress=False)
    expected = "1.1.0" if step == "remove previous" else "1.0.0"
    assert _which(target, versions, tmp_path / "c1") == expected
    if step != "build":
        assert len(list(target.parent.iterdir())) == 2  # the killed run's staging folder
    monkeypatch.undo()
    # the next run cleans the leftovers, and publishes v1.1.0 unless the killed one did
    if expected == "1.1.0":
        with pytest.raises(PublishError, match="already exists"):
            publish(versions.ws, to=target, version="1.1.0", progress=False)
    else:
        assert publish(versions.ws, to=target, version="1.1.0", progress=False).committed
    assert _which(target, versions, tmp_path / "c2") == "1.1.0"
    _only_target_left(target)


@pytest.mark.parametrize("step", ["move new into place", "remove previous"])
def test_without_folder_exchange(
    versions: Versions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    """Where the file system cannot exchange two folders: old aside, new into place. A kill
    between the two renames leaves no folder at the path; the next publish restores it."""
    target = _copy_v1(versions, tmp_path)
    monkeypatch.setattr(publish_module, "_exchange", lambda a, b: False)
    _kill_at(monkeypatch, step)
    with pytest.raises(Killed):
        publish(versions.ws, to=target, version="1.1.0", progress=False)
    aside = target.with_name(f".{target.name}.iad-previous")
    if step == "move new into place":
        assert not target.exists()
        assert _which(aside, versions, tmp_path / "c1") == "1.0.0"
    else:
        assert _which(target, versions, tmp_path / "c1") == "1.1.0"
    monkeypatch.setattr(publish_module, "_step", lambda name: None)
    if step == "remove previous":
        with pytest.raises(PublishError, match="already exists"):
            publish(versions.ws, to=target, version="1.1.0", progress=False)
    else:
        assert publish(versions.ws, to=target, version="1.1.0", progress=False).committed
    assert _which(target, versions, tmp_path / "c2") == "1.1.0"
    _only_target_left(target)


CHILD = """
import sys
import iad_data.release.publish as p
from iad_data.core.workspace import Workspace

def hook(name):
    if name == sys.argv[3]:
        print("at", name, flush=True)
        sys.stdin.read()  # held here until SIGKILLed

p._step = hook
p.publish(Workspace(sys.argv[1]), to=sys.argv[2], version="1.1.0", progress=False)
print("finished", flush=True)
"""


def test_sigkill_after_the_switch(versions: Versions, tmp_path: Path) -> None:
    """A real SIGKILL (no cleanup of any kind runs) once the new version is in place."""
    step = "remove previous"
    target = _copy_v1(versions, tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(versions.ws.path), str(target), step],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    guard = threading.Timer(120, proc.kill)  # a failure guard only: the handshake decides
    guard.start()
    try:
        assert proc.stdout is not None and proc.stderr is not None
        line = proc.stdout.readline()
        assert line == f"at {step}\n", proc.stderr.read()
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait() == -signal.SIGKILL
    finally:
        guard.cancel()
        proc.kill()
        proc.communicate()
    assert _which(target, versions, tmp_path / "c1") == "1.1.0"
    staging = target.with_name(f".{target.name}.iad-staging")
    assert _which(staging, versions, tmp_path / "c2") == "1.0.0"  # the old one, not yet removed
    with pytest.raises(PublishError, match="already exists"):
        publish(versions.ws, to=target, version="1.1.0", progress=False)
    assert _which(target, versions, tmp_path / "c3") == "1.1.0"
    _only_target_left(target)
