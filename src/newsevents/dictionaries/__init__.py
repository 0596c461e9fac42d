"""Dictionaries as data: actors (countries, organisations, people), agents, patterns, lexicon."""

from newsevents.dictionaries.lexicon import Lexicon, default_lexicon
from newsevents.dictionaries.loader import (
    ActorEntry,
    Dictionaries,
    Pattern,
    Role,
    Surface,
    default_dictionaries,
    parse_pattern,
)

__all__ = [
    "ActorEntry",
    "Dictionaries",
    "Lexicon",
    "Pattern",
    "Role",
    "Surface",
    "default_dictionaries",
    "default_lexicon",
    "parse_pattern",
]
