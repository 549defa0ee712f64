import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createScheduleCalendar, type HolidayCalendar, type HolidaySchedule } from '@liuhen/domain';
import { z } from 'zod';

/**
 * chinese-days behind the domain's `HolidayCalendar` port.
 *
 * The package answers `isWorkday` for any date, silently falling back to Monday–Friday for years it has no data for
 * (1.5.7 covers 2004–2026, so 2027-01-01 comes back as a workday). Its published data is one file per year,
 * `dist/years/<year>.json` (`{ holidays, workdays, inLieuDays }`, each keyed by `YYYY-MM-DD`). So a year counts as
 * published only when that file exists and lists at least one holiday; the dates are then read from the file and
 * evaluated by the domain's `createScheduleCalendar`, which reports every other year as coverage `'none'`.
 * Reading the files also avoids the package's own weekday test, which uses the host time zone's `getDay()`.
 */
const yearFileSchema = z.object({
  holidays: z.record(z.string(), z.string()),
  workdays: z.record(z.string(), z.string()),
});

const yearFileName = /^(\d{4})\.json$/;

/** The folder holding chinese-days' per-year JSON files. */
export function chineseDaysYearsDir(): string {
  const packageJson = createRequire(import.meta.url).resolve('chinese-days/package.json');
  return path.join(path.dirname(packageJson), 'dist', 'years');
}

/** One schedule per year that chinese-days really has data for, read from its `dist/years/<year>.json` files. */
export function readChineseDaysSchedules(yearsDir = chineseDaysYearsDir()): HolidaySchedule[] {
  if (!existsSync(yearsDir)) throw new Error(`chinese-days has no per-year data at ${yearsDir}`);
  return readdirSync(yearsDir)
    .map((file) => yearFileName.exec(file)?.[1])
    .filter((year): year is string => year !== undefined)
    .sort()
    .flatMap((year) => {
      const data = yearFileSchema.parse(JSON.parse(readFileSync(path.join(yearsDir, `${year}.json`), 'utf8')));
      const holidays = Object.keys(data.holidays).sort();
      if (holidays.length === 0) return [];
      return [
        {
          year: Number(year),
          source: `chinese-days dist/years/${year}.json`,
          holidays,
          makeUpWorkdays: Object.keys(data.workdays).sort(),
        },
      ];
    });
}

/**
 * The working-day calendar of chinese-days. `extraSchedules` adds years the installed package does not have yet
 * (e.g. a newly published State Council schedule loaded as data), without a package update.
 */
export function createChineseDaysCalendar(extraSchedules: readonly HolidaySchedule[] = []): HolidayCalendar {
  return createScheduleCalendar([...readChineseDaysSchedules(), ...extraSchedules]);
}
