"""What full-text search stores beside the words, so that a search reads few rows at a million documents.

Word pairs.  A phrase of several common words (``văn minh đô thị``) is rare, but each of its words is in
nearly every document: an index of words finds every document for the database to check word by word.
So each document's consecutive word pairs are indexed too, and a phrase is first looked up by its pairs:
in SQLite, an FTS5 table of pair tokens (``hiến_đất đất_mở …``) in which a phrase of n words *is* a
phrase of n − 1 pairs — the same documents, the same instances, the same bm25 (see ``sqlite_pairs``); in
PostgreSQL, a ``tsvector`` of pairs (``'hien dat'``) that narrows the candidates, the phrase itself being
then checked on the positions as before.

Buckets (PostgreSQL).  A search ranks the newest ``RANK_WINDOW`` matches; a GIN index returns matches in
no order, so a word in every document used to mean reading every document.  Each document's pairs also
hold the mark of its bucket of rids (``'#976'``), and a search asks for the newest buckets first.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

from ..normalize import fold

#: PostgreSQL's limit for one tsvector is 1 MB; the words beyond this many bytes are not indexed.
DEFAULT_MAX_TSVECTOR_BYTES = 900_000
#: PostgreSQL keeps positions up to 16383 and 256 positions per word; so do we (words past the first
#: 16383 are not indexed at all, so that every kept position is that word's own).
MAX_POSITION, MAX_POSITIONS_PER_WORD = 16383, 256
#: SQLite's FTS5 tables are told that this is part of a token (no word has it).  It joins the two words
#: of a pair token, and it begins every token of a ``folded`` column: a word without diacritics (``thi``)
#: is then not one token of both columns, whose list of documents a search of one column would read whole
#: and skip half of.  The lengths, instances and documents bm25 counts are the same either way.
SQLITE_MARK = "_"
PAIR_JOIN = SQLITE_MARK
#: Ends the pair tokens of a column in SQLite, so that the column has as many tokens as it has words:
#: bm25 normalises by the document's length, which must be the same in both tables.
PAIR_PAD = SQLITE_MARK
#: Documents per bucket (PostgreSQL).  A search reads the newest bucket, then as many more as the matches
#: found so far say it needs (``next_round``), then everything older: a word in a fifth of the documents
#: costs one or two buckets, and only one in fewer than about 0.3 % of the documents (a few thousand
#: matches at a million documents) is looked up in the whole archive.
DEFAULT_BUCKET = 1024
#: At most this many buckets in one round (the length of its ``tsquery``); past it, the rest is read whole.
DEFAULT_MAX_ROUND_BUCKETS = 64
#: A round that found nothing is followed by one this many times longer.
ROUND_GROWTH = 8
#: A round reads this many times the buckets the density found so far says it needs: densities vary.
ROUND_MARGIN = 1.5
#: In PostgreSQL's pairs: a document whose pairs did not fit in a tsvector is a candidate of every phrase.
ALL_PAIRS = "#all"


def kept_positions(words: list[str]) -> dict[str, list[int]]:
    """Each word's positions (1-based) as PostgreSQL keeps them from our ``tsvector`` literal: the first
    16383 words, 256 positions per word, whole words until the literal reaches its byte limit."""
    positions: dict[str, list[int]] = defaultdict(list)
    for i, w in enumerate(words[:MAX_POSITION], 1):
        positions[w].append(i)
    kept: dict[str, list[int]] = {}
    size = 0
    for w, p in positions.items():
        p = p[:MAX_POSITIONS_PER_WORD]
        size += len(_entry(w, p).encode()) + 1
        if size > DEFAULT_MAX_TSVECTOR_BYTES:
            break
        kept[w] = p
    return kept


def _entry(word: str, positions: list[int]) -> str:
    return f"'{word}':{','.join(map(str, positions))}"


def tsvector_literal(kept: dict[str, list[int]]) -> str:
    """A ``tsvector`` literal with positions (no server locale involved: our words are its lexemes)."""
    return " ".join(_entry(w, p) for w, p in kept.items())


def pairs_of(kept: dict[str, list[int]], *, folded: bool = False) -> set[str]:
    """The folded pairs ``'a b'`` of words at consecutive kept positions: every pair a phrase match on these
    positions (PostgreSQL's ``a <-> b``) can use.  ``folded``: the words are folded already."""
    at = {p: key for w, ps in kept.items() for key in (w if folded else fold(w),) for p in ps}
    return {f"{w} {at[p + 1]}" for p, w in at.items() if p + 1 in at}


def pg_pairs_literal(exact: dict[str, list[int]], folded: dict[str, list[int]]) -> str:
    """The pairs ``tsvector`` literal (without the bucket): the pairs of both position sets, so that it
    narrows a phrase on either column without ever leaving out a document the positions would match."""
    pairs = sorted(pairs_of(exact) | pairs_of(folded, folded=True))
    out, size = [], 0
    for p in pairs:
        size += len(p.encode()) + 3
        if size > DEFAULT_MAX_TSVECTOR_BYTES:
            return f"'{ALL_PAIRS}'"
        out.append(f"'{p}'")
    return " ".join(out)


def bucket_of(rid: int) -> int:
    return rid // DEFAULT_BUCKET


def bucket_literal(rid: int) -> str:
    return f"'#{bucket_of(rid)}'"


def pg_text_values(words: str) -> tuple[str, str, str]:
    """``(exact, folded, pairs without the bucket)`` literals of a document's index words."""
    exact = kept_positions(words.split())
    folded = kept_positions(fold(words).split())
    return tsvector_literal(exact), tsvector_literal(folded), pg_pairs_literal(exact, folded)


def pg_pairs_query(words: list[str]) -> str:
    """The pairs a phrase needs (or a document whose pairs were too many), as a ``tsquery``."""
    keys = [fold(w) for w in words]
    need = " & ".join(f"'{a} {b}'" for a, b in pairwise(keys))
    return f"({need} | '{ALL_PAIRS}')"


def next_round(found: int, read: int, need: int, last: int) -> int | None:
    """How many buckets the next round reads, after ``read`` buckets gave ``found`` matches (the last round
    read ``last``) and ``need`` more are wanted; ``None``: read all the rest."""
    if found:
        size = -(-need * read // found)  # the buckets these matches' density needs, rounded up
        size = int(size * ROUND_MARGIN) + 1
    else:
        size = last * ROUND_GROWTH
    return size if size <= DEFAULT_MAX_ROUND_BUCKETS else None


def pg_buckets_query(first: int, last: int) -> str:
    """Buckets ``first`` down to ``last`` (inclusive), as a ``tsquery``."""
    return "(" + " | ".join(f"'#{b}'" for b in range(first, last - 1, -1)) + ")"


def sqlite_tokens(words: list[str], column: str) -> list[str]:
    """The words as tokens of ``column`` in the SQLite tables: folded ones marked (``SQLITE_MARK``)."""
    return [SQLITE_MARK + w for w in words] if column == "folded" else words


def sqlite_pairs(words: list[str], column: str) -> str:
    """A column of the SQLite pairs table: ``a_b b_c … _`` — one token per word (n − 1 pairs and the
    pad), so that bm25 sees the same length as in the words table; no words, no tokens."""
    if not words:
        return ""
    return " ".join(sqlite_tokens([f"{a}{PAIR_JOIN}{b}" for a, b in pairwise(words)], column)) + " " + PAIR_PAD


def sqlite_pair_phrase(words: list[str], column: str) -> str:
    """A phrase of two or more words of ``column`` as the phrase of their pairs (FTS5 syntax)."""
    pairs = sqlite_tokens([f"{a}{PAIR_JOIN}{b}" for a, b in pairwise(words)], column)
    return '"' + " ".join(pairs).replace('"', '""') + '"'
