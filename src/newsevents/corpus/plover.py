"""PLOVER event records: a JSON Schema written from the PLOVER manual's field spec, and the mapping.

The manual's "Data Fields" chapter names the fields of an event record (``id``, ``date``,
``actor``, ``recipient``, ``event``, ``mode``, ``context``, ``event_loc``, ``quad_code`` ...),
the entity object (``code``, ``sector``, ``entity_text`` ...), the text, citation and location
objects; its event chapters list each type's modes, and the contexts chapter the context names.
:func:`plover_schema` encodes those, so an export can be checked against the spec rather than
against itself. PLOVER allows providers to add fields; ours are prefixed ``newsevents_`` or are
the counts GDELT users expect (``num_mentions``, ``num_sources``, ``num_articles``).
"""

from __future__ import annotations

import copy
from functools import lru_cache
from typing import Any

from newsevents.corpus.actors import INTERNATIONAL, country_codes, parse_code

__all__ = ["CONTEXTS", "EVENT_TYPES", "MODES", "QUAD", "SECTORS", "actor_object", "plover_code", "plover_schema"]

# The 16 event types with their quad category as given in each type's section of the manual
# (its summary table puts SANCTION under verbal conflict; the SANCTION section says material).
QUAD: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
EVENT_TYPES = tuple(QUAD)

# Modes per event type (types without a modes table take none).
MODES: dict[str, tuple[str, ...]] = {
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional", "sideAB"),
}

# General contexts plus the four auxiliary modes the manual puts in ``context``.
CONTEXTS = (
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
    "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
    "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
    "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
    "historical", "future", "hypothetical", "negation",
)

SECTORS = (
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK",
    "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
)
NON_STATE = ("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC")

# CAMEO sector codes → PLOVER sector codes (CAMEO's MED is media, PLOVER's JRN; CAMEO's HLH is MED).
CAMEO_SECTOR = {
    "COP": "COP", "GOV": "GOV", "JUD": "JUD", "LEG": "LEG", "MIL": "MIL", "PTY": "PTY", "REB": "REB",
    "INS": "REB", "SEP": "REB", "SPY": "SPY", "UAF": "UAF", "AGR": "AGR", "BUS": "BUS", "CRM": "CRM",
    "CVL": "CVL", "EDU": "EDU", "ELI": "ELI", "MED": "JRN", "LAB": "LAB", "HLH": "MED", "REF": "REF",
    "OPP": "OPP", "REL": "REL", "HRI": "SOC", "ENV": "SOC", "RAD": "OPP", "MOD": "OPP",
}

_ENTITY: dict[str, Any] = {
    "type": "object",
    "properties": {
        "code": {"type": "string", "pattern": "^[A-Z]{3}$"},  # narrowed to real codes in plover_schema()
        "sector": {"enum": list(SECTORS)},
        "entity_text": {"type": "string"},
        "identifier_id": {"type": "string"},
        "identifier_text": {"type": "string"},
        "religion": {"type": "string"},
        "ethnicity": {"type": "string"},
        "office": {"type": "string"},
        "gender": {"type": "string"},
        "age": {"type": "integer"},
    },
    "anyOf": [{"required": ["code"]}, {"required": ["sector"]}],
}

_DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$", "format": "date"}

