"""Build ``sample_projects/group_sample.jcdesk``: a 自治体クラウド group of three municipalities (住民記録).

Usage (from the repository root)::

    .venv/bin/python tools/build_group_sample.py [OUT_PATH]

The output is deleted and rewritten. Ids are name-based (``stable_id``) and timestamps fixed, so two builds give
equal projects. Content: the fictional みどり地域自治体クラウド — みどり市, あおば町, さくら村, which will share one
standard-conformant 住民記録 system — each with its own As-Is 転入届, judged against 住民記録システム標準仕様書
【第1.0版】第3章. みどり市's flow was drawn first; the other two are copies of it (``Process.origin_id``, each
step's ``attrs["origin_step"]``) changed where the municipality works differently:

* みどり市 (市): in the busy season it enters held-over 届出 the next day and backdates the 処理日 (実装不可
  JUKI1-4.0.3-N → customization); wants real-time 庁内連携 (customization of JUKI1-7.2.1-M).
* あおば町 (町): still writes every 届出 into a paper 受付簿 (業務見直し); already prints the カード交付申請書 with
  the 標準オプション JUKI1-7.1.1.3-O that the group adopted (the others hand out blank forms); also wants
  real-time 庁内連携.
* さくら村 (村): a two-stage approval route 係長審査 → 課長決裁 (the 課長 stamps the form: 運用回避); its 支所 has
  no terminal, so 支所 届出 are entered the next day and backdated (JUKI1-4.0.3-N); daily batch 連携 is fine.
* All three send the 異動者 a notice of the 届出 (実装不可 JUKI1-4.1.0.3-N), a customization the group shares.

Three CustomizationRequest estimates are shared among the requesters (割り勘). Steps are laid out with
``analysis.autolayout``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make the checkout importable
    sys.path.insert(0, str(ROOT))

from jcloud_desk.analysis.layout.autolayout import auto_layout  # noqa: E402
from jcloud_desk.domain.catalog import CatalogItem  # noqa: E402
from jcloud_desk.domain.edits import Change  # noqa: E402
from jcloud_desk.domain.fitgap import Decision, Judgment, Link, Resolution, Verdict  # noqa: E402
from jcloud_desk.domain.ids import stable_id  # noqa: E402
from jcloud_desk.domain.municipality_type import MunicipalityType  # noqa: E402
from jcloud_desk.domain.operations import ORIGIN_STEP_ATTR  # noqa: E402
from jcloud_desk.domain.process import Flow, FlowKind, Lane, Phase, Process, ProcessKind, Step, StepKind  # noqa: E402
from jcloud_desk.domain.project import INFO_ID, Project, ProjectInfo  # noqa: E402
from jcloud_desk.domain.workshop import CustomizationRequest, Municipality  # noqa: E402
from jcloud_desk.io.catalog.csv_reader import read_catalog_csv  # noqa: E402
from jcloud_desk.paths import resources_dir, sample_projects_dir  # noqa: E402
from jcloud_desk.storage.repository import ProjectRepository  # noqa: E402

FILE_NAME = "group_sample.jcdesk"
NAMESPACE = "group-sample"
CREATED_AT = "2025-06-01T09:00:00"
BUSINESS = "住民記録"
GROUP = "みどり地域自治体クラウド"
CATALOG_FILE = "juki-std-v1-ch3.csv"
CATALOG_NAME = "住民記録システム標準仕様書"
CATALOG_VERSION = "第1.0版（第3章 機能要件）"
CATALOG_SOURCE = ("総務省「住民記録システム標準仕様書【第1.0版】」(2020) 第3章 機能要件; resources/catalogs/"
                  + CATALOG_FILE)
CATALOG_ATTRIBUTION = "「住民記録システム標準仕様書【第1.0版】」（総務省）を加工して作成（政府標準利用規約（第2.0版））"
#: 標準オプション the group adopted for the shared system (カード交付申請書の出力).
ADOPTED_OPTIONS = ("JUKI1-7.1.1.3-O",)
SLOT, MARGIN, LANE_SIZE = 180.0, 20.0, 130.0
#: The lane of 関係機関 (転出元市区町村・J-LIS) is an external organisation: a pool of its own that exchanges
#: messages with the municipality (domain.pool_ops).
EXTERNAL_LANE = "X"
YES, NO = "はい", "いいえ"
KIND = {"start": StepKind.START, "end": StepKind.END, "task": StepKind.TASK, "manual": StepKind.MANUAL_TASK,
        "system": StepKind.SYSTEM_TASK, "gw": StepKind.GATEWAY, "and": StepKind.GATEWAY_AND,
        "doc": StepKind.DOCUMENT, "db": StepKind.DATA_STORE}


@dataclass(frozen=True)
class S:
    """A step: kind code, lane and phase keys, slot (left-to-right order in its cell), label, 担当・時間・件数."""

    key: str
    kind: str
    lane: str
    phase: str
    slot: int
    label: str
    minutes: int = 0
    cases: int = 0


@dataclass(frozen=True)
class J:
    """A judgment; ``codes`` lists linked items as a code or (code, link verdict, note)."""

    verdict: Verdict
    codes: tuple[str | tuple[str, Verdict | None, str], ...] = ()
    resolution: Resolution = Resolution.NONE
    rationale: str = ""
    due_on: str = ""
    decision: Decision = Decision.AGREED
    justification: str = ""


@dataclass(frozen=True)
class Variant:
    """One municipality's flow: the base with relabelled, added steps and changed flows and judgments."""

    key: str
    name: str
    lg_code: str
    category: str
    section: str
    cases: int
    notes: str
    relabel: dict[str, str] = field(default_factory=dict)
    steps: tuple[S, ...] = ()
    drop: tuple[tuple[str, str], ...] = ()
    flows: tuple[tuple[str, str, str], ...] = ()
    judgments: dict[str, J] = field(default_factory=dict)


