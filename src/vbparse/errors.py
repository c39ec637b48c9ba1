"""The archive's errors, below every module that raises or catches them: ``query`` (a reference naming
no document) and ``ingest`` (an engine that cannot run) sit below the store and raise them too."""

from __future__ import annotations


class StoreError(Exception):
    """The database cannot be opened or used; the message says which and why."""


class DocumentNotFound(StoreError, KeyError):
    """No archived document has that id; a KeyError too, so callers written for the bare KeyError still work."""

    def __init__(self, doc_id: str) -> None:
        super().__init__(doc_id)
        self.doc_id = doc_id

    def __str__(self) -> str:  # KeyError's own would quote the id as a repr
        return f"no archived document {self.doc_id}"
