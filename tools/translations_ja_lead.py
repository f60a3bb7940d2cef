"""Japanese for UI strings the lead engineer added in session 6 (merged by tools/i18n.py)."""

TRANSLATIONS: dict[str, str] = {
    " / ": "／",
    "{impl_class} ({names})": "{impl_class}（{names}）",
    ", ": "・",
}
