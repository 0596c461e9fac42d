"""Turn model records into JSON-ready dicts (the output contract) and back to text lines."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from typing import Any

from newsevents.model import ArticleResult

__all__ = ["to_dict", "to_json_line"]


_FIELDS: dict[type, tuple[str, ...]] = {}


def _public_fields(cls: type) -> tuple[str, ...]:
    """The output fields of a record class, computed once per class (``fields()`` is slow)."""
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls) if not f.metadata.get("internal"))
    return names


def to_dict(obj: Any) -> Any:
    """Convert a record (or tuple of records) to plain JSON values, dropping internal fields."""
    if obj is None or isinstance(obj, (str, int, float)):
        return obj
    if isinstance(obj, (tuple, list)):
        return [to_dict(x) for x in obj]
    cls = type(obj)
    if cls in _FIELDS or (dataclasses.is_dataclass(obj) and not isinstance(obj, type)):
        return {name: to_dict(getattr(obj, name)) for name in _public_fields(cls)}
    if isinstance(obj, (date, datetime)):
        return obj.isoformat()
    return obj


def to_json_line(result: ArticleResult, *, include_text: bool = False) -> str:
    """One compact, key-stable JSON line for an article result (byte-identical across runs)."""
    data = to_dict(result)
    if include_text:
        data["article"]["text"] = result.article.text
    return json.dumps(data, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
