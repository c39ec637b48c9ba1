"""Names read where they stand when no list knows their head (issue 52, item 4: the leave-one-head-out measure's
last heads below 0.9, each a class with invented examples): a committee's verb closed by a colon, the line's end or
a clause of when (``Đối với Tổ thẩm tra:``); the members a heading lists after its known names, the last in lower
case (``…, Nhà Văn hóa trung tâm và hệ thống truyền thanh cơ sở:``); an abbreviation as a list's member (``Đảng ủy,
BQLCT và các đoàn thể …``) and the grounds a list acts on before its verb (``… căn cứ hướng dẫn tổ chức …``)."""

from __future__ import annotations

import pytest
from test_rules import leads


def _names(body: str) -> list[str]:
    return [a for a, _t in leads(body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("1. Đối với Tổ thẩm tra: Các thành viên Tổ chuẩn bị hồ sơ, tài liệu trước ngày 15/3/2025.\n", ["Tổ thẩm tra"]),
        ("2. Ban thẩm định\n- Thẩm định hồ sơ đề nghị công nhận.\n", ["Ban thẩm định"]),
        (
            "2. Đội khảo sát trong quá trình khảo sát nếu phát hiện sạt lở thì báo cáo Giám đốc Sở.\n",
            ["Đội khảo sát"],
        ),
    ],
)
def test_a_committee_s_verb_with_no_object_before_a_colon_a_line_end_or_a_clause_of_when_is_its_name(
    body: str, expected: list[str]
) -> None:
    assert _names(body) == expected


def test_a_committee_s_verb_with_its_object_first_is_the_sentence_s() -> None:
    """Counter-example: ``Tổ kiểm tra các hộ trong quá trình …``: the object comes first, the verb is the task's."""
    assert "Tổ kiểm tra" not in _names("2. Tổ kiểm tra các hộ trong quá trình sản xuất và báo cáo kết quả.\n")


def test_a_heading_s_members_no_list_knows_after_its_known_names_are_each_a_name() -> None:
    body = (
        "9. Sở Y tế, Nhà Văn hóa trung tâm và hệ thống truyền thanh cơ sở:\n- Tăng cường tuyên truyền về phòng bệnh.\n"
    )
    assert _names(body) == ["Sở Y tế", "Nhà Văn hóa trung tâm", "hệ thống truyền thanh cơ sở"]


def test_a_heading_s_last_name_with_va_before_lower_case_stays_one_name() -> None:
    """Counter-example: a name written in sentence case goes on after ``và`` (``Trung tâm Văn hóa và thể thao``)."""
    body = "9. Sở Y tế, Trung tâm Văn hóa và thể thao huyện:\n- Tăng cường tuyên truyền về phòng bệnh.\n"
    assert _names(body) == ["Sở Y tế", "Trung tâm Văn hóa và thể thao huyện"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "- Đảng ủy, BQLCT và các đoàn thể thảo luận, thống nhất ban hành Nghị quyết.\n",
            ["Đảng ủy", "BQLCT", "các đoàn thể"],
        ),
        (
            "- Hội Nông dân, HTXDV và các đoàn thể căn cứ hướng dẫn tổ chức bình xét thi đua.\n",
            ["Hội Nông dân", "HTXDV", "các đoàn thể"],
        ),
    ],
)
def test_an_abbreviation_no_list_knows_is_a_member_of_its_list_not_the_name_before(
    body: str, expected: list[str]
) -> None:
    assert _names(body) == expected


def test_a_list_acting_on_grounds_before_its_verb_stands() -> None:
    body = "- Hội Nông dân, Nhà Văn hóa Tân Lập và các đoàn thể căn cứ hướng dẫn tổ chức bình xét thi đua.\n"
    assert _names(body) == ["Hội Nông dân", "Nhà Văn hóa Tân Lập", "các đoàn thể"]


