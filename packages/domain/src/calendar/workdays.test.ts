import { describe, expect, it } from 'vitest';
import { localDateOf } from '../shared/time';
import { createOfficialCalendar } from './schedules/index';
import { addCalendarDays, addHours, addWorkingDays, endOfLocalDay, workingDaysBetween } from './workdays';

const calendar = createOfficialCalendar();

describe('addWorkingDays ("N 个工作日", the anchor day not counted)', () => {
  it('counts the make-up Sunday before the 2025 Spring Festival and skips the break', () => {
    // Fri 01-24 anchor; Sun 01-26 (make-up) = 1, Mon 01-27 = 2, 01-28..02-04 off, Wed 02-05 = 3.
    expect(addWorkingDays('2025-01-24', 1, calendar)).toEqual({ due: '2025-01-26', provisional: false });
    expect(addWorkingDays('2025-01-24', 3, calendar)).toEqual({ due: '2025-02-05', provisional: false });
    // 02-05, 02-06, 02-07, then the make-up Saturday 02-08.
    expect(addWorkingDays('2025-02-04', 4, calendar)).toEqual({ due: '2025-02-08', provisional: false });
  });

  it('skips the 2025 National Day break and counts its make-up weekend days', () => {
    expect(addWorkingDays('2025-09-30', 1, calendar).due).toBe('2025-10-09');
    // Fri 09-26: Sun 09-28, 09-29, 09-30, then 10-09, 10-10 and the make-up Saturday 10-11.
    expect(addWorkingDays('2025-09-26', 1, calendar).due).toBe('2025-09-28');
    expect(addWorkingDays('2025-09-26', 5, calendar).due).toBe('2025-10-10');
    expect(addWorkingDays('2025-09-26', 6, calendar).due).toBe('2025-10-11');
  });

  it('does not count an anchor that is itself a day off', () => {
    expect(addWorkingDays('2025-10-03', 1, calendar).due).toBe('2025-10-09');
  });

  it('handles the 2026 Spring Festival (Saturday 02-14 worked, 02-15..02-23 off)', () => {
    expect(addWorkingDays('2026-02-12', 5, calendar)).toEqual({ due: '2026-02-26', provisional: false });
    expect(addWorkingDays('2026-09-30', 1, calendar)).toEqual({ due: '2026-10-08', provisional: false });
  });

  it('marks a deadline reaching into 2027 provisional, computed on plain weekdays', () => {
    expect(addWorkingDays('2026-12-28', 3, calendar)).toEqual({ due: '2026-12-31', provisional: false });
    // 12-31 = 1, Fri 2027-01-01 (no published schedule, so a weekday) = 2, Mon 01-04 = 3.
    expect(addWorkingDays('2026-12-30', 3, calendar)).toEqual({ due: '2027-01-04', provisional: true });
    expect(addWorkingDays('2027-03-01', 10, calendar)).toEqual({ due: '2027-03-15', provisional: true });
  });

  it('marks a deadline counted through an unpublished earlier year provisional too', () => {
    expect(addWorkingDays('2023-12-28', 2, calendar)).toEqual({ due: '2024-01-02', provisional: true });
  });

  it('rejects counts that are not positive whole numbers and dates that do not exist', () => {
    expect(() => addWorkingDays('2025-01-24', 0, calendar)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-01-24', 1.5, calendar)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-02-30', 1, calendar)).toThrow(RangeError);
  });
});

