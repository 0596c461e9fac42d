"""CLI command plug-ins: every module here defines ``register(sub)`` adding its sub-commands.

Keeping each feature's commands in its own module lets features grow without touching
``cli.py``; the CLI stays a thin shell that parses, calls the library and formats.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil

__all__ = ["register_all"]


def register_all(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Import every module of this package (sorted) and let it add its sub-commands."""
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if callable(register):
            register(sub)
