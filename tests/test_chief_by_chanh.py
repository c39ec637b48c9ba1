"""``Chánh`` heads a post whatever office follows (``Chánh tòa Tòa Dân sự``, ``Chánh Thanh tra``; issue 52,
twenty-third twin of R1), as ``Trưởng`` does: after a comma in an execution clause it begins the next addressee, not
a second field of the name before it."""

from __future__ import annotations

from test_rules import HEADER

from vbparse import parse


def test_a_chief_by_chanh_after_a_comma_is_the_next_addressee() -> None:
    body = (
        "Điều 3. Chánh Văn phòng, Trưởng phòng Tổ chức và cán bộ, Chánh tòa Tòa Hành chính chịu trách nhiệm thi "
        "hành Quyết định này.\n"
    )
    got = [o.assignee.raw for o in parse(text=HEADER + body).obligations]
    assert got == ["Chánh Văn phòng", "Trưởng phòng Tổ chức và cán bộ", "Chánh tòa Tòa Hành chính"], got
