from __future__ import annotations

import unicodedata

from vbparse.normalize import MappedText, fold, match_key, nfc, normalize


def test_nfd_input_is_composed_and_spans_map_back():
    original = unicodedata.normalize("NFD", "Kế hoạch số 42/KH-UBND của UBND tỉnh Thanh Hóa")
    out = normalize(MappedText.identity_of(original))
    assert out.text == "Kế hoạch số 42/KH-UBND của UBND tỉnh Thanh Hóa"
    i = out.text.index("Thanh Hóa")
    span = out.span(i, i + len("Thanh Hóa"))
    assert unicodedata.normalize("NFC", original[span.start:span.end]) == "Thanh Hóa"


def test_dash_variants_and_eth_are_folded():
    out = normalize(MappedText.identity_of("Văn phòng – Thống kê — \u00d0ảng ủy 42/KH\u2011UBND"))
    assert out.text == "Văn phòng - Thống kê - Đảng ủy 42/KH-UBND"


def test_line_count_is_kept_and_trailing_space_removed():
    src = "a  \r\nb\u00a0c\t\nd"
    out = normalize(MappedText.identity_of(src))
    assert out.text == "a\nb c \nd".replace(" \n", "\n")
    assert out.text.count("\n") == 2


def test_tone_placement_does_not_change_the_match_key():
    assert match_key("Thanh Hoá") == match_key("Thanh Hóa") == "thanh hoa"
    assert fold("uỷ ban") == fold("ủy ban") == "uy ban"
    assert match_key("Văn phòng –thống kê") == match_key("VĂN PHÒNG - THỐNG KÊ")


def test_fold_keeps_length_so_offsets_stay_valid():
    s = nfc("Đồng chí Nguyễn Ngọc Luyện - Phó chủ tịch UBND")
    assert len(fold(s)) == len(s)
