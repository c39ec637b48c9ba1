"""The signature block of PDFs as printed (issue 24): a signer's post put back to the closed vocabulary of
posts by its folded form (read without its marks from a text layer, or with one letter wrong by OCR under a
seal), and a signature column that begins above ``Nơi nhận``."""

from __future__ import annotations

import pytest
from test_pdf_reader import BODY, _pdf

from vbparse import parse
from vbparse.extract.closing import _snapped
from vbparse.pipeline import parse as parse_file


@pytest.mark.parametrize("line,ocr,expected,noted", [
    ("PHO CHANH VAN PHONG", False, "PHÓ CHÁNH VĂN PHÒNG", False),
    ("HIEU TRUONG", False, "HIỆU TRƯỞNG", False),
    ("PHÓ CHỦ TIC", True, "PHÓ CHỦ TỊCH", True),
    # an I read as a small l (or 1) besides a letter lost: 23 read by OCR
    ("PO GLÁM ĐÓC", True, "PHÓ GIÁM ĐỐC", True),
    ("PHÓ G1ÁM ĐỐC SỞ", True, "PHÓ GIÁM ĐỐC SỞ", True),
    ("PO GLÁM ĐÓC", False, "PO GLÁM ĐÓC", False),
    ("PHÓ GIÁM ĐÔC", True, "PHÓ GIÁM ĐỐC", False),  # marks only: the folded form is the post's
    ("PHÓ CHỦ TỊCH THƯỜNG TRỰC", True, "PHÓ CHỦ TỊCH THƯỜNG TRỰC", False),
    # two posts of the same letters: the one as printed is kept, the nearest marks win, none without marks
    ("THỨ TRƯỞNG", True, "THỨ TRƯỞNG", False),
    ("THỨ TRƯƠNG", True, "THỨ TRƯỞNG", False),
    ("THU TRUONG", False, "THU TRUONG", False),
    # a post as printed, a body, or another post a letter or two away is kept
    ("PHÓ CHỦ NHIỆM", True, "PHÓ CHỦ NHIỆM", False),
    ("TRƯỜNG THPT LÊ LỢI", True, "TRƯỜNG THPT LÊ LỢI", False),
    ("CỤC CẢNH SÁT ĐTTP VỀ MA TÚY", True, "CỤC CẢNH SÁT ĐTTP VỀ MA TÚY", False),
    # one letter off is a guess only for what OCR read, never for a text layer
    ("PHÓ CHỦ TIC", False, "PHÓ CHỦ TIC", False),
])  # fmt: skip
def test_a_signers_post_is_put_back_to_the_vocabulary_by_its_folded_form(line, ocr, expected, noted):
    diags: list = []
    assert _snapped(line, ocr, diags) == expected
    assert bool(diags) == noted


def test_a_signature_block_without_marks_gives_the_post_as_printed():
    doc = parse(
        "SỞ NỘI VỤ\nSố: 12/KH-SNV\nLâm Đồng, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nTập huấn năm 2026\n"
        "I. MỤC ĐÍCH\n1. Nâng cao năng lực.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        "KT. GIAM DOC\nPHO GIAM DOC\nNguyễn Văn An\n"
    )
    assert doc.signer is not None
    assert (doc.signer.on_behalf_of, doc.signer.position, doc.signer.name) == (
        "GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Văn An",
    )


HEADER = [
    (60, 780, 11, "F1", b"UY BAN NHAN DAN"),
    (300, 780, 11, "F1", b"CONG HOA XA HOI CHU NGHIA VIET NAM"),
    (60, 766, 11, "F1", b"XA HA TRUNG"),
    (320, 766, 11, "F1", b"Doc lap - Tu do - Hanh phuc"),
    (60, 740, 11, "F1", b"So: 12/KH-UBND"),
    (300, 740, 11, "F1", b"Ha Trung, ngay 05 thang 01 nam 2026"),
    (250, 700, 13, "F1", b"KE HOACH"),
    (200, 686, 11, "F1", b"Cong tac thi dua nam 2026"),
]
RECIPIENTS = [
    (60, 300, 10, "F1", b"Noi nhan:"),
    (60, 288, 10, "F1", b"- Nhu tren;"),
    (60, 276, 10, "F1", b"- UBND huyen;"),
]


