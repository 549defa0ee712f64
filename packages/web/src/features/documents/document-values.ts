import dayjs from 'dayjs';
import type {
  DocumentField,
  DocumentSignature,
  DocumentSigner,
  DocumentType,
  SignerRole,
} from '../../i18n/domain-labels';
import { instantOf, pickedOf } from '../cases/record-time';
import type { Signature } from './documents.api';

/** One signature row of the form: a refusal is ticked and then given its reason and witness. */
export type SignatureRow = {
  role: SignerRole;
  name?: string;
  signed?: boolean;
  refused?: boolean;
  reason?: string;
  witnessName?: string;
};

export type DocumentFormValues = {
  data: Record<string, unknown>;
  signatures: SignatureRow[];
  reason?: string;
};

type Row = Record<string, unknown>;

function trimmed(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}

function isRecord(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rows of a names list, trimmed, without the rows left entirely empty. */
function rowsOf(value: unknown, keys: readonly string[]): Row[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const rows = value
    .filter(isRecord)
    .map((row) => Object.fromEntries(keys.map((key) => [key, trimmed(row[key])]).filter(([, text]) => text)) as Row)
    .filter((row) => Object.keys(row).length > 0);
  return rows.length > 0 ? rows : undefined;
}

/** The form's value of one field as the document data holds it; undefined leaves the key out. */
function dataValueOf(field: DocumentField, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  switch (field.kind) {
    case 'text':
    case 'longText':
    case 'choice':
      return trimmed(value);
    case 'date':
      return dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : undefined;
    case 'dateTime':
      return dayjs.isDayjs(value) ? instantOf(value) : undefined;
    case 'number':
    case 'money':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'people':
      return rowsOf(value, ['name']);
    case 'officers':
      return rowsOf(value, ['name', 'certificateNumber']);
    case 'party': {
      const name = isRecord(value) ? trimmed(value.name) : undefined;
      return name ? { ...(value as Row), name } : undefined;
    }
    case 'list': {
      if (!Array.isArray(value)) return undefined;
      const items = value.map((item) => (typeof item === 'string' ? item.trim() : item)).filter((item) => item !== '');
      return items.length > 0 ? items : undefined;
    }
  }
}

/** The document data from the form: converted per kind, empty values left out (so 'required' means unfilled). */
export function dataOf(type: DocumentType, formData: Record<string, unknown> | undefined): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of type.fields) {
    const value = dataValueOf(field, formData?.[field.key]);
    if (value !== undefined) data[field.key] = value;
  }
  return data;
}

/** The form's value of one stored field. */
function formValueOf(field: DocumentField, value: unknown): unknown {
  if (value === undefined || value === null) return field.kind === 'boolean' ? false : undefined;
  if (field.kind === 'date' && typeof value === 'string') return dayjs(value);
  if (field.kind === 'dateTime' && typeof value === 'string') return pickedOf(value);
  return value;
}

export function formDataOf(type: DocumentType, data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(type.fields.map((field) => [field.key, formValueOf(field, data[field.key])]));
}

/** The stored signatures as form rows, with at least the rows each signer of the type needs. */
export function signatureRowsOf(type: DocumentType, signatures: readonly Signature[]): SignatureRow[] {
  const rows: SignatureRow[] = signatures.map((signature) => ({
    role: signature.role,
    name: signature.name,
    signed: signature.signed,
    refused: signature.refusal !== undefined,
    reason: signature.refusal?.reason,
    witnessName: signature.refusal?.witnessName,
  }));
  for (const signer of type.signers) {
    const present = rows.filter((row) => row.role === signer.role).length;
    for (let index = present; index < Math.max(signer.min, 1); index += 1) rows.push({ role: signer.role });
  }
  return rows;
}

/**
 * Signatures from the form rows. Empty rows are dropped. `forCheck` keeps an incomplete refusal so the browser's check
 * names it; what is sent carries a refusal only once both its reason and witness are written.
 */
export function signaturesOf(rows: readonly SignatureRow[] | undefined, forCheck = false): DocumentSignature[] {
  const result: DocumentSignature[] = [];
  for (const row of rows ?? []) {
    const name = trimmed(row.name);
    const reason = trimmed(row.reason) ?? '';
    const witnessName = trimmed(row.witnessName) ?? '';
    const refused = row.refused === true;
    if (!name && !row.signed && !refused) continue;
    const refusalComplete = reason !== '' && witnessName !== '';
    result.push({
      role: row.role,
      name,
      signed: row.signed === true && !refused,
      refusal: refused && (forCheck || refusalComplete) ? { reason, witnessName } : undefined,
    });
  }
  return result;
}

/** The signer definition a row belongs to (directly or as an alternative). */
export function signerOf(type: DocumentType, role: SignerRole): DocumentSigner | undefined {
  return (
    type.signers.find((signer) => signer.role === role) ??
    type.signers.find((signer) => signer.alternatives.includes(role))
  );
}

/** Issue texts found anywhere in an error's details (`document.incomplete` lists field and signature issues). */
export function issuesInDetails(details: unknown): { zh: string; en: string }[] {
  const found: { zh: string; en: string }[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isRecord(value)) {
      if (typeof value.zh === 'string' && typeof value.en === 'string') found.push({ zh: value.zh, en: value.en });
      else Object.values(value).forEach(visit);
    }
  };
  visit(details);
  return found;
}
