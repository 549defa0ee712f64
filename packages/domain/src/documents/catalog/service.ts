import { defineDocumentType, type DocumentTypeInput } from '../document-type';
import { caseReference, issueDate } from './fields';

/** Service documents (requirements.md §5 D38–D40). The order of methods (SERV-07) is checked on the case. */

const personalMethods = ['direct', 'entrusted', 'forwarded'];

type FieldInput = DocumentTypeInput['fields'][number];

/** SERV-07: facts a later method of service records about the earlier ones (profile `records.serviceOrder`). */
const directImpossible: FieldInput = {
  key: 'directImpossible',
  zh: '无法直接送达',
  en: 'Direct service was impossible',
  kind: 'boolean',
  required: false,
};
const postalImpossible: FieldInput = {
  key: 'postalImpossible',
  zh: '无法邮寄送达',
  en: 'Postal service was impossible',
  kind: 'boolean',
  required: false,
};
const entrustedImpossible: FieldInput = {
  key: 'entrustedImpossible',
  zh: '无法委托送达',
  en: 'Entrusted service was impossible',
  kind: 'boolean',
  required: false,
};

/** D38 送达回证: what each service method must record and who signs (SERV-02, SERV-03, SERV-05). */
export const serviceReceipt = defineDocumentType({
  code: 'serviceReceipt',
  version: 1,
  rows: ['D38'],
  zh: '送达回证',
  en: 'Service receipt',
  stage: 'service',
  requirementIds: ['SERV-01', 'SERV-02', 'SERV-03', 'SERV-05'],
  sources: [
    '000 第三条, 第十五条, 第十七条, 第十八条',
    '001 第二十二条, 第二十三条',
    '002 第十八条',
    '003 第二十二条, 第二十四条, 第二十五条',
  ],
  fields: [
    caseReference,
    { key: 'documentName', zh: '送达文书名称', en: 'Document served', kind: 'text', required: true },
    { key: 'documentNumber', zh: '送达文书文号', en: 'Number of the document served', kind: 'text', required: false },
    {
      key: 'method',
      zh: '送达方式',
      en: 'Method of service',
      kind: 'choice',
      required: true,
      options: [
        { value: 'direct', zh: '直接送达', en: 'Direct' },
        { value: 'lodged', zh: '留置送达', en: 'Lodged (after refusal)' },
        { value: 'entrusted', zh: '委托送达', en: 'Entrusted' },
        { value: 'forwarded', zh: '转交送达', en: 'Forwarded' },
      ],
    },
    { key: 'addressee', zh: '受送达人', en: 'Addressee', kind: 'text', required: true },
    { key: 'server', zh: '送达人', en: 'Server', kind: 'text', required: true },
    { key: 'servedAt', zh: '送达时间', en: 'Time of service', kind: 'dateTime', required: true },
    { key: 'place', zh: '送达地点', en: 'Place of service', kind: 'text', required: ['HS'] },
    {
      key: 'recipient',
      zh: '签收人（符合法定条件的）',
      en: 'Qualified recipient who signed, if not the addressee',
      kind: 'text',
      required: false,
    },
    {
      key: 'witness',
      zh: '见证人',
      en: 'Witness',
      kind: 'text',
      required: true,
      requiredWhen: { field: 'method', equals: 'lodged' },
    },
    {
      key: 'refusalReason',
      zh: '拒收事由',
      en: 'Reason given for refusing',
      kind: 'longText',
      required: true,
      requiredWhen: { field: 'method', equals: 'lodged' },
    },
    {
      key: 'refusalDate',
      zh: '拒收日期',
      en: 'Date of the refusal',
      kind: 'date',
      required: true,
      requiredWhen: { field: 'method', equals: 'lodged' },
    },
    {
      key: 'lodgedPlace',
      zh: '留置地点（受送达人住所）',
      en: 'Where the document was left (the addressee’s residence)',
      kind: 'text',
      required: true,
      requiredWhen: { field: 'method', equals: 'lodged' },
    },
    {
      key: 'entrustReason',
      zh: '委托、转交原因',
      en: 'Reason for entrusting or forwarding',
      kind: 'longText',
      required: ['BX', 'HS', 'FS'],
      requiredWhen: { field: 'method', equals: ['entrusted', 'forwarded'] },
    },
    // SERV-07 (LX 第十八条): entrusted service only after direct service could not be made.
    directImpossible,
  ],
  signers: [
    { role: 'server' },
    // Direct: the addressee or a lawfully qualified recipient; entrusted or forwarded: the addressee.
    { role: 'addressee', alternatives: ['recipient'], when: { field: 'method', equals: personalMethods } },
    { role: 'witness', when: { field: 'method', equals: 'lodged' } },
  ],
});

