<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/about_dialog.py" line="16" />
        <source>About jcloud_desk</source>
        <translation>jcloud_desk について</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/about_dialog.py" line="19" />
        <source>&lt;h2&gt;jcloud_desk {version}&lt;/h2&gt;&lt;p&gt;Offline Fit&amp;amp;Gap workbench for municipal system standardization (Guideline 5).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;jcloud_desk {version}&lt;/h2&gt;&lt;p&gt;自治体システム標準化（指針5）のためのオフライン Fit&amp;amp;Gap 分析ツール&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/about_dialog.py" line="28" />
        <source>Attribution file not found: {path}</source>
        <translation>出典情報のファイルが見つかりません: {path}</translation>
    </message>
</context>
<context>
    <name>BandCommands</name>
    <message>
        <location filename="../../jcloud_desk/ui/band_commands.py" line="43" />
        <source>Reorder lanes</source>
        <extracomment>The smallest height of a lane and width of a phase a resize leaves.</extracomment>
        <translation>部署の並べ替え</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/band_commands.py" line="43" />
        <source>Reorder phases</source>
        <translation>工程の並べ替え</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/band_commands.py" line="70" />
        <source>Resize lane</source>
        <translation>部署の高さ変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/band_commands.py" line="70" />
        <source>Resize phase</source>
        <translation>工程の幅変更</translation>
    </message>
</context>
<context>
    <name>CatalogDock</name>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="70" />
        <source>Catalogue</source>
        <translation>機能一覧</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="80" />
        <source>Search by words or ID</source>
        <translation>キーワードまたは機能IDで検索</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="84" />
        <source>All classes</source>
        <translation>すべての実装区分</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="91" />
        <source>Functions and forms</source>
        <translation>機能と帳票</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="100" />
        <source>Item</source>
        <translation>機能</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="100" />
        <source>Class</source>
        <translation>実装区分</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="100" />
        <source>Steps</source>
        <translation>手順数</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="114" />
        <source>Steps that use this item:</source>
        <translation>この機能を使う手順:</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="169" />
        <source> (old version)</source>
        <translation>（旧版・改定済み）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="191" />
        <source> (depends on type)</source>
        <translation>（団体区分で異なる）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="193" />
        <source> (adopted)</source>
        <translation>（採用）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="241" />
        <source>By municipality type: {list}</source>
        <translation>団体区分別: {list}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="244" />
        <source>Conditional note: {note}</source>
        <translation>団体区分の注記: {note}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="248" />
        <source>Medium: {media}</source>
        <translation>出力形式・媒体: {media}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="250" />
        <source>Printed items: {items}</source>
        <translation>印字項目: {items}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="276" />
        <source>Withdraw adoption of this option</source>
        <translation>この標準オプションの採用を取り消す</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="276" />
        <source>Adopt this standard option</source>
        <translation>この標準オプションを採用する</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="278" />
        <source>Conditions by municipality type...</source>
        <translation>団体区分ごとの実装区分...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="290" />
        <source>Edit conditions</source>
        <translation>団体区分の条件を変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="302" />
        <source>Adopt option</source>
        <translation>標準オプションの採用</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/catalog_dock.py" line="302" />
        <source>Withdraw option</source>
        <translation>標準オプションの採用取消</translation>
    </message>
</context>
<context>
    <name>CatalogImportDialog</name>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="57" />
        <source>Import a function list</source>
        <extracomment>The columns of a 帳票要件 sheet the user maps.</extracomment>
        <translation>機能一覧の取り込み</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="65" />
        <source>No file chosen</source>
        <translation>ファイルが選択されていません</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="66" />
        <source>Choose file...</source>
        <translation>ファイルを選択...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="75" />
        <source>Standard specification (標準仕様書)</source>
        <translation>標準仕様書</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="76" />
        <source>Vendor package function list</source>
        <translation>ベンダーのパッケージ機能一覧</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="77" />
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="84" />
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="80" />
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="82" />
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="97" />
        <source>Functions sheet (機能要件)</source>
        <translation>機能要件のシート</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="91" />
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="194" />
        <source>(no forms sheet)</source>
        <translation>（帳票要件のシートなし）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="95" />
        <source>Forms sheet (帳票要件)</source>
        <translation>帳票要件のシート</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="101" />
        <source>(none: a revision only when the name is the same)</source>
        <translation>（なし: 同じ名前のときだけ改定版として取り込む）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="104" />
        <source>Revision of</source>
        <translation>改定元の機能一覧</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="112" />
        <source>Function ID (機能ID) *</source>
        <translation>機能ID *</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="112" />
        <source>Function name (機能名称) *</source>
        <translation>機能名称 *</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="113" />
        <source>Requirement (機能要件)</source>
        <translation>機能要件</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="113" />
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="121" />
        <source>Class (実装区分)</source>
        <translation>実装区分</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="114" />
        <source>Requirement no. (要件番号)</source>
        <translation>要件番号</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="115" />
        <source>Remarks (備考, 団体区分 conditions)</source>
        <translation>備考（団体区分の条件）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="311" />
        <source>Problems (nothing is imported while there are any):</source>
        <translation>問題（問題が残っている間は取り込みません）:</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="156" />
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="168" />
        <source>Function list</source>
        <translation>機能一覧</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="169" />
        <source>Function lists (*.xlsx *.csv);;All files (*)</source>
        <translation>機能一覧 (*.xlsx *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="250" />
        <source>{where}: header in row {header}, {rows} rows</source>
        <translation>{where}: 見出しは {header} 行目、データ {rows} 行</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="116" />
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="124" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="116" />
        <source>Function ID</source>
        <translation>機能ID</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="116" />
        <source>Function</source>
        <translation>機能名</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="116" />
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="124" />
        <source>Class</source>
        <translation>実装区分</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="116" />
        <source>Chapter</source>
        <translation>章・節</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="120" />
        <source>Form ID (帳票ID) *</source>
        <translation>帳票ID *</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="120" />
        <source>Form name (帳票名称) *</source>
        <translation>帳票名称 *</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="121" />
        <source>Summary (帳票概要)</source>
        <translation>帳票概要</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="122" />
        <source>Output / media (出力形式/媒体)</source>
        <translation>出力形式／媒体</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="123" />
        <source>Details (帳票詳細要件 / 印字項目)</source>
        <translation>帳票詳細要件／印字項目</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="124" />
        <source>Form ID</source>
        <translation>帳票ID</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="124" />
        <source>Form</source>
        <translation>帳票</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="124" />
        <source>Output / media</source>
        <translation>出力形式／媒体</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="128" />
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="272" />
        <source>Functions: columns and preview</source>
        <translation>機能要件: 列の割り当てとプレビュー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="129" />
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="273" />
        <source>Forms: columns and preview</source>
        <translation>帳票要件: 列の割り当てとプレビュー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="256" />
        <source>&lt;b&gt;団体区分 conditions detected ({n})&lt;/b&gt; — check the class for each municipality type and correct it where needed; notes are sub-requirements that do not change the class.</source>
        <translation>&lt;b&gt;検出した団体区分の条件（{n}件）&lt;/b&gt; — 団体区分ごとの実装区分を確認し、必要なら直してください。注記は実装区分を変えない一部の団体向けの要件です。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="261" />
        <source>Warning (imported as written): {text}</source>
        <translation>警告（記載どおり取り込みます）: {text}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="265" />
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="298" />
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="383" />
        <source>... and {n} more</source>
        <translation>… ほか {n} 件</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="274" />
        <source>{title} — {n} problems</source>
        <translation>{title}（問題 {n} 件）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="290" />
        <source>forms sheet {sheet}: header in row {header}, {rows} rows</source>
        <translation>帳票シート {sheet}: 見出し {header} 行目、{rows} 行</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="295" />
        <source>Sheet 「{sheet}」 {problem}</source>
        <translation>シート「{sheet}」{problem}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="312" />
        <source>No problems found.</source>
        <translation>問題はありません。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_dialog.py" line="345" />
        <source>Reading every row of {name}...</source>
        <translation>{name} の全行を読み込んでいます...</translation>
    </message>
</context>
<context>
    <name>CatalogueDrop</name>
    <message>
        <location filename="../../jcloud_desk/ui/scene/interactions/catalogue_drop.py" line="51" />
        <source>Link catalogue item</source>
        <translation>機能の紐付け</translation>
    </message>
</context>
<context>
    <name>ChecksDock</name>
    <message>
        <location filename="../../jcloud_desk/ui/docks/checks_dock.py" line="78" />
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/checks_dock.py" line="90" />
        <source>Rules...</source>
        <translation>ルール...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/checks_dock.py" line="96" />
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/checks_dock.py" line="96" />
        <source>Finding</source>
        <translation>指摘</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/checks_dock.py" line="96" />
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/checks_dock.py" line="112" />
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/checks_dock.py" line="112" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/checks_dock.py" line="113" />
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/checks_dock.py" line="143" />
        <source>Errors {e}  Warnings {w}  Info {i}</source>
        <translation>エラー {e}　警告 {w}　情報 {i}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/checks_dock.py" line="147" />
        <source>{severity} ({count})</source>
        <translation>{severity} ({count})</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/checks_dock.py" line="181" />
        <source>Switch this rule off for the project</source>
        <translation>このプロジェクトではこのルールをオフにする</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/checks_dock.py" line="207" />
        <source>Check settings</source>
        <translation>チェックの設定</translation>
    </message>
</context>
<context>
    <name>ConditionsTable</name>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/conditions_table.py" line="33" />
        <source>Function ID</source>
        <extracomment>A class that differs from the one written (so the eye finds the conditions).</extracomment>
        <translation>機能ID</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/conditions_table.py" line="33" />
        <source>Function</source>
        <translation>機能名</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/conditions_table.py" line="35" />
        <source>Conditional note (some municipalities only)</source>
        <translation>注記（一部の団体向けの要件）</translation>
    </message>
</context>
<context>
    <name>ConnectDrag</name>
    <message>
        <location filename="../../jcloud_desk/ui/scene/interactions/connect_drag.py" line="58" />
        <source>Connect steps</source>
        <translation>手順の接続</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../jcloud_desk/ui/crash_handler.py" line="66" />
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/crash_handler.py" line="67" />
        <source>An unexpected error occurred. Your project is safe: every change made before it is already saved.
The details were written to {path}. Please send them to your support contact.</source>
        <translation>予期しないエラーが発生しました。プロジェクトは安全です（それまでの変更はすべて保存済みです）。
詳細を {path} に記録しました。サポート窓口へお送りください。</translation>
    </message>
</context>
<context>
    <name>CurrentFormsDock</name>
    <message>
        <location filename="../../jcloud_desk/ui/docks/current_forms_dock.py" line="49" />
        <source>Forms</source>
        <translation>帳票</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/current_forms_dock.py" line="56" />
        <source>Forms used today by</source>
        <translation>現行帳票（団体）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/current_forms_dock.py" line="62" />
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/current_forms_dock.py" line="64" />
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/current_forms_dock.py" line="66" />
        <source>Import...</source>
        <translation>取り込み...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/current_forms_dock.py" line="88" />
        <source>Mandatory forms no step or current form refers to:</source>
        <translation>どの手順・現行帳票からも参照されていない実装必須帳票:</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/current_forms_dock.py" line="110" />
        <source>(this project)</source>
        <translation>（このプロジェクト）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/current_forms_dock.py" line="141" />
        <source>{forms} forms used today, {unrouted} without a route; {missing} mandatory forms not referred to</source>
        <translation>現行帳票 {forms} 件（対応方法なし {unrouted} 件）／未参照の実装必須帳票 {missing} 件</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/current_forms_dock.py" line="150" />
        <source>Add form used today</source>
        <translation>現行帳票を追加</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/current_forms_dock.py" line="159" />
        <source>Remove forms used today</source>
        <translation>現行帳票を削除</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/current_forms_dock.py" line="166" />
        <source>Forms used today</source>
        <translation>現行帳票</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/current_forms_dock.py" line="167" />
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation>表（*.xlsx *.csv）;;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/current_forms_dock.py" line="175" />
        <source>Cannot import forms</source>
        <translation>現行帳票を取り込めません</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/current_forms_dock.py" line="178" />
        <source>Import forms used today</source>
        <translation>現行帳票を取り込む</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/current_forms_dock.py" line="179" />
        <source>Forms imported</source>
        <translation>現行帳票を取り込みました</translation>
    </message>
</context>
<context>
    <name>CurrentFormsTableModel</name>
    <message>
        <location filename="../../jcloud_desk/ui/models/current_forms_model.py" line="58" />
        <source>Form used today</source>
        <extracomment>(field, editable) in column order; "standard" is the title of the mapped 帳票 (read-only).</extracomment>
        <translation>現行帳票</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/current_forms_model.py" line="58" />
        <source>Recipient</source>
        <translation>送付先</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/current_forms_model.py" line="58" />
        <source>Per year</source>
        <translation>年間件数</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/current_forms_model.py" line="58" />
        <source>Form ID</source>
        <translation>帳票ID</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/current_forms_model.py" line="59" />
        <source>Standard form</source>
        <translation>標準帳票</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/current_forms_model.py" line="59" />
        <source>Own form</source>
        <translation>独自帳票</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/current_forms_model.py" line="59" />
        <source>Difference</source>
        <translation>差異</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/current_forms_model.py" line="59" />
        <source>Route</source>
        <translation>対応方法</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/current_forms_model.py" line="60" />
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/current_forms_model.py" line="127" />
        <source>Edit form used today</source>
        <translation>現行帳票を編集</translation>
    </message>
</context>
<context>
    <name>DashboardDock</name>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="102" />
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="129" />
        <source>&lt;b&gt;By process&lt;/b&gt;</source>
        <translation>&lt;b&gt;業務フロー別&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="186" />
        <source>{n} tasks</source>
        <extracomment>rows 8+ of column 1 are free for more lists (e.g. steps to re-check after a catalogue revision)</extracomment>
        <translation>作業 {n} 件</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="202" />
        <source>&lt;b&gt;{name}: by lane&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}: 部署別&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="203" />
        <source>&lt;b&gt;{name}: by phase&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}: 工程別&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="207" />
        <source>&lt;b&gt;Steps not judged yet ({n})&lt;/b&gt;</source>
        <translation>&lt;b&gt;未判定の手順（{n}）&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="215" />
        <source>&lt;b&gt;Customizations ({n})&lt;/b&gt; by lane: {lanes} / by business: {business}</source>
        <translation>&lt;b&gt;カスタマイズ（{n}）&lt;/b&gt; 部署別: {lanes} ／ 業務別: {business}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="223" />
        <source>No justification yet</source>
        <translation>正当化理由が未記入</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="225" />
        <source>&lt;b&gt;Open risks ({n})&lt;/b&gt; — decide a resolution for each</source>
        <translation>&lt;b&gt;未決定リスク（{n}件）&lt;/b&gt; — それぞれ対応方針を決めてください</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="237" />
        <source>&lt;b&gt;Mandatory items no step references ({n})&lt;/b&gt;</source>
        <translation>&lt;b&gt;未参照の実装必須機能（{n}）&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="250" />
        <source>Fit rate {fit:.0%} of judged tasks</source>
        <translation>適合率 {fit:.0%}（判定済みの作業）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="251" />
        <source>tasks judged {judged}/{total}</source>
        <translation>判定済みの作業 {judged}/{total}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="252" />
        <source>partial or gap {gaps}</source>
        <translation>一部適合・ギャップ {gaps}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="253" />
        <source>customizations {custom}</source>
        <translation>カスタマイズ {custom}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="254" />
        <source>open risks {risks}</source>
        <translation>未決定リスク {risks}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="255" />
        <source>mandatory items not referenced {missing}</source>
        <translation>未参照の実装必須機能 {missing}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="256" />
        <source>municipality type: {kind}</source>
        <translation>団体区分: {kind}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="261" />
        <source>needs a prohibited item</source>
        <translation>実装不可の機能に依存</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="262" />
        <source>needs an option not adopted</source>
        <translation>未採用の標準オプションに依存</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="263" />
        <source>delivered after go-live</source>
        <translation>提供が稼働後</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="273" />
        <source>&lt;a href="review"&gt;&lt;b&gt;Re-check after revision: {n}&lt;/b&gt;&lt;/a&gt;</source>
        <translation>&lt;a href="review"&gt;&lt;b&gt;改定後の要再確認: {n}&lt;/b&gt;&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/dashboard_dock.py" line="274" />
        <source>Re-check after revision: 0</source>
        <translation>改定後の要再確認: 0</translation>
    </message>
