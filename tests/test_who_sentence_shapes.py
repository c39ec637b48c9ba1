"""A sentence under ``Phân công thực hiện`` / ``Cách thức tổ chức`` that only says who carries out the activities
listed above it (issue 52, twenty-third twins of T3): the partners' clause after a ``;`` with the deadline after its
comma (``X chủ trì; Y và Z phối hợp tổ chức thực hiện, hoàn thành trong Quý III/2026``), and a partner with its
executing sub-unit in brackets right before the generic verb (``…, Bệnh viện Y học cổ truyền tỉnh (Khoa Châm cứu) tổ
chức thực hiện``, decision 17)."""

from __future__ import annotations

import regex
from test_rules import HEADER

from vbparse import parse

ACTIVITIES = (
    "3. Phát triển cây dược liệu dưới tán rừng\n"
    "a) Nội dung hoạt động\n"
    "(1) Tập huấn kỹ thuật trồng sâm cho 200 hộ đồng bào.\n"
    "(2) Xây dựng vườn ươm giống dược liệu tại xã Tà Xùa.\n"
)


def _got(body: str) -> set[tuple[str, str, str, str | None]]:
    """(assignee, role, task without its ``(1)`` mark, deadline) of ``HEADER`` + ``body``."""
    doc = parse(text=HEADER + body)
    return {
        (
            o.assignee.raw,
            o.role,
            regex.sub(r"^\(\d+\)\s*", "", o.task),
            None if o.deadline is None else o.deadline.isoformat(),
        )
        for o in doc.obligations
    }


def test_the_partners_clause_after_a_semicolon_keeps_its_deadline_for_every_activity() -> None:
    got = _got(
        ACTIVITIES + "b) Phân công thực hiện\n"
        "Trung tâm Khuyến nông tỉnh chủ trì; Hội Nông dân tỉnh và Hạt Kiểm lâm huyện phối hợp tổ chức thực hiện, "
        "hoàn thành trong Quý III/2026.\n"
    )
    for task in (
        "Tập huấn kỹ thuật trồng sâm cho 200 hộ đồng bào.",
        "Xây dựng vườn ươm giống dược liệu tại xã Tà Xùa.",
    ):
        assert ("Trung tâm Khuyến nông tỉnh", "lead", task, "2026-09-30") in got, got
        assert ("Hội Nông dân tỉnh", "support", task, "2026-09-30") in got, got
        assert ("Hạt Kiểm lâm huyện", "support", task, "2026-09-30") in got, got
    assert len(got) == 6, got


def test_a_partner_with_its_sub_unit_in_brackets_before_the_generic_verb() -> None:
    got = _got(
        ACTIVITIES + "b) Cách thức tổ chức\n"
        "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Hội Đông y tỉnh, Bệnh viện Y học cổ truyền tỉnh "
        "(Khoa Dược) tổ chức thực hiện.\n"
    )
    task = "Tập huấn kỹ thuật trồng sâm cho 200 hộ đồng bào."
    assert ("Sở Nông nghiệp và Môi trường", "lead", task, None) in got, got
    assert ("Bệnh viện Y học cổ truyền tỉnh (Khoa Dược)", "support", task, None) in got, got
    assert len(got) == 6, got


def test_a_partner_clause_with_a_task_of_its_own_is_no_who_sentence() -> None:
    # counter-example: the partners do something named (``… phối hợp tuyên truyền …``): a task of theirs
    got = _got(
        ACTIVITIES + "b) Phân công thực hiện\n"
        "Trung tâm Khuyến nông tỉnh chủ trì; Hội Nông dân tỉnh phối hợp tuyên truyền vận động hội viên tham gia.\n"
    )
    assert not any(a == "Hội Nông dân tỉnh" and t.startswith("Tập huấn") for a, _r, t, _d in got), got


def test_the_deadline_right_after_the_generic_verb_without_a_comma_is_the_activities() -> None:
    """Twenty-fifth twin of T3: ``X là cơ quan chủ trì, phối hợp với Y tổ chức thực hiện các hoạt động trên trong năm
    2053``: the time closes the who-sentence, no comma before it."""
    got = _got(
        ACTIVITIES + "b) Cách thức tổ chức\n"
        "Trung tâm Khuyến nông tỉnh là cơ quan chủ trì, phối hợp với Hội Nông dân tỉnh tổ chức thực hiện các hoạt động "
        "trên trong Quý II/2027.\n"
    )
    task = "Xây dựng vườn ươm giống dược liệu tại xã Tà Xùa."
    assert ("Trung tâm Khuyến nông tỉnh", "lead", task, "2027-06-30") in got, got
    assert ("Hội Nông dân tỉnh", "support", task, "2027-06-30") in got, got
    assert len(got) == 4, got


