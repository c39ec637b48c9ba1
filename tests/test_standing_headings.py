"""An assignee heading whose name no word list knows (``3. Nhà hát Ca kịch tỉnh`` over its items), standing among
sibling headings that name assignees: where it stands makes it a name when it has a name's shape (issue 52,
names by where they stand; the leave-one-head-out measure lost most of a head's obligations at such headings).
The words below are invented: none of these heads is in ``tables/bodies.py``."""

from __future__ import annotations

import pytest
from test_rules import leads

from vbparse import parse_text

HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHÚ\nSố: 7/KH-UBND\nBình Phú, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\n"
    "Tổ chức Liên hoan nghệ thuật năm 2026\nII. TỔ CHỨC THỰC HIỆN\n"
)
KNOWN = "1. Sở Văn hóa, Thể thao và Du lịch\n- Chủ trì tổ chức Liên hoan nghệ thuật quần chúng.\n"


def _tasks(body: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for o in parse_text(HEADER + body).obligations:
        if o.role == "lead":
            out.setdefault(o.assignee.raw, []).append(o.task)
    return out


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("2. Nhà hát Ca kịch tỉnh", "Nhà hát Ca kịch tỉnh"),  # a level closes it
        ("2. Vườn quốc gia Bạch Mã:", "Vườn quốc gia Bạch Mã"),  # a proper specifier after a common head
        ("b) Cảng vụ Hàng hải Quy Nhơn", "Cảng vụ Hàng hải Quy Nhơn"),
        ("2. Các Hạt Quản lý đường bộ", "Các Hạt Quản lý đường bộ"),  # a plural
        ("2. Xưởng Phim Tài Liệu", "Xưởng Phim Tài Liệu"),  # capitalised throughout, no family name: a body
    ],
)
def test_an_unknown_name_heading_among_assignee_headings_is_an_assignee(heading, name):
    body = KNOWN.replace("1.", "a)" if heading.startswith("b)") else "1.")
    tasks = _tasks(
        f"{body}{heading}\n- Xây dựng chương trình phục vụ Liên hoan.\n- Báo cáo kết quả trước ngày 15/12/2026.\n"
    )
    assert tasks.get(name) == ["Xây dựng chương trình phục vụ Liên hoan.", "Báo cáo kết quả trước ngày 15/12/2026."]
    assert "Sở Văn hóa, Thể thao và Du lịch" in tasks


def test_a_heading_listing_unknown_names_gives_each_its_tasks():
    tasks = _tasks(
        f"{KNOWN}2. Xí nghiệp Thủy nông Đông Sơn và Nhà xuất bản Giáo dục\n- Cử người tham gia Ban Tổ chức.\n"
    )
    assert (
        tasks.get("Xí nghiệp Thủy nông Đông Sơn")
        == tasks.get("Nhà xuất bản Giáo dục")
        == ["Cử người tham gia Ban Tổ chức."]
    )


def test_a_heading_whose_parts_are_not_all_names_is_one_name_or_none():
    """``Nhà Văn hóa, Thể thao`` does not part at its comma: ``Thể thao`` alone has no name's shape."""
    tasks = _tasks(f"{KNOWN}2. Nhà Văn hóa, Thể thao thiếu nhi\n- Tổ chức trại hè.\n")
    assert "Thể thao thiếu nhi" not in tasks and "Nhà Văn hóa" not in tasks


@pytest.mark.parametrize(
    "heading",
    [
        "2. Trách nhiệm thực hiện",  # a topic: no capitalised specifier, no level
        "2. Chế độ thông tin, báo cáo",  # a noun naming no one
        "2. Chương trình Mục tiêu quốc gia",  # a thing, capitalised
        "2. Tuyên truyền, vận động",  # verbs
        "2. Kinh phí thực hiện năm 2026",
    ],
)
def test_a_topic_heading_among_assignee_headings_names_no_one(heading):
    tasks = _tasks(f"{KNOWN}{heading}\n- Xây dựng chương trình phục vụ Liên hoan.\n")
    assert set(tasks) <= {"Sở Văn hóa, Thể thao và Du lịch"}


def test_an_unknown_name_heading_with_no_assignee_sibling_is_not_read_so():
    """Counter-example: among topic headings (``1. Mục đích``) a name-shaped heading is a title, not who acts."""
    tasks = _tasks(
        "1. Mục đích\n- Nâng cao chất lượng.\n2. Nhà hát Ca kịch tỉnh\n- Xây dựng chương trình phục vụ Liên hoan.\n"
    )
    assert "Nhà hát Ca kịch tỉnh" not in tasks


def _field_leads(value: str) -> list[str]:
    body = f"1. Tổ chức hội diễn nghệ thuật quần chúng.\n- Đơn vị chủ trì: {value}.\n- Thời gian: Quý II/2026.\n"
    return [o.assignee.raw for o in parse_text(HEADER + body).obligations if o.role == "lead"]


@pytest.mark.parametrize(
    ("value", "names"),
    [
        # a name's own ``và``/comma between fields (``… Khoa học và Công nghệ``) does not part it
        ("Xí nghiệp Thủy lợi và Môi trường", ["Xí nghiệp Thủy lợi và Môi trường"]),
        ("Nhà hát Ca kịch, Múa rối và Dân ca", ["Nhà hát Ca kịch, Múa rối và Dân ca"]),
        # counter-examples: two names, each with a name's shape, or the first closed by its level
        (
            "Xí nghiệp Thủy nông Đông Sơn và Xưởng phim Tài liệu",
            ["Xí nghiệp Thủy nông Đông Sơn", "Xưởng phim Tài liệu"],
        ),
        ("Nhà hát Ca kịch tỉnh và Nhà thiếu nhi", ["Nhà hát Ca kịch tỉnh", "Nhà thiếu nhi"]),
        # an item opening with the name's own head word again is the next name of its kind, not a field of it
        ("Xưởng Phim và Truyền hình, Xưởng Ảnh", ["Xưởng Phim và Truyền hình", "Xưởng Ảnh"]),
        ("Nhà hát Ca kịch và Múa rối, Nhà Văn hóa", ["Nhà hát Ca kịch và Múa rối", "Nhà Văn hóa"]),
        # a lower-case item that says the name's noun again, or a grade after its grade, is the name's own list
        ("Xí nghiệp Quản lý các kênh tưới và kênh tiêu", ["Xí nghiệp Quản lý các kênh tưới và kênh tiêu"]),
        ("Xưởng Sửa chữa cơ khí cấp tỉnh, cấp huyện", ["Xưởng Sửa chữa cơ khí cấp tỉnh, cấp huyện"]),
        # the last field carries the whole name's place: a province, the country
        ("Xí nghiệp Khoa học và Công nghệ Lâm Đồng", ["Xí nghiệp Khoa học và Công nghệ Lâm Đồng"]),
        ("Xưởng Phim Khoa học và Công nghệ Việt Nam", ["Xưởng Phim Khoa học và Công nghệ Việt Nam"]),
        # ... or its number (seventeenth twin of TAB-THUCHIEN: ``Xí nghiệp Thu gom và Vận chuyển rác số 1``)
        ("Xí nghiệp Thu gom và Vận chuyển rác số 1", ["Xí nghiệp Thu gom và Vận chuyển rác số 1"]),
        ("Xưởng Sấy và Đóng gói chè 2", ["Xưởng Sấy và Đóng gói chè 2"]),
    ],
)
def test_a_field_value_no_list_knows_parts_only_between_names(value, names):
    assert _field_leads(value) == names


