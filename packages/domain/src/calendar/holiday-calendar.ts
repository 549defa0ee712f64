import { z } from 'zod';
import { isLocalDate, type LocalDate } from '../shared/time';
import { isWeekend, yearOf } from './local-date';

/**
 * The working-day calendar port. `coverage` says whether the State Council's schedule for a year is known: for a
 * year with coverage `'none'` `isWorkday` still answers (plain Monday–Friday), but every deadline computed from that
 * year must be shown as provisional, never as certain.
 */
export type HolidayCalendar = {
  coverage(year: number): 'published' | 'none';
  isWorkday(date: LocalDate): boolean;
};

const localDateSchema = z.string().refine(isLocalDate, { message: 'Expected a real date written YYYY-MM-DD' });

/**
 * One year's official schedule as data (国务院办公厅关于某年部分节假日安排的通知). `holidays` are all days off of the
 * announced breaks (weekend days inside a break may be listed too); `makeUpWorkdays` are the weekend days worked
 * instead (调休上班). Parse schedules loaded at run time with this schema, then pass them to `createScheduleCalendar`.
 */
export const holidayScheduleSchema = z.object({
  year: z.number().int().min(1949).max(9999),
  source: z.string().min(1).optional().describe('The notice the dates come from'),
  holidays: z.array(localDateSchema),
  makeUpWorkdays: z.array(localDateSchema),
});

export type HolidaySchedule = z.infer<typeof holidayScheduleSchema>;

/** Throws if a schedule contradicts itself: dates outside its year, a day both off and worked, a weekday "made up". */
function checkSchedule(schedule: HolidaySchedule): void {
  const { year, holidays, makeUpWorkdays } = holidayScheduleSchema.parse(schedule);
  for (const date of [...holidays, ...makeUpWorkdays]) {
    if (yearOf(date) !== year) throw new RangeError(`The ${year} holiday schedule lists ${date}`);
  }
  const off = new Set(holidays);
  for (const date of makeUpWorkdays) {
    if (off.has(date))
      throw new RangeError(`The ${year} holiday schedule lists ${date} as both a holiday and a workday`);
    if (!isWeekend(date))
      throw new RangeError(`The ${year} holiday schedule lists weekday ${date} as a make-up workday`);
  }
}

/**
 * A calendar from published schedules. In a covered year a day is a workday if it is a make-up workday, or a weekday
 * that is not a holiday; weekends are off. A year without a schedule falls back to Monday–Friday, coverage `'none'`.
 */
export function createScheduleCalendar(schedules: readonly HolidaySchedule[]): HolidayCalendar {
  const years = new Map<number, { holidays: Set<LocalDate>; makeUpWorkdays: Set<LocalDate> }>();
  for (const schedule of schedules) {
    checkSchedule(schedule);
    if (years.has(schedule.year)) throw new RangeError(`Two holiday schedules for ${schedule.year}`);
    years.set(schedule.year, {
      holidays: new Set(schedule.holidays),
      makeUpWorkdays: new Set(schedule.makeUpWorkdays),
    });
  }
  return {
    coverage: (year) => (years.has(year) ? 'published' : 'none'),
    isWorkday: (date) => {
      const weekday = !isWeekend(date);
      const schedule = years.get(yearOf(date));
      if (!schedule) return weekday;
      if (schedule.makeUpWorkdays.has(date)) return true;
      return weekday && !schedule.holidays.has(date);
    },
  };
}
