"""The grammar of Vietnamese body, post and person names, as data.

A name in a plan is built from a small set of *head words* followed by the body's own name and a place:
``Sở`` + ``Tài chính`` (+ ``tỉnh Lào Cai``), ``Ủy ban nhân dân`` + ``các xã, phường``, ``Bộ Chỉ huy
Quân sự`` + ``tỉnh``, ``Phó Giám đốc`` + ``Sở Công Thương``, ``đồng chí`` + ``Nguyễn Văn A``.  The
recogniser (``extract/assignees.py``) starts a name at a head word and runs it on until the sentence goes
on: a role word (``chủ trì``, ``có trách nhiệm``), a task verb, a clause word, or punctuation.  No body is
listed here by its full name: the alias table (``assignees.py``) holds spellings and abbreviations, this
module only the words names are made of.

Head words are matched on the text as written: capitalised (``Sở``, ``Phòng``) where the lower-case word
is an ordinary word (``cơ sở``, ``phòng, chống``, ``ban hành``), and in any case where it is not
ambiguous (``công an``, ``ủy ban nhân dân``).  Sources: Nghị định 30/2020/NĐ-CP (tên cơ quan), the
2025 organisation of provinces and communes (reference/vietnamese-admin-documents.md), and the plans in
``../shared/realdocs``.
"""

from __future__ import annotations

from ..chars import fold
from ..pattern_cache import compiled
from .clause_words import (  # noqa: F401 - the name grammar's stops, read through this module as before
    ADDRESS_OPENERS,
    CAPITALISED_STOPS,
    MANNER_ADVERBS,
    NAME_STOPS,
    NAMED_ONLY_OPENERS,
    NON_SUBJECT_HEADS,
    NOT_PREDICATE_STOPS,
    NOUNS_OPENED_BY_STOPS,
    PASSIVE_LIST_OPENERS,
    POST_STOPS,
    ROLE_WORDS,
    SENTENCE_VERBS,
    STOP_COMPOUNDS,
    TASK_VERBS,
)
from .names import RANKS

