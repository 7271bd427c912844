"""Layout options for a source, from ``--layout FILE`` (YAML) or a mapping a notebook passes.

The ``folder`` source needs them (where normal and anomalous images are, how a mask path
derives from an image path); Real-IAD reads two optional ones (resolution, JSON set).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from iad_data.errors import InputError

LayoutArg = str | Path | Mapping[str, Any]
"""A path to a YAML file, or the options themselves."""


def read_layout(layout: LayoutArg) -> dict[str, Any]:
    """The options as a plain dict; a bad file raises ``InputError`` naming it and the fix."""
    if isinstance(layout, Mapping):
        return dict(layout)
    path = Path(layout).expanduser()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(
            f"layout file {path} cannot be read ({exc.strerror or exc}); pass --layout pointing "
            f"at a YAML file (see docs/sources.md, 'folder')."
        ) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise InputError(f"layout file {path}{where} is not valid YAML: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(
            f"layout file {path} holds a {type(data).__name__}; it must be a mapping of "
            f"options such as 'normal:' and 'anomaly:'."
        )
    return {str(k): v for k, v in data.items()}
