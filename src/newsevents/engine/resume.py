"""Resume points: how many inputs of a run are safely written, kept where the results are.

Results are written in input order, so one number says how far a run got. It is saved
after the results it counts are committed (JSONL flushed, store transaction committed): a
kill between the two only means a few articles are coded again, and the store's upserts
make that harmless. The point lives in the store (table ``_newsevents_resume``) when there
is one, else in a small file beside the JSONL output; it is deleted when the run finishes,
so running a finished command again codes everything afresh.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.ids import content_id

if TYPE_CHECKING:
    from newsevents.store import Store

__all__ = ["RESUME_TABLE", "SIDECAR_SUFFIX", "ResumeLog", "ResumePoint", "run_key"]

RESUME_TABLE = "_newsevents_resume"
SIDECAR_SUFFIX = ".newsevents-resume"


def run_key(parts: dict[str, object]) -> str:
    """Fingerprint of everything that decides a run's results (inputs, options, model, version)."""
    return content_id("run", parts, length=24)


@dataclass
class ResumePoint:
    """``done`` inputs are written; ``last_id`` is the article id of the last one (to check the inputs)."""

    done: int = 0
    failed: int = 0
    last_id: str | None = None


class ResumeLog:
    """Reads and writes the resume point of one run in the store and/or beside the output file."""

    def __init__(self, key: str, *, store: Store | None, output: Path | None) -> None:
        self.key = key
        self.store = store
        self.output = output
        self.sidecar = output.with_name(output.name + SIDECAR_SUFFIX) if output is not None else None
        if store is not None:
            store.con.execute(
                f"CREATE TABLE IF NOT EXISTS {RESUME_TABLE} (run_key VARCHAR PRIMARY KEY, done BIGINT NOT NULL, "
                "failed BIGINT NOT NULL, last_id VARCHAR, updated_at TIMESTAMP DEFAULT now())"
            )

    # ---- reading -----------------------------------------------------------------------------
    def load(self) -> ResumePoint:
        """The saved point of this run, bounded by what the output file really holds."""
        point = self._saved()
        if point.done and self.output is not None:
            lines, last_id = _complete_lines(self.output, point.done)
            if lines < point.done:  # the store got further than the file: code the difference again
                point = ResumePoint(lines, min(point.failed, lines), last_id)
        return point

    def _saved(self) -> ResumePoint:
        if self.store is not None:
            rows = self.store.con.execute(
                f"SELECT done, failed, last_id FROM {RESUME_TABLE} WHERE run_key = ?", [self.key]
            ).fetchall()
            return ResumePoint(int(rows[0][0]), int(rows[0][1]), rows[0][2]) if rows else ResumePoint()
        if self.sidecar is not None and self.sidecar.exists():
            try:
                data = json.loads(self.sidecar.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return ResumePoint()
            if isinstance(data, dict) and data.get("run_key") == self.key:
                return ResumePoint(int(data.get("done", 0)), int(data.get("failed", 0)), data.get("last_id"))
        return ResumePoint()

    # ---- writing -----------------------------------------------------------------------------
    def truncate_output(self, done: int) -> None:
        """Cut the output file after its ``done``-th line (a killed run may leave half a line)."""
        if self.output is None or not self.output.exists():
            return
        offset = _offset_after_lines(self.output, done)
        with open(self.output, "r+b") as fh:
            fh.truncate(offset)

    def record(self, point: ResumePoint) -> None:
        """Save ``point``; call only after the results it counts are committed."""
        if self.store is not None:
            self.store.con.execute(
                f"INSERT OR REPLACE INTO {RESUME_TABLE} (run_key, done, failed, last_id, updated_at) "
                "VALUES (?, ?, ?, ?, now())",
                [self.key, point.done, point.failed, point.last_id],
            )
        elif self.sidecar is not None:
            tmp = self.sidecar.with_name(self.sidecar.name + ".tmp")
            tmp.write_text(json.dumps({"run_key": self.key, "done": point.done, "failed": point.failed,
                                       "last_id": point.last_id}), encoding="utf-8")
            os.replace(tmp, self.sidecar)

    def clear(self) -> None:
        """Forget the point: the run finished (or is started afresh)."""
        if self.store is not None:
            self.store.con.execute(f"DELETE FROM {RESUME_TABLE} WHERE run_key = ?", [self.key])
        if self.sidecar is not None and self.sidecar.exists():
            self.sidecar.unlink()


def _complete_lines(path: Path, limit: int) -> tuple[int, str | None]:
    """Complete lines in ``path`` (at most ``limit``) and the article id on the last of them."""
    if not path.exists():
        return 0, None
    n = 0
    last = b""
    with open(path, "rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n") or n >= limit:
                break
            n += 1
            last = raw
    if not n:
        return 0, None
    try:
        article = json.loads(last).get("article", {})
        return n, str(article.get("id")) if isinstance(article, dict) else None
    except ValueError:
        return n, None


def _offset_after_lines(path: Path, lines: int) -> int:
    offset = 0
    if lines <= 0:
        return 0
    with open(path, "rb") as fh:
        for k, raw in enumerate(fh, start=1):
            if not raw.endswith(b"\n"):
                break
            offset += len(raw)
            if k >= lines:
                break
    return offset
