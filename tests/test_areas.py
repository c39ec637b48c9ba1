"""Areas: the gazetteer, the issuer's unit, the unit of each assignee, the members of collectives, and the
board's answers to ``Sở Tài chính tỉnh Lào Cai`` and ``UBND xã Bát Xát`` (issue 23).  Examples invented
after the classes found in ``../shared/realdocs``."""

from __future__ import annotations

import datetime as dt

import pytest

from vbparse.extract.areas import assignee_area, collective_members, document_area
from vbparse.models import Assignee, Issuer
from vbparse.store import Archive
from vbparse.tables.units import containing_paths, resolve_place

AFTER = dt.date(2026, 3, 2)
BEFORE = dt.date(2023, 3, 2)


@pytest.mark.parametrize(
    ("place", "path", "province_2025"),
    [
        ("tỉnh Lào Cai", "tinh lao cai", "Lào Cai"),
        ("xã Bát Xát", "tinh lao cai/xa bat xat", "Lào Cai"),
        ("huyện Trà Bồng", "tinh quang ngai/huyen tra bong", "Quảng Ngãi"),
        ("tỉnh Yên Bái", "tinh yen bai", "Lào Cai"),  # merged into Lào Cai on 1 July 2025
        ("thành phố Hà Nội", "thanh pho ha noi", "Hà Nội"),
        ("Lâm Đồng", "tinh lam dong", "Lâm Đồng"),
        ("đặc khu Phú Quốc", "tinh an giang/dac khu phu quoc", "An Giang"),
    ],
)
def test_a_written_place_resolves_to_its_unit_and_the_province_it_is_in_since_2025(place, path, province_2025):
    unit = resolve_place(place, after_2025=True)[0]
    assert (unit.path, unit.province_2025) == (path, province_2025)


def test_a_place_unknown_to_the_gazetteer_resolves_to_nothing():
    assert resolve_place("xã Không Có Thật") == []


def test_the_units_holding_a_commune_are_read_from_its_path():
    assert containing_paths("tinh lao cai/huyen bat xat/thi tran bat xat") == [
        "tinh lao cai",
        "tinh lao cai/huyen bat xat",
        "tinh lao cai/huyen bat xat/thi tran bat xat",
    ]


@pytest.mark.parametrize(
    ("name", "parent", "place", "issued", "area"),
    [
        ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", None, "Lào Cai", AFTER, "tinh lao cai"),
        ("SỞ CÔNG THƯƠNG", "UBND TỈNH LÀO CAI", "Lào Cai", AFTER, "tinh lao cai"),  # a Sở: its parent's province
        ("ỦY BAN NHÂN DÂN ** TỈNH BẮC NINH", None, None, AFTER, "tinh bac ninh"),  # markdown left in the header
        ("ỦY BAN NHÂN DÂN XÃ BÁT XÁT", None, "Bát Xát", AFTER, "tinh lao cai/xa bat xat"),
        ("UBND THỊ TRẤN BÁT XÁT", "UBND HUYỆN BÁT XÁT", None, BEFORE, "tinh lao cai/huyen bat xat/thi tran bat xat"),
        ("CÔNG AN TỈNH LÂM ĐỒNG", "BỘ CÔNG AN", None, AFTER, "tinh lam dong"),  # a ministry's unit in a province
        ("BỘ TÀI CHÍNH", None, "Hà Nội", AFTER, None),  # national: the place line is where it sits
        ("HỘI ĐỒNG THẨM ĐỊNH", None, "Lâm Đồng", AFTER, "tinh lam dong"),  # no place in the header: the place line
    ],
)
def test_the_issuer_area_is_its_own_unit_inside_its_parents(name, parent, place, issued, area):
    unit = document_area(Issuer(name=name, parent=parent), place, issued)
    assert (unit.path if unit else None) == area


