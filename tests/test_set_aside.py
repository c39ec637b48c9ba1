"""Tasks set aside from the boards (issue 41, item 5).  A decision's execution clause (``Chánh Văn phòng …, Giám
đốc các Sở … chịu trách nhiệm thi hành Quyết định này``) names every body the decision concerns and asks nothing
of one in particular; a Tờ trình and the plan it submits only propose; what a Sở asks of UBND tỉnh above it is
its proposal.  The gold's conventions count them (several assignees named together give one obligation each;
every part of a file counts), so the parse keeps those obligations, marked by an ``aside.*`` rule; a unit's
board leaves them out unless asked for, the document page and the exports show them marked."""

from __future__ import annotations

import pytest

from vbparse import parse
from vbparse.store import Archive

DECISION = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
Số: 15/QĐ-UBND
Lào Cai, ngày 12 tháng 3 năm 2026
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác kiểm tra an toàn thực phẩm
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương;
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác kiểm tra an toàn thực phẩm.
Điều 2. Giao Sở Tài chính bố trí kinh phí cho Tổ công tác trước ngày 30/4/2026.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính, Giám đốc Sở Y tế và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
CHỦ TỊCH
Nguyễn Văn A
"""


@pytest.fixture
def archive(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "qd-15.txt").write_text(DECISION, encoding="utf-8")
    with Archive(str(tmp_path / "a.db")) as a:
        a.index([tmp_path / "docs"], jobs=1)
        yield a


def test_the_parse_gives_the_clause_to_each_body_named_marked_by_its_rule():
    doc = parse(text=DECISION)
    clause = [o for o in doc.obligations if "aside.execution_clause" in o.evidence]
    assert {o.assignee.raw for o in clause} >= {"Giám đốc Sở Tài chính", "Giám đốc Sở Y tế"}
    assert all("thi hành Quyết định này" in o.task for o in clause)
    (funding,) = [o for o in doc.obligations if "kinh phí" in o.task]
    assert "aside.execution_clause" not in funding.evidence


def test_a_units_board_leaves_the_clause_out_unless_asked(archive):
    assert [h.task[:20] for h in archive.obligations("Sở Tài chính")] == ["bố trí kinh phí cho "]
    assert archive.obligations("Giám đốc Sở Y tế") == []
    (asked,) = archive.obligations("Giám đốc Sở Y tế", hidden=True)
    assert asked.set_aside == "execution_clause" and "thi hành Quyết định này" in asked.task


def test_the_document_page_and_the_exports_keep_the_clause_marked(archive):
    (summary,) = [s for s, _ in archive.documents()]
    on_page = [h for h in archive.document_obligations(summary.id) if h.set_aside == "execution_clause"]
    exported = [h for h in archive.all_obligations() if h.set_aside == "execution_clause"]
    assert len(on_page) == len(exported) >= 3


def test_the_fast_export_marks_the_clause_as_the_validated_one_does(archive):
    import io

    from vbparse.store.export import export

    fast, checked = io.StringIO(), io.StringIO()
    export(archive, fast, fmt="jsonl", what="obligations", trusted=True)
    export(archive, checked, fmt="jsonl", what="obligations", trusted=False)
    assert fast.getvalue() == checked.getvalue() and '"set_aside":"execution_clause"' in fast.getvalue()


SUBMISSION = """SỞ NỘI VỤ TỈNH LÀO CAI
Số: 15/TTr-SNV
Lào Cai, ngày 12 tháng 3 năm 2026
TỜ TRÌNH
Về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026
Kính gửi: Ủy ban nhân dân tỉnh Lào Cai.
I. NHIỆM VỤ
1. Sở Tư pháp chủ trì tuyên truyền, phổ biến pháp luật trước ngày 30/6/2026.
2. Đề nghị Ủy ban nhân dân tỉnh xem xét, ban hành Kế hoạch./.
GIÁM ĐỐC
Trần Văn B
"""


def test_a_submissions_tasks_are_draft_proposals_off_the_board(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "ttr-15.txt").write_text(SUBMISSION, encoding="utf-8")
    with Archive(str(tmp_path / "a.db")) as a:
        a.index([tmp_path / "docs"], jobs=1)
        assert a.obligations("Sở Tư pháp") == []
        (asked,) = a.obligations("Sở Tư pháp", hidden=True)
        assert asked.set_aside == "draft_proposal" and asked.deadline is not None
        assert all(h.set_aside == "draft_proposal" for h in a.all_obligations())


def test_the_document_page_says_why_a_task_is_set_aside(archive):
    from fastapi.testclient import TestClient

    from vbparse.web import create_app

    (summary,) = [s for s, _ in archive.documents()]
    with TestClient(create_app(archive.db)) as client:
        page = client.get(f"/documents/{summary.id}").text
        board = client.get("/obligations", params={"assignee": "Giám đốc Sở Y tế"}).text
    assert page.count("điều khoản thi hành</span>") >= 3
    assert "thi hành Quyết định này" not in board


#: A district's decision on a flood-season team (invented): its execution clause names two bodies, its Điều 2 is a
#: task of one.
FLOOD_DECISION = """ỦY BAN NHÂN DÂN
HUYỆN BẢO THẮNG
Số: 42/QĐ-UBND
Bảo Thắng, ngày 02 tháng 6 năm 2025
QUYẾT ĐỊNH
Về việc thành lập Đội xung kích phòng chống lũ bão
CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN
Căn cứ Luật Phòng, chống thiên tai;
QUYẾT ĐỊNH:
Điều 1. Thành lập Đội xung kích phòng chống lũ bão.
Điều 2. Giao Phòng Nông nghiệp huyện kiểm tra các điểm sạt lở trước ngày 15/7/2025.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nông nghiệp huyện, Trưởng Công an huyện chịu trách nhiệm thi hành Quyết định này./.
CHỦ TỊCH
Lê Văn C
"""


def test_a_documents_json_says_which_tasks_are_set_aside_and_why(tmp_path):
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    (tmp_path / "qd-42.txt").write_text(FLOOD_DECISION, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[1] / "src"))
    run = subprocess.run(
        [sys.executable, "-m", "vbparse", "parse", str(tmp_path / "qd-42.txt")],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    doc = json.loads(run.stdout)
    clause = [o for o in doc["obligations"] if "thi hành Quyết định này" in o["task"]]
    assert clause and all(o["set_aside"] == "execution_clause" for o in clause)
    (landslides,) = [o for o in doc["obligations"] if "sạt lở" in o["task"]]
    assert landslides["set_aside"] is None  # counter-example: the Phòng's own task is on its board


def test_the_published_document_schema_describes_set_aside():
    import json
    from pathlib import Path

    schema = json.loads((Path(__file__).parents[1] / "schemas" / "document.schema.json").read_text(encoding="utf-8"))
    obligation = schema["$defs"]["Obligation"]["properties"]
    assert "set_aside" in obligation and "execution_clause" in json.dumps(obligation["set_aside"])


#: A Sở's letter to UBND tỉnh above it (invented): it reports and asks, in its own voice, after an adverbial clause.
SCHOOLS_LETTER = """UBND TỈNH HÀ GIANG
SỞ TÀI CHÍNH
Số: 215/STC-NS
V/v bố trí kinh phí sửa chữa trường học
Hà Giang, ngày 14 tháng 8 năm 2025
Kính gửi: Ủy ban nhân dân tỉnh Hà Giang.
Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 1200/UBND-KT, Sở Tài chính báo cáo như sau:
1. Kết quả rà soát
Sở Tài chính đã phối hợp với Sở Giáo dục và Đào tạo rà soát nhu cầu sửa chữa 40 trường học.
2. Đề xuất
Từ kết quả rà soát nêu trên, Sở Tài chính kính báo cáo và kính đề nghị UBND tỉnh xem xét, bố trí 12 tỷ đồng từ nguồn dự phòng để sửa chữa các trường học.
3. Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường lập hồ sơ sửa chữa trước ngày 30/9/2025.
Nơi nhận:
- Như trên;
- Lưu: VT, NS.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Văn D
"""


def test_what_a_so_reports_and_asks_of_its_superior_is_its_proposal_not_its_task():
    """Issue 53: ``Sở Nội vụ kính báo cáo và kính đề nghị UBND tỉnh xem xét …`` was the Sở's own task, on its board."""
    obligations = parse(text=SCHOOLS_LETTER).obligations
    asked = [o for o in obligations if "bố trí 12 tỷ đồng" in o.task]
    assert asked and all(o.assignee.raw == "UBND tỉnh" and o.set_aside == "proposal" for o in asked)
    assert not [o for o in obligations if o.assignee.raw == "Sở Tài chính"]
    # counter-example: what it asks of a Sở beside it stays that Sở's task
    (schools,) = [o for o in obligations if o.assignee.raw == "Sở Giáo dục và Đào tạo"]
    assert schools.set_aside is None and schools.mode == "requested"


def test_a_letter_asks_the_body_it_is_sent_to_in_the_honorific_as_a_proposal():
    """The same in a district's letter to UBND tỉnh, whose header prints no body above it (invented)."""
    letter = (
        SCHOOLS_LETTER.replace("UBND TỈNH HÀ GIANG\nSỞ TÀI CHÍNH", "ỦY BAN NHÂN DÂN\nHUYỆN BẮC MÊ")
        .replace("Sở Tài chính", "UBND huyện")
        .replace("215/STC-NS", "215/UBND-TC")
    )
    obligations = parse(text=letter).obligations
    assert [o.set_aside for o in obligations if o.assignee.raw == "UBND tỉnh"] == ["proposal"]
    # counter-example: asked without the honorific, of a body the letter is not sent to, it stays on the board
    plain = letter.replace("kính báo cáo và kính đề nghị UBND tỉnh", "đề nghị UBND tỉnh")
    assert [o.set_aside for o in parse(text=plain).obligations if o.assignee.raw == "UBND tỉnh"] == [None]
