"""The dataset card (README.md): YAML metadata the Hub and ``load_dataset`` read, and a body
that says where every row came from.

The metadata declares each config's ``data_files`` per split and its features (so nothing
is guessed), the licenses inherited from the source benchmarks, task categories, size
category and tags. The body states the split protocol, the leakage check, counts, the
validation pass rates, the teachers and prompt template hashes, the versions, and the
citations. The card never names the release version: versions are git tags, and an
unchanged workspace must give a byte-identical card.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import polars as pl
import yaml

from iad_data.core.records import TEMPLATE_TEXT_NOTICE, is_template_text
from iad_data.core.sample import SCHEMA_VERSION
from iad_data.ingestion.sources import SOURCES
from iad_data.release.layout import ConfigPart

IAD_R1_CITATION = (
    "Li et al., IAD-R1: Reinforcing Consistent Reasoning in Industrial Anomaly Detection, "
    "2025 (github.com/Yanhui-Lee/IAD-R1)"
)
TRIAD_CITATION = (
    "Li et al., Triad: Empowering LMM-based Anomaly Detection with Vision Expert-guided "
    "Visual Tokenizer and Manufacturing Process, 2025 (github.com/tzjtatata/Triad)"
)
CONFIG_TEXT = {
    "samples": "One row per image: label, defect type, mask regions (pixel and normalised "
    "boxes, 3x3 location word), source benchmark and license; `image` is the image itself.",
}


def _config_text(name: str) -> str:
    """The card's line for a config: samples, or the record set's own description."""
    if name in CONFIG_TEXT:
        return CONFIG_TEXT[name]
    from iad_data.tasks.registry import record_sets

    registry = record_sets()
    return registry.get(name).description if name in registry else "Records of this config."


NC_MARKERS = ("-nc", "non-commercial", "noncommercial")


@dataclass
class CardInput:
    pretty_name: str
    configs: list[ConfigPart]
    samples: pl.DataFrame
    """the published samples with a ``split`` column"""
    split_settings: dict[str, Any] = field(default_factory=dict)
    leakage: dict[str, Any] = field(default_factory=dict)
    allow_leak: bool = False
    validation: dict[str, dict[str, Any]] = field(default_factory=dict)
    """config -> {"passed", "rejected", "reasons": {reason: n}}"""
    provenance: list[dict[str, Any]] = field(default_factory=list)
    """rows of config, teacher, template_id, template_hash, records"""
    toolkit_version: str = ""
    load_id: str = "PATH/TO/FOLDER"
    """what to pass to ``load_dataset``: the repo id, or a placeholder for a folder"""
    recipe: str | None = None
    """the recipe file published beside the card (``recipe.yaml``), when there is one"""
    review: dict[str, Any] = field(default_factory=dict)
    calibration: dict[str, Any] = field(default_factory=dict)
    """``CalibrationReport.to_dict`` of the validator that checked these records; {} if none"""
    """``ReviewOutcome.summary``: per record set, flagged samples, agreement; {} if unreviewed"""


def is_non_commercial(license_id: str) -> bool:
    text = license_id.lower()
    return any(m in text for m in NC_MARKERS)


def _sources_by_dataset() -> dict[str, Any]:
    return {src.name: src for src in SOURCES.values()}


def licenses(samples: pl.DataFrame) -> dict[str, str]:
    """dataset -> license as recorded at ingest."""
    rows = samples.select("dataset", "license").unique().sort("dataset").iter_rows()
    return {d: lic for d, lic in rows}


def size_category(n: int) -> str:
    for limit, name in (
        (1_000, "n<1K"),
        (10_000, "1K<n<10K"),
        (100_000, "10K<n<100K"),
        (1_000_000, "100K<n<1M"),
    ):
        if n < limit:
            return name
    return "1M<n<10M"


def _hub_license(lic: str) -> str:
    """The Hub's license ids are lower case (``cc-by-nc-sa-4.0``); others become ``other``."""
    low = lic.lower()
    known = {"cc-by-nc-sa-4.0", "cc-by-4.0", "cc-by-sa-4.0", "cc-by-nc-4.0", "apache-2.0", "mit"}
    return low if low in known else "other"


