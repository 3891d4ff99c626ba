<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountsTable</name>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>账号ID</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>主页链接</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <source>Engagement %</source>
        <translation>互动率 %</translation>
    </message>
    <message>
        <source>Female %</source>
        <translation>女性占比 %</translation>
    </message>
    <message>
        <source>Age bands</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>Top cities / tiers</source>
        <translation>主要城市 / 城市线级</translation>
    </message>
    <message>
        <source>Rate card (format: fee; …)</source>
        <translation>报价单（形式：报价；…）</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>核对日期</translation>
    </message>
    <message>
        <source>Video 21–60 s: ¥30,000</source>
        <translation>视频 21–60 秒：¥30,000</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>例如：{0}</translation>
    </message>
</context>
<context>
    <name>AddTaskDialog</name>
    <message>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>e.g. Send the autumn brief to 美妆小鹿</source>
        <translation>例如：把秋季需求简报发给美妆小鹿</translation>
    </message>
    <message>
        <source>Optional: type a KOL&apos;s name</source>
        <translation>可选：输入 KOL 昵称</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>KOL</source>
        <translation>KOL</translation>
    </message>
    <message>
        <source>No KOL is called that</source>
        <translation>没有叫这个名字的 KOL</translation>
    </message>
    <message>
        <source>Several KOLs share that name: pick one</source>
        <translation>有多个 KOL 同名：请选择一个</translation>
    </message>
</context>
<context>
    <name>Agencies</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation>注册名称</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone, WeChat or e-mail</source>
        <translation>电话、微信或邮箱</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No agency with id {id}</source>
        <translation>没有编号为 {id} 的经纪机构</translation>
    </message>
    <message>
        <source>An agency needs a name</source>
        <translation>经纪机构需要名称</translation>
    </message>
    <message>
        <source>There is already an agency named {name}</source>
        <translation>已有名为 {name} 的经纪机构</translation>
    </message>
    <message>
        <source>%n KOLs name {name} as their agency: give them another agency first</source>
        <translation>有 %n 位 KOL 的经纪机构是 {name}：请先为他们更换经纪机构</translation>
    </message>
</context>
<context>
    <name>AgenciesArea</name>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>As the KOLs&apos; agency field writes it</source>
        <translation>与 KOL 资料中“机构/MCN”一栏的写法一致</translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation>注册名称</translation>
    </message>
    <message>
        <source>As on its business licence</source>
        <translation>与营业执照一致</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone, WeChat or e-mail</source>
        <translation>电话、微信或邮箱</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>新建经纪机构</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>KOLs</source>
        <translation>KOL</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <source>Delete agency</source>
        <translation>删除经纪机构</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>删除“{0}”？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Agency not deleted</source>
        <translation>经纪机构未删除</translation>
    </message>
    <message>
        <source> · through the agency</source>
        <translation> · 经由该机构</translation>
    </message>
    <message>
        <source>KOLs ({0})</source>
        <translation>KOL（{0}）</translation>
    </message>
    <message>
        <source>Deals ({0})</source>
        <translation>合作（{0}）</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>kolcrm cannot open the database</source>
        <translation>kolcrm 无法打开数据库</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>{error}

Every change is saved whole or not at all, so no record was half-written.</source>
        <translation>{error}

每次修改要么完整保存、要么完全不保存，因此没有任何记录被写了一半。</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is a folder, not a file</source>
        <translation>{name} 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>{name} is {size} MB; files up to {limit} MB can be attached</source>
        <translation>{name} 大小为 {size} MB；只能附加不超过 {limit} MB 的文件</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} 是空文件</translation>
    </message>
    <message>
        <source>Files up to {limit} MB can be attached</source>
        <translation>只能附加不超过 {limit} MB 的文件</translation>
    </message>
    <message>
        <source>This file is already attached as {name}</source>
        <translation>此文件已作为 {name} 附加</translation>
    </message>
    <message>
        <source>What the file was to be attached to no longer exists</source>
        <translation>要附加文件的记录已不存在</translation>
    </message>
    <message>
        <source>No attached file with id {id}</source>
        <translation>没有编号为 {id} 的附件</translation>
    </message>
    <message>
        <source>{name} is damaged: its contents no longer match the SHA-256 recorded when it was attached</source>
        <translation>{name} 已损坏：其内容与附加时记录的 SHA-256 不一致</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation>撤销移除</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>未附加</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Save a copy of {0}</source>
        <translation>另存 {0} 的副本</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>副本未保存</translation>
    </message>
    <message>
        <source>Removed {0}: it stays in the trash until the trash is emptied.</source>
        <translation>已移除 {0}：清空回收站前它仍保留在回收站中。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>{path}: %n problems found:</source>
        <translation>{path}：发现 %n 个问题：</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up</source>
        <translation>{path} 处没有可备份的数据库</translation>
    </message>
    <message>
        <source>Cannot create the backups folder {folder}: {reason}</source>
        <translation>无法创建备份文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: {reason}</source>
        <translation>无法写入备份 {path}：{reason}</translation>
    </message>
    <message>
        <source>A backup cannot be taken while a change is being saved; try again</source>
        <translation>正在保存修改时无法备份；请稍后重试</translation>
    </message>
    <message>
        <source>{path} cannot be read as an SQLite database ({reason})</source>
        <translation>无法将 {path} 作为 SQLite 数据库读取（{reason}）</translation>
    </message>
    <message>
        <source>Could not restore {name}; the database was left as it was: {reason}</source>
        <translation>无法恢复 {name}，数据库保持原样：{reason}</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup of it</source>
        <translation>{path} 是数据库本身，不是它的备份</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {reason}</source>
        <translation>无法恢复 {name}：{reason}</translation>
    </message>
    <message>
        <source>{problems}; and %n more</source>
        <translation>{problems}；另有 %n 个</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be restored ({problems})</source>
        <translation>{name} 已损坏，无法恢复（{problems}）</translation>
    </message>
    <message>
        <source>Cannot keep {path} aside, so nothing was restored: {reason}</source>
        <translation>无法保留 {path} 的副本，因此未恢复任何内容：{reason}</translation>
    </message>
    <message>
        <source>{path} is open in another kolcrm or program; close it and restore again. Nothing changed.</source>
        <translation>{path} 正被另一个 kolcrm 或其他程序打开；请关闭后再恢复。未做任何更改。</translation>
    </message>
    <message>
        <source>{name} is not a kolcrm backup (an empty or foreign SQLite file)</source>
        <translation>{name} 不是 kolcrm 备份（是空的或其他程序的 SQLite 文件）</translation>
    </message>
    <message>
        <source>Could not copy {path}: {reason}</source>
        <translation>无法复制 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path}: no problems found (integrity, foreign keys and search index checked).</source>
        <translation>{path}：未发现问题（已检查完整性、外键和搜索索引）。</translation>
    </message>
    <message>
        <source>{path} is in the middle of saving a change; check it again then</source>
        <translation>{path} 正在保存一项修改；请稍后再检查</translation>
    </message>
    <message>
        <source>{path} is not a file that can be checked (missing, a folder or a device)</source>
        <translation>{path} 不是可检查的文件（不存在、是文件夹或设备）</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database file</source>
        <translation>{path} 不是 SQLite 数据库文件</translation>
    </message>
    <message>
        <source>its checksum file {checksum} cannot be read ({reason})</source>
        <translation>无法读取其校验文件 {checksum}（{reason}）</translation>
    </message>
    <message>
        <source>it does not match the SHA-256 recorded in {checksum} when it was taken: the file changed since (damaged on disk or edited)</source>
        <translation>它与备份时记录在 {checksum} 中的 SHA-256 不符：文件此后已被改动（磁盘损坏或被编辑）</translation>
    </message>
    <message>
        <source>integrity check stopped: {reason}</source>
        <translation>完整性检查中断：{reason}</translation>
    </message>
    <message>
        <source>table {table} row {row}: {parent}{value} does not exist</source>
        <translation>表 {table} 第 {row} 行：{parent}{value} 不存在</translation>
    </message>
    <message>
        <source>table {table} a row: {parent}{value} does not exist</source>
        <translation>表 {table} 中某一行：{parent}{value} 不存在</translation>
    </message>
    <message>
        <source>search index {table} is damaged ({reason}); searches may miss KOLs</source>
        <translation>搜索索引 {table} 已损坏（{reason}）；搜索可能找不到部分 KOL</translation>
    </message>
    <message>
        <source>KOL {id} ({name}) has no search document: search cannot find them</source>
        <translation>KOL {id}（{name}）没有搜索文档：搜索找不到此 KOL</translation>
    </message>
    <message>
        <source>the search index still holds a document for KOL {id}, who no longer exists</source>
        <translation>搜索索引中仍有 KOL {id} 的文档，但此 KOL 已不存在</translation>
    </message>
    <message>
        <source>and %n more search documents like these</source>
        <translation>另有 %n 个类似的搜索文档</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>On close</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>Backups are kept in {0}. Daily, weekly and on-close backups rotate; manual ones stay.</source>
        <translation>备份保存在 {0}。每日、每周和关闭时的备份会轮换清理，手动备份始终保留。</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>已备份到 {0}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>kolcrm backups (*.db);;All files (*)</source>
        <translation>kolcrm 备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace the current database with the backup {0}?

The current file is not deleted: it is kept aside as {1}.replaced-&lt;date and time&gt;, beside it.</source>
        <translation>用备份 {0} 替换当前数据库吗？

当前文件不会被删除：它会以 {1}.replaced-&lt;日期时间&gt; 的名称保留在同一文件夹中。</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>无法恢复此备份</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source> The previous database is kept as {0}.</source>
        <translation>原数据库已保留为 {0}。</translation>
    </message>
    <message>
        <source>Restored {0}.</source>
        <translation>已恢复 {0}。</translation>
    </message>
    <message>
        <source>No problems found: integrity, links and the search index are fine.</source>
        <translation>未发现问题：数据完整性、关联和搜索索引均正常。</translation>
    </message>
    <message>
        <source>Check: no problems found.</source>
        <translation>检查完成：未发现问题。</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>恢复所选备份</translation>
    </message>
    <message>
        <source>Choose a backup file to restore</source>
        <translation>选择要恢复的备份文件</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Cannot move the collaboration</source>
        <translation>无法移动该合作</translation>
    </message>
</context>
<context>
    <name>BrandFit</name>
    <message>
        <source>That KOL no longer exists</source>
        <translation>该 KOL 已不存在</translation>
    </message>
    <message>
        <source>Shared categories</source>
        <translation>品类重合</translation>
    </message>
    <message>
        <source>The brand lists no categories: half marks</source>
        <translation>品牌未填写品类：计一半分</translation>
    </message>
    <message>
        <source>None of the brand&apos;s categories ({words})</source>
        <translation>与品牌的品类（{words}）均不重合</translation>
    </message>
    <message>
        <source>Image and values</source>
        <translation>形象与价值观</translation>
    </message>
    <message>
        <source>The brand lists no values tags: half marks</source>
        <translation>品牌未填写价值观标签：计一半分</translation>
    </message>
    <message>
        <source>None of the brand&apos;s values tags ({words})</source>
        <translation>与品牌的价值观标签（{words}）均不重合</translation>
    </message>
    <message>
        <source>Shared: {words}</source>
        <translation>重合：{words}</translation>
    </message>
    <message>
        <source>Audience match</source>
        <translation>受众匹配</translation>
    </message>
    <message>
        <source>No audience figures to compare: half marks</source>
        <translation>没有可比较的受众数据：计一半分</translation>
    </message>
    <message>
        <source>{female}% female vs {wanted}% wanted</source>
        <translation>女性占 {female}%，目标 {wanted}%</translation>
    </message>
    <message>
        <source>{share}% in {bands}</source>
        <translation>{bands} 占 {share}%</translation>
    </message>
    <message>
        <source>cities: {cities}</source>
        <translation>城市：{cities}</translation>
    </message>
    <message>
        <source>cities: none in common</source>
        <translation>城市：无重合</translation>
    </message>
    <message>
        <source>The account has no audience figures: half marks</source>
        <translation>该账号没有受众数据：计一半分</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Engagement quality</source>
        <translation>互动质量</translation>
    </message>
    <message>
        <source>{rate}% engagement; {healthy}% is healthy for the tier</source>
        <translation>互动率 {rate}%；该层级的健康水平为 {healthy}%</translation>
    </message>
    <message>
        <source>That brand no longer exists</source>
        <translation>该品牌已不存在</translation>
    </message>
</context>
<context>
    <name>BrandPostsTable</name>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Add brand post</source>
        <translation>添加品牌发布</translation>
    </message>
</context>
<context>
    <name>Brands</name>
    <message>
        <source>Brand name cannot be empty</source>
        <translation>品牌名称不能为空</translation>
    </message>
    <message>
        <source>The brand name</source>
        <translation>品牌名称</translation>
    </message>
    <message>
        <source>The brand values</source>
        <translation>品牌价值观</translation>
    </message>
    <message>
        <source>The target audience</source>
        <translation>目标受众</translation>
    </message>
    <message>
        <source>The official channels</source>
        <translation>官方渠道</translation>
    </message>
    <message>
        <source>The categories</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>The female share of the target audience is a percentage (0–100)</source>
        <translation>目标受众女性占比是百分比（0–100）</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>A brand called “{name}” already exists</source>
        <translation>已有名为“{name}”的品牌</translation>
    </message>
    <message>
        <source>Brand {id} does not exist</source>
        <translation>品牌 {id} 不存在</translation>
    </message>
    <message>
        <source>This brand has campaigns; delete them before deleting the brand</source>
        <translation>该品牌下还有营销活动，请先删除活动再删除品牌</translation>
    </message>
    <message>
        <source>This brand has %n collaborations; delete or move them before deleting the brand</source>
        <translation>该品牌下还有 %n 个合作，请先删除或转移这些合作再删除品牌</translation>
    </message>
</context>
<context>
    <name>BrandsArea</name>
    <message>
        <source>Weibo @brand · WeChat official account · Xiaohongshu @brand</source>
        <translation>微博 @品牌 · 微信公众号 · 小红书 @品牌</translation>
    </message>
    <message>
        <source>e.g. 75 %</source>
        <translation>例如：75%</translation>
    </message>
    <message>
        <source>¥299 (break-even orders before signing)</source>
        <translation>¥299（签约前测算保本单量）</translation>
    </message>
    <message>
        <source>New brand</source>
        <translation>新建品牌</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>Values and image</source>
        <translation>品牌价值与形象</translation>
    </message>
    <message>
        <source>Target audience</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <source>Audience: female share</source>
        <translation>人群：女性占比</translation>
    </message>
    <message>
        <source>Audience: age bands</source>
        <translation>人群：年龄段</translation>
    </message>
    <message>
        <source>Audience: cities / tiers</source>
        <translation>人群：城市 / 城市线级</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Official channels</source>
        <translation>官方渠道</translation>
    </message>
    <message>
        <source>The female share is a percentage and the order value an amount (e.g. ¥299)</source>
        <translation>女性占比须为百分比，客单价须为金额（例如：¥299）</translation>
    </message>
    <message>
        <source>Delete brand</source>
        <translation>删除品牌</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>删除“{0}”？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Brand not deleted</source>
        <translation>品牌未删除</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n selected KOLs</source>
        <translation>
            <numerusform>编辑选中的 %n 位 KOL</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. 双11, 美妆</source>
        <translation>例如 双11, 美妆</translation>
    </message>
    <message>
        <source>Give them to</source>
        <translation>交给</translation>
    </message>
    <message>
        <source>empty: to nobody</source>
        <translation>留空：不指定负责人</translation>
    </message>
    <message>
        <source>Leave custom fields as they are</source>
        <translation>不修改自定义字段</translation>
    </message>
    <message>
        <source>the value (empty clears it)</source>
        <translation>字段值（留空即清除）</translation>
    </message>
    <message>
        <source>Add tags (categories)</source>
        <translation>添加标签（品类）</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>建联</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>保持不变</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>interrupted; nothing half-written was kept</source>
        <translation>已中断；没有保留任何写了一半的内容</translation>
    </message>
    <message>
        <source>another program kept the database busy; try again when it has finished</source>
        <translation>另一个程序一直占用数据库；请等它完成后再试</translation>
    </message>
    <message>
        <source>Another kolcrm is writing to this database; waiting…</source>
        <translation>另一个 kolcrm 正在写入此数据库；正在等待……</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>“{text}”不是整数</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>至少为 1</translation>
    </message>
    <message>
        <source>--demo and --db name two different databases: give one of them</source>
        <translation>--demo 和 --db 指向两个不同的数据库：请只给出其中一个</translation>
    </message>
    <message>
        <source>using {path}</source>
        <translation>使用 {path}</translation>
    </message>
    <message>
        <source>there is no demo database yet at {path}: `kolcrm --demo` or `kolcrm demo --demo` creates it</source>
        <translation>{path} 还没有演示数据库：运行 `kolcrm --demo` 或 `kolcrm demo --demo` 即可创建</translation>
    </message>
    <message>
        <source>there is no database at {path}; the demo book is at {demo} — use --demo</source>
        <translation>{path} 没有数据库；演示数据库在 {demo}——请使用 --demo</translation>
    </message>
    <message>
        <source>there is no database at {path}</source>
        <translation>{path} 处没有数据库</translation>
    </message>
    <message>
        <source>using {path} (empty; the demo book is at {demo} — use --demo)</source>
        <translation>使用 {path}（空库；演示数据库在 {demo}——请使用 --demo）</translation>
    </message>
    <message>
        <source>there is no database at {path} to back up</source>
        <translation>{path} 处没有可备份的数据库</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <source>Restored {file} into {database}</source>
        <translation>已将 {file} 恢复到 {database}</translation>
    </message>
    <message>
        <source>The previous database was kept as {path}</source>
        <translation>原数据库已保留为 {path}</translation>
    </message>
    <message>
        <source>Wrote {number} ({size} bytes, sha256 {sha}…) to {path}</source>
        <translation>已将 {number}（{size} 字节，sha256 {sha}…）写入 {path}</translation>
    </message>
    <message>
        <source>{done} / {total} contracts</source>
        <translation>{done} / {total} 份合同</translation>
    </message>
    <message>
        <source>Wrote %n contracts to {path}</source>
        <translation>已将 %n 份合同写入 {path}</translation>
    </message>
    <message>
        <source>{done} / {total} KOLs</source>
        <translation>{done} / {total} 位 KOL</translation>
    </message>
    <message>
        <source>Added %n demo KOLs and {deals} collaborations to {path}</source>
        <translation>已向 {path} 添加 %n 位演示 KOL 和 {deals} 个合作</translation>
    </message>
    <message>
        <source>Added %n demo KOLs to {path}</source>
        <translation>已向 {path} 添加 %n 位演示 KOL</translation>
    </message>
    <message>
        <source>Wrote %n KOLs as JSON to {path}</source>
        <translation>已将 %n 位 KOL 以 JSON 格式写入 {path}</translation>
    </message>
    <message>
        <source>Wrote %n contact cards to {path}</source>
        <translation>已将 %n 张联系人名片写入 {path}</translation>
    </message>
    <message>
        <source>Wrote %n KOLs to {path}</source>
        <translation>已将 %n 位 KOL 写入 {path}</translation>
    </message>
    <message>
        <source>Wrote %n calendar entries to {path}</source>
        <translation>已将 %n 条日程写入 {path}</translation>
    </message>
    <message>
        <source>Wrote an encrypted handover package of %n KOLs to {path}; importing it needs its passphrase</source>
        <translation>已将 %n 位 KOL 写入加密交接包 {path}；导入时需要它的口令</translation>
    </message>
    <message>
        <source>Wrote a handover package of %n KOLs to {path}</source>
        <translation>已将含 %n 位 KOL 的交接包写入 {path}</translation>
    </message>
    <message>
        <source>another program is writing to this database; nothing was imported, try again when it has finished</source>
        <translation>另一个程序正在写入此数据库；未导入任何内容，请等它完成后再试</translation>
    </message>
    <message>
        <source>Column “{header}”: numbers ≤ 1 read as fractions (0.052 = 5.2 %); use --rates percent if they are percent already</source>
        <translation>“{header}”列：≤ 1 的数字按小数读取（0.052 = 5.2%）；如果它们本来就是百分数，请使用 --rates percent</translation>
    </message>
    <message>
        <source>Mapping (guessed): {mapping}</source>
        <translation>列对应（自动识别）：{mapping}</translation>
    </message>
    <message>
        <source>Fixed for every row: {values}</source>
        <translation>所有行的固定值：{values}</translation>
    </message>
    <message>
        <source>Possible duplicates (kolcrm merge KEEP OTHER):</source>
        <translation>可能重复的 KOL（合并命令：kolcrm merge 保留的ID 被合并的ID）：</translation>
    </message>
    <message>
        <source>{keep_id} {keep_name} and {other_id} {other_name}: {reason}</source>
        <translation>{keep_id} {keep_name} 与 {other_id} {other_name}：{reason}</translation>
    </message>
    <message>
        <source>{file} is a handover package: it is imported whole (use it without --dry-run)</source>
        <translation>{file} 是交接包：只能整体导入（请去掉 --dry-run）</translation>
    </message>
    <message>
        <source>{done} / {total} rows</source>
        <translation>{done} / {total} 行</translation>
    </message>
    <message>
        <source>encrypting needs SQLCipher: install kolcrm[encryption]; nothing was changed</source>
        <translation>加密需要 SQLCipher：请安装 kolcrm[encryption]；没有做任何改动</translation>
    </message>
    <message>
        <source>{path} is already encrypted (or not a kolcrm database); nothing was changed</source>
        <translation>{path} 已经加密（或不是 kolcrm 数据库）；没有做任何改动</translation>
    </message>
    <message>
        <source>Encrypted {path} ({rows} rows in {tables} tables, checked).</source>
        <translation>已加密 {path}（{tables} 张表共 {rows} 行，已核对）。</translation>
    </message>
    <message>
        <source>Keep the passphrase safe: without it nobody, not even kolcrm, can open this database again.</source>
        <translation>请妥善保管口令：没有它，任何人（包括 kolcrm）都无法再打开这个数据库。</translation>
    </message>
    <message>
        <source>%n earlier copies of this database are not encrypted (backups, and copies kept by a restore or an upgrade); delete them or keep them somewhere safe:</source>
        <translation>这个数据库之前的 %n 份副本没有加密（备份，以及恢复或升级时保留的副本）；请删除它们，或存放在安全的地方：</translation>
    </message>
    <message>
        <source>Decrypted {path}: it is a plain SQLite file again ({rows} rows in {tables} tables, checked).</source>
        <translation>已解密 {path}：它又是普通的 SQLite 文件了（{tables} 张表共 {rows} 行，已核对）。</translation>
    </message>
    <message>
        <source>{path} is not encrypted: use kolcrm encrypt; nothing was changed</source>
        <translation>{path} 未加密：请使用 kolcrm encrypt；未做任何更改</translation>
    </message>
    <message>
        <source>the new passphrase is the current one; nothing was changed</source>
        <translation>新口令与当前口令相同；未做任何更改</translation>
    </message>
    <message>
        <source>Changed the passphrase of {path} ({rows} rows in {tables} tables, checked).</source>
        <translation>已更改 {path} 的口令（{tables} 张表中的 {rows} 行，已核对）。</translation>
    </message>
    <message>
        <source>Backups taken before keep the old passphrase; the keychain, if it remembered the old one, now has the new one.</source>
        <translation>此前的备份仍使用旧口令；若钥匙串记住了旧口令，现在已改为新口令。</translation>
    </message>
    <message>
        <source>a passphrase is needed: set {variable}, or run the command in a terminal</source>
        <translation>需要口令：请设置 {variable}，或在终端中运行该命令</translation>
    </message>
    <message>
        <source>New passphrase for {name}: </source>
        <translation>{name} 的新口令：</translation>
    </message>
    <message>
        <source>the passphrase cannot be empty; nothing was changed</source>
        <translation>口令不能为空；没有做任何改动</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>再输入一次口令：</translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>两次输入的口令不一致；没有做任何改动</translation>
    </message>
    <message>
        <source>Passphrase for {name}: </source>
        <translation>{name} 的口令：</translation>
    </message>
    <message>
        <source>Password of {user} for {url}: </source>
        <translation>{user} 在 {url} 的密码：</translation>
    </message>
    <message>
        <source>copied {rows} rows in {tables} tables</source>
        <translation>已复制 {tables} 张表中的 {rows} 行</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>618 shopping festival</source>
        <translation>618 购物节</translation>
    </message>
    <message>
        <source>Double 11 (双11)</source>
        <translation>双11</translation>
    </message>
    <message>
        <source>Double 12 (双12)</source>
        <translation>双12</translation>
    </message>
    <message>
        <source>{brand}&apos;s own post on {channel}</source>
        <translation>{brand} 官方在{channel}发布</translation>
    </message>
    <message>
        <source>{name} booked out</source>
        <translation>{name} 档期已满</translation>
    </message>
    <message>
        <source>{kol} exclusive to {brand}: {category}</source>
        <translation>{kol} 与 {brand} 排他：{category}</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <source>New campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>编辑营销活动</translation>
    </message>
    <message>
        <source>Choose a brand…</source>
        <translation>选择品牌…</translation>
    </message>
    <message>
        <source>Product or product line</source>
        <translation>产品或产品线</translation>
    </message>
    <message>
        <source>Choose a goal…</source>
        <translation>选择目标…</translation>
    </message>
    <message>
        <source>e.g. 150,000 or 15万</source>
        <translation>例如：150,000 或 15万</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>品牌：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>预算：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Brand posts</source>
        <translation>品牌发布</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>准备清单</translation>
    </message>
    <message>
        <source>Choose the brand of the campaign</source>
        <translation>请选择活动所属品牌</translation>
    </message>
    <message>
        <source>Give the campaign a name</source>
        <translation>请为活动命名</translation>
    </message>
    <message>
        <source>Choose the campaign&apos;s goal</source>
        <translation>请选择活动目标</translation>
    </message>
    <message>
        <source>Budget: “{0}” is not a number</source>
        <translation>预算：“{0}”不是有效数字</translation>
    </message>
    <message>
        <source>Replace the KPIs with the ones proposed for “{0}”?</source>
        <translation>用“{0}”的推荐 KPI 替换当前 KPI 吗？</translation>
    </message>
    <message>
        <source>Proposed KPIs</source>
        <translation>推荐 KPI</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>KPIs ({0})</source>
        <translation>KPI（{0}）</translation>
    </message>
    <message>
        <source>The readiness checklist is not complete:

{0}

Launch the campaign anyway?</source>
        <translation>准备清单尚未完成：

{0}