LANES = (("R", "住民・申請者"), ("C", "窓口担当"), ("S", "担当課（審査・決裁）"), ("Y", "住民記録システム"),
         ("X", "関係機関（転出元市区町村・J-LIS）"))
PHASES = (("p1", "受付"), ("p2", "審査"), ("p3", "入力・更新"), ("p4", "決裁"), ("p5", "交付・案内"))
BASE_STEPS = (
    S("start", "start", "R", "p1", 0, "転入届のため来庁"),
    S("fill", "manual", "R", "p1", 1, "住民異動届を記入", 10),
    S("form", "doc", "R", "p1", 2, "住民異動届"),
    S("recv", "task", "C", "p1", 1, "届出書受付・届出日を記録", 3),
    S("g_cert", "gw", "C", "p1", 3, "転出証明書またはカード転出あり？"),
    S("guide", "task", "C", "p1", 4, "転出証明書の取得方法を案内", 5),
    S("e_back", "end", "R", "p1", 4, "後日再来庁"),
    S("idcheck", "task", "C", "p2", 0, "本人確認（本人確認書類）", 3),
    S("g_id", "gw", "C", "p2", 1, "本人確認OK？"),
    S("e_ng", "end", "R", "p2", 1, "受付不可（必要書類を案内）"),
    S("dvchk", "task", "S", "p2", 2, "支援措置（DV等）対象者の確認", 2),
    S("input", "task", "C", "p3", 1, "転入者情報を入力（仮登録）", 12),
    S("csq", "system", "Y", "p3", 2, "転出証明書情報の取得・再転入者の照合"),
    S("xsend", "task", "X", "p3", 2, "転出証明書情報を送信（転出元・CS）"),
    S("chk", "task", "C", "p3", 3, "入力確認票を出力・届書と照合", 4),
    S("chkform", "doc", "S", "p3", 3, "異動入力確認票"),
    S("approve", "task", "S", "p4", 0, "審査・決裁（本登録）", 3),
    S("g_appr", "gw", "S", "p4", 2, "決裁OK？"),
    S("db", "db", "Y", "p4", 1, "住民基本台帳DB"),
    S("commit", "system", "Y", "p4", 2, "本登録・住民票コード付番・CSへ送信"),
    S("fork", "and", "Y", "p4", 3, "並行処理"),
    S("link", "system", "Y", "p5", 1, "庁内他業務システムへ連携（国保・介護・児童手当）"),
    S("notice", "task", "S", "p5", 1, "代理人届出の場合、異動者本人へ届出内容のお知らせを送付", 5, 400),
    S("card", "task", "C", "p5", 0, "マイナンバーカードの継続利用処理", 8),
    S("g_card", "gw", "C", "p5", 1, "カード未取得で申請希望あり？"),
    S("cardapp", "task", "C", "p5", 2, "マイナンバーカード交付申請を案内（白紙の申請書を渡す）", 6),
    S("relguide", "task", "C", "p5", 3, "関連手続きを案内（国保・年金・児童手当・介護）", 10),
    S("e_done", "end", "R", "p5", 4, "手続き完了"),
)
BASE_FLOWS = (
    ("start", "fill", ""), ("fill", "recv", ""), ("fill", "form", "assoc"), ("recv", "g_cert", ""),
    ("g_cert", "idcheck", YES), ("g_cert", "guide", NO), ("guide", "e_back", ""), ("idcheck", "g_id", ""),
    ("g_id", "dvchk", YES), ("g_id", "e_ng", NO), ("dvchk", "input", ""), ("input", "csq", ""),
    ("xsend", "csq", "msg:転出証明書情報"), ("csq", "db", "assoc"), ("csq", "chk", ""), ("chk", "chkform", "assoc"),
    ("chk", "approve", ""), ("approve", "g_appr", ""), ("g_appr", "commit", YES),
    ("g_appr", "input", "いいえ（差戻し）"),
    ("commit", "db", "assoc"), ("commit", "fork", ""), ("fork", "card", ""), ("fork", "link", ""),
    ("fork", "notice", ""), ("card", "g_card", ""), ("g_card", "cardapp", YES), ("g_card", "relguide", NO),
    ("cardapp", "relguide", ""), ("link", "relguide", ""), ("notice", "relguide", ""), ("relguide", "e_done", ""),
)
NOTICE_WHY = ("代理人による虚偽の転入届（なりすまし）の被害が過去にあり、異動者本人への通知が抑止になっている。"
              "標準の住民異動届受理通知（4.1.0.3）は異動前住所・届出人あてのため、3団体共通の要望としてグループで扱う。")
