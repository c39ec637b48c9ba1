"""Character rules every stage shares: the rewrites of normalisation, and the keys for matching.

``nfc`` applies to a plain string the rewrites ``normalize.normalize`` applies to a document with its
offset map (NFC, dash variants → ``-``, ``Ð`` → ``Đ``, odd white space → space): a value or a query is
compared with a document's text after the same rewrites.  ``fold`` builds the matching key used
everywhere a comparison must ignore case, diacritics and tone placement (``Thanh Hoá`` = ``Thanh Hóa``,
``uỷ`` = ``ủy``): it keeps the length of an NFC string, so offsets found in the folded text are offsets in
the normalised text.  Readers, tables and extractors import these from here; none of them needs a stage.
"""

from __future__ import annotations

import bisect
import heapq
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import regex

from .pattern_cache import compiled

_COMBINING = "\u0300-\u036f"
#: Control characters a document never shows (C0 but the white space the other rewrites handle, DEL, C1)
#: and bidi marks, overrides and isolates: normalisation drops them, a terminal is shown U+FFFD for them.
#: Bullet glyphs of lists other than ``•`` (squares, circles, arrows, ticks; Symbol and Wingdings bullets as Word
#: stores them, shifted into the private use area): normalisation writes ``•`` for one opening a line.
BULLET_GLYPHS = "\u25aa\u25a0\u25cf\u25e6\u25cb\u25c6\u25c7\u25ba\u25b8\u27a2\u27a4\u2713\u2714\u2756\u2043\u2023\u2219\uf0a7\uf0b7\uf0d8\uf076\uf0fc\uf0e0\uf0a8\uf06e"
_CONTROLS = r"\x00-\x08\x0E-\x1F\x7F-\x9F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069"
#: What normalisation rewrites, in one pass: decomposed letters, dash variants, the look-alikes Ð and ƣ,
#: odd spaces, zero-width characters, and white space at line ends.
REWRITES = compiled(
    rf"(?P<nfd>[^\s{_COMBINING}]?[{_COMBINING}]+)"
    r"|(?P<dash>[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u00AD])"
    r"|(?P<eth>[\u00D0\u0189])"
    # the letter OI (``ƣ``, ``Ƣ``) a PDF font maps for the horned u (``Công Thƣơng``): no Vietnamese word holds it
    r"|(?P<horn>[\u01A2\u01A3])"
    # fraction and division slashes (OCR and some fonts print the number's slash so): ``1105⁄KH-ĐKT``
    r"|(?P<slash>[\u2044\u2215\uFF0F])"
    # digits of other scripts (fullwidth ``４２``): the ASCII digit, or U+FFFD for one Python cannot read
    # (the ``regex`` module's Unicode is newer than ``int()``'s), so that every ``\d`` a pattern matches is 0-9
    r"|(?P<digit>(?![0-9])\d)"
    r"|(?P<zw>[\u200B-\u200D\u2060\uFEFF])"
    # a list's bullet glyph other than ``•`` opening a line (``▪ Đơn vị chủ trì: …``, ``➢ Sở Y tế …``, a Symbol or
    # Wingdings bullet in the private use area): the bullet every stage knows, so that its line is an item
    rf"|(?P<bullet>(?<=(?:^|\n)[ \t]*)[{BULLET_GLYPHS}](?=[ \t]))"
    # control characters a document never shows (ESC, BEL, U+0001 of a text layer; C1 left by a wrong code
    # page) and bidi marks, overrides and isolates: dropped here, at every reader's boundary, so no field,
    # download or terminal line carries them (issue 40: ESC in a task made the board's xlsx a 500)
    rf"|(?P<control>[{_CONTROLS}]+)"
    # white space at a line end, tried only where a run of it starts (inside a run the look-behind fails at
    # once: without it a long run of spaces not ending a line is rescanned from every position, quadratic)
    r"|(?P<eol>(?<![ \t\u00A0])[ \t\u00A0]++(?=\r?\n|$))"
    r"|(?P<ws>[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u000B\u000C]+)"
    r"|(?P<cr>\r\n?)"
)
_DASH_OUT = {"\u00ad": ""}
#: The letter OI a font maps for the horned u, and that u.
_HORN = str.maketrans({"\u01a2": "\u01af", "\u01a3": "\u01b0"})
#: A character that every rewrite of ``REWRITES`` holds: what it rewrites is rare, and finding these
#: first is five times faster than trying the whole pattern at every position of a page of prose.  The
#: fixed characters are searched with the standard library's ``re`` (three times faster on a set of code
#: points, matched alike), the digits of other scripts with ``regex`` (whose Unicode ``\d`` is the pattern's).
_REWRITE_MARK = re.compile(
    rf"[{_COMBINING}{BULLET_GLYPHS}\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u00AD\u00D0\u0189\u01A2\u01A3\u2044\u2215\uFF0F"
    r"\u200B-\u200D\u2060\uFEFF\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u000B\u000C\r"
    rf"{_CONTROLS}]"
    r"| (?=\r?\n|$)"
)
_OTHER_DIGIT_MARK = compiled(r"(?![0-9])\d")


