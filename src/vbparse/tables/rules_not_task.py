"""The rules that keep something from being a task (``not_task.*``) and the resolver's drop, each with its invented
examples: records of ``tables/rules.py`` kept apart (what is no task, beside what is one)."""

from __future__ import annotations

import regex

from ..pattern_cache import compiled, gated
from .bodies import REGULATED_ACTORS
from .rule_records import E, ObligationRule, TaskTest

#: A liability clause, not a task (``chịu trách nhiệm trước Chủ tịch UBND tỉnh …``, ``… nếu để xảy ra …``,
#: ``chịu trách nhiệm về kết quả …``, ``về tính chính xác của số liệu``, a sanction: ``vi phạm … bị xử lý theo
#: quy định``): what a document orders is a task verb; answering for the outcome is none.  ``chịu trách nhiệm
#: tham mưu …`` or ``về việc phân bổ kinh phí`` is a task.
LIABILITY = gated(
    compiled(
        r"(?i)(?:^|(?<=[;,.]\s{0,3}))(?:phải\s+|hoàn\s+toàn\s+)?chịu\s+trách\s+nhiệm\s+(?:toàn\s+diện\s+|hoàn\s+toàn\s+)?"
        r"(?:trước|nếu|về\s+(?:kết\s+quả|tính\s+(?:chính\s+xác|trung\s+thực|hợp\s+pháp|pháp\s+lý)|số\s+liệu))(?![\p{L}])"
        r"|(?<![\p{L}])nếu\s+để\s+(?:xảy\s+ra|chậm\s+trễ)"
        r"|(?:^|(?<=[;,.]\s{0,3}))(?:nếu\s+|mà\s+)?(?:có\s+hành\s+vi\s+)?vi\s+phạm(?![\p{L}])[^;]*?(?<![\p{L}])(?:thì\s+)?"
        r"(?:sẽ\s+)?bị\s+(?:xem\s+xét\s+)?(?:xử\s+lý|truy\s+cứu)"
        r"|(?:^|(?<=[;,.]\s{0,3}))(?:sẽ\s+)?bị\s+(?:xem\s+xét\s+)?(?:xử\s+lý|truy\s+cứu)"
        # a duty denied (``không chịu trách nhiệm do … không cung cấp …``): an exemption, no task
        r"|(?:^|(?<=[;,.]\s{0,3}))(?:không|chưa)\s+(?:phải\s+)?(?:chịu|có)\s+trách\s+nhiệm(?![\p{L}])"
    ),
    # the branches' words: ``chịu`` trách nhiệm ``trước`` / ``về`` kết quả … / ``nếu``; ``nếu`` để xảy ra; ``bị`` ``xử``
    # lý / ``bị`` ``truy`` cứu (after a vi phạm or alone).  Most tasks hold ``chịu`` (chịu trách nhiệm chủ trì) or
    # ``bị`` (thiết bị, chuẩn bị) alone
    ("chịu", "trước"),
    ("chịu", "về"),
    "nếu",
    ("bị", "xử"),
    ("bị", "truy"),
    ("không", "trách"),
    ("chưa", "trách"),
)
_LIABILITY = ObligationRule(
    "not_task.liability",
    "liability or a duty denied, not a task (``chịu trách nhiệm trước … nếu để xảy ra …``, ``không chịu trách nhiệm``)",
    (
        E(
            "1. Giám đốc các sở chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra sai phạm.\n",
            "Giám đốc các sở",
        ),
        E(
            "2. Chủ tịch UBND các xã chịu trách nhiệm trước pháp luật nếu để xảy ra lấn chiếm đất công.\n",
            "Chủ tịch UBND các xã",
        ),
        E("3. Trung tâm Lưu trữ không chịu trách nhiệm do đơn vị nộp hồ sơ chậm.\n", "Trung tâm Lưu trữ"),
    ),
    ("1. Sở Tài chính có trách nhiệm thẩm định dự toán kinh phí.\n",),
    test=TaskTest(LIABILITY, "cut"),
)

#: A verb marked past at the start of a task (``Đã tham mưu UBND tỉnh ban hành …``, ``Trong năm 2025, đã tổ
#: chức 05 lớp …``, ``vừa ban hành …``): what was done, not what is to be done.  ``đã`` further on (``các nhiệm
#: vụ đã được giao``) is not the task's main verb; ``vừa … vừa …`` is "both … and …".
PAST_ACTION = compiled(
    r"(?i)^(?:(?:trong|năm|sau|qua|từ|đến|thời\s+gian\s+qua|tính\s+đến|trước|quý|tháng)(?![\p{L}])[^,;:]{0,80},\s*)?"
    r"(?:đã|vừa(?!.*(?<![\p{L}])vừa(?![\p{L}])))\s+\p{Ll}"
)

