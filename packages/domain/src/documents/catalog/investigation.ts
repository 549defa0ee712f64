import { defineDocumentType } from '../document-type';
import {
  body,
  caseReference,
  documentNumber,
  issueDate,
  notItemised,
  officerData,
  officerSigns,
  party,
  partySignsOrRefuses,
  witnessMay,
} from './fields';

/** Documents of investigation and evidence collection (requirements.md §5 D09–D19, D24; measures D20–D23 are in measures.ts). */

/** INV-03: officers, the party (or a noted refusal attested by a person present) and relevant persons sign. */
const investigationSigners = [officerSigns, partySignsOrRefuses, witnessMay];

/** D09 调查笔录 / 询问笔录: INV-01 officer data, then the questioning itself. */
export const inquiryTranscript = defineDocumentType({
  code: 'inquiryTranscript',
  version: 1,
  rows: ['D09'],
  zh: '询问（调查）笔录',
  en: 'Inquiry transcript',
  stage: 'investigation',
  requirementIds: ['INV-01', 'INV-02', 'INV-03', 'SIMP-03'],
  sources: ['000 第八条, 第十条', '001 第十二条', '002 第七条, 第十条, 第十九条', '003 第九条, 第十一条'],
  fields: [
    caseReference,
    { key: 'startedAt', zh: '询问开始时间', en: 'Started at', kind: 'dateTime', required: true },
    { key: 'endedAt', zh: '询问结束时间', en: 'Ended at', kind: 'dateTime', required: false },
    { key: 'place', zh: '询问地点', en: 'Place', kind: 'text', required: true },
    ...officerData,
    { key: 'interviewee', zh: '被询问人', en: 'Person questioned', kind: 'party', required: true },
    { key: 'questioning', zh: '询问内容', en: 'Questions and answers', kind: 'longText', required: true },
  ],
  signers: investigationSigners,
});

/** D10 调查询问通知书 (LX): the time and place to attend. */
export const inquirySummons = defineDocumentType({
  code: 'inquirySummons',
  version: 1,
  rows: ['D10'],
  zh: '调查询问通知书',
  en: 'Summons for questioning',
  stage: 'investigation',
  requirementIds: ['INV-02'],
  sources: ['002 第七条'],
  fields: [
    caseReference,
    documentNumber,
    party,
    { key: 'attendAt', zh: '指定时间', en: 'Time to attend', kind: 'dateTime', required: true },
    { key: 'attendPlace', zh: '指定地点', en: 'Place to attend', kind: 'text', required: true },
    { key: 'materialsToBring', zh: '需携带的材料', en: 'Materials to bring', kind: 'list', required: false },
    issueDate,
  ],
  signers: [],
  seal: true,
});

/** D11 调取证据通知书: not itemised (minimal fields plus the party). */
export const evidenceRequestNotice = defineDocumentType({
  code: 'evidenceRequestNotice',
  version: 1,
  rows: ['D11'],
  zh: '调取证据通知书',
  en: 'Evidence request notice',
  stage: 'investigation',
  requirementIds: ['INV-02', 'INV-03'],
  sources: ['000 第十条', '003 第十一条'],
  fields: [...notItemised, party],
  signers: investigationSigners,
});

/** D12 证据登记保存清单: the items registered and preserved. */
export const evidenceRegisterList = defineDocumentType({
  code: 'evidenceRegisterList',
  version: 1,
  rows: ['D12'],
  zh: '证据登记保存清单',
  en: 'Evidence register and preservation list',
  stage: 'investigation',
  requirementIds: ['INV-02', 'INV-03', 'MEAS-02'],
  sources: ['000 第十条', '003 第十一条'],
  fields: [
    caseReference,
    party,
    { key: 'items', zh: '登记保存的物品', en: 'Items registered and preserved', kind: 'list', required: true },
    { key: 'storagePlace', zh: '保存地点', en: 'Where kept', kind: 'text', required: false },
    issueDate,
  ],
  signers: investigationSigners,
});

/** D13 现场检查（勘验）笔录: INV-01 officer data and the situation found. */
export const siteInspectionRecord = defineDocumentType({
  code: 'siteInspectionRecord',
  version: 1,
  rows: ['D13'],
  zh: '现场检查（勘验）笔录',
  en: 'On-site inspection (survey) record',
  stage: 'investigation',
  requirementIds: ['INV-01', 'INV-02', 'INV-03', 'SIMP-03'],
  sources: ['000 第十条', '001 第十二条', '002 第七条, 第十条', '003 第十一条'],
  fields: [
    caseReference,
    { key: 'startedAt', zh: '检查时间', en: 'Time of inspection', kind: 'dateTime', required: true },
    { key: 'place', zh: '检查（勘验）地点', en: 'Place inspected', kind: 'text', required: true },
    ...officerData,
    party,
    { key: 'findings', zh: '检查（勘验）情况', en: 'What was found', kind: 'longText', required: true },
  ],
  signers: investigationSigners,
});

/** D14 抽查取样通知书. */
export const samplingNotice = defineDocumentType({
  code: 'samplingNotice',
  version: 1,
  rows: ['D14'],
  zh: '抽查取样通知书',
  en: 'Sampling notice',
  stage: 'investigation',
  requirementIds: ['INV-02', 'INV-03'],
  sources: ['000 第十条', '003 第十一条'],
  fields: [caseReference, documentNumber, party, body, issueDate],
  signers: investigationSigners,
});

