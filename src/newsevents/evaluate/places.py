"""Score toponym resolution on GeoWebNews and LGL (and TR-News / GeoVirus, which share the formats).

The task scored is resolution given the gold mention: every gold toponym with coordinates is
resolved from its own gold text by :meth:`Gazetteer.resolve_document`, together with the other
gold toponyms of its article (they are its context), and counts as a hit when our point is within
161 km of the gold point (Accuracy@161km, Gritta et al. 2019). A naive baseline (the most
populous entry with exactly that name, no context) runs on the same toponyms so the report shows
what the context adds. Continents, seas and world regions are allowed here because the gold sets
give them coordinates; the pipeline leaves them out by default. A name the gazetteer does not know
(a street, a school) is placed at the article's focus; ``answered_by_focus`` says how often.

``outlet_accuracy_161km`` resolves every article a second time with an :class:`OutletProfile` of
the same outlet's other articles (leave-one-out): where a local paper's articles usually are.
It uses no gold data, only the articles' own first-pass readings and their site (LGL's domain).

Two end-to-end numbers find the toponyms in the text instead of taking the gold spans: ``e2e_``
with spaCy's named entities alone (GPE, LOC, FAC, NORP), a reference; ``pipeline_`` with what
``newsevents code`` itself finds (:func:`extract_toponyms`: the tagger's places, dictionary country
names and gazetteer names the tagger missed; no demonyms). Each gives detection precision/recall
against the gold toponyms with coordinates and the share of gold toponyms both found and placed
within 161 km.
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from newsevents.errors import InputError
from newsevents.evaluate.report import EvalReport, prf
from newsevents.model import Place
from newsevents.resolve.places import Gazetteer, OutletProfile, default_gazetteer, great_circle_km

__all__ = ["GeoDoc", "GoldToponym", "evaluate", "read_corpus"]

HIT_KM = 161.0
EARTH_HALF_KM = 20039.0  # the largest possible error, for AUC and for toponyms left unresolved
CORPUS_FILES = ("GWN.xml", "lgl.xml", "TR-News.xml", "GeoVirus.xml")
NER_LABELS = {"GPE", "LOC", "FAC", "NORP"}


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """A gold toponym: its text, char offsets into :attr:`GeoDoc.text` (-1 when they do not match), gold point."""

    text: str
    start: int
    end: int
    lat: float
    lon: float
    kind: str = ""  # GWN pragmatic type or GeoNames feature code


@dataclass(frozen=True, slots=True)
class GeoDoc:
    """One article of a geoparsing corpus."""

    doc_id: str
    corpus: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)
    outlet: str = ""  # the publishing site (LGL/TR-News domain, else the host of the article's link)


def _float(s: str | None) -> float | None:
    try:
        v = float(s or "")
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def _gold(text: str, name: str, start: str | None, end: str | None, lat: float, lon: float, kind: str) -> GoldToponym:
    """A gold toponym whose offsets are checked against the text (a few GWN offsets are shifted)."""
    try:
        s, e = int(start or ""), int(end or "")
    except ValueError:
        s, e = -1, -1
    if text[s:e] != name:
        found = text.find(name, max(0, s - 200)) if name else -1
        s, e = (found, found + len(name)) if found >= 0 else (-1, -1)
    return GoldToponym(name, s, e, lat, lon, kind)


def read_corpus(path: Path) -> list[GeoDoc]:
    """Articles with their gold toponyms (those with coordinates) from one corpus file of any of the four formats."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise InputError(f"{path} is not a readable geoparsing corpus ({exc}); check the file") from exc
    corpus = path.stem
    docs: list[GeoDoc] = []
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        doc_id = art.get("docid") or art.get("file") or str(n)
        tops: list[GoldToponym] = []
        for t in art.iter("toponym"):
            if t.find("gaztag") is not None:  # LGL / TR-News
                g = t.find("gaztag")
                assert g is not None
                lat, lon = _float(g.findtext("lat")), _float(g.findtext("lon"))
                name, kind = t.findtext("phrase") or "", g.findtext("fcode") or ""
            else:  # GeoWebNews
                lat, lon = _float(t.findtext("latitude")), _float(t.findtext("longitude"))
                name, kind = t.findtext("extractedName") or "", t.findtext("type") or ""
            if lat is None or lon is None or not name:
                continue
            tops.append(_gold(text, name, t.findtext("start"), t.findtext("end"), lat, lon, kind))
        for loc in art.iter("location"):  # GeoVirus
            lat, lon = _float(loc.findtext("lat")), _float(loc.findtext("lon"))
            name = loc.findtext("name") or ""
            if lat is None or lon is None or not name:
                continue
            tops.append(_gold(text, name, loc.findtext("start"), loc.findtext("end"), lat, lon, ""))
        tops.sort(key=lambda g: g.start)
        outlet = (art.findtext("domain") or "").strip()
        if not outlet:
            link = (art.findtext("link") or art.findtext("url") or art.findtext("source") or "").strip()
            outlet = urlparse(link).netloc.removeprefix("www.") if "//" in link else ""
        docs.append(GeoDoc(doc_id, corpus, text, tops, outlet))
    return docs


