"""Document coreference for people: pronouns, surnames and role descriptions resolve to the nearest
compatible person, named in the dictionaries or not. Hand-written passages, each with the expected
antecedent of one pronoun or description (the word it is written as, and which occurrence)."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.extract.actors import DocActors, Resolved
from newsevents.pipeline import Coder

DAY = date(2016, 10, 1)


def _resolve(coder: Coder, text: str, word: str, nth: int) -> tuple[DocActors, Resolved | None]:
    doc = coder.nlp(text)
    actors = DocActors(doc, coder.matcher, coder.lexicon, DAY)
    coder.rules.candidates(doc, actors)  # the subjects are remembered sentence by sentence, as in the pipeline
    tok = [t for t in doc if t.text == word][nth]
    return actors, actors.resolve(tok)


def _names(r: Resolved) -> str:
    """What a resolved mention stands for: the words of its antecedent and its entity."""
    tail = r.rule.split("->", 1)[1] if "->" in r.rule else r.text
    return f"{tail} | {r.entity or ''}"


def _agrees(r: Resolved, expected: str) -> bool:
    """Does ``r`` stand for ``expected``: a listed organisation's id, or a person's (sur)name, written in
    the antecedent's words and not contradicted by a dictionary entry for someone else?"""
    entity = r.entity or ""
    if expected.startswith("org:"):
        return entity == expected
    tail = r.rule.split("->", 1)[1] if "->" in r.rule else r.text
    if entity == f"text:{expected}":
        return True
    surname = expected.split()[-1].lower()
    return expected in tail and (not entity.startswith("person:") or entity.endswith(surname))


CASES = [
    # an uncoded person is an antecedent, and blocks a coded one further back
    ("Barack Obama met Tom Keller in Boston on Monday. Obama later praised him in a speech.", "him", 0, "Keller"),
    ("Angela Merkel received Peter Lindqvist, a Swedish union leader, in Berlin. Merkel told him that the plan "
     "was dead.", "him", 0, "Lindqvist"),
    ("Vladimir Putin spoke by phone with the mayor. Later, Anna Kowalski, a local teacher, criticised the plan. "
     "She said it would fail.", "She", 0, "Kowalski"),
    ("Jonas Berg, a farmer from Ohio, said he would sue the company.", "he", 0, "Berg"),
    ("Donald Trump was in Florida on Tuesday. Meanwhile Rachel Adler announced she would run for the seat.",
     "she", 0, "Adler"),
    ("Hassan Rouhani met Javad Karimi, a businessman, in Tehran. Karimi said he had been promised new contracts.",
     "he", 0, "Karimi"),
    ("Benjamin Netanyahu criticised the decision. Daniel Levy, an analyst in Jerusalem, disagreed. He said the "
     "decision was overdue.", "He", 0, "Levy"),
    ("Bernie Sanders met Lisa Kim at the hotel. Sanders endorsed her the next day.", "her", 0, "Kim"),
    ("Emmanuel Macron welcomed Joe Fraser, a British fisherman, to Paris. Macron gave him a medal.", "him", 0,
     "Fraser"),
    ("Xi Jinping hosted a summit in Beijing. Li Wei, a factory owner in Shenzhen, said he expected more orders.",
     "he", 0, "Li Wei"),
    ("Hillary Clinton campaigned in Ohio with Tim Ryan. Ryan said he was confident.", "he", 0, "Ryan"),
    ("Narendra Modi met Ravi Kumar, a farmer. Kumar told reporters that Modi had listened to him.", "him", 0,
     "Kumar"),
    ("Bashar al-Assad appeared on television. Omar Khalil, a rebel commander, said he would keep fighting.",
     "he", 0, "Khalil"),
    ("Pope Francis received Maria Gonzalez, a nurse from Peru. She told him about her work.", "She", 0,
     "Gonzalez"),
    # the coded person stays the antecedent where the uncoded one cannot be
    ("Recep Tayyip Erdogan spoke at the rally. The crowd cheered when Mehmet Aydin, a local mayor, joined him "
     "on stage.", "him", 0, "Erdogan"),
    ("Pope Francis received Maria Gonzalez, a nurse from Peru. She told him about her work.", "him", 0,
     "Francis"),
    ("John Kerry met Sameh Shoukry in Cairo. Kerry said he hoped the ceasefire would hold.", "he", 0, "Kerry"),
    ("Congresswoman Maria Lopez spoke with Barack Obama. She urged him to act.", "him", 0, "Obama"),
    # gender agreement
    ("Mrs. Helen Carter met Mr. David Osei in Accra. He said the talks had gone well.", "He", 0, "Osei"),
    ("Mr. Samuel Reyes met Mrs. Laura Bianchi on Friday. She said the meeting was useful.", "She", 0, "Bianchi"),
    ("Congresswoman Maria Lopez spoke with Barack Obama. She urged him to act.", "She", 0, "Lopez"),
    ("Chairwoman Ruth Bell thanked Paul Diaz for the report. She said the work was excellent.", "She", 0, "Bell"),
    ("Mrs. Julia Stone, the company's chairwoman, met union leaders. The chairwoman said she would not resign.",
     "she", 0, "Stone"),
    # a surname names the person written in full before it
    ("Police arrested Kevin Moore on Sunday. Moore was charged with fraud.", "Moore", 1, "Kevin Moore"),
    ("Police arrested Kevin Moore on Sunday. Moore was charged with fraud. He denied the charges.", "He", 0,
     "Moore"),
    ("The board appointed Sarah Whitfield as director in May. Whitfield said the company would expand.",
     "Whitfield", 1, "Sarah Whitfield"),
    # role descriptions name the person they describe
    ("Senator Jane Morrow visited the border on Monday. The senator said the fence was useless.", "senator", 0,
     "Morrow"),
    ("Ali Rahimi, a government spokesman, spoke to reporters. The spokesman denied the report.", "spokesman", 1,
     "Rahimi"),
    ("Gen. Omar Haddad led the offensive in the north. The general said the town would fall within days.",
     "general", 0, "Haddad"),
    ("Laura Kent, the defence minister, visited the troops. The minister promised more equipment.", "minister",
     1, "Kent"),
    ("Ayatollah Ali Khamenei addressed a crowd in Tehran. The ayatollah condemned the sanctions.", "ayatollah", 0,
     "Khamenei"),
    ("Mark Dobbs, 45, was arrested in Leeds on Friday. The 45-year-old appeared in court on Monday.", "old", 0,
     "Dobbs"),
    ("A court in Cairo sentenced Ahmed Samir, a journalist, to five years. The journalist denied all charges.",
     "journalist", 1, "Samir"),
    ("Barack Obama met Tom Keller, the mayor of Springfield. The mayor asked for federal help.", "mayor", 1,
     "Keller"),
    ("Governor Paul Lang met President Barack Obama on Monday. The governor asked for aid.", "governor", 0,
     "Lang"),
    pytest.param("Sergei Lavrov met Nadia Petrova, the opposition leader, in Moscow. The opposition leader said the "
                 "talks were useful.", "leader", 1, "Petrova",
                 marks=pytest.mark.xfail(reason="the small model tags 'Nadia Petrova' ORG", strict=True)),
    # organisations: "the group", "the militia" name the last organisation
    ("Hezbollah fighters entered the town. The group said it had lost two men.", "group", 0, "org:hezbollah"),
    ("Boko Haram attacked a village in Borno. The group later released a video of the attack.", "group", 0,
     "org:boko-haram"),
    # (the Mahdi Army is listed under its later name)
    ("The Mahdi Army clashed with police in Basra. The militia withdrew on Friday.", "militia", 0,
     "org:saraya-al-salam"),
    # a body whose name holds the description's word comes before a nearer one; "the group" is too vague for that
    ("The US-led coalition said rockets hit the base. Iraqi Security Forces are investigating, and the coalition "
     "said two contractors were hurt.", "coalition", 1, "org:us-led-coalition-against-the-islamic-state"),
    ("The Islamic State group lost ground last year. On Monday Kataib Hezbollah fired rockets at a base, and the "
     "group said it would fire more.", "group", 1, "org:kataib-hezbollah"),
    # a group, militia or faction is never a state institution named in between
    ("US jets struck depots used by Kataib Hezbollah, the Pentagon said. The group vowed revenge.", "group", 0,
     "org:kataib-hezbollah"),
    ("The Taliban attacked a checkpoint in Helmand. The militants said they had killed five soldiers.", "they", 0,
     "org:taliban"),
]


