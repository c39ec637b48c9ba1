"""Posts (chức vụ) that sign for a body, so that a citation of the post finds the body's document.

``Quyết định 1050/QĐ-SCT của Giám đốc Sở Công Thương`` is a decision whose header reads ``SỞ CÔNG
THƯƠNG``: the Giám đốc signs for the Sở.  The rule is grammatical: a post (optionally ``Phó``/``Quyền``,
possibly several joined, ``Bộ trưởng, Chủ nhiệm``) followed by the head word of a body
(``tables.bodies.BODY_HEADS`` and the few issuers below) is dropped, leaving the body.  A post that is
not followed by a body (``Chủ tịch nước``, ``Chủ tịch Nguyễn Văn A``) is kept.  Matched on the text with
its diacritics, case-insensitively, so that ``Trưởng`` (a post) is not ``Trường`` (a school).

Sources: Nghị định 30/2020/NĐ-CP (thể thức: chức vụ người ký, "TM.", "KT."), the citations in
``../shared/realdocs`` (``của Bộ trưởng Bộ Công Thương``, ``của Giám đốc Sở Công Thương tỉnh Lào Cai``,
``của Chủ tịch UBND tỉnh``).
"""

from __future__ import annotations

#: Posts whose holder signs for the body named after the post, as written.  ``Thủ tướng`` is not
#: among them: the Thủ tướng Chính phủ issues in its own name (see AUTHORITY_POSTS).
SIGNING_POSTS: tuple[str, ...] = (
    "Chủ tịch",
    "Tổng Giám đốc",
    "Giám đốc",
    "Bộ trưởng",
    "Thứ trưởng",
    "Trưởng ban",
    "Trưởng đoàn",
    "Trưởng phòng",
    "Trưởng",
    "Bí thư",
    "Chánh án",
    "Chánh",
    "Viện trưởng",
    "Tổng cục trưởng",
    "Cục trưởng",
    "Chi cục trưởng",
    "Vụ trưởng",
    "Chủ nhiệm",
    "Thủ trưởng",
    "Hiệu trưởng",
    "Chỉ huy trưởng",
    "Tư lệnh",
    "Tổng Biên tập",
    "Tổ trưởng",
    "Thống đốc",
)

#: Words before a post that leave it a post of the same body: ``Phó Giám đốc``, ``Quyền Chủ tịch``.
POST_QUALIFIERS: tuple[str, ...] = ("Phó", "Quyền", "Q.")

#: Issuers that are not among the body heads of assignees (``tables.bodies.BODY_HEADS``).
ISSUER_BODY_HEADS: tuple[str, ...] = (
    "Quốc hội",
    "Tập đoàn",
    "Học viện",
    "Đại học",
    "Kiểm toán nhà nước",
    "Kiểm toán Nhà nước",
)

#: Posts that issue in their own name (a QĐ-TTg's header reads THỦ TƯỚNG CHÍNH PHỦ), with the short
#: forms citations use.  A qualified post (``Phó Thủ tướng``) signs for it (``KT. THỦ TƯỚNG``).
AUTHORITY_POSTS: dict[str, tuple[str, ...]] = {
    "Thủ tướng Chính phủ": ("Thủ tướng",),
    "Chủ tịch nước": (),
}

#: Posts printed in a signature block besides ``SIGNING_POSTS`` (a post and its body in one phrase, as the
#: block prints it: ``CHÁNH VĂN PHÒNG``, ``PHÓ THỦ TƯỚNG``).
BLOCK_POSTS: tuple[str, ...] = (
    "Thủ tướng", "Chánh Văn phòng", "Chánh Thanh tra", "Tổng Thư ký", "Trưởng Ban", "Chủ nhiệm Ủy ban",
    "Giám đốc Sở", "Chủ tịch Hội đồng", "Trưởng Ban Chỉ đạo", "Tổ trưởng Tổ công tác",
)  # fmt: skip
#: Every post a signature block may open with, qualified or not (``PHÓ CHÁNH VĂN PHÒNG``, ``KT. …``'s
#: ``PHÓ GIÁM ĐỐC``), longest first: the closed vocabulary a post read without its marks or with a letter
#: lost is put back to (``PHO CHANH VAN PHONG``, ``PHÓ CHỦ TIC``).
SIGNATURE_POSTS: tuple[str, ...] = tuple(
    sorted(
        {f"{q} {p}" for q in ("Phó", "Quyền") for p in (*SIGNING_POSTS, *BLOCK_POSTS)} | {*SIGNING_POSTS, *BLOCK_POSTS},
        key=lambda p: (-len(p), p),
    )
)
