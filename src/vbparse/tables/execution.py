"""A decision's execution clause, as data (issue 41; Nghị định 30/2020/NĐ-CP, Phụ lục I: the last article of a
decision names who executes it): the pattern the extractor finds it by, beside its examples in
``tests/test_tables.py``."""

from __future__ import annotations

from ..pattern_cache import compiled

#: A decision's execution clause (issue 41): ``Chánh Văn phòng …, Giám đốc các Sở … chịu trách nhiệm thi hành
#: Quyết định này./.``: each body named is given it (the gold's convention), marked so that the board can leave
#: it out (it names every body the decision concerns, and asks nothing of one in particular).  The clause ends
#: the task (names the grammar left in it may stand before it), then only the signature block's first words
#: (``TM.``, ``KT.``) or an appendix's heading may follow; not ``chịu trách nhiệm hướng dẫn thi hành Quyết định
#: này`` (guiding it is a task), nor a clause followed by a sentence of its own (``… Quy chế này. Định kỳ trước
#: ngày 15/12 hằng năm báo cáo …``).
EXECUTION_CLAUSE = compiled(
    r"(?i)(?:^|(?<=[\s,;]))(?:chịu|có)\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+|triển\s+khai,?\s+)?(?:thi\s+hành|thực\s+hiện)\s+"
    r"(?:quyết\s+định|chỉ\s+thị|nghị\s+quyết|nghị\s+định|thông\s+tư|quy\s+định|quy\s+chế)\s+này(?![\p{L}])"
    r"(?:\s+kể\s+từ(?:\s+ngày\s+(?:ký|ban\s+hành))?)?"
    r"(?:[\s./:;]*$|\s*\.[/.:]*\s*(?:[#|]+\s*)?(?-i:TM|KT|TL|TUQ|Q)\.|\s*\.\s*(?-i:PHỤ\s+LỤC|Phụ\s+lục)(?![\p{L}]))"
)