#: Heads of bodies and of their units, with the kind they give.  Matched capitalised as written (first
#: letter upper case), longest first.
BODY_HEADS: tuple[tuple[str, str], ...] = (
    # state bodies and their units
    ("Ủy ban nhân dân", "body"),
    ("Uỷ ban nhân dân", "body"),
    ("UBND", "body"),
    ("Hội đồng nhân dân", "body"),
    ("HĐND", "body"),
    ("Ủy ban Mặt trận Tổ quốc", "body"),
    ("Uỷ ban Mặt trận Tổ quốc", "body"),
    ("Ủy ban MTTQ", "body"),
    ("Uỷ ban MTTQ", "body"),
    ("UBMTTQ", "body"),
    ("Mặt trận Tổ quốc", "body"),
    ("Mặt trận", "body"),  # the Front of a level, named by the level (``Mặt trận cơ sở``, ``Mặt trận xã``)
    ("MTTQ", "body"),
    ("Ủy ban Kiểm tra", "body"),  # a Party committee's inspection committee (``Ủy ban Kiểm tra Tỉnh ủy``)
    ("Uỷ ban Kiểm tra", "body"),
    ("Ủy ban", "body"),
    ("Uỷ ban", "body"),
    ("Bộ Chỉ huy Quân sự", "body"),
    ("Bộ Chỉ huy quân sự", "body"),
    ("Bộ Chỉ huy Bộ đội Biên phòng", "body"),
    ("Bộ Chỉ huy", "body"),
    ("Ban Chỉ huy Quân sự", "body"),
    ("Ban Chỉ huy quân sự", "body"),
    ("Ban CHQS", "body"),
    # heads written short (``BCH Quân sự Quận 3``, ``BQL Chợ Đầm``, ``UBKT Đảng ủy``): each heads a name as its
    # spelled-out head does (Ban Chỉ huy, Ban Chỉ đạo, Ban Quản lý, Ban Thường vụ, Ủy ban Kiểm tra, Công an xã)
    ("BCH", "body"),
    ("BCĐ", "body"),
    ("BQL", "body"),
    ("BTV", "body"),
    ("UBKT", "body"),
    ("CAX", "body"),
    # military units (``Trung đội DQTV``, ``Đại đội Công binh``, ``Tiểu đoàn Thông tin``)
    ("Trung đội", "unit"),
    ("Đại đội", "unit"),
    ("Tiểu đoàn", "unit"),
    ("Bộ Tư lệnh", "body"),
    ("Bộ tư lệnh", "body"),
    ("Bộ đội Biên phòng", "body"),
    ("Công an", "body"),
    ("Sở", "body"),
    ("Bộ", "body"),
    ("Ban", "body"),
    ("Cục", "body"),
    ("Chi cục", "body"),
    ("Tổng cục", "body"),
    ("Vụ", "unit"),
    ("Viện", "body"),
    # a university or an academy of its own (``Đại học Quốc gia Hà Nội``, ``Học viện Chính trị khu vực I``);
    # inside ``Trường Đại học …`` it is the school's name
    ("Đại học", "body"),
    ("Học viện", "body"),
    ("Trung tâm", "body"),
    ("Phòng", "unit"),
    ("Văn phòng", "unit"),
    # a committee's standing office (``Văn phòng thường trực Ban Chỉ huy Phòng thủ dân sự tỉnh``)
    ("Văn phòng thường trực", "unit"),
    ("Văn phòng Thường trực", "unit"),
    ("Thanh tra", "body"),
    ("Kho bạc", "body"),
    # the state's auditor; ``Kiểm toán`` alone opens a task (``- Kiểm toán việc sử dụng …``)
    ("Kiểm toán Nhà nước", "body"),
    ("Kiểm toán nhà nước", "body"),
    ("Thuế", "body"),
    ("Chi nhánh", "body"),
    ("Bảo hiểm xã hội", "body"),
    ("Ngân hàng", "body"),
    ("Tòa án", "body"),
    ("Toà án", "body"),
    ("Viện Kiểm sát", "body"),
    ("Viện kiểm sát", "body"),
    ("Hải quan", "body"),
    ("Cảnh sát", "body"),
    ("Hội đồng", "body"),
    ("Hội", "body"),
    ("Liên đoàn", "body"),
    ("Liên hiệp", "body"),
    ("Đoàn", "body"),
    ("Tỉnh đoàn", "body"),
    ("Thành đoàn", "body"),
    ("Công đoàn", "body"),
    ("Tỉnh ủy", "body"),
    ("Tỉnh uỷ", "body"),
    ("Huyện ủy", "body"),
    ("Đảng ủy", "body"),
    ("Đảng uỷ", "body"),
    ("Đảng bộ", "body"),
    ("Chi bộ", "body"),
    ("Báo", "body"),
    ("Đài", "body"),
    ("Trường", "body"),
    ("Bệnh viện", "body"),
    ("Trạm", "unit"),
    # a unit of the ranger, dyke or border service (``Hạt Kiểm lâm …``, ``Hạt Quản lý đê …``, ``Đồn Biên phòng …``)
    ("Hạt", "unit"),
    ("Đồn", "unit"),
    # a camp and its sub-camps (``Trại giam Nam Hà``, ``Trại tạm giam Công an tỉnh``, ``Phân trại số 2``, ``Trại Giống
    # lúa Khe Sắn``; twenty-fourth twin of TAB-THUCHIEN)
    ("Trại", "unit"),
    ("Phân trại", "unit"),
    ("Tổ công tác", "body"),
    ("Tổ giúp việc", "body"),
    ("Tổ kiểm tra", "body"),
    ("Tổ thẩm định", "body"),
    ("Đoàn kiểm tra", "body"),
    ("Đoàn công tác", "body"),
    ("Đoàn thanh tra", "body"),
    ("Đoàn giám sát", "body"),
    ("Hội đồng thẩm định", "body"),
    ("Ban vận động", "body"),
    ("Ban Vận động", "body"),
    ("Ban Chấp hành", "body"),
    ("Ban chấp hành", "body"),
    ("Hội đồng thi đua", "body"),
    ("Ban tổ chức", "body"),
    ("Ban chỉ đạo", "body"),
    ("Tổ", "unit"),
    ("Tiểu ban", "body"),
    ("Đội", "unit"),
    ("Lực lượng", "body"),
    ("Công ty", "body"),
    ("Tổng công ty", "body"),
    ("Tổng Công ty", "body"),
    ("Tập đoàn", "body"),  # ``Tập đoàn Vingroup - Công ty CP`` (104)
    ("Hợp tác xã", "body"),
    ("Thông tấn xã", "body"),
    ("Thôn", "unit"),
    ("Bản", "unit"),
    ("Tổ dân phố", "unit"),
    ("Tiểu khu", "unit"),
    ("Khu phố", "unit"),
    ("Cơ quan", "body"),
    ("Đơn vị", "body"),
    ("Bộ phận", "unit"),
    ("Thường trực", "body"),
    ("Ban Thường vụ", "body"),
    ("Ban Giám đốc", "body"),
    ("Lãnh đạo", "position"),
    ("Chính phủ", "body"),
    ("Thủ tướng Chính phủ", "position"),
    # heads the grammar had missed (issue 21, class 7): faculties, associations, unions, portals, schools
    ("Khoa", "unit"),
    ("Hiệp hội", "body"),
    ("Liên minh", "body"),
    ("Cổng thông tin", "body"),
    ("Cổng Thông tin", "body"),
    ("Nhà trường", "body"),
    ("Sinh viên", "other"),
    # the owners of a project, a facility, a business or a vehicle named one by one at a sentence's start
    # (``Chủ cơ sở có trách nhiệm giám sát …``, ``Chủ đầu tư phải lập hồ sơ …``); ``các`` + them is a
    # collective.  Not ``Nhà đầu tư``: a decision approving an investor heads the investor's identity with it
    # (``1. Nhà đầu tư`` / ``Tên doanh nghiệp: …`` / ``Điện thoại: …``: realdocs 38, 39), no task
    ("Chủ đầu tư", "other"),
    ("Chủ cơ sở", "other"),
    ("Chủ doanh nghiệp", "other"),
    ("Chủ phương tiện", "other"),
    ("Học sinh", "other"),
)

#: The head of a body's branch, written after the body's name and a dash (``Ngân hàng Nhà nước Việt Nam - Chi nhánh
#: Khu vực II``): the same name goes on, no second one.
BRANCH_HEADS: tuple[str, ...] = ("Chi nhánh",)
#: A company's legal form after a dash ends its name (``Tập đoàn Vingroup - Công ty CP``, ``Tổng công ty tư
#: vấn thiết kế Giao thông vận tải-CTCP``; 104), though ``Công ty`` is a head.
LEGAL_FORM = compiled(r"(?:Công\s+ty\s+(?:CP|cổ\s+phần|TNHH(?:\s+MTV)?)|CTCP|JSC)(?![\p{L}])")