def test_a_named_activity_after_the_generic_verb_then_a_time_is_a_task_of_its_own() -> None:
    # counter-example: what follows the generic words is no time but the activity itself (``… tuyên truyền …``)
    got = _got(
        ACTIVITIES + "b) Cách thức tổ chức\n"
        "Trung tâm Khuyến nông tỉnh chủ trì tổ chức thực hiện các hoạt động tuyên truyền trong Quý II/2027.\n"
    )
    assert not any(t.startswith("Tập huấn") for _a, _r, t, _d in got), got


def test_partners_after_the_generic_verb_support_every_activity() -> None:
    """Twenty-sixth twin of T3: the partner phrase after the verb (``X chủ trì tổ chức thực hiện, phối hợp chặt chẽ
    với A, B.``)."""
    got = _got(
        ACTIVITIES + "b) Cách thức tổ chức\n"
        "Trung tâm Khuyến nông tỉnh chủ trì tổ chức thực hiện, phối hợp chặt chẽ với Hội Nông dân tỉnh, Hạt Kiểm "
        "lâm huyện.\n"
    )
    for task in (
        "Tập huấn kỹ thuật trồng sâm cho 200 hộ đồng bào.",
        "Xây dựng vườn ươm giống dược liệu tại xã Tà Xùa.",
    ):
        assert ("Trung tâm Khuyến nông tỉnh", "lead", task, None) in got, got
        assert ("Hội Nông dân tỉnh", "support", task, None) in got, got
        assert ("Hạt Kiểm lâm huyện", "support", task, None) in got, got
    assert len(got) == 6, got


def test_lead_and_partner_each_with_their_own_role_after_a_comma() -> None:
    """Twenty-sixth twin of T3: ``Các hoạt động nêu tại điểm a do X chủ trì, Y phối hợp thực hiện.`` (a passive, the
    partner's role after a comma, not a semicolon), and the active ``X chủ trì, Y phối hợp, hoàn thành …``."""
    for sentence, deadline in (
        (
            "Các hoạt động nêu tại điểm a do Sở Dân tộc và Tôn giáo chủ trì, Hạt Kiểm lâm huyện phối hợp thực hiện.",
            None,
        ),
        ("Sở Dân tộc và Tôn giáo chủ trì, Hạt Kiểm lâm huyện phối hợp, hoàn thành trong Quý III/2026.", "2026-09-30"),
    ):
        got = _got(ACTIVITIES + "b) Phân công thực hiện\n" + sentence + "\n")
        task = "Xây dựng vườn ươm giống dược liệu tại xã Tà Xùa."
        assert ("Sở Dân tộc và Tôn giáo", "lead", task, deadline) in got, got
        assert ("Hạt Kiểm lâm huyện", "support", task, deadline) in got, got
        assert len(got) == 4, got


def test_a_trailing_partner_clause_with_a_task_of_its_own_is_no_who_sentence() -> None:
    # ``…, phối hợp với A tuyên truyền …`` after the generic verb: a task of the lead's own, the activities keep none
    got = _got(
        ACTIVITIES + "b) Cách thức tổ chức\n"
        "Trung tâm Khuyến nông tỉnh chủ trì tổ chức thực hiện, phối hợp với Hội Nông dân tỉnh tuyên truyền kết quả.\n"
    )
    assert not any(t.startswith("Tập huấn") and a == "Hội Nông dân tỉnh" for a, _r, t, _d in got), got


def test_a_list_of_activities_by_its_name_hands_them_to_the_passive_who_sentence() -> None:
    """Twenty-sixth twin of T3: ``a) Danh mục hoạt động`` (the activities' list by its name, as ``Nội dung hoạt
    động``) over dash items, then the passive who-sentence."""
    got = _got(
        "3. Phát triển cây dược liệu dưới tán rừng\n\na) Danh mục hoạt động\n\n"
        "- Tập huấn kỹ thuật trồng sâm cho 200 hộ đồng bào.\n\n- Xây dựng vườn ươm giống dược liệu tại xã Tà Xùa.\n\n"
        "b) Trách nhiệm chủ trì, phối hợp\n\n"
        "Các hoạt động nêu tại điểm a do Sở Dân tộc và Tôn giáo chủ trì, Hạt Kiểm lâm huyện phối hợp thực hiện.\n"
    )
    for task in (
        "Tập huấn kỹ thuật trồng sâm cho 200 hộ đồng bào.",
        "Xây dựng vườn ươm giống dược liệu tại xã Tà Xùa.",
    ):
        assert ("Sở Dân tộc và Tôn giáo", "lead", task, None) in got, got
        assert ("Hạt Kiểm lâm huyện", "support", task, None) in got, got
    assert len(got) == 4, got


