"""The curated public API: every listed name resolves, and none is shadowed by a submodule."""

from __future__ import annotations

import importlib
import pkgutil
import types

import iad_data


def test_every_public_name_is_the_object_not_a_module() -> None:
    for info in pkgutil.walk_packages(iad_data.__path__, "iad_data."):
        if ".testing" not in info.name and ".cli" not in info.name:
            importlib.import_module(info.name)
    for name in iad_data.__all__:
        value = getattr(iad_data, name)
        assert not isinstance(value, types.ModuleType), f"iad_data.{name} is a module"


def test_all_is_sorted_and_unique() -> None:
    names = list(iad_data.__all__)
    assert names == sorted(names), [a for a, b in zip(names, names[1:], strict=False) if a > b]
    assert len(set(names)) == len(names)