def metadata(card: CardInput) -> dict[str, Any]:
    lics = licenses(card.samples)
    hub_lics = sorted({_hub_license(lic) for lic in lics.values()})
    total = card.samples.height
    meta: dict[str, Any] = {
        "pretty_name": card.pretty_name,
        "license": hub_lics[0] if len(hub_lics) == 1 else hub_lics,
        "task_categories": ["image-classification", "visual-question-answering", "image-to-text"],
        "language": ["en"],
        "size_categories": [size_category(total)],
        "tags": [
            "industrial-anomaly-detection",
            "anomaly-detection",
            "defect-detection",
            "chain-of-thought",
            "iad-data",
            *sorted({f"source:{d}" for d in lics}),
        ],
        "configs": [
            {
                "config_name": part.name,
                "data_files": [
                    {"split": split, "path": f"{part.name}/{split}-*"} for split in part.splits
                ],
            }
            for part in card.configs
        ],
        "dataset_info": [_dataset_info(part) for part in card.configs],
    }
    if any(lic == "other" for lic in hub_lics):
        meta["license_name"] = "mixed-source-licenses"
        meta["license_details"] = "; ".join(f"{d}: {lic}" for d, lic in lics.items())
    return meta


def _dataset_info(part: ConfigPart) -> dict[str, Any]:
    """One config's ``dataset_info`` as ``datasets`` reads it: every split with ``name``,
    ``num_bytes`` and ``num_examples`` (plain ints), else ``load_dataset`` warns that the
    ``splits`` field is malformed and ignores it."""
    splits: list[dict[str, Any]] = [
        {"name": str(split), "num_bytes": int(sp.bytes), "num_examples": int(sp.rows)}
        for split, sp in part.splits.items()
    ]
    size = sum(int(sp.bytes) for sp in part.splits.values())
    return {
        "config_name": part.name,
        "features": part.features,
        "splits": splits,
        "download_size": size,
        "dataset_size": size,
    }


class Markdown(str):
    """Text the card wrote itself (``**yes**``, a code span): put in as it is."""


_MD_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`[]|"})
"""what could open a code span, a link or a table cell (emphasis is harmless, kept readable)"""


def text(value: Any) -> str:
    """Data (a category, defect type, license, reason, teacher) as inert card text: HTML
    escaped so a folder named ``<svg onload=...>`` stays text, Markdown specials escaped so it
    cannot open a link, a table cell or a code span, and newlines folded."""
    if isinstance(value, Markdown):
        return str(value)
    plain = " ".join(str(value).split())
    return html.escape(plain, quote=True).translate(_MD_SPECIAL)


def code(value: Any) -> Markdown:
    """``value`` as a code span whose fence outruns any backticks inside it."""
    raw = html.escape(" ".join(str(value).split()), quote=True)
    fence = "`" * (max((len(run) for run in re.findall(r"`+", raw)), default=0) + 1)
    return Markdown(f"{fence} {raw} {fence}" if fence != "`" else f"`{raw}`")