describe('addCalendarDays ("N 日", the anchor day not counted, a last day off moves to the next working day)', () => {
  it('crosses month ends, including February in a leap year', () => {
    expect(addCalendarDays('2024-02-20', 10, calendar)).toEqual({ due: '2024-03-01', provisional: false });
    expect(addCalendarDays('2025-03-31', 1, calendar)).toEqual({ due: '2025-04-01', provisional: false });
    // 2025-01-31 + 30 = Sunday 03-02, so the period ends on Monday 03-03.
    expect(addCalendarDays('2025-01-31', 30, calendar)).toEqual({ due: '2025-03-03', provisional: false });
  });

  it('crosses the year end and moves past New Year 2026 to the make-up Sunday 01-04', () => {
    expect(addCalendarDays('2025-12-25', 7, calendar)).toEqual({ due: '2026-01-04', provisional: false });
  });

  it('moves a last day inside the National Day break to 10-09 but keeps a make-up Sunday', () => {
    expect(addCalendarDays('2025-09-25', 7, calendar).due).toBe('2025-10-09');
    expect(addCalendarDays('2025-01-19', 7, calendar).due).toBe('2025-01-26');
  });

  it('is provisional when it ends in 2027', () => {
    expect(addCalendarDays('2026-12-25', 10, calendar)).toEqual({ due: '2027-01-04', provisional: true });
    expect(addCalendarDays('2026-12-01', 30, calendar)).toEqual({ due: '2026-12-31', provisional: false });
  });
});

describe('addHours ("N 小时" = N × 60 minutes from the anchor instant)', () => {
  it('crosses midnight in Asia/Shanghai', () => {
    const { due, provisional } = addHours('2025-01-27T22:30:00+08:00', 24);
    expect(due).toBe('2025-01-28T14:30:00.000Z');
    expect(localDateOf(due)).toBe('2025-01-28');
    expect(provisional).toBe(false);
  });

  it('lands on the next Shanghai day (and year) while the UTC date has not changed', () => {
    const { due } = addHours('2025-12-31T20:00:00+08:00', 6);
    expect(due).toBe('2025-12-31T18:00:00.000Z');
    expect(localDateOf(due)).toBe('2026-01-01');
    expect(addHours('2025-12-31T12:00:00.000Z', 72).due).toBe('2026-01-03T12:00:00.000Z');
  });

  it('ignores holidays: hours are never moved', () => {
    expect(addHours('2025-09-30T09:00:00+08:00', 24).due).toBe('2025-10-01T01:00:00.000Z');
  });

  it('needs an instant with a time zone', () => {
    expect(() => addHours('2025-01-27T22:30:00', 1)).toThrow(RangeError);
    expect(() => addHours('2025-01-27', 1)).toThrow(RangeError);
    expect(() => addHours('2025-01-27T22:30:00Z', -1)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts 248 working days in 2025 and in 2026, and 251 in 2024', () => {
    expect(workingDaysBetween('2024-12-31', '2025-12-31', calendar)).toEqual({ count: 248, provisional: false });
    expect(workingDaysBetween('2025-12-31', '2026-12-31', calendar)).toEqual({ count: 248, provisional: false });
    expect(workingDaysBetween('2023-12-31', '2024-12-31', calendar)).toEqual({ count: 251, provisional: false });
  });

  it('inverts addWorkingDays and is negative backwards', () => {
    for (const n of [1, 3, 10, 40]) {
      const { due } = addWorkingDays('2025-01-24', n, calendar);
      expect(workingDaysBetween('2025-01-24', due, calendar).count).toBe(n);
    }
    expect(workingDaysBetween('2025-02-05', '2025-01-24', calendar).count).toBe(-3);
    expect(workingDaysBetween('2025-02-05', '2025-02-05', calendar)).toEqual({ count: 0, provisional: false });
  });

  it('is provisional across an unpublished year', () => {
    expect(workingDaysBetween('2026-12-31', '2027-01-08', calendar)).toEqual({ count: 6, provisional: true });
  });
});

describe('endOfLocalDay', () => {
  it('is 24:00 Asia/Shanghai, 16:00Z', () => {
    expect(endOfLocalDay('2025-02-05')).toBe('2025-02-05T16:00:00.000Z');
    expect(localDateOf('2025-02-05T15:59:59.999Z')).toBe('2025-02-05');
    expect(localDateOf(endOfLocalDay('2025-12-31'))).toBe('2026-01-01');
  });
});
