"""A unit's name followed by the body it belongs to, with no separator, is one name (issue 52, names; decision 17's
shape without brackets): ``Phòng Cảnh sát giao thông Công an tỉnh``, ``Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh``,
``Phòng Kiểm tra Cục Thuế tỉnh`` are one assignee, as ``Phòng X Sở Y`` was; a comma makes two."""

from __future__ import annotations

import pytest
from test_rules import leads


def _leads(body: str) -> list[str]:
    return [name for name, _task in leads(body)]


@pytest.mark.parametrize(
    "sentence,names",
    [
        (
            "1. Phòng Cảnh sát giao thông Công an tỉnh kiểm tra tải trọng phương tiện.\n",
            ["Phòng Cảnh sát giao thông Công an tỉnh"],
        ),
        (
            "2. Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh xây dựng phương án diễn tập.\n",
            ["Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh"],
        ),
        (
            "3. Phòng Kiểm tra Cục Thuế tỉnh rà soát hồ sơ hoàn thuế.\n",
            ["Phòng Kiểm tra Cục Thuế tỉnh"],
        ),
        # counter-example: a comma parts two bodies
        (
            "4. Phòng Cảnh sát giao thông, Công an tỉnh kiểm tra tải trọng phương tiện.\n",
            ["Phòng Cảnh sát giao thông", "Công an tỉnh"],
        ),
    ],
)
def test_a_unit_then_the_body_it_belongs_to_is_one_name(sentence, names):
    assert _leads(sentence) == names
