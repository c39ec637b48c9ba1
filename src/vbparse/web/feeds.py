"""Calendar feeds a calendar application subscribes to (issue 42): which paths they are, and the key that opens
one unit's feed without the server's token (a calendar application sends no header and keeps no cookie)."""

from __future__ import annotations

import hashlib
import hmac

#: The calendar feeds a calendar application subscribes to, each opened by its unit's ``feed_key``.
FEED_PATHS = frozenset({"/obligations.ics"})


def feed_key(token: str, assignee: str) -> str:
    """The key that opens the calendar feed of ``assignee`` (as typed, spaces at its ends aside) and nothing
    else: a keyed digest, so that a feed's address can be given to a calendar service without the token."""
    message = b"vbparse calendar feed\x1f" + assignee.strip().encode("utf-8")
    return hmac.new(token.encode("utf-8"), message, hashlib.sha256).hexdigest()[:32]