@pytest.mark.parametrize(("text", "word", "nth", "expected"), CASES)
def test_antecedent(coder: Coder, text: str, word: str, nth: int, expected: str) -> None:
    _, r = _resolve(coder, text, word, nth)
    assert r is not None
    assert _agrees(r, expected), _names(r)


# ---- a surname written with another first name is another person ---------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Lisa Kim met voters in Ohio on Monday.", "Kim"),  # not the listed Jim Yong Kim
    ("Kerry Washington praised the film on Sunday.", "Kerry"),  # a first name, not John Kerry
    ("The raid on the compound took place in May 2011.", "May"),  # a month, not Theresa May
    ("The court may overturn Roe v. Wade next year.", "Wade"),  # a case name
])
def test_no_listed_person(coder: Coder, text: str, name: str) -> None:
    doc = coder.nlp(text)
    actors = DocActors(doc, coder.matcher, coder.lexicon, DAY)
    assert not any(m.entry.kind == "person" and name in m.surface for m in actors.mentions)


def test_listed_person_with_a_middle_initial_stays_listed(coder: Coder) -> None:
    doc = coder.nlp("Vladimir V. Putin spoke in Moscow on Monday.")
    actors = DocActors(doc, coder.matcher, coder.lexicon, DAY)
    assert any(m.entry.id == "person:vladimir-putin" for m in actors.mentions)


# ---- quotes: the quoted words and the narrative around them ------------------------------------------------------
def test_a_quoted_pronoun_is_not_its_speaker(coder: Coder) -> None:
    text = ("Barack Obama spoke about Donald Trump on Thursday. \u201cHe insulted every farmer in the state,\u201d "
            "Obama said.")
    _, r = _resolve(coder, text, "He", 0)
    assert r is not None and "Trump" in _names(r)


def test_a_name_inside_the_quote_is_not_its_speaker(coder: Coder) -> None:
    text = ("Donald Trump attacked his rivals again on Saturday. \u201cBernie Sanders has spent millions and is at the "
            "bottom. A sad figure!\u201d he wrote.")
    _, r = _resolve(coder, text, "he", 0)
    assert r is not None and "Trump" in _names(r)


def test_the_main_clause_subject_comes_first(coder: Coder) -> None:
    text = ("Senator Mitch McConnell said it was wrong that Barack Obama criticised the court. "
            "He said judges should stay out of politics.")
    _, r = _resolve(coder, text, "He", 0)
    assert r is not None and "McConnell" in _names(r)


def test_a_reporting_verb_after_the_clause_names_no_antecedent(coder: Coder) -> None:
    """"He will appeal, his lawyer said": the lawyer speaks about someone else."""
    text = "Omar Haddad was convicted on Monday. He will appeal, Daniel Frost said."
    _, r = _resolve(coder, text, "He", 0)
    assert r is not None and "Haddad" in _names(r)


def test_an_unlisted_person_keeps_no_code_in_events(coder: Coder) -> None:
    """"Him" is the unlisted person met before: no code, and no event coded against the listed one."""
    _, r = _resolve(coder, "Barack Obama met Tom Keller in Boston on Monday. Obama later praised him.", "him", 0)
    assert r is not None and r.code == "" and r.entity == "text:Tom Keller"


def test_a_subject_the_pronoun_hangs_from_comes_first(coder: Coder) -> None:
    """The subject of a clause the pronoun's own clause hangs from, before the sentence before's main subject."""
    text = ("Bernie Sanders spoke in Iowa on Monday. The crowd cheered because Donald Trump repeated the promise "
            "he made last year.")
    _, r = _resolve(coder, text, "he", 0)
    assert r is not None and "Trump" in _names(r)


def _resolve_all(coder: Coder, text: str, word: str) -> list[str]:
    doc = coder.nlp(text)
    actors = DocActors(doc, coder.matcher, coder.lexicon, DAY)
    coder.rules.candidates(doc, actors)
    tok = next(t for t in doc if t.text == word)
    return [r.code for r in actors.resolve_all(tok)]


@pytest.mark.parametrize(("text", "word", "codes"), [
    ("Vladimir Putin hosted Recep Tayyip Erdogan in Sochi. Both men criticized NATO.", "men", ["RUS", "TUR"]),
    # the two the sentences are about, not a leader named in passing
    ("Vladimir Putin praised Recep Tayyip Erdogan. Erdogan, seen as the most powerful man in Turkey since Ataturk, "
     "returned the favour, and the two men signed a gas deal in Ankara.", "men", ["RUS", "TUR"]),
    ("Angela Merkel met Theresa May in Berlin on Monday. Both women condemned the attack.", "women", ["DEU", "GBR"]),
])
def test_both_men_are_the_two_people_last_named(coder: Coder, text: str, word: str, codes: list[str]) -> None:
    assert sorted(c[:3] for c in _resolve_all(coder, text, word)) == codes


