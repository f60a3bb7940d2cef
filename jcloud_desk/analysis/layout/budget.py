"""WorkBudget: the auto-layout's bound on optional work, counted in units instead of seconds.

A unit is one elementary step of the crossing minimisation: one neighbour read by a barycenter sweep, one
(flow, layer strip) incidence of a full crossing count, or one pair of flows compared by a local
refinement (or one obstacle or segment pair looked at when the slot placement routes flows as drawn).
The first full count is mandatory (it is counted apart, in ``mandatory``, and always runs);
optional work (sweeps with their counts, transpose, re-layering) starts only while it fits the limit. So
the layout of any graph, however dense, costs at most a fixed amount beyond the mandatory part, and the
same input always gives the same layout (no wall clock decides). A full count costs two units per
incidence (measured: it is about twice as slow per incidence as a pairwise test).
"""

from __future__ import annotations

from dataclasses import dataclass

#: Units of the default budget (one unit is 1-3 µs here): the random 2,000-step benchmark processes spend
#: about 250,000-340,000 (a third of it the slot placement), so ordinary processes are not cut short; a
#: complete digraph of 100 tasks stops at it.
WORK_LIMIT = 500_000
#: Virtual steps (the row-holders of long same-lane flows) at most; beyond it the longest flows are drawn
#: as plain lines. Ordinary processes need a few hundred; a complete digraph would need n³/6.
VIRTUAL_LIMIT = 20_000


@dataclass(slots=True)
class WorkBudget:
    """Units spent so far against a limit (see the module docstring)."""

    limit: int = WORK_LIMIT
    spent: int = 0
    mandatory: int = 0

    def allows(self, units: int) -> bool:
        """True when ``units`` more still fit in the limit."""
        return self.spent + units <= self.limit

    def spend(self, units: int) -> None:
        """Count ``units`` of work done."""
        self.spent += units

    @property
    def left(self) -> int:
        """Units still available (never negative)."""
        return max(0, self.limit - self.spent)


class BudgetSpent(Exception):
    """Raised inside a piece of optional work when the budget ran out; the caller keeps what it had."""
