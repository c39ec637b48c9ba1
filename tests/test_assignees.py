"""The grammar of assignee names (tables/bodies.py, extract/assignees.py), pinned by real examples.

Each example is a subject phrase as it stands in a plan of ``../shared/realdocs`` or the seeds; the
expected names are what a reader takes as the assignees, in order.
"""

from __future__ import annotations

import pytest

import vbparse.extract.assignees as A
from vbparse import parse
from vbparse.extract.assignees import find_names, make_assignee, subject

HOME = {"tinh": "Lâm Đồng"}


def names(text: str) -> list[str]:
    spans, _end, _mode = subject(text)
    return [make_assignee(text, s, HOME).raw for s in spans]


@pytest.mark.parametrize(
    "text,expected",
    [
        # heads followed by their own name, up to the role word or task verb
        ("Sở Tài chính chủ trì, phối hợp các sở, ban, ngành", ["Sở Tài chính"]),
        ("Sở Văn hoá, Thể thao và Du lịch tham mưu triển khai", ["Sở Văn hoá, Thể thao và Du lịch"]),
        ("Sở Nông nghiệp và Môi trường quản lý chặt chẽ", ["Sở Nông nghiệp và Môi trường"]),
        ("Liên đoàn Lao động tỉnh tham mưu triển khai", ["Liên đoàn Lao động tỉnh"]),
        ("Đề nghị Bộ Tư lệnh Vùng Cảnh sát biển 3 tham mưu", ["Bộ Tư lệnh Vùng Cảnh sát biển 3"]),
        ("Đề nghị Chi cục Hải quan khu vực XIII", ["Chi cục Hải quan khu vực XIII"]),
        ("Lãnh đạo Sở Giáo dục và Đào tạo", ["Lãnh đạo Sở Giáo dục và Đào tạo"]),
        ("Báo và Đài Phát thanh, Truyền hình Lâm Đồng tăng cường", ["Báo và Đài Phát thanh, Truyền hình Lâm Đồng"]),
        (
            "Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh",
            ["Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh"],
        ),
        ("Sở Tài chính, tham mưu và đề xuất", ["Sở Tài chính"]),
        ("Sở Nội vụ, các sở và địa phương", ["Sở Nội vụ", "các sở và địa phương"]),
        # the market's actors as collectives (58, 116), not run on from a list of the state's bodies (60)
        (
            "Yêu cầu Thủ trưởng các cơ quan, đơn vị, địa phương, các Chủ đầu tư theo chức năng, nhiệm vụ được giao nâng cao",
            ["Thủ trưởng các cơ quan, đơn vị, địa phương", "các Chủ đầu tư"],
        ),
        ("Sở Tài chính, các chủ đầu tư khẩn trương giải ngân", ["Sở Tài chính", "các chủ đầu tư"]),
        ("Các nhà thầu thi công có trách nhiệm bảo đảm", ["Các nhà thầu thi công"]),
        ("các chủ đầu tư, nhà thầu thực hiện", ["các chủ đầu tư, nhà thầu"]),
        ("các Sở, ban ngành, nhà đầu tư thứ cấp thực hiện", ["các Sở, ban ngành"]),
        # an institution named by what it does: ``đào tạo`` is its noun, not the task's verb (118)
        ("Các cơ sở đào tạo có trách nhiệm mở thêm chuyên ngành", ["Các cơ sở đào tạo"]),
        ("Sở Khoa học và Công nghệ, các viện nghiên cứu chủ trì", ["Sở Khoa học và Công nghệ", "các viện nghiên cứu"]),
        # ``và`` stands before a list's last item: a comma after the noun that follows it starts a second
        # list, a second assignee (128); ``và`` before a last noun keeps one (01)
        (
            "các sở, ban, ngành và cơ quan, đơn vị có liên quan thực hiện",
            ["các sở, ban, ngành", "cơ quan, đơn vị có liên quan"],
        ),
        ("Các sở, ban, ngành và địa phương thực hiện", ["Các sở, ban, ngành và địa phương"]),
        ("các cơ quan, đơn vị và địa phương thực hiện", ["các cơ quan, đơn vị và địa phương"]),
        # a unit and the body it belongs to are one name (issue 21, class 4)
        ("Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo Báo", ["Ban Tuyên giáo và Dân vận Tỉnh ủy"]),
        # a unit of the Youth Union's committee (fourteenth twin of TAB-CAPTION)
        ("Ban Phong trào Tỉnh đoàn tổ chức ra quân", ["Ban Phong trào Tỉnh đoàn"]),
        ("Ban Tổ chức - Kiểm tra Thành đoàn phối hợp", ["Ban Tổ chức - Kiểm tra Thành đoàn"]),
        ("Ban Thường trực Hội Nông dân xã tổ chức", ["Ban Thường trực Hội Nông dân xã"]),
        ("Phòng Kinh tế UBND huyện chủ trì", ["Phòng Kinh tế UBND huyện"]),
        # a noun taken up again after ``và`` goes on with the name
        (
            "Ban Quản lý các khu công nghệ cao và khu công nghiệp chủ trì",
            ["Ban Quản lý các khu công nghệ cao và khu công nghiệp"],
        ),
        # ``trực thuộc`` + the owning body, ``trực thuộc Trung ương`` in lower case
        (
            "Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch: Chủ trì",
            ["Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch"],
        ),
        (
            "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chủ trì",
            ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"],
        ),
        # heads the grammar had missed, and task verbs that end a name (issue 21, class 7)
        ("Hiệp hội Doanh nghiệp tỉnh phối hợp", ["Hiệp hội Doanh nghiệp tỉnh"]),
        ("Cổng thông tin điện tử tỉnh đăng tải", ["Cổng thông tin điện tử tỉnh"]),
        ("Người chủ trì điều hành hội nghị", ["Người chủ trì"]),
        ("Thư ký ghi biên bản", ["Thư ký"]),
        ("Tổ kiểm phiếu đếm phiếu", ["Tổ kiểm phiếu"]),
        ("Cán bộ phụ trách công tác thi đua tổng hợp", ["Cán bộ phụ trách công tác thi đua"]),
        # posts with a portfolio or a double role (issue 21, class 5)
        ("Phó Chủ tịch phụ trách lĩnh vực Kinh tế chỉ đạo", ["Phó Chủ tịch phụ trách lĩnh vực Kinh tế"]),
        (
            "Phó Chủ tịch UBND xã phụ trách khối Văn hóa - Xã hội chỉ đạo",
            ["Phó Chủ tịch UBND xã phụ trách khối Văn hóa - Xã hội"],
        ),
        ("Trưởng phòng Tư pháp - Tổ phó Tổ giúp việc tham mưu", ["Trưởng phòng Tư pháp - Tổ phó Tổ giúp việc"]),
        # a body named for two standing functions joined by a comma, the second in lower case (eighteenth twin of R1:
        # ``Trung tâm Giám sát, điều hành đô thị thông minh``); not a body's whole name before a comma and a verb
        (
            "Trung tâm Điều hành, giám sát giao thông lập phương án phân luồng.",
            ["Trung tâm Điều hành, giám sát giao thông"],
        ),
        ("Trung tâm Y tế, hướng dẫn các trạm y tế xã lập danh sách.", ["Trung tâm Y tế"]),
        # the chiefs of units by the unit's noun and ``trưởng`` after ``các`` (eighteenth twin of TAB-CAPTION);
        # not growth (``sinh trưởng``)
        ("Các đội trưởng, nhóm trưởng xung kích kiểm tra các hộ.", ["Các đội trưởng, nhóm trưởng xung kích"]),
        ("Các giai đoạn sinh trưởng của cây lúa kéo dài.", []),
        # the second post read whole, its body a committee the lists know (eighteenth twin of S6)
        (
            "Phó Chủ tịch Ủy ban nhân dân phường - Phó Trưởng Ban Quản lý dự án rà soát hồ sơ",
            ["Phó Chủ tịch Ủy ban nhân dân phường - Phó Trưởng Ban Quản lý dự án"],
        ),
        # a collective and the body whose members it is
        ("Các tổ chức thành viên của Mặt trận tham gia", ["Các tổ chức thành viên của Mặt trận"]),
        ("Các đơn vị trực thuộc của Sở Y tế triển khai", ["Các đơn vị trực thuộc của Sở Y tế"]),
        (
            "Ủy ban nhân dân các phường, xã và các cơ quan có liên quan triển khai",
            ["Ủy ban nhân dân các phường, xã", "các cơ quan có liên quan"],
        ),
        # the place closes the name
        ("Bộ Chỉ huy quân sự tỉnh chỉ đạo lực lượng Bộ đội Biên phòng", ["Bộ Chỉ huy quân sự tỉnh"]),
        ("Giao Công an tỉnh là cơ quan thường trực, có trách nhiệm", ["Công an tỉnh"]),
        # enumerations split; collectives stay whole
        ("Công an tỉnh và các địa phương", ["Công an tỉnh", "các địa phương"]),
        (
            "Đề nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh",
            ["Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"],
        ),
        ("Văn phòng UBND tỉnh; Sở Tư pháp", ["Văn phòng UBND tỉnh", "Sở Tư pháp"]),
        ("Sở Y tế, Sở Giáo dục và Đào tạo", ["Sở Y tế", "Sở Giáo dục và Đào tạo"]),
        (
            "Các sở, ban, ngành, đoàn thể và Ủy ban nhân dân các xã, phường, đặc khu căn cứ chức năng",
            ["Các sở, ban, ngành, đoàn thể", "Ủy ban nhân dân các xã, phường, đặc khu"],
        ),
        (
            "Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã chịu trách nhiệm",
            ["Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các xã"],
        ),
        ("Các cơ quan, đơn vị liên quan", ["Các cơ quan, đơn vị liên quan"]),
        ("MTTQ và các đoàn thể chính trị - xã hội vận động", ["MTTQ", "các đoàn thể chính trị - xã hội"]),
        ("Công an tỉnh, Sở Nông nghiệp và Môi trường", ["Công an tỉnh", "Sở Nông nghiệp và Môi trường"]),
        # two names of one table cell, one per line, joined by the reader (two heads, not a unit and its body)
        ("Sở Nội vụ Sở Tài chính", ["Sở Nội vụ", "Sở Tài chính"]),
        # units through the alias table, their filler word dropped from the canonical name only
        ("Công chức Văn phòng -thống kê UBND là bộ phận thường trực", ["Công chức Văn phòng -thống kê UBND"]),
        ("phòng QLCN phối hợp", ["phòng QLCN"]),
        # persons keep honorific and post in raw, not in the name
        ("Ông. Hoàng Văn Thuân - Trưởng đoàn", ["Ông. Hoàng Văn Thuân - Trưởng đoàn"]),
        ("Giao đồng chí Chủ tịch UBND xã chỉ đạo", ["đồng chí Chủ tịch UBND xã"]),
        (
            "Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND xã phụ trách văn hóa",
            ["Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND xã"],
        ),
        ("Đồng chí Phó Chủ tịch UBND xã phụ trách văn hóa", ["Đồng chí Phó Chủ tịch UBND xã"]),  # a post, no person
        ("Ban Chỉ huy Quân sự xã phối hợp với Công an xã", ["Ban Chỉ huy Quân sự xã"]),
        ("Công an xã bảo vệ các hoạt động", ["Công an xã"]),
        ("Trưởng các thôn, bản có trách nhiệm", ["Trưởng các thôn, bản"]),
        # compound nouns whose last word is a place level (issue 21): the level is a word of the name
        (
            "Đề nghị Liên minh Hợp tác xã tỉnh, Đoàn Thanh niên tỉnh tham gia",
            ["Liên minh Hợp tác xã tỉnh", "Đoàn Thanh niên tỉnh"],
        ),
        ("Đài Phát thanh tỉnh, Thông tấn xã Việt Nam tuyên truyền", ["Đài Phát thanh tỉnh", "Thông tấn xã Việt Nam"]),
        # a collective of places, then other bodies after và; media listed after các cơ quan báo chí
        (
            "Ủy ban nhân dân các xã, thị trấn và cơ quan, đơn vị có liên quan thực hiện",
            ["Ủy ban nhân dân các xã, thị trấn", "cơ quan, đơn vị có liên quan"],
        ),
        ("UBND các xã, phường và thị trấn", ["UBND các xã, phường và thị trấn"]),
        (
            "Các cơ quan báo chí, phát thanh, truyền hình khác tuyên truyền",
            ["Các cơ quan báo chí, phát thanh, truyền hình khác"],
        ),
        # a collective that says whom it means by what they were given, up to their duty
        (
            "Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này có trách nhiệm lập dự toán",
            ["Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này"],
        ),
        (
            "Các đơn vị được giao nhiệm vụ tại Phụ lục chịu trách nhiệm báo cáo",
            ["Các đơn vị được giao nhiệm vụ tại Phụ lục"],
        ),
        ("Sở Tài chính được giao chủ trì, có trách nhiệm", ["Sở Tài chính"]),  # not a collective: the name ends
        # ... with nothing between the assignment and the duty, or up to its purpose; what they deal with
        ("Các cơ quan, tổ chức được phân công có trách nhiệm lập dự toán", ["Các cơ quan, tổ chức được phân công"]),
        ("Các sở, ngành được giao chủ trì để tham mưu kế hoạch", ["Các sở, ngành được giao chủ trì"]),
        (
            "Các phòng, ban có liên quan đến việc tổ chức hội nghị có trách nhiệm chuẩn bị",
            ["Các phòng, ban có liên quan đến việc tổ chức hội nghị"],
        ),
        ("UBND các xã được giao thực hiện thí điểm mô hình", ["UBND các xã"]),  # being given it is the task
        # a collective bounded by the levels it runs over; then its verb
        ("Các cơ quan chuyên môn từ huyện đến cơ sở thi đua hoàn thành", ["Các cơ quan chuyên môn từ huyện đến cơ sở"]),
        ("Các cấp ủy từ Trung ương đến cơ sở lãnh đạo", ["Các cấp ủy từ Trung ương đến cơ sở"]),
        ("Sở Y tế từ ngày 01/3 đến 30/4 kiểm tra", ["Sở Y tế"]),
        # members of an emulation block
        ("Các đơn vị trong khối thi đua huyện báo cáo", ["Các đơn vị trong khối thi đua huyện"]),
        # a centre's committee and whose it is
        ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam chủ trì", ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]),
        (
            "Ban Chấp hành Trung ương Hội Nông dân Việt Nam phối hợp",
            ["Ban Chấp hành Trung ương Hội Nông dân Việt Nam"],
        ),
        ("Ủy ban nhân dân tỉnh, Sở Y tế phối hợp", ["Ủy ban nhân dân tỉnh", "Sở Y tế"]),
        # a Party committee's inspection committee; one office of two bodies
        ("Ủy ban Kiểm tra Huyện ủy, Văn phòng Huyện ủy thực hiện", ["Ủy ban Kiểm tra Huyện ủy", "Văn phòng Huyện ủy"]),
        ("Văn phòng Đoàn ĐBQH và HĐND tỉnh tham mưu", ["Văn phòng Đoàn ĐBQH và HĐND tỉnh"]),
        ("Văn phòng UBND tỉnh và Sở Nội vụ tham mưu", ["Văn phòng UBND tỉnh", "Sở Nội vụ"]),
        # a university or an academy; the economy's actors named one by one
        ("Đại học Huế và Học viện Nông nghiệp Việt Nam nghiên cứu", ["Đại học Huế", "Học viện Nông nghiệp Việt Nam"]),
        ("Chủ đầu tư có trách nhiệm lập hồ sơ", ["Chủ đầu tư"]),
        ("Chủ động phối hợp với các đơn vị", []),  # ``Chủ`` alone names no one
        # verbs that end a name
        ("Các xã, thị trấn coi việc phòng chống dịch là nhiệm vụ", ["Các xã, thị trấn"]),
        ("Hội đồng Thi đua - Khen thưởng huyện họp xét", ["Hội đồng Thi đua - Khen thưởng huyện"]),
        ("Ban Chỉ đạo họp định kỳ 6 tháng", ["Ban Chỉ đạo"]),
        # a lower-case generic noun that says which, as a later item of the list (never first)
        (
            (
                "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh "
                "chịu trách nhiệm thực hiện"
            ),
            [
                "Bộ trưởng",
                "Thủ trưởng cơ quan ngang bộ",
                "cơ quan thuộc Chính phủ",
                "Chủ tịch Ủy ban nhân dân các tỉnh",
            ],
        ),
        ("cơ quan thuộc Chính phủ thực hiện", []),
        # a generic class the field after it says which, before the list's verb, is a subject (decision 18; once a
        # counter-example here)
        ("Sở Tài chính, cơ quan chức năng thực hiện", ["Sở Tài chính", "cơ quan chức năng"]),
        # a post of a body whose name opens with another head (``Công an``)
        ("Bộ trưởng Bộ Công an có trách nhiệm giúp Thủ tướng", ["Bộ trưởng Bộ Công an"]),
        # a standing committee of a body whose head is itself two heads (102, MTTQ xã Lương Minh)
        ("Ban Thường trực Ủy ban MTTQ Việt Nam xã chủ động phối hợp", ["Ban Thường trực Ủy ban MTTQ Việt Nam xã"]),
        (
            "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã tổ chức",
            ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"],
        ),
        (
            "các Ban chuyên môn của Cơ quan Ủy ban MTTQ tỉnh đề xuất",
            ["các Ban chuyên môn của Cơ quan Ủy ban MTTQ tỉnh"],
        ),
        # ``cử`` ends a name as a verb, not inside ``bầu cử``; the old tone placement ``Uỷ`` is a head too
        (
            "Thường trực Hội đồng nhân dân, Uỷ ban bầu cử xã thực hiện",
            ["Thường trực Hội đồng nhân dân", "Uỷ ban bầu cử xã"],
        ),
        ("Phòng Nội vụ cử cán bộ tham gia", ["Phòng Nội vụ"]),
        # ``trên địa bàn`` ends a name unless a place follows
        ("các đoàn thể trên địa bàn thông tin, tuyên truyền", ["các đoàn thể trên địa bàn"]),
        ("các đoàn thể trên địa bàn tỉnh tổ chức", ["các đoàn thể trên địa bàn tỉnh"]),
        # two posts joined by ``hoặc`` are two names; ``Lãnh đạo`` with no name after it leads (37)
        ("Bí thư hoặc Phó Bí thư chủ trì.", ["Bí thư", "Phó Bí thư"]),
        ("Lãnh đạo thực hiện Nghị quyết Đại hội Đảng bộ xã", []),
        ("Lãnh đạo Sở thực hiện", ["Lãnh đạo Sở"]),
        ("Phòng làm việc, trang thiết bị của bộ phận tiếp nhận", []),
        ("Phòng Tư pháp thực hiện", ["Phòng Tư pháp"]),
        # a collective's members listed after a colon, each a name (104's execution clause); a department's
        # name may hold ``và``, a commune's list ends at the one after ``và``; a company's legal form ends its name
        (
            (
                "Giám đốc các Sở: Quy hoạch - Kiến trúc, Xây dựng, Nông nghiệp và Môi trường; Công Thương; Viện trưởng "
                "Viện Quy hoạch xây dựng; Chủ tịch UBND các phường, xã: Kim Liên, Chuyên Mỹ và Đại Xuyên; Tập đoàn "
                "Vingroup-Công ty CP chịu trách nhiệm thi hành"
            ),
            [
                "Quy hoạch - Kiến trúc",
                "Xây dựng",
                "Nông nghiệp và Môi trường",
                "Công Thương",
                "Viện trưởng Viện Quy hoạch xây dựng",
                "Kim Liên",
                "Chuyên Mỹ",
                "Đại Xuyên",
                "Tập đoàn Vingroup-Công ty CP",
            ],
        ),
        # a plural list opening a sentence without ``các`` is one collective (108)
        (
            "Sở, ban, ngành, Ủy ban nhân dân huyện, thị xã là đầu mối theo dõi",
            ["Sở, ban, ngành", "Ủy ban nhân dân huyện, thị xã"],
        ),
        # a request's names: a list of places ends where a noun that is no place follows, and a collective
        # noun says whom it means by what they were given, up to what they must do (58)
        (
            (
                "Yêu cầu Thủ trưởng các sở, ban ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố, đơn vị được "
                "giao kế hoạch vốn cần phải nỗ lực"
            ),
            [
                "Thủ trưởng các sở, ban ngành tỉnh",
                "Chủ tịch UBND các huyện, thị xã, thành phố",
                "đơn vị được giao kế hoạch vốn",
            ],
        ),
        ("Các sở, ban, ngành, đơn vị có liên quan triển khai", ["Các sở, ban, ngành, đơn vị có liên quan"]),
        # a committee named by what it does keeps its name after a post (28); ``quyết định`` is the verb
        ("Các thành viên Ban Chỉ đạo làm việc theo Quy chế", ["Các thành viên Ban Chỉ đạo"]),
        ("Thành viên Tổ Công tác thực hiện", ["Thành viên Tổ Công tác"]),
        ("Giám đốc Sở Chủ trì", ["Giám đốc Sở"]),  # a department is named by its field: the heading's verb
        ("Bộ trưởng Bộ Công an quyết định thành lập Tổ giúp việc", ["Bộ trưởng Bộ Công an"]),
        # ordinary phrases that begin like names
        ("Phòng, chống ma túy là nhiệm vụ", []),
        ("Bản tin sinh hoạt thường kỳ được biên soạn, phát hành", []),  # a bulletin, not a Ban (133)
        ("Bản cam kết được gửi về Ủy ban nhân dân xã", []),
        ("Bản Nà Pục tổ chức ra quân vệ sinh môi trường", ["Bản Nà Pục"]),  # a village is one
        ("Tổ chức hội nghị tổng kết", []),
        ("Ban hành kế hoạch", []),
        ("Báo cáo kết quả", []),
    ],
)
def test_subject_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text,canonical,place",
    [
        ("Công an tỉnh", "Công an tỉnh Lâm Đồng", "tỉnh Lâm Đồng"),
        ("STC", "Sở Tài chính", None),
        ("Sở KH&CN", "Sở Khoa học và Công nghệ", None),
        ("Sở NN&PTNT tỉnh", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Lâm Đồng", "tỉnh Lâm Đồng"),
        ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội", None),
        ("Sở Tài chính tỉnh Lào Cai", "Sở Tài chính tỉnh Lào Cai", "tỉnh Lào Cai"),
        ("UBND huyện Trà Bồng", "Ủy ban nhân dân huyện Trà Bồng", "huyện Trà Bồng"),
        ("Uỷ ban MTTQ thị trấn", "Mặt trận Tổ quốc thị trấn", "thị trấn"),
        ("Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch", None),
        ("Công chức Văn phòng -thống kê UBND", "Văn phòng - Thống kê", None),
        ("Công an xã", "Công an xã", "xã"),
    ],
)
def test_canonical_name_spells_out_and_completes_the_place(text, canonical, place):
    (span,) = find_names(text)
    a = make_assignee(text, span, HOME)
    assert (a.canonical, a.place) == (canonical, place)


def test_person_name_without_honorific_or_post():
    text = "Ông. Hoàng Văn Thuân - Trưởng đoàn"
    a = make_assignee(text, find_names(text)[0])
    assert (a.kind, a.canonical, a.person_name, a.position) == (
        "person",
        "Hoàng Văn Thuân",
        "Hoàng Văn Thuân",
        "Trưởng đoàn",
    )


@pytest.mark.parametrize(
    "text",
    [
        "triển khai các dự án đầu tư",  # ĐU (Đảng ủy) must not match ``dự``
        "phát triển Du lịch bền vững",  # nor ``Du``
        "bảo đảm đủ điều kiện",  # nor ``đủ``
        "xây dựng nông thôn mới",  # ``thôn`` inside ``nông thôn`` is no assignee
    ],
)
def test_abbreviations_and_common_words_do_not_match_inside_ordinary_words(text):
    assert find_names(text) == []


def test_cited_document_issuer_is_not_an_assignee():
    text = "Theo phân công tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của Chủ tịch UBND tỉnh"
    assert find_names(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # 131's ``Cơ quan phối hợp``: a tail closes a collective's list; a lower-case list after it is the
        # next item, not more nouns of the committees' list
        (
            (
                "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc "
                "trung ương, cơ quan, tổ chức khác có liên quan."
            ),
            [
                "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
                "cơ quan, tổ chức khác có liên quan",
            ],
        ),
        ("Sở Tài chính, các sở, ngành liên quan", ["Sở Tài chính", "các sở, ngành liên quan"]),
        # a proper name closes a generic's list (08/09); ``ngang Bộ``'s ``Bộ`` is a noun of the list (111)
        ("phối hợp với lực lượng Công an, chính quyền địa phương", ["lực lượng Công an", "chính quyền địa phương"]),
        (
            "các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ có liên quan theo dõi",
            ["các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ có liên quan"],
        ),
        # one lower-case noun after a comma is prose, not a name
        ("Sở Tài chính, cơ quan thường trực", ["Sở Tài chính"]),
    ],
)
def test_a_list_of_names_in_a_field_is_split_where_each_name_ends(text, expected):
    assert [text[n.start : n.end] for n in find_names(text)] == expected


