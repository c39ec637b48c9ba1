"""Places named by what they have (issue 52, seventh twin of S2): ``Chủ tịch Ủy ban nhân dân các xã có rừng`` is one
addressee and the one after ``và`` another (the name stopped at ``có`` and the rest of the list was lost)."""

from __future__ import annotations

import pytest
from test_rules import leads

DECISION = "QUYẾT ĐỊNH:\nĐiều 1. Công bố hiện trạng rừng năm 2032.\nĐiều 2. {clause} chịu trách nhiệm thi hành Quyết định này./.\n"


@pytest.mark.parametrize(
    "clause,names",
    [
        (
            (
                "Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân các xã có rừng và Thủ trưởng các cơ quan, "
                "đơn vị có liên quan"
            ),
            [
                "Giám đốc Sở Nông nghiệp và Môi trường",
                "Chủ tịch Ủy ban nhân dân các xã có rừng",
                "Thủ trưởng các cơ quan, đơn vị có liên quan",
            ],
        ),
        (
            "Chủ tịch Ủy ban nhân dân các phường, xã có đồng bào dân tộc thiểu số, Giám đốc Sở Dân tộc và Tôn giáo",
            ["Chủ tịch Ủy ban nhân dân các phường, xã có đồng bào dân tộc thiểu số", "Giám đốc Sở Dân tộc và Tôn giáo"],
        ),
    ],
)
def test_an_execution_clause_keeps_every_addressee(clause, names):
    assert [a for a, _t in leads(DECISION.format(clause=clause))] == names


def test_what_a_single_body_has_is_its_description_not_its_name():
    """Counter-example: after one body (no plural of places), ``có chức năng …`` describes it: no name runs on."""
    got = leads("1. Trung tâm Phục vụ hành chính công thành phố có chức năng tham mưu về kiểm soát thủ tục.\n")
    assert all(not a.endswith("chức năng") for a, _t in got), got


@pytest.mark.parametrize(
    "body,names",
    [
        (
            "1. Các chủ đầu tư có dự án chậm giải ngân lập kế hoạch giải ngân chi tiết.\n",
            ["Các chủ đầu tư có dự án chậm giải ngân"],
        ),
        ("1. Các hộ gia đình có người khuyết tật đăng ký nhận hỗ trợ.\n", ["Các hộ gia đình có người khuyết tật"]),
        (
            "1. Các doanh nghiệp có vốn đầu tư nước ngoài báo cáo tình hình lao động.\n",
            ["Các doanh nghiệp có vốn đầu tư nước ngoài"],
        ),
        # counter-examples: ``có`` + a duty, a relation, a count: no having clause
        ("1. Các đơn vị có trách nhiệm báo cáo kết quả.\n", ["Các đơn vị"]),
        ("1. Các cơ quan có liên quan phối hợp thực hiện.\n", ["Các cơ quan có liên quan"]),
    ],
)
def test_a_collective_named_by_what_it_has_keeps_the_clause(body, names):
    """Eighth twin of HEADING-UNIT: ``Các chủ đầu tư có dự án chậm giải ngân`` was cut at ``có`` (the having clause
    was read after places only: ``các xã có rừng``)."""
    assert [a for a, _t in leads(body)] == names


@pytest.mark.parametrize(
    "body,names",
    [
        ("1. Các tổ dân phố, khu phố tổ chức ra quân tổng vệ sinh.\n", ["Các tổ dân phố, khu phố"]),
        ("2. Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan báo cáo kết quả.\n", None),
        # counter-examples: a noun named for the verb after it; a verb after the comma (the list ended before it)
        ("3. Các chủ đầu tư, đơn vị điều hành dự án tổ chức quản lý.\n", []),
        ("4. Các sở, ngành, địa phương có liên quan, tham mưu xây dựng kế hoạch.\n", None),
    ],
)
def test_a_collective_goes_on_over_collective_nouns_after_its_commas_to_the_verb(body, names):
    """Eighth (and sixth) twin of A3's counter: ``Các tổ dân phố, khu phố`` + the verb gave nothing (the collective
    stopped at its comma, and the rest of the sentence had no verb for a subject of its own)."""
    got = [a for a, _t in leads(body)]
    if names is None:
        assert len(got) == 1 and "tham mưu" not in got[0], got
    else:
        assert got == names