@pytest.mark.parametrize(
    "heading",
    ["2. Quyền hạn của Hội đồng Quản trị Quỹ", "2. Cơ cấu tổ chức của Xí nghiệp", "2. Nhiệm vụ về Chuyển đổi số"],
)
def test_a_heading_about_someone_is_a_topic(heading):
    """Counter-examples: what is said of a body (``… của Hội đồng …``) is a section's topic, not who acts."""
    tasks = _tasks(f"{KNOWN}{heading}\n- Quyết định mức cho vay.\n")
    assert set(tasks) <= {"Sở Văn hóa, Thể thao và Du lịch"}


def test_a_heading_of_unknown_names_keeps_each_names_own_fields():
    """``Sở Nông nghiệp và Môi trường, Sở Dân tộc và Tôn giáo`` with no list knowing its head: two names, not four."""
    tasks = _tasks(f"{KNOWN}2. Xí nghiệp Thủy lợi và Môi trường, Nhà hát Ca kịch và Múa rối\n- Cử người tham gia.\n")
    assert (
        tasks.get("Xí nghiệp Thủy lợi và Môi trường")
        == tasks.get("Nhà hát Ca kịch và Múa rối")
        == ["Cử người tham gia."]
    )


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Hạt Kiểm lâm các huyện", "Hạt Kiểm lâm các huyện"),  # a head no list knows, over a plural of places
        ("Công an tỉnh; Xí nghiệp Thủy nông các xã", "Xí nghiệp Thủy nông các xã"),
        ("Hạt Kiểm lâm các huyện/thị xã", "Hạt Kiểm lâm các huyện/thị xã"),  # levels parted by a slash
    ],
)
def test_a_head_no_list_knows_before_a_plural_of_places_heads_it(value, name):
    """``UBND các phường, xã`` with ``UBND`` left out of the lists gave ``các phường, xã``: the places, not their
    bodies. The capitalised words right before the plural name whose body it is."""
    body = f"1. Tổ chức hội diễn nghệ thuật quần chúng.\n- Đơn vị phối hợp: {value}.\n- Đơn vị chủ trì: Sở Văn hóa.\n"
    supports = [o.assignee.raw for o in parse_text(HEADER + body).obligations if o.role == "support"]
    assert name in supports and name.split(" các ")[1] not in [s.removeprefix("các ") for s in supports]


def test_a_lower_case_word_before_a_plural_of_places_is_no_head():
    """Counter-example: ``phối hợp với các xã`` keeps ``các xã``; a verb before it is no part of the name."""
    body = "1. Sở Y tế chủ trì, phối hợp với các xã kiểm tra an toàn thực phẩm.\n"
    supports = [o.assignee.raw for o in parse_text(HEADER + body).obligations if o.role == "support"]
    assert supports == ["các xã"]


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Quản đốc các đơn vị", "Quản đốc các đơn vị"),
        ("Sở Y tế; Chánh quản trị các cơ quan", "Chánh quản trị các cơ quan"),
    ],
)
def test_a_post_no_list_knows_before_a_plural_of_bodies_heads_it(value, name):
    """``Thủ trưởng các sở, ban, ngành`` with ``Thủ trưởng`` left out gave ``các sở, ban, ngành``: the bodies, not
    their heads. Invented posts (``Quản đốc``) stand for the class."""
    body = f"1. Tổ chức hội diễn nghệ thuật quần chúng.\n- Đơn vị phối hợp: {value}.\n- Đơn vị chủ trì: Sở Văn hóa.\n"
    supports = [o.assignee.raw for o in parse_text(HEADER + body).obligations if o.role == "support"]
    assert name in supports


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Tạp chí Khoa học và Công nghệ", ["Tạp chí Khoa học và Công nghệ"]),
        ("Quỹ Khoa học và Công nghệ", ["Quỹ Khoa học và Công nghệ"]),
        ("Công an tỉnh; Tạp chí Tài chính", ["Công an tỉnh", "Tạp chí Tài chính"]),
        # counter-example: a field's name after a separator stays as it is written
        ("Bộ Y tế; Khoa học và Công nghệ", ["Bộ Y tế", "Khoa học và Công nghệ"]),
    ],
)
def test_a_head_no_list_knows_before_a_fields_name_heads_it(value, names):
    """``Sở Khoa học và Công nghệ`` with ``Sở`` left out gave ``Khoa học và Công nghệ`` (a ministry's field, which
    the lists know without its head): the capitalised words right before it are its head."""
    assert _field_leads(value) == names


def _table_partners(lead: str, partners: str) -> list[str]:
    """The partners read from a task table printed one cell per line (a web copy's table), its partner cell a list."""
    body = (
        "1. Phân công\n|\n**STT**\n|\n**Cơ quan chủ trì**\n|\n**Cơ quan phối hợp**\n|\n**Nội dung nhiệm vụ**\n|\n"
        f"**Thời hạn hoàn thành**\n|\n|\n1\n|\n{lead}\n|\n{partners}\n|\n"
        "Xây dựng chương trình biểu diễn phục vụ Liên hoan\n|\nQuý II/2026\n|\n"
    )
    return [o.assignee.raw for o in parse_text(HEADER + body).obligations if o.role == "support"]


UNKNOWN_PARTNERS = ["Xí nghiệp Thủy nông Đông Sơn", "Hạt Kiểm lâm số 2", "Vườn quốc gia Bạch Mã"]


@pytest.mark.parametrize(
    "partners",
    [
        "- Xí nghiệp Thủy nông Đông Sơn;\n- Hạt Kiểm lâm số 2;\n- Vườn quốc gia Bạch Mã.",
        "- Xí nghiệp Thủy nông Đông Sơn\n- Hạt Kiểm lâm số 2\n- Vườn quốc gia Bạch Mã",
        "+ Xí nghiệp Thủy nông Đông Sơn;\n+ Hạt Kiểm lâm số 2;\n+ Vườn quốc gia Bạch Mã.",
        "• Xí nghiệp Thủy nông Đông Sơn\n• Hạt Kiểm lâm số 2\n• Vườn quốc gia Bạch Mã",
    ],
)
def test_a_partner_cell_listing_unknown_names_by_list_marks_gives_each(partners):
    """A partner cell printed as a list (``- A;`` / ``- B;``): each item stands where a name stands, whatever its
    head; the list marks part the names as commas do (the leave-one-head-out measure lost ``Bộ`` partners so)."""
    assert _table_partners("Nhà hát Ca kịch tỉnh", partners) == UNKNOWN_PARTNERS


def test_a_partner_cell_list_with_a_sentence_keeps_only_the_known_names():
    """Counter-example: an item that is a clause (``- Tổ chức tập huấn …``) makes the cell no plain list of names;
    the names the lists know stay."""
    partners = "- Sở Tài chính;\n- Tổ chức tập huấn cho cán bộ làm công tác văn hóa cơ sở."
    assert _table_partners("Nhà hát Ca kịch tỉnh", partners) == ["Sở Tài chính"]


def test_a_listed_name_in_capitals_throughout_is_a_body_unless_it_opens_with_a_family_name():
    """``Xưởng Phim Tài Liệu`` printed with every word capitalised is still a body's name (``Bộ Công Thương`` left
    to where it stands); only a family name's opening (``Nguyễn Văn An``) makes such words a person's."""
    assert _table_partners("Nhà hát Ca kịch tỉnh", "- Xưởng Phim Tài Liệu;\n- Hạt Kiểm lâm số 2.") == [
        "Xưởng Phim Tài Liệu",
        "Hạt Kiểm lâm số 2",
    ]


