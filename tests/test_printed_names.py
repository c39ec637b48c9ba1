"""A name the document prints whole ends the same name where a verb no list knows follows it (issue 52: the blind
twins' largest class was a verb no list knew after a name, ``Phòng Kỹ thuật - Dữ liệu quét, số hóa …``, which read
as one long name and gave no task).  Counter-examples: a name printed nowhere else is not cut; a name in sentence
case (one capital after its head) may go on in lower case; a place level after the printed name is the name's."""

from __future__ import annotations

from vbparse import parse_text
from vbparse.extract.assignees import NameSpan
from vbparse.extract.printed_names import PRINTED_NAMES, _shows_its_end, cut_at_printed

HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 18/KH-UBND\nTân Lập, ngày 02 tháng 4 năm 2031\nKẾ HOẠCH\n"
    "Bảo đảm nước sạch mùa khô năm 2031\nII. TỔ CHỨC THỰC HIỆN\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHà Văn Tâm\n"
#: ``tẩy cặn`` (to descale) is a verb no list knows
RUN_ON = "1. Tổ Kỹ thuật - Vận hành tẩy cặn bể chứa nước sạch ở các trạm bơm.\n"


def _leads(body: str) -> list[tuple[str, str]]:
    return [(o.assignee.raw, o.task) for o in parse_text(HEAD + body + TAIL).obligations if o.role == "lead"]


def test_a_name_printed_as_a_partner_ends_the_same_name_before_an_unknown_verb() -> None:
    body = RUN_ON + "2. Hợp tác xã Dịch vụ nước sạch chủ trì, phối hợp với Tổ Kỹ thuật - Vận hành kiểm tra đồng hồ.\n"
    assert ("Tổ Kỹ thuật - Vận hành", "tẩy cặn bể chứa nước sạch ở các trạm bơm.") in _leads(body)


def test_a_name_printed_in_a_tables_who_cell_ends_it_too() -> None:
    table = (
        "\n| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n| --- | --- | --- | --- |\n"
        "| 1 | Kiểm tra đồng hồ nước | Tổ Kỹ thuật - Vận hành | Tháng 5/2031 |\n"
    )
    assert ("Tổ Kỹ thuật - Vận hành", "tẩy cặn bể chứa nước sạch ở các trạm bơm.") in _leads(RUN_ON + table)


def test_a_name_printed_nowhere_else_is_not_cut() -> None:
    assert _leads(RUN_ON) == []


def test_only_a_single_name_that_shows_its_end_is_learned() -> None:
    assert _shows_its_end("Tổ Kỹ thuật - Vận hành")
    assert _shows_its_end("Bộ trưởng Bộ Quốc phòng")
    assert not _shows_its_end("Vụ Kiểm sát")  # (``Vụ Kiểm sát giam giữ …``: the field may go on in lower case)
    assert _shows_its_end("Ban Chương trình tiếng dân tộc")
    assert not _shows_its_end("Các Sở Ngành")
    assert not _shows_its_end("Doanh nghiệp")


def test_a_place_level_after_the_printed_name_stays_the_names() -> None:
    """``cut_at_printed`` on a name read whole to its unknown verb: a level after the printed name is the name's."""
    sentence = "Tổ Kỹ thuật - Vận hành huyện tẩy cặn bể chứa"
    spans = [NameSpan(0, len("Tổ Kỹ thuật - Vận hành huyện tẩy cặn"), "body")]
    token = PRINTED_NAMES.set(frozenset({"Tổ Kỹ thuật - Vận hành"}))
    try:
        assert cut_at_printed(sentence, spans) is None
        cut = cut_at_printed("Tổ Kỹ thuật - Vận hành tẩy cặn bể chứa", [NameSpan(0, 29, "body")])
        assert cut is not None and cut[-1].end == len("Tổ Kỹ thuật - Vận hành")
    finally:
        PRINTED_NAMES.reset(token)


def test_the_body_a_post_is_of_is_printed_by_the_post() -> None:
    """A decision's execution clause names the heads of its units (``Trưởng ban Biên tập chương trình thiếu nhi``), the
    plan it issues the units (``Ban Biên tập chương trình thiếu nhi`` + a verb no list knows): the post prints the
    unit's name, in sentence case with its words in lower case, and ends it."""
    body = (
        "1. Ban Biên tập chương trình thiếu nhi dựng 24 số phát sóng về an toàn giao thông.\n"
        "2. Trưởng ban Biên tập chương trình thiếu nhi chịu trách nhiệm báo cáo tiến độ hằng tháng.\n"
    )
    assert ("Ban Biên tập chương trình thiếu nhi", "dựng 24 số phát sóng về an toàn giao thông.") in _leads(body)


def test_a_name_that_ran_on_to_its_deadline_is_cut_where_it_is_printed() -> None:
    """The unknown verb's sentence has a deadline: the long name reads up to ``trước ngày``, which reads as its
    predicate, so that the task was the deadline alone and the name held the work."""
    body = (
        "1. Tổ Kỹ thuật - Vận hành tẩy cặn bể chứa nước sạch trước ngày 30/6/2031.\n"
        "2. Hợp tác xã Dịch vụ nước sạch chủ trì, phối hợp với Tổ Kỹ thuật - Vận hành kiểm tra đồng hồ.\n"
    )
    got = _leads(body)
    assert ("Tổ Kỹ thuật - Vận hành", "tẩy cặn bể chứa nước sạch trước ngày 30/6/2031.") in got, got


def test_a_whole_name_before_its_deadline_is_not_cut() -> None:
    """Counter-example: a name read whole before its deadline and its verb keeps its words."""
    body = (
        "1. Tổ Kỹ thuật - Vận hành khu vực Bắc trước ngày 30/6/2031 kiểm tra đồng hồ nước.\n"
        "2. Hợp tác xã Dịch vụ nước sạch chủ trì, phối hợp với Tổ Kỹ thuật - Vận hành kiểm tra van xả.\n"
    )
    assert not any(task.startswith("khu vực") for _who, task in _leads(body))