@pytest.mark.parametrize(
    "body,names",
    [
        (
            "1. Ủy ban nhân dân các xã thuộc vùng thí điểm lập danh sách hộ tham gia bảo hiểm.\n",
            ["Ủy ban nhân dân các xã thuộc vùng thí điểm"],
        ),
        (
            "1. UBND các phường thuộc địa bàn nội đô cũ rà soát trụ sở dôi dư.\n",
            ["UBND các phường thuộc địa bàn nội đô cũ"],
        ),
    ],
)
def test_places_named_by_the_area_they_are_of_keep_it_up_to_a_task_verb(body, names):
    """Thirteenth twin of T2: ``Ủy ban nhân dân các xã thuộc vùng thí điểm lập danh sách …``: a plural of places then
    ``thuộc vùng`` / ``thuộc diện`` + words in lower case up to a task verb says which places are meant (with no duty
    after it too), as ``có rừng`` does; the name was cut before ``thuộc`` and the item lost."""
    assert [a for a, _t in leads(body)] == names


@pytest.mark.parametrize(
    "body,names",
    [
        (
            "1. Các doanh nghiệp có từ 50 lao động trở lên báo cáo tình hình sử dụng lao động.\n",
            ["Các doanh nghiệp có từ 50 lao động trở lên"],
        ),
        (
            "1. Các hộ gia đình có trên 2 ha rừng trồng đăng ký cấp chứng chỉ rừng.\n",
            ["Các hộ gia đình có trên 2 ha rừng trồng"],
        ),
        (
            "1. UBND các xã có dưới 30% hộ dùng nước sạch lập danh sách công trình cần sửa chữa.\n",
            ["UBND các xã có dưới 30% hộ dùng nước sạch"],
        ),
        # a unit of measure printed with capitals (fourteenth twin of A5: ``từ 100 kWp trở lên``, ``trên 2 MW``)
        (
            (
                "1. Các chủ đầu tư điện mặt trời có công suất từ 100 kWp trở lên và Công ty Điện lực Nam Cửu kiểm "
                "tra tủ điện.\n"
            ),
            ["Các chủ đầu tư điện mặt trời có công suất từ 100 kWp trở lên", "Công ty Điện lực Nam Cửu"],
        ),
        (
            "1. Các nhà máy có công suất trên 2 MW báo cáo sản lượng điện.\n",
            ["Các nhà máy có công suất trên 2 MW"],
        ),
        # a plural of ten syllables before its having clause
        (
            "1. Các chủ đầu tư hệ thống điện mặt trời mái nhà có công suất lớn kiểm tra tủ điện.\n",
            ["Các chủ đầu tư hệ thống điện mặt trời mái nhà có công suất lớn"],
        ),
    ],
)
def test_a_having_clause_holding_a_quantity_keeps_it_up_to_the_task_verb(body, names):
    """Thirteenth twin of L1: ``chủ các tàu cá có chiều dài từ 15 mét trở lên``: what the members have may be a
    quantity, a bound and a number with its unit (``từ 50 lao động trở lên``, ``trên 2 ha``, ``dưới 30%``); the
    clause was cut at the number and the collective lost its task."""
    assert [a for a, _t in leads(body)] == names


def test_a_long_plural_named_by_what_it_has_keeps_the_clause_in_a_heading():
    """Thirteenth twin of S2: ``4. Các trường trung học phổ thông có lớp năng khiếu thể thao`` over items: a plural of
    five syllables still takes its having clause (the clause became a task of its own)."""
    got = leads("4. Các trường trung học phổ thông có lớp năng khiếu thể thao\n- Bố trí thời khóa biểu linh hoạt.\n")
    assert got == [("Các trường trung học phổ thông có lớp năng khiếu thể thao", "Bố trí thời khóa biểu linh hoạt.")]


