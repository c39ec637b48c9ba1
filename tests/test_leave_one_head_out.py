"""The leave-one-head-out measurement (scripts/leave_one_head_out.py, issue 52 item 4) on invented plans: a
head word taken out of the lexicon, how much of its obligations the grammar still finds by where the names
stand, and the lexicon put back whole afterwards."""

from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import leave_one_head_out as loho

from vbparse.extract.assignees import name_at, without_heads

PLAN = """ỦY BAN NHÂN DÂN
TỈNH BÌNH AN
Số: 40/KH-UBND
Bình An, ngày 02 tháng 4 năm 2027
KẾ HOẠCH
Phòng chống dịch bệnh gia súc năm 2027
I. MỤC ĐÍCH, YÊU CẦU
1. Chủ động phòng chống dịch bệnh.
II. TỔ CHỨC THỰC HIỆN
1. Chi cục Chăn nuôi và Thú y chủ trì tổ chức tiêm phòng đợt một.
2. Trung tâm Khuyến nông kiểm tra đàn gia súc tại các xã.
3. Giám đốc Ban Quản lý rừng phòng hộ chịu trách nhiệm bố trí lực lượng trực.
"""


def _gold(assignee: str, task: str) -> dict:
    return {"assignee": {"raw": assignee}, "role": "lead", "task": task}


DOCS = [
    loho.GoldDoc(
        "plan",
        PLAN,
        [
            _gold("Chi cục Chăn nuôi và Thú y", "tổ chức tiêm phòng đợt một"),
            _gold("Trung tâm Khuyến nông", "kiểm tra đàn gia súc tại các xã"),
            _gold("Giám đốc Ban Quản lý rừng phòng hộ", "bố trí lực lượng trực"),
        ],
    )
]


def test_heads_carried_by_a_name_and_by_the_body_after_a_post():
    index = loho.HeadIndex(["Chi cục", "Trung tâm", "Giám đốc", "Ban", "Ban Quản lý"])
    assert index.carried("Chi cục Chăn nuôi và Thú y") == {"chi cục"}
    assert index.carried("các Trung tâm y tế") == {"trung tâm"}
    assert index.carried("Giám đốc Ban Quản lý rừng") == {"giám đốc", "ban quản lý"}
    assert index.carried("Hội Nông dân") == set()


def test_a_head_left_out_keeps_the_subjects_that_stand_before_a_role_word_only():
    rows = {r.head: r for r in loho.measure(DOCS, ["Chi cục", "Trung tâm", "Giám đốc"])}
    assert {h: (r.obligations, r.full) for h, r in rows.items()} == {
        "Chi cục": (1, 1),
        "Trung tâm": (1, 1),
        "Giám đốc": (1, 1),
    }
    # ``Chi cục …`` and ``Giám đốc …`` stand before a role word (chủ trì, chịu trách nhiệm): found without their
    # head; ``Trung tâm …`` before a task verb has no post's shape, but the items beside it open with their subjects
    # (the items assign by who: ``subject_items``), so its head is trusted there on the second reading
    assert rows["Chi cục"].kept == 1.0
    assert rows["Giám đốc"].kept == 1.0
    assert rows["Trung tâm"].kept == 1.0


def test_a_head_left_out_loses_a_subject_before_a_task_verb_among_items_that_name_no_one():
    """Counter: ``Trung tâm Khuyến nông kiểm tra …`` among items with no subject: no post's shape, no role word,
    nothing around it saying the items assign by who: lost without its head."""
    plan = PLAN.replace("1. Chi cục Chăn nuôi và Thú y chủ trì tổ chức", "1. Tổ chức").replace(
        "3. Giám đốc Ban Quản lý rừng phòng hộ chịu trách nhiệm bố trí", "3. Bố trí"
    )
    docs = [loho.GoldDoc("plan", plan, [_gold("Trung tâm Khuyến nông", "kiểm tra đàn gia súc tại các xã")])]
    rows = {r.head: r for r in loho.measure(docs, ["Trung tâm"])}
    assert (rows["Trung tâm"].full, rows["Trung tâm"].kept) == (1, 0.0)


def test_the_lexicon_is_whole_again_after_a_head_is_left_out():
    text = "Trung tâm Khuyến nông kiểm tra"
    with without_heads("Trung tâm"):
        assert name_at(text, 0) is None
    assert name_at(text, 0) is not None


def test_a_head_left_out_is_left_out_of_its_plural_in_lower_case_too():
    """``các trung tâm y tế``, ``các đội dân phòng``: the collective's noun in lower case is the head's too; left out of
    the grammar, it is left out there (the measure would otherwise find it by its word list)."""
    from vbparse.extract.name_lexicon import noun_at

    for head, text in (("Trung tâm", "các trung tâm y tế huyện"), ("Đội", "các đội dân phòng")):
        assert noun_at(text, 4) is not None
        with without_heads(head):
            assert noun_at(text, 4) is None, head
        assert noun_at(text, 4) is not None
