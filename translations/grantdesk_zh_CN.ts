<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Data merchant</source>
        <translation>数据商</translation>
    </message>
    <message>
        <source>User organization</source>
        <translation>使用单位</translation>
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
        <source>Awaiting approval</source>
        <translation>待复审</translation>
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
        <translation>已会签</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>未决定</translation>
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
        <source>⚠ shared data: the provider's consent is needed</source>
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
        <translation><numerusform>数据资源（%1）— %n 项需关注</numerusform></translation>
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
        <translation><numerusform>⚠ 有 %n 个版本未收到：第 %1 版</numerusform></translation>
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
        <source>%n application file(s) added</source>
        <translation>
            <numerusform>新增 %n 个申请文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 个无变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n 个被拒收</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n 个已跳过</numerusform>
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
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 件逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue unknown (%1)</source>
        <translation>逾期数未知（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n 件申请</numerusform>
        </translation>
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
        <source>Use the database file PATH.</source>
        <translation>使用数据库文件 PATH。</translation>
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
        <source>The database could not be opened.

%1</source>
        <translation>无法打开数据库。

%1</translation>
    </message>
</context>
</TS>