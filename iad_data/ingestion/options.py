"""Options of ``ingest``: the library keywords, a recipe's benchmark source and the flags of
``iad-data ingest`` all come from this one model.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from iad_data.core.options import EngineOptions, Flag, PathValue


class IngestOptions(EngineOptions):
    """How a benchmark is read (``ingest``, a recipe's source, ``iad-data ingest``)."""

    root: Annotated[str, Flag("--root", "-r"), PathValue()] = Field(
        description="Folder of the extracted release; ~ and $VARS are expanded in a recipe."
    )
    categories: Annotated[list[str] | None, Flag("--categories", "-c")] = Field(
        default=None, description="Only these categories (repeat or comma-separate)."
    )
    layout: Annotated[str | None, PathValue()] = Field(
        default=None,
        description="YAML file of layout options: required by `folder` (where normal and "
        "anomalous images are, how masks are named); see docs/sources.md.",
    )
    workers: int | None = Field(
        default=None, ge=1, description="Worker processes (default: all cores)."
    )
    strict: bool = Field(
        default=False,
        description="Fail (exit non-zero) when any file had a problem, after writing the table "
        "and the report.",
    )
    follow_symlinks: bool = Field(
        default=False,
        description="Read images and masks that symbolic links take outside the root (by "
        "default such files are problem rows: a link in a downloaded archive must not "
        "publish other files of this machine).",
    )
