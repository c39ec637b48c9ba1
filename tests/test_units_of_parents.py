"""A unit's name followed by the body it belongs to, with no separator, is one name (issue 52, names; decision 17's
shape without brackets): ``Phòng Cảnh sát giao thông Công an tỉnh``, ``Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh``,
``Phòng Kiểm tra Cục Thuế tỉnh`` are one assignee, as ``Phòng X Sở Y`` was; a comma makes two."""

from __future__ import annotations

import pytest
from test_rules import leads

from vbparse.extract.assignees import find_names


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


@pytest.mark.parametrize(
    "sentence,names",
    [
        # a team, a station, a post of a larger body: the body it belongs to closes its name, a dash inside or not
        (
            "1. Đội Cảnh sát giao thông - Trật tự Công an huyện phân luồng phương tiện tại cổng trường.\n",
            ["Đội Cảnh sát giao thông - Trật tự Công an huyện"],
        ),
        (
            "2. Đội Kiểm tra Sở Nông nghiệp và Môi trường lấy mẫu phân bón.\n",
            ["Đội Kiểm tra Sở Nông nghiệp và Môi trường"],
        ),
        (
            "3. Trạm Kiểm dịch động vật Cục Thú y kiểm tra hàng hóa qua cửa khẩu.\n",
            ["Trạm Kiểm dịch động vật Cục Thú y"],
        ),
        (
            "4. Đồn Biên phòng Cửa Việt Bộ Chỉ huy Bộ đội Biên phòng tỉnh tuần tra bờ biển.\n",
            ["Đồn Biên phòng Cửa Việt Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
        ),
        # counter-example: a comma parts two bodies
        (
            "5. Đội Cảnh sát giao thông - Trật tự, Công an huyện phân luồng phương tiện.\n",
            ["Đội Cảnh sát giao thông - Trật tự", "Công an huyện"],
        ),
    ],
)
def test_a_team_or_station_then_the_body_it_belongs_to_is_one_name(sentence, names):
    """Sixth twin of A1: ``Đội Cảnh sát giao thông - Trật tự Công an huyện`` gave the team and the district police as
    two leads (``Đội`` was no unit inside a larger body, ``Phòng`` was)."""
    assert _leads(sentence) == names


@pytest.mark.parametrize(
    "sentence,names",
    [
        # the body a unit is of, named bare as the document names itself
        (
            "1. Đoàn Thanh niên Trung tâm, Tổ Nhà bếp tổ chức sinh nhật cho trẻ.\n",
            ["Đoàn Thanh niên Trung tâm", "Tổ Nhà bếp"],
        ),
        ("2. Đoàn Thanh niên Bệnh viện kiểm tra vệ sinh khuôn viên.\n", ["Đoàn Thanh niên Bệnh viện"]),
        # counter-examples: a head with a name of its own is the next body; a head's field that a verb opens is its own
        (
            "3. Đoàn Thanh niên Trung tâm Văn hóa tỉnh kiểm tra vệ sinh.\n",
            ["Đoàn Thanh niên", "Trung tâm Văn hóa tỉnh"],
        ),
    ],
)
def test_a_unit_then_its_body_named_bare_is_one_name(sentence, names):
    """Seventh twin of TAB-THUCHIEN: ``Đoàn Thanh niên Trung tâm`` gave ``Trung tâm`` as a partner of its own
    (``tables/bodies.OWNER_SELF_HEADS``, ``name_fields.bare_owner_at``)."""
    assert _leads(sentence) == names


@pytest.mark.parametrize(
    "sentence,names",
    [
        # a unit's field in capitals that goes on in lower case after its comma, up to the verb
        (
            "1. Phòng Phổ biến, giáo dục pháp luật chủ trì biên soạn tờ gấp hỏi - đáp pháp luật lao động.\n",
            ["Phòng Phổ biến, giáo dục pháp luật"],
        ),
        ("2. Bộ phận Cấp sổ, thẻ kiểm tra thông tin trên thẻ bảo hiểm y tế.\n", ["Bộ phận Cấp sổ, thẻ"]),
        # counter-examples: a body's or a collective's name after the comma is the list's next; no field in capitals
        ("3. Phòng Tư pháp, công an xã kiểm tra giấy tờ tùy thân.\n", ["Phòng Tư pháp", "công an xã"]),
        ("4. Phòng bán vé, trạm giao nhận hàng được bố trí tại sảnh.\n", []),
    ],
)
def test_a_field_in_capitals_goes_on_after_its_comma_in_lower_case(sentence, names):
    """Sixth twin of R1 and seventh of A2: ``Phòng Phổ biến, giáo dục pháp luật`` and ``Bộ phận Cấp sổ, thẻ`` gave no
    one (``name_fields.lower_tail_before_verb``)."""
    assert _leads(sentence) == names


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Văn phòng thường trực Ban Chỉ huy Phòng thủ dân sự tỉnh chủ trì diễn tập.",
            ["Văn phòng thường trực Ban Chỉ huy Phòng thủ dân sự tỉnh"],
        ),
        (
            "Văn phòng Thường trực Ban Chỉ đạo 389 tỉnh tổng hợp kết quả.",
            ["Văn phòng Thường trực Ban Chỉ đạo 389 tỉnh"],
        ),
    ],
)
def test_a_committee_s_standing_office_is_one_name_with_the_committee(text, expected):
    """Eighth twin of TAB-SUBHEADER: ``Văn phòng thường trực Ban Chỉ huy …`` was read as ``Văn phòng`` and a second
    name ``thường trực Ban Chỉ huy …``."""
    assert [text[s.start : s.end] for s in find_names(text)] == expected


def test_a_field_going_on_after_its_comma_stays_in_a_post_s_name_before_the_list_s_next_name():
    """Sixth twin of R1 (execution clause): ``Trưởng phòng Phổ biến, giáo dục pháp luật, Giám đốc Trung tâm …``: the
    field's lower-case words after its comma, then the list's next name (not only a verb), and after a post's head."""
    text = (
        "Chánh Văn phòng Sở, Trưởng phòng Phổ biến, giáo dục pháp luật, Giám đốc Trung tâm Trợ giúp pháp lý nhà nước "
        "chịu trách nhiệm thi hành Quyết định này."
    )
    assert [text[s.start : s.end] for s in find_names(text)] == [
        "Chánh Văn phòng Sở",
        "Trưởng phòng Phổ biến, giáo dục pháp luật",
        "Giám đốc Trung tâm Trợ giúp pháp lý nhà nước",
    ]
