"""``newsevents serve``: the dashboard and HTTP API over a DuckDB file, local by default."""

from __future__ import annotations

import argparse

from newsevents.errors import ConfigError

__all__ = ["cmd_serve", "register"]


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the dashboard and the read-only HTTP API over a newsevents DuckDB file."""
    try:
        from newsevents.api import serve
    except ImportError as exc:  # the web extra is optional: say how to get it
        raise ConfigError(f"the dashboard needs the web extra ({exc.name} is missing): pip install 'newsevents[web]'") from None
    serve(args.db, host=args.host, port=args.port, exports_dir=args.exports_dir)
    return 0


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (1-65535)")
    return port


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser("serve", help="serve the dashboard and HTTP API", description=cmd_serve.__doc__)
    s.add_argument("--db", default="newsevents-demo.duckdb", help="DuckDB file to read (default: %(default)s)")
    s.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default: %(default)s; anything else is reachable from other machines)")
    s.add_argument("--port", type=_port, default=8000, help="TCP port (default: %(default)s)")
    s.add_argument("--exports-dir", default=None, help="folder whose files GET /api/exports lists and serves")
    s.set_defaults(func=cmd_serve)
