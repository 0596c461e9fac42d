"""One JSON error shape for every 4xx/5xx answer: ``{"error": {"status", "code", "message"}}``.

Clients (the dashboard included) then need one branch for failures, whatever raised them:
a route, request validation, the static file server, the store, or a bug.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsevents.api.models import ErrorOut
from newsevents.errors import NewseventsError, StoreError

__all__ = ["ERROR_RESPONSES", "ApiError", "error_response", "install_error_handlers"]

log = logging.getLogger("newsevents.api")

CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    500: "internal_error",
    503: "database_unavailable",
}

# Documented on every route so the OpenAPI spec shows the error shape, not FastAPI's default.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "not found"},
    422: {"model": ErrorOut, "description": "a parameter is invalid"},
    503: {"model": ErrorOut, "description": "the database cannot be read"},
}


class ApiError(StarletteHTTPException):
    """An HTTP error with a stable machine-readable code."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(status_code=status, detail=message)
        self.code = code


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    body = ErrorOut.model_validate({"error": {"status": status, "code": code, "message": message}})
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err.get("loc", ()))
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = getattr(exc, "code", None) or CODES.get(exc.status_code, "error")
    message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if exc.status_code == 404 and message == "Not Found":
        message = f"nothing at {request.url.path}"
    return error_response(exc.status_code, code, message, headers=getattr(exc, "headers", None))


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error_response(422, "validation_error", _validation_message(exc))


async def _store_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, NewseventsError)
    if isinstance(exc, StoreError):
        return error_response(503, "database_unavailable", exc.message)
    return error_response(500, "internal_error", exc.message)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal_error", f"unexpected {type(exc).__name__}; see the server log")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(NewseventsError, _store_error)
    app.add_exception_handler(Exception, _unexpected)
