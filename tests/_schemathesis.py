"""Schemathesis over the app's OpenAPI document, in-process (ASGI), counting what it sends.

Shared by tests/test_api_schemathesis.py (a short, reproducible run) and benchmarks/api_fuzz.py
(a long, random one). It drives each operation with Hypothesis directly rather than through the
schemathesis pytest plugin, so that every request is counted and every failure collected, not
just the first one per operation.
"""

from __future__ import annotations

import warnings
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import hypothesis
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance]
ERROR_KEYS = {"status", "code", "message"}


@dataclass
class Report:
    """What a run sent and what came back."""

    operations: list[str] = field(default_factory=list)
    requests: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    per_operation: Counter[str] = field(default_factory=Counter)
    server_errors: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"operations: {len(self.operations)}  requests: {self.requests}  server errors (5xx): "
                f"{len(self.server_errors)}  other check failures: {len(self.failures)}  "
                f"statuses: {dict(sorted(self.statuses.items()))}")


def _error_shape(resp: Any) -> str | None:
    """Why a 4xx/5xx answer is not the app's one JSON error shape, or None when it is."""
    try:
        body = resp.json()
    except ValueError:
        return f"not JSON: {resp.text[:120]!r}"
    if not (isinstance(body, dict) and set(body) == {"error"} and isinstance(body["error"], dict)
            and set(body["error"]) == ERROR_KEYS and body["error"]["status"] == resp.status_code):
        return f"not the error shape: {str(body)[:160]}"
    return None


def run(app: Any, *, examples: int, seed: int | None = None, code_examples: int | None = None,
        modes: tuple[GenerationMode, ...] = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)) -> Report:
    """Send up to ``examples`` generated requests per operation and mode (``code_examples`` for POST /api/code).

    ``seed=None`` makes the run reproducible (Hypothesis derandomized); a number picks other inputs.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    report = Report()
    for result in schema.get_all_operations():
        op = result.ok()
        report.operations.append(op.label)
        n = code_examples if code_examples is not None and op.path == "/api/code" else examples
        for mode in modes:
            test = settings(
                max_examples=n, deadline=None, database=None, derandomize=seed is None,
                suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate],
            )(given(case=op.as_strategy(generation_mode=mode))(_sender(report, f"{op.label} [{mode.value}]")))
            if seed is not None:
                test = hypothesis.seed(seed)(test)
            try:
                test()
            except Unsatisfiable:  # no invalid request exists (an operation without parameters)
                continue
    return report


def _sender(report: Report, label: str) -> Any:
    """The Hypothesis test body for one operation and mode: send, record, check."""
    operation = label.rsplit(" [", 1)[0]

    def one(case: Any) -> None:
        where = f"{label} {case.path_parameters or ''} {case.query or ''}"[:300]
        report.requests += 1
        report.per_operation[operation] += 1
        try:
            resp = case.call()
        except Exception as exc:  # an exception escaping the app is a server error too
            report.server_errors.append(f"{where}: raised {type(exc).__name__}: {exc}")
            return
        report.statuses[resp.status_code] += 1
        if resp.status_code >= 500:
            report.server_errors.append(f"{where}: {resp.status_code} {resp.text[:300]}")
            return
        if resp.status_code >= 400 and (why := _error_shape(resp)):
            report.failures.append(f"{where}: {resp.status_code} {why}")
        try:
            case.validate_response(resp, checks=CHECKS)
        except (Exception, BaseExceptionGroup) as exc:  # check failures come as a FailureGroup (a BaseExceptionGroup)
            report.failures.append(f"{where}: {resp.status_code} {str(exc)[:400]}")

    return one
