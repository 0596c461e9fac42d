"""Toponyms in a Doc: spaCy GPE/LOC/FAC, dictionary country names and gazetteer names the tagger missed,
resolved offline and together.

All toponyms of an article are resolved in one call to :meth:`Gazetteer.resolve_document`, so that
"Paris" next to "Texas" is Paris, Texas, and "Springfield, Illinois" is read as one place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsevents.extract.actors import DATELINE, DocActors, common_word_modifier
from newsevents.model import Place
from newsevents.resolve.places import Gazetteer, OutletProfile, name_key

__all__ = ["Toponym", "extract_toponyms", "toponym_spans"]

LOCATIVE = {"at", "in", "near", "outside", "inside", "across", "throughout", "around", "into", "on", "from",
            "to", "toward", "towards", "within", "over", "off", "along", "beyond"}
ANAPHORIC_PLACE_NOUNS = {"airport", "base", "square", "embassy", "camp", "city", "capital", "port", "border", "compound"}
# prepositions after which a name the tagger called a person is still read as a place ("a robbery in Newberry")
PLACE_ONLY_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "into"}
# "advanced on X": movement toward a place
ADVANCING_VERBS = {"advance", "march", "converge", "close", "push", "move", "descend", "press"}
# "the town of X": the name after these nouns is a place of that kind
PLACE_KIND_WORDS = {"town", "city", "village", "province", "region", "district", "state", "county", "capital", "port",
                    "suburb", "enclave", "oblast", "governorate", "prefecture", "municipality", "island"}
# verbs whose object is often a town ("Russian forces shelled Bakhmut", "the rebels captured Kidal")
PLACE_TAKING_VERBS = {
    "shell", "bomb", "bombard", "capture", "seize", "besiege", "storm", "encircle", "surround", "occupy", "liberate",
    "recapture", "retake", "enter", "evacuate", "flee", "visit", "tour", "raid", "overrun", "blockade", "annex",
    "invade", "strike", "hit", "attack", "target", "pound", "rocket", "leave", "reach",
}
# of those, verbs done to a town by armed force, whose object the tagger's "person" is still a city as large as
# an "organisation" must be ("Russian troops captured Kherson", "missiles pounded Kharkiv"; not "attacked
# Johnson", "visited Jackson")
SIEGE_VERBS = {
    "shell", "bomb", "bombard", "capture", "seize", "besiege", "storm", "encircle", "occupy", "liberate",
    "recapture", "retake", "overrun", "blockade", "annex", "invade", "pound", "rocket",
}
# institutions named after their place ("Toronto Police", "the Indiana Department of Health", "Pakistan Army";
# not schools and universities: they are often named after people, "Washington Latin School")
INSTITUTION_WORDS = {
    "police", "department", "council", "court", "hospital", "army", "navy", "board", "authority", "house",
    "senate", "assembly", "legislature", "government", "officials", "residents", "mayor", "governor", "sheriff",
    "fire", "chamber", "commission", "ministry", "parliament", "office", "district", "health", "transit",
    "library", "museum", "guard", "service", "services",
}
# schools named after a state or country ("Florida State University") are there; after a town, often not
SCHOOL_WORDS = {"university", "college", "school", "schools", "academy", "institute"}
# smallest town a missed name may be, by what the tagger thought it was (admin1, countries and named
# counties always pass): untyped names in a place's slot are usually places, a "person" or an
# "organisation" at a locative preposition less often ("at Harvard", "to Johnson")
# a town's name said by someone, or after a person's role, is that person's name ("Petrova said", "coach Ripley")
SPEAKING_VERBS = {"say", "tell", "add", "explain", "state", "comment", "insist", "contend", "suggest", "exclaim",
                  "respond", "reply", "recall", "claim", "note", "write", "ask", "testify", "admit"}
PERSON_ROLE_NOUNS = {
    "coach", "girlfriend", "boyfriend", "wife", "husband", "son", "daughter", "brother", "sister", "mother",
    "father", "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece", "cousin", "friend", "teammate",
    "principal", "officer", "sergeant", "commissioner", "spokesman", "spokeswoman", "superintendent",
    "attorney", "lawyer", "defendant", "suspect", "victim", "player", "singer", "actor", "actress", "artist",
}
# largest town whose name a person-like use of it overrides; bigger ones are rarely a person's name
MAX_POP_PERSON_NAME = 100_000
# largest town whose name, written without its accents and with nothing else in the article in its country,
# is still read as that town ("Titan" is no Tītān, Afghanistan; "Belk" no Bełk, Poland)
MAX_POP_UNACCENTED = 50_000
COUNTY_WORDS = {"county", "parish"}
# people named by where they live ("a Rochester man", "two Hamilton women", "the Camarillo resident")
RESIDENT_NOUNS = {"man", "woman", "men", "women", "resident", "residents", "teen", "teens", "teenager", "boy", "girl",
                  "native", "couple"}
MIN_POP_UNTYPED = 2_000
MIN_POP_PERSON = 10_000
MIN_POP_ORG = 50_000
MIN_POP_INSTITUTION = 50_000
# a smaller town names the local body that opens with one of these words ("the Byesville Volunteer Fire Department",
# "Edwardsville City Council", "Laconia police", "Litchfield Superior Court"); not a ministry, a museum or a
# house named after someone ("the Commerce Ministry", "Carnegie Library", "Douglas House", "Rye Court")
LOCAL_BODY_WORDS = {
    "police", "department", "council", "board", "fire", "sheriff", "mayor", "officials", "residents", "chamber",
    "commission", "office", "district", "transit", "services", "service", "hospital", "army", "city",
    "town", "village", "township", "borough", "volunteer", "general", "community", "regional", "municipal",
    "public", "emergency", "superior",
}
MIN_POP_LOCAL_BODY = 2_000


# what may come before a dateline on its line: a headline's or a sentence's end ("Man charged in fire. HUDSON --"),
# a byline's date ("Advocate Reporter March 30, 2009 NEWARK --")
_AFTER_HEADLINE = re.compile(r"(?:[.!?][\"'”’)]?|\b(?:19|20)\d\d)\s+")
_BEFORE_DATELINE = re.compile(_AFTER_HEADLINE.pattern + "$")
_CAPITALS = re.compile(r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}")


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


def _name_word(tok: Token) -> bool:
    """A capitalised proper noun, or a capitalised word inside a sentence the tagger put in a name but the parser
    mistook ("shelled Bakhmut" parsed as an adverb)."""
    if not tok.text[:1].isupper():
        return False
    return tok.pos_ == "PROPN" or (tok.ent_type_ in {"ORG", "PERSON"} and not tok.is_sent_start and tok.is_alpha)


def _dateline_capitals(doc: Doc) -> list[tuple[int, int]]:
    """The char spans of the towns in capitals that open a wire dateline, at a line's start or after a headline
    or a byline on it ("HUDSON --", "Man charged in fire. TORRINGTON —"): the tagger often takes them for
    common nouns."""
    text = doc.text
    out: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        starts = [line.start()] + [m.end() for m in _AFTER_HEADLINE.finditer(text, line.start(), line.end())]
        for start in starts:
            if DATELINE.match(text, start) is not None and (town := _CAPITALS.match(text, start)) is not None:
                out.append(town.span())
    return out


def _proper_runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised proper nouns (and of the words of a dateline's town), in token offsets."""
    towns = _dateline_capitals(doc)

    def name_word(tok: Token) -> bool:
        return _name_word(tok) or (tok.is_upper and tok.is_alpha and any(a <= tok.idx < b for a, b in towns))

    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if name_word(doc[i]):
            j = i + 1
            while j < len(doc) and name_word(doc[j]):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _place_slot(span: Span, run_end: int, gazetteer: Gazetteer) -> str | None:
    """Where the sentence puts the name: "locative" ("in X", "the town of X", "X and Y" after one), "object" (of a
    verb that takes towns: "shelled X"), "institution" or "school" (it names a body: "the X Police", "the X
    Department of Health", "X State University"), or None.
    ``run_end`` is where the run of proper nouns the name starts ends."""
    doc = span.doc
    rest = [t.lower_ for t in doc[span.end:run_end]]
    if rest:  # "Madison County Health Department"; not "Martin Luther", "Goose Creek High School"
        if any(w in INSTITUTION_WORDS for w in rest):
            return "institution"
        return "school" if any(w in SCHOOL_WORDS for w in rest) else None
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in INSTITUTION_WORDS and span.root.head.i == nxt.i:
        return "institution"  # "Hudson police", "Gainesville officials"
    if nxt is not None and nxt.is_lower and nxt.lower_ in RESIDENT_NOUNS and span.root.head.i == nxt.i:
        return "resident"  # "a Gainesville man", "the Camarillo resident": where someone lives
    root = span.root
    if root.dep_ in {"dobj", "advmod", "npadvmod"} and root.head.lemma_.lower() in PLACE_TAKING_VERBS:
        return "object"  # "shelled Bakhmut", "captured Kidal"
    if root.dep_ == "nsubj" and root.head.lemma_.lower() == "fall" \
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in root.head.children):
        return "object"  # "Kherson fell to Russian forces": a town taken
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in PLACE_KIND_WORDS:
        return "kind"  # "the northern town of Calais", "the city of Sevierville"
    return "locative" if _locative_slot(root, gazetteer) else None


