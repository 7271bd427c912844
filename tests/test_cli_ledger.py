from __future__ import annotations

import json
from pathlib import Path

from teacher_fixtures import make_requests
from typer.testing import CliRunner

from iad_data.cli.main import app
from iad_data.teach.engine import run_requests
from iad_data.teach.ledger import Ledger
from iad_data.teach.providers import make_teacher


def test_ledger_command_json_and_table(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    with Ledger(ws / "ledger.sqlite") as ledger:
        run_requests(make_requests(3), make_teacher("offline"), ledger, progress=False)
    runner = CliRunner()
    result = runner.invoke(app, ["ledger", "-w", str(ws), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["statuses"] == {"answered": 3} and data["open_batches"] == []
    assert data["teachers"][0]["teacher"] == "offline:ground-truth"
    table = runner.invoke(app, ["ledger", "-w", str(ws)])
    assert table.exit_code == 0 and "offline:ground-truth" in table.output
    missing = runner.invoke(app, ["ledger", "-w", str(tmp_path / "nowhere")])
    assert missing.exit_code != 0 and "ledger.sqlite does not exist" in missing.output
