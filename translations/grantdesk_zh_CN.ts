<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Approval</name>
    <message>
        <source>Only a case awaiting approval can be approved; this case is "%1".</source>
        <translation>只有待复审的案件才能复审；本案件当前状态为“%1”。</translation>
    </message>
    <message>
        <source>%1 does not hold the approver role; only an approver can approve a case.</source>
        <translation>%1 不具有复审人角色，只有复审人才能复审案件。</translation>
    </message>
    <message>
        <source>Set your name in the officer profile before approving.</source>
        <translation>请先在审核人员信息中填写姓名，再进行复审。</translation>
    </message>
    <message>
        <source>%1 reviewed this case; another officer must approve it (four eyes).</source>
        <translation>本案件由 %1 初审，须由另一名审核人员复审（双人审核）。</translation>
    </message>
    <message>
        <source>Only a case in review can be edited; this case is "%1".</source>
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
    <name>ChecklistModel</name>
    <message>
        <source>%1 (carried over, confirm)</source>
        <translation>%1（沿用，待确认）</translation>
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
        <source>Finding %1: %2</source>
        <translation>发现问题 %1：%2</translation>
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
        <source>The review date %1 is outside the rule file's effective period %2 to %3.</source>
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
        <source>Fee: %1.</source>
        <translation>费用：%1。</translation>
    </message>
    <message>
        <source>Product %1 %2, billed per %3, cap price %4; requested quantity %5 (%3).</source>
        <translation>产品 %1 %2，计费单位 %3，上限价格 %4；申请数量 %5（%3）。</translation>
    </message>
    <message>
        <source>The billing unit %1 differs from the product's %2; the quantity is priced in %2.</source>
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
        <source>Stacking "best": only the largest matching discount applies (%1, %2).</source>
        <translation>优惠叠加方式“择优”：只适用最大的一项优惠（%1，%2）。</translation>
    </message>
    <message>
        <source>Stacking "multiply": every matching discount applies, in the listed order.</source>
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
        <source>The operator's maximum allowed revenue %1 is exceeded by %2.</source>
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
    <name>ModeComparison</name>
    <message>
        <source>The declared mode (%1) scores %2 points below %3, more than the margin of %4.</source>
        <translation>申请所报模式（%1）得分比%3低 %2 分，超过允许差距 %4 分。</translation>
    </message>
</context>
<context>
    <name>Officer</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
        <translation>审计日志中的每条记录均载明经办人员。初审与复审须由不同人员完成（双人审核）。</translation>
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
        <translation>复审人(&amp;A)</translation>
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
        <source>Your application %1, version %2, for the scenario "%3" has been reviewed and is returned for revision for the reasons below.</source>
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
        <source>"Three importants" checklist</source>
        <translation>“三重一大”审核清单</translation>
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
            <numerusform>尚有 %n 项未完成，不能提交复审：%1</numerusform>
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
        <source>No %1 attachment (%2).</source>
        <translation>未附%1（%2）。</translation>
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
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>Carried over from version %1: confirm</source>
        <translation>沿用第 %1 版的结论，请确认</translation>
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
    <message>
        <source>Only a received case can be taken into review; this case is "%1".</source>
        <translation>只有已接收的案件才能开始审核；本案件当前为“%1”。</translation>
    </message>
    <message>
        <source>Only a case in review can be submitted for approval; this case is "%1".</source>
        <translation>只有审核中的案件才能提交复审；本案件当前为“%1”。</translation>
    </message>
    <message>
        <source>Only a case awaiting approval can be sent back to the reviewer; this case is "%1".</source>
        <translation>只有待复审的案件才能退回初审；本案件当前为“%1”。</translation>
    </message>
    <message>
        <source>Only a case awaiting approval can be agreed to; this case is "%1".</source>
        <translation>只有待复审的案件才能复审同意；本案件当前为“%1”。</translation>
    </message>
    <message>
        <source>Only a decided case can be returned to the applicant; this case is "%1".</source>
        <translation>只有已决定的案件才能退回申请单位；本案件当前为“%1”。</translation>
    </message>
    <message>
        <source>Only a decided case can be signed; this case is "%1".</source>
        <translation>只有已决定的案件才能签署；本案件当前为“%1”。</translation>
    </message>
    <message>
        <source>Only a signed case can be countersigned; this case is "%1".</source>
        <translation>只有已签署的案件才能会签；本案件当前为“%1”。</translation>
    </message>
    <message>
        <source>Only a countersigned case can be filed; this case is "%1".</source>
        <translation>只有已会签的案件才能归档；本案件当前为“%1”。</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>开始审核</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>提交复审</translation>
    </message>
    <message>
        <source>Send back for rework</source>
        <translation>退回初审</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>复审同意</translation>
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
        <translation>会签</translation>
    </message>
    <message>
        <source>File</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Agreeing needs a decision: approve, approve with conditions, return for revision or reject.</source>
        <translation>复审同意须选择结论：批准、附条件批准、退回修改或不予批准。</translation>
    </message>
    <message>
        <source>Only a case decided as "%1" goes back to the applicant; this case is decided as "%2".</source>
        <translation>只有结论为“%1”的案件才退回申请单位；本案件的结论为“%2”。</translation>
    </message>
    <message>
        <source>A case decided as "%1" is not signed; return it to the applicant instead.</source>
        <translation>结论为“%1”的案件不签署，应退回申请单位。</translation>
    </message>
    <message>
        <source>A case without a decision cannot be signed.</source>
        <translation>尚无结论的案件不能签署。</translation>
    </message>
