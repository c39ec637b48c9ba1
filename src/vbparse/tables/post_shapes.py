"""The shape of a post or a staff member no list names, as data: the syllables that make an agent noun, the staff
nouns, the professions, the words of a post's scope; and the nouns of events, which are no one who acts.  The name
grammar (``extract/name_forms.py``, ``extract/name_post_scopes.py``) reads a subject by where it stands with them.
"""

from __future__ import annotations

from ..chars import tone_key

#: The shape of a person's post or a staff member no list names, for a subject read by where it stands before a
#: task verb: a syllable that makes an agent noun (``Kỹ thuật viên``, ``Kiểm sát viên``, ``Điều dưỡng trưởng``,
#: ``Hạt trưởng``, ``Kỹ sư``, ``Bác sĩ``) after the phrase's first word ...
AGENT_SYLLABLES: tuple[str, ...] = ("viên", "trưởng", "phó", "sư", "sĩ")
#: ... or the staff noun it opens with (``Cán bộ thư viện``, ``Nhân viên bảo vệ``, ``Thủ kho``).  Any other noun
#: phrase is a subject there only before a role word (``Thư viện tỉnh chủ trì …``).
STAFF_HEADS: tuple[str, ...] = (
    "cán bộ", "công chức", "viên chức", "nhân viên", "người lao động", "thủ kho", "thủ quỹ", "người phụ trách",
    # a person by what they are in the procedure (decision 3: ``Người ứng cử phát biểu``, ``Cử tri phát biểu …``),
    # a profession whose noun has no agent's syllable (``Nữ hộ sinh cập nhật …``, ``Điều dưỡng trực …``)
    "người", "cử tri", "công dân", "nữ hộ sinh", "hộ sinh", "điều dưỡng", "y tá", "thủ thư", "văn thư", "kế toán",
    "lái xe", "cấp dưỡng",
    # a craftsman by the craft after ``Thợ`` (``Thợ điện``, ``Thợ vận hành cần cẩu``)
    "thợ",
    # a worker, an adviser, an assistant, an expert by what they work at (``Công nhân chăn nuôi vệ sinh …``, ``Cố vấn
    # học tập rà soát …``, ``Trợ lý giám đốc tổng hợp …``; twenty-third twins of A2)
    "công nhân", "cố vấn", "trợ lý", "chuyên gia",
    # an officer by the branch after ``Sĩ quan`` (``Sĩ quan thông tin``, ``Sĩ quan tham mưu``), and a vehicle's crew
    # (``Phụ xe tuyến học sinh``; twenty-sixth twins of A2)
    "sĩ quan", "hạ sĩ quan", "phụ xe",
    # an owner by what they own (``Chủ các mỏ cát …``, ``Chủ hộ kinh doanh …``, ``Chủ rừng …``; twenty-seventh twins of
    # F1): the one a plan gives the duty of what they own
    "chủ",
)  # fmt: skip
#: The words after ``chủ`` that make a word of their own, no owner (``Chủ trương …``, ``Chủ thể thực hiện``, ``Chủ đề
#: …``, ``Chủ động …``): ``chủ`` is a staff head (an owner) only before anything else.
CHU_COMPOUND_SECONDS: tuple[str, ...] = (
    "trương", "thể", "đề", "trì", "động", "yếu", "quyền", "nghĩa", "công", "nhật", "quan", "đạo", "lực", "chốt", "ý",
    "đích", "điểm", "tâm", "ngữ", "từ", "quản",
)  # fmt: skip
#: ... or a body of a level: a noun phrase that a place level closes (``Thư viện tỉnh``, ``Nhà văn hóa xã``, ``Đài
#: Truyền thanh huyện``, ``Bảo tàng tỉnh Bình An``), unless it opens with an event's noun (``Hội nghị tỉnh``,
#: ``Ngày hội đọc sách tỉnh``): an event or a gathering is no one who acts.
EVENT_HEADS: tuple[str, ...] = (
    "hội nghị", "hội thảo", "đại hội", "hội thi", "cuộc thi", "ngày hội", "lễ", "tuần lễ", "tháng", "giải", "chương trình",
    "đợt",
)  # fmt: skip

#: Words after a post that say which one of its kind it is, before its verb (``Kiểm lâm viên phụ trách địa bàn lập
#: …``, ``Giáo viên chủ nhiệm lớp 5A thông báo …``): the post's scope, what they take after them part of it ...
POST_SCOPE_WORDS: tuple[str, ...] = ("phụ trách", "chủ nhiệm", "chuyên trách", "bán chuyên trách", "kiêm nhiệm")
#: ... and the words of how a post is held, which end its scope (``Nhân viên bảo vệ rừng chuyên trách ghi …``): a
#: stop before them is the post's field, not its verb.
POST_HOLDING_WORDS: tuple[str, ...] = ("chuyên trách", "bán chuyên trách", "kiêm nhiệm")