@pytest.mark.parametrize(
    "sentence,name",
    [
        ("Tổ giúp việc Ban Chỉ đạo phòng, chống thiên tai tỉnh tham mưu kế hoạch.", "Tổ giúp việc Ban Chỉ đạo"),
        ("Đoàn kiểm tra Ban Chỉ đạo tỉnh làm việc với các xã.", "Đoàn kiểm tra Ban Chỉ đạo tỉnh"),
        ("Sở Y tế Chỉ đạo các bệnh viện tăng cường trực.", "Sở Y tế"),  # a capitalised verb still ends a name
    ],
)
def test_a_committee_named_for_what_it_does_keeps_its_name_after_another_body(sentence, name):
    names, _end, _mode = subject(sentence)
    assert sentence[names[0].start : names[0].end].startswith(name)
    assert "Chỉ đạo các" not in sentence[names[0].start : names[0].end]


def test_a_secretary_is_part_of_a_name_and_the_verb_ky_is_not():
    names, _end, _mode = subject("Tổ thư ký Hội đồng Thi đua - Khen thưởng tỉnh tổng hợp hồ sơ đề nghị.")
    assert names and "Tổ thư ký Hội đồng" in "Tổ thư ký Hội đồng Thi đua"[: names[0].end]
    text = "UBND xã ký kết hợp đồng với đơn vị thi công."
    names, _end, _mode = subject(text)
    assert text[names[0].start : names[0].end] == "UBND xã"


def test_owners_of_facilities_and_vehicles_are_a_collective_after_cac():
    for text, name in [
        ("Các chủ cơ sở nuôi trồng thủy sản thực hiện quan trắc định kỳ.", "Các chủ cơ sở"),
        ("Các chủ phương tiện chấp hành nghiêm quy định về tải trọng.", "Các chủ phương tiện"),
    ]:
        names, _end, _mode = subject(text)
        assert names and text[names[0].start : names[0].end].startswith(name), (text, names)


@pytest.mark.parametrize(
    "sentence,name",
    [
        ("Thủ trưởng sở, ban, ngành thành phố tổ chức quán triệt Chương trình.", "Thủ trưởng sở, ban, ngành thành phố"),
        ("Giám đốc sở, ban, ngành tỉnh chỉ đạo rà soát thủ tục.", "Giám đốc sở, ban, ngành tỉnh"),
        ("Giám đốc sở chỉ đạo rà soát thủ tục.", "Giám đốc sở"),  # one noun: no list
        # a verb after the list ends it (``bám sát``), not the verb-like ``trình`` of ``chương trình``
        ("Thủ trưởng cơ quan, đơn vị bám sát chương trình hành động.", "Thủ trưởng cơ quan, đơn vị"),
    ],
)
def test_a_post_of_a_listed_collective_without_cac_is_one_name(sentence, name):
    names, _end, _mode = subject(sentence)
    assert [sentence[n.start : n.end] for n in names] == [name]


@pytest.mark.parametrize(
    "text, noun_end",
    [
        ("cơ quan, đơn vị liên quan", len("cơ quan")),  # the noun, cut by a comma
        ("nhà thầu thi công", len("nhà thầu")),  # a market actor's noun
        ("tổ chức chính trị - xã hội", len("tổ chức chính trị - xã hội")),  # the longest of its first word
        ("xã", len("xã")),  # a noun that is the whole text
        ("xãhội", None),  # a first word that goes on: no noun
        ("nhà kho chứa hàng", None),  # a first word of nouns, then none of them
        (", các sở", None),  # punctuation first
    ],
)
def test_collective_noun_found_through_its_first_word_is_the_one_every_noun_finds(text, noun_end):
    """``noun_at`` tries only the nouns that begin with the window's first word; trying every noun, longest
    first, must find the same."""
    from vbparse.chars import fold
    from vbparse.extract import name_lexicon as L

    window = fold(text[: L._COLLECTIVE_WINDOW])
    every = next(
        (
            len(n)
            for n in L.COLLECTIVE
            if window.startswith(n) and (len(window) == len(n) or not window[len(n)].isalnum())
        ),
        None,
    )
    assert L.noun_at(text, 0) == every == noun_end


@pytest.mark.parametrize(
    "text, name",
    [
        ("Bộ Tài chính sớm ban hành hướng dẫn", "Bộ Tài chính"),
        ("Sở Y tế nhanh chóng triển khai", "Sở Y tế"),
        ("Ban Chỉ đạo ngay sau khi có kết quả", "Ban Chỉ đạo"),
        ("UBND các xã kiên quyết xử lý vi phạm", "UBND các xã"),
        ("Trường Tiểu học Ngay Thẳng tổ chức", "Trường Tiểu học Ngay Thẳng"),  # capitalised: the name's own
    ],
)
def test_an_adverb_before_the_verb_ends_the_name(text, name):
    span = A.name_at(text, 0)
    assert span is not None and text[span.start : span.end] == name


def test_the_patterns_searched_backwards_find_a_match_where_a_forward_search_does():
    """``AFTER_POST`` and ``LEVEL_AT_END`` (``extract/name_lexicon.py``) are anchored at their window's end and searched backwards
    (``regex.REVERSE``); their callers ask only whether one is there, which must be what a forward search says,
    on every window of the corpus' texts that ends before a word (the post's) or after one (the level's)."""
    from pathlib import Path

    import regex

    from vbparse.extract import name_lexicon as L

    root = Path(__file__).resolve().parents[1] / "corpus"
    lines = [ln for p in root.rglob("*") if p.suffix in {".txt", ".md"} for ln in p.read_text().splitlines()]
    lines += ["Phó Chủ tịch UBND tỉnh  phụ trách", "các xã, phường thuộc huyện Bát Xát", "Giám đốc Sở Y tế"]
    # the post's window ends where the next word starts, the level's where a word ends (as their callers cut them)
    for pattern, window, ends in (
        (L.AFTER_POST, L.DEFAULT_POST_LOOKBACK, r"(?<=\s)\S"),
        (L.LEVEL_AT_END, L.DEFAULT_LEVEL_LOOKBACK, r"(?<=\w)(?!\w)"),
    ):
        assert pattern.flags & regex.REVERSE
        forward = regex.compile(pattern.pattern, pattern.flags & ~regex.REVERSE)
        found = 0
        for ln in lines:
            for w in regex.finditer(ends, ln):
                q = w.start()
                got = pattern.search(ln, max(0, q - window), q) is not None
                assert got == (forward.search(ln, max(0, q - window), q) is not None), (ln, q)
                found += got
        assert found > 10


# --- a head distributed over the members a colon lists (issue 52, class A3) ----------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        # ``Các <plural>: A, B, C`` opening a sentence: the plural's head goes on each member
        (
            "Các Chi cục: Kiểm lâm, Thủy lợi, Trồng trọt và Bảo vệ thực vật báo cáo số liệu",
            ["Chi cục Kiểm lâm", "Chi cục Thủy lợi", "Chi cục Trồng trọt và Bảo vệ thực vật"],
        ),
        (
            "Các trường: Mầm non Hoa Sen, Tiểu học Kim Đồng kiểm tra cơ sở vật chất",
            ["Trường Mầm non Hoa Sen", "Trường Tiểu học Kim Đồng"],
        ),
        # after a post: ``Hiệu trưởng các Trường: …``
        (
            "Hiệu trưởng các Trường: Trung học cơ sở Lê Lợi, Trung học phổ thông Nguyễn Trãi tổ chức thi",
            ["Hiệu trưởng Trường Trung học cơ sở Lê Lợi", "Hiệu trưởng Trường Trung học phổ thông Nguyễn Trãi"],
        ),
        # ``và`` inside a member's name that the alias table knows is kept whole ...
        (
            "Các Sở: Công Thương, Khoa học và Công nghệ phối hợp thẩm định",
            ["Sở Công Thương", "Sở Khoa học và Công nghệ"],
        ),
        # ... and parts two members the alias table knows apart
        ("Các Sở: Nội vụ, Tài chính và Y tế rà soát biên chế", ["Sở Nội vụ", "Sở Tài chính", "Sở Y tế"]),
    ],
)
def test_colon_list_distributes_the_plural_head(text: str, expected: list[str]) -> None:
    spans, _end, _mode = subject(text)
    assert [make_assignee(text, s, HOME).canonical for s in spans] == expected


def test_colon_after_a_collective_that_lists_no_members_is_no_list() -> None:
    # counter: ``Các sở, ngành:`` + a task, not members
    text = "Các sở, ngành: Rà soát các thủ tục hành chính"
    spans, _end, _mode = subject(text)
    assert [make_assignee(text, s, HOME).canonical for s in spans] == ["Các sở, ngành"]


# --- a subject by where it stands, whatever its head (issue 52, class A2) -----------------------------


def positional(text: str) -> list[str]:
    spans, _end, _mode = subject(text, positional=True)
    return [make_assignee(text, s, HOME).raw for s in spans]


@pytest.mark.parametrize(
    "text,expected",
    [
        # staff and posts no list names, before a task verb
        ("Điều dưỡng trưởng khoa lập danh sách người bệnh", ["Điều dưỡng trưởng khoa"]),
        ("Thủ kho kiểm tra hàng tồn cuối tháng", ["Thủ kho"]),
        ("Kiểm lâm viên địa bàn phối hợp tuần tra bảo vệ rừng", ["Kiểm lâm viên địa bàn"]),
        # a plural of units written with a capital after ``các``
        ("Các Bộ môn rà soát đề cương học phần", ["Các Bộ môn"]),
        ("Đề nghị các Đội Quản lý thị trường tăng cường kiểm tra", ["các Đội Quản lý thị trường"]),
        # a role word after an unknown head
        ("Thư viện tỉnh chủ trì bố trí chỗ đọc cho học sinh", ["Thư viện tỉnh"]),
        # a unit numbered among its kind (``số 2``): the number is the name's
        ("Hạt Kiểm lâm số 2 chủ trì tuần tra rừng phòng hộ", ["Hạt Kiểm lâm số 2"]),
        ("Xưởng Phim khu vực 14 chủ trì tuyên truyền", ["Xưởng Phim khu vực 14"]),  # a region's number
        ("Xưởng Phim 14 khu vực chủ trì tuyên truyền", []),  # counter-example: a count
        ("Bến xe số 3 phối hợp kiểm tra phương tiện", ["Bến xe số 3"]),
        # fourteenth twin of WRAP: a region numbered with ``số``
        ("Hạt Kiểm lâm khu vực số 3 bố trí người trực canh lửa", ["Hạt Kiểm lâm khu vực số 3"]),
    ],
)
def test_subject_by_position_whatever_its_head(text: str, expected: list[str]) -> None:
    assert positional(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the first noun phrase of a sentence that is no one: a topic, an amount, a time, a thing
        "Kinh phí thực hiện từ nguồn ngân sách nhà nước",
        "Thời gian tổ chức dự kiến trong tháng 5",
        "Nội dung tập huấn gồm ba chuyên đề",
        "Mục đích nhằm nâng cao nhận thức",
        "Hồ sơ gửi về Văn phòng trước ngày 10",
        # a sentence that opens with its verb
        "Tổ chức kiểm tra định kỳ các cơ sở",
        "Rà soát, bổ sung quy chế làm việc",
        # a description, not a task
        "Trung tâm Khuyến ngư có 04 trạm trực thuộc",
    ],
)
def test_first_noun_phrase_that_is_no_subject(text: str) -> None:
    assert positional(text) in ([], ["Trung tâm Khuyến ngư"])


@pytest.mark.parametrize(
    "text",
    ["Hạt Kiểm lâm 2 năm liền chủ trì tuần tra", "Trạm Y tế 2 năm liền chủ trì tiêm chủng", "Đội Kiểm tra 03 lần"],
)
def test_a_count_after_a_name_is_no_name_s_number(text: str) -> None:
    """``Trạm Y tế`` + ``2 năm liền``: a number before a word in lower case that is no verb counts it; the name ends
    before it (``Hạt Kiểm lâm số 2``, ``Hải đội Biên phòng 1`` + a verb: the unit's own number)."""
    assert not any(ch.isdigit() for n in positional(text) + names(text) for ch in n)


def test_positional_reading_only_when_asked() -> None:
    assert names("Thủ kho kiểm tra hàng tồn cuối tháng") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # a head written short heads the name as its spelled-out head does
        ("BQL Chợ Đầm phối hợp kiểm tra an toàn thực phẩm", ["BQL Chợ Đầm"]),
        ("BCH Quân sự phường An Khánh tổ chức huấn luyện", ["BCH Quân sự phường An Khánh"]),
        ("BCĐ Chuyển đổi số xã chủ trì rà soát", ["BCĐ Chuyển đổi số xã"]),
        # a military command closed by the body it is of, whatever that body's head
        ("BCH Quân sự Cục Hải quan chủ trì tự vệ cơ quan", ["BCH Quân sự Cục Hải quan"]),
        # a list of grades after a name is the name's (one body of each grade)
        (
            "Hội đồng Giáo dục quốc phòng cấp huyện, cấp xã chủ trì sơ kết",
            ["Hội đồng Giáo dục quốc phòng cấp huyện, cấp xã"],
        ),
        # military units
        ("Đại đội Công binh tham gia diễn tập", ["Đại đội Công binh"]),
        ("Tiểu đoàn Thông tin chủ trì bảo đảm liên lạc", ["Tiểu đoàn Thông tin"]),
        # a post prefixed by ``Phó``
        ("Phó Viện trưởng chủ trì thẩm định đề tài", ["Phó Viện trưởng"]),
        ("Phó Chủ nhiệm Hợp tác xã Hòa Bình theo dõi sổ sách", ["Phó Chủ nhiệm Hợp tác xã Hòa Bình"]),
        # lower-case words inside a name: a compound its capitalised word opens, a noun a stop word opens
        ("Tổ Vận chuyển rác thải phối hợp thu gom", ["Tổ Vận chuyển rác thải"]),
        ("Trung tâm Điều hành giao thông đô thị chủ trì phân luồng", ["Trung tâm Điều hành giao thông đô thị"]),
        ("Ban Chỉ huy Phòng thủ dân sự phường chủ trì diễn tập", ["Ban Chỉ huy Phòng thủ dân sự phường"]),
    ],
)
def test_name_runs_to_its_end_not_cut_short(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the name still ends before its task verb
        ("Trung tâm Kiểm soát bệnh tật tỉnh tổ chức giám sát dịch", ["Trung tâm Kiểm soát bệnh tật tỉnh"]),
        ("Ban Quản lý dự án lập hồ sơ mời thầu", ["Ban Quản lý dự án"]),
        ("Công ty Môi trường đô thị vận chuyển rác thải về bãi", ["Công ty Môi trường đô thị"]),
        ("Sở Xây dựng giao nhiệm vụ cho các phòng", ["Sở Xây dựng"]),
        ("Công an cấp tỉnh, Sở Tư pháp phối hợp", ["Công an cấp tỉnh", "Sở Tư pháp"]),
    ],
)
def test_name_still_ends_before_its_task_verb(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_xem_xet_ends_a_partners_name_as_a_task_verb():
    """``xem xét`` is a task verb: ``… phối hợp với các hợp tác xã dùng nước xem xét điều chỉnh …`` names the
    partner up to it, ``xem`` is no word of the name (``xét`` alone was the verb)."""
    doc = parse(
        text="ỦY BAN NHÂN DÂN\nHUYỆN SƠN TỊNH\nSố: 14/KH-UBND\nKẾ HOẠCH\nPhòng chống hạn hán\nI. TỔ CHỨC THỰC HIỆN\n"
        "1. Phòng Nông nghiệp chủ trì, phối hợp với các hợp tác xã dùng nước xem xét điều chỉnh lịch thời vụ.\n"
    )
    assert [(o.assignee.raw, o.role) for o in doc.obligations] == [
        ("Phòng Nông nghiệp", "lead"),
        ("các hợp tác xã dùng nước", "support"),
    ]


_LEVEL_PLAN = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\nSố: 3/KH-UBND\nKẾ HOẠCH\nNgày hội văn hóa\nII. TỔ CHỨC THỰC HIỆN\n"


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("1. Bảo tàng tỉnh tổ chức triển lãm ảnh tại quảng trường.", "Bảo tàng tỉnh"),
        ("1. Đài Truyền thanh huyện đưa tin về ngày hội.", "Đài Truyền thanh huyện"),
        # counters: an event, a thing a level closes
        ("1. Hội nghị tỉnh cử đại biểu dự đại hội.", None),
        ("1. Ngày hội đọc sách tỉnh thu hút học sinh tham gia.", None),
        ("1. Nền tảng số tỉnh cung cấp dữ liệu cho người dân.", None),
    ],
)
def test_a_noun_phrase_a_place_level_closes_is_a_body_where_a_subject_stands(item, name):
    """Names by where they stand: a phrase no list knows that a level closes (``Bảo tàng tỉnh``) is a body of that
    level before a task verb, as a post's shape is; an event or a thing so closed is no one who acts."""
    doc = parse(text=_LEVEL_PLAN + item + "\n")
    assert [o.assignee.raw for o in doc.obligations] == ([name] if name else [])


@pytest.mark.parametrize(
    "text,expected",
    [
        # decision 7: a party rank before the operative post is no part of the name, whatever the post
        (
            "Đồng chí Ủy viên Ban Thường vụ Huyện ủy, Giám đốc Trung tâm Y tế huyện chỉ đạo công tác tiêm chủng",
            ["Giám đốc Trung tâm Y tế huyện"],
        ),
        (
            "Đ/c Ủy viên Ban Chấp hành Đảng bộ xã, Hiệu trưởng Trường Tiểu học Kim Đồng kiểm tra hồ sơ",
            ["Hiệu trưởng Trường Tiểu học Kim Đồng"],
        ),
        (
            "Ông Uỷ viên Ban Ban chấp hành Đảng bộ, Phó Giám đốc Sở Y tế theo dõi tiến độ",
            ["Phó Giám đốc Sở Y tế"],
        ),
    ],
)
def test_a_party_rank_before_a_post_is_dropped(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a rank with no post after it is the name as written
        ("Các Ủy viên Ban Thường vụ Đảng ủy theo dõi địa bàn được phân công", ["Các Ủy viên Ban Thường vụ Đảng ủy"]),
        # a person named after an honorific stays the person
        ("Đồng chí Trần Văn Bình, Phó Giám đốc Sở Y tế chỉ đạo thực hiện", ["Trần Văn Bình"]),
    ],
)
def test_a_rank_alone_or_a_person_keeps_its_name(text: str, expected: list[str]) -> None:
    spans, _end, _mode = subject(text)
    got = [make_assignee(text, s, HOME) for s in spans]
    assert [a.person_name or a.raw for a in got] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a post, singular or plural, with the scope it is in charge of (``phụ trách …``) is one name
        (
            "Các Phó Giám đốc phụ trách lĩnh vực Khám chữa bệnh chỉ đạo các khoa",
            ["Các Phó Giám đốc phụ trách lĩnh vực Khám chữa bệnh"],
        ),
        ("Chuyên viên phụ trách công tác Thi đua tổng hợp danh sách", ["Chuyên viên phụ trách công tác Thi đua"]),
        ("Giáo viên phụ trách thư viện kiểm kê sách cuối năm", ["Giáo viên phụ trách thư viện"]),
        # the scope's first word is its own even when it could be a verb (``phụ trách tổng hợp``)
        ("Chuyên viên phụ trách tổng hợp tham mưu Ban Giám hiệu", ["Chuyên viên phụ trách tổng hợp"]),
        ("Chuyên viên Phòng Tài chính lập dự toán", ["Chuyên viên Phòng Tài chính"]),
    ],
)
def test_a_post_with_its_scope_is_one_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # ``phụ trách chung``: the post's task, not its scope
        ("Trưởng phòng Y tế phụ trách chung, chỉ đạo các tổ", ["Trưởng phòng Y tế"]),
        # ``phụ trách`` with nothing of a scope after it: the verb of the sentence
        ("Phó Giám đốc Sở Y tế phụ trách, chỉ đạo việc triển khai", ["Phó Giám đốc Sở Y tế"]),
    ],
)
def test_phu_trach_as_the_post_s_task_is_no_scope(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text,person",
    [
        # a name whose last two syllables lost their space (``Văn Hùng`` → ``VănHùng``) is still the person
        ("Giao đồng chí Lê VănHùng - Phó Giám đốc Sở Y tế theo dõi việc thực hiện", "Lê VănHùng"),
        ("Đồng chí Phạm ThịLan, Hiệu trưởng kiểm tra hồ sơ", "Phạm ThịLan"),
        ("Đồng chí Nguyễn Văn An thực hiện", "Nguyễn Văn An"),
    ],
)
def test_a_person_whose_syllables_are_glued_is_the_person(text: str, person: str) -> None:
    spans, _end, _mode = subject(text)
    assert [make_assignee(text, s, HOME).person_name for s in spans] == [person]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a post's rank word, then the body it is a post of, whose head is a head too: one name
        (
            "Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh kiểm tra sổ sách",
            ["Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh"],
        ),
        # a post of a body named by a generic noun in lower case (``cơ quan``) before its name
        ("Chuyên viên cơ quan Hội Nông dân tỉnh lập danh sách hội viên", ["Chuyên viên cơ quan Hội Nông dân tỉnh"]),
        ("Các chuyên viên khác thực hiện nhiệm vụ được phân công", ["Các chuyên viên khác"]),
    ],
)
def test_a_post_runs_on_through_its_body_s_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a committee named by what it does, its verb and object in lower case then capitals, a double post after
        # a dash: the committee's name runs through the verb (``Ban vận động Quỹ Khuyến học``)
        (
            "Đồng chí Phó Trưởng ban vận động Quỹ Khuyến học - Thư ký Hội đồng: Tổng hợp danh sách",
            ["Đồng chí Phó Trưởng ban vận động Quỹ Khuyến học - Thư ký Hội đồng"],
        ),
        (
            "Trưởng Tổ kiểm tra Liên ngành - Phó Chánh Thanh tra Sở: Chủ trì kiểm tra",
            ["Trưởng Tổ kiểm tra Liên ngành - Phó Chánh Thanh tra Sở"],
        ),
    ],
)
def test_a_committee_named_by_its_verb_and_object_before_a_double_post_is_one_name(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


def test_a_committee_head_before_its_verb_and_object_in_a_sentence_ends_the_name() -> None:
    # no double post after the object: the committee does what the verb says
    assert names("Tổ giám sát Công ty Môi trường trong quý II") == ["Tổ"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # decision 3: a step's actor named by a person noun (``Người …``, ``Cử tri``, ``Công dân``) before its verb
        ("Người bệnh thực hiện cam kết trước khi phẫu thuật", ["Người bệnh"]),
        ("Công dân kiểm tra thông tin trên danh sách niêm yết", ["Công dân"]),
        ("Cử tri kiểm tra thông tin trên danh sách niêm yết", ["Cử tri"]),
        ("Người ứng tuyển trình bày kế hoạch công tác", ["Người ứng tuyển"]),
        # a post before ``đọc`` (a task verb: to read out)
        ("Thư ký phiên họp đọc biên bản", ["Thư ký phiên họp"]),
    ],
)
def test_a_step_s_actor_named_by_a_person_noun_is_the_subject(text: str, expected: list[str]) -> None:
    assert positional(text) == expected


@pytest.mark.parametrize("text", ["Hội nghị thảo luận dự thảo quy chế", "Phiếu bầu được in trên giấy trắng"])
def test_a_meeting_or_a_thing_is_no_step_s_actor(text: str) -> None:
    # decision 3: a step whose actor is the meeting itself names no one
    assert positional(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Các sở, ban, ngành, Hội Nông dân tỉnh triển khai.", ["Các sở, ban, ngành", "Hội Nông dân tỉnh"]),
        (
            "Các phòng, ban, Đoàn Thanh niên huyện, Hội Phụ nữ huyện tuyên truyền.",
            ["Các phòng, ban", "Đoàn Thanh niên huyện", "Hội Phụ nữ huyện"],
        ),
        # counters: a list in capitals goes on in lower case or with a level
        ("Các Sở, Ban, Ngành tỉnh triển khai.", ["Các Sở, Ban, Ngành tỉnh"]),
        ("Các sở, ban, ngành, đoàn thể tỉnh triển khai.", ["Các sở, ban, ngành, đoàn thể tỉnh"]),
    ],
)
def test_a_bodys_own_name_after_a_collectives_nouns_is_a_name_of_its_own(text, expected):
    """A collective's list of nouns (``Các sở, ban, ngành``) ends where a member opens a body's own name in capitals
    (``Hội Nông dân tỉnh``), though its first word is a collective's noun too (``hội``, ``đoàn``)."""
    found, _end, _mode = subject(text)
    assert [text[n.start : n.end] for n in found] == expected


