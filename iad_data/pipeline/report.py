"""``report``: one self-contained HTML page about a workspace, for people to look at.

Counts, validation pass rates and rejection reasons, teacher cost, and a gallery of samples
with the mask and the answer box drawn over the image beside the trace or conversation.
Everything (thumbnails included, as data URIs) is inside the one file, so it can be mailed
or attached to an issue.
"""

from __future__ import annotations

import base64
import html
import io
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
from PIL import Image, ImageDraw

from iad_data.core.images import load_image, to_8bit
from iad_data.core.records import TEMPLATE_TEXT_NOTICE, is_template_text
from iad_data.core.workspace import Workspace
from iad_data.errors import IadDataError
from iad_data.tasks.store import read_rejects, reject_findings

THUMB_SIDE = 256
GALLERY_SIZE = 24


@dataclass
class ReportData:
    """What the page shows, gathered from the workspace's files."""

    samples: pl.DataFrame
    records: dict[str, pl.DataFrame] = field(default_factory=dict)
    rejects: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    costs: list[dict[str, Any]] = field(default_factory=list)
    evals: list[dict[str, Any]] = field(default_factory=list)
    """per ``iad-data eval`` result: who, on what, the primary metric per dataset"""
    roots: dict[str, Path] = field(default_factory=dict)


def _roots(ws: Workspace) -> dict[str, Path]:
    out = {}
    for report in sorted(ws.reports_dir.glob("ingest-*.json")):
        data = json.loads(report.read_text(encoding="utf-8"))
        out[data["dataset"]] = Path(data["root"])
    return out


def _costs(ws: Workspace) -> list[dict[str, Any]]:
    """Cost and tokens per teacher from the ledger, if the workspace has one."""
    if not ws.ledger_path.exists():
        return []
    try:
        from iad_data.teach.ledger import Ledger
    except ImportError:  # the ledger arrives with the teacher engine
        return []
    ledger = Ledger(ws.ledger_path)
    try:
        return list(ledger.cost_summary())
    finally:
        ledger.close()


def gather(workspace: str | Path | Workspace) -> ReportData:
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    data = ReportData(samples=ws.require_samples(), roots=_roots(ws), costs=_costs(ws))
    from iad_data.evaluation.results import report_rows

    data.evals = report_rows(ws)
    if ws.records_dir.is_dir():
        for path in sorted(ws.records_dir.glob("*.parquet")):
            data.records[path.stem] = pl.read_parquet(path)
    if ws.rejects_dir.is_dir():
        for path in sorted(ws.rejects_dir.glob("*.jsonl")):
            data.rejects[path.stem] = [r for r in read_rejects(path) if not r.get("stale")]
    return data


# ---------------------------------------------------------------- drawing


def _thumbnail(
    sample: dict[str, Any], root: Path | None, boxes: Sequence[Sequence[float]]
) -> tuple[str, str]:
    """(PNG data URI of the image with mask (red tint) and answer boxes (green) drawn over it,
    "") or ("", why there is none).

    Read as every later stage reads images (``load_image``: bytes checked against the
    ingested sha256, the one pixel limit, 16-bit and float images scaled to 8 bits), and
    shrunk before anything is drawn, so a 200 MP image costs no 600 MB RGB copy.
    """
    if root is None:
        return "", "no ingest report names this dataset's root; run `iad-data ingest` again."
    dataset = sample["dataset"]
    try:
        with load_image(
            root / sample["image_path"], sample["image_sha256"], dataset=dataset
        ) as src:
            full = (src.width, src.height)
            img = to_8bit(src)
            if img.mode not in ("L", "RGB"):
                img = img.convert("RGB")  # palette, alpha, CMYK: shrink in a smooth mode
            img.thumbnail((THUMB_SIDE, THUMB_SIDE))
            img = img.convert("RGB")
        for mask_rel in sample["mask_paths"] or []:
            with load_image(root / mask_rel, dataset=dataset) as m:
                defect = to_8bit(m).convert("L").point(lambda v: 255 if v > 0 else 0)
            # area-resized, then any trace of a defect is tinted: thin defects stay visible
            small = defect.resize(img.size, Image.Resampling.BOX)
            img.paste((255, 0, 0), (0, 0), small.point(lambda v: 110 if v > 0 else 0))
    except IadDataError as exc:
        return "", str(exc)
    sx, sy = img.width / full[0], img.height / full[1]
    draw = ImageDraw.Draw(img)
    for region in sample["regions"] or []:
        x1, y1, x2, y2 = (float(v) for v in region["bbox"])
        draw.rectangle([x1 * sx, y1 * sy, (x2 + 1) * sx, (y2 + 1) * sy], outline=(255, 64, 64))
    for box in boxes:
        x1, y1, x2, y2 = (float(v) for v in box)
        if max(x1, y1, x2, y2) <= 1.0:  # normalised box
            x1, x2, y1, y2 = x1 * img.width, x2 * img.width, y1 * img.height, y2 * img.height
        else:
            x1, x2, y1, y2 = x1 * sx, x2 * sx, y1 * sy, y2 * sy
        draw.rectangle([x1, y1, x2, y2], outline=(40, 220, 90), width=2)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode(), ""