/** D39 邮寄送达的登记、付邮凭证、回执 (SERV-04): registered or express mail, name and 文号 of the document. */
export const postalProof = defineDocumentType({
  code: 'postalProof',
  version: 1,
  rows: ['D39'],
  zh: '邮寄送达凭证（登记、付邮凭证、回执）',
  en: 'Proof of postal service',
  stage: 'service',
  requirementIds: ['SERV-04', 'SERV-01'],
  sources: ['000 第十六条', '001 第二十四条', '002 第十八条', '003 第二十三条'],
  fields: [
    caseReference,
    { key: 'documentName', zh: '送达文书名称', en: 'Document served', kind: 'text', required: true },
    { key: 'documentNumber', zh: '文号', en: 'Document number', kind: 'text', required: ['HS', 'FS'] },
    {
      key: 'mailType',
      zh: '邮寄方式',
      en: 'Mail type',
      kind: 'choice',
      required: true,
      options: [
        { value: 'registered', zh: '挂号信', en: 'Registered letter' },
        { value: 'express', zh: '特快专递（快递）', en: 'Express mail' },
      ],
    },
    { key: 'trackingNumber', zh: '邮件号码', en: 'Tracking number', kind: 'text', required: false },
    { key: 'mailedOn', zh: '付邮日期', en: 'Posted on', kind: 'date', required: true },
    {
      key: 'proofs',
      zh: '邮寄登记、付邮凭证和回执',
      en: 'Mailing registration, posting voucher and return receipt',
      kind: 'list',
      required: true,
    },
    // SERV-07 (LX 第十八条): postal service only after direct service could not be made.
    directImpossible,
  ],
  signers: [],
});

/** D40 书面公告 (SERV-06): why, carrier and date; the notice (LX: newspaper or screenshot) is retained. */
export const publicNotice = defineDocumentType({
  code: 'publicNotice',
  version: 1,
  rows: ['D40'],
  zh: '公告送达书面公告',
  en: 'Service by public notice',
  stage: 'service',
  requirementIds: ['SERV-06', 'SERV-07'],
  sources: ['000 第十九条', '001 第二十六条', '002 第十八条', '003 第二十六条'],
  fields: [
    caseReference,
    { key: 'documentName', zh: '送达文书名称', en: 'Document served', kind: 'text', required: true },
    { key: 'reason', zh: '采取公告送达的原因', en: 'Why public notice was used', kind: 'longText', required: true },
    {
      key: 'otherMethodsFailed',
      zh: '已采用其他方式均无法送达',
      en: 'All other methods failed',
      kind: 'boolean',
      required: ['BX', 'FS', 'LX'],
    },
    // SERV-07 (LX 第十八条): public notice only after direct, postal and entrusted service all could not be made.
    directImpossible,
    postalImpossible,
    entrustedImpossible,
    {
      key: 'carrier',
      zh: '公告方式和载体',
      en: 'Form and carrier of the notice',
      kind: 'choice',
      required: true,
      options: [
        { value: 'posting', zh: '张贴', en: 'Posting' },
        { value: 'newspaper', zh: '报纸', en: 'Newspaper' },
        { value: 'website', zh: '网站', en: 'Website' },
        { value: 'other', zh: '其他', en: 'Other' },
      ],
    },
    { ...issueDate, key: 'publishedOn', zh: '公告日期', en: 'Published on' },
    { key: 'noticeText', zh: '公告内容', en: 'Text of the notice', kind: 'longText', required: true },
    {
      key: 'retainedCopies',
      zh: '留存的书面公告（报纸、网站截图）',
      en: 'Retained notice (newspaper, website screenshot)',
      kind: 'list',
      required: ['LX', 'HS', 'BX', 'FS'],
    },
  ],
  signers: [],
});

export const serviceDocuments = [serviceReceipt, postalProof, publicNotice];
