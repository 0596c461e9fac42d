"""DuckDB storage of coded articles."""

from newsevents.store.duckdb_store import MIGRATIONS, Store, integrity_check

__all__ = ["MIGRATIONS", "Store", "integrity_check"]
