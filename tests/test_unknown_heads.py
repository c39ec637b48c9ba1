"""A body whose head no list knows, written as a name is written (its head, then a word in capitals that says which one:
``Nhà Thiếu nhi``, ``Xí nghiệp Thủy nông``, ``Đoạn Quản lý``), standing where a subject stands, is read as a known head's
name is read: it ends where a known head's would (its level, its unit's number, its proper name), and the word in lower
case after it is the sentence, a verb no list knows included (issue 52: the twins' unknown head before an unknown verb).
A thing, an event or a work named in capitals (``Giải Bóng đá``, ``Công trình Thủy lợi``) is no one who acts, nor is a
name that a passive (``được``) or a predicate that describes it (``có``, ``là``) follows."""

from __future__ import annotations

import pytest
from test_rules import leads as _leads


@pytest.mark.parametrize(
    "sentence,name,task_start",
    [
        # closed by its level
        ("1. Nhà Thiếu nhi tỉnh chiêu sinh các lớp năng khiếu hè cho thiếu nhi.\n", "Nhà Thiếu nhi tỉnh", "chiêu sinh"),
        (
            "2. Sàn Giao dịch nông sản huyện kết nối người trồng cam với thương lái.\n",
            "Sàn Giao dịch nông sản huyện",
            "kết nối",
        ),
        # closed by its proper name
        (
            "3. Xí nghiệp Thủy nông Đông Sơn nạo vét kênh tưới trước mùa mưa.\n",
            "Xí nghiệp Thủy nông Đông Sơn",
            "nạo vét",
        ),
        ("4. Lữ đoàn Công binh Sông Lam lắp dựng cầu phao tạm khi có lũ.\n", "Lữ đoàn Công binh Sông Lam", "lắp dựng"),
        # closed by its unit's number
        ("5. Đoạn Quản lý đường bộ số 3 san gạt đất đá sạt lở.\n", "Đoạn Quản lý đường bộ số 3", "san gạt"),
    ],
)
def test_an_unknown_head_written_as_a_name_reads_as_a_known_one(sentence, name, task_start):
    assert any(a == name and t.startswith(task_start) for a, t in _leads(sentence)), _leads(sentence)


@pytest.mark.parametrize(
    "sentence,name,task_start",
    [
        # a proper name of two capitalised words after the name's field in lower case
        (
            "1. Trung tâm Bảo trợ xã hội Hoa Mai nuôi dưỡng người già neo đơn.\n",
            "Trung tâm Bảo trợ xã hội Hoa Mai",
            "nuôi dưỡng",
        ),
        # a unit's number among its kind
        (
            "2. Chi cục Quản lý thị trường số 5 túc trực tại các chợ đầu mối.\n",
            "Chi cục Quản lý thị trường số 5",
            "túc trực",
        ),
    ],
)
def test_a_known_head_ends_with_its_proper_name_or_its_number(sentence, name, task_start):
    assert any(a == name and t.startswith(task_start) for a, t in _leads(sentence)), _leads(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "1. Giải Bóng đá thiếu niên huyện khai mạc vào ngày 01/6/2026.\n",
        "2. Công trình Thủy lợi Bắc Sơn phục vụ tưới cho 300 ha lúa.\n",
        "3. Nhà Văn hóa xã được sửa chữa trước ngày 30/6/2026.\n",
        "4. Cuộc thi Ảnh đẹp quê hương huyện thu hút nhiều tác giả.\n",
        "5. Khu Công nghiệp Tây Bắc có 12 doanh nghiệp đang hoạt động.\n",
    ],
)
def test_a_thing_or_an_event_in_capitals_or_a_name_described_is_no_lead(sentence):
    assert _leads(sentence) == []


@pytest.mark.parametrize(
    "sentence,name",
    [
        # a name's field may hold a run of capitals before more of it in lower case
        (
            "1. Công ty Cổ phần Cấp Thoát nước Lạng Sơn bảo đảm nước sạch cho nhân dân.\n",
            "Công ty Cổ phần Cấp Thoát nước Lạng Sơn",
        ),
        ("2. Trường Mầm non Hoa Sen thôn Đông tổ chức cho trẻ ăn bán trú.\n", "Trường Mầm non Hoa Sen thôn Đông"),
        # a capitalised syllable and the word after it written as one word (``bảo vệ``): the field goes on
        (
            "3. Hội đồng Quản lý Quỹ Bảo vệ môi trường quyết định danh mục dự án cho vay.\n",
            "Hội đồng Quản lý Quỹ Bảo vệ môi trường",
        ),
    ],
)
def test_capitals_inside_a_name_do_not_end_it(sentence, name):
    assert name in [a for a, _t in _leads(sentence)], _leads(sentence)


