"""Partners in lower case after ``phối hợp … với`` (issue 52, twenty-sixth twins of L1): a cooperation along what
(``phối hợp theo từng tuyến thu gom với``), a collective of branches (``các chi nhánh …``), and which members by what
they are engaged in (``đang hoạt động trên địa bàn huyện``, ``đang sinh sống``: an aspect before a verb of a state,
not the sentence's tense).  A verb of a task after ``đang`` is the predicate's."""

from __future__ import annotations

from test_rules import leads, rows


def test_three_lower_case_partners_after_chu_tri_each_support() -> None:
    got = rows(
        "1. Phòng Kinh tế chủ trì, phối hợp với các chi nhánh doanh nghiệp bảo hiểm đang hoạt động trên địa bàn"
        " huyện, những tổ vay vốn ở thôn, buôn và người đứng đầu các hợp tác xã chăn nuôi bò sữa tổ chức 12 buổi"
        " đối thoại, hoàn thành trong Quý II/2055.\n",
        "assignee",
        "role",
    )
    assert got == [
        ("Phòng Kinh tế", "lead"),
        ("các chi nhánh doanh nghiệp bảo hiểm đang hoạt động trên địa bàn huyện", "support"),
        ("những tổ vay vốn ở thôn, buôn", "support"),
        ("người đứng đầu các hợp tác xã chăn nuôi bò sữa", "support"),
    ], got


def test_partners_after_a_cooperation_along_a_route() -> None:
    got = rows(
        "2. Hợp tác xã Dịch vụ môi trường Bàu Sen:\n\n- Phối hợp theo từng tuyến thu gom với ban điều hành các khu"
        " phố và tổ tự quản vệ sinh chợ Bàu Sen giám sát việc phân loại rác.\n",
        "assignee",
        "role",
    )
    assert ("ban điều hành các khu phố", "support") in got, got
    assert ("tổ tự quản vệ sinh chợ Bàu Sen", "support") in got, got


def test_a_collective_of_branches_engaged_in_an_area_is_one_subject() -> None:
    got = leads(
        "1. Các chi nhánh ngân hàng thương mại rà soát hồ sơ vay vốn.\n\n"
        "2. Các doanh nghiệp đang hoạt động trên địa bàn huyện báo cáo số lao động.\n"
    )
    assert [a for a, _t in got] == [
        "Các chi nhánh ngân hàng thương mại",
        "Các doanh nghiệp đang hoạt động trên địa bàn huyện",
    ], got


def test_a_task_verb_after_dang_is_the_predicate() -> None:
    got = leads("1. Các doanh nghiệp đang triển khai dự án báo cáo tiến độ thi công.\n")
    assert not any("triển khai" in a for a, _t in got), got


def test_phoi_hop_after_a_directory_of_contacts_is_no_partnership() -> None:
    """Twenty-sixth twin of L1 (counter): ``cập nhật danh bạ các đầu mối phối hợp với Công an phường`` names whom the
    contacts work with, inside a noun phrase (decision 8): no partner."""
    got = rows(
        "1. Tổ công nghệ số cộng đồng cập nhật danh bạ các đầu mối phối hợp với Công an phường lên nhóm trực tuyến.\n",
        "assignee",
        "role",
    )
    assert ("Công an phường", "support") not in got, got
