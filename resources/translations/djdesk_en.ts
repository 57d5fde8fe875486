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
    <name>AssetDialog</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <source>登记资产 — {0}</source>
        <translation>Register an asset — {0}</translation>
    </message>
    <message>
        <source>{0} {1}&#x3000;新资产编号：{2}（保存时分配，不会重复）</source>
        <translation>{0} {1}&#x3000;New asset number: {2} (assigned on saving, never reused)</translation>
    </message>
    <message>
        <source>图书可以登记为一行，数量填册数。</source>
        <translation>Books may be registered as one line, with the number of volumes as the quantity.</translation>
    </message>
    <message>
        <source>修改资产 — {0}</source>
        <translation>Edit asset — {0}</translation>
    </message>
    <message>
        <source>资产编号：{0}&#x3000;{1} / {2}</source>
        <translation>Asset number: {0}&#x3000;{1} / {2}</translation>
    </message>
    <message>
        <source>未指定位置</source>
        <translation>no location</translation>
    </message>
    <message>
        <source>数量、存放位置和状况通过“调拨”“维修”“报废/处置”和盘点办理，资产的变动记录因此完整。这里的修改会记为一条“更正”。</source>
        <translation>Quantity, location and condition change through Transfer, Repair, Scrap/Dispose and stocktakes, so the asset&apos;s history stays complete. Changes made here are recorded as a correction.</translation>
    </message>
    <message>
        <source>单价请填写金额，如 850 或 850.50</source>
        <translation>Enter the unit value as an amount, e.g. 850 or 850.50</translation>
    </message>
    <message>
        <source>金额：{0} × {1} 元 = {2} 元</source>
        <translation>Value: {0} × {1} yuan = {2} yuan</translation>
    </message>
    <message>
        <source>资产</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>资产类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>资产名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>例：会议桌</source>
        <translation>e.g. conference table</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Model/spec</translation>
    </message>
    <message>
        <source>例：1.8米 钢木</source>
        <translation>e.g. 1.8 m steel and wood</translation>
    </message>
    <message>
        <source>计量单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>单价（元）</source>
        <translation>Unit value (yuan)</translation>
    </message>
    <message>
        <source>例：850.00</source>
        <translation>e.g. 850.00</translation>
    </message>
    <message>
        <source>取得日期</source>
        <translation>Acquired on</translation>
    </message>
    <message>
        <source>例：2019-09-01</source>
        <translation>e.g. 2019-09-01</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>资金文件</source>
        <translation>Funding document</translation>
    </message>
    <message>
        <source>配发或购置的文件、凭证号</source>
        <translation>Document or voucher number of the allocation or purchase</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>保管人</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>状况</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>AssetEventDialog</name>
    <message>
        <source>调拨资产</source>
        <translation>Transfer asset</translation>
    </message>
    <message>
        <source>登记维修</source>
        <translation>Record a repair</translation>
    </message>
    <message>
        <source>状况变更</source>
        <translation>Change condition</translation>
    </message>
    <message>
        <source>报废 / 处置资产</source>
        <translation>Scrap / dispose of asset</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}&#x3000;{2} {3}，现存放于 {4}，状况：{5}</source>
        <translation>{0}&#x3000;{1}&#x3000;{2} {3}, now at {4}, condition: {5}</translation>
    </message>
    <message>
        <source>修后状况</source>
        <translation>Condition after repair</translation>
    </message>
    <message>
        <source>新状况</source>
        <translation>New condition</translation>
    </message>
    <message>
        <source>报废（损坏、无法使用）</source>
        <translation>Scrap (broken, unusable)</translation>
    </message>
    <message>
        <source>处置（出售、捐赠、调出本村等）</source>
        <translation>Dispose (sold, donated, given to another village …)</translation>
    </message>
    <message>
        <source>审批文号（必填）</source>
        <translation>Approval reference (required)</translation>
    </message>
    <message>
        <source>（不指定功能室）</source>
        <translation>(no particular room)</translation>
    </message>
    <message>
        <source>资产变动</source>
        <translation>Asset movement</translation>
    </message>
    <message>
        <source>办理事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>例：2025-03-01</source>
        <translation>e.g. 2025-03-01</translation>
    </message>
    <message>
        <source>调往场所</source>
        <translation>To site</translation>
    </message>
    <message>
        <source>调往位置</source>
        <translation>To room</translation>
    </message>
    <message>
        <source>处置后状况</source>
        <translation>Condition after</translation>
    </message>
    <message>
        <source>维修费用（元）</source>
        <translation>Repair cost (yuan)</translation>
    </message>
    <message>
        <source>例：120.00，没有可不填</source>
        <translation>e.g. 120.00; leave empty if none</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>审批文号</source>
        <translation>Approval reference</translation>
    </message>
    <message>
        <source>例：红星乡〔2025〕12号 或 村两委会议记录</source>
        <translation>e.g. Hongxing Township [2025] No. 12 or minutes of the village committees</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AssetLabelsDialog</name>
    <message>
        <source>生成标签</source>
        <translation>Make labels</translation>
    </message>
    <message>
        <source>每页 {0} 张（{1} 列 × {2} 行，从左上角起逐行数）；共 {3} 张标签，需 {4} 页。用过一部分的标签纸，请从第一张空白标签的位置开始。</source>
        <translation>{0} labels per sheet ({1} columns × {2} rows, counted row by row from the top left); {3} labels in all, {4} sheets. For a partly used sheet, start at the first blank label.</translation>
    </message>
    <message>
        <source>打印资产标签</source>
        <translation>Print asset labels</translation>
    </message>
    <message>
        <source>标签纸</source>
        <translation>Label paper</translation>
    </message>
    <message>
        <source>从第几张开始</source>
        <translation>Start at label</translation>
    </message>
    <message>
        <source>每项份数</source>
        <translation>Copies of each</translation>
    </message>
    <message>
        <source>打印哪些</source>
        <translation>Which assets</translation>
    </message>
    <message>
        <source>画出标签边框（用普通纸打印后剪开）</source>
        <translation>Draw label outlines (to cut out of plain paper)</translation>
    </message>
</context>
<context>
    <name>AssetModel</name>
    <message>
        <source>资产编号</source>
        <translation>Asset no.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Model/spec</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>单价（元）</source>
        <translation>Unit value (yuan)</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>保管人</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>状况</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>取得日期</source>
        <translation>Acquired on</translation>
    </message>
    <message>
        <source>报废</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <source>已处置</source>
        <translation>Disposed of</translation>
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
        <source>组织设置</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>三会一课</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>党费</source>
        <translation>Dues</translation>
    </message>
    <message>
        <source>活动场所</source>
        <translation>Activity site</translation>
    </message>
    <message>
        <source>正在检查{0}…</source>
        <translation>Checking {0}…</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>已取消：{0}未检查。</source>
        <translation>Cancelled: {0} not checked.</translation>
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
        <source>板块</source>
        <translation>Section</translation>
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
    <name>DuesCloseDialog</name>
    <message>
        <source>年度结账…</source>
        <translation>Close the year…</translation>
    </message>
    <message>
        <source>{0}年（{0}年1月至12月）</source>
        <translation>{0} (January to December {0})</translation>
    </message>
    <message>
        <source>{0} 元</source>
        <translation>{0} yuan</translation>
    </message>
    <message>
        <source>{0} 元（支部历年结存 {1} 元）</source>
        <translation>{0} yuan (the branch holds {1} yuan over all years)</translation>
    </message>
    <message>
        <source>{0} 个收据号，其中作废 {1} 个</source>
        <translation>{0} receipt numbers, {1} of them voided</translation>
    </message>
    <message>
        <source>；缺号：{0}</source>
        <translation>; missing: {0}</translation>
    </message>
    <message>
        <source>{0} {1} 元</source>
        <translation>{0} {1} yuan</translation>
    </message>
    <message>
        <source>{0} 名，共 {1} 元：{2}</source>
        <translation>{0} members, {1} yuan in all: {2}</translation>
    </message>
    <message>
        <source>没有</source>
        <translation>None</translation>
    </message>
    <message>
        <source>本年还有 {0} 元收缴未上缴：结账后仍可记录上缴。</source>
        <translation>{0} yuan collected this year is not yet remitted: remittances can still be recorded after closing.</translation>
    </message>
    <message>
        <source>欠交的党员结账后仍可补交，补交记在交款当天的期间。</source>
        <translation>Members in arrears can still pay after closing; the back payment is booked in the period of the day they pay.</translation>
    </message>
    <message>
        <source>{0}年已于 {1} 年度结账，不能重复结账。</source>
        <translation>{0} was closed on {1}; it cannot be closed again.</translation>
    </message>
    <message>
        <source>确认结账</source>
        <translation>Confirm closing</translation>
    </message>
    <message>
        <source>再点一次“确认结账”即结账：{0}年的全部月份锁定，不能撤销。</source>
        <translation>Click “Confirm closing” once more to close: every month of {0} is locked, and this cannot be undone.</translation>
    </message>
    <message>
        <source>年度结账</source>
        <translation>Close the year</translation>
    </message>
    <message>
        <source>年度结账锁定这一年的全部月份：结账后不能再在这一年的日期记账（收党费、冲销、作废收据都不行），结账不能撤销。以后发现的差错用冲销更正，记在当前期间并注明更正的期间；党员补交这一年的党费，收据记在交款当天。请先核对下面的数字。</source>
        <translation>Closing the year locks all its months: afterwards nothing can be booked on a date in that year (no payment, reversal or voided receipt), and closing cannot be undone. Mistakes found later are corrected by reversals booked in the current period, naming the period corrected; a member paying this year&apos;s dues late gets a receipt dated the day they pay. Check the figures below first.</translation>
    </message>
    <message>
        <source>党支部</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>结账年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>本年收缴</source>
        <translation>Collected this year</translation>
    </message>
    <message>
        <source>本年上缴</source>
        <translation>Remitted this year</translation>
    </message>
    <message>
        <source>本年收缴未上缴</source>
        <translation>Collected, not remitted</translation>
    </message>
    <message>
        <source>收据</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>欠交党员</source>
        <translation>Members in arrears</translation>
    </message>
    <message>
        <source>结账日期</source>
        <translation>Closing date</translation>
    </message>