def test_the_syllable_pairs_are_as_their_script_makes_them():
    """``tables/syllable_pairs.txt`` is made from the texts beside the project, never edited by hand."""
    from conftest import assert_made_as_the_script_makes

    assert_made_as_the_script_makes("make_syllable_pairs.py")


def test_the_syllable_pairs_hold_words_not_a_name_and_its_verb():
    from vbparse.tables.word_formation import syllable_pairs

    pairs = syllable_pairs()
    assert {"bảo vệ", "kiểm lâm", "thoát nước"} <= pairs
    assert not {"mai trông", "sơn nạo", "lam lắp"} & pairs


@pytest.mark.parametrize(
    "sentence,name,task_start",
    [
        # a head and a word the lists take for an ordinary phrase in lower case (``phòng dịch``), written as a name
        ("1. Phòng Dịch tễ thú y tổng hợp số gia súc đã được tiêm.\n", "Phòng Dịch tễ thú y", "tổng hợp"),
        # a post no list knows (an agent's syllable after its head), its body closed by its level, an unknown verb
        (
            "2. Hạt trưởng Hạt Kiểm lâm huyện chỉ huy lực lượng chữa cháy rừng tại chỗ.\n",
            "Hạt trưởng Hạt Kiểm lâm huyện",
            "chỉ huy",
        ),
    ],
)
def test_a_name_in_sentence_case_is_read_where_its_words_are_a_phrase_or_unknown(sentence, name, task_start):
    assert any(a == name and t.startswith(task_start) for a, t in _leads(sentence)), _leads(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["1. Phòng dịch bệnh cho đàn gia súc trong mùa đông.\n", "1. Phòng, chống dịch bệnh cho đàn gia súc.\n"],
)
def test_the_phrase_in_lower_case_is_still_no_name(sentence):
    assert _leads(sentence) == []


def test_a_verb_that_a_number_word_opens_is_a_predicate():
    """``số hóa`` (to digitise) after a name is its task; ``số`` alone after a name is a number, no predicate."""
    assert _leads("1. Trung tâm Lưu trữ lịch sử tỉnh số hóa hồ sơ địa chính trước ngày 30/9/2026.\n") == [
        ("Trung tâm Lưu trữ lịch sử tỉnh", "số hóa hồ sơ địa chính trước ngày 30/9/2026.")
    ]
    assert _leads("1. Trung tâm Lưu trữ lịch sử tỉnh số 12 đường Trần Phú.\n") == []
    # ``Bản số hóa``: a digitised copy (``bản``, a hamlet, only before its proper name)
    assert _leads("1. Bản số hóa tài liệu lưu trữ có giá trị như bản gốc.\n") == []


def test_du_thao_after_a_name_is_its_task_and_the_next_sentence_has_its_own_subject():
    """``dự thảo`` (to draft) ends the name before it, as ``soạn thảo`` does (third twin of A4: the name ran through it
    and the second sentence of a step gave no one); capitalised first it is a draft, no one."""
    assert _leads(
        "1. Tổ thẩm định kiểm tra thực tế tại cơ sở. Phòng Quản lý dịch vụ công dự thảo quyết định, trình Giám đốc ký.\n"
    ) == [
        ("Tổ thẩm định", "kiểm tra thực tế tại cơ sở."),
        ("Phòng Quản lý dịch vụ công", "dự thảo quyết định, trình Giám đốc ký."),
    ]
    assert _leads("1. Dự thảo quy chế gửi lấy ý kiến các phòng.\n") == []