_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "PLOVER event record (newsevents export)",
    "description": "Fields, entity, text, citation and location objects of the PLOVER manual's Data Fields chapter.",
    "type": "object",
    "required": ["id", "date", "actor", "event"],
    "properties": {
        "id": {"type": "string", "minLength": 1},
        "has_event": {"type": "boolean"},
        "date": _DATE,
        "time": {"type": "string"},
        "enddate": _DATE,
        "endtime": {"type": "string"},
        "actor": {"type": "array", "minItems": 1, "items": _ENTITY},
        "recipient": {"type": "array", "items": _ENTITY},
        "event": {"type": "array", "minItems": 1, "items": {"enum": list(EVENT_TYPES)}},
        "event_loc": {
            "type": "object",
            "properties": {
                "extracted_place": {"type": "string"},
                "resolved_place": {"type": "string"},
                "geonameid": {"type": "integer"},
                "lat": {"type": "number", "minimum": -90, "maximum": 90},
                "lon": {"type": "number", "minimum": -180, "maximum": 180},
                "city": {"type": "string"},
                "district": {"type": "string"},
                "province": {"type": "string"},
                "country": {"type": "string"},
                "country_code": {"type": "string", "pattern": "^[A-Z]{3}$"},
                "feature_class": {"type": "string"},
                "feature_code": {"type": "string"},
                "resolution": {"enum": [1, 2, 3, 4, 5]},
            },
        },
        "event_text": {"type": "array", "items": {"type": "string"}},
        "quad_code": {"enum": [1, 2, 3, 4]},
        "event_scale": {"type": "number", "minimum": -10, "maximum": 10},
        "mode": {"type": "array", "items": {"type": "string"}},
        "context": {"type": "array", "items": {"enum": list(CONTEXTS)}},
        "link": {"type": "string"},
        "text": {"type": "string"},
        "text_info": {
            "type": "object",
            "properties": {
                "sequence": {"type": "integer", "minimum": 0},
                "start": {"type": "integer", "minimum": 0},
                "end": {"type": "integer", "minimum": 0},
                "text_story": {"type": "array", "items": {"type": "string"}},
            },
        },
        "cite_info": {
            "type": "object",
            "properties": {
                k: {"type": "string"}
                for k in ("corpus", "citation", "url", "title", "language", "publication", "license", "copyright",
                          "coder", "codebook", "version")
            },
        },
        "coder": {"type": "string"},
        "coded_date": _DATE,
        "coded_time": {"type": "string"},
        "comment": {"type": "string"},
        "dead": {"type": "integer", "minimum": 0},
        "injured": {"type": "integer", "minimum": 0},
        "size": {"type": "integer", "minimum": 0},
    },
    # Each type's modes, from its section of the manual: a mode of another type is an error.
    "allOf": [
        {
            "if": {"properties": {"event": {"contains": {"const": kind}}}, "required": ["event"]},
            "then": {"properties": {"mode": {"items": {"enum": list(MODES.get(kind, ()))}}}},
        }
        for kind in EVENT_TYPES
    ],
}


@lru_cache(maxsize=1)
def plover_schema() -> dict[str, Any]:
    """The schema with entity ``code`` limited to ISO 3166 alpha-3 countries, KOS and the non-state codes."""
    schema = copy.deepcopy(_SCHEMA)
    codes = sorted({c for c in country_codes() if c != "XKX"} | {"KOS", *NON_STATE})
    for field in ("actor", "recipient"):
        schema["properties"][field]["items"]["properties"]["code"] = {"enum": codes}
    return schema


def plover_code(cameo_code: str | None) -> str | None:
    """PLOVER's ``code`` for a CAMEO actor code: the country, or the non-state body (UN, EU, IGO ...)."""
    parts = parse_code(cameo_code)
    if parts is None:
        return None
    if parts.country:
        return "KOS" if parts.country in {"XKX", "KOS"} else parts.country
    head = parts.code[:3]
    if head == "IGO":
        if parts.code[3:6] == "UNO":
            return "UNO"
        if parts.code[3:6] == "EEC":
            return "EUR"
        return "IGO"
    if head in INTERNATIONAL:
        return head
    return None


def actor_object(cameo_code: str | None, text: str | None, name: str | None) -> dict[str, Any]:
    """PLOVER entity object for a CAMEO actor; an unnamed actor is PLOVER's ``UNK`` sector."""
    out: dict[str, Any] = {}
    code = plover_code(cameo_code)
    if code:
        out["code"] = code
    parts = parse_code(cameo_code)
    sectors = [CAMEO_SECTOR[t] for t in (parts.types if parts else ()) if t in CAMEO_SECTOR]
    if sectors:
        out["sector"] = sectors[0]
    if not code and not sectors:
        out["sector"] = "UNK"
    if text:
        out["entity_text"] = text
    if name and name != text:
        out["identifier_text"] = name
    if cameo_code:
        out["newsevents_cameo_code"] = cameo_code
    return out
