"""A collective of the economy's actors named for its trade or service (``Các cơ sở`` + ``nuôi dưỡng trẻ mồ côi
ngoài công lập``, ``Các doanh nghiệp`` + ``sản xuất, kinh doanh phân bón``) is read whole before the sentence's task
verb, though the trade's verb is a verb everywhere else, and a collective's name closes at whose its members are
(``ngoài công lập``, ``tư thục``) (issue 52, eighteenth and nineteenth twins of A1: ``Các cơ sở chăm sóc …
ngoài công lập lắp đặt …`` was ``Các cơ sở`` + a task ``chăm sóc …``).  Counter-examples: a verb of control after the
head (``Các cơ sở kiểm tra định kỳ …``), a trade with no task verb after its object, and a unit of the state (``Các
đơn vị tổ chức hội nghị …``) are the sentence's verbs."""

from __future__ import annotations

import pytest
from test_rules import leads as _leads


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "1. Các cơ sở nuôi dưỡng trẻ mồ côi ngoài công lập bố trí nhân viên trực đêm.\n",
            "Các cơ sở nuôi dưỡng trẻ mồ côi ngoài công lập",
        ),
        (
            "2. Các doanh nghiệp sản xuất, kinh doanh phân bón niêm yết giá bán tại cửa hàng.\n",
            "Các doanh nghiệp sản xuất, kinh doanh phân bón",
        ),
        (
            "3. Các cơ sở khám bệnh, chữa bệnh tư nhân báo cáo số ca mắc tay chân miệng.\n",
            "Các cơ sở khám bệnh, chữa bệnh tư nhân",
        ),
        (
            "4. Các doanh nghiệp vận chuyển hành khách bằng đường thủy trang bị áo phao cho khách.\n",
            "Các doanh nghiệp vận chuyển hành khách bằng đường thủy",
        ),
        (
            "6. Các cơ sở sửa chữa tàu cá tư nhân lắp đặt bình chữa cháy tại xưởng.\n",
            "Các cơ sở sửa chữa tàu cá tư nhân",
        ),
        (
            "5. Các hợp tác xã chăn nuôi bò sữa chủ trì tổ chức lớp tập huấn cho xã viên.\n",
            "Các hợp tác xã chăn nuôi bò sữa",
        ),
    ],
)
def test_a_collective_named_for_its_trade_is_read_to_the_task_verb(line: str, who: str) -> None:
    got = [a for a, _t in _leads(line)]
    assert got == [who], got


def test_a_verb_of_control_after_the_head_is_the_sentences_verb() -> None:
    got = _leads("1. Các cơ sở kiểm tra định kỳ hệ thống chống sét của kho hàng.\n")
    assert [a for a, _t in got] == ["Các cơ sở"], got


def test_a_trade_with_no_task_verb_after_it_is_the_task() -> None:
    got = _leads("1. Các doanh nghiệp cung cấp đầy đủ hồ sơ cho đoàn thẩm định.\n")
    assert [a for a, _t in got] == ["Các doanh nghiệp"], got


def test_a_trade_alone_before_the_task_verb_stays_the_collectives_word() -> None:
    got = _leads("1. Các cơ sở chăn nuôi thực hiện tiêu độc khử trùng chuồng trại.\n")
    assert got == [("Các cơ sở chăn nuôi", "thực hiện tiêu độc khử trùng chuồng trại.")], got


def test_a_unit_of_the_state_is_named_for_no_trade() -> None:
    got = _leads("1. Các đơn vị cung cấp số liệu tổng hợp báo cáo Sở Tài chính.\n")
    assert [a for a, _t in got] == ["Các đơn vị"], got


def test_the_trade_ends_where_the_task_verb_with_its_object_begins() -> None:
    from vbparse.extract.name_trades import named_for_trade

    text = "Các cơ sở sơ chế rau quả xuất khẩu lắp đặt camera."
    q = text.index("sơ chế")
    assert named_for_trade(text, q) == text.index(" lắp đặt")
    assert named_for_trade(text, text.index("rau")) is None  # (no trade's verb there)


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "1. Các đơn vị đăng kiểm tàu cá ngoài công lập nộp danh sách đăng kiểm viên.\n",
            "Các đơn vị đăng kiểm tàu cá ngoài công lập",
        ),
        (
            "2. Các đơn vị đào tạo lái xe tư thục gửi kế hoạch sát hạch về Sở.\n",
            "Các đơn vị đào tạo lái xe tư thục",
        ),
    ],
)
def test_whose_its_members_are_closes_a_collectives_name_before_any_verb(line: str, who: str) -> None:
    """Nineteenth twin of A1: ``ngoài công lập`` closes the name, though no list knows the verb after it (``nộp``)."""
    got = [a for a, _t in _leads(line)]
    assert got == [who], got


def test_a_task_verb_after_the_head_keeps_an_owned_object_the_tasks() -> None:
    got = _leads("1. Các đơn vị rà soát các trường ngoài công lập nộp báo cáo.\n")
    assert [a for a, _t in got] == ["Các đơn vị"], got


@pytest.mark.parametrize(
    ("line", "who"),
    [
        # twenty-first twin of A1: the services of testing and inspection a collective is named for
        (
            "1. Các trung tâm kiểm định xe cơ giới tư nhân báo cáo số liệu hằng tháng.\n",
            "Các trung tâm kiểm định xe cơ giới tư nhân",
        ),
        # whose, by its owner's kind after ``của``
        ("2. Các khoa dược của bệnh viện tư nhân rà soát danh mục thuốc.\n", "Các khoa dược của bệnh viện tư nhân"),
    ],
)
def test_a_collective_named_for_a_service_of_testing_or_by_its_owners_kind_is_read_whole(line: str, who: str) -> None:
    assert [a for a, _t in _leads(line)] == [who]


def test_of_a_level_is_not_whose_kind() -> None:
    """Counter-example: ``của tỉnh`` names no owner's kind: ``Các đơn vị`` and its task as before."""
    assert [a for a, _t in _leads("1. Các đơn vị của tỉnh rà soát danh mục thuốc.\n")] != [
        "Các đơn vị của tỉnh rà soát"
    ]


def test_a_collective_of_four_syllables_runs_on_to_whose_it_is_past_a_verb_inside_its_object() -> None:
    """Twenty-sixth twin of A1: ``Các cơ sở đào tạo`` (a collective's noun of four syllables) + ``nghiệp vụ hướng dẫn
    du lịch`` + ``ngoài công lập`` + ``đăng tải …``: the trade's object holds a task verb (``hướng dẫn``), whose its
    members are closes the name, the longer reading; a determiner inside (``hướng dẫn các trường …``) keeps the verb
    the sentence's."""
    got = _leads(
        "1. Các cơ sở đào tạo nghiệp vụ hướng dẫn du lịch ngoài công lập đăng tải danh sách học viên.\n\n"
        "2. Các cơ sở đào tạo hướng dẫn các trường ngoài công lập lập kế hoạch.\n"
    )
    assert got[0] == ("Các cơ sở đào tạo nghiệp vụ hướng dẫn du lịch ngoài công lập", "đăng tải danh sách học viên."), (
        got
    )
    assert got[1][0] == "Các cơ sở đào tạo", got