@pytest.mark.parametrize(
    ("canonical", "place", "members"),
    [
        ("Ủy ban nhân dân các xã, phường, đặc khu", "các xã, phường, đặc khu", ["@xa"]),
        ("Ủy ban nhân dân cấp xã", "cấp xã", ["@xa"]),
        ("Ủy ban nhân dân phường, xã", "phường, xã", ["@xa"]),  # the levels listed without các
        ("Chủ tịch UBND các huyện, thị xã", "các huyện, thị xã", ["@huyen"]),
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", None, ["@tinh"]),
        ("Công an các địa phương", None, ["@dia_phuong"]),  # the police of each locality, not its UBND
        ("Các sở, ban, ngành", None, ["so", "ban", "nganh"]),
        ("Các Sở, ban ngành tỉnh", None, ["so", "ban", "nganh"]),  # ``tỉnh`` after a noun is the place
        ("Thủ trưởng các sở, ban, ngành", None, ["so", "ban", "nganh"]),  # the heads of the bodies named
        ("Các phòng chuyên môn", None, ["phong"]),
        ("Các cơ quan, đơn vị, địa phương", None, ["co_quan", "don_vi", "dia_phuong"]),
        ("Các cơ quan, đơn vị có liên quan", None, []),  # only some are meant: not expanded
        ("Các đơn vị được giao nhiệm vụ", None, []),
        ("Các thành viên Ban Chỉ đạo", None, []),
        ("Các tình tiết", None, []),  # a word that starts like a level is not one
        ("Sở Tài chính", None, []),
        # a clause after the list that chooses among its members (issue 53: read as every department)
        ("Các Sở quản lý công trình xây dựng chuyên ngành Thành phố", None, []),
        ("Cơ quan, đơn vị thực hiện nội dung chi", None, []),
        ("UBND các phường, xã có tuyến đường đi qua", "các phường, xã", []),
        ("Các sở, ngành tham gia Chương trình", None, []),
        ("Các phòng chuyên môn sử dụng ngân sách", None, []),
        ("Các sở, ban, ngành, cơ quan, đơn vị", None, ["so", "ban", "nganh", "co_quan", "don_vi"]),  # counter
        ("Các cơ quan, đơn vị, cơ sở", None, []),  # ``cơ sở`` (facilities): only some, as before
        # bodies of a level named by their noun before ``cấp`` (issue 53: read as the level's committees)
        ("Thủ trưởng cơ quan chuyên môn cấp tỉnh", None, ["co_quan"]),
        ("Cơ quan chuyên môn thuộc UBND cấp tỉnh", None, ["co_quan"]),
        ("Phòng chuyên môn cấp huyện", None, ["phong"]),
        ("Chủ tịch Ủy ban nhân dân cấp tỉnh", None, ["@tinh"]),  # counter-example: the committees themselves
        # a central body's branch in each province, headed by a post (issue 53: read as the provinces themselves)
        ("Giám đốc Bảo hiểm xã hội các tỉnh, thành phố", None, ["@tinh", "@huyen"]),
        ("Giám đốc Kho bạc Nhà nước các tỉnh", None, ["@tinh"]),
        ("Giám đốc các sở", None, ["so"]),  # counter-examples: the post alone over the bodies, or over the committees
        ("Lãnh đạo Ủy ban nhân dân cấp xã", None, ["xa"]),
    ],
)
def test_a_collective_says_which_members_it_stands_for(canonical, place, members):
    assert collective_members(Assignee(raw=canonical, canonical=canonical, kind="body", place=place)) == members


def _area(canonical: str, issuer_area: str, place: str | None = None) -> tuple[str | None, bool]:
    unit = resolve_place(issuer_area, after_2025=True)[0]
    a = assignee_area(Assignee(raw=canonical, canonical=canonical, kind="body", place=place), unit, True)
    return a.area_key, a.area_from_issuer


def test_a_body_written_without_a_place_takes_the_issuers_unit():
    assert _area("Văn phòng Ủy ban nhân dân", "xã Bát Xát") == ("tinh lao cai/xa bat xat", True)


def test_a_provincial_body_in_a_communes_plan_is_of_the_communes_province():
    assert _area("Sở Tài chính", "xã Bát Xát") == ("tinh lao cai", True)


def test_a_written_place_is_resolved_inside_the_issuers_province():
    assert _area("Ủy ban nhân dân xã Bát Xát", "tỉnh Lào Cai", "xã Bát Xát") == ("tinh lao cai/xa bat xat", False)


def test_a_national_body_has_no_area():
    assert _area("Bộ Tài chính", "tỉnh Lào Cai") == (None, False)


def test_a_unit_called_bo_phan_is_of_the_issuers_unit_not_a_ministry():
    """``Bộ phận …`` (a desk of a UBND) begins as a ministry's name does; it is the issuer's own."""
    assert _area("Bộ phận tiếp nhận và trả kết quả", "xã Bát Xát") == ("tinh lao cai/xa bat xat", True)


def _plan(issuer: str, place: str, number: str, body: str) -> str:
    return f"""{issuer}
Số: {number}/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 10 tháng 3 năm 2026

KẾ HOẠCH

Triển khai nhiệm vụ năm 2026

I. MỤC ĐÍCH, YÊU CẦU

Bảo đảm thực hiện đúng tiến độ.

II. TỔ CHỨC THỰC HIỆN

{body}

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn An
"""


