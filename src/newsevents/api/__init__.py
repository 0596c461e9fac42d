"""HTTP API and dashboard over a newsevents DuckDB file (needs the ``web`` extra: FastAPI, uvicorn)."""

from __future__ import annotations

import ipaddress
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

    from newsevents.pipeline import Coder

__all__ = ["create_app", "is_loopback", "serve"]


def create_app(db_path: str | Path, *, static_dir: str | Path | None = None, coder: Coder | None = None,
               exports_dir: str | Path | None = None, max_upload_bytes: int = 1_000_000) -> FastAPI:
    """The FastAPI app over ``db_path`` (imported lazily, so ``newsevents`` works without the web extra)."""
    from newsevents.api.app import create_app as _create_app

    return _create_app(db_path, static_dir=static_dir, coder=coder, exports_dir=exports_dir,
                       max_upload_bytes=max_upload_bytes)


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000, *, exports_dir: str | Path | None = None,
          log_level: str = "info") -> None:
    """Serve the dashboard and API until interrupted. Binds to loopback unless told otherwise, and says so."""
    import uvicorn

    from newsevents.api.app import create_app as _create_app

    app = _create_app(db, exports_dir=exports_dir)
    if not is_loopback(host):
        print(f"newsevents: WARNING: serving on {host}, reachable from other machines; the API has no authentication. "
              "Use --host 127.0.0.1 to keep it local.", file=sys.stderr)
    shown = f"[{host}]" if ":" in host else host
    print(f"newsevents: dashboard at http://{shown}:{port}/  (API docs at /docs; Ctrl-C to stop)", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level=log_level)
