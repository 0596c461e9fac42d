"""Stop 16: clauses the parser hangs on a neighbouring cue, infinitive adjuncts, addressees with a topic,
group pronouns as holders, and a few phrasal cues. Hand-written sentences only."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests.test_quotes import quotes, speaks


# ---- a clause before a cue with an object of its own is a neighbour, not the content ---------------
@pytest.mark.parametrize(("text", "first", "first_src", "second", "second_src"), [
    ("He calls for a bigger army; she calls for more diplomats.", "a bigger army", "He", "more diplomats", "she"),
    ("The rebels want a ceasefire; the government wants a surrender.", "a ceasefire", "rebels", "a surrender",
     "government"),
])
def test_neighbouring_clause_is_not_the_content(coder: Coder, text: str, first: str, first_src: str, second: str,
                                                second_src: str) -> None:
    q2 = speaks(coder, text, second, second_src)
    assert all(first not in text[s:e] for s, e in q2.contents)
    q1 = speaks(coder, text, first, first_src)
    assert q1 is not q2


def test_inverted_report_keeps_the_clause_before_it(coder: Coder) -> None:
    """"…, the minister said in a radio interview": the medium is no object of the verb's own."""
    text = "The bridge will reopen in May, the minister said in a radio interview."
    speaks(coder, text, "The bridge will reopen", "minister")


# ---- an infinitive's adjuncts the parser hangs on the cue -------------------------------------------
def test_infinitive_content_takes_the_adjunct_clause(coder: Coder) -> None:
    text = "The senator also sought to soften her tone as she drew sharp contrasts on trade."
    q = speaks(coder, text, "to soften her tone", "senator")
    assert any("sharp contrasts on trade" in text[s:e] for s, e in q.contents)


def test_infinitive_content_stops_at_a_coordinated_verb(coder: Coder) -> None:
    text = "The governor sought to calm the farmers, and took questions from reporters."
    q = speaks(coder, text, "to calm the farmers", "governor")
    assert all("questions" not in text[s:e] for s, e in q.contents)


# ---- the topic hung on the addressee -------------------------------------------------------------
def test_reminded_voters_of(coder: Coder) -> None:
    text = "The mayor reminded voters of the flood by citing the damage to the harbor."
    q = speaks(coder, text, "the flood", "mayor")
    assert q.cue is not None and q.cue.startswith("reminded")
    # the gerund with a speech verb of its own is another attribution, not the tail of this one
    assert all("harbor" not in text[s:e] for s, e in q.contents)
    speaks(coder, text, "the damage to the harbor", "mayor")


# ---- groups named by a pronoun hold stances -------------------------------------------------------
@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("Both of the state's senators strongly supported the treaty.", "the treaty", "Both"),
    ("Those who fish for a living oppose the new quota.", "the new quota", "Those"),
])
def test_group_pronoun_takes_sides(coder: Coder, text: str, needle: str, speaker: str) -> None:
    speaks(coder, text, needle, speaker)


# ---- "it" as an institution's subject, not an impersonal one ------------------------------------
def test_it_plans_is_the_institutions_intention(coder: Coder) -> None:
    text = "The central bank held rates steady on Tuesday. It plans to raise them slowly next year."
    q = speaks(coder, text, "to raise them slowly", "It")
    assert q.cue == "plans"


def test_impersonal_it_still_holds_no_view(coder: Coder) -> None:
    text = "It is important to remember that the vote was close."
    assert quotes(coder, text) == []


# ---- phrasal cues ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "needle", "speaker", "cue"), [
    ("Several economists cautioned against raising taxes before the election.", "raising taxes", "economists",
     "cautioned against"),
    ("The chairman mused about retiring after the merger.", "retiring after the merger", "chairman", "mused about"),
])
def test_phrasal_cues(coder: Coder, text: str, needle: str, speaker: str, cue: str) -> None:
    q = speaks(coder, text, needle, speaker)
    assert q.cue == cue


def test_applauded_for_takes_the_reason(coder: Coder) -> None:
    text = "The coach applauded the players for their discipline."
    q = speaks(coder, text, "their discipline", "coach")
    assert q.cue is not None and q.cue.endswith("for")  # the reason is what was applauded, not the whole object


def test_a_clause_before_a_cue_with_its_own_object_is_its_own_attribution(coder: Coder) -> None:
    text = ("While populists like the mayor partly blame foreigners for the crisis, the bishop points to deeper "
            "inequities in the economy.")
    q = speaks(coder, text, "deeper inequities", "bishop")
    assert all("foreigners" not in text[s:e] for s, e in q.contents)
    other = speaks(coder, text, "the crisis", "populists")
    assert other.speaker_text is not None and not other.speaker_text.startswith("While")


def test_markup_left_in_scraped_text_is_no_part_of_the_speaker(coder: Coder) -> None:
    text = ('<post author="deskeditor" id="12">Opposition leader Maria Costa wants a recount in the northern '
            'districts.</post>')
    q = speaks(coder, text, "a recount", "Costa")
    assert q.speaker_text is not None and "=" not in q.speaker_text and "author" not in q.speaker_text
