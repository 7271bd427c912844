"""synthesize_instruct: template QA, offline CoT-M conversations, rules, expert ROI, resume."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import numpy as np
import polars as pl
import pytest

from iad_data.core.records import Message
from iad_data.core.table import from_frame
from iad_data.errors import InputError
from iad_data.ingestion.build import ingest
from iad_data.ingestion.generators import SyntheticTree
from iad_data.tasks.instruct_iad.record import InstructClaims, InstructRecord
from iad_data.tasks.instruct_iad.rules import INSTRUCT_RULES, check_record
from iad_data.tasks.instruct_iad.synthesize import synthesize_instruct


@pytest.fixture
def workspace(tmp_path: Path, mvtec_tree: SyntheticTree) -> Path:
    ws = tmp_path / "ws"
    ingest("mvtec", mvtec_tree.root, ws, categories=["bottle", "grid"], progress=False, workers=1)
    return ws


def _records(ws: Path) -> list[InstructRecord]:
    return from_frame(InstructRecord, pl.read_parquet(ws / "records" / "instruct_iad.parquet"))


def _by_id(records: list[InstructRecord]) -> dict[str, InstructRecord]:
    return {r.record_id: r for r in records}


def test_templates_only_is_deterministic_per_seed(workspace: Path, tmp_path: Path) -> None:
    result = synthesize_instruct(workspace, templates_only=True, seed=0, progress=False)
    assert result.rejected == 0 and result.rule_failures == {}
    assert result.requests == 0 and result.sent == 0 and result.extra["teacher"] is None
    first = _by_id(_records(workspace))
    assert len(first) == result.written
    anomalies = {r.sample_id for r in first.values() if r.truth.label == "anomaly"}
    normals = {r.sample_id for r in first.values() if r.truth.label == "normal"}
    assert anomalies and normals and result.samples == len(anomalies | normals)
    for sid in anomalies:
        tasks = {r.task for r in first.values() if r.sample_id == sid}
        assert tasks == {
            "discrimination",
            "classification",
            "localisation",
            "description",
            "cause",
            "remedy",
        }
    for sid in normals:
        tasks = {r.task for r in first.values() if r.sample_id == sid}
        assert tasks == {"discrimination", "classification", "localisation", "description"}
    for record in first.values():
        assert record.source == "template" and record.provenance.teacher == "offline:template"
        assert record.provenance.template_id == f"instruct/{record.task}.v1"
        assert record.messages[0].content.startswith("<image>\n")
        assert check_record(record, record.truth) == {}
        assert record.roi == [] or record.roi[0].source == "ground_truth"
        if record.task == "localisation" and record.truth.label == "anomaly":
            assert record.claims.boxes == record.truth.boxes
            assert record.truth.location is not None
            assert record.truth.location in record.messages[1].content
    path = workspace / "records" / "instruct_iad.parquet"
    before = path.read_bytes()
    synthesize_instruct(workspace, templates_only=True, seed=0, progress=False)
    assert path.read_bytes() == before  # unchanged records keep their rows, bytes and all

    other = tmp_path / "other"
    other.mkdir()
    (other / "samples.parquet").write_bytes((workspace / "samples.parquet").read_bytes())
    synthesize_instruct(other, templates_only=True, seed=0, progress=False)
    again = _by_id(_records(other))
    assert {k: r.messages for k, r in again.items()} == {k: r.messages for k, r in first.items()}

    synthesize_instruct(other, templates_only=True, seed=7, progress=False)
    reseeded = _by_id(_records(other))
    changed = [k for k in first if reseeded[k].messages != first[k].messages]
    assert len(changed) >= len(first) // 4  # other phrasings ...
    assert all(reseeded[k].claims == first[k].claims for k in first)  # ... same answers


def test_variants_give_distinct_phrasings(workspace: Path) -> None:
    result = synthesize_instruct(
        workspace,
        templates_only=True,
        tasks=["discrimination", "cause"],
        categories=["bottle"],
        variants=40,
        progress=False,
    )
    assert result.rejected == 0
    records = _records(workspace)
    by_key: dict[tuple[str, str], list[InstructRecord]] = {}
    for record in records:
        by_key.setdefault((record.sample_id, record.task), []).append(record)
    for (_, task), group in by_key.items():
        label = group[0].truth.label
        # every distinct (question, answer) pair once: 5 x 3 for discrimination, 3 x 2 for cause
        assert len(group) == {"discrimination": 15, "cause": 6}[task], (task, label)
        assert len({tuple(m.content for m in r.messages) for r in group}) == len(group)
        assert len({r.claims.model_dump_json() for r in group}) == 1
        ids = sorted(r.record_id for r in group)
        assert ids[0].endswith(f".{task}") and any(i.endswith(f".{task}.1") for i in ids)
    with pytest.raises(InputError, match="variants: Input should be greater than or equal to 1"):
        synthesize_instruct(workspace, templates_only=True, variants=0, progress=False)


def test_tasks_filter_and_bad_options(workspace: Path) -> None:
    result = synthesize_instruct(
        workspace, templates_only=True, tasks=["remedy", "cause"], progress=False
    )
    records = _records(workspace)
    assert {r.task for r in records} == {"cause", "remedy"}
    assert all(r.truth.label == "anomaly" for r in records)
    assert result.extra["tasks"] == ["cause", "remedy"]
    for record in records:
        cited = set(record.claims.cited_steps)
        assert cited and cited <= set(record.truth.cause_steps)
        assert "The following is the production process of the" in record.messages[0].content
    with pytest.raises(InputError, match="unknown instruction task bogus"):
        synthesize_instruct(workspace, templates_only=True, tasks=["bogus"], progress=False)
    with pytest.raises(InputError, match="no labelled samples of categories nope"):
        synthesize_instruct(workspace, templates_only=True, categories=["nope"], progress=False)


def test_offline_teacher_full_flow_passes_and_resumes(workspace: Path) -> None:
    result = synthesize_instruct(workspace, teacher="offline", limit=12, progress=False)
    assert result.rejected == 0 and result.rule_failures == {} and result.stopped is None
    assert result.sent == result.requests == result.samples == 12
    records = _records(workspace)
    cot = [r for r in records if r.task == "cot_m"]
    assert len(cot) == 12 and result.extra["by_task"]["cot_m"] == 12
    for record in records:
        assert check_record(record, record.truth) == {}
    for record in cot:
        assert record.source == "teacher" and record.provenance.teacher == "offline:ground-truth"
        assert len(record.provenance.ledger_keys) == 1 and record.provenance.attempts == 1
        assert record.messages[0].content.startswith(
            "<image>\nThe following is the production process of the"
        )
        assert len(record.messages) >= 4
        if record.truth.label == "anomaly":
            assert record.claims.verdict == "anomaly"
            assert record.claims.defect_type == record.truth.defect_type
            assert set(record.claims.cited_steps) <= set(record.truth.cause_steps)
            assert "[step:" in record.messages[3].content
    assert (workspace / "rejects" / "instruct_iad.jsonl").read_text() == ""
    path = workspace / "records" / "instruct_iad.parquet"
    before = path.read_bytes()
    again = synthesize_instruct(workspace, teacher="offline", limit=12, progress=False)
    assert again.sent == 0 and again.cached == 12 and again.written == result.written
    assert path.read_bytes() == before

    dry = synthesize_instruct(workspace, teacher="offline", dry_run=True, progress=False)
    assert dry.dry_run and dry.estimated_cost_usd == 0.0 and dry.records_path is None
    assert path.read_bytes() == before  # a dry run writes nothing


def test_rebuild_from_ledger_is_byte_identical(workspace: Path) -> None:
    synthesize_instruct(workspace, teacher="offline", limit=4, progress=False)
    db = sqlite3.connect(workspace / "ledger.sqlite")
    with db:
        db.execute("UPDATE requests SET updated_at = 1000000000.0")
    db.close()
    os.utime(workspace / "samples.parquet", (1_100_000_000, 1_100_000_000))
    path = workspace / "records" / "instruct_iad.parquet"
    path.unlink()
    first = synthesize_instruct(workspace, teacher="offline", limit=4, progress=False)
    assert (first.sent, first.cached) == (0, 4)
    stamps = {r.source: r.provenance.created_at for r in _records(workspace)}
    assert stamps == {
        "teacher": "2001-09-09T01:46:40+00:00",  # when the ledger stored the answer
        "template": "2004-11-09T11:33:20+00:00",  # when samples.parquet was written
    }
    before = path.read_bytes()
    path.unlink()
    again = synthesize_instruct(workspace, teacher="offline", limit=4, progress=False)
    assert (again.sent, again.cached) == (0, 4)
    assert path.read_bytes() == before


def _swap_steps(record: InstructRecord, steps: list[str]) -> InstructRecord:
    """The record with every cited step replaced by ``steps`` (in claims and in the text)."""
    import re

    tags = " ".join(f"[step:{s}]" for s in steps)
    messages = [
        Message(role=m.role, content=re.sub(r"(\[step:[^\]]*\]\s*)+", tags + " ", m.content))
        for m in record.messages
    ]
    claims = record.claims.model_copy(update={"cited_steps": steps})
    return record.model_copy(update={"messages": messages, "claims": claims})


def test_rules_catch_every_injected_fault(workspace: Path) -> None:
    synthesize_instruct(workspace, teacher="offline", progress=False)
    records = [r for r in _records(workspace) if r.claims.cited_steps]
    assert len(records) >= 20
    caught = total = 0
    for record in records:
        truth = record.truth
        wrong_steps = [["laser_sintering"]]
        if truth.label == "anomaly":
            wrong_steps.append([s for s in truth.steps if s not in truth.cause_steps][:1])
            wrong_steps.append([truth.cause_steps[0], "no_such_step"])
        for steps in wrong_steps:
            total += 1
            found = check_record(_swap_steps(record, steps), truth)
            caught += bool({"steps_exist", "steps_cause_defect"} & set(found))
    assert caught == total

    cot = next(r for r in records if r.task == "cot_m" and r.truth.label == "anomaly")
    truth = cot.truth
    other = truth.other_defect_names[0]

    def fails(record: InstructRecord) -> set[str]:
        return set(check_record(record, truth))

    assert "verdict" in fails(
        cot.model_copy(update={"claims": cot.claims.model_copy(update={"verdict": "normal"})})
    )
    assert "defect_type" in fails(
        cot.model_copy(update={"claims": cot.claims.model_copy(update={"defect_type": other})})
    )
    wrong_place = "top left" if truth.location != "top left" else "bottom right"
    assert "location" in fails(
        cot.model_copy(update={"claims": cot.claims.model_copy(update={"location": wrong_place})})
    )
    leaky = list(cot.messages)
    leaky[2] = Message(
        role="user", content=f"Why is there a {truth.defect_type} in the {truth.location}?"
    )
    assert "no_hint_leakage" in fails(cot.model_copy(update={"messages": leaky}))
    told = list(cot.messages)
    told[1] = Message(role="assistant", content="According to the ground truth it is defective.")
    assert "no_hint_leakage" in fails(cot.model_copy(update={"messages": told}))
    long = list(cot.messages) + [
        Message(role="user", content="More?"),
        Message(role="assistant", content="x" * 5000),
    ]
    assert {"bounds"} <= fails(cot.model_copy(update={"messages": long}))
    assert "conversation" in fails(cot.model_copy(update={"messages": cot.messages[1:]}))
    normal = next(r for r in records if r.truth.label == "normal")
    claim = InstructClaims(verdict="anomaly", defect_type=other, location="top")
    assert {"verdict", "defect_type", "location"} <= set(
        check_record(normal.model_copy(update={"claims": claim}), normal.truth)
    )
    assert [r.name for r in INSTRUCT_RULES] == [
        "conversation",
        "verdict",
        "defect_type",
        "location",
        "steps_exist",
        "steps_cause_defect",
        "turns",
        "no_hint_leakage",
        "repetition",
        "bounds",
    ]


def test_expert_maps_give_the_roi(workspace: Path, tmp_path: Path) -> None:
    maps = tmp_path / "maps"
    maps.mkdir()
    frame = pl.read_parquet(workspace / "samples.parquet").filter(pl.col("category") == "bottle")
    for row in frame.iter_rows(named=True):
        heat = np.zeros((row["height"] // 2, row["width"] // 2), dtype=np.float32)
        heat[4:10, 20:30] = 1.0
        np.save(maps / f"{row['sample_id']}.npy", heat)
    result = synthesize_instruct(
        workspace,
        templates_only=True,
        tasks=["discrimination"],
        categories=["bottle"],
        expert_maps=maps,
        progress=False,
    )
    assert result.extra["roi_source"] == "expert_map" and result.extra["expert_maps_missing"] == 0
    records = _records(workspace)
    assert len(records) == frame.height
    for record in records:
        (box,) = record.roi
        assert box.source == "expert_map" and box.map_file == f"{record.sample_id}.npy"
        assert box.bbox == (40, 8, 59, 19) and box.threshold == 0.5
    with pytest.raises(InputError, match="holds no map for any"):
        synthesize_instruct(
            workspace, templates_only=True, categories=["grid"], expert_maps=maps, progress=False
        )


def test_rejects_file_keeps_findings(workspace: Path, tmp_path: Path) -> None:
    """A user knowledge file whose signature gives the answer away: descriptions are rejected."""
    import yaml

    from iad_data.knowledge.process import find_process_file

    shipped = find_process_file("mvtec_ad", "bottle")
    assert shipped is not None
    data = yaml.safe_load(shipped.read_text(encoding="utf-8"))
    for entry in data["defects"].values():
        entry["visual_signature"] = "As the annotation shows, the rim is broken."
    own = tmp_path / "processes" / "mvtec_ad" / "bottle.yaml"
    own.parent.mkdir(parents=True)
    own.write_text(yaml.safe_dump(data), encoding="utf-8")
    result = synthesize_instruct(
        workspace,
        templates_only=True,
        tasks=["description"],
        categories=["bottle"],
        processes=tmp_path / "processes",
        progress=False,
    )
    assert result.rejected > 0 and result.rule_failures == {"no_hint_leakage": result.rejected}
    lines = (workspace / "rejects" / "instruct_iad.jsonl").read_text().splitlines()
    assert len(lines) == result.rejected
    first = json.loads(lines[0])
    assert first["task"] == "description" and "no_hint_leakage" in first["findings"]
    assert first["answer"]["truth"]["knowledge_source"] == "mvtec_ad/bottle.yaml"
    # with the shipped knowledge the same records pass, and their rejects are cleared
    again = synthesize_instruct(
        workspace, templates_only=True, tasks=["description"], categories=["bottle"], progress=False
    )
    assert again.rejected == 0
    assert (workspace / "rejects" / "instruct_iad.jsonl").read_text() == ""


def test_validate_path_runs_the_instruct_rules(workspace: Path, tmp_path: Path) -> None:
    from iad_data.tasks.validate import validate_path

    synthesize_instruct(workspace, teacher="offline", limit=8, progress=False)
    path = workspace / "records" / "instruct_iad.parquet"
    report = validate_path(path)
    assert report.ok and report.records == len(_records(workspace))
    assert report.rules[:3] == ["schema", "conversation", "verdict"]
    tampered = tmp_path / "tampered.jsonl"
    lines = []
    for record in _records(workspace):
        row = record.model_dump(mode="json")
        if record.task == "cot_m" and record.truth.label == "anomaly":
            row["claims"]["cited_steps"] = ["laser_sintering"]
        lines.append(json.dumps(row))
    tampered.write_text("\n".join(lines) + "\n")
    bad = validate_path(tampered)
    wrong = sum(r.task == "cot_m" and r.truth.label == "anomaly" for r in _records(workspace))
    assert wrong > 0 and bad.failed == wrong and bad.rule_failures["steps_exist"] == wrong


def test_every_shipped_defect_type_gets_valid_records() -> None:
    """Template QA and the offline CoT-M conversation pass for every type of every category."""
    from iad_data.core.regions import dominant_cell, regions_from_mask
    from iad_data.core.sample import Label, Sample, SourceSplit
    from iad_data.knowledge.process import all_processes
    from iad_data.tasks.instruct_iad.offline import answer_offline
    from iad_data.tasks.instruct_iad.record import build_truth
    from iad_data.tasks.instruct_iad.teacher import (
        conversation_record,
        cot_template,
        teacher_request,
    )
    from iad_data.tasks.instruct_iad.templates import skip_reason, template_record

    mask = np.zeros((64, 64), dtype=bool)
    mask[40:50, 6:20] = True
    regions = regions_from_mask(mask)
    assert dominant_cell(mask) == "bottom left"
    knowledge = all_processes()
    assert len(knowledge) >= 33
    checked = 0
    for (dataset, category), know in knowledge.items():
        types = ["good", *know.defects]
        for defect in types:
            normal = defect == "good"
            sample = Sample(
                sample_id=f"{dataset}.{category}.{defect}",
                group_id=f"{dataset}.{category}.{defect}",
                dataset=dataset,
                category=category,
                source_split=SourceSplit.TEST,
                label=Label.NORMAL if normal else Label.ANOMALY,
                defect_type=defect,
                defect_type_raw=defect,
                image_path=f"{category}/test/{defect}/000.png",
                image_sha256="0" * 64,
                width=64,
                height=64,
                mode="RGB",
                regions=[] if normal else regions,
                location=None if normal else "bottom left",
                defect_area_fraction=0.0 if normal else float(mask.mean()),
                license="test",
            )
            truth = build_truth(sample, know, types)
            for task in ("classification", "localisation", "description", "cause", "remedy"):
                if skip_reason(task, truth) is None:
                    record = template_record(task, sample, truth, know)
                    assert record is not None
                    assert check_record(record, truth) == {}, (record.record_id, record.messages)
                    checked += 1
            request = teacher_request(sample, truth, know, Path("/x.png"), ["cause", "remedy"])
            conversation = answer_offline(request)
            record = conversation_record(
                conversation,
                sample,
                truth,
                know,
                teacher="offline:ground-truth",
                template=cot_template(),
                attempts=1,
                ledger_keys=[],
            )
            assert check_record(record, truth) == {}, (record.record_id, record.messages)
            checked += 1
    assert checked > 400
