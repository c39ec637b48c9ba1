"""A syllable cut in two by a PDF's text layer (``th ực hiện``, ``Qu ốc``, ``t ổ ch ức``): ``pdftotext`` and other
extractors put a space before a letter drawn as a base and a separate accent, 2 611 times in the layout matrix's
``pdftotext`` copies, 3 times in the native texts (all of them the same cut).  A lone initial consonant (``th``,
``ch``, ``qu``, ``đ`` …) is never a Vietnamese word, so one followed by a space and a rime that opens with a marked
vowel is one syllable; the normaliser joins it, keeping every character's place in the original."""

from __future__ import annotations

import pytest

from vbparse import parse_text
from vbparse.normalize import normalize
from vbparse.offsets import MappedText

CUT = [
    ("Tổ chức th ực hiện kế hoạch", "Tổ chức thực hiện kế hoạch"),
    ("Cộng hòa xã h ội chủ nghĩa", "Cộng hòa xã hội chủ nghĩa"),
    ("đại biểu Qu ốc hội", "đại biểu Quốc hội"),
    ("các t ổ ch ức thành viên", "các tổ chức thành viên"),
    ("trên đ ịa bàn; k ết qu ả", "trên địa bàn; kết quả"),
    ("ng ười đứng đầu, ngh ị quyết, gi ữa năm", "người đứng đầu, nghị quyết, giữa năm"),
    ("C ử cán bộ", "Cử cán bộ"),
    # a word whose glyphs the text layer spaced one by one after its initial (a LibreOffice PDF's table header):
    # the final consonant after the lone vowel is the syllable's too (``ph ẩ m`` joined as ``phẩ m`` lost a task
    # table's header: Lâm Đồng 01 as PDF, 124 → 19 obligations)
    ("Sản ph ẩ m | Thời gian", "Sản phẩm | Thời gian"),
    ("Kết qu ả | ch ấ t lượng", "Kết quả | chất lượng"),
]
KEPT = [
    "các ông, bà tham dự",  # a word that ends in a consonant, then one that opens with a marked vowel
    "theo điểm c, khoản 2",  # a list letter, then no rime
    "đ/c Nguyễn Văn A ở thôn 3",  # an abbreviation
    "Phụ lục c) ở trang sau",
    "ký hiệu TCVN 5 ở mục 2",
    "số 12 ấp Bình An",
    "tri ển khai",  # a cut after a whole syllable: not this class (``tri`` is a word)
]


@pytest.mark.parametrize(("cut", "whole"), CUT)
def test_a_syllable_cut_after_its_initial_consonant_is_joined(cut, whole):
    out = normalize(MappedText.identity_of(cut))
    assert out.text == whole


@pytest.mark.parametrize("text", KEPT)
def test_words_that_only_look_cut_are_left_alone(text):
    assert normalize(MappedText.identity_of(text)).text == text


def test_a_joined_syllable_still_points_into_the_original():
    cut = "Giao UBND xã th ực hiện"
    out = normalize(MappedText.identity_of(cut))
    k = out.text.index("thực")
    assert out.to_original(k) == cut.index("th ực") and cut[out.to_original(k + 2)] == "ự"


def test_a_task_read_from_a_cut_text_layer_is_the_task_a_person_reads():
    head = "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 5/KH-UBND\nAn Bình, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nTổ chức bầu cử\n"
    cut = (
        "II. TỔ CHỨC TH ỰC HIỆN\n1. Công an xã ch ủ trì, ph ối hợp với các t ổ ch ức đoàn th ể "
        "bảo đảm an ninh tr ật tự các khu vực b ỏ phiếu.\n"
    )
    whole = "II. TỔ CHỨC THỰC HIỆN\n1. Công an xã chủ trì, phối hợp với các tổ chức đoàn thể bảo đảm an ninh trật tự các khu vực bỏ phiếu.\n"

    def read(body: str) -> list[tuple[str, str, str]]:
        return [(o.role, o.assignee.raw, o.task) for o in parse_text(head + body).obligations]

    assert read(cut) == read(whole) and ("lead", "Công an xã", read(whole)[0][2]) in read(cut)