def _names(text: str) -> list[str]:
    from vbparse.extract.assignees import find_names

    return [text[n.start : n.end] for n in find_names(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # capitalised words no list knows, right before places, after a collective's list: a body of those places
        (
            "Các sở, ban, ngành, BQLDA các xã, phường chủ động triển khai.",
            ["Các sở, ban, ngành", "BQLDA các xã, phường"],
        ),
        ("Các sở, ngành, đơn vị, BQLDA cấp xã tổ chức tuyên truyền.", ["Các sở, ngành, đơn vị", "BQLDA cấp xã"]),
        ("Các sở, ban, ngành và Hạt Kiểm Lâm cấp huyện thực hiện.", ["Các sở, ban, ngành", "Hạt Kiểm Lâm cấp huyện"]),
        ("Sở Tài chính; BQLDA huyện thực hiện.", ["Sở Tài chính", "BQLDA huyện"]),
    ],
)
def test_capitals_before_places_after_a_list_separator_begin_a_name_of_their_own(text, names):
    """``…, UBND cấp xã`` with ``UBND`` in no list: the words stand where a list's next name stands and head a body
    of places, so the collective before them ends at the separator (the leave-one-head-out measure read ``Các sở,
    ban, ngành, UBND các xã, phường`` as one collective)."""
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    ["Sở Văn hóa, Thể thao và Du lịch tỉnh chủ trì.", "Trung tâm Văn hóa, Thể thao huyện chủ trì."],
)
def test_a_field_of_a_name_before_its_place_stays_the_names(text):
    """Counter-examples: a body's fields after its comma (``…, Thể thao …``) before its place are its own words."""
    assert len(_names(text)) == 1


def _requested(body: str) -> list[str]:
    return [o.assignee.raw for o in parse_text(HEADER + body).obligations if o.role == "lead"]


@pytest.mark.parametrize(
    ("item", "names"),
    [
        (
            "3. Đề nghị Viện kiểm sát nhân dân tỉnh, Hạt Kiểm lâm huyện phối hợp kiểm tra các cơ sở.\n",
            ["Viện kiểm sát nhân dân tỉnh", "Hạt Kiểm lâm huyện"],
        ),
        (
            "3. Công an tỉnh, Xưởng Phim tài liệu tỉnh và Nhà hát Ca kịch nhân dân tỉnh tổ chức biểu diễn.\n",
            ["Công an tỉnh", "Xưởng Phim tài liệu tỉnh", "Nhà hát Ca kịch nhân dân tỉnh"],
        ),
    ],
)
def test_words_no_list_knows_before_a_place_are_a_subjects_next_name(item, names):
    """A subject's list goes on over a name no list knows when the name ends with its place (``Tòa án nhân dân
    tỉnh`` read without ``Tòa án`` in the lists): the leave-one-head-out measure lost these members."""
    assert _requested(item) == names


def test_a_verb_after_a_subjects_comma_begins_no_name():
    """Counter-example: ``Tổ chức hội nghị tỉnh`` opens with a verb; the words before the place are the task."""
    assert _requested("3. Sở Tài chính chủ trì, tổ chức hội nghị tỉnh về tài chính công.\n") == ["Sở Tài chính"]


@pytest.mark.parametrize(
    ("item", "names"),
    [
        (
            "3. Xưởng Phim tài liệu tỉnh và các địa phương chủ trì tổ chức chiếu phim lưu động.\n",
            ["Xưởng Phim tài liệu tỉnh", "các địa phương"],
        ),
        (
            "3. Hạt Kiểm lâm huyện và UBND các xã chủ trì tổ chức tuần tra bảo vệ rừng.\n",
            ["Hạt Kiểm lâm huyện", "UBND các xã"],
        ),
        # twenty-second twin of A5: a task verb (not a role word) after the known name, which opens with a capital
        (
            "3. Thống kê tỉnh và Ủy ban nhân dân các xã, phường cùng tổ chức điều tra dân số giữa kỳ.\n",
            ["Thống kê tỉnh", "Ủy ban nhân dân các xã, phường"],
        ),
        (
            "3. Bảo hiểm xã hội huyện và Bưu điện huyện rà soát danh sách người hưởng lương hưu.\n",
            ["Bảo hiểm xã hội huyện", "Bưu điện huyện"],
        ),
    ],
)
def test_a_subject_no_list_knows_ends_at_its_place_before_a_known_name(item, names):
    """``X tỉnh và các địa phương`` with ``X`` no list knows: the name closes with its place, and what ``và`` adds
    is the next name the lists know, not more of the first (leave one head out: ``Công an tỉnh và các địa phương``)."""
    assert _requested(item) == names


def test_a_heading_of_an_unknown_name_and_a_known_collective_names_each():
    """``b) Hạt Kiểm lâm huyện và các địa phương`` among assignee headings: the unknown name closes with its place and
    ``các địa phương`` is the next name, the lists' own; not one name of both."""
    tasks = _tasks(f"{KNOWN}2. Xưởng Phim tài liệu tỉnh và các địa phương\n- Tổ chức chiếu phim lưu động.\n")
    assert tasks.get("Xưởng Phim tài liệu tỉnh") == tasks.get("các địa phương") == ["Tổ chức chiếu phim lưu động."]


def test_a_head_no_list_knows_behind_a_list_mark_heads_the_plural_of_places_after_it():
    """A partner cell printed as a list: ``- BQLDA các xã/phường`` is headed by the words behind its list mark as a
    comma's next item would be."""
    assert _table_partners("Nhà hát Ca kịch tỉnh", "- Công an tỉnh;\n- BQLDA các xã/phường.") == [
        "Công an tỉnh",
        "BQLDA các xã/phường",
    ]


def test_a_name_before_va_and_a_plural_of_bodies_is_no_head_of_the_plural():
    """Counter-example: ``- Xưởng Phim và các sở, ngành liên quan.` is two names; ``và`` ends the first, it
    heads nothing after it."""
    assert _table_partners("Nhà hát Ca kịch tỉnh", "- Công an tỉnh;\n- Xưởng Phim và các sở, ngành liên quan.") == [
        "Công an tỉnh",
        "Xưởng Phim",
        "các sở, ngành liên quan",
    ]


def test_an_unknown_name_heading_among_items_opening_with_their_subjects_is_an_assignee():
    """``c) Xưởng Phim tài liệu tỉnh:`` over its items, after siblings that are sentences opening with known subjects
    (``a) Các sở, ban, ngành căn cứ … triển khai …``): the items assign by who, so the heading names its assignee."""
    body = (
        "1. Các sở, ban, ngành căn cứ nội dung Kế hoạch, phối hợp triển khai các hoạt động liên quan.\n"
        "2. UBND các huyện chỉ đạo các xã tổ chức hưởng ứng Liên hoan.\n"
        "3. Xưởng Phim tài liệu tỉnh:\n- Xây dựng phim tài liệu về Liên hoan.\n"
    )
    assert _tasks(body).get("Xưởng Phim tài liệu tỉnh") == ["Xây dựng phim tài liệu về Liên hoan."]


@pytest.mark.parametrize("order", ["heading first", "heading last"])
def test_an_unknown_name_heading_whose_only_sibling_opens_with_its_subject_is_an_assignee(order):
    """Thirteenth twin of L1: ``1. Bưu điện xã Thái Khê:`` over bullets, beside one item, ``2. Công chức Văn hóa - Xã
    hội lập danh sách …``: when every item beside it opens with its subject, the items assign by who, and the
    heading names its assignee."""
    heading = "Nhà văn hóa xã Đông Hưng:\n- Mở cửa phục vụ người dân vào buổi tối.\n- Trưng bày ảnh về Liên hoan.\n"
    item = "Công chức Văn hóa - Xã hội lập danh sách đội văn nghệ tham gia Liên hoan trước ngày 15/3/2026.\n"
    body = f"1. {heading}2. {item}" if order == "heading first" else f"1. {item}2. {heading}"
    assert _tasks(body).get("Nhà văn hóa xã Đông Hưng") == [
        "Mở cửa phục vụ người dân vào buổi tối.",
        "Trưng bày ảnh về Liên hoan.",
    ]


