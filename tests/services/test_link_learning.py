"""link_learning: link-only edits become learning events; undo retracts exactly them; the store round-trips."""

from __future__ import annotations

import json
from pathlib import Path

from jcloud_desk.domain.edits import Batch, Change, Remove
from jcloud_desk.domain.fitgap_ops import link_item, unlink
from jcloud_desk.domain.project import Ref
from jcloud_desk.services.learning_store import LearningStore
from jcloud_desk.services.link_learning import LinkLearning, link_changes
from jcloud_desk.services.suggest_service import SuggestService, UserThesaurus
from tests.services.test_suggest_service import project


def test_store_retract_round_trips_through_the_file(tmp_path: Path) -> None:
    store = LearningStore(tmp_path)
    earlier = store.record("転入届を受付", "move-in", 1.0)
    later = store.record("転入届を受付", "move-in", 1.0)
    assert earlier and later and earlier != later
    store.retract([later])
    # a new store (another session of the app) reads the same evidence: the earlier acceptance stays
    reread = LearningStore(tmp_path).evidence()
    assert [(e.text, e.code, e.weight) for e in reread] == [("転入届を受付", "move-in", 1.0)]
    store.retract([earlier, "unknown-id", ""])
    assert LearningStore(tmp_path).evidence() == []
    lines = [json.loads(line) for line in store.path.read_text(encoding="utf-8").splitlines()]
    assert [line.get("retract") for line in lines] == [None, None, later, earlier, "unknown-id"]


def test_lines_without_id_from_older_files_still_count(tmp_path: Path) -> None:
    store = LearningStore(tmp_path)
    store.path.write_text(json.dumps({"text": "統計", "code": "stats", "weight": 1.0}) + "\n", encoding="utf-8")
    store.retract(["x"])
    assert [(e.code, e.weight) for e in LearningStore(tmp_path).evidence()] == [("stats", 1.0)]


def test_link_changes_reads_links_only_edits() -> None:
    doc = project()
    add = link_item(doc, "b", "move-in")
    assert add is not None
    inverse = add.apply(doc, Change())
    added, removed = link_changes(add, inverse) or ([], [])
    assert [(lk.step_id, lk.item_id) for lk in added] == [("b", "move-in")] and removed == []
    remove = unlink(doc, "lk")
    inverse = remove.apply(doc, Change())
    assert link_changes(remove, inverse) == ([], [doc_link := inverse.entity]) and doc_link.step_id == "d"  # type: ignore[attr-defined]
    assert link_changes(Batch((add, Remove(Ref("step", "c")))), Batch(())) is None  # more than links


def test_done_and_undone_record_and_retract_through_the_service(tmp_path: Path) -> None:
    doc = project()
    service = SuggestService(doc, store=LearningStore(tmp_path), user_thesaurus=UserThesaurus(tmp_path),
                             use_analyser=False)
    learning = LinkLearning(lambda: service)
    edit = Batch(tuple(e for e in (link_item(doc, "b", "move-in"), link_item(doc, "a", "copy")) if e))
    inverse = edit.apply(doc, Change())
    assert learning.done(1, edit, inverse) == 2
    assert sorted(e.code for e in service.store.evidence()) == ["copy", "move-in"]
    assert learning.undone(1) == 2 and service.store.evidence() == []
    assert learning.undone(1) == 0  # nothing left to retract
    service.learning = False
    assert learning.done(2, edit, inverse) == 0
