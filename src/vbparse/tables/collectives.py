"""Who a collective stands for, and at which level a body without a place sits.

A task given to ``UBND các xã, phường`` is given to the UBND of every commune of the issuer's area; one
given to ``Các sở, ban, ngành`` to every Sở and Ban of the province.  A collective's **members** are written
as tokens: a level after a head (``@xa``: the head's body in every commune), or a class of body named by a
plural noun (``so``, ``dia_phuong``).  A collective that says only *some* are meant (``có liên quan``,
``được giao``) stands for no one in particular: it is not expanded, never invented.
"""

from __future__ import annotations

from ..pattern_cache import compiled
from .units import LEVEL_WORDS

#: Folded level words of a place after a head (``UBND các xã, phường``, ``Chủ tịch UBND cấp xã``) → level: the
#: gazetteer's, and ``thành phố`` a city of a province (``các huyện, thị xã, thành phố``) unless it is
#: ``trực thuộc trung ương``.
MEMBER_LEVELS: dict[str, str] = {**LEVEL_WORDS, "thanh pho": "huyen"}
#: Levels written short after a full one in a list of levels (``các huyện, thành, thị``: huyện, thành phố, thị xã, as
#: older provincial letters write it): one more level of the list only where no word goes on them.
SHORT_LEVELS: tuple[str, ...] = ("thành", "thị")
#: The words a short level begins whose second syllable is itself a verb of the lexicon: no level then.
SHORT_LEVEL_WORDS: tuple[str, ...] = ("thành lập",)
#: Folded words that open with a collective noun and are no body (``trường hợp`` is no ``trường``, ``hội nghị`` no
#: ``hội``, ``báo cáo`` no ``báo``, ``đơn vị tính`` no ``đơn vị``): after ``các`` they make no collective.
NOT_COLLECTIVE_PHRASES: tuple[str, ...] = (
    "truong hop",
    "bao cao",
    "hoi nghi",
    "hoi thao",
    "hoi thi",
    "bo may",
    "don vi tinh",
)  # fmt: skip
#: Folded nouns of the persons a decision lists, addressed as one (``các ông/bà``, ``ông (bà)``, ``các ông, bà`` + ``có
#: tên tại Điều 1``): collective nouns beside ``COLLECTIVE_NOUNS``.
ADDRESSED_PERSONS: tuple[str, ...] = ("ong/ba", "ong (ba)", "ong, ba", "ong / ba", "ong(ba)")
#: A short level where it may stand (not ``thành lập``), and what may follow it (a joiner, the clause's end).
SHORT_LEVEL = compiled(
    rf"(?!(?:{'|'.join(SHORT_LEVEL_WORDS)})(?![\p{{L}}]))(?:{'|'.join(SHORT_LEVELS)})(?![\p{{L}}\p{{N}}])"
)
SHORT_LEVEL_ENDS = compiled(r"[ \t]*(?:[,;:.)\n]|$)|[ \t]+(?:và|hoặc)[ \t]+")
#: (folded text) a phrase of ``NOT_COLLECTIVE_PHRASES`` at its start
NOT_COLLECTIVE = compiled(r"(?:" + "|".join(NOT_COLLECTIVE_PHRASES) + r")(?![\p{L}\p{N}])")
#: Folded plural nouns → the class of body they stand for.  ``địa phương`` and a bare level (``Các xã,
#: phường``) are the localities' people's committees.
MEMBER_NOUNS: dict[str, str] = {
    "so": "so",
    "ban": "ban",
    "nganh": "nganh",
    "phong": "phong",
    "phong chuyen mon": "phong",
    "co quan chuyen mon": "co_quan",
    "co quan": "co_quan",
    "don vi": "don_vi",
    "dia phuong": "dia_phuong",
    "doan the": "doan_the",
    "bo": "bo",
    "co quan ngang bo": "bo",
    **MEMBER_LEVELS,
}
#: Words that say a collective means only some (folded): it is not expanded.
#: ``Các cơ quan, đơn vị liên quan``, ``Các doanh nghiệp viễn thông``; not ``Các sở, ban, ngành, đoàn thể``.
#: A participle after the list chooses among all of it (``Các sở, ban, ngành được xin ý kiến``, ``các cơ
#: quan, đơn vị được kiểm tra``; issue 41).
SOME_ONLY = compiled(
    r"(?<![a-z])(?:(?:co )?lien quan|duoc [a-z]+|thanh vien|to chuc|ca nhan|doanh nghiep|nha truong|co so)(?![a-z])"
)
#: A clause after a collective's list that chooses among its members (folded; issue 53): a verb of what some of
#: them do or hold (``Các Sở quản lý công trình xây dựng chuyên ngành``, ``các sở, ngành tham gia Chương trình``,
#: ``UBND các phường, xã có tuyến đường đi qua``).  Searched after the collective's opener only, so that a name
#: holding such a word before it (``Ban Quản lý các khu công nghiệp``) is not read as a choice; ``có`` folds as
#: ``cơ`` does, so ``cơ quan`` and ``cơ sở`` are not it.
CHOOSING_CLAUSE = compiled(
    r"(?<![a-z])(?:quan ly|thuc hien|su dung|tham gia|phu trach|chu dau tu|co (?!quan(?![a-z])|so(?![a-z]))[a-z]+)"
    r"(?![a-z])"
)
#: Qualifiers that make one item of a collective's list no class of the bodies it names (folded; issue 41):
#: central or the Government's (``cơ quan Trung ương đóng trên địa bàn``, ``cơ quan thuộc Chính phủ``), but not
#: the level ``thành phố trực thuộc Trung ương``; a kind of work (``chức năng``, ``truyền thông``, ``báo chí``);
#: another body's own units (``phòng, đơn vị trực thuộc Sở Tài chính``), not the province's (``thuộc UBND
#: tỉnh``).  The other items stay: ``các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ`` still means every
#: ministry.
ITEM_NOT_A_CLASS = compiled(
    r"(?<![a-z])(?:(?<!truc thuoc )trung uong|chinh phu|chuc nang|truyen thong|bao chi"
    r"|(?:truc )?thuoc (?:so|phong|ban|cuc|chi cuc|trung tam|bo|vien|tong cuc))(?![a-z])"
)
#: What makes an item, and the whole list when it ends the list, the bodies of someone other than the issuer's
#: government (folded; issue 53): another body's own units (``các đơn vị trực thuộc Kiểm toán nhà nước``, ``các
#: phòng, ban thuộc Bảo hiểm xã hội tỉnh``), the Party's (``các cơ quan thuộc Thành ủy``, ``các ban xây dựng Đảng
#: của Tỉnh ủy``), the agencies located in the area (``các cơ quan, đơn vị đóng trên địa bàn``: central ones).
#: Not the government's own (``thuộc Ủy ban nhân dân tỉnh``, ``thuộc UBND thành phố``) nor a bare ``trực thuộc``.
OTHER_BODIES_OWN = compiled(
    r"(?<![a-z])(?:(?:truc )?thuoc|cua) (?!(?:uy ban nhan dan|ubnd|hoi dong nhan dan|tinh|thanh pho|huyen|quan"
    r"|thi xa|thi tran|xa|phuong|dac khu|dia phuong|nganh|don vi|trung uong)(?![a-z]))[a-z]"
    r"|(?<![a-z])(?:tinh|thanh|huyen|quan|thi|dang) uy(?![a-z])"
    r"|(?<![a-z])dong (?:tren|tai) dia ban(?![a-z])"
)
#: Member classes that, in a list with the ministries (``Các bộ, ngành``, ``các bộ, cơ quan, đơn vị``), are the
#: central ones: no province's department is among them (issue 53).  ``địa phương`` there is the provinces.
CENTRAL_WITH_MINISTRIES = frozenset({"nganh", "co_quan", "don_vi", "ban", "so", "phong"})
#: Member classes that a qualifier ending the list (``… thuộc Bảo hiểm xã hội tỉnh``, ``… đóng trên địa bàn``)
#: makes another body's units; ``sở`` and the localities stay the government's.
UNITS_OF_A_BODY = frozenset({"nganh", "co_quan", "don_vi", "ban", "phong"})
#: What may follow a level noun of a collective (folded): ``các xã trên địa bàn``, ``các huyện trực thuộc``.
LEVEL_TAIL = compiled(r"(?:tren dia ban|truc thuoc|thuoc)(?![a-z])")
#: Posts before a collective (folded) that mean the heads of the bodies it names (``Thủ trưởng các sở, ban,
#: ngành``): its members are the bodies themselves, reached when one of them is asked for.
POSITION_HEADS_OF_BODIES: tuple[str, ...] = ("thu truong", "lanh dao", "nguoi dung dau", "giam doc", "truong")
#: What opens a collective (folded): ``các``/``cấp`` before the nouns or levels.
#: ``Các sở, ban, ngành``, ``Chủ tịch Ủy ban nhân dân cấp xã``; not ``UBND huyện Hà Trung``.
COLLECTIVE_OPENER = compiled(r"(?<![a-z])(?:cac|moi|toan the|cap)\s+(?P<rest>.+)$")
#: ``… trực thuộc trung ương`` after ``thành phố``: a province.
#: ``Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương``; not ``các huyện, thị xã, thành phố``.
CENTRAL_CITY = compiled(r"thanh pho truc thuoc trung uong")