def fenced(body: str, info: str = "") -> list[str]:
    """A fenced block that no line of ``body`` can close early."""
    fence = "`" * max(3, max((len(r) for r in re.findall(r"`+", body)), default=0) + 1)
    return [f"{fence}{info}", body, fence]


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(text(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _license_section(card: CardInput) -> list[str]:
    lics = licenses(card.samples)
    sources = _sources_by_dataset()
    rows = []
    for dataset, lic in lics.items():
        src = sources.get(dataset)
        nc = is_non_commercial(lic) or bool(src is not None and src.non_commercial)
        url = src.license_url if src is not None else ""
        rows.append((dataset, lic, url, Markdown("**yes**") if nc else "no"))
    out = ["## Licenses", "", _table(["source", "license", "terms", "non-commercial"], rows), ""]
    if any(r[3] == "**yes**" for r in rows):
        out += [
            "> **Non-commercial.** Images and labels from the sources marked above are under "
            "non-commercial licenses; those terms apply to every row derived from them, "
            "including the generated records. Do not use them commercially.",
            "",
        ]
    if len(set(lics.values())) > 1:
        out += [
            "**Mixed licenses.** This dataset mixes sources under different licenses; each "
            "row keeps its source's license in the `license` column of the `samples` config, "
            "and the most restrictive terms apply to the whole.",
            "",
        ]
    return out


def _counts_section(card: CardInput) -> list[str]:
    counts = (
        card.samples.group_by(["dataset", "category", "label", "split"])
        .len()
        .sort(["dataset", "category", "label", "split"])
    )
    pivot: dict[tuple[str, str, str], dict[str, int]] = {}
    for d, c, lab, s, n in counts.iter_rows():
        pivot.setdefault((d, c, lab), {})[s] = n
    splits = ["train", "validation", "test"]
    rows = [(d, c, lab, *(v.get(s, 0) for s in splits)) for (d, c, lab), v in pivot.items()]
    return [
        "## Counts (samples)",
        "",
        _table(["dataset", "category", "label", *splits], rows),
        "",
    ]


def _split_section(card: CardInput) -> list[str]:
    s = card.split_settings
    leak = card.leakage
    out = [
        "## Splits",
        "",
        f"Protocol: **{text(s.get('protocol', 'unknown'))}**, seed {text(s.get('seed', '?'))}, "
        f"options {code(json.dumps(s.get('options', {}), sort_keys=True))}. Whole groups "
        "(`group_id`: the views of one physical part) are never separated. Records are "
        "split with the sample they are about.",
        "",
        f"Leakage check (across splits and datasets, by content): {text(leak.get('hash', ''))}, "
        f"near-duplicate threshold {leak.get('near_threshold_bits', '?')} bits; "
        f"{leak.get('exact', 0)} exact and {leak.get('near', 0)} near duplicate pair(s) "
        "found across splits.",
        "",
    ]
    across = leak.get("records_across_splits") or {}
    if any(across.values()):
        counts = ", ".join(f"{text(cfg)}: {n}" for cfg, n in sorted(across.items()) if n)
        out += [
            "Records that show more than one image (one-shot records: a normal reference "
            "image, then the query) are placed by the sample they are about; those whose "
            "other image sits in a different split would carry it across, so they were "
            f"**left out** ({counts}).",
            "",
        ]
    else:
        out += [
            "No record carries an image of another split (multi-image records, such as "
            "one-shot references, were checked).",
            "",
        ]
    if card.allow_leak and (leak.get("exact") or leak.get("near")):
        out += [
            "> **Warning: leaking split.** This version was published with `--allow-leak`: "
            "the pairs above put the same or nearly the same image in more than one split. "
            "Test scores on it overstate generalisation.",
            "",
        ]
    return out


def _validation_section(card: CardInput) -> list[str]:
    if not card.validation:
        return []
    rows = []
    reasons: list[tuple[str, str, int]] = []
    for cfg, v in card.validation.items():
        passed, rejected = int(v.get("passed", 0)), int(v.get("rejected", 0))
        total = passed + rejected
        rate = f"{100 * passed / total:.1f}%" if total else "n/a"
        rows.append((cfg, passed, rejected, rate))
        reasons += [(cfg, r, n) for r, n in v.get("reasons", {}).items()]
    out = [
        "## Validation",
        "",
        _table(["config", "passed", "rejected", "pass rate"], rows),
        "",
    ]
    if reasons:
        out += [
            "Rejection reasons:",
            "",
            _table(["config", "reason", "records"], sorted(reasons)),
            "",
        ]
    return out


def _calibration_section(card: CardInput) -> list[str]:
    """How well the validator that passed these records catches wrong ones: measured on
    planted-error records (``iad-data validate --calibrate``), never a claimed figure."""
    cal = card.calibration
    if not cal:
        return []
    targets = cal.get("targets", {})
    recall_target = 100 * float(targets.get("recall", 0.0))
    reject_target = 100 * float(targets.get("false_reject_rate", 0.0))
    rows = [
        (name, int(r["records"]), int(r["caught"]), f"{100 * r['recall']:.1f}%")
        for name, r in cal.get("recall", {}).items()
    ]
    rate = 100 * float(cal.get("false_reject_rate", 0.0))
    met = "met" if cal.get("meets_targets") else "not met"
    return [
        "## Validator calibration",
        "",
        f"Validator `{cal.get('validator_version', 'unknown')}`, measured on "
        f"{sum(r[1] for r in rows)} records with planted errors and "
        f"{cal.get('correct_records', 0)} correct paraphrases (seed {cal.get('seed')}; "
        "`iad-data validate --calibrate`). Targets: recall >= "
        f"{recall_target:.0f}% per error class, false rejects <= {reject_target:.0f}% "
        f"({met}).",
        "",
        _table(["error class", "records", "caught", "recall"], rows),
        "",
        f"False rejects on correct paraphrases: {rate:.1f}% of {cal.get('correct_records', 0)}.",
        "",
    ]


def _review_section(card: CardInput) -> list[str]:
    """How much a person reviewed (``iad-data review``), what they decided and why."""
    review = card.review
    if not review:
        return []
    rows = []
    reasons: list[tuple[str, str, int]] = []
    for cfg, s in review.get("sets", {}).items():
        rate = s.get("acceptance_rate")
        rows.append(
            (
                cfg,
                s["records"],
                s["reviewed"],
                f"{100 * s['share']:.1f}%",
                s["accepted"],
                s["edited"],
                s["rejected"],
                "n/a" if rate is None else f"{100 * rate:.1f}%",
            )
        )
        reasons += [(cfg, r, n) for r, n in s.get("reasons", {}).items()]
    out = [
        "## Human review",
        "",
        "Records were reviewed one by one in `iad-data review`. Rejected records are left "
        "out; edited records are published with the reviewer's text (the original is kept in "
        "their `review` column). Acceptance rate: accepted and edited over reviewed.",
        "",
        _table(
            [
                "config",
                "records",
                "reviewed",
                "reviewed share",
                "accepted",
                "edited",
                "rejected",
                "acceptance rate",
            ],
            rows,
        ),
        "",
    ]
    if reasons:
        out += ["Reasons for rejection:", "", _table(["config", "reason", "records"], reasons), ""]
    pairs = review.get("agreement") or []
    if pairs:
        agree = [
            (
                " and ".join(p["reviewers"]),
                p["records"],
                p["agreed"],
                "n/a" if p["kappa"] is None else f"{p['kappa']:.3f}",
            )
            for p in pairs
        ]
        out += [
            "Agreement between reviewers on records both reviewed (keep or reject):",
            "",
            _table(["reviewers", "records", "agreed", "Cohen's kappa"], agree),
            "",
        ]
    flagged = review.get("flagged") or []
    if flagged:
        out += [
            f"{len(flagged)} sample(s) whose ground truth a reviewer flagged as wrong are left "
            "out of the splits and of this version until the flag is resolved:",
            "",
            _table(
                ["sample", "flag", "reason", "reviewer"],
                [(f["sample_id"], f["flag"], f["reason"], f["reviewer"]) for f in flagged],
            ),
            "",
        ]
    return out


def _template_notice(card: CardInput) -> list[str]:
    """Said first, because a reader who trains on template text learns nothing visual."""
    template = sum(p["records"] for p in card.provenance if is_template_text(p["teacher"]))
    if not template:
        return []
    total = sum(p["records"] for p in card.provenance)
    share = "All" if template == total else f"{template} of {total}"
    return [
        f"> **Template text.** {share} records of this version were {TEMPLATE_TEXT_NOTICE} "
        "(teacher `offline:*` in the provenance table below).",
        "",
    ]


def _provenance_section(card: CardInput) -> list[str]:
    out = [
        "## Provenance",
        "",
        f"Built with iad-data {card.toolkit_version}, sample schema {SCHEMA_VERSION}.",
        "",
    ]
    if card.recipe:
        out += [
            f"The recipe that built this data (`iad-data run`: sources, teachers, tasks, "
            f"validation, split and publish settings) is `{card.recipe}` at the root of "
            f"this repository; `iad-data run {card.recipe}` rebuilds the data where the "
            "same sources are at hand.",
            "",
        ]
    if card.provenance:
        rows = [
            (p["config"], p["teacher"], p["template_id"], code(p["template_hash"]), p["records"])
            for p in card.provenance
        ]
        out += [
            _table(["config", "teacher", "template", "template hash", "records"], rows),
            "",
        ]
    return out


def _config_section(card: CardInput) -> list[str]:
    out = ["## Configs", ""]
    for part in card.configs:
        split_text = ", ".join(f"{s}: {sp.rows}" for s, sp in part.splits.items())
        out += [
            f"### {code(part.name)}",
            "",
            _config_text(part.name),
            f"Rows per split: {split_text}.",
            "",
            *fenced(
                "from datasets import load_dataset\n"
                f"ds = load_dataset({json.dumps(card.load_id)}, {json.dumps(part.name)}, "
                'revision="vX.Y.Z")',
                "python",
            ),
            "",
            "Example record (images shown by path):",
            "",
            *fenced(
                json.dumps(part.example, indent=2, default=str, ensure_ascii=False)[:3000], "json"
            ),
            "",
        ]
    return out


def _citations(card: CardInput) -> list[str]:
    sources = _sources_by_dataset()
    out = ["## Citations", ""]
    for dataset in licenses(card.samples):
        src = sources.get(dataset)
        if src is not None:
            out.append(f"- {src.title}: {src.citation}")
        else:
            out.append(f"- {dataset}: see its own release")
    out += [f"- IAD-R1: {IAD_R1_CITATION}", f"- Triad: {TRIAD_CITATION}", ""]
    return out


def render_card(card: CardInput) -> str:
    meta = yaml.safe_dump(metadata(card), sort_keys=False, allow_unicode=True, width=1000)
    body = [
        f"# {text(card.pretty_name)}",
        "",
        "Training and evaluation data for industrial anomaly detection VLMs, built by "
        "iad-data from public benchmarks. Each version is an "
        "immutable git tag `vX.Y.Z`; pass it as `revision=` to pin the data.",
        "",
        *_template_notice(card),
        *_config_section(card),
        *_split_section(card),
        *_counts_section(card),
        *_validation_section(card),
        *_calibration_section(card),
        *_review_section(card),
        *_provenance_section(card),
        *_license_section(card),
        *_citations(card),
    ]
    return f"---\n{meta}---\n\n" + "\n".join(body)


def provenance_rows(frames: dict[str, pl.DataFrame]) -> list[dict[str, Any]]:
    """Teachers and template hashes per config, counted from the records' provenance."""
    out = []
    for cfg, frame in frames.items():
        if "provenance" not in frame.columns:
            continue
        prov = frame["provenance"]
        if prov.dtype == pl.String:
            items = [json.loads(p) for p in prov.to_list()]
        else:
            items = prov.to_list()
        counts = Counter(
            (p.get("teacher", "?"), p.get("template_id", "?"), p.get("template_hash", "?"))
            for p in items
        )
        for (teacher, tid, thash), n in sorted(counts.items()):
            out.append(
                {
                    "config": cfg,
                    "teacher": teacher,
                    "template_id": tid,
                    "template_hash": thash,
                    "records": n,
                }
            )
    return out


__all__ = [
    "IAD_R1_CITATION",
    "TRIAD_CITATION",
    "CardInput",
    "is_non_commercial",
    "licenses",
    "metadata",
    "provenance_rows",
    "render_card",
    "size_category",
]