def _files(data: Path) -> list[Path]:
    if data.is_file():
        return [data]
    files = [data / f for f in CORPUS_FILES if (data / f).is_file()]
    if not files:
        raise InputError(f"{data} holds none of {', '.join(CORPUS_FILES)}; point --data at the corpus folder or a file")
    return files


@dataclass
class _Tally:
    """Distances of one corpus (None = no answer)."""

    ours: list[float | None] = field(default_factory=list)
    naive: list[float | None] = field(default_factory=list)
    outlet: list[float | None] = field(default_factory=list)
    focus: int = 0  # answers that are the article's focus (the gazetteer does not know the name)
    focus_hits: int = 0
    e2e_tp: int = 0
    e2e_fp: int = 0
    e2e_fn: int = 0
    e2e_hits: int = 0
    e2e_gold: int = 0
    pipe_tp: int = 0
    pipe_fp: int = 0
    pipe_fn: int = 0
    pipe_hits: int = 0

    def extend(self, other: _Tally) -> None:
        self.ours += other.ours
        self.naive += other.naive
        self.outlet += other.outlet
        self.focus += other.focus
        self.focus_hits += other.focus_hits
        self.e2e_tp += other.e2e_tp
        self.e2e_fp += other.e2e_fp
        self.e2e_fn += other.e2e_fn
        self.e2e_hits += other.e2e_hits
        self.e2e_gold += other.e2e_gold
        self.pipe_tp += other.pipe_tp
        self.pipe_fp += other.pipe_fp
        self.pipe_fn += other.pipe_fn
        self.pipe_hits += other.pipe_hits


def _metrics(prefix: str, t: _Tally, e2e: bool) -> dict[str, float]:
    n = len(t.ours) or 1
    out: dict[str, float] = {}
    for name, ds in (("", t.ours), ("naive_", t.naive), ("outlet_", t.outlet)):
        answered = [d for d in ds if d is not None]
        errs = [d if d is not None else EARTH_HALF_KM for d in ds]
        out[f"{prefix}.{name}accuracy_161km"] = round(sum(1 for d in answered if d <= HIT_KM) / n, 4)
        if name != "outlet_":
            out[f"{prefix}.{name}coverage"] = round(len(answered) / n, 4)
        if name == "":
            out[f"{prefix}.answered_by_focus"] = round(t.focus / n, 4)
            hits = sum(1 for d in answered if d <= HIT_KM)
            out[f"{prefix}.accuracy_161km_without_focus"] = round((hits - t.focus_hits) / n, 4)
            out[f"{prefix}.median_error_km"] = round(statistics.median(errs), 1) if errs else 0.0
            out[f"{prefix}.mean_error_km"] = round(statistics.fmean(errs), 1) if errs else 0.0
            # Gritta et al.'s AUC: mean of log-scaled errors, 0 = perfect, 1 = every answer at the antipode
            out[f"{prefix}.auc_log_error"] = round(
                statistics.fmean(math.log(1 + e) / math.log(1 + EARTH_HALF_KM) for e in errs) if errs else 0.0, 4)
    if e2e:
        p = prf(t.e2e_tp, t.e2e_fp, t.e2e_fn)
        out[f"{prefix}.e2e_detection_precision"] = p["precision"]
        out[f"{prefix}.e2e_detection_recall"] = p["recall"]
        out[f"{prefix}.e2e_accuracy_161km"] = round(t.e2e_hits / (t.e2e_gold or 1), 4)
        p = prf(t.pipe_tp, t.pipe_fp, t.pipe_fn)
        out[f"{prefix}.pipeline_detection_precision"] = p["precision"]
        out[f"{prefix}.pipeline_detection_recall"] = p["recall"]
        out[f"{prefix}.pipeline_accuracy_161km"] = round(t.pipe_hits / (t.e2e_gold or 1), 4)
    return out


