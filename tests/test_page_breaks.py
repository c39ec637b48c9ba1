"""A layout text's page breaks (``pdftotext -layout``: ``\\f`` opens a page's first line): the page number left
out, the footnotes at the page's foot kept apart from the task they interrupt, and the sentence a break
cuts read on across it (issue 41: a footnote and a page number spliced into the middle of a task, two
boards' rows of realdocs 53).  The texts are invented; the real one is checked when ../shared is here."""

from __future__ import annotations

import pytest
from conftest import SHARED

from vbparse import parse
from vbparse.read.layout import page_breaks

HEADER = """\
        ỦY BAN NHÂN DÂN                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
         TỈNH HÒA BÌNH                         Độc lập - Tự do - Hạnh phúc

        Số: 77/UBND-KT                        Hòa Bình, ngày 12 tháng 5 năm 2026

              V/v tăng cường quản lý tài nguyên nước

                     Kính gửi: Các sở, ban, ngành tỉnh.

       Thực hiện chỉ đạo của Chính phủ, Ủy ban nhân dân tỉnh yêu cầu:
       1. Sở Nông nghiệp và Môi trường chủ trì rà soát các giấy phép khai thác
nước mặt đã cấp, kịp thời phát hiện và xử lý nghiêm các trường hợp: (i) Khai
thác nước không có giấy phép

   1 Các quy định của Luật Tài nguyên nước năm 2023 và các văn bản hướng dẫn thi hành; Nghị định số 54/2024/NĐ-CP

ngày 16/5/2024 của Chính phủ quy định việc hành nghề khoan nước dưới đất.
\f                                        2

trái phép; (ii) Khai thác vượt lưu lượng cho phép; hoàn thành trước ngày 30/6/2026.
       2. Sở Tài chính bố trí kinh phí thực hiện.
"""

CLOSING = """
Nơi nhận:                                                 TM. ỦY BAN NHÂN DÂN
- Như trên;                                               KT. CHỦ TỊCH
- Lưu: VT, KT.                                            PHÓ CHỦ TỊCH

                                                          Trần Văn Bình
"""


def _obligation(doc, words: str):
    (found,) = [o for o in doc.obligations if words in o.task]
    return found


def test_a_footnote_and_the_page_number_stay_out_of_the_task_the_break_cuts():
    doc = parse(text=HEADER + CLOSING)
    o = _obligation(doc, "rà soát các giấy phép")
    assert "Khai thác nước không có giấy phép trái phép; (ii) Khai thác vượt lưu lượng" in o.task, o.task
    assert "Luật Tài nguyên nước" not in o.task and " 2 " not in o.task
    assert o.deadline is not None and o.deadline.isoformat() == "2026-06-30"
    assert o.assignee is not None and o.assignee.raw == "Sở Nông nghiệp và Môi trường"
    # the footnote is still the document's: its citation is read
    assert any("54/2024/NĐ-CP" in r.raw for r in doc.references), [r.raw for r in doc.references]


def test_a_sentence_ended_before_the_break_is_not_joined_to_the_next_page():
    ended = HEADER.replace("thác nước không có giấy phép\n", "thác nước không có giấy phép.\n").replace(
        "trái phép; (ii)", "Trái phép; (ii)"
    )
    lines = ended.split("\n")
    breaks = page_breaks(lines, 0, len(lines))
    assert breaks.footnotes and not breaks.bridged
    assert any(lines[k].strip() == "\f                                        2".strip() for k in breaks.set_aside)


def test_a_sentence_cut_after_a_word_that_cannot_end_it_goes_on_across_the_break_in_capitals():
    """``… trách nhiệm của`` / page number / ``\\fMTTQ Việt Nam …``: the next page opens with a name, in capitals,
    yet the line before the break cannot end there (``của``, a comma); a label on the next page opens its own
    item."""
    lines = [
        "      4.2. Tổ chức tiếp công dân về nội dung liên quan đến trách nhiệm của",
        "",
        "                                       5",
        "\fMTTQ Việt Nam trong công tác bầu cử; tiếp nhận đơn thư khiếu nại.",
        "      - Thời gian hoàn thành: Quý I/2026;",
    ]
    breaks = page_breaks(lines, 0, len(lines))
    assert breaks.bridged == {1} and 2 in breaks.set_aside
    labelled = [*lines[:3], "\f      5. Sở Tư pháp chủ trì thẩm định.", lines[4]]
    labelled[0] = labelled[0].replace("trách nhiệm của", "trách nhiệm,")
    assert not page_breaks(labelled, 0, len(labelled)).bridged


def test_a_tables_rows_at_a_page_break_are_no_footnotes():
    rows = [
        "       Danh sách các đơn vị được kiểm tra:",
        "",
        "   1    Công ty TNHH Hiệp Phú          Gói thầu số 15     Than Uyên",
        "   2    Công ty CP Khoáng sản Lào Cai  Gói thầu số 16     Bát Xát",
        "\f                                        3",
        "   3    Công ty TNHH Minh Đức          Gói thầu số 17     Sa Pa",
    ]
    breaks = page_breaks(rows, 0, len(rows))
    assert not breaks.footnotes and not breaks.bridged
    assert breaks.set_aside == {4}  # the page number alone


def test_a_text_without_page_breaks_is_read_as_before():
    lines = [ln.replace("\f", "") for ln in HEADER.split("\n")]
    breaks = page_breaks(lines, 0, len(lines))
    assert not breaks.set_aside and not breaks.footnotes and not breaks.bridged


@pytest.mark.skipif(not (SHARED / "realdocs").is_dir(), reason="../shared/realdocs not present")
def test_the_real_footnote_of_realdocs_53_is_out_of_its_task():
    path = SHARED / "realdocs" / "53_cv-5973-ubnd-laocai-khoang-san-text.txt"
    if not path.is_file():
        pytest.skip("53 not in ../shared/realdocs")
    doc = parse(path)
    task = _obligation(doc, "Đề cao trách nhiệm").task
    assert "(i) Khai thác khoáng sản trái phép; (ii) Khai thác không đúng nội dung giấy phép" in task
    assert "Luật Địa chất và Khoáng sản" not in task
    assert any("88/NQ-CP" in r.raw for r in doc.references)  # cited in the footnote only
