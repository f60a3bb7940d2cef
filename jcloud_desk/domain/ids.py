"""Stable identifiers: random for new entities, name-based for reproducible builds (samples, imports)."""

from __future__ import annotations

import uuid

_NAMESPACE = uuid.UUID("6f1d0c52-5a8e-4a43-9d7e-4a0f7b1c2d3e")


def new_id() -> str:
    """Return a new random, globally unique id (32 hex characters)."""
    return uuid.uuid4().hex


def stable_id(*parts: str) -> str:
    """Return an id derived from ``parts``: the same parts always give the same id."""
    return uuid.uuid5(_NAMESPACE, "\x1f".join(parts)).hex
