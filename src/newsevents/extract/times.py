"""Time expressions in a Doc, resolved against the article date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from newsevents.model import TimeRef
from newsevents.resolve.dates import WEEKDAYS, resolve_time

__all__ = ["TimeMention", "extract_times"]

_EXTRA = re.compile(
    r"\b(?:(?:early|late)\s+)?(?:yesterday|today|tonight|tomorrow|last night|overnight)\b|\b(?:on\s+)?(?:"
    + "|".join(sorted((w for w in WEEKDAYS if len(w) > 3), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_FUTURE_AUX = {"will", "shall", "'ll"}


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A resolved time expression and the tokens it covers (for attaching it to events)."""

    ref: TimeRef
    token_start: int
    token_end: int


def _future(doc: Doc, start: int) -> bool:
    head = doc[start].head
    for _ in range(3):
        if any(c.lower_ in _FUTURE_AUX for c in head.children if c.dep_ == "aux"):
            return True
        if head.head is head:
            break
        head = head.head
    return False


def extract_times(doc: Doc, anchor: date | None) -> list[TimeMention]:
    """DATE/TIME entities plus relative words the tagger missed; durations are left out."""
    spans: list[tuple[int, int]] = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in {"DATE", "TIME"}]
    for m in _EXTRA.finditer(doc.text):
        if not any(s <= m.start() < e for s, e in spans):
            spans.append((m.start(), m.end()))
    out: list[TimeMention] = []
    for start, end in sorted(spans):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        text = doc.text[start:end]
        if text.lower().startswith("on "):
            start += 3
            text = text[3:]
        res = resolve_time(text, anchor, future=_future(doc, span.start))
        if res.date is None:
            continue
        ref = TimeRef(text=text, start=start, end=end, date=res.date, precision=res.precision, anchor=anchor,
                      rule=f"dates:{res.rule}")
        out.append(TimeMention(ref, span.start, span.end))
    return out
