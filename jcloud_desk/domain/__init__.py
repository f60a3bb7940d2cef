"""Pure domain model of jcloud_desk: stdlib + networkx only, no Qt, no SQLite, no file formats.

Glossary (code ⇄ 日本語):

* ``Project`` プロジェクト — one ``.jcdesk`` SQLite file.
* ``Process`` 業務フロー — As-Is (現行) / To-Be (見直し後) / standard (標準) variant.
* ``Lane`` 部署 (レーン) — horizontal band: 住民, 窓口, 担当課, システム, 関係機関 …
* ``Phase`` 工程 — column across all lanes: 受付, 審査, 入力, 交付 …
* ``Step`` 手順 (``StepKind``: task, gateway, event, 帳票 …) — sits in one lane × phase cell.
* ``Flow`` 流れ — sequence / message / association between two steps.
* ``Catalog`` 機能一覧 (標準仕様書 or a vendor package list), ``CatalogItem`` 機能 (機能ID), ``ImplClass`` 実装区分.
* ``Link`` step ⇄ catalogue item, ``Judgment`` 照合結果 per step: ``Verdict`` 判定, ``Resolution`` 対応方針,
  ``Decision`` 決定状況, customization justification.
* ``Edit`` — an invertible change of a ``Project``; ``Change`` lists the entities it touched.
"""
