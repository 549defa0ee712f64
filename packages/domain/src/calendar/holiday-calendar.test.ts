import { describe, expect, it } from 'vitest';
import { createScheduleCalendar, holidayScheduleSchema } from './holiday-calendar';
import { createOfficialCalendar, officialHolidaySchedules } from './schedules/index';

const calendar = createOfficialCalendar();

describe('the official working-day calendar', () => {
  it('knows the published years 2024–2026 and nothing after them', () => {
    expect(officialHolidaySchedules.map((schedule) => schedule.year)).toEqual([2024, 2025, 2026]);
    expect([2023, 2024, 2025, 2026, 2027].map((year) => calendar.coverage(year))).toEqual([
      'none',
      'published',
      'published',
      'published',
      'none',
    ]);
  });

  it('2025 Spring Festival: 01-28..02-04 off, Sunday 01-26 and Saturday 02-08 worked', () => {
    expect(calendar.isWorkday('2025-01-24')).toBe(true);
    expect(calendar.isWorkday('2025-01-25')).toBe(false);
    expect(calendar.isWorkday('2025-01-26')).toBe(true);
    expect(calendar.isWorkday('2025-01-27')).toBe(true);
    for (const day of ['01-28', '01-29', '01-30', '01-31', '02-01', '02-02', '02-03', '02-04']) {
      expect(calendar.isWorkday(`2025-${day}`), day).toBe(false);
    }
    expect(calendar.isWorkday('2025-02-05')).toBe(true);
    expect(calendar.isWorkday('2025-02-08')).toBe(true);
    expect(calendar.isWorkday('2025-02-09')).toBe(false);
  });

  it('2025 National Day and Mid-Autumn: 10-01..10-08 off, Sunday 09-28 and Saturday 10-11 worked', () => {
    expect(calendar.isWorkday('2025-09-27')).toBe(false);
    expect(calendar.isWorkday('2025-09-28')).toBe(true);
    expect(calendar.isWorkday('2025-09-30')).toBe(true);
    for (let day = 1; day <= 8; day += 1) {
      expect(calendar.isWorkday(`2025-10-0${day}`), `10-0${day}`).toBe(false);
    }
    expect(calendar.isWorkday('2025-10-09')).toBe(true);
    expect(calendar.isWorkday('2025-10-11')).toBe(true);
    expect(calendar.isWorkday('2025-10-12')).toBe(false);
  });

  it('2026: 01-04, 02-14, 02-28, 05-09, 09-20 and 10-10 are worked; 02-15..02-23 and 10-01..10-07 are off', () => {
    for (const date of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
      expect(calendar.isWorkday(date), date).toBe(true);
    }
    for (const date of ['2026-01-02', '2026-02-16', '2026-02-20', '2026-02-23', '2026-10-07', '2026-10-03']) {
      expect(calendar.isWorkday(date), date).toBe(false);
    }
  });

  it('falls back to Monday–Friday in a year without a schedule (2027-01-01 is then a workday)', () => {
    expect(calendar.isWorkday('2027-01-01')).toBe(true);
    expect(calendar.isWorkday('2027-01-02')).toBe(false);
    expect(calendar.isWorkday('2027-01-03')).toBe(false);
  });

  it('takes a new year as data, with no code change', () => {
    const with2027 = createOfficialCalendar([{ year: 2027, holidays: ['2027-01-01'], makeUpWorkdays: ['2027-01-02'] }]);
    expect(with2027.coverage(2027)).toBe('published');
    expect(with2027.isWorkday('2027-01-01')).toBe(false);
    expect(with2027.isWorkday('2027-01-02')).toBe(true);
  });

  it('lets a schedule supplied as data amend a shipped year', () => {
    const amended = createOfficialCalendar([{ year: 2026, holidays: ['2026-01-05'], makeUpWorkdays: [] }]);
    expect(amended.isWorkday('2026-01-05')).toBe(false);
    expect(amended.isWorkday('2026-01-02')).toBe(true);
    expect(amended.isWorkday('2025-01-28')).toBe(false);
  });

  it('rejects schedules that contradict themselves', () => {
    const base = { year: 2030, holidays: [], makeUpWorkdays: [] };
    expect(() => createScheduleCalendar([{ ...base, holidays: ['2031-01-01'] }])).toThrow(/lists 2031-01-01/);
    expect(() => createScheduleCalendar([{ ...base, holidays: ['2030-02-30'] }])).toThrow();
    expect(() => createScheduleCalendar([{ ...base, makeUpWorkdays: ['2030-01-02'] }])).toThrow(/weekday/);
    expect(() =>
      createScheduleCalendar([{ ...base, holidays: ['2030-01-05'], makeUpWorkdays: ['2030-01-05'] }]),
    ).toThrow(/both/);
    expect(() => createScheduleCalendar([base, base])).toThrow(/Two holiday schedules/);
  });

  it('parses a schedule loaded at run time', () => {
    const parsed = holidayScheduleSchema.safeParse({ year: 2027, holidays: ['2027-1-1'], makeUpWorkdays: [] });
    expect(parsed.success).toBe(false);
  });
});
