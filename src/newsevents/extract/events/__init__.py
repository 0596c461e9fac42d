"""The rule-based event coder: patterns over the dependency parse → event candidates.

Each candidate records the pattern that fired, how source and target were found, its
modality and negation, and — when it is not an event — why (``reason``). ``explain`` prints
exactly these records, so what the coder did can always be read back.

The coder is built in layers, each a module whose class extends the one before:
``matching`` (patterns tried on a trigger) → ``modality`` (asserted, negated, planned …) →
``roles`` (source and target) → ``judge`` (why a match is no event) → ``verbs`` (a matched
verb through stages in order — its code, voice, sense, sources, targets, the event nouns of its
phrases, source-target pairs, modality, the senses its object and its form decide — each reading
and refining one ``Trigger`` record or rejecting it) → ``nouns`` (event nouns no verb took) →
``coder`` (every sentence of a document, and the rules across a sentence's candidates).
``words`` holds the closed word classes the rules consult, ``syntax`` the small parse tests
they share, ``records`` what they produce.
"""

from newsevents.extract.events.coder import EventRules
from newsevents.extract.events.records import Candidate, Match
from newsevents.extract.events.syntax import place_phrase_head
from newsevents.extract.events.words import EXTRACTOR, STATE_SECTORS, VIOLENT_ROOTS

__all__ = ["EXTRACTOR", "STATE_SECTORS", "VIOLENT_ROOTS", "Candidate", "EventRules", "Match", "place_phrase_head"]
