"""Regular expressions of the document format, compiled once, each documented with real examples.

The examples quoted in the comments are pinned by ``tests/test_tables.py`` (``PATTERN_EXAMPLES``, one row
per example), which also fails when a pattern is added here without examples.  The word lists the
patterns are built from live in the other tables (``doctypes``, ``paragraphs``, ``bodies``, ``positions``).
The patterns run on normalised text (NFC, dashes folded to ``-``, ``Ð`` → ``Đ``), except those said to
run on a reader's text or on keys (``chars.fold``, ``chars.match_key``).
"""

from __future__ import annotations

import unicodedata

import regex

from ..chars import BULLET_GLYPHS, fold, match_key, new_tone_spelling
from ..pattern_cache import compiled, longest_first
from .bodies import BODY_HEADS, BREAKING_HEADS, ISSUER_LINE_HEADS
from .clause_words import TASK_VERBS
from .doctypes import (
    CAPITALISED_CITATION_NAMES,
    CITATION_NAMES,
    DECISION_MARK_WORDS,
    GLUED_TYPE_CODES,
    TYPE_LINE_NAMES,
)
from .paragraphs import (
    AFTER_TITLE_OPENERS,
    CLAUSE_START_OPENERS,
    LINE_CONTINUING_WORDS,
    PREAMBLE_OPENERS,
    Relation,
)
from .positions import POST_QUALIFIERS, SIGNING_POSTS

_U = r"[A-ZĐÀ-Ỹ]"

#: Every capital of the Vietnamese alphabet, by its base letter: OCR misreads tone and vowel marks
#: (``KÉ HOẠCH``, ``QUYÉT ĐỊNH``, ``CỌNG HÒA``), so header words printed in capitals are matched whatever
#: marks their vowels carry.
_CAPITALS = "AÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬEÉÈẺẼẸÊẾỀỂỄỆIÍÌỈĨỊOÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢUÚÙỦŨỤƯỨỪỬỮỰYÝỲỶỸỴDĐ"
_BY_BASE: dict[str, str] = {}
for _c in _CAPITALS:
    _BY_BASE.setdefault(unicodedata.normalize("NFD", _c)[0] if _c != "Đ" else "D", "")
    _BY_BASE[unicodedata.normalize("NFD", _c)[0] if _c != "Đ" else "D"] += _c


def any_marks(word: str, space: str = r"\s+") -> str:
    """A pattern for ``word`` with any marks on its vowels (and ``Đ``/``D`` alike), in its case:
    ``KẾ HOẠCH`` matches ``KÉ HOẠCH`` and ``KE HOACH``, ``tháng`` matches ``thảng``."""
    out = []
    for ch in word:
        base = "D" if ch in "Đđ" else unicodedata.normalize("NFD", ch)[0]
        if ch.isupper() and base in _BY_BASE:
            out.append(f"[{_BY_BASE[base]}]")
        elif ch.islower() and base.upper() in _BY_BASE:
            out.append(f"[{_BY_BASE[base.upper()].lower()}]")
        else:
            out.append(regex.escape(ch))
    return "".join(out).replace(r"\ ", space)


def _words(words) -> str:
    """An alternation of ``words`` as written."""
    return "|".join(regex.escape(w) for w in words)


def _spaced_words(words) -> str:
    """An alternation of ``words`` whose spaces may be wider: a justified PDF line or a scan spreads the
    words of one name (``Công  văn  số``)."""
    return "|".join(r"[ \t]+".join(regex.escape(part) for part in w.split(" ")) for w in words)


# --- numbers (số, ký hiệu) -------------------------------------------------------------------------

#: State numbers: ``42/KH-UBND``, ``2888/UBND-NV``, ``09/2019/QĐ-UBND``, ``64/2025/QH15``, ``58/CĐ-TTg``,
#: ``996/KH-TCTLNTW-C04``, ``12/UBND-VX``, spaces tolerated around ``/`` and ``-`` (``42 /KH-UBND``).
STATE_NUMBER = compiled(
    r"(?<![\p{L}\d/])(?P<serial>\d{1,6})[ \t]{0,4}(?:/\s?(?P<year>(?:19|20)\d{2})\s?)?/\s?"
    r"(?P<symbol>[A-ZĐ][A-Za-zĐđ0-9&.]*(?:\s?-\s?[A-ZĐ0-9][A-Za-zĐđ0-9&]*)*)"
)

#: Party numbers: ``26-NQ/ĐU``, ``1502-QĐ/TU``, ``01-CV/BCĐ``, ``34-NQ/TU``.
PARTY_NUMBER = compiled(
    r"(?<![\p{L}\d/])(?P<serial>\d{1,5})\s?-\s?(?P<type>[A-ZĐ][A-Za-zĐđ]{0,4})\s?/\s?"
    r"(?P<org>[A-ZĐ][A-Za-zĐđ0-9&]*(?:-[A-ZĐ][A-Za-zĐđ0-9&]*)*)"
)

#: A document number typed as a query: ``42/KH-UBND``, ``09/2019/QĐ-UBND``, ``26-NQ/ĐU``, and in lower
#: case when it has a symbol after the type (``42/kh-ubnd``) — ``3/tháng`` or ``2/3`` are not numbers.
TYPED_NUMBER = compiled(
    r"(?<![\p{L}\p{N}/])\d{1,6}(?:/\d{4})?[/-]"
    r"(?:[\p{Lu}Đ][\p{L}\p{N}&./-]*|\p{L}{1,8}(?:[-/][\p{L}\p{N}&.]+)+)"
)

#: A type code printed letter-spaced by a PDF (``329 /B C-UBND``): the lone capital and the capitals after it.
SPACED_TYPE_CODE = compiled(r"(?<=/\s?)(?P<first>[A-ZĐ]) (?=[A-ZĐ][A-Za-zĐđ]{0,4}\s?-)")

#: A number cut short after its year: ``Quyết định số 09/2019, ngày …``.
PARTIAL_NUMBER = compiled(r"(?<![\p{L}\d/])(?P<serial>\d{1,6})/(?P<year>(?:19|20)\d{2})(?![\d/]|\s?/\s?[A-ZĐ])")
#: A blank draft's number, the serial left out (``/KH-HĐTĐKT``, ``…/QĐ-UBND``, ``___/TTr-SNV``).
BLANK_NUMBER = compiled(r"^(?:[.…_\s]*)?/\s?(?P<symbol>[A-ZĐ][A-Za-zĐđ0-9&.]*(?:\s?-\s?[A-ZĐ0-9][A-Za-zĐđ0-9&]*)*)")
#: A blank Party number (``-NQ/ĐU``, ``…-CV/BCĐ``).
BLANK_PARTY_NUMBER = compiled(r"^[.…_\s]*-\s?(?P<type>[A-ZĐ][A-Za-zĐđ]{0,4})\s?/\s?(?P<org>[A-ZĐ][\wĐđ&-]*)")
#: A type code glued to the issuer code after the PDF lost the hyphen (``QĐUBND`` → ``QĐ`` + ``UBND``).
GLUED_TYPE_CODE = compiled(r"^(?P<t>" + "|".join(GLUED_TYPE_CODES) + r")(?P<i>[A-ZĐ][A-ZĐ&]{1,})$")
#: A serial and a symbol whose slash OCR lost, the serial's digits glued to the type code (``10797QĐĐ-HĐTĐ``
#: for ``10797/QĐ-HĐTĐ``, 29 read by OCR): taken only when the first group is a type code.
SLASHLESS_NUMBER = compiled(
    r"^(?P<serial>\d{1,6})(?P<symbol>(?P<first>[A-ZĐ][A-Za-zĐđ]{0,5})-[A-ZĐ0-9][A-Za-zĐđ0-9&-]*)$"
)
#: The symbol of a law or a resolution of the Quốc hội: ``QH15`` (``64/2025/QH15``), ``UBTVQH14``.
LAW_SYMBOL = compiled(r"(?:UBTV)?QH\d{1,2}")

