"""Content-hash ids: the same content always gets the same id, so re-runs are idempotent."""

from __future__ import annotations

import hashlib
import json

__all__ = ["content_id"]


def content_id(prefix: str, *parts: object, length: int = 16) -> str:
    """Return ``prefix`` + a hex digest of the JSON encoding of ``parts``."""
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:length]
    return f"{prefix}{digest}"