_PAST_ACTION = ObligationRule(
    "not_task.past_action",
    "what was done, not what is to be done (``Đã tham mưu …``, ``vừa ban hành …``)",
    (
        E("1. Sở Nội vụ\n- Đã tham mưu UBND tỉnh ban hành quy chế.\n- Rà soát quy chế.\n", "Sở Nội vụ"),
        E(
            "2. Công an tỉnh\n- Trong năm 2025, đã tổ chức 05 lớp tập huấn.\n- Tăng cường tuần tra.\n",
            "Công an tỉnh",
        ),
    ),
    ("1. Sở Nội vụ\n- Tham mưu UBND tỉnh thay thế quy chế đã ban hành.\n",),
    test=TaskTest(PAST_ACTION, "match"),
)

#: A reward or a sanction for a condition, not a task (``… hoàn thành tốt các nhiệm vụ … được xem xét, khen
#: thưởng hàng năm``, ``có hành vi vi phạm … thì coi là không hoàn thành nhiệm vụ``; 111, the Quy chế một cửa):
#: what the subject is to do is none of it.
REWARD_CLAUSE = compiled(
    r"(?i)^(?:hoàn\s+thành\s+(?:tốt|xuất\s+sắc)|có\s+(?:thành\s+tích|năng\s+lực|hành\s+vi))(?![\p{L}])"
    r".*?(?<![\p{L}])(?:được\s+(?:xem\s+xét\s*,?\s*|đề\s+nghị\s+|xét\s+)?(?:khen\s+thưởng|biểu\s+dương|bổ\s+nhiệm|tặng)"
    r"|coi\s+là\s+không\s+hoàn\s+thành|bị\s+(?:xem\s+xét\s+)?xử\s+lý)",
    regex.DOTALL,
)

_REWARD = ObligationRule(
    "not_task.reward",
    "a reward for a condition (``… hoàn thành tốt nhiệm vụ được xem xét khen thưởng``), not a task",
    (
        E("1. Các tập thể hoàn thành xuất sắc nhiệm vụ được xem xét, khen thưởng.\n", "Các tập thể"),
        E("2. Cán bộ, công chức có thành tích xuất sắc được đề nghị tặng Bằng khen.\n", "Cán bộ, công chức"),
    ),
    ("1. Sở Nội vụ tổng hợp danh sách đề nghị khen thưởng.\n",),
    test=TaskTest(REWARD_CLAUSE, "match"),
)

#: A task that is only a member of a roster (``Bí thư Đảng uỷ: Đồng chí ......``, ``Thư ký: Bà Lê Thị Hoa``): who
#: holds a post, by an honorific and a name or the blank left for it, not a task (decision 18: rosters); matched whole.
ROSTER_ENTRY = compiled(
    r"(?i)\s*(?:đồng\s+chí|đ/c|ông|bà)\.?\s*(?:[.…_ ]+|(?-i:\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}))\s*[.;]?\s*"
)

_ROSTER = ObligationRule(
    "not_task.roster",
    "a member of a roster (``Thư ký: Đồng chí ......``, ``Tổ trưởng: Ông ______``): who holds a post, not a task "
    "(decision 18)",
    (
        E("3. Phân công trong Tổ công tác\n- Thư ký: Đồng chí ......\n", "Thư ký"),
        E("3. Phân công trong Ban\n- Phó Trưởng ban: Ông ____________\n", "Phó Trưởng ban"),
    ),
    ("3. Tổ trưởng: Đồng chí Lê Văn Minh chủ trì họp Tổ công tác hằng tháng.\n",),
    test=TaskTest(ROSTER_ENTRY, "fullmatch"),
)

#: A task that is only a number of nominees (``Không quá 05 cá nhân``, ``mỗi đơn vị đề nghị không quá 02 tập thể, 05
#: cá nhân``, ``Mỗi đoàn xét chọn 01 cá nhân/01 đoàn``): a quota the unit may propose, not a task; matched whole.
QUOTA_ONLY = compiled(
    r"(?i)(?:[^:]{0,80}:\s*)?(?:mỗi\s+\p{L}+(?:\s+\p{L}+)?\s+)?(?:(?:đề\s+nghị|xét\s+chọn|chọn|giới\s+thiệu)\s+)?"
    r"(?:không\s+quá\s+|tối\s+đa\s+|ít\s+nhất\s+)?\d+\s*(?:tập\s+thể|cá\s+nhân|người|trường\s+hợp|suất)"
    r"(?:\s*[,/]\s*\d+\s*(?:tập\s+thể|cá\s+nhân|người|ban|đoàn|trường\s+hợp|đơn\s+vị))*\s*[.;]?"
)

