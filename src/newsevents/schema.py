"""JSON Schema generated from the dataclasses in :mod:`newsevents.model`.

The schema is derived, never hand-written, so it cannot drift from what ``code`` writes.
A test checks that it keeps every field and type of the shared public contract.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date
from typing import Any

from newsevents import model

__all__ = ["article_result_schema"]

_DATE = {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        inner = _type_schema(args[0], defs) if len(args) == 1 else {"anyOf": [_type_schema(a, defs) for a in args]}
        if "$ref" in inner:
            return {"anyOf": [inner, {"type": "null"}]}
        if "type" in inner and isinstance(inner["type"], str):
            return {**inner, "type": [inner["type"], "null"]}
        return {"anyOf": [inner, {"type": "null"}]}
    if origin is tuple or origin is list:
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0], defs)}
    if origin is typing.Literal:
        return {"enum": list(typing.get_args(tp))}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if tp is date:
        return dict(_DATE)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}
            defs[name] = _dataclass_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON schema for {tp!r}")


def _dataclass_schema(cls: Any, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.metadata.get("internal"):
            continue
        props[f.name] = _type_schema(hints[f.name], defs)
    return {"type": "object", "required": list(props), "properties": props}


def article_result_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of one ``code --format jsonl`` line."""
    defs: dict[str, Any] = {}
    root = _dataclass_schema(model.ArticleResult, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "newsevents.article-result/1",
        "title": "newsevents article result",
        **root,
        "$defs": defs,
    }
