"""The name grammar's records (``name.*``): which way of reading a name found the one a task is given to.

Every task's ``evidence`` ends with the record of its assignee's name (``Assignee.name_rule``), so ``vbparse
explain`` says how each name was read and ``scripts/evaluate.py --rules`` charges a name read wrong to the grammar's
record that read it, not to the reader of the construction that used it (issue 54).  The examples are invented bodies
of a plan, as those of ``tables/rules.py``: an example must give ``assignee`` a task whose evidence holds the record;
a counter-example must give no task by it (another record may read the name there, or none).
"""

from __future__ import annotations

from .rule_records import E, ObligationRule

NAME_RULES: tuple[ObligationRule, ...] = (
    ObligationRule(
        "name.alias",
        "a spelling of the alias table (``tables/assignees.py``): an abbreviation as written (``UBND``, ``VPTK``) or a "
        "spelled-out name on its folded words, which gives the name its canonical form",
        (
            E("1. UBND các xã rà soát danh sách hộ nghèo.\n", "UBND các xã"),
            E("2. Sở Tài chính chủ trì thẩm định dự toán kinh phí.\n", "Sở Tài chính"),
            E("3. Công an tỉnh bảo đảm an ninh trật tự tại các điểm bầu cử.\n", "Công an tỉnh"),
        ),
        (
            # a body the table does not spell: its head word reads it
            "1. Trạm Bơm Bắc Sơn kiểm tra máy bơm tiêu úng.\n",
        ),
    ),
    ObligationRule(
        "name.head",
        "a head word of the lexicon (``Trung tâm``, ``Phòng``, ``Ban Quản lý``, ``Chủ tịch``) and the words the "
        "grammar lets run after it: its specifier, its owner, its place; a department's whole name (``Sở``/``Bộ`` and "
        "its fields, ``tables/portfolios.py``) ends with its fields, a verb no list knows after it the sentence's",
        (
            E("1. Trạm Bơm Bắc Sơn kiểm tra máy bơm tiêu úng.\n", "Trạm Bơm Bắc Sơn"),
            E("2. Cổng thông tin điện tử tỉnh cập nhật tin bài về Đại hội.\n", "Cổng thông tin điện tử tỉnh"),
            E("4. Sở Y tế cấp phát thuốc cho các trạm y tế xã.\n", "Sở Y tế"),
            E(
                "3. Sở Tài chính chủ trì, phối hợp với Đội Thuế các xã, phường rà soát nợ đọng thuế.\n",
                "Đội Thuế các xã, phường",
                "support",
            ),
        ),
        (
            # a word no list heads, where a subject stands: read by where it stands
            "1. Nhà hát Ca kịch tỉnh chủ trì dàn dựng vở diễn mới.\n",
        ),
    ),
    ObligationRule(
        "name.compound",
        "a head the lists know opening in lower case right after one capitalised syllable: a compound head no list "
        "knows whole (``Tiểu`` + ``đội Dân quân``, ``Phân`` + ``viện …``) opens the name",
        (
            E(
                "1. Tổ chức diễn tập\n- Đơn vị thực hiện: Tiểu đội Dân quân thường trực xã.\n",
                "Tiểu đội Dân quân thường trực xã",
            ),
            E(
                "2. Khảo nghiệm giống lúa\n- Cơ quan chủ trì: Phân viện Nghiên cứu lúa phía Nam.\n",
                "Phân viện Nghiên cứu lúa phía Nam",
            ),
        ),
        (
            # a quantifier before the head is no syllable of it
            "1. Tổ chức diễn tập\n- Đơn vị thực hiện: Mỗi đội Dân quân xã.\n",
        ),
    ),
    ObligationRule(
        "name.person",
        "an honorific and a person's name (``đồng chí Nguyễn Văn A``), with the post after it (``- Phó Chủ tịch "
        "UBND xã``)",
        (
            E(
                "1. Giao đồng chí Trần Văn Bình - Phó Chủ tịch UBND xã chỉ đạo thực hiện kế hoạch.\n",
                "đồng chí Trần Văn Bình - Phó Chủ tịch UBND xã",
            ),
            E(
                "2. Đồng chí Lê Thị Hoa - Trưởng phòng Văn hóa chủ trì tổ chức hội thi.\n",
                "Đồng chí Lê Thị Hoa - Trưởng phòng Văn hóa",
            ),
        ),
        (
            # an honorific before a post names the post, not a person
            "1. Đồng chí Phó Chủ tịch UBND xã chỉ đạo thực hiện kế hoạch.\n",
        ),
    ),
    ObligationRule(
        "name.person_cell",
        "a person's name alone in a task table's column of who does it (``Người thực hiện``: ``Đỗ Mạnh Cường``)",
        (
            E(
                "| TT | Nội dung | Người thực hiện | Thời gian |\n|---|---|---|---|\n"
                "| 1 | Rà soát hồ sơ học viên | Đỗ Văn Hùng; Lê Thị Mai | Tháng 3/2026 |\n",
                "Lê Thị Mai",
            ),
            E(
                "| TT | Nội dung | Người thực hiện | Thời gian |\n|---|---|---|---|\n"
                "| 1 | Soạn tài liệu huấn luyện | Phạm Quốc Toàn | Quý II/2026 |\n",
                "Phạm Quốc Toàn",
            ),
        ),
        (
            (
                "| TT | Nội dung | Người thực hiện | Thời gian |\n|---|---|---|---|\n"
                "| 1 | Soạn tài liệu huấn luyện | Phòng Nghiệp vụ | Quý II/2026 |\n"
            ),
        ),
    ),
    ObligationRule(
        "name.collective",
        "a collective: ``các`` + nouns of bodies or places (``các sở, ban, ngành``, ``các xã, phường``), collective "
        "nouns listed without ``các`` (``cơ quan, đơn vị``), or one said by what it was given or does (``đơn vị được "
        "giao kế hoạch vốn``, ``Các cơ sở`` + a trade: ``sơ chế hải sản``)",
        (
            E("1. Các sở, ban, ngành rà soát thủ tục hành chính.\n", "Các sở, ban, ngành"),
            E(
                "2. Các tổ chức tín dụng triển khai cho vay ưu đãi.\n",
                "Các tổ chức tín dụng",
            ),
            # named for its trade, whose verb is a verb elsewhere (``extract/name_trades.py``)
            E(
                "3. Các cơ sở sơ chế hải sản ngoài công lập lắp đặt hệ thống xử lý nước thải.\n",
                "Các cơ sở sơ chế hải sản ngoài công lập",
            ),
            # closed by whose its members are, a verb no list knows after it (``extract/name_trades.py``)
            E(
                "4. Các đơn vị dạy nghề ngoài công lập nộp báo cáo tuyển sinh về Sở.\n",
                "Các đơn vị dạy nghề ngoài công lập",
            ),
        ),
        ("1. Sở Tư pháp rà soát thủ tục hành chính.\n",),
    ),
    ObligationRule(
        "name.plural_post",
        "``các`` + a post or a body at its levels: the holders of the post, the bodies (``các Phó Giám đốc phụ "
        "trách …``, ``các Công an tỉnh, thành phố``)",
        (
            E(
                "1. Các Phó Giám đốc phụ trách lĩnh vực kiểm tra việc thực hiện kế hoạch.\n",
                "Các Phó Giám đốc phụ trách lĩnh vực",
            ),
            E("2. Các Ủy viên Ban Chỉ đạo tham gia đầy đủ các cuộc họp.\n", "Các Ủy viên Ban Chỉ đạo"),
        ),
        ("1. Các phòng chuyên môn báo cáo kết quả thực hiện.\n",),
    ),
    ObligationRule(
        "name.post_of_body",
        "a post no list knows right before a body or bodies the lists know: that post of those bodies (``Thủ trưởng "
        "các sở, ban, ngành``, ``Lãnh đạo Sở Công Thương``)",
        (
            E(
                "1. Nhân viên các tổ chức tín dụng hướng dẫn khách hàng mở tài khoản.\n",
                "Nhân viên các tổ chức tín dụng",
            ),
            E(
                "2. Thủ quỹ các cơ quan, đơn vị kiểm kê quỹ tiền mặt.\n",
                "Thủ quỹ các cơ quan, đơn vị",
            ),
        ),
        (
            # a verb before the bodies is the sentence's, not a post
            "1. Chỉ đạo các sở, ban, ngành rà soát thủ tục hành chính.\n",
        ),
    ),
    ObligationRule(
        "name.headed_plural",
        "capitalised words no list knows right before a plural of places or bodies (``Chốt Kiểm dịch các huyện``, "
        "``UBND các phường, xã``): those places' bodies, those bodies' heads",
        (
            E("1. Kiểm dịch động vật\n- Đơn vị thực hiện: Chốt Kiểm dịch các huyện.\n", "Chốt Kiểm dịch các huyện"),
            E(
                "2. Thu phí thủy lợi\n- Đơn vị thực hiện: Xí nghiệp Thủy nông các huyện.\n",
                "Xí nghiệp Thủy nông các huyện",
            ),
        ),
        ("1. Tuần tra bảo vệ rừng\n- Đơn vị thực hiện: Chi cục Kiểm lâm.\n",),
    ),
    ObligationRule(
        "name.place_body",
        "words no list knows, the first capitalised, right before a grade or a place as a list's later member "
        "(``Tòa án nhân dân tỉnh``, ``Viện kiểm sát nhân dân tỉnh``): the body of that place",
        (
            E(
                "1. Sở Tài chính, Nhà văn hóa Thiếu nhi tỉnh, Sở Nội vụ tổ chức trại hè.\n",
                "Nhà văn hóa Thiếu nhi tỉnh",
            ),
            E(
                "2. Công an tỉnh, Xưởng Phim tài liệu tỉnh và Sở Nội vụ tổ chức chiếu phim lưu động.\n",
                "Xưởng Phim tài liệu tỉnh",
            ),
        ),
        (
            # a verb among the words: no body's name
            "1. Sở Tài chính, Sở Nội vụ tổ chức trại hè tỉnh.\n",
        ),
    ),
    ObligationRule(
        "name.place_subject",
        "a province or centrally run city written as the actor (``thành phố Đà Nẵng cần tập trung …``): its People's "
        "Committee",
        (
            E(
                "3. Nhiệm vụ của các địa phương\n- thành phố Hải Phòng cần tập trung nạo vét luồng hàng hải.\n",
                "thành phố Hải Phòng",
            ),
            E(
                "3. Nhiệm vụ của các địa phương\n- tỉnh Quảng Ninh cần khẩn trương hoàn thành quy hoạch vùng than.\n",
                "tỉnh Quảng Ninh",
            ),
        ),
        (
            # a place that is described does nothing
            "3. Nhiệm vụ của các địa phương\n- tỉnh Quảng Ninh có 13 đơn vị hành chính cấp huyện.\n",
        ),
    ),
    ObligationRule(
        "name.colon_members",
        "a plural head and its members after a colon (``Các Sở: Xây dựng, Tài chính``): one name per member",
        (
            E("1. Các Sở: Xây dựng, Tài chính, Công Thương rà soát giá vật liệu.\n", "Tài chính"),
            E(
                "2. Giám đốc các Sở: Y tế, Giáo dục và Đào tạo chỉ đạo kiểm tra an toàn trường học.\n",
                "Giáo dục và Đào tạo",
            ),
        ),
        ("1. Các sở rà soát giá vật liệu xây dựng.\n",),
    ),
    ObligationRule(
        "name.positional",
        "a noun phrase no list knows where a sentence's subject stands, before its role word or task verb (``Thư "
        "viện tỉnh chủ trì …``, ``Kỹ thuật viên chấm …``), or who is asked after an opener (``Đề nghị …``)",
        (
            E("1. Thư viện tỉnh chủ trì tổ chức ngày sách Việt Nam.\n", "Thư viện tỉnh"),
            E("2. Kỹ thuật viên chấm điểm các bài thi thực hành.\n", "Kỹ thuật viên"),
            E("3. Đề nghị thành phố Đà Nẵng tập trung phát triển du lịch biển.\n", "thành phố Đà Nẵng"),
        ),
        (
            # a thing, not one who acts
            "1. Nền tảng quản lý văn bản điều hành kết nối với hệ thống của tỉnh.\n",
        ),
    ),
    ObligationRule(
        "name.set_up",
        "the name a body was set up under with its members (``Tổ kiểm đếm tài sản thu hồi gồm:``, ``Thành lập Hội đồng "
        "Nghiệm thu Công trình gồm:``), where a later sentence's subject stands and opens with it, or with its words "
        "up to a capitalised qualifier it drops: the body acting, however its name is made",
        (
            E(
                "1. Tổ kiểm đếm tài sản thu hồi gồm:\n(1) Ông Lò Văn Khải - Phó Chủ tịch Ủy ban nhân dân xã, Tổ "
                "trưởng.\n2. Tổ kiểm đếm tài sản thu hồi niêm phong kho trước ngày 10/5/2030.\n",
                "Tổ kiểm đếm tài sản thu hồi",
            ),
            E(
                "1. Thành lập Tổ giám sát cộng đồng, phản biện xã hội gồm:\n- Ông Vi Văn Sáng Chủ tịch Ủy ban Mặt trận "
                "Tổ quốc xã Tổ trưởng\n2. Tổ giám sát cộng đồng, phản biện xã hội đi thực địa công trình trước ngày "
                "30/6/2030.\n",
                "Tổ giám sát cộng đồng, phản biện xã hội",
            ),
        ),
        (
            # no body set up: the head alone before its verb is read as before
            "1. Tổ kiểm đếm tài sản thu hồi niêm phong kho trước ngày 10/5/2030.\n",
        ),
    ),
    ObligationRule(
        "name.frame_verb",
        "a name the grammar ran over a lead-in's verb no list knows into its frame (``Phòng … đảm nhiệm`` + ``các "
        "việc sau:``): ended before the word, or the pair of syllables written as one, that stands before the list's "
        "noun, the verb the frame places",
        (
            E(
                "1. Phòng Quản lý và Cấp phép hoạt động đảm nhiệm các việc sau:\na) Tiếp nhận hồ sơ cấp phép.\n",
                "Phòng Quản lý và Cấp phép hoạt động",
            ),
            E(
                "1. Trung tâm Lưu trữ lịch sử gánh vác những phần việc dưới đây:\n- Chỉnh lý tài liệu tồn đọng.\n",
                "Trung tâm Lưu trữ lịch sử",
            ),
        ),
        (
            # a verb a list knows: the grammar ends the name itself
            "1. Phòng Quản lý và Cấp phép hoạt động thực hiện các việc sau:\na) Tiếp nhận hồ sơ cấp phép.\n",
        ),
    ),
    ObligationRule(
        "name.unit_chief",
        "a unit's chief named by the unit's noun and ``trưởng`` over that unit, whatever the unit (``Hải đội trưởng "
        "Hải đội Biên phòng 2``, ``Tiểu đoàn trưởng Tiểu đoàn 3``): the noun written again opens the unit's own name, "
        "which runs on as a unit's; one post",
        (
            E(
                "1. Hải đội trưởng Hải đội Biên phòng 2 chỉ đạo kiểm soát tàu cá xuất bến.\n",
                "Hải đội trưởng Hải đội Biên phòng 2",
            ),
            E("1. Khẩu đội trưởng Khẩu đội 1 kiểm tra vũ khí trước giờ trực.\n", "Khẩu đội trưởng Khẩu đội 1"),
        ),
        (
            # no unit of the same name after ``trưởng``: no post read so
            "1. Phân đội trưởng phải có mặt tại vị trí trực.\n",
        ),
    ),
    ObligationRule(
        "name.printed",
        "a subject's name that ran on through a verb no list knows, cut where the same name ends as the document prints "
        "it elsewhere (a partner, an addressee, a who-cell), a word in lower case after it (``printed_names``)",
        (
            E(
                "1. Tổ Kỹ thuật - Vận hành tẩy cặn bể chứa nước sạch ở các trạm bơm.\n"
                "2. Xí nghiệp Cấp nước số 2 chủ trì, phối hợp với Tổ Kỹ thuật - Vận hành kiểm tra đồng hồ nước.\n",
                "Tổ Kỹ thuật - Vận hành",
            ),
            E(  # printed in a table's who-cell
                "1. Đội Cơ khí - Sửa chữa gò hàn thùng xe chở rác.\n\n| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n"
                "|---|---|---|---|\n| 1 | Bảo dưỡng xe ép rác | Đội Cơ khí - Sửa chữa | Tháng 5/2031 |\n",
                "Đội Cơ khí - Sửa chữa",
            ),
        ),
        (
            # the name printed nowhere else: nothing ends it
            "1. Tổ Kỹ thuật - Vận hành tẩy cặn bể chứa nước sạch ở các trạm bơm.\n",
        ),
    ),
    ObligationRule(
        "name.read_whole",
        "a subject's name cut short at a word the grammar took for its verb, read whole where the document's own "
        "reading gave it whole elsewhere (a known word after it there) and the words cut off open the same name "
        "(``defined_names.read_whole``): the body acting, however its name is made",
        (
            E(
                "1. Đội quản lý trật tự đô thị chủ trì kiểm tra việc lấn chiếm vỉa hè.\n"
                "2. Đội quản lý trật tự đô thị tháo dỡ biển quảng cáo trái phép.\n",
                "Đội quản lý trật tự đô thị",
            ),
            E(
                "1. Ban vận động xây dựng quỹ khuyến học có trách nhiệm lập danh sách nhà hảo tâm.\n"
                "2. Ban vận động xây dựng quỹ khuyến học trao học bổng cho học sinh nghèo.\n",
                "Ban vận động xây dựng quỹ khuyến học",
            ),
        ),
        (
            # the name given whole nowhere in the document: the grammar's reading stands
            "1. Ban vận động xây dựng quỹ khuyến học trao học bổng cho học sinh nghèo.\n",
        ),
    ),
    ObligationRule(
        "name.unknown_head",
        "a body whose head no list knows, written as a name (a capital on its head and on the word that says which "
        "one: ``Nhà Thiếu nhi``, ``Xí nghiệp Thủy nông``), where a subject stands: read as a known head's name, ended "
        "by its level, its unit's number or its proper name, a verb no list knows after it",
        (
            E("1. Nhà Thiếu nhi tỉnh chiêu sinh các lớp năng khiếu hè cho thiếu nhi.\n", "Nhà Thiếu nhi tỉnh"),
            E("2. Đoạn Quản lý đường bộ số 3 rải đá dăm trên các đoạn sạt lở.\n", "Đoạn Quản lý đường bộ số 3"),
        ),
        (
            # a work, an event, a name acted on
            "1. Công trình Thủy lợi Bắc Sơn phục vụ tưới cho 300 ha lúa.\n",
            "2. Giải Bóng đá thiếu niên huyện khai mạc vào ngày 01/6/2026.\n",
            "3. Nhà Văn hóa xã được sửa chữa trước ngày 30/6/2026.\n",
        ),
    ),
    ObligationRule(
        "name.member",
        "a member no list knows of a list of names, kept by where it stands between known ones (a post before a "
        "known body, a phrase with a name's shape up to a comma or ``và``)",
        (
            E(
                "1. Sở Y tế, Quản đốc Xưởng Cơ khí số 1 và Công an tỉnh kiểm tra an toàn lao động.\n",
                "Quản đốc Xưởng Cơ khí số 1",
            ),
            E(
                "2. Sở Nội vụ, Quản trang Nghĩa trang Liệt sĩ số 3 và Công an tỉnh kiểm tra an toàn.\n",
                "Quản trang Nghĩa trang Liệt sĩ số 3",
            ),
        ),
        ("1. Sở Y tế, Sở Nội vụ và Công an tỉnh kiểm tra an toàn lao động.\n",),
    ),
    ObligationRule(
        "name.partner",
        "a partner no list knows in a list after ``phối hợp với`` (``phối hợp với Nhà văn hóa thiếu nhi, Sở Y tế``), "
        "read up to the list's separator",
        (
            E(
                "1. Sở Văn hóa chủ trì, phối hợp với Nhà văn hóa thiếu nhi, Sở Y tế tổ chức trại hè.\n",
                "Nhà văn hóa thiếu nhi",
                "support",
            ),
            E(
                "2. Sở Y tế chủ trì, phối hợp với lực lượng chức năng kiểm tra an toàn thực phẩm.\n",
                "lực lượng chức năng",
                "support",
            ),
        ),
        ("1. Sở Y tế chủ trì, phối hợp với Công an tỉnh kiểm tra an toàn thực phẩm.\n",),
    ),
    ObligationRule(
        "name.standing",
        "a name read by where it stands: a labelled field's value or a lead cell (``Đơn vị thực hiện: Thư viện "
        "tỉnh``), a heading among assignee headings, a heading's last listed member",
        (
            E("1. Tổ chức hội thi\n- Đơn vị thực hiện: Thư viện tỉnh.\n", "Thư viện tỉnh"),
            E("2. Tổ chức hội thao\n- Đơn vị chủ trì: Nhà thi đấu đa năng tỉnh.\n", "Nhà thi đấu đa năng tỉnh"),
            E(
                "1. Sở Y tế\n- Kiểm tra an toàn thực phẩm.\n2. Vườn quốc gia Phước Bình\n- Tuần tra bảo vệ rừng.\n",
                "Vườn quốc gia Phước Bình",
            ),
        ),
        (
            # a value that is a sentence names no one
            "1. Tổ chức hội thi\n- Đơn vị thực hiện: Theo phân công của Ban tổ chức.\n",
        ),
    ),
    ObligationRule(
        "name.execution_addressee",
        "the addressees of an execution clause, everything before its predicate, each opening with a capital or "
        "``các`` after a comma, a semicolon or ``và``, when the grammar's reading stops short of it (a verb inside a "
        "name: ``Trưởng phòng Kế hoạch tổng hợp``)",
        (
            E(
                "Điều 3. Chánh Văn phòng, Trưởng phòng Kế hoạch tổng hợp và Giám đốc Trung tâm Y tế huyện chịu "
                "trách nhiệm thi hành Quyết định này./.\n",
                "Trưởng phòng Kế hoạch tổng hợp",
            ),
            E(
                "Điều 4. Chánh Văn phòng, Trưởng phòng Tổ chức cán bộ, Trưởng phòng Quản lý và hỗ trợ nông dân, "
                "sản xuất số 2 chịu trách nhiệm thi hành Quyết định này./.\n",
                "Trưởng phòng Quản lý và hỗ trợ nông dân, sản xuất số 2",
            ),
        ),
        (
            # the grammar reads the whole list to the predicate itself
            "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này./.\n",
            # a sentence before the clause, not a list of names
            "Điều 3. Sau khi kiểm tra, nếu đủ điều kiện thì Sở Y tế chịu trách nhiệm thi hành Quyết định này./.\n",
        ),
    ),
    ObligationRule(
        "name.field_post",
        "a field's posts with an honorific or a scope (``Đồng chí Phó Chủ tịch UBND xã, phụ trách …``, ``Các đồng chí "
        "Ủy viên …``): one post per item, the honorific dropped",
        (
            E(
                "1. Tổ chức tiêm chủng\n- Cơ quan chủ trì: Đồng chí Phó Chủ tịch UBND xã, phụ trách văn hóa - xã hội.\n",
                "Phó Chủ tịch UBND xã, phụ trách văn hóa - xã hội",
            ),
            E(
                "2. Tổng hợp số liệu\n- Cơ quan chủ trì: Sở Y tế.\n"
                "- Cơ quan phối hợp: Các đ/c Chuyên viên Phòng Kế hoạch, Công an tỉnh.\n",
                "Các Chuyên viên Phòng Kế hoạch",
                "support",
            ),
        ),
        ("1. Tổ chức tiêm chủng\n- Cơ quan chủ trì: Trung tâm Y tế huyện.\n",),
    ),
    # --- the grammar's refusals: a phrase where a subject stands that it declines (issue 54, drops named) ---------
    ObligationRule(
        "name.not_agent",
        "a phrase where a sentence's subject stands whose first words name a thing, an event or a programme, no one "
        "who acts (``Hội nghị cử …``, ``Phong trào thu hút …``, ``Hệ thống tự động gửi …``): no name, no task; traced "
        "by ``vbparse explain`` with the node it was read in",
        (
            E("2. Hội nghị cử đại diện tham gia đoàn công tác.\n", "Hội nghị"),
            E("4. Phong trào thu hút hàng nghìn đoàn viên tham gia.\n", "Phong trào"),
            E("5. Hệ thống tự động gửi tin nhắn nhắc lịch tiêm.\n", "Hệ thống"),
        ),
        ("3. Thư viện tỉnh chủ trì tổ chức ngày sách Việt Nam.\n",),
    ),
)