def test_items_labelled_with_a_number_and_a_hyphen_are_items() -> None:
    """``1- Công an phường …`` / ``2- Phòng Kinh tế …`` on consecutive lines with no stop: three items, each its own
    subject (issue 52, twentieth twin of WRAP's counter-example: they were read as one run-on heading)."""
    body = (
        "1- Công an phường kiểm tra việc sử dụng loa kéo gây ồn sau 22 giờ\n"
        "2- Trạm Y tế phường tuyên truyền về tác hại của tiếng ồn\n"
        "3- Tổ trưởng các tổ dân phố tiếp nhận phản ánh của người dân.\n"
    )
    assert _names(body) == ["Công an phường", "Trạm Y tế phường", "Tổ trưởng các tổ dân phố"]


def test_a_clause_of_what_else_they_do_set_between_commas_leaves_the_subjects_their_verb() -> None:
    """``Giao A, B, ngoài các nhiệm vụ …, hướng dẫn …`` (issue 52, twentieth twin of A4): the clause of what else they
    do opens with ``ngoài`` or ``bên cạnh``; each subject gets the verb after it."""
    body = (
        "2. Giao Sở Y tế, Trung tâm Kiểm soát bệnh tật tỉnh, ngoài các nhiệm vụ chuyên môn thường xuyên, "
        "hướng dẫn các trạm y tế xã lập sổ theo dõi bệnh nhân lao.\n"
    )
    assert _names(body) == ["Sở Y tế", "Trung tâm Kiểm soát bệnh tật tỉnh"]


def test_an_adverb_that_closes_a_name_in_a_who_field_keeps_the_list_s_later_names() -> None:
    """``- Trách nhiệm thực hiện: Phòng Giáo dục thường xuyên, Phòng Giáo dục mầm non và …`` (issue 52, twentieth twin
    of S7): ``thường xuyên`` before the next name is the first name's words, no predicate; each name a lead."""
    body = (
        "2. Xây dựng mô hình học tập suốt đời tại các thôn, bản\n"
        "- Thời gian: Năm 2041.\n"
        "- Trách nhiệm thực hiện: Trung tâm Giáo dục thường xuyên, Phòng Văn hóa và Ủy ban nhân dân các xã.\n"
    )
    assert _names(body) == ["Trung tâm Giáo dục thường xuyên", "Phòng Văn hóa", "Ủy ban nhân dân các xã"]


def test_an_adverb_before_another_adverb_still_opens_a_predicate() -> None:
    """Counter-example: ``chủ động, tích cực …`` after a subject is its predicate's manner."""
    body = "3. Hội Nông dân tỉnh chủ động, tích cực vận động hội viên tham gia mô hình.\n"
    assert _names(body) == ["Hội Nông dân tỉnh"]


def test_a_post_over_the_event_it_serves_is_an_agent() -> None:
    """``Chủ tọa hội nghị điều hành …`` where no list knows ``Chủ tọa``: two words and an event's noun after them are a
    post of that event, the subject of the verb after it (the leave-one-head-out measure's ``Thư ký hội nghị``)."""
    assert _names("3.2. Chủ tọa hội nghị điều hành phần thảo luận của cử tri.\n") == ["Chủ tọa hội nghị"]


def test_a_thing_of_an_event_is_no_agent() -> None:
    """Counter-example: ``Báo cáo hội nghị gửi về …``: what the event makes, no one who acts."""
    assert _names("3.2. Báo cáo hội nghị gửi về Ủy ban nhân dân tỉnh.\n") == []


def test_an_abbreviation_opening_a_list_after_doi_voi_is_a_member() -> None:
    """``Đối với HTXDV và các đoàn thể … căn cứ … tổ chức …``: an abbreviation no list knows opens a list whose next
    member is known, each a lead (the leave-one-head-out measure's ``Đối với MTTQ và các đoàn thể …``)."""
    body = "1. Đối với HTXDV và các đoàn thể căn cứ hướng dẫn tổ chức bình xét, đề nghị khen thưởng.\n"
    assert _names(body) == ["HTXDV", "các đoàn thể"]


def test_an_abbreviation_of_a_thing_after_doi_voi_names_no_one() -> None:
    """Counter-example: ``Đối với COVID và các bệnh truyền nhiễm khác, …``: no known name follows the abbreviation."""
    assert _names("1. Đối với COVID và các bệnh truyền nhiễm khác, tăng cường giám sát.\n") == []
