"""Heads a document teaches: a head no list knows, seen in the document's own assignees read by where they stand
(``2. Xí nghiệp Thủy nông Đông Sơn`` among assignee headings), is trusted in that document before a task verb
(``Xí nghiệp Thủy nông Bắc Sơn kiểm tra …``), where a noun phrase no list knows is otherwise read only before a role
word or with a post's shape (issue 52: names by where they stand; the leave-one-head-out measure).  The heads below
are invented and in no list of ``tables/bodies.py``."""

from __future__ import annotations

from vbparse import parse_text

HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHÚ\nSố: 9/KH-UBND\nBình Phú, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống hạn năm 2026\n"
)
HEADINGS = (
    "III. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường\n- Chủ trì theo dõi tình hình hạn hán.\n"
    "2. Xí nghiệp Thủy nông Đông Sơn\n- Điều tiết nước tưới cho vụ Đông Xuân.\n"
)


def _leads(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for o in parse_text(HEADER + text).obligations:
        if o.role == "lead":
            out.setdefault(o.assignee.raw, []).append(o.task)
    return out


def test_a_head_the_document_teaches_is_trusted_before_a_task_verb():
    prose = "II. NHIỆM VỤ\n1. Xí nghiệp Thủy nông Bắc Sơn kiểm tra hệ thống kênh mương trước ngày 30/6/2026.\n"
    leads = _leads(prose + HEADINGS)
    assert leads.get("Xí nghiệp Thủy nông Bắc Sơn") == ["kiểm tra hệ thống kênh mương trước ngày 30/6/2026."]
    assert "Xí nghiệp Thủy nông Đông Sơn" in leads


def test_the_same_sentence_without_the_teaching_names_no_one():
    """Counter-example: with no name of that head read by where it stands, the gate holds (``Nền tảng …``, ``Khu
    đô thị …`` before a verb are things).  A name that closes itself by its proper name or level (``Xí nghiệp Thủy
    nông Bắc Sơn``) needs no teaching (``name.unknown_head``, tests/test_unknown_heads.py); one that the verb alone
    ends does."""
    prose = "II. NHIỆM VỤ\n1. Xí nghiệp Thủy nông kiểm tra hệ thống kênh mương trước ngày 30/6/2026.\n"
    assert _leads(prose) == {}
    assert _leads(prose + HEADINGS).get("Xí nghiệp Thủy nông") == ["kiểm tra hệ thống kênh mương trước ngày 30/6/2026."]


def test_a_taught_head_does_not_make_a_thing_of_another_head_a_subject():
    prose = (
        "II. NHIỆM VỤ\n1. Khu đô thị Nam Sơn hoàn thành hệ thống thoát nước trước ngày 30/6/2026.\n"
        "2. Xí nghiệp Thủy nông Bắc Sơn kiểm tra hệ thống kênh mương.\n"
    )
    leads = _leads(prose + HEADINGS)
    assert "Khu đô thị Nam Sơn" not in leads and "Xí nghiệp Thủy nông Bắc Sơn" in leads


def test_a_taught_head_alone_before_a_verb_is_no_name():
    """``Xí nghiệp kiểm tra …`` has no specifier: the head alone names no one body."""
    prose = "II. NHIỆM VỤ\n1. Xí nghiệp kiểm tra hệ thống kênh mương.\n"
    assert "Xí nghiệp" not in _leads(prose + HEADINGS)


def test_a_document_read_after_another_with_the_same_sentence_is_taught_as_alone():
    """Regression: the reading of a sentence is kept between documents; the heads it turned away were noted only when
    it was read afresh, so a plan read after another holding the same sentence lost what its own headings taught."""
    from vbparse.extract.name_run import clear_caches

    prose = "II. NHIỆM VỤ\n1. Xí nghiệp Thủy nông kiểm tra hệ thống kênh mương trước ngày 30/6/2026.\n"
    clear_caches()
    alone = _leads(prose + HEADINGS)
    clear_caches()
    _leads(prose)
    after_another = _leads(prose + HEADINGS)
    assert after_another == alone and "Xí nghiệp Thủy nông" in alone
