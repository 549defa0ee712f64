/** A calendar date `YYYY-MM-DD` in the agency's time zone. Strings compare in date order. */
export type LocalDate = string;

/** An instant as an ISO 8601 UTC string with milliseconds, e.g. `2026-11-23T04:05:06.789Z`. */
export type Instant = string;

/** One formatter per time zone: building an `Intl.DateTimeFormat` costs ~40× a formatting call (bench/compliance). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

const chinaOffsetMs = 8 * 3_600_000;
const chinaFixedOffsetSince = Date.UTC(1992, 0, 1);
const lastFourDigitYear = Date.UTC(9999, 11, 31);

/** The calendar date of an instant in a time zone (Asia/Shanghai by default). Pure: uses the ICU data in the runtime. */
export function localDateOf(instant: Instant | Date, timeZone = 'Asia/Shanghai'): LocalDate {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  // China has kept UTC+8 without daylight saving since 1992: plain arithmetic there, Intl for the rest (the
  // compliance engine asks this for every deadline of 100,000 cases).
  const ms = date.getTime();
  if (timeZone === 'Asia/Shanghai' && ms >= chinaFixedOffsetSince && ms < lastFourDigitYear) {
    return new Date(ms + chinaOffsetMs).toISOString().slice(0, 10);
  }
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(date);
}

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2025-02-30). */
export function isLocalDate(value: string): boolean {
  const match = localDatePattern.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