</context>
<context>
    <name>DuesElsewhereDialog</name>
    <message>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>流动党员，流向 {0}，外出时间 {1}</source>
        <translation>Migrant member, gone to {0} since {1}</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>花名册中不是流动党员（只有流动党员可以在流入地交纳）</source>
        <translation>Not a migrant member in the roster (only migrant members may pay at a host organisation)</translation>
    </message>
    <message>
        <source>欠交</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>本月应交</source>
        <translation>due this month</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>not yet due</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}&#x3000;{2} 元</source>
        <translation>{0}  {1}  {2} yuan</translation>
    </message>
    <message>
        <source>{0}（{1} 个月）</source>
        <translation>{0} ({1} months)</translation>
    </message>
    <message>
        <source>请在左边勾选月份</source>
        <translation>Tick the months on the left</translation>
    </message>
    <message>
        <source>在流入地交纳党费</source>
        <translation>Dues paid at the host organisation</translation>
    </message>
    <message>
        <source>持《流动党员活动证》的流动党员可以在流入地党组织交纳党费（中组发〔2008〕3号第九条）。凭流入地党组织开具的收据或证明，登记所交的月份：这些月份在本支部记为已交清，但本支部没有收款，不开收据、不计入收缴和上缴。</source>
        <translation>A migrant member holding a Migrant Party Member Activity Certificate may pay dues to the Party organisation where temporarily based (Zhongzufa [2008] No. 3, Art. 9). Record the months paid, on the strength of the receipt or letter issued there: this branch counts them as settled, but it collects no money, issues no receipt, and they are not part of collections or remittances.</translation>
    </message>
    <message>
        <source>党员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>流动情况</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>在流入地交纳的月份（勾选）</source>
        <translation>Months paid at the host organisation (tick)</translation>
    </message>
    <message>
        <source>勾选外出以来未交的月份</source>
        <translation>Tick open months since leaving</translation>
    </message>
    <message>
        <source>全不选</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <source>流入地党组织</source>
        <translation>Host Party organisation</translation>
    </message>
    <message>
        <source>例如：深圳市宝安区流动党员党支部</source>
        <translation>e.g. Bao&apos;an District Migrant Party Members&apos; Branch, Shenzhen</translation>
    </message>
    <message>
        <source>凭证</source>
        <translation>Proof</translation>
    </message>
    <message>
        <source>流入地开具的党费收据号或证明</source>
        <translation>Receipt number or letter issued by the host organisation</translation>
    </message>
    <message>
        <source>交纳日期</source>
        <translation>Date paid</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>所交月份</source>
        <translation>Months paid</translation>
    </message>
</context>
<context>
    <name>DuesPage</name>
    <message>
        <source>免交</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>已转入</source>
        <translation>Carried</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Unset</translation>
    </message>
    <message>
        <source>流入地</source>
        <translation>Host org.</translation>
    </message>
    <message>
        <source>不在本支部交纳</source>
        <translation>Not paid in this branch</translation>
    </message>
    <message>
        <source>应交 {0} 元</source>
        <translation>due {0} yuan</translation>
    </message>
    <message>
        <source>{0} {1} 元</source>
        <translation>{0} {1} yuan</translation>
    </message>
    <message>
        <source>减免</source>
        <translation>Relief</translation>
    </message>
    <message>
        <source>已交 {0} 元</source>
        <translation>paid {0} yuan</translation>
    </message>
    <message>
        <source>未交 {0} 元</source>
        <translation>unpaid {0} yuan</translation>
    </message>
    <message>
        <source>已交（实交金额）</source>
        <translation>Paid (amount paid)</translation>
    </message>
    <message>
        <source>欠交（未交金额）</source>
        <translation>Arrears (amount owed)</translation>
    </message>
    <message>
        <source>本月应交</source>
        <translation>Due this month</translation>
    </message>
    <message>
        <source>免交、减交</source>
        <translation>Exempt, reduced</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>转入前已交</source>
        <translation>Paid before transfer</translation>
    </message>
    <message>
        <source>流动党员在流入地交纳</source>
        <translation>Paid by a migrant member at the host organisation</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> (year)</translation>
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
        <source>收党费…</source>
        <translation>Take payment…</translation>
    </message>
    <message>
        <source>冲销…</source>
        <translation>Reverse…</translation>
    </message>
    <message>
        <source>流入地交纳…</source>
        <translation>Paid at host org…</translation>
    </message>
    <message>
        <source>流动党员在流入地党组织交纳的党费（第九条）：凭收据或证明登记所交月份，本支部不收款、不开收据</source>
        <translation>Dues a migrant member paid at the host Party organisation (Art. 9): record the months paid from the receipt or letter; this branch collects no money and issues no receipt</translation>
    </message>
    <message>
        <source>党费标准…</source>
        <translation>Dues standard…</translation>
    </message>
    <message>
        <source>打印收缴登记表</source>
        <translation>Print dues register</translation>
    </message>
    <message>
        <source>从 Excel 导入党费记录…</source>
        <translation>Import dues records from Excel…</translation>
    </message>
    <message>
        <source>把以往用 Excel 记的党费收缴登记表或交费明细（.xlsx）补录到本支部的台账：先检查全表、列出每一处问题，确认后一次写入；已在台账中的月份不会重复登记</source>
        <translation>Enter the dues register or payment list kept in Excel (.xlsx) into this branch&apos;s ledger: the whole sheet is checked first and every problem listed, then everything is written at once; months already in the ledger are never entered twice</translation>
    </message>
    <message>
        <source>冲销所选交费…</source>
        <translation>Reverse selected payment…</translation>
    </message>
    <message>
        <source>打印收据</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>作废收据…</source>
        <translation>Void a receipt…</translation>
    </message>
    <message>
        <source>收据填错、撕毁或遗失：作废下一个收据号并注明原因，收据编号保持连续</source>
        <translation>A receipt form written wrongly, torn or lost: void the next receipt number with the reason, so receipt numbers stay continuous</translation>
    </message>
    <message>
        <source>双击一行收取该党员欠交的党费（补交）</source>
        <translation>Double-click a row to collect what the member owes (back payment)</translation>
    </message>
    <message>
        <source>导出Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>欠交党费党员名单存为 Excel 表格（连续六个月未交的标红）</source>
        <translation>Save the list of members in arrears as an Excel sheet (six months unpaid in red)</translation>
    </message>
    <message>
        <source>记录上缴…</source>
        <translation>Record remittance…</translation>
    </message>
    <message>
        <source>打印上缴凭证清单</source>
        <translation>Print remittance voucher list</translation>
    </message>
    <message>
        <source>年度结账…</source>
        <translation>Close the year…</translation>
    </message>
    <message>
        <source>锁定所选年度的全部月份（年度结账），以后的更正记在当前期间</source>
        <translation>Lock every month of the chosen year (year-end closing); later corrections are booked in the current period</translation>
    </message>
    <message>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>第{0}季度</source>
        <translation>Quarter {0}</translation>
    </message>
    <message>
        <source>{0}月</source>
        <translation>M{0}</translation>
    </message>
    <message>
        <source>打印汇总表</source>
        <translation>Print summary</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>收缴台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>交费记录</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>欠交党员</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>上缴</source>
        <translation>Remittances</translation>
    </message>
    <message>
        <source>各村汇总</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>正在计算党费台账…</source>
        <translation>Computing the dues ledger…</translation>
    </message>
    <message>
        <source>“{0}”下没有党支部。</source>
        <translation>There is no branch under “{0}”.</translation>
    </message>
    <message>
        <source>{0}年收缴 {1} 元，上缴 {2} 元&#x3000;支部结存（未上缴）{3} 元</source>
        <translation>{0}: collected {1} yuan, remitted {2} yuan   held by the branch (not remitted) {3} yuan</translation>
    </message>
    <message>
        <source>{0}：历年累计收缴 {1} 元，累计上缴 {2} 元</source>
        <translation>{0}: collected {1} yuan in all years, remitted {2} yuan</translation>
    </message>
    <message>
        <source>{0}年已结账（{1}），本年各月已锁定</source>
        <translation>{0} closed ({1}); every month of the year is locked</translation>
    </message>
    <message>
        <source>已上缴</source>
        <translation>remitted</translation>
    </message>
    <message>
        <source>已年度结账</source>
        <translation>year closed</translation>
    </message>
    <message>
        <source>已锁定：{0}及以前（{1}，{2}）</source>
        <translation>Locked: {0} and earlier ({1}, {2})</translation>
    </message>
    <message>
        <source>尚无锁定的期间</source>
        <translation>No period locked yet</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>标准（元/月）</source>
        <translation>Standard (yuan/month)</translation>
    </message>
    <message>
        <source>党费交至</source>
        <translation>Paid up to</translation>
    </message>
    <message>
        <source>应交</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>已交</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>欠交</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>未定标准</source>
        <translation>No standard</translation>
    </message>
    <message>
        <source>经乡镇党委批准{0}</source>
        <translation>{0} approved by the township committee</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>合计（已交）</source>
        <translation>Total (paid)</translation>
    </message>
    <message>
        <source>{0} 名党员还没有党费标准，不在表中：{1}。点“党费标准…”设定。</source>
        <translation>{0} members have no dues standard yet and are not in the grid: {1}. Use “Dues standard…” to set one.</translation>
    </message>
    <message>
        <source>⚠ 红色姓名：连续六个月以上未交纳党费（见“欠交党员”）。</source>
        <translation>⚠ Names in red: no dues paid for six consecutive months or more (see “Arrears”).</translation>
    </message>
    <message>
        <source>{0}年 {1} 张收据，冲销 {2} 笔，作废收据 {3} 张</source>
        <translation>{0}: {1} receipts, {2} reversals, {3} voided receipts</translation>
    </message>
    <message>
        <source>，流入地交纳 {0} 笔（不收款）</source>
        <translation>, {0} paid at host organisations (no money)</translation>
    </message>
    <message>
        <source>欠交月份</source>
        <translation>Months owed</translation>
    </message>
    <message>
        <source>月数</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>欠交金额（元）</source>
        <translation>Owed (yuan)</translation>
    </message>
    <message>
        <source>连续六个月未交纳</source>
        <translation>Six months unpaid</translation>
    </message>
    <message>
        <source>连续{0}个月：{1}</source>
        <translation>{0} months in a row: {1}</translation>
    </message>
    <message>
        <source>截至 {0}：{1} 名党员欠交党费，共 {2} 元；其中 {3} 名连续六个月以上未交纳（红色），按党章第九条应予关注——无正当理由连续六个月不交纳党费视为自行脱党，须经支部党员大会讨论，软件只作提示。</source>
        <translation>As of {0}: {1} members owe dues, {2} yuan in all; {3} of them have paid nothing for six months or more (red). Under Art. 9 of the Party Constitution this needs attention — six months without paying and without good reason counts as lapsing, which the branch general meeting must discuss; the software only flags it.</translation>
    </message>
    <message>
        <source>没有欠交党费的党员。</source>
        <translation>No member owes dues.</translation>
    </message>
    <message>
        <source>上缴日期</source>
        <translation>Remitted on</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>接收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{0}年已上缴 {1} 笔共 {2} 元；支部结存（收缴未上缴）{3} 元。{4}</source>
        <translation>{0}: {1} remittances, {2} yuan; held by the branch (collected, not remitted) {3} yuan. {4}</translation>
    </message>
    <message>
        <source>{0}（统计至{1}）</source>
        <translation>{0} (up to {1})</translation>
    </message>
    <message>
        <source>正在汇总各村党费…</source>
        <translation>Summing up the villages&apos; dues…</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <source>支部数</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>党员数</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>已交（本期月份）</source>
        <translation>Paid (for these months)</translation>
    </message>
    <message>
        <source>本期收缴</source>
        <translation>Collected in period</translation>
    </message>
    <message>
        <source>本期上缴</source>
        <translation>Remitted in period</translation>
    </message>
    <message>
        <source>收缴未上缴</source>
        <translation>Not remitted</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{0} {1}：{2} 个村（社区）。“已交”是为本期月份交纳的党费（含补交、预交），“本期收缴”是本期入账的全部金额（含自愿多交）。双击一行查看该村的支部。</source>
        <translation>{0} {1}: {2} villages (communities). “Paid” is dues paid for the period&apos;s months (back and advance payments included); “Collected in period” is everything booked in the period (voluntary extra included). Double-click a row to see the village&apos;s branch.</translation>
    </message>
    <message>
        <source>冲销此月的交费…</source>
        <translation>Reverse this month&apos;s payment…</translation>
    </message>
    <message>
        <source>已收 {0} 元，收据号 {1}。</source>
        <translation>Received {0} yuan, receipt number {1}.</translation>
    </message>
    <message>
        <source>现在打印收据吗？</source>
        <translation>Print the receipt now?</translation>
    </message>
    <message>
        <source>党建桌面</source>
        <translation>Party Branch Desktop</translation>
    </message>
    <message>
        <source>{0}没有可冲销的交费。</source>
        <translation>There is no payment for {0} to reverse.</translation>
    </message>
    <message>
        <source>正在生成收据…</source>
        <translation>Making the receipt…</translation>
    </message>
    <message>
        <source>党费收据 — {0}</source>
        <translation>Dues receipt — {0}</translation>
    </message>
    <message>
        <source>正在生成党费收缴登记表…</source>
        <translation>Making the dues register…</translation>
    </message>
    <message>
        <source>党费收缴登记表 — {0}</source>
        <translation>Dues register — {0}</translation>
    </message>
    <message>
        <source>正在生成上缴凭证清单…</source>
        <translation>Making the remittance voucher list…</translation>
    </message>
    <message>
        <source>党费上缴凭证清单 — {0}</source>
        <translation>Remittance voucher list — {0}</translation>
    </message>
    <message>
        <source>正在生成党费汇总表…</source>
        <translation>Making the dues summary…</translation>
    </message>
    <message>
        <source>党费汇总表 — {0}</source>
        <translation>Dues summary — {0}</translation>
    </message>
    <message>
        <source>欠交党费党员名单</source>
        <translation>Members in arrears with dues</translation>
    </message>
