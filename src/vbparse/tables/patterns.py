"""Regular expressions of the document format, compiled once, each documented with real examples.

The examples in the comments are pinned by ``tests/test_tables.py``.  All patterns run on normalised
text (NFC, dashes folded to ``-``, ``Ð`` → ``Đ``).
"""

from __future__ import annotations

import unicodedata

import regex

from ..normalize import match_key
from .doctypes import TYPE_LINE_NAMES
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
    """A pattern for ``word`` in capitals with any marks on its vowels (and ``Đ``/``D`` alike):
    ``KẾ HOẠCH`` matches ``KÉ HOẠCH`` and ``KE HOACH``."""
    out = []
    for ch in word:
        base = "D" if ch == "Đ" else unicodedata.normalize("NFD", ch)[0]
        out.append(f"[{_BY_BASE[base]}]" if base in _BY_BASE else regex.escape(ch))
    return "".join(out).replace(r"\ ", space)

# --- numbers (số, ký hiệu) -------------------------------------------------------------------------

#: State numbers: ``42/KH-UBND``, ``2888/UBND-NV``, ``09/2019/QĐ-UBND``, ``64/2025/QH15``, ``58/CĐ-TTg``,
#: ``996/KH-TCTLNTW-C04``, ``12/UBND-VX``, spaces tolerated around ``/`` and ``-`` (``42 /KH-UBND``).
STATE_NUMBER = regex.compile(
    r"(?<![\p{L}\d/])(?P<serial>\d{1,6})[ \t]{0,4}(?:/\s?(?P<year>(?:19|20)\d{2})\s?)?/\s?"
    r"(?P<symbol>[A-ZĐ][A-Za-zĐđ0-9&.]*(?:\s?-\s?[A-ZĐ0-9][A-Za-zĐđ0-9&]*)*)"
)

#: Party numbers: ``26-NQ/ĐU``, ``1502-QĐ/TU``, ``01-CV/BCĐ``, ``34-NQ/TU``.
PARTY_NUMBER = regex.compile(
    r"(?<![\p{L}\d/])(?P<serial>\d{1,5})\s?-\s?(?P<type>[A-ZĐ][A-Za-zĐđ]{0,4})\s?/\s?"
    r"(?P<org>[A-ZĐ][A-Za-zĐđ0-9&]*(?:-[A-ZĐ][A-Za-zĐđ0-9&]*)*)"
)

#: A document number typed as a query: ``42/KH-UBND``, ``09/2019/QĐ-UBND``, ``26-NQ/ĐU``, and in lower
#: case when it has a symbol after the type (``42/kh-ubnd``) — ``3/tháng`` or ``2/3`` are not numbers.
TYPED_NUMBER = regex.compile(
    r"(?<![\p{L}\p{N}/])\d{1,6}(?:/\d{4})?[/-]"
    r"(?:[\p{Lu}Đ][\p{L}\p{N}&./-]*|\p{L}{1,8}(?:[-/][\p{L}\p{N}&.]+)+)")

#: A type code printed letter-spaced by a PDF (``329 /B C-UBND``): the lone capital and the capitals after it.
SPACED_TYPE_CODE = regex.compile(r"(?<=/\s?)(?P<first>[A-ZĐ]) (?=[A-ZĐ][A-Za-zĐđ]{0,4}\s?-)")

#: A number cut short after its year: ``Quyết định số 09/2019, ngày …``.
PARTIAL_NUMBER = regex.compile(r"(?<![\p{L}\d/])(?P<serial>\d{1,6})/(?P<year>(?:19|20)\d{2})(?![\d/]|\s?/\s?[A-ZĐ])")