@pytest.mark.parametrize(
    "sentence,name,task_start",
    [
        (
            "1. Tổ Công nghệ số cộng đồng cài đặt ứng dụng định danh cho người dân.\n",
            "Tổ Công nghệ số cộng đồng",
            "cài đặt",
        ),
        (
            "2. Trung tâm Dữ liệu và Chuyển đổi số sao lưu cơ sở dữ liệu hằng tuần.\n",
            "Trung tâm Dữ liệu và Chuyển đổi số",
            "sao lưu",
        ),
        (
            "3. Tổ Triển khai chuyển đổi số nghiệm thu phần mềm trước ngày 15/6/2027.\n",
            "Tổ Triển khai chuyển đổi số",
            "nghiệm thu",
        ),
    ],
)
def test_a_verb_of_works_ends_the_name_before_it(sentence, name, task_start):
    """``cài đặt``, ``sao lưu``, ``nghiệm thu`` end a name as the verbs of the lists do, and ``chuyển đổi số`` (a noun
    that the verb ``chuyển đổi`` opens) goes on in it (third twins of F1 and A2)."""
    assert any(a == name and t.startswith(task_start) for a, t in _leads(sentence)), _leads(sentence)


def test_a_team_named_with_chuyen_doi_so_and_its_members_is_no_task():
    assert _leads("1. Tổ Triển khai chuyển đổi số gồm:\n(1) Ông Lê Văn Hải - Phó Chủ tịch UBND xã, Tổ trưởng;\n") == []


def test_mo_after_a_name_is_its_verb_and_after_the_noun_it_qualifies_is_open():
    """``mở`` (to open: ``mở lớp``) ends a name as a verb (third twin of T2: ``Nhà văn hóa xã mở lớp …`` gave no one);
    after a noun it qualifies it is part of the name (``Khu kinh tế mở``, ``mã nguồn mở``)."""
    assert _leads("1. Thư viện huyện mở lớp kỹ năng đọc cho thiếu nhi.\n") == [
        ("Thư viện huyện", "mở lớp kỹ năng đọc cho thiếu nhi.")
    ]
    assert _leads("2. Ban Quản lý Khu kinh tế mở Vân Phong kiểm tra các dự án chậm tiến độ.\n") == [
        ("Ban Quản lý Khu kinh tế mở Vân Phong", "kiểm tra các dự án chậm tiến độ.")
    ]


@pytest.mark.parametrize(
    "sentence,name,task_start",
    [
        # a head of two or three words in lower case, then the place it is named for
        (
            "1. Bến xe khách Yên Khê niêm yết giờ chạy các tuyến xe đưa đón học sinh.\n",
            "Bến xe khách Yên Khê",
            "niêm yết",
        ),
        ("2. Nhà văn hóa Kim Liên tổ chức hội diễn văn nghệ quần chúng.\n", "Nhà văn hóa Kim Liên", "tổ chức"),
        # the word that says which one is a pair written as one word (``Hàng hải``), not ``hàng`` (goods)
        ("3. Cảng vụ Hàng hải Quy Nhơn kiểm tra an toàn tàu thuyền.\n", "Cảng vụ Hàng hải Quy Nhơn", "kiểm tra"),
    ],
)
def test_a_compound_head_named_for_its_place_reads_as_a_name(sentence, name, task_start):
    """Sixth twin of A1: ``Bến xe khách Yên Khê niêm yết …`` gave no one, a place's name being refused as the word
    that says which one; a head of two words or more is an organ's named for where it stands."""
    assert any(a == name and t.startswith(task_start) for a, t in _leads(sentence)), _leads(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a landform or a landmark named for its place acts on nothing, however its head is written
        "1. Sông Yên Khê chảy qua bốn xã của huyện.\n",
        "2. Vùng đồi Kim Liên trồng nhiều chè xanh.\n",
        "3. Quảng trường Hùng Vương đón hàng nghìn lượt khách mỗi dịp lễ.\n",
        "4. Bãi biển Quy Nhơn đón hàng vạn lượt khách trong mùa hè.\n",
        "5. Cánh đồng Mường Thanh cho năng suất lúa cao nhất huyện.\n",
    ],
)
def test_a_landform_or_landmark_named_for_its_place_is_no_lead(sentence):
    assert _leads(sentence) == []