@pytest.mark.parametrize(
    "item",
    [
        "7. Đoàn kiểm tra được sử dụng con dấu của Sở Y tế để ban hành văn bản.",
        "7. Tổ công tác được hưởng chế độ bồi dưỡng theo quy định.",
    ],
)
def test_what_a_body_may_do_ends_its_name_and_gives_no_task(item):
    """Decision 11: ``X được sử dụng con dấu …``, ``X được hưởng …`` say what X may do; ``được`` is no word of X's name
    (it had made ``Đoàn kiểm tra được`` the lead of ``sử dụng con dấu …``), and no task is recorded."""
    found, _end, _mode = subject(item[3:])
    assert [item[3 + n.start : 3 + n.end] for n in found] == [item[3:].split(" được")[0]]
    doc = parse(text="SỞ Y TẾ\nSố: 5/QĐ-SYT\nQUYẾT ĐỊNH\nThành lập Đoàn kiểm tra\nĐiều 1.\n" + item + "\n")
    assert doc.obligations == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # a member with its own classifying modifier (a compound noun: head noun + what kind) after bare nouns
        (
            "Các cơ quan, đơn vị, tổ chức chính trị - xã hội tổ chức hội thảo.",
            ["Các cơ quan, đơn vị", "tổ chức chính trị - xã hội"],
        ),
        (
            "Các phòng, ban, đơn vị sự nghiệp, Ủy ban nhân dân các huyện, thị xã, cơ quan, tổ chức có liên quan tổ chức hội thảo.",
            [
                "Các phòng, ban",
                "đơn vị sự nghiệp",
                "Ủy ban nhân dân các huyện, thị xã",
                "cơ quan, tổ chức có liên quan",
            ],
        ),
        # after a member with its own modifier, a repeated head noun starts the next member
        (
            "Các doanh nghiệp vận tải, doanh nghiệp xăng dầu bảo đảm phương tiện.",
            ["Các doanh nghiệp vận tải", "doanh nghiệp xăng dầu"],
        ),
        (
            "Các hợp tác xã chăn nuôi, hợp tác xã thủy sản chủ động sản xuất.",
            ["Các hợp tác xã chăn nuôi", "hợp tác xã thủy sản"],
        ),
    ],
)
def test_a_member_with_its_own_modifier_parts_a_collective_list(text: str, expected: list[str]) -> None:
    """A collective is a run of bare category nouns (``cơ quan, đơn vị``); a member that carries its own classifying
    modifier (``tổ chức chính trị - xã hội``, ``doanh nghiệp xăng dầu``) is an assignee of its own."""
    found, _end, _mode = subject(text)
    assert [text[n.start : n.end] for n in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Các cục, vụ, đơn vị sự nghiệp thuộc Bộ cử công chức đầu mối.",
        "Các phòng, ban, đơn vị sự nghiệp thuộc huyện rà soát biên chế.",
        "Các sở, ngành, đơn vị sự nghiệp trực thuộc Ủy ban nhân dân tỉnh báo cáo số liệu.",
    ],
)
def test_a_modified_member_closing_a_list_under_one_body_stays_in_the_collective(text: str) -> None:
    """``… đơn vị sự nghiệp thuộc Bộ``: the body after the last member holds the whole list, which is one collective
    as written (twenty-sixth twins of A3); without it the modified member parts the list (above)."""
    found, _end, _mode = subject(text)
    assert [text[n.start : n.end] for n in found] == [text.split(" cử ")[0].split(" rà ")[0].split(" báo ")[0]]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Các sở, ban, ngành có liên quan triển khai kế hoạch.", "Các sở, ban, ngành có liên quan"),
        (
            "Các cơ quan, đơn vị, địa phương trên địa bàn tỉnh triển khai.",
            "Các cơ quan, đơn vị, địa phương trên địa bàn tỉnh",
        ),
        ("Các cơ quan, đơn vị thuộc tỉnh triển khai.", "Các cơ quan, đơn vị thuộc tỉnh"),
        ("Các sở, ban ngành triển khai.", "Các sở, ban ngành"),
        ("Các cơ quan báo chí, truyền thông tuyên truyền.", "Các cơ quan báo chí, truyền thông"),
        ("Các ngân hàng, đơn vị, địa phương tổ chức hội nghị.", "Các ngân hàng, đơn vị, địa phương"),
    ],
)
def test_a_run_of_bare_nouns_with_a_shared_modifier_stays_one_collective(text: str, expected: str) -> None:
    """Counter-examples: bare nouns whose last carries a modifier shared by all (``có liên quan``, ``trên địa bàn``,
    ``thuộc tỉnh``), or a field's noun after a collective (``báo chí, truyền thông``), stay one assignee."""
    found, _end, _mode = subject(text)
    assert [text[n.start : n.end] for n in found] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # ``xã hội`` is a noun (society), not the place level ``xã`` with a word after it
        ("Trung tâm Công tác xã hội tỉnh tổ chức tập huấn.", ["Trung tâm Công tác xã hội tỉnh"]),
        ("Chi cục Bảo trợ xã hội tỉnh, Sở Y tế tổ chức tập huấn.", ["Chi cục Bảo trợ xã hội tỉnh", "Sở Y tế"]),
        # ``việc làm`` is a noun (a job), not the verb ``làm``
        ("Trung tâm Giới thiệu việc làm thanh niên tổ chức tập huấn.", ["Trung tâm Giới thiệu việc làm thanh niên"]),
        # counters: the level and the verb where they are one
        ("UBND xã hỗ trợ người dân.", ["UBND xã"]),
        ("Sở Nội vụ làm đầu mối tổng hợp.", ["Sở Nội vụ"]),
    ],
)
def test_a_compound_noun_inside_a_name_does_not_end_it(text: str, expected: list[str]) -> None:
    """A name's lower-case word that is also a place level or a verb ends the name only when it is that level or verb,
    not as the first or last syllable of a compound noun (``xã hội``, ``việc làm``)."""
    found, _end, _mode = subject(text)
    assert [text[n.start : n.end] for n in found] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # places, then the sentence: a verb no list knows ends the collective of places as it ends ``UBND xã``
        ("UBND các xã, thị trấn sửa chữa nhà văn hóa.", ["UBND các xã, thị trấn"]),
        ("UBND các phường xã rà soát.", ["UBND các phường xã"]),
        # the place the places are of, and the tail with its place, are the name's
        ("Chủ tịch UBND các xã thuộc huyện chịu trách nhiệm thi hành.", ["Chủ tịch UBND các xã thuộc huyện"]),
        ("UBND các xã, phường trên địa bàn tỉnh sửa chữa đường.", ["UBND các xã, phường trên địa bàn tỉnh"]),
        # a body's branch after a dash is the same name; a name that ends with its place ends at a comma
        ("Kho bạc Nhà nước - Chi nhánh Khu vực V chủ trì.", ["Kho bạc Nhà nước - Chi nhánh Khu vực V"]),
        (
            "Bảo hiểm xã hội Tỉnh, Chi nhánh Ngân hàng Phát triển chủ trì.",
            ["Bảo hiểm xã hội Tỉnh", "Chi nhánh Ngân hàng Phát triển"],
        ),
    ],
)
def test_places_and_branches_close_a_name_where_the_sentence_goes_on(text: str, expected: list[str]) -> None:
    found, _end, _mode = subject(text)
    assert [text[n.start : n.end] for n in found] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a collective in lower case, then a capitalised name after a comma: the next assignee
        (
            "Các doanh nghiệp nhà nước, Tổng Công ty Đường sắt chủ động thực hiện.",
            ["Các doanh nghiệp nhà nước", "Tổng Công ty Đường sắt"],
        ),
        (
            "chính quyền địa phương, Mặt trận cơ sở và các đoàn thể giám sát.",
            ["chính quyền địa phương", "Mặt trận cơ sở", "các đoàn thể"],
        ),
        # counter: a proper name's list of fields after its comma goes on the name
        ("Trung tâm Văn hóa, Thông tin và Thể thao huyện chủ trì.", ["Trung tâm Văn hóa, Thông tin và Thể thao huyện"]),
    ],
)
def test_a_capitalised_name_after_a_lower_case_collective_is_the_next_assignee(text: str, expected: list[str]) -> None:
    found, _end, _mode = subject(text)
    assert [text[n.start : n.end] for n in found] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # after what closes a collective (``liên quan``, ``khác``), a word in lower case is the task's, known or not
        ("các ngành liên quan mở rộng thị trường tiêu thụ", ["các ngành liên quan"]),
        ("các cơ quan, đơn vị khác mở rộng phong trào", ["các cơ quan, đơn vị khác"]),
        # counters: what the tail is of, another tail, a place, a clause of what they were given
        ("các đơn vị trực thuộc Sở Y tế thực hiện", ["các đơn vị trực thuộc Sở Y tế"]),
        (
            "các cơ quan, đơn vị có liên quan trên địa bàn tỉnh thực hiện",
            ["các cơ quan, đơn vị có liên quan trên địa bàn tỉnh"],
        ),
        ("các cơ quan liên quan được giao nhiệm vụ thực hiện", ["các cơ quan liên quan được giao nhiệm vụ"]),
    ],
)
def test_the_sentence_goes_on_after_a_collectives_tail(text: str, expected: list[str]) -> None:
    found, _end, _mode = subject(text)
    assert [text[n.start : n.end] for n in found] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a sentence that opens with a list of associations (``Hội, hiệp hội``) in place of ``Các hội, hiệp hội``
        ("Hội, hiệp hội doanh nghiệp chủ động tham gia góp ý.", ["Hội, hiệp hội doanh nghiệp"]),
        # counters: events, and associations each named
        ("Hội nghị, hội thảo được tổ chức hằng năm.", []),
        ("Hội Nông dân, Hội Cựu chiến binh chủ động tham gia.", ["Hội Nông dân", "Hội Cựu chiến binh"]),
    ],
)
def test_a_bare_list_of_associations_opens_a_collective(text: str, expected: list[str]) -> None:
    found, _end, _mode = subject(text)
    assert [text[n.start : n.end] for n in found] == expected


@pytest.mark.parametrize(
    "text,names",
    [
        ("Đỗ Mạnh Cường Vũ Việt Linh Nguyễn Thị Loan", ["Đỗ Mạnh Cường", "Vũ Việt Linh", "Nguyễn Thị Loan"]),
        ("Nguyễn Văn An Trần Thị Bình Lê Hoa", ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoa"]),
        # one person's name, however long
        ("Nguyễn Văn Hà Lan", None),
        ("Tôn Nữ Thị Ngọc Hà", None),
        # two cuts read as well (``Lê Văn Mai`` + ``Hoàng Anh``, ``Lê Văn`` + ``Mai Hoàng Anh``): no guess
        ("Lê Văn Mai Hoàng Anh", None),
        # no run of names
        ("Sở Tài Chính Kế Hoạch Đầu Tư", None),
    ],
)
def test_names_a_flattened_cell_ran_together_are_cut_only_one_way(text: str, names: list[str] | None) -> None:
    from vbparse.extract.assignees import run_together_names

    assert run_together_names(text) == names


# --- a list of subjects with a member no list knows (issue 52, item 4: an unknown member never drops the list) ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first member's post is no list's: it stands before a body the lists know
        (
            "Điều phối viên Sở Y tế, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này.",
            ["Điều phối viên Sở Y tế", "Giám đốc Sở Tài chính"],
        ),
        # the first member no list knows at all, then known ones
        (
            (
                "Giám thị Trại giam Xuân Lộc, Giám đốc Sở Tư pháp và Chủ tịch UBND huyện chịu trách nhiệm thi hành "
                "Quyết định này."
            ),
            ["Giám thị Trại giam Xuân Lộc", "Giám đốc Sở Tư pháp", "Chủ tịch UBND huyện"],
        ),
        # a member no list knows between known ones
        (
            "Giám đốc Sở Y tế, Quản đốc Xưởng Cơ khí số 1 và Chủ tịch UBND xã chịu trách nhiệm thi hành Quyết định này.",
            ["Giám đốc Sở Y tế", "Quản đốc Xưởng Cơ khí số 1", "Chủ tịch UBND xã"],
        ),
        # the last member no list knows, before a role word
        (
            "Sở Xây dựng, Nhà máy Nước Thủ Đức phối hợp kiểm tra chất lượng nước sạch",
            ["Sở Xây dựng", "Nhà máy Nước Thủ Đức"],
        ),
        # after a name the alias table spells whole (``Sở Tài chính``): the comma ends it as after any other
        ("Sở Tài chính, Xưởng Cơ khí chủ trì kiểm tra thiết bị", ["Sở Tài chính", "Xưởng Cơ khí"]),
        (
            "Sở Tài chính, Xưởng Nghiên cứu phát triển Thành phố phối hợp thực hiện",
            ["Sở Tài chính", "Xưởng Nghiên cứu phát triển Thành phố"],
        ),
    ],
)
def test_a_member_no_list_knows_keeps_its_place_in_a_list_of_subjects(text: str, expected: list[str]) -> None:
    assert positional(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word head no list knows joined by ``và`` to the next, then a portfolio's field: one name
        ("Xưởng và Phim, Ảnh tỉnh chủ trì tuyên truyền", ["Xưởng và Phim, Ảnh tỉnh"]),
        ("Sở Nội vụ, Xưởng và Phim, Ảnh tỉnh phối hợp tuyên truyền", ["Sở Nội vụ", "Xưởng và Phim, Ảnh tỉnh"]),
        # counter-example: after the comma a head and its own name, another member
        ("Xưởng Cơ khí, Trạm Bơm xã chủ trì tuyên truyền", ["Xưởng Cơ khí", "Trạm Bơm xã"]),
    ],
)
def test_a_one_word_head_joined_by_va_names_one_body_with_its_portfolio(text: str, expected: list[str]) -> None:
    """``Báo và Phát thanh, Truyền hình tỉnh`` (two bodies merged into one, the 2025 reorganisation): a head of one
    word names no one alone, so ``và`` after it goes on in its name, and a portfolio's field after the comma
    (``Truyền hình``) too; after another name's comma, a one-word head opens another name."""
    assert positional(text) == expected


def test_a_one_word_head_and_va_at_the_text_s_end_is_no_name() -> None:
    # regression: the word after ``và`` was read past the text's end (an IndexError on a heading cut there)
    assert positional("Xưởng và") == []
    assert positional("Sở Nội vụ, Xưởng và") == ["Sở Nội vụ"]


def test_a_merged_media_body_is_one_name_without_its_head_in_the_lexicon() -> None:
    from vbparse.extract.assignees import without_heads

    with without_heads("Báo"):
        got = positional("Sở Nội vụ, Báo và Phát thanh, Truyền hình tỉnh phối hợp tuyên truyền")
    assert got == ["Sở Nội vụ", "Báo và Phát thanh, Truyền hình tỉnh"]


@pytest.mark.parametrize(
    "text",
    ["Sở Văn hóa, Thể thao và Du lịch chủ trì", "Bộ Văn hóa, Thể thao và Du lịch chủ trì", "Sở Khoa học và Công nghệ"],
)
def test_a_portfolio_after_a_name_the_alias_table_knows_stays_one_name(text: str) -> None:
    """Counter-example: a portfolio's next fields after the comma (``, Thể thao và Du lịch``) are the same name."""
    assert positional(text) == [text.removesuffix(" chủ trì")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no verb after the list: the unknown phrase is no subject, the known name stays
        ("Sở Y tế, Nhà máy Nước Thủ Đức và các bệnh viện trên địa bàn.", ["Sở Y tế"]),
        # a noun naming no one after the known name
        ("Sở Y tế, Kế hoạch Phòng chống dịch năm 2025 được ban hành kịp thời", ["Sở Y tế"]),
        # a verb before a known body is no post of it
        ("Hỗ trợ Sở Y tế, Sở Tài chính triển khai", []),
    ],
)
def test_a_phrase_that_is_no_member_does_not_join_a_list_of_subjects(text: str, expected: list[str]) -> None:
    assert positional(text) == expected


def test_a_verb_no_list_knows_before_plural_bodies_is_no_post_of_them() -> None:
    # ``Cản trở`` + ``các cơ quan, tổ chức, cá nhân``: a prohibited act, not the bodies' post
    assert positional("Cản trở các cơ quan, tổ chức, cá nhân sử dụng chữ ký số.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thường trực Hội đồng nhân dân xã chủ trì, phối hợp với Ủy ban MTTQ xã", ["Thường trực Hội đồng nhân dân xã"]),
        (
            "Ủy ban nhân dân xã, Thường trực Đảng ủy xã chỉ đạo thực hiện",
            ["Ủy ban nhân dân xã", "Thường trực Đảng ủy xã"],
        ),
        # counter-examples: the role word as a verb (on duty at a place), or in lower case after a body
        ("Thường trực tại trụ sở Ủy ban nhân dân xã trong ngày bầu cử", []),
        ("Sở Nội vụ thường trực Hội đồng thi đua tỉnh", ["Sở Nội vụ"]),
    ],
)
def test_a_role_word_in_capitals_before_a_known_body_is_its_post(text: str, expected: list[str]) -> None:
    """``Thường trực`` ends a name in lower case (``Sở Nội vụ thường trực …``); in capitals right before a body the
    lists know it is that body's post (``Thường trực HĐND xã``), whether or not the lexicon holds the post."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Thường trực"):
        assert positional(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bộ trưởng, Xưởng trưởng các Xưởng In chịu trách nhiệm thi hành Quyết định này.",
            ["Bộ trưởng", "Xưởng trưởng các Xưởng In"],
        ),
        (
            "Chủ tịch, Kiểm soát viên các Hợp tác xã chịu trách nhiệm thi hành Quyết định này.",
            ["Chủ tịch", "Kiểm soát viên các Hợp tác xã"],
        ),
    ],
)
def test_a_post_no_list_knows_after_a_bare_post_s_comma_is_another_name(text: str, expected: list[str]) -> None:
    """After a bare post's comma (``Bộ trưởng, …``) a post no list knows, by its agent's syllable (``Xưởng trưởng``,
    ``Kiểm soát viên``), is the next member, as a post the lists know is (``Bộ trưởng, Thủ trưởng cơ quan ngang bộ``)."""
    assert positional(text) == expected


def test_a_bare_deputy_after_a_bare_post_shares_its_body() -> None:
    """Counter-example: ``Trưởng, Phó các phòng``: the heads and deputies of the rooms, one assignee."""
    text = "Các đồng chí Trưởng, Phó các phòng có trách nhiệm tổ chức thực hiện."
    assert positional(text) == ["Các đồng chí Trưởng, Phó các phòng"]


def test_a_post_left_out_of_the_lexicon_before_plural_bodies_is_a_later_member_of_the_list() -> None:
    from vbparse.extract.assignees import without_heads

    text = (
        "Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này."
    )
    with without_heads("Giám đốc"):
        got = positional(text)
    assert got == ["Chánh Văn phòng UBND tỉnh", "Giám đốc các sở", "Chủ tịch UBND các huyện"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun ending in the verb ``trình`` (to submit) goes on inside a name
        (
            "Công ty TNHH Khai thác công trình thủy lợi chủ trì nạo vét kênh",
            ["Công ty TNHH Khai thác công trình thủy lợi"],
        ),
        ("Ban Quản lý công trình công cộng phối hợp thu gom rác", ["Ban Quản lý công trình công cộng"]),
        # counter: the verb after a name ends it
        ("Sở Xây dựng trình UBND tỉnh phê duyệt quy hoạch", ["Sở Xây dựng"]),
    ],
)
def test_a_noun_ending_in_a_verb_goes_on_inside_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # partners no list knows whose portfolio runs over ``và`` and commas (``Giáo dục và Đào tạo``)
        ("Xí nghiệp Giáo dục và Đào tạo nghề kiểm tra tay nghề", ["Xí nghiệp Giáo dục và Đào tạo nghề"]),
        (
            "Nhà văn hóa Thể thao, Du lịch và Gia đình tổ chức giải",
            ["Nhà văn hóa Thể thao, Du lịch và Gia đình"],
        ),
        # counter: a name-shaped part after ``và`` is the next partner; a verb after a capital's name still ends it
        ("Nhà máy Nước Thủ Đức và Xưởng Cơ khí Tân Lập kiểm tra", ["Nhà máy Nước Thủ Đức", "Xưởng Cơ khí Tân Lập"]),
        ("các Đoàn kiểm tra việc chấp hành", ["các Đoàn"]),
    ],
)
def test_partners_no_list_knows_keep_their_portfolio_whole(text: str, expected: list[str]) -> None:
    from vbparse.extract.assignees import positional_partners

    assert [text[n.start : n.end] for n in positional_partners(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a partner no list knows, a piece closed by its place is the next partner, not a field of its portfolio
        (
            "Điện lực Tân Phong, Bưu điện huyện và Ủy ban nhân dân các xã tổ chức lắp đặt",
            ["Điện lực Tân Phong", "Bưu điện huyện", "Ủy ban nhân dân các xã"],
        ),
        # counter-example: a portfolio's next field after a known name stays the name's
        ("Sở Văn hóa, Thể thao và Du lịch tỉnh tổ chức lắp đặt", ["Sở Văn hóa, Thể thao và Du lịch tỉnh"]),
    ],
)
def test_a_partner_closed_by_its_place_after_one_no_list_knows_is_a_partner_of_its_own(
    text: str, expected: list[str]
) -> None:
    """``phối hợp với Viễn thông Hoài Sơn, Bưu điện tỉnh và Ủy ban nhân dân các xã …`` (ninth twins): the second is
    no field of the first's portfolio."""
    from vbparse.extract.assignees import positional_partners

    assert [text[n.start : n.end] for n in positional_partners(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ``trong`` before what is done (``việc``, a verb) ends the partners; before a place it is theirs
        ("Xưởng Cơ khí Tân Lập trong việc tham mưu văn bản quy định", ["Xưởng Cơ khí Tân Lập"]),
        ("Xưởng Cơ khí Tân Lập trong tham mưu việc phân loại cơ sở", ["Xưởng Cơ khí Tân Lập"]),
        ("Xưởng Cơ khí Tân Lập trong quá trình kiểm tra cơ sở", ["Xưởng Cơ khí Tân Lập"]),
        ("các tổ chức trong khu dân cư kiểm tra cơ sở", ["các tổ chức trong khu dân cư"]),
    ],
)
def test_partners_end_before_trong_and_what_is_done(text: str, expected: list[str]) -> None:
    """``Phối hợp với phòng Quản lý công nghiệp trong việc tham mưu …``: the partner is not ``… trong``."""
    from vbparse.extract.assignees import positional_partners

    assert [text[n.start : n.end] for n in positional_partners(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post no list knows opening the text or a list's item, before a body the lists know
        ("Điều phối viên Sở Y tế; Chuyên gia Sở Tài chính", ["Điều phối viên Sở Y tế", "Chuyên gia Sở Tài chính"]),
        ("Sở Tư pháp, Điều phối viên Văn phòng UBND tỉnh", ["Sở Tư pháp", "Điều phối viên Văn phòng UBND tỉnh"]),
        # counter: a verb before the body is no post of it; nor a place before a head alone
        ("Hỗ trợ Sở Y tế trong công tác phòng dịch", ["Sở Y tế"]),
    ],
)
def test_a_post_no_list_knows_before_a_known_body_opens_its_name(text: str, expected: list[str]) -> None:
    assert [text[n.start : n.end] for n in find_names(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the phrase a request addresses, up to the colon before what it asks, whatever its head
        ("Đề nghị Xí nghiệp Cấp nước Tân Lập: Khẩn trương khắc phục sự cố", ["Xí nghiệp Cấp nước Tân Lập"]),
        # counter: a topic after the request word is no one addressed
        ("Đề nghị nội dung sau: Tổ chức kiểm tra", []),
    ],
)
def test_the_phrase_a_request_addresses_before_its_colon_is_the_addressee(text: str, expected: list[str]) -> None:
    assert positional(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading that is a request and a name no list knows, nothing after it: who is asked
        ("Đề nghị Cảng vụ Hàng hải khu vực II", ["Cảng vụ Hàng hải khu vực II"]),
        # a list of them, its first member no list knows
        ("Đề nghị Cảng vụ Hàng hải khu vực II, Sở Xây dựng", ["Cảng vụ Hàng hải khu vực II", "Sở Xây dựng"]),
        # counter: a topic after the request, no name's shape
        ("Đề nghị xem xét bổ sung kinh phí", []),
    ],
)
def test_a_request_heading_naming_one_no_list_knows_addresses_it(text: str, expected: list[str]) -> None:
    assert positional(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members no list knows between known ones, the names then their task after a colon
        (
            "Đề nghị Liên đoàn Lao động tỉnh, Hiệp đoàn Nông dân, Hiệp đoàn Cựu chiến binh, Tỉnh đoàn: Chỉ đạo thực hiện",
            ["Liên đoàn Lao động tỉnh", "Hiệp đoàn Nông dân", "Hiệp đoàn Cựu chiến binh", "Tỉnh đoàn"],
        ),
    ],
)
def test_members_no_list_knows_before_a_colon_and_a_task_are_each_a_subject(text: str, expected: list[str]) -> None:
    assert positional(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head and its capitalised name after a name's comma is another name, not the next field of a portfolio
        ("Sở Y tế, Xưởng Cơ khí Tân Lập chủ trì sửa chữa", ["Sở Y tế", "Xưởng Cơ khí Tân Lập"]),
        # counter: a portfolio's next field, one capitalised word
        ("Sở Văn hóa, Thể thao và Du lịch chủ trì", ["Sở Văn hóa, Thể thao và Du lịch"]),
    ],
)
def test_a_head_and_its_capitalised_name_after_a_comma_is_another_name(text: str, expected: list[str]) -> None:
    assert positional(text) == expected