def _marks(text: str) -> Iterator[int]:
    """Where the characters of ``_REWRITE_MARK`` and ``_OTHER_DIGIT_MARK`` stand, in order (merged only when a
    text has digits of another script, which few have)."""
    others = [m.start() for m in _OTHER_DIGIT_MARK.finditer(text)]
    if not others:
        return map(re.Match.start, _REWRITE_MARK.finditer(text))  # a C method: no frame a mark
    return heapq.merge((m.start() for m in _REWRITE_MARK.finditer(text)), others)


#: The vowels that carry a mark (a tone, a hat, a horn, a breve), lower and upper case: the first letter of the rime a
#: text layer cuts from its syllable's initial consonant.
_MARKED_VOWELS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
#: A syllable a PDF's text layer cut after its initial consonant (``th ực``, ``Qu ốc``, ``đ ịa``): a consonant
#: cluster standing alone (never a Vietnamese word: not after a letter, a digit, ``/`` or ``.``),
#: one space, then a rime opening with a marked vowel.  The space is in group ``gap``.  Examples and
#: counter-examples: tests/test_split_syllables.py.
SPLIT_SYLLABLE = compiled(
    r"(?<![\p{L}\p{N}/.])(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])(?P<gap> )"
    rf"(?=[{_MARKED_VOWELS}])",
    regex.IGNORECASE,
)
#: Where ``SPLIT_SYLLABLE`` may match: a space before a marked vowel (found by ``re``'s search for its literal space,
#: 35 times faster than trying the whole pattern at every position of a page: issue 52's speed).
_SPACE_BEFORE_MARKED = re.compile(f" [{_MARKED_VOWELS}{_MARKED_VOWELS.upper()}]")
#: After a cut syllable's lone vowel, its final consonant spaced off too (``ph ẩ m``, ``ch ấ t``): a space, a final
#: (``c``, ``ch``, ``m``, ``n``, ``ng``, ``nh``, ``p``, ``t``) and no letter after it, nor a marked vowel after a space
#: (``t ổ ch ức``: there ``ch`` opens the next syllable).
_SPACED_FINAL = regex.compile(rf" (?:ch|ng|nh|[cmnpt])(?![\p{{L}}\p{{N}}]| [{_MARKED_VOWELS}])", regex.IGNORECASE)
#: The longest initial consonant cluster (``ngh``).
_LONGEST_CLUSTER = 3


#: A syllable cut inside its rime (``tri ển``, ``to àn``, ``ho ạt``): up to this many letters ending in a vowel, one
#: space, up to as many letters opening with a marked vowel (``_rime_cut``).  Both parts may be words (``thu ổn
#: định``), so such a cut is joined only where the same text spells the whole syllable elsewhere.
_RIME_PART = 4
_VOWELS = frozenset("aeiouyăâêôơư" + _MARKED_VOWELS)