def test_a_name_becoming_another_is_no_lead():
    """``… Trường Đại học`` / ``Công nghiệp Hà Nội thành Đại học Công nghiệp Hà Nội`` (a wrapped line of a wild
    decision): ``thành`` after a name says what it becomes, no task; ``thành lập`` is still a verb."""
    assert _leads("1. Nhà văn hóa Kim Liên thành Trung tâm Văn hóa xã.\n") == []
    assert _leads("1. Nhà văn hóa Kim Liên thành lập câu lạc bộ dưỡng sinh.\n") == [
        ("Nhà văn hóa Kim Liên", "thành lập câu lạc bộ dưỡng sinh.")
    ]


def test_tiem_ends_a_post_and_tiem_chung_stays_a_noun():
    """Sixth twin of S6: ``Nhân viên thú y xã tiêm vắc xin dại …`` gave no one (``tiêm``, to inject, was no verb of the
    lists); ``tiêm chủng`` is a noun as often (``Các cơ sở tiêm chủng``, vaccination sites)."""
    assert _leads("1. Nhân viên thú y xã tiêm vắc xin dại cho chó, mèo tại các thôn.\n") == [
        ("Nhân viên thú y xã", "tiêm vắc xin dại cho chó, mèo tại các thôn.")
    ]
    assert _leads("1. Các cơ sở tiêm chủng thực hiện đúng quy trình khám sàng lọc.\n") == [
        ("Các cơ sở tiêm chủng", "thực hiện đúng quy trình khám sàng lọc.")
    ]


@pytest.mark.parametrize(
    "sentence,name,task_start",
    [
        # a known head, its field, then a proper name no gazetteer holds, then a verb no list knows
        (
            "1. Hợp tác xã Nông nghiệp Vàm Rạch đắp đập tạm ngăn mặn tại đầu kênh.\n",
            "Hợp tác xã Nông nghiệp Vàm Rạch",
            "đắp đập",
        ),
        # a head no list knows in sentence case, then its proper name, then a verb no list knows
        ("2. Vườn quốc gia Pù Lăng thả 40 cá thể động vật về rừng.\n", "Vườn quốc gia Pù Lăng", "thả"),
        # ... whose own word ends in a syllable that is a hamlet elsewhere (``xuất bản``, not ``bản`` + a name)
        ("3. Nhà xuất bản Khau Nhạn tặng tủ sách cho các điểm trường.\n", "Nhà xuất bản Khau Nhạn", "tặng"),
    ],
)
def test_a_proper_name_ends_a_name_before_a_verb_no_list_knows(sentence, name, task_start):
    """Seventh twins of T2, F3 and WRAP: a name closed by its proper name (two capitalised words after words in lower
    case, the head's own included) ends before the word in lower case after it, a verb the lists do not hold."""
    assert any(a == name and t.startswith(task_start) for a, t in _leads(sentence)), _leads(sentence)


@pytest.mark.parametrize(
    "sentence,name",
    [
        # a head's first syllable in capitals is no proper name's end (``Vùng`` + ``Cảnh sát biển``)
        ("1. Bộ Tư lệnh Vùng Cảnh sát biển 3 tuần tra vùng biển giáp ranh.\n", "Bộ Tư lệnh Vùng Cảnh sát biển 3"),
        # a field's syllable in lower case after its first in capitals, the name going on after it (``Đồn Biên`` +
        # ``phòng cửa khẩu Pò Lũng``): no verb
        (
            "2. Đồn trưởng Đồn Biên phòng cửa khẩu Pò Lũng tổ chức kiểm soát hàng hóa qua đường mòn.\n",
            "Đồn trưởng Đồn Biên phòng cửa khẩu Pò Lũng",
        ),
    ],
)
def test_a_head_inside_a_name_does_not_end_it(sentence, name):
    assert [a for a, _t in _leads(sentence)] == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        # people named for where they live, and people and officials together, are no organ
        "1. Công dân Việt Nam định cư ở nước ngoài nhập cảnh qua cửa khẩu.\n",
        "2. Người dân Pù Lăng trồng rừng trên đất được giao.\n",
        "3. Cán bộ và Nhân dân trên địa bàn ra sức thi đua.\n",
    ],
)
def test_people_named_for_a_place_are_no_lead(sentence):
    assert _leads(sentence) == []