def test_a_post_of_a_bare_head_is_a_name_when_its_post_is_a_common_noun() -> None:
    """``Văn phòng`` + ``Sở`` (the lexicon without ``Văn phòng``) names the department's office; ``Đông Nam`` +
    ``Bộ`` (all capitalised) is a place's name, no post of a ministry."""
    from vbparse.extract.assignees import post_of_known_at, without_heads

    text = "Phòng Quản lý Năng lượng, Văn phòng Sở"
    with without_heads("Văn phòng"):
        got = [text[n.start : n.end] for n in find_names(text)]
    assert got == ["Phòng Quản lý Năng lượng", "Văn phòng Sở"]
    assert post_of_known_at("Đông Nam Bộ", 0) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body placed by a province the gazetteer knows before a task verb
        ("Xưởng Phim Lâm Đồng tăng cường công tác tuyên truyền.", ["Xưởng Phim Lâm Đồng"]),
        ("Xưởng Ảnh Cần Thơ tổ chức triển lãm ảnh.", ["Xưởng Ảnh Cần Thơ"]),
        # counter-examples: a thing placed by a commune's name, or by the country (a rule's class: ``Tàu thuyền dân sự
        # Việt Nam thực hiện …``), acts not
        ("Khu đô thị Nam Sơn hoàn thành hệ thống thoát nước.", []),
        ("Tàu thuyền dân sự Việt Nam thực hiện chế độ hoa tiêu.", []),
        # a one-syllable head joined by ``và``, a portfolio's field after the comma carrying the place
        ("Xưởng và Phim, Ảnh tỉnh tăng cường công tác tuyên truyền.", ["Xưởng và Phim, Ảnh tỉnh"]),
        ("Xưởng và Phim Truyện, Ảnh Lâm Đồng tổ chức triển lãm.", ["Xưởng và Phim Truyện, Ảnh Lâm Đồng"]),
        # counter-examples: an event placed by its province acts not; a verb before the comma opens no name
        ("Hội nghị Lâm Đồng tăng cường công tác tuyên truyền.", []),
        ("Phát hiện, Nêu gương tăng cường công tác tuyên truyền.", []),
        # counter-example: a name and another after the comma, each with its own head
        ("Xưởng Cơ khí, Trạm Bơm xã chủ trì tuyên truyền", ["Xưởng Cơ khí", "Trạm Bơm xã"]),
    ],
)
def test_a_subject_no_list_knows_placed_by_its_province_or_with_its_portfolio_stands_before_a_task_verb(
    text: str, expected: list[str]
) -> None:
    """``Báo Lâm Đồng tăng cường …``, ``Báo và Phát thanh, Truyền hình tỉnh tăng cường …`` where no list knows the
    head: a province closes a name as a place level does (``Thư viện tỉnh``), and a portfolio's
    field after a comma goes on in the phrase that stands where the subject does."""
    assert positional(text) == expected


def test_a_merged_media_body_opening_its_sentence_is_its_subject_without_its_head_in_the_lexicon() -> None:
    from vbparse.extract.assignees import without_heads

    with without_heads("Báo"):
        got = positional("Báo và Đài Phát thanh, Truyền hình Lâm Đồng tăng cường công tác tuyên truyền")
    assert got == ["Báo và Đài Phát thanh, Truyền hình Lâm Đồng"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's head in lower case before its capitalised name, after an opener
        ("Giao xưởng Cơ khí Tân Lập triển khai, thực hiện các công việc liên quan", ["xưởng Cơ khí Tân Lập"]),
        ("Đề nghị trạm Bơm Đông Sơn phối hợp thực hiện", ["trạm Bơm Đông Sơn"]),
        ("Giao nhà hát Ca kịch tỉnh xây dựng chương trình", ["nhà hát Ca kịch tỉnh"]),
        # the name's first capitalised word a verb's too (``Quản lý``)
        ("Giao xưởng Quản lý Thiết bị tổ chức huấn luyện", ["xưởng Quản lý Thiết bị"]),
        # counter-examples: a thing or a verb in lower case before a capital names no one
        ("Giao nhiệm vụ Kế hoạch năm 2026 cho các xã", []),
        ("Giao chỉ tiêu Kế hoạch năm 2026 cho các xã", []),
        ("Yêu cầu thực hiện Nghị quyết của Đảng ủy xã", []),
        # a verb no list knows before a document's name (``Giấy phép``, ``Kế hoạch``)
        ("Đề nghị thu hồi Giấy phép cung cấp dịch vụ", []),
        ("Đề nghị điều chỉnh Kế hoạch sử dụng đất", []),
    ],
)
def test_a_head_in_lower_case_before_its_capitalised_name_after_an_opener_is_who_is_asked(
    text: str, expected: list[str]
) -> None:
    """``Giao phòng Quản lý Công nghiệp triển khai …`` where no list knows ``phòng``: a word in lower case that is
    neither a verb nor a noun naming no one, before capitalised words, heads the name of who is asked."""
    assert positional(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later member of a list whose head is in lower case before its capitalised name
        ("Sở Y tế, xưởng Cơ khí Tân Lập phối hợp kiểm tra", ["Sở Y tế", "xưởng Cơ khí Tân Lập"]),
        ("Công an tỉnh, lực lượng Hải quân Vùng 4 phối hợp kiểm tra", ["Công an tỉnh", "lực lượng Hải quân Vùng 4"]),
        # counter-examples: a verb in lower case after the comma ends the list; a document is no member
        ("Sở Y tế, tổ chức Hội nghị tổng kết", ["Sở Y tế"]),
        ("Sở Y tế, rà soát Kế hoạch sử dụng đất", ["Sở Y tế"]),
    ],
)
def test_a_later_member_with_its_head_in_lower_case_before_its_capitalised_name_keeps_its_place(
    text: str, expected: list[str]
) -> None:
    """``Công an, lực lượng Hải quan triển khai …`` where no list knows ``lực lượng``: after a list's comma a head in
    lower case before a capitalised name is the next member."""
    assert positional(text) == expected


def test_a_name_s_tail_after_a_comma_is_no_member_with_its_head_in_lower_case() -> None:
    """Counter-example: ``Thủ trưởng các đơn vị thuộc, trực thuộc Bộ Nội vụ``: ``trực thuộc`` is the name's tail."""
    got = positional("Thủ trưởng các đơn vị thuộc, trực thuộc Bộ Nội vụ chịu trách nhiệm thi hành Quyết định này")
    assert "trực thuộc Bộ Nội vụ" not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Phó Chủ tịch Thường trực Ủy ban MTTQ xã trực tiếp tham mưu xây dựng nội dung",
        "Phó Giám đốc Thường trực Sở Y tế chỉ đạo các phòng chuyên môn",
    ],
)
def test_a_post_s_rank_no_list_knows_goes_on_to_the_body_it_is_a_post_of(text: str) -> None:
    """``Phó Chủ tịch Thường trực Ủy ban MTTQ xã`` where no list knows ``Thường trực``: the role word in capitals
    after a post is its rank (``POST_STOPS``), and the body after it is the post's, one name."""
    from vbparse.extract.assignees import find_names, without_heads

    with without_heads("Thường trực"):
        spans = find_names(text)
    assert text[spans[0].start : spans[0].end] == text.split(" trực tiếp")[0].split(" chỉ đạo")[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ``và`` before a head and its own capitalised name: another name, both before the role word
        ("Xưởng Cơ khí và Trạm Bơm Bắc Sơn chủ trì tuyên truyền", ["Xưởng Cơ khí", "Trạm Bơm Bắc Sơn"]),
        (
            "Nhà hát Ca kịch và Đoàn Nghệ thuật Tây Nguyên phối hợp biểu diễn",
            ["Nhà hát Ca kịch", "Đoàn Nghệ thuật Tây Nguyên"],
        ),
        # counter-examples: a portfolio's field after ``và`` is the name's own
        ("Nhà hát Ca kịch và Múa rối tỉnh chủ trì biểu diễn", ["Nhà hát Ca kịch và Múa rối tỉnh"]),
        ("Xí nghiệp Giáo dục và Đào tạo nghề chủ trì kiểm tra", ["Xí nghiệp Giáo dục và Đào tạo nghề"]),
    ],
)
def test_va_before_a_head_and_its_own_name_opens_the_next_subject_no_list_knows(text: str, expected: list[str]) -> None:
    """``Xưởng Cơ khí và Trạm Bơm Bắc Sơn chủ trì …``: a phrase read by where the subject stands ends at ``và`` when
    what follows is another name (a head and its capitalised name, ``names_another``) that stands as a subject too."""
    assert positional(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the right a list acts by between it and its role word or verb
        (
            "Xưởng Cơ khí, Sở Tài chính theo chức năng, nhiệm vụ chủ trì kiểm tra",
            ["Xưởng Cơ khí", "Sở Tài chính"],
        ),
        (
            "Giao Xưởng Cơ khí Tân Lập, Ban Dân tộc tỉnh theo chức năng, nhiệm vụ chịu trách nhiệm:",
            ["Xưởng Cơ khí Tân Lập", "Ban Dân tộc tỉnh"],
        ),
        # a member no list knows whose portfolio runs over ``và`` (``Lao động - Thương binh và Xã hội``)
        (
            "Giao Xưởng Lao động - Thương binh và Xã hội, Ban Dân tộc tỉnh theo chức năng, nhiệm vụ chịu trách nhiệm:",
            ["Xưởng Lao động - Thương binh và Xã hội", "Ban Dân tộc tỉnh"],
        ),
        (
            "Sở Nội vụ, Xưởng Cơ khí và Công an xã phối hợp kiểm tra",
            ["Sở Nội vụ", "Xưởng Cơ khí", "Công an xã"],
        ),
        # counter-example: a clause that is no right (``theo kế hoạch``) proves no list
        ("Xưởng Cơ khí, Sở Tài chính theo kế hoạch năm 2026", []),
    ],
)
def test_a_list_with_a_member_no_list_knows_stands_before_the_right_it_acts_by(text: str, expected: list[str]) -> None:
    """``Sở Kế hoạch - Đầu tư, Sở Tài chính theo chức năng, nhiệm vụ tích cực hướng dẫn …`` where no list knows a
    member: ``theo chức năng, nhiệm vụ`` (``ACTING_RIGHT``) stands between the list and its verb, as it may after known
    names."""
    assert positional(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Căn cứ kế hoạch này, Quản đốc các Sở, Thủ trưởng các ngành, UBND các xã xây dựng kế hoạch cụ thể.",
            ["Quản đốc các Sở", "Thủ trưởng các ngành", "UBND các xã"],
        ),
        ("Căn cứ kế hoạch này, Quản đốc Sở Y tế xây dựng kế hoạch cụ thể.", ["Quản đốc Sở Y tế"]),
        # counter-example: the leading clause's own list after its comma is no subject
        ("Căn cứ Kế hoạch, Chương trình của tỉnh, các sở xây dựng kế hoạch cụ thể.", ["các sở"]),
    ],
)
def test_a_post_no_list_knows_of_a_known_body_after_a_leading_clause_is_the_subject(
    sentence: str, expected: list[str]
) -> None:
    """``Căn cứ kế hoạch này, Giám đốc các Sở, Thủ trưởng các ngành … xây dựng …`` where no list knows ``Giám đốc``:
    a post before a body the lists know (``post_of_known_at``) opens the subject after the clause's comma too, the
    known body vouching for it."""
    from vbparse.extract.obligation_names import find_subject

    found = find_subject(sentence)
    assert found is not None and [sentence[n.start : n.end] for n in found[0]] == expected


def _names_of(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_names(text)]


def _subject_texts(text: str) -> list[str] | None:
    """The names of ``text``'s subject as written (``find_subject``), or None when it has none."""
    from vbparse.extract.obligation_names import find_subject

    found = find_subject(text)
    return None if found is None else [text[n.start : n.end] for n in found[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised syllable glued before a head the lists know in lower case is the head's first syllable
        ("Tiểu đội Dân quân", ["Tiểu đội Dân quân"]),
        ("Chi đội Thiếu niên Tiền phong", ["Chi đội Thiếu niên Tiền phong"]),
        ("Phân viện Nghiên cứu Hải sản phía Nam", ["Phân viện Nghiên cứu Hải sản phía Nam"]),
        ("Sở Y tế, Phân đội Cứu hộ Cứu nạn", ["Sở Y tế", "Phân đội Cứu hộ Cứu nạn"]),
        ("- Tiểu đội Công binh", ["Tiểu đội Công binh"]),
        # counter-examples: an opener, a verb or a quantifier before the head is no part of the name
        ("Giao đội Quản lý thị trường số 4 kiểm tra", ["đội Quản lý thị trường số 4"]),
        ("Mỗi đội Dân quân cử 02 người", None),
        ("Từng đội Dân quân báo cáo kết quả", None),
    ],
)
def test_a_capitalised_syllable_glued_before_a_head_in_lower_case_opens_the_name(
    text: str, expected: list[str] | None
) -> None:
    """``Tiểu đội Dân quân``, ``Chi đội Thiếu niên``: a compound head (``Tiểu`` + ``đội``) no list knows whole, whose
    last syllable the lists know, is read whole where the name opens (the text's start, a list's separator or mark),
    not as ``đội Dân quân``; a verb, an opener or a quantifier before it stays out."""
    got = _names_of(text)
    if expected is None:
        assert not any(n.split()[0] in ("Mỗi", "Từng") for n in got), got
    else:
        assert got == expected


def test_a_compound_head_is_read_whole_without_its_own_entry_in_the_lists() -> None:
    """``Trung đội DQTV`` with ``Trung đội`` left out of the lists is still one name (``Đội`` heads it)."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Trung đội"):
        assert _names_of("Trung đội DQTV") == ["Trung đội DQTV"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xưởng Cơ khí tỉnh làm việc theo chế độ một thủ trưởng", ["Xưởng Cơ khí tỉnh"]),
        ("Chi ủy xã làm việc theo nguyên tắc tập trung dân chủ", ["Chi ủy xã"]),
        # counter-example: ``làm`` alone before a post opens no predicate of a thing
        ("Nền tảng số tỉnh làm việc theo nguyên tắc mở", []),
    ],
)
def test_works_by_a_rule_is_a_predicate_of_a_body_no_list_knows(text: str, expected: list[str]) -> None:
    """``Đảng ủy xã làm việc theo nguyên tắc tập trung dân chủ``: ``làm việc`` is a verb (``làm`` alone, as in ``làm
    Tổ trưởng``, opens none), so a body of a level before it is the subject whatever its head."""
    assert positional(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known collective whose own tail (``có liên quan``) runs past the clause word that ends the partners
        (
            "Xưởng Bơm Đông Sơn và các cơ quan, đơn vị có liên quan tổ chức phong trào",
            ["Xưởng Bơm Đông Sơn", "các cơ quan, đơn vị có liên quan"],
        ),
        ("Trạm Nội vụ, các đơn vị có liên quan kiểm tra", ["Trạm Nội vụ", "các đơn vị có liên quan"]),
        # counter-example: ``có`` after a name no list knows still ends it (it describes)
        ("Xưởng Bơm Đông Sơn có trách nhiệm kiểm tra", ["Xưởng Bơm Đông Sơn"]),
        # a comma after the last partner, before the next clause's verb, is the clause's
        ("chính quyền các cấp, phát động phong trào thi đua", ["chính quyền các cấp"]),
        ("Xưởng Bơm Đông Sơn, tổ dân phố, tuyên truyền cho nhân dân", ["Xưởng Bơm Đông Sơn", "tổ dân phố"]),
        # an ellipsis closing the partners is their ``etc.``, not the sentence's end
        (
            "Xưởng Bơm Đông Sơn, Tạp chí Nông thôn... thường xuyên đăng tải tin bài",
            ["Xưởng Bơm Đông Sơn", "Tạp chí Nông thôn"],
        ),
        (
            "Xưởng Bơm Đông Sơn, Tạp chí Nông thôn… thường xuyên đăng tải tin bài",
            ["Xưởng Bơm Đông Sơn", "Tạp chí Nông thôn"],
        ),
        # counter-example: a full stop ends the partners' sentence
        ("Xưởng Bơm Đông Sơn. Tạp chí Nông thôn thường xuyên đăng tải tin bài", []),
        # a capitalised collective noun opens a body's name (``Báo``), and a portfolio's field and its place go on it
        (
            "Báo và Phát thanh, Truyền hình tỉnh, Tạp chí Nông thôn thường xuyên đăng tải tin bài",
            ["Báo và Phát thanh, Truyền hình tỉnh", "Tạp chí Nông thôn"],
        ),
        # counter-example: collective nouns in lower case are a list the grammar does not take for names
        ("sở, ban, ngành thường xuyên đăng tải tin bài", []),
    ],
)
def test_partners_no_list_knows_before_a_known_collective_keep_its_own_tail(text: str, expected: list[str]) -> None:
    """``phối hợp với Sở Nội vụ và các cơ quan, đơn vị có liên quan tổ chức …`` where no list knows ``Sở``: the known
    collective keeps its ``có liên quan`` (its grammar ends it), and the unknown partner before it is kept too."""
    from vbparse.extract.assignees import positional_partners

    assert [text[n.start : n.end] for n in positional_partners(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party committee right after a body's name is the body it is of, whatever that body's head
        ("Ủy ban Thẩm định Tỉnh ủy tăng cường công tác bảo mật", ["Ủy ban Thẩm định Tỉnh ủy"]),
        ("Hội đồng Lý luận Huyện ủy chủ trì biên soạn tài liệu", ["Hội đồng Lý luận Huyện ủy"]),
        ("Sở Y tế, Ủy ban Thẩm định Đảng ủy xã phối hợp kiểm tra", ["Sở Y tế", "Ủy ban Thẩm định Đảng ủy xã"]),
        # counter-example: a party committee after a comma is the list's next member
        ("Ủy ban Thẩm định, Tỉnh ủy phối hợp kiểm tra", ["Ủy ban Thẩm định", "Tỉnh ủy"]),
    ],
)
def test_a_party_committee_right_after_a_body_s_name_is_the_body_it_is_of(text: str, expected: list[str]) -> None:
    """``Ủy ban Kiểm tra Tỉnh ủy`` with ``Ủy ban Kiểm tra`` left out of the lists (``Ủy ban`` + ``Thẩm định`` here): the
    committee after it with no separator is its parent, as for the heads the lists mark as a unit's."""
    assert [text[s.start : s.end] for s in find_names(text)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ``Đối với`` + what the clause concerns, its comma, then who acts: the subject is after the comma
        ("Đối với các xã khó khăn, Sở Y tế cử cán bộ hỗ trợ.", ["Sở Y tế"]),
        ("Riêng đối với các xã khó khăn, Sở Y tế cử cán bộ hỗ trợ.", ["Sở Y tế"]),
        # ``Riêng đối với`` + a name and its colon addresses it, as ``Đối với`` does
        ("Riêng đối với Sở Y tế:", ["Sở Y tế"]),
        ("Riêng đối với UBND các xã: tổ chức kiểm tra.", ["UBND các xã"]),
        ("Đối với UBND các xã: tổ chức kiểm tra.", ["UBND các xã"]),
        ("Riêng đối với Xưởng Cơ khí:", ["Xưởng Cơ khí"]),
    ],
)
def test_what_a_clause_of_doi_voi_concerns_is_no_subject_and_rieng_doi_voi_addresses(
    sentence: str, expected: list[str]
) -> None:
    """``Đối với các xã khó khăn, Sở Y tế cử …``: the clause's noun is what it concerns, not who acts; ``Riêng đối
    với Sở Y tế:`` addresses its items as ``Đối với Sở Y tế:`` does."""
    from vbparse.extract.obligation_names import find_subject

    found = find_subject(sentence)
    assert found is not None and [sentence[n.start : n.end] for n in found[0]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body placed by a place below the commune (``thôn``, ``ấp``, ``tổ dân phố``) as by a level
        ("Chi hội Phụ nữ thôn tổ chức hội nghị", ["Chi hội Phụ nữ thôn"]),
        ("Xưởng Chế biến thôn Tân Lập kiểm tra sản phẩm", ["Xưởng Chế biến thôn Tân Lập"]),
        ("Chi đoàn Thanh niên ấp tổ chức ra quân", ["Chi đoàn Thanh niên ấp"]),
        ("Xưởng Bảo vệ tổ dân phố tổ chức tuần tra ban đêm", ["Xưởng Bảo vệ tổ dân phố"]),
        ("Câu lạc bộ Dưỡng sinh bản Nà Lốc tổ chức tập luyện", ["Câu lạc bộ Dưỡng sinh bản Nà Lốc"]),
        # counter-examples: a thing or an event of a village names no one; ``bản`` of a text is no village
        ("Lễ hội làng tổ chức vào tháng Giêng", []),
        ("Phiên bản mới cập nhật dữ liệu dân cư", []),
    ],
)
def test_a_body_placed_by_a_village_stands_as_a_subject_whatever_its_head(text: str, expected: list[str]) -> None:
    """``Chi ủy thôn tổ chức …``, ``Chi hội Nông dân ấp …``: a place below the commune closes a body's name as a
    level does (``Thư viện tỉnh``), so the body stands before a task verb whatever its head."""
    assert positional(text) == expected


_TABLE = (
    "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHÚ\nSố: 7/KH-UBND\nBình Phú, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\n"
    "Triển khai Luật năm 2026\nII. TỔ CHỨC THỰC HIỆN\n"
    "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |\n|---|---|---|---|\n"
    "| 1 | Tổ chức tuyên truyền pháp luật | {lead} | Các sở, ngành |\n"
)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Bộ Công an, Bộ Tư pháp, Bộ Giáo dục và Đào tạo", ["Bộ Công an", "Bộ Tư pháp", "Bộ Giáo dục và Đào tạo"]),
        ("Bộ Công an, Bộ Tư pháp", ["Bộ Công an", "Bộ Tư pháp"]),
    ],
)
def test_a_head_no_list_knows_repeated_after_a_comma_opens_the_next_member(lead: str, expected: list[str]) -> None:
    """``Bộ Công an, Bộ Tư pháp, …`` in a lead cell with ``Bộ`` left out of the lists: after a body's comma ``Bộ`` +
    ``Tư`` are a head and its name, not a portfolio's field and its place, although the gazetteer knows communes of
    one syllable named so."""
    from vbparse import parse_text
    from vbparse.extract.name_run import without_heads

    with without_heads("Bộ"):
        doc = parse_text(_TABLE.format(lead=lead))
    assert [o.assignee.raw for o in doc.obligations if o.role == "lead"] == expected


