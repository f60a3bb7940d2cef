"""Japanese for the main-window texts of issue 14 (screens helper)."""

from __future__ import annotations

TRANSLATIONS: dict[str, str] = {
    "{severity} ({count})": "{severity} ({count})",
    "New start event": "開始を追加",
    "Add step: {step}": "手順の追加: {step}",
    "Edit Fit&Gap: {step}": "Fit&Gap の編集: {step}",
    "Edit step: {step}": "手順の編集: {step}",
    "Tag verdict: {step}": "判定の入力: {step}",
    "Add phase: {name}": "工程の追加: {name}",
    "next unjudged": "次の未判定",
    "previous unjudged": "前の未判定",
    "leave": "終了",
    "Select a step first (N = next unjudged)": "先に手順を選んでください（N = 次の未判定）",
    "Opening {name}...": "{name} を開いています...",
    "Link {code}: {step}": "機能の紐付け {code}: {step}",
    "Every step of this flow is judged": "この業務フローの手順はすべて判定済みです",
}
