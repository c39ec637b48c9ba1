"""A list's marks as Tesseract reads them: a bullet glyph (``●``, ``◦``, ``❖``) comes back as one to three
characters that are no Vietnamese word (``ÖÒ``, ``°Ò``, ``‹Ổ``, ``«``) standing apart from the line's text.  They
are read as the list mark they are (``-``), so ``ÖÒ    Đơn vị chủ trì: Công an Thành phố.`` is a field's line, as
the page shows it.  A word, a list label or a number opening a line is left as it is.  The words are invented."""

from __future__ import annotations

import pytest

from vbparse.read.lines import recognised_list_marks


def _line(first: str, gap: float, rest: str = "Đơn vị chủ trì: Công an tỉnh.", line: int = 1) -> list[dict]:
    x1 = 72.0 + 6 * len(first)
    words: list[dict] = [{"text": first, "x0": 72.0, "x1": x1, "top": 100.0, "bottom": 112.0, "line": line}]
    x = x1 + gap
    for t in rest.split():
        words.append({"text": t, "x0": x, "x1": x + 6 * len(t), "top": 100.0, "bottom": 112.0, "line": line})
        x += 6 * len(t) + 3
    return words


@pytest.mark.parametrize("mark", ["ÖÒ", "°Ò", "‹Ổ", "«", "•", "Ø", "v"])
def test_a_bullet_read_as_characters_that_are_no_word_becomes_a_list_mark(mark):
    words = recognised_list_marks(_line(mark, 18.0))
    assert words[0]["text"] == "-" and [w["text"] for w in words[1:4]] == ["Đơn", "vị", "chủ"]


@pytest.mark.parametrize(
    ("first", "gap"),
    [
        ("Ô", 18.0),  # a word (``ô``), though a gap follows it
        ("a)", 18.0),  # a list label
        ("1.", 18.0),
        ("IV.", 18.0),
        ("ÖÒ", 3.0),  # no gap: a word of the line, however read
        ("Sở", 18.0),
    ],
)
def test_a_word_a_label_or_a_mark_without_its_gap_stays_as_read(first, gap):
    words = recognised_list_marks(_line(first, gap))
    assert words[0]["text"] == first


@pytest.mark.parametrize("rest", ["IL NỘI DUNG THỰC HIỆN", "II. NỘI DUNG", "^ 2 z .^ pháp luật;", "1. Sở Y tế"])
def test_a_speck_before_a_label_or_before_more_specks_is_no_list_mark(rest):
    """``»    IL  NỘI DUNG …``: a part's heading after a speck stays a heading; ``^    2    z …`` (a line of specks
    Tesseract read) opens no item."""
    words = recognised_list_marks(_line("»", 18.0, rest))
    assert words[0]["text"] == "»"


def test_only_a_lines_first_word_is_a_mark():
    words = _line("Công", 3.0, "an tỉnh «    phối hợp.")
    assert [w["text"] for w in recognised_list_marks(words)] == [w["text"] for w in words]


def _page(firsts: list[str], x0s: list[float] | None = None) -> list[dict]:
    """One word per line after each first word: the lines of a list as Tesseract gives them."""
    words: list[dict] = []
    for k, first in enumerate(firsts):
        x0 = x0s[k] if x0s else 72.0
        top = 100.0 + 20 * k
        words.append({"text": first, "x0": x0, "x1": x0 + 12, "top": top, "bottom": top + 12, "line": k})
        words.append({"text": "Nội", "x0": x0 + 30, "x1": x0 + 50, "top": top, "bottom": top + 12, "line": k})
    return words


def test_a_list_number_read_as_a_letter_between_its_neighbours_is_that_number():
    """``3.`` / ``A.`` / ``5.``: Tesseract read a ``4.`` as ``A.`` (seeds/002 as a scan: the items of ``Công chức Tài
    chính - Kế hoạch`` went into the item above).  Between the numbers before and after it, at their indent, the
    letter that looks like the missing digit is that digit."""
    from vbparse.read.lines import recognised_list_numbers

    words, _ = recognised_list_numbers(_page(["3.", "-", "A.", "-", "5."]))
    assert [w["text"] for w in words[::2]] == ["3.", "-", "4.", "-", "5."]
    words, _ = recognised_list_numbers(_page(["4.", "S.", "6.", "7.", "B.", "9."]))
    assert [w["text"] for w in words[::2]] == ["4.", "5.", "6.", "7.", "8.", "9."]
    # at a page's top, its ``3.`` on the page before
    _, numbers = recognised_list_numbers(_page(["1.", "-", "2.", "3.", "-"]))
    words, _ = recognised_list_numbers(_page(["-", "A.", "-", "5."]), numbers)
    assert [w["text"] for w in words[::2]] == ["-", "4.", "-", "5."]


@pytest.mark.parametrize(
    "firsts,x0s",
    [
        (["A.", "-", "B."], None),  # a part's letters (``A. MỤC TIÊU``), no numbers around them
        (["3.", "A.", "6."], None),  # not between consecutive numbers
        (["3.", "A.", "5."], [72.0, 120.0, 72.0]),  # another list's indent
        (["A.", "5."], None),  # no number before it
    ],
)
def test_a_letter_label_not_between_its_numbers_stays_a_letter(firsts, x0s):
    from vbparse.read.lines import recognised_list_numbers

    words, _ = recognised_list_numbers(_page(firsts, x0s))
    assert [w["text"] for w in words[::2]] == firsts


