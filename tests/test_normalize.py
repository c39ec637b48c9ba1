from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from vbparse.normalize import MappedText, fold, match_key, nfc, normalize


def test_nfd_input_is_composed_and_spans_map_back():
    original = unicodedata.normalize("NFD", "Kế hoạch số 42/KH-UBND của UBND tỉnh Thanh Hóa")
    out = normalize(MappedText.identity_of(original))
    assert out.text == "Kế hoạch số 42/KH-UBND của UBND tỉnh Thanh Hóa"
    i = out.text.index("Thanh Hóa")
    span = out.span(i, i + len("Thanh Hóa"))
    assert unicodedata.normalize("NFC", original[span.start : span.end]) == "Thanh Hóa"


def test_dash_variants_and_eth_are_folded():
    out = normalize(MappedText.identity_of("Văn phòng – Thống kê — \u00d0ảng ủy 42/KH\u2011UBND"))
    assert out.text == "Văn phòng - Thống kê - Đảng ủy 42/KH-UBND"


def test_line_count_is_kept_and_trailing_space_removed():
    src = "a  \r\nb\u00a0c\t\nd"
    out = normalize(MappedText.identity_of(src))
    assert out.text == "a\nb c \nd".replace(" \n", "\n")
    assert out.text.count("\n") == 2


def test_tone_placement_does_not_change_the_match_key():
    assert match_key("Thanh Hoá") == match_key("Thanh Hóa") == "thanh hoa"
    assert fold("uỷ ban") == fold("ủy ban") == "uy ban"
    assert match_key("Văn phòng –thống kê") == match_key("VĂN PHÒNG - THỐNG KÊ")


def test_fold_keeps_length_so_offsets_stay_valid():
    s = nfc("Đồng chí Nguyễn Ngọc Luyện - Phó chủ tịch UBND")
    assert len(fold(s)) == len(s)


def test_a_long_run_of_spaces_inside_a_line_is_normalised_in_linear_time():
    """Regression (issue 10): the line-end white-space pattern was retried from every position of a run of
    spaces that does not end a line, so 16 000 spaces took 8 s and 100 000 many minutes.  200 000 spaces now
    take milliseconds; the alarm turns a relapse into a failure instead of a hung suite."""
    import signal

    from vbparse.normalize import MappedText, normalize

    def too_slow(signum, frame):
        raise AssertionError("normalize() took over 20 s on 200 000 spaces: quadratic again")

    old = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(20)
    try:
        text = "a" + " " * 200_000 + "b \n c"
        out = normalize(MappedText.identity_of(text))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert out.text == "a" + " " * 200_000 + "b\n c"


def test_fraction_and_division_slashes_are_the_numbers_slash():
    """Regression: a recognised ``1105⁄KH-ĐKT`` (U+2044) was kept as a number no one could find."""
    from vbparse import parse_text

    for slash in ("\u2044", "\u2215", "\uff0f"):
        doc = parse_text(f"UBND TỈNH LÀO CAI\nSố: 1105{slash}KH-UBND\n\nKẾ HOẠCH\nKiểm tra\n")
        assert doc.number is not None and doc.number.value == "1105/KH-UBND" and doc.number.serial == 1105


def test_digits_of_other_scripts_become_ascii_or_are_not_digits():
    """Regression (scripts/stress.py fuzz): ``3𑷢`` matched ``\\d`` in a phase date, and ``int()`` refused it."""
    from vbparse import parse_text

    out = normalize(MappedText.identity_of("Số: ４２/KH-UBND ngày 3\U00011de2/3/2023"))
    assert out.text.startswith("Số: 42/KH-UBND ngày 3") and "\U00011de2" not in out.text
    assert len(out.text) == len("Số: ４２/KH-UBND ngày 3\U00011de2/3/2023")
    parse_text("KẾ HOẠCH\nĐợt 1: Từ 01/3/2023 đến 3\U00011de2/4/2023\n")  # no exception


