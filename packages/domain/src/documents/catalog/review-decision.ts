import { defineDocumentType } from '../document-type';
import {
  agencyHeadApproves,
  caseReference,
  documentNumber,
  issueDate,
  notItemised,
  officerSigns,
  party,
  partySignsOrRefuses,
  witnessMay,
} from './fields';

/** Documents of review and decision (requirements.md §5 D25–D30, D35–D37). Hearing documents are in hearing.ts. */

/** D25 处理意见 (DEC-01-P): BX and FS itemise handler, reviewer, basis, evidence, factors; HS party to discretion. */
export const handlingOpinion = defineDocumentType({
  code: 'handlingOpinion',
  version: 2,
  rows: ['D25'],
  zh: '案件处理意见',
  en: 'Case-handling opinion',
  stage: 'review',
  requirementIds: ['DEC-01', 'DEC-11'],
  sources: ['000 第十三条', '001 第十七条, 第十八条', '003 第十五条'],
  fields: [
    caseReference,
    { key: 'handler', zh: '承办人（制作人）', en: 'Handler (author)', kind: 'text', required: ['BX', 'FS'] },
    { key: 'unitReviewer', zh: '承办机构审查（审核）人', en: 'Unit reviewer', kind: 'text', required: ['BX', 'FS'] },
    { ...party, required: ['HS'] },
    // DEC-01-P: LX and XG do not state the contents, so nothing is enforced there by default.
    {
      key: 'evidence',
      zh: '证据材料（证据采信）',
      en: 'Evidence (adopted)',
      kind: 'longText',
      required: ['BX', 'HS', 'FS'],
    },
    { key: 'factsFound', zh: '事实认定', en: 'Facts found', kind: 'longText', required: ['HS'] },
    { key: 'legalBasis', zh: '法律依据', en: 'Legal basis', kind: 'longText', required: ['BX', 'HS', 'FS'] },
    { key: 'reasonsForApplying', zh: '适用理由', en: 'Reasons for applying it', kind: 'longText', required: ['HS'] },
    {
      key: 'factorsConsidered',
      zh: '应考虑的有关因素',
      en: 'Other relevant factors considered',
      kind: 'longText',
      required: ['BX', 'FS'],
    },
    { key: 'proposedDecision', zh: '拟决定的内容', en: 'Proposed decision', kind: 'longText', required: ['HS'] },
    {
      key: 'discretionReasons',
      zh: '裁量的理由',
      en: 'Reasons for the discretion',
      kind: 'longText',
      required: ['HS'],
    },
    issueDate,
  ],
  signers: [officerSigns, { role: 'reviewer', profiles: ['BX', 'FS'] }],
});

/** D26 法制审核 / 法制机构审查记录 (DEC-02). */
export const legalReviewRecord = defineDocumentType({
  code: 'legalReviewRecord',
  version: 1,
  rows: ['D26'],
  zh: '法制审核记录',
  en: 'Legal review record',
  stage: 'review',
  requirementIds: ['DEC-02'],
  sources: ['000 第十三条', '001 第十八条', '002 第九条', '003 第十六条'],
  fields: [
    caseReference,
    { key: 'reviewers', zh: '法制审核（审查）人员', en: 'Legal reviewers', kind: 'people', required: true },
    { key: 'opinion', zh: '审核意见', en: 'Review opinion', kind: 'longText', required: true },
    { key: 'suggestions', zh: '审核建议', en: 'Suggestions', kind: 'longText', required: ['BX', 'FS'] },
    { key: 'adoption', zh: '意见采纳情况', en: 'Whether the opinion was adopted', kind: 'longText', required: ['HS'] },
    issueDate,
  ],
  signers: [{ role: 'legalReviewer' }],
});

/** D27 专家论证会议纪要 / 专家意见书 (DEC-03): opinions, each expert's signature, date. */
export const expertOpinion = defineDocumentType({
  code: 'expertOpinion',
  version: 1,
  rows: ['D27'],
  zh: '专家论证会议纪要（专家意见书）',
  en: 'Expert deliberation minutes or opinion',
  stage: 'review',
  requirementIds: ['DEC-03', 'GEN-04'],
  sources: ['000 第三条, 第十三条', '001 第十八条', '003 第三条, 第十七条'],
  fields: [
    caseReference,
    {
      key: 'form',
      zh: '形式',
      en: 'Form',
      kind: 'choice',
      required: true,
      options: [
        { value: 'minutes', zh: '专家论证会议纪要', en: 'Meeting minutes' },
        { value: 'writtenOpinion', zh: '专家意见书', en: 'Written expert opinion' },
      ],
    },
    { key: 'experts', zh: '参加论证的专家', en: 'Experts', kind: 'people', required: true },
    { key: 'opinions', zh: '专家意见的内容', en: 'Content of the opinions', kind: 'longText', required: true },
    issueDate,
  ],
  signers: [{ role: 'expert' }],
});

