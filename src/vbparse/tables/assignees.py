"""Bodies, units and positions that receive tasks, with their spelling variants and abbreviations.

One row per canonical name: ``(canonical, kind, aliases)``.  Spelled-out aliases of two or more words are
matched on their folded words (case, diacritics, tone placement and punctuation aside), so ``Văn phòng
–thống kê`` and ``văn phòng - Thống Kê`` reach ``Văn phòng - Thống kê``; abbreviations (all capitals:
``VPTK``, ``ĐU``) are matched exactly as written, so ``ĐU`` is not ``dự``; a single common word (``thôn``)
is a name only where the grammar of ``bodies.py`` reads one.  Fillers such as ``công chức``, ``bộ phận``,
``đồng chí`` are handled by the recogniser (``extract/assignees.py``), not repeated here.  The longest
alias wins, so ``Thường trực HĐND`` beats ``HĐND``.

Sources: the seed plans (UBND thị trấn Hà Trung, Yên Châu, Phong Sơn), Nghị định 33/2023/NĐ-CP
(chức danh công chức cấp xã) and the recipient lists of the real documents in ``corpus/realdocs``.
"""

from __future__ import annotations

ASSIGNEE_TABLE: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # --- commune-level civil-servant posts (công chức cấp xã) ---
    ("Văn phòng - Thống kê", "unit", ("Văn phòng - Thống kê", "Văn phòng thống kê", "VPTK", "VP-TK", "VP TK")),
    (
        "Văn phòng HĐND và UBND",
        "unit",
        (
            "Văn phòng HĐND và UBND",
            "Văn phòng HĐND - UBND",
            "VP HĐND và UBND",
            "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
        ),
    ),
    ("Văn phòng UBND", "unit", ("VP UBND", "Văn phòng UBND", "Văn phòng Ủy ban nhân dân", "VP UB")),
    (
        "Văn hóa - Xã hội",
        "unit",
        ("Văn hóa - Xã hội", "Văn hóa xã hội", "VHXH", "VH-XH", "VH XH", "bộ phận văn hóa", "VHXX"),
    ),
    ("Văn hóa - Thông tin", "unit", ("Văn hóa - Thông tin", "Văn hóa thông tin", "VHTT", "VH-TT")),
    ("Đài truyền thanh", "unit", ("Đài truyền thanh", "đài truyền thanh thị trấn", "đài truyền thanh xã")),
    ("Tài chính - Kế toán", "unit", ("Tài chính - Kế toán", "tài chính kế toán", "TCKT", "TC-KT")),
    ("Tài chính - Kế hoạch", "unit", ("Tài chính - Kế hoạch", "tài chính kế hoạch", "TCKH", "TC-KH")),
    (
        "Địa chính - Xây dựng",
        "unit",
        (
            "Địa chính - Xây dựng",
            "địa chính xây dựng",
            "ĐCXD",
            "ĐC-XD",
            "Địa chính - Xây dựng - Đô thị và Môi trường",
            "Địa chính - Nông nghiệp - Xây dựng và Môi trường",
        ),
    ),
    ("Tư pháp - Hộ tịch", "unit", ("Tư pháp - Hộ tịch", "tư pháp hộ tịch", "TPHT", "TP-HT")),
    ("Công an", "body", ("Công an thị trấn", "Công an xã", "Công an phường", "Công an")),
    ("Ban Chỉ huy Quân sự", "body", ("Ban Chỉ huy Quân sự", "Ban CHQS", "BCHQS", "Quân sự")),
    ("Các tiểu khu", "unit", ("các tiểu khu", "tiểu khu", "tiểu khu trưởng", "Trưởng các tiểu khu")),
    ("Các tổ dân phố", "unit", ("các tổ dân phố", "tổ dân phố", "TDP")),
    ("Các thôn", "unit", ("các thôn", "thôn", "các thôn, bản")),
    ("Các cơ quan, đơn vị", "unit", ("các cơ quan, đơn vị", "cơ quan, đơn vị", "các cơ quan đơn vị", "Cq, Đv")),
    (
        "Các ban, ngành",
        "unit",
        (
            "các ban, ngành",
            "các ban ngành",
            "ban, ngành",
            "các ngành trực thuộc",
            "các bộ phận và ngành trực thuộc",
            "các ban, ngành có liên quan",
            "các ban, ngành, đơn vị liên quan",
            "ngành trực thuộc",
        ),
    ),
    ("Các bộ phận", "unit", ("các bộ phận", "bộ phận chuyên môn")),
    ("Các đơn vị trường học", "unit", ("các đơn vị trường học", "các nhà trường", "trường học")),
    ("Trạm Y tế", "unit", ("Trạm Y tế", "trạm y tế")),
    (
        "Cán bộ, công chức",
        "unit",
        (
            "cán bộ, công chức",
            "cán bộ công chức",
            "CBCC",
            "cán bộ, công chức chuyên môn",
            "cán bộ công chức chuyên môn",
            "công chức chuyên môn",
            "UV UBND, CBCC",
        ),
    ),
    # --- positions ---
    ("Chủ tịch UBND", "position", ("Chủ tịch UBND", "Chủ tịch Ủy ban nhân dân", "CT UBND", "Chủ tịch UB")),
    (
        "Phó Chủ tịch UBND",
        "position",
        ("Phó Chủ tịch UBND", "Phó Chủ tịch Ủy ban nhân dân", "PCT UBND", "Phó chủ tịch", "PCT"),
    ),
    ("Chủ tịch, Phó Chủ tịch UBND", "position", ("Chủ tịch, PCT UBND", "Chủ tịch, Phó Chủ tịch UBND")),
    ("Bí thư chi bộ", "position", ("Bí thư chi bộ", "các Bí thư chi bộ")),
    (
        "Ủy viên Ban Chấp hành Đảng bộ",
        "position",
        ("Ủy viên Ban Chấp hành Đảng bộ", "Ủy viên Ban chấp hành Đảng bộ", "Ủy viên BCH Đảng bộ", "UV BCH"),
    ),
    # --- bodies ---
    (
        "Mặt trận Tổ quốc",
        "body",
        (
            "Mặt trận Tổ quốc",
            "Mặt trận Tổ quốc Việt Nam",
            "MTTQ",
            "UB MTTQ",
            "UBMTTQ",
            "Ủy ban MTTQ",
            "Ủy ban Mặt trận Tổ quốc",
            "Ủy ban Mặt trận Tổ quốc Việt Nam",
            "UB Mặt trận Tổ quốc",
            "MTTQ Việt Nam",
            "UB MTTT",
        ),
    ),
    # the political-social organisations every level has, by their full names (a plural's noun ``Hội`` + ``Liên hiệp
    # Phụ nữ xã`` is one of them: ``Đề nghị các Hội: Nông dân xã, Liên hiệp Phụ nữ xã …``; twenty-eighth twins of F4)
    ("Hội Liên hiệp Phụ nữ", "body", ("Hội Liên hiệp Phụ nữ", "Hội Liên hiệp Phụ nữ Việt Nam", "Hội LHPN")),
    ("Hội Liên hiệp Thanh niên", "body", ("Hội Liên hiệp Thanh niên", "Hội Liên hiệp Thanh niên Việt Nam", "Hội LHTN")),
    (
        "Các đoàn thể chính trị - xã hội",
        "body",
        (
            "các đoàn thể chính trị - xã hội",
            "đoàn thể chính trị - xã hội",
            "ĐTCT-XH",
            "ĐTCTXH",
            "các tổ chức chính trị - xã hội",
            "tổ chức chính trị - xã hội",
            "các tổ chức CT-XH",
            "tổ chức CT-XH",
            "các đoàn thể",
            "đoàn thể",
            "các tổ chức đoàn thể",
            "Các T/c đoàn thể",
            "Trưởng các ĐTCT-XH",
            "các chi hội đoàn thể",
        ),
    ),
    ("Hội đồng nhân dân", "body", ("Hội đồng nhân dân", "HĐND")),
    (
        "Thường trực HĐND",
        "body",
        ("Thường trực HĐND", "TT HĐND", "TT.HĐND", "TTr HĐND", "TTrHĐND", "Thường trực Hội đồng nhân dân"),
    ),
    ("Ủy ban nhân dân", "body", ("Ủy ban nhân dân", "UBND", "UB")),
    ("Đảng ủy", "body", ("Đảng ủy", "ĐU", "Đ. ủy", "Đảng bộ")),
    (
        "Thường trực Đảng ủy",
        "body",
        ("Thường trực Đảng ủy", "TT Đảng ủy", "TT ĐU", "TTr Đ. ủy", "TTr. Đ. ủy", "TTĐU", "Thường trực đảng ủy"),
    ),
    ("Ban Thường vụ Đảng ủy", "body", ("Ban Thường vụ Đảng ủy", "BTV Đảng ủy", "BTV ĐU")),
    (
        "Hội đồng Thi đua - Khen thưởng",
        "body",
        (
            "Hội đồng Thi đua - Khen thưởng",
            "Hội đồng thi đua khen thưởng",
            "HĐTĐKT",
            "HĐ TĐKT",
            "Hội đồng TĐKT",
            "Hội đồng Thi đua, Khen thưởng",
        ),
    ),
    (
        "Thành viên Hội đồng Thi đua - Khen thưởng",
        "position",
        ("Thành viên Hội đồng thi đua khen thưởng", "Thành viên Hội đồng TĐKT", "Thành viên HĐTĐKT"),
    ),
    ("Ban Chỉ đạo", "body", ("Ban Chỉ đạo", "BCĐ", "BCD", "Ban chỉ đạo thị trấn", "Ban chỉ đạo xã")),
    (
        "Hội đồng bồi thường, hỗ trợ, tái định cư",
        "body",
        ("HĐ bồi thường, hỗ trợ, tái định cư", "Hội đồng bồi thường, hỗ trợ, tái định cư", "HĐ GPMB", "Hội đồng GPMB"),
    ),
    ("Phòng Nội vụ", "unit", ("Phòng Nội vụ", "P Nội vụ", "P. Nội vụ", "Phòng NV")),
    ("Sở Nội vụ", "body", ("Sở Nội vụ", "SNV")),
    ("Sở Tài chính", "body", ("Sở Tài chính", "STC")),
    # departments by their usual abbreviations, ``&`` and all (``Sở KH&CN``, ``Sở NN&PTNT``)
    ("Sở Khoa học và Công nghệ", "body", ("Sở Khoa học và Công nghệ", "Sở KH&CN", "Sở KHCN", "SKHCN")),
    ("Sở Kế hoạch và Đầu tư", "body", ("Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", "Sở KHĐT", "SKHĐT")),
    (
        "Sở Nông nghiệp và Phát triển nông thôn",
        "body",
        ("Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT", "Sở NNPTNT"),
    ),
    ("Sở Nông nghiệp và Môi trường", "body", ("Sở Nông nghiệp và Môi trường", "Sở NN&MT", "Sở NNMT")),
    ("Sở Tài nguyên và Môi trường", "body", ("Sở Tài nguyên và Môi trường", "Sở TN&MT", "Sở TNMT")),
    ("Sở Giáo dục và Đào tạo", "body", ("Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "Sở GDĐT")),
    ("Sở Văn hóa, Thể thao và Du lịch", "body", ("Sở Văn hóa, Thể thao và Du lịch", "Sở VH,TT&DL", "Sở VHTTDL")),
    ("Sở Văn hóa và Thể thao", "body", ("Sở Văn hóa và Thể thao", "Sở VH&TT", "Sở VHTT")),
    (
        "Sở Lao động - Thương binh và Xã hội",
        "body",
        ("Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH", "Sở LĐTBXH"),
    ),
    ("Sở Thông tin và Truyền thông", "body", ("Sở Thông tin và Truyền thông", "Sở TT&TT", "Sở TTTT")),
    ("Sở Công Thương", "body", ("Sở Công Thương", "Sở Công thương", "SCT")),
    ("Văn phòng UBND tỉnh", "unit", ("Văn phòng UBND tỉnh", "VP UBND tỉnh")),
    ("Doanh nghiệp, HTX", "unit", ("các doanh nghiệp", "doanh nghiệp", "HTX", "các doanh nghiệp, HTX")),
)

#: Departments by the initials of the words after ``Sở`` (``Sở TC``, ``Sở NV``), as officials write them in a
#: search and in lists; ``và`` as ``&`` or left out.  An initialism two departments share is neither's.
DEPARTMENT_HEAD = "Sở"
#: Heads a person types short in a search, spelled out before the name is read (``CA tỉnh``, ``VP UBND``,
#: glued ``VPUBND``).  Only in a query: in a document ``CA`` and ``VP`` are too short to be sure of.
QUERY_ABBREVIATIONS: dict[str, str] = {"CA": "Công an", "VP": "Văn phòng"}
#: Words a level word is part of (``cơ quan``, ``liên quan``, ``địa phương``, ``hợp tác xã``, ``xã hội``): typed
#: without diacritics (``co quan``, ``quan`` as ``quận``), the level word there begins no place.
TYPED_LEVEL_COMPOUNDS: tuple[str, ...] = (
    "cơ quan", "liên quan", "dân quân", "quân đội", "quân sự", "địa phương", "hợp tác xã", "thông tấn xã", "xã hội",
)  # fmt: skip
#: What the query abbreviations are glued to (``VPUBND``, ``VPHĐND``, ``CAT`` for ``Công an tỉnh``).
QUERY_GLUED_TAILS: dict[str, str] = {"UBND": " UBND", "HĐND": " HĐND", "UB": " UB", "T": " tỉnh", "H": " huyện"}


def department_initialisms(canonical: str) -> tuple[str, ...]:
    """``Sở Tài chính`` → ``("Sở TC",)``; ``Sở Khoa học và Công nghệ`` → ``("Sở KHCN", "Sở KH&CN")``."""
    head, _, rest = canonical.partition(" ")
    if head != DEPARTMENT_HEAD or not rest:
        return ()
    words = rest.replace(",", " ").replace("-", " ").split()
    initials = [w[0].upper() for w in words if w.lower() != "và"]
    if len(initials) < 2:
        return ()
    forms = [f"{head} {''.join(initials)}"]
    if "và" in (w.lower() for w in words):
        split = [w.lower() for w in words].index("và")
        before = "".join(w[0].upper() for w in words[:split])
        after = "".join(w[0].upper() for w in words[split + 1 :] if w.lower() != "và")
        forms.append(f"{head} {before}&{after}")
    return tuple(forms)


def _with_initialisms(
    table: tuple[tuple[str, str, tuple[str, ...]], ...],
) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """``table`` with each department's initialisms among its aliases, those of two departments left out."""
    owners: dict[str, set[str]] = {}
    for canonical, _kind, _aliases in table:
        for form in department_initialisms(canonical):
            owners.setdefault(form.upper(), set()).add(canonical)
    out = []
    for canonical, kind, aliases in table:
        known = {a.upper() for a in aliases}
        extra = tuple(
            f for f in department_initialisms(canonical) if len(owners[f.upper()]) == 1 and f.upper() not in known
        )
        out.append((canonical, kind, aliases + extra))
    return tuple(out)


ASSIGNEE_TABLE = _with_initialisms(ASSIGNEE_TABLE)