</context>
<context>
    <name>DuesPaymentDialog</name>
    <message>
        <source>收款并保存</source>
        <translation>Receive and save</translation>
    </message>
    <message>
        <source>欠交</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>本月应交</source>
        <translation>Due this month</translation>
    </message>
    <message>
        <source>预交</source>
        <translation>Advance</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}&#x3000;{2} 元</source>
        <translation>{0}   {1}   {2} yuan</translation>
    </message>
    <message>
        <source>（尚无）</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>该党员没有待交的月份。</source>
        <translation>This member has no month left to pay.</translation>
    </message>
    <message>
        <source>{0} 元（{1} 个月：{2}）</source>
        <translation>{0} yuan ({1} months: {2})</translation>
    </message>
    <message>
        <source>请在左边勾选所交的月份</source>
        <translation>Tick the months paid for on the left</translation>
    </message>
    <message>
        <source>{0} 元&#x3000;大写：{1}</source>
        <translation>{0} yuan   in words: {1}</translation>
    </message>
    <message>
        <source>一次性自愿多交 1000 元以上，全部上缴中央（第十一条）</source>
        <translation>A one-off voluntary payment of 1000 yuan or more goes wholly to the Centre (Art. 11)</translation>
    </message>
    <message>
        <source>{0}（保存时确定）</source>
        <translation>{0} (fixed when saved)</translation>
    </message>
    <message>
        <source>自愿多交金额</source>
        <translation>Voluntary extra</translation>
    </message>
    <message>
        <source>收党费</source>
        <translation>Take dues</translation>
    </message>
    <message>
        <source>所交月份（可多选：补交以前欠交的月份、预交以后的月份）</source>
        <translation>Months paid for (several allowed: back payment of earlier months, advance payment of later ones)</translation>
    </message>
    <message>
        <source>选中全部欠交</source>
        <translation>Tick all owed</translation>
    </message>
    <message>
        <source>全部不选</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <source>党员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>党费交至</source>
        <translation>Paid up to</translation>
    </message>
    <message>
        <source>按规定</source>
        <translation>By the rules</translation>
    </message>
    <message>
        <source>应交党费</source>
        <translation>Dues</translation>
    </message>
    <message>
        <source>自愿多交（元）</source>
        <translation>Voluntary extra (yuan)</translation>
    </message>
    <message>
        <source>合计收款</source>
        <translation>Total received</translation>
    </message>
    <message>
        <source>交纳日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>交纳方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>收款人</source>
        <translation>Collector</translation>
    </message>
    <message>
        <source>代交人</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>本人交纳时不填</source>
        <translation>Leave empty when the member pays</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
</context>
<context>
    <name>DuesProfileDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>{0}（未定标准）</source>
        <translation>{0} (no standard)</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>减交</source>
        <translation>Reduced</translation>
    </message>
    <message>
        <source>免交</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>起始月份</source>
        <translation>From month</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>月收入</source>
        <translation>Monthly income</translation>
    </message>
    <message>
        <source>每月应交</source>
        <translation>Monthly dues</translation>
    </message>
    <message>
        <source>减免</source>
        <translation>Relief</translation>
    </message>
    <message>
        <source>批准文号</source>
        <translation>Approval reference</translation>
    </message>
    <message>
        <source>批准日期</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <source>该党员的党费标准历史（新标准从起始月份起适用，以前的月份不变）</source>
        <translation>This member&apos;s dues standards (a new standard applies from its month; earlier months do not change)</translation>
    </message>
    <message>
        <source>该党员还没有党费标准。</source>
        <translation>This member has no dues standard yet.</translation>
    </message>
    <message>
        <source>{0}（元）</source>
        <translation>{0} (yuan)</translation>
    </message>
    <message>
        <source>月收入（元）</source>
        <translation>Monthly income (yuan)</translation>
    </message>
    <message>
        <source>每月交纳金额</source>
        <translation>Monthly amount</translation>
    </message>
    <message>
        <source>（{0}）</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <source>减交后金额</source>
        <translation>Reduced amount</translation>
    </message>
    <message>
        <source>自愿多交金额</source>
        <translation>Voluntary extra</translation>
    </message>
    <message>
        <source>党费标准</source>
        <translation>Dues standard</translation>
    </message>
    <message>
        <source>党员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>2026-03（新收入从首次发放的月份起算）</source>
        <translation>2026-03 (a new income counts from the month it is first paid)</translation>
    </message>
    <message>
        <source>党费类别</source>
        <translation>Dues category</translation>
    </message>
    <message>
        <source>税后月收入，例如 4200</source>
        <translation>Monthly income after tax, e.g. 4200</translation>
    </message>
    <message>
        <source>每月交纳（元）</source>
        <translation>Monthly amount (yuan)</translation>
    </message>
    <message>
        <source>农民党员 0.20 至 1.00</source>
        <translation>Farmers: 0.20 to 1.00</translation>
    </message>
    <message>
        <source>按规定</source>
        <translation>By the rules</translation>
    </message>
    <message>
        <source>减交后每月（元）</source>
        <translation>Reduced to (yuan/month)</translation>
    </message>
    <message>
        <source>乡镇党委批复文号</source>
        <translation>Township committee&apos;s approval reference</translation>
    </message>
    <message>
        <source>每月自愿多交（元）</source>
        <translation>Voluntary extra per month (yuan)</translation>
    </message>
    <message>
        <source>转入时党费交至</source>
        <translation>Paid up to on transfer</translation>
    </message>
    <message>
        <source>转入党员：介绍信上的党费交至年月，如 2025-12</source>
        <translation>Transferred-in member: paid-up-to month on the letter, e.g. 2025-12</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>该党员的党费标准历史</source>
        <translation>This member&apos;s dues standards</translation>
    </message>
</context>
<context>
    <name>DuesRemittanceDialog</name>
    <message>
        <source>保存并锁定期间</source>
        <translation>Save and lock the period</translation>
    </message>
    <message>
        <source>{0}收缴未上缴 {1} 元</source>
        <translation>{0}: collected, not remitted {1} yuan</translation>
    </message>
    <message>
        <source>上缴金额</source>
        <translation>Amount remitted</translation>
    </message>
    <message>
        <source>上缴金额与收缴未上缴的 {0} 元不一致，相差 {1} 元</source>
        <translation>The amount differs from the {0} yuan collected and not remitted, by {1} yuan</translation>
    </message>
    <message>
        <source>上缴党费</source>
        <translation>Remit dues</translation>
    </message>
    <message>
        <source>党支部</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>上缴期间自</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>应上缴</source>
        <translation>To remit</translation>
    </message>
    <message>
        <source>上缴金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>上缴日期</source>
        <translation>Remitted on</translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>乡镇党委回执或转账凭证号</source>
        <translation>Township receipt or transfer voucher number</translation>
    </message>
    <message>
        <source>接收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>上缴后，所列期间即锁定：不能再在这些月份记账，以后的更正记在当前期间。</source>
        <translation>After remitting, the period is locked: nothing more can be booked in these months; later corrections go into the current period.</translation>
    </message>
</context>
<context>
    <name>DuesReverseDialog</name>
    <message>
        <source>冲销</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}&#x3000;在{2}交纳（凭证 {3}，{4}）</source>
        <translation>{0}  {1}  paid at {2} (proof {3}, {4})</translation>
    </message>
    <message>
        <source>收据 {0}&#x3000;{1}&#x3000;{2}&#x3000;{3} 元（{4} 交纳）</source>
        <translation>Receipt {0}   {1}   {2}   {3} yuan (paid on {4})</translation>
    </message>
    <message>
        <source>冲销交费</source>
        <translation>Reverse a payment</translation>
    </message>
    <message>
        <source>已入账的交费不能修改或删除：冲销记一笔红字（负数）冲销记录，原收据作废并保留。所涉月份重新变为未交；原期间已上缴或结账时，冲销记在当前期间并注明更正的期间。</source>
        <translation>A posted payment is never edited or deleted: a reversal books a negative (red) entry; the original receipt is cancelled and kept. Its months become unpaid again; if the original period was remitted or closed, the reversal is booked in the current period and names the period it corrects.</translation>
    </message>
    <message>
        <source>冲销原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>例如：月份记错、金额收错、重复登记</source>
        <translation>e.g. wrong months, wrong amount, entered twice</translation>
    </message>
    <message>
        <source>冲销日期</source>
        <translation>Reversed on</translation>
    </message>
