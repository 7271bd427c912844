"""JSON Schemas of the public models, written to ``schemas/`` and checked in sync by a test."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from iad_data.core.sample import Sample
from iad_data.ingestion.sources.folder import FolderLayout
from iad_data.knowledge.process import ProcessKnowledge
from iad_data.pipeline.recipe import Recipe
from iad_data.tasks.registry import record_sets


def schema_models() -> dict[str, type[BaseModel]]:
    """File stem in ``schemas/`` -> model: the fixed models, then every record set's."""
    models: dict[str, type[BaseModel]] = {
        "sample": Sample,
        "process": ProcessKnowledge,
        "recipe": Recipe,
        "folder_layout": FolderLayout,
    }
    models.update({rs.name: rs.record_model for rs in record_sets()})
    return models


def schema_text(model: type[BaseModel]) -> str:
    return (
        json.dumps(model.model_json_schema(mode="serialization"), indent=2, sort_keys=True) + "\n"
    )


def export_schemas(folder: str | Path) -> list[Path]:
    """Write one ``<name>.schema.json`` per model; returns the paths written."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, model in schema_models().items():
        path = out / f"{name}.schema.json"
        path.write_text(schema_text(model), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    for written in export_schemas(Path(__file__).resolve().parents[2] / "schemas"):
        print(written)
