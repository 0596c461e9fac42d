"""Watch RSS/Atom feeds and folders: code only the stories not seen before and store them.

What is "new" is remembered in the same DuckDB file as the results (table ``watch_seen``), so a
restart never re-codes what an earlier run stored and running a cycle twice changes nothing.
Feed and page failures (HTTP errors, timeouts, malformed XML, entries without links, the same
story in two feeds) become :class:`WatchProblem` records, also kept in ``watch_errors``; a cycle
never stops for them. Only a broken database or a missing model (configuration) is raised.
"""

from __future__ import annotations

import hashlib
import http.client
import io
import logging
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from newsevents import __version__
from newsevents.errors import ConfigError, InputError, StoreError
from newsevents.ids import content_id
from newsevents.ingest import Item, iter_articles
from newsevents.ingest.readers import _decode, _expand, _html_item
from newsevents.model import Article, ArticleResult, ErrorRecord
from newsevents.store import Store

if TYPE_CHECKING:
    from newsevents.pipeline import Coder

__all__ = [
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "FetchError",
    "Fetched",
    "WatchProblem",
    "WatchReport",
    "Watcher",
    "fetch",
]

log = logging.getLogger(__name__)

USER_AGENT = f"newsevents/{__version__} (political event coder; watch)"
DEFAULT_TIMEOUT = 20.0
MAX_FETCH_BYTES = 10 * 1024 * 1024  # a feed or article page larger than this is refused, not read
HTML_TYPES = {"text/html", "application/xhtml+xml"}

WATCH_DDL = """
CREATE TABLE IF NOT EXISTS watch_seen (
    key VARCHAR PRIMARY KEY, first_seen TIMESTAMP, source VARCHAR, article_id VARCHAR
);
CREATE TABLE IF NOT EXISTS watch_errors (
    id VARCHAR PRIMARY KEY, source VARCHAR, kind VARCHAR, message VARCHAR, severity VARCHAR,
    first_seen TIMESTAMP, last_seen TIMESTAMP, occurrences INTEGER
);
"""


# ---- records ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class WatchProblem:
    """Something that went wrong with a feed, page, entry or folder; the cycle went on."""

    source: str  # feed URL, entry link or file/folder path
    kind: str  # feed_fetch | bad_feed | feed_not_wellformed | page_fallback | entry_failed | duplicate_entry | ...
    message: str
    severity: str = "error"  # error | warning


@dataclass(slots=True)
class WatchReport:
    """What one cycle did: the counts the CLI prints and the problems it met."""

    feeds_polled: int = 0
    folders_polled: int = 0
    entries_seen: int = 0  # feed entries and folder files looked at
    new: int = 0  # of those, not seen in an earlier cycle
    coded: int = 0  # article results written to the database
    failed: int = 0  # of those, results carrying an error record
    problems: list[WatchProblem] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(p.severity == "error" for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.severity != "error" for p in self.problems)

    def summary(self) -> str:
        return (f"{self.feeds_polled} feeds, {self.folders_polled} folders polled; {self.entries_seen} entries seen, "
                f"{self.new} new, {self.coded} coded ({self.failed} failed); "
                f"{self.errors} errors, {self.warnings} warnings")


