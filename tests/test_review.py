"""The review loop without a browser: the decisions log, the app over real HTTP on loopback
(a real server subprocess), and publish, split, the card and ``info`` honouring decisions."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from typer.testing import CliRunner

from iad_data.cli.main import app
from iad_data.core.workspace import Workspace
from iad_data.errors import PublishError
from iad_data.pipeline.demo import run_demo
from iad_data.pipeline.info import review_info
from iad_data.release.publish import publish
from iad_data.release.splits import make_splits, read_splits
from iad_data.review.decisions import (
    Decision,
    append_decision,
    cohen_kappa,
    read_decisions,
)

BOTTLE = "expert_ad.mvtec_ad.bottle."


@pytest.fixture(scope="session")
def demo_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``iad-data demo`` once per session; tests review copies of it."""
    ws = tmp_path_factory.mktemp("review-demo") / "demo"
    run_demo(ws, progress=False)
    return ws


@pytest.fixture
def demo_ws(tmp_path: Path, demo_source: Path) -> Path:
    ws = tmp_path / "ws"
    shutil.copytree(demo_source, ws, ignore=shutil.ignore_patterns(".hf-cache", "published"))
    return ws


class ReviewServer:
    """``iad-data review`` in a subprocess, read by its printed address."""

    def __init__(self, ws: Path, *extra: str, reviewer: str = "alice") -> None:
        command = [sys.executable, "-m", "iad_data.cli.main", "review", "-w", str(ws)]
        command += ["--port", "0", "--reviewer", reviewer, *extra]
        self.process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()  # the address, once the socket listens
        found = re.search(r"http://\S+", line)
        assert found, f"no address in {line!r}; stderr: {self.stderr()}"
        self.url = found.group(0)
        self.base = self.url.split("?")[0]

    def stderr(self) -> str:
        if self.process.poll() is None:
            return ""
        assert self.process.stderr is not None
        return self.process.stderr.read()

    def get(self, path: str, **params: str) -> Any:
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        with urllib.request.urlopen(self.base + path.lstrip("/") + query, timeout=30) as r:
            return json.loads(r.read())

    def post(self, body: dict[str, Any]) -> tuple[int, Any]:
        request = urllib.request.Request(
            self.base + "api/decision",
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read())

    def decide(self, record_id: str, verdict: str, **extra: Any) -> Any:
        record_set = record_id.split(".")[0]
        shown = self.get("api/record", record_set=record_set, record_id=record_id)
        status, body = self.post(
            {
                "reviewer": extra.pop("reviewer", "alice"),
                "record_set": record_set,
                "record_id": record_id,
                "content_hash": shown["content_hash"],
                "verdict": verdict,
                **extra,
            }
        )
        assert status == 200, body
        return body

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)


@contextmanager
def review_server(ws: Path, *extra: str, reviewer: str = "alice") -> Iterator[ReviewServer]:
    server = ReviewServer(ws, *extra, reviewer=reviewer)
    try:
        yield server
    finally:
        server.kill()


def expert_ids(ws: Path) -> list[str]:
    ids: list[str] = pl.read_parquet(ws / "records" / "expert_ad.parquet")["record_id"].to_list()
    return ids


def published(folder: Path, config: str) -> pl.DataFrame:
    return pl.read_parquet(sorted((folder / config).glob("*.parquet")))


def decision(**fields: Any) -> Decision:
    base: dict[str, Any] = {
        "reviewer": "alice",
        "time": "2026-01-01T00:00:00.000+00:00",
        "record_set": "expert_ad",
        "record_id": "expert_ad.x",
        "sample_id": "x",
        "content_hash": "h",
        "verdict": "accept",
    }
    return Decision(**{**base, **fields})


# -- the log ---------------------------------------------------------------------------------


