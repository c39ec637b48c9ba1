"""Citation resolution rules and the issuer table, on real citation shapes from the seeds and realdocs."""

from __future__ import annotations

import pytest

from vbparse.store.resolve import Candidate, complete_issuer, is_partial, issuer_key, number_key, resolve


@pytest.mark.parametrize("a, b", [
    ("UBND thị trấn Hà Trung", "ỦY BAN NHÂN DÂN THỊ TRẤN HÀ TRUNG"),
    ("UBND thị trấn Hà Trung", "UỶ BAN NHÂN DÂN THỊ TRẤN HÀ TRUNG"),
    ("Chủ tịch UBND tỉnh Thanh Hóa", "UBND tỉnh Thanh Hoá"),
    ("HĐND thị trấn", "Hội đồng nhân dân thị trấn"),
    ("Đảng ủy thị trấn", "ĐU thị trấn"),
    ("UBND TP Đà Nẵng", "Ủy ban nhân dân thành phố Đà Nẵng"),
])
def test_issuer_spellings_share_one_key(a, b):
    assert issuer_key(a) == issuer_key(b)


def test_abbreviation_is_expanded_only_as_written_not_inside_words():
    assert "dang uy" not in issuer_key("Ban quản lý dự án huyện Hà Trung")
    assert issuer_key("UBND huyện Hà Trung") != issuer_key("UBND thị trấn Hà Trung")


@pytest.mark.parametrize("name, partial", [
    ("UBND huyện", True), ("Chủ tịch UBND huyện", True), ("HĐND thị trấn", True), ("Đảng ủy", True),
    ("UBND huyện Hà Trung", False), ("UBND tỉnh Thanh Hóa", False), ("UBND xã Hà Long", False),
])
def test_a_level_without_a_place_is_partial(name, partial):
    assert is_partial(issuer_key(name)) is partial


def test_partial_issuer_is_completed_only_from_the_same_level_of_the_citing_document():
    ctx = [issuer_key("UBND thị trấn Hà Trung"), issuer_key("UBND huyện Hà Trung")]
    assert complete_issuer(issuer_key("HĐND thị trấn"), ctx) == issuer_key("HĐND thị trấn Hà Trung")
    assert complete_issuer(issuer_key("UBND huyện"), ctx) == issuer_key("UBND huyện Hà Trung")
    # no huyện in the context: nothing is guessed
    assert complete_issuer(issuer_key("UBND huyện"), [issuer_key("UBND thị trấn Hà Trung")]) == issuer_key("UBND huyện")


@pytest.mark.parametrize("a, b", [("09/2019/QĐ-UBND", "9/2019/QD-UBND"), ("42 /KH-UBND", "42/KH-UBND"),
                                  ("26-NQ/ĐU", "26-NQ/DU")])
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
