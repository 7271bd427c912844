"""The workspace folder: every stage reads the previous stage's files and writes its own.

Layout (every path comes from a ``Workspace`` method; no other module spells one)::

    WORKSPACE/
      samples.parquet                ingest: one row per image, sorted by sample_id
      reports/ingest-<dataset>.json  ingest: the benchmark root, problems, counts
      ledger.sqlite                  teach: requests and answers (never lose a paid answer)
      processes/<dataset>/<cat>.yaml knowledge: drafts and a factory's own process files
      records/<set>.parquet          tasks: validated records (expert_ad, instruct_iad)
      rejects/<set>.jsonl            tasks: records that never passed validation, with reasons
      reviews/decisions.jsonl        review: reviewers' decisions, appended (never rewritten)
      splits.parquet                 release: train/validation/test per sample
      reports/splits.json, reports/leakage.json, reports/leakage_records.json
      reports/calibration.json       tasks: the validator's calibration figures
      benchmark/<layout>/            pipeline: a recipe's synthetic benchmark
      recipe.yaml                    pipeline: the recipe the workspace was built with
      reports/run-<stage>.json       pipeline: a recipe stage's done marker
      report.html                    pipeline: the HTML report
      evals/<run>.parquet, .json     evaluation: one model scored on one data version
      evals/images/                  evaluation: images of published data shown to a model
      .iad-data.lock                 core.lock: one writer at a time (pid, command, start)

Files are replaced atomically (write a temporary file, then rename), so a crash never
leaves half a table behind.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl

from iad_data.core.sample import Sample
from iad_data.core.table import empty_frame, model_schema
from iad_data.errors import WorkspaceError

DEFAULT_WORKSPACE = Path("iad-workspace")


def atomic_write(path: Path, write: Callable[[Path], object]) -> None:
    """Call ``write(tmp)`` then rename ``tmp`` over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_json(path: Path, data: Any) -> None:
    text = json.dumps(data, indent=2, sort_keys=False, ensure_ascii=False) + "\n"

    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8")

    atomic_write(path, write)


