"""Find actors in a parsed Doc: dictionary names, role nouns with their country, pronouns.

The resolution of a noun phrase to a CAMEO actor code happens here because it needs the
parse (modifiers, appositions, compounds); it returns plain records, never spaCy objects.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from newsevents.dictionaries import ActorEntry, Dictionaries, Lexicon

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["ActorMatcher", "DocActors", "Mention", "Resolved"]

ORG_KINDS = {"organization"}


@dataclass(frozen=True, slots=True)
class Mention:
    """A dictionary match: tokens ``start:end`` name ``entry`` in the given form."""

    start: int
    end: int
    entry: ActorEntry
    form: str
    surface: str


@dataclass(frozen=True, slots=True)
class Resolved:
    """An actor read from a noun phrase: its code, the words, and the rule that gave it."""

    code: str
    text: str
    start: int  # character offsets into the Doc text
    end: int
    rule: str
    entity: str | None = None  # dictionary entry id, or "text:<name>" for unknown named actors
    kind: str = "agent"  # country | organization | person | agent | group | unknown
    plural: bool = False
    token: int = -1


class ActorMatcher:
    """Dictionary surfaces compiled into a case-sensitive spaCy PhraseMatcher."""

    def __init__(self, nlp: Language, dicts: Dictionaries) -> None:
        self.dicts = dicts
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.by_key: dict[str, list[tuple[ActorEntry, str, bool]]] = defaultdict(list)
        surnames_by_text: dict[str, set[str]] = defaultdict(set)
        for s in dicts.surfaces:
            if s.form == "surname":
                surnames_by_text[s.text].add(s.entry)
        texts: set[str] = set()
        for s in dicts.surfaces:
            entry = dicts.actors.get(s.entry)
            if entry is None or not s.text.strip():
                continue
            self.by_key[s.text].append((entry, s.form, s.weak))
            texts.add(s.text)
            if s.text.upper() != s.text and len(s.text) > 3:
                # headlines and all-caps datelines: "IRAN", "BAGHDAD"
                self.by_key[s.text.upper()].append((entry, s.form, s.weak))
                texts.add(s.text.upper())
        self.matcher.add("ACTOR", [nlp.make_doc(t) for t in sorted(texts)])
        # agent terms: single lemmas and multi-word lemma sequences
        self.agents = dicts.agents
        self.max_agent_words = max((len(t.split()) for t in self.agents), default=1)

    def mentions(self, doc: Doc) -> list[Mention]:
        """Longest, non-overlapping dictionary matches in document order."""
        spans = [doc[s:e] for _, s, e in self.matcher(doc)]
        # a name inside a longer proper-noun name is not that actor ("Iran Air", "Jordan Peterson")
        out: list[Mention] = []
        full_names_seen: set[str] = set()
        for span in filter_spans(spans):
            if _inside_longer_name(span):
                continue
            cands = self.by_key.get(span.text, [])
            strong = [c for c in cands if not c[2]]
            chosen: tuple[ActorEntry, str, bool] | None = None
            if strong:
                chosen = strong[0]
            else:
                weak_ids = {c[0].id for c in cands}
                seen = [c for c in cands if c[0].id in full_names_seen]
                if seen:
                    chosen = seen[0]
                elif len(weak_ids) == 1 and cands:
                    chosen = cands[0]
            if chosen is None:
                continue
            entry, form, _ = chosen
            if entry.kind == "person" and form != "surname":
                full_names_seen.add(entry.id)
            out.append(Mention(span.start, span.end, entry, form, span.text))
        return out


def _inside_longer_name(span: Span) -> bool:
    """True when the match is the first part of a longer name: "Iran Air", "Baghdad International Airport"."""
    last = span[-1]
    head = last.head
    return (
        last.dep_ == "compound"
        and head.i >= span.end
        and head.pos_ == "PROPN"
        and head.ent_type_ in {"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
    )


@dataclass
class DocActors:
    """Actor lookups for one Doc: which token is which actor, plus document coreference."""

    doc: Doc
    matcher: ActorMatcher
    lexicon: Lexicon
    day: date | None
    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    history: list[Resolved] = field(default_factory=list)  # subjects and named actors, in order

    subjects: set[int] = field(default_factory=set)  # char offsets of actors seen as subjects

    def __post_init__(self) -> None:
        self.mentions = self.matcher.mentions(self.doc)
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m
        # every named actor can be an antecedent; antecedent() only looks backwards
        for m in self.mentions:
            if m.entry.kind != "country" or m.form == "name":
                self.remember(self._from_mention(self.doc[m.end - 1], m))

    # ---- helpers -------------------------------------------------------------------------
    def mention_for(self, tok: Token) -> Mention | None:
        """The dictionary mention the token belongs to, following flat/compound names."""
        m = self.by_token.get(tok.i)
        if m is not None:
            return m
        return None

    def country_of(self, tok: Token) -> tuple[str, str] | None:
        """Country (code, rule) named by a modifier of ``tok``: adjective, compound, possessive, 'of X'."""
        for child in tok.children:
            if child.dep_ in {"amod", "compound", "poss", "nmod", "npadvmod"}:
                if child.i > 0 and self._allegiance(child):
                    continue  # "a pro-Iran mob" is not Iranian
                m = self.mention_for(child)
                if (m is not None and child.i == m.end - 1) or (m is not None and child.dep_ == "amod"):
                    code = m.entry.code_on(self.day) if m.entry.kind != "country" else (m.entry.code or "")
                    if code:
                        return code, m.entry.source
                if child.dep_ == "poss" and child.lower_ in self.lexicon.thing_pronouns | {"their"}:
                    ante = self.antecedent(child, want="thing")
                    if ante is not None and ante.code:
                        return ante.code, f"coref:{ante.rule}"
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        m = self.mention_for(pobj)
                        if m is not None and m.entry.kind == "country":
                            return m.entry.code or "", m.entry.source
        return None

    def _allegiance(self, tok: Token) -> bool:
        doc = tok.doc
        for j in (tok.i - 1, tok.i - 2):
            if j >= 0 and doc[j].lower_ in self.lexicon.allegiance_prefixes:
                return True
            if j >= 0 and doc[j].text not in {"-", "–"}:
                break
        return False

    def agent_of(self, tok: Token) -> tuple[str, str, str] | None:
        """Sector code for a role noun head, trying multi-word terms with its modifiers first."""
        if tok.pos_ == "PROPN" and tok.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "PERSON"}:
            return None  # "West Bank" is a place, not a bank
        lemma = tok.lemma_.lower()
        agents = self.matcher.agents
        comps = [c for c in tok.lefts if c.dep_ in {"compound", "amod"}]
        for n in range(min(len(comps), self.matcher.max_agent_words - 1), 0, -1):
            mods = comps[-n:]
            for words in (
                [c.lemma_.lower() for c in mods] + [lemma],
                [c.lower_ for c in mods] + [lemma],
                [c.lower_ for c in mods] + [tok.lower_],
            ):
                term = " ".join(words)
                if term in agents:
                    sector, src = agents[term]
                    return sector, src, term
        for key in (lemma, tok.lower_):
            if key in agents:
                sector, src = agents[key]
                return sector, src, key
        return None

    def antecedent(self, tok: Token, *, want: str) -> Resolved | None:
        """Nearest compatible earlier actor; subjects are preferred (they are more salient)."""
        before = [r for r in self.history if r.start < tok.idx]
        sent_start = tok.sent.start_char
        recent_subjects = [r for r in before if r.start in self.subjects and r.start >= self._prev_sent_start(sent_start)]
        if want == "person":
            ok = [r for r in before if r.kind == "person" or (r.kind == "agent" and not r.plural)]
        elif want == "plural":
            ok = [r for r in before if r.plural or r.kind in {"group"}]
        else:
            ok = [r for r in before if r.kind in {"organization", "country", "group"} and not r.plural]
        preferred = [r for r in ok if r in recent_subjects]
        if preferred:
            return preferred[-1]
        return ok[-1] if ok else None

    def _prev_sent_start(self, start: int) -> int:
        prev = [s.start_char for s in self.doc.sents if s.start_char < start]
        return prev[-1] if prev else 0

    def remember(self, r: Resolved | None, *, subject: bool = False) -> None:
        if r is not None and subject and r.code:
            self.subjects.add(r.start)
        if r is not None and r.code and all(h.start != r.start for h in self.history):
            self.history.append(r)
            self.history.sort(key=lambda h: h.start)

    # ---- resolution -----------------------------------------------------------------------
    def resolve(self, tok: Token, *, depth: int = 0) -> Resolved | None:
        """Resolve the noun phrase headed by ``tok`` to an actor, or None."""
        if depth > 3:
            return None
        lex = self.lexicon
        low = tok.lower_
        # pronouns → document coreference
        if low in lex.person_pronouns | lex.thing_pronouns | lex.plural_pronouns:
            want = (
                "person" if low in lex.person_pronouns else "plural" if low in lex.plural_pronouns else "thing"
            )
            ante = self.antecedent(tok, want=want)
            if ante is None:
                return None
            return Resolved(
                ante.code, tok.text, tok.idx, tok.idx + len(tok), f"coref:{want}->{ante.text}", ante.entity,
                ante.kind, ante.plural, tok.i,
            )
        # an apposition that names the actor: "a leading member, Hadi al-Ameri,"
        for child in tok.children:
            if child.dep_ == "appos" and self.mention_for(child) is not None and self.mention_for(tok) is None:
                r = self.resolve(child, depth=depth + 1)
                if r is not None:
                    return r
        m = self.mention_for(tok)
        if m is not None:
            return self._from_mention(tok, m)
        if low in lex.quantity_nouns or tok.lemma_.lower() in lex.quantity_nouns or tok.like_num:
            # "tens of thousands of angry Iranians", "members of the militia"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        inner = self.resolve(pobj, depth=depth + 1)
                        if inner is not None:
                            return inner
        if tok.lemma_.lower() in lex.org_nouns and any(c.lower_ == "the" for c in tok.children):
            for r in reversed(self.history):
                if r.start < tok.idx and r.kind == "organization":
                    return Resolved(r.code, tok.text if tok.i == tok.left_edge.i else self.doc.text[tok.left_edge.idx : tok.idx + len(tok)],
                                    tok.left_edge.idx, tok.idx + len(tok), f"coref:definite->{r.text}", r.entity,
                                    r.kind, False, tok.i)
        agent = self.agent_of(tok)
        if agent is not None:
            sector, src, _term = agent
            country = self.country_of(tok)
            span_start = min([c.idx for c in tok.lefts if c.dep_ in {"amod", "compound", "poss", "nmod"}] + [tok.idx])
            text = self.doc.text[span_start : tok.idx + len(tok)]
            plural = tok.tag_ in {"NNS", "NNPS"}
            if country is not None:
                base, csrc = country
                code = base if base.endswith(sector) else (base[:3] + sector if len(base) == 3 else base)
                if len(base) > 3 and not base.endswith(sector):
                    code = base  # an organisation's member keeps the organisation's code
                rule = f"agent:{src}+{csrc}"
            else:
                # "the general", "the militia": a definite description names the last such actor
                ante = self._definite(tok, sector)
                if ante is not None:
                    return Resolved(ante.code, text, span_start, tok.idx + len(tok), f"coref:definite->{ante.text}",
                                    ante.entity, ante.kind, plural, tok.i)
                code = f"---{sector}"
                rule = f"agent:{src}"
            return Resolved(code, text, span_start, tok.idx + len(tok), rule, None, "agent", plural, tok.i)
        if tok.ent_type_ in {"PERSON", "ORG", "NORP"} and tok.pos_ == "PROPN":
            # unknown named actor: kept by its text, with a code from its title if it has one
            start = tok.left_edge.idx if tok.left_edge.ent_type_ == tok.ent_type_ else tok.idx
            text = self.doc.text[start : tok.idx + len(tok)]
            titled = self._titled(tok)
            kind = "person" if tok.ent_type_ == "PERSON" else "organization"
            return Resolved(titled[0] if titled else "", text, start, tok.idx + len(tok),
                            titled[1] if titled else "unknown-named-actor", f"text:{text}", kind, False, tok.i)
        return None

    def _titled(self, tok: Token) -> tuple[str, str] | None:
        """"Iranian Foreign Minister X": a title compound gives the sector, an adjective the country."""
        for child in tok.lefts:
            if child.dep_ == "compound" and child.pos_ in {"PROPN", "NOUN"}:
                agent = self.agent_of(child)
                if agent is not None:
                    country = self.country_of(child) or self.country_of(tok)
                    if country is not None:
                        return country[0][:3] + agent[0], f"title:{agent[1]}+{country[1]}"
                    return "---" + agent[0], f"title:{agent[1]}"
        return None

    def _definite(self, tok: Token, sector: str) -> Resolved | None:
        if not any(c.lower_ == "the" for c in tok.children):
            return None
        for r in reversed(self.history):
            if r.start < tok.idx and r.kind in {"person", "organization"} and r.code.endswith(sector):
                return r
        return None

    def _from_mention(self, tok: Token, m: Mention) -> Resolved:
        entry = m.entry
        span = self.doc[m.start : m.end]
        if entry.kind == "country":
            code = entry.code or ""
            rule = f"{entry.source}:{m.form}"
            if m.form == "capital" and tok.dep_ in {"nsubj", "nsubjpass", "pobj", "dobj", "agent"}:
                code += "GOV"  # "Tehran said" speaks for the government
            plural = m.form == "adjective" and tok.tag_ in {"NNS", "NNPS"}
            return Resolved(code, span.text, span.start_char, span.end_char, rule, entry.id, "country", plural, tok.i)
        if entry.kind == "person":
            code = entry.code_on(self.day)
            role = entry.role_on(self.day)
            rule = f"{entry.source}" + (f"@{role.title}" if role and role.title else "")
            return Resolved(code, span.text, span.start_char, span.end_char, rule, entry.id, "person", False, tok.i)
        return Resolved(entry.code_on(self.day), span.text, span.start_char, span.end_char, entry.source, entry.id,
                        "organization", False, tok.i)
