import { defineDocumentType } from '../document-type';
import {
  agencyHeadApproves,
  body,
  caseReference,
  documentNumber,
  issueDate,
  notItemised,
  officerSigns,
  party,
} from './fields';

/** Documents of case initiation (requirements.md §5 D01–D08). */

/** D01 程序启动审批表 / 立案审批表: INIT-03-P itemises BX, HS and FS; LX "按要求制作" is not itemised. */
export const initiationApprovalForm = defineDocumentType({
  code: 'initiationApprovalForm',
  version: 1,
  rows: ['D01'],
  zh: '程序启动审批表（立案审批表）',
  en: 'Initiation approval form',
  stage: 'initiation',
  requirementIds: ['INIT-03', 'INIT-04'],
  sources: ['000 第六条', '001 第十条', '002 第六条', '003 第七条'],
  fields: [
    caseReference,
    { key: 'startReason', zh: '启动原因', en: 'Reason for starting', kind: 'longText', required: ['BX', 'HS', 'FS'] },
    {
      key: 'caseSource',
      zh: '案件来源',
      en: 'Case source',
      kind: 'choice',
      required: true,
      options: [
        { value: 'dailyInspection', zh: '日常监督检查', en: 'Daily supervision inspection' },
        { value: 'complaint', zh: '投诉', en: 'Complaint' },
        { value: 'report', zh: '举报', en: 'Report' },
        { value: 'superiorAssignment', zh: '上级机关交办', en: 'Assigned by a superior authority' },
        { value: 'application', zh: '依申请', en: 'Application' },
        { value: 'otherExOfficio', zh: '其他依职权发现', en: 'Other ex officio discovery' },
      ],
    },
    { ...party, required: ['BX', 'HS', 'FS'] },
    { key: 'caseSummary', zh: '基本案情', en: 'Basic facts of the case', kind: 'longText', required: ['BX', 'FS'] },
    {
      key: 'handlerOpinion',
      zh: '承办人意见（立案意见）',
      en: 'Handling officer’s opinion',
      kind: 'longText',
      required: ['BX', 'HS', 'FS'],
    },
    { key: 'unitOpinion', zh: '承办机构意见', en: 'Handling unit’s opinion', kind: 'longText', required: ['BX', 'FS'] },
    {
      key: 'headOpinion',
      zh: '行政机关负责人意见（批准意见）',
      en: 'Agency head’s opinion (approval)',
      kind: 'longText',
      required: ['BX', 'HS', 'FS'],
    },
    { key: 'approvedAt', zh: '时间', en: 'Date', kind: 'date', required: ['BX', 'FS'] },
  ],
  signers: [officerSigns, { role: 'unitHead', profiles: ['BX', 'FS'] }, agencyHeadApproves],
});

/** D02 书面凭证或回执: issue recorded, content not itemised (minimal fields). */
export const applicationReceipt = defineDocumentType({
  code: 'applicationReceipt',
  version: 1,
  rows: ['D02'],
  zh: '书面凭证或回执',
  en: 'Application receipt',
  stage: 'initiation',
  requirementIds: ['INIT-01'],
  sources: ['000 第五条', '001 第九条'],
  fields: [...notItemised, { ...party, key: 'applicant', zh: '申请人', en: 'Applicant' }],
  signers: [],
});

/** D03 一次性(补正)告知: every material to supplement, in one notice. */
export const supplementationNotice = defineDocumentType({
  code: 'supplementationNotice',
  version: 1,
  rows: ['D03'],
  zh: '一次性补正告知书',
  en: 'Notice to supplement materials (all at once)',
  stage: 'initiation',
  requirementIds: ['INIT-01', 'INIT-09'],
  sources: ['000 第五条', '001 第九条'],
  fields: [
    caseReference,
    documentNumber,
    { ...party, key: 'applicant', zh: '申请人', en: 'Applicant' },
    { key: 'materials', zh: '需补正的全部材料', en: 'All materials to be supplemented', kind: 'list', required: true },
    issueDate,
  ],
  signers: [],
});

/** D04 投诉、举报记录 (INIT-05: real name and decision always; the itemised contents are HS 第十条). */
export const complaintRecord = defineDocumentType({
  code: 'complaintRecord',
  version: 1,
  rows: ['D04'],
  zh: '投诉、举报记录',
  en: 'Complaint or report record',
  stage: 'initiation',
  requirementIds: ['INIT-05', 'INIT-06'],
  sources: ['000 第七条', '001 第十条', '003 第八条'],
  fields: [
    { key: 'realName', zh: '是否实名', en: 'Real-name complaint', kind: 'boolean', required: true },
    {
      key: 'complainant',
      zh: '投诉人或举报人基本情况',
      en: 'Complainant or reporter',
      kind: 'party',
      required: ['HS'],
    },
    { key: 'content', zh: '投诉、举报内容', en: 'Content', kind: 'longText', required: ['HS'] },
    { key: 'receivedAt', zh: '投诉、举报时间', en: 'Time of the complaint', kind: 'dateTime', required: ['HS'] },
    { key: 'recorder', zh: '记录人', en: 'Recording officer', kind: 'text', required: ['HS'] },
    {
      key: 'decision',
      zh: '是否启动执法程序',
      en: 'Decision',
      kind: 'choice',
      required: true,
      options: [
        { value: 'start', zh: '启动', en: 'Start a procedure' },
        { value: 'notStart', zh: '不启动', en: 'Do not start' },
      ],
    },
    {
      key: 'handlingAndNotification',
      zh: '处理及告知情况',
      en: 'Handling and notification of the complainant',
      kind: 'longText',
      required: ['HS'],
    },
    {
      key: 'reviewResult',
      zh: '审查结果（不启动的）',
      en: 'Review and result (when not started)',
      kind: 'longText',
      required: true,
      requiredWhen: { field: 'decision', equals: 'notStart' },
    },
  ],
  signers: [officerSigns],
});

