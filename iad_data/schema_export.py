"""JSON Schemas of the public models, written to ``schemas/`` and checked in sync by a test."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from .expert_ad import ExpertAdRecord
from .instruct_records import InstructRecord
from .process import ProcessKnowledge
from .recipe import Recipe
from .sample import Sample
from .sources.folder import FolderLayout

SCHEMA_MODELS: dict[str, type[BaseModel]] = {
    "sample": Sample,
    "process": ProcessKnowledge,
    "recipe": Recipe,
    "instruct_iad": InstructRecord,
    "expert_ad": ExpertAdRecord,
    "folder_layout": FolderLayout,
}
"""file stem in ``schemas/`` -> model; later stages add their record models here."""


def schema_text(model: type[BaseModel]) -> str:
    return (
        json.dumps(model.model_json_schema(mode="serialization"), indent=2, sort_keys=True) + "\n"
    )


def export_schemas(folder: str | Path) -> list[Path]:
    """Write one ``<name>.schema.json`` per model; returns the paths written."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, model in SCHEMA_MODELS.items():
        path = out / f"{name}.schema.json"
        path.write_text(schema_text(model), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    for written in export_schemas(Path(__file__).resolve().parent.parent / "schemas"):
        print(written)
