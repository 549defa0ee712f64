import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Enforcement records are kept in China Standard Time, whatever the browser's own time zone. */
export const recordZone = 'Asia/Shanghai';

/** An ISO 8601 instant as Beijing wall-clock time, e.g. 2026-03-01 14:05:09. */
export function formatInstant(iso: string): string {
  return dayjs(iso).tz(recordZone).format('YYYY-MM-DD HH:mm:ss');
}

/** A wall-clock time picked in the filter, read as Beijing time, as the instant the server compares with. */
export function instantOfPicked(picked: Dayjs): string {
  return dayjs.tz(picked.format('YYYY-MM-DDTHH:mm:ss'), recordZone).toISOString();
}