_QUOTA = ObligationRule(
    "not_task.quota",
    "how many nominees a unit may propose (``Không quá 05 cá nhân``), not a task",
    (
        E(
            "1. Đối với khen thưởng đột xuất\n- Sở Giáo dục và Đào tạo: Không quá 03 tập thể, 05 cá nhân.\n",
            "Sở Giáo dục và Đào tạo",
        ),
        E("2. Số lượng đề nghị\n- Ban Dân tộc tỉnh: mỗi phòng đề nghị không quá 02 cá nhân.\n", "Ban Dân tộc tỉnh"),
    ),
    ("1. Sở Nội vụ tổng hợp, đề nghị khen thưởng không quá 10 tập thể.\n",),
    test=TaskTest(QUOTA_ONLY, "fullmatch"),
)

#: A task that is only a measure (``b) Đối với Ủy ban nhân dân cấp huyện: tối thiểu 80m2;``, 111; ``Văn thư: 0,5 ngày``):
#: what each gets or takes, not a task; matched whole.
QUANTITY_ONLY = compiled(
    r"(?i)^\s*(?:(?:tối\s+thiểu|tối\s+đa|ít\s+nhất|không\s+(?:quá|dưới|ít\s+hơn))\s+)?\d[\d.,]*\s*\p{L}{0,8}\d?\s*[;.]?\s*$"
)

_QUANTITY = ObligationRule(
    "not_task.quantity",
    "a measure alone (``tối thiểu 80m2``, ``0,5 ngày``): what a unit gets or takes, not a task",
    (
        E(
            "1. Diện tích phòng tiếp dân\n- Đối với Ủy ban nhân dân cấp xã: tối thiểu 40m2;\n",
            "Ủy ban nhân dân cấp xã",
        ),
        E("2. Thời gian xử lý hồ sơ\n- Văn phòng Sở Tư pháp: không quá 2 ngày.\n", "Văn phòng Sở Tư pháp"),
    ),
    ("1. Diện tích phòng tiếp dân\n- Đối với Ủy ban nhân dân cấp xã: bố trí tối thiểu 40m2;\n",),
    test=TaskTest(QUANTITY_ONLY, "fullmatch"),
)

#: What a body is made of (``Ban Chỉ đạo gồm Trưởng ban, …``, ``Hội đồng: bao gồm đại diện …``): who is in it, not what
#: it does; matched at the task's start (``lập danh sách gồm …``: a task whose object holds it).
COMPOSITION = compiled(r"(?i)^\s*(?:bao\s+)?gồm(?![\p{L}])")

_COMPOSITION = ObligationRule(
    "not_task.composition",
    "what a body is made of (``X gồm Chủ tịch, các thành viên …``, ``X: bao gồm đại diện …``): no task",
    (
        E(
            "1. Hội đồng thẩm định giá đất huyện: gồm Chủ tịch UBND huyện, Trưởng phòng Tài chính - Kế hoạch và các "
            "thành viên.\n",
            "Hội đồng thẩm định giá đất huyện",
        ),
        E("3. Đoàn giám sát: bao gồm đại diện Mặt trận Tổ quốc và Hội Nông dân xã.\n", "Đoàn giám sát"),
    ),
    ("1. Trạm Y tế xã lập danh sách gồm họ tên, địa chỉ của người cao tuổi.\n",),
    test=TaskTest(COMPOSITION),
)

#: What a body is allowed or entitled to, not a task (issue 41): ``Đoàn kiểm tra được sử dụng con dấu của Sở
#: Công Thương …``, ``được hưởng các chế độ theo quy định``, ``Được phép thực hiện …``; a short subject may come
#: first.  Not ``hướng dẫn các đơn vị được hưởng chế độ`` (the entitled are the object of a task).
ENTITLEMENT = compiled(
    r"^(?:(?:\p{Lu}\p{Ll}*(?:\s+\p{L}+){0,4}\s+)?(?i:được\s+(?:hưởng|phép|quyền|sử\s+dụng\s+(?:con\s+)?dấu))"
    # a competence right after its subject (decision 11: ``Cơ quan`` + ``có thẩm quyền cấp phép``; not ``Tham mưu cấp
    # có thẩm quyền công bố …``, a task whose object holds it)
    r"|(?i:có\s+thẩm\s+quyền))(?![\p{L}])"
)

_ENTITLEMENT = ObligationRule(
    "not_task.entitlement",
    "what a body may do, is entitled to or has the competence for (``được sử dụng con dấu``, ``được hưởng chế độ``, "
    "``có thẩm quyền``), not a task",
    (
        E(
            "Điều 3. Nhiệm vụ và quyền hạn của Đoàn kiểm tra\n- Kiểm tra việc chấp hành quy định về an toàn.\n"
            "- Được sử dụng con dấu của Sở Công Thương để ban hành văn bản.\n",
            "Đoàn kiểm tra",
        ),
        E(
            "2. Tổ công tác\n- Xây dựng kế hoạch kiểm tra.\n- Được hưởng chế độ công tác phí theo quy định.\n",
            "Tổ công tác",
        ),
        E(  # a competence (decision 11)
            "4. Chi cục Thủy sản có thẩm quyền tạm đình chỉ hoạt động khai thác của tàu cá vi phạm.\n",
            "Chi cục Thủy sản",
        ),
    ),
    (
        "1. Sở Nội vụ hướng dẫn các đơn vị được hưởng chế độ theo quy định.\n",
        "2. Sở Tư pháp chủ trì, phối hợp với cơ quan có thẩm quyền rà soát hồ sơ.\n",
    ),
    test=TaskTest(ENTITLEMENT, "match"),
)

