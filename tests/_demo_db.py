"""The demo database for the API and browser tests: built once per test session, shared read-only.

Building it codes the 38 bundled articles (about a minute), so the modules that need it share one
file; a test that writes makes its own copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.cli import main

_BUILT: dict[str, Path] = {}


def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Path of the demo database, built on first use with `newsevents demo --no-serve`."""
    if "db" not in _BUILT:
        path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
        assert main(["demo", "--db", str(path), "--no-serve"]) == 0
        _BUILT["db"] = path
    return _BUILT["db"]
