"""The words that end a name and open a sentence, as data: role words, task verbs, clause words and the
nouns made of them (``bầu cử``, ``giao thông``), the capitalised words that stop a name, and the heads that are no
subject.  The name grammar (``extract/name_*.py``) runs a name on from its head word until one of these; apart from
``tables/bodies.py`` (the words names are made of), which re-exports them for the modules that read both.
"""

from __future__ import annotations

#: Lower-case words that end a name: role words, task verbs and clause words.  A name never runs through
#: them (``Sở Tài chính chủ trì``, ``Công an tỉnh và các địa phương``); capitalised they may be part of a
#: name (``Sở Xây dựng``, ``Ban Tổ chức``), so they are matched in lower case only.
#: Nouns whose last word is a stop (``cử``, the verb of ``cử cán bộ``): inside a name they go on
#: (``Ủy ban bầu cử xã``, ``người ứng cử``).
STOP_COMPOUNDS: tuple[str, ...] = (
    "bầu cử", "ứng cử", "đề cử",
    "đăng ký",  # ``Văn phòng Đăng ký đất đai``: the office's field, not the verb ``ký``
    "thư ký",  # a secretary (``Tổ thư ký Hội đồng``), not the verb ``ký``
    # a meeting, not the verb ``họp``: ``đưa nội dung vào các cuộc họp thường kỳ`` (realdocs 03), ``các đại biểu
    # dự họp`` (31, 35)
    "cuộc họp", "buổi họp", "phiên họp", "dự họp", "phòng họp",
    "vận chuyển",  # ``Đội Vận chuyển cấp cứu``; only when the name's own word opens it (``vận chuyển`` is a verb)
    # a verb made a noun by the noun before it: ``việc làm`` (a job: ``Trung tâm Dịch vụ việc làm``), not ``làm``
    "việc làm",
    "viện nghiên cứu",  # research institutes, no ``nghiên cứu`` (study): ``phối hợp với doanh nghiệp, viện nghiên cứu``
    # diplomacy, not the verb ``giao``: ``các cơ quan ngoại giao`` (a Hà Nội resolution), ``Bộ Ngoại giao``
    "ngoại giao",
    # nouns ending in the verb ``trình`` (to submit): ``Công ty TNHH Khai thác công trình thủy lợi``, ``Ban Chỉ đạo
    # các chương trình mục tiêu quốc gia``
    "công trình", "chương trình", "quy trình", "lộ trình", "tiến trình",
    # open, not the verb ``mở``: ``Ban Quản lý Khu kinh tế mở Chu Lai``, ``phần mềm mã nguồn mở``, ``dữ liệu mở``
    "kinh tế mở", "nguồn mở", "dữ liệu mở", "học liệu mở", "đại học mở",
    "ban chỉ huy", "bộ chỉ huy",  # a command's head, not the verb ``chỉ huy`` (``Ban chỉ huy phòng thủ dân sự tỉnh``)
    "công lập",  # public, not the verb ``lập``: ``đơn vị sự nghiệp công lập``, ``trường công lập``
    "độc lập",  # independent, not the verb ``lập``: ``nhóm trẻ độc lập tư thục``, ``kiểm toán độc lập``
    "trật tự",  # order, not ``tự`` (oneself): ``các tổ tự quản an ninh trật tự ở thôn``
    # worship, not ``tự`` (oneself): ``các cơ sở thờ tự``, ``nơi thờ tự``; a writing system: ``chữ viết, văn tự``
    "thờ tự", "văn tự",
    # an adjective of a field that is also an adverb of manner: intensive care, continuing education (``Khoa Hồi sức tích
    # cực - Chống độc``, ``Trung tâm Giáo dục thường xuyên``), not ``tích cực``/``thường xuyên`` before a verb
    "hồi sức tích cực", "giáo dục thường xuyên",
    # general, not the verb ``tổng hợp`` (compile): a hospital's general wards (``Khoa Ngoại tổng hợp``, ``Khoa Nội tổng
    # hợp``); not after ``Văn phòng``, whose verb it is as often (``Văn phòng tổng hợp kết quả …``)
    "nội tổng hợp", "ngoại tổng hợp",
    # managers, not staff who manage (``Cục Nhà giáo và Cán bộ quản lý giáo dục``, ``cán bộ quản lý các trường``)
    "cán bộ quản lý",
    "hậu cần",  # logistics, not ``cần`` (need): ``Ban Hậu cần - Kỹ thuật``, ``Phòng Hậu cần Công an tỉnh``
    # a general one, not the verb: ``Tổ thường trực Tổng điều tra``, ``Ban Chỉ đạo Tổng kiểm kê tài sản công``
    "tổng điều tra", "tổng kiểm kê", "tổng rà soát", "tổng vệ sinh",
    # new, not the particle ``mới`` (just): ``Văn phòng Điều phối nông thôn mới tỉnh``, ``Trung tâm Đổi mới sáng tạo``
    "nông thôn mới", "đô thị mới", "đổi mới",
    # the law's project of building works, not the verb ``xây dựng``: ``Ban Quản lý dự án đầu tư xây dựng các công
    # trình dân dụng và công nghiệp tỉnh`` (not ``Sở Kế hoạch và Đầu tư xây dựng kế hoạch``: no ``dự án`` before it)
    "dự án đầu tư xây dựng",
    "mặt bằng",  # a site, not ``bằng`` (by): ``Tổ công tác giải phóng mặt bằng``, ``Ban bồi thường giải phóng mặt bằng``
    "phòng thử nghiệm",  # a testing laboratory, not the verb ``thử nghiệm``: ``Các phòng thử nghiệm được chỉ định …``
)  # fmt: skip

