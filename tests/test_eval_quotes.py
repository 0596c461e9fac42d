"""The quotes evaluation: brat parsing and matching on made-up records, then a small PolNeAR run."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.errors import InputError
from newsevents.evaluate.quotes import GoldAttribution, Prediction, evaluate, match, parse_ann, quoted_mask

TEXT = "The mayor said the bridge would reopen in May. “It is safe,” she added."
#       0         1         2         3         4         5         6         7
#       0123456789012345678901234567890123456789012345678901234567890123456789012

ANN = (
    "T1\tSource 0 9\tThe mayor\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 45\tthe bridge would reopen in May\n"
    "T4\tAttribution 10 14\tsaid\n"
    "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
    "T5\tContent 47 60;61 61\t“It is safe,”\n"
    "T6\tSource 61 64\tshe\n"
    "T7\tCue 65 70\tadded\n"
    "T8\tAttribution 65 70\tadded\n"
    "E2\tAttribution:T8 Source:T6 Cue:T7 Content:T5\n"
    "T9\tContent 0 3\tThe\n"
    "E3\tAttribution-no-source:T9 Content:T9\n"
    "this line is not brat\n"
)


def test_parse_ann() -> None:
    gold = parse_ann(ANN)
    assert len(gold) == 3
    assert gold[0] == GoldAttribution(((15, 45),), ((0, 9),), ((10, 14),))
    assert gold[1].source == ((61, 64),)
    assert gold[2].source == ()


def test_swapped_source_and_cue_labels_are_put_back() -> None:
    text = "“We will win,” said Hester."
    ann = ("T1\tContent 1 12\tWe will win\nT2\tSource 15 19\tsaid\nT3\tCue 20 26\tHester\n"
           "T4\tAttribution 20 26\tHester\nE1\tAttribution:T4 Source:T2 Cue:T3 Content:T1\n")
    assert parse_ann(ann, text)[0].source == ((20, 26),)
    assert parse_ann(ann)[0].source == ((15, 19),)  # without the text nothing is second-guessed
    plain = "T1\tContent 1 12\tx\nT2\tSource 20 26\tHester\nT3\tCue 15 19\tsaid\nE1\tSource:T2 Cue:T3 Content:T1\n"
    assert parse_ann(plain, text)[0].source == ((20, 26),)


def test_quoted_mask_pairs_marks() -> None:
    mask = quoted_mask(TEXT)
    assert mask[TEXT.index("It is")] == 1
    assert mask[TEXT.index("bridge")] == 0


def test_match_content_and_speaker() -> None:
    gold = parse_ann(ANN)[:2]
    preds = [
        Prediction(((19, 45),), (4, 9), "mayor", "indirect"),  # 26 of 30 gold chars, speaker overlaps
        Prediction(((48, 58),), (0, 9), "The mayor", "direct"),  # right content, wrong speaker span
    ]
    m = match(TEXT, gold, preds)
    assert m.content == {0: 0, 1: 1}
    assert m.full == {0: 0}


def test_match_same_entity_by_name() -> None:
    text = "Donald Trump spoke. Later Mr. Trump said it was over."
    gold = [GoldAttribution(((41, 52),), ((26, 35),), ((36, 40),))]
    pred = [Prediction(((41, 52),), (0, 12), "Donald Trump", "indirect")]
    assert match(text, gold, pred).full == {0: 0}


def test_overlap_threshold() -> None:
    gold = [GoldAttribution(((0, 40),), (), ())]
    text = "x" * 60
    assert match(text, gold, [Prediction(((0, 11),), None, None, "indirect")]).content == {}
    assert match(text, gold, [Prediction(((0, 12),), None, None, "indirect")]).content == {0: 0}


def test_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        evaluate(tmp_path)


def test_polnear_subset(shared_data: Path) -> None:
    dev = shared_data / "polnear" / "dev"
    if not (dev / "text").is_dir():
        pytest.skip("PolNeAR dev is not present")
    report = evaluate(dev, limit=4)
    assert report.task == "quotes"
    assert report.counts["documents"] == 4
    assert report.counts["gold"] > 0
    for key in ("content_f1", "content+speaker_f1", "content+speaker/direct_f1", "content+speaker/indirect_f1"):
        assert 0.0 <= report.metrics[key] <= 1.0
    assert report.metrics["content+speaker_f1"] > 0.3
    assert len(report.records) == 4
    assert "content+speaker_f1" in report.format()