def test_an_unknown_name_heading_among_items_with_no_subject_is_a_title():
    """Counter-example: beside items that name nobody (``1. Tổ chức các hoạt động …``), ``2. Liên hoan Phim tài liệu
    tỉnh:`` is a topic, not an assignee."""
    body = "1. Tổ chức các hoạt động văn hóa.\n2. Liên hoan Phim tài liệu tỉnh:\n- Xây dựng phim tài liệu.\n"
    assert "Liên hoan Phim tài liệu tỉnh" not in _tasks(body)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sở Tài chính và cơ quan, đơn vị liên quan", ["Sở Tài chính", "cơ quan, đơn vị liên quan"]),
        ("Công an tỉnh; tổ chức, cá nhân có liên quan", ["Công an tỉnh", "tổ chức, cá nhân có liên quan"]),
        ("Sở Y tế và địa phương", ["Sở Y tế"]),  # one bare noun after ``và`` is no list of bodies
    ],
)
def test_a_bare_list_of_bodies_after_va_or_a_semicolon_is_the_next_name(text, names):
    """``Sở Tài chính và cơ quan, địa phương liên quan`` (a partner cell): the lower-case nouns without ``các``, two or
    more, are a list's next name after ``và`` or ``;`` as after a comma (a goldset's task table lost them)."""
    assert _names(text) == names


@pytest.mark.parametrize(
    "item",
    [
        "3. Đề nghị Xưởng Phim tài liệu Trung ương xây dựng phim về Liên hoan.\n",
        "3. Khuyến khích Xưởng Phim tài liệu Trung ương xây dựng phim về Liên hoan.\n",
        "3. Giao Xưởng Phim tài liệu Trung ương xây dựng phim về Liên hoan.\n",
    ],
)
def test_the_addressee_after_an_opener_is_a_name_whatever_its_head(item):
    """After ``Đề nghị``/``Giao``/``Khuyến khích`` the noun phrase before the task verb is who is asked, whatever its
    head: no role word needs to follow it (at a sentence's start one does: ``Nền tảng số cung cấp …`` is a thing)."""
    assert _requested(item) == ["Xưởng Phim tài liệu Trung ương"]


def test_a_thing_at_a_sentences_start_before_a_task_verb_is_still_no_subject():
    """Counter-example: without an opener a capitalised thing before a verb names no one."""
    assert _requested("3. Nền tảng Số liệu Trung ương cung cấp dữ liệu cho Liên hoan.\n") == []


def test_a_post_no_list_knows_over_bodies_the_lists_know_is_one_assignee():
    """``Thủ trưởng các sở, ban, ngành`` with ``Thủ trưởng`` left out of the lexicon (issue 52, leave one head out):
    capitalised words shaped as a post (an agent's syllable, ``trưởng``) before a collective or a generic body
    (``cơ quan ngang bộ``) name that post of those bodies, at the head of a sentence and as a list's member."""
    from vbparse.extract.assignees import without_heads

    body = (
        "1. Thủ trưởng các sở, ban, ngành tỉnh có trách nhiệm triển khai thực hiện Kế hoạch này.\n"
        "2. Chánh Văn phòng UBND tỉnh, Thủ trưởng cơ quan ngang bộ, Chủ tịch UBND các xã chịu trách nhiệm thi hành.\n"
        "3. Viện trưởng các viện nghiên cứu chủ trì đề xuất nhiệm vụ khoa học.\n"
        "4. Thủ trưởng sở, ban, ngành thành phố tổ chức quán triệt Chương trình.\n"
    )
    with without_heads("Thủ trưởng", "Viện trưởng"):
        got = [o.assignee.raw for o in parse_text(HEADER + body).obligations]
    assert "Thủ trưởng các sở, ban, ngành tỉnh" in got, got
    assert "Thủ trưởng cơ quan ngang bộ" in got and "Chánh Văn phòng UBND tỉnh" in got, got
    assert "Viện trưởng các viện nghiên cứu" in got and "Thủ trưởng sở, ban, ngành thành phố" in got, got
    # counter-examples: a verb before bodies (``Chỉ đạo các sở …``), a thing (``Kết quả các đơn vị …``)
    with without_heads("Thủ trưởng"):
        got = [
            o.assignee.raw for o in parse_text(HEADER + "4. Chỉ đạo các sở, ngành tăng cường kiểm tra.\n").obligations
        ]
    assert not any(r.startswith("Chỉ đạo") for r in got), got


def test_a_long_name_heading_is_measured_without_the_place_it_names():
    """``Xí nghiệp Khai thác công trình thủy lợi`` + ``tỉnh Bình Phú``: eleven words, eight before its place."""
    name = "Xí nghiệp Khai thác công trình thủy lợi tỉnh Bình Phú"
    tasks = _tasks(f"{KNOWN}2. {name}\n- Bảo đảm nước tưới cho vụ Đông Xuân.\n")
    assert tasks.get(name) == ["Bảo đảm nước tưới cho vụ Đông Xuân."]


def test_a_long_heading_without_a_place_is_still_no_name():
    # counter: the same length with no place level is a topic, not an assignee
    tasks = _tasks(
        f"{KNOWN}2. Xí nghiệp Khai thác các công trình thủy lợi và Hệ thống Kênh mương nội đồng Bắc Đông\n- Nạo vét.\n"
    )
    assert not any(k.startswith("Xí nghiệp") and "Bắc Đông" in k for k in tasks)


def test_a_post_heading_in_charge_of_a_long_scope_is_measured_without_its_scope():
    """``Nhân viên`` + ``phụ trách lĩnh vực kế toán và quản lý tài sản công``: the scope does not make it long."""
    name = "Nhân viên phụ trách lĩnh vực kế toán và quản lý tài sản công"
    tasks = _tasks(f"{KNOWN}2. {name}\n- Lập dự toán kinh phí Liên hoan.\n")
    assert tasks.get(name) == ["Lập dự toán kinh phí Liên hoan."]


def test_a_company_heading_is_measured_by_the_words_of_its_proper_name():
    """``Xưởng In Cổ phần Công nghệ Tin học Bình Phú``: a capitalised syllable and the next are one word (seven)."""
    name = "Xưởng In Cổ phần Công nghệ Tin học Bình Phú"
    tasks = _tasks(f"{KNOWN}2. {name}\n- In ấn tài liệu tuyên truyền.\n")
    assert tasks.get(name) == ["In ấn tài liệu tuyên truyền."]


def test_a_roster_line_broken_after_its_post_gives_no_task_of_names_alone():
    """``2. Phó Giám đốc Sở Tài chính Nguyễn Văn An, Phó Trưởng`` / ``Ban Tổ chức.``: the paragraph under the
    heading is only a name (the rest of the post), no task."""
    doc = parse_text(
        HEADER + KNOWN + "2. Phó Giám đốc Sở Tài chính Nguyễn Văn An, Phó Trưởng\n\nBan Tổ chức Liên hoan.\n"
        "3. Nhà hát Ca kịch tỉnh\n- Dàn dựng chương trình khai mạc.\n"
    )
    tasks = [o.task for o in doc.obligations]
    assert not any(t.startswith("Ban Tổ chức") for t in tasks), tasks
    assert "Dàn dựng chương trình khai mạc." in tasks


