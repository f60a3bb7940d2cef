"""Which 標準オプション機能 a 団体 has adopted: the one question every analysis asks through ``adopted_option_ids``.

Today the answer is the project-wide list ``ProjectInfo.adopted_options`` (the same for every municipality of a
group project); a per-municipality option register can replace this function's body without touching callers.
"""

from __future__ import annotations

from jcloud_desk.domain.project import Project


def adopted_option_ids(project: Project, municipality_id: str = "") -> frozenset[str]:
    """Ids of the catalogue items adopted as 標準オプション for ``municipality_id`` ('' = the project)."""
    del municipality_id  # one list for the whole project today
    return frozenset(project.meta.adopted_options)