LAO_CAI = _plan(
    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
    "Lào Cai",
    "51",
    "1. Sở Tài chính chủ trì bố trí kinh phí thực hiện Kế hoạch, hoàn thành trước ngày 30/6/2026.\n\n"
    "2. Ủy ban nhân dân các xã, phường rà soát, thống kê số hộ nghèo trên địa bàn, báo cáo trước ngày 15/5/2026.\n\n"
    "3. Các sở, ban, ngành tuyên truyền nội dung Kế hoạch đến cán bộ, công chức, hoàn thành trong tháng 4/2026.",
)
LAM_DONG = _plan(
    "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
    "Lâm Đồng",
    "52",
    "1. Sở Tài chính chủ trì thẩm định dự toán kinh phí, hoàn thành trước ngày 31/5/2026.\n\n"
    "2. Ủy ban nhân dân các xã, phường, đặc khu tổ chức kiểm tra, báo cáo trước ngày 20/5/2026.",
)


@pytest.fixture(scope="module")
def two_provinces(tmp_path_factory) -> str:
    root = tmp_path_factory.mktemp("areas")
    (root / "kh-lao-cai.txt").write_text(LAO_CAI, encoding="utf-8")
    (root / "kh-lam-dong.txt").write_text(LAM_DONG, encoding="utf-8")
    db = str(root / "a.db")
    with Archive(db) as archive:
        archive.index([root], jobs=1)
    return db


def _tasks(db: str, assignee: str, **kw) -> list[tuple[str | None, bool, str | None]]:
    with Archive(db) as archive:
        return [(h.assignee.canonical, h.shared, h.document.number) for h in archive.obligations(assignee, **kw)]


def test_a_body_named_with_its_province_finds_the_tasks_that_province_gave_it_without_the_place(two_provinces):
    assert _tasks(two_provinces, "Sở Tài chính tỉnh Lào Cai", shared=False) == [("Sở Tài chính", False, "51/KH-UBND")]
    assert _tasks(two_provinces, "Sở Tài chính tỉnh Lâm Đồng", shared=False) == [("Sở Tài chính", False, "52/KH-UBND")]


def test_a_body_named_without_a_place_is_found_in_every_place(two_provinces):
    assert sorted(n for _t, _s, n in _tasks(two_provinces, "Sở Tài chính")) == ["51/KH-UBND", "52/KH-UBND"]


def test_a_body_named_with_its_province_also_gets_its_provinces_collectives_marked_shared(two_provinces):
    tasks = _tasks(two_provinces, "Sở Tài chính Lào Cai")  # the province named without its level word
    assert sorted(tasks) == [("Các sở, ban, ngành", True, "51/KH-UBND"), ("Sở Tài chính", False, "51/KH-UBND")]


def test_a_commune_gets_the_tasks_its_province_gave_every_commune_and_no_other_provinces(two_provinces):
    assert _tasks(two_provinces, "UBND xã Bát Xát") == [("Ủy ban nhân dân các xã, phường", True, "51/KH-UBND")]
    assert _tasks(two_provinces, "Ủy ban nhân dân phường Xuân Hương - Đà Lạt") == [
        ("Ủy ban nhân dân các xã, phường, đặc khu", True, "52/KH-UBND")
    ]


def test_a_commune_of_before_2025_gets_the_collectives_of_the_province_it_is_in_now(two_provinces):
    # thị trấn Bát Xát (huyện Bát Xát) was merged into xã Bát Xát, tỉnh Lào Cai
    assert [n for _t, shared, n in _tasks(two_provinces, "UBND thị trấn Bát Xát") if shared] == ["51/KH-UBND"]


def test_the_province_itself_is_not_a_member_of_its_own_communes_collective(two_provinces):
    assert _tasks(two_provinces, "UBND tỉnh Lào Cai") == []