BASE_JUDGMENTS: dict[str, J] = {
    "fill": J(Verdict.OUT_OF_SCOPE, rationale="届出人が記入する（書かない窓口は見直し後の業務で検討）。"),
    "recv": J(Verdict.FIT, ("JUKI1-4.1.0.2-M", "JUKI1-4.1.0.1-M"), rationale="届出日は受付日を入力できる。"),
    "guide": J(Verdict.OUT_OF_SCOPE, rationale="案内は窓口の手作業。"),
    "idcheck": J(Verdict.OUT_OF_SCOPE, rationale="本人確認は窓口の手作業（住民基本台帳法施行規則）。"),
    "dvchk": J(Verdict.FIT, ("JUKI1-2.2.4-M", "JUKI1-3.1-M", "JUKI1-1.1.16-M"),
               rationale="支援措置期間中である旨が照会画面に明示される。"),
    "input": J(Verdict.FIT, ("JUKI1-4.1.1.1-M", "JUKI1-4.0.2-M", "JUKI1-4.0.3-M"),
               rationale="転入者情報は標準の画面で入力し、処理日は処理当日。"),
    "csq": J(Verdict.FIT, ("JUKI1-4.1.1.3-M", "JUKI1-4.1.1.2-M"), rationale="特例転入は CS で受信した情報から入力。"),
    "xsend": J(Verdict.OUT_OF_SCOPE, rationale="転出元市区町村の事務。"),
    "chk": J(Verdict.FIT, ("JUKI1-4.0.9-M",)),
    "approve": J(Verdict.FIT, ("JUKI1-4.0.8-M",), rationale="仮登録→審査→決裁→本登録は標準機能どおり。"),
    "commit": J(Verdict.FIT, ("JUKI1-4.3.1-M", "JUKI1-4.4-M", "JUKI1-7.1.1.1-M")),
    "notice": J(Verdict.GAP, ("JUKI1-4.1.0.3-N", ("JUKI1-4.1.0.3-M", Verdict.PARTIAL, "あて先が異動前住所・届出人")),
                Resolution.CUSTOMIZATION, "異動者本人あての届出内容通知は実装不可機能。", "2025-09-30",
                Decision.PROPOSED, NOTICE_WHY),
    "card": J(Verdict.FIT_CONFIG, ("JUKI1-7.1.1.4-M",), rationale="送付先情報の連携条件をパラメータで設定する。"),
    "cardapp": J(Verdict.PARTIAL, ("JUKI1-7.1.1.3-O",), Resolution.ADOPT_STANDARD,
                 "白紙の申請書を渡して記入を案内している。グループで採用した標準オプションで申請書を印字する運用に合わせる。",
                 "2025-10-31"),
    "relguide": J(Verdict.GAP, (), Resolution.SEPARATE_SYSTEM,
                  "関連手続き案内は標準仕様書の空白領域。グループ共通の手続きナビ（独自施策システム）で対応する。",
                  "2025-12-26", Decision.PROPOSED),
}
REALTIME = ("JUKI1-7.2.1-M",)
LATE_LINK = "日次バッチ連携のため転入当日は他業務に未反映。"
VARIANTS = (
    Variant(
        "midori", "みどり市", "992011", "市", "市民課 住民記録係", 3600,
        "人口約8万人。転入届は年間約3,600件で、3月末〜4月上旬に集中する。グループで最初に描いた業務フロー。",
        steps=(S("g_today", "gw", "C", "p3", 0, "当日中に入力できる？"),
               S("rush", "task", "S", "p3", 1, "預かった届出を翌日入力（処理日を受付日に遡及）", 8, 500)),
        drop=(("dvchk", "input"),),
        flows=(("dvchk", "g_today", ""), ("g_today", "input", YES), ("g_today", "rush", "いいえ（繁忙期）"),
               ("rush", "csq", "")),
        judgments={
            "rush": J(Verdict.GAP, ("JUKI1-4.0.3-N", ("JUKI1-4.1.0.2-M", Verdict.FIT, "届出日には受付日を入力できる")),
                      Resolution.CUSTOMIZATION, "処理当日以外を処理日として入力する（実装不可機能）。", "2025-08-29",
                      Decision.PROPOSED,
                      "繁忙期は1日200件を超え当日中に入力しきれない。翌日入力でも処理日を受付日にそろえないと、"
                      "写しの交付日と処理日が逆転する。"),
            "link": J(Verdict.GAP, REALTIME, Resolution.CUSTOMIZATION, LATE_LINK, "2025-09-30", Decision.PROPOSED,
                      "転入当日に児童手当・国保の手続を受け付けるため、即時連携が必要。"),
        }),
    Variant(
        "aoba", "あおば町", "993611", "町", "住民課 住民係", 900,
        "人口約2万人。転入届は年間約900件。紙の受付簿を続けている。交付申請書の印字（標準オプション）を利用中。",
        relabel={"cardapp": "マイナンバーカード交付申請書を印字して交付"},
        steps=(S("log", "manual", "C", "p1", 2, "受付簿（紙）に手書きで記入", 2),),
        drop=(("recv", "g_cert"),),
        flows=(("recv", "log", ""), ("log", "g_cert", "")),
        judgments={
            "log": J(Verdict.PARTIAL, ("JUKI1-4.0.8-M", ("JUKI1-10.1-M", Verdict.FIT, "月報の件数は EUC で集計")),
                     Resolution.ADOPT_STANDARD,
                     "受付順と件数の把握のため紙の受付簿に記入している。"
                     "仮登録一覧と EUC の件数集計で代わるため廃止する。",
                     "2025-07-31"),
            "input": J(Verdict.FIT, ("JUKI1-4.1.1.1-M", "JUKI1-4.0.2-M", "JUKI1-4.0.3-M"),
                       rationale="繁忙期も臨時窓口を設けて当日中に入力している（処理日は処理当日）。"),
            "cardapp": J(Verdict.FIT_OPTION, ("JUKI1-7.1.1.3-O",),
                         rationale="現行システムで交付申請書を印字している（標準オプション、グループで採用）。"),
            "link": J(Verdict.GAP, REALTIME, Resolution.CUSTOMIZATION, LATE_LINK, "2025-09-30", Decision.PROPOSED,
                      "ワンストップ窓口で転入当日に国保・児童手当の手続まで済ませている。"),
        }),
    Variant(
        "sakura", "さくら村", "995215", "村", "住民福祉課 住民係", 120,
        "人口約4千人。転入届は年間約120件。異動は課長決裁。支所には住基端末がない。",
        relabel={"approve": "係長審査（仮登録の確認）"},
        steps=(S("kacho", "task", "S", "p4", 1, "課長決裁（届書の決裁欄に押印）", 2),
               S("g_branch", "gw", "C", "p3", 0, "支所で受け付けた届出？"),
               S("branch", "task", "S", "p3", 1, "支所受付分を翌日本庁で入力（処理日を遡及）", 10, 30)),
        drop=(("approve", "g_appr"), ("dvchk", "input")),
        flows=(("approve", "kacho", ""), ("kacho", "g_appr", ""), ("dvchk", "g_branch", ""),
               ("g_branch", "input", NO), ("g_branch", "branch", YES), ("branch", "csq", "")),
        judgments={
            "kacho": J(Verdict.PARTIAL, ("JUKI1-4.0.8-M",), Resolution.WORKAROUND,
                       "村の決裁規程で異動は課長決裁。本登録は係長審査で行い、課長決裁は届書の決裁欄（押印）で運用する。"
                       "決裁者・決裁日のシステム登録（実装不可 4.0.8-N）は求めない。", "2025-07-31"),
            "branch": J(Verdict.GAP, ("JUKI1-4.0.3-N",), Resolution.CUSTOMIZATION,
                        "処理当日以外を処理日として入力する（実装不可機能）。", "2025-08-29", Decision.PROPOSED,
                        "支所には住基端末がなく、支所で受け付けた届出は翌日本庁で入力する。処理日を届出日にそろえたい。"),
            "card": J(Verdict.UNASSESSED, ("JUKI1-7.1.1.4-M",),
                      rationale="担当者不在のため次回のワークショップで確認する。", due_on="2025-07-15",
                      decision=Decision.DEFERRED),
            "link": J(Verdict.FIT, REALTIME, rationale="件数が少なく（年間約120件）、日次バッチ連携で支障はない。"),
        }),
)
#: Group customization requests: (機能ID, 件名, 工数（人日）, 費用（円）, 備考).
REQUESTS = (
    ("JUKI1-4.0.3-N", "処理日の遡及入力", 12.0, 1_650_000, "ベンダー概算（2025-06）。"),
    ("JUKI1-4.1.0.3-N", "異動者本人あて届出内容通知書", 6.5, 1_000_000, "ベンダー概算（2025-06）。帳票1種の追加。"),
    ("JUKI1-7.2.1-M", "庁内連携の即時化（国保・児童手当）", 20.0, 2_400_000,
     "ベンダー概算（2025-06）。連携基盤側の改修を含む。"),
)