/** D28 集体讨论记录 / 案件集体讨论笔录 (DEC-04): every participant signs under HS. */
export const collectiveDiscussionRecord = defineDocumentType({
  code: 'collectiveDiscussionRecord',
  version: 1,
  rows: ['D28'],
  zh: '案件集体讨论笔录（会议纪要）',
  en: 'Collective discussion record',
  stage: 'review',
  requirementIds: ['DEC-04', 'GEN-04'],
  sources: ['000 第三条, 第十三条', '001 第二十条', '002 第九条', '003 第十八条'],
  fields: [
    caseReference,
    { key: 'heldAt', zh: '讨论时间', en: 'Held at', kind: 'dateTime', required: true },
    { key: 'place', zh: '地点', en: 'Place', kind: 'text', required: false },
    { key: 'participants', zh: '参加人员', en: 'Participants', kind: 'people', required: true },
    { key: 'discussion', zh: '讨论情况', en: 'Discussion', kind: 'longText', required: true },
    { key: 'conclusion', zh: '讨论结论', en: 'Conclusion', kind: 'longText', required: true },
  ],
  signers: [{ role: 'participant', profiles: ['HS'] }],
});

/** D29 负责人审批记录 (DEC-05): signed opinion and signature; HS also the issue time. */
export const headApprovalRecord = defineDocumentType({
  code: 'headApprovalRecord',
  version: 1,
  rows: ['D29'],
  zh: '负责人审批记录',
  en: 'Agency head’s approval record',
  stage: 'decision',
  requirementIds: ['DEC-05'],
  sources: ['000 第十三条', '001 第二十条', '002 第九条', '003 第十九条'],
  fields: [
    caseReference,
    { key: 'opinion', zh: '负责人签署意见', en: 'Head’s signed opinion', kind: 'longText', required: true },
    { key: 'signedAt', zh: '签发时间', en: 'Signed and issued at', kind: 'dateTime', required: ['HS'] },
  ],
  signers: [agencyHeadApproves],
});

/** D30 事先告知书 (DEC-06): HS itemises; on-the-spot notice is signed by the party or a refusal is attested. */
export const advanceNotice = defineDocumentType({
  code: 'advanceNotice',
  version: 1,
  rows: ['D30'],
  zh: '行政处罚（处理）事先告知书',
  en: 'Advance notice of the intended decision',
  stage: 'review',
  requirementIds: ['DEC-06', 'DEC-07', 'RIGHT-01'],
  sources: ['001 第十九条', '002 第八条'],
  fields: [
    caseReference,
    documentNumber,
    party,
    { key: 'intendedDecision', zh: '拟作出的行政决定', en: 'Intended decision', kind: 'longText', required: ['HS'] },
    { key: 'factsAndEvidence', zh: '事实证据', en: 'Facts and evidence', kind: 'longText', required: ['HS'] },
    { key: 'reasons', zh: '理由', en: 'Reasons', kind: 'longText', required: ['HS'] },
    { key: 'legalBasis', zh: '规范依据', en: 'Legal basis', kind: 'longText', required: ['HS'] },
    {
      key: 'statementChannelAndDeadline',
      zh: '陈述、申辩的途径和期限',
      en: 'Channel and time limit for statement and defence',
      kind: 'longText',
      required: ['HS'],
    },
    { key: 'notifiedOnSpot', zh: '是否当场告知', en: 'Notified on the spot', kind: 'boolean', required: false },
    issueDate,
  ],
  signers: [{ ...partySignsOrRefuses, profiles: ['HS'], when: { field: 'notifiedOnSpot', equals: true } }, witnessMay],
  seal: true,
});

/** D35 行政执法决定书 (DEC-09): HS itemises every section; BX and FS demand the reasons in full. */
export const decisionDocument = defineDocumentType({
  code: 'decisionDocument',
  version: 1,
  rows: ['D35'],
  zh: '行政处罚（处理）决定书',
  en: 'Enforcement decision',
  stage: 'decision',
  requirementIds: ['DEC-09', 'DEC-05', 'DEC-10', 'DOC-01'],
  sources: ['000 第十二条', '001 第二十条', '002 第九条', '003 第二十条'],
  fields: [
    caseReference,
    documentNumber,
    { ...party, required: ['HS'] },
    {
      key: 'factsAndEvidence',
      zh: '事实认定及相关证据',
      en: 'Facts found and related evidence',
      kind: 'longText',
      required: ['HS'],
    },
    {
      key: 'legalBasisAndReasons',
      zh: '法律依据与适用理由',
      en: 'Legal basis and reasons for applying it',
      kind: 'longText',
      required: ['HS', 'BX', 'FS'],
    },
    // A decision without its conclusion is no decision, whatever the profile.
    { key: 'conclusion', zh: '处理结论', en: 'Conclusion', kind: 'longText', required: true },
    { key: 'fineAmount', zh: '罚款金额（元）', en: 'Fine (yuan)', kind: 'money', required: false },
    {
      key: 'remedies',
      zh: '救济的途径和期限',
      en: 'Remedy channels and time limits',
      kind: 'longText',
      required: ['HS'],
    },
    { key: 'agencyName', zh: '执法机关名称', en: 'Agency name', kind: 'text', required: ['HS'] },
    { key: 'sealAffixed', zh: '已加盖印章', en: 'Agency seal affixed', kind: 'boolean', required: ['HS'] },
    { key: 'decisionDate', zh: '决定日期', en: 'Date of the decision', kind: 'date', required: true },
    { key: 'other', zh: '其他事项', en: 'Other matters', kind: 'longText', required: false },
  ],
  signers: [agencyHeadApproves],
  seal: true,
});