@pytest.mark.parametrize(("text", "word", "codes"), [
    # a role word named as an object is one of the two
    ("Kenyan President William Ruto received the Tanzanian president in Nairobi. The two men signed a border deal.",
     "men", ["KEN", "TZA"]),
    ("Angela Merkel hosted Emmanuel Macron in Berlin. The two leaders criticized Russia.", "leaders", ["DEU", "FRA"]),
    ("Germany and France rejected the proposal on Monday. The two governments want new talks.", "governments",
     ["DEU", "FRA"]),
    ("India and Pakistan exchanged fire across the border. Both sides blamed the other.", "sides", ["IND", "PAK"]),
    # the last pair of countries named together, further back than the sentence before
    ("Norway and Chile protested to Russia on Monday. Chile recalled its envoy. Its foreign minister said more "
     "would follow. Talks are expected next week. The two governments said they would seek sanctions.",
     "governments", ["CHL", "NOR"]),
    # "they" whose antecedent is a coordinated subject, or a counted group, is all of them
    ("Germany and France rejected the proposal on Monday. On Tuesday they asked for new talks.", "they",
     ["DEU", "FRA"]),
    ("Angela Merkel hosted Emmanuel Macron in Berlin. The two leaders met for an hour. Afterwards they criticized "
     "Russia.", "they", ["DEU", "FRA"]),
])
def test_a_group_is_every_actor_it_counts(coder: Coder, text: str, word: str, codes: list[str]) -> None:
    assert sorted(c[:3] for c in _resolve_all(coder, text, word)) == codes


def test_a_noun_event_on_a_group_is_one_event_per_actor(coder: Coder) -> None:
    r = coder.code_text("Vladimir Putin received Recep Tayyip Erdogan in Sochi on Monday. Both men were later "
                        "placed under US sanctions.", day=DAY)
    targets = sorted(e.target.code[:3] for e in r.events if e.cameo.startswith("163") and e.target is not None)
    assert targets == ["RUS", "TUR"]


def test_the_two_men_are_a_coordination_of_two_before_the_subject(coder: Coder) -> None:
    # the two named together, not the sentence's subject and one of them
    text = ("Kenyan President William Ruto praised Vladimir Putin and Recep Tayyip Erdogan on Monday. "
            "The two men later spoke by telephone.")
    assert sorted(c[:3] for c in _resolve_all(coder, text, "men")) == ["RUS", "TUR"]


@pytest.mark.parametrize("text", [
    "Angela Merkel condemned the US criticism of Russian leader Vladimir Putin and Turkish president Recep Tayyip "
    "Erdogan, calling it unfair. The two men later spoke by telephone.",
    "Emmanuel Macron condemned the killing of Iranian general Vladimir Putin and Turkish militia chief Recep Tayyip "
    "Erdogan, calling it reckless. Drones destroyed the two men's cars.",
])
def test_the_two_men_are_two_names_joined_by_and(coder: Coder, text: str) -> None:
    # the parser may join the second name to another word; "X and militia chief Y" are still the two
    assert sorted(c[:3] for c in _resolve_all(coder, text, "men")) == ["RUS", "TUR"]


def test_them_after_a_counted_group_in_its_sentence_is_the_group(coder: Coder) -> None:
    text = ("Angela Merkel spoke about Vladimir Putin and Recep Tayyip Erdogan on Monday. Protesters blocked "
            "the two men's convoy in Berlin, delaying them for an hour.")
    assert sorted(c[:3] for c in _resolve_all(coder, text, "them")) == ["RUS", "TUR"]


def test_they_said_by_a_group_we_do_not_know_is_not_the_actors_before(coder: Coder) -> None:
    # "activists said they …": they are the activists, not the two countries of the sentence before
    codes = _resolve_all(coder, "Germany and France rejected the proposal. Activists said they were disappointed.",
                         "they")
    assert len(codes) <= 1, codes


def test_the_two_sides_are_the_countries_named_not_a_pronoun(coder: Coder) -> None:
    text = ("The United States held secret talks with Iran brokered by Oman. It angered Israel. With the Iran "
            "deal finalized, the two sides have talked about moving on.")
    assert sorted(c[:3] for c in _resolve_all(coder, text, "sides")) == ["IRN", "USA"]


def test_the_two_leaders_who_say_they_will_are_both(coder: Coder) -> None:
    r = coder.code_text("Angela Merkel hosted Emmanuel Macron in Berlin. The two leaders said they would visit "
                        "Moscow in May.", day=DAY)
    sources = sorted(e.source.code[:3] for e in r.events if e.cameo == "036" and e.source is not None)
    assert sources == ["DEU", "FRA"]


@pytest.mark.parametrize(("text", "word"), [
    ("Gunmen killed two men in northern Nigeria on Sunday. Both men were shot in the head.", "men"),
    ("Vladimir Putin met Recep Tayyip Erdogan. Polls show Putin leads among both men and women.", "men"),
])
def test_men_who_were_not_named_stay_a_group(coder: Coder, text: str, word: str) -> None:
    codes = _resolve_all(coder, text, word)
    assert not {"RUSGOV", "TURGOV"} & set(codes), codes


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Indonesia's foreign minister flew to Naypyidaw on Monday. She urged the junta to free political prisoners.",
     "She", "IDNGOV"),
    ("Chile's defence minister landed in Lima on Friday. He thanked the Peruvian army for its help.", "He", "CHLGOV"),
])
def test_a_person_a_country_possessive_introduced(coder: Coder, text: str, word: str, code: str) -> None:
    """"Indonesia's foreign minister …. She": the country holds the phrase's start, but the minister is who
    "she" is."""
    _, r = _resolve(coder, text, word, 0)
    assert r is not None and r.code == code, r


@pytest.mark.parametrize("text", [
    "The Labour Party opposed the plan. The minister said the raid had been ordered without a vote, and warned "
    "that it risked a wider war.",
    "Greenpeace criticized the company. A spokesman said the spill had been reported late and that it threatened "
    "the whole coast.",
])
def test_it_after_a_thing_named_as_a_subject_is_that_thing(coder: Coder, text: str) -> None:
    _, r = _resolve(coder, text, "it", 0)
    assert r is None or not r.code, r


def test_it_under_a_named_reporter_is_still_the_reporter(coder: Coder) -> None:
    _, r = _resolve(coder, "France said the deal was dead and that it would leave the talks.", "it", 0)
    assert r is not None and r.code == "FRA"


@pytest.mark.parametrize("text", [
    "Senator Rubio first backed the immigration bill in the Senate, but later he reversed course and voted "
    "against it.",
    "Germany put forward the plan in June, but Poland and Hungary vetoed it.",
    "Britain signed the trade treaty last year. Now the opposition wants to repeal it.",
])
def test_an_object_it_nearer_to_a_thing_than_to_an_actor_is_that_thing(coder: Coder, text: str) -> None:
    _, r = _resolve(coder, text, "it", 0)
    assert r is None or not r.code, r


