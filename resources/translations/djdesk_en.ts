<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>新建账号</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>第一个账号必须是管理员。</source>
        <translation>The first account must be an administrator.</translation>
    </message>
    <message>
        <source>重置密码：{0}</source>
        <translation>Reset password: {0}</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>两次输入的密码不一样。</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation>Repeat password</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>上次登录</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>修改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>“{0}”的角色：</source>
        <translation>Role of &quot;{0}&quot;:</translation>
    </message>
    <message>
        <source>关闭登录</source>
        <translation>Turn off login</translation>
    </message>
    <message>
        <source>已开启登录</source>
        <translation>Login turned on</translation>
    </message>
    <message>
        <source>已开启登录。请现在用管理员账号登录，以后每次启动都需要登录。</source>
        <translation>Login is now on. Please log in with an administrator account now; every start will ask for a login from now on.</translation>
    </message>
    <message>
        <source>账户管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>启动时要求登录（用户名和密码）</source>
        <translation>Require a login at start (user name and password)</translation>
    </message>
    <message>
        <source>新建账号…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <source>修改角色…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>重置密码…</source>
        <translation>Reset password…</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>附件：{0}</source>
        <translation>Attachment: {0}</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1:.1f} KB&#x3000;{2}</source>
        <translation>{0}   {1:.1f} KB   {2}</translation>
    </message>
    <message>
        <source>原始大小</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>用系统程序打开</source>
        <translation>Open with system viewer</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>这个附件不是图片，请点“用系统程序打开”查看。</source>
        <translation>This attachment is not a picture: click “Open with system viewer” to see it.</translation>
    </message>
    <message>
        <source>图片已损坏，无法显示。</source>
        <translation>The picture is damaged and cannot be shown.</translation>
    </message>
    <message>
        <source>适应窗口</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <source>保存附件</source>
        <translation>Save attachment</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>出席情况</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not marked</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>修改内容</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>日期格式不对，请按 2026-01-31 的格式填写。</source>
        <translation>Wrong date format; please write dates like 2026-01-31.</translation>
    </message>
    <message>
        <source>已显示 {0} 条</source>
        <translation>{0} entries shown</translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>2026-01-01</source>
        <translation>2026-01-01</translation>
    </message>
    <message>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <source>2026-12-31</source>
        <translation>2026-12-31</translation>
    </message>
    <message>
        <source>搜索：姓名、账号或修改内容</source>
        <translation>Search: name, account or changed value</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>显示更早的记录</source>
        <translation>Show older entries</translation>
    </message>
</context>
<context>
    <name>ChecksDialog</name>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>检查结果：{0}</source>
        <translation>Check results: {0}</translation>
    </message>
    <message>
        <source>需处理</source>
        <translation>To fix</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{0} 及下级组织共有 {1} 条需处理的问题、{2} 条提示。这些是按党内法规做的提醒，请核实后处理，不影响数据保存。</source>
        <translation>{0} and the organisations below it have {1} problems to fix and {2} notes. These are reminders based on Party regulations: please verify and act on them; they do not stop you saving data.</translation>
    </message>
    <message>
        <source>{0} 及下级组织未发现问题。</source>
        <translation>No problems found in {0} and the organisations below it.</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>组织</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Check results</translation>
    </message>
</context>
<context>
    <name>Databases</name>
    <message>
        <source>正在生成演示数据，请稍候…</source>
        <translation>Generating demo data, please wait…</translation>
    </message>
    <message>
        <source>数据库正在被使用</source>
        <translation>Database in use</translation>
    </message>
    <message>
        <source>电脑：{0}
用户：{1}
开始时间：{2}</source>
        <translation>Computer: {0}
User: {1}
Since: {2}</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>另一个程序正在使用它。</source>
        <translation>Another program is using it.</translation>
    </message>
    <message>
        <source>数据库“{0}”已被另一个党建桌面打开：

{1}

同一时间只能有一个党建桌面修改它。可以以只读方式打开查看（不能保存修改）。</source>
        <translation>The database &quot;{0}&quot; is open in another djdesk:

{1}

Only one djdesk at a time can change it. You can open it read-only to look at it (changes cannot be saved).</translation>
    </message>
    <message>
        <source>以只读方式打开</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>强制解锁…</source>
        <translation>Force unlock…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>强制解锁</source>
        <translation>Force unlock</translation>
    </message>
    <message>
        <source>只有确认电脑“{0}”上没有人正在使用这个数据库（例如那台电脑已关机或死机）时，才可以强制解锁。如果两边同时修改，数据可能会丢失。

确定没有人在使用它吗？</source>
        <translation>Only force the unlock when you are sure nobody is using this database on the computer &quot;{0}&quot; (for example, that computer is switched off or has crashed). If both sides change it at the same time, data may be lost.

Are you sure nobody is using it?</translation>
    </message>
    <message>
        <source>锁已经变化（可能那边又打开了数据库），没有解除。</source>
        <translation>The lock has changed (the other side may have opened the database again); it was not removed.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>党建桌面</source>
        <translation>djdesk</translation>
    </message>
    <message>
        <source>未知位置</source>
        <translation>unknown location</translation>
    </message>
    <message>
        <source>{0} 第 {1} 行（{2}）</source>
        <translation>{0}, line {1} ({2})</translation>
    </message>
    <message>
        <source>程序内部出错，刚才的操作没有完成，已保存的数据不受影响。

