"""A section that reports what was done (``I. ĐÁNH GIÁ CHUNG``) and ends with a forward lead-in over its items
(``Để tiếp tục …, Ủy ban nhân dân tỉnh cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:``): the items
are tasks of the lead-in's subject (issue 53's city board: a notice's eight items for ``thành phố Đà Nẵng`` under
its general assessment were never read)."""

from __future__ import annotations

from vbparse import parse_text

HEAD = (
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 700/TB-VPCP\nHà Nội, ngày 20 tháng 11 năm 2025\nTHÔNG BÁO\n"
    "Kết luận của Phó Thủ tướng tại buổi làm việc với tỉnh Hòa Bình\n"
    "I. ĐÁNH GIÁ CHUNG\n"
    "Thời gian qua, Tỉnh đã nỗ lực vượt qua khó khăn, khắc phục hậu quả thiên tai.\n"
)
LEAD_IN = (
    "Để tiếp tục vận hành chính quyền địa phương hiệu quả, Ủy ban nhân dân tỉnh Hòa Bình cần tập trung thực hiện "
    "tốt một số nhiệm vụ, giải pháp sau đây:\n"
)
ITEMS = (
    "1. Rà soát, bố trí cán bộ cấp xã phù hợp với năng lực.\n"
    "2. Đẩy mạnh chuyển đổi số trong cơ quan nhà nước.\n"
    "II. VỀ CÁC KIẾN NGHỊ CỦA TỈNH\n"
    "Bộ Nội vụ nghiên cứu đề xuất của Tỉnh.\n"
)
TAIL = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn Văn An\n"


def _tasks(text: str) -> set[tuple[str, str]]:
    return {(o.assignee.raw, o.task[:15]) for o in parse_text(text).obligations}


def test_the_items_of_a_forward_lead_in_ending_a_report_section_are_its_subjects_tasks():
    got = _tasks(HEAD + LEAD_IN + ITEMS + TAIL)
    assert ("Ủy ban nhân dân tỉnh Hòa Bình", "Rà soát, bố trí") in got
    assert ("Ủy ban nhân dân tỉnh Hòa Bình", "Đẩy mạnh chuyển") in got
    assert ("Bộ Nội vụ", "nghiên cứu đề x") in got


def test_a_report_section_without_a_forward_lead_in_gives_no_task():
    """Counter-example: the items report what was done."""
    done = "Kết quả nổi bật Tỉnh đã đạt được như sau:\n"
    got = _tasks(HEAD + done + ITEMS + TAIL)
    assert not any(a.startswith("Ủy ban nhân dân tỉnh") for a, _t in got)


def test_a_province_named_as_the_actor_is_given_its_tasks_as_its_peoples_committee():
    """``…, thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:`` (a notice of
    conclusions addressing a locality): the place written as the actor, read as its People's Committee; a place that
    is no actor (``Thành phố Huế là …``, ``tỉnh Hòa Bình có 10 huyện``) is no subject."""
    lead_in = LEAD_IN.replace("Ủy ban nhân dân tỉnh Hòa Bình", "tỉnh Hòa Bình")
    doc = parse_text(HEAD + lead_in + ITEMS + TAIL)
    got = {(o.assignee.raw, o.assignee.canonical, o.task[:15]) for o in doc.obligations}
    assert ("tỉnh Hòa Bình", "Ủy ban nhân dân tỉnh Hòa Bình", "Rà soát, bố trí") in got
    counter = "II. NHẬN XÉT\nTỉnh Hòa Bình có 10 huyện.\nThành phố Huế là trung tâm văn hóa của cả nước.\n"
    assert not parse_text(HEAD.replace("I. ĐÁNH GIÁ CHUNG\n", counter) + TAIL).obligations
