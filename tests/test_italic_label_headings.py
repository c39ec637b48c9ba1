"""A numbered heading printed in italics by underscores or single asterisks, its marks around the whole heading
(``_1.2. Trung tâm Cấp cứu 115 tỉnh_``, ``*1.2. …*``), or its label alone on the line above (``_1.2.`` / ``Trung tâm …
- đầu mối …_``): the heading names the unit over its bullets, its marks no part of the name (twenty-fourth twin of
S6).  An underscore inside words or a form's blank (``Số: ____/KH``) is no mark."""

from test_rules import rows

from vbparse.chars import emphasis_mark_runs


def _doc(heading: str) -> str:
    return (
        "1.1. Bệnh viện Đa khoa tỉnh\n\n- Bố trí 20 giường hồi sức.\n\n"
        + heading
        + "\n\n- Duy trì 04 kíp trực cấp cứu.\n\n1.3. Phòng Nghiệp vụ Y\n\n- Kiểm tra quy trình cấp cứu.\n"
    )


EXPECTED = [
    ("Bệnh viện Đa khoa tỉnh", "Bố trí 20 giường hồi sức."),
    ("Trung tâm Cấp cứu 115 tỉnh", "Duy trì 04 kíp trực cấp cứu."),
    ("Phòng Nghiệp vụ Y", "Kiểm tra quy trình cấp cứu."),
]


def test_a_heading_in_underscore_italics_names_its_unit():
    assert rows(_doc("_1.2. Trung tâm Cấp cứu 115 tỉnh_"), "assignee", "task") == EXPECTED


def test_a_heading_in_single_asterisks_names_its_unit():
    assert rows(_doc("*1.2. Trung tâm Cấp cứu 115 tỉnh*"), "assignee", "task") == EXPECTED


def test_a_label_alone_in_italics_goes_on_into_its_heading():
    heading = "_1.2.\nTrung tâm Cấp cứu 115 tỉnh - đầu mối điều phối cấp cứu ngoại viện_"
    assert rows(_doc(heading), "assignee", "task") == EXPECTED


def test_underscores_of_a_form_or_inside_words_are_no_marks():
    assert emphasis_mark_runs("Số: ____/KH-UBND\nten_tep_dinh_kem.docx") == []
