"""Plain records shared by the engines: what to run, what one coded article carries, what a run did."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Literal

from newsevents.model import ArticleResult, ErrorRecord

if TYPE_CHECKING:
    from newsevents.pipeline import Coder

__all__ = ["Coded", "CoderFactory", "Progress", "RunOptions", "RunReport", "encode"]

# Builds the Coder in each worker. It must be picklable (a module-level function or a
# functools.partial of one) when workers are processes or Dask workers.
CoderFactory = Callable[[], "Coder"]


@dataclass(frozen=True)
class RunOptions:
    """One ``newsevents code`` run. ``key_extra`` holds any other option that changes results."""

    inputs: tuple[str, ...]
    output: str | None = None  # JSONL file; None writes to the stream given to code_run
    db: str | None = None
    default_date: date | None = None
    include_text: bool = False
    model: str | None = None
    engine: Literal["local", "dask"] = "local"
    workers: int = 1
    scheduler: str | None = None
    resume: bool = True
    commit_every: int = 64
    chunk_size: int = 16  # articles per worker task (local engine): small, so no worker idles long at the end
    partition_size: int = 256  # articles per Dask partition
    parts_dir: str | None = None
    key_extra: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Coded:
    """One coded input, ready to write: its JSON line and, when a store needs it, the result."""

    line: str
    article_id: str
    failed: bool
    errors: tuple[ErrorRecord, ...]
    result: ArticleResult | None = None


def encode(result: ArticleResult, *, include_text: bool, keep_result: bool) -> Coded:
    """Serialise where the result was made (a worker), so the writer only writes."""
    from newsevents.serialize import to_json_line

    return Coded(
        line=to_json_line(result, include_text=include_text),
        article_id=result.article.id,
        failed=result.failed,
        errors=result.errors,
        result=result if keep_result else None,
    )


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a run is: articles written in this run, before it (resumed), and the estimated total."""

    done: int
    resumed: int
    elapsed: float
    total: int | None = None
    final: bool = False

    @property
    def rate(self) -> float:
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        if self.total is None or self.rate <= 0:
            return None
        return max(0.0, (self.total - self.resumed - self.done) / self.rate)


@dataclass
class RunReport:
    """What a run did. ``failed`` counts inputs with an error record, including resumed ones."""

    written: int = 0
    resumed: int = 0
    failed: int = 0
    seconds: float = 0.0
    restarted: str | None = None  # why a saved resume point was not used
    worker_peak_rss: dict[str, int] = field(default_factory=dict)  # worker → peak RSS in bytes

    @property
    def total(self) -> int:
        return self.written + self.resumed
