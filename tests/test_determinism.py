"""Same input and model version → byte-identical JSONL and the same ids, across processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED

ROOT = Path(__file__).resolve().parents[1]


def _code(path: Path) -> bytes:
    out = subprocess.run(
        [sys.executable, "-m", "newsevents.cli", "code", str(path)], capture_output=True, check=True, timeout=600
    )
    return out.stdout


def test_byte_identical_output_across_runs() -> None:
    if not SEED.exists():
        pytest.skip("../shared/seeds is not present")
    sample = ROOT / "src" / "newsevents" / "samples" / "015_2020-01-08_missiles-ain-al-asad-erbil.txt"
    for path in (SEED, sample):
        first, second = _code(path), _code(path)
        assert first == second
        assert first.count(b"\n") == 1