@pytest.mark.parametrize("block,expected", [
    # the authority a line above ``Nơi nhận``, the post beside it, the name below the list
    ([(330, 312, 11, "F1", b"TM. UY BAN NHAN DAN"), (345, 299, 11, "F1", b"PHO CHU TICH"),
      (345, 220, 11, "F1", b"Nguyen Van An")], ("TM.", "UY BAN NHAN DAN", "PHÓ CHỦ TỊCH", "Nguyen Van An")),
    # a signing chain two lines above, the post beside the list
    ([(330, 324, 11, "F1", b"TM. UY BAN NHAN DAN"), (345, 311, 11, "F1", b"KT. CHU TICH"),
      (345, 288, 11, "F1", b"PHO CHU TICH"), (345, 220, 11, "F1", b"Tran Thi Binh")],
     ("TM.", "UY BAN NHAN DAN", "PHÓ CHỦ TỊCH", "Tran Thi Binh")),
    # beside the label, as most print it
    ([(330, 300, 11, "F1", b"KT. CHU TICH"), (345, 287, 11, "F1", b"PHO CHU TICH"),
      (345, 200, 11, "F1", b"Tran Thi Binh")], ("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Tran Thi Binh")),
])  # fmt: skip
def test_a_signature_column_that_begins_above_noi_nhan_keeps_its_authority(tmp_path, block, expected):
    path = tmp_path / "closing.pdf"
    path.write_bytes(_pdf(HEADER + BODY + RECIPIENTS + block))
    doc = parse_file(path, ocr="never")
    s = doc.signer
    assert s is not None and (s.authority, s.on_behalf_of, s.position, s.name) == expected
    assert [r.name for r in doc.recipients] == ["Nhu tren", "UBND huyen"]


def test_an_attached_documents_own_signature_is_not_an_item_of_its_last_article():
    """111: the Quy chế a decision issues ends with the Thủ tướng's post and name; they are no tasks of
    its last article."""
    from vbparse import parse_text

    doc = parse_text(
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 93/2007/QĐ-TTg\nQUYẾT ĐỊNH\nBan hành Quy chế một cửa\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế một cửa.\n"
        "Nơi nhận:\n- Các Bộ;\n- Lưu: Văn thư.\nTHỦ TƯỚNG\nNguyễn Tấn Dũng\n"
        "QUY CHẾ\nThực hiện cơ chế một cửa\n(Ban hành kèm theo Quyết định số 93/2007/QĐ-TTg)\n"
        "Điều 16. Tổ chức thực hiện\n"
        "Bộ trưởng Bộ Nội vụ có trách nhiệm theo dõi, kiểm tra việc thực hiện Quy chế này.\n"
        "THỦ TƯỚNG\nNguyễn Tấn Dũng\n"
    )
    tasks = [(o.assignee.raw, o.task) for o in doc.obligations]
    assert any(a == "Bộ trưởng Bộ Nội vụ" and "theo dõi, kiểm tra" in t for a, t in tasks), tasks
    assert not [t for _, t in tasks if "Nguyễn Tấn Dũng" in t or t == "THỦ TƯỚNG"], tasks


def test_recipient_purposes_read_through_a_scans_stray_mark_and_the_th_h_abbreviation():
    """114: ``- Cục Cảnh sát giao thông (để p/h);_``; 101: ``- Như Điều 3 (th/h);``."""
    from vbparse import parse_text

    doc = parse_text(
        "BỘ CÔNG THƯƠNG\nSố: 2265/BCT-ATMT\nV/v triển khai thủ tục\nKính gửi: Ủy ban nhân dân các tỉnh\n"
        "Bộ Công Thương đề nghị Ủy ban nhân dân các tỉnh hướng dẫn thực hiện./.\n"
        "Nơi nhận:\n- Như Điều 3 (th/h);\n- Cục Cảnh sát giao thông (để p/h);_\n- Lưu: VT, ATMT.\n"
        "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrương Thanh Hoài\n"
    )
    assert [(r.name, r.purpose) for r in doc.recipients] == [
        ("Như Điều 3", "thực hiện"),
        ("Cục Cảnh sát giao thông", "phối hợp"),
    ]


