"""A PNG of a dyad or country series with its alerts marked (matplotlib, Agg, no pyplot state)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from newsevents.errors import ConfigError

__all__ = ["plot_series"]

METRIC_LABELS = {
    "events": "canonical events",
    "mentions": "mentions",
    "conflict": "conflict (−Σ negative Goldstein)",
    "goldstein_sum": "Goldstein sum",
    "share": "share of all events",
}


def plot_series(
    series: pd.DataFrame,
    path: str | Path,
    *,
    metric: str = "conflict",
    title: str = "",
    alerts: pd.DataFrame | None = None,
    freq: str = "day",
) -> Path:
    """Draw ``series[metric]`` per period as bars, mark alert days, write a PNG; returns its path."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise ConfigError("plotting needs matplotlib: pip install 'newsevents[corpus]'") from exc
    if metric not in series.columns:
        raise ValueError(f"metric must be one of {sorted(METRIC_LABELS)}")
    fig = Figure(figsize=(10, 4), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    x = pd.to_datetime(series["period"])
    width = {"day": 0.9, "week": 6.0, "month": 25.0}.get(freq, 0.9)
    ax.bar(x, series[metric].fillna(0), width=width, align="center" if freq == "day" else "edge",  # a week spans its bar
           color="#4a6fa5", label=METRIC_LABELS.get(metric, metric))
    if alerts is not None and len(alerts):
        when = pd.to_datetime(alerts["date"])
        if freq == "week":
            when = when - pd.to_timedelta(when.dt.weekday, unit="D")
        elif freq == "month":
            when = when.dt.to_period("M").dt.to_timestamp()
        top = float(series[metric].max() or 1.0)
        marks = sorted(set(when))
        if freq != "day":
            marks = [m + pd.Timedelta(days=width / 2) for m in marks]
        ax.scatter(marks, [top * 1.08] * len(marks), marker="v", color="#c0392b", s=60, zorder=3,
                   label=f"alerts ({', '.join(sorted(set(alerts['method'])))})")
        ax.set_ylim(0, top * 1.2)
    ax.set_title(title)
    ax.set_ylabel(METRIC_LABELS.get(metric, metric))
    ax.legend(loc="upper left")
    fig.autofmt_xdate()
    fig.tight_layout()
    out = Path(path)
    fig.savefig(out, format="png")
    return out
