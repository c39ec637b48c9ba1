"""Paragraphs under a heading that names a collective (``3. Các sở, ngành phối hợp``), each opening with a body of its
own and its verb (``Sở Tài chính thẩm định …``, ``Công an tỉnh bảo đảm …``): each is that body's task, not the
collective's with the body's name inside its task (tenth twins of S7).  A paragraph with no subject of its own stays
the collective's."""

from __future__ import annotations

from test_rules import HEADER

from vbparse import parse


def _got(body: str) -> list[tuple[str, str]]:
    return [(o.assignee.raw, o.task[:14]) for o in parse(text=HEADER + body).obligations if o.role == "lead"]


def test_a_paragraph_under_a_collective_s_heading_that_names_its_own_body_is_that_body_s():
    body = (
        "II. TỔ CHỨC THỰC HIỆN\n1. Cơ quan chủ trì\nSở Du lịch chuẩn bị chương trình hội chợ.\n"
        "2. Các sở, ngành phối hợp\nSở Tài chính thẩm định dự toán kinh phí trước ngày 10/9/2030.\n\n"
        "Công an tỉnh bảo đảm an ninh khu vực hội chợ.\n\nSở Y tế bố trí đội cấp cứu lưu động.\n"
    )
    got = _got(body)
    assert ("Sở Tài chính", "thẩm định dự t") in got and ("Công an tỉnh", "bảo đảm an nin") in got, got
    assert not any(a == "Các sở, ngành" for a, _t in got), got


def test_paragraphs_with_no_subject_of_their_own_stay_the_collective_s():
    body = (
        "II. TỔ CHỨC THỰC HIỆN\n1. Các sở, ngành\nRà soát thủ tục hành chính thuộc lĩnh vực quản lý.\n\n"
        "Báo cáo kết quả về Sở Nội vụ trước ngày 10/9/2030.\n"
    )
    assert [a for a, _t in _got(body)] == ["Các sở, ngành", "Các sở, ngành"], _got(body)