def test_a_passive_s_agent_after_a_plural_is_no_having_clause():
    """Counter-example (a wild budget norm, seen in compare): ``các tổ chức xã hội được cấp có thẩm quyền giao …``:
    ``có thẩm quyền`` qualifies the passive's agent (``cấp``), not the plural."""
    from vbparse.extract.name_area_clauses import area_clause_end

    text = "các tổ chức xã hội được cấp có thẩm quyền giao biên chế"
    assert area_clause_end(text, text.index("có "), collective=True) is None
    long_plural = "Các trường trung học phổ thông có lớp năng khiếu thể thao"
    assert area_clause_end(long_plural, long_plural.index("có "), collective=True) == len(long_plural)


@pytest.mark.parametrize(
    "clause,names",
    [
        (
            "Chủ tịch Ủy ban nhân dân xã Lăng Khê và các tổ chức, cá nhân khai thác thủy sản tại đầm Lăng Khê",
            ["Chủ tịch Ủy ban nhân dân xã Lăng Khê", "các tổ chức, cá nhân khai thác thủy sản tại đầm Lăng Khê"],
        ),
        (
            "Giám đốc Sở Xây dựng, các chủ phương tiện ở bến đò Cồn Mây",
            ["Giám đốc Sở Xây dựng", "các chủ phương tiện ở bến đò Cồn Mây"],
        ),
    ],
)
def test_an_addressee_named_by_where_it_is_keeps_the_place_up_to_its_duty(clause, names):
    """Fourteenth twin of S2: ``các tổ chức, cá nhân khai thác thủy sản tại đầm Lăng Khê chịu trách nhiệm …``: where
    they work says which ones, up to the duty (the name stopped at ``tại`` and the whole clause was lost)."""
    assert [a for a, _t in leads(DECISION.format(clause=clause))] == names


def test_a_place_after_a_verb_is_the_tasks_not_the_name():
    """Counter-example: ``Sở Y tế kiểm tra các cơ sở tại chợ Đầm …``: the place is where the task is done."""
    got = leads("1. Sở Y tế kiểm tra các cơ sở kinh doanh tại chợ Đầm có trách nhiệm báo cáo.\n")
    assert [a for a, _t in got] == ["Sở Y tế"], got


@pytest.mark.parametrize(
    "body,names",
    [
        (
            (
                "1. Các doanh nghiệp là thành viên Hiệp hội Gỗ, Hạt Kiểm lâm số 3 và Ủy ban nhân dân các xã có rừng bố "
                "trí người trực.\n"
            ),
            ["Các doanh nghiệp là thành viên Hiệp hội Gỗ", "Hạt Kiểm lâm số 3", "Ủy ban nhân dân các xã có rừng"],
        ),
        (
            "1. Các hộ gia đình là hội viên Hội Nông dân có trách nhiệm đăng ký mô hình.\n",
            ["Các hộ gia đình là hội viên Hội Nông dân"],
        ),
    ],
)
def test_a_collective_named_by_what_its_members_are_keeps_the_clause(body, names):
    """Fourteenth twin of WRAP: ``Các chủ rừng là tổ chức nhà nước, Hạt Kiểm lâm …``: ``là`` + what they are says which
    ones, up to the list's next name or the duty (the subject was lost at ``là``).  (``chủ rừng`` itself, a plural
    of people no list knows, is still no subject: noticed, not built.)"""
    assert [a for a, _t in leads(body)] == names


def test_what_a_collective_is_before_its_task_is_no_name_without_a_list_or_duty():
    """Counter-example: ``Các hợp tác xã là đơn vị …`` alone before a verb: no next name, no duty, nothing is taken."""
    got = leads("1. Các hợp tác xã là đơn vị đầu mối thu mua nông sản cho bà con.\n")
    assert all("đầu mối thu mua" not in a for a, _t in got), got


