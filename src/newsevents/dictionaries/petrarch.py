"""Read dictionaries written in PETRARCH's (and TABARI's) formats, at run time, from the user's files.

``newsevents code --dictionary FILE`` hands files here. The kind of each file — verbs with
patterns and synsets, actors with date restrictions, agents, discards, issues — is recognised
from its content, and every entry becomes one of our in-memory records (``Pattern`` with word
``Slot``s, ``ActorEntry`` with dated ``Role``s, agent terms, ``Discard``, ``Issue``), so the one
rule engine codes with them and ``explain`` names the file and line that fired. Nothing from
these files is ever stored in the project.

Formats (PETRARCH's documentation and the TABARI manual, chapter 5):

* verbs: ``&SYNSET`` lines followed by ``+member`` lines; blocks ``--- NAME [code] ---``; verb
  lines ``VERB {IRREGULAR FORMS} [code]`` (``WIRE_+TAP``: ``+`` marks the verb of a compound);
  pattern lines ``- lower * upper [code]`` with ``$`` source, ``+`` target, ``%`` compound
  actor, ``^`` skipped phrase, ``&SYNSET``, ``_`` joining words that must be adjacent, and
  (PETRARCH-2) ``{noun phrase}`` / ``(prepositional phrase)`` groupings. ``[a:b]`` codes a
  second event with source and target swapped; ``[---]`` says "no event".
* actors: ``ROOT_PHRASE [CODE]``, ``+SYNONYM`` lines, tab-indented ``[CODE <yymmdd]``,
  ``[CODE >yymmdd]``, ``[CODE yymmdd-yymmdd]`` date restrictions (also 8-digit dates).
* agents: ``PHRASE {PLURALS} [~SECTOR]`` (or ``[SECTOR~]``, put before the actor code), with
  ``!NAME! = A, B`` substitution sets.
* discards: one phrase a line; ``+`` discards the whole story; a trailing ``_`` asks for a
  whole word, otherwise the last word is a stem.
* issues: ``phrase [ISSUE_CODE]`` with ``n:``/``v:`` word expansions and ``<ISSUE>`` tags.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

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
    read_own_file,
)
from newsevents.errors import DictionaryError

__all__ = ["KINDS", "detect_kind", "load_dictionaries", "read_dictionary_file", "regular_verb_forms"]

KINDS = ("verbs", "actors", "agents", "discards", "issues", "prepositions")

_XML_COMMENT = re.compile(r"<!\s*--.*?-->", re.S)
_HASH_COMMENT = re.compile(r"(^|\s)[#;].*$")
_CODE = re.compile(r"\[([^\]]*)\]")
_PREPOSITION_HINTS = {"about", "above", "across", "after", "against", "among", "around", "before", "behind",
                      "below", "beside", "between", "beyond", "during", "into", "through", "toward", "under"}


# ---- generic line handling ------------------------------------------------------------------
def _lines(text: str) -> list[tuple[int, str]]:
    """(line number, line without comments); blank lines are kept as "" (they end blocks)."""
    text = _XML_COMMENT.sub(lambda m: "\n" * m.group().count("\n"), text)
    out = []
    for no, raw in enumerate(text.splitlines(), 1):
        line = _HASH_COMMENT.sub("", raw.rstrip())
        out.append((no, line if line.strip() else ""))
    return out


def detect_kind(text: str) -> str:
    """Which PETRARCH dictionary ``text`` is, judged from its content alone."""
    lines = [line.strip() for _, line in _lines(text) if line.strip()]
    if not lines:
        raise DictionaryError("empty dictionary file")
    headers = sum(1 for x in lines if x.startswith("---") and "[" in x)
    patterns = sum(1 for x in lines if re.match(r"^-\s.*\*", x))
    if headers or patterns >= 2:
        return "verbs"
    if "<issue" in text.lower() or sum(1 for x in lines if re.match(r"^(n|v):", x, re.I)) >= 2:
        return "issues"
    coded = [x for x in lines if _CODE.search(x)]
    if sum(1 for x in coded if "~" in "".join(_CODE.findall(x))) > len(coded) / 2:
        return "agents"
    if coded:
        return "actors"
    words = [x for x in lines if not x.startswith("+")]
    if words and all(re.fullmatch(r"[a-zà-ÿ'-]+", w) for w in words) and len(set(words) & _PREPOSITION_HINTS) >= 3:
        return "prepositions"
    return "discards"


def _words(phrase: str) -> tuple[str, ...]:
    """Lower-case words of a phrase string (blanks and underscores both separate words)."""
    out: list[str] = []
    for w in re.split(r"[\s_]+", phrase.strip()):
        if not w:
            continue
        w = w.lower()
        if len(w) > 3 and w.endswith("n't"):  # "DON'T" is "do n't" once tokenised
            out += [w[:-3], "n't"]
        else:
            out.append(w)
    return tuple(out)


def _plural(word: str) -> str:
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    return word + "s"


def regular_verb_forms(verb: str) -> tuple[str, ...]:
    """The regular forms PETRARCH generates for a verb: -s, -ed, -ing (lower case)."""
    v = verb.lower()
    if re.search(r"[^aeiou]y$", v):
        return (v, v[:-1] + "ies", v[:-1] + "ied", v + "ing")
    if v.endswith("ee"):
        return (v, v + "s", v + "d", v + "ing")
    if v.endswith("e"):
        return (v, v + "s", v + "d", v[:-1] + "ing")
    if re.search(r"(s|x|z|ch|sh)$", v):
        return (v, v + "es", v + "ed", v + "ing")
    return (v, v + "s", v + "ed", v + "ing")


def _dated(text: str) -> date:
    """``yymmdd`` or ``yyyymmdd``; two-digit years 30–99 are 19xx, 00–29 are 20xx."""
    t = text.strip()
    if len(t) == 6:
        yy = int(t[:2])
        t = f"{1900 + yy if yy >= 30 else 2000 + yy}{t[2:]}"
    if len(t) != 8 or not t.isdigit():
        raise ValueError(text)
    return date(int(t[:4]), int(t[4:6]), int(t[6:8]))


def _clean_code(code: str) -> str:
    """An actor code; the null codes ``---`` and ``+++`` mean "no actor" (empty)."""
    code = code.strip().upper()
    return "" if not code or set(code) <= {"-", "+", "#"} else code


# ---- verbs --------------------------------------------------------------------------------------
@dataclass
class _Verb:
    word: str  # the verb itself, lower case
    forms: set[str]
    before: tuple[Slot, ...]  # fixed words of a compound verb ("wire" in WIRE_+TAP), nearest first
    after: tuple[Slot, ...]
    code: str | None
    line: int


@dataclass
class _Block:
    code: str
    line: int
    verbs: list[_Verb] = field(default_factory=list)
    patterns: list[tuple[int, str, str]] = field(default_factory=list)  # (line, text, code)


def _compound_verb(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """``KLM_NOP_+RST`` → verb "rst", words before ("nop", "klm" nearest first), words after."""
    parts = [p for p in re.split(r"[\s_]+", text.strip()) if p]
    at = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
    parts = [p.lstrip("+").lower() for p in parts]
    return parts[at], tuple(reversed(parts[:at])), tuple(parts[at + 1 :])


def _parse_verb_line(line: str, no: int) -> _Verb:
    code_m = _CODE.search(line)
    irregular = re.search(r"\{([^}]*)\}", line)
    head_text = re.split(r"[\[{]", line, maxsplit=1)[0]
    word, before, after = _compound_verb(head_text)
    forms = set(regular_verb_forms(word))
    for form in (irregular.group(1).split() if irregular else []):
        forms.add(_compound_verb(form)[0])
    return _Verb(
        word, forms,
        tuple(Slot("word", ((w,),), joined=True) for w in before),
        tuple(Slot("word", ((w,),), joined=True) for w in after),
        code_m.group(1).strip() if code_m else None, no,
    )


def _split_code(code: str) -> tuple[str, str | None]:
    """``064`` → ("064", None); ``031:032`` → ("031", "032"); ``:074`` → ("", "074")."""
    main, sep, rev = code.replace(" ", "").partition(":")
    return main, (rev or None) if sep else None


def _tokens(pattern: str) -> list[tuple[str, bool]]:
    """Pattern elements in text order, each with "joined to the previous element"."""
    text = re.sub(r"[{}()]", " ", pattern)
    out: list[tuple[str, bool]] = []
    for chunk in text.split():
        for k, part in enumerate(p for p in chunk.split("_") if p):
            out.append((part, k > 0))
    return out


class _VerbReader:
    """Turns a verb dictionary into ``Pattern`` records: one per verb and block pattern."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.raw_synsets: dict[str, list[str]] = {}
        self.no_plural: set[str] = set()
        self.blocks: list[_Block] = []

    def read(self, text: str) -> list[Pattern]:
        synset: str | None = None
        block: _Block | None = None
        for no, line in _lines(text):
            s = line.strip()
            if not s:
                synset = None
                continue
            if s.startswith("&") and not s.startswith("&&"):
                label = s.split()[0][1:]
                synset = label.rstrip("_").upper()
                self.raw_synsets.setdefault(synset, [])
                if label.endswith("_"):
                    self.no_plural.add(synset)
                continue
            if synset is not None and s.startswith("+"):
                self.raw_synsets[synset].append(s[1:].strip())
                continue
            synset = None
            if s.startswith("---"):
                m = _CODE.search(s)
                block = _Block(m.group(1).strip() if m else "---", no)
                self.blocks.append(block)
                continue
            if s.startswith("-"):
                m = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]", s)
                if block is not None and m:
                    block.patterns.append((no, m.group(1), m.group(2).strip()))
                continue
            if block is None:  # a verb line before any block opens its own block
                block = _Block("---", no)
                self.blocks.append(block)
            block.verbs.append(_parse_verb_line(s, no))
        return list(self._patterns())

    def _members(self, name: str, seen: frozenset[str] = frozenset()) -> list[tuple[str, ...]]:
        """Phrases of a synset, nested synsets expanded, regular plurals added."""
        if name in seen or name not in self.raw_synsets:
            return []
        out: list[tuple[str, ...]] = []
        for member in self.raw_synsets[name]:
            if member.startswith("&"):
                out.extend(self._members(member[1:].rstrip("_").upper(), seen | {name}))
                continue
            words = _words(member)
            if not words:
                continue
            out.append(words)
            if name not in self.no_plural and not member.endswith("_") and words[-1].isalpha():
                out.append((*words[:-1], _plural(words[-1])))
        return out

    def _slots(self, pattern: str) -> tuple[tuple[Slot, ...], tuple[Slot, ...]] | None:
        """The before/after slots of one pattern, or None when it cannot be used."""
        elems: list[tuple[Slot, bool]] = []
        verb_at: int | None = None
        for tok, joined in _tokens(pattern):
            if tok in {"*", "**"}:
                verb_at = len(elems)
                elems.append((Slot("skip"), joined))
                continue
            kind = {"$": "source", "+": "target", "%": "compound", "^": "skip"}.get(tok)
            if kind is not None:
                elems.append((Slot(kind), joined))
            elif tok.startswith("&"):
                phrases = self._members(tok[1:].upper())
                if not phrases:
                    return None  # an undefined synset: PETRARCH ignores such patterns
                elems.append((Slot("word", tuple(phrases)), joined))
            else:
                words = _words(tok)
                if not words:
                    continue
                elems.append((Slot("word", (words,)), joined))
        if verb_at is None:
            return None
        joined_flags = [j for _, j in elems] + [False]
        after = tuple(Slot(s.kind, s.phrases, joined_flags[i]) for i, (s, _) in enumerate(elems) if i > verb_at)
        before = tuple(
            Slot(elems[i][0].kind, elems[i][0].phrases, joined_flags[i + 1]) for i in range(verb_at - 1, -1, -1)
        )
        return before, after

    def _patterns(self) -> Iterator[Pattern]:
        for block in self.blocks:
            parsed = []
            for no, text, code in block.patterns:
                slots = self._slots(text)
                if slots is not None:
                    parsed.append((no, text, code, slots))
            for verb in block.verbs:
                default = verb.code if verb.code is not None else block.code
                rows = [(verb.line, verb.word.upper(), default, ((), ())), *parsed]
                for no, text, code, (before, after) in rows:
                    main, rev = _split_code(code)
                    yield Pattern(
                        id=f"{main or '-'}{':' + rev if rev else ''}:{text}",
                        code=main if main else "---",
                        head=verb.word,
                        noun=False,
                        source=f"{self.name}:{no}",
                        forms=tuple(sorted(verb.forms)),
                        before=verb.before + before,
                        after=verb.after + after,
                        reverse_code=rev,
                    )