仍要启动活动吗？</translation>
    </message>
    <message>
        <source>Launch campaign</source>
        <translation>启动活动</translation>
    </message>
    <message>
        <source>Launch anyway</source>
        <translation>仍然启动</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>播放量</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>互动量</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Cost per conversion</source>
        <translation>单次转化成本</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <source>Counted from the captures</source>
        <translation>根据数据回收自动统计</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>KOL</source>
        <translation>KOL</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Add collaboration…</source>
        <translation>添加合作…</translation>
    </message>
    <message>
        <source>Remove from campaign</source>
        <translation>移出活动</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Capture results…</source>
        <translation>数据回收…</translation>
    </message>
    <message>
        <source>Results of the selected published KOL post (T+7, T+21…)</source>
        <translation>录入所选已发布 KOL 内容的效果数据（T+7、T+21…）</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:{0}&quot;&gt;&amp;nbsp;Brand channel&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style=&quot;background:{1}&quot;&gt;&amp;nbsp;KOL post&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;background:{0}&quot;&gt;&amp;nbsp;品牌渠道&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style=&quot;background:{1}&quot;&gt;&amp;nbsp;KOL 内容&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Goal and KPIs: targets vs actuals</source>
        <translation>目标与 KPI：目标值对比实际值</translation>
    </message>
    <message>
        <source>Double-click a manual actual to enter it.</source>
        <translation>双击需手动录入的实际值即可填写。</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>效果数据</translation>
    </message>
    <message>
        <source>Readiness for the sales influx</source>
        <translation>销售高峰准备情况</translation>
    </message>
    <message>
        <source>Collaborations in the campaign</source>
        <translation>活动中的合作</translation>
    </message>
    <message>
        <source>Timeline: brand channels and KOL posts</source>
        <translation>时间线：品牌渠道与 KOL 内容</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>未选择营销活动</translation>
    </message>
    <message>
        <source>Budget {0} · spend {1}</source>
        <translation>预算 {0} · 已花费 {1}</translation>
    </message>
    <message>
        <source>Readiness checklist (optional for this goal)</source>
        <translation>准备清单（此目标可选）</translation>
    </message>
    <message>
        <source>Double-click to name who is responsible</source>
        <translation>双击填写负责人</translation>
    </message>
    <message numerus="yes">
        <source>%n deals paid in another currency than {0} are left out of the results</source>
        <translation>
            <numerusform>有 %n 个合作以 {0} 以外的币种付款，未计入效果数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready for the sales influx: {0}</source>
        <translation>尚未做好销售高峰准备：{0}</translation>
    </message>
    <message>
        <source>Add collaboration</source>
        <translation>添加合作</translation>
    </message>
    <message>
        <source>Every collaboration of {0} is already in this campaign.</source>
        <translation>{0} 的所有合作都已在此活动中。</translation>
    </message>
    <message>
        <source>A collaboration of {0} (one in another campaign moves here):</source>
        <translation>选择 {0} 的一个合作（已属于其他活动的合作会移到此活动）：</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>“{0}” is not a number</source>
        <translation>“{0}”不是有效数字</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>CampaignTimeline</name>
    <message>
        <source>Posted {0}</source>
        <translation>已于 {0} 发布</translation>
    </message>
    <message>
        <source>Brand · {0}</source>
        <translation>品牌 · {0}</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>New followers on the brand&apos;s Weibo/WeChat</source>
        <translation>品牌微博/微信新增粉丝</translation>
    </message>
    <message>
        <source>Interactions with KOL posts</source>
        <translation>KOL 内容互动量</translation>
    </message>
    <message>
        <source>Brand mentions</source>
        <translation>品牌提及量</translation>
    </message>
    <message>
        <source>Product mentions</source>
        <translation>产品提及量</translation>
    </message>
    <message>
        <source>Store visits</source>
        <translation>店铺访问量</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Conversions (orders, sign-ups, downloads)</source>
        <translation>转化（下单、注册、下载）</translation>
    </message>
    <message>
        <source>Likes and reposts of KOL posts</source>
        <translation>KOL 内容点赞与转发</translation>
    </message>
    <message>
        <source>What the comments say (qualitative)</source>
        <translation>评论反馈（定性）</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>播放量/阅读量</translation>
    </message>
    <message>
        <source>New followers from KOL posts</source>
        <translation>KOL 内容带来的新粉丝</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论数</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>转发数</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>收藏数</translation>
    </message>
    <message>
        <source>New followers</source>
        <translation>新增粉丝</translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>链接点击数</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>转化数</translation>
    </message>
    <message>
        <source>{metric} must be zero or more</source>
        <translation>{metric}不能小于 0</translation>
    </message>
    <message>
        <source>Results cannot be captured in the future</source>
        <translation>数据回收日期不能晚于今天</translation>
    </message>
    <message>
        <source>Deliverable {id} does not exist</source>
        <translation>交付内容 {id} 不存在</translation>
    </message>
    <message>
        <source>Results are captured for a published deliverable</source>
        <translation>只能为已发布的交付内容回收数据</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <source>interactions</source>
        <translation>次互动</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>次提及</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>次访问</translation>
    </message>
    <message>
        <source>likes + reposts</source>
        <translation>次点赞 + 转发</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>条备注</translation>
    </message>
    <message>
        <source>Logistics informed and stock ready</source>
        <translation>已通知物流，库存已备足</translation>
    </message>
    <message>
        <source>Delivery promise set (same / next day)</source>
        <translation>已确定发货时效（当日/次日达）</translation>
    </message>
    <message>
        <source>Customer support staffed in the e-commerce chat</source>
        <translation>电商客服已安排到位</translation>
    </message>
    <message>
        <source>Landing page / store ready</source>
        <translation>落地页/店铺已就绪</translation>
    </message>
    <message>
        <source>Contact person named</source>
        <translation>已指定对接人</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Not ready for the sales influx: {items}</source>
        <translation>尚未做好迎接销售高峰的准备：{items}</translation>
    </message>
    <message>
        <source>Choose the brand of the campaign</source>
        <translation>请选择营销活动所属的品牌</translation>
    </message>
    <message>
        <source>Campaign {id} no longer exists</source>
        <translation>营销活动 {id} 已不存在</translation>
    </message>
    <message>
        <source>%n deals in this campaign are for its current brand: remove them before changing it</source>
        <translation>该活动中有 %n 个合作属于当前品牌：请先移除这些合作，再更换品牌</translation>
    </message>
    <message>
        <source>Campaign {id} does not exist</source>
        <translation>营销活动 {id} 不存在</translation>
    </message>
    <message>
        <source>That campaign or collaboration no longer exists</source>
        <translation>该营销活动或合作已不存在</translation>
    </message>
    <message>
        <source>The collaboration is for another brand than the campaign</source>
        <translation>该合作所属的品牌与营销活动的品牌不一致</translation>
    </message>
    <message>
        <source>No post on the brand&apos;s own channels (Weibo, WeChat…) is planned within the campaign&apos;s dates: followers who come from the KOLs will find a feed that does not tell the same story</source>
        <translation>活动期间，品牌自有渠道（微博、微信等）没有安排任何发布：从 KOL 那里来的粉丝会发现品牌主页讲的不是同一个故事</translation>
    </message>
    <message>
        <source>Give the campaign a name</source>
        <translation>请为营销活动填写名称</translation>
    </message>
    <message>
        <source>Choose the campaign&apos;s goal</source>
        <translation>请选择营销活动的目标</translation>
    </message>
    <message>
        <source>The campaign name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>The product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The campaign ends before it starts</source>
        <translation>活动结束日期早于开始日期</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Unknown KPI metric “{metric}”</source>
        <translation>未知的 KPI 指标“{metric}”</translation>
    </message>
    <message>
        <source>KPI {number} target</source>
        <translation>第 {number} 个 KPI 的目标值</translation>
    </message>
    <message>
        <source>KPI {number} manual actual</source>
        <translation>第 {number} 个 KPI 的手动实际值</translation>
    </message>
    <message>
        <source>Unknown channel “{channel}”</source>
        <translation>未知的渠道“{channel}”</translation>
    </message>
    <message>
        <source>A checklist item needs a text</source>
        <translation>清单项不能为空</translation>
    </message>
</context>
<context>
    <name>CampaignsArea</name>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Budget / spend</source>
        <translation>预算 / 花费</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>新建营销活动…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Mark the campaign launched (the readiness checklist is checked first)</source>
        <translation>将活动标记为已启动（会先检查准备清单）</translation>
    </message>
    <message>
        <source>Import metrics…</source>
        <translation>导入数据…</translation>
    </message>
    <message>
        <source>Results of the campaign&apos;s posts from a CSV or Excel file</source>
        <translation>从 CSV 或 Excel 文件导入活动内容的效果数据</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Spend is over the budget</source>
        <translation>花费已超出预算</translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns</source>
        <translation>
            <numerusform>%n 个营销活动</numerusform>
        </translation>
    </message>
    <message>
        <source>Not launched</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>Delete the campaign “{0}”? Its deals stay; its KPIs, posts and checklist go.</source>
        <translation>删除营销活动“{0}”吗？其中的合作会保留；KPI、品牌发布和准备清单将一并删除。</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>删除营销活动</translation>
    </message>
    <message>
        <source>Import metrics</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>表格文件 (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Fee not agreed</source>
        <translation>成交价未定</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <source>Sent: {kind} — {description}</source>
        <translation>已送出：{kind}——{description}</translation>
    </message>
    <message>
        <source>Sent: {kind}</source>
        <translation>已送出：{kind}</translation>
    </message>
    <message>
        <source>Received: {kind} — {note}</source>
        <translation>已收到：{kind}——{note}</translation>
    </message>
    <message>
        <source>Received: {kind}</source>
        <translation>已收到：{kind}</translation>
    </message>
    <message>
        <source>Risk noted ({category}, {likelihood}×{impact}): {description}</source>
        <translation>记录风险（{category}，{likelihood}×{impact}）：{description}</translation>
    </message>
    <message>
        <source>Handwritten thank-you card 手写感谢卡</source>
        <translation>手写感谢卡</translation>
    </message>
    <message>
        <source>Brand gift box of the new collection 新品礼盒</source>
        <translation>新品礼盒</translation>
    </message>
    <message>
        <source>Flowers to the studio 鲜花</source>
        <translation>送鲜花到工作室</translation>
    </message>
    <message>
        <source>Dinner with the brand team 答谢晚宴</source>
        <translation>与品牌团队的答谢晚宴</translation>
    </message>
    <message>
        <source>Custom-engraved product 定制刻字产品</source>
        <translation>定制刻字产品</translation>
    </message>
    <message>
        <source>New Year red envelope 新年红包</source>
        <translation>新年红包</translation>
    </message>
    <message>
        <source>Spring Festival gift box 年货礼盒</source>
        <translation>年货礼盒</translation>
    </message>
    <message>
        <source>Tea set 茶具</source>
        <translation>茶具</translation>
    </message>
    <message>
        <source>Mooncake box 月饼礼盒</source>
        <translation>月饼礼盒</translation>
    </message>
    <message>
        <source>Premium tea 名茶</source>
        <translation>名茶</translation>
    </message>
    <message>
        <source>Fruit basket 果篮</source>
        <translation>果篮</translation>
    </message>
    <message>
        <source>Zongzi gift box 粽子礼盒</source>
        <translation>粽子礼盒</translation>
    </message>
    <message>
        <source>Sachet set 香囊</source>
        <translation>香囊</translation>
    </message>
    <message>
        <source>Birthday cake 生日蛋糕</source>
        <translation>生日蛋糕</translation>
    </message>
    <message>
        <source>Flowers 鲜花</source>
        <translation>鲜花</translation>
    </message>
    <message>
        <source>Personalised gift 定制礼物</source>
        <translation>定制礼物</translation>
    </message>
    <message>
        <source>Birthday red envelope 生日红包</source>
        <translation>生日红包</translation>
    </message>
    <message>
        <source>Event invitation 活动邀请</source>
        <translation>活动邀请</translation>
    </message>
    <message>
        <source>Product preview 新品抢先体验</source>
        <translation>新品抢先体验</translation>
    </message>
    <message>
        <source>Gift {id} no longer exists</source>
        <translation>礼品记录 {id} 已不存在</translation>
    </message>
    <message>
        <source>Unknown kind of gift “{kind}”</source>
        <translation>未知的礼品类型“{kind}”</translation>
    </message>
    <message>
        <source>Unknown occasion “{occasion}”</source>
        <translation>未知的场合“{occasion}”</translation>
    </message>
    <message>
        <source>Say what was given (e.g. “Mooncake box 月饼礼盒”)</source>
        <translation>请写明送了什么（例如“月饼礼盒”）</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>The sent date is in the future: use the planned date</source>
        <translation>送出日期晚于今天：请改填计划日期</translation>
    </message>
    <message>
        <source>What was given</source>
        <translation>礼品说明</translation>
    </message>
    <message>
        <source>Their response</source>
        <translation>对方反馈</translation>
    </message>
    <message>
        <source>The text is too long</source>
        <translation>文字太长</translation>
    </message>
    <message>
        <source>Choose the KOL the gift is for</source>
        <translation>请选择收礼的 KOL</translation>
    </message>
    <message>
        <source>That collaboration is not with this KOL</source>
        <translation>该合作不是与这位 KOL 的合作</translation>
    </message>
    <message>
        <source>Recent contact</source>
        <translation>近期联系</translation>
    </message>
    <message>
        <source>No contact recorded yet</source>
        <translation>尚未记录任何联系</translation>
    </message>
    <message>
        <source>Last contact %n days ago ({date})</source>
        <translation>上次联系：%n 天前（{date}）</translation>
    </message>
    <message>
        <source>Thank-yous after deals</source>
        <translation>合作后致谢</translation>
    </message>
    <message>
        <source>No completed deal waiting for a thank-you</source>
        <translation>没有等待致谢的已完成合作</translation>
    </message>
    <message>
        <source>{thanked} of %n completed deals followed by a thank-you or gift</source>
        <translation>%n 个已完成合作中，{thanked} 个之后送了感谢信或礼品</translation>
    </message>
    <message>
        <source>Fees paid as asked and on time</source>
        <translation>按报价准时付款</translation>
    </message>
    <message>
        <source>No deals yet</source>
        <translation>暂无合作</translation>
    </message>
    <message>
        <source>{paid} of %n first deals paid as asked</source>
        <translation>%n 个首次合作中，{paid} 个按报价付款</translation>
    </message>
    <message>
        <source>{share} of payments on time</source>
        <translation>{share} 的付款按时完成</translation>
    </message>
    <message>
        <source>no payment due yet</source>
        <translation>尚无到期付款</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>{count} 笔逾期</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%n perks received, latest {kind}</source>
        <translation>已收到 %n 项回馈，最近一项：{kind}</translation>
    </message>
    <message>
        <source>%n perks received</source>
        <translation>已收到 %n 项回馈</translation>
    </message>
    <message>
        <source>Perks received</source>
        <translation>收到的回馈</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>未解决的风险</translation>
    </message>
    <message>
        <source>No open risk</source>
        <translation>没有未解决的风险</translation>
    </message>
    <message>
        <source>%n open; worst {category} {likelihood}×{impact}</source>
        <translation>%n 个未解决；最严重：{category} {likelihood}×{impact}</translation>
    </message>
    <message>
        <source>Content for items sent</source>
        <translation>寄送物品的内容回报</translation>
    </message>
    <message>
        <source>Nothing sent is owed content yet</source>
        <translation>暂无需要回报内容的寄送物品</translation>
    </message>
    <message>
        <source>{delivered} of %n items sent were posted about</source>
        <translation>寄出的 %n 件物品中有 {delivered} 件已发布内容</translation>
    </message>
    <message>
        <source>; nothing posted for {what}</source>
        <translation>；{what} 尚无任何发布</translation>
    </message>
    <message>
        <source>Choose the KOL who gave it</source>
        <translation>请选择提供回馈的 KOL</translation>
    </message>
    <message>
        <source>Perk {id} no longer exists</source>
        <translation>回馈记录 {id} 已不存在</translation>
    </message>
    <message>
        <source>On “{title}”: {note}</source>
        <translation>合作“{title}”：{note}</translation>
    </message>
    <message>
        <source>On “{title}”</source>
        <translation>合作“{title}”</translation>
    </message>
    <message>
        <source>Unknown kind of perk “{kind}”</source>
        <translation>未知的回馈类型“{kind}”</translation>
    </message>
    <message>
        <source>A KOL-offered discount is recorded on the deal&apos;s fees, not here</source>
        <translation>KOL 主动给的折扣记在合作的费用里，不在这里记录</translation>
    </message>
    <message>
        <source>A perk is recorded once received: the date is in the future</source>
        <translation>回馈须在收到后记录：该日期晚于今天</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>估值</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The note is too long</source>
        <translation>备注太长</translation>
    </message>
    <message>
        <source>• {category} risk {likelihood}×{impact}={severity}: {description} — mitigation: {mitigation}</source>
        <translation>• {category}（{likelihood}×{impact}={severity}）：{description}——应对措施：{mitigation}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>This KOL has an open risk rated 15 or more:
{risks}</source>
        <translation>这位 KOL 有评分 15 分及以上的未解决风险：
{risks}</translation>
    </message>
    <message>
        <source>Risk {id} no longer exists</source>
        <translation>风险 {id} 已不存在</translation>
    </message>
    <message>
        <source>A risk belongs to a KOL or to a collaboration</source>
        <translation>风险须关联到一位 KOL 或一个合作</translation>
    </message>
    <message>
        <source>Unknown risk category “{category}”</source>
        <translation>未知的风险类别“{category}”</translation>
    </message>
    <message>
        <source>Describe the risk</source>
        <translation>请描述风险</translation>
    </message>
    <message>
        <source>Likelihood is rated from 1 to 5</source>
        <translation>可能性须评为 1 到 5 分</translation>
    </message>
    <message>
        <source>Impact is rated from 1 to 5</source>
        <translation>影响程度须评为 1 到 5 分</translation>
    </message>
    <message>
        <source>Unknown status “{status}”</source>
        <translation>未知的状态“{status}”</translation>
    </message>
    <message>
        <source>Unknown priority “{priority}”</source>
        <translation>未知的优先级“{priority}”</translation>
    </message>
    <message>
        <source>Lead time must be between 0 and 365 days</source>
        <translation>提前预约时间必须在 0 到 365 天之间</translation>
    </message>
    <message>
        <source>Blackout “{label}” ends before it starts</source>
        <translation>不可约档期“{label}”的结束日期早于开始日期</translation>
    </message>
    <message>
        <source>That KOL no longer exists</source>
        <translation>该 KOL 已不存在</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>寄送的物品</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>承诺的回报</translation>
    </message>
    <message>
        <source>Link to the content</source>
        <translation>内容链接</translation>
    </message>
    <message>
        <source>Say what was sent</source>
        <translation>请填写寄送的物品</translation>
    </message>
    <message>
        <source>The day it was sent cannot be in the future</source>
        <translation>寄送日期不能晚于今天</translation>
    </message>
    <message>
        <source>The window is 1 to 365 days</source>
        <translation>期限为 1 到 365 天</translation>
    </message>
    <message>
        <source>Content cannot come before the item was sent</source>
        <translation>发布日期不能早于寄送日期</translation>
    </message>
    <message>
        <source>That item was deleted meanwhile</source>
        <translation>该物品已被删除</translation>
    </message>
</context>
<context>
    <name>CareDialog</name>
    <message>
        <source>Someone else has deleted it meanwhile</source>
        <translation>其他人已在此期间将其删除</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>未保存：</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
</context>
<context>
    <name>CareTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Gift (kind · occasion)</source>
        <translation>礼品（类型 · 场合）</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add gift / thank-you…</source>
        <translation>添加礼品 / 感谢信…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Add perk…</source>
        <translation>添加回馈…</translation>
    </message>
    <message>
        <source>Gifts &amp; thank-yous</source>
        <translation>礼品与感谢信</translation>
    </message>
    <message>
        <source>Perks received</source>
        <translation>收到的回馈</translation>
    </message>
    <message>
        <source>Scheduling priority</source>
        <translation>档期优先级</translation>
    </message>
    <message>
        <source>Spent on gifts: {0} · perks received worth {1}</source>
        <translation>礼品支出：{0} · 收到回馈价值 {1}</translation>
    </message>
    <message>
        <source>Delete gift</source>
        <translation>删除礼品</translation>
    </message>
    <message>
        <source>Delete this gift from the record?

{0}</source>
        <translation>从记录中删除这份礼品？

{0}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete perk</source>
        <translation>删除回馈</translation>
    </message>
    <message>
        <source>Delete this perk from the ledger?

{0}</source>
        <translation>从台账中删除这项回馈？

{0}</translation>
    </message>
    <message>
        <source>planned {0}</source>
        <translation>计划于 {0}</translation>
    </message>
    <message>
        <source>No gift or thank-you yet.</source>
        <translation>还没有礼品或感谢信。</translation>
    </message>
    <message>
        <source>Offered on the deal: edit it in the collaboration&apos;s fees</source>
        <translation>合作中给出的优惠：请在该合作的费用中编辑</translation>
    </message>
    <message>
        <source>No perk received yet.</source>
        <translation>还没有收到回馈。</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not write {0}</source>
        <translation>无法写入 {0}</translation>
    </message>
</context>
<context>
    <name>CollaborationDetail</name>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容形式</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Ad label</source>
        <translation>广告标识</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Submit draft</source>
        <translation>提交草稿</translation>
    </message>
    <message>
        <source>Request changes…</source>
        <translation>要求修改…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Confirm ad label…</source>
        <translation>确认广告标识…</translation>
    </message>
    <message>
        <source>Mark published…</source>
        <translation>标记为已发布…</translation>
    </message>
    <message>
        <source>Capture results…</source>
        <translation>数据回收…</translation>
    </message>
    <message>
        <source>Mark paid…</source>
        <translation>标记为已付款…</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>发布凭证</translation>
    </message>
    <message>
        <source>Screenshots of the ad label and the live post: drop them here or use Attach file…</source>
        <translation>“广告”标识与已发布内容的截图：拖放到这里，或点击“附加文件…”</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>交付内容</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>阶段记录</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>No collaboration selected</source>
        <translation>未选择合作</translation>
    </message>
    <message>
        <source>Pick a card on the board or a row in the table.</source>
        <translation>请在看板上选择一张卡片，或在表格中选择一行。</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Brand&apos;s brief</source>
        <translation>品牌需求</translation>
    </message>
    <message>
        <source>KOL&apos;s own idea</source>
        <translation>KOL 创意</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>审核记录</translation>
    </message>
    <message>
        <source>Published without a confirmed ad label: {0} {1} (published {2})</source>
        <translation>已发布但未确认广告标识：{0} {1}（发布于 {2}）</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Deliverables ({0})</source>
        <translation>交付内容（{0}）</translation>
    </message>
    <message>
        <source>No draft submitted yet.</source>
        <translation>尚未提交草稿。</translation>
    </message>
    <message>
        <source>Past due and unpaid</source>
        <translation>已逾期未付</translation>
    </message>
    <message>
        <source>Payments ({0})</source>
        <translation>付款（{0}）</translation>
    </message>
    <message>
        <source>Created in {0}</source>
        <translation>创建于{0}阶段</translation>
    </message>
    <message>
        <source>Contracts ({0})</source>
        <translation>合同（{0}）</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>e.g. 品牌方 王经理</source>
        <translation>例如：品牌方 王经理</translation>
    </message>
    <message>
        <source>What should change</source>
        <translation>修改意见</translation>
    </message>
    <message>
        <source>Confirm ad label</source>
        <translation>确认广告标识</translation>
    </message>
    <message>
        <source>The post is labelled</source>
        <translation>内容标注为</translation>
    </message>
    <message>
        <source>Mark published</source>
        <translation>标记为已发布</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>标记为已付款</translation>
    </message>
    <message>
        <source>e.g. bank transfer, Alipay</source>
        <translation>例如：银行转账、支付宝</translation>
    </message>
    <message>
        <source>First deal</source>
        <translation>首次合作</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>True cost</source>
        <translation>实际成本</translation>
    </message>
    <message>
        <source> ({0}, service fee {1} %, rebate {2} %)</source>
        <translation>（{0}，服务费 {1}%，返点 {2}%）</translation>
    </message>
    <message>
        <source>, plus {0} % tax on a fee without tax</source>
        <translation>，另加不含税费用的 {0}% 税费</translation>
    </message>
    <message>
        <source>Agreed below the KOL’s ask</source>
        <translation>成交价低于 KOL 报价</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>合作周期</translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation>排他期</translation>
    </message>
    <message>
        <source>{0}: {1} days before, {2} days after</source>
        <translation>{0}：合作前 {1} 天、合作后 {2} 天</translation>
    </message>
    <message>
        <source>{0} months</source>
        <translation>{0} 个月</translation>
    </message>
    <message>
        <source>Usage rights</source>
        <translation>使用授权</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条款</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} 小时</translation>
    </message>
    <message>
        <source>Review window</source>
        <translation>审核时限</translation>
    </message>
</context>
<context>
    <name>CollaborationEditor</name>
    <message>
        <source>New collaboration</source>
        <translation>新建合作</translation>
    </message>
    <message>
        <source>Edit collaboration</source>
        <translation>编辑合作</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>合作信息</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>交付内容</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Choose the brand this collaboration is for</source>
        <translation>请选择此合作的品牌</translation>
    </message>
    <message>
        <source>Choose the KOL</source>
        <translation>请选择 KOL</translation>
    </message>
    <message>
        <source>Several KOLs are called “{0}”: pick one from the list</source>
        <translation>有多个 KOL 名为“{0}”：请从列表中选择一个</translation>
    </message>
    <message>
        <source>No KOL is called “{0}”: pick one from the list</source>
        <translation>没有名为“{0}”的 KOL：请从列表中选择</translation>
    </message>
    <message>
        <source>Deliverables ({0})</source>
        <translation>交付内容（{0}）</translation>
    </message>
    <message>
        <source>Payments ({0})</source>
        <translation>付款（{0}）</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>未保存：</translation>
    </message>
    <message>
        <source>this KOL</source>
        <translation>该 KOL</translation>
    </message>
    <message>
        <source>First collaboration with {0}: pay the fee they ask.</source>
        <translation>与 {0} 首次合作：请按对方报价付费。</translation>
    </message>
    <message>
        <source>Scheduled {0} · {1}</source>
        <translation>计划付款 {0} · {1}</translation>
    </message>
    <message>
        <source>{0}&apos;s rate card: {1}</source>
        <translation>{0} 的报价单：{1}</translation>
    </message>
    <message>
        <source>True cost — (shown once the fee and percentages above are valid)</source>
        <translation>实际成本 —（上方费用和百分比有效后显示）</translation>
    </message>
    <message>
        <source>True cost {0} (fee + {1} % service fee − {2} % rebate + {3} % tax on top)</source>
        <translation>实际成本 {0}（费用 + {1}% 服务费 − {2}% 返点 + {3}% 税费）</translation>
    </message>
    <message>
        <source>True cost {0} (fee + {1} % service fee − {2} % rebate)</source>
        <translation>实际成本 {0}（费用 + {1}% 服务费 − {2}% 返点）</translation>
    </message>
    <message>
        <source>, at the requested fee</source>
        <translation>，按对方报价计算</translation>
    </message>
