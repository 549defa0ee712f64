import { describe, expect, it } from 'vitest';
import type { EnforcementCertificate } from '../organisation/certificates';
import { checkHandlers, findHandlerProblems, type HandlerCandidate } from './handlers';
import { caught } from '../shared/test-support';

const today = '2026-06-15';

function certificate(overrides: Partial<EnforcementCertificate> = {}): EnforcementCertificate {
  return {
    number: '13053520250001',
    issuingBody: '河北省人民政府',
    validFrom: '2025-01-01',
    validTo: '2027-12-31',
    status: 'valid',
    ...overrides,
  };
}

function officer(officerId: string, certificates = [certificate()]): HandlerCandidate {
  return { officerId, name: `执法人员${officerId}`, certificates };
}

describe('INV-01 / IMPL-01: investigation steps need at least two officers', () => {
  it('refuses a single handler with case.too_few_handlers', () => {
    expect(caught(() => checkHandlers({ handlers: [officer('a')], today }))).toMatchObject({
      code: 'case.too_few_handlers',
      details: { count: 1, minimum: 2 },
    });
  });

  it('counts the same officer listed twice once', () => {
    expect(findHandlerProblems({ handlers: [officer('a'), officer('a')], today })).toEqual([
      { kind: 'tooFew', count: 1, minimum: 2 },
    ]);
  });

  it('accepts two certified officers', () => {
    expect(() => checkHandlers({ handlers: [officer('a'), officer('b')], today })).not.toThrow();
  });

  it('accepts a single officer where the step needs only one', () => {
    expect(() => checkHandlers({ handlers: [officer('a')], today, minimum: 1 })).not.toThrow();
  });
});

describe('ROLE-01: every handler must hold an enforcement certificate in force', () => {
  it.each([
    ['no certificate', [], 'missing'],
    ['an expired certificate', [certificate({ validTo: '2026-06-14' })], 'expired'],
    ['a suspended certificate', [certificate({ status: 'suspended' })], 'suspended'],
    ['a revoked certificate', [certificate({ status: 'revoked' })], 'revoked'],
  ] as const)('refuses an officer with %s, naming the officer and reason', (_name, certificates, reason) => {
    const error = caught(() => checkHandlers({ handlers: [officer('a'), officer('b', [...certificates])], today }));
    expect(error).toMatchObject({
      code: 'case.handler_not_certified',
      details: { officerId: 'b', name: '执法人员b', reason },
    });
  });

  it('reports every problem at once, the shortfall first', () => {
    const problems = findHandlerProblems({ handlers: [officer('a', [])], today });
    expect(problems).toEqual([
      { kind: 'tooFew', count: 1, minimum: 2 },
      { kind: 'notCertified', officerId: 'a', name: '执法人员a', reason: 'missing' },
    ]);
  });

  it('accepts an officer whose old certificate expired but whose renewal is in force', () => {
    const renewed = [certificate({ validTo: '2025-12-31' }), certificate({ validFrom: '2026-01-01' })];
    expect(findHandlerProblems({ handlers: [officer('a', renewed), officer('b')], today })).toEqual([]);
  });
});
