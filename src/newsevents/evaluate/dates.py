"""Score date resolution on TempEval-3 (TimeBank + AQUAINT, TimeML) against each document's creation time.

Every gold DATE TIMEX3 whose value is a full day is resolved from its own gold text with
:func:`newsevents.resolve.dates.resolve_time`, anchored on the DCT (the dateline date a wire
pipeline has), so the score isolates resolution from detection. Tense comes from the parsed
sentence (:func:`newsevents.extract.times.refers_to_future`), as in the pipeline. dateparser
alone runs on the same records so the report shows what the rules add. A second, end-to-end
number runs :func:`newsevents.extract.times.extract_times` on the whole text and checks that the
gold span was found and dated right.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from newsevents.errors import InputError
from newsevents.evaluate.report import EvalReport
from newsevents.extract.times import TimeMention, extract_times, refers_to_future
from newsevents.resolve.dates import HOLIDAYS, MONTHS, WEEKDAYS, Resolution, resolve_time

__all__ = ["GoldTimex", "TimeMLDoc", "classify", "evaluate", "read_timeml"]

_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_YEAR = r"(?:1[6-9]|20)\d{2}"
# HOLIDAYS keys drop apostrophes: "new years day" also matches "New Year's Day"
_HOLIDAY = "|".join(sorted((r"\s+".join(re.sub(r"s$", "'?s'?", w) for w in h.split()) for h in HOLIDAYS),
                           key=len, reverse=True))
# A full calendar date that carries its own year: nothing to resolve but the reading itself.
_EXPLICIT = re.compile(
    rf"\b(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\.?,?\s+{_YEAR}"
    rf"|{_YEAR}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}/\d{{1,2}}/{_YEAR})\b",
    re.IGNORECASE,
)
# Relative = needs the DCT and nothing else: deictic words, weekday names, month-day without a
# year, day-of-month ordinals, offsets from now ("two days ago", "last Friday", "the day before"),
# yearless named days ("Thanksgiving Day") and period edges ("year-end").
_RELATIVE = re.compile(
    rf"\b(?:today|tonight|yesterday|tomorrow|now|{_WEEKDAY}"
    rf"|(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})"
    r"|the\s+\d{1,2}(?:st|nd|rd|th)|ago|earlier|later|before|after|previous|next|last|this|coming|past|following"
    rf"|{_HOLIDAY}"
    r"|year-end|month-end|end of (?:the )?(?:week|month|year)|weekend)\b",
    re.IGNORECASE,
)
# Discourse anaphora ("that day", "the same day") point at a time in the story, not at the DCT.
_ANAPHORIC = re.compile(r"\b(?:that|same|then)\b", re.IGNORECASE)


def classify(text: str) -> str:
    """``explicit`` (carries its year), ``relative`` (resolvable from the DCT) or ``anaphoric`` (needs the story).

    Anaphoric covers what the DCT alone cannot settle: "then", "that day", "the day", "the
    third day", bare numbers and bare years annotated with a day value.
    """
    if _EXPLICIT.search(text):
        return "explicit"
    if _ANAPHORIC.search(text):
        return "anaphoric"
    if _RELATIVE.search(text):
        return "relative"
    return "anaphoric"


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One gold TIMEX3 of the document text, with its character offsets into :attr:`TimeMLDoc.text`."""

    tid: str
    kind: str  # TIMEX3 type: DATE | TIME | DURATION | SET
    value: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TimeMLDoc:
    """A TimeML document: its id, sub-corpus, creation date, plain text and gold time expressions."""

    doc_id: str
    corpus: str
    dct: date | None
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)


def _flatten(elem: ET.Element, parts: list[str], timexes: list[GoldTimex], offset: int) -> int:
    """Append ``elem``'s text to ``parts`` (markup dropped), recording TIMEX3 offsets; returns the new offset."""
    start = offset
    if elem.text:
        parts.append(elem.text)
        offset += len(elem.text)
    for child in elem:
        offset = _flatten(child, parts, timexes, offset)
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    if elem.tag == "TIMEX3":  # text is cut from the joined document afterwards
        timexes.append(GoldTimex(elem.get("tid", ""), elem.get("type", ""), elem.get("value", ""), "", start, offset))
    return offset


