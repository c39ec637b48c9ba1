"""A letter's body of paragraphs with nothing numbered (a công văn, a thông báo): its sentences are read for tasks, as
a section's text would be; the letter's formulas about itself are none, and a text that is no letter is not read so."""

from __future__ import annotations

import pytest

from vbparse import parse_text

_LETTER = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 215/UBND-NC\nV/v {title}\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Giang, ngày 14 tháng 3 năm 2025\n"
    "Kính gửi:\n- Các sở, ngành;\n- UBND các huyện, thành phố.\n{body}\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLò Văn Hùng\n"
)


def _tasks(body: str, title: str = "triển khai công tác phòng cháy rừng") -> list[tuple[str, str, str]]:
    doc = parse_text(_LETTER.format(title=title, body=body))
    return [(o.assignee.raw, o.role, o.task.split()[0]) for o in doc.obligations]


@pytest.mark.parametrize(
    "body,expected",
    [
        (
            (
                "Thực hiện Chỉ thị số 05/CT-TTg ngày 02/3/2025 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh có ý kiến như "
                "sau:\nGiao Sở Nông nghiệp và Môi trường, UBND các huyện, thành phố rà soát phương án chữa cháy rừng.\n"
                "Công an tỉnh tăng cường tuần tra tại các khu rừng đặc dụng."
            ),
            [
                ("Sở Nông nghiệp và Môi trường", "lead", "rà"),
                ("UBND các huyện, thành phố", "lead", "rà"),
                ("Công an tỉnh", "lead", "tăng"),
            ],
        ),
        (
            (
                "Thực hiện Kế hoạch số 31/KH-UBND ngày 02/3/2025 của UBND tỉnh, Sở Y tế đề nghị các đơn vị gửi danh sách "
                "cán bộ tham gia tập huấn về Sở trước ngày 25/3/2025."
            ),
            [("các đơn vị", "lead", "gửi")],
        ),
    ],
)
def test_a_letters_unnumbered_paragraphs_are_read_for_tasks(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _tasks(body) == expected
    doc = parse_text(_LETTER.format(title="triển khai công tác phòng cháy rừng", body=body))
    assert {o.section for o in doc.obligations} == {None}  # no numbered item holds them


@pytest.mark.parametrize(
    "body",
    [
        # the sender's own words about the letter: its opinion follows, it sends the letter for information
        "Sau khi nghiên cứu, Sở Xây dựng có ý kiến cụ thể như sau:\nHồ sơ đã đủ thành phần theo quy định.",
        "Vậy Sở Y tế gửi các đơn vị biết và tham gia.",
        (
            "Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, ký ban hành Kế hoạch kiểm tra công tác cải cách hành "
            "chính năm 2025 trên địa bàn tỉnh./."
        ),
    ],
)
def test_a_letters_formulas_about_itself_are_no_tasks(body: str) -> None:
    assert _tasks(body) == []


def test_a_text_that_is_no_letter_is_not_read_for_tasks_without_a_numbered_item() -> None:
    """A web page's questions and answers (no type line, no number) hold sentences with subjects, not a body's tasks."""
    text = (
        "Trung tâm Y tế khu vực 3 quản lý xã nào?\n\nTrung tâm Y tế khu vực 3 có trụ sở ở phường nào?\n\n"
        "Theo Quyết định 120/QĐ-SYT năm 2025, Trung tâm Y tế khu vực 3 quản lý các xã Tân An, Tân Hòa.\n"
    )
    assert parse_text(text).obligations == []


def test_a_numbered_letter_keeps_its_items_read_and_its_preamble_unread() -> None:
    """Where the letter numbers its points, its first paragraph stays a preamble (``… có ý kiến như sau:``)."""
    body = (
        "Thực hiện Chỉ thị số 05/CT-TTg, Chủ tịch UBND tỉnh có ý kiến như sau:\n"
        "1. Giao Công an tỉnh tăng cường tuần tra.\n2. Sở Tài chính bố trí kinh phí."
    )
    assert _tasks(body) == [("Công an tỉnh", "lead", "tăng"), ("Sở Tài chính", "lead", "bố")]


def test_a_letters_request_before_its_numbered_points_hands_them_to_the_ones_asked() -> None:
    """``…, Sở Y tế đề nghị các đơn vị thực hiện một số nội dung sau:`` + ``1.`` ``2.``: each point is the asked ones'
    (requested), in its own section; a lead-in that asks no one (``… có ý kiến như sau:``) hands nothing."""
    body = (
        "Thực hiện Kế hoạch số 31/KH-UBND ngày 02/3/2025 của UBND tỉnh, Sở Y tế đề nghị các trung tâm y tế thực hiện "
        "một số nội dung sau:\n1. Rà soát danh sách cán bộ, báo cáo về Sở trước ngày 25/3/2025.\n"
        "2. Bố trí kinh phí tổ chức tập huấn."
    )
    doc = parse_text(_LETTER.format(title="tập huấn phòng chống dịch", body=body))
    assert [(o.assignee.raw, o.mode, o.section) for o in doc.obligations] == [
        ("các trung tâm y tế", "requested", "1"),
        ("các trung tâm y tế", "requested", "2"),
    ]
    unasked = body.replace(
        "Sở Y tế đề nghị các trung tâm y tế thực hiện một số nội dung sau", "Sở Y tế có ý kiến như sau"
    )
    assert parse_text(_LETTER.format(title="tập huấn phòng chống dịch", body=unasked)).obligations == []


def test_a_letters_addressee_line_and_its_appendix_leave_its_body_read() -> None:
    """An addressee printed on its own line under ``Kính gửi:`` (no dash) is no heading over the body, and a numbered
    appendix after the signature does not make the letter's unnumbered body unread."""
    text = (
        "BỘ TÀI CHÍNH\nCỤC HẢI QUAN\nSố: 88/CHQ-GSQL\nV/v triển khai quy trình mới\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 02 tháng 6 năm 2025\n"
        "Kính gửi:\nChi cục Hải quan khu vực I, II, III.\n"
        "Để bảo đảm thông quan từ ngày 01/7/2025, đề nghị các Chi cục Hải quan khu vực khẩn trương rà soát quy trình.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nĐào Văn Minh\n"
        "PHỤ LỤC\n1. Danh mục hồ sơ.\n2. Mẫu báo cáo.\n"
    )
    doc = parse_text(text)
    assert [(o.assignee.raw, o.mode) for o in doc.obligations] == [("các Chi cục Hải quan khu vực", "requested")]