#: A body's own end, not a task (issue 41): ``Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ``.
SELF_DISSOLUTION = compiled(r"^(?:\p{Lu}\p{Ll}*(?:\s+\p{L}+){0,6}\s+)?(?i:tự\s+giải\s+thể)(?![\p{L}])")

_DISSOLUTION = ObligationRule(
    "not_task.dissolution",
    "a body's own end (``Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ``), not a task",
    (
        E("Điều 4. Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ.\n", "Đoàn kiểm tra"),
        E("1. Tổ công tác tự giải thể sau khi kết thúc đợt kiểm tra.\n", "Tổ công tác"),
    ),
    ("1. Ban Chỉ đạo tổng kết, báo cáo kết quả sau khi hoàn thành nhiệm vụ.\n",),
    test=TaskTest(SELF_DISSOLUTION, "match"),
)

#: A letter's formula about itself, not a task (issue 41): its closing (``kính báo cáo UBND tỉnh./.``, ``Kính trình
#: Bộ trưởng xem xét, ký ban hành Kế hoạch …``), what it is sent for (``gửi các đơn vị biết và thực hiện``), the opinion
#: it gives below (``Sau khi nghiên cứu, có ý kiến như sau:``), the notice it is (``thông báo để Công ty X được biết và
#: phối hợp triển khai thực hiện./.``); not ``báo cáo UBND tỉnh trước ngày 30/6`` (a report
#: due), nor ``gửi danh sách về Sở trước ngày 25/3`` (a list to send).
CLOSING_FORMULA = compiled(
    r"(?i)^(?:kính\s+(?:báo\s+cáo|trình)(?![\p{L}])[^;]{0,200}?"
    r"|(?:xin\s+)?gửi\s+(?:tới\s+|đến\s+|cho\s+)?[^;]{1,80}?\s+(?:được\s+)?biết(?:\s*(?:,|và)\s*\p{L}+(?:\s+\p{L}+)?)?"
    r"|thông\s+báo\s+để\s+[^;]{1,300}?\s+(?:được\s+)?biết(?:\s*(?:,|và)\s*\p{L}+(?:\s+\p{L}+){0,5})?"
    r")[./\s]*$"
    r"|^(?i:(?:sau\s+khi\s+[^,]{1,40},\s*)?có\s+ý\s+kiến(?:\s+\p{L}+){0,3}?\s+(?:như\s+sau|sau\s+đây))(?![\p{L}])"
)

_CLOSING = ObligationRule(
    "not_task.closing",
    "a letter's closing formula (``Kính báo cáo UBND tỉnh./.``), not a task",
    (
        E("2. Sở Nội vụ\n- Tổng hợp ý kiến của các đơn vị.\n- Kính báo cáo UBND tỉnh./.\n", "Sở Nội vụ"),
        E(
            "3. Văn phòng\n- Chuẩn bị tài liệu cuộc họp.\n- Kính trình Chủ tịch UBND tỉnh xem xét./.\n",
            "Văn phòng",
        ),
        E(  # a notice to a long list of addressees
            "Văn phòng Ủy ban nhân dân tỉnh thông báo để các Sở: Y tế, Xây dựng, Tài chính, Công Thương, Ủy ban nhân"
            " dân các huyện, thị xã, thành phố và các cơ quan, tổ chức, cá nhân liên quan biết, thực hiện./.\n",
            "Văn phòng Ủy ban nhân dân tỉnh",
        ),
    ),
    ("1. Sở Nội vụ báo cáo UBND tỉnh trước ngày 30/6/2026.\n",),
    test=TaskTest(CLOSING_FORMULA, "match"),
)

#: A letter's account of what it received (``Sở Công Thương nhận được Công văn số 125/UBND-KT … về việc …``): the
#: occasion of its reply, no task; not a procedure's step on a file received (``nhận được hồ sơ … thì chuyển …``).
RECEIPT = compiled(
    r"(?i)^(?:đã\s+)?nhận\s+được\s+(?:(?:các|những)\s+)?(?:văn\s+bản|công\s+văn|công\s+điện|tờ\s+trình|báo\s+cáo|đơn"
    r"|thư|giấy\s+mời|kế\s+hoạch|quyết\s+định|thông\s+báo|ý\s+kiến)(?![\p{L}])"
)

