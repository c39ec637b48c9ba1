"""How a later document answers an earlier one (issue 42), as its title and type say it: the words, each
with its examples beside it (``tests/test_tables.py``), matched on folded text (no marks, lower case).

A document amends, replaces, repeals or corrects the one it names in its title (``Kế hoạch sửa đổi, bổ sung Kế
hoạch số 12/KH-UBND``); reports on it when it is a report or a letter that reports (``Báo cáo kết quả thực hiện
Kế hoạch số 12``); carries it out when it cites it with ``Thực hiện``/``Triển khai``, or as its basis
(``Căn cứ``) and is issued by one of its assignees.
"""

from __future__ import annotations

from ..pattern_cache import compiled
from .units import CITY_WORD, LEVEL_WORDS

#: A title that changes the document it names, by kind (first match wins: ``sửa đổi … và bãi bỏ`` amends).
CHANGE_TITLES: tuple[tuple[str, str], ...] = (
    ("corrects", r"dinh chinh"),
    ("replaces", r"thay the"),
    ("repeals", r"bai bo|huy bo|bai bo hieu luc"),
    ("amends", r"sua doi|bo sung|dieu chinh"),
)
CHANGE_TITLE = compiled(
    r"(?<![a-z])(?:" + "|".join(f"(?P<{kind}>{words})" for kind, words in CHANGE_TITLES) + r")(?![a-z])"
)
CHANGE_TITLE_EXAMPLES = {
    "amends": ["ke hoach sua doi, bo sung ke hoach so 12/kh-ubnd", "dieu chinh ke hoach so 5/kh-ubnd"],
    "replaces": ["quyet dinh thay the quyet dinh so 3/qd-ubnd"],
    "repeals": ["quyet dinh bai bo quyet dinh so 9/2019/qd-ubnd"],
    "corrects": ["dinh chinh ke hoach so 12/kh-ubnd"],
    "none": ["ke hoach tuyen truyen nam 2026", "bao cao ket qua thuc hien ke hoach so 12/kh-ubnd"],
}
#: Why a document is an answer (``AnswerLink.reason``), in English (``AnswerLink.why``, for machines) and in
#: Vietnamese (what the pages say); ``{words}`` is the title's words, ``{number}`` the plan's number.
ANSWER_REASONS: dict[str, tuple[str, str]] = {
    "title_changes": ("its title: “{words}” {number}", "trích yếu ghi “{words}” số {number}"),
    "report_type": ("a report on it", "là báo cáo về văn bản này"),
    "report_title": ("its title reports on it", "trích yếu là báo cáo kết quả thực hiện"),
    "implements": (
        "it cites it to carry it out (Thực hiện / Triển khai)",
        "dẫn văn bản này để thực hiện (Thực hiện / Triển khai)",
    ),
    "basis_of_assignee": (
        "it cites it as its basis and is issued by one of its assignees",
        "lấy văn bản này làm căn cứ và do một đơn vị được giao ban hành",
    ),
}
#: A report on a document (``Báo cáo kết quả thực hiện …``, ``… sơ kết, tổng kết …``) by its title.
REPORT_TITLE = compiled(
    r"(?<![a-z])(?:ket qua thuc hien|so ket|tong ket|bao cao tinh hinh|tinh hinh thuc hien)(?![a-z])"
)
REPORT_TITLE_EXAMPLES = {
    "matches": ["ket qua thuc hien ke hoach so 12/kh-ubnd", "so ket 6 thang thuc hien ke hoach 12"],
    "refused": ["thuc hien ke hoach so 12/kh-ubnd ve tuyen truyen"],
}
#: Types of a document that reports (``BC``), whatever its title says.
REPORT_TYPES = frozenset({"BC"})
#: The level words of the units of each member class (``extract.areas``' ``collective_members``), as the last
#: name of a unit's area key writes them (``tables.units.LEVEL_WORDS``, and ``thành phố`` for a province or a
#: district): ``UBND các huyện`` of a province has the ``huyen …``, ``quan …``, ``thi xa …``, ``thanh pho …``
#: under it.
MEMBER_UNIT_LEVELS: dict[str, tuple[str, ...]] = {
    f"@{level}": (*(w for w, lv in LEVEL_WORDS.items() if lv == level), *((CITY_WORD,) if level != "xa" else ()))
    for level in ("tinh", "huyen", "xa")
}
#: The heads of the issuers that are members of a collective, by its member class: a district's UBND answers
#: for ``UBND các huyện`` (``@huyen``), a Sở for ``các sở``.
MEMBER_ISSUER_HEADS: dict[str, tuple[str, ...]] = {
    **{member: tuple(f"uy ban nhan dan {w}" for w in words) for member, words in MEMBER_UNIT_LEVELS.items()},
    "so": ("so ",),
    "ban": ("ban ",),
}

#: ``vbparse obligations --state`` and ``/api/register?state=``: the register states (``RegisterEntry.state``)
#: each choice keeps; ``answered`` keeps the tasks whose plan the unit answered by a document of its own.
REGISTER_STATE_CHOICES: dict[str, frozenset[str]] = {
    "overdue": frozenset({"overdue"}),
    "in_progress": frozenset({"in_progress"}),
    "done": frozenset({"on_time", "late"}),
    "on_time": frozenset({"on_time"}),
    "late": frozenset({"late"}),
    "answered": frozenset(),
}

# --- A report's passage that speaks of a task (``store.passages``) --------------------------------------


def _listed(text: str) -> frozenset[str]:
    """Words written one after another, ``|`` between them (a word may have two syllables)."""
    return frozenset(" ".join(w.split()) for w in text.split("|") if w.strip())


#: Folded words that say nothing of which work a sentence is about: function words, and the verbs and nouns
#: of every task and every report (``thực hiện``, ``kết quả``, ``báo cáo``, ``đơn vị``).  A word of two
#: syllables is one word here (``đơn vị`` is stop, ``vi phạm`` is not).  A term of only these never decides a
#: match; a pair with one of them still can (``kiểm tra kho``).
PASSAGE_STOP_WORDS: frozenset[str] = _listed(
    # function words
    """va|voi|cua|cac|cho|theo|tai|trong|tren|duoi|den|tu|de|la|co|duoc|nhung|mot|nay|do|khi|ve|vao|ra|nhu|
    hoac|cung|moi|da|dang|se|phai|can|nham|bang|thi|ma|neu|tung|"""
    # the verbs and nouns of every task and every report
    """cong tac|thuc hien|trien khai|ket qua|bao cao|dam bao|don vi|co quan|lien quan|quy dinh|nhiem vu|
    noi dung|tinh hinh|to chuc|day du|kip thoi|nghiem tuc|hieu qua|chu tri|phoi hop|tham muu|trach nhiem|
    chiu trach"""
)
#: What ``store.passages.terms`` keeps and drops (``tests/test_passages.py``).
PASSAGE_STOP_EXAMPLES = {
    "stop": ["thuc hien", "ket qua", "va", "cac", "bao cao", "don vi"],
    "kept": ["kiem tra", "bien ban", "vi pham", "kho", "thu tuc", "hanh chinh", "so hoa", "so"],
}
