"""Names the grammar composes from their parts rather than lists (issue 52: a grammar of names, not a list of the
corpus's): a nominaliser and a verb of office (``Người đứng đầu``), a level and an organ's syllable (``Huyện đoàn``).
The name lists (``bodies.py``) may hold some of them too; removing such an entry loses nothing the grammar makes."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

#: A noun that makes a verb of office its holder (``Người`` + ``đứng đầu``: the one who heads): with one of
#: ``OFFICE_VERBS`` after it, a post whatever the lists hold (``Người phụ trách``, ``Người điều hành``).
AGENT_NOMINALISERS: tuple[str, ...] = ("Người",)
#: The verbs of holding an office, which ``AGENT_NOMINALISERS`` make a post of.  Not a verb of what anyone does
#: (``Người nộp thuế``, ``Người tham gia``), nor one that is a form's field as often as a post (``Người đại diện:``
#: + ``Họ và tên: ……``), a manager's qualifications' heading (``Người quản lý doanh nghiệp:``), or a passive whose
#: object is a task (``Người được giao`` + ``xử lý công việc có trách nhiệm …``: the name runs to the role word).
OFFICE_VERBS: tuple[str, ...] = ("đứng đầu", "chủ trì", "phụ trách", "điều hành", "chỉ huy", "phát ngôn")

#: The words of a level that open a body's compound name (``Tỉnh`` of ``Tỉnh đoàn``, ``Huyện`` of ``Huyện đội``) ...
LEVEL_PREFIXES: tuple[str, ...] = ("Tỉnh", "Thành", "Huyện", "Quận", "Thị", "Xã", "Phường")
#: ... and the organ's syllable after it: the youth union's (``đoàn``), the military command's (``đội``), the party
#: committee's (``ủy``, ``uỷ``).  Together a body of that level: ``Tỉnh đoàn``, ``Huyện đoàn``, ``Quận đội``.
ORGAN_SYLLABLES: tuple[str, ...] = ("đoàn", "đội", "ủy", "uỷ")


#: The pairs of syllables written as one word (``bảo vệ``, ``kiểm lâm``), counted in lower case in the texts beside the
#: project (``scripts/make_syllable_pairs.py``): a capitalised syllable and the word in lower case after it that make
#: such a pair are one word of a name's field (``Quỹ Bảo`` + ``vệ môi trường``), not a proper name and the sentence.
SYLLABLE_PAIRS_FILE = Path(__file__).with_name("syllable_pairs.txt")


@lru_cache(maxsize=1)
def syllable_pairs() -> frozenset[str]:
    """The pairs, ``"bảo vệ"``, read once; empty when the file is missing (a name then ends as before it was asked)."""
    try:
        lines = SYLLABLE_PAIRS_FILE.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(line for line in lines if line and not line.startswith("#"))


#: The pairs of words written side by side in any case, and how often (``scripts/make_written_pairs.py``): what a
#: scan's words are read against when their marks look lost (``read.ocr_marks``).
WRITTEN_PAIRS_FILE = Path(__file__).with_name("written_pairs.txt")


@lru_cache(maxsize=1)
def written_pairs() -> dict[str, int]:
    """The pairs (``"thành phố"``) and their counts, read once; empty when the file is missing (nothing is restored)."""
    try:
        lines = WRITTEN_PAIRS_FILE.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    pairs: dict[str, int] = {}
    for line in lines:
        if line and not line.startswith("#"):
            pair, _tab, count = line.partition("\t")
            pairs[pair] = int(count)
    return pairs
