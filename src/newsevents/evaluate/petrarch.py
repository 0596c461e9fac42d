"""Score the event coder on PETRARCH-style validation records (``<Sentence>`` + ``<EventCoding>``).

Only each record's sentence text and date are used: we parse with our own pipeline, never with
the record's ``<Parse>``. Scores are strict (full source, target and event codes) and lenient
(the country part of both actors — their first three letters — and the CAMEO root), with
precision/recall/F1 over event triples, exact-record accuracy and the most frequent confusions.

PETRARCH has no modality: it codes "X will meet Y" as a meeting. We keep such events apart
(``unrealized_events``); for a like-for-like score the events whose modality is in
``COUNTED_MODALITIES`` are counted with the real ones, and the report says how many were.
The records' ``<Config option="require_dyad">`` switches are honoured (PETRARCH then drops
events that lack a source or a target); where a file sets none, PETRARCH's default (true)
applies unless the file's own gold codes one-sided events. Records are left out, with the reason in the report,
when their gold is not CAMEO (test codes such as ``903``, actors written as text) or is about
PETRARCH's input format (a bad Treebank parse or dateline) rather than coding.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from newsevents.evaluate.report import EvalReport, code_by_id, event_coder, prf
from newsevents.model import Article, ArticleResult, Event
from newsevents.ontology import cameo_codes

__all__ = ["COUNTED_MODALITIES", "Record", "evaluate", "read_records", "score_record", "triples"]

COUNTED_MODALITIES = frozenset({"future", "planned"})
NULL = "---"
# errors that say "PETRARCH could not read its own input": nothing a coder of text can be scored on
INPUT_ERRORS = frozenset({"dateline", "bad_input_parse"})

_ATTR = re.compile(r'(\w+)\s*=\s*(["\'])(.*?)\2', re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"<(Sentence|Config)\b([^>]*)>|</Sentence>", re.S)


@dataclass
class Record:
    """One validation sentence and its gold codings."""

    id: str
    category: str
    date: date | None
    text: str
    gold: list[tuple[str, str, str]] = field(default_factory=list)
    noevents: bool = False
    error: str | None = None
    options: dict[str, str] = field(default_factory=dict)
    evaluate: bool = True


def _attrs(text: str) -> dict[str, str]:
    return {m.group(1).lower(): html.unescape(m.group(3)) for m in _ATTR.finditer(text)}


def _date(text: str | None) -> date | None:
    """``yyyymmdd`` or ``yymmdd`` (two-digit years 30–99 are 19xx)."""
    t = (text or "").strip()
    if len(t) == 6 and t.isdigit():
        yy = int(t[:2])
        t = f"{1900 + yy if yy >= 30 else 2000 + yy}{t[2:]}"
    try:
        return date(int(t[:4]), int(t[4:6]), int(t[6:8])) if len(t) == 8 and t.isdigit() else None
    except ValueError:
        return None


def read_records(path: Path) -> list[Record]:
    """Every ``<Sentence>`` of a validation file, with the ``<Config>`` options in force for it.

    Tolerant of both layouts in use: PETRARCH's (codings inside ``<Sentence>…</Sentence>``) and
    UniversalPetrarch's (a self-closed ``<Sentence/>`` followed by its codings).
    """
    text = _COMMENT.sub("", path.read_text(encoding="utf-8", errors="replace"))
    options: dict[str, str] = {}
    records: list[Record] = []
    tags = list(_TAG.finditer(text))
    for k, m in enumerate(tags):
        if m.group(1) == "Config":
            a = _attrs(m.group(2))
            if "option" in a:
                options[a["option"].lower()] = a.get("value", "").strip().lower()
            continue
        if m.group(1) != "Sentence":
            continue
        a = _attrs(m.group(2))
        end = next((t.start() for t in tags[k + 1 :] if t.group(0).startswith("</Sentence") or t.group(1)), len(text))
        body = text[m.end() : end]
        body = re.sub(r"<Parse>.*?</Parse>", "", body, flags=re.S)
        sentence = re.search(r"<Text>(.*?)</Text>", body, re.S)
        rec = Record(
            id=a.get("id", f"record-{len(records) + 1}"),
            category=a.get("category", ""),
            date=_date(a.get("date")),
            text=" ".join(html.unescape(sentence.group(1)).split()) if sentence else "",
            options=dict(options),
            evaluate=a.get("evaluate", "true").lower() != "false",
        )
        for coding in re.finditer(r"<EventCoding\b([^>]*)>", body):
            c = _attrs(coding.group(1))
            if c.get("noevents", "").lower() == "true":
                rec.noevents = True
            elif "error" in c:
                rec.error = c["error"].strip().lower()
            elif "eventcode" in c:
                rec.gold.append((c.get("sourcecode", "").strip(), c.get("targetcode", "").strip(),
                                 c["eventcode"].strip()))
        records.append(rec)
    return records


def _default_require_dyad(records: list[Record]) -> str:
    """PETRARCH's ``require_dyad`` default (true) for records that set no option, unless the
    file's own gold codes one-sided events there (UniversalPetrarch's records do)."""
    one_sided = any(NULL in {_actor(s), _actor(t)} for r in records if "require_dyad" not in r.options
                    for s, t, _ in r.gold)
    return "false" if one_sided else "true"


def left_out(rec: Record) -> str | None:
    """Why a record is not scored, or None."""
    if not rec.evaluate:
        return "marked evaluate=false in the file"
    if not rec.text:
        return "no sentence text"
    if rec.error in INPUT_ERRORS:
        return f"gold is PETRARCH's input-format error ({rec.error})"
    codes = cameo_codes()
    for s, t, c in rec.gold:
        if c not in codes:
            return f"gold event code {c} is not a CAMEO code"
        if '"' in s + t or " " in s + t:
            return "gold actor is a text phrase (PETRARCH's new_actor_length option)"
    return None


def _actor(code: str | None) -> str:
    code = (code or "").strip().upper()
    return code if code and set(code) != {"-"} else NULL


def counted_events(result: ArticleResult) -> list[Event]:
    """Real events, plus unrealised ones PETRARCH would code (``COUNTED_MODALITIES``).

    "X will supply arms" is both our intent (0332) and the future supply (072); PETRARCH codes
    the supply alone, so an expressed intent whose content is counted is not counted again —
    whether the intent rule or a "verb >infinitive" pattern ("agree >lift": 0354 beside the
    planned lifting, 085) stated it.
    """
    extra = [e for e in result.unrealized_events if e.modality in COUNTED_MODALITIES and not e.negated]
    content = {(e.evidence.sentence, e.source.code if e.source else None) for e in extra}
    real = [e for e in result.events if not (_stated_intent(e)
                                             and (e.evidence.sentence, e.source.code if e.source else None) in content)]
    return [*real, *extra]


def _stated_intent(e: Event) -> bool:
    """An intent (03x) stated by the intent rule or by a pattern of a verb with its to-infinitive."""
    rule = e.evidence.rule
    return rule == "rule:expressed-intent" or (e.cameo[:2] == "03" and rule.startswith("pattern:") and " >" in rule)


def triples(events: Iterable[Event], *, require_dyad: bool = False) -> list[tuple[str, str, str]]:
    """(source, target, CAMEO) of each event; without a dyad dropped when PETRARCH would drop it."""
    out = []
    for e in events:
        s, t = _actor(e.source.code if e.source else None), _actor(e.target.code if e.target else None)
        if require_dyad and NULL in {s, t}:
            continue
        out.append((s, t, e.cameo))
    return sorted(set(out))


def _lenient(t: tuple[str, str, str]) -> tuple[str, str, str]:
    return (_actor(t[0])[:3], _actor(t[1])[:3], t[2][:2])


def _overlap(gold: list[tuple[str, str, str]], ours: list[tuple[str, str, str]]) -> int:
    return sum((Counter(gold) & Counter(ours)).values())


def score_record(gold: list[tuple[str, str, str]], ours: list[tuple[str, str, str]]) -> dict[str, int]:
    """True positives, false positives and false negatives, strict and lenient."""
    g = sorted({(_actor(s), _actor(t), c) for s, t, c in gold})
    o = sorted(set(ours))
    gl, ol = sorted({_lenient(x) for x in g}), sorted({_lenient(x) for x in o})
    tp, tpl = _overlap(g, o), _overlap(gl, ol)
    return {"tp": tp, "fp": len(o) - tp, "fn": len(g) - tp, "tp_l": tpl, "fp_l": len(ol) - tpl, "fn_l": len(gl) - tpl}


def _confusions(gold: list[tuple[str, str, str]], ours: list[tuple[str, str, str]]) -> list[str]:
    """What went wrong, in words a reader can count: code confusions, wrong actors, misses."""
    g = [x for x in {_lenient(y) for y in gold} if x not in {_lenient(y) for y in ours}]
    o = [x for x in {_lenient(y) for y in ours} if x not in {_lenient(y) for y in gold}]
    out = []
    for x in list(g):
        same_dyad = next((y for y in o if y[:2] == x[:2]), None)
        same_code = next((y for y in o if y[2] == x[2]), None)
        if same_dyad is not None:
            out.append(f"code {x[2]} coded as {same_dyad[2]}")
            o.remove(same_dyad)
        elif same_code is not None:
            out.append(f"actors {x[0]}->{x[1]} coded as {same_code[0]}->{same_code[1]}")
            o.remove(same_code)
        else:
            out.append(f"missed {x[2]}")
        g.remove(x)
    out += [f"spurious {y[2]}" for y in o]
    return out


def evaluate(
    data: Path,
    *,
    limit: int | None = None,
    model: str | None = None,
    dictionaries: Sequence[str | Path] = (),
    no_default_dictionaries: bool = False,
    coder: Any = None,
) -> EvalReport:
    """Code every record's sentence and compare with its gold codings."""
    records = read_records(Path(data))
    default_dyad = _default_require_dyad(records)
    if limit is not None:
        records = records[:limit]
    coder = coder or event_coder(model, dictionaries, no_default_dictionaries)
    # ids repeat in some files: results are keyed by position
    articles = [Article(id=f"{k}:{r.id}", date=r.date, outlet=None, dateline=None, text=r.text)
                for k, r in enumerate(records)]
    by_id = code_by_id(coder, (a for a in articles if a.text))
    report = EvalReport(task="petrarch", data=str(data))
    totals = Counter[str]()
    reasons = Counter[str]()
    confusions = Counter[str]()
    exact = exact_l = scored = counted_extra = crashed = 0
    for k, rec in enumerate(records):
        reason = left_out(rec)
        res = by_id.get(f"{k}:{rec.id}")
        if res is not None and res.failed:
            crashed += 1
        events = counted_events(res) if res is not None else []
        counted_extra += sum(1 for e in events if e.modality != "asserted")
        ours = triples(events, require_dyad=rec.options.get("require_dyad", default_dyad) == "true")
        row: dict[str, Any] = {
            "id": rec.id, "category": rec.category, "date": rec.date, "text": rec.text,
            "gold": [list(g) for g in rec.gold], "ours": [list(o) for o in ours],
            "events": [{"cameo": e.cameo, "source": e.source.code if e.source else None,
                        "target": e.target.code if e.target else None, "modality": e.modality,
                        "trigger": e.evidence.trigger.text if e.evidence.trigger else None, "rule": e.evidence.rule}
                       for e in events],
            "left_out": reason,
        }
        report.records.append(row)
        if reason is not None:
            reasons[reason.split(" (")[0] if "code" not in reason else "gold event code is not CAMEO"] += 1
            continue
        scored += 1
        sc = score_record(rec.gold, ours)
        totals.update(sc)
        row.update(sc)
        gold_set = {(_actor(s), _actor(t), c) for s, t, c in rec.gold}
        exact += gold_set == set(ours)
        exact_l += {_lenient(x) for x in gold_set} == {_lenient(x) for x in ours}
        mistakes = _confusions(rec.gold, ours)
        confusions.update(mistakes)
        if mistakes:
            report.examples.append({"id": rec.id, "text": rec.text[:160], "gold": sorted(gold_set), "ours": ours,
                                    "why": mistakes})
    strict = prf(totals["tp"], totals["fp"], totals["fn"])
    lenient = prf(totals["tp_l"], totals["fp_l"], totals["fn_l"])
    report.counts = {
        "records": len(records),
        "scored": scored,
        "left_out": len(records) - scored,
        **{f"left_out: {k}": v for k, v in sorted(reasons.items())},
        "gold_events": totals["tp"] + totals["fn"],
        "our_events": totals["tp"] + totals["fp"],
        "counted_unrealized": counted_extra,
        "records_with_errors": crashed,
    }
    report.metrics = {
        **{f"strict_{k}": v for k, v in strict.items()},
        **{f"lenient_{k}": v for k, v in lenient.items()},
        "exact_record_accuracy": round(exact / scored, 4) if scored else 0.0,
        "lenient_exact_record_accuracy": round(exact_l / scored, 4) if scored else 0.0,
    }
    for k, (what, n) in enumerate(confusions.most_common(12)):
        report.metrics[f"confusion {k + 1:>2}: {what}"] = n
    return report