#: Coordinated pairs a comma joins, one word of a name: the field's fixed pairs (``Khoa Phòng, chống bệnh truyền
#: nhiễm``, ``Ban Chỉ đạo phòng, chống thiên tai``, ``Đội Phòng cháy, chữa cháy và cứu nạn, cứu hộ``, ``Phòng Quản lý
#: xuất cảnh, nhập cảnh``).  Not any two members of one shape: ``công chức, viên chức``, ``lãnh đạo, chỉ đạo``,
#: ``Chính phủ, chính quyền`` share a syllable and are lists (``extract/name_compounds.py``).
COMMA_COMPOUNDS: tuple[str, ...] = (
    "phòng, chống", "phòng cháy, chữa cháy", "cứu nạn, cứu hộ", "cứu hộ, cứu nạn", "tìm kiếm, cứu nạn",
    "tìm kiếm, cứu hộ", "xuất cảnh, nhập cảnh", "xuất nhập cảnh, cư trú",
    # land clearance: ``Ban bồi thường, giải phóng mặt bằng huyện``, ``Hội đồng bồi thường, hỗ trợ và tái định cư``
    "bồi thường, giải phóng mặt bằng", "bồi thường, hỗ trợ",
    # broadcasting, in capitals in a body's name: ``Báo và Phát thanh, Truyền hình …``, ``Đài Phát thanh, Truyền hình``
    "phát thanh, truyền hình",
    # industrial zones and clusters, one word in a partner's name: ``chủ đầu tư kinh doanh hạ tầng các khu, cụm công
    # nghiệp trên địa bàn``
    "khu, cụm công nghiệp",
    # foreign languages and informatics, one field of training: ``Các trung tâm ngoại ngữ, tin học ngoài công lập``
    "ngoại ngữ, tin học",
    # a team named for its two functions: ``Đoàn kiểm tra, giám sát``, ``Tổ kiểm tra, giám sát`` + its verb
    "kiểm tra, giám sát", "giám sát, kiểm tra",
)  # fmt: skip

