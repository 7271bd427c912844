"""Cheap to start: ``import iad_data`` and ``iad-data --help`` load no SDK, scipy or datasets,
and a teacher whose SDK (an optional extra) is missing says what to install."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from iad_data.errors import TeacherError

HEAVY = ("scipy", "numpy", "polars", "PIL", "openai", "anthropic", "datasets", "huggingface_hub")
PROBE = (
    "import json, sys\n{code}\nprint(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)))"
)


@pytest.mark.parametrize(
    "code",
    [
        "import iad_data",
        "import iad_data\niad_data.__all__",
        "from iad_data.cli.main import app\ntry:\n    app(['--help'])\n"
        "except SystemExit:\n    pass",
        "from iad_data.cli.main import app\ntry:\n    app(['synthesize-cot', '--help'])\n"
        "except SystemExit:\n    pass",
    ],
    ids=["import", "all", "help", "command-help"],
)
def test_start_imports_nothing_heavy(code: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(code=code, heavy=HEAVY)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_public_names_still_load_on_use() -> None:
    import iad_data

    assert callable(iad_data.ingest) and callable(iad_data.synthesize_cot)
    assert iad_data.Workspace.__name__ == "Workspace"


def test_missing_sdk_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    from iad_data.teach.providers import make_teacher

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "openai" else real(name, *a)
    )
    with pytest.raises(TeacherError, match=r"pip install 'iad-data\[openai\]'"):
        make_teacher("gpt-4.1")
