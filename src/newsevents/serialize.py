"""Turn model records into JSON-ready dicts (the output contract) and back to text lines."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from typing import Any

from newsevents.model import ArticleResult

__all__ = ["to_dict", "to_json_line"]


def to_dict(obj: Any) -> Any:
    """Convert a record (or tuple of records) to plain JSON values, dropping internal fields."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(obj):
            if f.metadata.get("internal"):
                continue
            out[f.name] = to_dict(getattr(obj, f.name))
        return out
    if isinstance(obj, (tuple, list)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, (date, datetime)):
        return obj.isoformat()
    return obj


def to_json_line(result: ArticleResult, *, include_text: bool = False) -> str:
    """One compact, key-stable JSON line for an article result (byte-identical across runs)."""
    data = to_dict(result)
    if include_text:
        data["article"]["text"] = result.article.text
    return json.dumps(data, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