</context>
<context>
    <name>DiagramPart</name>
    <message>
        <location filename="../../jcloud_desk/ui/window/diagram.py" line="46" />
        <source>Open or create a project (File menu).</source>
        <translation>「ファイル」メニューからプロジェクトを開くか、新規作成してください。</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="76" />
        <source>Compare: {old} → {new}</source>
        <extracomment>Highlight colour group of each delta kind; a step with several deltas takes the earliest group.</extracomment>
        <translation>比較: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="88" />
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="88" />
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="88" />
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="88" />
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="99" />
        <source>As-Is: {name}</source>
        <translation>As-Is: {name}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="100" />
        <source>To-Be: {name}</source>
        <translation>To-Be: {name}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="108" />
        <source>One above the other</source>
        <translation>上下に並べる</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="110" />
        <source>Scroll together</source>
        <translation>連動してスクロール</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="197" />
        <source>Added (To-Be)</source>
        <translation>追加（To-Be 側）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="198" />
        <source>Removed (As-Is)</source>
        <translation>削除（As-Is 側）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="199" />
        <source>Moved / other lane or phase</source>
        <translation>位置・部署・工程の変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="200" />
        <source>Verdict or resolution changed</source>
        <translation>判定・対応方針の変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="201" />
        <source>Other change (label, kind, links)</source>
        <translation>その他の変更（名称・種類・紐付け）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="215" />
        <source>{steps} steps changed ({added} added, {removed} removed), {flows} flows changed, {same} steps unchanged</source>
        <translation>変更のある手順 {steps} 件（追加 {added}・削除 {removed}）、流れの変更 {flows} 件、変更のない手順 {same} 件</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="234" />
        <source>Flow added</source>
        <translation>流れの追加</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="234" />
        <source>Flow removed</source>
        <translation>流れの削除</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="236" />
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="237" />
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="238" />
        <source>Moved</source>
        <translation>位置変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="239" />
        <source>Renamed</source>
        <translation>名称変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="240" />
        <source>Lane changed</source>
        <translation>部署変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="241" />
        <source>Phase changed</source>
        <translation>工程変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="242" />
        <source>Kind changed</source>
        <translation>種類変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="243" />
        <source>Verdict changed</source>
        <translation>判定変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="244" />
        <source>Resolution changed</source>
        <translation>対応方針変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="245" />
        <source>Catalogue link added</source>
        <translation>機能の紐付け追加</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="246" />
        <source>Catalogue link removed</source>
        <translation>機能の紐付け削除</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="285" />
        <source>No differences</source>
        <translation>差分はありません</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="351" />
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="356" />
        <source>Compare with As-Is</source>
        <translation>As-Is と比較</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="352" />
        <source>The project has no other process to compare with.</source>
        <translation>比較できる他の業務フローがありません。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/diff_dialog.py" line="357" />
        <source>"{name}" was not copied from another process. Compare it with:</source>
        <translation>「{name}」は他の業務フローから複製されていません。比較する業務フロー:</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="55" />
        <source>New step (same lane)</source>
        <translation>次の手順を追加（同じ部署）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="56" />
        <source>New step in the lane below</source>
        <translation>次の手順を追加（下の部署）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="57" />
        <source>New step in the lane above</source>
        <translation>次の手順を追加（上の部署）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="58" />
        <source>New decision (gateway)</source>
        <translation>分岐（判断）を追加</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="59" />
        <source>New start event</source>
        <translation>開始を追加</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="60" />
        <source>New end event</source>
        <translation>終了を追加</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="61" />
        <source>Rename step</source>
        <translation>手順名の変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="62" />
        <source>Connect two selected steps</source>
        <translation>選択した2つの手順をつなぐ</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="63" />
        <source>Move to lane above</source>
        <translation>上の部署へ移動</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="64" />
        <source>Move to lane below</source>
        <translation>下の部署へ移動</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="65" />
        <source>Move to next phase</source>
        <translation>次の工程へ移動</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="66" />
        <source>Move to previous phase</source>
        <translation>前の工程へ移動</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="67" />
        <source>Go to next step along the flow</source>
        <translation>流れに沿って次の手順へ</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="68" />
        <source>Go to previous step along the flow</source>
        <translation>流れに沿って前の手順へ</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="69" />
        <source>Go to the step in the lane above</source>
        <translation>上の部署の手順へ</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="70" />
        <source>Go to the step in the lane below</source>
        <translation>下の部署の手順へ</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="71" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="72" />
        <source>Cut</source>
        <translation>切り取り</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="73" />
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="74" />
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="75" />
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="76" />
        <source>Select all steps</source>
        <translation>すべての手順を選択</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="77" />
        <source>Align left</source>
        <translation>左揃え</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="77" />
        <source>Align centres vertically</source>
        <translation>左右中央揃え</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="78" />
        <source>Align right</source>
        <translation>右揃え</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="78" />
        <source>Align top</source>
        <translation>上揃え</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="79" />
        <source>Align middles horizontally</source>
        <translation>上下中央揃え</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="79" />
        <source>Align bottom</source>
        <translation>下揃え</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="80" />
        <source>Distribute horizontally</source>
        <translation>左右に等間隔で配置</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="81" />
        <source>Distribute vertically</source>
        <translation>上下に等間隔で配置</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_actions.py" line="101" />
        <source>Align and distribute</source>
        <translation>整列・配置</translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message>
        <location filename="../../jcloud_desk/ui/editor_controller.py" line="82" />
        <location filename="../../jcloud_desk/ui/editor_controller.py" line="103" />
        <source>Add a lane first (Process menu).</source>
        <translation>先に部署（レーン）を追加してください（「業務フロー」メニュー）。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_controller.py" line="120" />
        <source>Add step</source>
        <translation>手順の追加</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_controller.py" line="120" />
        <source>Add step: {step}</source>
        <translation>手順の追加: {step}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_controller.py" line="136" />
        <source>Rename step</source>
        <translation>手順名の変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_controller.py" line="156" />
        <source>Select exactly two steps to connect (first the source).</source>
        <translation>つなぐ手順を2つ選択してください（先に選んだ方が流れの元になります）。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_controller.py" line="163" />
        <source>Connect steps</source>
        <translation>手順の接続</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_controller.py" line="171" />
        <source>Move to other lane</source>
        <translation>部署の移動</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_controller.py" line="179" />
        <source>Move to other phase</source>
        <translation>工程の移動</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_controller.py" line="228" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_controller.py" line="264" />
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_controller.py" line="282" />
        <source>Align</source>
        <translation>整列</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/editor_controller.py" line="295" />
        <source>No step matches "{text}".</source>
        <translation>「{text}」に一致する手順はありません。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../jcloud_desk/ui/error_text.py" line="15" />
        <source>The file was not found:
{path}</source>
        <translation>ファイルが見つかりません:
{path}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/error_text.py" line="17" />
        <source>A file with this name already exists and was not overwritten:
{path}</source>
        <translation>同じ名前のファイルが既にあるため、上書きしませんでした:
{path}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/error_text.py" line="19" />
        <source>This is not a jcloud_desk project file ({detail}):
{path}</source>
        <translation>jcloud_desk のプロジェクトファイルではありません（{detail}）:
{path}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/error_text.py" line="21" />
        <source>The project file is damaged and was left unchanged. Open a backup copy or ask the sender for the file again.
{path}
({detail})</source>
        <translation>プロジェクトファイルが壊れています。ファイルは変更していません。バックアップを開くか、送り主にファイルをもう一度依頼してください。
{path}
（{detail}）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/error_text.py" line="27" />
        <source>This file was made by a newer version of jcloud_desk. Please update the app.
{path}</source>
        <translation>このファイルは新しいバージョンの jcloud_desk で作成されています。アプリを更新してください。
{path}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/error_text.py" line="31" />
        <source>This project is being edited in another jcloud_desk window ({holder}). You can open it read-only.
{path}</source>
        <translation>このプロジェクトは別の jcloud_desk で編集中です（{holder}）。読み取り専用で開くことはできます。
{path}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/error_text.py" line="36" />
        <source>This project file is read-only ({detail}). It can be opened read-only; to edit it, save a copy with "Save As".
{path}</source>
        <translation>このプロジェクトファイルは読み取り専用です（{detail}）。読み取り専用で開けます。編集するには「名前を付けて保存」でコピーを作ってください。
{path}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/error_text.py" line="42" />
        <source>The project file could not be created ({detail}). Choose a folder you can write to; nothing was left behind.
{path}</source>
        <translation>プロジェクトファイルを作成できませんでした（{detail}）。書き込みできるフォルダを選んでください（途中のファイルは残していません）。
{path}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/error_text.py" line="48" />
        <source>The project could not be saved ({detail}). Your work is still in memory: use "Save As" to save it to another place.
{path}</source>
        <translation>プロジェクトを保存できませんでした（{detail}）。作業内容はメモリ上に残っています。「名前を付けて保存」で別の場所に保存してください。
{path}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/error_text.py" line="53" />
        <source>The project file could not be used ({detail}):
{path}</source>
        <translation>プロジェクトファイルを使用できませんでした（{detail}）:
{path}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../jcloud_desk/ui/window/file_actions.py" line="50" />
        <source>Project in use</source>
        <translation>プロジェクトは使用中です</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/file_actions.py" line="51" />
        <source>Open read-only?</source>
        <translation>読み取り専用で開きますか？</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/file_actions.py" line="47" />
        <source>Cannot open project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/file_actions.py" line="88" />
        <source>Cannot save project</source>
        <translation>プロジェクトを保存できません</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/file_actions.py" line="103" />
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/file_actions.py" line="113" />
        <source>Create project file</source>
        <translation>プロジェクトファイルの作成</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/file_actions.py" line="114" />
        <location filename="../../jcloud_desk/ui/window/file_actions.py" line="142" />
        <source>jcloud_desk project (*.jcdesk)</source>
        <translation>jcloud_desk プロジェクト (*.jcdesk)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/file_actions.py" line="124" />
        <source>Cannot create project</source>
        <translation>プロジェクトを作成できません</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/file_actions.py" line="131" />
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/file_actions.py" line="131" />
        <source>jcloud_desk project (*.jcdesk);;All files (*)</source>
        <translation>jcloud_desk プロジェクト (*.jcdesk);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/file_actions.py" line="141" />
        <source>Save project as</source>
        <translation>名前を付けて保存</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../jcloud_desk/ui/find_bar.py" line="20" />
        <source>Find step:</source>
        <translation>手順の検索:</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/find_bar.py" line="23" />
        <source>label or step no. — Enter finds the next</source>
        <translation>手順名または手順番号（Enter で次を検索）</translation>
    </message>
