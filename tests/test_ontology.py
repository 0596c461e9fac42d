"""The CAMEO codebook and the CAMEO→PLOVER map are complete and consistent."""

from __future__ import annotations

import pytest

from newsevents.errors import DictionaryError
from newsevents.ontology import cameo_codes, get_code, plover_for, quad_class

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}


def test_roots_and_hierarchy() -> None:
    codes = cameo_codes()
    roots = {c for c in codes if len(c) == 2}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    for c in codes:
        assert c[:2] in roots
        if len(c) == 4:
            assert c[:3] in codes, c
    assert {"1951", "1952", "186", "190", "195", "111", "112", "141", "163", "173"} <= set(codes)


def test_goldstein_and_quad_class() -> None:
    for c in cameo_codes().values():
        assert -10 <= c.goldstein <= 10
    assert get_code("190").goldstein == -10
    assert get_code("057").goldstein == 8
    assert [quad_class(c) for c in ("042", "073", "111", "190")] == [1, 2, 3, 4]


def test_unknown_code_raises() -> None:
    with pytest.raises(DictionaryError):
        get_code("999")


def test_every_code_has_a_plover_row() -> None:
    for code in cameo_codes():
        p = plover_for(code)
        assert p is None or p.type in PLOVER_TYPES
    strike = plover_for("1952")
    assert strike is not None and strike.type == "ASSAULT"
    protest = plover_for("141")
    assert protest is not None and protest.type == "PROTEST"
