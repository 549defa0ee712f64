import { isLocalDate } from '../shared/time';
import {
  appliesUnder,
  conditionHolds,
  type DocumentField,
  type DocumentType,
  type FieldKind,
  type ProfileCode,
  type SignerRole,
} from './document-type';

export type DocumentIssue = { field: string; code: 'required' | 'invalid'; zh: string; en: string };
export type DocumentValidation = { ok: boolean; issues: DocumentIssue[] };

export type DocumentSignature = {
  role: SignerRole;
  name?: string;
  signed: boolean;
  /** Recorded when the person refused to sign: why, and who present attests it (INV-03, SERV-03). */
  refusal?: { reason: string; witnessName: string };
};

export type SignatureIssue = {
  role: SignerRole;
  code: 'missing' | 'refusalIncomplete' | 'refusalNotAllowed';
  zh: string;
  en: string;
};

function isFilledString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

const dateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** One check per field kind: does a non-empty value have the right shape? */
const kindChecks: Record<FieldKind, (value: unknown, field: DocumentField) => boolean> = {
  text: isFilledString,
  longText: isFilledString,
  date: (value) => typeof value === 'string' && isLocalDate(value),
  dateTime: (value) => typeof value === 'string' && dateTimePattern.test(value) && isLocalDate(value.slice(0, 10)),
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  // Yuan with at most two decimals (fen); never negative.
  money: (value) => typeof value === 'number' && value >= 0 && Math.abs(Math.round(value * 100) - value * 100) < 1e-6,
  choice: (value, field) => typeof value === 'string' && (field.options ?? []).some((option) => option.value === value),
  boolean: (value) => typeof value === 'boolean',
  people: (value) => Array.isArray(value) && value.every((person) => isRecord(person) && isFilledString(person.name)),
  // INV-01: each officer present with name and enforcement-certificate number.
  officers: (value) =>
    Array.isArray(value) &&
    value.every(
      (officer) => isRecord(officer) && isFilledString(officer.name) && isFilledString(officer.certificateNumber),
    ),
  party: (value) => isRecord(value) && isFilledString(value.name),
  list: (value) => Array.isArray(value) && value.every((item) => isFilledString(item) || isRecord(item)),
};

function isValid(field: DocumentField, value: unknown): boolean {
  return kindChecks[field.kind](value, field);
}

/** Whether the field is mandatory for this document's data under this profile. */
export function isFieldRequired(
  field: DocumentField,
  data: Readonly<Record<string, unknown>>,
  profile?: ProfileCode,
): boolean {
  if (!appliesUnder(field.required, profile)) return false;
  return field.requiredWhen === undefined || conditionHolds(field.requiredWhen, data);
}

/**
 * SYS-03: a document may be finalised only when every mandatory field (for its profile and its own data) is filled
 * and every filled field is valid for its kind. Unknown keys are reported too, so typos do not pass silently.
 */
export function validateDocument(
  type: DocumentType,
  data: Readonly<Record<string, unknown>>,
  options: { profile?: ProfileCode } = {},
): DocumentValidation {
  const issues: DocumentIssue[] = [];
  for (const field of type.fields) {
    const value = data[field.key];
    if (isEmpty(value)) {
      if (isFieldRequired(field, data, options.profile)) {
        issues.push({
          field: field.key,
          code: 'required',
          zh: `「${field.zh}」为必填项`,
          en: `${field.en} is required`,
        });
      }
    } else if (!isValid(field, value)) {
      issues.push({ field: field.key, code: 'invalid', zh: `「${field.zh}」填写不正确`, en: `${field.en} is invalid` });
    }
  }
  for (const key of Object.keys(data)) {
    if (!type.fields.some((field) => field.key === key)) {
      issues.push({
        field: key,
        code: 'invalid',
        zh: `「${type.zh}」没有字段 ${key}`,
        en: `${type.en} has no field ${key}`,
      });
    }
  }
  return { ok: issues.length === 0, issues };
}

const roleLabels: Record<SignerRole, { zh: string; en: string }> = {
  officer: { zh: '执法人员', en: 'officer' },
  party: { zh: '当事人', en: 'party' },
  witness: { zh: '见证人', en: 'witness' },
  reviewer: { zh: '审核人', en: 'reviewer' },
  approver: { zh: '批准人', en: 'approver' },
  agencyHead: { zh: '机关负责人', en: 'agency head' },
  unitHead: { zh: '承办机构负责人', en: 'unit head' },
  legalReviewer: { zh: '法制审核人员', en: 'legal reviewer' },
  expert: { zh: '专家', en: 'expert' },
  participant: { zh: '参加人员', en: 'participant' },
  server: { zh: '送达人', en: 'server' },
  addressee: { zh: '受送达人', en: 'addressee' },
  recipient: { zh: '签收人', en: 'recipient' },
  presider: { zh: '主持人', en: 'presiding officer' },
  clerk: { zh: '记录人', en: 'clerk' },
  institution: { zh: '出具机构', en: 'issuing institution' },
};

/**
 * INV-03, SERV-02/03/05: every required signer has signed, or — where the type allows it — refused with a recorded
 * reason and an attesting witness. Conditional signers (per service method) are judged against `data`.
 */
export function checkSignatures(
  type: DocumentType,
  signatures: readonly DocumentSignature[],
  options: { profile?: ProfileCode; data?: Readonly<Record<string, unknown>> } = {},
): SignatureIssue[] {
  const issues: SignatureIssue[] = [];
  for (const signer of type.signers) {
    const label = roleLabels[signer.role];
    const applies =
      (signer.profiles === undefined || options.profile === undefined || signer.profiles.includes(options.profile)) &&
      (signer.when === undefined || conditionHolds(signer.when, options.data ?? {}));
    const entries = signatures.filter(
      (signature) => signature.role === signer.role || signer.alternatives.includes(signature.role),
    );
    let satisfied = 0;
    for (const entry of entries) {
      if (entry.signed) {
        satisfied += 1;
      } else if (entry.refusal !== undefined) {
        if (signer.refusal === 'notAllowed') {
          issues.push({
            role: signer.role,
            code: 'refusalNotAllowed',
            zh: `${label.zh}拒绝签名不能代替签名`,
            en: `A refusal by the ${label.en} cannot replace the signature`,
          });
        } else if (isFilledString(entry.refusal.reason) && isFilledString(entry.refusal.witnessName)) {
          satisfied += 1;
        } else {
          issues.push({
            role: signer.role,
            code: 'refusalIncomplete',
            zh: `${label.zh}拒绝签名的，须注明拒签理由并由在场见证人签名`,
            en: `A refusal by the ${label.en} needs its reason and an attesting witness`,
          });
        }
      }
    }
    if (applies && satisfied < signer.min) {
      issues.push({
        role: signer.role,
        code: 'missing',
        zh: `缺少${label.zh}签名（需 ${signer.min} 人）`,
        en: `Missing signature of the ${label.en} (${signer.min} needed)`,
      });
    }
  }
  return issues;
}