#: The header line ``Số: 42 /KH-UBND``, ``Số: /KH-HĐTĐKT``, ``Số:   -NQ/ĐU``; in a flattened table it can
#: follow a ``|``.  Case-sensitive so that ``SỐ 1050/QĐ-SCT`` inside an issuer name is not taken.  A signed
#: PDF draws the serial into its own box, a few spaces before the ``/`` of the symbol (``Số: 51   /TTr-SNV``):
#: a run of spaces ends the number only when no ``/`` follows it.
NUMBER_LINE = compiled(
    r"(?m)(?:^|\|)[ \t]*Số[ \t]*[:.]?[ \t]*(?=[\d/…._-]|$)(?P<raw>[^\n|]*?)[ \t]*"
    r"(?=$|\||[ \t]{3,}(?![ \t]*/))"
)
#: The slash that begins a number's symbol: before its type or body code (``/KH-UBND``, ``/ TTr-CAT``) or
#: its year (``/2024/NQ-HĐND``).  A slash OCR read into a handwritten serial (``/74⁄/UBND-`` for ``4532``,
#: ``2/ /TTr-CAT-PC04`` for ``91``) is not one: the serial's gap runs to this one.
SYMBOL_SLASH = compiled(r"/(?=[ \t]*(?:\d{4}[ \t]*/|\p{Lu}))")
#: ``Số:`` as OCR reads it, a misread mark and a colon (``Só:``, ``Sô:``; the serial may be glued after it:
#: ``Số:1050``).
RECOGNISED_SO = compiled(r"S[ốóôồổòoơ][ \t]*[:;.]")
#: The date's labels in a word keyed by ``chars.fold`` (which keeps its length: a match's places are the
#: word's), as a word of their own or glued by OCR to what it read beside them (``ngày?“``, ``0Inăm`` for
#: ``01 năm``, ``0/năm``).  ``ngày`` begins a word (after the place: ``Hà Nội, ngày``); a day or a month read
#: as letters may be glued before ``tháng`` and ``năm``.
DAY_LABEL_KEY = compiled(r"(?<![a-z])ngay(?![a-z])")
MONTH_LABEL_KEY = compiled(r"thang(?![a-z])")
YEAR_LABEL_KEY = compiled(r"nam(?![a-z])")
#: A second reader's text of a gap (spaces taken out) that is a number: its digits, with nothing but marks
#: around them (``1984/`` before the symbol's slash, ``.09``); letters or a mark between digits (``5/1``,
#: ``件``) make it no number.
DIGITS_READ = compiled(r"[/.,:;_'\"-]*(\d+)[/.,:;_'\"-]*")
#: The same line as OCR reads it when the number is handwritten or stamped: the word ``Số`` with a
#: misread mark and a colon (``Só:``, ``Sô:``), the serial a few unreadable characters (``Số:  5Ø /KH-BCA-C04``,
#: ``Só:đÓ6 /KH-TCTLNTW-C04``, ``Số: 0_   /TTr-UBND``, ``Số: 45 46 /QĐ-UBND``) before the printed symbol.
RECOGNISED_NUMBER_LINE = compiled(
    r"(?m)(?:^|\|)[ \t]*" + RECOGNISED_SO.pattern + r"[ \t]*(?P<raw>(?:[^\s/|][^\s/|]{0,5}(?:[ \t][^\s/|]{1,3})?)?"
    r"[ \t]*/[ \t/]*[A-ZĐ][^\n|]*?)[ \t]*(?=$|\||[ \t]{3,})"
)
#: A serial that is not a number (what OCR makes of handwriting) before the symbol: ``5Ø /KH-BCA-C04``,
#: ``45 46 /QĐ-UBND``, ``2/  /TTr-CAT-PC04``.
UNREADABLE_SERIAL = compiled(r"^(?P<serial>[^\s/…._][^\s/]{0,5}(?:[ \t][^\s/]{1,3})?)[ \t]*/[ \t/]*(?=[A-ZĐ])")

#: ``V/v`` (về việc) as printed, or as OCR may read it (``W/v``, ``V/V``).
_VV = r"[VW]/[vV]"
#: What opens the subject line of a công văn: ``V/v`` (``W/v``, ``V/V`` as OCR may read it) or ``Về việc``.
VV_PREFIX = compiled(rf"^(?:{_VV}|Về việc)\s*:?\s*")
#: ``Kính gửi:`` before the addressees of a công văn or a Tờ trình (``Kính gửi: Cục Hải quan``).
KINH_GUI = compiled(r"(?i)^kính gửi\s*:?\s*")
#: The ``V/v`` line of a công văn (``W/v`` as OCR may read it) or its ``Kính gửi``: where its header ends.
VV_OR_KINH_GUI = compiled(rf"^\s*(?:{_VV}\b|Kính gửi)")

#: A type line under the header, matched whatever marks OCR put on its vowels (``KÉ HOẠCH``, ``QUYÉT:
#: ĐỊNH``), after a stray mark of a stamp or of handwriting in the left column (``A644   KÉ HOẠCH``,
#: ``sz44]0y -   QUYÉT ĐỊNH``: a token and a mark at most, ``stray``); or a ``VV_OR_KINH_GUI`` line.
TYPE_OR_VV = compiled(
    # possessive where giving back cannot help (whitespace before a letter, a token before a space): a
    # quarter of the time on lines that are no type line, the many
    r"^\s*+(?:(?P<stray>\S{1,8}+(?:[ \t][^\w\s]{1,2})?)[ \t]{3,})?(?:"
    + "|".join(any_marks(n, r"[\s:.,]+") for n in TYPE_LINE_NAMES)
    + r")(?!\p{Ll})|"
    + VV_OR_KINH_GUI.pattern
)
#: The type line keyed by ``chars.fold``, alone on its line; a scan may put a stamp's stray mark before it
#: (``a644 ke hoach``): one token that is not a word.
TYPE_LINE_KEY = compiled(
    r"^(?:(?=\S*[^\p{L}\s])\S++\s++)?\W*+(?P<t>" + "|".join(regex.escape(fold(n)) for n in TYPE_LINE_NAMES) + r")\W*$"
)
#: A type name keyed by ``chars.fold`` that opens a line whose rest is the title's beginning (``quyet dinh
#: chap thuan chu truong dau tu``).
TYPE_LINE_LEAD_KEY = compiled(
    r"^\W*(?P<t>"
    + "|".join(regex.escape(fold(n)).replace(r"\ ", r"[\s:.,]+") for n in TYPE_LINE_NAMES)
    + r")\s+(?P<rest>\p{L}.*)$"
)
#: The word that opens the articles of a decision, alone with its colon (``QUYẾT ĐỊNH:``, ``QUYẾT NGHỊ:``),
#: whatever marks OCR put on its vowels (``QUYÉT ĐỊNH:``: read as a type line, it made ``Điều 1`` the title).
DECISION_MARK = compiled(r"^(?:" + "|".join(any_marks(w) for w in DECISION_MARK_WORDS) + r")\s*:\s*$")

