"""The rules that make an obligation, each with an id, what it reads, and invented examples beside it.

Every ``Obligation`` says which rules made it (``Obligation.evidence``): the reader of the construction
that proposed the task (a sentence, an assignee heading over its items, labelled fields, a table row …),
the rule that gave a partner its ``support`` role, a request's mode, where the deadline came from.  Rules
that keep something from being a task (``not_task.*``) leave a trace that ``vbparse explain`` prints.

The examples are *invented* bodies of a plan (the body after ``II. TỔ CHỨC THỰC HIỆN`` of a plan of UBND
tỉnh), never lines of a corpus document: a rule stands for a class, so it has at least two examples that
differ in their words and a counter-example the rule must not fire on.  ``tests/test_rules.py`` parses each
one and checks it (an example must give an obligation of ``assignee`` in ``role`` whose evidence holds the
rule; a counter-example must give no obligation by that rule — for a ``not_task`` rule, no trace of it).
"""

from __future__ import annotations

import regex

from ..pattern_cache import compiled
from . import deadlines, field_labels, obligations
from .rule_records import E, ObligationRule, RuleExample
from .rules_names import NAME_RULES
from .rules_not_task import NOT_TASK_RULES

__all__ = ["NODE_READER_ORDER", "RULES", "RULES_BY_ID", "ObligationRule", "RuleExample", "record_pattern"]

#: Headers of the examples whose rule reads the document's header (``RuleExample.header``).
_SO_HEADER = """ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA
SỞ NỘI VỤ
Số: 21/KH-SNV
Khánh Hòa, ngày 12 tháng 01 năm 2026
KẾ HOẠCH
Thực hiện công tác cải cách hành chính năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm thực hiện đúng tiến độ.
II. TỔ CHỨC THỰC HIỆN
"""
_REPORT_HEADER = """ỦY BAN NHÂN DÂN
TỈNH KHÁNH HÒA
Số: 30/BC-UBND
Khánh Hòa, ngày 12 tháng 01 năm 2026
BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính năm 2025
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Đã hoàn thành các nhiệm vụ được giao.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
1. Sở Nội vụ tiếp tục theo dõi, đôn đốc các cơ quan.
"""
_TTR_HEADER = """ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA
SỞ NỘI VỤ
Số: 15/TTr-SNV
Khánh Hòa, ngày 12 tháng 01 năm 2026
TỜ TRÌNH
Về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026
Kính gửi: Ủy ban nhân dân tỉnh.
Sở Nội vụ kính trình Ủy ban nhân dân tỉnh dự thảo Kế hoạch với các nội dung sau:
I. NHIỆM VỤ
"""

#: The node readers in their priority (issue 54: the order is behaviour, so it is declared as data): lists of members
#: and of criteria (no one's tasks), a task item of labelled fields, an assignee heading over its items, an item whose
#: subject is named, an item whose fields stand in brackets after its task.  The first that takes a node reads it and
#: pre-empts those after it (``extract.obligation_walk``); each id is a reader registered with ``node_reader``, and
#: changing this order is changing what is read.
NODE_READER_ORDER: tuple[str, ...] = (
    "node.members",
    "node.criteria",
    "node.field_item",
    "node.lead_in_paragraphs",
    "node.assignee_heading",
    "node.subject_item",
    "node.bracketed_fields",
)

#: A task's fields in brackets after it (issue 54's worked example): ``Tổ chức tập huấn … (Cơ quan chủ trì: Sở Y tế;
#: phối hợp: Sở Tài chính, UBND các xã)``; the bracket holds a lead label and its colon (a bracket of an
#: explanation, ``(theo Quyết định số 12/QĐ-UBND)``, or of a partner alone, is part of the task).
BRACKETED_FIELDS = compiled(r"(?i)\((?P<fields>[^()]*?chủ\s+trì[^():;]{0,30}:[^()]*)\)")