def test_a_portfolio_field_and_its_province_after_a_body_s_comma_still_go_on() -> None:
    """Counter-example: ``Sở Văn hóa, Thể thao Lâm Đồng``: a field and its province (two syllables) go on the name."""
    text = "Sở Văn hóa, Thể thao Lâm Đồng chủ trì"
    assert [text[s.start : s.end] for s in find_names(text)] == ["Sở Văn hóa, Thể thao Lâm Đồng"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ``Người`` + a verb of office is a post, whatever the lists hold
        ("Người phụ trách kế toán có trách nhiệm lập báo cáo quyết toán", ["Người phụ trách kế toán"]),
        ("Người điều hành mỏ chịu trách nhiệm về an toàn lao động", ["Người điều hành mỏ"]),
        ("Người đứng đầu các trường học có trách nhiệm kiểm tra", ["Người đứng đầu các trường học"]),
        ("Người chủ trì cuộc họp có trách nhiệm kết luận", ["Người chủ trì cuộc họp"]),
        (
            "Người đứng đầu chi bộ, chính quyền, đoàn thể chịu trách nhiệm",
            ["Người đứng đầu chi bộ, chính quyền, đoàn thể"],
        ),
        # counter-examples: a verb of what anyone does, a form's field, a manager's qualifications are no post
        ("Người tham gia có trách nhiệm nộp hồ sơ", []),
        ("Người đại diện:", []),
        ("Người quản lý doanh nghiệp phải có kinh nghiệm 03 năm", []),
    ],
)
def test_a_nominaliser_and_a_verb_of_office_is_a_post_no_list_needs(text: str, expected: list[str]) -> None:
    """``Người đứng đầu``, ``Người chủ trì`` with their own entries left out of the lists (and ``Người phụ trách``,
    ``Người điều hành``, which no list holds): ``Người`` + a verb of office (``OFFICE_VERBS``) is the one who holds
    it, a post the grammar makes; ``Người`` + any other verb is not (``Người tham gia``)."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Người đứng đầu", "Người chủ trì"):
        assert positional(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a member in lower case between two names the lists know, before the list's verb
        (
            "Sở Y tế, trạm cấp nước, các xã tổ chức kiểm tra nguồn nước",
            ["Sở Y tế", "trạm cấp nước", "các xã"],
        ),
        (
            "Công an xã, nhà văn hóa thôn, Đoàn Thanh niên xã phối hợp tuyên truyền",
            ["Công an xã", "nhà văn hóa thôn", "Đoàn Thanh niên xã"],
        ),
        # counter-examples: a verb, a clause or a topic between the names; no known name after it
        ("Sở Y tế, căn cứ chức năng, các xã tổ chức kiểm tra", ["Sở Y tế"]),
        ("Sở Y tế, công tác tuyên truyền, các xã tổ chức kiểm tra", ["Sở Y tế"]),
        ("Sở Y tế, trạm cấp nước tổ chức kiểm tra", ["Sở Y tế"]),
        # a class of people is the staff lists'; after ``và``, a name's own field
        ("Sở Y tế, viên chức, Công an tỉnh tổ chức kiểm tra", ["Sở Y tế"]),
        ("Sở Y tế và trạm cấp nước, Công an tỉnh tổ chức kiểm tra", ["Sở Y tế"]),
    ],
)
def test_a_member_in_lower_case_between_two_known_names_is_the_list_s(text: str, expected: list[str]) -> None:
    """``Bộ phận Văn hóa - Thông tin, đài truyền thanh, các tiểu khu tổ chức …`` with ``đài truyền thanh`` left out
    of the lists: a noun phrase in lower case, no verb, clause word or noun naming no one in it, between two names
    the lists know of one list that a verb follows, is that list's member (issue 52: one unknown member never loses
    the list).  Alone after a known name it stays out: nothing vouches for it."""
    from vbparse.extract.assignees import without_heads

    with without_heads("trạm", "nhà văn hóa"):
        assert positional(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised word, more words in lower case than a field has, and a level: a body of that level
        ("Sở Y tế, Cổng thông tin điện tử tỉnh", ["Sở Y tế", "Cổng thông tin điện tử tỉnh"]),
        ("Báo Sơn La, Trung tâm văn hóa nghệ thuật tỉnh", ["Báo Sơn La", "Trung tâm văn hóa nghệ thuật tỉnh"]),
        ("Sở Xây dựng, Bến xe khách phía nam thành phố", ["Sở Xây dựng", "Bến xe khách phía nam thành phố"]),
        # counter-examples: a portfolio's field (a word of two syllables), with its place after it, goes on the name
        ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("Sở Văn hóa, Thể thao Lâm Đồng", ["Sở Văn hóa, Thể thao Lâm Đồng"]),
    ],
)
def test_a_body_of_a_level_after_a_name_s_comma_is_another_name_not_a_field(text: str, expected: list[str]) -> None:
    """``Sở Y tế, Cổng thông tin điện tử tỉnh`` with ``Cổng thông tin`` left out of the lists: a portfolio's field is a
    word of two syllables (``Thể thao``, ``Du lịch``), so a capitalised word with two or more in lower case after it
    and then a place's level is another body's name, the list's next member."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Cổng thông tin", "Trung tâm"):
        assert _names_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitalised words before a head in lower case glued to its last syllable: the name's own first words
        ("Đại học Bách khoa Hà Nội; các trường đại học", ["Đại học Bách khoa Hà Nội", "các trường đại học"]),
        ("Bộ Xây dựng, Học viện Bách khoa Đà Nẵng", ["Bộ Xây dựng", "Học viện Bách khoa Đà Nẵng"]),
        # counter-examples: an opener or a verb before the glued syllable stays out
        ("Giao Tiểu đội Dân quân", None),
        ("Chỉ đạo Phân viện Nghiên cứu Hải sản", None),
    ],
)
def test_capitalised_words_before_a_compound_head_open_the_name(text: str, expected: list[str] | None) -> None:
    """``Đại học Bách khoa Hà Nội`` with ``Đại học`` left out of the lists: ``khoa`` is a head in lower case
    (``khoa Nội``), ``Bách`` + ``khoa`` a compound, and the capitalised words before them where the name opens are
    the name's, not a name of their own nor nothing."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Đại học", "Học viện"):
        got = _names_of(text)
    if expected is None:
        assert got and not any(n.startswith(("Giao", "Chỉ")) for n in got), got
    else:
        assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name all in lower case has no portfolio: a capitalised word after its comma is the next name
        ("chính quyền địa phương, Mặt trận cơ sở và các đoàn thể", ["chính quyền địa phương", "các đoàn thể"]),
        ("chính quyền cơ sở, Hội Cựu chiến binh xã", ["chính quyền cơ sở", "Hội Cựu chiến binh xã"]),
        # counter-example: a capitalised portfolio's next field goes on its name
        ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
    ],
)
def test_a_name_all_in_lower_case_takes_no_field_after_its_comma(text: str, expected: list[str]) -> None:
    """``chính quyền địa phương, Mặt trận cơ sở`` with ``Mặt trận`` left out of the lists: a portfolio's field follows
    a portfolio's capitalised name (``Sở Văn hóa``, + ``Thể thao``); a name in lower case has none, so the capitalised
    words after its comma are another name."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Mặt trận", "Hội"):
        assert _names_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "chính quyền địa phương, Mặt trận cơ sở và các đoàn thể giám sát việc phân bổ",
            ["chính quyền địa phương", "Mặt trận cơ sở", "các đoàn thể"],
        ),
        (
            "Công an xã, Ban điều phối và các đoàn thể giám sát việc phân bổ",
            ["Công an xã", "Ban điều phối", "các đoàn thể"],
        ),
        # counter-example: nothing known after ``và`` vouches for it
        ("Công an xã, Mặt trận cơ sở và nhân dân giám sát việc phân bổ", ["Công an xã"]),
    ],
)
def test_a_member_no_capital_specifies_between_a_comma_and_a_known_name_after_va_is_the_list_s(
    text: str, expected: list[str]
) -> None:
    """``…, Mặt trận cơ sở và các đoàn thể`` with ``Mặt trận`` left out of the lists: a member between a known name's
    comma and ``và`` + a known name is the list's, capitalised or not (its first word only)."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Mặt trận", "Ban"):
        assert positional(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a committee's head and the verb it is named for, then the sentence's own verb or role word
        ("Ban chỉ đạo, Ban vận động xây dựng quy chế hoạt động", ["Ban chỉ đạo", "Ban vận động"]),
        ("Ban tổ chức chuẩn bị hội trường", ["Ban tổ chức"]),
        ("Tổ kiểm tra báo cáo kết quả", ["Tổ kiểm tra"]),
        ("Ban quản lý chợ phối hợp kiểm tra", ["Ban quản lý chợ"]),
        # its object and then a place's level close the committee's name, whatever verb follows (``Tổ quản lý thủy
        # nông xã`` + ``bố trí …``): a level ends a name as it ends any other
        ("Tổ quản lý thủy nông xã bố trí máy bơm", ["Tổ quản lý thủy nông xã"]),
        ("Ban quản lý chợ phường Tân An sắp xếp lại các quầy hàng", ["Ban quản lý chợ phường Tân An"]),
        # counter-examples: the head's verb is the sentence's when no verb of its own follows, or a noun and then
        # a verb other than a role word follow (``vận động nhân dân tham gia``: the committee mobilises people)
        ("Ban kiểm tra các xã trong tháng 5", ["Ban", "các xã"]),
        ("Ban vận động nhân dân tham gia hiến máu", ["Ban"]),
        ("Đoàn có trách nhiệm kiểm tra", ["Đoàn"]),
    ],
)
def test_a_committee_named_for_its_verb_keeps_the_verb_before_the_sentence_s_own(
    text: str, expected: list[str]
) -> None:
    """``Ban vận động``, ``Ban tổ chức``, ``Tổ kiểm tra``, ``Ban quản lý chợ`` with their entries left out of the lists:
    right after a committee's head (``FUNCTION_NAMED_HEADS``) a verb that another verb follows at once, or a role word
    after its object, is what the committee is named for, not the sentence's verb."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Ban vận động", "Ban Vận động", "Ban tổ chức", "Ban quản lý", "Ban Quản lý", "Tổ kiểm tra"):
        assert _names_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a committee, a body or a staff member named for what it does and what on (a verb and its object, up to a
        # proper name), then the sentence's own task verb and its object
        ("Ban quản lý bến xe sắp xếp lại luồng xe", ["Ban quản lý bến xe"]),
        ("Tổ thẩm định hồ sơ đấu thầu lập báo cáo đánh giá", ["Tổ thẩm định hồ sơ đấu thầu"]),
        ("Trạm quản lý đê Hồng Hà kiểm tra mái đê", ["Trạm quản lý đê Hồng Hà"]),
        ("Trạm quản lý kênh Bắc Hưng đo lưu lượng nước", ["Trạm quản lý kênh Bắc Hưng"]),  # (``đo``: ``do`` folded)
        ("Trưởng Trạm quản lý đê Hồng Hà chịu trách nhiệm kiểm tra mái đê", ["Trưởng Trạm quản lý đê Hồng Hà"]),
        ("Chuyên viên theo dõi công tác dân tộc tổng hợp số liệu", ["Chuyên viên theo dõi công tác dân tộc"]),
        # an object of five or six words (eleventh twin of F1): ``tải trọng xe lưu động``
        ("Đội kiểm tra tải trọng xe lưu động kiểm tra xe chở vật liệu", ["Đội kiểm tra tải trọng xe lưu động"]),
        ("Tổ giám sát chất lượng nước sạch nông thôn lập danh sách hộ", ["Tổ giám sát chất lượng nước sạch nông thôn"]),
        # an object that is a facility's own name, before a role word (eleventh twin of A3)
        ("Tổ quản lý Nghĩa trang nhân dân xã chịu trách nhiệm thi hành", ["Tổ quản lý Nghĩa trang nhân dân xã"]),
        ("Ban quản lý Chợ Đầu mối nông sản chủ trì sắp xếp ki-ốt", ["Ban quản lý Chợ Đầu mối nông sản"]),
        # counter-examples: a verb whose object does the next verb (``hướng dẫn hộ dân kê khai``), an object with a
        # determiner or a preposition (a verb's, not a name's), a post that is no staff member's (``Giám đốc``), a
        # task verb with nothing after it
        ("Ban hướng dẫn hộ dân kê khai tài sản", ["Ban"]),
        ("Tổ kiểm tra các hộ kinh doanh lập biên bản", ["Tổ"]),
        ("Trạm kiểm tra hàng hóa tại cửa khẩu báo cáo kết quả", ["Trạm"]),
        ("Giám đốc phê duyệt kế hoạch triển khai", ["Giám đốc"]),
        ("Hiệu trưởng phê duyệt kế hoạch triển khai", ["Hiệu trưởng"]),
        ("Chuyên viên kiểm tra hồ sơ trình.", ["Chuyên viên"]),
        # a verb that makes a noun of the object before it (``hồ sơ đăng ký``: a registration file) is no predicate
        ("Tổ Thư ký tiếp nhận hồ sơ đăng ký dự thi của các xã", ["Tổ Thư ký"]),
        ("Thư ký Hội đồng tiếp nhận hồ sơ đăng ký dự thi", ["Thư ký Hội đồng"]),
    ],
)
def test_a_unit_or_staff_named_for_what_it_does_on_what_keeps_both_before_the_sentence_s_verb(
    text: str, expected: list[str]
) -> None:
    """``Trạm quản lý đê Hồng Hà``, ``Chuyên viên theo dõi công tác dân tộc`` (no list knows them): right after the
    head of a committee, a body or a staff member, a verb that is not one whose object acts (``hướng dẫn``,
    ``vận động``), its object of plain nouns (up to a proper name), and then another task verb with its own object:
    the first verb and its object are the name's, the second verb the sentence's."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Ban quản lý", "Ban Quản lý", "Tổ thẩm định", "Tổ kiểm tra"):
        assert _names_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a committee that manages or runs a set of places or works (``quản lý``, ``điều hành``, ``vận hành`` + ``các``
        # + plain nouns): the set is the name's, the task verb and its object after it the sentence's
        ("Ban điều hành các khu phố thông báo lịch tiếp dân", ["Ban điều hành các khu phố"]),
        ("Ban quản lý các chợ kiểm tra việc niêm yết giá", ["Ban quản lý các chợ"]),
        ("Tổ vận hành các trạm bơm lập lịch bơm nước", ["Tổ vận hành các trạm bơm"]),
        ("Ban quản lý những bến đò ngang rà soát phương tiện", ["Ban quản lý những bến đò ngang"]),
        # counter-examples: a verb that puts others to work (``kiểm tra``, ``hướng dẫn``: its ``các`` act), a managing
        # verb whose set is followed by no task verb with an object, a set with a preposition
        ("Tổ kiểm tra các hộ kinh doanh lập biên bản", ["Tổ"]),
        ("Ban hướng dẫn các thôn tổ chức hội nghị", ["Ban", "các thôn"]),
        ("Ban quản lý các chợ.", ["Ban"]),
        ("Ban quản lý các chợ tại trung tâm xã kiểm tra hàng hóa", ["Ban"]),
    ],
)
def test_a_committee_managing_a_set_of_places_keeps_the_set_in_its_name(text: str, expected: list[str]) -> None:
    """``Ban điều hành các khu phố``, ``Ban quản lý các chợ`` (issue 52, fifth twins of T2 and WRAP): after a
    committee's head, a verb of managing or running (``MANAGING_VERBS``) and ``các``/``những`` + plain nouns are its
    name, since no one manages others into doing (unlike ``kiểm tra các hộ lập …``, whose ``các hộ`` act)."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Ban quản lý", "Ban Quản lý", "Tổ kiểm tra", "Ban điều hành", "Ban Điều hành"):
        assert _names_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a school's grade group after a unit's name and its tail (``chuyên môn``): a number, capitalised words or a
        # preschool age group
        ("Tổ chuyên môn khối Mẫu giáo lớn xây dựng chương trình văn nghệ", ["Tổ chuyên môn khối Mẫu giáo lớn"]),
        ("Tổ chuyên môn khối mẫu giáo nhỡ chuẩn bị đồ chơi", ["Tổ chuyên môn khối mẫu giáo nhỡ"]),
        ("Tổ chuyên môn khối 4-5 ra đề kiểm tra", ["Tổ chuyên môn khối 4-5"]),
        ("Tổ chuyên môn khối Tiểu học tổng hợp kết quả", ["Tổ chuyên môn khối Tiểu học"]),
        ("Các tổ chuyên môn khối THCS xây dựng kế hoạch ôn tập", ["Các tổ chuyên môn khối THCS"]),
        # teams and squads are collectives as their kind's other plurals (``các tổ chức`` stays an organisation's)
        ("Các tổ công tác rà soát hồ sơ", ["Các tổ công tác"]),
        ("Các tổ chức, cá nhân có trách nhiệm kê khai", ["Các tổ chức, cá nhân"]),
        # counter-examples: ``khối`` with no group after it, a block of something else (``khối lượng``)
        ("Tổ chuyên môn khối lượng công việc lớn", ["Tổ chuyên môn"]),
        ("Tổ chuyên môn rà soát khối lượng bài tập", ["Tổ chuyên môn"]),
    ],
)
def test_a_unit_s_grade_group_is_its_name_s_after_its_tail(text: str, expected: list[str]) -> None:
    """``Tổ chuyên môn khối Mẫu giáo lớn`` (issue 52, fourth twin of S7: ``Tổ chuyên môn`` and a task ``khối Mẫu giáo
    lớn xây dựng …``): a grade group (``GRADE_GROUP``) after a name's tail is the name's, as after its head."""
    assert _names_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # logistics (``hậu cần``) is a noun, not ``cần`` (need): a name holding it goes on
        ("Ban Hậu cần - Kỹ thuật chuẩn bị thao trường", ["Ban Hậu cần - Kỹ thuật"]),
        ("Phòng Hậu cần Công an tỉnh bố trí xe", ["Phòng Hậu cần Công an tỉnh"]),
        ("Tổ hậu cần bố trí bữa ăn cho vận động viên", ["Tổ hậu cần"]),
        # counter-example: ``cần`` after a name is its mood
        ("Ban Chỉ huy Quân sự xã cần chuẩn bị thao trường", ["Ban Chỉ huy Quân sự xã"]),
    ],
)
def test_logistics_is_a_noun_in_a_name(text: str, expected: list[str]) -> None:
    """``Ban Hậu cần - Kỹ thuật`` (issue 52, sixth twin of A3: a colon list's member cut at ``cần``)."""
    assert _names_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named in sentence case for a standing function: the capitalised verb's object in lower case holds
        # an activity (``điều hành``, ``đào tạo``) or a second function after ``và``, up to its level or the
        # sentence's task verb with its own object
        (
            "Trung tâm Giám sát điều hành giao thông thông minh phát hiện ùn tắc",
            ["Trung tâm Giám sát điều hành giao thông thông minh"],
        ),
        ("Phòng Quản lý đào tạo nghề xây dựng kế hoạch năm học", ["Phòng Quản lý đào tạo nghề"]),
        # two objects joined by ``và`` (``lữ hành và lưu trú``)
        ("Phòng Quản lý lữ hành và lưu trú kiểm tra hồ sơ cấp phép", ["Phòng Quản lý lữ hành và lưu trú"]),
        ("Phòng Quản lý lữ hành và lưu trú có trách nhiệm:", ["Phòng Quản lý lữ hành và lưu trú"]),
        (
            "Phòng Quản lý đê điều và phòng chống thiên tai tổng hợp thiệt hại",
            ["Phòng Quản lý đê điều và phòng chống thiên tai"],
        ),
        (
            "Trung tâm Quản lý và khai thác công trình thủy lợi tỉnh kiểm tra cống",
            ["Trung tâm Quản lý và khai thác công trình thủy lợi tỉnh"],
        ),
        (
            "Cơ quan thực hiện: Ban Điều phối và giám sát dự án tỉnh",
            ["Cơ quan", "Ban Điều phối và giám sát dự án tỉnh"],
        ),
        # the function's objects listed with commas before ``và`` (seventeenth twin of R1)
        (
            "Phòng Quản lý vận tải, phương tiện và người lái rà soát giấy phép hoạt động",
            ["Phòng Quản lý vận tải, phương tiện và người lái"],
        ),
        # supporting and preventing are standing functions too (``hỗ trợ``, ``phòng chống``)
        ("Phòng Quản lý hỗ trợ doanh nghiệp tiếp nhận hồ sơ hoàn thuế", ["Phòng Quản lý hỗ trợ doanh nghiệp"]),
        ("Phòng Phòng chống ma túy và tội phạm lập chuyên án đấu tranh", ["Phòng Phòng chống ma túy và tội phạm"]),
        # a post over such a body: the body's function and its object are the post's name
        (
            "Giám đốc Trung tâm Điều hành cấp cứu ngoại viện tỉnh bố trí kíp trực",
            ["Giám đốc Trung tâm Điều hành cấp cứu ngoại viện tỉnh"],
        ),
        (
            "Phó Giám đốc Trung tâm Giám sát điều hành đô thị thông minh kiểm tra camera",
            ["Phó Giám đốc Trung tâm Giám sát điều hành đô thị thông minh"],
        ),
        # counter-examples: the verb after the function is the sentence's when its object is another's (``các``), when
        # no verb with an object follows, or when the capitalised word is no function's verb (``Giáo dục``)
        ("Trung tâm Giám sát hướng dẫn các đơn vị", ["Trung tâm Giám sát", "các đơn vị"]),
        ("Giám đốc Trung tâm Giám sát hướng dẫn các đơn vị", ["Giám đốc Trung tâm Giám sát", "các đơn vị"]),
        ("Trưởng Trạm quản lý cống Rạch Gốc chịu trách nhiệm", ["Trưởng Trạm quản lý cống Rạch Gốc"]),
        ("Phòng Quản lý xây dựng kế hoạch đào tạo.", ["Phòng Quản lý"]),
        ("Ban Quản lý tổ chức đánh giá hồ sơ cấp đổi thẻ", ["Ban Quản lý"]),
        ("Hội đồng Quản lý có thể họp bất thường", ["Hội đồng Quản lý"]),
        ("Phòng Giáo dục tổ chức hội thi giáo viên giỏi", ["Phòng Giáo dục"]),
        ("Phòng Quản lý đô thị kiểm tra các công trình", ["Phòng Quản lý đô thị"]),
        ("Phòng Quản lý đô thị và các xã kiểm tra các công trình", ["Phòng Quản lý đô thị", "các xã"]),
        ("Phòng Quản lý đô thị, các xã kiểm tra các công trình", ["Phòng Quản lý đô thị", "các xã"]),
    ],
)
def test_a_body_named_in_sentence_case_for_a_function_keeps_the_function_s_object(
    text: str, expected: list[str]
) -> None:
    """``Trung tâm Giám sát điều hành …``, ``Phòng Quản lý đào tạo``: after a body's head (or a post's body: ``Giám đốc
    Trung tâm``) and a capitalised verb of a standing function (``FUNCTION_VERBS``), a verb in lower case is the
    function's object, not the sentence's, when the name goes on to its level or another task verb with its object
    follows."""
    assert _names_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chánh Văn phòng Sở, Tổng Giám đốc Công ty Cổ phần Môi trường Đô thị Bến Tre chịu trách nhiệm thi hành",
            ["Chánh Văn phòng Sở", "Tổng Giám đốc Công ty Cổ phần Môi trường Đô thị Bến Tre"],
        ),
        (
            "Phó Tổng Giám đốc Tổng công ty Lương thực miền Nam chỉ đạo",
            ["Phó Tổng Giám đốc Tổng công ty Lương thực miền Nam"],
        ),
        ("Tổng Thư ký Hội Luật gia tỉnh chịu trách nhiệm", ["Tổng Thư ký Hội Luật gia tỉnh"]),
    ],
)
def test_a_general_of_an_office_is_a_post_with_its_deputy(text: str, expected: list[str]) -> None:
    """``Tổng`` heads an office as its general (``Tổng Giám đốc``, ``Tổng Thư ký``), and ``Phó`` that post's deputy:
    a post over the body named after it, so that a list of the execution clause keeps it."""
    assert _names_of(text) == expected


