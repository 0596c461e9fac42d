"""Dictionaries in PETRARCH's formats: reading every kind, coding with them, the unit-test suite.

The small dictionaries here are invented for these tests (Marx-Brothers countries); the real
PETRARCH files are only read from ../shared/data at run time, never copied.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsevents.dictionaries.petrarch import detect_kind, load_dictionaries, read_dictionary_file, regular_verb_forms
from newsevents.errors import DictionaryError
from newsevents.pipeline import Coder

VERBS = """
<!-- an invented verb dictionary in PETRARCH-1 syntax -->
&MONEY
+GUILDER
+DUCATS_
+GOLD COIN

&NEGAUX
+DID N'T
+WILL NOT

--- LEND  [070]  ---
LEND {LENT}
- * &MONEY  [071]     # money makes it economic aid
- &NEGAUX * [120]

--- MEET  [040:040]  ---
MEET {MET}
- % * [043:043]

--- SHUT  [---]  ---
+SHUT_DOWN {+SHUTS_DOWN +SHUT_DOWN +SHUTTING_DOWN}
- * EMBASSY_IN + [161]

--- FREE  [0841]  ---
FREE
- + WAS_ * FROM $ [0841]
"""

ACTORS = """
FREEDONIA_  [FRE]
+FREEDONIAN

SYLVANIA  [SYL]
+SYLVANIAN

RUFUS_FIREFLY  # date-restricted roles
\t[FREGOV 330101-331231]
\t[FREELI >340101]
\t[FRE]