#: The header line ``Số: 42 /KH-UBND``, ``Số: /KH-HĐTĐKT``, ``Số:   -NQ/ĐU``; in a flattened table it can
#: follow a ``|``.  Case-sensitive so that ``SỐ 1050/QĐ-SCT`` inside an issuer name is not taken.  A signed
#: PDF draws the serial into its own box, a few spaces before the ``/`` of the symbol (``Số: 51   /TTr-SNV``):
#: a run of spaces ends the number only when no ``/`` follows it.
NUMBER_LINE = regex.compile(r"(?m)(?:^|\|)[ \t]*Số[ \t]*[:.]?[ \t]*(?=[\d/…._-]|$)(?P<raw>[^\n|]*?)[ \t]*"
                            r"(?=$|\||[ \t]{3,}(?![ \t]*/))")
#: The same line as OCR reads it when the number is handwritten or stamped: the word ``Số`` with a
#: misread mark and a colon (``Só:``, ``Sô:``), the serial a few unreadable characters (``Số:  5Ø /KH-BCA-C04``,
#: ``Só:đÓ6 /KH-TCTLNTW-C04``, ``Số: 0_   /TTr-UBND``, ``Số: 45 46 /QĐ-UBND``) before the printed symbol.
RECOGNISED_NUMBER_LINE = regex.compile(
    r"(?m)(?:^|\|)[ \t]*S[ốóôồổòoơ][ \t]*[:;.][ \t]*(?P<raw>(?:[^\s/|][^\s/|]{0,5}(?:[ \t][^\s/|]{1,3})?)?"
    r"[ \t]*/[ \t/]*[A-ZĐ][^\n|]*?)[ \t]*(?=$|\||[ \t]{3,})")
#: A serial that is not a number (what OCR makes of handwriting) before the symbol: ``5Ø /KH-BCA-C04``,
#: ``45 46 /QĐ-UBND``, ``2/  /TTr-CAT-PC04``.
UNREADABLE_SERIAL = regex.compile(r"^(?P<serial>[^\s/…._][^\s/]{0,5}(?:[ \t][^\s/]{1,3})?)[ \t]*/[ \t/]*(?=[A-ZĐ])")

#: What opens the subject line of a công văn: ``V/v`` (``W/v``, ``V/V`` as OCR may read it) or ``Về việc``.
VV_PREFIX = regex.compile(r"^(?:[VW]/[vV]|Về việc)\s*:?\s*")

#: A type line under the header, matched whatever marks OCR put on its vowels (``KÉ HOẠCH``, ``QUYÉT:
#: ĐỊNH``), after a stray mark of a stamp in the left column (``A644   KÉ HOẠCH``); or the ``V/v`` line of a
#: công văn (``W/v`` as OCR may read it) or its ``Kính gửi``.
TYPE_OR_VV = regex.compile(r"^\s*(?:\S{1,6}[ \t]{3,})?(?:" + "|".join(any_marks(n, r"[\s:.,]+") for n in TYPE_LINE_NAMES)
                           + r")(?!\p{Ll})|^\s*(?:[VW]/[vV]\b|Kính gửi)")

# --- dates ------------------------------------------------------------------------------------------

#: Header place/date: ``Thị trấn Hà Trung, ngày 10 tháng 3 năm 2023``; blank parts allowed
#: (``ngày tháng 11 năm 2023``, ``ngày …  tháng 01 năm 2021``); ``ngày`` may end a line.
PLACE_DATE = regex.compile(
    r"(?m)^[ \t|]*(?P<place>[^\n,|:]{2,80}?)[ \t]*,[ \t]*(?P<date>ngày\s*(?P<d>\d{1,2})?[\s.…_]*tháng\s*"
    r"(?P<m>\d{1,2})?[\s.…_]*năm\s*(?P<y>\d{4}))"
)
#: The same line as OCR reads it when the day or month is handwritten or stamped: a few unreadable
#: characters stand for them, spaces may be lost and the comma read as a full stop
#: (``Hà Nội, ngày44tháng Q@năm 2026``, ``Lâm Đồng. ngày Ø3 tháng 02 năm 2026``, ``ngày &@  tháng I1 năm 2024``).
RECOGNISED_PLACE_DATE = regex.compile(
    r"(?m)^[ \t|]*(?P<place>[^\n,.|:]{2,80}?)[ \t]*[,.][ \t]*(?P<date>ngày[ \t]*(?P<d>[^\n]{0,6}?)[ \t]*tháng"
    r"[ \t]*(?P<m>[^\n]{0,5}?)[ \t]*năm[ \t]*(?P<y>\d{4}))"
)

