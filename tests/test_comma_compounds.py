"""A coordinated compound that a comma joins is one word of a name (issue 52, names, ninth twins): ``Khoa Phòng,
chống bệnh truyền nhiễm``, ``Ban Chỉ đạo phòng, chống thiên tai huyện``, ``Đội Phòng cháy, chữa cháy và cứu nạn,
cứu hộ``: the field's fixed pairs (``phòng, chống``, ``phòng cháy, chữa cháy``, ``tìm kiếm, cứu nạn``), also after
``và`` where the compound's first word is a head elsewhere (``… và Phòng cháy, chữa cháy rừng``).  A comma before
another name, a collective or a place still ends the name."""

from __future__ import annotations

import pytest
from test_rules import leads


def _leads(body: str) -> list[str]:
    return [name for name, _task in leads(body)]


@pytest.mark.parametrize(
    "sentence,names",
    [
        (
            "1. Khoa Phòng, chống bệnh không lây nhiễm tổ chức khám sàng lọc tăng huyết áp.\n",
            ["Khoa Phòng, chống bệnh không lây nhiễm"],
        ),
        (
            "2. Ban Chỉ đạo phòng, chống thiên tai huyện kiểm tra các hồ chứa xung yếu.\n",
            ["Ban Chỉ đạo phòng, chống thiên tai huyện"],
        ),
        (
            "3. Đội Phòng cháy, chữa cháy và cứu nạn, cứu hộ khu vực 2 kiểm tra các chợ đầu mối.\n",
            ["Đội Phòng cháy, chữa cháy và cứu nạn, cứu hộ khu vực 2"],
        ),
        (
            "4. Trung tâm Phòng, chống sốt rét tỉnh tổ chức phun hóa chất tại các xã biên giới.\n",
            ["Trung tâm Phòng, chống sốt rét tỉnh"],
        ),
        (
            "5. Tổ tự quản an toàn phòng cháy, chữa cháy các khu dân cư kiểm tra bình chữa cháy.\n",
            ["Tổ tự quản an toàn phòng cháy, chữa cháy các khu dân cư"],
        ),
        (
            "6. Phòng Quản lý xuất cảnh, nhập cảnh Công an tỉnh rà soát hồ sơ cấp hộ chiếu.\n",
            ["Phòng Quản lý xuất cảnh, nhập cảnh Công an tỉnh"],
        ),
        (
            "8. Ban bồi thường, giải phóng mặt bằng huyện tổ chức kiểm đếm tài sản trên đất.\n",
            ["Ban bồi thường, giải phóng mặt bằng huyện"],
        ),
        # ``mặt bằng`` (a site) is a noun whose last word is a stop (``bằng``: by): no end of the name
        (
            "10. Tổ công tác giải phóng mặt bằng xã kiểm đếm cây trồng trên đất thu hồi.\n",
            ["Tổ công tác giải phóng mặt bằng xã"],
        ),
        # after ``và``, a compound whose first word is a head (``Phòng``) is the name's field, not a second body
        (
            "7. Hạt Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng số 2 tuần tra các khu rừng phòng hộ.\n",
            ["Hạt Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng số 2"],
        ),
        # counter-examples: the comma parts two names, a name and a collective; ``và`` before a body of its own
        (
            "9. Hạt Kiểm lâm cơ động và Phòng Cảnh sát phòng cháy, chữa cháy Công an tỉnh tuần tra các khu rừng.\n",
            ["Hạt Kiểm lâm cơ động", "Phòng Cảnh sát phòng cháy, chữa cháy Công an tỉnh"],
        ),
        (  # the pair written in capitals in a body's name, before a place no gazetteer knows
            "10. Báo và Phát thanh, Truyền hình Đông Kha đưa tin về các gương hiến máu.\n",
            ["Báo và Phát thanh, Truyền hình Đông Kha"],
        ),
        (
            "11. Đài Phát thanh, Truyền hình huyện Mường Khoa phát sóng bản tin cảnh báo lũ.\n",
            ["Đài Phát thanh, Truyền hình huyện Mường Khoa"],
        ),
        (
            "7. Phòng Cảnh sát phòng cháy, Công an huyện kiểm tra các cơ sở kinh doanh xăng dầu.\n",
            ["Phòng Cảnh sát phòng cháy", "Công an huyện"],
        ),
        (
            "8. Trung tâm Y tế huyện, Ủy ban nhân dân các xã tổ chức tiêm vắc xin sởi.\n",
            ["Trung tâm Y tế huyện", "Ủy ban nhân dân các xã"],
        ),
    ],
)
def test_a_compound_a_comma_joins_is_one_word_of_a_name(sentence, names):
    assert _leads(sentence) == names


@pytest.mark.parametrize(
    "sentence,names",
    [
        # after ``và``, a name with a place of its own that is no field of a portfolio is a second body
        (
            "1. Trường Trung học cơ sở Tân Lập và Chi hội Phụ nữ thôn Đồng Tâm tổ chức tuyên truyền.\n",
            ["Trường Trung học cơ sở Tân Lập", "Chi hội Phụ nữ thôn Đồng Tâm"],
        ),
        # counter-example: a portfolio's field after ``và`` with the body's place stays the name's
        (
            "2. Phòng Văn hóa và Thông tin huyện Tân Lạc tổ chức tuyên truyền.\n",
            ["Phòng Văn hóa và Thông tin huyện Tân Lạc"],
        ),
        # a field no list knows after ``và`` when the name before it has no place or name of its own: one body,
        # the place after the second field the whole name's (a body's own name ends the first: above)
        (
            "3. Trạm Khuyến nông và Thủy nông huyện Yên Phú lập danh sách hộ tham gia mô hình.\n",
            ["Trạm Khuyến nông và Thủy nông huyện Yên Phú"],
        ),
        (
            "4. Đội Quản lý thị trường và Kiểm soát giá khu vực Bắc Sơn kiểm tra các chợ đầu mối.\n",
            ["Đội Quản lý thị trường và Kiểm soát giá khu vực Bắc Sơn"],
        ),
        # counter-example: the first name ends with its own place, the second has one of its own: two bodies
        (
            "5. Trạm Y tế xã Tân Hòa và Chi hội Nông dân thôn Bắc Sơn tổ chức tuyên truyền.\n",
            ["Trạm Y tế xã Tân Hòa", "Chi hội Nông dân thôn Bắc Sơn"],
        ),
    ],
)
def test_a_name_with_a_place_of_its_own_after_va_is_a_second_body(sentence, names):
    """``Trạm Y tế xã phối hợp với Trường Tiểu học Phước Lâm và Chi đoàn ấp Bàu Sen …`` (ninth twins): two bodies."""
    assert _leads(sentence) == names