def _hometown_of(tok: Token) -> bool:
    """Is the word the object of an "of" telling where a named person is from ("Jane Doe of Grovetown",
    "Jane Doe, 41, of Grovetown")?"""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "of" and (
        prep.head.ent_type_ == "PERSON" or (prep.head.like_num and prep.head.dep_ == "appos"))


def _locative_slot(tok: Token, gazetteer: Gazetteer, depth: int = 0) -> bool:
    """Is the proper noun where a place goes: "in X", "the town of X", "the City of X", "Jane Doe, 41, of X", or
    a conjunct of a place name there ("in Hamilton and Middletown"; not "a Golf Club and Spa")?"""
    if tok.dep_ in {"conj", "appos"} and tok.head.i != tok.i and tok.head.pos_ == "PROPN" and depth < 3:
        head = tok.head
        return head.ent_type_ in {"GPE", "LOC"} or (
            gazetteer.standing(head.text) is not None and _locative_slot(head, gazetteer, depth + 1))
    if tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ in LOCATIVE:
            return True
        if prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_KIND_WORDS:
            return True  # "the town of X", "the City of X"
        if _hometown_of(tok):
            return True  # where someone is from: "Jane Doe of Grovetown", "Jane Doe, 41, of Grovetown"
    return False


def _missed_toponyms(doc: Doc, actors: DocActors, gazetteer: Gazetteer,
                     taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Names the tagger did not call places but the gazetteer knows, where the sentence uses them as places
    ("Russian forces shelled towns around Bakhmut", "a robbery in Newberry", "the Toronto Police"), and a
    wire dateline's town ("CORSICANA —"). The longest known name at the start of a run wins."""
    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b, _ in taken) and not any(
            (m := actors.by_token.get(k)) is not None and m.entry.kind in {"person", "organization"} for k in range(s, e))

    out: list[tuple[int, int, str]] = []
    for s, e in _proper_runs(doc):
        if _title_cased(doc[s].sent) and not in_body_dateline(doc[s:e]):
            continue  # a headline in title case ("Golf Courses Reach Into Bag of Tricks")
        ends: list[int] | range = range(e, s, -1)
        county_end = _county_end(doc, s, e, gazetteer)  # "the Henderson County Jail Tuesday": the county, whatever follows it
        if county_end is not None:
            ends = [county_end]
        local = False
        if isinstance(ends, range) and doc[s].lower_ not in {"vice", "deputy", "acting", "interim", "assistant"}:
            # "Fargo Police Chief Keith Ternes", "Whitestown Town Hall": a town's local body (not "Vice Mayor")
            for k in range(s + 1, e):
                if doc[k].lower_ in LOCAL_BODY_WORDS and doc[k].is_title:
                    if gazetteer.standing(doc[s : k + 1].text) is not None:
                        continue  # "Boulder City Council": the word is the town's own
                    known = gazetteer.standing(doc[s:k].text)
                    if known is not None and known[0] == "city" and known[1] >= MIN_POP_LOCAL_BODY:
                        ends, local = [k], True
                    break
        before = doc[s - 1] if s > 0 else None
        if isinstance(ends, range):  # a county is named whatever follows or comes before it
            if e < len(doc) and doc[e].like_num:
                continue  # "Ward 8", "Talla 2": a numbered thing ("Otter Tail County Road 80" keeps its county)
            if before is not None and before.text in {"-", "/", "–"} and not before.whitespace_:
                continue  # "Hartsfield-Jackson", "Dallas/Fort Worth" ("the Paris-Henry County Rescue Squad" keeps it)
            if doc[e - 1].whitespace_ == "" and e < len(doc) and doc[e].text in {"-", "/", "–"}:
                continue  # "Post-Intelligencer"
        if before is not None and before.tag_ == "POS":
            continue  # "Henry's Turkey Service"
        for end in ends:
            span = doc[s:end]
            if not free(s, end):
                continue
            ents = {t.ent_type_ for t in span}
            # "the Tarrant County Medical Examiner", "McMinn County Sheriff Steve Frisbie": whatever the tagger made of
            # the whole, a county named in it is where the office is
            county = len(span) > 1 and span[-1].lower_ in COUNTY_WORDS and span[-1].is_title
            if (ents - {"", "PERSON", "ORG", "NORP"} and not county and not local) or (span.text.isupper() and not in_body_dateline(span)) \
                    or not all(t.is_title or t.is_upper or len(t) > 4 for t in span):
                break  # "PoP" is an abbreviation; "McAllen", "DeKalb" are names
            whole_entity = span[0].ent_iob_ == "B" and (end == len(doc) or doc[end].ent_iob_ != "I")
            if "PERSON" in ents and not whole_entity and not county and not local and any(
                    t.ent_type_ == "PERSON" and (t.ent_iob_ == "I" or (t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I"
                                                                      and doc[t.i + 1].ent_type_ == "PERSON"))
                    for t in span):
                break  # part of a person's full name
            listed = _county_list(doc, s, end) if end == e else None
            known = gazetteer.standing(f"{span.text} {listed}" if listed else span.text)
            if listed and (known is None or known[0] != "county"):
                break
            if known is None:
                continue
            if s >= 2 and doc[s - 1].lower_ == "of" and gazetteer.standing(doc[s - 2 : end].text) is not None:
                break  # "District of Columbia" is a name of its own, not Columbia
            kind, pop = known
            dateline = in_body_dateline(span)
            slot = "locative" if dateline or listed else _place_slot(span, e, gazetteer)
            if slot is None and county and kind == "county":
                slot = "institution"
            if slot is None:
                continue
            if slot == "locative" and before is not None and before.lower_ == "the":
                break  # "from the Durango", "at the Villas": a thing named after a place
            if kind == "city":
                if slot == "school":
                    break  # "Columbia University", "Amherst College": often not where it is
                if slot == "institution":
                    need = MIN_POP_INSTITUTION
                    if end < len(doc) and doc[end].lower_ in LOCAL_BODY_WORDS:
                        need = MIN_POP_LOCAL_BODY
                elif dateline or slot == "kind":
                    need = 1_000  # the sentence says it is a town
                elif slot == "resident":
                    need = MIN_POP_UNTYPED  # "a Crafton man": whatever the tagger thought the name was
                elif "ORG" in ents:
                    need = MIN_POP_ORG
                elif "PERSON" in ents:
                    root = span.root
                    if slot == "object":
                        if root.head.lemma_.lower() not in SIEGE_VERBS | {"fall"} or pop < MIN_POP_ORG:
                            break  # "attacked Johnson": a person
                        out.append((s, end, "GPE"))
                        break
                    if root.dep_ != "pobj" or not (root.head.lower_ in PLACE_ONLY_PREPOSITIONS or (
                            root.head.lower_ == "on" and root.head.head.lemma_.lower() in ADVANCING_VERBS)
                            or _hometown_of(root)):
                        break
                    need = MIN_POP_PERSON
                else:
                    need = MIN_POP_UNTYPED
                if pop < need:
                    break
            elif kind == "county" and span[-1].lower_ not in COUNTY_WORDS and not listed:
                break
            out.append((s, end, "GPE"))
            break
    return out