#: ``các`` and the plural nouns of a collective whose members a colon lists (``Giám đốc các Sở: Xây dựng, Tài
#: chính``, ``Chủ tịch UBND các phường, xã: Kim Liên, Bạch Mai``; 104), what comes before them, ...
LISTED_COLLECTIVE = compiled(r"(?P<before>.*?)(?<![\p{L}])các\s+(?P<nouns>\p{L}+(?:\s*,\s*\p{L}+)*)\s*$")
#: ... a member (capitalised, its words up to a separator: ``Quy hoạch - Kiến trúc``) ...
MEMBER = compiled(
    r"(?:(?:liên[ \t]+)?(?:huyện|xã|phường)[ \t]+|thị[ \t]+xã[ \t]+|thành[ \t]+phố[ \t]+|khu[ \t]+vực[ \t]+)?"  # its level
    r"\p{Lu}[\p{L}\p{N}]*(?:(?:[ \t]+|[ \t]*-[ \t]*)(?!và(?![\p{L}]))[\p{L}\p{N}]+)*"
    # or a unit by its number or code (``Các tổ dân phố: 5, 7B, 12``, ``các Tiểu đoàn: 25, 31 và 47``, ``Các Phòng Công
    # chứng: số 1, số 2 và số 5``)
    r"|(?:số[ \t]+)?\d{1,4}\p{Lu}?(?![\p{L}\p{N}]|[.,/]\d)"
)
#: ... or, after members in capitals, one that opens with its kind in lower case before its proper name (``…, cửa khẩu
#: cảng Biên Triều``).
LOWER_KIND_MEMBER = compiled(r"\p{Ll}+(?:[ \t]+\p{Ll}+){0,2}[ \t]+\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*)*")
#: ... and what parts two members.
MEMBER_SEPARATOR = compiled(r"[ \t]*(?:[,;]|(?<![\p{L}])và(?![\p{L}]))[ \t]*")

#: Heads that always start a new body: after a complete name (``Sở Nội vụ Sở Tài chính``, two names of
#: one table cell on two lines) they begin the next name.  Heads that occur inside names (``Vùng Cảnh
#: sát biển``, ``Chi cục Hải quan``) are not among them.
BREAKING_HEADS: tuple[str, ...] = (
    "Sở",
    "UBND",
    "Ủy ban nhân dân",
    "Uỷ ban nhân dân",
    "Ủy ban",
    "Uỷ ban",
    "Công an",
    "Bộ Chỉ huy",
    "Ban",
    "Phòng",
    "Văn phòng",
    "Trung tâm",
    "Chi cục",
    "Cục",
    "Hội đồng",
    "Mặt trận Tổ quốc",
    "MTTQ",
    "Liên đoàn",
    "Tỉnh đoàn",
    "Bộ",
    "Hội",
    "HĐND",
    "Đảng ủy",
    "Tỉnh ủy",
)

#: Heads that are unambiguous in lower case too (``công an xã``, ``ủy ban nhân dân các xã``).
LOWERCASE_HEADS: tuple[str, ...] = (
    "ủy ban nhân dân",
    "uỷ ban nhân dân",
    "hội đồng nhân dân",
    "công an",
    "mặt trận tổ quốc",
    "ban chỉ huy quân sự",
    "bộ chỉ huy quân sự",
    "trạm y tế",
    "đài truyền thanh",
    "kho bạc nhà nước",
    "bảo hiểm xã hội",
    "công chức",
    "bộ phận",
    "ban chỉ đạo",
    "chính quyền",
    "cấp ủy",
    "cấp uỷ",
)

#: ``Bản`` (with its tone: folded it is ``Ban``) before a word in lower case: a paper (``Bản tổng hợp``, ``Bản dự
#: thảo``), no hamlet, which is named in capitals or by its number (``Bản Nà Pục``, ``Bản 3``).
PAPER_NOT_HAMLET = compiled(r"Bản[ \t]+\p{Ll}")
#: ``Head next`` pairs that are ordinary phrases, not names (``Phòng, chống ma túy``, ``Tổ chức hội
#: nghị``, ``Ban hành``, ``Báo cáo``), compared folded.
NOT_HEAD_PHRASES: tuple[str, ...] = (
    # prevention, of a disease and of fire too (``Cục Phòng bệnh``, ``Các Cục: Phòng bệnh, …``; 28th twins of A3)
    "phong chong", "phong ngua", "phong tranh", "phong dich", "phong benh", "phong chay",
    "to chuc",
    "ban hanh",
    "bao cao",
    "bao dam",
    "bao ve",
    "bao tri",
    "bao hiem y te",
    "hoi nghi",
    "hoi thao",
    "hoi thi",
    "hoi dien",
    "hoi tu",
    "doan ket",
    "truong hop",
    "vu viec",
    "vu an",
    "so huu",
    "so bo",
    "cuc bo",
    "dai dien",
    "dai tra",
    "don vi tinh",
    "co quan chuc nang",
    "thuong truc tai",
    "luc luong chuc nang",
    "tram tron",
    "doi voi",
    "doi moi",
    "doi ngu",
    "bo sung",
    "bo tri",
    "bo may",
    "bo tieu chi",
    "bo chi so",
    "bo phan chuc nang",
    "ban than",
    "thue dat",
    "cong ty hoa",
    "ban dau",
    "ban do",
    "ban so",  # ``Bản số hóa tài liệu``: a digitised copy, no hamlet
    # ``Khoa`` a hospital's or school's department (``Khoa Nội``) is no ``Khoa học`` (science: ``Sở Khoa học và
    # Công nghệ``, ``Quỹ Khoa học …``)
    "khoa hoc",
    # ``Bản`` a village (``Bản Nà Pục``) is no ``Bản`` a paper: ``Bản tin`` (133: a bulletin read as a body
    # fourteen times), ``Bản sao``, ``Bản cam kết``, ``Bản thuyết minh`` (folded, so not ``Bản án``: ``Ban An
    # toàn giao thông``; not ``Bản tự …``: ``Ban Tư pháp``)
    "ban tin",
    "ban sao",
    "ban cam",
    "ban thuyet",
    "to cao",
    "to giac",
    "to tung",
    "bo luat",
    "hoi vien",
    "doan vien",
    "truong thanh",
    "lanh dao chi dao",
    "lanh dao thuc hien",
    "lanh dao trien khai",
    "thanh tra kiem tra",
    "thanh tra, kiem tra",
    "ngan hang du lieu",
    "vien tro",
    "bao chi",
    "dai hoi",
    "to trinh",
    "thuong truc ban",
    "phong thu",  # ``Ban Chỉ huy Phòng thủ dân sự``: civil defence, no ``Phòng`` a unit
)  # fmt: skip

