"""The labels of a task item's fields (``Đơn vị chủ trì:``, ``Cơ quan phối hợp:``, ``Thời gian hoàn thành:``) and
the headings made of them, as data: what a field reader (``extract/obligation_fields.py``) and the unwrapping of
text lines (``read/unwrap.py``) match.  Examples: ``tests/test_tables.py`` (``PATTERN_EXAMPLES``)."""

from __future__ import annotations

import regex

from ..pattern_cache import compiled

#: A labelled field of a task item, one per paragraph or item under it: who leads (``Đơn vị chủ trì thực
#: hiện:``, ``Cơ quan thực hiện:``, ``Trách nhiệm thực hiện:``), who supports (``Đơn vị phối hợp:``), by when
#: (``Thời gian hoàn thành:``, ``Thời hạn ban hành:``, ``Tiến độ:``), what (``Nội dung:``, ``Nhiệm vụ:``, ``Các hoạt động:``), or something else the
#: item says (``Kết quả:``, ``Sản phẩm:``, ``Kinh phí:``).  The label's head noun (``Đơn vị``, ``Cơ quan``)
#: names no one; the value follows the colon.
_UNIT_NOUN = (
    # one unit noun or two (``Cơ quan, đơn vị chủ trì thực hiện:``, ``Cơ quan, tổ chức phối hợp:``), forces too
    # (``Lực lượng phối hợp:``)
    r"(?:(?:các|những)\s+)?(?:cơ\s+quan|đơn\s+vị|bộ\s+phận|lực\s+lượng|khoa|phòng"  # (a hospital's: ``Khoa, phòng …:``)
    # a person in the role (``Người chủ trì: Đồng chí …``, ``Người phối hợp:``; twenty-ninth twins of T1)
    r"|người(?=\s+(?:chủ\s+trì|phối\s+hợp|thực\s+hiện)\s*:)"
    # the parties and the focal point (``Các bên phối hợp thực hiện:``, ``Đầu mối chủ trì thực hiện:``; 28th twins of S1)
    r"|bên|đầu\s+mối(?=\s+(?:chủ\s+trì|thực\s+hiện))"
    # an organisation (``Tổ chức chủ trì:``, ``Tổ chức phối hợp:``, ``Tổ chức thực hiện: A; B``), not the verb
    # ``tổ chức`` before its object
    r"|tổ\s+chức(?=\s+(?:chủ\s+trì|phối\s+hợp|thực\s+hiện)\s*[:(]))"
    r"(?:\s*,\s*(?:cơ\s+quan|đơn\s+vị|bộ\s+phận|lực\s+lượng|tổ\s+chức|khoa|phòng))?\s+"
)
#: An alternative word after a slash (``Đơn vị chủ trì/đầu mối thực hiện:``, ``Đơn vị phối hợp/hỗ trợ:``, ``Thời hạn hoàn
#: thành/báo cáo kết quả:``; twenty-seventh twins of S1), not the other role (``chủ trì/phối hợp``: a block of both).
_SLASH_ALTERNATIVE = (
    r"(?:\s*/\s*(?!(?:chủ|phối)(?![\p{L}]))(?-i:\p{Ll}+)(?:\s+(?-i:\p{Ll}+)){0,3}(?=\s*[:/]|\s+\p{Ll}))?"
)
#: Words a label may carry after its role word when a unit noun opens it (``Đơn vị chủ trì tổ chức:``, ``Các cơ
#: quan phối hợp triển khai:``): up to four lower-case words, none of which starts a phrase of a sentence
#: (``Các đơn vị phối hợp thực hiện các nội dung sau:`` is a lead-in, ``phối hợp chặt chẽ với Sở Y tế:`` names one).
_LABEL_TAIL = (
    _SLASH_ALTERNATIVE
    + r"(?:\s+(?!(?:các|những|với|cùng|sau|của|cho|nhau|và|trong|tại|theo|chặt)(?![\p{L}]))(?-i:\p{Ll}+)(?![\p{L}])){0,4}"
    + _SLASH_ALTERNATIVE
    # a second doing after ``và`` or where after ``tại``, right before the colon (``Đơn vị chủ trì tham mưu và tổ chức
    # thực hiện:``, ``Đơn vị thực hiện tại cơ sở:``), not another role (``chủ trì và phối hợp``: a block of both)
    + r"(?:\s+(?:và|tại)(?:\s+(?!(?:chủ|phối)(?![\p{L}]))(?-i:\p{Ll}+)){1,4}(?=\s*[:(]))?"
    # ``cùng`` right before the colon (``Đơn vị tham gia phối hợp cùng:``), naming no one after it
    r"(?:\s+cùng(?=\s*:))?"
    # when in the work, right before the colon (``Cơ quan phối hợp trong quá trình triển khai:``)
    r"(?:\s+trong\s+(?:quá\s+trình|thời\s+gian)(?:\s+(?-i:\p{Ll}+)){0,3}(?=\s*:))?"
    # whom the role serves or the time is due to, right before the colon (``Cơ quan chủ trì giúp Ủy ban nhân dân
    # tỉnh:``, ``Thời hạn trình Ủy ban nhân dân tỉnh:``, ``Thời hạn hoàn thành và báo cáo Chủ tịch UBND xã:``): the
    # superior named is the label's, no one given the task
    r"(?:\s+(?:và\s+)?(?:giúp|tham\s+mưu(?:\s+cho)?|trình|báo\s+cáo)\s+(?-i:\p{Lu})[\p{L}]*(?:\s+[\p{L}]+){0,7}(?=\s*:))?"
)
#: The partner of whom a support label says (``Cơ quan phối hợp với cơ quan chủ trì:``, ``Đơn vị phối hợp cùng đơn vị
#: chủ trì:``): the lead by its role, naming no one.
_WITH_THE_LEAD = r"(?:\s+(?:với|cùng)\s+(?:các\s+)?(?:cơ\s+quan|đơn\s+vị)\s+chủ\s+trì(?=\s*[:(]))?"
#: A second word of what a unit does after a comma, before the colon of a who-label (``Đơn vị chủ trì, tổ chức thực
#: hiện:``, ``Đơn vị phối hợp, hỗ trợ:``); not another role (``Cơ quan chủ trì, phối hợp:``, a block of both).
_ROLE_LABEL_COMMA = (
    r"(?:\s*,(?:\s+(?!(?:chủ|phối)(?![\p{L}]))(?-i:\p{Ll}+)){1,4}"
    # and a third after ``và`` (``Cơ quan chủ trì, đôn đốc và tổng hợp kết quả thực hiện:``; twenty-sixth twin of S1)
    r"(?:\s+và(?:\s+(?!(?:chủ|phối)(?![\p{L}]))(?-i:\p{Ll}+)){1,6})?(?=\s*:))?"
)
#: What may stand between the unit noun and its role (``Đơn vị được giao chủ trì thực hiện:``, ``Đơn vị tham gia phối
#: hợp:``, ``Cơ quan cùng phối hợp:``, ``Các cơ quan đồng thực hiện:``, ``Bộ phận trực tiếp thực hiện:``, ``Cơ quan có
#: trách nhiệm phối hợp:``): the role's passive, partaking, duty and manner words, the part it plays.
_ROLE_MODIFIER = (
    r"(?:(?:được\s+(?:giao|phân\s+công)|có\s+trách\s+nhiệm|tham\s+gia|cùng|đồng|trực\s+tiếp|đứng\s+ra"
    r"|là\s+(?:đầu\s+mối|thành\s+viên|đơn\s+vị|cơ\s+quan)"  # (``Cơ quan là thành viên phối hợp:``: what it is)
    # the part it plays (``Cơ quan giữ vai trò chủ trì:``, ``Đơn vị đóng vai trò phối hợp:``), what it does
    # (``Cơ quan tổ chức thực hiện:``), or advises on (``Cơ quan tham mưu thực hiện:``)
    r"|(?:giữ|đóng)\s+vai\s+trò|tổ\s+chức(?=\s+(?:thực\s+hiện|triển\s+khai))|tham\s+mưu(?=\s+(?:thực\s+hiện|chủ\s+trì|phối\s+hợp)))\s+)"
    # two of them (``Cơ quan trực tiếp tổ chức thực hiện:``, ``Đơn vị được giao trực tiếp chủ trì:``)
    r"{0,2}"
)
_FIELD_LABELS = (
    r"(?P<support>"
    + _UNIT_NOUN
    + _ROLE_MODIFIER
    + r"phối\s+hợp"
    + _WITH_THE_LEAD
    + _LABEL_TAIL
    + _ROLE_LABEL_COMMA
    # (``Trách nhiệm phối hợp:``, ``Trách nhiệm chủ trì thực hiện:`` below: the duty's word before the role)
    + r"|(?:tham\s+gia\s+|cùng\s+|trách\s+nhiệm\s+)?phối\s+hợp(?:\s+(?:thực\s+hiện|tham\s+mưu|triển\s+khai))?)"
    r"|(?P<lead>"
    + _UNIT_NOUN
    + _ROLE_MODIFIER
    + r"(?:chủ\s+trì|thực\s+hiện|chịu\s+trách\s+nhiệm|đầu\s+mối|triển\s+khai)"  # (``Cơ quan triển khai thực hiện:``)
    + _LABEL_TAIL
    + _ROLE_LABEL_COMMA
    # the unit given the task (``Đơn vị được giao:``, ``Cơ quan được phân công thực hiện:``)
    + r"|"
    + _UNIT_NOUN
    + r"được\s+(?:giao|phân\s+công)(?:\s+(?:nhiệm\s+vụ|thực\s+hiện))?(?=\s*[:(])"
    + r"|(?:trách\s+nhiệm\s+(?=chủ\s+trì))?(?:chủ\s+trì|thực\s+hiện|chịu\s+trách\s+nhiệm|đầu\s+mối)"
    r"(?:\s+(?:tham\s+mưu|thực\s+hiện|triển\s+khai|xây\s+dựng)){0,2}"
    # who is in charge, bare (``Phụ trách chính: Tổ Tư vấn …``, ``Phụ trách: Đoàn Thanh niên``; ``Lãnh đạo phụ trách``
    # is the leader over it, another field)
    r"|phụ\s+trách(?:\s+chính)?"
    r"|trách\s+nhiệm(?:\s+(?:thực\s+hiện|triển\s+khai))?|phân\s+công(?:\s+(?:thực\s+hiện|trách\s+nhiệm|nhiệm\s+vụ))?)"
    r"|(?P<time>(?:mốc\s+)?thời\s+(?:gian|hạn|điểm)"
    + _LABEL_TAIL  # ``Thời gian thực hiện:``, ``Thời gian mở lớp:``, ``Thời hạn gửi báo cáo:``: by when, whatever it is
    # a report's deadline after a comma (``Thời hạn hoàn thành, báo cáo kết quả:``), not a thing's time (``Thời hạn
    # lưu trữ hồ sơ, tài liệu …``)
    + r"(?:\s*,\s*(?:báo\s+cáo|gửi|nộp|trình)(?:\s+(?-i:\p{Ll}+)){0,3}(?=\s*:))?"
    + r"|tiến\s+độ(?:\s+(?:thực\s+hiện|hoàn\s+thành))?|hạn\s+hoàn\s+thành|hạn\s+(?:chót|cuối)"
    + _LABEL_TAIL
    + r"|hoàn\s+thành(?=\s*:))"  # (bare: ``Hoàn thành: Tháng 10/2047``)
    # (``Nội dung triển khai:``, ``Các nội dung chủ yếu:``, ``Những nội dung cần làm``: the activities under their label)
    r"|(?P<task>(?:(?:các|những)\s+)?nội\s+dung(?:\s+(?:thực\s+hiện|triển\s+khai|tổ\s+chức|công\s+việc|nhiệm\s+vụ"
    r"|hoạt\s+động|cụ\s+thể|chi\s+tiết|chính|chủ\s+yếu|trọng\s+tâm|(?:cần|phải)\s+\p{Ll}+(?:\s+\p{Ll}+)?))?"
    # (``a) Công việc cụ thể`` / ``- Khám …``, ``Các việc cần làm:``, ``Những việc cần triển khai``, ``Các nhiệm vụ
    # trọng tâm``: the activities, by other words, of the kind they are; ``Các phần việc cụ thể``, ``Hạng mục công việc``:
    # the parts of the work)
    # (``1.1. Mô tả công việc`` / its text: the work described; a bare ``Mô tả: …`` beside the item's own title
    # describes the item, as ``Yêu cầu`` or ``Quy mô`` do)
    r"|mô\s+tả\s+(?:công\s+việc|nhiệm\s+vụ)"
    # (``a) Danh mục hoạt động`` / its dash items: the list of the activities, by its name)
    r"|danh\s+(?:mục|sách)\s+(?:(?:các|những)\s+)?(?:hoạt\s+động|công\s+việc|nhiệm\s+vụ)"
    r"|(?:(?:các|những)\s+)?(?:nhiệm\s+vụ|hoạt\s+động|công\s+việc|việc|phần\s+việc|đầu\s+việc"
    r"|hạng\s+mục(?:\s+công\s+việc)?)"
    # (``Các hoạt động chuẩn bị``, ``Các công việc triển khai``: the stage or doing they are of; twenty-ninth T3)
    r"(?:\s+(?:cụ\s+thể|chính|chủ\s+yếu|trọng\s+tâm|trọng\s+điểm|chuẩn\s+bị|triển\s+khai|thực\s+hiện"
    r"|(?:cần|phải)\s+\p{Ll}+(?:\s+\p{Ll}+)?))?)"
    r"|(?P<other>(?:kết\s+quả|sản\s+phẩm|kinh\s+phí|nguồn\s+kinh\s+phí|dự\s+kiến\s+kết\s+quả)(?:\s*[/,]?\s*\p{Ll}+){0,4}"
    r"|địa\s+điểm|đối\s+tượng|hình\s+thức|phương\s+thức|mục\s+tiêu|yêu\s+cầu|chỉ\s+tiêu|lãnh\s+đạo\s+phụ\s+trách"
    # how and how often it is done, how big (``Phương pháp: lấy mẫu …``, ``Tần suất: 02 lần/năm``, ``Quy mô: …``)
    r"|phương\s+pháp|tần\s+suất|quy\s+mô|phạm\s+vi|số\s+lượng|ghi\s+chú"
    # where and on what it is done (``Địa bàn: vùng nước đầm …``, ``Vị trí: …``, ``Nguồn vốn: ngân sách tỉnh``)
    r"|địa\s+bàn|vị\s+trí|khu\s+vực|nguồn\s+vốn|dự\s+toán|cách\s+thức|thời\s+lượng|tiêu\s+chí"
    # a note on how (``Lưu ý: ưu tiên người cao tuổi …``)
    r"|lưu\s+ý|chú\s+ý)"
)
#: An aside in brackets between a label and its colon (``Cơ quan chủ trì (chịu trách nhiệm chính):``, ``(chậm nhất)``).
_LABEL_ASIDE = r"(?:\s*\((?-i:\p{Ll})[^()\n:]{0,60}\))?"
FIELD_LABEL = compiled(
    r"(?i)^\s*(?:[-+•*]\s*)?(?P<label>" + _FIELD_LABELS + r")" + _LABEL_ASIDE + r"\s*:\s*(?P<value>.*)$", regex.DOTALL
)


