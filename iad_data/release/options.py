"""Options of ``make_splits`` and ``publish``: the library keywords, the recipe's ``split:`` and
``publish:`` sections and the flags of ``iad-data split`` and ``iad-data publish`` all come from
these models.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal, get_args

from pydantic import Field, field_validator, model_validator

from iad_data.core.options import EngineOptions, Flag

SplitProtocol = Literal["stratified", "source", "cross-dataset", "leave-category-out"]
PROTOCOLS: tuple[str, ...] = get_args(SplitProtocol)
MAX_SHARD_BYTES = 500 * 1024 * 1024
"""upper bound of a shard's uncompressed size, as ``datasets.push_to_hub`` uses"""
NEAR_THRESHOLD = 12
"""Hamming distance (of 256 bits) at or below which two images are near-duplicate candidates"""


class SplitOptions(EngineOptions):
    """How samples are split (``make_splits``, ``split:`` in a recipe, ``iad-data split``)."""

    protocol: Annotated[SplitProtocol, Flag("--protocol", "-p")] = Field(
        default="stratified", description="stratified, source, cross-dataset or leave-category-out."
    )
    seed: int = Field(default=0, description="Seed of the group order.")
    val_share: float = Field(
        default=0.1, ge=0.0, lt=1.0, description="Share of groups for validation."
    )
    test_share: float = Field(
        default=0.2, ge=0.0, lt=1.0, description="Share of groups for test (stratified)."
    )
    test_datasets: list[str] | None = Field(
        default=None, description="cross-dataset: datasets to test on."
    )
    holdout_categories: Annotated[list[str] | None, Flag("--holdout")] = Field(
        default=None, description="leave-category-out: CATEGORY or DATASET/CATEGORY to hold out."
    )
    check_leaks: bool = Field(
        default=True,
        description="Also look for duplicate images across the splits (fills the hash cache "
        "publish reuses).",
    )

    @model_validator(mode="after")
    def _shares(self) -> SplitOptions:
        if self.val_share + self.test_share >= 1.0:
            raise ValueError(
                f"val_share + test_share = {self.val_share + self.test_share} leaves nothing "
                "for training"
            )
        if self.protocol == "cross-dataset" and not self.test_datasets:
            raise ValueError("protocol cross-dataset needs test_datasets (the held-out datasets)")
        if self.protocol == "leave-category-out" and not self.holdout_categories:
            raise ValueError("protocol leave-category-out needs holdout_categories")
        return self


class PublishOptions(EngineOptions):
    """What to publish where (``publish``, ``publish:`` in a recipe, ``iad-data publish``)."""

    version: str = Field(description="MAJOR.MINOR.PATCH; the tag is v<version>.")
    repo: str | None = Field(default=None, description="Hub dataset repo ORG/NAME.")
    to: str | None = Field(
        default=None,
        description="Local folder target (without repo: WORKSPACE/dataset); in a recipe a "
        "relative folder is inside the workspace.",
    )
    private: bool = Field(default=False, description="Create the repo private.")
    allow_leak: bool = Field(
        default=False, description="Publish a split with duplicates across splits."
    )
    accept_license_terms: bool = Field(
        default=False, description="Confirm publishing non-commercial source data to a public repo."
    )
    allow_template_text: bool = Field(
        default=False,
        description="Publish to a Hub repo although every record is template text from the "
        "offline teacher (ground truth, no model looked at the images).",
    )
    masks: bool = Field(default=False, description="Embed masks in `samples`.")
    force: bool = Field(
        default=False,
        description="Publish into a non-empty folder that no publish wrote: its README.md, "
        "manifest.json, recipe.yaml and config folders are replaced, the rest is kept.",
    )
    require_review: bool = Field(
        default=False,
        description="Refuse to publish records that no reviewer accepted, edited or rejected "
        "in their current content (`iad-data review`).",
    )
    max_shard_bytes: int = Field(
        default=MAX_SHARD_BYTES, ge=1, description="Largest parquet shard, in bytes."
    )
    near_threshold: int = Field(
        default=NEAR_THRESHOLD,
        ge=0,
        description="Perceptual-hash distance at or below which two images count as duplicates.",
    )

    @field_validator("version")
    @classmethod
    def _semver(cls, value: str) -> str:
        value = value.removeprefix("v")
        if not re.match(r"^\d+\.\d+\.\d+$", value):
            raise ValueError(f"version {value!r} is not MAJOR.MINOR.PATCH (e.g. 1.0.0)")
        return value

    @model_validator(mode="after")
    def _one_target(self) -> PublishOptions:
        if self.repo is not None and self.to is not None:
            raise ValueError("give at most one of `repo` (Hub ORG/NAME) or `to` (a folder)")
        return self