def _rime_cut(text: str, gap: int, lower: str, spelled: dict[str, bool]) -> bool:
    """Whether the space ``gap`` (before a marked vowel) cuts one syllable in its rime: a short run of letters
    ending in a vowel before it, a short one after it, and the two joined spelled as one word elsewhere in
    ``text`` (``lower``, lower-cased)."""
    if text[gap - 1].lower() not in _VOWELS:
        return False
    start = gap - 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    end = gap + 1
    while end < len(text) and text[end].isalpha():
        end += 1
    if gap - start > _RIME_PART or end - gap - 1 > _RIME_PART or (start and text[start - 1].isalnum()):
        return False
    if end < len(text) and text[end].isdigit():
        return False
    joined = lower[start:gap] + lower[gap + 1 : end]
    found = spelled.get(joined)
    if found is None:
        found = spelled[joined] = _spelled(lower, joined)
    return found


def _spelled(lower: str, word: str) -> bool:
    """Whether ``word`` stands in ``lower`` as a whole word (no letter or digit on either side)."""
    at = lower.find(word)
    while at >= 0:
        if (not at or not lower[at - 1].isalnum()) and not lower[at + len(word) : at + len(word) + 1].isalnum():
            return True
        at = lower.find(word, at + 1)
    return False


def split_syllable_gaps(text: str) -> list[int]:
    """The offsets of the spaces ``SPLIT_SYLLABLE`` finds in ``text``: it is asked only just before a space that
    precedes a marked vowel, where a cluster of up to three letters may stand; and of the spaces of syllables cut
    inside their rime (``_rime_cut``) whose whole the text spells elsewhere."""
    gaps = []
    lower: str | None = None
    spelled: dict[str, bool] = {}  # each joined syllable looked for once in the text
    for m in _SPACE_BEFORE_MARKED.finditer(text):
        gap = m.start()
        for k in range(max(0, gap - _LONGEST_CLUSTER), gap):
            found = SPLIT_SYLLABLE.match(text, k)
            if found is not None and found.start("gap") == gap:
                gaps.append(gap)
                if _SPACED_FINAL.match(text, gap + 2):
                    gaps.append(gap + 2)  # ``ph ẩ m``: the glyphs spaced one by one, the final the syllable's too
                break
        else:
            if gap and text[gap - 1].lower() in _VOWELS:
                if lower is None:
                    lower = _lowered(text)
                if _rime_cut(text, gap, lower, spelled):
                    gaps.append(gap)
    initials = [m for m in _CAPITAL_INITIAL.finditer(text) if text[m.end()].islower()]
    if initials:
        lower = lower if lower is not None else _lowered(text)
        gaps = sorted({*gaps, *(m.end(1) for m in initials if _initial_cut(m, lower, spelled))})
    return gaps


#: A capital consonant alone before a space and a word in lower case at a sentence's or a line's start (``2026. T
#: rong quá trình``): pdftotext set a sentence's first capital apart.  A lone consonant is no word; joined where the
#: text spells the whole elsewhere.  (``re``'s scan for a stop or a line break first: a scan that tried every
#: capital of a text cost 3.5 % of a parse's instructions.)
_CAPITAL_INITIAL = re.compile(r"[.!?\n][ \t]*([BCDĐGHKLMNPQRSTVX]) (?=\w)")


def _initial_cut(m: re.Match, lower: str, spelled: dict[str, bool]) -> bool:
    """Whether the capital ``m`` (its group) and the letters after its space are one word the text spells
    elsewhere."""
    end = m.end()
    while end < len(lower) and lower[end].isalpha():
        end += 1
    if end - m.end() > _RIME_PART + 2:
        return False
    joined = lower[m.start(1)] + lower[m.end() : end]
    found = spelled.get(joined)
    if found is None:
        found = spelled[joined] = _spelled(lower, joined)
    return found