出错的地方：{0}
错误类型：{1}

详细情况已记录在日志文件：
{2}
如问题反复出现，请把这个文件交给技术支持人员。</source>
        <translation>An internal error occurred. The last action was not completed; data already saved is not affected.

Where: {0}
Error type: {1}

Details were written to the log file:
{2}
If this keeps happening, please send that file to your support contact.</translation>
    </message>
    <message>
        <source>党建桌面 — 程序出错</source>
        <translation>djdesk — internal error</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>党建桌面数据库 (*.sqlite *.db)</source>
        <translation>djdesk databases (*.sqlite *.db)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>新建本村数据库</source>
        <translation>New village database</translation>
    </message>
    <message>
        <source>新建乡镇数据库</source>
        <translation>New township database</translation>
    </message>
    <message>
        <source>数据库保存位置</source>
        <translation>Where to save the database</translation>
    </message>
    <message>
        <source>请选择数据库保存位置</source>
        <translation>Please choose where to save the database</translation>
    </message>
    <message>
        <source>新建数据库</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>新建一个数据库，用来登记本单位的党组织和党员。演示数据不会带入新数据库。</source>
        <translation>Create a database for your own Party organisations and members. The demo data is not copied into it.</translation>
    </message>
    <message>
        <source>数据库类型</source>
        <translation>Database type</translation>
    </message>
    <message>
        <source>村（社区）党组织：登记本村党员</source>
        <translation>Village (community) Party organisation: records this village&apos;s members</translation>
    </message>
    <message>
        <source>乡镇党委：汇总全乡镇各村</source>
        <translation>Township Party committee: combines all villages of the township</translation>
    </message>
    <message>
        <source>乡镇党委名称</source>
        <translation>Township committee name</translation>
    </message>
    <message>
        <source>例：红星乡党委</source>
        <translation>e.g. 红星乡党委</translation>
    </message>
    <message>
        <source>乡镇组织代码</source>
        <translation>Township code</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>村（社区）名称</source>
        <translation>Village (community) name</translation>
    </message>
    <message>
        <source>例：李家村</source>
        <translation>e.g. 李家村</translation>
    </message>
    <message>
        <source>村组织代码</source>
        <translation>Village code</translation>
    </message>
    <message>
        <source>党支部名称</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <source>不填则为“村名+党支部”</source>
        <translation>default: village name + 党支部</translation>
    </message>
    <message>
        <source>保存位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>党籍变动记录：{0}</source>
        <translation>Membership history: {0}</translation>
    </message>
    <message>
        <source>{0}，当前状态：{1}，共 {2} 条记录</source>
        <translation>{0}, current status: {1}, {2} records</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>原状态</source>
        <translation>From status</translation>
    </message>
    <message>
        <source>新状态</source>
        <translation>To status</translation>
    </message>
    <message>
        <source>对方党组织</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <source>出党方式</source>
        <translation>Manner of leaving</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>修改内容</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>信息修改记录（共 {0} 条）</source>
        <translation>Changes to the record ({0} entries)</translation>
    </message>
    <message>
        <source>党籍变动记录</source>
        <translation>Membership history</translation>
    </message>
    <message>
        <source>信息修改记录</source>
        <translation>Changes to the record</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>开始导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <source>选择要导入的 Excel 表格</source>
        <translation>Choose the Excel spreadsheet to import</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx *.xlsm);;所有文件 (*)</source>
        <translation>Excel spreadsheets (*.xlsx *.xlsm);;All files (*)</translation>
    </message>
    <message>
        <source>请选择要导入的 Excel 文件</source>
        <translation>Please choose the Excel file to import</translation>
    </message>
    <message>
        <source>请选择要导入到的党支部</source>
        <translation>Please choose the Party branch to import into</translation>
    </message>
    <message>
        <source>正在读取表格…</source>
        <translation>Reading the spreadsheet…</translation>
    </message>
    <message>
        <source>（已识别：第 {0} 行是表头，数据从第 {1} 行开始）</source>
        <translation>(recognised: row {0} is the header, data starts at row {1})</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>前几行的内容</source>
        <translation>First rows</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>表头最多两行，且结束行不能在开始行之前</source>
        <translation>The header is at most two rows, and its last row cannot come before its first</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>正在检查全表…</source>
        <translation>Checking the whole sheet…</translation>
    </message>
    <message>
        <source>“{0}”工作表“{1}”：将新增 {2} 名、更新 {3} 名，无变化 {4} 名；跳过 {5} 行，待定 {6} 行。共 {7} 处错误、{8} 处提醒。</source>
        <translation>&quot;{0}&quot;, sheet &quot;{1}&quot;: {2} to add, {3} to update, {4} unchanged; {5} rows skipped, {6} to decide. {7} errors, {8} warnings.</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>待定</source>
        <translation>To decide</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>以下 {0} 行需要您决定（不选择则跳过）：</source>
        <translation>You need to decide about these {0} rows (skipped unless you choose):</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>作为新党员新增</source>
        <translation>Add as a new member</translation>
    </message>
    <message>
        <source>是同一人，更新库中记录</source>
        <translation>Same person: update the stored record</translation>
    </message>
    <message>
        <source>跳过本行</source>
        <translation>Skip this row</translation>
    </message>
    <message>
        <source>没有可导入的内容</source>
        <translation>Nothing to import</translation>
    </message>
    <message>
        <source>检查结果中没有要新增或更新的党员，没有写入任何数据。</source>
        <translation>The check found no members to add or update; nothing was written.</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>导入没有完成</source>
        <translation>Import not completed</translation>
    </message>
    <message>
        <source>已导入：新增 {0} 名，更新 {1} 名；无变化 {2} 名，跳过 {3} 行。</source>
        <translation>Imported: {0} added, {1} updated; {2} unchanged, {3} rows skipped.</translation>
    </message>
    <message>
        <source>导入前的数据已自动备份到：{0}</source>
        <translation>The data before the import was backed up to: {0}</translation>
    </message>
    <message>
        <source>从 Excel 导入党员</source>
        <translation>Import members from Excel</translation>
    </message>
    <message>
        <source>选择表格</source>
        <translation>Choose the spreadsheet</translation>
    </message>
    <message>
        <source>选择本村已有的党员名单（Excel 或 WPS 保存的 .xlsx 文件）和要导入到的党支部。</source>
        <translation>Choose the village&apos;s existing member list (an .xlsx file saved by Excel or WPS) and the Party branch to import into.</translation>
    </message>
    <message>
        <source>Excel 文件</source>
        <translation>Excel file</translation>
    </message>
    <message>
        <source>点“浏览…”选择 .xlsx 文件</source>
        <translation>Click &quot;Browse…&quot; to choose an .xlsx file</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>导入到党支部</source>
        <translation>Import into branch</translation>
    </message>
    <message>
        <source>表中写了“所在党支部”的党员导入到所写的支部，没写的导入到上面选择的支部。导入前会先检查全表、列出每一处问题，确认后才写入，写入前自动备份数据库。旧版 .xls 文件请先在 WPS 或 Excel 中另存为 .xlsx。</source>
        <translation>Members whose row names a branch go to that branch; the others go to the branch chosen above. The whole sheet is checked first and every problem listed; nothing is written until you confirm, and the database is backed up before writing. Save old .xls files as .xlsx in WPS or Excel first.</translation>
    </message>
    <message>
        <source>表头和列</source>
        <translation>Header and columns</translation>
    </message>
    <message>
        <source>核对每一列导入为什么内容；不需要的列选“不导入”。同样格式的表格下次会记住这里的选择。</source>
        <translation>Check what each column is imported as; choose &quot;do not import&quot; for columns you do not need. Spreadsheets of the same layout remember these choices next time.</translation>
    </message>
    <message>
        <source>表头从第</source>
        <translation>Header from row</translation>
    </message>
    <message>
        <source>行到第</source>
        <translation>to row</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>前 20 行按导入后的样子显示（日期、身份证号等已整理）。标 ⚠ 的单元格无法导入。</source>
        <translation>The first 20 rows as they will be imported (dates, ID numbers etc. tidied). Cells marked ⚠ cannot be imported.</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>下面是全表检查的结果，每一处问题都标明了行和列。确认后点“开始导入”，所有党员在一次操作中写入。</source>
        <translation>These are the results of checking the whole sheet, each problem with its row and column. Click &quot;Import&quot; to write all members in one operation.</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import complete</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>长时间无人操作，窗口已锁定。请输入“{0}”的密码继续。</source>
        <translation>The window was locked after a period without use. Enter the password of &quot;{0}&quot; to continue.</translation>
    </message>
    <message>
        <source>登录 — {0}</source>
        <translation>Log in — {0}</translation>
    </message>
    <message>
        <source>本数据库已开启登录，请输入用户名和密码。</source>
        <translation>This database requires a login. Please enter your user name and password.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>此功能将在后续版本提供</source>
        <translation>This feature will come in a later version</translation>
    </message>
    <message>
        <source>花名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>三会一课</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>支部党员大会、支部委员会、党小组会和党课的计划与记录，以及主题党日、组织生活会和民主评议党员。</source>
        <translation>Plans and minutes of branch general meetings, branch committee meetings, Party group meetings and Party lectures; theme Party days, organisational life meetings and democratic appraisal of members.</translation>
    </message>
    <message>
        <source>党费</source>
        <translation>Dues</translation>
    </message>
    <message>
        <source>党费缴纳标准核定、按月收缴台账、补缴提醒和年度汇总。</source>
        <translation>Setting each member&apos;s dues, the monthly collection ledger, reminders for arrears and yearly totals.</translation>
    </message>
    <message>
        <source>活动场所</source>
        <translation>Activity sites</translation>
    </message>
    <message>
        <source>村级组织活动场所的基本情况、设施和资产台账。</source>
        <translation>The village organisations&apos; activity sites: basic facts, facilities and the asset register.</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>党组织和党员情况统计表、各类登记表的打印与导出。党员花名册现在可在“花名册”页打印。</source>
        <translation>Statistics on Party organisations and members, and printing and export of registers. The member roster can already be printed from the Roster tab.</translation>
    </message>
    <message>
        <source>数据交换</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <source>用U盘在村和乡镇之间交换数据包：村里导出，乡镇汇总，组织机构和更正再带回村里。</source>
        <translation>Exchange data packages between villages and the township on a USB stick: villages export, the township combines, and organisation changes and corrections go back to the villages.</translation>
    </message>
    <message>
        <source>组织机构</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>按党内法规检查所选组织及下级组织的设置、人数和换届情况</source>
        <translation>Check the selected organisation and those below it against Party regulations: structure, member numbers and elections</translation>
    </message>
    <message>
        <source>数据文件：{0}</source>
        <translation>Data file: {0}</translation>
    </message>
    <message>
        <source>正在载入…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>新建数据库…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <source>打开数据库…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <source>打开演示数据</source>
        <translation>Open demo data</translation>
    </message>
    <message>
        <source>备份到U盘…</source>
        <translation>Back up to USB stick…</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>操作日志…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <source>账户管理…</source>
        <translation>Accounts…</translation>
    </message>
    <message>
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于党建桌面</source>
        <translation>About djdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;当前为演示数据&lt;/b&gt;：这里的组织和党员都是虚构的，可以随意试用。登记本单位党员前，请先新建数据库。</source>
        <translation>&lt;b&gt;This is demo data&lt;/b&gt;: the organisations and members are fictitious, try anything you like. Before recording your own members, create a new database.</translation>
    </message>
    <message>
        <source>新建本村数据库</source>
        <translation>New village database</translation>
    </message>
    <message>
        <source>新建乡镇数据库</source>
        <translation>New township database</translation>
    </message>
    <message>
        <source>党建桌面</source>
        <translation>djdesk</translation>
    </message>
    <message>
        <source>（演示数据）</source>
        <translation> (demo data)</translation>
    </message>
    <message>
        <source>（只读）</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>只读方式：不能保存修改</source>
        <translation>Read-only: changes cannot be saved</translation>
    </message>
    <message>
        <source>账号：{0}</source>
        <translation>Account: {0}</translation>
    </message>
    <message>
        <source>{0}：在册党员 {1} 名（正式 {2}，预备 {3}），女党员 {4} 名</source>
        <translation>{0}: {1} members on the roll ({2} full, {3} probationary), {4} women</translation>
    </message>
    <message>
        <source>检查：{0} 条需处理</source>
        <translation>Check: {0} to fix</translation>
    </message>
    <message>
        <source>检查：未发现问题</source>
        <translation>Check: no problems found</translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>党建桌面 {0}