@pytest.mark.parametrize(
    ("sentence", "name", "task_start"),
    [
        ("1. Phòng Đào tạo xếp lịch thi học kỳ cho các lớp.\n", "Phòng Đào tạo", "xếp lịch"),
        ("2. Trạm quan trắc môi trường đo nồng độ bụi hằng ngày.\n", "Trạm quan trắc môi trường", "đo nồng độ"),
        # the verbs end a name no list knows, and after a standing function and its object they are the sentence's
        ("3. Tổ vận hành trạm bơm đo lưu lượng nước.\n", "Tổ vận hành trạm bơm", "đo lưu lượng"),
    ],
)
def test_measuring_and_scheduling_are_task_verbs(sentence: str, name: str, task_start: str) -> None:
    """``đo`` (measure) and ``xếp`` (schedule, arrange) open a task and end the name before them."""
    from test_rules import leads

    assert any(a == name and t.startswith(task_start) for a, t in leads(sentence)), leads(sentence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a standing committee, then what it stands for
        ("Tổ thường trực Tổng kiểm kê tài sản công theo dõi tiến độ", ["Tổ thường trực Tổng kiểm kê tài sản công"]),
        ("Ban Chỉ đạo Tổng điều tra kinh tế huyện chỉ đạo", ["Ban Chỉ đạo Tổng điều tra kinh tế huyện"]),
        ("Tổ thường trực theo dõi tiến độ", ["Tổ thường trực"]),
        # counter-examples: ``tổng`` + a verb in lower case after a body's whole name is the sentence's; ``thường
        # trực`` after a department's name is its role
        ("Sở Tài chính tổng kiểm kê tài sản", ["Sở Tài chính"]),
        ("Sở Nội vụ thường trực Hội đồng thi đua", ["Sở Nội vụ", "thường trực Hội đồng thi đua"]),
    ],
)
def test_a_standing_committee_and_a_general_survey_are_names(text: str, expected: list[str]) -> None:
    """``Tổ thường trực`` (a standing committee) and ``Tổng điều tra`` (a general census) hold verbs that are the
    name's, not the sentence's (fifth twin of F1: ``Tổ thường trực Tổng điều tra`` read as two names)."""
    assert _names_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ủy ban nhân dân các xã ven biển bố trí lực lượng", ["Ủy ban nhân dân các xã ven biển"]),
        ("Chủ tịch UBND các huyện miền núi chỉ đạo trồng rừng", ["Chủ tịch UBND các huyện miền núi"]),
        ("Ủy ban nhân dân các xã vùng sâu, vùng xa rà soát hộ nghèo", ["Ủy ban nhân dân các xã vùng sâu, vùng xa"]),
        ("UBND các phường nội thành và Công an thành phố kiểm tra", ["UBND các phường nội thành", "Công an thành phố"]),
        # counter-example: a place's own name or the task after the level
        ("Ủy ban nhân dân các xã vận động nhân dân tham gia", ["Ủy ban nhân dân các xã"]),
    ],
)
def test_a_plural_of_places_keeps_the_kind_of_place_it_means(text: str, expected: list[str]) -> None:
    """``Ủy ban nhân dân các xã ven biển``, ``… các huyện miền núi``: the kind of place after a level's plural says
    which of its places are meant (fifth twin of HEADING-UNIT: ``… CÁC XÃ VEN BIỂN`` named none of them)."""
    assert _names_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kiểm tra viên hải quan lập biên bản vi phạm", ["Kiểm tra viên hải quan"]),
        ("Hướng dẫn viên du lịch phổ biến nội quy tham quan", ["Hướng dẫn viên du lịch"]),
        ("Báo cáo viên pháp luật phổ biến Luật Đất đai", ["Báo cáo viên pháp luật"]),
        # ``trưởng`` after a verb: the chief of what the verb names (``Tham mưu trưởng``: the chief of staff)
        ("Tham mưu trưởng chỉ đạo các cơ quan tham mưu diễn tập", ["Tham mưu trưởng"]),
        ("Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh chỉ đạo diễn tập", ["Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh"]),
        # counter-examples: a verb before ``viên chức`` (civil servants) is the sentence's, and a verb alone
        ("Tuyên truyền viên chức về cải cách hành chính", []),
        ("Giám sát việc thực hiện quy chế dân chủ", []),
        # ... and before a word in lower case ``trưởng`` opens the head of a unit, the verb's object
        ("Báo cáo trưởng thôn kết quả rà soát hộ nghèo", []),
    ],
)
def test_a_verb_and_the_agent_s_syllable_name_a_post(text: str, expected: list[str]) -> None:
    """``Giám sát viên``, ``Điều tra viên``, ``Tham mưu trưởng``: a verb and ``viên`` (or ``sư``, or ``trưởng`` before
    a name, a duty or a comma) after it name who does it, a post no list knows, standing where a subject stands (fifth
    twins of A2: both read as a sentence's verb)."""
    assert positional(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nhân viên bảo quản hiện vật kiểm tra, vệ sinh tủ trưng bày", ["Nhân viên bảo quản hiện vật"]),
        ("Kỹ sư giám sát công trình lập báo cáo tuần", ["Kỹ sư giám sát công trình"]),
        ("Kỹ thuật viên vận hành trạm bơm Cầu Sắt có trách nhiệm ghi sổ", ["Kỹ thuật viên vận hành trạm bơm Cầu Sắt"]),
        # counter-examples: where the verb's object is (``tại``), a determiner (``các``)
        ("Kỹ thuật viên kiểm tra thiết bị tại phòng máy", ["Kỹ thuật viên"]),
        ("Nhân viên kiểm tra các thiết bị báo cáo hằng ngày", ["Nhân viên"]),
    ],
)
def test_a_staff_member_no_list_knows_named_for_what_it_does_keeps_it_before_the_sentence_s_verb(
    text: str, expected: list[str]
) -> None:
    """A staff member's noun (``Nhân viên``, ``Kỹ sư``, ``Kỹ thuật viên``) read where a subject stands, then a verb and
    its object, then the sentence's task verb or role word: the first verb and its object say which staff member."""
    assert positional(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit or a team named for what it does, as a committee is (``Bộ phận``, ``Đội`` are such heads too)
        ("Bộ phận xử lý đơn thư có trách nhiệm phân loại đơn", ["Bộ phận xử lý đơn thư"]),
        ("Đội kiểm tra liên ngành chủ trì kiểm tra việc kinh doanh", ["Đội kiểm tra liên ngành"]),
        # two things it does, joined by ``và`` (the second verb need be no verb the lists know)
        ("Bộ phận tiếp nhận và trả kết quả có trách nhiệm xem xét hồ sơ", ["Bộ phận tiếp nhận và trả kết quả"]),
        ("Tổ tiếp nhận và giải đáp thắc mắc phối hợp tuyên truyền", ["Tổ tiếp nhận và giải đáp thắc mắc"]),
        ("Ban tiếp công dân có trách nhiệm xem xét đơn", ["Ban tiếp công dân"]),
        # a clause of what it goes by between its name and its role word
        (
            "Bộ phận tiếp nhận và trả kết quả căn cứ tính chất hồ sơ có trách nhiệm xử lý",
            ["Bộ phận tiếp nhận và trả kết quả"],
        ),
        ("Tổ xử lý đơn thư theo nội dung từng đơn có trách nhiệm phân loại", ["Tổ xử lý đơn thư"]),
        # counter-examples: no role word after the verbs, the verbs are the sentence's
        ("Tổ tiếp nhận hồ sơ và trả kết quả cho công dân", ["Tổ"]),
        ("Đội kiểm tra và xử lý vi phạm trên địa bàn", ["Đội"]),
        ("Tổ kiểm tra theo kế hoạch, có trách nhiệm báo cáo", ["Tổ"]),
        ("Bộ phận tiếp nhận và trả kết quả cho người dân trong ngày làm việc", []),
        # a name after ``và`` is the list's next name: the verb before it is the committee's
        ("Ban tổ chức và các đơn vị phối hợp kiểm tra", ["Ban tổ chức", "các đơn vị"]),
        ("Tổ kiểm tra và các cơ quan chức năng phối hợp kiểm tra", ["Tổ kiểm tra", "các cơ quan chức năng"]),
        ("Bộ phận một cửa và các cơ quan chức năng phối hợp kiểm tra", ["Bộ phận một cửa", "các cơ quan chức năng"]),
    ],
)
def test_a_unit_named_for_what_it_does_keeps_its_verbs_before_the_role_word(text: str, expected: list[str]) -> None:
    """``Bộ phận tiếp nhận và trả kết quả``, ``Ban tiếp công dân`` with no entry in the lists: after a head that names
    a committee, a unit or a team by its work, the verbs it is named for (one, or two joined by ``và``) and their
    objects are its name when a role word follows them."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Tổ kiểm tra", "Bộ phận một cửa", "Ban tổ chức", "Ban Tổ chức"):
        assert _names_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Văn phòng đăng ký đất đai chịu trách nhiệm cập nhật hồ sơ", ["Văn phòng đăng ký đất đai"]),
        ("Phòng quản lý đô thị chủ trì kiểm tra việc xây dựng", ["Phòng quản lý đô thị"]),
        ("Trung tâm quản lý bến xe phối hợp kiểm tra", ["Trung tâm quản lý bến xe"]),
        # a denied duty is still the predicate after the name
        ("Văn phòng đăng ký đất đai không chịu trách nhiệm về hồ sơ sai", ["Văn phòng đăng ký đất đai"]),
        # counter-example: no role word after the verb and its objects, the verb is the sentence's
        ("Phòng quản lý đô thị trên địa bàn xã theo quy định", []),
        # nor does a comma and the next head make a body's verb its name: only a committee's (``Ban vận động, Ban …``)
        ("Sở kiểm tra, Phòng Y tế giám sát các cơ sở.", ["Sở", "Phòng Y tế", "các cơ sở"]),
    ],
)
def test_any_body_named_for_what_it_does_keeps_its_verb_before_a_role_word(text: str, expected: list[str]) -> None:
    """``Văn phòng đăng ký đất đai chịu trách nhiệm …`` with no entry in the lists (wild 994dfb): any body's head, not
    only a committee's, with the verb it is named for and its objects right before a role word is that name."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Văn phòng đăng ký", "Phòng Quản lý đô thị", "Trung tâm quản lý"):
        assert _names_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ban điều phối Thị trấn tổ chức hội thảo", ["Ban điều phối Thị trấn"]),
        ("Ban vận động, Ban Thanh tra nhân dân tổ chức hội thảo", ["Ban vận động", "Ban Thanh tra nhân dân"]),
        # counter-example: a list of the committee's verbs after a comma is no next name
        ("Tổ kiểm tra, giám sát việc thu phí", ["Tổ"]),
    ],
)
def test_a_committee_named_for_its_verb_before_its_place_or_the_next_name(text: str, expected: list[str]) -> None:
    """``Ban chỉ đạo Thị trấn tổ chức …``, ``Ban chỉ đạo, Ban vận động xây dựng …`` with ``Ban chỉ đạo`` and ``Ban vận
    động`` left out of the lists: the verb after a committee's head is the committee's when its place or a comma and
    the next name follow."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Ban vận động", "Ban Vận động", "Ban chỉ đạo", "Ban Chỉ đạo", "Tổ kiểm tra"):
        assert _names_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dashed pair of fields: the word after the dash is the name's, even one that is a verb elsewhere
        (
            "Bộ phận Văn hóa - thông tin, đài truyền thanh, các tiểu khu tổ chức tuyên truyền",
            ["Bộ phận Văn hóa - thông tin", "đài truyền thanh", "các tiểu khu"],
        ),
        ("Tổ Địa chính - xây dựng, Công an xã kiểm tra các công trình", ["Tổ Địa chính - xây dựng", "Công an xã"]),
        # counter-example: a dash after the subject's verb is the task's, not the name's
        ("Bộ phận Văn hóa kiểm tra - thông tin kịp thời", ["Bộ phận Văn hóa"]),
    ],
)
def test_the_word_after_a_dash_between_two_fields_is_the_name_s(text: str, expected: list[str]) -> None:
    """``Bộ phận Văn hóa - thông tin`` with ``Bộ phận`` left out of the lists: the dash joins two fields of one name
    (``Văn hóa - thông tin``, ``Địa chính - xây dựng``), so the word after it is the name's though it is a verb
    elsewhere (``thông tin``, ``xây dựng``)."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Bộ phận", "Tổ"):
        assert positional(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level and an organ's syllable make a body of that level, whatever the lists hold
        (
            "Hội Cựu chiến binh, Tỉnh đoàn; Hội Liên hiệp Phụ nữ",
            ["Hội Cựu chiến binh", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ"],
        ),
        ("Hội Nông dân, Huyện đoàn, Công an huyện", ["Hội Nông dân", "Huyện đoàn", "Công an huyện"]),
        ("Quận đội phối hợp với Công an quận", ["Quận đội", "Công an quận"]),
        # counter-example: a field and its level go on the name
        ("Sở Văn hóa, Thể thao tỉnh", ["Sở Văn hóa, Thể thao tỉnh"]),
    ],
)
def test_a_level_and_an_organ_s_syllable_are_a_body_of_that_level(text: str, expected: list[str]) -> None:
    """``Tỉnh đoàn``, ``Huyện đoàn``, ``Quận đội`` with ``Tỉnh đoàn`` left out of the lists (and ``Huyện đoàn``, ``Quận
    đội``, which no list holds): a level's word and an organ's syllable (``đoàn``, ``đội``, ``ủy``) compose the body of
    that level, a name of its own after a comma, never a portfolio's field."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Tỉnh đoàn", "Thành đoàn"):
        assert _names_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body of the supreme or central rank after a name's comma is the next name
        (
            "Viện kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao phối hợp chỉ đạo",
            ["Viện kiểm sát nhân dân tối cao", "Tòa án nhân dân tối cao"],
        ),
        ("Bộ Công an, Hội đồng bầu cử trung ương phối hợp chỉ đạo", ["Bộ Công an", "Hội đồng bầu cử trung ương"]),
        # counter-example: a field and its place still go on the name
        ("Sở Văn hóa, Thể thao Lâm Đồng phối hợp chỉ đạo", ["Sở Văn hóa, Thể thao Lâm Đồng"]),
    ],
)
def test_a_body_of_the_supreme_or_central_rank_after_a_comma_is_another_name(text: str, expected: list[str]) -> None:
    """``Viện kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao`` with ``Tòa án`` left out of the lists: ``tối cao``,
    ``cấp cao``, ``trung ương`` close a body's name as a place's level does."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Tòa án", "Hội đồng"):
        assert positional(text) == expected


def test_a_capitalised_collective_noun_opens_partners_no_list_knows() -> None:
    """``phối hợp với Báo và Phát thanh, Truyền hình tỉnh, Tạp chí Diễn đàn doanh nghiệp... thường xuyên …`` with
    ``Báo`` left out of the lists: ``Báo`` is a collective noun in lower case (``báo, đài``), a body's head when
    capitalised; the field and its place go on its name; the ellipsis closes the partners."""
    from vbparse.extract.assignees import positional_partners, without_heads

    text = "Báo và Phát thanh, Truyền hình tỉnh, Tạp chí Diễn đàn doanh nghiệp... thường xuyên đăng tải các bài viết"
    with without_heads("Báo"):
        got = [text[n.start : n.end] for n in positional_partners(text)]
    assert got == ["Báo và Phát thanh, Truyền hình tỉnh", "Tạp chí Diễn đàn doanh nghiệp"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a generic body noun and the field that says which, after a comma or ``và``, before the list's verb
        (
            "Sở Tư pháp, cơ quan thông tấn báo chí và Ủy ban nhân dân xã chủ động tổ chức triển khai Luật",
            ["Sở Tư pháp", "cơ quan thông tấn báo chí", "Ủy ban nhân dân xã"],
        ),
        ("Sở Văn hóa, cơ quan báo chí tổ chức tuyên truyền", ["Sở Văn hóa", "cơ quan báo chí"]),
        ("Công an tỉnh và đơn vị vũ trang tham gia ứng cứu", ["Công an tỉnh", "đơn vị vũ trang"]),
        # counter-examples: a noun no field specifies, ``tổ chức`` (a verb as much as a noun), no verb after the list
        ("Sở Tư pháp, cơ quan có thẩm quyền xem xét", ["Sở Tư pháp"]),
        ("Ủy ban nhân dân xã, tổ chức hội nghị tuyên truyền", ["Ủy ban nhân dân xã"]),
        ("Sở Tư pháp, cơ quan báo chí của Trung ương", ["Sở Tư pháp"]),
    ],
)
def test_a_generic_body_noun_with_its_field_is_a_later_member_of_a_list(text: str, expected: list[str]) -> None:
    """``…, Đài Phát thanh và Truyền hình Thành phố, cơ quan thông tấn báo chí và Ủy ban nhân dân xã … chủ động tổ chức
    triển khai`` (a plan of Thành phố Hồ Chí Minh, goldsets 122): a generic body noun (``cơ quan``, ``đơn vị``) and
    the field that says which (``báo chí``, ``vũ trang``) is one of the list's members, which the names around it and
    the verb after the list vouch for; the list stood only to its last known name before."""
    assert positional(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a class of bodies and whose they are: ``thuộc`` + the owner is the name's
        (
            "Đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân thành phố thực hiện",
            ["Đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân thành phố"],
        ),
        ("Các đơn vị thuộc Sở Y tế tổ chức tập huấn", ["Các đơn vị thuộc Sở Y tế"]),
        ("Các cơ sở giáo dục đại học công lập có trách nhiệm báo cáo", ["Các cơ sở giáo dục đại học công lập"]),
        # the owner closes the collective's list: ``và`` + a head that opens a name is the next name
        (
            "Các bộ, cơ quan thuộc Chính phủ và Ủy ban nhân dân các tỉnh thực hiện",
            ["Các bộ, cơ quan thuộc Chính phủ", "Ủy ban nhân dân các tỉnh"],
        ),
        ("Chính phủ và Ủy ban nhân dân các tỉnh thực hiện", ["Chính phủ", "Ủy ban nhân dân các tỉnh"]),
        # counter-examples: a head with no name yet and ``và`` + a head are one body (``Báo và Đài``)
        ("Báo và Đài Phát thanh tỉnh thực hiện", ["Báo và Đài Phát thanh tỉnh"]),
        # a named unit keeps its owner as before (the unit's own rule)
        ("Phòng Kinh tế thuộc UBND huyện thực hiện", ["Phòng Kinh tế thuộc UBND huyện"]),
        # staff and whose staff they are: one name, not the staff and their owner as two
        ("Cán bộ, công chức thuộc Sở Xây dựng chấp hành nghiêm", ["Cán bộ, công chức thuộc Sở Xây dựng"]),
        ("Kỹ sư thuộc Ban Quản lý dự án huyện giám sát thi công", ["Kỹ sư thuộc Ban Quản lý dự án huyện"]),
    ],
)
def test_a_class_of_bodies_keeps_its_owner_after_thuoc_and_public_is_no_verb(text: str, expected: list[str]) -> None:
    """``Đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân thành phố`` (wild decisions on public assets): ``công lập``
    (public) is no verb ``lập``, so the name does not end at ``công`` with ``lập thuộc …`` read as its task, and a
    class of bodies (a generic head, a collective) keeps ``thuộc`` + the body that owns it, as a named unit does
    (``Phòng Kinh tế thuộc UBND huyện``)."""
    assert _names_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a portfolio's field and its place written with a capital level word (``Thành phố``, ``Tỉnh``)
        (
            "Sở Tư pháp, Đài Phát thanh và Truyền hình Thành phố tổ chức tuyên truyền",
            ["Sở Tư pháp", "Đài Phát thanh và Truyền hình Thành phố"],
        ),
        (
            "Sở Tư pháp, Nhà hát Ca múa và Nhạc kịch Tỉnh tổ chức biểu diễn",
            ["Sở Tư pháp", "Nhà hát Ca múa và Nhạc kịch Tỉnh"],
        ),
        # counter-examples: a head and its name after the comma is another body; ``Xã hội`` is a field, no level
        (
            "Sở Tư pháp, Đài Phát thanh, Hội Nông dân Thành phố tổ chức tuyên truyền",
            ["Sở Tư pháp", "Đài Phát thanh", "Hội Nông dân Thành phố"],
        ),
    ],
)
def test_a_field_and_its_capitalised_level_word_stay_on_the_name(text: str, expected: list[str]) -> None:
    """``Đài Phát thanh và Truyền hình Thành phố`` (goldsets 122, Thành phố Hồ Chí Minh) with ``Đài`` left out of the
    lists: the portfolio's next field after ``và`` and the level word the city writes with a capital (``Thành
    phố``) are the name's place, not another body named ``Truyền hình Thành phố``."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Đài", "Nhà hát"):
        assert positional(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head's syllable closing a compound word (``xã hội``, ``môi trường``, ``trụ sở``) opens no name
        (
            "Bảo hiểm xã hội Thành phố, Sở Y tế và Ủy ban nhân dân xã",
            ["Bảo hiểm xã hội Thành phố", "Sở Y tế", "Ủy ban nhân dân xã"],
        ),
        ("Quỹ Bảo vệ môi trường Tỉnh, Sở Y tế", ["Quỹ Bảo vệ môi trường Tỉnh", "Sở Y tế"]),
        # counter-example: a lower-case head after a word of its own (``và``) still opens a name
        ("Sở Y tế và hội Nông dân xã", ["Sở Y tế", "hội Nông dân xã"]),
    ],
)
def test_a_head_syllable_closing_a_compound_word_opens_no_name(text: str, expected: list[str]) -> None:
    """``- Cơ quan phối hợp: Bảo hiểm xã hội Thành phố, …`` (goldsets 122) with ``Bảo hiểm xã hội`` left out of the
    lists: ``hội`` closes the word ``xã hội`` (society), so ``hội Thành phố`` is no association of the city; the
    field's member is read whole."""
    from vbparse import parse_text
    from vbparse.extract.assignees import without_heads

    plan = (
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHÚ\nSố: 7/KH-UBND\nBình Phú, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\n"
        "Tuyên truyền Luật Việc làm\nII. TỔ CHỨC THỰC HIỆN\n1. Tập huấn nghiệp vụ\n"
        "- Nội dung thực hiện: Tổ chức tập huấn nghiệp vụ.\n- Cơ quan chủ trì: Sở Nội vụ.\n"
        f"- Cơ quan phối hợp: {text}.\n"
    )
    with without_heads("Bảo hiểm xã hội", "Quỹ"):
        doc = parse_text(plan)
    assert [o.assignee.raw for o in doc.obligations if o.role == "support" and o.assignee] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head no name follows has no portfolio: its comma lists the next head
        ("Viện, Trường; Sở Khoa học và Công nghệ", ["Viện", "Trường", "Sở Khoa học và Công nghệ"]),
        ("Học viện, Nhà xuất bản, Sở Y tế", ["Học viện", "Nhà xuất bản", "Sở Y tế"]),
        # counter-examples: a head and its name, then its portfolio's next field; the kinds a plural's colon lists
        # (one class, as the goldsets' readers record it); the capitalised plural nouns of a collective
        ("Viện Văn hóa, Nghệ thuật; Sở Y tế", ["Viện Văn hóa, Nghệ thuật", "Sở Y tế"]),
        (
            "Các trường: Đại học, Cao đẳng, Trung cấp trên địa bàn tỉnh",
            ["Các trường", "Đại học, Cao đẳng, Trung cấp trên địa bàn tỉnh"],
        ),
        ("Sở, Ngành (cơ quan đăng ký đầu tư)", ["Sở, Ngành"]),
    ],
)
def test_a_head_without_a_name_has_no_portfolio_after_its_comma(text: str, expected: list[str]) -> None:
    """``Viện, Trường; Doanh nghiệp`` in a task table's column (goldsets 126) with ``Trường`` and ``Nhà xuất bản`` left
    out of the lists: a head no name follows (``Viện``) has no portfolio whose next field the capital after its
    comma could be: each is a body of its own."""
    from vbparse import parse_text
    from vbparse.extract.assignees import without_heads

    plan = (
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHÚ\nSố: 7/KH-UBND\nBình Phú, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\n"
        "Đổi mới công nghệ\nII. TỔ CHỨC THỰC HIỆN\n1. Nghiên cứu ứng dụng\n"
        "- Nội dung thực hiện: Xây dựng cơ chế đặt hàng nghiên cứu.\n- Cơ quan chủ trì: Sở Nội vụ.\n"
        f"- Cơ quan phối hợp: {text}.\n"
    )
    with without_heads("Trường", "Nhà xuất bản"):
        doc = parse_text(plan)
    assert [o.assignee.raw for o in doc.obligations if o.role == "support" and o.assignee] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading of names before its colon: the known name vouches for the member no list knows
        ("Sở Y tế, Cổng Thông tin điện tử:", ["Sở Y tế", "Cổng Thông tin điện tử"]),
        ("Hội Nông dân tỉnh, Quỹ Hỗ trợ nông dân:", ["Hội Nông dân tỉnh", "Quỹ Hỗ trợ nông dân"]),
        # counter-examples: no colon and no verb; a document's name
        ("Sở Y tế, Cổng Thông tin điện tử", ["Sở Y tế"]),
        ("Sở Y tế, Kế hoạch Phòng chống dịch:", ["Sở Y tế"]),
    ],
)
def test_a_heading_of_names_before_its_colon_keeps_a_member_no_list_knows(text: str, expected: list[str]) -> None:
    """``9. Báo và Phát thanh - Truyền hình Đắk Lắk, Sở Văn hóa, Thể thao và Du lịch, Cổng Thông tin điện tử tỉnh và
    hệ thống truyền thanh cơ sở:`` over its task (goldsets 80) with ``Cổng thông tin`` and ``Quỹ`` left out of the
    lists: a heading that is only names before its colon, one of them known, keeps its members of a name's shape (a
    capital after the first word) where no verb follows to vouch for them."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Cổng thông tin", "Cổng Thông tin", "Quỹ"):
        assert positional(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound that holds a verb (``bầu cử``, ``công trình``) is a noun of a body of a level after a comma
        (
            "Thường trực Hội đồng nhân dân, Uỷ ban bầu cử xã thực hiện các bước",
            ["Thường trực Hội đồng nhân dân", "Uỷ ban bầu cử xã"],
        ),
        ("Sở Nội vụ, Tổ bầu cử xã kiểm tra", ["Sở Nội vụ", "Tổ bầu cử xã"]),
        # counter-example: a field and its place stay the name's
        ("Sở Văn hóa, Thể thao tỉnh kiểm tra", ["Sở Văn hóa, Thể thao tỉnh"]),
    ],
)
def test_a_compound_holding_a_verb_is_a_word_of_a_body_of_a_level(text: str, expected: list[str]) -> None:
    """``phối hợp với Thường trực Hội đồng nhân dân, Uỷ ban bầu cử xã thực hiện`` (realdocs 102) with ``Ủy ban`` left
    out of the lists: ``bầu cử`` (election) is a noun, not the verb ``bầu``, so ``Uỷ ban bầu cử xã`` is a body of the
    commune after the comma, not the previous name's portfolio."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Ủy ban", "Uỷ ban", "Tổ", "Tổ bầu cử"):
        assert positional(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post no list knows of a known body, then the assignment and the verb it is assigned
        (
            "Thành viên Hội đồng nhân dân thị trấn được phân công phụ trách đôn đốc các tiểu khu thực hiện",
            ["Thành viên Hội đồng nhân dân thị trấn"],
        ),
        ("Điều phối viên Sở Y tế phụ trách hướng dẫn các xã", ["Điều phối viên Sở Y tế"]),
        ("Điều phối viên Sở Y tế được giao kiểm tra các xã", ["Điều phối viên Sở Y tế"]),
        # counter-examples: what it is in charge of is a thing, no verb; a passive of what it is
        ("Điều phối viên Sở Y tế phụ trách các xã vùng cao", []),
        ("Điều phối viên Sở Y tế được giao nhiều việc", []),
    ],
)
def test_an_assignment_before_the_verb_makes_a_list_of_unknown_posts_stand(text: str, expected: list[str]) -> None:
    """``4. Thành viên Hội đồng thi đua khen thưởng thị trấn được phân công phụ trách đôn đốc các tiểu khu …`` (seed
    001) with ``Thành viên`` left out of the lists: ``được phân công``/``được giao`` and ``phụ trách`` before a task's
    verb are the assignment of that verb, as a role word would be, so a subject no list knows stands."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Thành viên", "Điều phối viên"):
        assert positional(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a collective noun that names one body alone (``chính quyền``, the government) is a partner
        (
            "chính quyền và các tổ chức thành viên để hoàn thành tốt nhiệm vụ.",
            ["chính quyền", "các tổ chức thành viên"],
        ),
        # counter-example: the bare plural nouns of the state's bodies are a list the grammar does not take
        ("sở, ban, ngành để hoàn thành tốt nhiệm vụ.", []),
    ],
)
def test_a_collective_noun_alone_is_a_partner_but_bare_plural_nouns_are_not(text: str, expected: list[str]) -> None:
    """``phối hợp chặt chẽ với chính quyền và các tổ chức thành viên để …`` (realdocs 102) with ``chính quyền`` left out
    of the lists: a collective noun that names one body on its own is a partner; ``sở, ban, ngành`` without ``các``
    stays no list of names."""
    from vbparse.extract.assignees import positional_partners, without_heads

    with without_heads("chính quyền"):
        assert [text[n.start : n.end] for n in positional_partners(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after an opener, a noun phrase in lower case up to a role word is who is given the task
        (
            "Giao công chức tài chính kế toán phối hợp với Sở Y tế tham mưu bố trí kinh phí",
            ["công chức tài chính kế toán"],
        ),
        ("Giao kế toán trường chủ trì lập dự toán", ["kế toán trường"]),
        # counter-examples: a noun naming no one after the opener; no role word (a verb ends the phrase)
        ("Giao nhiệm vụ cho các đơn vị chủ trì", []),
        ("Giao kế toán trường lập dự toán", []),
    ],
)
def test_after_an_opener_a_lower_case_phrase_before_a_role_word_is_the_addressee(
    text: str, expected: list[str]
) -> None:
    """``3. Giao công chức tài chính kế toán phối hợp với công chức Văn phòng – Thống kê tham mưu …`` (seed 000) with
    ``công chức`` left out of the lists: after ``Giao``, the phrase up to the role word (``phối hợp``, ``chủ trì``)
    is the addressee whatever its case; without a role word, a verb may be the task's."""
    from vbparse.extract.assignees import without_heads

    with without_heads("công chức", "Công chức"):
        assert positional(text) == expected


