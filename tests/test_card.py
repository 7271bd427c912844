"""The dataset card: YAML metadata the Hub accepts, licenses carried, body sections present."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from fakes.fake_hub import _check_card_yaml
from publish_fixtures import make_workspace

from iad_data.core.workspace import Workspace
from iad_data.release.card import IAD_R1_CITATION, is_non_commercial, size_category
from iad_data.release.publish import publish


@pytest.fixture(scope="module")
def card(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp = tmp_path_factory.mktemp("card")
    ws = make_workspace(tmp)
    (ws.rejects_dir).mkdir(parents=True, exist_ok=True)
    (ws.rejects_dir / "expert_ad.jsonl").write_text(
        '{"record_id": "x", "reasons": ["accuracy: says No for an anomaly"]}\n'
        '{"record_id": "y", "reasons": ["format: no <answer> tag"]}\n'
    )
    publish(Workspace(ws.path), to=tmp / "out", version="1.0.0")
    return (tmp / "out" / "README.md").read_text(encoding="utf-8")


def _meta(card: str) -> dict[str, Any]:
    assert card.startswith("---\n")
    data = yaml.safe_load(card[4 : card.index("\n---", 4)])
    assert isinstance(data, dict)
    return data


def test_metadata(card: str) -> None:
    meta = _meta(card)
    assert _check_card_yaml(meta) == []
    assert meta["license"] == "cc-by-nc-sa-4.0"
    assert meta["size_categories"] == ["n<1K"]
    assert "visual-question-answering" in meta["task_categories"]
    assert "source:mvtec_ad" in meta["tags"]
    configs = {c["config_name"]: c for c in meta["configs"]}
    assert set(configs) == {"samples", "expert_ad"}
    assert {"split": "test", "path": "expert_ad/test-*"} in configs["expert_ad"]["data_files"]
    info = {c["config_name"]: c for c in meta["dataset_info"]}
    names = {f["name"]: f for f in info["samples"]["features"]}
    assert names["image"] == {"name": "image", "dtype": "image"}
    assert {f["name"] for f in info["expert_ad"]["features"]} >= {"messages", "images", "solution"}


def test_body(card: str) -> None:
    assert "Non-commercial" in card and "CC-BY-NC-SA-4.0" in card
    assert "Protocol: **stratified**, seed 0" in card
    assert "| mvtec_ad | bottle | anomaly |" in card
    assert "| expert_ad | " in card and "%" in card  # pass rate
    assert "accuracy: says No for an anomaly" in card
    assert "0123456789abcdef" in card and "offline:ground-truth" in card
    assert "Bergmann et al." in card and IAD_R1_CITATION in card and "Triad" in card
    assert "Example record" in card and '"record_id"' in card
    assert "1.0.0" not in card  # versions are tags; an unchanged workspace gives the same card


def test_helpers() -> None:
    assert is_non_commercial("CC-BY-NC-SA-4.0") and not is_non_commercial("CC-BY-4.0")
    assert size_category(999) == "n<1K" and size_category(10_000) == "10K<n<100K"


def test_mixed_licenses_are_stated(tmp_path: Path) -> None:
    import polars as pl

    from iad_data.release.card import CardInput, render_card

    samples = pl.DataFrame(
        {
            "dataset": ["mvtec_ad", "visa"],
            "category": ["bottle", "pcb1"],
            "label": ["normal", "normal"],
            "split": ["train", "test"],
            "license": ["CC-BY-NC-SA-4.0", "CC-BY-4.0"],
        }
    )
    text = render_card(CardInput(pretty_name="x", configs=[], samples=samples))
    assert "Mixed licenses" in text
    assert _meta(text)["license"] == ["cc-by-4.0", "cc-by-nc-sa-4.0"]


def test_dataset_info_reads_without_warning(card: str) -> None:
    """``datasets`` takes every config's split sizes from the card, none ignored as malformed."""
    import logging

    from datasets.info import DatasetInfosDict

    meta = _meta(card)
    seen: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.getMessage())

    handler = Keep(logging.DEBUG)
    logging.getLogger("datasets").addHandler(handler)
    try:
        infos = DatasetInfosDict.from_dataset_card_data(meta)
    finally:
        logging.getLogger("datasets").removeHandler(handler)
    assert not [m for m in seen if "malformed" in m]
    files = {c["config_name"]: {d["split"] for d in c["data_files"]} for c in meta["configs"]}
    assert set(infos) == set(files)
    for name, info in infos.items():
        assert info.splits is not None and set(info.splits) == files[name]
        assert all(s.num_examples > 0 and s.num_bytes > 0 for s in info.splits.values())
        assert info.dataset_size == sum(s.num_bytes for s in info.splits.values())
    assert "No record carries an image of another split" in card
