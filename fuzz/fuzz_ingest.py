"""atheris fuzz target: the header parser, the readers and the language check never raise.

    python fuzz/fuzz_ingest.py -max_total_time=60
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from newsevents.ingest import parse_header, read_text_article
    from newsevents.ingest.language import detect_language
    from newsevents.ingest.readers import _decode, _items_from_text


def test_one(data: bytes) -> None:
    text, _ = _decode(data, "fuzz")
    if text is None:
        return
    parse_header(text.split("\n", 1)[0])
    detect_language(text)
    item = read_text_article(text, name="fuzz")
    assert item.article is not None or item.errors
    for kind in ("jsonl", "text"):
        for it in _items_from_text(text, "fuzz", kind, None):
            assert it.article is not None or it.errors
            if it.article is not None:
                assert isinstance(it.article.text, str)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()