</context>
<context>
    <name>DuesVoidDialog</name>
    <message>
        <source>作废此收据号</source>
        <translation>Void this number</translation>
    </message>
    <message>
        <source>（请填写作废日期）</source>
        <translation>(enter the date)</translation>
    </message>
    <message>
        <source>{0}（保存时确定）</source>
        <translation>{0} (fixed when saved)</translation>
    </message>
    <message>
        <source>作废收据</source>
        <translation>Void a receipt</translation>
    </message>
    <message>
        <source>收据填错、撕毁或遗失时，作废这张收据的编号：编号记入台账并注明原因，以后的收据接着下一个编号，收据编号始终连续。作废的收据不收款，也不能恢复；请把作废的收据联保存备查。</source>
        <translation>When a receipt form is written wrongly, torn or lost, void its number: the number is entered in the ledger with the reason and later receipts continue with the next number, so receipt numbers stay continuous. A voided receipt takes no money and cannot be restored; keep the voided form for inspection.</translation>
    </message>
    <message>
        <source>党支部</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>作废日期</source>
        <translation>Date voided</translation>
    </message>
    <message>
        <source>作废的收据号</source>
        <translation>Receipt number voided</translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>例如：金额写错、撕毁、遗失</source>
        <translation>e.g. wrong amount written, torn, lost</translation>
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
    <name>ExcelExport</name>
    <message>
        <source>导出{0}</source>
        <translation>Export {0}</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>正在导出{0}…</source>
        <translation>Exporting {0}…</translation>
    </message>
    <message>
        <source>党建桌面</source>
        <translation>Party Branch Desktop</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>已导出到：
{0}</source>
        <translation>Exported to:
{0}</translation>
    </message>
</context>
<context>
    <name>ExchangeFingerprintDialog</name>
    <message>
        <source>核对指纹</source>
        <translation>Check the fingerprint</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>说明：</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>本文件的指纹：</source>
        <translation>Fingerprint of this file:</translation>
    </message>
    <message>
        <source>对方的指纹：</source>
        <translation>The other side&apos;s fingerprint:</translation>
    </message>
    <message>
        <source>例如 K7QM-4XZA-PRTB-C2DE</source>
        <translation>e.g. K7QM-4XZA-PRTB-C2DE</translation>
    </message>
</context>
<context>
    <name>ExchangeLabels</name>
    <message>
        <source>党费标准</source>
        <translation>Dues profile</translation>
    </message>
    <message>
        <source>党费上缴</source>
        <translation>Dues remittance</translation>
    </message>
    <message>
        <source>党费收缴</source>
        <translation>Dues payment</translation>
    </message>
    <message>
        <source>党费分摊</source>
        <translation>Dues allocation</translation>
    </message>
    <message>
        <source>党费结账</source>
        <translation>Dues period lock</translation>
    </message>
    <message>
        <source>活动场所</source>
        <translation>Activity site</translation>
    </message>
    <message>
        <source>场所资金</source>
        <translation>Site funding</translation>
    </message>
    <message>
        <source>场所房间</source>
        <translation>Site room</translation>
    </message>
    <message>
        <source>资产</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>资产变动</source>
        <translation>Asset movement</translation>
    </message>
    <message>
        <source>资产盘点</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>盘点明细</source>
        <translation>Stocktake line</translation>
    </message>
    <message>
        <source>场所使用记录</source>
        <translation>Site log</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>盘点</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
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
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>批准文号</source>
        <translation>Approval reference</translation>
    </message>
    <message>
        <source>批准日期</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>党小组</source>
        <translation>Party group</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
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
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
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
        <source>参加工作时间</source>
        <translation>Started work</translation>
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
        <source>党员类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>党内职务</source>
        <translation>Party post</translation>
    </message>
    <message>
        <source>家庭住址</source>
        <translation>Home address</translation>
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
        <source>党籍状态</source>
        <translation>Membership status</translation>
    </message>
    <message>
        <source>状态变动日期</source>
        <translation>Status changed on</translation>
    </message>
    <message>
        <source>变动前状态</source>
        <translation>Status before</translation>
    </message>
    <message>
        <source>变动后状态</source>
        <translation>Status after</translation>
    </message>
    <message>
        <source>转出/转入单位</source>
        <translation>Transferred to/from</translation>
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
        <source>可以表决</source>
        <translation>Can vote</translation>
    </message>
    <message>
        <source>计入组织生活</source>
        <translation>Counts as organisational life</translation>
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
        <source>会议内容模板</source>
        <translation>Minutes template</translation>
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
        <source>会议日期</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>结束时间</source>
        <translation>End time</translation>
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
        <source>议题</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>会议内容</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>决议</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <source>表决权</source>
        <translation>Voting right</translation>
    </message>
    <message>
        <source>出席情况</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>顺序</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Subject</translation>
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
        <source>评议等次</source>
        <translation>Appraisal grade</translation>
    </message>
    <message>
        <source>所属记录</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>文件类型</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>文件大小</source>
        <translation>File size</translation>
    </message>
    <message>
        <source>文件校验码</source>
        <translation>File checksum</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>起始月份</source>
        <translation>From month</translation>
    </message>
    <message>
        <source>交纳类别</source>
        <translation>Dues category</translation>
    </message>
    <message>
        <source>计费基数</source>
        <translation>Income base</translation>
    </message>
    <message>
        <source>固定月交额</source>
        <translation>Fixed monthly amount</translation>
    </message>
    <message>
        <source>减免</source>
        <translation>Relief</translation>
    </message>
    <message>
        <source>减交后月交额</source>
        <translation>Reduced monthly amount</translation>
    </message>
    <message>
        <source>自愿多交</source>
        <translation>Voluntary extra</translation>
    </message>
    <message>
        <source>转入前已交至</source>
        <translation>Paid up to before transfer</translation>
    </message>
    <message>
        <source>截止月份</source>
        <translation>To month</translation>
    </message>
    <message>
        <source>上缴日期</source>
        <translation>Remitted on</translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>接收单位</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>冲销的上缴</source>
        <translation>Reversed remittance</translation>
    </message>
    <message>
        <source>收据年度</source>
        <translation>Receipt year</translation>
    </message>
    <message>
        <source>收据序号</source>
        <translation>Receipt sequence</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>交纳日期</source>
        <translation>Date paid</translation>
    </message>
    <message>
        <source>所交月份</source>
        <translation>Months paid</translation>
    </message>
    <message>
        <source>交纳方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>收款人</source>
        <translation>Collector</translation>
    </message>
    <message>
        <source>代交人</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>冲销的收款</source>
        <translation>Reversed payment</translation>
    </message>
    <message>
        <source>更正月份</source>
        <translation>Corrected month</translation>
    </message>
    <message>
        <source>所属收款</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>结账日期</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <source>对应上缴</source>
        <translation>Remittance</translation>
    </message>
    <message>
        <source>建筑面积（平方米）</source>
        <translation>Building area (m²)</translation>
    </message>
    <message>
        <source>占地面积（平方米）</source>
        <translation>Land area (m²)</translation>
    </message>
    <message>
        <source>建成年份</source>
        <translation>Year built</translation>
    </message>
    <message>
        <source>改扩建年份</source>
        <translation>Year renovated</translation>
    </message>
    <message>
        <source>产权</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>开放时间</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>面积（平方米）</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>资产编号</source>
        <translation>Asset no.</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Model/spec</translation>
    </message>
    <message>
        <source>计量单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>取得日期</source>
        <translation>Acquired on</translation>
    </message>
    <message>
        <source>资金文件</source>
        <translation>Funding document</translation>
    </message>
    <message>
        <source>保管人</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>状况</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>处置日期</source>
        <translation>Disposed on</translation>
    </message>
    <message>
        <source>调出场所</source>
        <translation>From site</translation>
    </message>
    <message>
        <source>调出位置</source>
        <translation>From location</translation>
    </message>
    <message>
        <source>调入场所</source>
        <translation>To site</translation>
    </message>
    <message>
        <source>调入位置</source>
        <translation>To location</translation>
    </message>
    <message>
        <source>数量变化</source>
        <translation>Quantity change</translation>
    </message>
    <message>
        <source>原状况</source>
        <translation>Old condition</translation>
    </message>
    <message>
        <source>新状况</source>
        <translation>New condition</translation>
    </message>
    <message>
        <source>费用</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>盘点名称</source>
        <translation>Stocktake title</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>调整入账日期</source>
        <translation>Adjustments posted on</translation>
    </message>
    <message>
        <source>盘点人</source>
        <translation>Counted by</translation>
    </message>
    <message>
        <source>账面数量</source>
        <translation>On the books</translation>
    </message>
    <message>
        <source>账面状况</source>
        <translation>Condition (books)</translation>
    </message>
    <message>
        <source>实盘数量</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>实盘状况</source>
        <translation>Condition (counted)</translation>
    </message>
    <message>
        <source>盘点时间</source>
        <translation>Counted at</translation>
    </message>
    <message>
        <source>登记簿</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>参加人数</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>时长（分钟）</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{0} 元</source>
        <translation>{0} yuan</translation>
    </message>
    <message>
        <source>（{0} 项）</source>
        <translation>({0} items)</translation>
    </message>
    <message>
        <source>{0}…（共 {1} 字）</source>
        <translation>{0}… ({1} characters)</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>上级组织</source>
        <translation>Parent organisation</translation>
    </message>
    <message>
        <source>排序</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>组织</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>党员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>党员状态变动</source>
        <translation>Member status change</translation>
    </message>
    <message>
        <source>会议类型</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>会议出席</source>
        <translation>Meeting attendance</translation>
    </message>
    <message>
        <source>表决</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>民主评议</source>
        <translation>Member appraisal</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>委员人数</source>
        <translation>Committee size</translation>
    </message>
    <message>
        <source>换届日期</source>
        <translation>Committee elected on</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>已删除</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>新增 {0}，更新 {1}，无变化 {2}，冲突 {3}，拒收 {4}</source>
        <translation>new {0}, updated {1}, unchanged {2}, conflicting {3}, refused {4}</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>待首包</source>
        <translation>Awaiting first package</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>重新生成本机密钥…</source>
        <translation>Regenerate this PC&apos;s keys…</translation>
    </message>
    <message>
        <source>只在本机的密钥文件丢失或损坏时使用（例如换了硬盘、数据库复制到了另一台电脑）；之后需要乡镇重新登记本机。</source>
        <translation>Only when this PC&apos;s key file is lost or damaged (e.g. a new disk, or the database was copied to another PC); the township must then enrol this PC again.</translation>
    </message>
    <message>
        <source>载入回执…</source>
        <translation>Load receipt…</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <source>导入登记文件…</source>
        <translation>Import enrolment file…</translation>
    </message>
    <message>
        <source>把本村的数据交给乡镇</source>
        <translation>Hand the village&apos;s data to the township</translation>
    </message>
    <message>
        <source>每月把数据包导出到U盘，带到乡镇导入。乡镇导入后会在U盘上写一个回执（…-回执.djrcpt），带回来后点“载入回执…”，双方就都知道数据已送到。身份证号和电话在U盘上是加密的。</source>
        <translation>Each month export a package to a USB stick and take it to the township. The township writes a receipt (…-回执.djrcpt) onto the stick; bring it back and click &quot;Load receipt…&quot; so both sides know the data arrived. ID numbers and phones are encrypted on the stick.</translation>
    </message>
    <message>
        <source>导出数据包到U盘…</source>
        <translation>Export package to USB stick…</translation>
    </message>
    <message>
        <source>乡镇回传的数据</source>
        <translation>Data sent back by the township</translation>
    </message>
    <message>
        <source>乡镇发回的数据包（…-乡镇回传.djpkg）带有组织机构和更正；导入前会逐项列出要改的内容，确认后才写入。</source>
        <translation>The township&apos;s return package (…-乡镇回传.djpkg) carries the org tree and corrections; every change is listed field by field before anything is written.</translation>
    </message>
    <message>
        <source>导入乡镇回传包…</source>
        <translation>Import township return package…</translation>
    </message>
    <message>
        <source>收发数据包</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>最近数据包</source>
        <translation>Last package</translation>
    </message>
    <message>
        <source>村里导出</source>
        <translation>Exported by village</translation>
    </message>
    <message>
        <source>乡镇导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>距今</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>共收到</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>回传包</source>
        <translation>Return package</translation>
    </message>
    <message>
        <source>回执</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>给所选村生成回传包…</source>
        <translation>Return package for selected village…</translation>
    </message>
    <message>
        <source>汇报情况</source>
        <translation>Tracking board</translation>
    </message>
    <message>
        <source>导入数据包…</source>
        <translation>Import packages…</translation>
    </message>
    <message>
        <source>可以一次选择U盘上的多个数据包（.djpkg）。同一个数据包导入两次、或先导入较旧的，结果都一样；每导入一个，都会在U盘上数据包旁边写一个回执，请村里带回去载入。</source>
        <translation>You may select several packages (.djpkg) on the stick at once. Importing a package twice, or an older one first, gives the same result; each import writes a receipt beside the package on the stick for the village to load.</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>拒收</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>导入数据包</source>
        <translation>Import packages</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>登记状态</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <source>村的指纹</source>
        <translation>Village fingerprint</translation>
    </message>
    <message>
        <source>发登记文件</source>
        <translation>Enrolment file issued</translation>
    </message>
    <message>
        <source>完成登记</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>给所选村发登记文件…</source>
        <translation>Issue enrolment file to selected village…</translation>
    </message>
    <message>
        <source>打印登记表</source>
        <translation>Print enrolment sheet</translation>
    </message>
    <message>
        <source>注销所选村的登记</source>
        <translation>Revoke selected village&apos;s enrolment</translation>
    </message>
    <message>
        <source>登记步骤：1. 给村发登记文件，拷到U盘带给村里；2. 村里导入后，导出第一个数据包；3. 在这里导入它时，核对村里屏幕上显示的指纹，一致才完成登记。</source>
        <translation>Enrolment: 1. issue an enrolment file and take it to the village on a stick; 2. the village imports it and exports its first package; 3. when you import that package here, compare the fingerprint shown on the village&apos;s screen: only a match completes the enrolment.</translation>
    </message>
    <message>
        <source>村的登记</source>
        <translation>Village enrolment</translation>
    </message>
    <message>
        <source>发现时间</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>采用的版本</source>
        <translation>Version kept</translation>
    </message>
    <message>
        <source>不同的项目</source>
        <translation>Fields that differ</translation>
    </message>
    <message>
        <source>恢复另一个版本</source>
        <translation>Bring back the other version</translation>
    </message>
    <message>
        <source>保留现在的版本</source>
        <translation>Keep the current version</translation>
    </message>
    <message>
        <source>双方在互相不知道的情况下改了同一条记录时，采用较晚的修改，另一个版本保存在这里。核对后可以恢复另一个版本（作为一次新的修改，下次交换时对方也会收到）。</source>
        <translation>When both sides changed the same record without seeing each other&apos;s change, the later change is kept and the other version is stored here. After checking you can bring the other version back (as a new change that the other side receives with the next exchange).</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>对方</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>收发记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>村级数据库</source>
        <translation>village database</translation>
    </message>
    <message>
        <source>乡镇数据库</source>
        <translation>township database</translation>
    </message>
    <message>
        <source>本机：{0} · {1}&#x3000;&#x3000;{2}</source>
        <translation>This PC: {0} · {1}    {2}</translation>
    </message>
    <message>
        <source>本机：{0} · {1}&#x3000;&#x3000;本机指纹：&lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>This PC: {0} · {1}    fingerprint: &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>本机：{0} · {1}&#x3000;&#x3000;本机还没有密钥（只读打开）</source>
        <translation>This PC: {0} · {1}    no keys yet (opened read-only)</translation>
    </message>
    <message>
        <source>重新生成本机密钥</source>
        <translation>Regenerate keys</translation>
    </message>
    <message>
        <source>只有在本机的密钥文件丢失或损坏、无法收发数据包时才需要这样做。