def test_a_task_that_names_the_body_and_its_collective_is_one_row_with_the_named_role(tmp_path):
    """Issue 41: ``Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành …`` was two rows of one task on the
    Sở's board: its own (lead) and the collective's (support, giao chung)."""
    plan = _plan(
        "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
        "Lào Cai",
        "53",
        "1. Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành rà soát dự toán kinh phí, hoàn thành trước "
        "ngày 30/6/2026.\n\n2. Các sở, ban, ngành tổ chức tự kiểm tra việc thực hiện, báo cáo trước ngày 15/11/2026.",
    )
    (tmp_path / "kh.txt").write_text(plan, encoding="utf-8")
    db = str(tmp_path / "a.db")
    with Archive(db) as archive:
        archive.index([tmp_path], jobs=1)
        hits = archive.obligations("Sở Tài chính tỉnh Lào Cai")
        assert [(h.role, h.shared, h.section) for h in hits] == [("lead", False, "II.1"), ("lead", True, "II.2")]
        assert len(archive.obligations("Sở Tài chính tỉnh Lào Cai", limit=1)) == 1
        # the Sở Tư pháp, named in neither, gets both tasks as a member of the collective
        assert [(h.role, h.shared) for h in archive.obligations("Sở Tư pháp tỉnh Lào Cai")] == [
            ("support", True),
            ("lead", True),
        ]


def test_the_tasks_of_one_assignee_share_one_read_only_assignee():
    """Issue 40: 20 000 tasks kept 123 MB of models, each task's assignee a copy of its own; now one per
    assignee and document (97 MB), which can therefore not be changed in place."""
    import pydantic

    from vbparse.pipeline import parse_text

    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\n1. Nhiệm vụ\n"
        "- Sở Tài chính chủ trì rà soát dự toán, hoàn thành trước ngày 30/6/2026.\n"
        "- Sở Y tế chủ trì kiểm tra an toàn thực phẩm.\n"
        "- Sở Tài chính chủ trì tổng hợp kinh phí.\n"
        "- Sở Tài chính chủ trì báo cáo UBND tỉnh.\n"
    )
    finance = [o.assignee for o in doc.obligations if o.assignee.canonical == "Sở Tài chính"]
    health = [o.assignee for o in doc.obligations if o.assignee.canonical == "Sở Y tế"]
    assert len(finance) == 3 and len(health) == 1
    assert all(a is finance[0] for a in finance) and health[0] is not finance[0]
    assert finance[0].area_key and "lao cai" in finance[0].area_key
    with pytest.raises(pydantic.ValidationError):
        finance[0].area = "tỉnh Yên Bái"


@pytest.mark.parametrize(
    ("name", "place", "expected"),
    [
        # a mark misread on a scan: the letters are the province's, the marks are not
        ("CÔNG AN TỈNH LÂM ĐÓNG", "tỉnh Lâm Đồng", "CÔNG AN TỈNH LÂM ĐỒNG"),
        ("Sở Y tế tỉnh Lâm Đóng", "tỉnh Lâm Đồng", "Sở Y tế tỉnh Lâm Đồng"),
        ("ỦY BAN NHÂN DÂN HUYỆN BÁT XÁT", "huyện Bát Xát, tỉnh Lào Cai", "ỦY BAN NHÂN DÂN HUYỆN BÁT XÁT"),
        ("UBND XÃ BẢN XÈO, HUYỆN BÁT XAT", "huyện Bát Xát, tỉnh Lào Cai", "UBND XÃ BẢN XÈO, HUYỆN BÁT XÁT"),
        # counter-examples: the tone's place is a spelling; other letters are another name; no place at all
        ("ỦY BAN NHÂN DÂN XÃ HOÀ BÌNH", "xã Hòa Bình, tỉnh Vĩnh Long", "ỦY BAN NHÂN DÂN XÃ HOÀ BÌNH"),
        ("ỦY BAN NHÂN DÂN HUYỆN BÁT XÁC", "huyện Bát Xát, tỉnh Lào Cai", "ỦY BAN NHÂN DÂN HUYỆN BÁT XÁC"),
        ("SỞ TÀI CHÍNH", "tỉnh Lâm Đồng", "SỞ TÀI CHÍNH"),
        ("BAN QUẢN LÝ LÂM ĐÓNG GÓP", "tỉnh Lâm Đồng", "BAN QUẢN LÝ LÂM ĐÓNG GÓP"),  # no level word before it
        # an OCR that lost every mark of the kind and the name
        ("ỦY BAN NHÂN DÂN TINH QUANG NGAI", "tỉnh Quảng Ngãi", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"),
        # ``cơ quan`` folds like ``quận``: a template's ``CƠ QUAN CHỦ QUẢN`` is not the town of Chũ
        ("TÊN CƠ QUAN CHỦ QUẢN", "thị trấn Chũ, tỉnh Bắc Giang", "TÊN CƠ QUAN CHỦ QUẢN"),
    ],
)
def test_a_place_in_the_issuer_is_spelled_as_the_gazetteer_when_only_its_marks_differ(name, place, expected):
    """Issue 41: a scan's ``CÔNG AN TỈNH LÂM ĐÓNG`` was the issuer's name on the board and in search."""
    from vbparse.chars import fold
    from vbparse.extract.areas import respelled_issuer
    from vbparse.models import Issuer
    from vbparse.tables.units import resolve_place

    own, _, province = place.partition(", ")
    unit = next(u for u in resolve_place(own) if fold(province) in u.path)
    diags: list = []
    issuer = respelled_issuer(Issuer(name=name), unit, diags)
    assert issuer.name == expected
    assert [d.code for d in diags] == (["issuer_place_respelled"] if expected != name else [])


SHORT_FORMS_PLAN = _plan(
    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
    "Lào Cai",
    "54",
    "1. Công an tỉnh chủ trì kiểm tra an ninh trật tự tại các khu du lịch, hoàn thành trước ngày 30/6/2026.\n\n"
    "2. Văn phòng UBND tỉnh tổng hợp kết quả, báo cáo Chủ tịch UBND tỉnh trước ngày 15/12/2026.\n\n"
    "3. Sở Tài chính bố trí kinh phí thực hiện kế hoạch.\n\n"
    "4. Sở Nội vụ hướng dẫn công tác thi đua.",
)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("CA tỉnh", "Công an tỉnh"),
        ("CAT", "Công an tỉnh"),
        ("VP UBND", "Văn phòng UBND tỉnh"),
        ("VPUBND", "Văn phòng UBND tỉnh"),
        ("Sở TC", "Sở Tài chính"),
        ("STC", "Sở Tài chính"),
        ("Sở NV", "Sở Nội vụ"),
    ],
)
def test_the_usual_short_forms_find_the_tasks_of_the_full_name(tmp_path_factory, short, full):
    """Issue 41: ``CA tỉnh``, ``VPUBND``, ``Sở TC`` found nothing on the board."""
    root = tmp_path_factory.mktemp("short")
    (root / "kh.txt").write_text(SHORT_FORMS_PLAN, encoding="utf-8")
    db = str(root / "a.db")
    with Archive(db) as archive:
        archive.index([root], jobs=1)
        expected = [h.ref for h in archive.obligations(full)]
        assert len(expected) == 1
        assert [h.ref for h in archive.obligations(short)] == expected