#: Task verbs: the verb a task begins with (``Tổ chức tập huấn …``, ``Báo cáo kết quả …``).  Each ends a name
#: (``NAME_STOPS``), and a sentence of an item that opens with one gives a task of its own (``extract/sentences.py``:
#: two tasks in one item).
TASK_VERBS: tuple[str, ...] = (
    "tham mưu",
    "xem xét",  # ``phối hợp với các hợp tác xã dùng nước xem xét điều chỉnh …``: ``xem`` is no word of a name
    "coi",  # ``Các cơ quan, đơn vị coi việc thực hiện … là nhiệm vụ quan trọng``
    "họp",  # ``Hội đồng thi đua họp xét …``; never inside a name (``Phòng họp`` is a room)
    # works (``Chi ủy xã làm việc theo nguyên tắc …``): a predicate, where ``làm`` alone (``làm Tổ trưởng``) opens none
    "làm việc",
    "cụ thể hóa",  # ``Các tỉnh ủy … trực thuộc Trung ương cụ thể hóa hướng dẫn này`` (133)
    "cụ thể hoá",
    "triển khai",
    "thực hiện",
    "tổ chức",
    "xây dựng",
    "hướng dẫn",
    "chỉ đạo",
    "theo dõi",
    "kiểm tra",
    "rà soát",
    "tiếp tục",
    "nghiên cứu",
    "ghi",
    "đếm",
    "kiểm đếm",
    "điều hành",
    "chỉ huy",  # ``Trưởng Công an xã chỉ huy lực lượng …``; capitalised a head's word (``Bộ Chỉ huy``)
    "trao",
    "soạn thảo",
    "dự thảo",  # ``Phòng Quản lý hành nghề y dược dự thảo giấy phép``; capitalised a board's word (``Ban Dự thảo``)
    "thu thập",
    # the verbs of works and records a plan gives (``Tổ Triển khai chuyển đổi số cài đặt phần mềm …``); none names a
    # unit in lower case, as ``nộp`` and ``chi trả`` do (``cơ quan nộp lưu``, ``tổ chức chi trả``), and ``trồng`` a
    # compound noun's (``nuôi trồng``); ``mở`` after a noun it qualifies is open (``STOP_COMPOUNDS``: ``Khu kinh tế
    # mở``); not ``thông báo``, a notice's formula as often (``Văn phòng Chính phủ thông báo để …``)
    "cài đặt", "sao lưu", "nạo vét", "san gạt", "nghiệm thu", "quyết toán", "kê khai", "phun", "mở",
    # measuring and scheduling (``Trạm quản lý cống … đo độ mặn …``, ``Phòng Đào tạo xếp lịch …``): in lower case
    # inside no body's name
    "đo", "xếp",
    "ra quân",  # launch a campaign: ``các hộ kinh doanh … ra quân vớt rác``; in no body's name
    # patrol: ``các tổ tự quản … ở thôn tuần tra …``; a committee named for it keeps it (``Đội tuần tra`` + a verb,
    # a role word, its object and a verb: ``name_functions.named_for_verb``)
    "tuần tra",
    "phỏng vấn",  # interview: ``Điều tra viên phỏng vấn trực tiếp các hộ …``
    "cam kết",  # commit to: ``Vận động viên cam kết tham gia …``
    # inform (``Ban điều hành các khu phố thông báo đến người lao động …``); a notice's formula (``Văn phòng Chính phủ
    # thông báo để …``, ``Sở X thông báo:``) is no task (``rules_not_task``)
    "thông báo",
    "dự trù",  # budget for: ``Kế toán nhà trường dự trù kinh phí …``
    "điểm danh",  # call the roll: ``Phụ xe tuyến học sinh điểm danh học sinh …`` (twenty-sixth twin of A2)
    "nhắn tin",  # text: ``…, Phòng Kinh doanh nhắn tin khuyến cáo khách hàng …`` (twenty-sixth twin of A4)
    # take samples: ``Đội Kiểm tra Sở … lấy mẫu phân bón``; not ``lấy ý kiến``, a consulting body's name as often
    # (``cơ quan, đơn vị lấy ý kiến``, ``các cơ quan được lấy ý kiến``)
    "lấy mẫu",
    # review and approve (``Phòng … xét duyệt hồ sơ``); a council named for it keeps it (``Hội đồng xét duyệt trợ giúp
    # xã hội xã`` + ``họp xét``: ``name_functions.named_for_verb``), where ``xét`` alone was read
    "xét duyệt",
    # renew (``các Bộ, cơ quan đổi mới phương thức …``); capitalised a field's (``Trung tâm Đổi mới sáng tạo``:
    # ``STOP_COMPOUNDS``)
    "đổi mới",
    # inject (``Nhân viên thú y xã tiêm vắc xin dại …``); ``tiêm chủng`` a noun as often (``NOUNS_OPENED_BY_STOPS``)
    "tiêm",
    # calibrate, adjust and seal (instruments, goods): ``Kỹ thuật viên thiết bị hiệu chỉnh máy tự ghi …``, ``Công
    # chức giám sát bãi niêm phong các container …``
    "hiệu chuẩn", "hiệu chỉnh", "niêm phong",
    # calibrate (optics, scales) and narrate to visitors: ``Kỹ thuật viên vận hành kính viễn vọng cân chỉnh hệ quang
    # học``, ``Hướng dẫn viên … thuyết minh về …`` (twenty-seventh twins of A2)
    "cân chỉnh", "thuyết minh",
    # sort and treat (``Khoa Ngoại chấn thương phân loại, xử trí nạn nhân …``; twenty-seventh twins of R1); not
    # ``thống kê`` (count), which names a body at a sentence's start (``Thống kê tỉnh``, the statistics office)
    "phân loại", "xử trí",
    # examine and test-run (``Nhân viên quân y khám sức khỏe …``, ``Kỹ thuật viên công nghệ thông tin chạy thử đường
    # truyền …``; twenty-eighth twins of A2); ``khám`` with its object only: ``phòng khám`` is a clinic
    "khám sức khỏe", "khám sức khoẻ", "khám bệnh", "khám chữa bệnh", "khám sàng lọc", "chạy thử",
    # upkeep of works and land (``UBND các xã có hồ chứa phát quang mái đập``, ``… khơi thông dòng chảy``, ``… gia cố
    # bờ bao``, ``… cắt tỉa cây xanh``) and linking (``Câu lạc bộ … kết nối học viên với …``)
    "phát quang", "khơi thông", "gia cố", "cắt tỉa", "kết nối",
    "súc xả", "súc rửa",  # flush (pipes, tanks): ``Công ty Cổ phần Cấp nước X súc xả đường ống …``
    "phát biểu",
    "đọc",  # read out: ``Thư ký hội nghị đọc tiểu sử …`` (a step of a procedure)
    "trình bày",
    "niêm yết",
    "bàn giao",
    "tham gia",
    "hưởng ứng",
    "giới thiệu",
    "khảo sát",
    "thúc đẩy",
    "tạo điều kiện",
    "tăng cường",
    "đẩy mạnh",
    "đẩy nhanh",  # speed up: ``… và các khu vực đẩy nhanh tiến độ …``
    "phát huy",
    "quản lý",
    "bố trí",
    "cân đối",
    "thẩm định",
    "tổng hợp",
    "báo cáo",
    "lập",
    "cung cấp",
    "đôn đốc",
    "giám sát",
    "phụ trách",
    "đề xuất",
    "trình",
    "ban hành",
    "phát động",
    "tuyên truyền",
    "bám sát",  # ``Các cơ quan, đơn vị bám sát chương trình …``: a verb, never a name's word
    "phổ biến",
    "vận động",
    "huy động",
    "tập trung",
    "chuẩn bị",
    "tiến hành",
    "ưu tiên",
    "duy trì",
    "nâng cao",
    "bảo đảm",
    "đảm bảo",
    "sử dụng",
    "cập nhật",
    "đăng tải",
    "công bố",
    "giải quyết",
    "tiếp nhận",
    "tiếp công dân",  # (a stop of its own: ``tiếp`` alone opens no predicate, ``Ban tiếp công dân`` is named for it)
    "xử lý",
    "đánh giá",
    "đăng ký",
    "gửi",
    "cử",
    "phân công",
    "quán triệt",
    "lồng ghép",
    "phản ánh",
    "tổng kết",
    "sơ kết",
    "bình xét",
    "xét",
    "thống nhất",
    "tiếp thu",
    "nắm bắt",
    "khắc phục",
    "chấp hành",
    "tuân thủ",
    "bảo quản",
    "phát hiện",
    "ngăn chặn",
    "đấu tranh",
    "triệt phá",
    "điều tra",
    "truy tố",
    "xét xử",
    "hỗ trợ",
    "bồi dưỡng",
    "đào tạo",
    "tập huấn",
    "kiện toàn",
    "sắp xếp",
    "điều chỉnh",
    "sửa đổi",
    "bổ sung",
    "phê duyệt",
    "quyết định",  # the verb (``Bộ trưởng Bộ Công an quyết định thành lập Tổ giúp việc``, 28); the type is capitalised
    "ký",
    "chấm",
    "kiểm kê",
    "thành lập",
    "nhắc",
    "nhắc nhở",
    "góp ý",
    "ứng dụng",
    "số hóa",
    "chuyển",
    "hoàn thành",
    "hoàn thiện",
    "kiến nghị",
    "xác định",
    "đa dạng hóa",
    "đa dạng hoá",
    "chú trọng",
    "đưa",
    # ``có`` + what a task makes (``Có kế hoạch truyền thông …``, ``Có biện pháp phòng ngừa …``)
    "có kế hoạch",
    "có biện pháp",
    "có phương án",
    "có giải pháp",
    "vận chuyển",  # ``Công ty Môi trường đô thị vận chuyển rác thải …``
    # verbs tasks open with that ended no name: ``phối hợp với Giám đốc Sở Khoa học và Công nghệ thiết lập …`` read
    # the verb as the partner's words; each in lower case inside no body's name (not ``kiểm soát``: ``Trung tâm kiểm
    # soát bệnh tật``, ``Trưởng ban kiểm soát``; not ``áp dụng``: ``Cơ quan áp dụng cơ chế một cửa``, a title; not
    # ``biên soạn``: ``Tổ biên soạn``)
    "thiết lập",
    "trang bị",
    "phân bổ",
    "lắp đặt",
    "đối chiếu",
    "giải đáp",
    "xác minh",  # verify: ``Bước 1: Xác minh Ban Chỉ huy …``; in no body's name
    "triệu tập",  # convene: ``Ban Thường trực Ủy ban MTTQ xã triệu tập và chủ trì hội nghị``; in no body's name
    # the verbs of services, upkeep, money and care a body's task opens with (``Sở Y tế cấp phát thuốc …``, ``Các tổ
    # chức tín dụng cho vay …``): each in lower case inside no body's name (not ``đầu tư``, ``thống kê``, ``lưu trữ``,
    # ``khen thưởng``, ``nghiệm thu``, ``hòa giải``, ``tuần tra``, ``thi hành``: ``Ban quản lý dự án đầu tư xây dựng``,
    # ``Hội đồng nghiệm thu``, ``Tổ hòa giải``; tried and left out: ``vận hành`` of ``Người quản trị vận hành Cổng``,
    # ``chi trả`` of ``các tổ chức chi trả dịch vụ``, ``lấy ý kiến`` of ``các cơ quan được lấy ý kiến``, ``thu hồi``
    # after ``bị``, a passive with no doer)
    "thẩm tra", "cấp phát", "bình ổn", "giải ngân", "dọn dẹp", "khai báo", "canh gác", "ban bố", "phục dựng",
    "thanh toán", "cho vay", "cho mượn", "cho thuê", "công khai", "chăm sóc", "sửa chữa", "nâng cấp", "duy tu", "bảo dưỡng", "đối soát",
    "biểu dương", "cấp phép", "gia hạn", "củng cố", "mở rộng", "phát hành", "phát sóng", "khử khuẩn", "sàng lọc",
    "sơ tán", "di dời", "phòng ngừa", "xử phạt", "thăm hỏi", "chúc mừng", "đưa tin",
    # what a body writes or regulates (``Tiểu ban Nội dung biên soạn …``, ``Xí nghiệp … điều tiết nước``); tried and left
    # out: ``mở`` of ``Khu kinh tế mở``, ``chỉ huy`` of ``Ban chỉ huy phòng thủ dân sự`` (each in lower case in a name)
    "biên soạn", "điều tiết",
    # whom a body reaches (``Các khoa: … liên hệ doanh nghiệp tiếp nhận sinh viên``); what a body digitises (``Trung
    # tâm Phục vụ hành chính công tỉnh số hóa kết quả …``: ``số`` alone is a number, no verb)
    "liên hệ", "số hóa",
    # what a security team scans for (``Chuyên gia an toàn thông tin rà quét lỗ hổng …``, twenty-fourth twins); in no
    # body's name
    "rà quét",
    # whom a body answers (``Các sở, ngành phản hồi kết quả xử lý …``, nineteenth twins); in no body's name (not
    # ``mang``, carry: ``Người dân mang chai nhựa … đến đổi …``, what an event's people do, is no task of theirs)
    "phản hồi",
    # the verbs of choosing, printing, hiring, reviewing, showing, receiving guests and mending a body's task opens with
    # (ninth twins: ``Phòng … in bản đồ``, ``Văn phòng Sở lựa chọn …``, ``Ban Tuyên giáo … định hướng …``, ``Trung tâm
    # … thuê đơn vị …``, ``Biên mục viên mô tả …``): each in lower case inside no body's name (tried and left out:
    # ``diễn tập`` of ``Ban Chỉ đạo diễn tập``, ``tuyển sinh``/``tuyển dụng`` of ``Hội đồng tuyển sinh``, ``khám`` of
    # ``Phòng khám``, ``thu gom`` of ``các đơn vị thu gom``, ``thuê`` and ``chỉnh lý`` of ``đơn vị thuê chỉnh lý``,
    # ``nộp`` of ``cơ quan có nguồn thu nộp ngân sách``, ``tặng`` of ``(tên đơn vị) tặng``, the second syllables of
    # compounds: ``dựng`` of ``Sở Xây dựng``, ``chọn``, ``trả``)
    "in", "lựa chọn", "chọn lọc", "định hướng", "kích hoạt", "mô tả", "ghi chép", "cải tạo",
    "thiết kế", "dàn dựng", "duyệt", "giải tỏa", "phân luồng", "quảng bá", "sơ tuyển", "tham dự", "thay thế",
    "thay mới", "thu hộ", "tra cứu", "trưng bày", "tuyên bố", "tạm dừng", "đóng dấu", "đón", "kiểm định",
    "huấn luyện", "luân chuyển", "cắm mốc", "chuẩn hóa", "mua sắm", "nhân rộng", "tu bổ",
    "khoanh vùng", "tiêu hủy", "hoàn trả", "xét tuyển", "tuyển chọn",
    "đảm nhận", "đảm đương",  # take on: ``Khoa … đảm nhận những phần việc sau đây:`` over its items
    # (tenth twins) advancing money, scoring, arranging music: ``Phòng Tài chính - Kế toán tạm ứng …``, ``Nhạc công đàn
    # bầu phối khí …`` (tried and left out: ``quan trắc`` of ``đơn vị được lựa chọn quan trắc môi trường``, set3 124)
    "tạm ứng", "chấm điểm", "phối khí",
    # verbs that open tasks read by hand and no list knew (the first words of the gold's tasks counted: ``thi hành
    # Quyết định này``, ``Thảo luận, thống nhất …``, ``Phấn đấu …``); tried and left out: ``thí điểm`` of ``các xã
    # thuộc vùng thí điểm``, ``ra sức`` of people named for a place (``Cán bộ và Nhân dân trên địa bàn ra sức …``),
    # ``áp dụng`` of a scope article's ``Cơ quan áp dụng cơ chế một cửa``, ``lấy ý kiến`` of ``Cơ quan, đơn vị lấy
    # ý kiến gửi …``
    "thi hành", "khuyến khích", "thảo luận", "phấn đấu", "quan tâm", "nỗ lực",
    "hình thành", "tóm tắt", "kiên trì", "thay mặt", "thu hút", "ra mắt", "hiệp thương", "chỉnh sửa", "gương mẫu",
    "dự kiến", "điều động", "đóng gói",
    # signing, never ``ký`` alone (``thư ký``): ``Phó Hạt trưởng phụ trách nghiệp vụ ký xác nhận bảng kê``
    "ký xác nhận", "ký duyệt", "ký kết", "ký ban hành", "ký phê duyệt",
    # awarding, which opens a predicate where ``trao`` alone does not (``NOT_PREDICATE_STOPS``): ``Quỹ Bảo trợ trẻ em
    # tỉnh trao học bổng …``
    "trao học bổng", "trao thưởng", "trao tặng", "trao quà",
    # issuing, where ``cấp`` alone is a grade's word (``cấp tỉnh``, ``các cấp``): ``Chi cục Thủy sản cấp mã số …``
    "cấp mã", "cấp giấy", "cấp thẻ", "cấp chứng chỉ", "cấp chứng nhận", "cấp đổi", "cấp lại",
    "cấp bằng",
    "trích xuất", "nấu",  # extracting data, cooking: ``Đội Tổng hợp trích xuất dữ liệu …``, ``Chi hội … nấu cơm …``
    # being on duty, never ``trực`` alone (``Thường trực``, ``trực thuộc``): ``Đội cứu hộ bãi biển trực cứu hộ …``
    "trực cứu hộ", "trực cứu nạn", "trực ứng cứu", "trực canh", "trực gác", "trực ban", "trực tổng đài",
    "trực đường dây",
    "dọn vệ sinh", "dọn dẹp",  # cleaning: ``Chi đoàn thanh niên bản … dọn vệ sinh đường làng``
    "thử nghiệm",  # trying out: ``… những người quản lý hồ chứa ở các thôn vùng cao`` + ``thử nghiệm gửi tin nhắn …``
)  # fmt: skip