def _county_list(doc: Doc, start: int, end: int) -> str | None:
    """"County" or "Parish" when the name is one of a list that a plural "counties" or "parishes" closes
    ("Barrow, Jackson and Madison counties", "in Otter Tail and Grant counties"): each name is a county's."""
    def listed(tok: Token) -> bool:
        return tok.text in {",", "and", "or", "&"} or (tok.pos_ == "PROPN" and tok.is_title)

    k = end
    while k < len(doc) and k < end + 12 and doc[k].lower_ not in {"counties", "parishes"}:
        if not listed(doc[k]):
            return None
        k += 1
    if k == len(doc) or doc[k].lower_ not in {"counties", "parishes"}:
        return None
    first = start
    while first > 0 and first > start - 12 and listed(doc[first - 1]):
        first -= 1
    if not any(t.lower_ in {"and", "or", "&"} for t in doc[first:k]):
        return None  # "Indiana counties", "the four metro Athens counties": the counties of one place
    return "County" if doc[k].lower_ == "counties" else "Parish"


def _title_cased(sent: Span) -> bool:
    """Is the sentence a headline with its words capitalised ("Golf Courses Reach Into Bag of Tricks")? Its
    small words are too, which a sentence full of names does not do."""
    words = [t for t in sent if t.is_alpha]
    small = [t for t in words[1:] if t.is_stop and t.text[0].isupper() and t.lower_ not in {"us", "i"}]
    return bool(small) and sum(1 for t in words if t.text[0].isupper()) >= 0.6 * len(words)