# --- building -----------------------------------------------------------------------------------------
class SampleSpecError(ValueError):
    """The sample specification is inconsistent (unknown key or code, duplicated slot)."""


def _id(*parts: str) -> str:
    return stable_id(NAMESPACE, *parts)


OWNER_BY_LANE = {"R": "届出人", "C": "窓口担当", "S": "審査担当（係）", "Y": "", "X": "転出元市区町村"}


def _flow(project: Project, pid: str, ids: dict[str, str], source: str, target: str, label: str) -> None:
    kind = FlowKind.SEQUENCE
    if label == "assoc":
        kind, label = FlowKind.ASSOCIATION, ""
    elif label.startswith("msg:"):
        kind, label = FlowKind.MESSAGE, label[4:]
    if source not in ids or target not in ids:
        raise SampleSpecError(f"{pid}: flow {source} -> {target} names an unknown step")
    fid = _id(pid, "flow", source, target)
    project.flow[fid] = Flow(fid, pid, ids[source], ids[target], label, kind)


def _add_process(project: Project, v: Variant, sort: int, items: dict[str, CatalogItem]) -> str:
    base = VARIANTS[0]
    pid = _id(v.key, "process")
    origin = "" if v is base else _id(base.key, "process")
    project.process[pid] = Process(pid, f"転入届（{v.name}）", BUSINESS, ProcessKind.AS_IS, v.name, v.notes,
                                   float(sort), origin)
    lane_ids = {key: _id(v.key, "lane", key) for key, _ in LANES}
    phase_ids = {key: _id(v.key, "phase", key) for key, _ in PHASES}
    specs = [replace(st, label=v.relabel.get(st.key, st.label)) for st in BASE_STEPS] + list(v.steps)
    for index, (key, name) in enumerate(LANES):
        project.lane[lane_ids[key]] = Lane(lane_ids[key], pid, name, float(index), LANE_SIZE,
                                            pool=name if key == EXTERNAL_LANE else "")
    for index, (key, name) in enumerate(PHASES):
        slots = [st.slot for st in specs if st.phase == key]
        project.phase[phase_ids[key]] = Phase(phase_ids[key], pid, name, float(index),
                                              2 * MARGIN + SLOT * (max(slots, default=0) + 1))
    lane_rank = {key: i for i, (key, _) in enumerate(LANES)}
    phase_rank = {key: i for i, (key, _) in enumerate(PHASES)}
    reading = sorted((st for st in specs if KIND[st.kind].is_activity),
                     key=lambda st: (phase_rank[st.phase], st.slot, lane_rank[st.lane]))
    numbers = {st.key: str(i) for i, st in enumerate(reading, start=1)}
    ids: dict[str, str] = {}
    cells: set[tuple[str, str, int]] = set()
    base_keys = {st.key for st in BASE_STEPS}
    for st in specs:
        if st.key in ids or (st.lane, st.phase, st.slot) in cells:
            raise SampleSpecError(f"{v.key}: step {st.key} duplicates a key or a slot")
        cells.add((st.lane, st.phase, st.slot))
        ids[st.key] = _id(v.key, "step", st.key)
        attrs: dict[str, str] = {}
        if st.minutes:
            attrs = {"owner": OWNER_BY_LANE[st.lane], "minutes_per_case": str(st.minutes),
                     "cases_per_year": str(st.cases or v.cases)}
        if v is not base and st.key in base_keys:
            attrs[ORIGIN_STEP_ATTR] = _id(base.key, "step", st.key)
        project.step[ids[st.key]] = Step(
            id=ids[st.key], process_id=pid, lane_id=lane_ids[st.lane], kind=KIND[st.kind], label=st.label,
            phase_id=phase_ids[st.phase], x=MARGIN + SLOT * st.slot + SLOT / 2, y=LANE_SIZE / 2,
            step_no=numbers.get(st.key, ""), attrs=attrs)
    for source, target, label in BASE_FLOWS + v.flows:
        if (source, target) not in v.drop:
            _flow(project, pid, ids, source, target, label)
    for key, spec in {**BASE_JUDGMENTS, **v.judgments}.items():
        sid = ids[key]
        for entry in spec.codes:
            code, verdict, note = (entry, None, "") if isinstance(entry, str) else entry
            if code not in items:
                raise SampleSpecError(f"{v.key}: unknown catalogue code {code}")
            lid = _id(v.key, "link", key, code)
            project.link[lid] = Link(lid, sid, items[code].id, verdict, note, judged_item_id=items[code].id)
        project.judgment[sid] = Judgment(sid, spec.verdict, spec.resolution, spec.rationale, f"{v.name} {v.section}",
                                         spec.due_on, spec.decision, spec.justification,
                                         tuple(sorted({items[code].catalog_id for code in map(_code, spec.codes)})))
    return pid


