"""atheris fuzz target: quote detection and date resolution never raise and stay in bounds.

    python fuzz/fuzz_quotes.py -max_total_time=60
"""

from __future__ import annotations

import sys
from datetime import date

import atheris

with atheris.instrument_imports():
    from newsevents.extract.quotes import quote_spans
    from newsevents.resolve.dates import resolve_time


def test_one(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    text = fdp.ConsumeUnicodeNoSurrogates(2000)
    for start, end in quote_spans(text):
        assert 0 <= start <= end <= len(text)
    resolve_time(text[:60], date(2020, 1, 4))


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()
