"""Read an ``ArticleResult`` back from its JSON line (the Dask engine's parts are JSON lines).

The JSON keys are the dataclass field names, so the records rebuild from the type hints of
``newsevents.model`` alone. Numbers stay as JSON gave them, so a line re-serialises to the
same bytes; ``article.text`` is present only in lines written with ``include_text``.
"""

from __future__ import annotations

import dataclasses
import json
import types
from datetime import date
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

from newsevents import model
from newsevents.model import ArticleResult

__all__ = ["result_from_dict", "result_from_line"]

T = TypeVar("T")


def result_from_line(line: str) -> ArticleResult:
    return result_from_dict(json.loads(line))


def result_from_dict(data: dict[str, Any]) -> ArticleResult:
    return _record(ArticleResult, data)


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls, vars(model))
    return _HINTS[cls]


def _record(cls: type[T], data: dict[str, Any]) -> T:
    hints = _hints(cls)
    kwargs = {f.name: _value(hints[f.name], data[f.name]) for f in dataclasses.fields(cls)  # type: ignore[arg-type]
              if f.name in data}
    return cls(**kwargs)


def _value(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(tp)
    if origin is Union or origin is types.UnionType:
        inner = [a for a in get_args(tp) if a is not type(None)]
        return _value(inner[0], value) if len(inner) == 1 else value
    if origin is tuple:
        return tuple(_value(get_args(tp)[0], v) for v in value)
    if origin is Literal:
        return value
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _record(tp, value)
    if tp is date:
        return date.fromisoformat(value)
    return value