def _lowered(text: str) -> str:
    """``text`` in lower case, each character one (``İ`` lowers to two: offsets must hold)."""
    lower = text.lower()
    return lower if len(lower) == len(text) else "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


#: Runs of two asterisks or more, with the spaces around and between them: emphasis marks a web copy left as
#: characters (``2.** **Rà soát``, ``**1.****``, ``Điều 3.** Giao``), which a PDF or HTML page made from it shows
#: and a reader sees past; never a document's words (a footnote's single ``*`` stays).
_EMPHASIS_MARKS = compiled(r"[ \t]*\*{2,}(?:[ \t]*\*{2,})*[ \t]*")


#: A list item's label inside emphasis marks at a line's start (``*a) *Tổ chức …``, ``*1.2.* Sở A``, ``_1.2.`` over its
#: italic heading): the marks a web copy left around it, single ones too.
_MARKED_LABEL = compiled(
    r"(?P<open>\*{1,3}|_{1,2})(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,4}|[a-zđ])[.)]"
    r"(?P<close>[ \t]*(?:\*+|_{1,2}(?![\p{L}\p{N}]))(?:[ \t]*\*{2,})*[ \t]*)?"
)
#: Where the asterisks (and underscores) of a text stand (the standard library's ``re``: a C scan, the text's other
#: characters never tried by the patterns above); only asterisks make a run of marks anywhere.
_STARS = re.compile(r"\*+|_+")


def emphasis_mark_runs(text: str) -> list[tuple[int, int, str]]:
    """Each run of ``_EMPHASIS_MARKS`` in ``text``, and each mark around a label at a line's start
    (``_MARKED_LABEL``), as ``(start, end, what it becomes)``: one space for a run between two words that had a
    space in or around it (``2.** **Rà`` → ``2. Rà``, ``*a) *Tổ`` → ``a) Tổ``), nothing for any other (``**Rà``
    → ``Rà``).  A Markdown table's row (a line opening with ``|``) keeps its marks: its reader reads them (``|
    **II** | …``: a group row)."""
    if "*" not in text and "_" not in text:
        return []
    found: list[tuple[int, int]] = []
    covered = 0  # where the last run found ends: the asterisks before it are in it
    for star in _STARS.finditer(text):
        a = star.start()
        if a < covered:
            continue
        line = text.rfind("\n", 0, a) + 1
        if not text[line:a].strip(" \t"):  # at a line's start: a label inside marks?
            m = _MARKED_LABEL.match(text, a)
            if m is not None:
                found.append(m.span("open"))
                if m.group("close"):
                    found.append(m.span("close"))
                elif (closing := _closing_mark(text, m.end(), m.group("open"))) is not None:
                    found.append((closing, closing + len(m.group("open"))))  # (``_1.2. Trung tâm …_``)
                covered = m.end()
                continue
        if star.end() - a >= 2 and text[a] == "*":
            while a > line and text[a - 1] in " \t":
                a -= 1
            m = _EMPHASIS_MARKS.match(text, a)
            if m is not None:
                found.append(m.span())
                covered = m.end()
    merged: list[list[int]] = []
    for a, e in sorted(found):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)  # runs that overlap or touch are one
        else:
            merged.append([a, e])
    out: list[tuple[int, int, str]] = []
    for a, e in merged:
        start = text.rfind("\n", 0, a) + 1
        if text[start : start + 4].lstrip(" ").startswith("|"):
            continue
        before, after = text[a - 1 : a], text[e : e + 1]
        spaced = before.strip() and after.strip() and any(c in " \t" for c in text[a:e])
        out.append((a, e, " " if spaced else ""))
    return out


