import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared/errors';
import { checkUnit, needsLegalBasis, type UnitKind, unitKindLabels, unitKinds } from './units';

function codeOf(run: () => unknown): string | null {
  try {
    run();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return error.code;
  }
  return null;
}

const institutions: UnitKind[] = ['authorisedInstitution', 'entrustedInstitution'];
const ordinaryKinds: UnitKind[] = ['enforcementSection', 'legalAffairsUnit', 'archiveRoom', 'office'];
const basis = '《辽宁省行政执法条例》第十二条；委托书 辽执委〔2025〕3号';

describe('GEN-07: units include institutions authorised by law or entrusted to enforce', () => {
  it('knows exactly these six kinds, each with a Chinese and an English label', () => {
    expect([...unitKinds].sort()).toEqual([...institutions, ...ordinaryKinds].sort());
    for (const kind of unitKinds) {
      expect(unitKindLabels[kind].zh).not.toBe('');
      expect(unitKindLabels[kind].en).not.toBe('');
    }
  });

  it('requires a legal basis on record for authorised and entrusted institutions only', () => {
    expect(unitKinds.filter(needsLegalBasis)).toEqual(institutions);
  });

  it.each(institutions)('refuses a %s without a legal basis, code unit.entrustment_basis_required', (kind) => {
    expect(codeOf(() => checkUnit({ kind, legalBasis: null }))).toBe('unit.entrustment_basis_required');
  });

  it.each(institutions)('refuses a %s whose legal basis is an empty or blank string', (kind) => {
    for (const blank of ['', ' ', '   ', '\t\n', '\u3000']) {
      expect(codeOf(() => checkUnit({ kind, legalBasis: blank }))).toBe('unit.entrustment_basis_required');
    }
  });

  it.each(institutions)('accepts a %s with its legal basis on record', (kind) => {
    expect(codeOf(() => checkUnit({ kind, legalBasis: basis }))).toBeNull();
  });

  it.each(ordinaryKinds)('accepts a %s without any legal basis', (kind) => {
    expect(codeOf(() => checkUnit({ kind, legalBasis: null }))).toBeNull();
    expect(codeOf(() => checkUnit({ kind, legalBasis: '' }))).toBeNull();
  });
});