def test_query_abbreviations_are_spelled_out_only_as_whole_words():
    from vbparse.names import spelled_out
    from vbparse.tables.assignees import ASSIGNEE_TABLE, department_initialisms

    assert spelled_out("CA huyện Bát Xát") == "Công an huyện Bát Xát"
    assert spelled_out("VPHĐND") == "Văn phòng HĐND"
    # counter-examples: a word that only begins like one, a lower-case word, a name
    assert spelled_out("CAO Văn Minh") == "CAO Văn Minh"
    assert spelled_out("ca trực") == "ca trực"
    assert spelled_out("VPTK") == "VPTK"
    assert department_initialisms("Sở Kế hoạch và Đầu tư") == ("Sở KHĐT", "Sở KH&ĐT")
    assert department_initialisms("Sở Y tế") == ("Sở YT",) and department_initialisms("Phòng Nội vụ") == ()
    aliases = {a for _c, _k, names in ASSIGNEE_TABLE for a in names}
    assert {"Sở TC", "Sở NV", "Sở CT"} <= aliases


MEMBERSHIP_PLAN = _plan(
    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
    "Lào Cai",
    "55",
    "1. Các cơ quan Trung ương đóng trên địa bàn tỉnh phối hợp thực hiện kế hoạch.\n\n"
    "2. Các cơ quan truyền thông, báo chí tuyên truyền nội dung kế hoạch.\n\n"
    "3. Các cơ quan chức năng thuộc Chính phủ hướng dẫn thực hiện.\n\n"
    "4. Các cơ quan, đơn vị được kiểm tra chuẩn bị hồ sơ.\n\n"
    "5. Các phòng, đơn vị trực thuộc Sở Tài chính triển khai thực hiện.\n\n"
    "6. Các cơ quan, đơn vị, địa phương tổ chức thực hiện kế hoạch.\n\n"
    "7. Các sở, ban, ngành xây dựng kế hoạch của ngành.\n\n"
    "8. Các cơ quan chuyên môn thuộc UBND tỉnh báo cáo kết quả.",
)


