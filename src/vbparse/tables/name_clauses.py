"""The clauses a name carries after its head and own name, as data: who is meant by what they were given or where
they work (``Các cơ quan được phân công chủ trì … có trách nhiệm``), a party rank before the operative post, and
the levels a collective runs over.  The name grammar (``extract/name_run.py``) reads them where a name may go on;
apart from ``bodies.py`` (the words names are made of) because they are clauses, not words."""

from __future__ import annotations

from ..pattern_cache import compiled

#: What a name's clause ends at: its subject's duty or what it must do (``có trách nhiệm``, ``cần phải`` …).
_DUTY_AHEAD = r"(?:(?:có|chịu)[ \t]+trách[ \t]+nhiệm|có[ \t]+nhiệm[ \t]+vụ|cần[ \t]+phải|cần|phải)"
#: A clause of at most 14 words, no punctuation (a longer one is a sentence, not a name), up to a duty or a purpose.
_CLAUSE_TO_DUTY = r"(?:[ \t]+[^\s,;.:()]+){0,14}?(?=[ \t]+(?:" + _DUTY_AHEAD + r"|để)(?![\p{L}]))"
#: The right a role acts by, then its verb (``… chủ trì quản lý … theo chức năng, nhiệm vụ được giao nâng cao …``): what
#: ends a role's clause as a duty does (with nothing after the right, ``chủ trì`` is the verb).
_RIGHT_THEN_VERB = r"[ \t]+theo[ \t]+chức[ \t]+năng(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+)nhiệm[ \t]+vụ(?:[ \t]+được[ \t]+giao)?[ \t]*,?[ \t]+(?!được[ \t]+giao)\p{Ll}"
#: Anyone named by where they work, up to their duty: ``Cán bộ, công chức làm việc tại bộ phận tiếp nhận và trả kết
#: quả có trách nhiệm …`` (111), ``Viên chức công tác tại … cần …``; with no duty after it the clause is the predicate.
WORKPLACE_CLAUSE = compiled(r"(?i)(?:làm[ \t]+việc|công[ \t]+tác)[ \t]+tại" + _CLAUSE_TO_DUTY)
#: A collective name that says whom it means by what they were given or what they deal with, up to their
#: duty, what they must do or its purpose: ``Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế
#: hoạch này có trách nhiệm …`` is one assignee, through ``Kế hoạch này``, as are ``đơn vị được giao kế hoạch
#: vốn cần phải nỗ lực …`` (58), ``các cơ quan, tổ chức được phân công có trách nhiệm …``, ``các sở, ngành
#: được giao chủ trì để tham mưu …`` and ``các sở, ngành có liên quan tới việc thực hiện Kế hoạch này có
#: trách nhiệm …``; or by where they work (``WORKPLACE_CLAUSE``); or by the role it holds, up to a duty (not a
#: purpose): ``Các cơ quan chủ trì có trách nhiệm …``, ``Đơn vị phối hợp cần …``, ``Các đơn vị chủ trì nhiệm vụ tại
#: Phụ lục có trách nhiệm …`` (without the duty, ``chủ trì`` is the verb).
#: Where a collective's members are listed, which says which ones (``các thành viên có tên tại Điều 1``, ``các cá nhân
#: có tên trong danh sách kèm theo Quyết định này``, ``các đơn vị tại Phụ lục II``), with no duty needed after it.
LISTED_WHERE = (
    r"(?:tại|ở|trong|theo)[ \t]+(?:(?:điểm|khoản|mục)[ \t]+[\p{L}\p{N}.]+[ \t]+)*"
    r"(?:Điều[ \t]+\d+|Phụ[ \t]+lục(?:[ \t]+[IVXLC\d]+)?|danh[ \t]+sách)"
    r"(?:(?:[ \t]+kèm[ \t]+theo|[ \t]+của)?[ \t]+(?:Quyết[ \t]+định|Kế[ \t]+hoạch|Thông[ \t]+báo)[ \t]+này)?(?![\p{L}\p{N}])"
)
LISTED_AT = r"(?:có[ \t]+tên[ \t]+)?" + LISTED_WHERE
ASSIGNED_CLAUSE = compiled(
    r"(?i)(?:(?:được[ \t]+(?:phân[ \t]+công|giao)|(?:có[ \t]+)?liên[ \t]+quan[ \t]+(?:tới|đến)[ \t]+việc)"
    + _CLAUSE_TO_DUTY
    + "|"
    + WORKPLACE_CLAUSE.pattern.removeprefix("(?i)")
    + r"|(?:chủ[ \t]+trì|phối[ \t]+hợp)(?![ \t]+(?:với|cùng)(?![\p{L}]))(?:[ \t]+[^\s,;.:()]+){0,8}?"
    r"(?=[ \t]+"
    + _DUTY_AHEAD
    + r"(?![\p{L}])|"
    + _RIGHT_THEN_VERB
    + ")"
    + "|"
    + LISTED_AT
    # what its members are, before the list's next name or their duty (``Các doanh nghiệp là thành viên Hiệp hội Gỗ``
    # + ``, Hạt Kiểm lâm …``; ``Các hộ gia đình là hội viên Hội Nông dân`` + ``có trách nhiệm``)
    + r"|(?<![\p{L}])là(?:[ \t]+\p{L}+){1,6}?(?=[ \t]*,[ \t]*\p{Lu}|[ \t]+và[ \t]+(?:các|những|\p{Lu})"
    r"|[ \t]+(?:có|chịu)[ \t]+trách[ \t]+nhiệm(?![\p{L}]))"
    # where they are, up to their duty (``các tổ chức, cá nhân khai thác thủy sản tại đầm Lăng Khê chịu trách nhiệm
    # …``); with no duty after it the place is the task's
    + r"|(?<![\p{L}])(?:tại|ở)(?:[ \t]+[^\s,;.:()]+){1,10}?(?=[ \t]+"
    + _DUTY_AHEAD
    + r"(?![\p{L}]))"
    # what its members have, before ``và`` and the list's next name or before its duty (``Thủ trưởng các cơ quan có
    # báo cáo viên pháp luật`` + ``và các cá nhân …``, ``Doanh nghiệp có hạ tầng viễn thông`` + ``có trách nhiệm``;
    # not ``có trách nhiệm``, ``có thể``; not before a comma: ``… các cơ quan liên quan có giải pháp giáo dục, …``
    # is their task)
    + r"|có(?![ \t]+(?:trách[ \t]+nhiệm|nhiệm[ \t]+vụ|thể|liên[ \t]+quan)(?![\p{L}]))(?:[ \t]+\p{Ll}+){1,6}?"
    r"(?=[ \t]+và[ \t]+(?:các|những|\p{Lu})|[ \t]+(?:có|chịu)[ \t]+trách[ \t]+nhiệm(?![\p{L}])))"
)