@pytest.mark.parametrize(
    "sentence,name,task_start",
    [
        (
            "1. Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh vận động doanh nghiệp tài trợ xe lăn.\n",
            "Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh",
            "vận động",
        ),
        (
            "2. Trung tâm Bảo trợ xã hội và công tác xã hội tỉnh tiếp nhận đối tượng cần bảo vệ khẩn cấp.\n",
            "Trung tâm Bảo trợ xã hội và công tác xã hội tỉnh",
            "tiếp nhận",
        ),
    ],
)
def test_a_second_noun_after_va_that_the_level_closes_is_the_names(sentence, name, task_start):
    """Seventh twin of WRAP: ``Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh`` gave no one (the name stopped at
    ``và``, a second field no portfolio): words in lower case after ``và`` that the name's level closes are its own."""
    assert any(a == name and t.startswith(task_start) for a, t in _leads(sentence)), _leads(sentence)


def test_a_lower_case_head_after_va_is_a_second_body():
    assert [a for a, _t in _leads("1. Trung tâm Y tế huyện và trạm y tế xã tiếp nhận đối tượng.\n")] == [
        "Trung tâm Y tế huyện",
        "trạm y tế xã",
    ]


@pytest.mark.parametrize(
    "body,expected",
    [
        (
            "1. Kỹ thuật viên thiết bị hiệu chỉnh máy tự ghi mực nước.\n",
            [("Kỹ thuật viên thiết bị", "hiệu chỉnh máy tự ghi mực nước.")],
        ),
        (
            "1. Nhân viên vận hành máy soi container hiệu chuẩn thiết bị.\n",
            [("Nhân viên vận hành máy soi container", "hiệu chuẩn thiết bị.")],
        ),
        (
            "1. Công chức giám sát bãi niêm phong các container chuyển cảng.\n",
            [("Công chức giám sát bãi", "niêm phong các container chuyển cảng.")],
        ),
        (
            "2. Ủy ban nhân dân các xã có hồ chứa phát quang mái đập.\n",
            [("Ủy ban nhân dân các xã có hồ chứa", "phát quang mái đập.")],
        ),
        (
            "3. Trung tâm Dịch vụ việc làm tỉnh kết nối học viên với cơ sở sản xuất.\n",
            [("Trung tâm Dịch vụ việc làm tỉnh", "kết nối học viên với cơ sở sản xuất.")],
        ),
        # twenty-seventh twins of A2: ``cân chỉnh`` (calibrate), ``thuyết minh`` (narrate); a lens (``kính viễn
        # vọng``) is no ``kính`` of ``Kính gửi``
        (
            "4. Kỹ thuật viên vận hành kính viễn vọng cân chỉnh hệ quang học.\n",
            [("Kỹ thuật viên vận hành kính viễn vọng", "cân chỉnh hệ quang học.")],
        ),
        (
            "5. Hướng dẫn viên bảo tàng thuyết minh về hiện vật cho khách.\n",
            [("Hướng dẫn viên bảo tàng", "thuyết minh về hiện vật cho khách.")],
        ),
        # sorting and treating (twenty-seventh twins of R1): ``phân loại``, ``xử trí``
        (
            "6. Khoa Ngoại chấn thương phân loại nạn nhân theo mã màu.\n",
            [("Khoa Ngoại chấn thương", "phân loại nạn nhân theo mã màu.")],
        ),
        (
            "7. Tổ cấp cứu lưu động xử trí ban đầu cho người bị nạn.\n",
            [("Tổ cấp cứu lưu động", "xử trí ban đầu cho người bị nạn.")],
        ),
    ],
)
def test_a_name_ends_before_a_verb_of_calibrating_sealing_upkeep_or_linking(body, expected):
    """Seventh and eighth twins of A2 and R1: ``hiệu chỉnh``, ``hiệu chuẩn``, ``niêm phong``, ``phát quang`` (clearing
    brush), ``kết nối`` were no verb a list knew, so the post before them named no one or the name ran on through them
    (a task verb ends a name: ``TASK_VERBS``)."""
    assert _leads(body) == expected


def test_a_post_in_charge_of_a_dormitory_keeps_it_before_the_verb():
    """Eighth twin of A2: ``Cán bộ phụ trách ký túc xá`` was cut at ``ký`` (to sign): a noun a verb opens
    (``NOUNS_OPENED_BY_STOPS``)."""
    assert _leads("2. Cán bộ phụ trách ký túc xá bố trí chỗ ở cho học sinh khóa mới.\n") == [
        ("Cán bộ phụ trách ký túc xá", "bố trí chỗ ở cho học sinh khóa mới.")
    ]


