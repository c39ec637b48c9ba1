"""Nơi nhận (recipients with purposes), Lưu (archive) and the signature block."""

from __future__ import annotations

from ..chars import collapse_spaces, fold, is_caps, match_key
from ..encodings import undoubled, vietnamese_score
from ..models import Diagnostic, Recipient, Signer, SigningStep, Span
from ..pattern_cache import compiled
from ..structure.parser import Line, Structure
from ..tables import patterns as P
from ..tables.closing import (
    LUU,
    OCR_LOOKALIKES,
    PURPOSE_FIRST_WORDS,
    PURPOSE_LEADS,
    PURPOSES,
    RECIPIENT_TRAILING_MARKS,
    SIGNATURE_NOTE,
    SIGNATURE_POST_FORMS,
    SIGNATURE_POSTS_BY_FIRST,
    SIGNATURE_STRAY_LEAD,
)
from ..tables.names import PERSON_NAME_LINE, RANKS
from ..zones import signer_run_on
from .confidence import OcrConfidence, joined_syllables
from .entities import entity_matcher

_PURPOSE = compiled(r"\((?P<p>[^()]{1,60})\)\s*[;.,]?\s*$")
#: Marks a seal or a signature leaves at either end of a recognised line (``-PHÓ CỤC TRƯỞNG``, ``_-- GIÁM ĐỐC``).
_STRAY = compiled(r"^[^\p{L}]+|[^\p{L}.)]+$")
#: An item's mark before a recipient (``- Như trên;``): compiled once, not looked up by ``regex.sub`` a line.
_ITEM_MARK = compiled(r"^[-+•]\s*")
#: A recognised position line is words: at least this share of its characters are letters.
DEFAULT_MIN_LETTER_SHARE = 0.8
#: … and more than this share of its words are Vietnamese syllables (``SƯ JTẼNN C`` is not a post).
DEFAULT_MIN_WORD_SHARE = 0.5


def _mostly_letters(text: str) -> bool:
    chars = [ch for ch in text if not ch.isspace()]
    return bool(chars) and sum(ch.isalpha() for ch in chars) >= DEFAULT_MIN_LETTER_SHARE * len(chars)


#: A rank before the name (``Đại tá``, ``Thiếu tướng``), in any case.
_RANK = compiled(r"(?i)^(?:" + "|".join(RANKS) + r")\s+")
#: What opens a purpose in folded text (``de ``, ``thay ``) and as written (``để ``, ``thay ``).
_PURPOSE_LEAD_KEY = compiled(r"^(?:" + "|".join(fold(w) for w in PURPOSE_LEADS) + r")\s+")
_PURPOSE_LEAD = compiled(r"(?i)^(?:" + "|".join(PURPOSE_LEADS) + r")\s+")


def _purpose(text: str) -> tuple[str | None, str | None, str]:
    text = RECIPIENT_TRAILING_MARKS.sub("", text)  # a scan's stray mark after the line's ``;`` (``(để p/h);_``)
    m = _PURPOSE.search(text)
    if not m:
        return None, None, text
    raw = m.group("p").strip()
    key = fold(raw)
    key = _PURPOSE_LEAD_KEY.sub("", key).strip(" .")
    if key in PURPOSES:
        return PURPOSES[key], raw, text[: m.start()]
    words = key.split()
    if words and words[0] in PURPOSE_FIRST_WORDS:
        # "để báo cáo và phê duyệt": keep the words as written, without "để"
        return collapse_spaces(_PURPOSE_LEAD.sub("", raw)), raw, text[: m.start()]
    return None, None, text