#: Pieces of text that each rewrite of ``normalize`` starts, ends or holds, among plain ones (runs of white
#: space before a line end, marks after a letter): where the fast path that finds rewrites from their rare
#: characters could part from the pattern.
_REWRITE_PIECES = [
    "a",
    "b",
    "1",
    ".",
    " ",
    "   ",
    "\t",
    "\u00a0",
    "\u2003",
    "\n",
    "\r\n",
    "\r",
    "\u0301",
    "\u0323\u0302",
    "-",
    "\u2013",
    "\u2212",
    "\u00ad",
    "\u00d0",
    "\u2044",
    "\uff14",
    "\u200b",
]


def _runs_applied(text: str, runs: list[tuple[int, int, str]]) -> str:
    out, pos = [], 0
    for start, end, rep in runs:
        out += [text[pos:start], rep]
        pos = end
    return "".join([*out, text[pos:]])


@given(st.lists(st.sampled_from(_REWRITE_PIECES), max_size=16).map("".join))
def test_normalize_rewrites_exactly_what_its_pattern_matches_anywhere(text):
    """normalize is the character rewrites, then the emphasis marks a web copy left dropped, then the syllables a
    text layer cut joined (``b á`` → ``bá``): each found by its own function, on a string here."""
    from vbparse.chars import REWRITES, emphasis_mark_runs, replacement, split_syllable_gaps

    expected = REWRITES.sub(replacement, text)
    expected = _runs_applied(expected, emphasis_mark_runs(expected))
    expected = _runs_applied(expected, [(gap, gap + 1, "") for gap in split_syllable_gaps(expected)])
    assert normalize(MappedText.identity_of(text)).text == expected
    # and nfc(), which skips a value without any rewrite's mark, on a plain string
    assert nfc(text) == REWRITES.sub(replacement, unicodedata.normalize("NFC", text))


def test_control_characters_and_bidi_overrides_of_any_reader_never_reach_a_field(tmp_path):
    """One cleaning rule at the reader boundary (issue 40): ESC sequences, BEL, U+0001 of a text layer and
    bidi overrides are dropped with the offset map kept, so a task shows what a person sees."""
    from vbparse import parse

    text = (
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n\nKẾ HOẠCH\nTổ chức\x01 hội nghị\n\n"
        "1. Sở Y tế\x07 chủ trì\x01 tổ chức hội nghị\x1b tổng kết\u202e trước ngày 30/6/2026.\n"
    )
    path = tmp_path / "ke-hoach.txt"
    path.write_text(text, encoding="utf-8")
    doc = parse(path)
    dumped = doc.model_dump_json()  # JSON writes a control character as an escape, U+202E as itself
    assert not [ch for ch in ("\\u001b", "\\u0007", "\\u0001", "\u202e") if ch in dumped]
    (task,) = [o.task for o in doc.obligations]
    assert "tổ chức hội nghị tổng kết" in task
    original = text
    o = doc.obligations[0]
    assert o.span is not None and "Sở Y tế" in original[o.span.start : o.span.end]


@settings(max_examples=3000, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list(" ab\t\n\r\xa0\u2028\u2029\u3000\x1c\x85\u200bĐ,.")) | st.characters(),
        max_size=40,
    )
)
def test_collapse_spaces_is_split_and_join_whatever_the_white_space(text):
    """The shortcut for a text already collapsed (printable, no double space, none at the ends) answers what
    splitting and joining would, for every kind of white space ``str.split`` knows."""
    from vbparse.chars import collapse_spaces

    assert collapse_spaces(text) == " ".join(text.split())


def test_the_oi_letter_a_font_maps_for_the_horned_u_is_read_as_u_horn():
    """A PDF's text layer whose font maps ``ư`` to ``ƣ`` (U+01A3, LATIN SMALL LETTER OI; ``Ƣ`` U+01A2): no Vietnamese
    word holds it, so it is ``ư``, also under a tone mark a decomposed text puts after it."""
    out = normalize(MappedText.identity_of("BỘ CÔNG THƢƠNG hƣớng dẫn Sở Công Thƣơng và hội viên Tr\u01a3\u0300ng"))
    assert out.text == "BỘ CÔNG THƯƠNG hướng dẫn Sở Công Thương và hội viên Trừng"
    i = out.text.index("Thương")
    assert out.span(i, i + len("Thương")).end - out.span(i, i + len("Thương")).start == len("Thương")
