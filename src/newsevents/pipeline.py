"""The one orchestrator: Article → parse → actors, events, quotes, places, times → ArticleResult."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from newsevents.dictionaries import Dictionaries, Lexicon, default_dictionaries, default_lexicon
from newsevents.extract.actors import ActorMatcher, DocActors, Resolved
from newsevents.extract.entities import extract_entities
from newsevents.extract.events import (
    EXTRACTOR,
    Candidate,
    EventRules,
)
from newsevents.extract.events.exchange import EXCHANGE_ROOTS, joint_exchange, state_actor
from newsevents.extract.numbers import cumulative_toll, extract_counts
from newsevents.extract.places import Toponym, extract_toponyms, toponym_spans
from newsevents.extract.quotes import extract_quotes
from newsevents.extract.times import TimeMention, extract_times
from newsevents.ids import content_id
from newsevents.ingest import Item
from newsevents.model import (
    ActorRef,
    Article,
    ArticleResult,
    ErrorRecord,
    Event,
    Evidence,
    Place,
    PlaceMention,
    Quote,
    TextSpan,
    TimeRef,
)
from newsevents.nlp.tree import has_to_marker, tree_distance
from newsevents.ontology import cameo_codes, plover_for
from newsevents.resolve.dates import offset_from
from newsevents.resolve.event_dates import (
    OCCASION_PREPS,
    TEMPORAL_MARKS,
    framing_noun,
    in_other_time_clause,
    occasion_time,
    perfect_misdated,
    time_clause,
    time_clause_of,
)
from newsevents.resolve.event_places import (
    HOME_SECTORS,
    POSTED_ABROAD,
    PRESENCE_CODES,
    SPOKEN_ROOTS,
    at_home,
    goes_to,
    locative,
    topic_place,
    trip_beside,
)
from newsevents.resolve.event_refs import OCCASIONS, during_dated, names_told_occasion, possessive_occasion, referent

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from newsevents.resolve.places import Gazetteer

__all__ = ["Coder", "Explanation"]

MAX_CHARS = 1_000_000  # spaCy's default limit; longer bodies are cut with a recorded warning


def _cache_sentences(doc: Doc) -> None:
    """Make ``doc.sents`` and ``token.sent`` O(1): spaCy recomputes them on every access,
    which is quadratic on long sentences and dominated run time on hostile input."""
    from newsevents.nlp.fast import fast_sents

    sents = fast_sents(doc)
    index = [0] * len(doc)
    for k, sent in enumerate(sents):
        for i in range(sent.start, sent.end):
            index[i] = k
    doc.user_hooks["sents"] = lambda d: iter(sents)
    doc.user_token_hooks["sent"] = lambda t: sents[index[t.i]]
    doc.user_span_hooks["sent"] = lambda sp: sents[index[sp.start]]


def _story_country(r: Resolved, toponyms: list[Toponym], gazetteer: Gazetteer) -> Resolved:
    """A town named as an actor is of the country the story's places chose for it, when the town there is no
    smaller than its namesake: the actors read a town's country without context ("Rhodes" alone is the Sydney
    suburb), the toponyms with the story's other names ("Rhodes" beside Greece and Athens is the Greek island);
    a great city keeps its country against a village the story's home has ("Rio" in an American story)."""
    if not r.rule.startswith("place:") or len(r.code) != 3:
        return r
    chosen = next((t.place for t in toponyms if t.start == r.start and t.end == r.end), None)
    if chosen is None or not chosen.country or chosen.country == r.code or chosen.precision == "country" \
            or gazetteer.population_in(r.text, chosen.country) < gazetteer.population_in(r.text, r.code):
        return r
    return replace(r, code=chosen.country, rule=f"{r.rule}+story:{chosen.name}")


@dataclass
class Explanation:
    """What ``explain`` shows: the parse, actors, candidates and why each was kept or not."""

    text: str
    date: date | None
    tokens: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    candidates: list[dict[str, Any]] = field(default_factory=list)
    result: ArticleResult | None = None


def placeholder_article(item: Item) -> Article:
    """The stand-in article of an input that could not be read (its id comes from the error)."""
    first = item.errors[0] if item.errors else ErrorRecord("unknown", "no article")
    return Article(
        id=content_id("err", first.file, first.line, first.kind, first.message),
        date=None, outlet=None, dateline=None, origin=f"{first.file}:{first.line or 0}",
    )


