"""Regular expressions of the document format, compiled once, each documented with real examples.

The examples in the comments are pinned by ``tests/test_tables.py``.  All patterns run on normalised
text (NFC, dashes folded to ``-``, ``Ð`` → ``Đ``).
"""

from __future__ import annotations

import regex

_U = r"[A-ZĐÀ-Ỹ]"

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

# --- dates ------------------------------------------------------------------------------------------

#: Header place/date: ``Thị trấn Hà Trung, ngày 10 tháng 3 năm 2023``; blank parts allowed
#: (``ngày tháng 11 năm 2023``, ``ngày …  tháng 01 năm 2021``); ``ngày`` may end a line.
PLACE_DATE = regex.compile(
    r"(?m)^[ \t|]*(?P<place>[^\n,|:]{2,80}?)[ \t]*,[ \t]*ngày\s*(?P<d>\d{1,2})?[\s.…_]*tháng\s*(?P<m>\d{1,2})?"
    r"[\s.…_]*năm\s*(?P<y>\d{4})"
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
QUOC_HIEU = regex.compile(r"(?i)^\W*c[ộo]ng\s+h(?:[òo]a|o[àa])\s+x[ãa]\s+h[ộo]i")
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
