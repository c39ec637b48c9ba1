"""The typed document model: the single source of truth for JSON output, JSON Schema and storage.

Field names are a public contract: add fields freely, rename none.  Every extracted value that was
read from the text carries a ``span`` (character offsets into the *original* decoded text, before
normalisation), so a reviewer can always see where a value came from.  A value that is not in the
text is ``None`` and, where the format rules require it, a diagnostic says it is missing.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.0"

#: ISO 8601 with reduced precision: ``2023``, ``2023-02`` or ``2023-02-01``.  Used where the text gives
#: only a month (``từ tháng 2/2023``) so that no day is invented.
PartialIsoDate = str


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Span(_Model):
    """Half-open character range ``[start, end)`` in the original decoded text."""

    start: int
    end: int


ExtraTextKind = Literal["text_box", "header", "footer", "signature", "stamp"]


class ExtraText(_Model):
    """Text that is in the file but not in the body: text boxes, page headers and footers, the e-signature's
    stamp line, and stamps above the header of a PDF (``SAO Y``, the e-gazette's signature box)."""

    kind: ExtraTextKind
    text: str


class OcrPage(_Model):
    page: int = Field(description="1-based page number")
    confidence: float = Field(description="Mean Tesseract word confidence, 0–100")


#: ``[start, end, page, x0, top, x1, bottom]``: a stretch of the original text and where it is printed
#: (kept as an array: a document holds thousands).
TextBox = tuple[int, int, int, float, float, float, float]


class Source(_Model):
    path: str | None = None
    format: str = Field(description="What the file was: txt, txt-layout, md, docx, doc, pdf, pdf-ocr, …")
    sha256: str
    chars: int = Field(
        description="Length of the original text in characters (for binary formats: the text "
        "the reader extracted, which spans index)"
    )
    encoding: str | None = Field(
        default=None,
        description="Byte encoding the text was decoded from, or the legacy font encoding converted (tcvn3, vni)",
    )
    pages: int | None = Field(default=None, description="Page count of a PDF")
    ocr: bool = Field(default=False, description="True when some text came from optical character recognition")
    ocr_pages: list[OcrPage] = Field(default_factory=list)
    signed_at: str | None = Field(default=None, description="Earliest digital-signature time in the file (ISO 8601)")
    extra_text: list[ExtraText] = Field(default_factory=list)
    boxes: list[TextBox] = Field(
        default_factory=list,
        description="Where the text is printed (PDFs, text layer and OCR alike): stretches of one line of a "
        "page as [start, end, page, x0, top, x1, bottom]; start/end are offsets in the original text, as in "
        "spans; page is 1-based; the box is in PDF points from the page's top-left corner",
    )


class DocType(_Model):
    code: str | None = Field(default=None, description="Type code: KH, QĐ, CV (công văn), BC, TB, NQ, CTr, HD, …")
    name: str | None = Field(default=None, description="Type name as a Vietnamese word: Kế hoạch, Quyết định, …")
    span: Span | None = None


DocNumberForm = Literal["admin", "cong_van", "normative", "party", "law", "partial", "unknown"]


class DocNumber(_Model):
    """Số, ký hiệu (number and symbol) as printed in the header."""

    raw: str
    value: str | None = Field(default=None, description="Normalised, e.g. 42/KH-UBND, 09/2019/QĐ-UBND, 26-NQ/ĐU")
    serial: int | None = Field(default=None, description="The number itself; null when left blank in a draft")
    year: int | None = Field(default=None, description="Year inside the number (normative form 09/2019/QĐ-UBND)")
    type_code: str | None = None
    issuer_code: str | None = None
    form: DocNumberForm = "unknown"
    span: Span | None = None


class Issuer(_Model):
    name: str | None = None
    parent: str | None = Field(default=None, description="Cơ quan chủ quản printed above the issuer")
    inferred: bool = Field(default=False, description="True when read from the body, not the header")
    span: Span | None = None


class DateParts(_Model):
    day: int | None = None
    month: int | None = None
    year: int | None = None
    span: Span | None = Field(default=None, description="The date as written: 'ngày 05 tháng 01 năm 2020'")


ReferenceRelation = Literal["basis", "implements", "mentions"]


class Reference(_Model):
    """A document cited in the text; later mentions of the same document are folded into ``mentions``."""

    id: str
    raw: str
    doc_type: str | None = Field(default=None, description="Type code of the cited document")
    doc_type_name: str | None = None
    number: str | None = Field(default=None, description="Normalised number; may be partial (09/2019)")
    date: _dt.date | None = None
    issuer: str | None = None
    relation: ReferenceRelation = "mentions"
    span: Span | None = None
    mentions: list[Span] = Field(default_factory=list, description="Spans of every mention, first included")


class Section(_Model):
    label: str | None = Field(default=None, description="Numbering as written: I, 1, 1.1, a, -, +")
    path: str = Field(description="Labels of the ancestors and self, e.g. IV.2 or VII.1.-2 for the 2nd bullet")
    heading: str | None = None
    text: str | None = None
    span: Span | None = None
    children: list[Section] = Field(default_factory=list)


class Phase(_Model):
    label: str | None = Field(default=None, description="As written, e.g. 'Đợt 1'")
    ordinal: int | None = None
    start: PartialIsoDate | None = None
    end: PartialIsoDate | None = None
    raw: str
    span: Span | None = None


class Assignee(_Model):
    """Who is given a task: a unit, position, body or person, as written and as resolved.  Read-only once
    parsed: the tasks of one assignee in a document share it."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    raw: str
    canonical: str | None = Field(default=None, description="Canonical unit/position/body name or person name")
    kind: Literal["unit", "position", "person", "body", "other"] = "other"
    person_name: str | None = None
    position: str | None = Field(default=None, description="Canonical position of a named person")
    place: str | None = Field(
        default=None,
        description="Place qualifier of the name, completed from the issuing "
        "body where the text gives only the level: 'tỉnh Lâm Đồng', "
        "'các xã, phường'",
    )
    area: str | None = Field(
        default=None,
        description="The administrative unit the name is of: its own place, else the issuing body's "
        "at the level the body sits ('tỉnh Lào Cai' for 'Sở Tài chính' in a plan of UBND tỉnh Lào Cai; "
        "'xã Bát Xát, tỉnh Lào Cai'); for a collective, the unit whose members it means",
    )
    area_key: str | None = Field(
        default=None,
        description="The unit's path of folded names from the province down ('tinh lao cai/xa bat xat'); "
        "a place the gazetteer does not know: its folded text",
    )
    area_from_issuer: bool = Field(default=False, description="True when the area is the issuing body's, not written")
    members: list[str] = Field(
        default_factory=list,
        description="For a collective, whom it stands for: '@xa' (the head's body of every commune: "
        "'UBND các xã, phường'), or classes of bodies ('so', 'ban', 'nganh', 'dia_phuong' …); empty for "
        "one body, a person, or a collective that means only some ('các cơ quan có liên quan')",
    )
    # The ``name.*`` record that read this name in the text (``tables/rules_names.py``), which the tasks given to it
    # carry in their ``evidence``: kept in the instance's private slot, set only on names read from a text (no
    # declared private attribute, which would cost every Assignee made, read from an archive too, its own dict), so
    # neither in the JSON nor in what makes two names equal; copies keep it.

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self.__dict__ == other.__dict__

    def with_rule(self, rule: str) -> Assignee:
        """This name, read by the ``name.*`` record ``rule``."""
        object.__setattr__(self, "__pydantic_private__", {"name_rule": rule})
        return self

    @property
    def name_rule(self) -> str | None:
        private = self.__pydantic_private__
        return private.get("name_rule") if private else None


DeadlinePrecision = Literal["day", "month", "quarter", "year"]
Recurrence = Literal["daily", "weekly", "monthly", "quarterly", "yearly", "continuous"]


#: Why a task is set aside from the boards (issue 41): it is in the document, and the parse keeps it (the gold's
#: conventions count it), but it is no one's work to do yet, or no one's in particular.
SetAside = Literal["execution_clause", "proposal", "draft_proposal"]


#: The rules that set a task aside (``tables.rules``: ``aside.*``), each with what the task's ``set_aside`` says.
SET_ASIDE_RULES: dict[str, SetAside] = {
    "aside.execution_clause": "execution_clause",
    "aside.proposal": "proposal",
    "aside.draft_proposal": "draft_proposal",
}


def set_aside_of(evidence: Iterable[str]) -> SetAside | None:
    """Why the task whose rules are ``evidence`` is set aside from the boards, or None."""
    return next((SET_ASIDE_RULES[e] for e in evidence if e in SET_ASIDE_RULES), None)


#: What a task's ``set_aside`` says (the document's JSON and the archive's hits alike).
SET_ASIDE_DESCRIPTION = (
    "Why a board leaves it out unless asked for (--all): execution_clause ('… chịu trách nhiệm thi hành Quyết định "
    "này', given to each body it names), proposal (what the issuer asks of its superior: 'Kính đề nghị UBND tỉnh "
    "xem xét, phê duyệt'), draft_proposal (a task of a Tờ trình or of the plan it submits: proposed, not yet "
    "assigned); null for a task on its assignee's board"
)


class Obligation(_Model):
    assignee: Assignee
    role: Literal["lead", "support"] = "lead"
    mode: Literal["assigned", "requested"] = "assigned"
    task: str
    deadline: _dt.date | None = Field(
        default=None,
        description="The last day the text allows (Quý II/2026 → 2026-06-30); null when the text gives no date",
    )
    deadline_raw: str | None = Field(default=None, description="The words that state the time, as written")
    deadline_precision: DeadlinePrecision | None = Field(
        default=None,
        description="How precisely the text dates it: 'year' for 'Năm 2026' (deadline 2026-12-31 is "
        "then the end of the year, not a day someone wrote)",
    )
    recurrence: Recurrence | None = Field(
        default=None, description="monthly for 'hằng tháng', continuous for 'Thường xuyên', …"
    )
    section: str | None = Field(
        default=None,
        description="Path of the section the task sits in; for an appendix "
        "table 'Phụ lục I' and the group and row numbers",
    )
    source: Literal["prose", "table"] = Field(default="prose", description="Read from a sentence or a task table row")
    span: Span | None = None
    evidence: list[str] = Field(
        default_factory=list,
        description="The ids of the rules that made it (vbparse.tables.rules): the construction read first "
        "('sentence.subject', 'table.row', …), then its role's ('support.partner'), mode's and deadline's, last the "
        "name grammar's record that read its assignee ('name.alias', 'name.head', 'name.positional', …)",
    )
    set_aside: SetAside | None = Field(
        default=None, description=SET_ASIDE_DESCRIPTION + " (from the aside.* rule of its evidence)"
    )
    part: int | None = Field(
        default=None,
        description="Index in Document.parts of the part it was read in (an appendix, the plan a decision "
        "issues); null for the document's own body",
    )

    @model_validator(mode="after")
    def _set_aside_from_evidence(self) -> Obligation:
        """A task read back without its ``set_aside`` (an archive's query row, a JSON written before it was
        carried) says it from its evidence, as the parse does."""
        if self.set_aside is None:
            self.set_aside = set_aside_of(self.evidence)
        return self


class DocumentPart(_Model):
    """A part printed after the document's closing: an appendix or a document it issues (the plan a decision
    approves), with its own type, title and sections.  It has no number or date of its own: those of the
    document that issues it are carried."""

    kind: Literal["appendix", "attached"] = Field(
        description="appendix: PHỤ LỤC …; attached: a document the one above issues, under its own type line"
    )
    label: str | None = Field(default=None, description="As printed: 'Phụ lục I'; null for an attached document")
    doc_type: DocType = Field(default_factory=DocType)
    title: str | None = None
    attached_note: str | None = Field(
        default=None, description="'(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/3/2026 …)' as written"
    )
    number: str | None = Field(default=None, description="Carried: the number of the document that issues it")
    issued_date: _dt.date | None = Field(default=None, description="Carried: the date of the document that issues it")
    sections: list[Section] = Field(default_factory=list)
    span: Span | None = None


class Recipient(_Model):
    raw: str
    name: str
    purpose: str | None = Field(default=None, description="báo cáo, phối hợp, thực hiện, biết, chỉ đạo, …")
    purpose_raw: str | None = None
    entities: list[str] = Field(default_factory=list, description="Canonical bodies/units recognised in the line")
    span: Span | None = None


class SigningStep(_Model):
    authority: str = Field(description="TM., KT., TL., TUQ., Q. (Party forms T/M, K/T, T/L kept as written)")
    target: str | None = Field(default=None, description="Body or position signed for")


class Signer(_Model):
    authority: str | None = None
    on_behalf_of: str | None = None
    position: str | None = None
    additional_positions: list[str] = Field(default_factory=list, description="e.g. CHỦ TỊCH UBND THỊ TRẤN")
    name: str | None = None
    chain: list[SigningStep] = Field(default_factory=list)
    span: Span | None = None


class Diagnostic(_Model):
    code: str
    severity: Literal["info", "warning", "error"] = "warning"
    message: str
    span: Span | None = None


class Document(_Model):
    schema_version: str = SCHEMA_VERSION
    source: Source
    doc_type: DocType = Field(default_factory=DocType)
    number: DocNumber | None = None
    issuer: Issuer = Field(default_factory=Issuer)
    place: str | None = None
    area: str | None = Field(
        default=None, description="The issuing body's administrative unit: 'tỉnh Lào Cai', 'xã Bát Xát, tỉnh Lào Cai'"
    )
    area_key: str | None = Field(default=None, description="The unit's path of folded names: 'tinh lao cai/xa bat xat'")
    issued_date: _dt.date | None = None
    issued_date_parts: DateParts = Field(default_factory=DateParts)
    title: str | None = None
    references: list[Reference] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    parts: list[DocumentPart] = Field(
        default_factory=list, description="Appendices and documents it issues, printed after its closing"
    )
    phases: list[Phase] = Field(default_factory=list)
    obligations: list[Obligation] = Field(default_factory=list)
    recipients: list[Recipient] = Field(default_factory=list)
    archive: list[str] = Field(default_factory=list, description="Lưu: VT, VPTK → ['VT', 'VPTK']")
    signer: Signer | None = None
    closing: str | None = Field(default=None, description="Closing paragraph(s): 'Trên đây là …'")
    diagnostics: list[Diagnostic] = Field(default_factory=list)

    def iter_sections(self):
        """Depth-first walk over the section tree."""
        stack = list(reversed(self.sections))
        while stack:
            s = stack.pop()
            yield s
            stack.extend(reversed(s.children))


Section.model_rebuild()


# --- the archive: what its queries return ------------------------------------------------------------
# These are the JSON of ``vbparse search|obligations|refs|failures|index --json``, of the Python API
# (``vbparse.Archive``) and of the exports; ``schemas/archive.schema.json`` is generated from them.


class DocumentSummary(_Model):
    """An archived document, as a query result names it."""

    id: str = Field(description="Archive id: the first 16 hex digits of the file's sha256")
    path: str | None = Field(default=None, description="The file it was read from (first one, if several)")
    status: Literal["present", "vanished"] = "present"
    doc_type: str | None = None
    number: str | None = None
    issuer: str | None = None
    issued_date: _dt.date | None = None
    title: str | None = None
    copy_of: str | None = Field(
        default=None,
        description="The id of the document this file is a copy of (a draft, a scan, another format of the "
        "issued plan), which gives the tasks; None for a document that is no copy",
    )


class ArchivedDocument(_Model):
    """A stored document whole: ``vbparse show --json``, ``GET /documents/{id}``, ``export --what documents``."""

    id: str
    status: Literal["present", "vanished"] = "present"
    paths: list[str] = Field(default_factory=list, description="Every indexed file with this content")
    document: Document


#: How a search hit matched (``SearchHit.match``).
SearchMatch = Literal["number", "citation", "exact", "folded"]


class SearchHit(_Model):
    document: DocumentSummary
    score: float = Field(description="Higher is better; comparable within one result list only")
    match: SearchMatch = Field(
        description="number: the document's own number; citation: the document cites that number; exact: the "
        "words with their diacritics; folded: the words without diacritics"
    )
    snippet: str | None = None
    highlights: list[Span] = Field(default_factory=list, description="Matched words, offsets into snippet")


#: How far a task has got, as an archivist marks it (``Correction.progress``); shown in Vietnamese.
Progress = Literal["chua_thuc_hien", "dang_thuc_hien", "da_hoan_thanh"]
#: What a correction does: change fields of a task (edit), say a line is not a task (not_task) or that it
#: is one after all (is_task), add a task the parser missed (add), mark a task's progress.
CorrectionAction = Literal["edit", "not_task", "is_task", "add", "progress"]
#: A field a correction changed, as ``ObligationHit.corrected`` names it.
CorrectedField = Literal["assignee", "role", "deadline", "task", "progress", "not_task", "added"]


class ObligationHit(_Model):
    document: DocumentSummary
    assignee: Assignee
    role: Literal["lead", "support"]
    mode: Literal["assigned", "requested"]
    task: str
    deadline: _dt.date | None = None
    deadline_raw: str | None = None
    deadline_precision: DeadlinePrecision | None = None
    recurrence: Recurrence | None = None
    section: str | None = None
    source: Literal["prose", "table", "correction"] = Field(
        default="prose", description="correction: a task an archivist added (the parser missed it)"
    )
    co_assignees: list[Assignee] = Field(default_factory=list, description="Others named in the same task")
    leads: list[Assignee] = Field(
        default_factory=list,
        description="For a support (phối hợp) row: who leads the task (chủ trì), so that it never reads as the "
        "unit's own lead",
    )
    shared: bool = Field(
        default=False,
        description="Giao chung: found through a collective the asked-for unit is a member of "
        "('UBND các xã, phường' for 'UBND xã Bát Xát'); the assignee is the collective as written",
    )
    ref: str | None = Field(
        default=None,
        description="The task's reference for a correction: DOC_ID:START-END (its span; /K when K tasks "
        "share it), DOC_ID:add-N for a task added by correction N",
    )
    set_aside: SetAside | None = Field(default=None, description=SET_ASIDE_DESCRIPTION)
    corrected: list[CorrectedField] = Field(
        default_factory=list, description="Fields whose value is an archivist's correction, not the parse"
    )
    progress: Progress | None = None
    not_task: bool = Field(default=False, description="Marked 'không phải nhiệm vụ' (listed only when asked for)")
    correction_ids: list[int] = Field(default_factory=list, description="The corrections applied, oldest first")
    corrected_by: str | None = Field(default=None, description="Author of the latest correction applied")
    corrected_at: _dt.datetime | None = Field(default=None, description="When the latest correction was made (UTC)")


class CorrectionAnchor(_Model):
    """The task a correction was made on, as the parse had it: kept so that the correction finds its task
    again after a re-index or a new parser (by span, else by the task's words)."""

    span: Span | None = None
    task: str
    assignee: str = Field(description="The assignee as written (assignee.raw)")
    role: Literal["lead", "support"] = "lead"


class Correction(_Model):
    """An archivist's correction of a parse: stored beside it, never over it; a correction of a correction
    is a new one (the latest wins, every one is kept)."""

    id: int | None = Field(default=None, description="Given by the archive")
    doc_id: str = Field(description="The document corrected (archive id)")
    path: str | None = Field(
        default=None, description="Its file, to follow the document when the file's content changes"
    )
    anchor: CorrectionAnchor | None = Field(default=None, description="The task corrected; none for an added task")
    added: int | None = Field(default=None, description="The id of the 'add' correction whose task this corrects")
    action: CorrectionAction
    assignee: str | None = Field(default=None, description="The right assignee, as the archivist wrote it")
    role: Literal["lead", "support"] | None = None
    deadline: _dt.date | None = None
    task: str | None = None
    progress: Progress | None = None
    author: str
    created: _dt.datetime = Field(description="When it was made (UTC)")
    note: str | None = None
    account: str | None = Field(
        default=None,
        description="The signed-in account that made it (its sign-in name): the server checked who; None when "
        "it came with the server's token or from the command line, where the author is as given",
    )


#: What a signed-in account may do on the web: read; correct its own unit's tasks; correct and add any task;
#: and, for an admin, also see the accounts.
AccountRole = Literal["reader", "editor", "archivist", "admin"]


class Account(_Model):
    """A person who signs in to the web pages (``vbparse accounts add``): the password is kept only as its
    hash in the archive, never in this model, its JSON or an export."""

    name: str = Field(description="Sign-in name: lower-case letters, digits, '.', '_' and '-'")
    display: str = Field(description="The name corrections are signed with (Nguyễn Thị Lan)")
    role: AccountRole
    unit: str | None = Field(default=None, description="For an editor: the unit whose tasks it corrects, as written")
    created: _dt.datetime = Field(description="When it was made (UTC)")
    disabled: bool = False
    email: str | None = Field(default=None, description="Where the unit's reminders are sent (vbparse remind)")


#: Whether a correction still finds its task: fits (at its span), reanchored (the same words elsewhere,
#: or in the file's new content), stale (the task is no longer there: not applied).
CorrectionStatus = Literal["fits", "reanchored", "stale"]


class CorrectionRecord(_Model):
    """A correction and what became of it (``vbparse corrections``, ``export --what corrections``): with
    ``obligation`` in the shape of the gold files' obligations, it is gold for the evaluation."""

    correction: Correction
    status: CorrectionStatus
    reason: str | None = Field(default=None, description="Why it no longer fits")
    doc_id: str | None = Field(default=None, description="The document it applies to now")
    path: str | None = None
    ref: str | None = Field(default=None, description="The task it applies to now")
    not_task: bool = Field(default=False, description="The line is not a task (gold: no obligation there)")
    obligation: Obligation | None = Field(
        default=None, description="The task with every correction in force applied (gold shape)"
    )


class RefEdge(_Model):
    """One citation: from the citing document to the document it resolves to, if any."""

    source: DocumentSummary
    citation: Reference
    status: Literal["resolved", "ambiguous", "external"]
    target: DocumentSummary | None = None
    candidates: list[DocumentSummary] = Field(
        default_factory=list, description="Documents it may mean (ambiguous), or the one it means"
    )


class RefReport(_Model):
    document: DocumentSummary
    cites: list[RefEdge] = Field(default_factory=list)
    cited_by: list[RefEdge] = Field(default_factory=list)


#: How a later document answers an earlier one (issue 42): carries it out (``Thực hiện Kế hoạch số …``, or cites
#: it as its basis and is issued by one of its assignees), reports on it (``Báo cáo kết quả thực hiện Kế hoạch số
#: …``), or amends, replaces, repeals or corrects it.
AnswerKind = Literal["implements", "reports", "amends", "replaces", "repeals", "corrects"]


class AnswerLink(_Model):
    """A later document that answers the one asked about, with its evidence: the citation that names it."""

    kind: AnswerKind
    document: DocumentSummary
    certain: bool = Field(
        description="The citation resolves to this document alone (number, issuer and date agree); false when it "
        "may mean another document of the archive too (shown as unsure, never as certain)"
    )
    evidence: str = Field(description="The citation as written in the answering document")
    relation: ReferenceRelation = Field(description="What the citing sentence's opener makes of it")
    reason: str = Field(
        default="",
        description="Why it is this kind of answer, as a code: title_changes, report_type, report_title, "
        "implements, basis_of_assignee",
    )
    why: str = Field(description="What makes it this kind of answer (its title's words, its type, its issuer)")


#: Where a (task, assignee) of a plan stands (issue 42): done (a person marked every one of its tasks done: that
#: wins), answered by a document of that assignee carrying the plan out, reported on by a report of it, replaced
#: (a later document replaces or repeals the plan: its tasks no longer stand), amended (a later document amends
#: or corrects the plan and gives this assignee a task again), overdue (its deadline passed, nothing from it), or
#: open.
FollowupState = Literal["done", "answered", "reported", "replaced", "amended", "overdue", "open"]


class TaskPassage(_Model):
    """The passage of an assignee's report that speaks of one of its tasks in the plan (issue 42): matched by
    the task's words (``store.passages``); a task the report does not speak of has none, and the report
    stays a report on the plan."""

    ref: str | None = Field(default=None, description="The task's ref (for corrections)")
    task: str = Field(description="The task as the plan writes it")
    report: str = Field(description="The report's archive id")
    path: str | None = Field(default=None, description="The passage's section in the report, e.g. II.2.a")
    text: str = Field(description="The passage: a paragraph of the report, cut after 600 characters")
    span: Span = Field(description="Where the passage's section lies in the report's text (it holds the passage)")
    score: float = Field(description="The share of the task's weighted words the passage holds (0 to 1)")
    terms: list[str] = Field(
        default_factory=list, description="The phrases (folded pairs of words) it shares with the task, heaviest first"
    )
    rule: str = Field(default="passage.words", description="The rule that matched it")


class FollowupMember(_Model):
    """A unit of a collective assignee (``UBND các huyện`` → ``Ủy ban nhân dân huyện Bát Xát``) that the archive
    knows, by a document it issued or a task it was named in, followed on its own."""

    name: str
    area_key: str | None = Field(default=None, description="Its unit's path of folded names, when it has one")
    state: FollowupState
    answers: list[AnswerLink] = Field(default_factory=list, description="Its documents answering the plan")
    successor_of: list[str] = Field(
        default_factory=list,
        description="The departments merged into it in 2025 that the plan or the archive names (issue 53): it is "
        "followed in their place",
    )


class FollowupRow(_Model):
    """One assignee of a plan: its tasks there, and what it sent that answers the plan."""

    assignee: Assignee
    tasks: int = Field(description="How many of the plan's tasks it has (lead or support)")
    refs: list[str] = Field(default_factory=list, description="The tasks' refs (for corrections)")
    due: _dt.date | None = Field(default=None, description="The earliest deadline of its tasks")
    state: FollowupState
    derived: FollowupState = Field(description="The state the documents give, beside the one a person set")
    answers: list[AnswerLink] = Field(default_factory=list, description="Its documents answering the plan")
    passages: list[TaskPassage] = Field(
        default_factory=list, description="For each of its tasks that a report of its own speaks of, that passage"
    )
    members: list[FollowupMember] = Field(
        default_factory=list,
        description="For a collective (UBND các huyện, các sở), each member unit the archive knows, with its state",
    )


class Followup(_Model):
    """A plan and who answered it (``vbparse followup``)."""

    document: DocumentSummary
    answers: list[AnswerLink] = Field(default_factory=list, description="Every later document answering it")
    assignees: list[FollowupRow] = Field(default_factory=list)


#: A task's line in an office's register (issue 42), in the words offices keep: done on time, done late, in
#: progress, overdue and not done.
RegisterState = Literal["on_time", "late", "in_progress", "overdue"]


class RegisterEntry(_Model):
    """One task of a unit as its register keeps it: its state, and the unit's documents answering its plan."""

    hit: ObligationHit
    state: RegisterState
    answers: list[AnswerLink] = Field(default_factory=list)
    passage: TaskPassage | None = Field(default=None, description="The passage of its report that speaks of the task")


class ScorecardRow(_Model):
    """One unit's tasks due in one quarter and how they stand (issue 53): the on-time rate (tỷ lệ đúng hạn) a
    province publishes per quarter.  A task counts in the quarter its deadline falls in."""

    unit: str = Field(description="The unit, as asked for")
    year: int
    quarter: int = Field(ge=1, le=4)
    period: str = Field(description="Quý II/2026")
    due: int = Field(description="Tasks whose deadline falls in the quarter")
    on_time: int = Field(description="Marked done by their deadline")
    late: int = Field(description="Marked done after their deadline")
    overdue: int = Field(description="Not done, their deadline passed")
    in_progress: int = Field(description="Not done, their deadline still ahead")
    on_time_rate: float | None = Field(
        default=None,
        description="on_time / (on_time + late + overdue), from 0 to 1: of the tasks whose deadline passed or that "
        "are done, those done in time; null when there is none",
    )


class FileRecord(_Model):
    path: str = Field(description="Absolute path; bytes that are not UTF-8 are shown as \\xNN")
    status: Literal["ok", "failed", "vanished", "skipped"]
    error: str | None = Field(default=None, description="Why the file could not be read or parsed, or was skipped")
    doc_id: str | None = None
    sha256: str | None = None
    indexed_at: str | None = None


class IndexSummary(_Model):
    indexed: int = 0
    unchanged: int = 0
    failed: int = 0
    vanished: int = 0
    skipped_failed: int = Field(default=0, description="Files that failed before and are unchanged (not retried)")
    ignored: int = Field(default=0, description="Files in the folders with no document extension")
    hidden: int = Field(default=0, description="Hidden files and folders (name starting with '.') not read")
    reparsed: int = Field(
        default=0,
        description="Unchanged files parsed again: their stored parse was made by "
        "another version of the parser, or was missing",
    )
    interrupted: bool = False
    seconds: float = 0.0
    failures: list[FileRecord] = Field(default_factory=list)
    skipped: list[FileRecord] = Field(
        default_factory=list,
        description="What under the folders was not read, "
        "each with its reason (hidden, other extension, a folder reached again)",
    )