/** D05 行政处罚案件处理内部审批表 (LX) and D06 内部程序审批表 (BX, FS): one chain, handler → reviewer → approver. */
export const internalApprovalForm = defineDocumentType({
  code: 'internalApprovalForm',
  version: 1,
  rows: ['D05', 'D06'],
  zh: '内部审批表（行政处罚案件处理内部审批表）',
  en: 'Internal approval form',
  stage: 'review',
  requirementIds: ['APPR-01', 'APPR-02', 'INIT-08', 'INIT-10', 'INV-06', 'MEAS-03'],
  sources: ['000 第三条, 第二十八条', '002 第六条, 第七条', '003 第三条, 第三十六条'],
  fields: [
    caseReference,
    {
      key: 'approvalItem',
      zh: '审批事项',
      en: 'Item for approval',
      kind: 'choice',
      required: ['LX'],
      options: [
        { value: 'penaltyProposal', zh: '行政处罚建议', en: 'Penalty proposal' },
        { value: 'nonAcceptance', zh: '不予受理', en: 'Non-acceptance' },
        { value: 'referral', zh: '案件移送', en: 'Referral' },
        { value: 'advancePreservation', zh: '先行登记保存', en: 'Advance registration and preservation' },
        { value: 'other', zh: '其他', en: 'Other' },
      ],
    },
    {
      key: 'handlerOpinion',
      zh: '承办人意见及理由',
      en: 'Handler’s opinion and reasons',
      kind: 'longText',
      required: true,
    },
    { key: 'reviewerOpinion', zh: '审核人意见', en: 'Reviewer’s opinion', kind: 'longText', required: ['BX', 'FS'] },
    {
      key: 'unitHeadOpinion',
      zh: '办案机构负责人意见',
      en: 'Handling-unit head’s opinion',
      kind: 'longText',
      required: ['LX'],
    },
    { key: 'approverOpinion', zh: '批准人意见', en: 'Approver’s decision', kind: 'longText', required: true },
    issueDate,
  ],
  signers: [
    officerSigns,
    { role: 'reviewer', profiles: ['BX', 'FS'] },
    { role: 'approver', profiles: ['BX', 'FS'] },
    { role: 'unitHead', profiles: ['LX'] },
    { role: 'agencyHead', profiles: ['LX'] },
  ],
});

/** D07 不予受理决定书: not itemised (minimal fields); approval is recorded on the internal approval form. */
export const nonAcceptanceDecision = defineDocumentType({
  code: 'nonAcceptanceDecision',
  version: 1,
  rows: ['D07'],
  zh: '不予受理决定书',
  en: 'Non-acceptance decision',
  stage: 'initiation',
  requirementIds: ['INIT-08'],
  sources: ['002 第六条'],
  fields: [...notItemised, { ...party, key: 'complainant', zh: '投诉人', en: 'Complainant' }],
  signers: [],
  seal: true,
});

/** D08 行政违法案件移送函 (INIT-10). */
export const caseReferralLetter = defineDocumentType({
  code: 'caseReferralLetter',
  version: 1,
  rows: ['D08'],
  zh: '行政违法案件移送函',
  en: 'Case referral letter',
  stage: 'initiation',
  requirementIds: ['INIT-10'],
  sources: ['002 第六条'],
  fields: [
    caseReference,
    documentNumber,
    { key: 'recipient', zh: '接收机关', en: 'Receiving authority', kind: 'text', required: true },
    {
      key: 'reason',
      zh: '移送原因',
      en: 'Reason for referral',
      kind: 'choice',
      required: true,
      options: [
        { value: 'suspectedCrime', zh: '涉嫌犯罪', en: 'Suspected crime' },
        { value: 'outsideJurisdiction', zh: '不属于本机关管辖', en: 'Outside jurisdiction' },
      ],
    },
    { key: 'materials', zh: '移送材料', en: 'Transferred materials', kind: 'list', required: true },
    body,
    issueDate,
  ],
  signers: [],
  seal: true,
});

/** D08 涉案物品清单, sent with the referral letter. */
export const caseItemsList = defineDocumentType({
  code: 'caseItemsList',
  version: 1,
  rows: ['D08'],
  zh: '涉案物品清单',
  en: 'List of items involved',
  stage: 'initiation',
  requirementIds: ['INIT-10'],
  sources: ['002 第六条'],
  fields: [
    caseReference,
    { key: 'items', zh: '涉案物品', en: 'Items involved', kind: 'list', required: true },
    { key: 'recipient', zh: '接收机关', en: 'Receiving authority', kind: 'text', required: true },
    issueDate,
  ],
  signers: [officerSigns],
});

export const initiationDocuments = [
  initiationApprovalForm,
  applicationReceipt,
  supplementationNotice,
  complaintRecord,
  internalApprovalForm,
  nonAcceptanceDecision,
  caseReferralLetter,
  caseItemsList,
];