def test_a_text_layer_without_marks_gives_its_archive_line(tmp_path):
    """``- Luu: VT.`` (a PDF whose text layer lost its marks, as ``Noi nhan:``) is the archive, no recipient."""
    path = tmp_path / "closing.pdf"
    block = [
        (60, 264, 10, "F1", b"- Luu: VT."),
        (330, 250, 11, "F1", b"CHU TICH"),
        (345, 180, 11, "F1", b"Tran Thi Binh"),
    ]
    path.write_bytes(_pdf(HEADER + BODY + RECIPIENTS + block))
    doc = parse_file(path, ocr="never")
    assert [r.name for r in doc.recipients] == ["Nhu tren", "UBND huyen"] and doc.archive == ["VT"]


def test_capitals_above_the_authority_are_not_the_signers_post():
    """18: a scan's last signature line, wider than the column (``SỞ CÔNG THƯƠNG LÀO CAI``), split by OCR,
    its first half left under the recipients: it was taken as the post, ``TRƯỞNG ĐOÀN`` pushed aside."""
    from vbparse import parse_text

    layout = """SỞ CÔNG THƯƠNG                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  ĐOÀN KIỂM TRA                         Độc lập - Tự do - Hạnh phúc
Số: 1105/KH-ĐKT                        Lào Cai, ngày 10 tháng 3 năm 2025
                              KẾ HOẠCH
                  Kiểm tra vật liệu nổ công nghiệp
    I. MỤC ĐÍCH
    Kiểm tra việc chấp hành pháp luật./.
Nơi nhận:                                        TM. ĐOÀN KIỂM TRA
- Giám đốc Sở (để báo cáo);                         TRƯỞNG ĐOÀN
- Lưu: VT, CN.
                                                  Hoàng Văn Thuân
                                                   PHÓ GIÁM ĐỐC
SỞ CÔNG THƯƠNG                                       LÀO CAI
"""
    signer = parse_text(layout).signer
    assert signer is not None
    assert (signer.authority, signer.on_behalf_of, signer.position) == ("TM.", "ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN")
    assert signer.name == "Hoàng Văn Thuân"


@pytest.mark.parametrize("word,mended", [
    ("CUUC", "CUC"),
    ("CUỤC", "CỤC"),  # 11: PHÓ CỤC TRƯỞNG CUỤC CẢNH SÁT ĐTTP VẺ MA TÚY (the bare letter goes)
    ("HỢPP", "HỢP"),
    ("CỨU", None),  # a syllable: ư and u are two letters
    ("XOONG", None),  # the one letter a syllable doubles
    ("ĐTTP", None),  # an abbreviation: no syllable with a T taken out
    ("PCCC", None),
    ("UBND", None),
])  # fmt: skip
def test_a_letter_ocr_doubled_is_taken_out_only_when_that_makes_a_syllable(word, mended):
    from vbparse.encodings import undoubled

    assert undoubled(word) == mended


def test_a_recognised_post_loses_a_letter_ocr_doubled_with_a_diagnostic():
    from vbparse.extract.closing import _undoubled

    diags: list = []
    assert _undoubled("CỤC TRƯỞNG CUỤC CẢNH SÁT ĐTTP VỀ MA TÚY", diags) == "CỤC TRƯỞNG CỤC CẢNH SÁT ĐTTP VỀ MA TÚY"
    assert [d.code for d in diags] == ["signer_post_corrected"]
    assert _undoubled("PHÓ CHỦ TỊCH", diags) == "PHÓ CHỦ TỊCH" and len(diags) == 1


def test_posts_found_by_first_character_as_by_their_exact_patterns():
    """``_same_letters`` finds, by ``str.startswith`` among the posts sharing the line's first character, what the
    posts' exact patterns (``^<folded post>(?![a-z])``) match."""
    from vbparse.chars import fold
    from vbparse.extract.closing import _same_letters
    from vbparse.tables.closing import SIGNATURE_POST_FORMS

    def by_patterns(folded: str) -> list[tuple[str, int]]:
        found = [(post, m.end()) for post, exact, _f in SIGNATURE_POST_FORMS if (m := exact.match(folded))]
        return sorted(found, key=lambda pe: -pe[1])

    lines = [post for post, _e, _f in SIGNATURE_POST_FORMS]
    lines += [f"{post}{tail}" for post in lines[:40] for tail in ("a", " A", ",", "Đ", " KIÊM CHỦ TỊCH", "1")]
    lines += ["", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "Nguyễn Văn An", "GIÁM ĐỐCX"]
    for line in lines:
        assert _same_letters(fold(line)) == by_patterns(fold(line)), line
    assert _same_letters(fold("PHÓ CHỦ TỊCH Nguyễn Văn A"))


