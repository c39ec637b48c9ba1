"""E-mail reminders (issue 53): ``vbparse remind`` sends each account that has an address and a unit the digest
of its unit's tasks — overdue, due within 1, 3 and 7 days — in Vietnamese, with links to the pages, through
SMTP (the standard library's ``smtplib``), for cron or a systemd timer.

The tasks are the board's: ``Archive.obligations(unit, overdue=True)`` and ``Archive.due_within(7, …)``, the
archivists' corrections applied, a task marked done never listed; each is put under the nearest reminder it is
within (``tables.deadlines.reminder_mark``, the calendar's 7/3/1-day alarms).  A digest sent to an address is
noted in the archive (``store.reminders``) with its day and its tasks: the same digest is not sent twice.
"""

from __future__ import annotations

import datetime as _dt
import html
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import IO, TYPE_CHECKING, Literal
from urllib.parse import quote, urlencode

from .chars import match_key
from .models import Account, ObligationHit
from .store.reminders import tasks_key
from .tables.deadlines import REMINDER_DAYS, reminder_mark

if TYPE_CHECKING:
    from .store import Archive

#: The sections of a digest, in the order it lists them, with their headings.
SECTIONS: dict[str, str] = {
    "overdue": "Quá hạn",
    **{str(d): f"Đến hạn trong {d} ngày" for d in sorted(REMINDER_DAYS)},
}
#: The furthest a digest looks ahead, in days (the calendar's first alarm).
DEFAULT_AHEAD_DAYS = max(REMINDER_DAYS)
#: How much of a task's text a digest quotes.
DEFAULT_TASK_CHARS = 160
#: Tasks listed per section; the others are counted, and the unit's board lists them all.
DEFAULT_MAX_PER_SECTION = 50
#: Seconds to wait for the SMTP server.
DEFAULT_SMTP_TIMEOUT = 30.0
#: The environment variable holding the SMTP password (never a flag: other users read the process list).
PASSWORD_ENV = "VBPARSE_SMTP_PASSWORD"
_ROLE_VI = {"lead": "chủ trì", "support": "phối hợp"}

Security = Literal["starttls", "ssl"] | None


@dataclass
class Digest:
    """One unit's reminder for one day: its tasks by section, and the accounts it goes to."""

    unit: str
    today: _dt.date
    sections: dict[str, list[ObligationHit]]
    recipients: list[Account] = field(default_factory=list)

    @property
    def overdue(self) -> int:
        return len(self.sections.get("overdue", []))

    @property
    def soon(self) -> int:
        return sum(len(v) for k, v in self.sections.items() if k != "overdue")

    @property
    def tasks(self) -> int:
        return self.overdue + self.soon

    @property
    def key(self) -> str:
        return tasks_key((s, h.ref or f"{h.document.id}:{h.task}") for s, hits in self.sections.items() for h in hits)

    def counts(self) -> str:
        """``3 nhiệm vụ sắp đến hạn, 2 quá hạn``."""
        counts = []
        if self.soon:
            counts.append(f"{self.soon} nhiệm vụ sắp đến hạn")
        if self.overdue:
            counts.append(f"{self.overdue} quá hạn" if self.soon else f"{self.overdue} nhiệm vụ quá hạn")
        return ", ".join(counts)

    def subject(self) -> str:
        return f"[vbparse] Nhắc việc: {self.counts()} — {self.unit}"


def collect(
    archive: Archive, today: _dt.date, *, units: list[str] | None = None, ahead: int = DEFAULT_AHEAD_DAYS
) -> list[Digest]:
    """The digests of the day: one per unit of the accounts that have an address (not disabled), or of the
    ``units`` named, with the tasks that unit's board shows as overdue or due within ``ahead`` days; a unit
    with none gets no digest."""
    wanted = {match_key(u) for u in units} if units else None
    by_unit: dict[str, list[Account]] = {}
    names: dict[str, str] = {}
    for a in archive.accounts():
        if a.disabled or not a.email or not a.unit:
            continue
        k = match_key(a.unit)
        if wanted is not None and k not in wanted:
            continue
        names.setdefault(k, a.unit)
        by_unit.setdefault(k, []).append(a)
    out = []
    for k, accounts in by_unit.items():
        unit = names[k]
        sections: dict[str, list[ObligationHit]] = {s: [] for s in SECTIONS}
        sections["overdue"] = archive.obligations(unit, overdue=True, today=today)
        for h in archive.due_within(ahead, today=today, assignee=unit):
            mark = reminder_mark(h.deadline, today)
            if mark is not None:
                sections[str(mark)].append(h)
        digest = Digest(unit, today, {s: v for s, v in sections.items() if v}, accounts)
        if digest.tasks:
            out.append(digest)
    return out


# --- the message ------------------------------------------------------------------------------------------