</context>
<context>
    <name>FitGapDock</name>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="47" />
        <source>Fit&amp;&amp;Gap</source>
        <translation>Fit&amp;&amp;Gap</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="57" />
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="160" />
        <source>Select a step.</source>
        <translation>手順を選択してください。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="74" />
        <source>Why is the customization truly unavoidable?</source>
        <translation>カスタマイズが真にやむを得ない理由</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="75" />
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="232" />
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="76" />
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="232" />
        <source>Resolution</source>
        <translation>対応方針</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="77" />
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="233" />
        <source>Rationale / difference</source>
        <translation>理由・差異内容</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="78" />
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="233" />
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="79" />
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="234" />
        <source>Due date</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="80" />
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="234" />
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="81" />
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="235" />
        <source>Customization justification</source>
        <translation>カスタマイズの正当化理由</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="86" />
        <source>Change history...</source>
        <translation>変更履歴...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="139" />
        <source>the resolution is a customization</source>
        <translation>対応方針がカスタマイズ</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="140" />
        <source>the resolution of a linked item is a customization</source>
        <translation>機能ごとの対応方針がカスタマイズ</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="145" />
        <source>the step needs an item the standard prohibits (実装不可)</source>
        <translation>実装不可の機能を必要とする</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="147" />
        <source>the step needs a standard option not adopted for this municipality</source>
        <translation>この団体が採用していない標準オプションが必要</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="149" />
        <source>the vendor delivers a linked item only after go-live: decide an interim resolution</source>
        <translation>ベンダーの提供が稼働後の機能を使います。暫定の対応方針（運用で回避など）を決めてください</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="169" />
        <source>Step {no} {label}</source>
        <translation>手順 {no} {label}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="187" />
        <source> — a justification is required.</source>
        <translation> — 正当化理由の記入が必要です。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="188" />
        <source>Customization: {reasons}{missing}</source>
        <translation>カスタマイズ: {reasons}{missing}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="190" />
        <source>Open risk: {reason} — decide a resolution.</source>
        <translation>未決定のリスク: {reason} — 対応方針を決めてください。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="210" />
        <source>Edit Fit&amp;Gap: {step}</source>
        <translation>Fit&amp;Gap の編集: {step}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="229" />
        <source>Link {code}</source>
        <translation>機能 {code} の紐付け</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="230" />
        <source>Judgment</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="231" />
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="231" />
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="235" />
        <source>Linked item</source>
        <translation>紐付け機能</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="242" />
        <source>Change history</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="246" />
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="246" />
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="246" />
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="246" />
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="247" />
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/fitgap_dock.py" line="255" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>FlowImportPreviewDialog</name>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/flow_import_dialog.py" line="25" />
        <source>Import flow: preview</source>
        <translation>業務フローの取り込み: 確認</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/flow_import_dialog.py" line="28" />
        <source>positions from the file</source>
        <translation>配置はファイルのとおり</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/flow_import_dialog.py" line="29" />
        <source>no positions in the file: the flows will be laid out automatically</source>
        <translation>ファイルに配置がないため自動レイアウトします</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/flow_import_dialog.py" line="30" />
        <source>{source}: {n} processes ({positioned})</source>
        <translation>{source}: 業務フロー {n} 件（{positioned}）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/flow_import_dialog.py" line="34" />
        <source>Process / lane</source>
        <translation>業務フロー／部署</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/flow_import_dialog.py" line="34" />
        <source>Steps</source>
        <translation>手順数</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/flow_import_dialog.py" line="34" />
        <source>Flows</source>
        <translation>流れ</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/flow_import_dialog.py" line="46" />
        <source>Phases: {names}</source>
        <translation>工程: {names}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/flow_import_dialog.py" line="50" />
        <source>Warnings ({n}):</source>
        <translation>警告（{n} 件）:</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/flow_import_dialog.py" line="58" />
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
</context>
<context>
    <name>FormsLabels</name>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="17" />
        <source>Function item</source>
        <translation>機能</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="18" />
        <source>Form item</source>
        <translation>帳票</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="19" />
        <source>Interface item</source>
        <translation>連携</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="26" />
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="27" />
        <source>Different printed items</source>
        <translation>印字項目の差異</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="28" />
        <source>Different layout</source>
        <translation>様式の差異</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="29" />
        <source>Not in the standard</source>
        <translation>標準にない帳票</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="30" />
        <source>No longer needed</source>
        <translation>不要になる帳票</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="37" />
        <source>(not decided)</source>
        <translation>（未決定）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="38" />
        <source>Use the standard form</source>
        <translation>標準帳票を使用</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="39" />
        <source>Make with EUC</source>
        <translation>EUCで作成</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="40" />
        <source>Own separate system</source>
        <translation>独自施策システム</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="41" />
        <source>Abolish</source>
        <translation>廃止</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="42" />
        <source>Consult the prefecture / recipient</source>
        <translation>県・関係機関と協議</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="49" />
        <source>○ provided</source>
        <translation>○ 提供</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="50" />
        <source>△ partly</source>
        <translation>△ 一部提供</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="51" />
        <source>× not provided</source>
        <translation>× 提供なし</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="52" />
        <source>Option (extra cost)</source>
        <translation>オプション（有償）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="53" />
        <source>(no answer)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="60" />
        <source>Adopted</source>
        <translation>採用</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="61" />
        <source>Not adopted</source>
        <translation>不採用</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/forms_labels.py" line="62" />
        <source>Pending</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>HarmonizationDock</name>
    <message>
        <location filename="../../jcloud_desk/ui/docks/harmonization_dock.py" line="68" />
        <source>Group harmonization</source>
        <extracomment>Widest the 実装区分 column grows (「実装必須（みどり市）／標準オプション（…）」 is elided, its tooltip is whole).</extracomment>
        <translation>グループ調和マトリクス</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/harmonization_dock.py" line="79" />
        <source>By catalogue item</source>
        <translation>機能別</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/harmonization_dock.py" line="80" />
        <source>By step</source>
        <translation>手順別</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/harmonization_dock.py" line="83" />
        <source>Only rows where municipalities differ</source>
        <translation>団体間で異なる行だけ表示</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/harmonization_dock.py" line="138" />
        <source>blank</source>
        <translation>空欄</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/harmonization_dock.py" line="152" />
        <source>Process</source>
        <translation>業務フロー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/harmonization_dock.py" line="152" />
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/harmonization_dock.py" line="152" />
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/harmonization_dock.py" line="156" />
        <source>Item ID</source>
        <translation>機能ID</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/harmonization_dock.py" line="156" />
        <source>Item</source>
        <translation>機能</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/harmonization_dock.py" line="156" />
        <source>Class</source>
        <translation>実装区分</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/harmonization_dock.py" line="178" />
        <source>Click to show the step</source>
        <translation>クリックで手順を表示</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/harmonization_dock.py" line="200" />
        <source>&lt;b&gt;Group customization requests ({n})&lt;/b&gt; — estimates apportioned among the requesting municipalities</source>
        <translation>&lt;b&gt;グループのカスタマイズ要望（{n}件）&lt;/b&gt; — 見積は要望団体で按分</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/harmonization_dock.py" line="203" />
        <source>Fewer than two municipalities: set the municipality of each process to compare them.</source>
        <translation>団体が2つ未満です。団体を比較するには業務フローごとに団体を設定してください。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/harmonization_dock.py" line="207" />
        <source>Customizations requested: {requested} ({distinct} items) · avoidable if the group adopts the standard way: {avoided} ({avoided_distinct} items) · estimate {cost} yen, of which avoidable {avoided_cost} yen</source>
        <translation>カスタマイズ要望：延べ{requested}件（{distinct}機能） · 標準どおりの運用に合わせれば不要：延べ{avoided}件（{avoided_distinct}機能） · 見積 {cost}円（うち不要にできる {avoided_cost}円）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/harmonization_dock.py" line="219" />
        <source>{shown} of {total} rows</source>
        <translation>{total} 行中 {shown} 行</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../../jcloud_desk/ui/docks/history_dock.py" line="19" />
        <source>History</source>
        <translation>操作履歴</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/history_dock.py" line="21" />
        <location filename="../../jcloud_desk/ui/docks/history_dock.py" line="38" />
        <source>&lt;opened&gt;</source>
        <translation>&lt;開いた時点&gt;</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/history_dock.py" line="27" />
        <source>the file was upgraded to a newer format</source>
        <translation>ファイル形式を新しい版に更新しました</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/history_dock.py" line="28" />
        <source>another file was merged outside the editor</source>
        <translation>編集画面の外で別のファイルを統合しました</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/history_dock.py" line="29" />
        <source>the project was changed outside the editor</source>
        <translation>編集画面の外でプロジェクトが変更されました</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/history_dock.py" line="30" />
        <source>this is a copy for a municipality</source>
        <translation>団体配布用のコピーです</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/history_dock.py" line="31" />
        <source>older entries could not be read</source>
        <translation>古い履歴を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/history_dock.py" line="40" />
        <source>&lt;opened&gt; — earlier actions cannot be undone: {why}</source>
        <translation>&lt;開いた時点&gt; — それより前の操作は元に戻せません: {why}</translation>
    </message>
