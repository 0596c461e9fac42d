"""Issue #8: schemathesis against the app's own OpenAPI document finds no server error.

Every operation, valid and invalid requests, in-process over a copy of the demo database (POST
/api/code?store=true writes). Checks: no 5xx, responses match their documented schema, status
code and content type, and every 4xx has the one JSON error shape. The example count is small
and derandomized so CI is quick and repeatable; benchmarks/api_fuzz.py runs long and random.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra (fastapi) is not installed")
pytest.importorskip("schemathesis", reason="schemathesis (dev extra) is not installed")

from newsevents.api.app import create_app
from newsevents.pipeline import Coder
from newsevents.store import integrity_check
from tests._demo_db import demo_db
from tests._schemathesis import run

pytestmark = [pytest.mark.issue(8), pytest.mark.slow]

EXAMPLES = 12  # per operation and mode: ~400 requests


def test_schemathesis_finds_no_server_error(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path,
                                            coder: Coder) -> None:
    db = tmp_path / "api.duckdb"
    shutil.copy(demo_db(tmp_path_factory), db)
    exports = tmp_path / "exports"
    exports.mkdir()
    (exports / "iraq-2020.csv").write_text("id\n1\n", encoding="utf-8")
    app = create_app(db, coder=coder, exports_dir=exports)
    report = run(app, examples=EXAMPLES, code_examples=4)
    print(report.summary())
    spec_ops = {f"{m.upper()} {p}" for p, ops in app.openapi()["paths"].items() for m in ops}
    assert set(report.operations) == spec_ops and len(spec_ops) >= 16
    assert all(report.per_operation[op] > 0 for op in spec_ops), report.per_operation
    assert report.statuses[200] > 0 and report.statuses[422] > 0  # valid and invalid requests both sent
    assert not report.server_errors, "\n".join(report.server_errors[:20])
    assert not report.failures, "\n".join(report.failures[:20])
    assert integrity_check(db) == []
