"""A heading that spells a commune post's short name as a field of affairs (``1.1. Văn hóa - xã hội``, the second
part in lower case) is a topic, not the post (issue 52, twenty-first twin of S6): its items' tasks are nobody's but
those that name their own subject.  Counter: the post's name as a name is spelled (``Văn hóa - Xã hội``)."""

from __future__ import annotations

from vbparse import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ NẬM KHÊ\nSố: 14/KH-UBND\nNậm Khê, ngày 02 tháng 4 năm 2031\nKẾ HOẠCH\n"
    "Xây dựng đời sống văn hóa năm 2031\nII. NHIỆM VỤ\n\n1. Nhiệm vụ theo lĩnh vực\n\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHà Văn Tâm\n"


def _obligations(heading: str) -> list[tuple[str, str]]:
    body = (
        f"1.1. {heading}\n\n- Duy trì sinh hoạt các câu lạc bộ văn nghệ ở thôn.\n\n"
        "- Trưởng các thôn vận động nhân dân thực hiện nếp sống văn minh.\n"
    )
    return [(o.assignee.raw, o.task.rstrip(".")) for o in parse_text(HEAD + body + TAIL).obligations]


def test_a_heading_spelling_a_post_as_a_field_of_affairs_assigns_nothing() -> None:
    got = _obligations("Văn hóa - xã hội")
    assert got == [("Trưởng các thôn", "vận động nhân dân thực hiện nếp sống văn minh")], got


def test_a_heading_spelling_the_posts_name_assigns_its_items() -> None:
    got = _obligations("Văn hóa - Xã hội")
    assert ("Văn hóa - Xã hội", "Duy trì sinh hoạt các câu lạc bộ văn nghệ ở thôn") in got, got


def test_a_duties_heading_of_a_collective_qualified_by_what_it_has_names_the_whole() -> None:
    """``b) NHIỆM VỤ CỦA CÁC NGÂN HÀNG THƯƠNG MẠI CÓ CHI NHÁNH TRÊN ĐỊA BÀN XÃ`` over bullets: what the collective
    has (``có trụ sở …``) says which of them, as ``đang hoạt động …`` does (twenty-first twin of HEADING-UNIT)."""
    body = (
        "a) NHIỆM VỤ CỦA CÁC NGÂN HÀNG THƯƠNG MẠI CÓ CHI NHÁNH TRÊN ĐỊA BÀN XÃ\n\n"
        "- Giảm lãi suất cho vay đối với hộ nghèo.\n\n- Bố trí cán bộ tư vấn tại nhà văn hóa thôn.\n"
    )
    got = [(o.assignee.raw, o.role) for o in parse_text(HEAD + body + TAIL).obligations]
    whole = "Các ngân hàng thương mại có chi nhánh trên địa bàn xã"
    assert [(a.lower(), r) for a, r in got] == [(whole.lower(), "lead")] * 2, got


def test_a_heading_naming_a_collective_spelled_with_a_lower_case_field_assigns_its_items() -> None:
    """Counter: ``Các tổ chức chính trị - xã hội xã`` is spelled so as a name (goldset set2 ``70``): its items are
    its tasks."""
    body = "2. Các tổ chức chính trị - xã hội xã\n\n- Tuyên truyền đoàn viên, hội viên về ngày bầu cử.\n"
    got = [o.assignee.raw for o in parse_text(HEAD + body + TAIL).obligations]
    assert got == ["Các tổ chức chính trị - xã hội xã"], got
