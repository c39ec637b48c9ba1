"""Citation resolution rules and the issuer table, on real citation shapes from the seeds and realdocs."""

from __future__ import annotations

import pytest

from vbparse.store import Archive
from vbparse.store.resolve import Candidate, complete_issuer, is_partial, issuer_key, number_key, resolve


@pytest.mark.parametrize(
    "a, b",
    [
        ("UBND thị trấn Hà Trung", "ỦY BAN NHÂN DÂN THỊ TRẤN HÀ TRUNG"),
        ("UBND thị trấn Hà Trung", "UỶ BAN NHÂN DÂN THỊ TRẤN HÀ TRUNG"),
        ("Chủ tịch UBND tỉnh Thanh Hóa", "UBND tỉnh Thanh Hoá"),
        ("HĐND thị trấn", "Hội đồng nhân dân thị trấn"),
        ("Đảng ủy thị trấn", "ĐU thị trấn"),
        ("UBND TP Đà Nẵng", "Ủy ban nhân dân thành phố Đà Nẵng"),
    ],
)
def test_issuer_spellings_share_one_key(a, b):
    assert issuer_key(a) == issuer_key(b)


def test_abbreviation_is_expanded_only_as_written_not_inside_words():
    assert "dang uy" not in issuer_key("Ban quản lý dự án huyện Hà Trung")
    assert issuer_key("UBND huyện Hà Trung") != issuer_key("UBND thị trấn Hà Trung")


@pytest.mark.parametrize(
    "name, partial",
    [
        ("UBND huyện", True),
        ("Chủ tịch UBND huyện", True),
        ("HĐND thị trấn", True),
        ("Đảng ủy", True),
        ("UBND huyện Hà Trung", False),
        ("UBND tỉnh Thanh Hóa", False),
        ("UBND xã Hà Long", False),
    ],
)
def test_a_level_without_a_place_is_partial(name, partial):
    assert is_partial(issuer_key(name)) is partial


def test_partial_issuer_is_completed_only_from_the_same_level_of_the_citing_document():
    ctx = [issuer_key("UBND thị trấn Hà Trung"), issuer_key("UBND huyện Hà Trung")]
    assert complete_issuer(issuer_key("HĐND thị trấn"), ctx) == issuer_key("HĐND thị trấn Hà Trung")
    assert complete_issuer(issuer_key("UBND huyện"), ctx) == issuer_key("UBND huyện Hà Trung")
    # no huyện in the context: nothing is guessed
    assert complete_issuer(issuer_key("UBND huyện"), [issuer_key("UBND thị trấn Hà Trung")]) == issuer_key("UBND huyện")


@pytest.mark.parametrize(
    "a, b", [("09/2019/QĐ-UBND", "9/2019/QD-UBND"), ("42 /KH-UBND", "42/KH-UBND"), ("26-NQ/ĐU", "26-NQ/DU")]
)
def test_number_key_ignores_leading_zeros_spaces_and_diacritics(a, b):
    assert number_key(a) == number_key(b)


def test_blank_numbers_have_no_key():
    assert number_key("/KH-UBND") is None and number_key(None) is None


HUYEN = Candidate("h", issuer_key("UBND huyện Hà Trung"), "2023-02-24")
THI_TRAN = Candidate("t", issuer_key("UBND thị trấn Hà Trung"), "2023-03-10")


def test_same_number_from_different_issuers_stays_apart():
    assert resolve(issuer_key("UBND thị trấn Hà Trung"), "2023-03-10", [HUYEN, THI_TRAN]) == ("resolved", [THI_TRAN])
    assert resolve(issuer_key("UBND huyện Hà Trung"), "2023-02-24", [HUYEN, THI_TRAN]) == ("resolved", [HUYEN])


def test_number_alone_never_resolves():
    assert resolve(None, None, [THI_TRAN]) == ("ambiguous", [THI_TRAN])
    assert resolve(issuer_key("UBND thị trấn Hà Trung"), None, [THI_TRAN]) == ("ambiguous", [THI_TRAN])
    assert resolve(issuer_key("UBND huyện"), "2023-02-24", [HUYEN, THI_TRAN]) == ("ambiguous", [HUYEN])


def test_conflicting_issuer_or_date_makes_the_citation_external():
    assert resolve(issuer_key("UBND huyện Hà Trung"), "2023-03-10", [HUYEN, THI_TRAN]) == ("external", [])
    assert resolve(issuer_key("UBND huyện Nga Sơn"), "2023-02-24", [HUYEN]) == ("external", [])


@pytest.mark.parametrize(
    "post, body",
    [
        ("Giám đốc Sở Công Thương tỉnh Lào Cai", "Sở Công Thương tỉnh Lào Cai"),
        ("Phó Giám đốc Sở Nội vụ", "SỞ NỘI VỤ"),
        ("Chủ tịch Ủy ban nhân dân tỉnh Lai Châu", "UBND tỉnh Lai Châu"),
        ("Bộ trưởng Bộ Công Thương", "BỘ CÔNG THƯƠNG"),
        ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Văn phòng Chính phủ"),
        ("Trưởng ban Ban Chỉ đạo tỉnh", "Ban Chỉ đạo tỉnh"),
        ("Trưởng Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"),
        ("Bí thư Huyện uỷ Hà Trung", "Huyện ủy Hà Trung"),
        ("Chánh Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"),
        ("Cục trưởng Cục Hóa chất", "Cục Hóa chất"),
        ("Phó Thủ tướng Chính phủ", "THỦ TƯỚNG CHÍNH PHỦ"),
        ("Thủ tướng", "Thủ tướng Chính phủ"),
    ],
)
def test_a_post_before_a_body_cites_the_body_it_signs_for(post, body):
    assert issuer_key(post) == issuer_key(body)


