"""Named entities with canonical names, types corrected by the actor dictionaries, and codes."""

from __future__ import annotations

from collections import OrderedDict

from spacy.tokens import Doc, Span

from newsevents.extract.actors import DocActors
from newsevents.ids import content_id
from newsevents.model import Entity, TextSpan

__all__ = ["extract_entities"]

KIND_TYPE = {"person": "PERSON", "organization": "ORG", "country": "GPE"}


def _not_a_name(ent: Span, actors: DocActors) -> bool:
    """spaCy's small model names capitalised words that are not names: "Photographs" opening a
    sentence (tagged a common noun), "Supreme" of "Supreme Leader" (a title's first word)."""
    if len(ent) != 1 or ent.label_ == "NORP":
        return False
    tok = ent[0]
    if tok.tag_ not in {"NNP", "NNPS"}:
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.is_title and nxt.lower_ in actors.matcher.agents


def extract_entities(doc: Doc, actors: DocActors, article_id: str) -> tuple[list[Entity], dict[str, str]]:
    """Entities in first-mention order, and a map from actor entity keys to entity ids."""
    groups: OrderedDict[str, dict[str, object]] = OrderedDict()

    def add(key: str, name: str, etype: str, code: str | None, span: TextSpan, rule: str) -> None:
        g = groups.setdefault(key, {"name": name, "type": etype, "code": code, "mentions": [], "rule": rule})
        mentions = g["mentions"]
        assert isinstance(mentions, list)
        if all(m.start != span.start for m in mentions):
            mentions.append(span)

    covered: set[int] = set()
    for m in actors.mentions:
        e = m.entry
        span = doc[m.start : m.end]
        etype = KIND_TYPE.get(e.kind, "ORG")
        code = e.code_on(actors.day) if e.kind != "country" else e.code
        add(e.id, e.name, etype, code, TextSpan(span.start_char, span.end_char, span.text), e.source)
        covered.update(range(m.start, m.end))
    surname_of: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ not in {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"}:
            continue
        if any(i in covered for i in range(ent.start, ent.end)) or ent.text.islower() or _not_a_name(ent, actors):
            continue
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        text = text.removesuffix("’s").removesuffix("'s")
        key = f"text:{ent.label_}:{text}"
        if ent.label_ == "PERSON":
            last = text.split()[-1]
            if len(text.split()) > 1:
                surname_of[last] = key
            elif text in surname_of:
                key = surname_of[text]
        resolved = actors.resolve(ent.root)
        code = resolved.code if resolved is not None and resolved.code else None
        name = str(groups[key]["name"]) if key in groups else text
        add(key, name, ent.label_, code, TextSpan(ent.start_char, ent.end_char, ent.text), f"spacy:{ent.label_}")
    out: list[Entity] = []
    ids: dict[str, str] = {}
    for key, g in groups.items():
        eid = content_id("en", article_id, key, length=12)
        ids[key] = eid
        mentions = g["mentions"]
        assert isinstance(mentions, list)
        out.append(Entity(eid, str(g["name"]), str(g["type"]), g["code"] if isinstance(g["code"], str) else None,
                          tuple(sorted(mentions, key=lambda s: s.start)), str(g["rule"])))
    return out, ids