</context>
<context>
    <name>Collaborations</name>
    <message>
        <source>“{title}” created as {stage}</source>
        <translation>“{title}”已创建，阶段：{stage}</translation>
    </message>
    <message>
        <source>“{title}” moved from {old} to {new}</source>
        <translation>“{title}”从“{old}”转入“{new}”</translation>
    </message>
    <message>
        <source>Paid {amount} by {method} for “{title}”</source>
        <translation>通过{method}为“{title}”支付 {amount}</translation>
    </message>
    <message>
        <source>Paid {amount} for “{title}”</source>
        <translation>为“{title}”支付 {amount}</translation>
    </message>
    <message>
        <source>{platform} {content_type} for “{title}”</source>
        <translation>“{title}”的{platform}{content_type}</translation>
    </message>
    <message>
        <source>Draft submitted by {actor}: {what}</source>
        <translation>{actor} 提交了草稿：{what}</translation>
    </message>
    <message>
        <source>Draft submitted: {what}</source>
        <translation>已提交草稿：{what}</translation>
    </message>
    <message>
        <source>Changes requested by {actor} on {what}: {note}</source>
        <translation>{actor} 要求修改{what}：{note}</translation>
    </message>
    <message>
        <source>Changes requested on {what}: {note}</source>
        <translation>要求修改{what}：{note}</translation>
    </message>
    <message>
        <source>Approved by {actor}: {what} ({note})</source>
        <translation>{actor} 审核通过：{what}（{note}）</translation>
    </message>
    <message>
        <source>Approved by {actor}: {what}</source>
        <translation>{actor} 审核通过：{what}</translation>
    </message>
    <message>
        <source>Approved: {what} ({note})</source>
        <translation>审核通过：{what}（{note}）</translation>
    </message>
    <message>
        <source>Approved: {what}</source>
        <translation>审核通过：{what}</translation>
    </message>
    <message>
        <source>Published: {what} {note}</source>
        <translation>已发布：{what} {note}</translation>
    </message>
    <message>
        <source>Published: {what}</source>
        <translation>已发布：{what}</translation>
    </message>
    <message>
        <source>Use “Mark published” to publish a deliverable</source>
        <translation>请用“标记为已发布”来发布交付内容</translation>
    </message>
    <message>
        <source>Say what should change, so the KOL knows what was asked</source>
        <translation>请写明需要修改的地方，让 KOL 清楚要改什么</translation>
    </message>
    <message>
        <source>A deliverable that is “{current}” cannot become “{target}”</source>
        <translation>处于“{current}”状态的交付内容不能变为“{target}”</translation>
    </message>
    <message>
        <source>Confirm the post carries its advertising label (e.g. 广告) before marking it published: Chinese advertising law requires paid promotion to be disclosed</source>
        <translation>标记为已发布前，请确认内容带有广告标识（如“广告”）：《广告法》要求付费推广必须标明为广告</translation>
    </message>
    <message>
        <source>Approve the draft before marking it published</source>
        <translation>请先审核通过草稿，再标记为已发布</translation>
    </message>
    <message>
        <source>Write the label the post carries (e.g. 广告)</source>
        <translation>请填写内容所带的广告标识（如“广告”）</translation>
    </message>
    <message>
        <source>Deliverable {id} does not exist</source>
        <translation>交付内容 {id} 不存在</translation>
    </message>
    <message>
        <source>Record the fee the KOL asked for before the agreed fee</source>
        <translation>请先记录 KOL 的报价，再填写成交价</translation>
    </message>
    <message>
        <source>This is the first collaboration with {kol}: the brand pays the fee the KOL asked ({asked}) without haggling — it is the start of a long relationship. Set the agreed fee to {asked}, or tick “The KOL offered this discount” if they proposed it themselves.</source>
        <translation>这是与{kol}的首次合作：品牌按 KOL 的报价（{asked}）付费，不砍价——这是长期合作关系的开始。请把成交价设为 {asked}；如果折扣是对方主动提出的，请勾选“KOL 主动提出此折扣”。</translation>
    </message>
    <message>
        <source>this KOL</source>
        <translation>这位 KOL</translation>
    </message>
    <message>
        <source>requested {amount}</source>
        <translation>报价 {amount}</translation>
    </message>
    <message>
        <source>agreed {amount} (discount offered by the KOL)</source>
        <translation>成交价 {amount}（KOL 主动给的折扣）</translation>
    </message>
    <message>
        <source>agreed {amount} ({difference} below the ask)</source>
        <translation>成交价 {amount}（比报价低 {difference}）</translation>
    </message>
    <message>
        <source>agreed {amount}</source>
        <translation>成交价 {amount}</translation>
    </message>
    <message>
        <source>paid {amount} on {date}</source>
        <translation>{date} 已付 {amount}</translation>
    </message>
    <message>
        <source>nothing paid yet</source>
        <translation>尚未付款</translation>
    </message>
    <message>
        <source>“{text}” is not an amount (e.g. 30000, 3万, ¥30,000)</source>
        <translation>“{text}”不是有效金额（例如：30000、3万、¥30,000）</translation>
    </message>
    <message>
        <source>This amount is in {written} but the deal is in {currency}: change one of them</source>
        <translation>这个金额的币种是 {written}，但合作的币种是 {currency}：请修改其中一个</translation>
    </message>
    <message>
        <source>“{text}” is not a percentage (e.g. 5 or 5.5 %)</source>
        <translation>“{text}”不是有效的百分比（例如：5 或 5.5%）</translation>
    </message>
    <message>
        <source>A payment cannot be marked paid on a future date</source>
        <translation>付款日期不能晚于今天</translation>
    </message>
    <message>
        <source>Payment {id} does not exist</source>
        <translation>付款记录 {id} 不存在</translation>
    </message>
    <message>
        <source>Collaboration {id} does not exist</source>
        <translation>合作 {id} 不存在</translation>
    </message>
    <message>
        <source>Collaboration {id} is in the trash</source>
        <translation>合作 {id} 在回收站中</translation>
    </message>
    <message>
        <source>Collaboration {id} no longer exists</source>
        <translation>合作 {id} 已不存在</translation>
    </message>
    <message>
        <source>Choose the brand this collaboration is for</source>
        <translation>请选择此合作所属的品牌</translation>
    </message>
    <message>
        <source>Choose a KOL (one that is not in the trash)</source>
        <translation>请选择一位 KOL（不能是回收站中的）</translation>
    </message>
    <message>
        <source>The {platform} deliverable due {date} has a review history ({state}) and cannot be removed</source>
        <translation>{date} 到期的{platform}交付内容已有审核记录（{state}），不能移除</translation>
    </message>
    <message>
        <source>The {platform} deliverable has a review history ({state}) and cannot be removed</source>
        <translation>这项{platform}交付内容已有审核记录（{state}），不能移除</translation>
    </message>
    <message>
        <source>A completed collaboration cannot be cancelled</source>
        <translation>已完成的合作不能取消</translation>
    </message>
    <message>
        <source>a contract needs the requested and the agreed fee</source>
        <translation>签约需要填写报价和成交价</translation>
    </message>
    <message>
        <source>a contract needs start and end dates</source>
        <translation>签约需要填写开始和结束日期</translation>
    </message>
    <message>
        <source>a contract needs at least one deliverable</source>
        <translation>签约至少需要一项交付内容</translation>
    </message>
    <message>
        <source>no deliverable has been published yet</source>
        <translation>尚无已发布的交付内容</translation>
    </message>
    <message>
        <source>%n deliverables not published yet</source>
        <translation>还有 %n 项交付内容未发布</translation>
    </message>
    <message>
        <source>{amount} of the agreed fee is still unpaid</source>
        <translation>成交价中还有 {amount} 未付</translation>
    </message>
    <message>
        <source>the deal is cancelled</source>
        <translation>合作已取消</translation>
    </message>
    <message>
        <source>the deal is still “{stage}”: a contract follows negotiation</source>
        <translation>合作仍处于“{stage}”阶段：进入洽谈后才能起草合同</translation>
    </message>
    <message>
        <source>the payment schedule adds up to {scheduled}, not the agreed fee {agreed}</source>
        <translation>付款计划合计 {scheduled}，与成交价 {agreed} 不符</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Cannot move to “{stage}”: {reasons}.</source>
        <translation>无法进入“{stage}”阶段：{reasons}。</translation>
    </message>
    <message>
        <source>Give the collaboration a title (e.g. “Spring lipstick launch”)</source>
        <translation>请为合作填写标题（例如“春季口红新品上市”）</translation>
    </message>
    <message>
        <source>Title is longer than {limit} characters</source>
        <translation>标题超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>Unknown stage “{stage}”</source>
        <translation>未知的阶段“{stage}”</translation>
    </message>
    <message>
        <source>Unknown channel “{channel}”</source>
        <translation>未知的合作渠道“{channel}”</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <source>Exclusivity before the deal must be between 0 and {limit} days</source>
        <translation>合作前的排他期必须在 0 到 {limit} 天之间</translation>
    </message>
    <message>
        <source>Exclusivity after the deal must be between 0 and {limit} days</source>
        <translation>合作后的排他期必须在 0 到 {limit} 天之间</translation>
    </message>
    <message>
        <source>Usage rights must last between 0 and 1,200 months</source>
        <translation>使用授权期限必须在 0 到 1,200 个月之间</translation>
    </message>
    <message>
        <source>The review window must be between 0 and 1,440 hours</source>
        <translation>审核时限必须在 0 到 1,440 小时之间</translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation>服务费</translation>
    </message>
    <message>
        <source>Rebate (返点)</source>
        <translation>返点</translation>
    </message>
    <message>
        <source>Requested fee</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Agreed fee</source>
        <translation>成交价</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>The agency issues the invoice, so the fee is its income: the brand withholds no individual income tax</source>
        <translation>发票由经纪机构开具，费用是机构的收入：品牌方无需代扣代缴个人所得税</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条款</translation>
    </message>
    <message>
        <source>Usage rights</source>
        <translation>使用授权</translation>
    </message>
    <message>
        <source>Discount note</source>
        <translation>折扣说明</translation>
    </message>
    <message>
        <source>{field} holds at most {limit} characters</source>
        <translation>{field}最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation>排他品类</translation>
    </message>
    <message>
        <source>Deliverable {number}</source>
        <translation>第 {number} 项交付内容</translation>
    </message>
    <message>
        <source>Deliverable {number}: unknown platform “{platform}”</source>
        <translation>第 {number} 项交付内容：未知的平台“{platform}”</translation>
    </message>
    <message>
        <source>Deliverable {number}: unknown content type “{content_type}”</source>
        <translation>第 {number} 项交付内容：未知的内容类型“{content_type}”</translation>
    </message>
    <message>
        <source>Deliverable {number}: quantity must be between 1 and 1,000</source>
        <translation>第 {number} 项交付内容：数量必须在 1 到 1,000 之间</translation>
    </message>
    <message>
        <source>Deliverable {number}: brief and idea hold {limit} characters</source>
        <translation>第 {number} 项交付内容：需求简报和创意最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>Payment {number}</source>
        <translation>第 {number} 笔付款</translation>
    </message>
    <message>
        <source>Payment {number} cannot be paid on a future date</source>
        <translation>第 {number} 笔付款的付款日期不能晚于今天</translation>
    </message>
    <message>
        <source>Agree a fee before scheduling payments</source>
        <translation>请先确定成交价，再安排付款</translation>
    </message>
    <message>
        <source>Payments add up to {scheduled}, more than the agreed fee {agreed}</source>
        <translation>付款合计 {scheduled}，超过了成交价 {agreed}</translation>
    </message>
    <message>
        <source>Deliverable {number} is due {due}, after the deal ends ({end})</source>
        <translation>第 {number} 项交付内容的截止日期为 {due}，晚于合作结束日期（{end}）</translation>
    </message>
    <message>
        <source>“{url}” is not a web address (expected https://…)</source>
        <translation>“{url}”不是有效网址（应以 https:// 开头）</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>{platform} {format} {fee}</source>
        <translation>{platform} {format} {fee}</translation>
    </message>
</context>
<context>
    <name>CollaborationsArea</name>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>New collaboration…</source>
        <translation>新建合作…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Export contracts…</source>
        <translation>导出合同…</translation>
    </message>
    <message>
        <source>The deals selected in the table, or every contracted deal</source>
        <translation>表格中选中的合作，或所有已签约的合作</translation>
    </message>
    <message numerus="yes">
        <source>%n collaborations</source>
        <translation>
            <numerusform>%n 个合作</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contracts</source>
        <translation>导出合同</translation>
    </message>
    <message>
        <source>Select deals in the table first: no deal is in the Contracted stage.</source>
        <translation>请先在表格中选择合作：目前没有处于“已签约”阶段的合作。</translation>
    </message>
    <message numerus="yes">
        <source>No deals are selected in the table. Export the contracts of all %n contracted deals?</source>
        <translation>
            <numerusform>表格中未选择任何合作。要导出全部 %n 个已签约合作的合同吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Delete collaboration</source>
        <translation>删除合作</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
    <message>
        <source>Your custom fields come last; define them in Edit → Custom fields…</source>
        <translation>自定义字段排在最后；可在“编辑 → 自定义字段…”中设置</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Company settings</source>
        <translation>公司设置</translation>
    </message>
    <message>
        <source>e.g. 杭州花西子化妆品有限公司</source>
        <translation>例如：杭州花西子化妆品有限公司</translation>
    </message>
    <message>
        <source>Who signs for the company</source>
        <translation>代表公司签字的人</translation>
    </message>
    <message>
        <source>18 characters, e.g. 913301000000000000</source>
        <translation>18 位，例如 913301000000000000</translation>
    </message>
    <message>
        <source>e.g. 招商银行杭州分行</source>
        <translation>例如 招商银行杭州分行</translation>
    </message>
    <message>
        <source>Name and phone for contract questions</source>
        <translation>合同事宜联系人及电话</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>公司全称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>签字人</translation>
    </message>
    <message>
        <source>Unified social credit code (统一社会信用代码)</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Bank (开户行)</source>
        <translation>开户行</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>徽标</translation>
    </message>
    <message>
        <source>Printed at the top of every contract. PNG or JPEG, at most 2 MiB.</source>
        <translation>将印在每份合同的页眉。支持 PNG 或 JPEG，最大 2 MiB。</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>选择公司徽标</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无徽标</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>{kol} is exclusive to {brand} for “{category}” from {start} to {end} (deal “{title}”)</source>
        <translation>{kol} 在“{category}”品类上与 {brand} 签有排他约定，期限为 {start} 至 {end}（合作“{title}”）</translation>
    </message>
    <message>
        <source>This deal&apos;s exclusivity for “{category}” ({start} – {end}) covers {brand}&apos;s deal “{title}” with {kol}</source>
        <translation>本合作在“{category}”品类的排他期（{start} – {end}）覆盖了 {brand} 与 {kol} 的合作“{title}”</translation>
    </message>
    <message>
        <source>{kol} is also booked for {brand}, a competing brand in “{category}”, from {start} to {end} (deal “{title}”)</source>
        <translation>{kol} 在 {start} 至 {end} 期间还与“{category}”品类的竞品品牌 {brand} 有合作（合作“{title}”）</translation>
    </message>
    <message>
        <source>This deal meets another brand&apos;s exclusivity:
{conflicts}</source>
        <translation>本合作与其他品牌的排他约定冲突：
{conflicts}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team database</source>
        <translation>连接团队数据库</translation>
    </message>
    <message>
        <source>A team shares one book on a PostgreSQL server. Ask whoever runs it for the server&apos;s address, the database&apos;s name and your user name.</source>
        <translation>团队在一台 PostgreSQL 服务器上共享一个数据库。请向管理服务器的人索取服务器地址、数据库名称和你的用户名。</translation>
    </message>
    <message>
        <source>Leave empty to use ~/.pgpass or the keychain</source>
        <translation>留空则使用 ~/.pgpass 或钥匙串中的密码</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keychain</source>
        <translation>把密码记在本机的钥匙串中</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>请填写数据库名称。</translation>
    </message>
</context>
<context>
    <name>ContractLanguageDialog</name>
    <message>
        <source>Generate contract</source>
        <translation>生成合同</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Contract language</source>
        <translation>合同语言</translation>
    </message>
</context>
<context>
    <name>ContractPreview</name>
    <message>
        <source>Contract {0}</source>
        <translation>合同 {0}</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适应宽度</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>适应页面</translation>
    </message>
    <message>
        <source>Open in system viewer</source>
        <translation>用系统查看器打开</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The file {0} is missing. Generate the contract again to make a new version.</source>
        <translation>文件 {0} 不存在。请重新生成合同以创建新版本。</translation>
    </message>
    <message>
        <source>The file {0} cannot be read as a PDF.</source>
        <translation>无法将文件 {0} 作为 PDF 读取。</translation>
    </message>
    <message>
        <source>Sent to the system&apos;s PDF viewer. If no window opens, no PDF viewer may be installed: the file is here.</source>
        <translation>已交给系统的 PDF 阅读器打开。如果没有窗口出现，可能没有安装 PDF 阅读器：文件在这里。</translation>
    </message>
    <message>
        <source>No program on this computer opened the PDF: a PDF viewer may not be installed. The file is here.</source>
        <translation>这台电脑上没有程序打开这个 PDF：可能没有安装 PDF 阅读器。文件在这里。</translation>
    </message>
    <message>
        <source>Save the contract as</source>
        <translation>合同另存为</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
</context>
<context>
    <name>Contracts</name>
    <message>
        <source>The legal name is longer than 200 characters</source>
        <translation>公司全称超过 200 个字符</translation>
    </message>
    <message>
        <source>The legal name</source>
        <translation>公司法定名称</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The signatory</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>At most 200 characters</source>
        <translation>最多 200 个字符</translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation>{path} 不是文件</translation>
    </message>
    <message>
        <source>The logo is {size} MiB; at most 2 MiB fits a contract</source>
        <translation>徽标大小为 {size} MiB，合同中的徽标最大 2 MiB</translation>
    </message>
    <message>
        <source>Cannot read the logo {path}: {reason}</source>
        <translation>无法读取徽标 {path}：{reason}</translation>
    </message>
    <message>
        <source>{name} is not a PNG or JPEG image</source>
        <translation>{name} 不是 PNG 或 JPEG 图片</translation>
    </message>
    <message>
        <source>Unknown contract language “{language}” (zh, en or both)</source>
        <translation>未知的合同语言“{language}”（可选 zh、en 或 both）</translation>
    </message>
    <message>
        <source>Collaboration {id} is in the trash</source>
        <translation>合作 {id} 在回收站中</translation>
    </message>
    <message>
        <source>{kol}, the KOL of collaboration {id}, is in the trash</source>
        <translation>合作 {id} 的 KOL {kol} 在回收站中</translation>
    </message>
    <message>
        <source>the deal is cancelled</source>
        <translation>该合作已取消</translation>
    </message>
    <message>
        <source>The contract for “{title}” cannot be drafted yet: {missing}</source>
        <translation>“{title}”的合同暂时无法起草：{missing}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The contract for “{title}” cannot print right-to-left text (Arabic, Hebrew) yet: {fields}. Write it in Chinese or Latin letters, then draft the contract again.</source>
        <translation>“{title}”的合同暂时无法打印从右向左书写的文字（阿拉伯文、希伯来文）：{fields}。请改用中文或拉丁字母填写，然后重新起草合同。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation>无法创建文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <source>The folder {folder} is not writable</source>
        <translation>文件夹 {folder} 不可写入</translation>
    </message>
    <message>
        <source>Another contract version was recorded meanwhile; generate it again</source>
        <translation>期间已记录了另一个合同版本，请重新生成</translation>
    </message>
    <message>
        <source>Contract {id} does not exist</source>
        <translation>合同 {id} 不存在</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in .pdf</source>
        <translation>{path} 是文件夹，请指定以 .pdf 结尾的文件名</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Bilingual (中文 + English)</source>
        <translation>中英双语</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>the KOL&apos;s name</source>
        <translation>KOL 昵称</translation>
    </message>
    <message>
        <source>the KOL&apos;s real name</source>
        <translation>KOL 真实姓名</translation>
    </message>
    <message>
        <source>the KOL&apos;s agency / MCN</source>
        <translation>KOL 的经纪机构 / MCN</translation>
    </message>
    <message>
        <source>the agency&apos;s registered name</source>
        <translation>经纪机构的注册名称</translation>
    </message>
    <message>
        <source>the agency&apos;s address</source>
        <translation>经纪机构的地址</translation>
    </message>
    <message>
        <source>the brand&apos;s name</source>
        <translation>品牌名称</translation>
    </message>
    <message>
        <source>the deal&apos;s title</source>
        <translation>合作标题</translation>
    </message>
    <message>
        <source>the campaign&apos;s name</source>
        <translation>营销活动名称</translation>
    </message>
    <message>
        <source>the exclusivity category</source>
        <translation>排他类别</translation>
    </message>
    <message>
        <source>the usage rights</source>
        <translation>内容使用范围</translation>
    </message>
    <message>
        <source>the payment terms</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>the disclosure label</source>
        <translation>广告标识</translation>
    </message>
    <message>
        <source>the company&apos;s legal name</source>
        <translation>公司法定名称</translation>
    </message>
    <message>
        <source>the company&apos;s address</source>
        <translation>公司地址</translation>
    </message>
    <message>
        <source>the company&apos;s signatory</source>
        <translation>公司授权代表</translation>
    </message>
    <message>
        <source>The contract for “{title}” has characters no contract font can print: {fields}. Replace them (a rare character by its common form or pinyin), then draft the contract again.</source>
        <translation>“{title}”的合同中有合同字体无法打印的字符：{fields}。请替换这些字符（生僻字可改用常用写法或拼音），然后重新起草合同。</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发出</translation>
    </message>
    <message>
        <source>Signed by the KOL</source>
        <translation>KOL 已签字</translation>
    </message>
    <message>
        <source>Countersigned</source>
        <translation>已会签</translation>
    </message>
    <message>
        <source>A signing step cannot be dated in the future</source>
        <translation>签署步骤的日期不能晚于今天</translation>
    </message>
    <message>
        <source>Mark it “{step}” first</source>
        <translation>请先标记为“{step}”</translation>
    </message>
    <message>
        <source>“{step}” cannot come before “{before}” ({date})</source>
        <translation>“{step}”不能早于“{before}”（{date}）</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>已起草</translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signed copies</source>
        <translation>已签署文本</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Drop the signed scan or PDF here, or use Attach file…</source>
        <translation>将签字扫描件或 PDF 拖放到这里，或点击“附加文件…”</translation>
    </message>
    <message>
        <source>Generate contract…</source>
        <translation>生成合同…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Open in system viewer</source>
        <translation>用系统查看器打开</translation>
    </message>
    <message>
        <source>Undo last step</source>
        <translation>撤销上一步</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} (missing)</source>
        <translation>{0}（文件缺失）</translation>
    </message>
    <message>
        <source>Draft the contract as a PDF, in Chinese, English or both</source>
        <translation>生成 PDF 合同：中文、英文或中英双语</translation>
    </message>
    <message>
        <source>Contract not generated</source>
        <translation>合同未生成</translation>
    </message>
    <message>
        <source>Contract {0} (version {1})</source>
        <translation>合同 {0}（第 {1} 版）</translation>
    </message>
    <message>
        <source>Contract file missing</source>
        <translation>合同文件缺失</translation>
    </message>
    <message>
        <source>{0} is no longer there. Generate the contract again to make a new version.</source>
        <translation>{0} 已不存在。请重新生成合同以创建新版本。</translation>
    </message>
    <message>
        <source>A contract cannot be drafted yet: {0}.</source>
        <translation>暂时无法起草合同：{0}。</translation>
    </message>
    <message>
        <source>Signing step not recorded</source>
        <translation>未记录签署步骤</translation>
    </message>
    <message>
        <source>Signed copies of v{0}</source>
        <translation>第 {0} 版的已签署文本</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>标记为已发出</translation>
    </message>
    <message>
        <source>Mark signed by the KOL</source>
        <translation>标记为 KOL 已签字</translation>
    </message>
    <message>
        <source>Mark countersigned</source>
        <translation>标记为已会签</translation>
    </message>
    <message>
        <source>Countersigned</source>
        <translation>已会签</translation>
    </message>
    <message>
        <source>Record today&apos;s date for this step of the selected version</source>
        <translation>为所选版本的这一步记录今天的日期</translation>
    </message>
    <message>
        <source>No contract generated yet.</source>
        <translation>尚未生成合同。</translation>
    </message>
    <message>
        <source>The file of version {0} is missing ({1}). Generate the contract again.</source>
        <translation>第 {0} 版的文件缺失（{1}）。请重新生成合同。</translation>
    </message>
</context>
<context>
    <name>Copy</name>
    <message>
        <source>The copy stopped and nothing was kept: {reason}</source>
        <translation>复制已中止，没有保留任何内容：{reason}</translation>
    </message>
    <message>
        <source>The target already holds a book: copy into an empty database</source>
        <translation>目标中已有数据：请复制到空数据库</translation>
    </message>
    <message>
        <source>The copy did not match ({tables}); nothing was kept</source>
        <translation>复制结果不一致（{tables}），没有保留任何内容</translation>
    </message>
    <message>
        <source>{path} already exists: copy into a new file or an empty team database</source>
        <translation>{path} 已存在：请复制到新文件或空的团队数据库</translation>
    </message>
    <message>
        <source>There is no kolcrm book at {path}</source>
        <translation>{path} 中没有 kolcrm 数据</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{source} is at schema version {version}, this kolcrm at {known}: open it once with this kolcrm (which upgrades it), then copy.</source>
        <translation>{source} 的架构版本为 {version}，此 kolcrm 为 {known}：请先用此 kolcrm 打开一次（会自动升级），再复制。</translation>
    </message>
</context>
<context>
    <name>CustomFieldInput</name>
    <message>
        <source>No date</source>
        <translation>不填日期</translation>
    </message>
    <message>
        <source>e.g. 12,345 or 1.2万</source>
        <translation>例如：12,345 或 1.2万</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Custom field {id} no longer exists</source>
        <translation>自定义字段 {id} 已不存在</translation>
    </message>
    <message>
        <source>There is already a custom field named “{name}”</source>
        <translation>已有名为“{name}”的自定义字段</translation>
    </message>
    <message>
        <source>“{name}” cannot become a {kind} field: %n KOLs have values it cannot hold ({examples}). Change or clear them first.</source>
        <translation>“{name}”无法改为{kind}字段：有 %n 位 KOL 的值不符合（{examples}）。请先修改或清空这些值。</translation>
    </message>
    <message>
        <source>“{name}” cannot become a field with these choices: %n KOLs have values it cannot hold ({examples}). Change or clear them first.</source>
        <translation>“{name}”无法使用这些选项：有 %n 位 KOL 的值不在其中（{examples}）。请先修改或清空这些值。</translation>
    </message>
    <message>
        <source>“{value}” is not one of its choices (none yet)</source>
        <translation>“{value}”不是可选项（尚未设置选项）</translation>
    </message>
    <message>
        <source>“{value}” is not one of its choices ({choices})</source>
        <translation>“{value}”不是可选项（{choices}）</translation>
    </message>
    <message>
        <source>the text is longer than {limit} characters</source>
        <translation>文本超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>“{text}” is not a number or a range (e.g. {example})</source>
        <translation>“{text}”不是数字或范围（例如：{example}）</translation>
    </message>
    <message>
        <source>“{text}” is not a date or a range (e.g. {example})</source>
        <translation>“{text}”不是日期或范围（例如：{example}）</translation>
    </message>
    <message>
        <source>A custom field needs a name</source>
        <translation>自定义字段需要名称</translation>
    </message>
    <message>
        <source>A field name is at most {limit} characters</source>
        <translation>字段名称最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>Unknown kind “{kind}”: use text, number, date or choice</source>
        <translation>未知类型“{kind}”：请使用 text（文本）、number（数字）、date（日期）或 choice（选项）</translation>
    </message>
    <message>
        <source>A choice is at most {limit} characters: “{start}…”</source>
        <translation>选项最多 {limit} 个字符：“{start}…”</translation>
    </message>
    <message>
        <source>A choice field needs at least one choice</source>
        <translation>选项字段至少需要一个选项</translation>
    </message>
    <message>
        <source>“{text}” is not a number (e.g. 12,345 · 1.2万 · 3.5w · -0.5)</source>
        <translation>“{text}”不是数字（例如：12,345 · 1.2万 · 3.5w · -0.5）</translation>
    </message>
    <message>
        <source>{text} is too large a number</source>
        <translation>{text} 数字过大</translation>
    </message>
    <message>
        <source>“{text}” is not a date (e.g. 2024-05-20, 2024/5/20 or 2024年5月20日)</source>
        <translation>“{text}”不是日期（例如：2024-05-20、2024/5/20 或 2024年5月20日）</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Every KOL can have these fields: fill them in the KOL editor, show them as list columns (right-click the list&apos;s header → Columns…) and filter the list by them.</source>
        <translation>每位 KOL 都可以填写这些字段：在 KOL 编辑窗口中填写，作为列表列显示（右键点击列表表头 → 显示列…），也可以按它们筛选列表。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Delete the field “{0}”?</source>
        <translation>删除字段“{0}”？</translation>
    </message>
    <message numerus="yes">
        <source>%n KOLs have a value in it; those values are deleted with it.</source>
        <translation>
            <numerusform>有 %n 位 KOL 填写了该字段，这些值将一并删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>No KOL has a value in it yet.</source>
        <translation>目前还没有 KOL 填写该字段。</translation>
    </message>
    <message>
        <source>Edit → Undo brings it back.</source>
        <translation>可通过“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>Delete custom field</source>
        <translation>删除自定义字段</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete custom field “{0}”</source>
        <translation>删除自定义字段“{0}”</translation>
    </message>
</context>
<context>
    <name>DashboardArea</name>
    <message>
        <source>Spend by month (paid)</source>
        <translation>每月支出（已付款）</translation>
    </message>
    <message>
        <source>No payments marked paid yet.</source>
        <translation>还没有标记为已付的付款。</translation>
    </message>
    <message>
        <source>ROI by KOL — top 10</source>
        <translation>各 KOL 的 ROI（前 10 名）</translation>
    </message>
    <message>
        <source>ROI: —
No measured deals yet. Enter metrics for a published deliverable to see ROI.</source>
        <translation>ROI：—
还没有已回收数据的合作。为已发布的交付内容录入数据后即可查看 ROI。</translation>
    </message>
    <message>
        <source>Engagement rate vs agreed fee</source>
        <translation>互动率与成交价</translation>
    </message>
    <message>
        <source>No deals with an agreed fee yet.</source>
        <translation>还没有确定成交价的合作。</translation>
    </message>
    <message>
        <source>KPI progress — planned and launched campaigns</source>
        <translation>KPI 进度（计划中和已启动的营销活动）</translation>
    </message>
    <message>
        <source>No planned or launched campaign with KPIs yet.</source>
        <translation>还没有设置了 KPI 的计划中或已启动的营销活动。</translation>
    </message>
    <message>
        <source>{month}: {amount} paid</source>
        <translation>{month}：已付 {amount}</translation>
    </message>
    <message>
        <source>ROI %</source>
        <translation>ROI %</translation>
    </message>
    <message>
        <source>{name}: ROI {roi}
Cost {cost} · sales {sales}</source>
        <translation>{name}：ROI {roi}
成本 {cost} · 销售额 {sales}</translation>
    </message>
    <message>
        <source>Fee in {0}</source>
        <translation>费用（{0}）</translation>
    </message>
    <message>
        <source>Agreed fee</source>
        <translation>成交价</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>{name}
Agreed fee: {fee}
Engagement rate: {rate}</source>
        <translation>{name}