@pytest.mark.parametrize(
    "sentence,name",
    [
        ("1. Chốt Kiểm soát liên hợp Km 12 kiểm tra các xe chở gỗ qua địa bàn.\n", "Chốt Kiểm soát liên hợp Km 12"),
        ("2. Điểm Sơ cứu lưu động số 3 bố trí cáng và túi thuốc.\n", "Điểm Sơ cứu lưu động số 3"),
    ],
)
def test_a_unit_no_list_knows_closed_by_its_number_is_the_subject(sentence, name):
    """``Chốt Kiểm dịch động vật Km 27 kiểm tra …`` (ninth twins): a unit's number along its road (``Km 27``) or
    among its kind (``số 3``) closes a name as a place's level does; the verb after it is the sentence's."""
    assert [a for a, _t in _leads(sentence)] == [name]


@pytest.mark.parametrize(
    "body,names",
    [
        # a lead-in with its items below
        (
            "1. Bảo tàng tỉnh có nhiệm vụ:\n- Kiểm kê hiện vật.\n- Số hóa hồ sơ di tích.\n",
            ["Bảo tàng tỉnh", "Bảo tàng tỉnh"],
        ),
        # two subjects, the first no list knows, before the lead-in's colon
        (
            (
                "1. Nhà hát Chèo tỉnh, Ủy ban nhân dân huyện Đông Lâm có nhiệm vụ thực hiện các việc dưới đây:\n"
                "- Dựng vở diễn mới.\n"
            ),
            ["Nhà hát Chèo tỉnh", "Ủy ban nhân dân huyện Đông Lâm"],
        ),
        # the task after it in the sentence
        ("2. Thư viện huyện có nhiệm vụ luân chuyển sách về các điểm bưu điện xã.\n", ["Thư viện huyện"]),
    ],
)
def test_a_subject_no_list_knows_before_co_nhiem_vu_is_read_as_before_co_trach_nhiem(body, names):
    """``có nhiệm vụ`` says a duty as ``có trách nhiệm`` does: the noun phrase before it is the subject whatever its
    head (``Bảo tàng tỉnh có nhiệm vụ:`` over its items was read as no one, though ``Sở Y tế có nhiệm vụ:`` was)."""
    assert [a for a, _t in _leads(body)] == names, _leads(body)


def test_a_duty_described_for_a_thing_before_co_nhiem_vu_names_no_one():
    """A thing's purpose (``Quỹ … có nhiệm vụ hỗ trợ …`` stated of a fund in a decision's scope) is as before: a name
    in capitals that is no body who acts (``Nền tảng``) stays no subject."""
    assert _leads("1. Nền tảng số có nhiệm vụ kết nối dữ liệu dân cư.\n") == []


@pytest.mark.parametrize(
    "body,expected",
    [
        (
            "1. Trưởng đoàn kiểm tra hướng dẫn cơ sở khắc phục tồn tại.\n",
            [("Trưởng đoàn kiểm tra", "hướng dẫn cơ sở khắc phục tồn tại.")],
        ),
        (
            "2. Trưởng nhóm giám sát báo cáo kết quả với Giám đốc Sở.\n",
            [("Trưởng nhóm giám sát", "báo cáo kết quả với Giám đốc Sở.")],
        ),
        # counter-example: the function's verb with its object is the task (no task verb right after it)
        (
            "3. Trưởng đoàn kiểm tra hồ sơ pháp lý của các mỏ cát.\n",
            [("Trưởng đoàn", "kiểm tra hồ sơ pháp lý của các mỏ cát.")],
        ),
    ],
)
def test_a_team_head_s_post_runs_on_through_the_function_the_team_is_named_for(body, expected):
    """Twenty-seventh twins of F1: ``Trưởng đoàn kiểm tra`` + ``hướng dẫn …``: the verb right after a team's noun, with
    the sentence's task verb at once after it, names the team (``đoàn kiểm tra``), as ``Tổ thẩm định`` + ``đánh giá
    …`` was read; the post is the team's head's."""
    assert _leads(body) == expected
