"""Recompute everything derived from the coded articles: duplicates, canonical events, daily totals.

``Store.write`` stays cheap; this runs once after a batch (``newsevents demo``, ``code --db``,
``newsevents refresh``). It recomputes the corpus tables from scratch in one transaction, so the
result depends only on what is stored: running it twice, or after adding articles in any order,
gives the same tables as a single run over the final corpus.
"""

from __future__ import annotations

from typing import Any

import duckdb

from newsevents.corpus.aggregates import build_aggregates
from newsevents.corpus.canonical import CanonicalParams, build_canonical_events
from newsevents.corpus.dedup import MinHashParams, datasketch_available, link_near_duplicates
from newsevents.errors import StoreError
from newsevents.store import Store

__all__ = ["refresh"]


def refresh(
    store: Store,
    *,
    minhash: MinHashParams | None = None,
    canonical: CanonicalParams | None = None,
) -> dict[str, Any]:
    """(Re)compute article near-duplicates, canonical events and the daily aggregate tables.

    Args:
        store: a writable :class:`~newsevents.store.Store`.
        minhash: near-duplicate settings (default: 128 permutations, 3-word shingles, Jaccard 0.4).
        canonical: event grouping settings (default: ±1 day, places within 50 km).

    Returns:
        Counts: articles, signatures hashed, duplicate links and clusters, mentions, canonical
        events and aggregate rows.

    Raises:
        StoreError: the store is read-only or DuckDB failed.
    """
    if getattr(store, "read_only", False):
        raise StoreError(f"{store.path!r} is open read-only: open it writable to refresh the corpus tables")
    con = store.con
    try:
        con.execute("BEGIN")
        out: dict[str, Any] = {}
        out["articles"] = int(con.execute("SELECT count(*) FROM articles").fetchall()[0][0])
        out.update(link_near_duplicates(con, minhash))
        if not datasketch_available():
            out["warning"] = "near-duplicate articles not linked: install datasketch (pip install 'newsevents[corpus]')"
        out.update(build_canonical_events(con, canonical))
        out.update(build_aggregates(con))
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"refreshing the corpus tables of {store.path!r} failed: {exc}") from exc
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return out
