"""The JSON Schemas in schemas/ must be what the pydantic models export today."""

from __future__ import annotations

from pathlib import Path

import pytest

from iad_data.schema_export import SCHEMA_MODELS, schema_text

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


@pytest.mark.parametrize("name", sorted(SCHEMA_MODELS))
def test_schema_file_in_sync(name: str) -> None:
    path = SCHEMAS / f"{name}.schema.json"
    assert path.exists(), f"{path} missing: run `python -m iad_data.schema_export`"
    assert path.read_text(encoding="utf-8") == schema_text(SCHEMA_MODELS[name]), (
        f"{path} is stale: run `python -m iad_data.schema_export`"
    )