#: Adverbs of time and manner that stand before a task's verb (``Đề nghị Bộ Tài chính sớm ban hành``, ``Sở Y tế nhanh
#: chóng triển khai``, ``… và cơ quan báo chí chủ động tổ chức``).
MANNER_ADVERBS: tuple[str, ...] = (
    "kịp thời",
    "chủ động",
    "khẩn trương",
    "sớm",
    "ngay",
    "nhanh chóng",
    "kiên quyết",
    "thường xuyên",
    "nghiêm túc",
    "định kỳ",
    "hằng năm",
    "hàng năm",
)

NAME_STOPS: tuple[str, ...] = (
    # role words
    "chủ trì",
    "phối hợp",
    "có trách nhiệm",
    "có nhiệm vụ",
    "chịu trách nhiệm",
    "là cơ quan",
    "là đơn vị",
    "là đầu mối",
    "là thường trực",
    "là",
    "được giao",
    "được phân công",
    # what a body may do or is entitled to (``Đoàn kiểm tra được sử dụng con dấu …``, decision 11): no word of its
    # name, and no task (``tables/rules_not_task.ENTITLEMENT``)
    "được sử dụng",
    "được hưởng",
    "được phép",
    "được quyền",
    "thường trực",
    "làm",
    "cùng",
    "với",
    # the task verbs, and the words that stand before one
    *TASK_VERBS,
    "căn cứ",
    "thông qua",
    # a step of a procedure, not a task of its own (``- Kết thúc hồ sơ.``): never a name's word
    "kết thúc",
    "đề nghị",
    "yêu cầu",
    # adverbs of time and manner before the verb: never a lower-case word of a name
    *MANNER_ADVERBS,
    "tăng",
    "giảm",
    "đồng thời",
    "ngoài ra",
    "tiếp",
    "đăng",
    "kính",
    "trân trọng",
    "sinh hoạt",
    "trực tiếp",
    "tích cực",
    "có",
    "cần",
    "phải",
    # the particles that stand before a verb (phó từ of time and manner): a name ends where one begins
    # (``Sở Y tế cũng tổ chức …``, ``Công an tỉnh vừa phát hiện …``, ``các đơn vị đều phải …``)
    "sẽ",
    "đã",
    "đang",
    "mới",
    "vừa",
    "cũng",
    "đều",
    "vẫn",
    # now, a state described (``Trung tâm Lưu trữ hiện nay quản lý …``): no task (not ``hiện`` alone: ``Lưu trữ hiện
    # hành`` is a name)
    "hiện nay",
    "hiện tại",
    "luôn",
    "hãy",
    "chưa",
    "nắm",
    "đề nghị",
    "yêu cầu",
    "mời",
    "giao",
    "chịu",
    "cho",
    "tự",
    "nghiêm",
    "theo",
    # clause words
    "để",
    "nhằm",
    "về",
    "trong",
    "tại",
    "khi",
    "nếu",
    "đối với",
    "thông qua",
    "bằng",
    "của",
    "do",
    "mà",
    "thì",
    "nhưng",
    "hoặc",
    "và",
    "như",
    "gồm",
    "bao gồm",
    "từ",
    "đến",
    "trước",
    "sau",
    "theo đó",
    "qua",
)

