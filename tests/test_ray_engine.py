"""The Ray engine on a local cluster (2 CPUs): the pool's bytes, and a killed worker.

One module-scoped cluster serves every test here (starting Ray takes seconds); the trees
are small. Ingest, split and publish must write the very bytes the pool writes; synthesis
(offline and through the fake LLM) the same records, ``created_at`` aside (the time the
ledger stored the answer, a fact of each purchase). A worker killed while its requests are
held at the fake loses no answer: the re-run sends only what was never answered, and the
fake sells every key once.
"""

from __future__ import annotations

import os
import shutil
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from fakes.fake_llm import FakeLLM

import iad_data
from iad_data.core import ray_map
from iad_data.errors import TeacherError
from iad_data.ingestion.generators import generate
from iad_data.teach.ledger import Ledger
from iad_data.teach.requests import Teacher

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def cluster() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        yield
    finally:
        ray.shutdown()


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ray-tree") / "mvtec"
    generate("mvtec", root, categories=["bottle", "grid"], max_defects=2, seed=3, size=64)
    return root


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _records(path: Path) -> pl.DataFrame:
    frame = pl.read_parquet(path)
    return frame.with_columns(
        pl.col("provenance").struct.with_fields(pl.lit(None).alias("created_at"))
    )


def _tasks() -> int:
    return ray_map.tasks_submitted


def _teacher(fake: FakeLLM) -> Teacher:
    from iad_data.teach.providers.openai import OpenAITeacher

    return OpenAITeacher(
        "gpt-4.1", api_key=fake.api_key, base_url=fake.openai_base_url, timeout_s=10.0
    )


def test_ingest_split_publish_give_the_pools_bytes(
    cluster: None, tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from iad_data.release import leakage

    monkeypatch.setattr(leakage, "SEARCH_SPREAD_FROM", 0)  # the candidate search on Ray too
    pool, on_ray = tmp_path / "pool" / "ws", tmp_path / "ray" / "ws"  # the card names the folder
    iad_data.ingest("mvtec", tree, workspace=pool, workers=2, progress=False)
    before = _tasks()
    iad_data.ingest("mvtec", tree, workspace=on_ray, engine="ray", progress=False)
    assert _tasks() > before  # Ray did the work
    assert (pool / "samples.parquet").read_bytes() == (on_ray / "samples.parquet").read_bytes()

    iad_data.make_splits(pool, protocol="stratified", seed=0)
    before = _tasks()
    iad_data.make_splits(on_ray, protocol="stratified", seed=0, engine="ray")
    assert _tasks() > before  # image hashes, the candidate search and detail vectors on Ray
    for name in ("splits.parquet", "hashes.parquet", "reports/leakage.json"):
        assert (pool / name).read_bytes() == (on_ray / name).read_bytes(), name

    for ws in (pool, on_ray):
        (ws / "hashes.parquet").unlink()  # publish hashes again, on its own engine
        (ws / "reports/leakage.json").unlink()
    iad_data.publish(pool, to=tmp_path / "out-pool", version="1.0.0", allow_leak=True)
    before = _tasks()
    iad_data.publish(
        on_ray, to=tmp_path / "out-ray", version="1.0.0", allow_leak=True, engine="ray"
    )
    assert _tasks() > before
    published_pool, published_ray = _files(tmp_path / "out-pool"), _files(tmp_path / "out-ray")
    assert published_pool.keys() == published_ray.keys()
    differ = [n for n in published_pool if published_pool[n] != published_ray[n]]
    assert differ == []


def test_synthesis_offline_and_through_the_fake_gives_the_pools_records(
    cluster: None, tree: Path, tmp_path: Path
) -> None:
    pool, on_ray = tmp_path / "pool", tmp_path / "ray"
    iad_data.ingest("mvtec", tree, workspace=pool, workers=1, progress=False)
    shutil.copytree(pool, on_ray)
    iad_data.synthesize_cot(pool, teacher="offline", progress=False)
    before = _tasks()
    iad_data.synthesize_cot(on_ray, teacher="offline", engine="ray", progress=False)
    assert _tasks() > before
    records = "records/expert_ad.parquet"
    assert _records(pool / records).equals(_records(on_ray / records))

    with FakeLLM() as fake:
        for ws in (pool, on_ray):
            shutil.rmtree(ws / "records")
            (ws / "ledger.sqlite").unlink()
        iad_data.synthesize_cot(pool, teacher=_teacher(fake), max_attempts=1, progress=False)
        sold = fake.paid_per_key()
        iad_data.synthesize_cot(
            on_ray, teacher=_teacher(fake), max_attempts=1, engine="ray", progress=False
        )
        assert {k: n - sold[k] for k, n in fake.paid_per_key().items()} == sold  # once more each
    assert _records(pool / records).equals(_records(on_ray / records))
    assert not (on_ray / "ledger.shards").exists()  # merged into the ledger


def test_a_killed_worker_loses_no_answer_and_the_rerun_sends_no_key_twice(
    cluster: None, tree: Path, tmp_path: Path
) -> None:
    ws = tmp_path / "ws"
    iad_data.ingest("mvtec", tree, workspace=ws, workers=1, progress=False)
    options: dict[str, Any] = {
        "engine": "ray",
        "loops": 2,
        "concurrency": 4,
        "max_attempts": 1,
        "progress": False,
    }
    with FakeLLM() as fake:
        fake.hold_after(6)
        outcome: dict[str, BaseException] = {}

        def first_run() -> None:
            try:
                iad_data.synthesize_cot(ws, teacher=_teacher(fake), **options)
            except BaseException as exc:  # noqa: BLE001 - handed to the test thread
                outcome["error"] = exc

        thread = threading.Thread(target=first_run)
        thread.start()
        assert fake.wait_held(4, timeout=120)  # both workers' requests are all held
        shards = sorted((ws / "ledger.shards").glob("*.sqlite"))
        assert len(shards) == 2
        with Ledger(shards[0]) as shard:
            worker = shard.meta("worker")
        assert worker is not None
        os.kill(int(worker.rsplit(":", 1)[1]), signal.SIGKILL)
        assert fake.release(answer=False, timeout=60)  # the other worker's held ones drop
        thread.join(timeout=120)
        assert isinstance(outcome.get("error"), TeacherError)
        assert "died" in str(outcome["error"])
        paid_before = sum(fake.paid_per_key().values())
        assert paid_before >= 6

        again = iad_data.synthesize_cot(ws, teacher=_teacher(fake), **options)
        sold = fake.paid_per_key()
        assert len(sold) == again.samples and set(sold.values()) == {1}  # none bought twice
        assert again.cached == paid_before
    assert not (ws / "ledger.shards").exists()