def _each_activity_to(got: set, names: list[tuple[str, str]], deadline: str | None) -> None:
    for task in (
        "Tập huấn kỹ thuật trồng sâm cho 200 hộ đồng bào.",
        "Xây dựng vườn ươm giống dược liệu tại xã Tà Xùa.",
    ):
        for name, role in names:
            assert (name, role, task, deadline) in got, got


def test_a_second_partner_after_a_repeated_voi_is_a_partner_of_every_activity() -> None:
    """``phối hợp với A và với B tổ chức thực hiện``: the preposition said again before the second partner (twenty-eighth
    twins of T3)."""
    got = _got(
        ACTIVITIES + "b) Cách thức tổ chức\n"
        "Trung tâm Khuyến nông tỉnh chủ trì, phối hợp với Hội Nông dân tỉnh và với Ủy ban nhân dân các xã vùng cao tổ "
        "chức thực hiện, hoàn thành trước ngày 30/9/2058.\n"
    )
    _each_activity_to(
        got,
        [
            ("Trung tâm Khuyến nông tỉnh", "lead"),
            ("Hội Nông dân tỉnh", "support"),
            ("Ủy ban nhân dân các xã vùng cao", "support"),
        ],
        "2058-09-30",
    )
    assert len(got) == 6, got


def test_the_issuer_handing_the_activities_over_is_a_who_sentence_of_those_it_names() -> None:
    """``Ủy ban nhân dân tỉnh giao X chủ trì, phối hợp với Y tổ chức thực hiện …``: the issuer as the grammatical
    subject hands the work over; X leads and Y supports each activity (twenty-ninth twins of T3)."""
    got = _got(
        ACTIVITIES + "b) Phân công thực hiện\n"
        "Ủy ban nhân dân tỉnh giao Trung tâm Khuyến nông tỉnh chủ trì, phối hợp với Hội Nông dân tỉnh tổ chức thực "
        "hiện, hoàn thành trước ngày 30/9/2058.\n"
    )
    _each_activity_to(got, [("Trung tâm Khuyến nông tỉnh", "lead"), ("Hội Nông dân tỉnh", "support")], "2058-09-30")
    assert len(got) == 4, got


def test_a_passive_who_sentence_keeps_the_lead_s_sub_unit_in_brackets() -> None:
    """``X (sub-unit) được giao chủ trì triển khai các nội dung trên``: the sub-unit in brackets stays in the lead's
    name (decision 17; twenty-ninth twins of T3)."""
    got = _got(
        ACTIVITIES + "b) Cách thức tổ chức\n"
        "Sở Nông nghiệp và Môi trường (Chi cục Kiểm lâm) được giao chủ trì triển khai các nội dung trên, bảo đảm hoàn "
        "thành trước ngày 30/9/2058.\n"
    )
    _each_activity_to(got, [("Sở Nông nghiệp và Môi trường (Chi cục Kiểm lâm)", "lead")], "2058-09-30")
    assert len(got) == 2, got


def test_dash_activities_under_a_stage_label_take_the_who_sentence_s_deadline() -> None:
    """``a) Các hoạt động chuẩn bị`` over dash items, then ``b) Phân công thực hiện`` / ``X chủ trì, phối hợp với Y tổ
    chức thực hiện các hoạt động nêu tại điểm a, hoàn thành trước ngày …``: the label names the activities by their
    stage, and the who-sentence under a label heading keeps its deadline for each (twenty-ninth twins of T3)."""
    got = _got(
        "3. Công tác chuẩn bị điều tra\n\na) Các hoạt động chuẩn bị\n\n- Lập bảng kê hộ nông thôn;\n\n"
        "- Tuyển chọn điều tra viên.\n\nb) Phân công thực hiện\n\nThống kê tỉnh chủ trì, phối hợp với Sở Tài chính tổ "
        "chức thực hiện các hoạt động nêu tại điểm a, hoàn thành trước ngày 15/12/2058.\n"
    )
    assert got == {
        ("Thống kê tỉnh", "lead", "Lập bảng kê hộ nông thôn", "2058-12-15"),
        ("Sở Tài chính", "support", "Lập bảng kê hộ nông thôn", "2058-12-15"),
        ("Thống kê tỉnh", "lead", "Tuyển chọn điều tra viên.", "2058-12-15"),
        ("Sở Tài chính", "support", "Tuyển chọn điều tra viên.", "2058-12-15"),
    }, got