class Coder:
    """Codes articles. Loads the model, dictionaries and gazetteer once and reuses them."""

    def __init__(
        self,
        *,
        model: str | None = None,
        dictionaries: Dictionaries | None = None,
        lexicon: Lexicon | None = None,
        gazetteer: Gazetteer | None = None,
        batch_size: int = 16,
    ) -> None:
        self.model_name = model
        self._dicts = dictionaries
        self.lexicon = lexicon or default_lexicon()
        self._gazetteer = gazetteer
        self.batch_size = batch_size
        self._place_countries: dict[tuple[str, str], str | None] = {}

    @cached_property
    def nlp(self) -> Language:
        from newsevents.nlp import load_model

        return load_model(self.model_name)

    @cached_property
    def dictionaries(self) -> Dictionaries:
        return self._dicts if self._dicts is not None else default_dictionaries()

    @cached_property
    def matcher(self) -> ActorMatcher:
        return ActorMatcher(self.nlp, self.dictionaries)

    def _place_country(self, name: str, label: str) -> str | None:
        """The country of a city or region name, for actors named by their place.

        Asked for every place-name token (~1,000 times per 60 articles, mostly the same names) and
        context-free, so remembered (bounded: names are unbounded).
        """
        key = (name, label)
        memo = self._place_countries
        if key in memo:
            return memo[key]
        if len(memo) > 20_000:
            memo.clear()
        place = self.gazetteer.lookup(name, label=label)
        memo[key] = code = place.country if place is not None and place.precision != "country" else None
        return code

    @cached_property
    def rules(self) -> EventRules:
        return EventRules(self.dictionaries, self.lexicon)

    @cached_property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is not None:
            return self._gazetteer
        from newsevents.resolve.places import default_gazetteer

        return default_gazetteer()

    # ---- public API -------------------------------------------------------------------------
    def code_items(self, items: Iterable[Item]) -> Iterator[ArticleResult]:
        """Code a stream of ingest items in order; errors become error results, never exceptions."""
        size = self.zone_articles if self.fast_path else self.batch_size
        batch: list[Item] = []
        for item in items:
            batch.append(item)
            if len(batch) >= size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def code_article(self, article: Article, errors: tuple[ErrorRecord, ...] = ()) -> ArticleResult:
        return next(iter(self._code_batch([Item(article, errors, article.origin or "")])))

    def code_text(self, text: str, *, day: date | None = None, outlet: str | None = None) -> ArticleResult:
        """Code a bare text (no header) as one article."""
        article = Article(id=content_id("a", outlet, day, text), date=day, outlet=outlet, dateline=None, text=text)
        return self.code_article(article)

    # ---- internals --------------------------------------------------------------------------
    # The fast path (newsevents.nlp.fast) gives the same results as the plain one; it is a
    # switch only so that tests and benchmarks can compare the two.
    fast_path: bool = True
    # spaCy memory zones are process-wide: only a process that codes and nothing else (the
    # engine's workers, the `code` command) turns them on.
    memory_zones: bool = False
    # Likewise process-wide: after warm-up, move the model, dictionaries and gazetteer (~170,000
    # objects) out of the garbage collector's sight, so its full passes stop re-walking them.
    # (Collecting the young generation every 10,000 objects instead of 700 saved ~1.5% of the time
    # but let cyclic garbage pile up: +42 MiB per worker at 2,000 articles. Not done.)
    freeze_gc: bool = False
    zone_articles = 64  # articles per memory zone: smaller zones rebuild the vocabulary more often
    # Inside a zone spaCy's tokenizer reads its cache but never adds to it, so every word is split
    # afresh. The first articles are parsed outside any zone: their words stay in the cache and the
    # vocabulary for good (256 polnear articles: +3,700 strings; tokenizing 60 unseen articles in a
    # zone then costs 0.18-0.25 s of CPU instead of 0.53-0.70 s). Same tokens either way.
    seed_articles = 256
    _warmed: bool = False
    _seeded: int = 0

    def _code_batch(self, batch: list[Item]) -> Iterator[ArticleResult]:
        nlp = self.nlp  # a missing model is a configuration error: raised, not recorded per article
        if not self.fast_path:
            yield from self._parse_and_analyse(batch, nlp, fast=False)
            return
        if not self._warmed:
            self._warm_up(nlp)
        # Strings and lexemes first seen in this zone are freed when it ends, so a worker's memory
        # stays flat over millions of articles. Results hold no spaCy objects.
        results: list[ArticleResult] = []
        zone = self.memory_zones and self._seeded >= self.seed_articles
        with nlp.memory_zone() if zone else nullcontext():
            for k in range(0, len(batch), self.batch_size):
                results.extend(self._parse_and_analyse(batch[k : k + self.batch_size], nlp, fast=True))
        self._seeded += len(batch)
        yield from results

    def _warm_up(self, nlp: Language) -> None:
        """Build everything that keeps vocabulary strings (matchers, patterns) outside a memory zone."""
        self._warmed = True
        _ = (self.matcher, self.rules, self.gazetteer)
        text = ("Iran's foreign minister said on Monday that \u201cthe US will pay\u201d after US troops killed "
                "three people in Baghdad yesterday, the Pentagon said.")
        probe = Article(id="warm-up", date=date(2020, 1, 4), outlet=None, dateline="BAGHDAD", text=text)
        for _result in self._parse_and_analyse([Item(probe, (), "")], nlp, fast=True):
            pass
        if self.freeze_gc:
            gc.collect()
            gc.freeze()

    def _parse_and_analyse(self, batch: list[Item], nlp: Language, *, fast: bool) -> Iterator[ArticleResult]:
        from newsevents.nlp.fast import fast_pipeline

        texts = [(it.article.text[:MAX_CHARS] if it.article else "") for it in batch]
        todo = [i for i, it in enumerate(batch) if it.article is not None]
        docs: dict[int, Doc | None] = {}
        fp = fast_pipeline(nlp) if fast else None
        try:
            parsed = fp.pipe((texts[i] for i in todo), batch_size=self.batch_size) if fp is not None else \
                nlp.pipe((texts[i] for i in todo), batch_size=self.batch_size)
            for i, doc in zip(todo, parsed, strict=True):
                docs[i] = doc
        except Exception:  # one bad text must not sink the batch: retry one by one
            for i in todo:
                if i in docs:
                    continue
                try:
                    docs[i] = fp(texts[i]) if fp is not None else nlp(texts[i])
                except Exception as exc:  # recorded per article below
                    docs[i] = None
                    batch[i] = Item(batch[i].article, (*batch[i].errors, ErrorRecord("nlp", f"parser failed: {exc}")), batch[i].origin)
        for i, item in enumerate(batch):
            yield self._result(item, docs.get(i))

    @staticmethod
    def result_id(item: Item) -> str:
        """The article id the result of ``item`` will carry, without coding it (used to resume runs)."""
        return item.article.id if item.article is not None else placeholder_article(item).id

    def _result(self, item: Item, doc: Doc | None) -> ArticleResult:
        if item.article is None:
            return ArticleResult(article=placeholder_article(item), errors=item.errors)
        article = item.article
        errors = list(item.errors)
        if len(article.text) > MAX_CHARS:
            errors.append(ErrorRecord("truncated", f"body longer than {MAX_CHARS} characters was cut", item.origin,
                                      severity="warning"))
        if doc is None:
            return ArticleResult(article=article, errors=tuple(errors))
        try:
            return self._analyse(article, doc, tuple(errors))
        except Exception as exc:  # a rule bug must cost one article, not the batch; recorded
            if os.environ.get("NEWSEVENTS_DEBUG"):
                raise
            errors.append(ErrorRecord("internal", f"{type(exc).__name__}: {exc}", item.origin))
            return ArticleResult(article=article, errors=tuple(errors))
        finally:
            release = getattr(doc, "release", None)  # a FastDoc's cached tokens point back at it
            if release is not None:
                release()

    def read_actors(self, doc: Doc, day: date | None) -> tuple[DocActors, list[Candidate]]:
        """The document's actors and event candidates. Quotes and entities come after, because coding the events
        records each sentence's subjects, which pronouns then resolve to: evaluations call this too, so they
        measure what the pipeline does."""
        _cache_sentences(doc)
        actors = DocActors(doc, self.matcher, self.lexicon, day,
                           place_country=self._place_country if self.dictionaries.place_actors else None)
        if self.dictionaries.place_actors:
            toponym_spans(doc, actors, self.gazetteer)  # towns the tagger missed are actors' places too
        return actors, self.rules.candidates(doc, actors)

    def analyse_doc(self, article: Article, doc: Doc) -> tuple[ArticleResult, list[Candidate], DocActors, list[Toponym]]:
        actors, candidates = self.read_actors(doc, article.date)
        body = doc.text  # Doc.text re-joins every token on each access: read it once
        times = extract_times(doc, article.date)
        toponyms, dateline_place = extract_toponyms(doc, actors, self.gazetteer, dateline=article.dateline)
        counts = extract_counts(doc)
        entities, ent_ids = extract_entities(doc, actors, article.id)
        raw_quotes = extract_quotes(doc, actors)
        sents = list(doc.sents)
        sent_of = {t.i: k for k, s in enumerate(sents) for t in s}

        def ref(r: Resolved | None) -> ActorRef | None:
            if r is None:
                return None
            r = _story_country(r, toponyms, self.gazetteer)
            return ActorRef(r.code, r.text, ent_ids.get(r.entity or ""), r.start, r.end, r.rule)

        kept = [c for c in candidates if c.status in {"event", "unrealized"} and c.code in cameo_codes()]
        fatal = self._attach_counts(doc, kept, counts, sent_of)
        events: list[Event] = []
        unrealized: list[Event] = []

        def key_of(c: Candidate) -> tuple[str, str, str, int]:
            return c.code, c.source.code if c.source else "", c.target.code if c.target else "", c.trigger

        # "said it would agree to withdraw": the pattern's unrealised 0356 and the stated intent's real
        # 0356 share a key; the real one is kept
        real = {key_of(c) for c in kept if c.status == "event"}
        abroad = self._abroad(doc, kept, toponyms, sent_of, dateline_place)
        seen: set[tuple[str, str, str, int]] = set()
        # each real event's trigger and the place it found itself (None: the dateline or the source's home)
        mentions: list[tuple[Token, Place | None]] = []
        for k, c in enumerate(kept):
            trig = doc[c.trigger]
            key = key_of(c)
            if key in seen or (c.status != "event" and key in real):
                continue
            seen.add(key)
            info = cameo_codes()[c.code]
            sent = sents[c.sentence]
            rivals = [o for o in kept if o.sentence == c.sentence and o.trigger != c.trigger]
            others = {o.trigger for o in rivals}  # the other events' triggers in this sentence
            other_args = others | {o.noun_arg for o in rivals if o.noun_arg is not None}
            when = self._event_time(doc, c, times, sent_of, others, other_args)
            where = self._event_place(doc, c, toponyms, sent_of, dateline_place, others)
            if where is dateline_place:
                where = self._home_not_dateline(doc, c, dateline_place, abroad) or where
            # neither the dateline nor the source's home in its stead says where a common noun is
            placed = where if where is not None and where is not dateline_place \
                and not (where.rule or "").startswith("home:") else None
            source = self._placed(ref(c.source), placed, info.quad_class)
            target = self._placed(ref(c.target), placed, info.quad_class)
            target_tok = doc[c.target.token] if c.target is not None and c.target.token >= 0 else None
            home = at_home(c.code, source, target, target_tok) and not (
                target_tok is not None and self.rules.place_of_violence(target_tok, trig))
            if home:
                # a trip or a deed at home: the town is where it happened, not whom it was to ("sorrow for the
                # shootings in South Carolina" keeps it: there the place names the victims)
                target = None
            if target is None and c.code[:2] in EXCHANGE_ROOTS and not joint_exchange(doc, c) and (
                    (home and c.code[:3] in {"042", "043", "044"}) or not state_actor(source)):
                c.status, c.reason = "rejected", "no second party for an exchange"
                continue
            ev = Event(
                id=content_id("ev", article.id, c.code, key[1], key[2], trig.idx),
                cameo=c.code,
                cameo_name=info.name,
                goldstein=info.goldstein,
                quad_class=info.quad_class,
                root=info.root,
                plover=plover_for(c.code),
                source=source,
                target=target,
                date=when.ref.date if when else article.date,
                time=when.ref if when else None,
                place=where,
                negated=c.negated,
                modality=c.modality,
                evidence=Evidence(
                    sentence=c.sentence,
                    start=sent.start_char,
                    end=sent.end_char,
                    text=sent.text,
                    rule=c.rule,
                    trigger=TextSpan(trig.idx, trig.idx + len(trig), trig.text),
                ),
                fatalities=fatal.get(k, {}).get("fatalities"),
                injured=fatal.get(k, {}).get("injured"),
                crowd_size=fatal.get(k, {}).get("crowd"),
                attributed_to=ref(c.attributed_to),
                confidence=0.9 if c.source and c.target and c.source.code and c.target.code else 0.6,
                extractor=EXTRACTOR,
            )
            (events if c.status == "event" else unrealized).append(ev)
            if c.status == "event":
                mentions.append((trig, placed))
        events = self._refer_back(events, mentions, times)
        quotes = [
            Quote(
                id=content_id("q", article.id, q.start, q.end),
                text=q.text,
                start=q.start,
                end=q.end,
                speaker=ActorRef(q.speaker.code, q.speaker_text or q.speaker.text, ent_ids.get(q.speaker.entity or ""),
                                 q.speaker_start, q.speaker_end, q.speaker.rule) if q.speaker is not None else None,
                cue=q.cue,
                kind=q.kind,  # type: ignore[arg-type]
                cue_span=TextSpan(q.cue_start, q.cue_end, body[q.cue_start : q.cue_end])
                if q.cue_start is not None and q.cue_end is not None else None,
                contents=tuple(TextSpan(s, e, body[s:e]) for s, e in q.contents),
            )
            for q in raw_quotes
        ]
        places: dict[tuple[str, float, float], list[TextSpan]] = {}
        place_obj: dict[tuple[str, float, float], Place] = {}
        for t in toponyms:
            pk = (t.place.name, t.place.lat, t.place.lon)
            places.setdefault(pk, []).append(TextSpan(t.start, t.end, body[t.start : t.end]))
            place_obj[pk] = t.place
        place_mentions = tuple(
            PlaceMention(p.name, p.lat, p.lon, p.country, p.precision, p.geonameid, tuple(places[k]), p.admin1)
            for k, p in place_obj.items()
        )
        result = ArticleResult(
            article=article,
            entities=tuple(entities),
            events=tuple(events),
            quotes=tuple(quotes),
            places=place_mentions,
            times=tuple(t.ref for t in times),
            errors=(),
            unrealized_events=tuple(unrealized),
        )
        return result, candidates, actors, toponyms

    @staticmethod
    def _refer_back(events: list[Event], mentions: list[tuple[Token, Place | None]],
                    times: list[TimeMention]) -> list[Event]:
        """A definite event noun with no time of its own ("Zarif criticized the US strike", "Soleimani's killing"),
        or an indefinite one naming both its sides ("martyred in an attack by America"), names an act of material
        conflict the story told before: it takes that event's date, and its place when it names none of its own
        (only the dateline or the source's home). Only events dated by a time of their own are referred to.
        """
        time_tokens = {i for tm in times for i in range(tm.token_start, tm.token_end)}
        told: list[tuple[Event, Place | None]] = []
        out = list(events)
        for k in sorted(range(len(events)), key=lambda n: mentions[n][0].i):
            ev, (trig, placed) = events[k], mentions[k]
            if ev.time is None:
                level = names_told_occasion(trig, time_tokens) if not ev.negated else 0
                found = referent(ev, placed, told, both_sides=level == 1) if level and told else None
                first, where = found if found is not None else (None, None)
                # the noun itself, or the occasion a verb happened in or during ("were injured in the raid")
                noun = trig if level == 2 else next((p for c in trig.children if c.dep_ == "prep"
                                                     and c.lower_ in OCCASION_PREPS for p in c.children
                                                     if p.dep_ == "pobj"), None) if level == 0 else None
                named = possessive_occasion(noun, times) if noun is not None and not ev.negated and ev.root in OCCASIONS and (
                    noun is trig or names_told_occasion(noun, time_tokens) == 2) else None
                if first is not None and first.time is not None:
                    rule = f"refers back to event {first.id}"
                    place = replace(where, rule=rule) if placed is None and where is not None else ev.place
                    out[k] = replace(ev, date=first.date, time=replace(first.time, rule=f"{rule} ({first.time.rule})"),
                                     place=place)
                elif named is not None and noun is not None:
                    rule = f"refers back to '{named.ref.text} {noun.text}' ({named.ref.rule})"
                    out[k] = replace(ev, date=named.ref.date, time=replace(named.ref, rule=rule))
            elif ev.time.date is not None:
                told.append((ev, placed))
        return during_dated(events, out, [m[0] for m in mentions])

    def _analyse(self, article: Article, doc: Doc, errors: tuple[ErrorRecord, ...]) -> ArticleResult:
        result, _, _, _ = self.analyse_doc(article, doc)
        return ArticleResult(
            article=result.article, entities=result.entities, events=result.events, quotes=result.quotes,
            places=result.places, times=result.times, errors=errors, unrealized_events=result.unrealized_events,
        )

    @staticmethod
    def _belongs_elsewhere(trig: Token, tok: Token, others: set[int], *, anchors: set[int] | None = None,
                           future: bool = False, time: bool = False) -> bool:
        """Does a time or place under ``trig`` date or place another act (``others``: their triggers) than ``trig``'s?

        * in the clause of another event that is reported or described under it ("said its troops
          killed five militants near Kandahar", "mourned the commander, who was killed in Baghdad"):
          that event's; an adverbial clause or an event noun ("killed when a drone struck a camp in
          Marib", "killed in a strike at the airport") is the same occurrence and keeps it;
        * in its infinitive complement ("agreed to hold talks in Minsk next week", "called on the US
          to attack targets in Syria"): a place is where the act agreed to or asked for would happen,
          and so is a future time; a past time there dates the event it answers ("threatened to
          avenge a strike yesterday": the strike), else it may date both ("agreed to sell it in 2010").
        """
        path = [tok, *tok.ancestors]
        k = next((n for n, t in enumerate(path) if t.i == trig.i), None)
        if k is None or k == 0:
            return False
        below = path[:k]
        for j, t in enumerate(below):
            if t.i in others and t.pos_ in {"VERB", "AUX"} and any(
                    u.dep_ in {"ccomp", "relcl", "parataxis", "csubj"} for u in below[j:]):
                return True
        child = below[-1]
        if child.dep_ == "xcomp" and has_to_marker(child):
            if not time or future:
                return True
            # a past time: the event the infinitive answers ("avenge a strike") carries it
            return any(o.dep_ in {"dobj", "pobj", "prep"} and any(x.i in (anchors or set()) for x in o.subtree)
                       for o in child.children)
        return False

    def _event_time(self, doc: Doc, c: Candidate, times: list[TimeMention], sent_of: dict[int, int],
                    others: set[int] | None = None, other_args: set[int] | None = None) -> TimeMention | None:
        trig = doc[c.trigger]
        anchors = [trig] + ([doc[c.noun_arg]] if c.noun_arg is not None else [])
        best: tuple[int, TimeMention] | None = None
        pool: list[TimeMention] = []
        for tm in times:
            if sent_of.get(tm.token_start) != c.sentence or tm.ref.precision == "none":
                continue
            pool.append(tm)
            if tm.ref.precision in {"day", "week"} and in_other_time_clause(doc[tm.token_start : tm.token_end].root, trig):
                # "ordered the killing after a mob this week laid siege": the siege's week. A year or a
                # month there still bounds the act ("fought US troops after the 2003 invasion")
                continue
            tt = doc[tm.token_start : tm.token_end].root
            if trig.pos_ in {"VERB", "AUX"} and perfect_misdated(trig, tt, tm):
                continue
            future = tm.ref.date is not None and tm.ref.anchor is not None and tm.ref.date > tm.ref.anchor
            if self._belongs_elsewhere(trig, tt, others or set(), anchors=other_args, future=future, time=True):
                continue
            dist = min(tree_distance(a, tt) for a in anchors)
            if (dist <= 3 or occasion_time(trig, tt) or framing_noun(trig, tt) is not None) and (
                    best is None or dist < best[0]):
                best = (dist, tm)
        return self._offset_time(doc, trig, best[1] if best else None, pool)

    @staticmethod
    def _offset_time(doc: Doc, trig: Token, tm: TimeMention | None, pool: list[TimeMention]) -> TimeMention | None:
        """The time of an act in an "after"/"before" clause or phrase, counted from its main clause's.

        "Crowds filled the streets on Sunday, two days after he was killed": Sunday dates the
        crowds; the killing was two days before it. Without a count ("after he was killed") the act
        was near that day, not on it: the date is kept with week precision. "since" and "until"
        say nothing of when the act was, and it keeps the article date.
        ``tm`` is the time nearest the act (if any), ``pool`` the sentence's other resolved times.
        """
        for node in [trig, *trig.ancestors]:
            found = time_clause(node)
            if found is None:
                continue
            mark, inside = found
            if mark is None or mark.lower_ not in TEMPORAL_MARKS:
                when = mark if mark is not None else next((a for a in node.children if a.dep_ == "advmod"), None)
                if (tm is None and when is not None and when.lower_ == "when" and tree_distance(trig, node) <= 2
                        and not any(a.dep_ == "aux" and a.lower_ in {"had", "having", "has", "have"}
                                    for a in trig.children)):
                    # "demonstrations began on Saturday evening, when a vigil turned into a protest": the
                    # clause's own act is on the main clause's day (not one it tells of, nor one it had done:
                    # "lashed out on Thursday when ... for having shot down a bomber")
                    near = [(tree_distance(node.head, doc[m.token_start : m.token_end].root), m) for m in pool
                            if m.token_start not in inside and m.ref.date is not None]
                    return min(((d, m) for d, m in near if d <= 2), key=lambda x: x[0], default=(0, None))[1]
                return tm  # "when he was killed", "as crowds gathered": one occasion, one time
            if tm is not None and doc[tm.token_start : tm.token_end].root.i in inside:
                return tm  # the clause names its own time
            # "two days after he was killed" (on the clause), "three days after the strike" (above the phrase)
            offset = next((c for c in [*node.children, *mark.children, node.head] if c.dep_ == "npadvmod"
                           and c.i != node.i), None)
            outside = [(tree_distance(node.head, doc[m.token_start : m.token_end].root), m) for m in pool
                       if m.token_start not in inside and (offset is None or not offset.i <= m.token_start
                                                           <= offset.right_edge.i)]
            main = tm or min(((d, m) for d, m in outside if d <= 3 or framing_noun(
                node.head, doc[m.token_start : m.token_end].root) is not None), key=lambda x: x[0], default=(0, None))[1]
            if main is None or main.ref.date is None or main.ref.precision != "day":
                return None
            if offset is None:
                # "marched on Sunday after a rocket attack killed two soldiers": near Sunday, the day unknown
                if mark.lower_ not in {"after", "before"}:
                    return None
                ref = TimeRef(f"{mark.text} … {main.ref.text}", mark.idx, mark.idx + len(mark), main.ref.date, "week",
                              main.ref.date, f"dates:{mark.lower_}:{main.ref.rule}")
                return TimeMention(ref, mark.i, mark.i + 1)
            last = min(offset.right_edge.i, mark.i - 1) if offset.i < mark.i else offset.right_edge.i
            res = offset_from(main.ref.date, doc[offset.left_edge.i : last + 1].text, mark.lower_)
            if res is None:
                return None
            start, end = offset.left_edge.idx, mark.idx + len(mark)
            ref = TimeRef(doc.text[start:end] + " " + main.ref.text, start, end, res.date, res.precision,
                          main.ref.date, f"dates:{res.rule}:{main.ref.rule}")
            return TimeMention(ref, offset.left_edge.i, mark.i + 1)
        return tm

    def _event_place(
        self, doc: Doc, c: Candidate, toponyms: list[Toponym], sent_of: dict[int, int], dateline: Place | None,
        others: set[int] | None = None,
    ) -> Place | None:
        trig = doc[c.trigger]
        # a capital that acts is a government, not a place ("Washington said"); a capital the event goes
        # to or happens in is both ("a state visit to Moscow", "the attack on Baghdad")
        # an actor that only the place gave ("fighting broke out in Aleppo": Syria) leaves it the place
        actor_tokens = {r.token for r in (c.source, c.target) if r is not None and "+place-context" not in r.rule
                        and not (r is c.source and any(",place=" in n for n in c.notes))}
        target_token = c.target.token if c.target is not None else None
        trig_clause = time_clause_of(trig)
        source_tok = doc[c.source.token] if c.source is not None and c.source.token >= 0 else None
        visited = next((t for t in toponyms if target_token is not None and t.token_start <= target_token < t.token_end
                        and goes_to(doc, t, c.code)), None)
        in_sent = [t for t in toponyms if sent_of.get(t.token_start) == c.sentence
                   and not any(t.token_start <= a < t.token_end and not (t is visited and a == target_token)
                               for a in actor_tokens)
                   and not self._belongs_elsewhere(trig, doc[t.token_start : t.token_end].root, others or set())
                   and time_clause_of(doc[t.token_start : t.token_end].root) == trig_clause]
        located = [t for t in in_sent if t is visited or (locative(doc, t, c.code)
                                                          and not topic_place(doc, t, trig, c.code, source_tok))]
        if not located and c.code[:2] == "04":
            located = [t for t in in_sent if trip_beside(doc, t, trig)]
        if located:
            best = min(located, key=lambda t: tree_distance(trig, doc[t.token_start : t.token_end].root))
            return best.place
        return dateline

    def _abroad(self, doc: Doc, kept: list[Candidate], toponyms: list[Toponym], sent_of: dict[int, int],
                dateline: Place | None) -> set[str]:
        """The people the story shows away from home: the source or the guest of a meeting, visit or signing
        (``PRESENCE_CODES``) that happened, placed in another country than theirs, the dateline's included
        ("Xi Jinping ended a state visit to Moscow"). A person, not the country: one official's trip does not
        put the whole government abroad."""
        out: set[str] = set()
        if dateline is None:
            return out
        for c in kept:
            if (c.code[:2] != "04" and c.code[:3] not in PRESENCE_CODES) or c.status != "event" or c.negated:
                continue
            others = {o.trigger for o in kept if o.sentence == c.sentence and o.trigger != c.trigger}
            where = self._event_place(doc, c, toponyms, sent_of, dateline, others)
            for r in (c.source, c.target if c.code[:2] == "04" else None):
                if r is not None and r.kind == "person" and r.entity and where is not None and where.country \
                        and where.country != r.code[:3]:
                    out.add(r.entity)
        return out

    def _home_not_dateline(self, doc: Doc, c: Candidate, dateline: Place | None, abroad: set[str]) -> Place | None:
        """A state's word said nowhere named is said at home, not where the reporter files from.

        "PARIS -- Iran's foreign ministry rejected the demand": the dateline is where the story was
        written, not where Tehran spoke; the event takes Iran at country precision. Only for what a
        state does by saying or deciding (statements, appeals, intents, endorsements, demands,
        criticism, rejections, threats, cutting ties and sanctions: ``SPOKEN_ROOTS``) and only when its
        source is a state actor (the bare country or its government, military, legislature, courts,
        police or spies) of a country other than the dateline's. Meetings, visits, aid, protests and
        force happen somewhere, more often the dateline's town, and keep it; so do citizens, parties,
        firms and international bodies, whose country says nothing of where they are; so do a deal
        agreed or signed (at the talks), a symbolic act or a signing, an ambassador or envoy (posted
        abroad), and a country whose people the story shows abroad (``abroad``: a visit or meeting of
        theirs away from home, "Xi's state visit to Moscow").
        """
        if dateline is None or dateline.country is None or c.code[:2] not in SPOKEN_ROOTS or c.source is None \
                or c.code[:3] in PRESENCE_CODES or doc[c.trigger].lemma_.lower() in {"agree", "sign"}:
            return None
        code = c.source.code or ""
        country, sector = code[:3], code[3:6]
        if country == dateline.country or sector not in HOME_SECTORS or (c.source.entity or "") in abroad \
                or any(w in (c.source.rule or "").lower() for w in POSTED_ABROAD):
            return None
        home = self.gazetteer.countries.get(country)
        if home is None:
            return None
        return replace(home, rule=f"home:{code}-not-dateline-{dateline.country}")

    def _placed(self, actor: ActorRef | None, place: Place | None, quad_class: int) -> ActorRef | None:
        """A common-noun actor without a country takes the country of the place its event is at.

        "Riot police fired tear gas at protesters in Tehran": IRNCOP and IRNCVL, as an ICEWS reader
        would code them; only for the domestic sectors of the lexicon's ``placed_sectors``, only
        for a place the sentence names (never the dateline alone), and the rule says so. A whole
        country named beside a verbal act is as often its topic as its place ("the leaders pledged
        to work for peace in Ukraine"): verbal events need a city, province or landmark.
        """
        if quad_class in {1, 3} and place is not None and place.precision == "country":
            return actor
        if (actor is None or place is None or not place.country or actor.code is None
                or not actor.code.startswith("---") or not (actor.rule or "").startswith("agent:")
                or actor.code[3:6] not in self.lexicon.placed_sectors):
            return actor
        return replace(actor, code=place.country + actor.code[3:], rule=f"{actor.rule}+country:place:{place.name}")

    def _attach_counts(
        self, doc: Doc, kept: list[Candidate], counts: list[Any], sent_of: dict[int, int]
    ) -> dict[int, dict[str, int]]:
        out: dict[int, dict[str, int]] = {}
        for cnt in counts:
            tok = doc[cnt.token]
            si = sent_of.get(cnt.token)
            if cnt.kind != "crowd" and cumulative_toll(tok, doc.text[cnt.number_start : cnt.number_end]):
                continue
            target: int | None = None
            for k, c in enumerate(kept):
                if c.trigger == cnt.token or (c.noun_arg is not None and c.noun_arg == cnt.token):
                    target = k
            if target is None and cnt.kind != "crowd":
                # "nine people died in the strike": the event the noun names, here or earlier
                nouns = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in {"in", "during", "after", "from"}
                         for g in p.children if g.dep_ == "pobj"]
                for n in nouns:
                    same = [k for k, c in enumerate(kept) if c.trigger == n.i or c.noun_arg == n.i]
                    if same:
                        target = same[0]
                    elif self.rules.best(n, noun=True) is not None:
                        prior = [k for k, c in enumerate(kept) if c.status == "event" and c.code[:2] in {"18", "19", "20"}
                                 and c.sentence <= (si or 0)]
                        if prior:
                            target = prior[0]
            if target is None:
                in_sent = [k for k, c in enumerate(kept) if c.sentence == si and c.status == "event"
                           and (c.code[:2] == "14" if cnt.kind == "crowd" else c.code[:2] in {"18", "19", "20"})]
                if in_sent:
                    target = in_sent[0]
            if target is not None:
                slot = out.setdefault(target, {})
                slot[cnt.kind] = max(slot.get(cnt.kind, 0), cnt.value)
        return out

    # ---- explain ----------------------------------------------------------------------------
    def explain(self, text: str, *, day: date | None = None, dateline: str | None = None) -> Explanation:
        """Code ``text`` and keep every intermediate decision for display; the dateline, when given, places the
        story as the article's header would (it decides which namesake a town is)."""
        article = Article(id=content_id("a", None, day, text), date=day, outlet=None, dateline=dateline, text=text)
        doc = self.nlp(text)
        result, candidates, actors, toponyms = self.analyse_doc(article, doc)
        exp = Explanation(text=text, date=day, result=result)
        for t in doc:
            if t.is_space:
                continue
            exp.tokens.append({"i": t.i, "text": t.text, "lemma": t.lemma_, "pos": t.pos_, "dep": t.dep_,
                               "head": t.head.i, "ent": t.ent_type_})
        for m in actors.mentions:
            exp.actors.append({"text": m.surface, "entry": m.entry.name, "kind": m.entry.kind, "form": m.form,
                               "code": m.entry.code_on(day) if m.entry.kind != "country" else m.entry.code,
                               "source": m.entry.source})
        def shown(r: Resolved | None) -> str | None:
            if r is None:
                return None
            # as the output shows it: a town named as an actor takes the country the story's places chose
            return _story_country(r, toponyms, self.gazetteer).code + " (" + r.text + ")"

        for c in candidates:
            exp.candidates.append({
                "trigger": doc[c.trigger].text, "code": c.code, "status": c.status, "reason": c.reason,
                "source": shown(c.source), "target": shown(c.target),
                "negated": c.negated, "modality": c.modality, "rule": c.rule, "notes": c.notes,
            })
        return exp