_RECEIPT = ObligationRule(
    "not_task.receipt",
    "a letter's account of the document it received (``Sở Công Thương nhận được Công văn số … của …``), not a task",
    (
        E("Sở Xây dựng nhận được Công văn số 125/UBND-KT ngày 03/3/2026 của UBND huyện Lạc Dương.\n", "Sở Xây dựng"),
        E("Sở Tư pháp nhận được Báo cáo số 45/BC-SXD ngày 10/3/2026 của Sở Xây dựng.\n", "Sở Tư pháp"),
    ),
    ("1. Sở Nội vụ nhận được hồ sơ hợp lệ, chuyển Phòng Quản lý đô thị thẩm định.\n",),
    test=TaskTest(RECEIPT, "match"),
)

#: A task that opens by asking someone else, named or addressed (``đề nghị Ủy ban nhân dân …``, ``yêu cầu các đơn vị
#: …``): the asker's words when the one asked could not be read; not ``đề nghị khen thưởng …`` (a proposal to make).
#: Not what a body requires of those it regulates (``yêu cầu các nhà thầu …``: its own task, ``REGULATED_ACTORS``).
REQUEST_OF_ANOTHER = compiled(
    r"(?i:kính\s+)?(?i:đề\s+nghị|yêu\s+cầu(?!\s+(?i:các|những)\s+(?:"
    + "|".join(a.replace(" ", r"\s+") for a in REGULATED_ACTORS)
    + r")(?![\p{L}]))|giao)\s+(?=\p{Lu}|(?i:các|những|quý)\s)"
)

_REQUEST_OF_ANOTHER = ObligationRule(
    "not_task.request_of_another",
    "a task that opens by asking someone else (``đề nghị Ủy ban nhân dân các tỉnh, thành phó hướng dẫn …`` where the "
    "one asked could not be read): the one who asks is not the one who does it",
    (
        E("Bộ Xây dựng đề nghị Ủy ban nhân dân các tỉnh, thành phó chỉ đạo rà soát quy hoạch.\n", "Bộ Xây dựng"),
        E("2. Sở Y tế đề nghị Ủy ban nhân dân các huyện, thi xã kiểm tra các cơ sở.\n", "Sở Y tế"),
    ),
    (
        "1. Sở Nội vụ tổng hợp, đề nghị khen thưởng các tập thể có thành tích.\n",
        "2. Sở Tài chính đề nghị cấp bổ sung kinh phí khi cần.\n",
    ),
    test=TaskTest(REQUEST_OF_ANOTHER, "match", after=("sentence.subject",)),
)

#: What only points at where the assignment is written (``Nhiệm vụ của các cơ quan, đơn vị được phân công như sau:``
#: over a task table, ``Các đơn vị được giao nhiệm vụ cụ thể tại Phụ lục kèm theo``): the table's rows or the
#: appendix assign; the collective the pointer names is given nothing by it.  Not ``được giao chủ trì …`` (a duty
#: follows the passive).
POINTER_TO_ASSIGNMENTS = compiled(
    r"(?i)^(?:(?:được\s+)?(?:giao|phân\s+công|xác\s+định)(?:\s+(?:nhiệm\s+vụ|thực\s+hiện))?\s+)?(?:cụ\s+thể\s+)?"
    # (whom the issuer gives them, before ``như sau``: ``giao nhiệm vụ cụ thể cho các cơ quan, đơn vị như sau:``)
    r"(?:cho\s+[^:.;|\n]{1,80}?\s+)?"
    # (the tasks given them, done as below: ``Các cơ quan, đơn vị thực hiện nhiệm vụ được giao như sau:`` before a
    # table; over items of its own a lead-in, read before this is asked)
    r"(?:(?:thực\s+hiện|triển\s+khai)\s+(?:các\s+)?nhiệm\s+vụ\s+(?:được\s+(?:giao|phân\s+công)\s+)?)?"
    r"(?:như\s+sau|sau\s+đây|"
    # a doing verb before the table or appendix (``Các phòng thực hiện theo bảng phân công sau:``), not before
    # ``như sau`` (``Sở Y tế triển khai như sau:`` is a lead-in, decision 10)
    r"(?:(?:tổ\s+chức\s+)?(?:thực\s+hiện|triển\s+khai)\s+(?:(?:các\s+)?nhiệm\s+vụ\s+)?)?"
    r"(?:tại|theo|ở|căn\s+cứ)\s+(?:các\s+)?(?:bảng|biểu|phụ\s+lục|phân\s+công)"
    # (``… theo Phụ lục phân công kèm theo Kế hoạch này.``: the appendix the plan carries)
    # (``… theo phân công tại bảng sau:``: the table after the assignment's word)
    # (``… theo Phụ lục I ban hành kèm theo …``: the appendix by its number, roman or arabic)
    r"(?:\s+(?:phân\s+công|sau|(?:ban\s+hành\s+)?kèm\s+theo|dưới\s+đây|số\s+\S+|[IVX]{1,4}\b|\d{1,2}\b"
    r"|(?:kế\s+hoạch|quyết\s+định|văn\s+bản)\s+này"
    r"|(?:tại|theo|ở)\s+(?:các\s+)?(?:bảng|biểu|phụ\s+lục)))*"
    # ``… căn cứ Phụ lục kèm theo để triển khai.``
    r"(?:\s+để\s+(?:tổ\s+chức\s+)?(?:thực\s+hiện|triển\s+khai)(?:\s+thực\s+hiện)?)?)"
    # the end, or the table glued to it, behind its caption (``… dưới đây. Bảng phân công chống hạn | STT |``), or
    # that caption alone after the sentence's end where the table's rows are read apart (a task table's)
    r"\s*(?:$|[:.]?\s*[^|\n]{0,80}\||[:.]\s*[^|\n]{0,80}$)"
)

