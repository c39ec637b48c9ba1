"""The e-mail reminders sent (``vbparse remind``, issue 53): a small log in the archive, so that a timer that
fires twice in a day does not send the same digest to the same address twice.

A digest is known by its address, its day and ``tasks_key`` (a digest of the references of the tasks it lists,
each with its section): the same tasks on the same day are not sent again; a task that came due or was marked
done since makes another digest, which is sent.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Iterable
from typing import Any

from .backend import StoreError
from .schema import REMINDERS_TABLE


def tasks_key(items: Iterable[tuple[str, str]]) -> str:
    """What identifies a digest's content: its (section, task reference) pairs, in any order."""
    text = "\n".join(sorted(f"{section}\x1f{ref}" for section, ref in items))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class Reminders:
    """The archive's log of reminders sent (a part of ``Archive``)."""

    backend: Any
    db: str

    def reminder_sent(self, address: str, day: _dt.date, key: str) -> bool:
        """Whether the digest ``key`` went to ``address`` on ``day`` already."""
        b = self.backend
        if not b.table_exists(REMINDERS_TABLE):
            return False
        row = b.one(
            f"SELECT 1 FROM {REMINDERS_TABLE} WHERE address = ? AND day = ? AND tasks_key = ?",
            (address.lower(), day.isoformat(), key),
        )
        return row is not None

    def record_reminder(
        self, address: str, day: _dt.date, key: str, *, unit: str, tasks: int, now: _dt.datetime | None = None
    ) -> None:
        """Note that the digest ``key`` of ``unit`` (``tasks`` tasks) went to ``address`` for ``day``."""
        b = self.backend
        if b.readonly:
            raise StoreError(f"{self.db}: read-only here; the reminders sent cannot be recorded")
        sent = (now or _dt.datetime.now(_dt.UTC)).replace(microsecond=0).isoformat()
        with b.exclusive():
            if not self.reminder_sent(address, day, key):
                b.execute(
                    f"INSERT INTO {REMINDERS_TABLE} (address, day, tasks_key, unit, tasks, sent_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (address.lower(), day.isoformat(), key, unit, tasks, sent),
                )
