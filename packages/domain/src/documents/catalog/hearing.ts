import { defineDocumentType } from '../document-type';
import { caseReference, documentNumber, issueDate, notItemised, party } from './fields';

/** Hearing documents (requirements.md §5 D31–D34). */

/** D31 听证告知书: not itemised (minimal fields plus the party). */
export const hearingRightsNotice = defineDocumentType({
  code: 'hearingRightsNotice',
  version: 1,
  rows: ['D31'],
  zh: '行政处罚（处理）听证告知书',
  en: 'Notice of the right to a hearing',
  stage: 'hearing',
  requirementIds: ['HEAR-01'],
  sources: ['001 第十三条', '002 第八条'],
  fields: [
    ...notItemised,
    party,
    { key: 'applied', zh: '当事人是否申请听证', en: 'Hearing applied for', kind: 'boolean', required: false },
  ],
  signers: [],
  seal: true,
});

/** D32 听证通知书 (HEAR-02): served ≥ 7 days before the hearing; that interval is checked on the case, not here. */
export const hearingNotice = defineDocumentType({
  code: 'hearingNotice',
  version: 1,
  rows: ['D32'],
  zh: '行政处罚听证通知书',
  en: 'Hearing notice',
  stage: 'hearing',
  requirementIds: ['HEAR-02'],
  sources: ['002 第八条'],
  fields: [
    caseReference,
    documentNumber,
    party,
    { key: 'hearingAt', zh: '听证时间', en: 'Hearing time', kind: 'dateTime', required: true },
    { key: 'place', zh: '听证地点', en: 'Hearing place', kind: 'text', required: true },
    { key: 'presider', zh: '听证主持人', en: 'Presiding officer', kind: 'text', required: false },
    issueDate,
  ],
  signers: [],
  seal: true,
});

/** D33 听证笔录 (HEAR-03): presiding officer and participants, time and place, the whole proceedings. */
export const hearingTranscript = defineDocumentType({
  code: 'hearingTranscript',
  version: 1,
  rows: ['D33'],
  zh: '听证笔录',
  en: 'Hearing transcript',
  stage: 'hearing',
  requirementIds: ['HEAR-03'],
  sources: ['000 第十条', '001 第十三条', '002 第八条', '003 第十一条'],
  fields: [
    caseReference,
    { key: 'presider', zh: '听证主持人', en: 'Presiding officer', kind: 'text', required: true },
    { key: 'clerk', zh: '听证记录人', en: 'Hearing clerk', kind: 'text', required: ['LX'] },
    { key: 'participants', zh: '听证参加人', en: 'Participants', kind: 'people', required: true },
    { key: 'startedAt', zh: '听证时间', en: 'Time', kind: 'dateTime', required: true },
    { key: 'place', zh: '听证地点', en: 'Place', kind: 'text', required: true },
    { key: 'proceedings', zh: '听证全过程情况', en: 'Whole proceedings', kind: 'longText', required: true },
  ],
  signers: [{ role: 'clerk', profiles: ['LX'] }],
});

/** D34 听证报告 (HEAR-04): not itemised (minimal fields); LX within 5 working days, signed by the presiding officer. */
export const hearingReport = defineDocumentType({
  code: 'hearingReport',
  version: 1,
  rows: ['D34'],
  zh: '听证报告',
  en: 'Hearing report',
  stage: 'hearing',
  requirementIds: ['HEAR-04', 'GEN-04'],
  sources: ['000 第三条', '002 第八条', '003 第三条'],
  fields: [
    ...notItemised,
    { key: 'hearingEndedOn', zh: '听证结束日期', en: 'Hearing ended on', kind: 'date', required: ['LX'] },
    {
      key: 'submittedToHeadOn',
      zh: '连同听证笔录上报负责人日期',
      en: 'Submitted with the transcript to the agency head on',
      kind: 'date',
      required: false,
    },
  ],
  signers: [{ role: 'presider', profiles: ['LX'] }],
});

export const hearingDocuments = [hearingRightsNotice, hearingNotice, hearingTranscript, hearingReport];