/** D14 物品清单 of the sampling. */
export const sampledItemsList = defineDocumentType({
  code: 'sampledItemsList',
  version: 1,
  rows: ['D14'],
  zh: '抽样物品清单',
  en: 'List of sampled items',
  stage: 'investigation',
  requirementIds: ['INV-02', 'INV-03'],
  sources: ['000 第十条', '003 第十一条'],
  fields: [
    caseReference,
    { key: 'items', zh: '抽样物品', en: 'Items sampled', kind: 'list', required: true },
    issueDate,
  ],
  signers: investigationSigners,
});

/** D15 陈述、申辩笔录: RIGHT-02 rights-notice content, DEC-08 content and adoption. */
export const statementDefenceTranscript = defineDocumentType({
  code: 'statementDefenceTranscript',
  version: 1,
  rows: ['D15'],
  zh: '陈述、申辩笔录',
  en: 'Statement and defence transcript',
  stage: 'review',
  requirementIds: ['RIGHT-02', 'DEC-08', 'INV-02'],
  sources: ['000 第十条', '001 第十九条', '002 第八条', '003 第十一条'],
  fields: [
    caseReference,
    { key: 'recordedAt', zh: '时间', en: 'Time', kind: 'dateTime', required: true },
    party,
    {
      key: 'rightsNotice',
      zh: '权利告知内容',
      en: 'Content of the rights notification given',
      kind: 'longText',
      required: ['BX', 'FS'],
    },
    { key: 'statement', zh: '陈述、申辩内容', en: 'Statement and defence', kind: 'longText', required: true },
    {
      key: 'adoption',
      zh: '采纳情况及理由',
      en: 'Whether and why each point was adopted',
      kind: 'longText',
      required: ['HS', 'BX', 'FS', 'LX'],
    },
  ],
  signers: [officerSigns, partySignsOrRefuses, witnessMay],
});

/** D16 鉴定意见书: not itemised (minimal fields plus the institution). */
export const appraisalOpinion = defineDocumentType({
  code: 'appraisalOpinion',
  version: 1,
  rows: ['D16'],
  zh: '鉴定意见书',
  en: 'Appraisal opinion',
  stage: 'investigation',
  requirementIds: ['INV-05', 'GEN-04'],
  sources: ['000 第三条, 第十条', '001 第十二条', '003 第三条, 第十一条'],
  fields: [
    ...notItemised,
    { key: 'institution', zh: '鉴定机构', en: 'Appraisal institution', kind: 'text', required: true },
  ],
  signers: [{ role: 'institution' }],
});

/** D17 审计(鉴定)委托书 (LX). */
export const auditAppraisalEntrustment = defineDocumentType({
  code: 'auditAppraisalEntrustment',
  version: 1,
  rows: ['D17'],
  zh: '审计（鉴定）委托书',
  en: 'Audit (appraisal) entrustment',
  stage: 'investigation',
  requirementIds: ['INV-05'],
  sources: ['002 第七条'],
  fields: [
    caseReference,
    documentNumber,
    { key: 'institution', zh: '受委托机构', en: 'Entrusted institution', kind: 'text', required: true },
    { key: 'matters', zh: '委托的专门事项', en: 'Special matters entrusted', kind: 'longText', required: true },
    {
      key: 'legallyValidReportRequested',
      zh: '要求出具具有法律效力的报告',
      en: 'Legally valid report requested',
      kind: 'boolean',
      required: true,
    },
    issueDate,
  ],
  signers: [],
  seal: true,
});

/** D18 审计(鉴定)通知书 (LX), to the audited unit. */
export const auditNotice = defineDocumentType({
  code: 'auditNotice',
  version: 1,
  rows: ['D18'],
  zh: '审计（鉴定）通知书',
  en: 'Audit notice',
  stage: 'investigation',
  requirementIds: ['INV-05'],
  sources: ['002 第七条'],
  fields: [...notItemised, { ...party, key: 'auditedUnit', zh: '被审计单位', en: 'Audited unit' }],
  signers: [],
  seal: true,
});

/** D19 审计(鉴定)报告 (LX): the institution's legally valid report. */
export const auditAppraisalReport = defineDocumentType({
  code: 'auditAppraisalReport',
  version: 1,
  rows: ['D19'],
  zh: '审计（鉴定）报告',
  en: 'Audit (appraisal) report',
  stage: 'investigation',
  requirementIds: ['INV-05'],
  sources: ['002 第七条'],
  fields: [
    ...notItemised,
    { key: 'institution', zh: '出具机构', en: 'Issuing institution', kind: 'text', required: true },
  ],
  signers: [{ role: 'institution' }],
});

/** D24 调查终结报告 (LX): not itemised (minimal fields); written by the case officers. */
export const investigationFinalReport = defineDocumentType({
  code: 'investigationFinalReport',
  version: 1,
  rows: ['D24'],
  zh: '调查终结报告',
  en: 'Investigation final report',
  stage: 'investigation',
  requirementIds: ['INV-06'],
  sources: ['002 第七条'],
  fields: notItemised,
  signers: [officerSigns],
});

export const investigationDocuments = [
  inquiryTranscript,
  inquirySummons,
  evidenceRequestNotice,
  evidenceRegisterList,
  siteInspectionRecord,
  samplingNotice,
  sampledItemsList,
  statementDefenceTranscript,
  appraisalOpinion,
  auditAppraisalEntrustment,
  auditNotice,
  auditAppraisalReport,
  investigationFinalReport,
];