@pytest.mark.parametrize("read", ["2._", "2.,", "2.'", "2._,", "2)_"])
def test_a_list_number_with_a_speck_read_after_it_is_that_number(read):
    """``2._    Các Sở, ban, ngành …``: a speck by the number's stop read as a mark glued to it; the label is the
    number (it opens the item), the speck nothing."""
    from vbparse.read.lines import recognised_list_numbers

    words, numbers = recognised_list_numbers(_page(["1.", read, "3."]))
    assert [w["text"] for w in words[::2]] == ["1.", read[:2], "3."]
    assert [n for n, _x in numbers] == [1, 2, 3]


@pytest.mark.parametrize("first", ["2.5", "2.a", "2_3", "2._Sở"])
def test_a_number_going_on_with_digits_or_letters_stays_as_read(first):
    from vbparse.read.lines import recognised_list_numbers

    words, _ = recognised_list_numbers(_page(["1.", first, "3."]))
    assert words[2]["text"] == first


def test_a_sub_items_number_with_its_stop_read_as_a_comma_is_that_number():
    """``6,2.  Phối hợp với …``: Tesseract read the stop between the levels as a comma; a line's first word, a
    capital after it: the label ``6.2.``.  A decimal number (``6,2 tỷ đồng``, ``… đạt`` / ``6,2.``) stays as read."""
    from vbparse.read.lines import recognised_list_numbers

    words, _ = recognised_list_numbers(_page(["6.1.", "-", "6,2.", "-"]))
    assert [w["text"] for w in words[::2]] == ["6.1.", "-", "6.2.", "-"]
    page = _page(["6,2", "6,2."])
    page[3]["text"] = "tỷ"  # ``6,2. tỷ``: no capital after it
    words, _ = recognised_list_numbers(page)
    assert [w["text"] for w in words[::2]] == ["6,2", "6,2."]


def test_a_list_number_whose_stop_was_read_as_a_comma_is_that_number_among_its_neighbours():
    """``1, Đề nghị Ban Tuyên giáo …`` / ``*+2, Đề nghị …`` / ``3, Các cơ quan …``: a bold stop Tesseract read as a
    comma (specks before the number too); a line's first word, a capital after it, and the number before or after it
    at its indent one less or one more: the label (a scan's section of items all run into its heading so)."""
    from vbparse.read.lines import recognised_list_numbers

    words, numbers = recognised_list_numbers(_page(["1,", "-", "*+2,", "3,", "4."]))
    assert [w["text"] for w in words[::2]] == ["1.", "-", "2.", "3.", "4."]
    assert [n for n, _x in numbers] == [1, 2, 3, 4]
    words, _ = recognised_list_numbers(_page(["2.", "-", "3,"]))  # the list's last item
    assert [w["text"] for w in words[::2]] == ["2.", "-", "3."]


@pytest.mark.parametrize(
    "firsts,x0s",
    [
        (["3,"], None),  # no neighbour: ``tháng`` / ``3, Ủy ban …`` a wrapped date
        (["1.", "5,"], None),  # not the next number
        (["1.", "2,"], [72.0, 140.0]),  # another indent
    ],
)
def test_a_number_and_comma_without_its_list_stays_as_read(firsts, x0s):
    from vbparse.read.lines import recognised_list_numbers

    words, _ = recognised_list_numbers(_page(firsts, x0s))
    assert [w["text"] for w in words[::2]] == firsts


def test_a_number_and_comma_before_lower_case_stays_as_read():
    from vbparse.read.lines import recognised_list_numbers

    page = _page(["1.", "2,"])
    page[3]["text"] = "và"  # ``… các khoản 1,`` / ``2, và 3``
    words, _ = recognised_list_numbers(page)
    assert words[2]["text"] == "2,"


@pytest.mark.parametrize("read", ["——_-", "—-", "_-", "–_"])
def test_a_dash_read_with_specks_glued_to_it_is_a_list_mark(read):
    """``——_- Kết quả: …``: the item's dash with specks Tesseract glued to it, no gap after it: the list mark."""
    words = recognised_list_marks(_line(read, 3.0, "Kết quả: Bài viết về bầu cử."))
    assert words[0]["text"] == "-"


def test_a_dash_word_before_lower_case_stays_as_read():
    """Counter: a dash run before a word in lower case (``—— và …``) opens no item."""
    words = recognised_list_marks(_line("——", 3.0, "và các tổ chức thành viên."))
    assert words[0]["text"] == "——"


def test_a_line_of_specks_is_no_line_of_text():
    """``^  2  ⁄  z  ^  ^  z  ⁄  `  .^  .ˆ  .z``: a row of specks Tesseract read (a stamp's edge, a shadow) between a
    sentence's two lines is nothing; a line of numbers (a table's column numbers) or a short word stays."""
    from vbparse.read.lines import without_speck_lines

    specks = _line("^", 12.0, "2 ⁄ z ^ ^ z ⁄ ` .^ .ˆ .z", line=2)
    numbers = _line("1", 12.0, "2 3 4 5 6", line=3)
    text = _line("a)", 12.0, "Cử cán bộ tham gia.", line=4)
    kept = without_speck_lines(specks + numbers + text)
    assert [w["text"] for w in kept] == [w["text"] for w in numbers + text]
