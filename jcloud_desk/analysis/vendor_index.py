"""One vendor's conformance answers, looked up by catalogue item (``vendor_layer`` builds the analyses on it).

Kept apart from ``vendor_layer`` (which reports findings through the checks package) so that the open risks, which
the checks use, can ask whether an item is delivered after go-live without an import cycle.

Which vendor's answers count is decided here only (``chosen_vendor``): the project setting ``ProjectInfo.vendor``
when set, else the vendor with the most answers. Open risks 提供時期, ``analyze --json``, the docks and the
reports all read it through ``VendorIndex(project)``.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, NamedTuple

from jcloud_desk.domain.catalog import CatalogItem
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.vendor import VendorAnswer


def vendors(project: Project) -> list[str]:
    """Vendor names, most answers first."""
    counts = Counter(answer.vendor for answer in project.vendor_answer.values())
    return [name for name, _count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


class VendorChoice(NamedTuple):  # not a frozen dataclass: ~10x cheaper to define, at every start
    """The vendor whose answers count: ``name`` ("" when no vendor answered) and whether the project chose it
    (``chosen``; False means the fallback, the vendor with the most answers)."""

    name: str
    chosen: bool


def chosen_vendor(project: Project) -> VendorChoice:
    """The project's vendor: its setting when set, else the vendor with the most answers."""
    setting = project.meta.vendor.strip()
    return VendorChoice(setting, True) if setting else VendorChoice(fallback_vendor(project), False)


def fallback_vendor(project: Project) -> str:
    """The vendor used while the project has chosen none: the one with the most answers ("" when none)."""
    names = vendors(project)
    return names[0] if names else ""


def choice_document(project: Project) -> dict[str, Any]:
    """The chosen vendor as ``info --json`` / ``configure --json`` give it: ``vendor`` (whose answers count),
    ``vendor_chosen`` (False: not chosen, the vendor with the most answers is used) and the imported ``vendors``."""
    choice = chosen_vendor(project)
    return {"vendor": choice.name, "vendor_chosen": choice.chosen, "vendors": vendors(project)}


class VendorIndex:
    """Answers of one vendor by (catalogue name, kind, code); by default the project's ``chosen_vendor``."""

    def __init__(self, project: Project, vendor: str | None = None) -> None:
        choice = chosen_vendor(project) if vendor is None else VendorChoice(vendor, vendor == project.meta.vendor)
        self.vendor = choice.name
        self.chosen = choice.chosen
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