def test_an_unknown_member_of_the_longest_positional_length_keeps_the_list() -> None:
    """A member no list knows of exactly ``DEFAULT_MAX_POSITIONAL_WORDS`` words (``Ủy ban Trung ương Mặt trận Tổ quốc
    Việt Nam``: ten) before ``và`` and the next member is a name: the limit counts the words a name takes, not the
    joiner after it (the list was lost whole).  Counter-example: a phrase longer than the limit is no name."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Ủy ban"):
        got = positional("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội chủ trì")
        assert got == ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "các tổ chức chính trị - xã hội"]
        got = positional("Hội đồng Điều phối Vùng Trung du Miền núi Phía Bắc Việt Nam và các sở, ngành chủ trì")
        assert got == ["Hội đồng Điều phối Vùng Trung du Miền núi Phía Bắc Việt Nam", "các sở, ngành"]
        longer = "Nhóm Công tác Liên ngành Điều phối Vùng Trung du Miền núi Phía Bắc Việt Nam"
        assert positional(longer + " và các sở, ngành chủ trì") == []


def test_an_execution_clause_with_a_member_no_list_knows_keeps_every_addressee() -> None:
    """``Điều 3. Chánh Văn phòng …; Giám đốc Sở Xây dựng; Tập đoàn Hòa Phát; Thủ trưởng các cơ quan … chịu trách
    nhiệm thi hành …`` with ``Tập đoàn`` in no list: the names listed with semicolons before their verb stay one
    sentence (an unknown member never drops the known ones; issue 52, item 4).  Counter-example: a clause with its
    own verb before the semicolon is a sentence of its own."""
    from vbparse import parse_text
    from vbparse.extract.assignees import without_heads

    head = (
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHÚ\nSố: 7/QĐ-UBND\nBình Phú, ngày 05 tháng 01 năm 2026\nQUYẾT ĐỊNH\n"
        "Về việc phê duyệt phương án tuyến đường\nĐiều 1. Phê duyệt phương án.\nĐiều 2. Quyết định có hiệu lực từ ngày ký.\n"
    )
    clause = (
        "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Xây dựng; Tập đoàn Hòa Phát; Thủ trưởng các cơ quan có liên "
        "quan chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    with without_heads("Tập đoàn"):
        doc = parse_text(head + clause)
    got = [o.assignee.raw for o in doc.obligations if o.assignee is not None]
    assert got == [
        "Chánh Văn phòng UBND tỉnh",
        "Giám đốc Sở Xây dựng",
        "Tập đoàn Hòa Phát",
        "Thủ trưởng các cơ quan có liên quan",
    ]
    own = "Điều 3. Sở Xây dựng chủ trì thẩm định hồ sơ; Tập đoàn Hòa Phát phối hợp thực hiện./.\n"
    with without_heads("Tập đoàn"):
        doc = parse_text(head + own)
    pairs = [(o.assignee.raw, o.task[:8].strip()) for o in doc.obligations if o.assignee is not None]
    assert ("Sở Xây dựng", "chủ trì") in pairs and ("Tập đoàn Hòa Phát", "phối hợp") in pairs, pairs


def test_a_trailing_place_does_not_count_toward_an_unknown_members_word_limit() -> None:
    """``Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Nai`` (eleven words) with ``Đoàn`` in no list: the place after
    its level (``tỉnh Đồng Nai``) names where the body is, not which; its words are not counted toward
    ``DEFAULT_MAX_POSITIONAL_WORDS``, so the member and the list stand.  Counter-example: a phrase past the limit
    before any place is no name."""
    from vbparse.extract.assignees import without_heads

    with without_heads("Đoàn"):
        got = positional("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Nai, Hội Nông dân tỉnh chỉ đạo thực hiện")
        assert got == ["Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Nai", "Hội Nông dân tỉnh"]
        longer = "Nhóm Công tác Liên ngành Điều phối Vùng Trung du Miền núi Phía Bắc Việt Nam tỉnh Lào Cai"
        assert positional(longer + " và các sở, ngành chủ trì") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # ``thành`` and ``thị`` for ``thành phố`` and ``thị xã`` in a list of levels: the list's own members
        (
            "Ủy ban nhân dân các huyện, thành, thị chủ động bố trí kinh phí tổ chức hội thi.",
            ["Ủy ban nhân dân các huyện, thành, thị"],
        ),
        ("UBND các huyện, thị có trách nhiệm hướng dẫn các xã lập hồ sơ.", ["UBND các huyện, thị"]),
        ("Phòng Y tế các huyện, thị, thành kiểm tra cơ sở hành nghề.", ["Phòng Y tế các huyện, thị, thành"]),
        (
            "Các sở, ngành, UBND các huyện, thành, thị rà soát danh mục dự án.",
            ["Các sở, ngành", "UBND các huyện, thành, thị"],
        ),
        # counter-examples: a word the short level begins is another word (``thị trấn``, ``thành viên``, ``thành lập``)
        ("UBND các huyện, thị trấn kiểm tra việc thực hiện.", ["UBND các huyện, thị trấn"]),
        ("UBND các huyện, thành viên Ban Chỉ đạo tỉnh kiểm tra việc thực hiện.", ["UBND các huyện"]),
        ("UBND các huyện, thành lập đoàn kiểm tra liên ngành.", ["UBND các huyện"]),
    ],
)
def test_a_level_written_short_in_a_list_of_levels_is_a_member_of_the_list(text: str, expected: list[str]) -> None:
    """Older provincial letters shorten the levels after the first (``các huyện, thành, thị`` for ``các huyện, thành
    phố, thị xã``): a bare ``thành`` or ``thị`` right after a level and its comma is one more level of the list where no
    word goes on it (the list's joiner, the clause's end or its verb follows); ``thành viên``, ``thị trấn``, ``thành
    lập`` are other words."""
    found, _end, _mode = subject(text)
    # (a lower-case name after the list, ``thành viên Ban Chỉ đạo``, is no name of this list's: only the first is pinned)
    assert [text[n.start : n.end] for n in found][: len(expected)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Các thành viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
            ["Các thành viên có tên tại Điều 1"],
        ),
        (
            "Các cá nhân có tên trong danh sách kèm theo Quyết định này có trách nhiệm tham dự đầy đủ.",
            ["Các cá nhân có tên trong danh sách kèm theo Quyết định này"],
        ),
        (
            "Các đơn vị tại Phụ lục II và các cơ quan, tổ chức có liên quan chịu trách nhiệm thi hành Quyết định này.",
            ["Các đơn vị tại Phụ lục II", "các cơ quan, tổ chức có liên quan"],
        ),
        # counter-example: ``tại`` + a place, not where the members are listed, is the sentence's (``tại xã``)
        ("Các thành viên tổ chức kiểm tra tại xã Tân Lập.", ["Các thành viên"]),
    ],
)
def test_where_a_collectives_members_are_listed_is_part_of_its_name(text: str, expected: list[str]) -> None:
    """``các thành viên có tên tại Điều 1``, ``… có tên trong danh sách kèm theo Quyết định này``, ``các đơn vị tại Phụ
    lục II``: the article, appendix or list that names them says which ones; it is the name's, not the task's."""
    found, _end, _mode = subject(text)
    assert [text[n.start : n.end] for n in found] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # ``các`` + a body's head + the levels it stands at: that body in every place of those levels
        ("Đề nghị các Công an tỉnh, thành phố khẩn trương rà soát.", ["các Công an tỉnh, thành phố"]),
        ("Đề nghị các Sở Tài chính tỉnh, thành phố khẩn trương rà soát.", ["các Sở Tài chính tỉnh, thành phố"]),
        ("Đề nghị các Thuế tỉnh, thành phố khẩn trương rà soát.", ["các Thuế tỉnh, thành phố"]),
        # counter-example: a comma and a body after the place is the next name
        (
            "Đề nghị các Sở Tài chính tỉnh, Kho bạc Nhà nước tỉnh rà soát.",
            ["các Sở Tài chính tỉnh", "Kho bạc Nhà nước tỉnh"],
        ),
    ],
)
def test_a_plural_body_at_a_list_of_levels_is_one_name(text: str, expected: list[str]) -> None:
    """``các Công an tỉnh, thành phố``: the body of each province and city, one collective, as ``Công an các tỉnh,
    thành phố`` is; a proper name after ``các Sở`` does not close the levels that follow it."""
    found, _end, _mode = subject(text)
    assert [text[n.start : n.end] for n in found] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Chánh Văn phòng Sở và các ông/bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
            ["Chánh Văn phòng Sở", "các ông/bà có tên tại Điều 1"],
        ),
        (
            "Các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
            ["Các ông (bà) có tên tại Điều 1"],
        ),
        ("Ông (bà) có tên tại Điều 2 chịu trách nhiệm thi hành Quyết định này.", ["Ông (bà) có tên tại Điều 2"]),
        # whatever their noun (``sinh viên``, ``học viên``): the list says who they are, apart from the list before
        (
            (
                "Trưởng phòng Đào tạo, Trưởng các khoa và các sinh viên có tên tại Điều 1 chịu trách nhiệm thi hành "
                "Quyết định này."
            ),
            ["Trưởng phòng Đào tạo", "Trưởng các khoa", "các sinh viên có tên tại Điều 1"],
        ),
        (
            (
                "Thủ trưởng các phòng và các học viên có tên trong danh sách kèm theo Quyết định này chịu trách nhiệm thi "
                "hành Quyết định này."
            ),
            ["Thủ trưởng các phòng", "các học viên có tên trong danh sách kèm theo Quyết định này"],
        ),
        # counter-example: a person named after the honorific is that person
        ("Ông Nguyễn Văn An chịu trách nhiệm thi hành Quyết định này.", ["Ông Nguyễn Văn An"]),
    ],
)
def test_the_persons_an_article_lists_are_addressed_as_a_collective(text: str, expected: list[str]) -> None:
    """``các ông/bà``, ``ông (bà)``, ``các ông, bà`` + where they are listed (``có tên tại Điều 1``): the persons a
    decision appoints, one assignee of its execution clause."""
    found, _end, _mode = subject(text)
    assert [text[n.start : n.end] for n in found] == expected


def test_the_persons_addressed_before_a_colon_are_the_posts_listed_after_it() -> None:
    """Counter-example: ``Các Ông (Bà): Chánh Văn phòng Bộ; Vụ trưởng …`` addresses the posts it lists, no persons."""
    text = (
        "BỘ Y TẾ\nSố: 12/QĐ-BYT\nHà Nội, ngày 02 tháng 3 năm 2025\nQUYẾT ĐỊNH\nVề việc ban hành quy trình\n"
        "Điều 1. Ban hành quy trình kèm theo Quyết định này.\n"
        "Điều 2. Các Ông (Bà): Chánh Văn phòng Bộ; Vụ trưởng Vụ Pháp chế chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    assert [o.assignee.raw for o in parse(text).obligations] == ["Chánh Văn phòng Bộ", "Vụ trưởng Vụ Pháp chế"]


@pytest.mark.parametrize(
    "head,text,expected",
    [
        ("Giám đốc", "Giám đốc các sở kiểm tra việc thực hiện.", ["Giám đốc các sở"]),
        ("Hiệu trưởng", "Hiệu trưởng các trường học rà soát danh sách học sinh.", ["Hiệu trưởng các trường học"]),
        ("Bí thư", "Bí thư các chi bộ quán triệt nghị quyết đến đảng viên.", ["Bí thư các chi bộ"]),
    ],
)
def test_a_post_no_list_knows_of_a_listed_collective_is_a_subject_before_its_verb(
    head: str, text: str, expected: list[str]
) -> None:
    """``<post> các <collective>`` (``Giám đốc các sở``) names the post in each member, whatever the post's word: read
    by where it stands, without the head in the lexicon."""
    from vbparse.extract.assignees import without_heads

    with without_heads(head):
        assert positional(text) == expected


def test_a_thing_of_a_listed_collective_is_no_post() -> None:
    """Counter-example: a noun naming no one before ``các`` + a collective (``Kinh phí các sở``) is no subject."""
    assert positional("Kinh phí các sở bố trí theo quy định.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object's number closes it as a proper name does (``khu phố 4``, ``trạm bơm số 2``)
        ("Ban điều hành khu phố 4 rà soát danh sách hộ nghèo", ["Ban điều hành khu phố 4"]),
        ("Tổ vận hành trạm bơm số 2 lập lịch bơm nước", ["Tổ vận hành trạm bơm số 2"]),
        # and then a comma and the list's next name
        (
            "phối hợp với Ban điều hành khu phố 4, Đoàn Thanh niên phường tổ chức thực hiện",
            ["Ban điều hành khu phố 4", "Đoàn Thanh niên phường"],
        ),
        (
            "Ban quản lý chợ, Đội Quản lý trật tự đô thị kiểm tra hàng hóa",
            ["Ban quản lý chợ", "Đội Quản lý trật tự đô thị"],
        ),
        # counter-example: a verb that puts others to work
        ("Ban hướng dẫn các thôn, Sở Y tế tổ chức hội nghị", ["Ban", "các thôn", "Sở Y tế"]),
    ],
)
def test_a_committee_s_object_with_its_number_or_before_the_next_name_stays_in_its_name(
    text: str, expected: list[str]
) -> None:
    """``Ban điều hành khu phố 4`` (issue 52, eighth twin of T3): the object's number ended the committee's name at
    ``Ban``; so did a comma before the list's next name."""
    assert _names_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second function in lower case after ``và``, up to the role word or the heading's colon
        (
            "Phòng Quản lý thu và phát triển người tham gia chủ trì đối soát danh sách",
            ["Phòng Quản lý thu và phát triển người tham gia"],
        ),
        (
            "Trưởng phòng Quản lý nước và công trình có trách nhiệm lập lịch tưới",
            ["Trưởng phòng Quản lý nước và công trình"],
        ),
        ("Đội Kiểm tra hàng hóa và thu phí cảng có trách nhiệm:", ["Đội Kiểm tra hàng hóa và thu phí cảng"]),
        # counters: a second body (a determiner, a head, a capital), a name closed by its level, a verb after the name
        ("Phòng Quản lý đô thị và các xã chủ trì rà soát", ["Phòng Quản lý đô thị", "các xã"]),
        ("Trung tâm Dịch vụ nông nghiệp huyện và phát triển thêm vùng trồng", ["Trung tâm Dịch vụ nông nghiệp huyện"]),
        ("Phòng Quản lý thu kiểm tra và phát triển người tham gia mới", ["Phòng Quản lý thu"]),
    ],
)
def test_a_second_function_in_lower_case_after_va_up_to_the_role_word_is_the_name_s(
    text: str, expected: list[str]
) -> None:
    """``Phòng Quản lý thu`` + ``và phát triển người tham gia`` + ``chủ trì``: no subject is followed by ``và`` and a verb
    of its own; the words after ``và`` up to the role word (or a heading's colon) are the unit's second function, as
    ``Trung tâm Quản lý và khai thác …`` is read.  A task verb after the name, or a level closing it, ends it first."""
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tổ Hỗ trợ người nộp thuế có trách nhiệm giải đáp vướng mắc", ["Tổ Hỗ trợ người nộp thuế"]),
        ("Người phụ trách phục trang chuẩn bị trang phục biểu diễn", ["Người phụ trách phục trang"]),
        ("Phòng Quản lý người sử dụng lao động chủ trì đối chiếu", ["Phòng Quản lý người sử dụng lao động"]),
        # counter: the verb after ``người dân`` is the sentence's
        ("Ban Vận động người dân tham gia bảo hiểm", ["Ban Vận động người dân"]),
    ],
)
def test_a_verb_right_after_nguoi_is_a_noun_of_who_does_it_not_the_sentence_s_verb(
    text: str, expected: list[str]
) -> None:
    """``người`` + a verb names who does it (``người nộp thuế``, ``người tham gia``, ``người phụ trách``): a name goes
    on over it to its own end, as over ``công trình`` (a noun ending in a verb)."""
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hạt trưởng các Hạt Kiểm lâm: Khe Lim, Nậm Pàn chịu trách nhiệm thi hành Quyết định này",
            ["Hạt trưởng Hạt Kiểm lâm Khe Lim", "Hạt trưởng Hạt Kiểm lâm Nậm Pàn"],
        ),
        (
            (
                "Chánh Văn phòng UBND tỉnh; Trạm trưởng các Trạm Thú y: Đông Sơn, liên xã Bắc Hà - Nam Hà; Chủ tịch UBND "
                "các xã chịu trách nhiệm thi hành Quyết định này"
            ),
            [
                "Chánh Văn phòng Ủy ban nhân dân tỉnh Khánh Hòa",  # the alias table's spelling, the home province
                "Trạm trưởng Trạm Thú y Đông Sơn",
                "Trạm trưởng Trạm Thú y liên xã Bắc Hà - Nam Hà",
                "Chủ tịch UBND các xã",
            ],
        ),
    ],
)
def test_a_post_of_units_no_list_knows_goes_on_each_unit_listed_after_its_colon(text: str, expected: list[str]) -> None:
    """``Hạt trưởng các Hạt Kiểm lâm: A, B, liên huyện C - D`` in an execution clause: a post made with ``trưởng`` over
    the units of a head no list knows, written with its capital, is each unit's post, as ``Giám đốc các Sở: …`` is;
    a member may open with its level (``liên huyện``)."""
    from test_rules import HEADER

    doc = parse(text=HEADER + f"Điều 3. {text}./.\n")
    assert [o.assignee.canonical for o in doc.obligations if o.role == "lead"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phòng Tài chính - Kế toán tạm ứng tiền mặt cho các điểm chi trả", ["Phòng Tài chính - Kế toán"]),
        ("Bộ phận Hành chính - Văn thư rà soát hồ sơ gốc", ["Bộ phận Hành chính - Văn thư"]),
    ],
)
def test_a_staff_noun_after_a_unit_s_dash_is_the_unit_s_second_field(text: str, expected: list[str]) -> None:
    """``Phòng Tài chính - Kế toán``: after a unit's dash, a staff noun the lists know as a post (``Kế toán``, ``Văn
    thư``) is the unit's second field, as ``Kế hoạch`` of ``Phòng Tài chính - Kế hoạch`` is."""
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Các hợp tác xã và Công ty TNHH Đông Phong chủ trì thu gom rơm rạ",
            ["Các hợp tác xã", "Công ty TNHH Đông Phong"],
        ),
        (
            "Các doanh nghiệp kinh doanh kho bãi và Công ty Cổ phần Cảng cạn Tây Sơn có trách nhiệm lắp camera",
            ["Các doanh nghiệp kinh doanh kho bãi", "Công ty Cổ phần Cảng cạn Tây Sơn"],
        ),
        (
            "Các sở, ban, ngành, Hội Nông dân tỉnh chủ trì tuyên truyền",
            ["Các sở, ban, ngành", "Hội Nông dân tỉnh"],
        ),
        # counter-example: a list's nouns in lower case after ``và`` are still its own
        ("Các sở, ban và ngành chủ trì tuyên truyền", ["Các sở, ban và ngành"]),
    ],
)
def test_a_body_s_own_name_after_a_collective_s_va_is_a_second_assignee(text, expected):
    """Eleventh twin of A5: ``Các doanh nghiệp … và Công ty Cổ phần …``: a collective's noun in capitals followed by a
    name in capitals (``Công ty`` + ``TNHH Đông Phong``, a noun of two words) opens a body's own name, no member of the
    collective's list."""
    assert _names_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hải đội trưởng Hải đội Biên phòng 2, Giám đốc Sở Y tế chỉ đạo kiểm soát tàu cá",
            ["Hải đội trưởng Hải đội Biên phòng 2", "Giám đốc Sở Y tế"],
        ),
        ("Tiểu đoàn trưởng Tiểu đoàn 3 chỉ huy diễn tập", ["Tiểu đoàn trưởng Tiểu đoàn 3"]),
        ("Khẩu đội trưởng Khẩu đội Pháo cao xạ số 1 kiểm tra vũ khí", ["Khẩu đội trưởng Khẩu đội Pháo cao xạ số 1"]),
        # counter-example: no unit of the same name after ``trưởng``
        ("Phân đội trưởng phải có mặt tại vị trí", []),
    ],
)
def test_a_unit_s_chief_named_unit_plus_truong_over_that_unit_is_a_post(text, expected):
    """Eleventh twin of A2: ``Hải đội trưởng Hải đội Biên phòng 2`` (a unit no list knows, its chief named by the
    unit's noun and ``trưởng``, the unit's own name after it): one post, whatever the unit."""
    assert _names_of(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # verbs that open tasks of the gold (``thảo luận``, ``hiệp thương``, ``điều động``) end a name no list knows
        ("Ban quản lý chợ Bình Yên thảo luận với các tiểu thương", ["Ban quản lý chợ Bình Yên"]),
        ("Phòng Điều hành bay điều động tàu bay dự phòng", ["Phòng Điều hành bay"]),
        ("Tổ công tác liên ngành thảo luận, thống nhất phương án", ["Tổ công tác liên ngành"]),
        ("Ban vận động khu phố hiệp thương giới thiệu người ứng cử", ["Ban vận động khu phố"]),
        ("Đội xung kích khuyến khích các hộ nuôi cá lồng", ["Đội xung kích"]),
        ("Chi cục Thủy sản cấp mã số nhận diện cho từng cơ sở", ["Chi cục Thủy sản"]),
        ("Đội Tổng hợp trích xuất dữ liệu tờ khai nhập khẩu", ["Đội Tổng hợp"]),
        # counter-example: ``thi hành án`` is the field a body is named by, no verb
        ("Cơ quan thi hành án dân sự huyện Mỹ Lợi có trách nhiệm", ["Cơ quan thi hành án dân sự huyện Mỹ Lợi"]),
    ],
)
def test_a_task_verb_of_the_gold_ends_a_name_and_thi_hanh_an_stays_a_field(text, expected):
    """Verbs that open tasks read by hand (``thảo luận``, ``khuyến khích``, ``hiệp thương`` …, counted over the gold's
    first words and absent from the lists) end the name before them; ``thi hành án`` stays a body's field."""
    assert _names_of(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a commune no gazetteer knows, its name opening with a word that heads bodies (``Bản``, ``Đội``)
        ("Ủy ban nhân dân xã Bản Viết chủ trì kiểm tra", ["Ủy ban nhân dân xã Bản Viết"]),
        ("Công an xã Đội Lâm, Hội Nông dân xã phối hợp", ["Công an xã Đội Lâm", "Hội Nông dân xã"]),
        ("Trạm Thủy sản khu vực Bản Viết", ["Trạm Thủy sản khu vực Bản Viết"]),
        # counter-example: a body's name capitalises a word's first syllable only: the next name
        ("Ủy ban nhân dân tỉnh Sở Y tế", ["Ủy ban nhân dân tỉnh", "Sở Y tế"]),
    ],
)
def test_a_place_s_own_name_in_title_case_after_its_level_stays_the_name_s(text, expected):
    """Fifteenth twin of TAB-THUCHIEN: ``Ủy ban nhân dân xã Bản Viết``: every word of an invented commune's name
    capitalised after its level, though ``Bản`` heads bodies and the gazetteer knows no such place."""
    assert _names_of(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a unit's chief named by the unit and the body it is of: one post
        (
            "Trưởng phòng Cảnh sát giao thông Công an tỉnh bảo đảm an toàn",
            ["Trưởng phòng Cảnh sát giao thông Công an tỉnh"],
        ),
        # a collective where it is, twice: one name
        ("Các tổ hòa giải ở thôn, tổ dân phố báo cáo số vụ việc", ["Các tổ hòa giải ở thôn, tổ dân phố"]),
        # a field's pair a comma joins (``COMMA_COMPOUNDS``)
        ("Các trung tâm ngoại ngữ, tin học công khai học phí", ["Các trung tâm ngoại ngữ, tin học"]),
        # counter-example: a post and a body of its own after its comma
        ("Trưởng phòng Tư pháp, Công an tỉnh phối hợp", ["Trưởng phòng Tư pháp", "Công an tỉnh"]),
    ],
)
def test_a_unit_s_chief_keeps_the_body_it_is_of_and_a_collective_its_second_place(text, expected):
    """Fifteenth twins of A2 and A3: ``Trưởng phòng Cảnh sát giao thông Công an tỉnh`` (the chief of a unit of the
    police is one post, as ``Phòng Cảnh sát giao thông Công an tỉnh`` is one unit) and ``Các tổ hòa giải ở thôn, tổ
    dân phố`` (where they are, named twice after ``ở``)."""
    assert _names_of(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a member after ``và`` that opens with a thing's noun (``hệ thống``) drops no partner before it
        (
            "cơ quan báo chí và hệ thống truyền thông đưa tin kịp thời về tiến độ.",
            ["cơ quan báo chí"],
        ),
        ("các hội đoàn thể, hệ thống loa truyền thanh vận động người dân tham gia.", ["các hội đoàn thể"]),
        # counter-example: a first part naming no one gives no partners
        ("hệ thống truyền thông và cơ quan báo chí đưa tin kịp thời.", []),
    ],
)
def test_an_unknown_member_drops_no_partner_before_it(text: str, expected: list[str]) -> None:
    """Issue 52: an unknown member never drops the known members of a list (goldsets: ``Phối hợp cơ quan báo chí và
    hệ thống truyền thông …`` lost both)."""
    from vbparse.extract.assignees import positional_partners

    assert [text[n.start : n.end] for n in positional_partners(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # twenty-sixth twins of A1: the second field after ``và`` is a process noun, no body of the city
        (
            "Quỹ Khuyến học và Xã hội hóa giáo dục thành phố trao tặng học bổng cho học sinh.",
            ["Quỹ Khuyến học và Xã hội hóa giáo dục thành phố"],
        ),
        (
            "Trung tâm Dữ liệu và Số hóa tài liệu tỉnh rà soát hồ sơ lưu trữ.",
            ["Trung tâm Dữ liệu và Số hóa tài liệu tỉnh"],
        ),
        # counter-example: another body after ``và`` is another assignee
        (
            "Quỹ Khuyến học và Hội Chữ thập đỏ thành phố trao tặng học bổng cho học sinh.",
            ["Quỹ Khuyến học", "Hội Chữ thập đỏ thành phố"],
        ),
    ],
)
def test_a_process_noun_after_va_is_a_field_of_the_name_not_another_body(text: str, expected: list[str]) -> None:
    """``Xã hội hóa``, ``Số hóa``: a word made a process by ``hóa`` names what is done, never who does it; after a
    name's ``và`` it is the name's next field, not a body of the place that follows (``thành phố``)."""
    assert _subject_texts(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Quỹ Khuyến học và Xã hội hóa giáo dục thành phố trao 120 suất học bổng học nghề.",
            ["Quỹ Khuyến học và Xã hội hóa giáo dục thành phố"],
        ),
        (
            "Quỹ Khuyến học và Xã hội hóa giáo dục thị xã trao 45 phần quà cho học sinh.",
            ["Quỹ Khuyến học và Xã hội hóa giáo dục thị xã"],
        ),
    ],
)
def test_a_place_s_level_closing_a_long_name_by_where_it_stands_counts_as_one_word(
    text: str, expected: list[str]
) -> None:
    """A subject no list knows is read up to ``DEFAULT_MAX_POSITIONAL_WORDS`` words; the level closing it (``thành
    phố``, ``thị xã``) says where the body is and is counted as one word, and ``trao`` before a count of what is
    given (``trao 120 suất``) is its predicate (twenty-sixth twins of A1)."""
    assert _subject_texts(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # twenty-seventh twins of A5: a unit and the body that owns it after ``trực thuộc``, one assignee
        (
            (
                "Nhà hát Nghệ thuật truyền thống tỉnh và các Đội Thông tin lưu động trực thuộc Trung tâm Văn hóa tỉnh "
                "có trách nhiệm:"
            ),
            ["Nhà hát Nghệ thuật truyền thống tỉnh", "các Đội Thông tin lưu động trực thuộc Trung tâm Văn hóa tỉnh"],
        ),
        (
            "Đội Kiểm tra liên ngành trực thuộc Ban Chỉ đạo 389 huyện kiểm tra các cửa hàng xăng dầu.",
            ["Đội Kiểm tra liên ngành trực thuộc Ban Chỉ đạo 389 huyện"],
        ),
        # counter-example: ``thuộc`` before no body (a field's word) keeps the names apart
        (
            "Trung tâm Y tế huyện và Phòng Y tế huyện kiểm tra các cơ sở thuộc diện quản lý.",
            ["Trung tâm Y tế huyện", "Phòng Y tế huyện"],
        ),
    ],
)
def test_a_unit_and_the_body_that_owns_it_after_truc_thuoc_are_one_name(text: str, expected: list[str]) -> None:
    """``X trực thuộc Y``: Y says whose unit X is; the name runs through it, whatever X's head, and the owner's words
    are no part of the words a name read by where it stands may have."""
    assert _subject_texts(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Chủ tịch Ủy ban nhân dân xã: Tân Lập, Hòa Bình chịu trách nhiệm thi hành Quyết định này.",
            ["Chủ tịch Ủy ban nhân dân xã Tân Lập", "Chủ tịch Ủy ban nhân dân xã Hòa Bình"],
        ),
        (
            "Chánh Văn phòng; Giám đốc Bảo hiểm xã hội cơ sở: Hòa Lạc, Đông Phong, Ba Khe chịu trách nhiệm thi hành.",
            [
                None,
                "Giám đốc Bảo hiểm xã hội cơ sở Hòa Lạc",
                "Giám đốc Bảo hiểm xã hội cơ sở Đông Phong",
                "Giám đốc Bảo hiểm xã hội cơ sở Ba Khe",
            ],
        ),
        # the count is the list's: ``Ủy ban nhân dân 04 xã: …`` names each commune's committee
        (
            "Ủy ban nhân dân 03 xã: Gia Thuận, Tân Điền và Tân Phú Đông thành lập khu bảo vệ nguồn lợi thủy sản.",
            [
                "Ủy ban nhân dân xã Gia Thuận",
                "Ủy ban nhân dân xã Tân Điền",
                "Ủy ban nhân dân xã Tân Phú Đông",
            ],
        ),
        # counter-example: a roster's one person after a post's colon is no list of places
        ("Chủ tịch Ủy ban nhân dân huyện: Ông Nguyễn Văn An chủ trì.", None),
    ],
)
def test_a_body_of_one_level_before_a_colon_and_its_places_names_each_place_s_body(text, expected) -> None:
    """Twenty-seventh twins of R1 (and a real plan of the wild sample): ``Chủ tịch Ủy ban nhân dân xã: A, B`` names the
    chair of each commune as ``… các xã: A, B`` does; two places or more."""
    from vbparse.extract.obligation_names import find_subject

    found = find_subject(text)
    got = [n.canonical for n in found[0]] if found else None
    if expected is None:
        assert got is None or not any(c and "Nguyễn" in c for c in got), got
        return
    assert got == expected, got


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Văn phòng đại diện Trung tâm Dịch vụ việc làm tỉnh tại huyện Mỹ Chánh mở điểm tư vấn việc làm.",
            ["Văn phòng đại diện Trung tâm Dịch vụ việc làm tỉnh tại huyện Mỹ Chánh"],
        ),
        (
            "Văn phòng đại diện Trung tâm Xúc tiến Đầu tư tỉnh tổ chức hội nghị kết nối doanh nghiệp.",
            ["Văn phòng đại diện Trung tâm Xúc tiến Đầu tư tỉnh"],
        ),
        # counter-example: a comma parts the office and the centre, two names
        (
            "Văn phòng đại diện, Trung tâm Dịch vụ việc làm tỉnh mở điểm tư vấn việc làm.",
            ["Văn phòng đại diện", "Trung tâm Dịch vụ việc làm tỉnh"],
        ),
    ],
)
def test_a_representative_office_runs_on_into_the_body_it_represents(text: str, expected: list[str]) -> None:
    """Twenty-seventh twins of A1: ``Văn phòng đại diện`` is always some body's, named right after it, whatever that
    body's head (``Trung tâm`` had begun a second name)."""
    assert _subject_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trưởng đoàn thanh tra báo cáo kết quả thanh tra với Chánh Thanh tra tỉnh.", ["Trưởng đoàn thanh tra"]),
        ("Trưởng đoàn thanh tra liên ngành ký biên bản.", ["Trưởng đoàn thanh tra liên ngành"]),
        ("Hội đồng tư vấn chuyên ngành thẩm định hồ sơ.", ["Hội đồng tư vấn chuyên ngành"]),
        # counter-example: the ordinary phrase itself is still no head (``Phòng, chống`` …)
        ("Phòng, chống dịch bệnh cho đàn gia súc là nhiệm vụ trọng tâm.", None),
    ],
)
def test_a_head_s_next_word_is_no_ordinary_phrase_of_another_head_word(text: str, expected: list[str] | None) -> None:
    """Twenty-seventh twins of F1: ``Trưởng đoàn`` + ``thanh`` was turned away as ``trưởng thành`` and ``Hội đồng``
    + ``tư`` as ``hội tụ`` (the phrase's second word put after the whole head, tones folded), so no subject was read."""
    assert _subject_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chủ các mỏ cát chuẩn bị đầy đủ hồ sơ pháp lý.", ["Chủ các mỏ cát"]),
        ("Chủ hộ kinh doanh niêm yết giá bán lẻ.", ["Chủ hộ kinh doanh"]),
        ("Chủ các tàu cá đăng ký lại giấy phép khai thác.", ["Chủ các tàu cá"]),
        ("Chủ rừng thực hiện các biện pháp phòng cháy.", ["Chủ rừng"]),
        # counter-examples: ``chủ`` opening a word of its own is no owner
        ("Chủ đề cuộc thi tập trung vào bảo vệ môi trường.", None),
        ("Chủ thể thành lập hộ kinh doanh ghi rõ họ tên.", None),
    ],
)
def test_an_owner_by_what_they_own_is_a_subject(text: str, expected: list[str] | None) -> None:
    """Twenty-seventh twins of F1: ``Chủ`` + what is owned (a set after ``các`` or not) is who a plan gives the duty
    of it, whatever is owned (a list had known ``chủ cơ sở``, ``chủ phương tiện`` only)."""
    assert _subject_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nhân viên quân y khám sức khỏe đầu vào cho học viên.", ["Nhân viên quân y"]),
        ("Kỹ thuật viên công nghệ thông tin chạy thử đường truyền.", ["Kỹ thuật viên công nghệ thông tin"]),
        # counter-examples: a clinic's noun holds ``khám``, no verb
        ("Phòng khám đa khoa khu vực Hòa Bình báo cáo số ca mắc.", ["Phòng khám đa khoa khu vực Hòa Bình"]),
        ("Các phòng khám tư nhân báo cáo số ca mắc.", ["Các phòng khám tư nhân"]),
    ],
)
def test_examining_and_test_running_are_verbs_after_a_staff_member(text: str, expected: list[str]) -> None:
    """Twenty-eighth twins of A2: ``khám`` with its object (``khám sức khỏe``) and ``chạy thử`` end a staff member's
    post (the post had run over them, or lost its field); ``phòng khám`` is a clinic, ``khám`` alone no verb."""
    assert _subject_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Các thành viên Hội đồng, trừ Chủ tịch Hội đồng, nghiên cứu hồ sơ.", ["Các thành viên Hội đồng"]),
        ("Sở Y tế, Sở Tài chính, ngoại trừ Kho bạc Nhà nước tỉnh, rà soát số liệu.", ["Sở Y tế", "Sở Tài chính"]),
        # counter-example: a list without an exception keeps every member
        (
            "Sở Y tế, Sở Tài chính, Kho bạc Nhà nước tỉnh rà soát số liệu.",
            ["Sở Y tế", "Sở Tài chính", "Kho bạc Nhà nước tỉnh"],
        ),
    ],
)
def test_who_a_list_of_subjects_leaves_out_is_none_of_them(text: str, expected: list[str]) -> None:
    """Twenty-eighth twin of F1: ``, trừ Chủ tịch Hội đồng,`` before the verb says who is left out; the post named
    there had become a subject of its own."""
    assert _subject_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trung tâm Quốc gia về Dịch vụ việc làm tổ chức 12 phiên giao dịch.",
            ["Trung tâm Quốc gia về Dịch vụ việc làm"],
        ),
        (
            "Ủy ban Quốc gia về Người cao tuổi Việt Nam tổ chức hội nghị.",
            ["Ủy ban Quốc gia về Người cao tuổi Việt Nam"],
        ),
        ("Viện Nghiên cứu về Phát triển bền vững tổ chức hội thảo.", ["Viện Nghiên cứu về Phát triển bền vững"]),
        # counter-examples: sent to a body, or ``về`` a verb (come)
        ("Sở Y tế gửi báo cáo về Ủy ban nhân dân tỉnh.", ["Sở Y tế"]),
        ("Đoàn công tác của Sở Y tế về làm việc tại huyện.", ["Đoàn công tác của Sở Y tế"]),
    ],
)
def test_ve_and_a_field_in_capitals_inside_a_name_goes_on_with_it(text: str, expected: list[str]) -> None:
    """Twenty-eighth twin of A1: ``Trung tâm Quốc gia về Dịch vụ việc làm``: ``về`` after a capitalised word of a name
    and before a field in capitals says what the body is about, a word of its name (the name had ended at ``về``)."""
    assert _subject_texts(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the lower-case field, then ``và`` + a capitalised field that no head opens: one division
        (
            "Phòng Chính trị, tư tưởng và Công tác học sinh xây dựng bộ quy tắc ứng xử.",
            ["Phòng Chính trị, tư tưởng và Công tác học sinh"],
        ),
        (
            "Phòng Tổ chức, hành chính và Quản trị nhân sự lập danh sách.",
            ["Phòng Tổ chức, hành chính và Quản trị nhân sự"],
        ),
        ("Phòng Chính trị, tư tưởng và Công tác học sinh", ["Phòng Chính trị, tư tưởng và Công tác học sinh"]),
        # counter-examples: a head after ``và`` opens the next body; the field before it stays the first one's
        (
            "Phòng Văn hóa, thông tin và Trung tâm Y tế huyện lập danh sách.",
            ["Phòng Văn hóa, thông tin", "Trung tâm Y tế huyện"],
        ),
        ("Phòng Tổ chức, hành chính và Công an xã lập danh sách.", ["Phòng Tổ chức, hành chính", "Công an xã"]),
        ("Phòng Kế hoạch, tài chính và Văn phòng Sở lập dự toán.", ["Phòng Kế hoạch, tài chính", "Văn phòng Sở"]),
    ],
)
def test_a_lower_case_field_after_a_name_s_comma_runs_on_through_va(text: str, expected: list[str]) -> None:
    """A division's portfolio written in sentence case (``Phòng Chính trị`` + ``, tư tưởng`` + ``và Công tác học
    sinh``): the lower-case words after the comma are no body (no head opens them), so they are the name's next field;
    after ``và`` capitalised words that no head opens are its last field, a head the next body (twenty-eighth twins of
    TAB-SUBHEADER)."""
    assert _subject_texts(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a rank after a collective, its next rank after a comma or ``và``: one collective of both ranks
        ("Các bệnh viện hạng I, hạng II rà soát danh mục thuốc.", ["Các bệnh viện hạng I, hạng II"]),
        (
            "Ban quản lý các chợ hạng 1, hạng 2 trang bị bổ sung bình chữa cháy.",
            ["Ban quản lý các chợ hạng 1, hạng 2"],
        ),
        ("Ban quản lý các chợ hạng 1 và hạng 2 kiểm tra hệ thống điện.", ["Ban quản lý các chợ hạng 1 và hạng 2"]),
        (
            "Các cơ sở giáo dục nghề nghiệp nhóm 1, nhóm 2 và nhóm 3 báo cáo tuyển sinh.",
            ["Các cơ sở giáo dục nghề nghiệp nhóm 1, nhóm 2 và nhóm 3"],
        ),
        # counter-examples: a body after the comma, a rank of another word
        ("Các bệnh viện hạng I, Sở Y tế rà soát danh mục thuốc.", ["Các bệnh viện hạng I", "Sở Y tế"]),
        (
            "Các bệnh viện hạng I, Trung tâm Y tế hạng II rà soát danh mục thuốc.",
            ["Các bệnh viện hạng I", "Trung tâm Y tế hạng II"],
        ),
    ],
)
def test_a_rank_list_closes_one_collective(text: str, expected: list[str]) -> None:
    """A rank after a collective (``hạng I``, ``nhóm 1``) and its next ranks after a comma or ``và`` (``, hạng II``):
    the bodies of each rank, one collective, as a level's grades are (``cấp tỉnh, cấp xã``); another word or a body
    after the comma is the next name (twenty-eighth twins of WRAP)."""
    assert _subject_texts(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an airport, a port authority, a fishing port: bodies by their head, each ending a list's member
        (
            "Phòng Quản lý du lịch và Cảng hàng không Hải Lạc đón đoàn khách.",
            ["Phòng Quản lý du lịch", "Cảng hàng không Hải Lạc"],
        ),
        ("Cảng vụ Hàng hải Quy Nhơn kiểm tra tàu thuyền neo đậu.", ["Cảng vụ Hàng hải Quy Nhơn"]),
        (
            "Ban Quản lý Cảng cá Sông Đốc và Đồn Biên phòng Sông Đốc kiểm tra tàu cá.",
            ["Ban Quản lý Cảng cá Sông Đốc", "Đồn Biên phòng Sông Đốc"],
        ),
        # counter-examples: a port after ``tại`` is where the task is done; ``Cảng cá`` a division's field
        ("Phòng Quản lý tàu cá và Cảng cá rà soát hồ sơ.", ["Phòng Quản lý tàu cá và Cảng cá"]),
        ("Sở Y tế kiểm tra kiểm dịch tại Cảng hàng không Hải Lạc.", ["Sở Y tế"]),
    ],
)
def test_a_port_or_an_airport_is_a_body_by_its_head(text: str, expected: list[str]) -> None:
    """``Cảng hàng không``, ``Cảng vụ``: bodies (an airport, a port authority) whose head
    no list held, so ``và`` before one had joined it to the name before (twenty-ninth twins of R2)."""
    assert _subject_texts(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a capitalised plural of a committee's head, named for its function and object before the sentence's verb
        ("Các Đội quản lý thị trường kiểm tra hàng hóa nhập lậu.", ["Các Đội quản lý thị trường"]),
        ("Trưởng các Đội quản lý bến thuyền có trách nhiệm kiểm tra áo phao.", ["Trưởng các Đội quản lý bến thuyền"]),
        ("Các ban quản lý chợ kiểm tra hệ thống phòng cháy.", ["Các ban quản lý chợ"]),
        # counter-example: the plural's own verb after it, its object no name's
        ("Các Đội kiểm tra hàng hóa nhập lậu trên tuyến biên giới.", ["Các Đội"]),
    ],
)
def test_a_plural_committee_named_for_its_function_keeps_it(text: str, expected: list[str]) -> None:
    """``Các Đội`` + ``quản lý thị trường`` + ``kiểm tra …``: the function and its object name the committees, as they
    name one (``Đội quản lý trật tự đô thị``); the next verb is the sentence's (twenty-ninth twins of T2)."""
    assert _subject_texts(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Các bưu điện huyện phổ biến phong trào đến từng bưu cục.", ["Các bưu điện huyện"]),
        ("Các bưu điện văn hóa xã mở cửa phục vụ người dân.", ["Các bưu điện văn hóa xã"]),
        # counter-example: the post as the way a thing is sent, no body acting
        ("Sở Y tế gửi hồ sơ qua bưu điện cho các xã.", ["Sở Y tế"]),
    ],
)
def test_post_offices_in_lower_case_after_cac_are_a_collective(text: str, expected: list[str]) -> None:
    """``các bưu điện huyện``: a body's head written in lower case after ``các`` (``LOWER_CASE_HEAD_NOUNS``), as
    ``các trạm y tế xã`` is (twenty-ninth twins of L1)."""
    assert _subject_texts(text) == expected
