import { defineDocumentType } from '../document-type';
import {
  agencyHeadApproves,
  caseReference,
  documentNumber,
  issueDate,
  notItemised,
  officerSigns,
  party,
  unitHeadSigns,
} from './fields';

/** LX-only coercion and fee documents (requirements.md §5 D48–D52). */

/** D48 社会保险费限期补缴通知 (COER-01): pay within 5 working days of receipt; warns of 社会保险法 第六十三条, 第八十六条. */
export const siArrearsNotice = defineDocumentType({
  code: 'siArrearsNotice',
  version: 1,
  rows: ['D48'],
  zh: '社会保险费限期补缴通知',
  en: 'Notice to pay social-insurance arrears',
  stage: 'coercion',
  requirementIds: ['COER-01'],
  sources: ['002 第十三条'],
  fields: [
    caseReference,
    documentNumber,
    { ...party, key: 'employer', zh: '用人单位', en: 'Employer' },
    { key: 'arrearsEstablishedOn', zh: '欠费认定日期', en: 'Arrears established on', kind: 'date', required: true },
    { key: 'arrearsAmount', zh: '欠缴金额（元）', en: 'Amount due (yuan)', kind: 'money', required: false },
    {
      key: 'paymentDeadline',
      zh: '补缴期限（收到通知之日起五个工作日内）',
      en: 'Deadline (5 working days after receipt)',
      kind: 'text',
      required: true,
    },
    {
      key: 'warning',
      zh: '逾期后果告知（《社会保险法》第六十三条、第八十六条）',
      en: 'Warning of the consequences (Social Insurance Law arts. 63 and 86)',
      kind: 'longText',
      required: true,
    },
    issueDate,
  ],
  signers: [],
  seal: true,
});

/** D49 行政强制执行审批表 (COER-02, APPR-02): not itemised beyond the approval chain. */
export const compulsoryExecutionApprovalForm = defineDocumentType({
  code: 'compulsoryExecutionApprovalForm',
  version: 1,
  rows: ['D49'],
  zh: '行政强制执行审批表',
  en: 'Compulsory execution approval form',
  stage: 'coercion',
  requirementIds: ['COER-02', 'APPR-02'],
  sources: ['002 第十三条'],
  fields: [
    caseReference,
    { key: 'handlerOpinion', zh: '执法人员意见', en: 'Officer’s proposal', kind: 'longText', required: true },
    { key: 'unitHeadOpinion', zh: '执法机构负责人意见', en: 'Unit head’s opinion', kind: 'longText', required: true },
    {
      key: 'headApproval',
      zh: '执法机关负责人审批意见',
      en: 'Agency head’s approval',
      kind: 'longText',
      required: true,
    },
    issueDate,
  ],
  signers: [officerSigns, unitHeadSigns, agencyHeadApproves],
});

/** D50 加处滞纳金(罚款)决定书 (COER-02): not itemised (minimal fields). */
export const lateFeeDecision = defineDocumentType({
  code: 'lateFeeDecision',
  version: 1,
  rows: ['D50'],
  zh: '加处滞纳金（罚款）决定书',
  en: 'Late-fee (additional fine) decision',
  stage: 'coercion',
  requirementIds: ['COER-02'],
  sources: ['002 第十三条'],
  fields: [
    ...notItemised,
    party,
    { key: 'amount', zh: '金额（元）', en: 'Amount (yuan)', kind: 'money', required: false },
  ],
  signers: [],
  seal: true,
});

/** D51 缴费收据 (FEE-01): not itemised (minimal receipt fields). */
export const feePaymentReceipt = defineDocumentType({
  code: 'feePaymentReceipt',
  version: 1,
  rows: ['D51'],
  zh: '缴费收据',
  en: 'Fee payment receipt',
  stage: 'fee',
  requirementIds: ['FEE-01'],
  sources: ['002 第十五条'],
  fields: [
    { key: 'receiptNumber', zh: '收据号码', en: 'Receipt number', kind: 'text', required: true },
    { ...party, key: 'payer', zh: '缴费人', en: 'Payer' },
    { key: 'amount', zh: '金额（元）', en: 'Amount (yuan)', kind: 'money', required: true },
    { key: 'item', zh: '收费项目', en: 'Fee item', kind: 'text', required: true },
    issueDate,
  ],
  signers: [officerSigns],
});

const billFields = [
  { key: 'billNumber', zh: '票据号码', en: 'Bill number', kind: 'text', required: true },
  { key: 'payer', zh: '缴款人', en: 'Payer', kind: 'text', required: true },
  { key: 'amount', zh: '金额（元）', en: 'Amount (yuan)', kind: 'money', required: true },
  { key: 'stamped', zh: '已盖章留存', en: 'Stamped and retained', kind: 'boolean', required: true },
  issueDate,
] as const;

/** D52 河北省非税收入统一票据 (FEE-02). */
export const nonTaxRevenueBill = defineDocumentType({
  code: 'nonTaxRevenueBill',
  version: 1,
  rows: ['D52'],
  zh: '河北省非税收入统一票据',
  en: 'Hebei non-tax revenue bill',
  stage: 'fee',
  requirementIds: ['FEE-02'],
  sources: ['002 第十五条'],
  fields: [...billFields],
  signers: [],
  seal: true,
});

/** D52 河北省非税收入一般缴款书 (FEE-02). */
export const nonTaxPaymentVoucher = defineDocumentType({
  code: 'nonTaxPaymentVoucher',
  version: 1,
  rows: ['D52'],
  zh: '河北省非税收入一般缴款书',
  en: 'Hebei non-tax payment voucher',
  stage: 'fee',
  requirementIds: ['FEE-02'],
  sources: ['002 第十五条'],
  fields: [...billFields],
  signers: [],
  seal: true,
});

export const lxSpecificDocuments = [
  siArrearsNotice,
  compulsoryExecutionApprovalForm,
  lateFeeDecision,
  feePaymentReceipt,
  nonTaxRevenueBill,
  nonTaxPaymentVoucher,
];
