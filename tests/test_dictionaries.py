"""The built-in dictionaries: sizes, valid codes, no duplicates, sane date ranges."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest

from newsevents.dictionaries import default_dictionaries, parse_pattern
from newsevents.errors import DictionaryError
from newsevents.ontology import cameo_codes


def test_sizes() -> None:
    d = default_dictionaries()
    kinds = defaultdict(int)
    for e in d.actors.values():
        kinds[e.kind] += 1
    assert kinds["country"] >= 240
    assert kinds["organization"] >= 250
    assert kinds["person"] >= 600
    assert len(d.agents) >= 300
    assert len(d.patterns) >= 1500


def test_no_surface_names_two_actors() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for s in default_dictionaries().surfaces:
        if not s.weak:
            owners[s.text].add(s.entry)
    clashes = {t: o for t, o in owners.items() if len(o) > 1}
    assert not clashes, f"ambiguous names: {sorted(clashes)[:20]}"


def test_codes_and_dates() -> None:
    for e in default_dictionaries().actors.values():
        for r in e.roles:
            assert r.code.isupper() and len(r.code) % 3 == 0, (e.name, r.code)
            if r.start and r.end:
                assert r.start <= r.end, (e.name, r)
        if e.code:
            assert e.code.isupper() and len(e.code) % 3 == 0, (e.name, e.code)


def test_roles_depend_on_date() -> None:
    actors = default_dictionaries().actors
    rouhani = next(e for e in actors.values() if e.name == "Hassan Rouhani")
    assert rouhani.code_on(date(2015, 6, 1)) == "IRNGOV"
    assert rouhani.code_on(date(2023, 6, 1)) != "IRNGOV"
    soleimani = next(e for e in actors.values() if e.name == "Qasem Soleimani")
    assert soleimani.code_on(date(2019, 6, 1)) == "IRNMIL"
    assert soleimani.code_on(date(2020, 1, 4)) == "IRNMIL"  # news about his death speaks of his office
    # out of office on either side of a term: one of the country's elite, not the state itself
    trump = next(e for e in actors.values() if e.name == "Donald Trump")
    assert trump.code_on(date(2016, 10, 1)) == "USAELI"  # the candidate
    assert trump.code_on(date(2018, 6, 1)) == "USAGOV"
    assert trump.code_on(date(2022, 6, 1)) == "USAELI"  # between the terms


def test_patterns_use_real_codes_and_cover_every_3_digit_code() -> None:
    codes = cameo_codes()
    patterns = default_dictionaries().patterns
    seen = {p.code for p in patterns}
    assert seen <= set(codes) | {"---"}  # "---": a null pattern ("a press release" frees nobody)
    three = {c for c in codes if len(c) == 3}
    covered = {p.code[:3] for p in patterns}
    assert three - covered <= {"155", "176"}, sorted(three - covered)
    texts = defaultdict(set)
    for p in patterns:
        texts[(p.head, p.noun, p.particle, p.obj, p.xcomp, p.target_preps, p.prep_object)].add(p.code)
    assert not {k: v for k, v in texts.items() if len(v) > 1}


def test_agents_map_to_sectors() -> None:
    agents = default_dictionaries().agents
    assert agents["commander"][0] == "MIL"
    assert agents["prime minister"][0] == "GOV"
    assert agents["lawmaker"][0] == "LEG"
    assert all(len(sector) % 3 == 0 for sector, _ in agents.values())


@pytest.mark.parametrize("bad", ["", "~off", "attack @", "attack off"])
def test_bad_patterns_are_rejected(bad: str) -> None:
    with pytest.raises(DictionaryError):
        parse_pattern("190", bad, source="test")


def test_pattern_grammar() -> None:
    p = parse_pattern("172", "impose +sanction @on|against", source="t")
    assert (p.head, p.obj, p.target_preps, p.noun) == ("impose", "sanction", ("on", "against"), False)
    q = parse_pattern("141", "take @to:street", source="t")
    assert q.prep_object == ("to", "street")
    n = parse_pattern("190", "n:attack @on", source="t")
    assert n.noun and n.head == "attack"


def test_required_target_preposition_grammar() -> None:
    p = parse_pattern("190", "fire @at|on!", source="t")
    assert p.target_preps == ("at", "on") and p.target_required
    assert not parse_pattern("190", "fire @at|on", source="t").target_required


def test_agent_terms_are_not_listed_twice() -> None:
    from importlib import resources

    import yaml

    raw = yaml.safe_load(resources.files("newsevents.dictionaries").joinpath("agents.yaml").read_text("utf-8"))
    seen: dict[str, str] = {}
    dupes = []
    for sector, terms in raw.items():
        for term in terms:
            key = str(term).lower()
            if key in seen:
                dupes.append((key, seen[key], sector))
            seen[key] = sector
    assert not dupes, dupes[:10]


def test_pattern_lines_are_unique() -> None:
    from importlib import resources

    lines = resources.files("newsevents.dictionaries").joinpath("patterns.tsv").read_text("utf-8").splitlines()
    rows = [tuple(x.split("\t")[:2]) for x in lines if x.strip() and not x.startswith("#")]
    assert len(rows) == len(set(rows))


def test_lexicon_code_tables_use_real_codes() -> None:
    from newsevents.dictionaries import default_lexicon

    lex = default_lexicon()
    codes = cameo_codes()
    for table in (lex.intent_codes, lex.refusal_codes, lex.appeal_codes):
        assert table
        for prefix, code in table.items():
            assert prefix.isdigit() and code in codes, (prefix, code)
    assert lex.intent_codes["19"].startswith("13") and lex.refusal_codes["08"].startswith("12")
    assert all(r.isdigit() and len(r) == 2 for r in lex.placeless_roots)


def test_lexicon_words_are_words() -> None:
    """YAML reads a bare on/off/yes/no as a boolean: every list entry must stay a string."""
    from dataclasses import fields

    from newsevents.dictionaries import default_lexicon

    lex = default_lexicon()
    for f in fields(lex):
        value = getattr(lex, f.name)
        if isinstance(value, frozenset):
            assert all(isinstance(w, str) and w for w in value), (f.name, sorted(map(repr, value)))
    assert {"on", "off"} <= lex.topic_prepositions | lex.locative_prepositions
    assert all(r.isdigit() for r in lex.speaker_roots)


def test_sport_words_are_a_discard_dictionary() -> None:
    d = default_dictionaries()
    assert any(x.lemma and x.words == ("goalkeeper",) for x in d.discards)


def test_people_of_an_igo_share_its_code() -> None:
    """An official of an intergovernmental body is coded as the body is (an EU commissioner as the EU, an
    IMF head as the IMF), so that dyads and series count them together."""
    actors = default_dictionaries().actors
    bodies = {e.code[:6] for e in actors.values() if e.kind == "organization" and e.code and e.code.startswith("IGO")}
    odd = {(e.name, r.code) for e in actors.values() if e.kind == "person" for r in e.roles
           if r.code.startswith("IGO") and r.code[:6] not in bodies}
    assert not odd, sorted(odd)


def test_family_names_written_first_are_the_surname() -> None:
    """East Asian names are written family name first ("Xi Jinping": Xi); a western-ordered one says so."""
    d = default_dictionaries()
    surnames: dict[str, set[str]] = defaultdict(set)
    for s in d.surfaces:
        if s.form == "surname":
            surnames[d.actors[s.entry].name].add(s.text)
    assert surnames["Xi Jinping"] == {"Xi"}
    assert surnames["Moon Jae-in"] == {"Moon"}
    assert surnames["Ban Ki-moon"] == {"Ban"}
    assert surnames["Carrie Lam"] == {"Lam"}
    assert surnames["Lai Ching-te"] == {"Lai"}  # "William Lai" too
    assert surnames["Jim Yong Kim"] == {"Kim"}  # an American: the last word


def test_a_family_name_must_be_a_word_of_the_name(tmp_path: object) -> None:
    from newsevents.dictionaries.loader import _people

    rows = [{"name": "Carrie Lam", "family_name": "Cheng", "country": "HKG", "roles": []}]
    with pytest.raises(DictionaryError, match="family_name"):
        list(_people(rows, "test.yaml"))