#: Heads (folded) that are ordinary words when a comma follows them: ``Phòng, chống``, ``Tổ, nhóm``,
#: ``Ban, ngành``, ``Báo, đài``, ``Hội, đoàn thể``, ``Trường, lớp``, ``Đội, nhóm``, ``Bộ, ngành``.
HEADS_NOT_BEFORE_COMMA: tuple[str, ...] = (
    "phong",
    "to",
    "ban",
    "bao",
    "hoi",
    "doan",
    "truong",
    "vu",
    "dai",
    "doi",
    "bo",
)

#: Heads of posts (chức vụ); a post is usually followed by the body it is a post of.
POSITION_HEADS: tuple[str, ...] = (
    "Phó Chủ tịch",
    "Chủ tịch",
    "Phó Giám đốc",
    "Giám đốc",
    "Phó Thủ trưởng",
    "Thủ trưởng",
    "Phó Trưởng đoàn",
    "Trưởng đoàn",
    "Phó Trưởng ban",
    "Trưởng ban",
    "Phó Trưởng phòng",
    "Trưởng phòng",
    "Phó Trưởng",
    "Trưởng",
    "Phó Bí thư",
    "Bí thư",
    "Chánh Văn phòng",
    "Chánh Thanh tra",
    "Chánh án",
    # the chief of any office by ``Chánh`` (``Chánh tòa Tòa Dân sự``, ``Chánh Thanh tra Sở``), as ``Trưởng`` is a head
    "Chánh",
    "Viện trưởng",
    "Cục trưởng",
    "Chi cục trưởng",
    "Chi hội trưởng",
    "Chỉ huy trưởng",
    "Tổng Biên tập",
    "Tổ trưởng",
    "Tổ phó",
    "Thư ký",
    "Thành viên",
    "Ủy viên",
    "Người đứng đầu",
    "Kế toán",
    "Văn thư",
    "Chủ nhiệm",
    "Hiệu trưởng",
    "Giám thị",  # a camp's or an examination's warden (``Phó Giám thị phụ trách giáo dục``, ``Giám thị Trại giam …``)
    "Người chủ trì",
    "Giáo viên",
    "Chuyên viên",
    "Cán bộ phụ trách",
    "Công chức phụ trách",
    "Trưởng thôn",
    "Trưởng bản",
) + tuple(f"Tổng {office}" for office in ("Giám đốc", "Thư ký", "Bí thư", "Thanh tra", "Kiểm toán", "Lãnh sự"))
#: (``Tổng`` heads an office as its general: ``Tổng Giám đốc Công ty …``, ``Tổng Kiểm toán nhà nước``; each has
#: its deputy, ``Phó Tổng Giám đốc``; ``Tổng Biên tập`` is above)

#: The word that makes a post its deputy's (``Phó Hiệu trưởng``, ``Phó Viện trưởng``, ``Phó Chủ nhiệm``): it heads
#: any post of ``POSITION_HEADS`` but these (a member, a clerk, a teacher have no deputy).
DEPUTY_PREFIX = "Phó"
POSTS_WITHOUT_DEPUTY: tuple[str, ...] = (
    "Thành viên", "Ủy viên", "Người đứng đầu", "Kế toán", "Văn thư", "Người chủ trì", "Giáo viên", "Cán bộ phụ trách",
    "Công chức phụ trách", "Thư ký", "Tổ phó", "Chuyên viên",
)  # fmt: skip

#: Post words in lower case that still name a post (``thủ trưởng các sở``, ``chủ tịch UBND các xã``).
LOWERCASE_POSITION_HEADS: tuple[str, ...] = (
    "thủ trưởng",
    "người đứng đầu",
    "chủ tịch ủy ban",
    "chủ tịch ubnd",
    "giám đốc sở",
    "trưởng các",
    "lãnh đạo các",
)

#: Words that introduce a person by name (honorifics), and the dash or comma that puts the post after
#: the name (``đồng chí Nguyễn Văn A - Phó Giám đốc Sở``).
PERSON_HONORIFICS: tuple[str, ...] = (
    "đồng chí",
    "Đồng chí",
    "đ/c",
    "Đ/c",
    "đ/ c",
    "Ông",
    "ông",
    "Bà",
    "bà",
    "Ông.",
    "Bà.",
    "ông.",
    "bà.",
    # a military or police rank before a person's name, as an honorific (``Đại tá Lò Văn A, Chỉ huy trưởng …``)
    *RANKS,
)

