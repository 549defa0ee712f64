import { describe, expect, it } from 'vitest';
import { createOfficialCalendar } from '../calendar/schedules/index';
import { profileCodes } from '../documents/document-type';
import { caught } from '../shared/test-support';
import { avsDeadlineRuleByProfile, lateness, storageDueAt } from './deadlines';

const calendar = createOfficialCalendar();

describe('AVS-01-P: each profile has its storage rule', () => {
  it('maps every profile to the rule of its article', () => {
    expect(Object.keys(avsDeadlineRuleByProfile).sort()).toEqual([...profileCodes].sort());
    expect(avsDeadlineRuleByProfile).toMatchObject({
      BX: { rule: 'hours24', returnException: false },
      HS: { rule: 'workingDays2', returnException: true },
      LX: { rule: 'hours24', returnException: false },
      FS: { rule: 'hours24', returnException: true },
      XG: { rule: 'endOfWorkingDay', returnException: false },
    });
    expect(avsDeadlineRuleByProfile.HS.source).toBe('001 第三十条');
  });
});

describe('AVS-01: storage due time', () => {
  it('hours24 (BX, FS): 24 hours after the recording ended', () => {
    expect(storageDueAt({ rule: 'hours24', capturedTo: '2026-11-23T09:45:15+08:00' })).toEqual({
      rule: 'hours24',
      dueAt: '2026-11-24T01:45:15.000Z',
      provisional: false,
    });
  });

  it('hours24 (LX): 24 hours after the end of the enforcement matter when that is later', () => {
    const due = storageDueAt({
      rule: 'hours24',
      capturedTo: '2026-11-23T09:45:15+08:00',
      matterEndedAt: '2026-11-23T11:00:00+08:00',
    });
    expect(due.dueAt).toBe('2026-11-24T03:00:00.000Z');
  });

  it('workingDays2 (HS): until 24:00 of the second working day after the capture day (Asia/Shanghai)', () => {
    // Friday 2026-11-20 → Monday 11-23, Tuesday 11-24; 24:00 Beijing = 16:00Z.
    expect(storageDueAt({ rule: 'workingDays2', capturedTo: '2026-11-20T15:00:00+08:00', calendar })).toEqual({
      rule: 'workingDays2',
      dueAt: '2026-11-24T16:00:00.000Z',
      provisional: false,
    });
    // 00:30 Beijing on Saturday 11-21 is still Friday in UTC: the capture day is the Beijing one.
    expect(storageDueAt({ rule: 'workingDays2', capturedTo: '2026-11-20T16:30:00Z', calendar }).dueAt).toBe(
      '2026-11-24T16:00:00.000Z',
    );
    // Wednesday 2026-09-30 → the National Day break → Thursday 10-08, Friday 10-09.
    expect(storageDueAt({ rule: 'workingDays2', capturedTo: '2026-09-30T10:00:00+08:00', calendar }).dueAt).toBe(
      '2026-10-09T16:00:00.000Z',
    );
  });

  it('workingDays2: provisional when the count reaches a year without a published schedule', () => {
    expect(storageDueAt({ rule: 'workingDays2', capturedTo: '2026-12-31T10:00:00+08:00', calendar })).toMatchObject({
      dueAt: '2027-01-04T16:00:00.000Z',
      provisional: true,
    });
  });

  it('endOfWorkingDay (XG): the end of the capture day when it is a working day', () => {
    expect(storageDueAt({ rule: 'endOfWorkingDay', capturedTo: '2026-11-23T09:45:15+08:00', calendar })).toEqual({
      rule: 'endOfWorkingDay',
      dueAt: '2026-11-23T16:00:00.000Z',
      provisional: false,
    });
    // Saturday 2026-02-14 is a make-up working day.
    expect(storageDueAt({ rule: 'endOfWorkingDay', capturedTo: '2026-02-14T09:00:00+08:00', calendar }).dueAt).toBe(
      '2026-02-14T16:00:00.000Z',
    );
  });

  it('endOfWorkingDay (XG): the end of the next working day after a day off', () => {
    expect(storageDueAt({ rule: 'endOfWorkingDay', capturedTo: '2026-11-21T09:00:00+08:00', calendar }).dueAt).toBe(
      '2026-11-23T16:00:00.000Z',
    );
    expect(storageDueAt({ rule: 'endOfWorkingDay', capturedTo: '2026-10-01T09:00:00+08:00', calendar }).dueAt).toBe(
      '2026-10-08T16:00:00.000Z',
    );
    expect(
      storageDueAt({ rule: 'endOfWorkingDay', capturedTo: '2027-01-02T09:00:00+08:00', calendar }).provisional,
    ).toBe(true);
  });

  it('afterReturn24h (HS, FS): 24 hours after the return to the unit', () => {
    expect(
      storageDueAt({
        rule: 'afterReturn24h',
        capturedTo: '2026-11-20T15:00:00+08:00',
        returnedAt: '2026-11-25T18:00:00+08:00',
        reason: '在偏远山区连续执法，无法及时存储',
      }),
    ).toEqual({ rule: 'afterReturn24h', dueAt: '2026-11-26T10:00:00.000Z', provisional: false });
  });

  it('afterReturn24h: refuses the exception without a written reason or the return time', () => {
    const base = { rule: 'afterReturn24h', capturedTo: '2026-11-20T15:00:00+08:00' } as const;
    expect(caught(() => storageDueAt({ ...base, returnedAt: '2026-11-25T18:00:00+08:00' }))).toMatchObject({
      code: 'av.exception_reason_required',
    });
    expect(
      caught(() => storageDueAt({ ...base, returnedAt: '2026-11-25T18:00:00+08:00', reason: '  ' })),
    ).toMatchObject({ code: 'av.exception_reason_required' });
    expect(caught(() => storageDueAt({ ...base, reason: '异地执法' }))).toMatchObject({
      code: 'av.return_time_required',
    });
  });

  it('afterReturn24h: refuses a return before the recording ended', () => {
    expect(
      caught(() =>
        storageDueAt({
          rule: 'afterReturn24h',
          capturedTo: '2026-11-20T15:00:00+08:00',
          returnedAt: '2026-11-20T14:00:00+08:00',
          reason: '异地执法',
        }),
      ),
    ).toMatchObject({ code: 'av.return_before_capture', details: { returnedAt: '2026-11-20T14:00:00+08:00' } });
  });
});

describe('AVS-01: records stored after their due time are flagged', () => {
  const dueAt = '2026-11-24T16:00:00.000Z';

  it('is not late when stored before or at the due time', () => {
    expect(lateness(dueAt, '2026-11-24T23:59:59+08:00')).toEqual({ late: false, lateBySeconds: 0 });
    expect(lateness(dueAt, dueAt)).toEqual({ late: false, lateBySeconds: 0 });
  });

  it('is late after the due time, by whole seconds rounded up', () => {
    expect(lateness(dueAt, '2026-11-25T00:00:00.001+08:00')).toEqual({ late: true, lateBySeconds: 1 });
    expect(lateness(dueAt, '2026-11-25T01:00:00+08:00')).toEqual({ late: true, lateBySeconds: 3600 });
  });
});