# --- header ---------------------------------------------------------------------------------------

#: Header lines that are not the issuer: the number line ``Số: …`` (``SỐ 1050/QĐ-SCT`` in capitals belongs
#: to an issuer: ``ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT``), ``V/v``, ``Kính gửi``, a date.
NOT_ISSUER_LINE = compiled(rf"^(?:(?-i:Số)\b|{_VV}|Kính gửi)|ngày\s+\d|\bngày\s+tháng\b", regex.IGNORECASE)
#: A header line that starts an issuing body (``tables.bodies.ISSUER_LINE_HEADS``), matched whatever marks
#: OCR put on the vowels (``TỎ CÔNG TÁC``, ``CÔNG AN TINH``), except ``SỐ 1050/…``, a number within a body's
#: name.
ISSUER_LINE_START = compiled(
    r"^(?!SỐ\s*\d)(?:" + "|".join(any_marks(w) for w in longest_first(ISSUER_LINE_HEADS)) + r")(?!\p{L})"
)
#: An issuer named in the body when the header has none: ``UBND thị trấn xây dựng Kế hoạch …``, ``Ban Chỉ đạo
#: … ban hành …``, ``Trưởng đoàn kiểm tra lập kế hoạch …``.
INFERRED_ISSUER = compiled(
    r"(?:^|(?<=[.;:]\s))(?P<name>(?:UBND|Ủy ban nhân|Uỷ ban nhân|ỦY BAN NHÂN|Hội đồng|Ban [Cc]hỉ đạo|Ban|Sở|Phòng|"
    r"Đảng ủy|Đoàn|Trưởng đoàn|Chủ tịch)[^.;:\n]{0,80}?)\s+(?:xây dựng|ban hành|phát động|lập|triển khai|"
    r"đề ra|yêu cầu)\b"
)

# --- dates ------------------------------------------------------------------------------------------

#: Header place/date: ``Thị trấn Hà Trung, ngày 10 tháng 3 năm 2023``; blank parts allowed
#: (``ngày tháng 11 năm 2023``, ``ngày …  tháng 01 năm 2021``); ``ngày`` may end a line.
PLACE_DATE = compiled(
    r"(?m)^[ \t|]*(?P<place>[^\n,|:]{2,80}?)[ \t]*,[ \t]*(?P<date>ngày\s*(?P<d>\d{1,2})?[\s.…_]*tháng\s*"
    r"(?P<m>\d{1,2})?[\s.…_]*năm\s*(?P<y>\d{4}))"
)
#: The same line as OCR reads it when the day or month is handwritten or stamped: a few unreadable
#: characters stand for them, spaces may be lost, the comma read as a full stop and the words' marks
#: misread (``Hà Nội, ngày44tháng Q@năm 2026``, ``Lâm Đồng. ngày Ø3 tháng 02 năm 2026``, ``ngày &@  tháng I1
#: năm 2024``, ``Lào Cai, ngày 1O thảng 3 nãm 2026``).
RECOGNISED_PLACE_DATE = compiled(
    rf"(?m)^[ \t|]*(?P<place>[^\n,.|:]{{2,80}}?)[ \t]*[,.][ \t]*(?P<date>{any_marks('ngày')}[ \t]*(?P<d>[^\n]{{0,6}}?)"
    rf"[ \t]*{any_marks('tháng')}[ \t]*(?P<m>[^\n]{{0,5}}?)[ \t]*{any_marks('năm')}[ \t]*(?P<y>\d{{4}}))"
)

#: Numeric date in running text: ``04/9/2023``, ``24/02/2023``, ``10.3.2023``, and ``01/5`` (no year).
NUMERIC_DATE = r"(?P<{p}d>\d{{1,2}})\s?[/.\-]\s?(?P<{p}m>\d{{1,2}})(?:\s?[/.\-]\s?(?P<{p}y>(?:19|20)\d{{2}}))?"
#: Worded date: ``ngày 09 tháng 4 năm 2019``, ``28 tháng 5 năm 2022``.
WORD_DATE = r"(?P<{p}d>\d{{1,2}})\s+tháng\s+(?P<{p}m>\d{{1,2}})(?:\s*(?:năm|,)\s*(?P<{p}y>(?:19|20)\d{{2}}))?"


def date_alternatives(prefix: str) -> str:
    return f"(?:{WORD_DATE.format(p=prefix + 'w')}|{NUMERIC_DATE.format(p=prefix + 'n')})"


#: A date right after a citation's number: ``ngày 04/9/2023``, ``, ngày 26/12/2022``, ``ngày 09 tháng 4
#: năm 2019``.
CITATION_DATE = compiled(r"\s*,?\s*(?:được\s+)?(?:ban hành\s+)?ngày\s+" + date_alternatives(""))

#: A worded impossible date such as ``tháng 18 tháng 9`` or ``ngày 32 tháng 13``.
WORD_DATE_ANY = compiled(r"(?:ngày|tháng)\s+(?P<a>\d{1,2})\s+tháng\s+(?P<b>\d{1,2})(?:\s+năm\s+(?P<y>\d{4}))?")

# --- citations --------------------------------------------------------------------------------------