#: Plural nouns of collectives after ``các`` (``các sở, ban, ngành``, ``các cơ quan, đơn vị``), folded.
COLLECTIVE_NOUNS: tuple[str, ...] = (
    "so", "ban", "nganh", "co quan", "don vi", "dia phuong", "doan the", "to chuc", "doanh nghiep", "phong", "hoi",
    "hiep hoi", "xa", "phuong", "thi tran", "dac khu", "huyen", "thanh pho", "thi xa", "quan", "thon", "ban",
    "to dan pho",
    # the other places below a commune (``VILLAGE_PLACES``, folded): ``Các khu phố``, ``Các ấp``, ``các xóm, bản``
    "khu pho", "khu dan cu", "ap", "xom", "buon", "lang", "khom", "soc",
    # a team (``Các tổ chuyên môn xây dựng …``, ``các tổ công tác``); ``các tổ chức`` stays an organisation's (the
    # longest noun first); not ``đội``, folded ``đối`` (``các đối tượng``)
    "to",
    "tieu khu", "truong", "truong hoc", "co so", "hop tac xa", "ngan hang", "to chuc tin dung", "luc luong",
    "bo", "cap", "chi bo", "chi hoi", "hoi doan the", "nha truong", "ca nhan", "tap the", "thanh vien", "uy vien",
    "dong chi", "cong chuc", "can bo", "chuyen vien", "bo phan", "co quan chuyen mon", "co quan bao chi",
    "co quan truyen thong", "don vi su nghiep", "to chuc chinh tri - xa hoi", "doan the chinh tri - xa hoi",
    "to chuc chinh tri xa hoi", "doan the chinh tri xa hoi", "ban nganh", "phong ban", "ban, nganh", "dia ban",
    "cong ty", "ho gia dinh", "benh vien", "co so y te",
    # a company's enterprise units and plants (``Các xí nghiệp: Thoát nước, Cây xanh …``, ``các nhà máy``)
    "xi nghiep", "nha may",
    # institutions named by what they do, whose second noun is a verb elsewhere (``đào tạo``): ``Các cơ sở
    # đào tạo đại học, sau đại học`` (118), ``các cơ sở giáo dục``, ``các viện nghiên cứu``
    "co so dao tao", "co so giao duc", "vien nghien cuu", "hoc vien", "tinh", "bao chi", "truyen thong",
    "co quan truyen thong", "bao", "dai", "phat thanh", "truyen hinh", "nganh chuc nang", "co quan chuc nang",
    "nhan dan", "tang lop nhan dan", "ho dan", "nguoi dan", "nguoi lao dong", "vien chuc",
    "nguoi hoat dong khong chuyen trach", "hoi vien", "doan vien", "dang vien", "chinh quyen", "cap uy", "tieu khu",
    # the Party's committees and organisations: ``Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương`` (133)
    "tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "dang uy", "dang bo", "to chuc dang",
    "to chuc co so dang",
)  # fmt: skip
#: Heads of bodies written in lower case after ``các`` (``các trạm y tế xã``, ``các trung tâm y tế huyện``, ``Các thư
#: viện ngoài công lập``, tenth twins): collectives only so written, folded; in capitals (``Các Trạm Kiểm lâm thuộc …``)
#: the head's own name is read.  Not ``viện`` (``viên``), ``đội`` (``đối``) nor ``cục`` alone, whose folded spellings
#: are other words.
LOWER_CASE_HEAD_NOUNS: tuple[str, ...] = (
    "trung tam", "tram", "chi cuc", "thu vien", "bao tang", "cau lac bo", "nha van hoa", "hat kiem lam", "buu dien",
    # a bank's or an enterprise's branches (``các chi nhánh ngân hàng thương mại``; ``Các Chi nhánh Văn phòng đăng ký
    # đất đai``: the head's own name)
    "chi nhanh",
)  # fmt: skip

#: Nouns of ``COLLECTIVE_NOUNS`` that name a field and follow a collective's head as its modifier (``các cơ quan báo
#: chí, truyền thông``): after a member with a modifier of its own they go on that member, no member of their own.
FIELD_NOUNS: tuple[str, ...] = ("bao chi", "truyen thong", "phat thanh", "truyen hinh")

#: Plural nouns of the economy's actors a plan gives tasks to, after ``các`` too (``các Chủ đầu tư``, 58;
#: ``các nhà đầu tư trong các khu công nghệ cao``, 116; ``các nhà thầu``), folded.  A list of the state's
#: bodies does not run on into them: ``các Sở, ban ngành, nhà đầu tư thứ cấp`` (60) is two assignees.
MARKET_ACTORS: tuple[str, ...] = (
    "chủ đầu tư", "nhà đầu tư", "nhà thầu", "nhà cung cấp",
    # the owner of a facility, a business or a vehicle a plan gives a duty to (``Chủ cơ sở có trách nhiệm …``)
    "chủ cơ sở", "chủ doanh nghiệp", "chủ phương tiện",
    # places of business, for who runs them (``Các nhà hàng, quán ăn, cơ sở kinh doanh dịch vụ ăn uống …``; 27th twins)
    "nhà hàng", "quán ăn", "khách sạn", "nhà nghỉ", "cơ sở kinh doanh", "cơ sở lưu trú",
)  # fmt: skip
MARKET_ACTOR_NOUNS: tuple[str, ...] = tuple(fold(a) for a in MARKET_ACTORS)
#: Whom a body regulates, outside it, as written after ``các`` (``yêu cầu các chủ đầu tư che chắn …``, ``phân công
#: các hộ luân phiên …``): the economy's actors and the people; what the body requires of them is its own task
#: (``extract/regulated_actors.py``).
REGULATED_ACTORS: tuple[str, ...] = (
    *MARKET_ACTORS, "doanh nghiệp", "cơ sở", "hộ gia đình", "hộ dân", "hộ", "người dân", "thương nhân",
)  # fmt: skip
#: Nouns in lower case that open a person's or a household's kind, who a field may serve or manage (``Phòng Quản lý
#: hộ kinh doanh, cá nhân``, ``người nuôi``, ``chủ hàng``, ``nhà đầu tư``): after one, a collective's noun after a
#: comma (``cá nhân``) is one more of the field's objects (``extract/name_compounds.py``).
ACTOR_HEAD_WORDS: tuple[str, ...] = ("hộ", "người", "chủ", "nhà")

#: The kinds of an economic zone, where a collective's members may be (``trong khu công nghiệp``).
ZONE_KINDS: tuple[str, ...] = (
    "khu công nghiệp", "khu kinh tế", "khu chế xuất", "khu công nghệ cao", "cụm công nghiệp", "khu công nghiệp, khu chế xuất",
)  # fmt: skip
#: Words after a collective or a name that still belong to it (``các cơ quan, đơn vị liên quan``).
NAME_TAILS: tuple[str, ...] = (
    "có liên quan",
    "liên quan",
    "trực thuộc Trung ương",
    "khác",
    "thuộc Trung ương",
    "trực thuộc",
    "chuyên môn",
    "thành viên",
    "đóng trên địa bàn",
    # an emulation block's members (``các doanh nghiệp trong khối thi đua tỉnh``, ``các đơn vị trong Khối thi đua số 3``)
    "trong khối thi đua",
    "trong Khối thi đua",
    "trên địa bàn",
    "cấp tỉnh",
    "cấp huyện",
    "cấp xã",
    "các cấp",
    "cùng cấp",
    "thuộc tỉnh",
    "thuộc UBND tỉnh",
    "thuộc Ủy ban nhân dân tỉnh",
    "của tỉnh",
    "của huyện",
    "của xã",
    "của thành phố",
    "của Sở",
    "của đơn vị",
    "được phân công nhiệm vụ",
    "được giao nhiệm vụ",
    "được kiểm tra",
    "được thanh tra",
    # where the members are: an economic zone by its kind (``Các doanh nghiệp trong khu công nghiệp``, ``các nhà đầu tư
    # tại các khu kinh tế``)
    *(f"{at} {plural}{zone}" for at in ("trong", "tại", "thuộc") for plural in ("", "các ") for zone in ZONE_KINDS),
)

