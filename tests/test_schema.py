"""The generated schema keeps the shared public contract; real output validates against both."""

from __future__ import annotations

import json
from typing import Any

import jsonschema

from newsevents.model import ArticleResult
from newsevents.schema import article_result_schema
from newsevents.serialize import to_dict, to_json_line


def _required_paths(schema: dict[str, Any], root: dict[str, Any], path: str = "") -> set[str]:
    """Every required property path in a schema (following local $refs and allOf)."""
    if "$ref" in schema:
        name = schema["$ref"].split("/")[-1]
        return _required_paths(root["$defs"][name], root, path)
    out: set[str] = set()
    for sub in schema.get("allOf", []):
        out |= _required_paths(sub, root, path)
    for key in schema.get("required", []):
        out.add(f"{path}/{key}")
    for key, sub in schema.get("properties", {}).items():
        out |= _required_paths(sub, root, f"{path}/{key}")
    if "items" in schema:
        out |= _required_paths(schema["items"], root, f"{path}[]")
    if "anyOf" in schema:
        for sub in schema["anyOf"]:
            out |= _required_paths(sub, root, path)
    return out


def test_generated_schema_is_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(article_result_schema())


def test_generated_schema_keeps_shared_fields(shared_schema: dict[str, Any]) -> None:
    ours = _required_paths(article_result_schema(), article_result_schema())
    theirs = _required_paths(shared_schema, shared_schema)
    missing = theirs - ours
    assert not missing, f"fields of the shared contract we do not write: {sorted(missing)}"


def test_seed_output_validates(seed_result: ArticleResult, shared_schema: dict[str, Any]) -> None:
    line = json.loads(to_json_line(seed_result))
    jsonschema.validate(line, shared_schema)
    jsonschema.validate(line, article_result_schema())


def test_error_result_validates(shared_schema: dict[str, Any]) -> None:
    from newsevents.ingest import Item
    from newsevents.model import ErrorRecord
    from newsevents.pipeline import Coder

    coder = Coder()
    [result] = list(coder.code_items([Item(None, (ErrorRecord("bad_json", "invalid JSON", "f.jsonl", 2),), "f.jsonl")]))
    data = to_dict(result)
    jsonschema.validate(data, shared_schema)
    assert data["errors"][0] == {"kind": "bad_json", "message": "invalid JSON", "file": "f.jsonl", "line": 2, "severity": "error"}
