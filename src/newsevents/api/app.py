"""The FastAPI application: a read-only HTTP API over a newsevents DuckDB file, and the dashboard.

Everything an analyst sees in the dashboard comes from these endpoints, so the API and the page
can never disagree; the OpenAPI document (``/openapi.json``, browsable at ``/docs``) is served
from local files like the rest of the page, because the app must work with no internet.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from fastapi import Depends, FastAPI, File, Form, Query, UploadFile
from fastapi import Path as PathParam
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsevents import __version__
from newsevents.api import queries
from newsevents.api.errors import ERROR_RESPONSES, ApiError, error_response, install_error_handlers
from newsevents.api.models import (
    ActorOut,
    AlertsOut,
    ArticleDetail,
    ArticleSummary,
    EntitySummary,
    ErrorOut,
    EventOut,
    ExportFile,
    MapPoint,
    MetaOut,
    NetworkOut,
    Page,
    QuoteOut,
    SeriesOut,
)
from newsevents.api.queries import Database, EventFilter

if TYPE_CHECKING:
    from newsevents.model import ArticleResult
    from newsevents.pipeline import Coder

__all__ = ["MAX_UPLOAD_BYTES", "create_app", "default_static_dir"]

MAX_UPLOAD_BYTES = 1_000_000  # an article, not a corpus: bigger inputs belong to `newsevents code`
FORM_OVERHEAD = 16_384  # multipart boundaries and the small fields beside the text

ACTOR_RE = r"^[A-Za-z0-9-]{1,15}$"
COUNTRY_RE = r"^[A-Za-z]{3}$"
CAMEO_RE = r"^[0-9]{2,4}$"
ROOT_RE = r"^[0-9]{1,2}$"
PLOVER_RE = r"^[A-Za-z_]{2,40}$"
BBOX_RE = r"^-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,-?[0-9.]+$"
EXPORT_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")
AS_OF_MIN = dt.date(2, 1, 1)  # alerts look back up to a year before as_of; earlier would overflow the calendar


def default_static_dir() -> Path:
    """The dashboard files shipped in the wheel (``newsevents/web/static``)."""
    import newsevents.web

    return Path(newsevents.web.__file__).resolve().parent / "static"


class _BodyLimit:
    """Refuse oversized uploads before the form is parsed and spooled: from their Content-Length, and
    for a chunked body (no Content-Length) by counting bytes as they arrive."""

    def __init__(self, app: ASGIApp, *, path: str, limit: int) -> None:
        self.app, self.path, self.limit = app, path, limit

    def _message(self, size: str) -> str:
        return (f"the request is {size} bytes; the limit is {self.limit - FORM_OVERHEAD} "
                "bytes of text (code larger inputs with `newsevents code`)")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != self.path:
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            await error_response(413, "payload_too_large", self._message(str(int(length))))(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:  # raised inside the form parser; the error handler answers 413
                    raise ApiError(413, "payload_too_large", self._message(f"more than {self.limit}"))
            return message

        await self.app(scope, counted, send)


# ---- shared query parameters ------------------------------------------------------------------

def _upper(value: str | None) -> str | None:
    return value.upper() if value else None


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        min_lon, min_lat, max_lon, max_lat = (float(x) for x in value.split(","))
    except ValueError:
        raise ApiError(422, "validation_error", f"query.bbox: {value!r} is not min_lon,min_lat,max_lon,max_lat") from None
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise ApiError(422, "validation_error", "query.bbox: longitudes must be in [-180, 180], latitudes in [-90, 90], "
                                                "min_lat <= max_lat")
    return min_lon, min_lat, max_lon, max_lat


def _root(value: str | None) -> str | None:
    if not value:
        return None
    root = value.zfill(2)
    if not 1 <= int(root) <= 20:
        raise ApiError(422, "validation_error", f"query.root: {value!r} is not a CAMEO root code (01-20)")
    return root


def event_filter(
    actor: Annotated[str | None, Query(pattern=ACTOR_RE, description="actor code prefix, as source or target (IRN matches IRNGOV)")] = None,
    source: Annotated[str | None, Query(pattern=ACTOR_RE, description="source actor code prefix")] = None,
    target: Annotated[str | None, Query(pattern=ACTOR_RE, description="target actor code prefix")] = None,
    country: Annotated[str | None, Query(pattern=COUNTRY_RE, description="ISO 3166 alpha-3: events placed there or with an actor of that country")] = None,
    cameo: Annotated[str | None, Query(pattern=CAMEO_RE, description="CAMEO code or prefix (19, 190, 1831)")] = None,
    root: Annotated[str | None, Query(pattern=ROOT_RE, description="CAMEO root code 01-20")] = None,
    plover: Annotated[str | None, Query(pattern=PLOVER_RE, description="PLOVER event type (ASSAULT, PROTEST, ...)")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict")] = None,
    date_from: Annotated[dt.date | None, Query(description="first day, inclusive (YYYY-MM-DD)")] = None,
    date_to: Annotated[dt.date | None, Query(description="last day, inclusive (YYYY-MM-DD)")] = None,
    bbox: Annotated[str | None, Query(pattern=BBOX_RE, description="min_lon,min_lat,max_lon,max_lat")] = None,
    min_sources: Annotated[int | None, Query(ge=1, le=1000, description="at least this many distinct outlets reported the event")] = None,
    include_unrealized: Annotated[bool, Query(description="also negated, threatened, planned and hypothetical events")] = False,
) -> EventFilter:
    """The filters every event view shares (and the dashboard keeps in its URL)."""
    if date_from and date_to and date_from > date_to:
        raise ApiError(422, "validation_error", "query.date_from: must not be after date_to")
    return EventFilter(actor=_upper(actor), source=_upper(source), target=_upper(target), country=_upper(country),
                       cameo=cameo, root=_root(root), plover=_upper(plover), quad_class=quad_class, date_from=date_from,
                       date_to=date_to, bbox=_bbox(bbox), min_sources=min_sources, include_unrealized=include_unrealized)


Filters = Annotated[EventFilter, Depends(event_filter)]
Limit = Annotated[int, Query(ge=1, le=1000, description="rows per page")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]
IntervalQ = Annotated[Literal["day", "week", "month"], Query(description="bucket size; weeks start on Monday")]
LevelQ = Annotated[Literal["actor", "country"], Query(description="actor codes as coded, or their 3-letter country")]


def _detail_from_result(result: ArticleResult, *, stored: bool) -> ArticleDetail:
    """A freshly coded article in the same shape as a stored one, so the page renders both alike."""
    from newsevents.serialize import to_dict

    data: dict[str, Any] = to_dict(result)
    art = data["article"]
    events = [{**e, "article_id": art["id"], "outlet": art["outlet"], "realized": True} for e in data["events"]]
    unrealized = [{**e, "article_id": art["id"], "outlet": art["outlet"], "realized": False}
                  for e in data["unrealized_events"]]
    quotes = [{**q, "article_id": art["id"], "date": art["date"], "outlet": art["outlet"]} for q in data["quotes"]]
    places = [{**p, "n_mentions": len(p["mentions"])} for p in data["places"]]
    return ArticleDetail.model_validate({
        **art, "label": queries._label(art.get("title"), result.article.text), "text": result.article.text,
        "n_events": len(events), "n_quotes": len(quotes), "failed": result.failed, "events": events,
        "unrealized_events": unrealized, "quotes": quotes, "entities": data["entities"], "places": places,
        "errors": data["errors"], "stored": stored,
    })


def create_app(db_path: str | Path, *, static_dir: str | Path | None = None, coder: Coder | None = None,
               exports_dir: str | Path | None = None, max_upload_bytes: int = MAX_UPLOAD_BYTES) -> FastAPI:
    """Build the app over ``db_path`` (which must exist). ``coder`` lets tests share a loaded model."""
    db = Database(db_path)
    db.check()
    static = Path(static_dir) if static_dir is not None else default_static_dir()
    exports = Path(exports_dir).resolve() if exports_dir is not None else None
    coder_lock = threading.Lock()

    def export_path(name: str) -> Path | None:
        """The file ``name`` of the exports folder, or None when it is not a plain file inside it (links included)."""
        if exports is None or not EXPORT_NAME_RE.match(name):
            return None
        path = (exports / name).resolve()
        return path if path.parent == exports and path.is_file() else None

    coder_box: list[Coder] = [coder] if coder is not None else []

    def get_coder() -> Coder:
        if not coder_box:
            from newsevents.pipeline import Coder

            coder_box.append(Coder())
        return coder_box[0]

    app = FastAPI(
        title="newsevents",
        version=__version__,
        summary="Political event data (CAMEO/PLOVER) read from news stories, with the text that supports each record.",
        description="Read-only API over a newsevents DuckDB file. Every error has the body "
                    '`{"error": {"status": int, "code": str, "message": str}}`.',
        docs_url=None,
        redoc_url=None,
    )
    install_error_handlers(app)
    app.add_middleware(_BodyLimit, path="/api/code", limit=max_upload_bytes + FORM_OVERHEAD)
    app.state.db = db

    err = ERROR_RESPONSES

    # ---- meta ---------------------------------------------------------------------------------
    @app.get("/api/meta", response_model=MetaOut, responses=err, tags=["meta"])
    def get_meta() -> MetaOut:
        """Counts, date range, outlets and CAMEO roots: what the dashboard needs to draw its filters."""
        with db.read() as con:
            return queries.meta(con, database=db.path.name, max_upload_bytes=max_upload_bytes)

    # ---- articles -----------------------------------------------------------------------------
    @app.get("/api/articles", response_model=Page[ArticleSummary], responses=err, tags=["articles"])
    def list_articles(
        f: Filters, limit: Limit = 50, offset: Offset = 0,
        q: Annotated[str | None, Query(max_length=200, description="words that must all occur in the title or text")] = None,
        outlet: Annotated[str | None, Query(max_length=200)] = None,
    ) -> Page[ArticleSummary]:
        """Articles, newest first, with full-text search; event filters keep articles with a matching event."""
        with db.read() as con:
            return queries.articles(con, q=q, outlet=outlet, f=f, limit=limit, offset=offset)

    @app.get("/api/articles/{article_id}", response_model=ArticleDetail, responses=err, tags=["articles"])
    def get_article(article_id: Annotated[str, PathParam(max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]) -> ArticleDetail:
        """One article: its text and its entities, events, quotes and places with character offsets."""
        with db.read() as con:
            found = queries.article(con, article_id)
        if found is None:
            raise ApiError(404, "not_found", f"no article {article_id!r}")
        return found

    # ---- events -------------------------------------------------------------------------------
    @app.get("/api/events", response_model=Page[EventOut], responses=err, tags=["events"])
    def list_events(
        f: Filters, limit: Limit = 100, offset: Offset = 0,
        article_id: Annotated[str | None, Query(max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")] = None,
    ) -> Page[EventOut]:
        """Events matching the filters, newest first."""
        with db.read() as con:
            return queries.events(con, dataclasses.replace(f, article_id=article_id), limit=limit, offset=offset)

    @app.get("/api/map", response_model=list[MapPoint], responses=err, tags=["events"])
    def map_points(f: Filters, limit: Annotated[int, Query(ge=1, le=20_000)] = 5000) -> list[MapPoint]:
        """Events grouped by place for the map: count, articles and mean Goldstein."""
        with db.read() as con:
            return queries.map_points(con, f, limit=limit)

    @app.get("/api/network", response_model=NetworkOut, responses=err, tags=["events"])
    def get_network(f: Filters, level: LevelQ = "actor",
                    limit: Annotated[int, Query(ge=1, le=5000, description="most frequent edges kept")] = 300) -> NetworkOut:
        """Actors as nodes, events per dyad and quad class as edges."""
        with db.read() as con:
            return queries.network(con, f, level=level, limit=limit)

    # ---- series and alerts ----------------------------------------------------------------------
    @app.get("/api/series/dyad", response_model=SeriesOut, responses=err, tags=["series"])
    def dyad_series(
        f: Filters,
        src: Annotated[str, Query(pattern=ACTOR_RE, description="source actor code prefix")],
        tgt: Annotated[str, Query(pattern=ACTOR_RE, description="target actor code prefix")],
        interval: IntervalQ = "day",
    ) -> SeriesOut:
        """Events from ``src`` to ``tgt`` per day/week/month: counts, Goldstein sum and mean, quad classes."""
        with db.read() as con:
            return queries.dyad_series(con, dataclasses.replace(f, source=src.upper(), target=tgt.upper()), interval)

    @app.get("/api/series/country", response_model=SeriesOut, responses=err, tags=["series"])
    def country_series(
        f: Filters,
        code: Annotated[str, Query(pattern=COUNTRY_RE, description="ISO 3166 alpha-3 country code")],
        interval: IntervalQ = "day",
    ) -> SeriesOut:
        """Events in or by a country per day/week/month."""
        with db.read() as con:
            return queries.country_series(con, dataclasses.replace(f, country=code.upper()), interval)

    @app.get("/api/alerts", response_model=AlertsOut, responses=err, tags=["series"])
    def get_alerts(
        f: Filters,
        as_of: Annotated[dt.date | None, Query(description="last day of the 7-day window (default: the latest event); "
                                                           f"not before {AS_OF_MIN.isoformat()}")] = None,
        level: LevelQ = "country",
        ratio: Annotated[float, Query(gt=0, le=100, description="alert when last7 >= ratio x the 4-week average")] = queries.ALERT_RATIO,
        min_events: Annotated[int, Query(ge=1, le=10_000)] = queries.ALERT_MIN_EVENTS,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ) -> AlertsOut:
        """Interim alerts: per dyad, the last 7 days against the weekly average of the 28 days before."""
        if as_of is not None and as_of < AS_OF_MIN:
            raise ApiError(422, "validation_error", f"query.as_of: must not be before {AS_OF_MIN.isoformat()} "
                                                    "(the windows before it would leave the calendar)")
        with db.read() as con:
            return queries.alerts(con, f, as_of=as_of, level=level, ratio=ratio, min_events=min_events, limit=limit)

    # ---- quotes, entities, actors ----------------------------------------------------------------
    @app.get("/api/quotes", response_model=Page[QuoteOut], responses=err, tags=["quotes"])
    def list_quotes(
        f: Filters, limit: Limit = 100, offset: Offset = 0,
        speaker: Annotated[str | None, Query(max_length=200, description="speaker code prefix or words of the name")] = None,
        q: Annotated[str | None, Query(max_length=200, description="words that must all occur in the quote")] = None,
        article_id: Annotated[str | None, Query(max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")] = None,
    ) -> Page[QuoteOut]:
        """Who said what, by speaker and by text (the date range applies to the article date)."""
        with db.read() as con:
            return queries.quotes(con, speaker=speaker, q=q, article_id=article_id, f=f, limit=limit, offset=offset)

    @app.get("/api/entities", response_model=Page[EntitySummary], responses=err, tags=["actors"])
    def list_entities(
        limit: Limit = 100, offset: Offset = 0,
        q: Annotated[str | None, Query(max_length=200, description="words of the name")] = None,
        type: Annotated[str | None, Query(max_length=20, pattern=r"^[A-Z_]+$", description="PERSON, ORG, GPE, ...")] = None,
        code: Annotated[str | None, Query(pattern=ACTOR_RE, description="actor code prefix")] = None,
    ) -> Page[EntitySummary]:
        """Named entities across articles, most widely mentioned first."""
        with db.read() as con:
            return queries.entities(con, q=q, type_=type, code=_upper(code), limit=limit, offset=offset)

    @app.get("/api/actors", response_model=Page[ActorOut], responses=err, tags=["actors"])
    def list_actors(
        limit: Limit = 100, offset: Offset = 0,
        q: Annotated[str | None, Query(max_length=200, description="code prefix or words of a name")] = None,
    ) -> Page[ActorOut]:
        """Actor codes in counted events, with the words that named them."""
        with db.read() as con:
            return queries.actors(con, q=q, limit=limit, offset=offset)

    # ---- coding -----------------------------------------------------------------------------
    @app.post("/api/code", response_model=ArticleDetail, tags=["coding"], responses={
        **err, 400: {"model": ErrorOut, "description": "the body is not valid multipart form data"},
        413: {"model": ErrorOut, "description": "the text is larger than the limit"}})
    def code_article(
        text: Annotated[str | None, Form(description="the article body (a first line 'date YYYY-MM-DD OUTLET, DATELINE' is read as a header)")] = None,
        file: Annotated[UploadFile | None, File(description="a text file instead of `text`")] = None,
        date: Annotated[dt.date | None, Form(description="article date, used to resolve 'on Friday'")] = None,
        outlet: Annotated[str | None, Form(max_length=200)] = None,
        title: Annotated[str | None, Form(max_length=500)] = None,
        store: Annotated[bool, Query(description="also write the result into the database")] = False,
    ) -> ArticleDetail:
        """Code pasted text or an uploaded file with the real pipeline; nothing is stored unless ``store=true``."""
        from newsevents.ids import content_id
        from newsevents.ingest import read_text_article

        if (text is None) == (file is None):
            raise ApiError(422, "validation_error", "send exactly one of the form fields `text` and `file`")
        name = "pasted text"
        if file is not None:
            name = Path(file.filename or "upload").name
            raw = file.file.read(max_upload_bytes + 1)
            if len(raw) > max_upload_bytes:
                raise ApiError(413, "payload_too_large", f"{name} is larger than {max_upload_bytes} bytes")
            try:
                body = raw.decode("utf-8")
            except UnicodeDecodeError:
                body = raw.decode("cp1252", errors="replace")
        else:
            body = text or ""
            if len(body.encode("utf-8")) > max_upload_bytes:
                raise ApiError(413, "payload_too_large", f"the text is larger than {max_upload_bytes} bytes")
        item = read_text_article(body.replace("\r\n", "\n"), name=name, default_date=date)
        if item.article is None:
            raise ApiError(422, "validation_error", "; ".join(e.message for e in item.errors) or "the article has no text")
        art = item.article
        out = outlet or art.outlet
        art = dataclasses.replace(art, outlet=out, title=title or art.title,
                                  id=content_id("a", out, art.date, art.text))
        with coder_lock:
            result = get_coder().code_article(art, item.errors)
        if store:
            with db.write() as st:
                st.write([result])
        return _detail_from_result(result, stored=store)

    # ---- exports ----------------------------------------------------------------------------
    @app.get("/api/export/events", tags=["exports"], response_class=StreamingResponse, responses={
        **err, 200: {"description": "the filtered events as a file download", "content": {
            "text/csv": {"schema": {"type": "string"}}, "application/x-ndjson": {"schema": {"type": "string"}}}}})
    def export_events(
        f: Filters,
        format: Annotated[Literal["csv", "jsonl"], Query(description="csv: flat columns; jsonl: full records")] = "csv",
        filename: Annotated[str | None, Query(max_length=100, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
                                              description="download name, without folders")] = None,
    ) -> StreamingResponse:
        """Download every event matching the filters (no paging)."""
        stem = Path(filename).stem if filename else f"newsevents-events-{dt.date.today().isoformat()}"
        media = "text/csv" if format == "csv" else "application/x-ndjson"

        def body() -> Iterator[str]:
            with db.read() as con:
                yield from queries.export_rows(con, f, format)

        return StreamingResponse(body(), media_type=f"{media}; charset=utf-8",
                                 headers={"Content-Disposition": f'attachment; filename="{stem}.{format}"'})

    @app.get("/api/exports", response_model=list[ExportFile], responses=err, tags=["exports"])
    def list_exports() -> list[ExportFile]:
        """Files in the exports folder given to ``newsevents serve --exports-dir`` (none without it)."""
        if exports is None or not exports.is_dir():
            return []
        out = []
        for p in sorted(exports.iterdir()):
            if export_path(p.name) is not None:
                st = p.stat()
                out.append(ExportFile(name=p.name, bytes=st.st_size, modified=dt.datetime.fromtimestamp(st.st_mtime, dt.UTC)))
        return out

    @app.get("/api/exports/{name}", tags=["exports"], response_class=FileResponse, responses={
        **err, 200: {"description": "the file", "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}})
    def get_export(name: Annotated[str, PathParam(max_length=200, description="a file name from GET /api/exports")]) -> FileResponse:
        """One file of the exports folder; names that would leave the folder are refused."""
        path = export_path(name)
        if path is None:
            raise ApiError(404, "not_found", f"no export {name!r}")
        return FileResponse(path, filename=name)

    # ---- dashboard ----------------------------------------------------------------------------
    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="newsevents API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/vendor/swagger-ui/favicon-32x32.png",
                                   swagger_ui_parameters={"validatorUrl": None})  # no call to the public validator

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        page = static / "index.html"
        if not page.is_file():
            raise ApiError(404, "not_found", f"the dashboard is not installed ({page} is missing)")
        return FileResponse(page, headers={"Cache-Control": "no-cache"})

    if static.is_dir():
        app.mount("/static", StaticFiles(directory=static), name="static")
    return app