def test_a_department_gets_the_tasks_of_the_groups_it_belongs_to_only(tmp_path):
    """Issue 41: a Sở's board listed the tasks of the central bodies in its province, the press, the
    Government's agencies, the bodies inspected and another Sở's own units as giao chung."""
    (tmp_path / "kh.txt").write_text(MEMBERSHIP_PLAN, encoding="utf-8")
    db = str(tmp_path / "a.db")
    with Archive(db) as archive:
        archive.index([tmp_path], jobs=1)
        assert [h.section for h in archive.obligations("Sở Tư pháp tỉnh Lào Cai")] == ["II.6", "II.7", "II.8"]
        # a ministry is one of ``các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ`` all the same
    from vbparse.extract.areas import collective_members
    from vbparse.models import Assignee

    national = Assignee(raw="các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", kind="body")
    assert collective_members(national) == ["bo"]


def test_a_name_without_its_place_that_finds_several_places_says_which(two_provinces):
    """Issue 41: ``Sở Tài chính`` listed the tasks of two provinces' departments as if they were one body's."""
    from fastapi.testclient import TestClient

    from vbparse.query import several_places
    from vbparse.web import create_app

    with Archive(two_provinces) as archive:
        hits = archive.obligations("Sở Tài chính")
        assert sorted(several_places("Sở Tài chính", hits)) == [("tỉnh Lào Cai", 1), ("tỉnh Lâm Đồng", 1)]
        assert several_places("Sở Tài chính tỉnh Lào Cai", archive.obligations("Sở Tài chính tỉnh Lào Cai")) == []
    with TestClient(create_app(two_provinces)) as c:
        page = c.get("/obligations", params={"assignee": "Sở Tài chính"}).text
        assert "có ở 2 nơi" in page and "tỉnh Lào Cai" in page and "tỉnh Lâm Đồng" in page
        assert "có ở" not in c.get("/obligations", params={"assignee": "Sở Tài chính tỉnh Lào Cai"}).text


def test_the_board_says_why_a_shared_row_is_there(two_provinces):
    """Issue 41: the board, its CSV and its workbook say which collective of which place brought the row."""
    from fastapi.testclient import TestClient

    from vbparse.web import create_app

    with TestClient(create_app(two_provinces)) as client:
        page = client.get("/obligations", params={"assignee": "Sở Tài chính Lào Cai"}).text
        csv_text = client.get("/obligations.csv", params={"assignee": "Sở Tài chính Lào Cai"}).text
    assert "Sở Tài chính Lào Cai thuộc “Các sở, ban, ngành” của tỉnh Lào Cai" in " ".join(page.split())
    assert "thuộc “Các sở, ban, ngành” của tỉnh Lào Cai" in csv_text


def test_an_assignees_place_with_a_misread_mark_is_written_as_the_gazetteer_writes_it():
    """Issue 41: a scan's ``Công an tỉnh Lâm Đóng`` in a plan of Lâm Đồng is Công an tỉnh Lâm Đồng (its raw stays
    as read, a diagnostic says so); a spelling of the tone's place is a spelling, not a misreading."""
    from vbparse import parse

    text = _plan(
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        "Lâm Đồng",
        "53",
        "1. Công an tỉnh Lâm Đóng chủ trì bảo đảm an ninh trật tự, hoàn thành trước ngày 30/6/2026.\n\n"
        "2. Sở Tài chính tỉnh Lâm Đồng bố trí kinh phí, hoàn thành trước ngày 30/6/2026.",
    )
    doc = parse(text=text)
    police, finance = doc.obligations
    assert police.assignee.canonical == "Công an tỉnh Lâm Đồng" and police.assignee.raw.endswith("Lâm Đóng")
    assert finance.assignee.canonical == "Sở Tài chính tỉnh Lâm Đồng"
    assert [d.code for d in doc.diagnostics if d.code == "assignee_place_respelled"] == ["assignee_place_respelled"]


# --- one row per task, and collectives only where they hold the unit (issue 41, the boards read) --------------

OWN_PLAN_OF_A_SO = _plan(
    "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG",
    "Lào Cai",
    "61",
    "1. Phòng Quản lý Công nghiệp chủ trì, phối hợp với các sở, ban ngành và địa phương rà soát danh mục dự án, "
    "hoàn thành trước ngày 30/6/2026.",
).replace("/KH-UBND", "/KH-SCT")
PROVINCE_PLAN = _plan(
    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
    "Lào Cai",
    "62",
    "1. Các sở, ban, ngành, cơ quan, đơn vị tiến hành đánh giá, báo cáo kết quả thực hiện gửi về Sở Công Thương "
    "trước ngày 20/6/2026 để tổng hợp.\n\n"
    "2. Ủy ban nhân dân cấp xã chủ trì, phối hợp với các sở, ban ngành thực hiện công tác giải phóng mặt bằng các "
    "cụm công nghiệp trên địa bàn.\n\n"
    "3. Các cơ quan, đơn vị tăng cường phối hợp giữa các cơ quan: Sở Nông nghiệp và Môi trường, Sở Công Thương, Công "
    "an tỉnh trong công tác thanh tra khoáng sản.\n\n"
    "4. Ủy ban nhân dân cấp xã: Chủ trì, phối hợp với các sở, ban ngành thực hiện công tác giải phóng mặt bằng các "
    "cụm công nghiệp trên địa bàn để tạo mặt bằng sạch, thu hút các nhà đầu tư.\n\n"
    "5. Ủy ban nhân dân cấp xã phối hợp chặt chẽ với các địa phương lân cận trong việc phòng cháy rừng liên vùng.",
)


