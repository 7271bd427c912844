"""Round trip through the real huggingface_hub and datasets clients against a local Hub."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import datasets
import polars as pl
import pytest
from fakes.fake_hub import FakeHub, hub_client
from huggingface_hub import HfApi
from publish_fixtures import make_workspace, write_records

from iad_data.core.workspace import Workspace
from iad_data.errors import PublishError
from iad_data.release.publish import PublishResult, publish

REPO = "acme/iad-test"


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[FakeHub]:
    with FakeHub() as server, hub_client(server.url, tmp_path / "cache"):
        yield server


def _publish(hub: FakeHub, ws: Workspace, **options: Any) -> PublishResult:
    """Publish to the fake Hub's REPO; the fixtures' records are the offline teacher's, so
    template text is allowed (tests/test_publish_hub.py's last test checks the refusal)."""
    return publish(ws, repo=REPO, token="t", endpoint=hub.url, allow_template_text=True, **options)


def _load(hub: FakeHub, config: str, revision: str, cache: Path) -> datasets.DatasetDict:
    ds = datasets.load_dataset(REPO, config, revision=revision, cache_dir=str(cache))
    assert isinstance(ds, datasets.DatasetDict)
    return ds


def _image_bytes(ws: Workspace, ids: list[str]) -> list[bytes]:
    frame = ws.read_samples().filter(pl.col("sample_id").is_in(ids))
    info = {r[0]: (r[1], r[2]) for r in frame.select("sample_id", "dataset", "image_path").rows()}
    return [ws.image_file(*info[i]).read_bytes() for i in ids]


def _check_version(hub: FakeHub, ws: Workspace, revision: str, cache: Path) -> None:
    """The revision holds exactly the workspace's current records, images byte for byte."""
    ds = _load(hub, "expert_ad", revision, cache)
    expected = pl.read_parquet(ws.records_dir / "expert_ad.parquet")
    got_ids = sorted(i for split in ds.values() for i in split["record_id"])
    assert got_ids == sorted(expected["record_id"].to_list())
    texts = dict(zip(expected["record_id"].to_list(), expected["text"].to_list(), strict=True))
    for split in ds.values():
        raw = split.cast_column("images", datasets.List(datasets.Image(decode=False)))
        for row in raw:
            assert row["text"] == texts[row["record_id"]]
            got = [im["bytes"] for im in row["images"]]
            assert got == _image_bytes(ws, row["image_ids"])


def test_round_trip_two_versions(hub: FakeHub, tmp_path: Path) -> None:
    ws = make_workspace(tmp_path)
    v1 = _publish(hub, ws, version="1.0.0", private=True)
    assert v1.committed and v1.tagged
    _check_version(hub, ws, "v1.0.0", tmp_path / "c1")
    v1_records = pl.read_parquet(ws.records_dir / "expert_ad.parquet")

    with pytest.raises(PublishError, match="already exists"):
        _publish(hub, ws, version="1.0.0")
    commits_before = len(hub.calls("POST", "/commit/"))
    same = _publish(hub, ws, version="1.0.1")
    assert same.unchanged and same.same_as == "v1.0.0"
    assert len(hub.calls("POST", "/commit/")) == commits_before
    assert "v1.0.1" not in hub.repo(REPO).tags

    write_records(ws, limit=8, note="v1.1")
    dry = _publish(hub, ws, version="1.1.0", dry_run=True)
    assert dry.previous == "1.0.0" and not dry.committed
    assert sum(d["removed"] for d in dry.diff["expert_ad"].values()) == v1_records.height - 8
    assert len(hub.calls("POST", "/commit/")) == commits_before

    v2 = _publish(hub, ws, version="1.1.0")
    assert v2.committed and v2.commit != v1.commit
    _check_version(hub, ws, "v1.1.0", tmp_path / "c2")
    old = _load(hub, "expert_ad", "v1.0.0", tmp_path / "c3")
    assert sum(old.num_rows.values()) == v1_records.height
    refs = HfApi(endpoint=hub.url, token="t").list_repo_refs(REPO, repo_type="dataset")
    assert {t.name for t in refs.tags} == {"v1.0.0", "v1.1.0"}
    samples = _load(hub, "samples", "v1.1.0", tmp_path / "c4")
    assert sum(samples.num_rows.values()) == ws.read_samples().height


@pytest.mark.parametrize("when", ["before", "after"])
def test_interrupted_upload_leaves_no_version(hub: FakeHub, tmp_path: Path, when: str) -> None:
    ws = make_workspace(tmp_path)
    hub.fail_next_commit(when)
    with pytest.raises(PublishError, match="run the same command again"):
        _publish(hub, ws, version="1.0.0", private=True)
    assert hub.repo(REPO).tags == {}
    done = _publish(hub, ws, version="1.0.0", private=True)
    assert done.tagged and done.resumed == (when == "after")
    assert "v1.0.0" in hub.repo(REPO).tags
    _check_version(hub, ws, "v1.0.0", tmp_path / "c")


def test_public_non_commercial_needs_license_terms(hub: FakeHub, tmp_path: Path) -> None:
    ws = make_workspace(tmp_path, records=False)
    with pytest.raises(PublishError, match="--accept-license-terms"):
        _publish(hub, ws, version="1.0.0")
    assert hub.calls("POST", "/api/repos/create") == []
    done = _publish(hub, ws, version="1.0.0", accept_license_terms=True)
    assert done.tagged
    card = hub.files_at(REPO, "v1.0.0")["README.md"].decode()
    assert "Non-commercial" in card and "cc-by-nc-sa-4.0" in card


def test_template_text_only_needs_a_flag_for_the_hub(hub: FakeHub, tmp_path: Path) -> None:
    """Records only the offline teacher wrote never reach a Hub repo by accident; with the flag
    they do, and the card says first thing that they are template text."""
    ws = make_workspace(tmp_path)
    with pytest.raises(PublishError, match="--allow-template-text"):
        publish(ws, repo=REPO, version="1.0.0", token="t", endpoint=hub.url, private=True)
    assert not HfApi(endpoint=hub.url, token="t").repo_exists(REPO, repo_type="dataset")
    _publish(hub, ws, version="1.0.0", private=True)
    card = HfApi(endpoint=hub.url, token="t").hf_hub_download(
        REPO, "README.md", repo_type="dataset", revision="v1.0.0"
    )
    body = Path(card).read_text(encoding="utf-8").split("---\n", 2)[2]
    assert "**Template text.** All" in body.split("## ")[0]
