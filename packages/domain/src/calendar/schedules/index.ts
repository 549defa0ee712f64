import { createScheduleCalendar, type HolidayCalendar, type HolidaySchedule } from '../holiday-calendar';
import { schedule2024 } from './2024';
import { schedule2025 } from './2025';
import { schedule2026 } from './2026';

/**
 * The State Council schedules shipped with Liuhen. A new year is one more data file here; a deployment can also load
 * a newer year's schedule at run time (parse it with `holidayScheduleSchema`) and pass it to `createScheduleCalendar`.
 */
export const officialHolidaySchedules: readonly HolidaySchedule[] = [schedule2024, schedule2025, schedule2026];

/**
 * The working-day calendar of the shipped schedules plus extra years supplied as data. An extra schedule for a year
 * that ships replaces the shipped one (an amendment, e.g. a notice revised after the release).
 */
export function createOfficialCalendar(extraSchedules: readonly HolidaySchedule[] = []): HolidayCalendar {
  const amended = new Set(extraSchedules.map((schedule) => schedule.year));
  return createScheduleCalendar([
    ...officialHolidaySchedules.filter((schedule) => !amended.has(schedule.year)),
    ...extraSchedules,
  ]);
}