#: A citation: a type name of ``doctypes.CITATION_NAMES`` (``Quy định`` only capitalised), optionally
#: ``số``, and a number, Party, state or cut short: ``Quyết định số 09/2019/QĐ-UBND``, ``Nghị quyết số
#: 26-NQ/ĐU``, ``Biên bản số 05/BB-UBND``, ``Giấy mời số 09/GM-UBND``, ``Kế hoạch 42/KH-UBND``, ``Văn bản số
#: 2888/UBND-NV``, ``Quyết định số 09/2019``; an issuer may stand between (``Quyết định của UBND tỉnh số …``).
#: The names are in the new tone placement: run it on text respelled by ``chars.new_tone_spelling`` (which
#: keeps its length, so offsets hold) to read ``Giấy uỷ quyền`` and ``Bản thoả thuận`` as well.
CITATION = compiled(
    r"(?<!\p{L})(?P<type>(?i:"
    + _spaced_words(new_tone_spelling(n) for n in CITATION_NAMES if n not in CAPITALISED_CITATION_NAMES)
    + r")|"
    + _spaced_words(new_tone_spelling(n) for n in CAPITALISED_CITATION_NAMES)
    + r")"
    r"(?:\s++(?:của\s+[^\d,;.]{1,40}?\s+"
    # a law cited by its name before its number: ``Luật Bầu cử đại biểu Quốc hội … số 85/2015/QH13``
    r"|(?<=(?:Luật|luật|Pháp\s+lệnh|pháp\s+lệnh)\s)\p{Lu}[^\d;:()\n]{0,160}?\s+(?=số))?)?"
    r"\s*+(?:số|số:|số\s*:)?\s*+"
    r"(?P<num>"
    + PARTY_NUMBER.pattern.replace("(?P<", "(?P<p_")
    + "|"
    + STATE_NUMBER.pattern.replace("(?P<", "(?P<s_")
    + "|"
    + PARTIAL_NUMBER.pattern.replace("(?P<", "(?P<q_")
    + r")"
)
#: What every number ``CITATION`` takes has: a digit, then (a few spaces on) the slash or hyphen of
#: ``09/2019``, ``42 /KH-UBND``, ``26-NQ/ĐU``.  A line without one cites nothing, and is not scanned for the
#: type names (the costliest pattern of the extract stage: most lines with a digit hold a date, not a number).
CITATION_NUMBER_MARK = compiled(r"\d\s{0,4}[/-]")
#: A line break after which a new body is named (``… của UBND tỉnh`` / ``Sở Tài chính chủ trì …``): the
#: issuer ends there; any other single line break inside an issuer is a wrapped line.
_NEW_BODY_LINE = (
    r"[ \t]*\n(?=[ \t]*(?:" + "|".join(regex.escape(h) for h in longest_first(BREAKING_HEADS)) + r")(?![\p{L}\p{N}]))"
)
#: The issuer after a citation: ``, của UBND tỉnh Thanh Hóa`` up to the words that go on about the
#: document (``về``, ``V/v``, ``ban hành``, ``quy định``, ``ngày``, …), punctuation, or a new body's line.
CITATION_ISSUER = compiled(
    r"\s*,?\s*của\s+(?P<issuer>(?:[^,;:.()“\"\n]|(?!" + _NEW_BODY_LINE + r")\n)+?)"
    r"(?=\s+(?i:về|V/v|về việc|ban hành|quy định|hướng dẫn|phê duyệt|sửa đổi|bổ sung|được|"
    r"triển khai|thực hiện|tổ chức|ngày|tại|đã|đối với|gọi tắt|nhằm|để|"
    r"và\s+(?:các|Quyết|Nghị|Kế|Văn|Công|Chỉ|Thông))\b|\s*[,;:.()“\"]|" + _NEW_BODY_LINE + r"|\s*$)"
)

# --- structure --------------------------------------------------------------------------------------

#: Section labels at the start of a line, most specific first.
LABEL_PART = compiled(r"^(?P<label>(?:PHẦN|Phần)\s+(?:[IVXLC]+|\d+))\s*[.:\-]?\s*")
#: An article, not a citation of one that a wrapped line begins with (``Điều 6; khoản 5 Điều 9``).
#: An appendix's heading alone on its line in the body, in capitals (``PHỤ LỤC``, ``PHỤ LỤC II``): printed before the
#: closing, it opens its own section, not more words of the sentence above.
LABEL_APPENDIX = compiled(r"^(?P<label>PHỤ LỤC(?:\s+(?:SỐ\s+)?(?:[IVXLC]+|\d{1,3}))?)\s*$")
LABEL_ARTICLE = compiled(r"^(?P<label>Điều\s+\d+)(?!\d|\s*[;,)])\s*[.:]?\s*")
#: A label's mark may be a slash and a space (``II/``, ``1/``, ``a/``: as typists of many offices write them); a slash
#: with no space after it is a date's or a fraction's (``15/5/2036``, ``1/2 số hộ``).
LABEL_ROMAN = compiled(r"^(?P<label>[IVXLC]{1,6})(?:\s*[.\-)]\s*(?=\S)|/\s+)")
#: A capital letter and a stop before a heading (``A. NHIỆM VỤ CỦA …``, ``B. THỦ TỤC …``): parts above the Roman
#: sections, or a Roman section's sub-parts; a label only before a line in capitals (``parser.match_label``), not a
#: person's initial (``B. Nguyễn …``).
#: The capitals that letter such parts (not ``H.``: OCR's ``II.`` with its strokes joined, ``parser._JOINED_II``).
UPPER_LABEL_LETTERS = "ABCDEFG"
LABEL_UPPER = compiled(r"^(?P<label>[" + UPPER_LABEL_LETTERS + r"])\.\s+(?=\p{Lu})")
#: An Arabic label's mark may also be a hyphen before a capital (``1- Công an phường …``, as older typed texts write
#: it); not a range (``1-2 ngày``, ``3 - 5 năm``).
LABEL_ARABIC = compiled(
    r"^(?P<label>\d{1,2}(?:\.\d{1,2}){0,4})(?:\s*[.)]\s+|\s*[.)](?=\p{Lu})|(?<=\.\d{1,2})\s+|/\s+|-\s+(?=\p{Lu}))"
)
#: ``a)``, ``a.``, and in brackets ``(a)`` (``(a) Tổng hợp danh sách …`` under ``… các việc sau:``); not ``(i)``,
#: ``(v)``, ``(x)``: small Roman numerals in brackets (``(i) …; (ii) …``) run on inside a paragraph.
#: Small Roman numerals of more than one letter at a line's start with a bracket after them (``ii)``, ``iv)``, as
#: ``i)`` is a letter's label): items of a list numbered so, ranked as letters.
SMALL_ROMAN = r"(?:i{2,3}|iv|vi{1,3}|ix|xi{1,3})(?=\))"
LABEL_LETTER = compiled(
    r"^(?:\((?=[a-hj-uwyzđ]\)))?(?P<label>(?<=\()[a-hj-uwyzđ]|(?<!\()"
    + SMALL_ROMAN
    + r"|(?<!\()[a-zđ])(?:\s*[.)]\s+|/\s+)"
)
LABEL_BULLET = compiled(r"^(?:[-•*]\s*)?(?P<label>[-+•*])\s+")
#: Any of these labels, loosely, opening a line of layout text as a reader writes it (before
#: normalisation: an en dash is still ``–``): ``I.``, ``1.2.``, ``a)``, ``– ``, ``Điều 3``, ``Phần II``.  A
#: line that opens so starts a paragraph.
LABEL_START = compiled(
    r"^\s*(?:[IVXLC]+[.\-]|\d+(?:\.\d+)*[.)]|(?:[IVXLC]+|\d{1,2}|[a-zđ])/\s|\d{1,2}-\s+\p{Lu}|[a-zđ][.)]|"
    + SMALL_ROMAN
    + r"\)"
    # a bullet, also a glyph normalisation writes ``•`` for (``▪ Đơn vị chủ trì: …``)
    rf"|[-+•*–{BULLET_GLYPHS}]\s"
    r"|Điều\s+\d+(?!\d|\s*[;,)])|Phần\s+[IVX\d])"
)

