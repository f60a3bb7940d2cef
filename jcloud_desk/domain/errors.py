"""Errors raised by the domain layer."""

from __future__ import annotations


class DomainError(Exception):
    """An edit or query that does not fit the current project (unknown id, broken reference ...)."""


class UnknownEntityError(DomainError, KeyError):
    """An id that the project does not hold."""

    def __init__(self, kind: str, entity_id: str) -> None:
        super().__init__(f"unknown {kind}: {entity_id}")
        self.kind = kind
        self.entity_id = entity_id

    def __str__(self) -> str:
        return str(self.args[0])