#: Committees of an organisation's centre: a head after them says whose committee it is (``Ủy ban Trung ương
#: Mặt trận Tổ quốc Việt Nam``, ``Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam``), not the next name.
CENTRAL_COMMITTEES: tuple[str, ...] = (
    "Ủy ban Trung ương", "Uỷ ban Trung ương", "Ban Chấp hành Trung ương", "Ban chấp hành Trung ương",
    "Ban Thường vụ Trung ương", "Ban Bí thư Trung ương",
)  # fmt: skip

#: Bodies one office serves together (``Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh``, ``Văn phòng HĐND và
#: UBND huyện``): after ``Văn phòng`` + one of them, ``và`` + another goes on the same office's name.
JOINT_OFFICE_BODIES: tuple[str, ...] = (
    "Đoàn đại biểu Quốc hội", "Đoàn Đại biểu Quốc hội", "Đoàn ĐBQH", "HĐND", "Hội đồng nhân dân", "UBND",
    "Ủy ban nhân dân", "Uỷ ban nhân dân",
)  # fmt: skip

#: The word that makes a level a grade of bodies (``cấp tỉnh``): a list of grades after a name is the name's
#: (``Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã``), one body of each grade.
GRADE_WORD = "cấp"
#: The grades of schools, after ``trường`` and after a comma the same schools' next grade (``Các trường đại học, cao
#: đẳng``, ``các trường mầm non, tiểu học và trung học cơ sở``): one collective of schools.
SCHOOL_GRADES: tuple[str, ...] = (
    "đại học", "cao đẳng", "trung cấp", "mầm non", "mẫu giáo", "tiểu học", "trung học cơ sở", "trung học phổ thông",
    "THCS", "THPT", "phổ thông dân tộc nội trú", "phổ thông dân tộc bán trú", "dân tộc nội trú", "nhà trẻ",
)  # fmt: skip

#: Administrative levels that make a place qualifier (``tỉnh``, ``các xã, phường, đặc khu``), longest first.
PLACE_LEVELS: tuple[str, ...] = (
    "thành phố",
    "thị trấn",
    "thị xã",
    "đặc khu",
    "tỉnh",
    "huyện",
    "quận",
    "xã",
    "phường",
    "khu vực",
    "cấp tỉnh",
    "cấp huyện",
    "cấp xã",
)

#: Places below the commune (``thôn``, ``ấp``, ``tổ dân phố``): a body's name they close is placed as by a level
#: (``Chi hội Phụ nữ thôn``, ``Xưởng Chế biến thôn Tân Lập``); ``bản`` only before its proper name (``bản Nà Lốc``:
#: ``Phiên bản``, ``văn bản`` are texts).  Not levels of the gazetteer: no area is resolved from them.
VILLAGE_PLACES: tuple[str, ...] = (
    "thôn", "ấp", "xóm", "buôn", "làng", "khóm", "sóc", "khu phố", "tổ dân phố", "khu dân cư", "tiểu khu",
)  # fmt: skip

#: Nouns whose last word is a place level but that name no place: ``Liên minh Hợp tác xã tỉnh`` runs on past
#: ``xã`` to its level ``tỉnh``; ``Thông tấn xã Việt Nam`` is a body of its own.
LEVEL_WORD_COMPOUNDS: tuple[str, ...] = ("Hợp tác xã", "Thông tấn xã")
#: Nouns that a level word opens (``xã`` of ``xã hội``, society): inside a name they are the name's words (``Ngân
#: hàng Chính sách xã hội``, ``Trung tâm Công tác xã hội tỉnh``), no place level closing it.
LEVEL_OPENED_COMPOUNDS: tuple[str, ...] = ("xã hội",)
#: Words whose second syllable is a head's (``hội`` of ``xã hội``, ``trường`` of ``môi trường``, ``sở`` of ``trụ
#: sở``): in lower case after the first, that syllable opens no name (``Bảo hiểm xã hội Thành phố`` holds no
#: ``hội Thành phố``).
HEAD_CLOSED_COMPOUNDS: tuple[str, ...] = (
    "xã hội", "đại hội", "lễ hội", "cơ hội", "trụ sở", "thị trường", "môi trường", "chiến trường", "hiện trường",
    "quảng trường", "công trường", "thương trường", "yếu tố", "nhân tố", "bố cục", "quân đội",
)  # fmt: skip


#: Words that open a subject phrase but are not part of the name (``Giao Sở Tài chính …``, ``Đề nghị
#: Ủy ban MTTQ …``), with the mode they give the obligation.
SUBJECT_OPENERS: tuple[tuple[str, str], ...] = (
    ("kính đề nghị", "requested"),
    ("đề nghị", "requested"),
    ("mời", "requested"),
    # what a body asks of those it does not direct (``Khuyến khích Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh xây
    # dựng kế hoạch …``): asked, as after ``đề nghị``
    ("khuyến khích", "requested"),
    ("giao cho", "assigned"),
    ("giao", "assigned"),
    ("yêu cầu", "assigned"),
    ("riêng đối với", "assigned"),  # ``Riêng đối với Sở Y tế:``: one opener, not ``riêng`` before a lower-case word
    ("đối với", "assigned"),
    ("riêng", "assigned"),
    ("trách nhiệm của", "assigned"),
    ("nhiệm vụ của", "assigned"),
    *((a, "assigned") for a in (*ADDRESS_OPENERS, *PASSIVE_LIST_OPENERS)),
)


