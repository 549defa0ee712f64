import { describe, expect, it } from 'vitest';
import { caught } from '../shared/test-support';
import {
  allowedCustodianKinds,
  type AvCustodyRules,
  checkCustodyTransfer,
  checkEvidenceCopy,
  checkHandoverTime,
  lastWeekOfMonth,
  monthBounds,
  monthlyHandoverFlags,
  monthOf,
} from './custody';

const lx: AvCustodyRules = { officerMayHold: 'never', designatedStaffAllowed: true, article: '002 第二十五条' };
const bx: AvCustodyRules = { officerMayHold: 'never', designatedStaffAllowed: false, article: '000 第二十四条' };
const xg: AvCustodyRules = {
  officerMayHold: 'untilMonthlyHandover',
  designatedStaffAllowed: true,
  article: '004 第十条',
};
const fromSystem = { kind: 'system', userId: null };

describe('AVS-02: custody hand-overs', () => {
  it('refuses a hand-over to the officer where officers may never keep the material, citing the article', () => {
    const error = caught(() =>
      checkCustodyTransfer(lx, { current: fromSystem, to: { kind: 'officer', userId: 'u1' } }),
    );
    expect(error).toMatchObject({ code: 'av.custody_officer_not_allowed', details: { article: '002 第二十五条' } });
  });

  it('lets the officer hold the material until the monthly hand-over under XG', () => {
    expect(() =>
      checkCustodyTransfer(xg, { current: fromSystem, to: { kind: 'officer', userId: 'u1' } }),
    ).not.toThrow();
  });

  it('accepts designated staff only where the profile provides for them', () => {
    const to = { kind: 'designatedStaff', userId: 'u2' } as const;
    expect(() => checkCustodyTransfer(lx, { current: fromSystem, to })).not.toThrow();
    expect(caught(() => checkCustodyTransfer(bx, { current: fromSystem, to }))).toMatchObject({
      code: 'av.custody_designated_staff_not_allowed',
      details: { article: '000 第二十四条' },
    });
  });

  it('accepts unit storage and the system under every profile', () => {
    for (const rules of [lx, bx, xg]) {
      expect(() =>
        checkCustodyTransfer(rules, {
          current: { kind: 'officer', userId: 'u1' },
          to: { kind: 'unitStorage', userId: null },
        }),
      ).not.toThrow();
    }
  });

  it('needs the person for a person custodian, and refuses handing a record to whoever holds it', () => {
    expect(
      caught(() => checkCustodyTransfer(lx, { current: fromSystem, to: { kind: 'designatedStaff', userId: null } })),
    ).toMatchObject({ code: 'av.custody_person_required' });
    expect(
      caught(() => checkCustodyTransfer(lx, { current: fromSystem, to: { kind: 'system', userId: null } })),
    ).toMatchObject({ code: 'av.custody_unchanged' });
  });

  it('lists the destinations each profile allows', () => {
    expect(allowedCustodianKinds(lx)).toEqual(['system', 'unitStorage', 'designatedStaff']);
    expect(allowedCustodianKinds(bx)).toEqual(['system', 'unitStorage']);
    expect(allowedCustodianKinds(xg)).toEqual(['system', 'unitStorage', 'designatedStaff', 'officer']);
  });
});

