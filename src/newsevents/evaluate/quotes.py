"""Score quote extraction against PolNeAR-style brat attributions (content + speaker, citron style).

Gold: ``<data>/text/<article>.txt`` with ``<data>/attributions/<article>_<annotator>.ann`` (brat standoff;
the first annotator in name order is used when an article has several). Every ``E`` line with a Content
is one gold attribution: content spans, source spans (none for ``Attribution-no-source``) and cue spans.
An inverted "…, said Hester" whose Source and Cue labels the annotator swapped (Source = "said") is put
back the right way round (``_swapped``); nothing else in the gold is second-guessed.

Matching (documented here because the numbers mean nothing without it):

* **content overlap** of a prediction ``p`` with a gold attribution ``g`` is
  ``|chars(p) ∩ chars(g)| / |chars(g)|`` over non-space characters of all content spans; a pair is a
  content match when this is ≥ 0.30 (``MIN_OVERLAP``).
* **speaker match**: when ``g`` has a source, the predicted speaker span — or the mention our coreference
  says a predicted pronoun or "who" stands for — overlaps a gold source span by at least one character,
  *or* both name the same entity: the predicted speaker (or the name a pronoun was resolved to) and the
  gold source end in the same capitalised name word ("Mr. Trump" ~ "Donald Trump"). When ``g`` has no
  source, the prediction must have no speaker, or one that overlaps the source of another gold
  attribution whose cue is on the same line (PolNeAR is univocal: a source shared by two cues — "X
  blasted Y, calling it absurd" — is marked on one attribution only).
* **content+speaker** (the headline number) needs both; **content** needs the overlap only; **strict**
  also needs ≥ 30% of the prediction's own characters inside the gold content.
* Pairs are matched one-to-one, greedily by overlap: a prediction spanning two gold contents matches one.
* **direct subset**: attributions (gold or predicted) with ≥ 50% of their content characters inside quote
  marks (“ ” « » „ " and ''; paired per line by a rule independent of the extractor, an unclosed mark
  running to the end of its line); **mixed**: some but < 50%; **indirect**: none. Subset precision counts unmatched
  predictions of that subset as false positives.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsevents.errors import ConfigError, InputError
from newsevents.evaluate.report import EvalReport, prf

__all__ = ["MIN_OVERLAP", "GoldAttribution", "Prediction", "evaluate", "load_gold", "match", "quoted_mask"]

MIN_OVERLAP = 0.30
DIRECT_SHARE = 0.50
MAX_EXAMPLES = 60
PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "who", "which", "that", "his", "her", "their", "its"}
_TITLES = {"mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "president", "senator"}

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One gold attribution: content, source and cue character spans."""

    content: Spans
    source: Spans
    cue: Spans


@dataclass(frozen=True, slots=True)
class Prediction:
    """What the matcher needs from a predicted quote."""

    content: Spans
    speaker: tuple[int, int] | None
    speaker_name: str | None  # the resolved name (antecedent for pronouns), for same-entity matching
    kind: str
    speaker_ref: tuple[int, int] | None = None  # the mention a pronoun or "who" speaker was resolved to


@dataclass(frozen=True, slots=True)
class GoldDoc:
    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


# ---- gold ----------------------------------------------------------------------------------------
def _spans(field: str) -> Spans:
    out: list[tuple[int, int]] = []
    for part in field.split(";"):
        bits = part.split()
        if len(bits) >= 2 and bits[-2].isdigit() and bits[-1].isdigit():
            out.append((int(bits[-2]), int(bits[-1])))
    return tuple(out)


