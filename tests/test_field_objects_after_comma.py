"""A unit's field whose objects a comma lists in lower case (issue 52, names; tenth twins of A1 and A2): ``Trung
tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm tỉnh``, ``Trưởng phòng Quản lý hộ kinh doanh, cá nhân``, ``Chi cục Quản
lý chất lượng hàng hóa, dịch vụ``: the field (a capitalised word, then its lower-case object) goes on after each
comma up to the sentence's verb, its place level taken too.  A name before the comma that ends at its place, a
collective, a head, an actor or a verb after the comma ends it (the list's next name, or a clause)."""

from __future__ import annotations

import pytest
from test_rules import leads


def _leads(body: str) -> list[str]:
    return [name for name, _task in leads(body)]


@pytest.mark.parametrize(
    "sentence,names",
    [
        (
            "1. Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm tỉnh phân tích nhanh các mẫu do Đoàn lấy về.\n",
            ["Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm tỉnh"],
        ),
        (
            "2. Trưởng phòng Quản lý hộ kinh doanh, cá nhân có trách nhiệm ký duyệt mức thuế khoán.\n",
            ["Trưởng phòng Quản lý hộ kinh doanh, cá nhân"],
        ),
        (
            "3. Chi cục Quản lý chất lượng hàng hóa, dịch vụ, công trình huyện Đông Sơn kiểm tra tem nhãn.\n",
            ["Chi cục Quản lý chất lượng hàng hóa, dịch vụ, công trình huyện Đông Sơn"],
        ),
        (
            "4. Đội Kiểm định phương tiện, thiết bị chủ trì tổng hợp số liệu.\n",
            ["Đội Kiểm định phương tiện, thiết bị"],
        ),
    ],
)
def test_a_field_s_objects_listed_after_commas_stay_in_the_name(sentence, names):
    assert _leads(sentence) == names


@pytest.mark.parametrize(
    "sentence,names",
    [
        # the name ends at its place: what follows the comma is the list's next name
        (
            "1. Ban Chỉ huy Quân sự xã, công an xã tham gia tuần tra.\n",
            ["Ban Chỉ huy Quân sự xã", "công an xã"],
        ),
        # a collective, a lower-case head, an actor after the comma: the list's next names
        ("2. Phòng Quản lý đô thị, các chủ đầu tư rà soát hồ sơ.\n", ["Phòng Quản lý đô thị", "các chủ đầu tư"]),
        (
            "3. Trung tâm Kiểm soát bệnh tật, trạm y tế xã giám sát ca bệnh.\n",
            ["Trung tâm Kiểm soát bệnh tật", "trạm y tế xã"],
        ),
        # a verb after the comma: a clause of the sentence, no object of the field
        ("4. Phòng Quản lý đô thị, căn cứ kết quả rà soát, cấp phép xây dựng.\n", ["Phòng Quản lý đô thị"]),
        # no field in capitals before the comma: a thing's name, no unit
        ("5. Phòng bán vé, quầy thông tin được bố trí ở sảnh chính.\n", []),
    ],
)
def test_a_comma_still_ends_a_name_before_another_assignee_or_a_clause(sentence, names):
    assert _leads(sentence) == names
