"""Words at the edges of paragraphs, as data: what opens a clause of a preamble or another first
paragraph after a title, and what leaves a title line to go on into the next.

Every stage that needs them builds its pattern from these lists (``tables/patterns.py``): the readers
start a paragraph at an opener of layout text, the structure parser ends a title there, the header
extractor cuts a title that runs into its first paragraph, and the citation extractor takes the relation
of what a clause cites from its opener.

Sources: Nghị định 30/2020/NĐ-CP, Phụ lục I (căn cứ ban hành), and the preambles of the seeds and of
``../shared/realdocs`` (``Căn cứ Luật …;``, ``Thực hiện Kế hoạch số …``, ``Theo đề nghị của Trưởng phòng
…``).
"""

from __future__ import annotations

from typing import Literal

#: The relations a citation can have: ``models.ReferenceRelation`` (the tables import nothing from the models).
Relation = Literal["basis", "implements", "mentions"]

#: Openers of a preamble clause as printed at the start of a paragraph, with the relation they give the
#: documents the clause cites: ``basis`` (its legal ground), ``implements`` (the document it carries out),
#: ``mentions`` (a proposal or a consideration), or None: the clause gives none of its own (a citation in it
#: keeps the relation of an opener before it on the same line, as it always has).
PREAMBLE_OPENERS: tuple[tuple[str, Relation | None], ...] = (
    ("Căn cứ", "basis"),
    ("Thực hiện", "implements"),
    ("Triển khai", "implements"),
    ("Theo đề nghị", "mentions"),
    ("Xét đề nghị", "mentions"),
    ("Trên cơ sở", "mentions"),
    ("Thi hành", "implements"),
)

#: Openers that give their relation only as printed at the start of a clause (a line's start, or after ``;``
#: or ``:``): anywhere else they are words of a cited document's title or of a name (``Nghị định … quy định
#: chi tiết thi hành một số điều của Luật …; Thông tư …``, ``Luật Thi hành án dân sự``), not a new clause.
CLAUSE_START_OPENERS: tuple[str, ...] = ("Thi hành",)

#: Other openers of the first paragraph after a title (a purpose, ``Nhằm …``, ``Để …``, or ``Tiếp tục …``):
#: a title never goes on into a line that begins with one.
AFTER_TITLE_OPENERS: tuple[str, ...] = ("Nhằm", "Để", "Tiếp tục")

#: Words (folded) that end a title line only when the title goes on into the next line (``… CỦA`` / ``SỞ
#: CÔNG THƯƠNG``): the next line is not the decision's authority line, however it looks.
TITLE_JOINING_WORDS: tuple[str, ...] = ("cua", "va", "giua", "voi", "cho", "tai", "doi voi", "thuoc")

#: Words that never end a paragraph of a plan: a line of hard-wrapped text that ends with one goes on into
#: the next whatever that line begins with (``Sở Khoa học và`` / ``Công nghệ``, ``… của`` / ``UBND tỉnh``).
LINE_CONTINUING_WORDS: tuple[str, ...] = (
    "và", "của", "các", "với", "cho", "tại", "theo", "về", "đến", "từ", "trong", "hoặc", "là", "được",
    "những", "thuộc", "gồm", "như", "đối", "trên", "giữa", "cùng", "do", "số", "ngày", "tháng", "năm",
)  # fmt: skip

#: National proper names whose first half never ends a name (``Việt`` of ``Việt Nam``, ``Hồ Chí`` of ``Hồ Chí Minh``):
#: a line that ends with the first half and a line that opens with the second are one paragraph, in any text (``…
#: Mặt trận Tổ quốc Việt`` / ``Nam xã, …``, ``Đoàn Thanh niên Cộng sản Hồ Chí`` / ``Minh …``).
NATIONAL_NAME_HALVES: tuple[tuple[str, str], ...] = (("Việt", "Nam"), ("Hồ Chí", "Minh"))
