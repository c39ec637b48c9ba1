"""A scan's lost marks restored by the language's pairs of syllables (issue 52, scans): ``read.ocr_marks``."""

from __future__ import annotations

import pytest

from vbparse.read.ocr_marks import restore_marks


def _words(text: str, line: int = 1) -> list[dict]:
    return [{"text": w, "line": line, "conf": 90.0} for w in text.split()]


def _read(text: str) -> str:
    words, _changed = restore_marks(_words(text))
    return " ".join(w["text"] for w in words)


@pytest.mark.parametrize(
    "recognised,restored",
    [
        ("UBND các huyện, thị xã, thành phó chịu trách nhiệm", "UBND các huyện, thị xã, thành phố chịu trách nhiệm"),
        ("Khân trương triển khai", "Khẩn trương triển khai"),  # a sentence's first word, capitalised
        ("- Khân trương triển khai", "- Khẩn trương triển khai"),  # an item's
        ("để đây nhanh tiến độ", "để đẩy nhanh tiến độ"),
        ("chủ động phôi hợp với", "chủ động phối hợp với"),
        ("KÉ HOẠCH thực hiện", "KẾ HOẠCH thực hiện"),  # capitals kept
        ("(thành phó)", "(thành phố)"),  # the brackets around the pair kept
        ("Bộ Văn hóa, Thê thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch"),  # a name's field
    ],
)
def test_a_pair_the_language_never_writes_takes_the_one_it_writes(recognised, restored):
    assert _read(recognised) == restored


@pytest.mark.parametrize(
    "recognised",
    [
        "phối hợp với Sở Y tế",  # written as the language writes it (``với số`` is more often written)
        "Nguyễn Văn Long",  # a name's pair is counted too (``nguyên văn`` is a word)
        "Viện trưởng Viện Quy hoạch",  # (``viện trường`` is written too, but less)
        "thành, phó",  # a comma between: no pair
    ],
)
def test_a_pair_as_written_or_no_pair_is_kept(recognised):
    assert _read(recognised) == recognised


def test_words_on_two_lines_are_no_pair():
    words = _words("thành", line=1) + _words("phó", line=2)
    assert [w["text"] for w in restore_marks(words)[0]] == ["thành", "phó"]


def test_the_count_of_words_changed_is_given():
    _words_out, changed = restore_marks(_words("chuyên đôi sô"))
    assert changed >= 2


def test_the_written_pairs_are_as_the_script_makes_them():
    """``tables/written_pairs.txt`` is made from the texts beside the project, never edited by hand."""
    from conftest import assert_made_as_the_script_makes

    assert_made_as_the_script_makes("make_written_pairs.py")


@pytest.mark.parametrize(
    "recognised",
    [
        "các dự án lớn, quan trọng trên địa bàn",  # ``trọng`` is read right beside ``quan``: ``trên`` changes nothing
        "cấp hạng và quy mô",  # a rare pair stays as read, though ``hàng và`` is written more often
        "Bà Nguyên Thị Hà",  # a name's pair is too rare to restore (``nguyễn thị``: 12 times)
    ],
)
def test_a_word_read_right_beside_one_neighbour_is_kept(recognised):
    assert _read(recognised) == recognised


def test_a_word_restored_must_fit_its_other_neighbour_too():
    """``gắn với tái thiết``: ``với tài`` is written far more than ``với tái``, but ``tài thiết`` no more than
    ``tái thiết``: the word stays as read."""
    assert _read("gắn với tái thiết và chỉnh trang") == "gắn với tái thiết và chỉnh trang"
