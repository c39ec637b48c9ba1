"""Words that mark assignments in plans, as data: role words, task-table columns, assignment lines.

Examples from ``../shared/realdocs`` and the seeds are pinned in ``tests/test_obligations.py``.
"""

from __future__ import annotations

import regex

from ..pattern_cache import compiled, gated
from .bodies import BARE_COLLECTIVE_HEADS, BODY_HEADS, PERSON_HONORIFICS, POSITION_HEADS
from .name_clauses import MEMBERSHIP_ROLES
from .names import FAMILY_NAMES, RANKS
from .positions import SIGNING_POSTS
from .post_shapes import AGENT_SYLLABLES, PASSIVE_WORDS, STAFF_HEADS, TENSE_WORDS

#: Headings of sections that state purposes and requirements, not assignments (folded; a heading is
#: skipped when every part of it is one of these: ``MỤC ĐÍCH, YÊU CẦU``, not ``MỤC TIÊU, NHIỆM VỤ``).
SKIP_SECTION_KEYS: tuple[str, ...] = (
    "muc dich",
    "yeu cau",
    "quan diem",
    "muc tieu",
    "chi tieu",
    "can cu",
    "dac diem",
    "thuc trang",
    "ket qua dat duoc",
    "tinh hinh",
    "nguyen tac",
    "doi tuong",
    "pham vi",
    "dia diem",
    "thanh phan",
    "muc dich yeu cau",
    "muc tieu chung",
    "muc tieu cu the",
    "yeu cau chung",
    # a regulation's scope and definitions articles (decision 16): ``Đối tượng và phạm vi điều chỉnh``, ``Giải
    # thích từ ngữ`` (``Doanh nghiệp cung cấp dịch vụ … là doanh nghiệp …``: a definition, no task)
    "pham vi dieu chinh",
    "pham vi ap dung",
    "doi tuong ap dung",
    "giai thich tu ngu",
)

#: The parts of a heading of purposes and requirements (folded): a named body's task in them counts (decision 5).
PURPOSE_SECTION_KEYS: tuple[str, ...] = ("muc dich", "yeu cau", "muc dich yeu cau", "yeu cau chung", "quan diem")
#: Class nouns whose requirement in a purposes section is no body's task (decision 5: ``Các đơn vị, cá nhân phải
#: …``, ``Cán bộ, công chức phải …``), in lower case with their marks.
GENERIC_CLASS_NAMES: tuple[str, ...] = (
    "cơ quan",
    "đơn vị",
    "tổ chức",
    "cá nhân",
    "cán bộ",
    "công chức",
    "viên chức",
    "người lao động",
    "người dân",
    "địa phương",
    "doanh nghiệp",
    "các cấp",
    "các ngành",
)

#: Headings of sections that list who attends or where (folded, prefix; ``ĐỊA BÀN ĐIỀU TRA``: places): no tasks.
SKIP_SECTION_PREFIXES = ("thanh phan", "so luong dai bieu", "dai bieu", "dia diem", "khach moi", "dia ban")
#: Duties named beside who attends or where (``Địa điểm và trách nhiệm thực hiện``, ``Thành phần và nhiệm vụ của Tổ
#: công tác``): the section assigns, whatever its first words.
DUTY_IN_HEADING = compiled(r"(?<![a-z])(?:trach nhiem|nhiem vu|phan cong|to chuc thuc hien)(?![a-z])")
#: The heading (folded) of a section of competences (decision 11: who may decide, approve or destroy what, not a
#: task): ``Điều 12. Thẩm quyền quyết định tiêu hủy …``, ``3. Phân cấp thẩm quyền phê duyệt …``; not a heading that
#: lists other topics beside it (``Thẩm quyền, trình tự, thời gian đánh giá``: its steps count, decision 3;
#: ``Thẩm quyền và trách nhiệm …``) or holds duties or steps (``… trách nhiệm``, ``… quy trình``).
COMPETENCE_HEADING = compiled(
    r"^(?:phan cap )?tham quyen(?![a-z])(?!\s*(?:[,;]|va ))"
    r"(?!.*(?:trach nhiem|nhiem vu|trinh tu|quy trinh|thu tuc))"
)

#: The heading (folded) of a section that reports what was done, in a report or at the start of a plan
#: (``I. KẾT QUẢ THỰC HIỆN NĂM 2025``, ``1. Tình hình triển khai``, ``III. ĐÁNH GIÁ CHUNG``, ``Những tồn tại,
#: hạn chế``, a Tờ trình's ``IV. QUÁ TRÌNH XÂY DỰNG DỰ THẢO``): what bodies did there are past actions.  A
#: result still to come (``Kết quả dự kiến``, ``Kết quả đầu ra``) is no report.
REPORT_HEADING = compiled(
    r"^(?:ket\s+qua(?!\s+(?:du\s+kien|can\s+dat|dau\s+ra|mong\s+doi|san\s+pham))"
    r"|tinh\s+hinh\s+(?:thuc\s+hien|trien\s+khai|va\s+ket\s+qua)"
    r"|danh\s+gia\s+(?:chung|tinh\s+hinh|ket\s+qua|viec\s+thuc\s+hien|thuc\s+hien)"
    r"|thuc\s+trang|qua\s+trinh\s+(?:xay\s+dung|soan\s+thao)|(?:nhung\s+)?(?:ton\s+tai|han\s+che)"
    r"|bai\s+hoc\s+kinh\s+nghiem|nhung\s+viec\s+da\s+lam)(?![a-z])"
)
#: The heading (folded) of a report's section that looks ahead (``IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026``,
#: ``V. KIẾN NGHỊ, ĐỀ XUẤT``, ``Nhiệm vụ trọng tâm thời gian tới``): in a Báo cáo only these assign or request.
FORWARD_HEADING = compiled(
    r"(?<![a-z])(?:phuong\s+huong|nhiem\s+vu|kien\s+nghi|de\s+xuat|de\s+nghi|giai\s+phap|to\s+chuc\s+thuc\s+hien"
    r"|ke\s+hoach|thoi\s+gian\s+toi|nam\s+toi)(?![a-z])"
)
#: What makes a heading that opens with a report look ahead as well (``KẾT QUẢ NĂM 2025 VÀ PHƯƠNG HƯỚNG NĂM
#: 2026``): its subsections are read by their own headings.
AHEAD_TOO = compiled(r"(?<![a-z])(?:phuong\s+huong|kien\s+nghi|de\s+xuat|thoi\s+gian\s+toi|nam\s+toi)(?![a-z])")