# ---- HTTP ---------------------------------------------------------------------------------------
class FetchError(InputError):
    """A URL could not be fetched. ``permanent`` means retrying will not help (4xx, bad scheme)."""

    def __init__(self, message: str, *, status: int | None = None, permanent: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.permanent = permanent


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched response body with what is needed to decode it and to ask again politely."""

    url: str
    data: bytes
    content_type: str = ""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False  # the server answered 304 to a conditional request


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    user_agent: str = USER_AGENT,
    max_bytes: int = MAX_FETCH_BYTES,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Fetched:
    """GET ``url`` over http(s) within about ``timeout`` seconds; every failure is a :class:`FetchError`.

    Other schemes are refused so a hostile feed cannot make us read local files (``file:``).
    """
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in {"http", "https"}:
        raise FetchError(f"unsupported URL scheme {scheme or '(none)'!r}: only http and https are fetched", permanent=True)
    headers = {"User-Agent": user_agent, "Accept": "*/*"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + timeout
    try:
        request = urllib.request.Request(url, headers=headers)
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            chunks: list[bytes] = []
            size = 0
            while chunk := resp.read(65536):
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"response is larger than {max_bytes} bytes", permanent=True)
                if time.monotonic() > deadline:
                    raise FetchError(f"download took longer than {timeout:g} s")
                chunks.append(chunk)
            return Fetched(
                url=resp.geturl() or url,
                data=b"".join(chunks),
                content_type=resp.headers.get_content_type(),
                charset=resp.headers.get_content_charset(),
                etag=resp.headers.get("ETag"),
                last_modified=resp.headers.get("Last-Modified"),
            )
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code == 304:
            return Fetched(url=url, data=b"", not_modified=True, etag=etag, last_modified=last_modified)
        permanent = 400 <= exc.code < 500 and exc.code not in {408, 425, 429}
        raise FetchError(f"HTTP {exc.code} {exc.reason}", status=exc.code, permanent=permanent) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise FetchError(f"timed out after {timeout:g} s") from None
        raise FetchError(f"cannot connect: {exc.reason}") from None
    except TimeoutError:
        raise FetchError(f"timed out after {timeout:g} s") from None
    except (http.client.HTTPException, OSError) as exc:
        raise FetchError(f"connection failed: {type(exc).__name__}: {exc}") from None
    except ValueError as exc:  # malformed URL (http.client.InvalidURL and friends)
        raise FetchError(f"bad URL: {exc}", permanent=True) from None


def _decode_page(page: Fetched, name: str) -> str | None:
    """Text of a response: the declared charset if it is known, else what the file readers do."""
    if page.charset:
        try:
            return page.data.decode(page.charset, errors="replace")
        except LookupError:  # an unknown charset name: fall through to sniffing
            pass
    text, _problems = _decode(page.data, name)
    return text


def _page_text(page: Fetched, name: str) -> tuple[str | None, date | None, str]:
    """Article body and page date of a fetched page, or (None, None, why not)."""
    text = _decode_page(page, name)
    if text is None or not text.strip():
        return None, None, "the page is empty or binary"
    if page.content_type in HTML_TYPES or (not page.content_type and text.lstrip().startswith("<")):
        item = _html_item(text, name, None)
        if item.article is None:
            return None, None, "; ".join(e.message for e in item.errors) or "no article text in the page"
        return item.article.text, item.article.date, ""
    if page.content_type == "text/plain":
        return text.replace("\r\n", "\n"), None, ""
    return None, None, f"the page is {page.content_type or 'of unknown type'}, not HTML or text"


# ---- feed entries -------------------------------------------------------------------------------
class _TextOnly(HTMLParser):
    """Collects the text of an HTML fragment (feed summaries), one line per block element."""

    BLOCKS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"})
    SKIP = frozenset({"script", "style"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def _strip_html(fragment: str) -> str:
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _str(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _entry_text(entry: Any) -> str | None:
    """The entry's own text (full content, else summary), used when its page cannot be read."""
    candidates: list[tuple[Any, Any]] = []
    content = entry.get("content")
    if isinstance(content, list):
        candidates += [(c.get("value"), c.get("type")) for c in content if hasattr(c, "get")]
    detail = entry.get("summary_detail")
    candidates.append((entry.get("summary"), detail.get("type") if hasattr(detail, "get") else None))
    for value, kind in candidates:
        if not isinstance(value, str) or not value.strip():
            continue
        text = _strip_html(value) if not isinstance(kind, str) or "html" in kind else value.strip()
        if text:
            return text
    return None


def _entry_has_content(entry: Any) -> bool:
    return any(_str(entry.get(k)) for k in ("link", "id", "title")) or _entry_text(entry) is not None


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed is None:
            continue
        try:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
        except (AttributeError, TypeError, ValueError):
            continue
    return None


# ---- state --------------------------------------------------------------------------------------
def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class _State:
    """The watch tables of one open store: which keys were seen, which problems occurred."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self.con = con
        self.path = path
        self._run(WATCH_DDL)

    def _run(self, sql: str, params: Sequence[object] | None = None) -> list[tuple[Any, ...]]:
        try:
            return self.con.execute(sql, params or []).fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"watch state in {self.path!r} failed: {exc}") from exc

    def seen(self, keys: Sequence[str]) -> bool:
        marks = ",".join("?" * len(keys))
        return bool(self._run(f"SELECT 1 FROM watch_seen WHERE key IN ({marks}) LIMIT 1", list(keys)))

    def file_keys(self) -> list[str]:
        return [r[0] for r in self._run("SELECT key FROM watch_seen WHERE starts_with(key, 'file:')")]

    def mark(self, keys: Iterable[str], source: str, article_id: str | None) -> None:
        now = _now()
        for key in keys:
            self._run("INSERT OR IGNORE INTO watch_seen VALUES (?, ?, ?, ?)", [key, now, source, article_id])

    def record(self, problem: WatchProblem) -> None:
        now = _now()
        pid = content_id("we", problem.source, problem.kind, problem.message)
        self._run(
            "INSERT INTO watch_errors VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (id) DO UPDATE SET "
            "last_seen = excluded.last_seen, occurrences = watch_errors.occurrences + 1",
            [pid, problem.source, problem.kind, problem.message, problem.severity, now, now],
        )


@dataclass(frozen=True, slots=True)
class _Job:
    """Bookkeeping for one item sent to the coder: the keys to mark once its result is stored."""

    source: str
    keys: tuple[str, ...] = ()


@dataclass(slots=True)
class _Cycle:
    state: _State
    report: WatchReport
    jobs: deque[_Job] = field(default_factory=deque)
    claimed: set[str] = field(default_factory=set)  # keys taken earlier in this cycle
    validators: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # for the next cycle
    retry: set[str] = field(default_factory=set)  # feeds with an entry left for the next cycle


# ---- the watcher --------------------------------------------------------------------------------
class Watcher:
    """Polls feeds and folders into a DuckDB file; :meth:`poll_once` is one cycle.

    The database is opened for the cycle and closed after it, so other programs can read it
    between cycles.
    """

    def __init__(
        self,
        db: str | Path,
        *,
        coder: Coder | None = None,
        feeds: Sequence[str] = (),
        folders: Sequence[str | Path] = (),
        timeout: float = DEFAULT_TIMEOUT,
        user_agent: str = USER_AGENT,
        on_result: Callable[[ArticleResult], None] | None = None,
        on_problem: Callable[[WatchProblem], None] | None = None,
    ) -> None:
        if feeds:
            try:
                import feedparser  # noqa: F401  (optional: only feeds need it)
            except ImportError as exc:
                raise ConfigError(f"watching feeds needs feedparser ({exc}): pip install 'newsevents[corpus]'") from None
        self.db = Path(db)
        self._coder = coder
        self.feeds = list(dict.fromkeys(feeds))
        self.folders = [Path(f).expanduser() for f in dict.fromkeys(folders)]
        self.timeout = timeout
        self.user_agent = user_agent
        self.on_result = on_result
        self.on_problem = on_problem
        self._validators: dict[str, tuple[str | None, str | None]] = {}  # feed URL -> (ETag, Last-Modified)

    @property
    def coder(self) -> Coder:
        if self._coder is None:
            from newsevents.pipeline import Coder

            self._coder = Coder()
        return self._coder

    def poll_once(self) -> WatchReport:
        """Poll every feed and folder once, code what is new, store it and remember it."""
        report = WatchReport()
        with Store(self.db) as store:
            cycle = _Cycle(_State(store.con, str(self.db)), report)
            for result in self.coder.code_items(self._items(cycle)):
                job = cycle.jobs.popleft()
                store.write([result])
                report.coded += 1
                report.failed += result.failed
                if job.keys:
                    cycle.state.mark(job.keys, job.source, result.article.id)
                if self.on_result is not None:
                    self.on_result(result)
        # only a finished cycle may let the next one skip unchanged feeds (HTTP 304)
        for url in self.feeds:
            if url in cycle.validators and url not in cycle.retry:
                self._validators[url] = cycle.validators[url]
            else:
                self._validators.pop(url, None)
        return report

    # ---- sources --------------------------------------------------------------------------------
    def _problem(self, cycle: _Cycle, source: str, kind: str, message: str, severity: str = "error") -> None:
        problem = WatchProblem(source, kind, message, severity)
        cycle.report.problems.append(problem)
        cycle.state.record(problem)
        log.info("watch %s: %s: %s: %s", severity, source, kind, message)
        if self.on_problem is not None:
            self.on_problem(problem)

    def _items(self, cycle: _Cycle) -> Iterator[Item]:
        for url in self.feeds:
            yield from self._feed_items(cycle, url)
        for folder in self.folders:
            yield from self._folder_items(cycle, folder)

    def _feed_items(self, cycle: _Cycle, url: str) -> Iterator[Item]:
        import feedparser

        cycle.report.feeds_polled += 1
        etag, modified = self._validators.get(url, (None, None))
        try:
            got = fetch(url, timeout=self.timeout, user_agent=self.user_agent, etag=etag, last_modified=modified)
        except FetchError as exc:
            self._problem(cycle, url, "feed_fetch", exc.message)
            return
        if got.not_modified:
            log.debug("watch: %s not modified since the last cycle", url)
            cycle.validators[url] = (etag, modified)
            return
        try:
            headers = {"content-location": got.url, "content-type": got.content_type or "application/xml"}
            if got.charset:
                headers["content-type"] += f"; charset={got.charset}"
            parsed = feedparser.parse(io.BytesIO(got.data), response_headers=headers)
            # broken XML can leave empty shells of entries behind: they carry nothing to code or key
            entries = [e for e in parsed.get("entries") or [] if hasattr(e, "get") and _entry_has_content(e)]
            outlet = _str(parsed.get("feed", {}).get("title"))
            version = parsed.get("version")
            bozo = parsed.get("bozo_exception") if parsed.get("bozo") else None
        except Exception as exc:  # feedparser on hostile input: record, never crash
            self._problem(cycle, url, "bad_feed", f"feed could not be parsed: {type(exc).__name__}: {exc}")
            return
        if not entries and (bozo is not None or not version):
            why = f"malformed XML: {bozo}" if bozo is not None else "not an RSS or Atom feed"
            self._problem(cycle, url, "bad_feed", why)
            return
        if bozo is not None:
            self._problem(cycle, url, "feed_not_wellformed", f"feed is not well-formed ({bozo}); read what could be read",
                          "warning")
        cycle.validators[url] = (got.etag, got.last_modified)
        for entry in entries:
            cycle.report.entries_seen += 1
            item = self._entry_item(cycle, url, outlet, entry)
            if item is not None:
                yield item

    def _entry_item(self, cycle: _Cycle, feed_url: str, outlet: str | None, entry: Any) -> Item | None:
        """The item to code for a new entry, or None (seen, duplicate, or nothing to code)."""
        link, eid, title = _str(entry.get("link")), _str(entry.get("id")), _str(entry.get("title"))
        fallback = _entry_text(entry)
        keys = ([f"id:{feed_url}#{eid}"] if eid else []) + ([f"link:{link}"] if link else [])
        if not keys:  # neither id nor link: the entry is known by what it says
            keys = [f"hash:{content_id('', feed_url, title, fallback)}"]
        name = link or f"{feed_url}#{eid or title or keys[0]}"
        if cycle.claimed.intersection(keys):
            self._problem(cycle, name, "duplicate_entry", "entry already taken from another feed or entry in this cycle",
                          "warning")
            return None
        if cycle.state.seen(keys):
            return None
        cycle.report.new += 1
        cycle.claimed.update(keys)
        body: str | None = None
        page_day: date | None = None
        why, permanent = "entry has no link", True
        if link:
            try:
                page = fetch(link, timeout=self.timeout, user_agent=self.user_agent)
            except FetchError as exc:
                why, permanent = f"cannot fetch the page: {exc.message}", exc.permanent
            else:
                body, page_day, why = _page_text(page, link)
        warnings: tuple[ErrorRecord, ...] = ()
        if body is None:
            if fallback is None:
                self._problem(cycle, name, "entry_failed", f"{why}, and the entry has no summary text")
                if permanent:
                    cycle.state.mark(keys, feed_url, None)
                else:  # not marked, and the feed is read in full next cycle, so the page is tried again
                    cycle.retry.add(feed_url)
                return None
            body = fallback
            message = f"{why}; coded the entry's summary instead"
            self._problem(cycle, name, "page_fallback", message, "warning")
            warnings = (ErrorRecord("page_fallback", message, name, severity="warning"),)
        day = _entry_date(entry) or page_day
        article = Article(id=content_id("a", link, outlet, day, body), date=day, outlet=outlet, dateline=None,
                          title=title, url=link, origin=name, text=body)
        cycle.jobs.append(_Job(feed_url, tuple(keys)))
        return Item(article, warnings, name)

    def _folder_items(self, cycle: _Cycle, folder: Path) -> Iterator[Item]:
        """New or changed files of ``folder``: a file is known by path, size, mtime and content hash."""
        cycle.report.folders_polled += 1
        source = str(folder)
        if not folder.is_dir():
            self._problem(cycle, source, "folder_missing", "not a directory, or it does not exist")
            return
        root = folder.resolve()
        source = str(root)
        known = [k.rsplit("|", 3) for k in cycle.state.file_keys()]
        by_stat = {"|".join(parts[:3]) for parts in known if len(parts) == 4}
        by_hash = {(parts[0], parts[3]) for parts in known if len(parts) == 4}
        for path in _expand(str(root)) or []:
            cycle.report.entries_seen += 1
            try:
                st = path.stat()
                where = f"file:{path}"
                stat_key = f"{where}|{st.st_size}|{st.st_mtime_ns}"
                if stat_key in by_stat or stat_key in cycle.claimed:
                    continue
                digest = _sha256(path)
            except OSError as exc:
                self._problem(cycle, str(path), "unreadable", f"cannot read file: {exc.strerror or exc}")
                continue
            key = f"{stat_key}|{digest}"
            cycle.claimed.add(stat_key)
            if (where, digest) in by_hash:  # touched, not changed: remember the new stat, code nothing
                cycle.state.mark([key], source, None)
                continue
            cycle.report.new += 1
            yield from self._file_items(cycle, source, path, key)

    def _file_items(self, cycle: _Cycle, source: str, path: Path, key: str) -> Iterator[Item]:
        """Items of one file; the key rides on the last one, so it is marked after all are stored."""
        previous: Item | None = None
        for item in iter_articles([str(path)]):
            if previous is not None:
                cycle.jobs.append(_Job(source))
                yield previous
            previous = item
        if previous is None:
            cycle.state.mark([key], source, None)
            return
        cycle.jobs.append(_Job(source, (key,)))
        yield previous


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()[:32]

