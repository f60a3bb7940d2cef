"""Build ``sample_projects/juminkiroku_sample.jcdesk``: the bundled 住民記録 Fit&Gap sample project.

Usage (from the repository root)::

    .venv/bin/python tools/build_sample.py [OUT_PATH]

The output is deleted and rewritten. Every id is name-based (``stable_id``) and every timestamp fixed, so two
builds give equal projects. Content: the fictional みどり市 市民課, its As-Is flows 転入届 / 転出届 / 住民票の写しの交付
and a To-Be 転居届, judged against 住民記録システム標準仕様書【第1.0版】第3章 (``resources/catalogs``).

The 転入届 / 転出届 flows and some gap descriptions are adapted from Code for Japan's Municipal Workflow
Knowledge Base (https://github.com/codeforjapan/municipal-workflow-kb, CC BY 4.0),
``workflows/_standardized-20/jyumin-ido/flow-standard.md`` and ``gap-notes.md`` (modified).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make the checkout importable
    sys.path.insert(0, str(ROOT))

from jcloud_desk.domain.catalog import CatalogItem, ImplClass  # noqa: E402
from jcloud_desk.domain.fitgap import Decision, Judgment, Link, Resolution, Verdict  # noqa: E402
from jcloud_desk.domain.ids import stable_id  # noqa: E402
from jcloud_desk.domain.layout import SHAPE_SIZE  # noqa: E402
from jcloud_desk.domain.municipality_type import MunicipalityType  # noqa: E402
from jcloud_desk.domain.process import Flow, FlowKind, Lane, Phase, Process, ProcessKind, Step, StepKind  # noqa: E402
from jcloud_desk.domain.project import INFO_ID, Project, ProjectInfo  # noqa: E402
from jcloud_desk.domain.vendor import OptionStatus  # noqa: E402
from jcloud_desk.io.catalog.csv_reader import read_catalog_csv  # noqa: E402
from jcloud_desk.paths import default_sample_path, resources_dir, sample_projects_dir  # noqa: E402
from jcloud_desk.storage.repository import ProjectRepository  # noqa: E402
from tools.sample_forms import add_forms_and_vendor, write_files  # noqa: E402

NAMESPACE = "juminkiroku-sample"
CREATED_AT = "2025-04-01T09:00:00"
MUNICIPALITY = "みどり市"
BUSINESS = "住民記録"

CATALOG_FILE = "juki-std-v1-ch3.csv"
CATALOG_NAME = "住民記録システム標準仕様書"
CATALOG_VERSION = "第1.0版（第3章 機能要件）"
CATALOG_SOURCE = (
    "総務省「住民記録システム標準仕様書【第1.0版】」(2020) 第3章 機能要件; 本文は "
    "github.com/AkihiraYOSHIMOTO/jyuki-stnd (commit 1e87b02) から。resources/catalogs/" + CATALOG_FILE
)
CATALOG_ATTRIBUTION = "「住民記録システム標準仕様書【第1.0版】」（総務省）を加工して作成（政府標準利用規約（第2.0版））"
KB_ATTRIBUTION = (
    "出典: Municipal Workflow Knowledge Base, Code for Japan, https://github.com/codeforjapan/municipal-workflow-kb, "
    "CC BY 4.0（住民異動届 標準業務フロー・gap-notes を改変して作成）"
)

#: 標準オプション機能 that みどり市 has adopted (本人通知制度, 地区管理).
ADOPTED_OPTIONS = ("JUKI1-8.1.1-O", "JUKI1-8.1.2-O", "JUKI1-8.1.3-O", "JUKI1-1.3.5-O")

#: Horizontal room per step in a lane × phase cell, and the margin on each side of a phase column.
SLOT = 180.0
MARGIN = 20.0
LANE_SIZE = 130.0
#: Lanes of those outside the office (関係機関 such as 転出元市区町村・J-LIS, 本人通知登録者): each is a pool of its
#: own that exchanges messages with the municipality (domain.pool_ops).
EXTERNAL_LANES = frozenset({"X", "N"})

KIND = {
    "start": StepKind.START, "end": StepKind.END, "event": StepKind.EVENT, "task": StepKind.TASK,
    "manual": StepKind.MANUAL_TASK, "system": StepKind.SYSTEM_TASK, "gw": StepKind.GATEWAY,
    "and": StepKind.GATEWAY_AND, "doc": StepKind.DOCUMENT, "db": StepKind.DATA_STORE,
    "note": StepKind.ANNOTATION,
}


# --- compact specification types --------------------------------------------------------------------
@dataclass(frozen=True)
class StepSpec:
    """One step: kind code (``KIND``), lane and phase keys, slot (left-to-right position in its cell)."""

    key: str
    kind: str
    lane: str
    phase: str
    slot: int
    label: str
    attrs: dict[str, str] = field(default_factory=dict)
    notes: str = ""


@dataclass(frozen=True)
class JudgmentSpec:
    """A judgment; ``codes`` lists linked items as a code, (code, link verdict, note) or (…, link resolution)."""

    verdict: Verdict
    codes: tuple[str | tuple[str, Verdict | None, str] | tuple[str, Verdict | None, str, Resolution], ...] = ()
    resolution: Resolution = Resolution.NONE
    rationale: str = ""
    owner: str = "市民課 住民記録係"
    due_on: str = ""
    decision: Decision = Decision.AGREED
    justification: str = ""


@dataclass(frozen=True)
class ProcessSpec:
    """One business flow: lanes and phases as (key, name), steps, flows (source, target, label, kind)."""

    key: str
    name: str
    kind: ProcessKind
    notes: str
    lanes: tuple[tuple[str, str], ...]
    phases: tuple[tuple[str, str], ...]
    steps: tuple[StepSpec, ...]
    flows: tuple[tuple[str, str, str, FlowKind], ...]
    judgments: dict[str, JudgmentSpec]
    links: dict[str, tuple[str, ...]] = field(default_factory=dict)


def w(owner: str, minutes: int, cases: int, forms: str = "") -> dict[str, str]:
    """Inventory attributes of a task: 担当, 所要時間（分）, 年間件数, 使用帳票."""
    attrs = {"owner": owner, "minutes_per_case": str(minutes), "cases_per_year": str(cases)}
    if forms:
        attrs["forms"] = forms
    return attrs


def s(key: str, kind: str, lane: str, phase: str, slot: int, label: str, attrs: dict[str, str] | None = None,
      notes: str = "") -> StepSpec:
    """Shorthand for a StepSpec."""
    return StepSpec(key, kind, lane, phase, slot, label, attrs or {}, notes)


def seq(source: str, target: str, label: str = "") -> tuple[str, str, str, FlowKind]:
    """A sequence flow."""
    return (source, target, label, FlowKind.SEQUENCE)


def msg(source: str, target: str, label: str = "") -> tuple[str, str, str, FlowKind]:
    """A message flow (between the system or staff and another organisation)."""
    return (source, target, label, FlowKind.MESSAGE)


def assoc(source: str, target: str) -> tuple[str, str, str, FlowKind]:
    """An association (帳票, data store, annotation)."""
    return (source, target, "", FlowKind.ASSOCIATION)


def fit(*codes: str | tuple[str, Verdict | None, str], rationale: str = "") -> JudgmentSpec:
    """A 適合（標準機能） judgment."""
    return JudgmentSpec(Verdict.FIT, codes, rationale=rationale)


YES, NO = "はい", "いいえ"
COUNTER = "窓口担当（会計年度任用職員）"
CLERK = "住民記録係 審査担当"
CHIEF = "住民記録係長"

# --- 転入届 (As-Is) ------------------------------------------------------------------------------------
TENNYU = ProcessSpec(
    key="tennyu",
    name="転入届",
    kind=ProcessKind.AS_IS,
    notes="現行（As-Is）の転入届（窓口）。年間約3,600件、3月末〜4月上旬に集中。\n" + KB_ATTRIBUTION,
    lanes=(("R", "住民・申請者"), ("C", "窓口担当"), ("S", "担当課（審査・決裁）"), ("Y", "住民記録システム"),
           ("X", "関係機関（転出元市区町村・J-LIS）")),
    phases=(("p1", "受付"), ("p2", "審査"), ("p3", "入力・更新"), ("p4", "決裁"), ("p5", "交付・案内")),
    steps=(
        s("start", "start", "R", "p1", 0, "転入届のため来庁"),
        s("fill", "manual", "R", "p1", 1, "住民異動届を記入", w("届出人", 10, 3600, "住民異動届")),
        s("form", "doc", "R", "p1", 2, "住民異動届"),
        s("wait", "note", "R", "p1", 3, "繁忙期（3月末〜4月上旬）は待ち時間90分超"),
        s("recv", "task", "C", "p1", 2, "届出書受付・届出日を記録", w(COUNTER, 3, 3600, "住民異動届")),
        s("g_cert", "gw", "C", "p1", 3, "転出証明書またはカード転出あり？"),
        s("guide", "task", "C", "p1", 4, "転出証明書の取得方法を案内", w(COUNTER, 5, 120)),
        s("e_back", "end", "R", "p1", 4, "後日再来庁"),
        s("idcheck", "task", "C", "p2", 0, "本人確認（本人確認書類）", w(COUNTER, 3, 3600)),
        s("g_id", "gw", "C", "p2", 1, "本人確認OK？"),
        s("e_ng", "end", "R", "p2", 1, "受付不可（必要書類を案内）"),
        s("dvchk", "task", "S", "p2", 2, "支援措置（DV等）対象者の確認", w(CLERK, 2, 3600)),
        s("g_dv", "gw", "S", "p2", 3, "支援措置の対象？"),
        s("dvproc", "task", "S", "p3", 0, "抑止設定・関係課へ支援措置を連絡", w(CHIEF, 30, 40, "支援措置連絡票"),
          notes="住基の支援措置フラグは他課の給付管理システムに連携されず、係長間の電話で伝えている。"),
        s("input", "task", "C", "p3", 1, "転入者情報を入力（仮登録）", w(COUNTER, 12, 3600, "住民異動届")),
        s("csq", "system", "Y", "p3", 2, "転出証明書情報の取得・再転入者の照合"),
        s("xsend", "task", "X", "p3", 2, "転出証明書情報を送信（転出元・CS）", w("転出元市区町村", 0, 1500)),
        s("chk", "task", "C", "p3", 3, "入力確認票を出力・届書と照合", w(COUNTER, 4, 3600, "異動入力確認票")),
        s("chkform", "doc", "S", "p3", 3, "異動入力確認票"),
        s("approve", "task", "S", "p4", 0, "審査・決裁（本登録）", w(CHIEF, 3, 3600, "異動入力確認票")),
        s("g_appr", "gw", "S", "p4", 1, "決裁OK？"),
        s("db", "db", "Y", "p4", 1, "住民基本台帳DB"),
        s("commit", "system", "Y", "p4", 2, "本登録・住民票コード付番・CSへ送信"),
        s("xnotice", "task", "X", "p4", 2, "転入通知を受理・除票に記載（転出元）", w("転出元市区町村", 0, 3600)),
        s("fork", "and", "Y", "p4", 3, "並行処理"),
        s("link", "system", "Y", "p5", 1, "庁内他業務システムへ連携（国保・介護・児童手当）",
          notes="日次バッチ連携のため、転入当日は給付管理システムに住所が未反映。担当課へ電話で確認している。"),
        s("card", "task", "C", "p5", 0, "マイナンバーカードの継続利用処理", w(COUNTER, 8, 2900)),
        s("g_card", "gw", "C", "p5", 1, "カード未取得で申請希望あり？"),
        s("cardapp", "task", "C", "p5", 2, "マイナンバーカード交付申請書を出力・案内",
          w(COUNTER, 6, 400, "個人番号カード交付申請書")),
        s("relguide", "task", "C", "p5", 3, "関連手続きを案内（国保・年金・児童手当・介護）",
          w(COUNTER, 10, 3600, "転入手続きチェックリスト")),
        s("relform", "doc", "R", "p5", 3, "転入手続きチェックリスト"),
        s("e_done", "end", "R", "p5", 4, "手続き完了"),
    ),
    flows=(
        seq("start", "fill"), seq("fill", "recv"), assoc("fill", "form"), assoc("wait", "recv"),
        seq("recv", "g_cert"), seq("g_cert", "idcheck", YES), seq("g_cert", "guide", NO), seq("guide", "e_back"),
        seq("idcheck", "g_id"), seq("g_id", "dvchk", YES), seq("g_id", "e_ng", NO),
        seq("dvchk", "g_dv"), seq("g_dv", "dvproc", YES), seq("g_dv", "input", NO), seq("dvproc", "input"),
        seq("input", "csq"), msg("xsend", "csq", "転出証明書情報"),
        assoc("csq", "db"), seq("csq", "chk"), assoc("chk", "chkform"),
        seq("chk", "approve"), seq("approve", "g_appr"), seq("g_appr", "commit", YES),
        seq("g_appr", "input", "いいえ（差戻し）"),
        assoc("commit", "db"), msg("commit", "xnotice", "転入通知"), seq("commit", "fork"),
        seq("fork", "card"), seq("fork", "link"),
        seq("card", "g_card"), seq("g_card", "cardapp", YES), seq("g_card", "relguide", NO),
        seq("cardapp", "relguide"), seq("link", "relguide"), assoc("relguide", "relform"),
        seq("relguide", "e_done"),
    ),
    judgments={
        "recv": fit("JUKI1-4.1.0.2-M", "JUKI1-4.1.0.1-M",
                    rationale="届出日は処理当日を初期表示し、受付日を入力できる。"),
        "idcheck": JudgmentSpec(
            Verdict.OUT_OF_SCOPE, rationale="本人確認は窓口の手作業（住民基本台帳法施行規則）。システム機能の対象外。"),
        "dvchk": fit("JUKI1-2.2.4-M", "JUKI1-3.1-M", "JUKI1-1.1.16-M",
                     rationale="支援措置期間中である旨が照会画面に明示され、異動・発行・照会の抑止を個別に設定できる。"),
        "dvproc": JudgmentSpec(
            Verdict.PARTIAL, ("JUKI1-3.1-M", "JUKI1-3.2-M", "JUKI1-7.2.3-M"), Resolution.WORKAROUND,
            rationale="抑止の設定と宛名システムへの連携は標準機能。ただし受け手の給付管理システムでの住所印字制御は"
                      "各課の個別判断で、支援措置の開始は係長間の電話でしか伝わっていない。",
            owner="市民課 住民記録係長", due_on="2025-07-31", decision=Decision.AGREED),
        "input": fit("JUKI1-4.1.1.1-M", "JUKI1-4.0.2-M", "JUKI1-4.0.3-M", "JUKI1-4.0.6-M", "JUKI1-4.0.7-M",
                     "JUKI1-1.1.13-M"),
        "csq": fit("JUKI1-4.1.1.3-M", "JUKI1-4.1.1.2-M",
                   rationale="特例転入は CS で受信した転出証明書情報から入力。再転入者は除票と照合される。"),
        "xsend": JudgmentSpec(Verdict.OUT_OF_SCOPE, rationale="転出元市区町村の事務。"),
        "chk": fit("JUKI1-4.0.9-M"),
        "approve": JudgmentSpec(
            Verdict.PARTIAL,
            ("JUKI1-4.0.8-M",),
            Resolution.ADOPT_STANDARD,
            rationale="仮登録→審査→決裁→本登録は標準機能どおり。現行システムは決裁者の氏名と決裁日を登録しているが、"
                      "これは実装不可機能（JUKI1-4.0.8-N）のため廃止し、届書の決裁欄（押印）で管理する。",
            owner="市民課長", due_on="2025-06-30", decision=Decision.AGREED),
        "commit": fit("JUKI1-4.3.1-M", "JUKI1-4.4-M", "JUKI1-7.1.1.1-M", "JUKI1-7.1.2.1-M"),
        "card": JudgmentSpec(
            Verdict.FIT_CONFIG, ("JUKI1-7.1.1.3-M", "JUKI1-7.1.1.4-M"),
            rationale="カード管理状況の CS 連携は標準機能。送付先情報の連携条件をパラメータで設定する。"),
        "cardapp": JudgmentSpec(
            Verdict.GAP, ("JUKI1-7.1.1.3-O",), Resolution.DEFER,
            rationale="交付申請書の出力は標準オプション機能（一般市区町村）で、みどり市は未採用。現行は窓口で出力している。",
            owner="情報政策課", due_on="2025-10-31", decision=Decision.DEFERRED),
        "relguide": JudgmentSpec(
            Verdict.GAP, (), Resolution.SEPARATE_SYSTEM,
            rationale="関連手続き案内は標準仕様書の空白領域。担当者の知識とチェックリスト頼みで案内漏れが起きる"
                      "（介護保険の14日以内の引継ぎ、国保加入など）。",
            owner="市民課 窓口改善担当", due_on="2025-12-26", decision=Decision.PROPOSED),
        "link": JudgmentSpec(
            Verdict.PARTIAL, ("JUKI1-7.2.1-M", "JUKI1-7.2.3-M"), Resolution.SPEC_REQUEST,
            rationale="7.2.1 は他業務への連携を定めるが、連携のタイミング（即時かバッチか）は定めていない。日次バッチの"
                      "ため転入当日に児童手当を申請しても住所が未反映で、担当課間の電話（人力API）で補っている。",
            owner="情報政策課", due_on="2025-09-30", decision=Decision.PROPOSED),
    },
)

# --- 転出届 (As-Is) ------------------------------------------------------------------------------------
TENSHUTSU = ProcessSpec(
    key="tenshutsu",
    name="転出届",
    kind=ProcessKind.AS_IS,
    notes="現行（As-Is）の転出届。窓口・郵送・マイナポータル（オンライン転出）の3経路。年間約3,400件。\n"
          + KB_ATTRIBUTION,
    lanes=(("R", "住民・申請者"), ("C", "窓口担当"), ("S", "担当課（審査・決裁）"), ("Y", "住民記録システム"),
           ("X", "関係機関（転入地市区町村・J-LIS）")),
    phases=(("p1", "受付"), ("p2", "審査"), ("p3", "入力・更新"), ("p4", "交付・通知")),
    steps=(
        s("start", "start", "R", "p1", 0, "転出の届出"),
        s("mailnote", "note", "R", "p1", 1, "郵送分は翌開庁日以降にまとめて処理"),
        s("form", "doc", "R", "p1", 2, "住民異動届（転出）"),
        s("g_ch", "gw", "C", "p1", 1, "届出の経路は？"),
        s("recv", "task", "C", "p1", 2, "転出届受付・届出日を記録", w(COUNTER, 3, 2400, "住民異動届")),
        s("mail", "manual", "S", "p1", 2, "郵送転出届を開封・受付簿に記入", w(CLERK, 6, 500, "郵送転出届受付簿")),
        s("online", "system", "Y", "p1", 2, "マイナポータルの転出届を受信"),
        s("idcheck", "task", "C", "p2", 0, "本人確認・転出先と転出予定日を聴取", w(COUNTER, 4, 2400)),
        s("dvchk", "task", "S", "p2", 1, "支援措置・異動抑止の確認", w(CLERK, 2, 3400)),
        s("g_late", "gw", "S", "p2", 2, "転出日から14日を経過？"),
        s("exoff", "task", "S", "p2", 3, "職権記載の扱いを審査（届出期間経過）", w(CHIEF, 15, 60)),
        s("g_mail", "gw", "S", "p3", 0, "郵送受付分？"),
        s("late", "task", "S", "p3", 1, "郵送分を後日入力（処理日を受付日に遡及）",
          w(CLERK, 6, 500, "郵送転出届受付簿")),
        s("input", "task", "C", "p3", 1, "転出者情報を入力（転出先・転出予定日）", w(COUNTER, 8, 2900, "住民異動届")),
        s("approve", "task", "S", "p3", 2, "審査・決裁（本登録）", w(CHIEF, 3, 3400, "異動入力確認票")),
        s("g_appr", "gw", "S", "p3", 3, "決裁OK？"),
        s("db", "db", "Y", "p3", 3, "住民基本台帳DB"),
        s("commit", "system", "Y", "p3", 4, "除票を作成・CSへ本人確認情報を送信"),
        s("g_card", "gw", "C", "p4", 0, "マイナンバーカードで転出（特例転出）？"),
        s("cert", "task", "C", "p4", 1, "転出証明書を交付", w(COUNTER, 3, 2100, "転出証明書")),
        s("certdoc", "doc", "R", "p4", 1, "転出証明書"),
        s("cssend", "system", "Y", "p4", 1, "転出証明書情報をCSへ送信"),
        s("xrecv", "task", "X", "p4", 1, "転出証明書情報を受信（転入地）", w("転入地市区町村", 0, 1300)),
        s("guide", "task", "C", "p4", 2, "国保・年金・児童手当の喪失手続きを案内", w(COUNTER, 5, 3400)),
        s("e_done", "end", "R", "p4", 3, "転出手続き完了"),
        s("xnotice", "event", "X", "p4", 3, "転入通知（転入地から）"),
        s("tnrecv", "task", "S", "p4", 3, "転入通知を受理・除票に転入先を記載", w(CLERK, 2, 3200)),
        s("e_tn", "end", "S", "p4", 4, "除票の記載完了"),
    ),
    flows=(
        seq("start", "g_ch"), assoc("form", "recv"), assoc("mailnote", "g_ch"),
        seq("g_ch", "recv", "窓口"), seq("g_ch", "mail", "郵送"), seq("g_ch", "online", "マイナポータル"),
        seq("recv", "idcheck"), seq("idcheck", "dvchk"), seq("mail", "dvchk"), seq("online", "dvchk"),
        seq("dvchk", "g_late"), seq("g_late", "exoff", YES), seq("g_late", "g_mail", NO), seq("exoff", "g_mail"),
        seq("g_mail", "late", YES), seq("g_mail", "input", NO),
        seq("late", "approve"), seq("input", "approve"), seq("approve", "g_appr"),
        seq("g_appr", "commit", YES), seq("g_appr", "input", "いいえ（差戻し）"), assoc("commit", "db"),
        seq("commit", "g_card"), seq("g_card", "cssend", YES), seq("g_card", "cert", NO),
        assoc("cert", "certdoc"), msg("cssend", "xrecv", "転出証明書情報"),
        seq("cert", "guide"), seq("cssend", "guide"), seq("guide", "e_done"),
        msg("xnotice", "tnrecv", "転入通知"), seq("tnrecv", "e_tn"),
    ),
    judgments={
        "recv": fit("JUKI1-4.1.0.2-M"),
        "mail": JudgmentSpec(
            Verdict.OUT_OF_SCOPE, (), Resolution.ABOLISH,
            rationale="郵便物の開封は手作業のまま。紙の郵送転出届受付簿への記入は廃止し、システムの受付記録（届出日）"
                      "に一本化する。",
            owner="市民課 住民記録係長", due_on="2025-09-30", decision=Decision.AGREED),
        "online": JudgmentSpec(
            Verdict.FIT_CONFIG, ("JUKI1-4.1.3.0.4-M", "JUKI1-10.8-M"),
            rationale="マイナポータルの転出届は CSV 取込（10.8）で取り込む。取込レイアウトを設定する。"),
        "idcheck": JudgmentSpec(Verdict.OUT_OF_SCOPE, rationale="本人確認と聞き取りは窓口の手作業。"),
        "dvchk": fit("JUKI1-3.1-M", "JUKI1-2.2.4-M"),
        "exoff": fit("JUKI1-4.1.3.0.1-M", "JUKI1-4.2.0.2-M"),
        "late": JudgmentSpec(
            Verdict.GAP,
            (("JUKI1-4.0.3-N", None, "処理当日以外を処理日として入力できること（実装不可機能）。"),
             ("JUKI1-4.0.3-M", Verdict.PARTIAL, "処理日は処理当日のみ。"),
             ("JUKI1-4.1.0.2-M", Verdict.FIT, "届出日には受付日を入力できる。", Resolution.NO_ACTION)),
            Resolution.CUSTOMIZATION,
            rationale="郵送で受け付けた転出届を翌開庁日以降に入力する際、処理日を受付日に遡って入力している。"
                      "標準仕様書では処理当日以外の処理日入力は実装不可機能。",
            owner="市民課 住民記録係長", due_on="2025-08-29", decision=Decision.PROPOSED,
            justification="郵送転出（年約500件）は月末・年度末に受付から入力まで最大5開庁日かかり、処理日ベースの"
                          "月次人口統計と県への報告が受付月とずれる。代替案（届出日で集計するEUC帳票）は県の報告様式が"
                          "処理日基準のため不可と市民課が主張。実装不可機能のため原則認められない。ベンダーと"
                          "デジタル庁への照会結果を待って再協議する。"),
        "input": fit("JUKI1-4.1.3.0.2-M", "JUKI1-4.0.1-M", "JUKI1-4.0.3-M"),
        "approve": fit("JUKI1-4.0.8-M"),
        "commit": fit("JUKI1-1.1.5-M", "JUKI1-7.1.1.1-M"),
        "cert": fit("JUKI1-4.1.3.0.3-M", rationale="転出証明書は転出処理の一連の流れで自動出力される。"),
        "cssend": fit("JUKI1-4.1.3.0.4-M"),
        "tnrecv": JudgmentSpec(
            Verdict.PARTIAL,
            ("JUKI1-4.1.3.1.1-M",
             ("JUKI1-4.1.3.1.2-O", Verdict.GAP,
              "CS から受信した転入通知の自動受理（一般市区町村は標準オプション、未採用）。")),
            Resolution.WORKAROUND,
            rationale="現行システムは CS 受信分を自動で除票に反映している。自動受理は標準オプションで未採用のため、"
                      "職員が1件ずつ受理操作を行う（2分×年3,200件＝約107時間）。",
            owner="市民課 住民記録係", due_on="2025-09-30", decision=Decision.AGREED),
    },
)

# --- 住民票の写しの交付 (As-Is) ------------------------------------------------------------------------
UTSUSHI = ProcessSpec(
    key="utsushi",
    name="住民票の写しの交付",
    kind=ProcessKind.AS_IS,
    notes="現行（As-Is）の住民票の写し等の窓口交付。年間約38,000件（コンビニ交付分を除く）。本人通知制度を実施。",
    lanes=(("R", "請求者（本人・代理人・第三者）"), ("C", "窓口担当（証明係）"), ("S", "審査担当（係長）"),
           ("Y", "住民記録システム"), ("N", "本人通知登録者")),
    phases=(("p1", "受付"), ("p2", "審査"), ("p3", "発行"), ("p4", "交付・通知"), ("p5", "月次集計")),
    steps=(
        s("start", "start", "R", "p1", 0, "住民票の写しを請求（窓口）"),
        s("fill", "manual", "R", "p1", 1, "交付請求書を記入", w("請求者", 3, 38000, "住民票の写し等交付請求書")),
        s("reqdoc", "doc", "R", "p1", 2, "住民票の写し等交付請求書"),
        s("recv", "task", "C", "p1", 2, "請求書受付・請求者区分を確認",
          w(COUNTER, 2, 38000, "住民票の写し等交付請求書")),
        s("g_who", "gw", "C", "p1", 3, "本人・同一世帯員の請求？"),
        s("third", "task", "S", "p2", 0, "代理人・第三者請求を審査（委任状・疎明資料）", w(CHIEF, 10, 3800, "委任状")),
        s("g_ok", "gw", "S", "p2", 1, "交付してよいか？"),
        s("e_ng", "end", "R", "p2", 1, "交付不可（理由を説明）"),
        s("idcheck", "task", "C", "p2", 2, "本人確認（本人確認書類）", w(COUNTER, 2, 38000)),
        s("dv", "task", "C", "p2", 3, "支援措置・抑止の確認（該当時は係長判断）", w(COUNTER, 1, 38000)),
        s("timer", "event", "S", "p5", 0, "毎月末"),
        s("stats", "task", "S", "p5", 1, "交付件数の月次集計を作成（種別・窓口別）",
          w(CHIEF, 60, 12, "証明書交付件数集計表")),
        s("statdoc", "doc", "Y", "p5", 1, "証明書交付件数集計表"),
        s("e_stat", "end", "S", "p5", 2, "集計完了"),
        s("search", "task", "C", "p3", 0, "対象者を検索・記載事項を選択", w(COUNTER, 3, 38000)),
        s("issue", "system", "Y", "p3", 1, "証明書を作成（公印・認証者・発行番号）"),
        s("place", "system", "Y", "p3", 2, "支所発行分に発行場所（支所名）を印字"),
        s("print", "task", "C", "p3", 3, "印刷・記載内容を確認", w(COUNTER, 1, 38000, "住民票の写し")),
        s("copy", "doc", "R", "p3", 3, "住民票の写し"),
        s("db", "db", "Y", "p3", 3, "住民基本台帳DB（交付履歴）"),
        s("fork", "and", "C", "p3", 4, "並行処理"),
        s("hist", "system", "Y", "p3", 4, "交付履歴を記録"),
        s("fee", "task", "C", "p4", 0, "手数料を収納（1通300円）", w(COUNTER, 1, 38000)),
        s("hand", "task", "C", "p4", 1, "住民票の写しを交付", w(COUNTER, 1, 38000)),
        s("keep", "manual", "C", "p4", 2, "請求書を保管（5年・紙ファイル）",
          w(COUNTER, 1, 38000, "住民票の写し等交付請求書")),
        s("e_done", "end", "R", "p4", 3, "受領"),
        s("ncheck", "system", "Y", "p4", 0, "本人通知の事前登録者を照合"),
        s("g_reg", "gw", "Y", "p4", 1, "本人通知の登録あり？"),
        s("e_nr", "end", "Y", "p4", 2, "通知不要"),
        s("notify", "task", "S", "p4", 2, "本人通知書を作成・郵送（代理人・第三者交付分）",
          w(CHIEF, 5, 300, "本人通知書")),
        s("ndoc", "doc", "S", "p4", 3, "住民票の写し等交付通知書"),
        s("e_sent", "end", "S", "p4", 4, "本人通知を送付"),
        s("nrecv", "end", "N", "p4", 3, "本人通知書を受領"),
    ),
    flows=(
        seq("start", "fill"), assoc("fill", "reqdoc"), seq("fill", "recv"), seq("recv", "g_who"),
        seq("g_who", "idcheck", YES), seq("g_who", "third", NO), seq("third", "g_ok"),
        seq("g_ok", "idcheck", YES), seq("g_ok", "e_ng", NO),
        seq("idcheck", "dv"), seq("dv", "search"), seq("search", "issue"), seq("issue", "place"),
        seq("place", "print"), assoc("print", "copy"), seq("print", "fork"), seq("fork", "hist"),
        assoc("hist", "db"), seq("fork", "fee"), seq("fee", "hand"), seq("hand", "keep"), seq("keep", "e_done"),
        seq("hist", "ncheck"), seq("ncheck", "g_reg"), seq("g_reg", "notify", YES), seq("g_reg", "e_nr", NO),
        assoc("notify", "ndoc"), msg("notify", "nrecv", "郵送"), seq("notify", "e_sent"),
        seq("timer", "stats"), assoc("stats", "statdoc"), seq("stats", "e_stat"),
    ),
    judgments={
        "idcheck": JudgmentSpec(Verdict.OUT_OF_SCOPE, rationale="本人確認は窓口の手作業。"),
        "third": JudgmentSpec(Verdict.OUT_OF_SCOPE, rationale="正当な理由の審査は法令に基づく職員の判断。"),
        "dv": fit("JUKI1-3.4-M", "JUKI1-2.2.4-M", "JUKI1-3.1-M",
                  rationale="支援対象者を含む写しの交付時に確認画面が表示され、発行を抑止できる。"),
        "search": fit("JUKI1-2.1.3-M", "JUKI1-2.1.2-M", "JUKI1-5.1-M"),
        "issue": JudgmentSpec(
            Verdict.FIT_CONFIG, ("JUKI1-5.6-M", "JUKI1-1.3.7-M", "JUKI1-1.3.9-M", "JUKI1-5.5-M", "JUKI1-5.2-M"),
            rationale="公印・認証者（職務代理者の切替）・発行番号の体系はパラメータとマスタで設定する。"),
        "place": JudgmentSpec(
            Verdict.GAP,
            (("JUKI1-5.5-M", Verdict.PARTIAL, "発行番号の一部を発行場所単位の番号にできる。"),),
            Resolution.ADOPT_STANDARD,
            rationale="現行は支所発行分に支所名を印字しているが、発行場所の記載は実装不可機能（JUKI1-5.5-N）。"
                      "支所名の印字はやめ、発行番号の先頭2桁で発行場所を識別する運用に変える。",
            owner="市民課 証明係長", due_on="2025-07-31", decision=Decision.AGREED),
        "print": fit("JUKI1-10.7-M", "JUKI1-5.8-M"),
        "hist": JudgmentSpec(
            Verdict.PARTIAL,
            ("JUKI1-1.3.8-M",
             ("JUKI1-1.3.8-N", Verdict.GAP, "現行は保存期間（5年）を過ぎた交付履歴を年度末に削除している。")),
            Resolution.DEFER,
            rationale="交付履歴を市が定める期間で削除する機能は実装不可機能（1.3.8-N）。文書管理規程の保存期間との"
                      "整合を法務担当と協議中のため保留。",
            owner="市民課 証明係長", due_on="2025-10-31", decision=Decision.DEFERRED),
        "stats": JudgmentSpec(
            Verdict.PARTIAL,
            ("JUKI1-10.1-M",
             ("JUKI1-6.1-M", Verdict.OUT_OF_SCOPE, "年報の統計は標準機能。月次の種別・窓口別集計は別。")),
            Resolution.EUC,
            rationale="月次の交付件数集計（証明書種別・窓口別）は現行の独自帳票。標準準拠システムには無いため、EUC の"
                      "データソース（交付履歴）から職員が作成する。",
            owner="市民課 証明係長", due_on="2025-11-28", decision=Decision.AGREED),
        "fee": JudgmentSpec(Verdict.OUT_OF_SCOPE, rationale="手数料は収納レジ（財務会計側）で処理。"),
        "keep": JudgmentSpec(Verdict.OUT_OF_SCOPE, rationale="紙の請求書の保管は文書管理の運用。"),
        "ncheck": JudgmentSpec(Verdict.FIT_OPTION, ("JUKI1-8.1.2-O", "JUKI1-8.1.1-O"),
                               rationale="本人通知制度（標準オプション 8.1）を採用済み。"),
        "notify": JudgmentSpec(Verdict.FIT_OPTION, ("JUKI1-8.1.3-O",), Resolution.ADOPT_OPTION,
                               rationale="交付通知書は交付履歴から出力できる（標準オプション、採用済み）。"),
    },
)

# --- 転居届 (To-Be) ------------------------------------------------------------------------------------
TENKYO = ProcessSpec(
    key="tenkyo",
    name="転居届（見直し後）",
    kind=ProcessKind.TO_BE,
    notes="見直し後（To-Be）の転居届。標準準拠システムへの移行後、書かない窓口で受け付ける想定。年間約2,400件。",
    lanes=(("R", "住民・申請者"), ("C", "窓口担当"), ("S", "担当課（審査・決裁）"), ("Y", "住民記録システム")),
    phases=(("p1", "受付"), ("p2", "入力・更新"), ("p3", "交付・通知")),
    steps=(
        s("start", "start", "R", "p1", 0, "転居の届出（来庁）"),
        s("hear", "task", "C", "p1", 1, "聞き取り・本人確認（書かない窓口）", w(COUNTER, 6, 2400)),
        s("tobe", "note", "S", "p1", 1, "To-Be: 書かない窓口（標準準拠システム移行後）"),
        s("pre", "system", "Y", "p1", 2, "聞き取り内容から届書を印字"),
        s("form", "doc", "R", "p1", 1, "住民異動届（印字済）"),
        s("sign", "manual", "R", "p1", 2, "印字された届書を確認・署名", w("届出人", 2, 2400, "住民異動届")),
        s("g_same", "gw", "C", "p2", 0, "同一住所（地番）内の転居？"),
        s("input", "task", "C", "p2", 1, "転居を入力（新住所・世帯）", w(COUNTER, 6, 2300)),
        s("input_same", "task", "S", "p2", 1, "同一住所への転居として入力（担当課）", w(CLERK, 8, 100)),
        s("approve", "task", "S", "p2", 2, "審査・決裁（本登録）", w(CHIEF, 3, 2400)),
        s("g_appr", "gw", "S", "p2", 3, "決裁OK？"),
        s("db", "db", "Y", "p2", 3, "住民基本台帳DB"),
        s("commit", "system", "Y", "p2", 4, "本登録・CS送信・庁内連携"),
        s("g_hon", "gw", "Y", "p3", 0, "管内本籍？"),
        s("koseki", "system", "Y", "p3", 1, "戸籍附票システムへ住所を連携"),
        s("card", "task", "C", "p3", 2, "マイナンバーカードの券面記載を変更", w(COUNTER, 5, 2000)),
        s("guide", "task", "C", "p3", 3, "関連手続きを案内（手続きナビで一覧を印字）", w(COUNTER, 5, 2400)),
        s("e_done", "end", "R", "p3", 4, "手続き完了"),
    ),
    flows=(
        seq("start", "hear"), seq("hear", "pre"), seq("pre", "sign"), assoc("sign", "form"),
        seq("sign", "g_same"), seq("g_same", "input", NO), seq("g_same", "input_same", YES),
        seq("input", "approve"), seq("input_same", "approve"), seq("approve", "g_appr"),
        seq("g_appr", "commit", YES), seq("g_appr", "input", "いいえ（差戻し）"), assoc("commit", "db"),
        seq("commit", "g_hon"), seq("g_hon", "koseki", YES), seq("g_hon", "card", NO), seq("koseki", "card"),
        seq("card", "guide"), seq("guide", "e_done"), assoc("tobe", "pre"),
    ),
    judgments={
        "input": fit("JUKI1-4.1.0.1-M", "JUKI1-4.0.1-M", "JUKI1-4.0.2-M"),
        "input_same": fit("JUKI1-4.1.2.1-M"),
        "approve": fit("JUKI1-4.0.8-M"),
        "koseki": fit("JUKI1-7.2.4-M"),
    },
    links={"commit": ("JUKI1-7.1.1.1-M", "JUKI1-7.2.1-M"), "card": ("JUKI1-7.1.1.3-M",)},
)

PROCESSES: tuple[ProcessSpec, ...] = (TENNYU, TENSHUTSU, UTSUSHI, TENKYO)


# --- building -----------------------------------------------------------------------------------------
class SampleSpecError(ValueError):
    """The sample specification is inconsistent (unknown key or code, overlapping slots)."""


def _id(*parts: str) -> str:
    return stable_id(NAMESPACE, *parts)


def _slot_x(slot: int) -> float:
    return MARGIN + SLOT * slot + SLOT / 2


def _add_process(project: Project, spec: ProcessSpec, sort: int, items: dict[str, CatalogItem]) -> None:
    pid = _id(spec.key)
    project.process[pid] = Process(pid, spec.name, BUSINESS, spec.kind, MUNICIPALITY, spec.notes, float(sort))
    lane_ids = {key: _id(spec.key, "lane", key) for key, _ in spec.lanes}
    phase_ids = {key: _id(spec.key, "phase", key) for key, _ in spec.phases}
    for index, (key, name) in enumerate(spec.lanes):
        project.lane[lane_ids[key]] = Lane(lane_ids[key], pid, name, float(index), LANE_SIZE,
                                            pool=name if key in EXTERNAL_LANES else "")
    for index, (key, name) in enumerate(spec.phases):
        slots = [st.slot for st in spec.steps if st.phase == key]
        width = 2 * MARGIN + SLOT * (max(slots) + 1 if slots else 1)
        project.phase[phase_ids[key]] = Phase(phase_ids[key], pid, name, float(index), width)

    # activities are numbered in reading order: phase by phase, left to right, then top to bottom
    lane_order = {key: index for index, (key, _) in enumerate(spec.lanes)}
    phase_order = {key: index for index, (key, _) in enumerate(spec.phases)}
    reading = sorted((st for st in spec.steps if KIND[st.kind].is_activity),
                     key=lambda st: (phase_order[st.phase], st.slot, lane_order[st.lane]))
    numbers = {st.key: str(index) for index, st in enumerate(reading, start=1)}
    step_ids: dict[str, str] = {}
    cells: set[tuple[str, str, int]] = set()
    for st in spec.steps:
        kind = KIND[st.kind]
        cell = (st.lane, st.phase, st.slot)
        if st.key in step_ids or cell in cells or st.lane not in lane_ids or st.phase not in phase_ids:
            raise SampleSpecError(f"{spec.key}: step {st.key} duplicates a key or slot, or names an unknown cell")
        if SHAPE_SIZE[kind][0] > SLOT:
            raise SampleSpecError(f"{spec.key}: {kind} is wider than a slot")
        cells.add(cell)
        step_ids[st.key] = _id(spec.key, "step", st.key)
        project.step[step_ids[st.key]] = Step(
            id=step_ids[st.key], process_id=pid, lane_id=lane_ids[st.lane], kind=kind, label=st.label,
            phase_id=phase_ids[st.phase], x=_slot_x(st.slot), y=LANE_SIZE / 2, notes=st.notes,
            step_no=numbers.get(st.key, ""), attrs=dict(st.attrs),
        )

    for source, target, label, flow_kind in spec.flows:
        if source not in step_ids or target not in step_ids:
            raise SampleSpecError(f"{spec.key}: flow {source} -> {target} names an unknown step")
        fid = _id(spec.key, "flow", source, target, flow_kind.value)
        if fid in project.flow:
            raise SampleSpecError(f"{spec.key}: duplicate flow {source} -> {target}")
        project.flow[fid] = Flow(fid, pid, step_ids[source], step_ids[target], label, flow_kind)

    def link(step_key: str, code: str, verdict: Verdict | None = None, note: str = "",
             resolution: Resolution | None = None) -> None:
        if code not in items:
            raise SampleSpecError(f"{spec.key}: unknown catalogue code {code}")
        lid = _id(spec.key, "link", step_key, code)
        project.link[lid] = Link(lid, step_ids[step_key], items[code].id, verdict, note, resolution,
                                 judged_item_id=items[code].id)

    for step_key, codes in spec.links.items():
        for code in codes:
            link(step_key, code)
    for step_key, judgment in spec.judgments.items():
        if step_key not in step_ids:
            raise SampleSpecError(f"{spec.key}: judgment of unknown step {step_key}")
        for entry in judgment.codes:
            if isinstance(entry, str):
                link(step_key, entry)
            else:
                link(step_key, *entry)
        sid = step_ids[step_key]
        project.judgment[sid] = Judgment(
            id=sid, verdict=judgment.verdict, resolution=judgment.resolution, rationale=judgment.rationale,
            owner=judgment.owner, due_on=judgment.due_on, decision=judgment.decision,
            justification=judgment.justification,
            catalog_ids=tuple(sorted({project.item[lk.item_id].catalog_id for lk in project.links_of_step(sid)})),
        )


def build_project(catalog_path: Path | None = None) -> Project:
    """The sample project in memory (pure: reads only the bundled catalogue)."""
    path = catalog_path or resources_dir() / "catalogs" / CATALOG_FILE
    catalog, items = read_catalog_csv(path, CATALOG_NAME, CATALOG_VERSION, CATALOG_SOURCE)
    catalog.attribution = CATALOG_ATTRIBUTION
    catalog.imported_at = CREATED_AT
    by_code = {item.code: item for item in items}
    for code in ADOPTED_OPTIONS:
        if by_code[code].impl_class is not ImplClass.OPTIONAL:
            raise SampleSpecError(f"adopted option {code} is not a 標準オプション機能")
    info = ProjectInfo(
        id=INFO_ID,
        name="住民記録 Fit&Gap（サンプル）",
        municipality=MUNICIPALITY,
        business=BUSINESS,
        description=(
            "架空の「みどり市」（人口約8万人）市民課の住民記録業務について、現行（As-Is）の業務フロー（転入届・転出届・"
            "住民票の写しの交付）と見直し後（To-Be）の転居届を、住民記録システム標準仕様書【第1.0版】第3章 機能要件と"
            "照合した Fit&Gap 分析のサンプルです。本人通知制度と地区管理の標準オプション機能を採用済み。\n"
            f"機能一覧: {CATALOG_ATTRIBUTION}\n"
            f"業務フロー（転入届・転出届）とギャップの一部: {KB_ATTRIBUTION}"
        ),
        created_at=CREATED_AT,
        municipality_type=MunicipalityType.CITY,
    )
    project = Project(info={INFO_ID: info})
    project.catalog[catalog.id] = catalog
    for item in items:
        project.item[item.id] = item
    for sort, spec in enumerate(PROCESSES, start=1):
        _add_process(project, spec, sort, by_code)
    add_forms_and_vendor(project, catalog)  # 帳票, 現行帳票, vendor answer, option decisions (tools/sample_forms.py)
    if {d.code for d in project.option_decision.values() if d.status is OptionStatus.ADOPTED} != set(ADOPTED_OPTIONS):
        raise SampleSpecError("the option decisions of tools/sample_forms.py must adopt exactly ADOPTED_OPTIONS")
    return project


def main(out_path: Path | str | None = None) -> Path:
    """Write the sample project to ``out_path`` (default: the bundled sample), replacing any existing file."""
    target = Path(out_path) if out_path is not None else default_sample_path()
    if out_path is None:
        write_files(sample_projects_dir())  # the CSV files a new user can import, beside the bundled sample
    project = build_project()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    repository = ProjectRepository.create(target, project)
    repository.close()
    return target


if __name__ == "__main__":
    written = main(sys.argv[1] if len(sys.argv) > 1 else None)
    print(f"wrote {written}")