</context>
<context>
    <name>ItemConditionsDialog</name>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/item_conditions_dialog.py" line="20" />
        <source>Conditions by municipality type</source>
        <translation>団体区分ごとの実装区分</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/item_conditions_dialog.py" line="26" />
        <source>&lt;b&gt;{code} {title}&lt;/b&gt; — class as written: {impl}</source>
        <translation>&lt;b&gt;{code} {title}&lt;/b&gt; — 記載どおりの実装区分: {impl}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../jcloud_desk/ui/models/harmonization_model.py" line="37" />
        <source>Fit</source>
        <translation>適合</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/harmonization_model.py" line="40" />
        <source>Open risk (not decided)</source>
        <translation>未決定リスク</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/harmonization_model.py" line="41" />
        <source>Out of scope</source>
        <translation>対象外</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/harmonization_model.py" line="42" />
        <source>Not assessed</source>
        <translation>未判定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/harmonization_model.py" line="38" />
        <source>Change the work</source>
        <translation>業務見直し</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/harmonization_model.py" line="39" />
        <source>Customization</source>
        <translation>カスタマイズ</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/harmonization_model.py" line="43" />
        <source>Not linked</source>
        <translation>未紐付け</translation>
    </message>
</context>
<context>
    <name>LaneItem</name>
    <message>
        <location filename="../../jcloud_desk/ui/scene/items/lane_item.py" line="60" />
        <source>(own pool)</source>
        <translation>（別プール）</translation>
    </message>
</context>
<context>
    <name>LayoutRunner</name>
    <message>
        <location filename="../../jcloud_desk/ui/layout_runner.py" line="54" />
        <source>Laying out {n} steps...</source>
        <translation>{n} 件の手順を配置しています...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/layout_runner.py" line="54" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/layout_runner.py" line="78" />
        <source>Auto-layout cancelled; nothing changed.</source>
        <translation>自動レイアウトを取り消しました（変更はありません）。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/layout_runner.py" line="80" />
        <source>Auto-layout failed: {error}</source>
        <translation>自動レイアウトに失敗しました: {error}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/layout_runner.py" line="85" />
        <source>The flow changed during the layout; run it again.</source>
        <translation>レイアウト中に業務フローが変更されました。もう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/layout_runner.py" line="90" />
        <source>Auto-layout</source>
        <translation>自動レイアウト</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/layout_runner.py" line="91" />
        <source>Auto-layout: {n} edge crossings.</source>
        <translation>自動レイアウト: 流れの交差 {n} か所</translation>
    </message>
</context>
<context>
    <name>LedgerDock</name>
    <message>
        <location filename="../../jcloud_desk/ui/docks/ledger_dock.py" line="68" />
        <source>Fit&amp;&amp;Gap ledger</source>
        <translation>Fit&amp;&amp;Gap一覧</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/ledger_dock.py" line="79" />
        <source>Filter (any column)</source>
        <translation>絞り込み（全列）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/ledger_dock.py" line="86" />
        <source>All verdicts</source>
        <translation>すべての判定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/ledger_dock.py" line="93" />
        <source>Functions and forms</source>
        <translation>機能と帳票</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/ledger_dock.py" line="123" />
        <source>All processes</source>
        <translation>すべての業務フロー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/ledger_dock.py" line="151" />
        <source>{shown} of {total} rows</source>
        <translation>{total} 行中 {shown} 行</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <location filename="../../jcloud_desk/ui/models/ledger_table_model.py" line="91" />
        <source>Process</source>
        <extracomment>(key, editable field or '') in column order.</extracomment>
        <translation>業務フロー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/ledger_table_model.py" line="91" />
        <source>Lane</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/ledger_table_model.py" line="91" />
        <source>Phase</source>
        <translation>工程</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/ledger_table_model.py" line="91" />
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/ledger_table_model.py" line="91" />
        <source>Function ID</source>
        <translation>機能ID</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/ledger_table_model.py" line="92" />
        <source>Function</source>
        <translation>機能名</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/ledger_table_model.py" line="92" />
        <source>Class</source>
        <translation>実装区分</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/ledger_table_model.py" line="92" />
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/ledger_table_model.py" line="92" />
        <source>Resolution</source>
        <translation>対応方針</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/ledger_table_model.py" line="93" />
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/ledger_table_model.py" line="93" />
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/ledger_table_model.py" line="93" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/ledger_table_model.py" line="93" />
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/ledger_table_model.py" line="94" />
        <source>Customization</source>
        <translation>カスタマイズ</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/ledger_table_model.py" line="94" />
        <source>Resolution for this item</source>
        <translation>機能ごとの対応方針</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/ledger_table_model.py" line="94" />
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/ledger_table_model.py" line="95" />
        <source>Open risk</source>
        <translation>未決定リスク</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/ledger_table_model.py" line="113" />
        <source>Yes</source>
        <translation>○</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/ledger_table_model.py" line="168" />
        <source>Edit Fit&amp;Gap</source>
        <translation>Fit&amp;Gap の編集</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/ledger_table_model.py" line="181" />
        <source>(same as the step)</source>
        <translation>（手順と同じ）</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="73" />
        <source>Linked catalogue items</source>
        <extracomment>Column of the vendor's answer in the linked items (hidden when the project has no vendor answers). The linked-items list shows this many rows at least and grows up to the most before it scrolls. Whether suggestions learn from links across projects (the window sets it from the user's settings).</extracomment>
        <translation>紐付けた機能</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="76" />
        <source>ID</source>
        <translation>機能ID</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="76" />
        <source>Function</source>
        <translation>機能名</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="76" />
        <source>Class</source>
        <translation>実装区分</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="76" />
        <source>Own verdict</source>
        <translation>個別判定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="77" />
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="77" />
        <source>Own resolution</source>
        <translation>機能ごとの対応方針</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="101" />
        <source>Type an ID or words, Enter links the item</source>
        <translation>機能IDか語句を入力し Enter で紐付け</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="112" />
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="321" />
        <source>Unlink</source>
        <translation>紐付け解除</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="116" />
        <source>Suggestions (Alt+1 … Alt+5 to link)</source>
        <translation>候補（Alt+1～Alt+5 で紐付け）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="196" />
        <source>Conditional note: {note}</source>
        <translation>団体区分の注記: {note}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="198" />
        <source> (re-check: revised)</source>
        <translation>（要再確認: 改定）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="209" />
        <source>Vendor ({vendor}):</source>
        <translation>ベンダー回答（{vendor}）:</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="210" />
        <source> / </source>
        <translation>／</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="215" />
        <source>{rank}. Forms used 「{text}」 → {code}  {title}  [Form]</source>
        <translation>{rank}. 使用帳票「{text}」→ {code}  {title}  [帳票]</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="250" />
        <source>(no answer)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="254" />
        <source>from {date}</source>
        <translation>{date} 提供予定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="257" />
        <source>(after go-live)</source>
        <translation>（稼働後）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="273" />
        <source>Link {code}: {step}</source>
        <translation>機能の紐付け {code}: {step}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="316" />
        <source>Own resolution for this item</source>
        <translation>この機能の対応方針</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="340" />
        <source>Set item resolution</source>
        <translation>機能ごとの対応方針を設定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="345" />
        <source>Unlink item</source>
        <translation>機能の紐付け解除</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="312" />
        <source>Own verdict for this item</source>
        <translation>この機能についての個別判定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="313" />
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="317" />
        <source>Same as the step</source>
        <translation>手順の判定に従う</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/links_panel.py" line="353" />
        <source>Set item verdict</source>
        <translation>機能ごとの判定</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <location filename="../../jcloud_desk/ui/window/merge.py" line="35" />
        <source>municipality</source>
        <translation>団体</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/merge.py" line="36" />
        <source>Save a copy for a municipality</source>
        <translation>団体用のコピーを保存</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/merge.py" line="37" />
        <source>jcloud_desk project (*.jcdesk)</source>
        <translation>jcloud_desk プロジェクト (*.jcdesk)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/merge.py" line="44" />
        <source>Cannot save the copy</source>
        <translation>コピーを保存できません</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/merge.py" line="47" />
        <source>Copy saved</source>
        <translation>コピーを保存しました</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/merge.py" line="48" />
        <source>Copy written: {path}

When it comes back, merge it with File ▸ Merge another project file.</source>
        <translation>コピーを書き出しました: {path}

記入済みのコピーが戻ってきたら、ファイル ▸ 別のプロジェクトファイルを統合 で取り込みます。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/merge.py" line="58" />
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/merge.py" line="58" />
        <source>The project is open read-only.</source>
        <translation>プロジェクトは読み取り専用で開いています。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/merge.py" line="61" />
        <source>Merge another project file</source>
        <translation>別のプロジェクトファイルを統合</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/merge.py" line="62" />
        <source>jcloud_desk project (*.jcdesk);;All files (*)</source>
        <translation>jcloud_desk プロジェクト (*.jcdesk);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/merge.py" line="71" />
        <location filename="../../jcloud_desk/ui/window/merge.py" line="74" />
        <source>Cannot merge</source>
        <translation>統合できません</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/merge.py" line="77" />
        <source>Nothing to merge</source>
        <translation>統合するものはありません</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/merge.py" line="78" />
        <source>{file} has nothing that this project lacks.</source>
        <translation>{file} には、このプロジェクトにない変更はありません。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/merge.py" line="85" />
        <source>Merge {file}</source>
        <translation>{file} を統合</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/merge.py" line="86" />
        <source>Merged: {file}</source>
        <translation>統合しました: {file}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="39" />
        <source>Merge {file}</source>
        <translation>{file} を統合</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="42" />
        <source>Common origin found: what only one side changed is merged; both sides' changes to the same thing are listed below.</source>
        <translation>共通の元が見つかりました。片方だけが変更したものはそのまま統合し、両方が同じものを変更した箇所は下に一覧します。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="44" />
        <source>The files have no common origin (not copies of one distribution): every difference between them is listed as a conflict.</source>
        <translation>2 つのファイルに共通の元がありません（同じ配布のコピーではありません）。違いはすべて競合として一覧します。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="49" />
        <source>What the merge changes in this project:</source>
        <translation>統合でこのプロジェクトに加わる変更:</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="52" />
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="52" />
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="52" />
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="53" />
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="62" />
        <source>Where</source>
        <translation>箇所</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="62" />
        <source>Why</source>
        <translation>競合の理由</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="62" />
        <source>Common origin</source>
        <translation>共通の元</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="63" />
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="74" />
        <source>Mine</source>
        <translation>自分</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="63" />
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="75" />
        <source>Theirs</source>
        <translation>相手</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="63" />
        <source>Take</source>
        <translation>採用</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="86" />
        <source>All mine</source>
        <translation>すべて自分</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="88" />
        <source>All theirs</source>
        <translation>すべて相手</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="97" />
        <source>Apply merge</source>
        <translation>統合する</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="105" />
        <source>Project information</source>
        <translation>プロジェクト情報</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="105" />
        <source>Municipality (group)</source>
        <translation>団体</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="106" />
        <source>Process</source>
        <translation>業務フロー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="106" />
        <source>Lane</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="106" />
        <source>Phase</source>
        <translation>工程</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="107" />
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="107" />
        <source>Flow (connection)</source>
        <translation>流れ</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="107" />
        <source>Catalogue</source>
        <translation>機能一覧</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="108" />
        <source>Catalogue function</source>
        <translation>機能</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="108" />
        <source>Link to a function</source>
        <translation>紐付け</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="109" />
        <source>Judgment</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="109" />
        <source>Workshop note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="110" />
        <source>Customization request</source>
        <translation>カスタマイズ要望</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="144" />
        <source>{n} conflicts: choose whose version to keep ({t} from theirs).</source>
        <translation>競合 {n} 件: どちらを残すか選んでください（相手側を採用 {t} 件）。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/merge_dialog.py" line="147" />
        <source>No conflicts.</source>
        <translation>競合はありません。</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesDialog</name>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/municipalities_dialog.py" line="65" />
        <source>Municipalities of the group</source>
        <translation>団体の管理</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/municipalities_dialog.py" line="70" />
        <source>The municipalities that share the system. Each process names its municipality (Process settings); renaming a municipality renames it in its processes too.</source>
        <translation>システムを共同利用する団体です。各業務フローの団体は「業務フローの設定」で指定します。団体名を変えると、その団体の業務フローの団体名も変わります。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/municipalities_dialog.py" line="76" />
        <source>Municipality</source>
        <translation>団体名</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/municipalities_dialog.py" line="76" />
        <source>Local government code</source>
        <translation>全国地方公共団体コード</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/municipalities_dialog.py" line="77" />
        <source>Category</source>
        <translation>団体区分</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/municipalities_dialog.py" line="77" />
        <source>Processes using it</source>
        <translation>業務フロー数</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/municipalities_dialog.py" line="91" />
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/municipalities_dialog.py" line="93" />
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/municipalities_dialog.py" line="94" />
        <source>Remove the selected municipality</source>
        <translation>選択した団体を削除</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/municipalities_dialog.py" line="124" />
        <source>e.g. みどり市</source>
        <translation>例: みどり市</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/municipalities_dialog.py" line="127" />
        <source>6 digits</source>
        <translation>6桁</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/municipalities_dialog.py" line="142" />
        <source>Named by processes but not registered yet: give it a code to register it</source>
        <translation>業務フローで使われていますが未登録です。コードか団体区分を入力すると登録されます</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/municipalities_dialog.py" line="190" />
        <source>"{name}" cannot be removed: {count} processes still name it ({processes}). Give them another municipality in Process settings first.</source>
        <translation>「{name}」は削除できません。{count}件の業務フロー（{processes}）がこの団体を指定しています。先に「業務フローの設定」で別の団体にしてください。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/municipalities_dialog.py" line="215" />
        <source>Enter the name of every municipality (or remove the row).</source>
        <translation>すべての行に団体名を入力してください（不要な行は削除してください）。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/municipalities_dialog.py" line="217" />
        <source>"{name}" is listed twice.</source>
        <translation>「{name}」が2回あります。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/municipalities_dialog.py" line="220" />
        <source>The local government code of "{name}" must have 6 digits.</source>
        <translation>「{name}」の全国地方公共団体コードは6桁の数字で入力してください。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/municipalities_dialog.py" line="231" />
        <source>The check digit should be {digit}</source>
        <translation>検査数字は {digit} のはずです</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/municipalities_dialog.py" line="235" />
        <source>Check digit does not match (fictitious code?): {codes}</source>
        <translation>検査数字が合いません（架空のコード？）：{codes}</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/new_project_dialog.py" line="20" />
        <source>New project</source>
        <extracomment>The 20 standardised businesses (標準化対象事務); users may type their own.</extracomment>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/new_project_dialog.py" line="27" />
        <source>Project name</source>
        <translation>プロジェクト名</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/new_project_dialog.py" line="28" />
        <source>Municipality</source>
        <translation>団体名</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/new_project_dialog.py" line="29" />
        <source>Business</source>
        <translation>業務</translation>
    </message>
