"""A one-line progress bar (articles/s, ETA) for the command line; the library itself never prints."""

from __future__ import annotations

import time
from typing import TextIO

from newsevents.engine.options import Progress

__all__ = ["ProgressBar", "format_seconds"]


def format_seconds(seconds: float) -> str:
    s = int(seconds + 0.5)
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


class ProgressBar:
    """Redraws one line of ``stream`` at most ``hz`` times a second; ends it on the final update."""

    def __init__(self, stream: TextIO, *, width: int = 24, hz: float = 4.0) -> None:
        self.stream = stream
        self.width = width
        self.interval = 1.0 / hz
        self.last = 0.0
        self.shown = False

    def __call__(self, p: Progress) -> None:
        now = time.monotonic()
        if not p.final and now - self.last < self.interval:
            return
        self.last = now
        self.stream.write("\r" + self.render(p) + ("\n" if p.final else ""))
        self.stream.flush()
        self.shown = not p.final

    def render(self, p: Progress) -> str:
        done = p.resumed + p.done
        rate = f"{p.rate:,.1f} articles/s"
        resumed = f" (resumed after {p.resumed:,})" if p.resumed else ""
        if p.total:
            frac = min(1.0, done / p.total)
            filled = int(frac * self.width)
            bar = "#" * filled + "." * (self.width - filled)
            eta = p.eta
            tail = "done" if p.final else (f"ETA {format_seconds(eta)}" if eta is not None else "ETA --:--")
            return f"[{bar}] {done:,}/{p.total:,} {rate} {tail}{resumed}   "
        return f"{done:,} articles {rate} {format_seconds(p.elapsed)}{resumed}   "