def _dist(place: Place | None, g: GoldToponym) -> float | None:
    return None if place is None else great_circle_km(place.lat, place.lon, g.lat, g.lon)


def _place_json(p: Place | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"name": p.name, "lat": round(p.lat, 4), "lon": round(p.lon, 4), "country": p.country,
            "precision": p.precision, "rule": p.rule}


def _detected(found: list[tuple[int, int, Place]], gold: list[GoldToponym]) -> tuple[int, int, int, int]:
    """(tp, fp, fn, hits) of found (char start, end, place) against the gold toponyms with offsets."""
    tp = fn = hits = 0
    matched: set[int] = set()
    for g in gold:
        hit = [k for k, (s, e, _) in enumerate(found) if s < g.end and g.start < e]
        if not hit:
            fn += 1
            continue
        tp += 1
        matched.update(hit)
        d = _dist(found[hit[0]][2], g)
        hits += int(d is not None and d <= HIT_KM)
    return tp, len(found) - len(matched), fn, hits


def _end_to_end(doc: GeoDoc, coder: Any, gaz: Gazetteer, tally: _Tally) -> None:
    """Detection by spaCy NER alone and by the pipeline's own recognizer, then resolution of what each found."""
    from newsevents.extract.actors import DocActors
    from newsevents.extract.places import extract_toponyms

    parsed = coder.nlp(doc.text)
    ents = [(e.start_char, e.end_char, e.text, e.label_) for e in parsed.ents if e.label_ in NER_LABELS]
    places = gaz.resolve_document([e[2] for e in ents], text=doc.text, spans=[(e[0], e[1]) for e in ents],
                                  labels=[e[3] for e in ents], regions=True)
    found = [(s, e, p) for (s, e, _, _), p in zip(ents, places, strict=True) if p is not None]
    gold = [g for g in doc.toponyms if g.start >= 0]
    tally.e2e_gold += len(gold)
    tp, fp, fn, hits = _detected(found, gold)
    tally.e2e_tp += tp
    tally.e2e_fp += fp
    tally.e2e_fn += fn
    tally.e2e_hits += hits
    actors = DocActors(parsed, coder.matcher, coder.lexicon, None)
    toponyms, _ = extract_toponyms(parsed, actors, gaz, regions=True)
    tp, fp, fn, hits = _detected([(t.start, t.end, t.place) for t in toponyms], gold)
    tally.pipe_tp += tp
    tally.pipe_fp += fp
    tally.pipe_fn += fn
    tally.pipe_hits += hits