</context>
<context>
    <name>NotesDock</name>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="41" />
        <source>Workshop notes</source>
        <translation>ワークショップ記録</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="54" />
        <source>Note</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="54" />
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="54" />
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="68" />
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="54" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="55" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="55" />
        <source>By / when</source>
        <translation>記録者・日時</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="64" />
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="65" />
        <source>Action item</source>
        <translation>宿題</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="66" />
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="78" />
        <source>Text (Ctrl+Enter adds it to the selected step, or to the process)</source>
        <translation>内容（Ctrl+Enter で選択中の手順、なければ業務フローに追加）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="80" />
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="95" />
        <source>Decisions</source>
        <translation>決定事項</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="95" />
        <source>Action items</source>
        <translation>宿題</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="96" />
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="109" />
        <source>New notes go to: {target}</source>
        <translation>追加先: {target}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="119" />
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="119" />
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="138" />
        <source>Add note</source>
        <translation>記録の追加</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="151" />
        <source>Action item status</source>
        <translation>宿題の状態</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="159" />
        <source>Mark done / open</source>
        <translation>完了／未完了を切り替え</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="160" />
        <location filename="../../jcloud_desk/ui/docks/notes_dock.py" line="165" />
        <source>Delete note</source>
        <translation>記録を削除</translation>
    </message>
</context>
<context>
    <name>OptionDecisionsDock</name>
    <message>
        <location filename="../../jcloud_desk/ui/docks/option_decisions_dock.py" line="37" />
        <source>Standard options</source>
        <translation>標準オプション</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/option_decisions_dock.py" line="44" />
        <source>Decisions of</source>
        <translation>採否（団体）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/option_decisions_dock.py" line="66" />
        <source>Whole project / group</source>
        <translation>プロジェクト全体・グループ</translation>
    </message>
</context>
<context>
    <name>OptionDecisionsTableModel</name>
    <message>
        <location filename="../../jcloud_desk/ui/models/option_decisions_model.py" line="80" />
        <source>Function ID</source>
        <extracomment>(key, editable) in column order.</extracomment>
        <translation>機能ID</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/option_decisions_model.py" line="80" />
        <source>Standard option</source>
        <translation>標準オプション</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/option_decisions_model.py" line="80" />
        <source>Adoption</source>
        <translation>採否</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/option_decisions_model.py" line="80" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/option_decisions_model.py" line="81" />
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/option_decisions_model.py" line="81" />
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/option_decisions_model.py" line="81" />
        <source>Decided on</source>
        <translation>決定日</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/option_decisions_model.py" line="81" />
        <source>Decided by</source>
        <translation>決定者</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/option_decisions_model.py" line="98" />
        <source>(undecided)</source>
        <translation>（未決定）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/option_decisions_model.py" line="153" />
        <source>Decide standard option</source>
        <translation>標準オプションの採否を決定</translation>
    </message>
</context>
<context>
    <name>OverviewDock</name>
    <message>
        <location filename="../../jcloud_desk/ui/docks/overview_dock.py" line="133" />
        <source>Overview</source>
        <translation>全体図</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../../jcloud_desk/ui/export/diagram_pages.py" line="101" />
        <location filename="../../jcloud_desk/ui/export/pdf_pages.py" line="129" />
        <source> (continued)</source>
        <translation>（続き）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/diagram_pages.py" line="116" />
        <source>{name} (part {i} of {n})</source>
        <translation>{name}（{i}/{n}）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="83" />
        <source>Municipality: {m}</source>
        <extracomment>Append the full requirement text of the unreferenced 実装必須 items (the list shows id and name only).</extracomment>
        <translation>団体: {m}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="84" />
        <source>Business: {b}</source>
        <translation>業務: {b}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="85" />
        <source>Date: {d}</source>
        <translation>作成日: {d}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="136" />
        <source>Summary: verdicts per process</source>
        <translation>集計: 業務フロー別の判定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="192" />
        <source>Fit&amp;Gap ledger</source>
        <translation>Fit&amp;Gap一覧</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="157" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="184" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="200" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="216" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="267" />
        <source>Process</source>
        <translation>業務フロー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="88" />
        <source>Vendor: {v}</source>
        <translation>ベンダー: {v}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="97" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="158" />
        <source>Fit rate</source>
        <translation>適合率</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="98" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="158" />
        <source>Tasks judged</source>
        <translation>判定済みの作業</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="99" />
        <source>Partial or gap</source>
        <translation>一部適合・ギャップ</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="100" />
        <source>Customization steps</source>
        <translation>カスタマイズ</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="101" />
        <source>Mandatory items not referenced</source>
        <translation>未参照の実装必須機能</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="106" />
        <source>Review needed</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="107" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="164" />
        <source>Key decisions</source>
        <translation>主な決定事項</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="142" />
        <source>{n} tasks</source>
        <translation>作業 {n} 件</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="145" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="154" />
        <source>{steps} steps ({tasks} of them tasks, which are judged)</source>
        <translation>手順 {steps}（うち判定対象の作業 {tasks}）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="153" />
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="157" />
        <source>Steps</source>
        <translation>手順数</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="159" />
        <source>By process</source>
        <translation>業務フロー別</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="168" />
        <source>… and {n} more (see the workshop minutes)</source>
        <translation>…ほか {n} 件（ワークショップ議事録を参照）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="184" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="200" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="217" />
        <source>Lane</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="185" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="201" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="217" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="240" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="268" />
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="185" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="202" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="218" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="227" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="288" />
        <source>Function ID</source>
        <translation>機能ID</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="186" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="219" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="227" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="288" />
        <source>Function</source>
        <translation>機能名</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="186" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="253" />
        <source>Class</source>
        <translation>実装区分</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="187" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="270" />
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="187" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="202" />
        <source>Resolution</source>
        <translation>対応方針</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="188" />
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="189" />
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="189" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="206" />
        <source>Customizations</source>
        <translation>カスタマイズ一覧</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="201" />
        <source>Reasons</source>
        <translation>理由（フラグ）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="203" />
        <source>Justification</source>
        <translation>正当化理由</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="188" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="203" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="270" />
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="230" />
        <source>Mandatory items no step references</source>
        <translation>未参照の実装必須機能</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="228" />
        <source>Chapter</source>
        <translation>章・節</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="104" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="221" />
        <source>Open risks (undecided)</source>
        <translation>未決定リスク</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="216" />
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="218" />
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="239" />
        <source>As-Is flow</source>
        <translation>業務フロー(As-Is)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="239" />
        <source>To-Be flow</source>
        <translation>業務フロー(To-Be)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="252" />
        <source>Form ID</source>
        <translation>帳票ID</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="252" />
        <source>Standard form</source>
        <translation>標準帳票</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="253" />
        <source>Steps using it</source>
        <translation>使用する手順</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="254" />
        <source>Form used today</source>
        <translation>現行帳票</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="254" />
        <source>Difference</source>
        <translation>差異</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="255" />
        <source>Route</source>
        <translation>対応方法</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="257" />
        <source>Forms (standard forms and forms used today)</source>
        <translation>帳票一覧（標準帳票と現行帳票）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="267" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="268" />
        <source>Old ID</source>
        <translation>旧機能ID</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="269" />
        <source>New ID</source>
        <translation>新機能ID</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="273" />
        <source>Revision impact (catalogue revisions)</source>
        <translation>改定影響（機能一覧の改定）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="289" />
        <source>Requirement</source>
        <translation>要件</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="243" />
        <source>Differences (As-Is → To-Be)</source>
        <translation>差分（As-Is→To-Be）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="240" />
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="269" />
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="241" />
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="241" />
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="291" />
        <source>Appendix: requirement text of the mandatory items no step references</source>
        <translation>付録: 未参照の実装必須機能の要件本文</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_report.py" line="348" />
        <source>{name} workshop minutes</source>
        <extracomment>The report, in order. Insert a builder to add a section (see the module doc).</extracomment>
        <translation>{name} ワークショップ議事録</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/export/pdf_pages.py" line="121" />
        <source>No records.</source>
        <extracomment>Colours a table cell by its text (None: no fill), e.g. a verdict column.</extracomment>
        <translation>記録はありません</translation>
    </message>