_POINTER_TO_ASSIGNMENTS = ObligationRule(
    "not_task.pointer_to_assignments",
    "a lead-in that only points at the table or appendix that assigns (``Nhiệm vụ của các đơn vị được phân công như "
    "sau:``): no task of the collective it names",
    (
        E(
            "Nhiệm vụ của các cơ quan, đơn vị được phân công như sau:\n"
            "| STT | Nội dung | Đơn vị chủ trì |\n| --- | --- | --- |\n| 1 | Tiêm phòng đàn gia súc | Trạm Thú y |\n",
            "các cơ quan, đơn vị",
        ),
        E(
            "Nhiệm vụ của các phòng chuyên môn được giao cụ thể như sau:\n"
            "| TT | Công việc | Cơ quan chủ trì |\n| --- | --- | --- |\n| 1 | Kiểm tra bếp ăn | Trung tâm Y tế |\n",
            "các phòng chuyên môn",
        ),
        # the issuer giving the tasks to whom it names, over the table (twentieth twin of TAB-CAPTION)
        E(
            "Ủy ban nhân dân huyện giao nhiệm vụ cụ thể cho các phòng, ban như sau:\n"
            "| STT | Nội dung | Đơn vị chủ trì |\n| --- | --- | --- |\n| 1 | Nạo vét kênh mương | Phòng Nông nghiệp |\n",
            "Ủy ban nhân dân huyện",
        ),
        # a doing verb before the pointer (eighth twins of TAB-CAPTION, R2)
        E(
            "Các phòng, ban thực hiện theo bảng phân công sau:\n\n"
            "| TT | Nội dung | Đơn vị chủ trì |\n| --- | --- | --- |\n| 1 | Rà soát hồ sơ đất đai | Phòng Kinh tế |\n",
            "Các phòng, ban",
        ),
        E(
            "Các trạm y tế và Trung tâm Y tế huyện căn cứ Phụ lục kèm theo để triển khai.\n\n**PHỤ LỤC**\n\n"
            "| TT | Nội dung | Đơn vị chủ trì |\n| --- | --- | --- |\n| 1 | Tiêm vắc xin sởi | Trạm Y tế xã |\n",
            "Trung tâm Y tế huyện",
        ),
        E(  # fourteenth twin of TAB-CAPTION: ``… để triển khai thực hiện``
            "Các bộ phận, đơn vị căn cứ Phụ lục kèm theo để triển khai thực hiện.\n\n**PHỤ LỤC**\n\n"
            "| TT | Nội dung | Đơn vị chủ trì |\n| --- | --- | --- |\n| 1 | Trồng cây phân tán | Tổ Kỹ thuật |\n",
            "Các bộ phận, đơn vị",
        ),
        E(  # nineteenth twin of R2: the table after the assignment's word
            "Các phòng, ban thực hiện theo phân công tại bảng sau:\n\n"
            "| TT | Nội dung | Đơn vị chủ trì |\n| --- | --- | --- |\n| 1 | Rà soát hồ sơ đất đai | Phòng Kinh tế |\n",
            "Các phòng, ban",
        ),
        E(  # twenty-fifth twin of R2: the tasks given them, done as the table below says
            "Các cơ quan, đơn vị thực hiện nhiệm vụ được giao như sau:\n\n"
            "| TT | Nội dung | Đơn vị chủ trì |\n| --- | --- | --- |\n| 1 | Kiểm tra chốt canh lửa | Hạt Kiểm lâm |\n",
            "Các cơ quan, đơn vị",
        ),
        E(  # seventeenth twin of TAB-CAPTION: the appendix the plan carries
            "Các đơn vị thực hiện nhiệm vụ theo Phụ lục phân công kèm theo Kế hoạch này.\n\n**PHỤ LỤC**\n\n"
            "| TT | Nội dung | Đơn vị chủ trì |\n| --- | --- | --- |\n| 1 | Diễn tập cứu hộ | Đội Cứu hộ |\n",
            "Các đơn vị",
        ),
        E(  # twenty-eighth twin of TAB-CAPTION: the appendix by its number, the issuer's ``Giao`` before
            "Giao các phòng, ban thực hiện nhiệm vụ theo Phụ lục 02 ban hành kèm theo Kế hoạch này.\n\n**PHỤ LỤC 02**\n\n"
            "| TT | Nội dung | Đơn vị chủ trì |\n| --- | --- | --- |\n| 1 | Phun thuốc diệt muỗi | Trạm Y tế |\n",
            "các phòng, ban",
        ),
    ),
    (
        "1. Trung tâm Y tế huyện được giao chủ trì giám sát ca bệnh nghi dại.\n",
        "2. Sở Y tế kiểm tra theo bảng kiểm an toàn phẫu thuật tại các bệnh viện.\n",
        # the table's work, then more of it in the same sentence: a task
        "3. Các tổ công tác thực hiện theo bảng phân công, bảo đảm tiến độ thu gom rác thải ven biển.\n",
        # giving to someone a task of its own, not the pointer to a table
        "4. Phòng Nội vụ giao cho các xã rà soát hồ sơ cán bộ trước ngày 30/6/2041.\n",
        # the tasks named in the same sentence, done as it says: a task
        "5. Các phòng thực hiện nhiệm vụ tuyên truyền như sau: treo băng rôn tại trụ sở.\n",
        # the appendix by its number, then a task of the same sentence
        "6. Các trường thực hiện nhiệm vụ theo Phụ lục 03, báo cáo kết quả về Phòng trước ngày 15/7/2041.\n",
    ),
    test=TaskTest(POINTER_TO_ASSIGNMENTS, "match"),
)

