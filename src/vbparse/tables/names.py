"""Vietnamese personal names: the family names a signer's name starts with.

A personal name is a family name, an optional middle name and a given name: 2–5 capitalised syllables
(``Cù Văn Hân``, ``Nguyễn Thị Minh Khai``, ``Phạm Huy Nam Sơn``).  The family names below are the common
Kinh ones (about 100 cover nearly everyone) and those of the ethnic groups of the northern provinces
(Lào Cai, Hà Giang, Sơn La: ``Lò``, ``Giàng``, ``Sùng``, ``Thào``; the Dao of Quảng Ninh: ``Lan``).  The list checks names read by OCR,
where noise from a table can look like a name (``Yến Bái Bái``); names read from a text layer are not
checked against it.
"""

from __future__ import annotations

from ..pattern_cache import compiled

FAMILY_NAMES: frozenset[str] = frozenset(  # 150 names read best as lines of words (SIM905 off for this file)
    """
    Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lưu Đinh Đoàn Trịnh Trương Đào
    Mai Cao Lâm Hà Tô Tạ Lương Chu Châu Kiều Khúc Khổng La Lại Lục Mạc Mạch Nông Ông Phùng Quách Quan Thái
    Thân Thạch Tiêu Tôn Triệu Từ Văn Vương Vi Vy Âu Bạch Bế Cù Cấn Công Diệp Doãn Đàm Đậu Điêu Đồng Đường
    Giang Giáp Hàn Hầu Hứa Kha Khương Khuất Kim Lã Lạc Lăng Lữ Mã Mẫn Nghiêm Ngọ Ninh Nhâm Phí Phó Phương
    Sầm Tăng Thiều Tống Trang Trình Ung Uông Xa Lộc Ngụy Quản Biện Bành Bàng Cung Dư Đái Giả Lỗ Lò Lường
    Nhan Ôn Sái Sử Tào Thang Thôi Trà Trầm Hạ Khiếu Liêu Lô Phàn Tiết Kiểu
    Giàng Sùng Thào Vàng Mùa Ly Tẩn Chảo Bàn Quàng Cầm Vì Hờ Sần Lầu Lù Chẩu Lèo Vòng Lan
""".split()
)

#: Military and police ranks printed before a signer's name (``Đại tá Bùi Duy Hưng``, ``Thiếu tướng Trương
#: Minh Đương``): the rank is not part of the name.
RANKS: tuple[str, ...] = tuple(
    f"{grade} {level}" for grade in ("Đại", "Thượng", "Trung", "Thiếu") for level in ("tướng", "tá", "úy", "uý")
)

#: A line that is a personal name as printed under a signature: 2–6 capitalised syllables (``Nguyễn Văn An``,
#: ``Nguyễn Thị Minh Khai``); what the signer's name and an attached document's signature are recognised by.
PERSON_NAME_LINE = compiled(r"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$")

#: A syllable OCR split at its stacked marks (``Nguyê ên`` for ``Nguyễn``): a capitalised piece ending in a
#: marked vowel (``vowel``), a space, then a lower-case piece starting with a form of the same vowel
#: (``again``, ``tail``); ``extract.confidence.joined_syllables`` joins them with the vowel once.
OCR_SPLIT_SYLLABLE = compiled(
    r"(?<!\S)(?P<head>\p{Lu}\p{Ll}*(?P<vowel>[^\x00-\x7f]))\s+(?P<again>\p{Ll})(?P<tail>\p{Ll}*)(?!\S)"
)