#: A party rank printed before the operative post, up to the comma that puts the post after it (``Đồng chí Ủy
#: viên Ban Thường vụ Huyện ủy, Giám đốc Trung tâm Y tế huyện``, ``Đ/c Ủy viên Ban Chấp hành Đảng bộ xã, Hiệu trưởng
#: …``; ``Uỷ viên Ban Ban chấp hành`` as typed): decision 7 drops it with the honorific before it, the post is the
#: name.  A rank with no post after its comma (``Các Ủy viên Ban Thường vụ Đảng ủy theo dõi …``) is not one.
PARTY_RANK = compiled(
    r"(?:(?:[Đđ]ồng[ \t]+chí|[Đđ]/[ \t]?c|Ông|Bà|ông|bà)[ \t]+)?(?:Ủy|Uỷ|ủy|uỷ)[ \t]+viên[ \t]+(?:(?:Ban|ban)[ \t]+)*"
    r"(?:[Tt]hường[ \t]+vụ|[Cc]hấp[ \t]+hành|BCH|BTV)(?:[ \t]+[\p{L}]+){0,4}?[ \t]*,[ \t]*(?=\p{Lu})"
)

#: The area places are of, up to their duty: ``Chủ tịch UBND các xã thuộc vùng ven sông Mây chịu trách nhiệm …``,
#: ``các xã thuộc diện đặc biệt khó khăn có trách nhiệm …`` (after a level only; without a duty after it the clause is
#: the predicate's, where it cannot be told from a verb no list knows).
#: Or the kind of place they are, which says which of a level's places are meant, duty or not after it: ``Ủy ban
#: nhân dân các xã ven biển``, ``các xã vùng đồng bào dân tộc thiểu số``, ``các huyện miền núi``, ``các xã vùng sâu,
#: vùng xa``, ``các phường nội thành``, ``các xã biên giới``, ``các xã vùng hạ du``, ``các xã vùng ngập lụt``.
PLACE_KIND = (
    r"(?:ven[ \t]+(?:biển|sông|đô|suối|hồ|kênh|đê|biên)|miền[ \t]+(?:núi(?:[ \t]+cao)?|biển|xuôi)"
    r"|vùng[ \t]+(?:cao(?:[ \t]+nguyên)?|sâu|xa|biên|núi(?:[ \t]+cao)?|đồi[ \t]+núi|biển|trũng|lõi|đệm|lũ|dịch|bãi[ \t]+ngang|ven[ \t]+biển|khó[ \t]+khăn"
    r"|đồng[ \t]+bào[ \t]+dân[ \t]+tộc(?:[ \t]+thiểu[ \t]+số)?|(?:thường[ \t]+xuyên[ \t]+)?ngập[ \t]+(?:lụt|úng|sâu)"
    r"|sạt[ \t]+lở|lũ[ \t]+quét|rốn[ \t]+lũ)"
    r"(?:[ \t]*,?[ \t]+vùng[ \t]+(?:sâu|xa|cao))*"
    # where the river runs, with ``vùng`` or not (``các xã vùng hạ du``, ``các xã thượng nguồn``)
    r"|(?:vùng[ \t]+)?(?:hạ[ \t]+(?:du|lưu)|thượng[ \t]+(?:du|lưu|nguồn))"
    r"|biên[ \t]+giới|nội[ \t]+thành|ngoại[ \t]+thành|đồng[ \t]+bằng|trung[ \t]+du|hải[ \t]+đảo|bãi[ \t]+ngang"
    r"|đặc[ \t]+biệt[ \t]+khó[ \t]+khăn|trọng[ \t]+điểm|giáp[ \t]+ranh)(?![\p{L}])"
)
AREA_CLAUSE = compiled(
    r"thuộc[ \t]+(?:vùng|khu[ \t]+vực|địa[ \t]+bàn|diện|danh[ \t]+sách|phạm[ \t]+vi)(?![\p{L}])"
    + _CLAUSE_TO_DUTY
    # or what the places border or lie along, up to their duty (``Trưởng các thôn giáp khu di tích có trách nhiệm
    # …``, ``các xã dọc tuyến quốc lộ 6 chịu trách nhiệm …``)
    + r"|(?:giáp|ven|dọc|quanh|xung[ \t]+quanh|gần)(?=[ \t]+\p{Ll})"
    + _CLAUSE_TO_DUTY
    + "|"
    + PLACE_KIND
)

