"""An execution clause's addressees are everything before its predicate, and the plan it issues names their bodies
as the clause does (issue 52, twentieth twins of R1: ``Trưởng phòng Kế hoạch tổng hợp``, ``Trưởng phòng Quản lý và
hỗ trợ doanh nghiệp số 1`` read to a verb inside the name; the clause and the plan's tasks of that body lost)."""

from __future__ import annotations

from test_rules import leads

from vbparse import parse

_DECISION = (
    "SỞ NÔNG NGHIỆP TỈNH HÀ LAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 15/QĐ-SNN\nHà Lam, ngày 02 tháng 3 năm 2041\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch kiểm tra giống cây trồng năm 2041\n\n"
    "GIÁM ĐỐC SỞ NÔNG NGHIỆP\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra giống cây trồng năm 2041.\n\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
    "Điều 3. Chánh Văn phòng, Trưởng phòng Trồng trọt và bảo vệ thực vật, Trưởng Trạm Khuyến nông số 4 chịu trách "
    "nhiệm thi hành Quyết định này./.\n\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nLê Văn Tâm\n\n"
    "KẾ HOẠCH\nKiểm tra giống cây trồng năm 2041\n(Kèm theo Quyết định số 15/QĐ-SNN ngày 02/3/2041)\n\n"
    "I. NHIỆM VỤ\n\n"
    "1. Phòng Trồng trọt và bảo vệ thực vật lấy mẫu giống lúa tại các cửa hàng vật tư nông nghiệp.\n\n"
)


def test_an_execution_clause_s_addressees_are_read_whole_to_its_predicate() -> None:
    names = [a for a, task in leads(_DECISION) if "thi hành" in task]
    assert names == ["Chánh Văn phòng", "Trưởng phòng Trồng trọt và bảo vệ thực vật", "Trưởng Trạm Khuyến nông số 4"]


def test_the_plan_names_a_body_whole_as_its_post_stands_in_the_execution_clause() -> None:
    doc = parse(text=_DECISION)
    got = [(o.assignee.raw, o.task[:12]) for o in doc.obligations if "lấy mẫu" in o.task]
    assert got == [("Phòng Trồng trọt và bảo vệ thực vật", "lấy mẫu giốn")], got


def test_a_sentence_before_the_clause_is_no_list_of_addressees() -> None:
    """Counter-example: a leading clause before the addressee is read by the grammar, not as an addressee."""
    body = "Điều 3. Sau khi kiểm tra, nếu đủ điều kiện thì Sở Y tế chịu trách nhiệm thi hành Quyết định này./.\n"
    assert all("kiểm tra" not in name for name, _t in leads(body))


def test_a_post_no_list_knows_opens_the_clause_by_its_shape() -> None:
    """``Tham mưu trưởng, Chánh Văn phòng …``: a post named by an agent's syllable (``trưởng``) after a verb's words,
    which no list knows, opens the list; the known names after it kept (twenty-first twin of R1, a navy's)."""
    body = (
        "Điều 3. Tham mưu trưởng, Chánh Văn phòng và Chỉ huy trưởng Hải đội 2 chịu trách nhiệm thi hành "
        "Quyết định này./.\n"
    )
    names = [a for a, task in leads(body) if "thi hành" in task]
    want = ["Tham mưu trưởng", "Chánh Văn phòng", "Chỉ huy trưởng Hải đội 2"]
    assert names == want, names


def test_a_phrase_of_no_agents_shape_does_not_open_the_clause() -> None:
    """Counter-example: ``Việc kiểm tra, Chánh Văn phòng …``: a noun phrase with no agent's shape is no addressee."""
    body = "Điều 3. Việc kiểm tra, Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.\n"
    assert all(not name.startswith("Việc") for name, _t in leads(body))
