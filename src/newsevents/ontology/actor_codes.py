"""The parts of a CAMEO actor code every layer reads: the heads of no country and the sector codes.

The coder, the event resolver and the corpus all ask "is this code's head a country?"; one definition
here, free of heavy imports, keeps them answering alike (the corpus package pulls in DuckDB).
"""

from __future__ import annotations

__all__ = ["INTERNATIONAL", "SECTORS", "code_blocks"]

# CAMEO prefixes for actors that belong to no one country.
INTERNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC"})

# Sector (CAMEO "type") codes used by the dictionaries, with the names written in ICEWS-style exports.
SECTORS: dict[str, str] = {
    "AGR": "Agriculture",
    "BUS": "Business",
    "COP": "Police",
    "CRM": "Criminal",
    "CVL": "Civilian",
    "EDU": "Education",
    "ELI": "Elite",
    "ENV": "Environment",
    "GOV": "Government",
    "HLH": "Health",
    "HRI": "Human Rights",
    "INS": "Insurgent",
    "JUD": "Judicial",
    "LAB": "Labor",
    "LEG": "Legislative",
    "MED": "Media",
    "MIL": "Military",
    "MOD": "Moderate",
    "OPP": "Opposition",
    "PTY": "Party",
    "RAD": "Radical",
    "REB": "Rebel",
    "REF": "Refugee",
    "REL": "Religious",
    "SEP": "Separatist",
    "SPY": "Intelligence",
    "UAF": "Unidentified Armed Forces",
}


def code_blocks(code: str) -> list[str]:
    """``code`` in its three-letter blocks, as the dictionaries write it: ``IRQMILSHI`` -> IRQ, MIL, SHI."""
    return [code[i : i + 3] for i in range(0, len(code), 3)]