#: A quantity in a having clause: a bound and a number (``từ 50``, ``trên 2``, ``dưới 30%``, ``không quá 3``), or the
#: bound's closing words (``trở lên``, ``trở xuống``); read through, counted as no word.
HAVING_AMOUNT = compiled(
    r"(?:(?:từ|trên|dưới|hơn|không[ \t]+quá|tối[ \t]+(?:thiểu|đa)|ít[ \t]+nhất)[ \t]+)?\d+(?:[.,]\d+)*(?:[ \t]*%)?"
    r"(?![\p{L}\p{N}])|trở[ \t]+(?:lên|xuống)(?![\p{L}])"
)
#: ... and its unit of measure right after it, however printed (``kWp``, ``MW``, ``m2``): a short word of letters and
#: digits with a capital or a digit in it (a unit in lower case is one of the clause's words already).
AMOUNT_UNIT = compiled(r"[ \t]+(?=[\p{L}\d]{0,3}[\p{Lu}\d])\p{L}[\p{L}\d]{0,3}(?![\p{L}\p{N}])")
#: A collective bounded by the levels it runs over (``Các cơ quan chuyên môn từ tỉnh đến địa phương``, ``các
#: cấp ủy từ Trung ương đến cơ sở``): the range is part of its name, not the start of the task.
LEVEL_RANGE = compiled(
    r"từ[ \t]+(?:cấp[ \t]+)?(?:[Tt]rung[ \t]+ương|tỉnh|thành[ \t]+phố|huyện|xã)[ \t]+đến[ \t]+"
    r"(?:cấp[ \t]+)?(?:địa[ \t]+phương|cơ[ \t]+sở|huyện|xã|phường|thôn|tổ[ \t]+dân[ \t]+phố|thôn,[ \t]+tổ[ \t]+dân[ \t]+phố)"
    r"(?![\p{L}])"
)
#: The assignment before a task's verb (``… được phân công phụ trách đôn đốc …``, ``… được giao kiểm tra …``, ``…
#: phụ trách hướng dẫn …``): what a list of subjects is given, as a role word would say (a verb must follow).
ASSIGNMENT_BEFORE_VERB = compiled(
    r"(?:được[ \t]+(?:phân[ \t]+công|giao)[ \t]+(?:phụ[ \t]+trách[ \t]+)?|phụ[ \t]+trách[ \t]+)"
)
#: A head and the capitalised word that says which one, in sentence case (``Phòng Dịch tễ`` + ``thú y``): a name, though
#: the pair in lower case is an ordinary phrase (``phòng dịch``, ``NOT_HEAD_PHRASES``); not a title in capitals on every
#: word (``Tổ Chức Thực Hiện``) nor one in capitals (``PHÒNG DỊCH``).
NAMED_PAIR = compiled(r"\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Ll}")