def _code(entry: str | tuple[str, Verdict | None, str]) -> str:
    """The item code of a judgment spec's link entry."""
    return entry if isinstance(entry, str) else entry[0]


def build_project(catalog_path: Path | None = None) -> Project:
    """The group sample in memory (pure: reads only the bundled catalogue)."""
    path = catalog_path or resources_dir() / "catalogs" / CATALOG_FILE
    catalog, items = read_catalog_csv(path, CATALOG_NAME, CATALOG_VERSION, CATALOG_SOURCE)
    catalog.attribution = CATALOG_ATTRIBUTION
    catalog.imported_at = CREATED_AT
    by_code = {item.code: item for item in items}
    names = "・".join(v.name for v in VARIANTS)
    info = ProjectInfo(
        id=INFO_ID,
        name="住民記録 グループ Fit&Gap（自治体クラウド サンプル）",
        municipality=f"{GROUP}（{names}）",
        business=BUSINESS,
        description=(
            f"架空の「{GROUP}」（{names}）が標準準拠の住民記録システムを共同利用するにあたり、各団体の現行（As-Is）の"
            "転入届を住民記録システム標準仕様書【第1.0版】第3章 機能要件と照合したグループ Fit&Gap のサンプルです。"
            "みどり市の業務フローを複製して各団体の違いを描き、カスタマイズ要望の見積を要望団体で割り勘にしています。"
            "団体コードは架空です。\n"
            f"機能一覧: {CATALOG_ATTRIBUTION}"
        ),
        created_at=CREATED_AT,
        adopted_options=tuple(by_code[code].id for code in ADOPTED_OPTIONS),
    )
    project = Project(info={INFO_ID: info})
    project.catalog[catalog.id] = catalog
    project.item.update((item.id, item) for item in items)
    for variant in VARIANTS:
        mid = _id(variant.key, "municipality")
        project.municipality[mid] = Municipality(mid, variant.name, variant.lg_code, MunicipalityType(variant.category))
    process_ids = [_add_process(project, v, sort, by_code) for sort, v in enumerate(VARIANTS, start=1)]
    for code, title, effort, cost, notes in REQUESTS:
        rid = _id("request", code)
        project.request[rid] = CustomizationRequest(rid, by_code[code].id, title, effort, float(cost), notes)
    for pid in process_ids:
        auto_layout(project, pid).apply(project, Change())
    return project


def default_path() -> Path:
    """Where the bundled group sample lives."""
    return sample_projects_dir() / FILE_NAME


def main(out_path: Path | str | None = None) -> Path:
    """Write the group sample to ``out_path`` (default: the bundled file), replacing any existing file."""
    target = Path(out_path) if out_path is not None else default_path()
    project = build_project()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    ProjectRepository.create(target, project).close()
    return target


if __name__ == "__main__":
    written = main(sys.argv[1] if len(sys.argv) > 1 else None)
    print(f"wrote {written}")
