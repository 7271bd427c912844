"""A killed ``iad-data eval`` resumes: the same results as a run never killed, and no answer
bought twice (counted at the fake server). The kill lands after exactly N answers: the fake
answers N requests and holds the later ones, and once every worker waits on a held request
each has stored its last answer (no sleeps, no timing windows)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from test_eval_fakes import RightWith, serving, truths

from iad_data.core.workspace import Workspace
from iad_data.evaluation.results import read_result
from iad_data.evaluation.run import evaluate
from iad_data.ingestion.build import ingest
from iad_data.ingestion.generators import generate
from iad_data.teach.ledger import Ledger

ANSWERED, WORKERS = 9, 3


@pytest.fixture
def data(tmp_path: Path) -> Path:
    tree = generate(
        "mvtec",
        tmp_path / "mvtec",
        categories=["bottle", "screw"],
        max_defects=2,
        n_train=2,
        n_test_good=4,
        n_test_per_defect=3,
        size=64,
        seed=5,
    )
    ws = tmp_path / "data"
    ingest("mvtec", tree.root, ws, progress=False, workers=1)
    return ws  # never split: the benchmark's own test split is evaluated


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "iad_data.cli.main", *args]


@pytest.mark.parametrize("protocol", ["iad-r1", "mmad"])
def test_a_killed_eval_resumes_with_the_same_results_and_buys_nothing_twice(
    tmp_path: Path, data: Path, monkeypatch: pytest.MonkeyPatch, protocol: str
) -> None:
    model = RightWith(truths(Workspace(data).read_samples()), {"mvtec_ad": 0.7})
    with serving(model, monkeypatch) as (_, spec):
        straight = evaluate(tmp_path / "straight", model=spec, data=str(data), protocol=protocol)
    killed_ws = tmp_path / "killed"
    with serving(model, monkeypatch) as (fake, spec):
        fake.hold_after(ANSWERED)
        proc = subprocess.Popen(
            _cli(
                "eval",
                "-w",
                str(killed_ws),
                "-d",
                str(data),
                "-m",
                spec,
                "-p",
                protocol,
                "--concurrency",
                str(WORKERS),
                "--json",
            ),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        )
        try:
            held = fake.wait_held(WORKERS, timeout=120)  # a failure guard, not the mechanism
        finally:
            proc.send_signal(signal.SIGKILL)
            _, stderr = proc.communicate()
        assert held, stderr.decode(errors="replace")
        assert proc.returncode == -signal.SIGKILL
        assert fake.generation_calls() == ANSWERED + WORKERS  # the answered and the held
        assert fake.release(answer=False)  # the held requests die with their client: unsold
        assert not (killed_ws / "evals").exists() or not list(
            (killed_ws / "evals").glob("*.parquet")
        )
        with Ledger(Workspace(killed_ws).ledger_path) as ledger:
            rows = list(ledger.rows())
        assert sum(r.is_final for r in rows) == ANSWERED
        resumed = evaluate(killed_ws, model=spec, data=str(data), protocol=protocol, progress=False)
        paid = fake.paid_per_key()
    assert (resumed.cached, resumed.sent) == (ANSWERED, straight.questions - ANSWERED)
    assert len(paid) == straight.questions and set(paid.values()) == {1}  # none bought twice
    same = [c for c in read_result(straight.path or "").frame.columns if c != "ledger_key"]
    a = read_result(straight.path or "").frame.select(same)
    b = read_result(resumed.path or "").frame.select(same)
    assert a.equals(b)
    assert straight.tables is not None and resumed.tables is not None
    assert straight.tables.to_dict() == resumed.tables.to_dict()
    assert b.filter(pl.col("outcome") != "answered").is_empty()
