"""Drafting process knowledge: valid drafts, retries on invalid ones, curated files untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from iad_data.core.sample import Label, Sample, SourceSplit
from iad_data.core.table import to_frame
from iad_data.core.workspace import Workspace
from iad_data.errors import InputError, TeacherError
from iad_data.knowledge.draft import (
    DraftDefect,
    ProcessDraft,
    knowledge_from_draft,
    offline_process_draft,
    synthesize_process,
)
from iad_data.knowledge.process import load_process, load_process_file, processes_root
from iad_data.teach.requests import Outcome, Teacher, TeacherRequest, TeacherResponse


def test_offline_draft_is_valid_and_reviewable(tmp_path: Path) -> None:
    result = synthesize_process(
        tmp_path,
        category="pump_housing",
        defect_types=["Scratch", "porosity hole", "missing_screw", "good"],
        product_hint="die-cast aluminium pump housing",
        progress=False,
    )
    target = tmp_path / "processes" / "custom" / "pump_housing.yaml"
    assert result.records_path == target and result.written == 1 and result.sent == 1
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# DRAFT written by offline:ground-truth")
    knowledge = load_process_file(target)
    assert knowledge.origin == "teacher:offline"
    assert sorted(knowledge.defects) == ["missing_screw", "porosity_hole", "scratch"]
    assert knowledge.defects["missing_screw"].cause_steps[0] == "assembly"
    assert load_process("custom", "pump_housing", user_dir=tmp_path / "processes") == knowledge
    assert load_process("custom", "pump_housing") is None  # drafts never land in the package
    again = synthesize_process(
        tmp_path,
        category="pump_housing",
        defect_types=["scratch", "porosity hole", "missing_screw"],
        product_hint="die-cast aluminium pump housing",
        progress=False,
    )
    assert (again.cached, again.sent) == (1, 0)


def test_refuses_to_overwrite_or_shadow_curated(tmp_path: Path) -> None:
    shipped = processes_root() / "mvtec_ad" / "bottle.yaml"
    before = shipped.read_bytes()
    with pytest.raises(InputError) as err:
        synthesize_process(
            tmp_path, dataset="mvtec", category="bottle", defect_types=["x"], progress=False
        )
    assert str(shipped) in str(err.value)
    assert shipped.read_bytes() == before
    assert not (tmp_path / "processes").exists()
    # a user's reviewed file (origin curated) is protected the same way
    synthesize_process(tmp_path, category="gear", defect_types=["chip"], progress=False)
    own = tmp_path / "processes" / "custom" / "gear.yaml"
    reviewed = own.read_text(encoding="utf-8").replace("origin: teacher:offline", "origin: curated")
    own.write_text(reviewed, encoding="utf-8")
    with pytest.raises(InputError, match=str(own)):
        synthesize_process(tmp_path, category="gear", defect_types=["dent"], progress=False)
    assert own.read_text(encoding="utf-8") == reviewed
    # an unreviewed teacher draft may be replaced
    other = tmp_path / "review"
    synthesize_process(tmp_path, category="cam", defect_types=["chip"], out=other, progress=False)
    result = synthesize_process(
        tmp_path, category="cam", defect_types=["dent"], out=other, progress=False
    )
    assert result.records_path == other / "custom" / "cam.yaml"
    assert result.written == 1 and list(load_process_file(result.records_path).defects) == ["dent"]


def _sample(category: str, defect_type: str, n: int) -> Sample:
    return Sample(
        sample_id=f"factory.{category}.{n}",
        group_id=f"g{n}",
        dataset="factory",
        category=category,
        source_split=SourceSplit.TEST,
        label=Label.NORMAL if defect_type == "good" else Label.ANOMALY,
        defect_type=defect_type,
        defect_type_raw=defect_type,
        image_path=f"{category}/{n}.png",
        image_sha256="0" * 64,
        width=64,
        height=64,
        mode="RGB",
        license="proprietary",
    )


def test_defect_types_come_from_the_samples(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--defect-types"):
        synthesize_process(tmp_path, category="gear", progress=False)
    samples = [_sample("gear", t, n) for n, t in enumerate(["good", "chip", "dent", "chip"])]
    samples.append(_sample("shaft", "bent", 9))
    Workspace(tmp_path).replace_samples(to_frame(Sample, samples), "factory", None)
    result = synthesize_process(tmp_path, category="gear", progress=False)
    assert result.extra["dataset"] == "factory"
    assert result.extra["defect_types"] == ["chip", "dent"]
    assert result.records_path == tmp_path / "processes" / "factory" / "gear.yaml"
    with pytest.raises(InputError, match="snake_case"):
        synthesize_process(tmp_path, category="Big Gear", defect_types=["x"], progress=False)


def _draft(cause: str) -> ProcessDraft:
    request = TeacherRequest(
        task="process",
        template_id="t",
        template_hash="h",
        system="",
        user_text="",
        response_model=ProcessDraft,
        context={"category": "valve", "defect_types": ["leak"]},
    )
    draft = offline_process_draft(request)
    assert isinstance(draft, ProcessDraft)
    bad = DraftDefect(**{**draft.defects[0].model_dump(), "cause_steps": [cause]})
    return draft.model_copy(update={"defects": [bad]})


def test_knowledge_from_draft_checks_causes_and_coverage() -> None:
    with pytest.raises(InputError, match="'glazing', which is not among the steps"):
        knowledge_from_draft(
            _draft("glazing"),
            dataset="custom",
            category="valve",
            origin="teacher:x",
            defect_types=["leak"],
            source="draft",
        )
    with pytest.raises(InputError, match="missing crack"):
        knowledge_from_draft(
            _draft("forming"),
            dataset="custom",
            category="valve",
            origin="teacher:x",
            defect_types=["crack", "leak"],
            source="draft",
        )


class _WrongThenRight(Teacher):
    """A teacher whose first draft cites a step that does not exist."""

    provider = "fake"
    model = "wrong-then-right"

    def __init__(self, always_wrong: bool = False) -> None:
        self.always_wrong = always_wrong
        self.calls = 0

    async def complete(self, request: TeacherRequest) -> TeacherResponse:
        self.calls += 1
        wrong = self.always_wrong or request.attempt == 1
        draft = _draft("glazing" if wrong else "forming")
        return TeacherResponse(
            outcome=Outcome.ANSWERED, parsed=draft, raw_text=draft.model_dump_json()
        )


def test_invalid_draft_is_retried_with_its_problems(tmp_path: Path) -> None:
    teacher = _WrongThenRight()
    result = synthesize_process(
        tmp_path, teacher=teacher, category="valve", defect_types=["leak"], progress=False
    )
    assert teacher.calls == 2 and result.rule_failures == {"invalid_draft": 1}
    knowledge = load_process_file(tmp_path / "processes" / "custom" / "valve.yaml")
    assert knowledge.origin == "teacher:wrong-then-right"
    with pytest.raises(TeacherError, match="no valid draft"):
        synthesize_process(
            tmp_path,
            teacher=_WrongThenRight(always_wrong=True),
            category="plug",
            defect_types=["leak"],
            progress=False,
        )
    assert not (tmp_path / "processes" / "custom" / "plug.yaml").exists()
    assert yaml.safe_load((tmp_path / "processes" / "custom" / "valve.yaml").read_text())
