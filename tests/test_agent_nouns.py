"""A verb then ``viên`` is an agent's noun, no verb (``báo cáo viên``, ``tuyên truyền viên``, ``kiểm soát viên``): a
partner ``đội ngũ tuyên truyền viên pháp luật cấp xã`` is read whole, not ``đội ngũ`` + a verb (issue 52, twentieth
twin of L1).  ``viên chức`` is a noun of its own: ``tuyên truyền`` before it is the verb."""

from __future__ import annotations

from test_rules import HEADER

from vbparse import parse


def _roles(body: str) -> list[tuple[str, str]]:
    return [(o.assignee.raw, o.role) for o in parse(text=HEADER + body).obligations]


def test_a_verb_then_vien_is_an_agent_noun_in_a_partner_s_name() -> None:
    body = (
        "1. Sở Tư pháp chủ trì, phối hợp với các tổ hòa giải và đội ngũ tuyên truyền viên pháp luật cấp xã tổ chức "
        "tư vấn pháp luật cho người dân.\n"
    )
    assert _roles(body) == [
        ("Sở Tư pháp", "lead"),
        ("các tổ hòa giải", "support"),
        ("đội ngũ tuyên truyền viên pháp luật cấp xã", "support"),
    ]


def test_vien_chuc_after_a_verb_is_its_object() -> None:
    """Counter-example: ``… tuyên truyền viên chức về pháp luật``: ``viên chức`` is what the verb works on."""
    body = "1. Sở Tư pháp chủ trì, phối hợp với các tổ hòa giải tuyên truyền viên chức về pháp luật.\n"
    assert _roles(body) == [("Sở Tư pháp", "lead"), ("các tổ hòa giải", "support")]
