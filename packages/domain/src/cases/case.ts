import { z } from 'zod';
import { domainError } from '../shared/errors';

type Label = { zh: string; en: string };

/** The kinds of enforcement act a case can be (GEN-02; LX 第二条 names five, BX 第二条 four). */
export const enforcementActs = [
  'penalty',
  'coercion',
  'inspection',
  'licensing',
  'confirmation',
  'levy',
  'fee',
] as const;
export type EnforcementAct = (typeof enforcementActs)[number];

export const enforcementActLabels = {
  penalty: { zh: '行政处罚', en: 'Administrative penalty' },
  coercion: { zh: '行政强制', en: 'Administrative coercion' },
  inspection: { zh: '行政检查', en: 'Administrative inspection' },
  licensing: { zh: '行政许可', en: 'Administrative licensing' },
  confirmation: { zh: '行政确认', en: 'Administrative confirmation' },
  levy: { zh: '行政征收', en: 'Administrative levy' },
  fee: { zh: '行政收费', en: 'Administrative fee' },
} as const satisfies Record<EnforcementAct, Label>;

/** GEN-02: refuses a case whose act is not in scope for its profile (`all` where the profile does not enumerate). */
export function checkActInScope(act: EnforcementAct, inScope: readonly EnforcementAct[] | 'all'): void {
  if (inScope !== 'all' && !inScope.includes(act)) {
    throw domainError('case.act_out_of_scope', { act });
  }
}

/** 一般程序 / 简易程序. */
export const caseProcedures = ['general', 'simplified'] as const;
export type CaseProcedure = (typeof caseProcedures)[number];

export const caseProcedureLabels = {
  general: { zh: '一般程序', en: 'General procedure' },
  simplified: { zh: '简易程序', en: 'Simplified procedure' },
} as const satisfies Record<CaseProcedure, Label>;

/** 案件来源 (INIT-04). */
export const caseSources = [
  'onApplication',
  'exOfficio',
  'complaint',
  'report',
  'assignedBySuperior',
  'referralIn',
  'doubleRandom',
] as const;
export type CaseSource = (typeof caseSources)[number];

export const caseSourceLabels = {
  onApplication: { zh: '依申请', en: 'On application' },
  exOfficio: { zh: '依职权（日常监督检查）', en: 'Ex officio (routine inspection)' },
  complaint: { zh: '投诉', en: 'Complaint' },
  report: { zh: '举报', en: 'Report (tip-off)' },
  assignedBySuperior: { zh: '上级机关交办', en: 'Assigned by a superior authority' },
  referralIn: { zh: '其他机关移送', en: 'Referred by another body' },
  doubleRandom: { zh: '双随机抽查', en: 'Double-random inspection' },
} as const satisfies Record<CaseSource, Label>;

/** Identity documents a party can be identified by. */
export const identityDocumentTypes = [
  'residentIdCard',
  'passport',
  'hkMacaoPermit',
  'taiwanPermit',
  'foreignPermanentResidentCard',
  'unifiedSocialCreditCode',
  'other',
] as const;
export type IdentityDocumentType = (typeof identityDocumentTypes)[number];

export const identityDocumentTypeLabels = {
  residentIdCard: { zh: '居民身份证', en: 'Resident identity card' },
  passport: { zh: '护照', en: 'Passport' },
  hkMacaoPermit: { zh: '港澳居民来往内地通行证', en: 'Mainland travel permit (Hong Kong/Macao)' },
  taiwanPermit: { zh: '台湾居民来往大陆通行证', en: 'Mainland travel permit (Taiwan)' },
  foreignPermanentResidentCard: { zh: '外国人永久居留身份证', en: 'Foreign permanent resident ID card' },
  unifiedSocialCreditCode: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  other: { zh: '其他证件', en: 'Other document' },
} as const satisfies Record<IdentityDocumentType, Label>;

/** 国家秘密 / 商业秘密 / 个人隐私: markers that restrict access and disclosure (ACC). */
export const confidentialityMarkers = ['stateSecret', 'commercialSecret', 'personalPrivacy'] as const;
export type ConfidentialityMarker = (typeof confidentialityMarkers)[number];

export const confidentialityMarkerLabels = {
  stateSecret: { zh: '国家秘密', en: 'State secret' },
  commercialSecret: { zh: '商业秘密', en: 'Commercial secret' },
  personalPrivacy: { zh: '个人隐私', en: 'Personal privacy' },
} as const satisfies Record<ConfidentialityMarker, Label>;

const text = (max: number) => z.string().trim().min(1).max(max);

export const identityDocumentSchema = z.object({
  type: z.enum(identityDocumentTypes).meta({ description: '证件类型' }),
  number: text(50).meta({ description: '证件号码' }),
});
export type IdentityDocument = z.infer<typeof identityDocumentSchema>;

/** 当事人 / 行政相对人: a natural person or an organisation. */
export const partySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('person'),
    name: text(100).meta({ description: '姓名' }),
    idDocument: identityDocumentSchema,
    phone: text(30).optional().meta({ description: '联系电话' }),
    address: text(200).optional().meta({ description: '住址' }),
  }),
  z.object({
    kind: z.literal('organisation'),
    name: text(200).meta({ description: '单位名称' }),
    idDocument: identityDocumentSchema.meta({ description: '通常为统一社会信用代码' }),
    legalRepresentative: text(100).optional().meta({ description: '法定代表人或负责人' }),
    phone: text(30).optional().meta({ description: '联系电话' }),
    address: text(200).optional().meta({ description: '住所' }),
  }),
]);
export type Party = z.infer<typeof partySchema>;

/** The descriptive fields of a case, as entered when it is opened. */
export const caseDetailsSchema = z.object({
  act: z.enum(enforcementActs).meta({ description: '执法行为类别 (GEN-02)' }),
  procedure: z.enum(caseProcedures).meta({ description: '一般程序 / 简易程序' }),
  source: z.enum(caseSources).meta({ description: '案件来源 (INIT-04)' }),
  realName: z
    .boolean()
    .optional()
    .meta({ description: '投诉/举报是否实名 (INIT-05), for complaint and report sources' }),
  cause: text(200).meta({ description: '案由' }),
  parties: z.array(partySchema).min(1).meta({ description: '当事人' }),
  handlerIds: z.array(text(64)).min(1).meta({ description: '承办人 (user ids; ROLE-01)' }),
  confidentiality: z
    .array(z.enum(confidentialityMarkers))
    .default([])
    .meta({ description: '涉及国家秘密、商业秘密、个人隐私' }),
});
export type CaseDetails = z.infer<typeof caseDetailsSchema>;
