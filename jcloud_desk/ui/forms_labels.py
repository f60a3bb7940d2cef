"""Display labels of the 帳票 / vendor / option-decision enums, translated at call time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jcloud_desk.domain.catalog import ItemKind
from jcloud_desk.domain.forms import FormDifference, FormRoute
from jcloud_desk.domain.vendor import OptionStatus, VendorAnswerKind

translate = QCoreApplication.translate


def item_kind_label(kind: ItemKind) -> str:
    """機能 / 帳票 / 連携."""
    return {
        ItemKind.FUNCTION: translate("FormsLabels", "Function item"),
        ItemKind.FORM: translate("FormsLabels", "Form item"),
        ItemKind.INTERFACE: translate("FormsLabels", "Interface item"),
    }[kind]


def difference_label(difference: FormDifference) -> str:
    """How a current form differs from the standard one."""
    return {
        FormDifference.NONE: translate("FormsLabels", "(none)"),
        FormDifference.PRINT_ITEMS: translate("FormsLabels", "Different printed items"),
        FormDifference.LAYOUT: translate("FormsLabels", "Different layout"),
        FormDifference.NOT_IN_STANDARD: translate("FormsLabels", "Not in the standard"),
        FormDifference.NO_LONGER_NEEDED: translate("FormsLabels", "No longer needed"),
    }[difference]


def route_label(route: FormRoute) -> str:
    """How the difference of a current form is absorbed."""
    return {
        FormRoute.NONE: translate("FormsLabels", "(not decided)"),
        FormRoute.STANDARD: translate("FormsLabels", "Use the standard form"),
        FormRoute.EUC: translate("FormsLabels", "Make with EUC"),
        FormRoute.SEPARATE_SYSTEM: translate("FormsLabels", "Own separate system"),
        FormRoute.ABOLISH: translate("FormsLabels", "Abolish"),
        FormRoute.CONSULT: translate("FormsLabels", "Consult the prefecture / recipient"),
    }[route]


def answer_label(answer: VendorAnswerKind) -> str:
    """A vendor's answer (the marks are the same in every language)."""
    return {
        VendorAnswerKind.PROVIDED: translate("FormsLabels", "○ provided"),
        VendorAnswerKind.PARTIAL: translate("FormsLabels", "△ partly"),
        VendorAnswerKind.NOT_PROVIDED: translate("FormsLabels", "× not provided"),
        VendorAnswerKind.OPTION: translate("FormsLabels", "Option (extra cost)"),
        VendorAnswerKind.UNANSWERED: translate("FormsLabels", "(no answer)"),
    }[answer]


def option_status_label(status: OptionStatus) -> str:
    """採用 / 不採用 / 保留."""
    return {
        OptionStatus.ADOPTED: translate("FormsLabels", "Adopted"),
        OptionStatus.REJECTED: translate("FormsLabels", "Not adopted"),
        OptionStatus.PENDING: translate("FormsLabels", "Pending"),
    }[status]