def _closing_mark(text: str, at: int, mark: str) -> int | None:
    """Where the mark that opened a label's heading closes it at the end of its line, or of the next line when the
    label stands alone on its own (``_1.2.`` / ``Trung tâm Cấp cứu 115 tỉnh_``); None when neither line ends so."""
    end = text.find("\n", at)
    end = len(text) if end == -1 else end
    if not text[at:end].strip() and end < len(text):
        end = text.find("\n", end + 1)
        end = len(text) if end == -1 else end
    while end > at and text[end - 1] in " \t":
        end -= 1
    close = end - len(mark)  # (where the mark would stand; the line's text is looked at there only, not copied)
    closes = close > at and text.startswith(mark, close) and text[close - 1] not in (mark[0], " ", "\t", "\n")
    return close if closes else None


def without_emphasis_marks(text: str, runs: list[tuple[int, int, str]]) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with ``runs`` (of :func:`emphasis_mark_runs`) rewritten, and where each run ends and how many
    characters went up to there, to move an offset of ``text`` onto the result (:func:`moved_past_marks`)."""
    parts: list[str] = []
    shifts: list[tuple[int, int]] = []
    pos = gone = 0
    for a, e, rep in runs:
        parts += [text[pos:a], rep]
        gone += (e - a) - len(rep)
        shifts.append((e, gone))
        pos = e
    parts.append(text[pos:])
    return "".join(parts), shifts


def moved_past_marks(offset: int, runs: list[tuple[int, int, str]], shifts: list[tuple[int, int]]) -> int:
    """Where ``offset`` of a text stands once ``runs`` are rewritten (inside a run: at its start)."""
    k = bisect.bisect_right(shifts, offset, key=lambda shift: shift[0])  # the runs that end by ``offset``
    before = shifts[k - 1][1] if k else 0
    if k < len(runs) and runs[k][0] < offset:  # inside run k
        return runs[k][0] - before + min(len(runs[k][2]), offset - runs[k][0])
    return offset - before


def find_rewrites(text: str) -> Iterator[regex.Match]:
    """``REWRITES.finditer(text)``, found from the characters in ``_REWRITE_MARK``: a rewrite starts at
    most one character before its mark (the letter a combining mark decomposes from), or where the run of
    white space the mark ends begins."""
    pos = 0
    for mark in _marks(text):
        if mark < pos:  # inside the rewrite just found
            continue
        start = mark
        while start > pos and text[start - 1] in " \t\u00a0":
            start -= 1
        m = REWRITES.search(text, max(pos, start - 1))
        if m is None:
            return
        yield m
        pos = m.end()  # no branch of the pattern matches empty


def replacement(m: regex.Match) -> str:
    """What a match of ``REWRITES`` becomes."""
    kind = m.lastgroup
    s = m.group()
    if kind == "nfd":  # (a tone mark after the letter OI is the horned u's: ``ƣ`` + grave is ``ừ``)
        return unicodedata.normalize("NFC", s.translate(_HORN))
    if kind == "horn":
        return s.translate(_HORN)
    if kind == "dash":
        return _DASH_OUT.get(s, "-")
    if kind == "eth":
        return "Đ"
    if kind == "slash":
        return "/"
    if kind == "digit":
        value = unicodedata.decimal(s, None)
        return "\ufffd" if value is None else str(value)
    if kind == "zw" or kind == "eol" or kind == "control":
        return ""
    if kind == "ws":
        return " "
    if kind == "cr":
        return "\n"
    if kind == "bullet":
        return "•"
    return s


#: Characters a terminal acts on instead of showing (C0 and C1 controls but tab and line feed, DEL, bidi
#: overrides and isolates): a file name's or an older archive's ESC would set a window title, hide text or
#: write the clipboard.  Shown as U+FFFD instead (``terminal_safe``).
TERMINAL_CONTROLS = re.compile(rf"[\x0B-\x0D{_CONTROLS}]")


def terminal_safe(text: str) -> str:
    """``text`` with every character of ``TERMINAL_CONTROLS`` shown as U+FFFD."""
    return TERMINAL_CONTROLS.sub("\ufffd", text)


#: Line breaks and controls of any kind (``TERMINAL_CONTROLS`` and the line feed): ``one_line`` makes them spaces.
_BREAKS_AND_CONTROLS = re.compile(rf"[\x0A-\x0D\x85\u2028\u2029{_CONTROLS}]")


def one_line(text: str) -> str:
    """``text`` as one line: line breaks, controls and runs of white space as one space, none at either end.
    For a value written where a line break ends it or a control breaks it (a calendar's property, a failure
    reason, a log line; issue 55: a line break in a unit's name made the ``.ics`` a 500)."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(_BREAKS_AND_CONTROLS.sub(" ", text).split())


def nfc(text: str) -> str:
    """The rewrites of ``normalize.normalize`` on a plain string, without the map (for short values and
    queries)."""
    text = unicodedata.normalize("NFC", text)
    # most values hold nothing to rewrite: their marks say so faster than the pattern tried everywhere
    if _REWRITE_MARK.search(text) is None and _OTHER_DIGIT_MARK.search(text) is None:
        return text
    return REWRITES.sub(replacement, text)


# --- folding ---------------------------------------------------------------------------------------


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x00C0, 0x1EFA):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            table[cp] = base.lower()
    table[ord("Đ")] = "d"
    table[ord("đ")] = "d"
    table[ord("Ð")] = "d"
    return table