def parse_ann(ann: str, text: str | None = None) -> list[GoldAttribution]:
    """Attributions from one brat file; lines it does not understand are skipped, never fatal.

    With the article ``text``, Source and Cue labels an annotator swapped are put back (see ``_swapped``).
    """
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[dict[str, list[str]]] = []
    for line in ann.splitlines():
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        if cols[0].startswith("T"):
            role, _, rest = cols[1].partition(" ")
            spans[cols[0]] = (role, _spans(rest))
        elif cols[0].startswith("E"):
            ev: dict[str, list[str]] = {}
            for arg in cols[1].split():
                key, _, ref = arg.partition(":")
                ev.setdefault(key.rstrip("0123456789"), []).append(ref)
            events.append(ev)
    out: list[GoldAttribution] = []
    for ev in events:

        def get(role: str, ev: dict[str, list[str]] = ev) -> Spans:
            return tuple(sorted(s for ref in ev.get(role, []) if ref in spans for s in spans[ref][1]))

        content = get("Content")
        if content:
            source, cue = get("Source"), get("Cue")
            if text is not None and _swapped(text, source, cue):
                source, cue = cue, source
            out.append(GoldAttribution(content, source, cue))
    return out


# the whole Source span of an inverted "…, said Hester" that an annotator labelled the wrong way round
_CUE_WORDS = {"said", "says", "say", "told", "tells", "added", "adds", "according to", "wrote", "writes",
              "tweeted", "asked", "noted", "explained", "continued", "insisted", "argued", "claimed"}


def _swapped(text: str, source: Spans, cue: Spans) -> bool:
    """True when the Source is a bare reporting word and the Cue a name or pronoun: labels swapped."""
    src = " ".join(text[s:e] for s, e in source).strip().lower()
    cue_text = " ".join(text[s:e] for s, e in cue).strip()
    if src not in _CUE_WORDS or not cue_text or cue_text.lower() in _CUE_WORDS:
        return False
    return cue_text.lower() in {"he", "she", "they", "we", "i"} or any(w[:1].isupper() for w in cue_text.split())


def load_gold(data: Path, *, limit: int | None = None) -> Iterator[GoldDoc]:
    """Articles in ``data/text`` with the first annotator's attributions."""
    text_dir, ann_dir = data / "text", data / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(f"{data} has no text/ and attributions/ folders; pass a PolNeAR split such as polnear/dev")
    anns: dict[str, list[Path]] = {}
    for p in sorted(ann_dir.glob("*.ann")):
        anns.setdefault(p.stem.rsplit("_", 1)[0], []).append(p)
    n = 0
    for txt in sorted(text_dir.glob("*.txt")):
        if limit is not None and n >= limit:
            return
        files = anns.get(txt.stem)
        if not files:
            continue
        n += 1
        text = txt.read_text(encoding="utf-8")
        yield GoldDoc(txt.stem, text, tuple(parse_ann(files[0].read_text(encoding="utf-8"), text)))


# ---- matching ------------------------------------------------------------------------------------
def quoted_mask(text: str) -> bytearray:
    """1 for characters inside (or on) quote marks, paired per line; independent of the extractor.

    Marks are “ ” « » „ " and ''. Outside a quote any mark but a closing one opens; inside, any mark
    closes. An unclosed quote runs to the end of its line.
    """
    mask = bytearray(len(text))
    for line in re.finditer(r"[^\n]+", text):
        opened = -1
        for m in re.finditer(r"''|[“”«»„\"]", line.group()):
            pos = line.start() + m.start()
            if opened < 0:
                if m.group() not in "”»":
                    opened = pos
            else:
                mask[opened : pos + len(m.group())] = b"\x01" * (pos + len(m.group()) - opened)
                opened = -1
        if opened >= 0:
            mask[opened : line.end()] = b"\x01" * (line.end() - opened)
    return mask


def _chars(text: str, spans: Spans) -> set[int]:
    return {i for s, e in spans for i in range(max(s, 0), min(e, len(text))) if not text[i].isspace()}


def _kind(chars: set[int], mask: bytearray) -> str:
    if not chars:
        return "indirect"
    share = sum(mask[i] for i in chars) / len(chars)
    return "direct" if share >= DIRECT_SHARE else "mixed" if share > 0 else "indirect"


def _name_key(text: str) -> str | None:
    """The last capitalised word of a name ("Donald J. Trump's" → "trump"); None for pronouns and nouns."""
    words = [w.strip(".,;:'’\"“”()") for w in re.sub(r"['’]s\b", "", text).split()]
    words = [w for w in words if w]
    if not words or words[-1].lower() in PRONOUNS or not words[-1][:1].isupper():
        return None
    if words[-1].lower() in _TITLES:
        return None
    return words[-1].lower()