# ---- actors -------------------------------------------------------------------------------------
def _restriction(text: str, where: str) -> tuple[str, date | None, date | None]:
    """``[CODE <d]``, ``[CODE >d]``, ``[CODE d-d]`` or ``[CODE]`` → (code, start, end)."""
    parts = text.split()
    code = "" if not parts or parts[0][0] in "<>0123456789" else parts[0]
    rest = "".join(parts[1:] if code else parts)
    try:
        if not rest:
            return code, None, None
        if rest.startswith("<"):
            return code, None, _dated(rest[1:])
        if rest.startswith(">"):
            return code, _dated(rest[1:]), None
        a, _, b = rest.partition("-")
        return code, _dated(a), _dated(b)
    except ValueError:
        raise DictionaryError(f"{where}: cannot read the date restriction [{text}]") from None


def _phrase_text(phrase: str) -> str:
    return " ".join(w for w in re.split(r"[\s_]+", phrase.strip()) if w)


@dataclass
class _ActorRec:
    names: list[str]
    code: str
    line: int
    roles: list[Role] = field(default_factory=list)


def _read_actors(text: str, name: str) -> Dictionaries:
    entries: dict[str, ActorEntry] = {}
    surfaces: list[Surface] = []
    skipped: list[str] = []
    current: _ActorRec | None = None

    def flush() -> None:
        if current is None:
            return
        names = current.names
        where = f"{name}:{current.line}"
        default = current.code
        roles = tuple(current.roles)
        codes = [r.code for r in roles] + [default]
        kind = "person" if roles else "country" if len(default) == 3 and "/" not in default else "organization"
        entry_id = f"petrarch:{name}:{current.line}"
        entries[entry_id] = ActorEntry(
            entry_id, names[0].title(), kind, (codes[0] or "")[:3] or None, default or None, where,
            roles=roles, fallback=default if roles else None, append_agents=True,
        )
        surfaces.extend(Surface(n, entry_id, "name", fold=True) for n in names)

    for no, line in _lines(text):
        if not line:
            continue
        s = line.strip()
        if line[0] in " \t" and s.startswith("["):  # a date restriction of the current actor
            if current is not None:
                for body in _CODE.findall(s):
                    try:
                        r = _restriction(body, f"{name}:{no}")
                    except DictionaryError as exc:  # PETRARCH, too, reads on past a bad line
                        skipped.append(str(exc))
                        continue
                    code = _clean_code(r[0])
                    if r[1] is None and r[2] is None:
                        current.code = code
                    else:
                        current.roles.append(Role(code, None, r[1], r[2]))
            continue
        if s.startswith("+"):
            if current is not None:
                phrase = _phrase_text(_CODE.sub("", s[1:]))
                if phrase:
                    current.names.append(phrase)
            continue
        if s.startswith("<") or s.startswith("!"):
            continue
        flush()
        code_m = _CODE.search(s)
        phrase = _phrase_text(_CODE.sub("", s))
        if not phrase:
            current = None
            continue
        current = _ActorRec([phrase], _clean_code(code_m.group(1)) if code_m else "", no)
        if code_m:  # a restriction written on the root line: "ONODOHER [ONO <911226]"
            try:
                r = _restriction(code_m.group(1), f"{name}:{no}")
            except DictionaryError as exc:
                skipped.append(str(exc))
                r = ("", None, None)
            if r[1] or r[2]:
                current.code = ""
                current.roles.append(Role(_clean_code(r[0]), None, r[1], r[2]))
    flush()
    return Dictionaries(actors=entries, surfaces=tuple(surfaces), skipped=tuple(skipped))


