"""Every error roundtwo raises on purpose, in one tree.

    RoundtwoError              a one-line cause and the fix, shown to the user as is
    ├── NotFound               an opportunity, round, interviewer or exchange that isn't there
    ├── InvalidInput           a value the user typed or sent that cannot be used
    │   └── TranscriptError    a transcript that cannot be read (empty, binary, malformed, huge)
    ├── ImportFailed           an export document that cannot be restored
    ├── StoreError             the database cannot be opened or written
    │   ├── StoreReadOnly      the file or its folder is not writable
    │   └── StoreBusy          another process holds the write lock
    └── MissingExtra           an optional dependency that is not installed

The CLI prints ``str(error)`` on one line and exits with code 1; the web app shows the same
line in the page. No traceback reaches the user.
"""

from __future__ import annotations


class RoundtwoError(Exception):
    """Base class: the message is the whole story, cause and fix, on one line."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))

    @property
    def message(self) -> str:
        return str(self)


class NotFound(RoundtwoError):
    pass


class InvalidInput(RoundtwoError):
    pass


class TranscriptError(InvalidInput):
    pass


class ImportFailed(RoundtwoError):
    pass


class StoreError(RoundtwoError):
    pass


class StoreReadOnly(StoreError):
    pass


class StoreBusy(StoreError):
    pass


class MissingExtra(RoundtwoError):
    pass