#: Verbs of a standing function, which a committee, a body or a staff member is named for with their object
#: (``Trạm quản lý đê …``, ``Kỹ sư giám sát công trình``, ``Tổ thẩm định hồ sơ đấu thầu``), as against a verb of one
#: act (``Nữ hộ sinh cập nhật sổ theo dõi …``: the act, the sentence's) or one whose object acts (``Ban hướng dẫn hộ
#: dân kê khai``).  Only before their object and then the sentence's task verb.
FUNCTION_VERBS: tuple[str, ...] = (
    "quản lý", "giám sát", "theo dõi", "kiểm soát", "điều hành", "điều phối", "vận hành", "bảo quản", "bảo vệ",
    "bảo trì", "bảo dưỡng", "thẩm định", "đánh giá", "tiếp nhận", "xử lý", "kiểm tra", "kiểm định", "kiểm nghiệm",
    "tổ chức", "soạn thảo", "biên tập", "khảo sát", "điều tra", "tuần tra", "xét duyệt", "chấm", "coi", "tư vấn",
    "giải quyết", "phục vụ", "chăm sóc", "cứu hộ", "cứu nạn", "quan trắc", "thống kê", "lưu trữ", "phân tích",
    "thanh tra", "giúp việc", "thư ký", "phụ trách", "vận chuyển", "chỉ huy", "điều trị", "thu gom", "trực", "đăng ký", "đào tạo",
    "kiểm kê",  # ``Tổ kiểm kê tài sản`` + ``đối chiếu …``: an inventory team
    # a procuracy's and a court's (``Phòng Kiểm sát xét xử hình sự`` + ``lựa chọn …``, ``Hội đồng xét xử`` + ``tuyên
    # án``; twenty-fifth twin of L1)
    "xét xử", "kiểm sát",
    # measuring and mending (``Nhân viên đo khí mỏ`` + ``kiểm tra …``, ``Thợ sửa chữa đường ống`` + ``thay thế …``)
    "đo", "sửa chữa",
    # supporting and preventing (``Phòng Quản lý hỗ trợ doanh nghiệp`` + ``tiếp nhận …``, ``Phòng Phòng chống ma túy và
    # tội phạm`` + ``lập …``)
    "hỗ trợ", "phòng chống",
    # a team that chooses or writes (``Tổ lựa chọn đơn vị`` + ``thực hiện …``, ``Hội đồng xét tuyển viên chức`` + ``tổ
    # chức …``, ``Tổ biên soạn tài liệu`` + ``thu thập …``; not ``Nhóm`` as a head: ``Nhóm 1``, ``nhóm TTHC``, ``Nhóm dự án`` are
    # kinds of things)
    "lựa chọn", "xét tuyển", "tuyển chọn", "biên soạn",
)  # fmt: skip
#: The same compared with their tones (folded): what the grammar's readers look a verb up in.
FUNCTION_VERB_KEYS: frozenset[str] = frozenset(tone_key(w) for w in FUNCTION_VERBS)
#: The verbs of managing or running (of ``FUNCTION_VERBS``) whose object may be a set (``Ban điều hành các khu phố``,
#: ``Ban quản lý các chợ``): no one manages others into doing, so their ``các`` does not act, unlike ``kiểm tra các
#: hộ lập …``.
MANAGING_VERBS: tuple[str, ...] = ("quản lý", "điều hành", "vận hành")
#: The determiners of a set that open a managing verb's object.
SET_DETERMINERS: tuple[str, ...] = ("các", "những")
#: Words no object of what a head is named for holds (``Trạm kiểm tra hàng hóa tại cửa khẩu``: a verb's object
#: and where, the sentence's; ``Tổ kiểm tra các hộ``): prepositions, determiners, a predicate's mood and tense.
#: The words of a predicate's mood, tense or negation (``Hội đồng Quản lý có thể họp …``, ``… không còn là …``).
MOOD_WORDS: tuple[str, ...] = ("có", "thể", "phải", "cần", "được", "bị", "sẽ", "đã", "đang", "không", "chưa")
#: Of those, the words of a passive, and of a tense or an aspect that may stand before one (``sẽ được``, ``đã bị``,
#: ``vẫn được``): a passive after its tense is no predicate of the name before it (``Chuyên gia … sẽ được mời``).
PASSIVE_WORDS: tuple[str, ...] = ("được", "bị")
TENSE_WORDS: tuple[str, ...] = ("sẽ", "đã", "đang", "vẫn", "cũng")
NOT_NAMED_OBJECT_WORDS: tuple[str, ...] = (
    "tại", "trong", "về", "cho", "với", "của", "đến", "từ", "theo", "ở", "trên", "dưới", "sau", "trước", "bằng",
    "vào", "ra", "lên", "và", "hoặc", "mỗi", "từng", "cả", "toàn", "mọi", "những", "các", "một",
    *MOOD_WORDS,
)  # fmt: skip
#: The same compared with their tones (folded, ``đo`` would be ``do``): what the grammar's readers look words up in.
NOT_NAMED_OBJECT_KEYS: frozenset[str] = frozenset(tone_key(w) for w in NOT_NAMED_OBJECT_WORDS)
#: The syllables that end a staff member's noun (``Kỹ thuật viên``, ``Kỹ sư``, ``Họa sĩ``): not ``trưởng`` or
#: ``phó``, a post that decides (``Hiệu trưởng phê duyệt kế hoạch …``), whose verb is always the sentence's.
STAFF_SYLLABLES: tuple[str, ...] = ("viên", "sư", "sĩ")
#: The person nouns of one syllable and ``viên`` or ``sư`` (``đoàn viên``, ``hội viên``, ``luật sư``): after a verb of one syllable they are
#: its object (``Giao đoàn viên …``), where after a verb's compound the syllable makes a post (``Giao dịch viên``).
ONE_ROOT_MEMBERS: tuple[str, ...] = (
    "đoàn viên", "đảng viên", "hội viên", "giáo viên", "giảng viên", "sinh viên", "học viên", "thành viên",
    "nhân viên", "ủy viên", "xã viên", "tổ viên", "đội viên", "luật sư", "kỹ sư", "giáo sư",
)  # fmt: skip

