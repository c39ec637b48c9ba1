"""A sentence that only says who carries out what its item lists (``Sở A chủ trì, phối hợp với Sở B tổ chức thực
hiện.``, ``X chủ trì; Y và Z phối hợp thực hiện, hoàn thành trong Quý III/2026``), read as the fields it stands for:
the leads, the partners and the deadline of the activities listed above it."""

from __future__ import annotations

from ..pattern_cache import compiled
from ..structure.parser import Node
from ..tables.deadlines import DEADLINE_PROMISE
from ..tables.field_labels import FIELD_BLOCK
from ..tables.name_clauses import REPEATED_WITH
from ..tables.obligations import (
    ACTIVITIES_REMARK,
    ADVERBIAL_OPENER,
    DELEGATION,
    FRONTED_PARTNERS,
    GENERIC_EXECUTION,
    MANNER_HEADING,
    PASSIVE_WHO,
    SUPPORT_ONLY,
    WHO_ROLE,
)
from ..tables.rules import record_pattern
from .assignees import find_names, positional_partners, subject
from .obligation_context import BRACKET_AFTER
from .obligation_names import find_subject, joined_paragraphs, sentences_of

__all__ = ["after_passive_who", "role_clauses", "who_fields", "who_item", "who_only", "without_deadline"]

DEADLINE_CUE = record_pattern("deadline.task")
PARTNER = record_pattern("support.partner")


def without_deadline(text: str) -> tuple[str, str | None]:
    """A who-sentence's words without the deadline its last comma opens (``…, hoàn thành trong Quý IV/2029``), and
    that deadline (None when there is none)."""
    head, comma, tail = text.rpartition(",")
    promise = DEADLINE_PROMISE.match(tail.lstrip())  # (``…, bảo đảm hoàn thành trong Quý III/2046``)
    if comma and DEADLINE_CUE.match(tail.lstrip(), promise.end() if promise else 0):
        return head.rstrip(), tail.strip()
    # or right after the generic verb, no comma (``… tổ chức thực hiện các hoạt động trên trong năm 2053``): tried
    # where a generic verb begins, the last first (the whole pattern searched at every position was dear)
    for verb in reversed(list(_GENERIC_VERB.finditer(text))):
        generic = GENERIC_EXECUTION.match(text, verb.start())
        if generic is None:
            continue
        when = text[generic.end() :].strip(" .;")
        if when and text[generic.end() : generic.end() + 1].isspace() and DEADLINE_CUE.match(when):
            return text[: generic.end()].rstrip(), when
    return text, None


#: Where ``GENERIC_EXECUTION``'s verb begins (``tổ chức``, ``triển khai``, ``thực hiện``).
_GENERIC_VERB = compiled(r"(?i)(?<![\p{L}])(?:tổ\s+chức|triển\s+khai|thực\s+hiện)(?![\p{L}])")


def who_only(rest: str) -> bool:
    """What follows a subject only says who does what is listed elsewhere: a role, partners and a generic verb
    (``chủ trì, phối hợp với Sở B, Báo C tổ chức thực hiện.``, ``chủ trì tổ chức thực hiện``, ``thực hiện``);
    not ``phối hợp với Đài PT-TH tuyên truyền về lễ hội`` (a task of its own)."""
    r = rest.strip(" ,.;:")
    role = WHO_ROLE.match(r)
    if role:
        r = r[role.end() :].lstrip(" ,")
    partner = PARTNER.match(r)
    cue = partner
    while cue:  # (and again after ``và với``: ``phối hợp với A và với B tổ chức …``, twenty-eighth twins of T3)
        names, end, _mode = subject(r[cue.end() :])
        if not names:  # partners no list knows, by where they stand (``Hạt Kiểm lâm Cồn Sẻ, Đồn Biên phòng …``)
            found = positional_partners(r[cue.end() :])
            if not found:
                return False
            end = found[-1].end
        r = r[cue.end() + end :].strip(" ,.;:")
        bracket = BRACKET_AFTER.match(r)  # the last partner's sub-unit (``Bệnh viện tỉnh (Khoa Dược) tổ chức …``)
        if bracket and find_names(r[bracket.start() : bracket.end()].strip()[1:-1]):
            r = r[bracket.end() :].strip(" ,.;:")
        cue = REPEATED_WITH.match(r)
    r = without_deadline(r)[0]  # ``… tổ chức thực hiện, hoàn thành trong Quý IV/2029``: when, not what
    if role and not partner:
        r = _without_trailing_partners(r)  # ``… tổ chức thực hiện, phối hợp chặt chẽ với A, B``
    return bool(role or partner or r) and GENERIC_EXECUTION.fullmatch(r) is not None


def _without_trailing_partners(r: str) -> str:
    """``r`` without the partners' clause after its generic verb's comma when the clause holds only names (``tổ
    chức thực hiện`` + ``, phối hợp chặt chẽ với Hội Nông dân tỉnh, Hạt Kiểm lâm huyện``; twenty-sixth twin of T3);
    ``r`` itself where the clause goes on with a task of its own (``… với Hội Nông dân tỉnh tuyên truyền …``)."""
    for comma in _COMMA.finditer(r):
        partner = PARTNER.match(r, comma.end())
        if partner is None:
            continue
        names, end, _mode = subject(r[partner.end() :])
        if names and not r[partner.end() + end :].strip(" ,.;:"):
            return r[: comma.start()].rstrip()
        return r
    return r


#: A comma and its spaces, where a partners' clause may open after a generic verb.
_COMMA = compiled(r",[ \t]*")


