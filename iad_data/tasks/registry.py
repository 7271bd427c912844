"""The task registry: one ``RecordSet`` object per record set, and every teacher task.

A record set (``expert_ad``, ``instruct_iad``) is a folder of ``iad_data/tasks`` plus one
entry here. Every stage that treats record sets alike (validate, split, publish, export, the
recipe run, the schemas) asks this registry instead of keeping its own list of names, so a
third record set is one new folder and one line in ``_builtin``. ``register`` adds one at run
time (a plugin, or a test's toy record set).

Teacher tasks name what a request asks for (the ledger's ``task`` column); the registry maps
each to its answer model, so a ledger written by any version reads back by name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache

from pydantic import BaseModel

from iad_data.core.options import StageOptions
from iad_data.core.records import RecordBase
from iad_data.core.results import SynthesisResult
from iad_data.core.rules import RecordValidator
from iad_data.errors import InputError
from iad_data.teach.requests import TeacherTask

Synthesize = Callable[..., SynthesisResult]
"""``synthesize(workspace, options, *, dry_run, progress)``"""


@dataclass(frozen=True)
class RecordSet:
    """What one record set provides, so every stage can treat record sets alike."""

    name: str
    """the records file (``records/<name>.parquet``), the published config, the record prefix"""
    description: str
    """one line for the dataset card"""
    record_model: type[RecordBase]
    validator: RecordValidator
    synthesize: Synthesize
    options: type[StageOptions]
    command: str
    """the CLI command of its synthesis stage"""
    teacher_task: TeacherTask | None = None
    """what its teacher requests ask for; None for a record set written without a teacher"""
    exports: tuple[str, ...] = ()
    """export formats (``iad-data export --format``) that read this record set"""
    extra_files: tuple[str, ...] = ()
    """other records files it writes that are not published (``expert_ad_blind``)"""


@dataclass
class TaskRegistry:
    """Record sets by name, in registration order, and the teacher tasks they use."""

    _sets: dict[str, RecordSet] = field(default_factory=dict)
    _teacher_tasks: dict[str, TeacherTask] = field(default_factory=dict)

    def register(self, record_set: RecordSet) -> RecordSet:
        if record_set.name in self._sets:
            raise InputError(f"a record set named {record_set.name!r} is already registered")
        self._sets[record_set.name] = record_set
        if record_set.teacher_task is not None:
            self.register_teacher_task(record_set.teacher_task)
        return record_set

    def register_teacher_task(self, task: TeacherTask) -> TeacherTask:
        known = self._teacher_tasks.get(task.name)
        if known is not None and known is not task:
            raise InputError(f"a teacher task named {task.name!r} is already registered")
        self._teacher_tasks[task.name] = task
        return task

    def unregister(self, name: str) -> None:
        record_set = self._sets.pop(name)
        if record_set.teacher_task is not None:
            self._teacher_tasks.pop(record_set.teacher_task.name, None)

    def __iter__(self) -> Iterator[RecordSet]:
        return iter(list(self._sets.values()))

    def __contains__(self, name: object) -> bool:
        return name in self._sets

    def names(self) -> tuple[str, ...]:
        return tuple(self._sets)

    def get(self, name: str) -> RecordSet:
        found = self._sets.get(name)
        if found is None:
            raise InputError(
                f"unknown record set {name!r}; known: {', '.join(self._sets) or 'none'}"
            )
        return found

    def validator(self, name: str) -> RecordValidator | None:
        found = self._sets.get(name)
        return found.validator if found is not None else None

    def teacher_tasks(self) -> dict[str, TeacherTask]:
        return dict(self._teacher_tasks)

    def response_models(self) -> dict[str, type[BaseModel]]:
        """Teacher task name -> answer model, what a ``Ledger`` needs to read any row."""
        return {name: task.response_model for name, task in self._teacher_tasks.items()}


def _builtin() -> TaskRegistry:
    from iad_data.knowledge.draft import TEACHER_TASK as PROCESS_DRAFT
    from iad_data.tasks.expert_ad.record_set import RECORD_SET as EXPERT_AD
    from iad_data.tasks.instruct_iad.record_set import RECORD_SET as INSTRUCT_IAD
    from iad_data.tasks.judge import TEACHER_TASK as JUDGE

    registry = TaskRegistry()
    registry.register(EXPERT_AD)
    registry.register(INSTRUCT_IAD)
    registry.register_teacher_task(PROCESS_DRAFT)
    registry.register_teacher_task(JUDGE)
    return registry


@cache
def record_sets() -> TaskRegistry:
    """The registry (built on first use: importing it loads every record set's code)."""
    return _builtin()


def response_models() -> dict[str, type[BaseModel]]:
    return record_sets().response_models()


def options_of(name: str) -> type[StageOptions]:
    return record_sets().get(name).options


__all__ = ["RecordSet", "TaskRegistry", "options_of", "record_sets", "response_models"]
