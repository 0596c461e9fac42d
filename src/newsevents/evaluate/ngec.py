"""Score the coder on NGEC's synthetic stories: is the story's PLOVER label among its events?

The data (``gpt_synthetic_events_*.csv.zip`` of ahalterman/NGEC, read in place: a zip holding
one CSV with ``text``, ``prompt``, ``label``, ``mode``) are machine-written stories generated
from a headline prompt; the label is the PLOVER event type the prompt asked for, so it is a
document label and a noisy one. We code each story's text as one article and count a hit when
an event (a real one, never an unrealised one) has the labelled PLOVER type. The headline in
the prompt is also coded, separately, and reported as a second figure.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from newsevents.evaluate.report import EvalReport
from newsevents.model import Article, ArticleResult

__all__ = ["evaluate", "read_stories"]


def read_stories(path: Path) -> Iterator[dict[str, str]]:
    """Rows of the CSV inside the zip (or of a plain CSV), as dicts."""
    csv.field_size_limit(1 << 24)
    if path.is_dir():
        found = sorted(path.glob("gpt_synthetic_events*.csv*"))
        if not found:
            raise FileNotFoundError(f"{path}: no gpt_synthetic_events*.csv(.zip) in this folder")
        path = found[0]
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as z:
            name = next(n for n in z.namelist() if n.endswith(".csv"))
            with z.open(name) as raw:
                yield from csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"))
        return
    with path.open(encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def _types(result: ArticleResult | None) -> set[str]:
    if result is None:
        return set()
    return {e.plover.type for e in result.events if e.plover is not None and e.plover.type != "NONE"}


def _headline(prompt: str) -> str:
    return prompt.strip().split("\n", 1)[0].strip()


def sentence_case(headline: str, names: set[str]) -> str:
    """"Singapore Expels Dozens of Diplomats" → "Singapore expels dozens of diplomats".

    Title case hides verbs from the tagger. Words of dictionary names stay capitalised; the
    length of the text does not change, so offsets still point into the headline.
    """
    words = headline.split(" ")
    out = []
    for k, w in enumerate(words):
        core = w.strip("\"'“”‘’,.:;!?()")
        if k and core[:1].isupper() and core[1:].islower() and core not in names:
            w = w.replace(core, core.lower(), 1)
        out.append(w)
    return " ".join(out)


def evaluate(
    data: Path,
    *,
    limit: int | None = None,
    model: str | None = None,
    dictionaries: Sequence[str | Path] = (),
    no_default_dictionaries: bool = False,
    coder: Any = None,
) -> EvalReport:
    """Code every story and count how often its labelled PLOVER type is among its events."""
    from newsevents.evaluate.report import code_by_id, event_coder

    rows = []
    for k, row in enumerate(read_stories(Path(data))):
        if limit is not None and k >= limit:
            break
        rows.append(row)
    coder = coder or event_coder(model, dictionaries, no_default_dictionaries)
    names = {w for s in coder.dictionaries.surfaces for w in s.text.split() if w[:1].isupper()}
    stories = [Article(id=f"s{k}", date=None, outlet=None, dateline=None, text=r.get("text", "")) for k, r in enumerate(rows)]
    heads = [Article(id=f"h{k}", date=None, outlet=None, dateline=None,
                     text=sentence_case(_headline(r.get("prompt", "")), names)) for k, r in enumerate(rows)]
    results = code_by_id(coder, (a for a in stories + heads if a.text))
    report = EvalReport(task="ngec", data=str(data))
    per_label: dict[str, Counter[str]] = {}
    coded_types: Counter[str] = Counter()
    hits = hits_with_head = with_events = crashed = 0
    for k, row in enumerate(rows):
        label = row.get("label", "").strip().upper()
        story, head = results.get(f"s{k}"), results.get(f"h{k}")
        crashed += bool(story is not None and story.failed)
        types = _types(story)
        both = types | _types(head)
        hit, hit_h = label in types, label in both
        hits += hit
        hits_with_head += hit_h
        with_events += bool(types)
        coded_types.update(types)
        c = per_label.setdefault(label, Counter())
        c["n"] += 1
        c["hit"] += hit
        c["hit_with_headline"] += hit_h
        report.records.append({"row": k, "label": label, "mode": row.get("mode", ""), "hit": hit,
                               "hit_with_headline": hit_h, "types": sorted(types),
                               "headline_types": sorted(_types(head)), "headline": _headline(row.get("prompt", ""))})
        if not hit and len(report.examples) < 200:
            report.examples.append({"row": k, "label": label, "types": sorted(types),
                                    "text": row.get("text", "")[:200]})
    n = len(rows)
    report.counts = {"stories": n, "stories_with_events": with_events, "records_with_errors": crashed}
    report.metrics = {
        "label_among_events": round(hits / n, 4) if n else 0.0,
        "label_among_events_with_headline": round(hits_with_head / n, 4) if n else 0.0,
    }
    for label, c in sorted(per_label.items(), key=lambda kv: -kv[1]["n"]):
        report.metrics[f"recall {label} (n={c['n']})"] = round(c["hit"] / c["n"], 3)
    for t, cnt in coded_types.most_common():
        report.counts[f"stories coded with {t}"] = cnt
    return report