def extract_recipients(st: Structure, diags: list[Diagnostic]) -> tuple[list[Recipient], list[str]]:
    recipients: list[Recipient] = []
    archive: list[str] = []
    if st.noi_nhan is None:
        diags.append(Diagnostic(code="missing_recipients", severity="warning", message="no 'Nơi nhận:' list"))
        return recipients, archive
    matcher = entity_matcher()
    merged: list[tuple[str, int, int]] = []
    for ln in [*_inline_items(st.noi_nhan), *(item for line in st.recipients for item in _run_on_items(line))]:
        if (
            merged
            and not ln.text.startswith(("-", "+", "•"))
            and not merged[-1][0].rstrip().endswith((";", "."))
            and not LUU.match(ln.text)
        ):
            text, s0, _e = merged[-1]
            merged[-1] = (text + " " + ln.text, s0, ln.end)
        else:
            merged.append((ln.text, ln.start, ln.end))
    for text_, start_, end_ in merged:
        ln = Line(-1, text_, start_, end_, st.noi_nhan.hint)
        lm = LUU.match(ln.text)
        if lm:
            rest = lm.group("rest").strip().rstrip(".;")
            if lm.group("sep").strip() != ":":
                diags.append(
                    Diagnostic(
                        code="malformed_archive",
                        severity="info",
                        message=f"'{ln.text}': 'Lưu' should be followed by ':'",
                        span=st.mapped.span(ln.start, ln.end),
                    )
                )
            archive.extend(e.strip().rstrip(".;") for e in rest.split(",") if e.strip().rstrip(".;"))
            continue
        text = _ITEM_MARK.sub("", ln.text).strip()
        if not text:
            continue
        purpose, purpose_raw, name = _purpose(text)
        name = collapse_spaces(name).rstrip(" ;.,")
        if not name:
            continue
        entities = []
        for e in matcher.find(name):
            if e.canonical not in entities:
                entities.append(e.canonical)
        recipients.append(
            Recipient(
                raw=ln.text,
                name=name,
                purpose=purpose,
                purpose_raw=purpose_raw,
                entities=entities,
                span=st.mapped.span(ln.start, ln.end),
            )
        )
    return recipients, archive


def _authority(auth: str) -> str:
    return auth if "/" in auth else auth + "."


def extract_signer(st: Structure, diags: list[Diagnostic], confidence: OcrConfidence | None = None) -> Signer | None:
    """The signing chain, positions and name; with ``confidence`` (a scan), a name OCR was unsure of or
    that is not a name's shape is a diagnostic instead."""
    lines: list[Line] = [ln for ln in st.signature if not SIGNATURE_NOTE.match(ln.text)]
    if not lines:
        return _no_signer(diags)
    chain: list[SigningStep] = []
    positions: list[str] = []
    after_name: list[str] = []
    name: str | None = None
    rejected = False  # a name line refused (OCR unsure, or no name's shape): the block is there, its name unknown
    for t, ln in _signature_texts(lines, confidence):
        m = P.AUTHORITY.match(t)
        if m:
            if not chain and name is None:
                # a block opens with its authority (``TM. ĐOÀN KIỂM TRA``): capitals above it are not the
                # signer's post (18: the first half of ``SỞ CÔNG THƯƠNG LÀO CAI``, wider than the column, which
                # OCR put in the recipients' column)
                positions.clear()
            chain.append(SigningStep(authority=_authority(m.group("auth")), target=m.group("rest").strip()))
            continue
        if is_caps(t):
            if name is None and len(positions) > 1 and not P.POST_KEY.match(match_key(t) + " "):
                positions[-1] += " " + t  # a further post goes on (``PHÓ CỤC TRƯỞNG`` / ``CỤC CẢNH SÁT …``)
            elif name is None:
                positions.append(t)
            else:
                after_name.append(t)  # the host position printed under the name
            continue
        ranked = _RANK.match(t)
        if ranked and name is None and PERSON_NAME_LINE.match(t[ranked.end() :]):
            t = t[ranked.end() :]
        if name is None and PERSON_NAME_LINE.match(t) and all(len(s) == 1 for s in t.split()):
            continue  # letters of a seal or a cut-off line (``Đ C``), no syllable of a name
        if PERSON_NAME_LINE.match(t) and name is None:
            name = t
            if confidence is not None:  # judged on the name's own words, not the marks around it
                at = ln.text.find(t)
                start, end = (ln.start + at, ln.start + at + len(t)) if at >= 0 else (ln.start, ln.end)
                name = confidence.signer_name(t, start, end, diags)
                if name is None:
                    rejected = True
                    break
        elif name is not None:
            break
    if after_name:
        positions.append(" ".join(after_name))
    if not chain and not positions and name is None and not rejected:
        return _no_signer(diags)
    return _signer(chain, positions, name, confidence is not None, diags, st.mapped.span(lines[0].start, lines[-1].end))