</context>
<context>
    <name>gd::AdjustScoreDialog</name>
    <message>
        <source>Adjust score</source>
        <translation>调整评分</translation>
    </message>
    <message>
        <source>Why this case differs from the default score (required)</source>
        <translation>本案件为何不同于默认评分（必填）</translation>
    </message>
    <message>
        <source>Default score: %1. Choose it again to take the adjustment back.</source>
        <translation>默认评分：%1。再次选择默认评分即撤销调整。</translation>
    </message>
    <message>
        <source>Score (1–5):</source>
        <translation>评分（1–5）：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
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
        <translation>复审退回</translation>
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
        <source>Approval (复审)</source>
        <translation>复审</translation>
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
</context>
<context>
    <name>gd::ApproverCommentBox</name>
    <message>
        <source>Approver's comment on “%1”</source>
        <translation>复审人对“%1”的意见</translation>
    </message>
    <message>
        <source>Your comment on this step for the reviewer and the file (optional)</source>
        <translation>您对本步骤的意见，供初审人参阅并存档（选填）</translation>
    </message>
    <message>
        <source>The approver's comment on this step</source>
        <translation>复审人对本步骤的意见</translation>
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
        <source>Make GrantDesk's suggestion your verdict (%1)</source>
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
        <source>Each item needs a verdict. Non-compliant and not-applicable verdicts need a written rationale. Verdicts marked “suggested” follow from the application's data; confirm them or decide otherwise.</source>
        <translation>每一项均须作出结论；结论为“不符合”或“不适用”的，须书面说明理由。标注“建议”的结论由系统根据申请数据得出，请予以确认或另行判定。</translation>
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
        <source>Rationale (optional for compliant items)</source>
        <translation>理由（结论为“符合”时可不填）</translation>
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
        <translation>提交复审</translation>
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
        <source>The review opinion (审核意见) for the approver and the file. “Insert template” drafts one from your answers.</source>
        <translation>供复审人审阅并存档的审核意见。点击“插入模板”可根据审查结论生成草稿。</translation>
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
        <translation>向复审人提出拟定结论。附条件批准的，须列明附加条件；退回修改或不予批准的，须列明理由。审核意见将存档。</translation>
    </message>
    <message>
        <source>Deliver the data only in the sandbox or by privacy computing; raw data must not leave the domain.</source>
        <translation>数据仅限通过沙箱或隐私计算方式交付，原始数据不得出域。</translation>
    </message>
    <message>
        <source>Submit the data provider's written consent before the authorization agreement is signed.</source>
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
        <translation>收费不得超过最高限价；每年对照最高准许收入报告收入情况。</translation>
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
        <source>The provider's consent for data shared from another agency is missing.</source>
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
        <source>%1 applied for the scenario “%2” (%3, version %4). The application was reviewed against the %5 items of the “three importants and one large” checklist (template v%6): %7 compliant, %8 non-compliant, %9 not applicable.</source>
        <translation>%1申请将公共数据用于“%2”场景（申请编号 %3，第 %4 版）。经对照“三重一大”审核清单（模板 v%6）逐项审查，共 %5 项，其中符合 %7 项、不符合 %8 项、不适用 %9 项。</translation>
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
        <translation>✓ 已于 %1 提交复审，等待复审人审核。</translation>
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
        <source>Is the application complete and consistent? Required information, the applicant's credit code, the period and term, and the attachments with their digests.</source>
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
        <source>The audit trail could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n event(s) checked.</source>
        <translation>
            <numerusform>审计日志完整：已校验 %n 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at seq %1: %2

