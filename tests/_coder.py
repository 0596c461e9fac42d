"""Helpers shared by the event-coder tests: code a text on a fixed day and look for an event in the result."""

from __future__ import annotations

from datetime import date

from newsevents.model import ArticleResult
from newsevents.pipeline import Coder
from tests.test_events import triples

DAY = date(2021, 6, 1)


def code(coder: Coder, text: str) -> ArticleResult:
    return coder.code_text(text, day=DAY)


def events(coder: Coder, text: str, *, unrealized: bool = False) -> list[tuple[str, str, str]]:
    """The (source, target, CAMEO) triples of the text, with "" for a missing source or target."""
    return [(s or "", t or "", c) for s, t, c in triples(code(coder, text), unrealized=unrealized)]


def has(coder: Coder, text: str, source: str, cameo: str, *, unrealized: bool = False) -> bool:
    """Is there an event (real, or unrealised with ``unrealized``) whose source code starts with
    ``source`` and whose CAMEO code is ``cameo`` (a prefix when it ends with "*")?"""
    want = cameo.rstrip("*")
    return any((s or "").startswith(source) and (c.startswith(want) if cameo.endswith("*") else c == want)
               for s, _, c in triples(code(coder, text), unrealized=unrealized))
