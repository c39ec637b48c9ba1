"""How a later document answers an earlier one (issue 42), as its title and type say it: the words, each
with its examples beside it (``tests/test_tables.py``), matched on folded text (no marks, lower case).

A document amends, replaces, repeals or corrects the one it names in its title (``Kế hoạch sửa đổi, bổ sung Kế
hoạch số 12/KH-UBND``); reports on it when it is a report or a letter that reports (``Báo cáo kết quả thực hiện
Kế hoạch số 12``); carries it out when it cites it with ``Thực hiện``/``Triển khai``, or as its basis
(``Căn cứ``) and is issued by one of its assignees.
"""

from __future__ import annotations

import datetime as _dt

from ..chars import match_key
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

#: A department's name key (``chars.match_key``: folded, no punctuation) that names one department, not
#: a class of them written like one (``Sở, Ngành``, ``Sở, ban, ngành``, ``Sở chuyên ngành``, ``sở liên quan``):
#: only a department is a member of ``các sở`` that can answer (issue 53).
DEPARTMENT_KEY = compiled(
    r"^so (?!(?:ban|nganh|chuyen nganh|lien quan|co quan|don vi|dia phuong|doan the|phong|chu quan|quan ly)(?![a-z]))"
    r"[a-z]"
)
#: The provincial departments merged from 1 March 2025 (Nghị định 45/2025/NĐ-CP on the specialised agencies of a
#: province's people's committee): the folded name of each department merged away → the one that took it over.
#: A plan's ``các sở`` is followed as the province has it today: a department merged away as its successor,
#: named as such (``FollowupMember.successor_of``).
DEPARTMENT_REORGANISATION_DATE = (2025, 3, 1)
DEPARTMENT_SUCCESSORS_2025: dict[str, str] = {
    "so tai nguyen va moi truong": "Sở Nông nghiệp và Môi trường",
    "so nong nghiep va phat trien nong thon": "Sở Nông nghiệp và Môi trường",
    "so ke hoach va dau tu": "Sở Tài chính",
    "so giao thong van tai": "Sở Xây dựng",
    "so thong tin va truyen thong": "Sở Khoa học và Công nghệ",
    "so lao dong thuong binh va xa hoi": "Sở Nội vụ",
}
#: ``(name, day, the department of that day)``: checked by tests/test_followup.py.
DEPARTMENT_SUCCESSOR_EXAMPLES: tuple[tuple[str, _dt.date, str], ...] = (
    ("Sở Tài nguyên và Môi trường", _dt.date(2026, 5, 1), "Sở Nông nghiệp và Môi trường"),
    ("Sở Kế hoạch và Đầu tư", _dt.date(2025, 3, 1), "Sở Tài chính"),
    ("Sở Lao động - Thương binh và Xã hội", _dt.date(2026, 1, 1), "Sở Nội vụ"),
    ("Sở Giao thông vận tải", _dt.date(2024, 6, 1), "Sở Giao thông vận tải"),  # before the merger: itself
    ("Sở Y tế", _dt.date(2026, 1, 1), "Sở Y tế"),  # not merged
)


def department_today(name: str, today: _dt.date) -> str:
    """The department that does ``name``'s work on ``today``: its successor once the 2025 merger took effect."""
    if today < _dt.date(*DEPARTMENT_REORGANISATION_DATE):
        return name
    return DEPARTMENT_SUCCESSORS_2025.get(match_key(name), name)


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