_FOLD_TABLE = _build_fold_table()


#: folded strings kept: the grammar of names folds the same words and windows again and again, and a kept
#: answer costs a tenth of ``str.translate`` over a dict
DEFAULT_FOLD_CACHE = 1 << 14


def fold_text(text: str) -> str:
    """``fold`` without keeping the answer in ``fold``'s cache, which is for the words and lines the grammar folds
    again and again (``fold_finder`` folds every character of the table once; a long text kept there would stay
    in memory)."""
    return text.translate(_FOLD_TABLE).lower() if text.isascii() is False else text.lower()


@lru_cache(maxsize=DEFAULT_FOLD_CACHE)
def fold(text: str) -> str:
    """Lower case without diacritics, same length as the (NFC) input: ``Thanh Hoá`` → ``thanh hoa``."""
    return fold_text(text)


def fold_finder(word: str) -> re.Pattern:
    """A pattern that finds, in a text as it is, where its fold holds ``word`` (folded, ASCII letters): each
    letter a class of every character that folds to it (``cong``: ``[cC][oOóÓòÒ…ộỘ…][nN][gG]``).  Testing a line
    so costs a search, where folding it costs a translation of every character.  ``fold`` maps character by
    character, and only the characters of its table and ASCII fold to ASCII letters (``str.lower`` gives no
    other ASCII letter but the Kelvin sign's ``k``)."""
    if not word.isascii() or fold(word) != word:
        raise ValueError("a folded word: lower-case ASCII letters")
    sources: dict[str, set[str]] = {}
    for ch in [*map(chr, range(0x80)), *map(chr, _FOLD_TABLE), "\u212a"]:
        folded = fold_text(ch)
        if len(folded) == 1:
            sources.setdefault(folded, set()).add(ch)
    return re.compile("".join("[" + "".join(sorted(sources[c] if c.isalpha() else {c})) + "]" for c in word))


_KEY_PUNCT = compiled(r"[^\p{L}\p{N}]+")


@lru_cache(maxsize=DEFAULT_FOLD_CACHE)
def match_key(text: str) -> str:
    """Fold and reduce punctuation to single spaces: the key for comparing names and titles (kept like
    ``fold``'s: the header's and the closing's lines, issuers and places are keyed again and again)."""
    return _KEY_PUNCT.sub(" ", fold(nfc(text))).strip()


