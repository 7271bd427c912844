"""Options shared by several commands, declared once, and stage options generated from the
library's pydantic models (``iad_data.core.options``), so a flag exists where the library
keyword and the recipe key exist, or nowhere.
"""

from __future__ import annotations

import inspect
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Union, get_args, get_origin

import typer
from rich.markup import escape

if typing.TYPE_CHECKING:
    from iad_data.core.options import StageOptions

WorkspaceOpt = Annotated[
    Path,
    typer.Option("--workspace", "-w", help="Workspace folder the command reads and writes."),
]
"""the one workspace flag of every command"""
JsonOpt = Annotated[bool, typer.Option("--json", help="Print a JSON summary instead of tables.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars or tables.")]
CategoriesOpt = Annotated[
    list[str] | None,
    typer.Option("--categories", "-c", help="Only these categories (repeat or comma-separate)."),
]
TeacherOpt = Annotated[
    str,
    typer.Option(
        "--teacher",
        "-t",
        help="gpt-4.1, claude-sonnet-4-5, openai-compatible:MODEL@BASE_URL or offline.",
    ),
]
MaxCostOpt = Annotated[
    float | None, typer.Option("--max-cost", help="Stop before spending more (USD).")
]
DryRunOpt = Annotated[
    bool, typer.Option("--dry-run", help="Estimate the teacher cost; send and write nothing.")
]
WaitOpt = Annotated[
    bool,
    typer.Option(
        "--wait",
        help="If another command is writing the workspace, wait for it to finish instead of "
        "stopping at once.",
    ),
]
"""the one lock flag of every command that writes a workspace (``iad_data.core.lock``)"""
DEFAULT_WORKSPACE = Path("iad-workspace")


def split_list(values: list[str] | None) -> list[str] | None:
    """``-c a -c b,c`` -> ``[a, b, c]``; None when not given."""
    if not values:
        return None
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _strip_optional(tp: Any) -> tuple[Any, bool]:
    if get_origin(tp) in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return tp, False


def option_parameters(model: type[StageOptions]) -> list[inspect.Parameter]:
    """One keyword-only Typer option per field of ``model``: flag, type, default and help."""
    params = []
    for name, info in model.model_fields.items():
        base, _ = _strip_optional(info.annotation)
        flags = list(model.flags_of(name))
        default = info.get_default(call_default_factory=True)
        annotation: Any = base
        if base is bool:
            if default:
                flags[0] = f"{flags[0]}/--no-{flags[0].removeprefix('--')}"
        elif get_origin(base) is list:
            annotation, default = list[str] | None, None  # repeat or comma-separate
        else:
            annotation = base | None if default is None else base
        option = typer.Option(*flags, help=escape(info.description or ""))  # [extras] stay
        params.append(
            inspect.Parameter(
                name,
                inspect.Parameter.KEYWORD_ONLY,
                default=default,
                annotation=Annotated[annotation, option],
            )
        )
    return params


def options_from(model: type[StageOptions], values: dict[str, Any]) -> dict[str, Any]:
    """The CLI values of ``model``'s fields, as the library takes them (lists split on commas;
    options left at their CLI default are not passed, so the model's own default applies)."""
    out: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        value = values[name]
        base, _ = _strip_optional(info.annotation)
        if get_origin(base) is list:
            value = split_list(value)
            if value is None:
                continue
        out[name] = value
    return out


def stage_command(
    model: type[StageOptions],
    run: Callable[..., None],
    common: list[inspect.Parameter],
    doc: str,
) -> Callable[..., None]:
    """A Typer command taking ``model``'s options plus ``common`` parameters; it calls
    ``run(options_dict, **common_values)``."""
    common_names = [p.name for p in common]

    def command(**kwargs: Any) -> None:
        shared = {name: kwargs.pop(name) for name in common_names}
        run(options_from(model, kwargs), **shared)

    params = common + option_parameters(model)
    params.sort(key=lambda p: p.kind)  # positional arguments first
    command.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    command.__annotations__ = {p.name: p.annotation for p in params}
    command.__doc__ = doc
    command.__name__ = run.__name__.lstrip("_")
    return command


def workspace_param() -> inspect.Parameter:
    return inspect.Parameter(
        "workspace",
        inspect.Parameter.KEYWORD_ONLY,
        default=DEFAULT_WORKSPACE,
        annotation=WorkspaceOpt,
    )


def json_param() -> inspect.Parameter:
    return inspect.Parameter(
        "json_out", inspect.Parameter.KEYWORD_ONLY, default=False, annotation=JsonOpt
    )


def quiet_param() -> inspect.Parameter:
    return inspect.Parameter(
        "quiet", inspect.Parameter.KEYWORD_ONLY, default=False, annotation=QuietOpt
    )


def dry_run_param() -> inspect.Parameter:
    return inspect.Parameter(
        "dry_run", inspect.Parameter.KEYWORD_ONLY, default=False, annotation=DryRunOpt
    )


def wait_param() -> inspect.Parameter:
    return inspect.Parameter(
        "wait", inspect.Parameter.KEYWORD_ONLY, default=False, annotation=WaitOpt
    )
