"""The rules that keep something from being a task (``not_task.*``) and the resolver's drop, each with its invented
examples: records of ``tables/rules.py`` kept apart (what is no task, beside what is one)."""

from __future__ import annotations

from .rule_records import E, ObligationRule

NOT_TASK_RULES: tuple[ObligationRule, ...] = (
    ObligationRule(
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
    ),
    ObligationRule(
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
    ),
    ObligationRule(
        "not_task.roster",
        "a member of a roster (``Thư ký: Đồng chí ......``, ``Tổ trưởng: Ông ______``): who holds a post, not a task "
        "(decision 18)",
        (
            E("3. Phân công trong Tổ công tác\n- Thư ký: Đồng chí ......\n", "Thư ký"),
            E("3. Phân công trong Ban\n- Phó Trưởng ban: Ông ____________\n", "Phó Trưởng ban"),
        ),
        ("3. Tổ trưởng: Đồng chí Lê Văn Minh chủ trì họp Tổ công tác hằng tháng.\n",),
    ),
    ObligationRule(
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
    ),
    ObligationRule(
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
    ),
    ObligationRule(
        "resolver.unclaimed",
        "a proposal no reader claimed (``sentence.unclaimed``) is not kept: an item in a section of requirements or "
        "purposes, a duty stated as a quality; the rules decide, as no learned scorer has won held out "
        "(``extract/resolver.py``, ``scripts/train_resolver.py``)",
        (
            E("1. Yêu cầu\n- Các phòng chuyên môn thường xuyên rà soát tiến độ.\n", "Các phòng chuyên môn"),
            E("2. Mục đích\n- Các hội viên tích cực tham gia phong trào thi đua.\n", "Các hội viên"),
        ),
        ("1. Sở Nội vụ tổng hợp kết quả thực hiện kế hoạch.\n",),
    ),
    ObligationRule(
        "not_task.entitlement",
        "what a body may do or is entitled to (``được sử dụng con dấu``, ``được hưởng chế độ``), not a task",
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
        ),
        ("1. Sở Nội vụ hướng dẫn các đơn vị được hưởng chế độ theo quy định.\n",),
    ),
    ObligationRule(
        "not_task.dissolution",
        "a body's own end (``Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ``), not a task",
        (
            E("Điều 4. Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ.\n", "Đoàn kiểm tra"),
            E("1. Tổ công tác tự giải thể sau khi kết thúc đợt kiểm tra.\n", "Tổ công tác"),
        ),
        ("1. Ban Chỉ đạo tổng kết, báo cáo kết quả sau khi hoàn thành nhiệm vụ.\n",),
    ),
    ObligationRule(
        "not_task.closing",
        "a letter's closing formula (``Kính báo cáo UBND tỉnh./.``), not a task",
        (
            E("2. Sở Nội vụ\n- Tổng hợp ý kiến của các đơn vị.\n- Kính báo cáo UBND tỉnh./.\n", "Sở Nội vụ"),
            E(
                "3. Văn phòng\n- Chuẩn bị tài liệu cuộc họp.\n- Kính trình Chủ tịch UBND tỉnh xem xét./.\n",
                "Văn phòng",
            ),
        ),
        ("1. Sở Nội vụ báo cáo UBND tỉnh trước ngày 30/6/2026.\n",),
    ),
    ObligationRule(
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
    ),
    ObligationRule(
        "not_task.reward",
        "a reward for a condition (``… hoàn thành tốt nhiệm vụ được xem xét khen thưởng``), not a task",
        (
            E("1. Các tập thể hoàn thành xuất sắc nhiệm vụ được xem xét, khen thưởng.\n", "Các tập thể"),
            E("2. Các cá nhân có thành tích tiêu biểu được đề nghị khen thưởng.\n", "Các cá nhân"),
        ),
        ("1. Sở Nội vụ tổng hợp danh sách đề nghị khen thưởng.\n",),
    ),
)