@pytest.fixture(scope="module")
def lao_cai_boards(tmp_path_factory) -> str:
    root = tmp_path_factory.mktemp("boards")
    (root / "kh-so.txt").write_text(OWN_PLAN_OF_A_SO, encoding="utf-8")
    (root / "kh-tinh.txt").write_text(PROVINCE_PLAN, encoding="utf-8")
    db = str(root / "a.db")
    with Archive(db) as archive:
        archive.index([root], jobs=1)
    return db


def _board(db: str, unit: str) -> list[tuple[str, str, str | None]]:
    with Archive(db) as archive:
        return [(h.task[:30], h.role, h.document.number) for h in archive.obligations(unit)]


def test_a_departments_own_plan_gives_no_task_to_the_collectives_it_names_as_partners(lao_cai_boards):
    """``phối hợp với các sở, ban ngành và địa phương`` in a Sở's own plan: no sở and no commune is given it."""
    assert not any(n == "61/KH-SCT" for _t, _r, n in _board(lao_cai_boards, "Sở Tài chính tỉnh Lào Cai"))
    assert not any(n == "61/KH-SCT" for _t, _r, n in _board(lao_cai_boards, "UBND xã Bát Xát"))


def test_a_task_two_collectives_of_it_give_a_unit_is_one_row(lao_cai_boards):
    reports = [t for t, _r, _n in _board(lao_cai_boards, "Sở Tài chính tỉnh Lào Cai") if t.startswith("tiến hành")]
    assert len(reports) == 1


def test_a_unit_named_as_the_receiver_of_a_collectives_task_is_not_given_it(lao_cai_boards):
    board = _board(lao_cai_boards, "Sở Công Thương tỉnh Lào Cai")
    assert not any(t.startswith("tiến hành đánh giá") for t, _r, _n in board)
    # named among the bodies that do it, it is: ``phối hợp giữa các cơ quan: …, Sở Công Thương, …``
    assert any(t.lower().startswith("tăng cường phối hợp") for t, _r, _n in board)


def test_a_task_stated_twice_in_the_same_words_is_one_row(lao_cai_boards):
    clearing = [(t, r) for t, r, _n in _board(lao_cai_boards, "Sở Tài chính tỉnh Lào Cai") if "phối hợp với" in t]
    assert len(clearing) == 1 and clearing[0][1] == "support"


def test_a_task_two_collectives_give_a_unit_in_two_roles_is_one_row_with_the_stronger_role(lao_cai_boards):
    """``UBND cấp xã phối hợp với các địa phương lân cận``: the commune leads it (UBND cấp xã) and is one of the
    localities it works with; its board shows it once, as lead (issue 53's boards: a row twice)."""
    rows = [(t, r) for t, r, _n in _board(lao_cai_boards, "UBND xã Bát Xát") if t.startswith("phối hợp chặt chẽ")]
    assert rows == [(rows[0][0], "lead")]


# --- giao chung by level (issue 53): a province's department is in no group of ministries, of a central body's
# own units, of Party bodies, or of the central agencies located in its area ---------------------------------------


