"""``evaluate`` against models played by the fake LLM server: measured accuracy inside its
interval, the oracle at 100 %, always-No at the normal share, unparseable answers counted
and scored wrong, re-runs free, --limit, --dry-run, --max-cost, batch, compare."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import polars as pl
import pytest
from test_eval_fakes import (
    GARBLED,
    GARBLED_REASONS,
    AlwaysNo,
    Garbled,
    RightWith,
    Truth,
    serving,
    truths,
)

from iad_data.core.workspace import Workspace
from iad_data.errors import InputError
from iad_data.evaluation.compare import compare_results
from iad_data.evaluation.results import read_result
from iad_data.evaluation.run import evaluate
from iad_data.ingestion.build import ingest
from iad_data.ingestion.generators import generate
from iad_data.release.splits import make_splits

P = {"mvtec_ad": 0.85, "visa": 0.6}


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """MVTec AD and VisA trees (164 test images), split by the benchmarks' own splits."""
    tmp = tmp_path_factory.mktemp("eval")
    ws = tmp / "ws"
    mvtec = generate(
        "mvtec",
        tmp / "mvtec",
        categories=["bottle", "screw", "carpet"],
        max_defects=3,
        n_train=3,
        n_test_good=12,
        n_test_per_defect=8,
        size=64,
        seed=2,
    )
    visa = generate(
        "visa",
        tmp / "VisA_20220922",
        categories=["candle", "pcb1"],
        max_defects=2,
        n_train=3,
        n_test_good=12,
        n_test_per_defect=8,
        size=64,
        seed=3,
    )
    ingest("mvtec", mvtec.root, ws, progress=False, workers=1)
    ingest("visa", visa.root, ws, progress=False, workers=1)
    make_splits(ws, protocol="source", seed=0, check_leaks=False, progress=False)
    return ws


@pytest.fixture
def ws(bench: Path, tmp_path: Path) -> Path:
    """An eval workspace of its own (ledger, evals/) reading the bench workspace."""
    return tmp_path / "evalws"


def known(bench: Path) -> dict[str, Truth]:
    return truths(Workspace(bench).read_samples())


