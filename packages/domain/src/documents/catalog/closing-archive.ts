import { defineDocumentType } from '../document-type';
import { agencyHeadApproves, caseReference, issueDate, officerSigns, unitHeadSigns } from './fields';

/** Closing and archiving documents (requirements.md §5 D47, D56, D57). */

/** D47 行政处罚案件结案报告 (CLOSE-01, LX); the termination date anchors archiving (CLOSE-02). */
export const caseClosingReport = defineDocumentType({
  code: 'caseClosingReport',
  version: 1,
  rows: ['D47'],
  zh: '行政处罚案件结案报告',
  en: 'Case closing report',
  stage: 'closing',
  requirementIds: ['CLOSE-01', 'CLOSE-02'],
  sources: ['002 第十二条'],
  fields: [
    caseReference,
    { key: 'officersOpinion', zh: '办案人员意见', en: 'Case officers’ opinion', kind: 'longText', required: true },
    {
      key: 'unitHeadOpinion',
      zh: '执法办案机构负责人意见',
      en: 'Handling-unit head’s opinion',
      kind: 'longText',
      required: true,
    },
    {
      key: 'headApproval',
      zh: '行政机关负责人批准意见',
      en: 'Agency head’s approval',
      kind: 'longText',
      required: true,
    },
    {
      key: 'terminatedOn',
      zh: '行政执法行为终结（办理完毕）之日',
      en: 'Date the enforcement act terminated',
      kind: 'date',
      required: true,
    },
  ],
  signers: [officerSigns, unitHeadSigns, agencyHeadApproves],
});

/** D56 案卷 (ARCH-02, ARCH-06): every written and A/V record; the custodian is named. */
export const caseFile = defineDocumentType({
  code: 'caseFile',
  version: 1,
  rows: ['D56'],
  zh: '案卷',
  en: 'Case file',
  stage: 'archiving',
  requirementIds: ['ARCH-01', 'ARCH-02', 'ARCH-03', 'ARCH-06'],
  sources: ['000 第二十四条', '001 第三十二条', '002 第二十三条', '003 第三十一条', '004 第九条'],
  fields: [
    caseReference,
    { key: 'records', zh: '全部文字和音像记录', en: 'All written and A/V records', kind: 'list', required: true },
    {
      key: 'archivalStandard',
      zh: '适用的档案标准',
      en: 'Archival standard applied',
      kind: 'text',
      required: ['BX', 'FS', 'LX', 'XG'],
    },
    { key: 'custodian', zh: '档案管理人员', en: 'Records custodian', kind: 'text', required: true },
    { key: 'archivedOn', zh: '归档日期', en: 'Archived on', kind: 'date', required: true },
    { key: 'receiver', zh: '档案室接收人', en: 'Received by (archive room)', kind: 'text', required: ['HS'] },
  ],
  signers: [],
});

/** D56 材料目录 (ARCH-03, HS): the chronological index of the bound file. */
export const fileIndex = defineDocumentType({
  code: 'fileIndex',
  version: 1,
  rows: ['D56'],
  zh: '材料目录',
  en: 'File index',
  stage: 'archiving',
  requirementIds: ['ARCH-03'],
  sources: ['001 第三十二条'],
  fields: [
    caseReference,
    { key: 'entries', zh: '目录（按时间顺序）', en: 'Entries, in chronological order', kind: 'list', required: true },
    { ...issueDate, key: 'compiledOn', zh: '编制日期', en: 'Compiled on' },
  ],
  signers: [],
});

/** D57 音像记录书面说明 (ARCH-04, HS; LX conversion per 视听资料 rules). */
export const avDescription = defineDocumentType({
  code: 'avDescription',
  version: 1,
  rows: ['D57'],
  zh: '音像记录书面说明',
  en: 'Written description of an A/V record',
  stage: 'archiving',
  requirementIds: ['ARCH-04'],
  sources: ['001 第三十二条', '002 第二十六条'],
  fields: [
    caseReference,
    { key: 'method', zh: '制作方法', en: 'Production method', kind: 'text', required: ['HS'] },
    { key: 'producedAt', zh: '制作时间', en: 'Produced at', kind: 'dateTime', required: ['HS'] },
    { key: 'producer', zh: '制作人', en: 'Producer', kind: 'text', required: ['HS'] },
    { key: 'proofObject', zh: '证明对象', en: 'What it proves', kind: 'longText', required: ['HS'] },
    { key: 'audioContent', zh: '录音内容', en: 'Content of the audio', kind: 'longText', required: false },
    {
      key: 'storage',
      zh: '存储位置或载体',
      en: 'Storage location or carrier',
      kind: 'text',
      required: ['HS'],
    },
    {
      key: 'conversion',
      zh: '转换为载体的情况',
      en: 'Conversion to a medium (audiovisual-evidence rules)',
      kind: 'longText',
      required: ['LX'],
    },
  ],
  signers: [],
});

export const closingArchiveDocuments = [caseClosingReport, caseFile, fileIndex, avDescription];
