"""Near-duplicate articles (wire copies, light rewrites) found with MinHash LSH and linked.

Two outlets running the same wire story are not two independent reports. Each article gets a
MinHash signature of its word 3-shingles (stored, so a refresh only hashes new articles);
locality-sensitive hashing proposes candidate pairs and the estimated Jaccard similarity
confirms them. Linked articles form clusters named after their earliest article, so the result
depends only on the stored articles, never on the order they arrived in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import duckdb

from newsevents.errors import ConfigError

__all__ = ["MinHashParams", "article_signature", "datasketch_available", "link_near_duplicates", "shingles"]

WORD = re.compile(r"\w+", re.UNICODE)
SCHEME = "affine32"  # datasketch >= 2 needs the scheme named when signatures are read back


@dataclass(frozen=True, slots=True)
class MinHashParams:
    """Signature and matching settings; signatures made with other settings are recomputed."""

    num_perm: int = 128
    shingle_words: int = 3
    threshold: float = 0.4  # estimated Jaccard of 3-shingles; independent reports of one event score < 0.3
    seed: int = 1

    @property
    def tag(self) -> str:
        return f"{SCHEME}/perm={self.num_perm}/words={self.shingle_words}/seed={self.seed}"


def _datasketch() -> Any:
    try:
        import datasketch
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise ConfigError("near-duplicate detection needs datasketch: pip install 'newsevents[corpus]'") from exc
    return datasketch


def datasketch_available() -> bool:
    """True when datasketch (the ``corpus`` extra) is installed."""
    import importlib.util

    return importlib.util.find_spec("datasketch") is not None


def shingles(text: str, words: int = 3) -> list[bytes]:
    """Sorted distinct lower-cased word n-grams of ``text`` (the whole text when it is shorter)."""
    tokens = [t.lower() for t in WORD.findall(text)]
    if not tokens:
        return []
    if len(tokens) <= words:
        return [" ".join(tokens).encode("utf-8")]
    grams = {" ".join(tokens[i : i + words]) for i in range(len(tokens) - words + 1)}
    return [g.encode("utf-8") for g in sorted(grams)]


def article_signature(text: str, params: MinHashParams | None = None) -> bytes | None:
    """MinHash signature of an article body as little-endian uint32 bytes; None for no words."""
    params = params or MinHashParams()
    grams = shingles(text, params.shingle_words)
    if not grams:
        return None
    ds = _datasketch()
    m = ds.MinHash(num_perm=params.num_perm, seed=params.seed, scheme=SCHEME)
    m.update_batch(grams)
    return bytes(m.hashvalues.astype("<u4").tobytes())


def _update_signatures(con: duckdb.DuckDBPyConnection, params: MinHashParams) -> int:
    """Hash articles that have no signature yet (or one made with other settings)."""
    stored = con.execute("SELECT value FROM corpus_meta WHERE key = 'minhash'").fetchall()
    if not stored or stored[0][0] != params.tag:
        con.execute("DELETE FROM article_minhash")
        con.execute("INSERT OR REPLACE INTO corpus_meta VALUES ('minhash', ?)", [params.tag])
    con.execute("DELETE FROM article_minhash WHERE article_id NOT IN (SELECT id FROM articles)")
    todo = con.execute(
        "SELECT id, text FROM articles WHERE id NOT IN (SELECT article_id FROM article_minhash) ORDER BY id"
    ).fetchall()
    rows = [(aid, params.num_perm, params.shingle_words, article_signature(text or "", params)) for aid, text in todo]
    if rows:
        con.executemany("INSERT INTO article_minhash VALUES (?, ?, ?, ?)", rows)
    return len(rows)


def link_near_duplicates(con: duckdb.DuckDBPyConnection, params: MinHashParams | None = None) -> dict[str, int]:
    """Recompute ``article_links`` and ``article_clusters`` from the stored articles.

    Returns counts: signatures hashed now, links and clusters with more than one article.
    """
    import numpy as np

    params = params or MinHashParams()
    if not datasketch_available():
        # The base install has no datasketch: every article stands alone, and the caller says so.
        con.execute("DELETE FROM article_links")
        con.execute("DELETE FROM article_clusters")
        con.execute("INSERT INTO article_clusters SELECT id, id, 1, true FROM articles ORDER BY id")
        return {"signatures_hashed": 0, "duplicate_links": 0, "duplicate_clusters": 0}
    ds = _datasketch()
    hashed = _update_signatures(con, params)
    rows = con.execute(
        "SELECT a.id, m.signature FROM articles a LEFT JOIN article_minhash m ON m.article_id = a.id "
        "ORDER BY a.date NULLS LAST, a.id"
    ).fetchall()
    order = {aid: k for k, (aid, _sig) in enumerate(rows)}
    lsh = ds.MinHashLSH(threshold=params.threshold, num_perm=params.num_perm)
    sigs: dict[str, Any] = {}
    links: list[tuple[str, str, float, str]] = []
    parent = {aid: aid for aid, _sig in rows}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for aid, sig in rows:  # oldest first: each article is compared with the ones before it
        if sig is None:
            continue
        values = np.frombuffer(sig, dtype="<u4").astype(np.uint64)
        m = ds.MinHash(seed=params.seed, hashvalues=values, scheme=SCHEME)
        for other in sorted(lsh.query(m), key=lambda k: order[k]):
            sim = float(np.mean(sigs[other] == values))
            if sim >= params.threshold:
                links.append((aid, other, round(sim, 4), "minhash-lsh"))
                ra, rb = find(aid), find(other)
                if ra != rb:  # the root is always the earliest article of the cluster
                    first, second = (ra, rb) if order[ra] < order[rb] else (rb, ra)
                    parent[second] = first
        lsh.insert(aid, m)
        sigs[aid] = values
    members: dict[str, list[str]] = {}
    for aid, _sig in rows:
        members.setdefault(find(aid), []).append(aid)
    clusters = [(aid, root, len(group), aid == root) for root, group in members.items() for aid in group]
    con.execute("DELETE FROM article_links")
    con.execute("DELETE FROM article_clusters")
    if links:
        con.executemany("INSERT INTO article_links VALUES (?, ?, ?, ?)", links)
    if clusters:
        con.executemany("INSERT INTO article_clusters VALUES (?, ?, ?, ?)", clusters)
    return {
        "signatures_hashed": hashed,
        "duplicate_links": len(links),
        "duplicate_clusters": sum(1 for g in members.values() if len(g) > 1),
    }
