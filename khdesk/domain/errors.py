"""Errors a user can fix, each with one plain sentence: what is wrong and what to do."""

from __future__ import annotations


class KhdeskError(Exception):
    """A known problem the user can fix: bad input, a missing record, a file that cannot be used.

    The message is shown as it is, on one line, so it names the problem and the way forward.
    Anything that is not a ``KhdeskError`` is a bug and is reported with details.
    """

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidInput(KhdeskError):
    """A value given by the user (or a file) that khdesk cannot accept."""


class NotFound(KhdeskError):
    """A record the user named does not exist."""


class ReadOnly(KhdeskError):
    """A change to something that may no longer change, such as a closed meeting."""


class StorageProblem(KhdeskError):
    """The database or data folder cannot be used as it is (corrupt, newer, unwritable)."""


class NotInitialised(KhdeskError):
    """This installation has no device identity yet."""