#: A school's grade group after a unit's name (``Tổ chuyên môn`` + ``khối Mẫu giáo lớn``, ``khối 4-5``, ``khối THCS``):
#: which of its kind; not ``khối lượng`` (an amount) or ``khối`` + a word in lower case.
GRADE_GROUP = compiled(
    r"khối[ \t]+(?:\d+(?:[ \t]*[-–,][ \t]*\d+)*(?![\p{L}\p{N}])"
    r"|(?i:mẫu[ \t]+giáo(?:[ \t]+(?:lớn|nhỡ|nhỏ|bé))?|nhà[ \t]+trẻ|mầm[ \t]+non|tiểu[ \t]+học"
    r"|trung[ \t]+học(?:[ \t]+(?:cơ[ \t]+sở|phổ[ \t]+thông))?)(?![\p{L}])"
    r"|\p{Lu}[\p{L}\p{N}]*(?:[ \t]+\p{Lu}[\p{L}\p{N}]*)*(?![\p{L}\p{N}]))"
)

#: A body the document sets up and lists the members of, its name before ``gồm`` (``Tổ kiểm đếm tài sản thu hồi gồm:``,
#: ``Thành lập Hội đồng Nghiệm thu Công trình gồm:``, ``Thành lập Nhóm soạn thảo gồm các ông, bà có tên sau:``): the
#: name a sentence later gives it when it acts (``extract/defined_names.py``).
SET_UP_BODY = compiled(
    r"^\s*(?P<founded>(?:Thành|thành)[ \t]+lập[ \t]+|(?:Kiện|kiện)[ \t]+toàn[ \t]+)?(?P<name>\p{Lu}[^:;.()\n]{2,120}?)"
    r"[ \t]*,?[ \t]+(?:bao[ \t]+)?gồm(?:[ \t]+có)?(?:[ \t]+(?:các|những)[^:\n]{0,40})?[ \t]*(?::|$)"
)
#: The short name a document gives a body it names in full (``Hội đồng Thi đua – Khen thưởng ngành Y tế thành phố
#: (gọi tắt là Hội đồng thi đua)``, ``(sau đây gọi tắt là Ban Chỉ đạo)``): the name it acts by later
#: (``extract/defined_names.py``); a name, opening with a capital (not ``(gọi chung là các địa phương)``).
CALLED_NAME = compiled(
    r"\(\s*(?:sau\s+đây\s+)?gọi\s+(?:tắt\s+|chung\s+)?là\s+(?P<name>\p{Lu}[^()\n:;]{2,80}?)\s*[.;,]?\s*\)"
)
#: Who a body set up is made of, after its ``gồm:`` on the same line (``gồm: Chủ tịch, các thành viên …``); things
#: listed there (``hồ sơ nộp gồm: Mục lục hồ sơ …``) set up no body.
SET_UP_MEMBERS = compiled(
    r"(?i)(?<![\p{L}])(?:ông|bà|đồng[ \t]+chí|chủ[ \t]+tịch|trưởng|phó|thành[ \t]+viên|ủy[ \t]+viên|uỷ[ \t]+viên"
    r"|tổ[ \t]+viên|thư[ \t]+ký|đại[ \t]+diện|lãnh[ \t]+đạo)(?![\p{L}])"
)

