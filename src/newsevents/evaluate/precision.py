"""Score the event coder's precision on hand-written sentences: how many of our events are wrong?

The gold sets we have measure recall of what annotators coded; none says how many of the events
we report are nonsense. This set does (``tests/data/precision/*.yaml``): sentences written for
it in the style of wire news, each with the events a careful analyst would code from it, many
with none at all (sport, history, metaphors, hypotheticals, questions, negations).

A record is ``{id, text, events, maybe}``; ``events`` and ``maybe`` are ``;``-separated
``SOURCE CAMEO TARGET`` triples, or ``nothing``. Each sentence is coded as one article dated
``DATE``; only real events count (a planned, hypothetical or negated one is not reported to an
analyst as an event). Our events are reduced to distinct (source code, CAMEO, target code)
triples per sentence, and

* an event of ours is **correct** when it agrees with an expected event, **accepted** (counted
  neither way) when it agrees only with a ``maybe`` event, and **wrong** otherwise;
* an expected event is **found** when some event of ours agrees with it;
* precision = correct / (correct + wrong), recall = found / expected.

Agreement: the CAMEO code starts with the expected code or prefix; each actor agrees when
nothing it states contradicts the expected one: its country (first three letters) is the expected
one or unknown ("---"), and its first sector is the expected one or one of them is not given. So
a less specific event ("JPN 036 ---" for "JPN 036 KOR", "---CVL" for "UKR") is not counted
wrong; a wrong country or sector, or a code of the wrong family, is. ``any`` accepts every actor
or code, ``none`` only a missing actor, and ``|`` separates alternatives.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsevents.dictionaries._yaml import load_yaml
from newsevents.errors import InputError
from newsevents.evaluate.report import EvalReport, prf
from newsevents.model import Article, ArticleResult

__all__ = ["DATE", "Expected", "Record", "agrees", "evaluate", "load_records", "parse_events", "score"]

DATE = dt.date(2024, 3, 15)
NULL = "---"


@dataclass(frozen=True, slots=True)
class Expected:
    """One expected event: alternatives for the source, the CAMEO code and the target."""

    source: tuple[str, ...]
    cameo: tuple[str, ...]
    target: tuple[str, ...]

    def __str__(self) -> str:
        return " ".join("|".join(part) for part in (self.source, self.cameo, self.target))


@dataclass(frozen=True, slots=True)
class Record:
    id: str
    text: str
    events: tuple[Expected, ...]
    maybe: tuple[Expected, ...]


def parse_events(field: Any, where: str = "") -> tuple[Expected, ...]:
    """``"USA 042 CHN; CHN 043 USA"`` or ``"nothing"`` (or an empty field) → expected events."""
    text = "" if field is None else str(field).strip()
    if not text or text.lower() == "nothing":
        return ()
    out = []
    for part in text.split(";"):
        bits = part.split()
        if len(bits) != 3:
            raise InputError(f"{where}: {part.strip()!r} is not 'SOURCE CAMEO TARGET'")
        s, c, t = (tuple(b.split("|")) for b in bits)
        out.append(Expected(tuple(x.upper() if x not in {"any", "none"} else x for x in s), c,
                            tuple(x.upper() if x not in {"any", "none"} else x for x in t)))
    return tuple(out)


def load_records(data: Path) -> list[Record]:
    """Every record of a ``.yaml`` file, or of every ``.yaml`` file in a folder (in name order)."""
    files = sorted(data.glob("*.yaml")) if data.is_dir() else [data]
    if not files or not all(f.is_file() for f in files):
        raise InputError(f"{data}: no precision records (a .yaml file or a folder of them)")
    out: list[Record] = []
    for f in files:
        items = load_yaml(f.read_text(encoding="utf-8")) or []
        for k, item in enumerate(items):
            rid = str(item.get("id") or f"{f.stem}-{k + 1}")
            if "text" not in item or "events" not in item:
                raise InputError(f"{f}: record {rid} needs 'text' and 'events'")
            out.append(Record(rid, str(item["text"]), parse_events(item["events"], f"{f}:{rid}"),
                              parse_events(item.get("maybe"), f"{f}:{rid}")))
    return out


def _actor_agrees(expected: Iterable[str], code: str | None) -> bool:
    ours = (code or "").strip().upper()
    if not ours or set(ours) == {"-"}:
        ours = NULL
    country, sector = ours[:3], ours[3:6]
    for alt in expected:
        if alt == "any" or (alt == "none" and ours == NULL):
            return True
        if alt == "none":
            continue
        want_country, want_sector = alt[:3], alt[3:6]
        if country in {want_country, NULL} and (not want_sector or not sector or sector == want_sector):
            return True
    return False


def agrees(exp: Expected, triple: tuple[str | None, str, str | None]) -> bool:
    """Does our (source, CAMEO, target) agree with an expected event?"""
    s, c, t = triple
    return (any(x == "any" or c.startswith(x) for x in exp.cameo)
            and _actor_agrees(exp.source, s) and _actor_agrees(exp.target, t))


def triples(result: ArticleResult | None) -> list[tuple[str | None, str, str | None]]:
    """Distinct (source code, CAMEO, target code) of the real events, in the order they came."""
    out: list[tuple[str | None, str, str | None]] = []
    for e in result.events if result is not None else ():
        tr = (e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
        if tr not in out:
            out.append(tr)
    return out


def score(rec: Record, ours: Sequence[tuple[str | None, str, str | None]]) -> dict[str, Any]:
    """Correct, accepted and wrong events of ours; found and missed expected events."""
    correct, accepted, wrong = [], [], []
    for tr in ours:
        if any(agrees(x, tr) for x in rec.events):
            correct.append(tr)
        elif any(agrees(x, tr) for x in rec.maybe):
            accepted.append(tr)
        else:
            wrong.append(tr)
    missed = [x for x in rec.events if not any(agrees(x, tr) for tr in ours)]
    return {"correct": correct, "accepted": accepted, "wrong": wrong, "missed": missed,
            "found": len(rec.events) - len(missed)}


def _show(tr: tuple[str | None, str, str | None]) -> str:
    return f"{tr[0] or NULL} {tr[1]} {tr[2] or NULL}"


def evaluate(
    data: Path,
    *,
    limit: int | None = None,
    model: str | None = None,
    dictionaries: Sequence[str | Path] = (),
    no_default_dictionaries: bool = False,
    coder: Any = None,
) -> EvalReport:
    """Code every sentence; report event precision, recall, and every wrong and missed event."""
    from newsevents.evaluate.report import code_by_id, event_coder

    records = load_records(Path(data))
    if limit is not None:
        records = records[:limit]
    coder = coder or event_coder(model, dictionaries, no_default_dictionaries)
    articles = [Article(id=f"{k}:{r.id}", date=DATE, outlet=None, dateline=None, text=r.text)
                for k, r in enumerate(records)]
    by_id = code_by_id(coder, articles)
    report = EvalReport(task="precision", data=str(data))
    totals: Counter[str] = Counter()
    per_area: dict[str, Counter[str]] = {}
    wrong_rows, missed_rows = [], []
    for k, rec in enumerate(records):
        res = by_id.get(f"{k}:{rec.id}")
        totals["records_with_errors"] += bool(res is not None and res.failed)
        ours = triples(res)
        sc = score(rec, ours)
        area = per_area.setdefault(rec.id.split("-")[0], Counter())
        for c in (totals, area):
            c["correct"] += len(sc["correct"])
            c["wrong"] += len(sc["wrong"])
        totals["accepted"] += len(sc["accepted"])
        totals["expected"] += len(rec.events)
        totals["found"] += sc["found"]
        totals["quiet_sentences"] += not rec.events
        totals["quiet_sentences_with_events"] += bool(not rec.events and sc["wrong"])
        how = {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None):
               (e.evidence.trigger.text if e.evidence.trigger else None, e.evidence.rule)
               for e in (res.events if res is not None else ())}
        for tr in sc["wrong"]:
            trigger, rule = how.get(tr, (None, None))
            wrong_rows.append({"id": rec.id, "wrong": _show(tr), "trigger": trigger, "rule": rule,
                               "expected": [str(x) for x in rec.events] or "nothing", "text": rec.text})
        for x in sc["missed"]:
            missed_rows.append({"id": rec.id, "missed": str(x), "ours": [_show(t) for t in ours], "text": rec.text})
        report.records.append({"id": rec.id, "text": rec.text, "ours": [_show(t) for t in ours],
                               "expected": [str(x) for x in rec.events], "maybe": [str(x) for x in rec.maybe],
                               "wrong": [_show(t) for t in sc["wrong"]], "missed": [str(x) for x in sc["missed"]]})
    report.examples = wrong_rows + missed_rows
    report.counts = {
        "sentences": len(records),
        "sentences_expecting_nothing": totals["quiet_sentences"],
        "of_which_given_wrong_events": totals["quiet_sentences_with_events"],
        "expected_events": totals["expected"],
        "our_events": totals["correct"] + totals["wrong"] + totals["accepted"],
        "correct": totals["correct"],
        "wrong": totals["wrong"],
        "accepted_maybe": totals["accepted"],
        "records_with_errors": totals["records_with_errors"],
    }
    m = prf(totals["correct"], totals["wrong"], 0)
    report.metrics = {"precision": m["precision"],
                      "recall": round(totals["found"] / totals["expected"], 4) if totals["expected"] else 0.0}
    for name, c in sorted(per_area.items()):
        if c["correct"] + c["wrong"]:
            report.metrics[f"precision {name} ({c['correct'] + c['wrong']} events)"] = prf(c["correct"], c["wrong"], 0)["precision"]
    return report
