"""Dictionaries as data: actors (countries, organisations, people), agents, patterns, lexicon."""

from newsevents.dictionaries.lexicon import Lexicon, default_lexicon
from newsevents.dictionaries.loader import (
    ActorEntry,
    Dictionaries,
    Discard,
    Issue,
    Pattern,
    Role,
    Slot,
    Surface,
    default_dictionaries,
    merge,
    parse_pattern,
)

__all__ = [
    "ActorEntry",
    "Dictionaries",
    "Discard",
    "Issue",
    "Lexicon",
    "Pattern",
    "Role",
    "Slot",
    "Surface",
    "default_dictionaries",
    "default_lexicon",
    "merge",
    "parse_pattern",
]