ONE_LINE_BODY = """ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ AN BÌNH                          Độc lập - Tự do - Hạnh phúc
Số: 7/KH-UBND                       An Bình, ngày 3 tháng 3 năm 2026

KẾ HOẠCH
Phòng chống cháy rừng mùa khô năm 2026

1. Công an xã tuần tra các khu rừng trồng.

Nơi nhận:
- Lưu: VT.

{block}
"""


@pytest.mark.parametrize(
    "block,authority,on_behalf_of,position,name",
    [
        # a web copy's signature block run into one line (a flattened cell, a paragraph's lines joined)
        ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Tư", "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Tư"),
        ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Thị Hòa", "TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Thị Hòa"),
        ("CHỦ TỊCH Phạm Quang Vinh", None, None, "CHỦ TỊCH", "Phạm Quang Vinh"),
        # counter-example: the block in its own lines reads as before
        ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Tư", "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Tư"),
    ],
)
def test_a_signature_block_run_into_one_line_gives_its_authority_post_and_name(
    block, authority, on_behalf_of, position, name
):
    signer = parse(text=ONE_LINE_BODY.format(block=block)).signer
    assert signer is not None
    assert (signer.authority, signer.on_behalf_of, signer.position, signer.name) == (
        authority,
        on_behalf_of,
        position,
        name,
    )


def test_recipients_written_on_the_noi_nhan_line_itself_are_each_read():
    """A web copy's ``Nơi nhận:`` with its list run into one line (``- A; - B; - Lưu: VT, NL.``): each item a
    recipient, the archive line its archive."""
    body = ONE_LINE_BODY.replace(
        "Nơi nhận:\n- Lưu: VT.\n", "Nơi nhận: - Ban Thường trực Đảng ủy xã; - Công an xã; - Lưu: VT, NL.\n"
    )
    doc = parse(text=body.format(block="CHỦ TỊCH Phạm Quang Vinh"))
    assert [r.name for r in doc.recipients] == ["Ban Thường trực Đảng ủy xã", "Công an xã"]
    assert doc.archive == ["VT", "NL"]


CLOSING_ROW = """| SỞ CÔNG THƯƠNG TỈNH BÌNH AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|---|---|
| Số: 21/KH-SCT | Bình An, ngày 5 tháng 6 năm 2026 |

KẾ HOẠCH

Kiểm tra an toàn hồ đập trước mùa mưa năm 2026

1. Giao phòng Quản lý năng lượng tổ chức kiểm tra các hồ chứa thủy điện trên địa bàn tỉnh.

{closing}

PHÂN CÔNG NHIỆM VỤ CỦA TỔ KIỂM TRA

(Kèm theo Kế hoạch số 21/KH-SCT ngày 5/6/2026 của Sở Công Thương)

| TT | Nhiệm vụ thực hiện | Người thực hiện |
|---|---|---|
| 1 | Rà soát hồ sơ an toàn đập | Lê Văn An |
| 2 | Kiểm tra hiện trường các hồ chứa | Phạm Thị Bình |
"""


@pytest.mark.parametrize(
    "closing",
    [
        "| Nơi nhận: - Ban Giám đốc Sở; - Lưu: VT, NL. |  | KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trần Minh Hải |",
        # as a scraper writes it: the marks of the page's bold and italics kept, the header's rule after it
        (
            "| ***Nơi nhận*****:** - Ban Giám đốc Sở; *-* Lưu: VT, NL. |  | **KT. GIÁM ĐỐC** **PHÓ GIÁM ĐỐC** "
            "**Trần Minh Hải** |\n|---|---|---|"
        ),
    ],
)
def test_a_closing_written_as_one_pipe_row_gives_its_recipients_and_signer_and_what_follows_is_read(closing):
    doc = parse(text=CLOSING_ROW.format(closing=closing))
    assert doc.signer is not None
    assert (doc.signer.authority, doc.signer.position, doc.signer.name) == ("KT.", "PHÓ GIÁM ĐỐC", "Trần Minh Hải")
    assert [r.name for r in doc.recipients] == ["Ban Giám đốc Sở"]
    assert doc.archive == ["VT", "NL"]
    assert [o.assignee.raw for o in doc.obligations if o.source == "table"] == ["Lê Văn An", "Phạm Thị Bình"]
