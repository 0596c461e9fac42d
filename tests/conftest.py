"""Shared fixtures. Tests use the real spaCy model and real DuckDB."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsevents.ingest import read_text_article
from newsevents.model import ArticleResult
from newsevents.pipeline import Coder

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_c876d9654fdfd46a.txt"
SHARED_SCHEMA = SHARED / "schema" / "article-result.schema.json"
SHARED_DATA = SHARED / "data"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "shared: needs ../shared (skipped when it is absent)")


@pytest.fixture(scope="session")
def coder() -> Coder:
    return Coder()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared/seeds is not present")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_result(coder: Coder, seed_text: str) -> ArticleResult:
    item = read_text_article(seed_text, name=str(SEED))
    assert item.article is not None
    return coder.code_article(item.article, item.errors)


@pytest.fixture(scope="session")
def shared_schema() -> dict[str, Any]:
    if not SHARED_SCHEMA.exists():
        pytest.skip("../shared/schema is not present")
    data: dict[str, Any] = json.loads(SHARED_SCHEMA.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.exists():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


from hypothesis import settings  # noqa: E402

settings.register_profile("newsevents", deadline=None, max_examples=100)
settings.load_profile("newsevents")
