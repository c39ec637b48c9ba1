"""A heading that is a generic head alone (``2. Lực lượng``, ``3. Đơn vị``) names no one: the topic of what follows
(issue 52, twenty-third twin of S7: ``1. Địa bàn`` / ``2. Lực lượng`` / ``3. Trách nhiệm thực hiện``), where the same
head with its name (``Lực lượng dân quân xã``) leads its items."""

from __future__ import annotations

from test_rules import rows


def _got(body: str) -> list[tuple]:
    return rows(body, "assignee", "task")


def test_a_generic_head_alone_as_a_heading_names_no_one() -> None:
    body = (
        "1. Địa bàn\nCác bến đò ngang trên sông Gianh.\n"
        "2. Lực lượng\nTổ công tác liên ngành gồm công an xã, dân quân và cán bộ văn hóa xã.\n"
    )
    assert all(a != "Lực lượng" for a, _t in _got(body)), _got(body)


def test_a_generic_head_with_its_name_leads_its_items() -> None:
    body = "1. Lực lượng dân quân xã\n- Tuần tra các bến đò vào ban đêm.\n"
    assert _got(body) == [("Lực lượng dân quân xã", "Tuần tra các bến đò vào ban đêm.")]
