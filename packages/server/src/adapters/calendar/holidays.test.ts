import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addWorkingDays, createOfficialCalendar, officialHolidaySchedules, type LocalDate } from '@liuhen/domain';
import chineseDays from 'chinese-days';
import { afterAll, describe, expect, it } from 'vitest';
import { createChineseDaysCalendar, readChineseDaysSchedules } from './holidays';

function everyDayOf(year: number): LocalDate[] {
  const days: LocalDate[] = [];
  for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += 86_400_000) {
    days.push(new Date(ms).toISOString().slice(0, 10));
  }
  return days;
}

const adapter = createChineseDaysCalendar();

/**
 * chinese-days reads the weekday with the host's local `getDay()` of a UTC-midnight date, so west of UTC its own
 * `isWorkday`/`findWorkday` are a day off. The adapter does not depend on it; comparisons with the library's answers
 * run only where the library itself is right.
 */
const libraryShiftsWeekdays = new Date(Date.UTC(2025, 0, 1)).getDay() !== 3;
const domain = createOfficialCalendar();

describe('chinese-days behind the HolidayCalendar port', () => {
  it('agrees with the domain schedules on every day of 2024–2026', () => {
    for (const year of [2024, 2025, 2026]) {
      expect(adapter.coverage(year)).toBe('published');
      const days = everyDayOf(year);
      expect(days.filter((day) => adapter.isWorkday(day) !== domain.isWorkday(day))).toEqual([]);
    }
  });

  it.skipIf(libraryShiftsWeekdays)('agrees with chinese-days isWorkday on every day of 2024–2026', () => {
    const days = [2024, 2025, 2026].flatMap(everyDayOf);
    expect(days.filter((day) => adapter.isWorkday(day) !== chineseDays.isWorkday(day))).toEqual([]);
  });

  it('lists the same dates as the domain data files', () => {
    const fromPackage = new Map(readChineseDaysSchedules().map((schedule) => [schedule.year, schedule]));
    for (const schedule of officialHolidaySchedules) {
      expect(fromPackage.get(schedule.year)?.holidays).toEqual([...schedule.holidays].sort());
      expect(fromPackage.get(schedule.year)?.makeUpWorkdays).toEqual([...schedule.makeUpWorkdays].sort());
    }
  });

  it.skipIf(libraryShiftsWeekdays)('computes the same working-day deadlines as chinese-days findWorkday', () => {
    const cases: [LocalDate, number][] = [
      ['2025-01-24', 3],
      ['2025-01-24', 1],
      ['2025-09-30', 1],
      ['2025-09-26', 5],
      ['2025-09-26', 6],
      ['2026-02-12', 5],
      ['2026-09-30', 1],
      ['2025-12-30', 3],
    ];
    for (const [start, n] of cases) {
      expect(addWorkingDays(start, n, adapter).due, `${n} after ${start}`).toBe(chineseDays.findWorkday(n, start));
    }
  });

  it('finds the third working day after Friday 2025-01-24 on Wednesday 02-05, in any host time zone', () => {
    expect(addWorkingDays('2025-01-24', 3, adapter)).toEqual({ due: '2025-02-05', provisional: false });
  });

  it('reports 2027 as unpublished although chinese-days silently calls 2027-01-01 a workday', () => {
    if (!libraryShiftsWeekdays) expect(chineseDays.isWorkday('2027-01-01')).toBe(true);
    expect(adapter.coverage(2027)).toBe('none');
    expect(adapter.coverage(2003)).toBe('none');
    expect(adapter.coverage(2004)).toBe('published');
    expect(addWorkingDays('2026-12-30', 3, adapter)).toEqual({ due: '2027-01-04', provisional: true });
  });

  it('takes a year the package does not have yet as extra data', () => {
    const with2027 = createChineseDaysCalendar([{ year: 2027, holidays: ['2027-01-01'], makeUpWorkdays: [] }]);
    expect(with2027.coverage(2027)).toBe('published');
    expect(with2027.isWorkday('2027-01-01')).toBe(false);
  });

  describe('the year guard', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'liuhen-years-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('skips year files without holidays and files that are not years', () => {
      writeFileSync(path.join(dir, '2030.json'), JSON.stringify({ holidays: {}, workdays: {}, inLieuDays: {} }));
      writeFileSync(
        path.join(dir, '2031.json'),
        JSON.stringify({ holidays: { '2031-01-01': "New Year's Day,元旦,1" }, workdays: {}, inLieuDays: {} }),
      );
      writeFileSync(path.join(dir, '2031.ics'), '');
      expect(readChineseDaysSchedules(dir).map((schedule) => schedule.year)).toEqual([2031]);
    });

    it('fails loudly when the package layout changes', () => {
      expect(() => readChineseDaysSchedules(path.join(dir, 'missing'))).toThrow(/no per-year data/);
    });
  });
});
