"""The corpus: coded articles turned into a dataset analysts can trust and query.

``refresh(store)`` links near-duplicate articles and groups mentions into canonical events;
``Corpus`` (``newsevents.open(path)``) answers queries with pandas DataFrames; ``queries``,
``alerts`` and ``exports`` are the functions the CLI and the HTTP API share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsevents.corpus.update import refresh

if TYPE_CHECKING:
    from newsevents.corpus.api import Corpus, open_corpus

__all__ = ["Corpus", "open_corpus", "refresh"]


def __getattr__(name: str) -> Any:
    # Corpus needs pandas (the ``corpus`` extra); importing it lazily keeps refresh usable without it.
    if name in {"Corpus", "open_corpus"}:
        from newsevents.corpus import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
