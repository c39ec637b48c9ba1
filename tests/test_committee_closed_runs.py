"""A committee named for what it does, its field run on to its level or its unit's number before the sentence's verb
(issue 52, names; twelfth twins of A1): ``Ban Chỉ đạo giải quyết việc làm tỉnh giao …``, ``Tổ quản lý vận hành lưới
điện hạ áp số 3 kiểm tra …``.  The head (``Ban``, ``Tổ``, ``Đội`` …) with at most its function's verb says nothing of
which one; the words in lower case after it, no preposition or determiner among them, up to a level or a number
with the sentence's verb right after, are its field.  A body with a name of its own, an object with ``các`` or a
place after ``tại`` is the sentence's."""

from __future__ import annotations

import pytest
from test_rules import HEADER, leads


@pytest.mark.parametrize(
    ("body", "name", "task"),
    [
        (
            "1. Ban Chỉ đạo giải quyết việc làm tỉnh giao chỉ tiêu giới thiệu việc làm cho các huyện.\n",
            "Ban Chỉ đạo giải quyết việc làm tỉnh",
            "giao chỉ tiêu",
        ),
        (
            "2. Ban Chỉ đạo giảm nghèo bền vững huyện rà soát danh sách hộ cận nghèo.\n",
            "Ban Chỉ đạo giảm nghèo bền vững huyện",
            "rà soát danh sách",
        ),
        (
            "3. Tổ quản lý vận hành lưới điện hạ áp số 3 kiểm tra hệ thống tiếp địa các trạm biến áp.\n",
            "Tổ quản lý vận hành lưới điện hạ áp số 3",
            "kiểm tra hệ thống",
        ),
        (
            "4. Đội Kiểm tra liên ngành chống buôn lậu tỉnh tuần tra các tuyến biên giới.\n",
            "Đội Kiểm tra liên ngành chống buôn lậu tỉnh",
            "tuần tra các tuyến",
        ),
    ],
)
def test_a_committee_s_field_closed_by_its_level_or_number_is_its_name(body, name, task):
    got = leads(body)
    assert [n for n, _task in got] == [name]
    assert got[0][1].startswith(task)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a body with a name of its own: its verb's object is the sentence's
        ("1. Sở Y tế hướng dẫn người dân xã thực hiện phòng bệnh.\n", "Sở Y tế"),
        # a determiner or a preposition in the run: the committee's verb and its object, not its field
        ("2. Ban Chỉ đạo kiểm tra các hộ kinh doanh xã lập sổ sách.\n", "Ban Chỉ đạo"),
        ("3. Tổ công tác làm việc tại trụ sở xã tiếp nhận hồ sơ.\n", "Tổ công tác"),
    ],
)
def test_a_named_body_or_an_object_with_a_determiner_is_not_run_on(body, name):
    assert [n for n, _task in leads(body)][:1] in ([name], [])


@pytest.mark.parametrize(
    "cell",
    ["Đội Kiểm tra giám sát hàng hóa", "Tổ Kiểm tra giám sát an toàn thực phẩm", "Đội Quản lý vận hành trạm bơm"],
)
def test_a_who_cell_s_committee_named_for_two_functions_is_one_name(cell):
    """``| Soi chiếu container … | Đội Kiểm tra giám sát hàng hóa | Quý II/2028 |`` (twelfth twin of TAB-CAPTION): in a
    cell of names only, a committee's head and verb, then a second function and its object, are one name."""
    from vbparse import parse

    text = HEADER + (
        "1. Phân công\n\n| STT | Nhiệm vụ | Bộ phận chủ trì | Thời hạn hoàn thành |\n|---|---|---|---|\n"
        f"| 1 | Soi chiếu container hàng nhập khẩu | {cell} | Quý II/2028 |\n"
    )
    assert [o.assignee.raw for o in parse(text=text).obligations if o.role == "lead"] == [cell]


def test_a_committee_s_field_runs_on_where_the_name_does_not_open_the_sentence():
    """``Giao Ban Chỉ đạo giảm nghèo bền vững huyện rà soát …``: the committee after an opener reads as it does at the
    sentence's start (the head's pattern is matched where the name starts, not at the text's start)."""
    assert [
        n for n, _task in leads("1. Giao Ban Chỉ đạo giảm nghèo bền vững huyện rà soát danh sách hộ cận nghèo.\n")
    ] == ["Ban Chỉ đạo giảm nghèo bền vững huyện"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "1. Ban Giám sát đầu tư của cộng đồng xã giám sát chất lượng vật liệu tuyến đường thôn.\n",
            "Ban Giám sát đầu tư của cộng đồng xã",
        ),
        (
            "2. Tổ công tác liên ngành của huyện kiểm tra các cơ sở kinh doanh karaoke.\n",
            "Tổ công tác liên ngành của huyện",
        ),
    ],
)
def test_a_name_s_owner_closed_by_its_level_before_the_verb_is_the_name_s(body, name):
    """Thirteenth twin of F1: ``Ban Giám sát đầu tư của cộng đồng xã giám sát …``: ``của`` + whose it is in lower case
    up to a place level, the sentence's verb right after, is the name's (the item was lost at ``của``)."""
    assert [a for a, _t in leads(body)] == [name]


def test_an_object_s_owner_after_the_verb_is_not_the_name_s():
    """Counter-example: ``Sở Y tế kiểm tra hồ sơ của các xã …``: ``của`` after the verb is the object's."""
    assert [a for a, _t in leads("1. Sở Y tế kiểm tra hồ sơ của các trạm y tế xã.\n")] == ["Sở Y tế"]


def test_a_committee_s_number_and_its_village_before_the_verb_are_its_name() -> None:
    """Twenty-sixth twin of A1: ``Tổ điều tra số 2`` + ``thôn Nậm Cại`` + ``ghi chép …``: the village a numbered team
    works in closes its name as a level does; a village after the verb is the task's."""
    got = leads("1. Tổ điều tra số 2 thôn Nậm Cại ghi chép thông tin của từng hộ trước ngày 20/7/2051.\n")
    assert got == [("Tổ điều tra số 2 thôn Nậm Cại", "ghi chép thông tin của từng hộ trước ngày 20/7/2051.")], got
    got = leads("1. Tổ điều tra số 2 ghi chép thông tin tại thôn Nậm Cại trước ngày 20/7/2051.\n")
    assert [a for a, _t in got] == ["Tổ điều tra số 2"], got