RULES: tuple[ObligationRule, ...] = (
    # --- readers of constructions: each proposes tasks -----------------------------------------------------
    ObligationRule(
        "heading.items",
        "an assignee heading over its items or its paragraph: one task per item (``1. Sở Y tế`` / ``- …``)",
        (
            E("1. Sở Y tế\n- Tăng cường kiểm tra an toàn thực phẩm.\n- Tổng hợp kết quả báo cáo.\n", "Sở Y tế"),
            E("2. Công an tỉnh:\n- Bảo đảm an ninh trật tự tại các điểm bầu cử.\n", "Công an tỉnh"),
            E(
                "3. Ủy ban nhân dân các xã, phường\nRà soát danh sách hộ nghèo trên địa bàn.\n",
                "Ủy ban nhân dân các xã, phường",
            ),
        ),
        ("1. Mục tiêu chung\n- Nâng cao chất lượng dịch vụ công trực tuyến.\n",),
    ),
    ObligationRule(
        "heading.standing_name",
        "a heading no list knows a name in, beside sibling headings that name assignees, with a name's shape (a "
        "capitalised specifier, a place level or an agent's word after its head) over its items: where it stands "
        "makes it an assignee (``2. Nhà hát Ca kịch tỉnh`` after ``1. Sở Văn hóa …``)",
        (
            E(
                "1. Sở Y tế\n- Kiểm tra an toàn thực phẩm.\n2. Vườn quốc gia Phước Bình\n- Tuần tra bảo vệ rừng.\n",
                "Vườn quốc gia Phước Bình",
            ),
            E(
                "1. Công an tỉnh:\n- Bảo đảm an ninh trật tự.\n2. Xí nghiệp Thủy nông Đông Sơn:\n- Điều tiết nước tưới.\n",
                "Xí nghiệp Thủy nông Đông Sơn",
            ),
            E(
                "a) Sở Giáo dục và Đào tạo\n- Tổ chức hội thi.\nb) Bảo tàng tỉnh\n- Trưng bày hiện vật về truyền thống.\n",
                "Bảo tàng tỉnh",
            ),
        ),
        (
            "1. Sở Y tế\n- Kiểm tra an toàn thực phẩm.\n2. Trách nhiệm thực hiện\n- Tổ chức kiểm tra định kỳ.\n",
            "1. Mục đích\n- Nâng cao chất lượng.\n2. Nhà hát Ca kịch tỉnh\n- Xây dựng chương trình biểu diễn.\n",
            "1. Sở Y tế\n- Kiểm tra an toàn thực phẩm.\n2. Chương trình Mục tiêu quốc gia\n- Bố trí vốn thực hiện.\n",
        ),
    ),
    ObligationRule(
        "heading.qualified_name",
        "an assignee heading whose collective goes on with a qualifier saying which of its kind (``Các doanh "
        "nghiệp đang hoạt động trong KCN``, ``Các tổ chức cung cấp dịch vụ chi trả``) over its items: the whole "
        "heading is the name",
        (
            E(
                "5. Các doanh nghiệp đang thuê đất trong cụm công nghiệp\n- Bảo đảm an toàn phòng cháy.\n",
                "Các doanh nghiệp đang thuê đất trong cụm công nghiệp",
            ),
            E(
                "6. Các tổ chức cung cấp dịch vụ trung gian thanh toán\n- Mở rộng mạng lưới chấp nhận thẻ.\n",
                "Các tổ chức cung cấp dịch vụ trung gian thanh toán",
            ),
            E(
                "7. Các hộ gia đình đang nuôi trồng thủy sản:\n- Khai báo diện tích nuôi với chính quyền.\n",
                "Các hộ gia đình đang nuôi trồng thủy sản",
            ),
            # a post named by what it is in charge of
            E(
                "8. Cán bộ phụ trách công tác tiêm chủng và dự phòng dịch bệnh\n- Tổng hợp kết quả tiêm chủng.\n",
                "Cán bộ phụ trách công tác tiêm chủng và dự phòng dịch bệnh",
            ),
            # a plural post whose scope lists fields and bodies: the scope runs to the heading's end
            E(
                "9. Các Phó Hiệu trưởng phụ trách lĩnh vực Chuyên môn, Thiết bị và các Tổ bộ môn\n"
                "- Kiểm tra hồ sơ giáo viên.\n",
                "Các Phó Hiệu trưởng phụ trách lĩnh vực Chuyên môn, Thiết bị và các Tổ bộ môn",
            ),
        ),
        (
            "2. Các sở, ngành tăng cường công tác kiểm tra\n- Kiểm tra việc niêm yết thủ tục.\n",
            "3. Các doanh nghiệp đang hoạt động trên địa bàn tỉnh chủ động đăng ký tham gia chương trình.\n",
            "4. Đối với các trường hợp quy định tại khoản 2 Điều 5\n- Thực hiện theo hướng dẫn của Sở Tài chính.\n",
            "5. Các đơn vị trong ngành y tế thực hiện nộp hồ sơ như sau:\n- Hồ sơ nộp trước ngày 30/6/2026.\n",
        ),
    ),
    ObligationRule(
        "heading.own_lead",
        "an item under an assignee heading that names its own lead, whatever its head or verb (``Ủy ban nhân dân "
        "cấp xã`` / ``- Ủy ban nhân dân phường X chủ trì …``, ``- Đồng chí Ủy viên …, Giám đốc … chỉ đạo …``); a "
        "clause after ``;`` with its own subject is that subject's",
        (
            E(
                "1. Ủy ban nhân dân cấp xã\n- Ủy ban nhân dân phường Hòa Bình chủ trì tổ chức diễn tập.\n",
                "Ủy ban nhân dân phường Hòa Bình",
            ),
            E(
                "2. Các đơn vị lực lượng vũ trang\n- Bộ Chỉ huy Quân sự tỉnh chủ trì xây dựng phương án.\n",
                "Bộ Chỉ huy Quân sự tỉnh",
            ),
            # a post, whatever its verb, its party rank dropped (decision 7)
            E(
                "3. Ban Giám đốc Bệnh viện tỉnh\n- Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Giám đốc Bệnh viện chỉ "
                "đạo chung công tác phòng dịch.\n",
                "Giám đốc Bệnh viện",
            ),
            E(
                "4. Ban Giám hiệu nhà trường\n- Các đồng chí Phó Hiệu trưởng kiểm tra hồ sơ; các Tổ trưởng chuyên môn "
                "tổng hợp kết quả.\n",
                "các Tổ trưởng chuyên môn",
            ),
        ),
        (
            "1. Sở Tài chính\n- Bố trí kinh phí thực hiện kế hoạch.\n",
            # a description of a member, no task (decision 16)
            "2. Ban Giám hiệu nhà trường\n- Thư ký Hội đồng là giáo viên có kinh nghiệm.\n",
        ),
    ),
    ObligationRule(
        "sentence.subject",
        "a sentence whose subject is an assignee: ``Sở Tài chính chủ trì …``, ``Giao Công an tỉnh …``",
        (
            E("1. Sở Tài chính chủ trì thẩm định dự toán kinh phí.\n", "Sở Tài chính"),
            E("2. Giao Sở Nội vụ hướng dẫn các địa phương triển khai.\n", "Sở Nội vụ"),
            E("3. Ban Quản lý các khu công nghiệp tỉnh rà soát quỹ đất.\n", "Ban Quản lý các khu công nghiệp tỉnh"),
        ),
        ("1. Tổ chức tuyên truyền rộng rãi trên các phương tiện thông tin.\n",),
    ),
    ObligationRule(
        "purpose.named",
        "in a MỤC ĐÍCH, YÊU CẦU section, a sentence whose subjects name a body, unit or post (decision 5)",
        (
            E(
                "III. MỤC ĐÍCH, YÊU CẦU\n1. Phòng Văn hóa huyện phải hướng dẫn các câu lạc bộ đăng ký hoạt động.\n",
                "Phòng Văn hóa huyện",
            ),
            E(
                "III. YÊU CẦU\n2. Trường hợp vượt thẩm quyền, Văn phòng Sở kịp thời chuyển hồ sơ đến cơ quan có "
                "thẩm quyền.\n",
                "Văn phòng Sở",
            ),
            # a list of subjects one of which is a body the lists know: each of them is given it
            E(
                "III. MỤC ĐÍCH, YÊU CẦU\n2. Các phòng, ban, Ủy ban nhân dân các thị trấn và các đơn vị có liên quan "
                "triển khai thực hiện đồng bộ, hiệu quả.\n",
                "Ủy ban nhân dân các thị trấn",
            ),
        ),
        (
            "III. MỤC ĐÍCH, YÊU CẦU\n1. Các cơ quan, đơn vị phải bám sát nội dung Kế hoạch.\n",
            "III. YÊU CẦU\n1. Cán bộ, công chức phải gương mẫu chấp hành.\n",
            "III. MỤC ĐÍCH, YÊU CẦU\n1. Thành phố Huế là đơn vị đi đầu trong chuyển đổi số.\n",
        ),
    ),
    ObligationRule(
        "sentence.delegation",
        "a sentence in which one body gives another the task: ``Chủ tịch UBND tỉnh giao Sở X chủ trì …``",
        (
            E("1. Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì tổng hợp kết quả.\n", "Sở Nội vụ"),
            E(
                "2. UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc tỉnh vận động nhân dân tham gia.\n",
                "Ủy ban Mặt trận Tổ quốc tỉnh",
            ),
            E("3. Trường Mầm non yêu cầu các giáo viên trong tổ lập sổ theo dõi trẻ.\n", "các giáo viên trong tổ"),
        ),
        (
            "1. Sở Nội vụ giao chỉ tiêu cho các phòng chuyên môn trước ngày 30/6/2026.\n",
            # what a body requires of those it regulates is its own task (``extract/regulated_actors.py``)
            "2. Sở Xây dựng yêu cầu các nhà thầu lắp lưới chắn bụi tại công trình.\n",
        ),
    ),
    ObligationRule(
        "lead_in.flattened",
        "an item that is a bare lead-in (``- X cần tập trung các nhiệm vụ sau:``) hands its subject to the items "
        "after it, up to the next that names its own, in a list whose nesting a copy lost",
        (
            E(
                "3. Nhiệm vụ của các địa phương\n- Ủy ban nhân dân thành phố Hà Nội cần tập trung một số nhiệm vụ "
                "sau:\n- Rà soát các khu công nghiệp.\n- Giám sát các công trường.\n",
                "Ủy ban nhân dân thành phố Hà Nội",
            ),
            E(
                "2. Trách nhiệm của các đơn vị\n- Trung tâm Y tế huyện có trách nhiệm:\n- Tổ chức tiêm chủng.\n"
                "- Báo cáo kết quả về Sở Y tế.\n- Bệnh viện huyện bố trí giường bệnh.\n",
                "Trung tâm Y tế huyện",
            ),
        ),
        (
            (
                "3. Nhiệm vụ của các địa phương\n- Ủy ban nhân dân các xã tổ chức tập huấn cho cán bộ.\n"
                "- Rà soát các khu công nghiệp.\n"
            ),
            "2. Trách nhiệm của các đơn vị\n- Nội dung tuyên truyền gồm:\n- Chủ trương của Đảng.\n",
        ),
    ),
    ObligationRule(
        "lead_in.items",
        "a lead-in that names who and leaves the tasks to its items (``Sở X có trách nhiệm:`` / ``- …``)",
        (
            E(
                "1. Để triển khai kế hoạch, Sở Xây dựng có trách nhiệm:\n- Rà soát quy hoạch.\n- Báo cáo kết quả.\n",
                "Sở Xây dựng",
            ),
            E(
                "2. Ban Dân tộc tỉnh có trách nhiệm thực hiện các nội dung sau đây:\n- Khảo sát đời sống đồng bào.\n"
                "- Đề xuất chính sách hỗ trợ.\n",
                "Ban Dân tộc tỉnh",
            ),
            # a step of a procedure, then its actor's lead-in in a later sentence of the item's heading
            E(
                "3.1. Khai mạc phiên họp. Chủ tịch Hội đồng khoa học có trách nhiệm sau đây:\n"
                "- Điều hành phần thảo luận.\n- Kết luận phiên họp.\n",
                "Chủ tịch Hội đồng khoa học",
            ),
        ),
        (
            "1. Nội dung tuyên truyền gồm:\n- Chủ trương của Đảng.\n- Pháp luật của Nhà nước.\n",
            "3.2. Khai mạc buổi lễ. Các nội dung gồm:\n- Chào cờ.\n- Đọc quyết định thành lập.\n",
        ),
        pattern=obligations.TASK_LIST_INTRO,
    ),
    ObligationRule(
        "sentence.carried_subject",
        "items with no subject of their own under a sentence that has one go on with its subject",
        (
            E(
                "1. Sở Công Thương xây dựng kế hoạch xúc tiến thương mại.\n- Tổ chức hội chợ hàng nông sản.\n",
                "Sở Công Thương",
            ),
            E(
                "2. Văn phòng UBND tỉnh theo dõi việc thực hiện.\n- Đôn đốc các đơn vị báo cáo đúng hạn.\n",
                "Văn phòng UBND tỉnh",
            ),
            E(
                "3. Bộ phận một cửa tiếp nhận hồ sơ, cụ thể:\n- Đối với hồ sơ trực tuyến: Kiểm tra trong ngày.\n",
                "Bộ phận một cửa",
            ),
            # lettered items under a sentence that says they specify it (``SPECIFIED_BELOW``)
            E(
                "4. Chi cục Kiểm lâm tăng cường tuần tra rừng; trong đó lưu ý:\na) Kiểm tra các điểm nóng cháy rừng.\n",
                "Chi cục Kiểm lâm",
            ),
            # lettered tasks done in a case after the sentence's colon (``CONDITIONAL_TASK``)
            E("5. Tổ một cửa xem xét hồ sơ:\na) Trường hợp hồ sơ đủ thì viết giấy hẹn trả kết quả.\n", "Tổ một cửa"),
        ),
        (
            "1. Tăng cường công tác kiểm tra.\n- Kiểm tra định kỳ các cơ sở kinh doanh.\n",
            "1. Đối tượng hỗ trợ\n- Đối với hộ nghèo: Hỗ trợ toàn bộ kinh phí.\n",
            # a lettered case item under a sentence with no colon is a section of its own
            "5. Tổ một cửa xem xét hồ sơ.\na) Trường hợp hồ sơ đủ thì viết giấy hẹn trả kết quả.\n",
            # the last sentence lists a dossier's papers: the items are its parts
            (
                "2. Phòng Nội vụ hoàn thiện hồ sơ đề nghị khen thưởng. Hồ sơ bao gồm:\n- Tờ trình của Phòng.\n"
                "- Biên bản họp Hội đồng Thi đua.\n"
            ),
        ),
    ),
    ObligationRule(
        "fields.item",
        "an item whose who and when are labelled fields under it (``- Đơn vị chủ trì: …``, ``- Thời gian: …``)",
        (
            E(
                "1. Tổ chức hội nghị tập huấn nghiệp vụ\n- Đơn vị chủ trì: Sở Tư pháp.\n- Thời gian: Quý II/2026.\n",
                "Sở Tư pháp",
            ),
            E(
                "2. Xây dựng cơ sở dữ liệu đất đai\n- Cơ quan thực hiện: Sở Nông nghiệp và Môi trường.\n",
                "Sở Nông nghiệp và Môi trường",
            ),
            # a block of fields printed as its own sub-item under the task's heading
            E(
                "3. Kiểm định cầu treo dân sinh\n3.1. Đơn vị chủ trì, phối hợp\na) Đơn vị chủ trì: Sở Xây dựng.\n"
                "b) Đơn vị phối hợp: Ủy ban nhân dân các xã.\n",
                "Ủy ban nhân dân các xã",
                "support",
            ),
            # activities, then one sentence that only says who carries them out
            E(
                "4. Phòng chống đuối nước trẻ em\na) Các hoạt động\n- Mở lớp dạy bơi miễn phí.\nb) Tổ chức thực hiện\n"
                "Tỉnh đoàn chủ trì, phối hợp với Sở Giáo dục và Đào tạo triển khai thực hiện.\n",
                "Sở Giáo dục và Đào tạo",
                "support",
            ),
            # unmarked field lines whose labels carry words after the role
            E(
                "5. Liên hoan đờn ca tài tử\nĐơn vị chủ trì tổ chức: Trung tâm Văn hóa tỉnh.\n",
                "Trung tâm Văn hóa tỉnh",
            ),
            # posts by their honorifics, a scope after the comma, a plural keeping ``Các`` (decision 7); the item's
            # line the task, its description bullets none (decision 9)
            E(
                "6. Tổ chức tiêm chủng mở rộng cho trẻ em\n- Đa dạng, phù hợp với từng nhóm đối tượng.\n"
                "- Cơ quan chủ trì: Đồng chí Giám đốc Trung tâm Y tế, phụ trách công tác dự phòng\n",
                "Giám đốc Trung tâm Y tế, phụ trách công tác dự phòng",
            ),
            E(
                "7. Kiểm tra an toàn thực phẩm tại bếp ăn tập thể\n- Cơ quan chủ trì: Sở Y tế.\n"
                "- Cơ quan phối hợp: Các đ/c Trưởng phòng Nghiệp vụ, Công an tỉnh.\n",
                "Các Trưởng phòng Nghiệp vụ",
                "support",
            ),
        ),
        (
            "1. Tổ chức hội nghị sơ kết\n- Thời gian: Quý II/2026.\n- Địa điểm: Hội trường UBND tỉnh.\n",
            # what the item yields names no one it assigns
            "3. Tổ chức tập huấn nghiệp vụ dược\n- Kết quả: Báo cáo kết quả trình Giám đốc Sở Y tế.\n",
            # a sub-heading worded like a field over a sentence with its own subject: no field
            "2. Đơn vị thực hiện\nBảo hiểm xã hội tỉnh đối soát danh sách người tham gia.\n",
        ),
        pattern=field_labels.FIELD_LABEL,
    ),
    ObligationRule(
        "fields.bracketed",
        "a task whose lead, partners and time are fields in brackets after it (``… (Cơ quan chủ trì: X; phối hợp: Y)``), "
        "read where no subject leads the item (``BRACKETED_FIELDS``)",
        (
            E(
                "1. Tổ chức tập huấn kỹ năng phòng chống dịch bệnh (Cơ quan chủ trì: Sở Y tế; phối hợp: Sở Tài chính). "
                "Thời gian: Quý II/2026.\n",
                "Sở Y tế",
            ),
            E(
                "- Số hóa hồ sơ địa chính (cơ quan chủ trì: Sở Nông nghiệp và Môi trường; cơ quan phối hợp: UBND các "
                "xã; thời gian hoàn thành: năm 2026).\n",
                "UBND các xã",
                "support",
            ),
        ),
        (
            "1. Rà soát các thủ tục hành chính (theo Quyết định số 12/QĐ-UBND).\n",
            "2. Tổ chức diễn tập (phối hợp: Công an tỉnh).\n",
            "3. Sở Y tế chủ trì tổ chức diễn tập (phối hợp: Công an tỉnh).\n",
        ),
        pattern=BRACKETED_FIELDS,
    ),
    ObligationRule(
        "fields.group",
        "a run of items closed by one block of fields: the fields are every item's",
        (
            E(
                "1. Công tác tuyên truyền\n- In tờ rơi phát cho hộ gia đình.\n"
                "- Phát sóng phóng sự trên đài truyền hình.\nĐơn vị thực hiện: Sở Văn hóa, Thể thao và Du lịch.\n",
                "Sở Văn hóa, Thể thao và Du lịch",
            ),
            E(
                "2. Công tác kiểm tra\n- Kiểm tra hồ sơ đất đai.\n- Kiểm tra việc cấp phép xây dựng.\n"
                "Cơ quan chủ trì: Thanh tra tỉnh.\n",
                "Thanh tra tỉnh",
            ),
            # numbered items, the last with its field block below: the block printed once is each item's
            E(
                "3. Giám sát dịch bệnh\n3.1. Lấy mẫu xét nghiệm tại các chợ đầu mối.\n3.2. Tổng hợp kết quả giám sát.\n"
                "- Cơ quan chủ trì: Đồng chí Phó giám đốc Sở Y tế, phụ trách công tác dự phòng\n",
                "Phó giám đốc Sở Y tế, phụ trách công tác dự phòng",
            ),
        ),
        ("1. Công tác tuyên truyền\n- In tờ rơi phát cho hộ gia đình.\n- Phát sóng phóng sự.\n",),
    ),
    ObligationRule(
        "closing.request",
        "a request in the closing paragraph (``Trên đây là …; yêu cầu các sở … triển khai thực hiện``)",
        (
            E(
                "1. Sở Tài chính bố trí kinh phí.\nTrên đây là Kế hoạch của UBND tỉnh; yêu cầu các sở, ban, ngành "
                "nghiêm túc triển khai thực hiện./.\n",
                "các sở, ban, ngành",
            ),
            E(
                "1. Sở Y tế kiểm tra.\nTrên đây là Kế hoạch thực hiện năm 2026, đề nghị Ủy ban Mặt trận Tổ quốc tỉnh "
                "phối hợp chỉ đạo thực hiện./.\n",
                "Ủy ban Mặt trận Tổ quốc tỉnh",
            ),
        ),
        ("1. Sở Y tế kiểm tra.\nTrên đây là Kế hoạch thực hiện năm 2026 của Ủy ban nhân dân tỉnh./.\n",),
    ),
    ObligationRule(
        "closing.carried",
        "a clause of the closing with no subject of its own is asked of those the clause before asked",
        (
            E(
                "1. Sở Y tế kiểm tra.\nTrên đây là Kế hoạch của UBND tỉnh, yêu cầu các sở, ngành triển khai thực "
                "hiện. Trong quá trình thực hiện, nếu có vướng mắc, kịp thời báo cáo UBND tỉnh./.\n",
                "các sở, ngành",
            ),
            E(
                "1. Sở Y tế kiểm tra.\nTrên đây là Kế hoạch, đề nghị các cơ quan, đơn vị thực hiện nghiêm túc. Định "
                "kỳ hằng quý, gửi báo cáo về Sở Nội vụ./.\n",
                "các cơ quan, đơn vị",
            ),
        ),
        ("1. Sở Y tế kiểm tra.\nTrên đây là Kế hoạch của UBND tỉnh. Kế hoạch có hiệu lực từ ngày ký./.\n",),
    ),
    ObligationRule(
        "table.row",
        "a row of a task table (a header naming the task and who does it: ``Nhiệm vụ | Cơ quan chủ trì | …``)",
        (
            E(
                "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
                "| 1 | Xây dựng đề án phát triển | Sở Công Thương | Sở Tài chính | Quý III/2026 |\n",
                "Sở Công Thương",
            ),
            E(
                "| TT | Nội dung công việc | Đơn vị thực hiện | Thời gian |\n|---|---|---|---|\n"
                "| 1 | Tổ chức lớp bồi dưỡng | Sở Nội vụ | Tháng 5/2026 |\n",
                "Sở Nội vụ",
            ),
            # a ``Thực hiện`` column beside ``Chủ trì``: its bodies lead too
            E(
                "| TT | Nội dung | Chủ trì | Thực hiện | Phối hợp |\n|---|---|---|---|---|\n"
                "| 1 | Sửa chữa nhà thi đấu | Ban Quản lý dự án tỉnh | Trung tâm Huấn luyện thể thao | Sở Xây dựng |\n",
                "Trung tâm Huấn luyện thể thao",
            ),
        ),
        (
            (
                "| STT | Địa điểm | Diện tích (ha) | Ghi chú |\n|---|---|---|---|\n"
                "| 1 | Xã Hòa Bình | 12,5 | Sở Nông nghiệp và Môi trường |\n"
            ),
        ),
    ),
    ObligationRule(
        "table.lead_in",
        "a row of a task table whose columns name no lead (only partners, or no one: a table of tasks alone), under a "
        "line that names the rows' owner (a lead-in, ``Sở A chủ trì thực hiện các nhiệm vụ sau:``, or a heading, "
        "``3. Sở A:``, ``3. Trách nhiệm của Sở A``): the owner leads each row (decision 10)",
        (
            E(
                "Sở Giao thông vận tải chủ trì thực hiện các nhiệm vụ sau:\n\n| TT | Công việc | Đơn vị phối hợp | Thời hạn |\n"
                "|---|---|---|---|\n| 1 | Rà soát bến thủy nội địa | Công an tỉnh | Tháng 9/2031 |\n",
                "Sở Giao thông vận tải",
            ),
            E(
                "2. Ban Quản lý các khu công nghiệp thực hiện các nội dung sau:\n\n| STT | Nội dung | Phối hợp |\n"
                "|---|---|---|\n| 1 | Kiểm tra hệ thống xử lý nước thải tập trung | Sở Xây dựng |\n",
                "Ban Quản lý các khu công nghiệp",
            ),
            E(
                "3. Trách nhiệm của Trung tâm Lưu trữ lịch sử tỉnh\n\n| STT | Nội dung công việc | Thời gian |\n"
                "|---|---|---|\n| 1 | Chỉnh lý hồ sơ tồn đọng | Quý I/2033 |\n",
                "Trung tâm Lưu trữ lịch sử tỉnh",
            ),
        ),
        (
            # a row that names its lead is that lead's
            (
                "Sở Giao thông vận tải chủ trì thực hiện các nhiệm vụ sau:\n\n| TT | Công việc | Chủ trì | Phối hợp |\n"
                "|---|---|---|---|\n| 1 | Rà soát bến thủy nội địa | Công an tỉnh | Sở Tư pháp |\n"
            ),
            # a table of tasks alone under a line that names no owner: topics
            (
                "Kế hoạch gồm các nội dung sau:\n\n| STT | Nội dung công việc | Thời gian |\n|---|---|---|\n"
                "| 1 | Chỉnh lý hồ sơ tồn đọng | Quý I/2033 |\n"
            ),
        ),
    ),
    # --- roles -------------------------------------------------------------------------------------------------
    ObligationRule(
        "support.partner",
        "``phối hợp (với) X, Y`` as a verb of the task: X and Y support it",
        (
            E("1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ tham mưu bố trí kinh phí.\n", "Sở Nội vụ", "support"),
            E("2. Công an tỉnh phối hợp Sở Y tế kiểm tra cơ sở kinh doanh.\n", "Sở Y tế", "support"),
        ),
        (
            "1. Sở Nội vụ xây dựng quy chế phối hợp giữa các cơ quan.\n",
            # the superior the task advises works with the ministry, not the Sở
            "2. Sở Y tế tham mưu Ủy ban nhân dân tỉnh phối hợp Bộ Y tế triển khai dự án.\n",
        ),
        pattern=obligations.PARTNER,
    ),
    ObligationRule(
        "support.field",
        "a partner named in a labelled field (``Đơn vị phối hợp: …``) or a bracket (``(phối hợp: …)``)",
        (
            E(
                "1. Tổ chức tập huấn\n- Đơn vị chủ trì: Sở Tư pháp.\n- Đơn vị phối hợp: Sở Nội vụ.\n",
                "Sở Nội vụ",
                "support",
            ),
            E(
                "2. Kiểm tra an toàn thực phẩm\n- Cơ quan chủ trì: Sở Y tế.\n- Cơ quan phối hợp: Công an tỉnh.\n",
                "Công an tỉnh",
                "support",
            ),
        ),
        ("1. Tổ chức tập huấn\n- Đơn vị chủ trì: Sở Tư pháp.\n",),
    ),
    ObligationRule(
        "support.column",
        "a body in a task table's ``Cơ quan phối hợp`` column",
        (
            E(
                "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
                "| 1 | Xây dựng đề án | Sở Công Thương | Sở Tài chính | Năm 2026 |\n",
                "Sở Tài chính",
                "support",
            ),
            E(
                "| TT | Nội dung | Chủ trì | Phối hợp | Thời hạn |\n|---|---|---|---|---|\n"
                "| 1 | Rà soát thủ tục hành chính | Văn phòng UBND tỉnh | Sở Tư pháp | Quý IV/2026 |\n",
                "Sở Tư pháp",
                "support",
            ),
        ),
        (
            (
                "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n"
                "| 1 | Xây dựng đề án | Sở Công Thương | Năm 2026 |\n"
            ),
        ),
    ),
    ObligationRule(
        "mode.request",
        "a task asked of a body outside the issuer's authority (``Đề nghị …``, ``Kính đề nghị …``): mode requested",
        (
            E(
                "1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tuyên truyền, vận động nhân dân.\n",
                "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            ),
            E("2. Đề nghị Tỉnh đoàn phát động phong trào thanh niên tình nguyện.\n", "Tỉnh đoàn"),
        ),
        ("1. Sở Nội vụ đề nghị khen thưởng các tập thể có thành tích.\n",),
        pattern=obligations.REQUEST_IN_SENTENCE,
    ),
    ObligationRule(
        "aside.execution_clause",
        "a decision's execution clause (``… chịu trách nhiệm thi hành Quyết định này``): each body named gets it, "
        "marked so that the board leaves it out unless asked",
        (
            E(
                "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính và Thủ trưởng các cơ quan, đơn vị có liên "
                "quan chịu trách nhiệm thi hành Quyết định này./.\n",
                "Giám đốc Sở Tài chính",
            ),
            E(
                "Điều 4. Chánh Văn phòng Bộ, Vụ trưởng Vụ Pháp chế có trách nhiệm tổ chức thực hiện Chỉ thị này.\n",
                "Vụ trưởng Vụ Pháp chế",
            ),
        ),
        ("Điều 2. Sở Tư pháp chịu trách nhiệm hướng dẫn thi hành Quyết định này.\n",),
    ),
    ObligationRule(
        "aside.proposal",
        "what the issuer asks of its superior (``Đề nghị UBND tỉnh xem xét …`` in a Sở's document under UBND tỉnh; "
        "a report's ``KIẾN NGHỊ``): kept, marked so that the board leaves it out unless asked",
        (
            E(
                "1. Đề nghị UBND tỉnh xem xét, bố trí kinh phí thực hiện Kế hoạch.\n",
                "UBND tỉnh",
                header=_SO_HEADER,
            ),
            E(
                "III. KIẾN NGHỊ\n1. Đề nghị Bộ Tài chính sớm ban hành hướng dẫn thanh toán.\n",
                "Bộ Tài chính",
                header=_REPORT_HEADER,
            ),
        ),
        ("1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tuyên truyền, vận động nhân dân.\n",),
    ),
    ObligationRule(
        "aside.draft_proposal",
        "a task of a Tờ trình, or of the plan it submits for approval: proposed, not yet assigned; kept, marked so "
        "that the board leaves it out unless asked",
        (
            E("1. Sở Tư pháp chủ trì tuyên truyền, phổ biến pháp luật.\n", "Sở Tư pháp", header=_TTR_HEADER),
            E(
                "II. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính bố trí kinh phí trước ngày 30/6/2026.\n",
                "Sở Tài chính",
                header=_TTR_HEADER,
            ),
        ),
        ("1. Sở Tư pháp chủ trì tuyên truyền, phổ biến pháp luật.\n",),
    ),
    ObligationRule(
        "sentence.unclaimed",
        "an item that opens with a body's name and goes on with a verb where no other reader proposed a task (a "
        "heading no rule reads, a section of requirements): proposed and, while no learned scorer wins held out, "
        "not kept (``resolver.unclaimed``)",
        (
            E("1. Yêu cầu\n- Các sở, ngành chủ động triển khai kế hoạch.\n", "Các sở, ngành"),
            E("2. Mục đích\n- Cán bộ, công chức nâng cao nhận thức về cải cách hành chính.\n", "Cán bộ, công chức"),
        ),
        # an item a reader took (its sentence's subject) is no unclaimed candidate
        ("1. Sở Tài chính chủ trì thẩm định dự toán kinh phí.\n",),
    ),
    ObligationRule(
        "purpose.synthesis",
        "the body a report goes to, when a purpose clause says what it does with it (``… về Sở X để tổng hợp, báo "
        "cáo UBND tỉnh``): that is its task (decision 15)",
        (
            E(
                "1. Các phòng chuyên môn báo cáo kết quả về Văn phòng HĐND và UBND huyện để tổng hợp, báo cáo Chủ "
                "tịch UBND huyện.\n",
                "Văn phòng HĐND và UBND huyện",
            ),
            E(
                "2. UBND các xã gửi danh sách cho Phòng Nội vụ trước ngày 20/11 để tổng hợp, trình UBND huyện khen "
                "thưởng.\n",
                "Phòng Nội vụ",
            ),
        ),
        (
            "1. Phòng Tài chính tổng hợp danh sách, đề nghị Chủ tịch UBND huyện khen thưởng.\n",
            "1. Các xã báo cáo kết quả thực hiện về Phòng Nội vụ trước ngày 15/12.\n",
        ),
    ),
    ObligationRule(
        "split.sentence",
        "two tasks in one item (decision 14): a further sentence of a task's text that opens with a task verb is a "
        "task of its own, of the item's assignee (a partner the first sentence names stays with it), or of the "
        "subject it names itself; a sentence that only gives a time, elaborates, states a liability or a fact stays "
        "with the one before",
        (
            E(
                "1. Sở Nông nghiệp và Môi trường\n- Rà soát diện tích đất lúa bị ngập úng. Hướng dẫn nông dân chuyển "
                "đổi cơ cấu cây trồng.\n",
                "Sở Nông nghiệp và Môi trường",
            ),
            E(
                "2. Công an tỉnh chủ trì, phối hợp với Sở Xây dựng kiểm tra tải trọng xe trên các tuyến đường. "
                "Tổ chức tuần tra ban đêm trước ngày 30/9/2026.\n",
                "Công an tỉnh",
            ),
            E(
                "3. Sở Y tế\n- Tổ chức tiêm chủng mở rộng cho trẻ em dưới 5 tuổi. Trung tâm Kiểm soát bệnh tật tỉnh "
                "theo dõi các phản ứng sau tiêm.\n",
                "Trung tâm Kiểm soát bệnh tật tỉnh",
            ),
        ),
        (
            "1. Sở Xây dựng\n- Rà soát quy hoạch các khu đô thị mới. Thời gian: quý II/2026.\n",
            "2. Sở Công Thương\n- Tổ chức hội chợ hàng nông sản. Trong đó, ưu tiên các sản phẩm OCOP.\n",
            (
                "3. Sở Tài chính\n- Quản lý chặt chẽ nguồn vốn đầu tư công. Chịu trách nhiệm trước Chủ tịch UBND "
                "tỉnh nếu để xảy ra thất thoát.\n"
            ),
            "4. Sở Du lịch\n- Quảng bá du lịch tại TP. Hồ Chí Minh, Hà Nội v.v. Xây dựng tour liên tỉnh.\n",
            (
                "5. Sở Giao thông vận tải\n- Nâng cấp tuyến đường tỉnh 725 với tổng vốn 1.500 tỷ đồng. Kinh phí "
                "do ngân sách tỉnh bảo đảm.\n"
            ),
            "6. Sở Khoa học và Công nghệ\n- Thẩm định các đề tài cấp tỉnh. Hoàn thành trước ngày 30/6/2026.\n",
        ),
    ),
    # --- deadlines ---------------------------------------------------------------------------------------------
    ObligationRule(
        "deadline.task",
        "the time the task's own words give (``trước ngày 30/6/2026``, ``trong Quý III/2026``)",
        (
            E("1. Sở Tài chính báo cáo kết quả trước ngày 30/6/2026.\n", "Sở Tài chính"),
            E("2. Sở Nội vụ hoàn thành việc rà soát trong Quý III/2026.\n", "Sở Nội vụ"),
        ),
        ("1. Sở Nội vụ tổng hợp kết quả rà soát các năm trước.\n",),
        pattern=deadlines.DEADLINE_CUE,
    ),
    ObligationRule(
        "deadline.lead_in",
        "the time a lead-in gives all its items after its list's words (``… những việc sau trong tháng 02/2049:``), "
        "for each item that states none of its own",
        (
            E(
                "1. Sở Y tế khẩn trương hoàn thành những việc sau trong tháng 3/2026:\n- Rà soát cơ số thuốc.\n",
                "Sở Y tế",
            ),
            E(
                "2. Công an tỉnh thực hiện các nhiệm vụ sau trước ngày 30/6/2026:\n- Kiểm tra các cơ sở lưu trú.\n",
                "Công an tỉnh",
            ),
        ),
        ("1. Sở Y tế thực hiện những việc sau:\n- Rà soát cơ số thuốc.\n",),
    ),
    ObligationRule(
        "deadline.field",
        "the time a labelled field gives the task (its own, or its section's for every task under it that states "
        "none: ``b) Thời gian: Từ … đến …``), or a task table's time column",
        (
            E(
                "1. Tổ chức tập huấn\n- Đơn vị chủ trì: Sở Tư pháp.\n- Thời gian hoàn thành: Quý II/2026.\n",
                "Sở Tư pháp",
            ),
            E(
                "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
                "| 1 | Xây dựng đề án | Sở Công Thương | Tháng 9/2026 |\n",
                "Sở Công Thương",
            ),
            E(
                "1. Rà soát văn bản\na) Sở Tư pháp rà soát các văn bản quy phạm pháp luật.\n"
                "b) Thời gian: Từ ngày 01/3/2026 đến ngày 30/4/2026.\n",
                "Sở Tư pháp",
            ),
        ),
        ("1. Tổ chức tập huấn\n- Đơn vị chủ trì: Sở Tư pháp.\n",),
    ),
    # --- what keeps a proposal from being a task ----------------------------------------------------------------
    *NOT_TASK_RULES,
    # --- how the name a task is given to was read --------------------------------------------------------------
    *NAME_RULES,
)

#: The rules by id.
RULES_BY_ID: dict[str, ObligationRule] = {r.id: r for r in RULES}


def record_pattern(rule_id: str) -> regex.Pattern[str]:
    """The pattern the record ``rule_id`` holds, for its reader to look up (a record without one is an error)."""
    pattern = RULES_BY_ID[rule_id].pattern
    if pattern is None:
        raise LookupError(f"rule {rule_id!r} holds no pattern")
    return pattern