# ---- agents -------------------------------------------------------------------------------------
def _read_agents(text: str, name: str) -> Dictionaries:
    subst: dict[str, list[str]] = {}
    agents: dict[str, tuple[str, str]] = {}
    for no, line in _lines(text):
        s = line.strip()
        if not s:
            continue
        m = re.match(r"^!(\w+)!\s*=\s*(.*)$", s)
        if m:
            subst[m.group(1).upper()] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        code_m = _CODE.search(s)
        if code_m is None:
            continue
        raw = code_m.group(1).replace(" ", "").upper()
        sector = raw.lstrip("~") if raw.startswith("~") else raw  # "NGO~" stays a prefix
        if not sector.strip("~"):
            continue
        plurals = re.search(r"\{([^}]*)\}", s)
        phrase = re.split(r"[\[{]", s, maxsplit=1)[0].strip()
        variants = [phrase]
        for key, values in subst.items():
            marker = f"!{key}!"
            variants = [v.replace(marker, val) for v in variants for val in values] if any(
                marker in v for v in variants) else variants
        extra = [p for p in (plurals.group(1).split() if plurals else [])]
        for v in variants + extra:
            term = " ".join(_words(v))
            if term:
                agents[term] = (sector, f"{name}:{no}")
    return Dictionaries(agents=agents)