#: Folded heads of the issuers whose documents give no tasks to collectives (issue 41): a department of a
#: government (``Sở Công Thương``, ``Phòng Kinh tế``, ``Công an tỉnh``, ``Ban Quản lý Khu kinh tế``, an inspection
#: team, a centre) names the other departments and the localities only as its partners: ``Phối hợp với các sở,
#: ban ngành và địa phương`` in a Sở's own plan gives no sở and no commune a task.  A government, its council, a
#: ministry, a party committee, the Front, a steering committee or an interagency team do give them, and so does
#: an issuer not read (``None``): the benefit of the doubt.
DEPARTMENT_ISSUERS = compiled(
    r"^(?:so|phong|cong\s+an\s+(?:tinh|thanh\s+pho|huyen|quan|thi\s+xa|xa|phuong|thi\s+tran)|ban\s+quan\s+ly|doan\s+kiem\s+tra"
    r"|chi\s+cuc|bo\s+chi\s+huy|thanh\s+tra\s+(?:tinh|thanh\s+pho|huyen|so)|kho\s+bac|bao\s+hiem\s+xa\s+hoi|cuc\s+thue"
    r"|van\s+phong\s+so|truong\s+phong|giam\s+doc\s+so)(?![a-z])"
)
#: Folded heads of bodies that sit at the province whatever the plan's level (``Sở Tài chính`` in a
#: commune's plan is its province's).
PROVINCE_BODY_HEADS: tuple[str, ...] = (
    "so",
    "bo chi huy",
    "ban quan ly",
    "kho bac nha nuoc",
    "bao hiem xa hoi",
    "dai phat thanh",
    "bao",
    "cuc thue",
    "vien kiem sat nhan dan",
    "toa an nhan dan",
    "thanh tra",
)
#: A ministry (``Bộ Tư pháp``), not its provincial command (``Bộ Chỉ huy Quân sự tỉnh``) nor a unit of a
#: body (``Bộ phận tiếp nhận và trả kết quả`` of a xã's UBND), folded.
MINISTRY = compiled(r"bo (?!chi huy|phan )")
#: Folded heads of national bodies: no area.
NATIONAL_BODY_HEADS: tuple[str, ...] = (
    "bo",
    "chinh phu",
    "thu tuong",
    "pho thu tuong",
    "van phong chinh phu",
    "quoc hoi",
    "uy ban thuong vu quoc hoi",
    "tong cuc",
    "cuc",
    "ngan hang nha nuoc viet nam",
    "thong tan xa viet nam",
    "dai truyen hinh viet nam",
    "dai tieng noi viet nam",
    "kiem toan nha nuoc",
    "bo chinh tri",
    "ban bi thu",
    "ban chap hanh trung uong",
)
#: The issuer codes of a number (``2530/QĐ-TTg``, ``64/2025/QH15``, ``15/QĐ-BNV``) that only national bodies
#: use, digits of a term left out: the Government, the Prime Minister, the National Assembly and its standing
#: committee, the Government's office, the central bank, the State Audit, the supreme court and procuracy, and
#: the ministries (Bộ Nội vụ ``BNV`` …).  A document so numbered has no area, though its place line names the city
#: it was signed in (``Hà Nội, ngày …``) and its header was not read.  Not ``BCĐ`` (a steering committee, any
#: level); ``BTC`` alone is Bộ Tài chính (a Party's Ban Tổ chức writes ``BTCTU``, ``BTCHU``).
NATIONAL_ISSUER_CODES: frozenset[str] = frozenset(
    {
        "TTg", "TTG", "CP", "QH", "UBTVQH", "VPCP", "NHNN", "KTNN", "TANDTC", "VKSNDTC", "TTCP", "UBDT",
        "BNV", "BTC", "BYT", "BGDĐT", "BCA", "BQP", "BKHĐT", "BTTTT", "BNNPTNT", "BNNMT", "BXD", "BGTVT", "BTP",
        "BVHTTDL", "BLĐTBXH", "BTNMT", "BKHCN", "BNG", "BCT", "BDTTG",
    }
)  # fmt: skip
#: Names that end in these (folded) are national whatever their head.
#: ``Tòa án nhân dân tối cao``, ``Văn phòng Chính phủ``; not ``Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh``.
NATIONAL_TAILS = compiled(r"(?:viet nam|trung uong|toi cao|chinh phu)$")

