"""The command line says every reason in Vietnamese (issue 53): the archive's, the query's, the readers' and the
indexer's, each by a record of ``vbparse.cli_reasons`` with an English example."""

from __future__ import annotations

import re

import pytest

from vbparse.cli_reasons import REASONS, vietnamese

#: Names and technical words a Vietnamese message keeps as they are.
KEPT = {
    "vbparse",
    "index",
    "PDF",
    "DOCX",
    "OCR",
    "Tesseract",
    "LibreOffice",
    "Word",
    "RTF",
    "SQLite",
    "PostgreSQL",
    "psycopg",
    "Ray",
    "Excel",
    "PowerPoint",
    "OpenDocument",
    "HTML",
    "web",
    "byte",
    "Latin",
    "UTF",
    "TCVN3",
    "VNI",
    "NUL",
    "DTD",
    "ZIP",
    "lead",
    "support",
    "editor",
    "unit",
    "task",
    "DOC_ID",
    "START",
    "END",
    "obligations",
    "json",
    "timeout",
    "follow",
    "links",
    "ocr",
    "never",
    "parse_text",
    "chua_thuc_hien",
    "dang_thuc_hien",
    "da_hoan_thanh",
    "Office",
    "THƯ_MỤC",
    "xlsx",
    "pptx",
    "odt",
    "ods",
    "docx",
    "doc",
    "rtf",
    "txt",
    "html",
    "pdf",
    "MiB",
    "dpi",
    "vie",
    "document",
    "xml",
    "word",
}


def _fixed_words(pattern: str) -> set[str]:
    """The English words a record's pattern spells out (outside its groups and classes)."""
    literal = re.sub(r"\((?!\?:)[^()]*\)|\[[^\]]*\]|\\[a-zA-Z]|\(\?<!.*?\)|\(\?:|[()|*+?^$\\]", " ", pattern)
    return {w for w in re.findall(r"[A-Za-z_]{3,}", literal) if w not in KEPT}


@pytest.mark.parametrize("record", REASONS, ids=[r.id for r in REASONS])
def test_each_reason_example_is_said_in_vietnamese_by_its_record(record):
    match = re.search(record.pattern, record.example)
    assert match, f"{record.id}: its example does not match its pattern"
    said = vietnamese(record.example)
    assert said != record.example
    for quoted in filter(None, match.groups()):  # a library's words, quoted as they are
        said = said.replace(quoted, " ")
    left = {w for w in _fixed_words(record.pattern) if re.search(rf"\b{w}\b", said)}
    assert not left, f"{record.id}: English left in {said!r}"


def test_reason_records_have_unique_ids():
    ids = [r.id for r in REASONS]
    assert len(ids) == len(set(ids))


def test_a_reason_no_record_knows_keeps_its_words():
    assert vietnamese("a.pdf: something nobody wrote down") == "a.pdf: something nobody wrote down"


def test_the_values_a_reason_quotes_are_kept():
    """The file, the byte and the offset stay exactly as the reader gave them."""
    said = vietnamese(
        "hồ sơ/kế hoạch 1.txt: not valid UTF-8 text (byte 0xfe at offset 7); not recognisable as TCVN3 or VNI legacy text either"
    )
    assert said.startswith("hồ sơ/kế hoạch 1.txt: ") and "0xfe" in said and "7" in said


def test_parse_of_an_empty_file_fails_in_one_vietnamese_line(tmp_path, capsys):
    from vbparse.cli import main

    empty = tmp_path / "rỗng.txt"
    empty.write_bytes(b"")
    assert main(["parse", str(empty)]) != 0
    err = capsys.readouterr().err
    assert err == f"vbparse: {empty}: tệp rỗng\n"


def test_failures_lists_reader_reasons_in_vietnamese(tmp_path, capsys):
    from vbparse.cli import main

    folder = tmp_path / "hồ sơ"
    folder.mkdir()
    (folder / "giả.pdf").write_text("<html><body>Không tìm thấy trang</body></html>", encoding="utf-8")
    db = tmp_path / "kho.db"
    main(["index", str(folder), "--db", str(db)])
    capsys.readouterr()
    assert main(["failures", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "không phải PDF (không có phần đầu %PDF-): đó là một trang web (HTML)" in out
    assert main(["failures", "--db", str(db), "--json"]) == 0  # machine output keeps the API's words
    assert "not a PDF (no %PDF- header)" in capsys.readouterr().out


#: English function words; a help line holding one of them between two words is English (``--to NGÀY`` is not).
_ENGLISH = re.compile(r"[a-z]+ (the|of|and|with|for|its|is|are|or|to) [a-z]+")


def test_every_command_help_is_in_vietnamese(capsys):
    """Officials read ``--help``: no command's help is left in English (``remind`` and ``serve``'s sign-in options
    were)."""
    from vbparse.cli import main

    with pytest.raises(SystemExit):
        main(["--help"])
    top = capsys.readouterr().out
    commands = re.findall(r"^    ([a-z][a-z-]+)", top, flags=re.MULTILINE)
    assert {"index", "remind", "serve", "watch"} <= set(commands), top
    english = []
    for command in commands:
        with pytest.raises(SystemExit):
            main([command, "--help"])
        english += [f"{command}: {line}" for line in capsys.readouterr().out.splitlines() if _ENGLISH.search(line)]
    assert not english, "\n".join(english)
