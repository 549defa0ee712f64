import type { DocumentTypeInput } from '../document-type';

/** Field and signer building blocks shared by many document types, so each catalog entry stays a short list. */
type FieldInput = DocumentTypeInput['fields'][number];
type SignerInput = DocumentTypeInput['signers'][number];

export const caseReference: FieldInput = {
  key: 'caseReference',
  zh: '案件编号',
  en: 'Case reference',
  kind: 'text',
  required: true,
};
export const documentNumber: FieldInput = {
  key: 'documentNumber',
  zh: '文书编号（文号）',
  en: 'Document number',
  kind: 'text',
  required: true,
};
export const issueDate: FieldInput = { key: 'issueDate', zh: '日期', en: 'Date', kind: 'date', required: true };
export const body: FieldInput = { key: 'body', zh: '正文', en: 'Body', kind: 'longText', required: true };
export const party: FieldInput = {
  key: 'party',
  zh: '当事人基本情况',
  en: 'Party (basic information)',
  kind: 'party',
  required: true,
};
export const attachments: FieldInput = {
  key: 'attachments',
  zh: '附件',
  en: 'Attachments',
  kind: 'list',
  required: false,
};

/** The minimal fields for a document the seeds name without itemising its contents. */
export const notItemised: FieldInput[] = [caseReference, documentNumber, issueDate, body];

/** INV-01: officer data every investigation transcript or report carries (INV-01-P: every profile asks for at least part of it). */
export const officerData: FieldInput[] = [
  { key: 'officerCount', zh: '执法人员数量', en: 'Number of officers present', kind: 'number', required: true },
  {
    key: 'officers',
    zh: '执法人员姓名及执法证件编号',
    en: 'Officers (names and enforcement-certificate numbers)',
    kind: 'officers',
    required: true,
  },
  {
    key: 'certificatesShown',
    zh: '执法证件出示情况',
    en: 'How the certificates were shown to the party',
    kind: 'longText',
    required: true,
  },
];

export const officerSigns: SignerInput = { role: 'officer', min: 1, refusal: 'notAllowed' };
/** INV-03: the party signs, or refuses with the officer's note and a person present attesting. */
export const partySignsOrRefuses: SignerInput = { role: 'party', min: 1, refusal: 'reasonAndWitness' };
export const agencyHeadApproves: SignerInput = { role: 'agencyHead', min: 1, refusal: 'notAllowed' };
export const unitHeadSigns: SignerInput = { role: 'unitHead', min: 1, refusal: 'notAllowed' };
/** An attesting person present, needed only to attest a refusal, so optional by itself. */
export const witnessMay: SignerInput = { role: 'witness', min: 0, refusal: 'notAllowed' };
