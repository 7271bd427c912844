"""Stage 5, a published version -> measured models: ``iad-data eval`` asks a model under test
IAD-R1's or MMAD's questions through the teacher engine and scores it as those papers do.

- ``run.evaluate``: the library function behind ``iad-data eval``;
- ``data``: what is evaluated (a published folder, a Hub repo at a tag, a workspace);
- ``protocols``, ``iadr1``, ``mmad``: how each protocol asks and scores;
- ``model``: the model under test as a free-text teacher;
- ``results``, ``stats``: results files, tables and their intervals; ``compare``: several
  results side by side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from iad_data.evaluation.compare import Comparison, compare_results
    from iad_data.evaluation.options import EvalOptions
    from iad_data.evaluation.run import EvalResult, evaluate

_LAZY = {
    "Comparison": "iad_data.evaluation.compare",
    "compare_results": "iad_data.evaluation.compare",
    "EvalOptions": "iad_data.evaluation.options",
    "EvalResult": "iad_data.evaluation.run",
    "evaluate": "iad_data.evaluation.run",
}


def __getattr__(name: str) -> Any:
    """The public names, imported on first use (``--help`` stays instant)."""
    import importlib

    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Comparison", "EvalOptions", "EvalResult", "compare_results", "evaluate"]
