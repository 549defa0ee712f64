import { defineDocumentType } from '../document-type';
import { issueDate, notItemised } from './fields';

/** Inspection and supervision documents (requirements.md §5 D53–D55, D58). */

/** D53 年度“双随机”抽查计划 (INSP-02, LX): not itemised (minimal fields plus the year). */
export const annualRandomInspectionPlan = defineDocumentType({
  code: 'annualRandomInspectionPlan',
  version: 1,
  rows: ['D53'],
  zh: '年度“双随机”抽查计划',
  en: 'Annual random-inspection plan',
  stage: 'inspection',
  requirementIds: ['INSP-02'],
  sources: ['002 第十六条'],
  fields: [...notItemised.slice(1), { key: 'year', zh: '年度', en: 'Year', kind: 'number', required: true }],
  signers: [],
});

/** D53 具体实施方案 (INSP-02, LX): not itemised (minimal fields). */
export const inspectionImplementationPlan = defineDocumentType({
  code: 'inspectionImplementationPlan',
  version: 1,
  rows: ['D53'],
  zh: '“双随机”抽查具体实施方案',
  en: 'Random-inspection implementation plan',
  stage: 'inspection',
  requirementIds: ['INSP-02'],
  sources: ['002 第十六条'],
  fields: notItemised.slice(1),
  signers: [],
});

/** D54 执法检查报告 (INSP-04): findings, handling of each problem, publication of the results. */
export const inspectionReport = defineDocumentType({
  code: 'inspectionReport',
  version: 1,
  rows: ['D54'],
  zh: '执法检查报告',
  en: 'Inspection report',
  stage: 'inspection',
  requirementIds: ['INSP-04'],
  sources: ['002 第十六条'],
  fields: [
    { key: 'findings', zh: '检查发现的问题', en: 'Findings', kind: 'longText', required: true },
    { key: 'problemHandling', zh: '问题处理情况', en: 'Handling of the problems', kind: 'longText', required: true },
    { key: 'publishedOn', zh: '结果公布日期', en: 'Results published on', kind: 'date', required: true },
    { key: 'publicationChannel', zh: '公布渠道', en: 'Publication channel', kind: 'text', required: true },
    issueDate,
  ],
  signers: [],
  seal: true,
});

/** D55 专项检查工作方案 (INSP-05): the arranging authority, dates, scope, key points and staffing. */
export const specialInspectionPlan = defineDocumentType({
  code: 'specialInspectionPlan',
  version: 1,
  rows: ['D55'],
  zh: '专项检查工作方案',
  en: 'Special inspection work plan',
  stage: 'inspection',
  requirementIds: ['INSP-05'],
  sources: ['002 第十七条'],
  fields: [
    {
      key: 'arrangingAuthority',
      zh: '部署机关',
      en: 'Arranging authority',
      kind: 'choice',
      required: true,
      options: [
        { value: 'stateCouncilDepartment', zh: '国务院工作部门', en: 'State Council department' },
        { value: 'provincialGovernment', zh: '省级人民政府', en: 'Provincial people’s government' },
      ],
    },
    { key: 'startsOn', zh: '起始时间', en: 'Starts on', kind: 'date', required: true },
    { key: 'endsOn', zh: '结束时间', en: 'Ends on', kind: 'date', required: true },
    { key: 'scope', zh: '检查范围', en: 'Scope', kind: 'longText', required: true },
    { key: 'keyPoints', zh: '检查重点', en: 'Key points', kind: 'longText', required: true },
    { key: 'staffing', zh: '检查力量配备', en: 'Staffing', kind: 'longText', required: true },
  ],
  signers: [],
});

/** D58 检查台帐 (SUP-04, XG): playback checks of case files and A/V, kept by 局综合科. */
export const inspectionLedger = defineDocumentType({
  code: 'inspectionLedger',
  version: 1,
  rows: ['D58'],
  zh: '检查台帐',
  en: 'Inspection ledger',
  stage: 'supervision',
  requirementIds: ['SUP-04'],
  sources: ['004 第二十二条'],
  fields: [
    { key: 'checkedOn', zh: '检查日期', en: 'Checked on', kind: 'date', required: true },
    { key: 'checker', zh: '检查人', en: 'Checked by', kind: 'text', required: true },
    {
      key: 'itemsChecked',
      zh: '抽查的案卷及音像记录',
      en: 'Files and A/V records checked',
      kind: 'list',
      required: true,
    },
    { key: 'findings', zh: '回放检查情况', en: 'Findings of the playback check', kind: 'longText', required: true },
  ],
  signers: [],
});

export const inspectionDocuments = [
  annualRandomInspectionPlan,
  inspectionImplementationPlan,
  inspectionReport,
  specialInspectionPlan,
  inspectionLedger,
];
