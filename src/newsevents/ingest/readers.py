"""Readers for every input kind. Each yields :class:`Item`s in input order and never raises."""

from __future__ import annotations

import glob
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from newsevents.ids import content_id
from newsevents.ingest.header import parse_header
from newsevents.ingest.language import detect_language
from newsevents.model import Article, ErrorRecord

__all__ = ["Item", "iter_articles", "read_text_article"]

TEXT_SUFFIXES = {".txt", ".text", ".story", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
MAX_BYTES = 50 * 1024 * 1024  # larger files are refused with an error record, not read
# JSON may spell lone UTF-16 surrogates (\ud800): valid JSON, but not text that can be hashed,
# stored or written as UTF-8, so they become U+FFFD with a warning.
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Item:
    """One input record: an article to code (maybe with warnings) or only errors."""

    article: Article | None
    errors: tuple[ErrorRecord, ...] = ()
    origin: str = ""


def _err(kind: str, message: str, file: str, line: int | None = None, severity: str = "error") -> ErrorRecord:
    return ErrorRecord(kind=kind, message=message, file=file, line=line, severity=severity)


def _decode(data: bytes, name: str) -> tuple[str | None, list[ErrorRecord]]:
    """Decode bytes as UTF-8 (BOM allowed), falling back to Windows-1252 with a warning."""
    if b"\x00" in data[:65536]:
        return None, [_err("binary", "file contains NUL bytes: not a text article", name)]
    try:
        text = data.decode("utf-8-sig")
        problems: list[ErrorRecord] = []
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        problems = [
            _err(
                "encoding",
                f"not valid UTF-8 (byte {exc.start}); decoded as Windows-1252",
                name,
                data.count(b"\n", 0, exc.start) + 1,
                severity="warning",
            )
        ]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, problems


def read_text_article(
    text: str, *, name: str = "<text>", default_date: date | None = None, line: int = 1
) -> Item:
    """Read the seed's text format: an optional header line, then the body."""
    problems: list[ErrorRecord] = []
    first, _sep, rest = text.partition("\n")
    header = parse_header(first)
    if header is not None:
        body = rest
        day, outlet, dateline = header.date, header.outlet, header.dateline
        if header.problem:
            problems.append(_err("bad_date", header.problem, name, line))
            day = default_date
    else:
        body = text
        day, outlet, dateline = default_date, None, None
    if not body.strip():
        problems.append(_err("empty", "article has no body text", name, line))
        return Item(None, tuple(problems), name)
    art_id = content_id("a", outlet, day, body)
    article = Article(id=art_id, date=day, outlet=outlet, dateline=dateline, origin=f"{name}:{line}", text=body)
    return Item(article, tuple(problems), name)


def _parse_date(value: Any) -> tuple[date | None, str | None]:
    if value is None or value == "":
        return None, None
    if not isinstance(value, str):
        return None, f"date {value!r} is not a string"
    try:
        return date.fromisoformat(value[:10]), None
    except ValueError:
        try:
            return datetime.fromisoformat(value).date(), None
        except ValueError:
            return None, f"date {value!r} is not an ISO date (YYYY-MM-DD)"


def _opt_str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    return value if isinstance(value, str) and value.strip() else None


def _jsonl_items(text: str, name: str, default_date: date | None) -> Iterator[Item]:
    for lineno, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield Item(None, (_err("bad_json", f"invalid JSON: {exc.msg} at column {exc.colno}", name, lineno),), name)
            continue
        except RecursionError:  # valid JSON nested deeper than the parser's stack
            yield Item(None, (_err("bad_json", "invalid JSON: nested too deeply", name, lineno),), name)
            continue
        except ValueError as exc:  # e.g. an integer longer than Python's 4300-digit limit
            yield Item(None, (_err("bad_json", f"invalid JSON: {exc}", name, lineno),), name)
            continue
        if not isinstance(obj, dict):
            yield Item(None, (_err("bad_record", "a JSONL line must be a JSON object", name, lineno),), name)
            continue
        problems: list[ErrorRecord] = []
        if any(isinstance(v, str) and _SURROGATE.search(v) for v in obj.values()):
            obj = {k: _SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for k, v in obj.items()}
            problems.append(_err("encoding", "lone UTF-16 surrogate escapes replaced with U+FFFD", name, lineno,
                                 severity="warning"))
        body = obj.get("text")
        if not isinstance(body, str) or not body.strip():
            yield Item(None, (*problems, _err("no_text", "record has no non-empty 'text' field", name, lineno)), name)
            continue
        day, problem = _parse_date(obj.get("date"))
        if problem:
            problems.append(_err("bad_date", problem, name, lineno))
        if day is None:
            day = default_date
        outlet = _opt_str(obj, "outlet")
        given = obj.get("id")
        art_id = str(given) if isinstance(given, (str, int)) and str(given).strip() else content_id("a", outlet, day, body)
        article = Article(
            id=art_id,
            date=day,
            outlet=outlet,
            dateline=_opt_str(obj, "dateline"),
            title=_opt_str(obj, "title"),
            url=_opt_str(obj, "url"),
            origin=f"{name}:{lineno}",
            text=body.replace("\r\n", "\n"),
        )
        yield Item(article, tuple(problems), name)


def _html_item(text: str, name: str, default_date: date | None) -> Item:
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(text, with_metadata=True)
    except Exception as exc:  # trafilatura raises many kinds on garbage; record, never crash
        return Item(None, (_err("bad_html", f"HTML extraction failed: {exc}", name),), name)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not str(body).strip():
        return Item(None, (_err("empty", "no article text found in the HTML page", name),), name)
    day, problem = _parse_date(getattr(doc, "date", None))
    problems = [_err("bad_date", problem, name)] if problem else []
    title = getattr(doc, "title", None)
    url = getattr(doc, "url", None)
    outlet = getattr(doc, "sitename", None)
    body = str(body)
    day = day or default_date
    article = Article(
        id=content_id("a", url or None, outlet, day, body),
        date=day,
        outlet=outlet,
        dateline=None,
        title=title,
        url=url,
        origin=f"{name}:1",
        text=body,
    )
    return Item(article, tuple(problems), name)


def _sniff(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("<"):
        return "html"
    return "text"


def _items_from_text(text: str, name: str, kind: str, default_date: date | None) -> Iterator[Item]:
    if kind == "jsonl":
        items: Iterable[Item] = _jsonl_items(text, name, default_date)
    elif kind == "html":
        items = [_html_item(text, name, default_date)]
    else:
        items = [read_text_article(text, name=name, default_date=default_date)]
    for item in items:
        yield _english_only(item)


def _english_only(item: Item) -> Item:
    """Non-English articles are detected, recorded and skipped (the coder's dictionaries are English)."""
    if item.article is None:
        return item
    lang, share = detect_language(item.article.text)
    if lang == "en":
        return item
    origin = item.article.origin or item.origin
    file, _, line = origin.rpartition(":")
    err = _err("not_english", f"text looks like {lang!r} (function-word share {share:.2f}); skipped", file or origin,
               int(line) if line.isdigit() else None)
    return Item(None, (*item.errors, err), item.origin)


def _kind_for(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    return _sniff(text) if suffix not in TEXT_SUFFIXES else "text"


def _file_items(path: Path, default_date: date | None) -> Iterator[Item]:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            yield Item(None, (_err("too_large", f"file is {size} bytes; the limit is {MAX_BYTES}", name),), name)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Item(None, (_err("unreadable", f"cannot read file: {exc.strerror or exc}", name),), name)
        return
    text, problems = _decode(data, name)
    if text is None:
        yield Item(None, tuple(problems), name)
        return
    if not text.strip():
        yield Item(None, (_err("empty", "file is empty", name),), name)
        return
    for item in _items_from_text(text, name, _kind_for(path, text), default_date):
        yield Item(item.article, tuple(problems) + item.errors, item.origin) if problems else item


def _expand(spec: str) -> list[Path] | None:
    """Paths for a file, a directory (recursive) or a glob, sorted; None when nothing matches."""
    path = Path(spec)
    if path.is_dir():
        found = [
            p
            for p in sorted(path.rglob("*"))
            if p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
            and p.suffix.lower() in KNOWN_SUFFIXES
        ]
        return found
    if path.exists():
        return [path]
    if any(ch in spec for ch in "*?["):
        return [Path(p) for p in sorted(glob.glob(spec, recursive=True)) if os.path.isfile(p)]
    return None


def iter_articles(inputs: Iterable[str], *, default_date: date | None = None) -> Iterator[Item]:
    """Yield every article (or error record) of ``inputs`` in order. ``-`` reads stdin."""
    for spec in inputs:
        if spec == "-":
            text, problems = _decode(sys.stdin.buffer.read(), "<stdin>")
            if text is None or not text.strip():
                yield Item(None, tuple(problems) or (_err("empty", "stdin is empty", "<stdin>"),), "<stdin>")
                continue
            for item in _items_from_text(text, "<stdin>", _sniff(text), default_date):
                yield Item(item.article, tuple(problems) + item.errors, item.origin)
            continue
        paths = _expand(spec)
        if paths is None:
            yield Item(None, (_err("not_found", "no such file, directory or glob match", spec),), spec)
            continue
        for path in paths:
            yield from _file_items(path, default_date)
