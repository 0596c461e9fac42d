"""Evaluation against public gold sets: each task module exposes ``evaluate(data, ...) -> EvalReport``."""

from newsevents.evaluate.report import EvalReport, prf

__all__ = ["TASKS", "EvalReport", "prf"]

# task name → module under newsevents.evaluate with an ``evaluate`` function
TASKS = {
    "dates": "newsevents.evaluate.dates",
    "places": "newsevents.evaluate.places",
    "quotes": "newsevents.evaluate.quotes",
    "petrarch": "newsevents.evaluate.petrarch",
    "ngec": "newsevents.evaluate.ngec",
    "precision": "newsevents.evaluate.precision",
}
