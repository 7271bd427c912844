"""The JSON Schemas in schemas/ must be what the pydantic models export today."""

from __future__ import annotations

from pathlib import Path

import pytest

from iad_data.pipeline.schema_export import schema_models, schema_text

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


@pytest.mark.parametrize("name", sorted(schema_models()))
def test_schema_file_in_sync(name: str) -> None:
    path = SCHEMAS / f"{name}.schema.json"
    assert path.exists(), f"{path} missing: run `python -m iad_data.pipeline.schema_export`"
    assert path.read_text(encoding="utf-8") == schema_text(schema_models()[name]), (
        f"{path} is stale: run `python -m iad_data.pipeline.schema_export`"
    )