_UNCLAIMED = ObligationRule(
    "resolver.unclaimed",
    "a proposal no reader claimed (``sentence.unclaimed``) is not kept: an item in a section of requirements or "
    "purposes, a duty stated as a quality; the rules decide, as no learned scorer has won held out "
    "(``extract/resolver.py``, ``scripts/train_resolver.py``)",
    (
        E("1. Yêu cầu\n- Các phòng chuyên môn thường xuyên rà soát tiến độ.\n", "Các phòng chuyên môn"),
        E("2. Mục đích\n- Các hội viên tích cực tham gia phong trào thi đua.\n", "Các hội viên"),
    ),
    ("1. Sở Nội vụ tổng hợp kết quả thực hiện kế hoạch.\n",),
)

#: The records a node reader drops by (``extract.obligation_skips``: ``node.members``, ``node.criteria``): a whole
#: list taken as no one's tasks, traced with the names it holds.
NOT_TASK_MEMBERS = "not_task.members"
NOT_TASK_CRITERIA = "not_task.criteria"

_MEMBERS = ObligationRule(
    NOT_TASK_MEMBERS,
    "a list of the members of a body being set up (``Thành phần gồm:`` / ``- Ông A, Phó Chủ tịch UBND tỉnh - Tổ "
    "trưởng``): who belongs to it, not what each is to do (decision 18); a member's line that states a duty is read "
    "as a task",
    (
        E(
            "1. Thành lập Tổ công tác, thành phần gồm:\n- Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh - Tổ trưởng;\n",
            "Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh - Tổ trưởng",
        ),
        E(
            "2. Thành lập Tổ kiểm tra gồm các thành viên:\n- Tổ trưởng: Ông Lê Văn Minh - Phó Giám đốc Sở Nội vụ.\n"
            "- Thành viên: Bà Trần Thị Hoa - Trưởng phòng Tổ chức cán bộ.\n",
            "Bà Trần Thị Hoa - Trưởng phòng Tổ chức cán bộ",
        ),
        # a line a scan misread (``Quyên`` for ``Quyền``) among members: a post and a person, still a member's
        E(
            "Điều 1. Thành lập Ban Chỉ đạo chuyển đổi số\n2. Các thành viên Ban Chỉ đạo:\n"
            "- Bộ trưởng Bộ Y tế Phạm Thị Lan;\n- Quyên Bộ trưởng Bộ Ngoại giao Đỗ Minh Quân;\n"
            "- Bộ trưởng Bộ Xây dựng Hoàng Văn Tùng;\n",
            "Quyên Bộ trưởng Bộ Ngoại giao Đỗ Minh Quân",
        ),
    ),
    (
        (
            "1. Thành lập Tổ công tác, thành phần gồm:\n"
            "- Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh - Tổ trưởng, chịu trách nhiệm điều hành chung.\n"
        ),
    ),
)

_CRITERIA = ObligationRule(
    NOT_TASK_CRITERIA,
    "who qualifies under a criteria section (``Tiêu chuẩn khen thưởng`` / ``b) Đối với cá nhân: Các cá nhân có thành "
    "tích …``): the criteria of an award, not tasks (decision 11)",
    (
        E(
            "3. Tiêu chuẩn khen thưởng\na) Đối với tập thể: Các tập thể hoàn thành xuất sắc nhiệm vụ năm 2025.\n",
            "Các tập thể",
        ),
        E(
            "3. Tiêu chuẩn khen thưởng\nb) Đối với cá nhân: Các cá nhân có 02 năm liền hoàn thành tốt nhiệm vụ.\n",
            "Các cá nhân",
        ),
    ),
    ("3. Tổ chức thực hiện\na) Đối với Sở Nội vụ: Tổng hợp hồ sơ đề nghị khen thưởng.\n",),
)