def _signature_texts(lines: list[Line], confidence: OcrConfidence | None) -> list[tuple[str, Line]]:
    """The signature block's lines as read, each with the line it came from: a recognised line without the stray
    marks of the seal around it (a line of a seal's letters left out), a block run into one line cut back into its
    lines (``_block_lines``)."""
    texts: list[tuple[str, Line]] = []
    for ln in lines:
        t = collapse_spaces(ln.text.strip("* "))
        if confidence is not None:  # a recognised line: stray marks of the seal or signature around it
            t = joined_syllables(SIGNATURE_STRAY_LEAD.sub("", _STRAY.sub("", t)))
            if (
                is_caps(t)
                and not P.AUTHORITY.match(t)
                and (not _mostly_letters(t) or len(t.split()) < 2 or vietnamese_score(t) <= DEFAULT_MIN_WORD_SHARE)
            ):
                continue  # a position is Vietnamese words, two or more (``CHỦ TỊCH``): not a seal's letters
        texts += [(piece, ln) for piece in _block_lines(t)]
    return texts


def _block_lines(t: str) -> list[str]:
    """A signature block a web copy ran into one line (``KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Tư``: a flattened
    cell, a paragraph's lines joined) cut back into its lines: the authority and whom it signs for, the post (from
    the first word after the target's first where a known post opens the rest), the name (the words in lower case
    after the capitals); any other line as it is."""
    run_on = signer_run_on(t)
    if run_on is None or not PERSON_NAME_LINE.match(run_on[1]):
        return [t]
    head, name = run_on
    m = P.AUTHORITY.match(head)
    if m is None:
        return [head, name]
    rest = m.group("rest").split(" ")
    for i in range(1, len(rest)):
        if _same_letters(fold(" ".join(rest[i:]))):
            return [head[: m.start("rest")] + " ".join(rest[:i]), " ".join(rest[i:]), name]
    return [head, name]


#: Where an item of a recipients' list run into one line begins: its mark after the label's colon or after the
#: item before it (``Nơi nhận: - A; - B; - Lưu: VT.``).
_RUN_ON_ITEM = compiled(r"(?:^|(?<=[:;.])\s+)[-+•]\s+")


def _inline_items(noi_nhan: Line) -> list[Line]:
    """The recipients written on the ``Nơi nhận:`` line itself, after its label (a web copy's list run into
    one line); none when the label stands alone."""
    label = P.NOI_NHAN.match(noi_nhan.text)
    if label is None or not noi_nhan.text[label.end() :].strip():
        return []
    rest = noi_nhan.text[label.end() :]
    at = label.end() + len(rest) - len(rest.lstrip())
    line = Line(-1, noi_nhan.text[at:], noi_nhan.start + at, noi_nhan.end, noi_nhan.hint)
    return _run_on_items(line) if _RUN_ON_ITEM.match(line.text) else []


def _run_on_items(line: Line) -> list[Line]:
    """A recipients' line holding several marked items (``- A; - B; - Lưu: VT.``) as one line each; any other
    line as it is."""
    starts = [m.start() + len(m.group()) - len(m.group().lstrip()) for m in _RUN_ON_ITEM.finditer(line.text)]
    if len(starts) < 2 or starts[0] != 0:
        return [line]
    ends = [*starts[1:], len(line.text)]
    return [
        Line(-1, line.text[a:b].rstrip(), line.start + a, line.start + a + len(line.text[a:b].rstrip()), line.hint)
        for a, b in zip(starts, ends, strict=True)
    ]


def _no_signer(diags: list[Diagnostic]) -> Signer | None:
    """None, with the diagnostic that says there was no signature block."""
    diags.append(Diagnostic(code="missing_signer", severity="warning", message="no signature block"))
    return None