@pytest.mark.parametrize(("text", "code"), [
    ("Iran said the United States had attacked it.", "IRN"),
    # a place or a time is no thing "it" speaks of
    ("The government of Iraq said in a statement that Turkish jets had bombed it.", "IRQ"),
])
def test_an_object_it_with_no_thing_nearer_is_the_actor(coder: Coder, text: str, code: str) -> None:
    _, r = _resolve(coder, text, "it", 0)
    assert r is not None and r.code == code, r


def _event_actors(coder: Coder, text: str, cameo: str) -> list[tuple[str, str]]:
    """The (source, target) codes of the text's events with this CAMEO code, read sentence by sentence as
    the pipeline reads them (a sentence's own subjects are not yet remembered when its events are coded)."""
    r = coder.code_text(text, day=DAY)
    return [(e.source.code if e.source else "", e.target.code if e.target else "") for e in r.events
            if e.cameo == cameo]


@pytest.mark.parametrize(("text", "cameo", "source"), [
    # a pronoun in a clause under a named subject of its own sentence is that subject, not the last
    # subject of the sentence before
    ("Vladimir Putin criticised the plan. Joe Biden was apologetic when he visited Turkey.", "042", "USA"),
    ("Emmanuel Macron spoke first. Boris Johnson was so angry that he threatened Iran.", "130", "GBR"),
    # a possessive in a phrase beside the verb, with no one named between the subject and it
    ("Emmanuel Macron spoke first. Boris Johnson was harsh in his criticism of Iran on Monday.", "111", "GBR"),
    # (a plural subject is no "his")
    ("Donald Trump has tried to make an issue of Bill Clinton's past. The Clintons have mostly chosen not to "
     "respond to his attacks.", "111", "USA"),
])
def test_a_subject_of_its_own_sentence_governing_the_pronoun(coder: Coder, text: str, cameo: str,
                                                            source: str) -> None:
    found = _event_actors(coder, text, cameo)
    assert found and all(s.startswith(source) for s, _ in found), found


@pytest.mark.parametrize(("text", "cameo"), [
    ("The Pentagon criticized Iran. Jeb Bush says it is more important to defend Israel.", "052"),
    ("The Pentagon criticized Iran. Jeb Bush says it’s even more important to defend Israel.", "052"),
])
def test_an_empty_it_stands_for_no_actor(coder: Coder, text: str, cameo: str) -> None:
    found = _event_actors(coder, text, cameo)
    assert not any(s.startswith("USAMIL") for s, _ in found), found


def test_a_reflexive_is_its_own_clause_subject(coder: Coder) -> None:
    """"Rubio defended himself": Rubio, not the "he" of the sentence before (the event has no other target)."""
    found = _event_actors(coder, "Donald Trump attacked Jeb Bush. He said Bush was weak. Marco Rubio defended "
                                 "himself on Saturday.", "052")
    assert found and not any(t.startswith("USAELI") for _, t in found), found


@pytest.mark.parametrize(("text", "word"), [
    ("Germany signed the deal on Monday. The talks had lasted for hours. The weather was cold. Shops closed early. "
     "Nobody knew why it had taken so long.", "it"),
    ("Canada and Mexico signed the deal on Monday. The talks had lasted for hours. The weather was cold. Shops "
     "closed early. Nobody knew why they had waited so long.", "they"),
])
def test_it_or_they_with_no_actor_in_the_last_three_sentences_is_none(coder: Coder, text: str, word: str) -> None:
    _, r = _resolve(coder, text, word, 0)
    assert r is None or not r.code, r


@pytest.mark.parametrize(("text", "word", "nth"), [
    # a name written plural is no "it"
    ("Mainstream Republicans backed the reform and watched it pass the chamber.", "it", 0),
    # a subject pronoun is none of the names its own clause goes on to speak of
    ("Investigators searched the offices of the Pentagon, the inquiry found. It accused the Pentagon of "
     "hiding the files.", "It", 0),
    # the main subject of the sentence before, a thing named after the antecedent, is what "it" speaks of
    ("Germany sent its proposal to the committee. The proposal goes further than the old rules. It promises "
     "new money for schools.", "It", 0),
    # a plural noun nearer than the only singular body is what "they" speaks of
    ("Mexico is a difficult partner. Its president complains about hosting thousands of migrants from the south. "
     "He has threatened to deport them.", "them", 0),
])
def test_it_or_they_for_a_thing_or_an_unnamed_group_is_none(coder: Coder, text: str, word: str, nth: int) -> None:
    _, r = _resolve(coder, text, word, nth)
    assert r is None or not r.code, r


@pytest.mark.parametrize(("text", "word", "expected"), [
    # the clause's names rule themselves out, not a name in a quote ("he" may speak of himself by name)
    ("Rubio met voters on Monday. He said that “this is the night for Marco Rubio.”", "He", "Rubio"),
])
def test_names_ruled_out_by_the_clause_leave_the_antecedent(coder: Coder, text: str, word: str,
                                                            expected: str) -> None:
    _, r = _resolve(coder, text, word, 0)
    assert r is not None and _agrees(r, expected), r


@pytest.mark.parametrize(("text", "word", "expected"), [
    # an epithet as subject stands for the person the sentence before was about, never the party named between
    ("The Republican Party has stood by Ben Carson. Carson spoke to reporters in Iowa on Sunday. The candidate "
     "also said he would release the article.", "candidate", "Carson"),
    ("The Democratic Party was divided. Donald Trump held a rally in Ohio. Later the billionaire said he would "
     "win the state.", "billionaire", "Donald Trump"),
    # nor the subject of the clause above it, who would be "he" again
    ("Donald Trump spoke in Ohio. John Kasich avoided criticism of Trump, but he expressed concern that the "
     "billionaire was encouraging violence.", "billionaire", "Donald Trump"),
])
def test_an_epithet_stands_for_the_person_just_spoken_of(coder: Coder, text: str, word: str,
                                                         expected: str) -> None:
    _, r = _resolve(coder, text, word, 0)
    assert r is not None and _agrees(r, expected), r


@pytest.mark.parametrize(("text", "word"), [
    # with no person in sight an epithet names no party or company of its sector
    ("The Republican Party met in Cleveland on Monday. The candidate will be chosen in July.", "candidate"),
    ("Senator Ann Ross and the Democratic Party spoke on Monday. Voters will support the candidate in July.",
     "candidate"),
])
def test_an_epithet_is_no_body(coder: Coder, text: str, word: str) -> None:
    _, r = _resolve(coder, text, word, 0)
    assert r is None or r.kind != "organization", r


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a listed person's surname the tagger reads as a place here and as a person elsewhere is that person unless
    # the gazetteer knows a place of the name: "Kasich" names the governor, and "he" him
    ("Gov. Kasich spoke on Monday. Trump, Cruz and Kasich are still in the race. Kasich won the Ohio primary. "
     "He thanked his supporters.", "He", "Kasich"),
])
def test_a_surname_tagged_as_no_known_place_is_the_person(coder: Coder, text: str, word: str,
                                                          expected: str) -> None:
    doc = coder.nlp(text)
    actors = DocActors(doc, coder.matcher, coder.lexicon, DAY, place_country=coder._place_country)
    coder.rules.candidates(doc, actors)
    r = actors.resolve(next(t for t in doc if t.text == word))
    assert r is not None and _agrees(r, expected), r


