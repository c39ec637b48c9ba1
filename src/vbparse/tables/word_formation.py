"""Names the grammar composes from their parts rather than lists (issue 52: a grammar of names, not a list of the
corpus's): a nominaliser and a verb of office (``Người đứng đầu``), a level and an organ's syllable (``Huyện đoàn``).
The name lists (``bodies.py``) may hold some of them too; removing such an entry loses nothing the grammar makes."""

from __future__ import annotations

#: A noun that makes a verb of office its holder (``Người`` + ``đứng đầu``: the one who heads): with one of
#: ``OFFICE_VERBS`` after it, a post whatever the lists hold (``Người phụ trách``, ``Người điều hành``).
AGENT_NOMINALISERS: tuple[str, ...] = ("Người",)
#: The verbs of holding an office, which ``AGENT_NOMINALISERS`` make a post of.  Not a verb of what anyone does
#: (``Người nộp thuế``, ``Người tham gia``), nor one that is a form's field as often as a post (``Người đại diện:``
#: + ``Họ và tên: ……``), a manager's qualifications' heading (``Người quản lý doanh nghiệp:``), or a passive whose
#: object is a task (``Người được giao`` + ``xử lý công việc có trách nhiệm …``: the name runs to the role word).
OFFICE_VERBS: tuple[str, ...] = ("đứng đầu", "chủ trì", "phụ trách", "điều hành", "chỉ huy", "phát ngôn")

#: The words of a level that open a body's compound name (``Tỉnh`` of ``Tỉnh đoàn``, ``Huyện`` of ``Huyện đội``) ...
LEVEL_PREFIXES: tuple[str, ...] = ("Tỉnh", "Thành", "Huyện", "Quận", "Thị", "Xã", "Phường")
#: ... and the organ's syllable after it: the youth union's (``đoàn``), the military command's (``đội``), the party
#: committee's (``ủy``, ``uỷ``).  Together a body of that level: ``Tỉnh đoàn``, ``Huyện đoàn``, ``Quận đội``.
ORGAN_SYLLABLES: tuple[str, ...] = ("đoàn", "đội", "ủy", "uỷ")
