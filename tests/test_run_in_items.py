"""Items a copy ran into one paragraph (its line breaks lost: a page whose paragraph held ``2. Phân công thực hiện
a) Sở A chủ trì …. b) Sở B …``, a Markdown file hard-wrapped with single line breaks read by pandoc): a run of list
labels in sequence inside a line, each opening a capitalised text, cuts the line into its items; a part's Roman
label after a sentence's end opens its heading in capitals.  A label cited inside a sentence (``điểm a) khoản
1``), one letter alone, or labels out of sequence leave the line whole.  The texts are invented."""

from __future__ import annotations

import itertools

import pytest

from vbparse import parse
from vbparse.structure.run_in import run_in_cuts

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 21/KH-UBND\nAn Giang, ngày 10 tháng 3 năm 2027\n"
    "KẾ HOẠCH\nPhòng chống sạt lở bờ sông năm 2027\n"
    "I. MỤC ĐÍCH\nBảo đảm an toàn cho người dân.\n"
)


def _parts(line: str) -> list[str]:
    cuts = [0, *run_in_cuts(line), len(line)]
    return [line[a:b].strip() for a, b in itertools.pairwise(cuts)]


def test_letter_labels_in_sequence_cut_a_line_into_its_items():
    line = (
        "2. Phân công thực hiện a) Sở Xây dựng chủ trì rà soát các khu dân cư ven sông. "
        "b) Sở Tài chính bố trí kinh phí; c) Công an tỉnh bảo đảm an ninh trật tự."
    )
    assert _parts(line) == [
        "2. Phân công thực hiện",
        "a) Sở Xây dựng chủ trì rà soát các khu dân cư ven sông.",
        "b) Sở Tài chính bố trí kinh phí;",
        "c) Công an tỉnh bảo đảm an ninh trật tự.",
    ]


def test_a_roman_label_after_a_sentence_opens_its_heading_in_capitals():
    line = (
        "- Vận động người dân di dời khỏi vùng nguy hiểm. III. TỔ CHỨC THỰC HIỆN Các sở, ngành căn cứ "
        "chức năng, nhiệm vụ triển khai Kế hoạch này."
    )
    assert _parts(line) == [
        "- Vận động người dân di dời khỏi vùng nguy hiểm.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các sở, ngành căn cứ chức năng, nhiệm vụ triển khai Kế hoạch này.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Thực hiện theo quy định tại điểm a) khoản 1 và điểm b) khoản 2 Điều 5 Nghị định số 10/2026/NĐ-CP.",
        "Các nội dung tại mục a), b) nêu trên do Sở Xây dựng chủ trì.",
        "Hồ sơ gồm: a) Đơn đề nghị cấp phép.",  # one letter alone
        "Gồm các bước b) Lập hồ sơ; a) Thẩm định hồ sơ.",  # out of sequence
        "Ban hành trước ngày 30/6/2027. II Bảo đảm kinh phí cho các địa phương.",  # no Roman label's dot
        "Thực hiện Chỉ thị số 05/CT-TTg. III. Các sở, ngành chủ động triển khai.",  # a Roman label over mixed case
    ],
)
def test_labels_cited_alone_or_out_of_sequence_leave_the_line_whole(line):
    assert run_in_cuts(line) == []


def test_items_run_into_one_paragraph_each_give_their_own_task():
    body = (
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Phân công nhiệm vụ a) Sở Xây dựng chủ trì rà soát các khu dân cư ven sông, hoàn thành trước ngày "
        "30/6/2027. b) Sở Tài chính bố trí kinh phí thực hiện. c) Ủy ban nhân dân cấp xã vận động người dân di dời.\n"
    )
    doc = parse(text=HEAD + body)
    got = [(o.assignee.raw, o.task[:20]) for o in doc.obligations if o.role == "lead"]
    assert got == [
        ("Sở Xây dựng", "chủ trì rà soát các "),
        ("Sở Tài chính", "bố trí kinh phí thực"),
        ("Ủy ban nhân dân cấp xã", "vận động người dân d"),
    ]
    (first,) = [o for o in doc.obligations if o.assignee.raw == "Sở Xây dựng"]
    assert first.deadline is not None and first.deadline.isoformat() == "2027-06-30"
    assert "Sở Tài chính" not in first.task


#: A plan whose line breaks a copy lost from its title on: the title in capitals, then its first paragraph and the
#: parts and items, all on the title's line.
RUN_IN_TITLE = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 12/KH-UBND\nHà Nam, ngày 3 tháng 2 năm 2026\nKẾ HOẠCH\n"
    "TRIỂN KHAI CHUYỂN ĐỔI SỐ TRONG CƠ QUAN NHÀ NƯỚC NĂM 2026 Thực hiện Quyết định số 45/QĐ-TTg ngày 10/01/2026 "
    "của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích "
    "Bảo đảm chuyển đổi số đồng bộ. 2. Yêu cầu Các sở, ngành triển khai nghiêm túc. II. NHIỆM VỤ 1. Sở Khoa học "
    "và Công nghệ chủ trì xây dựng nền tảng dữ liệu dùng chung, hoàn thành trong quý II năm 2026. 2. Sở Tài chính "
    "bố trí kinh phí thực hiện Kế hoạch.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"
)


def test_a_title_run_into_its_first_paragraph_leaves_the_rest_of_its_line_to_the_body():
    """The title is its words in capitals up to the first paragraph's opener (``Thực hiện …``); what follows on the
    line is the body, read as any body (its parts and items cut by their labels), never dropped with the title."""
    doc = parse(RUN_IN_TITLE)
    assert doc.title == "TRIỂN KHAI CHUYỂN ĐỔI SỐ TRONG CƠ QUAN NHÀ NƯỚC NĂM 2026"
    leads = [o.assignee.raw for o in doc.obligations if o.role == "lead" and o.assignee is not None]
    assert leads == ["Sở Khoa học và Công nghệ", "Sở Tài chính"], leads
    # the same plan with the title's line break kept reads alike
    kept = RUN_IN_TITLE.replace("NĂM 2026 Thực hiện Quyết định", "NĂM 2026\nThực hiện Quyết định", 1)
    assert [o.assignee.raw for o in parse(kept).obligations if o.role == "lead" and o.assignee] == leads
    # counter-example: a title in mixed case holds an opener's word; nothing is cut from it
    mixed = RUN_IN_TITLE.replace(
        "TRIỂN KHAI CHUYỂN ĐỔI SỐ TRONG CƠ QUAN NHÀ NƯỚC NĂM 2026 Thực hiện Quyết định",
        "Triển khai các hoạt động Thực hiện chuyển đổi số năm 2026\nThực hiện Quyết định",
        1,
    )
    assert parse(mixed).title == "Triển khai các hoạt động Thực hiện chuyển đổi số năm 2026"
