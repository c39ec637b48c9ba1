"""A collective no list names, ``các``/``những`` + a noun phrase in lower case, standing where a subject stands before
a role word only one who acts takes (``có trách nhiệm``, ``chịu trách nhiệm``, ``chủ trì``): ``Các cửa hàng bán lẻ
xăng dầu có trách nhiệm:`` over its items, alone or listed before a known name (third twin of A5: the whole lead-in
gave no one).  Counter-examples: a thing is no collective (``Các nội dung …``), and before an ordinary task verb a
plural in lower case no list knows stays unread (``Các lớp tập huấn tổ chức …`` is no one)."""

from __future__ import annotations

import pytest

from vbparse import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HẢI ĐÔNG\nSố: 301/KH-UBND\nHải Đông, ngày 10 tháng 12 năm 2027\nKẾ HOẠCH\n"
    "Bảo đảm hàng hóa thiết yếu dịp Tết Nguyên đán\nII. TỔ CHỨC THỰC HIỆN\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐỗ Minh Khôi\n"
ITEMS = "1.1. Dự trữ đủ hàng hóa thiết yếu.\n1.2. Niêm yết giá bán công khai.\n"


def _got(body: str) -> set[tuple[str, str]]:
    return {(o.assignee.raw, o.task[:12]) for o in parse_text(HEAD + body + TAIL).obligations}


@pytest.mark.parametrize(
    "who",
    ["Các nhà thuốc tư nhân", "Các cửa hàng bán lẻ xăng dầu trên địa bàn", "Những hộ kinh doanh tạp hóa"],
)
def test_a_plural_in_lower_case_before_co_trach_nhiem_is_the_lead_ins_subject(who: str) -> None:
    got = _got(f"1. {who} có trách nhiệm:\n" + ITEMS)
    assert {(who, "Dự trữ đủ hà"), (who, "Niêm yết giá")} <= got


def test_a_plural_listed_before_a_known_name_keeps_both() -> None:
    got = _got("1. Các cửa hàng bán lẻ xăng dầu và Công ty Xăng dầu Hải Đông có trách nhiệm:\n" + ITEMS)
    assert {a for a, _t in got} == {"Các cửa hàng bán lẻ xăng dầu", "Công ty Xăng dầu Hải Đông"}


def test_a_plural_in_lower_case_chu_tri_is_a_subject() -> None:
    assert ("Các siêu thị trong tỉnh", "chủ trì tổ c") in _got(
        "2. Các siêu thị trong tỉnh chủ trì tổ chức phiên chợ hàng Việt.\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "1. Các nội dung tuyên truyền có trách nhiệm phản ánh đúng chủ trương.\n",
        "1. Các lớp tập huấn tổ chức tại hội trường Ủy ban nhân dân tỉnh.\n",
        # the words a marked head's folded spelling also spells: courses, segments, those concerned
        "1. Các khóa bồi dưỡng tổ chức tại Trường Chính trị tỉnh.\n",
        "1. Các đoạn đê xung yếu kiểm tra hằng ngày trong mùa lũ.\n",
        "1. Các đối tượng kiểm tra sức khỏe định kỳ.\n",
    ],
)
def test_a_thing_or_a_plural_before_an_ordinary_verb_is_no_subject(sentence: str) -> None:
    assert not _got(sentence)


