"""Versioned prompt templates, stored as files in ``recipes/prompts/``, never as code strings.

One YAML file per task and version, e.g. ``recipes/prompts/expert_ad/grounded.v1.yaml``::

    id: expert_ad/grounded
    version: 1
    description: why this prompt exists
    variables: [category, process_summary, ground_truth]
    system: |
      You are ...
    user: |
      Inspect the $category ...

Variables use ``string.Template`` syntax (``$name`` / ``${name}``) so JSON braces in a
prompt need no escaping. The template's content hash goes into every record and into the
ledger key, so editing a template re-sends exactly the requests it renders.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

import yaml

from iad_data.errors import InputError


@dataclass(frozen=True)
class PromptTemplate:
    id: str
    version: int
    description: str
    variables: tuple[str, ...]
    system: str
    user: str
    hash: str
    path: str

    @property
    def template_id(self) -> str:
        """``<id>.v<version>``: what records and ledger keys carry beside the hash."""
        return f"{self.id}.v{self.version}"

    def render(self, **values: Any) -> tuple[str, str]:
        """(system, user) with every declared variable filled; a missing one is an error."""
        missing = [v for v in self.variables if v not in values]
        if missing:
            raise InputError(
                f"prompt {self.path} needs variables {', '.join(missing)}; got "
                f"{', '.join(sorted(values)) or 'none'}."
            )
        strings = {k: str(v) for k, v in values.items()}
        try:
            return (
                Template(self.system).substitute(strings),
                Template(self.user).substitute(strings),
            )
        except (KeyError, ValueError) as exc:
            raise InputError(
                f"prompt {self.path} uses an undeclared or malformed variable ({exc}); declare "
                f"it under `variables:` or escape a literal dollar as $$."
            ) from None


def prompts_root() -> Path:
    return Path(str(resources.files("iad_data.recipes").joinpath("prompts")))


def load_template(name: str, root: Path | None = None) -> PromptTemplate:
    """``name``: a path under ``recipes/prompts`` without suffix, e.g. ``expert_ad/grounded.v1``."""
    base = root or prompts_root()
    path = base / f"{name}.yaml"
    if not path.is_file():
        known = sorted(p.relative_to(base).with_suffix("").as_posix() for p in base.rglob("*.yaml"))
        raise InputError(
            f"prompt template {name!r} not found at {path}. Known templates: "
            f"{', '.join(known) or 'none'}."
        )
    raw = path.read_bytes()
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise InputError(f"prompt template {path} is not valid YAML: {exc}") from None
    required = ("id", "version", "system", "user")
    if not isinstance(data, dict) or any(k not in data for k in required):
        raise InputError(f"prompt template {path} must have keys {', '.join(required)}.")
    return PromptTemplate(
        id=str(data["id"]),
        version=int(data["version"]),
        description=str(data.get("description", "")),
        variables=tuple(data.get("variables") or ()),
        system=str(data["system"]),
        user=str(data["user"]),
        hash=hashlib.sha256(raw).hexdigest()[:16],
        path=str(path),
    )