#: A sentence's subject the grammar read, with no predicate after it (issue 54: the subject reader's drops name their
#: records): the name ran to the sentence's end through a verb no list knows, or what follows it is a clause about it.
SUBJECT_NO_PREDICATE = "subject.no_predicate"
#: A sentence with a subject that ends in ``!``: a slogan, no task.
SUBJECT_SLOGAN = "subject.slogan"
#: An item on which nothing was proposed: no one named as its subject, none carried to it.
SUBJECT_NONE = "subject.none"
#: A task table's row whose who-columns name no one the grammar reads.
TABLE_NO_ASSIGNEE = "table.no_assignee"

_NO_PREDICATE = ObligationRule(
    SUBJECT_NO_PREDICATE,
    "a sentence whose subject was read but no predicate after it (``Trạm Bơm Bắc Sơn vận hành …``: the name ran to "
    "the end through a verb no list knows; ``Sở Y tế về việc …``: a clause about the name): no task, and ``vbparse "
    "explain`` shows the name read and its record, where a missed task is to be looked for",
    (
        E("1. Trạm Bơm Bắc Sơn vận hành hệ thống tưới tiêu.\n", "Trạm Bơm Bắc Sơn vận hành hệ thống tưới tiêu"),
        E("2. Sở Y tế về việc kiểm tra an toàn thực phẩm.\n", "Sở Y tế"),
    ),
    ("1. Trạm Bơm Bắc Sơn chủ trì kiểm tra hệ thống tưới tiêu.\n",),
)

_SLOGAN = ObligationRule(
    SUBJECT_SLOGAN,
    "a sentence with a subject that ends in ``!`` (``Các cấp hội phụ nữ tích cực tham gia xây dựng nông thôn mới!``): a "
    "slogan, no task",
    (
        E("1. Các cấp hội phụ nữ tích cực tham gia xây dựng nông thôn mới!\n", "Các cấp hội phụ nữ"),
        E("2. Hội Liên hiệp Phụ nữ các cấp chung tay xây dựng gia đình hạnh phúc!\n", "Hội Liên hiệp Phụ nữ các cấp"),
    ),
    ("1. Hội Liên hiệp Phụ nữ tỉnh chủ trì tổ chức ngày hội gia đình.\n",),
)

_NONE = ObligationRule(
    SUBJECT_NONE,
    "an item on which no reader proposed anything (``- Dừng tiếp nhận hồ sơ …`` under a heading that names no one, no "
    "lead-in above it): no name stands as its subject and none was carried to it, so no obligation (the conventions: "
    "a task with no named assignee is none); ``vbparse explain`` shows it, where a doer named elsewhere was not "
    "carried or a name not read",
    (
        E("1. Rà soát danh mục thủ tục hành chính.\n", ""),
        E("2. Tổ chức tập huấn cho cán bộ cơ sở.\n", ""),
    ),
    ("1. Sở Tư pháp rà soát danh mục thủ tục hành chính.\n",),
)

_TABLE_NO_ASSIGNEE = ObligationRule(
    TABLE_NO_ASSIGNEE,
    "a task table's row whose who-columns name no one the grammar reads (an empty cell, a cell of words no name "
    "record reads: ``theo phân công``): no obligation; ``vbparse explain`` shows the row's task and its cell",
    (
        E(
            "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Rà soát quy hoạch sử dụng đất | theo phân công | Quý II/2026 |\n",
            "theo phân công",
        ),
        E(
            "| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp |\n|---|---|---|---|\n"
            "| 1 | Kiểm tra an toàn thực phẩm | | |\n",
            "",
        ),
    ),
    (
        (
            "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Rà soát quy hoạch sử dụng đất | Sở Nông nghiệp và Môi trường | Quý II/2026 |\n"
        ),
    ),
)

#: The records in the order a proposed task is tested (``extract.obligation_emit``): the first whose test holds drops it,
#: and its id is the drop's; ``liability`` first, as it cuts the clause off the task the others then test.
NOT_TASK_RULES: tuple[ObligationRule, ...] = (
    _LIABILITY,
    _PAST_ACTION,
    _REWARD,
    _ROSTER,
    _QUOTA,
    _QUANTITY,
    _COMPOSITION,
    _ENTITLEMENT,
    _DISSOLUTION,
    _CLOSING,
    _RECEIPT,
    _REQUEST_OF_ANOTHER,
    _POINTER_TO_ASSIGNMENTS,
    _UNCLAIMED,
    _MEMBERS,
    _CRITERIA,
    _NO_PREDICATE,
    _SLOGAN,
    _NONE,
    _TABLE_NO_ASSIGNEE,
)