def test_a_surname_that_is_a_known_place_stays_the_place(coder: Coder) -> None:
    doc = coder.nlp("Police imposed a curfew in Lagos on Monday.")
    actors = DocActors(doc, coder.matcher, coder.lexicon, DAY, place_country=coder._place_country)
    r = actors.resolve(next(t for t in doc if t.text == "Lagos"))
    assert r is not None and r.kind == "country", r


# ---- a plural role noun takes a body only when its people are that body's members -------------------
@pytest.mark.parametrize(("text", "word", "code"), [
    # no members of the body named before: journalists of some outlet, refugees, a community's leaders,
    # another party's candidates
    ("Reuters published the report on Monday. The journalists said the army had blocked the road.", "journalists",
     "---MED"),
    ("The White House invited community groups. The Jewish leaders said the meeting was useful.", "leaders",
     "---GOV"),
    ("The Republican Party met in Ohio. The Libertarian candidates said the tax was too high.", "candidates", "---PTY"),
    # members: troops of a defence body, insurgents of an armed group, lawmakers of a legislature, a party's
    # candidates named with the party
    ("The Defense Department ordered new drills. The troops said the drills would last a week.", "troops", "USAMIL"),
    ("The Taliban attacked a checkpoint. The insurgents said they had killed four soldiers.", "insurgents", "AFGINS"),
    ("The Senate passed the bill on Monday. The lawmakers said the vote was close.", "lawmakers", "USALEG"),
    ("The Republican Party met in Ohio. The Republican candidates said the tax was too high.", "candidates",
     "USAPTY"),
])
def test_a_plural_role_noun_is_a_body_only_of_its_members(coder: Coder, text: str, word: str, code: str) -> None:
    assert _resolve_all(coder, text, word) == [code]


@pytest.mark.parametrize(("later", "code"), [("the candidates", "USAPTY"), ("the Libertarian candidates", "---PTY")])
def test_the_same_people_named_again_keep_their_body(coder: Coder, later: str, code: str) -> None:
    """"The Republican candidates … the candidates": the people named so before, not another party's."""
    text = ("The Republican Party held a debate in Ohio. The Republican candidates criticized the governor on "
            f"Tuesday. Later {later} attacked the tax plan.")
    doc = coder.nlp(text)
    actors = DocActors(doc, coder.matcher, coder.lexicon, DAY)
    coder.rules.candidates(doc, actors)
    tok = [t for t in doc if t.text == "candidates"][-1]
    assert [r.code for r in actors.resolve_all(tok)] == [code]


@pytest.mark.parametrize(("text", "word", "code"), [
    # several bodies are not the one named before: "the groups" who wrote a letter are no party
    ("The Republican Party met in Ohio. Several civic groups wrote to the mayor. The groups said the tax was unfair.",
     "groups", ""),
    # "the group" (one) still takes the body named before
    ("The Taliban attacked a checkpoint. The group said four soldiers were killed.", "group", "AFGINS"),
])
def test_the_groups_are_not_one_body_named_before(coder: Coder, text: str, word: str, code: str) -> None:
    doc = coder.nlp(text)
    actors = DocActors(doc, coder.matcher, coder.lexicon, DAY)
    coder.rules.candidates(doc, actors)
    tok = [t for t in doc if t.text == word][-1]
    assert [r.code for r in actors.resolve_all(tok) if r.code] == ([code] if code else [])


@pytest.mark.parametrize(("text", "word", "code"), [
    # "the group" is an armed, activist or advocacy body or a company; a party is "the party"
    ("The Republican Party met in Ohio on Monday. The group said the tax plan was a disaster.", "group", ""),
    ("The Labour Party won the vote in London. Amnesty International criticised the result. The group said the vote "
     "was unfair.", "group", "NGOHRI"),
    ("Hamas fired rockets at Israel on Monday. The group said the attack was revenge.", "group", "PSEREB"),
])
def test_the_group_is_no_party(coder: Coder, text: str, word: str, code: str) -> None:
    doc = coder.nlp(text)
    actors = DocActors(doc, coder.matcher, coder.lexicon, DAY)
    coder.rules.candidates(doc, actors)
    tok = [t for t in doc if t.text == word][-1]
    assert [r.code for r in actors.resolve_all(tok) if r.code] == ([code] if code else [])


def test_the_group_names_the_body_before_not_itself(coder: Coder) -> None:
    """"The group", remembered as its sentence's subject, is no antecedent of itself: the rule says the body."""
    r = coder.code_text("Hamas fired rockets at Israel on Monday. The group said the attack was revenge.", day=DAY)
    speaker = next(q.speaker for q in r.quotes if q.speaker is not None and q.speaker.text == "The group")
    assert speaker.rule == "coref:definite->Hamas"


@pytest.mark.parametrize(("text", "word", "code"), [
    ("President Macron visited Beijing on Monday. His government criticised the United States.", "government",
     "FRAGOV"),
    ("Angela Merkel met Joe Biden in Berlin. Her spokesman said the talks were useful.", "spokesman", "DEUGOV"),
    ("Alexei Navalny was detained in Moscow on Sunday. His lawyers said the arrest was illegal.", "lawyers",
     "RUSJUD"),
    # a person of the UN keeps the UN's code
    ("Ban Ki-moon arrived in Cairo on Monday. His spokesman said the talks were useful.", "spokesman", "IGOUNO"),
])
def test_a_persons_possessive_gives_the_role_the_persons_country(coder: Coder, text: str, word: str,
                                                                   code: str) -> None:
    assert _resolve_all(coder, text, word) == [code]


def test_a_persons_attackers_are_not_of_the_persons_country(coder: Coder) -> None:
    codes = _resolve_all(coder, "President Macron visited a market in Lyon. His attacker was arrested at once.",
                         "attacker")
    assert not any(c.startswith("FRA") for c in codes)


def test_a_possessive_pronoun_does_not_hide_the_name_in_apposition(coder: Coder) -> None:
    """"His opponent, Hillary Clinton," is Clinton, not a nameless opponent of his country a later "he" could be."""
    _, r = _resolve(coder, "Bernie Sanders won Vermont. His opponent, Hillary Clinton, won Georgia. He told the "
                    "crowd that he was grateful.", "He", 0)
    assert r is not None and "Sanders" in _names(r)