重新生成后本机的指纹会改变，{0}，确定要重新生成吗？</source>
        <translation>Do this only when this PC&apos;s key file is lost or damaged and packages can no longer be sent or received.

This PC&apos;s fingerprint will change and {0}. Regenerate the keys?</translation>
    </message>
    <message>
        <source>需要乡镇注销并重新登记本机</source>
        <translation>the township must revoke and re-enrol this PC</translation>
    </message>
    <message>
        <source>所有村都需要重新导入乡镇的登记文件</source>
        <translation>every village must import a new enrolment file from the township</translation>
    </message>
    <message>
        <source>已重新生成密钥</source>
        <translation>Keys regenerated</translation>
    </message>
    <message>
        <source>本机的新指纹：{0}</source>
        <translation>This PC&apos;s new fingerprint: {0}</translation>
    </message>
    <message>
        <source>本机还没有在乡镇登记，不能导出数据包。请把乡镇发来的登记文件（…-登记.djenrol）拷到电脑或插上U盘，点“导入登记文件…”。</source>
        <translation>This PC is not enrolled with the township yet and cannot export packages. Copy the township&apos;s enrolment file (…-登记.djenrol) to the PC or plug in the stick, then click &quot;Import enrolment file…&quot;.</translation>
    </message>
    <message>
        <source>已在“{0}”登记（{1}）。乡镇的指纹：{2}。
乡镇第一次导入本机的数据包时，会核对上面显示的本机指纹。</source>
        <translation>Enrolled with &quot;{0}&quot; ({1}). Township fingerprint: {2}.
When the township imports this PC&apos;s first package it checks this PC&apos;s fingerprint shown above.</translation>
    </message>
    <message>
        <source>选择乡镇发来的登记文件</source>
        <translation>Choose the township&apos;s enrolment file</translation>
    </message>
    <message>
        <source>登记文件 (*.djenrol);;所有文件 (*)</source>
        <translation>Enrolment files (*.djenrol);;All files (*)</translation>
    </message>
    <message>
        <source>导入登记文件</source>
        <translation>Import enrolment file</translation>
    </message>
    <message>
        <source>请把下面的指纹与乡镇打印的登记表逐字核对，并在下面照登记表输入一遍。一致才能登记；不一致说明这个文件不是乡镇发的，请不要导入。</source>
        <translation>Compare the fingerprint below character by character with the township&apos;s printed enrolment sheet and type the sheet&apos;s fingerprint below. Only a match enrols this PC; a mismatch means the file did not come from the township: do not import it.</translation>
    </message>
    <message>
        <source>给“{0}”（{1}）的登记文件，{2} 发出</source>
        <translation>Enrolment file for &quot;{0}&quot; ({1}), issued {2}</translation>
    </message>
    <message>
        <source>乡镇的指纹：</source>
        <translation>Township fingerprint:</translation>
    </message>
    <message>
        <source>登记表上的指纹：</source>
        <translation>Fingerprint on the sheet:</translation>
    </message>
    <message>
        <source>登记完成</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>已在“{0}”登记。现在可以导出第一个数据包；乡镇导入它时会核对本机指纹 {1}。</source>
        <translation>Enrolled with &quot;{0}&quot;. You can now export the first package; the township will check this PC&apos;s fingerprint {1} when importing it.</translation>
    </message>
    <message>
        <source>选择U盘（或要保存数据包的文件夹）</source>
        <translation>Choose the USB stick (or a folder for the package)</translation>
    </message>
    <message>
        <source>正在导出数据包…</source>
        <translation>Exporting the package…</translation>
    </message>
    <message>
        <source>数据包已写入U盘，并已读回校验无误，现在可以安全拔出U盘。
文件：{0}
第 {1} 号数据包，{2} 条记录，{3} 个附件，{4} KB。</source>
        <translation>The package was written to the stick, read back and verified: you may now remove the stick safely.