#: Verbs that give a member's line a duty, so that it stays a task (``Ông A – Tổ trưởng, chịu trách nhiệm
#: điều hành chung``); in lower case, as the name of a unit in a post is capitalised (``Phòng Theo dõi thi
#: hành pháp luật``, ``Ban Chỉ đạo``), and ``Tổ giúp việc`` is a name.
MEMBER_DUTY = compiled(
    r"(?<![\p{L}])(?:(?:chịu|có)\s+trách\s+nhiệm|(?:có|làm)\s+nhiệm\s+vụ|phụ\s+trách|điều\s+hành|tham\s+mưu|"
    r"chủ\s+trì|phối\s+hợp|thực\s+hiện|triển\s+khai|tổ\s+chức|chỉ\s+đạo|kiểm\s+tra|đôn\s+đốc|báo\s+cáo|"
    r"giúp(?!\s+việc)|theo\s+dõi|hướng\s+dẫn|xây\s+dựng)(?![\p{L}])"
)
_HONORIFIC = "|".join(
    regex.escape(h) for h in sorted({h.lower().rstrip(".") for h in PERSON_HONORIFICS}, key=lambda h: (-len(h), h))
)
#: A member of a body as a decision lists them: an honorific, the person's name and what follows it, the
#: post and the role (``Ông Nguyễn Văn A – Chủ tịch UBND xã – Tổ trưởng;``, ``Bà Trần Thị B - Phó Trưởng phòng
#: Tài chính, Tổ viên``), maybe after a label (``Tổ trưởng: Ông …``, ``c) Văn phòng UBND tỉnh: Ông …``).  No
#: task unless ``MEMBER_DUTY`` finds one in it, or a colon after the name gives one (``Đồng chí A - Phó Chủ
#: tịch UBND xã: Phụ trách chung``).
MEMBER_LINE = compiled(
    r"(?i)^\s*+(?:[^:;\n]{1,80}:\s*)?(?:" + _HONORIFIC + r")\.?\s+"
    r"(?-i:(?P<name>\p{Lu}\p{Ll}*+(?:\s+\p{Lu}\p{Ll}*+){1,4}))"
    # (how the post is held, right after the name: ``Thư ký Tổ: Bà A kiêm nhiệm.``)
    r"(?:\s+(?:kiêm\s+nhiệm|chuyên\s+trách|bán\s+chuyên\s+trách))?(?:\s*(?:[-–,(;.]|$)[^\n:]*)?$"
)
#: ... or, under a list's intro, the line with its commas lost (``- Bà Lâm Thị Kim Cúc Kiểm soát viên Công ty Phó Chủ
#: tịch Hội đồng``): an honorific, capitalised words, then whatever post and role.
ROSTER_LINE = compiled(
    # (the role first, its colon lost too: ``- Phó Trưởng tiểu ban Ông Lâm Văn Đực Công chức Văn hóa - Xã hội xã``)
    r"(?i)^\s*+(?-i:\p{Lu}\p{Ll}*+(?:\s+\p{Ll}+){0,3}(?:\s+\p{Lu}\p{Ll}*+(?:\s+\p{Ll}+){0,2}){0,2}\s+)?"
    r"(?:" + _HONORIFIC + r")\.?\s+(?-i:\p{Lu}\p{Ll}*+(?:\s+\p{Lu}\p{Ll}*+){2,}(?:\s+\S+)*)\s*[;.]?$"
)
#: ... or, under a list's intro, who is invited to send people, named after a colon (``Mời đại diện: Sở Tài chính,
#: …``, ``Đơn vị được mời cử người tham gia Đoàn: Công an tỉnh, …``): a roster too (decision 16), no one's task.
INVITED_LINE = compiled(
    r"(?i)^\s*+(?:(?:các\s+)?(?:đơn\s+vị|cơ\s+quan)\s+(?:được\s+)?mời|mời(?=\s+(?:đại\s+diện|tham\s+dự|tham\s+gia))"
    r"|khách\s+mời|thành\s+phần\s+mời)(?![\p{L}])[^:\n]{0,80}:\s*\S"
)
#: ... or, under a list's intro, members named by the bodies that send them after a role's label (``Thành viên: đại
#: diện Phòng Kinh tế và Hạ tầng, Công an huyện``, ``Ủy viên: lãnh đạo các phòng chuyên môn``): a roster (decision 16).
REPRESENTED_LINE = compiled(
    r"(?i)^\s*+[^:;\n]{1,40}:\s*(?:(?:đại\s+diện|lãnh\s+đạo)(?:\s+lãnh\s+đạo)?)\s+(?:các\s+)?\p{L}"
    r"(?![^\n]*?(?<![\p{L}])(?:chịu\s+trách\s+nhiệm|có\s+trách\s+nhiệm|phụ\s+trách)(?![\p{L}]))"
)
#: Posts a member listed by post may hold besides those that sign for a body (``tables.positions.SIGNING_POSTS``).
MEMBER_POSTS: tuple[str, ...] = (
    "Thủ tướng", "Ủy viên", "Uỷ viên", "Tổng Thanh tra", "Tổng Thư ký", "Chuyên viên", "Cán bộ", "Công chức",
)  # fmt: skip
#: A member named after the post (``- Bộ trưởng Bộ Tư pháp Nguyễn Văn A;``, ``Thứ trưởng Bộ Công an Thượng
#: tướng Nguyễn Văn B, Phó Trưởng Ban Chỉ đạo.``): a post first, a person's name (a family name first) last,
#: maybe with the role after it.  A member only under a ``MEMBER_LIST_INTRO``.
MEMBER_BY_POST = compiled(
    r"^(?:(?:Phó|Quyền)\s+)?(?:"
    + "|".join(sorted((*SIGNING_POSTS, *MEMBER_POSTS), key=lambda p: (-len(p), p)))
    + r")(?![\p{L}])[^\n]*?[\s,]\s*(?:(?:"
    + "|".join(RANKS)
    + r")\s+)?"
    r"(?P<name>(?:" + "|".join(sorted(FAMILY_NAMES, key=lambda n: (-len(n), n))) + r")(?:\s+\p{Lu}\p{Ll}*+){1,3})"
    r"(?:\s*[,–-]\s*(?:" + "|".join(MEMBERSHIP_ROLES) + r")(?:\s+\p{Lu}[^;.\n]*)?)?\s*[;.]?\s*$"
)
#: What opens the list of a body's members (``…, gồm các thành viên sau:``, ``gồm các ông (bà) có tên sau:``,
#: ``Thành phần Ban Chỉ đạo gồm:``, ``Các ủy viên Hội đồng, gồm:``, ``Các thành viên Ban Chỉ đạo:``); a body set up
#: over its roster (``Thành lập Tổ X gồm:``) is ``name_clauses.SET_UP_BODY``'s.
MEMBER_LIST_INTRO = gated(
    compiled(
        r"(?i)(?<![\p{L}])(?:gồm(?:\s+có)?\s+(?:các|những)\s+(?:ông|bà|đồng\s+chí|thành\s+viên|ủy\s+viên|uỷ\s+viên)"
        r"|(?:thành\s+phần|thành\s+viên|ủy\s+viên|uỷ\s+viên)(?:\s+[^\s:]+){0,6}?,?\s+gồm(?:\s+có)?\s*:?\s*$"
        r"|^(?:các\s+)?(?:thành\s+viên|ủy\s+viên|uỷ\s+viên)\s+(?:ban|tổ|hội\s+đồng|đoàn|ủy\s+ban|uỷ\s+ban|tiểu\s+ban)"
        r"(?:(?!trách\s+nhiệm|nhiệm\s+vụ|thực\s+hiện|làm\s+việc)[^:\n]){0,80}:?\s*$"
        # a body's composition over its roster, without ``gồm`` (``Thành phần Đoàn kiểm tra:``, ``Thành phần:``)
        r"|(?:^|(?<=[.;!?]\s))thành\s+phần(?:\s+[^\s:.;]+){0,6}?\s*:\s*$)"
    ),
    # ``gồm`` the first two branches, ``viên`` (thành viên, ủy viên) the third, ``phần`` the fourth
    "gồm",
    "viên",
    "phần",
)

#: A sentence ending a lead-in that lists a thing's parts (``Hồ sơ bao gồm:``, ``Thành phần hồ sơ gồm có:``,
#: ``Tài liệu gồm:``): the items below are the parts it lists, not tasks of a subject named before it.
CONTENTS_LIST_INTRO = gated(
    compiled(
        r"(?i)(?:^|[.;!?]\s+)(?:thành\s+phần\s+)?(?:hồ\s+sơ|tài\s+liệu|văn\s+bản|giấy\s+tờ|bộ\s+hồ\s+sơ)"
        r"(?:\s+[^\s:.;]+){0,6}?,?\s+(?:bao\s+)?gồm(?:\s+có)?\s*:?\s*$"
    ),
    "gồm",
)

#: Openers of an adverbial clause before the subject (``Căn cứ Kế hoạch này, các sở … xây dựng``, ``Quý
#: I/2027, các cơ quan … đánh giá``): the subject is looked for after the clause's comma.
ADVERBIAL_OPENER = compiled(
    r"(?i)^(?:căn\s+cứ|trên\s+cơ\s+sở|theo|trong|quý|tháng|năm|định\s+kỳ|hằng|hàng|sau\s+khi|trước|để|nhằm|"
    r"thực\s+hiện|từ|đến|ngay\s+sau|khi|nếu|bên\s+cạnh\s+đó|đồng\s+thời|ngoài\s+ra|mặt\s+khác|"
    # an exception first (``Trừ trường hợp sự cố bất khả kháng, giao …``, ``Ngoại trừ …,``, ``Trừ khi …,``)
    r"(?:ngoại\s+)?trừ(?:\s+(?:trường\s+hợp|khi))?|"
    r"trường\s+hợp|qua|sau|chậm\s+nhất|kết\s+thúc|hết|cuối|đầu|giữa|mỗi|ngay\s+khi|khi|trong\s+thời\s+hạn|"
    r"(?:riêng\s+)?đối\s+với|với|"  # (``Với những bến đò ngang …, Thanh tra Sở kiểm tra …``: as ``Đối với``)
    # a time, an occasion, a basis or a measure the clause is read by (``Vào đầu mỗi tháng,``, ``Nhân dịp Tết …,``, not
    # ``Nhân dân``; ``Kể từ ngày …,``, ``Dựa trên …,``, ``Tùy theo tình hình,``, ``Cùng với …,``, ``Thông qua …,``)
    r"vào|kể\s+từ|bắt\s+đầu\s+từ|dựa\s+(?:trên|vào)|tùy\s+theo|tuỳ\s+theo|cùng\s+với|song\s+song\s+với|thông\s+qua"
    r"|nhân\s+(?:dịp|ngày|kỷ\s+niệm|lễ)|dịp"
    # a time limit (``Không quá 03 ngày làm việc kể từ …,``, ``Không muộn hơn 15 ngày …,``)
    r"|(?:không\s+(?:quá|muộn\s+hơn|chậm\s+hơn)|tối\s+đa)\s+\d"
    # another's assent it acts on (``Được sự thống nhất của Ban Thường vụ Huyện ủy, …``, ``Được sự đồng ý của …,``)
    r"|được\s+sự\s+(?:thống\s+nhất|đồng\s+ý|chấp\s+thuận|cho\s+phép|chỉ\s+đạo|ủy\s+quyền|uỷ\s+quyền)"
    # under another's direction (``Dưới sự chỉ đạo thống nhất của Ban Chỉ đạo …, Sở A …``)
    r"|dưới\s+sự\s+(?:chỉ\s+đạo|lãnh\s+đạo|hướng\s+dẫn|điều\s+hành|điều\s+phối|giám\s+sát)"
    # on another's behalf (``Thay mặt Ủy ban nhân dân tỉnh, Sở Ngoại vụ gửi …``, ``Nhân danh …,``): who acts follows
    r"|thay\s+mặt|nhân\s+danh"
    # how often (``Cứ 02 ngày một lần …,``, ``Cứ mỗi quý,``)
    r"|cứ"
    # where it applies (``Ở những xã có trên 30% diện tích nhiễm rầy, …``, ``Tại các điểm tiêm chủng, …``)
    r"|ở|tại|trên\s+địa\s+bàn"
    # outside hours or days (``Ngoài giờ hành chính và vào các ngày nghỉ, …``), not ``Ngoài ra`` alone (above)
    r"|ngoài\s+(?:giờ|thời\s+gian|ngày|các\s+ngày|ca)"
    # a span before or after an event (``Một tuần trước ngày thi,``, ``03 ngày làm việc sau khi nhận hồ sơ,``)
    r"|(?:một|hai|ba|bốn|\d{1,3})\s+(?:ngày|tuần|tháng|giờ)(?:\s+làm\s+việc)?\s+(?:trước|sau))(?![\p{L}])"
)
#: The ordinal words an enumerated item opens with (``Thứ nhất, Sở Du lịch …``, ``Thứ hai, …``; ``Một là, Trạm Y tế
#: …``, ``Hai là, …``, with their comma), and the item they open: its own, also when its line's end has no stop.
_ORDINAL_WORDS = (
    r"(?:Thứ[ \t]+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)"
    r"|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)[ \t]+là(?=[ \t]*,))"
)
ORDINAL_ITEM = compiled(_ORDINAL_WORDS + r"[ \t]*,")
#: A connective that ties a sentence to the one before (``Vì vậy,``, ``Do đó,``, ``Tuy nhiên,``), or an item's ordinal
#: words (in any case): no subject's word.
CONNECTIVE = compiled(
    r"(?i)^(?:vì\s+(?:vậy|thế)|do\s+(?:vậy|đó)|bởi\s+vậy|cho\s+nên|tuy\s+nhiên|như\s+vậy|vậy|"
    + _ORDINAL_WORDS
    + r")(?![\p{L}])[ \t]*,?[ \t]*"
)
#: ``Đối với`` + a name and nothing after it but a colon (``Đối với UBND thị trấn:`` over its items): no leading
#: clause but whom the items are addressed to, as ``Giao`` + a name is; a comma after it (``Đối với …, X thực hiện``)
#: makes it a clause again.
ADDRESSED_LEAD_IN = compiled(r"(?i)^(?:riêng\s+)?đối\s+với\s+[^\s,;:.()][^,;:.()\n]{0,80}?[ \t]*:?[ \t]*$")
#: ``(Riêng) đối với`` opening a sentence: after its clause's comma stands who acts (``Đối với các xã khó khăn, Sở Y
#: tế cử cán bộ …``); the clause's noun is what it concerns, no subject.
CONCERNING = compiled(r"(?i)^(?:riêng\s+)?đối\s+với(?![\p{L}])")
#: A condition and its ``thì`` before the main clause (``Đối với vụ việc ở nơi công tác thì cơ quan … có trách nhiệm
#: xác minh``, ``Trường hợp … thì Tổ kiểm phiếu đếm …``): the subject begins after ``thì``.
CONDITION_THEN = compiled(r"(?i)^(?:đối\s+với|trường\s+hợp|nếu|khi)(?![\p{L}])[^.;:]{1,300}?\sthì\s+(?=\p{L})")
#: The closing formula's condition of difficulties (``nếu có khó khăn, vướng mắc``, ``khi có phát sinh``), whose
#: nouns end where the subject begins, with or without a comma (``… vướng mắc các cơ quan, đơn vị kịp thời phản ánh``).
DIFFICULTY_CONDITION = compiled(
    r"(?i)(?<![\p{L}])(?:nếu|khi|trường\s+hợp)\s+(?:có\s+(?:(?:khó\s+khăn|vướng\s+mắc|phát\s+sinh|bất\s+cập|sai\s+sót|"
    r"vấn\s+đề\s+phát\s+sinh|vấn\s+đề\s+mới)(?:\s*,\s*|\s+(?:hoặc|và)\s+|\s+))+"
    # ``nếu thấy cần sửa đổi, bổ sung`` + the subject: an amendment needed, the document's own
    r"|(?:thấy\s+)?cần\s+(?:phải\s+)?(?:(?:sửa\s+đổi|bổ\s+sung|điều\s+chỉnh)(?:\s*,\s*|\s+(?:hoặc|và)\s+|\s+(?=\p{L})))+"
    r"(?=(?-i:các|những|Các|Những|\p{Lu}))"
    r")"
)
#: An item's run-in heading that states a case (``- Đối với hồ sơ tranh chấp:``, ``+ Nếu hồ sơ hợp lệ:``,
#: ``- Trường hợp thiếu giấy tờ:``): what follows says what to do then, so the item is a task of whoever the
#: sentence above it names, the case part of it.
CASE_HEADING = compiled(r"(?i)^(?:đối\s+với|trường\s+hợp|nếu|riêng\s+đối\s+với)(?![\p{L}])")
#: At most this many characters of adverbial clause before the subject.
ADVERBIAL_MAX_CHARS = 300

