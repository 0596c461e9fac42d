"""The one report shape every evaluation prints and writes."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["EvalReport", "code_by_id", "event_coder", "prf"]


def code_by_id(coder: Any, articles: Iterable[Any]) -> dict[str, Any]:
    """Code the articles in one stream (the coder batches them) and key each result by its article id."""
    from newsevents.ingest import Item

    return {res.article.id: res for res in coder.code_items(Item(a, (), a.id) for a in articles)}


def event_coder(model: str | None, dictionaries: Sequence[str | Path], no_default: bool) -> Any:
    """The coder an event evaluation runs: the built-in dictionaries, the user's PETRARCH-format
    ones beside them, or the user's alone (``no_default``), so every evaluator loads them alike."""
    from newsevents.pipeline import Coder

    if not dictionaries and not no_default:
        return Coder(model=model)
    from newsevents.dictionaries.petrarch import load_dictionaries

    return Coder(model=model, dictionaries=load_dictionaries(dictionaries, defaults=not no_default))


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 (0.0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


@dataclass
class EvalReport:
    """Metrics, counts, and error examples (what was expected, what we produced)."""

    task: str
    data: str
    metrics: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int | float] = field(default_factory=dict)
    examples: list[dict[str, Any]] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)  # per-record report, written with --report

    def format(self, *, max_examples: int = 15) -> str:
        lines = [f"evaluate {self.task} on {self.data}"]
        for k, v in self.counts.items():
            lines.append(f"  {k:<28} {v}")
        for k, v in self.metrics.items():
            lines.append(f"  {k:<28} {v:.4f}" if isinstance(v, float) else f"  {k:<28} {v}")
        if self.examples:
            lines.append(f"  error examples (first {min(max_examples, len(self.examples))} of {len(self.examples)}):")
            for ex in self.examples[:max_examples]:
                lines.append("    - " + json.dumps(ex, ensure_ascii=False, default=str)[:400])
        return "\n".join(lines)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2, default=str)