def _bar_chart(title: str, counts: Iterable[tuple[str, int]], colour: str = "#3b6fd6") -> str:
    """A horizontal bar chart as inline SVG: readable without scripts or libraries."""
    items = list(counts)
    if not items:
        return ""
    top = max(n for _, n in items) or 1
    row, label_w, bar_w = 18, 220, 360
    height = row * len(items) + 24
    parts = [
        f'<svg class="chart" role="img" aria-label="{html.escape(title)}" '
        f'width="{label_w + bar_w + 60}" height="{height}">'
        f'<text x="0" y="14" font-weight="bold">{html.escape(title)}</text>'
    ]
    for i, (name, n) in enumerate(items):
        y = 24 + i * row
        width = max(1, int(bar_w * n / top))
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 12}" text-anchor="end">{html.escape(name)}</text>'
            f'<rect x="{label_w}" y="{y + 2}" width="{width}" height="{row - 5}" fill="{colour}"/>'
            f'<text x="{label_w + width + 4}" y="{y + 12}">{n}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


# ---------------------------------------------------------------- sections


def _counts_section(samples: pl.DataFrame) -> str:
    by = (
        samples.group_by("dataset", "category", "label")
        .len("images")
        .sort("dataset", "category", "label")
    )
    defect = Counter(samples.filter(pl.col("label") == "anomaly")["defect_type"].to_list())
    labels = Counter(samples["label"].to_list())
    return (
        "<section><h2>Samples</h2>"
        f"<p>{samples.height} images from {samples['dataset'].n_unique()} dataset(s), "
        f"{samples['category'].n_unique()} categories.</p>"
        + _bar_chart("Images per label", sorted(labels.items()))
        + _bar_chart("Anomalies per defect type", defect.most_common(20), "#d6573b")
        + _table(by.columns, by.rows())
        + "</section>"
    )


def _template_notice(records: dict[str, pl.DataFrame]) -> str:
    """Template text passes every rule by construction: the pass rate says nothing of it."""
    template = total = 0
    for frame in records.values():
        if "provenance" not in frame.columns:
            continue
        for value in frame["provenance"].to_list():
            prov = json.loads(value) if isinstance(value, str) else value
            total += 1
            template += is_template_text(str(prov.get("teacher", "")))
    if not template:
        return ""
    return (
        f"<p class='notice'><strong>Template text.</strong> {template} of {total} records were "
        f"{html.escape(TEMPLATE_TEXT_NOTICE)}; they pass the rules by construction.</p>"
    )


def _validation_section(data: ReportData) -> str:
    if not data.records and not data.rejects:
        return "<section><h2>Validation</h2><p>No records synthesized yet.</p></section>"
    rows = []
    rule_rows = []
    reasons: Counter[str] = Counter()
    for config in sorted(set(data.records) | set(data.rejects)):
        passed = data.records[config].height if config in data.records else 0
        rejected = data.rejects.get(config, [])
        failures: Counter[str] = Counter()
        for rej in rejected:
            for rule, found in reject_findings(rej).items():
                failures[rule] += 1
                first = found[0][:90] if found else ""
                reasons[f"{rule}: {first}" if first else rule] += 1
        total = passed + len(rejected)
        rate = f"{100 * passed / total:.1f}%" if total else "-"
        rows.append((config, passed, len(rejected), rate))
        for rule, n in sorted(failures.items(), key=lambda kv: (-kv[1], kv[0])):
            rule_rows.append((config, rule, n, f"{100 * (total - n) / total:.1f}%"))
    per_rule = (
        "<h3>Pass rate per rule</h3>"
        + _table(["config", "rule", "failed records", "pass rate"], rule_rows)
        if rule_rows
        else "<p>Every rule passed on every record.</p>"
    )
    return (
        "<section><h2>Validation</h2>"
        + _template_notice(data.records)
        + _table(["config", "valid records", "rejected", "pass rate"], rows)
        + per_rule
        + _bar_chart("Commonest rejection reasons", reasons.most_common(10), "#a33bd6")
        + "</section>"
    )


