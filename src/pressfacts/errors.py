"""Errors pressfacts raises for bad input; every one names the file and the reason."""

from __future__ import annotations


class PressfactsError(Exception):
    """Base class for errors about one input article."""


class InputError(PressfactsError):
    """An input file that cannot become an article (empty, binary, undecodable, no article body, too long)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Pickled to and from worker processes: rebuild from (path, reason), not from the formatted message.
        return type(self), (self.path, self.reason)