def in_body_dateline(span: Span) -> bool:
    """Is ``span`` the town of a wire dateline opening a paragraph ("CORSICANA —", "SEVIERVILLE, Tenn. (AP)"), or
    following a headline or a byline on the same line ("Man charged in fire. HUDSON --")?"""
    text = span.doc.text
    line_start = text.rfind("\n", 0, span.start_char) + 1
    start = line_start
    if span.start_char != line_start and text[line_start:span.start_char].strip():
        if not _BEFORE_DATELINE.search(text, line_start, span.start_char):
            return False
        start = span.start_char
    m = DATELINE.match(text, start)
    return m is not None and span.end_char <= m.end() and span.text.isupper()


def _full_names(doc: Doc, given: Container[str]) -> list[Span]:
    """The document's people named in full: a PERSON of two or three proper nouns opening with a given name
    ("Natalia Petrova", "Chad Walker"; not "Jordan Elementary School", "Sri Lanka's former president")."""
    return [e for e in doc.ents if e.label_ == "PERSON" and 2 <= len(e) <= 3 and e[0].lower_ in given
            and all(t.pos_ == "PROPN" and t.is_title for t in e)
            and not any(t.lower_ in SCHOOL_WORDS or t.lower_ in INSTITUTION_WORDS for t in e)]