@pytest.mark.parametrize(
    "line,who,task",
    [
        (
            "1. Các trung tâm y tế huyện kiểm tra các cơ sở kinh doanh thực phẩm.\n",
            "Các trung tâm y tế huyện",
            "kiểm tra các",
        ),
        ("2. Giao các trạm y tế xã tổ chức tiêm chủng mở rộng.\n", "các trạm y tế xã", "tổ chức tiêm"),
        ("3. Các thư viện ngoài công lập gửi báo cáo thống kê về Sở.\n", "Các thư viện ngoài công lập", "gửi báo cáo "),
        (
            "4. Các câu lạc bộ thể thao ngoài công lập đăng ký danh sách vận động viên.\n",
            "Các câu lạc bộ thể thao ngoài công lập",
            "đăng ký danh",
        ),
        ("5. Các chi cục thuế khu vực rà soát hộ kinh doanh.\n", "Các chi cục thuế khu vực", "rà soát hộ k"),
        # heads whose folded spelling is another word, compared with their marks (thirteenth twins of A1, seventh of
        # L1): ``khoa`` (not ``khóa``), ``đoàn`` (not ``đoạn``), ``đội`` (not ``đối``), ``viện`` (not ``viên``)
        ("6. Các khoa lâm sàng cử điều dưỡng trưởng tham gia tổ chấm điểm.\n", "Các khoa lâm sàng", "cử điều dưỡn"),
        (
            "7. Các đoàn nghệ thuật công lập tổ chức biểu diễn lưu động tại các xã.\n",
            "Các đoàn nghệ thuật công lập",
            "tổ chức biểu",
        ),
        ("8. Các đội dân phòng kiểm tra phương tiện chữa cháy.\n", "Các đội dân phòng", "kiểm tra phư"),
        # a ministry's departments (twenty-sixth twins of A3): ``cục`` (not ``cúc``, ``cực``), ``vụ`` (not ``vũ``)
        (
            "9. Các cục, vụ, đơn vị sự nghiệp thuộc Bộ cử công chức đầu mối phụ trách dữ liệu.\n",
            "Các cục, vụ, đơn vị sự nghiệp thuộc Bộ",
            "cử công chức",
        ),
        ("10. Các vụ chức năng thuộc Bộ góp ý dự thảo Thông tư.\n", "Các vụ chức năng thuộc Bộ", "góp ý dự thả"),
        # places of business, for who runs them (twenty-seventh twins of A3)
        (
            "11. Các nhà hàng, quán ăn, cơ sở kinh doanh dịch vụ ăn uống ven biển niêm yết nguồn gốc hải sản.\n",
            "Các nhà hàng, quán ăn, cơ sở kinh doanh dịch vụ ăn uống ven biển",
            "niêm yết ngu",
        ),
        (
            "12. Các khách sạn, nhà nghỉ trên địa bàn khai báo lưu trú cho khách.\n",
            "Các khách sạn, nhà nghỉ trên địa bàn",
            "khai báo lưu",
        ),
    ],
)
def test_a_plural_of_a_body_s_head_in_lower_case_is_a_collective_before_any_task_verb(line, who, task):
    """``các trạm y tế xã``, ``các trung tâm y tế huyện``, ``các thư viện …``: the plural of a head of bodies (``Trạm``,
    ``Trung tâm``, ``Thư viện``, ``Câu lạc bộ``, ``Chi cục``) written in lower case names the bodies of that kind, as
    ``các sở`` does, before any task verb (tenth twins: ``Các thư viện ngoài công lập gửi …`` gave no one)."""
    assert (who, task) in _got(line), _got(line)


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        (
            "Các Nhà hát: Chèo, Cải lương, Ca múa nhạc dân gian Kinh Lam tổ chức lưu diễn tại các xã.",
            ["Nhà hát Chèo", "Nhà hát Cải lương", "Nhà hát Ca múa nhạc dân gian Kinh Lam"],
        ),
        (
            "Các Quỹ: Đầu tư phát triển, Bảo vệ và Phát triển rừng, Hỗ trợ nông dân công khai quy trình cho vay.",
            ["Quỹ Đầu tư phát triển", "Quỹ Bảo vệ và Phát triển rừng", "Quỹ Hỗ trợ nông dân"],
        ),
        (
            "Các khoa: Khám bệnh, Hồi sức tích cực - Chống độc, Nhi tổ chức tập huấn phân loại chất thải.",
            ["Khoa Khám bệnh", "Khoa Hồi sức tích cực - Chống độc", "Khoa Nhi"],
        ),
    ],
)
def test_a_plural_head_in_capitals_no_list_knows_lends_itself_to_each_member_after_its_colon(sentence, members):
    """Eleventh twins of A3 (and the fourth's ``Các Quỹ:``): ``Các Nhà hát: Chèo, Cải lương, …`` names each theatre,
    whatever head no list knows, written in capitals, as ``Các Sở: …`` does; a member whose first field holds a word
    that is a verb elsewhere runs to its dashed second field (``Hồi sức tích cực - Chống độc``)."""
    from vbparse.extract.obligation_names import find_subject

    found = find_subject(sentence)
    assert found is not None
    assert [n.canonical for n in found[0]] == members


def test_a_plural_head_of_things_before_a_colon_names_no_bodies():
    """Counter-example: ``Các Chương trình: Nông thôn mới, Giảm nghèo …`` lists programmes, no one who acts."""
    from vbparse.extract.obligation_names import find_subject

    assert find_subject("Các Chương trình: Nông thôn mới, Giảm nghèo bền vững triển khai tại các xã.") is None