#: The member classes a body of each head (folded, longest first when looked up) belongs to: what a query
#: for ``Sở Tài chính`` is reached by besides its name.  A body's own level is added by the query.
HEAD_CLASSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("uy ban nhan dan", ("dia_phuong",)),
    ("bo chi huy", ("nganh", "co_quan", "don_vi")),
    ("so", ("so", "nganh", "co_quan", "don_vi")),
    ("ban", ("ban", "nganh", "co_quan", "don_vi")),
    ("phong", ("phong", "co_quan", "don_vi")),
    ("bo", ("bo",)),
    ("cong an", ("nganh", "co_quan", "don_vi")),
    ("mat tran to quoc", ("doan_the",)),
    ("uy ban mat tran to quoc", ("doan_the",)),
    ("hoi", ("doan_the",)),
    ("doan thanh nien", ("doan_the",)),
    ("lien doan lao dong", ("doan_the",)),
)
#: Heads that make a body a member of their classes only as its whole name (before its place): ``Ủy ban nhân
#: dân`` of a place is one of ``UBND các xã``; ``Ủy ban nhân dân các cấp`` or ``UBND Yên Sở`` (its place
#: unread) is no one locality's committee.
WHOLE_NAME_HEADS: frozenset[str] = frozenset({"uy ban nhan dan"})
#: Classes whose members are localities' people's committees (reached by ``UBND xã …``).
LOCALITY_CLASSES = frozenset({"dia_phuong", "xa", "huyen", "tinh"})