#: Where the next field begins inside a line holding several (``Đơn vị chủ trì: X; Đơn vị phối hợp: Y``).
NEXT_FIELD = compiled(
    r"(?i)[;.]\s*(?=(?:" + regex.sub(r"\(\?P<\w+>", "(?:", _FIELD_LABELS) + r")" + _LABEL_ASIDE + r"\s*:)"
)


#: What follows a name in a who-field's value when its own role is to take part (``Giao A chủ trì; B phối hợp.``).
PARTNER_ROLE_ONLY = compiled(r"(?i)^\s*(?:cùng\s+|tham\s+gia\s+)?phối\s+hợp(?:\s+thực\s+hiện)?\s*[.;]?\s*$")


#: A heading made of field labels only, with no value (``1.2. Cơ quan chủ trì, phối hợp``, ``Đơn vị chủ trì và phối
#: hợp``, ``Trách nhiệm thực hiện``, ``Phân công chủ trì, phối hợp``): a block of fields when the lines under it are fields or names, the label
#: of no one and never a task.
FIELD_BLOCK = compiled(
    r"(?i)^\s*(?:(?:(?:các|những)\s+)?(?:(?:cơ\s+quan|đơn\s+vị|bộ\s+phận|lực\s+lượng)"
    r"(?:\s*,\s*(?:cơ\s+quan|đơn\s+vị|tổ\s+chức|lực\s+lượng))?\s+"
    r"|(?:phân\s+công|trách\s+nhiệm)\s+(?=chủ\s+trì|phối\s+hợp)|(?:tham\s+gia|cùng)\s+(?=phối\s+hợp))?"
    r"(?:chủ\s+trì|phối\s+hợp|thực\s+hiện)"
    # (the second role's unit noun again: ``Lực lượng chủ trì, lực lượng phối hợp``; twenty-ninth twins of T1)
    r"(?:\s*(?:,|và|/|-|–)\s*(?:(?:(?:các|những)\s+)?(?:cơ\s+quan|đơn\s+vị|bộ\s+phận|lực\s+lượng)\s+)?"
    r"(?:chủ\s+trì|phối\s+hợp|thực\s+hiện))*"
    r"(?:\s+(?:thực\s+hiện|tổ\s+chức|triển\s+khai))?"
    # (and by when, a field of the same block: ``Chủ trì, phối hợp và thời hạn`` / ``c) Thời hạn: …``)
    r"(?:\s*(?:,|và)\s*thời\s+(?:hạn|gian)(?:\s+hoàn\s+thành)?)?"
    # the units the item is handed to (``2.2. Cơ quan được phân công`` / ``a) Chủ trì: X`` / ``b) Phối hợp: Y``)
    r"|(?:cơ\s+quan|đơn\s+vị)\s+được\s+(?:phân\s+công|giao)(?:\s+thực\s+hiện)?"
    r"|(?:trách\s+nhiệm|phân\s+công)(?:\s+(?:thực\s+hiện|tổ\s+chức\s+thực\s+hiện))?"
    # who carries it out, under the item's task (``1.2. Tổ chức thực hiện`` / ``a) Chủ trì: X``, ``Phân công cơ quan
    # thực hiện`` / ``a) Cơ quan chủ trì thực hiện``): a block only when every line under it is a field
    r"|tổ\s+chức\s+(?:thực\s+hiện|triển\s+khai)|phân\s+công\s+(?:cơ\s+quan|đơn\s+vị)(?:\s*,\s*(?:cơ\s+quan|đơn\s+vị))?"
    r"\s+(?:thực\s+hiện|chủ\s+trì(?:\s*,\s*phối\s+hợp)?)"
    # responsibility divided among them, or the units' (``1.1. Phân định trách nhiệm`` / ``a) Cơ quan chủ trì: X``,
    # ``Trách nhiệm của các bộ phận`` / ``a) Chủ trì`` / ``- X``); not one body's duties (``Trách nhiệm của Sở Y tế``)
    r"|(?:phân\s+định|phân\s+giao|xác\s+định)\s+trách\s+nhiệm(?:\s+thực\s+hiện)?"
    # the work handed out (``1.2. Giao nhiệm vụ`` / ``a) Chủ trì thực hiện: X`` / ``b) Tham gia phối hợp: Y``)
    r"|(?:phân\s+)?giao\s+nhiệm\s+vụ(?:\s+thực\s+hiện)?"
    r"|trách\s+nhiệm\s+của\s+(?:các\s+)?(?:cơ\s+quan|đơn\s+vị|bộ\s+phận|lực\s+lượng|bên)"
    r"(?:\s*(?:,|và)\s*(?:cơ\s+quan|đơn\s+vị|bộ\s+phận|tổ\s+chức|cá\s+nhân))*(?:\s+(?:liên\s+quan|tham\s+gia))?"
    r")\s*:?\s*$"
)
