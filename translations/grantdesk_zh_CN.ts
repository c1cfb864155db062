<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge Alert</source>
        <translation>确认预警</translation>
    </message>
    <message>
        <source>Alert:</source>
        <translation>预警：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>&amp;Note (what was done, who was informed):</source>
        <translation>备注（采取的措施、已告知的人员）(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>AdjustScoreDialog</name>
    <message>
        <source>Adjust score</source>
        <translation>调整评分</translation>
    </message>
    <message>
        <source>Score (1–5):</source>
        <translation>评分（1–5）：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Why this case differs from the default score (required)</source>
        <translation>本案件为何不同于默认评分（必填）</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>Only a case awaiting approval can be approved; this case is &quot;%1&quot;.</source>
        <translation>只有待复核的案件才能复核；本案件当前状态为“%1”。</translation>
    </message>
    <message>
        <source>%1 does not hold the approver role; only an approver can approve a case.</source>
        <translation>%1 不具有复核人角色，只有复核人才能复核案件。</translation>
    </message>
    <message>
        <source>Set your name in the officer profile before approving.</source>
        <translation>请先在审核人员信息中填写姓名，再进行复核。</translation>
    </message>
    <message>
        <source>%1 reviewed this case; another officer must approve it (four eyes).</source>
        <translation>本案件由 %1 初审，须由另一名审核人员复核（双人审核）。</translation>
    </message>
    <message>
        <source>Only a case in review can be edited; this case is &quot;%1&quot;.</source>
        <translation>只有审核中的案件才能编辑；本案件当前状态为“%1”。</translation>
    </message>
    <message>
        <source>%1 does not hold the reviewer role; only a reviewer can answer the checklist.</source>
        <translation>%1 不具有初审人角色，只有初审人才能填写审核清单。</translation>
    </message>
    <message>
        <source>This review belongs to %1.</source>
        <translation>本审核由 %1 负责。</translation>
    </message>
</context>
<context>
    <name>ApprovalAct</name>
    <message>
        <source>there is no signing certificate: the approver agrees or sends back with their own key</source>
        <translation>没有签名证书：复核人须以本人的密钥同意或退回</translation>
    </message>
    <message>
        <source>the certificate of %1 is not valid now (valid %2 to %3)</source>
        <translation>%1 的证书当前不在有效期内（有效期 %2 至 %3）</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2); an administrator adds the office&apos;s CA or this certificate to the trust store</source>
        <translation>%1 的证书不受信任（%2）；须由管理员将本单位的 CA 证书或此证书加入信任库</translation>
    </message>
    <message>
        <source>the certificate names %1, who reviewed this case; another officer must approve it (four eyes)</source>
        <translation>证书载明的是 %1，即本案初审人；须由另一名工作人员复核（双人复核）</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>the key is not the certificate&apos;s: %1</source>
        <translation>密钥与证书不匹配：%1</translation>
    </message>
    <message>
        <source>the act is not signed</source>
        <translation>该操作未经签名</translation>
    </message>
    <message>
        <source>is not the SHA-256 of the certificate</source>
        <translation>不是该证书的 SHA-256</translation>
    </message>
    <message>
        <source>is not %1</source>
        <translation>不是 %1</translation>
    </message>
    <message>
        <source>is not a base64 signature</source>
        <translation>不是 base64 编码的签名</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The audit trail could not be checked, so nothing is added to it: %1</source>
        <translation>无法校验审计日志，因此不会向其中添加任何内容：%1</translation>
    </message>
    <message>
        <source>The audit trail of this database is broken (%1). Nothing is signed or acknowledged on a broken trail; run &quot;grantdesk-cli audit verify&quot; and restore the database from a backup.</source>
        <translation>本数据库的审计日志已断链（%1）。不能在断链的审计日志上签署或确认；请运行“grantdesk-cli audit verify”，并从备份恢复数据库。</translation>
    </message>
</context>
<context>
    <name>AuditTrailStatus</name>
    <message>
        <source>⚠ Audit trail broken: signing and acknowledging are refused</source>
        <translation>⚠ 审计日志已断链：签署与确认均被拒绝</translation>
    </message>
    <message>
        <source>%1

Tools → Verify Audit Trail checks the whole trail.</source>
        <translation>%1

“工具 → 校验审计日志”可校验整个审计日志。</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>The audit trail is broken:
%1

GrantDesk does not repair it. Keep the database file as it is and report the break.</source>
        <translation>审计日志已断链：
%1

授权审核台不会修复核计日志。请保持数据库文件原样，并报告此断链情况。</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %Ln event(s) checked.</source>
        <translation>
            <numerusform>审计日志完整：已校验 %Ln 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed checkpoints: %1, the newest at event %2 (signed by %3).</source>
        <translation>已签名检查点：%1 个，最新的位于事件 %2（签名人：%3）。</translation>
    </message>
    <message>
        <source>No signed checkpoint yet.</source>
        <translation>尚无已签名检查点。</translation>
    </message>
    <message numerus="yes">
        <source>Unanchored: %Ln event(s) after the newest signed checkpoint; these could be removed by whoever holds the file without it showing.</source>
        <translation>
            <numerusform>未锚定：最新已签名检查点之后有 %Ln 个事件；持有该文件的人可以删除这些事件而不留痕迹。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify audit trail</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>Verifying the whole audit trail, from its first event. On a large archive this takes minutes; you can go on working meanwhile.</source>
        <translation>正在从第一个事件起校验整个审计日志。档案量大时需要数分钟；期间可以继续工作。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>holds no GrantDesk database (no schema)</source>
        <translation>其中没有 GrantDesk 数据库（没有结构版本）</translation>
    </message>
    <message>
        <source>the backup cannot be read</source>
        <translation>无法读取该备份</translation>
    </message>
    <message>
        <source>the backup is the database itself</source>
        <translation>该备份就是数据库文件本身</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>the copy of the backup failed: %1</source>
        <translation>复制备份失败：%1</translation>
    </message>
    <message>
        <source>cannot be moved aside to %1; nothing was changed</source>
        <translation>无法移至 %1；未作任何改动</translation>
    </message>
    <message>
        <source>the backup could not be put in place; nothing was changed</source>
        <translation>无法将备份放回原位；未作任何改动</translation>
    </message>