@pytest.mark.parametrize(("text", "codes"), [
    # the two that last acted on each other, not a coordination named before them
    ("Iran and Iraq met in Baghdad on Monday. Russia criticised France on Tuesday. The two sides agreed to new "
     "talks.", ["FRA", "RUS"]),
    ("Iran and Iraq met in Baghdad on Monday. The United States held secret talks with Cuba on Tuesday. The two "
     "sides agreed on a prisoner exchange.", ["CUB", "USA"]),
    # a mediator between them is no side
    ("Israel and Hamas fought for ten days. Egypt mediated. The two sides agreed to a ceasefire on Friday.",
     ["ISR", "PSE"]),
])
def test_the_two_sides_are_the_two_last_facing_each_other(coder: Coder, text: str, codes: list[str]) -> None:
    assert sorted(c[:3] for c in _resolve_all(coder, text, "sides")) == codes


def test_a_title_held_only_after_the_story_describes_no_one(coder: Coder) -> None:
    """In 2016 "the former president" is George W. Bush, not Trump, whose presidency the dictionary dates later."""
    _, r = _resolve(coder, "George W. Bush campaigned in South Carolina. Mr. Trump's words may have affected the "
                    "former president, who defended his record.", "president", 0)
    assert r is not None and "Bush" in _names(r)


@pytest.mark.parametrize(("text", "word", "nth", "name"), [
    # a pronoun resolved to an earlier pronoun is named by the person that one stood for, not by "she"/"he"
    ("Maria Lindgren, a nurse from Ohio, had other plans. She called voters every night. She said the campaign "
     "needed more help.", "She", 1, "Maria Lindgren"),
    ("Paul Ostrowski, a retired teacher, spoke at the meeting. He said the school was too small, and he added "
     "that the town could pay for a new one.", "he", 0, "Paul Ostrowski"),
])
def test_a_chain_of_pronouns_keeps_the_name_it_started_from(coder: Coder, text: str, word: str, nth: int,
                                                            name: str) -> None:
    _, r = _resolve(coder, text, word, nth)
    assert r is not None
    assert r.rule.split("->", 1)[1] == name, r.rule


@pytest.mark.parametrize(("text", "word"), [
    # the object of a verb that takes a law, a drug, a broadcast stands for that thing, not the body before
    ("Senator Lee spoke at a Fox News forum about the state ban on shale drilling. He said legalizing it could "
     "bring jobs to the region.", "it"),
    # its subject in the passive, or the subject of "cost"
    ("The United Nations drafted a treaty on cluster bombs. It was ratified by forty states.", "It"),
    ("Greenpeace attacked the pipeline plan on Monday. Critics say it costs too much.", "it"),
])
def test_it_for_a_thing_a_verb_takes_is_no_body(coder: Coder, text: str, word: str) -> None:
    _, r = _resolve(coder, text, word, 0)
    assert r is None or not r.code, r


@pytest.mark.parametrize(("text", "word", "expected"), [
    # an object pronoun is rather someone else than the owner of its clause's subject
    ("Hillary Clinton says she is a proud Democrat, unlike Bernie Sanders. While Sanders has set fundraising "
     "records, Clinton's campaign has criticized him for not doing more.", "him", "Sanders"),
    # a thing of hers may act on her; and with no one else, the owner it is
    ("Hillary Clinton won in Texas. Bernie Sanders won in Vermont. Clinton's win in six states assures her of 318 "
     "delegates.", "her", "Clinton"),
    ("Donald Trump was sued in New York on Monday. Trump's lawyers defended him in court.", "him", "Trump"),
])
def test_an_object_pronoun_is_rather_not_the_owner_of_its_subject(coder: Coder, text: str, word: str,
                                                                   expected: str) -> None:
    _, r = _resolve(coder, text, word, 0)
    assert r is not None and _agrees(r, expected), r


@pytest.mark.parametrize(("text", "word", "code"), [
    # a news organisation is the press, not the party named before
    ("Reporters pressed the Republican Party on its platform. The news organization said the party refused to "
     "answer.", "organization", "---MED"),
    # bodies named by their own names, or by their purpose, are none of the bodies before
    ("The Senate would vote on amendments to a bill funding the Commerce and Justice departments.", "departments",
     ""),
    ("Delegates met leaders of the Republican Party. The leaders ignored the movement to free delegates.",
     "movement", ""),
])
def test_a_described_body_is_not_the_body_before(coder: Coder, text: str, word: str, code: str) -> None:
    codes = [c for c in _resolve_all(coder, text, word) if c]
    assert codes == ([code] if code else []), codes


def test_the_departments_are_the_departments_named_just_before(coder: Coder) -> None:
    codes = _resolve_all(coder, "The Senate met on Monday. The State Department and the Department of Defense said "
                         "they followed all rules. The departments declined to comment.", "departments")
    assert sorted(codes) == ["USAGOV", "USAGOV"] or sorted(codes) == ["USAGOV", "USAMIL"], codes


@pytest.mark.parametrize(("text", "china"), [
    # a country's name inside a longer place's is no antecedent
    ("Tension rose in the South China Sea on Monday after the Navy sent a destroyer. Critics said it had gone too "
     "far.", False),
    # the country named for itself still is
    ("China built new islands in the South China Sea. Critics said it had gone too far.", True),
])
def test_a_country_in_a_place_name_is_no_antecedent(coder: Coder, text: str, china: bool) -> None:
    _, r = _resolve(coder, text, "it", 0)
    assert (r is not None and r.code.startswith("CHN")) == china, r


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a bank, a company, a newspaper is no "he" or "she": the person quoted before it is
    ("''The trouble began when the Farmers Savings Bank lent to the city,'' Ms. Okafor said. It was unlawful for "
     "the savings bank to lend to agencies with no income. ''The rules left out the utilities,'' she said.",
     "she", "Okafor"),
    ("Tom Lindgren worked for years at the plant. The company later closed it. He said he never got a pension.",
     "He", "Lindgren"),
])
def test_an_institution_is_no_he_or_she(coder: Coder, text: str, word: str, expected: str) -> None:
    _, r = _resolve(coder, text, word, 0)
    assert r is not None and _agrees(r, expected), r


@pytest.mark.parametrize(("text", "word", "nth", "name"), [
    # a description, and a pronoun after it, are named by the person the chain started from
    ("Sen. Bernie Sanders defended his plan to raise the wage. “I apologize to nobody for that,” the senator "
     "said.", "senator", 0, "Bernie Sanders"),
    ("Sen. Bernie Sanders defended his plan to raise the wage. The senator said it was overdue. He said more.",
     "He", 0, "Bernie Sanders"),
    # a description is no antecedent of its own head: "the gambling tycoon" is the donor named before
    ("Casino owner Harold Vance said on Friday that he met the governor. “It was very nice,” the gambling tycoon "
     "told reporters.", "tycoon", 0, "Harold Vance"),
])
def test_a_chain_is_named_by_the_name_it_started_from(coder: Coder, text: str, word: str, nth: int,
                                                     name: str) -> None:
    _, r = _resolve(coder, text, word, nth)
    assert r is not None and r.rule.split("->", 1)[1] == name, r