#: A list item printed with a hanging indent, as a PDF of a Word list lays it out: its marker, then a tab's
#: gap (two spaces or more) before its text, whose wrapped lines start under the text, not under the marker
#: (``  •    Rà soát các tuyến kè …`` / ``       Đà, lập danh mục …``; ``  1.  Tuần tra rừng …``).  ``text`` is
#: where the text starts; the gap (at most a tab's six characters) is no gap between two columns (``  •    Như
#: Điều 3;`` among a closing's recipients).  A typed marker (``- Sở Xây dựng …``, one space) is no hanging
#: item: its lines wrap to the margin.
HANGING_ITEM = compiled(r"^\s*(?:[IVXLC]+\.|\d+(?:\.\d+)*[.)]|[a-zđ][.)]|[-+•*–▪●◦·])(?P<gap>[ \t]{2,6})(?P<text>\S)")

#: ``LABEL_START`` after Markdown emphasis that opens the line (``**1. Hoàn``, ``*a) Tổ chức``, ``## II.``):
#: a line of a web copy that begins a numbered item, however it is marked up.
MARKED_LABEL_START = compiled(r"^\s*(?:#{1,6}\s+)?(?:[*_]{1,3}\s*)?" + LABEL_START.pattern.removeprefix(r"^\s*"))
#: A line that holds only a label (``III.``, ``**III.**``, ``2.3.``, ``a)``), also with the emphasis closed
#: before its stop or doubled after it as web copies write it (``**6**.``, ``**5.****``): its heading or text is
#: on the next line.
BARE_LABEL_LINE = compiled(
    # (``**1/`` too: a label closed by a slash, as ``1/ Công an thị xã``; twenty-ninth twins of S2)
    r"^\s*(?:[*_]{1,3}\s*)?(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,4}|[a-zđ])[*_]{0,3}\s*[.)/]\s*[*_]{0,6}\s*$"
)
#: A line that holds only the word of an article's or a part's label (``**Điều``, ``Chương``, ``PHẦN``): a web copy
#: broke the label there, its number opens the next line (``LABEL_NUMBER_START``).
BARE_LABEL_WORD_LINE = compiled(
    r"^\s*(?:[*_]{1,3}\s*)?(?:Điều|ĐIỀU|Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s*(?:[*_]{1,3})?\s*$"
)
#: The number that goes on a label word broken off the line above: Arabic or Roman, then a stop, a bracket,
#: emphasis or the line's end (``3.** Chánh Văn phòng …``, ``II**``, ``IV.``).
LABEL_NUMBER_START = compiled(r"^\s*(?:[*_]{1,3}\s*)?(?:\d{1,3}|[IVXLC]{1,6})(?:\s*[.:)*_]|\s*$)")
#: The end of a line that a paragraph goes on from in hard-wrapped text: a comma, a hyphen or dash, or a
#: word that never ends a sentence (``paragraphs.LINE_CONTINUING_WORDS``: ``… Sở Khoa học và``).
CONTINUING_LINE_END = compiled(r"(?:[,\-–]|(?<![\p{L}])(?i:" + _words(LINE_CONTINUING_WORDS) + r"))[*_\s]*$")
#: ... of those, the words that need what follows them (a conjunction or preposition: ``… Sở Nông nghiệp và``,
#: ``… phối hợp với``), not a date's or a number's word (``ngày``, ``số``) a header's cells end with: a line ending
#: with one never ends its paragraph, even when the next opens with a capital and no hard break marks the cut.
NEEDS_WHAT_FOLLOWS_END = compiled(
    r"(?<![\p{L}])(?i:"
    + _words(w for w in LINE_CONTINUING_WORDS if w not in ("ngày", "tháng", "năm", "số"))
    + r")[*_\s]*$"
)
#: The end of a line cut right after the head of a list's next name (``1. Các cơ quan, đơn vị, Ban`` / ``Chỉ huy Quân sự
#: các xã …``, ``… Sở Y tế và Sở`` / ``Tài chính …``): a body's head after a comma or ``và`` needs the name that follows
#: it, so the line never ends its paragraph (not a post's ``Trưởng Ban`` at a roster line's end); so too after the word
#: that gives or asks (``2. Giao Ban`` / ``Quản lý Khu kinh tế …``, twenty-seventh twins of WRAP; not ``giao ban``).
HEAD_CUT_END = compiled(
    r"(?:,|(?<![\p{L}])(?:và|[Gg]iao|[Đđ]ề[ \t]+nghị|[Yy]êu[ \t]+cầu))[ \t]+(?:Ban|Sở|Bộ|Phòng|Ủy[ \t]+ban|Uỷ[ \t]+ban|Trung[ \t]+tâm|Hội|Đội|Chi[ \t]+cục|Cục|Vụ"
    r"|Văn[ \t]+phòng|Trường|Bệnh[ \t]+viện|Công[ \t]+ty|Tổ|Đoàn|Hạt|Trạm|Viện|Đài"
    # a post's head alone, the body it heads on the next line (``…, Trưởng`` / ``Công an các xã …``; twenty-ninth twins
    # of WRAP)
    r"|Trưởng|Giám[ \t]+đốc|Chủ[ \t]+tịch|Chánh|Thủ[ \t]+trưởng|Chỉ[ \t]+huy[ \t]+trưởng|Hiệu[ \t]+trưởng)[*_ \t]*$"
)
#: The end of a line cut at the spaced dash inside a name (``… Trung tâm Văn hóa -`` / ``Thể thao và Truyền thông xã
#: …``, twenty-seventh twins of WRAP): the dash joins the name's next field, so the line never ends its paragraph.
NAME_DASH_CUT_END = compiled(r"(?<=\p{L})[ \t]+[-–][*_ \t]*$")
#: The end of a line cut inside a range of numbers at its hyphen (``nhiệm kỳ 2026-`` / ``2031.``, ``giai đoạn
#: 2021-`` / ``2030 …``): the number the next line opens with is the range's end, never a list label.
RANGE_CUT_END = compiled(r"\d-[*_\s]*$")
#: The end of a line cut inside a citation before the article it cites (``… điểm b khoản 4`` / ``Điều 38 Luật
#: …``): the ``Điều`` the next line opens with is the article cited, never an article's heading.
CITATION_CUT_END = compiled(r"(?i)(?<![\p{L}])(?:khoản|điểm|mục|tiết)[ \t]+[\dđa-z]{1,3}[*_\s]*$")
#: A line that opens with an article's word and number as a citation does (``Điều 38 Luật …``, ``Điều 5,``), not
#: as an article's heading (``Điều 3. Chánh Văn phòng …``).
ARTICLE_START = compiled(r"^\s*[*_]{0,3}\s*Điều\s+\d+(?!\d)(?![*_]*\.[*_\s]*\p{Lu})")
#: The end of a line that ends a sentence (``.``, ``;``, ``:``, ``!``, ``?``, ``./.``), before Markdown
#: emphasis that closes there.
SENTENCE_LINE_END = compiled(r"[.;:!?][*_\s)\]”\"]*$")

