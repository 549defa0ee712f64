import { defineDocumentType } from '../document-type';
import {
  caseReference,
  documentNumber,
  issueDate,
  notItemised,
  officerSigns,
  party,
  partySignsOrRefuses,
  witnessMay,
} from './fields';

/** Evidence preservation and coercive-measure documents (requirements.md §5 D20–D23). */

/** D20 先行登记保存证据通知书: not itemised (minimal fields); issued after the approvals MEAS-03 names. */
export const advancePreservationNotice = defineDocumentType({
  code: 'advancePreservationNotice',
  version: 1,
  rows: ['D20'],
  zh: '先行登记保存证据通知书',
  en: 'Advance registration and preservation notice',
  stage: 'investigation',
  requirementIds: ['MEAS-03', 'INV-02'],
  sources: ['001 第十二条', '002 第七条'],
  fields: [
    ...notItemised,
    party,
    { key: 'items', zh: '登记保存的物品', en: 'Items preserved', kind: 'list', required: true },
    { key: 'periodEnds', zh: '保存期限届满日', en: 'End of the preservation period', kind: 'date', required: true },
  ],
  signers: [officerSigns, partySignsOrRefuses, witnessMay],
  seal: true,
});

/** D21 (先行)登记保存证据物品处理通知书: disposal when the period ends; lifts the measure. */
export const preservedItemsDisposalNotice = defineDocumentType({
  code: 'preservedItemsDisposalNotice',
  version: 1,
  rows: ['D21'],
  zh: '先行登记保存证据物品处理通知书',
  en: 'Notice on the disposal of preserved items',
  stage: 'investigation',
  requirementIds: ['MEAS-03'],
  sources: ['002 第七条'],
  fields: [
    caseReference,
    documentNumber,
    party,
    { key: 'disposal', zh: '处理决定', en: 'Disposal of the items', kind: 'longText', required: true },
    { key: 'measureLifted', zh: '解除登记保存措施', en: 'Measure lifted', kind: 'boolean', required: true },
    issueDate,
  ],
  signers: [],
  seal: true,
});

/** D22 证据保全记录 (MEAS-02): reason, object and form. */
export const evidencePreservationRecord = defineDocumentType({
  code: 'evidencePreservationRecord',
  version: 1,
  rows: ['D22'],
  zh: '证据保全记录',
  en: 'Evidence preservation record',
  stage: 'investigation',
  requirementIds: ['MEAS-02'],
  sources: ['001 第十二条', '003 第十三条'],
  fields: [
    caseReference,
    { key: 'reason', zh: '证据保全的启动理由', en: 'Reason for preservation', kind: 'longText', required: true },
    { key: 'object', zh: '证据保全的具体标的', en: 'Object preserved', kind: 'longText', required: true },
    {
      key: 'form',
      zh: '证据保全的形式',
      en: 'Form of preservation',
      kind: 'choice',
      required: true,
      options: [
        { value: 'advanceRegistration', zh: '先行登记保存', en: 'Advance registration and preservation' },
        { value: 'copying', zh: '复制', en: 'Copying' },
        { value: 'audioVisual', zh: '音像记录', en: 'Audio/video' },
        { value: 'appraisal', zh: '鉴定', en: 'Appraisal' },
        { value: 'survey', zh: '勘验', en: 'Survey' },
        { value: 'questioning', zh: '询问笔录', en: 'Questioning transcript' },
      ],
    },
    issueDate,
  ],
  signers: [officerSigns],
});

/** D23 行政强制措施法定文书 (MEAS-01): reason, the counterpart's opinion heard, service. */
export const coerciveMeasureDocument = defineDocumentType({
  code: 'coerciveMeasureDocument',
  version: 1,
  rows: ['D23'],
  zh: '行政强制措施文书',
  en: 'Coercive-measure document',
  stage: 'investigation',
  requirementIds: ['MEAS-01'],
  sources: ['001 第十四条', '003 第十四条'],
  fields: [
    caseReference,
    documentNumber,
    party,
    {
      key: 'measure',
      zh: '强制措施种类',
      en: 'Measure',
      kind: 'choice',
      required: true,
      options: [
        { value: 'restrictFreedom', zh: '限制公民人身自由', en: 'Restricting personal freedom' },
        { value: 'sealUp', zh: '查封场所、设施或者财物', en: 'Sealing up places, facilities or property' },
        { value: 'seize', zh: '扣押财物', en: 'Seizing property' },
        { value: 'freeze', zh: '冻结存款、汇款', en: 'Freezing deposits or remittances' },
        { value: 'other', zh: '其他', en: 'Other' },
      ],
    },
    { key: 'reason', zh: '采取强制措施的理由', en: 'Reason for the measure', kind: 'longText', required: true },
    {
      key: 'opinionHeard',
      zh: '决定前听取当事人意见情况',
      en: 'Counterpart’s opinion heard before the decision',
      kind: 'longText',
      required: true,
    },
    { key: 'service', zh: '文书送达情况', en: 'Service of the document', kind: 'longText', required: true },
    issueDate,
  ],
  signers: [officerSigns, { ...partySignsOrRefuses, profiles: ['HS'] }, witnessMay],
  seal: true,
});

export const measureDocuments = [
  advancePreservationNotice,
  preservedItemsDisposalNotice,
  evidencePreservationRecord,
  coerciveMeasureDocument,
];