def test_a_passive_after_a_list_with_a_member_no_list_knows_names_no_one():
    from vbparse.extract.name_lists import subject

    text = "Thị trường Đông Âu, Sở Công Thương tiếp tục được xác định là đối tác chính"
    assert subject(text, positional=True)[0] == []


def test_a_task_paragraph_that_ends_with_names_is_still_a_task():
    """Counter to the roster line: ``… báo cáo UBND; Chủ tịch UBND huyện.`` ends with names, it is not names alone."""
    doc = parse_text(HEADER + KNOWN + "2. Nhà hát Ca kịch tỉnh\nTổng hợp kết quả, báo cáo UBND; Chủ tịch UBND tỉnh.\n")
    assert "Tổng hợp kết quả, báo cáo UBND; Chủ tịch UBND tỉnh." in [o.task for o in doc.obligations]


def test_the_owner_named_by_a_duties_heading_is_the_assignee_whatever_its_siblings():
    """``Điều 4. Nhiệm vụ, quyền hạn của Hiệp đoàn Nông dân xã`` among articles of topics: the heading says whose
    duties the items are."""
    doc = parse_text(
        "QUY CHẾ\nLàm việc của Hiệp đoàn Nông dân xã\nĐiều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc làm việc.\n"
        "Điều 2. Nhiệm vụ, quyền hạn của Hiệp đoàn Nông dân xã\n1. Tổ chức thực hiện nghị quyết của cấp trên.\n"
        "2. Vận động hội viên phát triển kinh tế.\nĐiều 3. Hiệu lực thi hành\nQuy chế có hiệu lực từ ngày ký.\n"
    )
    got = {(o.assignee.raw, o.task) for o in doc.obligations}
    assert ("Hiệp đoàn Nông dân xã", "Tổ chức thực hiện nghị quyết của cấp trên.") in got, got


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("2. Điều phối viên Sở Y tế", "Điều phối viên Sở Y tế"),
        ("2. Kiểm soát viên Ủy ban MTTQ xã:", "Kiểm soát viên Ủy ban MTTQ xã"),
        ("2. Cộng tác viên Ban Chỉ đạo tỉnh", "Cộng tác viên Ban Chỉ đạo tỉnh"),
    ],
)
def test_a_heading_of_a_post_no_list_knows_of_a_known_body_names_its_items_assignee(heading, name):
    """A heading that is a post no list knows of a body the lists know (``post_of_known_at``), and nothing else, names
    who does its items whatever its siblings: the known body anchors it (among topic headings here)."""
    tasks = _tasks(
        f"1. Mục đích\n- Nâng cao chất lượng.\n{heading}\n- Xây dựng chương trình phục vụ Liên hoan.\n"
        "- Tổng hợp kết quả, báo cáo.\n"
    )
    assert tasks.get(name) == ["Xây dựng chương trình phục vụ Liên hoan.", "Tổng hợp kết quả, báo cáo."], tasks


@pytest.mark.parametrize(
    "heading",
    ["2. Hội nghị Sở Y tế", "2. Đông Nam Bộ", "2. Nhà hát Ca kịch tỉnh", "2. Xã Trường Văn", "2. Cửa sông lạch Trường"],
)
def test_a_heading_of_an_event_a_place_or_a_name_no_list_anchors_among_topics_names_no_one(heading):
    """Counter-examples: a meeting of a known body, a place's name ending in a head, a name no list knows at all, a
    commune or a river mouth whose proper name opens with a head (``Trường``): among topic headings each is a title."""
    tasks = _tasks(
        f"1. Mục đích\n- Nâng cao chất lượng.\n{heading}\n- Xây dựng chương trình phục vụ Liên hoan.\n"
        "- Tổng hợp kết quả, báo cáo.\n"
    )
    assert not any("Xây dựng chương trình phục vụ Liên hoan." in t for t in tasks.values()), tasks


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("2. Xưởng và Phim, Ảnh tỉnh", "Xưởng và Phim, Ảnh tỉnh"),
        ("2. Nhà hát Ca kịch, Múa rối tỉnh", "Nhà hát Ca kịch, Múa rối tỉnh"),
        # a one-word head joined by ``và`` to a capitalised name (``Báo và Phát Thanh, …``)
        ("2. Xưởng và Phim Truyện, Ảnh tỉnh", "Xưởng và Phim Truyện, Ảnh tỉnh"),
    ],
)
def test_a_portfolio_field_that_carries_the_whole_name_s_place_goes_on_in_the_name(heading, name):
    """The last field of a portfolio may carry the place of the whole name (``Báo và Phát thanh, Truyền hình tỉnh``):
    its level makes it no name of its own."""
    tasks = _tasks(KNOWN + f"{heading}\n- Xây dựng chương trình phục vụ Liên hoan.\n")
    assert tasks.get(name) == ["Xây dựng chương trình phục vụ Liên hoan."], tasks


def test_a_merged_media_body_heading_is_one_assignee_without_its_head_in_the_lexicon():
    from vbparse.extract.assignees import without_heads

    with without_heads("Báo"):
        tasks = _tasks(KNOWN + "2. Báo và Phát thanh, Truyền hình tỉnh\n- Xây dựng chương trình phục vụ Liên hoan.\n")
    assert tasks.get("Báo và Phát thanh, Truyền hình tỉnh") == ["Xây dựng chương trình phục vụ Liên hoan."], tasks


def test_a_name_closed_by_its_level_then_another_with_its_own_level_are_two():
    """Counter-example: ``Thư viện tỉnh, Bảo tàng tỉnh``: the first name's level closes it."""
    tasks = _tasks(KNOWN + "2. Thư viện tỉnh, Bảo tàng tỉnh\n- Xây dựng chương trình phục vụ Liên hoan.\n")
    assert "Thư viện tỉnh, Bảo tàng tỉnh" not in tasks and "Bảo tàng tỉnh" in tasks, tasks


