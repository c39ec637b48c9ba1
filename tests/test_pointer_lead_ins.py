"""A lead-in that only points at what assigns below it (``Nhiệm vụ của các cơ quan, đơn vị được phân công như sau:``
over a task table; ``Các đơn vị được giao cụ thể tại Phụ lục kèm theo.``) is no task of the collective it names: the
rows assign.  A passive that goes on with a duty (``Sở Y tế được giao chủ trì …``) stays a task (third twins of R2 and
TAB-CAPTION: the collective was given the lead-in's words and the table's text as a task)."""

from __future__ import annotations

import pytest

from vbparse import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN\nHUYỆN KIM SƠN\nSố: 77/KH-UBND\nKim Sơn, ngày 02 tháng 3 năm 2027\nKẾ HOẠCH\n"
    "Phòng, chống bệnh dại trên địa bàn huyện năm 2027\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nGiảm số ca mắc bệnh dại trên người.\nII. TỔ CHỨC THỰC HIỆN\n"
)
TABLE = (
    "\n| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n| --- | --- | --- | --- | --- |\n"
    "| 1 | Tiêm vắc xin dại cho đàn chó, mèo | Trạm Chăn nuôi và Thú y huyện | Ủy ban nhân dân các xã | Tháng 4/2027 |\n"
    "| 2 | Giám sát ca bệnh nghi dại | Trung tâm Y tế huyện | | Quý II/2027 |\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Khang\n"


def _leads(text: str) -> set[str]:
    return {o.assignee.raw for o in parse_text(text).obligations if o.role == "lead"}


@pytest.mark.parametrize(
    "lead_in",
    [
        "Nhiệm vụ của các cơ quan, đơn vị được phân công như sau:",
        "Các phòng, ban, đơn vị được giao nhiệm vụ cụ thể như sau:",
        "Nhiệm vụ cụ thể của các đơn vị được phân công tại bảng sau:",
    ],
)
def test_a_lead_in_pointing_at_the_table_gives_no_task_to_the_collective_it_names(lead_in: str) -> None:
    leads = _leads(HEAD + lead_in + "\n" + TABLE + TAIL)
    assert leads == {"Trạm Chăn nuôi và Thú y huyện", "Trung tâm Y tế huyện"}


def test_a_passive_assignment_that_goes_on_with_a_duty_stays_a_task() -> None:
    """Counter-example: ``được giao`` + what to do is the subject's task."""
    text = HEAD + "Trung tâm Y tế huyện được giao chủ trì giám sát ca bệnh nghi dại.\n" + TAIL
    got = {(o.assignee.raw, o.task) for o in parse_text(text).obligations}
    assert any(a == "Trung tâm Y tế huyện" and "giám sát ca bệnh" in t for a, t in got)