class Workspace:
    """A workspace folder; cheap to create, touches the disk only when asked."""

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_WORKSPACE) -> None:
        self.path = Path(path)

    def __repr__(self) -> str:
        return f"Workspace({str(self.path)!r})"

    @property
    def samples_path(self) -> Path:
        return self.path / "samples.parquet"

    @property
    def reports_dir(self) -> Path:
        return self.path / "reports"

    @property
    def ledger_path(self) -> Path:
        return self.path / "ledger.sqlite"

    @property
    def records_dir(self) -> Path:
        return self.path / "records"

    @property
    def rejects_dir(self) -> Path:
        return self.path / "rejects"

    def records_path(self, record_set: str) -> Path:
        """``records/<record_set>.parquet``: the validated records of one record set."""
        return self.records_dir / f"{record_set}.parquet"

    def rejects_path(self, record_set: str) -> Path:
        """``rejects/<record_set>.jsonl``: records that never passed, with their findings."""
        return self.rejects_dir / f"{record_set}.jsonl"

    def ingest_report_path(self, dataset: str) -> Path:
        return self.reports_dir / f"ingest-{dataset}.json"

    @property
    def processes_dir(self) -> Path:
        """Process-knowledge files of this workspace (drafts, a factory's own parts)."""
        return self.path / "processes"

    @property
    def reviews_dir(self) -> Path:
        return self.path / "reviews"

    @property
    def decisions_path(self) -> Path:
        """``reviews/decisions.jsonl``: every review decision, one JSON line each, appended
        and fsynced (``iad_data.review.decisions``)."""
        return self.reviews_dir / "decisions.jsonl"

    @property
    def splits_path(self) -> Path:
        return self.path / "splits.parquet"

    @property
    def splits_report_path(self) -> Path:
        return self.reports_dir / "splits.json"

    @property
    def calibration_report_path(self) -> Path:
        """``reports/calibration.json``: the validator's recall per planted error class and
        its false rejects (``iad-data validate --calibrate``; the card states them)."""
        return self.reports_dir / "calibration.json"

    @property
    def judge_calibration_report_path(self) -> Path:
        """``reports/calibration-judge.json``: the same figures with the judge rule on."""
        return self.reports_dir / "calibration-judge.json"

    @property
    def leakage_report_path(self) -> Path:
        return self.reports_dir / "leakage.json"

    @property
    def leakage_records_path(self) -> Path:
        return self.reports_dir / "leakage_records.json"

    def benchmark_dir(self, layout: str) -> Path:
        """Where a recipe writes its synthetic benchmark of ``layout``."""
        return self.path / "benchmark" / layout

    @property
    def recipe_path(self) -> Path:
        """The copy of the recipe the workspace was last built with."""
        return self.path / "recipe.yaml"

    def marker_path(self, stage: str) -> Path:
        """``reports/run-<stage>.json``: a recipe stage's done marker."""
        return self.reports_dir / f"run-{stage}.json"

    @property
    def report_html_path(self) -> Path:
        return self.path / "report.html"

    @property
    def evals_dir(self) -> Path:
        """``evals/``: ``iad-data eval`` results, a parquet and a JSON summary per run."""
        return self.path / "evals"

    def eval_path(self, run: str) -> Path:
        """``evals/<run>.parquet``: one model's answers and scores on one data version."""
        return self.evals_dir / f"{run}.parquet"

    @property
    def eval_images_dir(self) -> Path:
        """``evals/images/``: images of published data an eval showed, by content hash."""
        return self.evals_dir / "images"

    @property
    def eval_cache_dir(self) -> Path:
        """``evals/.hf-cache/``: the ``datasets`` cache of the published data evaluated."""
        return self.evals_dir / ".hf-cache"

    @property
    def lock_path(self) -> Path:
        """``.iad-data.lock``: held (``fcntl.flock``) by the one command writing the workspace;
        it holds that command's pid, name and start time (``iad_data.core.lock``)."""
        return self.path / ".iad-data.lock"

    def read_samples(self) -> pl.DataFrame:
        """The samples table; an empty table with the right schema if nothing was ingested."""
        if not self.samples_path.exists():
            return empty_frame(Sample)
        try:
            frame = pl.read_parquet(self.samples_path)
        except (OSError, pl.exceptions.PolarsError):
            raise WorkspaceError(
                f"{self.samples_path} cannot be read: it is not a complete parquet file (a copy "
                f"cut short, or another file under that name). Delete it and run `iad-data "
                f"ingest` again."
            ) from None
        expected = model_schema(Sample)
        missing = sorted(set(expected) - set(frame.columns))
        if missing:
            raise WorkspaceError(
                f"{self.samples_path} lacks columns {', '.join(missing)}: it was written by an "
                f"older iad-data. Run `iad-data ingest` again into a new workspace."
            )
        return frame.select(list(expected))

    def dataset_roots(self) -> dict[str, Path]:
        """Benchmark root of each ingested dataset, from ``reports/ingest-<dataset>.json``."""
        roots = {}
        for report in sorted(self.reports_dir.glob("ingest-*.json")):
            try:
                data = json.loads(report.read_text(encoding="utf-8"))
                roots[str(data["dataset"])] = Path(data["root"])
            except (OSError, ValueError, KeyError) as exc:
                raise WorkspaceError(
                    f"{report} cannot be read ({type(exc).__name__}: {exc}). Run `iad-data "
                    f"ingest` for that dataset again."
                ) from None
        return roots

    def image_file(
        self, dataset: str, image_path: str, roots: dict[str, Path] | None = None
    ) -> Path:
        """Absolute path of a sample's image; WorkspaceError naming the fix if the root moved."""
        roots = self.dataset_roots() if roots is None else roots
        root = roots.get(dataset)
        if root is None:
            raise WorkspaceError(
                f"no ingest report for dataset {dataset!r} in {self.reports_dir}: the benchmark "
                f"root is unknown. Run `iad-data ingest` for it again."
            )
        path = root / image_path
        if not path.is_file():
            raise WorkspaceError(
                f"{path} does not exist: the {dataset} root {root} (from "
                f'{self.reports_dir / f"ingest-{dataset}.json"}) moved or changed. Edit "root" '
                f"in that report, or run `iad-data ingest {dataset} --root NEW_ROOT` again."
            )
        return path

    def require_samples(self) -> pl.DataFrame:
        frame = self.read_samples()
        if frame.is_empty():
            raise WorkspaceError(
                f"{self.samples_path} holds no samples. Run `iad-data ingest SOURCE --root PATH "
                f"--out {self.path}` first."
            )
        return frame

    def replace_samples(
        self, new: pl.DataFrame, dataset: str, categories: list[str] | None
    ) -> pl.DataFrame:
        """Put ``new`` in place of the rows of ``dataset`` (only ``categories`` if given).

        Rows of other datasets are kept as they are; the table is sorted by ``sample_id`` so
        the same input always writes the same bytes.
        """
        old = self.read_samples()
        drop = pl.col("dataset") == dataset
        if categories is not None:
            drop = drop & pl.col("category").is_in(categories)
        kept = old.filter(~drop)
        table = pl.concat([kept, new.select(kept.columns)], how="vertical").sort("sample_id")

        def write(tmp: Path) -> None:
            table.write_parquet(tmp, compression="zstd", statistics=False)

        atomic_write(self.samples_path, write)
        return table
