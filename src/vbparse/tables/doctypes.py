"""Document types: name ↔ code, by regime.

NĐ 30/2020 Phụ lục III §I is the base; codes that only older rules (TT 01/2011) or Party rules
(HD 36-HD/VPTW) use are marked so a number such as ``12/GN-UBND`` still reads as a typed document.
``CV`` stands for công văn, which has no code of its own in a number (``2888/UBND-NV``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..chars import tone_key


@dataclass(frozen=True)
class DocTypeEntry:
    code: str
    name: str
    regimes: tuple[str, ...] = ("nd30",)
    #: Extra names that cite this type in running text (``Văn bản số …`` is a công văn).
    aliases: tuple[str, ...] = ()


DOC_TYPES: tuple[DocTypeEntry, ...] = (
    DocTypeEntry("NQ", "Nghị quyết", ("nd30", "tt01_2011", "party", "vbqppl")),
    DocTypeEntry("QĐ", "Quyết định", ("nd30", "tt01_2011", "party", "vbqppl")),
    DocTypeEntry("CT", "Chỉ thị", ("nd30", "tt01_2011", "party", "vbqppl")),
    DocTypeEntry("QC", "Quy chế", ("nd30", "tt01_2011", "party")),
    DocTypeEntry("QyĐ", "Quy định", ("nd30", "tt01_2011")),
    DocTypeEntry("QĐi", "Quy định", ("party",)),
    DocTypeEntry("TC", "Thông cáo"),
    DocTypeEntry("TB", "Thông báo", ("nd30", "tt01_2011", "party")),
    DocTypeEntry("HD", "Hướng dẫn", ("nd30", "tt01_2011", "party")),
    DocTypeEntry("CTr", "Chương trình", ("nd30", "tt01_2011", "party")),
    DocTypeEntry("KH", "Kế hoạch", ("nd30", "tt01_2011", "party")),
    DocTypeEntry("PA", "Phương án", ("nd30", "tt01_2011", "party")),
    DocTypeEntry("ĐA", "Đề án", ("nd30", "tt01_2011", "party")),
    DocTypeEntry("DA", "Dự án"),
    DocTypeEntry("BC", "Báo cáo", ("nd30", "tt01_2011", "party")),
    DocTypeEntry("BB", "Biên bản", ("nd30", "tt01_2011", "party")),
    DocTypeEntry("TTr", "Tờ trình", ("nd30", "tt01_2011", "party")),
    DocTypeEntry("HĐ", "Hợp đồng"),
    DocTypeEntry("CV", "Công văn", ("nd30", "party"), aliases=("Văn bản",)),
    DocTypeEntry("CĐ", "Công điện"),
    DocTypeEntry("BGN", "Bản ghi nhớ"),
    DocTypeEntry("GN", "Bản ghi nhớ", ("tt01_2011",)),
    DocTypeEntry("BTT", "Bản thỏa thuận"),
    DocTypeEntry("TTh", "Bản thỏa thuận", ("tt01_2011",)),
    DocTypeEntry("GUQ", "Giấy ủy quyền"),
    DocTypeEntry("UQ", "Giấy ủy quyền", ("tt01_2011",)),
    DocTypeEntry("GM", "Giấy mời", ("nd30", "tt01_2011", "party")),
    DocTypeEntry("GGT", "Giấy giới thiệu", ("nd30", "party")),
    DocTypeEntry("GT", "Giấy giới thiệu", ("tt01_2011",)),
    DocTypeEntry("GNP", "Giấy nghỉ phép"),
    DocTypeEntry("NP", "Giấy nghỉ phép", ("tt01_2011",)),
    DocTypeEntry("PG", "Phiếu gửi"),
    DocTypeEntry("PC", "Phiếu chuyển"),
    DocTypeEntry("PB", "Phiếu báo"),
    DocTypeEntry("SY", "Bản sao y"),
    DocTypeEntry("TrS", "Bản trích sao"),
    DocTypeEntry("SL", "Bản sao lục"),
    DocTypeEntry("KL", "Kết luận", ("party",)),
    DocTypeEntry("QTr", "Quy trình", ("party",)),
    DocTypeEntry("CK", "Bản cam kết", ("tt01_2011",)),
    # normative documents (cited, rarely parsed)
    DocTypeEntry("NĐ", "Nghị định", ("vbqppl",)),
    DocTypeEntry("TT", "Thông tư", ("vbqppl", "party")),
    DocTypeEntry("TTLT", "Thông tư liên tịch", ("vbqppl",)),
    DocTypeEntry("NQLT", "Nghị quyết liên tịch", ("vbqppl",)),
    DocTypeEntry("VBHN", "Văn bản hợp nhất", ("vbqppl",)),
    DocTypeEntry("Luật", "Luật", ("vbqppl",)),
    DocTypeEntry("PL", "Pháp lệnh", ("vbqppl",)),
)

#: code → entry (first wins, so the NĐ 30 name is the one reported).
BY_CODE: dict[str, DocTypeEntry] = {}
for _e in DOC_TYPES:
    BY_CODE.setdefault(_e.code, _e)

#: Upper-cased code → canonical code, for matching ``QYĐ``/``TTR`` written in the wrong case.
CODE_BY_UPPER: dict[str, str] = {}
for _e in DOC_TYPES:
    CODE_BY_UPPER.setdefault(_e.code.upper(), _e.code)

#: Type name (and alias) keyed by ``chars.tone_key`` (lower case, new tone placement) → code.  "Quy định"
#: maps to the state code QyĐ.
CODE_BY_NAME: dict[str, str] = {}
for _e in DOC_TYPES:
    CODE_BY_NAME.setdefault(tone_key(_e.name), _e.code)
    for _a in _e.aliases:
        CODE_BY_NAME.setdefault(tone_key(_a), _e.code)


def _longest_first(name: str) -> tuple[int, str]:
    """Longest first (an alternation must try ``THÔNG TƯ LIÊN TỊCH`` before ``THÔNG TƯ``), then by name."""
    return -len(name), name


#: Type lines printed in capitals under the header (``KẾ HOẠCH``, ``PHƯƠNG ÁN``, ``CHỈ THỊ``), longest first.
#: A công văn has none (its ``V/v`` line stands there); laws, ordinances and consolidated texts are cited,
#: not parsed, and their capitals (``LUẬT``) would be taken for a heading of the body.
TYPE_LINE_NAMES: tuple[str, ...] = tuple(
    sorted({e.name.upper() for e in DOC_TYPES if e.code not in {"CV", "Luật", "PL", "VBHN"}}, key=_longest_first)
)

#: Names that cite a document only when capitalised: in lower case ``quy định`` is the verb (``theo quy
#: định 5 năm``, ``quy định 02 bước``), not the type.
CAPITALISED_CITATION_NAMES: tuple[str, ...] = ("Quy định",)
#: Every name and alias of the table, longest first, as running text cites a document with it
#: (``Biên bản số 05/BB-UBND``, ``Giấy mời số 09/GM-UBND``, ``Văn bản số 12/UBND-VX``).
CITATION_NAMES: tuple[str, ...] = tuple(
    sorted({n for e in DOC_TYPES for n in (e.name, *e.aliases)}, key=_longest_first)
)

#: Type codes that a PDF's text glues to the issuer code after losing the hyphen (``3027/QĐUBND``): a
#: symbol that starts with one of them and goes on with two or more capitals is split there.  Codes that
#: begin ordinary issuer codes are left out (``HĐ`` of ``HĐND``, ``PC`` of ``PCCC``, ``GT`` of ``GTVT``,
#: ``TC`` of ``TCKH``).  Tried in this order (the first that leaves an issuer code wins), so a code comes
#: before every shorter code it begins with: ``01/TTLTBTC`` is ``TTLT`` + ``BTC``, not ``TT`` + ``LTBTC``.
GLUED_TYPE_CODES: tuple[str, ...] = (
    "QĐ",
    "NQ",
    "KH",
    "CTr",
    "CT",
    "TB",
    "HD",
    "BC",
    "TTLT",
    "TTr",
    "TT",
    "QyĐ",
    "NĐ",
    "CV",
    "GM",
    "CĐ",
    "ĐA",
    "PA",
)

#: The word that closes a decision's preamble and opens its articles, alone on its line with a colon
#: (``QUYẾT ĐỊNH:``, ``QUYẾT NGHỊ:`` of a Nghị quyết, ``CHỈ THỊ:``, ``KẾT LUẬN:``): not a type line.
DECISION_MARK_WORDS: tuple[str, ...] = ("QUYẾT ĐỊNH", "QUYẾT NGHỊ", "CHỈ THỊ", "KẾT LUẬN")


def code_for_name(name: str) -> str | None:
    """``Kế hoạch`` → ``KH`` (whatever the case and the tone placement: ``Giấy uỷ quyền`` → ``GUQ``)."""
    return CODE_BY_NAME.get(tone_key(name.strip()))


def name_for_code(code: str | None) -> str | None:
    entry = BY_CODE.get(code) if code else None
    return entry.name if entry else None


def canonical_code(token: str) -> str | None:
    """``KH`` → ``KH``; ``QYĐ`` → ``QyĐ``; an unknown token (an issuer such as ``UBND``) → None."""
    if token in BY_CODE:
        return token
    return CODE_BY_UPPER.get(token.upper())


def _fold_code(text: str) -> str:
    return text.strip().upper().replace("Đ", "D")


#: Codes as typed without ``Đ`` (``QD`` → ``QĐ``), where that spelling names one code only.
_CODE_BY_FOLDED: dict[str, str] = {}
for _k, _codes in {
    (_fold_code(e.code)): [x.code for x in DOC_TYPES if _fold_code(x.code) == _fold_code(e.code)] for e in DOC_TYPES
}.items():
    if len(set(_codes)) == 1:
        _CODE_BY_FOLDED[_k] = _codes[0]


def code_for_query(text: str) -> str | None:
    """A type as a user names it in a filter: ``KH``, ``kh``, ``QD`` or ``QĐ``, ``Kế hoạch``."""
    return canonical_code(text.strip()) or _CODE_BY_FOLDED.get(_fold_code(text)) or code_for_name(text)