def test_a_model_right_with_p_per_dataset_measures_p_inside_its_interval(
    bench: Path, ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = RightWith(known(bench), P)
    with serving(model, monkeypatch) as (fake, spec):
        result = evaluate(ws, model=spec, data=str(bench), progress=False)
        mmad = evaluate(ws, model=spec, data=str(bench), protocol="mmad", progress=False)
    assert result.tables is not None and mmad.tables is not None
    assert set(result.tables.datasets) == set(P)
    for dataset, p in P.items():
        cell = result.tables.datasets[dataset]["accuracy"]
        assert cell.low is not None and cell.high is not None
        assert cell.low <= p <= cell.high, (dataset, cell)
        assert cell.n == result.tables.questions[dataset]
        average = mmad.tables.datasets[dataset]["average"]  # MMAD's headline figure
        assert average.low is not None and average.high is not None
        assert average.low <= p <= average.high, (dataset, average)
    frame = read_result(result.path or "").frame
    assert frame.height == result.questions == 164 and not result.unparsed
    # the intervals are Wilson's: k right of n
    for dataset, cells in result.tables.datasets.items():
        rows = frame.filter(pl.col("dataset") == dataset)
        assert cells["accuracy"].k == rows["correct"].sum()
        assert cells["accuracy"].n == rows.height


def test_the_oracle_scores_100_percent(bench: Path, ws: Path) -> None:
    result = evaluate(ws, model="offline", data=str(bench), progress=False)
    mmad = evaluate(ws, model="offline", data=str(bench), protocol="mmad", progress=False)
    assert result.tables is not None and mmad.tables is not None
    for tables in (result.tables, mmad.tables):
        for group in [*tables.datasets.values(), *tables.categories.values(), tables.average]:
            for metric, cell in group.items():
                if cell.n:
                    assert cell.value == 1.0, (metric, cell)
    frame = read_result(result.path or "").frame
    best = pl.when(pl.col("label") == "anomaly").then(2.0).otherwise(1.0)
    assert frame.filter(pl.col("reward_accuracy") != best).is_empty()  # IAD-R1's maximum
    assert frame["reward_format"].min() == 1.0 and frame["parsed"].all()


def test_an_always_no_model_scores_the_normal_share(
    bench: Path, ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    samples = Workspace(bench).read_samples()
    tests = pl.read_parquet(Workspace(bench).splits_path).filter(pl.col("split") == "test")
    tests = samples.filter(pl.col("sample_id").is_in(tests["sample_id"].to_list()))
    with serving(AlwaysNo(known(bench)), monkeypatch) as (_, spec):
        result = evaluate(ws, model=spec, data=str(bench), progress=False)
        mmad = evaluate(ws, model=spec, data=str(bench), protocol="mmad", progress=False)
    assert result.tables is not None and mmad.tables is not None
    for dataset, cells in result.tables.datasets.items():
        rows = tests.filter(pl.col("dataset") == dataset)
        share = rows.filter(pl.col("label") == "normal").height / rows.height
        assert cells["accuracy"].value == pytest.approx(share)
        assert cells["balanced_accuracy"].value == pytest.approx(0.5)
        assert mmad.tables.datasets[dataset]["anomaly_detection"].value == pytest.approx(0.5)
    assert not result.unparsed


def test_unparseable_answers_are_counted_by_reason_scored_wrong_never_dropped(
    bench: Path, ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    truth = known(bench)
    shas = sorted(truth)
    split = pl.read_parquet(Workspace(bench).splits_path).filter(pl.col("split") == "test")
    tested = set(
        Workspace(bench)
        .read_samples()
        .filter(pl.col("sample_id").is_in(split["sample_id"].to_list()))["image_sha256"]
    )
    bad = {sha: GARBLED[n % len(GARBLED)] for n, sha in enumerate(s for s in shas if s in tested)}
    bad = dict(list(bad.items())[:12])
    with serving(Garbled(truth, bad), monkeypatch) as (_, spec):
        result = evaluate(ws, model=spec, data=str(bench), progress=False)
    expected = Counter(GARBLED_REASONS[text] for text in bad.values())
    assert result.unparsed == dict(sorted(expected.items()))
    frame = read_result(result.path or "").frame
    assert frame.height == result.questions == 164
    unparsed = frame.filter(~pl.col("parsed"))
    assert unparsed.height == 12 and not unparsed["correct"].any()
    assert set(unparsed["image_sha256"]) == set(bad)
    assert result.tables is not None
    assert result.tables.overall["accuracy"].k == 164 - 12


def test_refused_and_truncated_answers_are_counted(
    bench: Path, ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with serving(RightWith(known(bench), {"mvtec_ad": 1.0, "visa": 1.0}), monkeypatch) as (
        fake,
        spec,
    ):
        fake.queue_faults(["refusal", "truncated"])
        result = evaluate(
            ws, model=spec, data=str(bench), categories=["bottle"], concurrency=1, progress=False
        )
    assert result.unparsed == {"refused": 1, "truncated at max_tokens": 1}
    assert result.outcomes == {"answered": result.questions - 2, "refused": 1, "truncated": 1}
    assert result.tables is not None
    assert result.tables.overall["accuracy"].k == result.questions - 2


def test_a_rerun_costs_nothing_and_gives_the_same_results(
    bench: Path, ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with serving(RightWith(known(bench), P), monkeypatch) as (fake, spec):
        first = evaluate(ws, model=spec, data=str(bench), progress=False)
        calls = fake.generation_calls()
        again = evaluate(ws, model=spec, data=str(bench), progress=False)
        assert fake.generation_calls() == calls == first.sent == first.questions
    assert (again.sent, again.cached, again.cost_usd) == (0, first.questions, 0.0)
    drop = ["text"]  # same answers; the frame is compared whole
    a, b = read_result(first.path or "").frame, read_result(again.path or "").frame
    assert a.drop(drop).equals(b.drop(drop)) and a["text"].equals(b["text"])
    assert json.dumps(first.tables.to_dict() if first.tables else None) == json.dumps(
        again.tables.to_dict() if again.tables else None
    )


def test_limit_takes_a_stratified_sample(bench: Path, ws: Path) -> None:
    full = evaluate(ws, model="offline", data=str(bench), progress=False)
    part = evaluate(ws, model="offline", data=str(bench), limit=41, progress=False)
    assert part.images == 41 and part.skipped == {"left out by --limit": 164 - 41}
    assert part.path != full.path and part.path is not None and full.path is not None
    rows_full = read_result(full.path).frame
    rows_part = read_result(part.path).frame
    strata = ["dataset", "category", "label"]
    sizes = (
        rows_full.group_by(strata)
        .len("all")
        .join(rows_part.group_by(strata).len("kept"), on=strata, how="left")
    )
    for r in sizes.iter_rows(named=True):
        expected = 41 * r["all"] / 164
        assert abs((r["kept"] or 0) - expected) < 1.0, r
    again = evaluate(ws, model="offline", data=str(bench), limit=41, progress=False)
    assert set(read_result(again.path or "").frame["qid"]) == set(rows_part["qid"])


def test_dry_run_estimates_and_writes_nothing(
    bench: Path, ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-not-used-0123456789")
    result = evaluate(ws, model="gpt-4.1", data=str(bench), dry_run=True, progress=False)
    assert result.dry_run and result.path is None and result.sent == 0
    assert result.estimated_cost_usd is not None and result.estimated_cost_usd > 0
    assert result.not_sent == result.questions == 164
    assert result.estimated_input_tokens > 164 * 85  # an image is at least 85 tokens
    assert not ws.exists()  # no ledger, no evals/, no images


def test_max_cost_stops_and_the_rest_follows_on_the_next_run(
    bench: Path, ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with serving(RightWith(known(bench), P), monkeypatch) as (fake, _):
        monkeypatch.setenv("OPENAI_API_KEY", fake.api_key)
        monkeypatch.setenv("OPENAI_BASE_URL", fake.openai_base_url)
        part = evaluate(
            ws, model="gpt-4.1", data=str(bench), max_cost_usd=0.01, concurrency=1, progress=False
        )
        assert part.stopped and part.not_sent > 0 and not part.complete
        assert part.cost_usd <= 0.01
        stored = read_result(part.path or "")
        assert stored.provenance["complete"] is False
        assert stored.frame.filter(pl.col("outcome") == "not_sent").height == part.not_sent
        assert part.tables is not None
        assert sum(part.tables.questions.values()) == part.questions - part.not_sent
        rest = evaluate(ws, model="gpt-4.1", data=str(bench), progress=False)
        assert rest.sent == part.not_sent and rest.complete
        assert sum(fake.paid_per_key().values()) == len(fake.paid_per_key()) == part.questions


def test_batch_api_answers_at_the_batch_price(
    bench: Path, ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with serving(RightWith(known(bench), P), monkeypatch, batch_delay_s=0.0) as (fake, _):
        monkeypatch.setenv("OPENAI_API_KEY", fake.api_key)
        monkeypatch.setenv("OPENAI_BASE_URL", fake.openai_base_url)
        batched = evaluate(
            ws, model="gpt-4.1", data=str(bench), categories=["bottle"], batch=True, progress=False
        )
        assert fake.stats["batches"] == 1 and fake.generation_calls() == 0
    assert batched.complete and not batched.unparsed and batched.cost_usd > 0
    assert batched.outcomes == {"answered": batched.questions}


def test_a_claude_model_answers_in_free_text(
    bench: Path, ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with serving(RightWith(known(bench), {"mvtec_ad": 1.0, "visa": 1.0}), monkeypatch) as (
        fake,
        _,
    ):
        monkeypatch.setenv("ANTHROPIC_API_KEY", fake.api_key)
        monkeypatch.setenv("ANTHROPIC_BASE_URL", fake.anthropic_base_url)
        result = evaluate(
            ws, model="claude-haiku-4-5", data=str(bench), categories=["candle"], progress=False
        )
        assert fake.calls and all(not c.body.get("tools") for c in fake.calls)
    assert result.tables is not None and result.tables.overall["accuracy"].value == 1.0


def test_requests_of_a_model_under_test_carry_no_ground_truth(
    bench: Path, ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with serving(AlwaysNo(known(bench)), monkeypatch) as (fake, spec):
        evaluate(ws, model=spec, data=str(bench), categories=["screw"], progress=False)
        sent = fake.calls
    assert sent and {c.user_text for c in sent} == {"Are there any defects in the query image?"}
    assert all(c.system == "" and not c.body.get("response_format") for c in sent)
    assert all(m["role"] != "system" for c in sent for m in c.body["messages"])


def test_compare_sets_models_side_by_side_and_refuses_what_differs(
    bench: Path, ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    oracle = evaluate(ws, model="offline", data=str(bench), progress=False)
    with serving(AlwaysNo(known(bench)), monkeypatch) as (_, spec):
        no = evaluate(ws, model=spec, data=str(bench), progress=False)
        hinted = evaluate(ws, model=spec, data=str(bench), format_hint=True, progress=False)
        limited = evaluate(ws, model=spec, data=str(bench), limit=20, progress=False)
    mmad = evaluate(ws, model="offline", data=str(bench), protocol="mmad", progress=False)
    paths = [oracle.path, no.path]
    assert all(p is not None for p in paths)
    comparison = compare_results([p for p in paths if p is not None])
    assert comparison.groups == ["mvtec_ad", "visa", "average", "all"]
    diff = comparison.differences["all"][1]
    assert diff is not None and diff.high < 0 and diff.clear  # always-No is clearly worse
    assert comparison.differences["all"][0] is not None
    assert not comparison.warnings
    headers, rows = comparison.table()
    assert len(headers) == 4 and rows[-1][0] == "all" and rows[-1][3].endswith("*")
    with pytest.raises(InputError, match="different protocols"):
        compare_results([oracle.path or "", mmad.path or ""])
    with pytest.raises(InputError, match="questions asked differs"):
        compare_results([oracle.path or "", limited.path or ""])
    forced = compare_results([oracle.path or "", limited.path or ""], force=True)
    assert any("questions asked" in w for w in forced.warnings)
    warned = compare_results([no.path or "", hinted.path or ""])
    assert any("prompt template" in w for w in warned.warnings)


def test_provenance_names_the_data_the_model_and_the_prompt(bench: Path, ws: Path) -> None:
    result = evaluate(ws, model="offline", data=str(bench), progress=False)
    stored = read_result(result.path or "")
    p = stored.provenance
    assert p["data"]["kind"] == "workspace" and len(p["data"]["content_sha256"]) == 64
    assert p["model"]["spec"] == "offline" and p["model"]["name"] == "offline:ground-truth"
    assert p["sampling"] == {"temperature": 0.0, "max_tokens": 512, "seed": None}
    assert p["prompt"]["template_id"] == "eval/iad-r1/0shot.v1"
    assert len(p["prompt"]["template_hash"]) == 64
    assert p["toolkit_version"] and p["complete"] is True
    summary = json.loads((result.path or Path()).with_suffix(".json").read_text())
    assert summary["tables"]["average"]["accuracy"]["value"] == 1.0
    digest = hashlib.sha256(json.dumps(p["selection"], sort_keys=True).encode()).hexdigest()
    assert digest  # the selection is recorded as data


def test_bad_options_are_refused_with_the_fix(bench: Path, ws: Path) -> None:
    with pytest.raises(InputError, match="choose the model under test"):
        evaluate(ws, data=str(bench), progress=False)
    with pytest.raises(InputError, match="has no 'nope' split"):
        evaluate(ws, model="offline", data=str(bench), split="nope", progress=False)
    with pytest.raises(InputError, match="--categories zebra"):
        evaluate(ws, model="offline", data=str(bench), categories=["zebra"], progress=False)
    with pytest.raises(InputError, match="format-hint"):
        evaluate(ws, model="offline", data=str(bench), protocol="mmad", format_hint=True)
    with pytest.raises(InputError, match="neither a published version"):
        evaluate(ws, model="offline", data=str(ws.parent), progress=False)


def test_one_shot_shows_a_train_normal_of_the_category_first(
    bench: Path, ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    samples = Workspace(bench).read_samples()
    train_normals = set(
        samples.filter((pl.col("source_split") == "train") & (pl.col("label") == "normal"))[
            "image_sha256"
        ]
    )
    with serving(AlwaysNo(known(bench)), monkeypatch) as (fake, spec):
        result = evaluate(
            ws, model=spec, data=str(bench), shots=1, categories=["carpet"], progress=False
        )
        sent = fake.calls
    assert result.shots == 1 and len(sent) == result.questions > 0
    text = "The first image shows a defect-free reference of the same product."
    assert {c.user_text for c in sent} == {f"{text} Are there any defects in the query image?"}
    assert all(len(c.images) == 2 for c in sent)
    assert {hashlib.sha256(c.images[0]).hexdigest() for c in sent} <= train_normals
    stored = read_result(result.path or "").frame
    assert stored["references"].list.len().min() == 1
