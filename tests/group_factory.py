"""A hand-checked group project: 3 municipalities, 2 catalogue items, known states (explicit ids).

::

    item X 「審査・決裁」 (実装必須)      A市 ○ fit       B町 △ change_work      C村 × customization
    item Y 「処理日の遡及」 (実装不可)    A市 ×           B町 ×                  C村 ×

    steps (reading order)     A市            B町                         C村
    届出を受付                 － out of scope  － (origin A)                 － (step_no + label)
    受付簿に記入               (none)          ？ unassessed                 (none)
    審査・決裁                 ○               △ 「審査・決裁（二段階）」(origin) × (label only, step_no 5)
    処理日を遡及して入力        ×               ×                            ×

Requests: Y 10 人日 / 100,000 円 (shared by all three: 33,334 + 33,333 + 33,333; 3.34 + 3.33 + 3.33 人日),
X 5 人日 / 50,000 円 (C村 alone). X is avoidable (A市 fits it), Y is not (nobody fits it or its 機能).
A市 also has a To-Be process (customizing X) that does not count (only As-Is processes do, by default).
"""

from __future__ import annotations

from jcloud_desk.domain.catalog import Catalog, CatalogItem, ImplClass
from jcloud_desk.domain.fitgap import Judgment, Link, Resolution, Verdict
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.domain.process import Lane, Phase, Process, ProcessKind, Step, StepKind
from jcloud_desk.domain.project import INFO_ID, Project, ProjectInfo
from jcloud_desk.domain.workshop import CustomizationRequest, Municipality

MUNICIPALITIES = ("A市", "B町", "C村")


def _process(project: Project, pid: str, municipality: str, kind: ProcessKind = ProcessKind.AS_IS,
             name: str = "転入届") -> None:
    project.process[pid] = Process(id=pid, name=name, business="住民記録", kind=kind, municipality=municipality,
                                   sort=float(len(project.process)))
    project.lane[f"{pid}-lane"] = Lane(id=f"{pid}-lane", process_id=pid, name="窓口")
    project.phase[f"{pid}-phase"] = Phase(id=f"{pid}-phase", process_id=pid, name="受付", size=1200.0)


def _step(project: Project, pid: str, key: str, label: str, x: float, step_no: str, verdict: Verdict | None,
          resolution: Resolution = Resolution.NONE, items: tuple[str, ...] = (), origin: str = "") -> str:
    sid = f"{pid}-{key}"
    project.step[sid] = Step(id=sid, process_id=pid, lane_id=f"{pid}-lane", kind=StepKind.TASK, label=label,
                             phase_id=f"{pid}-phase", x=x, step_no=step_no,
                             attrs={"origin_step": origin} if origin else {})
    if verdict is not None:
        project.judgment[sid] = Judgment(id=sid, verdict=verdict, resolution=resolution,
                                         justification="理由" if resolution is Resolution.CUSTOMIZATION else "")
    for item_id in items:
        project.link[f"{sid}-{item_id}"] = Link(id=f"{sid}-{item_id}", step_id=sid, item_id=item_id)
    return sid


def group_project() -> Project:
    """The project drawn in the module docstring."""
    info = ProjectInfo(name="グループテスト", municipality="テスト広域", business="住民記録")
    project = Project(info={INFO_ID: info})
    project.municipality["m-a"] = Municipality(id="m-a", name="A市", lg_code="990001", category=MunicipalityType.CITY)
    project.municipality["m-b"] = Municipality(id="m-b", name="B町", lg_code="990002",
                                               category=MunicipalityType.TOWN_VILLAGE)
    # C村 has no Municipality row: it is known only from its process
    project.catalog["cat"] = Catalog(id="cat", name="標準仕様書", version="1.0")
    project.item["item-x"] = CatalogItem(id="item-x", catalog_id="cat", code="X-M", title="審査・決裁",
                                         impl_class=ImplClass.MANDATORY, path="4. 異動", sort=1.0)
    project.item["item-y"] = CatalogItem(id="item-y", catalog_id="cat", code="Y-N", title="処理日の遡及",
                                         impl_class=ImplClass.PROHIBITED, path="4. 異動", sort=2.0)

    _process(project, "pa", "A市")
    a_recv = _step(project, "pa", "recv", "届出を受付", 100, "1", Verdict.OUT_OF_SCOPE)
    a_appr = _step(project, "pa", "appr", "審査・決裁", 500, "2", Verdict.FIT, items=("item-x",))
    a_back = _step(project, "pa", "back", "処理日を遡及して入力", 700, "3", Verdict.GAP, Resolution.CUSTOMIZATION,
                   ("item-y",))

    _process(project, "pb", "B町")
    _step(project, "pb", "recv", "届出を受付", 100, "1", Verdict.OUT_OF_SCOPE, origin=a_recv)
    _step(project, "pb", "log", "受付簿に記入", 300, "2", Verdict.UNASSESSED)
    _step(project, "pb", "appr", "審査・決裁（二段階）", 500, "3", Verdict.PARTIAL, Resolution.ADOPT_STANDARD,
          ("item-x",), origin=a_appr)
    _step(project, "pb", "back", "処理日を遡及して入力", 700, "4", Verdict.GAP, Resolution.CUSTOMIZATION,
          ("item-y",), origin=a_back)

    _process(project, "pc", "C村")
    _step(project, "pc", "recv", "届出を受付", 100, "1", Verdict.OUT_OF_SCOPE)
    _step(project, "pc", "appr", "審査・決裁", 500, "5", Verdict.GAP, Resolution.CUSTOMIZATION, ("item-x",))
    _step(project, "pc", "back", "処理日を遡及 して入力", 700, "6", Verdict.GAP, Resolution.CUSTOMIZATION,
          ("item-y",))

    # not counted by default: a To-Be process
    _process(project, "pa-tobe", "A市", kind=ProcessKind.TO_BE, name="転入届（見直し後）")
    _step(project, "pa-tobe", "appr", "審査・決裁", 500, "1", Verdict.GAP, Resolution.CUSTOMIZATION, ("item-x",))

    project.request["req-y"] = CustomizationRequest(id="req-y", item_id="item-y", title="処理日の遡及入力",
                                                    effort_days=10.0, cost=100_000)
    project.request["req-x"] = CustomizationRequest(id="req-x", item_id="item-x", title="二段階決裁",
                                                    effort_days=5.0, cost=50_000)
    return project