@pytest.mark.parametrize(
    "name, other",
    [
        ("Thủ tướng Chính phủ", "Chính phủ"),  # QĐ-TTg and NĐ-CP have different issuers
        ("Chủ tịch nước", "nước"),  # a post not followed by a body is kept
        ("Chủ tịch Nguyễn Văn A", "Nguyễn Văn A"),
        ("Hiệu trưởng Trường Đại học Y", "Đại học Y"),  # Trường (a school) is no post
    ],
)
def test_a_post_without_a_body_after_it_is_kept(name, other):
    assert issuer_key(name) != issuer_key(other)


def test_citation_of_a_directors_decision_resolves_to_the_departments_decision():
    qd = Candidate("qd1050", issuer_key("Sở Công Thương tỉnh Lào Cai"), "2026-03-06")
    other = Candidate("qd1050-ls", issuer_key("Sở Công Thương tỉnh Lạng Sơn"), "2026-03-06")
    cited = issuer_key("Giám đốc Sở Công Thương tỉnh Lào Cai")
    assert resolve(cited, "2026-03-06", [qd, other]) == ("resolved", [qd])


QD_1050 = """UBND TỈNH LÀO CAI
SỞ CÔNG THƯƠNG
Số: 1050/QĐ-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 06 tháng 3 năm 2026

QUYẾT ĐỊNH

Về việc kiểm tra việc sử dụng vật liệu nổ công nghiệp năm 2026

Căn cứ Luật số 42/2024/QH15 ngày 29/6/2024;

Điều 1. Kiểm tra việc chấp hành pháp luật về vật liệu nổ công nghiệp.
"""

KH_1105 = """SỞ CÔNG THƯƠNG
ĐOÀN KIỂM TRA
Số: 1105/KH-ĐKT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 10 tháng 3 năm 2026

KẾ HOẠCH

Kiểm tra việc sử dụng vật liệu nổ công nghiệp

Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương về việc kiểm tra.

I. MỤC ĐÍCH, YÊU CẦU

1. Kiểm tra việc chấp hành pháp luật.
"""


def test_archive_resolves_a_citation_of_a_post_to_the_bodys_document(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "qd.txt").write_text(QD_1050, encoding="utf-8")
    (folder / "kh.txt").write_text(KH_1105, encoding="utf-8")
    with Archive(tmp_path / "a.db") as archive:
        assert archive.index([folder], jobs=1).indexed == 2
        (qd,) = archive.find(str(folder / "qd.txt"))
        (kh,) = archive.find(str(folder / "kh.txt"))
        edges = [e for e in archive.refs(kh.id).cites if e.citation.number == "1050/QĐ-SCT"]
        assert [(e.status, e.target.id if e.target else None) for e in edges] == [("resolved", qd.id)]
        assert [e.source.id for e in archive.refs(qd.id).cited_by] == [kh.id]


def test_a_department_named_without_its_place_is_keyed_with_its_parents_place():
    from vbparse.store.resolve import document_issuer_key

    assert document_issuer_key("Sở Công Thương", "UBND tỉnh Lào Cai") == "so cong thuong tinh lao cai"
    assert document_issuer_key("UBND thị trấn Hà Trung", "UBND huyện Hà Trung") == "uy ban nhan dan thi tran ha trung"
    assert document_issuer_key("Bộ Công an", None) == "bo cong an"
    placed = Candidate("qd", document_issuer_key("Sở Công Thương", "UBND tỉnh Lào Cai"), "2026-03-06")
    elsewhere = Candidate("qd-ls", document_issuer_key("Sở Công Thương", "UBND tỉnh Lạng Sơn"), "2026-03-06")
    for cited in ("Giám đốc Sở Công Thương tỉnh Lào Cai", "Sở Công Thương tỉnh Lào Cai"):
        assert resolve(issuer_key(cited), "2026-03-06", [placed, elsewhere]) == ("resolved", [placed])
    # without its place the citation fits both provinces' decisions: it names neither
    assert resolve(issuer_key("Sở Công Thương"), "2026-03-06", [placed, elsewhere])[0] == "ambiguous"
    assert resolve(issuer_key("Sở Công Thương"), "2026-03-06", [placed]) == ("resolved", [placed])


def test_a_directors_decision_cited_with_its_province_resolves_in_the_archive(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "qd.txt").write_text(QD_1050, encoding="utf-8")
    (folder / "kh.txt").write_text(
        KH_1105.replace("Giám đốc Sở Công Thương về", "Giám đốc Sở Công Thương tỉnh Lào Cai về"), encoding="utf-8"
    )
    with Archive(tmp_path / "a.db") as archive:
        archive.index([folder], jobs=1)
        (qd,) = archive.find(str(folder / "qd.txt"))
        (kh,) = archive.find(str(folder / "kh.txt"))
        edges = [e for e in archive.refs(kh.id).cites if e.citation.number == "1050/QĐ-SCT"]
        assert [(e.status, e.target.id if e.target else None) for e in edges] == [("resolved", qd.id)]
