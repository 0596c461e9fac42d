"""Load the actor, agent and pattern dictionaries (pure data, no spaCy).

Every entry keeps where it came from (``source``: file and key), so that each code in the
output can name the dictionary line that produced it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from newsevents.dictionaries._yaml import YAMLError, load_yaml
from newsevents.dictionaries.lexicon import default_lexicon
from newsevents.errors import DictionaryError

__all__ = [
    "ActorEntry",
    "Dictionaries",
    "Discard",
    "Issue",
    "Pattern",
    "Role",
    "Slot",
    "Surface",
    "default_dictionaries",
    "merge",
    "parse_pattern",
]

_CODE = re.compile(r"^(?:[A-Z-]{3})+$")


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    title: str | None
    start: date | None
    end: date | None

    def active(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """A dictionary actor: a country, an organisation or a person with date-bounded roles."""

    id: str
    name: str
    kind: str  # country | organization | person
    country: str | None
    code: str | None
    source: str
    roles: tuple[Role, ...] = ()
    died: date | None = None
    start: date | None = None
    end: date | None = None
    # PETRARCH-style entries: the code outside every dated role ("" = no actor then), and
    # agents compose by appending their sector ("Amnesty activists" NGM + OPP = NGMOPP)
    fallback: str | None = None
    append_agents: bool = False
    aliases: tuple[str, ...] = ()  # people: the other ways their name is written
    category: str | None = None  # organisations: the YAML kind (armed_group, government, media …)
    gender: str | None = None  # people: "m" or "f" when the dictionary says; None when it does not

    def code_on(self, day: date | None) -> str:
        """The CAMEO code of this actor on ``day`` (the article or event date)."""
        if not self.roles:
            return self.code or self.country or ""
        if self.fallback is not None:
            active = next((r for r in self.roles if day is not None and r.active(day)), None)
            return active.code if active is not None else self.fallback
        if day is None:
            return max(self.roles, key=lambda r: r.start or date.min).code
        for role in self.roles:
            if role.active(day):
                return role.code
        past = [r for r in self.roles if r.end is not None and r.end < day]
        if self.died is not None and day >= self.died and past:
            # news about a dead official speaks of the office he held
            return max(past, key=lambda r: r.end or date.min).code
        # out of office, before or after: a listed person is news as one of the country's elite
        # (a candidate, a former leader), not as the state itself ("Trump" in 2016 is no USA act)
        return f"{self.country}ELI" if self.country else ""

    def role_on(self, day: date | None) -> Role | None:
        if day is None:
            return None
        return next((r for r in self.roles if r.active(day)), None)

    def known_on(self, day: date | None) -> bool:
        """False when every role of this person begins more than two years after ``day``: a bare
        surname in an older story is someone else ("Henry" in 2016 is not Haiti's prime minister of
        2021), while a candidate in the year before taking office is already news."""
        if day is None or not self.roles:
            return True
        horizon = date(day.year + 2, day.month, min(day.day, 28))
        return any(r.start is None or r.start <= horizon for r in self.roles)


@dataclass(frozen=True, slots=True)
class Surface:
    """One way of writing an actor: ``form`` says which (name, adjective, capital, surname …)."""

    text: str
    entry: str
    form: str
    weak: bool = False  # surnames: used only when unambiguous or the full name came earlier
    fold: bool = False  # matched case-insensitively (PETRARCH dictionaries are upper case)


@dataclass(frozen=True, slots=True)
class Slot:
    """One element of a word-sequence pattern (the TABARI/PETRARCH syntax).

    ``kind`` is "word" (one of ``phrases``, each a run of consecutive lower-case words),
    "source" / "target" (the actor found there: ``$`` / ``+``), "compound" (``%``: a
    conjoined actor whose members act on each other) or "skip" (``^``). ``joined`` says no
    word may stand between this slot and its neighbour on the verb's side (``_``).
    """

    kind: str
    phrases: tuple[tuple[str, ...], ...] = ()
    joined: bool = False

    @property
    def weight(self) -> int:
        """How much this slot makes a pattern specific: the words it needs, or 1 for an actor."""
        return min(len(p) for p in self.phrases) if self.kind == "word" and self.phrases else int(self.kind != "skip")


@dataclass(frozen=True, slots=True)
class Pattern:
    """A parsed verb or noun pattern that maps to a CAMEO code.

    Our own grammar fills ``particle`` … ``prep_object``; dictionaries in PETRARCH's formats
    fill ``forms`` (the verb's surface forms), ``before``/``after`` (word slots on either side
    of the verb, nearest first) and ``reverse_code`` (``[a:b]``: a second event, target → source).
    The code ``---`` is a null pattern: it matches to say "no event here".
    """

    id: str
    code: str
    head: str
    noun: bool
    particle: str | None = None
    obj: str | None = None
    xcomp: str | None = None
    target_preps: tuple[str, ...] = ()
    prep_object: tuple[str, str] | None = None
    source: str = ""
    target_required: bool = False  # "@at|on!": without that preposition the pattern does not apply
    forms: tuple[str, ...] = ()
    before: tuple[Slot, ...] = ()
    after: tuple[Slot, ...] = ()
    reverse_code: str | None = None

    @property
    def specificity(self) -> int:
        return sum(
            x is not None and x != ()
            for x in (self.particle, self.obj, self.xcomp, self.target_preps, self.prep_object)
        ) + sum(s.weight for s in (*self.before, *self.after))


@dataclass(frozen=True, slots=True)
class Discard:
    """A phrase that stops coding: of its sentence, or of the whole story (``story``)."""

    words: tuple[str, ...]  # lower case
    story: bool
    stem: bool  # the last word may continue ("BASEBALL" also stops "baseballs")
    source: str
    lemma: bool = False  # one lemma of the sentence (our lexicon's sport/entertainment words)


@dataclass(frozen=True, slots=True)
class Issue:
    """An issue keyword phrase (PETRARCH issues file): matched words → an issue code."""

    words: tuple[str, ...]
    code: str
    source: str


@dataclass(frozen=True)
class Dictionaries:
    actors: dict[str, ActorEntry] = field(default_factory=dict)
    surfaces: tuple[Surface, ...] = ()
    # term -> (sector, source); a sector written "NGO~" is put before the actor's code
    agents: dict[str, tuple[str, str]] = field(default_factory=dict)
    patterns: tuple[Pattern, ...] = ()
    discards: tuple[Discard, ...] = ()
    issues: tuple[Issue, ...] = ()
    skipped: tuple[str, ...] = ()  # "file:line: why" for entries that could not be read
    # cities and regions the gazetteer knows name their country's actor ("officials in Aleppo"),
    # and the lexicon's own coding rules (intentions, refusals, appeals, reported accusations)
    # add events: both off when a user codes with their own dictionaries only
    place_actors: bool = True


_TOKEN = re.compile(r"^(~|\+|>|@)?([^\s]+)$")


def parse_pattern(code: str, text: str, *, source: str) -> Pattern:
    """Parse one pattern line (see docs/dictionaries.md for the grammar)."""
    parts = text.split()
    if not parts:
        raise DictionaryError(f"{source}: empty pattern")
    head = parts[0]
    noun = head.startswith("n:")
    if noun:
        head = head[2:]
    if not head or head[0] in "~+>@":
        raise DictionaryError(f"{source}: pattern {text!r} must start with a lemma")
    particle = obj = xcomp = None
    required = False
    preps: tuple[str, ...] = ()
    prep_object: tuple[str, str] | None = None
    for part in parts[1:]:
        m = _TOKEN.match(part)
        if not m or not m.group(1):
            raise DictionaryError(f"{source}: cannot read {part!r} in pattern {text!r}")
        sigil, value = m.group(1), m.group(2).lower()
        if sigil == "~":
            particle = value
        elif sigil == "+":
            obj = value
        elif sigil == ">":
            xcomp = value
        elif ":" in value:
            prep, _, lemma = value.partition(":")
            prep_object = (prep, lemma)
        else:
            required = value.endswith("!")
            preps = tuple(p for p in value.rstrip("!").split("|") if p)
    return Pattern(
        id=f"{code}:{text}",
        code=code,
        head=head.lower().replace("_", " "),
        noun=noun,
        particle=particle,
        obj=obj,
        xcomp=xcomp,
        target_preps=preps,
        prep_object=prep_object,
        source=source,
        target_required=required,
    )


def _as_date(value: Any, where: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise DictionaryError(f"{where}: {value!r} is not an ISO date") from None


def _check_code(code: Any, where: str) -> str:
    if not isinstance(code, str) or not _CODE.match(code):
        raise DictionaryError(f"{where}: {code!r} is not a CAMEO actor code")
    return code


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _load_yaml(path: Path | Any) -> Any:
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except YAMLError as exc:
        raise DictionaryError(f"{path}: not valid YAML: {exc}") from exc


def _countries(data: list[dict[str, Any]], src: str) -> Iterable[tuple[ActorEntry, list[Surface]]]:
    for row in data:
        code = _check_code(row.get("code"), src)
        entry_id = f"country:{code}"
        name = str(row.get("name") or code)
        entry = ActorEntry(entry_id, name, "country", code, code, f"{src}#{code}")
        surf = [Surface(str(n), entry_id, "name") for n in row.get("names") or [name]]
        surf += [Surface(str(n), entry_id, "adjective") for n in row.get("adjectives") or []]
        surf += [Surface(str(n), entry_id, "abbreviation") for n in row.get("abbreviations") or []]
        surf += [Surface(str(n), entry_id, "capital") for n in row.get("capitals") or []]
        yield entry, surf


def _organizations(data: list[dict[str, Any]], src: str) -> Iterable[tuple[ActorEntry, list[Surface]]]:
    for row in data:
        name = str(row.get("name") or "")
        code = _check_code(row.get("code"), f"{src}#{name}")
        entry_id = f"org:{_slug(name)}"
        entry = ActorEntry(
            entry_id,
            name,
            "organization",
            row.get("country"),
            code,
            f"{src}#{name}",
            start=_as_date(row.get("from"), src),
            end=_as_date(row.get("to"), src),
            category=str(row["kind"]) if row.get("kind") else None,
            append_agents=bool(row.get("append_agents")),
        )
        names = [str(n) for n in row.get("names") or []] or [name]
        yield entry, [Surface(n, entry_id, "name") for n in names]


def _people(data: list[dict[str, Any]], src: str) -> Iterable[tuple[ActorEntry, list[Surface]]]:
    for row in data:
        name = str(row.get("name") or "")
        where = f"{src}#{name}"
        roles = tuple(
            Role(
                _check_code(r.get("code"), where),
                r.get("title"),
                _as_date(r.get("from"), where),
                _as_date(r.get("to"), where),
            )
            for r in row.get("roles") or []
        )
        entry_id = f"person:{_slug(name)}"
        aliases = tuple(str(a) for a in row.get("aliases") or [])
        gender = row.get("gender")
        if gender not in {None, "m", "f"}:
            raise DictionaryError(f"{where}: gender must be m or f, not {gender!r}")
        country = row.get("country")
        # a person with no office (a candidate, a campaign chief) is one of the country's elite, not the state
        code = None if roles or not country else f"{country}ELI"
        entry = ActorEntry(
            entry_id, name, "person", country, code, where, roles=roles, died=_as_date(row.get("died"), where),
            aliases=aliases, gender=gender,
        )
        names = [name, *aliases]
        surf = [Surface(n, entry_id, "name") for n in names]
        family = row.get("family_name")
        if family is not None:
            if not any(str(family) in n.split() for n in names):
                raise DictionaryError(f"{where}: family_name {family!r} is not a word of the name or its aliases")
            surf.append(Surface(str(family), entry_id, "surname", weak=True))
            yield entry, surf
            continue
        for n in names:
            tokens = n.split()
            if any(m != n and n.startswith(m + " ") and len(m.split()) >= 2 for m in names):
                continue  # "Manuel Marrero Cruz", also "Manuel Marrero": Cruz is the second family name
            if len(tokens) >= 2:
                surname = tokens[0] if country in SURNAME_FIRST else _surname(tokens)
                if len(surname) > 1 and surname.lower() not in _NOT_SURNAMES and (
                        len(surname) > 2 or country in SURNAME_FIRST) and not any(x.text == surname for x in surf):
                    surf.append(Surface(surname, entry_id, "surname", weak=True))  # "Xi" is Xi; "Moon Jae In" no "In"
        yield entry, surf


# Countries whose press, in English too, writes the family name first and names people by it alone ("Xi
# Jinping ... Xi said", "Moon Jae-in ... Moon"); a person of these written in the western order ("Carrie Lam")
# says so with ``family_name``. Vietnamese, Burmese and Hungarian leaders are named by the last word in English.
SURNAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "SGP", "KHM"})


_NOT_SURNAMES = {"the", "and", "for", "not", "but", "all", "one", "two", "new", "old", "man", "son", "bin"}
_PARTICLES = {"al", "el", "bin", "ibn", "van", "von", "de", "da", "del", "abu", "abdel", "abdul", "ben", "le", "la"}


def _surname(tokens: list[str]) -> str:
    """The family name: the last token, with a joined prefix such as al-/bin/van kept."""
    if len(tokens) >= 3 and re.fullmatch(r"[IVXL]+|Jr\.?|Sr\.?", tokens[-1]):
        tokens = tokens[:-1]  # "Abdullah II", "Martin Luther King Jr."
    last = tokens[-1]
    if len(tokens) >= 3 and tokens[-2].lower() in _PARTICLES:
        return f"{tokens[-2]} {last}"
    return last


def _agents(data: dict[str, list[str]], src: str) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for sector, terms in (data or {}).items():
        _check_code(sector, src)
        for term in terms or []:
            out[str(term).lower()] = (sector, f"{src}#{term}")
    return out


def load_patterns_tsv(path: Path | Any, name: str) -> list[Pattern]:
    text = path.read_text(encoding="utf-8")
    out = []
    lines = text.splitlines()
    rows = [(i, line) for i, line in enumerate(lines, 1) if line.strip() and not line.lstrip().startswith("#")]
    if rows and rows[0][1].split("\t")[0].strip() == "code":
        rows = rows[1:]
    for lineno, line in rows:
        cols = line.split("\t")
        if len(cols) < 2:
            raise DictionaryError(f"{name}:{lineno}: expected code<TAB>pattern")
        out.append(parse_pattern(cols[0].strip(), cols[1].strip(), source=f"{name}:{lineno}"))
    return out


def build(
    *,
    countries: Iterable[tuple[ActorEntry, list[Surface]]] = (),
    agents: dict[str, tuple[str, str]] | None = None,
    patterns: Iterable[Pattern] = (),
) -> Dictionaries:
    actors: dict[str, ActorEntry] = {}
    surfaces: list[Surface] = []
    for entry, surf in countries:
        actors[entry.id] = entry
        surfaces.extend(surf)
    return Dictionaries(actors=actors, surfaces=tuple(surfaces), agents=dict(agents or {}), patterns=tuple(patterns))


def merge(*parts: Dictionaries) -> Dictionaries:
    """Combine dictionaries; later parts add to (and for agents override) earlier ones."""
    actors: dict[str, ActorEntry] = {}
    surfaces: list[Surface] = []
    agents: dict[str, tuple[str, str]] = {}
    patterns: list[Pattern] = []
    discards: list[Discard] = []
    issues: list[Issue] = []
    skipped: list[str] = []
    place_actors = all(p.place_actors for p in parts) if parts else True
    for p in parts:
        actors.update(p.actors)
        surfaces.extend(p.surfaces)
        agents.update(p.agents)
        patterns.extend(p.patterns)
        discards.extend(p.discards)
        issues.extend(p.issues)
        skipped.extend(p.skipped)
    return Dictionaries(actors, tuple(surfaces), agents, tuple(patterns), tuple(discards), tuple(issues),
                        tuple(skipped), place_actors)


def read_own_file(path: Path, text: str) -> tuple[str, Dictionaries] | None:
    """A dictionary file in our own formats (patterns TSV, actor or agent YAML), or None."""
    name = path.name
    first = next((ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")), "")
    if first.split("\t")[0].strip() == "code" and "\t" in first:
        return "patterns", build(patterns=load_patterns_tsv(path, name))
    if path.suffix.lower() not in {".yaml", ".yml"}:
        return None
    try:
        data = load_yaml(text)
    except YAMLError as exc:
        raise DictionaryError(f"{path}: not valid YAML: {exc}") from exc
    if isinstance(data, dict):
        return "agents", build(agents=_agents(data, name))
    rows = [r for r in data or [] if isinstance(r, dict)]
    if any("roles" in r for r in rows):
        return "people", build(countries=_people(rows, name))
    if any("kind" in r for r in rows):
        return "organizations", build(countries=_organizations(rows, name))
    if rows:
        return "countries", build(countries=_countries(rows, name))
    raise DictionaryError(f"{path}: no dictionary entries found")


@lru_cache(maxsize=1)
def default_dictionaries() -> Dictionaries:
    """The built-in dictionaries shipped in ``newsevents/dictionaries``."""
    root = resources.files("newsevents.dictionaries")
    entries: list[tuple[ActorEntry, list[Surface]]] = []
    actors_dir = root.joinpath("actors")
    for item in sorted(actors_dir.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".yaml"):
            continue
        src = f"actors/{item.name}"
        data = _load_yaml(item) or []
        if item.name.startswith("countries"):
            entries.extend(_countries(data, src))
        elif item.name.startswith("organizations"):
            entries.extend(_organizations(data, src))
        elif item.name.startswith("people"):
            entries.extend(_people(data, src))
    agents_file = root.joinpath("agents.yaml")
    agents = _agents(_load_yaml(agents_file), "agents.yaml") if agents_file.is_file() else {}
    pat_file = root.joinpath("patterns.tsv")
    patterns = load_patterns_tsv(pat_file, "patterns.tsv") if pat_file.is_file() else []
    extra = root.joinpath("core_patterns.tsv")
    if extra.is_file():
        patterns = load_patterns_tsv(extra, "core_patterns.tsv") + patterns
    built = build(countries=entries, agents=agents, patterns=patterns)
    # the lexicon's sport and entertainment words are our discard list (a dictionary kind)
    discards = tuple(
        Discard((w,), False, False, f"lexicon.yaml#discard_words:{w}", lemma=True)
        for w in sorted(default_lexicon().discard_words)
    )
    return Dictionaries(built.actors, built.surfaces, built.agents, built.patterns, discards)
