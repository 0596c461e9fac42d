"""Stop 18: a body named by a common noun ("a group", "the party", "the administration") speaks, backs and warns as its
members do. Hand-written sentences only."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Coder
from tests.test_quotes import speaks


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # a participle on the body the money went to: the body backs, not the donors
    ("Wealthy donors gave $25 million last month to an outside group backing the governor.", "the governor",
     "an outside group"),
    ("The banker had given $3 million to a group supporting the senator's campaign.", "senator's campaign", "a group"),
    # the body as the subject of a verb that warns
    ("This is exactly the kind of change the party warned about in its report.", "the kind of change", "the party"),
])
def test_a_body_speaks(coder: Coder, text: str, needle: str, speaker: str) -> None:
    speaks(coder, text, needle, speaker)
