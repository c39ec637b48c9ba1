"""A collective whose list goes on after a comma in members no list knows (``Các trạm y tế xã`` + ``, phòng khám đa
khoa khu vực`` + ``tổ chức …``) is one assignee as written up to the task verb, where the sentence gave nothing (the
conventions: a collective as written; issue 52, eighteenth twins of A3 and S2).  Counter-examples: a clause after
the comma (``Các đơn vị, căn cứ chức năng …, triển khai``) and a list the grammar parts (``Các doanh nghiệp vận tải,
doanh nghiệp xăng dầu``)."""

from __future__ import annotations

import pytest
from test_rules import leads as _leads


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "1. Các trạm y tế xã, phòng khám đa khoa khu vực tổ chức tiêm vắc xin sởi cho trẻ.\n",
            "Các trạm y tế xã, phòng khám đa khoa khu vực",
        ),
        (
            "2. Các ngân hàng thương mại, quỹ tín dụng nhân dân công khai lãi suất cho vay.\n",
            "Các ngân hàng thương mại, quỹ tín dụng nhân dân",
        ),
        (
            "3. Các doanh nghiệp nhà nước, nông trường quốc doanh công khai báo cáo tài chính năm.\n",
            "Các doanh nghiệp nhà nước, nông trường quốc doanh",
        ),
    ],
)
def test_members_no_list_knows_after_a_comma_stay_the_collectives(line: str, who: str) -> None:
    got = [a for a, _t in _leads(line)]
    assert got == [who], got


def test_a_clause_after_the_comma_is_no_member() -> None:
    got = _leads("1. Các đơn vị, căn cứ chức năng, nhiệm vụ được giao, triển khai thực hiện kế hoạch.\n")
    assert all(not a.endswith("giao") for a, _t in got), got


def test_a_list_the_grammar_parts_stays_parted() -> None:
    got = [a for a, _t in _leads("1. Các doanh nghiệp vận tải, doanh nghiệp xăng dầu bảo đảm đủ nhiên liệu.\n")]
    assert got == ["Các doanh nghiệp vận tải", "doanh nghiệp xăng dầu"], got


def test_a_places_proper_name_after_a_collectives_place_noun_is_the_collectives() -> None:
    """Nineteenth twin of A3's counter: ``Các ấp, tổ nhân dân tự quản ven sông`` + ``Cái Vồn`` + the verb gave
    nothing (the collective stopped before the river's name)."""
    got = _leads("1. Các thôn, tổ tự quản ven suối Nậm Pàn gia cố bờ kè tạm trước mùa lũ.\n")
    assert [a for a, _t in got] == ["Các thôn, tổ tự quản ven suối Nậm Pàn"], got


def test_a_capitalised_word_after_a_collective_that_names_no_place_is_not_taken() -> None:
    got = _leads("1. Các tổ tự quản Khơi thông dòng chảy trước mùa mưa.\n")
    assert all(a != "Các tổ tự quản Khơi" for a, _t in got), got
