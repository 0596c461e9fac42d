"""One exception tree for newsevents; foreign errors are wrapped at the boundary.

    NewseventsError                base of everything this package raises on purpose
    ├── ConfigError       E001-E009  a setting, model name or dictionary path is wrong
    │   └── ModelNotFound E002       no spaCy English pipeline could be loaded
    ├── InputError        E010-E029  an input could not be read (also recorded, never raised in batches)
    ├── DictionaryError   E030-E049  a dictionary file is malformed
    └── StoreError        E050-E069  the DuckDB store failed (wraps duckdb errors)

Messages say what to do next.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "DictionaryError",
    "InputError",
    "ModelNotFound",
    "NewseventsError",
    "StoreError",
]


class NewseventsError(Exception):
    """Base class; ``code`` is the catalogue number (``E002``)."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class ConfigError(NewseventsError):
    code = "E001"


class ModelNotFound(ConfigError):
    code = "E002"


class InputError(NewseventsError):
    code = "E010"


class DictionaryError(NewseventsError):
    code = "E030"


class StoreError(NewseventsError):
    code = "E050"