#: Words between an enumeration's names: a new name after them is a new assignee (``Sở Tài chính, Sở Nội
#: vụ``, ``Công an tỉnh cùng với Bộ Chỉ huy Quân sự tỉnh``, ``Sở Y tế / Sở Nội vụ``, ``VPTK & VHXH``).
ENUMERATION_JOINERS: tuple[str, ...] = (",", ";", "và", "cùng với", "cùng", "với", "hoặc", "/", "&")
#: Subject openers that may follow a joiner (``… và đề nghị Ủy ban MTTQ …``, ``…, giao Sở Y tế …``).
JOINED_OPENERS: tuple[str, ...] = ("đề nghị", "giao")

#: Words before a plural noun that make it a collective (``các sở, ban, ngành``, ``toàn thể cán bộ``).
#: Each also as a sentence's first word, with its capital (``Toàn thể cán bộ, công chức có trách nhiệm …``, ``Mọi tổ
#: chức, cá nhân …``), and ``CÁC`` in a heading in capitals.
_DETERMINER_WORDS = ("các", "mọi", "những", "toàn thể")
COLLECTIVE_DETERMINERS: tuple[str, ...] = (
    *_DETERMINER_WORDS,
    *(w[:1].upper() + w[1:] for w in _DETERMINER_WORDS),
    "CÁC",
)
#: Words after which a name is a complement, not someone given a task (``Quyết định … của Chủ tịch UBND
#: tỉnh``, ``tại Sở Tư pháp``, ``theo Sở Nội vụ``).
POSSESSIVES: tuple[str, ...] = ("của", "tại", "theo")
#: Heads that only say what kind of staff follows (``Công chức Văn phòng - Thống kê``): left out of the
#: canonical name, and alone they name no one.
FILLER_HEADS: tuple[str, ...] = ("công chức", "cán bộ", "bộ phận")
#: Plural nouns that open a collective without ``các`` when a sentence starts with their list (``Sở, ban,
#: ngành, Ủy ban nhân dân huyện …``, 108): the state's own bodies and the associations (``Hội, hiệp hội …``), not
#: ``Tổ chức, bộ máy`` (a topic).
BARE_COLLECTIVE_HEADS: tuple[str, ...] = ("sở", "ban", "ngành", "cơ quan", "đơn vị", "phòng", "hội")
#: Heads that name no one when no name follows them: ``Lãnh đạo Sở`` is a post, ``Lãnh đạo thực hiện Nghị
#: quyết …`` (a Party committee's duty, 37) says what to do; ``Phòng Tư pháp`` is a body, ``Phòng làm việc``
#: (111) a room; ``Báo Lạc Giang`` a newspaper, ``Báo ngay Ủy ban nhân dân xã …`` the verb (report; nineteenth twins).
VERB_HEADS: tuple[str, ...] = ("lãnh đạo", "phòng", "báo")
#: Heads that are common nouns of a collective when capitalised at the start of a sentence (``Cơ quan, đơn
#: vị …``).
GENERIC_HEADS: tuple[str, ...] = ("cơ quan", "đơn vị", "lực lượng")
#: A generic noun in lower case goes on a list of names when what follows it says which (``Thủ trưởng cơ
#: quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch …``); first in a sentence it is prose, not a name.
LISTED_GENERIC = compiled(
    r"(?:cơ[ \t]+quan|đơn[ \t]+vị|tổ[ \t]+chức)"
    r"(?=[ \t]+(?:thuộc|trực[ \t]+thuộc|ngang[ \t]+bộ|có[ \t]+liên[ \t]+quan|liên[ \t]+quan|chuyên[ \t]+môn)(?![\p{L}]))"
)
#: A generic body noun that a field of activity in lower case after it makes a later member of a list (``cơ quan
#: thông tấn báo chí``, ``đơn vị vũ trang``); not ``tổ chức`` (``tổ chức hội nghị`` is a task).
GENERIC_BODY_BEFORE_FIELD = compiled(r"(?:cơ[ \t]+quan|đơn[ \t]+vị)(?=[ \t]+\p{Ll})")
#: The body a unit belongs to, when written after the unit's name (``Văn phòng - Thống kê UBND``): it is
#: not part of the unit's name.
OWNING_BODY_NAMES: tuple[str, ...] = ("UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân", "UB")
#: Heads of a unit inside a larger body, whose name may end with that body (``Ban Tuyên giáo và Dân vận
#: Tỉnh ủy``, ``Văn phòng Huyện ủy``, ``Ban Thường trực Hội Nông dân xã``, ``Phòng Kinh tế UBND huyện``):
#: one assignee, not two.
SUBORDINATE_UNIT_HEADS: tuple[str, ...] = (
    "Ban", "Văn phòng", "Phòng", "Thường trực", "Ban Thường trực", "Ban Thường vụ", "Ban Chấp hành", "Chi bộ",
    "Tổ", "Bộ phận", "Ban Quản lý", "Ban Chỉ huy", "Trung tâm", "Chi cục", "Cục",
    "Đội", "Trạm", "Đồn", "Hạt", "Chi nhánh",  # ``Đội Cảnh sát giao thông - Trật tự Công an huyện``
    "Trại", "Phân trại",  # ``Trại tạm giam Công an tỉnh``
    "Cơ quan",  # ``các Ban chuyên môn của Cơ quan Ủy ban MTTQ tỉnh``: the committee's own agency
    "Văn phòng thường trực", "Văn phòng Thường trực",  # ``… Ban Chỉ đạo …``, ``… Ban Chỉ huy …`` it serves
    "Ủy ban Kiểm tra", "Uỷ ban Kiểm tra",  # ``Ủy ban Kiểm tra Tỉnh ủy``, ``Ủy ban Kiểm tra Đảng ủy xã``
    # the chiefs of such units, named by the unit and its body (``Trưởng phòng Cảnh sát giao thông Công an tỉnh``)
    "Trưởng phòng", "Phó Trưởng phòng", "Đội trưởng", "Phó Đội trưởng",
)  # fmt: skip
#: Heads of a military command (Ban Chỉ huy Quân sự) of an agency, a school, a company: the body it is of closes
#: its name whatever that body's head (``BCH Quân sự Trung tâm``, ``Ban CHQS Trường Cao đẳng Y tế``).
COMMAND_HEADS: tuple[str, ...] = (
    "BCH", "Ban Chỉ huy", "Ban Chỉ huy Quân sự", "Ban Chỉ huy quân sự", "Ban CHQS",
)  # fmt: skip
#: ... and the bodies that own such units, when written right after them.
PARENT_BODY_HEADS: tuple[str, ...] = (
    "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ", "Huyện ủy", "Huyện uỷ", "Quận ủy", "Thị ủy", "Đảng ủy", "Đảng uỷ",
    "UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân", "HĐND", "Hội đồng nhân dân", "Hội", "Đoàn Thanh niên",
    "Ủy ban Mặt trận", "Uỷ ban Mặt trận", "Ủy ban MTTQ", "Uỷ ban MTTQ", "Mặt trận Tổ quốc", "MTTQ",
    "Liên đoàn Lao động", "Sở", "Bộ",
    # the Youth Union's committees (``Ban Phong trào Tỉnh đoàn``, ``Văn phòng Huyện đoàn``)
    "Tỉnh đoàn", "Thành đoàn", "Huyện đoàn", "Quận đoàn", "Thị đoàn",
    "Công an", "Cục", "Bộ Chỉ huy",  # (``Phòng Cảnh sát giao thông Công an tỉnh``, ``Phòng Kiểm tra Cục Thuế tỉnh``)
    "Bộ Chỉ huy Bộ đội Biên phòng",  # (``Đồn Biên phòng Cửa Việt Bộ Chỉ huy Bộ đội Biên phòng tỉnh``)
    "Ban Chỉ đạo", "Ban Chỉ huy",  # (``Văn phòng thường trực Ban Chỉ huy Phòng thủ dân sự tỉnh``)
)  # fmt: skip
#: Heads a document names itself by, bare (``Trung tâm``, ``Sở``, ``Trường``): right after a unit's complete name and
#: before a verb or punctuation, the body the unit is of (``Đoàn Thanh niên Trung tâm``, ``Công đoàn Sở``).
OWNER_SELF_HEADS: tuple[str, ...] = (
    "Trung tâm", "Sở", "Bệnh viện", "Trường", "Công ty", "Tổng công ty", "Viện", "Học viện", "Cục", "Chi cục", "Bộ",
    "Ban", "Văn phòng", "Cơ quan", "Hội",
)  # fmt: skip
#: ... of which the party committees: right after a body's name one is the body it is of, whatever that body's head
#: (``Ủy ban Kiểm tra Tỉnh ủy``, ``Hội đồng Lý luận Huyện ủy``); no list of names leaves out its separator before one.
PARTY_COMMITTEE_HEADS: tuple[str, ...] = tuple(h for h in PARENT_BODY_HEADS if h.endswith(("ủy", "uỷ")))
#: ... of which those named by their level and nothing else (``Tỉnh đoàn``, ``Huyện ủy``): a whole name, the verb
#: after it the sentence's (``Tỉnh đoàn hoàn thiện kịch bản …``), never what it is named for (``Ban vận động``).
LEVEL_NAMED_HEADS: tuple[str, ...] = tuple(
    h for h in PARENT_BODY_HEADS if h.split()[0] in ("Tỉnh", "Thành", "Huyện", "Quận", "Thị")
)


