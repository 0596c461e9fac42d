"""Stop 14 of the event coder, on sentences written for these tests: words the tokenizer splits
at a hyphen ("cease-fire"), an armed group named by its modifier ("a paramilitary group"), a bare
"promise to end" giving way to what was promised, patrols, paused attacks, truces approved and
disinformation campaigns."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import ArticleResult
from newsevents.pipeline import Coder
from tests.test_events import triples

DAY = date(2021, 6, 1)


def code(coder: Coder, text: str) -> ArticleResult:
    return coder.code_text(text, day=DAY)


def test_a_hyphenated_cease_fire_is_a_ceasefire(coder: Coder) -> None:
    """The tokenizer splits "cease-fire"; the dictionary writes it whole."""
    r = triples(code(coder, "Gabon declared a cease-fire with Cameroon on Friday."))
    assert ("GAB", "CMR", "0871") in r


def test_agreeing_to_a_hyphenated_truce_is_declaring_it(coder: Coder) -> None:
    r = triples(code(coder, "The rebels agreed to a cease-fire in the hills on Monday."))
    assert any(c == "0871" for _, _, c in r)


def test_a_fire_without_its_hyphen_is_no_ceasefire(coder: Coder) -> None:
    r = triples(code(coder, "Gabon declared a fire emergency in the capital."))
    assert not any(c == "0871" for _, _, c in r)


def test_a_paramilitary_group_formed_is_forces_raised(coder: Coder) -> None:
    """"paramilitary group": the modifier says what kind of group was formed."""
    r = triples(code(coder, "Peruvian ranchers formed a paramilitary group in the valley last month."))
    assert any(c == "154" for _, _, c in r)


def test_a_study_group_formed_is_no_mobilisation(coder: Coder) -> None:
    r = triples(code(coder, "Kenyan teachers formed a study group on Monday."))
    assert not any(c.startswith("15") for _, _, c in r)


def test_promising_to_end_a_curfew_is_promising_to_ease_limits(coder: Coder) -> None:
    """"promise >end" names only the verb; "end the curfew" says what was promised (0351)."""
    result = code(coder, "The governor of Lagos promised on Monday to end the night curfew.")
    r = triples(result)
    assert any(c == "0351" for _, _, c in r)
    assert not any(c == "037" for _, _, c in r)


def test_promising_to_end_a_dispute_keeps_the_plain_promise(coder: Coder) -> None:
    """No object pattern on the complement: the bare "promise >end" still codes."""
    r = triples(code(coder, "The Nigerian president promised to end the dispute with Benin."))
    assert any(c == "037" for _, _, c in r)


@pytest.mark.parametrize(("text", "source", "cameo"), [
    # militia units deployed are militia deployed
    ("The Malian army deployed militia units along the northern border.", "MLI", "154"),
    # troops starting patrols show force; stepping them up raises police power
    ("Moroccan troops began patrols along the desert border on Sunday.", "MAR", "150"),
    ("The Greek government stepped up police patrols on its islands.", "GRC", "153"),
    # a suspension of attacks is a pause in fighting; announced, it is a declared ceasefire (stop 15)
    ("Rebels in Mali announced a suspension of attacks on army posts.", "MLI", "0871"),
    ("Rebels in Mali began a suspension of attacks on army posts.", "MLI", "087"),
    # ratifying a truce is agreeing to it
    ("The Sudanese parliament ratified the ceasefire on Thursday.", "SDN", "0871"),
])
def test_stop_14_patterns_code_their_event(coder: Coder, text: str, source: str, cameo: str) -> None:
    r = triples(code(coder, text))
    assert any(s.startswith(source) and c == cameo for s, _, c in r)


def test_spreading_disinformation_is_coercion(coder: Coder) -> None:
    r = triples(code(coder, "Belarus spread disinformation about the election in Lithuania."))
    assert any(s == "BLR" and c == "170" for s, _, c in r)


def test_a_disinformation_campaign_against_a_country_is_coercion(coder: Coder) -> None:
    r = triples(code(coder, "Officials exposed a disinformation campaign against Moldova."))
    assert any(t == "MDA" and c == "170" for _, t, c in r)


def test_a_threatened_concession_is_a_threat(coder: Coder) -> None:
    """"threaten to" governs a threat: the complement's cooperative intent (03x) is not what was said."""
    r = triples(code(coder, "The army threatened to end the protests with military force."))
    assert any(c.startswith("13") for _, _, c in r)
    assert not any(c.startswith("03") for _, _, c in r)
    r = triples(code(coder, "Iran threatened to withdraw from the nuclear deal on Sunday."))
    assert any(s == "IRN" and c.startswith("13") for s, _, c in r)