def read_timeml(path: Path) -> TimeMLDoc:
    """Parse one ``.tml`` file; raises :class:`InputError` when it is not TimeML."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise InputError(f"{path} is not readable TimeML ({exc}); check the file or leave it out") from exc
    dct_el = root.find("DCT/TIMEX3")
    dct: date | None = None
    if dct_el is not None:
        try:
            dct = date.fromisoformat(dct_el.get("value", "")[:10])
        except ValueError:
            dct = None
    text_el = root.find("TEXT")
    if text_el is None:
        raise InputError(f"{path} has no <TEXT> element; is it a TimeML file?")
    parts: list[str] = []
    spans: list[GoldTimex] = []
    _flatten(text_el, parts, spans, 0)
    text = "".join(parts)
    timexes = [GoldTimex(t.tid, t.kind, t.value, text[t.start : t.end], t.start, t.end) for t in spans]
    doc_id_el = root.find("DOCID")
    doc_id = (doc_id_el.text or "").strip() if doc_id_el is not None else ""
    return TimeMLDoc(doc_id=doc_id or path.stem, corpus=path.parent.name, dct=dct, text=text, timexes=timexes)


def _files(data: Path) -> list[Path]:
    if data.is_file():
        return [data]
    files = sorted(data.rglob("*.tml"), key=lambda p: (str(p.parent), p.name))
    if not files:
        raise InputError(f"no .tml files under {data}; point --data at the TempEval-3 TBAQ folder")
    return files


def _dateparser_alone(text: str, anchor: date) -> date | None:
    """The baseline: dateparser with the DCT as base, preferring the past, no rules of ours."""
    try:
        import dateparser

        base = datetime(anchor.year, anchor.month, anchor.day, 12, 0)
        parsed = dateparser.parse(
            text, languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        )
    except Exception:  # dateparser raises on odd strings; that is a miss for the baseline
        return None
    return parsed.date() if parsed is not None else None


def _is_day(res: Resolution, gold: date) -> bool:
    return res.date == gold and res.precision == "day"


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0


def _context(text: str, start: int, end: int, width: int = 70) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return re.sub(r"\s+", " ", f"{left}[{text[start:end]}]{right}").strip()


def _mention_for(mentions: list[TimeMention], start: int, end: int) -> TimeMention | None:
    hits = [m for m in mentions if m.ref.start < end and start < m.ref.end]
    return hits[0] if hits else None


def _docs(files: list[Path]) -> Iterator[TimeMLDoc | InputError]:
    for path in files:
        try:
            yield read_timeml(path)
        except InputError as exc:
            yield exc


def evaluate(
    data: Path,
    *,
    limit: int | None = None,
    model: str | None = None,
    dictionaries: Sequence[str] = (),
    no_default_dictionaries: bool = False,
) -> EvalReport:
    """Day-level accuracy of relative and explicit DATE expressions on TempEval-3, ours vs dateparser alone.

    ``dictionaries`` and ``no_default_dictionaries`` are accepted for the shared CLI signature;
    date resolution uses no actor dictionaries.
    """
    del dictionaries, no_default_dictionaries
    from newsevents.nlp import load_model

    nlp = load_model(model)
    files = _files(Path(data))
    if limit is not None:
        files = files[: max(0, limit)]

    counts: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    by_rule_ok: Counter[str] = Counter()
    by_corpus: Counter[str] = Counter()
    by_corpus_ok: Counter[str] = Counter()
    records: list[dict[str, Any]] = []
    examples: list[dict[str, Any]] = []

    for item in _docs(files):
        if isinstance(item, InputError):
            counts["unreadable_files"] += 1
            continue
        counts["documents"] += 1
        if item.dct is None:
            counts["documents_without_dct"] += 1
            continue
        anchor = item.dct
        doc = nlp(item.text)
        mentions = extract_times(doc, anchor)
        for tx in item.timexes:
            if tx.kind != "DATE":
                continue
            counts["gold_date_timex"] += 1
            span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
            future = refers_to_future(span) if span is not None else False
            res = resolve_time(tx.text, anchor, future=future)
            if res.date is not None:
                counts["gold_date_resolved"] += 1
            if not _DAY_VALUE.fullmatch(tx.value):
                continue
            try:
                gold = date.fromisoformat(tx.value)
            except ValueError:
                continue
            cls = classify(tx.text)
            ok = _is_day(res, gold)
            counts[f"{cls}"] += 1
            counts[f"{cls}_correct"] += int(ok)
            counts[f"{cls}_resolved"] += int(res.date is not None)
            baseline = _dateparser_alone(tx.text, anchor) if cls != "anaphoric" else None
            base_ok = baseline == gold
            if cls != "anaphoric":
                counts[f"dateparser_{cls}_correct"] += int(base_ok)
            mention = _mention_for(mentions, tx.start, tx.end) if cls == "relative" else None
            if cls == "relative":
                by_rule[res.rule] += 1
                by_rule_ok[res.rule] += int(ok)
                by_corpus[item.corpus] += 1
                by_corpus_ok[item.corpus] += int(ok)
                if mention is not None:
                    counts["pipeline_relative_found"] += 1
                    counts["pipeline_relative_correct"] += int(
                        mention.ref.date == gold and mention.ref.precision == "day"
                    )
            record: dict[str, Any] = {
                "doc": item.doc_id,
                "corpus": item.corpus,
                "tid": tx.tid,
                "text": tx.text,
                "class": cls,
                "anchor": anchor.isoformat(),
                "gold": gold.isoformat(),
                "ours": res.date.isoformat() if res.date else None,
                "precision": res.precision,
                "rule": res.rule,
                "future": future,
                "correct": ok,
                "dateparser": baseline.isoformat() if baseline else None,
                "dateparser_correct": base_ok,
                "pipeline": mention.ref.date.isoformat() if mention is not None and mention.ref.date else None,
                "context": _context(item.text, tx.start, tx.end),
            }
            records.append(record)
            if not ok and cls != "anaphoric":
                examples.append({k: record[k] for k in ("text", "anchor", "gold", "ours", "rule", "class", "future",
                                                          "doc", "context")})

    rel, exp, ana = counts["relative"], counts["explicit"], counts["anaphoric"]
    metrics: dict[str, float] = {
        "relative_day_accuracy": _ratio(counts["relative_correct"], rel),
        "dateparser_relative_day_accuracy": _ratio(counts["dateparser_relative_correct"], rel),
        "explicit_day_accuracy": _ratio(counts["explicit_correct"], exp),
        "dateparser_explicit_day_accuracy": _ratio(counts["dateparser_explicit_correct"], exp),
        "anaphoric_day_accuracy": _ratio(counts["anaphoric_correct"], ana),
        "coverage": _ratio(counts["gold_date_resolved"], counts["gold_date_timex"]),
        "pipeline_relative_found": _ratio(counts["pipeline_relative_found"], rel),
        "pipeline_relative_day_accuracy": _ratio(counts["pipeline_relative_correct"], rel),
    }
    for corpus in sorted(by_corpus):
        metrics[f"relative_day_accuracy[{corpus}]"] = _ratio(by_corpus_ok[corpus], by_corpus[corpus])
    out_counts: dict[str, int | float] = {k: counts[k] for k in (
        "documents", "gold_date_timex", "gold_date_resolved", "relative", "relative_correct",
        "dateparser_relative_correct", "explicit", "explicit_correct", "dateparser_explicit_correct",
        "anaphoric", "anaphoric_correct", "pipeline_relative_found", "pipeline_relative_correct",
    )}
    for extra in ("unreadable_files", "documents_without_dct"):
        if counts[extra]:
            out_counts[extra] = counts[extra]
    for rule, n in by_rule.most_common():
        out_counts[f"relative n[{rule}]"] = n
        metrics[f"relative accuracy[{rule}]"] = _ratio(by_rule_ok[rule], n)
    return EvalReport(task="dates", data=str(data), metrics=metrics, counts=out_counts, examples=examples,
                      records=records)
