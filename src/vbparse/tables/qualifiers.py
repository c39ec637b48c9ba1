"""What a collective's name in an assignee heading may go on with to say which of its kind it means (issue 52,
HEADING-UNIT): where or whose they are, the trade that defines them, what they have; and what ends such a name (a
provision cited).  Patterns with their examples in ``tests/test_tables.py``."""

from __future__ import annotations

from ..pattern_cache import compiled

#: What follows a collective's name in an assignee heading to say which of its kind it means, not what they are to
#: do: an aspect marker (``Các doanh nghiệp thứ cấp đang hoạt động trong KCN``), where or whose they are
#: (``thuộc``, ``tại``, ``trên địa bàn``), a passive (``được giao``), or the trade that defines them
#: (``Các tổ chức cung cấp dịch vụ chi trả``, ``Các chủ đầu tư xây dựng và kinh doanh hạ tầng KCN``, ``Các
#: doanh nghiệp hoạt động trong lĩnh vực xây dựng``).  Folded.  Not ``Các sở, ngành tăng cường kiểm tra``
#: (a task verb: the heading is a sentence).
QUALIFIER_START = compiled(
    r"^(?:dang|da|se|thuoc|truc thuoc|tai|o|tren dia ban|trong|co lien quan|lien quan|duoc|bi"
    r"|hoat dong|kinh doanh|san xuat|cung cap|cung ung|xay dung va kinh doanh|dau tu xay dung va kinh doanh"
    r"|khai thac|nuoi trong|van tai|quan ly van hanh)\b"
)
#: What a collective has, in a heading's name (``Các ngân hàng thương mại có chi nhánh trên địa bàn tỉnh``), as written
#: (folded, ``có`` is ``cơ`` of ``cơ chế``): not its rights and duties (``có các quyền sau``, ``có nghĩa vụ``).
HAS_QUALIFIER = compiled(
    r"^[ \t,]*có[ \t]+(?!(?:các[ \t]+)?(?:quyền|nghĩa[ \t]+vụ|nhiệm[ \t]+vụ|trách[ \t]+nhiệm|thẩm[ \t]+quyền|ý[ \t]+kiến|thể)"
    r"(?![\p{L}]))\p{Ll}"
)
#: A provision cited (folded): ``tại khoản 1 Điều 4``, ``theo Điều 12``: a heading that cites one names cases of a
#: rule, not a collective of doers.
CITED_PROVISION = compiled(r"(?<![\p{L}])(?:khoan|dieu|diem)\s+\d")
#: A qualified name in a heading is at most this many words after the collective's name: a field of trades
#: runs long (``Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và công nghệ
#: thông tin trên địa bàn Tỉnh``, 21 words).
QUALIFIER_MAX_WORDS = 24

#: A passive of what is done to them inside a heading's name (``DOANH NGHIỆP ĐƯỢC KIỂM TRA``, ``Các hộ bị ảnh hưởng``):
#: those the plan acts on; not one that gives them work (``được giao``, ``được phân công``, ``được mời``, ``được cử``).
ACTED_UPON = compiled(
    r"(?i)(?<![\p{L}])(?:được|bị)\s+(?!(?:giao|phân\s+công|mời|cử|đề\s+nghị|yêu\s+cầu)(?![\p{L}]))\p{L}"
)
