"""The words of a document's closing, as data: recipients' purposes, the ``Lưu`` line, signature notes.

Sources: Nghị định 30/2020/NĐ-CP, Phụ lục I (nơi nhận, ``Lưu: VT, …``, chữ ký), the recipient lists of the
seeds and of ``../shared/realdocs`` (``- Như trên;``, ``- UBND tỉnh (b/c);``, ``- Các sở (để t/hiện);``).
"""

from __future__ import annotations

import regex

from ..chars import fold
from ..pattern_cache import compiled
from .positions import SIGNATURE_POSTS

#: Purpose abbreviations in recipient brackets (folded, without ``để``) → purpose: ``(b/c)``, ``(p/h)``,
#: ``(để t/hiện)``, ``(thay b/c)``.
PURPOSES: dict[str, str] = {
    "b/c": "báo cáo",
    "bc": "báo cáo",
    "bao cao": "báo cáo",
    "b.c": "báo cáo",
    "p/h": "phối hợp",
    "ph": "phối hợp",
    "phoi hop": "phối hợp",
    "p.h": "phối hợp",
    "phoi hop thuc hien": "phối hợp",
    "t/hien": "thực hiện",
    "t/h": "thực hiện",
    "th/h": "thực hiện",  # ``- Như Điều 3 (th/h);`` (101)
    "th": "thực hiện",
    "thuc hien": "thực hiện",
    "t.h": "thực hiện",
    "biet": "biết",
    "t/b": "biết",
    "theo doi": "theo dõi",
    "chi dao": "chỉ đạo",
    "c/d": "chỉ đạo",
    "dang tai": "đăng tải",
    "dang cong bao": "đăng công báo",
    "giam sat": "giám sát",
    "kiem tra": "kiểm tra",
}
#: Words before a purpose that are not part of it: ``(để biết)``, ``(thay b/c)``.
PURPOSE_LEADS: tuple[str, ...] = ("để", "thay")
#: First words (folded) of a purpose written out in full that is not in ``PURPOSES``: ``(để báo cáo và
#: phê duyệt)``, ``(phối hợp chỉ đạo)`` keep their words as written.
PURPOSE_FIRST_WORDS: frozenset[str] = frozenset({"bao", "phoi", "thuc", "biet", "chi", "theo"})

#: The archive line: ``- Lưu: VT, VPTK.``, ``Lưu VT``, ``- LƯU: VT`` (the colon may be missing).
LUU = compiled(
    r"^[-+•]?\s*(?P<word>Lưu|LƯU|(?:Luu|LUU)(?=\s*:))(?P<sep>\s*:\s*|\s+|(?=[A-ZĐ]))(?P<rest>.*)$"
)  # ``Luu:`` of a text layer that lost its marks (as ``Noi nhan:``), only before its colon
#: Notes in a signature block that are not the signer: ``(Đã ký)``, ``(ký tên, đóng dấu)``, ``Chữ ký``, or
#: any line that is one bracket.
#: What a seal or a handwritten signature leaves before the words of a recognised signature line: tokens
#: of marks among letters (``ấ+ó_ THỨ TRƯỞNG``), a lone lower-case letter (``š "Trương Thanh Hoài``), a token
#: with a capital after a lower-case letter, which no word of a name or a post has (46: ``xPiift Huy Nam
#: Sơn``), quotes (114, a scan signed over its seal).
SIGNATURE_STRAY_LEAD = compiled(r"""^(?:(?:\S*[+_#\\^*~|{}<>=@]\S*|\p{Ll}|\S*\p{Ll}\p{Lu}\S*|["“”'`]+)\s+)*["“”'`]*""")
#: Marks a scan leaves after a recipient line's final ``;`` or ``.`` (``- Cục Cảnh sát giao thông (để p/h);_``,
#: 114): not part of the line.
RECIPIENT_TRAILING_MARKS = compiled(r"(?<=[;.,)])[\s_~^|*#\\]+$")
SIGNATURE_NOTE = compiled(r"(?i)^\(?(?:đã ký|ký tên|ký,|\(ký|chữ ký|đóng dấu)|^\(.*\)$")

#: A post whose folded form has at least this many letters may be put back with one letter wrong, lost or
#: added (OCR under a seal: ``PHÓ CHỦ TIC``); a shorter one only when its letters are all there.
DEFAULT_MIN_FUZZY_POST = 9
#: Characters OCR reads for one another in a folded line (an ``I`` read as ``l``, ``1`` or ``|``: ``PO GLÁM
#: ĐÓC``; an ``O`` as ``0``): the one-edit forms of the posts are matched with these taken alike.
OCR_LOOKALIKES = str.maketrans({"l": "i", "1": "i", "|": "i", "0": "o"})
#: ``(post as printed, pattern of its folded form at the start of a folded line, ending at a word's end)``:
#: exact forms first, then forms with one edit for the long posts (to match against a folded line
#: translated by ``OCR_LOOKALIKES``).
SIGNATURE_POST_FORMS: tuple[tuple[str, regex.Pattern, regex.Pattern | None], ...] = tuple(
    (
        post.upper(),
        compiled(r"^" + regex.escape(fold(post)) + r"(?![a-z])"),
        compiled(r"(?b)^(?:" + regex.escape(fold(post).translate(OCR_LOOKALIKES)) + r"){e<=1}(?![a-z])")
        if len(fold(post).replace(" ", "")) >= DEFAULT_MIN_FUZZY_POST
        else None,
    )
    for post in SIGNATURE_POSTS
)
#: ``(post as printed, its folded form)`` in ``SIGNATURE_POST_FORMS``' order, by the folded form's first character: the
#: posts whose exact pattern matches a folded line are those among the few sharing its first character that it
#: ``str.startswith``, a letter ``a``-``z`` not following (``extract.closing._same_letters``).
SIGNATURE_POSTS_BY_FIRST: dict[str, tuple[tuple[str, str], ...]] = {}
for _post in SIGNATURE_POSTS:
    _folded = fold(_post)
    SIGNATURE_POSTS_BY_FIRST[_folded[:1]] = (*SIGNATURE_POSTS_BY_FIRST.get(_folded[:1], ()), (_post.upper(), _folded))