#: Lines that are not body: quốc hiệu, tiêu ngữ, Party banner, rules.
QUOC_HIEU = compiled(r"(?i)^\W*c[ộo]ng\s+h(?:[òo]a|o[àa])\s+x[ãa]\s+h[ộo]i|^\W*" + any_marks("CỘNG HÒA XÃ HỘI"))
#: Two sentences in one line: a word in lower case, a full stop, a capitalised word (``… quan tâm, chỉ đạo. Tất
#: cả 7 huyện``): body prose, never a title (``TP. Hồ Chí Minh``, an abbreviation, is not a sentence's end).
SENTENCE_BREAK = compiled(r"\p{Ll}{2,}\.\s+\p{Lu}\p{Ll}")
#: A line that ends a sentence (a word in lower case and a full stop): a title that ends so ends there
#: (31's ``… Ban Chỉ đạo quốc gia về dữ liệu.``, then ``VĂN PHÒNG CHÍNH PHỦ điện:`` once OCR has lost the
#: rule between them); ``TP.`` at a line's end is an abbreviation, not an end.
SENTENCE_END = compiled(r"\p{Ll}{2,}\.\s*$")
#: A collective that ends a lead-in (``Giám đốc các Sở``, ``Chủ tịch UBND các phường, xã``) and the list of
#: its members after the colon (``Quy hoạch - Kiến trúc, Xây dựng, …``; 104): one sentence, not a heading.
#: A capitalised head's collective may be long (``các Trường Phổ thông Dân tộc nội trú``), one in lower case is short
#: (``các đề án có liên quan`` is a topic's).
COLLECTIVE_END = compiled(
    r"(?<![\p{L}])[Cc]ác\s+(?:\p{Lu}\p{L}*(?:\s+(?:[-–]\s+)?\p{L}+){0,7}|\p{L}+(?:\s+\p{L}+){0,2}"
    # ... longer when a place's level closes it (``các điểm bưu điện văn hóa xã``: its members are that level's places;
    # twenty-eighth twins of A3)
    r"|\p{L}+(?:\s+\p{L}+){0,4}\s+(?:xã|phường|huyện|quận|tỉnh|thị\s+trấn))(?:\s*,\s*\p{L}+)*\s*$"
)
#: A request or a delegation alone before a colon (``Đề nghị: Hội A, Hội B``, ``Giao:``): the colon opens the
#: names of those asked, no lead-in title of its own.
REQUEST_LABEL = compiled(r"(?i)^\s*(?:kính\s+)?(?:đề\s+nghị|yêu\s+cầu|giao|phân\s+công)\s*$")
_MEMBER_HEADS = longest_first({*BREAKING_HEADS, *(h for h, _k in BODY_HEADS if h[:1].isupper())})
#: A task verb whose first syllable is a head (``Tổ chức``): a member's field (``Các phòng: Tổ chức cán bộ, …``).
_VERB_FROM_HEAD = [v for v in TASK_VERBS if " " in v and v.split()[0].capitalize() in _MEMBER_HEADS]
#: ... and the words that make ``Phòng`` prevention, a field (``Các Cục: Phòng bệnh, …``, ``Phòng chống dịch``; the
#: ordinary phrases of ``NOT_HEAD_PHRASES``; twenty-eighth twins of A3), no division named ``Phòng``.
_PREVENTION_AFTER_HEAD = ("chống", "ngừa", "tránh", "dịch", "bệnh", "cháy")
#: A place's proper name opening with a hamlet's word (``Bản Chắt``, ``Làng Mới``) where a list's members stand: a
#: member, no hamlet heading a name of its own (twenty-ninth twins of R1, S2).
HAMLET_PLACE = compiled(r"(?:Bản|Làng|Xóm|Buôn|Ấp|Sóc|Khóm)[ \t]+\p{Lu}\p{Ll}*")
MEMBER_LIST = compiled(
    r"^\s*(?:(?="
    + HAMLET_PLACE.pattern
    + r")|(?!(?:"
    + "|".join(regex.escape(h) for h in _MEMBER_HEADS)
    + r")(?![\p{L}])(?!\s+(?:"
    + "|".join(
        regex.escape(w)
        for w in longest_first({*(v.split(" ", 1)[1] for v in _VERB_FROM_HEAD), *_PREVENTION_AFTER_HEAD})
    )
    + r")(?![\p{L}]))))(?:(?:thành\s+phố|thị\s+xã|huyện|xã|phường|quận)\s+)?\p{Lu}[^,:;.]{0,40},\s*"
    + r"(?:(?:liên\s+)?(?:huyện|xã|phường)\s+|thị\s+xã\s+|thành\s+phố\s+)?\p{Lu}"  # (``…, liên huyện Bản Mưa``)
    # units by their number or code (``: 5, 7B, 12 và Đồng Xa``, ``: số 1, số 2 và số 5``)
    + r"|^\s*(?:số\s+)?\d{1,4}\p{Lu}?\s*(?:,|và\s)"
)  # members, not names of their own (``: Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh, …`` lists bodies; 38)
#: The Quốc hiệu's first words, where the rest is hidden or misread (a signature's box printed over ``HỘI
#: CHỦ`` of a scan: ``CỘNG HOÀ XÃ THỦ NGHĨA``): enough to place the header's right column.
QUOC_HIEU_HEAD = compiled(r"(?i)^\W*c[ộo]ng\s+h(?:[òo]a|o[àa])\s+x[ãa](?!\p{L})")
#: The rest of a Quốc hiệu a line broke (``CỘNG HÒA XÃ`` / ``HỘI CHỦ NGHĨA VIỆT NAM``, ``CỘNG HÒA XÃ HỘI`` /
#: ``CHỦ NGHĨA VIỆT NAM``, ``CỘNG`` / ``HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM``): no body's name, though in capitals.
QUOC_HIEU_TAIL = compiled(
    r"(?i)^\W*(?:(?:h(?:[òo]a|o[àa])\s+)?(?:x[ãa]\s+)?h[ộo]i\s+)?ch[ủu]\s+ngh[ĩi]a\s+vi[ệe]t\s+nam(?!\p{L})"
)


def breaks_quoc_hieu(line: str, after: str) -> bool:
    """Whether ``line`` is a leading run of the Quốc hiệu's words in capitals (``CỘNG``, ``CỘNG HÒA XÃ``) and
    ``after``, the next line, its rest (``QUOC_HIEU_TAIL``): a Quốc hiệu a web copy's narrow cell wrapped."""
    text = line.strip(" |*#")
    if not text.isupper():  # most lines: no key made
        return False
    head = match_key(text)
    return bool(head) and QUOC_HIEU_WORDS.startswith(head) and bool(QUOC_HIEU_TAIL.match(after))