@pytest.mark.parametrize(("text", "word", "code"), [
    # a named body whose name ends like a newspaper's or broadcaster's is the press
    ("Breitbart News reported on Monday that the senator would resign.", "News", "---MED"),
    ("The mayor denied the story, the Springfield Gazette said.", "Gazette", "---MED"),
    # not any named body
    ("The Springfield Lions Club said on Monday that the fair was cancelled.", "Club", ""),
])
def test_a_name_ending_like_a_newspapers_is_the_press(coder: Coder, text: str, word: str, code: str) -> None:
    _, r = _resolve(coder, text, word, 0)
    assert (r.code if r is not None else "") == code, r


@pytest.mark.parametrize("text", [
    # a word of a programme's or book's title is no actor: not the network that airs it
    "''It's nonsense,'' Mr. Trump said by telephone on NBC's ''Meet the Press.'' ''She lies,'' he said.",
    "Senator Dana Cole said on NBC's “Meet the Press” that the bill would pass.",
])
def test_a_word_of_a_title_is_no_actor(coder: Coder, text: str) -> None:
    _, r = _resolve(coder, text, "Press", 0)
    assert r is None, r


@pytest.mark.parametrize(("text", "word", "code"), [
    # a body word whose latest actor of its sector is a person is that person's country's body, never the person
    ("Belarusian President Alexander Lukashenko dismissed the protests on Monday. The interior ministry said it had "
     "detained 200 people.", "ministry", "BLRGOV"),
    # so it is an "it"
    ("Belarusian President Alexander Lukashenko dismissed the protests on Monday. The interior ministry said it had "
     "detained 200 people.", "it", "BLRGOV"),
    ("Iranian Foreign Minister Mohammad Javad Zarif spoke on Sunday. The government did not say how far it "
     "intended to go.", "it", "IRNGOV"),
])
def test_a_body_word_is_a_body_not_the_person_of_its_sector(coder: Coder, text: str, word: str, code: str) -> None:
    _, r = _resolve(coder, text, word, 0)
    assert r is not None and r.code == code and r.kind == "organization", r
    assert not (r.entity or "").startswith("person:"), r


def test_a_body_word_resolved_by_a_person_is_no_he(coder: Coder) -> None:
    # "the government" is no "he": the person named after it is
    _, r = _resolve(coder, "President Barack Obama spoke in Ohio on Monday. Later the government said it would "
                    "appeal. Mark Ellis, a lawyer, disagreed. The government said he was wrong.", "he", 0)
    assert r is not None and _agrees(r, "Mark Ellis"), r


@pytest.mark.parametrize(("text", "word", "name"), [
    # a surname alone is the person named with it before, whatever the tagger took it for (a product, a town)
    ("Congressman Tom Cole of Oklahoma spoke on Thursday. Cole said the bill would pass.", "Cole", "Tom Cole"),
    ("Attorney Mark Denver represented the family. Denver said the police had lied.", "Denver", "Mark Denver"),
])
def test_a_surname_tagged_as_no_person_is_the_person_named_before(coder: Coder, text: str, word: str,
                                                                 name: str) -> None:
    _, r = _resolve(coder, text, word, 1)
    assert r is not None and r.kind == "person" and r.entity == f"text:{name}", r


def test_a_surname_where_a_place_goes_stays_the_place(coder: Coder) -> None:
    # "flew to Denver": the town, even after someone of that surname
    _, r = _resolve(coder, "Attorney Mark Denver represented the family. Later the senator flew to Denver for "
                    "talks.", "Denver", 1)
    assert r is None or r.kind != "person", r


@pytest.mark.parametrize(("text", "code"), [
    # a body a country's role word names is an "it", and the subject of the verb "it" hangs from comes first
    ("Germany's government said the strike was a reaction to provocations for which Iran was responsible, but it "
     "stressed that the situation was dangerous.", "DEUGOV"),
    ("France's foreign ministry said on Monday that it would summon the ambassador.", "FRAGOV"),
])
def test_it_is_the_body_a_countrys_role_word_names(coder: Coder, text: str, code: str) -> None:
    _, r = _resolve(coder, text, "it", 0)
    assert r is not None and r.code == code, r


def test_an_it_for_a_body_is_no_she(coder: Coder) -> None:
    _, r = _resolve(coder, "Ana Ruiz spoke first. ''It is a right. What is before the court is whether the state "
                    "can write laws so extreme that it ends this right.'' As Senator Tom Cole pointed out, the "
                    "rulings matter. She asked the senator what he would do.", "She", 0)
    assert r is None or r.kind == "person", r  # never the court


@pytest.mark.parametrize("text", [
    # a body word after a body a country's name owns is that body, not an earlier official of another country
    "Japan's defence minister Kenji Sato arrived in Manila on Thursday. China's foreign ministry also responded. "
    "''Outsiders should stay out of the dispute,'' the ministry said.",
    "Japan's defence minister Kenji Sato arrived in Manila on Thursday. The Chinese foreign ministry also responded. "
    "''Outsiders should stay out of the dispute,'' the ministry said.",
])
def test_a_body_word_is_the_body_of_the_country_named_with_it(coder: Coder, text: str) -> None:
    _, r = _resolve(coder, text, "ministry", 1)
    assert r is not None and r.code == "CHNGOV", r


@pytest.mark.parametrize(("text", "word"), [
    # a surname several listed presidents share names none of them, but their government is their country's
    ("The Bush administration imposed new sanctions on Syria.", "administration"),
    ("Officials of the Bush administration imposed new sanctions on Syria.", "Officials"),
])
def test_a_government_named_after_a_shared_surname_is_their_countrys(coder: Coder, text: str, word: str) -> None:
    _, r = _resolve(coder, text, word, 0)
    assert r is not None and r.code == "USAGOV", r


def test_a_generational_suffix_tells_father_and_son_apart(coder: Coder) -> None:
    _, r = _resolve(coder, "Assistant pastor Charles Elliott III led the service. In his sermon, Elliott praised the "
                    "choir. Elliott's father, the Rev. Charles Elliott Jr., spoke next. He remembered the old church.",
                    "He", 0)
    assert r is not None and r.entity == "text:Charles Elliott Jr", r


def test_a_surname_alone_is_the_person_named_with_a_suffix(coder: Coder) -> None:
    _, r = _resolve(coder, "Brent Bozell III criticized the party. Bozell said the leaders had failed.", "Bozell", 1)
    assert r is not None and r.entity == "text:Brent Bozell III", r


