"""A leading clause of time before the subject, printed without its comma (issue 52, names): ``Trong quá trình thực
hiện Thủ trưởng các địa phương chủ động phối hợp với …`` (a notice read from a PDF), ``Trong thời gian tới Sở Y tế
tiếp tục …``.  The subject begins at the first capital after the clause when it opens a name the lists know and a
verb follows it.  A purpose or a basis names a body as its object (``Để hỗ trợ Sở Y tế triển khai …, UBND tỉnh
…``): no subject is read inside it."""

from __future__ import annotations

import pytest
from test_rules import leads


@pytest.mark.parametrize(
    "sentence,lead,task_start",
    [
        (
            "1. Trong quá trình thực hiện Thủ trưởng các cơ quan chủ động phối hợp với Sở Tài chính để tháo gỡ.\n",
            "Thủ trưởng các cơ quan",
            "chủ động phối hợp",
        ),
        ("1. Trong thời gian tới Sở Y tế tiếp tục kiểm tra an toàn thực phẩm tại các chợ.\n", "Sở Y tế", "tiếp tục"),
        ("1. Hằng quý Phòng Kinh tế tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện.\n", "Phòng Kinh tế", "tổng hợp"),
    ],
)
def test_a_subject_after_a_time_clause_without_its_comma(sentence, lead, task_start):
    found = leads(sentence)
    assert [name for name, _task in found] == [lead]
    assert task_start in found[0][1]


def test_a_body_inside_a_purpose_clause_is_no_subject():
    """Counter-example: the purpose's object is not who acts; the subject after the clause's comma is."""
    found = leads("1. Để hỗ trợ Sở Y tế triển khai chiến dịch, Ủy ban nhân dân huyện bố trí kinh phí.\n")
    assert [name for name, _task in found] == ["Ủy ban nhân dân huyện"]


def test_a_name_inside_a_time_clause_that_runs_to_thi_is_no_subject():
    """Counter-example: ``Trong thời gian Sở Công Thương chưa ban hành … thì …``: the clause's own subject."""
    found = leads(
        "1. Trong thời gian Sở Công Thương chưa ban hành giá cụ thể thì bên bán điện được áp dụng giá bán lẻ.\n"
    )
    assert "Sở Công Thương" not in [name for name, _task in found]


def test_a_clause_with_its_own_subject_keeps_it():
    """Counter-example: ``Sau khi X phê duyệt …, Y …``: X acts in the clause, Y after its comma is the subject."""
    found = leads("1. Sau khi Ủy ban nhân dân tỉnh phê duyệt giá đất, Văn phòng Đăng ký đất đai cập nhật dữ liệu.\n")
    assert [name for name, _task in found] == ["Văn phòng Đăng ký đất đai"]