def test_a_cut_syllable_in_a_table_row_leaves_its_cells_where_they_are():
    """Regression (Lâm Đồng 01 as LibreOffice's PDF: 124 obligations, 19 after the cut syllables were joined): the
    join drops characters inside a row, and the cells after it were read two characters off (``ời gian hoàn
    thành``, ``ủ trì thực hiện``), so no column had its kind and the task table gave nothing."""
    head = (
        "ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 5/KH-UBND\nAn Bình, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nCải cách hành chính\n"
        "I. MỤC ĐÍCH\nBảo đảm tiến độ.\nII. NHIỆM VỤ\n"
    )
    table = (
        "| STT | Nhiệm vụ | Sản ph ẩ m | Thời gian hoàn thành | Chủ trì th ực hiện | Phối hợp thực hiện |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Rà soát thủ tục hành chính | Báo cáo | Quý II/2026 | Sở Tư pháp | Các sở, ngành |\n"
        "| 2 | Số hóa hồ sơ | Kho dữ liệu | Quý III/2026 | Sở Khoa học và Công nghệ | Văn phòng UBND tỉnh |\n"
    )
    rows = [(o.assignee.raw, o.role, o.deadline_raw) for o in parse_text(head + table).obligations]
    assert ("Sở Tư pháp", "lead", "Quý II/2026") in rows
    assert ("Sở Khoa học và Công nghệ", "lead", "Quý III/2026") in rows
    assert ("Văn phòng UBND tỉnh", "support", "Quý III/2026") in rows


# --- a syllable cut inside its rime (``tri ển``, ``to àn``, ``ho ạt``): each part may be a word of its own, so the
# cut is joined only where the same text spells the whole syllable elsewhere, as a text layer cuts some of a word's
# occurrences and not others


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Các sở triển khai kế hoạch. Các chuyên viên tri ển khai, thực hiện nghiêm túc.",
            "Các sở triển khai kế hoạch. Các chuyên viên triển khai, thực hiện nghiêm túc.",
        ),
        (
            "Hoạt động toàn diện; to àn bộ các ho ạt động kiểm tra.",
            "Hoạt động toàn diện; toàn bộ các hoạt động kiểm tra.",
        ),
    ],
)
def test_a_syllable_cut_inside_its_rime_is_joined_where_the_text_spells_it_whole(text, whole):
    assert normalize(MappedText.identity_of(text)).text == whole


@pytest.mark.parametrize(
    "text",
    [
        "Nguồn thu ổn định; thu ổn định lâu dài.",  # ``thuổn`` spelled nowhere: two words
        "Ngư ông và người thu ở chợ; tri ơn các đơn vị.",
        "Đi ở lại; người ở.",
    ],
)
def test_two_words_whose_join_the_text_never_spells_stay_apart(text):
    assert normalize(MappedText.identity_of(text)).text == text


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Năm 2026. T rong quá trình thực hiện, trong các tháng đầu năm, nếu có vướng mắc.",
            "Năm 2026. Trong quá trình thực hiện, trong các tháng đầu năm, nếu có vướng mắc.",
        ),
        ("K ế hoạch này thay thế kế hoạch số 12.", "Kế hoạch này thay thế kế hoạch số 12."),
    ],
)
def test_a_capital_initial_cut_from_its_syllable_is_joined_where_the_text_spells_it_whole(text, whole):
    """``T rong quá trình …``: pdftotext set a line's first capital apart; a lone capital consonant is no word, and
    the text spells the joined word elsewhere (in lower case)."""
    assert normalize(MappedText.identity_of(text)).text == whole


@pytest.mark.parametrize(
    "text",
    [
        "Phụ lục B hướng dẫn lập hồ sơ.",  # ``bhướng`` spelled nowhere
        "Khu C rong ruổi; Đội X trong đó.",  # ``crong`` nowhere; ``xtrong`` nowhere
        "Tổ A trong xã.",  # a vowel is a word
    ],
)
def test_a_capital_letter_whose_join_the_text_never_spells_stays_apart(text):
    assert normalize(MappedText.identity_of(text)).text == text
