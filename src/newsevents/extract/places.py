"""Toponyms in a Doc: spaCy GPE/LOC/FAC plus dictionary country names, resolved offline and together.

All toponyms of an article are resolved in one call to :meth:`Gazetteer.resolve_document`, so that
"Paris" next to "Texas" is Paris, Texas, and "Springfield, Illinois" is read as one place.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from newsevents.extract.actors import DocActors, common_word_modifier
from newsevents.model import Place
from newsevents.resolve.places import Gazetteer, OutletProfile

__all__ = ["Toponym", "extract_toponyms"]

LOCATIVE = {"at", "in", "near", "outside", "inside", "across", "throughout", "around", "into", "on", "from",
            "to", "toward", "towards", "within", "over", "off", "along", "beyond"}
ANAPHORIC_PLACE_NOUNS = {"airport", "base", "square", "embassy", "camp", "city", "capital", "port", "border", "compound"}


@dataclass(frozen=True, slots=True)
class Toponym:
    place: Place
    start: int  # chars
    end: int
    token_start: int
    token_end: int
    locative: bool  # object of a locative preposition ("at", "in", "near" ...)


def _surface(text: str) -> str:
    """The name without a leading "the" and a possessive "'s"."""
    if text.lower().startswith("the "):
        text = text[4:]
    if text.endswith(("’s", "'s")):
        text = text[:-2]
    return text


def extract_toponyms(
    doc: Doc,
    actors: DocActors,
    gazetteer: Gazetteer,
    *,
    dateline: str | None = None,
    profile: OutletProfile | None = None,
    regions: bool = False,
) -> tuple[list[Toponym], Place | None]:
    """All resolvable toponyms in document order, and the dateline's place.

    ``profile`` (where the outlet's other articles are) helps a local paper's ambiguous names;
    ``regions`` also keeps continents, seas and world regions.
    """
    context: Counter[str] = Counter()
    for am in actors.mentions:
        if am.entry.kind == "country" and am.entry.code:
            context[am.entry.code] += 1
    dateline_place = None
    dateline_country = None
    if dateline:
        name = dateline.split("/")[0].strip().title()
        dateline_place = gazetteer.lookup(name, context=context)
        dateline_country = dateline_place.country if dateline_place else None
    spans: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ in {"GPE", "LOC", "FAC"}:
            em = actors.by_token.get(ent.root.i)
            if em is not None and em.entry.kind in {"person", "organization"}:
                continue  # an actor typed as a place by the tagger ("Soleimani" as GPE)
            if len(ent) == 1 and common_word_modifier(ent[0]):
                continue
            spans.append((ent.start, ent.end, ent.label_))
    for am in [*actors.mentions, *actors.dateline_mentions]:
        if am.entry.kind == "country" and am.form in {"name", "capital", "abbreviation"} and not any(
                s < am.end and am.start < e for s, e, _ in spans):  # "mainland China" beside the tagger's "China"
            spans.append((am.start, am.end, "GPE"))
    spans.sort()
    names = [_surface(doc[s:e].text) for s, e, _ in spans]
    char_spans = [(doc[s:e].start_char, doc[s:e].end_char) for s, e, _ in spans]
    places = gazetteer.resolve_document(names, text=doc.text, spans=char_spans, context=context,
                                        dateline_country=dateline_country, labels=[lab for _, _, lab in spans],
                                        regions=regions, profile=profile)
    out: list[Toponym] = []
    for (s, e, _), place in zip(spans, places, strict=True):
        span = doc[s:e]
        m = actors.by_token.get(span.root.i)
        if m is not None and m.entry.kind == "country" and m.form in {"name", "abbreviation"} and m.entry.code in gazetteer.countries \
                and (place is None or place.precision != "country"):
            # "US", "America": the country; a name two countries share ("Congo") keeps the one the article's places chose
            place = gazetteer.countries[m.entry.code]
        if place is None:
            continue
        root = span.root
        locative = (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE) or (
            root.dep_ in {"poss", "compound"} and root.head.dep_ == "pobj" and root.head.head.lower_ in LOCATIVE
        )
        out.append(Toponym(place, span.start_char, span.end_char, s, e, locative))
    # "the airport" after "Baghdad International Airport": the latest landmark with that noun
    for tok in doc:
        if tok.lemma_.lower() in ANAPHORIC_PLACE_NOUNS and tok.pos_ == "NOUN" and any(c.lower_ == "the" for c in tok.children):
            if any(t.token_start <= tok.i < t.token_end for t in out):
                continue
            prev = [t for t in out if t.end <= tok.idx and tok.lemma_.lower() in t.place.name.lower()]
            if prev:
                locative = tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE
                out.append(Toponym(prev[-1].place, tok.idx, tok.idx + len(tok), tok.i, tok.i + 1, locative))
    out.sort(key=lambda t: t.start)
    return out, dateline_place
