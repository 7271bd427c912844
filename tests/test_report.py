"""The HTML report, opened in a real headless Chromium: every image loads, the page is not blank."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from browser import CHROMIUM, FLAGS, needs_chromium
from PIL import Image, ImageStat
from typer.testing import CliRunner

from iad_data.cli.main import app
from iad_data.ingestion.build import ingest
from iad_data.ingestion.generators import SyntheticTree
from iad_data.pipeline.report import write_report

PROBE = """<script>
window.addEventListener('load', () => {
  const imgs = Array.from(document.images);
  const ok = imgs.filter(i => i.complete && i.naturalWidth > 0).length;
  document.title = 'images-ok:' + ok + '/' + imgs.length;
});
</script>"""


@pytest.fixture
def workspace(tmp_path: Path, mvtec_tree: SyntheticTree) -> Path:
    ws = tmp_path / "ws"
    ingest("mvtec", mvtec_tree.root, ws, progress=False, workers=1)
    return ws


def test_report_lists_counts_and_gallery(workspace: Path) -> None:
    page = write_report(workspace).read_text(encoding="utf-8")
    assert "<h2>Samples</h2>" in page
    assert "bottle" in page and "grid" in page and "wood" in page
    assert page.count('<figure class="card">') >= 6
    assert page.count("data:image/png;base64,") >= 6
    assert "http://" not in page and "https://" not in page  # self-contained


def test_cli_report(workspace: Path) -> None:
    result = CliRunner().invoke(app, ["report", "-w", str(workspace), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data == {"report": str(workspace / "report.html")}
    assert "<h2>Samples</h2>" in Path(data["report"]).read_text(encoding="utf-8")


@needs_chromium
def test_report_renders_in_chromium(workspace: Path, tmp_path: Path) -> None:
    assert CHROMIUM is not None, "IAD_DATA_REQUIRE_CHROMIUM is set but chromium is not on PATH"
    report = write_report(workspace)
    probed = tmp_path / "probed.html"
    probed.write_text(report.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"))
    profile = tmp_path / "profile"
    dom = subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={profile}",
            "--virtual-time-budget=5000",
            "--dump-dom",
            probed.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    match = re.search(r"images-ok:(\d+)/(\d+)", dom)
    assert match, "the page did not finish loading"
    ok, total = int(match[1]), int(match[2])
    assert total >= 6 and ok == total, f"{total - ok} of {total} images failed to load"

    shot = tmp_path / "shot.png"
    subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={profile}",
            f"--screenshot={shot}",
            "--window-size=1280,1600",
            report.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    with Image.open(shot) as img:
        stat = ImageStat.Stat(img.convert("L"))
        colours = img.convert("RGB").getcolors(maxcolors=1 << 16)
    assert stat.stddev[0] > 10, "screenshot is blank"
    assert colours is None or len(colours) > 50


def test_report_shows_rule_pass_rates_and_reasons(workspace: Path) -> None:
    from iad_data.tasks.expert_ad.synthesize import synthesize_cot

    synthesize_cot(workspace, teacher="offline", progress=False)
    rejects = workspace / "rejects" / "expert_ad.jsonl"
    rows = [
        {"record_id": f"r{i}", "findings": {"accuracy": ["answer Yes, label normal"]}}
        for i in range(3)
    ] + [{"record_id": "r9", "findings": {"leakage": ["cites 'ground truth'"]}}]
    rejects.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    page = write_report(workspace).read_text(encoding="utf-8")
    assert "Pass rate per rule" in page
    assert "accuracy: answer Yes, label normal" in page
    assert "leakage: cites &#x27;ground truth&#x27;" in page  # the reason is HTML-escaped
    assert "cites 'ground truth'" not in page
    assert re.search(r"<td>expert_ad</td><td>accuracy</td><td>3</td>", page)
    # the offline teacher's answers are in the ledger: the cost table lists it
    assert "offline:ground-truth" in page