#: What may follow the names in an assignee heading, so that its tasks are the items below it:
#: ``a) Sở Tài chính chủ trì, phối hợp các sở, ban, ngành``, ``2. Công an tỉnh có trách nhiệm:``.
ROLE_AFTER_SUBJECT = compiled(
    r"(?i)(?:là\s+(?:cơ\s+quan|đơn\s+vị)\s+(?:chủ\s+trì|thường\s+trực|đầu\s+mối)\s*+,?\s*+)?"
    r"(?:(?:chủ\s+trì|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|thực\s+hiện|triển\s+khai|phối\s+hợp"
    r"|(?:là|làm)\s+đầu\s+mối)"  # (the focal point, as ``chủ trì``: ``X làm đầu mối, phối hợp với Y …:``)
    r"(?:\s+(?:thực\s+hiện|triển\s+khai))?)?"
    r"(?:\s*+,?\s*+(?:phối\s+hợp|phối\s+hợp\s+với|phối\s+hợp\s+cùng|cùng|với)\s+.+)?"
    r"(?:\s*+(?:các\s+)?(?:nhiệm\s+vụ|nội\s+dung|công\s+việc|hoạt\s+động)(?:\s+(?:sau|như\s+sau|cụ\s+thể))?)?\s*+:?"
)

#: A heading that gives a body's duties (``Điều 3. Nhiệm vụ và quyền hạn của Ban Chỉ đạo``, ``2. Trách nhiệm
#: của Sở Y tế``, ``Điều 7. Nhiệm vụ, quyền hạn chung của Đảng uỷ viên``): the body after it is the assignee of the items below, as under ``2. Sở Y tế:``.
DUTIES_OF = compiled(
    r"(?i)^(?:(?:chức\s+năng\s*,\s*)?nhiệm\s+vụ(?:\s*(?:,|và)\s*(?:quyền\s+hạn|trách\s+nhiệm))?"
    r"|trách\s+nhiệm(?:\s*(?:,|và)\s*(?:nhiệm\s+vụ|quyền\s+hạn))?)(?:\s+(?:cụ\s+thể|chung))?\s+của\s+(?=\p{L})"
)

#: What a right to act is of (``ACTING_RIGHT``): a function, a duty, a power, or the field or area it covers.
_ACTING_SCOPE_NOUN = (
    r"chức\s+năng|nhiệm\s+vụ|quyền\s+hạn|thẩm\s+quyền|lĩnh\s+vực|địa\s+bàn|ngành|phạm\s+vi\s+quản\s+lý"
    # the management a level is given and what it answers for (``theo phân cấp quản lý và phạm vi trách nhiệm của
    # mình``); not ``theo phân cấp`` alone, a budget's (``theo phân cấp ngân sách``)
    r"|phân\s+cấp\s+quản\s+lý(?!\s+ngân\s+sách)|phạm\s+vi\s+trách\s+nhiệm"
    # what is in its charge (``trong phạm vi quản lý của mình``)
    r"|(?<=phạm\s+vi\s+)quản\s+lý"
)

#: A phrase between a subject and its verb that says by what right it acts (``Sở Kế hoạch và Đầu tư, Sở Tài
#: chính theo chức năng, nhiệm vụ tích cực hướng dẫn …``, ``UBND các xã, trong phạm vi thẩm quyền, chỉ đạo …``):
#: skipped, so that the verb after it is the predicate; ``quản lý (nhà nước)`` is the function's, not a task.
ACTING_RIGHT = compiled(
    # each of the subjects in its own (``mỗi cơ quan trong phạm vi quản lý của mình``)
    r"(?i)\s*,?\s*(?:(?:mỗi|từng)\s+(?:cơ\s+quan|đơn\s+vị|địa\s+phương|ngành|cấp|bên)\s+)?"
    r"(?:theo|trong\s+phạm\s+vi|căn\s+cứ|thực\s+hiện\s+đúng"
    # what it acts on, of its field and area (``đối với biển quảng cáo thuộc lĩnh vực, địa bàn do mình quản lý``)
    r"|(?P<acted_on>đối\s+với\s+(?:\p{Ll}+\s+){1,6}?thuộc))\s+"
    # the right, or the field and area it covers (``theo lĩnh vực, địa bàn``, ``theo ngành, lĩnh vực``; not
    # ``theo phân cấp``, which a budget follows as often), one to four of them
    r"(?:" + _ACTING_SCOPE_NOUN + r")(?:(?:\s*,\s*|\s+và\s+|\s+)(?:" + _ACTING_SCOPE_NOUN + r")){0,3}"
    r"(?:\s+(?:được\s+(?:giao|phân\s+công)\s+)?(?:quản\s+lý(?:\s+nhà\s+nước)?|phụ\s+trách))?"
    r"(?:\s+(?:được\s+(?:giao|phân\s+công)|của\s+(?:mình|đơn\s+vị|ngành)|(?:được\s+)?(?:pháp\s+luật\s+)?quy\s+định"
    r"|do\s+mình\s+quản\s+lý))?"
    # (what it acts on only with whose field it is: not ``đối với dự án thuộc thẩm quyền quyết định …``, a competence)
    r"(?(acted_on)(?<=mình\s+quản\s+lý|được\s+giao|phân\s+công))"
    # the plan that gives it (``được giao tại Kế hoạch này``), or the document by its number, day and issuer
    # (``… được phân công tại Quyết định số 418/QĐ-UBND ngày 12/3/2030 của Ủy ban nhân dân tỉnh``)
    r"(?:\s+(?:tại|trong|theo)\s+(?:kế\s+hoạch|quyết\s+định|chương\s+trình|đề\s+án|văn\s+bản)"
    r"(?:\s+này|\s+số\s+\d+[\p{L}\d/.\-–]*(?:\s+ngày\s+\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4})?"
    r"(?:\s+của\s+(?:Chủ\s+tịch\s+)?(?:Ủy\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND|Thủ\s+tướng\s+Chính\s+phủ"
    r"|Chính\s+phủ)(?:\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|xã|phường))?)?))?"
    # then the predicate, or the sentence's end (``Cơ quan thực hiện: Các sở theo chức năng, nhiệm vụ quản lý được giao.``)
    r"\s*,?(?=\s+\p{Ll}|\s*[.;]?\s*$)"
)

#: What a subject has, counted (``có 03 phòng``, ``hiện có 03 cảng cá``), or must have at least (``có tối thiểu 02
#: năm kinh nghiệm``, ``có ít nhất 05 thành viên``): a description or a criterion, never a task (decision 16).
HAS_COUNTED = (
    r"(?:hiện\s+(?:nay\s+)?|đã\s+)?có\s+(?:\d|khoảng\s+\d|tổng\s+(?:số\s+)?\d|trên\s+\d|gần\s+\d|hơn\s+\d"
    r"|tối\s+thiểu\s+\d|ít\s+nhất\s+\d)"
    # ... or what it is doing now, counted (``… hiện đang nuôi dưỡng 142 đối tượng``, ``… hiện phụ trách 19 trạm …``):
    # its state, not a task (not ``hiện đại hóa``, ``hiện thực hóa``: verbs of a task)
    r"|hiện\s+(?!đại|thực)(?:nay\s+)?(?:đang\s+)?(?:\p{Ll}+\s+){1,3}(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d"
    # ... or the standards it must meet (``Báo cáo viên pháp luật phải có đủ các tiêu chuẩn sau:``): criteria
    r"|(?:phải\s+)?(?:có|đáp\s+ứng)\s+(?:đủ\s+)?(?:các\s+)?(?:tiêu\s+chuẩn|điều\s+kiện)(?:\s+sau)?\s*:"
)