#: A post opening a line keyed by ``normalize.match_key``, with the space after it: ``pho giam doc ``,
#: ``chu tich `` (the post before the issuer on a decision's authority line, or a signer's post).
POST_KEY = compiled(
    r"^(?:(?:"
    + "|".join(match_key(q) for q in POST_QUALIFIERS)
    + r")\s+)*(?:"
    + "|".join(match_key(p) for p in longest_first(SIGNING_POSTS))
    + r")\s+"
)
#: The ``Nơi nhận:`` line that opens the recipients, also as OCR reads an italic ``Nơi`` (``AI nhận:``,
#: ``Xới nhận:``: a short word, then ``nhận`` and the colon).
NOI_NHAN = compiled(r"(?i)^\W*(?:(?:nơi nhận|noi nhan)\b\s*:?|\S{1,4}\s+nhận\s*:)")
#: A line of a ``Nơi nhận:`` list: a recipient behind its list mark (``- Như trên;``, ``- Lưu: VT, VHXH.``).
RECIPIENT_ITEM = compiled(r"^[-–+•]\s*\S")
#: The label of a ``Nơi nhận:`` OCR could not read at all (its italic small print: ``Ar‹:``): at most eight
#: marks and a colon.  Only a closing's when a recipient follows it and a signature block stands beside it
#: (``zones.is_unread_noi_nhan``).
UNREAD_NOI_NHAN_LABEL = compiled(r"^\s*\S{1,8}:\s*$")
#: Two columns of laid-out text are parted by a gap of at least this many spaces; a writer of layout text
#: (the PDF reader) puts fewer between two words of one column.
DEFAULT_MIN_COLUMN_GAP = 4
#: That gap between two words (``Ar‹:      GIÁM ĐÓC``): the layout reader's and the zones' one rule.
COLUMN_GAP = compiled(rf"(?<=\S) {{{DEFAULT_MIN_COLUMN_GAP},}}(?=\S)")
#: The Quốc hiệu, folded (``normalize.fold``), anywhere in a line: a later page's header is one line with
#: the issuer beside it, and a Quốc hiệu after a document's closing is an attached document's header.
QUOC_HIEU_KEY = "cong hoa xa hoi chu nghia"
#: The whole Quốc hiệu, folded: a line that is a leading run of its words (``CỘNG``, ``CỘNG HÒA XÃ``) may be
#: continued on the next (``QUOC_HIEU_TAIL``), as a web copy's narrow cell wraps it.
QUOC_HIEU_WORDS = "cong hoa xa hoi chu nghia viet nam"
TIEU_NGU = compiled(r"(?i)^\W*đ[ộo]c\s+l[ậa]p\s*-\s*t[ựu]\s+do")
PARTY_BANNER = compiled(r"(?i)^\W*đ[ảa]ng\s+c[ộo]ng\s+s[ảa]n\s+vi[ệe]t\s+nam")
RULE_LINE = compiled(r"^[\s\-_=*.~|]+$")
#: A line of marks without a word (no two letters or digits together): what a speck, a fold or a seal's edge
#: leaves on a scan as a line of its own (``~ .,``, ``' . ,``, ``. j .``).
MARKS_LINE = compiled(r"^(?!.*[\p{L}\p{N}]{2})\s*\S.*$")
#: A field of the box a legal-document website prints above a document it copies (``Số hiệu | 800/KH-UBND``,
#: ``Loại văn bản: Thông báo``, ``Cơ quan ban hành | Tỉnh Nghệ An``, ``Người ký:``): the page's, not the
#: document's.  ``Số:`` and ``Ngày 10 tháng 3`` are the document's own.
PAGE_FIELD_LABEL = compiled(
    r"(?i)^[\s|*#]*(?:Số\s+hiệu|Loại\s+văn\s+bản|Nơi\s+ban\s+hành|Cơ\s+quan\s+ban\s+hành|Người\s+ký|"
    r"Ngày\s+ban\s+hành|Ngày\s+(?:có\s+)?hiệu\s+lực|Ngày\s+công\s+báo|Số\s+công\s+báo|Tình\s+trạng|"
    r"Lĩnh\s+vực)\s*(?:[:|]|$)"
)
#: A sentence of the page a website prints above a document it copies (``Để sử dụng toàn bộ tiện ích nâng
#: cao của Hệ Thống Pháp Luật vui lòng … gói cước.``, ``Nếu bạn là thành viên. Vui lòng ĐĂNG NHẬP để tiếp
#: tục.``): six words or more ending a sentence.  No document puts prose above its issuer and Quốc hiệu.
PAGE_SENTENCE = compiled(r"^[\s|*#]*\p{Lu}\S*(?:[ \t]+\S+){5,}[.!?][\s|*#]*$")

# --- items run into one paragraph (``structure/run_in.py``) ----------------------------------------

#: A list letter's label inside a line, before a capitalised text (``… thực hiện a) Sở Xây dựng …``).
INLINE_LETTER = compiled(r"(?<=\S) (?P<label>[a-zđ])\) (?=\p{Lu})")
#: A list number's label after a sentence's end inside a line (``… kinh phí. 2. Sở Tài chính …``).
INLINE_NUMBER = compiled(r"(?<=[.;:]) (?P<label>\d{1,2})\. (?=\p{Lu})")
#: A part's Roman label after a sentence's end inside a line, over its heading in capitals (``… môi trường. III.
#: TỔ CHỨC THỰC HIỆN Các sở …``, ``… như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích …``): the heading is the run of
#: words in capitals after it.
INLINE_ROMAN = compiled(
    r"(?<=[.;:][”\"')]?) (?P<label>[IVX]{1,4})\. (?P<heading>\p{Lu}[\p{Lu}\p{N}\-]*(?:,? [\p{Lu}\p{N}][\p{Lu}\p{N}\-]*)+)"
    r"(?= \p{Lu}\p{Ll}| \d{1,2}\. \p{Lu}|[ .]*$)"
)
#: A list number's label right after a run-in part's heading (``… II. NHIỆM VỤ 1. Sở Khoa học …``): its first item.
LABEL_AFTER_HEADING = compiled(r" (?P<label>\d{1,2})\. (?=\p{Lu})")
#: The letters of a list in order, as Vietnamese documents letter them (no ``f``, ``j``); ``f`` after ``e`` too.
LIST_LETTERS = "abcdđeghiklmnopqrstuvxy"

# --- paragraph openers (``tables/paragraphs.py``) ---------------------------------------------------

