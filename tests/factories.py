"""Small, readable test projects built from explicit ids (no random ids: failures name what they touch)."""

from __future__ import annotations

import os
from pathlib import Path

import jcloud_desk
from jcloud_desk.domain.catalog import Catalog, CatalogItem, ImplClass
from jcloud_desk.domain.fitgap import Judgment, Link, Resolution, Verdict
from jcloud_desk.domain.process import Flow, FlowKind, Lane, Phase, Process, ProcessKind, Step, StepKind
from jcloud_desk.domain.project import INFO_ID, Project, ProjectInfo


def small_project() -> Project:
    """1 process, 2 lanes, 3 phases, 5 steps, 4 flows, 1 catalogue of 3 items, 2 links, 2 judgments.

    ::

        phases:        ph-receive      ph-review         ph-issue
        lane-window    s-start ──►     s-check ──────►   s-issue ──► s-end
        lane-system                    s-input ◄─(message from s-check)
    """
    project = Project(
        info={
            INFO_ID: ProjectInfo(
                name="住民記録テスト",
                municipality="テスト市",
                business="住民記録",
                created_at="2024-04-01T09:00:00",
                adopted_options=("opt-1",),
            )
        }
    )
    project.process["proc-1"] = Process(
        id="proc-1", name="転入届", business="住民記録", kind=ProcessKind.AS_IS, municipality="テスト市"
    )
    for sort, (lane_id, name) in enumerate([("lane-window", "窓口"), ("lane-system", "システム")]):
        project.lane[lane_id] = Lane(id=lane_id, process_id="proc-1", name=name, sort=float(sort))
    for sort, (phase_id, name) in enumerate([("ph-receive", "受付"), ("ph-review", "審査"), ("ph-issue", "交付")]):
        project.phase[phase_id] = Phase(id=phase_id, process_id="proc-1", name=name, sort=float(sort))
    steps = [
        Step(id="s-start", process_id="proc-1", lane_id="lane-window", kind=StepKind.START, label="開始",
             phase_id="ph-receive", x=40.0),
        Step(id="s-check", process_id="proc-1", lane_id="lane-window", kind=StepKind.TASK, label="届出内容を確認",
             phase_id="ph-review", step_no="1", attrs={"owner": "窓口担当", "minutes_per_case": "10"}),
        Step(id="s-input", process_id="proc-1", lane_id="lane-system", kind=StepKind.SYSTEM_TASK,
             label="住民票を登録", phase_id="ph-review", step_no="2"),
        Step(id="s-issue", process_id="proc-1", lane_id="lane-window", kind=StepKind.MANUAL_TASK,
             label="住民票の写しを交付", phase_id="ph-issue", step_no="3", notes="本人確認のうえ"),
        Step(id="s-end", process_id="proc-1", lane_id="lane-window", kind=StepKind.END, label="終了",
             phase_id="ph-issue", x=190.0),
    ]
    project.step.update((s.id, s) for s in steps)
    flows = [
        Flow(id="f-start-check", process_id="proc-1", source_id="s-start", target_id="s-check"),
        Flow(id="f-check-input", process_id="proc-1", source_id="s-check", target_id="s-input",
             kind=FlowKind.MESSAGE, label="登録依頼"),
        Flow(id="f-check-issue", process_id="proc-1", source_id="s-check", target_id="s-issue"),
        Flow(id="f-issue-end", process_id="proc-1", source_id="s-issue", target_id="s-end"),
    ]
    project.flow.update((f.id, f) for f in flows)
    project.catalog["cat-std"] = Catalog(
        id="cat-std", name="住民記録システム標準仕様書", version="4.0", source="catalog.csv"
    )
    items = [
        CatalogItem(id="item-mandatory", catalog_id="cat-std", code="0010001", title="転入届の登録",
                    impl_class=ImplClass.MANDATORY, sort=1.0),
        CatalogItem(id="item-optional", catalog_id="cat-std", code="0010002", title="写しの交付",
                    impl_class=ImplClass.OPTIONAL, sort=2.0),
        CatalogItem(id="item-prohibited", catalog_id="cat-std", code="0010003", title="独自様式の出力",
                    impl_class=ImplClass.PROHIBITED, sort=3.0),
    ]
    project.item.update((i.id, i) for i in items)
    project.link["link-input"] = Link(id="link-input", step_id="s-input", item_id="item-mandatory")
    project.link["link-issue"] = Link(id="link-issue", step_id="s-issue", item_id="item-optional",
                                      verdict=Verdict.PARTIAL, note="様式が異なる")
    project.judgment["s-input"] = Judgment(id="s-input", verdict=Verdict.FIT)
    project.judgment["s-issue"] = Judgment(id="s-issue", verdict=Verdict.GAP, resolution=Resolution.WORKAROUND,
                                           rationale="様式差異", owner="住民課")
    return project


def write_before_migration(path: Path, project: Project, migration: str) -> Path:
    """``project`` written as the format before ``migration`` (its later columns are left out)."""
    from jcloud_desk.domain.project import CLASSES
    from jcloud_desk.storage.rows import to_row
    from jcloud_desk.storage.schema import migrations
    from jcloud_desk.storage.sqlite_utils_import import Database

    db = Database(path)
    try:
        db.execute("PRAGMA journal_mode = DELETE")
        migrations().apply(db, stop_before=migration)
        with db.atomic():
            for kind in CLASSES:
                # only the columns of that format: kinds and fields added later are not in it yet
                columns = set(db[kind].columns_dict) if db[kind].exists() else set()
                rows = [{k: v for k, v in to_row(e).items() if k in columns} for e in project.table(kind).values()]
                if rows and columns:  # a table of a later format is not there yet
                    db[kind].insert_all(rows)  # type: ignore[union-attr]
    finally:
        db.close()
    return path


def as_migrated(project: Project) -> Project:
    """``project`` as m011 leaves it: links judged against their item, judgments against their links' catalogues."""
    for link in project.link.values():
        link.judged_item_id = link.judged_item_id or link.item_id
    for judgment in project.judgment.values():
        judgment.catalog_ids = judgment.catalog_ids or tuple(sorted({
            project.item[link.item_id].catalog_id for link in project.link.values()
            if link.step_id == judgment.id and link.item_id in project.item
        }))
    return project


def subprocess_env(config_dir: str) -> dict[str, str]:
    """Environment for a child ``python`` that imports this checkout's ``jcloud_desk`` with its own config."""
    root = str(Path(jcloud_desk.__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    env["JCLOUD_DESK_CONFIG_DIR"] = config_dir
    env["PYTHONIOENCODING"] = "utf-8"
    return env
