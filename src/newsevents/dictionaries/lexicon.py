"""The word lists of ``lexicon.yaml`` as a typed, read-only object."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsevents.dictionaries._yaml import load_yaml

__all__ = ["Lexicon", "default_lexicon"]


@dataclass(frozen=True)
class Lexicon:
    speech_verbs: frozenset[str]
    modal_verbs: dict[str, str]  # lemma -> modality
    modal_nouns: dict[str, str]
    modal_auxiliaries: dict[str, str]
    conditional_marks: frozenset[str]
    negating_verbs: frozenset[str]
    abstaining_verbs: frozenset[str]
    preventing_verbs: frozenset[str]
    light_verbs: frozenset[str]
    condemnation_nouns: frozenset[str]
    discard_words: frozenset[str]
    metaphor_objects: frozenset[str]
    metaphor_subjects: frozenset[str]
    figurative_objects: frozenset[str]
    contest_modifiers: frozenset[str]
    contest_heads: frozenset[str]
    plural_pronouns: frozenset[str]
    person_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    org_nouns: frozenset[str]
    generic_org_nouns: frozenset[str]
    nonstate_org_nouns: frozenset[str]
    partyless_org_nouns: frozenset[str]
    epithet_nouns: frozenset[str]
    thing_verbs: frozenset[str]
    institution_kinds: frozenset[str]
    quantity_nouns: frozenset[str]
    allegiance_prefixes: frozenset[str]
    origin_prepositions: frozenset[str]
    locative_prepositions: frozenset[str]
    place_nouns: frozenset[str]
    placeless_roots: frozenset[str]
    placeless_target_roots: frozenset[str]
    placed_sectors: frozenset[str]
    intent_verbs: frozenset[str]
    symmetric_words: frozenset[str]
    initiator_words: frozenset[str]
    admission_verbs: frozenset[str]
    allegation_verbs: frozenset[str]
    allegation_adverbs: frozenset[str]
    hedge_adverbs: frozenset[str]
    speaker_roots: frozenset[str]
    topic_prepositions: frozenset[str]
    sponsor_verbs: frozenset[str]
    participation_verbs: frozenset[str]
    assent_verbs: frozenset[str]
    measure_nouns: frozenset[str]
    topic_verbs: frozenset[str]
    accident_nouns: frozenset[str]
    accident_verbs: frozenset[str]
    document_nouns: frozenset[str]
    option_nouns: frozenset[str]
    appeal_verbs: frozenset[str]
    appeal_codes: dict[str, str]
    order_verbs: frozenset[str]
    order_codes: dict[str, str]  # CAMEO code prefix of the ordered act -> code of the demand
    refusal_verbs: frozenset[str]
    intent_codes: dict[str, str]  # CAMEO code prefix of the intended act -> code of the intention
    refusal_codes: dict[str, str]
    physical_words: frozenset[str]
    verbal_sectors: frozenset[str]
    carrying_verbs: frozenset[str]
    seizing_verbs: frozenset[str]
    given_names: dict[str, str]  # lower-case given name -> "m" or "f"


def _invert(groups: dict[str, list[str]]) -> dict[str, str]:
    return {word: name for name, words in groups.items() for word in words}


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """Load ``dictionaries/lexicon.yaml``."""
    raw = load_yaml(resources.files("newsevents.dictionaries").joinpath("lexicon.yaml").read_text("utf-8"))
    sets = {
        k: frozenset(v)
        for k, v in raw.items()
        if isinstance(v, list)
    }
    return Lexicon(
        intent_codes={str(k): str(v) for k, v in raw["intent_codes"].items()},
        refusal_codes={str(k): str(v) for k, v in raw["refusal_codes"].items()},
        appeal_codes={str(k): str(v) for k, v in raw["appeal_codes"].items()},
        order_codes={str(k): str(v) for k, v in raw["order_codes"].items()},
        modal_verbs=_invert(raw["modal_verbs"]),
        modal_nouns=_invert(raw["modal_nouns"]),
        modal_auxiliaries=_invert(raw["modal_auxiliaries"]),
        given_names=_invert(raw["given_names"]),
        **sets,
    )
