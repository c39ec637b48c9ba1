"""An unsure recognised heading takes its marks from the same words read with confidence further on."""

from __future__ import annotations

import pytest

from vbparse.read.corroborate import corroborate


def recognised(text: str, confidences: list[float]) -> list[tuple[int, int, float]]:
    """Word boxes of ``text`` split at spaces, with one confidence per word."""
    words, start = [], 0
    for word, conf in zip(text.split(" "), confidences, strict=True):
        words.append((start, start + len(word), conf))
        start += len(word) + 1
    return words


HEADER = "CÔNG AN TINH LAM ĐÓNG"
BODY = " Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng."


@pytest.mark.parametrize(
    "header_conf, body_conf, expected",
    [
        # the unsure TINH and the less sure LAM take the body's marks; ĐÓNG, as sure as the body's Đồng, stays
        ([93, 91, 39, 84, 91], 91, "CÔNG AN TỈNH LÂM ĐÓNG"),
        ([93, 91, 39, 84, 91], 96, "CÔNG AN TỈNH LÂM ĐỒNG"),
        # nothing unsure in the heading: left as read, even where the body reads other marks
        ([93, 91, 88, 84, 91], 96, HEADER),
        # the body's reading is itself unsure: no correction
        ([93, 91, 39, 84, 91], 60, HEADER),
    ],
)
def test_unsure_heading_takes_marks_of_a_surer_reading(header_conf, body_conf, expected):
    text = HEADER + BODY
    words = recognised(text, header_conf + [body_conf] * 9)
    fixed, confidences, corrections = corroborate(text, words, until=len(HEADER))
    assert fixed[: len(HEADER)] == expected
    assert len(fixed) == len(text) and fixed[len(HEADER) :] == text[len(HEADER) :]
    assert bool(corrections) == (expected != HEADER)
    if expected != HEADER:
        assert min(c for _, _, c in confidences[:5]) > 55  # no longer a low-confidence issuer


def test_two_words_agreeing_are_not_the_same_phrase():
    text = "TINH LAM CAI tỉnh Lâm nghiệp"  # ``tinh lam`` folds alike, but two words are chance
    fixed, _, corrections = corroborate(text, recognised(text, [30, 40, 90, 95, 95, 95]), until=12)
    assert fixed == text and not corrections


def test_body_phrases_are_left_as_read():
    text = "ỦY BAN NHÂN DÂN kết quá đã đạt được kết quả đã đạt được"
    words = recognised(text, [95] * 4 + [40, 40, 40, 40, 40] + [95] * 5)
    fixed, _, corrections = corroborate(text, words, until=len("ỦY BAN NHÂN DÂN"))
    assert fixed == text and not corrections


def test_punctuation_around_a_word_is_kept():
    text = "UBND TĨNH LÀO CAI, Sở Công Thương tỉnh Lào Cai"
    fixed, _, _ = corroborate(text, recognised(text, [95, 20, 90, 90, 95, 95, 95, 97, 97, 97]), until=17)
    assert fixed.startswith("UBND TỈNH LÀO CAI, ")