# ---- discards and issues ------------------------------------------------------------------------
def _read_discards(text: str, name: str) -> Dictionaries:
    out = []
    for no, line in _lines(text):
        s = line.strip()
        if not s:
            continue
        story = s.startswith("+")
        phrase = s.lstrip("+").strip()
        words = tuple(w.lower() for w in phrase.replace("_", " ").split())
        if words:
            out.append(Discard(words, story, stem=not phrase.endswith("_"), source=f"{name}:{no}"))
    return Dictionaries(discards=tuple(out))


def _read_issues(text: str, name: str) -> Dictionaries:
    out = []
    for no, line in _lines(text):
        s = line.strip()
        if not s or s.startswith("<") or s.startswith("~"):
            continue  # "~phrase" lines are exceptions that cancel issue coding: not kept
        m = re.match(r"^(.*?)\s*\[([^\]]+)\]", s)
        if m is None:
            continue
        variants: list[list[str]] = [[]]
        for w in m.group(1).split():
            opts = [w]
            if w.lower().startswith("n:"):
                opts = [w[2:], _plural(w[2:].lower())]
            elif w.lower().startswith("v:"):
                opts = list(regular_verb_forms(w[2:]))
            opts = [o.replace("+", " ") for o in opts] + ([o.replace("+", "-") for o in opts] if "+" in w else [])
            variants = [[*v, o] for v in variants for o in opts]
        for v in variants:
            out.append(Issue(tuple(" ".join(v).lower().split()), m.group(2).strip(), f"{name}:{no}"))
    return Dictionaries(issues=tuple(out))


