import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared/errors';
import { certificationOf, checkCertificate, type EnforcementCertificate } from './certificates';
import { caught } from '../shared/test-support';

function certificate(overrides: Partial<EnforcementCertificate> = {}): EnforcementCertificate {
  return {
    number: '21010020250001',
    issuingBody: '辽宁省人民政府',
    validFrom: '2025-01-01',
    validTo: '2027-12-31',
    status: 'valid',
    ...overrides,
  };
}

const today = '2026-06-15';

describe('ROLE-01: only officers with a valid, in-force, unsuspended, unrevoked certificate are certified', () => {
  describe('missing', () => {
    it('refuses an officer with no certificate on record, reason missing', () => {
      expect(certificationOf([], today)).toEqual({ certified: false, reason: 'missing' });
    });

    it('certifies an officer once a certificate in force is on record', () => {
      const held = certificate();
      expect(certificationOf([held], today)).toEqual({ certified: true, certificate: held });
    });
  });

  describe('notYetValid', () => {
    it('refuses a certificate whose validity starts tomorrow, reason notYetValid', () => {
      expect(certificationOf([certificate({ validFrom: '2026-06-16' })], today)).toEqual({
        certified: false,
        reason: 'notYetValid',
      });
    });

    it('certifies a certificate whose validity started yesterday', () => {
      expect(certificationOf([certificate({ validFrom: '2026-06-14' })], today).certified).toBe(true);
    });
  });

  describe('expired', () => {
    it('refuses a certificate that ran out yesterday, reason expired', () => {
      expect(certificationOf([certificate({ validTo: '2026-06-14' })], today)).toEqual({
        certified: false,
        reason: 'expired',
      });
    });

    it('certifies a certificate that runs out tomorrow', () => {
      expect(certificationOf([certificate({ validTo: '2026-06-16' })], today).certified).toBe(true);
    });
  });

  describe('suspended (暂扣, PROH-06)', () => {
    it('refuses a suspended certificate even within its validity period, reason suspended', () => {
      expect(certificationOf([certificate({ status: 'suspended' })], today)).toEqual({
        certified: false,
        reason: 'suspended',
      });
    });

    it('certifies the same certificate once its status is valid again', () => {
      expect(certificationOf([certificate({ status: 'valid' })], today).certified).toBe(true);
    });
  });

  describe('revoked (吊销)', () => {
    it('refuses a revoked certificate even within its validity period, reason revoked', () => {
      expect(certificationOf([certificate({ status: 'revoked' })], today)).toEqual({
        certified: false,
        reason: 'revoked',
      });
    });

    it('certifies an officer whose revoked certificate was replaced by a valid one', () => {
      const replacement = certificate({ number: '21010020260099' });
      expect(certificationOf([certificate({ status: 'revoked' }), replacement], today)).toEqual({
        certified: true,
        certificate: replacement,
      });
    });
  });

  describe('boundary days (dates are inclusive, in the agency’s time zone)', () => {
    const held = certificate({ validFrom: '2026-03-01', validTo: '2026-08-31' });

    it('is not yet in force the day before validFrom', () => {
      expect(certificationOf([held], '2026-02-28')).toEqual({ certified: false, reason: 'notYetValid' });
    });

    it('is in force on validFrom itself', () => {
      expect(certificationOf([held], '2026-03-01')).toEqual({ certified: true, certificate: held });
    });

    it('is still in force on validTo itself', () => {
      expect(certificationOf([held], '2026-08-31')).toEqual({ certified: true, certificate: held });
    });

    it('has expired the day after validTo', () => {
      expect(certificationOf([held], '2026-09-01')).toEqual({ certified: false, reason: 'expired' });
    });

    it('is in force on its only day when validFrom equals validTo', () => {
      const oneDay = certificate({ validFrom: '2026-06-15', validTo: '2026-06-15' });
      expect(certificationOf([oneDay], '2026-06-15').certified).toBe(true);
      expect(certificationOf([oneDay], '2026-06-14')).toEqual({ certified: false, reason: 'notYetValid' });
      expect(certificationOf([oneDay], '2026-06-16')).toEqual({ certified: false, reason: 'expired' });
    });

    it('crosses a year end correctly', () => {
      const yearEnd = certificate({ validFrom: '2023-01-01', validTo: '2025-12-31' });
      expect(certificationOf([yearEnd], '2025-12-31').certified).toBe(true);
      expect(certificationOf([yearEnd], '2026-01-01')).toEqual({ certified: false, reason: 'expired' });
    });
  });

  describe('several certificates', () => {
    const expired2020 = certificate({ number: 'A-2020', validFrom: '2017-01-01', validTo: '2019-12-31' });
    const expired2023 = certificate({ number: 'A-2023', validFrom: '2020-01-01', validTo: '2022-12-31' });
    const current = certificate({ number: 'A-2026', validFrom: '2023-01-01', validTo: '2027-12-31' });

    it('certifies an officer with one valid certificate among expired ones, and names the valid one', () => {
      expect(certificationOf([expired2020, current, expired2023], today)).toEqual({
        certified: true,
        certificate: current,
      });
      expect(certificationOf([expired2020, expired2023, current], today)).toEqual({
        certified: true,
        certificate: current,
      });
    });

    it('refuses an officer whose certificates have all expired, reason expired', () => {
      expect(certificationOf([expired2020, expired2023], today)).toEqual({ certified: false, reason: 'expired' });
    });

    it('gives suspended, not expired, as the reason when the current certificate is suspended', () => {
      const suspended = { ...current, status: 'suspended' as const };
      expect(certificationOf([expired2020, suspended], today)).toEqual({ certified: false, reason: 'suspended' });
      expect(certificationOf([suspended, expired2020], today)).toEqual({ certified: false, reason: 'suspended' });
    });

    it('gives revoked, not expired, as the reason when the current certificate is revoked', () => {
      const revoked = { ...current, status: 'revoked' as const };
      expect(certificationOf([expired2020, revoked], today)).toEqual({ certified: false, reason: 'revoked' });
      expect(certificationOf([revoked, expired2023], today)).toEqual({ certified: false, reason: 'revoked' });
    });

    it('gives notYetValid as the reason when a renewal has been issued but not yet started', () => {
      const renewal = certificate({ number: 'A-2027', validFrom: '2026-07-01', validTo: '2029-06-30' });
      expect(certificationOf([expired2023, renewal], today)).toEqual({ certified: false, reason: 'notYetValid' });
    });

    it('never certifies on a suspended or revoked certificate even when it is the only one in its period', () => {
      const suspended = { ...current, status: 'suspended' as const };
      const revoked = { ...current, number: 'A-2026-B', status: 'revoked' as const };
      expect(certificationOf([suspended, revoked], today).certified).toBe(false);
    });
  });
});

describe('checkCertificate', () => {
  it('refuses a certificate that expires before it becomes valid, code certificate.invalid_period', () => {
    const error = caught(() => checkCertificate({ validFrom: '2026-01-02', validTo: '2026-01-01' }));
    expect(isDomainError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'certificate.invalid_period' });
  });

  it('accepts a period of a single day and an ordinary multi-year period', () => {
    expect(() => checkCertificate({ validFrom: '2026-01-01', validTo: '2026-01-01' })).not.toThrow();
    expect(() => checkCertificate({ validFrom: '2025-01-01', validTo: '2027-12-31' })).not.toThrow();
  });
});