File: {0}
Package no. {1}, {2} records, {3} attachments, {4} KB.</translation>
    </message>
    <message>
        <source>数据包已写好</source>
        <translation>Package written</translation>
    </message>
    <message>
        <source>选择乡镇回传的数据包</source>
        <translation>Choose the township&apos;s return package</translation>
    </message>
    <message>
        <source>数据包 (*.djpkg);;所有文件 (*)</source>
        <translation>Packages (*.djpkg);;All files (*)</translation>
    </message>
    <message>
        <source>正在检查数据包…</source>
        <translation>Checking the package…</translation>
    </message>
    <message>
        <source>乡镇回传的更正</source>
        <translation>Corrections from the township</translation>
    </message>
    <message>
        <source>正在导入数据包…</source>
        <translation>Importing the package…</translation>
    </message>
    <message>
        <source>已导入“{0}”：{1}。</source>
        <translation>Imported &quot;{0}&quot;: {1}.</translation>
    </message>
    <message>
        <source>导入前的数据已自动备份到：{0}</source>
        <translation>The data before the import was backed up to: {0}</translation>
    </message>
    <message>
        <source>没有任何记录需要改动，数据库未变。</source>
        <translation>Nothing needed changing; the database is as it was.</translation>
    </message>
    <message>
        <source>回执已写到：{0}</source>
        <translation>Receipt written to: {0}</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>选择U盘上的回执</source>
        <translation>Choose the receipt on the stick</translation>
    </message>
    <message>
        <source>回执 (*.djrcpt);;所有文件 (*)</source>
        <translation>Receipts (*.djrcpt);;All files (*)</translation>
    </message>
    <message>
        <source>回执已载入</source>
        <translation>Receipt loaded</translation>
    </message>
    <message>
        <source>“{0}”已于 {1} 导入本机的第 {2} 号数据包：{3}。</source>
        <translation>&quot;{0}&quot; imported this PC&apos;s package no. {2} on {1}: {3}.</translation>
    </message>
    <message>
        <source>已写，村已载入</source>
        <translation>Written, loaded by village</translation>
    </message>
    <message>
        <source>已写，村未确认</source>
        <translation>Written, not yet confirmed</translation>
    </message>
    <message>
        <source>第 {0} 号，{1}</source>
        <translation>No. {0}, {1}</translation>
    </message>
    <message>
        <source>，已回执</source>
        <translation>, receipt back</translation>
    </message>
    <message>
        <source>（{0} 天）</source>
        <translation> ({0} days)</translation>
    </message>
    <message>
        <source>第 {0} 号</source>
        <translation>No. {0}</translation>
    </message>
    <message>
        <source>{0} 天</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <source>共 {0} 个村（社区），正常 {1} 个，逾期 {2} 个，待首包 {3} 个，未登记 {4} 个。超过 {5} 天没有交数据包算逾期。</source>
        <translation>{0} villages: {1} up to date, {2} overdue, {3} awaiting a first package, {4} not enrolled. A village is overdue after {5} days without a package.</translation>
    </message>
    <message>
        <source>已发登记文件，等第一个数据包</source>
        <translation>File issued, awaiting first package</translation>
    </message>
    <message>
        <source>已登记</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>已注销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>请先在列表中选择一个村（社区）。</source>
        <translation>Please select a village in the list first.</translation>
    </message>
    <message>
        <source>选择把登记文件存到哪里（例如U盘）</source>
        <translation>Choose where to save the enrolment file (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>正在写登记文件…</source>
        <translation>Writing the enrolment file…</translation>
    </message>
    <message>
        <source>登记文件已写好</source>
        <translation>Enrolment file written</translation>
    </message>
    <message>
        <source>登记文件已写到：{0}

请把它带给村里导入。村里会核对乡镇的指纹：{1}（请写在或打印在登记表上一并交给村里）。
村里第一次交来数据包时，在“导入数据包”中核对村里屏幕上的指纹后完成登记。</source>
        <translation>Enrolment file written to: {0}

Take it to the village to import. The village will check the township fingerprint {1} (write or print it on the enrolment sheet you hand over).
When the village brings its first package, compare the fingerprint on the village&apos;s screen under &quot;Import packages&quot; to complete the enrolment.</translation>
    </message>
    <message>
        <source>正在生成登记表…</source>
        <translation>Creating the enrolment sheet…</translation>
    </message>
    <message>
        <source>数据交换登记表 — {0}</source>
        <translation>Enrolment sheet — {0}</translation>
    </message>
    <message>
        <source>注销登记</source>
        <translation>Revoke enrolment</translation>
    </message>
    <message>
        <source>确定注销“{0}”的登记吗？注销后不再接收这台电脑的数据包（例如电脑丢失或重装），需要重新发登记文件。</source>
        <translation>Revoke the enrolment of &quot;{0}&quot;? Packages from that PC will no longer be accepted (e.g. the PC was lost or reinstalled); a new enrolment file must be issued.</translation>
    </message>
    <message>
        <source>选择U盘（或要保存回传包的文件夹）</source>
        <translation>Choose the USB stick (or a folder for the return package)</translation>
    </message>
    <message>
        <source>正在生成回传包…</source>
        <translation>Writing the return package…</translation>
    </message>
    <message>
        <source>回传包已写好</source>
        <translation>Return package written</translation>
    </message>
    <message>
        <source>回传包已写入U盘，并已读回校验无误，现在可以安全拔出U盘。
文件：{0}
第 {1} 号，{2} 条记录。</source>
        <translation>The return package was written to the stick, read back and verified: you may now remove the stick safely.
File: {0}
No. {1}, {2} records.</translation>
    </message>
    <message>
        <source>选择U盘上的数据包（可多选）</source>
        <translation>Choose packages on the stick (several allowed)</translation>
    </message>
    <message>
        <source>{0}（{1}）：{2}</source>
        <translation>{0} ({1}): {2}</translation>
    </message>
    <message>
        <source>以下数据包没有导入：</source>
        <translation>These packages were not imported:</translation>
    </message>
    <message>
        <source>已导入的：</source>
        <translation>Imported:</translation>
    </message>
    <message>
        <source>回执已写到U盘上各数据包旁边，请让村里带回去载入。</source>
        <translation>Receipts were written beside each package on the stick; ask the villages to take them back and load them.</translation>
    </message>
    <message>
        <source>正在导入 {0}…</source>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <source>“{0}”：没有核对指纹，未导入。</source>
        <translation>&quot;{0}&quot;: fingerprint not confirmed, not imported.</translation>
    </message>
    <message>
        <source>核对指纹，完成登记</source>
        <translation>Check the fingerprint to enrol</translation>
    </message>
    <message>
        <source>这是“{0}”交来的第一个数据包。请看村里电脑“数据交换”页上显示的本机指纹（或登记表上记下的指纹），照着输入到下面。一致才登记并导入；不一致说明这个数据包可能不是该村发出的。</source>
        <translation>This is the first package from &quot;{0}&quot;. Type below the fingerprint shown on the village PC&apos;s &quot;Data exchange&quot; page (or noted on the enrolment sheet). Only a match enrols the village and imports the package; a mismatch means the package may not come from that village.</translation>
    </message>
    <message>
        <source>数据包的指纹：</source>
        <translation>Package fingerprint:</translation>
    </message>
    <message>
        <source>村里屏幕上的指纹：</source>
        <translation>Fingerprint on the village screen:</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>回执：{0}</source>
        <translation>Receipt: {0}</translation>
    </message>
    <message>
        <source>本机的修改</source>
        <translation>This PC&apos;s change</translation>
    </message>
    <message>
        <source>收到的修改</source>
        <translation>Received change</translation>
    </message>
    <message>
        <source>冲突（{0}）</source>
        <translation>Conflicts ({0})</translation>
    </message>
    <message>
        <source>没有待处理的冲突。</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>选择一条冲突，查看两个版本的差别。</source>
        <translation>Select a conflict to see how the two versions differ.</translation>
    </message>
    <message>
        <source>{0}：现在是“{1}”，另一个版本是“{2}”</source>
        <translation>{0}: now &quot;{1}&quot;, the other version &quot;{2}&quot;</translation>
    </message>
    <message>
        <source>两个版本的内容相同（只是修改时间不同）。</source>
        <translation>Both versions hold the same values (only the edit times differ).</translation>
    </message>
    <message>
        <source>请先选择一条冲突。</source>
        <translation>Please select a conflict first.</translation>
    </message>
    <message>
        <source>{0} 条</source>
        <translation>{0} records</translation>
    </message>
    <message>
        <source>已收到回执 {0}</source>
        <translation>Receipt received {0}</translation>
    </message>
    <message>
        <source>未收到回执</source>
        <translation>No receipt yet</translation>
    </message>
    <message>
        <source>回执已写到U盘</source>
        <translation>Receipt written to stick</translation>
    </message>
    <message>
        <source>回执未写出</source>
        <translation>Receipt not written</translation>
    </message>
    <message>
        <source>发出</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>收到</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>ExchangePreviewDialog</name>
    <message>
        <source>乡镇回传的更正</source>
        <translation>Corrections from the township</translation>
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
    <name>FingerprintDialog</name>
    <message>
        <source>指纹一致，确认登记</source>
        <translation>Fingerprints match: enrol</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
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
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>党员花名册导入模板.xlsx</source>
        <translation>member roster import template.xlsx</translation>
    </message>
    <message>
        <source>“{file}”工作表“{sheet}”：将新增 {imported} 名、更新 {updated} 名，无变化 {unchanged} 名；跳过 {skipped} 行，待定 {undecided} 行。共 {errors} 处错误、{warnings} 处提醒。</source>
        <translation>&quot;{file}&quot;, sheet &quot;{sheet}&quot;: {imported} to add, {updated} to update, {unchanged} unchanged; {skipped} rows skipped, {undecided} to decide. {errors} errors, {warnings} warnings.</translation>
    </message>
    <message>
        <source>已导入：新增 {imported} 名，更新 {updated} 名；无变化 {unchanged} 名，跳过 {skipped} 行。</source>
        <translation>Imported: {imported} added, {updated} updated; {unchanged} unchanged, {skipped} rows skipped.</translation>
    </message>
    <message>
        <source>活动场所资产清单导入模板.xlsx</source>
        <translation>activity site asset list import template.xlsx</translation>
    </message>
    <message>
        <source>从 Excel 导入资产</source>
        <translation>Import assets from Excel</translation>
    </message>
    <message>
        <source>选择本村已有的资产清单或固定资产登记表（Excel 或 WPS 保存的 .xlsx 文件）和要登记到的活动场所。</source>
        <translation>Choose the village&apos;s existing asset list or fixed-asset register (an .xlsx file saved by Excel or WPS) and the activity site to register the assets in.</translation>
    </message>
    <message>
        <source>“存放地点”须是该活动场所已有的功能室；已在台账中的资产（编号相同，或名称、规格型号、购置日期相同）不会重复登记。导入前会先检查全表、列出每一处问题，确认后才写入，写入前自动备份数据库。旧版 .xls 文件请先在 WPS 或 Excel 中另存为 .xlsx。</source>
        <translation>The &quot;location&quot; must be a room the site already has; assets already on the books (same number, or same name, model and purchase date) are not registered twice. The whole sheet is checked first and every problem listed; nothing is written until you confirm, and the database is backed up before writing. Save old .xls files as .xlsx in WPS or Excel first.</translation>
    </message>
    <message>
        <source>登记到活动场所</source>
        <translation>Register in site</translation>
    </message>
    <message>
        <source>请选择要登记到的活动场所</source>
        <translation>Please choose the activity site to register the assets in</translation>
    </message>
    <message>
        <source>下面是全表检查的结果，每一处问题都标明了行和列。确认后点“开始导入”，所有新资产在一次操作中登记。</source>
        <translation>These are the results of checking the whole sheet, each problem with its row and column. Click &quot;Import&quot; to register all new assets in one operation.</translation>
    </message>
    <message>
        <source>“{file}”工作表“{sheet}”：将新增 {imported} 项（{value} 元），已在台账 {unchanged} 项；跳过 {skipped} 行。共 {errors} 处错误、{warnings} 处提醒。</source>
        <translation>&quot;{file}&quot;, sheet &quot;{sheet}&quot;: {imported} to add (CNY {value}), {unchanged} already on the books; {skipped} rows skipped. {errors} errors, {warnings} warnings.</translation>
    </message>
    <message>
        <source>已导入：新增 {imported} 项，已在台账 {unchanged} 项，跳过 {skipped} 行。</source>
        <translation>Imported: {imported} added, {unchanged} already on the books, {skipped} rows skipped.</translation>
    </message>
    <message>
        <source>检查结果中没有要新增的资产，没有写入任何数据。</source>
        <translation>The check found no assets to add; nothing was written.</translation>
    </message>
    <message>
        <source>保存空白导入模板</source>
        <translation>Save blank import template</translation>
    </message>
    <message>
        <source>没有保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>空白导入模板已保存到：
{0}
填好后在“Excel 文件”中选择它导入。</source>
        <translation>Blank import template saved to:
{0}
Fill it in, then choose it under &quot;Excel file&quot; to import it.</translation>
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
        <source>党费收缴登记表导入模板.xlsx</source>
        <translation>Dues register import template.xlsx</translation>
    </message>
    <message>
        <source>从 Excel 导入党费记录</source>
        <translation>Import dues records from Excel</translation>
    </message>
    <message>
        <source>选择以往用 Excel 或 WPS 记的党费收缴登记表（每月一列）或交费明细（每笔一行），和要补录到的党支部。</source>
        <translation>Choose the dues register (one column a month) or payment list (one payment a row) kept in Excel or WPS, and the branch to enter it into.</translation>
    </message>
    <message>
        <source>党员按身份证号、没有身份证号的按姓名对应，须已在花名册中并已设定党费标准。已在台账中的月份不会重复登记，已上缴或已结账的期间不能补录。表中没写年度的登记表按党费页面所选的年度导入。导入前会先检查全表、列出每一处问题，确认后才写入，写入前自动备份数据库。</source>
        <translation>Members are matched by ID number, or by name where there is none; they must be on the roster with a dues standard set. Months already in the ledger are not entered twice; remitted or closed periods cannot be entered. A register that does not state its year is imported as the year chosen on the dues page. The whole sheet is checked first and every problem listed; nothing is written before you confirm, and the database is backed up first.</translation>
    </message>
    <message>
        <source>补录到党支部</source>
        <translation>Enter into branch</translation>
    </message>
    <message>
        <source>请选择要补录到的党支部</source>
        <translation>Please choose the branch to enter the records into</translation>
    </message>
    <message>
        <source>下面是全表检查的结果，每一处问题都标明了行和列。确认后点“开始导入”，所有交费在一次操作中记入台账。</source>
        <translation>This is the result of checking the whole sheet; every problem names its row and column. Click “Start import” to enter all payments into the ledger in one operation.</translation>
    </message>
    <message>
        <source>“{file}”工作表“{sheet}”（年度 {year}）：将导入 {imported} 行，共 {payments} 笔、{amount} 元；已在台账 {unchanged} 行，跳过 {skipped} 行。共 {errors} 处错误、{warnings} 处提醒。</source>
        <translation>“{file}”, sheet “{sheet}” (year {year}): {imported} rows will be imported, {payments} payments, {amount} yuan; {unchanged} rows already in the ledger, {skipped} rows skipped. {errors} errors, {warnings} warnings.</translation>
    </message>
    <message>
        <source>已导入：{imported} 行，已在台账 {unchanged} 行，跳过 {skipped} 行。收据编号接续本支部的编号，每笔交费的备注注明“补录”和原表的行号。</source>
        <translation>Imported: {imported} rows; {unchanged} rows already in the ledger, {skipped} rows skipped. Receipt numbers continue the branch&apos;s sequence; each payment&apos;s note says “补录” (entered later) and the sheet&apos;s row.</translation>
    </message>
    <message>
        <source>检查结果中没有要补录的交费，没有写入任何数据。</source>
        <translation>The check found no payments to enter; nothing was written.</translation>
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
        <source>无法检查</source>
        <translation>Cannot check</translation>
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
        <source>还没有表格？可以先下载空白模板，填好后再导入。</source>
        <translation>No sheet yet? Download the blank template, fill it in, then import it.</translation>
    </message>
    <message>
        <source>下载空白模板…</source>
        <translation>Download blank template…</translation>
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
        <source>花名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>党员基本信息、组织关系和状态变化；按姓名、拼音首字母、身份证号或电话查找。</source>
        <translation>Members&apos; details, Party relations and status changes; find by name, pinyin initials, ID number or phone.</translation>
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
        <source>所选组织的各类登记表：按年度预览打印、导出Excel，装订备查。</source>
        <translation>Every register of the selected organisation: preview and print by year, export to Excel, for the binders.</translation>
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
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
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
        <source>范围较大：党费和三会一课在打开检查结果后检查</source>
        <translation>A large selection: dues and meetings are checked when you open the results</translation>
    </message>
    <message>
        <source>检查：{0} 条以上需处理</source>
        <translation>Checks: {0} or more to deal with</translation>
    </message>
    <message>
        <source>检查：点击查看</source>
        <translation>Checks: click to see</translation>
    </message>
    <message>
        <source>按党内法规检查所选组织及下级组织的设置、人数和换届情况，以及三会一课、党费和活动场所</source>
        <translation>Checks the selected organisation and those below it against Party rules: set-up, numbers and terms, meetings, dues and activity sites</translation>
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
    <name>PaymentListModel</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>党员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>所交月份</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>其中自愿多交</source>
        <translation>Of which voluntary</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>收款人</source>
        <translation>Collector</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>在{0}交纳（凭证 {1}）</source>
        <translation>Paid at {0} (proof {1})</translation>
    </message>
    <message>
        <source>，已冲销</source>
        <translation>, reversed</translation>
    </message>
    <message>
        <source>作废：{0}</source>
        <translation>Voided: {0}</translation>
    </message>
    <message>
        <source>冲销{0}（{1}）</source>
        <translation>Reverses {0} ({1})</translation>
    </message>
    <message>
        <source>已冲销</source>
        <translation>Reversed</translation>
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
    <name>PhotoStrip</name>
    <message>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <source>删除照片</source>
        <translation>Delete photo</translation>
    </message>
    <message>
        <source>添加照片</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>图片 (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>党建桌面</source>
        <translation>Party Branch Desktop</translation>
    </message>
    <message>
        <source>删除照片“{0}”？</source>
        <translation>Delete the photo &quot;{0}&quot;?</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>来自“{0}”的数据包。导入后：{1}。</source>
        <translation>Package from &quot;{0}&quot;. Importing it: {1}.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
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
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原来</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>改为</source>
        <translation>After</translation>
    </message>
    <message>
        <source>这个数据包不会改变本机的任何数据。</source>
        <translation>This package changes nothing on this PC.</translation>
    </message>
    <message>
        <source>有 {0} 条记录双方都修改过：以较晚的修改为准，另一个版本保存在“冲突”列表中，可以查看并恢复，不会丢失。</source>
        <translation>{0} records were changed on both sides: the later change is kept and the other version is stored in the &quot;Conflicts&quot; list, where it can be reviewed and brought back; nothing is lost.</translation>
    </message>
    <message>
        <source>导入前会自动备份本机数据；导入是一次完成的，中途出错不会留下一半的数据。</source>
        <translation>The data is backed up before the import; the import is all-or-nothing, a failure never leaves half of it.</translation>
    </message>
    <message>
        <source>应用这些更正</source>
        <translation>Apply these corrections</translation>
    </message>
    <message>
        <source>暂不导入</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>RegistersPanel</name>
    <message>
        <source> 年</source>
        <translation> (year)</translation>
    </message>
    <message>
        <source>添加记录</source>
        <translation>Add entry</translation>
    </message>
    <message>
        <source>登记簿</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>参加人数</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>时长（分钟）</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{0} {1}年：共 {2} 条记录，合计 {3:g} 小时</source>
        <translation>{0} {1}: {2} entries, {3:g} hours in all</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>报表</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>按年度</source>
        <translation>By year</translation>
    </message>
    <message>
        <source>当前</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>选中一种报表后点“预览打印”；按年度的报表按上方年度生成。</source>
        <translation>Select a register, then click &quot;Preview and print&quot;; yearly registers are made for the year above.</translation>
    </message>
    <message>
        <source>预览打印…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <source>导出Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>当前组织：{0}</source>
        <translation>Organisation: {0}</translation>
    </message>
    <message>
        <source>党建桌面</source>
        <translation>Party Branch Desktop</translation>
    </message>
    <message>
        <source>正在生成{0}…</source>
        <translation>Making {0}…</translation>
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
    <name>SiteDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>面积（㎡）</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>文件或凭证</source>
        <translation>Document or voucher</translation>
    </message>
    <message>
        <source>新建活动场所 — {0}</source>
        <translation>New activity site — {0}</translation>
    </message>
    <message>
        <source>{0}党群服务中心</source>
        <translation>{0} Party and Public Service Centre</translation>
    </message>
    <message>
        <source>活动场所 — {0}</source>
        <translation>Activity site — {0}</translation>
    </message>
    <message>
        <source>功能室第 {0} 行：{1}</source>
        <translation>Room, row {0}: {1}</translation>
    </message>
    <message>
        <source>资金来源第 {0} 行：{1}</source>
        <translation>Funding, row {0}: {1}</translation>
    </message>
    <message>
        <source>活动场所</source>
        <translation>Activity site</translation>
    </message>
    <message>
        <source>场所名称</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>例：李家村党群服务中心</source>
        <translation>e.g. Lijia Village Party and Public Service Centre</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>建筑面积（㎡）</source>
        <translation>Building area (m²)</translation>
    </message>
    <message>
        <source>占地面积（㎡）</source>
        <translation>Land area (m²)</translation>
    </message>
    <message>
        <source>建成年份</source>
        <translation>Year built</translation>
    </message>
    <message>
        <source>例：2016</source>
        <translation>e.g. 2016</translation>
    </message>
    <message>
        <source>改扩建年份</source>
        <translation>Year renovated</translation>
    </message>
    <message>
        <source>产权</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>开放时间</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>例：工作日 8:30-17:30</source>
        <translation>e.g. weekdays 8:30-17:30</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>功能室和区域（类型可从列表选，也可自己填写）</source>
        <translation>Rooms and areas (pick a kind from the list or type your own)</translation>
    </message>
    <message>
        <source>添加功能室</source>
        <translation>Add room</translation>
    </message>
    <message>
        <source>删除功能室</source>
        <translation>Delete room</translation>
    </message>
    <message>
        <source>建设资金来源（金额单位：元）</source>
        <translation>Construction funding (amounts in yuan)</translation>
    </message>
    <message>
        <source>添加资金来源</source>
        <translation>Add funding source</translation>
    </message>
    <message>
        <source>删除资金来源</source>
        <translation>Delete funding source</translation>
    </message>
</context>
<context>
    <name>SiteLogDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>登记簿记录</source>
        <translation>Register entry</translation>
    </message>
    <message>
        <source>登记簿</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>例：2025-03-01</source>
        <translation>e.g. 2025-03-01</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>参加人数</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>时长（分钟）</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <source>新建场所</source>
        <translation>New site</translation>
    </message>
    <message>
        <source>修改场所信息</source>
        <translation>Edit site</translation>
    </message>
    <message>
        <source>打印资产登记表</source>
        <translation>Print asset register</translation>
    </message>
    <message>
        <source>打印资产标签</source>
        <translation>Print asset labels</translation>
    </message>
    <message>
        <source>活动场所</source>
        <translation>Activity site</translation>
    </message>
    <message>
        <source>场所概况</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>资产台账</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>盘点</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>远程教育登记簿</source>
        <translation>Remote-education registers</translation>
    </message>
    <message>
        <source>登记本村的活动场所</source>
        <translation>Register this village&apos;s activity site</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>建筑面积（㎡）</source>
        <translation>Building area (m²)</translation>
    </message>
    <message>
        <source>功能室</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>在账资产（项）</source>
        <translation>Assets on the books (lines)</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>资产金额（元）</source>
        <translation>Asset value (yuan)</translation>
    </message>
    <message>
        <source>待修</source>
        <translation>To repair</translation>
    </message>
    <message>
        <source>已报废/处置</source>
        <translation>Scrapped/disposed</translation>
    </message>
    <message>
        <source>建设资金（元）</source>
        <translation>Construction funding (yuan)</translation>
    </message>
    <message>
        <source>最近盘点</source>
        <translation>Last stocktake</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>面积（㎡）</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>场所照片</source>
        <translation>Site photos</translation>
    </message>
    <message>
        <source>功能室和区域</source>
        <translation>Rooms and areas</translation>
    </message>
    <message>
        <source>编号、名称、规格、保管人</source>
        <translation>number, name, spec, custodian</translation>
    </message>
    <message>
        <source>显示已报废、处置的</source>
        <translation>Show scrapped and disposed</translation>
    </message>
    <message>
        <source>全部状况</source>
        <translation>All conditions</translation>
    </message>
    <message>
        <source>全部来源</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>状况</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>登记资产</source>
        <translation>Register asset</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>调拨</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>状况变更</source>
        <translation>Change condition</translation>
    </message>
    <message>
        <source>报废/处置</source>
        <translation>Scrap/dispose</translation>
    </message>
    <message>
        <source>从 Excel 导入资产…</source>
        <translation>Import assets from Excel…</translation>
    </message>
    <message>
        <source>把本村已有的资产清单（.xlsx）登记到所选的活动场所：先检查全表、列出每一处问题，确认后才写入</source>
        <translation>Register the village&apos;s existing asset list (.xlsx) in the chosen site: the whole sheet is checked first and every problem listed; nothing is written until you confirm</translation>
    </message>
    <message>
        <source>变动记录</source>
        <translation>History</translation>
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
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>审批文号</source>
        <translation>Approval reference</translation>
    </message>
    <message>
        <source>资产照片</source>
        <translation>Asset photos</translation>
    </message>
    <message>
        <source>{0}还没有登记村级组织活动场所。</source>
        <translation>{0} has no activity site registered yet.</translation>
    </message>
    <message>
        <source>全部位置</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>活动场所属于村（社区）：请在左侧组织树中选择一个村、社区或乡镇。</source>
        <translation>Activity sites belong to villages (communities): choose a village, community or township in the tree on the left.</translation>
    </message>
    <message>
        <source>未盘点</source>
        <translation>never</translation>
    </message>
    <message>
        <source>{0}：{1} 个村（社区），{2} 个未登记活动场所；在账资产合计 {3} 元，待修 {4} 项。在左侧选择一个村查看它的活动场所。</source>
        <translation>{0}: {1} villages (communities), {2} without a registered site; assets on the books {3} yuan in all, {4} to repair. Choose a village on the left to see its site.</translation>
    </message>
    <message>
        <source>{0}年建成</source>
        <translation>built {0}</translation>
    </message>
    <message>
        <source>{0}年改扩建</source>
        <translation>renovated {0}</translation>
    </message>
    <message>
        <source>所属</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>建筑面积</source>
        <translation>Building area</translation>
    </message>
    <message>
        <source>{0} 平方米</source>
        <translation>{0} m²</translation>
    </message>
    <message>
        <source>占地面积</source>
        <translation>Land area</translation>
    </message>
    <message>
        <source>建成/改扩建</source>
        <translation>Built/renovated</translation>
    </message>
    <message>
        <source>产权</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>建设资金</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>合计 {0} 元</source>
        <translation>{0} yuan in all</translation>
    </message>
    <message>
        <source>开放时间</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>{0} 个</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>在账资产</source>
        <translation>Assets on the books</translation>
    </message>
    <message>
        <source>{0} 项 {1} 件，{2} 元</source>
        <translation>{0} lines, {1} items, {2} yuan</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>&lt;b&gt;在账 {0} 项 {1} 件，合计 {2} 元&lt;/b&gt;</source>
        <translation>&lt;b&gt;On the books: {0} lines, {1} items, {2} yuan in all&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&#x3000;（另有已报废、处置 {0} 项，不计入合计）</source>
        <translation>&#x3000;(plus {0} scrapped or disposed lines, not in the totals)</translation>
    </message>
    <message>
        <source>&lt;br&gt;按类别：{0}&lt;br&gt;按来源：{1}</source>
        <translation>&lt;br&gt;By category: {0}&lt;br&gt;By source: {1}</translation>
    </message>
    <message>
        <source>变动记录：{0} {1}（共 {2} 条，记录不能删除）</source>
        <translation>History: {0} {1} ({2} entries; entries are never deleted)</translation>
    </message>
    <message>
        <source>变动记录：请在上面选择一项资产</source>
        <translation>History: choose an asset above</translation>
    </message>
    <message>
        <source>党建桌面</source>
        <translation>Party Branch Desktop</translation>
    </message>
    <message>
        <source>正在生成固定资产登记表…</source>
        <translation>Making the asset register…</translation>
    </message>
    <message>
        <source>固定资产登记表 — {0}</source>
        <translation>Asset register — {0}</translation>
    </message>
    <message>
        <source>正在生成盘点表…</source>
        <translation>Making the stocktake report…</translation>
    </message>
    <message>
        <source>资产盘点表 — {0}</source>
        <translation>Stocktake report — {0}</translation>
    </message>
    <message>
        <source>本场所全部在账资产（{0} 项）</source>
        <translation>Every asset on this site&apos;s books ({0} lines)</translation>
    </message>
    <message>
        <source>列表中筛选出的资产（{0} 项）</source>
        <translation>The assets listed by the filters ({0} lines)</translation>
    </message>
    <message>
        <source>选中的资产（{0}）</source>
        <translation>The selected asset ({0})</translation>
    </message>
    <message>
        <source>列表中没有在账资产，无法打印标签。</source>
        <translation>No asset on the books in the list: no labels to print.</translation>
    </message>
    <message>
        <source>正在生成资产标签…</source>
        <translation>Making asset labels…</translation>
    </message>
    <message>
        <source>资产标签 — {0}</source>
        <translation>Asset labels — {0}</translation>
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
    <name>StocktakePanel</name>
    <message>
        <source>开始新盘点</source>
        <translation>Start a stocktake</translation>
    </message>
    <message>
        <source>打印盘点表</source>
        <translation>Print stocktake report</translation>
    </message>
    <message>
        <source>盘点</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>导出Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>扫描标签，或输入资产编号（如 42）后按回车</source>
        <translation>Scan a label, or type the asset number (e.g. 42) and press Enter</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>实盘数量</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>状况</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>扫一次计一件；数量多的（如图书）扫码后按 Tab 输入实盘数量，再按回车记录。</source>
        <translation>Each scan counts one item; for large quantities (books) scan, press Tab, type the counted quantity and press Enter.</translation>
    </message>
    <message>
        <source>只看差异</source>
        <translation>Discrepancies only</translation>
    </message>
    <message>
        <source>只看未盘</source>
        <translation>Uncounted only</translation>
    </message>
    <message>
        <source>结束盘点</source>
        <translation>Close stocktake</translation>
    </message>
    <message>
        <source>按盘点结果调整账面</source>
        <translation>Adjust the books to the count</translation>
    </message>
    <message>
        <source>资产编号</source>
        <translation>Asset no.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>账面数量</source>
        <translation>On the books</translation>
    </message>
    <message>
        <source>差异</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>账面状况</source>
        <translation>Condition (books)</translation>
    </message>
    <message>
        <source>实盘状况</source>
        <translation>Condition (counted)</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>{0}（{1}，{2}）</source>
        <translation>{0} ({1}, {2})</translation>
    </message>
    <message>
        <source>还没有盘点记录。点“开始新盘点”按账面生成盘点清单。</source>
        <translation>No stocktake yet. Click &quot;Start a stocktake&quot; to list the assets on the books for counting.</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>{0}：{1} 开始，盘点中</source>
        <translation>{0}: started {1}, in progress</translation>
    </message>
    <message>
        <source>{0}：{1} 至 {2}，已结束（不能再修改）</source>
        <translation>{0}: {1} to {2}, closed (can no longer change)</translation>
    </message>
    <message>
        <source>，已于 {0} 调整账面</source>
        <translation>, books adjusted on {0}</translation>
    </message>
    <message>
        <source>，尚未调整账面</source>
        <translation>, books not yet adjusted</translation>
    </message>
    <message>
        <source>已盘 {0} / 共 {1} 项</source>
        <translation>Counted {0} / {1}</translation>
    </message>
    <message>
        <source>差异 {0} 项：盘盈 {1}，盘亏 {2}，状况不符 {3}</source>
        <translation>{0} discrepancies: {1} surplus, {2} shortage, {3} condition</translation>
    </message>
    <message>
        <source>暂无差异</source>
        <translation>No discrepancies</translation>
    </message>
    <message>
        <source>{0} {1}：实盘 {2}，账面 {3}（{4}）</source>
        <translation>{0} {1}: counted {2}, books {3} ({4})</translation>
    </message>
    <message>
        <source>党建桌面</source>
        <translation>Party Branch Desktop</translation>
    </message>
    <message>
        <source>还有 {0} 项资产没有盘点。结束盘点将把它们记为“未找到”（盘亏）。
结束后盘点结果不能再修改。确定结束吗？</source>
        <translation>{0} assets have not been counted. Closing records them as not found (shortage).
A closed stocktake can no longer change. Close it?</translation>
    </message>
    <message>
        <source>结束“{0}”？结束后盘点结果不能再修改。</source>
        <translation>Close &quot;{0}&quot;? A closed stocktake can no longer change.</translation>
    </message>
    <message>
        <source>资产盘点表</source>
        <translation>Stocktake sheet</translation>
    </message>
    <message>
        <source>将按盘点结果调整 {0} 项资产的账面数量和状况（未找到的资产核销），每项记一条“盘点调整”。
审批文号或说明（可不填）：</source>
        <translation>The quantity and condition of {0} assets will be set to the count (assets not found are written off), each as a stocktake adjustment.
Approval reference or note (optional):</translation>
    </message>
    <message>
        <source>已调整 {0} 项资产的账面</source>
        <translation>Books adjusted for {0} assets</translation>
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
<context>
    <name>dialog</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