def test_a_heading_of_a_post_s_stop_before_a_known_body_names_its_items_assignee_without_the_post_in_the_lexicon():
    """``Thường trực`` (a stop in lower case, ``POST_STOPS``) + a body the lists know, alone as a heading: its items'
    assignee, also when the lexicon does not hold ``Thường trực`` as a head."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Thường trực"):
        tasks = _tasks(
            "1. Mục đích\n- Nâng cao chất lượng.\n2. Thường trực Hội đồng thi đua tỉnh\n"
            "- Xây dựng chương trình phục vụ Liên hoan.\n"
        )
    assert tasks.get("Thường trực Hội đồng thi đua tỉnh") == ["Xây dựng chương trình phục vụ Liên hoan."], tasks


@pytest.mark.parametrize(
    "sentence",
    [
        "1. Sở Y tế chủ trì, phối hợp Hạt Kiểm lâm các huyện kiểm tra an toàn thực phẩm.\n",
        "1. Sở Y tế chủ trì, phối hợp với Hạt Kiểm lâm các huyện kiểm tra an toàn thực phẩm.\n",
    ],
)
def test_a_head_no_list_knows_right_after_phoi_hop_heads_the_plural_of_places(sentence):
    """``phối hợp`` without ``với`` opens its partners as ``với`` does: the capitalised words right after it head the
    plural of places (``Phối hợp UBND các xã, phường …`` with ``UBND`` left out of the lists)."""
    supports = [o.assignee.raw for o in parse_text(HEADER + sentence).obligations if o.role == "support"]
    assert supports == ["Hạt Kiểm lâm các huyện"], supports


def test_a_heading_of_two_long_names_no_list_knows_names_each():
    """``7. Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh Lào Cai`` with ``Ban`` left out of the
    lists: a heading as long as two names is measured name by name, not as one phrase."""
    heading = "2. Xưởng Quản lý Khu kinh tế và Xưởng Quản lý các Khu công nghiệp tỉnh Lào Cai"
    tasks = _tasks(KNOWN + f"{heading}\n- Xây dựng chương trình phục vụ Liên hoan.\n")
    for name in ("Xưởng Quản lý Khu kinh tế", "Xưởng Quản lý các Khu công nghiệp tỉnh Lào Cai"):
        assert tasks.get(name) == ["Xây dựng chương trình phục vụ Liên hoan."], tasks


@pytest.mark.parametrize(
    ("heading", "names"),
    [
        # a semicolon parts names, never a name and its portfolio's next field
        ("2. Sở Nội vụ; Xưởng và Phim, Ảnh tỉnh", ["Sở Nội vụ", "Xưởng và Phim, Ảnh tỉnh"]),
        ("2. Xưởng Phim Truyện; Nhà hát Ca kịch", ["Xưởng Phim Truyện", "Nhà hát Ca kịch"]),
        # after a name's comma a one-syllable head joined by ``và`` opens another name
        ("2. Sở Nội vụ, Xưởng và Phim Truyện, Ảnh tỉnh", ["Sở Nội vụ", "Xưởng và Phim Truyện, Ảnh tỉnh"]),
        # counter-example: a portfolio's next field after the comma stays the name's
        ("2. Nhà hát Ca kịch, Múa rối tỉnh", ["Nhà hát Ca kịch, Múa rối tỉnh"]),
    ],
)
def test_a_heading_s_semicolon_or_joined_head_opens_another_name_not_a_field(heading, names):
    """``Sở Nội vụ; Báo và Phát thanh, Truyền hình tỉnh``: a word after a semicolon, or a one-syllable head joined by
    ``và`` after a comma, is no field of the name before it (``Sở Nội vụ; Báo`` is no portfolio)."""
    tasks = _tasks(KNOWN + f"{heading}\n- Xây dựng chương trình phục vụ Liên hoan.\n")
    got = sorted(n for n, t in tasks.items() if t == ["Xây dựng chương trình phục vụ Liên hoan."])
    assert got == sorted(names or []), tasks


def test_a_heading_listing_a_merged_media_body_after_a_known_one_names_both_without_its_head_in_the_lexicon():
    from vbparse.extract.assignees import without_heads

    with without_heads("Báo"):
        tasks = _tasks(
            KNOWN + "2. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần Thơ\n"
            "- Xây dựng chương trình phục vụ Liên hoan.\n"
        )
    assert tasks.get("Báo và Phát thanh, Truyền hình Cần Thơ") == ["Xây dựng chương trình phục vụ Liên hoan."], tasks


def test_a_known_collective_with_its_qualifier_after_an_unknown_name_is_the_heading_s_second_name():
    """``Báo và Phát thanh, Truyền hình tỉnh và các cơ quan báo chí đóng trên địa bàn``: a name the lists know whole
    (its qualifier too) is not measured by the words a name no list knows may have."""
    tasks = _tasks(
        KNOWN + "2. Xưởng Phim tỉnh và các cơ quan báo chí đóng trên địa bàn\n"
        "- Xây dựng chương trình phục vụ Liên hoan.\n"
    )
    assert tasks.get("Xưởng Phim tỉnh") == ["Xây dựng chương trình phục vụ Liên hoan."], tasks
    assert tasks.get("các cơ quan báo chí đóng trên địa bàn") == ["Xây dựng chương trình phục vụ Liên hoan."], tasks


def test_a_long_phrase_no_list_knows_after_an_unknown_name_is_no_heading_of_names():
    """Counter-example: the words a name no list knows may have still bound the second item."""
    tasks = _tasks(
        KNOWN + "2. Xưởng Phim tỉnh và Nhà hát Ca kịch truyền thống dân tộc của các địa phương miền núi phía Bắc\n"
        "- Xây dựng chương trình phục vụ Liên hoan.\n"
    )
    assert "Xưởng Phim tỉnh" not in tasks, tasks


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("2. Xưởng Phim chi nhánh khu vực 14", "Xưởng Phim chi nhánh khu vực 14"),
        ("2. Kho Lưu trữ khu vực 3", "Kho Lưu trữ khu vực 3"),
        ("2. Xưởng In cơ sở 2", "Xưởng In cơ sở 2"),
    ],
)
def test_a_unit_s_number_in_its_region_or_branch_is_its_name_s(heading, name):
    """``Ngân hàng Nhà nước chi nhánh khu vực 14``, ``Thuế cơ sở 3``: a unit's number after ``khu vực`` or ``cơ sở``
    is its name's own, as after ``số`` (``Hạt Kiểm lâm số 2``), not a count."""
    tasks = _tasks(KNOWN + f"{heading}\n- Xây dựng chương trình phục vụ Liên hoan.\n")
    assert tasks.get(name) == ["Xây dựng chương trình phục vụ Liên hoan."], tasks


def test_a_count_before_khu_vuc_is_no_unit_s_number():
    """Counter-example: ``14 khu vực`` counts regions; the heading names no one."""
    tasks = _tasks(KNOWN + "2. Xưởng Phim 14 khu vực\n- Xây dựng chương trình phục vụ Liên hoan.\n")
    assert not any("14" in n for n in tasks), tasks


@pytest.mark.parametrize(
    ("sentence", "partner"),
    [
        ("1. Sở Y tế chủ trì, phối hợp chặt chẽ xưởng Cơ khí Tân Lập kiểm tra an toàn.\n", "xưởng Cơ khí Tân Lập"),
        ("1. Sở Y tế chủ trì, phối hợp trạm Bơm Đông Sơn kiểm tra an toàn.\n", "trạm Bơm Đông Sơn"),
    ],
)
def test_a_head_in_lower_case_before_its_capitalised_name_right_after_phoi_hop_opens_a_partner(sentence, partner):
    """``phối hợp chặt chẽ lực lượng Công an thành phố thực hiện …`` where no list knows ``lực lượng``: a head in
    lower case before a capitalised name opens the partners as a capital does."""
    supports = [o.assignee.raw for o in parse_text(HEADER + sentence).obligations if o.role == "support"]
    assert supports == [partner], supports


def test_a_verb_no_list_knows_after_phoi_hop_before_a_document_s_name_is_no_partner():
    """Counter-example: ``phối hợp rà soát Kế hoạch …``: the verb's object is a document, no partner."""
    sentence = "1. Sở Y tế chủ trì, phối hợp rà soát Kế hoạch sử dụng đất.\n"
    assert [o for o in parse_text(HEADER + sentence).obligations if o.role == "support"] == []


@pytest.mark.parametrize(
    ("value", "names"),
    [
        # a name of many syllables whose proper name pairs them (``Chỉ huy``, ``Phòng thủ``) before its grades
        ("Xưởng Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã", ["Xưởng Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã"]),
        ("Xí nghiệp Khai thác Công trình Thủy lợi Đông Sơn", ["Xí nghiệp Khai thác Công trình Thủy lợi Đông Sơn"]),
        # counter-example: a long phrase in lower case is no name
        ("Xưởng sửa chữa các loại máy móc thiết bị cơ khí nông nghiệp cho bà con", []),
    ],
)
def test_a_field_s_name_no_list_knows_is_measured_by_its_words_not_its_syllables(value, names):
    """``Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã`` where no list knows ``Ban``: a capitalised syllable and
    the one after it are one word of a proper name (``described_words``), as a heading's name is measured."""
    assert _field_leads(value) == names