def _cost_section(costs: list[dict[str, Any]]) -> str:
    if not costs:
        return "<section><h2>Teachers</h2><p>No teacher calls recorded.</p></section>"
    headers = list(costs[0])
    return (
        "<section><h2>Teachers</h2>"
        + _table(headers, [[c[h] for h in headers] for c in costs])
        + "</section>"
    )


def _eval_section(evals: list[dict[str, Any]]) -> str:
    """Each eval result's primary metric per dataset and on average, with its interval."""
    if not evals:
        none = "No model evaluated yet (iad-data eval)."
        return f"<section><h2>Evaluations</h2><p>{none}</p></section>"
    parts = ["<section><h2>Evaluations</h2>"]
    for e in evals:
        parts.append(f"<h3>{html.escape(e['title'])}</h3><p>{html.escape(e['note'])}</p>")
        if e["rows"]:
            parts.append(_table(e["headers"], e["rows"]))
    return "".join(parts) + "</section>"


def _record_text(records: dict[str, pl.DataFrame], sample_id: str) -> tuple[str, list[Any]]:
    """The assistant text (or conversation) for a sample, and answer boxes if any."""
    for config, frame in records.items():
        hit = frame.filter(pl.col("sample_id") == sample_id)
        if hit.is_empty():
            continue
        row = hit.row(0, named=True)
        turns = row.get("messages") or []
        text = "\n\n".join(f"{t['role']}: {t['content']}" for t in turns)
        boxes: list[Any] = []
        answer = row.get("answer")
        if isinstance(answer, dict):
            boxes = list(answer.get("boxes") or [])
        return f"[{config}]\n{text}", boxes
    return "", []


def _gallery_picks(samples: pl.DataFrame) -> pl.DataFrame:
    """A spread over datasets, categories and labels: round-robin, anomalies first."""
    ranked = samples.sort("sample_id").with_columns(
        pl.int_range(pl.len()).over("dataset", "category", "label").alias("_rank"),
        (pl.col("label") != "anomaly").alias("_normal"),
    )
    return ranked.sort("_rank", "_normal", "dataset", "category").head(GALLERY_SIZE)


def _gallery_section(data: ReportData) -> str:
    cards = []
    for sample in _gallery_picks(data.samples).iter_rows(named=True):
        text, boxes = _record_text(data.records, sample["sample_id"])
        uri, why = _thumbnail(sample, data.roots.get(sample["dataset"]), boxes)
        img = (
            f'<img src="{uri}" alt="{html.escape(sample["image_path"])}">'
            if uri
            else f'<p class="missing">{html.escape(why)}</p>'
        )
        caption = (
            f"{sample['dataset']} / {sample['category']} / {sample['defect_type']}"
            f" / {sample['location'] or '-'}"
        )
        cards.append(
            f'<figure class="card">{img}<figcaption>{html.escape(caption)}</figcaption>'
            f"<pre>{html.escape(text or 'no record yet')}</pre></figure>"
        )
    return (
        "<section><h2>Gallery</h2><p>Red: ground-truth mask and boxes. Green: the record's "
        'answer boxes.</p><div class="gallery">' + "".join(cards) + "</div></section>"
    )


_STYLE = """
body{font-family:system-ui,sans-serif;margin:24px;color:#222;background:#fff}
table{border-collapse:collapse;margin:12px 0}td,th{border:1px solid #ccc;padding:3px 8px}
th{background:#f0f0f0}.chart{display:block;margin:12px 0;font-size:12px}
.gallery{display:flex;flex-wrap:wrap;gap:12px}.card{width:300px;margin:0;border:1px solid #ddd;
padding:8px}.card img{width:256px;display:block}.card pre{white-space:pre-wrap;font-size:11px;
max-height:220px;overflow:auto;background:#fafafa}.missing{color:#a00}
"""


def render_html(data: ReportData, title: str) -> str:
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>'
        f"{html.escape(title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{html.escape(title)}</h1>"
        + _counts_section(data.samples)
        + _validation_section(data)
        + _cost_section(data.costs)
        + _eval_section(data.evals)
        + _gallery_section(data)
        + "</body></html>"
    )


def write_report(workspace: str | Path | Workspace, out: str | Path | None = None) -> Path:
    """Write ``WORKSPACE/report.html`` (or ``out``) and return its path."""
    ws = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    data = gather(ws)
    path = Path(out) if out else ws.report_html_path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(data, f"iad-data report: {ws.path.name}"), encoding="utf-8")
    return path