#: Numeric date in running text: ``04/9/2023``, ``24/02/2023``, ``10.3.2023``, and ``01/5`` (no year).
NUMERIC_DATE = r"(?P<{p}d>\d{{1,2}})\s?[/.\-]\s?(?P<{p}m>\d{{1,2}})(?:\s?[/.\-]\s?(?P<{p}y>(?:19|20)\d{{2}}))?"
#: Worded date: ``ngày 09 tháng 4 năm 2019``, ``28 tháng 5 năm 2022``.
WORD_DATE = r"(?P<{p}d>\d{{1,2}})\s+tháng\s+(?P<{p}m>\d{{1,2}})(?:\s*(?:năm|,)\s*(?P<{p}y>(?:19|20)\d{{2}}))?"


def date_alternatives(prefix: str) -> str:
    return f"(?:{WORD_DATE.format(p=prefix + 'w')}|{NUMERIC_DATE.format(p=prefix + 'n')})"


#: A date right after a citation's number: ``ngày 04/9/2023``, ``, ngày 26/12/2022``, ``ngày 09 tháng 4
#: năm 2019``.
CITATION_DATE = regex.compile(r"\s*,?\s*(?:được\s+)?(?:ban hành\s+)?ngày\s+" + date_alternatives(""))

#: A worded impossible date such as ``tháng 18 tháng 9`` or ``ngày 32 tháng 13``.
WORD_DATE_ANY = regex.compile(r"(?:ngày|tháng)\s+(?P<a>\d{1,2})\s+tháng\s+(?P<b>\d{1,2})(?:\s+năm\s+(?P<y>\d{4}))?")

# --- structure --------------------------------------------------------------------------------------

#: Section labels at the start of a line, most specific first.
LABEL_PART = regex.compile(r"^(?P<label>(?:PHẦN|Phần)\s+(?:[IVXLC]+|\d+))\s*[.:\-]?\s*")
LABEL_ARTICLE = regex.compile(r"^(?P<label>Điều\s+\d+)\s*[.:]?\s*")
LABEL_ROMAN = regex.compile(r"^(?P<label>[IVXLC]{1,6})\s*[.\-)]\s*(?=\S)")
LABEL_ARABIC = regex.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2}){0,4})(?:\s*[.)]\s+|\s*[.)](?=\p{Lu})|(?<=\.\d{1,2})\s+)")
LABEL_LETTER = regex.compile(r"^(?P<label>[a-zđ])\s*[.)]\s+")
LABEL_BULLET = regex.compile(r"^(?:[-•*]\s*)?(?P<label>[-+•*])\s+")

#: Lines that are not body: quốc hiệu, tiêu ngữ, Party banner, rules.
QUOC_HIEU = regex.compile(r"(?i)^\W*c[ộo]ng\s+h(?:[òo]a|o[àa])\s+x[ãa]\s+h[ộo]i|^\W*" + any_marks("CỘNG HÒA XÃ HỘI"))
#: A post opening a line keyed by ``normalize.match_key``, with the space after it: ``pho giam doc ``,
#: ``chu tich `` (the post before the issuer on a decision's authority line, or a signer's post).
POST_KEY = regex.compile(r"^(?:(?:" + "|".join(match_key(q) for q in POST_QUALIFIERS) + r")\s+)*(?:"
                         + "|".join(match_key(p) for p in sorted(SIGNING_POSTS, key=len, reverse=True)) + r")\s+")
