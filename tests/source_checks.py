"""Checks every source test shares: an ingest compared with what the generator drew."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from iad_data.core.sample import Sample, make_sample_id, normalise_defect_type
from iad_data.core.table import from_frame
from iad_data.ingestion.build import IngestResult, ingest
from iad_data.ingestion.generators import SyntheticTree


def run(source: str, root: Path, ws: Path, **options: Any) -> IngestResult:
    return ingest(source, root, ws, workers=1, progress=False, **options)


def samples(result: IngestResult) -> dict[str, Sample]:
    """Every row validated as a ``Sample``, by image path."""
    return {s.image_path: s for s in from_frame(Sample, result.samples)}


def assert_matches_tree(
    result: IngestResult, tree: SyntheticTree, dataset: str, license: str
) -> dict[str, Sample]:
    """One sample per drawn image, with its label, split, stable id, masks and regions."""
    got = samples(result)
    assert sorted(got) == sorted(g.image_path for g in tree.images)
    assert result.samples["sample_id"].n_unique() == result.samples.height
    for gen in tree.images:
        s = got[gen.image_path]
        assert s.dataset == dataset
        assert s.category == gen.category
        assert s.label == gen.label, gen.image_path
        assert s.source_split == gen.split, gen.image_path
        assert s.sample_id == make_sample_id(dataset, gen.category, gen.image_path)
        assert s.license == license
        assert s.mask_paths == gen.mask_paths, gen.image_path
        if gen.label == "normal":
            assert s.defect_type == "good"
            assert s.regions == [] and s.location is None and s.defect_area_fraction == 0
        elif gen.label == "anomaly":
            assert s.defect_type == normalise_defect_type(gen.defect)
            assert sorted(r.bbox for r in s.regions) == sorted(gen.boxes), gen.image_path
            assert s.location == gen.location
            assert s.defect_area_fraction > 0
    return got


def label_counts(result: IngestResult) -> Counter[tuple[str, str, str]]:
    """(category, split, defect_type) -> images."""
    return Counter(
        (r["category"], r["source_split"], r["defect_type"]) for r in result.samples.to_dicts()
    )


def problem_set(result: IngestResult) -> set[tuple[str, str]]:
    return {(p.kind, p.path) for p in result.problems}