def _inside_person(names: list[Span], start: int, end: int) -> bool:
    """Are the tokens part of a person's full name ("Chad Walker", "Andrew Jordan")?"""
    return any(e.start <= start and end <= e.end and (e.start, e.end) != (start, end) for e in names)


def _person_named(ent: Span, people: set[str], given: Container[str], gazetteer: Gazetteer) -> bool:
    """Is a one-word "place" of the tagger a person: a town's name (not a country's or a state's, not a large
    city's) used as someone's name, where the text says so: the document names a person in full with it
    ("Natalia Petrova ... Petrova said"), it is a given name ("Kristina and Tim"), it says something
    ("Bingham said"), or a person's role comes before it ("coach Ripley", "girlfriend Olivia")? Not where a
    place goes: "in X", "the town of X", "X, Texas"."""
    if len(ent) != 1 or not ent.text[:1].isupper() or ent.text.isupper():
        return False
    tok = ent[0]
    if not gazetteer.small_town(tok.text, MAX_POP_PERSON_NAME):
        return False
    if _locative_slot(tok, gazetteer) or (tok.dep_ == "pobj" and tok.head.lower_ == "of"):
        return False
    head = tok
    for _ in range(3):  # "Douglas, Sarpy and Lancaster counties", "the Fairfield area"
        if head.dep_ not in {"conj", "compound", "nmod", "appos", "amod"} or head.head.i == head.i:
            break
        head = head.head
        if head.lemma_.lower() in PLACE_KIND_WORDS | {"area", "county", "township", "parish", "neighborhood"}:
            return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text == "," and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 2].ent_type_ == "GPE":
        return False  # "Ripley, Tennessee"
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.is_lower and before.lemma_ in PERSON_ROLE_NOUNS:
        return True
    if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in SPEAKING_VERBS:
        return True
    return tok.lower_ in people or tok.lower_ in given


