"""The provinces a national document names as its own, and the groups they restrict (issue 53's boards: a city
given the tasks of a railway's nine provinces, and of a resolution's nine flooded provinces, that it is none of).

The records of ``tables.document_places`` carry invented examples and counter-examples, checked here; the
documents below are invented too: a resolution that defines its provinces, a project's route."""

from __future__ import annotations

import pytest

from vbparse.extract.document_places import document_places, restricts
from vbparse.store import Archive
from vbparse.tables.document_places import PLACES_RULES, QUALIFIED_GROUP


@pytest.mark.parametrize(
    "rule,example", [(r.id, e) for r in PLACES_RULES for e in r.examples], ids=lambda v: str(v)[:40]
)
def test_each_places_rule_reads_its_examples(rule, example):
    from vbparse.chars import fold

    found = next(r for r in PLACES_RULES if r.id == rule).pattern.search(" ".join(fold(example).split()))
    assert found is not None


@pytest.mark.parametrize(
    "rule,counter", [(r.id, c) for r in PLACES_RULES for c in r.counter_examples], ids=lambda v: str(v)[:40]
)
def test_no_places_rule_reads_its_counter_examples_as_a_list_of_provinces(rule, counter):
    from vbparse.chars import fold

    found = next(r for r in PLACES_RULES if r.id == rule).pattern.search(" ".join(fold(counter).split()))
    if rule == QUALIFIED_GROUP:  # it reads no list: its pattern must not fire
        assert found is None
    else:  # it fires on no list, or on one that is not of provinces
        assert found is None or document_places(counter) is None


def test_a_defined_group_of_provinces_restricts_its_term_and_the_groups_ending_with_it():
    places = document_places(
        "Hỗ trợ người dân tại các địa bàn bị hạn hán, bao gồm các tỉnh, thành phố trực thuộc Trung ương: Ninh Thuận,"
        "\nBình Thuận và Khánh Hòa (sau đây gọi tắt là các tỉnh, thành phố)."
    )
    assert places is not None and not places.whole
    assert {"tinh ninh thuan", "tinh binh thuan", "tinh khanh hoa"} <= set(places.paths)
    assert restricts(places, "Ủy ban nhân dân các tỉnh, thành phố")
    assert restricts(places, "Các tỉnh, thành phố")
    assert not restricts(places, "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương")  # every province
    assert not restricts(places, "Ủy ban nhân dân cấp tỉnh")  # not the defined words


def test_a_list_with_an_item_that_is_no_province_restricts_nothing():
    assert (
        document_places("bao gồm các tỉnh: Ninh Thuận, Vùng Tây Nguyên và Khánh Hòa (sau đây gọi là các tỉnh)") is None
    )


def test_a_provinces_successor_of_2025_is_of_the_group():
    places = document_places("đi qua địa phận 03 tỉnh gồm: Hải Dương, Hưng Yên và Hà Nam;")
    assert places is not None and places.whole
    assert {"tinh hai duong", "thanh pho hai phong"} <= set(places.paths)  # Hải Dương is Hải Phòng's since 2025


_RESOLUTION = """CHÍNH PHỦ
Số: 512/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 3 năm 2026

NGHỊ QUYẾT

Về các nhiệm vụ khắc phục hậu quả hạn hán

Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố bị \
ảnh hưởng bởi hạn hán (sau đây gọi tắt là các bộ, cơ quan, địa phương) thực hiện các nhiệm vụ sau:

I. PHẠM VI

Hỗ trợ người dân tại các địa bàn bị hạn hán, bao gồm các tỉnh, thành phố trực thuộc Trung ương: Ninh Thuận, \
Bình Thuận và Khánh Hòa (sau đây gọi tắt là các tỉnh, thành phố).

II. NHIỆM VỤ

1. Ủy ban nhân dân các tỉnh, thành phố khẩn trương rà soát, thống kê thiệt hại do hạn hán trên địa bàn.

2. Các bộ, cơ quan, địa phương tăng cường kiểm tra việc sử dụng nguồn nước tiết kiệm.

3. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo rà soát các công trình thủy lợi.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. CHÍNH PHỦ
THỦ TƯỚNG

Nguyễn Văn An
"""

_ROUTE = """QUỐC HỘI
Nghị quyết số: 210/2026/QH15
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 3 năm 2026

NGHỊ QUYẾT

Về chủ trương đầu tư Dự án đường cao tốc Đồng Đăng - Bắc Ninh

Điều 1. Quyết định chủ trương đầu tư Dự án đường cao tốc Đồng Đăng - Bắc Ninh (sau đây gọi là Dự án).

Điều 2. Phạm vi: tuyến dài khoảng 120 km, đi qua địa phận 02 tỉnh gồm: Lạng Sơn và Bắc Ninh; quy mô 4 làn xe.

Điều 3. Tổ chức thực hiện

1. Ủy ban nhân dân cấp tỉnh tổ chức thu hồi đất, bồi thường, hỗ trợ, tái định cư cho Dự án.

2. Bộ Xây dựng chủ trì thẩm định thiết kế của Dự án.

Nơi nhận:
- Như trên;
- Lưu: VT.

CHỦ TỊCH QUỐC HỘI

Trần Văn Bình
"""


@pytest.fixture(scope="module")
def national_boards(tmp_path_factory) -> str:
    root = tmp_path_factory.mktemp("places")
    (root / "nq.txt").write_text(_RESOLUTION, encoding="utf-8")
    (root / "route.txt").write_text(_ROUTE, encoding="utf-8")
    db = str(root / "a.db")
    with Archive(db) as archive:
        archive.index([root], jobs=1)
    return db


def _tasks(db: str, unit: str) -> list[str]:
    with Archive(db) as archive:
        return [h.task for h in archive.obligations(unit)]


def test_a_defined_group_of_provinces_reaches_those_provinces_only(national_boards):
    assert any(t.startswith("khẩn trương rà soát, thống kê") for t in _tasks(national_boards, "UBND tỉnh Khánh Hòa"))
    assert not any(t.startswith("khẩn trương rà soát") for t in _tasks(national_boards, "UBND thành phố Hà Nội"))


def test_a_group_defined_by_its_qualifier_holds_the_documents_provinces_and_every_ministry(national_boards):
    assert any(t.startswith("tăng cường kiểm tra") for t in _tasks(national_boards, "UBND tỉnh Bình Thuận"))
    assert not any(t.startswith("tăng cường kiểm tra") for t in _tasks(national_boards, "UBND thành phố Đà Nẵng"))
    assert any(t.startswith("tăng cường kiểm tra") for t in _tasks(national_boards, "Bộ Tài chính"))


def test_a_group_written_for_every_province_is_not_restricted(national_boards):
    assert any(t.startswith("chỉ đạo rà soát các công trình") for t in _tasks(national_boards, "UBND thành phố Hà Nội"))


def test_a_projects_provincial_committees_are_those_of_the_provinces_it_crosses(national_boards):
    assert any(t.startswith("tổ chức thu hồi đất") for t in _tasks(national_boards, "UBND tỉnh Lạng Sơn"))
    assert not any(t.startswith("tổ chức thu hồi đất") for t in _tasks(national_boards, "UBND thành phố Đà Nẵng"))


def test_every_places_rule_is_a_class_two_examples_and_a_counter_example():
    for rule in PLACES_RULES:
        assert len(set(rule.examples)) >= 2 and rule.counter_examples, rule.id