/** D36 责令限期改正通知书 (LX): not itemised beyond the rectification deadline its name implies. */
export const rectificationOrder = defineDocumentType({
  code: 'rectificationOrder',
  version: 1,
  rows: ['D36'],
  zh: '责令限期改正通知书',
  en: 'Order to rectify within a time limit',
  stage: 'decision',
  requirementIds: ['DEC-10', 'EXEC-02'],
  sources: ['002 第九条'],
  fields: [...notItemised, party, { key: 'rectifyBy', zh: '改正期限', en: 'Rectify by', kind: 'date', required: true }],
  signers: [],
  seal: true,
});

/** D37 当场处罚决定书 (SIMP-01, SIMP-03): pre-printed and numbered, served on the spot; records the SIMP-01 list. */
export const onSpotPenaltyDecision = defineDocumentType({
  code: 'onSpotPenaltyDecision',
  version: 1,
  rows: ['D37'],
  zh: '当场处罚决定书',
  en: 'On-the-spot penalty decision',
  stage: 'simplified',
  requirementIds: ['SIMP-01', 'SIMP-02', 'SIMP-03'],
  sources: ['000 第十四条', '002 第十条', '003 第二十一条'],
  fields: [
    {
      key: 'serialNumber',
      zh: '预定格式编号',
      en: 'Pre-printed serial number',
      kind: 'text',
      required: true,
      help: 'SIMP-03: each number is used once',
    },
    { key: 'decidedAt', zh: '决定时间', en: 'Decided at', kind: 'dateTime', required: true },
    { key: 'place', zh: '地点', en: 'Place', kind: 'text', required: true },
    {
      key: 'officers',
      zh: '执法人员及执法证件编号',
      en: 'Officers and certificate numbers',
      kind: 'officers',
      required: true,
    },
    party,
    {
      key: 'simplifiedConditions',
      zh: '适用简易程序的事实依据、法律依据',
      en: 'Factual and legal conditions for the simplified procedure',
      kind: 'longText',
      required: true,
    },
    { key: 'facts', zh: '违法事实', en: 'Facts of the violation', kind: 'longText', required: true },
    { key: 'legalBasis', zh: '处罚依据', en: 'Legal basis', kind: 'longText', required: true },
    { key: 'penalty', zh: '处罚内容', en: 'Penalty', kind: 'longText', required: true },
    { key: 'fineAmount', zh: '罚款金额（元）', en: 'Fine (yuan)', kind: 'money', required: false },
    {
      key: 'rightsNotified',
      zh: '已告知陈述、申辩权',
      en: 'Right of statement and defence notified',
      kind: 'boolean',
      required: true,
    },
    {
      key: 'statementMade',
      zh: '当事人是否陈述、申辩',
      en: 'Statement or defence made',
      kind: 'boolean',
      required: true,
    },
    {
      key: 'statementAndReview',
      zh: '陈述、申辩内容及复核、是否采纳的理由',
      en: 'Statement, its review and the reasons for adopting it or not',
      kind: 'longText',
      required: true,
      requiredWhen: { field: 'statementMade', equals: true },
    },
    {
      key: 'fineCollectedOnSpot',
      zh: '是否当场收缴罚款',
      en: 'Fine collected on the spot',
      kind: 'boolean',
      required: false,
    },
    {
      key: 'collectionProcess',
      zh: '当场收缴罚款的实施过程',
      en: 'How the fine was collected on the spot',
      kind: 'longText',
      required: true,
      requiredWhen: { field: 'fineCollectedOnSpot', equals: true },
    },
    {
      key: 'servedOnSpot',
      zh: '已当场送达当事人',
      en: 'Served on the party on the spot',
      kind: 'boolean',
      required: ['LX'],
    },
    {
      key: 'filing',
      zh: '向所属行政机关备案的内容',
      en: 'Content filed with the agency',
      kind: 'longText',
      required: false,
      help: 'SIMP-01: recorded when filed, after the decision',
    },
  ],
  signers: [officerSigns, partySignsOrRefuses, witnessMay],
});

export const reviewDecisionDocuments = [
  handlingOpinion,
  legalReviewRecord,
  expertOpinion,
  collectiveDiscussionRecord,
  headApprovalRecord,
  advanceNotice,
  decisionDocument,
  rectificationOrder,
  onSpotPenaltyDecision,
];
