"""Errors that reach the user as one line naming the file and the reason."""

from __future__ import annotations


class InputError(Exception):
    """An input that could not be read: ``path: reason``, never a traceback."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
