"""TCVN3 / VNI tables, detection, and the 'is this Vietnamese' score used for garbled PDF pages."""

from __future__ import annotations

import shutil
import subprocess
import sys
import unicodedata

import pytest
from conftest import ROOT

from vbparse.encodings import (
    decode_tcvn3,
    decode_vni,
    detect_legacy,
    encoding_of_font,
    restore_capitals,
    vietnamese_score,
)
from vbparse.read import read_path
from vbparse.tables.legacy_encodings import CANARIES, TCVN3_TABLE

sys.path.insert(0, str(ROOT / "scripts"))
import build_fixtures

VOWELS = "aăâeêioôơuưy"
TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
ALL_LOWER = sorted({unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES} | {"đ"})


def test_tcvn3_round_trips_every_lower_case_letter():
    for ch in ALL_LOWER:
        encoded = build_fixtures.to_tcvn3(ch).decode("latin-1")
        assert decode_tcvn3(encoded) == ch, ch


def test_tcvn3_encodes_the_capitals_it_has():
    for ch in "ĂÂÊÔƠƯĐ":
        assert decode_tcvn3(build_fixtures.to_tcvn3(ch).decode("latin-1")) == ch


def test_vni_round_trips_every_letter_in_both_cases():
    for ch in ALL_LOWER + [c.upper() for c in ALL_LOWER]:
        encoded = build_fixtures.to_vni(ch).decode("cp1252")
        assert decode_vni(encoded) == ch, (ch, encoded)


@pytest.mark.skipif(shutil.which("iconv") is None, reason="glibc iconv not available")
def test_tcvn3_table_agrees_with_glibc_iconv():
    for latin1, expected in TCVN3_TABLE.items():
        out = subprocess.run(
            ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"],
            input=latin1.encode("latin-1"),
            capture_output=True,
            check=False,
        ).stdout.decode()
        assert out == expected, hex(ord(latin1))


@pytest.mark.parametrize("encoding", sorted(CANARIES))
def test_canaries_decode_to_the_tieu_ngu_and_quoc_hieu(encoding):
    decoded = [decode_tcvn3(c) if encoding == "tcvn3" else decode_vni(c) for c in CANARIES[encoding]]
    assert "Độc lập" in decoded and "Hạnh phúc" in decoded
    assert all(detect_legacy(c) == encoding for c in CANARIES[encoding])


def test_vntimeh_capitals_font_is_upper_cased():
    assert encoding_of_font(".VnTimeH") == ("tcvn3", True)
    assert encoding_of_font("ABCDEF+.VnTime") == ("tcvn3", False)
    assert encoding_of_font("VNI-Times") == ("vni", False)
    assert encoding_of_font("Times New Roman") == (None, False)
    assert decode_tcvn3("KÕ HO¹CH", capitals=True) == "KẾ HOẠCH"


def test_unicode_text_in_an_old_font_name_is_not_converted():
    assert detect_legacy("Kế hoạch số 42/KH-UBND của Ủy ban nhân dân", font_hint="tcvn3") is None
    assert detect_legacy("UBND xa Phong Son", font_hint="vni") is None


def test_restore_capitals_rebuilds_toned_capitals_but_not_title_case():
    assert restore_capitals("Kế HOạCH") == "KẾ HOẠCH"
    assert restore_capitals("TM. ủY BAN NHÂN DÂN") == "TM. ỦY BAN NHÂN DÂN"
    assert restore_capitals("Số: 30/KH-UBND") == "Số: 30/KH-UBND"
    assert restore_capitals("ủy ban nhân dân thị trấn xây dựng") == "Ủy ban nhân dân thị trấn xây dựng"


def test_vietnamese_score_separates_text_from_garbled_layers():
    clean = "Thực hiện Kế hoạch số 42/KH-UBND ngày 10/3/2023 của Ủy ban nhân dân thị trấn Hà Trung về việc"
    broken_glyphs = "CØNG HOÀ XÃ HØI CHæ NGH(A VIÆT NAM chç tr°¡ng triÃn khai thñc hiÇn công tác cai nghiÇn"
    bad_ocr = "uv sA.N NUANoAN riNu r,AwtoONc ceNG no.r, xA Her cHU Ncni.l vIDT NAM"
    assert vietnamese_score(clean) >= 0.85
    assert vietnamese_score(broken_glyphs) < 0.7
    assert vietnamese_score(bad_ocr) < 0.7


@pytest.mark.parametrize("variant", ["tcvn3", "vni"])
def test_legacy_text_file_is_detected_and_recorded(tmp_path, variant):
    text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKẾ HOẠCH\nNơi nhận:\n"
    data = build_fixtures.to_tcvn3(text) if variant == "tcvn3" else build_fixtures.to_vni(text)
    p = tmp_path / f"doc.{variant}.txt"
    p.write_bytes(data)
    r = read_path(p)
    assert r.encoding == variant
    assert "Độc lập - Tự do - Hạnh phúc" in r.original and "KẾ HOẠCH" in r.original


def test_one_decision_per_font_for_every_reader():
    from vbparse.encodings import legacy_encoding_for

    assert legacy_encoding_for("Thùc hiÖn kÕ ho¹ch cña UBND huyÖn", ".VnTime") == ("tcvn3", False)
    assert legacy_encoding_for("Thực hiện kế hoạch à á", ".VnTime") == (None, False)  # Unicode left alone
    assert legacy_encoding_for("ke hoach", ".VnTimeH") == ("tcvn3", True)  # capitals font: upper-case
    assert legacy_encoding_for("Thùc hiÖn kÕ ho¹ch", "Times New Roman") == (None, False)
