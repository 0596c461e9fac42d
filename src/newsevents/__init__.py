"""newsevents: read news stories, write trustworthy political event data (CAMEO, PLOVER)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.model import ArticleResult

if TYPE_CHECKING:
    from newsevents.corpus.api import Corpus

__version__ = "0.1.0"

__all__ = ["ArticleResult", "__version__", "open"]


def open(path: str | Path, *, read_only: bool = True) -> Corpus:
    """Open a corpus database whose methods return pandas DataFrames (needs the ``corpus`` extra).

    ``newsevents.open("news.duckdb").dyad_series("USA", "IRN", freq="week")``; pass
    ``read_only=False`` to :meth:`~newsevents.corpus.api.Corpus.refresh` it.
    """
    from newsevents.corpus.api import open_corpus

    return open_corpus(path, read_only=read_only)
