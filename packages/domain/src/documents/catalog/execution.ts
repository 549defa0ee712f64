import { defineDocumentType } from '../document-type';
import { caseReference, issueDate, notItemised, officerSigns, party } from './fields';

/** Performance and execution documents (requirements.md §5 D41–D46). */

/** D41 催告书 (EXEC-03): statutory form, not itemised beyond the obligation and its deadline; EXEC-04 the reply. */
export const demandNotice = defineDocumentType({
  code: 'demandNotice',
  version: 2,
  rows: ['D41'],
  zh: '催告书',
  en: 'Demand notice',
  stage: 'execution',
  requirementIds: ['EXEC-03', 'EXEC-04'],
  sources: ['000 第二十一条', '001 第二十八条, 第二十九条', '003 第二十八条'],
  fields: [
    ...notItemised,
    party,
    { key: 'obligation', zh: '应履行的义务', en: 'Obligation to perform', kind: 'longText', required: true },
    { key: 'performBy', zh: '履行期限', en: 'Perform by', kind: 'date', required: true },
    // EXEC-04 (BX, FS): a statement or defence made after the demand, and the agency's review of it.
    {
      key: 'statementMade',
      zh: '当事人是否陈述、申辩',
      en: 'Statement or defence made',
      kind: 'boolean',
      required: false,
    },
    {
      key: 'statementContent',
      zh: '当事人提出的事实、理由和证据',
      en: 'Facts, reasons and evidence the party raised',
      kind: 'longText',
      required: ['BX', 'FS'],
      requiredWhen: { field: 'statementMade', equals: true },
    },
    {
      key: 'statementReview',
      zh: '复核情况',
      en: 'Review of the statement (复核)',
      kind: 'longText',
      required: ['BX', 'FS'],
      requiredWhen: { field: 'statementMade', equals: true },
    },
  ],
  signers: [],
  seal: true,
});

/** D42 强制执行相应文书 (EXEC-05): method-specific, not itemised (minimal fields plus the method). */
export const compulsoryExecutionDocument = defineDocumentType({
  code: 'compulsoryExecutionDocument',
  version: 1,
  rows: ['D42'],
  zh: '强制执行文书',
  en: 'Compulsory execution document',
  stage: 'execution',
  requirementIds: ['EXEC-05'],
  sources: ['000 第二十二条', '001 第二十八条', '003 第二十九条'],
  fields: [
    ...notItemised,
    party,
    {
      key: 'method',
      zh: '执行方式',
      en: 'Execution method',
      kind: 'choice',
      required: true,
      options: [
        { value: 'additionalFine', zh: '加处罚款或滞纳金', en: 'Additional fine or late fee' },
        { value: 'transfer', zh: '划拨存款、汇款', en: 'Transfer of deposits or remittances' },
        { value: 'auction', zh: '拍卖或依法处理查封、扣押的财物', en: 'Auction or disposal of seized property' },
        { value: 'restoration', zh: '排除妨碍、恢复原状', en: 'Removal of obstruction, restoration' },
        { value: 'substitutePerformance', zh: '代履行', en: 'Substitute performance' },
        { value: 'other', zh: '其他', en: 'Other' },
      ],
    },
    { key: 'result', zh: '执行情况', en: 'Execution result', kind: 'longText', required: false },
  ],
  signers: [],
  seal: true,
});

/** D43 强制执行申请书 (EXEC-06): not itemised (minimal fields plus court and result). */
export const courtEnforcementApplication = defineDocumentType({
  code: 'courtEnforcementApplication',
  version: 1,
  rows: ['D43'],
  zh: '强制执行申请书',
  en: 'Application to the court for enforcement',
  stage: 'execution',
  requirementIds: ['EXEC-06', 'COER-03'],
  sources: ['000 第二十三条', '001 第二十九条', '002 第十三条', '003 第三十条'],
  fields: [
    ...notItemised,
    party,
    { key: 'court', zh: '受理法院', en: 'Court', kind: 'text', required: true },
    { key: 'result', zh: '强制执行结果', en: 'Enforcement result', kind: 'longText', required: false },
  ],
  signers: [],
  seal: true,
});

/** D44 异议记录 (EXEC-07, HS). */
export const objectionRecord = defineDocumentType({
  code: 'objectionRecord',
  version: 1,
  rows: ['D44'],
  zh: '异议记录',
  en: 'Objection record',
  stage: 'execution',
  requirementIds: ['EXEC-07'],
  sources: ['001 第二十八条'],
  fields: [
    caseReference,
    { key: 'objector', zh: '异议主体', en: 'Who objected', kind: 'party', required: true },
    { key: 'content', zh: '异议内容', en: 'Content', kind: 'longText', required: true },
    { key: 'objectedAt', zh: '异议时间', en: 'Time', kind: 'dateTime', required: true },
    { key: 'handlingOpinion', zh: '处理意见', en: 'Handling opinion', kind: 'longText', required: true },
  ],
  signers: [officerSigns],
});

/** D45 延期(分期)缴纳罚款通知书 (EXEC-08): not itemised beyond the application and the schedule. */
export const paymentDeferralNotice = defineDocumentType({
  code: 'paymentDeferralNotice',
  version: 1,
  rows: ['D45'],
  zh: '延期（分期）缴纳罚款通知书',
  en: 'Notice of deferred or instalment payment',
  stage: 'execution',
  requirementIds: ['EXEC-08'],
  sources: ['002 第十一条'],
  fields: [
    ...notItemised,
    party,
    {
      key: 'arrangement',
      zh: '缴纳方式',
      en: 'Arrangement',
      kind: 'choice',
      required: true,
      options: [
        { value: 'deferred', zh: '延期缴纳', en: 'Deferred' },
        { value: 'instalments', zh: '分期缴纳', en: 'Instalments' },
      ],
    },
    {
      key: 'applicationReceivedOn',
      zh: '书面申请日期',
      en: 'Written application received on',
      kind: 'date',
      required: true,
    },
    { key: 'schedule', zh: '批准的缴纳期限', en: 'Approved schedule', kind: 'longText', required: true },
  ],
  signers: [],
  seal: true,
});

/** D46 罚没单据 (EXEC-01): not itemised (minimal receipt fields). */
export const fineReceipt = defineDocumentType({
  code: 'fineReceipt',
  version: 1,
  rows: ['D46'],
  zh: '罚没单据',
  en: 'Fine or confiscation receipt',
  stage: 'execution',
  requirementIds: ['EXEC-01'],
  sources: ['002 第十一条'],
  fields: [
    caseReference,
    { key: 'receiptNumber', zh: '票据号码', en: 'Receipt number', kind: 'text', required: true },
    { ...party, key: 'payer', zh: '缴款人', en: 'Payer' },
    { key: 'amount', zh: '金额（元）', en: 'Amount (yuan)', kind: 'money', required: true },
    { ...issueDate, key: 'paidOn', zh: '缴款日期', en: 'Paid on' },
  ],
  signers: [],
});

export const executionDocuments = [
  demandNotice,
  compulsoryExecutionDocument,
  courtEnforcementApplication,
  objectionRecord,
  paymentDeferralNotice,
  fineReceipt,
];