DUCHY_OF_GRAND_FENWICK [GFK/FEN]
CHICOLINI [---]
"""

AGENTS = """
!PERSON! = MAN, WOMAN
AMBASSADOR [~GOV]
SPOKES!PERSON! [~GOV]
RELIEF_AGENCY {} [NGO~]
"""

DISCARDS = """
CROQUET MATCH
+MARX BROTHERS_
"""

ISSUES = """
<ISSUE CATEGORY="MONEY">
n:guilder [CURRENCY]
v:default [DEBT]
</ISSUE>
"""


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("petr")
    out = {}
    for name, text in {"verbs": VERBS, "actors": ACTORS, "agents": AGENTS, "discards": DISCARDS, "issues": ISSUES}.items():
        p = root / f"mine.{name}.txt"
        p.write_text(text, encoding="utf-8")
        out[name] = p
    return out


@pytest.mark.parametrize("kind", ["verbs", "actors", "agents", "discards", "issues"])
def test_kind_is_read_from_content(kind: str) -> None:
    text = {"verbs": VERBS, "actors": ACTORS, "agents": AGENTS, "discards": DISCARDS, "issues": ISSUES}[kind]
    assert detect_kind(text) == kind


def test_prepositions_list_is_recognised() -> None:
    assert detect_kind("about\nabove\nacross\nafter\nagainst\n") == "prepositions"


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_text("# nothing\n", encoding="utf-8")
    with pytest.raises(DictionaryError):
        read_dictionary_file(p)


def test_verb_forms() -> None:
    assert set(regular_verb_forms("CARRY")) == {"carry", "carries", "carried", "carrying"}
    assert set(regular_verb_forms("free")) == {"free", "frees", "freed", "freeing"}
    assert set(regular_verb_forms("restore")) == {"restore", "restores", "restored", "restoring"}


def test_verb_patterns(files: dict[str, Path]) -> None:
    kind, d = read_dictionary_file(files["verbs"])
    assert kind == "verbs"
    lend = [p for p in d.patterns if p.head == "lend"]
    assert {p.code for p in lend} == {"070", "071", "120"}
    money = next(p for p in lend if p.code == "071")
    phrases = money.after[0].phrases
    assert ("guilder",) in phrases and ("guilders",) in phrases  # regular plural generated
    assert ("ducats",) in phrases and ("ducatss",) not in phrases  # "_" stops plurals
    assert ("gold", "coin") in phrases
    neg = next(p for p in lend if p.code == "120")
    assert ("did", "n't") in neg.before[0].phrases  # contractions split as the tokenizer does
    assert "lent" in money.forms
    meet = [p for p in d.patterns if p.head == "meet"]
    assert {(p.code, p.reverse_code) for p in meet} == {("040", "040"), ("043", "043")}
    assert next(p for p in meet if p.code == "043").before[0].kind == "compound"
    shut = [p for p in d.patterns if p.head == "shut"]
    assert shut and all(p.after[0].phrases == (("down",),) and p.after[0].joined for p in shut)
    assert {p.code for p in shut} == {"---", "161"}
    free = next(p for p in d.patterns if p.head == "free" and p.before)
    assert [s.kind for s in free.before] == ["word", "target"]
    assert [s.kind for s in free.after] == ["word", "source"]


def test_actor_dates_synonyms_and_codes(files: dict[str, Path]) -> None:
    kind, d = read_dictionary_file(files["actors"])
    assert kind == "actors"
    by_name = {e.name.lower(): e for e in d.actors.values()}
    firefly = by_name["rufus firefly"]
    assert firefly.code_on(date(1933, 6, 1)) == "FREGOV"
    assert firefly.code_on(date(1936, 6, 1)) == "FREELI"
    assert firefly.code_on(date(1920, 6, 1)) == "FRE"
    assert by_name["chicolini"].code_on(None) == ""  # [---] is no actor
    assert by_name["duchy of grand fenwick"].code == "GFK/FEN"
    texts = {s.text for s in d.surfaces}
    assert {"FREEDONIA", "FREEDONIAN", "SYLVANIA", "RUFUS FIREFLY"} <= texts
    assert all(s.fold for s in d.surfaces)


def test_bad_date_restriction_is_skipped_and_reported(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("KLOPSTOKIA [KLO]\nSOMEONE\n\t[KLOGOV 9912345-991231]\n\t[KLO]\n", encoding="utf-8")
    _, d = read_dictionary_file(p)
    assert len(d.actors) == 2 and d.skipped and "9912345" in d.skipped[0]


def test_agents_discards_issues(files: dict[str, Path]) -> None:
    _, agents = read_dictionary_file(files["agents"])
    assert agents.agents["ambassador"][0] == "GOV"
    assert agents.agents["spokeswoman"][0] == "GOV"  # !PERSON! substitution
    assert agents.agents["relief agency"][0] == "NGO~"
    _, disc = read_dictionary_file(files["discards"])
    assert {(x.words, x.story, x.stem) for x in disc.discards} == {
        (("croquet", "match"), False, True), (("marx", "brothers"), True, False)}
    _, iss = read_dictionary_file(files["issues"])
    assert {(i.words, i.code) for i in iss.issues} >= {(("guilder",), "CURRENCY"), (("guilders",), "CURRENCY"),
                                                       (("defaulted",), "DEBT")}


@pytest.fixture(scope="module")
def petr_coder(files: dict[str, Path]) -> Coder:
    return Coder(dictionaries=load_dictionaries(list(files.values()), defaults=False))


def _events(coder: Coder, text: str, day: date) -> set[tuple[str, str, str]]:
    r = coder.code_text(text, day=day)
    return {(e.source.code if e.source else "", e.target.code if e.target else "", e.cameo) for e in r.events}


def test_coding_with_petrarch_dictionaries(petr_coder: Coder) -> None:
    day = date(1933, 6, 1)
    assert ("FRE", "SYL", "071") in _events(petr_coder, "Freedonia lent ten million guilders to Sylvania.", day)
    assert ("FRE", "SYL", "070") in _events(petr_coder, "Freedonia lent its navy to Sylvania.", day)
    assert ("FRE", "SYL", "120") in _events(petr_coder, "Freedonia didn't lend anything to Sylvania.", day)
    both = _events(petr_coder, "Freedonia and Sylvania met on Monday.", day)
    assert {("FRE", "SYL", "043"), ("SYL", "FRE", "043")} <= both  # % compound, [a:b] reverse code
    assert ("FREGOV", "SYLGOV", "040") in _events(petr_coder, "Rufus Firefly met the Sylvanian ambassador.", day)
    assert ("FREELI", "SYL", "040") in _events(petr_coder, "Rufus Firefly met Sylvania.", date(1937, 1, 1))
    freed = _events(petr_coder, "Chicolini's brother was freed from Sylvania on Monday.", day)
    assert not freed or all(s == "SYL" for s, _, _ in freed)  # $ after FROM is the source


def test_null_patterns_and_discards(petr_coder: Coder) -> None:
    day = date(1933, 6, 1)
    assert not _events(petr_coder, "Freedonia shut down its port.", day)  # [---] says no event
    assert ("FRE", "SYL", "161") in _events(petr_coder, "Freedonia shut down its embassy in Sylvania.", day)
    assert not _events(petr_coder, "Freedonia lent Sylvania a mallet for the croquet match.", day)
    assert not _events(petr_coder, "The Marx Brothers said Freedonia lent money to Sylvania.", day)


def test_compound_actor_codes_and_agents(petr_coder: Coder) -> None:
    day = date(1933, 6, 1)
    got = _events(petr_coder, "The Duchy of Grand Fenwick met Freedonia.", day)
    assert {("GFK", "FRE", "040"), ("FEN", "FRE", "040")} <= got
    assert ("NGOFRE", "SYL", "040") in _events(petr_coder, "A Freedonian relief agency met Sylvania.", day)


# ---- the real PETRARCH files, read in place -----------------------------------------------------
def test_real_dictionaries_load(shared_data: Path) -> None:
    folder = shared_data / "petrarch2" / "dictionaries"
    if not folder.exists():
        pytest.skip("petrarch2 dictionaries not present")
    kinds = {}
    for f in sorted(folder.glob("*.txt")):
        kind, d = read_dictionary_file(f)
        kinds[f.name] = kind
        assert d.patterns or d.actors or d.agents or d.discards or d.issues or kind == "prepositions", f.name
    assert kinds["PETR.Validate.verbs.txt"] == "verbs" and kinds["CAMEO.2.0.txt"] == "verbs"
    assert kinds["Phoenix.agents.txt"] == "agents" and kinds["Phoenix.IssueCoding.txt"] == "issues"
    assert kinds["Phoenix.discards.txt"] == "discards" and kinds["Phoenix.prepositions.txt"] == "prepositions"
    assert kinds["Phoenix.Countries.actors.txt"] == "actors"


def test_unit_records_mechanics(shared_data: Path) -> None:
    """A slice of PETRARCH's unit-test records, coded with its validation dictionaries only."""
    from newsevents.evaluate.petrarch import evaluate

    folder = shared_data / "petrarch2"
    data = folder / "validation" / "PETR.UnitTest.records.xml"
    if not data.exists():
        pytest.skip("petrarch2 validation records not present")
    dicts = [folder / "dictionaries" / f"PETR.Validate.{k}.txt" for k in ("verbs", "actors", "agents", "discards")]
    report = evaluate(data, limit=70, dictionaries=dicts, no_default_dictionaries=True)
    assert report.counts["records_with_errors"] == 0
    assert report.metrics["lenient_f1"] >= 0.8, report.format()


def test_code_command_with_dictionaries(files: dict[str, Path], tmp_path: Path) -> None:
    import json

    from newsevents.cli import main

    story = tmp_path / "story.txt"
    story.write_text("Freedonia lent ten million guilders to Sylvania.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["code", str(story), "--date", "1933-06-01", "-o", str(out), "-q", "--no-resume", "--no-default-dictionaries"]
    for f in files.values():
        args += ["--dictionary", str(f)]
    assert main(args) == 0
    events = json.loads(out.read_text(encoding="utf-8").splitlines()[0])["events"]
    assert any(e["cameo"] == "071" and e["source"]["code"] == "FRE" and e["target"]["code"] == "SYL" for e in events)
    assert "mine.verbs.txt" in events[0]["evidence"]["rule"]
    assert main(["code", str(story), "-o", str(out), "-q", "--no-resume", "--no-default-dictionaries"]) == 2