def _county_end(doc: Doc, start: int, end: int, gazetteer: Gazetteer, *, after_the: bool = False) -> int | None:
    """Where the name of a county the gazetteer knows ends, when it opens ``doc[start:end]`` and more follows
    ("the Titus County Sheriff's Office", "Lamar County Commissioners"); the first county word decides.
    ``after_the``: a leading "the" is no part of the name."""
    first = start + 1 if after_the and doc[start].lower_ == "the" else start
    for k in range(start + 1, end - 1):
        if doc[k].lower_ in COUNTY_WORDS and doc[k].is_title:
            known = gazetteer.standing(doc[first : k + 1].text) if k + 1 > first else None
            return k + 1 if known is not None and known[0] == "county" else None
    return None


def _county_inside(ent: Span, gazetteer: Gazetteer) -> bool:
    """Does the tagger's place name an office or a thing of a county the gazetteer knows, not the county itself?"""
    return _county_end(ent.doc, ent.start, ent.end, gazetteer, after_the=True) is not None


def toponym_spans(doc: Doc, actors: DocActors, gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """The token spans (start, end, label) of every toponym: the tagger's places, dictionary country names and
    the names the tagger missed that the gazetteer knows; the names found so the last time are kept on
    ``actors.missed_places`` (the actors of a town the tagger mistyped are its country: "shelled Bakhmut")."""
    if actors.toponym_spans is not None:
        return actors.toponym_spans
    spans: list[tuple[int, int, str]] = []
    given = actors.lexicon.given_names
    names = _full_names(doc, given)
    people = {e[-1].lower_ for e in names}  # their surnames
    for ent in doc.ents:
        if ent.label_ in {"GPE", "LOC", "FAC"}:
            em = actors.by_token.get(ent.root.i)
            if em is not None and em.entry.kind in {"person", "organization"}:
                continue  # an actor typed as a place by the tagger ("Soleimani" as GPE)
            if len(ent) == 1 and common_word_modifier(ent[0]):
                continue
            if _person_named(ent, people, given, gazetteer):
                continue
            if _county_inside(ent, gazetteer):
                continue  # "the Titus County Sheriff's Office": its county is found with the names the tagger missed
            spans.append((ent.start, ent.end, ent.label_))
    for am in [*actors.mentions, *actors.dateline_mentions]:
        if am.entry.kind == "country" and am.form in {"name", "capital", "abbreviation"} and not any(
                s < am.end and am.start < e for s, e, _ in spans) \
                and not _inside_person(names, am.start, am.end):  # "mainland China" beside the tagger's "China"; not "Chad Walker"
            spans.append((am.start, am.end, "GPE"))
    missed = _missed_toponyms(doc, actors, gazetteer, spans)
    actors.missed_places = {i: (s, e) for s, e, _ in missed for i in range(s, e)}
    spans += missed
    spans.sort()
    actors.toponym_spans = spans
    return spans


def _unaccented_only(name: str, place: Place) -> bool:
    """Is ``name`` the place's name only once its accents and marks are dropped ("Titan" for Tītān)?"""
    return not place.name.isascii() and place.name.casefold() != name.casefold() \
        and name_key(place.name) == name_key(name)


def _home_namesake(name: str, place: Place | None, code: str, read_in: dict[str, set[str]]) -> bool:
    """Is a country's name ("Georgia", "Lebanon", "Palestine") read as a state or town of another country where the
    article's other places are, and none is in that country ("north Georgia" beside Gainesville and Athens; "a
    Palestine man" beside Anderson County)?"""
    if place is None or not place.country or place.country == code:
        return False
    key = name_key(name)
    return bool(read_in.get(place.country, set()) - {key}) and not read_in.get(code, set()) - {key}


def _constituent_country(name: str, place: Place | None, code: str) -> bool:
    """Is the country's name the name of one of its own first-level divisions ("England", "Wales", "Northern
    Ireland" in the United Kingdom), which is where the dot goes?"""
    return place is not None and place.country == code and place.precision == "admin1" \
        and name_key(place.name) == name_key(name)


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
    spans = toponym_spans(doc, actors, gazetteer)
    # the countries the article's actors name; a name that is itself one of the toponyms ("Paris" for
    # France, "Lebanon") is left out: it would vouch for its own most famous reading
    named = {i for s, e, _ in spans for i in range(s, e)}
    context: Counter[str] = Counter()
    for am in actors.mentions:
        if am.entry.kind == "country" and am.entry.code and am.start not in named:
            context[am.entry.code] += 1
    dateline_place = None
    dateline_country = None
    if dateline:
        name = dateline.split("/")[0].strip().title()
        dateline_place = gazetteer.lookup(name, context=context)
        dateline_country = dateline_place.country if dateline_place else None
    # "Barrow, Jackson and Madison counties": each name read as its county's
    names = [f"{_surface(doc[s:e].text)} {listed}" if (listed := _county_list(doc, s, e)) else _surface(doc[s:e].text)
             for s, e, _ in spans]
    char_spans = [(doc[s:e].start_char, doc[s:e].end_char) for s, e, _ in spans]
    places = gazetteer.resolve_document(names, text=doc.text, spans=char_spans, context=context,
                                        dateline_country=dateline_country, labels=[lab for _, _, lab in spans],
                                        regions=regions, profile=profile)
    # the countries each name of the article was read in, to tell a foreign town's name from an English word
    read_in: dict[str, set[str]] = {}
    for name, place in zip(names, places, strict=True):
        if place is not None and place.country:
            read_in.setdefault(place.country, set()).add(name_key(name))
    out: list[Toponym] = []
    for (s, e, _), name, place in zip(spans, names, places, strict=True):
        span = doc[s:e]
        if place is not None and place.country and _unaccented_only(name, place) and not context[place.country] \
                and not read_in[place.country] - {name_key(name)} and gazetteer.small_town(name, MAX_POP_UNACCENTED):
            continue  # "Titan", "Belk", "Tamara": a small foreign town's name only without its accents
        m = actors.by_token.get(span.root.i)
        if m is not None and m.entry.kind == "country" and m.form in {"name", "abbreviation"} and m.entry.code in gazetteer.countries \
                and (place is None or place.precision != "country") and not _home_namesake(name, place, m.entry.code, read_in) \
                and not _constituent_country(name, place, m.entry.code):
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