def test_a_group_s_title_behind_its_section_s_number_stands_as_no_name():
    """Counter-example: a task table's group row read into a lead cell (``II. Lĩnh vực Đấu thầu …``)."""
    from vbparse.extract.obligation_names import stands_as_name

    assert not stands_as_name("II. Xưởng Đấu thầu lựa chọn nhà đầu tư")
    assert stands_as_name("Xưởng Đấu thầu lựa chọn nhà đầu tư")


def test_a_post_s_stop_before_a_known_body_opens_the_partners_without_the_post_in_the_lexicon():
    """``phối hợp với Thường trực Hội đồng nhân dân, Ủy ban nhân dân xã …`` where no list knows ``Thường trực``: the
    role word in capitals before a body the lists know is its post (``POST_STOPS``), among partners too."""
    from vbparse.extract.assignees import without_heads

    sentence = (
        "1. Sở Y tế chủ trì, phối hợp chặt chẽ với Thường trực Hội đồng thi đua tỉnh, Ủy ban nhân dân xã "
        "để thành lập Tổ công tác.\n"
    )
    with without_heads("Thường trực"):
        supports = [o.assignee.raw for o in parse_text(HEADER + sentence).obligations if o.role == "support"]
    assert supports == ["Thường trực Hội đồng thi đua tỉnh", "Ủy ban nhân dân xã"], supports


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("2. Xưởng Xúc tiến đầu tư, thương mại và du lịch", "Xưởng Xúc tiến đầu tư, thương mại và du lịch"),
        (
            "2. Nhà hát Nghệ thuật truyền thống, ca múa và nhạc tỉnh",
            "Nhà hát Nghệ thuật truyền thống, ca múa và nhạc tỉnh",
        ),
    ],
)
def test_a_heading_s_name_is_not_measured_by_its_own_lower_case_list(heading, name):
    """``7. Trung tâm Xúc tiến đầu tư, thương mại và du lịch`` where no list knows ``Trung tâm``: the lower-case list
    closing the name after its comma is the name's portfolio, not counted among the words it may have."""
    tasks = _tasks(KNOWN + f"{heading}\n- Xây dựng chương trình phục vụ Liên hoan.\n")
    assert tasks.get(name) == ["Xây dựng chương trình phục vụ Liên hoan."], tasks


@pytest.mark.parametrize(
    ("lead_in", "name"),
    [
        ("2. Giao Xưởng Cơ khí (đơn vị thường trực của Hội đồng):", "Xưởng Cơ khí"),
        ("2. Giao Nhà hát Ca kịch tỉnh (cơ quan thường trực Ban Tổ chức):", "Nhà hát Ca kịch tỉnh"),
        ("2. Đề nghị Cảng vụ Hàng hải Quy Nhơn (Phòng Pháp chế):", "Cảng vụ Hàng hải Quy Nhơn"),
    ],
)
def test_who_is_asked_in_a_lead_in_keeps_its_items_past_an_aside_before_the_colon(lead_in: str, name: str) -> None:
    """``Giao Sở Nội vụ (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng tỉnh):`` over its ``a)``, ``b)`` items,
    whatever the name's head: a bracketed aside between who is asked and the colon is the name's, not a clause."""
    got = _tasks(
        KNOWN + lead_in + "\na) Phối hợp với các cơ quan có liên quan theo dõi việc thực hiện.\n"
        "b) Tham mưu khen thưởng các tập thể có thành tích.\n"
    )
    assert len(got.get(name, [])) == 2, got


@pytest.mark.parametrize(
    ("lead_in", "name"),
    [
        ("Giao Xưởng Cơ khí (đơn vị thường trực):", "Xưởng Cơ khí"),
        # counter-examples: an aside followed by more words closes no name before a colon
        ("Giao Xưởng Cơ khí (trừ các nội dung đã giao) tổ chức theo dõi như sau:", None),
        ("Giao Xưởng Cơ khí (trừ các nội dung đã giao) như sau:", None),
    ],
)
def test_only_an_aside_right_before_the_colon_closes_who_is_asked(lead_in: str, name: str | None) -> None:
    """A bracketed aside closes the name of who is asked only when the lead-in's colon follows it."""
    from vbparse.extract.name_forms import positional_subject

    found = positional_subject(lead_in, len("Giao "), addressed=True)
    assert (lead_in[found.start : found.end] if found else None) == name


@pytest.mark.parametrize(
    ("lead_in", "name"),
    [
        ("2. Đối với Xưởng Cơ khí:", "Xưởng Cơ khí"),
        ("2. Đối với Nhà hát Ca kịch tỉnh:", "Nhà hát Ca kịch tỉnh"),
        ("2. Đối với Cảng vụ Hàng hải Quy Nhơn:", "Cảng vụ Hàng hải Quy Nhơn"),
    ],
)
def test_a_heading_addressing_a_name_no_list_knows_gives_it_its_items(lead_in: str, name: str) -> None:
    """``1. Đối với UBND thị trấn:`` over ``- Tổ chức kiểm tra …`` whatever the name's head: ``Đối với`` + a name and
    nothing after it but the colon addresses who does the items, as ``Giao`` + a name does; a clause after a comma
    (``Đối với …, X thực hiện``) is still a leading clause."""
    got = _tasks(KNOWN + lead_in + "\n- Tổ chức kiểm tra việc thực hiện.\n- Báo cáo kết quả về Sở Văn hóa.\n")
    assert len(got.get(name, [])) == 2, got


@pytest.mark.parametrize(
    "lead_in",
    ["2. Đối với Dự án Nhà máy Nước Tân Lập:", "2. Đối với tập thể:"],
)
def test_a_heading_addressing_a_thing_gives_no_one_its_items(lead_in: str) -> None:
    got = _tasks(KNOWN + lead_in + "\n- Tổ chức kiểm tra việc thực hiện.\n")
    assert set(got) <= {"Sở Văn hóa, Thể thao và Du lịch"}, got


def test_a_duties_heading_over_a_nested_duties_heading_gives_each_task_once():
    """``2. Nhiệm vụ của các đơn vị`` / ``2.1. TRÁCH NHIỆM CỦA ĐỘI …`` / items: the nested heading reads its items, and
    the walk does not read them a second time (a regression: every task was given twice, found by a fourth twin of
    HEADING-UNIT)."""
    from vbparse import parse_text

    text = (
        "UBND TỈNH HÀ GIANG\nSỞ CÔNG THƯƠNG\nSố: 10/KH-SCT\nHà Giang, ngày 01 tháng 12 năm 2027\n\nKẾ HOẠCH\n"
        "Kiểm tra thị trường cuối năm\n\nI. MỤC ĐÍCH, YÊU CẦU\nBình ổn thị trường.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\n1. Thời gian thực hiện: từ ngày 15/12/2027 đến ngày 15/01/2028.\n\n"
        "2. Nhiệm vụ của các đơn vị\n\n2.1. TRÁCH NHIỆM CỦA ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 5\n\n"
        "- Kiểm tra các cửa hàng kinh doanh pháo.\n\n- Báo cáo kết quả về Sở.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nVũ Văn Tâm\n"
    )
    tasks = [o.task for o in parse_text(text).obligations]
    assert sorted(tasks) == ["Báo cáo kết quả về Sở.", "Kiểm tra các cửa hàng kinh doanh pháo."]


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        (
            "2. NHIỆM VỤ CỦA CÁC HỘ KINH DOANH DỊCH VỤ LƯU TRÚ TẠI NHÀ DÂN",
            "Các hộ kinh doanh dịch vụ lưu trú tại nhà dân",
        ),
        ("2. Trách nhiệm của những người nuôi ong trên địa bàn", "những người nuôi ong trên địa bàn"),
        ("2. Nhiệm vụ của các chủ tàu cá", "các chủ tàu cá"),
    ],
)
def test_a_duties_heading_of_a_plural_of_people_named_by_what_they_do_gives_them_its_items(heading, name):
    """Thirteenth twin of HEADING-UNIT: ``NHIỆM VỤ CỦA CÁC HỘ KINH DOANH DỊCH VỤ LƯU TRÚ TẠI NHÀ DÂN`` over bullets:
    the plural of households (people, owners: ``hộ``, ``người``, ``chủ``, ``nhà``) named by what they do, to the
    heading's end, is whose duties the items are; no word list knows the phrase."""
    got = _tasks(f"{KNOWN}{heading}\n- Niêm yết giá dịch vụ tại nơi đón khách.\n- Khai báo lưu trú cho khách.\n")
    assert {k.casefold(): v for k, v in got.items()}.get(name.casefold()) == [
        "Niêm yết giá dịch vụ tại nơi đón khách.",
        "Khai báo lưu trú cho khách.",
    ], got


