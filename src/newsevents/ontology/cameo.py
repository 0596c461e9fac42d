"""The CAMEO codebook as data (``cameo.tsv``, ``plover.tsv``) with typed lookups."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsevents.errors import DictionaryError
from newsevents.model import Plover

__all__ = ["CameoCode", "cameo_codes", "get_code", "plover_for", "quad_class"]


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    root: str
    quad_class: int


def quad_class(code: str) -> int:
    """GDELT's QuadClass: 1 verbal coop (01-05), 2 material coop (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20)."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def _rows(filename: str) -> list[dict[str, str]]:
    text = resources.files("newsevents.ontology").joinpath(filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    """Every CAMEO code (roots, 3- and 4-digit) keyed by its string code."""
    out: dict[str, CameoCode] = {}
    for row in _rows("cameo.tsv"):
        code = row["code"].strip()
        try:
            goldstein = float(row["goldstein"])
        except (TypeError, ValueError) as exc:
            raise DictionaryError(f"cameo.tsv: bad Goldstein value for {code!r}") from exc
        out[code] = CameoCode(code, row["name"].strip(), goldstein, code[:2], quad_class(code))
    return out


def get_code(code: str) -> CameoCode:
    """The record for ``code``; raises DictionaryError for codes that are not CAMEO."""
    try:
        return cameo_codes()[code]
    except KeyError:
        raise DictionaryError(f"{code!r} is not a CAMEO event code") from None


@lru_cache(maxsize=1)
def _plover_table() -> dict[str, Plover | None]:
    table: dict[str, Plover | None] = {}
    for row in _rows("plover.tsv"):
        kind = row["type"].strip()
        table[row["cameo"].strip()] = (
            None if kind == "NONE" else Plover(kind, (row.get("mode") or "").strip() or None, (row.get("context") or "").strip() or None)
        )
    return table


def plover_for(code: str) -> Plover | None:
    """PLOVER type/mode/context for a CAMEO code, falling back to its parent codes."""
    table = _plover_table()
    for length in (len(code), 3, 2):
        key = code[:length]
        if key in table:
            return table[key]
    return None