def after_passive_who(sentence: str) -> str:
    """A who-sentence from its doers on, past the passive that names the activities they do (``Các hoạt động tại điểm
    a do`` + ``Sở Y tế chủ trì, Y phối hợp thực hiện``), or past the giver who hands them over (``Ủy ban nhân dân tỉnh
    giao`` + ``Sở A chủ trì, phối hợp với Sở B tổ chức thực hiện``; twenty-ninth twins of T3): the giver is given
    nothing."""
    passive = PASSIVE_WHO.match(sentence)
    if passive:
        return sentence[passive.end() :]
    found = find_subject(sentence) if "giao" in sentence else None
    given = DELEGATION.match(sentence, found[2]) if found is not None and found[1] == 0 else None
    if given is None or given.group("request") or not sentence[given.end() : given.end() + 1].isupper():
        return sentence
    return sentence[given.end() :]


def who_fields(text: str) -> list[tuple[str, str]]:
    """A paragraph that only says who carries out what its item lists (``Sở A chủ trì, phối hợp với Sở B tổ chức
    thực hiện.``; ``Sở C phối hợp thực hiện.``), as the fields it stands for: [(``lead``, the sentence)], or
    [(``support``, the names)]; [] for any other paragraph, or a lead-in ending with a colon."""
    t = text.strip()
    if not t or t.endswith(":"):
        return []
    out: list[tuple[str, str]] = []
    for said, _o in sentences_of(t):
        if ACTIVITIES_REMARK.match(said):
            continue  # ``Các nội dung trên được lồng ghép …``: of the activities, not of who does them
        sentence = after_passive_who(said)
        found = find_subject(sentence)
        fronted = FRONTED_PARTNERS.match(sentence) if found is not None and found[1] else None
        led_in = found is not None and found[1] != 0 and _fronted_clause(sentence, found[1])
        if found is None or (found[1] != 0 and fronted is None and not led_in):
            return []
        if fronted is not None:  # (``Với sự phối hợp của A và B,`` + ``X chủ trì …``: A and B support it)
            out.append(("support", sentence[fronted.end() : found[1]].rstrip(" ,")))
        if fronted is not None or led_in:  # (``Để triển khai các hoạt động trên,`` + ``X chủ trì …``: why, not who)
            sentence = sentence[found[1] :]
        for clause in role_clauses(sentence):  # ``X chủ trì, Y phối hợp thực hiện``: each body with its own role
            got = _clause_fields(clause)
            if got is None:
                return []
            out += got
    return out


def _fronted_clause(sentence: str, at: int) -> bool:
    """Whether the words before the subject at ``at`` are one adverbial clause closed by its comma (``Để triển khai các
    hoạt động trên,``, ``Trên cơ sở kết quả rà soát,``): why or when, no one who acts."""
    lead = sentence[:at].rstrip()
    return lead.endswith(",") and "," not in lead[:-1] and ADVERBIAL_OPENER.match(lead) is not None


def _clause_fields(clause: str) -> list[tuple[str, str]] | None:
    """The fields one who-clause stands for: its partners (``Y và Z phối hợp tổ chức thực hiện, hoàn thành trong Quý
    III``) or its lead (``X chủ trì, phối hợp với Y tổ chức thực hiện``), with the time its last comma opens; None for a
    clause that does more than say who."""
    found = find_subject(clause)
    if found is None or found[1] != 0:
        return None
    rest = clause[found[2] :]
    plain, when = without_deadline(rest.strip(" ,.;:"))
    time = [("time", when)] if when else []  # ``…, hoàn thành trong Quý IV/2029``: the activities' deadline
    if SUPPORT_ONLY.fullmatch(plain):
        return [("support", clause[: found[2]]), *time]
    if who_only(rest):
        return [("lead", clause), *time]
    return None


def role_clauses(sentence: str) -> list[str]:
    """A who-sentence whose lead and partners each have their own role after a comma (``X chủ trì, Y phối hợp thực
    hiện``) as its two clauses (``X chủ trì``, ``Y phối hợp thực hiện``), as a semicolon would part them; any other
    sentence whole."""
    found = find_subject(sentence)
    if found is None or found[1] != 0:
        return [sentence]
    partners = _partners_after_role(without_deadline(sentence[found[2] :].strip(" ,.;:"))[0])
    role = WHO_ROLE.match(sentence[found[2] :].lstrip())
    if partners is None or role is None:
        return [sentence]
    at = sentence.index(partners, found[2])
    return [sentence[: found[2]] + " " + role.group(), sentence[at:]]


def _partners_after_role(plain: str) -> str | None:
    """The partners of ``chủ trì, Y và Z phối hợp thực hiện`` (a lead's role, a comma, then partners with theirs and
    the generic verb only; twenty-sixth twin of T3, the passive ``… do X chủ trì, Y phối hợp thực hiện``), or None."""
    role = WHO_ROLE.match(plain)
    if role is None or not plain[role.end() :].lstrip().startswith(","):
        return None
    tail = plain[role.end() :].lstrip(" ,")
    found = find_subject(tail)
    if found is None or found[1] != 0 or not SUPPORT_ONLY.fullmatch(tail[found[2] :]):
        return None
    return tail[: found[2]]


def who_item(c: Node) -> list[tuple[str, str]] | None:
    """An item that only says who carries out its siblings' activities (``b) Cách thức tổ chức`` / ``Sở A chủ
    trì, phối hợp với Sở B tổ chức thực hiện.``), under a heading of labels too (``b) Phân công chủ trì, phối
    hợp``, whose lines are no fields): its fields, or None."""
    if c.children or not c.text_parts or not c.heading:
        return None
    if not MANNER_HEADING.match(c.heading) and not FIELD_BLOCK.match(c.heading):
        return None
    got = who_fields(joined_paragraphs(c.text_parts).replace("\n", " "))
    return got or None