def evaluate(
    data: Path,
    *,
    limit: int | None = None,
    model: str | None = None,
    dictionaries: Sequence[str] = (),
    no_default_dictionaries: bool = False,
    end_to_end: bool = True,
    gazetteer: Gazetteer | None = None,
) -> EvalReport:
    """Accuracy@161km of gold toponyms resolved in document context, ours vs a naive lookup, per corpus and pooled.

    ``data`` is the corpus folder or one corpus file; ``limit`` keeps the first N articles of each
    corpus. ``dictionaries`` and ``no_default_dictionaries`` are accepted for the shared CLI
    signature; resolution uses the gazetteer only. ``end_to_end`` also runs spaCy ``model`` and the
    pipeline's toponym recognizer (with the built-in actor dictionaries).
    """
    del dictionaries, no_default_dictionaries
    gaz = gazetteer or default_gazetteer()
    coder = None
    if end_to_end:
        from newsevents.pipeline import Coder

        coder = Coder(model=model, gazetteer=gaz)
    counts: Counter[str] = Counter()
    metrics: dict[str, float] = {}
    pooled = _Tally()
    per_corpus_errors: list[list[dict[str, Any]]] = []
    records: list[dict[str, Any]] = []
    files = _files(Path(data))
    for path in files:
        docs = read_corpus(path)
        if limit is not None:
            docs = docs[: max(0, limit)]
        corpus = path.stem
        tally = _Tally()
        errors: list[dict[str, Any]] = []
        counts[f"{corpus}.documents"] = len(docs)
        first: list[list[Place | None]] = []
        profiles: dict[str, OutletProfile] = {}
        for doc in docs:
            names = [g.text for g in doc.toponyms]
            spans = [(g.start, g.end) for g in doc.toponyms]
            ours = gaz.resolve_document(names, text=doc.text, spans=spans, regions=True, focus_fallback=True)
            first.append(ours)
            profiles.setdefault(doc.outlet, OutletProfile()).add_article(ours)
            for g, p in zip(doc.toponyms, ours, strict=True):
                naive = gaz.naive_lookup(g.text)
                d, dn = _dist(p, g), _dist(naive, g)
                tally.ours.append(d)
                tally.naive.append(dn)
                if p is not None and (p.rule or "").startswith("focus:"):
                    tally.focus += 1
                    tally.focus_hits += int(d is not None and d <= HIT_KM)
                rec = {"corpus": corpus, "doc": doc.doc_id, "outlet": doc.outlet, "name": g.text, "start": g.start,
                       "kind": g.kind, "gold": [g.lat, g.lon], "ours": _place_json(p),
                       "km": None if d is None else round(d, 1),
                       "naive": _place_json(naive), "naive_km": None if dn is None else round(dn, 1)}
                records.append(rec)
                if d is None or d > HIT_KM:
                    errors.append(rec)
            if coder is not None:
                _end_to_end(doc, coder, gaz, tally)
        # second pass: each article again, knowing where the outlet's other articles are
        for doc, ours in zip(docs, first, strict=True):
            profile = profiles[doc.outlet]
            if doc.outlet and profile.articles > 1:
                ours = gaz.resolve_document([g.text for g in doc.toponyms], text=doc.text,
                                            spans=[(g.start, g.end) for g in doc.toponyms], regions=True,
                                            focus_fallback=True, profile=profile.without(ours))
            tally.outlet += [_dist(p, g) for g, p in zip(doc.toponyms, ours, strict=True)]
        counts[f"{corpus}.gold_toponyms"] = len(tally.ours)
        metrics.update(_metrics(corpus, tally, coder is not None))
        pooled.extend(tally)
        per_corpus_errors.append(errors)
    if len(files) > 1:
        counts["all.gold_toponyms"] = len(pooled.ours)
        metrics.update(_metrics("all", pooled, coder is not None))
    # error examples alternate between corpora so the first lines of the report show each of them
    examples: list[dict[str, Any]] = []
    for k in range(max((len(e) for e in per_corpus_errors), default=0)):
        for errs in per_corpus_errors:
            if k < len(errs):
                r = errs[k]
                examples.append({"corpus": r["corpus"], "name": r["name"], "gold": r["gold"],
                                 "ours": None if r["ours"] is None else
                                 f"{r['ours']['name']} ({r['ours']['country']}) {r['ours']['lat']},{r['ours']['lon']}",
                                 "km": r["km"]})
    return EvalReport(task="places", data=str(data), metrics=metrics, counts=dict(counts), examples=examples,
                      records=records)
