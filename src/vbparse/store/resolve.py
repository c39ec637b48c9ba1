"""Which archived document a citation points to: by number **and** issuer **and** date, never by number alone.

Two documents can share a number (``42/KH-UBND`` of the huyện and of the thị trấn).  A citation is
``resolved`` only when exactly one archived document has its number, its issuer and its date; it is
``ambiguous`` when several do, or when the citation leaves the issuer or the date unsaid (or names a
level without a place, ``UBND huyện``, that the citing document cannot complete) and documents with
the number remain; it is ``external`` when nothing in the archive fits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

from ..normalize import fold, match_key, new_tone_spelling, nfc
from ..pattern_cache import compiled, longest_first
from ..tables.bodies import BODY_HEADS
from ..tables.issuers import LEVEL_NAME_RE, expand_abbreviations
from ..tables.positions import (
    AUTHORITY_POSTS,
    ISSUER_BODY_HEADS,
    POST_QUALIFIERS,
    SIGNING_POSTS,
)

_SERIAL_ZEROS = compiled(r"^0+(?=\d)")
_NUMBER_SPACES = compiled(r"\s+")


def number_key(number: str | None) -> str | None:
    """``09/2019/QĐ-UBND`` and ``9/2019/QD-UBND`` → one key; ``None`` for a blank or serial-less number."""
    if not number:
        return None
    key = _SERIAL_ZEROS.sub("", _NUMBER_SPACES.sub("", fold(nfc(number)).replace("–", "-")))
    return key if key and key[0].isdecimal() else None


def _alternation(words) -> str:
    return "|".join(regex.escape(new_tone_spelling(w)) for w in longest_first(set(words)))


_QUALIFIED = r"(?:(?:" + _alternation(POST_QUALIFIERS) + r")\s*)*"
_POST = _QUALIFIED + r"(?:" + _alternation(SIGNING_POSTS) + r")"
_BODY_HEAD = _alternation([h for h, kind in BODY_HEADS if kind != "position"] + list(ISSUER_BODY_HEADS))
#: Posts, one or several (``Bộ trưởng, Chủ nhiệm``), before the head word of the body they sign for.
_POSTS_BEFORE_BODY = compiled(
    r"(?i)^\s*" + _POST + r"(?:\s*,?\s*(?:và\s+)?" + _POST + r")*\s+"
    r"(?=(?:" + _BODY_HEAD + r")(?![\p{L}\p{N}]))"
)
_AUTHORITIES = [
    (compiled(r"(?i)^\s*" + _QUALIFIED + r"(?:" + _alternation((full, *short)) + r")\s*$"), full)
    for full, short in AUTHORITY_POSTS.items()
]


def _body_of_post(name: str) -> str:
    """``Giám đốc Sở Công Thương`` → ``Sở Công Thương``: a document "of" a post is issued by the body the
    post signs for, and its header names the body.  A post that issues in its own name (``Phó Thủ
    tướng``, ``Thủ tướng``) → its full name (``Thủ tướng Chính phủ``)."""
    text = new_tone_spelling(name)
    for pattern, full in _AUTHORITIES:
        if pattern.match(text):
            return full
    return _POSTS_BEFORE_BODY.sub("", text, count=1)


def issuer_key(name: str | None) -> str | None:
    """``Chủ tịch UBND thị trấn Hà Trung`` → ``uy ban nhan dan thi tran ha trung``."""
    if not name:
        return None
    text = expand_abbreviations(nfc(name))
    key = match_key(_body_of_post(text))
    return key or None


def document_issuer_key(name: str | None, parent: str | None) -> str | None:
    """The key of an archived document's issuer: a body whose name has no place takes its parent's
    (header ``UBND TỈNH LÀO CAI / SỞ CÔNG THƯƠNG`` → ``so cong thuong tinh lao cai``), so that a citation
    naming the place (``của Giám đốc Sở Công Thương tỉnh Lào Cai``) finds it."""
    key = issuer_key(name)
    if not key or LEVEL_NAME_RE.search(key):
        return key
    parent_key = issuer_key(parent)
    m = LEVEL_NAME_RE.search(parent_key or "")
    if m and m.group("name"):
        return f"{key} {m.group('level')} {m.group('name')}"
    return key


def is_partial(key: str | None) -> bool:
    """A key that names no place: ``uy ban nhan dan huyen``, ``hoi dong nhan dan``, ``dang uy``."""
    if not key:
        return True
    m = LEVEL_NAME_RE.search(key)
    return m is None or not m.group("name")


def complete_issuer(key: str | None, context: list[str | None]) -> str | None:
    """Complete ``... huyện`` from the citing document's own issuer, parent body or place.

    ``HĐND thị trấn`` in a plan of ``UBND thị trấn Hà Trung`` is ``HĐND thị trấn Hà Trung``.  The place
    is taken only from a context that names the same level; nothing is guessed.
    """
    if not key or not is_partial(key):
        return key
    m = LEVEL_NAME_RE.search(key)
    if m is None:
        return key
    level = m.group("level")
    for ctx in context:
        cm = LEVEL_NAME_RE.search(ctx or "")
        if cm and cm.group("level") == level and cm.group("name"):
            return f"{key} {cm.group('name')}"
    return key


def _same_body_placed(cited: str, archived: str) -> bool:
    """``so cong thuong`` (a body named without a place, as before ``document_issuer_key`` gave it its
    parent's) is ``so cong thuong tinh lao cai``; ``uy ban nhan dan huyen`` (a level without its name) is not."""
    if LEVEL_NAME_RE.search(cited) or not archived.startswith(cited + " "):
        return False
    m = LEVEL_NAME_RE.fullmatch(archived[len(cited) + 1 :])
    return bool(m and m.group("name"))


Status = Literal["resolved", "ambiguous", "external"]


@dataclass(frozen=True)
class Candidate:
    """An archived document with the cited number."""

    doc_id: str
    issuer_key: str | None
    issued_date: str | None


def judge(cited_issuer: str | None, cited_date: str | None, cand: Candidate) -> tuple[str, str]:
    """(issuer, date) verdicts for one candidate: ``match``, ``unknown`` or ``conflict``."""
    if not cited_issuer or not cand.issuer_key:
        issuer = "unknown"
    elif cited_issuer == cand.issuer_key or _same_body_placed(cited_issuer, cand.issuer_key):
        issuer = "match"
    elif is_partial(cited_issuer) and (cand.issuer_key + " ").startswith(cited_issuer + " "):
        issuer = "unknown"  # ``UBND huyện`` fits ``UBND huyện Hà Trung`` but does not single it out
    else:
        issuer = "conflict"
    if not cited_date or not cand.issued_date:
        date = "unknown"
    else:
        date = "match" if cited_date == cand.issued_date else "conflict"
    return issuer, date


def resolve(
    cited_issuer: str | None, cited_date: str | None, candidates: list[Candidate]
) -> tuple[Status, list[Candidate]]:
    """Status of one citation and the documents it may mean (the one it means, when resolved)."""
    verdicts = [(c, judge(cited_issuer, cited_date, c)) for c in candidates]
    full = [c for c, v in verdicts if v == ("match", "match")]
    if len(full) == 1:
        return "resolved", full
    if full:
        return "ambiguous", full
    possible = [c for c, v in verdicts if "conflict" not in v]
    return ("ambiguous", possible) if possible else ("external", [])
