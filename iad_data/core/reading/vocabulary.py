"""The reader's vocabulary: the word lists in ``recipes/vocabulary/*.yaml``, loaded once.

A user extends them with a YAML file of the same shape (any subset of keys; lists are added
to the shipped ones) named by ``IAD_DATA_VOCABULARY`` (several files separated by
``os.pathsep``) or passed to ``load_vocabulary``. The digest of everything read goes into
the validator version a report names, so a changed vocabulary is visible.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from iad_data.errors import InputError

VOCABULARY_ENV = "IAD_DATA_VOCABULARY"
FILES = ("language", "leakage", "defects")


class _WordLoader(yaml.SafeLoader):
    """YAML without 1.1 booleans: "no", "off" and "on" are words here."""


_WordLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def vocabulary_root() -> Path:
    return Path(str(resources.files("iad_data.recipes").joinpath("vocabulary")))


def _merge(base: Any, extra: Any, where: str) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = _merge(base[key], value, f"{where}.{key}") if key in base else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return [*base, *(v for v in extra if v not in base)]
    if extra is None:
        return base
    if isinstance(base, (dict, list)):
        raise InputError(
            f"vocabulary {where}: expected a {type(base).__name__}, got {extra!r}; extend a "
            "list with a list and a mapping with a mapping."
        )
    return extra


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """The merged word lists: ``language`` (verdicts, negation, hedges, places), ``leakage``
    (references to supervision) and ``defects`` (synonyms and part names per category)."""

    language: dict[str, Any]
    leakage: dict[str, Any]
    defects: dict[str, Any]
    digest: str
    sources: tuple[str, ...]

    def words(self, section: str, key: str) -> list[str]:
        data: dict[str, Any] = getattr(self, section)
        value = data.get(key) or []
        return [str(v) for v in value]


def _read(path: Path) -> tuple[dict[str, Any], bytes]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read vocabulary file {path}: {exc.strerror}.") from None
    try:
        data = yaml.load(raw, Loader=_WordLoader) or {}  # noqa: S506 (a safe loader)
    except yaml.YAMLError as exc:
        raise InputError(f"vocabulary file {path} is not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise InputError(f"vocabulary file {path} must be a mapping of word lists.")
    return data, raw


def load_vocabulary(*extra: str | Path) -> Vocabulary:
    """The shipped vocabulary plus ``extra`` files and those named by IAD_DATA_VOCABULARY.

    An extra file holds any of the top-level keys ``language``, ``leakage``, ``defects``,
    each shaped like the shipped file of that name.
    """
    env = tuple(p for p in os.environ.get(VOCABULARY_ENV, "").split(os.pathsep) if p)
    return _load(tuple(str(p) for p in (*env, *extra)))


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> Vocabulary:
    digest = hashlib.sha256()
    parts: dict[str, dict[str, Any]] = {}
    sources: list[str] = []
    for name in FILES:
        path = vocabulary_root() / f"{name}.yaml"
        parts[name], raw = _read(path)
        digest.update(raw)
        sources.append(str(path))
    for item in extra:
        data, raw = _read(Path(item))
        unknown = sorted(set(data) - set(FILES))
        if unknown:
            raise InputError(
                f"vocabulary file {item}: unknown sections {', '.join(unknown)}; use "
                f"{', '.join(FILES)}."
            )
        for name in FILES:
            parts[name] = _merge(parts[name], data.get(name), f"{item}:{name}")
        digest.update(raw)
        sources.append(item)
    return Vocabulary(
        parts["language"],
        parts["leakage"],
        parts["defects"],
        digest.hexdigest()[:12],
        tuple(sources),
    )


__all__ = ["VOCABULARY_ENV", "Vocabulary", "load_vocabulary", "vocabulary_root"]