#: What a member holds in a body a decision sets up (Tổ, Ban, Hội đồng, Đoàn): the role after a member's
#: name and post (``…, Phó Trưởng Ban Chỉ đạo``).
MEMBERSHIP_ROLES: tuple[str, ...] = (
    "Tổ trưởng", "Tổ phó", "Tổ viên", "Trưởng ban", "Phó Trưởng ban", "Trưởng Ban", "Phó Trưởng Ban",
    "Trưởng đoàn", "Phó Trưởng đoàn", "Thành viên", "Ủy viên", "Uỷ viên", "Thư ký", "Thường trực",
    "Chủ tịch Hội đồng", "Phó Chủ tịch Hội đồng", "Chủ nhiệm", "Phó Chủ nhiệm", "Trưởng tiểu ban",
)  # fmt: skip
#: A membership role alone closing a member's line after its person and post (``…, thành viên;``, ``…, Thư ký.``):
#: the role held, in any case, no verb of a duty.
MEMBERSHIP_ROLE_END = compiled(r"(?i)\s*(?:" + "|".join(MEMBERSHIP_ROLES) + r")\s*[;.]?\s*$")


#: Words in lower case (one to three, no verb nor stop among them) before ``có tên`` and where they are listed: the
#: persons a decision lists, named by their list whatever their noun (``sinh viên``, ``học viên`` + ``có tên tại Điều 1``).
#: How far ahead ``có tên`` is looked for before the pattern is tried (three words and the joiner before them).
NAMED_PERSONS_WINDOW = 40
_PERSON_WORD = r"(?!(?:có|là|và|được|các|những|mọi)(?![\p{L}]))\p{Ll}+"
NAMED_PERSONS = compiled(
    _PERSON_WORD + r"(?:[ \t]+" + _PERSON_WORD + r"){0,2}?(?=[ \t]+có[ \t]+tên[ \t]+" + LISTED_WHERE + ")"
)
#: A noun made a process by ``hóa`` (``Xã hội hóa``, ``Số hóa``, ``Hiện đại hóa``), written with its first capital
#: only: what is done, never who does it (not ``Văn hóa``: a portfolio's field; ``Nhà văn hóa``: a body).
PROCESS_NOUN = compiled(r"(?!V[ăa]n[ \t])\p{Lu}\p{Ll}*(?:[ \t]+(?!văn[ \t])\p{Ll}+)?[ \t]+h(?:óa|oá)(?![\p{L}\p{N}])")

#: Who a list of subjects leaves out, between commas before the verb (``Các thành viên Hội đồng, trừ Chủ tịch Hội đồng,
#: nghiên cứu …``, ``…, ngoại trừ …,``, ``…, không kể …,``; twenty-eighth twins of F1): no subject, the predicate after it.
EXCEPTION_ASIDE = compiled(r"(?i)(?:ngoại[ \t]+)?trừ[ \t]+[^,;.:\n]{1,80}?,|không[ \t]+kể[ \t]+[^,;.:\n]{1,80}?,")

