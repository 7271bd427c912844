"""Pydantic models <-> polars tables, with the table schema derived from the model.

Free-form ``dict`` fields are stored as canonical JSON strings (sorted keys) so a table
has one fixed schema and the same rows always serialise to the same bytes.
"""

from __future__ import annotations

import functools
import json
import types
from collections.abc import Iterable, Sequence
from enum import Enum
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

import polars as pl
from pydantic import BaseModel
from pydantic_core import to_jsonable_python

M = TypeVar("M", bound=BaseModel)

_SCALARS: dict[Any, pl.DataType] = {
    str: pl.String(),
    int: pl.Int64(),
    float: pl.Float64(),
    bool: pl.Boolean(),
}


def _strip_optional(tp: Any) -> Any:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


def _unwrap_annotated(tp: Any) -> Any:
    while hasattr(tp, "__metadata__"):
        tp = get_args(tp)[0]
    return tp


def polars_dtype(tp: Any) -> pl.DataType:
    """Polars type of one pydantic field annotation."""
    tp = _unwrap_annotated(_strip_optional(_unwrap_annotated(tp)))
    if tp in _SCALARS:
        return _SCALARS[tp]
    if isinstance(tp, type) and issubclass(tp, Enum):
        return pl.String()
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return pl.Struct(model_schema(tp))
    origin = get_origin(tp)
    if origin is Literal:
        return pl.String()
    if origin in (list, tuple, Sequence):
        args = [a for a in get_args(tp) if a is not Ellipsis]
        inner = polars_dtype(args[0]) if args else pl.String()
        return pl.List(inner)
    if origin is dict or tp is dict:
        return pl.String()
    raise TypeError(f"no polars type for annotation {tp!r}")


def model_schema(model: type[BaseModel]) -> dict[str, pl.DataType]:
    return {name: polars_dtype(f.annotation) for name, f in model.model_fields.items()}


@functools.cache
def dict_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """Free-form dict fields, stored as JSON strings.

    Cached: ``to_row`` asks once per row and the answer never changes for a model.
    """
    out = []
    for name, f in model.model_fields.items():
        tp = _unwrap_annotated(_strip_optional(_unwrap_annotated(f.annotation)))
        if get_origin(tp) is dict or tp is dict:
            out.append(name)
    return tuple(out)


def encode_dict(value: dict[str, Any]) -> str:
    """A free-form dict field as stored: canonical JSON (sorted keys, no spaces)."""
    return json.dumps(
        to_jsonable_python(value), sort_keys=True, separators=(",", ":"), ensure_ascii=True
    )


def to_row(obj: BaseModel) -> dict[str, Any]:
    row = obj.model_dump(mode="json")
    for name in dict_fields(type(obj)):
        row[name] = encode_dict(row[name])
    return row


def to_frame(model: type[M], objects: Iterable[M]) -> pl.DataFrame:
    return pl.DataFrame([to_row(o) for o in objects], schema=model_schema(model))


def empty_frame(model: type[BaseModel]) -> pl.DataFrame:
    return pl.DataFrame(schema=model_schema(model))


def from_frame(model: type[M], frame: pl.DataFrame) -> list[M]:
    names = dict_fields(model)
    out = []
    for row in frame.iter_rows(named=True):
        for name in names:
            row[name] = json.loads(row[name]) if row[name] else {}
        out.append(model.model_validate(row))
    return out