@pytest.mark.parametrize(
    ("canonical", "members"),
    [
        ("Các bộ, ngành", ["bo"]),  # ministries and central sectors: no province's Sở
        ("Các bộ, ngành, địa phương", ["bo", "dia_phuong"]),  # the localities are the provinces (their UBND)
        ("Các bộ, cơ quan ngang bộ, cơ quan, đơn vị thuộc Chính phủ", ["bo"]),
        ("Thủ trưởng các đơn vị trực thuộc Kiểm toán nhà nước", []),  # a central body's own units
        ("Các cơ quan thuộc Thành ủy", []),  # the Party committee's bodies
        ("Các ban xây dựng Đảng của Tỉnh ủy", []),
        ("Các cơ quan, đơn vị đóng trên địa bàn thành phố", []),  # central agencies located there
        ("Các phòng, ban thuộc Bảo hiểm xã hội tỉnh", []),
        # counter-examples: the government's own groups stay whole
        ("Các sở, ban, ngành, địa phương", ["so", "ban", "nganh", "dia_phuong"]),
        ("Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", ["co_quan"]),
        ("Các sở, ngành thuộc UBND thành phố", ["so", "nganh"]),
        ("Các đơn vị trực thuộc", ["don_vi"]),
        ("Các sở, cơ quan trực thuộc Sở", ["so"]),  # the departments stay: the qualifier is the last item's
    ],
)
def test_a_collective_of_another_level_or_body_has_no_provincial_department_among_its_members(canonical, members):
    assert collective_members(Assignee(raw=canonical, canonical=canonical, kind="body")) == members


NATIONAL_AUDIT_PLAN = """KIỂM TOÁN NHÀ NƯỚC
Số: 15/KH-KTNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 3 năm 2026

KẾ HOẠCH

Kiểm toán chuyên đề năm 2026

I. TỔ CHỨC THỰC HIỆN

1. Thủ trưởng các đơn vị trực thuộc Kiểm toán nhà nước tổ chức triển khai kế hoạch này.

2. Các bộ, ngành phối hợp cung cấp hồ sơ, tài liệu cho Đoàn kiểm toán.

3. Các bộ, ngành, địa phương báo cáo tình hình thực hiện trước ngày 30/6/2026.

Nơi nhận:
- Như trên;
- Lưu: VT.

TỔNG KIỂM TOÁN NHÀ NƯỚC

Nguyễn Văn An
"""
CITY_PARTY_PLAN = _plan(
    "THÀNH ỦY HÀ NỘI",
    "Hà Nội",
    "70",
    "1. Các cơ quan thuộc Thành ủy tổ chức quán triệt nghị quyết.\n\n"
    "2. Các cơ quan, đơn vị đóng trên địa bàn thành phố phối hợp tuyên truyền.\n\n"
    "3. Ủy ban nhân dân thành phố chỉ đạo các sở, ngành xây dựng kế hoạch thực hiện.",
).replace("/KH-UBND", "-KH/TU")


def test_a_citys_department_gets_no_giao_chung_of_ministries_central_units_or_party_bodies(tmp_path):
    (tmp_path / "ktnn.txt").write_text(NATIONAL_AUDIT_PLAN, encoding="utf-8")
    (tmp_path / "tu.txt").write_text(CITY_PARTY_PLAN, encoding="utf-8")
    with Archive(str(tmp_path / "a.db")) as archive:
        archive.index([tmp_path], jobs=1)
        finance = [(h.document.number, h.task[:20]) for h in archive.obligations("Sở Tài chính thành phố Hà Nội")]
        city = {h.document.number for h in archive.obligations("Ủy ban nhân dân thành phố Hà Nội")}
    assert finance == []
    assert "15/KH-KTNN" in city  # counter-example: a province is one of the nation's localities


def test_no_unit_is_named_by_a_bare_level_word():
    """``resolve_place`` answers a level without its name (``thị trấn``, ``tỉnh``) with no unit at once, without
    reading the gazetteer's districts and communes (issue 53: 0.1-0.3 s of every ``UBND thị trấn`` query)."""
    from vbparse.tables.units import CITY_WORD, LEVEL_WORDS, gazetteer, resolve_place

    for word in [*LEVEL_WORDS, CITY_WORD]:
        assert gazetteer().named(word) == [] and resolve_place(word) == [], word


@pytest.mark.parametrize(
    ("number", "national"),
    [
        ("2530/QĐ-TTg", True),  # the Prime Minister's decision, whose header was not read
        ("64/2025/QH15", True),
        ("15/QĐ-BNV", True),
        ("120/KH-BGDĐT", True),
        ("42/KH-UBND", False),  # counter-examples: a province's, a steering committee's, a department's
        ("12/KH-BCĐ", False),
        ("8/KH-STC", False),
    ],
)
def test_a_document_numbered_by_a_national_body_has_no_area_though_its_place_line_names_a_city(number, national):
    from vbparse import parse

    text = _plan("", "Hà Nội", number.split("/")[0], "1. Các cơ quan, đơn vị triển khai thực hiện.").replace(
        f"Số: {number.split('/')[0]}/KH-UBND", f"Số: {number}"
    )
    doc = parse(text=text)
    assert (doc.obligations[0].assignee.area_key is None) is national, doc.obligations[0].assignee