_OPENERS = [o for o, _relation in PREAMBLE_OPENERS]
#: Where an opener of ``paragraphs.CLAUSE_START_OPENERS`` opens a clause: a line's start, or after ``;``/``:``.
_CLAUSE_START = r"(?<=(?:^|[;:])[ \t]*)"
#: Preamble openers that say what a clause's citations are, anywhere in a line (``Căn cứ …``, ``…; thực
#: hiện …``), in any case, or as printed at a clause's start (``Thi hành Luật …``, not ``… hướng dẫn thi hành
#: Luật …``); ``RELATION_BY_KEYWORD`` gives the relation (lower case → relation).
PREAMBLE_RELATION = compiled(
    r"(?P<kw>"
    + "|".join(
        _CLAUSE_START + f"(?-i:{regex.escape(o)})"
        if o in CLAUSE_START_OPENERS
        else rf"(?<!\p{{L}})(?i:{regex.escape(o)})"
        for o, r in PREAMBLE_OPENERS
        if r is not None
    )
    + r")(?!\p{L})"
)
RELATION_BY_KEYWORD: dict[str, Relation] = {o.lower(): r for o, r in PREAMBLE_OPENERS if r is not None}
#: A line of layout or plain text that opens a preamble clause as printed (``Căn cứ Luật …``): a new
#: paragraph, never the wrapped rest of the line above.
PREAMBLE_START = compiled(r"^\s*(?:" + _words(_OPENERS) + r")\b")
#: The first paragraph after a title (``Căn cứ …``, ``Thực hiện …``, ``Ngày 12/11/2024, tại …``), as it
#: starts a line or follows the title on the same line of a flattened web page.
PARAGRAPH_OPENER = compiled(r"(?:" + _words(_OPENERS) + r"|Ngày\s+\d{1,2}\s*(?:/|tháng))(?!\p{L})")
#: ``Kèm theo`` (``Ban hành kèm theo``): a note that a document is attached to another.
_ATTACHED_TO = r"(?:ban hành\s+)?kèm theo"
#: A line that a title never runs on into: a preamble opener, another opener of a first paragraph
#: (``Nhằm …``, ``Để …``, ``Tiếp tục …``), ``Kính gửi``, a ``(Kèm theo …)`` note, or a field of what a
#: decision approves (``Địa điểm: …``), in any case.
AFTER_TITLE = compiled(
    r"(?i)^(?:" + _words(o.lower() for o in (*_OPENERS, *AFTER_TITLE_OPENERS)) + r"|kính gửi|\(kèm theo"
    r"|(?:địa\s+điểm|tỷ\s+lệ|quy\s+mô)\s*:)"  # a field of the plan approved: ``Địa điểm: thành phố Hà Nội`` (104)
)
#: A note under a title about it, not part of it: ``(Ban hành kèm theo Nghị quyết số 35-NQ/TU …)``, or any
#: line that is one bracket.
TITLE_NOTE = compiled(r"(?i)^\(\s*" + _ATTACHED_TO + r"\b|^\([^()]*\)\s*$")
#: What a title in capitals after the signature has under it when it heads an appendix: ``(Kèm theo Kế
#: hoạch số …)``, ``Ban hành kèm theo …``.
ATTACHED_NOTE = compiled(r"(?i)^\(?\s*" + _ATTACHED_TO)
#: The same note in brackets at the end of the line of the title it follows (``KẾ HOẠCH PHÒNG CHỐNG DỊCH … (Kèm
#: theo Quyết định số 12/QĐ-UBND …)``): from its bracket to the line's end.
ATTACHED_NOTE_IN_LINE = compiled(r"(?i)\(\s*" + _ATTACHED_TO + r"\b.*$")
#: A line that a type name in capitals opens, as printed, whatever follows it there: alone (``QUY ĐỊNH``), with
#: its title in capitals (``CHƯƠNG TRÌNH HÀNH ĐỘNG …``), its note, or its title after a bold type (``KẾ HOẠCH
#: Tổ chức …``).  After a closing it opens the next part; elsewhere it is a heading (``QUY ĐỊNH CHUNG``).
TYPE_LEAD = compiled(
    r"^[^\p{L}\p{N}(]*+(?P<t>" + "|".join(any_marks(n, r"[\s:.,]+") for n in TYPE_LINE_NAMES) + r")(?![\p{L}\p{N}])"
)

#: An appendix (``PHỤ LỤC I``, ``Mẫu số 01``) after the signature: not part of recipients or signer.
APPENDIX = compiled(r"^\s*(?:PHỤ LỤC|Phụ lục|PHỤ BIỂU|BIỂU MẪU|Mẫu số)\b")
#: the label of an appendix heading: ``PHỤ LỤC II``, ``Phụ lục 01:``, ``PHỤ LỤC SỐ 2``
APPENDIX_LABEL = compiled(r"(?i)^\s*(?:phụ lục|phụ biểu)(?:\s+số)?\s*(?P<label>[IVXLC]+|\d{1,3}[a-z]?)?\b")

#: Closing paragraphs of the body.
CLOSING_START = compiled(r"(?i)^(?:trên đây là|trong quá trình (?:tổ chức )?(?:triển khai )?thực hiện)")

#: Signing authority: ``TM. ỦY BAN NHÂN DÂN``, ``KT.CHỦ TỊCH``, ``TM ỦY BAN NHÂN DÂN``, ``T/M BAN THƯỜNG VỤ``.
AUTHORITY = compiled(r"^(?P<auth>TM|KT|TL|TUQ|Q|T/M|K/T|T/L)(?:\s*\.\s*|\s+)(?P<rest>" + _U + r".*)$")

# --- PDF furniture ----------------------------------------------------------------------------------

#: Text that e-signature tools stamp over a signed PDF (``Người ký: …``, ``Thời gian ký: 10.01.2026
#: 15:43:53 +07:00``, ``… đã ký lên văn bản này``): not part of the document's text.
#: (Anchored, its inner parts after ``.*?``: an unanchored alternation is tried at every character of
#: every line of a PDF, three times slower.)
ESIGNATURE_LINE = compiled(
    r"^(?:\s*+(?i:người ký|ký bởi|signed by|signature (?:not )?(?:valid|verified)|digitally signed|"
    r"cơ quan:|cơ quan phát hành:|email:|thời gian ký|ngày ký:|chức vụ:)|.*?(?i:đã ký lên văn bản)|"
    r".*?\d{1,2}[./]\d{1,2}[./]\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[+-]\d{2}:?\d{2}\s*$)"
)
#: The time in such a stamp: ``10.01.2026 15:43:53 +07:00``.
ESIGNATURE_TIME = compiled(
    r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*"
    r"(?P<tz>[+-]\d{2}:?\d{2})?"
)
#: The reason a signature gives when the signer only publishes or receives the document (``TRUNG TÂM CÔNG BÁO
#: VÀ TIN HỌC`` signs a copy for the Công báo days after issue): its time is not when the document was signed.
PUBLISHING_SIGNATURE = compiled(r"(?i)(?<![\p{L}])(?:công\s+báo|văn\s+bản\s+đến|tiếp\s+nhận)(?![\p{L}])")
#: A footnote's first line at the foot of a page: its number, one space, and its text in words, not in a
#: table's columns (``1 Các quy định của Luật Địa chất và Khoáng sản năm 2024 …``); not a numbered item
#: (``1. Mục đích``, ``2) …``) nor a table's row (``1    Công ty TNHH    Gói thầu số 15``).
FOOTNOTE_START = compiled(rf"^\s*+\d{{1,2}}\s(?=\p{{Lu}})(?!.*{COLUMN_GAP.pattern})")
#: A page number alone on a line, as printed at the top or bottom of a page: ``2``, ``- 2 -``, ``Trang 2``.
PAGE_NUMBER_LINE = compiled(r"(?i)^\s*+(?:trang\s++)?[-–]?\s*+\d{1,3}\s*+[-–]?\s*+(?:/\s*+\d{1,3})?\s*+$")

#: The first cell of a group row of a data table: a capital letter or a Roman numeral (``A.``, ``II``), a lower-case
#: letter (``b)``), each with its sub-numbers after a full stop or a hyphen (``VII.2``, ``II-1``), or a group's word and
#: its number (``Nhóm 2``, ``Phần II``): a label, no row of data (twenty-third and twenty-fourth twins of S5).
GROUP_ROW_LABEL = compiled(
    r"^(?:(?i:nhóm|phần|mục|lĩnh\s+vực|khối|chương)\s+(?:[IVXLC]+|\d{1,2}|[A-ZĐ])|[A-ZĐ]|[IVXLC]+|[a-zđ])"
    r"(?:[.\-–](?:[a-zđ]|\d{1,2}))*[.):]?$"
)
