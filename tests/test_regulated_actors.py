"""A body that requires or assigns something of the actors it regulates (``Sở Xây dựng yêu cầu các chủ đầu tư che
chắn công trình …``, ``phân công các hộ luân phiên …``) is given that as its own task; the actors are given nothing by
it (decision 15, as ``đề nghị X`` inside another body's task; issue 52, eighteenth twin of R1 and nineteenth twins of
HEADING-UNIT and S2).  Counter-examples: a body's own people asked (``yêu cầu các đồng chí trong Ban …``, a goldset's
reading) and any body given a task by ``giao`` lead it."""

from __future__ import annotations

from test_rules import leads as _leads


def test_requiring_regulated_actors_is_the_requiring_bodys_task() -> None:
    got = _leads("1. Sở Xây dựng yêu cầu các nhà thầu lắp lưới chắn bụi tại các công trình cao tầng.\n")
    assert got == [("Sở Xây dựng", "yêu cầu các nhà thầu lắp lưới chắn bụi tại các công trình cao tầng.")], got


def test_assigning_households_in_turns_is_the_chiefs_task() -> None:
    got = _leads("**3. Trưởng thôn Khe Mát:**\n- Phân công các hộ gia đình luân phiên quét dọn nhà văn hóa thôn.\n")
    assert [a for a, _t in got] == ["Trưởng thôn Khe Mát"], got


def test_a_bodys_own_people_asked_lead_the_task() -> None:
    got = _leads("1. Ban Thường trực yêu cầu các đồng chí trong Ban Thường trực triển khai nghiêm túc kế hoạch này.\n")
    assert [a for a, _t in got] == ["các đồng chí trong Ban Thường trực"], got


def test_a_body_given_a_task_leads_it() -> None:
    got = _leads("1. Chủ tịch UBND tỉnh giao Sở Xây dựng kiểm tra các công trình cao tầng.\n")
    assert [a for a, _t in got] == ["Sở Xây dựng"], got