#: The heads of collectives of actors a trade names (``Các cơ sở`` + ``chăm sóc người khuyết tật``, ``Các hộ`` +
#: ``nuôi trồng thủy sản``, ``Các doanh nghiệp`` + ``sản xuất, kinh doanh phân bón``).  Not ``đơn vị`` nor ``cơ
#: quan``: a unit of the state is named for no trade, and ``Các đơn vị tổ chức hội nghị …`` is the sentence's verb.
#: Not ``hộ`` alone, which no collective's list holds (folded it is ``hồ``, ``họ``): ``Các hộ chăn nuôi …`` is unread.
TRADE_COLLECTIVE_HEADS: tuple[str, ...] = (
    "cơ sở", "hộ gia đình", "doanh nghiệp", "tổ chức", "cá nhân", "hợp tác xã", "công ty",
)  # fmt: skip
#: The verbs of a trade or a service a collective of actors is named for (``cơ sở khám bệnh, chữa bệnh``, ``hộ gia đình chăn
#: nuôi lợn``): after such a head, with their object and then the sentence's task verb, the collective's own words.  Not
#: a verb of control (``kiểm tra``, ``rà soát``): ``Các cơ sở kiểm tra định kỳ …`` is the sentence's verb.
TRADE_VERBS: tuple[str, ...] = (
    "sản xuất", "kinh doanh", "chế biến", "sơ chế", "giết mổ", "buôn bán", "bán buôn", "bán lẻ", "phân phối",
    "nhập khẩu", "xuất khẩu", "chăn nuôi", "nuôi trồng", "trồng trọt", "nuôi", "trồng", "đánh bắt", "khai thác",
    "vận chuyển", "vận tải", "cung cấp", "cung ứng", "chăm sóc", "nuôi dưỡng", "bảo trợ", "khám bệnh", "chữa bệnh",
    "điều trị", "cai nghiện", "thu gom", "tái chế", "sửa chữa", "đào tạo", "bồi dưỡng",
    # the services of health and inspection a collective of labs or centres is named for (``Các phòng xét nghiệm y học
    # ngoài công lập gửi …``; twenty-first twin of A1)
    "xét nghiệm", "kiểm nghiệm", "kiểm định", "giám định",
)  # fmt: skip
#: What says which of a trade's actors a collective means after the trade's object (``ngoài công lập``, ``bằng
#: đường thủy``): words the object of a committee's function may not hold.
TRADE_QUALIFIERS: tuple[str, ...] = ("ngoài công lập", "bằng")
#: Whose the members of a collective are, the last words of its name (``Các đơn vị đăng kiểm xe cơ giới ngoài công
#: lập`` + ``nộp …``): the longest first.
OWNERSHIP_QUALIFIERS: tuple[str, ...] = ("ngoài công lập", "công lập", "tư thục", "tư nhân", "dân lập")