_READERS = {
    "actors": _read_actors,
    "agents": _read_agents,
    "discards": _read_discards,
    "issues": _read_issues,
}


def read_dictionary_file(path: Path | str, *, kind: str | None = None) -> tuple[str, Dictionaries]:
    """Read one dictionary file (PETRARCH formats, or ours) and say which kind it was."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DictionaryError(f"{p}: cannot read the dictionary: {exc.strerror or exc}") from None
    own = read_own_file(p, text)
    if own is not None:
        return own
    kind = kind or detect_kind(text)
    name = p.name
    if kind == "verbs":
        return kind, Dictionaries(patterns=tuple(_VerbReader(name).read(text)))
    if kind == "prepositions":
        return kind, Dictionaries(place_actors=True)  # the parse finds prepositions: nothing to load
    reader = _READERS.get(kind)
    if reader is None:
        raise DictionaryError(f"{p}: unknown dictionary kind {kind!r}")
    return kind, reader(text, name)


def load_dictionaries(paths: Sequence[Path | str] | Iterable[Path | str], *, defaults: bool = True) -> Dictionaries:
    """The built-in dictionaries (unless ``defaults`` is false) with the given files beside them."""
    parts = [default_dictionaries()] if defaults else [Dictionaries(place_actors=False)]
    parts += [read_dictionary_file(p)[1] for p in paths]
    return merge(*parts)