</context>
<context>
    <name>PrefillDialog</name>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/prefill_dialog.py" line="45" />
        <source>Pre-fill links</source>
        <translation>紐付けの事前入力</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/prefill_dialog.py" line="53" />
        <source>The best catalogue item for every step without links. A accepts, R rejects the current row, 1-3 pick the first, second or third suggestion; Apply links the accepted ones in one step (one undo). Steps below the minimum confidence are left for the workshop.</source>
        <translation>紐付けのない手順ごとに最も近い機能を提案します。A で採用、R で不採用（スペースで切替）、1〜3 で第 1〜第 3 候補を選びます。「適用」で採用分をまとめて紐付けます（元に戻すは 1 回）。最低確信度に届かない手順はワークショップで決めます。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/prefill_dialog.py" line="63" />
        <source>This process: %1</source>
        <translation>この業務フロー: %1</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/prefill_dialog.py" line="65" />
        <source>Whole project</source>
        <translation>プロジェクト全体</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/prefill_dialog.py" line="72" />
        <source>Steps of</source>
        <translation>対象の手順</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/prefill_dialog.py" line="73" />
        <source>Minimum confidence</source>
        <translation>最低確信度</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/prefill_dialog.py" line="80" />
        <source>Process</source>
        <translation>業務フロー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/prefill_dialog.py" line="80" />
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/prefill_dialog.py" line="80" />
        <source>Proposed item</source>
        <translation>提案する機能</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/prefill_dialog.py" line="81" />
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/prefill_dialog.py" line="81" />
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/prefill_dialog.py" line="163" />
        <source>Accept</source>
        <translation>採用</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/prefill_dialog.py" line="163" />
        <source>Reject</source>
        <translation>不採用</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/prefill_dialog.py" line="170" />
        <source>%1 steps without links: %2 proposed (%3 accepted), %4 left for the workshop.</source>
        <translation>紐付けのない手順 %1 件: 提案 %2 件（採用 %3 件）、ワークショップで決める手順 %4 件。</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <location filename="../../jcloud_desk/ui/window/presentation.py" line="42" />
        <source>&amp;Presentation mode</source>
        <extracomment>Keys 1–6 and 0 in the order facilitators call them out.</extracomment>
        <translation>プレゼンテーションモード(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/presentation.py" line="50" />
        <source>Tag: {verdict}</source>
        <translation>判定: {verdict}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/presentation.py" line="51" />
        <source>Next unjudged step</source>
        <translation>次の未判定の手順</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/presentation.py" line="52" />
        <source>Previous unjudged step</source>
        <translation>前の未判定の手順</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/presentation.py" line="53" />
        <source>Leave presentation mode</source>
        <translation>プレゼンテーションモードを終了</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/presentation.py" line="102" />
        <source>next unjudged</source>
        <translation>次の未判定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/presentation.py" line="102" />
        <source>previous unjudged</source>
        <translation>前の未判定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/presentation.py" line="102" />
        <source>leave</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/presentation.py" line="118" />
        <source>Select a step first (N = next unjudged)</source>
        <translation>先に手順を選んでください（N = 次の未判定）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/presentation.py" line="123" />
        <source>Tag verdict: {step}</source>
        <translation>判定の入力: {step}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/presentation.py" line="138" />
        <source>Every step of this flow is judged</source>
        <translation>この業務フローの手順はすべて判定済みです</translation>
    </message>
</context>
<context>
    <name>ProcessListDock</name>
    <message>
        <location filename="../../jcloud_desk/ui/docks/process_list_dock.py" line="29" />
        <source>Processes</source>
        <translation>業務フロー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/process_list_dock.py" line="92" />
        <source>{name}  [{kind}]  {count} steps ({tasks} judged)</source>
        <translation>{name}  [{kind}]  手順 {count}（判定対象 {tasks}）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/process_list_dock.py" line="96" />
        <source>{steps} steps ({tasks} of them tasks, which are judged)</source>
        <translation>手順 {steps}（うち判定対象の作業 {tasks}）</translation>
    </message>
</context>
<context>
    <name>ProcessScene</name>
    <message>
        <location filename="../../jcloud_desk/ui/scene/process_scene.py" line="188" />
        <source>This process is too large to draw ({steps:,} steps and {flows:,} flows; at most {limit_steps:,} steps and {limit_flows:,} flows can be drawn).
Split it into smaller processes. The rest of the project works as usual.</source>
        <extracomment>Steps and flows the editor draws at most: the limits of every drawing (render_limits; twice what an import accepts, services.import_limits).</extracomment>
        <translation>この業務フローは大きすぎるため図にできません（手順 {steps:,} 件・流れ {flows:,} 件。図にできるのは手順 {limit_steps:,} 件・流れ {limit_flows:,} 件まで）。
小さな業務フローに分けてください。プロジェクトのほかの操作はいつもどおりできます。</translation>
    </message>
</context>
<context>
    <name>ProcessSettingsDialog</name>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/process_settings_dialog.py" line="34" />
        <source>Process settings</source>
        <translation>業務フローの設定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/process_settings_dialog.py" line="50" />
        <source>Choose or type the municipality</source>
        <translation>団体を選択または入力</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/process_settings_dialog.py" line="60" />
        <source>Process name</source>
        <translation>業務フロー名</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/process_settings_dialog.py" line="61" />
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/process_settings_dialog.py" line="62" />
        <source>Municipality</source>
        <translation>団体名</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/process_settings_dialog.py" line="63" />
        <source>Business</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/process_settings_dialog.py" line="64" />
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/process_settings_dialog.py" line="93" />
        <source>The process needs a name.</source>
        <translation>業務フロー名を入力してください。</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <location filename="../../jcloud_desk/ui/document.py" line="112" />
        <source>The project is open read-only.</source>
        <translation>プロジェクトは読み取り専用で開いています。</translation>
    </message>
</context>
<context>
    <name>ProjectSettingsDialog</name>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/project_settings_dialog.py" line="38" />
        <source>Project settings</source>
        <translation>プロジェクトの設定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/project_settings_dialog.py" line="45" />
        <source>e.g. みどり市</source>
        <translation>例: みどり市</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/project_settings_dialog.py" line="63" />
        <source>Project name</source>
        <translation>プロジェクト名</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/project_settings_dialog.py" line="64" />
        <source>Municipality</source>
        <translation>団体名</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/project_settings_dialog.py" line="65" />
        <source>Municipality type (団体区分)</source>
        <translation>団体区分</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/project_settings_dialog.py" line="67" />
        <source>Business</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/project_settings_dialog.py" line="68" />
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/project_settings_dialog.py" line="72" />
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/project_settings_dialog.py" line="95" />
        <source>Not set: items whose class depends on the municipality type are evaluated as for a city (一般市).</source>
        <translation>未設定です。団体区分によって実装区分が異なる機能は、一般市として評価します。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/project_settings_dialog.py" line="98" />
        <source>Items whose class depends on the municipality type are evaluated for this type (coverage, checks, open risks, reports).</source>
        <translation>団体区分によって実装区分が異なる機能は、この団体区分で評価します（集計・チェック・未決定リスク・レポート）。</translation>
    </message>
</context>
<context>
    <name>PropertiesDock</name>
    <message>
        <location filename="../../jcloud_desk/ui/docks/properties_dock.py" line="38" />
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/properties_dock.py" line="44" />
        <location filename="../../jcloud_desk/ui/docks/properties_dock.py" line="119" />
        <source>Select a step.</source>
        <translation>手順を選択してください。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/properties_dock.py" line="58" />
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/properties_dock.py" line="59" />
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/properties_dock.py" line="60" />
        <source>Lane</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/properties_dock.py" line="61" />
        <source>Phase</source>
        <translation>工程</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/properties_dock.py" line="62" />
        <source>Step no.</source>
        <translation>手順番号</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/properties_dock.py" line="63" />
        <source>Opens process</source>
        <translation>開く業務フロー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/properties_dock.py" line="65" />
        <source>Person in charge</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/properties_dock.py" line="66" />
        <source>Minutes per case</source>
        <translation>所要時間（分／件）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/properties_dock.py" line="67" />
        <source>Cases per year</source>
        <translation>年間件数</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/properties_dock.py" line="68" />
        <source>Forms used</source>
        <translation>使用帳票</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/properties_dock.py" line="69" />
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/properties_dock.py" line="124" />
        <source>Step {no} {label}</source>
        <translation>手順 {no} {label}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/properties_dock.py" line="135" />
        <location filename="../../jcloud_desk/ui/docks/properties_dock.py" line="143" />
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/properties_dock.py" line="187" />
        <source>Edit step: {step}</source>
        <translation>手順の編集: {step}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../jcloud_desk/ui/read_only_banner.py" line="23" />
        <source>Save As...</source>
        <translation>名前を付けて保存...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/read_only_banner.py" line="35" />
        <source>This file is read-only: changes cannot be saved to it. To edit, save a copy with Save As.</source>
        <translation>このファイルは読み取り専用のため、変更を保存できません。編集するには「名前を付けて保存」でコピーを作ってください。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/read_only_banner.py" line="37" />
        <source>Opened read-only: changes are not saved. To edit, save a copy with Save As.</source>
        <translation>読み取り専用で開いています。変更は保存されません。編集するには「名前を付けて保存」でコピーを作ってください。</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../jcloud_desk/ui/models/requests_model.py" line="90" />
        <source>Item ID</source>
        <extracomment>Editable column → CustomizationRequest field. Tint of the cells one can type into.</extracomment>
        <translation>機能ID</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/requests_model.py" line="90" />
        <source>Item</source>
        <translation>機能</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/requests_model.py" line="90" />
        <source>Requested by</source>
        <translation>要望団体</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/requests_model.py" line="90" />
        <source>Effort (person-days)</source>
        <translation>工数（人日）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/requests_model.py" line="91" />
        <source>Cost (yen)</source>
        <translation>費用（円）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/requests_model.py" line="109" />
        <source>{cost} yen / {days} person-days</source>
        <translation>{cost}円／{days}人日</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/requests_model.py" line="116" />
        <source>No estimate registered</source>
        <translation>見積未登録</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/requests_model.py" line="118" />
        <source>Double-click to enter the estimate; the apportioned shares follow</source>
        <translation>ダブルクリックで見積を入力（按分も更新されます）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/requests_model.py" line="121" />
        <source>Avoidable: {names} already work the standard way</source>
        <translation>不要にできる要望：{names}は標準どおりに運用済み</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/models/requests_model.py" line="167" />
        <source>Edit estimate</source>
        <translation>見積の変更</translation>
    </message>
</context>
<context>
    <name>ReviewDock</name>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="81" />
        <source>Re-check after revision</source>
        <extracomment>The share of the window's height the dock takes when revealed (from the dashboard or the menu).</extracomment>
        <translation>要再確認（改定）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="96" />
        <source>Process</source>
        <translation>業務フロー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="96" />
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="96" />
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="96" />
        <source>Old ID</source>
        <translation>旧機能ID</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="97" />
        <source>New ID</source>
        <translation>新機能ID</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="97" />
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="125" />
        <source>Previous (P)</source>
        <translation>前へ (P)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="126" />
        <source>Next (N)</source>
        <translation>次へ (N)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="127" />
        <source>Keep verdict (K)</source>
        <translation>判定を維持 (K)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="133" />
        <source>Change verdict (C)</source>
        <translation>判定を変更 (C)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="223" />
        <source>(removed)</source>
        <translation>（削除）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="236" />
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="236" />
        <source>class</source>
        <translation>実装区分</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="237" />
        <source>class by municipality type</source>
        <translation>団体区分による実装区分</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="238" />
        <source>text</source>
        <translation>要件文</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="238" />
        <source>title</source>
        <translation>機能名称</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="251" />
        <source>Move link to {code} (M)</source>
        <translation>{code} へ紐付けを移す (M)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="253" />
        <source>Nothing to re-check: every link was judged against the current version of its function list.</source>
        <translation>要再確認はありません。すべての紐付けが機能一覧の最新の版で判定されています。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="262" />
        <source>&lt;b&gt;{n} links to re-check&lt;/b&gt; after a function list revision — {i} / {n}. K keeps the verdict, C changes it, N / P go to the next / previous.</source>
        <translation>&lt;b&gt;機能一覧の改定で再確認が必要な紐付け {n} 件&lt;/b&gt; — {i} / {n}。K で判定を維持、C で変更、N / P で次・前へ。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="268" />
        <source>Step 「{step}」: verdict &lt;b&gt;{verdict}&lt;/b&gt;{reason}</source>
        <translation>手順「{step}」: 判定 &lt;b&gt;{verdict}&lt;/b&gt;{reason}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="270" />
        <source> — changed: &lt;b&gt;{changes}&lt;/b&gt;</source>
        <translation> — 変更: &lt;b&gt;{changes}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="275" />
        <source>Judged against</source>
        <translation>判定時の版</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="277" />
        <source>&lt;b&gt;Removed&lt;/b&gt; in the new version</source>
        <translation>新しい版では&lt;b&gt;削除&lt;/b&gt;されました</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="281" />
        <source>Now</source>
        <translation>現在の版</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="325" />
        <source>Keep verdict after revision</source>
        <translation>改定後も判定を維持</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="335" />
        <source>Change verdict after revision</source>
        <translation>改定に合わせて判定を変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/review_dock.py" line="344" />
        <source>Move link to the new version</source>
        <translation>紐付けを新しい版へ移す</translation>
    </message>
</context>
<context>
    <name>RevisionPairsDialog</name>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/revision_pairs_dialog.py" line="43" />
        <source>Confirm renumbered functions</source>
        <translation>機能IDが変わった機能の確認</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/revision_pairs_dialog.py" line="50" />
        <source>{sure} functions were paired by function ID or legacy ID. These {n} have a new ID and were paired by similar wording: accept (A) the pairs that are the same function, reject (R) the others. Links on a rejected old function stay on the old version and go on the re-check list.</source>
        <translation>{sure} 件の機能は機能ID・旧機能IDで対応付けました。次の {n} 件は機能IDが変わっており、名称と要件文が似ているので対応の候補です。同じ機能なら採用 (A)、違えば不採用 (R) にしてください。不採用の旧機能への紐付けは旧版に残り、要再確認に入ります。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/revision_pairs_dialog.py" line="58" />
        <source>Pair</source>
        <translation>対応</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/revision_pairs_dialog.py" line="58" />
        <source>Old ID</source>
        <translation>旧機能ID</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/revision_pairs_dialog.py" line="58" />
        <source>Old name</source>
        <translation>旧機能名称</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/revision_pairs_dialog.py" line="59" />
        <source>New ID</source>
        <translation>新機能ID</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/revision_pairs_dialog.py" line="59" />
        <source>New name</source>
        <translation>新機能名称</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/revision_pairs_dialog.py" line="59" />
        <source>Similarity</source>
        <translation>類似度</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/revision_pairs_dialog.py" line="80" />
        <source>Accept pair (A)</source>
        <translation>採用 (A)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/revision_pairs_dialog.py" line="81" />
        <source>Reject pair (R)</source>
        <translation>不採用 (R)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/revision_pairs_dialog.py" line="92" />
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/revision_pairs_dialog.py" line="117" />
        <source>accepted</source>
        <translation>採用</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/revision_pairs_dialog.py" line="117" />
        <source>rejected</source>
        <translation>不採用</translation>
    </message>
</context>
<context>
    <name>RuleSettingsDialog</name>
    <message>
        <location filename="../../jcloud_desk/ui/docks/checks_dock.py" line="42" />
        <source>Check rules</source>
        <translation>チェックのルール</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/settings_dialog.py" line="33" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/settings_dialog.py" line="41" />
        <source>Your name (for the change history)</source>
        <translation>お名前（変更履歴に記録されます）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/settings_dialog.py" line="42" />
        <source>Language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/settings_dialog.py" line="43" />
        <source>A language change takes effect the next time the app starts.</source>
        <translation>言語の変更は次回の起動時に反映されます。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/settings_dialog.py" line="46" />
        <source>Suggestions learn from the links I make and remove (in every project)</source>
        <translation>紐付けの追加・削除から提案を学習する（すべてのプロジェクトで）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/settings_dialog.py" line="54" />
        <source>Learned links</source>
        <translation>学習した紐付け</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/settings_dialog.py" line="69" />
        <source>Forget learned links (%1)</source>
        <translation>学習した紐付けを消去（%1 件）</translation>
    </message>
</context>
<context>
    <name>SheetColumnsPanel</name>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_columns.py" line="58" />
        <source>hierarchy columns, comma separated (大分類, 中分類 ...)</source>
        <extracomment>the user changed a column (not emitted while ``set_headers`` fills the combos)</extracomment>
        <translation>分類の列をカンマ区切りで（大分類, 中分類 ...）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_columns.py" line="61" />
        <source>Chapter / hierarchy</source>
        <translation>分類（章・節）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/catalog_import_columns.py" line="80" />
        <source>(not used)</source>
        <translation>（使わない）</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/shortcuts_dialog.py" line="24" />
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/shortcuts_dialog.py" line="30" />
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/shortcuts_dialog.py" line="30" />
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>StatusPart</name>
    <message>
        <location filename="../../jcloud_desk/ui/window/status.py" line="53" />
        <source>Not saved</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/status.py" line="64" />
        <source> [read-only]</source>
        <translation> [読み取り専用]</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/status.py" line="66" />
        <source> [NOT SAVED]</source>
        <translation> [未保存]</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/status.py" line="78" />
        <source>Processes {p}  |  Steps {s} (tasks judged: {t})  |  Links {l}  |  Not assessed {u}  |  Gaps {g}</source>
        <translation>業務フロー {p}  |  手順 {s}（うち判定対象の作業 {t}）  |  機能紐付け {l}  |  未判定 {u}  |  ギャップ {g}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/status.py" line="83" />
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/status.py" line="85" />
        <source>NOT SAVED — use Save As</source>
        <translation>未保存 — 「名前を付けて保存」してください</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/status.py" line="87" />
        <source>Saved automatically</source>
        <translation>自動保存済み</translation>
    </message>
</context>
<context>
    <name>StepDrag</name>
    <message>
        <location filename="../../jcloud_desk/ui/scene/interactions/step_drag.py" line="43" />
        <source>Move</source>
        <translation>移動</translation>
    </message>
</context>
<context>
    <name>StructureController</name>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="57" />
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="64" />
        <source>New process</source>
        <translation>新しい業務フロー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="57" />
        <source>Name of the process (e.g. 転出届):</source>
        <translation>業務フローの名前（例: 転出届）:</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="60" />
        <source>Resident / applicant</source>
        <translation>住民・申請者</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="60" />
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="60" />
        <source>Section in charge</source>
        <translation>担当課</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="61" />
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="62" />
        <source>Reception</source>
        <translation>受付</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="62" />
        <source>Examination</source>
        <translation>審査</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="62" />
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="62" />
        <source>Issue</source>
        <translation>交付</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="75" />
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="78" />
        <source>Rename process</source>
        <translation>業務フロー名の変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="75" />
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="200" />
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="283" />
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="88" />
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="93" />
        <source>Duplicate as To-Be</source>
        <translation>To-Be として複製</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="88" />
        <source>Name of the To-Be process:</source>
        <translation>To-Be の業務フロー名:</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="89" />
        <source>{name} (To-Be)</source>
        <translation>{name}（To-Be）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="104" />
        <source>Copy for another municipality</source>
        <translation>他団体用にコピー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="107" />
        <source>Only an As-Is process can be copied for another municipality.</source>
        <translation>他団体用にコピーできるのは As-Is の業務フローだけです。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="111" />
        <source>Municipality of the copy of "{name}":</source>
        <translation>「{name}」のコピーの団体：</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="128" />
        <source>Process settings</source>
        <translation>業務フローの設定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="137" />
        <source>Edit municipalities</source>
        <translation>団体の変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="146" />
        <source>Edit project settings</source>
        <translation>プロジェクトの設定変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="170" />
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="175" />
        <source>Delete process</source>
        <translation>業務フローの削除</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="171" />
        <source>Delete "{name}" with its {count} steps and their Fit&amp;Gap records? (Undo restores it.)</source>
        <translation>「{name}」を手順 {count} 件と Fit&amp;Gap の記録ごと削除しますか？（元に戻すで復元できます）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="184" />
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="191" />
        <source>Add lane</source>
        <translation>部署の追加</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="184" />
        <source>Department / actor of the new lane:</source>
        <translation>新しいレーンの部署・担当:</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="200" />
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="203" />
        <source>Rename lane</source>
        <translation>部署名の変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="216" />
        <source>Mark "{name}" as an external organisation</source>
        <translation>「{name}」を外部の組織にする</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="217" />
        <source>Mark "{name}" as part of the office</source>
        <translation>「{name}」を庁内の部署に戻す</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="244" />
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="257" />
        <source>Delete lane</source>
        <translation>部署の削除</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="245" />
        <source>The lane "{name}" holds {count} steps. What should happen to them?</source>
        <translation>部署「{name}」には手順が {count} 件あります。これらの手順をどうしますか？</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="247" />
        <source>Move them to "{name}"</source>
        <translation>「{name}」へ移す</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="249" />
        <source>Delete them too</source>
        <translation>手順も削除する</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="266" />
        <source>Add phase</source>
        <translation>工程の追加</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="266" />
        <source>Name of the new phase:</source>
        <translation>新しい工程の名前:</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="273" />
        <source>Add phase: {name}</source>
        <translation>工程の追加: {name}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="283" />
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="286" />
        <source>Rename phase</source>
        <translation>工程名の変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="309" />
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="314" />
        <source>Delete phase</source>
        <translation>工程の削除</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/structure_controller.py" line="310" />
        <source>Delete the phase "{name}"? Its {count} steps stay in their lanes without a phase.</source>
        <translation>工程「{name}」を削除しますか？ この工程の手順 {count} 件は部署に残り、工程なしになります。</translation>
    </message>
</context>
<context>
    <name>SuggestionActions</name>
    <message>
        <location filename="../../jcloud_desk/ui/window/suggestions.py" line="87" />
        <source>Pre-fill links</source>
        <translation>紐付けの事前入力</translation>
    </message>
</context>
<context>
    <name>ThesaurusDialog</name>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/thesaurus_dialog.py" line="54" />
        <location filename="../../jcloud_desk/ui/dialogs/thesaurus_dialog.py" line="183" />
        <source>Thesaurus for suggestions</source>
        <translation>提案用の類義語辞書</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/thesaurus_dialog.py" line="58" />
        <source>Words staff use and the catalogue's own terms. A step's wording is read with these replacements before suggestions are ranked (several canonical words: separate them with spaces).</source>
        <translation>職員が使う言葉と機能一覧の用語の対応です。提案の順位付けの前に、手順の文言をこの置き換えで読みます（置き換え先が複数のときは空白で区切ります）。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/thesaurus_dialog.py" line="71" />
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/thesaurus_dialog.py" line="71" />
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/thesaurus_dialog.py" line="72" />
        <source>Import CSV...</source>
        <translation>CSV を取り込む...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/thesaurus_dialog.py" line="72" />
        <source>Export CSV...</source>
        <translation>CSV に書き出す...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/thesaurus_dialog.py" line="79" />
        <source>Your entries</source>
        <translation>自分の登録</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/thesaurus_dialog.py" line="86" />
        <source>Copy to mine</source>
        <translation>自分の登録にコピー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/thesaurus_dialog.py" line="89" />
        <source>Bundled (%1)</source>
        <translation>同梱（%1 件）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/thesaurus_dialog.py" line="100" />
        <source>Term</source>
        <translation>言葉</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/thesaurus_dialog.py" line="100" />
        <source>Canonical words</source>
        <translation>機能一覧の用語</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/thesaurus_dialog.py" line="100" />
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/thesaurus_dialog.py" line="101" />
        <source>Note</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/thesaurus_dialog.py" line="159" />
        <location filename="../../jcloud_desk/ui/dialogs/thesaurus_dialog.py" line="166" />
        <source>Import thesaurus</source>
        <translation>類義語辞書の取り込み</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/thesaurus_dialog.py" line="160" />
        <location filename="../../jcloud_desk/ui/dialogs/thesaurus_dialog.py" line="170" />
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/thesaurus_dialog.py" line="169" />
        <location filename="../../jcloud_desk/ui/dialogs/thesaurus_dialog.py" line="176" />
        <source>Export thesaurus</source>
        <translation>類義語辞書の書き出し</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="37" />
        <source>Written: {path}</source>
        <translation>書き出しました: {path}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="43" />
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="43" />
        <source>The project is open read-only.</source>
        <translation>プロジェクトは読み取り専用で開いています。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="72" />
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="117" />
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="120" />
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="129" />
        <source>Cannot import</source>
        <translation>取り込めません</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="74" />
        <source>Import function list</source>
        <translation>機能一覧の取り込み</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="75" />
        <source>{n} items imported.</source>
        <translation>{n} 件の機能を取り込みました。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="78" />
        <source>Function list imported</source>
        <translation>機能一覧を取り込みました</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="108" />
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="132" />
        <source>Import flow</source>
        <translation>業務フローの取り込み</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="109" />
        <source>Flows (*.bpmn *.xml *.csv *.xlsx *.md *.mmd);;All files (*)</source>
        <translation>業務フロー (*.bpmn *.xml *.csv *.xlsx *.md *.mmd);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="120" />
        <source>The file holds no flow.</source>
        <translation>ファイルに業務フローがありません。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="134" />
        <source>Imported: {names}</source>
        <translation>取り込みました: {names}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="137" />
        <source>Flow imported</source>
        <translation>業務フローを取り込みました</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="156" />
        <source>PDF with the requirement texts as an appendix (*.pdf)</source>
        <translation>PDF・未参照の実装必須機能の要件本文を付録に (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="158" />
        <source>Export report</source>
        <translation>レポートの書き出し</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="159" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="159" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="240" />
        <source>Excel (*.xlsx);;PDF (*.pdf)</source>
        <translation>Excel (*.xlsx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="173" />
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="203" />
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="226" />
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="249" />
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="266" />
        <source>Cannot export</source>
        <translation>書き出せません</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="187" />
        <source>Export diagram</source>
        <translation>図の書き出し</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="188" />
        <source>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="192" />
        <source>Image resolution</source>
        <translation>画像の解像度</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="193" />
        <source>DPI (300 or more for posters):</source>
        <translation>解像度 DPI（掲示用は 300 以上）:</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="219" />
        <source>Export BPMN</source>
        <translation>BPMN の書き出し</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="220" />
        <source>BPMN 2.0 (*.bpmn)</source>
        <translation>BPMN 2.0 (*.bpmn)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="239" />
        <source>Export minutes</source>
        <translation>議事録の書き出し</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="259" />
        <source>Export JSON</source>
        <translation>JSON の書き出し</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/transfer.py" line="260" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>VendorChoice</name>
    <message>
        <location filename="../../jcloud_desk/ui/vendor_choice.py" line="26" />
        <source>Not chosen: the vendor with the most answers ({vendor})</source>
        <translation>未選択: 回答数の最も多いベンダー（{vendor}）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/vendor_choice.py" line="27" />
        <source>Not chosen (no vendor answers imported)</source>
        <translation>未選択（ベンダー回答の取込なし）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/vendor_choice.py" line="53" />
        <source>{vendor} (most answers; no vendor chosen)</source>
        <translation>{vendor}（未選択: 回答数の最も多いベンダー）</translation>
    </message>
</context>
<context>
    <name>VendorDock</name>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="55" />
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="180" />
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="187" />
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="192" />
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="203" />
        <source>Vendor answers</source>
        <translation>ベンダー回答</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="61" />
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="69" />
        <source>Go-live date</source>
        <translation>稼働開始日</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="78" />
        <source>Import answers...</source>
        <translation>回答を取り込む...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="80" />
        <source>Export sheet for the vendor...</source>
        <translation>ベンダー向けシートを書き出す...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="82" />
        <source>Import filled-in sheet...</source>
        <translation>記入済みシートを取り込む...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="92" />
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="92" />
        <source>Item ID</source>
        <translation>機能ID</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="92" />
        <source>Item name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="93" />
        <source>Class</source>
        <translation>実装区分</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="93" />
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="93" />
        <source>Planned date</source>
        <translation>提供予定日</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="94" />
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="94" />
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="120" />
        <source>Choose vendor</source>
        <translation>ベンダーの選択</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="157" />
        <source>{vendor}: {answers} answers; mandatory answered ×: {missing}; after go-live: {late}; linked items without an answer: {unanswered}</source>
        <translation>{vendor}: 回答 {answers} 件／実装必須で×: {missing} 件／稼働後に提供: {late} 件／紐付いた未回答: {unanswered} 件</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="159" />
        <source>no vendor</source>
        <translation>ベンダーなし</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="171" />
        <source>Set go-live date</source>
        <translation>稼働開始日を設定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="181" />
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation>表（*.xlsx *.csv）;;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="187" />
        <source>Catalogue answered</source>
        <translation>回答の対象の機能一覧</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="192" />
        <source>Vendor name</source>
        <translation>ベンダー名</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="199" />
        <source>Cannot import vendor answers</source>
        <translation>ベンダー回答を取り込めません</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="202" />
        <source>Import vendor answers</source>
        <translation>ベンダー回答を取り込む</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="211" />
        <source>Sheet for the vendor</source>
        <translation>ベンダー向けシート</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="223" />
        <source>Filled-in vendor sheet</source>
        <translation>記入済みのベンダー回答シート</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="231" />
        <source>Cannot read the vendor sheet</source>
        <translation>ベンダー回答シートを読めません</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/vendor_dock.py" line="235" />
        <source>Import vendor sheet</source>
        <translation>ベンダー回答シートを取り込む</translation>
    </message>
</context>
<context>
    <name>VendorSheetDialog</name>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/vendor_sheet_dialog.py" line="27" />
        <source>Vendor answers: changes to apply</source>
        <translation>ベンダー回答: 適用する変更</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/vendor_sheet_dialog.py" line="31" />
        <source>Vendor {vendor}: {changes} changes, {unchanged} unchanged, {unanswered} rows without an answer, {problems} rows not applied</source>
        <translation>ベンダー {vendor}: 変更 {changes} 件、変更なし {unchanged} 件、未回答の行 {unanswered} 件、取り込まない行 {problems} 件</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/vendor_sheet_dialog.py" line="39" />
        <source>Item ID</source>
        <translation>機能ID</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/vendor_sheet_dialog.py" line="39" />
        <source>Item name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/vendor_sheet_dialog.py" line="39" />
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/vendor_sheet_dialog.py" line="40" />
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/vendor_sheet_dialog.py" line="40" />
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/vendor_sheet_dialog.py" line="47" />
        <source>Rows that will not be applied:</source>
        <translation>取り込まない行:</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/vendor_sheet_dialog.py" line="51" />
        <source>Row {row}: {message}</source>
        <translation>{row}行目: {message}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/vendor_sheet_dialog.py" line="56" />
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/vendor_sheet_dialog.py" line="64" />
        <source>(no answer)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/dialogs/vendor_sheet_dialog.py" line="67" />
        <source>from {date}</source>
        <translation>{date} 提供予定</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="66" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="68" />
        <source>&amp;New project...</source>
        <translation>新規プロジェクト(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="70" />
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="71" />
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="74" />
        <source>Save &amp;as...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="76" />
        <source>Save a copy for a m&amp;unicipality...</source>
        <translation>団体用のコピーを保存(&amp;U)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="78" />
        <source>&amp;Merge another project file...</source>
        <translation>別のプロジェクトファイルを統合(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="82" />
        <source>&amp;Import</source>
        <translation>取り込み(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="85" />
        <source>Function list (CSV / Excel)...</source>
        <translation>機能一覧（CSV / Excel）...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="89" />
        <source>Flow (BPMN / step list / Mermaid)...</source>
        <translation>業務フロー（BPMN / 手順一覧 / Mermaid）...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="91" />
        <source>E&amp;xport</source>
        <translation>書き出し(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="94" />
        <source>Fit&amp;&amp;Gap report (Excel / PDF)...</source>
        <translation>Fit&amp;&amp;Gap レポート（Excel / PDF）...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="98" />
        <source>Diagram image (PNG / SVG / PDF)...</source>
        <translation>図の画像（PNG / SVG / PDF）...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="102" />
        <source>Workshop minutes (Excel / PDF)...</source>
        <translation>ワークショップ議事録（Excel / PDF）...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="105" />
        <source>BPMN 2.0...</source>
        <translation>BPMN 2.0...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="106" />
        <source>Project as JSON...</source>
        <translation>プロジェクト全体（JSON）...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="109" />
        <source>&amp;Print preview...</source>
        <translation>印刷プレビュー(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="111" />
        <source>Se&amp;ttings...</source>
        <translation>設定(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="113" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="115" />
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="116" />
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="118" />
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="127" />
        <source>&amp;Find step...</source>
        <translation>手順を検索(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="130" />
        <source>&amp;Step</source>
        <translation>手順(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="133" />
        <source>&amp;Process</source>
        <translation>業務フロー(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="135" />
        <source>&amp;New process...</source>
        <translation>新しい業務フロー(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="137" />
        <source>&amp;Rename process...</source>
        <translation>業務フロー名の変更(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="140" />
        <source>&amp;Duplicate as To-Be...</source>
        <translation>To-Be として複製(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="142" />
        <source>Copy this As-Is for another m&amp;unicipality...</source>
        <translation>この As-Is を他団体用にコピー(&amp;U)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="144" />
        <source>&amp;Compare with As-Is...</source>
        <translation>As-Is と比較(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="147" />
        <source>Process &amp;settings...</source>
        <translation>業務フローの設定(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="150" />
        <source>De&amp;lete process...</source>
        <translation>業務フローを削除(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="153" />
        <source>&amp;Municipalities of the group...</source>
        <translation>団体の管理(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="155" />
        <source>Pro&amp;ject settings (municipality type)...</source>
        <translation>プロジェクトの設定（団体区分）(&amp;J)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="159" />
        <source>Pre-&amp;fill links...</source>
        <translation>紐付けの事前入力(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="160" />
        <source>&amp;Thesaurus for suggestions...</source>
        <translation>提案用の類義語辞書(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="163" />
        <source>&amp;Auto-layout</source>
        <translation>自動レイアウト(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="165" />
        <source>Add &amp;lane...</source>
        <translation>部署（レーン）を追加(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="166" />
        <source>Add &amp;phase...</source>
        <translation>工程を追加(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="168" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="169" />
        <source>&amp;Fit all</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="170" />
        <source>&amp;Actual size (100%)</source>
        <translation>実寸（100%）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="171" />
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="173" />
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="175" />
        <source>&amp;Verdict colours</source>
        <translation>判定の色分け(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="181" />
        <source>Presentation keys</source>
        <translation>プレゼンテーション用キー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="188" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="189" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット一覧(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="190" />
        <source>&amp;About jcloud_desk</source>
        <translation>jcloud_desk について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="219" />
        <source>Rename lane...</source>
        <translation>部署名の変更...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="220" />
        <source>Add lane above...</source>
        <translation>上に部署を追加...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="221" />
        <source>Add lane below...</source>
        <translation>下に部署を追加...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="222" />
        <source>Move lane up</source>
        <translation>部署を上へ移動</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="223" />
        <source>Move lane down</source>
        <translation>部署を下へ移動</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="224" />
        <source>External organisation (own pool, message flows)</source>
        <translation>外部の組織（別プール・メッセージフロー）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="227" />
        <source>An organisation outside the office (another municipality, J-LIS): flows to and from it become message flows, and its steps need no start or end</source>
        <translation>庁外の組織（他の市区町村、J-LIS など）: この部署との流れはメッセージフローになり、その手順には開始・終了が要りません</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="232" />
        <source>Delete lane...</source>
        <translation>部署を削除...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="234" />
        <source>Rename phase...</source>
        <translation>工程名の変更...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="235" />
        <source>Add phase left...</source>
        <translation>左に工程を追加...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="236" />
        <source>Add phase right...</source>
        <translation>右に工程を追加...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="237" />
        <source>Move phase left</source>
        <translation>工程を左へ移動</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="238" />
        <source>Move phase right</source>
        <translation>工程を右へ移動</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="240" />
        <source>Delete phase...</source>
        <translation>工程を削除...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="251" />
        <source>New process...</source>
        <translation>新しい業務フロー...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="253" />
        <source>Rename process...</source>
        <translation>業務フロー名の変更...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="254" />
        <source>Duplicate as To-Be...</source>
        <translation>To-Be として複製...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="258" />
        <source>Copy this As-Is for another municipality...</source>
        <translation>この As-Is を他団体用にコピー...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="260" />
        <source>Process settings...</source>
        <translation>業務フローの設定...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="262" />
        <source>Delete process...</source>
        <translation>業務フローを削除...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/window/menus.py" line="264" />
        <source>Municipalities of the group...</source>
        <translation>団体の管理...</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../jcloud_desk/ui/app.py" line="184" />
        <source>Opening {name}...</source>
        <translation>{name} を開いています...</translation>
    </message>
</context>
</TS>