@pytest.mark.parametrize(
    "text,names",
    [
        (
            "Sở Dân tộc và Tôn giáo, Bảo tàng tỉnh, Nhà hát Ca múa nhạc dân tộc tỉnh phục dựng nghi lễ mừng lúa mới.",
            ["Sở Dân tộc và Tôn giáo", "Bảo tàng tỉnh"],
        ),
        ("Sở Khoa học và Công nghệ, Thư viện tỉnh số hóa tài liệu.", ["Sở Khoa học và Công nghệ", "Thư viện tỉnh"]),
        # a department's whole name, then a capital that is no portfolio's field: the comma ends the name
        ("Sở Nội vụ, Thư viện tỉnh số hóa tài liệu.", ["Sở Nội vụ", "Thư viện tỉnh"]),
        ("Sở Y tế, Bảo tàng tỉnh trưng bày hiện vật.", ["Sở Y tế", "Bảo tàng tỉnh"]),
        # (a portfolio's next field goes on: ``Bộ Văn hóa, Thể thao và Du lịch``)
        ("Bộ Văn hóa, Thể thao và Du lịch chủ trì tổng kết.", ["Bộ Văn hóa, Thể thao và Du lịch"]),
    ],
)
def test_fields_joined_by_va_close_a_name_before_its_comma(text, names):
    """``Sở Dân tộc và Tôn giáo`` + ``, Bảo tàng tỉnh`` (twelfth twin of A3): a name's fields end with ``và`` and the
    last (``A, B và C``, ``A và B``), so a comma after them begins the list's next name."""
    from vbparse.extract.name_lists import find_names

    got = [text[s.start : s.end] for s in find_names(text)]
    assert got[: len(names)] == names


def test_a_plural_s_clause_of_what_its_members_have_stays_its_own_before_the_next_name():
    """Twelfth twin of S2: ``…, Thủ trưởng các cơ quan có báo cáo viên pháp luật và các cá nhân có tên tại Điều 1
    chịu trách nhiệm thi hành …``: which agencies (those that have reporters) is the post's; ``có trách nhiệm`` stays
    the duty."""
    from vbparse.extract.obligation_names import find_subject

    text = (
        "Chánh Văn phòng Sở, Thủ trưởng các cơ quan có báo cáo viên pháp luật và các cá nhân có tên tại Điều 1 "
        "chịu trách nhiệm thi hành Quyết định này."
    )
    found = find_subject(text)
    assert found is not None
    assert [text[n.start : n.end] for n in found[0]] == [
        "Chánh Văn phòng Sở",
        "Thủ trưởng các cơ quan có báo cáo viên pháp luật",
        "các cá nhân có tên tại Điều 1",
    ]
    duty = find_subject("Các cơ quan có trách nhiệm báo cáo kết quả.")
    assert duty is not None and [n.end for n in duty[0]] == [len("Các cơ quan")]


@pytest.mark.parametrize(
    ("text", "at", "end"),
    [
        ("các khoa lâm sàng", 4, 8),
        ("các đoàn nghệ thuật", 4, 8),
        # a compound the marked head opens is another word: science, solidarity, a workforce, aid
        ("ứng dụng khoa học công nghệ", 9, None),
        ("tinh thần đoàn kết", 10, None),
        ("đội ngũ cán bộ", 0, None),
        ("tiếp nhận viện trợ", 10, None),
    ],
)
def test_a_marked_head_is_a_collective_s_noun_only_as_a_word_of_its_own(text, at, end):
    from vbparse.extract.name_lexicon import noun_at

    assert noun_at(text, at) == end


@pytest.mark.parametrize(
    "line",
    [
        "1. Các vụ việc tranh chấp đất đai kéo dài phải được giải quyết dứt điểm.\n",
        "2. Các vụ án tham nhũng được đưa ra xét xử kịp thời.\n",
        "3. Các cục bộ dân cư tổ chức tuần tra ban đêm.\n",
    ],
)
def test_vu_and_cuc_as_parts_of_other_words_name_no_collective(line: str) -> None:
    """``các vụ việc``, ``các vụ án`` (cases) and ``cục bộ`` (local) are words of their own, no ministry's
    departments: nothing is given to them (counter-examples of the departments' ``các cục, vụ``)."""
    got = _got(line)
    assert not any(who.lower().startswith(("các vụ", "các cục")) for who, _ in got), got