#: Heads of bodies in lower case whose folded spelling is another word (``khoa``/``khóa``, ``đoàn``/``đoạn``,
#: ``đội``/``đối``, ``viện``/``viên``): a collective's noun after ``các`` only as written with their marks.
MARKED_HEAD_NOUN = compiled(r"(?:khoa|đoàn|đội|viện)(?![\p{L}\p{N}])")
#: A ministry's departments in lower case (``các cục, vụ, đơn vị thuộc Bộ``, ``các vụ chức năng``): a collective's
#: noun only where a list of units or the ministry follows, as ``vụ`` and ``cục`` open other words as often (``các vụ
#: việc``, ``các vụ án``: cases; ``cục bộ``: local), which the pairs of syllables cannot tell (``nhiệm vụ chức năng``).
MINISTRY_UNIT = compiled(
    r"(?:cục|vụ)(?=[ \t]*,|[ \t]+(?:(?:trực[ \t]+)?thuộc[ \t]+(?:Bộ|Tổng[ \t]+cục)|chức[ \t]+năng|và[ \t]+(?:cục|vụ)"
    r"(?![\p{L}\p{N}])))"
)
#: What puts a whole list under one body (``… thuộc Bộ``, ``… trực thuộc Sở``) right after its last noun.
SHARED_SCOPE = compiled(
    r"[ \t]+(?:trực[ \t]+)?thuộc[ \t]+(?:\p{Lu}|(?:tỉnh|huyện|thành[ \t]+phố|thị[ \t]+xã|quận|xã|phường|sở|ngành)"
    r"(?![\p{L}\p{N}]))"
)
#: A body of a level written once before a colon and the places it stands in (``Chủ tịch Ủy ban nhân dân xã: Tân Lập,
#: Hòa Bình``, ``Giám đốc Bảo hiểm xã hội cơ sở: Hòa Lạc, Đông Phong, Ba Khe``; twenty-seventh twins of R1): the body of
#: each place, as ``… các xã: …`` lists them; their count is the list's (``Ủy ban nhân dân 04 xã: Gia Thuận, …``).
LEVEL_BEFORE_COLON = compiled(
    r"(?P<before>.*?\S)(?:[ \t]+\d{1,3})?[ \t]+(?P<nouns>xã|phường|thị[ \t]+trấn|huyện|quận|thị[ \t]+xã|tỉnh|cơ[ \t]+sở|khu[ \t]+vực)[ \t]*$"
)
