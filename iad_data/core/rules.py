"""A generic engine of named validation rules, shared by every record set.

A ``Rule`` is a name, a one-line description and a check ``(record, truth) -> findings``
(one message per problem; an empty list passes). ``run_rules`` runs a rule list over one
record; ``ValidationReport`` counts records and failures per rule, so every synthesis
command and ``iad-data validate`` report the same table. What "truth" is depends on the
record set: Expert-AD records carry their ground truth, instruction records are checked
against one built from the sample. ``RecordValidator`` bundles what one record set needs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

R = TypeVar("R")
T = TypeVar("T")

Findings = dict[str, list[str]]
"""rule name -> its messages, failed rules only; an empty dict is a valid record"""

SCHEMA_RULE = "schema"
MAX_EXAMPLES = 5
"""failure messages kept per rule in a report (the counts are always complete)"""


@dataclass(frozen=True)
class Rule(Generic[R, T]):
    """One named check of a record against its ground truth."""

    name: str
    description: str
    check: Callable[[R, T], list[str]]


def run_rules(rules: Sequence[Rule[R, T]], record: R, truth: T) -> Findings:
    """Findings per failed rule, in the order of ``rules``."""
    found: Findings = {}
    for rule in rules:
        problems = rule.check(record, truth)
        if problems:
            found[rule.name] = list(problems)
    return found


def flat_findings(findings: Findings) -> list[str]:
    """``rule: message`` lines, the form repair prompts and rejects files carry."""
    return [f"{rule}: {message}" for rule, messages in findings.items() for message in messages]


@dataclass
class ValidationReport:
    """Counts of one validation run: records, passes, and failures per rule."""

    path: str | None = None
    config: str | None = None
    rules: list[str] = field(default_factory=list)
    """every rule that ran, in report order (rules with no failure included)"""
    records: int = 0
    passed: int = 0
    rule_failures: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)
    """up to MAX_EXAMPLES ``record_id: message`` lines per failed rule"""
    scores: dict[str, float] = field(default_factory=dict)
    """mean of each score dimension over the records that carry it"""
    groups: dict[str, dict[str, float]] = field(default_factory=dict)
    """per group (category): records, passed, and the mean of each score"""
    _score_sums: dict[str, float] = field(default_factory=dict, repr=False)
    _score_counts: dict[str, int] = field(default_factory=dict, repr=False)
    _group_sums: dict[str, dict[str, float]] = field(default_factory=dict, repr=False)

    @property
    def failed(self) -> int:
        return self.records - self.passed

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def add(
        self,
        record_id: str,
        findings: Findings,
        *,
        scores: dict[str, float] | None = None,
        group: str | None = None,
    ) -> None:
        """Count one record's findings (and scores, and the group it belongs to)."""
        self.records += 1
        self.passed += not findings
        for rule, messages in findings.items():
            if rule not in self.rules:
                self.rules.append(rule)
            self.rule_failures[rule] = self.rule_failures.get(rule, 0) + 1
            kept = self.examples.setdefault(rule, [])
            for message in messages:
                if len(kept) < MAX_EXAMPLES:
                    kept.append(f"{record_id}: {message}")
        for name, value in (scores or {}).items():
            self._score_sums[name] = self._score_sums.get(name, 0.0) + value
            self._score_counts[name] = self._score_counts.get(name, 0) + 1
            self.scores[name] = round(self._score_sums[name] / self._score_counts[name], 4)
        if group is not None:
            sums = self._group_sums.setdefault(group, {})
            sums["records"] = sums.get("records", 0) + 1
            sums["passed"] = sums.get("passed", 0) + (not findings)
            for name, value in (scores or {}).items():
                sums[f"sum:{name}"] = sums.get(f"sum:{name}", 0.0) + value
                sums[f"n:{name}"] = sums.get(f"n:{name}", 0) + 1
            row: dict[str, float] = {"records": sums["records"], "passed": sums["passed"]}
            for key, total in sums.items():
                if key.startswith("sum:"):
                    row[key[4:]] = round(total / sums[f"n:{key[4:]}"], 4)
            self.groups[group] = row

    def table(self) -> list[tuple[str, int]]:
        """(rule, failures) for every rule, in report order."""
        return [(rule, self.rule_failures.get(rule, 0)) for rule in self.rules]

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "config": self.config,
            "records": self.records,
            "passed": self.passed,
            "failed": self.failed,
            "ok": self.ok,
            "rule_failures": {rule: n for rule, n in self.table()},
            "examples": self.examples,
            "scores": self.scores,
            "groups": self.groups,
        }


@dataclass(frozen=True)
class RecordValidator:
    """How to validate one record set (config) found in a file."""

    config: str
    model: type[BaseModel]
    rules: Sequence[Rule[Any, Any]]
    truth: Callable[[Any], Any]
    """the ground truth a record is checked against, from the record alone"""
    scores: Callable[[Any], dict[str, float]] = lambda record: {}
    group: Callable[[Any], str | None] = lambda record: None