#: Nouns that a stop word opens (``giao`` of ``giao thông``): in lower case inside a name they are the name's
#: words (``Ban An toàn giao thông tỉnh``, ``Trung tâm Quản lý giao thông công cộng``, a bank's ``Phòng giao dịch``),
#: no verb; ``tự quản`` (self-governing) qualifies a group (``tổ tự quản vệ sinh môi trường``), where ``tự`` + a verb
#: is a task done by oneself (``tự kiểm tra``).
NOUNS_OPENED_BY_STOPS: tuple[str, ...] = (
    "giao thông", "giao dịch", "chuyển đổi số", "tự quản", "tiêm chủng",
    "tự hành", "tự động",  # by itself, not ``tự`` (oneself): ``phà tự hành``, ``trạm quan trắc tự động``
    "cần cẩu", "cần trục",  # a crane, not ``cần`` (need): ``Thợ vận hành cần cẩu``
    "thi hành án",  # the enforcement of judgments, a body's field: ``Cơ quan thi hành án dân sự``
    "ký hiệu",  # a sign, not ``ký`` (sign): ``nhóm tình nguyện viên ngôn ngữ ký hiệu``
    "ký túc xá",  # a dormitory: ``Cán bộ phụ trách ký túc xá`` + ``bố trí chỗ ở …``
    # lenses, not ``kính`` (respectfully: ``Kính gửi``): ``Kỹ thuật viên vận hành kính viễn vọng`` (twenty-seventh twins
    # of A2), ``… kính hiển vi``
    "kính viễn vọng", "kính thiên văn", "kính hiển vi", "kính lúp",
)  # fmt: skip