GrantDesk does not repair it. Keep the database file as it is and report the break.</source>
        <translation>审计日志在序号 %1 处断链：%2

授权审核台不会修复审计日志。请保持数据库文件原样，并报告此断链情况。</translation>
    </message>
    <message>
        <source>Verify audit trail</source>
        <translation>校验审计日志</translation>
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
        <translation>您的姓名、职务、单位和角色（初审人、复审人）</translation>
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
        <translation>复审人</translation>
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
        <translation>待我复审</translation>
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
        <source>three modes, four dimensions</source>
        <translation>三种模式、四个维度</translation>
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
        <source>Reviews applications and proposes the decision (初审)</source>
        <translation>审核申请并提出拟定结论（初审）</translation>
    </message>
    <message>
        <source>Approves or sends back what another officer reviewed (复审)</source>
        <translation>对他人初审的案件作出同意或退回（复审）</translation>
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
        <translation>首次审核前，请填写您的身份信息。审计日志中的每条记录均载明经办人员；您初审的案件须由另一名审核人员复审（双人审核）。</translation>
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
        <source>The application asks to price %1, billed %2, about %3 units; operator %4.</source>
        <translation>申请定价产品 %1，%2，预计 %3 个计费单位；运营机构 %4。</translation>
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
        <source>Free of charge: the use class “%1” is free under %2 (free_use).</source>
        <translation>免费：按 %2，“%1”用途免费（free_use）。</translation>
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
        <translation>按上限价格</translation>
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
        <source>Each resource must be registered and active, and each field must be necessary for the scenario (minimum necessary; raw data stays in the domain). Data shared from another agency needs the providing unit's consent.</source>
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
        <source>The recorded events of this review, newest first</source>
        <translation>本审核已记录的事件，最新的在前</translation>
    </message>
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
        <source>The history could not be read: %1</source>
        <translation>无法读取操作记录：%1</translation>
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
        <source>No events yet.</source>
        <translation>暂无记录。</translation>
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
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>You approve this case (复审): the reviewer's answers are shown read-only. Comment on any step below its page, then agree or send the case back on the decision step.</source>
        <translation>您正在复审本案件：初审人的答复仅供查看。可在各步骤页面下方填写意见，然后在“审核意见”步骤中同意或退回初审。</translation>
    </message>
    <message>
        <source>Return notice: %1</source>
        <translation>退回通知书：%1</translation>
    </message>
    <message>
        <source>reasons for sending back</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <source>approver's comment on %1</source>
        <translation>复审人对%1的意见</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>checklist item: verdict</comment>
        <translation>%1：%2</translation>
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
        <source>Does the applicant's protection fit the data it asks for? Important data needs MLPS level 3 and a passed cryptography assessment, core data level 4.</source>
        <translation>申请单位的安全保护水平是否与所申请数据相适应？重要数据须达到等保三级并通过密评，核心数据须达到等保四级。</translation>
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
    <message>
        <source>Do not ask for the officer profile when it is incomplete.</source>
        <translation>审核人员信息不完整时不提示填写。</translation>
    </message>
</context>
</TS>