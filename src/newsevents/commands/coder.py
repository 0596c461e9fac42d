"""Command-line additions for the event coder, kept out of ``cli.py``.

``newsevents evaluate`` lists its tasks in ``cli.py``; the coder's own evaluations (``ngec``
beside ``petrarch``) are registered in ``newsevents.evaluate.TASKS``, and this plug-in makes
the command accept every task found there, so a new evaluation needs no edit of the CLI.
"""

from __future__ import annotations

import argparse

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Widen the ``task`` choices of ``newsevents evaluate`` to every registered task."""
    from newsevents.evaluate import TASKS

    evaluate = sub.choices.get("evaluate")
    if evaluate is None:
        return
    for action in evaluate._actions:
        if action.dest == "task" and action.choices is not None:
            action.choices = sorted({*action.choices, *TASKS})
