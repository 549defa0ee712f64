import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  createOfficialCalendar,
  createScheduleCalendar,
  domainError,
  type HolidayCalendar,
  type HolidaySchedule,
  holidayScheduleSchema,
} from '@liuhen/domain';
import type { Config } from '../../config';

/**
 * A State Council holiday schedule published after the release, as data (issue 6): the calendar directory holds one
 * `<year>.json` per year in the domain's `holidayScheduleSchema` (docs/calendar.md). Any other `.json` file there,
 * a file that does not parse, or a schedule that contradicts itself stops the start with an error naming the file:
 * a schedule silently skipped would make every deadline of that year wrong.
 */
const yearFile = /^(\d{4})\.json$/;

function refuse(file: string, problem: string): never {
  throw domainError('config.invalid', { key: 'LIUHEN_CALENDAR_DIR', reason: `${file}: ${problem}` });
}

/** Reads and checks one schedule file. */
export function loadCalendarFile(file: string): HolidaySchedule {
  const name = path.basename(file);
  const year = yearFile.exec(name)?.[1];
  if (!year) refuse(name, '文件名须为 <年份>.json / the file name must be <year>.json, e.g. 2027.json');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    refuse(name, `不是有效的 JSON / not valid JSON (${(error as Error).message})`);
  }
  const parsed = holidayScheduleSchema.safeParse(data);
  if (!parsed.success) {
    refuse(
      name,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; '),
    );
  }
  if (parsed.data.year !== Number(year)) refuse(name, `year is ${parsed.data.year}, not ${year}`);
  try {
    // The domain's own consistency checks: dates inside the year, no day both off and worked, make-up days on weekends.
    createScheduleCalendar([parsed.data]);
  } catch (error) {
    refuse(name, (error as Error).message);
  }
  return parsed.data;
}

/** Every `<year>.json` of the directory, in year order; none when the directory does not exist. */
export function loadCalendarFiles(dir: string): HolidaySchedule[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) refuse(dir, '不是目录 / not a directory');
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.json'))
    .sort()
    .map((name) => loadCalendarFile(path.join(dir, name)));
}

/** The official calendar: the schedules shipped with Liuhen, added to or amended by the calendar directory's files. */
export function createConfiguredCalendar(config: Pick<Config, 'calendarDir' | 'dataDir'>): HolidayCalendar {
  return createOfficialCalendar(loadCalendarFiles(config.calendarDir ?? path.join(config.dataDir, 'calendar')));
}
