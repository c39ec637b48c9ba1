"""The columns of a task table, told by their header's words: the task, who leads, who supports, by when, and the
kinds that make a table no task table (a list of procedures, a class of rows).  Read by every table reader."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ..chars import fold, new_tone_spelling
from ..pattern_cache import compiled

#: What a ``Tên`` column of a task table names when it is not what the row makes: who (``Tên đơn vị``, ``Tên cơ
#: quan``, a place), a procedure, a step of one or its forms and files (``Tên thủ tục``, ``Tên bước``, ``Tên biểu
#: mẫu``, ``Tên hồ sơ``), or a class of rows (``Tên ngành``, ``Tên lĩnh vực``, ``Tên nhóm``).  Any other ``Tên`` + kind
#: is the row's product, an open class (``Tên nghị quyết``, ``Tên quy hoạch``, ``Tên mô hình``, ``Tên lớp tập huấn``).
#: Written with their marks: folded, ``phường`` would be ``phương án`` and ``tỉnh`` ``tình huống``.
NOT_MADE_KINDS = (
    "đơn vị",
    "cơ quan",
    "tổ chức",
    "cá nhân",
    "người",
    "cán bộ",
    "thành viên",
    "địa phương",
    "thủ tục",
    "tthc",
    "bước",
    "biểu mẫu",
    "mẫu",
    "hồ sơ",
    "giấy tờ",
    "ngành",
    "lĩnh vực",
    "nhóm",
    "loại",
    "chức danh",
    "chức vụ",
    "trường",
)
#: The places a ``Tên`` column may list (``Tên xã``, ``Tên xã, phường``).
NOT_MADE_PLACES = ("xã", "phường", "thị trấn", "thôn", "huyện", "tỉnh")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


#: ``Tên`` + what a row is not, in a header written with its marks.
_NAMED_NOT_MADE = compiled(
    r"(?i)^tên\s+(?:" + _alternation(NOT_MADE_KINDS) + "|" + _alternation(NOT_MADE_PLACES) + r")(?![\p{L}])"
)
#: The same in a header written without marks (folded): a place's word only where the header ends or a separator
#: follows (``Ten xa, phuong``), since ``Ten phuong an`` is a plan's product.
_NAMED_NOT_MADE_FOLDED = compiled(
    r"^ten (?:(?:"
    + _alternation(fold(w) for w in NOT_MADE_KINDS)
    + r")\b|(?:"
    + _alternation(fold(w) for w in NOT_MADE_PLACES)
    + r")(?: *(?:$|[,/(-]|va\b|hoac\b)))"
)
#: ``Tên`` + a word: a column of names; what a row makes unless it names what a row is not.
_NAMED_COLUMN = compiled(r"^ten [a-z]")


def _names_what_a_row_makes(header: str, key: str) -> bool:
    """Whether a ``Tên …`` header (``key`` its folded words) names the row's product: compared with its marks
    when it has them, folded when it has none."""
    if not _NAMED_COLUMN.match(key):
        return False
    low = new_tone_spelling(header.strip()).lower()
    if fold(low) != low:
        return not _NAMED_NOT_MADE.match(low)
    return not _NAMED_NOT_MADE_FOLDED.match(key)


#: Task-table columns by their header (folded, punctuation as spaces), checked in this order.
TABLE_COLUMNS: tuple[tuple[str, regex.Pattern], ...] = tuple(
    (kind, compiled(p))
    for kind, p in (
        ("monitor", r"^(?:theo doi|giam sat)|don doc"),
        # a roster's column of who is what in the team (``Nhiệm vụ trong Đoàn``, ``Chức danh trong Tổ``): no task
        ("roster", r"^(?:nhiem vu|chuc danh|vai tro) trong (?:doan|to|ban|hoi dong|nhom|tieu ban)\b"),
        # (``Đơn vị hỗ trợ``: who helps, a partner's column in other words)
        # (``Cơ quan tham gia``, ``Đơn vị cùng tham gia``: who takes part; ``Đơn vị liên quan``: who is concerned)
        # (``Đơn vị hiệp đồng``: who acts together with the lead, the army's word for a partner)
        (
            "support",
            r"phoi hop|hiep dong$|^(?:co quan|don vi|bo phan|nguoi|ben) (?:ho tro|(?:cung )?tham gia|(?:co )?lien quan$)",
        ),
        ("person", r"^(?:ho va ten|ho ten|nguoi thuc hien|can bo thuc hien|thanh vien thuc hien)"),
        (
            "lead",
            (
                # (``Đơn vị, cá nhân thực hiện``, ``Đơn vị triển khai``: who, of several kinds, carries the row out)
                # (``Khoa, phòng thực hiện``: a hospital's or a school's units; twenty-eighth twins of TAB-THUCHIEN)
                # (``Chủ thể thực hiện``, ``Bên thực hiện``: the actor, the party; twenty-ninth twins of TAB-SUBHEADER)
                r"chu tri|(?:(?:co quan|don vi|bo phan|nguoi|ca nhan|khoa|phong|chu the|ben)(?: va)? )+"
                r"(?:thuc (?:hien|thi)|trien khai|phu trach|chiu trach nhiem)|"
                r"^trach nhiem|^(?:don vi|co quan|thuc hien)$|phan cong"
                # (``Tổ chức thực hiện``, ``Triển khai thực hiện``: who carries the row out, said by the doing alone)
                r"|^(?:to chuc|trien khai) thuc hien$"
                # (``Đơn vị đảm nhận``, ``Cơ quan đảm nhiệm``: who takes the row on)
                r"|^(?:co quan|don vi|bo phan|nguoi) dam (?:nhan|nhiem)"
                # (``Cơ quan đầu mối``: the focal point, who leads the row)
                r"|^(?:co quan|don vi|bo phan|nguoi) dau moi"
                # (``Cơ quan được giao``, ``Đơn vị được phân công``: who is given the row)
                r"|^(?:co quan|don vi|bo phan|nguoi) duoc (?:giao|phan cong)$"
            ),
        ),
        ("time", r"thoi gian|thoi han|thoi diem|tien do|han hoan thanh|moc|^han(?: chot| cuoi| dinh|$)|^ky han"),
        # the group a task belongs to (``Thuộc nhóm nhiệm vụ, hành động``, ``Lĩnh vực``): not the task itself
        ("category", r"^thuoc (?:nhom|linh vuc)|^nhom (?:nhiem vu|giai phap|hoat dong)|^linh vuc$"),
        # (not ``Tên sản phẩm``: the name of what the row makes, its task, ``_names_what_a_row_makes``)
        ("product", r"^(?!ten )(?:.* )?(?:san pham|ket qua)|^chi tieu (?:dat duoc|can dat|phan dau)"),
        # a list of administrative procedures a decision publishes (``Mã số TTHC``, ``Tên thủ tục hành chính``) and
        # its legal-basis column (``Tên văn bản quy phạm pháp luật quy định nội dung sửa đổi``): no task table
        # (``PROCEDURE_LIST``), and that column no task
        ("procedure", r"^(?:ten|ma(?: so)?) (?:nhom )?(?:thu tuc|tthc)"),
        ("basis", r"^ten (?:vb|van ban)(?: qppl| quy pham phap luat)? quy dinh"),
        # ``Hạng mục`` (a work item) and ``Danh mục`` (the list of works or projects) of a works table; ``Tên`` +
        # what a row makes is a task column too (``_names_what_a_row_makes``)
        # and the work itself in other words (``Việc cần làm``, ``Các việc cần thực hiện``, ``Đầu việc``, ``Hành
        # động ưu tiên``), not who does it (``Người làm việc``)
        ("task", r"nhiem vu|noi dung|cong viec|hoat dong|^chi tieu|^hang muc|^danh muc|^cong tac$"),
        ("task", r"^(?:(?:cac|nhung) )?(?:(?:dau|phan) )?viec(?: |$)|^hanh dong"),
    )
)

_COLUMN_WORDS = compiled(r"[\p{L}\p{N}]+")


#: Who a task table's header must name beside its task column (a table of targets by year, ``Chỉ tiêu | Năm 2026 |
#: Năm 2027``, names a task column and dates, and no one).
TASK_TABLE_WHO = frozenset({"lead", "support", "person"})


#: The column kind that makes a table a list of procedures (``Mã số TTHC | Tên TTHC | … | Cơ quan thực hiện``): its
#: rows are the procedures a decision publishes and the bodies competent for them, not tasks.
PROCEDURE_LIST = "procedure"


def names_task_and_who(headers: Iterable[str], who: frozenset[str] = TASK_TABLE_WHO) -> bool:
    """Whether a table's header cells name a task column and a column of ``who`` does it (and it is no list of
    procedures): the test every reader of a task table makes of its header."""
    kinds = {column_kind(h) for h in headers if h}
    return "task" in kinds and bool(kinds & who) and PROCEDURE_LIST not in kinds


def column_kind(header: str) -> str | None:
    """The kind of a task table's column by its header's words (``TABLE_COLUMNS``), or None."""
    key = " ".join(_COLUMN_WORDS.findall(fold(header)))
    for kind, pattern in TABLE_COLUMNS:
        if pattern.search(key):
            return kind
    return "task" if _names_what_a_row_makes(header, key) else None


#: The header of a task table's row-number column (``STT``, ``TT``, ``Số TT``).
ROW_NUMBER_HEADER = compiled(r"(?i)^(?:stt|tt|số tt)$")