成交价：{fee}
互动率：{rate}</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Import KOLs (CSV, Excel)…</source>
        <translation>导入 KOL（CSV、Excel）(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;handover package…</source>
        <translation>导入交接包(&amp;H)…</translation>
    </message>
    <message>
        <source>KOL list as CSV…</source>
        <translation>KOL 列表导出为 CSV…</translation>
    </message>
    <message>
        <source>KOL list as Excel (XLSX)…</source>
        <translation>KOL 列表导出为 Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Contacts as vCard…</source>
        <translation>联系人导出为 vCard…</translation>
    </message>
    <message>
        <source>Schedule and reminders as iCalendar…</source>
        <translation>日程与提醒导出为 iCalendar…</translation>
    </message>
    <message>
        <source>Handover package (the whole KOL book)…</source>
        <translation>交接包（整个 KOL 库）…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Export this KOL as JSON…</source>
        <translation>将此 KOL 导出为 JSON…</translation>
    </message>
    <message>
        <source>Erase this KOL permanently…</source>
        <translation>永久清除此 KOL…</translation>
    </message>
    <message>
        <source>Connect to a &amp;team database…</source>
        <translation>连接团队数据库(&amp;T)…</translation>
    </message>
    <message>
        <source>Back to my own &amp;file</source>
        <translation>回到我自己的文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A team database is backed up by its PostgreSQL server (pg_dump, or the host&apos;s snapshots).</source>
        <translation>团队数据库由其 PostgreSQL 服务器负责备份（pg_dump 或云服务商的快照）。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Another program kept {path} busy for {seconds} s; kolcrm stopped before writing. Try again when it has finished.</source>
        <translation>另一个程序占用 {path} 已达 {seconds} 秒；kolcrm 未写入任何内容便已停止。请等它完成后再试。</translation>
    </message>
    <message>
        <source>{path} is busy: another program is writing to it. Try again when it has finished.</source>
        <translation>{path} 正忙：另一个程序正在写入。请等它完成后再试。</translation>
    </message>
    <message>
        <source>{path} cannot be opened as a kolcrm database: {reason}</source>
        <translation>无法将 {path} 作为 kolcrm 数据库打开：{reason}</translation>
    </message>
    <message>
        <source>Cannot create a database at {path}: a part of that path is a file, not a folder</source>
        <translation>无法在 {path} 创建数据库：路径中有一部分是文件而不是文件夹</translation>
    </message>
    <message>
        <source>Cannot create a database at {path}: {reason}</source>
        <translation>无法在 {path} 创建数据库：{reason}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a kolcrm database file</source>
        <translation>{path} 是文件夹，不是 kolcrm 数据库文件</translation>
    </message>
    <message>
        <source>{path} is not a regular file, so it cannot be a kolcrm database</source>
        <translation>{path} 不是普通文件，因此不可能是 kolcrm 数据库</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a kolcrm database; it was left untouched</source>
        <translation>{path} 是一个空文件，不是 kolcrm 数据库；文件未被改动</translation>
    </message>
    <message>
        <source>{path} is not a kolcrm database (it is not an SQLite file); it was left untouched</source>
        <translation>{path} 不是 kolcrm 数据库（不是 SQLite 文件），文件未作任何改动</translation>
    </message>
    <message>
        <source>{path} is read-only (or its folder is): kolcrm needs to write beside it. Copy the file somewhere writable and open the copy.</source>
        <translation>{path} 是只读的（或其所在文件夹只读），kolcrm 需要在它旁边写入文件。请把文件复制到可写入的位置，再打开副本。</translation>
    </message>
    <message>
        <source>{path} is damaged or not a kolcrm database ({reason}); it was left untouched</source>
        <translation>{path} 已损坏或不是 kolcrm 数据库（{reason}），文件未作任何改动</translation>
    </message>
    <message>
        <source>{path} is an SQLite file of another program, not a kolcrm database; it was left untouched</source>
        <translation>{path} 是其他程序的 SQLite 文件，不是 kolcrm 数据库，文件未作任何改动</translation>
    </message>
    <message>
        <source>{path} was saved by a newer kolcrm (schema version {version}; this kolcrm knows up to {known}). Update kolcrm to open it; the file was left untouched.</source>
        <translation>{path} 由更新版本的 kolcrm 保存（数据结构版本 {version}；当前版本最高支持 {known}）。请升级 kolcrm 后再打开，文件未作任何改动。</translation>
    </message>
    <message>
        <source>This database has schema version {found}; kolcrm knows up to {known}</source>
        <translation>该数据库的结构版本为 {found}；此版本 kolcrm 最高只支持 {known}，请升级 kolcrm</translation>
    </message>
    <message>
        <source>{url} is an address, not a file: give the path of a kolcrm database file</source>
        <translation>{url} 是一个地址，不是文件：请提供 kolcrm 数据库文件的路径</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: create it first, or give the path of a file in a folder that exists</source>
        <translation>文件夹 {folder} 不存在：请先创建它，或提供一个位于已有文件夹中的文件路径</translation>
    </message>
    <message>
        <source>The database {name} holds tables of another program, not a kolcrm book</source>
        <translation>数据库 {name} 中是其他程序的表，不是 kolcrm 数据库</translation>
    </message>
    <message>
        <source>The database {name} is not a kolcrm book</source>
        <translation>数据库 {name} 不是 kolcrm 数据库</translation>
    </message>
    <message>
        <source>The team database {name} was set up by a newer kolcrm (schema version {version}; this kolcrm knows up to {known}). Update kolcrm to use it; nothing was changed.</source>
        <translation>团队数据库 {name} 由更新版本的 kolcrm 建立（架构版本 {version}；此版本的 kolcrm 最高只支持 {known}）。请升级 kolcrm 后再使用；没有做任何更改。</translation>
    </message>
    <message>
        <source>A team database needs the PostgreSQL driver: install kolcrm[team] (pip install &quot;kolcrm[team]&quot;).</source>
        <translation>团队数据库需要 PostgreSQL 驱动：请安装 kolcrm[team]（pip install &quot;kolcrm[team]&quot;）。</translation>
    </message>
    <message>
        <source>{url} is not a team database address: write postgresql://user@host:port/database</source>
        <translation>{url} 不是团队数据库地址：请写成 postgresql://用户@主机:端口/数据库</translation>
    </message>
    <message>
        <source>{url} has a port that is not a number</source>
        <translation>{url} 中的端口不是数字</translation>
    </message>
    <message>
        <source>The team database {url} could not be set up: {reason}</source>
        <translation>无法建立团队数据库 {url}：{reason}</translation>
    </message>
    <message>
        <source>The team database {url} refused the password of {user}. Put it in ~/.pgpass or PGPASSWORD, or give it when asked.</source>
        <translation>团队数据库 {url} 拒绝了 {user} 的密码。请把密码写入 ~/.pgpass 或 PGPASSWORD，或在询问时输入。</translation>
    </message>
    <message>
        <source>Cannot reach the team database {url}: {reason}</source>
        <translation>无法连接团队数据库 {url}：{reason}</translation>
    </message>
</context>
<context>
    <name>DealConfirmations</name>
    <message>
        <source>Contract despite open risk?</source>
        <translation>存在未解决的风险，仍要签约吗？</translation>
    </message>
    <message>
        <source>Contract anyway</source>
        <translation>仍然签约</translation>
    </message>
    <message>
        <source>Exclusivity conflict</source>
        <translation>排他冲突</translation>
    </message>
    <message>
        <source>Go ahead anyway</source>
        <translation>仍然继续</translation>
    </message>
</context>
<context>
    <name>DealFilterBar</name>
    <message>
        <source>Search KOL names and titles</source>
        <translation>搜索 KOL 昵称和合作标题</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>全部品牌</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Overdue payments only</source>
        <translation>仅看逾期付款</translation>
    </message>
</context>
<context>
    <name>DealFlags</name>
    <message>
        <source>⚠ Payment overdue</source>
        <translation>⚠ 付款逾期</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n posts without ad label</source>
        <translation>
            <numerusform>⚠ %n 条内容未加广告标识</numerusform>
        </translation>
    </message>
    <message>
        <source>★ First deal</source>
        <translation>★ 首次合作</translation>
    </message>
</context>
<context>
    <name>DealPage</name>
    <message>
        <source>618 · 双11 · spring launch</source>
        <translation>618 · 双11 · 春季上新</translation>
    </message>
    <message>
        <source>lipstick, colour cosmetics</source>
        <translation>口红、彩妆</translation>
    </message>
    <message>
        <source>brand may repost on its own channels and in ads</source>
        <translation>品牌可在自有渠道及广告中二次使用</translation>
    </message>
    <message>
        <source>50 % on signing, 50 % within 30 days of publishing</source>
        <translation>签约时付 50%，发布后 30 天内付 50%</translation>
    </message>
    <message>
        <source>what the KOL asked: 30,000 · 3万 · ¥30,000</source>
        <translation>KOL 的报价：30,000 · 3万 · ¥30,000</translation>
    </message>
    <message>
        <source>what the brand will pay</source>
        <translation>品牌实际支付的金额</translation>
    </message>
    <message>
        <source>what the KOL said when they offered it</source>
        <translation>KOL 主动让利时的原话</translation>
    </message>
    <message>
        <source>e.g. 6 (blank: not stated)</source>
        <translation>如 6（留空：不写明）</translation>
    </message>
    <message>
        <source>Choose a brand…</source>
        <translation>选择品牌…</translation>
    </message>
    <message>
        <source>Type part of a KOL&apos;s name</source>
        <translation>输入 KOL 昵称的一部分</translation>
    </message>
    <message>
        <source>The KOL offered this discount</source>
        <translation>KOL 主动提出此折扣</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> 天（合作前）</translation>
    </message>
    <message>
        <source> days after</source>
        <translation> 天（合作后）</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>How long the brand has to review each draft</source>
        <translation>品牌审核每份草稿的时限</translation>
    </message>
    <message>
        <source>no term</source>
        <translation>不限期</translation>
    </message>
    <message>
        <source>Brand *</source>
        <translation>品牌 *</translation>
    </message>
    <message>
        <source>KOL *</source>
        <translation>KOL *</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>合作渠道</translation>
    </message>
    <message>
        <source>Rebate % (返点)</source>
        <translation>返点 %</translation>
    </message>
    <message>
        <source>Service fee %</source>
        <translation>服务费 %</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Requested fee</source>
        <translation>对方报价</translation>
    </message>
    <message>
        <source>Agreed fee</source>
        <translation>成交价</translation>
    </message>
    <message>
        <source>Discount note</source>
        <translation>折扣说明</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Tax and invoice</source>
        <translation>税费与发票</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Exclusive category</source>
        <translation>排他品类</translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation>排他期</translation>
    </message>
    <message>
        <source>Usage rights</source>
        <translation>使用授权</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条款</translation>
    </message>
    <message>
        <source>Draft review</source>
        <translation>草稿审核</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税费</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>开票方</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>KOL</source>
        <translation>KOL</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Agreed fee</source>
        <translation>成交价</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>DeleteFieldCommand</name>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
</context>
<context>
    <name>DeliverablesTable</name>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容形式</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Brand brief</source>
        <translation>品牌需求</translation>
    </message>
    <message>
        <source>KOL&apos;s own idea</source>
        <translation>KOL 创意</translation>
    </message>
    <message>
        <source>Ad label</source>
        <translation>广告标识</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. 2026-03-15</source>
        <translation>YYYY-MM-DD，例如：2026-03-15</translation>
    </message>
    <message>
        <source>The label Chinese advertising law expects on a paid post</source>
        <translation>《广告法》要求付费内容带有的标识</translation>
    </message>
    <message>
        <source>Moves through the review on the board, not here</source>
        <translation>在看板的审核流程中变更，不在此处修改</translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation>添加交付内容</translation>
    </message>
    <message>
        <source>Remove deliverable</source>
        <translation>移除交付内容</translation>
    </message>
    <message>
        <source>What the brand asks for: key messages, must-shows, don&apos;ts</source>
        <translation>品牌的要求：核心信息、必须展示的内容、禁忌事项</translation>
    </message>
    <message>
        <source>How the KOL wants to do it, in their own voice</source>
        <translation>KOL 打算如何呈现，用自己的风格来表达</translation>
    </message>
    <message>
        <source>The review state moves on the board, not here.</source>
        <translation>审核状态在看板中变更，不在此处修改。</translation>
    </message>
    <message>
        <source>Deliverable {0}: “{1}” is not a date (use YYYY-MM-DD)</source>
        <translation>第 {0} 项交付内容：“{1}”不是有效日期（请使用 YYYY-MM-DD）</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same phone</source>
        <translation>手机号相同</translation>
    </message>
    <message>
        <source>same WeChat ID</source>
        <translation>微信号相同</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>same name and city</source>
        <translation>名称和城市相同</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Their version and yours differ in: {0}.</source>
        <translation>对方的版本与你的版本在以下方面不同：{0}。</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>载入对方的版本</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>用我的覆盖对方的</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>EmptyListNotice</name>
    <message>
        <source>No KOLs yet. Press Ctrl+N to add one, or Ctrl+I to import a sheet.</source>
        <translation>还没有 KOL。按 Ctrl+N 新建一位，或按 Ctrl+I 导入表格。</translation>
    </message>
    <message>
        <source>No KOL matches “{0}”.</source>
        <translation>没有与“{0}”匹配的 KOL。</translation>
    </message>
    <message>
        <source>No KOL matches these filters.</source>
        <translation>没有符合这些筛选条件的 KOL。</translation>
    </message>
    <message>
        <source>The filters above the list narrow it too: set them back to “All”.</source>
        <translation>列表上方的筛选条件也在缩小范围：请把它们改回“全部”。</translation>
    </message>
    <message>
        <source>Press Esc to clear the search.</source>
        <translation>按 Esc 清除搜索。</translation>
    </message>
    <message>
        <source>One or two Latin letters match the start of a word (“em” finds Emma); three or more match anywhere in it.</source>
        <translation>一两个拉丁字母只匹配单词开头（“em”可找到 Emma）；三个及以上字母可匹配单词中的任意位置。</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>{path} is an encrypted kolcrm database (or not a database at all), and this kolcrm cannot open encrypted files: install kolcrm[encryption] (pip install &quot;kolcrm[encryption]&quot;). The file was left untouched.</source>
        <translation>{path} 是加密的 kolcrm 数据库（或根本不是数据库），而这个 kolcrm 无法打开加密文件：请安装 kolcrm[encryption]（pip install &quot;kolcrm[encryption]&quot;）。文件未被改动。</translation>
    </message>
    <message>
        <source>wrong passphrase for {path} (the one in {source}), or it is not a kolcrm database; it was left untouched</source>
        <translation>{path} 的口令不对（来自 {source} 的那个），或它不是 kolcrm 数据库；文件未被改动</translation>
    </message>
    <message>
        <source>wrong passphrase for {path}, or it is not a kolcrm database; it was left untouched</source>
        <translation>{path} 的口令不对，或它不是 kolcrm 数据库；文件未被改动</translation>
    </message>
    <message>
        <source>{path} is already encrypted (or not a kolcrm database); nothing was changed</source>
        <translation>{path} 已经加密（或不是 kolcrm 数据库）；没有做任何改动</translation>
    </message>
    <message>
        <source>Could not convert {path}; the database was left as it was: {reason}</source>
        <translation>无法转换 {path}，数据库保持原样：{reason}</translation>
    </message>
    <message>
        <source>{path} is open in another kolcrm or program; close it and try again. Nothing changed.</source>
        <translation>{path} 正被另一个 kolcrm 或程序打开；请关闭后重试。没有做任何改动。</translation>
    </message>
    <message>
        <source>the copy is not of the expected kind (encrypted or plain)</source>
        <translation>副本的类型不对（应加密或应为明文）</translation>
    </message>
    <message>
        <source>The converted copy of {path} did not match the original ({problems}); nothing changed</source>
        <translation>{path} 转换后的副本与原文件不一致（{problems}）；没有做任何改动</translation>
    </message>
    <message>
        <source>{path} is not encrypted; nothing was changed</source>
        <translation>{path} 没有加密；没有做任何改动</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty; nothing was changed</source>
        <translation>口令不能为空；没有做任何改动</translation>
    </message>
    <message>
        <source>there is no database at {path}</source>
        <translation>{path} 处没有数据库</translation>
    </message>
    <message>
        <source>{path} is encrypted: set KOLCRM_PASSPHRASE, or run kolcrm in a terminal to be asked for the passphrase. The file was left untouched.</source>
        <translation>{path} 已加密：请设置 KOLCRM_PASSPHRASE，或在终端里运行 kolcrm 以便输入口令。文件未被改动。</translation>
    </message>
    <message>
        <source>{path} is encrypted and no passphrase was given; nothing was opened</source>
        <translation>{path} 已加密，但没有输入口令；没有打开任何文件</translation>
    </message>
    <message>
        <source>That passphrase does not open {name}.</source>
        <translation>这个口令打不开 {name}。</translation>
    </message>
</context>
<context>
    <name>Erase</name>
    <message>
        <source>%n platform accounts</source>
        <translation>%n 个平台账号</translation>
    </message>
    <message>
        <source>%n history entries</source>
        <translation>%n 条往来记录</translation>
    </message>
    <message>
        <source>%n deals</source>
        <translation>%n 个合作</translation>
    </message>
    <message>
        <source>%n payments</source>
        <translation>%n 笔付款</translation>
    </message>
    <message>
        <source>%n contract records</source>
        <translation>%n 份合同记录</translation>
    </message>
    <message>
        <source>%n gifts</source>
        <translation>%n 份礼品</translation>
    </message>
    <message>
        <source>%n perks</source>
        <translation>%n 项回馈</translation>
    </message>
    <message>
        <source>%n risks</source>
        <translation>%n 项风险</translation>
    </message>
    <message>
        <source>%n reminders</source>
        <translation>%n 条提醒</translation>
    </message>
    <message>
        <source>%n custom field values</source>
        <translation>%n 个自定义字段值</translation>
    </message>
    <message>
        <source>%n attached files</source>
        <translation>%n 个附件</translation>
    </message>
    <message>
        <source>The team database&apos;s server may keep older copies of the text in its files and backups until its own maintenance overwrites them</source>
        <translation>团队数据库的服务器可能仍在其文件和备份中保留这些文字的旧副本，直到服务器自身的维护将其覆盖</translation>
    </message>
    <message>
        <source>The file was not compacted (a transaction was open): older copies of the text may remain in it</source>
        <translation>文件未压缩（当时有事务未结束）：其中可能仍留有这些文字的旧副本</translation>
    </message>
    <message>
        <source>The file could not be compacted ({reason}): older copies of the text may remain in it</source>
        <translation>文件无法压缩（{reason}）：其中可能仍留有这些文字的旧副本</translation>
    </message>
    <message>
        <source>Another program has the database open, so its -wal file keeps a copy of the erased text until that program closes the database</source>
        <translation>另一个程序正打开着该数据库，在它关闭数据库之前，-wal 文件中仍保留被清除文字的副本</translation>
    </message>
    <message>
        <source>nothing erased: run it again with --yes to erase without being asked</source>
        <translation>未清除：如需不经确认直接清除，请加 --yes 重新运行</translation>
    </message>
    <message>
        <source>Erase {name} (KOL #{id}) permanently? This cannot be undone. [y/N] </source>
        <translation>永久清除 {name}（KOL #{id}）？此操作无法撤销。[y/N] </translation>
    </message>
    <message>
        <source>Nothing erased.</source>
        <translation>未清除任何内容。</translation>
    </message>
    <message>
        <source>Erased {name} (KOL #{id}).</source>
        <translation>已清除 {name}（KOL #{id}）。</translation>
    </message>
    <message>
        <source>None of their text is left in the database files.</source>
        <translation>数据库文件中已不留其任何文字。</translation>
    </message>
    <message>
        <source>Backups made before the erase may still hold them: %n in {folder}.</source>
        <translation>清除之前做的备份可能仍含有其资料：{folder} 中有 %n 个。</translation>
    </message>
    <message>
        <source>no other records</source>
        <translation>没有其他记录</translation>
    </message>
    <message>
        <source>Removed with them: {records}.</source>
        <translation>一并删除：{records}。</translation>
    </message>
    <message>
        <source>Erase: {name} (KOL #{id})</source>
        <translation>清除：{name}（KOL #{id}）</translation>
    </message>
    <message>
        <source>Goes with them: {records}.</source>
        <translation>将一并删除：{records}。</translation>
    </message>
    <message>
        <source>%n generated contract PDFs stay on disk; delete them yourself if needed:</source>
        <translation>已生成的 %n 份合同 PDF 仍留在磁盘上，如有需要请自行删除：</translation>
    </message>
</context>
<context>
    <name>ExclusivityView</name>
    <message>
        <source>Category · KOL</source>
        <translation>品类 · KOL</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>{brand} “{title}”</source>
        <translation>{brand}“{title}”</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>KOL schedule</source>
        <translation>KOL 日程</translation>
    </message>
    <message>
        <source>Brand: {brand}</source>
        <translation>品牌：{brand}</translation>
    </message>
    <message>
        <source>Review: {state}</source>
        <translation>内容审核：{state}</translation>
    </message>
    <message>
        <source>Deal #{id}</source>
        <translation>合作 #{id}</translation>
    </message>
    <message>
        <source>Brief: {brief}</source>
        <translation>需求简报：{brief}</translation>
    </message>
    <message>
        <source>KOL: {name}</source>
        <translation>KOL：{name}</translation>
    </message>
    <message>
        <source>Categories: {labels}</source>
        <translation>品类：{labels}</translation>
    </message>
    <message>
        <source>Tags: {labels}</source>
        <translation>标签：{labels}</translation>
    </message>
    <message>
        <source>{platform}: {handle} ({followers} followers)</source>
        <translation>{platform}：{handle}（{followers} 粉丝）</translation>
    </message>
    <message>
        <source>City: {city}</source>
        <translation>城市：{city}</translation>
    </message>
    <message>
        <source>No KOL with id {id}</source>
        <translation>没有 ID 为 {id} 的 KOL</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is a folder</source>
        <translation>无法写入 {path}：这是一个文件夹</translation>
    </message>
    <message>
        <source>Cannot write {name} as XLSX: {reason}. Export a filtered view, or CSV</source>
        <translation>无法将 {name} 写成 XLSX：{reason}。请导出筛选后的视图，或导出 CSV</translation>
    </message>
    <message>
        <source>{count} columns: one Excel sheet holds at most {most}</source>
        <translation>共 {count} 列：一张 Excel 工作表最多容纳 {most} 列</translation>
    </message>
    <message>
        <source>more than {most} rows: one Excel sheet holds no more</source>
        <translation>超过 {most} 行：一张 Excel 工作表容纳不下</translation>
    </message>
    <message>
        <source>more than {size} GiB of sheet data: one XLSX sheet holds no more</source>
        <translation>工作表数据超过 {size} GiB：一张 XLSX 工作表容纳不下</translation>
    </message>
</context>
<context>
    <name>ExportContractsDialog</name>
    <message>
        <source>Export contracts</source>
        <translation>导出合同</translation>
    </message>
    <message numerus="yes">
        <source>%n deals to export.</source>
        <translation>
            <numerusform>共 %n 个合作待导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Each contract is recorded as its deal&apos;s next version. A deal that is not ready is listed afterwards with the reason; the others are still written.</source>
        <translation>每份合同都会记为该合作的新版本。尚未就绪的合作会在导出后列出原因，其余合同照常生成。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export contracts into</source>
        <translation>导出合同到</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>未选择文件夹</translation>
    </message>
    <message>
        <source>Choose the folder the contracts go into.</source>
        <translation>请选择存放合同的文件夹。</translation>
    </message>
    <message>
        <source>Writing contracts into {0}…</source>
        <translation>正在将合同写入 {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping after the contracts being written…</source>
        <translation>正在写入的合同完成后即停止…</translation>
    </message>
    <message>
        <source>Contracts not exported</source>
        <translation>合同未导出</translation>
    </message>
    <message numerus="yes">
        <source>%n contracts written to</source>
        <translation>
            <numerusform>已生成 %n 份合同，保存在</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the remaining deals were not exported.</source>
        <translation>已取消：其余合作未导出。</translation>
    </message>
    <message numerus="yes">
        <source>%n deals failed:</source>
        <translation>
            <numerusform>%n 个合作导出失败：</numerusform>
        </translation>
    </message>
    <message>
        <source>No deal failed.</source>
        <translation>全部导出成功。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>vCard contacts (*.vcf)</source>
        <translation>vCard 联系人 (*.vcf)</translation>
    </message>
    <message>
        <source>Export KOLs</source>
        <translation>导出 KOL</translation>
    </message>
    <message>
        <source>Exporting KOLs to {0}…</source>
        <translation>正在导出 KOL 到 {0}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation>导出日程</translation>
    </message>
    <message>
        <source>Writing the schedule to {0}…</source>
        <translation>正在将日程写入 {0}…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Export everything about {0}</source>
        <translation>导出 {0} 的全部资料</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Everything about {0} was written to {1}</source>
        <translation>{0} 的全部资料已写入 {1}</translation>
    </message>
    <message>
        <source>Export handover package</source>
        <translation>导出交接包</translation>
    </message>
    <message>
        <source>Handover package (*{0})</source>
        <translation>交接包 (*{0})</translation>
    </message>
    <message>
        <source>Writing the handover package {0}…</source>
        <translation>正在写入交接包 {0}…</translation>
    </message>
    <message>
        <source>Handover package</source>
        <translation>交接包</translation>
    </message>
    <message>
        <source>Import handover package</source>
        <translation>导入交接包</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>正在导入 {0}…</translation>
    </message>
    <message>
        <source>That passphrase does not open this package.</source>
        <translation>该口令无法打开此交接包。</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>未清除</translation>
    </message>
    <message>
        <source>Erase {0} permanently? Their profile, tags, {1} and search entries are removed from every table. This cannot be undone (moving to the trash can).</source>
        <translation>要永久清除 {0} 吗？其资料、标签、{1}以及搜索索引将从所有数据表中删除。此操作无法撤销（移入回收站则可以撤销）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>no other records</source>
        <translation>无其他关联记录</translation>
    </message>
    <message>
        <source>%n generated contract PDFs stay on disk; delete those files yourself if needed.</source>
        <translation>已生成的 %n 份合同 PDF 仍保留在磁盘上；如有需要，请自行删除这些文件。</translation>
    </message>
    <message>
        <source>Erase KOL permanently</source>
        <translation>永久清除 KOL</translation>
    </message>
    <message>
        <source>Erase permanently</source>
        <translation>永久清除</translation>
    </message>
    <message>
        <source>Erased, with one caveat</source>
        <translation>已清除，但有一点需要注意</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：未写入任何文件。</translation>
    </message>
    <message>
        <source>Wrote {0} to {1}</source>
        <translation>已将 {0} 条记录写入 {1}</translation>
    </message>
    <message>
        <source>The package is encrypted with this database&apos;s passphrase: whoever imports it needs that passphrase.</source>
        <translation>交接包已用本数据库的口令加密：导入者需要这个口令。</translation>
    </message>
</context>
<context>
    <name>Festivals</name>
    <message>
        <source>“{text}” is not a lunar month-day (e.g. 08-15, or L04-05 for a leap month)</source>
        <translation>“{text}”不是农历月日（例如：08-15，闰月写作 L04-05）</translation>
    </message>
    <message>
        <source>“{text}”: a lunar month is 1–12 and a day 1–30</source>
        <translation>“{text}”：农历月份为 1–12，日期为 1–30</translation>
    </message>
    <message>
        <source>No lunar date {month}-{day} in {year}</source>
        <translation>{year} 年没有农历 {month}-{day}</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>New custom field</source>
        <translation>新建自定义字段</translation>
    </message>
    <message>
        <source>Edit custom field</source>
        <translation>编辑自定义字段</translation>
    </message>
    <message>
        <source>e.g. 建联状态 or MCN contract ends</source>
        <translation>例如：建联状态、MCN 合同到期日</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>One choice per line, e.g.
已建联
未建联</source>
        <translation>每行一个选项，例如：
已建联
未建联</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项列表</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>FileLocation</name>
    <message>
        <source>Not opened</source>
        <translation>未能打开</translation>
    </message>
    <message>
        <source>No program on this computer opened the file: a PDF viewer may not be installed.
The file is at:
{0}
(its path is on the clipboard)</source>
        <translation>这台电脑上没有程序打开这个文件：可能没有安装 PDF 阅读器。
文件位于：
{0}
（路径已复制到剪贴板）</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>No file manager could be opened either: copy the path and open it yourself.</source>
        <translation>也无法打开文件管理器：请复制路径后自行打开。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search names, handles, tags and notes — e.g. 口红 (Ctrl+F)</source>
        <translation>搜索昵称、账号ID、标签和备注，例如“口红”（Ctrl+F）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message numerus="yes">
        <source>No reply for %n+ days</source>
        <translation>
            <numerusform>%n 天以上未回复</numerusform>
        </translation>
    </message>
    <message>
        <source>All outreach</source>
        <translation>全部建联状态</translation>
    </message>
    <message>
        <source>Fit for brand: score every KOL against this brand (the Fit column)</source>
        <translation>品牌匹配度：按该品牌为每位 KOL 打分（“匹配度”列）</translation>
    </message>
    <message>
        <source>Fit for brand: none</source>
        <translation>品牌匹配度：不计算</translation>
    </message>
    <message>
        <source>Filter by one of your custom fields</source>
        <translation>按自定义字段筛选</translation>
    </message>
    <message>
        <source>Custom field…</source>
        <translation>自定义字段…</translation>
    </message>
    <message>
        <source>My KOLs</source>
        <translation>我的 KOL</translation>
    </message>
    <message>
        <source>Fit for {0}</source>
        <translation>与 {0} 的匹配度</translation>
    </message>
    <message>
        <source>Any value</source>
        <translation>任意值</translation>
    </message>
    <message>
        <source>e.g. 1.2万, 1万-5万, &gt;=100</source>
        <translation>例如：1.2万、1万-5万、&gt;=100</translation>
    </message>
    <message>
        <source>e.g. 2024-05-20, 2024-01-01..2024-06-30, &gt;=2024-05-01</source>
        <translation>例如：2024-05-20、2024-01-01..2024-06-30、&gt;=2024-05-01</translation>
    </message>
    <message>
        <source>contains…</source>
        <translation>包含…</translation>
    </message>
</context>
<context>
    <name>FitTab</name>
    <message>
        <source>The brand this KOL is scored against, as in the list&apos;s Fit column</source>
        <translation>用来为该达人评分的品牌，与列表的“匹配度”列一致</translation>
    </message>
    <message>
        <source>Fit for brand:</source>
        <translation>品牌匹配度：</translation>
    </message>
    <message>
        <source>No brand chosen</source>
        <translation>未选择品牌</translation>
    </message>
    <message>
        <source>The list&apos;s Fit column still scores: {0}</source>
        <translation>列表的“匹配度”列仍按此品牌评分：{0}</translation>
    </message>
    <message>
        <source>The list&apos;s Fit column scores no brand.</source>
        <translation>列表的“匹配度”列未按任何品牌评分。</translation>
    </message>
    <message>
        <source>Add a brand to see how well this KOL fits it.</source>
        <translation>添加品牌后即可查看此 KOL 与品牌的匹配度。</translation>
    </message>
    <message>
        <source>No brand chosen: choose one above, or in the list&apos;s “Fit for brand”, to score this KOL.</source>
        <translation>未选择品牌：请在上方或列表的“品牌匹配度”中选择一个品牌，为该达人评分。</translation>
    </message>
    <message>
        <source>Fit for {0}: {1} / 100</source>
        <translation>与 {0} 的匹配度：{1} / 100</translation>
    </message>
    <message>
        <source>No value estimate: the KOL has no account or no rate card fee.</source>
        <translation>无法估算价值：该 KOL 没有账号或报价单中没有报价。</translation>
    </message>
    <message>
        <source>Fee (rate card)</source>
        <translation>费用（报价单）</translation>
    </message>
    <message>
        <source>Expected reach</source>
        <translation>预计触达</translation>
    </message>
    <message>
        <source>Expected engagements</source>
        <translation>预计互动量</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>Break-even orders</source>
        <translation>保本单量</translation>
    </message>
    <message>
        <source>Value estimate</source>
        <translation>价值估算</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <source>Add gift / thank-you</source>
        <translation>添加礼品 / 感谢信</translation>
    </message>
    <message>
        <source>Edit gift / thank-you</source>
        <translation>编辑礼品 / 感谢信</translation>
    </message>
    <message>
        <source>What was given, e.g. Mooncake box 月饼礼盒</source>
        <translation>送了什么，例如：月饼礼盒</translation>
    </message>
    <message>
        <source>e.g. 800, 1.2千, ¥800</source>
        <translation>例如：800、1.2千、¥800</translation>
    </message>
    <message>
        <source>How the KOL responded (a thank-you post, a message…)</source>
        <translation>KOL 的反馈（发了感谢帖、回了消息…）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <source>Ideas not given yet</source>
        <translation>尚未送过的礼品建议</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>送出日期</translation>
    </message>
    <message>
        <source>For the deal</source>
        <translation>关联合作</translation>
    </message>
    <message>
        <source>KOL&apos;s response</source>
        <translation>KOL 的反馈</translation>
    </message>
    <message>
        <source>Already given to this KOL</source>
        <translation>已送给此 KOL 的礼品</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已送出</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Nothing yet: the first gift is the one remembered.</source>
        <translation>还没有送过：第一份礼物最让人记得。</translation>
    </message>
    <message numerus="yes">
        <source>Pick an idea… (%n left)</source>
        <translation>
            <numerusform>选择一个建议…（剩 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>No new idea for this occasion</source>
        <translation>该场合暂无新的礼品建议</translation>
    </message>
    <message>
        <source>“{0}” is not an amount (e.g. 800, ¥800)</source>
        <translation>“{0}”不是有效金额（例如：800、¥800）</translation>
    </message>
</context>
<context>
    <name>GiftsPerksArea</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>KOL</source>
        <translation>KOL</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>All occasions</source>
        <translation>全部场合</translation>
    </message>
    <message>
        <source>Occasions apply to gifts; perks are not tied to one</source>
        <translation>场合仅适用于礼品；回馈不与特定场合关联</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Spent on gifts:</source>
        <translation>礼品支出：</translation>
    </message>
    <message>
        <source>Value of perks received:</source>
        <translation>所获回馈价值：</translation>
    </message>
    <message>
        <source>Gifts and thank-yous sent</source>
        <translation>已送出的礼品与感谢信</translation>
    </message>
    <message>
        <source>Perks received (reciprocity ledger)</source>
        <translation>收到的回馈（互惠台账）</translation>
    </message>
    <message>
        <source>planned {0}</source>
        <translation>计划于 {0}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of kolcrm.</source>
        <translation>此 kolcrm 副本未附带用户指南。</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>{name} is not a kolcrm handover package (no manifest or data inside)</source>
        <translation>{name} 不是 kolcrm 交接包（其中没有清单或数据）</translation>
    </message>
    <message>
        <source>{name} is too large to be a handover package</source>
        <translation>{name} 太大，不可能是交接包</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{name} is damaged or not a kolcrm handover package ({reason})</source>
        <translation>{name} 已损坏或不是 kolcrm 交接包（{reason}）</translation>
    </message>
    <message>
        <source>{name} is damaged: its data does not match the checksum in its manifest</source>
        <translation>{name} 已损坏：数据与清单中的校验和不符</translation>
    </message>
    <message>
        <source>{name} is damaged: {reason}</source>
        <translation>{name} 已损坏：{reason}</translation>
    </message>
    <message>
        <source>{name} is damaged: its data is not readable JSON ({reason})</source>
        <translation>{name} 已损坏：数据不是可读取的 JSON（{reason}）</translation>
    </message>
    <message>
        <source>… and %n more</source>
        <translation>……另有 %n 处</translation>
    </message>
    <message>
        <source>{name} holds values kolcrm refuses; nothing was written:</source>
        <translation>{name} 含有 kolcrm 不接受的数值，未写入任何内容：</translation>
    </message>
    <message>
        <source>{name} is not a kolcrm handover package</source>
        <translation>{name} 不是 kolcrm 交接包</translation>
    </message>
    <message>
        <source>{name} is damaged: its manifest has no version</source>
        <translation>{name} 已损坏：清单中没有版本号</translation>
    </message>
    <message>
        <source>a newer version</source>
        <translation>更新的版本</translation>
    </message>
    <message>
        <source>{name} was made by a newer kolcrm ({made_by}: package format {version}, schema {schema}; this kolcrm reads up to format {our_version}, schema {our_schema}). Update kolcrm to import it; nothing was written.</source>
        <translation>{name} 由更新版本的 kolcrm 生成（{made_by}：交接包格式 {version}，数据结构 {schema}；当前 kolcrm 最高只能读取格式 {our_version}、数据结构 {our_schema}）。请升级 kolcrm 后再导入；未写入任何内容。</translation>
    </message>
    <message>
        <source>{name} is damaged: its data has no KOL list</source>
        <translation>{name} 已损坏：数据中没有 KOL 列表</translation>
    </message>
    <message>
        <source>{name} is damaged: a brand has no name</source>
        <translation>{name} 已损坏：有品牌没有名称</translation>
    </message>
    <message>
        <source>{name} is damaged: its campaigns cannot be read</source>
        <translation>{name} 已损坏：其中的营销活动无法读取</translation>
    </message>
    <message>
        <source>{name} is damaged: campaign #{number} {problem}</source>
        <translation>{name} 已损坏：第 {number} 个营销活动{problem}</translation>
    </message>
    <message>
        <source>{name} is damaged: its agencies cannot be read</source>
        <translation>{name} 已损坏：无法读取其中的经纪机构</translation>
    </message>
    <message>
        <source>{name} is damaged: KOL #{number} {problem}</source>
        <translation>{name} 已损坏：第 {number} 位 KOL {problem}</translation>
    </message>
    <message>
        <source>has no profile</source>
        <translation>没有资料</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>没有名称</translation>
    </message>
    <message>
        <source>has unreadable {section}</source>
        <translation>的 {section} 无法读取</translation>
    </message>
    <message>
        <source>has no readable {section}</source>
        <translation>没有可读取的 {section}</translation>
    </message>
    <message>
        <source>has a record in {section} without {field}</source>
        <translation>在 {section} 中有记录缺少 {field}</translation>
    </message>
    <message>
        <source>has a deal without its id</source>
        <translation>有合作缺少 ID</translation>
    </message>
    <message>
        <source>has a deal with unreadable {section}</source>
        <translation>有合作的 {section} 无法读取</translation>
    </message>
    <message>
        <source>has a deliverable with unreadable {section}</source>
        <translation>有一项交付内容的 {section} 无法读取</translation>
    </message>
    <message>
        <source>has a deal with an unreadable campaign id</source>
        <translation>有一项合作的营销活动编号无法读取</translation>
    </message>
    <message>
        <source>has unreadable scheduling</source>
        <translation>的排期信息无法读取</translation>
    </message>
    <message>
        <source>has an unknown {field} “{value}”</source>
        <translation>的 {field} 值“{value}”无法识别</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>导入已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>KOLs: {added} added, {merged} merged with KOLs already here</source>
        <translation>KOL：新增 {added} 位，{merged} 位与已有 KOL 合并</translation>
    </message>
    <message>
        <source>Deals: {added} added, {present} already present</source>
        <translation>合作：新增 {added} 个，{present} 个已存在</translation>
    </message>
    <message>
        <source>Campaigns: {added} added, {present} already present</source>
        <translation>营销活动：新增 {added} 个，已有 {present} 个</translation>
    </message>
    <message>
        <source>KPIs: {kpis} added; brand posts: {posts} added; readiness items: {items} added</source>
        <translation>KPI：新增 {kpis} 个；品牌发布：新增 {posts} 条；准备清单：新增 {items} 项</translation>
    </message>
    <message>
        <source>Results of published posts (metric captures): {added} added</source>
        <translation>已发布内容的效果数据：新增 {added} 条</translation>
    </message>
    <message>
        <source>Gifts: {gifts} added; perks: {perks} added; history entries: {notes} added</source>
        <translation>礼品：新增 {gifts} 条；回馈：新增 {perks} 条；往来记录：新增 {notes} 条</translation>
    </message>
    <message>
        <source>Attached files (signed contracts, proofs, media kits): {added} added</source>
        <translation>附件（已签合同、发布凭证、媒体资料）：新增 {added} 个</translation>
    </message>
    <message>
        <source>Brands: {added} added; agencies: {agencies} added</source>
        <translation>品牌：新增 {added} 个；经纪机构：新增 {agencies} 个</translation>
    </message>
    <message>
        <source>Reminders raised by the rules here: {raised}</source>
        <translation>按规则生成的提醒：{raised} 条</translation>
    </message>
    <message>
        <source>Deals already here put in their campaign: {linked}</source>
        <translation>已有的合作归入其营销活动：{linked} 项</translation>
    </message>
    <message>
        <source>This package was made by an older kolcrm: it carries no campaigns, KPIs or results, so its deals arrive outside any campaign</source>
        <translation>此交接包由旧版 kolcrm 生成：不含营销活动、KPI 和效果数据，因此其中的合作不属于任何营销活动</translation>
    </message>
    <message>
        <source>Skipped (belongs to another KOL here): {account}</source>
        <translation>已跳过（属于这里的另一位 KOL）：{account}</translation>
    </message>
    <message>
        <source>{name} holds a record this database refuses ({reason}); nothing was written</source>
        <translation>{name} 中有当前数据库拒收的记录（{reason}）；未写入任何内容</translation>
    </message>
    <message>
        <source>has a campaign without its id</source>
        <translation>有一个营销活动缺少编号</translation>
    </message>
    <message>
        <source>has a campaign without {field}</source>
        <translation>有一个营销活动缺少 {field}</translation>
    </message>
    <message>
        <source>has a campaign with an unknown goal or status</source>
        <translation>有一个营销活动的目标或状态无法识别</translation>
    </message>
    <message>
        <source>has a campaign with unreadable {section}</source>
        <translation>有一个营销活动的 {section} 无法读取</translation>
    </message>
    <message>
        <source>campaign “{name}”</source>
        <translation>营销活动“{name}”</translation>
    </message>
    <message>
        <source>{campaign}, KPI {number}</source>
        <translation>{campaign}，第 {number} 个 KPI</translation>
    </message>
    <message>
        <source>KOL “{name}”</source>
        <translation>KOL“{name}”</translation>
    </message>
    <message>
        <source>{kol}, deal “{title}”</source>
        <translation>{kol}，合作“{title}”</translation>
    </message>
    <message>
        <source>{record}, {field}: {problem}</source>
        <translation>{record}，{field}：{problem}</translation>
    </message>
    <message>
        <source>“{value}” is not one of kolcrm&apos;s choices</source>
        <translation>“{value}”不是 kolcrm 的可选值</translation>
    </message>
    <message>
        <source>{deal}, deliverable {number}</source>
        <translation>{deal}，第 {number} 项交付内容</translation>
    </message>
    <message>
        <source>“{value}” is not a review state</source>
        <translation>“{value}”不是审稿状态</translation>
    </message>
    <message>
        <source>{deliverable}, results of {day}</source>
        <translation>{deliverable}，{day} 的数据</translation>
    </message>
    <message>
        <source>must be between 0 and {limit}</source>
        <translation>必须在 0 到 {limit} 之间</translation>
    </message>
    <message>
        <source>the amount is missing</source>
        <translation>缺少金额</translation>
    </message>
    <message>
        <source>“{value}” is not text</source>
        <translation>“{value}”不是文本</translation>
    </message>
    <message>
        <source>holds a control character (such as NUL)</source>
        <translation>含有控制字符（如 NUL）</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>“{value}”不是整数</translation>
    </message>
    <message>
        <source>{value} is too large</source>
        <translation>{value} 过大</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <source>“{value}” is neither true nor false</source>
        <translation>“{value}”既不是“是”也不是“否”</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>必须填写日期</translation>
    </message>
    <message>
        <source>“{value}” is not a date (YYYY-MM-DD)</source>
        <translation>“{value}”不是日期（应为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time</source>
        <translation>“{value}”不是日期时间</translation>
    </message>
    <message>
        <source>“{value}” cannot be read</source>
        <translation>无法读取“{value}”</translation>
    </message>
    <message>
        <source>brand “{name}”</source>
        <translation>品牌“{name}”</translation>
    </message>
    <message>
        <source>is not an outreach stage</source>
        <translation>不是建联状态</translation>
    </message>
    <message>
        <source>“{value}” is not a tier</source>
        <translation>“{value}”不是有效的层级</translation>
    </message>
    <message>
        <source>age bands are not all numbers</source>
        <translation>年龄段占比并非都是数字</translation>
    </message>
    <message>
        <source>the fee is missing</source>
        <translation>缺少报价</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>a figure needs a name</source>
        <translation>数据项需要名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>is not a kind of change kolcrm records</source>
        <translation>不是 kolcrm 记录的修改类型</translation>
    </message>
    <message>
        <source>{kol}, gift “{what}”</source>
        <translation>{kol}，礼品“{what}”</translation>
    </message>
    <message>
        <source>{kol}, perk “{what}”</source>
        <translation>{kol}，回馈“{what}”</translation>
    </message>
    <message>
        <source>{kol}, risk “{what}”</source>
        <translation>{kol}，风险“{what}”</translation>
    </message>
    <message>
        <source>{kol}, task “{what}”</source>
        <translation>{kol}，待办“{what}”</translation>
    </message>
    <message>
        <source>it is encrypted with {method}, which this kolcrm cannot open</source>
        <translation>它使用 {method} 加密，此版本 kolcrm 无法打开</translation>
    </message>
    <message>
        <source>its encryption asks for more memory than a package may</source>
        <translation>它的加密参数要求的内存超出交接包的上限</translation>
    </message>
    <message>
        <source>Wrong passphrase for {name}; nothing was written</source>
        <translation>{name} 的口令错误；未写入任何内容</translation>
    </message>
    <message>
        <source>KOLCRM_PACKAGE_PASSPHRASE does not open {name}; nothing was written</source>
        <translation>KOLCRM_PACKAGE_PASSPHRASE 无法打开 {name}；未写入任何内容</translation>
    </message>
    <message>
        <source>{name} is encrypted: type its passphrase (the one of the book it came from), or set KOLCRM_PACKAGE_PASSPHRASE; nothing was written</source>
        <translation>{name} 已加密：请输入它的口令（即导出它的数据库的口令），或设置 KOLCRM_PACKAGE_PASSPHRASE；未写入任何内容</translation>
    </message>
    <message>
        <source>its encrypted data was changed after it was written</source>
        <translation>其加密数据在写入后被改动过</translation>
    </message>
    <message>
        <source>its data is too large to be a handover package</source>
        <translation>其数据过大，不可能是交接包</translation>
    </message>
    <message>
        <source>is not a kind of attached file kolcrm keeps</source>
        <translation>不是 kolcrm 保存的附件类型</translation>
    </message>
    <message>
        <source>is not the file&apos;s contents in base64</source>
        <translation>不是以 base64 编码的文件内容</translation>
    </message>
    <message>
        <source>does not match the file&apos;s contents</source>
        <translation>与文件内容不一致</translation>
    </message>
    <message>
        <source>agency “{name}”</source>
        <translation>经纪机构“{name}”</translation>
    </message>
    <message>
        <source>is not a kind of item sent</source>
        <translation>不是寄送物品的类型</translation>
    </message>
    <message>
        <source>its dates are out of order</source>
        <translation>日期先后顺序有误</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Deal</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>内容审核</translation>
    </message>
    <message>
        <source>Gift / thank-you</source>
        <translation>礼品 / 感谢信</translation>
    </message>
    <message>
        <source>Perk received</source>
        <translation>收到回馈</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Delete note…</source>
        <translation>删除备注…</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Add a note — Ctrl+Enter saves</source>
        <translation>添加备注（Ctrl+Enter 保存）</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>No history yet: add the first note below.</source>
        <translation>还没有往来记录：在下方添加第一条备注。</translation>
    </message>
    <message>
        <source>follow up {0}</source>
        <translation>{0} 跟进</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>删除备注</translation>
    </message>
    <message>
        <source>Delete this note?

{0}</source>
        <translation>删除这条备注？

{0}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>The check digit of this 统一社会信用代码 is wrong: a character is mistyped</source>
        <translation>该统一社会信用代码的校验位不正确：有字符输错了</translation>
    </message>
    <message>
        <source>A 统一社会信用代码 is 18 digits and capital letters</source>
        <translation>统一社会信用代码由 18 位数字和大写字母组成</translation>
    </message>
    <message>
        <source>The check character of this 身份证号 is wrong: a digit is mistyped</source>
        <translation>该身份证号的校验码不正确：有数字输错了</translation>
    </message>
    <message>
        <source>This 身份证号 holds no valid birth date or region</source>
        <translation>该身份证号中的出生日期或地区代码无效</translation>
    </message>
    <message>
        <source>A bank account number is 8 to 30 digits (spaces and hyphens allowed)</source>
        <translation>银行账号为 8 至 30 位数字（可含空格和连字符）</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>platform names</source>
        <translation>平台名称</translation>
    </message>
    <message>
        <source>KOL statuses</source>
        <translation>KOL 状态</translation>
    </message>
    <message>
        <source>tiers</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>rates</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>rate cards</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>web addresses</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>email addresses</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>account names or IDs</source>
        <translation>账号名或账号ID</translation>
    </message>
    <message>
        <source>names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>values are web addresses</source>
        <translation>值是网址</translation>
    </message>
    <message>
        <source>{share} of values are web addresses</source>
        <translation>{share} 的值是网址</translation>
    </message>
    <message>
        <source>values are web addresses ({platform})</source>
        <translation>值是网址（{platform}）</translation>
    </message>
    <message>
        <source>{share} of values are web addresses ({platform})</source>
        <translation>{share} 的值是网址（{platform}）</translation>
    </message>
    <message>
        <source>values are email addresses</source>
        <translation>值是邮箱地址</translation>
    </message>
    <message>
        <source>{share} of values are email addresses</source>
        <translation>{share} 的值是邮箱地址</translation>
    </message>
    <message>
        <source>values name platforms</source>
        <translation>值是平台名称</translation>
    </message>
    <message>
        <source>{share} of values name platforms</source>
        <translation>{share} 的值是平台名称</translation>
    </message>
    <message>
        <source>values are rate cards (format: amount)</source>
        <translation>值是报价单（形式：金额）</translation>
    </message>
    <message>
        <source>{share} of values are rate cards (format: amount)</source>
        <translation>{share} 的值是报价单（形式：金额）</translation>
    </message>
    <message>
        <source>values are percentages</source>
        <translation>值是百分比</translation>
    </message>
    <message>
        <source>{share} of values are percentages</source>
        <translation>{share} 的值是百分比</translation>
    </message>
    <message>
        <source>values look like @handles</source>
        <translation>值看起来像 @账号ID</translation>
    </message>
    <message>
        <source>{share} of values look like @handles</source>
        <translation>{share} 的值看起来像 @账号ID</translation>
    </message>
    <message>
        <source>values are 16–20-digit account IDs (kept as text)</source>
        <translation>值是 16–20 位数字的账号ID（按文本保存）</translation>
    </message>
    <message>
        <source>{share} of values are 16–20-digit account IDs (kept as text)</source>
        <translation>{share} 的值是 16–20 位数字的账号ID（按文本保存）</translation>
    </message>
    <message>
        <source>values look like usernames</source>
        <translation>值看起来像用户名</translation>
    </message>
    <message>
        <source>{share} of values look like usernames</source>
        <translation>{share} 的值看起来像用户名</translation>
    </message>
    <message>
        <source>values are phone numbers</source>
        <translation>值是电话号码</translation>
    </message>
    <message>
        <source>{share} of values are phone numbers</source>
        <translation>{share} 的值是电话号码</translation>
    </message>
    <message>
        <source>values are KOL statuses</source>
        <translation>值是 KOL 状态</translation>
    </message>
    <message>
        <source>{share} of values are KOL statuses</source>
        <translation>{share} 的值是 KOL 状态</translation>
    </message>
    <message>
        <source>values are tiers</source>
        <translation>值是层级</translation>
    </message>
    <message>
        <source>{share} of values are tiers</source>
        <translation>{share} 的值是层级</translation>
    </message>
    <message>
        <source>values are counts (no header names them)</source>
        <translation>值是数量（没有表头说明是什么）</translation>
    </message>
    <message>
        <source>{share} of values are counts (no header names them)</source>
        <translation>{share} 的值是数量（没有表头说明是什么）</translation>
    </message>
    <message>
        <source>kolcrm&apos;s own export column “{header}”</source>
        <translation>kolcrm 自己导出的列“{header}”</translation>
    </message>
    <message>
        <source>header “{header}” suggests {field}, but its values ({samples}) are figures</source>
        <translation>表头“{header}”像是{field}，但它的值（{samples}）是数字</translation>
    </message>
    <message>
        <source>header “{header}” suggests {field}, but its values ({samples}) are not {kind}</source>
        <translation>表头“{header}”像是{field}，但它的值（{samples}）不是{kind}</translation>
    </message>
    <message>
        <source>header “{header}” suggests {field}, but its values ({samples}) are not its kind</source>
        <translation>表头“{header}”像是{field}，但它的值（{samples}）不符合该字段</translation>
    </message>
    <message>
        <source>header “{header}”</source>
        <translation>表头“{header}”</translation>
    </message>
    <message>
        <source>{reason}; {share} of values are {kind}</source>
        <translation>{reason}；{share} 的值是{kind}</translation>
    </message>
    <message>
        <source>{reason} (a Weibo nickname is also its handle)</source>
        <translation>{reason}（微博昵称同时也是账号ID）</translation>
    </message>
    <message>
        <source>{reason} (a Weibo nickname is its handle)</source>
        <translation>{reason}（微博昵称就是账号ID）</translation>
    </message>
    <message>
        <source>header “{header}” names {platform}; its values are {kind}</source>
        <translation>表头“{header}”指明了{platform}；它的值是{kind}</translation>
    </message>
    <message>
        <source>header “{header}” names {platform}</source>
        <translation>表头“{header}”指明了{platform}</translation>
    </message>
    <message>
        <source>header “{header}”; its values are usernames, another column has the names</source>
        <translation>表头“{header}”；它的值是用户名，名称在另一列</translation>
    </message>
    <message>
        <source>a name is at most {count} characters</source>
        <translation>名称最多 {count} 个字符</translation>
    </message>
    <message>
        <source>followers cannot be more than {count} (100亿)</source>
        <translation>粉丝数不能超过 {count}（100亿）</translation>
    </message>
    <message>
        <source>an engagement rate is between 0 % and 100 %</source>
        <translation>互动率须在 0% 到 100% 之间</translation>
    </message>
    <message>
        <source>unknown platform</source>
        <translation>未知平台</translation>
    </message>
    <message>
        <source>unknown platform “{value}” (e.g. Douyin/抖音, Xiaohongshu/小红书, Weibo/微博)</source>
        <translation>未知平台“{value}”（例如：抖音/Douyin、小红书/Xiaohongshu、微博/Weibo）</translation>
    </message>
    <message>
        <source>“{value}” says where the outreach stands, not the KOL&apos;s status (prospect, active, paused, do not contact)</source>
        <translation>“{value}”是建联进度，不是 KOL 状态（意向、合作中、暂停合作、勿联系）</translation>
    </message>
    <message>
        <source>unknown status “{value}” (prospect, active, paused, do not contact)</source>
        <translation>未知状态“{value}”（意向、合作中、暂停合作、勿联系）</translation>
    </message>
    <message>
        <source>unknown tier “{value}” (头部/Head, 腰部/Mid-tier, 尾部/Micro, KOC/Nano)</source>
        <translation>未知层级“{value}”（头部/Head、腰部/Mid-tier、尾部/Micro、KOC/Nano）</translation>
    </message>
    <message>
        <source>“{value}”: day and month could be either way round; write the year first (2024-05-20)</source>
        <translation>“{value}”：无法确定哪个是日、哪个是月；请把年份写在前面（2024-05-20）</translation>
    </message>
    <message>
        <source>“{value}”: write the year in full, first (2024-05-20)</source>
        <translation>“{value}”：请把完整年份写在前面（2024-05-20）</translation>
    </message>
    <message>
        <source>“{value}” is not a date (e.g. 2024-05-20, 2024/5/20 or 2024年5月20日)</source>
        <translation>“{value}”不是日期（例如：2024-05-20、2024/5/20 或 2024年5月20日）</translation>
    </message>
    <message>
        <source>“{value}” is not a date that exists</source>
        <translation>“{value}”不是一个存在的日期</translation>
    </message>
    <message>
        <source>rate card entry {format}: {reason}</source>
        <translation>报价单条目“{format}”：{reason}</translation>
    </message>
    <message>
        <source>rate card entry {reason}</source>
        <translation>报价单条目：{reason}</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252（西欧）</translation>
    </message>
    <message>
        <source>the file is not text in UTF-8 or GB18030 (GBK): save it as “CSV UTF-8” and try again</source>
        <translation>该文件不是 UTF-8 或 GB18030（GBK）编码的文本：请另存为“CSV UTF-8”后重试</translation>
    </message>
    <message>
        <source>{file} is not a text file (it holds binary data)</source>
        <translation>{file} 不是文本文件（含有二进制数据）</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{file}, line {opened}: a quote opened on this line is never closed (the cell runs on to line {end} and takes %n lines that look like rows of their own): close it, or remove it, and import again</source>
        <translation>{file} 第 {opened} 行：此行开始的引号没有闭合（该单元格一直延续到第 {end} 行，吞掉了 %n 行看起来本应是独立数据行的内容）：请补上或删除该引号后重新导入</translation>
    </message>
    <message>
        <source>{file}, line {line}: bytes that are not {encoding} text, as the start of the file is: save the whole file as “CSV UTF-8” and try again</source>
        <translation>{file} 第 {line} 行：含有不是 {encoding} 文本的字节（文件开头是 {encoding}）：请将整个文件另存为“CSV UTF-8”后重试</translation>
    </message>
    <message>
        <source>{file} is not readable as {encoding} text: save it as “CSV UTF-8”</source>
        <translation>{file} 无法按 {encoding} 文本读取：请另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <source>{file}, line {start}: a quote opened on this line is never closed (the file ends inside it): close it, or remove it, and import again</source>
        <translation>{file} 第 {start} 行：此行开始的引号没有闭合（直到文件结尾）：请补上或删除该引号后重新导入</translation>
    </message>
    <message>
        <source>{file}, line {start}: a quote opened on this line is never closed (the cell runs on to line {end}, where a quote ends it in the middle of a row): close it, or remove it, and import again</source>
        <translation>{file} 第 {start} 行：此行开始的引号没有闭合（该单元格一直延续到第 {end} 行，在那一行中间被另一个引号截断）：请补上或删除该引号后重新导入</translation>
    </message>
    <message>
        <source>{file}, line {start}: a quote opened on this line is never closed (the cell runs past {limit} characters): close it, or remove it, and import again</source>
        <translation>{file} 第 {start} 行：此行开始的引号没有闭合（该单元格超过了 {limit} 个字符）：请补上或删除该引号后重新导入</translation>
    </message>
    <message>
        <source>{file}, line {start} holds a cell longer than {limit} characters</source>
        <translation>{file} 第 {start} 行有一个超过 {limit} 个字符的单元格</translation>
    </message>
    <message>
        <source>{file}, line {end}: not readable as CSV ({reason})</source>
        <translation>{file} 第 {end} 行：无法按 CSV 读取（{reason}）</translation>
    </message>
    <message>
        <source>{file} is not text in UTF-8 or GB18030 (GBK): save it as “CSV UTF-8” and try again</source>
        <translation>{file} 不是 UTF-8 或 GB18030（GBK）编码的文本：请另存为“CSV UTF-8”后重试</translation>
    </message>
    <message>
        <source>Name (nickname)</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>真实姓名</translation>
    </message>
    <message>
        <source>KOL # (rows of one KOL)</source>
        <translation>KOL 编号（同一 KOL 的多行）</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Handle / account ID</source>
        <translation>账号ID</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>主页链接</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>Engagement rate (%)</source>
        <translation>互动率（%）</translation>
    </message>
    <message>
        <source>Fee (rate card)</source>
        <translation>报价（计入报价单）</translation>
    </message>
    <message>
        <source>Fee format (e.g. Video 21–60 s)</source>
        <translation>报价形式（例如：视频 21–60 秒）</translation>
    </message>
    <message>
        <source>Rate card (FORMAT: AMOUNT; …)</source>
        <translation>报价单（形式：金额；…）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Agency / MCN</source>
        <translation>机构/MCN</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>经纪人</translation>
    </message>
    <message>
        <source>Agent contact</source>
        <translation>经纪人联系方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>“{key}” needs a name after “{prefix}”</source>
        <translation>“{key}”：“{prefix}”后面需要写名称</translation>
    </message>
    <message>
        <source>“{key}”: unknown platform “{platform}” after @</source>
        <translation>“{key}”：@ 后面的平台“{platform}”无法识别</translation>
    </message>
    <message>
        <source>unknown field “{key}” (known: {fields}; custom:NAME, metric:NAME; {account}@PLATFORM)</source>
        <translation>未知字段“{key}”（可用：{fields}；custom:名称、metric:名称；{account}@平台）</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Custom field: {name}</source>
        <translation>自定义字段：{name}</translation>
    </message>
    <message>
        <source>Metric: {name}</source>
        <translation>账号数据：{name}</translation>
    </message>
    <message>
        <source>{field} ({platform})</source>
        <translation>{field}（{platform}）</translation>
    </message>
    <message>
        <source>The plan does not know its file: plan it again</source>
        <translation>找不到这次预览对应的文件：请重新预览</translation>
    </message>
    <message>
        <source>The sheet has accounts (handles, followers…) but no platform: choose the platform every row is on (in the wizard: “Every row is on”; on the command line: --set platform=instagram)</source>
        <translation>表格中有账号信息（账号ID、粉丝数…），但没有平台：请选择所有行所在的平台（向导中：“所有行的平台”；命令行：--set platform=instagram）</translation>
    </message>
    <message>
        <source>not imported (skipped)</source>
        <translation>不导入（已跳过）</translation>
    </message>
    <message>
        <source>not imported (not mapped)</source>
        <translation>不导入（未对应字段）</translation>
    </message>
    <message>
        <source>Custom field: {name} (no account to hold it)</source>
        <translation>自定义字段：{name}（没有可存放它的账号）</translation>
    </message>
    <message>
        <source>{field} (fixed)</source>
        <translation>{field}（固定值）</translation>
    </message>
    <message>
        <source>“{value}” for every row</source>
        <translation>所有行均为“{value}”</translation>
    </message>
    <message>
        <source>Dry run: {added} to add, {updated} to update, {refused} rows refused (of {read} rows read)</source>
        <translation>试运行：将新增 {added} 位，更新 {updated} 位，拒绝 {refused} 行（共读取 {read} 行）</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported</source>
        <translation>已取消：未导入任何内容</translation>
    </message>
    <message>
        <source>Nothing imported (--strict): {count} cells or rows have errors</source>
        <translation>未导入任何内容（--strict）：有 {count} 个单元格或行出错</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {refused} rows refused (of {read} rows read)</source>
        <translation>已导入：新增 {added} 位，更新 {updated} 位，拒绝 {refused} 行（共读取 {read} 行）</translation>
    </message>
    <message>
        <source>{count} rows were the same account as an earlier row and were merged into it</source>
        <translation>有 {count} 行与前面某行是同一账号，已合并到该行</translation>
    </message>
    <message>
        <source>New custom fields: {names}</source>
        <translation>新建自定义字段：{names}</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>各列去向：</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 条</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>line {line}, column “{column}” (“{value}”): {reason}</source>
        <translation>第 {line} 行，列“{column}”（“{value}”）：{reason}</translation>
    </message>
    <message>
        <source>line {line}, column “{column}”: {reason}</source>
        <translation>第 {line} 行，列“{column}”：{reason}</translation>
    </message>
    <message>
        <source>line {line} (“{value}”): {reason}</source>
        <translation>第 {line} 行（“{value}”）：{reason}</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <source>A mapping is a JSON object: {&quot;column header&quot;: &quot;field&quot;, …}</source>
        <translation>列对应须是一个 JSON 对象：{&quot;列标题&quot;: &quot;字段&quot;, …}</translation>
    </message>
    <message>
        <source>Column “{header}”: {reason}</source>
        <translation>列“{header}”：{reason}</translation>
    </message>
    <message>
        <source>The mapping names a column “{header}” the file does not have</source>
        <translation>列对应中的列“{header}”在文件中不存在</translation>
    </message>
    <message>
        <source>Two columns are mapped to {field}: “{first}” and “{second}”; choose one</source>
        <translation>有两列都对应到{field}：“{first}”和“{second}”；请只选一列</translation>
    </message>
    <message>
        <source>Fixed value for “{key}”: {reason}</source>
        <translation>“{key}”的固定值：{reason}</translation>
    </message>
    <message>
        <source>Fixed platform “{value}”</source>
        <translation>固定平台“{value}”</translation>
    </message>
    <message>
        <source>Column “{header}”: a field key, or a list of field keys, not {value}</source>
        <translation>列“{header}”：应为一个字段键或字段键列表，而不是 {value}</translation>
    </message>
    <message>
        <source>A handle needs its platform: map a Platform column, or choose one platform for every row (--set platform=douyin on the command line)</source>
        <translation>账号ID需要对应平台：请指定平台列，或为所有行选择同一个平台（命令行：--set platform=douyin）</translation>
    </message>
    <message>
        <source>Map a column to Name, or to Handle with its platform (a Platform column, one platform for every row such as --set platform=douyin, or a platform-named handle such as handle@Douyin)</source>
        <translation>请把一列对应到昵称，或对应到账号ID并注明平台（可用平台列；或为所有行指定同一平台，例如：--set platform=douyin；或在账号ID后注明平台，例如：handle@Douyin）</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}：{reason}</translation>
    </message>
    <message>
        <source>{what}: name a platform (e.g. douyin, xiaohongshu, bilibili, instagram)</source>
        <translation>{what}：请写明平台（例如：douyin、xiaohongshu、bilibili、instagram）</translation>
    </message>
    <message>
        <source>--mapping: cannot read {path}: {reason}</source>
        <translation>--mapping：无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>--mapping is not valid JSON: {reason}</source>
        <translation>--mapping 不是有效的 JSON：{reason}</translation>
    </message>
    <message>
        <source>--mapping must be a JSON object of column header → field, e.g. {&quot;昵称&quot;: &quot;display_name&quot;}</source>
        <translation>--mapping 须是“列标题 → 字段”的 JSON 对象，例如：{&quot;昵称&quot;: &quot;display_name&quot;}</translation>
    </message>
    <message>
        <source>--mapping: column “{header}” maps to {value}: use a field, null or a list of fields</source>
        <translation>--mapping：列“{header}”对应到 {value}：请使用字段、null 或字段列表</translation>
    </message>
    <message>
        <source>--set {item}: write FIELD=VALUE, e.g. --set platform=bilibili</source>
        <translation>--set {item}：请写成“字段=值”，例如：--set platform=bilibili</translation>
    </message>
    <message>
        <source>--set {item}: {reason}</source>
        <translation>--set {item}：{reason}</translation>
    </message>
    <message>
        <source>--set {item}: give a value after “=”</source>
        <translation>--set {item}：请在“=”后面写上值</translation>
    </message>
    <message>
        <source>--set {field} is given twice: keep one</source>
        <translation>--set {field} 出现了两次：请只保留一个</translation>
    </message>
    <message>
        <source>the {platform} account “{handle}” belongs to {name}, who is in the trash: restore them first</source>
        <translation>{platform}账号“{handle}”属于回收站中的 {name}：请先恢复该 KOL</translation>
    </message>
    <message>
        <source>the {platform} account “{handle}” belongs to another KOL ({name}): left where it is</source>
        <translation>{platform}账号“{handle}”属于另一位 KOL（{name}）：保持原样</translation>
    </message>
    <message>
        <source>a KOL earlier in this file</source>
        <translation>本文件前面的一位 KOL</translation>
    </message>
    <message>
        <source>the same account as line {line}: merged into one KOL, the values of the later row win</source>
        <translation>与第 {line} 行是同一账号：已合并为同一位 KOL，以后一行的值为准</translation>
    </message>
    <message>
        <source>Name is empty and no account matches a KOL here: a new KOL needs a name or a handle</source>
        <translation>名称为空，且没有账号能匹配到已有 KOL：新建 KOL 需要名称或账号ID</translation>
    </message>
    <message>
        <source>“{value}” is a percentage, not a count</source>
        <translation>“{value}”是百分比，不是数量</translation>
    </message>
    <message>
        <source>“{value}” is negative: a count cannot be below 0</source>
        <translation>“{value}”是负数：数量不能小于 0</translation>
    </message>
    <message>
        <source>“{value}” is negative: a rate cannot be below 0 %</source>
        <translation>“{value}”是负数：比率不能低于 0%</translation>
    </message>
    <message>
        <source>“{value}” is over 100 % (the column holds fractions, where 0.052 means 5.2 %)</source>
        <translation>“{value}”超过了 100%（该列是小数，0.052 表示 5.2%）</translation>
    </message>
    <message>
        <source>“{value}” is over 100 %</source>
        <translation>“{value}”超过了 100%</translation>
    </message>
    <message>
        <source>“{value}” names two currencies ({first} and {second})</source>
        <translation>“{value}”包含两种币种（{first} 和 {second}）</translation>
    </message>
    <message>
        <source>“{value}” has no amount (e.g. ¥30,000 · 3万 · 5000 USD)</source>
        <translation>“{value}”中没有金额（例如：¥30,000 · 3万 · 5000 USD）</translation>
    </message>
    <message>
        <source>“{value}” is a percentage, not an amount</source>
        <translation>“{value}”是百分比，不是金额</translation>
    </message>
    <message>
        <source>“{value}” is negative: a fee cannot be below 0</source>
        <translation>“{value}”是负数：费用不能小于 0</translation>
    </message>
    <message>
        <source>“{value}” is not a percentage (e.g. 1.39% or 1.39)</source>
        <translation>“{value}”不是百分比（例如：1.39% 或 1.39）</translation>
    </message>
    <message>
        <source>“{value}” is not an amount (e.g. ¥30,000 · 3万 · 5000 USD · 1万+ · ¥3万-5万)</source>
        <translation>“{value}”不是金额（例如：¥30,000 · 3万 · 5000 USD · 1万+ · ¥3万-5万）</translation>
    </message>
    <message>
        <source>“{value}” is not a number (e.g. 12,345 · 1.2万 · 3.5w · 1.2亿 · 12.3k · 4.5M · 10万+ · 600K-800K)</source>
        <translation>“{value}”不是数字（例如：12,345 · 1.2万 · 3.5w · 1.2亿 · 12.3k · 4.5M · 10万+ · 600K-800K）</translation>
    </message>
    <message>
        <source>“{value}”: the commas do not group thousands (e.g. 12,345 or 1,234,567.5)</source>
        <translation>“{value}”：逗号不是千位分隔符（应如 12,345 或 1,234,567.5）</translation>
    </message>
    <message>
        <source>“{value}”: the upper end of the range is below the lower end</source>
        <translation>“{value}”：范围的上限低于下限</translation>
    </message>
    <message>
        <source>“{value}” is too large</source>
        <translation>“{value}”太大</translation>
    </message>
    <message>
        <source>“{value}” has too many decimals</source>
        <translation>“{value}”的小数位太多</translation>
    </message>
    <message>
        <source>“{value}” is too large to be a count</source>
        <translation>“{value}”太大，不可能是数量</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>“{value}”不是整数</translation>
    </message>
    <message>
        <source>“{value}” is too large to be a fee</source>
        <translation>“{value}”太大，不可能是费用</translation>
    </message>
    <message>
        <source>“{value}” has more than two decimal places</source>
        <translation>“{value}”的小数超过两位</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>{file} changed (or went away) since it was opened: open it again</source>
        <translation>{file} 在打开后已被修改（或已不存在）：请重新打开</translation>
    </message>
    <message>
        <source>XLSX, sheet “{sheet}”, header on row {row}</source>
        <translation>XLSX，工作表“{sheet}”，表头在第 {row} 行</translation>
    </message>
    <message>
        <source>XLSX, sheet “{sheet}”</source>
        <translation>XLSX，工作表“{sheet}”</translation>
    </message>
    <message>
        <source>XLSX, first sheet, header on row {row}</source>
        <translation>XLSX，第一个工作表，表头在第 {row} 行</translation>
    </message>
    <message>
        <source>XLSX, first sheet</source>
        <translation>XLSX，第一个工作表</translation>
    </message>
    <message>
        <source>CSV, {encoding}, {delimiter}-separated, header on line {line}</source>
        <translation>CSV，{encoding}，{delimiter}分隔，表头在第 {line} 行</translation>
    </message>
    <message>
        <source>CSV, {encoding}, {delimiter}-separated</source>
        <translation>CSV，{encoding}，{delimiter}分隔</translation>
    </message>
    <message>
        <source>{path} is a folder, not a spreadsheet</source>
        <translation>{path} 是文件夹，不是表格文件</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file} 是空文件</translation>
    </message>
    <message>
        <source>{file} is an old Excel .xls file: save it as .xlsx or CSV (UTF-8) in Excel, then import that</source>
        <translation>{file} 是旧版 Excel .xls 文件：请在 Excel 中另存为 .xlsx 或 CSV（UTF-8）后再导入</translation>
    </message>
    <message>
        <source>{file} has no header row</source>
        <translation>{file} 没有表头行</translation>
    </message>
    <message>
        <source>{file}: the first sheet is empty</source>
        <translation>{file}：第一个工作表是空的</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>第 {number} 列</translation>
    </message>
    <message>
        <source>the cell has no header: not imported</source>
        <translation>该单元格没有表头：未导入</translation>
    </message>
    <message>
        <source>the row has no name, no account and no KOL #: it cannot be imported</source>
        <translation>该行没有名称、账号或 KOL 编号：无法导入</translation>
    </message>
    <message>
        <source>repaired garbled text “{before}” → “{after}”</source>
        <translation>已修复乱码“{before}” → “{after}”</translation>
    </message>
    <message>
        <source>the account has no handle</source>
        <translation>该账号没有账号ID</translation>
    </message>
    <message>
        <source>the account has no platform (map a Platform column or set one for the file)</source>
        <translation>该账号没有平台（请指定平台列，或为整个文件设定平台）</translation>
    </message>
    <message>
        <source>{file} is not a readable XLSX workbook ({reason})</source>
        <translation>{file} 不是可读取的 XLSX 工作簿（{reason}）</translation>
    </message>
    <message>
        <source>{file} has no worksheet</source>
        <translation>{file} 中没有工作表</translation>
    </message>
    <message>
        <source>{file}: the first sheet cannot be read ({reason})</source>
        <translation>{file}：无法读取第一个工作表（{reason}）</translation>
    </message>
    <message>
        <source>{reason}, but “{holder}” already feeds {field}</source>
        <translation>{reason}，但“{holder}”已对应{field}</translation>
    </message>
    <message>
        <source>{reason}; “{header}” is the {platform} handle: this id is kept as text</source>
        <translation>{reason}；“{header}”是{platform}账号ID：此 ID 按文本保存</translation>
    </message>
    <message>
        <source>{reason}; no handle column, so the name stands for the account too</source>
        <translation>{reason}；没有账号ID列，因此名称同时代表账号</translation>
    </message>
    <message>
        <source>{reason}; no name column, so it names the KOL too</source>
        <translation>{reason}；没有名称列，因此它同时作为 KOL 名称</translation>
    </message>
    <message>
        <source>the column is empty</source>
        <translation>该列为空</translation>
    </message>
    <message>
        <source>only placeholders ({values})</source>
        <translation>只有占位内容（{values}）</translation>
    </message>
    <message>
        <source>row numbers (1, 2, 3…): nothing to keep</source>
        <translation>行号（1、2、3…）：无需保存</translation>
    </message>
    <message>
        <source>kolcrm&apos;s export repeats the accounts here; the account columns carry them</source>
        <translation>kolcrm 导出时在此重复列出账号；账号各列已包含这些信息</translation>
    </message>
    <message>
        <source>{doubt}: kept as a dated metric on the account</source>
        <translation>{doubt}：作为账号的带日期数据保存</translation>
    </message>
    <message>
        <source>{doubt}: kept as a custom field on the KOL</source>
        <translation>{doubt}：作为 KOL 的自定义字段保存</translation>
    </message>
    <message>
        <source>no field fits: kept as a dated metric on the account</source>
        <translation>没有匹配的字段：作为账号的带日期数据保存</translation>
    </message>
    <message>
        <source>no field fits: kept as a custom field on the KOL</source>
        <translation>没有匹配的字段：作为 KOL 的自定义字段保存</translation>
    </message>
    <message>
        <source>no column is headed as a name; these values look like names</source>
        <translation>没有表头是名称的列；这些值看起来像名称</translation>
    </message>
    <message>
        <source>{reason}; the header gives the unit (×{scale})</source>
        <translation>{reason}；表头注明了单位（×{scale}）</translation>
    </message>
    <message>
        <source>{reason}; every number is ≤ 1: fractions (0.052 = 5.2 %) or percent?</source>
        <translation>{reason}；所有数字都 ≤ 1：是小数（0.052 = 5.2%）还是百分数？</translation>
    </message>
    <message>
        <source>this column is needed</source>
        <translation>缺少此列</translation>
    </message>
    <message>
        <source>the post is not published yet</source>
        <translation>该内容尚未发布</translation>
    </message>
    <message>
        <source>no published post of this campaign has this number or link</source>
        <translation>本活动已发布的内容中没有这个编号或链接</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>a date in the future</source>
        <translation>日期晚于今天</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>not a whole number of 0 or more</source>
        <translation>不是大于等于 0 的整数</translation>
    </message>
    <message>
        <source>not an amount of money</source>
        <translation>不是金额</translation>
    </message>
    <message>
        <source>a negative amount</source>
        <translation>金额为负数</translation>
    </message>
    <message>
        <source>in {currency}, but the deal is paid in {deal_currency}</source>
        <translation>币种为 {currency}，但该合作以 {deal_currency} 付款</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import KOLs</source>
        <translation>导入 KOL</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file</source>
        <translation>.csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>CSV (UTF-8 or GBK/GB18030; comma, semicolon or tab) or XLSX (the first sheet). The first row holds the column headers. Rows whose platform and handle match a KOL already here update that KOL; nothing is written before you have seen the dry run.</source>
        <translation>CSV（UTF-8 或 GBK/GB18030 编码；逗号、分号或制表符分隔）或 XLSX（读取第一个工作表）。第一行为列标题。平台和账号ID与已有 KOL 相同的行会更新该 KOL；在您查看试运行结果之前，不会写入任何数据。</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Import nothing if any cell has an error</source>
        <translation>任一单元格有错误时不导入任何数据</translation>
    </message>
    <message>
        <source>Import KOLs from</source>
        <translation>从文件导入 KOL</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The sheet has accounts but no platform column: choose the platform every row is on.</source>
        <translation>表格中有账号但没有平台列：请选择所有行所属的平台。</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>正在检查 {0}…</translation>
    </message>
    <message>
        <source>To add: {0} · to update: {1} · cells not imported: {2} · rows refused: {3} (of {4} rows read)</source>
        <translation>新增：{0} · 更新：{1} · 未导入单元格：{2} · 拒绝行数：{3}（共读取 {4} 行）</translation>
    </message>
    <message>
        <source>Rows that repeat an account of an earlier row: {0} (merged, the later row wins).</source>
        <translation>与前面行账号重复的行：{0}（已合并，以后面的行为准）。</translation>
    </message>
    <message>
        <source>New custom fields: {0}</source>
        <translation>新建自定义字段：{0}</translation>
    </message>
    <message>
        <source>Where each column goes:</source>
        <translation>各列的导入位置：</translation>
    </message>
    <message>
        <source>Not imported: {0}</source>
        <translation>未导入：{0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>提示：{0}</translation>
    </message>
    <message>
        <source> — the first {0} are listed</source>
        <translation>；仅列出前 {0} 条</translation>
    </message>
    <message>
        <source>Importing {0} rows…</source>
        <translation>正在导入 {0} 行…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported; the database is as it was.</source>
        <translation>已取消：未导入任何数据，数据库保持原样。</translation>
    </message>
    <message>
        <source>Nothing was imported: {0} cells have errors and “import nothing” was chosen.</source>
        <translation>未导入任何数据：有 {0} 个单元格出错，且已选择“有错误时不导入”。</translation>
    </message>
    <message>
        <source>Imported: {0} KOLs added, {1} updated; {2} cells not imported, {3} rows refused.</source>
        <translation>导入完成：新增 {0} 位 KOL，更新 {1} 位；{2} 个单元格未导入，{3} 行被拒绝。</translation>
    </message>
    <message>
        <source>Possible duplicates: select both in the KOL list, then Edit → Merge… (Ctrl+Shift+M).</source>
        <translation>可能重复：请在 KOL 列表中同时选中两者，然后点击“编辑 → 合并…”（Ctrl+Shift+M）。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping; nothing will be written…</source>
        <translation>正在停止，不会写入任何数据…</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>检查（试运行）</translation>
    </message>
</context>
<context>
    <name>KOLs</name>
    <message>
        <source>KOL {id} does not exist</source>
        <translation>KOL {id} 不存在</translation>
    </message>
    <message>
        <source>No KOL with id {id}</source>
        <translation>没有 ID 为 {id} 的 KOL</translation>
    </message>
    <message>
        <source>Unknown status “{status}”</source>
        <translation>未知状态“{status}”</translation>
    </message>
    <message>
        <source>Unknown tier “{tier}”</source>
        <translation>未知层级“{tier}”</translation>
    </message>
    <message>
        <source>Birthday “{date}” is not a date (use YYYY-MM-DD)</source>
        <translation>生日“{date}”不是日期（请用 YYYY-MM-DD 格式）</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>followers “{text}” is not a number (e.g. 12,345 or 1.2万)</source>
        <translation>粉丝数“{text}”不是数字（例如：12,345 或 1.2万）</translation>
    </message>
    <message>
        <source>“{text}” is not a percentage (e.g. 3.5%)</source>
        <translation>“{text}”不是百分比（例如：3.5%）</translation>
    </message>
    <message>
        <source>age bands “{text}” should read like 18-24: 45%, 25-34: 30%</source>
        <translation>年龄段“{text}”应写成 18-24: 45%, 25-34: 30% 这样的格式</translation>
    </message>
    <message>
        <source>rate card entry “{entry}” should read like Video 21–60 s: ¥30,000</source>
        <translation>报价单条目“{entry}”应写成“视频 21–60 秒：¥30,000”这样的格式</translation>
    </message>
    <message>
        <source>“{text}” is not a date (use YYYY-MM-DD)</source>
        <translation>“{text}”不是日期（请用 YYYY-MM-DD 格式）</translation>
    </message>
    <message>
        <source>Write something before saving the note</source>
        <translation>请先填写内容再保存备注</translation>
    </message>
    <message>
        <source>A note holds at most {limit} characters</source>
        <translation>备注最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Unknown kind of interaction “{kind}”</source>
        <translation>未知的沟通记录类型“{kind}”</translation>
    </message>
    <message>
        <source>The follow-up date is before the interaction</source>
        <translation>跟进日期早于沟通日期</translation>
    </message>
    <message>
        <source>KOL {id} no longer exists</source>
        <translation>KOL {id} 已不存在</translation>
    </message>
    <message>
        <source>{platform} account “{handle}” already belongs to {name} (in the trash)</source>
        <translation>{platform}账号“{handle}”已属于 {name}（在回收站中）</translation>
    </message>
    <message>
        <source>{platform} account “{handle}” already belongs to {name}</source>
        <translation>{platform}账号“{handle}”已属于 {name}</translation>
    </message>
    <message>
        <source>“{value}” is not an email address (expected name@example.com)</source>
        <translation>“{value}”不是邮箱地址（应为 name@example.com 格式）</translation>
    </message>
    <message>
        <source>Phone may hold only digits, spaces, +, - and brackets</source>
        <translation>电话只能包含数字、空格、+、- 和括号</translation>
    </message>
    <message>
        <source>A WeChat ID has no spaces</source>
        <translation>微信号不能包含空格</translation>
    </message>
    <message>
        <source>{what} holds an invisible control character ({code}): remove it</source>
        <translation>{what}含有不可见的控制字符（{code}），请删除</translation>
    </message>
    <message>
        <source>{account}: {problem}</source>
        <translation>{account}：{problem}</translation>
    </message>
    <message>
        <source>Display name cannot be empty</source>
        <translation>昵称不能为空</translation>
    </message>
    <message>
        <source>Display name is longer than {limit} characters</source>
        <translation>昵称超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>Birthday must be a date between 1900 and today</source>
        <translation>生日必须在 1900 年到今天之间</translation>
    </message>
    <message>
        <source>{platform} account “{handle}” is listed twice</source>
        <translation>{platform}账号“{handle}”重复填写了</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>真实姓名</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构/MCN</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>经纪人</translation>
    </message>
    <message>
        <source>Agent contact</source>
        <translation>经纪人联系方式</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Address for contracts</source>
        <translation>合同地址</translation>
    </message>
    <message>
        <source>Payee bank</source>
        <translation>收款开户行</translation>
    </message>
    <message>
        <source>Payee account</source>
        <translation>收款账号</translation>
    </message>
    <message>
        <source>Agency&apos;s registered name</source>
        <translation>经纪机构注册名称</translation>
    </message>
    <message>
        <source>Agency&apos;s 统一社会信用代码</source>
        <translation>经纪机构统一社会信用代码</translation>
    </message>
    <message>
        <source>Agency&apos;s address</source>
        <translation>经纪机构地址</translation>
    </message>
    <message>
        <source>Lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Value tags</source>
        <translation>价值标签</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>the handle</source>
        <translation>账号ID</translation>
    </message>
    <message>
        <source>the URL</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>the audience cities</source>
        <translation>粉丝城市</translation>
    </message>
    <message>
        <source>the rate card</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>unknown platform “{platform}”</source>
        <translation>未知平台“{platform}”</translation>
    </message>
    <message>
        <source>the handle cannot be empty</source>
        <translation>账号ID不能为空</translation>
    </message>
    <message>
        <source>a URL has no spaces</source>
        <translation>网址不能包含空格</translation>
    </message>
    <message>
        <source>followers cannot be negative</source>
        <translation>粉丝数不能为负数</translation>
    </message>
    <message>
        <source>followers cannot be more than {limit} (100亿)</source>
        <translation>粉丝数不能超过 {limit}（100亿）</translation>
    </message>
    <message>
        <source>engagement rate must be between 0 % and 100 %</source>
        <translation>互动率必须在 0% 到 100% 之间</translation>
    </message>
    <message>
        <source>female share must be between 0 % and 100 %</source>
        <translation>女性占比必须在 0% 到 100% 之间</translation>
    </message>
    <message>
        <source>age bands are shares of the audience: each 0–100 %, together at most 100 %</source>
        <translation>年龄段是受众占比：每项 0–100%，合计不超过 100%</translation>
    </message>
    <message>
        <source>the fee for “{format}”</source>
        <translation>“{format}”的报价</translation>
    </message>
    <message>
        <source>“{currency}” is not a currency code (CNY, USD, …)</source>
        <translation>“{currency}”不是货币代码（CNY、USD 等）</translation>
    </message>
    <message>
        <source>every fee needs a format (e.g. Video 21–60 s)</source>
        <translation>每项报价都需要填写形式（例如：视频 21–60 秒）</translation>
    </message>
    <message>
        <source>the figures cannot have been checked in the future</source>
        <translation>数据核对日期不能晚于今天</translation>
    </message>
    <message>
        <source>{followers} followers on {platform} × {share} typical reach = {reach}; × {engagement}% engagement = {engagements} engagements; {fee} ÷ average order {aov} = break-even orders</source>
        <translation>{platform}粉丝 {followers} × 常见触达率 {share} = 触达 {reach}；× 互动率 {engagement}% = 互动 {engagements} 次；{fee} ÷ 客单价 {aov} = 保本单量</translation>
    </message>
    <message>
        <source>{followers} followers on {platform} × {share} typical reach = {reach}; × {engagement}% engagement = {engagements} engagements</source>
        <translation>{platform}粉丝 {followers} × 常见触达率 {share} = 触达 {reach}；× 互动率 {engagement}% = 互动 {engagements} 次</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>An owner&apos;s name is one line of at most {n} characters</source>
        <translation>负责人姓名只能是一行，最多 {n} 个字符</translation>
    </message>
    <message>
        <source>An ID number is an 18-character 身份证号 or a passport number of 5 to 20 letters and digits</source>
        <translation>证件号码应为 18 位身份证号，或由 5 至 20 位字母和数字组成的护照号码</translation>
    </message>
</context>
<context>
    <name>KolActivationOffer</name>
    <message>
        <source>Make active</source>
        <translation>设为合作中</translation>
    </message>
    <message>
        <source>Keep as prospect</source>
        <translation>保持意向</translation>
    </message>
    <message>
        <source>{0} has a signed deal but is still “{1}”. Make them “{2}”?</source>
        <translation>{0} 已签约合作，但状态仍为“{1}”。改为“{2}”吗？</translation>
    </message>
</context>
<context>
    <name>KolBulkEdit</name>
    <message>
        <source>Edit &amp;selected KOLs…</source>
        <translation>批量编辑选中的 KOL(&amp;S)…</translation>
    </message>
    <message>
        <source>%n KOLs changed (Ctrl+Z undoes it)</source>
        <translation>已修改 %n 位 KOL（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>Edit %n KOLs</source>
        <translation>编辑 %n 位 KOL</translation>
    </message>
</context>
<context>
    <name>KolChangeLog</name>
    <message>
        <source>{who} added this KOL</source>
        <translation>{who} 添加了此 KOL</translation>
    </message>
    <message>
        <source>{who} changed {fields}</source>
        <translation>{who} 修改了{fields}</translation>
    </message>
    <message>
        <source>{who} gave this KOL to {owner}</source>
        <translation>{who} 将此 KOL 交给了 {owner}</translation>
    </message>
    <message>
        <source>{who} moved this KOL to the trash</source>
        <translation>{who} 将此 KOL 移入回收站</translation>
    </message>
    <message>
        <source>{who} brought this KOL back from the trash</source>
        <translation>{who} 从回收站恢复了此 KOL</translation>
    </message>
    <message>
        <source>{who} updated this KOL from {source}</source>
        <translation>{who} 用 {source} 更新了此 KOL</translation>
    </message>
    <message>
        <source>{who} merged {source} into this KOL</source>
        <translation>{who} 将 {source} 合并到此 KOL</translation>
    </message>
    <message>
        <source>{who} undid the merge with {source}</source>
        <translation>{who} 撤销了与 {source} 的合并</translation>
    </message>
    <message>
        <source>{who} set the outreach to {stage}</source>
        <translation>{who} 将建联状态设为“{stage}”</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>{change} at {time}</source>
        <translation>{change}（{time}）</translation>
    </message>
</context>
<context>
    <name>KolChanges</name>
    <message>
        <source>Name</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>真实姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Image &amp; values tags</source>
        <translation>形象与价值观标签</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Agency / MCN</source>
        <translation>机构 / MCN</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>经纪人</translation>
    </message>
    <message>
        <source>Agent contact</source>
        <translation>经纪人联系方式</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Address for contracts</source>
        <translation>合同地址</translation>
    </message>
    <message>
        <source>Payee bank</source>
        <translation>收款开户行</translation>
    </message>
    <message>
        <source>Payee account</source>
        <translation>收款账号</translation>
    </message>
    <message>
        <source>Agency&apos;s registered name</source>
        <translation>经纪机构注册名称</translation>
    </message>
    <message>
        <source>Agency&apos;s 统一社会信用代码</source>
        <translation>经纪机构统一社会信用代码</translation>
    </message>
    <message>
        <source>Agency&apos;s address</source>
        <translation>经纪机构地址</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Platform accounts</source>
        <translation>平台账号</translation>
    </message>
</context>
<context>
    <name>KolDetail</name>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>账号ID</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>粉丝画像</translation>
    </message>
    <message>
        <source>Rate card</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>核对日期</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>New collaboration…</source>
        <translation>新建合作…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>往来记录</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>关系维护</translation>
    </message>
    <message>
        <source>Risks &amp;&amp; health</source>
        <translation>风险与健康度</translation>
    </message>
    <message>
        <source>Fit &amp;&amp; value</source>
        <translation>匹配度与价值</translation>
    </message>
    <message>
        <source>Media kit and other files</source>
        <translation>媒体资料及其他文件</translation>
    </message>
    <message>
        <source>No files yet: drop the KOL&apos;s media kit here or use Attach file…</source>
        <translation>暂无文件：将达人的媒体资料拖放到这里，或点击“附加文件…”</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Platform accounts</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <source>No KOL selected</source>
        <translation>未选择 KOL</translation>
    </message>
    <message>
        <source>Pick a KOL in the list, or press Ctrl+N to add one.</source>
        <translation>在列表中选择一位 KOL，或按 Ctrl+N 新建。</translation>
    </message>
    <message>
        <source>Deals ({0})</source>
        <translation>合作（{0}）</translation>
    </message>
    <message>
        <source>No collaborations yet.</source>
        <translation>还没有合作。</translation>
    </message>
    <message numerus="yes">
        <source>%n collaborations</source>
        <translation>
            <numerusform>%n 次合作</numerusform>
        </translation>
    </message>
    <message>
        <source>paid {0}</source>
        <translation>已付 {0}</translation>
    </message>
    <message>
        <source>on time {0}</source>
        <translation>准时率 {0}</translation>
    </message>
    <message>
        <source>every first deal paid as asked</source>
        <translation>首次合作均按报价付款</translation>
    </message>
    <message>
        <source>{0} of {1} first deals paid as asked</source>
        <translation>{1} 次首次合作中 {0} 次按报价付款</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue payments</source>
        <translation>
            <numerusform>%n 笔逾期付款</numerusform>
        </translation>
    </message>
    <message>
        <source> · first deal</source>
        <translation> · 首次合作</translation>
    </message>
    <message>
        <source>A payment is past due and unpaid</source>
        <translation>有付款已逾期未付</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Image &amp; values</source>
        <translation>形象与价值观</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>经纪人</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <source>{0:g}% female</source>
        <translation>女性 {0:g}%</translation>
    </message>
    <message>
        <source>Files ({0})</source>
        <translation>文件（{0}）</translation>
    </message>
</context>
<context>
    <name>KolEditor</name>
    <message>
        <source>Display name *</source>
        <translation>昵称 *</translation>
    </message>
    <message>
        <source>昵称, e.g. 李佳琦Austin</source>
        <translation>昵称，例如：李佳琦Austin</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>真实姓名</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Image &amp; values tags</source>
        <translation>形象与价值观标签</translation>
    </message>
    <message>
        <source>City / region</source>
        <translation>城市 / 地区</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <source>MM-DD in the Chinese calendar, e.g. 08-15 (L04-05: leap month)</source>
        <translation>农历 MM-DD，例如：08-15（L04-05：闰月）</translation>
    </message>
    <message>
        <source>Agency / MCN</source>
        <translation>机构/MCN</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>经纪人</translation>
    </message>
    <message>
        <source>Agent contact</source>
        <translation>经纪人联系方式</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Owner (account manager)</source>
        <translation>负责人（客户经理）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>身份证号 or passport number</source>
        <translation>身份证号或护照号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Payee bank</source>
        <translation>收款开户行</translation>
    </message>
    <message>
        <source>e.g. 招商银行上海分行</source>
        <translation>例如 招商银行上海分行</translation>
    </message>
    <message>
        <source>Payee account</source>
        <translation>收款账号</translation>
    </message>
    <message>
        <source>Agency&apos;s registered name</source>
        <translation>经纪机构注册名称</translation>
    </message>
    <message>
        <source>As on its business licence, when an agency signs</source>
        <translation>与营业执照一致（由经纪机构签约时填写）</translation>
    </message>
    <message>
        <source>Agency&apos;s 统一社会信用代码</source>
        <translation>经纪机构统一社会信用代码</translation>
    </message>
    <message>
        <source>Agency&apos;s address</source>
        <translation>经纪机构地址</translation>
    </message>
    <message>
        <source>New KOL</source>
        <translation>新建 KOL</translation>
    </message>
    <message>
        <source>Edit KOL</source>
        <translation>编辑 KOL</translation>
    </message>
    <message>
        <source>Derived from followers</source>
        <translation>按粉丝数自动判断</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>移除账号</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>For contracts</source>
        <translation>合同信息</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Followers take 12,345 · 1.2万 · 3.5w · 12.3k; the rate card reads “format: fee; …”.</source>
        <translation>粉丝数可填 12,345 · 1.2万 · 3.5w · 12.3k；报价单格式为“形式：报价；…”。</translation>
    </message>
    <message>
        <source>Platform accounts</source>
        <translation>平台账号</translation>
    </message>
</context>
<context>
    <name>KolListModel</name>
    <message>
        <source>Name</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Main platform</source>
        <translation>主平台</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <source>A payment to this KOL is past due and unpaid</source>
        <translation>有一笔给该 KOL 的付款已逾期未付</translation>
    </message>
    <message>
        <source>Received a sample, product or gift and posted nothing within the window</source>
        <translation>收到样品、产品或礼品后，在约定期限内没有发布任何内容</translation>
    </message>
    <message>
        <source>Fit {total} / 100</source>
        <translation>匹配度 {total} / 100</translation>
    </message>
    <message>
        <source>⚠ overdue</source>
        <translation>⚠ 逾期</translation>
    </message>
    <message>
        <source>⚠ no post</source>
        <translation>⚠ 未发布</translation>
    </message>
</context>
<context>
    <name>KolMerger</name>
    <message>
        <source>&amp;Merge KOLs…</source>
        <translation>合并 KOL(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge KOLs</source>
        <translation>合并 KOL</translation>
    </message>
    <message>
        <source>Select exactly two KOLs (Ctrl+click the second).</source>
        <translation>请只选择两位 KOL（按住 Ctrl 点击第二位）。</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>无法合并</translation>
    </message>
    <message>
        <source>Merge {0} into {1}</source>
        <translation>将 {0} 合并到 {1}</translation>
    </message>
    <message>
        <source>Merged {0} into {1}. Ctrl+Z undoes it.</source>
        <translation>已将 {0} 合并到 {1}。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Cannot undo the merge</source>
        <translation>无法撤销合并</translation>
    </message>
</context>
<context>
    <name>KolOutreach</name>
    <message>
        <source>Send a &amp;message…</source>
        <translation>发送消息(&amp;M)…</translation>
    </message>
    <message>
        <source>Message marked as sent to %n KOLs</source>
        <translation>已将消息标记为发送给 %n 位 KOL</translation>
    </message>
</context>
<context>
    <name>KolOwners</name>
    <message>
        <source>Give to another &amp;owner…</source>
        <translation>转交给其他负责人(&amp;O)…</translation>
    </message>
    <message>
        <source>Give to another owner</source>
        <translation>转交给其他负责人</translation>
    </message>
    <message>
        <source>New owner of %n selected KOLs:</source>
        <translation>所选 %n 位 KOL 的新负责人：</translation>
    </message>
    <message>
        <source>%n KOLs given to {0}</source>
        <translation>已将 %n 位 KOL 转交给 {0}</translation>
    </message>
</context>
<context>
    <name>KolsArea</name>
    <message>
        <source>Custom &amp;fields…</source>
        <translation>自定义字段(&amp;F)…</translation>
    </message>
    <message>
        <source>Could not score fit: {0}</source>
        <translation>无法计算匹配度：{0}</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>显示列…</translation>
    </message>
    <message>
        <source>Search and filters cleared to show the new KOL.</source>
        <translation>已清除搜索和筛选，以显示新建的 KOL。</translation>
    </message>
    <message numerus="yes">
        <source>%n KOLs</source>
        <translation>
            <numerusform>%n 位 KOL</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved %n KOLs to the trash. {0} brings them back; so does the Trash.</source>
        <translation>已将 %n 位 KOL 移入回收站。按 {0} 或在回收站中即可恢复。</translation>
    </message>
    <message>
        <source>… and %n more</source>
        <translation>……还有 %n 项</translation>
    </message>
    <message>
        <source>%n signed deals are not finished yet and go to the trash with their KOL:</source>
        <translation>%n 个已签约的合作尚未完成，将随 KOL 一起移入回收站：</translation>
    </message>
    <message>
        <source>Ctrl+Z or the Trash brings them back.</source>
        <translation>按 Ctrl+Z 或在回收站中即可恢复。</translation>
    </message>
    <message>
        <source>Move to the trash?</source>
        <translation>移入回收站？</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>Move %n KOLs to the trash</source>
        <translation>将 %n 位 KOL 移到回收站</translation>
    </message>
</context>
<context>
    <name>KpiProgressView</name>
    <message>
        <source>not measured</source>
        <translation>尚未统计</translation>
    </message>
    <message>
        <source>{campaign} · {kpi}: {progress}</source>
        <translation>{campaign} · {kpi}：{progress}</translation>
    </message>
</context>
<context>
    <name>KpiTable</name>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>添加 KPI</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <source>counted from the captures</source>
        <translation>根据数据回收自动统计</translation>
    </message>
    <message>
        <source>KPI {0} target: “{1}” is not a number</source>
        <translation>KPI {0} 的目标值：“{1}”不是有效数字</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>Updated with changes other users made.</source>
        <translation>已更新其他用户所做的修改。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>KOLs</source>
        <translation>KOL</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Gifts &amp; perks</source>
        <translation>礼品与回馈</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>经纪机构</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New KOL…</source>
        <translation>新建 KOL(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;Collaboration…</source>
        <translation>新建合作(&amp;C)…</translation>
    </message>
    <message>
        <source>Company &amp;settings…</source>
        <translation>公司设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Edit KOL…</source>
        <translation>编辑 KOL(&amp;E)…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;KOLs</source>
        <translation>KOL(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Collaborations</source>
        <translation>合作(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ampaigns</source>
        <translation>营销活动(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>数据看板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>日程(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Gifts &amp;&amp; perks</source>
        <translation>礼品与回馈(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Brands</source>
        <translation>品牌(&amp;B)</translation>
    </message>
    <message>
        <source>Ag&amp;encies</source>
        <translation>经纪机构(&amp;E)</translation>
    </message>
    <message>
        <source>T&amp;rash</source>
        <translation>回收站(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>报告问题(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;About kolcrm</source>
        <translation>关于 kolcrm(&amp;A)</translation>
    </message>
    <message>
        <source>About kolcrm</source>
        <translation>关于 kolcrm</translation>
    </message>
    <message>
        <source>kolcrm {0}: a desktop CRM for KOL relationships.</source>
        <translation>kolcrm {0}：KOL 关系管理桌面应用。</translation>
    </message>
    <message>
        <source>Data folder: {0}</source>
        <translation>数据文件夹：{0}</translation>
    </message>
    <message>
        <source>Third-party component</source>
        <translation>第三方组件</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>The full licence texts are in the licenses folder beside the program (a bundle) or in each package&apos;s metadata (an installation from source).</source>
        <translation>完整的许可证文本位于程序旁的 licenses 文件夹中（安装包版本），或各软件包的元数据中（源码安装）。</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>No file manager could be opened here. The folder is:
{0}
(copied to the clipboard)</source>
        <translation>此处无法打开文件管理器。文件夹位于：
{0}
（已复制到剪贴板）</translation>
    </message>
    <message>
        <source>Today ({0})</source>
        <translation>今日（{0}）</translation>
    </message>
    <message>
        <source>Trash ({0})</source>
        <translation>回收站（{0}）</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>as each row says (a Platform column or the headers)</source>
        <translation>按每行数据（平台列或列标题）</translation>
    </message>
    <message>
        <source>Every row is on:</source>
        <translation>所有行的平台：</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Columns that fit no field are kept: figures as dated metrics of the account, anything else as a custom field of the KOL. Choose “— not imported —” to leave a column out.</source>
        <translation>无法匹配任何字段的列也会保留：数字作为账号按日期记录的数据，其他内容作为 KOL 的自定义字段。选择“— 不导入 —”可排除某一列。</translation>
    </message>
    <message>
        <source>{0}: {1}. Check what each column holds; the guesses come from the headers and the values.</source>
        <translation>{0}：{1}。请核对每列的内容；系统根据列标题和数值做了推测。</translation>
    </message>
    <message>
        <source>“{0}” holds fractions: {1} means {2} %</source>
        <translation>“{0}”中是小数：{1} 表示 {2}%</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>Custom field “{0}”</source>
        <translation>自定义字段“{0}”</translation>
    </message>
    <message>
        <source>Metric “{0}” of the account</source>
        <translation>账号数据“{0}”</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>可能</translation>
    </message>
    <message>
        <source>a guess: check</source>
        <translation>猜测：请核对</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>{name} (KOL #{id}) has been erased since: the merge can no longer be undone</source>
        <translation>{name}（KOL #{id}）已被永久清除，无法再撤销合并</translation>
    </message>
    <message>
        <source>name</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>real name</source>
        <translation>真实姓名</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>经纪人</translation>
    </message>
    <message>
        <source>agent contact</source>
        <translation>经纪人联系方式</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>nothing merged: run it again with --yes to merge without being asked</source>
        <translation>未合并：如需不经确认直接合并，请加 --yes 重新运行</translation>
    </message>
    <message>
        <source>Merge {other} into {keep}? [y/N] </source>
        <translation>将 {other} 合并到 {keep}？[y/N] </translation>
    </message>
    <message>
        <source>Nothing merged.</source>
        <translation>未合并。</translation>
    </message>
    <message>
        <source>“{text}” is neither a KOL id nor platform:handle (platforms: {known})</source>
        <translation>“{text}”既不是 KOL ID，也不是“平台:账号ID”格式（平台：{known}）</translation>
    </message>
    <message>
        <source>No KOL has the {platform} account “{handle}”</source>
        <translation>没有 KOL 拥有{platform}账号“{handle}”</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Keep:  {kol}</source>
        <translation>保留：{kol}</translation>
    </message>
    <message>
        <source>Merge: {kol} — everything below moves to {keep}, then it goes to the trash</source>
        <translation>合并：{kol}——以下内容全部移到 {keep} 名下，之后该 KOL 移入回收站</translation>
    </message>
    <message>
        <source>Accounts moving: {accounts}</source>
        <translation>将移过去的账号：{accounts}</translation>
    </message>
    <message>
        <source>Deals moving: {deals}</source>
        <translation>将移过去的合作：{deals}</translation>
    </message>
    <message>
        <source>Filled in on {name}: {fields}</source>
        <translation>将补充到 {name}：{fields}</translation>
    </message>
    <message>
        <source>{field} {mine} (not {theirs})</source>
        <translation>{field} {mine}（而非 {theirs}）</translation>
    </message>
    <message>
        <source>{name} keeps its own: {fields}</source>
        <translation>{name} 保留自己的：{fields}</translation>
    </message>
    <message>
        <source>Custom values added: {values}</source>
        <translation>将添加的自定义字段值：{values}</translation>
    </message>
    <message>
        <source>{field} = {mine} (not {theirs})</source>
        <translation>{field} = {mine}（而非 {theirs}）</translation>
    </message>
    <message>
        <source>Custom values kept: {values}</source>
        <translation>保留的自定义字段值：{values}</translation>
    </message>
    <message>
        <source>Labels added: {labels}</source>
        <translation>将添加的标签：{labels}</translation>
    </message>
    <message>
        <source>Merged {other} (KOL #{other_id}) into {keep} (KOL #{keep_id}).</source>
        <translation>已将 {other}（KOL #{other_id}）合并到 {keep}（KOL #{keep_id}）。</translation>
    </message>
    <message>
        <source>Moved: {moved}.</source>
        <translation>已移动：{moved}。</translation>
    </message>
    <message>
        <source>nothing but the profile</source>
        <translation>仅基本资料</translation>
    </message>
    <message>
        <source>Filled in: {fields}.</source>
        <translation>已补充：{fields}。</translation>
    </message>
    <message>
        <source>{name} (KOL #{id}) is in the trash; its history says where everything went.</source>
        <translation>{name}（KOL #{id}）已移入回收站；其往来记录中注明了各项内容的去向。</translation>
    </message>
    <message>
        <source>{name} (KOL #{id})</source>
        <translation>{name}（KOL #{id}）</translation>
    </message>
    <message>
        <source>platform accounts</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <source>rate-card entries</source>
        <translation>报价单条目</translation>
    </message>
    <message>
        <source>account metrics</source>
        <translation>账号数据</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>history entries</source>
        <translation>往来记录</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>perks</source>
        <translation>回馈</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>blackout periods</source>
        <translation>不可约档期</translation>
    </message>
    <message>
        <source>scheduling priority</source>
        <translation>档期优先级</translation>
    </message>
    <message>
        <source>custom values</source>
        <translation>自定义字段值</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>{platform} {handle} ({followers} followers)</source>
        <translation>{platform} {handle}（粉丝 {followers}）</translation>
    </message>
    <message>
        <source>A KOL cannot be merged with itself: choose two different KOLs</source>
        <translation>KOL 不能与自己合并：请选择两位不同的 KOL</translation>
    </message>
    <message>
        <source>{name} (KOL #{id}) is in the trash: restore it first to merge it</source>
        <translation>{name}（KOL #{id}）在回收站中：请先恢复再合并</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two KOLs</source>
        <translation>合并两位 KOL</translation>
    </message>
    <message>
        <source>If these two records are one person, merge them: everything of the one you do not keep moves to the one you keep.</source>
        <translation>如果这两条记录是同一个人，请合并：未保留一方的所有内容都会移到保留的一方。</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>保留这一位</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <source>Platform accounts</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>History and care</source>
        <translation>往来记录与关系维护</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>platform accounts</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <source>rate-card entries</source>
        <translation>报价单条目</translation>
    </message>
    <message>
        <source>account metrics</source>
        <translation>账号数据</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>history entries</source>
        <translation>往来记录</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>perks</source>
        <translation>回馈</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>blackout periods</source>
        <translation>不可约档期</translation>
    </message>
    <message>
        <source>scheduling priority</source>
        <translation>档期优先级</translation>
    </message>
    <message>
        <source>custom values</source>
        <translation>自定义字段值</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>name</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>real name</source>
        <translation>真实姓名</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>经纪人</translation>
    </message>
    <message>
        <source>agent contact</source>
        <translation>经纪人联系方式</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>{0} (KOL #{1})</source>
        <translation>{0}（KOL #{1}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{what} {count}</source>
        <translation>{what} {count}</translation>
    </message>
    <message>
        <source>{0} moves into {1}: {2}.</source>
        <translation>{0} 的以下内容将移到 {1}：{2}。</translation>
    </message>
    <message>
        <source>{0} has nothing to move besides its profile.</source>
        <translation>{0} 除基本资料外没有需要移动的内容。</translation>
    </message>
    <message>
        <source>{0}&apos;s empty fields are filled from {1}: {2}.</source>
        <translation>{0} 的空白字段将用 {1} 的资料补全：{2}。</translation>
    </message>
    <message>
        <source>Where both have a value, {0} keeps its own ({1}).</source>
        <translation>双方都有值的字段，{0} 保留自己的值（{1}）。</translation>
    </message>
    <message>
        <source>{0} then goes to the trash with a note saying where everything went. Ctrl+Z undoes the merge.</source>
        <translation>随后 {0} 会移到回收站，并附一条备注说明内容去向。按 Ctrl+Z 可撤销合并。</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message numerus="yes">
        <source>Send a message to %n KOLs</source>
        <translation>
            <numerusform>向 %n 位 KOL 发送消息</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. ¥20,000</source>
        <translation>例如 ¥20,000</translation>
    </message>
    <message>
        <source>Fields: {name} {platform} {handle} {brand} {fee} {me}</source>
        <translation>可用字段：{name} {platform} {handle} {brand} {fee} {me}</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Fee / budget</source>
        <translation>费用 / 预算</translation>
    </message>
    <message>
        <source>Your name ({me})</source>
        <translation>你的名字（{me}）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>存为模板…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Copy each message into WeChat or your e-mail, then mark them as sent.</source>
        <translation>把每条消息复制到微信或邮件中发出，然后标记为已发送。</translation>
    </message>
    <message>
        <source>Not marked as sent</source>
        <translation>未标记为已发送</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>存为模板</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>模板未保存</translation>
    </message>
</context>
<context>
    <name>MetricsDialog</name>
    <message>
        <source>Views / impressions</source>
        <translation>播放量 / 曝光量</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Reposts / shares</source>
        <translation>转发 / 分享</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>New followers</source>
        <translation>新增粉丝</translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>链接点击</translation>
    </message>
    <message>
        <source>Store visits</source>
        <translation>店铺访问</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>转化</translation>
    </message>
    <message>
        <source>Sales amount</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Capture results</source>
        <translation>数据回收</translation>
    </message>
    <message>
        <source>e.g. 1.2万, ¥45,000</source>
        <translation>例如：1.2万、¥45,000</translation>
    </message>
    <message>
        <source>e.g. 12,000 or 1.2万</source>
        <translation>例如：12,000 或 1.2万</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
    <message>
        <source>e.g. T+7, read from the creator dashboard</source>
        <translation>例如：T+7，来自创作者后台</translation>
    </message>
    <message>
        <source>Add capture</source>
        <translation>添加数据记录</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Delete capture</source>
        <translation>删除数据记录</translation>
    </message>
    <message>
        <source>Captured on:</source>
        <translation>记录日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Read the results about 7 and 21 days after publishing; each capture is kept.</source>
        <translation>建议在发布后约 7 天和 21 天各回收一次数据；每次记录都会保留。</translation>
    </message>
    <message>
        <source>Earlier captures</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>{0}: not a number</source>
        <translation>{0}：不是数字</translation>
    </message>
    <message>
        <source>{0}: a whole number</source>
        <translation>{0}：须为整数</translation>
    </message>
    <message>
        <source>Sales amount: not an amount of money</source>
        <translation>销售额：不是有效金额</translation>
    </message>
    <message>
        <source>Delete the capture of {0}?</source>
        <translation>删除 {0} 的数据记录吗？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>MetricsImportDialog</name>
    <message>
        <source>Import metrics — {0}</source>
        <translation>导入数据 — {0}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>交付内容</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>播放量</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>互动量</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>待导入的行</translation>
    </message>
    <message>
        <source>Rows with errors (not imported)</source>
        <translation>有错误的行（不会导入）</translation>
    </message>
    <message>
        <source>{0}, {1}.</source>
        <translation>{0}，{1}。</translation>
    </message>
    <message numerus="yes">
        <source>%n rows OK</source>
        <translation>
            <numerusform>%n 行无误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors</source>
        <translation>
            <numerusform>%n 行有错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns: {0}</source>
        <translation>已忽略的列：{0}</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>未导入任何数据：{0}</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>{what} is not a number</source>
        <translation>{what}不是数字</translation>
    </message>
    <message>
        <source>{what} must be zero or more</source>
        <translation>{what}不能小于零</translation>
    </message>
    <message>
        <source>{what} must be more than zero</source>
        <translation>{what}必须大于零</translation>
    </message>
    <message>
        <source>{what} is larger than {limit}</source>
        <translation>{what}超过了 {limit}</translation>
    </message>
    <message>
        <source>{what} has more than two decimal places</source>
        <translation>{what}的小数位超过两位</translation>
    </message>
    <message>
        <source>“{code}” is not a currency code (three capital letters, e.g. CNY, USD, EUR)</source>
        <translation>“{code}”不是货币代码（三个大写字母，例如：CNY、USD、EUR）</translation>
    </message>
    <message>
        <source>{what} must be between 0 and 100 %</source>
        <translation>{what}必须在 0 到 100% 之间</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message numerus="yes">
        <source>%n windows</source>
        <translation>
            <numerusform>%n 个排他期</numerusform>
        </translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>未移动</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>If you lose this passphrase, nobody can open the database again: not you, not kolcrm, not its makers. There is no reset. Write it down and keep it somewhere safe.</source>
        <translation>如果丢失这个口令，任何人都无法再打开数据库：你不能，kolcrm 不能，它的开发者也不能。没有重置的办法。请把它记下来，放在安全的地方。</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>当前口令</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>当前口令不对。</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>口令不能为空。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>Outreach</name>
    <message>
        <source>Write the message that was sent</source>
        <translation>请填写已发送的消息</translation>
    </message>
    <message>
        <source>A template needs a name</source>
        <translation>模板需要名称</translation>
    </message>
    <message>
        <source>A template needs a message</source>
        <translation>模板需要消息内容</translation>
    </message>
    <message>
        <source>A template is in Chinese or English</source>
        <translation>模板语言为中文或英文</translation>
    </message>
    <message>
        <source>The template was deleted meanwhile</source>
        <translation>该模板已被删除</translation>
    </message>
</context>
<context>
    <name>OutreachBox</name>
    <message>
        <source>Outreach: where reaching out to this KOL stands (建联)</source>
        <translation>建联：与该 KOL 的联系进展</translation>
    </message>
    <message>
        <source>Send a message…</source>
        <translation>发送消息…</translation>
    </message>
    <message>
        <source>since {0}</source>
        <translation>自 {0} 起</translation>
    </message>
    <message numerus="yes">
        <source>%n messages, the last on {0}</source>
        <translation>
            <numerusform>已发 %n 条消息，最近一次 {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Remember on this computer</source>
        <translation>在这台电脑上记住</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain: whoever can sign in here as you then opens the database without typing it.</source>
        <translation>保存在这台电脑的钥匙串中：之后能以你的身份登录这台电脑的人，无需输入口令即可打开数据库。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted database</source>
        <translation>加密的数据库</translation>
    </message>
    <message>
        <source>Encrypted handover package</source>
        <translation>加密的交接包</translation>
    </message>
    <message>
        <source>{name} is encrypted. Type its passphrase to open it.</source>
        <translation>{name} 已加密。请输入口令以打开。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{name} is encrypted. Type its passphrase: the passphrase of the database it was exported from, unless its sender chose another.</source>
        <translation>{name} 已加密。请输入它的口令：除非发送者另设了口令，否则就是导出它的数据库的口令。</translation>
    </message>
</context>
<context>
    <name>PaymentsTable</name>
    <message>
        <source>Amount *</source>
        <translation>金额 *</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>应付日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Paid on (empty = unpaid)</source>
        <translation>付款日期（留空 = 未付款）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>e.g. 15,000 · 1.5万 · ¥15,000</source>
        <translation>例如：15,000 · 1.5万 · ¥15,000</translation>
    </message>
    <message>
        <source>e.g. bank transfer, Alipay, via Xingtu</source>
        <translation>例如：银行转账、支付宝、通过星图</translation>
    </message>
    <message>
        <source>invoice or transfer number</source>
        <translation>发票号或转账单号</translation>
    </message>
    <message>
        <source>Add payment</source>
        <translation>添加付款</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>移除付款</translation>
    </message>
    <message>
        <source>Payment {0}: “{1}” is not an amount</source>
        <translation>第 {0} 笔付款：“{1}”不是有效金额</translation>
    </message>
    <message>
        <source>Payment {0}: enter the amount</source>
        <translation>第 {0} 笔付款：请填写金额</translation>
    </message>
    <message>
        <source>Payment {0} is in {1} but the deal is in {2}</source>
        <translation>第 {0} 笔付款的币种为 {1}，但合作的币种为 {2}</translation>
    </message>
    <message>
        <source>Payment {0}: “{1}” is not a date (use YYYY-MM-DD)</source>
        <translation>第 {0} 笔付款：“{1}”不是有效日期（请使用 YYYY-MM-DD）</translation>
    </message>
</context>
<context>
    <name>PerkDialog</name>
    <message>
        <source>Add perk received</source>
        <translation>添加收到的回馈</translation>
    </message>
    <message>
        <source>Edit perk</source>
        <translation>编辑回馈</translation>
    </message>
    <message>
        <source>What it would have cost, e.g. 5000 or 5千</source>
        <translation>按市价估算，例如：5000 或 5千</translation>
    </message>
    <message>
        <source>e.g. posted our launch in a WeChat Moment unasked</source>
        <translation>例如：未经邀请主动在朋友圈转发了我们的新品发布</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>估算价值</translation>
    </message>
    <message>
        <source>With the deal</source>
        <translation>关联合作</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>“{0}” is not an amount (e.g. 5000, ¥5,000)</source>
        <translation>“{0}”不是有效金额（例如：5000、¥5,000）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>KOLCRM_LANG={0} is set for this run; your choice applies when it is not.</source>
        <translation>本次运行设置了 KOLCRM_LANG={0}；未设置该变量时，您的选择才会生效。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Language / 语言</source>
        <translation>语言 / Language</translation>
    </message>
    <message>
        <source>Thank-you due after a completed deal</source>
        <translation>合作完成后应致谢的期限</translation>
    </message>
    <message>
        <source>Today reminds you to thank a KOL (note, gift…) when a completed deal has had none.</source>
        <translation>合作完成后若尚未致谢，“今日”会提醒您向 KOL 表示感谢（感谢信、礼品等）。</translation>
    </message>
</context>
<context>
    <name>ProblemReportDialog</name>
    <message>
        <source>What happened, and what did you expect?</source>
        <translation>发生了什么？你原本期望的结果是什么？</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>报告问题</translation>
    </message>
    <message>
        <source>Describe what happened below, then copy the text into an e-mail to whoever supports kolcrm for you. Nothing is sent from here, and no KOL data is included.</source>
        <translation>请在下方描述发生的情况，然后把这段文字复制到邮件中，发给为你提供 kolcrm 支持的人。这里不会发送任何内容，也不包含任何 KOL 数据。</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only: your role may read this team book, not change it</source>
        <translation>只读：你的角色只能查看这个团队数据库，不能修改</translation>
    </message>
</context>
<context>
    <name>ReadinessTable</name>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加事项</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Thank {name} for “{title}”</source>
        <translation>感谢{name}完成“{title}”</translation>
    </message>
    <message>
        <source>Spring Festival greetings for {name}</source>
        <translation>给{name}送春节祝福</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival greetings for {name}</source>
        <translation>给{name}送中秋祝福</translation>
    </message>
    <message>
        <source>{festival} greetings for {name}</source>
        <translation>给{name}送{festival}祝福</translation>
    </message>
    <message>
        <source>{name}&apos;s lunar birthday on {date}</source>
        <translation>{name}的农历生日：{date}</translation>
    </message>
    <message>
        <source>{name}&apos;s birthday on {date}</source>
        <translation>{name}的生日：{date}</translation>
    </message>
    <message>
        <source>{platform} post by {name} due for “{title}”</source>
        <translation>{name}的{platform}内容到期（“{title}”）</translation>
    </message>
    <message>
        <source>Pay {name} {amount} for “{title}” (overdue)</source>
        <translation>向{name}支付“{title}”的 {amount}（已逾期）</translation>
    </message>
    <message>
        <source>Pay {name} {amount} for “{title}”</source>
        <translation>向{name}支付“{title}”的 {amount}</translation>
    </message>
    <message>
        <source>Contract “{title}” with {name} ends on {date}</source>
        <translation>与{name}的合同“{title}”于 {date} 到期</translation>
    </message>
    <message>
        <source>{name}&apos;s exclusivity ({category}) for “{title}” ends on {date}</source>
        <translation>{name}在“{title}”中的排他期（{category}）于 {date} 结束</translation>
    </message>
    <message>
        <source>Contract {number} for “{title}” was sent to {name} on {date} and is not signed yet</source>
        <translation>“{title}”的合同 {number} 已于 {date} 发给 {name}，尚未签字</translation>
    </message>
    <message>
        <source>Review risk: {description}</source>
        <translation>复查风险：{description}</translation>
    </message>
    <message>
        <source>Capture the T+{days} results of {name}&apos;s {platform} post for “{title}”</source>
        <translation>回收{name}“{title}”{platform}内容的 T+{days} 数据</translation>
    </message>
    <message>
        <source>Check {name}&apos;s Xiaohongshu note for “{title}” is still live (protection period ends)</source>
        <translation>检查{name}“{title}”的小红书笔记是否仍在线（保护期结束）</translation>
    </message>
    <message>
        <source>Follow up with {name}: no reply since {date} (%n messages sent)</source>
        <translation>跟进 {name}：自 {date} 起未回复（已发 %n 条消息）</translation>
    </message>
    <message>
        <source>{name} received {what} on {date} and has posted nothing: ask about the content</source>
        <translation>{name} 于 {date} 收到 {what}，至今没有发布任何内容：请询问内容进展</translation>
    </message>
    <message>
        <source>Say what to do</source>
        <translation>请写明要做什么</translation>
    </message>
    <message>
        <source>Reminder {id} does not exist</source>
        <translation>提醒 {id} 不存在</translation>
    </message>
    <message>
        <source>Snooze until a later day</source>
        <translation>推迟提醒的日期须晚于今天</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Add risk</source>
        <translation>添加风险</translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation>编辑风险</translation>
    </message>
    <message>
        <source>e.g. 粉丝数据异常: follower spike in March</source>
        <translation>例如：粉丝数据异常（3 月粉丝暴涨）</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>What we do about it, e.g. third-party audience audit before signing</source>
        <translation>应对措施，例如：签约前做第三方粉丝质量核查</translation>
    </message>
    <message>
        <source>— the KOL (every deal) —</source>
        <translation>— 该 KOL（所有合作）—</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>评分（1–5）</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>复查日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>= {0} of 25</source>
        <translation>= {0} / 25</translation>
    </message>
    <message>
        <source>severe: contracting will ask for confirmation</source>
        <translation>严重：签约时需要确认</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <source>Part</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>L × I</source>
        <translation>可能性 × 影响</translation>
    </message>
    <message>
        <source>Mitigation · owner · review</source>
        <translation>应对措施 · 负责人 · 复查</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add risk…</source>
        <translation>添加风险…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Relationship health</source>
        <translation>关系健康度</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>删除风险</translation>
    </message>
    <message>
        <source>Delete this risk? Closing it keeps the record.

{0}</source>
        <translation>删除这项风险？将其关闭可保留记录。

{0}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>of 100</source>
        <translation>满分 100</translation>
    </message>
    <message>
        <source>The sum of the parts on the right</source>
        <translation>右侧各项得分之和</translation>
    </message>
    <message>
        <source>the KOL</source>
        <translation>该 KOL</translation>
    </message>
    <message>
        <source>one deal</source>
        <translation>单个合作</translation>
    </message>
    <message>
        <source>review {0}</source>
        <translation>{0} 复查</translation>
    </message>
    <message>
        <source>{category} ({scope})</source>
        <translation>{category}（{scope}）</translation>
    </message>
    <message>
        <source>no mitigation recorded</source>
        <translation>未记录应对措施</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>Saved views: click one to show the list or table as it was saved</source>
        <translation>已保存的视图：点击即可按保存时的样子显示列表或表格</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <source>Vie&amp;ws</source>
        <translation>视图集(&amp;W)</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <source>Delete a view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <source>Delete the view “{0}”?</source>
        <translation>删除视图“{0}”？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save the KOL list as a view…</source>
        <translation>将 KOL 列表保存为视图…</translation>
    </message>
    <message>
        <source>Save the deals table as a view…</source>
        <translation>将合作表格保存为视图…</translation>
    </message>
    <message>
        <source>Delete a view…</source>
        <translation>删除视图…</translation>
    </message>
    <message>
        <source>KOLs</source>
        <translation>KOL</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>合作</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>KOL</source>
        <translation>KOL</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>提前预约</translation>
    </message>
    <message>
        <source>Platform · content</source>
        <translation>平台 · 内容形式</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>未来 30 天</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月历</translation>
    </message>
    <message>
        <source>Exclusivity windows</source>
        <translation>排他期</translation>
    </message>
    <message>
        <source>Shaded: inside the KOL&apos;s blackout period · ⚠ due sooner than the KOL&apos;s usual lead time</source>
        <translation>阴影：处于 KOL 的不可约档期 · ⚠ 截止时间早于 KOL 通常所需的提前预约时间</translation>
    </message>
    <message>
        <source>No deliverables are due in this period.</source>
        <translation>此期间没有到期的交付内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n exclusivity windows</source>
        <translation>
            <numerusform>%n 个排他期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n 项到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverables</source>
        <translation>
            <numerusform>%n 项交付内容</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明日</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n days, but {0} usually needs {1}</source>
        <translation>
            <numerusform>%n 天后到期，但 {0} 通常需要{1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days&apos; notice</source>
        <translation>
            <numerusform>提前 %n 天通知</numerusform>
        </translation>
    </message>
    <message>
        <source>Inside {0}&apos;s blackout period: {1}</source>
        <translation>处于 {0} 的不可约档期：{1}</translation>
    </message>
    <message>
        <source>fully booked</source>
        <translation>档期已满</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source> (due in {0})</source>
        <translation>（{0} 天后到期）</translation>
    </message>
</context>
<context>
    <name>SchedulingBox</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Fully booked for</source>
        <translation>满档原因</translation>
    </message>
    <message>
        <source>Add blackout</source>
        <translation>添加不可约档期</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Save scheduling</source>
        <translation>保存档期设置</translation>
    </message>
    <message>
        <source>Priority given to us</source>
        <translation>给我们的档期优先级</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>提前预约</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Encrypt this database…</source>
        <translation>加密这个数据库…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>更改口令…</translation>
    </message>
    <message>
        <source>Decrypt…</source>
        <translation>解密…</translation>
    </message>
    <message>
        <source>A lost passphrase cannot be recovered: without it nobody can open the database.</source>
        <translation>口令丢失后无法找回：没有它，任何人都打不开数据库。</translation>
    </message>
    <message>
        <source>No database file is open.</source>
        <translation>没有打开数据库文件。</translation>
    </message>
    <message>
        <source>This database is encrypted (SQLCipher): its file and backups are unreadable without the passphrase.</source>
        <translation>这个数据库已加密（SQLCipher）：没有口令，它的文件和备份都无法读取。</translation>
    </message>
    <message>
        <source>This database is not encrypted: anyone who can read its file can read it.</source>
        <translation>这个数据库没有加密：任何能读取其文件的人都能看到内容。</translation>
    </message>
    <message>
        <source>Encrypt this database</source>
        <translation>加密这个数据库</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>更改口令</translation>
    </message>
    <message>
        <source>Decrypt this database?</source>
        <translation>解密这个数据库？</translation>
    </message>
    <message>
        <source>The file becomes a plain SQLite file again: anyone who can read it can read every KOL&apos;s names, phone numbers, WeChat IDs and fees, and so can anyone who reads a backup taken from now on.</source>
        <translation>文件将变回普通的 SQLite 文件：任何能读取它的人都能看到每位 KOL 的姓名、电话、微信号和费用；从现在起做的备份也一样。</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>解密</translation>
    </message>
    <message>
        <source>Converting the database…</source>
        <translation>正在转换数据库…</translation>
    </message>
    <message>
        <source>This computer has no keychain kolcrm can use: the passphrase was not remembered.</source>
        <translation>这台电脑上没有 kolcrm 可用的钥匙串：口令没有被记住。</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier copies of this database are not encrypted (backups, and copies kept by a restore or an upgrade). Delete them, or keep them somewhere safe:</source>
        <translation>
            <numerusform>这个数据库之前的 %n 份副本没有加密（备份，以及恢复或升级时保留的副本）。请删除它们，或存放在安全的地方：</numerusform>
        </translation>
    </message>
    <message>
        <source>The database was not converted</source>
        <translation>数据库没有转换</translation>
    </message>
</context>
<context>
    <name>SentItemDialog</name>
    <message>
        <source>Sent for content</source>
        <translation>寄样与内容回报</translation>
    </message>
    <message>
        <source>e.g. 口红试色装 ×3</source>
        <translation>例如 口红试色装 ×3</translation>
    </message>
    <message>
        <source>e.g. 一篇小红书笔记</source>
        <translation>例如 一篇小红书笔记</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>寄送的物品</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>寄送日期</translation>
    </message>
    <message>
        <source>Promised in return</source>
        <translation>承诺的回报</translation>
    </message>
    <message>
        <source>To be posted within</source>
        <translation>发布期限</translation>
    </message>
</context>
<context>
    <name>SentItemsBox</name>
    <message>
        <source>Sent</source>
        <translation>寄送</translation>
    </message>
    <message>
        <source>What (kind)</source>
        <translation>物品（类型）</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>最晚发布</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Add item sent…</source>
        <translation>添加寄送物品…</translation>
    </message>
    <message>
        <source>Mark posted…</source>
        <translation>标记已发布…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Sent for content</source>
        <translation>寄样与内容回报</translation>
    </message>
    <message>
        <source>Sent on {0}, nothing posted by {1}</source>
        <translation>{0} 寄出，截至 {1} 仍未发布</translation>
    </message>
    <message>
        <source>Nothing sent is owed content yet.</source>
        <translation>暂无需要回报内容的寄送物品。</translation>
    </message>
    <message numerus="yes">
        <source>{delivered} of %n items sent were posted about</source>
        <translation>
            <numerusform>寄出的 %n 件物品中有 {delivered} 件已发布内容</numerusform>
        </translation>
    </message>
    <message>
        <source> · nothing posted for {0}</source>
        <translation> · {0} 尚无任何发布</translation>
    </message>
    <message>
        <source>Mark posted</source>
        <translation>标记已发布</translation>
    </message>
    <message>
        <source>Link to the post (optional):</source>
        <translation>发布链接（可选）：</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>删除物品</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>删除“{0}”？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Unknown setting “{key}”</source>
        <translation>未知设置“{key}”</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}</source>
        <translation>必须在 {low} 到 {high} 之间</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Move the selected KOLs to the trash (in the list)</source>
        <translation>将所选 KOL 移入回收站（在列表中）</translation>
    </message>
    <message>
        <source>Clear the search (in the search box)</source>
        <translation>清除搜索（在搜索框中）</translation>
    </message>
    <message>
        <source>Save the note (in the note box)</source>
        <translation>保存备注（在备注框中）</translation>
    </message>
    <message>
        <source>Save (in an editor)</source>
        <translation>保存（在编辑窗口中）</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>TaxInputs</name>
    <message>
        <source>The fee includes tax (含税)</source>
        <translation>费用为含税价</translation>
    </message>
    <message>
        <source>The brand withholds the KOL&apos;s individual income tax (代扣代缴)</source>
        <translation>品牌方代扣代缴 KOL 的个人所得税</translation>
    </message>
    <message>
        <source>For a KOL paid as a person: the fee is stated before that tax</source>
        <translation>适用于以个人身份收款的 KOL：费用为税前金额</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Team database password</source>
        <translation>团队数据库密码</translation>
    </message>
    <message>
        <source>Password of {user} for {url}:</source>
        <translation>{user} 在 {url} 的密码：</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message numerus="yes">
        <source>Coming up this week (%n)</source>
        <translation>
            <numerusform>本周即将到期（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Later (%n)</source>
        <translation>
            <numerusform>稍后（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明日</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>添加任务…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>KOL</source>
        <translation>KOL</translation>
    </message>
    <message>
        <source>Nothing is due. Reminders for thank-yous, festivals, payments and deadlines appear here.</source>
        <translation>暂无待办。答谢、节日、付款和截止日期的提醒会显示在这里。</translation>
    </message>
    <message>
        <source>{0} due now</source>
        <translation>{0} 项待处理</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} 项已逾期</translation>
    </message>
    <message>
        <source>{0} coming this week</source>
        <translation>本周还有 {0} 项</translation>
    </message>
    <message>
        <source>{0} later</source>
        <translation>之后还有 {0} 项</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <source>On {day}; to prepare from {due}</source>
        <translation>日期：{day}；从 {due} 起准备</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Mark done (Ctrl+Z undoes it)</source>
        <translation>标记为完成（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>Hide it for a while</source>
        <translation>暂时隐藏</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明天再提醒</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>一周后再提醒</translation>
    </message>
    <message>
        <source>Open KOL</source>
        <translation>打开 KOL</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>打开合作</translation>
    </message>
    <message>
        <source>Show the collaboration</source>
        <translation>查看该合作</translation>
    </message>
    <message>
        <source>Mark “{0}” done</source>
        <translation>将“{0}”标记为完成</translation>
    </message>
</context>
<context>
    <name>TrashArea</name>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <source>KOLs, collaborations and files in the trash can be restored until you empty it.</source>
        <translation>回收站中的 KOL、合作和文件在清空前都可以恢复。</translation>
    </message>
    <message>
        <source>KOLs</source>
        <translation>KOL</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>{name}    (deleted {when})</source>
        <translation>{name}    （删除于 {when}）</translation>
    </message>
    <message>
        <source>(deleted {when})</source>
        <translation>（删除于 {when}）</translation>
    </message>
    <message>
        <source>(removed {when})</source>
        <translation>（移除于 {when}）</translation>
    </message>
    <message numerus="yes">
        <source>%n KOLs</source>
        <translation>
            <numerusform>%n 位 KOL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collaborations in the trash</source>
        <translation>
            <numerusform>回收站中有 %n 个合作</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KOLs with their accounts, history and deals</source>
        <translation>
            <numerusform>%n 位 KOL 及其账号、往来记录和合作</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collaborations</source>
        <translation>
            <numerusform>%n 个合作</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached files</source>
        <translation>
            <numerusform>%n 个附件</numerusform>
        </translation>
    </message>
    <message>
        <source>{kols} and {collaborations}</source>
        <translation>{kols}，以及 {collaborations}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>Erase {0} for good? This cannot be undone.</source>
        <translation>永久清除 {0}？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>永久清除</translation>
    </message>
    <message>
        <source>Trash emptied</source>
        <translation>回收站已清空</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>this KOL</source>
        <translation>这位 KOL</translation>
    </message>
    <message>
        <source>this collaboration</source>
        <translation>这个合作</translation>
    </message>
    <message>
        <source>this brand</source>
        <translation>这个品牌</translation>
    </message>
    <message>
        <source>this campaign</source>
        <translation>这个营销活动</translation>
    </message>
    <message>
        <source>this gift</source>
        <translation>这份礼品</translation>
    </message>
    <message>
        <source>this perk</source>
        <translation>这条回馈</translation>
    </message>
    <message>
        <source>this risk</source>
        <translation>这条风险</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>{who} changed {what} at {when}: reload it, or save over their change.</source>
        <translation>{who} 在 {when} 修改了{what}：请重新载入，或覆盖对方的修改后保存。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Video 1–20 s</source>
        <translation>1–20秒视频</translation>
    </message>
    <message>
        <source>Video 21–60 s</source>
        <translation>21–60秒视频</translation>
    </message>
    <message>
        <source>Video 60 s+</source>
        <translation>60秒以上视频</translation>
    </message>
    <message>
        <source>Live-stream slot</source>
        <translation>直播坑位</translation>
    </message>
    <message>
        <source>Image note</source>
        <translation>图文笔记</translation>
    </message>
    <message>
        <source>Video note</source>
        <translation>视频笔记</translation>
    </message>
    <message>
        <source>Direct post</source>
        <translation>直发</translation>
    </message>
    <message>
        <source>Repost</source>
        <translation>转发</translation>
    </message>
    <message>
        <source>Weibo story</source>
        <translation>微博故事</translation>
    </message>
    <message>
        <source>Article (first position)</source>
        <translation>头条文章</translation>
    </message>
    <message>
        <source>Article (second position)</source>
        <translation>次条文章</translation>
    </message>
    <message>
        <source>WeChat Moment</source>
        <translation>朋友圈</translation>
    </message>
    <message>
        <source>Custom video</source>
        <translation>定制视频</translation>
    </message>
    <message>
        <source>Embedded video</source>
        <translation>植入视频</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>合作中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停合作</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>勿联系</translation>
    </message>
    <message>
        <source>KOC</source>
        <translation>KOC</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>尾部</translation>
    </message>
    <message>
        <source>Mid-tier</source>
        <translation>腰部</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation>小红书</translation>
    </message>
    <message>
        <source>Bilibili</source>
        <translation>哔哩哔哩</translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <source>Taobao Live</source>
        <translation>淘宝直播</translation>
    </message>
    <message>
        <source>Zhihu</source>
        <translation>知乎</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>洽谈中</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>已签约</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>制作中</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直签</translation>
    </message>
    <message>
        <source>Agency / MCN</source>
        <translation>机构/MCN</translation>
    </message>
    <message>
        <source>Douyin Xingtu (星图)</source>
        <translation>抖音星图</translation>
    </message>
    <message>
        <source>Xiaohongshu Pugongying (蒲公英)</source>
        <translation>小红书蒲公英</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未写明</translation>
    </message>
    <message>
        <source>VAT special invoice (增值税专用发票)</source>
        <translation>增值税专用发票</translation>
    </message>
    <message>
        <source>VAT ordinary invoice (增值税普通发票)</source>
        <translation>增值税普通发票</translation>
    </message>
    <message>
        <source>No invoice</source>
        <translation>不开发票</translation>
    </message>
    <message>
        <source>The KOL or their agency</source>
        <translation>KOL 或其经纪机构</translation>
    </message>
    <message>
        <source>The KOL</source>
        <translation>KOL 本人</translation>
    </message>
    <message>
        <source>The agency / MCN</source>
        <translation>经纪机构 / MCN</translation>
    </message>
    <message>
        <source>Short video</source>
        <translation>短视频</translation>
    </message>
    <message>
        <source>Image post / note</source>
        <translation>图文 / 笔记</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>快拍</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>需修改</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Thank you note</source>
        <translation>感谢信</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样品</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Red envelope (红包)</source>
        <translation>红包</translation>
    </message>
    <message>
        <source>Event invitation</source>
        <translation>活动邀请</translation>
    </message>
    <message>
        <source>After a collaboration</source>
        <translation>合作结束后</translation>
    </message>
    <message>
        <source>Spring Festival (春节)</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival (中秋)</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival (端午)</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Scheduling priority</source>
        <translation>档期优先</translation>
    </message>
    <message>
        <source>Free WeChat Moment</source>
        <translation>免费发朋友圈</translation>
    </message>
    <message>
        <source>Free Weibo story</source>
        <translation>免费发微博故事</translation>
    </message>
    <message>
        <source>Extra content</source>
        <translation>加送内容</translation>
    </message>
    <message>
        <source>Prioritised production</source>
        <translation>优先制作</translation>
    </message>
    <message>
        <source>KOL-offered discount</source>
        <translation>KOL 主动让价</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>First call</source>
        <translation>首选</translation>
    </message>
    <message>
        <source>Reputational</source>
        <translation>声誉风险</translation>
    </message>
    <message>
        <source>Audience authenticity / fake followers</source>
        <translation>粉丝真实性 / 刷粉</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规风险</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付风险</translation>
    </message>
    <message>
        <source>Contractual</source>
        <translation>合同风险</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>已缓解</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Thank-yous due</source>
        <translation>待致谢</translation>
    </message>
    <message>
        <source>Festival greetings</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Deliverables due</source>
        <translation>交付内容到期</translation>
    </message>
    <message>
        <source>Payments due</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>Contracts ending</source>
        <translation>合同即将到期</translation>
    </message>
    <message>
        <source>Contracts not signed yet</source>
        <translation>尚未签字的合同</translation>
    </message>
    <message>
        <source>Exclusivity ending</source>
        <translation>排他期即将结束</translation>
    </message>
    <message>
        <source>Risk reviews</source>
        <translation>风险复查</translation>
    </message>
    <message>
        <source>Results to capture</source>
        <translation>待回收数据</translation>
    </message>
    <message>
        <source>Outreach follow-ups</source>
        <translation>建联跟进</translation>
    </message>
    <message>
        <source>Items sent, nothing posted</source>
        <translation>寄送后未发布</translation>
    </message>
    <message>
        <source>Brand awareness</source>
        <translation>品牌曝光</translation>
    </message>
    <message>
        <source>Product promotion</source>
        <translation>产品推广</translation>
    </message>
    <message>
        <source>Brand image shift</source>
        <translation>品牌形象转型</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>已启动</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>未建联</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Agreed to work together</source>
        <translation>确定合作</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>婉拒</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
</TS>