#: A clause set between commas after the subject, before its verb (``Sở Tài chính, trên cơ sở đề xuất của các cơ
#: quan, đơn vị, chủ trì …``, ``Sở Nội vụ, là cơ quan thường trực, hướng dẫn …``): skipped up to the comma after
#: which the predicate goes on, at most ``ADVERBIAL_MAX_CHARS`` on.
#: A condition set between a subject and its verb without commas, in the course of the work (``Đoàn kiểm tra`` +
#: ``trong quá trình kiểm tra nếu có vướng mắc thì`` + ``báo cáo …``; ``… nếu có khó khăn, vướng mắc`` + ``kịp thời
#: báo cáo …``): what follows is the subject's predicate, and the condition part of its task. ``trong`` alone opens
#: no predicate (``Các doanh nghiệp trong khu công nghiệp``).
CONDITION_AFTER_SUBJECT = compiled(
    r"(?i)\s*trong\s+quá\s+trình(?![\p{L}])[^.;:]{0,120}?\s+(?:(?:nếu|khi)(?![\p{L}])[^.;:]{1,240}?\s+thì"
    r"|nếu\s+có\s+(?:khó\s+khăn|vướng\s+mắc|phát\s+sinh)(?:\s*,\s*(?:khó\s+khăn|vướng\s+mắc))?)\s*,?\s+(?=\p{Ll})"
)
INSERTED_CLAUSE = compiled(
    r"(?i)\s*,\s*(?:trên\s+cơ\s+sở|căn\s+cứ|trong\s+phạm\s+vi|trong\s+khuôn\s+khổ|sau\s+khi|khi|trong\s+quá\s+trình|"
    r"tùy\s+theo|tuỳ\s+theo|ngoài|bên\s+cạnh|"
    r"dựa\s+trên|với\s+vai\s+trò|là\s+(?:cơ\s+quan|đơn\s+vị)"
    # when, even out of hours (``…, kể cả vào ngày nghỉ, ngày lễ, duy trì …``), not more members (``kể cả các đơn vị …``)
    r"|kể\s+cả(?=\s+(?:vào|trong|ngoài|khi|những\s+ngày|ngày|ban\s+đêm))"
    # with or under whom it works (``…, với sự phối hợp của Công an tỉnh, kiểm tra …``: the partners set aside)
    r"|(?:với|có|dưới)\s+sự\s+(?:phối\s+hợp|tham\s+gia|hỗ\s+trợ|giúp\s+đỡ|chỉ\s+đạo|hướng\s+dẫn)"
    # by what document or guidance they act (``…, theo Quy chế phối hợp số 07/QCPH …, kiểm soát …``), not ``theo dõi``
    r"|theo(?=\s+(?:(?-i:\p{Lu})|(?:quy\s+(?:chế|định|trình)|hướng\s+dẫn|kế\s+hoạch|chỉ\s+đạo|đề\s+nghị|đề\s+xuất)(?![\p{L}]))))"
    r"(?![\p{L}])"
)
#: Words right after a name that make it not the subject of a task: ``UBND tỉnh về việc …``,
#: ``Sở Nội vụ tại Tờ trình …``; where it belongs or how much it gets (``Văn phòng Ủy ban nhân dân … thuộc Ủy ban
#: nhân dân các tỉnh``, ``Ủy ban nhân dân cấp huyện tối thiểu 80m2``, 111); where they work.
NOT_A_PREDICATE = compiled(
    r"(?:(?:của|về|trong|tại|theo(?!\s+dõi)|để|đối\s+với|trên|và|thì|đã|đang|(?<!(?:thực|thể|xuất|phát)\s)hiện(?!\s+(?:đại|thực)\s+hóa)|do|cho(?!\s+(?:ý\s+kiến|vay|mượn|thuê))|từ|đến(?!\s+(?:từng|tận)\s)|ngày|năm|số(?!\s+hóa)|gồm|"
    r"như|tháng|thuộc|"
    r"tối\s+thiểu|tối\s+đa)(?![\p{L}])"
    r"|được\s+(?!giao|phân\s+công)|là\s+(?!cơ\s+quan|đơn\s+vị|đầu\s+mối|thường\s+trực|bộ\s+phận)"
    # a passive after its tense (``Sở Y tế sẽ được bổ sung biên chế``), not one that assigns (``sẽ được giao …``)
    + r"|(?:"
    + "|".join(TENSE_WORDS)
    + r")\s+(?:"
    + "|".join(PASSIVE_WORDS)
    + r")\s+(?!giao|phân\s+công)"
    # what it is now (``… hiện là chủ đầu tư của 03 dự án``, ``hiện nay là đơn vị quản lý …``): a description
    r"|(?:hiện|hiện\s+nay|hiện\s+đang)\s+là(?![\p{L}])"
    # where they work (``Cán bộ, công chức làm việc tại bộ phận một cửa chịu sự quản lý …``, 111): with a duty after
    # it the clause is the name's (``WORKPLACE_CLAUSE``), without one no task
    r"|(?:làm\s+việc|công\s+tác)\s+tại(?![\p{L}])"
    # how it works (``… làm việc theo chế độ kiêm nhiệm``, ``… theo Quy chế hoạt động``): a description (decision 16),
    # unless a clause after a semicolon gives it a task (``…; thực hiện …``, decision 14)
    r"|(?:hoạt\s+động|làm\s+việc)\s+theo\s+(?i:chế\s+độ|nguyên\s+tắc|quy\s+chế)(?![\p{L}])(?![^;\n]*;)"
    # what a body has, counted: a description (``Trung tâm … có 03 phòng chuyên môn``, ``… hiện có 03 cảng cá``), or
    # what one must have (``Tổng giám đốc có tối thiểu 02 năm kinh nghiệm``: a criterion), not a task
    r"|" + HAS_COUNTED + ")"
)

#: Words in a section heading that make its ``Đối với X:`` items criteria (tiêu chuẩn khen thưởng), not
#: assignments (folded).
CRITERIA_SECTION_WORDS: tuple[str, ...] = ("tieu chuan", "tieu chi", "dieu kien", "doi tuong", "hinh thuc khen")

#: Who may be rewarded, after ``Đối với`` in a section of criteria (``b) Đối với cá nhân:``, ``Đối với tập thể``,
#: ``Đối với hộ gia đình``), folded: that part states who qualifies, not a task.  Not ``Đối với khen thưởng cấp
#: huyện`` (a kind of award).
AWARDEE_CLASS = compiled(r"^(?:cac\s+)?(?:tap the|ca nhan|ho gia dinh|to chuc|don vi|doanh nghiep|co quan)\b")