def test_a_duties_heading_of_a_plural_of_things_names_no_one():
    """Counter-example: ``Nhiệm vụ của các chương trình …`` (what the programmes are for) is no one's duties."""
    got = _tasks(f"{KNOWN}2. Nhiệm vụ của các chương trình phát thanh\n- Phản ánh kịp thời hoạt động của Liên hoan.\n")
    assert set(got) <= {"Sở Văn hóa, Thể thao và Du lịch"}, got


def _items_leads(body: str) -> list[str]:
    return [o.assignee.raw for o in parse_text(HEADER + body).obligations if o.role == "lead"]


def test_an_unknown_name_before_a_task_verb_among_items_opening_with_their_subjects_is_a_subject():
    """Thirteenth twin of A1: ``2. Kho muối Bãi Ngang tiếp nhận …`` between ``1. Hợp tác xã … nạo vét …`` and ``3. Thôn
    … lập …``: among items that open with their subjects, a name-shaped phrase no list knows before a task verb is
    one too (the items assign by who), as a heading among assignee headings is."""
    assert _items_leads(
        "1. Hợp tác xã Muối Đông Diêm nạo vét mương dẫn nước.\n"
        "2. Kho muối Bãi Ngang tiếp nhận muối của diêm dân.\n"
        "3. Thôn Hạ Diêm lập danh sách hộ làm muối.\n"
    ) == ["Hợp tác xã Muối Đông Diêm", "Kho muối Bãi Ngang", "Thôn Hạ Diêm"]


def test_an_unknown_name_before_a_task_verb_among_items_with_no_subject_stays_no_subject():
    """Counter-example: among items that name no one (``1. Tổ chức …``), ``2. Kho muối Bãi Ngang tiếp nhận …`` is
    no subject: no list knows the head, and nothing around it says the items assign by who."""
    assert (
        _items_leads(
            "1. Tổ chức hội chợ làng nghề.\n2. Kho muối Bãi Ngang tiếp nhận muối của diêm dân.\n"
            "3. Mở lớp truyền nghề cho thanh niên.\n"
        )
        == []
    )


def test_who_acts_after_a_leading_clause_of_how_often_is_the_subject():
    """Thirteenth twin of A4: ``Cứ 02 ngày một lần trong thời gian cao điểm, Văn phòng Ban cập nhật …``: a clause of how
    often leads the sentence, who acts follows its comma."""
    assert _items_leads("1. Cứ 02 ngày một lần trong mùa lũ, Sở Y tế cập nhật số ca bệnh.\n") == ["Sở Y tế"]


def test_what_a_body_is_now_is_a_description_not_a_task():
    """Thirteenth twin of F3: ``3. Ban Quản lý dự án … tỉnh hiện là chủ đầu tư của 03 dự án kè …``: what the body is
    now (``hiện là``, ``hiện nay là``) describes it; no task (decision 16)."""
    assert (
        _items_leads(
            "1. Ban Quản lý dự án đầu tư xây dựng tỉnh hiện là chủ đầu tư của 03 dự án kè chống sạt lở.\n"
            "2. Công ty Thủy lợi Bắc Sơn hiện nay là đơn vị quản lý 12 trạm bơm.\n"
        )
        == []
    )


def test_a_state_after_an_unknown_name_and_a_known_one_gives_no_subjects():
    """Counter-example: ``chưa đạt chuẩn`` after ``X cấp xã hoặc Trung tâm … cấp xã`` says what is so (a criterion of
    a list), no task; the verb after the known name parts the two only when it is no state word."""
    assert (
        _requested("3. Nhà Văn hóa - Thể thao cấp xã hoặc Trung tâm Văn hóa - Thể thao cấp xã chưa đạt chuẩn.\n") == []
    )


@pytest.mark.parametrize(
    "heading",
    [
        "2. Trách nhiệm của cơ quan chủ trì\n",
        "3. Trách nhiệm của các cơ quan phối hợp\n",
        "2. Nhiệm vụ của đơn vị thực hiện\n",
    ],
)
def test_a_possessive_headings_role_noun_is_no_subject(heading):
    """Twenty-second twin of S7: ``Trách nhiệm của cơ quan chủ trì`` names the lead agency by its role, no one (the
    sentences below name who); it was read as ``cơ quan`` + ``chủ trì``, a task of no one's."""
    body = heading + "\nCông an tỉnh xây dựng phương án bảo vệ an ninh, trật tự khu vực lễ hội.\n"
    assert [a for a, _t in leads(body)] == ["Công an tỉnh"]


def test_a_possessive_heading_of_a_named_body_still_names_it():
    """Counter-example: ``Trách nhiệm của Sở Y tế`` over a bare item gives the Sở the item."""
    assert [a for a, _t in leads("2. Trách nhiệm của Sở Y tế\n- Tổ chức tiêm chủng mở rộng.\n")] == ["Sở Y tế"]


@pytest.mark.parametrize(
    ("item", "names"),
    [
        (
            "3. Trưởng các thôn và Chi hội trưởng Chi hội Nông dân các thôn vận động hộ dân ký cam kết.\n",
            ["Trưởng các thôn", "Chi hội trưởng Chi hội Nông dân các thôn"],
        ),
        (
            "3. Trưởng các thôn và Chi hội trưởng Chi hội Cựu chiến binh các thôn dọn vệ sinh đường làng.\n",
            ["Trưởng các thôn", "Chi hội trưởng Chi hội Cựu chiến binh các thôn"],
        ),
        ("3. Chi hội Phụ nữ thôn Nà Lừa tổ chức buổi sinh hoạt chuyên đề.\n", ["Chi hội Phụ nữ thôn Nà Lừa"]),
    ],
)
def test_a_post_over_a_grassroots_branch_after_a_plural_is_a_name_of_its_own(item, names):
    """Twenty-second twin of S2: ``Trưởng các thôn và Chi hội trưởng …`` was one name: the plural's list of nouns
    (``các thôn`` + ``và chi hội``) took the capitalised post (``Chi hội trưởng``, head of an association's branch)
    as its next noun. (``Chi hội`` / ``Chi đoàn`` as body heads were tried and left out: a goldset roster line, ``Bà
    …, Chi hội Phụ nữ đại diện cử tri khóm …, Ủy viên``, became a task.)"""
    assert _requested(item) == names
