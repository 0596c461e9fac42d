"""The rule-based event coder: patterns over the dependency parse → event candidates.

Each candidate records the pattern that fired, how source and target were found, its
modality and negation, and — when it is not an event — why (``reason``). ``explain`` prints
exactly these records, so what the coder did can always be read back.

The coder is built in layers, each a module whose class extends the one before:
``matching`` (patterns tried on a trigger) → ``modality`` (asserted, negated, planned …) →
``roles`` (source and target) → ``judge`` (why a match is no event) → ``coder`` (every
sentence of a document). ``words`` holds the closed word classes the rules consult,
``syntax`` the small parse tests they share, ``records`` what they produce.
"""

from newsevents.extract.events.coder import EventRules
from newsevents.extract.events.records import Candidate, Match
from newsevents.extract.events.syntax import place_phrase_head
from newsevents.extract.events.words import EXTRACTOR, STATE_SECTORS, VIOLENT_ROOTS

__all__ = ["EXTRACTOR", "STATE_SECTORS", "VIOLENT_ROOTS", "Candidate", "EventRules", "Match", "place_phrase_head"]
