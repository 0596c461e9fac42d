"""The one writer: JSONL lines and store rows in input order, committed with the resume point."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from newsevents.engine.options import Coded, Progress
from newsevents.engine.resume import ResumeLog, ResumePoint

if TYPE_CHECKING:
    from newsevents.store import Store

__all__ = ["COMMIT_LOG_ENV", "Sink"]

# When set, each commit appends "<done>\n" to this file: lets a supervisor (or the resume
# test) see how far a run has durably got while the store is locked by the run.
COMMIT_LOG_ENV = "NEWSEVENTS_COMMIT_LOG"
COMMIT_SECONDS = 5.0  # commit at least this often, however slow the articles


class Sink:
    """Buffers coded articles and commits them: file lines first, then store rows, then the point."""

    def __init__(
        self,
        *,
        out: TextIO | None,
        store: Store | None,
        log: ResumeLog | None,
        start: ResumePoint,
        commit_every: int,
        on_result: Callable[[Coded], None] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        total: Callable[[], int | None] | None = None,
    ) -> None:
        self.out = out
        self.store = store
        self.log = log
        self.point = ResumePoint(start.done, start.failed, start.last_id)
        self.resumed = start.done
        self.commit_every = max(1, commit_every)
        self.on_result = on_result
        self.on_progress = on_progress
        self.total = total
        self.pending: list[Coded] = []
        self.started = time.monotonic()
        self.last_commit = self.started
        self.commit_log = os.environ.get(COMMIT_LOG_ENV) or None

    @property
    def written(self) -> int:
        return self.point.done - self.resumed

    def add(self, coded: Coded) -> None:
        self.pending.append(coded)
        if self.on_result is not None:
            self.on_result(coded)
        if len(self.pending) >= self.commit_every or time.monotonic() - self.last_commit >= COMMIT_SECONDS:
            self.commit()
        elif self.on_progress is not None:
            self._progress(final=False, extra=len(self.pending))

    def commit(self) -> None:
        batch, self.pending = self.pending, []
        self.last_commit = time.monotonic()
        if batch:
            if self.out is not None:
                self.out.write("".join(c.line + "\n" for c in batch))
                self.out.flush()
            if self.store is not None:
                self.store.write(c.result for c in batch if c.result is not None)
            self.point = ResumePoint(
                self.point.done + len(batch), self.point.failed + sum(c.failed for c in batch), batch[-1].article_id
            )
            if self.log is not None:
                self.log.record(self.point)
            if self.commit_log:
                with open(self.commit_log, "a", encoding="utf-8") as fh:
                    fh.write(f"{self.point.done}\n")
        if self.on_progress is not None:
            self._progress(final=False)

    def finish(self) -> None:
        self.commit()
        if self.on_progress is not None:
            self._progress(final=True)

    def _progress(self, *, final: bool, extra: int = 0) -> None:
        assert self.on_progress is not None
        total = self.total() if self.total is not None else None
        self.on_progress(Progress(self.written + extra, self.resumed, time.monotonic() - self.started, total, final))