#: A sentence ending in ``:`` that hands the items below it to its subject (``có trách nhiệm:``,
#: ``thực hiện các nhiệm vụ sau:``).
TASK_LIST_INTRO = compiled(
    r"(?i)(?:trách\s+nhiệm|nhiệm\s+vụ|công\s+việc|chủ\s+trì|phối\s+hợp|triển\s+khai|liên\s+quan|"
    # (``… tiến hành các việc sau:``, ``… thực hiện các phần việc dưới đây:``: the work's other words)
    # (``… đảm trách các phần việc dưới đây:``, ``… đảm nhận các việc sau:``: taking the work on)
    r"(?:thực\s+hiện|làm|tiến\s+hành|đảm\s+(?:trách|nhận|nhiệm))(?:\s+(?:các|những|một\s+số))?"
    r"(?:\s+(?:nội\s+dung|nhiệm\s+vụ|công\s+việc|phần\s+việc|việc|hoạt\s+động))?"
    # ``… tập trung thực hiện một số nội dung trọng tâm sau:``, ``… thực hiện tốt các nhiệm vụ, giải pháp chủ yếu sau
    # đây:`` (not ``đề nghị UBND tỉnh xem xét một số nội dung sau:``, which asks another)
    r"|(?:thực\s+hiện|tập\s+trung|triển\s+khai)(?:\s+tốt)?(?:\s+(?:các|những|một\s+số))?\s+"
    r"(?:nội\s+dung|nhiệm\s+vụ|giải\s+pháp|công\s+việc|việc)(?:,\s+giải\s+pháp)?"
    r"(?:\s+(?:trọng\s+tâm|chủ\s+yếu|cụ\s+thể|trọng\s+điểm))?\s+sau(?:\s+đây)?)"
    # (``… làm những việc dưới đây:``: below, as ``sau đây``)
    r"(?:\s+(?:sau(?:\s+đây)?|như\s+sau|dưới\s+đây|cụ\s+thể(?:\s+(?:như\s+)?sau)?))?\s*:\s*$"
)
#: Where a list stands, maybe said to be listed there (``sau``, ``dưới đây``, ``được liệt kê dưới đây``, ``nêu
#: sau``).
_LISTED_BELOW = (
    r"(?:\s+(?:được\s+)?(?:liệt\s+kê|nêu|ghi|trình\s+bày))?\s+(?:sau(?:\s+đây)?|như\s+sau|dưới\s+đây)"
    # and by when, all of them (``… những việc sau trong tháng 02/2049:``)
    r"(?:,?\s+(?:trong|trước|chậm\s+nhất)\s+[^:,;.\n]{3,40}?)?"
)
#: ... or whatever the subject does ``như sau:``, in the sentence that names it (``Ban Thường trực … thực hiện
#: chế độ báo cáo … bằng văn bản như sau:``, 102): its items are that subject's tasks too.
AS_FOLLOWS_INTRO = compiled(
    r"(?i)(?<=[\p{L}\p{N})])\s+(?:như\s+sau|sau\s+đây"
    # ``… triển khai phong trào thi đua với các nội dung sau:`` (decision 10): the subjects' items, and the task
    # before it theirs too (decision 4)
    # (``… thông qua việc tham dự các hoạt động sau:``: the list hangs on a verb after the preposition)
    r"|(?:(?:với|theo|gồm|bao\s+gồm|thông\s+qua|qua)\s+(?:việc(?:\s+\p{Ll}+){1,3}\s+)?)?"
    r"(?:(?:các|những|một\s+số)\s+(?:nội\s+dung|nhiệm\s+vụ|hoạt\s+động|phần\s+việc|việc"
    # ``… xử lý theo quy trình sau:``, ``… theo các bước sau:``: the steps it follows are its tasks
    r"|công\s+việc|bước|biện\s+pháp|giải\s+pháp)|(?:các\s+)?(?:quy\s+trình|trình\s+tự))"
    r"(?:\s+(?:chính|cụ\s+thể|chủ\s+yếu|trọng\s+tâm))?" + _LISTED_BELOW + r")"
    r"\s*:\s*$"
)
#: The frame of a lead-in that names what its subject takes on whatever its verb (``X đảm nhiệm các việc sau:``, ``X
#: ưu tiên giải quyết những phần việc dưới đây:``): the list's noun, which no name holds; the verb is the word before.
LIST_OBJECT_FRAME = compiled(
    r"(?i)(?<=[ \t])(?:các|những|một\s+số)\s+(?:việc|phần\s+việc|công\s+việc|nhiệm\s+vụ)"
    r"(?:\s+(?:chính|cụ\s+thể|chủ\s+yếu|trọng\s+tâm))?" + _LISTED_BELOW + r"\s*:?\s*$"
)  # (a heading is read without its colon)
#: A task sentence that ends by saying its items specify it (``… rà soát danh mục thuốc, cụ thể:``, ``… nâng cao
#: chất lượng; trong đó lưu ý:``): the items below are its subject's tasks, whatever their labels (``a)``, ``-``),
#: and the words before it a task of their own (decisions 4 and 10).
SPECIFIED_BELOW = compiled(
    r"(?i)[,;]\s*(?:trong\s+đó(?:\s*,)?(?:\s+(?:cụ\s+thể|lưu\s+ý|chú\s+ý|tập\s+trung))?|cụ\s+thể|lưu\s+ý|chú\s+ý)"
    r"(?:\s+(?:là|như\s+sau))?\s*:\s*$"
)
#: A purpose clause that hands the summing-up to the body a report goes to (``… báo cáo kết quả về Sở Khoa học và
#: Công nghệ để tổng hợp, báo cáo UBND tỉnh``, decision 15): ``để`` + ``tổng hợp`` and what follows, the body
#: before it after ``về``/``cho``/``đến``/``tới`` or a verb of sending (``PURPOSE_OPENER``), then at most a bracket
#: and a time (``PURPOSE_PARTY_TAIL``).
PURPOSE_TASK = compiled(r"(?i),?\s+để\s+(?P<task>tổng\s+hợp(?![\p{L}])[^.;]*)")
PURPOSE_OPENER = compiled(r"(?i)(?<![\p{L}])(?:về|cho|đến|tới|gửi|báo\s+cáo|phản\s+ánh)\s+")
PURPOSE_PARTY_TAIL = compiled(r"(?i)\s*(?:\([^()]*\)\s*)?(?:(?:trước|chậm\s+nhất|trong)\s[^,;()]*)?$")
#: A step's label before an item's sentence (``Bước 1:``, ``Bước II -``): it names the step, not who takes it.
STEP_LABEL = compiled(r"(?i)^\s*bước\s+(?:\d+|[IVX]+)\s*[:.)–-]\s*")
#: An item that is a task done in a case (``a) Trường hợp hồ sơ chưa đủ thì hướng dẫn bổ sung …``, ``b) Đối với
#: các loại công việc … thì tiếp nhận …``): lettered, under a lead-in's colon, it goes on with the lead-in's subject.
CONDITIONAL_TASK = compiled(r"(?:Trường\s+hợp|Đối\s+với|Khi|Nếu)\s[^.;:\n]{3,240}?\s+thì\s+(?=\p{Ll})")
#: ... unless what stands before it only says the subject does its duties (``… thực hiện nhiệm vụ, quyền hạn theo quy
#: định tại Nghị định …, cụ thể như sau:``): the items are the duties, the words before them no task (decision 11).
DUTIES_ONLY = compiled(
    r"(?i)^(?:thực\s+hiện\s+|có\s+)?(?:các\s+)?(?:chức\s+năng|nhiệm\s+vụ|quyền\s+hạn|trách\s+nhiệm)(?![\p{L}])"
)
#: ... unless the subject reports what follows (``Sở Công Thương báo cáo UBND tỉnh cụ thể như sau:``, 49): the
#: items are what it found, not its tasks.
REPORTS_WHAT_FOLLOWS = compiled(r"(?i)^\s*(?:xin\s+|kính\s+)?(?:báo\s+cáo|trình\s+bày|thông\s+báo)(?![\p{L}])")

#: ``phối hợp (chặt chẽ, thường xuyên …) (với|cùng) X``: X is a support assignee of the task.
PARTNER = compiled(
    r"(?i)(?<![\p{L}])phối\s+hợp(?:"
    # how closely, in any one or two words in lower case when ``với`` follows (``phối hợp nhanh chóng với``), or from
    # when or along what, in up to five (``phối hợp ngay từ khâu chuẩn bị với``, ``phối hợp theo từng tuyến thu gom
    # với``) ...
    r"\s+(?-i:(?!với\b)\p{Ll}+(?:\s+(?!với\b)\p{Ll}+)?"
    # (a word of closeness before when: ``phối hợp thường xuyên trong mùa cao điểm với``; twenty-eighth twins of L1)
    r"|(?:(?:thường\s+xuyên|chặt\s+chẽ|kịp\s+thời)\s+)?(?:ngay|từ|trong|trước|theo)(?:\s+(?!với\b)\p{Ll}+){1,5}"
    # ... or how well, after ``có`` (``phối hợp có hiệu quả với``, ``phối hợp có trách nhiệm với``)
    r"|có(?:\s+(?!với\b)(?-i:\p{Ll})+){1,2})\s+với"
    # ... or in the words of closeness, ``với`` or not (``phối hợp thường xuyên với``, ``phối hợp chặt chẽ, kịp thời
    # với``)
    r"|(?:,?\s+(?:chặt\s+chẽ|thường\s+xuyên|tích\s+cực|kịp\s+thời|đồng\s+bộ|nhịp\s+nhàng|hiệu\s+quả)){0,2}"
    r"(?:\s+(?:với|cùng)"
    # ... or the cooperation of whom, a noun after ``sự`` (``với sự phối hợp (chặt chẽ) của X``)
    r"|(?<=(?<![\p{L}])sự\s+phối\s+hợp(?:,?\s+\p{Ll}+){0,4})\s+của)?)\s+"
)
#: Partners named before their role after a comma (``X là cơ quan chủ trì, Y và Z là cơ quan phối hợp, thực hiện …``):
#: the names between the comma and ``là cơ quan phối hợp`` support the task as after ``phối hợp với``.
PARTNERS_BEFORE_ROLE = compiled(
    r"(?i),[ \t]*(?P<names>\p{Lu}[^;:]{2,200}?)[ \t]+là[ \t]+(?:các[ \t]+)?(?:cơ[ \t]+quan|đơn[ \t]+vị)[ \t]+phối[ \t]+hợp"
    r"(?![\p{L}])"
)
#: ... unless what follows names nobody (``phối hợp với nhau``, ``với các cơ quan chủ trì``).
#: Nouns that make ``phối hợp`` a word of a noun phrase (``quy chế phối hợp với X``, ``chương trình phối hợp với X``:
#: a text both sign, decision 8), just before it: no partner.
PARTNER_IN_NOUN = compiled(
    r"(?i)(?<![\p{L}])(?:quy\s+chế|chương\s+trình|kế\s+hoạch|cơ\s+chế|thỏa\s+thuận|thoả\s+thuận|biên\s+bản|"
    r"quan\s+hệ|văn\s+bản|quy\s+trình|phương\s+án|hợp\s+đồng|nghị\s+quyết\s+liên\s+tịch"
    # a group, with the words that say which (``danh sách tổ tự quản phối hợp với …``; not ``tổ chức``, ``đoàn kết``)
    r"|(?:tổ|nhóm|đoàn|lực\s+lượng)(?:\s+(?!(?:chức|kết)(?![\p{L}]))(?-i:\p{Ll}+)){0,2}"
    # a meeting held together (``duy trì hội nghị giao ban phối hợp với …``, ``cuộc họp phối hợp với …``)
    r"|hội\s+nghị(?:\s+giao\s+ban)?|giao\s+ban|cuộc\s+họp|hội\s+thảo"
    r"|(?:biên\s+)?bản\s+ghi\s+nhớ"
    # a model, a scheme, an activity, a criterion of working together (``nghiên cứu mô hình phối hợp với …``, ``dự
    # thảo Đề án phối hợp với …``, ``tiêu chí đánh giá hoạt động phối hợp với …``)
    r"|mô\s+hình|đề\s+án|hoạt\s+động|tiêu\s+chí|mẫu\s+biểu|hình\s+thức"
    # a skill or a capacity of working together (``bồi dưỡng kỹ năng phối hợp với …``, ``năng lực phối hợp với …``)
    r"|kỹ\s+năng|năng\s+lực"
    # a script, a schedule of working together (``hoàn thiện kịch bản phối hợp với …``, ``thống nhất lịch phối hợp với …``)
    r"|kịch\s+bản|lịch(?:\s+trình)?"
    # the work or the tasks done together (``hướng dẫn công tác phối hợp với …``, ``danh mục nhiệm vụ phối hợp với …``)
    # (not ``có nhiệm vụ phối hợp``, ``được giao nhiệm vụ phối hợp``: a duty, the verb's)
    r"|công\s+tác|(?<!(?:có|giao)\s+)nhiệm\s+vụ|công\s+việc"
    # a channel and what passes on it, a rule of duties (``duy trì kênh trao đổi thông tin phối hợp với …``, ``Quy
    # định trách nhiệm phối hợp với …``; not ``có trách nhiệm phối hợp``, ``chịu trách nhiệm …``: a duty, the verb's)
    r"|kênh|thông\s+tin|(?<!(?:có|chịu|giao)\s+)trách\s+nhiệm"
    # a covenant or a pledge both sign (``ký kết giao ước phối hợp với …``, ``bản cam kết phối hợp với …``)
    r"|giao\s+ước|cam\s+kết"
    # the coordination itself, nominalised (``sơ kết việc phối hợp với …``, ``đánh giá việc phối hợp với …``)
    r"|việc"
    # a list, directory, network, clause or handbook of working together (``danh sách đầu mối …``, ``danh bạ các đầu
    # mối …``, ``mạng lưới cộng tác viên …``),
    # the state of it (``tình hình phối hợp với …``), a plan made with it (``phương án … có sự phối hợp với …``)
    r"|(?:danh\s+sách|danh\s+bạ|mạng\s+lưới|sổ\s+tay)(?:\s+(?-i:\p{Ll}+)){0,3}|điều\s+khoản|nội\s+dung|tình\s+hình|có\s+sự"
    # a text made with someone's cooperation (``Phương án được xây dựng với sự phối hợp của …``): how it was made
    r"|được(?:\s+(?-i:\p{Ll}+)){1,3}\s+(?:với|có)\s+sự"
    # a text's title, capitalised, and its words (``dự thảo Quy trình luân chuyển hồ sơ phối hợp với …``), the course of
    # working together (``trong quá trình phối hợp với …``), the units whose duty it is, named as an object (``… của
    # những đơn vị được giao nhiệm vụ phối hợp với Sở``; twenty-seventh twins of L1)
    r"|(?-i:Quy\s+trình|Quy\s+chế|Quy\s+định|Chương\s+trình|Kế\s+hoạch|Đề\s+án)(?:\s+(?-i:\p{Ll}+)){1,5}|quá\s+trình"
    r"|của\s+(?:các|những)(?:\s+(?-i:\p{Ll}+)){1,3}\s+được\s+(?:giao|phân\s+công)(?:\s+nhiệm\s+vụ)?)"
    # the kind of text it is, between the noun and ``phối hợp`` (``Chương trình liên tịch phối hợp với …``, ``kế
    # hoạch liên ngành phối hợp với …``)
    r"(?:\s+(?:liên\s+tịch|liên\s+ngành|hành\s+động))?(?:\s+chung)?\s+$"
)
PARTNER_NOT = compiled(r"(?i)(?:nhau|các\s+cơ\s+quan\s+chủ\s+trì|cơ\s+quan\s+chủ\s+trì)")
#: ... or the one who works with them is the superior the task advises (``tham mưu Ủy ban nhân dân tỉnh phối hợp
#: Bộ Y tế triển khai …``: Bộ Y tế is the province's partner, not the Sở's); ``body`` is checked to be names only.
ADVISED_BEFORE = compiled(r"(?i)(?<![\p{L}])tham\s+mưu\s+(?:cho\s+)?(?P<body>[^,;.:]{2,80}?)\s*$")

