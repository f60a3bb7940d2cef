"""One vendor's conformance answers, looked up by catalogue item (``vendor_layer`` builds the analyses on it).

Kept apart from ``vendor_layer`` (which reports findings through the checks package) so that the open risks, which
the checks use, can ask whether an item is delivered after go-live without an import cycle.
"""

from __future__ import annotations

from collections import Counter

from jcloud_desk.domain.catalog import CatalogItem
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.vendor import VendorAnswer


def vendors(project: Project) -> list[str]:
    """Vendor names, most answers first."""
    counts = Counter(answer.vendor for answer in project.vendor_answer.values())
    return [name for name, _count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


class VendorIndex:
    """Answers of one vendor by (catalogue name, kind, code)."""

    def __init__(self, project: Project, vendor: str | None = None) -> None:
        names = vendors(project)
        self.vendor = vendor if vendor is not None else (names[0] if names else "")
        self._project = project
        self._answers = {(a.catalog, a.kind, a.code): a for a in project.vendor_answer.values()
                         if a.vendor == self.vendor}
        self.catalogs = {a.catalog for a in self._answers.values()}

    def answer(self, item: CatalogItem) -> VendorAnswer | None:
        """The vendor's answer for ``item`` (None when there is none)."""
        catalog = self._project.catalog.get(item.catalog_id)
        return None if catalog is None else self._answers.get((catalog.name, item.kind, item.code))

    def is_late(self, answer: VendorAnswer | None) -> bool:
        """True when ``answer`` delivers after the project's go-live date."""
        go_live = self._project.meta.go_live_on
        return bool(answer and go_live and answer.available_on and answer.available_on > go_live)
