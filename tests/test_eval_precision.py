"""The hand-written precision set (tests/data/precision) and its scorer, ``newsevents evaluate precision``."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.errors import InputError
from newsevents.evaluate import TASKS
from newsevents.evaluate.precision import Record, agrees, evaluate, load_records, parse_events, score
from newsevents.pipeline import Coder

DATA = Path(__file__).parent / "data" / "precision"

# Floors a little below what the coder measures (stop 18: precision 0.6957, recall 0.8588 when the
# set was written; 0.7788 and 0.8824 at the end of that stop, on 157 sentences; 0.8358 and 0.8632 on 228 sentences
# after the second precision round; 0.8193 and 0.8601 when the third round's 82 sentences were added, 0.8519 and
# 0.8741 on those 310 at the end of that round; the fourth round's 90 international wire sentences measured
# 0.7794 and 0.8846 alone before any change of that round, the 400 0.8655 and 0.8872 once they were added, 0.8839
# and 0.9128 at the end of that round; the fifth round's 80 sentences measured 0.7500 and 0.8298 alone as written,
# 0.8077 and 0.8723 with three codes widened to CAMEO's own, the 480 0.8718 and 0.9091 once they were added, and
# 0.8981 and 0.9091 after that round's first change, 0.9060 and 0.9215 at the end of that round; the sixth
# round's 80 sentences measured 0.8696 and 0.9231 alone as written (one code widened to the file's own use), the
# 560 0.8985 and 0.9218 once they were added, 0.9077 and 0.9320 after that round's first two changes, 0.9194 and
# 0.9388 at the end of that stop; the seventh round's 80 sentences measured 0.8235 and 0.8571 alone as written,
# the 640 0.9032 and 0.9257 once they were added, 0.9154 and 0.9343 at the end of that round, 0.9254 and 0.9429
# at the end of that stop; the eighth round's 83 sentences measured 0.7536 and 0.8276 alone as written, the 723
# 0.9002 and 0.9265 once they were added, 0.9181 and 0.9289 at the end of that stop; the ninth round's 80
# sentences measured 0.7077 and 0.8776 alone as written (0.7419 with the set's usual maybe for three denials), the
# 803 0.8973 and 0.9234 once they were added, 0.9126 and 0.9234 at the end of that round — the floors then were set
# from the larger set, which is harder, not lowered for a change: the sets before it did not fall, save one
# duplicate of a correct event in the 723, 0.9181 -> 0.9179); with every change of stop 25 merged the 803
# measured 0.9208 and 0.9387, and the floors went back up to 0.915 and 0.93; the tenth round's 80 sentences measured
# 0.7534 and 0.8519 alone as written, 0.7887 and 0.8704 with three brought to the set's conventions, the 883 0.9049
# and 0.9315 once they were added: the floors were set from the larger set, the 803 did not fall; 0.9188 and 0.9354
# at the end of that round (the 80 alone 0.9077 and 0.9074), and the floors went back up to 0.915 and 0.93; with
# every change of stop 26 merged the 883 measured 0.9291 and 0.9452, and the floors rose to 0.92 and 0.935; the
# eleventh round's 80 sentences measured 0.7500 and 0.7143 alone as written, 0.8358 and 0.8571 at the end of that
# round, the 963 0.9194 and 0.9365 with the 883 unchanged at 0.9291 and 0.9452: the precision floor was set from
# the larger set, 0.915; with every change of stop 27 merged the 963 measured 0.9287 and 0.9524 (0.9283 once three duplicate events counted once), and the floors
# rose to 0.92 and 0.945; the twelfth round's 80 sentences measured 0.8108 and 0.8413 alone as written, 0.8592 and
# 0.8571 with four brought to the set's conventions, the 1043 0.9215 and 0.9429 once they were added, and at the end
# of that round 0.9362 and 0.9508 (the 80 alone 0.9412 and 0.9048, the 963 0.9356 and 0.9559): the precision floor
# rose to 0.93; the thirteenth round's 80 sentences measured 0.8788 and 0.8644 alone as written, 0.8923 with two
# brought to the set's conventions, the 1123 0.9341 and 0.9492 once they were added, and at the end of that round
# 0.9432 and 0.9579, the 80 alone 1.0 and 0.9492 and the 1043 0.9380 and 0.9587); with every change of stop 29
# merged the 1123 measured 0.9469 and 0.9579, and the floors rose to 0.94 and 0.95; the fourteenth round's 80
# sentences (r14.yaml) measured 0.9032 and 0.8596 alone as written, 0.9219 and 0.8947 with three brought to the
# set's conventions, the 1203 0.9436 and 0.9504 once they were added, and at the end of that round 0.9487 and
# 0.9584 (the 80 alone 0.9697 and 0.9649, the 1123 unchanged); the fifteenth round's 80 sentences (r15.yaml)
# measured 0.7460 and 0.7500 alone as written, 0.8475 and 0.8077 with six brought to the set's conventions, the 1283
# 0.9462 and 0.9486 once they were added, and at the end of that round 0.9497 and 0.9536 (the 80 alone 0.9643 and
# 0.8846, the 1203 unchanged); with every change of stop 30 merged the 1283 measured 0.9518 and 0.9549, and the
# precision floor rose to 0.945; the sixteenth round's 80 sentences (r16.yaml) measured 0.7887 and 0.8214 alone as
# written, 0.8261 and 0.8393 with four brought to the set's conventions, the 1363 0.9398 and 0.9461 once they were
# added, and at the end of that round 0.9541 and 0.9520 (the 80 alone 0.9844 and 0.8929, the 1283 0.9519 and
# 0.9561); with every change of stop 31 merged the 1363 measured 0.9562 and 0.9543 (the 1283 0.9542 and 0.9586),
# and the precision floor rose to 0.95; the seventeenth round's 80 sentences (r17.yaml) measured 0.8491 and 0.7500
# alone as written, 0.8654 and 0.8077 with five brought to the set's conventions, the 1443 0.9515 and 0.9459 once
# they were added, and at the end of that round 0.9603 and 0.9514 (the 80 alone 0.9615 and 0.9038, the 1363 0.9602
# and 0.9543); with every change of stop 32 merged the 1443 measured 0.9604 and 0.9558 (the 1363 0.9604 and
# 0.9590), and the precision floor rose to 0.955; the eighteenth round's 80 sentences (r18.yaml, by CAMEO root)
# measured 0.8356 and 0.9123 alone as written, 0.9844 and 0.9474 after that round's fixes; with every change of
# stop 33 merged the 1523 measured 0.9622 and 0.9595 (the 1443 0.9609 and 0.9603), and the recall floor rose to
# 0.955; the nineteenth round's 80 sentences (r19.yaml, by the shape of wire copy) measured 0.8548 and 0.8776 alone
# as written, 1.0000 and 0.9184 after that round's fixes; with every change of stop 34 merged the 1603 measured
# 0.9642 and 0.9575 (the 1523 0.9622 and 0.9595), and the precision floor rose to 0.96. They are
# not the answers: they are there so that a change which makes the coder report more wrong events,
# or lose events it found, fails CI. Raise them when a change is measured to improve the set; never
# lower them to make a change pass.
PRECISION_FLOOR = 0.96
RECALL_FLOOR = 0.955


def test_registered_and_parsed() -> None:
    assert TASKS["precision"] == "newsevents.evaluate.precision"
    (a, b) = parse_events("USA 042 CHN; any 18|19 none|KEN")
    assert a.source == ("USA",) and a.cameo == ("042",) and a.target == ("CHN",)
    assert b.source == ("any",) and b.cameo == ("18", "19") and b.target == ("none", "KEN")
    assert parse_events("nothing") == () and parse_events(None) == ()
    with pytest.raises(InputError):
        parse_events("USA 042", "x")


@pytest.mark.parametrize(("expected", "ours", "ok"), [
    ("KENCOP 173 KENCVL", ("KENCOP", "173", "KENCVL"), True),
    ("KENCOP 173 KENCVL", ("KEN", "1731", "---CVL"), True),   # less specific is not wrong
    ("KENCOP 173 KENCVL", ("---COP", "173", None), True),     # a missing target contradicts nothing
    ("KENCOP 173 KENCVL", ("KENMIL", "173", "KENCVL"), False),  # wrong sector
    ("KENCOP 173 KENCVL", ("UGACOP", "173", "KENCVL"), False),  # wrong country
    ("KENCOP 173 KENCVL", ("KENCOP", "190", "KENCVL"), False),  # wrong code family
    ("USA 04 none", ("USA", "042", "CHN"), False),            # "none": no actor at all
    ("IGO 07 any", ("IGOUNOAGR", "073", "PSE"), True),
])
def test_agreement(expected: str, ours: tuple[str | None, str, str | None], ok: bool) -> None:
    (exp,) = parse_events(expected)
    assert agrees(exp, ours) is ok


def test_score_counts_maybe_neither_way() -> None:
    rec = Record("x-1", "text", parse_events("FRA 042 EGY"), parse_events("EGY 043 FRA"))
    sc = score(rec, [("FRA", "042", "EGY"), ("EGY", "043", "FRA"), ("EGY", "190", "FRA")])
    assert (len(sc["correct"]), len(sc["accepted"]), len(sc["wrong"]), sc["found"]) == (1, 1, 1, 1)
    assert score(rec, [])["missed"] == list(rec.events)


def test_the_set_reads_and_is_varied() -> None:
    recs = load_records(DATA)
    assert len(recs) >= 120 and len({r.id for r in recs}) == len(recs)
    areas = {r.id.split("-")[0] for r in recs}
    assert {"dip", "pro", "vio", "law", "ele", "eco", "spo", "spk", "hyp", "neg", "met"} <= areas
    assert sum(not r.events for r in recs) >= 50  # sentences that must give nothing


def test_precision_floor(coder: Coder) -> None:
    report = evaluate(DATA, coder=coder)
    assert report.counts["records_with_errors"] == 0
    assert report.metrics["precision"] >= PRECISION_FLOOR, report.format(max_examples=100)
    assert report.metrics["recall"] >= RECALL_FLOOR, report.format(max_examples=100)