#: An assignment line or bracket: ``Đơn vị chủ trì: X; Đơn vị phối hợp: Y, Z``, ``(Cơ quan chủ trì: X;
#: cơ quan phối hợp: Y)``, ``Chủ trì: X``.
ASSIGNMENT_LINE = compiled(
    r"(?i)(?<![\p{L}])(?:(?:cơ\s+quan|đơn\s+vị|bộ\s+phận)\s+)?(?:chủ\s+trì|thực\s+hiện)(?:\s+thực\s+hiện)?\s*:\s*"
    r"(?P<lead>[^;)\n]+?)\s*(?:[;.)]|$)"
    r"(?:\s*(?:(?:cơ\s+quan|đơn\s+vị|bộ\s+phận)\s+)?phối\s+hợp(?:\s+thực\s+hiện)?\s*:\s*(?P<support>[^;)\n]+?)\s*(?:[;.)]|$))?"
)

#: A cell line that is a person's name: two to five capitalised syllables, nothing else (``Đỗ Mạnh Cường``).
PERSON_NAME_LINE = compiled(r"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$")


#: A cell that opens with a body's or a post's head (``Sở Y tế``, ``Các phòng``, ``UBND các xã``, ``Phó Giám đốc``):
#: names, not a task of its own.
NAME_CELL_START = compiled(
    r"^\W*(?:(?:các|Các|CÁC)\s+(?:"
    + "|".join(regex.escape(h) for h in sorted(BARE_COLLECTIVE_HEADS, key=lambda h: (-len(h), h)))
    + r")|(?:(?:các|Các|CÁC)\s+)?(?:"
    + "|".join(
        regex.escape(h) for h in sorted({*(h for h, _k in BODY_HEADS), *POSITION_HEADS}, key=lambda h: (-len(h), h))
    )
    + r"))(?![\p{L}])"
)

#: What follows a subject to describe it, not to give it a task (decision 16): what it is (``Thư ký Hội đồng là
#: giáo viên …``; not ``là cơ quan thường trực``, a role) or what it has, counted (``Trung tâm có 03 phòng``).
DESCRIBES_SUBJECT = compiled(
    r"là\s+(?!cơ\s+quan|đơn\s+vị|đầu\s+mối|thường\s+trực|bộ\s+phận)"
    r"|"
    + HAS_COUNTED
    # what it is made of, by whom it is made, how it works (``Tổ thẩm định gồm có …``, ``… do Giám đốc Sở quyết
    # định thành lập``, ``… hoạt động theo chế độ kiêm nhiệm``): composition, no task (decision 16)
    + r"|(?:bao\s+)?gồm(?![\p{L}])"
    r"|do\s+[^,;.]{1,80}?(?:thành\s+lập|bổ\s+nhiệm|ban\s+hành|cử|quyết\s+định\s+thành\s+lập)(?![\p{L}])"
    r"|(?:hoạt\s+động|làm\s+việc)\s+theo\s+(?i:chế\s+độ|nguyên\s+tắc|quy\s+chế)(?![\p{L}])"
)

#: A predicate that opens with a role word (``chủ trì``, ``có trách nhiệm``, ``là cơ quan thường trực``).
ROLE_START = compiled(
    r"(?:chủ\s+trì|phối\s+hợp|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|là\s+(?:cơ\s+quan|đơn\s+vị|"
    r"đầu\s+mối|bộ\s+phận)|được\s+giao|tham\s+mưu|thực\s+hiện)(?![\p{L}])"
)

#: Where a closing sentence parts into clauses, each of which may request something of someone (``Yêu cầu
#: các sở … triển khai thực hiện; đề nghị Ủy ban MTTQ … phối hợp thực hiện``).
CLAUSE_SPLIT = compiled(r";\s*|,\s*(?=(?:kính\s+)?(?:đề\s+nghị|yêu\s+cầu)\s)")
#: A request inside a sentence, before the ones asked (``… nếu có vướng mắc đề nghị các bộ phận …``).
#: Not right after a document's noun (``Hồ sơ đề nghị Chủ tịch UBND tỉnh tặng Bằng khen``, ``Tờ trình đề nghị …``):
#: what the document proposes, no one asked.
REQUEST_WORD = compiled(
    r"(?<![\p{L}])(?<!(?i:hồ\s+sơ|tờ\s+trình|văn\s+bản|công\s+văn|danh\s+sách|biên\s+bản|phiếu)\s+)"
    r"(?:kính\s+)?(?:đề\s+nghị|yêu\s+cầu)\s+(?=các\s|\p{Lu})"
)
#: The nouns ``giao`` opens (``giao dịch``, ``giao thông``, ``giao lưu``, ``giao ban``): no one handed a task.
GIAO_NOUN_TAILS: tuple[str, ...] = ("dịch", "thông", "lưu", "ban", "tiếp", "thừa", "hữu", "lộ", "thoa", "kết", "cắt")
#: ... and in a closing sentence, where ``giao`` hands a task too (``Giao Công an tỉnh …``), not where it opens a noun
#: (``các doanh nghiệp có giao dịch điện tử …``).
REQUEST_IN_SENTENCE = compiled(
    r"(?i)(?<![\p{L}])(?:kính\s+)?(?:đề\s+nghị|yêu\s+cầu|giao(?!\s+(?:"
    + "|".join(GIAO_NOUN_TAILS)
    + r")(?![\p{L}])))\s+"
)
#: ``giao`` (``phân công``, ``yêu cầu``, ``đề nghị``) after a subject: the one given the task leads it (``Chủ
#: tịch UBND tỉnh giao Sở Nội vụ chủ trì``, ``UBND Thành phố yêu cầu các Sở … triển khai``); ``đề nghị`` asks, also
#: after the issuer's report in its own voice (``Sở Nội vụ kính báo cáo và kính đề nghị UBND tỉnh xem xét …``, issue
#: 53: the Sở's proposal to its superior, not a task of the Sở).
DELEGATION = compiled(
    r"\s*(?:giao|phân\s+công|yêu\s+cầu|(?P<request>(?:kính\s+báo\s+cáo\s*(?:và|,)\s*)?(?:kính\s+)?đề\s+nghị))"
    r"(?:\s+cho)?\s+"
)
#: A request in the honorific an issuer writes to a body above it (``Kính đề nghị UBND tỉnh …``, ``… kính báo cáo
#: và kính đề nghị UBND tỉnh …``, ``Kính trình Thủ tướng Chính phủ …``), right before the name of the one asked:
#: in a letter sent to that body (``Kính gửi``) it is the issuer's proposal, not a task of the body (issue 53).
HONORIFIC_REQUEST = compiled(r"(?i)(?<![\p{L}])kính\s+(?:báo\s+cáo\s*(?:và|,)\s*(?:kính\s+)?)?(?:đề\s+nghị|trình)\s+$")
#: The keys (``chars.match_key``) of the bodies a letter asks upward: a people's committee or council, its chair,
#: the Government and the Prime Minister, a Party committee (``uy ban nhan dan tinh ha giang``); not a Sở beside
#: the issuer, whose part in a letter's request is its work to do.
SUPERIOR_BODY_KEY = compiled(
    r"^(?:chu tich\s+)?(?:uy ban nhan dan|hoi dong nhan dan|chinh phu|thu tuong|(?:tinh|thanh|huyen) uy)(?:\s|$)"
)
#: Where the subject may begin after an adverbial clause: after its comma or semicolon, at ``các``,
#: ``những`` or a capital (``Căn cứ Kế hoạch này, các sở …``), or at an opener before them (``Trường hợp có
#: vướng mắc, giao Văn phòng Sở …``).
CLAUSE_START = compiled(
    r"[,;]\s*(?=các\s|Các\s|những\s|\p{Lu}|(?:giao|đề\s+nghị|yêu\s+cầu)\s+(?:cho\s+)?(?:các\s|\p{Lu})"
    r"|(?:tỉnh|thành\s+phố)\s+\p{Lu}"
    # a staff post written in lower case before its capitalised field (``…, công chức Văn hóa - Xã hội kiểm tra …``;
    # twenty-seventh twins of A4)
    r"|(?:công\s+chức|cán\s+bộ|viên\s+chức|nhân\s+viên)\s+\p{Lu})"
)
#: A province or centrally run city written as the actor of a sentence (``thành phố Đà Nẵng cần tập trung …``,
#: ``Tỉnh Lào Cai khẩn trương …``: a notice of conclusions addressing a locality): its level word and its name
#: (``extract.name_forms.place_subject_at`` asks the gazetteer), then a word that opens what it is to do.
PLACE_SUBJECT = compiled(r"(?P<level>[Tt]ỉnh|[Tt]hành\s+phố)\s+(?P<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})")
PLACE_PREDICATE = compiled(
    r"\s+(?:cần|phải|chủ\s+động|khẩn\s+trương|tập\s+trung|tiếp\s+tục|có\s+trách\s+nhiệm|chỉ\s+đạo|chủ\s+trì"
    r"|sớm|quan\s+tâm|nghiên\s+cứu|rà\s+soát|đẩy\s+mạnh|tăng\s+cường)(?!\p{L})"
)
#: A line that names who is in charge, not a task: ``Lãnh đạo phụ trách: …``, ``Người theo dõi: …``,
#: ``Đơn vị chủ trì: …`` (read as an assignment line).
IN_CHARGE = compiled(
    r"(?i)^(?:(?:lãnh\s+đạo|người)\s+(?:phụ\s+trách|theo\s+dõi)|(?:(?:cơ\s+quan|đơn\s+vị|bộ\s+phận)\s+)?"
    r"(?:chủ\s+trì|phối\s+hợp|thực\s+hiện)(?:\s+thực\s+hiện)?)\s*:"
)
#: ``Lãnh đạo phụ trách:`` anywhere in a task's text: that part is not the task.
IN_CHARGE_LINE = compiled(r"(?i)lãnh đạo phụ trách\s*:")
#: A criterion under ``Đối với tập thể:`` (``Có kết quả …``, ``Đạt danh hiệu …``): not a task.
CRITERIA = compiled(r"(?:Có|Đạt|Được|Là)\s")
#: A ``Người thực hiện`` cell: a person's name, after an honorific (``tables.bodies.PERSON_HONORIFICS``), with
#: the post after a dash, comma or bracket: ``Đỗ Mạnh Cường``, ``Ông Vũ Việt Linh - Phó Trưởng phòng``.
PERSON_CELL = compiled(
    r"^(?:(?:"
    + "|".join(
        regex.escape(h) for h in sorted({h.lower().rstrip(".") for h in PERSON_HONORIFICS}, key=lambda h: (-len(h), h))
    )
    # every syllable of a person's name capitalised (``Nguyễn Văn An``), whatever the honorific's case: a cell in
    # sentence case says how the row is assigned (``Theo phân công``), no one's name
    + r")\.?\s+)?(?P<name>(?-i:\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}))(?:\s*[-,(]\s*(?P<post>[^;)]+)\)?)?$",
    regex.IGNORECASE,
)