def _signer(
    chain: list[SigningStep], positions: list[str], name: str | None, ocr: bool, diags: list[Diagnostic], span: Span
) -> Signer:
    """The Signer of what the block gave: the first step's authority and target, the posts (a recognised
    post snapped to the known ones)."""
    positions = [_snapped(_undoubled(p, diags) if ocr else p, ocr, diags) for p in positions]
    for step in chain:
        if step.target:
            step.target = _snapped(step.target, ocr, diags)
    signer = Signer(chain=chain, name=name, span=span)
    if chain:
        signer.authority = chain[0].authority
        signer.on_behalf_of = chain[0].target
    if positions:
        signer.position = positions[0]
        signer.additional_positions = positions[1:]
    elif len(chain) > 1:
        signer.position = None
    return signer


def _snapped(line: str, ocr: bool, diags: list[Diagnostic]) -> str:
    """A post at the start of a signature line put back to its printed form: read without its marks
    (``PHO CHANH VAN PHONG``) or with a wrong one (``PHÓ GIÁM ĐÔC``), or, by OCR, with one letter wrong, lost
    or added besides letters it confuses (``PHÓ CHỦ TIC``, ``PO GLÁM ĐÓC``, with a diagnostic).  A line whose
    head is a post as printed, or no post, is kept."""
    folded = fold(line)
    same = _same_letters(folded)
    if same:
        end = same[0][1]
        head = line[:end]
        posts = [post for post, e in same if e == end]
        if head in posts:
            return line
        # the post whose marks are nearest to those read (``THỨ TRƯƠNG`` is THỨ TRƯỞNG, not THỦ TRƯỞNG); read
        # without marks, only a post no other shares the letters of (``THU TRUONG`` is either)
        nearest = max(posts, key=lambda p: sum(a == b for a, b in zip(p, head, strict=True)))
        if head.isascii() and len(posts) > 1:
            return line
        # a wrong mark is put right in a post of two words or more (``PHÓ GIÁM ĐÔC``); one word alone may
        # be another word of the same letters (``TRƯỜNG`` is a school, ``TRƯỞNG`` a post)
        return nearest + line[end:] if head.isascii() or " " in nearest else line
    if not ocr:
        return line
    best: tuple[int, str, int] | None = None
    lookalike = folded.translate(OCR_LOOKALIKES)  # one character for one: ends stay the line's
    for post, _exact, fuzzy in SIGNATURE_POST_FORMS:
        m = fuzzy.match(lookalike) if fuzzy is not None else None
        if m is not None and (best is None or sum(m.fuzzy_counts) < best[0]):
            best = (sum(m.fuzzy_counts), post, m.end())
    if best is None:
        return line
    _edits, post, end = best
    diags.append(
        Diagnostic(
            code="signer_post_corrected",
            severity="info",
            message=f"the signer's post read as '{line[:end]}' is taken as '{post}' (one letter apart)",
        )
    )
    return post + line[end:]


def _undoubled(post: str, diags: list[Diagnostic]) -> str:
    """A recognised post with the letter OCR doubled in a word taken out (11: ``PHÓ CỤC TRƯỞNG CUỤC CẢNH SÁT``),
    with a diagnostic; a word that is a syllable, or that several letters could be taken out of, is kept."""
    words = post.split(" ")
    for k, word in enumerate(words):
        mended = undoubled(word)
        if mended is not None:
            diags.append(
                Diagnostic(
                    code="signer_post_corrected",
                    severity="info",
                    message=f"the signer's post read with '{word}' is taken with '{mended}' (a letter OCR doubled)",
                )
            )
            words[k] = mended
    return " ".join(words)


def _same_letters(folded: str) -> list[tuple[str, int]]:
    """The posts whose folded form opens the folded line, with where each ends, longest first."""
    out = []
    for post, folded_post in SIGNATURE_POSTS_BY_FIRST.get(folded[:1], ()):
        # ``^<folded post>(?![a-z])`` (``SIGNATURE_POST_FORMS``' exact pattern) without a call of ``regex`` a post
        if folded.startswith(folded_post) and not "a" <= folded[len(folded_post) : len(folded_post) + 1] <= "z":
            out.append((post, len(folded_post)))
    return sorted(out, key=lambda pe: -pe[1])