def _short(text: str, limit: int = DEFAULT_TASK_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _document(h: ObligationHit) -> str:
    d = h.document
    number = f"Số {d.number}" if d.number else f"Văn bản {d.id}"
    return number + (f" ngày {d.issued_date:%d/%m/%Y}" if d.issued_date else "")


def _deadline(h: ObligationHit, today: _dt.date) -> str:
    assert h.deadline is not None  # a digest lists dated tasks only
    text = f"Hạn: {h.deadline:%d/%m/%Y}"
    if h.deadline_precision not in (None, "day") and h.deadline_raw:
        text += f" ({_short(h.deadline_raw, 60)})"
    days = (h.deadline - today).days
    if days < 0:
        text += f", quá hạn {-days} ngày"
    elif days == 0:
        text += ", hết hạn hôm nay"
    else:
        text += f", còn {days} ngày"
    return text


def task_anchor(ref: str | None) -> str:
    """Where a task is on its document's page (``document.html`` gives its row this id), else its tasks' section."""
    return "t-" + ref.replace(":", "-").replace("/", "-") if ref else "tasks-h"


def task_url(base_url: str | None, h: ObligationHit) -> str | None:
    """The task on its document's page, under ``base_url``."""
    if not base_url:
        return None
    return f"{base_url.rstrip('/')}/documents/{quote(h.document.id)}#{task_anchor(h.ref)}"


def board_url(base_url: str | None, unit: str) -> str | None:
    """The unit's board (Nhiệm vụ) under ``base_url``."""
    if not base_url:
        return None
    return f"{base_url.rstrip('/')}/obligations?{urlencode({'assignee': unit})}"


def _role(h: ObligationHit) -> str:
    role = _ROLE_VI.get(h.role, h.role)
    return f"{role}, giao chung" if h.shared else role


def text_body(digest: Digest, account: Account, base_url: str | None) -> str:
    lines = [
        f"Kính gửi: {account.display} ({digest.unit})",
        "",
        f"Nhắc việc ngày {digest.today:%d/%m/%Y}: {digest.counts()}.",
    ]
    for section, hits in digest.sections.items():
        lines += ["", f"{SECTIONS[section].upper()} ({len(hits)})"]
        for n, h in enumerate(hits[:DEFAULT_MAX_PER_SECTION], 1):
            lines.append(f"{n}. {_document(h)} — {_short(h.task)}")
            lines.append(f"   {_deadline(h, digest.today)} · {_role(h)}")
            url = task_url(base_url, h)
            if url:
                lines.append(f"   {url}")
        if len(hits) > DEFAULT_MAX_PER_SECTION:
            lines.append(f"… và {len(hits) - DEFAULT_MAX_PER_SECTION} nhiệm vụ khác.")
    board = board_url(base_url, digest.unit)
    if board:
        lines += ["", f"Tất cả nhiệm vụ của đơn vị: {board}"]
    lines += [
        "",
        "-- ",
        "Thư do vbparse gửi tự động; nhiệm vụ đã đánh dấu hoàn thành không được nhắc lại.",
    ]
    return "\n".join(lines) + "\n"


def html_body(digest: Digest, account: Account, base_url: str | None) -> str:
    e = html.escape
    parts = [
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body>',
        f"<p>Kính gửi: {e(account.display)} ({e(digest.unit)})</p>",
        f"<p>Nhắc việc ngày {digest.today:%d/%m/%Y}: <strong>{e(digest.counts())}</strong>.</p>",
    ]
    for section, hits in digest.sections.items():
        parts.append(f"<h2>{e(SECTIONS[section])} ({len(hits)})</h2><ol>")
        for h in hits[:DEFAULT_MAX_PER_SECTION]:
            url = task_url(base_url, h)
            doc = f'<a href="{e(url)}">{e(_document(h))}</a>' if url else e(_document(h))
            parts.append(
                f"<li>{doc} — {e(_short(h.task))}<br><small>{e(_deadline(h, digest.today))} · {e(_role(h))}</small></li>"
            )
        parts.append("</ol>")
        if len(hits) > DEFAULT_MAX_PER_SECTION:
            parts.append(f"<p>… và {len(hits) - DEFAULT_MAX_PER_SECTION} nhiệm vụ khác.</p>")
    board = board_url(base_url, digest.unit)
    if board:
        parts.append(f'<p><a href="{e(board)}">Tất cả nhiệm vụ của đơn vị</a></p>')
    parts.append(
        "<p><small>Thư do vbparse gửi tự động; nhiệm vụ đã đánh dấu hoàn thành không được nhắc lại.</small></p>"
    )
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def message(digest: Digest, account: Account, sender: str, base_url: str | None) -> EmailMessage:
    """The digest for ``account`` as a UTF-8 message: plain text, and the same as HTML."""
    assert account.email is not None
    msg = EmailMessage()
    msg["Subject"] = digest.subject()
    msg["From"] = sender
    msg["To"] = account.email
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid("vbparse", domain=sender.rsplit("@", 1)[-1].strip(">") or None)
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation answer back
    msg.set_content(text_body(digest, account, base_url))
    msg.add_alternative(html_body(digest, account, base_url), subtype="html")
    return msg


# --- sending ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int
    sender: str
    user: str | None = None
    password: str | None = None
    security: Security = None
    timeout: float = DEFAULT_SMTP_TIMEOUT

    @property
    def server(self) -> str:
        return f"{self.host}:{self.port}"


class MailError(Exception):
    """The SMTP server cannot be used as set (unreachable, refused the login, no STARTTLS …): one line."""


def _reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        said = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
        return f"{exc.smtp_code} {' '.join(said.split())}"
    if isinstance(exc, socket.gaierror):
        return f"unknown host ({exc.strerror})"
    if isinstance(exc, TimeoutError | socket.timeout):
        return "no answer (timed out)"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return " ".join(str(exc).split()) or type(exc).__name__


def connect(settings: MailSettings) -> smtplib.SMTP:
    """An SMTP session as ``settings`` say (TLS, login), or ``MailError`` naming the server and the reason."""
    smtp: smtplib.SMTP | None = None
    step = "connect"
    try:
        if settings.security == "ssl":
            smtp = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=settings.timeout, context=ssl.create_default_context()
            )
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        smtp.ehlo_or_helo_if_needed()
        if settings.security == "starttls":
            step = "STARTTLS"
            smtp.starttls(context=ssl.create_default_context())
            smtp.ehlo()
        if settings.user:
            step = "login"
            smtp.login(settings.user, settings.password or "")
        return smtp
    except (smtplib.SMTPException, OSError) as exc:
        if smtp is not None:
            try:
                smtp.close()
            except OSError:
                pass
        what = "" if step == "connect" else f"{step}: "
        raise MailError(f"SMTP server {settings.server}: {what}{_reason(exc)}") from None