#: A report's section of recommendations to its superiors (``IV. KIẾN NGHỊ``, ``III. ĐỀ XUẤT, KIẾN NGHỊ``): what
#: it asks there is the issuer's proposal, not a task given (issue 41).
RECOMMENDATIONS_HEADING = compiled(r"(?i)(?<![\p{L}])(?:kiến\s+nghị|đề\s+xuất)(?![\p{L}])")
#: A ``Nội dung`` field that only elaborates its item (``- Nghị định xử phạt …`` / ``+ Nội dung: bao gồm quy
#: định chi tiết khoản 7 Điều 8 …``): the task is the item's own line.
ELABORATION_START = compiled(r"(?i)^\s*(?:bao\s+gồm|gồm(?:\s+có)?|trong\s+đó)(?![\p{L}])")
#: A role in brackets after a name in a who-field's value (``Sở Khoa học và Công nghệ (chủ trì); Ủy ban nhân dân các
#: xã, phường (phối hợp)``): the name's role there, whatever the field's label says.
ROLE_IN_BRACKETS = compiled(r"(?i)\s*\(\s*(?P<role>chủ\s+trì|phối\s+hợp)\s*\)\s*[.;]?\s*$")
#: A post or a person a labelled field names by an honorific (``Đơn vị chủ trì: Đồng chí Phó Chủ tịch Thường
#: trực``, ``Đơn vị phối hợp: Các đ/c Phó Chủ tịch, các đồng chí Chuyên viên``): decision 7 drops the honorific and
#: keeps a plural's ``Các``; what the honorific opens is a post (or a person) whatever its head word.
FIELD_HONORIFIC = compiled(r"(?i)\s*(?P<plural>(?:các|những)\s+)?(?:" + _HONORIFIC + r")\.?\s*(?=\p{L})")
#: A list mark opening a line of a cell or a field's value (``- Sở A;`` / ``+ Sở B``): each line its own item.
FIELD_LIST_MARK = compiled(r"(?m)^[ \t]*[-–+•][ \t]+")
#: Where a field's list of names parts (``Các đ/c Phó Chủ tịch, Trưởng đoàn thể xã; Văn phòng và Công an xã``), a
#: list mark opening a line of a cell or value too (``- Sở A;`` / ``- Sở B``, with its line's end and punctuation).
FIELD_LIST_SEPARATOR = compiled(r"[ \t]*[,;]?\s*(?m:^)[ \t]*[-–+•][ \t]+|\s*[,;]\s*(?:[-–+•][ \t]+)?|\s+và\s+")
#: The predicate of a lead-in by which its subject decides what the items say (``Ủy ban Thường vụ Quốc hội quyết
#: định sắp xếp … như sau:``, ``Hội đồng nhân dân tỉnh quyết nghị:``, ``UBND tỉnh phê duyệt danh mục … như sau:``): the
#: items are the decision's content, no task of that subject.
DECISION_LEAD_IN = compiled(r"(?i)^[\s,]*(?:quyết\s+định|quyết\s+nghị|phê\s+duyệt|công\s+nhận|thông\s+qua)(?![\p{L}])")
#: What opens a field's value or a lead cell that names nobody (a reference, a time, a refusal, a manner): never
#: read as a name by where it stands.
NOT_A_NAME_START = compiled(
    r"(?i)(?:như\s+trên|theo|căn\s+cứ|hằng|hàng|thường\s+xuyên|định\s+kỳ|năm|quý|tháng|tuần|ngày|trước|sau|từ|đến|"
    r"trong|không|chưa|đã|đang|sẽ|các\s+nội\s+dung|nội\s+dung|ghi\s+chú|kinh\s+phí|nguồn|bằng|thời\s+gian|"
    r"tổng|cả\s+năm|liên\s+tục|kịp\s+thời|đồng\s+thời|ngoài\s+ra|trường\s+hợp|nếu|khi"
    # a contact's labels (a web page's furniture read as a table)
    r"|e-?mail|điện\s+thoại|địa\s+chỉ|fax|website|mã\s+số)(?![\p{L}])"
)
#: The scope of a post after its comma (``Phó Chủ tịch UBND xã, phụ trách lĩnh vực văn hóa - xã hội``): part of
#: the post's name in a field, not a second name.  Matched where the item after the comma starts.
POST_SCOPE = compiled(r"(?i)phụ\s+trách(?![\p{L}])")
#: The heading of the item that says how a topic's activities are carried out (``b) Cách thức tổ chức``,
#: ``Phân công thực hiện``, ``Tổ chức thực hiện``) over one sentence of who does them; as a part's heading (``II. THỜI
#: GIAN VÀ TRÁCH NHIỆM THỰC HIỆN``) never a task; ``Cách thức phân công``, ``Chủ thể thực hiện`` (who acts: twenty-seventh
#: twins of T3).
MANNER_HEADING = compiled(
    r"(?i)^\s*(?:(?:cách|phương)\s+thức\s+(?:tổ\s+chức|thực\s+hiện|triển\s+khai|phân\s+công)"
    r"|(?:(?:thời\s+gian|tiến\s+độ|kinh\s+phí)\s*(?:,|và)\s*)?(?:tổ\s+chức|phân\s+công|trách\s+nhiệm)\s+(?:thực\s+hiện|triển\s+khai)"
    r"|phân\s+công(?:\s+nhiệm\s+vụ)?"
    r"|(?:đơn\s+vị|cơ\s+quan|chủ\s+thể)\s+(?:thực\s+hiện|tổ\s+chức|đảm\s+nhận|đảm\s+nhiệm|phụ\s+trách))"
    # the time after the assignment (``Phân công và thời gian``, ``Tổ chức thực hiện, tiến độ hoàn thành``)
    r"(?:\s*(?:,|và)\s*(?:thời\s+gian|tiến\s+độ)(?:\s+(?:thực\s+hiện|hoàn\s+thành))?)?\s*:?\s*$"
)
#: A place's own name closing a heading in capitals read as running text (``… tỉnh lạc giang``): the words after a
#: singular level (not ``các xã ven biển``, ``cấp xã``; not the ``xã`` of ``xã hội`` or ``hợp tác xã``), to be
#: capitalised back (``tỉnh Lạc Giang``).
PLACE_NAME_AT_END = compiled(
    r"(?<![\p{L}])(?<!(?:các|những|cấp|mỗi|hợp[ \t]+tác|thông[ \t]+tấn)[ \t]+)"
    r"(?:thành[ \t]+phố|thị[ \t]+trấn|thị[ \t]+xã|đặc[ \t]+khu|tỉnh|huyện|quận|xã(?![ \t]+hội(?![\p{L}]))|phường"
    # a region named for its place (``Chi cục Hải quan khu vực Lũng Ngọc``, ``Thuế khu vực …``)
    r"|khu[ \t]+vực)"
    r"(?P<place>(?:[ \t]+\p{Ll}+){1,4})(?=[ \t]*[:.]?[ \t]*$)"
)
#: The activities a who-sentence covers, said in the passive before who does them (``Các hoạt động tại điểm a do`` +
#: ``Sở Y tế chủ trì thực hiện``, ``Các nội dung trên do …``): what follows ``do`` is read as the active sentence.
#: The nouns that name the activities an item lists (``hoạt động``, ``nội dung``, ``nhiệm vụ`` …).
_ACTIVITY_NOUNS = r"(?:hoạt\s+động|nội\s+dung|nhiệm\s+vụ|công\s+việc|phần\s+việc|việc)"
PASSIVE_WHO = compiled(
    r"(?i)^\s*(?:(?:các|những)\s+)?" + _ACTIVITY_NOUNS + r"(?:\s+[^\s,;.:]+){0,8}?\s+do\s+(?=\p{Lu})"
)
#: What a person is, in lower case, set off by commas after the person's name (``Ông Giàng A Sình`` + ``, người có uy
#: tín bản Lử Thàng,`` + ``hỗ trợ …``): the person is the subject, the apposition no task's word.
#: The apposition opens with a staff noun (``post_shapes.STAFF_HEADS``), a noun an agent's syllable closes
#: (``chuyên viên``, ``giáo viên``, ``thôn trưởng``) or a village elder (``già làng``); a post in capitals is
#: ``post_set_off``'s (``, Trưởng bản Háng Tơ,``).
PERSON_APPOSITION = compiled(
    r"\s*,\s*(?:"
    + "|".join(h.replace(" ", r"\s+") for h in sorted(STAFF_HEADS, key=len, reverse=True))
    + r"|\p{Ll}+\s+(?:"
    + "|".join(AGENT_SYLLABLES)
    + r")|già\s+làng)(?![\p{L}])[^,;:.\n]{1,60},\s*"
)
#: A sentence about the activities listed above, no who-sentence (``Các nội dung trên được lồng ghép với Chương trình
#: …``, twenty-seventh twins of T3): it says nothing of who does them, and the who-sentence after it still does.
ACTIVITIES_REMARK = compiled(
    r"(?i)^\s*(?:các|những)\s+"
    + _ACTIVITY_NOUNS
    + r"\s+(?:trên|nêu\s+trên|nói\s+trên|tại\s+điểm\s+\p{L})(?![\p{L}])(?!\s+do\s)"
)
#: The partners of a who-sentence named first, with their cooperation (``Với sự phối hợp của`` + ``Hội Liên hiệp Phụ
#: nữ tỉnh và …`` + ``, Sở Y tế chủ trì thực hiện …``): whom it names up to the comma before the subject support it.
FRONTED_PARTNERS = compiled(
    r"(?i)^\s*(?:cùng\s+)?(?:với|có)\s+sự\s+(?:phối\s+hợp|tham\s+gia)(?:,?\s+(?-i:\p{Ll})+){0,3}?\s+của\s+(?=\p{Lu}|các\s)"
)
#: A role a subject states before the partners and the generic verb of a sentence that only says who does what is
#: listed elsewhere (``Sở A chủ trì, phối hợp với Sở B tổ chức thực hiện.``).
WHO_ROLE = compiled(
    r"(?i)^(?:là\s+(?:cơ\s+quan|đơn\s+vị)\s+(?:chủ\s+trì|thường\s+trực|đầu\s+mối)"
    # (``trực tiếp chủ trì thực hiện``: in a manner; ``được giao chủ trì triển khai``: the passive, twenty-ninth T3)
    r"|(?:được\s+(?:giao|phân\s+công)\s+)?(?:(?:trực\s+tiếp|chủ\s+động)\s+)?(?:chủ\s+trì|phụ\s+trách)"
    # (``có trách nhiệm chủ trì tổ chức thực hiện``: the duty and the role stated together; twenty-seventh twins of T3)
    r"|(?:chịu|có)\s+trách\s+nhiệm(?:\s+(?:chủ\s+trì|phụ\s+trách))?)(?![\p{L}])"
)
#: The generic verb that closes such a sentence: ``tổ chức thực hiện``, ``triển khai thực hiện``, ``thực hiện các
#: nội dung trên``, also done in a manner (``trực tiếp triển khai``, ``chủ động thực hiện``); nothing of a task of its own.
GENERIC_EXECUTION = compiled(
    r"(?i)(?:(?:(?:trực\s+tiếp|chủ\s+động|khẩn\s+trương)\s+)?(?:tổ\s+chức|triển\s+khai|thực\s+hiện)(?:\s+(?:thực\s+hiện|triển\s+khai))?"
    r"(?:\s+(?:(?:các|những)\s+)?(?:nội\s+dung|hoạt\s+động|nhiệm\s+vụ|công\s+việc|phần\s+việc|việc)"
    r"(?:\s+(?:trên|này|nêu\s+trên|ở\s+trên"
    # or where the plan lists them (``… các nội dung tại điểm a khoản này``, ``… các việc nêu tại điểm a``)
    r"|(?:(?:nêu|quy\s+định|đề\s+ra)\s+)?tại\s+(?:điểm|khoản|mục|phần)\s+[\p{L}\d.]+"
    r"(?:\s+(?:khoản|mục|điều|phần)\s+(?:này|[\p{L}\d.]+))*))?)?)?"
)
#: A dash after a name that says what the body is in the plan (``Sở Công Thương - Cơ quan thường trực Tổ công tác``,
#: ``Sở Tài chính – cơ quan đầu mối của Ban Chỉ đạo``): an apposition, not a task.
APPOSITION = compiled(
    r"(?i)\s*[-–—]\s*(?:là\s+)?(?:cơ\s+quan|đơn\s+vị|bộ\s+phận|đầu\s+mối|thường\s+trực|nơi|địa\s+bàn|địa\s+phương)"
    r"(?![\p{L}])[^.;:!?]{0,120}?[:.]?\s*"  # (``UBND các xã biên giới - nơi có 14 đường mòn …``: where it is)
)
#: What follows the subject of a sentence that makes it a partner of what its item lists (``Sở C phối hợp thực
#: hiện.``, ``Hội Nông dân tỉnh phối hợp.``).
SUPPORT_ONLY = compiled(
    r"(?i)\s*,?\s*(?:tham\s+gia\s+)?phối\s+hợp(?:\s+(?:tổ\s+chức\s+)?(?:thực\s+hiện|triển\s+khai))?\s*[.;]?\s*"
)
# --- two tasks in one item (decision 14; ``extract/sentences.py``) ------------------------------------------

