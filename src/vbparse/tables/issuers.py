"""Issuing bodies, as keys that let a citation find the document it cites.

A citation names its issuer the way the writer pleased: ``UBND thị trấn Hà Trung``, ``Ủy ban nhân dân
Thị trấn Hà Trung``, ``Chủ tịch UBND huyện``, ``HĐND thị trấn``.  The header of the cited document says
``UỶ BAN NHÂN DÂN THỊ TRẤN HÀ TRUNG``.  Both are reduced to one key: folded (no diacritics, ``đ``→``d``,
lower case), abbreviations spelled out, a leading position dropped (a Kế hoạch "of the Chủ tịch UBND" is
issued by the UBND).  A key that ends at its level word (``... huyện``) names no place: it is *partial*,
and only the citing document's own header can complete it (see ``store.resolve``).

Sources: reference/vietnamese-admin-documents.md (tên cơ quan, cấp hành chính) and the citations in the
seed plans and corpus/realdocs.
"""

from __future__ import annotations

import regex

from ..pattern_cache import compiled, longest_first

#: Abbreviation, as written (case-sensitive, whole word) → the words it stands for.  Expanded before
#: folding, so that ``ĐU`` (Đảng ủy) is not confused with the folded syllable ``du`` of ``dự án``.
ISSUER_ABBREVIATIONS: dict[str, str] = {
    "UBND": "Ủy ban nhân dân",
    "UB": "Ủy ban",
    "HĐND": "Hội đồng nhân dân",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "MTTQ": "Mặt trận Tổ quốc",
    "ĐU": "Đảng ủy",
    "TU": "Tỉnh ủy",
    "HU": "Huyện ủy",
    "BTV": "Ban Thường vụ",
    "BCH": "Ban Chấp hành",
    "TP": "thành phố",
    "TX": "thị xã",
}

#: Administrative levels (folded), longest first so that ``thi tran`` is not read as ``tran``.
ISSUER_LEVELS: tuple[str, ...] = ("thanh pho", "thi tran", "thi xa", "tinh", "huyen", "quan", "phuong", "xa")

#: An abbreviation of ``ISSUER_ABBREVIATIONS`` as a whole word: ``UBND`` of ``UBND tỉnh``, not of ``UBNDX``.
ABBREVIATION_RE = compiled(
    r"(?<![\p{L}\p{N}])(?:"
    + "|".join(regex.escape(k) for k in longest_first(ISSUER_ABBREVIATIONS))
    + r")(?![\p{L}\p{N}])"
)


def expand_abbreviations(text: str) -> str:
    """``UBND thị trấn Hà Trung`` → ``Ủy ban nhân dân thị trấn Hà Trung``: every abbreviation spelled out."""
    return ABBREVIATION_RE.sub(lambda m: ISSUER_ABBREVIATIONS[m.group()], text)


#: ``<body words> <level> [<place name>]`` — the last level word in the key and what follows it.
#: ``uy ban nhan dan thi tran ha trung`` (``UBND thị trấn Hà Trung``); not ``so xay dung``.
LEVEL_NAME_RE = compiled(r"\b(?P<level>" + "|".join(ISSUER_LEVELS) + r")\b(?:\s+(?P<name>.+))?$")