@dataclass
class Outcome:
    sent: int = 0
    skipped: int = 0
    failed: int = 0


def send_all(
    archive: Archive,
    digests: list[Digest],
    settings: MailSettings,
    *,
    base_url: str | None,
    dry_run: bool = False,
    out: IO[str] | None = None,
    say: Callable[[str], None] = print,
    connector: Callable[[MailSettings], smtplib.SMTP] = connect,
) -> Outcome:
    """Each digest to each of its recipients that has not had it today: printed to ``out`` with ``dry_run``,
    else sent, one message per address, and noted as sent.  A recipient the server refuses is one line
    (``say``) and the others are still sent; a server that cannot be used at all is ``MailError``."""
    result = Outcome()
    smtp: smtplib.SMTP | None = None
    try:
        for digest in digests:
            key = digest.key
            for account in digest.recipients:
                assert account.email is not None
                if archive.reminder_sent(account.email, digest.today, key):
                    result.skipped += 1
                    continue
                msg = message(digest, account, settings.sender, base_url)
                if dry_run:
                    if out is not None:
                        out.write(_printed(msg))
                    result.sent += 1
                    continue
                if smtp is None:
                    smtp = connector(settings)
                try:
                    smtp.send_message(msg)
                except smtplib.SMTPServerDisconnected:
                    smtp = connector(settings)  # dropped between messages: once more on a new session
                    try:
                        smtp.send_message(msg)
                    except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError, smtplib.SMTPSenderRefused) as exc:
                        say(_refused(account, digest, exc))
                        result.failed += 1
                        continue
                except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError, smtplib.SMTPSenderRefused) as exc:
                    say(_refused(account, digest, exc))
                    result.failed += 1
                    continue
                except (smtplib.SMTPException, OSError) as exc:
                    raise MailError(f"SMTP server {settings.server}: {_reason(exc)}") from None
                archive.record_reminder(account.email, digest.today, key, unit=digest.unit, tasks=digest.tasks)
                result.sent += 1
    finally:
        if smtp is not None:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                smtp.close()
    return result


def _refused(account: Account, digest: Digest, exc: Exception) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        reasons = "; ".join(_reason(smtplib.SMTPResponseException(c, m)) for c, m in exc.recipients.values())
    else:
        reasons = _reason(exc)
    return f"remind: {account.email} ({account.name}, {digest.unit}): not sent: {reasons}"


def _printed(msg: EmailMessage) -> str:
    """A message as ``--dry-run`` shows it: its headers and its plain text, readable (not encoded)."""
    head = "".join(f"{k}: {v}\n" for k, v in msg.items())
    plain = msg.get_body(("plain",))
    body = plain.get_content() if isinstance(plain, EmailMessage) else ""
    return f"{head}\n{body}\n"