#: Where a task's text parts into sentences: a full stop after a word of two or more small letters (``… báo
#: cáo. Tổ chức …``, ``… Lâm Đồng. Xây dựng …``), a number (``… năm 2026. Rà soát …``) or a closing bracket or
#: quote, then a capital.  Not after an abbreviation (``TP. Hồ Chí Minh``, ``ThS. Nguyễn``, ``v.v. Các``), not
#: inside a number (``1.500 tỷ``).
TASK_SENTENCE_END = compiled(r"(?<=(?:(?<![\p{L}.])\p{Lu}?\p{Ll}{2,}|\p{N}|[)\]”\"'’]))[.!?]\s+(?=\p{Lu})")
#: Words that may stand before the verb a sentence of a task opens with: a joiner (``Đồng thời, …``), a time
#: (``Hằng năm, …``, ``Định kỳ 6 tháng, …``, ``Trước ngày 15/12 hằng năm …``) or ``phải``/``cần``.
TASK_OPENER_LEAD = compiled(
    r"(?i)(?:(?:đồng\s+thời|ngoài\s+ra|bên\s+cạnh\s+đó|mặt\s+khác|sau\s+đó|tiếp\s+theo"
    r"|định\s+kỳ(?:\s+(?:\d+|hai|ba|sáu)\s+tháng(?:\s+một\s+lần|/\s*lần)?)?|(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)"
    r"|(?:trước|chậm\s+nhất|trong)\s+(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?"
    r"|(?:hoặc|và)\s+đột\s+xuất"  # ``Hằng năm hoặc đột xuất báo cáo …``
    r"|phải|cần)(?![\p{L}])[\s,;]*)+"
)
#: Adverbs of manner that open a task as its verb does (``Kịp thời phát hiện …``, ``Chủ động nắm tình hình …``):
#: a small word follows.
TASK_MANNER_OPENER = compiled(
    r"(?i)(?:kịp\s+thời|chủ\s+động|khẩn\s+trương|tích\s+cực|nghiêm\s+túc|kiên\s+quyết|thường\s+xuyên|tiếp\s+tục)"
    r"\s*,?\s+(?=(?-i:\p{Ll}))"
)
#: Role words that open a task as its verb does (``Chủ trì, phối hợp với Sở Y tế xây dựng …``, ``Phối hợp với
#: … tổ chức …``, ``Có trách nhiệm hướng dẫn …``).
TASK_ROLE_OPENER = compiled(r"(?i)(?:chủ\s+trì|phối\s+hợp|có\s+trách\s+nhiệm|được\s+giao)(?![\p{L}])")
#: Sentences that open with a task verb's words but give no task: a document named (``Quyết định này có hiệu
#: lực …``, ``Báo cáo số 12 …``), a note (``Ghi chú: …``), a time alone (``Hoàn thành trước ngày 30/6/2026.``,
#: ``Hoàn thành trong quý II``), a body named by what it does (``Tổ chức chính trị - xã hội …``), what one answers
#: for (``chịu trách nhiệm về việc báo cáo …``, ``Chịu trách nhiệm trước …``).
NOT_A_TASK_OPENER = compiled(
    r"(?i)(?:(?:quyết\s+định|báo\s+cáo|kế\s+hoạch)\s+(?:này|số|\d)|ghi\s+chú"
    r"|hoàn\s+thành\s*(?::|trước|trong|vào|chậm\s+nhất|xong|năm|quý|tháng|ngày|\d)"
    r"|tổ\s+chức\s+(?:đảng|chính\s+trị|đoàn\s+thể|xã\s+hội|hội|thực\s+hiện\s*:)"
    r"|chịu\s+trách\s+nhiệm\s+(?:về|trước))(?![\p{L}])"
)
