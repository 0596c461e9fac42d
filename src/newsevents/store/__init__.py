"""DuckDB storage of coded articles."""

from newsevents.store.duckdb_store import MIGRATIONS, Store

__all__ = ["MIGRATIONS", "Store"]