</context>
<context>
    <name>ChecklistItem</name>
    <message>
        <source>Local practice: %1</source>
        <translation>本地做法：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>依据：%1</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>wrong passphrase (the key is encrypted)</source>
        <translation>口令错误（密钥已加密）</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>口令错误</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Month (%1 to %2)</source>
        <translation>月份（%1 至 %2）</translation>
    </message>
    <message>
        <source>Calls per month</source>
        <translation>每月调用量</translation>
    </message>
    <message>
        <source>Calls (10,000)</source>
        <translation>调用量（万次）</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用量</translation>
    </message>
    <message>
        <source>Revenue per month</source>
        <translation>每月收入</translation>
    </message>
    <message>
        <source>Revenue (10,000 yuan)</source>
        <translation>收入（万元）</translation>
    </message>
    <message>
        <source>Revenue (yuan)</source>
        <translation>收入（元）</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Risk alerts</source>
        <translation>风险预警</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Period %1 to %2 · evaluated on %3</source>
        <translation>统计期 %1 至 %2 · 评估日 %3</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>%1 alerts, %2 not acknowledged</source>
        <translation>预警 %1 条，其中 %2 条未确认</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>无预警。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Applications by authorization mode</source>
        <translation>按授权模式统计的申请</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请数</translation>
    </message>
    <message>
        <source>Applications by scenario domain</source>
        <translation>按场景领域统计的申请</translation>
    </message>
    <message>
        <source>Scenario domain</source>
        <translation>场景领域</translation>
    </message>
    <message>
        <source>Registration coverage of requested resources</source>
        <translation>所申请数据资源的登记覆盖情况</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>数据资源</translation>
    </message>
    <message>
        <source>Security incidents by severity</source>
        <translation>按严重程度统计的安全事件</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>安全事件数</translation>
    </message>
    <message>
        <source>Indicator id</source>
        <translation>指标编号</translation>
    </message>
    <message>
        <source>Measure key</source>
        <translation>度量键</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>度量</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Monitoring Report on the Authorized Operation of Public Data</source>
        <translation>公共数据资源授权运营监测报告</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 至 %3</translation>
    </message>
    <message>
        <source>Month (%1 to %2; reported up to %3)</source>
        <translation>月份（%1 至 %2；已报送至 %3）</translation>
    </message>
    <message>
        <source>Month (%1 to %2; nothing reported)</source>
        <translation>月份（%1 至 %2；尚未报送）</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>The %1 most severe of %2 alerts are listed below; the dashboard lists the others by kind or severity.</source>
        <translation>共 %2 条预警，以下按严重程度列出前 %1 条；其余预警可在监测看板中按预警类型或严重程度筛选查看。</translation>
    </message>
    <message>
        <source>Every alert, the most severe first.</source>
        <translation>全部预警，按严重程度排列。</translation>
    </message>
    <message>
        <source>Month (%1 to %2; %3 not a whole month, not drawn)</source>
        <translation>月份（%1 至 %2；%3 不满整月，未画出）</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation>是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>already open in another GrantDesk (process %1 on %2); close it first</source>
        <translation>已在另一个 GrantDesk 中打开（%2 上的进程 %1）；请先将其关闭</translation>
    </message>
    <message>
        <source>cannot create the lock file %1: no permission to write in its folder (read-only folder?)</source>
        <translation>无法创建锁文件 %1：没有在其所在文件夹中写入的权限（文件夹为只读？）</translation>
    </message>
    <message>
        <source>cannot create the lock file %1: the disk is full</source>
        <translation>无法创建锁文件 %1：磁盘已满</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>无法创建锁文件 %1</translation>
    </message>
    <message>
        <source>needs an upgrade but was opened read-only</source>
        <translation>需要升级，但以只读方式打开</translation>
    </message>
    <message>
        <source>needs an upgrade to schema %1, but the file or its folder is read-only; it was left unchanged</source>
        <translation>需要升级到结构版本 %1，但文件或其所在文件夹为只读；文件未作任何改动</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is not installed</source>
        <translation>未安装 Qt SQLite 驱动</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is not a GrantDesk database: not an SQLite file, or its header is damaged; it was left unchanged</source>
        <translation>不是 GrantDesk 数据库：不是 SQLite 文件，或其文件头已损坏；文件未作任何改动</translation>
    </message>
    <message>
        <source>is damaged or not a GrantDesk database (%1); it was left unchanged</source>
        <translation>已损坏或不是 GrantDesk 数据库（%1）；文件未作任何改动</translation>
    </message>
    <message>
        <source>is damaged or not a GrantDesk database: its schema version %1 is not one GrantDesk writes; it was left unchanged</source>
        <translation>已损坏或不是 GrantDesk 数据库：其结构版本 %1 不是 GrantDesk 会写入的版本；文件未作任何改动</translation>
    </message>
    <message>
        <source>made by a newer GrantDesk (schema %1, this one knows %2); not opened so that nothing is lost</source>
        <translation>由较新版本的 GrantDesk 创建（结构版本 %1，本程序支持到 %2）；为避免数据丢失，未打开</translation>
    </message>
    <message>
        <source>is not a GrantDesk database (another program&apos;s SQLite file); it was not opened and was left unchanged</source>
        <translation>不是 GrantDesk 数据库（其他程序的 SQLite 文件）；未打开，文件未作任何改动</translation>
    </message>
    <message>
        <source>the disk is full: %1 cannot grow; free some space and try again</source>
        <translation>磁盘已满：%1 无法继续写入；请释放空间后重试</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only</source>
        <translation>%1 无法写入：文件或其所在文件夹为只读</translation>
    </message>
    <message>
        <source>%1 cannot be opened: no permission, or its folder is missing</source>
        <translation>%1 无法打开：没有权限，或其所在文件夹不存在</translation>
    </message>
    <message>
        <source>%1 is busy: another program kept it locked for more than 5 seconds</source>
        <translation>%1 正被占用：另一程序锁定它已超过 5 秒</translation>
    </message>
    <message>
        <source>%1 cannot be read or written: input/output error (%2)</source>
        <translation>%1 无法读写：输入/输出错误（%2）</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <translation>%1 已损坏（%2）</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be changed.</source>
        <translation>数据库以只读方式打开：不能作任何更改。</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>其所在文件夹为只读</translation>
    </message>
    <message>
        <source>the office server is backed up with pg_dump by its administrator</source>
        <translation>办公服务器由其管理员用 pg_dump 备份</translation>
    </message>
    <message>
        <source>names a server GrantDesk cannot use; give a database file or postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation>指向授权审核台无法使用的服务器；请给出数据库文件，或 postgresql://用户@主机[:端口]/数据库</translation>
    </message>
    <message>
        <source>the server asks for this login&apos;s password</source>
        <translation>服务器要求输入此登录名的密码</translation>
    </message>
    <message>
        <source>the server did not accept the password of this login</source>
        <translation>服务器不接受此登录名的密码</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>the server&apos;s database has schema %1, newer than this GrantDesk (%2): update GrantDesk</source>
        <translation>服务器数据库的表结构版本为 %1，高于本 GrantDesk（%2）：请更新 GrantDesk</translation>
    </message>
    <message>
        <source>the server&apos;s database has schema %1, which this GrantDesk cannot migrate</source>
        <translation>服务器数据库的表结构版本为 %1，本 GrantDesk 无法迁移</translation>
    </message>
    <message>
        <source>the server&apos;s database holds no GrantDesk schema yet, and it was opened read-only</source>
        <translation>服务器数据库尚无 GrantDesk 表结构，且以只读方式打开</translation>
    </message>
    <message>
        <source>not a server locator; expected postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation>不是服务器地址；应为 postgresql://用户@主机[:端口]/数据库</translation>
    </message>
    <message>
        <source>a password does not belong in the locator (it would be kept in histories and logs); give it in PGPASSWORD or ~/.pgpass</source>
        <translation>密码不应写在地址中（会留在命令历史和日志里）；请通过 PGPASSWORD 或 ~/.pgpass 提供</translation>
    </message>
    <message>
        <source>the locator names no user (postgresql://USER@HOST/DATABASE)</source>
        <translation>地址中没有用户（postgresql://用户@主机/数据库）</translation>
    </message>
    <message>
        <source>the locator names no database (postgresql://USER@HOST/DATABASE)</source>
        <translation>地址中没有数据库（postgresql://用户@主机/数据库）</translation>
    </message>
    <message>
        <source>the locator names no host (postgresql://USER@HOST/DATABASE, or ?host=/folder for a Unix socket)</source>
        <translation>地址中没有主机（postgresql://用户@主机/数据库，Unix 套接字用 ?host=/文件夹）</translation>
    </message>
    <message>
        <source>the locator&apos;s port is not a port number</source>
        <translation>地址中的端口不是有效端口号</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver is not installed (apt install libqt6sql6-psql)</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（apt install libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>cannot create the database: %1</source>
        <translation>无法创建数据库：%1</translation>
    </message>
    <message>
        <source>the locator&apos;s option %1 is not one GrantDesk passes on (host, port, sslmode, sslcert, sslkey, sslrootcert)</source>
        <translation>地址中的选项 %1 不是授权审核台会传递的选项（host、port、sslmode、sslcert、sslkey、sslrootcert）</translation>
    </message>
    <message>
        <source>sslmode %1 is not one of %2</source>
        <translation>sslmode %1 不是以下之一：%2</translation>
    </message>
    <message>
        <source>the locator&apos;s %1 must be a file path without spaces, quotes or semicolons</source>
        <translation>地址中的 %1 必须是不含空格、引号或分号的文件路径</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the audit trail of %1 is not intact (%2); nothing was copied</source>
        <translation>%1 的审计日志不完整（%2）；未复制任何内容</translation>
    </message>
    <message>
        <source>the copy in %1 does not hold what was read from %2</source>
        <translation>%1 中的副本与从 %2 读取的内容不一致</translation>
    </message>
    <message>
        <source>%1 exists; a copy is written to a new file</source>
        <translation>%1 已存在；副本只能写入新文件</translation>
    </message>
</context>
<context>
    <name>FeeEngine</name>
    <message>
        <source>priority scenario</source>
        <translation>重点支持场景</translation>
    </message>
    <message>
        <source>small business</source>
        <translation>中小企业</translation>
    </message>
    <message>
        <source>Rule file %1 (%2), effective %3 to %4.</source>
        <translation>收费规则 %1（%2），有效期 %3 至 %4。</translation>
    </message>
    <message>
        <source>Rule file %1 is a trial schedule; the fee may change when it is finalized.</source>
        <translation>收费规则 %1 为试行收费标准，正式标准确定后收费可能调整。</translation>
    </message>
    <message>
        <source>The review date %1 is outside the rule file&apos;s effective period %2 to %3.</source>
        <translation>审核日期 %1 不在收费规则有效期 %2 至 %3 内。</translation>
    </message>
    <message>
        <source>Period %1 to %2: %3 months (a started month counts in full); the maximum is %4 months.</source>
        <translation>授权期限 %1 至 %2：共 %3 个月（不足一月按一月计）；上限为 %4 个月。</translation>
    </message>
    <message>
        <source>The period of %1 months is longer than the maximum of %2 months.</source>
        <translation>授权期限 %1 个月，超过上限 %2 个月。</translation>
    </message>
    <message>
        <source>Product %1 is not in rule file %2; no fee is computed.</source>
        <translation>收费规则 %2 中没有产品 %1，不计算费用。</translation>
    </message>
    <message>
        <source>The billing unit %1 differs from the product&apos;s %2; the quantity is priced in %2.</source>
        <translation>计费单位 %1 与产品的计费单位 %2 不一致；数量按 %2 计价。</translation>
    </message>
    <message>
        <source>Use class %1 is free of charge under rule file %2: the fee is 0.00.</source>
        <translation>按收费规则 %2，%1 用途免费：费用为 0.00。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>Band %1 (%2): %3 × %4 = %5</source>
        <translation>第 %1 档（%2）：%3 × %4 = %5</translation>
    </message>
    <message>
        <source>Fixed fee: %1</source>
        <translation>固定费用：%1</translation>
    </message>
    <message>
        <source>Gross fee (exact): %1</source>
        <translation>优惠前费用（精确值）：%1</translation>
    </message>
    <message>
        <source>Discount for %1 (%2) does not apply: the flag is not set.</source>
        <translation>%1优惠（%2）不适用：申请未标明该情形。</translation>
    </message>
    <message>
        <source>Stacking &quot;best&quot;: only the largest matching discount applies (%1, %2).</source>
        <translation>优惠叠加方式“择优”：只适用最大的一项优惠（%1，%2）。</translation>
    </message>
    <message>
        <source>Stacking &quot;multiply&quot;: every matching discount applies, in the listed order.</source>
        <translation>优惠叠加方式“连乘”：所有适用的优惠按列出顺序依次计算。</translation>
    </message>
    <message>
        <source>Discount for %1, %2: %3 × %4 = %5</source>
        <translation>%1优惠 %2：%3 × %4 = %5</translation>
    </message>
    <message>
        <source>Rounded once to the fen, half up: %1 → %2</source>
        <translation>最后一次四舍五入到分：%1 → %2</translation>
    </message>
    <message>
        <source>No operator given: no check against a maximum allowed revenue.</source>
        <translation>未指定运营机构：不核对最高准许收入。</translation>
    </message>
    <message>
        <source>Operator %1: revenue to date %2 + this fee %3 = %4; maximum allowed revenue %5.</source>
        <translation>运营机构 %1：累计收入 %2 + 本次费用 %3 = %4；最高准许收入 %5。</translation>
    </message>
    <message>
        <source>The operator&apos;s maximum allowed revenue %1 is exceeded by %2.</source>
        <translation>运营机构的最高准许收入 %1 被超出 %2。</translation>
    </message>
    <message>
        <source>No operator entry for %1 in rule file %2: no check against a maximum allowed revenue.</source>
        <translation>收费规则 %2 中没有运营机构 %1 的记录：不核对最高准许收入。</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>费用：%1</translation>
    </message>
    <message>
        <source>Product %1 %2, billed %3, cap price %4; requested quantity %5 (%3).</source>
        <translation>产品 %1 %2，计费方式 %3，上限收费标准 %4；申请数量 %5（%3）。</translation>
    </message>
    <message>
        <source>A finding this version of GrantDesk does not know.</source>
        <translation>本版本 GrantDesk 无法识别的发现问题。</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>发现问题：%1</translation>
    </message>
    <message>
        <source>A step this version of GrantDesk does not know.</source>
        <translation>本版本 GrantDesk 无法识别的计算步骤。</translation>
    </message>
</context>
<context>
    <name>IdentityText</name>
    <message>
        <source>a lone surrogate</source>
        <translation>孤立的代理码位</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>控制字符</translation>
    </message>
    <message>
        <source>an invisible or bidi formatting character</source>
        <translation>不可见字符或双向文本格式字符</translation>
    </message>
    <message>
        <source>a private-use character</source>
        <translation>私用区字符</translation>
    </message>
    <message>
        <source>an unassigned code point</source>
        <translation>未分配的码位</translation>
    </message>
    <message>
        <source>a line or paragraph separator</source>
        <translation>行分隔符或段落分隔符</translation>
    </message>
    <message>
        <source>contains %1 (%2) at character %3; names and identifiers may not hold control, format, bidi or private-use characters</source>
        <translation>第 %3 个字符是 %1（%2）；名称和标识不得包含控制字符、格式字符、双向文本控制字符或私用区字符</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Import result</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>Details (one line per problem, ready to copy):</source>
        <translation>详细信息（每行一个问题，可直接复制）：</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: version %2 is missing (stored: %3)</source>
        <translation>%1：缺少第 %2 版（已存：%3）</translation>
    </message>
    <message>
        <source>%1: versions %2 are missing (stored: %3)</source>
        <translation>%1：缺少第 %2 版（已存：%3）</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>JSON 格式错误（%1）：%2</translation>
    </message>
</context>
<context>
    <name>KeyDialogs</name>
    <message>
        <source>Replace my current key; its folder is kept as %1</source>
        <translation>替换我当前的密钥；原密钥文件夹保留为 %1</translation>
    </message>
    <message>
        <source>Packages signed with the old key stay valid; keep its certificate in the trust store of whoever checks them.</source>
        <translation>用旧密钥签署的数据包仍然有效；请让验证这些数据包的人员在其信任库中保留旧证书。</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>重复输入(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>LifecycleService</name>
    <message>
        <source>the audit trail has no countersignature for this review</source>
        <translation>审计日志中没有该审核的复核签名记录</translation>
    </message>
    <message>
        <source>this database has no such application version</source>
        <translation>本数据库中没有该申请版本</translation>
    </message>
    <message>
        <source>the authorization&apos;s life starts once the review is countersigned; this case is &quot;%1&quot;</source>
        <translation>授权后续环节自审核经复核签名后开始；本案件当前状态为“%1”</translation>
    </message>
    <message>
        <source>the review did not approve this case (%1): nothing is authorized</source>
        <translation>审核未同意本案件（%1），不存在授权</translation>
    </message>
    <message>
        <source>the signing certificate names no officer</source>
        <translation>签名证书未载明审核人员</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>cannot begin a transaction</source>
        <translation>无法开始事务</translation>
    </message>
</context>
<context>
    <name>ModeComparison</name>
    <message>
        <source>The declared mode (%1) scores %2 points below %3, more than the margin of %4.</source>
        <translation>申请所报模式（%1）得分比%3低 %2 分，超过允许差距 %4 分。</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <source>Resource &quot;%1&quot; is used under an authorization in force but has no registration code.</source>
        <translation>数据资源“%1”在有效授权下使用，但没有登记编号。</translation>
    </message>
    <message>
        <source>Resource %1 is in use (%2 calls reported) but is not in the resource register.</source>
        <translation>数据资源 %1 正在使用（已报送调用 %2 次），但不在资源登记簿中。</translation>
    </message>
    <message>
        <source>Resource %1 (%2) was cancelled in the register on %3 but is still used: %4 authorization(s) in force, %5 call record(s) since.</source>
        <translation>数据资源 %1（%2）已于 %3 在登记簿中注销，但仍在使用：有效授权 %4 项，此后调用记录 %5 条。</translation>
    </message>
    <message>
        <source>%1 charged %2 for %3 in %4 record(s), above the cap of %5 per unit (%6 allowed under %7).</source>
        <translation>%1 在 %4 条记录中对 %3 收费 %2，超过每单位 %5 的上限收费标准（按 %7 允许收取 %6）。</translation>
    </message>
    <message>
        <source>The authorization of %1 ends on %2, in %3 day(s).</source>
        <translation>%1 的授权将于 %2 到期，还有 %3 天。</translation>
    </message>
    <message>
        <source>The authorization of %1 ended on %2, but %3 calls were recorded after it in %4 record(s).</source>
        <translation>%1 的授权已于 %2 到期，但此后仍记录调用 %3 次（%4 条记录）。</translation>
    </message>
    <message>
        <source>The decision on %1 (%2) lacks: %3.</source>
        <translation>%1（%2）的决策缺少：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The %1 %2 of %3 decided on %4 is not filed after %5 working days (due by %6).</source>
        <translation>%3 的%1 %2 于 %4 决定，%5 个工作日后仍未备案（应于 %6 前备案）。</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>实施方案</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>No operation agreement of %1, approved on %2, is filed after %3 working days (due by %4).</source>
        <translation>%1 的运营协议于 %2 批准，%3 个工作日后仍未备案（应于 %4 前备案）。</translation>
    </message>
    <message>
        <source>Operator %1 was active in %2 but has not disclosed it; the disclosure is due by %3.</source>
        <translation>运营机构 %1 在 %2 年开展了运营活动，但尚未进行信息披露；披露截止日期为 %3。</translation>
    </message>
    <message>
        <source>Implementing body %1 was active in %2 but has not disclosed it; the disclosure is due by %3.</source>
        <translation>实施机构 %1 在 %2 年开展了授权运营活动，但尚未进行信息披露；披露截止日期为 %3。</translation>
    </message>
    <message>
        <source>Resource not registered</source>
        <translation>数据资源未登记</translation>
    </message>
    <message>
        <source>Resource cancelled</source>
        <translation>数据资源已注销</translation>
    </message>
    <message>
        <source>Price over the cap</source>
        <translation>价格超过上限</translation>
    </message>
    <message>
        <source>Maximum allowed revenue exceeded</source>
        <translation>超过最高准许收入</translation>
    </message>
    <message>
        <source>Authorization expiring</source>
        <translation>授权即将到期</translation>
    </message>
    <message>
        <source>Used after expiry</source>
        <translation>到期后仍在使用</translation>
    </message>
    <message>
        <source>Incident open too long</source>
        <translation>安全事件久未关闭</translation>
    </message>
    <message>
        <source>Decision records incomplete</source>
        <translation>决策记录不完整</translation>
    </message>
    <message>
        <source>Filing overdue</source>
        <translation>备案逾期</translation>
    </message>
    <message>
        <source>Annual disclosure due</source>
        <translation>年度信息披露到期</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>product calls</source>
        <translation>产品调用</translation>
    </message>
    <message>
        <source>security incidents</source>
        <translation>安全事件</translation>
    </message>
    <message>
        <source>filings and disclosures</source>
        <translation>备案与信息披露</translation>
    </message>
    <message>
        <source>Share of decisions (approved, conditionally approved or rejected, decided in the period) whose review has passed answers on the minutes of the collective decision, the legality review, the risk assessment and recusal.</source>
        <translation>统计期内作出决定（批准、附条件批准或不予批准）的案件中，审核清单对集体决策会议纪要、合法性审查、风险评估和回避四项均为“符合”的比例。</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>决策数</translation>
    </message>
    <message>
        <source>with all four records</source>
        <translation>四项记录齐全</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>备案管理</translation>
    </message>
    <message>
        <source>plans and agreements</source>
        <translation>实施方案和协议</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>已备案</translation>
    </message>
    <message>
        <source>average days to filing</source>
        <translation>平均备案天数</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Data scale</source>
        <translation>数据规模</translation>
    </message>
    <message>
        <source>Public data resources under authorizations in force during the period (approved or conditionally approved), with their records and fields.</source>
        <translation>统计期内有效授权（批准或附条件批准）下的公共数据资源及其记录数和字段数。</translation>
    </message>
    <message>
        <source>authorized resources</source>
        <translation>已授权数据资源</translation>
    </message>
    <message>
        <source>records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>字段数</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>资源登记</translation>
    </message>
    <message>
        <source>Share of resources requested by applications submitted in the period whose registration code is active in the register (active, changed or corrected); average days from the first request to registration for resources registered after they were first requested.</source>
        <translation>统计期内提交的申请所请求的数据资源中，在登记簿中登记编号有效（有效、已变更或已更正）的比例；对于首次申请后才登记的数据资源，自首次申请至登记的平均天数。</translation>
    </message>
    <message>
        <source>requested resources</source>
        <translation>所申请数据资源</translation>
    </message>
    <message>
        <source>with an active code</source>
        <translation>登记编号有效</translation>
    </message>
    <message>
        <source>average days to register</source>
        <translation>平均登记天数</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>产品服务</translation>
    </message>
    <message>
        <source>Data products and services with calls in the period (calls feed, by the month a record starts), the units called, and active users (per product its highest monthly figure, summed).</source>
        <translation>统计期内有调用的数据产品和服务（调用数据源，按记录开始的月份计）、调用单位数及活跃用户数（每个产品取其月度最高值后加总）。</translation>
    </message>
    <message>
        <source>products and services</source>
        <translation>产品和服务数</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <source>active users</source>
        <translation>活跃用户数</translation>
    </message>
    <message>
        <source>Social benefit</source>
        <translation>社会效益</translation>
    </message>
    <message>
        <source>Share of calls in the period provided free for public-interest use (calls feed); public-interest scenarios (use classes free of charge under the fee rules) authorized during the period.</source>
        <translation>统计期内为公益用途免费提供的调用占比（调用数据源）；统计期内获得授权的公益场景（按收费规则属于免费用途分类的场景）。</translation>
    </message>
    <message>
        <source>free public-interest calls</source>
        <translation>公益免费调用</translation>
    </message>
    <message>
        <source>public-interest scenarios</source>
        <translation>公益场景</translation>
    </message>
    <message>
        <source>Economic benefit</source>
        <translation>经济效益</translation>
    </message>
    <message>
        <source>Revenue in the period (calls feed); for each operator with a maximum allowed revenue (MAR) in the fee rules in force at the end of the period, its revenue under those rules against the MAR; call records priced over the cap (revenue above cap price × charged units).</source>
        <translation>统计期内的收入（调用数据源）；对统计期末有效收费规则中设定了最高准许收入（MAR）的各运营机构，将其按该规则计算的收入与最高准许收入对比；价格超过上限的调用记录（超出部分 = 收入 − 上限收费标准 × 计费数量）。</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>maximum allowed revenue</source>
        <translation>最高准许收入</translation>
    </message>
    <message>
        <source>revenue counted against the MAR</source>
        <translation>计入最高准许收入的收入</translation>
    </message>
    <message>
        <source>revenue vs MAR</source>
        <translation>收入占最高准许收入的比例</translation>
    </message>
    <message>
        <source>operators over their MAR</source>
        <translation>超过最高准许收入的运营机构</translation>
    </message>
    <message>
        <source>price-over-cap violations</source>
        <translation>价格超上限违规</translation>
    </message>
    <message>
        <source>Security controls</source>
        <translation>管控措施</translation>
    </message>
    <message>
        <source>authorized scenarios</source>
        <translation>授权场景</translation>
    </message>
    <message>
        <source>with platform call logs</source>
        <translation>有平台调用日志</translation>
    </message>
    <message>
        <source>Security incidents</source>
        <translation>安全事件</translation>
    </message>
    <message>
        <source>Incidents opened in the period by severity (incidents feed); average hours from opening to the first response and days to closure; incidents open on the evaluation day.</source>
        <translation>统计期内按严重程度统计的新发安全事件（安全事件数据源）；自发生至首次响应的平均小时数和至关闭的平均天数；评估日仍未关闭的安全事件。</translation>
    </message>
    <message>
        <source>average hours to response</source>
        <translation>平均响应小时数</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>average days to closure</source>
        <translation>平均关闭天数</translation>
    </message>
    <message>
        <source>open on the evaluation day</source>
        <translation>评估日未关闭</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>安全事件数</translation>
    </message>
    <message>
        <source>Authorization procedure</source>
        <translation>授权程序</translation>
    </message>
    <message>
        <source>Resource supply</source>
        <translation>资源供给</translation>
    </message>
    <message>
        <source>Operating benefit</source>
        <translation>运营效益</translation>
    </message>
    <message>
        <source>Data security</source>
        <translation>数据安全</translation>
    </message>
    <message>
        <source>minutes of the collective decision</source>
        <translation>集体决策会议纪要</translation>
    </message>
    <message>
        <source>legality review</source>
        <translation>合法性审查</translation>
    </message>
    <message>
        <source>risk assessment</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <source>recusal</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>general (Level IV)</source>
        <translation>一般（Ⅳ级）</translation>
    </message>
    <message>
        <source>relatively major (Level III)</source>
        <translation>较大（Ⅲ级）</translation>
    </message>
    <message>
        <source>major (Level II)</source>
        <translation>重大（Ⅱ级）</translation>
    </message>
    <message>
        <source>especially major (Level I)</source>
        <translation>特别重大（Ⅰ级）</translation>
    </message>
    <message>
        <source>Counted Monday to Friday only: the holiday calendar does not cover %1.</source>
        <translation>仅按周一至周五计算：节假日日历未包含 %1 年。</translation>
    </message>
    <message>
        <source>Agreement overdue</source>
        <translation>运营协议逾期未签</translation>
    </message>
    <message>
        <source>Disclosure overdue</source>
        <translation>逾期未公开</translation>
    </message>
    <message>
        <source>Used after revocation</source>
        <translation>撤销后仍在使用</translation>
    </message>
    <message>
        <source>No operation agreement of %1 is recorded; it was due by %2, %3 day(s) ago.</source>
        <translation>%1 未登记运营协议，应于 %2 前签订，已逾期 %3 天。</translation>
    </message>
    <message>
        <source>The authorization of %1 is not filed; the filing was due by %2, %3 day(s) ago.</source>
        <translation>%1 的授权尚未备案，应于 %2 前备案，已逾期 %3 天。</translation>
    </message>
    <message>
        <source>The authorization of %1 is not made public; the disclosure was due by %2, %3 day(s) ago.</source>
        <translation>%1 的授权尚未公开，应于 %2 前公开，已逾期 %3 天。</translation>
    </message>
    <message>
        <source>The deadline is a GrantDesk default, not a rule of the briefing.</source>
        <translation>该期限为 GrantDesk 默认值，并非简报规定。</translation>
    </message>
    <message>
        <source>Beyond the holiday calendar&apos;s years, working days were counted Monday to Friday.</source>
        <translation>超出节假日日历所覆盖年份的部分按周一至周五计算工作日。</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>The authorization of %1 was %2 on %3, but %4 calls were recorded after it in %5 record(s).</source>
        <translation>%1 的授权已于 %3 %2，但此后仍有 %5 条记录共 %4 次调用。</translation>
    </message>
    <message>
        <source>%1 has earned %2 under %3 in the pricing period from %4, more than its maximum allowed revenue of %5 (by %6).</source>
        <translation>%1 在 %3 自 %4 起的定价周期内收入 %2，超过其最高准许收入 %5（超出 %6）。</translation>
    </message>
    <message>
        <source>Security incident %1 (%2) has been open for %3 days since %4, more than the %5 days allowed.</source>
        <translation>安全事件 %1（%2）自 %4 起已持续 %3 天未关闭，超过允许的 %5 天。</translation>
    </message>
    <message>
        <source>Collective decisions</source>
        <translation>三重一大</translation>
    </message>
    <message>
        <source>Share of implementation plans and operation agreements decided in the period that are filed by the evaluation day; average days from the decision to the filing (the filings feed, and the agreements and filings the office recorded in an authorization&apos;s life).</source>
        <translation>统计期内作出决定的实施方案和运营协议中，截至评估日已备案的比例；从决定到备案的平均天数（来源：备案数据源，以及授权后续环节中登记的运营协议和备案）。</translation>
    </message>
    <message>
        <source>Share of authorized scenarios in force during the period with the MLPS level their data requires (2 for general, 3 for important, 4 for core data), a passed commercial cryptography assessment where level 3 or above is required, and an emergency plan; how many of them have their calls logged by the platform (calls feed).</source>
        <translation>统计期内有效的授权场景中，达到其数据所要求的等保等级（一般数据二级、重要数据三级、核心数据四级）、要求三级及以上时通过商用密码应用安全性评估（密评）并具备应急预案的比例；其中调用由平台记录日志的场景数（调用数据源）。</translation>
    </message>
    <message>
        <source>with valid MLPS level and cryptography assessment</source>
        <translation>等保和密评有效</translation>
    </message>
</context>
<context>
    <name>MonitoringDashboard</name>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登记</translation>
    </message>
</context>
<context>
    <name>MonitoringSettingsPage</name>
    <message>
        <source>Risk alert thresholds</source>
        <translation>风险预警阈值</translation>
    </message>
    <message>
        <source>Authorization &amp;expiring within:</source>
        <translation>授权即将到期的天数(&amp;E)：</translation>
    </message>
    <message>
        <source>An authorization or agreement that ends within this many days raises &quot;expiring&quot; (critical within 7 days)</source>
        <translation>授权或协议在此天数内到期时发出“即将到期”预警（7 天内为严重）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Incident open longer than:</source>
        <translation>安全事件未关闭超过(&amp;I)：</translation>
    </message>
    <message>
        <source>A security incident still open after this many days raises an alert</source>
        <translation>安全事件超过此天数仍未关闭时发出预警</translation>
    </message>
    <message>
        <source>&amp;Filing due within:</source>
        <translation>备案期限(&amp;F)：</translation>
    </message>
    <message>
        <source>A plan or agreement not filed this many working days after its decision is overdue (statutory holidays and make-up working days counted)</source>
        <translation>实施方案或协议在决定后超过此工作日数仍未备案即为逾期（已计入法定节假日和调休上班日）</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Annual &amp;disclosure due by:</source>
        <translation>年度信息披露截止日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Implementing bodies and operators publish the prior year&apos;s information by this day (31 March)</source>
        <translation>实施机构和运营机构应于此日期（3 月 31 日）前披露上一年度信息</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Watched feed folder</source>
        <translation>监视的数据源文件夹</translation>
    </message>
    <message>
        <source>Feed files (calls, incidents, filings; JSON or CSV) that an operation platform drops into this folder are imported while GrantDesk runs, each file once, with the same checks as File → Import. Leave empty to watch no folder.</source>
        <translation>运营平台放入此文件夹的数据源文件（调用、安全事件、备案；JSON 或 CSV）会在授权审核台运行时自动导入，每个文件只导入一次，检查与“文件 → 导入”相同。留空则不监视任何文件夹。</translation>
    </message>
    <message>
        <source>No folder watched</source>
        <translation>未监视文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>Officer</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Officer profile</source>
        <translation>审核人员信息</translation>
    </message>
    <message>
        <source>Every event in the audit trail names the officer who did it. Reviews and approvals are done by different officers (four eyes).</source>
        <translation>审计日志中的每条记录均载明经办人员。初审与复核须由不同人员完成（双人审核）。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>初审人(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Approver</source>
        <translation>复核人(&amp;A)</translation>
    </message>
    <message>
        <source>The roles choose what GrantDesk offers you. Agreeing or sending back is signed with your key, whose certificate the trust store must trust.</source>
        <translation>角色只决定 GrantDesk 向您提供哪些操作。同意或退回须以您的密钥签名，且其证书须为信任库所信任。</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints of your own certificates, recorded when a key is made or imported in Tools → Settings… → Signing</source>
        <translation>您本人证书的 SHA-256 指纹，在“工具 → 设置… → 签名”中生成或导入密钥时记录</translation>
    </message>
</context>
<context>
    <name>OfficerGroups</name>
    <message>
        <source>reviewer</source>
        <translation>初审人</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Officers</name>
    <message>
        <source>a login name is 1 to 63 lower-case letters, digits and _, starting with a letter</source>
        <translation>登录名须为 1 至 63 个小写字母、数字或下划线，以字母开头</translation>
    </message>
    <message>
        <source>names starting with grantdesk_ or pg_ are the server&apos;s own</source>
        <translation>以 grantdesk_ 或 pg_ 开头的名称为服务器保留</translation>
    </message>
    <message>
        <source>not a GrantDesk role; one of reviewer, approver, administrator</source>
        <translation>不是 GrantDesk 角色；应为 reviewer、approver、administrator 之一</translation>
    </message>
    <message>
        <source>the officer needs a name</source>
        <translation>须填写审核人员姓名</translation>
    </message>
    <message>
        <source>the password must have at least 12 characters</source>
        <translation>密码至少须有 12 个字符</translation>
    </message>
    <message>
        <source>is an officer here already; grant or revoke roles instead</source>
        <translation>已是此处的审核人员；请改为授予或撤销角色</translation>
    </message>
    <message>
        <source>is a superuser of the server, whom its checks do not bind (four eyes among them); give the officer a login of their own</source>
        <translation>是服务器的超级用户，不受其检查约束（包括双人复核）；请为该审核人员另设登录名</translation>
    </message>
    <message>
        <source>exists on the server but may not log in</source>
        <translation>已存在于服务器上，但不允许登录</translation>
    </message>
    <message>
        <source>the login exists on this server already (from another database, or made by its administrator) and keeps its own password: add it without one (--no-password)</source>
        <translation>该登录名已存在于此服务器上（来自另一个数据库，或由其管理员创建），并保留其原有密码：请不带密码添加（--no-password）</translation>
    </message>
    <message>
        <source>the embedded database has no officers: whoever holds its file holds every role. Officers belong to an office server (postgresql://…)</source>
        <translation>内置数据库没有审核人员账户：持有该文件者即拥有全部角色。审核人员账户属于办公服务器</translation>
    </message>
</context>
<context>
    <name>PackageController</name>
    <message>
        <source>Review packages (*.gdpkg)</source>
        <translation>审核数据包 (*.gdpkg)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>GrantDesk</source>
        <translation>授权审核台</translation>
    </message>
</context>
<context>
    <name>PackageVerify</name>
    <message>
        <source>reviewer</source>
        <translation>初审人</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>signer not in the trust store</source>
        <translation>签署人不在信任库中</translation>
    </message>
    <message>
        <source>certificate unreadable</source>
        <translation>证书无法读取</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2)</source>
        <translation>%1 不是 JSON 对象（%2）</translation>
    </message>
    <message>
        <source>%1: certificate unreadable (%2)</source>
        <translation>%1：证书无法读取（%2）</translation>
    </message>
    <message>
        <source>%1 is not the certificate as it was written (edited or re-encoded)</source>
        <translation>%1 不是写入时的证书（已被编辑或重新编码）</translation>
    </message>
    <message>
        <source>the certificate is not the one signed for (its SHA-256 %1 is not certSha256 %2)</source>
        <translation>证书不是签署时所用的证书（其 SHA-256 %1 与 certSha256 %2 不符）</translation>
    </message>
    <message>
        <source>the signature over %1 does not verify (%2)</source>
        <translation>对 %1 的签名验证失败（%2）</translation>
    </message>
    <message>
        <source>%1: format is not %2</source>
        <translation>%1：格式不是 %2</translation>
    </message>
    <message>
        <source>%1: signed for role &quot;%2&quot;</source>
        <translation>%1：签署角色为“%2”，与本签名文件不符</translation>
    </message>
    <message>
        <source>%1: algorithm &quot;%2&quot; is not the certificate&apos;s</source>
        <translation>%1：算法“%2”与证书不符</translation>
    </message>
    <message>
        <source>manifest.json is missing</source>
        <translation>缺少 manifest.json</translation>
    </message>
    <message>
        <source>manifest.json is not the manifest that was signed (modified)</source>
        <translation>manifest.json 不是签署时的清单（已被修改）</translation>
    </message>
    <message>
        <source>%1: signedAt &quot;%2&quot; is not a UTC time</source>
        <translation>%1：signedAt“%2”不是 UTC 时间</translation>
    </message>
    <message>
        <source>the certificate&apos;s own signature does not verify (%1)</source>
        <translation>证书自身的签名验证失败（%1）</translation>
    </message>
    <message>
        <source>the certificate was issued by %1, which is not in the trust store: its signature cannot be checked</source>
        <translation>证书由 %1 签发，该签发者不在信任库中，无法核验其签名</translation>
    </message>
    <message>
        <source>signed at %1, before the certificate was valid (from %2)</source>
        <translation>签署时间 %1 早于证书生效时间（%2）</translation>
    </message>
    <message>
        <source>signed at %1, after the certificate expired (%2)</source>
        <translation>签署时间 %1 晚于证书到期时间（%2）</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object (%1)</source>
        <translation>manifest.json 不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>manifest.json: format is not %1</source>
        <translation>manifest.json：格式不是 %1</translation>
    </message>
    <message>
        <source>%1: not a member entry (path, size, sha256, sm3)</source>
        <translation>%1：不是有效的成员条目（path、size、sha256、sm3）</translation>
    </message>
    <message>
        <source>%1: lists %2, which a manifest cannot cover</source>
        <translation>%1：列出了清单不能涵盖的 %2</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice</source>
        <translation>%1：%2 重复列出</translation>
    </message>
    <message>
        <source>SHA-256 differs</source>
        <translation>SHA-256 不一致</translation>
    </message>
    <message>
        <source>SM3 differs</source>
        <translation>SM3 不一致</translation>
    </message>
    <message>
        <source>the reviewer&apos;s signature is missing</source>
        <translation>缺少初审人签名</translation>
    </message>
    <message>
        <source>INVALID: not a readable package: %1</source>
        <translation>无效：不是可读取的数据包：%1</translation>
    </message>
    <message>
        <source>%1 modified</source>
        <translation>%1 被修改</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 缺失</translation>
    </message>
    <message>
        <source>%1 unexpected</source>
        <translation>%1 多余</translation>
    </message>
    <message>
        <source>%1 signature invalid</source>
        <translation>%1 签名无效</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>valid and approved</source>
        <translation>有效，已复核签名</translation>
    </message>
    <message>
        <source>valid and approved, signer not trusted</source>
        <translation>有效，已复核签名，但签署人不受信任</translation>
    </message>
    <message>
        <source>valid, not countersigned</source>
        <translation>有效，尚未复核签名</translation>
    </message>
    <message>
        <source>valid, signer not trusted</source>
        <translation>有效，但签署人不受信任</translation>
    </message>
    <message>
        <source>damaged: its compressed data cannot be read back intact</source>
        <translation>已损坏：其压缩数据无法完整读出</translation>
    </message>
    <message>
        <source>valid, but not approved: %1</source>
        <translation>有效，但复核签名不成立：%1</translation>
    </message>
    <message>
        <source>the approver&apos;s certificate is the reviewer&apos;s: a countersignature needs a second officer</source>
        <translation>复核人的证书就是初审人的证书：复核签名须由另一名审核人员作出</translation>
    </message>
    <message>
        <source>the approver&apos;s key is the reviewer&apos;s: a countersignature needs a second officer</source>
        <translation>复核人的密钥就是初审人的密钥：复核签名须由另一名审核人员作出</translation>
    </message>
    <message>
        <source>the countersigning certificate&apos;s name &quot;%1&quot; %2</source>
        <translation>复核签名证书的姓名“%1”%2</translation>
    </message>
    <message>
        <source>review.json records no approver, so no one can countersign as the approver</source>
        <translation>review.json 未记载复核人，任何人都不能作为复核人签名</translation>
    </message>
    <message>
        <source>review.json: approver: &quot;%1&quot; %2</source>
        <translation>review.json：复核人“%1”%2</translation>
    </message>
    <message>
        <source>the countersigning certificate names %1, but review.json records %2 as the approver</source>
        <translation>复核签名证书载明的是 %1，而 review.json 记载的复核人是 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>%1 is not written as GrantDesk writes it (canonical JSON): it was edited or re-encoded</source>
        <translation>%1 不是 GrantDesk 写出的形式（规范 JSON）：已被编辑或重新编码</translation>
    </message>
    <message>
        <source>review.json and manifest.json disagree on the %1: &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>review.json 与 manifest.json 的%1不一致：“%2”与“%3”</translation>
    </message>
    <message>
        <source>application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>the %1&apos;s signature is made by %2, but review.json records %3 as the %1</source>
        <translation>%1签名由 %2 作出，但 review.json 记录的%1是 %3</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>review.pdf and review.json disagree on the %1: &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>review.pdf 与 review.json 的%1不一致：“%2”与“%3”</translation>
    </message>
    <message>
        <source>the approver&apos;s certificate&apos;s name &quot;%1&quot; %2</source>
        <translation>复核人证书中的名称“%1”%2</translation>
    </message>
    <message>
        <source>no approver is named: set your name in the officer profile</source>
        <translation>未指明复核人：请在工作人员信息中填写您的姓名</translation>
    </message>
    <message>
        <source>the approver&apos;s name &quot;%1&quot; %2</source>
        <translation>复核人姓名“%1”%2</translation>
    </message>
    <message>
        <source>the key&apos;s certificate names %1, not the approver %2: an officer signs only with their own key</source>
        <translation>密钥的证书载明的是 %1，而非复核人 %2：工作人员只能以本人的密钥签名</translation>
    </message>
    <message>
        <source>%1 B instead of %2 B</source>
        <translation>%1 B，应为 %2 B</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ReadOnlyMode</name>
    <message>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>The database is open read-only: %1. Nothing is written to it.</source>
        <translation>数据库以只读方式打开：%1。不会向其写入任何内容。</translation>
    </message>
    <message>
        <source>Read-only:</source>
        <translation>只读：</translation>
    </message>
    <message>
        <source>the database is open read-only (%1). You can search, open and check cases, verify packages and the audit trail; importing, editing reviews, submitting, agreeing, signing, countersigning and acknowledging alerts are off.</source>
        <translation>数据库以只读方式打开（%1）。可以检索、打开和查看案件，校验数据包和审计日志；导入、编辑审核、提交、同意、签署、复核签名和确认预警均不可用。</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Registered (changed)</source>
        <translation>已变更</translation>
    </message>
    <message>
        <source>Registered (corrected)</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>未登记</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <source>Review Record</source>
        <translation>审核记录</translation>
    </message>
    <message>
        <source>The review record cannot be printed: %1</source>
        <translation>无法打印审核记录：%1</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>无法启动打印机</translation>
    </message>
    <message>
        <source>Print Preview: Review Record %1 v%2</source>
        <translation>打印预览：审核记录 %1 v%2</translation>
    </message>
    <message>
        <source>Print Review Record</source>
        <translation>打印审核记录</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>The review record can be printed once the approver has agreed</source>
        <translation>复核人同意后方可打印审核记录</translation>
    </message>
    <message>
        <source>Preview or print the review record as it is filed in the signed package</source>
        <translation>预览或打印签名数据包中归档的审核记录</translation>
    </message>
</context>
<context>
    <name>ReturnNotice</name>
    <message>
        <source>Notice of return for revision</source>
        <translation>退回修改通知书</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>致：%1</translation>
    </message>
    <message>
        <source>Your application %1, version %2, for the scenario &quot;%3&quot; has been reviewed and is returned for revision for the reasons below.</source>
        <translation>贵单位提交的“%3”场景授权申请（编号 %1，第 %2 版）经审核，因下列原因退回修改。</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>退回原因：</translation>
    </message>
    <message>
        <source>Checklist items not met:</source>
        <translation>不符合的审核事项：</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>第 %1 项：%2</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Please correct the application and resubmit it as a new version of the same application number %1, with version number %2. The parts not affected by the changes need not be prepared again.</source>
        <translation>请按上述意见修改后，以原申请编号 %1 重新提交，版本号为 %2。未涉及修改的部分无须重新准备。</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Formal check</source>
        <translation>形式审查</translation>
    </message>
    <message>
        <source>Data resources</source>
        <translation>数据资源</translation>
    </message>
    <message>
        <source>Security review</source>
        <translation>安全审查</translation>
    </message>
    <message>
        <source>Mode fit</source>
        <translation>模式适配</translation>
    </message>
    <message>
        <source>Fee calculation</source>
        <translation>费用测算</translation>
    </message>
    <message>
        <source>Review opinion</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未作结论</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Collective-decision checklist</source>
        <translation>“三重一大”审核清单</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Change verdict of item %1</source>
        <translation>修改第 %1 项结论</translation>
    </message>
    <message>
        <source>Edit rationale of item %1</source>
        <translation>编辑第 %1 项理由</translation>
    </message>
    <message>
        <source>Change evidence of item %1</source>
        <translation>修改第 %1 项证据</translation>
    </message>
    <message>
        <source>Confirm suggestion for item %1</source>
        <translation>确认第 %1 项建议</translation>
    </message>
    <message>
        <source>Change answer to item %1</source>
        <translation>修改第 %1 项答复</translation>
    </message>
    <message>
        <source>Change proposed decision</source>
        <translation>修改拟定结论</translation>
    </message>
    <message>
        <source>Edit conditions</source>
        <translation>编辑附加条件</translation>
    </message>
    <message>
        <source>Edit reasons</source>
        <translation>编辑理由</translation>
    </message>
    <message>
        <source>Edit review opinion</source>
        <translation>编辑审核意见</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
</context>
<context>
    <name>ReviewDocument</name>
    <message>
        <source>the review is not open for editing (status: %1)</source>
        <translation>审核当前不可编辑（状态：%1）</translation>
    </message>
    <message numerus="yes">
        <source>cannot be submitted for approval, %n item(s) missing: %1</source>
        <translation>
            <numerusform>尚有 %n 项未完成，不能提交复核：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not hold the reviewer role and cannot start a review.</source>
        <translation>%1 不具有初审人角色，不能开始审核。</translation>
    </message>
    <message>
        <source>Say why the case goes back to the reviewer: one reason at least.</source>
        <translation>请说明退回初审的原因，至少填写一条。</translation>
    </message>
    <message numerus="yes">
        <source>cannot be agreed, the review is incomplete, %n item(s) missing: %1</source>
        <translation>
            <numerusform>审核不完整，不能同意，缺少 %n 项：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Its review has not been started, and the database is open read-only: nothing can be changed.</source>
        <translation>该申请的审核尚未开始，而数据库以只读方式打开：不能作任何更改。</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>this database has no such application version</source>
        <translation>本数据库中没有该申请版本</translation>
    </message>
    <message>
        <source>Only a decided case can be signed and exported; this case is &quot;%1&quot;.</source>
        <translation>只有已决定的案件才能签署和导出；本案件当前为“%1”。</translation>
    </message>
    <message>
        <source>The signing certificate names no one (it has no common name).</source>
        <translation>签名证书未载明签署人（没有通用名称）。</translation>
    </message>
    <message>
        <source>%1 reviewed this case and only the reviewer signs its package; the signing certificate names %2.</source>
        <translation>本案件由 %1 初审，数据包只能由初审人签署；签名证书载明的是 %2。</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>%1 signed this package as the reviewer; another officer must countersign it (four eyes).</source>
        <translation>%1 已作为初审人签署本数据包，须由另一名审核人员复核签名（双人审核）。</translation>
    </message>
    <message>
        <source>%1 reviewed this case; another officer must countersign it (four eyes).</source>
        <translation>本案件由 %1 初审，须由另一名审核人员复核签名（双人审核）。</translation>
    </message>
    <message>
        <source>this package is not one exported for %1 from this database (its manifest is not in the audit trail)</source>
        <translation>本数据包不是从本数据库为 %1 导出的数据包（其清单不在审计日志中）</translation>
    </message>
    <message>
        <source>%1; the change is recorded and the file will be written when the database is next opened</source>
        <translation>%1；此项变更已记录，文件将在下次打开数据库时写入</translation>
    </message>
    <message numerus="yes">
        <source>the review is incomplete, %n item(s) missing: %1</source>
        <translation>
            <numerusform>审核不完整，缺少 %n 项：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>the audit trail moved on while the package was made; export it again</source>
        <translation>生成审核包期间审计日志已有新事件，请重新导出</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>Review Record of a Scenario Application for Authorized Operation of Public Data Resources</source>
        <translation>公共数据资源授权运营场景申请审核记录</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Application %1 · version %2</source>
        <translation>申请 %1 · 第 %2 版</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Authorization mode</source>
        <translation>授权模式</translation>
    </message>
    <message>
        <source>Use class</source>
        <translation>用途分类</translation>
    </message>
    <message>
        <source>Authorization period</source>
        <translation>授权起止日期</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>初审人</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>Checklist version</source>
        <translation>审核清单版本</translation>
    </message>
    <message>
        <source>Fee rules version</source>
        <translation>收费规则版本</translation>
    </message>
    <message>
        <source>This record was produced by GrantDesk from the review as decided. The machine-readable review.json and the application&apos;s attachments are filed with it in the same signed package.</source>
        <translation>本记录由授权审核台根据已决定的审核生成。机器可读的 review.json 及申请附件与本记录一并归档于同一签名数据包中。</translation>
    </message>
    <message>
        <source>GrantDesk found the application formally complete.</source>
        <translation>经授权审核台检查，申请材料形式完备。</translation>
    </message>
    <message>
        <source>Confirmed by the reviewer</source>
        <translation>初审人已确认</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>初审人备注</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>The application has no attachments.</source>
        <translation>本申请无附件。</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
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
        <source>Justified</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>Excessive</source>
        <translation>超出必要范围</translation>
    </message>
    <message>
        <source>The application requests no data resources.</source>
        <translation>本申请未申请数据资源。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Resource / registration code</source>
        <translation>数据资源 / 登记编号</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>数源单位</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>数据分级</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付方式</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记情况</translation>
    </message>
    <message>
        <source>Minimum necessity</source>
        <translation>最小必要</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未作结论</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>审查事项</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>%1 met, %2 not met, %3 not applicable.</source>
        <translation>符合 %1 项，不符合 %2 项，不适用 %3 项。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>MLPS level</source>
        <translation>等保等级</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>第 %1 级</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Cryptography assessment</source>
        <translation>商用密码应用安全性评估</translation>
    </message>
    <message>
        <source>Security officer</source>
        <translation>安全负责人</translation>
    </message>
    <message>
        <source>Incidents in the last 3 years</source>
        <translation>近 3 年安全事件</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>GrantDesk&apos;s security rules found nothing to report.</source>
        <translation>授权审核台的安全规则未发现需要报告的问题。</translation>
    </message>
    <message>
        <source>Reviewer&apos;s findings</source>
        <translation>初审人审查意见</translation>
    </message>
    <message>
        <source>Weighted comparison of the three authorization modes (mode table %1). Totals are on the 4–20 scale of the table whatever the weights.</source>
        <translation>三种授权模式加权比较（模式评分表 %1）。无论权重如何，合计均按评分表的 4–20 分制计算。</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>授权模式</translation>
    </message>
    <message>
        <source>%1
(weight %2)</source>
        <translation>%1
（权重 %2）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Weighted totals and scores per dimension</source>
        <translation>各维度加权合计与评分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>(declared)</source>
        <translation>（申报）</translation>
    </message>
    <message>
        <source>(chosen)</source>
        <translation>（选定）</translation>
    </message>
    <message>
        <source> (declared)</source>
        <translation>（申报）</translation>
    </message>
    <message>
        <source>Adjusted scores</source>
        <translation>调整后的评分</translation>
    </message>
    <message>
        <source>* %1 / %2: %3 — %4</source>
        <translation>* %1 / %2：%3 — %4</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>加权合计</translation>
    </message>
    <message>
        <source>Declared mode</source>
        <translation>申报的授权模式</translation>
    </message>
    <message>
        <source>Main mode chosen by the reviewer</source>
        <translation>初审人选定的主要模式</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>The application asks for no priced product; no operation service fee applies.</source>
        <translation>本申请未申请收费产品，不收取公共数据运营服务费。</translation>
    </message>
    <message>
        <source>The review stored no fee; it was computed for this record under the fee rules effective on the decision date.</source>
        <translation>审核中未保存费用；本记录中的费用按决定日期有效的收费规则计算。</translation>
    </message>
    <message>
        <source>small or micro business</source>
        <translation>小微企业</translation>
    </message>
    <message>
        <source>priority scenario</source>
        <translation>重点支持场景</translation>
    </message>
    <message>
        <source>Fee rules</source>
        <translation>收费规则</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品/服务</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Discount conditions</source>
        <translation>优惠条件</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>审核日期</translation>
    </message>
    <message>
        <source>Progressive bands</source>
        <translation>累进阶梯</translation>
    </message>
    <message>
        <source>Fixed fee</source>
        <translation>固定费用</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>优惠前费用</translation>
    </message>
    <message>
        <source>Discount %1% (%2)</source>
        <translation>优惠 %1%（%2）</translation>
    </message>
    <message>
        <source>Fee (rounded to the fen)</source>
        <translation>费用（精确到分）</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price (yuan)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Operation service fee: %1 (gross %2)</source>
        <translation>公共数据运营服务费：%1（优惠前 %2）</translation>
    </message>
    <message>
        <source>How the fee was computed</source>
        <translation>费用计算过程</translation>
    </message>
    <message>
        <source>Fee against quantity</source>
        <translation>费用随数量变化</translation>
    </message>
    <message>
        <source>Quantity (%1)</source>
        <translation>数量（%1）</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Fee after discounts</source>
        <translation>优惠后费用</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请数量</translation>
    </message>
    <message>
        <source>Reviewer&apos;s proposal</source>
        <translation>初审人拟定结论</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>附加条件</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Review opinion</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Approver&apos;s opinion</source>
        <translation>复核人意见</translation>
    </message>
    <message>
        <source>Approver&apos;s comment</source>
        <translation>复核人备注</translation>
    </message>
    <message>
        <source>Signatures and audit</source>
        <translation>签署与审计</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Signature: see the package&apos;s signatures/ folder</source>
        <translation>签名：见数据包的 signatures/ 文件夹</translation>
    </message>
    <message>
        <source>Reviewer (first review)</source>
        <translation>初审人（初审）</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>提交复核</translation>
    </message>
    <message>
        <source>Approver (second review)</source>
        <translation>复核人（复核）</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>复核同意</translation>
    </message>
    <message>
        <source>Audit trail and rules</source>
        <translation>审计日志与规则</translation>
    </message>
    <message>
        <source>checklist %1</source>
        <translation>审核清单 %1</translation>
    </message>
    <message>
        <source>mode table %1</source>
        <translation>模式评分表 %1</translation>
    </message>
    <message>
        <source>fee rules %1</source>
        <translation>收费规则 %1</translation>
    </message>
    <message>
        <source>Audit trail head</source>
        <translation>审计日志链头</translation>
    </message>
    <message>
        <source>event %1, SM3 %2</source>
        <translation>事件 %1，SM3 %2</translation>
    </message>
    <message>
        <source>Rule versions</source>
        <translation>规则版本</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>The audit trail is a hash chain (SM3): each event&apos;s hash covers the previous one, so the head above pins every recorded edit of this review up to its decision.</source>
        <translation>审计日志为哈希链（SM3）：每个事件的哈希值都涵盖前一事件，因此上述链头锁定了本审核直至作出决定时的每一次记录在案的修改。</translation>
    </message>
    <message>
        <source>%1 · %2 version %3</source>
        <translation>%1 · %2 第 %3 版</translation>
    </message>
    <message>
        <source>Recorded as not charged: the use class is free of charge.</source>
        <translation>已记录为不收费：该使用类别免费。</translation>
    </message>
    <message>
        <source>File in the package</source>
        <translation>包内文件</translation>
    </message>
    <message>
        <source>SHA-256 of each attachment:</source>
        <translation>各附件的 SHA-256 摘要：</translation>
    </message>
    <message>
        <source>Review of the authorized-operation application %1, version %2: %3</source>
        <translation>公共数据资源授权运营申请 %1 第 %2 版审核记录：%3</translation>
    </message>
    <message>
        <source>Collective-decision checklist (三重一大), template version %1.</source>
        <translation>“三重一大”事项审核清单，模板版本 %1。</translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Item %1: no verdict</source>
        <translation>第 %1 项：未作结论</translation>
    </message>
    <message>
        <source>Item %1: the suggestion is not confirmed</source>
        <translation>第 %1 项：建议结论尚未确认</translation>
    </message>
    <message>
        <source>Item %1: a rationale is required for %2</source>
        <translation>第 %1 项：结论为“%2”时须填写理由</translation>
    </message>
    <message>
        <source>No proposed decision</source>
        <translation>尚未选择拟定结论</translation>
    </message>
    <message>
        <source>Conditions are required for a conditional approval</source>
        <translation>附条件批准须列明附加条件</translation>
    </message>
    <message>
        <source>Reasons are required to return or reject</source>
        <translation>退回修改或不予批准须说明理由</translation>
    </message>
    <message>
        <source>The review opinion is empty</source>
        <translation>尚未填写审核意见</translation>
    </message>
    <message>
        <source>No implementation plan reference is given.</source>
        <translation>未填写实施方案文号。</translation>
    </message>
    <message>
        <source>not registered: %1</source>
        <translation>未登记：%1</translation>
    </message>
    <message>
        <source>cancelled in the register: %1</source>
        <translation>已注销：%1</translation>
    </message>
    <message>
        <source>All %1 requested resources are registered and in force.</source>
        <translation>申请的 %1 项数据资源均已登记且有效。</translation>
    </message>
    <message>
        <source>Requested resources %1.</source>
        <translation>申请的数据资源中，%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 use: free of charge (public interest first).</source>
        <translation>%1用途：无偿使用（公益优先）。</translation>
    </message>
    <message>
        <source>Free use, no fee is charged.</source>
        <translation>无偿使用，不收取费用。</translation>
    </message>
    <message>
        <source>Core data delivered by API leaves the domain: %1.</source>
        <translation>核心数据以接口方式交付，原始数据出域：%1。</translation>
    </message>
    <message>
        <source>%1 (shared from %2)</source>
        <translation>%1（共享自%2）</translation>
    </message>
    <message>
        <source>No requested resource is shared from another agency.</source>
        <translation>申请的数据资源均不涉及部门间共享。</translation>
    </message>
    <message>
        <source>No %1 attachment for shared data: %2.</source>
        <translation>共享数据未附%1：%2。</translation>
    </message>
    <message>
        <source>%1 attached for shared data: %2.</source>
        <translation>共享数据已附%1：%2。</translation>
    </message>
    <message>
        <source>The period of %1 months is longer than the maximum of %2 months.</source>
        <translation>授权期限 %1 个月，超过最长 %2 个月。</translation>
    </message>
    <message>
        <source>The unified social credit code %1 is not valid.</source>
        <translation>统一社会信用代码 %1 无效。</translation>
    </message>
    <message>
        <source>The period ends on %1, not after its start on %2.</source>
        <translation>授权期限截止于 %1，未晚于起始日 %2。</translation>
    </message>
    <message>
        <source>No %1 is attached.</source>
        <translation>未附%1。</translation>
    </message>
    <message>
        <source>The deadline %1 has passed.</source>
        <translation>已超过截止日期 %1。</translation>
    </message>
    <message>
        <source>The applicant has not made the credit declaration.</source>
        <translation>申请单位未作信用声明。</translation>
    </message>
    <message>
        <source>The applicant does not declare a clean credit record.</source>
        <translation>申请单位未声明无严重失信记录。</translation>
    </message>
    <message>
        <source>MLPS level %1 is below the level %2 required for %3.</source>
        <translation>等保等级为第 %1 级，低于%3要求的第 %2 级。</translation>
    </message>
    <message>
        <source>No passed commercial cryptography assessment, although %1 is requested.</source>
        <translation>申请%1，但未通过商用密码应用安全性评估。</translation>
    </message>
    <message>
        <source>Security incidents in the last three years: %1.</source>
        <translation>近三年发生安全事件 %1 起。</translation>
    </message>
    <message>
        <source>No emergency plan.</source>
        <translation>无应急预案。</translation>
    </message>
    <message>
        <source>No security officer is named.</source>
        <translation>未明确安全负责人。</translation>
    </message>
    <message>
        <source>No %1 attachment.</source>
        <translation>未附%1。</translation>
    </message>
    <message>
        <source>the plan %1 fixes %2, the application declares %3</source>
        <translation>实施方案 %1 确定的授权模式为%2，申请填报为%3</translation>
    </message>
    <message>
        <source>the plan&apos;s implementing body is %1, the application names %2</source>
        <translation>实施方案的实施机构为%1，申请填报为%2</translation>
    </message>
    <message>
        <source>The approved plan %1 fixes %2 under %3, as the application declares.</source>
        <translation>已批准的实施方案 %1 确定由%3实施%2，与申请一致。</translation>
    </message>
    <message>
        <source>The operator %1 is one the plan %2 designates.</source>
        <translation>运营机构 %1 是实施方案 %2 确定的运营机构。</translation>
    </message>
    <message>
        <source>The operator %1 is not one the plan %2 designates (%3).</source>
        <translation>运营机构 %1 不是实施方案 %2 确定的运营机构（%3）。</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence&apos;s full stop</comment>
        <translation>%1。</translation>
    </message>
</context>
<context>
    <name>ReviewSave</name>
    <message>
        <source>the proposal</source>
        <translation>拟定决定</translation>
    </message>
    <message>
        <source>%1 was changed by %2 (%3) since you opened the review. Theirs: “%4”. Yours: “%5”.</source>
        <translation>您打开审核后，%1 已由 %2 修改（%3）。对方内容：“%4”。您的内容：“%5”。</translation>
    </message>
    <message>
        <source>Nothing was saved; edit the value to merge both, and it is saved over theirs.</source>
        <translation>本次未保存任何内容；请编辑该项以合并双方内容，保存后将取代对方的内容。</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>Carried over from version %1: confirm</source>
        <translation>沿用第 %1 版的结论，请确认</translation>
    </message>
</context>
<context>
    <name>SigningSettingsPage</name>
    <message>
        <source>unsupported key type</source>
        <translation>不支持的密钥类型</translation>
    </message>
    <message>
        <source>SM2 with SM3</source>
        <translation>SM2/SM3</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>a byte order mark is not accepted</source>
        <translation>不接受字节顺序标记（BOM）</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>文件不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in this object</source>
        <translation>键“%1”在此对象中出现两次</translation>
    </message>
    <message>
        <source>a NUL character (\u0000) is not accepted</source>
        <translation>不接受 NUL 字符（\u0000）</translation>
    </message>
    <message>
        <source>a lone surrogate (\u%1) is not a character</source>
        <translation>孤立的代理项（\u%1）不是字符</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>no certificate</source>
        <translation>没有证书</translation>
    </message>
    <message>
        <source>the trust store is unreadable: %1</source>
        <translation>信任库无法读取：%1</translation>
    </message>
    <message>
        <source>issuer %1 is trusted but not a CA certificate</source>
        <translation>签发者 %1 受信任，但不是 CA 证书</translation>
    </message>
    <message>
        <source>issuer %1 was not valid at %2 (valid %3 to %4)</source>
        <translation>签发者 %1 在 %2 不在有效期内（有效期 %3 至 %4）</translation>
    </message>
    <message>
        <source>signer not in the trust store, nor issued by a CA in it</source>
        <translation>签署人不在信任库中，也不是由信任库中的 CA 签发</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Reviewer</source>
        <translation>初审人</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>被修改</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>unexpected</source>
        <translation>多余</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Whole authorization</source>
        <translation>整体授权</translation>
    </message>
    <message>
        <source>Authorization by domain</source>
        <translation>分领域授权</translation>
    </message>
    <message>
        <source>Authorization by scenario</source>
        <translation>依场景授权</translation>
    </message>
    <message>
        <source>Public governance</source>
        <translation>公共治理</translation>
    </message>
    <message>
        <source>Public interest</source>
        <translation>公益事业</translation>
    </message>
    <message>
        <source>Industry development</source>
        <translation>产业发展</translation>
    </message>
    <message>
        <source>Sector development</source>
        <translation>行业发展</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营机构</translation>
    </message>
    <message>
        <source>General data</source>
        <translation>一般数据</translation>
    </message>
    <message>
        <source>Important data</source>
        <translation>重要数据</translation>
    </message>
    <message>
        <source>Core data</source>
        <translation>核心数据</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>实时</translation>
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
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API 接口</translation>
    </message>
    <message>
        <source>Sandbox / privacy computing</source>
        <translation>沙箱/隐私计算</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Verification only</source>
        <translation>仅核验</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>数据开发利用方案</translation>
    </message>
    <message>
        <source>Security pledge</source>
        <translation>安全承诺书</translation>
    </message>
    <message>
        <source>Authenticity statement</source>
        <translation>真实性声明</translation>
    </message>
    <message>
        <source>Data provider consent</source>
        <translation>数据提供单位同意书</translation>
    </message>
    <message>
        <source>Legality review opinion</source>
        <translation>合法性审查意见</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>风险评估报告</translation>
    </message>
    <message>
        <source>Expert review record</source>
        <translation>专家论证记录</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>per call</source>
        <translation>按次</translation>
    </message>
    <message>
        <source>per item</source>
        <translation>按件</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>按小时</translation>
    </message>
    <message>
        <source>per record</source>
        <translation>按条</translation>
    </message>
    <message>
        <source>Developer and user of data (data merchant)</source>
        <translation>开发利用机构（数据商）</translation>
    </message>
    <message>
        <source>Developer and user of data (own use)</source>
        <translation>开发利用机构（自用）</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Countersigned</source>
        <translation>已复核签名</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation>附条件批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>Returned for revision</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Only a received case can be taken into review; this case is &quot;%1&quot;.</source>
        <translation>只有已接收的案件才能开始审核；本案件当前为“%1”。</translation>
    </message>
    <message>
        <source>Only a case in review can be submitted for approval; this case is &quot;%1&quot;.</source>
        <translation>只有审核中的案件才能提交复核；本案件当前为“%1”。</translation>
    </message>
    <message>
        <source>Only a case awaiting approval can be sent back to the reviewer; this case is &quot;%1&quot;.</source>
        <translation>只有待复核的案件才能退回初审；本案件当前为“%1”。</translation>
    </message>
    <message>
        <source>Only a case awaiting approval can be agreed to; this case is &quot;%1&quot;.</source>
        <translation>只有待复核的案件才能复核同意；本案件当前为“%1”。</translation>
    </message>
    <message>
        <source>Only a decided case can be returned to the applicant; this case is &quot;%1&quot;.</source>
        <translation>只有已决定的案件才能退回申请单位；本案件当前为“%1”。</translation>
    </message>
    <message>
        <source>Only a decided case can be signed; this case is &quot;%1&quot;.</source>
        <translation>只有已决定的案件才能签署；本案件当前为“%1”。</translation>
    </message>
    <message>
        <source>Only a signed case can be countersigned; this case is &quot;%1&quot;.</source>
        <translation>只有已签署的案件才能复核签名；本案件当前为“%1”。</translation>
    </message>
    <message>
        <source>Only a countersigned case can be filed; this case is &quot;%1&quot;.</source>
        <translation>只有已复核签名的案件才能归档；本案件当前为“%1”。</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>开始审核</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>提交复核</translation>
    </message>
    <message>
        <source>Send back for rework</source>
        <translation>退回初审</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>复核同意</translation>
    </message>
    <message>
        <source>Return to the applicant</source>
        <translation>退回申请单位</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>复核签名</translation>
    </message>
    <message>
        <source>File</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Agreeing needs a decision: approve, approve with conditions, return for revision or reject.</source>
        <translation>复核同意须选择结论：批准、附条件批准、退回修改或不予批准。</translation>
    </message>
    <message>
        <source>Only a case decided as &quot;%1&quot; goes back to the applicant; this case is decided as &quot;%2&quot;.</source>
        <translation>只有结论为“%1”的案件才退回申请单位；本案件的结论为“%2”。</translation>
    </message>
    <message>
        <source>A case decided as &quot;%1&quot; is not signed; return it to the applicant instead.</source>
        <translation>结论为“%1”的案件不签署，应退回申请单位。</translation>
    </message>
    <message>
        <source>A case without a decision cannot be signed.</source>
        <translation>尚无结论的案件不能签署。</translation>
    </message>
    <message>
        <source>For approval</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Not yet made</source>
        <translation>尚未作出</translation>
    </message>
</context>
<context>
    <name>ZipLayout</name>
    <message>
        <source>truncated ZIP archive (too short)</source>
        <translation>ZIP 归档被截断（过短）</translation>
    </message>
    <message>
        <source>an archive comment is not accepted</source>
        <translation>不接受归档注释</translation>
    </message>
    <message numerus="yes">
        <source>data after the end of the archive (%Ln byte(s))</source>
        <translation>
            <numerusform>归档结束之后还有数据（%Ln 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>truncated ZIP archive (no end of central directory record)</source>
        <translation>ZIP 归档被截断（没有中央目录结束记录）</translation>
    </message>
    <message>
        <source>multi-disk archives are not accepted</source>
        <translation>不接受分卷归档</translation>
    </message>
    <message>
        <source>the end record counts the entries two ways (%1 and %2)</source>
        <translation>结束记录中的条目数前后不一（%1 与 %2）</translation>
    </message>
    <message>
        <source>ZIP64 archives are not accepted</source>
        <translation>不接受 ZIP64 归档</translation>
    </message>
    <message>
        <source>data between the central directory and the end record, or a central directory that is not where the end record says</source>
        <translation>中央目录与结束记录之间有数据，或中央目录不在结束记录所指的位置</translation>
    </message>
    <message>
        <source>central directory entry %1 is damaged</source>
        <translation>中央目录第 %1 项已损坏</translation>
    </message>
    <message>
        <source>central directory entry %1 starts on another disk</source>
        <translation>中央目录第 %1 项位于另一分卷</translation>
    </message>
    <message>
        <source>central directory entry %1 reaches past the central directory</source>
        <translation>中央目录第 %1 项超出中央目录范围</translation>
    </message>
    <message numerus="yes">
        <source>the central directory holds more than the %Ln entry(ies) the end record declares</source>
        <translation>
            <numerusform>中央目录的条目多于结束记录声明的 %Ln 项</numerusform>
        </translation>
    </message>
    <message>
        <source>data before the first member</source>
        <translation>第一个成员之前有数据</translation>
    </message>
    <message>
        <source>%1: its data overlaps another member</source>
        <translation>%1：其数据与另一成员重叠</translation>
    </message>
    <message numerus="yes">
        <source>data before the first member (%Ln byte(s)): another tool would read a different archive</source>
        <translation>
            <numerusform>第一个成员之前有数据（%Ln 字节）：其他工具会读出另一个归档</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: hidden data before this member</source>
        <translation>%1：该成员之前藏有数据</translation>
    </message>
    <message>
        <source>%1: no local header where the central directory says</source>
        <translation>%1：中央目录所指位置没有本地文件头</translation>
    </message>
    <message>
        <source>%1: the local header names another file</source>
        <translation>%1：本地文件头的文件名与中央目录不同</translation>
    </message>
    <message>
        <source>%1: the local header&apos;s flags differ from the central directory&apos;s</source>
        <translation>%1：本地文件头的标志与中央目录不同</translation>
    </message>
    <message>
        <source>%1: the local header&apos;s compression method differs from the central directory&apos;s</source>
        <translation>%1：本地文件头的压缩方法与中央目录不同</translation>
    </message>
    <message>
        <source>%1: the local header&apos;s CRC or sizes differ from the central directory&apos;s</source>
        <translation>%1：本地文件头的 CRC 或大小与中央目录不同</translation>
    </message>
    <message>
        <source>%1: its data reaches into the central directory</source>
        <translation>%1：其数据延伸进中央目录</translation>
    </message>
    <message>
        <source>%1: its data descriptor differs from the central directory</source>
        <translation>%1：其数据描述符与中央目录不同</translation>
    </message>
    <message>
        <source>hidden data between the last member and the central directory</source>
        <translation>最后一个成员与中央目录之间藏有数据</translation>
    </message>
</context>
<context>
    <name>gd::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>The acknowledgement was not saved: %1</source>
        <translation>确认未保存：%1</translation>
    </message>
    <message>
        <source>The acknowledgement of this alert is signed into the audit trail with the key of %1. Its passphrase:</source>
        <translation>对此预警的确认将使用 %1 的密钥签名记入审计日志。请输入其口令：</translation>
    </message>
</context>
<context>
    <name>gd::AdjustScoreDialog</name>
    <message>
        <source>Default score: %1. Choose it again to take the adjustment back.</source>
        <translation>默认评分：%1。再次选择默认评分即撤销调整。</translation>
    </message>
</context>
<context>
    <name>gd::AlertPanel</name>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>确认(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open Subject</source>
        <translation>打开对象(&amp;O)</translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation>全部预警</translation>
    </message>
    <message>
        <source>Show only alerts of this kind</source>
        <translation>只显示此类预警</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <source>Show only alerts of this severity</source>
        <translation>只显示此严重程度的预警</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Record a note that this alert was seen and dealt with</source>
        <translation>记录备注，表明此预警已查看并处理</translation>
    </message>
    <message>
        <source>Show the cases this alert is about in the inbox (Enter)</source>
        <translation>在收件箱中显示此预警涉及的案件（Enter）</translation>
    </message>
    <message>
        <source>Alerts: %1, %2 not acknowledged</source>
        <translation>预警：%1 条，%2 条未确认</translation>
    </message>
    <message>
        <source>No alerts for these cases.</source>
        <translation>这些案件没有预警。</translation>
    </message>
    <message>
        <source>No alert of this kind.</source>
        <translation>没有此类预警。</translation>
    </message>
    <message>
        <source>Acknowledged by %1 on %2: %3</source>
        <translation>%1 于 %2 确认：%3</translation>
    </message>
    <message>
        <source>Edit &amp;Acknowledgement…</source>
        <translation>编辑确认(&amp;A)…</translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation>预警已确认。</translation>
    </message>
    <message>
        <source>No application is linked to this alert (%1).</source>
        <translation>没有申请与此预警关联（%1）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Alerts: being computed…</source>
        <translation>预警：正在计算…</translation>
    </message>
    <message>
        <source>Alerts: %1, %2 not acknowledged · updating…</source>
        <translation>预警：%1 条，%2 条未确认 · 正在更新…</translation>
    </message>
    <message>
        <source>The alerts are being computed.</source>
        <translation>正在计算预警。</translation>
    </message>
    <message>
        <source>The %1 most severe of %2 are listed: choose a kind or a severity to list others.</source>
        <translation>共 %2 条，按严重程度列出前 %1 条；请选择预警类型或严重程度查看其余预警。</translation>
    </message>
</context>
<context>
    <name>gd::ApprovalPanel</name>
    <message>
        <source>Agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回初审</translation>
    </message>
    <message>
        <source>Return notice…</source>
        <translation>退回通知书…</translation>
    </message>
    <message>
        <source>Sent back by the approver</source>
        <translation>复核退回</translation>
    </message>
    <message>
        <source>To send the case back: the reasons, one a line</source>
        <translation>退回初审时填写原因，每行一条</translation>
    </message>
    <message>
        <source>Agree with the proposed decision: the case is decided</source>
        <translation>同意拟定结论，案件办结</translation>
    </message>
    <message>
        <source>Send the case back to the reviewer with the reasons above</source>
        <translation>按上述原因将案件退回初审人</translation>
    </message>
    <message>
        <source>The text to send back to the applicant, to copy or print</source>
        <translation>发给申请单位的退回通知，可复制或打印</translation>
    </message>
    <message>
        <source>The reviewer %1 proposes: %2.</source>
        <translation>初审人 %1 拟定结论：%2。</translation>
    </message>
    <message>
        <source>Not agreed: %1</source>
        <translation>未能同意：%1</translation>
    </message>
    <message>
        <source>✓ Agreed at %1: the application is returned to the applicant. Send them the return notice.</source>
        <translation>✓ 已于 %1 同意：申请退回申请单位修改，请向其发送退回通知书。</translation>
    </message>
    <message>
        <source>✓ Agreed at %1: the case is decided (%2).</source>
        <translation>✓ 已于 %1 同意：案件已决定（%2）。</translation>
    </message>
    <message>
        <source>Not sent back: %1</source>
        <translation>未能退回：%1</translation>
    </message>
    <message numerus="yes">
        <source>✓ Sent back to the reviewer at %1 with %n reason(s).</source>
        <translation>
            <numerusform>✓ 已于 %1 退回初审人，退回原因 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your decision on %1 v%2 is signed with the key of %3. Its passphrase:</source>
        <translation>您对 %1 第 %2 版的决定将以 %3 的密钥签名。请输入口令：</translation>
    </message>
    <message>
        <source>Agree to the review of %1 v%2 by %3 and record your decision as approver %4?</source>
        <translation>同意 %3 对 %1 第 %2 版的初审意见，并以复核人 %4 的身份记录您的决定？</translation>
    </message>
    <message>
        <source>The application is returned to the applicant; your agreement is signed with your key.</source>
        <translation>申请将退回申请人；您的同意以您的密钥签名。</translation>
    </message>
    <message>
        <source>The case is decided as &quot;%1&quot;; your agreement is signed with your key.</source>
        <translation>案件将决定为“%1”；您的同意以您的密钥签名。</translation>
    </message>
    <message numerus="yes">
        <source>Send the review of %1 v%2 back to the reviewer %3 with %n reason(s), as approver %4?</source>
        <translation>
            <numerusform>以复核人 %4 的身份将 %1 第 %2 版的审核退回初审人 %3，理由 %n 条？</numerusform>
        </translation>
    </message>
    <message>
        <source>The case goes back into review; your decision is signed with your key.</source>
        <translation>案件将退回初审；您的决定以您的密钥签名。</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>Write at least one reason above first: the reviewer reads why the case comes back</source>
        <translation>请先在上方至少填写一条理由：审核人需要知道案件退回的原因</translation>
    </message>
</context>
<context>
    <name>gd::ApproverCommentBox</name>
    <message>
        <source>Approver&apos;s comment on “%1”</source>
        <translation>复核人对“%1”的意见</translation>
    </message>
    <message>
        <source>Your comment on this step for the reviewer and the file (optional)</source>
        <translation>您对本步骤的意见，供初审人参阅并存档（选填）</translation>
    </message>
    <message>
        <source>The approver&apos;s comment on this step</source>
        <translation>复核人对本步骤的意见</translation>
    </message>
</context>
<context>
    <name>gd::ChangesPanel</name>
    <message>
        <source>Changes since version %1 (returned), in version %2</source>
        <translation>第 %2 版相对第 %1 版（已退回）的变化</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>+ added: %1</source>
        <translation>+ 新增：%1</translation>
    </message>
    <message>
        <source>− removed: %1</source>
        <translation>− 删除：%1</translation>
    </message>
    <message>
        <source>~ changed: %1</source>
        <translation>~ 变更：%1</translation>
    </message>
    <message>
        <source>+ added: %1 · %2 · SHA-256 %3</source>
        <translation>+ 新增：%1 · %2 · SHA-256 %3</translation>
    </message>
    <message>
        <source>− removed: %1 · %2 · SHA-256 %3</source>
        <translation>− 删除：%1 · %2 · SHA-256 %3</translation>
    </message>
    <message>
        <source>~ replaced: %1 · %2 · SHA-256 %3 → %4</source>
        <translation>~ 替换：%1 · %2 · SHA-256 %3 → %4</translation>
    </message>
    <message>
        <source>No changes: the new version has the same content.</source>
        <translation>无变化：新版本内容与原版本相同。</translation>
    </message>
    <message>
        <source>Fields (%1)</source>
        <translation>字段（%1）</translation>
    </message>
    <message>
        <source>Resources (%1)</source>
        <translation>数据资源（%1）</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>附件（%1）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>field: before → after</comment>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>gd::ChecklistModel</name>
    <message>
        <source>— required</source>
        <translation>— 必填</translation>
    </message>
    <message>
        <source>— where required</source>
        <translation>— 如涉及</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1（建议）</translation>
    </message>
    <message>
        <source>rationale missing</source>
        <translation>缺少理由</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between list items</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Suggested by GrantDesk, not yet confirmed: %1</source>
        <translation>系统建议，尚未确认：%1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>审查事项</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Rationale / evidence</source>
        <translation>理由/证据</translation>
    </message>
    <message>
        <source>%1 (carried over, confirm)</source>
        <translation>%1（沿用，待确认）</translation>
    </message>
    <message>
        <source>Carried over, not yet confirmed: %1</source>
        <translation>沿用，尚未确认：%1</translation>
    </message>
</context>
<context>
    <name>gd::ChecklistPage</name>
    <message>
        <source>Confirm suggestion</source>
        <translation>确认建议</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1（建议）</translation>
    </message>
    <message>
        <source>Make GrantDesk&apos;s suggestion your verdict (%1)</source>
        <translation>采纳系统建议作为本项结论（%1）</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Evidence (attachments)</source>
        <translation>佐证附件</translation>
    </message>
    <message>
        <source>template v%1</source>
        <translation>模板 v%1</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>(where required)</source>
        <translation>（如涉及）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested: %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;建议：%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>* required for %1</source>
        <translation>* 结论为“%1”时必填</translation>
    </message>
    <message>
        <source>Why is this item %1? Required.</source>
        <translation>请说明本项判定为“%1”的理由（必填）。</translation>
    </message>
    <message>
        <source>Counts as evidence for this item</source>
        <translation>可作为本项的佐证</translation>
    </message>
    <message>
        <source>Another attachment of the application</source>
        <translation>申请的其他附件</translation>
    </message>
    <message>
        <source>The application has no attachments.</source>
        <translation>本申请无附件。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Carried over, confirm: %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;沿用，待确认：%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Choose a verdict, then say why.</source>
        <translation>请先选择结论，再说明理由。</translation>
    </message>
    <message>
        <source>Each item needs a verdict and a written rationale, a compliant one too: the signed record says why each item was judged as it was. Verdicts marked “suggested” follow from the application&apos;s data; confirm them or decide otherwise.</source>
        <translation>每一项均须作出结论并书面说明理由（结论为“符合”的也要写明），签名的审核记录据此说明每项为何如此判定。标注“建议”的结论由系统根据申请数据得出，请予以确认或另行判定。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggestion confirmed: %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;已确认建议：%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>This item has no suggestion waiting to be confirmed</source>
        <translation>本项没有待确认的系统建议</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>Take GrantDesk&apos;s verdict and its reason as yours</source>
        <translation>采纳系统建议的结论及其理由</translation>
    </message>
    <message>
        <source>GrantDesk&apos;s reason above stands as the rationale; add your own words if needed.</source>
        <translation>上方系统建议的理由即为本项理由；如有需要，可补充您的说明。</translation>
    </message>
</context>
<context>
    <name>gd::DashboardPage</name>
    <message>
        <source>All implementing bodies</source>
        <translation>全部实施机构</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>全部模式</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>全部运营机构</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Indicator Table</source>
        <translation>指标表</translation>
    </message>
    <message numerus="yes">
        <source>Feed %1 from the watched folder was refused (%n error(s)); nothing was imported.</source>
        <translation>
            <numerusform>监视文件夹中的数据源 %1 被拒收（%n 处错误），未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>统计期：</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>案件：</translation>
    </message>
    <message>
        <source>Scenario domain</source>
        <translation>场景领域</translation>
    </message>
    <message>
        <source>Authorization mode</source>
        <translation>授权模式</translation>
    </message>
    <message>
        <source>Operator (credit code)</source>
        <translation>运营机构（统一社会信用代码）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Dashboard as &amp;PDF…</source>
        <translation>监测看板导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; as CSV…</source>
        <translation>表格“%1”导出为 CSV…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation>实施机构</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>授权模式</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营机构</translation>
    </message>
    <message>
        <source>The monitoring figures could not be computed: %1</source>
        <translation>无法计算监测数据：%1</translation>
    </message>
    <message>
        <source>decisions per month</source>
        <translation>每月决定数</translation>
    </message>
    <message>
        <source>applications per month</source>
        <translation>每月申请数</translation>
    </message>
    <message>
        <source>calls per month</source>
        <translation>每月调用量</translation>
    </message>
    <message>
        <source>incidents per month</source>
        <translation>每月安全事件数</translation>
    </message>
    <message>
        <source>Period %1 to %2 · evaluated on %3 · %4</source>
        <translation>统计期 %1 至 %2 · 评估日 %3 · %4</translation>
    </message>
    <message>
        <source>no watched feed folder (Tools → Settings…)</source>
        <translation>未设置监视的数据源文件夹（工具 → 设置…）</translation>
    </message>
    <message>
        <source>watching %1</source>
        <translation>正在监视 %1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>(nothing in this period)</source>
        <translation>（本期无数据）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases are behind &quot;%1&quot; for this period.</source>
        <translation>本期没有与“%1”对应的案件。</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>No cases are behind &quot;%1&quot;.</source>
        <translation>没有与“%1”对应的案件。</translation>
    </message>
    <message>
        <source>Export Dashboard as PDF</source>
        <translation>将监测看板导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Dashboard saved as %1.</source>
        <translation>监测看板已保存为 %1。</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>PDF 未保存：%1</translation>
    </message>
    <message>
        <source>Export Indicator Table as CSV</source>
        <translation>将指标表导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Table saved as %1.</source>
        <translation>表格已保存为 %1。</translation>
    </message>
    <message>
        <source>The table was not saved: %1</source>
        <translation>表格未保存：%1</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 to date (partial)</source>
        <translation>%1至今（未完）</translation>
    </message>
    <message>
        <source>%1 up to %2 (partial)</source>
        <translation>%1（截至 %2，未完）</translation>
    </message>
    <message>
        <source>Computing the monitoring figures and alerts…</source>
        <translation>正在计算监测指标和预警…</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>the monitoring figures have not been computed yet</source>
        <translation>监测指标尚未计算完成</translation>
    </message>
</context>
<context>
    <name>gd::DatabaseHealth</name>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Put a backup of the database in place of the file; the file is kept beside it</source>
        <translation>用数据库的备份替换该文件；原文件保留在旁边</translation>
    </message>
    <message>
        <source>as asked with --read-only</source>
        <translation>按 --read-only 的要求</translation>
    </message>
    <message numerus="yes">
        <source>The database file %1 is damaged: SQLite&apos;s check found %n problem(s). Work recorded now may be lost; restore the file from a backup.</source>
        <translation>
            <numerusform>数据库文件 %1 已损坏：SQLite 检查发现 %n 处问题。现在记录的工作可能丢失；请从备份恢复该文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database file %1 is not as this GrantDesk makes it: its schema has %n problem(s) (a table, index or trigger missing or changed). Restore the file from a backup.</source>
        <translation>
            <numerusform>数据库文件 %1 与本程序创建的不一致：其结构有 %n 处问题（表、索引或触发器缺失或被改动）。请从备份恢复该文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged database:</source>
        <translation>数据库已损坏：</translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>The office server&apos;s backups are restored by its administrator (pg_restore)</source>
        <translation>办公服务器的备份由其管理员恢复（pg_restore）</translation>
    </message>
</context>
<context>
    <name>gd::DatabaseSettingsPage</name>
    <message>
        <source>This &amp;workstation&apos;s database</source>
        <translation>本工作站的数据库(&amp;W)</translation>
    </message>
    <message>
        <source>The &amp;office server (PostgreSQL)</source>
        <translation>办公服务器（PostgreSQL）(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>A file on this computer: only this workstation sees its cases, and whoever holds the file holds every role.
%1</source>
        <translation>本机上的一个文件：只有本工作站能看到其中的案件，持有该文件的人即拥有全部角色。
%1</translation>
    </message>
    <message>
        <source>host name, or the folder of its socket</source>
        <translation>主机名，或其套接字所在文件夹</translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation>您在服务器上的登录名</translation>
    </message>
    <message>
        <source>only to test; never kept</source>
        <translation>仅用于测试，不会保存</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Officers sign in as their own login, and the server decides what each may do. At the start GrantDesk asks for the password unless the server takes this workstation&apos;s client certificate or ~/.pgpass.</source>
        <translation>审核人员以各自的登录名登录，每人能做什么由服务器决定。启动时授权审核台会询问密码，除非服务器接受本工作站的客户端证书或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>Open now: %1. A change takes effect when GrantDesk starts next.</source>
        <translation>当前打开：%1。更改在授权审核台下次启动时生效。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Name the server: its host name, or the folder of its socket.</source>
        <translation>请填写服务器：主机名，或其套接字所在文件夹。</translation>
    </message>
    <message>
        <source>Name the database on the server.</source>
        <translation>请填写服务器上的数据库名。</translation>
    </message>
    <message>
        <source>Give your login on the server.</source>
        <translation>请填写您在服务器上的登录名。</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <source>Connected as %1 (%2): %3.</source>
        <translation>已连接，身份为 %1（%2）：%3。</translation>
    </message>
    <message>
        <source>no GrantDesk role yet</source>
        <translation>尚无授权审核台角色</translation>
    </message>
    <message>
        <source>GrantDesk opens the chosen database when it starts next. Restart now? Open reviews are saved first.</source>
        <translation>授权审核台将在下次启动时打开所选数据库。现在重新启动吗？已打开的审核会先保存。</translation>
    </message>
</context>
<context>
    <name>gd::DecisionPage</name>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>附条件批准</translation>
    </message>
    <message>
        <source>Return for revision</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Insert template</source>
        <translation>插入模板</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>提交复核</translation>
    </message>
    <message>
        <source>Standard texts</source>
        <translation>常用语</translation>
    </message>
    <message>
        <source>Insert a standard text into the line above, to edit and add</source>
        <translation>将常用语填入上方输入行，可修改后添加</translation>
    </message>
    <message>
        <source>Draft an opinion from the checklist answers and the proposed decision</source>
        <translation>根据清单结论和拟定结论起草审核意见</translation>
    </message>
    <message>
        <source>Review opinion</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Click an entry to go there</source>
        <translation>点击条目即可跳转</translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation>拟定结论</translation>
    </message>
    <message>
        <source>Before submitting</source>
        <translation>提交前检查</translation>
    </message>
    <message>
        <source>Propose the decision to the approver. A conditional approval lists its conditions; a return or rejection lists its reasons. The opinion is the text that goes on file.</source>
        <translation>向复核人提出拟定结论。附条件批准的，须列明附加条件；退回修改或不予批准的，须列明理由。审核意见将存档。</translation>
    </message>
    <message>
        <source>Deliver the data only in the sandbox or by privacy computing; raw data must not leave the domain.</source>
        <translation>数据仅限通过沙箱或隐私计算方式交付，原始数据不得出域。</translation>
    </message>
    <message>
        <source>Submit the data provider&apos;s written consent before the authorization agreement is signed.</source>
        <translation>签订授权运营协议前，应提交数据提供单位的书面同意书。</translation>
    </message>
    <message>
        <source>Complete the commercial cryptography assessment before the service goes live.</source>
        <translation>服务上线前应完成商用密码应用安全性评估。</translation>
    </message>
    <message>
        <source>Limit the fields to those justified in the application; further fields need a new application.</source>
        <translation>使用字段以申请中已说明必要性的字段为限；增加字段须重新申请。</translation>
    </message>
    <message>
        <source>Report security incidents to the implementing body at once and follow the emergency plan.</source>
        <translation>发生安全事件的，应立即报告实施机构，并按应急预案处置。</translation>
    </message>
    <message>
        <source>File the authorization agreement and disclose the operation information by 31 March each year.</source>
        <translation>授权运营协议应报备案，并于每年 3 月 31 日前公开运营情况。</translation>
    </message>
    <message>
        <source>Charge no more than the cap price; report revenue each year against the maximum allowed revenue.</source>
        <translation>收费不得超过上限收费标准；每年对照最高准许收入报告收入情况。</translation>
    </message>
    <message>
        <source>Return or destroy the data at the end of the term and confirm it in writing.</source>
        <translation>授权期满后应返还或销毁数据，并出具书面确认。</translation>
    </message>
    <message>
        <source>A requested resource is not registered in the public data resource register.</source>
        <translation>申请的数据资源未在公共数据资源登记簿中登记。</translation>
    </message>
    <message>
        <source>A requested resource has been cancelled in the register.</source>
        <translation>申请的数据资源已被注销登记。</translation>
    </message>
    <message>
        <source>The provider&apos;s consent for data shared from another agency is missing.</source>
        <translation>涉及部门间共享的数据，缺少数据提供单位同意书。</translation>
    </message>
    <message>
        <source>The term exceeds the maximum authorization term.</source>
        <translation>授权期限超过最长授权期限。</translation>
    </message>
    <message>
        <source>The legality review opinion is missing.</source>
        <translation>缺少合法性审查意见。</translation>
    </message>
    <message>
        <source>The minutes of the collective decision are missing or incomplete.</source>
        <translation>集体决策会议纪要缺失或不完整。</translation>
    </message>
    <message>
        <source>The requested fields go beyond what the scenario needs (minimum necessary).</source>
        <translation>申请字段超出场景所需，不符合最小必要原则。</translation>
    </message>
    <message>
        <source>The protection level (MLPS) does not match the grade of the requested data.</source>
        <translation>等保等级与所申请数据的分级不相适应。</translation>
    </message>
    <message>
        <source>The risk assessment is missing or incomplete.</source>
        <translation>风险评估报告缺失或不完整。</translation>
    </message>
    <message>
        <source>The scenario is not covered by an approved implementation plan.</source>
        <translation>该场景不在已批准的实施方案范围内。</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>附加条件</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Conditions or reasons</source>
        <translation>附加条件或理由</translation>
    </message>
    <message>
        <source>Type a condition and press Enter, or pick a standard text</source>
        <translation>输入附加条件后按回车，或选择常用语</translation>
    </message>
    <message>
        <source>Type a reason and press Enter, or pick a standard text</source>
        <translation>输入理由后按回车，或选择常用语</translation>
    </message>
    <message>
        <source>An approval needs neither conditions nor reasons</source>
        <translation>批准无须填写附加条件或理由</translation>
    </message>
    <message>
        <source>Item %1 (%2)</source>
        <translation>第 %1 项（%2）</translation>
    </message>
    <message>
        <source>Item %1 (%2): %3</source>
        <translation>第 %1 项（%2）：%3</translation>
    </message>
    <message>
        <source>Non-compliant:</source>
        <translation>不符合事项如下：</translation>
    </message>
    <message>
        <source>Proposed decision: approve the authorization as applied for.</source>
        <translation>拟定结论：予以批准，同意按申请内容授权。</translation>
    </message>
    <message>
        <source>Proposed decision: approve on the following conditions:</source>
        <translation>拟定结论：附条件批准，附加条件如下：</translation>
    </message>
    <message>
        <source>Proposed decision: return the application for revision, for these reasons:</source>
        <translation>拟定结论：退回修改，理由如下：</translation>
    </message>
    <message>
        <source>Proposed decision: reject the application, for these reasons:</source>
        <translation>拟定结论：不予批准，理由如下：</translation>
    </message>
    <message>
        <source>Proposed decision: (choose one above).</source>
        <translation>拟定结论：（请在上方选择）。</translation>
    </message>
    <message>
        <source>This review has been submitted.</source>
        <translation>本审核已提交。</translation>
    </message>
    <message>
        <source>✓ Nothing is missing: the review can be submitted.</source>
        <translation>✓ 各项均已完成，可以提交。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing. Click one to go there.</source>
        <translation>
            <numerusform>尚有 %n 项未完成，点击条目即可跳转。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>未提交：%1</translation>
    </message>
    <message>
        <source>✓ Submitted for approval at %1. The case now waits for the approver.</source>
        <translation>✓ 已于 %1 提交复核，等待复核人审核。</translation>
    </message>
    <message>
        <source>Submit the review of %1 v%2 to the approver, proposing &quot;%3&quot;, as reviewer %4?

The approver then agrees or sends it back; until they send it back, the review can no longer be edited.</source>
        <translation>以初审人 %4 的身份将 %1 第 %2 版的审核提交复核人，建议“%3”？

复核人将同意或退回；在退回之前，审核内容不能再修改。</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>The review opinion for the approver and the file. “Insert template” drafts one from your answers.</source>
        <translation>供复核人审阅并存档的审核意见。点击“插入模板”可根据审查结论生成草稿。</translation>
    </message>
    <message>
        <source>%1 applied for the scenario “%2” (%3, version %4). The application was reviewed against the %5 items of the collective-decision checklist (template v%6): %7 compliant, %8 non-compliant, %9 not applicable.</source>
        <translation>%1申请将公共数据用于“%2”场景（申请编号 %3，第 %4 版）。经对照“三重一大”审核清单（模板 v%6）逐项审查，共 %5 项，其中符合 %7 项、不符合 %8 项、不适用 %9 项。</translation>
    </message>
    <message>
        <source>The review is read-only here.</source>
        <translation>此处的审核为只读。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing: %1</source>
        <translation>
            <numerusform>尚缺 %n 项：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit the review to the approver</source>
        <translation>将审核提交复核人</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
</context>
<context>
    <name>gd::DeskSession</name>
    <message>
        <source>GrantDesk</source>
        <translation>授权审核台</translation>
    </message>
    <message>
        <source>The database could not be opened.

%1

If the file is damaged, a backup can be put in its place; the file itself is kept.</source>
        <translation>无法打开数据库。

%1

如果文件已损坏，可以用备份替换它；原文件会保留。</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>The database is still in use; nothing was restored.</source>
        <translation>数据库仍在使用中；未恢复任何内容。</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>无法恢复该备份：%1</translation>
    </message>
    <message>
        <source>%1 was restored from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>%1 was restored from %2. The file that was in its place is kept as %3.</source>
        <translation>已从 %2 恢复 %1。原位置上的文件已保留为 %3。</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The office server could not be opened.

%1

Sign in with your password, or work on this workstation&apos;s database for now.</source>
        <translation>无法打开办公服务器。

%1

请用密码登录，或暂时使用本工作站的数据库。</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>登录(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Use This Workstation&apos;s Database</source>
        <translation>使用本工作站的数据库(&amp;U)</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Password of %1 on the office server (database %2):</source>
        <translation>%1 在办公服务器上的密码（数据库 %2）：</translation>
    </message>
</context>
<context>
    <name>gd::DetailPane</name>
    <message>
        <source>Select an application in the list to see it here.</source>
        <translation>在列表中选择一件申请，即可在此查看详情。</translation>
    </message>
    <message>
        <source>Application %1 version %2 could not be read.</source>
        <translation>无法读取申请 %1 的第 %2 版。</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>决定：%1</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>提交于 %1</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>截止日期 %1</translation>
    </message>
    <message>
        <source>✓ check character valid</source>
        <translation>✓ 校验码正确</translation>
    </message>
    <message>
        <source>✗ check character invalid</source>
        <translation>✗ 校验码错误</translation>
    </message>
    <message>
        <source>⚠ not stated</source>
        <translation>⚠ 未说明</translation>
    </message>
    <message>
        <source>✓ declared: no serious violations, not on a bad-credit list</source>
        <translation>✓ 已声明：无严重违法违规行为，未列入失信名单</translation>
    </message>
    <message>
        <source>✗ not declared</source>
        <translation>✗ 未声明</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>主体角色</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Credit declaration</source>
        <translation>信用声明</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>场景描述</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>受益对象</translation>
    </message>
    <message>
        <source>Social benefit</source>
        <translation>社会效益</translation>
    </message>
    <message>
        <source>Economic benefit</source>
        <translation>经济效益</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>授权模式</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>实施方案</translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation>实施机构</translation>
    </message>
    <message>
        <source>no registration code given</source>
        <translation>未提供登记编号</translation>
    </message>
    <message>
        <source> (registered as “%1”)</source>
        <translation> （登记名称为“%1”）</translation>
    </message>
    <message>
        <source>Registration code</source>
        <translation>登记编号</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>数源单位</translation>
    </message>
    <message>
        <source>Shared from</source>
        <translation>共享来源</translation>
    </message>
    <message>
        <source>⚠ shared data: the provider&apos;s consent is needed</source>
        <translation>⚠ 共享数据：须取得提供单位同意</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>数据分级</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>数据量</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 条</translation>
    </message>
    <message>
        <source>Update frequency</source>
        <translation>更新频率</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付方式</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>必要性说明</translation>
    </message>
    <message>
        <source>No resources requested.</source>
        <translation>未申请数据资源。</translation>
    </message>
    <message>
        <source>Data resources (%1)</source>
        <translation>数据资源（%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全保障</translation>
    </message>
    <message>
        <source>MLPS level</source>
        <translation>等保等级</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>第 %1 级</translation>
    </message>
    <message>
        <source>⚠ none</source>
        <translation>⚠ 无</translation>
    </message>
    <message>
        <source>Crypto assessment</source>
        <translation>密评</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ 已通过</translation>
    </message>
    <message>
        <source>✗ not passed</source>
        <translation>✗ 未通过</translation>
    </message>
    <message>
        <source>Security officer</source>
        <translation>安全负责人</translation>
    </message>
    <message>
        <source>Incidents (3 years)</source>
        <translation>近 3 年安全事件</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>✓ in place</source>
        <translation>✓ 已制定</translation>
    </message>
    <message>
        <source>✗ none</source>
        <translation>✗ 无</translation>
    </message>
    <message>
        <source>✗ the end is not after the start</source>
        <translation>✗ 结束日期不晚于开始日期</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>授权期限</translation>
    </message>
    <message>
        <source>small or micro business</source>
        <translation>小微企业</translation>
    </message>
    <message>
        <source>priority scenario</source>
        <translation>重点支持场景</translation>
    </message>
    <message>
        <source>Pricing request</source>
        <translation>定价申请</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品/服务</translation>
    </message>
    <message>
        <source>Expected quantity</source>
        <translation>预计用量</translation>
    </message>
    <message>
        <source>%1, billed %2</source>
        <translation>%1，%2计费</translation>
    </message>
    <message>
        <source>Discounts claimed</source>
        <translation>申请优惠</translation>
    </message>
    <message>
        <source>No pricing request.</source>
        <translation>无定价申请。</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>无附件。</translation>
    </message>
    <message>
        <source>✓ verified on import</source>
        <translation>✓ 导入时已校验</translation>
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
        <source>Attachments (%1)</source>
        <translation>附件（%1）</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>提交于 %1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>The attachment “%1” could not be read: %2</source>
        <translation>无法读取附件“%1”：%2</translation>
    </message>
    <message>
        <source>The stored copy of “%1” does not match its SHA-256; it was not opened.</source>
        <translation>附件“%1”的存储副本与其 SHA-256 摘要不符，未予打开。</translation>
    </message>
    <message>
        <source>The attachment “%1” could not be written to %2: %3</source>
        <translation>无法将附件“%1”写入 %2：%3</translation>
    </message>
    <message>
        <source>No application is set up to open %1. Use “Save a copy…” instead.</source>
        <translation>系统中没有可打开 %1 的应用程序。请改用“另存副本…”。</translation>
    </message>
    <message>
        <source>Save a copy of “%1”</source>
        <translation>另存“%1”的副本</translation>
    </message>
    <message>
        <source>The copy could not be saved to %1: %2</source>
        <translation>无法将副本保存到 %1：%2</translation>
    </message>
    <message>
        <source>Saved a copy of “%1” to %2.</source>
        <translation>已将“%1”的副本保存到 %2。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between list items</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>Data resources (%1) — %n need(s) attention</source>
        <translation>
            <numerusform>数据资源（%1）— %n 项需关注</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>months, then days</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>length of the period</comment>
        <translation>（%1）</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n version(s) never received: %1</source>
        <translation>
            <numerusform>⚠ 有 %n 个版本未收到：第 %1 版</numerusform>
        </translation>
    </message>
    <message>
        <source>decision: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>After the review: collective decision to term</source>
        <translation>审核之后：从集体决策到授权期限</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>所处环节</translation>
    </message>
    <message>
        <source>Review countersigned</source>
        <translation>审核复核签名日</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation> — 已逾期</translation>
    </message>
    <message>
        <source> · a GrantDesk default, not a rule of the briefing</source>
        <translation> · GrantDesk 默认期限，非文件规定</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>recorded by %1, %2</source>
        <translation>%1 记录于 %2</translation>
    </message>
    <message>
        <source>Record an act…</source>
        <translation>记录后续环节…</translation>
    </message>
    <message>
        <source>%1 recorded for %2 v%3; the stage is now “%4”.</source>
        <translation>已为 %2 v%3 记录%1；当前环节为“%4”。</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营机构</translation>
    </message>
    <message>
        <source>the applicant (a format 1 application names no operator)</source>
        <translation>同申请单位（第 1 版格式的申请未载明运营机构）</translation>
    </message>
    <message>
        <source>the applicant</source>
        <translation>同申请单位</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Use class</source>
        <translation>用途分类</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Billing unit</source>
        <translation>计费单位</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>section · field</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>application number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>应用场景</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>scenario description</source>
        <translation>场景描述</translation>
    </message>
    <message>
        <source>beneficiaries</source>
        <translation>受益对象</translation>
    </message>
    <message>
        <source>implementation plan</source>
        <translation>实施方案</translation>
    </message>
    <message>
        <source>implementing body</source>
        <translation>实施机构</translation>
    </message>
    <message>
        <source>requested data resource “%1”</source>
        <translation>申请的数据资源“%1”</translation>
    </message>
    <message>
        <source>“%1” is found in: %2</source>
        <translation>“%1”见于：%2</translation>
    </message>
    <message>
        <source>Search: %1.</source>
        <translation>搜索：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>gd::FeeCalculatorDialog</name>
    <message>
        <source>Fee Calculator</source>
        <translation>费用测算</translation>
    </message>
    <message>
        <source>Rule Files…</source>
        <translation>收费规则…</translation>
    </message>
</context>
<context>
    <name>gd::FileDialogs</name>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>gd::FormalCheckPage</name>
    <message>
        <source>Formal check complete</source>
        <translation>形式审查已完成</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>As submitted</source>
        <translation>申请所载内容</translation>
    </message>
    <message>
        <source>✓ No findings: the application is formally complete.</source>
        <translation>✓ 未发现问题：申请材料形式完备。</translation>
    </message>
    <message>
        <source>Notes on the formal check (optional)</source>
        <translation>形式审查备注（选填）</translation>
    </message>
    <message>
        <source>Confirm that you have checked the application for completeness</source>
        <translation>确认已审查申请材料的完整性</translation>
    </message>
    <message>
        <source>Is the application complete and consistent? Required information, the applicant&apos;s credit code, the period and term, and the attachments with their digests.</source>
        <translation>申请材料是否齐全、前后一致？请核对必填信息、申请单位统一社会信用代码、授权期限以及附件及其摘要。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>present</source>
        <translation>已提供</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>check character valid (GB 32100)</source>
        <translation>校验码正确（GB 32100）</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Credit declaration</source>
        <translation>信用声明</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>no serious violations, not on a bad-credit list</source>
        <translation>无严重违法违规行为，未列入失信名单</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>已声明</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>未声明</translation>
    </message>
    <message>
        <source>Scenario and authorization</source>
        <translation>场景与授权</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>场景描述</translation>
    </message>
    <message>
        <source>Authorization mode</source>
        <translation>授权模式</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>实施方案</translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation>实施机构</translation>
    </message>
    <message>
        <source>Use classification</source>
        <translation>用途分类</translation>
    </message>
    <message>
        <source>Requested resources</source>
        <translation>申请的数据资源</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>none requested</source>
        <translation>未申请</translation>
    </message>
    <message>
        <source>Period and term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Authorization period</source>
        <translation>授权起止日期</translation>
    </message>
    <message>
        <source>dates in order</source>
        <translation>日期正确</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>授权期限</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within the maximum of %n month(s)</source>
        <translation>
            <numerusform>未超过最长 %n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exceeds the maximum of %n month(s)</source>
        <translation>
            <numerusform>超过最长 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>附件（%1）</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>none handed in</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>digest verified on import</source>
        <translation>导入时摘要已校验</translation>
    </message>
</context>
<context>
    <name>gd::GenerateKeyDialog</name>
    <message>
        <source>Generate Signing Key</source>
        <translation>生成签名密钥</translation>
    </message>
    <message>
        <source>SM2 with SM3 (GM/T, recommended)</source>
        <translation>SM2/SM3（国密算法，推荐）</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>A key pair and a self-issued certificate naming you. The private key is stored encrypted with the passphrase, which GrantDesk asks for each time you sign and never keeps.</source>
        <translation>生成密钥对和载明您姓名的自签发证书。私钥以口令加密保存；每次签署时授权审核台都会询问口令，且从不保存口令。</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>算法(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>职务(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>gd::GuideDialog</name>
    <message>
        <source>Officer&apos;s Guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>This build of GrantDesk does not include the officer&apos;s guide. It is in the folder docs/guide of the source.</source>
        <translation>此版本的 GrantDesk 未包含使用指南。指南位于源代码的 docs/guide 文件夹中。</translation>
    </message>
</context>
<context>
    <name>gd::ImportController</name>
    <message>
        <source>Import applications</source>
        <translation>导入申请</translation>
    </message>
    <message>
        <source>Application files (*.json);;All files (*)</source>
        <translation>申请文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import all applications in a folder</source>
        <translation>导入文件夹中的全部申请</translation>
    </message>
    <message>
        <source>Import resource register</source>
        <translation>导入资源登记簿</translation>
    </message>
    <message>
        <source>Register files (*.json);;All files (*)</source>
        <translation>登记簿文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Looking for application files…</source>
        <translation>正在查找申请文件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing applications</source>
        <translation>正在导入申请</translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3</source>
        <translation>已导入 %1/%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln application file(s) added</source>
        <translation>
            <numerusform>新增 %Ln 个申请文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln 个无变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln 个被拒收</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln 个已跳过</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the files already imported are kept.</source>
        <translation>导入已取消；已导入的文件予以保留。</translation>
    </message>
    <message>
        <source>A refused file changed nothing in the database. Correct it and import it again.</source>
        <translation>被拒收的文件未对数据库作任何更改。请更正后重新导入。</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1（已跳过）</translation>
    </message>
    <message>
        <source>No application files were found in the selection.</source>
        <translation>所选范围内未找到申请文件。</translation>
    </message>
    <message>
        <source>Import finished with refusals</source>
        <translation>导入完成，部分文件被拒收</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Register file refused</source>
        <translation>登记簿文件被拒收</translation>
    </message>
    <message>
        <source>The register file %1 was refused; nothing was changed.</source>
        <translation>登记簿文件 %1 被拒收，未作任何更改。</translation>
    </message>
    <message>
        <source>Register import failed</source>
        <translation>登记簿导入失败</translation>
    </message>
    <message>
        <source>The register could not be stored; nothing was changed.</source>
        <translation>无法保存登记簿，未作任何更改。</translation>
    </message>
    <message>
        <source>Register imported</source>
        <translation>登记簿已导入</translation>
    </message>
    <message>
        <source>%1 from “%2”: %3 entries added, %4 updated, %5 unchanged.</source>
        <translation>%1（来源：“%2”）：新增 %3 条，更新 %4 条，%5 条无变化。</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <source>Open the database without --read-only, from a file and folder you may write, to import.</source>
        <translation>如需导入，请不带 --read-only 打开数据库，且文件及其所在文件夹须可写。</translation>
    </message>
</context>
<context>
    <name>gd::ImportKeyDialog</name>
    <message>
        <source>Import Key and Certificate</source>
        <translation>导入密钥和证书</translation>
    </message>
    <message>
        <source>not needed for a PKCS#12 file that holds it</source>
        <translation>PKCS#12 文件中已含证书时无须填写</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>A key and certificate issued by your organization&apos;s CA, in any form OpenSSL reads: PEM, DER, PKCS#8 (encrypted or not) or PKCS#12 (.p12, .pfx). The key is stored encrypted with the new passphrase.</source>
        <translation>由所在单位 CA 签发的密钥和证书，支持 OpenSSL 可读取的任何格式：PEM、DER、PKCS#8（加密或未加密）或 PKCS#12（.p12、.pfx）。密钥将以新口令加密保存。</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>密钥文件(&amp;K)：</translation>
    </message>
    <message>
        <source>Key File</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key *.der *.p8 *.p12 *.pfx);;All files (*)</source>
        <translation>密钥 (*.pem *.key *.der *.p8 *.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Certificate File</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Source passphrase:</source>
        <translation>源文件口令(&amp;S)：</translation>
    </message>
    <message>
        <source>New pass&amp;phrase:</source>
        <translation>新口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>gd::InboxModel</name>
    <message numerus="yes">
        <source>%n unregistered</source>
        <translation>
            <numerusform>%n 项未登记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 项已注销</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — decision: %2</source>
        <translation>%1 — 决定：%2</translation>
    </message>
    <message>
        <source>An earlier version number of this application was never received.</source>
        <translation>本申请有较早的版本未收到。</translation>
    </message>
    <message>
        <source>%1
Unified social credit code: %2</source>
        <translation>%1
统一社会信用代码：%2</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requested resource(s), all in the register</source>
        <translation>
            <numerusform>申请数据资源 %n 项，均已登记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requested resource(s)</source>
        <translation>
            <numerusform>申请数据资源 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the register: %1</source>
        <translation>未登记：%1</translation>
    </message>
    <message>
        <source>Cancelled in the register: %1</source>
        <translation>已注销：%1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>授权模式</translation>
    </message>
    <message>
        <source>Use class</source>
        <translation>用途分类</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>数据资源</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Authorization mode</source>
        <translation>授权模式</translation>
    </message>
    <message>
        <source>Review deadline; overdue open cases are shown in red</source>
        <translation>审核截止日期；逾期未办结的申请以红色显示</translation>
    </message>
    <message>
        <source>Requested data resources and those not (or no longer) in the register</source>
        <translation>申请的数据资源，以及其中未登记或已注销的资源</translation>
    </message>
    <message numerus="yes">
        <source>%n register problem(s)</source>
        <translation>
            <numerusform>%n 项登记异常</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::IndicatorCard</name>
    <message numerus="yes">
        <source>Click to list the %Ln case(s) behind this figure.</source>
        <translation>
            <numerusform>点击列出此数据背后的 %Ln 个案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>gd::MainWindow</name>
    <message>
        <source>GrantDesk</source>
        <translation>授权审核台</translation>
    </message>
    <message>
        <source>The inbox could not be read: %1</source>
        <translation>无法读取收件箱：%1</translation>
    </message>
    <message>
        <source>Search and filters</source>
        <translation>搜索和筛选</translation>
    </message>
    <message>
        <source>Search applicant, scenario, domain, resources…</source>
        <translation>搜索申请单位、场景、领域、数据资源…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Show all versions</source>
        <translation>显示全部版本</translation>
    </message>
    <message>
        <source>List every stored version instead of only the highest one</source>
        <translation>列出已存储的全部版本，而不仅是最新版本</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Applications…</source>
        <translation>导入申请(&amp;I)…</translation>
    </message>
    <message>
        <source>Import application files (grantdesk.application/1)</source>
        <translation>导入申请文件（grantdesk.application/1）</translation>
    </message>
    <message>
        <source>Import a &amp;Folder of Applications…</source>
        <translation>导入申请文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Import every application file found in a folder and its subfolders</source>
        <translation>导入文件夹及其子文件夹中的全部申请文件</translation>
    </message>
    <message>
        <source>Import Resource &amp;Register…</source>
        <translation>导入资源登记簿(&amp;R)…</translation>
    </message>
    <message>
        <source>Update the local copy of the public data resource register</source>
        <translation>更新本地的公共数据资源登记簿副本</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Show &amp;All Versions</source>
        <translation>显示全部版本(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About GrantDesk</source>
        <translation>关于授权审核台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>overdue unknown (%1)</source>
        <translation>逾期数未知（%1）</translation>
    </message>
    <message>
        <source>database %1</source>
        <translation>数据库 %1</translation>
    </message>
    <message>
        <source>About GrantDesk</source>
        <translation>关于授权审核台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GrantDesk %1&lt;/h3&gt;&lt;p&gt;A review desk for applications to use public data under authorized operation: inbox, review, pricing, signed review packages.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;授权审核台 %1&lt;/h3&gt;&lt;p&gt;公共数据资源授权运营申请审核工具：收件箱、审核、定价测算、签名审核材料包。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open Review</source>
        <translation>打开审核(&amp;O)</translation>
    </message>
    <message>
        <source>Start or continue the review of the selected application</source>
        <translation>开始或继续审核所选申请</translation>
    </message>
    <message>
        <source>&amp;Close Review</source>
        <translation>关闭审核(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;Inbox</source>
        <translation>显示收件箱(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Verify Audit Trail</source>
        <translation>校验审计日志(&amp;V)</translation>
    </message>
    <message>
        <source>Check the hash chain of every recorded event</source>
        <translation>校验全部已记录事件的哈希链</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>开始审核</translation>
    </message>
    <message>
        <source>Continue review</source>
        <translation>继续审核</translation>
    </message>
    <message>
        <source>Open review</source>
        <translation>打开审核</translation>
    </message>
    <message>
        <source>Open the review of the selected application (Enter)</source>
        <translation>打开所选申请的审核（Enter）</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>The review of %1 v%2 could not be opened.

%3</source>
        <translation>无法打开申请 %1（第 %2 版）的审核。

%3</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>No edits yet</source>
        <translation>尚未编辑</translation>
    </message>
    <message>
        <source>Last edit saved %1</source>
        <translation>最近编辑已于 %1 保存</translation>
    </message>
    <message>
        <source>The officer at this workstation (Tools → Officer Profile…)</source>
        <translation>本工作站的审核人员（工具 → 审核人员信息…）</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>待办：</translation>
    </message>
    <message>
        <source>Show only the cases that wait for you in one of your roles</source>
        <translation>只显示按您的角色等待您处理的案件</translation>
    </message>
    <message>
        <source>Return &amp;Notice…</source>
        <translation>退回通知书(&amp;N)…</translation>
    </message>
    <message>
        <source>The notice for the applicant of a returned application, to copy or print</source>
        <translation>发给被退回申请的申请单位的通知书，可复制或打印</translation>
    </message>
    <message>
        <source>Officer &amp;Profile…</source>
        <translation>审核人员信息(&amp;P)…</translation>
    </message>
    <message>
        <source>Your name, position, unit and roles (reviewer, approver)</source>
        <translation>您的姓名、职务、单位和角色（初审人、复核人）</translation>
    </message>
    <message>
        <source>Before opening a review, enter your officer profile: name, unit and role. Every event in the audit trail names the officer who did it.</source>
        <translation>开始审核前，请填写审核人员信息：姓名、单位和角色。审计日志中的每条记录均载明经办人员。</translation>
    </message>
    <message>
        <source>Officer Profile…</source>
        <translation>审核人员信息…</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>初审人</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between list items</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>No officer profile (Tools → Officer Profile…)</source>
        <translation>未填写审核人员信息（工具 → 审核人员信息…）</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Waiting for me as reviewer</source>
        <translation>待我初审</translation>
    </message>
    <message>
        <source>Waiting for me as approver</source>
        <translation>待我复核</translation>
    </message>
    <message>
        <source>&amp;Fee Calculator…</source>
        <translation>费用测算(&amp;F)…</translation>
    </message>
    <message>
        <source>Compute a public data operation service fee under a fee rule file</source>
        <translation>按收费规则测算公共数据运营服务费</translation>
    </message>
    <message>
        <source>&amp;Mode Comparison…</source>
        <translation>模式比较(&amp;M)…</translation>
    </message>
    <message>
        <source>Compare the three authorization modes with your weights</source>
        <translation>按您设定的权重比较三种授权运营模式</translation>
    </message>
    <message>
        <source>Fee &amp;Rule Files…</source>
        <translation>收费规则(&amp;R)…</translation>
    </message>
    <message>
        <source>List and import the fee rule files GrantDesk prices with</source>
        <translation>查看和导入 GrantDesk 测算费用所用的收费规则</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监测</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln case(s)  ✕</source>
        <translation>
            <numerusform>%1 · %Ln 个案件  ✕</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the cases behind this figure of the dashboard; click to show all cases again</source>
        <translation>仅显示监测看板中此数据背后的案件；点击可重新显示全部案件</translation>
    </message>
    <message>
        <source>&amp;Export Signed Package…</source>
        <translation>导出签名数据包(&amp;E)…</translation>
    </message>
    <message>
        <source>Sign the decided review as its reviewer and write the review package (.gdpkg)</source>
        <translation>以初审人身份签署已决定的审核，并生成审核数据包（.gdpkg）</translation>
    </message>
    <message>
        <source>&amp;Countersign Package…</source>
        <translation>对数据包复核签名(&amp;C)…</translation>
    </message>
    <message>
        <source>Countersign a review package as the approver</source>
        <translation>以复核人身份对审核数据包复核签名</translation>
    </message>
    <message>
        <source>&amp;Verify Package…</source>
        <translation>验证数据包(&amp;V)…</translation>
    </message>
    <message>
        <source>Check a review package&apos;s members and signatures</source>
        <translation>检查审核数据包的成员文件和签名</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>监测(&amp;M)</translation>
    </message>
    <message>
        <source>Indicators of the four monitoring dimensions, charts and risk alerts</source>
        <translation>四个监测维度的指标、图表和风险预警</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln case(s) behind this figure is in this database (a monitoring feed may name cases that were never imported here). Click the chip above to show all cases again.</source>
        <translation>
            <numerusform>此项数据对应的 %Ln 件案件均不在本数据库中（监测数据可能涉及未在此导入的案件）。点击上方标签可重新显示全部案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>No application matches “%1”. The search looks in the number, the applicant, the scenario, the domain and the requested data resources. Press Esc to clear it.</source>
        <translation>没有与“%1”匹配的申请。搜索范围为编号、申请单位、场景、领域和申请的数据资源。按 Esc 清除搜索。</translation>
    </message>
    <message>
        <source>No application with these filters. Choose “All statuses” and “Everyone” to see every case.</source>
        <translation>没有符合这些筛选条件的申请。选择“全部状态”和“全部”可查看所有案件。</translation>
    </message>
    <message>
        <source>No applications yet. File → Import Applications… adds them.</source>
        <translation>尚无申请。可通过“文件 → 导入申请…”导入。</translation>
    </message>
    <message>
        <source>Signing keys, trusted certificates, monitoring thresholds and the database</source>
        <translation>签名密钥、受信任证书、监测阈值和数据库</translation>
    </message>
    <message>
        <source>O&amp;fficers…</source>
        <translation>审核人员管理(&amp;F)…</translation>
    </message>
    <message>
        <source>Who may sign in to the office server, and in which roles</source>
        <translation>谁可以登录办公服务器，以及担任哪些角色</translation>
    </message>
    <message>
        <source>Only on the office server: on this workstation&apos;s database whoever holds the file holds every role</source>
        <translation>仅在办公服务器上可用：在本工作站的数据库中，持有文件的人即拥有全部角色</translation>
    </message>
    <message>
        <source>Close Review</source>
        <translation>关闭审核</translation>
    </message>
    <message>
        <source>Another officer saved values you also edited in %1 v%2.</source>
        <translation>另一名审核人员保存了您在 %1 v%2 中也修改过的内容。</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>保留对方的(&amp;T)</translation>
    </message>
    <message>
        <source>Your last edits in %1 v%2 could not be saved.</source>
        <translation>您在 %1 v%2 中的最近修改未能保存。</translation>
    </message>
    <message>
        <source>Close and &amp;Lose Them</source>
        <translation>关闭并放弃这些修改(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Back to the Review</source>
        <translation>返回审核(&amp;B)</translation>
    </message>
    <message>
        <source>Still not saved: %1</source>
        <translation>仍未保存：%1</translation>
    </message>
    <message>
        <source>%1+ applications (counting…)</source>
        <translation>%1+ 件申请（正在计数…）</translation>
    </message>
    <message>
        <source>counting overdue cases…</source>
        <translation>正在统计逾期案件…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln application(s)</source>
        <translation>
            <numerusform>%Ln 件申请</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln 件逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available: select an application in the list first</source>
        <translation>不可用：请先在列表中选择一件申请</translation>
    </message>
    <message>
        <source>Not available: complete your officer profile first (Tools → Officer Profile…)</source>
        <translation>不可用：请先完善审核人员信息（工具 → 审核人员信息…）</translation>
    </message>
    <message>
        <source>Not available: open the review of a returned application first</source>
        <translation>不可用：请先打开一件已退回申请的审核</translation>
    </message>
    <message>
        <source>Not available: only a returned application has a return notice; this case is “%1”</source>
        <translation>不可用：只有已退回的申请才有退回通知；本案件状态为“%1”</translation>
    </message>
</context>
<context>
    <name>gd::ModeComparisonDialog</name>
    <message>
        <source>Mode Comparison</source>
        <translation>模式比较</translation>
    </message>
</context>
<context>
    <name>gd::ModeComparisonPage</name>
    <message>
        <source>— not chosen yet —</source>
        <translation>— 尚未选择 —</translation>
    </message>
    <message>
        <source>%1 (declared)</source>
        <translation>%1（申报）</translation>
    </message>
    <message>
        <source>Why this main mode suits the case, and where the others are used (required)</source>
        <translation>为何以该模式为主，其他模式用于何处（必填）</translation>
    </message>
    <message>
        <source>The application declares: %1.</source>
        <translation>申请所报模式：%1。</translation>
    </message>
    <message>
        <source>Main mode for this case</source>
        <translation>本案件的主要模式</translation>
    </message>
    <message>
        <source>Main mode:</source>
        <translation>主要模式：</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>The application names no implementation plan.</source>
        <translation>申请未列明实施方案。</translation>
    </message>
    <message>
        <source>The application names the implementation plan %1.</source>
        <translation>申请列明的实施方案为 %1。</translation>
    </message>
    <message>
        <source>The approved plan fixes the mode: whether the declared mode is the plan&apos;s is checked on the checklist (item 1). The comparison below is advisory context only.</source>
        <translation>授权模式由已批准的实施方案确定：申报模式是否为方案确定的模式，在审核清单第 1 项核对。下方的模式比较仅作参考。</translation>
    </message>
    <message>
        <source>three modes, four dimensions (advisory)</source>
        <translation>三种模式、四个维度（仅供参考）</translation>
    </message>
</context>
<context>
    <name>gd::ModeComparisonView</name>
    <message>
        <source>Scores from 1 to 5, higher is better for the government (for cost: a lower cost). Double-click a cell to adjust its score with a written reason. Table version %1.</source>
        <translation>评分 1–5，分值越高对政府越有利（成本维度：分值越高成本越低）。双击单元格可调整评分并填写理由。对照表版本 %1。</translation>
    </message>
    <message>
        <source>Weighted totals (scale 4–20)</source>
        <translation>加权总分（4–20 分制）</translation>
    </message>
    <message>
        <source>Weight per dimension (0–%1)</source>
        <translation>各维度权重（0–%1）</translation>
    </message>
    <message>
        <source>Scores per dimension</source>
        <translation>各维度评分</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation>评分（1–5）</translation>
    </message>
    <message>
        <source>%1
★ declared</source>
        <translation>%1
★ 申报</translation>
    </message>
    <message>
        <source>%1 ✎ adjusted (default %2 · %3)</source>
        <translation>%1 ✎ 已调整（默认 %2 · %3）</translation>
    </message>
    <message>
        <source>Adjusted from %1 to %2: %3</source>
        <translation>由 %1 调整为 %2：%3</translation>
    </message>
    <message>
        <source>Default score %1. Double-click to adjust it.</source>
        <translation>默认评分 %1。双击可调整。</translation>
    </message>
    <message>
        <source>All weights are zero: give at least one dimension a weight.</source>
        <translation>所有权重均为零：请至少为一个维度设定权重。</translation>
    </message>
    <message>
        <source>Σ weight × score × %1 / Σ weight = %2 / %3</source>
        <translation>Σ 权重 × 评分 × %1 / Σ 权重 = %2 / %3</translation>
    </message>
    <message>
        <source>Ranking: %1</source>
        <translation>排序：%1</translation>
    </message>
    <message>
        <source>The declared mode is within %1 points of the best.</source>
        <translation>申报模式与最高分的差距在 %1 分以内。</translation>
    </message>
</context>
<context>
    <name>gd::MonitoringSettingsPage</name>
    <message>
        <source>Monitoring</source>
        <translation>监测</translation>
    </message>
    <message>
        <source>Watched Feed Folder</source>
        <translation>监视的数据源文件夹</translation>
    </message>
    <message>
        <source>The watched folder %1 does not exist.</source>
        <translation>监视的文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1-%2 is not a day of the year.</source>
        <translation>%1-%2 不是有效的日期。</translation>
    </message>
</context>
<context>
    <name>gd::NewPassphraseFields</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>gd::OfficerDialog</name>
    <message>
        <source>e.g. Zhang Min</source>
        <translation>例如：张敏</translation>
    </message>
    <message>
        <source>e.g. principal staff member</source>
        <translation>例如：一级主任科员</translation>
    </message>
    <message>
        <source>e.g. review section</source>
        <translation>例如：审核科</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>Enter your unit.</source>
        <translation>请填写单位。</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <source>Before the first review, tell GrantDesk who you are. Every event in the audit trail names the officer who did it, and a case you reviewed must be approved by another officer (four eyes).</source>
        <translation>首次审核前，请填写您的身份信息。审计日志中的每条记录均载明经办人员；您初审的案件须由另一名审核人员复核（双人审核）。</translation>
    </message>
    <message>
        <source>(this workstation&apos;s signing key)</source>
        <translation>（本工作站的签名密钥）</translation>
    </message>
    <message>
        <source>None yet: generate or import your key in Tools → Settings… → Signing.</source>
        <translation>暂无：请在“工具 → 设置… → 签名”中生成或导入您的密钥。</translation>
    </message>
    <message>
        <source>Reviews applications and proposes the decision</source>
        <translation>审核申请并提出拟定结论（初审）</translation>
    </message>
    <message>
        <source>Approves or sends back what another officer reviewed</source>
        <translation>对他人初审的案件作出同意或退回（复核）</translation>
    </message>
</context>
<context>
    <name>gd::OfficersDialog</name>
    <message>
        <source>Add Officer</source>
        <translation>添加审核人员</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _</source>
        <translation>小写字母、数字和 _</translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation>至少 12 个字符</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>The officer needs a login and a name.</source>
        <translation>审核人员需要登录名和姓名。</translation>
    </message>
    <message>
        <source>Give the officer a password.</source>
        <translation>请为审核人员设置密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>&amp;Add Officer…</source>
        <translation>添加审核人员(&amp;A)…</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>审核人员</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Who this connection is could not be read: %1</source>
        <translation>无法读取本连接的身份：%1</translation>
    </message>
    <message>
        <source>Signed in as %1, an administrator: tick or clear a role to grant or revoke it; the server applies it at once.</source>
        <translation>已以管理员 %1 的身份登录：勾选或取消角色即可授予或撤销，服务器立即生效。</translation>
    </message>
    <message>
        <source>Signed in as %1. Only an administrator of the office server changes officers and their roles.</source>
        <translation>已以 %1 的身份登录。只有办公服务器的管理员可以更改审核人员及其角色。</translation>
    </message>
    <message>
        <source>The officers could not be read: %1</source>
        <translation>无法读取审核人员：%1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>服务器拒绝：%1</translation>
    </message>
    <message>
        <source>%1 is now also %2.</source>
        <translation>%1 现在也是%2。</translation>
    </message>
    <message>
        <source>%1 is no longer %2.</source>
        <translation>%1 不再是%2。</translation>
    </message>
    <message>
        <source>The officer was not added: %1</source>
        <translation>未添加审核人员：%1</translation>
    </message>
    <message>
        <source>%1 (%2) was added as %3.</source>
        <translation>已添加 %1（%2）为%3。</translation>
    </message>
</context>
<context>
    <name>gd::PackageController</name>
    <message>
        <source>Select a decided case first.</source>
        <translation>请先选择一个已决定的案件。</translation>
    </message>
    <message>
        <source>%1 does not hold the reviewer role; the reviewer signs the package.</source>
        <translation>%1 不具有初审人角色；数据包由初审人签署。</translation>
    </message>
    <message>
        <source>Export Signed Package</source>
        <translation>导出签名数据包</translation>
    </message>
    <message>
        <source>The review of %1 v%2 is signed with the key of %3. Its passphrase:</source>
        <translation>%1 v%2 的审核将使用 %3 的密钥签署。请输入其口令：</translation>
    </message>
    <message>
        <source>Writing the report, signing and packing %1 v%2…</source>
        <translation>正在生成报告、签署并打包 %1 v%2…</translation>
    </message>
    <message>
        <source>The signed package of %1 v%2 was written to
%3

Manifest SHA-256 (for whoever checks the package):
%4</source>
        <translation>%1 v%2 的签名数据包已写入
%3

清单 SHA-256（供验证数据包者核对）：
%4</translation>
    </message>
    <message>
        <source>Countersign Package</source>
        <translation>对数据包复核签名</translation>
    </message>
    <message>
        <source>%1 does not hold the approver role; only an approver countersigns a package.</source>
        <translation>%1 不具有复核人角色；只有复核人才能对数据包复核签名。</translation>
    </message>
    <message>
        <source>&amp;Countersign…</source>
        <translation>复核签名(&amp;C)…</translation>
    </message>
    <message>
        <source>Only a valid package that is not countersigned yet can be countersigned.</source>
        <translation>只有有效且尚未复核签名的数据包才能复核签名。</translation>
    </message>
    <message>
        <source>%1 v%2 is countersigned with the key of %3. Its passphrase:</source>
        <translation>%1 v%2 将使用 %3 的密钥复核签名。请输入其口令：</translation>
    </message>
    <message>
        <source>Countersigning %1…</source>
        <translation>正在复核签名 %1…</translation>
    </message>
    <message>
        <source>%1 is countersigned.

Manifest SHA-256:
%2</source>
        <translation>%1 已复核签名。

清单 SHA-256：
%2</translation>
    </message>
    <message>
        <source>%1 v%2 is not in this database; only the file was countersigned.</source>
        <translation>本数据库中没有 %1 v%2；仅对该文件复核签名。</translation>
    </message>
    <message>
        <source>Verify Package</source>
        <translation>验证数据包</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>There is no signing key yet. Generate or import one in Tools → Settings… → Signing.</source>
        <translation>尚无签名密钥。请在“工具 → 设置… → 签名”中生成或导入密钥。</translation>
    </message>
    <message>
        <source>Sign the review of %1 v%2 (decision: %3) as reviewer %4 and write the signed package to %5?

The case becomes signed; the approver countersigns it next.</source>
        <translation>以初审人 %4 的身份签署 %1 第 %2 版的审核（决定：%3），并将已签名的数据包写入 %5？

案件将变为已签署，随后由复核人进行复核签名。</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Countersign %1 v%2, signed by the reviewer %3, as approver %4?

Your signature is added to %5.</source>
        <translation>以复核人 %4 的身份对初审人 %3 已签署的 %1 第 %2 版进行复核签名？

您的签名将加入 %5。</translation>
    </message>
    <message>
        <source>The case becomes countersigned.</source>
        <translation>案件将变为已复核签名。</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>复核签名</translation>
    </message>
    <message>
        <source>The signing key of this workstation is %1&apos;s, not %2&apos;s: an officer signs only with their own key (Tools → Settings… → Signing).</source>
        <translation>本工作站的签名密钥属于 %1，而非 %2：审核人员只能用自己的密钥签名（工具 → 设置… → 签名）。</translation>
    </message>
</context>
<context>
    <name>gd::PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>The passphrase is used for this signature only and is not kept.</source>
        <translation>口令仅用于本次签署，不会保存。</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签署</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>至少 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>太短：至少 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: use a longer passphrase or mix letters, digits and signs.</source>
        <translation>强度弱：请使用更长的口令，或混合使用字母、数字和符号。</translation>
    </message>
    <message>
        <source>Fair.</source>
        <translation>强度中等。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强度高。</translation>
    </message>
</context>
<context>
    <name>gd::PricingPage</name>
    <message>
        <source>Record this calculation in the review</source>
        <translation>将本次测算记入审核</translation>
    </message>
    <message>
        <source>The use class is %1: the use is free of charge.</source>
        <translation>用途分类为%1：免费使用。</translation>
    </message>
    <message>
        <source>The application contains no pricing request.</source>
        <translation>申请未提出定价请求。</translation>
    </message>
    <message>
        <source>public interest first</source>
        <translation>公益优先</translation>
    </message>
    <message>
        <source>Fee calculation</source>
        <translation>费用测算</translation>
    </message>
    <message>
        <source>Not recorded yet: change an input or record the calculation shown.</source>
        <translation>尚未记录：可修改输入，或记录当前测算结果。</translation>
    </message>
    <message>
        <source>✓ Recorded: fee %1 under %2 (%3).</source>
        <translation>✓ 已记录：按 %2（%3）测算费用 %1。</translation>
    </message>
    <message>
        <source>Record as not charged</source>
        <translation>记录为不收费</translation>
    </message>
    <message>
        <source>The application is free of charge: record that no operation service fee is charged, on the basis shown</source>
        <translation>该申请免费：按所示依据记录不收取运营服务费</translation>
    </message>
    <message>
        <source>✓ Recorded: not charged, the use is free of charge.</source>
        <translation>✓ 已记录：不收费，该用途免费。</translation>
    </message>
    <message>
        <source>✓ Recorded: not charged, the application asks for no priced product.</source>
        <translation>✓ 已记录：不收费，申请未请求任何收费产品。</translation>
    </message>
    <message>
        <source>The application asks to price %1, billed %2, about %3 units; operator %4 (%5), whose maximum allowed revenue applies; discounts go to the paying applicant.</source>
        <translation>申请对 %1 定价，计费单位 %2，预计约 %3 个单位；运营机构 %4（%5），适用其最高准许收入；优惠给予付费的申请单位。</translation>
    </message>
    <message>
        <source>✓ Recorded: fee %1.</source>
        <translation>✓ 已记录：测算费用 %1。</translation>
    </message>
</context>
<context>
    <name>gd::PricingView</name>
    <message>
        <source>Small business</source>
        <translation>中小企业</translation>
    </message>
    <message>
        <source>Priority scenario</source>
        <translation>重点支持场景</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Rule file:</source>
        <translation>收费规则：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Use class:</source>
        <translation>用途分类：</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Billing unit:</source>
        <translation>计费单位：</translation>
    </message>
    <message>
        <source>Discounts:</source>
        <translation>优惠：</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>运营机构：</translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation>期限自：</translation>
    </message>
    <message>
        <source>Period to:</source>
        <translation>期限至：</translation>
    </message>
    <message>
        <source>Review date:</source>
        <translation>审核日期：</translation>
    </message>
    <message>
        <source>Band / step</source>
        <translation>档位 / 步骤</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>测算</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Trace, step by step</source>
        <translation>逐步计算过程</translation>
    </message>
    <message>
        <source>%1 — built in</source>
        <translation>%1 — 内置</translation>
    </message>
    <message>
        <source>%1 — imported</source>
        <translation>%1 — 已导入</translation>
    </message>
    <message>
        <source>%1, issued by %2; effective %3 to %4%5. File: %6</source>
        <translation>%1，%2发布；有效期 %3 至 %4%5。文件：%6</translation>
    </message>
    <message>
        <source> (trial)</source>
        <translation>（试行）</translation>
    </message>
    <message>
        <source>No fee rule file: import one under Tools → Fee Rule Files…</source>
        <translation>没有收费规则：请在“工具 → 收费规则…”中导入。</translation>
    </message>
    <message>
        <source>Gross %1, after discounts %2, rounded half up to the fen</source>
        <translation>优惠前 %1，优惠后 %2，四舍五入到分</translation>
    </message>
    <message>
        <source>Free use class: no fee</source>
        <translation>免费用途：不收费</translation>
    </message>
    <message>
        <source>Unknown product: no fee computed</source>
        <translation>未知产品：不计算费用</translation>
    </message>
    <message>
        <source>Fixed fee</source>
        <translation>固定费用</translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation>第 %1 档</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>优惠前费用</translation>
    </message>
    <message>
        <source>priority scenario</source>
        <translation>重点支持场景</translation>
    </message>
    <message>
        <source>small business</source>
        <translation>中小企业</translation>
    </message>
    <message>
        <source>Discount %1 %2%</source>
        <translation>%1优惠 %2%</translation>
    </message>
    <message>
        <source>Rounded half up to the fen</source>
        <translation>四舍五入到分</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>Fee against quantity: free use, no fee</source>
        <translation>费用与数量：免费用途，不收费</translation>
    </message>
    <message>
        <source>Fee against quantity: no product priced</source>
        <translation>费用与数量：无可测算的产品</translation>
    </message>
    <message>
        <source>Band edges</source>
        <translation>档位分界点</translation>
    </message>
    <message>
        <source>This application</source>
        <translation>本申请</translation>
    </message>
    <message>
        <source>At cap price</source>
        <translation>按上限收费标准</translation>
    </message>
    <message>
        <source>Quantity (×10,000 units)</source>
        <translation>数量（万）</translation>
    </message>
    <message>
        <source>Quantity (units)</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Fee (×10,000 yuan)</source>
        <translation>费用（万元）</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Fee against quantity, %1</source>
        <translation>费用与数量，%1</translation>
    </message>
    <message>
        <source>Revenue against the maximum allowed revenue</source>
        <translation>收入与最高准许收入</translation>
    </message>
    <message>
        <source>No MAR entry for operator %1: no MAR check</source>
        <translation>运营机构 %1 无最高准许收入记录：不核对</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Revenue to date</source>
        <translation>累计收入</translation>
    </message>
    <message>
        <source>This fee</source>
        <translation>本次费用</translation>
    </message>
    <message>
        <source>Maximum allowed revenue (MAR)</source>
        <translation>最高准许收入</translation>
    </message>
    <message>
        <source>To date + this fee</source>
        <translation>累计 + 本次</translation>
    </message>
    <message>
        <source>MAR</source>
        <translation>最高准许收入</translation>
    </message>
    <message>
        <source>Revenue (×10,000 yuan)</source>
        <translation>收入（万元）</translation>
    </message>
    <message>
        <source>Revenue (yuan)</source>
        <translation>收入（元）</translation>
    </message>
    <message>
        <source>Revenue against the MAR: exceeded by %1</source>
        <translation>收入与最高准许收入：超出 %1</translation>
    </message>
    <message>
        <source>Revenue against the MAR: %1 left</source>
        <translation>收入与最高准许收入：尚余 %1</translation>
    </message>
    <message>
        <source>Free of charge: the use class “%1” is free under %2.</source>
        <translation>免费：按 %2，“%1”用途免费。</translation>
    </message>
</context>
<context>
    <name>gd::RecordActDialog</name>
    <message>
        <source>Collective decision of the implementing body</source>
        <translation>实施机构集体决策</translation>
    </message>
    <message>
        <source>Approval (written decision)</source>
        <translation>批复</translation>
    </message>
    <message>
        <source>Operation agreement</source>
        <translation>运营协议</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resumption</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Record an act of %1</source>
        <translation>记录 %1 的后续环节</translation>
    </message>
    <message>
        <source>Stage now: %1</source>
        <translation>当前环节：%1</translation>
    </message>
    <message>
        <source>Names, separated by 、 or commas; empty when nobody</source>
        <translation>姓名，以“、”或逗号分隔；无人回避时留空</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>in favour</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>abstaining</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Members of the body</source>
        <translation>应到会人数</translation>
    </message>
    <message>
        <source>Present (recused included)</source>
        <translation>实到人数（含回避）</translation>
    </message>
    <message>
        <source>Recused</source>
        <translation>回避人员</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>表决</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>e.g. 穗数政批〔2026〕12号</source>
        <translation>例如：穗数政批〔2026〕12号</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation>实施机构</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营机构</translation>
    </message>
    <message>
        <source>Operator&apos;s credit code</source>
        <translation>运营机构统一社会信用代码</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>授权期限自</translation>
    </message>
    <message>
        <source>Term until (last day)</source>
        <translation>授权期限至（最后一日）</translation>
    </message>
    <message>
        <source>Agreement document</source>
        <translation>协议文本</translation>
    </message>
    <message>
        <source>Filed with</source>
        <translation>备案机关</translation>
    </message>
    <message>
        <source>Filing reference</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <source>A web address or the publication&apos;s name</source>
        <translation>网址或公开载体名称</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>公开渠道</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>%1: %2 members, %3 present, %4 recused; %5 in favour, %6 against, %7 abstaining; %8; minutes %9</source>
        <translation>%1：应到 %2 人，实到 %3 人，回避 %4 人；同意 %5 票，反对 %6 票，弃权 %7 票；%8；会议纪要 %9</translation>
    </message>
    <message>
        <source>%1 with %2 (%3), in force %4 to %5</source>
        <translation>%1 与 %2（%3）签订，有效期 %4 至 %5</translation>
    </message>
    <message>
        <source>with %1, reference %2</source>
        <translation>向%1备案，编号 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>The act is recorded for %1 and signed with the key of %2. Its passphrase:</source>
        <translation>该环节将记录于 %1，并以 %2 的密钥签名。请输入密钥口令：</translation>
    </message>
    <message>
        <source>Sign and &amp;record…</source>
        <translation>签名并记录(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Act</source>
        <translation>环节(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
</context>
<context>
    <name>gd::ResourcesPage</name>
    <message numerus="yes">
        <source>%n resource(s) requested</source>
        <translation>
            <numerusform>申请数据资源 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not usable</source>
        <translation>
            <numerusform>%n 项不可用</numerusform>
        </translation>
    </message>
    <message>
        <source>The application requests no resources.</source>
        <translation>本申请未申请数据资源。</translation>
    </message>
    <message>
        <source>Each resource must be registered and active, and each field must be necessary for the scenario (minimum necessary; raw data stays in the domain). Data shared from another agency needs the providing unit&apos;s consent.</source>
        <translation>每项数据资源均须已登记且有效，每个字段均须为场景所必需（最小必要，原始数据不出域）。共享自其他部门的数据须取得数据提供单位同意。</translation>
    </message>
    <message>
        <source>no registration code given</source>
        <translation>未提供登记编号</translation>
    </message>
    <message>
        <source>registered as “%1”</source>
        <translation>登记名称为“%1”</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记情况</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>数源单位</translation>
    </message>
    <message>
        <source>✓ consent on file: %1</source>
        <translation>✓ 已附同意书：%1</translation>
    </message>
    <message>
        <source>✗ no provider consent among the attachments</source>
        <translation>✗ 附件中无数据提供单位同意书</translation>
    </message>
    <message>
        <source>Shared from</source>
        <translation>共享来源</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between list items</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>grade: %1</source>
        <translation>分级：%1</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 条</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据情况</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付方式</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>必要性说明</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>Excessive (not the minimum necessary)</source>
        <translation>超出所需（不符合最小必要）</translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation>必要性</translation>
    </message>
    <message>
        <source>Comment on this resource (optional)</source>
        <translation>对该数据资源的意见（选填）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>not recorded in the register: ask the data administration</source>
        <translation>登记目录未记载：请向数据管理机构核实</translation>
    </message>
    <message>
        <source>operation type: %1 · review method: %2</source>
        <translation>授权运营类型：%1 · 运营审核方式：%2</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>资源目录</translation>
    </message>
</context>
<context>
    <name>gd::RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation>其他文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups of %1 in %2. Restoring moves the database file aside as %1.damaged-DATE (it is kept, never deleted), puts a copy of the chosen backup in its place, readable by you only, and opens it again. What was recorded after the backup was made is not in it.</source>
        <translation>%2 中 %1 的备份。恢复时，数据库文件会被移到一旁，改名为 %1.damaged-日期（予以保留，绝不删除），再将所选备份的副本放到原位置（仅您本人可读），然后重新打开。备份之后记录的内容不在备份中。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Add a backup kept elsewhere (a copy on another disk, say)</source>
        <translation>添加存放在别处的备份（例如另一块磁盘上的副本）</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Backups (*.bak *.sqlite);;All files (*)</source>
        <translation>备份 (*.bak *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Before the upgrade from schema %1</source>
        <translation>从结构版本 %1 升级前</translation>
    </message>
    <message>
        <source>Other backup</source>
        <translation>其他备份</translation>
    </message>
    <message>
        <source>✓ passes the check (schema %1)</source>
        <translation>✓ 通过检查（结构版本 %1）</translation>
    </message>
    <message numerus="yes">
        <source>✗ fails the check: %n problem(s)</source>
        <translation>
            <numerusform>✗ 未通过检查：%n 处问题</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup beside %1. A backup is made before each upgrade of the database; one kept elsewhere can be added with Other File…</source>
        <translation>%1 旁边没有备份。每次升级数据库前都会生成一份备份；存放在别处的备份可通过“其他文件…”添加。</translation>
    </message>
    <message>
        <source>Choose the backup to restore.</source>
        <translation>请选择要恢复的备份。</translation>
    </message>
    <message>
        <source>%1 passes the check: SQLite&apos;s quick check and the schema of a GrantDesk database at schema %2.</source>
        <translation>%1 通过检查：SQLite 快速检查，以及结构版本 %2 的 GrantDesk 数据库结构检查。</translation>
    </message>
    <message>
        <source>%1 fails the check and cannot be restored: %2</source>
        <translation>%1 未通过检查，不能用于恢复：%2</translation>
    </message>
</context>
<context>
    <name>gd::ReturnNoticeDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Copy the notice to the clipboard</source>
        <translation>将通知书复制到剪贴板</translation>
    </message>
    <message>
        <source>Preview and print the formatted notice</source>
        <translation>预览并打印排版后的通知书</translation>
    </message>
    <message>
        <source>Print return notice</source>
        <translation>打印退回通知书</translation>
    </message>
</context>
<context>
    <name>gd::ReviewDocument</name>
    <message>
        <source>The answer to checklist item %1</source>
        <translation>检查项 %1 的意见</translation>
    </message>
    <message>
        <source>A checklist answer</source>
        <translation>一项检查意见</translation>
    </message>
    <message>
        <source>The proposed decision</source>
        <translation>拟定决定</translation>
    </message>
    <message>
        <source>A note in the step “%1”</source>
        <translation>“%1”步骤中的一条记录</translation>
    </message>
</context>
<context>
    <name>gd::ReviewHistory</name>
    <message>
        <source>The recorded events of this review, newest first</source>
        <translation>本审核已记录的事件，最新的在前</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>无法读取操作记录：%1</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <source>review started</source>
        <translation>开始审核</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>checklist item: verdict</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1已作答</translation>
    </message>
    <message>
        <source>proposal: %1</source>
        <translation>拟定结论：%1</translation>
    </message>
    <message>
        <source>proposal edited</source>
        <translation>拟定结论已编辑</translation>
    </message>
    <message>
        <source>formal check confirmed</source>
        <translation>确认形式审查完成</translation>
    </message>
    <message>
        <source>formal check unconfirmed</source>
        <translation>取消确认形式审查</translation>
    </message>
    <message>
        <source>security review confirmed</source>
        <translation>确认安全审查完成</translation>
    </message>
    <message>
        <source>security review unconfirmed</source>
        <translation>取消确认安全审查</translation>
    </message>
    <message>
        <source>reasons for sending back</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <source>approver&apos;s comment on %1</source>
        <translation>复核人对%1的意见</translation>
    </message>
    <message>
        <source>formal check notes</source>
        <translation>形式审查备注</translation>
    </message>
    <message>
        <source>security findings</source>
        <translation>安全审查意见</translation>
    </message>
    <message>
        <source>mode fit notes</source>
        <translation>模式适配备注</translation>
    </message>
    <message>
        <source>fee notes</source>
        <translation>费用测算备注</translation>
    </message>
    <message>
        <source>mode comparison weights</source>
        <translation>模式比较权重</translation>
    </message>
    <message>
        <source>main mode: %1</source>
        <translation>主要模式：%1</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>mode rationale</source>
        <translation>模式选择理由</translation>
    </message>
    <message>
        <source>default score restored: %1</source>
        <translation>恢复默认评分：%1</translation>
    </message>
    <message>
        <source>score adjusted: %1</source>
        <translation>调整评分：%1</translation>
    </message>
    <message>
        <source>fee rule version %1</source>
        <translation>收费规则版本 %1</translation>
    </message>
    <message>
        <source>fee rule file %1</source>
        <translation>收费规则文件 %1</translation>
    </message>
    <message>
        <source>fee inputs</source>
        <translation>测算输入</translation>
    </message>
    <message>
        <source>fee computed: %1</source>
        <translation>测算费用：%1</translation>
    </message>
    <message>
        <source>justified</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>excessive</source>
        <translation>超出所需</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>已清除</translation>
    </message>
    <message>
        <source>resource %1: %2</source>
        <translation>数据资源 %1：%2</translation>
    </message>
    <message>
        <source>resource %1: comment</source>
        <translation>数据资源 %1：意见</translation>
    </message>
    <message numerus="yes">
        <source>conditions edited (%n now)</source>
        <translation>
            <numerusform>修改附加条件（现有 %n 条）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reasons edited (%n now)</source>
        <translation>
            <numerusform>修改理由（现有 %n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>review opinion edited</source>
        <translation>修改审核意见</translation>
    </message>
</context>
<context>
    <name>gd::ReviewWorkspace</name>
    <message>
        <source>Review: %1 · %2</source>
        <translation>审核：%1 · %2</translation>
    </message>
    <message>
        <source>‹ Previous step  (%1)</source>
        <translation>‹ 上一步（%1）</translation>
    </message>
    <message>
        <source>Next step ›  (%1)</source>
        <translation>下一步 ›（%1）</translation>
    </message>
    <message>
        <source>Go to the first item that is still missing</source>
        <translation>跳转到第一个未完成事项</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>草稿已于 %1 保存</translation>
    </message>
    <message>
        <source>Every edit is saved as a draft within a second</source>
        <translation>每次编辑均在一秒内保存为草稿</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>✓ Ready to submit</source>
        <translation>✓ 可以提交</translation>
    </message>
    <message numerus="yes">
        <source>%n required item(s) missing</source>
        <translation>
            <numerusform>尚有 %n 项未完成</numerusform>
        </translation>
    </message>
    <message>
        <source>→ go</source>
        <translation>→ 前往</translation>
    </message>
    <message>
        <source>This review is read-only: the case is “%1”. Its answers are shown as they were submitted.</source>
        <translation>本审核为只读：案件状态为“%1”。所示内容为提交时的结论。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Return notice: %1</source>
        <translation>退回通知书：%1</translation>
    </message>
    <message>
        <source>The review is shown as it is stored.</source>
        <translation>所示审核为其存储时的内容。</translation>
    </message>
    <message>
        <source>You approve this case: the reviewer&apos;s answers are shown read-only. Comment on any step below its page, then agree or send the case back on the decision step.</source>
        <translation>您正在复核本案件：初审人的答复仅供查看。可在各步骤页面下方填写意见，然后在“审核意见”步骤中同意或退回初审。</translation>
    </message>
    <message>
        <source>You submitted this review for approval: another officer with the approver role agrees or sends it back. Until then its answers are shown as they were submitted.</source>
        <translation>您已提交本审核待复核：由另一名具有复核人角色的审核人员同意或退回。在此之前，审核内容按提交时的样子显示。</translation>
    </message>
</context>
<context>
    <name>gd::RuleFilesDialog</name>
    <message>
        <source>Fee Rule Files</source>
        <translation>收费规则</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import Fee Rule File</source>
        <translation>导入收费规则</translation>
    </message>
    <message>
        <source>Fee rule files (*.json);;All files (*)</source>
        <translation>收费规则文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Rule files in the format grantdesk.fee-rules/1. A file is checked before it is imported; a file with any error is refused.</source>
        <translation>格式为 grantdesk.fee-rules/1 的收费规则文件。导入前先行校验；有任何错误的文件不予导入。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation>已导入 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>gd::SecurityPage</name>
    <message>
        <source>Security review complete</source>
        <translation>安全审查已完成</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between list items</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>MLPS level</source>
        <translation>等保等级</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>第 %1 级</translation>
    </message>
    <message>
        <source>Data grades requested</source>
        <translation>申请数据分级</translation>
    </message>
    <message>
        <source>Commercial cryptography assessment</source>
        <translation>商用密码应用安全性评估</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Security officer</source>
        <translation>安全负责人</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>未明确</translation>
    </message>
    <message>
        <source>Incidents in the last 3 years</source>
        <translation>近 3 年安全事件</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>已制定</translation>
    </message>
    <message>
        <source>✓ No findings: the protection level fits the data requested.</source>
        <translation>✓ 未发现问题：安全保护水平与所申请数据相适应。</translation>
    </message>
    <message>
        <source>Your findings on security: risks, conditions to impose, evidence checked</source>
        <translation>安全审查意见：风险、拟附加的条件、已核查的佐证材料</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Your findings</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <comment>data grade: resources of that grade</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <source>Does the applicant&apos;s protection fit the data it asks for? General data needs MLPS level 2, important data level 3, core data level 4, and level 3 or above a passed cryptography assessment.</source>
        <translation>申请单位的安全保护水平是否与所申请数据相适应？一般数据须达到等保二级，重要数据三级，核心数据四级；要求三级及以上的须通过密评。</translation>
    </message>
</context>
<context>
    <name>gd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>gd::SigningSettingsPage</name>
    <message>
        <source>&amp;Export Certificate…</source>
        <translation>导出证书(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Trust My Own Certificate</source>
        <translation>信任我自己的证书(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>My signing identity</source>
        <translation>我的签名身份</translation>
    </message>
    <message>
        <source>&amp;Generate Key…</source>
        <translation>生成密钥(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Import Key and Certificate…</source>
        <translation>导入密钥和证书(&amp;I)…</translation>
    </message>
    <message>
        <source>Save your certificate (PEM) to hand to colleagues who verify your packages</source>
        <translation>保存您的证书（PEM），交给验证您数据包的同事</translation>
    </message>
    <message>
        <source>Add your own certificate to this workstation&apos;s trust store</source>
        <translation>将您自己的证书添加到本工作站的信任库</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>受信任的证书</translation>
    </message>
    <message>
        <source>Packages whose signers are listed here, or whose certificates a CA listed here issued, verify as trusted.</source>
        <translation>签署人列于此处，或其证书由此处所列 CA 签发的数据包，验证结果为受信任。</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>&amp;Add from File…</source>
        <translation>从文件添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Export Certificate</source>
        <translation>导出证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Certificate saved to %1.</source>
        <translation>证书已保存到 %1。</translation>
    </message>
    <message>
        <source>Your certificate is now in the trust store.</source>
        <translation>您的证书已加入信任库。</translation>
    </message>
    <message>
        <source>Add Trusted Certificate</source>
        <translation>添加受信任的证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Certificate added to the trust store.</source>
        <translation>证书已加入信任库。</translation>
    </message>
    <message>
        <source>Remove Trusted Certificate</source>
        <translation>移除受信任的证书</translation>
    </message>
    <message>
        <source>Stop trusting %1? Packages it signed will verify as not trusted.</source>
        <translation>不再信任 %1？由其签署的数据包将验证为不受信任。</translation>
    </message>
    <message>
        <source>Certificate removed from the trust store.</source>
        <translation>证书已从信任库中移除。</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Key folder: %1</source>
        <translation>密钥文件夹：%1</translation>
    </message>
    <message>
        <source>No signing key yet. Generate one, or import the key and certificate your organization issued you, before signing review packages.</source>
        <translation>尚无签名密钥。签署审核数据包前，请生成密钥，或导入所在单位为您签发的密钥和证书。</translation>
    </message>
    <message>
        <source>The certificate cannot be read: %1</source>
        <translation>无法读取证书：%1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>trusted on this workstation</source>
        <translation>在本工作站受信任</translation>
    </message>
    <message>
        <source>not trusted: %1</source>
        <translation>不受信任：%1</translation>
    </message>
    <message>
        <source>self-issued</source>
        <translation>自签发</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>由 %1 签发</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>a signing key is there already; confirm that it is replaced</source>
        <translation>已存在签名密钥；请确认替换</translation>
    </message>
    <message>
        <source>cannot move the old key folder to %1</source>
        <translation>无法将旧密钥文件夹移动到 %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>the certificate must name you</source>
        <translation>证书必须载明您的姓名</translation>
    </message>
    <message>
        <source>cannot move the imported key into place</source>
        <translation>无法将导入的密钥移动到位</translation>
    </message>
    <message>
        <source>A new signing key and certificate were made.</source>
        <translation>已生成新的签名密钥和证书。</translation>
    </message>
    <message>
        <source>The key and certificate were imported.</source>
        <translation>密钥和证书已导入。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (position, unit)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between position and unit</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有人</translation>
    </message>
</context>
<context>
    <name>gd::StepNavigator</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Current step (%1)</source>
        <translation>当前步骤（%1）</translation>
    </message>
</context>
<context>
    <name>gd::VerifyDialog</name>
    <message>
        <source>Member</source>
        <translation>成员文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Certificate SHA-256</source>
        <translation>证书 SHA-256</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签署时间</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Trust Signer&apos;s Certificate…</source>
        <translation>信任签署人的证书(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Open Report</source>
        <translation>打开报告(&amp;O)</translation>
    </message>
    <message>
        <source>Verify Package — %1</source>
        <translation>验证数据包 — %1</translation>
    </message>
    <message>
        <source>Add the selected signer&apos;s certificate to this workstation&apos;s trust store</source>
        <translation>将所选签署人的证书添加到本工作站的信任库</translation>
    </message>
    <message>
        <source>Trust Signer</source>
        <translation>信任签署人</translation>
    </message>
    <message>
        <source>Trust the certificate of %1 for verifying packages on this workstation?

Compare its fingerprint with the one the signer gave you:
%2</source>
        <translation>是否在本工作站信任 %1 的证书，用于验证数据包？

请将其指纹与签署人提供给您的指纹进行比对：
%2</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员文件</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 第 %2 版</translation>
    </message>
    <message>
        <source>decision: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>不受信任</translation>
    </message>
    <message>
        <source>Open review.pdf from this package</source>
        <translation>打开此数据包中的 review.pdf</translation>
    </message>
    <message>
        <source>review.pdf is not intact; it is not opened</source>
        <translation>review.pdf 不完好，未打开</translation>
    </message>
    <message>
        <source>no signer&apos;s certificate in that row</source>
        <translation>该行没有签署人的证书</translation>
    </message>
    <message>
        <source>no application opens PDF files</source>
        <translation>没有可打开 PDF 文件的应用程序</translation>
    </message>
</context>
<context>
    <name>gd::WatchedFolder</name>
    <message>
        <source>The watched feed folder %1 cannot be read.</source>
        <translation>无法读取监视的数据源文件夹 %1。</translation>
    </message>
    <message>
        <source>Feed imports could not be read: %1</source>
        <translation>无法读取数据源导入记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>Feed %1 (%2) imported from the watched folder: %Ln record(s), %3 new, %4 replaced.</source>
        <translation>
            <numerusform>数据源 %1（%2）已从监视文件夹导入：%Ln 条记录，新增 %3 条，替换 %4 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>The watched feed folder %1 is not read: %2</source>
        <translation>未读取监视的数据文件夹 %1：%2</translation>
    </message>
</context>
<context>
    <name>gd::cli::CommandLine</name>
    <message>
        <source>(see grantdesk-cli %1 --help)</source>
        <translation>（参见 grantdesk-cli %1 --help）</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>The fee rule file (grantdesk.fee-rules/1). Required.</source>
        <translation>收费规则文件（grantdesk.fee-rules/1）。必填。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The product code in the rule file. Required.</source>
        <translation>规则文件中的产品编码。必填。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>The use class, as the rule file names it. Required.</source>
        <translation>使用类别，按规则文件中的名称。必填。</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>The quantity in the product&apos;s billing unit, a non-negative integer. Required.</source>
        <translation>以产品计费单位计的数量，非负整数。必填。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>The unit the quantity is given in, when not the billing unit.</source>
        <translation>数量所用的单位（与计费单位不同时）。</translation>
    </message>
    <message>
        <source>U</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>The applicant is a small or micro business.</source>
        <translation>申请方为中小企业。</translation>
    </message>
    <message>
        <source>The use is a priority scenario.</source>
        <translation>该使用属于重点支持场景。</translation>
    </message>
    <message>
        <source>The operator&apos;s unified social credit code: checks its revenue cap.</source>
        <translation>运营方的统一社会信用代码：核查其收入上限。</translation>
    </message>
    <message>
        <source>CREDITCODE</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>The first day of the use period (with --end).</source>
        <translation>使用期的第一天（与 --end 同用）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The last day of the use period (with --start).</source>
        <translation>使用期的最后一天（与 --start 同用）。</translation>
    </message>
    <message>
        <source>The review date the rules apply on (default: today).</source>
        <translation>适用规则的审核日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Print the result, trace and findings as JSON.</source>
        <translation>以 JSON 输出结果、计算过程和发现的问题。</translation>
    </message>
    <message>
        <source>The operation service fee under a fee rule file, with its trace and findings.
Dates are YYYY-MM-DD. Exit 0 priced, 2 the rule file is invalid, 64 wrong usage.</source>
        <translation>按收费规则文件计算运营服务费，并给出计算过程和发现的问题。
日期格式为 YYYY-MM-DD。退出码：0 已计价，2 规则文件无效，64 用法错误。</translation>
    </message>
    <message>
        <source>--quantity: expected a non-negative integer, not %1</source>
        <translation>--quantity：应为非负整数，而不是 %1</translation>
    </message>
    <message>
        <source>--%1: not a date (YYYY-MM-DD): %2</source>
        <translation>--%1：不是日期（YYYY-MM-DD）：%2</translation>
    </message>
    <message>
        <source>--rules, --product, --use and --quantity are required</source>
        <translation>--rules、--product、--use 和 --quantity 为必填项</translation>
    </message>
    <message>
        <source>--start and --end go together</source>
        <translation>--start 和 --end 须同时给出</translation>
    </message>
    <message>
        <source>--end is before --start</source>
        <translation>--end 早于 --start</translation>
    </message>
    <message>
        <source>A review package whose audit head must be an event of this trail; more packages may follow it, or the option be repeated.</source>
        <translation>审核数据包，其审计头必须是本审计日志中的事件；其后可跟更多数据包，也可重复本选项。</translation>
    </message>
    <message>
        <source>FILE.gdpkg</source>
        <translation>文件.gdpkg</translation>
    </message>
    <message>
        <source>More packages, after --package.</source>
        <translation>更多数据包，写在 --package 之后。</translation>
    </message>
    <message>
        <source>Verifies the whole audit trail: the hash chain, the signed checkpoints, and that signed cases keep their events. The events after the newest signed checkpoint are reported as unanchored.
Exit 0 intact, 1 broken (what broke is named), 2 the database is unreadable, 64 wrong usage.</source>
        <translation>校验整个审计日志：哈希链、已签名检查点，以及已签署的案件是否保有其事件。最新已签名检查点之后的事件报告为未锚定。
退出码：0 完好，1 断链（指明断在何处），2 数据库无法读取，64 用法错误。</translation>
    </message>
    <message>
        <source>Verify the whole audit trail and its signed checkpoints.</source>
        <translation>校验整个审计日志及其已签名检查点。</translation>
    </message>
    <message>
        <source>The audit trail: every change to a case, hash-chained and anchored by signed checkpoints.</source>
        <translation>审计日志：案件的每一次变更，以哈希链相连，并由已签名检查点锚定。</translation>
    </message>
    <message>
        <source>Each command describes its options and arguments: grantdesk-cli COMMAND --help.</source>
        <translation>各命令的选项和参数说明见：grantdesk-cli 命令 --help。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 a failure, 2 refused input, 3 a storage problem (the database is locked, read-only, full, damaged or not a GrantDesk database), 64 wrong usage. A command waits up to 5 s for another one using the database.</source>
        <translation>退出码：0 成功，1 失败，2 输入被拒绝，3 存储问题（数据库被锁定、只读、已满、损坏或不是 GrantDesk 数据库），64 用法错误。另一命令正在使用数据库时，命令最多等待 5 秒。</translation>
    </message>
    <message>
        <source>Passphrases come from the terminal, or from GRANTDESK_PASSPHRASE for scripts. Errors go to stderr as &quot;where: what&quot;, one per line.</source>
        <translation>口令从终端读取，脚本可通过 GRANTDESK_PASSPHRASE 提供。错误输出到标准错误，格式为“位置：问题”，每行一条。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>GrantDesk reviews applications to use public data under authorized operation.</source>
        <translation>GrantDesk 用于审核公共数据授权运营的使用申请。</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Open the database read-only (automatic when the file or its folder cannot be written): list, audit verify, db check, indicators and alerts work, commands that write are refused.</source>
        <translation>以只读方式打开数据库（文件或其所在文件夹不可写时自动只读）：list、audit verify、db check、indicators 和 alerts 可用，写入数据库的命令被拒绝。</translation>
    </message>
    <message>
        <source>Write debug messages to the log.</source>
        <translation>将调试信息写入日志。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>The command to run (listed below), followed by its own options and arguments.</source>
        <translation>要运行的命令（见下表），其后跟该命令自己的选项和参数。</translation>
    </message>
    <message>
        <source>(see grantdesk-cli --help)</source>
        <translation>（参见 grantdesk-cli --help）</translation>
    </message>
    <message>
        <source>unknown command (see --help)</source>
        <translation>未知命令（参见 --help）</translation>
    </message>
    <message>
        <source>What to do (listed below), followed by its own options; grantdesk-cli %1 SUBCOMMAND --help describes them.</source>
        <translation>要执行的操作（见下表），其后跟它自己的选项；说明见 grantdesk-cli %1 子命令 --help。</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>应为“%1”</translation>
    </message>
    <message>
        <source>%1: unknown subcommand, expected &apos;%2&apos;</source>
        <translation>%1：未知子命令，应为“%2”</translation>
    </message>
    <message>
        <source>Application files, or folders walked for them; other JSON files are named as skipped.</source>
        <translation>申请文件，或在其中查找申请文件的文件夹；其他 JSON 文件会列为已跳过。</translation>
    </message>
    <message>
        <source>Imports application files (grantdesk.application/1), each in one transaction or not at all.
Exit 0 all imported (or already stored), 2 any file refused, 64 wrong usage.</source>
        <translation>导入申请文件（grantdesk.application/1），每个文件在一个事务中全部导入或完全不导入。
退出码：0 全部已导入（或已存储），2 有文件被拒绝，64 用法错误。</translation>
    </message>
    <message>
        <source>needs at least one FILE or DIR</source>
        <translation>至少需要一个文件或文件夹</translation>
    </message>
    <message>
        <source>The resource register file.</source>
        <translation>资源登记簿文件。</translation>
    </message>
    <message>
        <source>Imports a resource register file (grantdesk.register/1): an upsert by code that keeps the history of status changes.
Exit 0 imported, 2 the file is refused, 64 wrong usage.</source>
        <translation>导入资源登记簿文件（grantdesk.register/1）：按编码新增或更新，并保留状态变更历史。
退出码：0 已导入，2 文件被拒绝，64 用法错误。</translation>
    </message>
    <message>
        <source>needs exactly one FILE</source>
        <translation>需要且只需要一个文件</translation>
    </message>
    <message>
        <source>Only applications with this status (%1); may be repeated.</source>
        <translation>只列出处于该状态的申请（%1）；可重复指定。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Full-text search (any length, Chinese included).</source>
        <translation>全文搜索（任意长度，支持中文）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Every version, not only the highest.</source>
        <translation>列出全部版本，而不仅是最新版本。</translation>
    </message>
    <message>
        <source>Print the applications as a JSON array.</source>
        <translation>以 JSON 数组输出申请。</translation>
    </message>
    <message>
        <source>Lists applications, the highest version of each, by id.
A deadline ending in ! is overdue.</source>
        <translation>按编号列出申请，每个申请只列最新版本。
截止日期后带 ! 表示已逾期。</translation>
    </message>
    <message>
        <source>--status: unknown status &apos;%1&apos; (one of %2)</source>
        <translation>--status：未知状态“%1”（应为 %2 之一）</translation>
    </message>
    <message>
        <source>Loads the demo data set, dated relative to today: applications, the register, reviews at every stage with their audit events. Adds nothing when it is already there.</source>
        <translation>加载演示数据集（日期以今天为基准）：申请、资源登记簿、处于各阶段的审核及其审计事件。已加载过时不再添加。</translation>
    </message>
    <message>
        <source>Checks the database file&apos;s integrity, its schema against the one this version creates, and the audit trail. Read-only and without the lock: it never changes the file.
Exit 0 sound, 1 a problem found, 3 the database cannot be opened, 64 wrong usage.</source>
        <translation>检查数据库文件的完整性、其结构是否与本版本创建的一致，以及审计日志。只读且不加锁：绝不修改文件。
退出码：0 完好，1 发现问题，3 无法打开数据库，64 用法错误。</translation>
    </message>
    <message>
        <source>Check the file&apos;s integrity, schema and audit trail.</source>
        <translation>检查文件的完整性、结构和审计日志。</translation>
    </message>
    <message>
        <source>The database file itself (--db, or the default location).</source>
        <translation>数据库文件本身（--db 指定，或默认位置）。</translation>
    </message>
    <message>
        <source>The algorithm: sm2 (SM2 with SM3) or ed25519. Required.</source>
        <translation>算法：sm2（SM2 配 SM3）或 ed25519。必填。</translation>
    </message>
    <message>
        <source>The officer&apos;s name, as the certificate states it. Required.</source>
        <translation>审核人员姓名，即证书上写明的姓名。必填。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The officer&apos;s unit (organization).</source>
        <translation>审核人员所在单位。</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>The officer&apos;s position.</source>
        <translation>审核人员职务。</translation>
    </message>
    <message>
        <source>How many days the certificate is valid, 1 to %1 (default: %2).</source>
        <translation>证书有效天数，1 至 %1（默认：%2）。</translation>
    </message>
    <message>
        <source>The folder that receives key.pem and cert.pem; an existing key is never overwritten. Required.</source>
        <translation>存放 key.pem 和 cert.pem 的文件夹；已有密钥绝不会被覆盖。必填。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Makes a signing key, stored as encrypted PKCS#8 (DIR/key.pem, the owner&apos;s only), and a self-issued certificate naming the officer (DIR/cert.pem). The passphrase (at least 8 characters) is asked twice, or read from GRANTDESK_PASSPHRASE.
Exit 0 made, 1 a failure, 64 wrong usage or a name with hidden characters.</source>
        <translation>生成签名密钥，以加密的 PKCS#8 存储（文件夹/key.pem，仅所有者可读写），并生成写明审核人员的自签发证书（文件夹/cert.pem）。口令（至少 8 个字符）需输入两次，或从 GRANTDESK_PASSPHRASE 读取。
退出码：0 已生成，1 失败，64 用法错误或姓名含隐藏字符。</translation>
    </message>
    <message>
        <source>--alg, --name and --out are required</source>
        <translation>--alg、--name 和 --out 为必填项</translation>
    </message>
    <message>
        <source>--alg: %1: expected sm2 or ed25519</source>
        <translation>--alg：%1：应为 sm2 或 ed25519</translation>
    </message>
    <message>
        <source>--days: %1: expected a whole number from 1 to %2</source>
        <translation>--days：%1：应为 1 至 %2 的整数</translation>
    </message>
    <message>
        <source>Import application files (grantdesk.application/1).</source>
        <translation>导入申请文件（grantdesk.application/1）。</translation>
    </message>
    <message>
        <source>Import a resource register file (grantdesk.register/1).</source>
        <translation>导入资源登记簿文件（grantdesk.register/1）。</translation>
    </message>
    <message>
        <source>List applications (the highest version of each).</source>
        <translation>列出申请（每个申请的最新版本）。</translation>
    </message>
    <message>
        <source>Load the demo data set (dated relative to today).</source>
        <translation>加载演示数据集（日期以今天为基准）。</translation>
    </message>
    <message>
        <source>Verify the audit trail: its hash chain and signed checkpoints.</source>
        <translation>校验审计日志：哈希链和已签名检查点。</translation>
    </message>
    <message>
        <source>Check the database file: integrity, schema, audit trail.</source>
        <translation>检查数据库文件：完整性、结构、审计日志。</translation>
    </message>
    <message>
        <source>Compute the operation service fee under a fee rule file.</source>
        <translation>按收费规则文件计算运营服务费。</translation>
    </message>
    <message>
        <source>Make a signing key (SM2 or Ed25519) and its certificate.</source>
        <translation>生成签名密钥（SM2 或 Ed25519）及其证书。</translation>
    </message>
    <message>
        <source>Sign a decided review and write its review package.</source>
        <translation>签署已决定的审核并生成其审核数据包。</translation>
    </message>
    <message>
        <source>Add the approver&apos;s signature to a package file.</source>
        <translation>在数据包文件上加上复核人的签名。</translation>
    </message>
    <message>
        <source>Verify a package: its members, its signatures and their trust.</source>
        <translation>校验数据包：成员文件、签名及签署人是否受信任。</translation>
    </message>
    <message>
        <source>Import monitoring feed files (idempotent).</source>
        <translation>导入监测数据源文件（幂等）。</translation>
    </message>
    <message>
        <source>Show the monitoring indicators of the four dimensions.</source>
        <translation>显示四个监测维度的指标。</translation>
    </message>
    <message>
        <source>Show the risk alerts as of a day, or acknowledge one.</source>
        <translation>显示截至某日的风险预警，或确认其中一条。</translation>
    </message>
    <message>
        <source>Only this implementing body.</source>
        <translation>只统计该实施机构。</translation>
    </message>
    <message>
        <source>Only this data domain.</source>
        <translation>只统计该领域。</translation>
    </message>
    <message>
        <source>D</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Only this authorization mode: whole, domain or scenario.</source>
        <translation>只统计该授权模式：whole、domain 或 scenario。</translation>
    </message>
    <message>
        <source>M</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Only the operator with this unified social credit code.</source>
        <translation>只统计具有该统一社会信用代码的运营机构。</translation>
    </message>
    <message>
        <source>Monitoring feed files (JSON or CSV, docs/feeds.md), or folders walked for them.</source>
        <translation>监测数据源文件（JSON 或 CSV，见 docs/feeds.md），或在其中查找此类文件的文件夹。</translation>
    </message>
    <message>
        <source>Imports monitoring feeds. Idempotent: the same file twice changes nothing, a record with a known id replaces the earlier one.
Exit 0 all imported, 2 any file refused, 64 wrong usage.</source>
        <translation>导入监测数据源。幂等：同一文件导入两次不产生变化，编号已知的记录替换先前的记录。
退出码：0 全部已导入，2 有文件被拒绝，64 用法错误。</translation>
    </message>
    <message>
        <source>The first day of the period (default: a year before its last day).</source>
        <translation>统计期第一天（默认：统计期最后一天的一年前）。</translation>
    </message>
    <message>
        <source>The last day of the period (default: the --on day).</source>
        <translation>统计期最后一天（默认：--on 指定的日期）。</translation>
    </message>
    <message>
        <source>The day validity and open incidents are judged on (default: today).</source>
        <translation>判断有效期和未关闭安全事件所依据的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Print the indicators and their figures as JSON.</source>
        <translation>以 JSON 输出指标及其数值。</translation>
    </message>
    <message>
        <source>The monitoring indicators of docs/domain.md §7, by dimension, each with its figures and the ids behind its exceptions.
Dates are YYYY-MM-DD. Exit 0 shown, 1 a failure, 64 wrong usage.</source>
        <translation>docs/domain.md 第 7 节的监测指标，按维度列出，每项附其数值及异常所涉编号。
日期格式为 YYYY-MM-DD。退出码：0 已显示，1 失败，64 用法错误。</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from 晚于 --to</translation>
    </message>
    <message>
        <source>The day the alerts are as of (default: today).</source>
        <translation>预警的截至日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Print the alerts as JSON, each with the key --ack takes.</source>
        <translation>以 JSON 输出预警，每条附 --ack 所用的键。</translation>
    </message>
    <message>
        <source>Acknowledge the alert with this key (needs --note and --key); recorded in the audit trail.</source>
        <translation>确认具有该键的预警（需要 --note 和 --key）；记入审计日志。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Why the alert is acknowledged (with --ack).</source>
        <translation>确认该预警的理由（与 --ack 同用）。</translation>
    </message>
    <message>
        <source>The acting officer&apos;s key folder that signs the acknowledgement (with --ack).</source>
        <translation>对确认进行签名的经办审核人员的密钥文件夹（与 --ack 同用）。</translation>
    </message>
    <message>
        <source>The risk alerts as of a day, or, with --ack, the acknowledgement of one, signed with the officer&apos;s key (its passphrase is asked, or read from GRANTDESK_PASSPHRASE).
Exit 0 shown or acknowledged, 1 a failure or no such alert, 64 wrong usage.</source>
        <translation>截至某日的风险预警；使用 --ack 时确认其中一条，并以审核人员的密钥签名（询问其口令，或从 GRANTDESK_PASSPHRASE 读取）。
退出码：0 已显示或已确认，1 失败或无此预警，64 用法错误。</translation>
    </message>
    <message>
        <source>--ack needs --note TEXT (why the alert is acknowledged)</source>
        <translation>--ack 需要 --note 文本（确认该预警的理由）</translation>
    </message>
    <message>
        <source>--ack needs --key DIR (the acting officer&apos;s signing key)</source>
        <translation>--ack 需要 --key 文件夹（经办审核人员的签名密钥）</translation>
    </message>
    <message>
        <source>%1 goes with --ack KEY</source>
        <translation>%1 须与 --ack 键同用</translation>
    </message>
    <message>
        <source>The version of the application (default: the highest).</source>
        <translation>申请的版本（默认：最新版本）。</translation>
    </message>
    <message>
        <source>The reviewer&apos;s key folder (key.pem and cert.pem, see keygen). Required.</source>
        <translation>初审人的密钥文件夹（key.pem 和 cert.pem，见 keygen）。必填。</translation>
    </message>
    <message>
        <source>The package file to write. Required.</source>
        <translation>要生成的数据包文件。必填。</translation>
    </message>
    <message>
        <source>The application id. Required.</source>
        <translation>申请编号。必填。</translation>
    </message>
    <message>
        <source>The reviewer signs a decided review: writes the review package and moves the case to signed. Refused when the key&apos;s certificate does not name the case&apos;s reviewer.
Exit 0 signed, 1 refused or a failure, 64 wrong usage.</source>
        <translation>初审人签署已决定的审核：生成审核数据包，并将案件转为已签署。密钥的证书未写明该案件的初审人时拒绝。
退出码：0 已签署，1 被拒绝或失败，64 用法错误。</translation>
    </message>
    <message>
        <source>ID, --key and --out are required</source>
        <translation>编号、--key 和 --out 为必填项</translation>
    </message>
    <message>
        <source>--version: %1: expected a version number</source>
        <translation>--version：%1：应为版本号</translation>
    </message>
    <message>
        <source>The approver&apos;s key folder (key.pem and cert.pem). Required.</source>
        <translation>复核人的密钥文件夹（key.pem 和 cert.pem）。必填。</translation>
    </message>
    <message>
        <source>The package the reviewer signed. Required.</source>
        <translation>初审人已签署的数据包。必填。</translation>
    </message>
    <message>
        <source>The approver countersigns a package file; refused for the reviewer&apos;s own certificate or key, and unless the certificate names the approver the review records. With --db, the case becomes countersigned too.
Exit 0 countersigned, 1 refused or a failure, 64 wrong usage.</source>
        <translation>复核人对数据包文件复核签名；使用初审人本人的证书或密钥时拒绝，证书未写明审核记录中的复核人时也拒绝。指定 --db 时，案件同时转为已复核签名。
退出码：0 已复核签名，1 被拒绝或失败，64 用法错误。</translation>
    </message>
    <message>
        <source>FILE and --key are required</source>
        <translation>文件和 --key 为必填项</translation>
    </message>
    <message>
        <source>Also trust this certificate (PEM or DER), beside the trust store; may be repeated.</source>
        <translation>除信任库外，另信任该证书（PEM 或 DER）；可重复指定。</translation>
    </message>
    <message>
        <source>CERT</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Every signer must be trusted.</source>
        <translation>每个签署人都必须受信任。</translation>
    </message>
    <message>
        <source>The package must be countersigned by the approver the review records, with another certificate and key than the reviewer&apos;s.</source>
        <translation>数据包必须由审核记录中的复核人复核签名，且所用证书和密钥不同于初审人的。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 输出校验报告。</translation>
    </message>
    <message>
        <source>The package to verify. Required.</source>
        <translation>要校验的数据包。必填。</translation>
    </message>
    <message>
        <source>Checks every member of a review package, every signature and the signers&apos; trust (the trust store the GUI keeps).
Exit 0 valid, 1 modified or invalid (or a required condition unmet), 2 not a readable package, 64 wrong usage.</source>
        <translation>检查审核数据包的每个成员文件、每个签名以及签署人是否受信任（使用图形界面维护的信任库）。
退出码：0 有效，1 被修改或无效（或未满足要求的条件），2 不是可读取的数据包，64 用法错误。</translation>
    </message>
    <message>
        <source>FILE is required</source>
        <translation>文件为必填项</translation>
    </message>
    <message>
        <source>The day to evaluate on (default: today).</source>
        <translation>评估所依据的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 输出。</translation>
    </message>
    <message>
        <source>The acts recorded after the countersigned review of a case and where its authorization stands: the stage, what is due next and by when, the term.
Exit 0 shown, 1 no authorization (not countersigned or not approved) or a failure, 64 wrong usage.</source>
        <translation>案件审核经复核签名后已记录的各项后续环节，以及授权当前所处阶段：下一环节及其期限、授权期限。
退出码：0 已显示，1 不存在授权（未经复核签名或审核未同意）或失败，64 用法错误。</translation>
    </message>
    <message>
        <source>ID is required</source>
        <translation>必须给出 ID</translation>
    </message>
    <message>
        <source>The act as a JSON file (docs/formats/lifecycle.md, &quot;Acts as stored&quot;). Required.</source>
        <translation>以 JSON 文件给出的环节记录（见 docs/formats/lifecycle.md“Acts as stored”）。必填。</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>文件.json</translation>
    </message>
    <message>
        <source>The recording officer&apos;s key folder (key.pem and cert.pem). Required.</source>
        <translation>记录人的密钥文件夹（key.pem 和 cert.pem）。必填。</translation>
    </message>
    <message>
        <source>Records the next act of a countersigned, approved case (collective decision, approval, agreement, filing, disclosure, suspension, resumption, revocation, termination) with its audit event and a checkpoint signed with the officer&apos;s key. Refused when the act may not follow, with every reason.
Exit 0 recorded, 1 refused or a failure, 2 the act file is unreadable, 64 wrong usage.</source>
        <translation>为经复核签名且审核同意的案件记录下一环节（集体决策、批复、运营协议、备案、公开、暂停、恢复、撤销、终止），同时写入审计事件和以记录人密钥签名的检查点。该环节不能接续时予以拒绝，并列出全部理由。
退出码：0 已记录，1 被拒绝或失败，2 无法读取环节文件，64 用法错误。</translation>
    </message>
    <message>
        <source>ID, --act and --key are required</source>
        <translation>ID、--act 和 --key 为必填项</translation>
    </message>
    <message>
        <source>Where a case&apos;s authorization stands and what is due.</source>
        <translation>案件授权当前所处阶段及待办事项。</translation>
    </message>
    <message>
        <source>Record the next act of a case&apos;s authorization.</source>
        <translation>记录案件授权的下一环节。</translation>
    </message>
    <message>
        <source>The authorization&apos;s life after the countersigned review.</source>
        <translation>审核经复核签名后授权的后续环节。</translation>
    </message>
    <message>
        <source>Every authorization (a countersigned review that approved its case) with its stage, term, operator and what is due.
Exit 0 listed, 1 a failure, 64 wrong usage.</source>
        <translation>列出全部授权（审核经复核签名且同意的案件）及其阶段、期限、运营机构和待办事项。
退出码：0 已列出，1 失败，64 用法错误。</translation>
    </message>
    <message>
        <source>List the authorizations with their stage, term, operator and what is due.</source>
        <translation>列出各项授权及其阶段、期限、运营机构和待办事项。</translation>
    </message>
    <message>
        <source>Show or record the acts of an authorization after its review.</source>
        <translation>显示或记录授权在审核之后的各项环节。</translation>
    </message>
    <message>
        <source>Submit a complete review for approval.</source>
        <translation>将已完成的审核提交审批。</translation>
    </message>
    <message>
        <source>Agree with a review or send it back, signed with the approver&apos;s key.</source>
        <translation>同意审核意见或退回，以审批人的密钥签名。</translation>
    </message>
    <message>
        <source>Prepare an office server (PostgreSQL) and its first administrator.</source>
        <translation>准备办公服务器（PostgreSQL）及其首位管理员。</translation>
    </message>
    <message>
        <source>The office server&apos;s officers and their roles.</source>
        <translation>办公服务器上的审核人员及其角色。</translation>
    </message>
    <message>
        <source>Password for the officer %1 on the server: </source>
        <translation>审核人员 %1 在服务器上的密码：</translation>
    </message>
    <message>
        <source>The administrator&apos;s name, as records show it. Required.</source>
        <translation>管理员姓名，即记录中显示的姓名。必填。</translation>
    </message>
    <message>
        <source>The first administrator&apos;s login. Required.</source>
        <translation>首位管理员的登录名。必填。</translation>
    </message>
    <message>
        <source>Prepares an office server: its database (--db postgresql://…, created when missing), the schema, the group roles reviewer, approver and administrator, and the first administrator, who may then add officers. Run as a server role that may create databases and roles. The password comes from GRANTDESK_OFFICER_PASSWORD or the terminal.
Exit 0 ready, 1 refused, 64 wrong usage.</source>
        <translation>准备办公服务器：数据库（--db postgresql://…，不存在时创建）、表结构、审核人、审批人和管理员三个组角色，以及首位管理员（之后由其添加审核人员）。须以可创建数据库和角色的服务器角色运行。密码取自 GRANTDESK_OFFICER_PASSWORD 或终端输入。
退出码 0 已就绪，1 被拒绝，64 用法错误。</translation>
    </message>
    <message>
        <source>LOGIN and --name are required</source>
        <translation>须给出 LOGIN 和 --name</translation>
    </message>
    <message>
        <source>--db postgresql://… is required</source>
        <translation>须给出 --db postgresql://…</translation>
    </message>
    <message>
        <source>Prepare an office server and its first administrator.</source>
        <translation>准备办公服务器及其首位管理员。</translation>
    </message>
    <message>
        <source>The officer&apos;s name, as records show it and certificates name it. Required.</source>
        <translation>审核人员姓名，即记录中显示、证书中载明的姓名。必填。</translation>
    </message>
    <message>
        <source>reviewer, approver or administrator. Required.</source>
        <translation>reviewer（审核人）、approver（审批人）或 administrator（管理员）。必填。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The login. Required.</source>
        <translation>登录名。必填。</translation>
    </message>
    <message>
        <source>Adds an officer: a login on the server in one group role. The password comes from GRANTDESK_OFFICER_PASSWORD or the terminal.</source>
        <translation>添加审核人员：服务器上的一个登录名，属于一个组角色。密码取自 GRANTDESK_OFFICER_PASSWORD 或终端输入。</translation>
    </message>
    <message>
        <source>LOGIN, --name and --role are required</source>
        <translation>须给出 LOGIN、--name 和 --role</translation>
    </message>
    <message>
        <source>Grants an officer one more group role.</source>
        <translation>为审核人员增加一个组角色。</translation>
    </message>
    <message>
        <source>Takes a group role from an officer.</source>
        <translation>收回审核人员的一个组角色。</translation>
    </message>
    <message>
        <source>LOGIN and ROLE are required</source>
        <translation>须给出 LOGIN 和 ROLE</translation>
    </message>
    <message>
        <source>Lists the officers and their roles.</source>
        <translation>列出审核人员及其角色。</translation>
    </message>
    <message>
        <source>Add an officer in one group role.</source>
        <translation>添加一名审核人员并授予一个组角色。</translation>
    </message>
    <message>
        <source>Grant an officer a group role.</source>
        <translation>为审核人员授予组角色。</translation>
    </message>
    <message>
        <source>Take a group role from an officer.</source>
        <translation>收回审核人员的组角色。</translation>
    </message>
    <message>
        <source>List the officers and their roles.</source>
        <translation>列出审核人员及其角色。</translation>
    </message>
    <message>
        <source>--as NAME is required on the embedded database</source>
        <translation>在内置数据库上须给出 --as 姓名</translation>
    </message>
    <message>
        <source>The officer acting (the embedded database only; on an office server the connection&apos;s officer acts).</source>
        <translation>办理人员（仅用于内置数据库；在办公服务器上由连接所属的审核人员办理）。</translation>
    </message>
    <message>
        <source>The office server (PostgreSQL) several officers share.</source>
        <translation>多名审核人员共用的办公服务器（PostgreSQL）。</translation>
    </message>
    <message>
        <source>The office server&apos;s officers and their roles (an administrator&apos;s task).</source>
        <translation>办公服务器上的审核人员及其角色（由管理员办理）。</translation>
    </message>
    <message>
        <source>The case. Required.</source>
        <translation>案件。必填。</translation>
    </message>
    <message>
        <source>The reviewer submits a complete review for approval.
Exit 0 submitted, 1 refused (role, completeness, status), 64 wrong usage.</source>
        <translation>审核人将已完成的审核提交审批。
退出码 0 已提交，1 被拒绝（角色、完整性或状态不符），64 用法错误。</translation>
    </message>
    <message>
        <source>Agree with the proposed decision.</source>
        <translation>同意拟定的决定。</translation>
    </message>
    <message>
        <source>Send the case back to the reviewer.</source>
        <translation>将案件退回审核人。</translation>
    </message>
    <message>
        <source>Why it is sent back; may be repeated. Required with --send-back.</source>
        <translation>退回理由；可重复给出。使用 --send-back 时必填。</translation>
    </message>
    <message>
        <source>The approver&apos;s key folder (keygen). Required.</source>
        <translation>审批人的密钥文件夹（keygen 生成）。必填。</translation>
    </message>
    <message>
        <source>The approver agrees or sends the case back, signing the act with their key; refused for the case&apos;s reviewer, for a certificate that does not name the approver or is not trusted, and on an office server for a connection that is not an approver.
Exit 0 done, 1 refused, 64 wrong usage.</source>
        <translation>审批人同意或退回案件，并以其密钥签署该行为；案件的审核人本人、未载明审批人姓名或不受信任的证书，以及办公服务器上不具审批人角色的连接，均予拒绝。
退出码 0 已办理，1 被拒绝，64 用法错误。</translation>
    </message>
    <message>
        <source>ID, --key and one of --agree or --send-back are required</source>
        <translation>须给出 ID、--key，以及 --agree 或 --send-back 之一</translation>
    </message>
    <message>
        <source>--send-back needs --reason</source>
        <translation>--send-back 须附 --reason</translation>
    </message>
    <message>
        <source>The database to copy: a file or postgresql://…. Required.</source>
        <translation>要复制的数据库：文件或 postgresql://…。必填。</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Where the copy goes: a new file, or an empty office server database. Required.</source>
        <translation>副本去处：新文件，或办公服务器上的空数据库。必填。</translation>
    </message>
    <message>
        <source>Copies a whole database, between a workstation&apos;s file and an office server either way: applications, versions, reviews, the register, feeds, the audit trail and its checkpoints, the recorded acts. The source&apos;s audit trail is verified before, the copy&apos;s after, and every table&apos;s count is compared.
Exit 0 copied, 1 refused or a check failed (nothing kept), 3 a database cannot be opened, 64 wrong usage.</source>
        <translation>在工作站文件与办公服务器之间双向复制整个数据库：申请、版本、审核、登记目录、监测数据、审计日志及其检查点、已登记的授权行为。复制前校验源数据库的审计日志，复制后校验副本的审计日志，并逐表核对行数。
退出码 0 已复制，1 被拒绝或校验未通过（不保留任何内容），3 无法打开数据库，64 用法错误。</translation>
    </message>
    <message>
        <source>--from and --to are required</source>
        <translation>须给出 --from 和 --to</translation>
    </message>
    <message>
        <source>Copy a whole database between a file and an office server.</source>
        <translation>在文件与办公服务器之间复制整个数据库。</translation>
    </message>
    <message>
        <source>Give the login no password: it exists on the server already (and keeps its own), or signs in with a client certificate.</source>
        <translation>不为该登录名设置密码：它已存在于服务器上（保留其原有密码），或使用客户端证书登录。</translation>
    </message>
    <message>
        <source>the password is empty; give one, or --no-password for a login that has none</source>
        <translation>密码为空；请提供密码，或对没有密码的登录名使用 --no-password</translation>
    </message>
    <message>
        <source>Checking the file&apos;s pages and indexes, then its schema…</source>
        <translation>正在检查文件的页面和索引，然后检查数据库结构……</translation>
    </message>
    <message>
        <source>Checking the audit trail (after %1 s)…</source>
        <translation>正在检查审计日志（已用 %1 秒）……</translation>
    </message>
</context>
<context>
    <name>gd::creditcode</name>
    <message>
        <source>credit code must have 18 characters, has %1</source>
        <translation>统一社会信用代码应为 18 位，实为 %1 位</translation>
    </message>
    <message>
        <source>credit code has an invalid character &apos;%1&apos; at position %2</source>
        <translation>统一社会信用代码第 %2 位的字符“%1”无效</translation>
    </message>
    <message>
        <source>credit code check character is &apos;%1&apos;, expected &apos;%2&apos; (GB 32100)</source>
        <translation>统一社会信用代码校验码为“%1”，应为“%2”（GB 32100）</translation>
    </message>
    <message>
        <source>credit code&apos;s organization code check character (position 17) is &apos;%1&apos;, expected &apos;%2&apos; (GB 11714)</source>
        <translation>统一社会信用代码中组织机构代码的校验码（第 17 位）为“%1”，应为“%2”（GB 11714）</translation>
    </message>
    <message>
        <source>credit code characters 3 to 8 must be digits (administrative division)</source>
        <translation>统一社会信用代码第 3 至 8 位（登记管理机关行政区划码）应为数字</translation>
    </message>
</context>
<context>
    <name>gd::lifecycle</name>
    <message>
        <source>Awaiting the collective decision</source>
        <translation>待集体决策</translation>
    </message>
    <message>
        <source>Awaiting the approval</source>
        <translation>待批复</translation>
    </message>
    <message>
        <source>Awaiting the operation agreement</source>
        <translation>待签订运营协议</translation>
    </message>
    <message>
        <source>Awaiting filing</source>
        <translation>待备案</translation>
    </message>
    <message>
        <source>Awaiting disclosure</source>
        <translation>待公开</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Not adopted by the collective decision</source>
        <translation>集体决策未通过</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少%1</translation>
    </message>
    <message>
        <source>%1 must be attached (a file with its SHA-256)</source>
        <translation>%1须作为附件提供（文件及其 SHA-256）</translation>
    </message>
    <message>
        <source>the kind of meeting &apos;%1&apos; is not one of the rules</source>
        <translation>会议类型“%1”不在规则所列范围内</translation>
    </message>
    <message>
        <source>the deciding body must have at least one member</source>
        <translation>决策机构至少应有一名成员</translation>
    </message>
    <message>
        <source>%1 present out of %2 members</source>
        <translation>%2 名成员中到会 %1 人，人数不符</translation>
    </message>
    <message>
        <source>no quorum: %1 of %2 members present, at least %3 needed</source>
        <translation>未达到法定人数：%2 名成员中到会 %1 人，至少需 %3 人</translation>
    </message>
    <message>
        <source>%1 recused, but only %2 present</source>
        <translation>回避 %1 人，但到会仅 %2 人</translation>
    </message>
    <message>
        <source>a vote count is negative</source>
        <translation>表决票数不能为负数</translation>
    </message>
    <message>
        <source>the votes do not add up: %1 in favour + %2 against + %3 abstaining = %4, but %5 present less %6 recused = %7 voted</source>
        <translation>表决票数不符：同意 %1 + 反对 %2 + 弃权 %3 = %4，但到会 %5 人减去回避 %6 人应为 %7 人参加表决</translation>
    </message>
    <message>
        <source>recorded as adopted, but %1 in favour is not a majority of %2</source>
        <translation>记录为通过，但同意 %1 票未超过 %2 人的半数</translation>
    </message>
    <message>
        <source>recorded as not adopted, but %1 in favour is a majority of %2</source>
        <translation>记录为未通过，但同意 %1 票已超过 %2 人的半数</translation>
    </message>
    <message>
        <source>the resolution &apos;%1&apos; is not adopted, not_adopted or deferred</source>
        <translation>决议“%1”不是“通过”“未通过”或“暂缓”之一</translation>
    </message>
    <message>
        <source>The minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>The implementing body</source>
        <translation>实施机构</translation>
    </message>
    <message>
        <source>The operator</source>
        <translation>运营机构</translation>
    </message>
    <message>
        <source>the operator&apos;s credit code: %1</source>
        <translation>运营机构的统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>The term</source>
        <translation>授权期限</translation>
    </message>
    <message>
        <source>the term ends (%1) before it starts (%2)</source>
        <translation>授权期限的终止日（%1）早于起始日（%2）</translation>
    </message>
    <message>
        <source>a term from %1 to %2 is longer than %3 months</source>
        <translation>自 %1 至 %2 的授权期限超过 %3 个月</translation>
    </message>
    <message>
        <source>the term starts (%1) before the agreement was signed (%2)</source>
        <translation>授权期限的起始日（%1）早于协议签订日（%2）</translation>
    </message>
    <message>
        <source>The signed agreement</source>
        <translation>已签订的运营协议</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>The authority filed with</source>
        <translation>备案机关</translation>
    </message>
    <message>
        <source>The filing reference</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <source>Where it was made public</source>
        <translation>公开渠道</translation>
    </message>
    <message>
        <source>a reason of at least four characters is required</source>
        <translation>须填写不少于四个字的理由</translation>
    </message>
    <message>
        <source>dated %1, before the step before it (%2)</source>
        <translation>日期为 %1，早于上一环节（%2）</translation>
    </message>
    <message>
        <source>dated %1, in the future</source>
        <translation>日期为 %1，晚于今天</translation>
    </message>
    <message>
        <source>the term ended on %1</source>
        <translation>授权期限已于 %1 届满</translation>
    </message>
    <message>
        <source>nothing can follow: the authorization is %1</source>
        <translation>不能再记录后续环节：该授权%1</translation>
    </message>
    <message>
        <source>this mode of authorization has no such step</source>
        <translation>该授权模式没有这一环节</translation>
    </message>
    <message>
        <source>out of order: the next step is &apos;%1&apos;</source>
        <translation>顺序不符：下一环节应为“%1”</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>only an authorization in its term can be suspended</source>
        <translation>只有处于授权期限内的授权才能暂停</translation>
    </message>
    <message>
        <source>already suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>only a suspended authorization can resume</source>
        <translation>只有已暂停的授权才能恢复</translation>
    </message>
    <message>
        <source>nothing has been approved yet</source>
        <translation>尚未批复</translation>
    </message>
    <message>
        <source>act %1 (%2)</source>
        <translation>第 %1 项记录（%2）</translation>
    </message>
</context>
<context>
    <name>gd::reviewrules</name>
    <message>
        <source>The formal check is not confirmed</source>
        <translation>形式审查未确认</translation>
    </message>
    <message>
        <source>Resource %1 (%2): necessity not judged</source>
        <translation>数据资源 %1（%2）：未判断必要性</translation>
    </message>
    <message>
        <source>The security review is not confirmed</source>
        <translation>安全审查未确认</translation>
    </message>
    <message>
        <source>No main mode is chosen</source>
        <translation>未选定主要模式</translation>
    </message>
    <message>
        <source>No reason is given for the main mode</source>
        <translation>未说明选定主要模式的理由</translation>
    </message>
    <message>
        <source>No fee is recorded</source>
        <translation>未记录收费</translation>
    </message>
    <message>
        <source>No fee is recorded, nor that the case is not charged</source>
        <translation>未记录费用，也未记录为不收费</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GrantDesk</source>
        <translation>授权审核台</translation>
    </message>
    <message>
        <source>The demo data set could not be loaded:
%1</source>
        <translation>无法加载演示数据集：
%1</translation>
    </message>
    <message>
        <source>Review desk for applications to use public data under authorized operation.</source>
        <translation>公共数据资源授权运营申请审核台。</translation>
    </message>
    <message>
        <source>Use the language LANG (zh_CN or en).</source>
        <translation>使用界面语言 LANG（zh_CN 或 en）。</translation>
    </message>
    <message>
        <source>Load the demo data set (dated from today).</source>
        <translation>加载演示数据集（日期以今天为基准）。</translation>
    </message>
    <message>
        <source>Do not load the demo data set into an empty database.</source>
        <translation>不向空数据库加载演示数据集。</translation>
    </message>
    <message>
        <source>Write debug messages to the log.</source>
        <translation>将调试信息写入日志。</translation>
    </message>
    <message>
        <source>Do not ask for the officer profile when it is incomplete.</source>
        <translation>审核人员信息不完整时不提示填写。</translation>
    </message>
    <message>
        <source>Review packages (.gdpkg) to verify.</source>
        <translation>用于验证的审核数据包（.gdpkg）。</translation>
    </message>
    <message>
        <source>The demo data set was not loaded: %1</source>
        <translation>未载入演示数据：%1</translation>
    </message>
    <message>
        <source>Open the database read-only: nothing is written to it (automatic when the file or its folder is read-only).</source>
        <translation>以只读方式打开数据库：不向其写入任何内容（文件或其所在文件夹为只读时自动如此）。</translation>
    </message>
    <message>
        <source>Use the database file PATH, or the office server postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>使用数据库文件 PATH，或办公服务器 postgresql://用户@主机[:端口]/数据库。</translation>
    </message>
</context>
</TS>
