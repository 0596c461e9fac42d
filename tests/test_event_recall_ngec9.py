"""Classes of text found by the ninth NGEC recall round (threats, mobilization), on sentences written for these
tests: conscripts or reservists called on by those who command them, and a vow to go on with a campaign of
violence."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests._coder import events


@pytest.mark.parametrize(("text", "source"), [
    ("Armenia's defence ministry called on reservists to report to their units on Tuesday.", "ARM"),
    ("The Ethiopian army called upon conscripts to return to their barracks ahead of the offensive.", "ETH"),
])
def test_forces_called_on_by_their_commanders_are_mobilized(coder: Coder, text: str, source: str) -> None:
    got = events(coder, text)
    assert any(s.startswith(source) and c == "154" for s, _t, c in got), got
    assert not any(c == "154" and t.endswith("MIL") for _s, t, c in got), got  # the reservists are no target
    assert not any(c.startswith("02") for _s, _t, c in got), got


@pytest.mark.parametrize("text", [
    "Peace activists called on reservists to refuse to serve in the occupied territories.",
    "A hiring firm called on reservists to apply for civilian jobs.",
])
def test_a_call_on_reservists_by_those_who_command_none_is_an_appeal(coder: Coder, text: str) -> None:
    got = events(coder, text)
    assert not any(c.startswith("15") for _s, _t, c in got), got
    assert any(c == "020" for _s, _t, c in got), got


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Hamas vowed to continue its campaign of attacks on Israel.", "PSE", "ISR"),
    ("The Taliban vowed to continue their bombing campaign against the Afghan government.", "AFG", "AFG"),
])
def test_a_vow_to_go_on_with_a_campaign_of_violence_is_a_threat(coder: Coder, text: str, source: str,
                                                               target: str) -> None:
    got = events(coder, text)
    assert any(s.startswith(source) and t.startswith(target) and c == "138" for s, t, c in got), got
    assert not any(c.startswith("124") for _s, _t, c in got), got


@pytest.mark.parametrize("text", [
    "The senator vowed to continue his campaign for the presidency.",
    "Farmers vowed to continue their campaign of demonstrations against the new tax.",
])
def test_a_vow_to_go_on_with_a_campaign_of_no_violence_threatens_nobody(coder: Coder, text: str) -> None:
    got = events(coder, text)
    assert not any(c.startswith("13") for _s, _t, c in got), got


@pytest.mark.parametrize("text", [
    "The union vowed to continue the strike until wages are raised.",
    "Striking nurses vowed to continue their strike at the state hospitals.",
])
def test_a_vow_to_go_on_with_a_labour_strike_threatens_nobody(coder: Coder, text: str) -> None:
    got = events(coder, text)
    assert not any(c.startswith("13") for _s, _t, c in got), got


@pytest.mark.parametrize(("text", "source"), [
    ("Seoul put army units deployed along the border on high alert after the missile launch.", "KOR"),
    ("The Nigerian government put police officers working in the northern states on alert on Friday.", "NGA"),
])
def test_an_alert_phrase_hung_on_the_objects_participle_is_still_the_alert(coder: Coder, text: str,
                                                                          source: str) -> None:
    got = events(coder, text)
    assert any(s.startswith(source) and c[:3] in {"151", "152"} for s, _t, c in got), got


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Liberia warned that it was preparing to invade Guinea.", "LBR", "GIN"),
    ("Iran warned on Sunday that it was preparing for an attack on Israel.", "IRN", "ISR"),
])
def test_a_warning_that_one_prepares_force_is_a_threat(coder: Coder, text: str, source: str, target: str) -> None:
    got = events(coder, text)
    assert any(s.startswith(source) and t.startswith(target) and c.startswith("13") for s, t, c in got), got


def test_a_warning_that_another_prepares_force_threatens_nobody(coder: Coder) -> None:
    got = events(coder, "Washington warned that Russia was preparing to invade Ukraine.")
    assert not any(c.startswith("13") for _s, _t, c in got), got