#: Task verbs that end a name even when capitalised: a heading joined to the sentence below it in a PDF
#: (``Công chức Văn hóa - Xã hội Phối hợp với …``).  Verbs that do occur in names (``Sở Xây dựng``, ``Ban
#: Tổ chức``, ``Ban Quản lý``, ``Ủy ban Kiểm tra``, ``Viện Nghiên cứu``) are not among them.
CAPITALISED_STOPS: tuple[str, ...] = (
    "Phối hợp",
    "Tham mưu",
    "Chủ trì",
    "Có trách nhiệm",
    "Chịu trách nhiệm",
    "Hoàn thành",
    "Triển khai",
    "Thực hiện",
    "Hướng dẫn",
    "Chỉ đạo",
    "Theo dõi",
    "Đôn đốc",
    "Rà soát",
    "Căn cứ",
    "Tiếp tục",
    "Tăng cường",
    "Đẩy mạnh",
    "Tổng hợp",
    "Bố trí",
    "Chuẩn bị",
    "Tuyên truyền",
    "Phát động",
    "Đề xuất",
    "Cung cấp",
    "Là",
)

#: Nouns that open a sentence without naming anyone who acts (a topic, an amount, a time, a thing, a text): a
#: subject read by where it stands (``extract.assignees.positional_subject``) never begins with one
#: (``Kinh phí thực hiện …``, ``Thời gian tổ chức …``, ``Hồ sơ gửi về …``).  Compared in lower case, one tone
#: placement, on the first word or the first two.
NON_SUBJECT_HEADS: tuple[str, ...] = (
    "kinh phí", "thời gian", "thời hạn", "thời điểm", "nội dung", "mục đích", "mục tiêu", "yêu cầu", "phạm vi",
    "đối tượng", "địa điểm", "hình thức", "kết quả", "việc", "công tác", "hoạt động", "nhiệm vụ", "giải pháp",
    "tiến độ", "nguồn", "trường hợp", "quy mô", "sản phẩm", "phương thức", "phương án", "phương pháp", "mức",
    "chế độ", "số lượng", "số liệu", "chỉ tiêu", "danh sách", "hồ sơ", "văn bản", "kế hoạch", "chương trình",
    "dự án", "đề án", "quyết định", "thông tư", "nghị định", "nghị quyết", "luật", "tổng", "toàn bộ", "tất cả",
    "ngân sách", "vốn", "tài liệu", "báo cáo", "thông tin", "dữ liệu", "hệ thống", "tình hình", "chất lượng",
    "hiệu quả", "mô hình", "phong trào", "giai đoạn", "năm", "tháng", "quý", "ngày", "tuần", "đợt", "lần",
    "bước", "cơ chế", "chính sách", "quy định", "quy chế", "quy trình", "tiêu chí", "tiêu chuẩn", "định mức",
    "chi phí", "đơn giá", "giá", "thủ tục", "sự", "nguyên tắc", "ý nghĩa", "quan điểm", "lĩnh vực", "các",
    "mọi", "những", "toàn thể", "trên", "dưới", "ngoài", "đây", "đó", "này", "sau", "trước", "từ", "đến",
    "trong", "khi", "nếu", "để", "nhằm", "theo", "về", "tại", "cho", "với", "và", "hoặc", "nhưng", "mà", "thì",
    "là", "có", "không", "chưa", "đã", "đang", "sẽ", "được", "bị", "tiếp", "thêm", "chỉ", "còn", "vẫn", "cũng",
    "đều", "riêng", "đặc biệt", "ngoài ra", "đồng thời", "bản", "biên bản", "tờ trình", "công văn", "giấy",
    "phiếu", "mẫu", "biểu", "bảng", "phụ lục", "trang", "số", "diện tích", "dân số", "hàng hóa", "tài sản",
    "trang thiết bị", "thiết bị", "cơ sở vật chất", "hệ số", "tỷ lệ", "tỉ lệ", "định hướng", "tầm nhìn",
    "thành phần", "thành tích", "khen thưởng", "kỷ luật", "vi phạm", "lỗi", "tác động", "ảnh hưởng", "rủi ro",
    "khó khăn", "vướng mắc", "tồn tại", "hạn chế",
    # what a body has or is given, a section's topic (``Quyền hạn của …``, ``Cơ cấu tổ chức``, ``Trách nhiệm thực hiện``)
    "quyền hạn", "quyền", "chức năng", "cơ cấu", "trách nhiệm", "nghĩa vụ", "vị trí",
    # things a level may close as it closes a body's name (``Nền tảng số tỉnh cung cấp …``, ``Thư viện tỉnh …``)
    "nền tảng", "ứng dụng", "phần mềm", "cơ sở dữ liệu",
    # the first words of a leading clause of time (``Hết thời hạn …,``, ``Cuối mỗi quý,``, ``Đầu năm học,``)
    "hết", "kết thúc", "cuối", "đầu", "giữa", "mỗi", "ngay khi", "chậm nhất", "hằng", "hàng", "định kỳ",
)  # fmt: skip

