"""Rows of the auto-layout (stage 5): every step's slot inside its lane, chains kept on one line.

A step wants the row of its same-lane neighbours in earlier layers; inside one cell the rows are fitted
with an L1 isotonic regression (pool adjacent violators), so the cell order holds and rows are distinct.
"""

from __future__ import annotations

from collections.abc import Callable


def median(values: list[int]) -> int:
    """The lower median (an existing value, so rows stay integers)."""
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2]


def fit_rows(wanted: list[int]) -> list[int]:
    """Strictly increasing integer rows closest (L1) to ``wanted``: pool adjacent violators on ``wanted[i] - i``.

    Every block keeps its members' targets sorted, so pooling two blocks is one merge of two sorted runs
    (linear in Timsort) and the block's value is read at the middle index: a cell of thousands of steps
    that all want the same row fits in well under a second instead of re-sorting at every merge.
    """
    blocks: list[tuple[int, list[int]]] = []  # (value, members' targets, sorted)
    for i, row in enumerate(wanted):
        members = [row - i]
        value = members[0]
        while blocks and blocks[-1][0] > value:
            members = sorted(blocks.pop()[1] + members)
            value = members[(len(members) - 1) // 2]
        blocks.append((value, members))
    rows: list[int] = []
    for value, members in blocks:
        start = len(rows)
        rows.extend(range(value + start, value + start + len(members)))
    return rows


def lane_rows(keys: list[tuple[int, int]], members: Callable[[tuple[int, int]], list[int]],
              before: list[list[int]], total: int, stacked: frozenset[int] = frozenset()) -> list[int]:
    """Row (slot) of every step inside its lane; rows may be negative (a lane is shifted afterwards).

    ``keys`` are the (layer, lane) cells left to right, ``members(key)`` a cell's steps top to bottom and
    ``before[v]`` the same-lane neighbours of ``v`` in earlier layers, whose rows ``v`` wants to keep. In the
    ``stacked`` lanes every cell simply stacks from the lane's top row (no chain kept on its line).
    """
    row = [0] * total
    for key in keys:
        cell = members(key)
        if key[1] in stacked:
            for i, v in enumerate(cell):
                row[v] = i
            continue
        if len(cell) == 1:
            v = cell[0]
            near = before[v]
            row[v] = (row[near[0]] if len(near) == 1 else median([row[w] for w in near])) if near else 0
            continue
        wanted: list[int | None] = []
        for v in cell:
            near = before[v]
            wanted.append(median([row[w] for w in near]) if near else None)
        anchors = [i for i, w in enumerate(wanted) if w is not None]
        if not anchors:
            filled = list(range(len(cell)))
        else:
            last = anchors[0]
            base = wanted[last]
            assert base is not None
            filled = []
            for i, w in enumerate(wanted):
                if w is not None:
                    last, base = i, w
                filled.append(base + i - last)  # a gap continues from the previous (or first) anchor
        for v, r in zip(cell, fit_rows(filled), strict=True):
            row[v] = r
    return row