村（社区）党支部离线桌面软件

数据文件：{1}
数据文件夹：{2}
日志文件：{3}</source>
        <translation>djdesk {0}
Offline desktop records for village Party branches

Data file: {1}
Data folder: {2}
Log file: {3}</translation>
    </message>
    <message>
        <source>今天的自动备份没有完成</source>
        <translation>Today&apos;s automatic backup failed</translation>
    </message>
    <message>
        <source>今天的自动备份没有完成：{0}</source>
        <translation>Today&apos;s automatic backup failed: {0}</translation>
    </message>
    <message>
        <source>今天已自动备份</source>
        <translation>Backed up automatically today</translation>
    </message>
    <message>
        <source>选择备份到哪个文件夹（例如U盘）</source>
        <translation>Choose the folder to back up to (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>备份完成</source>
        <translation>Backup complete</translation>
    </message>
    <message>
        <source>已备份到：
{0}

大小：{1}</source>
        <translation>Backed up to:
{0}

Size: {1}</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>确定用这个备份替换当前数据库吗？

{0}

备份之后做的修改将被替换；替换前，当前数据会先自动备份（“恢复前的备份”）。</source>
        <translation>Replace the current database with this backup?

{0}

Changes made after the backup will be replaced; the current data is backed up first (&quot;backup before restore&quot;).</translation>
    </message>
    <message>
        <source>这个备份来自另一个数据库（{0}），不是当前数据库的备份。恢复后，当前数据库将被它整个替换。

确定要这样做吗？</source>
        <translation>This backup comes from another database ({0}), not from the current one. Restoring it replaces the whole current database.

Do you really want to do this?</translation>
    </message>
    <message>
        <source>未设定单位</source>
        <translation>no unit set</translation>
    </message>
    <message>
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>数据库没有重新打开，窗口将关闭。请重新启动党建桌面。</source>
        <translation>The database could not be reopened; the window will close. Please start djdesk again.</translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation>Restore complete</translation>
    </message>
    <message>
        <source>已恢复备份：{0}

恢复前的数据已保存到：
{1}</source>
        <translation>Restored backup: {0}

The data before the restore was saved to:
{1}</translation>
    </message>
    <message>
        <source>（原来没有数据库）</source>
        <translation>(there was no database)</translation>
    </message>
    <message>
        <source>只有管理员可以管理账号和登录设置。</source>
        <translation>Only an administrator can manage accounts and the login setting.</translation>
    </message>
    <message>
        <source>撤销 {0}</source>
        <translation>Undo {0}</translation>
    </message>
    <message>
        <source>已撤销：{0}</source>
        <translation>Undone: {0}</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>（不分党小组）</source>
        <translation>(no Party group)</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位及职务</source>
        <translation>Organisation and post</translation>
    </message>
    <message>
        <source>表决事项</source>
        <translation>Matter voted on</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>赞成</source>
        <translation>For</translation>
    </message>
    <message>
        <source>反对</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>弃权</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <source>书面赞成</source>
        <translation>Written for</translation>
    </message>
    <message>
        <source>书面反对</source>
        <translation>Written against</translation>
    </message>
    <message>
        <source>书面弃权</source>
        <translation>Written abstain</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>评定等次</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>（保存时自动编号）</source>
        <translation>(numbered when saved)</translation>
    </message>
    <message>
        <source>编辑会议记录：{0}</source>
        <translation>Edit meeting record: {0}</translation>
    </message>
    <message>
        <source>新建会议记录</source>
        <translation>New meeting record</translation>
    </message>
    <message>
        <source>预备党员不评定等次</source>
        <translation>Probationary members are not graded</translation>
    </message>
    <message>
        <source>未评定</source>
        <translation>Not graded</translation>
    </message>
    <message>
        <source>{0}（未保存）</source>
        <translation>{0} (not saved)</translation>
    </message>
    <message>
        <source>附件（{0}）</source>
        <translation>Attachments ({0})</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>应到 {0} 人&#x3000;实到 {1} 人&#x3000;请假 {2} 人&#x3000;缺席 {3} 人</source>
        <translation>Expected {0}   present {1}   on leave {2}   absent {3}</translation>
    </message>
    <message>
        <source>&#x3000;不计应到 {0} 人</source>
        <translation>   not counted {0}</translation>
    </message>
    <message>
        <source>&#x3000;列席 {0} 人</source>
        <translation>   guests {0}</translation>
    </message>
    <message>
        <source>&#x3000;未登记 {0} 人</source>
        <translation>   not marked {0}</translation>
    </message>
    <message>
        <source>委员</source>
        <translation>committee members</translation>
    </message>
    <message>
        <source>有表决权的党员</source>
        <translation>voting members</translation>
    </message>
    <message>
        <source>应到{0} {1} 名，实到 {2} 名：{3}。通过须赞成票（含书面意见）超过应到{0}的半数，即不少于 {4} 票。</source>
        <translation>Expected {0}: {1}, present: {2}: {3}. A motion passes with votes in favour (written opinions included) from more than half of the expected {0}, i.e. at least {4}.</translation>
    </message>
    <message>
        <source>已达到规定人数，可以表决</source>
        <translation>quorum reached, the meeting may vote</translation>
    </message>
    <message>
        <source>未超过半数，不能作出决议</source>
        <translation>not more than half present, no resolution may be passed</translation>
    </message>
    <message>
        <source>到会人数不足，不能决议</source>
        <translation>No quorum: no resolution</translation>
    </message>
    <message>
        <source>{0}（赞成 {1} 票，需 {2} 票）</source>
        <translation>{0} ({1} for, {2} needed)</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>未通过</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>已评定 {0} 名：{1}</source>
        <translation>{0} graded: {1}</translation>
    </message>
    <message>
        <source>提醒：</source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>已存为本支部“{0}”的模板，以后新建时自动填入。</source>
        <translation>Saved as this branch&apos;s template for “{0}”; new records start from it.</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <source>图片和扫描件 (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.pdf);;所有文件 (*)</source>
        <translation>Pictures and scans (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>会议记录</source>
        <translation>Meeting record</translation>
    </message>
    <message>
        <source>会议类型</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <source>党小组</source>
        <translation>Party group</translation>
    </message>
    <message>
        <source>记录编号</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>如 2025-07-01</source>
        <translation>e.g. 2025-07-01</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>主持人</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <source>讲课人</source>
        <translation>Lecturer</translation>
    </message>
    <message>
        <source>党课主题</source>
        <translation>Lecture topic</translation>
    </message>
    <message>
        <source>出席情况</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>键盘登记：1 或 空格 出席&#x3000;2 请假&#x3000;3 缺席&#x3000;4 不计应到&#x3000;0 清除&#x3000;↑↓ 移动&#x3000;回车 填原因</source>
        <translation>Keys: 1 or Space present   2 leave   3 absent   4 not counted   0 clear   ↑↓ move   Enter reason</translation>
    </message>
    <message>
        <source>其余全部出席</source>
        <translation>Mark the rest present</translation>
    </message>
    <message>
        <source>按花名册重新生成名单</source>
        <translation>Rebuild the list from the roster</translation>
    </message>
    <message>
        <source>列席人员</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>添加列席人员</source>
        <translation>Add guest</translation>
    </message>
    <message>
        <source>删除所选列席人员</source>
        <translation>Remove selected guest</translation>
    </message>
    <message>
        <source>议题与内容</source>
        <translation>Agenda and minutes</translation>
    </message>
    <message>
        <source>议题（每行一项）</source>
        <translation>Agenda (one item a line)</translation>
    </message>
    <message>
        <source>会议内容（发言要点，不同意见也要记录）</source>
        <translation>Minutes (main points of what was said, dissent included)</translation>
    </message>
    <message>
        <source>决议</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <source>把议题和内容存为本支部模板</source>
        <translation>Save agenda and minutes as this branch&apos;s template</translation>
    </message>
    <message>
        <source>以后新建这类会议时自动填入</source>
        <translation>New meetings of this type will start from it</translation>
    </message>
    <message>
        <source>表决</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>添加表决事项</source>
        <translation>Add a vote</translation>
    </message>
    <message>
        <source>删除所选事项</source>
        <translation>Remove selected vote</translation>
    </message>
    <message>
        <source>等次：优秀、合格、基本合格、不合格；优秀一般不超过参评党员的三分之一。预备党员参加评议，不评定等次。</source>
        <translation>Grades: excellent, qualified, basically qualified, unqualified; generally no more than a third excellent. Probationary members take part but are not graded.</translation>
    </message>
    <message>
        <source>添加附件…</source>
        <translation>Add attachments…</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>签到表扫描件、会议照片等，单个文件不超过 20 MB</source>
        <translation>Scanned sign-in sheets, photos …; at most 20 MB a file</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>MeetingHistoryDialog</name>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>修改记录：{0}</source>
        <translation>History: {0}</translation>
    </message>
    <message>
        <source>{0}（记录编号 {1}）共 {2} 条修改记录，经手人：{3}。记录只能追加，不能删改。</source>
        <translation>{0} (record {1}): {2} changes, by {3}. The history can only grow; it cannot be edited.</translation>
    </message>
    <message>
        <source>未记录</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>修改内容</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>MeetingKindsDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>以下设置适用于“{0}”及其下级组织；下级组织可以另行设置，以最近一级的设置为准。党课的召开频次全国没有统一规定，默认每季度一次。</source>
        <translation>These settings apply to “{0}” and the organisations below it; a lower level may set its own, and the nearest setting wins. There is no national rule for how often Party lectures are held: the default is once a quarter.</translation>
    </message>
    <message>
        <source>本组织自定义</source>
        <translation>Defined by this organisation</translation>
    </message>
    <message>
        <source>新会议类型</source>
        <translation>New meeting type</translation>
    </message>
    <message>
        <source>会议类型与模板</source>
        <translation>Meeting types and templates</translation>
    </message>
    <message>
        <source>新增类型</source>
        <translation>Add type</translation>
    </message>
    <message>
        <source>删除类型</source>
        <translation>Remove type</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>召开频次</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>参加对象</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>选项</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>可以表决（计算到会人数）</source>
        <translation>May vote (quorum is checked)</translation>
    </message>
    <message>
        <source>计入组织生活（六个月未参加的检查）</source>
        <translation>Counts as organisational life (six-month check)</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>名称模板</source>
        <translation>Title template</translation>
    </message>
    <message>
        <source>议题模板</source>
        <translation>Agenda template</translation>
    </message>
    <message>
        <source>内容模板</source>
        <translation>Minutes template</translation>
    </message>
    <message>
        <source>模板中可用 {year} 年、{month} 月、{quarter} 季度（一、二、三、四）、{group} 党小组、{branch} 支部名称。</source>
        <translation>Templates may use {year}, {month}, {quarter} (一、二、三、四), {group} (Party group) and {branch} (branch name).</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>记录编号</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <source>会议类型</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>党小组</source>
        <translation>Party group</translation>
    </message>
    <message>
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>实到</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>列席</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>{0}月</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>按期/应开</source>
        <translation>Met/required</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> (year)</translation>
    </message>
    <message>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>第一季度</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>第二季度</source>
        <translation>Q2</translation>
    </message>
    <message>
        <source>第三季度</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>第四季度</source>
        <translation>Q4</translation>
    </message>
    <message>
        <source>支部</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>新建会议</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>打印签到表</source>
        <translation>Print sign-in sheet</translation>
    </message>
    <message>
        <source>打印会议记录</source>
        <translation>Print meeting record</translation>
    </message>
    <message>
        <source>打印全年记录本</source>
        <translation>Print year binder</translation>
    </message>
    <message>
        <source>会议类型与模板…</source>
        <translation>Meeting types and templates…</translation>
    </message>
    <message>
        <source>√ 已召开（绿）&#x3000;○ 本期尚未召开，待召开（黄）&#x3000;× 逾期未召开（红）&#x3000;· 未到期&#x3000;格中数字为当月召开次数；季度、年度要求按所在期间着色。</source>
        <translation>√ held (green)   ○ due this period (amber)   × overdue (red)   · not yet due   Numbers are meetings held that month; quarterly and yearly requirements colour their whole period.</translation>
    </message>
    <message>
        <source>逾期未召开</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>待召开</source>
        <translation>Coming due</translation>
    </message>
    <message>
        <source>连续未参加组织生活的党员</source>
        <translation>Members missing organisational life</translation>
    </message>
    <message>
        <source>会议记录</source>
        <translation>Meeting record</translation>
    </message>
    <message>
        <source>落实情况</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>各支部汇总</source>
        <translation>All branches</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>“{0}”下没有党支部。</source>
        <translation>There is no Party branch under “{0}”.</translation>
    </message>
    <message>
        <source>没有符合条件的会议记录。点“新建会议”登记一次会议。</source>
        <translation>No meeting records match. Click “New meeting” to record one.</translation>
    </message>
    <message>
        <source>共 {0} 次会议</source>
        <translation>{0} meetings</translation>
    </message>
    <message>
        <source>，{0} 次需注意</source>
        <translation>, {0} need attention</translation>
    </message>
    <message>
        <source>{0} {1}年：{2}（统计截至 {3}）</source>
        <translation>{0} {1}: {2} (as of {3})</translation>
    </message>
    <message>
        <source>没有逾期未召开的会议</source>
        <translation>Nothing overdue</translation>
    </message>
    <message>
        <source>本期会议均已召开</source>
        <translation>All meetings of the current periods held</translation>
    </message>
    <message>
        <source>没有连续未参加组织生活的党员</source>
        <translation>No member has been missing</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>State</translation>
    </message>
    <message>
        <source>六个月未参加</source>
        <translation>Six months missing</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>{0} {1}年：{2} 个支部，全部按期 {3} 个，有待召开 {4} 个，有逾期 {5} 个；{6} 名党员连续六个月未参加组织生活。双击一行查看该支部。</source>
        <translation>{0} {1}: {2} branches, {3} fully compliant, {4} with meetings coming due, {5} with overdue meetings; {6} members missed six months of organisational life. Double-click a row to open the branch.</translation>
    </message>
    <message>
        <source>党建桌面</source>
        <translation>djdesk</translation>
    </message>
    <message>
        <source>删除会议记录“{0}”（{1}）？
删除只用于纠正误录；删除后在修改记录中仍可查到。</source>
        <translation>Delete the meeting record “{0}” ({1})?
Delete only records entered by mistake; the history still shows it afterwards.</translation>
    </message>
    <message>
        <source>正在生成全年记录本…</source>
        <translation>Making the year binder…</translation>
    </message>
    <message>
        <source>三会一课记录本 — {0}</source>
        <translation>Meeting records binder — {0}</translation>
    </message>
    <message>
        <source>正在生成签到表…</source>
        <translation>Making the sign-in sheet…</translation>
    </message>
    <message>
        <source>正在生成会议记录…</source>
        <translation>Making the meeting record…</translation>
    </message>
    <message>
        <source>签到表 — {0}</source>
        <translation>Sign-in sheet — {0}</translation>
    </message>
    <message>
        <source>会议记录 — {0}</source>
        <translation>Meeting record — {0}</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>新增党员</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>编辑党员：{0}</source>
        <translation>Edit member: {0}</translation>
    </message>
    <message>
        <source>（不分党小组）</source>
        <translation>(no Party group)</translation>
    </message>
    <message>
        <source>转入日期</source>
        <translation>Transfer date</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Entry date</translation>
    </message>
    <message>
        <source>提醒：</source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>党员信息</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>必填</source>
        <translation>required</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>18位，填写后自动带出出生日期和性别</source>
        <translation>18 characters; fills in birth date and gender</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>例：1975-03-08</source>
        <translation>e.g. 1975-03-08</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>籍贯</source>
        <translation>Native place</translation>
    </message>
    <message>
        <source>例：河南省兰考县</source>
        <translation>e.g. 河南省兰考县</translation>
    </message>
    <message>
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>手机号或带区号的固定电话</source>
        <translation>mobile, or landline with area code</translation>
    </message>
    <message>
        <source>家庭住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>党籍信息</source>
        <translation>Party membership</translation>
    </message>
    <message>
        <source>所在支部</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>党小组</source>
        <translation>Party group</translation>
    </message>
    <message>
        <source>党员类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>党内职务</source>
        <translation>Party post</translation>
    </message>
    <message>
        <source>例：支部书记</source>
        <translation>e.g. 支部书记</translation>
    </message>
    <message>
        <source>申请入党时间</source>
        <translation>Applied to join</translation>
    </message>
    <message>
        <source>入党时间</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>转正时间</source>
        <translation>Full member since</translation>
    </message>
    <message>
        <source>参加工作时间</source>
        <translation>Started work</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>流动党员</source>
        <translation>Migrant member</translation>
    </message>
    <message>
        <source>流向地</source>
        <translation>Gone to</translation>
    </message>
    <message>
        <source>例：浙江省宁波市</source>
        <translation>e.g. 浙江省宁波市</translation>
    </message>
    <message>
        <source>外出时间</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>生活困难</source>
        <translation>In hardship</translation>
    </message>
    <message>
        <source>年老体弱</source>
        <translation>Elderly or infirm</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>登记方式</source>
        <translation>Entry kind</translation>
    </message>
    <message>
        <source>转出党组织</source>
        <translation>Coming from</translation>
    </message>
    <message>
        <source>转入时必填：原所在党组织</source>
        <translation>required for a transfer: previous organisation</translation>
    </message>
</context>
<context>
    <name>NotYetPage</name>
    <message>
        <source>当前组织：{0}</source>
        <translation>Selected organisation: {0}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>共 {0} 页&#x3000;文件：{1}</source>
        <translation>{0} pages   File: {1}</translation>
    </message>
    <message>
        <source>
……另有 {0} 处</source>
        <translation>
… and {0} more</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>用系统程序打开（打印）</source>
        <translation>Open in system viewer (to print)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>保存PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>恢复…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{0:%Y-%m-%d %H:%M}&#x3000;{1}&#x3000;{2}</source>
        <translation>{0:%Y-%m-%d %H:%M}   {1}   {2}</translation>
    </message>
    <message>
        <source>备份文件夹（{0}）里还没有备份。可以点“选择其他备份文件…”选择U盘上的备份。</source>
        <translation>There are no backups in the backups folder ({0}) yet. Use &quot;Choose another backup file…&quot; to pick a backup on a USB stick.</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>党建桌面备份 (*.sqlite *.db);;所有文件 (*)</source>
        <translation>djdesk backups (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>文件：{0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>选择一个备份。恢复会用它替换当前数据库；恢复前，当前数据会先自动备份。</source>
        <translation>Choose a backup. Restoring replaces the current database with it; the current data is backed up first.</translation>
    </message>
    <message>
        <source>选择其他备份文件…</source>
        <translation>Choose another backup file…</translation>
    </message>
    <message>
        <source>备份内容</source>
        <translation>Backup contents</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>入党时间</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>所在支部</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>党小组</source>
        <translation>Party group</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>搜索：姓名、拼音首字母（如 zsf）、身份证号或电话</source>
        <translation>Search: name, pinyin initials (e.g. zsf), ID number or phone</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部年龄</source>
        <translation>All ages</translation>
    </message>
    <message>
        <source>全部性别</source>
        <translation>All genders</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>新增党员</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>状态变动</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <source>打印花名册</source>
        <translation>Print roster</translation>
    </message>
    <message>
        <source>导入Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <source>从本村已有的 Excel/WPS 党员名单导入：先检查全表并列出问题，确认后再写入</source>
        <translation>Import the village&apos;s existing Excel/WPS member list: the whole sheet is checked and problems listed before anything is written</translation>
    </message>
    <message>
        <source>导出Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>把表中列出的党员导出为 Excel 花名册（.xlsx）</source>
        <translation>Export the members listed in the table as an Excel roster (.xlsx)</translation>
    </message>
    <message>
        <source>空白导入模板…</source>
        <translation>Blank import template…</translation>
    </message>
    <message>
        <source>保存一份带填写说明和下拉选项的空白花名册，填好后可直接导入</source>
        <translation>Save a blank roster with instructions and drop-down choices; fill it in and import it directly</translation>
    </message>
    <message>
        <source>共 {0} 人</source>
        <translation>{0} members</translation>
    </message>
    <message>
        <source>修改党员信息</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <source>正在生成党员花名册…</source>
        <translation>Generating the member roster…</translation>
    </message>
    <message>
        <source>党员花名册 — {0}</source>
        <translation>Member roster — {0}</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <source>导出党员花名册</source>
        <translation>Export member roster</translation>
    </message>
    <message>
        <source>正在导出党员花名册…</source>
        <translation>Exporting the member roster…</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>已导出 {0} 名党员到：
{1}</source>
        <translation>Exported {0} members to:
{1}</translation>
    </message>
    <message>
        <source>保存空白导入模板</source>
        <translation>Save blank import template</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>空白导入模板已保存到：
{0}
填好后点“导入Excel…”导入。</source>
        <translation>The blank import template was saved to:
{0}
Fill it in, then click &quot;Import Excel…&quot;.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>界面语言更改后立即生效，数据内容（姓名、组织名称、代码表）保持中文。</source>
        <translation>A new interface language applies at once; the data itself (names, organisations, code lists) stays in Chinese.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>党员：{0}&#x3000;&#x3000;当前状态：{1}（{2}）</source>
        <translation>Member: {0}    Current status: {1} ({2})</translation>
    </message>
    <message>
        <source>日期未记录</source>
        <translation>date not recorded</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <source>办理</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>状态为“{0}”的党员没有可办理的变动。</source>
        <translation>No status change is possible for a member whose status is “{0}”.</translation>
    </message>
    <message>
        <source>状态变动</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>变动事项</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>办理日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>例：1975-03-08</source>
        <translation>e.g. 1975-03-08</translation>
    </message>
    <message>
        <source>对方党组织</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <source>转出：转往的党组织；转入：原所在党组织</source>
        <translation>transfer out: receiving organisation; transfer in: previous organisation</translation>
    </message>
    <message>
        <source>出党方式</source>
        <translation>Manner of leaving</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
</TS>