#: People named for the place they live in (``Công dân Việt Nam``, ``Người dân Yên Khê``): a head no list knows
#: before a place's name is an organ's named for where it stands (``Bến xe khách Yên Khê``) unless it is one of these.
PEOPLE_OF_A_PLACE: tuple[str, ...] = (
    "công dân", "người dân", "nhân dân", "đồng bào", "bà con", "cư dân", "hộ dân", "du khách", "người", "khách",
)  # fmt: skip

#: Words that count or take the whole of what follows (``Mỗi đội …``, ``Từng tổ …``): never the first syllable of a
#: compound head (``Tiểu`` + ``đội``) however they are written.
QUANTIFIERS: tuple[str, ...] = ("mỗi", "từng", "cả", "toàn", "mọi", "những", "các", "một")

#: Lower-case words that end a name but open no predicate: clause words, particles, ``có`` alone (``Trung tâm X
#: có 03 phòng`` describes it).  A subject read by where it stands must be followed by a verb or role word.
NOT_PREDICATE_STOPS: tuple[str, ...] = (
    "là", "được giao", "được phân công", "thường trực", "làm", "cùng", "với", "có", "cho", "theo", "để", "nhằm",
    "về", "trong", "tại", "khi", "nếu", "đối với", "thông qua", "bằng", "của", "do", "mà", "thì", "nhưng",
    "hoặc", "và", "như", "gồm", "bao gồm", "từ", "đến", "trước", "sau", "theo đó", "qua", "kính", "trân trọng",
    "đồng thời", "ngoài ra", "tăng", "giảm", "ngay", "sớm", "xét", "đếm", "trao", "tiếp", "đăng",
    "nghiêm", "tự", "chịu", "căn cứ", "ký", "phụ trách",
)  # fmt: skip


#: Stops that are a post's words in capitals right before a body's name (``Thường trực HĐND xã``, ``Thường trực
#: Đảng ủy``): in lower case they end a name (``Sở Nội vụ thường trực …``), as a verb they name no one
#: (``Thường trực tại trụ sở …``); only a body the lists know after them makes them a post.
POST_STOPS: tuple[str, ...] = ("thường trực",)