def test_decisions_append_and_survive_a_torn_line(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    append_decision(ws, decision(record_id="expert_ad.a"))
    with ws.decisions_path.open("ab") as handle:  # a crash in the middle of a write
        handle.write(b'{"reviewer": "alice", "time": "2026')
    append_decision(ws, decision(record_id="expert_ad.b", verdict="reject", reason="poor wording"))
    got = read_decisions(ws)
    assert [(d.record_id, d.verdict) for d in got] == [
        ("expert_ad.a", "accept"),
        ("expert_ad.b", "reject"),
    ]
    assert ws.decisions_path.read_bytes().endswith(b"\n")


def test_a_decision_says_why() -> None:
    with pytest.raises(ValueError, match="a rejection needs a reason"):
        decision(verdict="reject")
    with pytest.raises(ValueError, match="an edit needs the edited text"):
        decision(verdict="edit")
    with pytest.raises(ValueError, match="a flag needs its kind"):
        decision(verdict="flag")


def test_cohen_kappa_by_hand() -> None:
    # po = 3/4; pa = 1/2, pb = 1/4; pe = 1/2 * 1/4 + 1/2 * 3/4 = 1/2; kappa = 0.25 / 0.5
    assert cohen_kappa([True, True, False, False], [True, False, False, False]) == 0.5
    assert cohen_kappa([True, False], [True, False]) == 1.0
    assert cohen_kappa([True, True], [True, True]) == 1.0
    assert cohen_kappa([], []) is None


# -- the server --------------------------------------------------------------------------------


def test_loopback_only_unless_asked_and_then_a_token(demo_ws: Path) -> None:
    result = CliRunner().invoke(app, ["review", "-w", str(demo_ws), "--host", "0.0.0.0"])
    assert result.exit_code == 1
    assert "--host 0.0.0.0 is not a loopback address" in result.output
    assert "--allow-remote" in result.output
    with review_server(demo_ws, "--host", "0.0.0.0", "--allow-remote", "--token", "s3cret") as s:
        assert s.url.endswith("?token=s3cret")
        local = s.base.replace("0.0.0.0", "127.0.0.1")
        with pytest.raises(urllib.error.HTTPError) as denied:
            urllib.request.urlopen(local + "api/meta", timeout=30)
        assert denied.value.code == 401
        request = urllib.request.Request(
            local + "api/meta", headers={"Authorization": "Bearer s3cret"}
        )
        with urllib.request.urlopen(request, timeout=30) as r:
            assert json.loads(r.read())["reviewer"] == "alice"
    with review_server(demo_ws) as s:  # loopback: a foreign Host is refused (DNS rebinding)
        foreign = urllib.request.Request(s.base + "api/meta", headers={"Host": "evil.example"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(foreign, timeout=30)
        assert refused.value.code == 400


def test_queues_filter_and_a_changed_record_needs_review_again(demo_ws: Path) -> None:
    ids = expert_ids(demo_ws)
    with review_server(demo_ws) as s:
        bottles = s.get("api/queue", record_set="expert_ad", category="bottle", limit="200")
        assert bottles["total"] == sum(1 for i in ids if i.startswith(BOTTLE))
        assert {i["category"] for i in bottles["items"]} == {"bottle"}
        s.decide(ids[0], "accept")
        s.decide(ids[1], "reject", reason="poor wording")
        todo = s.get("api/queue", record_set="expert_ad", status="unreviewed", limit="200")
        assert todo["total"] == len(ids) - 2
        rejected = s.get("api/queue", status="reject")
        assert [i["record_id"] for i in rejected["items"]] == [ids[1]]
        assert s.get("api/queue")["progress"]["mine"] == 2
        # another reviewer sees both records as not reviewed by them
        bob = s.get("api/queue", record_set="expert_ad", status="unreviewed", reviewer="bob")
        assert bob["total"] == len(ids)
        # synthesis rewrites record 0: its decision no longer applies
        path = demo_ws / "records" / "expert_ad.parquet"
        frame = pl.read_parquet(path)
        frame = frame.with_columns(
            pl.when(pl.col("record_id") == ids[0])
            .then(pl.col("solution") + " ")
            .otherwise(pl.col("solution"))
            .alias("solution")
        )
        frame.write_parquet(path)
        shown = s.get("api/record", record_set="expert_ad", record_id=ids[0])
        assert shown["status"] == "changed"
        changed = s.get("api/queue", status="changed")
        assert [i["record_id"] for i in changed["items"]] == [ids[0]]


def test_an_edit_that_fails_validation_is_refused(demo_ws: Path) -> None:
    ids = expert_ids(demo_ws)
    with review_server(demo_ws) as s:
        shown = s.get("api/record", record_set="expert_ad", record_id=ids[0])
        bad = shown["assistant"][0].replace("<answer>Yes</answer>", "<answer>No</answer>")
        status, body = s.post(
            {
                "reviewer": "alice",
                "record_set": "expert_ad",
                "record_id": ids[0],
                "content_hash": shown["content_hash"],
                "verdict": "edit",
                "edited_text": [bad],
            }
        )
        assert status == 422
        assert body["error"] == "the edited record fails validation; fix it or cancel the edit"
        assert "accuracy" in body["findings"]
        status, stale = s.post(
            {
                "reviewer": "alice",
                "record_set": "expert_ad",
                "record_id": ids[0],
                "content_hash": "0" * 64,
                "verdict": "accept",
            }
        )
        assert status == 409
    assert not Workspace(demo_ws).decisions_path.exists()


# -- publish, split, card, info ---------------------------------------------------------------


def test_publish_honours_review_flags_and_two_reviewers(demo_ws: Path, tmp_path: Path) -> None:
    ids = [i for i in expert_ids(demo_ws) if i.startswith(BOTTLE)]
    with review_server(demo_ws) as s:
        shown = s.get("api/record", record_set="expert_ad", record_id=ids[1])
        edited = shown["assistant"][0].replace("<think>", "<think>Reviewed: ", 1)
        # bob reviews four records first: keep, keep, keep, reject; then alice: keep, edit,
        # reject, reject. kappa by hand: po = 3/4; p(alice keeps) = 1/2, p(bob keeps) = 3/4;
        # pe = 1/2 * 3/4 + 1/2 * 1/4 = 1/2; kappa = (3/4 - 1/2) / (1 - 1/2) = 0.5
        for rid, verdict in zip(ids[:4], ["accept", "accept", "accept", "reject"], strict=True):
            extra = {"reason": "hallucinated detail"} if verdict == "reject" else {}
            s.decide(rid, verdict, reviewer="bob", **extra)
        s.decide(ids[0], "accept")
        s.decide(ids[1], "edit", edited_text=[edited])
        s.decide(ids[2], "reject", reason="poor wording")
        s.decide(ids[3], "reject", reason="poor wording")
        flagged = s.get("api/record", record_set="expert_ad", record_id=ids[4])["sample"]
        s.decide(ids[4], "flag", flag="wrong_label", reason="it is a metal nut")
    ws = Workspace(demo_ws)
    info = review_info(ws)
    assert info["agreement"] == [
        {"reviewers": ["alice", "bob"], "records": 4, "agreed": 3, "kappa": 0.5}
    ]
    cli = CliRunner().invoke(app, ["info", "-w", str(demo_ws)])
    assert "agreement alice / bob: Cohen's kappa 0.500 over 4 record(s) both reviewed" in (
        cli.output
    )
    split = make_splits(ws, protocol="stratified", seed=0, val_share=0.2, test_share=0.2)
    assert split.held_out == [flagged["sample_id"]]
    assert flagged["sample_id"] not in read_splits(ws)
    with pytest.raises(PublishError, match="--require-review: records not reviewed"):
        publish(
            ws, to=str(tmp_path / "strict"), version="1.0.0", progress=False, require_review=True
        )
    out = tmp_path / "out"
    result = publish(ws, to=str(out), version="1.0.0", progress=False)
    rows = published(out, "expert_ad")
    got = dict(zip(rows["record_id"].to_list(), rows["text"].to_list(), strict=True))
    # the latest decision counts: alice's, made after bob's
    assert ids[2] not in got and ids[3] not in got and ids[4] not in got
    assert ids[0] in got
    assert got[ids[1]].startswith("<think>Reviewed: ")
    review = json.loads(rows.filter(pl.col("record_id") == ids[1])["review"][0])
    assert review["verdict"] == "edit" and review["reviewer"] == "alice"
    assert result.dropped["expert_ad"] == {
        "rejected in review": 2,
        "sample's ground truth flagged in review": 1,
    }
    samples = published(out, "samples")["sample_id"].to_list()
    assert flagged["sample_id"] not in samples
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "## Human review" in card
    assert "| alice and bob | 4 | 3 | 0.500 |" in card
    assert f"| {flagged['sample_id']} | wrong_label | it is a metal nut | alice |" in card
    assert "| expert_ad | poor wording | 2 |" in card


def test_an_edit_is_published_with_its_original(demo_ws: Path, tmp_path: Path) -> None:
    ids = expert_ids(demo_ws)
    with review_server(demo_ws) as s:
        shown = s.get("api/record", record_set="expert_ad", record_id=ids[0])
        original = shown["assistant"][0]
        edited = original.replace("<think>", "<think>Reviewed: ", 1)
        assert edited != original
        s.decide(ids[0], "edit", edited_text=[edited])
    out = tmp_path / "out"
    publish(Workspace(demo_ws), to=str(out), version="1.0.0", progress=False)
    rows = published(out, "expert_ad").filter(pl.col("record_id") == ids[0])
    assert rows["text"][0] == edited
    assert rows["messages"][0][-1]["content"] == edited
    assert rows["trace"][0]["steps"][0]["text"].startswith("Reviewed: ")
    review = json.loads(rows["review"][0])
    assert review == {
        "verdict": "edit",
        "reviewer": "alice",
        "time": review["time"],
        "original_text": [original],
    }
    provenance = rows["provenance"][0]
    provenance = json.loads(provenance) if isinstance(provenance, str) else provenance
    assert provenance["edited_from"] == [original]  # the teacher's text, in the provenance


def test_kill_during_review_loses_no_acknowledged_decision(demo_ws: Path) -> None:
    ids = expert_ids(demo_ws)
    server = ReviewServer(demo_ws)
    try:
        for rid in ids[:5]:
            server.decide(rid, "accept")
    finally:
        server.process.send_signal(signal.SIGKILL)  # no shutdown, no flush
        server.process.wait(timeout=30)
    assert [d.record_id for d in read_decisions(Workspace(demo_ws))] == ids[:5]
    with review_server(demo_ws) as again:
        assert again.get("api/queue")["progress"]["mine"] == 5


def test_review_options_are_documented() -> None:
    result = CliRunner().invoke(app, ["review", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for flag in ("--host", "--port", "--reviewer", "--allow-remote", "--token"):
        assert flag in result.output
    assert os.environ.get("IAD_DATA_REVIEW_TOKEN") is None or "--token" in result.output
