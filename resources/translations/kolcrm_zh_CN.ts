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
        <translation>报价单（形式: 报价; …）</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>核对日期</translation>
    </message>
    <message>
        <source>Video 21–60 s: ¥30,000</source>
        <translation>视频 21–60 秒: ¥30,000</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Send the autumn brief to 美妆小鹿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: type a KOL&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KOL is called that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several KOLs share that name: pick one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>{path}: no problems found (integrity and foreign keys checked).</source>
        <translation>{path}：未发现问题（已检查完整性和外键）。</translation>
    </message>
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
        <source>{name} is not a kolcrm backup (an empty or foreign SQLite file)</source>
        <translation>{name} 不是 kolcrm 备份（是空的或其他程序的 SQLite 文件）</translation>
    </message>
    <message>
        <source>Cannot move {path} aside, so nothing was restored: {reason}</source>
        <translation>无法移开 {path}，因此未恢复任何内容：{reason}</translation>
    </message>
    <message>
        <source>Could not copy {path}: {reason}</source>
        <translation>无法复制 {path}：{reason}</translation>
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
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept in {0}. Daily, weekly and on-close backups rotate; manual ones stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolcrm backups (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current database with the backup {0}?

The current file is not deleted: it is kept aside as {1}.replaced-&lt;date and time&gt;, beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished">恢复</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The previous database is kept as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: integrity and links are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file to restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Contract despite open risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the collaboration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrandFit</name>
    <message>
        <source>That KOL no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand lists no categories: half marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the brand&apos;s categories ({words})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand lists no values tags: half marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the brand&apos;s values tags ({words})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audience figures to compare: half marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{female}% female vs {wanted}% wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share}% in {bands}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cities: {cities}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cities: none in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no audience figures: half marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished">；</translation>
    </message>
    <message>
        <source>Engagement quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate}% engagement; {healthy}% is healthy for the tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That brand no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrandPostsTable</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished">已计划</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">描述</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add brand post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Brands</name>
    <message>
        <source>Brand name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The female share of the target audience is a percentage (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished">客单价</translation>
    </message>
    <message>
        <source>A brand called “{name}” already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand {id} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This brand has campaigns; delete them before deleting the brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This brand has %n collaborations; delete or move them before deleting the brand</source>
        <translation type="unfinished"></translation>
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
        <translation>例如 75 %</translation>
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
        <translation>女性占比须为百分比，客单价须为金额（例如 ¥299）</translation>
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
    <name>CLI</name>
    <message>
        <source>interrupted; nothing half-written was kept</source>
        <translation>已中断；没有保留任何写了一半的内容</translation>
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
        <source>Wrote a handover package of %n KOLs to {path}</source>
        <translation>已将含 %n 位 KOL 的交接包写入 {path}</translation>
    </message>
    <message>
        <source>another program is writing to this database; nothing was imported, try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “{header}”: numbers ≤ 1 read as fractions (0.052 = 5.2 %); use --rates percent if they are percent already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping (guessed): {mapping}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed for every row: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates (kolcrm merge KEEP OTHER):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keep_id} {keep_name} and {other_id} {other_name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a handover package: it is imported whole (use it without --dry-run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} / {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a brand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or product line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 150,000 or 15万</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the brand of the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the campaign a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the campaign&apos;s goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: “{0}” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the KPIs with the ones proposed for “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The readiness checklist is not complete:

{0}

Launch the campaign anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">移除</translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <source>Cost</source>
        <translation type="unfinished">费用</translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">负责人</translation>
    </message>
    <message>
        <source>KOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add collaboration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">未处理</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the selected published KOL post (T+7, T+21…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:{0}&quot;&gt;&amp;nbsp;Brand channel&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style=&quot;background:{1}&quot;&gt;&amp;nbsp;KOL post&amp;nbsp;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal and KPIs: targets vs actuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a manual actual to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness for the sales influx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaborations in the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: brand channels and KOL posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget {0} · spend {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to name who is responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deals paid in another currency than {0} are left out of the results</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready for the sales influx: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every collaboration of {0} is already in this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collaboration of {0} (one in another campaign moves here):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignTimeline</name>
    <message>
        <source>posted {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished">计划中</translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand · {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>New followers on the brand&apos;s Weibo/WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions with KOL posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions (orders, sign-ups, downloads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes and reposts of KOL posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the comments say (qualitative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New followers from KOL posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric} must be zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results cannot be captured in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable {id} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results are captured for a published deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likes + reposts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics informed and stock ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery promise set (same / next day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer support staffed in the e-commerce chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landing page / store ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished">；</translation>
    </message>
    <message>
        <source>Not ready for the sales influx: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the brand of the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign {id} no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n deals in this campaign are for its current brand: remove them before changing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign {id} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That campaign or collaboration no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collaboration is for another brand than the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post on the brand&apos;s own channels (Weibo, WeChat…) is planned within the campaign&apos;s dates: followers who come from the KOLs will find a feed that does not tell the same story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the campaign a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the campaign&apos;s goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown KPI metric “{metric}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI {number} target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI {number} manual actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel “{channel}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist item needs a text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsArea</name>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Budget / spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished">编辑…</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the campaign launched (the readiness checklist is checked first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the campaign&apos;s posts from a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">删除</translation>
    </message>
    <message>
        <source>Spend is over the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not launched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the campaign “{0}”? Its deals stay; its KPIs, posts and checklist go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>fee not agreed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <source>Sent: {kind} — {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: {kind} — {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk noted ({category}, {likelihood}×{impact}): {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handwritten thank-you card 手写感谢卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand gift box of the new collection 新品礼盒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flowers to the studio 鲜花</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dinner with the brand team 答谢晚宴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom-engraved product 定制刻字产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Year red envelope 新年红包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring Festival gift box 年货礼盒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tea set 茶具</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooncake box 月饼礼盒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium tea 名茶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fruit basket 果篮</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zongzi gift box 粽子礼盒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sachet set 香囊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday cake 生日蛋糕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flowers 鲜花</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalised gift 定制礼物</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday red envelope 生日红包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event invitation 活动邀请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product preview 新品抢先体验</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift {id} no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of gift “{kind}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown occasion “{occasion}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was given (e.g. “Mooncake box 月饼礼盒”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished">费用</translation>
    </message>
    <message>
        <source>The sent date is in the future: use the planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the KOL the gift is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That collaboration is not with this KOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact %n days ago ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-yous after deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed deal waiting for a thank-you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{thanked} of %n completed deals followed by a thank-you or gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees paid as asked and on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{paid} of %n first deals paid as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of payments on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no payment due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished">；</translation>
    </message>
    <message>
        <source>%n perks received, latest {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n perks received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perks received</source>
        <translation type="unfinished">收到的回馈</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n open; worst {category} {likelihood}×{impact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the KOL who gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perk {id} no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On “{title}”: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of perk “{kind}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KOL-offered discount is recorded on the deal&apos;s fees, not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A perk is recorded once received: the date is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation type="unfinished">估算价值</translation>
    </message>
    <message>
        <source>The note is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {category} risk {likelihood}×{impact}={severity}: {description} — mitigation: {mitigation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This KOL has an open risk rated 15 or more:
{risks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk {id} no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A risk belongs to a KOL or to a collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown risk category “{category}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood is rated from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact is rated from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status “{status}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown priority “{priority}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time must be between 0 and 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blackout “{label}” ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That KOL no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareDialog</name>
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
        <translation>费用</translation>
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
        <translation>计划 {0}</translation>
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
        <translation type="unfinished">平台</translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">内容审核</translation>
    </message>
    <message>
        <source>Ad label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished">编辑…</translation>
    </message>
    <message>
        <source>Submit draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm ad label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark published…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished">付款</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collaboration selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a card on the board or a row in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand&apos;s brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOL&apos;s own idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published without a confirmed ad label: {0} {1} (published {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft submitted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past due and unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 品牌方 王经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm ad label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post is labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. bank transfer, Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({0}, service fee {1} %, rebate {2} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed below the KOL’s ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} days before, {2} days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollaborationEditor</name>
    <message>
        <source>New collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished">合作</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished">付款</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract despite open risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the brand this collaboration is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the KOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several KOLs are called “{0}”: pick one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KOL is called “{0}”: pick one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation type="unfinished">未保存：</translation>
    </message>
    <message>
        <source>this KOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First collaboration with {0}: pay the fee they ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True cost {0} (fee + {1} % service fee − {2} % rebate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, at the requested fee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Collaborations</name>
    <message>
        <source>“{title}” created as {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” moved from {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid {amount} by {method} for “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid {amount} for “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} {content_type} for “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft submitted by {actor}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft submitted: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested by {actor} on {what}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested on {what}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by {actor}: {what} ({note})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by {actor}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: {what} ({note})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: {what} {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “Mark published” to publish a deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what should change, so the KOL knows what was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deliverable that is “{current}” cannot become “{target}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the post carries its advertising label (e.g. 广告) before marking it published: Chinese advertising law requires paid promotion to be disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the draft before marking it published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the label the post carries (e.g. 广告)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable {id} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the fee the KOL asked for before the agreed fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first collaboration with {kol}: the brand pays the fee the KOL asked ({asked}) without haggling — it is the start of a long relationship. Set the agreed fee to {asked}, or tick “The KOL offered this discount” if they proposed it themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this KOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed {amount} (discount offered by the KOL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed {amount} ({difference} below the ask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid {amount} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing paid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not an amount (e.g. 30000, 3万, ¥30,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This amount is in {written} but the deal is in {currency}: change one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a percentage (e.g. 5 or 5.5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ payment overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %n posts without ad label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ first deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment cannot be marked paid on a future date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment {id} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration {id} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration {id} is in the trash</source>
        <translation type="unfinished">合作 {id} 在回收站中</translation>
    </message>
    <message>
        <source>Collaboration {id} no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the brand this collaboration is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a KOL (one that is not in the trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {platform} deliverable due {date} has a review history ({state}) and cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {platform} deliverable has a review history ({state}) and cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completed collaboration cannot be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contract needs the requested and the agreed fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contract needs start and end dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contract needs at least one deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deliverable has been published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n deliverables not published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} of the agreed fee is still unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished">；</translation>
    </message>
    <message>
        <source>Cannot move to “{stage}”: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the collaboration a title (e.g. “Spring lipstick launch”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stage “{stage}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel “{channel}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusivity before the deal must be between 0 and {limit} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusivity after the deal must be between 0 and {limit} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage rights must last between 0 and 1,200 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review window must be between 0 and 1,440 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate (返点)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed fee</source>
        <translation type="unfinished">成交价</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} holds at most {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable {number}: unknown platform “{platform}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable {number}: unknown content type “{content_type}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable {number}: quantity must be between 1 and 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable {number}: brief and idea hold {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment {number} cannot be paid on a future date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree a fee before scheduling payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments add up to {scheduled}, more than the agreed fee {agreed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{url}” is not a web address (expected https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished">付款</translation>
    </message>
</context>
<context>
    <name>CollaborationsArea</name>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collaboration…</source>
        <translation type="unfinished">新建合作…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished">编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">删除</translation>
    </message>
    <message>
        <source>Export contracts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deals selected in the table, or every contracted deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n collaborations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select deals in the table first: no deal is in the Contracted stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No deals are selected in the table. Export the contracts of all %n contracted deals?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete collaboration</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 杭州花西子化妆品有限公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs for the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">移除</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of every contract. PNG or JPEG, at most 2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractPreview</name>
    <message>
        <source>Contract {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in system viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {0} is missing. Generate the contract again to make a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {0} cannot be read as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program opened {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contract as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contracts</name>
    <message>
        <source>The legal name is longer than 200 characters</source>
        <translation>公司法定名称超过 200 个字符</translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation>{path} 不是文件</translation>
    </message>
    <message>
        <source>The logo is {size} MiB; at most 2 MiB fits a contract</source>
        <translation>Logo 大小为 {size} MiB，合同最多只能放 2 MiB</translation>
    </message>
    <message>
        <source>Cannot read the logo {path}: {reason}</source>
        <translation>无法读取 Logo {path}：{reason}</translation>
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
        <source>the payment schedule adds up to {scheduled}, not the agreed fee {agreed}</source>
        <translation>付款计划合计 {scheduled}，与成交价 {agreed} 不符</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in system viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract not generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program opened {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract {0} (version {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract file missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is no longer there. Generate the contract again to make a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract generated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of version {0} is missing ({1}). Generate the contract again.</source>
        <translation type="unfinished"></translation>
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
        <translation>例如 12,345 或 1.2万</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field {id} no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a custom field named “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot become a {kind} field: %n KOLs have values it cannot hold ({examples}). Change or clear them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot become a field with these choices: %n KOLs have values it cannot hold ({examples}). Change or clear them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not one of its choices (none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not one of its choices ({choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a number or a range (e.g. {example})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date or a range (e.g. {example})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field name is at most {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind “{kind}”: use text, number, date or choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A choice is at most {limit} characters: “{start}…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A choice field needs at least one choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a number (e.g. 12,345 · 1.2万 · 3.5w · -0.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is too large a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date (e.g. 2024-05-20, 2024/5/20 or 2024年5月20日)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
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
        <translation>各 KOL 的 ROI — 前 10 名</translation>
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
        <translation>KPI 进度 — 计划中和已上线的营销活动</translation>
    </message>
    <message>
        <source>No planned or launched campaign with KPIs yet.</source>
        <translation>还没有设置 KPI 的计划中或已上线的营销活动。</translation>
    </message>
    <message>
        <source>ROI %</source>
        <translation>ROI %</translation>
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
        <source>Engagement rate %</source>
        <translation>互动率 %</translation>
    </message>
    <message>
        <source>Progress %</source>
        <translation>进度 %</translation>
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
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path} cannot be opened as a kolcrm database: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a database at {path}: a part of that path is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a database at {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a kolcrm database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a regular file, so it cannot be a kolcrm database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation type="unfinished">无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} is not a kolcrm database (it is not an SQLite file); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is read-only (or its folder is): kolcrm needs to write beside it. Copy the file somewhere writable and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged or not a kolcrm database ({reason}); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an SQLite file of another program, not a kolcrm database; it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was saved by a newer kolcrm (schema version {version}; this kolcrm knows up to {known}). Update kolcrm to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has schema version {found}; kolcrm knows up to {known}</source>
        <translation>该数据库的结构版本为 {found}；此版本 kolcrm 最高只支持 {known}，请升级 kolcrm</translation>
    </message>
</context>
<context>
    <name>DealFilterBar</name>
    <message>
        <source>Search KOL names and titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue payments only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealFlags</name>
    <message>
        <source>⚠ payment overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n posts without ad label</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>★ first deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealPage</name>
    <message>
        <source>618 · 双11 · spring launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lipstick, colour cosmetics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brand may repost on its own channels and in ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 % on signing, 50 % within 30 days of publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the KOL asked: 30,000 · 3万 · ¥30,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the brand will pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the KOL said when they offered it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a brand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a KOL&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KOL offered this discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the brand has to review each draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOL *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate % (返点)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service fee %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed fee</source>
        <translation type="unfinished">成交价</translation>
    </message>
    <message>
        <source>Discount note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed fee</source>
        <translation type="unfinished">成交价</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">平台</translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOL&apos;s own idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. 2026-03-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label Chinese advertising law expects on a paid post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves through the review on the board, not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the brand asks for: key messages, must-shows, don&apos;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the KOL wants to do it, in their own voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review state moves on the board, not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable {0}: “{1}” is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same WeChat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">、</translation>
    </message>
</context>
<context>
    <name>Erase</name>
    <message>
        <source>%n platform accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n history entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n contract records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n perks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n custom field values</source>
        <translation type="unfinished"></translation>
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
        <translation>类目：{labels}</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deals to export.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each contract is recorded as its deal&apos;s next version. A deal that is not ready is listed afterwards with the reason; the others are still written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contracts into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder the contracts go into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing contracts into {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the contracts being written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contracts written to</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the remaining deals were not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deals failed:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No deal failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard contacts (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export KOLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting KOLs to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the schedule to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything about {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about {0} was written to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export handover package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover package (*{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the handover package {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import handover package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {0} permanently? Their profile, tags, {1} and search entries are removed from every table. This cannot be undone (moving to the trash can).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">、</translation>
    </message>
    <message>
        <source>no other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n generated contract PDFs stay on disk; delete those files yourself if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase KOL permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Festivals</name>
    <message>
        <source>“{text}” is not a lunar month-day (e.g. 08-15, or L04-05 for a leap month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”: a lunar month is 1–12 and a day 1–30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lunar date {month}-{day} in {year}</source>
        <translation type="unfinished"></translation>
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
        <translation>例如 建联状态 或 MCN 合约到期日</translation>
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
    <name>FilterBar</name>
    <message>
        <source>Search names, handles, tags and notes — e.g. 口红 (Ctrl+F)</source>
        <translation>搜索昵称、账号ID、标签和备注 — 例如 口红 (Ctrl+F)</translation>
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
        <source>Fit for {0}</source>
        <translation>与 {0} 的匹配度</translation>
    </message>
    <message>
        <source>Any value</source>
        <translation>任意值</translation>
    </message>
    <message>
        <source>e.g. 1.2万, 1万-5万, &gt;=100</source>
        <translation>例如 1.2万、1万-5万、&gt;=100</translation>
    </message>
    <message>
        <source>e.g. 2024-05-20, 2024-01-01..2024-06-30, &gt;=2024-05-01</source>
        <translation>例如 2024-05-20、2024-01-01..2024-06-30、&gt;=2024-05-01</translation>
    </message>
    <message>
        <source>contains…</source>
        <translation>包含…</translation>
    </message>
</context>
<context>
    <name>FitTab</name>
    <message>
        <source>Add a brand to see how well this KOL fits it.</source>
        <translation>添加品牌后即可查看此 KOL 与品牌的匹配度。</translation>
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
        <translation>送了什么，例如 月饼礼盒</translation>
    </message>
    <message>
        <source>e.g. 800, 1.2千, ¥800</source>
        <translation>例如 800、1.2千、¥800</translation>
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
        <translation>描述</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
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
        <translation>“{0}”不是有效金额（例如 800、¥800）</translation>
    </message>
</context>
<context>
    <name>GiftsPerksArea</name>
    <message>
        <source>Date</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <source>KOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation type="unfinished">场合</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">描述</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished">费用</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">价值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">备注</translation>
    </message>
    <message>
        <source>All occasions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasions apply to gifts; perks are not tied to one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent on gifts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of perks received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts and thank-yous sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perks received (reciprocity ledger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned {0}</source>
        <translation type="unfinished">计划 {0}</translation>
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
        <source>{name} is damaged: its data is not readable JSON ({reason})</source>
        <translation>{name} 已损坏：数据不是可读取的 JSON（{reason}）</translation>
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
        <source>has a deliverable with unreadable approval steps</source>
        <translation>有交付内容的审核记录无法读取</translation>
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
        <source>Gifts: {gifts} added; perks: {perks} added; history entries: {notes} added</source>
        <translation>礼品：新增 {gifts} 条；回馈：新增 {perks} 条；往来记录：新增 {notes} 条</translation>
    </message>
    <message>
        <source>Brands: {added} added</source>
        <translation>品牌：新增 {added} 个</translation>
    </message>
    <message>
        <source>Skipped (belongs to another KOL here): {account}</source>
        <translation>已跳过（属于这里的另一位 KOL）：{account}</translation>
    </message>
    <message>
        <source>{name} holds a record this database refuses ({reason}); nothing was written</source>
        <translation>{name} 中有当前数据库拒收的记录（{reason}）；未写入任何内容</translation>
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
        <source>Delete note…</source>
        <translation>删除备注…</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Add a note — Ctrl+Enter saves</source>
        <translation>添加备注 — Ctrl+Enter 保存</translation>
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
    <name>Import</name>
    <message>
        <source>platform names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOL statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account names or IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values are web addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of values are web addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values are web addresses ({platform})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of values are web addresses ({platform})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values are email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of values are email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values name platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of values name platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values are rate cards (format: amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of values are rate cards (format: amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values are percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of values are percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values look like @handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of values look like @handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values are 16–20-digit account IDs (kept as text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of values are 16–20-digit account IDs (kept as text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values look like usernames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of values look like usernames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values are phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of values are phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values are KOL statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of values are KOL statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values are tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of values are tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values are counts (no header names them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of values are counts (no header names them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolcrm&apos;s own export column “{header}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header “{header}” suggests {field}, but its values ({samples}) are figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header “{header}” suggests {field}, but its values ({samples}) are not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header “{header}” suggests {field}, but its values ({samples}) are not its kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header “{header}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}; {share} of values are {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} (a Weibo nickname is also its handle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} (a Weibo nickname is its handle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header “{header}” names {platform}; its values are {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header “{header}” names {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header “{header}”; its values are usernames, another column has the names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is at most {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followers cannot be more than {count} (100亿)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an engagement rate is between 0 % and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown platform “{value}” (e.g. Douyin/抖音, Xiaohongshu/小红书, Weibo/微博)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” says where the outreach stands, not the KOL&apos;s status (prospect, active, paused, do not contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status “{value}” (prospect, active, paused, do not contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tier “{value}” (头部/Head, 腰部/Mid-tier, 尾部/Micro, KOC/Nano)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}”: day and month could be either way round; write the year first (2024-05-20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}”: write the year in full, first (2024-05-20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a date (e.g. 2024-05-20, 2024/5/20 or 2024年5月20日)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a date that exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate card entry {format}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate card entry {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not text in UTF-8 or GB18030 (GBK): save it as “CSV UTF-8” and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a text file (it holds binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation type="unfinished">无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{file}, line {opened}: a quote opened on this line is never closed (the cell runs on to line {end} and takes %n lines that look like rows of their own): close it, or remove it, and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, line {line}: bytes that are not {encoding} text, as the start of the file is: save the whole file as “CSV UTF-8” and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not readable as {encoding} text: save it as “CSV UTF-8”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, line {start}: a quote opened on this line is never closed (the file ends inside it): close it, or remove it, and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, line {start}: a quote opened on this line is never closed (the cell runs on to line {end}, where a quote ends it in the middle of a row): close it, or remove it, and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, line {start}: a quote opened on this line is never closed (the cell runs past {limit} characters): close it, or remove it, and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, line {start} holds a cell longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, line {end}: not readable as CSV ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not text in UTF-8 or GB18030 (GBK): save it as “CSV UTF-8” and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (nickname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real name</source>
        <translation type="unfinished">真实姓名</translation>
    </message>
    <message>
        <source>KOL # (rows of one KOL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished">平台</translation>
    </message>
    <message>
        <source>Handle / account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished">粉丝</translation>
    </message>
    <message>
        <source>Engagement rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee (rate card)</source>
        <translation type="unfinished">费用（报价单）</translation>
    </message>
    <message>
        <source>Fee format (e.g. Video 21–60 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate card (FORMAT: AMOUNT; …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished">层级</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">城市</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished">品类</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">语言</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">电话</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation type="unfinished">微信号</translation>
    </message>
    <message>
        <source>Agency / MCN</source>
        <translation type="unfinished">机构/MCN</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished">经纪人</translation>
    </message>
    <message>
        <source>Agent contact</source>
        <translation type="unfinished">经纪人联系方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished">最近联系</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">生日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{key}” needs a name after “{prefix}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{key}”: unknown platform “{platform}” after @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field “{key}” (known: {fields}; custom:NAME, metric:NAME; {account}@PLATFORM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} ({platform})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan does not know its file: plan it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has accounts (handles, followers…) but no platform: choose the platform every row is on (in the wizard: “Every row is on”; on the command line: --set platform=instagram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported (not mapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field: {name} (no account to hold it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} (fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: {added} to add, {updated} to update, {refused} rows refused (of {read} rows read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported (--strict): {count} cells or rows have errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {refused} rows refused (of {read} rows read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows were the same account as an earlier row and were merged into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New custom fields: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}, column “{column}” (“{value}”): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}, column “{column}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} (“{value}”): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping is a JSON object: {&quot;column header&quot;: &quot;field&quot;, …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “{header}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names a column “{header}” the file does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns are mapped to {field}: “{first}” and “{second}”; choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed value for “{key}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed platform “{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “{header}”: a field key, or a list of field keys, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handle needs its platform: map a Platform column, or choose one platform for every row (--set platform=douyin on the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column to Name, or to Handle with its platform (a Platform column, one platform for every row such as --set platform=douyin, or a platform-named handle such as handle@Douyin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: name a platform (e.g. douyin, xiaohongshu, bilibili, instagram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mapping: cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mapping is not valid JSON: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mapping must be a JSON object of column header → field, e.g. {&quot;昵称&quot;: &quot;display_name&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mapping: column “{header}” maps to {value}: use a field, null or a list of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set {item}: write FIELD=VALUE, e.g. --set platform=bilibili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set {item}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set {item}: give a value after “=”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set {field} is given twice: keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {platform} account “{handle}” belongs to {name}, who is in the trash: restore them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {platform} account “{handle}” belongs to another KOL ({name}): left where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a KOL earlier in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same account as line {line}: merged into one KOL, the values of the later row win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name is empty and no account matches a KOL here: a new KOL needs a name or a handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is a percentage, not a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is negative: a count cannot be below 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is negative: a rate cannot be below 0 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is over 100 % (the column holds fractions, where 0.052 means 5.2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is over 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” names two currencies ({first} and {second})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” has no amount (e.g. ¥30,000 · 3万 · 5000 USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is a percentage, not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is negative: a fee cannot be below 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a percentage (e.g. 1.39% or 1.39)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not an amount (e.g. ¥30,000 · 3万 · 5000 USD · 1万+ · ¥3万-5万)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a number (e.g. 12,345 · 1.2万 · 3.5w · 1.2亿 · 12.3k · 4.5M · 10万+ · 600K-800K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}”: the commas do not group thousands (e.g. 12,345 or 1,234,567.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}”: the upper end of the range is below the lower end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” has too many decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is too large to be a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is too large to be a fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” has more than two decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} changed (or went away) since it was opened: open it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX, sheet “{sheet}”, header on row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX, sheet “{sheet}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX, first sheet, header on row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX, first sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, {encoding}, {delimiter}-separated, header on line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, {encoding}, {delimiter}-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is an old Excel .xls file: save it as .xlsx or CSV (UTF-8) in Excel, then import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the first sheet is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell has no header: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no name, no account and no KOL #: it cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repaired garbled text “{before}” → “{after}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account has no handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account has no platform (map a Platform column or set one for the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable XLSX workbook ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the first sheet cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}, but “{holder}” already feeds {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}; “{header}” is the {platform} handle: this id is kept as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}; no handle column, so the name stands for the account too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}; no name column, so it names the KOL too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only placeholders ({values})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row numbers (1, 2, 3…): nothing to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolcrm&apos;s export repeats the accounts here; the account columns carry them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doubt}: kept as a dated metric on the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doubt}: kept as a custom field on the KOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field fits: kept as a dated metric on the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field fits: kept as a custom field on the KOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is headed as a name; these values look like names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}; the header gives the unit (×{scale})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}; every number is ≤ 1: fractions (0.052 = 5.2 %) or percent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the post is not published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no published post of this campaign has this number or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an amount of money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a negative amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {currency}, but the deal is paid in {deal_currency}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import KOLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (UTF-8 or GBK/GB18030; comma, semicolon or tab) or XLSX (the first sheet). The first row holds the column headers. Rows whose platform and handle match a KOL already here update that KOL; nothing is written before you have seen the dry run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">价值</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import nothing if any cell has an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import KOLs from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has accounts but no platform column: choose the platform every row is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add: {0} · to update: {1} · cells not imported: {2} · rows refused: {3} (of {4} rows read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that repeat an account of an earlier row: {0} (merged, the later row wins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New custom fields: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each column goes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the first {0} are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {0} rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported; the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {0} cells have errors and “import nothing” was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {0} KOLs added, {1} updated; {2} cells not imported, {3} rows refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates: select both in the KOL list, then Edit → Merge… (Ctrl+Shift+M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping; nothing will be written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KOLs</name>
    <message>
        <source>KOL {id} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KOL with id {id}</source>
        <translation type="unfinished">没有 ID 为 {id} 的 KOL</translation>
    </message>
    <message>
        <source>Unknown status “{status}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tier “{tier}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday “{date}” is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followers “{text}” is not a number (e.g. 12,345 or 1.2万)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a percentage (e.g. 3.5%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age bands “{text}” should read like 18-24: 45%, 25-34: 30%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate card entry “{entry}” should read like Video 21–60 s: ¥30,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something before saving the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note holds at most {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of interaction “{kind}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date is before the interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOL {id} no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} account “{handle}” already belongs to {name} (in the trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} account “{handle}” already belongs to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not an email address (expected name@example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone may hold only digits, spaces, +, - and brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WeChat ID has no spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{account}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday must be a date between 1900 and today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} account “{handle}” is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown platform “{platform}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handle cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a URL has no spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followers cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followers cannot be more than {limit} (100亿)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engagement rate must be between 0 % and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female share must be between 0 % and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age bands are shares of the audience: each 0–100 %, together at most 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fee for “{format}” cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{currency}” is not a currency code (CNY, USD, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every fee needs a format (e.g. Video 21–60 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figures cannot have been checked in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{followers} followers on {platform} × {share} typical reach = {reach}; × {engagement}% engagement = {engagements} engagements; {fee} ÷ average order {aov} = break-even orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{followers} followers on {platform} × {share} typical reach = {reach}; × {engagement}% engagement = {engagements} engagements</source>
        <translation type="unfinished"></translation>
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
        <source>{0:g}% female</source>
        <translation>女性 {0:g}%</translation>
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
        <translation>昵称，例如 李佳琦Austin</translation>
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
        <translation>农历 MM-DD，例如 08-15（L04-05：闰月）</translation>
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
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Followers take 12,345 · 1.2万 · 3.5w · 12.3k; the rate card reads “format: fee; …”.</source>
        <translation>粉丝数可填 12,345 · 1.2万 · 3.5w · 12.3k；报价单格式为“形式: 报价; …”。</translation>
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
        <source>Fit {total} / 100</source>
        <translation>匹配度 {total} / 100</translation>
    </message>
    <message>
        <source>⚠ overdue</source>
        <translation>⚠ 逾期</translation>
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
        <translation>请选择两位 KOL（按住 Ctrl 点击第二位）。</translation>
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
    <message numerus="yes">
        <source>%n KOLs</source>
        <translation>
            <numerusform>%n 位 KOL</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %n KOLs to the trash</source>
        <translation>将 %n 位 KOL 移到回收站</translation>
    </message>
</context>
<context>
    <name>KpiTable</name>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">备注</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted from the captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI {0} target: “{1}” is not a number</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About kolcrm</source>
        <translation>关于 kolcrm(&amp;A)</translation>
    </message>
    <message>
        <source>Today ({0})</source>
        <translation>今日（{0}）</translation>
    </message>
    <message>
        <source>Trash ({0})</source>
        <translation>回收站（{0}）</translation>
    </message>
    <message>
        <source>About kolcrm</source>
        <translation>关于 kolcrm</translation>
    </message>
    <message>
        <source>kolcrm {0}: a desktop CRM for KOL relationships.</source>
        <translation>kolcrm {0}：管理 KOL 关系的桌面 CRM。</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>as each row says (a Platform column or the headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns that fit no field are kept: figures as dated metrics of the account, anything else as a custom field of the KOL. Choose “— not imported —” to leave a column out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}. Check what each column holds; the guesses come from the headers and the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” holds fractions: {1} means {2} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric “{0}” of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guess: check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>{name} (KOL #{id}) has been erased since: the merge can no longer be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">昵称</translation>
    </message>
    <message>
        <source>real name</source>
        <translation type="unfinished">真实姓名</translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished">城市</translation>
    </message>
    <message>
        <source>agency</source>
        <translation type="unfinished">机构</translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished">经纪人</translation>
    </message>
    <message>
        <source>agent contact</source>
        <translation type="unfinished">经纪人联系方式</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation type="unfinished">微信号</translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished">电话</translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished">邮箱</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished">生日</translation>
    </message>
    <message>
        <source>lunar birthday</source>
        <translation type="unfinished">农历生日</translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished">语言</translation>
    </message>
    <message>
        <source>tier</source>
        <translation type="unfinished">层级</translation>
    </message>
    <message>
        <source>there is no database at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing merged: run it again with --yes to merge without being asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {other} into {keep}? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is neither a KOL id nor platform:handle (platforms: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KOL has the {platform} account “{handle}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep:  {kol}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge: {kol} — everything below moves to {keep}, then it goes to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts moving: {accounts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals moving: {deals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in on {name}: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {mine} (not {theirs})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} keeps its own: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom values added: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} = {mine} (not {theirs})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom values kept: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels added: {labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged {other} (KOL #{other_id}) into {keep} (KOL #{keep_id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved: {moved}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing but the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (KOL #{id}) is in the trash; its history says where everything went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (KOL #{id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform accounts</source>
        <translation type="unfinished">平台账号</translation>
    </message>
    <message>
        <source>rate-card entries</source>
        <translation type="unfinished">报价单条目</translation>
    </message>
    <message>
        <source>account metrics</source>
        <translation type="unfinished">账号数据</translation>
    </message>
    <message>
        <source>deals</source>
        <translation type="unfinished">合作</translation>
    </message>
    <message>
        <source>history entries</source>
        <translation type="unfinished">往来记录</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation type="unfinished">礼品</translation>
    </message>
    <message>
        <source>perks</source>
        <translation type="unfinished">回馈</translation>
    </message>
    <message>
        <source>risks</source>
        <translation type="unfinished">风险</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation type="unfinished">提醒</translation>
    </message>
    <message>
        <source>blackout periods</source>
        <translation type="unfinished">满档期</translation>
    </message>
    <message>
        <source>scheduling priority</source>
        <translation type="unfinished">档期优先级</translation>
    </message>
    <message>
        <source>custom values</source>
        <translation type="unfinished">自定义字段值</translation>
    </message>
    <message>
        <source>labels</source>
        <translation type="unfinished">标签</translation>
    </message>
    <message>
        <source>{platform} {handle} ({followers} followers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KOL cannot be merged with itself: choose two different KOLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (KOL #{id}) is in the trash: restore it first to merge it</source>
        <translation type="unfinished"></translation>
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
        <translation>满档期</translation>
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
    <name>MetricsDialog</name>
    <message>
        <source>Views / impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reposts / shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.2万, ¥45,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12,000 or 1.2万</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. T+7, read from the creator dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">备注</translation>
    </message>
    <message>
        <source>Delete capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the results about 7 and 21 days after publishing; each capture is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales amount: not an amount of money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the capture of {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">删除</translation>
    </message>
</context>
<context>
    <name>MetricsImportDialog</name>
    <message>
        <source>Import metrics — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with errors (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows OK</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>{what} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is larger than {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} has more than two decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” is not a currency code (three capital letters, e.g. CNY, USD, EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsTable</name>
    <message>
        <source>Amount *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on (empty = unpaid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 15,000 · 1.5万 · ¥15,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. bank transfer, Alipay, via Xingtu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice or transfer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment {0}: “{1}” is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment {0}: enter the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment {0} is in {1} but the deal is in {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment {0}: “{1}” is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
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
        <translation>按市价估算，例如 5000 或 5千</translation>
    </message>
    <message>
        <source>e.g. posted our launch in a WeChat Moment unasked</source>
        <translation>例如 主动在朋友圈转发了我们的新品发布</translation>
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
        <translation>“{0}”不是有效金额（例如 5000、¥5,000）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> 天</translation>
    </message>
    <message>
        <source>Thank-you due after a completed deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today reminds you to thank a KOL (note, gift…) when a completed deal has had none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessTable</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">负责人</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Thank {name} for “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring Festival greetings for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-Autumn Festival greetings for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{festival} greetings for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s lunar birthday on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s birthday on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} post by {name} due for “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay {name} {amount} for “{title}” (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay {name} {amount} for “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract “{title}” with {name} ends on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s exclusivity ({category}) for “{title}” ends on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review risk: {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the T+{days} results of {name}&apos;s {platform} post for “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {name}&apos;s Xiaohongshu note for “{title}” is still live (protection period ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder {id} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until a later day</source>
        <translation type="unfinished"></translation>
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
        <translation>例如 粉丝数据异常：3 月粉丝暴涨</translation>
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
        <translation>应对措施，例如 签约前做第三方粉丝质量核查</translation>
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
    <name>ScheduleView</name>
    <message>
        <source>KOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation type="unfinished">提前预约</translation>
    </message>
    <message>
        <source>Platform · content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded: inside the KOL&apos;s blackout period · ⚠ due sooner than the KOL&apos;s usual lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliverables are due in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverables</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">今日</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n days, but {0} usually needs {1}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days&apos; notice</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Inside {0}&apos;s blackout period: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fully booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (due in {0})</source>
        <translation type="unfinished"></translation>
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
        <translation>添加满档期</translation>
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
    <name>Settings</name>
    <message>
        <source>Unknown setting “{key}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">今日</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due. Reminders for thank-yous, festivals, payments and deadlines appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up this week ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} coming this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide it for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open KOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “{0}” done</source>
        <translation type="unfinished"></translation>
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
        <source>KOLs and collaborations in the trash can be restored until you empty it.</source>
        <translation>回收站中的 KOL 和合作在清空前都可以恢复。</translation>
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
        <source>{name}    (deleted {when})</source>
        <translation>{name}    （删除于 {when}）</translation>
    </message>
    <message>
        <source>(deleted {when})</source>
        <translation>（删除于 {when}）</translation>
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
    <message>
        <source>{kols} and {collaborations}</source>
        <translation>{kols}，以及 {collaborations}</translation>
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
        <translation>机构 / MCN</translation>
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
        <translation>免费朋友圈</translation>
    </message>
    <message>
        <source>Free Weibo story</source>
        <translation>免费微博故事</translation>
    </message>
    <message>
        <source>Extra content</source>
        <translation>额外内容</translation>
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
        <translation>未处理</translation>
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
        <translation>已计划</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>已上线</translation>
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