#: What is done, after a place's clause word (``trong việc``, ``trong quá trình``): the clause word opens what the
#: names do, not where they are (``phối hợp với phòng Quản lý công nghiệp trong việc tham mưu …``).
DOING_NOUNS: tuple[str, ...] = ("việc", "quá trình", "công tác")

#: Role words after which any noun phrase that stands where a subject stands is the subject.
ROLE_WORDS: tuple[str, ...] = (
    "chủ trì", "phối hợp", "có trách nhiệm", "có nhiệm vụ", "chịu trách nhiệm", "là cơ quan", "là đơn vị",
)  # fmt: skip
#: ... denied (``Văn phòng đăng ký đất đai không chịu trách nhiệm …``): they end a name as the role word does.
NEGATED_ROLE_WORDS: tuple[str, ...] = tuple(f"{n} {w}" for n in ("không", "chưa") for w in ROLE_WORDS)

#: Verbs that open a sentence of a plan (a task or an aim with no subject), which no name list holds because they
#: occur in names in lower case (``Trung tâm phát triển quỹ đất``): a subject read by where it stands never
#: begins with one.
SENTENCE_VERBS: tuple[str, ...] = (
    "phát triển", "khuyến khích", "mở rộng", "kết nối", "lựa chọn", "đưa", "gắn", "rút ngắn", "chú trọng",
    "xem trọng", "đa dạng hóa", "khai mạc", "kết hợp", "dự kiến", "đạt được", "nâng cấp", "hoàn chỉnh",
    "ứng dụng", "tiếp tục", "phấn đấu", "bảo vệ", "củng cố", "đổi mới", "hiện đại hóa", "chuyển đổi", "tạo",
    # a body's work for another before that other's name (``Giúp Ban Chỉ đạo, Trưởng ban …``, ``Thay mặt
    # Trưởng ban …``, ``Phân cấp cho Ủy ban nhân dân các xã …``): no post of it
    "giúp", "thay mặt", "phân cấp", "ủy quyền", "uỷ quyền",
)  # fmt: skip

#: Heads of a work, a place or an event that are written in capitals as a body's name is (``Công trình Thủy lợi Bắc
#: Sơn``, ``Cuộc thi Ảnh đẹp``, ``Khu Công nghiệp …``): a name no list knows opening with one is no one who acts
#: (``name.unknown_head``).  Compared in lower case, one tone placement, on the first word or the first two.
THING_HEADS: tuple[str, ...] = (
    "công trình", "hạng mục", "cầu", "đường", "tuyến", "tuyến đường", "đê", "kênh", "hồ", "đập", "cống", "chợ",
    "khu công nghiệp", "cụm công nghiệp", "khu", "cụm", "sân", "nhà thi đấu", "di tích", "danh lam", "làng nghề",
    "cuộc thi", "kỳ thi", "hội chợ", "liên hoan", "hội diễn", "hội thao", "triển lãm", "lễ hội", "cuộc vận động",
    "quỹ đất", "giải thưởng", "danh hiệu", "bằng khen", "giấy khen", "huy chương", "sách", "tập san", "bản tin",
    "chuyên mục", "chuyên trang", "cổng", "website", "dự thảo", "chú thích", "danh mục", "giấy phép", "tờ trình",
    "sông", "suối", "núi", "đồi", "đèo", "đảo", "vịnh", "biển", "bãi", "bãi biển", "vùng", "cánh đồng", "đầm", "thác",
    "hang", "rừng", "công viên", "quảng trường", "tượng đài", "đền", "chùa", "đình", "miếu", "nhà thờ",
)  # fmt: skip

#: An execution clause's address before the posts it names (``Các ông (bà) Chánh Văn phòng Bộ; Vụ trưởng …``;
#: twenty-eighth twins of S2): a subject opener only before a capital (``Các ông (bà) có tên tại Điều 1`` is who is
#: addressed, a collective); not ``Các đồng chí Phó Chủ tịch …``, whose plural the gold keeps (``Các Phó Chủ tịch``).
ADDRESS_OPENERS: tuple[str, ...] = ("các ông (bà)", "các ông, bà", "các ông/bà")

#: A lead-in that fronts its object and names its subjects after ``do`` (``Các nhiệm vụ sau đây do X chủ trì, Y phối
#: hợp thực hiện:``; twenty-ninth twins of A5): its opener, before the names; not without ``do`` (``Các nhiệm vụ sau
#: đây cần hoàn thành …``: no one named).
PASSIVE_LIST_OPENERS: tuple[str, ...] = tuple(
    f"{determiner} {noun} {where} do"
    for determiner in ("các", "những")
    for noun in ("nhiệm vụ", "nội dung", "công việc", "việc", "hoạt động", "phần việc")
    for where in ("sau", "sau đây", "dưới đây")
)

#: Subject openers that ask only bodies named as such (``Khuyến khích Liên đoàn Lao động tỉnh …``), not the public or
#: the market in lower case (``Khuyến khích các hộ gia đình, cá nhân phân loại rác``: a policy, no one's task); nor
#: does an invitation (``Mời doanh nghiệp có nhu cầu đăng ký gian hàng`` under a unit's duties: the unit's task).
NAMED_ONLY_OPENERS: tuple[str, ...] = ("khuyến khích", "mời")