@pytest.mark.parametrize(("text", "word", "code"), [
    # "the group" named before: its leader or spokesman is the group's
    ("Hamas fired rockets at Israel on Monday. The leader of the group praised the fighters.", "leader", "PSEREB"),
    ("The Taliban attacked a checkpoint near Kandahar. The group's spokesman praised the fighters.", "spokesman",
     "AFGINS"),
])
def test_the_head_of_the_group_is_the_groups(coder: Coder, text: str, word: str, code: str) -> None:
    _, r = _resolve(coder, text, word, 0)
    assert r is not None and r.code == code, r


def test_an_epithet_in_a_clause_is_the_person_named_before_it_in_its_sentence(coder: Coder) -> None:
    # not the subject of the sentence before (Ellis), but the man the sentence just named
    _, r = _resolve(coder, "''We will keep going,'' said Tom Ellis. The campaign sent an email with a photo of "
                    "Hillary Clinton beside Donald Trump, noting that the businessman had praised her.",
                    "businessman", 0)
    assert r is not None and r.entity is not None and "Trump" in _names(r), r


def test_an_epithet_agrees_in_gender(coder: Coder) -> None:
    # "the businessman" is no woman, even the subject just before
    _, r = _resolve(coder, "Hillary Clinton said she would not rush to conclusions. The New York businessman has "
                    "praised Putin.", "businessman", 0)
    assert r is None or "Clinton" not in _names(r), r


def test_its_in_a_reported_clause_is_the_body_named_as_the_reporter(coder: Coder) -> None:
    # "its" is the newspaper that says so, though the paper has no code of a country; not the company before
    # (coded as the pipeline does, when the paper is not yet remembered as a subject)
    # (a paper's reporters reviewing complaints is its reporting, no 09x event since stop 29: they meet someone)
    res = coder.code_text("Exxon Mobil rejected the articles on Monday. The Boston Herald said that its reporters "
                          "had met Exxon Mobil's lawyers.", day=DAY)
    sources = [e.source.code for e in res.events if e.source is not None and e.source.text == "its reporters"]
    assert sources == ["---MED"], sources


def test_an_epithet_after_a_role_as_subject_is_the_person_named_with_it(coder: Coder) -> None:
    # the subject before is a role, no businessman: the person it spoke to is
    _, r = _resolve(coder, "“Will you build the wall?” a reporter asked Donald Trump in Iowa. “We will build it,” "
                    "the businessman replied.", "businessman", 0)
    assert r is not None and r.entity is not None and "Trump" in _names(r), r


@pytest.mark.parametrize("text", [
    "John Keller reported from Nairobi. A Somali man blowing himself up outside a hotel in Mogadishu killed four "
    "guards.",
    "Maria Lopez met the mayor on Monday. Hundreds of protesters calling themselves patriots marched on the city hall.",
])
def test_a_reflexive_in_a_participle_is_the_noun_it_modifies(coder: Coder, text: str) -> None:
    """The participle's subject is the noun it hangs on, not the person named before the sentence."""
    word = "himself" if "himself" in text else "themselves"
    _, r = _resolve(coder, text, word, 0)
    assert r is None or ("Keller" not in _names(r) and "Lopez" not in _names(r)), r
    assert r is not None and ("man" in _names(r) or "protesters" in _names(r)), r


@pytest.mark.parametrize(("text", "source"), [
    ("Germany sent tanks to Ukraine to help it fight Russia.", "UKR"),
    ("Washington sent rifles to the Kurds to help them fight the Islamic State.", "KUR"),
])
def test_the_object_of_help_before_a_bare_infinitive_is_not_the_helper(coder: Coder, text: str,
                                                                         source: str) -> None:
    # the pronoun reads as the infinitive's subject, yet it is whom the sender helps, not the sender
    res = coder.code_text(text, day=DAY)
    fights = [e.source.code for e in res.events if e.source is not None and e.source.text in {"it", "them"}]
    assert fights and all(s == source for s in fights), fights


@pytest.mark.parametrize(("text", "nth", "expected"), [
    ("Senator Tom Harkin toured the flooded farms on Tuesday. Aides said that he was shaken by the damage, adding "
     "that Governor Terry Branstad would ask for federal aid. He plans to return next week.", 1, "Harkin"),
    # a name deep in a clause of its own ("how the council overrode Mr. Adams's …") does not break the chain
    ("Mayor Eric Adams spent the morning in Queens. Friends say he is tired of the fight over the budget, knowing "
     "that Brad Lander will oppose it. And he is said to be weighing a veto, recalling how the council overrode "
     "Mr. Adams's last one.", 1, "Adams"),
])
def test_a_subject_pronoun_continues_the_same_pronoun_of_the_sentence_before(coder: Coder, text: str, nth: int,
                                                                             expected: str) -> None:
    """A "he" subject after a sentence whose subject "he" stood for someone stands for the same one, not for
    the last man named in between."""
    hes = [t for t in coder.nlp(text) if t.lower_ == "he"]
    _, r = _resolve(coder, text, hes[nth].text, 0 if hes[nth].text == "He" else nth)
    assert r is not None and _agrees(r, expected), r


@pytest.mark.parametrize(("text", "expected"), [
    ("Hillary Clinton spoke in Iowa on Monday. Clinton and her husband, former President Bill Clinton, attended "
     "the wedding in 2005. Clinton said she had not known the groom well.", "Hillary Clinton"),
    ("Ann Lopez, a nurse from Tucson, filed the lawsuit in May. Lopez and her husband, Tom Lopez, say the clinic "
     "ignored their complaints. Lopez said she would appeal.", "Ann Lopez"),
])
def test_a_relative_named_in_apposition_leaves_the_surname_to_the_first(coder: Coder, text: str,
                                                                         expected: str) -> None:
    """"Clinton and her husband, Bill Clinton, …. Clinton said": the relative named beside her is not who the
    bare surname then means."""
    _, r = _resolve(coder, text, expected.split()[-1], 3)
    assert r is not None and (expected in r.rule or r.entity == f"text:{expected}"), (r.rule, r.entity)


@pytest.mark.parametrize(("text", "expected"), [
    # "he" is not the columnist Ruth Marcus, "she" not the anchor Tom Reyes: a role word has the gender of its name
    ("Boris Johnson spoke in London on Monday. The Washington Post columnist Ruth Marcus has been critical of the "
     "plan. He rejected the criticism on Tuesday.", "Johnson"),
    ("Angela Merkel spoke in Berlin on Monday. The CNN anchor Tom Reyes has been critical of the plan. She "
     "rejected the criticism on Tuesday.", "Merkel"),
])
def test_a_role_word_has_the_gender_of_the_name_beside_it(coder: Coder, text: str, expected: str) -> None:
    _, r = _resolve(coder, text, "He" if "He " in text else "She", 0)
    assert r is not None and _agrees(r, expected), r and _names(r)