_DIGIT = compiled(r"\d")


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit: a date, a number, a phase's ordinal need one (a quick test before the
    patterns that read them)."""
    return _DIGIT.search(text) is not None


def collapse_spaces(text: str) -> str:
    """Runs of white space as one space, none at either end.  A printable text (no white space but the space:
    every other one ``str.split`` splits at is a separator or a control) without two spaces together or at
    either end is its own answer: most lines are, and are not split and joined again."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


_LOWER = compiled(r"\p{Ll}")
_THREE_LETTERS = compiled(r"\p{L}[^\p{L}]*\p{L}[^\p{L}]*\p{L}")


_ROMAN_NUMERALS = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
    (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def int_to_roman(n: int) -> str:
    """``n`` as a Roman numeral in capitals (``4`` → ``IV``): Word's numbering, and the canonical spelling a
    misread numeral is checked against."""
    out = []
    for value, numeral in _ROMAN_NUMERALS:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def is_caps(text: str) -> bool:
    """At least three letters and no lower-case letter: a heading or header line in capitals."""
    return _LOWER.search(text) is None and _THREE_LETTERS.search(text) is not None


# --- tone placement ------------------------------------------------------------------------------------
# ``hoá``/``hóa``, ``thuý``/``thúy``, ``khoẻ``/``khỏe``: the old and the new rule put the tone mark on
# different vowels of a word-final ``oa``, ``oe``, ``uy``.  Both are correct; keys for matching use the new.


def _build_tone_table() -> dict[str, str]:
    tones = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ", "o": "òóỏõọ", "u": "ùúủũụ"}
    table = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for i in range(5):
            table[first + tones[second][i]] = tones[first][i] + second
    return table


_TONE_TABLE = _build_tone_table()
_OLD_TONE = compiled(r"(?<![qQ])(?:" + "|".join(_TONE_TABLE) + r")(?![\p{L}])", regex.IGNORECASE)
#: The two letters of each old tone placement: a text that holds none of them in lower case (most, spelt the new
#: way) needs no rewrite (0.8 µs for the test against 1.5 for ``_OLD_TONE``'s pass; an ``re`` alternation with
#: IGNORECASE took 8.5)
_OLD_TONE_PAIRS = tuple(_TONE_TABLE)


_NEW_TONE_TABLE = {new: old for old, new in _TONE_TABLE.items()}
_NEW_TONE = compiled(r"(?<![qQ])(?:" + "|".join(_NEW_TONE_TABLE) + r")(?![\p{L}])", regex.IGNORECASE)


def old_tone_spelling(text: str) -> str:
    """``Ủy viên`` → ``Uỷ viên``, ``Văn hóa`` → ``Văn hoá``: the old tone placement, case kept (``new_tone_spelling``
    the other way), for a word list to match text written either way."""

    def repl(m: regex.Match) -> str:
        old = _NEW_TONE_TABLE[m.group().lower()]
        return old[0].upper() + old[1:] if m.group()[0].isupper() else old

    return _NEW_TONE.sub(repl, text)


def tone_key(text: str) -> str:
    """Lower-case text with word-final ``oá``/``oé``/``uý`` written the new way: ``hoá`` → ``hóa``."""
    return _OLD_TONE.sub(lambda m: _TONE_TABLE[m.group().lower()], text.lower())


def new_tone_spelling(text: str) -> str:
    """``Uỷ ban`` → ``Ủy ban``, ``Văn hoá`` → ``Văn hóa``: the new tone placement, case kept (for
    canonical names shown to users, and for matching names in running text: two letters become two
    letters, so the result has the input's length and offsets found in it are offsets in the input)."""

    def repl(m: regex.Match) -> str:
        new = _TONE_TABLE[m.group().lower()]
        return new[0].upper() + new[1:] if m.group()[0].isupper() else new

    low = text.lower()
    for pair in _OLD_TONE_PAIRS:
        if pair in low:
            return _OLD_TONE.sub(repl, text)
    return text
