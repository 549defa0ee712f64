import dayjs, { type Dayjs } from 'dayjs';
import { formatInstant, recordZone } from '../admin/audit/shanghai-time';

export { formatInstant };

/** A picked wall-clock time read as Beijing time, as an ISO instant with its +08:00 offset. */
export function instantOf(picked: Dayjs): string {
  return dayjs.tz(picked.format('YYYY-MM-DDTHH:mm:ss'), recordZone).format('YYYY-MM-DDTHH:mm:ssZ');
}

/** An instant as the Beijing wall-clock time a picker shows. */
export function pickedOf(iso: string): Dayjs {
  return dayjs(dayjs(iso).tz(recordZone).format('YYYY-MM-DDTHH:mm:ss'));
}

/** A date-only value, e.g. 2026-03-01. */
export function localDateOf(picked: Dayjs): string {
  return picked.format('YYYY-MM-DD');
}

/** An ISO instant as Beijing date and minute, e.g. 2026-03-01 14:05. */
export function formatMinute(iso: string | null | undefined): string {
  return iso ? dayjs(iso).tz(recordZone).format('YYYY-MM-DD HH:mm') : '—';
}