#: The ``Nơi nhận:`` line that opens the recipients, also as OCR reads an italic ``Nơi`` (``AI nhận:``,
#: ``Xới nhận:``: a short word, then ``nhận`` and the colon).
NOI_NHAN = regex.compile(r"(?i)^\W*(?:(?:nơi nhận|noi nhan)\b\s*:?|\S{1,4}\s+nhận\s*:)")
#: The Quốc hiệu, folded (``normalize.fold``), anywhere in a line: a later page's header is one line with
#: the issuer beside it, and a Quốc hiệu after a document's closing is an attached document's header.
QUOC_HIEU_KEY = "cong hoa xa hoi chu nghia"
TIEU_NGU = regex.compile(r"(?i)^\W*đ[ộo]c\s+l[ậa]p\s*-\s*t[ựu]\s+do")
PARTY_BANNER = regex.compile(r"(?i)^\W*đ[ảa]ng\s+c[ộo]ng\s+s[ảa]n\s+vi[ệe]t\s+nam")
RULE_LINE = regex.compile(r"^[\s\-_=*.~|]+$")

#: Preamble openers (``Căn cứ …``, ``Thực hiện …``) and the relation they give citations.
PREAMBLE_RELATION = regex.compile(
    r"(?i)(?<!\p{L})(?P<kw>căn cứ|thực hiện|triển khai|theo đề nghị|xét đề nghị|trên cơ sở)(?!\p{L})")
RELATION_BY_KEYWORD = {"căn cứ": "basis", "thực hiện": "implements", "triển khai": "implements"}

#: An appendix (``PHỤ LỤC I``, ``Mẫu số 01``) after the signature: not part of recipients or signer.
APPENDIX = regex.compile(r"^\s*(?:PHỤ LỤC|Phụ lục|PHỤ BIỂU|BIỂU MẪU|Mẫu số)\b")
#: the label of an appendix heading: ``PHỤ LỤC II``, ``Phụ lục 01:``, ``PHỤ LỤC SỐ 2``
APPENDIX_LABEL = regex.compile(r"(?i)^\s*(?:phụ lục|phụ biểu)(?:\s+số)?\s*(?P<label>[IVXLC]+|\d{1,3}[a-z]?)?\b")

#: Closing paragraphs of the body.
CLOSING_START = regex.compile(r"(?i)^(?:trên đây là|trong quá trình (?:tổ chức )?(?:triển khai )?thực hiện)")

#: Signing authority: ``TM. ỦY BAN NHÂN DÂN``, ``KT.CHỦ TỊCH``, ``TM ỦY BAN NHÂN DÂN``, ``T/M BAN THƯỜNG VỤ``.
AUTHORITY = regex.compile(r"^(?P<auth>TM|KT|TL|TUQ|Q|T/M|K/T|T/L)(?:\s*\.\s*|\s+)(?P<rest>" + _U + r".*)$")

# --- PDF furniture ----------------------------------------------------------------------------------

#: Text that e-signature tools stamp over a signed PDF (``Người ký: …``, ``Thời gian ký: 10.01.2026
#: 15:43:53 +07:00``, ``… đã ký lên văn bản này``): not part of the document's text.
ESIGNATURE_LINE = regex.compile(
    r"(?i)^\s*(?:người ký|ký bởi|signed by|signature (?:not )?(?:valid|verified)|digitally signed|"
    r"cơ quan:|email:|thời gian ký|ngày ký:|chức vụ:)|đã ký lên văn bản|"
    r"\d{1,2}[./]\d{1,2}[./]\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[+-]\d{2}:?\d{2}\s*$")
#: The time in such a stamp: ``10.01.2026 15:43:53 +07:00``.
ESIGNATURE_TIME = regex.compile(
    r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*"
    r"(?P<tz>[+-]\d{2}:?\d{2})?")
#: A page number alone on a line, as printed at the top or bottom of a page: ``2``, ``- 2 -``, ``Trang 2``.
PAGE_NUMBER_LINE = regex.compile(r"(?i)^\s*(?:trang\s+)?[-–]?\s*\d{1,3}\s*[-–]?\s*(?:/\s*\d{1,3})?\s*$")