@pytest.mark.parametrize(
    "body,names",
    [
        (
            (
                "2. Các cơ quan, tổ chức, doanh nghiệp có giao dịch điện tử với cơ quan nhà nước hướng dẫn người lao "
                "động đăng ký chữ ký số.\n"
            ),
            ["Các cơ quan, tổ chức, doanh nghiệp có giao dịch điện tử với cơ quan nhà nước"],
        ),
        (
            "1. Các hộ gia đình có quan hệ tín dụng với quỹ tín dụng nhân dân xã kê khai thu nhập năm 2030.\n",
            ["Các hộ gia đình có quan hệ tín dụng với quỹ tín dụng nhân dân xã"],
        ),
        # counter-example: ``với`` + a name with a capital joins the next subject
        (
            "3. Các hợp tác xã có vùng trồng với Trạm Khuyến nông huyện hướng dẫn nông dân ghi nhật ký.\n",
            ["Các hợp tác xã có vùng trồng", "Trạm Khuyến nông huyện"],
        ),
    ],
)
def test_a_having_clause_keeps_its_noun_and_whom_it_is_had_with(body, names):
    """Eighteenth twin of A3's counter: ``Các cơ quan, tổ chức, doanh nghiệp`` + ``có giao dịch điện tử với cơ quan
    nhà nước`` + a verb: the having clause is the collective's (``giao dịch`` a noun, not ``giao`` handing a task, and
    ``với`` + whom they have it with, not a second subject)."""
    assert [a for a, _t in leads(body)] == names


def _partners(body: str) -> list[str]:
    from test_rules import HEADER

    from vbparse import parse

    return [o.assignee.raw for o in parse(text=HEADER + body).obligations if o.role == "support"]


@pytest.mark.parametrize(
    "having",
    [
        "có đông đồng bào dân tộc Dao",
        "có đồng bào Khmer sinh sống",
        "có đồng bào dân tộc thiểu số",
        "có rừng phòng hộ",
    ],
)
def test_places_in_a_fields_value_keep_what_they_have(having):
    """Twenty-second twin of T1: ``- Phối hợp: …, Ủy ban nhân dân các xã có đông đồng bào dân tộc Dao.``: the having
    clause says which places, in a value of names as in a sentence (it was cut at ``có``); an ethnic group's name is
    capitalised (``Dao``, ``Khmer``) after ``dân tộc`` / ``đồng bào`` and still the clause's."""
    body = f"1. Mở lớp dạy chữ dân tộc\n- Chủ trì: Sở Dân tộc và Tôn giáo.\n- Phối hợp: Bảo tàng tỉnh và Ủy ban nhân dân các xã {having}.\n"
    assert _partners(body) == ["Bảo tàng tỉnh", f"Ủy ban nhân dân các xã {having}"]


@pytest.mark.parametrize(
    "body,names",
    [
        ("1. Các chủ rừng bố trí người canh lửa trong mùa khô.\n", ["Các chủ rừng"]),
        ("2. Các chủ nhà trọ đăng ký tạm trú cho người thuê trước ngày 15/3/2030.\n", ["Các chủ nhà trọ"]),
        ("3. Các chủ bến đò trang bị đủ áo phao cho hành khách.\n", ["Các chủ bến đò"]),
        # the market's owners and the state's forces after ``và`` are two assignees
        (
            "4. Các chủ rừng và lực lượng Kiểm lâm tuần tra các vùng trọng điểm.\n",
            ["Các chủ rừng", "lực lượng Kiểm lâm"],
        ),
        # counter-examples: ``chủ`` of a role or a post is no owner
        ("5. Các chủ trì tổ chức hội nghị.\n", []),
        ("6. Các chủ đầu tư, đơn vị điều hành dự án tổ chức quản lý.\n", []),
    ],
)
def test_owners_named_by_what_they_own_are_a_collective(body, names):
    """Twenty-second twins of A5 and WRAP (and the nineteenth of A3's counter): ``Các chủ rừng`` (forest owners),
    ``các chủ nhà trọ``, ``chủ bến đò``: ``chủ`` + what is owned names the owners, as ``chủ đầu tư`` (the lists') does,
    whatever the thing (``extract/kind_nouns.py``); they were no subject, and the twins' sentences no task."""
    assert [a for a, _t in leads(body)] == names
