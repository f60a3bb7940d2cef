"""Words of the analyser: folded normalised forms, content words only, lazy loading, fallback when missing."""

from __future__ import annotations

import pytest

from jcloud_desk.analysis.words import BACKENDS, WordAnalyser, fold

pytest.importorskip("sudachipy", reason="SudachiPy is a pinned dependency; install with pip install -e .[dev]")


def test_fold_keeps_the_kanji_skeleton() -> None:
    assert fold("受け付ける") == fold("受け付け") == fold("受付") == "受付"
    assert fold("申し込む") == "申込"
    assert fold("マイナンバー") == "マイナンバー"  # no kanji: unchanged


def test_inflections_and_okurigana_meet() -> None:
    words = WordAnalyser("sudachi")
    assert "申込" in words.words("申し込む") and "申込" in words.words("申込")
    assert "受付" in words.words("届出を受け付けた") and "受付" in words.words("届出受付")
    assert "亡" in words.words("亡くなった")


def test_only_content_words() -> None:
    words = WordAnalyser("sudachi").words("住民票の写しを交付する")
    assert "住民票" in words and "交付" in words
    assert not {"の", "を", "する", "為る"} & set(words)


def test_compounds_give_their_short_units_too() -> None:
    words = WordAnalyser("sudachi").words("転入届")
    assert "転入届" in words and "転入" in words


def test_backend_loads_on_first_use_only() -> None:
    analyser = WordAnalyser("sudachi")
    assert not analyser.loaded
    assert analyser.words("") == ()
    assert not analyser.loaded
    analyser.words("転入")
    assert analyser.loaded


def test_missing_backend_gives_no_words(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> object:
        raise ImportError("not installed")

    monkeypatch.setitem(BACKENDS, "broken", broken)
    analyser = WordAnalyser("broken")
    assert not analyser.available()
    assert analyser.words("転入届") == ()
