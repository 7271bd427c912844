"""``iad-data sources``: every source with its license, citation and expected layout."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from iad_data.cli.main import app
from iad_data.ingestion.sources import SOURCES

EXPECTED = {
    "mvtec",
    "visa",
    "mpdd",
    "btad",
    "mvtec-loco",
    "mvtec-3d",
    "mvtec-ad2",
    "real-iad",
    "ksdd",
    "ksdd2",
    "dagm",
    "dtd",
    "folder",
}


def test_json_lists_every_source() -> None:
    res = CliRunner().invoke(app, ["sources", "--json"])
    assert res.exit_code == 0, res.output
    listed = {row["name"]: row for row in json.loads(res.output)}
    assert set(listed) == EXPECTED == set(SOURCES)
    for row in listed.values():
        assert row["license"] and row["citation"] and row["layout"] and row["title"]
    assert listed["visa"]["license"] == "CC-BY-4.0" and not listed["visa"]["non_commercial"]
    assert listed["btad"]["license"] == "CC-BY-NC-SA-4.0"
    assert "ground_truth/ko" in listed["btad"]["layout"]
    assert "test_private" in listed["mvtec-ad2"]["layout"]
    assert "realiad_jsons" in listed["real-iad"]["layout"]
    assert "--layout" in listed["folder"]["layout"]
    assert listed["mvtec-loco"]["categories"][0] == "breakfast_box"
    assert listed["dagm"]["dataset"] == "dagm" and len(listed["dagm"]["categories"]) == 10


def test_text_listing_shows_license_citation_and_layout() -> None:
    res = CliRunner().invoke(app, ["sources"])
    assert res.exit_code == 0, res.output
    for src in SOURCES.values():
        assert f"{src.cli_name}  ({src.title}, {src.license})" in res.output
        assert src.citation in res.output
    assert "ROOT/kos01/Part0.jpg" in res.output
    assert "xyz" in res.output and "Wieler and Hahn" in res.output
