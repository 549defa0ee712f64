import { domainError } from '../shared/errors';

/** The values a case-number pattern can name; each has a Chinese and an English placeholder. */
export type CaseNumberField = 'shortName' | 'year' | 'seq';

const placeholderFields: Record<string, CaseNumberField> = {
  机关简称: 'shortName',
  shortName: 'shortName',
  年: 'year',
  year: 'year',
  序号: 'seq',
  seq: 'seq',
};

export type CaseNumberSegment = { text: string } | { field: CaseNumberField; width: number };

const placeholderPattern = /^([^:{}]+)(?::(\d{1,2}))?$/;

/**
 * Splits a per-agency pattern such as `{机关简称}〔{年}〕{序号:3}号` into text and placeholders. Refuses unknown
 * placeholders, stray braces, padding on anything but the sequence, and a pattern without a sequence (numbers
 * would not be unique).
 */
export function parseCaseNumberPattern(pattern: string): CaseNumberSegment[] {
  const segments: CaseNumberSegment[] = [];
  let rest = pattern;
  while (rest.length > 0) {
    const open = rest.indexOf('{');
    const before = open === -1 ? rest : rest.slice(0, open);
    if (before.includes('}')) throw domainError('case_number.pattern_malformed', { pattern });
    if (before) segments.push({ text: before });
    if (open === -1) break;
    const close = rest.indexOf('}', open);
    const inner = close === -1 ? '{' : rest.slice(open + 1, close);
    if (inner.includes('{')) throw domainError('case_number.pattern_malformed', { pattern });
    rest = rest.slice(close + 1);
    const match = placeholderPattern.exec(inner);
    const field = match ? placeholderFields[match[1] ?? ''] : undefined;
    if (!match || !field || (match[2] !== undefined && field !== 'seq')) {
      throw domainError('case_number.placeholder_unknown', { placeholder: `{${inner}}` });
    }
    segments.push({ field, width: match[2] === undefined ? 0 : Number(match[2]) });
  }
  if (!segments.some((segment) => 'field' in segment && segment.field === 'seq')) {
    throw domainError('case_number.sequence_required', { pattern });
  }
  return segments;
}

/** Validates a pattern before an agency saves it; throws the same coded errors as `parseCaseNumberPattern`. */
export function checkCaseNumberPattern(pattern: string): void {
  parseCaseNumberPattern(pattern);
}

export type CaseNumberValues = { shortName: string; year: number; seq: number };

/** Formats a case number, e.g. `{机关简称}〔{年}〕{序号:3}号` → `临人社罚〔2026〕007号`. */
export function formatCaseNumber(pattern: string, values: CaseNumberValues): string {
  const { shortName, year, seq } = values;
  if (!shortName.trim()) throw domainError('case_number.value_invalid', { field: 'shortName', value: shortName });
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw domainError('case_number.value_invalid', { field: 'year', value: year });
  }
  if (!Number.isSafeInteger(seq) || seq < 1)
    throw domainError('case_number.value_invalid', { field: 'seq', value: seq });
  return parseCaseNumberPattern(pattern)
    .map((segment) => {
      if ('text' in segment) return segment.text;
      if (segment.field === 'shortName') return shortName;
      if (segment.field === 'year') return String(year);
      return String(seq).padStart(segment.width, '0');
    })
    .join('');
}