def _speaker_ok(text: str, g: GoldAttribution, p: Prediction, shared: Spans = ()) -> bool:
    if p.speaker is None:
        return not g.source
    mentions = [p.speaker] + ([p.speaker_ref] if p.speaker_ref else [])
    if not g.source:
        # univocal annotation: a source shared by two cues is marked on one of them only
        return any(ps < e and s < pe for ps, pe in mentions for s, e in shared)
    if any(ps < e and s < pe for ps, pe in mentions for s, e in g.source):
        return True
    ps, pe = p.speaker
    gold_key = _name_key(" ".join(text[s:e] for s, e in g.source))
    if gold_key is None:
        return False
    return gold_key in {_name_key(text[ps:pe]), _name_key(p.speaker_name or "")}


def _greedy(pairs: list[tuple[float, int, int]]) -> dict[int, int]:
    """One-to-one matching, best overlap first: gold index → prediction index."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: dict[int, int] = {}
    for _, gi, pi in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out[gi] = pi
    return out


@dataclass
class DocMatch:
    content: dict[int, int]
    full: dict[int, int]
    strict: dict[int, int]
    overlap: dict[tuple[int, int], float]


def match(text: str, gold: Sequence[GoldAttribution], preds: Sequence[Prediction]) -> DocMatch:
    """Content-only, content+speaker and strict (≥ 30% of both spans) one-to-one matchings."""
    g_chars = [_chars(text, g.content) for g in gold]
    p_chars = [_chars(text, p.content) for p in preds]
    content: list[tuple[float, int, int]] = []
    full: list[tuple[float, int, int]] = []
    strict: list[tuple[float, int, int]] = []
    overlap: dict[tuple[int, int], float] = {}
    lines = [i for i, ch in enumerate(text) if ch == "\n"]

    def line(pos: int) -> int:
        return bisect_right(lines, pos)

    shared: dict[int, Spans] = {}
    for gi, g in enumerate(gold):
        if not g.source:
            where = line((g.cue or g.content)[0][0])
            shared[gi] = tuple(sp for o in gold if o.source and line((o.cue or o.content)[0][0]) == where
                               for sp in o.source)
    for gi, gc in enumerate(g_chars):
        if not gc:
            continue
        for pi, pc in enumerate(p_chars):
            inter = len(gc & pc)
            if not inter:
                continue
            ov = inter / len(gc)
            overlap[gi, pi] = ov
            if ov < MIN_OVERLAP:
                continue
            content.append((ov, gi, pi))
            if _speaker_ok(text, gold[gi], preds[pi], shared.get(gi, ())):
                full.append((ov, gi, pi))
                if inter / len(pc) >= MIN_OVERLAP:
                    strict.append((ov, gi, pi))
    return DocMatch(_greedy(content), _greedy(full), _greedy(strict), overlap)


# ---- running -------------------------------------------------------------------------------------
def _coder(model: str | None, dictionaries: Sequence[str], no_default_dictionaries: bool) -> Any:
    from newsevents.pipeline import Coder

    if dictionaries:
        raise ConfigError("the quotes evaluation uses no extra dictionaries; drop --dictionary")
    if no_default_dictionaries:
        from newsevents.dictionaries import Dictionaries

        return Coder(model=model, dictionaries=Dictionaries({}, (), {}, ()))
    return Coder(model=model)


def _snip(text: str, spans: Spans, n: int = 160) -> str:
    return " … ".join(text[s:e] for s, e in spans)[:n]


def evaluate(
    data: Path,
    *,
    limit: int | None = None,
    model: str | None = None,
    dictionaries: Sequence[str] = (),
    no_default_dictionaries: bool = False,
) -> EvalReport:
    """Quotes (content ≥ 30% overlap + speaker) against PolNeAR attributions in ``data``."""
    from newsevents.extract.quotes import extract_quotes

    coder = _coder(model, dictionaries, no_default_dictionaries)
    docs = list(load_gold(data, limit=limit))
    if not docs:
        raise InputError(f"no annotated articles found in {data}")
    subsets = ("all", "direct", "mixed", "indirect")
    tally = {f"{m}:{s}": [0, 0, 0] for m in ("content", "speaker", "strict") for s in subsets}
    counts: dict[str, int | float] = {"documents": len(docs), "gold": 0, "gold_no_source": 0, "predicted": 0}
    for s in subsets[1:]:
        counts[f"gold_{s}"] = 0
        counts[f"predicted_{s}"] = 0
    examples: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []
    parsed = coder.nlp.pipe((d.text for d in docs), batch_size=8)
    for gd, doc in zip(docs, parsed, strict=True):
        text = gd.text
        actors, _ = coder.read_actors(doc, None)  # as the pipeline: events first, their subjects are antecedents
        raw = extract_quotes(doc, actors)
        preds = [
            Prediction(
                q.contents or ((q.start, q.end),),
                (q.speaker_start, q.speaker_end) if q.speaker_start is not None and q.speaker_end is not None else None,
                q.speaker_name or q.speaker_text,
                q.kind,
                (q.speaker_ref_start, q.speaker_ref_end)
                if q.speaker_ref_start is not None and q.speaker_ref_end is not None else None,
            )
            for q in raw
        ]
        mask = quoted_mask(text)
        g_kind = [_kind(_chars(text, g.content), mask) for g in gd.attributions]
        p_kind = [_kind(_chars(text, p.content), mask) for p in preds]
        m = match(text, gd.attributions, preds)
        counts["gold"] += len(gd.attributions)
        counts["gold_no_source"] += sum(1 for g in gd.attributions if not g.source)
        counts["predicted"] += len(preds)
        for k in g_kind:
            counts[f"gold_{k}"] += 1
        for k in p_kind:
            counts[f"predicted_{k}"] += 1
        for name, matched in (("content", m.content), ("speaker", m.full), ("strict", m.strict)):
            hit_p = set(matched.values())
            for sub in subsets:
                t = tally[f"{name}:{sub}"]
                gis = [i for i, k in enumerate(g_kind) if sub in {"all", k}]
                t[0] += sum(1 for i in gis if i in matched)
                t[2] += sum(1 for i in gis if i not in matched)
                t[1] += sum(1 for i, k in enumerate(p_kind) if sub in {"all", k} and i not in hit_p)
        # error examples: missed gold, wrong speaker, spurious predictions
        for gi, g in enumerate(gd.attributions):
            if gi in m.full or len(examples) >= MAX_EXAMPLES:
                continue
            ex: dict[str, Any] = {"doc": gd.name, "kind": g_kind[gi], "gold_content": _snip(text, g.content),
                                  "gold_source": _snip(text, g.source, 60) or None, "gold_cue": _snip(text, g.cue, 40)}
            if gi in m.content:
                q = raw[m.content[gi]]
                ex["error"] = "speaker"
                ex["predicted_speaker"] = q.speaker_text
            else:
                ex["error"] = "missed"
            examples.append(ex)
        hit = set(m.full.values())
        for pi, q in enumerate(raw):
            if pi not in hit and pi not in set(m.content.values()) and len(examples) < MAX_EXAMPLES:
                examples.append({"doc": gd.name, "error": "spurious", "kind": q.kind, "content": q.text[:160],
                                 "speaker": q.speaker_text, "cue": q.cue})
        records.append({"doc": gd.name, "gold": len(gd.attributions), "predicted": len(preds),
                        "content_tp": len(m.content), "speaker_tp": len(m.full)})
    metrics: dict[str, float] = {}
    for key, (tp, fp, fn) in tally.items():
        name, sub = key.split(":")
        label = {"content": "content", "speaker": "content+speaker", "strict": "strict"}[name]
        for stat, v in prf(tp, fp, fn).items():
            metrics[f"{label}{'' if sub == 'all' else '/' + sub}_{stat}"[:60]] = v
    for key, (tp, fp, fn) in tally.items():
        if key.endswith(":all"):
            counts[f"tp_{key.split(':')[0]}"] = tp
            counts[f"fp_{key.split(':')[0]}"] = fp
            counts[f"fn_{key.split(':')[0]}"] = fn
    return EvalReport("quotes", str(data), metrics, counts, examples, records)