#: Committees, units, teams named by what they do (``Ban Chỉ đạo``, ``Đoàn Kiểm tra``, ``Bộ phận xử lý đơn thư``):
#: after one of these heads a capitalised task verb of ``CAPITALISED_STOPS`` is the committee's name, not the
#: sentence's verb (``Các thành viên Ban Chỉ đạo làm việc …``, 28).
FUNCTION_NAMED_HEADS: tuple[str, ...] = ("Ban", "Tiểu ban", "Tổ", "Đoàn", "Hội đồng", "Bộ phận", "Đội")

#: How an issuing body's line begins in a header, in capitals (``SỞ``, ``ỦY BAN``, ``TỔ CÔNG TÁC``): a header
#: line that begins so starts a body, and the lines above it name its parent (``UBND TỈNH LÀO CAI`` /
#: ``SỞ CÔNG THƯƠNG``).
ISSUER_LINE_HEADS: tuple[str, ...] = (
    "ỦY BAN",
    "UỶ BAN",
    "UBND",
    "SỞ",
    "PHÒNG",
    "BAN",
    "HỘI ĐỒNG",
    "HĐND",
    "ĐOÀN",
    "ĐẢNG ỦY",
    "ĐẢNG UỶ",
    "ĐẢNG BỘ",
    "BỘ",
    "CỤC",
    "VĂN PHÒNG",
    "TỔ",
    "CÔNG AN",
    "CHI CỤC",
    "TRUNG TÂM",
    "TRƯỜNG",
    "BỆNH VIỆN",
    "THANH TRA",
    "HUYỆN ỦY",
    "HUYỆN UỶ",
    "TỈNH ỦY",
    "TỈNH UỶ",
    "THÀNH ỦY",
    "THÀNH UỶ",
    "THỦ TƯỚNG",
    "CHÍNH PHỦ",
    "MẶT TRẬN",
    "UBMTTQ",
    "LIÊN MINH",
    "HỘI",
    "CHI BỘ",
    "BỘ CHỈ HUY",
    "BAN CHỈ HUY",
    "KHO BẠC",
    "QUỸ",
    "TỔNG CỤC",
    "CÔNG TY",
    "TỔ CÔNG TÁC",
    "BCH",
)