describe('AVS-07: the last week of a month (Asia/Shanghai)', () => {
  it('is the last 7 calendar days of a 31-day month', () => {
    expect(lastWeekOfMonth('2026-12')).toEqual({
      from: '2026-12-25',
      to: '2026-12-31',
      startsAt: '2026-12-24T16:00:00.000Z',
      endsAt: '2026-12-31T16:00:00.000Z',
    });
  });

  it('is 22 to 28 February in a common year and 23 to 29 in a leap year', () => {
    expect(lastWeekOfMonth('2027-02')).toMatchObject({ from: '2027-02-22', to: '2027-02-28' });
    expect(lastWeekOfMonth('2028-02')).toMatchObject({
      from: '2028-02-23',
      to: '2028-02-29',
      startsAt: '2028-02-22T16:00:00.000Z',
      endsAt: '2028-02-29T16:00:00.000Z',
    });
  });

  it('is 24 to 30 in a 30-day month', () => {
    expect(lastWeekOfMonth('2026-11')).toMatchObject({ from: '2026-11-24', to: '2026-11-30' });
  });

  it('refuses a hand-over one millisecond before the last week starts, and accepts one at its first instant', () => {
    expect(caught(() => checkHandoverTime('2026-12', '2026-12-24T15:59:59.999Z'))).toMatchObject({
      code: 'av.handover_too_early',
      details: { month: '2026-12', from: '2026-12-25', to: '2026-12-31' },
    });
    expect(checkHandoverTime('2026-12', '2026-12-24T16:00:00.000Z')).toEqual({ late: false });
  });

  it('marks a hand-over after the month as late, from Shanghai midnight on', () => {
    expect(checkHandoverTime('2026-12', '2026-12-31T15:59:59.999Z')).toEqual({ late: false });
    expect(checkHandoverTime('2026-12', '2026-12-31T16:00:00.000Z')).toEqual({ late: true });
  });

  it('places instants in Shanghai months across the UTC date line', () => {
    expect(monthOf('2026-11-30T16:00:00.000Z')).toBe('2026-12');
    expect(monthOf('2026-11-30T15:59:59.999Z')).toBe('2026-11');
    expect(monthBounds('2027-01')).toEqual({
      startsAt: '2026-12-31T16:00:00.000Z',
      endsAt: '2027-01-31T16:00:00.000Z',
    });
  });

  it('refuses a month that is not YYYY-MM', () => {
    expect(caught(() => lastWeekOfMonth('2026-13'))).toMatchObject({ code: 'request.invalid' });
  });
});

describe('AVS-07: monthly hand-over flags', () => {
  const officers = [
    { officerId: 'a', storedCount: 3, pendingCount: 0, handedAt: ['2026-11-27T02:00:00.000Z'] },
    { officerId: 'b', storedCount: 2, pendingCount: 2, handedAt: [] },
    { officerId: 'c', storedCount: 0, pendingCount: 0, handedAt: [] },
  ];

  it('flags an officer still holding material once the month has ended', () => {
    const flags = monthlyHandoverFlags({ month: '2026-11', now: '2026-11-30T16:00:00.000Z', officers });
    expect(flags.map((flag) => [flag.officerId, flag.status, flag.overdue, flag.handedOver])).toEqual([
      ['a', 'handedOver', false, true],
      ['b', 'overdue', true, false],
    ]);
  });

  it('does not flag anyone before the month ends: due in the last week, not yet due before it', () => {
    const inWeek = monthlyHandoverFlags({ month: '2026-11', now: '2026-11-30T15:59:59.999Z', officers });
    expect(inWeek.find((flag) => flag.officerId === 'b')).toMatchObject({ status: 'due', overdue: false });
    const before = monthlyHandoverFlags({ month: '2026-11', now: '2026-11-10T00:00:00.000Z', officers });
    expect(before.find((flag) => flag.officerId === 'b')).toMatchObject({ status: 'notYetDue', overdue: false });
  });
});

describe('AVS-04: evidence copies', () => {
  const rule = { article: '002 第二十六条' };
  const ok = { caseId: 'case-1', copiedOn: '2026-11-23', today: '2026-11-23', explanation: '刻录光盘一张，附卷。' };

  it('accepts a copy of a linked record with its explanation', () => {
    expect(() => checkEvidenceCopy(rule, ok)).not.toThrow();
  });

  it('refuses it where the profile has no evidence copies, without a case, or dated in the future', () => {
    expect(caught(() => checkEvidenceCopy(null, ok))).toMatchObject({ code: 'av.evidence_copy_not_in_profile' });
    expect(caught(() => checkEvidenceCopy(rule, { ...ok, caseId: null }))).toMatchObject({
      code: 'av.evidence_copy_needs_case',
      details: { article: '002 第二十六条' },
    });
    expect(caught(() => checkEvidenceCopy(rule, { ...ok, explanation: '  ' }))).toMatchObject({
      code: 'av.evidence_copy_explanation_required',
    });
    expect(caught(() => checkEvidenceCopy(rule, { ...ok, copiedOn: '2026-11-24' }))).toMatchObject({
      code: 'av.evidence_copy_in_future',
    });
  });
});
