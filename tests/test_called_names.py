"""A short name the document gives a body it names in full (``… (gọi tắt là Hội đồng thi đua)``) is a name it sets
up: read whole where it acts, however its words read to the grammar (issue 52, item 4: the leave-one-head-out
measure's ``Hội đồng thi đua`` + ``họp xét …``, cut at ``Hội đồng``).  Not a thing's short name (``Hệ thống …``), nor
where a longer name stands (``Ban Chỉ đạo quốc gia …``)."""

from __future__ import annotations

from test_rules import HEADER

from vbparse import parse

_CALLED = (
    "1. Tổ chức xét chọn\n"
    "a) Thành lập Tổ Thẩm định xét chọn sản phẩm nông nghiệp tiêu biểu của huyện (gọi tắt là Tổ xét chọn).\n"
    "b) Trên cơ sở hồ sơ của các xã, Tổ xét chọn họp xét chọn sản phẩm tiêu biểu trước ngày 30/9/2041.\n"
)


def test_a_short_name_given_in_brackets_is_read_whole_where_it_acts() -> None:
    doc = parse(text=HEADER + _CALLED)
    assert [o.assignee.raw for o in doc.obligations if "họp xét" in o.task] == ["Tổ xét chọn"]


def test_a_thing_s_short_name_names_no_one() -> None:
    """Counter-example: ``(gọi tắt là Hệ thống dữ liệu)``: a system, no body; it acts by no task."""
    body = (
        "1. Vận hành hệ thống\n"
        "a) Xây dựng Hệ thống dữ liệu nông nghiệp của tỉnh (gọi tắt là Hệ thống dữ liệu).\n"
        "b) Hệ thống dữ liệu kết nối với cơ sở dữ liệu quốc gia.\n"
    )
    assert [o.assignee.raw for o in parse(text=HEADER + body).obligations if "kết nối" in o.task] == []
