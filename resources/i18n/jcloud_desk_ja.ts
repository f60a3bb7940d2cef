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
    <name>ErrorText</name>
    <message>
        <location filename="../../jcloud_desk/ui/error_text.py" line="23" />
        <source>The file was not found:
{path}</source>
        <translation>ファイルが見つかりません:
{path}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/error_text.py" line="25" />
        <source>A file with this name already exists and was not overwritten:
{path}</source>
        <translation>同じ名前のファイルが既にあるため、上書きしませんでした:
{path}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/error_text.py" line="27" />
        <source>This is not a jcloud_desk project file ({detail}):
{path}</source>
        <translation>jcloud_desk のプロジェクトファイルではありません（{detail}）:
{path}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/error_text.py" line="29" />
        <source>The project file is damaged and was left unchanged. Open a backup copy or ask the sender for the file again.
{path}
({detail})</source>
        <translation>プロジェクトファイルが壊れています。ファイルは変更していません。バックアップを開くか、送り主にファイルをもう一度依頼してください。
{path}
（{detail}）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/error_text.py" line="35" />
        <source>This file was made by a newer version of jcloud_desk. Please update the app.
{path}</source>
        <translation>このファイルは新しいバージョンの jcloud_desk で作成されています。アプリを更新してください。
{path}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/error_text.py" line="39" />
        <source>This project is being edited in another jcloud_desk window ({holder}). You can open it read-only.
{path}</source>
        <translation>このプロジェクトは別の jcloud_desk で編集中です（{holder}）。読み取り専用で開くことはできます。
{path}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/error_text.py" line="44" />
        <source>The project could not be saved ({detail}). Your work is still in memory: use "Save As" to save it to another place.
{path}</source>
        <translation>プロジェクトを保存できませんでした（{detail}）。作業内容はメモリ上に残っています。「名前を付けて保存」で別の場所に保存してください。
{path}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/error_text.py" line="49" />
        <source>The project file could not be used ({detail}):
{path}</source>
        <translation>プロジェクトファイルを使用できませんでした（{detail}）:
{path}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="17" />
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="18" />
        <source>Manual task</source>
        <translation>手作業</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="19" />
        <source>System task</source>
        <translation>システム処理</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="20" />
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="21" />
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="22" />
        <source>Decision</source>
        <translation>分岐（判断）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="23" />
        <source>Parallel</source>
        <translation>並行分岐</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="24" />
        <source>Intermediate event</source>
        <translation>中間イベント</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="25" />
        <source>Form / document</source>
        <translation>帳票・書類</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="26" />
        <source>Data store</source>
        <translation>データストア</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="27" />
        <source>Annotation</source>
        <translation>注釈</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="28" />
        <source>Sub-process</source>
        <translation>サブプロセス</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="35" />
        <source>As-Is</source>
        <translation>現行（As-Is）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="36" />
        <source>To-Be</source>
        <translation>見直し後（To-Be）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="37" />
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="44" />
        <source>Fit</source>
        <translation>適合</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="45" />
        <source>Fit by configuration</source>
        <translation>設定で対応</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="46" />
        <source>Fit with standard option</source>
        <translation>標準オプションで対応</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="47" />
        <source>Partial fit</source>
        <translation>一部適合</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="48" />
        <source>Gap</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="49" />
        <source>Out of scope</source>
        <translation>対象外</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="50" />
        <source>Not assessed</source>
        <translation>未判定</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="57" />
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="58" />
        <source>Change the work</source>
        <translation>業務見直し</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="59" />
        <source>Operational workaround</source>
        <translation>運用で回避</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="60" />
        <source>Forms / EUC</source>
        <translation>帳票・EUCで対応</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="61" />
        <source>Other system</source>
        <translation>他システム</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="62" />
        <source>Request spec revision</source>
        <translation>改定要望</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="63" />
        <source>Customization</source>
        <translation>カスタマイズ</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="64" />
        <source>On hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="71" />
        <source>Proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="72" />
        <source>Agreed</source>
        <translation>合意</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="73" />
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="74" />
        <source>Deferred</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="81" />
        <source>Mandatory</source>
        <translation>実装必須</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="82" />
        <source>Standard option</source>
        <translation>標準オプション</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="83" />
        <source>Not to be implemented</source>
        <translation>実装不可</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/labels.py" line="84" />
        <source>Unspecified</source>
        <translation>区分なし</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="49" />
        <source>Open or create a project (File menu).</source>
        <translation>「ファイル」メニューからプロジェクトを開くか、新規作成してください。</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="67" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="69" />
        <source>&amp;New project...</source>
        <translation>新規プロジェクト(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="71" />
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="72" />
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="74" />
        <source>Save &amp;as...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="77" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="79" />
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="80" />
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="82" />
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="87" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="88" />
        <source>&amp;Fit all</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="89" />
        <source>&amp;Actual size (100%)</source>
        <translation>実寸（100%）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="90" />
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="92" />
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="94" />
        <source>&amp;Verdict colours</source>
        <translation>判定の色分け(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="100" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="101" />
        <source>&amp;About jcloud_desk</source>
        <translation>jcloud_desk について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="109" />
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="118" />
        <source>Project in use</source>
        <translation>プロジェクトは使用中です</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="119" />
        <source>Open read-only?</source>
        <translation>読み取り専用で開きますか？</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="125" />
        <source>Cannot open project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="200" />
        <source>Create project file</source>
        <translation>プロジェクトファイルの作成</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="201" />
        <location filename="../../jcloud_desk/ui/main_window.py" line="228" />
        <source>jcloud_desk project (*.jcdesk)</source>
        <translation>jcloud_desk プロジェクト (*.jcdesk)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="211" />
        <source>Cannot create project</source>
        <translation>プロジェクトを作成できません</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="218" />
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="218" />
        <source>jcloud_desk project (*.jcdesk);;All files (*)</source>
        <translation>jcloud_desk プロジェクト (*.jcdesk);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="227" />
        <source>Save project as</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="234" />
        <source>Cannot save project</source>
        <translation>プロジェクトを保存できません</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="272" />
        <source>Not saved</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="282" />
        <source> [read-only]</source>
        <translation> [読み取り専用]</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="284" />
        <source> [NOT SAVED]</source>
        <translation> [未保存]</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="294" />
        <source>Processes {p}  |  Steps {s}  |  Links {l}  |  Not assessed {u}  |  Gaps {g}</source>
        <translation>業務フロー {p}  |  手順 {s}  |  機能紐付け {l}  |  未判定 {u}  |  ギャップ {g}</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="299" />
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="301" />
        <source>NOT SAVED — use Save As</source>
        <translation>未保存 — 「名前を付けて保存」してください</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/main_window.py" line="303" />
        <source>Saved automatically</source>
        <translation>自動保存済み</translation>
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
    <name>ProcessListDock</name>
    <message>
        <location filename="../../jcloud_desk/ui/docks/process_list_dock.py" line="20" />
        <source>Processes</source>
        <translation>業務フロー</translation>
    </message>
    <message>
        <location filename="../../jcloud_desk/ui/docks/process_list_dock.py" line="32" />
        <source>{name}  [{kind}]  {count} steps</source>
        <translation>{name}  [{kind}]  手順 {count}</translation>
    </message>
</context>
<context>
    <name>ProcessScene</name>
    <message>
        <location filename="../../jcloud_desk/ui/scene/process_scene.py" line="158" />
        <source>Move</source>
        <translation>移動</translation>
    </message>
</context>
</TS>