#: A rank after a collective (``Các bệnh viện hạng I``, ``Các chợ hạng 1``, ``Các cơ sở … nhóm 2``): which of its kind;
#: after a comma or ``và`` the next rank of the same word goes on (``hạng I, hạng II``), one collective of each rank.
RANK_WORDS: tuple[str, ...] = ("hạng", "loại", "nhóm", "bậc")
_RANK_VALUE = r"[ \t]+(?:\d{1,2}|[IVX]{1,4}|[A-D])(?![\p{L}\p{N}])"
RANK = compiled(r"(?P<word>" + "|".join(RANK_WORDS) + r")" + _RANK_VALUE)
RANK_AT_END = compiled(r"(?<![\p{L}])(?P<word>" + "|".join(RANK_WORDS) + r")" + _RANK_VALUE + r"$")
#: The ranks of one word after a collective, joined by commas or ``và`` (``hạng 1, hạng 2 và hạng 3``).
RANK_LIST = compiled(
    r"(?P<word>"
    + "|".join(RANK_WORDS)
    + r")"
    + _RANK_VALUE
    + r"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:và|hoặc)[ \t]+)(?P=word)"
    + _RANK_VALUE
    + r")*"
)
#: A rank's word right before its value.
RANK_WORD_BEFORE = compiled(r"(?<![\p{L}])(?:" + "|".join(RANK_WORDS) + r")[ \t]+$")

#: Partners named before their own ``phối hợp`` after the lead's ``chủ trì`` (``X chủ trì, Y và Z phối hợp thực hiện
#: …``, ``… chủ trì; Y phối hợp kiểm tra``): the names between the role words support the task, as after ``phối hợp
#: với``; not ``phối hợp với`` (the partners after it) nor words in lower case that open no collective (``chủ trì,
#: bảo đảm các lực lượng phối hợp …``).
PARTNERS_BEFORE_CUE = compiled(
    r"(?<![\p{L}])chủ[ \t]+trì[ \t]*[,;][ \t]*(?P<names>(?:\p{Lu}|(?:các|những)[ \t])[^.:;\n]{1,200}?)"
    r"[ \t]+phối[ \t]+hợp(?![ \t]+(?:với|cùng)(?![\p{L}]))(?![\p{L}])"
)

#: A ``phối hợp`` inside a complement of the task (decision 8; twenty-ninth twins of L1), right before it with no comma
#: between: after ``sự`` (a noun: ``trong sự phối hợp với …``; not ``với sự phối hợp của X``, the partner's cue), among a list's words (``danh sách dự báo viên trực ban
#: phối hợp với …``), or after a preposition that opens the complement it qualifies (``cho viên chức tham gia ca trực
#: đêm phối hợp với …``, ``tại các điểm kết nối phối hợp với …``): whom or where the task is about, no partner.
PARTNER_IN_COMPLEMENT = compiled(
    r"(?:(?<![\p{L}])(?<![Vv]ới[ \t]+)sự|(?<![\p{L}])danh[ \t]+sách(?:[ \t]+[^\s,;:.()]+){1,6}"
    r"|(?<![\p{L}])(?:cho|tại)[ \t]+(?:các[ \t]+|những[ \t]+)?[^\s,;:.()]+(?:[ \t]+[^\s,;:.()]+){0,6})[ \t]+$"
)

#: The partners' preposition said again before the next partner (``phối hợp với A và với B``, ``…, với B``, ``và cùng
#: với B``; twenty-eighth twins of T3): where a list of partners goes on after a name, from the name's end (or from a
#: who-sentence's rest, its spaces and comma stripped).
REPEATED_WITH = compiled(r"[ \t]*,?[ \t]*(?:(?:và|cùng)[ \t]+){0,2}với[ \t]+")
